"""Property tests: any text gives a valid frame; spans lie inside the text; marks balance."""

from __future__ import annotations

import polars as pl
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from toolkit.quotes import extract_quotes
from toolkit.quotes.marks import CLOSERS, find_marked
from toolkit.schemas import QUOTES

PIECES = st.sampled_from(
    [
        '"',
        "'",
        "''",
        "«",
        "»",
        "„",
        "“",
        "”",
        "‘",
        "’",
        "‚",
        " — ",
        ", — ",
        "\n",
        "\n\n",
        " ",
        ".",
        ",",
        ":",
        "Ми",
        "готові",
        "said",
        "Путін",
        "сказав",
        "he",
        "Bush",
        "— ",
        "заявил",
        "Так",
        "we",
        "NATO",
        "«Нафтогаз»",
        "'s",
        "п'ять",
    ]
)
TEXTS = st.lists(PIECES, max_size=40).map("".join)
FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(TEXTS, st.sampled_from(["en", "uk", "ru"]))
def test_any_text_gives_valid_quotes(text: str, lang: str) -> None:
    frame = extract_quotes(text, lang, [(0, len(text))], version_id="h.x")
    assert frame.schema == pl.Schema(QUOTES)
    ids = set(frame["quote_id"].to_list())
    for row in frame.iter_rows(named=True):
        assert 0 <= row["start"] < row["end"] <= len(text)
        assert row["text"].strip()
        assert row["parent"] is None or row["parent"] in ids
        assert row["kind"] in ("speech", "title")
        assert (
            row["cue"] == "none"
            or row["cue"] in ("according_to", "colon", "dash")
            or (row["cue"].startswith("verb:"))
        )


@FAST
@given(TEXTS)
def test_marked_spans_are_balanced_and_nested(text: str) -> None:
    spans = find_marked(text)
    for span in spans:
        assert 0 <= span.open_at <= span.start < span.end <= span.close_at <= len(text)
        opener = text[span.open_at : span.start].strip()[:2].replace("’’", "''")
        closer = text[span.end : span.close_at].strip(" ,\t").replace("’’", "''")
        assert opener, "a span starts with its opening mark"
        if closer:  # a paragraph-continued quote has no closing mark
            assert closer in CLOSERS.get(opener, frozenset()) or closer[:1] in {
                c[:1] for c in CLOSERS.get(opener[:1], frozenset())
            }
        if span.parent is not None:
            outer = spans[span.parent]
            assert outer.open_at <= span.open_at and span.close_at <= outer.close_at
    for a in spans:  # spans never cross: nested or disjoint
        for b in spans:
            disjoint = a.close_at <= b.open_at or b.close_at <= a.open_at
            nested = (a.open_at <= b.open_at and b.close_at <= a.close_at) or (
                b.open_at <= a.open_at and a.close_at <= b.close_at
            )
            assert disjoint or nested
