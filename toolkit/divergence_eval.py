"""Evaluating the divergence flags on labelled data: DEMETR ru-en, the drift suite, a story key.

- DEMETR (data/demetr_ru_en): (src_sent, eng_sent) is equivalent, (src_sent, pert_sent)
  with severity critical and pert_check true is divergent. Each pair is compared as one
  aligned unit; flagged = any flag. Reported beside embedding cosine alone, whose threshold
  is set on the calib split to a 5% false-positive rate there.
- Drift suite (data/drift_suite): each row is a one-sentence "version pair" run through the
  real compare path (beads, quotes and their pairing, compare, flag); with `context`, inside
  the sentences around it in its NTREX document (`in_context`), the flags on it counted.
- A story key (texts/<story>/expected-divergences.csv) against `analyse_story` flags.
- Stories (`evaluate_stories`): untouched NTREX documents as three-version stories through
  `analyse_story`, every version pair, Ukrainian-Russian included.
- Drift in stories (`evaluate_story_drift`): drift-suite rows put back into their
  documents, edited in one translation only, as three-version stories: is the drift still
  flagged at severity medium or high after the cross-check with the other translation
  (toolkit.crosscheck), and is the edited translation named as the odd one?

Thresholds are calibrated on the calib splits only; figures are reported on test.

Example:
    >>> result = evaluate_demetr("data/demetr_ru_en", load_embedder())  # doctest: +SKIP
    >>> round(result["auc"], 3)  # doctest: +SKIP
"""

from __future__ import annotations

import csv
import functools
import random
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path

import numpy as np
import polars as pl

from toolkit.compare import compare_texts
from toolkit.compare.pairs import VersionPair, compare_versions, word_vector_function
from toolkit.control_review import ControlFlags, Judgments, review_flags
from toolkit.crosscheck import odd_version
from toolkit.errors import InputError
from toolkit.flag import (
    DEFAULT_THRESHOLDS,
    Thresholds,
    divergence_score,
    find_divergences,
    flag_features,
)
from toolkit.ingest.normalise import normalise
from toolkit.intervals import (
    GROUPED_METHOD,
    METHOD,
    bootstrap_auc,
    grouped_wilson,
    pairwise_wins,
    shown,
    wilson,
)
from toolkit.ntrex import NTREX_FILES
from toolkit.schemas import BEADS

TARGET_FPR = 0.05
HALVES = ("calib2", "test2")
SUITE_SPLITS = ("calib", "test", "all", *HALVES)
KEY_TYPES = ("numbers_replaced", "ne_replaced", "negation")
MIRROR = {
    "WORDS_DROPPED": "WORDS_ADDED",
    "WORDS_ADDED": "WORDS_DROPPED",
    "DEQUOTED": "PARAPHRASE_AS_QUOTE",
    "PARAPHRASE_AS_QUOTE": "DEQUOTED",
}


def roc_auc(positive: list[float], negative: list[float]) -> float:
    """Probability that a random positive scores above a random negative (ties count half)."""
    if not positive or not negative:
        return float("nan")
    return float(pairwise_wins(positive, negative).mean())


def _read_tsv(path: Path) -> list[dict[str, str]]:
    if not path.is_file():
        raise InputError(f"{path}: no such file")
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


def as_ingested(text: str) -> str:
    """`text` as `toolkit run` reads a version: ingest's normalisation (no-break and other
    spaces become one space, invisible characters go, apostrophes inside words become ',
    NFC), then stripped. The evaluations read their sentences from data files, not through
    ingest, and must see what the product sees."""
    return normalise(text)[0].strip()


def demetr_pairs(data_dir: str | Path, *, split: str) -> list[dict[str, object]]:
    """The DEMETR pairs of `split` (one of SUITE_SPLITS: calib, test, all, or a half of test,
    calib2 / test2, as `test_halves` cuts the test sources): id, type, label, src, tgt.

    type is "equivalent" (eng_sent), "equivalent_mt" (mt_sent, also equivalent) or the
    perturbation name without its "critical_idNN_" prefix.
    """
    folder = Path(data_dir)
    _check_split(split)
    rows = _read_tsv(folder / "demetr_russian.tsv")
    members = split_members({r["id"]: r["split"] for r in _read_tsv(folder / "split.tsv")}, split)
    pairs: list[dict[str, object]] = []
    seen: set[str] = set()
    for r in rows:
        if members is not None and r["id"] not in members:
            continue
        if r["id"] not in seen:
            seen.add(r["id"])
            pairs.append(
                {
                    "id": r["id"],
                    "type": "equivalent",
                    "label": 0,
                    "src": as_ingested(r["src_sent"]),
                    "tgt": as_ingested(r["eng_sent"]),
                }
            )
            pairs.append(
                {
                    "id": r["id"],
                    "type": "equivalent_mt",
                    "label": 0,
                    "src": as_ingested(r["src_sent"]),
                    "tgt": as_ingested(r["mt_sent"]),
                }
            )
        if r["severity"] == "critical" and r["pert_check"] == "True":
            kind = r["pert_name"].split("_", 2)[-1]
            pairs.append(
                {
                    "id": r["id"],
                    "type": kind,
                    "label": 1,
                    "src": as_ingested(r["src_sent"]),
                    "tgt": as_ingested(r["pert_sent"]),
                }
            )
    return pairs


