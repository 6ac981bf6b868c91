"""Property-based tests (hypothesis) of the invariants the pipeline relies on.

- segmentation: the sentence spans of any text reproduce it (each sentence is the text at
  its offsets; outside the sentences there is only white space; spans are ordered and
  disjoint), also through the original-file offsets of a version;
- quotes: spans are balanced (an opening mark closed by a matching mark), inside the text,
  properly nested, and the quotes table points into the text;
- alignment: every sentence lands in exactly one bead; translation-mode beads are monotone
  and no larger than max_bead (random and planted embeddings);
- numbers: a value written with digits (any separator of the language) or in words reads
  back as the same value.
"""

from __future__ import annotations

from decimal import Decimal

import numpy as np
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from num2words import num2words

from toolkit.align import align_arrays
from toolkit.compare.numbers import extract_numbers, format_decimal
from toolkit.ingest import normalise
from toolkit.quotes import quotes_for_version
from toolkit.quotes.api import find_spans
from toolkit.quotes.marks import CLOSERS
from toolkit.segment import segment_version, split_sentences

SETTINGS = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


def _split(words: str) -> list[str]:
    return words.split()


WORDS = {
    "en": _split(
        "the minister said we will not give up talks ended Mr. U.S. G. W. Bush 25,000 3.5 "
        "in 2001 Dr. Smith e.g. etc. No. 5 NATO's a.m."
    ),
    "uk": _split(
        "міністр заявив ми не здамося переговори завершилися т.д. ст. р. Путін 25 тис. "
        "3,5 у 2001 р. Зеленський м. Київ і т.ін."
    ),
    "ru": _split(
        "министр заявил мы не сдадимся переговоры закончились т.д. ст. г. Путин 25 тыс. "
        "3,5 в 2001 г. Зеленский т.е. и др."
    ),
}
PUNCT = [". ", "? ", "! ", "… ", ", ", " — ", ": ", "; ", "\n", "\n\n", " ", " ", " ", " "]
MARKS = ["«", "»", '"', "“", "”", "„", "'", "’", "''", "‘"]


@st.composite
def texts(draw: st.DrawFn, *, marks: bool = False) -> tuple[str, str]:
    lang = draw(st.sampled_from(sorted(WORDS)))
    pieces = WORDS[lang] + PUNCT + (MARKS * 2 if marks else [])
    parts = draw(st.lists(st.sampled_from(pieces), min_size=1, max_size=60))
    text = ""
    for part in parts:
        text += part if part in PUNCT or part in MARKS else (" " + part if text else part)
    return lang, text


def _version(tmp_path_factory: pytest.TempPathFactory, lang: str, text: str) -> object:
    from toolkit.ingest import read_version

    path = tmp_path_factory.mktemp("v") / f"paper.{lang}.txt"
    path.write_text(text, encoding="utf-8")
    return read_version(path)


# --- segmentation --------------------------------------------------------------------------


@SETTINGS
@given(texts())
def test_sentence_spans_reproduce_the_text(case: tuple[str, str]) -> None:
    lang, text = case
    spans = split_sentences(text, lang)
    covered = 0
    for start, end in spans:
        assert covered <= start < end <= len(text)
        piece = text[start:end]
        assert piece == piece.strip() and piece
        assert text[covered:start].strip() == ""  # nothing but white space between sentences
        covered = end
    assert text[covered:].strip() == ""


@SETTINGS
@given(texts(marks=True))
def test_version_sentences_point_into_text_and_original(
    tmp_path_factory: pytest.TempPathFactory, case: tuple[str, str]
) -> None:
    lang, body = case
    assume(body.strip() and sum(ch.isalpha() for ch in body) >= 1)
    text = f"---\noutlet: paper\nlanguage: {lang}\n---\n{body}\n"
    version = _version(tmp_path_factory, lang, text)
    frame = segment_version(version)
    assert frame["sent_id"].to_list() == list(range(frame.height))
    for row in frame.iter_rows(named=True):
        assert version.text[row["start"] : row["end"]] == row["text"]
        original = version.original[row["orig_start"] : row["orig_end"]]
        assert normalise(original)[0] == row["text"]


