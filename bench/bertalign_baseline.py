"""A reference baseline: Bertalign's two-pass search, written afresh for this project.

DESIGN.md quotes Bertalign (Liu and Zhu, 2022) with the default model at 0.909 strict / 0.989
lax F1 on Text+Berg de-fr test. This script runs the same algorithm, as the paper describes it,
through the toolkit's own embedding layer, so that our aligner is compared with it on our
machine, our sentences and every dev set, not only against a quoted figure:

1. Every window of 1 to `max_align - 1` consecutive sentences of each side is embedded (about
   4 texts per sentence; the toolkit's aligner stays under 2).
2. First pass: each source sentence's `top_k` nearest target sentences; a monotone 1-1 / 1-0 /
   0-1 path inside a wide diagonal band that scores a 1-1 step by that cosine when the target
   is among the top k, else 0. Its 1-1 steps are the anchors.
3. Second pass: a monotone path over every bead type a-b with a + b <= `max_align` (and 1-0 /
   0-1 at `skip`), inside a band of `win` sentences around the anchors. A bead scores the
   cosine of its two windows, less the mean cosine of each window with the other side's
   sentences just before and after it (the margin), times a length penalty
   log2(1 + shorter / longer) on character counts scaled by the two texts' length ratio.

Dev sets as `bench/tune_align.py` names them (Text+Berg dev, the NTREX edited dev documents,
`--seeds` for more), or any folders with `--src/--tgt/--gold`:

    .venv/bin/python bench/bertalign_baseline.py                      # dev sets
    .venv/bin/python bench/bertalign_baseline.py --seeds 14,15 --ours  # and the toolkit's aligner
    .venv/bin/python bench/bertalign_baseline.py --src data/textberg_de_fr/de \\
        --tgt data/textberg_de_fr/fr --gold data/textberg_de_fr/gold

Prints strict and lax F1 per set and texts embedded per sentence.
"""

from __future__ import annotations

import argparse
import math
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from tune_align import DEV_SETS, add_seeds, align_document  # noqa: E402

from toolkit.align.api import JOIN  # noqa: E402
from toolkit.align.dp import DPParams  # noqa: E402
from toolkit.align.evalfiles import document_paths, read_lines  # noqa: E402
from toolkit.align.evaluate import Pair, parse_beads, score  # noqa: E402
from toolkit.embed import load_embedder  # noqa: E402
from toolkit.errors import InputError  # noqa: E402


@dataclass(frozen=True)
class Params:
    """Bertalign's published defaults."""

    max_align: int = 5
    top_k: int = 3
    win: int = 5
    skip: float = -0.1
    margin: bool = True
    length_penalty: bool = True
    first_min_band: int = 250
    first_band_share: float = 0.06


class Windows:
    """Vectors and character lengths of every window of 1..`size` sentences of one side.

    ``vec(k, end)`` is the window of `k` sentences ending before sentence `end` (0-based,
    exclusive), i.e. sentences ``end - k .. end - 1``.
    """

    def __init__(self, embedder, lines: list[str], size: int) -> None:
        self.n = len(lines)
        self.single = embedder.encode(lines) if lines else np.zeros((0, 1), np.float32)
        self.vectors: dict[tuple[int, int], np.ndarray] = {}
        self.lengths: dict[tuple[int, int], int] = {}
        for k in range(1, size + 1):
            ends = list(range(k, self.n + 1))
            texts = [JOIN.join(lines[e - k : e]) for e in ends]
            vecs = self.single[k - 1 :] if k == 1 else embedder.encode(texts)
            for end, text, vec in zip(ends, texts, vecs, strict=True):
                self.vectors[(k, end)] = vec
                self.lengths[(k, end)] = len(text)

    def neighbour_cosine(self, vec: np.ndarray, k: int, end: int) -> float:
        """Mean cosine of `vec` with the sentences just before and just after the window (a
        missing neighbour counts 0, as in Bertalign)."""
        left = float(self.single[end - k - 1] @ vec) if end - k - 1 >= 0 else 0.0
        right = float(self.single[end] @ vec) if end < self.n else 0.0
        return (left + right) / 2