def score_demetr_pairs(
    pairs: list[dict[str, object]],
    embedder: object,
    *,
    tokens: object | None = None,
    thresholds: Thresholds = DEFAULT_THRESHOLDS,
) -> list[dict[str, object]]:
    """Each pair with its features row, cosine, findings and divergence score."""
    texts = sorted({str(p["src"]) for p in pairs} | {str(p["tgt"]) for p in pairs})
    vectors = dict(zip(texts, embedder.encode(texts), strict=True))
    words: Callable | None = None
    if tokens is not None:
        tokens.prefetch(texts)
        words = word_vector_function(tokens)
    out = []
    for p in pairs:
        src, tgt = str(p["src"]), str(p["tgt"])
        cos = round(float(vectors[src] @ vectors[tgt]), 6)
        row = compare_texts(
            src, "ru", tgt, "en", similarity=cos, token_vectors=words, encode=embedder.encode
        ).record()
        row |= {"kind": "unit", "text_a": src, "text_b": tgt}
        found = find_divergences(row, thresholds)
        categories = sorted({f.category for f in found})
        score = divergence_score(row, thresholds)
        out.append(p | {"cosine": cos, "row": row, "categories": categories, "score": score})
    return out


def cosine_threshold(scored: list[dict[str, object]], *, fpr: float = TARGET_FPR) -> float:
    """The cosine below which a pair is called divergent, giving at most `fpr` false positives
    on the equivalent (eng_sent) pairs of `scored` (the calib split)."""
    eq = sorted(float(p["cosine"]) for p in scored if p["type"] == "equivalent")
    if not eq:
        raise InputError("no equivalent pairs to set the cosine threshold")
    allowed = int(np.floor(fpr * len(eq)))
    return eq[allowed]  # cos < eq[allowed] flags at most `allowed` equivalents


def demetr_report(scored: list[dict[str, object]], *, cosine_at: float) -> dict[str, object]:
    """Recall per type, false-positive rates and ROC AUC, for the flags and for cosine alone."""
    by_type: dict[str, list[dict]] = defaultdict(list)
    for p in scored:
        by_type[str(p["type"])].append(p)

    def rate(items: list[dict], hit: Callable[[dict], bool]) -> float:
        return round(sum(hit(p) for p in items) / len(items), 4) if items else float("nan")

    flagged = lambda p: bool(p["categories"])  # noqa: E731
    cos_flagged = lambda p: float(p["cosine"]) < cosine_at  # noqa: E731
    divergent = [p for p in scored if p["label"] == 1]
    equivalent = by_type.get("equivalent", [])
    mt = by_type.get("equivalent_mt", [])
    types = sorted(t for t in by_type if not t.startswith("equivalent"))
    return {
        "pairs": len(scored),
        "equivalent": len(equivalent),
        "divergent": len(divergent),
        "auc": round(roc_auc([p["score"] for p in divergent], [p["score"] for p in equivalent]), 4),
        "auc_cosine": round(
            roc_auc([-p["cosine"] for p in divergent], [-p["cosine"] for p in equivalent]), 4
        ),
        "auc_mt": round(roc_auc([p["score"] for p in divergent], [p["score"] for p in mt]), 4),
        "auc_mt_cosine": round(
            roc_auc([-p["cosine"] for p in divergent], [-p["cosine"] for p in mt]), 4
        ),
        "fpr": rate(equivalent, flagged),
        "fpr_cosine": rate(equivalent, cos_flagged),
        "fpr_mt": rate(mt, flagged),
        "fpr_mt_cosine": rate(mt, cos_flagged),
        "recall": {t: rate(by_type[t], flagged) for t in types},
        "recall_cosine": {t: rate(by_type[t], cos_flagged) for t in types},
        "count": {t: len(by_type[t]) for t in types},
        "recall_all": rate(divergent, flagged),
        "recall_all_cosine": rate(divergent, cos_flagged),
        "cosine_threshold": round(cosine_at, 6),
        "false_positive_categories": _category_counts(p for p in equivalent if p["categories"]),
        "recall_interval": {t: _interval(by_type[t], flagged) for t in types},
        "recall_all_interval": _interval(divergent, flagged),
        "fpr_interval": _interval(equivalent, flagged),
        "fpr_mt_interval": _interval(mt, flagged),
        "auc_interval": bootstrap_auc(
            [(p["id"], p["score"]) for p in divergent], [(p["id"], p["score"]) for p in equivalent]
        ),
        "intervals": METHOD,
    }


def _interval(items: list[dict], hit: Callable[[dict], bool]) -> tuple[float, float]:
    """The 95% Wilson interval of the share of `items` that `hit`."""
    return wilson(sum(hit(p) for p in items), len(items))


def _category_counts(items: object) -> dict[str, int]:
    counts: dict[str, int] = defaultdict(int)
    for p in items:  # type: ignore[attr-defined]
        for c in p["categories"]:
            counts[c] += 1
    return dict(sorted(counts.items()))


def evaluate_demetr(
    data_dir: str | Path,
    embedder: object,
    *,
    split: str = "test",
    thresholds: Thresholds = DEFAULT_THRESHOLDS,
    words: bool = True,
) -> dict[str, object]:
    """The DEMETR ru-en evaluation of `split`; the cosine baseline's threshold comes from calib."""
    from toolkit.embed.tokens import TokenEmbedder

    tokens = TokenEmbedder(embedder) if words else None
    if tokens is not None and not tokens.available:
        tokens = None
    calib = [p for p in demetr_pairs(data_dir, split="calib") if p["type"] == "equivalent"]
    cal_scored = score_demetr_pairs(calib, embedder, tokens=None, thresholds=thresholds)
    scored = score_demetr_pairs(demetr_pairs(data_dir, split=split), embedder, tokens=tokens,
                                thresholds=thresholds)  # fmt: skip
    result = demetr_report(scored, cosine_at=cosine_threshold(cal_scored))
    result |= {"split": split, "model": str(getattr(embedder, "signature", "")),
               "flag": thresholds.fragment(), "words": tokens is not None}  # fmt: skip
    return result


