"""Split DEMETR ru-en by source sentence into calib (30 sources) and test (the other 70).

Writes data/demetr_ru_en/split.tsv (id, split, src_sent), one row per DEMETR source id;
every one of the 35 perturbation rows of an id belongs to that id's split.

Usage:
    .venv/bin/python bench/make_demetr_split.py [--seed 6] [--out data/demetr_ru_en/split.tsv]

Example:
    .venv/bin/python bench/make_demetr_split.py --out /tmp/split.tsv && head -3 /tmp/split.tsv
"""

from __future__ import annotations

import argparse
import csv
import random
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEMETR = ROOT / "data" / "demetr_ru_en" / "demetr_russian.tsv"
DEFAULT_OUT = ROOT / "data" / "demetr_ru_en" / "split.tsv"
DEFAULT_SEED = 6
CALIB_SOURCES = 30


def read_sources(path: Path = DEMETR) -> dict[int, str]:
    """Each source id with its Russian sentence as first written in the file."""
    sources: dict[int, str] = {}
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
            sources.setdefault(int(row["id"]), row["src_sent"])
    return sources


def split_sources(ids: list[int], *, seed: int = DEFAULT_SEED) -> dict[int, str]:
    """Map each source id to 'calib' (a seeded choice of CALIB_SOURCES ids) or 'test'."""
    order = sorted(ids)
    random.Random(f"{seed}:demetr-split").shuffle(order)
    calib = set(order[:CALIB_SOURCES])
    return {i: "calib" if i in calib else "test" for i in sorted(ids)}


def write_split(sources: dict[int, str], splits: dict[int, str], path: Path) -> None:
    """Write id, split, src_sent as a tab-separated file (UTF-8, LF, no quoting: the DEMETR
    sentences hold no tab or line break)."""
    lines = ["id\tsplit\tsrc_sent"] + [f"{i}\t{splits[i]}\t{sources[i]}" for i in sorted(sources)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8", newline="")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args(argv)
    sources = read_sources()
    splits = split_sources(list(sources), seed=args.seed)
    write_split(sources, splits, args.out)
    calib = sum(1 for s in splits.values() if s == "calib")
    print(f"{args.out}: {len(splits)} sources, {calib} calib, {len(splits) - calib} test")


if __name__ == "__main__":
    main()
