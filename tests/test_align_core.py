"""The I/O-free core on synthetic arrays: coverage, monotonicity, planted beads, bad input."""

from __future__ import annotations

import numpy as np
import pytest

from toolkit.align import align_arrays, align_signature
from toolkit.align.auto import choose_mode, longest_increasing
from toolkit.align.dp import DPParams, find_band
from toolkit.align.mining import MiningParams
from toolkit.errors import InputError

DIM = 32


def unit(rows: np.ndarray) -> np.ndarray:
    return (rows / np.linalg.norm(rows, axis=1, keepdims=True)).astype(np.float32)


def planted(n: int, *, seed: int = 0, noise: float = 0.3) -> tuple[np.ndarray, np.ndarray, list]:
    """Source, target with drops, insertions and one 1-2 split; the planted beads."""
    rng = np.random.default_rng(seed)
    src = unit(rng.standard_normal((n, DIM)))
    tgt, gold = [], []
    for i in range(n):
        if i % 11 == 5:
            gold.append(((i,), ()))
            continue
        if i % 13 == 7:  # a 1-2 split: two halves near the source vector
            a = unit(src[i : i + 1] + 0.8 * unit(rng.standard_normal((1, DIM))))[0]
            b = unit(2 * src[i : i + 1] - a[None, :])[0]
            gold.append(((i,), (len(tgt), len(tgt) + 1)))
            tgt += [a, b]
            continue
        gold.append(((i,), (len(tgt),)))
        tgt.append(unit(src[i : i + 1] + noise * rng.standard_normal((1, DIM)) / np.sqrt(DIM))[0])
        if i % 17 == 3:
            gold.append(((), (len(tgt),)))
            tgt.append(unit(rng.standard_normal((1, DIM)))[0])
    return src, np.vstack(tgt), gold


def check_cover(beads: list, n: int, m: int) -> None:
    src = sorted(i for b in beads for i in b.src_ids)
    tgt = sorted(j for b in beads for j in b.tgt_ids)
    assert src == list(range(n))
    assert tgt == list(range(m))


def check_monotone(beads: list) -> None:
    last_s = last_t = -1
    for b in beads:
        if b.src_ids:
            assert b.src_ids[0] == last_s + 1
            assert list(b.src_ids) == list(range(b.src_ids[0], b.src_ids[-1] + 1))
            last_s = b.src_ids[-1]
        if b.tgt_ids:
            assert b.tgt_ids[0] == last_t + 1
            last_t = b.tgt_ids[-1]


@pytest.mark.parametrize("n", [1, 2, 7, 60, 300])
def test_translation_covers_every_sentence_once_in_order(n: int) -> None:
    src, tgt, _ = planted(n, seed=n)
    beads = align_arrays(src, tgt, mode="translation")
    check_cover(beads, len(src), len(tgt))
    check_monotone(beads)


def test_translation_finds_planted_pairs() -> None:
    src, tgt, gold = planted(200)
    found = {(b.src_ids, b.tgt_ids) for b in align_arrays(src, tgt)}
    one_to_one = [g for g in gold if len(g[0]) == 1 and len(g[1]) == 1]
    assert sum(g in found for g in one_to_one) / len(one_to_one) >= 0.97


def test_merged_callback_is_asked_only_for_few_windows() -> None:
    src, tgt, _gold = planted(120)
    asked: list[tuple[str, int]] = []

    def merged(side: str, ranges: list[tuple[int, int]]) -> np.ndarray:
        asked.extend((side, b - a) for a, b in ranges)
        vecs = src if side == "src" else tgt
        return unit(np.vstack([vecs[a:b].sum(axis=0) for a, b in ranges]))

    beads = align_arrays(src, tgt, merged=merged)
    check_cover(beads, len(src), len(tgt))
    assert all(size > 1 for _, size in asked)
    assert len(asked) < 0.5 * (len(src) + len(tgt))
    assert ((7,), (7, 8)) in {(b.src_ids, b.tgt_ids) for b in beads}


def test_long_document_uses_a_narrow_band_and_stays_monotone() -> None:
    src, tgt, _ = planted(1500, seed=3)
    params = DPParams()
    band = find_band(src, tgt, params)
    assert band.width < len(tgt) / 4
    beads = align_arrays(src, tgt)
    check_cover(beads, len(src), len(tgt))
    check_monotone(beads)


def test_identical_documents_align_one_to_one() -> None:
    src, _, _ = planted(40)
    beads = align_arrays(src, src.copy())
    assert [(b.src_ids, b.tgt_ids) for b in beads] == [((i,), (i,)) for i in range(40)]


