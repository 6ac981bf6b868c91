"""Comparable mode: margin-based mutual nearest neighbours, many-to-one merges, no-match decision.

Editions from different outlets reorder content and share only part of it. Every source
sentence is compared with every target sentence; a pair is kept when each is the other's best
match by ratio margin (cosine over the mean of both sides' k nearest neighbours), that margin
clears `threshold` and the plain cosine clears `min_cosine`. A sentence left unmatched next to
a matched one joins it when the merged text scores better than the pair alone, or when its own
margin against the pair's other side is high and the merged text scores not much worse
(many-to-one: only one side grows). When sentence lengths are given, these join decisions
also weigh the bead's length ratio: a pair that lost a split-off half is much longer on one
side than on the other.
A weak pair next to a bead that one of its sentences would join gives that sentence up to
the bead (the split-off half of a merge often finds a mutual best of its own among the
sentences whose partners are missing). A second pass pairs, among the sentences still
unmatched, those that are each other's best there (with a higher margin and cosine than the
first pass). Everything else stays unmatched. When the caller passes number anchors
(toolkit.align.anchors), a number written in digits on both sides of a pair raises its
margin in the first pass's choice of mutual best pairs.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
from scipy import sparse

from toolkit.align.scoring import knn_means, window_vectors

Merged = Callable[[str, list[tuple[int, int]]], np.ndarray]
Raw = tuple[tuple[int, ...], tuple[int, ...], float]


@dataclass(frozen=True)
class MiningParams:
    """Settings of comparable mode (tuned on NTREX en-uk comparable dev documents 0-39 only)."""

    k: int = 4
    threshold: float = 1.01  # ratio margin a kept pair must reach
    max_merge: int = 3  # sentences one side of a many-to-one bead may hold
    merge_gain: float = 0.005  # a neighbour joins when the merged margin gains this much ...
    member_margin: float = 1.1  # ... or when its own margin to the other side reaches this
    member_gain: float = -0.1  # and the merged margin loses no more than this
    # The cosine floors below are on the scale of the default model's comparable-mode vectors
    # (its sentence vector joined to layer `layer`'s mean at `layer_weight`;
    # toolkit.embed.layers). They were chosen on the plain sentence vectors (0.77 / 0.80 /
    # 0.82 / 0.82) and moved by -0.012, the shift of the gold pairs' median cosine on the
    # en-uk comparable dev set when the layer was joined.
    # a neighbour joins only when its own cosine with the bead's other side reaches this: an
    # unrelated sentence next to a pair (inserted, or its partner dropped) may still raise the
    # merged margin a little, but shares nothing with the other side
    member_cosine: float = 0.758
    # a kept pair's plain cosine must reach this too (e5-small: pairs whose true partner was
    # removed mostly sit below it, real pairs above it)
    min_cosine: float = 0.788
    length_weight: float = 0.08  # times squared log length-ratio deviation, in join decisions
    # second pass: mutual best pairs among the sentences the first pass left unmatched (their
    # true partner's first-pass rival is gone); 0 turns it off
    second_margin: float = 1.02
    second_cosine: float = 0.808
    # merged pass: an unmatched sentence against two adjacent unmatched ones of the other side
    # (a sentence split in two whose halves were each too weak alone); 0 turns it off
    merged_margin: float = 1.0
    merged_cosine: float = 0.808
    merged_seed: float = 0.95  # the margin one half must reach for the pair to be tried
    # a 1-1 pair below this margin gives its sentence up to a neighbouring bead that it
    # joins by the join rules (the half of a merge that found a partner of its own); 0: off.
    # Chosen on the six comparable dev sets (1.02 / 1.03 / 1.035 / 1.04 / 1.05: 0.9100 /
    # 0.9142 / 0.9152 / 0.9142 / 0.9092; off 0.9021)
    steal_margin: float = 1.035
    # first pass: a pair's margin counts this much more per weighed number written in digits
    # on both sides (toolkit.align.anchors), when picking mutual best pairs. Chosen on the six
    # comparable dev sets (0.01 / 0.02 / 0.03 / 0.05: 0.9171 / 0.9184 / 0.9179 / 0.9156; off
    # 0.9152); the pair keeps its plain margin as its score
    anchor_weight: float = 0.02
    # the caller joins each sentence vector to the mean of this hidden layer at this weight
    # (toolkit.embed.layers; toolkit.align.api does it for the default model); 0: plain
    # sentence vectors. Chosen on the six comparable dev sets (mean strict F1; floors moved by
    # the median shift each time): layer 6 x 0.3 / 0.4 / 0.5 / 0.7 / 1.0: 0.9225 / 0.9290 /
    # 0.9282 / 0.9140 / 0.8848; layer 4 / 5 / 8 x 0.4-0.5: 0.9186 / 0.9264 / 0.9265; off 0.9184
    layer: int = 6
    layer_weight: float = 0.4

    def fragment(self) -> str:
        """Signature fragment naming every setting, e.g. ``comparable,margin>=1.01,
        cos>=0.788,merge<=3,join>=1.1,member_cos>=0.758,k=4,gain>0.005,loss<0.1,len=0.08,
        second>=1.02@0.808,halves>=1@0.808/0.95,reclaim<1.035,numbers=0.02,layer6x0.4``
        (one line)."""
        return (
            f"comparable,margin>={self.threshold:g},cos>={self.min_cosine:g},"
            f"merge<={self.max_merge},join>={self.member_margin:g},"
            f"member_cos>={self.member_cosine:g},k={self.k},"
            f"gain>{self.merge_gain:g},loss<{-self.member_gain:g},len={self.length_weight:g},"
            f"second>={self.second_margin:g}@{self.second_cosine:g},"
            f"halves>={self.merged_margin:g}@{self.merged_cosine:g}/{self.merged_seed:g},"
            f"reclaim<{self.steal_margin:g}"
            + (f",numbers={self.anchor_weight:g}" if self.anchor_weight else "")
            + (f",layer{self.layer}x{self.layer_weight:g}" if self.layer_weight else "")
        )


def ratio_margins(src: np.ndarray, tgt: np.ndarray, *, k: int) -> np.ndarray:
    """(n, m) cosine / mean of both sentences' k-NN mean similarity."""
    sim = src @ tgt.T
    src_knn = knn_means(sim, k)
    tgt_knn = knn_means(sim.T, k)
    return sim / np.maximum((src_knn[:, None] + tgt_knn[None, :]) / 2, 1e-3)