# --- quotes --------------------------------------------------------------------------------


def _balanced(text: str, span: object) -> bool:
    """Opened by its style's mark and closed by a matching mark, or, by the printer's
    convention for a quote running over paragraphs, left open at a paragraph end where the
    next paragraph opens with the same mark."""
    text = text.replace("’’", "''")  # the quotes stage reads a typographic ’’ as '' (same length)
    opener = span.style  # type: ignore[attr-defined]
    if opener == "—":
        return True
    open_at, close_at = span.open_at, span.close_at  # type: ignore[attr-defined]
    if not text.startswith(opener, open_at):
        return False
    if any(text[:close_at].endswith(c) for c in CLOSERS.get(opener, frozenset())):
        return True
    rest = text[close_at:]
    return rest.startswith("\n") and rest.lstrip().startswith(opener)


@SETTINGS
@given(texts(marks=True))
def test_quote_spans_are_balanced_nested_and_inside(case: tuple[str, str]) -> None:
    lang, text = case
    spans = find_spans(text, lang)
    for span in spans:
        assert 0 <= span.open_at <= span.start <= span.end <= span.close_at <= len(text)
        assert _balanced(text, span), (text, span)
    for a in spans:
        for b in spans:
            if a is b:
                continue
            disjoint = a.close_at <= b.open_at or b.close_at <= a.open_at
            nested = (a.open_at <= b.open_at and b.close_at <= a.close_at) or (
                b.open_at <= a.open_at and a.close_at <= b.close_at
            )
            assert disjoint or nested, (text, a, b)


@SETTINGS
@given(texts(marks=True))
def test_quotes_table_points_into_the_text(
    tmp_path_factory: pytest.TempPathFactory, case: tuple[str, str]
) -> None:
    lang, body = case
    assume(sum(ch.isalpha() for ch in body) >= 1)
    version = _version(tmp_path_factory, lang, f"---\nlanguage: {lang}\n---\n{body}\n")
    sentences = segment_version(version)
    quotes = quotes_for_version(version, sentences)
    ids = set(quotes["quote_id"].to_list())
    assert len(ids) == quotes.height
    sent_spans = {r["sent_id"]: (r["start"], r["end"]) for r in sentences.iter_rows(named=True)}
    for row in quotes.iter_rows(named=True):
        assert 0 <= row["start"] < row["end"] <= len(version.text)
        assert version.text[row["start"] : row["end"]] == row["text"]
        assert row["parent"] is None or row["parent"] in ids
        assert row["sent_ids"], row
        for sid in row["sent_ids"]:
            s, e = sent_spans[sid]
            assert s < row["end"] and row["start"] < e  # the quote overlaps its sentences


# --- alignment -----------------------------------------------------------------------------


