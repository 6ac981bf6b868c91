"""95% intervals for the evaluation figures: how far a rate or an AUC measured on a few
dozen pairs may lie from the one a larger sample would give.

- `wilson`: the Wilson score interval of a proportion k / n (recall of one category, a
  false-positive rate). Each pair counts as one independent draw.
- `bootstrap_auc`: a percentile interval for ROC AUC, resampling whole groups (DEMETR's
  source sentences, each holding its equivalent and its perturbed pairs);
- `bootstrap_f1`: the same for an alignment evaluation's pooled F1, resampling documents.

Bootstraps run with a fixed seed, so the same inputs give the same interval.

Example:
    >>> wilson(63, 69)
    (0.823, 0.9595)
    >>> wilson(0, 0)
    (nan, nan)
"""

from __future__ import annotations

import math
from collections.abc import Callable, Hashable, Sequence

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

    def auc(weight: np.ndarray) -> float | None:
        wp, wn = weight[pos_group].astype(np.float64), weight[neg_group].astype(np.float64)
        total = wp.sum() * wn.sum()
        return float(wp @ wins @ wn / total) if total > 0 else None

    return _percentile_bootstrap(len(groups), auc, rounds=rounds, seed=seed)


def bootstrap_f1(
    counts: Sequence[tuple[int, int, int, int]],
    *,
    rounds: int = BOOTSTRAP_ROUNDS,
    seed: int = BOOTSTRAP_SEED,
) -> tuple[float, float]:
    """A 95% percentile interval of the pooled F1 over `rounds` resamples of the documents:
    each item is one document's (precision hits, precision misses, recall hits, recall
    misses), as an alignment evaluation pools them. Rounded to 4 places."""
    if not counts:
        return (math.nan, math.nan)
    table = np.asarray(counts, dtype=np.float64)

    def f1(weight: np.ndarray) -> float | None:
        hit_p, miss_p, hit_r, miss_r = weight @ table
        if hit_p + miss_p == 0 or hit_r + miss_r == 0:
            return None
        p, r = hit_p / (hit_p + miss_p), hit_r / (hit_r + miss_r)
        return 2 * p * r / (p + r) if p + r else 0.0

    return _percentile_bootstrap(len(table), f1, rounds=rounds, seed=seed)


def _percentile_bootstrap(
    groups: int, statistic: Callable[[np.ndarray], float | None], *, rounds: int, seed: int
) -> tuple[float, float]:
    """The 2.5th and 97.5th percentiles of `statistic(weights)` over `rounds` resamples of
    `groups` groups (weights: how often each group was drawn); resamples where the statistic
    is undefined (None) are left out."""
    rng = np.random.default_rng(seed)
    values = []
    for _ in range(rounds):
        weight = np.bincount(rng.integers(0, groups, groups), minlength=groups)
        value = statistic(weight)
        if value is not None:
            values.append(value)
    if not values:
        return (math.nan, math.nan)
    lo, hi = np.quantile(values, [(1 - LEVEL) / 2, (1 + LEVEL) / 2])
    return (round(float(lo), 4), round(float(hi), 4))
