"""Compare-feature diagnostics on faithful translations (NTREX-128 en->uk, en->ru).

Every pair is a professional translation, so a number, date, name or negation difference
found there is a false signal (or a translator's liberty). Prints, per language pair, how
often each feature fires and the time per pair. --split dev (default): documents with an
even index in DOCUMENT_IDS.tsv order, the half the extractors were calibrated on; test: the
odd ones, never looked at while calibrating; all: both.

    .venv/bin/python bench/compare_features.py [--split dev|test|all] [--show N]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from toolkit.compare import compare_texts  # noqa: E402
from toolkit.ntrex import NTREX_FILES  # noqa: E402

DATA = ROOT / "data" / "ntrex128"
FILES = NTREX_FILES
FIELDS = {
    "numbers": lambda f: bool(f.numbers_only_a or f.numbers_only_b),
    "dates": lambda f: f.date_conflict,
    "names": lambda f: bool(f.names_only_a or f.names_only_b),
    "names_both": lambda f: bool(f.names_only_a and f.names_only_b),
    "negation": lambda f: f.negation_flip,
    "antonyms": lambda f: bool(f.antonyms),
    "modality": lambda f: bool(f.modality_flip),
}


def lines(lang: str) -> list[str]:
    return (DATA / FILES[lang]).read_text(encoding="utf-8").splitlines()


def split_rows(n: int, split: str) -> list[int]:
    docs = [line.split("\t")[0] for line in (DATA / "DOCUMENT_IDS.tsv").read_text().splitlines()]
    order = list(dict.fromkeys(docs))
    parity = {d: i % 2 for i, d in enumerate(order)}
    wanted = {"dev": {0}, "test": {1}, "all": {0, 1}}[split]
    return [i for i in range(n) if parity[docs[i]] in wanted]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--split", choices=["dev", "test", "all"], default="dev")
    parser.add_argument("--show", type=int, default=0, help="print N firing examples per feature")
    args = parser.parse_args()
    en = lines("en")
    rows = split_rows(len(en), args.split)
    for lang in ("uk", "ru"):
        other = lines(lang)
        counts = dict.fromkeys(FIELDS, 0)
        shown = dict.fromkeys(FIELDS, 0)
        start = time.perf_counter()
        for i in rows:
            f = compare_texts(en[i], "en", other[i], lang)
            for name, fires in FIELDS.items():
                if fires(f):
                    counts[name] += 1
                    if shown[name] < args.show:
                        shown[name] += 1
                        print(f"[{name}] {i}: {en[i]}\n    {other[i]}\n    {_evidence(f)}")
        elapsed = time.perf_counter() - start
        n = len(rows)
        rates = ", ".join(f"{k} {v / n:.1%}" for k, v in counts.items())
        per_pair = elapsed / n * 1000
        print(f"{args.split} en-{lang}: {n} pairs, {per_pair:.1f} ms/pair; fires on: {rates}")


def _evidence(f: object) -> str:
    keys = (
        *("numbers_only_a", "numbers_only_b", "dates_only_a", "dates_only_b"),
        *("names_only_a", "names_only_b", "negation_cues_a", "negation_cues_b", "antonyms"),
        "modality_flip",
    )
    return "; ".join(f"{k}={getattr(f, k)}" for k in keys if getattr(f, k))


if __name__ == "__main__":
    main()
