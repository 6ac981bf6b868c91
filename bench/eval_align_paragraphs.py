"""Alignment of editions that keep their paragraphs: NTREX-128 documents read as stories.

Each NTREX document becomes two versions, English and Ukrainian (or Russian), whose lines are
grouped into paragraphs of one to three lines, the same on both sides (the editions keep
their paragraphs). A seeded generator then edits them as outlets' editions differ:
- a paragraph dropped on one side (4% per side);
- one line of a paragraph of several dropped on one side (4%);
- a paragraph joined to the one before it (8% per side);
- an unrelated line from another document inserted as a paragraph (3% per side).
Each version is segmented by toolkit.segment and the pair aligned by
`toolkit.align.align_pair`, as `toolkit run` does (mode auto unless `--mode` says otherwise).

Gold comes from NTREX's line alignment: a sentence's partners are the other side's sentences
of its own lines; a sentence of a dropped or inserted line has none. A sentence is right when
it has no partner and should have none, or has partners that are all among its gold ones. The
script prints the share of sentences right and how many were left alone though they had a
partner (each such sentence is a "sentence added / dropped" flag in `toolkit run`).

Documents 0-39 are the dev split (tuning), 40-122 the test split (reported), as in
bench/make_edited_ntrex.py.

Usage:
    .venv/bin/python bench/eval_align_paragraphs.py [--split dev|test] [--seed 21]
        [--set paragraph_cost=0.03] [--errors]
"""

from __future__ import annotations

import argparse
import dataclasses
import random
import sys
from pathlib import Path

import polars as pl

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from make_edited_ntrex import DEV_DOCS, load_documents  # noqa: E402
from tune_align import parse_sets  # noqa: E402

import toolkit.align.api as align_api  # noqa: E402
from toolkit.align import align_pair  # noqa: E402
from toolkit.align.dp import DPParams  # noqa: E402
from toolkit.embed import load_embedder  # noqa: E402
from toolkit.schemas import SENTENCES  # noqa: E402
from toolkit.segment import sentence_spans  # noqa: E402

Line = tuple[str, str]  # (line key, text): key "k" for NTREX line k, "x<n>" for an insertion
Paragraph = list[Line]


def paragraphs_of(lines: list[str], rng: random.Random) -> list[list[int]]:
    """Line indices grouped into paragraphs of one to three lines; the headline alone."""
    groups, k = [[0]], 1
    while k < len(lines):
        size = rng.choice((1, 2, 2, 3))
        groups.append(list(range(k, min(k + size, len(lines)))))
        k += size
    return groups


def edit(
    groups: list[list[int]],
    en: list[str],
    tgt: list[str],
    rng: random.Random,
    pools: tuple[list[str], list[str]],
) -> tuple[list[Paragraph], list[Paragraph]]:
    """The two versions' paragraphs after the seeded edits (see the module doc); `pools` are
    each side's lines of the other documents, for the insertions."""
    sides: tuple[list[Paragraph], list[Paragraph]] = ([], [])
    inserted = 0
    for group in groups:
        paras = [[(str(k), en[k]) for k in group], [(str(k), tgt[k]) for k in group]]
        if rng.random() < 0.08:
            paras[rng.randrange(2)] = []
        elif len(group) > 1 and rng.random() < 0.04:
            side = paras[rng.randrange(2)]
            del side[rng.randrange(len(side))]
        for side, para, pool in zip(sides, paras, pools, strict=True):
            if not para:
                continue
            if side and rng.random() < 0.08:
                side[-1] = side[-1] + para  # joined to the paragraph before
            else:
                side.append(para)
            if rng.random() < 0.03:
                inserted += 1
                side.append([(f"x{inserted}", rng.choice(pool))])
    return sides


