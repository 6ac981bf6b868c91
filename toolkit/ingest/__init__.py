"""Ingest: read the versions of a story, decode them, parse their header, normalise the text.

A version is `texts/<story>/<outlet>.<lang>.txt`: an optional front-matter header, then the
body, paragraphs separated by blank lines. docs/input-format.md describes the format, the
encodings accepted, the normalisation and every error.

Example:
    >>> from toolkit.ingest import read_story
    >>> [v.version_id for v in read_story("texts/putin-bush-nato-2001")]
    ['rbc-ukraine.en', 'rbc-ukraine.ru', 'rbc-ukraine.uk']
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from toolkit.errors import InputError
from toolkit.ingest.decode import decode_bytes
from toolkit.ingest.header import parse_header
from toolkit.ingest.language import (
    detect_language,
    language_code,
    other_cyrillic,
    script_of,
    split_file_name,
)
from toolkit.ingest.normalise import PARAGRAPH_BREAK, normalise, normalise_array, source_end

__all__ = [
    "Version",
    "decode_bytes",
    "detect_language",
    "normalise",
    "read_story",
    "read_version",
    "unique_versions",
    "version_files",
]

# Characters that normalisation drops or folds into a neighbouring break or space; an
# original span is not extended over them at its end.
_DROPPED = re.compile(r"[\s\u00ad\u200b-\u200d\u2060\ufeff\x00-\x1f\x7f-\x9f]")


@dataclass(frozen=True)
class Version:
    """One version of a story: its metadata, normalised text and offset map.

    Attributes:
        path: the file, as given.
        story: the name of the folder holding the file.
        outlet: from the header's `outlet`, else the file name before `.<lang>.txt`.
        lang: two-letter language code.
        version_id: f"{outlet}.{lang}".
        meta: the header's fields (empty without a header).
        text: the normalised body; paragraphs separated by exactly "\\n\\n".
        original: the decoded file text, header included.
        offsets: len(text) + 1 indices into `original`: offsets[i] is where text[i]'s
            source character is; the last is the end of the last character's source.
        encoding: "utf-8", "utf-8-sig", "utf-16", "cp1251", "koi8-r" or "koi8-u".
        lang_source: where `lang` came from: "header", "filename", "option" or "detected".
    """

    path: Path
    story: str
    outlet: str
    lang: str
    version_id: str
    meta: dict[str, str]
    text: str
    original: str
    offsets: tuple[int, ...]
    encoding: str
    lang_source: str

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map the span text[start:end] to the span of `original` it came from.

        The result starts at the first source character and ends after the last one; blanks
        and invisible characters that normalisation removed after the span are not included.

        Example:
            >>> a, b = version.to_original(0, 5)
            >>> version.original[a:b]
        """
        if not 0 <= start <= end <= len(self.text):
            raise ValueError(f"span {start}:{end} is outside the text (0:{len(self.text)})")
        begin = self.offsets[start]
        if start == end:
            return begin, begin
        floor = source_end(self.original, self.offsets[end - 1])
        stop = max(self.offsets[end], floor)
        while stop > floor and _DROPPED.match(self.original, stop - 1):
            stop -= 1
        return begin, stop

    def paragraph_spans(self) -> list[tuple[int, int]]:
        """(start, end) of each paragraph in `text`."""
        spans, start = [], 0
        while True:
            end = self.text.find(PARAGRAPH_BREAK, start)
            if end < 0:
                spans.append((start, len(self.text)))
                return spans
            spans.append((start, end))
            start = end + len(PARAGRAPH_BREAK)


def read_version(path: str | Path, *, lang: str | None = None) -> Version:
    """Read, decode and normalise one version file.

    Args:
        path: the file, usually `texts/<story>/<outlet>.<lang>.txt`.
        lang: language to use when neither the header nor the file name names one.

    Raises:
        InputError: the file is missing, unreadable, empty, binary, undecodable, has a bad
            header, holds no text, or its language cannot be told.

    Example:
        >>> read_version("texts/putin-bush-nato-2001/rbc-ukraine.en.txt").lang
        'en'
    """
    path = Path(path)
    name = str(path)
    option = _option_language(lang)
    original, encoding = decode_bytes(_read_bytes(path), name=name)
    meta, body_start = parse_header(original, name=name)
    text, offsets = normalise_array(original[body_start:])
    if not text:
        where = "after the header" if meta or body_start else "in the file"
        raise InputError(f"{name}: no text {where} (only whitespace)")
    file_outlet, file_lang = split_file_name(path.name)
    code, source = _resolve_language(meta, file_lang, option, text, name=name)
    outlet = meta.get("outlet") or file_outlet
    return Version(
        path=path,
        story=path.absolute().parent.name,
        outlet=outlet,
        lang=code,
        version_id=f"{outlet}.{code}",
        meta=meta,
        text=text,
        original=original,
        offsets=tuple((offsets + body_start).tolist()),
        encoding=encoding,
        lang_source=source,
    )


def _option_language(lang: str | None) -> str | None:
    if lang is None:
        return None
    code = language_code(lang)
    if code is None:
        raise InputError(
            f"language {lang!r} is not a language code (use en, uk, ru or another ISO 639-1 code)"
        )
    return code