def mutual_pairs(margins: np.ndarray, threshold: float) -> list[tuple[int, int, float]]:
    """Pairs that are each other's best match with a margin of at least `threshold`."""
    if margins.size == 0:
        return []
    best_t = margins.argmax(axis=1)
    best_s = margins.argmax(axis=0)
    pairs = []
    for i, j in enumerate(best_t):
        if best_s[j] == i and margins[i, j] >= threshold:
            pairs.append((i, int(j), float(margins[i, j])))
    return pairs


def align_comparable(
    src: np.ndarray,
    tgt: np.ndarray,
    *,
    params: MiningParams | None = None,
    merged: Merged | None = None,
    src_lengths: np.ndarray | None = None,
    tgt_lengths: np.ndarray | None = None,
    src_anchors: sparse.csr_matrix | None = None,
    tgt_anchors: sparse.csr_matrix | None = None,
) -> list[Raw]:
    """Non-monotone beads: matched groups sorted by first source id, unmatched as 1-0 / 0-1.

    `src_lengths` / `tgt_lengths` (characters per sentence) let the join decisions weigh the
    length ratio (`MiningParams.length_weight`); without them only the margins count.
    """
    params = params or MiningParams()
    n, m = src.shape[0], tgt.shape[0]
    if n == 0 or m == 0:
        return [((i,), (), 0.0) for i in range(n)] + [((), (j,), 0.0) for j in range(m)]
    margins = ratio_margins(src, tgt, k=params.k)
    pick = margins
    if params.anchor_weight and src_anchors is not None and tgt_anchors is not None:
        pick = margins + params.anchor_weight * (src_anchors @ tgt_anchors.T).toarray()
    pairs = mutual_pairs(pick, params.threshold)
    groups = {
        (i,): ((j,), float(margins[i, j]))
        for i, j, _ in pairs
        if float(src[i] @ tgt[j]) >= params.min_cosine
    }
    lengths = LengthCost.build(src_lengths, tgt_lengths, params.length_weight)
    groups = _grow(groups, src, tgt, margins, params, merged, lengths)
    groups = _reclaim(groups, src, tgt, margins, params, merged, lengths)
    groups |= _second_pass(groups, src, tgt, margins, params)
    groups |= _merged_pass(groups, src, tgt, margins, params, merged)
    rest_s, rest_t = _unmatched(groups, n, m)
    beads: list[Raw] = [(s, t, sc - 1.0) for s, (t, sc) in groups.items()]
    beads += [((i,), (), 0.0) for i in rest_s]
    beads += [((), (j,), 0.0) for j in rest_t]
    return sorted(beads, key=lambda b: (b[0][0] if b[0] else b[1][0] - 0.5, b[1]))