def version_frame(paras: list[Paragraph], lang: str, name: str) -> tuple[pl.DataFrame, list[set]]:
    """The SENTENCES frame of the paragraphs (lines joined by a space, paragraphs by a blank
    line), segmented as `toolkit run` does, and each sentence's line keys."""
    text, spans = "", []
    for p, para in enumerate(paras):
        if p:
            text += "\n\n"
        for i, (key, line) in enumerate(para):
            if i:
                text += " "
            spans.append((key, len(text), len(text) + len(line)))
            text += line
    rows, keys = [], []
    for sent_id, (para_id, start, end) in enumerate(sentence_spans(text, lang)):
        rows.append((name, sent_id, para_id, start, end, start, end, text[start:end]))
        keys.append({k for k, s, e in spans if s < end and start < e})
    return pl.DataFrame(rows, schema=SENTENCES, orient="row"), keys


def score_pair(beads: pl.DataFrame, keys_a: list[set], keys_b: list[set]) -> dict[str, int]:
    """Sentences right, sentences in all, and sentences left alone that had a partner."""
    partners_a: list[set] = [set() for _ in keys_a]
    partners_b: list[set] = [set() for _ in keys_b]
    for src, tgt in zip(beads["src_ids"], beads["tgt_ids"], strict=True):
        for i in src:
            partners_a[i] |= set(tgt)
        for j in tgt:
            partners_b[j] |= set(src)
    out = {"right": 0, "sentences": 0, "lone": 0}
    for own, other, partners in ((keys_a, keys_b, partners_a), (keys_b, keys_a, partners_b)):
        for k, lines in enumerate(own):
            gold = {j for j, theirs in enumerate(other) if lines & theirs}
            found = partners[k]
            out["sentences"] += 1
            out["right"] += (not gold and not found) or bool(found and found <= gold)
            out["lone"] += bool(gold and not found)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("dev", "test"), default="dev")
    parser.add_argument("--seed", type=int, default=21)
    parser.add_argument("--set", action="append", default=[], help="a DPParams field=value")
    parser.add_argument("--errors", action="store_true", help="print the documents' errors")
    parser.add_argument("--mode", choices=("auto", "translation", "comparable"), default="auto")
    args = parser.parse_args()
    sets = parse_sets(args.set, DPParams)
    if sets:
        chosen = align_api.translation_params_for
        align_api.translation_params_for = lambda e: dataclasses.replace(chosen(e), **sets)
    docs = load_documents()
    embedder = load_embedder(quiet=True)
    picked = range(DEV_DOCS) if args.split == "dev" else range(DEV_DOCS, len(docs["en"]))
    for lang in ("uk", "ru"):
        total = {"right": 0, "sentences": 0, "lone": 0, "with_paragraphs": 0, "documents": 0,
                 "comparable": 0}  # fmt: skip
        for d in picked:
            pools = tuple(
                [line for other, lines in enumerate(docs[side]) if other != d for line in lines]
                for side in ("en", lang)
            )
            rng = random.Random(f"{args.seed}-{lang}-{d}")
            en, tgt = docs["en"][d], docs[lang][d]
            groups = paragraphs_of(en, rng)
            paras_en, paras_tgt = edit(groups, en, tgt, rng, pools)
            frame_a, keys_a = version_frame(paras_en, "en", f"doc{d}.en")
            frame_b, keys_b = version_frame(paras_tgt, lang, f"doc{d}.{lang}")
            result = align_pair(frame_a, frame_b, embedder, mode=args.mode)
            counts = score_pair(result.beads, keys_a, keys_b)
            for key, value in counts.items():
                total[key] += value
            total["with_paragraphs"] += result.stats["paragraphs_used"]
            total["documents"] += 1
            total["comparable"] += result.mode == "comparable"
            if args.errors and counts["right"] < counts["sentences"]:
                print(f"  doc {d} en-{lang}: {counts}")
        share = total["right"] / total["sentences"]
        print(
            f"en-{lang} {args.split}: sentences right {share:.4f} ({total['right']} of "
            f"{total['sentences']}), left alone with a partner {total['lone']}; paragraphs "
            f"used in {total['with_paragraphs']} of {total['documents']} documents; "
            f"{total['comparable']} aligned in comparable mode"
        )
    print(f"params: {align_api.translation_params_for(embedder).fragment()}")


if __name__ == "__main__":
    main()