def _read_bytes(path: Path) -> bytes:
    if path.is_dir():
        raise InputError(f"{path}: is a folder, not a version file")
    if path.is_char_device() or path.is_block_device() or path.is_socket():
        # /dev/zero never ends; a pipe (`<(curl ...)`) is read as a file
        raise InputError(f"{path}: a device or socket, not a version file")
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None


def _resolve_language(
    meta: dict[str, str], file_lang: str | None, option: str | None, text: str, *, name: str
) -> tuple[str, str]:
    """(language, source): the header, else the file name, else `option`, else detection."""
    header_lang = meta.get("language")
    if header_lang and file_lang and header_lang != file_lang:
        raise InputError(
            f"{name}: the header says language {header_lang!r} but the file name says "
            f"{file_lang!r}; make them agree"
        )
    if header_lang:
        _check_script(header_lang, text, name=name, where="header")
        return header_lang, "header"
    if file_lang:
        _check_script(file_lang, text, name=name, where="file name")
        return file_lang, "filename"
    if option is not None:
        return option, "option"
    detected = detect_language(text)
    if detected is None:
        raise InputError(
            f"{name}: cannot tell the language; name it in the header (language: uk), "
            "in the file name (outlet.uk.txt) or with --lang"
        )
    return detected, "detected"


def _check_script(code: str, text: str, *, name: str, where: str) -> None:
    """Refuse an en/uk/ru version whose letters are mostly of the other script, or a uk/ru
    version that plainly reads as the other of the two (`other_cyrillic`).

    A German article saved as `outlet.uk.txt`, Ukrainian text in an `.en.txt` file, or an
    outlet's Russian edition saved as `.uk.txt` would otherwise go to the wrong sentence
    splitter, quote rules and dictionaries without a word.
    """
    expected = _SCRIPTS.get(code)
    if expected is None:
        return
    found = script_of(text)
    if found is not None and found != expected:
        raise InputError(
            f"{name}: the {where} says language {code!r} but the text is mostly in "
            f"{found} letters; correct the language"
        )
    other = other_cyrillic(code, text)
    if other is not None:
        lang, theirs, ours = other
        raise InputError(
            f"{name}: the {where} says language {code!r} but the text reads as {lang!r} "
            f"(letters and function words only {lang!r} has: {theirs}, only {code!r} has: "
            f"{ours}); correct the language"
        )


_SCRIPTS = {"en": "Latin", "uk": "Cyrillic", "ru": "Cyrillic"}


def unique_versions(versions: list[Version]) -> list[Version]:
    """`versions`, checked that no two share a version id (outlet and language): their
    sentence, quote and flag ids would collide. One error names both files."""
    twins = _first_twins(versions)
    if twins is not None:
        first, again = twins
        raise InputError(
            f"{again.path}: version id {again.version_id!r} given twice (also {first.path})"
        )
    return versions


def _first_twins(versions: list[Version]) -> tuple[Version, Version] | None:
    """The first version whose id an earlier one has, with that earlier one; or None."""
    seen: dict[str, Version] = {}
    for version in versions:
        if version.version_id in seen:
            return seen[version.version_id], version
        seen[version.version_id] = version
    return None


def version_files(folder: str | Path) -> list[Path]:
    """The version files of a story folder: `*.txt`, sorted by name.

    Hidden files (`.x.txt`, `_x.txt`) and upper-case documentation files (README.txt,
    LICENSE.txt, PROVENANCE.txt) are not versions; nor is anything not ending in `.txt`
    (story.toml, expected-divergences.csv).
    """
    folder = Path(folder)
    if not folder.exists():
        raise InputError(f"{folder}: no such folder")
    if not folder.is_dir():
        raise InputError(f"{folder}: is not a folder")
    return sorted(
        (
            path
            for path in folder.iterdir()
            if path.suffix.lower() == ".txt"
            and path.is_file()
            and not path.name.startswith((".", "_"))
            and not path.stem.isupper()
        ),
        key=lambda path: path.name,
    )


def _story_hint(folder: str | Path) -> str:
    """A hint naming sub-folders that hold versions (a folder of stories was given)."""
    stories = sorted(p.name for p in Path(folder).iterdir() if p.is_dir() and version_files(p))
    if not stories:
        return ""
    more = ", ..." if len(stories) > 3 else ""
    return f"; its sub-folders are stories: {', '.join(stories[:3])}{more}"


def read_story(folder: str | Path, *, lang: str | None = None) -> list[Version]:
    """Read every version of a story folder, sorted by file name.

    Raises:
        InputError: the folder is missing or holds no version file, a version is bad, or two
            versions have the same version_id.

    Example:
        >>> [v.version_id for v in read_story("texts/putin-bush-nato-2001")]
        ['rbc-ukraine.en', 'rbc-ukraine.ru', 'rbc-ukraine.uk']
    """
    files = version_files(folder)
    if not files:
        raise InputError(f"{folder}: no version files (*.txt) in the folder{_story_hint(folder)}")
    versions = [read_version(path, lang=lang) for path in files]
    twins = _first_twins(versions)
    if twins is not None:
        first, again = twins
        raise InputError(
            f"{folder}: {first.path.name} and {again.path.name} are both "
            f"version {again.version_id!r}"
        )
    return versions
