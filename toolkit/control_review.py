"""Flags on untouched translations, read against annotators' judgments.

The drift evaluation's controls (`toolkit.divergence_eval.control_rows`) are NTREX sentence
pairs that nobody edited, so `evaluate_controls` counts every flag on them as a false flag.
Some of those flags point at real differences the professional translator made: a clause
left out, an explanation added, a name dropped. data/drift_suite/control_flags.tsv holds
two annotators' independent judgments of each flag raised on the calib2 and test2 controls
(guideline: data/drift_suite/control_flags_guideline.md):

- REAL: the difference is there and a fact-checker would want to see it;
- MINOR: the difference is there but negligible (a filler word, an explicitation);
- FALSE: no difference of the kind the flag names.

A flag is identified by its pair, category and evidence text, so a flag whose evidence a
later rule changed counts as unjudged, and is reported as such.

Example:
    >>> judged = {("p1", "NAME_CHANGED", "name: Kyiv -> ∅"): ("REAL", "REAL")}
    >>> rows = [("p1", "d1", [("NAME_CHANGED", "name: Kyiv -> ∅")]), ("p2", "d1", [])]
    >>> review_flags(rows, judged)["unsupported_pairs"]
    0
"""

from __future__ import annotations

import csv
import re
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from toolkit.errors import InputError
from toolkit.intervals import grouped_wilson

LABELS = ("REAL", "MINOR", "FALSE")
_SCORE = re.compile(r"\d+\.\d+")
COLUMNS = ("split", "pair_id", "category", "evidence", "label_a", "label_b")

FlagKey = tuple[str, str, str]
Judgments = dict[FlagKey, tuple[str, str]]
ControlFlags = tuple[str, str, list[tuple[str, str]]]


def read_judgments(path: str | Path, *, split: str | None = None) -> Judgments:
    """The judgments of `path` (tab-separated, COLUMNS and reasons), for one split or all.

    Raises InputError naming the file and the line for a missing column, an unknown label
    or a flag judged twice.
    """
    path = Path(path)
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            reader = csv.DictReader(handle, delimiter="\t")
            missing = [c for c in COLUMNS if c not in (reader.fieldnames or ())]
            if missing:
                raise InputError(f"{path}: missing columns {', '.join(missing)}")
            judged: Judgments = {}
            lines: dict[tuple[str, FlagKey], int] = {}
            for row in reader:
                labels = (row["label_a"], row["label_b"])
                bad = [label for label in labels if label not in LABELS]
                if bad:
                    raise InputError(
                        f"{path}: line {reader.line_num}: label {bad[0]!r} is not one of "
                        f"{', '.join(LABELS)}"
                    )
                key = flag_key(row["pair_id"], row["category"], row["evidence"])
                if (row["split"], key) in lines:
                    first = lines[row["split"], key]
                    raise InputError(
                        f"{path}: line {reader.line_num}: the flag of line {first} judged again"
                    )
                lines[row["split"], key] = reader.line_num
                if split is None or row["split"] == split:
                    judged[key] = labels
    except OSError as err:
        raise InputError(f"{path}: cannot read ({err.strerror})") from None
    return judged


def flag_key(pair_id: str, category: str, evidence: str) -> FlagKey:
    """How a flag is looked up: its pair, category and evidence, with the model's decimal
    scores in a MEANING_CHANGED evidence ("similarity: 0.82; margin: 1.02") left out, as
    they may move in their last digit on another machine."""
    if category == "MEANING_CHANGED":
        evidence = _SCORE.sub("#", evidence)
    return (pair_id, category, evidence)


def review_flags(rows: Iterable[ControlFlags], judged: Judgments) -> dict[str, object]:
    """Counts over control pairs, each given as (pair id, document id, [(category,
    evidence), ...]), with 95% intervals over documents (`grouped_wilson`).

    A pair is *supported* when both annotators call one of its flags REAL, *supported by
    either* when one does; every other flagged pair is *unsupported*, a pair with an unjudged
    flag and no supported one included, so unjudged flags never lower the rate.
    """
    strict: list[tuple[str, bool]] = []
    lenient: list[tuple[str, bool]] = []
    flagged = unjudged_pairs = 0
    by_category: dict[str, Counter] = {}
    for pair_id, doc_id, flags in rows:
        labels = [judged.get(flag_key(pair_id, category, evidence)) for category, evidence in flags]
        for (category, _), pair_labels in zip(flags, labels, strict=True):
            _count(by_category.setdefault(category, Counter()), pair_labels)
        flagged += bool(flags)
        unjudged_pairs += None in labels
        strict.append((doc_id, bool(flags) and ("REAL", "REAL") not in labels))
        lenient.append((doc_id, bool(flags) and not any(x and "REAL" in x for x in labels)))
    pairs = len(strict)
    unsupported = sum(hit for _, hit in strict)
    return {
        "pairs": pairs,
        "flagged_pairs": flagged,
        "unsupported_pairs": unsupported,
        "unsupported_rate": round(unsupported / max(pairs, 1), 4),
        "unsupported_interval": grouped_wilson(strict),
        "unsupported_rate_either": round(sum(hit for _, hit in lenient) / max(pairs, 1), 4),
        "pairs_with_unjudged_flags": unjudged_pairs,
        "by_category": {c: dict(sorted(n.items())) for c, n in sorted(by_category.items())},
    }


def _count(counts: Counter, labels: tuple[str, str] | None) -> None:
    """One flag's judgments added to its category's counts."""
    counts["flags"] += 1
    if labels is None:
        counts["unjudged"] += 1
    elif labels[0] == labels[1]:
        counts["both " + labels[0]] += 1
    else:
        counts["disagreed"] += 1


def agreement(judged: Judgments) -> dict[str, float]:
    """Raw agreement and Cohen's kappa of the two annotators: on the three labels, and on
    REAL against the other two."""
    pairs = list(judged.values())
    out: dict[str, float] = {"flags": float(len(pairs))}
    for name, fold in (("labels", lambda x: x), ("real", lambda x: x == "REAL")):
        a = [fold(p[0]) for p in pairs]
        b = [fold(p[1]) for p in pairs]
        out[f"agreement_{name}"], out[f"kappa_{name}"] = _kappa(a, b)
    return out


def _kappa(a: list[object], b: list[object]) -> tuple[float, float]:
    """Observed agreement and Cohen's kappa of two label lists (kappa 1.0 when chance
    agreement is already complete)."""
    n = len(a)
    if not n:
        return float("nan"), float("nan")
    observed = sum(x == y for x, y in zip(a, b, strict=True)) / n
    ca, cb = Counter(a), Counter(b)
    expected = sum(ca[k] * cb[k] for k in ca) / (n * n)
    kappa = 1.0 if expected == 1 else (observed - expected) / (1 - expected)
    return round(observed, 4), round(kappa, 4)