def render_report(result: dict[str, object]) -> str:
    """The DEMETR evaluation as a plain-text table, the flags' figures with their 95%
    intervals (`toolkit.intervals`)."""
    lines = [
        f"DEMETR ru-en, split {result['split']}: {result['divergent']} divergent, "
        f"{result['equivalent']} equivalent pairs (model {result['model']}, flag {result['flag']})",
        f"{'perturbation':24}{'n':>5}{'flags':>9}{'95% interval':>17}{'cosine':>9}",
    ]
    recall, recall_cos, count = result["recall"], result["recall_cosine"], result["count"]
    spans = result.get("recall_interval", {})
    for t in recall:  # type: ignore[union-attr]
        lines.append(_row(t, count[t], recall[t], spans.get(t), recall_cos[t]))  # type: ignore[index,union-attr]
    rows = (
        ("all divergent (recall)", "divergent", "recall_all", "recall_all_cosine"),
        ("equivalent (FPR)", "equivalent", "fpr", "fpr_cosine"),
        ("equivalent MT (FPR)", "equivalent", "fpr_mt", "fpr_mt_cosine"),
    )
    for label, n, key, cos_key in rows:
        lines.append(_row(label, result[n], result[key], result.get(f"{key}_interval"),
                          result[cos_key]))  # fmt: skip
    lines.append(_row("ROC AUC", None, result["auc"], result.get("auc_interval"),
                      result["auc_cosine"]))  # fmt: skip
    if "auc_mt" in result:
        lines.append(_row("ROC AUC vs MT", None, result["auc_mt"], None, result["auc_mt_cosine"]))
    lines.append(
        f"cosine baseline flags cos < {result['cosine_threshold']} (5% FPR on calib equivalents)"
    )
    if "intervals" in result:
        lines.append(str(result["intervals"]))
    return "\n".join(lines) + "\n"


def _row(label: str, n: object, value: object, span: object, cosine: object) -> str:
    count = f"{n:5d}" if isinstance(n, int) else " " * 5
    text = shown(span) if span else ""  # type: ignore[arg-type]
    return f"{label:24}{count}{value:9.3f}{text:>17}{cosine:9.3f}"


# ---- drift suite -----------------------------------------------------------------------


def test_halves(docs: list[str]) -> dict[str, frozenset[str]]:
    """The test documents (drift suite) or sources (DEMETR) cut in two halves, "calib2" and
    "test2" (a seeded shuffle of the sorted ids; the same for both language pairs of the
    drift suite, which share their documents).

    Twenty sessions of changes chosen on calib took its false flags from 22% to 9% while
    test went from 33% to 17%: calib no longer tells what generalises. From session 22 on,
    drift-suite changes are chosen on calib2 and reported on test2 only; from session 23 on,
    DEMETR's too (its calib has 30 sources, every one of them read many times)."""
    order = sorted(docs)
    random.Random("drift-suite-halves").shuffle(order)
    cut = len(order) // 2
    return {"calib2": frozenset(order[:cut]), "test2": frozenset(order[cut:])}


def _check_split(split: str) -> None:
    if split not in SUITE_SPLITS:
        raise InputError(f"unknown split {split!r}; valid: {', '.join(SUITE_SPLITS)}")


def split_members(assigned: dict[str, str], split: str) -> frozenset[str] | None:
    """The ids that `assigned` (id -> "calib" or "test": drift-suite documents, DEMETR
    sources) puts in `split`: calib, test, or a half of test (calib2 / test2,
    `test_halves`); None for "all"."""
    _check_split(split)
    if split == "all":
        return None
    if split in HALVES:
        return test_halves([i for i, s in assigned.items() if s == "test"])[split]
    return frozenset(i for i, s in assigned.items() if s == split)


