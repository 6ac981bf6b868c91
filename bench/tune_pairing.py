"""Quote-pairing thresholds against the annotated set: pooled pairing accuracy per setting.

Runs the pairing of `bench/eval_quotes.py` (real default model, `align_pair(mode="auto")`
beads) over the splits named (default: every split) once per `PairParams` override and prints
pooled accuracy, and the same over test18 onwards. Tune only on splits already run: a split
written after the tuning is the held-out check.

    .venv/bin/python bench/tune_pairing.py "" "min_margin_similar=1.02" \\
        "min_margin_similar=1.02,min_margin_cross=1.02,min_margin_aligned=0.98"
    .venv/bin/python bench/tune_pairing.py --exclude test36 ""
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
os.environ.setdefault("HF_HUB_OFFLINE", "1")

import eval_quotes as E  # noqa: E402

from toolkit.quotes.pairing import PairParams  # noqa: E402


def _late(split: str) -> bool:
    return split.startswith("test") and split[4:].isdigit() and int(split[4:]) >= 18


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("settings", nargs="+", help='"field=value,field=value" ("" = defaults)')
    parser.add_argument("--exclude", default="", help="splits to leave out, comma-separated")
    args = parser.parse_args()
    excluded = set(filter(None, args.exclude.split(",")))
    model = E.Model()
    results = [E.evaluate_item(it) for it in E.load_items() if it["split"] not in excluded]
    versions = [
        (ra["item"]["split"], ra, rb, model.beads(ra["sents"], rb["sents"]))
        for _, ra, rb in E.version_pairs(results)
    ]
    for setting in args.settings:
        fields = dict(kv.split("=") for kv in setting.split(",") if kv)
        params = PairParams(**{k: float(v) for k, v in fields.items()})
        ok = n = late_ok = late_n = 0
        for split, ra, rb, beads in versions:
            for got, want in E.pair_outcomes(ra, rb, beads, model, params).values():
                good = got == want
                ok, n = ok + good, n + 1
                if _late(split):
                    late_ok, late_n = late_ok + good, late_n + 1
        print(f"{setting or 'defaults'}: pairing {ok / n:.4f} (n={n}), "
              f"test18+ {late_ok / max(late_n, 1):.4f} (n={late_n})", flush=True)  # fmt: skip


if __name__ == "__main__":
    main()