def _grow(
    groups: dict[tuple[int, ...], tuple[tuple[int, ...], float]],
    src: np.ndarray,
    tgt: np.ndarray,
    margins: np.ndarray,
    params: MiningParams,
    merged: Merged | None,
    lengths: LengthCost,
) -> dict[tuple[int, ...], tuple[tuple[int, ...], float]]:
    """Extend each pair with unmatched neighbours when the merged text fits better
    (`_join_host`; the target side first, then, while it is one sentence, the source)."""
    used = dict(zip(("src", "tgt"), _used(groups), strict=True))
    size = {"src": src.shape[0], "tgt": tgt.shape[0]}
    out = {}
    for s_ids, (t_ids, sc) in sorted(groups.items()):
        for side in ("tgt", "src"):
            while True:
                ids = t_ids if side == "tgt" else s_ids
                near = [x for x in (ids[0] - 1, ids[-1] + 1) if 0 <= x < size[side]]
                joins = [
                    joined
                    for x in near
                    if x not in used[side]
                    if (joined := _join_host(side, x, s_ids, (t_ids, sc), src, tgt, margins,
                                             params, merged, lengths)) is not None
                ]  # fmt: skip
                if not joins:
                    break
                _, _, s_ids, t_ids, sc = max(joins, key=lambda j: j[0])  # first of equals
                used[side] |= set(t_ids if side == "tgt" else s_ids)
        out[s_ids] = (t_ids, sc)
    return out


def _reclaim(
    groups: dict[tuple[int, ...], tuple[tuple[int, ...], float]],
    src: np.ndarray,
    tgt: np.ndarray,
    margins: np.ndarray,
    params: MiningParams,
    merged: Merged | None,
    lengths: LengthCost,
) -> dict[tuple[int, ...], tuple[tuple[int, ...], float]]:
    """A weak 1-1 pair (margin below `steal_margin`) next to a bead that one of its two
    sentences would join (`_joins`, `member_cosine`): the sentence joins that bead and its
    partner is left unmatched. The split-off half of a merge often finds a mutual best of
    its own among the sentences whose partners are missing."""
    if not params.steal_margin:
        return groups
    out = dict(groups)
    owner = {("src", i): key for key in out for i in key}
    owner |= {("tgt", j): key for key, (t_ids, _) in out.items() for j in t_ids}
    for s_ids, (t_ids, sc) in sorted(groups.items()):
        if len(s_ids) != 1 or len(t_ids) != 1 or sc >= params.steal_margin:
            continue
        if out.get(s_ids, ((),))[0] != t_ids:
            continue  # already changed by an earlier reclaim
        options = [
            joined
            for side, x in (("src", s_ids[0]), ("tgt", t_ids[0]))
            for near in (x - 1, x + 1)
            if (host := owner.get((side, near))) in out and host != s_ids
            if (joined := _join_host(side, x, host, out[host], src, tgt, margins, params,
                                     merged, lengths)) is not None
        ]  # fmt: skip
        if not options:
            continue
        _, host, new_s, new_t, new = max(options)
        del out[s_ids], out[host]
        out[new_s] = (new_t, new)
        owner |= {("src", i): new_s for i in new_s} | {("tgt", j): new_s for j in new_t}
    return out


