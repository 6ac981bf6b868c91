"""Evaluate the divergence flags: DEMETR ru-en, the seeded drift suite, the putin-bush key.

    .venv/bin/python bench/eval_divergence.py [--split test|calib|all|calib2|test2]
        [--parts demetr,drift,controls,key,stories,story-drift,fresh] [--seeds 7,8,9]
        [--drift-per-category N] [--context N] [--documents] [--set NAME=VALUE ...]

- demetr: recall per perturbation type, false-positive rate on equivalent pairs, ROC AUC of
  the divergence score, beside embedding cosine alone (toolkit.divergence_eval).
- drift: recall per category and false flags on untouched pairs of data/drift_suite
  (en-uk and en-ru), each row run through the real compare path; beside each recall, the
  share of the category's rows with a flag of any category ("flagged at all").
- controls: false flags on every unedited NTREX sentence pair of the split's documents (about
  four times the drift suite's untouched rows; data/ntrex128).
- --context N (drift, controls): each pair compared inside its NTREX document, with up to N
  sentences before and after it (toolkit.divergence_eval.in_context), and only the flags on
  its sentence counted, as `toolkit run` would read it; writes ...-context<N>.json.
- --set NAME=VALUE (repeatable): a toolkit.flag.Thresholds value changed for this run (a rule
  switched off to see what it does); the files it writes carry the changes in their names, so
  the reported figures are not overwritten.
- --documents (controls): each whole document compared once, as `toolkit run` reads it
  (toolkit.divergence_eval.document_flags), and each sentence's flags counted; no window
  cuts a quote in two. Writes ...-documents.json.
- key: `analyse_story` on texts/putin-bush-nato-2001 against its expected-divergences.csv
  (no split: the key is a test set; it was never used to set a threshold).
- stories: the split's unedited NTREX documents as three-version stories (en, uk, ru; one
  paragraph per line) through `analyse_story` with every version pair, as `toolkit run`
  reads them (toolkit.divergence_eval.evaluate_stories): per pair, the share of the first
  version's sentences a flag lies on (and a flag of severity medium or high), the flags by
  category and by cross-check outcome. The uk-ru pair (two independent translations) is
  measured nowhere else.
- story-drift: the drift suite's rows (numbers, names, dates, negation, dropped words) put
  back into their NTREX documents, edited in one translation, as three-version stories
  (toolkit.divergence_eval.evaluate_story_drift): per category, the drift flagged between
  English and the edited translation, flagged with severity medium or high after the
  cross-check with the other translation, and named as the odd one. `--drift-per-category`
  takes a quicker subset.
- fresh: the drift suite made again by bench/make_drift_suite.py with other generator seeds
  (`--seeds`, default 7,8,9; the committed suite is seed 6), each row given its document's
  committed split, and scored on the split: new rows of the same documents, on which a
  change chosen on calib / calib2 can be checked (session 29 on). Recall per category per
  seed, and pooled. Writes bench/out/fresh-suite-seedN/ and divergence-fresh-<split>.json.

Every rate is printed with its 95% interval (toolkit.intervals): the drift suite's and the
controls' by a bootstrap over NTREX documents (a document's sentence pairs share a topic,
its names and its translator, so they are not independent draws); on a few dozen rows a
recall moves by a tenth or more from one sample to the next.

Thresholds (toolkit.flag.Thresholds) were set on the calib splits only; report test.
calib2 / test2 cut the test documents (DEMETR: the test sources) in two halves
(toolkit.divergence_eval.test_halves): from session 22 on (DEMETR: session 23), changes are
chosen on calib2, whose documents no earlier change was chosen on, and reported on test2.
Embeddings and token vectors are cached on disk, so a rerun costs only the comparisons.
Writes bench/out/divergence-<part>-<split>.json and prints a summary.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("HF_HUB_OFFLINE", "1")

from toolkit.control_review import agreement, read_judgments  # noqa: E402
from toolkit.divergence_eval import (  # noqa: E402
    SUITE_SPLITS,
    category_table,
    evaluate_controls,
    evaluate_demetr,
    evaluate_drift,
    evaluate_key,
    evaluate_stories,
    evaluate_story_drift,
    render_report,
)
from toolkit.errors import InputError  # noqa: E402
from toolkit.flag import DEFAULT_THRESHOLDS, Thresholds  # noqa: E402
from toolkit.intervals import shown  # noqa: E402

OUT = ROOT / "bench" / "out"
JUDGMENTS = ROOT / "data" / "drift_suite" / "control_flags.tsv"
STORY = ROOT / "texts" / "putin-bush-nato-2001"


def _seeds(text: str) -> list[int]:
    try:
        return [int(x) for x in text.split(",") if x.strip()]
    except ValueError:
        raise InputError(f"--seeds {text!r}: expected whole numbers, e.g. 7,8,9") from None


def parse_sets(items: list[str]) -> dict[str, object]:
    """`NAME=VALUE` items as Thresholds changes, each value read as its field's type."""
    types = {name: type(value) for name, value in vars(DEFAULT_THRESHOLDS).items()}
    changes: dict[str, object] = {}
    for item in items:
        name, sep, text = item.partition("=")
        if not sep or name not in types:
            raise InputError(f"--set {item!r}: expected NAME=VALUE with a Thresholds name")
        kind = types[name]
        if kind is bool:
            if text.lower() not in ("true", "false", "1", "0"):
                raise InputError(f"--set {item!r}: {name} takes true or false")
            changes[name] = text.lower() in ("true", "1")
            continue
        try:
            changes[name] = kind(text)
        except ValueError:
            wanted = "a whole number" if kind is int else f"a {kind.__name__}"
            raise InputError(f"--set {item!r}: {name} takes {wanted}") from None
    return changes


