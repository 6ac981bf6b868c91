"""Ingest normalisation: the rules, the offset map (property tests) and to_original."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from toolkit.ingest import Version, normalise, read_version
from toolkit.ingest.normalise import APOSTROPHES

RULES = [
    ("NFC", "и\u0306ти", "йти"),
    ("nbsp", "25\u00a0000", "25 000"),
    ("narrow-nbsp", "25\u202f000", "25 000"),
    ("thin-space", "a\u2009b", "a b"),
    ("soft-hyphen", "Пре\u00adзидент", "Президент"),
    ("zero-width", "a\u200bb\u200cc\u200dd\u2060e\ufefff", "abcdef"),
    ("space-run", "a  \t \tb", "a b"),
    ("trim-lines", "  a  \n  b  ", "a\nb"),
    ("break-between-spaces", "a \u00a0\n\t b", "a\nb"),
    ("line-separator", "a \u2028 b", "a\nb"),
    ("single-newline", "one\ntwo", "one\ntwo"),
    ("paragraph", "one\n\ntwo", "one\n\ntwo"),
    ("many-newlines", "one\n \n\t\n\n\ntwo", "one\n\ntwo"),
    ("crlf", "a\r\nb\r\n\r\nc", "a\nb\n\nc"),
    ("cr", "a\rb\r\rc", "a\nb\n\nc"),
    ("mixed-endings", "a\r\nb\rc\nd\r\n\re", "a\nb\nc\nd\n\ne"),
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
    ("noncharacters", "a\ufffeb\uffffc", "abc"),  # XML forbids them: the TMX export
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


# A line break of the source, as the docs list them (\r\n counts as one).
_RAW_BREAK = re.compile("\r\n?|[\n\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")


def _vanishes(ch: str) -> bool:
    """A space or an invisible character: nothing is left of it on its own."""
    return not normalise(ch)[0]


def _layout(raw: str) -> str:
    r"""Model of the line structure: every source line with text stays a line (joined by
    "\n"), a blank line or U+2029 between two lines makes a paragraph break ("\n\n"), and a
    line whose trailing blanks are all soft hyphens runs on into the next line (whose leading
    blanks go). Within a line, `normalise` of the line alone gives its text."""
    paragraphs: list[list[str]] = [[]]
    run_on = False
    for line in _RAW_BREAK.split(raw.replace("\u2029", "\u2029\u2029")):
        if all(_vanishes(ch) for ch in line):
            if paragraphs[-1]:
                paragraphs.append([])
            run_on = False
            continue
        if run_on:
            paragraphs[-1][-1] += line.lstrip("".join(ch for ch in line if _vanishes(ch)))
        else:
            paragraphs[-1].append(line)
        tail = paragraphs[-1][-1]
        blanks = tail[len(tail.rstrip("".join(ch for ch in tail if _vanishes(ch)))) :]
        run_on = bool(blanks) and not blanks.strip("\u00ad")
    return "\n\n".join(
        "\n".join(normalise(line)[0] for line in lines) for lines in paragraphs if lines
    )


def _source_ok(text: str, offsets: tuple[int, ...], original: str, i: int) -> bool:
    """text[i] may come from original[offsets[i]]."""
    out, source = text[i], original[offsets[i]]
    if out == source:
        return True
    if out == "\n":
        return _RAW_BREAK.fullmatch(source) is not None
    if out == " ":
        return source.isspace()
    if out == "'":
        return source in APOSTROPHES
    # changed by NFC: every character of a rewritten unit maps to the unit's first character;
    # the unit runs up to the next character's source
    end = next((o for o in offsets[i + 1 :] if o > offsets[i]), len(original))
    return unicodedata.normalize("NFD", out)[0] in unicodedata.normalize(
        "NFD", original[offsets[i] : end]
    )


@settings(max_examples=400, deadline=None)
@given(st.text(_ALPHABET, max_size=60))
def test_offset_map_property(raw: str) -> None:
    text, offsets = normalise(raw)
    assert len(offsets) == len(text) + 1
    assert list(offsets) == sorted(offsets)
    for i in range(len(text)):
        assert _source_ok(text, offsets, raw, i), (i, text[i], raw[offsets[i]])
    assert normalise(text)[0] == text  # idempotent
    assert text == text.strip() and "  " not in text and "\n\n\n" not in text
    assert " \n" not in text and "\n " not in text
    assert not text or all(part for part in text.split("\n\n"))
    assert text == _layout(raw)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=80))
def test_offset_map_property_any_unicode(raw: str) -> None:
    text, offsets = normalise(raw)
    assert len(offsets) == len(text) + 1
    assert list(offsets) == sorted(offsets)
    assert unicodedata.is_normalized("NFC", text)
    assert not [ch for ch in text if unicodedata.category(ch) == "Cc" and ch != "\n"]
    assert not [ch for ch in text if ch.isspace() and ch not in " \n"]
    for i in range(len(text)):
        assert _source_ok(text, offsets, raw, i), (i, text[i], raw[offsets[i]])


_FOLD = str.maketrans(dict.fromkeys("’ʼ`‛ʻ", "'"))


@settings(max_examples=150, deadline=None)
@given(st.text(_ALPHABET, min_size=1, max_size=40), st.data())
def test_to_original_property(raw: str, data: st.DataObject) -> None:
    """A span mapped back and normalised again gives the span (blanks and apostrophes aside:
    they depend on what is around the span)."""
    text, offsets = normalise(raw)
    if not text:
        return
    version = Version(
        path=Path("x.en.txt"), story="s", outlet="x", lang="en", version_id="x.en", meta={},
        text=text, original=raw, offsets=offsets, encoding="utf-8", lang_source="filename",
    )  # fmt: skip
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, len(text)))
    if (start and offsets[start - 1] == offsets[start]) or offsets[end - 1] == offsets[end]:
        return  # the span cuts a unit that NFC rewrote
    a, b = version.to_original(start, end)
    assert a == offsets[start] and b > offsets[end - 1]
    again = normalise(raw[a:b])[0].translate(_FOLD)
    assert "".join(again.split()) == "".join(text[start:end].translate(_FOLD).split())


def test_to_original(tmp_path: Path) -> None:
    raw = "---\noutlet: A\n---\n  Він  сказав:\r\n«Так»\u00a0і\u00ad ні.  \r\n\r\n  Ще и\u0306ти.\n"
    path = tmp_path / "a.uk.txt"
    path.write_text(raw, encoding="utf-8", newline="")
    version = read_version(path)
    assert version.text == "Він сказав:\n«Так» і ні.\n\nЩе йти."

    def original(word: str) -> str:
        start = version.text.index(word)
        a, b = version.to_original(start, start + len(word))
        return version.original[a:b]

    assert original("Він") == "Він"
    assert original("Він сказав:") == "Він  сказав:"
    assert original("сказав:\n«Так»") == "сказав:\r\n«Так»"
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
    assert [version.text[a:b] for a, b in spans] == ["One.", "Two\nlines.", "Three."]
