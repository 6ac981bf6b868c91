"""Story metadata: the optional `story.toml` of a story folder (docs/story-format.md).

Example:
    >>> meta = read_story_meta("texts/putin-bush-transcript-2001")
    >>> meta.reference, meta.reference_format
    ('nsarchive.en', 'transcript')
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

from toolkit.errors import InputError

STORY_FILE = "story.toml"
REFERENCE_FORMATS = ("article", "transcript")
KEYS = ("title", "reference", "reference_format")


@dataclass(frozen=True)
class StoryMeta:
    """What story.toml says; every field is optional.

    Attributes:
        title: a human-readable name of the story, "" when not given.
        reference: the version id checked against, None when versions are compared with
            each other.
        reference_format: "article" (quotes in quote marks) or "transcript" (each paragraph
            one turn, "Speaker: words").
        path: the file read, None when the folder has no story.toml.
    """

    title: str = ""
    reference: str | None = None
    reference_format: str = "article"
    path: Path | None = None

    def with_reference(self, reference: str | None) -> StoryMeta:
        """A copy whose reference is `reference` (a `--reference` option) when given.

        Another reference than story.toml's is read as an article (quotes in quote marks).
        """
        if reference is None or reference == self.reference:
            return self
        return StoryMeta(self.title, reference, "article", None)


def read_story_meta(folder: str | Path) -> StoryMeta:
    """The metadata of the story folder `folder`; defaults when it has no story.toml.

    Raises:
        InputError: story.toml is not valid TOML, has an unknown key, or a bad value.
    """
    path = Path(folder) / STORY_FILE
    if not path.is_file():
        return StoryMeta()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except UnicodeDecodeError:
        raise InputError(f"{path}: not UTF-8 text") from None
    except tomllib.TOMLDecodeError as exc:
        raise InputError(f"{path}: not valid TOML ({exc})") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None
    return parse_story_meta(data, path=path)


def parse_story_meta(data: dict, *, path: Path) -> StoryMeta:
    """Check the keys and values of a parsed story.toml (`path` names it in errors)."""
    unknown = sorted(set(data) - set(KEYS))
    if unknown:
        raise InputError(f"{path}: unknown key {unknown[0]!r}; valid: {', '.join(KEYS)}")
    for key in KEYS:
        if key in data and not isinstance(data[key], str):
            raise InputError(f"{path}: {key} must be a string, got {data[key]!r}")
    fmt = data.get("reference_format", "article")
    if fmt not in REFERENCE_FORMATS:
        raise InputError(
            f"{path}: unknown reference_format {fmt!r}; valid: {', '.join(REFERENCE_FORMATS)}"
        )
    reference = data.get("reference")
    if reference is not None and not reference.strip():
        raise InputError(f"{path}: reference is empty; give a version id like 'outlet.en'")
    if reference is None and "reference_format" in data:
        raise InputError(f"{path}: reference_format is given but no reference")
    return StoryMeta(
        title=data.get("title", "").strip(),
        reference=reference.strip() if reference else None,
        reference_format=fmt,
        path=path,
    )


def check_reference(meta: StoryMeta, versions: list[str]) -> None:
    """InputError when the reference is not one of `versions` (names the file or option)."""
    if meta.reference is None or meta.reference in versions:
        return
    where = f"{meta.path}: " if meta.path is not None else "--reference: "
    raise InputError(
        f"{where}reference {meta.reference!r} is not a version of the story; "
        f"valid: {', '.join(versions)}"
    )