def test_one_side_fifty_times_longer() -> None:
    src, tgt, _ = planted(200, seed=5)
    short = src[100:104]
    beads = align_arrays(short, tgt)
    check_cover(beads, 4, len(tgt))
    check_monotone(beads)
    pairs = [b for b in beads if b.src_ids and b.tgt_ids]
    assert len(pairs) >= 3


@pytest.mark.parametrize("n,m", [(0, 0), (0, 3), (3, 0)])
def test_empty_side_gives_null_beads(n: int, m: int) -> None:
    rng = np.random.default_rng(1)
    beads = align_arrays(
        unit(rng.standard_normal((max(n, 1), DIM)))[:n],
        unit(rng.standard_normal((max(m, 1), DIM)))[:m],
    )
    check_cover(beads, n, m)
    assert all(not (b.src_ids and b.tgt_ids) for b in beads)


def test_bad_arrays_raise_input_error() -> None:
    with pytest.raises(InputError, match="NaN"):
        align_arrays(np.full((2, 4), np.nan), np.ones((2, 4)))
    with pytest.raises(InputError, match="embedding sizes differ"):
        align_arrays(np.ones((2, 4)), np.ones((2, 5)))
    with pytest.raises(InputError, match="valid: translation, comparable, auto"):
        align_arrays(np.ones((2, 4)), np.ones((2, 4)), mode="fuzzy")
    with pytest.raises(InputError, match="tgt_open holds 3 values for 2 sentences"):
        align_arrays(np.ones((2, 4)), np.ones((2, 4)), tgt_open=np.zeros(3, dtype=bool))


def test_comparable_mode_matches_shuffled_partial_overlap() -> None:
    rng = np.random.default_rng(7)
    dim = 384  # a shared component compresses cosines as e5's do (unrelated ~0.8)
    common = unit(rng.standard_normal((1, dim)))
    src = unit(2 * common + unit(rng.standard_normal((30, dim))))
    keep = rng.permutation(30)[:18]  # 60% overlap, shuffled
    noise = unit(2 * common + unit(rng.standard_normal((6, dim))))
    tgt = np.vstack([unit(src[keep] + 0.3 * unit(rng.standard_normal((18, dim)))), noise])
    beads = align_arrays(src, tgt, mode="comparable")
    check_cover(beads, 30, 24)
    pairs = {(b.src_ids, b.tgt_ids) for b in beads if b.src_ids and b.tgt_ids}
    expected = {((int(i),), (k,)) for k, i in enumerate(keep)}
    assert len(pairs & expected) >= 16
    assert len(pairs - expected) <= 1


def test_auto_mode_tells_order_from_shuffle() -> None:
    src, tgt, _ = planted(80)
    assert choose_mode(src, tgt)[0] == "translation"
    order = np.random.default_rng(2).permutation(len(tgt))
    assert choose_mode(src, tgt[order])[0] == "comparable"


def test_longest_increasing() -> None:
    assert longest_increasing([3, 1, 2, 5, 4, 6]) == 4
    assert longest_increasing([]) == 0


def test_signature_fragment() -> None:
    assert align_signature("translation") == DPParams().fragment()
    assert align_signature("translation").startswith("translation,max=4-4,margin,")
    assert align_signature("translation", max_bead=(2, 4)).startswith("translation,max=2-4,")
    assert align_signature("comparable") == (
        "comparable,margin>=1.01,cos>=0.788,merge<=3,join>=1.1,member_cos>=0.758,k=4,"
        "gain>0.005,loss<0.1,len=0.08,second>=1.02@0.808,halves>=1@0.808/0.95,reclaim<1.035,"
        "numbers=0.02,layer6x0.4"
    )


def test_signature_changes_with_every_scoring_setting() -> None:
    base = DPParams().fragment()
    for change in (
        {"skip": -0.05},
        {"cross_penalty": 0.05},
        {"member_floor": -0.1},
        {"rounds": 2},
        {"k": 8},
        {"size_weight": 0.5},
        {"anchor_weight": 0.3},
        {"split_cosine": 0.7},
        {"split_cosine_large": 0.7},
        {"split_pair_cosine": 0.7},
        {"partial_ratio": 3.0},
    ):
        assert DPParams(**change).fragment() != base, change
    assert MiningParams(threshold=1.03).fragment() != MiningParams().fragment()
    assert MiningParams(member_margin=1.03).fragment() != MiningParams().fragment()
    assert MiningParams(min_cosine=0.5).fragment() != MiningParams().fragment()
    for change in (
        {"length_weight": 0.2},
        {"k": 6},
        {"merge_gain": 0.0},
        {"member_gain": -0.2},
        {"anchor_weight": 0.3},
        {"layer": 8},
        {"layer_weight": 0.5},
        {"layer_weight": 0.0},
    ):
        assert MiningParams(**change).fragment() != MiningParams().fragment(), change