def bead_types(max_align: int) -> list[tuple[int, int]]:
    """1-0, 0-1 and every a-b with a, b >= 1 and a + b <= max_align."""
    types = [(1, 0), (0, 1)]
    types += [
        (a, b) for a in range(1, max_align) for b in range(1, max_align) if a + b <= max_align
    ]
    return types


def _search(
    n: int, m: int, band: list[tuple[int, int]], types, step_score
) -> list[tuple[int, int, int, int]]:
    """Best monotone path from (0, 0) to (n, m) inside `band` (per row i, columns lo..hi);
    steps (i0, j0, i1, j1)."""
    best: dict[tuple[int, int], tuple[float, tuple[int, int] | None]] = {(0, 0): (0.0, None)}
    for i in range(n + 1):
        lo, hi = band[i]
        for j in range(lo, hi + 1):
            if i == 0 and j == 0:
                continue
            top, back = -math.inf, None
            for a, b in types:
                prev = (i - a, j - b)
                if prev not in best:
                    continue
                value = best[prev][0] + step_score(i - a, j - b, a, b)
                if value > top:
                    top, back = value, prev
            if back is not None:
                best[(i, j)] = (top, back)
    if (n, m) not in best:
        raise ValueError("no path reaches the end inside the band")
    steps, cell = [], (n, m)
    while cell != (0, 0):
        prev = best[cell][1]
        steps.append((prev[0], prev[1], cell[0], cell[1]))
        cell = prev
    return steps[::-1]


def first_pass(src: Windows, tgt: Windows, params: Params) -> list[tuple[int, int]]:
    """Anchors: the (i, j) cells ending the 1-1 steps of the top-k path."""
    n, m = src.n, tgt.n
    sims = src.single @ tgt.single.T
    top = {}
    for i in range(n):
        for j in np.argsort(-sims[i], kind="stable")[: params.top_k]:
            top[(i, int(j))] = float(sims[i, j])
    width = max(params.first_min_band, int(max(n, m) * params.first_band_share))
    band = []
    for i in range(n + 1):
        centre = int(m / n * i) if n else 0
        band.append((max(0, centre - width), min(m, centre + width)))

    def step(i: int, j: int, a: int, b: int) -> float:
        return top.get((i, j), 0.0) if a and b else 0.0

    steps = _search(n, m, band, [(1, 0), (0, 1), (1, 1)], step)
    return [(i1, j1) for i0, j0, i1, j1 in steps if i1 - i0 == 1 and j1 - j0 == 1]


def second_band(anchors: list[tuple[int, int]], n: int, m: int, win: int):
    """Per row, the columns within `win` of the anchors before and after it."""
    points = list(anchors)
    if not points or points[-1] != (n, m):
        if points and (points[-1][0] == n or points[-1][1] == m):
            points.pop()
        points.append((n, m))
    band = [(0, min(m, (points[0][1] if points else m) + win))]
    prev_i, prev_j = 0, 0
    for i, j in points:
        for _ in range(prev_i + 1, i + 1):
            band.append((max(0, prev_j - win), min(m, j + win)))
        prev_i, prev_j = i, j
    return band


def second_pass(src: Windows, tgt: Windows, anchors, params: Params, char_ratio: float):
    """Beads of the margin- and length-scored path around the anchors."""
    band = second_band(anchors, src.n, tgt.n, params.win)

    def step(i: int, j: int, a: int, b: int) -> float:
        if not a or not b:
            return params.skip
        s_end, t_end = i + a, j + b
        sv, tv = src.vectors[(a, s_end)], tgt.vectors[(b, t_end)]
        value = float(sv @ tv)
        if params.margin:
            value -= (tgt.neighbour_cosine(sv, b, t_end) + src.neighbour_cosine(tv, a, s_end)) / 2
        if params.length_penalty:
            s_len = src.lengths[(a, s_end)]
            t_len = tgt.lengths[(b, t_end)] * char_ratio
            value *= math.log2(1 + min(s_len, t_len) / max(s_len, t_len, 1e-9))
        return value

    steps = _search(src.n, tgt.n, band, bead_types(params.max_align), step)
    return [(tuple(range(i0, i1)), tuple(range(j0, j1))) for i0, j0, i1, j1 in steps]