def run_demetr(embedder: object, split: str, thresholds: Thresholds) -> dict:
    result = evaluate_demetr(
        ROOT / "data" / "demetr_ru_en", embedder, split=split, thresholds=thresholds
    )
    print(render_report(result))
    return result


def run_drift(
    embedder: object, split: str, per_category: int | None, context: int, thresholds: Thresholds
) -> dict:
    paths = [ROOT / "data" / "drift_suite" / f"en-{lang}.csv" for lang in ("uk", "ru")]
    result = {}
    for path in paths:
        part = evaluate_drift([path], embedder, split=split, per_category=per_category,
                              ntrex_dir=ROOT / "data" / "ntrex128", context=context,
                              thresholds=thresholds)  # fmt: skip
        result[path.stem] = part
        print(f"drift suite {path.stem}, split {split}: false flags on untouched pairs "
              f"{part['false_flag_rate']} (n={part['count'].get('NONE', 0)}), by category "
              f"{part['false_flag_categories']}; "
              f"95% {shown(part['false_flag_interval'])}")  # fmt: skip
        for category, recall in part["recall"].items():
            print(f"  {category:18} recall {recall:.3f} (n={part['count'][category]}), "
                  f"flagged at all {part['flagged_any'][category]:.3f}; "
                  f"95% {shown(part['recall_interval'][category])}")  # fmt: skip
        if part.get("name_or_speaker") is not None:
            share = part["name_or_speaker"]
            print(f"  NAME_CHANGED as a name or as the changed speaker {share:.3f}")
    return result


def fresh_suite(seed: int, out_root: Path = OUT) -> dict[str, Path]:
    """The drift suite as `make_drift_suite.py --seed N` generates it, each row given the
    split its document has in the committed suite (data/drift_suite): fresh rows of the same
    documents, so that a change chosen on calib / calib2 can be checked on rows it was not
    chosen on. Written to `out_root`/fresh-suite-seedN/ (bench/out by default)."""
    from make_drift_suite import generate, write_csv

    if seed == 6:
        raise InputError("--seeds: seed 6 made the committed suite; fresh rows need another")
    out = out_root / f"fresh-suite-seed{seed}"
    paths = {}
    for pair, rows in generate(out, seed=seed, root=ROOT / "data" / "ntrex128").items():
        committed = ROOT / "data" / "drift_suite" / f"{pair}.csv"
        with committed.open(encoding="utf-8", newline="") as handle:
            splits = {r["doc_id"]: r["split"] for r in csv.DictReader(handle)}
        kept = [r | {"split": splits[r["doc_id"]]} for r in rows if r["doc_id"] in splits]
        write_csv(kept, out / f"{pair}.csv")
        paths[pair] = out / f"{pair}.csv"
    return paths


