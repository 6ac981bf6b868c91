"""How often each compare feature fires on DEMETR ru-en, calibration split only.

Calibration split: the first 50 source ids (sorted) of data/demetr_ru_en; the rest is left
for the evaluation (issue 6). Rows: clean pairs (src_sent, eng_sent) and, per perturbation
type, critical perturbations with pert_check true (src_sent, pert_sent). No thresholds: a
feature "fires" when its evidence is non-empty (names2 = names on both sides unmatched).

    .venv/bin/python bench/compare_demetr_calibration.py
"""

from __future__ import annotations

import collections
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from toolkit.compare import compare_texts  # noqa: E402

DATA = ROOT / "data" / "demetr_ru_en" / "demetr_russian_all_perturbations.json"
N_CALIBRATION = 50


def fired(f: object) -> dict[str, bool]:
    return {
        "num": bool(f.numbers_only_a or f.numbers_only_b),
        "date": f.date_conflict,
        "num_or_date": bool(f.numbers_only_a or f.numbers_only_b or f.date_conflict),
        "name": bool(f.names_only_a or f.names_only_b),
        "name2": bool(f.names_only_a and f.names_only_b),
        "neg_parity": f.negation_flip,
        "neg_count": f.negation_a != f.negation_b,
        "antonym": bool(f.antonyms),
        "modality": bool(f.modality_flip),
    }


def main() -> None:
    rows = json.loads(DATA.read_text(encoding="utf-8"))
    calibration = set(sorted({r["id"] for r in rows})[:N_CALIBRATION])
    firsts = {}
    for r in rows:
        firsts.setdefault(r["id"], r)
    table: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    sizes: collections.Counter = collections.Counter()
    for i in sorted(calibration):
        r = firsts[i]
        sizes["(clean)"] += 1
        f = compare_texts(r["src_sent"], "ru", r["eng_sent"], "en")
        table["(clean)"].update(k for k, v in fired(f).items() if v)
    for r in rows:
        if r["id"] in calibration and r["severity"] == "critical" and r["pert_check"]:
            kind = r["pert_name"].split("_", 2)[-1]
            sizes[kind] += 1
            f = compare_texts(r["src_sent"], "ru", r["pert_sent"], "en")
            table[kind].update(k for k, v in fired(f).items() if v)
    keys = list(fired(compare_texts("", "ru", "", "en")))
    print("| pairs | n | " + " | ".join(keys) + " |")
    print("|---" * (len(keys) + 2) + "|")
    for kind in sorted(sizes):
        cells = " | ".join(f"{table[kind][k] / sizes[kind]:.0%}" for k in keys)
        print(f"| {kind} | {sizes[kind]} | {cells} |")


if __name__ == "__main__":
    main()
