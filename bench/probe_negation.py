"""Do faithful idiomatic translations stay unflagged, and is a removed negation flagged?

Each row of bench/negation_probe.tsv is an English sentence with a faithful Ukrainian and
Russian translation that says it with a negation the English does not spell ("The fans
stayed awake all night." / "Вболівальники не спали всю ніч."; "He kept his promise." / "Він
не порушив обіцянки."). Written from general knowledge for session 33, not from any
evaluation set. Each pair goes through the real compare and flag path, one sentence per
version, as the drift suite's rows do (`toolkit.divergence_eval`, the default model):

- faithful: the pair as written; no NEGATION_FLIP may be flagged;
- flipped: the first "не" of the translation deleted, so it says the opposite; a
  NEGATION_FLIP should be flagged.

    .venv/bin/python bench/probe_negation.py            # the pairs it gets wrong, then counts
    .venv/bin/python bench/probe_negation.py --counts   # counts only

bench/negation_probe2.tsv (session 34, written by a helper agent from general knowledge)
holds 106 more sentences of two kinds: an English negation the translation says without
one ("He is no longer hopeful." / "Він втратив надію."), and a translation's negation the
English says without one ("The airport remains closed." / "Аеропорт досі не працює."),
each with a hand-made flipped translation (`uk_flipped`, `ru_flipped`) that says the
opposite ("Він не втратив надії.").

    .venv/bin/python bench/probe_negation.py --table bench/negation_probe2.tsv
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from toolkit.divergence_eval import _flagged_rows, _token_embedder  # noqa: E402
from toolkit.embed import load_embedder  # noqa: E402

TABLE = ROOT / "bench" / "negation_probe.tsv"
_FIRST_NE = re.compile(r"(?<![\w-])(?:не|Не) ")


def probe_rows(path: Path = TABLE) -> list[dict[str, str]]:
    """Drift-suite-shaped rows: each translation as written (category NONE) and its flipped
    form (category NEGATION_FLIP): the table's `uk_flipped` / `ru_flipped` where it has them,
    else the translation without its first "не" (where it has one)."""
    with path.open(encoding="utf-8", newline="") as handle:
        table = list(csv.DictReader(handle, delimiter="\t"))
    rows = []
    for k, entry in enumerate(table):
        for lang in ("uk", "ru"):
            base = {"id": f"n{k}-{lang}", "lang_pair": f"en-{lang}", "text_en": entry["en"],
                    "speaker_en": "", "speaker_tgt": ""}  # fmt: skip
            rows.append(base | {"text_tgt": entry[lang], "category": "NONE"})
            flipped = entry.get(f"{lang}_flipped") or _FIRST_NE.sub("", entry[lang], count=1)
            if flipped != entry[lang]:
                flip = {"id": base["id"] + "-flip", "text_tgt": flipped}
                rows.append(base | flip | {"category": "NEGATION_FLIP"})
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--counts", action="store_true", help="print the counts only")
    parser.add_argument("--table", type=Path, default=TABLE, help="the probe table")
    args = parser.parse_args()
    embedder = load_embedder(quiet=True)
    tally: dict[tuple[str, str], list[int]] = {}
    rows = probe_rows(args.table)
    for row, flags in _flagged_rows(rows, embedder, _token_embedder(embedder)):
        flagged = "NEGATION_FLIP" in set(flags["category"].to_list())
        wanted = row["category"] == "NEGATION_FLIP"
        probe = "flipped" if wanted else "faithful"
        counts = tally.setdefault((probe, row["lang_pair"]), [0, 0])
        counts[0] += flagged == wanted
        counts[1] += 1
        if flagged != wanted and not args.counts:
            print(f"WRONG {probe} {row['lang_pair']}: {row['text_en']} | {row['text_tgt']}")
    for (probe, pair), (passed, total) in sorted(tally.items()):
        print(f"{probe:9} {pair} {passed}/{total} pass")


if __name__ == "__main__":
    main()
