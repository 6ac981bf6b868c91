"""Paragraphs in translation mode (`DPParams.paragraph_cost`): editions that keep their
paragraphs keep a translator's split sentence in the bead of its source."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import polars as pl
import pytest
from test_align_core import unit
from test_align_open_ends import clause_case

from toolkit.align import align_arrays, align_pair
from toolkit.align.api import paragraphs_kept
from toolkit.align.dp import DPParams
from toolkit.ntrex import NTREX_FILES
from toolkit.schemas import SENTENCES
from toolkit.segment import sentence_spans

DATA = Path(__file__).resolve().parents[1] / "data" / "ntrex128"


def split_case() -> tuple[np.ndarray, np.ndarray]:
    """Three source sentences; the target splits the middle one into a part that matches it
    and a rest that alone matches nothing (without paragraphs, a 0-1 bead): the open-end
    tests' case, here without its open-end flags."""
    src, tgt, _ = clause_case()
    return src, tgt


def pairs(beads) -> set[tuple[tuple[int, ...], tuple[int, ...]]]:
    return {(b.src_ids, b.tgt_ids) for b in beads}


def test_a_split_sentence_stays_with_its_source_inside_its_paragraph() -> None:
    src, tgt = split_case()
    plain = align_arrays(src, tgt, translation=DPParams(paragraph_cost=0.0))
    assert ((), (2,)) in pairs(plain)
    kept = align_arrays(
        src,
        tgt,
        translation=DPParams(paragraph_cost=1.0),
        src_paragraphs=np.array([0, 1, 2]),
        tgt_paragraphs=np.array([0, 1, 1, 2]),
    )
    assert pairs(kept) == {((0,), (0,)), ((1,), (1, 2)), ((2,), (3,))}


def test_without_both_sides_paragraphs_nothing_changes() -> None:
    src, tgt = split_case()
    plain = align_arrays(src, tgt, translation=DPParams(paragraph_cost=0.0))
    one_side = align_arrays(
        src, tgt, translation=DPParams(paragraph_cost=1.0), tgt_paragraphs=np.array([0, 1, 1, 2])
    )
    assert [(b.src_ids, b.tgt_ids, b.score) for b in one_side] == [
        (b.src_ids, b.tgt_ids, b.score) for b in plain
    ]


def test_a_dropped_paragraph_costs_nothing() -> None:
    """Skipped sentences pay no paragraph cost: a paragraph one edition drops whole, or a
    sentence it drops inside a paragraph, is left alone as without paragraphs."""
    rng = np.random.default_rng(5)
    src = unit(rng.standard_normal((5, 32)))
    tgt = src[[0, 3, 4]]
    paras_src, paras_tgt = np.array([0, 1, 1, 2, 2]), np.array([0, 1, 1])
    plain = align_arrays(src, tgt, translation=DPParams(paragraph_cost=0.0))
    kept = align_arrays(
        src,
        tgt,
        translation=DPParams(paragraph_cost=1.0),
        src_paragraphs=paras_src,
        tgt_paragraphs=paras_tgt,
    )
    expected = [((0,), (0,)), ((1,), ()), ((2,), ()), ((3,), (1,)), ((4,), (2,))]
    assert [(b.src_ids, b.tgt_ids) for b in kept] == expected
    assert [b.score for b in kept] == [b.score for b in plain]


@pytest.mark.parametrize(
    ("src", "tgt", "kept"),
    [
        ([0, 0, 1, 2], [0, 1, 1, 2], True),
        ([0, 1, 2, 3, 4], [0, 1, 2, 3], True),  # 5 against 4: within 1.25 times
        ([0, 1, 2, 3, 4], [0, 0, 1, 1, 2], False),  # 5 against 3: re-paragraphed
        ([0, 0, 0], [0, 1, 2], False),  # one paragraph tells nothing
    ],
)
def test_paragraphs_are_used_only_where_both_editions_keep_them(
    src: list[int], tgt: list[int], kept: bool
) -> None:
    assert paragraphs_kept(np.array(src), np.array(tgt), 1.25) is kept


def story_frame(lines: list[str], lang: str, version: str) -> pl.DataFrame:
    """A SENTENCES frame of `lines` as a story, one paragraph per line, segmented as
    `toolkit run` segments a version."""
    text = "\n\n".join(lines)
    rows = [
        (version, k, para, start, end, start, end, text[start:end])
        for k, (para, start, end) in enumerate(sentence_spans(text, lang))
    ]
    return pl.DataFrame(rows, schema=SENTENCES, orient="row")


@pytest.mark.model
def test_real_model_keeps_a_sentence_the_translator_split_with_its_source(embedder) -> None:
    """NTREX document newsweek.51310 (lines 696-711) as an English and a Russian story: the
    Russian paragraph renders one English sentence in two. Without paragraphs its first
    half is left alone (a "sentence added" flag); with them the three are one bead."""
    ids = (DATA / "DOCUMENT_IDS.tsv").read_text(encoding="utf-8").split("\n")
    rows = [k for k, doc in enumerate(ids) if doc == "newsweek.51310"]
    texts = {
        lang: (DATA / NTREX_FILES[lang]).read_text(encoding="utf-8").split("\n")
        for lang in ("en", "ru")
    }
    en = story_frame([texts["en"][k] for k in rows], "en", "ntrex.en")
    ru = story_frame([texts["ru"][k] for k in rows], "ru", "ntrex.ru")
    result = align_pair(en, ru, embedder, mode="auto")
    assert result.mode == "translation" and result.stats["paragraphs_used"] == 1
    beads = pairs_by_text(result.beads, en, ru)
    split = next(b for b in beads if any(t.startswith("Trump is likely") for t in b[0]))
    assert len(split[1]) == 2 and split[1][0].startswith("Трамп, вероятно")
    flat = align_pair(en.with_columns(para_id=pl.lit(0, pl.Int32)), ru, embedder, mode="auto")
    assert flat.stats["paragraphs_used"] == 0
    alone = [t for s, t in pairs_by_text(flat.beads, en, ru) if not s]
    assert any(t[0].startswith("Трамп, вероятно") for t in alone)


def pairs_by_text(
    beads: pl.DataFrame, src: pl.DataFrame, tgt: pl.DataFrame
) -> list[tuple[list[str], list[str]]]:
    src_texts, tgt_texts = src["text"].to_list(), tgt["text"].to_list()
    return [
        ([src_texts[i] for i in s], [tgt_texts[j] for j in t])
        for s, t in beads.select("src_ids", "tgt_ids").rows()
    ]


def test_the_paragraph_cost_is_in_the_signature() -> None:
    assert ",para=0.01/1.25x" in DPParams().fragment()
    assert "para=" not in DPParams(paragraph_cost=0.0).fragment()