def test_bead_types_follow_max() -> None:
    assert DPParams(max_bead=(3, 3)).bead_types() == [
        (1, 0),
        (0, 1),
        (1, 1),
        (1, 2),
        (2, 1),
        (1, 3),
        (2, 2),
        (3, 1),
    ]


def test_member_check_penalises_an_absorbed_sentence_only() -> None:
    from toolkit.align.dp import Band, Grid, Sides

    rng = np.random.default_rng(3)
    src = unit(rng.standard_normal((6, DIM)))
    tgt = np.vstack([src[0:2], unit(src[2:3] + src[3:4]), src[4:6]])  # target 2 = source 2 + 3

    def two_to_one(weight: float, floor: float = 0.0) -> np.ndarray:
        params = DPParams(max_bead=(2, 2), member_weight=weight, member_cosine=floor)
        sides = Sides.build(src, None, 2), Sides.build(tgt, None, 2)
        return Grid(*sides, Band.full(6, 5), params).scores(2, 1)  # [row i, target position j]

    checked, unchecked = two_to_one(1.0), two_to_one(0.0)
    assert checked[4, 3] == pytest.approx(unchecked[4, 3])  # [2, 3]:[2], both members match
    assert checked[5, 4] < unchecked[5, 4] - 0.1  # [3, 4]:[3] would absorb the unrelated 4
    # the plain-cosine floor: each half of target 2 has cosine 0.59 with it, source 3 has
    # 0.18 with target 3 (= source 4)
    assert two_to_one(0.0, 0.55)[4, 3] == pytest.approx(unchecked[4, 3])
    assert two_to_one(0.0, 0.65)[4, 3] < unchecked[4, 3] - 0.5
    assert two_to_one(0.0, 0.55)[5, 4] < unchecked[5, 4] - 0.5


def test_comparable_neighbour_joins_on_its_own_margin() -> None:
    from toolkit.align.mining import _joins

    params = MiningParams()
    assert _joins(params.merge_gain + 0.01, 0.0, params)  # the merged text scores better
    assert _joins(-0.05, params.member_margin, params)  # slightly worse, but strong on its own
    assert not _joins(-0.05, params.member_margin - 0.05, params)  # weak on its own
    assert not _joins(params.member_gain - 0.01, 2.0, params)  # the merged text is much worse


def test_comparable_keeps_only_pairs_above_the_cosine_floor() -> None:
    rng = np.random.default_rng(3)
    src = unit(rng.standard_normal((6, DIM)))
    tgt = unit(src + 0.2 * unit(rng.standard_normal((6, DIM))))
    tgt[5] = unit(src[5] + 1.5 * unit(rng.standard_normal((1, DIM))))[0]  # a loose paraphrase
    loose = float(src[5] @ tgt[5])
    assert 0.3 < loose < 0.8
    kept = align_arrays(src, tgt, mode="comparable")
    assert ((), (5,)) in {(b.src_ids, b.tgt_ids) for b in kept}  # below min_cosine 0.80
    assert sum(len(b.src_ids) == 1 == len(b.tgt_ids) for b in kept) >= 4
    from toolkit.align.mining import align_comparable

    loose_ok = align_comparable(src, tgt, params=MiningParams(min_cosine=0.0))
    assert ((5,), (5,)) in {(s, t) for s, t, _ in loose_ok}


def test_comparable_split_half_joins_as_many_to_one() -> None:
    rng = np.random.default_rng(5)
    src = unit(rng.standard_normal((8, DIM)))
    half_a = unit(src[3:4] + 0.6 * unit(rng.standard_normal((1, DIM))))[0]
    half_b = unit(2 * src[3:4] - half_a[None, :])[0]
    rest = unit(src + 0.2 * unit(rng.standard_normal((8, DIM))))
    tgt = np.vstack([rest[:3], half_a, half_b, rest[4:]])
    beads = align_comparable_default(src, tgt)
    assert ((3,), (3, 4)) in beads
    assert all(len(s) == 1 or len(t) == 1 for s, t in beads)  # many-to-one only


