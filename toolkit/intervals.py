"""95% intervals for the evaluation figures: how far a rate or an AUC measured on a few
dozen pairs may lie from the one a larger sample would give.

- `wilson`: the Wilson score interval of a proportion k / n (recall of one category, a
  false-positive rate). Each pair counts as one independent draw.
- `bootstrap_auc`: a percentile interval for ROC AUC, resampling whole groups (DEMETR's
  source sentences, each holding its equivalent and its perturbed pairs) with a fixed seed,
  so the same inputs give the same interval.

Example:
    >>> wilson(63, 69)
    (0.8227, 0.9594)
    >>> wilson(0, 0)
    (nan, nan)
"""

from __future__ import annotations

import math
from collections.abc import Hashable, Sequence

import numpy as np

LEVEL = 0.95
Z = 1.959964  # the standard normal quantile of 0.975
BOOTSTRAP_ROUNDS = 1000
BOOTSTRAP_SEED = 0
METHOD = (
    f"{round(100 * LEVEL)}% intervals: Wilson score for rates; ROC AUC by a percentile "
    f"bootstrap over source sentences ({BOOTSTRAP_ROUNDS} rounds, seed {BOOTSTRAP_SEED})"
)


def wilson(k: int, n: int) -> tuple[float, float]:
    """The 95% Wilson score interval of the proportion k / n, rounded to 4 places;
    (nan, nan) when n is 0."""
    if n <= 0:
        return (math.nan, math.nan)
    p = k / n
    centre = (p + Z * Z / (2 * n)) / (1 + Z * Z / n)
    half = Z * math.sqrt(p * (1 - p) / n + Z * Z / (4 * n * n)) / (1 + Z * Z / n)
    return (round(max(0.0, centre - half), 4), round(min(1.0, centre + half), 4))


def bootstrap_auc(
    positive: Sequence[tuple[Hashable, float]],
    negative: Sequence[tuple[Hashable, float]],
    *,
    rounds: int = BOOTSTRAP_ROUNDS,
    seed: int = BOOTSTRAP_SEED,
) -> tuple[float, float]:
    """A 95% percentile interval of ROC AUC (ties count half) over `rounds` resamples of the
    groups: each item is (group, score), and a resampled group brings all its positives and
    negatives. Rounded to 4 places; (nan, nan) without positives or negatives."""
    if not positive or not negative:
        return (math.nan, math.nan)
    groups = sorted({g for g, _ in positive} | {g for g, _ in negative}, key=repr)
    index = {g: i for i, g in enumerate(groups)}
    pos_group = np.array([index[g] for g, _ in positive])
    neg_group = np.array([index[g] for g, _ in negative])
    pos = np.array([s for _, s in positive], dtype=np.float64)
    neg = np.array([s for _, s in negative], dtype=np.float64)
    # each positive against each negative, once: "above" 1, tie 0.5, below 0
    wins = (pos[:, None] > neg[None, :]) + 0.5 * (pos[:, None] == neg[None, :])
    rng = np.random.default_rng(seed)
    values = []
    for _ in range(rounds):
        weight = np.bincount(rng.integers(0, len(groups), len(groups)), minlength=len(groups))
        wp, wn = weight[pos_group].astype(np.float64), weight[neg_group].astype(np.float64)
        total = wp.sum() * wn.sum()
        if total > 0:
            values.append(float(wp @ wins @ wn / total))
    if not values:
        return (math.nan, math.nan)
    lo, hi = np.quantile(values, [(1 - LEVEL) / 2, (1 + LEVEL) / 2])
    return (round(float(lo), 4), round(float(hi), 4))
