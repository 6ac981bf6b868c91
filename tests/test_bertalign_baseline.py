"""bench/bertalign_baseline.py: the reference reimplementation of Bertalign's search."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from bertalign_baseline import Params, align, bead_types, second_band  # noqa: E402


def test_bead_types_follow_max_align() -> None:
    types = bead_types(5)
    assert (1, 0) in types and (0, 1) in types
    assert (1, 4) in types and (2, 3) in types and (4, 1) in types
    assert (2, 4) not in types and (5, 1) not in types and (0, 2) not in types


def test_second_band_spans_the_anchors_with_the_window() -> None:
    band = second_band([(1, 1), (2, 3)], 4, 5, win=1)
    assert len(band) == 5  # rows 0..4
    assert band[0] == (0, 2)
    assert band[2] == (0, 4)  # row 2: from anchor (1, 1) less 1 to anchor (2, 3) plus 1
    assert band[4] == (2, 5)  # the end (4, 5) closes the path


def test_a_merged_target_sentence_is_one_bead(embedder) -> None:
    src = [
        "The cat sat on the mat.",
        "It was warm outside.",
        "Then it rained very hard all night.",
        "In the morning the dog barked at the mailman.",
    ]
    tgt = [src[0], f"{src[1]} {src[2]}", src[3]]
    beads = align(embedder, src, tgt, Params())
    assert beads == [((0,), (0,)), ((1, 2), (1,)), ((3,), (2,))]
