"""Sentence-boundary accuracy on NTREX-128 news documents (en, uk, ru).

Each NTREX line is one source segment; the lines of a document are joined with a space into
one paragraph and segmented again. A gold boundary is a join between two lines. Figures are
boundary precision / recall / F1, for the base library alone and for toolkit.segment.
Lines that hold two sentences make some correct splits count as false positives, and lines
without final punctuation (headlines) make some joins unrecoverable, for every segmenter alike.

Documents at even positions are the dev split (errors there were read to improve the rules);
those at odd positions are the test split, reported and never inspected.

Run: PYTHONPATH=. .venv/bin/python bench/segment_ntrex.py [dev|test] [data/ntrex128]
"""

from __future__ import annotations

import re
import sys
import time
from collections import defaultdict
from pathlib import Path

from toolkit.ntrex import NTREX_FILES
from toolkit.segment import split_sentences
from toolkit.segment.base import library_starts

FILES = NTREX_FILES


def documents(folder: Path, lang: str) -> list[list[str]]:
    ids = (folder / "DOCUMENT_IDS.tsv").read_text(encoding="utf-8").splitlines()
    lines = (folder / FILES[lang]).read_text(encoding="utf-8").splitlines()
    docs: dict[str, list[str]] = defaultdict(list)
    for doc_id, line in zip(ids, lines, strict=True):
        docs[doc_id.split("\t")[0]].append(line.strip())
    return [doc for doc in docs.values() if doc]


def gold_starts(doc: list[str]) -> tuple[str, set[int]]:
    text, starts = "", set()
    for line in doc:
        if text:
            text += " "
            starts.add(len(text))
        text += line
    return text, starts


def _skip_dash(text: str, start: int) -> int:
    """A dialogue dash may open the next line or close the previous one: score past it."""
    return start + 2 if text[start : start + 2] in ("— ", "– ") else start


def score(text: str, pred: set[int], gold: set[int]) -> tuple[int, int, int, int]:
    """True positives, false positives, false negatives, and false negatives after a line
    that ends in sentence-final punctuation (a headline join cannot be recovered from text)."""
    pred = {_skip_dash(text, p) for p in pred}
    gold = {_skip_dash(text, g) for g in gold}
    missed = gold - pred
    punct = {g for g in missed if re.search(r"[.!?…][»\"”’')]*\s*(?:[—–]\s*)?$", text[:g])}
    return len(pred & gold), len(pred - gold), len(missed), len(punct)


def report(name: str, counts: tuple[int, ...], seconds: float) -> str:
    tp, fp, fn, fn_punct = counts
    p, r = tp / (tp + fp), tp / (tp + fn)
    f = 2 * p * r / (p + r)
    return f"| {name} | {p:.3f} | {r:.3f} | {f:.3f} | {fp} | {fn} | {fn_punct} | {seconds:.2f} |"


def main(folder: Path, split: str) -> None:
    print(f"NTREX-128 {split} documents ({'even' if split == 'dev' else 'odd'} positions)")
    print("| lang / segmenter | precision | recall | F1 | FP | FN | FN after . ? ! | seconds |")
    print("|---|---|---|---|---|---|---|---|")
    for lang in FILES:
        docs = [gold_starts(doc) for doc in documents(folder, lang)]
        docs = docs[0::2] if split == "dev" else docs[1::2]
        for name, func in (
            ("razdel" if lang != "en" else "pysbd", lambda t, lg: library_starts(t, lg)),
            ("toolkit.segment", lambda t, lg: {s for s, _ in split_sentences(t, lg)} - {0}),
        ):
            began, total = time.perf_counter(), [0, 0, 0, 0]
            for text, gold in docs:
                for i, c in enumerate(score(text, func(text, lang), gold)):
                    total[i] += c
            print(report(f"{lang} / {name}", tuple(total), time.perf_counter() - began))


if __name__ == "__main__":
    data = Path(sys.argv[2] if len(sys.argv) > 2 else "data/ntrex128")
    main(data, sys.argv[1] if len(sys.argv) > 1 else "test")
