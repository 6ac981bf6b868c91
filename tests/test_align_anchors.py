"""Number anchors: the numbers a bead's two sides share, in translation and comparable mode."""

from __future__ import annotations

import numpy as np
import pytest
from scipy import sparse
from test_align_core import unit

from toolkit.align.anchors import WindowPresence, anchor_vectors, numbers
from toolkit.align.dp import DPParams, align_translation
from toolkit.align.mining import MiningParams, align_comparable


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("25,000 people", {"25", "0"}),
        ("25 000 людей", {"25", "0"}),
        ("am 07. Mai 1956", {"7", "1956"}),
        ("8847,60 m", {"8847", "60"}),
        ("no digits here", set()),
    ],
)
def test_numbers_are_digit_runs_without_leading_zeros(text: str, expected: set[str]) -> None:
    assert numbers(text) == expected


def test_shared_number_weight_falls_with_its_count() -> None:
    src = ["in 1956 at 8847 m", "in 1956 again", "nothing"]
    tgt = ["en 1956 à 8847 m", "en 1956", "1956 encore", "7 only here"]
    s, t = anchor_vectors(src, tgt)
    shared = (s @ t.T).toarray()
    # "8847" is once on each side (weight 1), "1956" twice / three times (weight 1/3)
    assert shared[0, 0] == pytest.approx(1 + 1 / 3)
    assert shared[1, 2] == pytest.approx(1 / 3)
    assert shared[2].sum() == 0
    assert shared[:, 3].sum() == 0  # "7" is on one side only
    assert s.shape[1] == t.shape[1] == 2


def test_no_shared_number_gives_empty_vectors() -> None:
    s, t = anchor_vectors(["one 1"], ["deux 2", "trois"])
    assert s.shape == (1, 0) and t.shape == (2, 0)


def test_window_presence_counts_a_number_once() -> None:
    vecs = sparse.csr_matrix(np.array([[1, 0], [1, 1], [0, 0], [0, 1]], dtype=np.float32) * 0.5)
    assert WindowPresence(vecs, 2)[0:3].toarray().tolist() == [[0.5, 0.5], [0.5, 0.5], [0, 0.5]]
    assert WindowPresence(vecs, 2)[1:2].toarray().tolist() == [[0.5, 0.5]]
    assert WindowPresence(vecs, 3)[:].toarray().tolist() == [[0.5, 0.5], [0.5, 0.5]]
    assert WindowPresence(vecs, 5).shape == (0, 2)
    assert WindowPresence(vecs, 5)[0:4].shape == (0, 2)


def test_a_number_moved_across_a_boundary_makes_a_two_two_bead() -> None:
    """Two source sentences whose embeddings pair them 1-1 with two target sentences, but the
    translator moved "250" from the first into the second: the anchors make the 2-2 bead."""
    rng = np.random.default_rng(3)
    # a shared topic direction keeps cosines high everywhere, so margins are small (as in text)
    base = 2.0 * rng.standard_normal(16) + rng.standard_normal((6, 16))
    moved = base + 0.3 * rng.standard_normal((6, 16))
    moved[1], moved[2] = moved[1] + 0.2 * base[2], moved[2] + 0.2 * base[1]  # content crossed
    src = unit(base)
    tgt = unit(moved)
    src_texts = ["a", "b 250 m, am 7. Juli", "c", "d", "e", "f"]
    tgt_texts = ["a", "b le 7 juillet", "c 250 m", "d", "e", "f"]
    plain = align_translation(src, tgt, params=DPParams(member_cosine=0.0))
    assert [(s, t) for s, t, _ in plain][1:3] == [((1,), (1,)), ((2,), (2,))]
    s_anchor, t_anchor = anchor_vectors(src_texts, tgt_texts)
    with_anchors = align_translation(
        src,
        tgt,
        params=DPParams(member_cosine=0.0, anchor_weight=0.12),
        src_anchors=s_anchor,
        tgt_anchors=t_anchor,
    )
    assert ((1, 2), (1, 2)) in [(s, t) for s, t, _ in with_anchors]


def test_comparable_mode_prefers_the_rival_that_shares_the_number() -> None:
    """Source 2 has two near-equal candidates; the slightly closer one lacks its number."""
    rng = np.random.default_rng(5)
    base = 2.0 * rng.standard_normal(16) + rng.standard_normal((6, 16))
    rows = list(base + 0.25 * rng.standard_normal((6, 16)))
    rows.append(base[2] + 0.2 * rng.standard_normal(16))  # the rival, appended as target 6
    src, tgt = unit(base), unit(np.array(rows))
    assert src[2] @ tgt[6] > src[2] @ tgt[2] > 0.99
    s_anchor, t_anchor = anchor_vectors(
        ["a", "b", "c in 1956", "d", "e", "f"], ["a", "b", "c en 1956", "d", "e", "f", "g"]
    )

    def partner(weight: float) -> tuple[int, ...]:
        params = MiningParams(anchor_weight=weight)
        beads = align_comparable(
            src, tgt, params=params, src_anchors=s_anchor, tgt_anchors=t_anchor
        )
        return next(t for s, t, _ in beads if s == (2,))

    assert partner(0.0) == (6,)
    assert partner(MiningParams().anchor_weight) == (2,)
