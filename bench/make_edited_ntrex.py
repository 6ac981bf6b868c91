"""Seeded generator of edited NTREX-128 documents with gold alignments (Vecalign format).

Each NTREX document (English source, professional uk/ru translations, line-aligned) becomes an
edited pair:
- translation: merge ~15% of adjacent target sentences, split long target sentences at a comma
  near their middle, drop ~10% of sentences (5% per side), insert unrelated sentences from other
  documents (5% per side);
- comparable: merges and splits as above, then 40% of the units keep only one side (60% overlap),
  target paragraphs (runs of 3 units) are shuffled, and unrelated sentences are inserted.
Documents 0-39 form the dev split (tuning), 40-122 the test split.

Usage:
    .venv/bin/python bench/make_edited_ntrex.py [--out bench/out/ntrex-edited] [--seed 13]
writes OUT/<split>/<mode>/en-<lang>/{src,tgt,gold}/<doc>.txt for lang in uk, ru.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from toolkit.ntrex import NTREX_FILES  # noqa: E402

DATA = ROOT / "data" / "ntrex128"
FILES = NTREX_FILES
DEV_DOCS = 40

Unit = tuple[list[str], list[str]]  # source sentences, target sentences


def load_documents() -> dict[str, list[list[str]]]:
    """Per language, the documents as lists of sentences (DOCUMENT_IDS.tsv order)."""
    ids = (DATA / "DOCUMENT_IDS.tsv").read_text(encoding="utf-8").split("\n")
    out = {}
    for lang, name in FILES.items():
        lines = (DATA / name).read_text(encoding="utf-8").split("\n")
        docs: list[list[str]] = []
        last = None
        for doc_id, line in zip(ids, lines, strict=False):
            if not doc_id:
                continue
            if doc_id != last:
                docs.append([])
                last = doc_id
            docs[-1].append(line.strip())
        out[lang] = docs
    return out


def split_sentence(text: str) -> list[str] | None:
    """Two parts at the comma closest to the middle, each at least 30 characters, else None."""
    cuts = [i for i, ch in enumerate(text) if ch == "," and 30 <= i < len(text) - 30]
    if not cuts:
        return None
    cut = min(cuts, key=lambda i: abs(i - len(text) / 2))
    return [text[: cut + 1].strip(), text[cut + 1 :].strip()]


def merge_and_split(units: list[Unit], rng: random.Random) -> list[Unit]:
    """Merge ~15% of adjacent target sentences (2-1 beads), split long ones (1-2 beads)."""
    out: list[Unit] = []
    k = 0
    while k < len(units):
        src, tgt = units[k]
        if k + 1 < len(units) and rng.random() < 0.15:
            nsrc, ntgt = units[k + 1]
            out.append((src + nsrc, [" ".join(tgt + ntgt)]))
            k += 2
            continue
        parts = split_sentence(tgt[0]) if len(tgt[0]) > 120 and rng.random() < 0.5 else None
        out.append((src, parts or tgt))
        k += 1
    return out


def drop_and_insert(
    units: list[Unit], rng: random.Random, pool: dict[str, list[str]]
) -> list[Unit]:
    """Drop 5% of sentences per side, insert unrelated sentences (5% per side)."""
    out: list[Unit] = []
    for src, tgt in units:
        if rng.random() < 0.05:
            src = []
        elif rng.random() < 0.05:
            tgt = []
        if src or tgt:
            out.append((src, tgt))
        if rng.random() < 0.05:
            out.append(([rng.choice(pool["src"])], []))
        if rng.random() < 0.05:
            out.append(([], [rng.choice(pool["tgt"])]))
    return out


def translation_doc(
    units: list[Unit], rng: random.Random, pool: dict[str, list[str]]
) -> list[Unit]:
    return drop_and_insert(merge_and_split(units, rng), rng, pool)


def comparable_doc(
    units: list[Unit], rng: random.Random, pool: dict[str, list[str]]
) -> tuple[list[Unit], list[int]]:
    """Units and the order in which their target sides appear (paragraphs shuffled)."""
    units = merge_and_split(units, rng)
    one_sided = set(rng.sample(range(len(units)), k=round(0.4 * len(units))))
    units = [
        ((src, []) if rng.random() < 0.5 else ([], tgt)) if k in one_sided else (src, tgt)
        for k, (src, tgt) in enumerate(units)
    ]
    for _ in range(max(1, round(0.05 * len(units)))):
        units.insert(rng.randrange(len(units) + 1), ([], [rng.choice(pool["tgt"])]))
        units.insert(rng.randrange(len(units) + 1), ([rng.choice(pool["src"])], []))
    paragraphs = [list(range(k, min(k + 3, len(units)))) for k in range(0, len(units), 3)]
    rng.shuffle(paragraphs)
    return units, [k for para in paragraphs for k in para]


def gold_lines(units: list[Unit], tgt_order: list[int]) -> tuple[list[str], list[str], list[str]]:
    """Source lines, target lines and gold beads; empty-sided units give one bead per sentence."""
    src_lines: list[str] = []
    src_ids = []
    for src, _ in units:
        src_ids.append(list(range(len(src_lines), len(src_lines) + len(src))))
        src_lines += src
    tgt_lines: list[str] = []
    tgt_ids: dict[int, list[int]] = {}
    for k in tgt_order:
        tgt = units[k][1]
        tgt_ids[k] = list(range(len(tgt_lines), len(tgt_lines) + len(tgt)))
        tgt_lines += tgt
    beads = []
    for k in range(len(units)):
        s, t = src_ids[k], tgt_ids[k]
        if s and t:
            beads.append((s, t))
        else:
            beads += [([i], []) for i in s] + [([], [j]) for j in t]
    gold = [
        f"[{', '.join(map(str, s))}]:[{', '.join(map(str, t))}]"
        for s, t in sorted(beads, key=_order)
    ]
    return src_lines, tgt_lines, gold


def _order(bead: tuple[list[int], list[int]]) -> tuple[float, float]:
    s, t = bead
    return (s[0] if s else -1, t[0] if t else -1)


def write_doc(folder: Path, name: str, src: list[str], tgt: list[str], gold: list[str]) -> None:
    for sub, lines in (("src", src), ("tgt", tgt), ("gold", gold)):
        (folder / sub).mkdir(parents=True, exist_ok=True)
        (folder / sub / name).write_text("".join(line + "\n" for line in lines), encoding="utf-8")


def generate(out: Path, seed: int) -> dict[str, int]:
    """Write every split, mode and language pair; returns document counts per folder."""
    docs = load_documents()
    counts: dict[str, int] = {}
    for lang in ("uk", "ru"):
        for index, (en, tr) in enumerate(zip(docs["en"], docs[lang], strict=True)):
            split = "dev" if index < DEV_DOCS else "test"
            others = [d for d in range(len(docs["en"])) if d != index]
            pool = {
                "src": [s for d in others[::7] for s in docs["en"][d]],
                "tgt": [s for d in others[3::7] for s in docs[lang][d]],
            }
            units = [([a], [b]) for a, b in zip(en, tr, strict=True)]
            name = f"{index:03d}.txt"
            rng = random.Random(f"{seed}:{lang}:{index}:translation")
            edited = translation_doc(units, rng, pool)
            folder = out / split / "translation" / f"en-{lang}"
            write_doc(folder, name, *gold_lines(edited, list(range(len(edited)))))
            counts[str(folder)] = counts.get(str(folder), 0) + 1
            rng = random.Random(f"{seed}:{lang}:{index}:comparable")
            shuffled, order = comparable_doc(units, rng, pool)
            folder = out / split / "comparable" / f"en-{lang}"
            write_doc(folder, name, *gold_lines(shuffled, order))
            counts[str(folder)] = counts.get(str(folder), 0) + 1
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "out" / "ntrex-edited")
    parser.add_argument("--seed", type=int, default=13)
    args = parser.parse_args()
    for folder, count in sorted(generate(args.out, args.seed).items()):
        print(f"{folder}: {count} documents")


if __name__ == "__main__":
    main()
