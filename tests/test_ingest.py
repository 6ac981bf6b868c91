"""Ingest: decoding, bad inputs, the header, language, reading versions and stories."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from toolkit.errors import InputError
from toolkit.ingest import Version, decode_bytes, read_story, read_version
from toolkit.ingest.language import detect_language, language_code, split_file_name

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"
NTREX = {
    lang: (FIXTURES / f"ntrex-{lang}.txt").read_text(encoding="utf-8")
    for lang in ["en", "uk", "ru"]
}


def _write(folder: Path, name: str, data: bytes | str) -> Path:
    path = folder / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def _legacy_safe(text: str, encoding: str) -> str:
    """koi8 has no « » — or NBSP: write them as old koi8 texts did."""
    if not encoding.startswith("koi8"):
        return text
    return text.translate(str.maketrans({"«": '"', "»": '"', "—": "-", "\u00a0": " "}))


def _sentences(text: str) -> list[str]:
    """The NTREX lines: the fixtures joined them with '. ' inside paragraphs."""
    return [line for para in text.split("\n\n") for line in para.split(". ") if line.strip()]


# --- decoding real Cyrillic news text ----------------------------------------------------

LEGACY = [("uk", "cp1251"), ("ru", "cp1251"), ("ru", "koi8-r"), ("uk", "koi8-u")]
LEGACY_IDS = [f"{lang}-{encoding}" for lang, encoding in LEGACY]


@pytest.mark.parametrize(("lang", "encoding"), LEGACY, ids=LEGACY_IDS)
def test_legacy_encodings_decode_real_news_text(lang: str, encoding: str) -> None:
    text = _legacy_safe(NTREX[lang], encoding)
    assert decode_bytes(text.encode(encoding), name="x.txt") == (text, encoding)


@pytest.mark.parametrize(("lang", "encoding"), LEGACY, ids=LEGACY_IDS)
def test_legacy_encodings_decode_single_sentences(lang: str, encoding: str) -> None:
    wrong = [
        s
        for s in _sentences(_legacy_safe(NTREX[lang], encoding))
        if decode_bytes(s.encode(encoding), name="x.txt") != (s, encoding)
    ]
    assert wrong == []


SHORT = [
    ("Путін заявив, що Росія готова.", "cp1251"),
    ("Путин заявил, что Россия готова.", "cp1251"),
    ("Путин заявил, что Россия готова.", "koi8-r"),
    ("Київ, 14 грудня.", "cp1251"),
    ("Київ, 14 грудня.", "koi8-u"),
    ("Москва", "koi8-r"),
    ("Москва", "cp1251"),
]


@pytest.mark.parametrize(("text", "encoding"), SHORT, ids=[f"short-{i}" for i in range(len(SHORT))])
def test_short_legacy_texts(text: str, encoding: str) -> None:
    assert decode_bytes(text.encode(encoding), name="x.txt") == (text, encoding)


@pytest.mark.parametrize("lang", ["en", "uk", "ru"])
@pytest.mark.parametrize(
    ("codec", "bom", "encoding"),
    [
        ("utf-8", b"", "utf-8"),
        ("utf-8", b"\xef\xbb\xbf", "utf-8-sig"),
        ("utf-16-le", b"\xff\xfe", "utf-16"),
        ("utf-16-be", b"\xfe\xff", "utf-16"),
    ],
    ids=["utf8", "utf8-bom", "utf16-le", "utf16-be"],
)
def test_unicode_encodings(lang: str, codec: str, bom: bytes, encoding: str) -> None:
    text = NTREX[lang]
    assert decode_bytes(bom + text.encode(codec), name="x.txt") == (text, encoding)


def test_ascii_is_utf8() -> None:
    assert decode_bytes(b"Plain text.", name="x.txt") == ("Plain text.", "utf-8")


# --- bad inputs: each gives the documented one-line error ---------------------------------

BAD = [
    (b"", "empty file"),
    (
        b"\x00\x01\x02binary\x00",
        "binary file (contains NUL bytes; UTF-16 text needs a byte-order mark)",
    ),
    (
        "Text".encode("utf-16-le"),
        "binary file (contains NUL bytes; UTF-16 text needs a byte-order mark)",
    ),
    (b"abc\x01\x02\x03\x04def" * 3, "binary file (12 control bytes in 30)"),
    (b"\x89PNG\r\n\x1a\n....", "a PNG image, not plain text; save it as plain text (UTF-8)"),
    (b"%PDF-1.7\n", "a PDF document, not plain text; save it as plain text (UTF-8)"),
    (
        b"PK\x03\x04rest",
        "a ZIP archive (a .docx, .odt or .zip file), not plain text; save it as plain text (UTF-8)",
    ),
    (b"{\\rtf1\\ansi Hello}", "an RTF document, not plain text; save it as plain text (UTF-8)"),
    (b"\xff\xfe\x00\x00a\x00\x00\x00", "UTF-32 text is not supported; save the file as UTF-8"),
    (
        "Grüße aus München".encode("cp1252"),
        "cannot decode: not UTF-8 (byte 0xfc at offset 2) and not cp1251 or koi8-r Cyrillic "
        "text; save it as UTF-8",
    ),
    (
        b"\xef\xbb\xbfok \xff",
        "starts with a UTF-8 byte-order mark but is not valid UTF-8 (byte 0xff at offset 6)",
    ),
    (
        b"\xff\xfeA\x00B",
        "starts with a UTF-16 byte-order mark but is not valid UTF-16 (truncated data)",
    ),
]


@pytest.mark.parametrize(
    ("data", "problem"),
    BAD,
    ids=[
        "empty",
        "nul",
        "utf16-no-bom",
        "controls",
        "png",
        "pdf",
        "zip",
        "rtf",
        "utf32",
        "latin1",
        "bad-utf8-bom",
        "bad-utf16",
    ],
)
def test_bad_bytes_refused(data: bytes, problem: str) -> None:
    with pytest.raises(InputError) as info:
        decode_bytes(data, name="story/x.txt")
    assert str(info.value) == f"story/x.txt: {problem}"


@pytest.mark.parametrize(
    "content",
    ["", "   \n\n\t \r\n", "\u00a0\u200b\u00ad\ufeff\n"],
    ids=["empty", "whitespace", "invisible"],
)
def test_empty_and_whitespace_files_refused(tmp_path: Path, content: str) -> None:
    path = _write(tmp_path, "a.en.txt", content)
    expected = "empty file" if not content else "no text in the file (only whitespace)"
    with pytest.raises(InputError, match=None) as info:
        read_version(path)
    assert str(info.value) == f"{path}: {expected}"


def test_header_without_body_refused(tmp_path: Path) -> None:
    path = _write(tmp_path, "a.en.txt", "---\noutlet: A\n---\n\n  \n")
    with pytest.raises(InputError) as info:
        read_version(path)
    assert str(info.value) == f"{path}: no text after the header (only whitespace)"


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(InputError) as info:
        read_version(tmp_path / "nope.en.txt")
    assert str(info.value) == f"{tmp_path / 'nope.en.txt'}: no such file"
    with pytest.raises(InputError) as info:
        read_version(tmp_path)
    assert str(info.value) == f"{tmp_path}: is a folder, not a version file"


@pytest.mark.parametrize(("lang", "encoding"), LEGACY, ids=LEGACY_IDS)
def test_legacy_file_with_mixed_line_endings(tmp_path: Path, lang: str, encoding: str) -> None:
    paragraphs = _legacy_safe(NTREX[lang], encoding).strip().split("\n\n")
    body = "\r\n\r\n".join(paragraphs[:2]) + "\r\r" + paragraphs[2] + "\n\n" + paragraphs[3]
    body = body.replace(". ", ".\r\n", 1).replace(", ", ",\r", 1)
    path = _write(tmp_path, f"ntrex.{lang}.txt", body.encode(encoding))
    version = read_version(path)
    assert version.encoding == encoding
    text = "\n\n".join(paragraphs[:4]).replace(". ", ".\n", 1).replace(", ", ",\n", 1)
    assert version.text == text.replace("\u00a0", " ")  # a line break inside a paragraph stays
    assert "\r" not in version.text


def test_five_megabyte_version(tmp_path: Path) -> None:
    paragraph = NTREX["uk"].strip().replace("\n\n", "\r\n\r\n")
    copies = 5_000_000 // len(paragraph.encode("utf-8")) + 1
    path = _write(tmp_path, "big.uk.txt", "\r\n\r\n".join([paragraph] * copies))
    assert path.stat().st_size >= 5_000_000
    started = time.perf_counter()
    version = read_version(path)
    elapsed = time.perf_counter() - started
    assert elapsed < 20, f"5 MB took {elapsed:.1f} s"
    assert len(version.offsets) == len(version.text) + 1
    assert version.text.count("\n\n") == 5 * copies - 1
    step = max(1, len(version.text) // 1000)
    for i in range(0, len(version.text), step):
        source = version.original[version.offsets[i]]
        assert source == version.text[i] or (version.text[i] == "\n" and source == "\r")


# --- the header ----------------------------------------------------------------------------

HEADER = """---
outlet: RBC-Ukraine
language: uk
url: https://www.rbc.ua/x
published: 2021-12-14
title: Путін просився в НАТО
Editor: O. K.
note: written for tests
---
Перший абзац.

