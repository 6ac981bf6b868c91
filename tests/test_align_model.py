"""The real default model on a small NTREX en-uk document with a merge, a drop and an insertion.

A drop right next to an insertion is still read as one 2-2 bead (see bench/results/align.md).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from toolkit.align import align_pair, frame_from_lines

DATA = Path(__file__).resolve().parents[1] / "data" / "ntrex128"


def lines(name: str, count: int) -> list[str]:
    return (DATA / name).read_text(encoding="utf-8").split("\n")[:count]


@pytest.mark.model
def test_real_model_aligns_edited_ntrex(embedder) -> None:
    en = lines("newstest2019-src.eng.txt", 8)
    uk = lines("newstest2019-ref.ukr.txt", 8)
    edited = [
        uk[0],
        uk[1] + " " + uk[2],
        uk[3],
        uk[5],
        uk[6],
        "Погода в Києві сьогодні сонячна.",
        uk[7],
    ]
    result = align_pair(
        frame_from_lines(en, version="ntrex.en"),
        frame_from_lines(edited, version="ntrex.uk"),
        embedder,
        mode="auto",
    )
    assert result.mode == "translation"
    beads = {(tuple(s), tuple(t)) for s, t in result.beads.select("src_ids", "tgt_ids").rows()}
    expected = {
        ((0,), (0,)),
        ((1, 2), (1,)),
        ((3,), (2,)),
        ((4,), ()),
        ((5,), (3,)),
        ((6,), (4,)),
        ((), (5,)),
        ((7,), (6,)),
    }
    assert beads == expected
    assert result.stats["texts_requested"] <= 2 * (len(en) + len(edited))
