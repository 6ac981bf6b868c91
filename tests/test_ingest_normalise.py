"""Ingest normalisation: the rules, the offset map (property tests) and to_original."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from toolkit.ingest import normalise, read_version
from toolkit.ingest.normalise import APOSTROPHES

RULES = [
    ("NFC", "и\u0306ти", "йти"),
    ("nbsp", "25\u00a0000", "25 000"),
    ("narrow-nbsp", "25\u202f000", "25 000"),
    ("thin-space", "a\u2009b", "a b"),
    ("soft-hyphen", "Пре\u00adзидент", "Президент"),
    ("zero-width", "a\u200bb\u200cc\u200dd\u2060e\ufefff", "abcdef"),
    ("space-run", "a  \t \tb", "a b"),
    ("trim-lines", "  a  \n  b  ", "a b"),
    ("single-newline", "one\ntwo", "one two"),
    ("paragraph", "one\n\ntwo", "one\n\ntwo"),
    ("many-newlines", "one\n \n\t\n\n\ntwo", "one\n\ntwo"),
    ("crlf", "a\r\nb\r\n\r\nc", "a b\n\nc"),
    ("cr", "a\rb\r\rc", "a b\n\nc"),
    ("mixed-endings", "a\r\nb\rc\nd\r\n\re", "a b c d\n\ne"),
    ("paragraph-separator", "a\u2029b", "a\n\nb"),
    ("soft-hyphen-at-line-end", "Пре\u00ad\nзидент", "Президент"),
    ("apostrophe-right-quote", "м’ясо", "м'ясо"),
    ("apostrophe-modifier", "зʼявився", "з'явився"),
    ("apostrophe-grave", "п`ять", "п'ять"),
    ("apostrophe-reversed", "don‛t", "don't"),
    ("apostrophe-turned-comma", "Oʻzbek", "O'zbek"),
    ("closing-single-quote-kept", "‘quoted’ and the cats’ toys", "‘quoted’ and the cats’ toys"),
    ("apostrophe-before-digit-kept", "rock’n’roll ’90s", "rock'n'roll ’90s"),
    ("quotes-untouched", "«Так», — „Nein“ “yes” ‚a‘ ''b''", "«Так», — „Nein“ “yes” ‚a‘ ''b''"),
    ("control-chars", "a\x07b", "ab"),
    ("strip", "\n\n  text \n\n", "text"),
]


@pytest.mark.parametrize(("raw", "expected"), [r[1:] for r in RULES], ids=[r[0] for r in RULES])
def test_rules(raw: str, expected: str) -> None:
    assert normalise(raw)[0] == expected


def test_offsets_example() -> None:
    assert normalise("a\u00adb  c") == ("ab c", (0, 2, 3, 5, 6))
    assert normalise("") == ("", (0,))
    assert normalise(" \n ") == ("", (0,))


_ALPHABET = st.sampled_from(
    [
        *"ab йїЇ'’ʼ`‛ʻ«»\"—.\t\n\r",
        *"\u00a0\u202f\u2009\u00ad\u200b\u200d\u2060\ufeff",  # spaces, invisible
        *"\u0306\u0301\u0308\u212b\u0b47\u0b3e",  # combining marks, NFC singleton, Oriya
        *"\u2029\x0c\x07",
    ]
)


def _source_ok(out: str, original: str, index: int) -> bool:
    """text character `out` may come from original[index]."""
    source = original[index]
    if out == source:
        return True
    if out in " \n":
        return source.isspace() or source in "\u2028\u2029"
    if out == "'":
        return source in APOSTROPHES
    # changed by NFC: every character of a rewritten unit maps to the unit's first character
    return unicodedata.normalize("NFD", out)[0] in unicodedata.normalize(
        "NFD", original[index : index + 4]
    )


@settings(max_examples=400, deadline=None)
@given(st.text(_ALPHABET, max_size=60))
def test_offset_map_property(raw: str) -> None:
    text, offsets = normalise(raw)
    assert len(offsets) == len(text) + 1
    assert list(offsets) == sorted(offsets)
    for i, ch in enumerate(text):
        assert _source_ok(ch, raw, offsets[i]), (i, ch, raw[offsets[i]])
    assert normalise(text)[0] == text  # idempotent
    assert text == text.strip() and "  " not in text and "\n\n\n" not in text
    assert " \n" not in text and "\n " not in text
    assert not text or all(part for part in text.split("\n\n"))
    assert "\n" not in text.replace("\n\n", "")


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=80))
def test_offset_map_property_any_unicode(raw: str) -> None:
    text, offsets = normalise(raw)
    assert len(offsets) == len(text) + 1
    assert list(offsets) == sorted(offsets)
    assert unicodedata.is_normalized("NFC", text)
    assert not [ch for ch in text if unicodedata.category(ch) == "Cc" and ch != "\n"]
    assert not [ch for ch in text if ch.isspace() and ch not in " \n"]
    for i, ch in enumerate(text):
        assert _source_ok(ch, raw, offsets[i]), (i, ch, raw[offsets[i]])


def test_to_original(tmp_path: Path) -> None:
    raw = "---\noutlet: A\n---\n  Він  сказав:\r\n«Так»\u00a0і\u00ad ні.  \r\n\r\n  Ще и\u0306ти.\n"
    path = tmp_path / "a.uk.txt"
    path.write_text(raw, encoding="utf-8", newline="")
    version = read_version(path)
    assert version.text == "Він сказав: «Так» і ні.\n\nЩе йти."

    def original(word: str) -> str:
        start = version.text.index(word)
        a, b = version.to_original(start, start + len(word))
        return version.original[a:b]

    assert original("Він") == "Він"
    assert original("Він сказав:") == "Він  сказав:"
    assert original("сказав: «Так»") == "сказав:\r\n«Так»"
    assert original("і ні.") == "і\u00ad ні."
    assert original("ні.\n\nЩе") == "ні.  \r\n\r\n  Ще"
    assert original("йти.") == "и\u0306ти."
    assert original("й") == "и\u0306"
    assert version.to_original(3, 3) == (version.offsets[3],) * 2
    end = len(version.text)
    assert version.original[slice(*version.to_original(end - 4, end))] == "и\u0306ти."
    with pytest.raises(ValueError, match="outside the text"):
        version.to_original(0, end + 1)


def test_paragraph_spans(tmp_path: Path) -> None:
    path = tmp_path / "a.en.txt"
    path.write_text("One.\n\n\nTwo\nlines.\n\nThree.", encoding="utf-8")
    version = read_version(path)
    spans = version.paragraph_spans()
    assert [version.text[a:b] for a, b in spans] == ["One.", "Two lines.", "Three."]
