"""95% intervals for the evaluation figures: how far a rate or an AUC measured on a few
dozen pairs may lie from the one a larger sample would give.

- `wilson`: the Wilson score interval of a proportion k / n (recall of one category, a
  false-positive rate). Each pair counts as one independent draw.
- `bootstrap_auc`: a percentile interval for ROC AUC, resampling whole groups (DEMETR's
  source sentences, each holding its equivalent and its perturbed pairs);
- `bootstrap_pooled`: the same for a figure computed from counts pooled over documents (an
  alignment evaluation's F1), resampling documents.
- `grouped_wilson`: a rate whose rows come in groups that are not independent draws (the
  drift suite's sentence pairs, several from one news document): Wilson's interval on the
  sample size the groups are worth, found by resampling the groups.

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
GROUPED_METHOD = (
    f"{round(100 * LEVEL)}% intervals: Wilson score on the effective sample size, n over the "
    f"design effect of news documents (a bootstrap over documents, {BOOTSTRAP_ROUNDS} rounds, "
    f"seed {BOOTSTRAP_SEED}; never below 1)"
)


def wilson(k: float, n: float) -> tuple[float, float]:
    """The 95% Wilson score interval of the proportion k / n, rounded to 4 places;
    (nan, nan) when n is 0. k and n may be fractional (an effective sample size)."""
    if n <= 0:
        return (math.nan, math.nan)
    p = k / n
    centre = (p + Z * Z / (2 * n)) / (1 + Z * Z / n)
    half = Z * math.sqrt(p * (1 - p) / n + Z * Z / (4 * n * n)) / (1 + Z * Z / n)
    return (round(max(0.0, centre - half), 4), round(min(1.0, centre + half), 4))


def shown(interval: Sequence[float], places: int = 3) -> str:
    """An interval as text: "0.823-0.960" (`places` decimals)."""
    return f"{interval[0]:.{places}f}-{interval[1]:.{places}f}"


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
    wins = pairwise_wins([s for _, s in positive], [s for _, s in negative])

    def auc(weight: np.ndarray) -> float | None:
        wp, wn = weight[pos_group].astype(np.float64), weight[neg_group].astype(np.float64)
        total = wp.sum() * wn.sum()
        return float(wp @ wins @ wn / total) if total > 0 else None

    return _percentile_bootstrap(len(groups), auc, rounds=rounds, seed=seed)


def pairwise_wins(positive: Sequence[float], negative: Sequence[float]) -> np.ndarray:
    """Each positive against each negative: 1 above, 0.5 tied, 0 below; its mean is ROC AUC."""
    pos = np.asarray(positive, dtype=np.float64)[:, None]
    neg = np.asarray(negative, dtype=np.float64)[None, :]
    return (pos > neg) + 0.5 * (pos == neg)


def bootstrap_pooled(
    counts: Sequence[Sequence[float]],
    statistic: Callable[[np.ndarray], float | None],
    *,
    rounds: int = BOOTSTRAP_ROUNDS,
    seed: int = BOOTSTRAP_SEED,
) -> tuple[float, float]:
    """A 95% percentile interval of `statistic` over `rounds` resamples of the rows of
    `counts` (one per document): each resample's rows are summed, as an evaluation pools a
    document's counts, and `statistic` reads the sums (None where it is undefined). Rounded
    to 4 places; (nan, nan) without rows."""
    if not counts:
        return (math.nan, math.nan)
    table = np.asarray(counts, dtype=np.float64)
    return _percentile_bootstrap(
        len(table), lambda weight: statistic(weight @ table), rounds=rounds, seed=seed
    )


def grouped_wilson(
    items: Sequence[tuple[Hashable, bool]],
    *,
    rounds: int = BOOTSTRAP_ROUNDS,
    seed: int = BOOTSTRAP_SEED,
) -> tuple[float, float]:
    """The 95% Wilson interval of the share of true items, each (group, hit), on the
    effective sample size of grouped rows: n divided by the design effect, the variance of
    the rate over `rounds` resamples of whole groups against the variance of n independent
    rows. The effect is never taken below 1, so the interval is never narrower than
    Wilson's; at a rate of 0 or 1 (no variance to compare) it is Wilson's. Rounded to 4
    places; (nan, nan) without items."""
    groups: dict[Hashable, list[int]] = {}
    for group, hit in items:
        counts = groups.setdefault(group, [0, 0])
        counts[0] += bool(hit)
        counts[1] += 1
    if not groups:
        return (math.nan, math.nan)
    table = np.asarray([groups[g] for g in sorted(groups, key=repr)], dtype=np.float64)
    k, n = table.sum(axis=0)
    rate = k / n

    def share(weight: np.ndarray) -> float:
        hits, rows = weight @ table
        return float(hits / rows)

    values = _bootstrap_values(len(table), share, rounds=rounds, seed=seed)
    independent = rate * (1 - rate) / n
    effect = max(1.0, float(np.var(values)) / independent) if independent > 0 else 1.0
    return wilson(k / effect, n / effect)


def _percentile_bootstrap(
    groups: int, statistic: Callable[[np.ndarray], float | None], *, rounds: int, seed: int
) -> tuple[float, float]:
    """The 2.5th and 97.5th percentiles of `statistic(weights)` over `rounds` resamples of
    `groups` groups (weights: how often each group was drawn); resamples where the statistic
    is undefined (None) are left out."""
    values = _bootstrap_values(groups, statistic, rounds=rounds, seed=seed)
    if not values:
        return (math.nan, math.nan)
    lo, hi = np.quantile(values, [(1 - LEVEL) / 2, (1 + LEVEL) / 2])
    return (round(float(lo), 4), round(float(hi), 4))


def _bootstrap_values(
    groups: int, statistic: Callable[[np.ndarray], float | None], *, rounds: int, seed: int
) -> list[float]:
    """`statistic(weights)` over `rounds` resamples of `groups` groups drawn with
    replacement (weights: how often each group was drawn), undefined (None) ones left out."""
    rng = np.random.default_rng(seed)
    values = []
    for _ in range(rounds):
        weight = np.bincount(rng.integers(0, groups, groups), minlength=groups)
        value = statistic(weight)
        if value is not None:
            values.append(value)
    return values
