"""Auto mode: translation when the confident anchors run in order, comparable otherwise."""

from __future__ import annotations

import bisect

import numpy as np

from toolkit.align.mining import mutual_pairs, ratio_margins

MIN_ANCHORS = 3
# share of anchors on one increasing chain needed for translation mode: on NTREX en-uk dev
# documents 0-39 every translation document scored 1.0 and no comparable one above 0.78, so the
# cut-off sits between the two
MONOTONE = 0.9


def longest_increasing(values: list[int]) -> int:
    """Length of the longest strictly increasing subsequence."""
    tails: list[int] = []
    for v in values:
        k = bisect.bisect_left(tails, v)
        if k == len(tails):
            tails.append(v)
        else:
            tails[k] = v
    return len(tails)


def choose_mode(src: np.ndarray, tgt: np.ndarray, *, threshold: float = 1.03) -> tuple[str, str]:
    """("translation" | "comparable", reason) from the order of mutual-best anchors.

    Anchors come from a strided sample of sentences when the documents are long, so the cost
    stays bounded.
    """
    n, m = src.shape[0], tgt.shape[0]
    step = max(1, max(n, m) // 2000)
    anchors = mutual_pairs(ratio_margins(src[::step], tgt[::step], k=4), threshold)
    if len(anchors) < MIN_ANCHORS:
        return "translation", f"only {len(anchors)} confident anchors; monotone alignment assumed"
    chain = longest_increasing([j for _, j, _ in sorted(anchors)])
    share = chain / len(anchors)
    covered = len(anchors) / max(1, min(len(src[::step]), len(tgt[::step])))
    reason = (
        f"{chain}/{len(anchors)} confident anchors in order ({share:.0%}), covering {covered:.0%}"
    )
    return ("translation" if share >= MONOTONE else "comparable"), reason
