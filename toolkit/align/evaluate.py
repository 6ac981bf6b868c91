"""Alignment scores as Vecalign's and Bertalign's evaluation computes them.

Precision looks at every test bead (1-0 / 0-1 included) against the gold beads; recall looks at
every gold bead with sentences on both sides against the test beads with sentences on both
sides. A bead is a strict hit when the same bead is in the other set, and a lax hit when some
bead of the other set shares a source sentence with it and, through that shared source
sentence, a target sentence. Counts are pooled over documents before dividing. Each F1
carries a 95% interval from resampling the documents (`toolkit.intervals.bootstrap_pooled`): the
test sets hold 7 to 83 documents, and documents differ more than beads within one.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from toolkit.errors import InputError
from toolkit.intervals import bootstrap_pooled

Pair = tuple[tuple[int, ...], tuple[int, ...]]

_LINE = re.compile(r"^\[([\d,\s]*)\]\s*:\s*\[([\d,\s]*)\]\s*$")


def parse_beads(text: str, *, name: str = "<gold>") -> list[Pair]:
    """Parse Vecalign-style lines ``[0, 1]:[2]`` (0-based ids) into (source, target) tuples."""
    beads = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        match = _LINE.match(line.strip())
        if not match:
            raise InputError(f"{name}: line {number} is not an alignment like [0]:[1, 2]: {line!r}")
        beads.append(
            tuple(tuple(int(x) for x in part.split(",") if x.strip()) for part in match.groups())
        )
    return beads  # type: ignore[return-value]


def bead_type(bead: Pair) -> str:
    """``"1-2"`` for one source and two target sentences."""
    return f"{len(bead[0])}-{len(bead[1])}"


@dataclass
class Counts:
    """Strict and lax hits and misses of one side (precision or recall)."""

    strict_hit: int = 0
    strict_miss: int = 0
    lax_hit: int = 0
    lax_miss: int = 0
    by_type: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))

    def add(self, other: Counts) -> None:
        self.strict_hit += other.strict_hit
        self.strict_miss += other.strict_miss
        self.lax_hit += other.lax_hit
        self.lax_miss += other.lax_miss
        for key, (hit, total) in other.by_type.items():
            self.by_type[key][0] += hit
            self.by_type[key][1] += total


def _match(reference: Iterable[Pair], candidates: Iterable[Pair]) -> Counts:
    """Hits of `candidates` against `reference` (candidates empty on both sides are ignored)."""
    reference = {r for r in reference if r[0] or r[1]}
    links: dict[int, set[int]] = defaultdict(set)
    for src, tgt in reference:
        for s in src:
            links[s].update(tgt)
    counts = Counts()
    for bead in sorted({c for c in candidates if c[0] or c[1]}):
        strict = bead in reference
        reachable = set().union(*(links[s] for s in bead[0])) if bead[0] else set()
        lax = strict or bool(reachable & set(bead[1]))
        counts.strict_hit += strict
        counts.strict_miss += not strict
        counts.lax_hit += lax
        counts.lax_miss += not lax
        counts.by_type[bead_type(bead)][0] += strict
        counts.by_type[bead_type(bead)][1] += 1
    return counts


def _ratio(hit: int, miss: int) -> float:
    return hit / (hit + miss) if hit + miss else 0.0


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def score(gold: Sequence[Sequence[Pair]], test: Sequence[Sequence[Pair]]) -> dict:
    """Strict and lax precision/recall/F1 over documents, and per-bead-type figures.

    Args:
        gold: per document, the gold beads.
        test: per document, the predicted beads (same order).

    Returns:
        ``{"strict": {"precision", "recall", "f1", "f1_interval"}, "lax": {...}, "by_type":
        {type: {...}}, "documents": int, "gold_beads": int, "test_beads": int}``.

    Example:
        >>> gold = [[((0,), (0,)), ((1,), (1, 2))]]
        >>> test = [[((0,), (0,)), ((1,), (1,)), ((), (2,))]]
        >>> strict = score(gold, test)["strict"]
        >>> {k: round(strict[k], 3) for k in ("precision", "recall", "f1")}
        {'precision': 0.333, 'recall': 0.5, 'f1': 0.4}
    """
    if len(gold) != len(test):
        raise InputError(f"{len(gold)} gold documents but {len(test)} test documents")
    prec, rec = Counts(), Counts()
    per_document: dict[str, list[tuple[int, int, int, int]]] = {"strict": [], "lax": []}
    for g, t in zip(gold, test, strict=True):
        doc_p = _match(g, t)
        doc_r = _match([b for b in t if b[0] and b[1]], [b for b in g if b[0] and b[1]])
        prec.add(doc_p)
        rec.add(doc_r)
        for name, counts in _counts(doc_p, doc_r).items():
            per_document[name].append(counts)
    result: dict = {}
    for name, (hit_p, miss_p, hit_r, miss_r) in _counts(prec, rec).items():
        p, r = _ratio(hit_p, miss_p), _ratio(hit_r, miss_r)
        interval = bootstrap_pooled(per_document[name], _pooled_f1)
        result[name] = {"precision": p, "recall": r, "f1": _f1(p, r), "f1_interval": interval}
    result["by_type"] = _by_type(prec, gold)
    result["documents"] = len(gold)
    result["gold_beads"] = sum(len(g) for g in gold)
    result["test_beads"] = sum(len(t) for t in test)
    return result


def _pooled_f1(sums: Sequence[float]) -> float | None:
    """F1 of summed (precision hits, misses, recall hits, misses); None when either side
    has nothing to count (a resample of documents without beads)."""
    hit_p, miss_p, hit_r, miss_r = sums
    if hit_p + miss_p == 0 or hit_r + miss_r == 0:
        return None
    return _f1(_ratio(hit_p, miss_p), _ratio(hit_r, miss_r))


def _counts(prec: Counts, rec: Counts) -> dict[str, tuple[int, int, int, int]]:
    """Strict and lax (precision hits, misses, recall hits, misses)."""
    return {
        "strict": (prec.strict_hit, prec.strict_miss, rec.strict_hit, rec.strict_miss),
        "lax": (prec.lax_hit, prec.lax_miss, rec.lax_hit, rec.lax_miss),
    }


def _by_type(prec: Counts, gold: Sequence[Sequence[Pair]]) -> dict[str, dict]:
    """Per bead type: gold count, strict recall of gold beads, test count, strict precision."""
    gold_types: Counter[str] = Counter()
    for g in gold:
        for bead in {b for b in g if b[0] or b[1]}:
            gold_types[bead_type(bead)] += 1
    out = {}
    for key in sorted(
        set(gold_types) | set(prec.by_type), key=lambda k: tuple(map(int, k.split("-")))
    ):
        hit, total = prec.by_type.get(key, [0, 0])
        out[key] = {
            "gold": gold_types[key],
            "test": total,
            "correct": hit,
            "precision": _ratio(hit, total - hit),
            "recall": hit / gold_types[key] if gold_types[key] else 0.0,
        }
    return out
