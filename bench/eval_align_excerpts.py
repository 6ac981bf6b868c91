"""Excerpts against whole documents: a few consecutive NTREX lines of one language aligned
with the whole document in the other (the bad input "one side 50 times longer").

For each NTREX document and each of en-uk and en-ru, a seeded generator takes one run of one
to four consecutive lines of one side (English or the translation, in turn) and aligns it,
one sentence per line, with every line of the other side (`toolkit.align.align_pair`,
translation mode). NTREX is line-aligned, so each excerpt sentence's partner is the line
with its number. Prints the share of excerpt sentences paired with exactly their partner.

Documents 0-39 are the dev split, 40-122 the test split, as in bench/make_edited_ntrex.py.

Usage:
    .venv/bin/python bench/eval_align_excerpts.py [--split dev|test] [--seed 31]
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from make_edited_ntrex import DEV_DOCS, load_documents  # noqa: E402

from toolkit.align import align_pair, frame_from_lines  # noqa: E402
from toolkit.embed import load_embedder  # noqa: E402


def excerpt_right(
    whole: list[str], part_lines: list[str], first: int, embedder: object, *, part_is_src: bool
) -> tuple[int, int]:
    """(excerpt sentences paired with exactly their line, excerpt sentences)."""
    part = frame_from_lines(part_lines, version="excerpt")
    full = frame_from_lines(whole, version="whole")
    src, tgt = (part, full) if part_is_src else (full, part)
    result = align_pair(src, tgt, embedder, mode="translation")
    partners: dict[int, set[int]] = {k: set() for k in range(len(part_lines))}
    for s, t in result.beads.select("src_ids", "tgt_ids").rows():
        mine, theirs = (s, t) if part_is_src else (t, s)
        for k in mine:
            partners[k] |= set(theirs)
    right = sum(partners[k] == {first + k} for k in partners)
    return right, len(part_lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("dev", "test"), default="dev")
    parser.add_argument("--seed", type=int, default=31)
    args = parser.parse_args()
    docs = load_documents()
    embedder = load_embedder(quiet=True)
    picked = range(DEV_DOCS) if args.split == "dev" else range(DEV_DOCS, len(docs["en"]))
    for lang in ("uk", "ru"):
        totals = {True: [0, 0], False: [0, 0]}
        for d in picked:
            en, tgt = docs["en"][d], docs[lang][d]
            if len(en) != len(tgt) or len(en) < 8 or not all(en) or not all(tgt):
                continue
            rng = random.Random(f"{args.seed}-{lang}-{d}")
            size = rng.randint(1, 4)
            first = rng.randrange(len(en) - size + 1)
            part_is_src = d % 2 == 0
            part, whole = (en, tgt) if part_is_src else (tgt, en)
            right, count = excerpt_right(
                whole, part[first : first + size], first, embedder, part_is_src=part_is_src
            )
            totals[part_is_src][0] += right
            totals[part_is_src][1] += count
        for part_is_src, (right, count) in totals.items():
            side = "English excerpt" if part_is_src else f"{lang} excerpt"
            print(f"en-{lang} {args.split}, {side}: {right} of {count} sentences paired right "
                  f"({right / max(count, 1):.3f})")  # fmt: skip


if __name__ == "__main__":
    main()