def test_comparable_lengths_decide_a_weak_neighbour() -> None:
    """A neighbour that matches the pair's other side only loosely joins when the pair alone is
    twice as long on one side (a split-off half), and stays out when the lengths agree."""
    from toolkit.align.mining import align_comparable

    rng = np.random.default_rng(3)
    src = unit(rng.standard_normal((8, DIM)))
    rest = unit(src + 0.2 * unit(rng.standard_normal((8, DIM))))
    half = unit(src[3:4] + 0.7 * unit(rng.standard_normal((1, DIM))))[0]
    tgt = np.vstack([rest[:4], half, rest[4:]])
    even_src, even_tgt = np.full(8, 100.0), np.full(9, 100.0)
    long_src = even_src.copy()
    long_src[3] = 200.0

    def beads(src_lengths: np.ndarray | None, tgt_lengths: np.ndarray | None) -> set:
        out = align_comparable(src, tgt, src_lengths=src_lengths, tgt_lengths=tgt_lengths)
        return {(s, t) for s, t, _ in out}

    assert ((3,), (3,)) in beads(None, None)
    assert ((3,), (3,)) in beads(even_src, even_tgt)
    assert ((3,), (3, 4)) in beads(long_src, even_tgt)
    assert ((3,), (3,)) in {
        (s, t)
        for s, t, _ in align_comparable(
            src,
            tgt,
            params=MiningParams(length_weight=0.0),
            src_lengths=long_src,
            tgt_lengths=even_tgt,
        )
    }


def align_comparable_default(src: np.ndarray, tgt: np.ndarray) -> set:
    return {(b.src_ids, b.tgt_ids) for b in align_arrays(src, tgt, mode="comparable")}


def test_the_cosine_floor_applies_to_the_default_model_only() -> None:
    from types import SimpleNamespace

    from toolkit.align.api import mining_params_for, translation_params_for
    from toolkit.embed import DEFAULT_MODEL

    default = mining_params_for(SimpleNamespace(name=DEFAULT_MODEL))
    assert (default.min_cosine, default.layer_weight) == (0.788, 0.4)
    assert translation_params_for(SimpleNamespace(name=DEFAULT_MODEL)).member_cosine == 0.745
    assert translation_params_for(SimpleNamespace(name="LaBSE")).member_cosine == 0.0
    other = mining_params_for(SimpleNamespace(name="sentence-transformers/LaBSE"))
    assert other.min_cosine == other.member_cosine == other.second_cosine == 0.0
    assert other.merged_cosine == other.layer_weight == 0.0
    assert align_signature("comparable", mining=other).startswith("comparable,margin>=1.01,cos>=0,")


def test_a_second_pass_pairs_a_sentence_whose_rival_was_taken() -> None:
    """Source 1's best match, target 0, went to source 0 in the first pass; among the
    sentences left, source 1 and target 1 are each other's best."""
    from toolkit.align.mining import MiningParams, _second_pass

    vecs = np.ones((2, 4), dtype=np.float32) / 2.0  # cosine 1 everywhere
    margins = np.array([[2.0, 0.5], [1.8, 1.3]])
    groups = {(0,): ((0,), 2.0)}
    assert _second_pass(groups, vecs, vecs, margins, MiningParams()) == {(1,): ((1,), 1.3)}
    assert _second_pass(groups, vecs, vecs, margins, MiningParams(second_margin=1.4)) == {}
    assert _second_pass(groups, vecs, vecs, margins, MiningParams(second_margin=0)) == {}


def test_a_merged_pass_pairs_a_sentence_with_its_two_halves() -> None:
    """Source 1 was split in two (targets 1 and 2), each half too far from it alone; the
    two joined and embedded are source 1 again."""
    from toolkit.align.mining import MiningParams, _merged_pass

    src = np.array([[0.0, 0.0, 1.0], [1.0, 0.0, 0.0]], dtype=np.float32)
    tgt = unit(np.array([[0.0, 0.0, 1.0], [1.0, 1.0, 0.0], [1.0, -1.0, 0.0]]))
    margins = np.array([[2.0, 0.5, 0.5], [0.5, 0.97, 0.9]])
    groups = {(0,): ((0,), 2.0)}
    asked = []

    def joined(side: str, ranges: list[tuple[int, int]]) -> np.ndarray:
        asked.append((side, ranges))
        return unit(np.stack([tgt[a:b].sum(axis=0) for a, b in ranges]))

    found = _merged_pass(groups, src, tgt, margins, MiningParams(), joined)
    assert list(found) == [(1,)] and found[(1,)][0] == (1, 2) and found[(1,)][1] > 1.3
    assert asked == [("tgt", [(1, 3)])]  # one window embedded, on the split side
    assert _merged_pass(groups, src, tgt, margins, MiningParams(merged_margin=0), joined) == {}
    assert _merged_pass(groups, src, tgt, margins, MiningParams(), None) == {}
    unrelated = lambda side, ranges: np.array([[0.0, 1.0, 0.0]])  # noqa: E731
    assert _merged_pass(groups, src, tgt, margins, MiningParams(), unrelated) == {}