def run_fresh(embedder: object, split: str, seeds: list[int], thresholds: Thresholds) -> dict:
    """Recall per category on fresh generator seeds' rows of `split` (`fresh_suite`), per
    seed and language pair, and pooled over the seeds."""
    result: dict[str, object] = {}
    pooled: dict[str, dict[str, list[int]]] = {}
    for seed in seeds:
        for pair, path in fresh_suite(seed).items():
            part = evaluate_drift([path], embedder, split=split, thresholds=thresholds,
                                  ntrex_dir=ROOT / "data" / "ntrex128")  # fmt: skip
            result[f"seed{seed}-{pair}"] = part
            print(f"fresh seed {seed} {pair}, split {split}: false flags on untouched pairs "
                  f"{part['false_flag_rate']} (n={part['count'].get('NONE', 0)})")  # fmt: skip
            for category, recall in part["recall"].items():
                found, n = part["hits"][category], part["count"][category]
                total = pooled.setdefault(pair, {}).setdefault(category, [0, 0])
                total[0] += found
                total[1] += n
                print(f"  {category:18} recall {recall:.3f} ({found}/{n})")
    for pair, categories in pooled.items():
        line = ", ".join(f"{c} {h}/{n}" for c, (h, n) in categories.items())
        print(f"fresh seeds {','.join(map(str, seeds))} {pair}, split {split}, pooled: {line}")
    result["pooled"] = pooled
    return result


def run_controls(
    embedder: object, split: str, context: int, thresholds: Thresholds, documents: bool = False
) -> dict:
    result = {}
    # the labels judge the flags of single sentence pairs under the default thresholds; in
    # context, as documents or with changed thresholds the evidence differs, so none apply
    plain = not context and not documents and thresholds == DEFAULT_THRESHOLDS
    judged = (read_judgments(JUDGMENTS, split=split) or None) if plain else None
    if judged:
        agreed = agreement(judged)
        print(f"annotators of the {split} control flags ({JUDGMENTS.name}, {len(judged)} flags): "
              f"agree on {agreed['agreement_labels']:.1%} of labels (Cohen's kappa "
              f"{agreed['kappa_labels']:.3f}), on REAL or not {agreed['agreement_real']:.1%} "
              f"(kappa {agreed['kappa_real']:.3f})")  # fmt: skip
    for lang in ("uk", "ru"):
        path = ROOT / "data" / "drift_suite" / f"en-{lang}.csv"
        part = evaluate_controls(ROOT / "data" / "ntrex128", path, embedder, split=split,
                                 context=context, thresholds=thresholds,
                                 documents=documents, judgments=judged)  # fmt: skip
        result[path.stem] = part
        print(f"controls {path.stem}, split {split}: false flags {part['false_flag_rate']} "
              f"(n={part['pairs']}), by category {part['false_flag_categories']}; "
              f"95% {shown(part['false_flag_interval'])}")  # fmt: skip
        for category, share in part["false_flag_rate_by_category"].items():
            print(f"  {category:18} on {share['rate']:.2%} of the pairs; "
                  f"95% {shown(share['interval'], 4)}")  # fmt: skip
        if "reviewed" in part:
            print(reviewed_lines(path.stem, part["reviewed"]))
    return result


def reviewed_lines(name: str, reviewed: dict) -> str:
    """The controls' flags read against the annotators' judgments (toolkit.control_review)."""
    lines = [
        f"  judged ({JUDGMENTS.name}): flags both annotators call REAL leave "
        f"{reviewed['unsupported_pairs']} of {reviewed['pairs']} pairs flagged without support: "
        f"{reviewed['unsupported_rate']} (95% {shown(reviewed['unsupported_interval'])}); "
        f"REAL for either annotator: {reviewed['unsupported_rate_either']}; pairs with an "
        f"unjudged flag: {reviewed['pairs_with_unjudged_flags']}"
    ]
    for category, counts in reviewed["by_category"].items():
        shown_counts = ", ".join(f"{k} {v}" for k, v in counts.items() if k != "flags")
        lines.append(f"    {category:<20} {counts['flags']:>3} flags: {shown_counts}")
    return "\n".join(lines)


def run_stories(embedder: object, split: str, thresholds: Thresholds) -> dict:
    path = ROOT / "data" / "drift_suite" / "en-uk.csv"  # the split's documents
    result = evaluate_stories(ROOT / "data" / "ntrex128", path, embedder, split=split,
                              thresholds=thresholds)  # fmt: skip
    for pair, part in result["pairs"].items():
        print(f"stories {pair}, split {split}: sentences of the first version with a flag "
              f"{part['flagged_share']} (medium or high {part['flagged_share_medium']}; "
              f"n={part['sentences']}), flags by category {part['flags_by_category']}, "
              f"cross-check {part['cross_check']}")  # fmt: skip
    return result