Другий абзац.
"""


def test_header_fields_kept(tmp_path: Path) -> None:
    version = read_version(_write(tmp_path, "rbc.uk.txt", HEADER))
    assert version.meta == {
        "outlet": "RBC-Ukraine",
        "language": "uk",
        "url": "https://www.rbc.ua/x",
        "published": "2021-12-14",
        "title": "Путін просився в НАТО",
        "editor": "O. K.",
        "note": "written for tests",
    }
    assert (version.outlet, version.lang, version.version_id) == (
        "RBC-Ukraine",
        "uk",
        "RBC-Ukraine.uk",
    )
    assert version.lang_source == "header"
    assert version.story == tmp_path.name
    assert version.text == "Перший абзац.\n\nДругий абзац."
    assert version.original == HEADER
    assert version.original[version.offsets[0] :].startswith("Перший")


def test_header_with_crlf_and_no_language_uses_file_name(tmp_path: Path) -> None:
    data = "---\r\noutlet: TSN\r\n---\r\nТекст.\r\n"
    version = read_version(_write(tmp_path, "tsn.uk.txt", data))
    assert (version.meta, version.lang, version.lang_source) == (
        {"outlet": "TSN"},
        "uk",
        "filename",
    )
    assert version.text == "Текст."
    assert version.to_original(0, 6) == (data.index("Текст."), data.index("Текст.") + 6)


HEADER_ERRORS = [
    (
        "---\noutlet: A\nText without a closing line.\n",
        "line 1 opens a header with '---' but no line '---' closes it",
    ),
    ("---\noutlet A\n---\nText.\n", "line 2: expected 'key: value' in the header, got 'outlet A'"),
    ("---\noutlet: A\noutlet: B\n---\nText.\n", "line 3: 'outlet' is given twice in the header"),
    ("---\noutlet:\n---\nText.\n", "line 2: outlet is empty"),
    (
        "---\npublished: 14.12.2021\n---\nText.\n",
        "line 2: published '14.12.2021' is not an ISO date "
        "(YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS][+HH:MM])",
    ),
    (
        "---\nlanguage: English\n---\nText.\n",
        "line 2: language 'English' is not a language code "
        "(use en, uk, ru or another ISO 639-1 code)",
    ),
]


@pytest.mark.parametrize(
    ("content", "problem"),
    HEADER_ERRORS,
    ids=[
        "no-closing",
        "not-key-value",
        "duplicate",
        "empty-outlet",
        "bad-date",
        "bad-language",
    ],
)
def test_header_errors(tmp_path: Path, content: str, problem: str) -> None:
    path = _write(tmp_path, "a.txt", content)
    with pytest.raises(InputError) as info:
        read_version(path)
    assert str(info.value) == f"{path}: {problem}"


@pytest.mark.parametrize(
    "published", ["2001-11-13", "2001-11-13T18:30", "2001-11-13T18:30:00+03:00"]
)
def test_iso_dates_accepted(tmp_path: Path, published: str) -> None:
    path = _write(tmp_path, "a.en.txt", f"---\npublished: {published}\n---\nText.\n")
    assert read_version(path).meta["published"] == published


def test_header_blank_and_comment_lines_and_key_case(tmp_path: Path) -> None:
    path = _write(
        tmp_path, "a.en.txt", "---\n# a comment\n\nTitle:  Spaces kept inside  \n---\nText."
    )
    assert read_version(path).meta == {"title": "Spaces kept inside"}


def test_header_language_must_agree_with_file_name(tmp_path: Path) -> None:
    path = _write(tmp_path, "tsn.uk.txt", "---\nlanguage: ru\n---\nТекст.\n")
    with pytest.raises(InputError) as info:
        read_version(path)
    assert str(info.value) == (
        f"{path}: the header says language 'ru' but the file name says 'uk'; make them agree"
    )


def test_a_dashes_line_later_in_a_plain_file_is_body(tmp_path: Path) -> None:
    version = read_version(_write(tmp_path, "a.en.txt", "Text.\n---\nMore text.\n"))
    assert version.meta == {}
    assert version.text == "Text.\n---\nMore text."


# --- language --------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["en", "uk", "ru"])
def test_detect_language_of_news_paragraphs(lang: str) -> None:
    for paragraph in NTREX[lang].split("\n\n"):
        assert detect_language(paragraph) == lang


DETECT = [
    ("Він заявив, що це неможливо.", "uk"),
    ("Він сказав: «Ми готові».", "uk"),
    ("Путін зустрівся з Бушем у Любляні", "uk"),
    ("Он заявил, что это невозможно.", "ru"),
    ("Путин встретился с Бушем в Любляне в 2001 году.", "ru"),
    ("Это был ответ Кремля.", "ru"),
    ("The Kremlin said it was impossible.", "en"),
    ("Putin met Bush in Ljubljana in 2001.", "en"),
]


@pytest.mark.parametrize(
    ("text", "lang"), DETECT, ids=[f"{lang}-{i}" for i, (_, lang) in enumerate(DETECT)]
)
def test_detect_language_of_sentences(text: str, lang: str) -> None:
    assert detect_language(text) == lang


@pytest.mark.parametrize(
    "text",
    ["Москва", "12345", "Die Regierung und der Bundestag"],
    ids=["ambiguous-cyrillic", "digits", "german"],
)
def test_detect_language_unsure(text: str) -> None:
    assert detect_language(text) is None


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("rbc-ukraine.en.txt", ("rbc-ukraine", "en")),
        ("liga.net.uk.txt", ("liga.net", "uk")),
        ("meduza.RU.txt", ("meduza", "ru")),
        ("ntrex.ukr.txt", ("ntrex", "uk")),
        ("notes.txt", ("notes", None)),
        ("report.final.txt", ("report.final", None)),
        ("news.bbc.txt", ("news.bbc", None)),
    ],
)
def test_split_file_name(name: str, expected: tuple[str, str | None]) -> None:
    assert split_file_name(name) == expected


def test_language_code() -> None:
    assert [language_code(v) for v in ["uk", "UKR", "en-GB", "rus", "de", "English", "u"]] == [
        "uk",
        "uk",
        "en",
        "ru",
        "de",
        None,
        None,
    ]


def test_language_sources(tmp_path: Path) -> None:
    plain_ru = _write(tmp_path, "meduza.txt", NTREX["ru"])
    assert (read_version(plain_ru).lang, read_version(plain_ru).lang_source) == ("ru", "detected")
    option = read_version(plain_ru, lang="ru")
    assert (option.lang, option.lang_source, option.version_id) == ("ru", "option", "meduza.ru")
    named = _write(tmp_path, "meduza.ru.txt", NTREX["ru"])
    assert read_version(named, lang="uk").lang_source == "filename"  # the option is a fallback


def test_undetectable_language(tmp_path: Path) -> None:
    path = _write(tmp_path, "note.txt", "Москва\n")
    with pytest.raises(InputError) as info:
        read_version(path)
    assert str(info.value) == (
        f"{path}: cannot tell the language; name it in the header (language: uk), "
        "in the file name (outlet.uk.txt) or with --lang"
    )
    for bad_option_for in (path, tmp_path / "named.ru.txt"):  # checked even where unused
        with pytest.raises(InputError) as info:
            read_version(bad_option_for, lang="Russian")
        assert str(info.value) == (
            "language 'Russian' is not a language code (use en, uk, ru or another ISO 639-1 code)"
        )


# --- stories ----------------------------------------------------------------------------------


def test_read_story_sorted_and_skips_non_versions(tmp_path: Path) -> None:
    story = tmp_path / "welsh-assembly"
    story.mkdir()
    for lang in ["ru", "en", "uk"]:
        _write(story, f"ntrex.{lang}.txt", NTREX[lang])
    _write(story, "story.toml", "title = 'x'\n")
    _write(story, "expected-divergences.csv", "a,b\n")
    _write(story, "README.txt", "About this story.\n")
    _write(story, ".draft.en.txt", "Hidden.\n")
    versions = read_story(story)
    assert [v.version_id for v in versions] == ["ntrex.en", "ntrex.ru", "ntrex.uk"]
    assert all(isinstance(v, Version) and v.story == "welsh-assembly" for v in versions)


def test_read_story_errors(tmp_path: Path) -> None:
    with pytest.raises(InputError) as info:
        read_story(tmp_path)
    assert str(info.value) == f"{tmp_path}: no version files (*.txt) in the folder"
    for name in ["b-story", "a-story"]:
        (tmp_path / "stories" / name).mkdir(parents=True)
        _write(tmp_path / "stories" / name, "x.en.txt", "Text.")
    with pytest.raises(InputError) as info:
        read_story(tmp_path / "stories")
    assert str(info.value) == (
        f"{tmp_path / 'stories'}: no version files (*.txt) in the folder; "
        "its sub-folders are stories: a-story, b-story"
    )
    with pytest.raises(InputError) as info:
        read_story(tmp_path / "missing")
    assert str(info.value) == f"{tmp_path / 'missing'}: no such folder"
    _write(tmp_path, "a.en.txt", "---\noutlet: same\n---\nOne.\n")
    _write(tmp_path, "b.en.txt", "---\noutlet: same\n---\nTwo.\n")
    with pytest.raises(InputError) as info:
        read_story(tmp_path)
    assert str(info.value) == f"{tmp_path}: a.en.txt and b.en.txt are both version 'same.en'"


# --- the documentation lists every error ----------------------------------------------------


def test_docs_list_every_error() -> None:
    docs = (Path(__file__).parents[1] / "docs" / "input-format.md").read_text(encoding="utf-8")
    problems = [problem for _, problem in BAD + HEADER_ERRORS if "control bytes" not in problem]
    missing = [p for p in problems if f"Error: FILE: {p}`" not in docs]
    assert missing == []