def _join_host(
    side: str,
    x: int,
    host: tuple[int, ...],
    bead: tuple[tuple[int, ...], float],
    src: np.ndarray,
    tgt: np.ndarray,
    margins: np.ndarray,
    params: MiningParams,
    merged: Merged | None,
    lengths: LengthCost,
) -> tuple[float, tuple[int, ...], tuple[int, ...], tuple[int, ...], float] | None:
    """(gain, host, new source ids, new target ids, new score) when sentence `x` of `side`
    joins the bead `host` -> `bead` at its edge by the join rules; None when it does not.
    A sentence that shares nothing with the other side (`member_cosine`) is no split-off
    half, and its merged window is never embedded."""
    host_t, host_sc = bead
    ids, other = (host, host_t) if side == "src" else (host_t, host)
    if len(other) != 1 or len(ids) >= params.max_merge or x not in (ids[0] - 1, ids[-1] + 1):
        return None  # many-to-one: only a bead whose other side is one sentence grows
    cand = tuple(sorted((*ids, x)))
    new_s, new_t = (cand, host_t) if side == "src" else (host, cand)
    if _own_cosine(side, x, host, host_t, src, tgt) < params.member_cosine:
        return None
    new = _merged_score(side, cand, host, host_t, src, tgt, margins, merged)
    gain = (new - lengths.cost(new_s, new_t)) - (host_sc - lengths.cost(host, host_t))
    if not _joins(gain, _own_margin(side, x, host, host_t, margins), params):
        return None
    return gain, host, new_s, new_t, new


def _second_pass(
    groups: dict[tuple[int, ...], tuple[tuple[int, ...], float]],
    src: np.ndarray,
    tgt: np.ndarray,
    margins: np.ndarray,
    params: MiningParams,
) -> dict[tuple[int, ...], tuple[tuple[int, ...], float]]:
    """1-1 pairs that are each other's best among the sentences left unmatched, with a
    margin of `second_margin` and a cosine of `second_cosine`: a sentence whose best match
    was taken by a merge or a stronger pair may still have its true partner there."""
    if not params.second_margin:
        return {}
    rest_s, rest_t = _unmatched(groups, src.shape[0], tgt.shape[0])
    if not rest_s or not rest_t:
        return {}
    found = mutual_pairs(margins[np.ix_(rest_s, rest_t)], params.second_margin)
    return {
        (rest_s[a],): ((rest_t[b],), score)
        for a, b, score in found
        if float(src[rest_s[a]] @ tgt[rest_t[b]]) >= params.second_cosine
    }


def _used(
    groups: dict[tuple[int, ...], tuple[tuple[int, ...], float]],
) -> tuple[set[int], set[int]]:
    """The source and the target sentences the groups hold."""
    return {i for s in groups for i in s}, {j for t, _ in groups.values() for j in t}


def _unmatched(
    groups: dict[tuple[int, ...], tuple[tuple[int, ...], float]], n: int, m: int
) -> tuple[list[int], list[int]]:
    """The source and target sentences no group holds, in order."""
    used_s, used_t = _used(groups)
    return [i for i in range(n) if i not in used_s], [j for j in range(m) if j not in used_t]