def drift_rows(
    path: str | Path, *, split: str, per_category: int | None = None
) -> list[dict[str, str]]:
    """The rows of one drift-suite CSV in `split` (one of SUITE_SPLITS: calib, test, all, or
    a half of test, calib2 / test2); with `per_category`, only the first that many rows of
    each category (file order)."""
    path = Path(path)
    if not path.is_file():
        raise InputError(f"{path}: no such file")
    _check_split(split)
    with open(path, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    members = split_members({r["doc_id"]: r["split"] for r in rows}, split)
    rows = [r for r in rows if members is None or r["doc_id"] in members]
    for r in rows:
        r["text_en"], r["text_tgt"] = as_ingested(r["text_en"]), as_ingested(r["text_tgt"])
    return _first_per_category(rows, per_category)


def control_rows(
    ntrex_dir: str | Path, suite_path: str | Path, *, split: str
) -> list[dict[str, str]]:
    """Every NTREX sentence pair, unedited, of the documents the drift suite puts in `split`
    (a control set about four times the suite's NONE rows: each counts as untouched).

    `ntrex_dir` holds DOCUMENT_IDS.tsv and the newstest2019 files; `suite_path` is one drift
    suite CSV (its language pair and its documents' split)."""
    ntrex_dir = Path(ntrex_dir)
    rows = drift_rows(suite_path, split=split)
    if not rows:
        raise InputError(f"{suite_path}: no rows in split {split!r}")
    pair = rows[0]["lang_pair"]
    docs = {r["doc_id"] for r in rows}
    ids, en, tgt = _ntrex(str(ntrex_dir), pair.split("-")[1])
    return [
        {"id": f"{pair}-control-{n + 1:04d}", "lang_pair": pair, "doc_id": doc, "line": str(n + 1),
         "category": "NONE", "text_en": as_ingested(en[n]), "text_tgt": as_ingested(tgt[n])}
        for n, doc in enumerate(ids)
        if doc in docs and n < len(en) and n < len(tgt) and en[n].strip() and tgt[n].strip()
    ]  # fmt: skip


@functools.lru_cache(maxsize=4)
def _ntrex(ntrex_dir: str, lang: str) -> tuple[list[str], list[str], list[str]]:
    """NTREX's document id per line, the English lines and the `lang` lines."""
    folder = Path(ntrex_dir)
    ids = (folder / "DOCUMENT_IDS.tsv").read_text(encoding="utf-8").split("\n")
    en = (folder / NTREX_FILES["en"]).read_text(encoding="utf-8").split("\n")
    tgt = (folder / NTREX_FILES[lang]).read_text(encoding="utf-8").split("\n")
    return ids, en, tgt


def in_context(
    row: dict[str, str], ntrex_dir: str | Path, context: int
) -> tuple[list[str], list[str], int]:
    """The row's two sentences with up to `context` sentences of its NTREX document before and
    after them (as ingested; the row's own texts in the middle), and the middle's index.

    The drift suite and the controls compare one sentence pair at a time, but `toolkit run`
    reads whole documents: there a quote that runs over several sentences has both its marks,
    and a pronoun its antecedent."""
    if context < 0:
        raise InputError(f"context must be 0 or more sentences, got {context}")
    ids, en, tgt = _ntrex(str(ntrex_dir), row["lang_pair"].split("-")[1])
    n = int(row["line"]) - 1
    if not 0 <= n < len(ids) or ids[n] != row["doc_id"]:
        raise InputError(
            f"{row['id']}: line {row['line']} is not in NTREX document {row['doc_id']}"
        )
    near = [k for k in range(n - context, n + context + 1)
            if 0 <= k < min(len(ids), len(en), len(tgt)) and ids[k] == row["doc_id"]
            and en[k].strip() and tgt[k].strip()]  # fmt: skip
    lines_en = [row["text_en"] if k == n else as_ingested(en[k]) for k in near]
    lines_tgt = [row["text_tgt"] if k == n else as_ingested(tgt[k]) for k in near]
    return lines_en, lines_tgt, near.index(n)


def evaluate_controls(
    ntrex_dir: str | Path,
    suite_path: str | Path,
    embedder: object,
    *,
    split: str = "calib",
    thresholds: Thresholds = DEFAULT_THRESHOLDS,
    context: int = 0,
    documents: bool = False,
    judgments: Judgments | None = None,
) -> dict[str, object]:
    """False flags on every untouched sentence pair of the split's documents, by category
    (counts, and each category's share of the pairs, `category_rates`); with `context`,
    each pair compared inside its document (`in_context`); with `documents`, each whole
    document compared once (`document_flags`), as `toolkit run` reads it, and the flags
    counted on the sentences they lie on. With `judgments`
    (`toolkit.control_review.read_judgments`), also the flags read against annotators'
    judgments of them (`review_flags`, under "reviewed")."""
    rows = control_rows(ntrex_dir, suite_path, split=split)
    tokens = _token_embedder(embedder)
    if documents:
        found = document_flags(rows, embedder, tokens, thresholds)
    else:
        found = _flagged_rows(rows, embedder, tokens, thresholds, ntrex_dir=ntrex_dir,
                              context=context)  # fmt: skip
    pair_categories: list[tuple[str, set[str]]] = []  # (document, categories) per pair
    reviewed: list[ControlFlags] = []
    for row, flags in found:
        pair_categories.append((row["doc_id"], set(flags["category"].to_list())))
        reviewed.append((row["id"], row["doc_id"], flags.select("category", "evidence").rows()))
    extra = {"reviewed": review_flags(reviewed, judgments)} if judgments is not None else {}
    per_document = [(doc, bool(cats)) for doc, cats in pair_categories]
    by_category = Counter(c for _, cats in pair_categories for c in cats)
    ordered = dict(sorted(by_category.items(), key=lambda kv: -kv[1]))
    return {
        "split": split,
        "context": "documents" if documents else context,
        "pairs": len(rows),
        "false_flag_rate": round(sum(hit for _, hit in per_document) / max(len(rows), 1), 4),
        "false_flag_interval": grouped_wilson(per_document),
        "false_flag_categories": ordered,
        "false_flag_rate_by_category": category_rates(pair_categories, list(ordered)),
        "intervals": GROUPED_METHOD,
    } | extra


def category_rates(
    pairs: list[tuple[str, set[str]]], categories: list[str]
) -> dict[str, dict[str, object]]:
    """For each of `categories`, the share of `pairs` (document id, the categories flagged on
    the pair) that carry a flag of it, with its 95% interval (`grouped_wilson`): how often
    an untouched pair raises that one category, the rate to set beside the category's
    recall."""
    return {
        c: {
            "rate": round(sum(c in cats for _, cats in pairs) / max(len(pairs), 1), 4),
            "interval": grouped_wilson([(doc, c in cats) for doc, cats in pairs]),
        }
        for c in categories
    }


def category_table(drift: dict[str, dict], controls: dict[str, dict]) -> str:
    """A markdown table, one row per drift-suite category: for each language pair its recall
    on the seeded rows (`evaluate_drift`), the share of untouched pairs that carry a flag of
    that category (`evaluate_controls`' false_flag_rate_by_category), each with its 95%
    interval, and how many of those flags both annotators judged REAL (where the controls
    were read against judgments). `drift` and `controls` map a language pair to its result
    on one split (other keys, such as eval_divergence's "part" and "seconds", are passed
    over)."""
    pairs = [p for p, part in drift.items() if isinstance(part, dict) and "recall" in part
             and p in controls]  # fmt: skip
    head = "| category | " + " | ".join(
        f"{p} recall | {p} untouched pairs with this flag | {p} of those flags, both REAL"
        for p in pairs
    )
    lines = [head + " |", "|---" * (1 + 3 * len(pairs)) + "|"]
    categories = sorted({c for p in pairs for c in drift[p]["recall"]})
    for category in categories:
        cells = [category]
        for p in pairs:
            cells += _category_cells(drift[p], controls[p], category)
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def _category_cells(drift: dict, controls: dict, category: str) -> list[str]:
    """Recall, false-flag share and judged-REAL count of one category for one pair ("-"
    for a recall the pair's suite rows do not give)."""
    recall = "-"
    if category in drift["recall"]:
        recall = f"{drift['recall'][category]:.3f} ({shown(drift['recall_interval'][category])})"
    rates = controls.get("false_flag_rate_by_category", {})
    # a category that no untouched pair raised: 0 of n, Wilson's interval
    share = rates.get(category) or {"rate": 0.0, "interval": wilson(0, controls["pairs"])}
    lo, hi = share["interval"]
    flagged = f"{share['rate']:.2%} ({lo:.1%}-{hi:.1%})"
    judged = controls.get("reviewed", {}).get("by_category", {}).get(category)
    real = f"{judged.get('both REAL', 0)} of {judged['flags']}" if judged else "-"
    return [recall, flagged, real]


STORY_PAIRS = (("en", "uk"), ("en", "ru"), ("uk", "ru"))


def evaluate_stories(
    ntrex_dir: str | Path,
    suite_path: str | Path,
    embedder: object,
    *,
    split: str = "calib",
    thresholds: Thresholds = DEFAULT_THRESHOLDS,
) -> dict[str, object]:
    """Each NTREX document of the split's documents as one story of three versions
    (English, Ukrainian, Russian; one paragraph per NTREX line) through `analyse_story` with
    every version pair, as `toolkit run` reads it. Per version pair: the share of the first
    version's sentences that a flag lies on (`flagged_share`; `flagged_share_medium`: a flag
    of severity medium or high), the flags by category and by their cross-check
    (toolkit.crosscheck: "odd one", "seen", "not seen").
    Nothing is edited, so on en-uk and en-ru every flag is false, as on the controls. The
    Ukrainian-Russian pair is two independent translations of one English text, which
    really differ now and then (one rounds a conversion, one leaves a clause out): its
    figure is what a reviewer sees there, a bound on its false flags, and no other part
    measures it."""
    import tempfile

    from toolkit.pipeline import analyse_story

    docs = sorted({r["doc_id"] for r in drift_rows(suite_path, split=split)})
    if not docs:
        raise InputError(f"{suite_path}: no rows in split {split!r}")
    flagged = {p: 0 for p in STORY_PAIRS}
    raised = {p: 0 for p in STORY_PAIRS}
    sentences = {p: 0 for p in STORY_PAIRS}
    categories: dict[tuple[str, str], dict[str, int]] = {p: defaultdict(int) for p in STORY_PAIRS}
    checks: dict[tuple[str, str], dict[str, int]] = {p: defaultdict(int) for p in STORY_PAIRS}
    with tempfile.TemporaryDirectory() as tmp:
        for doc in docs:
            versions = _story_versions(ntrex_dir, doc, Path(tmp) / doc)
            analysis = analyse_story(versions, embedder, thresholds=thresholds, pairs="all")
            counts = analysis.sentences.group_by("version").len()
            count = dict(zip(counts["version"], counts["len"], strict=True))
            medium = analysis.flags.filter(pl.col("severity") != "low")
            for pair in STORY_PAIRS:
                on, cats = _pair_flags(analysis.flags, *pair)
                flagged[pair] += len(on)
                raised[pair] += len(_pair_flags(medium, *pair)[0])
                sentences[pair] += count.get(f"ntrex.{pair[0]}", 0)
                for c in cats:
                    categories[pair][c] += 1
                for check in _pair_checks(analysis.flags, *pair):
                    checks[pair][check] += 1
    return {
        "split": split,
        "documents": len(docs),
        "pairs": {
            f"{a}-{b}": {
                "sentences": sentences[(a, b)],
                "flagged_share": round(flagged[(a, b)] / max(sentences[(a, b)], 1), 4),
                "flagged_share_medium": round(raised[(a, b)] / max(sentences[(a, b)], 1), 4),
                "flags_by_category": _by_count(categories[(a, b)]),
                "cross_check": _by_count(checks[(a, b)]),
            }
            for a, b in STORY_PAIRS
        },
    }


def _story_versions(
    ntrex_dir: str | Path, doc: str, folder: Path, edits: dict[tuple[str, int], str] | None = None
) -> list:
    """NTREX document `doc` written to `folder` as ntrex.en/uk/ru.txt, one paragraph per
    line, and read back as versions (toolkit.ingest.read_version); `edits` replace the text
    of (language, 0-based NTREX line)."""
    from toolkit.ingest import read_version

    ids, english, ukrainian = _ntrex(str(ntrex_dir), "uk")
    lines = {"en": english, "uk": ukrainian, "ru": _ntrex(str(ntrex_dir), "ru")[2]}
    rows = [k for k, d in enumerate(ids) if d == doc]
    folder.mkdir(parents=True)
    versions = []
    for lang, texts in lines.items():
        texts = [(edits or {}).get((lang, k), t) for k, t in enumerate(texts)]
        path = folder / f"ntrex.{lang}.txt"
        body = "\n\n".join(texts[k] for k in rows if k < len(texts) and texts[k].strip())
        path.write_text(body + "\n", encoding="utf-8")
        versions.append(read_version(path))
    return versions


def _by_count(counts: dict[str, int]) -> dict[str, int]:
    return dict(sorted(counts.items(), key=lambda kv: -kv[1]))


def _pair_checks(flags: pl.DataFrame, lang_a: str, lang_b: str) -> list[str]:
    """The cross-check outcome of each flag between ntrex.<lang_a> and ntrex.<lang_b>:
    "odd one: <lang>", "seen" or "not seen"."""
    pair = {f"ntrex.{lang_a}", f"ntrex.{lang_b}"}
    out = []
    for row in flags.iter_rows(named=True):
        if {row["version_a"], row["version_b"]} == pair and row["cross_check"]:
            check = row["cross_check"]
            out.append(check.replace("ntrex.", "") if check.startswith("odd") else
                       check.split(" against")[0])  # fmt: skip
    return out


STORY_DRIFT_CATEGORIES = ("NUMBER_CHANGED", "NAME_CHANGED", "DATE_CHANGED", "NEGATION_FLIP",
                          "WORDS_DROPPED")  # fmt: skip


def evaluate_story_drift(
    ntrex_dir: str | Path,
    suite_paths: list[Path],
    embedder: object,
    *,
    split: str = "calib",
    per_category: int | None = None,
    thresholds: Thresholds = DEFAULT_THRESHOLDS,
) -> dict[str, object]:
    """Drift-suite rows put back into their NTREX documents as three-version stories: the
    row's edited sentence replaces its line in one translation (Ukrainian or Russian), the
    other two versions stay as published, and the story goes through `analyse_story` with
    every version pair, as `toolkit run` reads it. Rows whose English was wrapped as a quote
    (the speaker rows among them) are left out: the other translation has no such quote.

    Per language pair and category: `rows`; `flagged`, a flag of the row's category between
    English and the edited translation on the edited sentences; `flagged_medium`, such a
    flag of severity medium or high (after the cross-check, toolkit.crosscheck); and
    `odd_one_right`, such a flag whose cross-check names the edited translation."""
    import tempfile

    from toolkit.pipeline import analyse_story

    ids, english, _ = _ntrex(str(ntrex_dir), "uk")
    result: dict[str, object] = {}
    for path in suite_paths:
        lang = path.stem.split("-")[1]
        translation = _ntrex(str(ntrex_dir), lang)[2]
        rows = [r for r in drift_rows(path, split=split) if r["category"] in STORY_DRIFT_CATEGORIES]
        rows = [r for r in rows if as_ingested(english[int(r["line"]) - 1]) == r["text_en"]]
        rows = _first_per_category(rows, per_category)
        counts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
        with tempfile.TemporaryDirectory() as tmp:
            for n, row in enumerate(rows):
                line = int(row["line"]) - 1
                versions = _story_versions(ntrex_dir, row["doc_id"], Path(tmp) / str(n),
                                           {(lang, line): row["text_tgt"]})  # fmt: skip
                analysis = analyse_story(versions, embedder, thresholds=thresholds, pairs="all")
                before = [k for k, d in enumerate(ids) if d == row["doc_id"] and k < line]
                para = sum(1 for k in before if k < len(translation) and translation[k].strip())
                found = _drift_flags(analysis, lang, para, row["category"])
                tally = counts[row["category"]]
                tally["rows"] += 1
                tally["flagged"] += bool(found)
                tally["flagged_medium"] += any(f["severity"] != "low" for f in found)
                tally["odd_one_right"] += any(
                    odd_version(f["cross_check"]) == f"ntrex.{lang}" for f in found
                )
        result[path.stem] = {c: dict(t) for c, t in sorted(counts.items())}
    return {"split": split, "pairs": result}


def _first_per_category(rows: list[dict[str, str]], limit: int | None) -> list[dict[str, str]]:
    if limit is None:
        return rows
    taken: dict[str, int] = defaultdict(int)
    kept = []
    for r in rows:
        if taken[r["category"]] < limit:
            taken[r["category"]] += 1
            kept.append(r)
    return kept


def _drift_flags(analysis: object, lang: str, para: int, category: str) -> list[dict]:
    """The flags of `category` between ntrex.en and ntrex.<lang> on the sentences of
    paragraph `para` of ntrex.<lang>."""
    version = f"ntrex.{lang}"
    sentences = analysis.sentences  # type: ignore[attr-defined]
    mine = set(sentences.filter((pl.col("version") == version) & (pl.col("para_id") == para))
               ["sent_id"].to_list())  # fmt: skip
    found = []
    for f in analysis.flags.iter_rows(named=True):  # type: ignore[attr-defined]
        if {f["version_a"], f["version_b"]} != {"ntrex.en", version} or f["category"] != category:
            continue
        side = "sent_ids_a" if f["version_a"] == version else "sent_ids_b"
        if mine & set(f[side] or []):
            found.append(f)
    return found


def _pair_flags(flags: pl.DataFrame, lang_a: str, lang_b: str) -> tuple[set[int], list[str]]:
    """The sentences of version ntrex.<lang_a> that a flag between it and ntrex.<lang_b>
    lies on, and those flags' categories (one per flag)."""
    a, b = f"ntrex.{lang_a}", f"ntrex.{lang_b}"
    on: set[int] = set()
    cats = []
    for row in flags.iter_rows(named=True):
        if {row["version_a"], row["version_b"]} != {a, b}:
            continue
        side = "sent_ids_a" if row["version_a"] == a else "sent_ids_b"
        on |= set(row[side] or [])
        cats.append(row["category"])
    return on, cats


def document_flags(
    rows: list[dict[str, str]],
    embedder: object,
    tokens: object | None,
    thresholds: Thresholds = DEFAULT_THRESHOLDS,
) -> Iterator[tuple[dict[str, str], pl.DataFrame]]:
    """Each row with the flags on its sentence when the rows of each document (in file order,
    one sentence each) are compared together as two versions: sentence k against sentence
    k, one paragraph each. Control rows hold every sentence of their documents, so this is
    the whole document, compared once."""
    docs: dict[str, list[dict[str, str]]] = defaultdict(list)
    for row in rows:
        docs[row["doc_id"]].append(row)
    if tokens is not None:
        tokens.prefetch(sorted({r["text_en"] for r in rows} | {r["text_tgt"] for r in rows}))
    for doc_id, members in docs.items():
        members = sorted(members, key=lambda r: int(r["line"]))
        lines = ([r["text_en"] for r in members], [r["text_tgt"] for r in members])
        whole = {"id": doc_id, "lang_pair": members[0]["lang_pair"]}
        features = drift_features(whole, embedder, tokens=tokens, lines=lines)
        flags = flag_features(features, story="suite", thresholds=thresholds)
        for k, row in enumerate(members):
            yield row, _on_sentence(flags, k)


def _on_sentence(flags: pl.DataFrame, k: int) -> pl.DataFrame:
    """The flags lying on sentence `k` of either version (sentence k against sentence k)."""
    return flags.filter(
        pl.col("sent_ids_a").list.contains(k) | pl.col("sent_ids_b").list.contains(k)
    )


def drift_features(
    row: dict[str, str],
    embedder: object,
    *,
    tokens: object | None = None,
    lines: tuple[list[str], list[str]] | None = None,
) -> pl.DataFrame:
    """One drift-suite row run through the real compare path as two one-sentence versions,
    or as two versions of `lines` (English, target; sentence k against sentence k, one
    paragraph each, as `in_context` gives them)."""
    from toolkit.align import frame_from_lines
    from toolkit.quotes import extract_quotes, pair_quotes

    lang = row["lang_pair"].split("-")[1]
    va, vb = f"suite.en:{row['id']}", f"suite.{lang}:{row['id']}"
    lines_en, lines_tgt = lines or ([row["text_en"]], [row["text_tgt"]])
    sa = frame_from_lines(lines_en, version=va)
    sb = frame_from_lines(lines_tgt, version=vb)
    # one paragraph: a space where frame_from_lines counts a newline keeps the offsets
    qa = extract_quotes(" ".join(lines_en), "en", sa, version_id=va)
    qb = extract_quotes(" ".join(lines_tgt), lang, sb, version_id=vb)
    ids = [[k] for k in range(len(lines_en))]
    beads = pl.DataFrame({"src_ids": ids, "tgt_ids": ids, "score": [1.0] * len(ids)},
                         schema=BEADS)  # fmt: skip
    qp = pair_quotes(qa, qb, beads, sentences_a=sa, sentences_b=sb, encode=embedder.encode)
    pair = VersionPair(va, vb, "en", lang, sa, sb, beads, qa, qb, qp)
    return compare_versions(pair, encode=embedder.encode, token_vectors=tokens,
                            prefetch=tokens.prefetch if tokens is not None else None)  # fmt: skip


def _token_embedder(embedder: object) -> object | None:
    """The token-vector embedder of `embedder` (word alignment), or None where it has none."""
    from toolkit.embed.tokens import TokenEmbedder

    tokens = TokenEmbedder(embedder)
    return tokens if tokens.available else None


def _flagged_rows(
    rows: list[dict[str, str]],
    embedder: object,
    tokens: object | None,
    thresholds: Thresholds = DEFAULT_THRESHOLDS,
    *,
    ntrex_dir: str | Path | None = None,
    context: int = 0,
) -> Iterator[tuple[dict[str, str], pl.DataFrame]]:
    """Each drift-suite-shaped row with its flags, through the real compare path (the token
    vectors of all rows fetched in one batch first). With `context` (and `ntrex_dir`), each
    row is compared inside its document (`in_context`) and only the flags on its sentence
    count."""
    if context and ntrex_dir is None:
        raise InputError("comparing in context needs the NTREX folder (ntrex_dir)")
    contexts = [in_context(r, ntrex_dir, context) if context else None for r in rows]
    if tokens is not None:
        texts = {r["text_en"] for r in rows} | {r["text_tgt"] for r in rows}
        texts |= {t for c in contexts if c for t in (*c[0], *c[1])}
        tokens.prefetch(sorted(texts))
    for row, near in zip(rows, contexts, strict=True):
        lines = (near[0], near[1]) if near else None
        features = drift_features(row, embedder, tokens=tokens, lines=lines)
        flags = flag_features(features, story="suite", thresholds=thresholds)
        yield row, _on_sentence(flags, near[2]) if near else flags


def evaluate_drift(
    paths: list[str | Path],
    embedder: object,
    *,
    split: str = "test",
    thresholds: Thresholds = DEFAULT_THRESHOLDS,
    words: bool = True,
    per_category: int | None = None,
    ntrex_dir: str | Path | None = None,
    context: int = 0,
) -> dict[str, object]:
    """Recall per category (`hits` of `count` rows) and the false-flag rate on untouched
    pairs of the drift suite; with `context` (and `ntrex_dir`), each row compared inside its
    document (`in_context`).
    `name_or_speaker`: the share of NAME_CHANGED rows flagged as such or as a
    SPEAKER_CHANGED whose new speaker is the new name (`_speaker_names`).
    `flagged_any` beside `recall`: the share of each category's rows with a flag of any
    category (a changed name that is the quote's speaker comes out as SPEAKER_CHANGED, a
    dropped clause holding a "not" as NEGATION_FLIP): what a reviewer is shown at all. An
    upper bound: it also counts a false flag elsewhere in the row, which the untouched rows
    show at `false_flag_rate`."""
    tokens = _token_embedder(embedder) if words else None
    hits: dict[str, list[bool]] = defaultdict(list)
    documents: dict[str, list[str]] = defaultdict(list)
    shown: dict[str, list[bool]] = defaultdict(list)
    as_speaker: list[bool] = []
    false_flags: dict[str, int] = defaultdict(int)
    errors: list[dict[str, object]] = []
    for path in paths:
        rows = drift_rows(path, split=split, per_category=per_category)
        flagged = _flagged_rows(rows, embedder, tokens, thresholds, ntrex_dir=ntrex_dir,
                                context=context)  # fmt: skip
        for row, flags in flagged:
            cats = set(flags["category"].to_list())
            key = row["category"]
            documents[key].append(row["doc_id"])
            if key == "NONE":
                hits["NONE"].append(bool(cats))
                for c in cats:
                    false_flags[c] += 1
            else:
                hits[key].append(key in cats)
                shown[key].append(bool(cats))
            if key == "NAME_CHANGED":
                as_speaker.append(key in cats or _speaker_names(row, flags))
            if (key == "NONE") == bool(cats) or (key != "NONE" and key not in cats):
                errors.append(_drift_error(row, flags))
    return {
        "split": split,
        "context": context,
        "recall": {c: round(sum(v) / len(v), 4) for c, v in sorted(hits.items()) if c != "NONE"},
        "flagged_any": {c: round(sum(v) / len(v), 4) for c, v in sorted(shown.items())},
        "name_or_speaker": round(sum(as_speaker) / len(as_speaker), 4) if as_speaker else None,
        "count": {c: len(v) for c, v in sorted(hits.items())},
        "hits": {c: sum(v) for c, v in sorted(hits.items()) if c != "NONE"},
        "false_flag_rate": round(sum(hits["NONE"]) / len(hits["NONE"]), 4)
        if hits["NONE"]
        else None,
        "false_flag_categories": dict(sorted(false_flags.items())),
        "recall_interval": {
            c: grouped_wilson(list(zip(documents[c], v, strict=True)))
            for c, v in sorted(hits.items())
            if c != "NONE"
        },
        "false_flag_interval": grouped_wilson(
            list(zip(documents["NONE"], hits["NONE"], strict=True))
        ),
        "intervals": GROUPED_METHOD,
        "flag": thresholds.fragment(),
        "per_category": per_category,
        "errors": errors,
    }


def _speaker_names(row: dict[str, str], flags: pl.DataFrame) -> bool:
    """Whether a NAME_CHANGED row's new name is the new speaker of a SPEAKER_CHANGED flag:
    the name changed was the quote's speaker, and the flag stage reports it as the changed
    speaker and hides the name flag of that person (`toolkit.flag.SUBSUMES`)."""
    new = row.get("change", "").rpartition("->")[2].strip()
    if not new:
        return False
    said = flags.filter(pl.col("category") == "SPEAKER_CHANGED")["evidence"].to_list()
    return any(new in evidence.rpartition("->")[2].split() for evidence in said)


def _drift_error(row: dict[str, str], flags: pl.DataFrame) -> dict[str, object]:
    """A missed or falsely flagged drift-suite row, with the flags it got (for the report)."""
    return {
        "id": row["id"],
        "category": row["category"],
        "change": row.get("change", ""),
        "text_en": row["text_en"],
        "text_tgt": row["text_tgt"],
        "flags": [f"{c}: {e}" for c, e in zip(flags["category"], flags["evidence"], strict=True)],
    }


# ---- a story's key ---------------------------------------------------------------------


def _norm(text: str) -> str:
    from toolkit.ingest.normalise import normalise

    return " ".join(normalise(text or "")[0].split())


def _texts_match(key: str, flag: str) -> bool:
    """Either side empty (nothing there), or one text holds the other."""
    key, flag = _norm(key), _norm(flag)
    if not key or not flag:
        return True
    return flag in key or key in flag


def key_match(key: dict[str, str], flag: dict[str, object]) -> bool:
    """Whether a flag reports the key row's drift (same versions either way round)."""
    pair = (key["version_a"], key["version_b"])
    if (flag["version_a"], flag["version_b"]) == pair:
        category, ta, tb = key["category"], key["text_a"], key["text_b"]
    elif (flag["version_b"], flag["version_a"]) == pair:
        category, ta, tb = (
            MIRROR.get(key["category"], key["category"]),
            key["text_b"],
            key["text_a"],
        )
    else:
        return False
    if flag["category"] != category:
        return False
    return _texts_match(ta, str(flag["text_a"] or "")) and _texts_match(
        tb, str(flag["text_b"] or "")
    )


def evaluate_key(key_path: str | Path, flags: pl.DataFrame) -> dict[str, object]:
    """Which key rows are flagged with their category, and the flags no key row explains."""
    path = Path(key_path)
    if not path.is_file():
        raise InputError(f"{path}: no such file")
    with open(path, encoding="utf-8", newline="") as handle:
        keys = list(csv.DictReader(handle))
    rows = flags.to_dicts()
    found = []
    for k in keys:
        hit = [f["flag_id"] for f in rows if key_match(k, f)]
        found.append(
            {"id": k["id"], "version_a": k["version_a"], "version_b": k["version_b"],
             "category": k["category"], "flagged": bool(hit), "flag_ids": hit}
        )  # fmt: skip
    explained = {fid for r in found for fid in r["flag_ids"]}
    false: dict[str, list[dict]] = defaultdict(list)
    for f in rows:
        if f["flag_id"] not in explained:
            false[f"{f['version_a']} {f['version_b']}"].append(
                {"flag_id": f["flag_id"], "category": f["category"], "evidence": f["evidence"]}
            )
    return {
        "keys": found,
        "recall": round(sum(r["flagged"] for r in found) / len(found), 4) if found else None,
        "false_flags": dict(sorted(false.items())),
    }