def align(embedder, src_lines: list[str], tgt_lines: list[str], params: Params) -> list[Pair]:
    """Bertalign's beads of one document (0-based sentence ids)."""
    if not src_lines or not tgt_lines:
        return [((i,), ()) for i in range(len(src_lines))] + [
            ((), (j,)) for j in range(len(tgt_lines))
        ]
    size = params.max_align - 1
    src, tgt = Windows(embedder, src_lines, size), Windows(embedder, tgt_lines, size)
    char_ratio = sum(map(len, src_lines)) / max(sum(map(len, tgt_lines)), 1)
    anchors = first_pass(src, tgt, params)
    return second_pass(src, tgt, anchors, params, char_ratio)


def run(embedder, src_dir: Path, tgt_dir: Path, gold_dir: Path, *, ours: bool) -> dict:
    """Scores of the baseline (and of the toolkit's translation aligner with `ours`)."""
    golds, tests, mine = [], [], []
    sentences = used = 0
    for src_path, tgt_path, gold_path in document_paths(src_dir, tgt_dir, gold_dir):
        src, tgt = read_lines(src_path), read_lines(tgt_path)
        golds.append(parse_beads("\n".join(read_lines(gold_path)), name=str(gold_path)))
        before = embedder.stats.get("requested", 0)
        tests.append(align(embedder, src, tgt, Params()))
        used += embedder.stats.get("requested", 0) - before
        sentences += len(src) + len(tgt)
        if ours:
            beads = align_document(embedder, src, tgt, DPParams())
            mine.append([(tuple(s), tuple(t)) for s, t, _ in beads])
    result = {"baseline": score(golds, tests), "texts_per_sentence": used / max(sentences, 1)}
    if ours:
        result["ours"] = score(golds, mine)
    return result


def _line(name: str, label: str, result: dict) -> str:
    strict, lax = result["strict"], result["lax"]
    low, high = strict["f1_interval"] or (math.nan, math.nan)
    return (
        f"{name:28s} {label:9s} strict F1 {strict['f1']:.4f} ({low:.3f}-{high:.3f})"
        f"  P {strict['precision']:.3f} R {strict['recall']:.3f}  lax F1 {lax['f1']:.4f}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", default="", help="dev sets, comma-separated (tune_align names)")
    parser.add_argument("--seeds", default="", help="extra dev generator seeds, e.g. 14,15")
    parser.add_argument("--src", type=Path, help="source folder (or file) of a test set")
    parser.add_argument("--tgt", type=Path)
    parser.add_argument("--gold", type=Path)
    parser.add_argument("--ours", action="store_true", help="also score the toolkit's aligner")
    args = parser.parse_args()
    given = [args.src, args.tgt, args.gold]
    if any(given) and not all(given):
        parser.error("--src, --tgt and --gold go together")
    embedder = load_embedder(quiet=True)
    if args.src:
        jobs = {str(args.src): (args.src, args.tgt, args.gold)}
    else:
        extra = add_seeds([int(x) for x in args.seeds.split(",") if x])
        default = ["tb", "translation-en-uk", "translation-en-ru"]
        default += [n for n in extra if n.startswith("translation")]
        names = [n for n in args.sets.split(",") if n] or default
        jobs = {name: DEV_SETS[name] for name in names}
    for name, paths in jobs.items():
        try:
            result = run(embedder, *paths, ours=args.ours)
        except InputError as exc:  # a missing folder or a bad gold line: one line, no traceback
            raise SystemExit(f"error: {exc}") from None
        print(_line(name, "bertalign", result["baseline"]), end="")
        print(f"  texts/sentence {result['texts_per_sentence']:.2f}")
        if args.ours:
            print(_line(name, "toolkit", result["ours"]))
        sys.stdout.flush()


if __name__ == "__main__":
    main()