def _merged_pass(
    groups: dict[tuple[int, ...], tuple[tuple[int, ...], float]],
    src: np.ndarray,
    tgt: np.ndarray,
    margins: np.ndarray,
    params: MiningParams,
    merged: Merged | None,
) -> dict[tuple[int, ...], tuple[tuple[int, ...], float]]:
    """1-2 and 2-1 beads among the sentences still unmatched: one sentence against two
    adjacent ones of the other side (a sentence split in two whose halves were each too weak
    alone to pass). The two merged must reach a ratio margin of `merged_margin` and a cosine
    of `merged_cosine` with the one; best first, each sentence once. Only with `merged`
    (the joined text embedded): a mere sum of two vectors is closer to everything, and would
    make beads of unrelated sentences."""
    if not params.merged_margin or merged is None:
        return {}
    rest_s, rest_t = _unmatched(groups, src.shape[0], tgt.shape[0])
    found = [
        *_halves("tgt", rest_s, rest_t, src, tgt, margins, params, merged),
        *_halves("src", rest_t, rest_s, src, tgt, margins, params, merged),
    ]
    out: dict[tuple[int, ...], tuple[tuple[int, ...], float]] = {}
    taken: set[tuple[str, int]] = set()
    for score, s_ids, t_ids in sorted(found, key=lambda f: (-f[0], f[1], f[2])):
        members = {("s", i) for i in s_ids} | {("t", j) for j in t_ids}
        if not members & taken:
            out[s_ids] = (t_ids, score)
            taken |= members
    return out


def _halves(
    side: str,
    ones: list[int],
    rest: list[int],
    src: np.ndarray,
    tgt: np.ndarray,
    margins: np.ndarray,
    params: MiningParams,
    merged: Merged | None,
) -> list[tuple[float, tuple[int, ...], tuple[int, ...]]]:
    """(score, source ids, target ids) of the beads pairing a sentence of `ones` with two
    adjacent sentences of `rest` on `side`; each pair of halves is embedded once."""
    rest_set = set(rest)
    spans = [(x, x + 1) for x in rest if x + 1 in rest_set]
    seeds = {}
    for a, b in spans:
        near = [
            y for y in ones
            if max(_margin(side, y, a, margins), _margin(side, y, b, margins)) >= params.merged_seed
        ]  # fmt: skip
        if near:
            seeds[(a, b)] = near
    if not seeds:
        return []
    vecs = _window_vecs(side, list(seeds), src, tgt, merged)
    out = []
    for vec, ((a, b), near) in zip(vecs, seeds.items(), strict=True):
        for y in near:
            s_ids, t_ids = ((y,), (a, b)) if side == "tgt" else ((a, b), (y,))
            one = (src if side == "tgt" else tgt)[y]
            score = _bead_margin(vec, one, s_ids, t_ids, src, tgt, margins)
            if score >= params.merged_margin and float(vec @ one) >= params.merged_cosine:
                out.append((score, s_ids, t_ids))
    return out


def _margin(side: str, one: int, half: int, margins: np.ndarray) -> float:
    """Ratio margin of sentence `one` against `half` of the other side (`side` holds halves)."""
    return float(margins[one, half] if side == "tgt" else margins[half, one])


def _window_vecs(
    side: str, spans: list[tuple[int, int]], src: np.ndarray, tgt: np.ndarray, merged: Merged | None
) -> np.ndarray:
    """Vectors of the sentences spans[k][0]..spans[k][1] joined, on `side`: embedded when
    `merged` is given, else the normalised sum of the members' vectors."""
    if merged is not None:
        return np.asarray(merged(side, [(a, b + 1) for a, b in spans]), dtype=np.float32)
    vecs = tgt if side == "tgt" else src
    return np.stack([window_vectors(vecs[a : b + 1], b + 1 - a)[0] for a, b in spans])