def test_a_neighbour_sharing_nothing_with_the_other_side_does_not_join() -> None:
    """Target 1 sits next to the pair (0, 0) and the merged text scores higher (a generic
    text is closer to everything), but its own cosine with source 0 is nil: no split-off
    half. Without the member cosine floor it would join."""
    from toolkit.align.mining import LengthCost, MiningParams, _grow

    src = np.array([[1.0, 0.0, 0.0]], dtype=np.float32)
    tgt = unit(np.array([[1.0, 0.3, 0.0], [0.0, 0.0, 1.0]]))
    margins = np.array([[1.2, 0.5]])
    joined = lambda side, ranges: np.array([[1.0, 0.0, 0.0]])  # noqa: E731
    no_lengths = LengthCost.build(None, None, 0.0)
    groups = {(0,): ((0,), 1.2)}
    grown = _grow(groups, src, tgt, margins, MiningParams(), joined, no_lengths)
    assert grown == {(0,): ((0,), 1.2)}
    loose = MiningParams(member_cosine=0.0)
    assert _grow(groups, src, tgt, margins, loose, joined, no_lengths)[(0,)][0] == (0, 1)


def _unit(*xs: float) -> np.ndarray:
    v = np.array(xs, dtype=np.float32)
    return v / np.linalg.norm(v)


@pytest.mark.parametrize(("weak", "reclaimed"), [(1.02, True), (1.05, False)])
def test_a_weak_pair_gives_up_the_half_of_a_neighbouring_merge(
    weak: float, reclaimed: bool
) -> None:
    """Source 0 and 1 are the two halves of target 0 (their joined text is target 0); source
    1 also made a pair of its own with target 1. Below `steal_margin` that pair gives source 1
    up to the bead of target 0, and target 1 is left unmatched; above it, it stays."""
    from toolkit.align.mining import LengthCost, _reclaim

    src = np.stack([_unit(1, 0.6, 0), _unit(1, -0.6, 0.3)])
    tgt = np.stack([_unit(1, 0, 0), _unit(0.5, -0.6, 0.6)])
    margins = (src @ tgt.T) / 0.8  # a flat neighbourhood of 0.8

    def merged(side: str, ranges: list[tuple[int, int]]) -> np.ndarray:
        vecs = src if side == "src" else tgt
        return np.stack([_unit(*vecs[a:b].sum(axis=0)) for a, b in ranges])

    groups = {(0,): ((0,), float(margins[0, 0])), (1,): ((1,), weak)}
    out = _reclaim(
        groups, src, tgt, margins, MiningParams(), merged, LengthCost.build(None, None, 0)
    )
    if reclaimed:
        assert list(out) == [(0, 1)] and out[(0, 1)][0] == (0,)
    else:
        assert out == groups


def test_split_edges_takes_an_unrelated_edge_sentence_out_of_a_merged_bead() -> None:
    from toolkit.align.dp import Sides, split_edges

    rng = np.random.default_rng(5)
    s0, s1 = unit(rng.standard_normal((2, DIM)))
    s1 = unit((s1 - (s1 @ s0) * s0)[None, :])[0]  # orthogonal to s0

    def run(t0: np.ndarray) -> list:
        src, tgt = Sides.build(np.vstack([s0, s1]), None, 2), Sides.build(t0[None, :], None, 2)
        asked: list = []

        def merged(side: str, ranges: list[tuple[int, int]]) -> np.ndarray:
            asked.extend((side, r) for r in ranges)
            return unit(np.vstack([(s0 + s1)[None, :] for _ in ranges]))

        beads = split_edges([((0, 1), (0,), 0.2)], src, tgt, DPParams(), merged)
        assert asked == [("src", (0, 2))]  # the bead's own window; single sentences are known
        return beads

    # source 1 shares nothing with target 0, and the bead's cosine rises without it
    assert run(s0) == [((0,), (0,), 0.2), ((1,), (), DPParams().skip)]
    # two halves of one target sentence: each alone is under the floor (cosine 0.71), but
    # the bead loses cosine without either, so it stays whole
    assert run(unit((s0 + s1)[None, :])[0]) == [((0, 1), (0,), 0.2)]


