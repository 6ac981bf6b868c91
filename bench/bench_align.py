"""Alignment speed and memory with embeddings given (synthetic), at 1k-20k sentences per side.

Synthetic data: random unit vectors (dim 384) for the source; the target follows a planted
monotone path (noisy copies, with ~5% of source sentences dropped and ~5% unrelated target
sentences inserted); one sentence in twenty on each side, at random, is an open end (a
segment ending in ";" / ":", toolkit.align.open_ends), as `toolkit align` passes them, so
the open-end cost is timed too; and each side is cut into paragraphs (a new one after a
sentence with probability 0.3, independently on each side), so the paragraph cost is timed
too. Each size runs in a fresh process so that peak memory
(ru_maxrss) is its own; BLAS runs on one thread unless OPENBLAS_NUM_THREADS says otherwise.

With `--numbers`, each size also runs with number anchors in translation mode
(toolkit.align.anchors, `DPParams.anchor_weight` 0.12; off by default): every source
sentence holds 0-3 numbers drawn from 0..n, its planted target copy the same ones, an
inserted target sentence its own; the table then shows both runs side by side.

Usage:
    .venv/bin/python bench/bench_align.py [--sizes 1000 2000 5000 10000 20000] [--numbers]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
DIM = 384
NUMBERS_WEIGHT = 0.12  # the dev-best translation setting (off by default)


def synthetic(n: int, seed: int = 0) -> tuple[np.ndarray, np.ndarray, int, list[str], list[str]]:
    """Source vectors, target vectors, the number of planted 1-1 pairs, and each side's
    sentences as number strings (for `--numbers`)."""
    rng = np.random.default_rng(seed)
    src = rng.standard_normal((n, DIM)).astype(np.float32)
    src /= np.linalg.norm(src, axis=1, keepdims=True)
    src_texts = [_numbers(rng, n) for _ in range(n)]
    rows, tgt_texts, planted = [], [], 0
    for i in range(n):
        roll = rng.random()
        if roll < 0.05:
            continue  # dropped on the target side
        noisy = src[i] + 0.9 * rng.standard_normal(DIM).astype(np.float32) / np.sqrt(DIM)
        rows.append(noisy)
        tgt_texts.append(src_texts[i])
        planted += 1
        if roll > 0.95:
            rows.append(rng.standard_normal(DIM).astype(np.float32))
            tgt_texts.append(_numbers(rng, n))
    tgt = np.vstack(rows)
    tgt /= np.linalg.norm(tgt, axis=1, keepdims=True)
    return src, tgt, planted, src_texts, tgt_texts


def _numbers(rng: np.random.Generator, n: int) -> str:
    return " ".join(str(x) for x in rng.integers(0, n, size=int(rng.integers(0, 4))))


def one(n: int, numbers: bool = False) -> dict:
    """Time align_arrays on n source sentences (with number anchors when asked; their
    extraction is timed too); run in a child process."""
    from toolkit.align import align_arrays
    from toolkit.align.anchors import anchor_vectors
    from toolkit.align.dp import DPParams

    src, tgt, planted, src_texts, tgt_texts = synthetic(n)
    base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    start, cpu_start = time.perf_counter(), time.process_time()
    anchors = {}
    if numbers:
        anchors = dict(
            zip(("src_anchors", "tgt_anchors"), anchor_vectors(src_texts, tgt_texts), strict=True)
        )
    params = DPParams(anchor_weight=NUMBERS_WEIGHT if numbers else 0.0)
    rng = np.random.default_rng(1)
    beads = align_arrays(
        src,
        tgt,
        mode="translation",
        translation=params,
        src_open=rng.random(len(src)) < 0.05,
        tgt_open=rng.random(len(tgt)) < 0.05,
        src_paragraphs=np.cumsum(rng.random(len(src)) < 0.3),
        tgt_paragraphs=np.cumsum(rng.random(len(tgt)) < 0.3),
        **anchors,
    )
    seconds = time.perf_counter() - start
    cpu = time.process_time() - cpu_start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    pairs = [b for b in beads if len(b.src_ids) == 1 and len(b.tgt_ids) == 1]
    return {
        "n_src": len(src),
        "n_tgt": len(tgt),
        "seconds": round(seconds, 2),
        "cpu_seconds": round(cpu, 2),
        "peak_rss_mb": round(peak / 1024),
        "rss_before_mb": round(base / 1024),
        "beads": len(beads),
        "pairs_1_1": len(pairs),
        "planted": planted,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 2000, 5000, 10000, 20000])
    parser.add_argument("--numbers", action="store_true", help="also run with number anchors")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--one-numbers", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(one(args.one, args.one_numbers)))
        return
    extra = " with numbers: wall s | CPU s | peak RSS MB |" if args.numbers else ""
    print("| sentences (src x tgt) | wall s | CPU s | peak RSS MB | CPU s per 1k |" + extra)
    print("|---|---|---|---|---|" + ("---|---|---|" if args.numbers else ""))
    for n in args.sizes:
        r = _child(n, numbers=False)
        row = (
            f"| {r['n_src']} x {r['n_tgt']} | {r['seconds']} | {r['cpu_seconds']} | "
            f"{r['peak_rss_mb']} | {r['cpu_seconds'] / r['n_src'] * 1000:.2f} |"
        )
        if args.numbers:
            w = _child(n, numbers=True)
            row += f" {w['seconds']} | {w['cpu_seconds']} | {w['peak_rss_mb']} |"
        print(row, flush=True)


def _child(n: int, *, numbers: bool) -> dict:
    """One size in a fresh process (its own peak memory)."""
    run = subprocess.run(
        [sys.executable, __file__, "--one", str(n), *(["--one-numbers"] if numbers else [])],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "OPENBLAS_NUM_THREADS": os.environ.get("OPENBLAS_NUM_THREADS", "1")},
        cwd=ROOT,
    )
    return json.loads(run.stdout)


if __name__ == "__main__":
    main()