def _unit(rows: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(rows, axis=1, keepdims=True)
    return (rows / np.where(norms == 0, 1, norms)).astype(np.float32)


@st.composite
def planted(draw: st.DrawFn) -> tuple[np.ndarray, np.ndarray]:
    """Source vectors and a target built from them: copies with noise, drops, inserts."""
    seed = draw(st.integers(0, 2**32 - 1))
    n = draw(st.integers(0, 40))
    rng = np.random.default_rng(seed)
    src = _unit(rng.standard_normal((n, 16)))
    rows = []
    for vec in src:
        roll = rng.random()
        if roll < 0.1:
            continue  # dropped in the target
        if roll < 0.2:
            rows.append(_unit(rng.standard_normal((1, 16)))[0])  # an inserted sentence
        rows.append(vec + 0.3 * rng.standard_normal(16))
    tgt = _unit(np.asarray(rows).reshape(len(rows), 16)) if rows else np.zeros((0, 16))
    if draw(st.booleans()):  # or fully random
        tgt = _unit(rng.standard_normal((draw(st.integers(0, 40)), 16)))
    return src, tgt.astype(np.float32)


def _check_cover(beads: list, n: int, m: int) -> None:
    src = sorted(i for b in beads for i in b[0])
    tgt = sorted(j for b in beads for j in b[1])
    assert src == list(range(n)) and tgt == list(range(m))
    assert all(b[0] or b[1] for b in beads)


@settings(max_examples=80, deadline=None)
@given(planted(), st.sampled_from([(1, 1), (2, 2), (3, 3), (1, 3)]), st.integers(0, 2**16))
def test_translation_beads_cover_once_and_are_monotone(
    arrays: tuple[np.ndarray, np.ndarray], max_bead: tuple[int, int], seed: int
) -> None:
    src, tgt = arrays
    # open ends (toolkit.align.open_ends) at random, a third of the sentences or none
    rng = np.random.default_rng(seed)
    share = rng.choice([0.0, 0.33])
    beads = align_arrays(src, tgt, mode="translation", max_bead=max_bead,
                         src_open=rng.random(len(src)) < share,
                         tgt_open=rng.random(len(tgt)) < share)  # fmt: skip
    _check_cover(beads, len(src), len(tgt))
    flat_src = [i for b in beads for i in b[0]]
    flat_tgt = [j for b in beads for j in b[1]]
    assert flat_src == sorted(flat_src) and flat_tgt == sorted(flat_tgt)
    for b in beads:
        assert len(b[0]) <= max_bead[0] and len(b[1]) <= max_bead[1]
        assert list(b[0]) == list(range(b[0][0], b[0][0] + len(b[0]))) if b[0] else True
        assert list(b[1]) == list(range(b[1][0], b[1][0] + len(b[1]))) if b[1] else True


@settings(max_examples=50, deadline=None)
@given(planted())
def test_comparable_and_auto_beads_cover_once(arrays: tuple[np.ndarray, np.ndarray]) -> None:
    src, tgt = arrays
    for mode in ("comparable", "auto"):
        _check_cover(align_arrays(src, tgt, mode=mode), len(src), len(tgt))


# --- numbers -------------------------------------------------------------------------------


def _grouped(value: int, sep: str) -> str:
    return f"{value:,}".replace(",", sep)


@SETTINGS
@given(st.integers(0, 10**12), st.sampled_from(["en", "uk", "ru"]), st.data())
def test_integer_digits_round_trip(value: int, lang: str, data: st.DataObject) -> None:
    seps = ["", " ", "\u00a0", "\u202f"] + ([","] if lang == "en" else ["."])
    sep = data.draw(st.sampled_from(seps))
    written = _grouped(value, sep) if sep else str(value)
    found = extract_numbers(f"It cost {written} in total.", lang)
    assert [m.value for m in found] == [Decimal(value)], written


@SETTINGS
@given(
    st.decimals(min_value=0, max_value=10**6, places=2, allow_nan=False, allow_infinity=False),
    st.sampled_from(["en", "uk", "ru"]),
)
def test_decimal_round_trip(value: Decimal, lang: str) -> None:
    assume(value != value.to_integral_value())
    written = format_decimal(value)
    if lang != "en":
        written = written.replace(".", ",")
    found = extract_numbers(f"The rate was {written} on Monday.", lang)
    assert [m.value for m in found] == [value.normalize()], written
    assert format_decimal(found[0].value) == format_decimal(value)


@SETTINGS
@given(st.integers(0, 999_999), st.sampled_from(["en", "uk", "ru"]))
def test_number_words_round_trip(value: int, lang: str) -> None:
    words = num2words(value, lang=lang)
    found = extract_numbers(f"{words}.", lang)
    assert sum(m.value for m in found) == value and len(found) == 1, (words, found)