def test_the_split_floor_is_a_setting_of_the_default_model() -> None:
    from types import SimpleNamespace

    from toolkit.align.api import translation_params_for
    from toolkit.embed import DEFAULT_MODEL

    assert translation_params_for(SimpleNamespace(name=DEFAULT_MODEL)).split_cosine == 0.76
    other = translation_params_for(SimpleNamespace(name="LaBSE"))
    assert other.split_cosine == other.split_cosine_large == other.split_pair_cosine == 0.0
    assert ",split<0.76/0.8,pair>=0.79,partial>2x+knn," in DPParams().fragment()
    assert "pair>=" not in DPParams(split_pair_cosine=0.0).fragment()
    assert "split" not in DPParams(split_cosine=0.0).fragment()


def test_a_bead_of_four_sentences_splits_under_the_higher_floor() -> None:
    from toolkit.align.dp import Sides, split_edges

    e1, e2 = np.eye(DIM, dtype=np.float32)[:2]
    s0, s1 = e1, 0.78 * e1 + np.sqrt(1 - 0.78**2) * e2  # source 1 has cosine 0.78 with e1
    src_window = unit((s0 + s1)[None, :])[0]

    def merged(side: str, ranges: list[tuple[int, int]]) -> np.ndarray:
        return np.vstack([src_window if side == "src" else e1 for _ in ranges])

    def run(bead: tuple, tgt: np.ndarray) -> list:
        src, tgt_side = Sides.build(np.vstack([s0, s1]), None, 2), Sides.build(tgt, None, 2)
        return split_edges([bead], src, tgt_side, DPParams(), merged)

    # 2-2 (target window = e1, each target sentence = the source window): 0.78 < 0.8
    two_two = run(((0, 1), (0, 1), 0.1), np.vstack([src_window, src_window]))
    assert two_two == [((0,), (0, 1), 0.1), ((1,), (), DPParams().skip)]
    # 2-1 (target sentence = e1): 0.78 is above the three-sentence floor of 0.76
    assert run(((0, 1), (0,), 0.1), e1[None, :]) == [((0, 1), (0,), 0.1)]


def test_split_pairs_parts_a_one_to_one_bead_under_the_floor() -> None:
    from toolkit.align.dp import split_pairs

    e = np.eye(DIM, dtype=np.float32)
    src = np.vstack([e[0], e[1], e[2]])
    tgt = np.vstack([e[0], unit((0.78 * e[1] + 0.63 * e[3])[None, :])[0], 0.8 * e[2] + 0.6 * e[4]])
    beads = [((0,), (0,), 0.3), ((1,), (1,), -0.01), ((2,), (2,), 0.05)]
    skip = DPParams().skip
    # cosines 1.0 / 0.778 / 0.8: only the middle pair is under 0.79
    assert split_pairs(beads, src, tgt, DPParams()) == [
        ((0,), (0,), 0.3),
        ((1,), (), skip),
        ((), (1,), skip),
        ((2,), (2,), 0.05),
    ]
    assert split_pairs(beads, src, tgt, DPParams(split_pair_cosine=0.0)) == beads


def test_an_excerpt_expects_equal_lengths() -> None:
    from toolkit.align.dp import expected_log_ratio

    whole, half = np.full(40, 100.0), np.full(40, 50.0)
    assert expected_log_ratio(whole, half, 2.0) == pytest.approx(np.log(4001 / 2001))
    assert expected_log_ratio(whole, whole[:1], 2.0) == 0.0  # one sentence of forty
    assert expected_log_ratio(whole, whole[:1], 0.0) == pytest.approx(np.log(4001 / 101))
    assert expected_log_ratio(whole, np.zeros(0), 2.0) == 0.0


def test_the_excerpt_is_the_side_more_than_partial_ratio_times_shorter() -> None:
    from toolkit.align.dp import excerpt_side

    short, long = np.array([50.0, 60.0]), np.full(40, 100.0)
    assert excerpt_side(short, long, 2.0) == "src"
    assert excerpt_side(long, short, 2.0) == "tgt"
    assert excerpt_side(long, long * 1.5, 2.0) is None  # a translation running longer
    assert excerpt_side(short, long, 0.0) is None  # the rule off