def run_story_drift(
    embedder: object, split: str, per_category: int | None, thresholds: Thresholds
) -> dict:
    paths = [ROOT / "data" / "drift_suite" / f"{pair}.csv" for pair in ("en-uk", "en-ru")]
    result = evaluate_story_drift(ROOT / "data" / "ntrex128", paths, embedder, split=split,
                                  per_category=per_category, thresholds=thresholds)  # fmt: skip
    for pair, categories in result["pairs"].items():
        for category, t in categories.items():
            print(f"story-drift {pair} {category:16} split {split}: rows {t['rows']}, flagged "
                  f"{t.get('flagged', 0)}, medium or high {t.get('flagged_medium', 0)}, odd one "
                  f"named {t.get('odd_one_right', 0)}")  # fmt: skip
    return result


def run_key(embedder: object, thresholds: Thresholds) -> dict:
    from toolkit.ingest import read_story
    from toolkit.pipeline import analyse_story

    analysis = analyse_story(read_story(STORY), embedder, thresholds=thresholds)
    result = evaluate_key(STORY / "expected-divergences.csv", analysis.flags)
    result["signature"] = analysis.signature_string()
    for k in result["keys"]:
        mark = "flagged" if k["flagged"] else "MISSED"
        print(f"  {k['id']} {k['version_a']} -> {k['version_b']} {k['category']:20} {mark}")
    print(f"key recall {result['recall']}")
    for pair, flags in result["false_flags"].items():
        print(f"  false flags {pair}: {len(flags)}")
        for f in flags:
            print(f"    {f['category']:16} {f['evidence']}")
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=SUITE_SPLITS, default="test")
    parser.add_argument("--parts", default="demetr,drift,key")
    parser.add_argument("--model", default=None)
    parser.add_argument(
        "--drift-per-category",
        type=int,
        default=None,
        help="only the first N rows of each category per language pair (a quicker subset)",
    )
    parser.add_argument(
        "--context",
        type=int,
        default=0,
        help="drift and controls: compare each pair inside N sentences of its document each way",
    )
    parser.add_argument(
        "--documents",
        action="store_true",
        help="controls: compare each whole document once, as `toolkit run` reads it",
    )
    parser.add_argument(
        "--seeds",
        default="7,8,9",
        help="fresh: generator seeds whose rows of the split's documents are scored",
    )
    parser.add_argument(
        "--set",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="change a toolkit.flag.Thresholds value for this run (repeatable)",
    )
    args = parser.parse_args()
    changes = parse_sets(args.set)
    thresholds = DEFAULT_THRESHOLDS.replace(**changes)
    tag = "".join(f"-{name}={value}" for name, value in changes.items())
    from toolkit.embed import load_embedder

    embedder = load_embedder(args.model, quiet=True)
    OUT.mkdir(parents=True, exist_ok=True)
    results: dict[str, dict] = {}
    for part in args.parts.split(","):
        start = time.time()
        if part == "demetr":
            result = run_demetr(embedder, args.split, thresholds)
        elif part == "drift":
            per_category = args.drift_per_category
            result = run_drift(embedder, args.split, per_category, args.context, thresholds)
        elif part == "controls":
            documents = args.documents
            result = run_controls(embedder, args.split, args.context, thresholds, documents)
        elif part == "key":
            result = run_key(embedder, thresholds)
        elif part == "stories":
            result = run_stories(embedder, args.split, thresholds)
        elif part == "story-drift":
            per_category = args.drift_per_category
            result = run_story_drift(embedder, args.split, per_category, thresholds)
        elif part == "fresh":
            result = run_fresh(embedder, args.split, _seeds(args.seeds), thresholds)
        else:
            parser.error(f"unknown part {part!r}; valid: demetr, drift, controls, key, stories, "
                         "story-drift, fresh")  # fmt: skip
        result = {
            "part": part,
            "split": args.split,
            "seconds": round(time.time() - start, 1),
            "thresholds_changed": {name: value for name, value in changes.items()},
        } | result
        suffix = f"-context{args.context}" if args.context and part in ("drift", "controls") else ""
        if args.documents and part == "controls":
            suffix = "-documents"
        split = "key" if part == "key" else args.split
        name = f"divergence-{part}-{split}{suffix}{tag}.json"
        (OUT / name).write_text(json.dumps(result, ensure_ascii=False, indent=1), encoding="utf-8")
        print(f"[{part}: {result['seconds']} s, written bench/out/{name}]\n")
        results[part] = result
    if "drift" in results and "controls" in results and not args.documents:
        print(
            f"per category, split {args.split} (recall on the seeded rows; share of the "
            "untouched pairs with a flag of that category):"
        )
        print(category_table(results["drift"], results["controls"]))


if __name__ == "__main__":
    try:
        main()
    except (InputError, OSError) as exc:  # a missing data file: one line, no traceback
        sys.exit(f"eval_divergence: {exc}")