class LengthCost:
    """Squared deviation of a bead's log length ratio from the document's, times a weight."""

    def __init__(self, src: np.ndarray, tgt: np.ndarray, weight: float) -> None:
        self.src, self.tgt, self.weight = src, tgt, weight
        self.log_ratio = float(np.log((src.sum() + 1) / (tgt.sum() + 1)))

    @classmethod
    def build(cls, src: np.ndarray | None, tgt: np.ndarray | None, weight: float) -> LengthCost:
        """A cost of zero everywhere when either side's lengths are missing."""
        if src is None or tgt is None:
            return cls(np.zeros(1), np.zeros(1), 0.0)
        return cls(np.asarray(src, dtype=np.float64), np.asarray(tgt, dtype=np.float64), weight)

    def cost(self, s_ids: tuple[int, ...], t_ids: tuple[int, ...]) -> float:
        if not self.weight:
            return 0.0
        dev = np.log((self.src[list(s_ids)].sum() + 1) / (self.tgt[list(t_ids)].sum() + 1))
        return self.weight * float(dev - self.log_ratio) ** 2


def _own_margin(
    side: str, x: int, s_ids: tuple[int, ...], t_ids: tuple[int, ...], margins: np.ndarray
) -> float:
    """Best ratio margin of the candidate sentence `x` alone against the bead's other side."""
    if side == "tgt":
        return float(margins[list(s_ids), x].max())
    return float(margins[x, list(t_ids)].max())


def _own_cosine(
    side: str,
    x: int,
    s_ids: tuple[int, ...],
    t_ids: tuple[int, ...],
    src: np.ndarray,
    tgt: np.ndarray,
) -> float:
    """Best plain cosine of the candidate sentence `x` alone with the bead's other side."""
    if side == "tgt":
        return float((src[list(s_ids)] @ tgt[x]).max())
    return float((tgt[list(t_ids)] @ src[x]).max())


def _joins(gain: float, own: float, params: MiningParams) -> bool:
    """Whether a neighbour joins a bead, given the merged margin's gain and its own margin.

    A split-off half of a sentence often lowers the merged margin a little although it plainly
    belongs to the bead, so a strong margin of its own admits it too.
    """
    if gain > params.merge_gain:
        return True
    return own >= params.member_margin and gain > params.member_gain


def _merged_score(
    side: str,
    cand: tuple[int, ...],
    s_ids: tuple[int, ...],
    t_ids: tuple[int, ...],
    src: np.ndarray,
    tgt: np.ndarray,
    margins: np.ndarray,
    merged: Merged | None,
) -> float:
    """Ratio margin of the bead with `cand` on `side`; neighbourhood = mean of the members'."""
    vec = _window_vecs(side, [(cand[0], cand[-1])], src, tgt, merged)[0]
    other = src[list(s_ids)] if side == "tgt" else tgt[list(t_ids)]
    other_vec = other.mean(axis=0)
    other_vec /= max(float(np.linalg.norm(other_vec)), 1e-12)
    s_all = list(s_ids) if side == "tgt" else list(cand)
    t_all = list(cand) if side == "tgt" else list(t_ids)
    return _bead_margin(vec, other_vec, s_all, t_all, src, tgt, margins)


def _bead_margin(
    vec: np.ndarray,
    other_vec: np.ndarray,
    s_all: Sequence[int],
    t_all: Sequence[int],
    src: np.ndarray,
    tgt: np.ndarray,
    margins: np.ndarray,
) -> float:
    """Ratio margin of a bead: the cosine of its two sides' vectors over the mean
    neighbourhood of its member pairs (their cosine / their ratio margin)."""
    base = margins[np.ix_(list(s_all), list(t_all))]
    plain = (src[list(s_all)] @ tgt[list(t_all)].T).astype(np.float64)
    neighbourhood = float(np.mean(plain / np.maximum(base, 1e-6)))
    return float(vec @ other_vec) / max(neighbourhood, 1e-3)
