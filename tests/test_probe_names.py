"""The name probes of bench/probe_places.py (places, demonyms, people in two cases,
organisations, English spelling patterns, all written from general knowledge) as a
regression guard: each probe passes at least as often as it did after the names version its
table led to (bench/results/drift_suite.md, sessions 32 to 35). No model is needed."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from probe_places import probes, read_table  # noqa: E402

# (kind, probe) -> passes of (2 languages x rows) when the tables were written
FLOORS = {
    ("place", "same"): 658,
    ("place", "pairs"): 658,
    ("place", "changed"): 653,
    ("demonym", "same"): 142,
    ("demonym", "pairs"): 142,
    ("demonym", "changed"): 140,
    ("person", "same"): 469,
    ("person", "pairs"): 466,
    ("person", "changed"): 471,
    ("person genitive", "same"): 467,
    ("person genitive", "pairs"): 461,
    ("person genitive", "changed"): 471,
    ("org", "same"): 238,
    ("org", "pairs"): 227,
    ("org", "changed"): 214,
    ("person", "surname"): 401,
    ("spelling", "same"): 321,
    ("spelling", "pairs"): 301,
    ("spelling", "changed"): 340,
    ("spelling", "surname"): 319,
    ("spelling genitive", "same"): 320,
    ("spelling genitive", "pairs"): 301,
    ("spelling genitive", "changed"): 340,
}


@pytest.fixture(scope="module")
def tally() -> tuple[Counter, Counter]:
    passed: Counter = Counter()
    total: Counter = Counter()
    for kind, rows in read_table().items():
        for probe, _lang, _en, _other, ok in probes(kind, rows):
            passed[kind, probe] += ok
            total[kind, probe] += 1
    return passed, total


def test_every_probe_is_run(tally: tuple[Counter, Counter]) -> None:
    assert set(tally[1]) == set(FLOORS)


@pytest.mark.parametrize(("kind", "probe"), sorted(FLOORS))
def test_a_probe_passes_as_often_as_before(
    kind: str, probe: str, tally: tuple[Counter, Counter]
) -> None:
    passed, total = tally
    assert FLOORS[kind, probe] <= passed[kind, probe] <= total[kind, probe]
