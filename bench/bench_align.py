"""Alignment speed and memory with embeddings given (synthetic), at 1k-20k sentences per side.

Synthetic data: random unit vectors (dim 384) for the source; the target follows a planted
monotone path (noisy copies, with ~5% of source sentences dropped and ~5% unrelated target
sentences inserted). Each size runs in a fresh process so that peak memory (ru_maxrss) is its
own; BLAS runs on one thread unless OPENBLAS_NUM_THREADS says otherwise.

Usage:
    .venv/bin/python bench/bench_align.py [--sizes 1000 2000 5000 10000 20000]
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


def synthetic(n: int, seed: int = 0) -> tuple[np.ndarray, np.ndarray, int]:
    """Source vectors, target vectors and the number of planted 1-1 pairs."""
    rng = np.random.default_rng(seed)
    src = rng.standard_normal((n, DIM)).astype(np.float32)
    src /= np.linalg.norm(src, axis=1, keepdims=True)
    rows, planted = [], 0
    for i in range(n):
        roll = rng.random()
        if roll < 0.05:
            continue  # dropped on the target side
        noisy = src[i] + 0.9 * rng.standard_normal(DIM).astype(np.float32) / np.sqrt(DIM)
        rows.append(noisy)
        planted += 1
        if roll > 0.95:
            rows.append(rng.standard_normal(DIM).astype(np.float32))
    tgt = np.vstack(rows)
    tgt /= np.linalg.norm(tgt, axis=1, keepdims=True)
    return src, tgt, planted


def one(n: int) -> dict:
    """Time align_arrays on n source sentences; run in a child process."""
    from toolkit.align import align_arrays

    src, tgt, planted = synthetic(n)
    base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    start, cpu_start = time.perf_counter(), time.process_time()
    beads = align_arrays(src, tgt, mode="translation")
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
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(one(args.one)))
        return
    print("| sentences (src x tgt) | wall s | CPU s | peak RSS MB | CPU s per 1k |")
    print("|---|---|---|---|---|")
    for n in args.sizes:
        run = subprocess.run(
            [sys.executable, __file__, "--one", str(n)],
            capture_output=True,
            text=True,
            check=True,
            env={**os.environ, "OPENBLAS_NUM_THREADS": os.environ.get("OPENBLAS_NUM_THREADS", "1")},
            cwd=ROOT,
        )
        r = json.loads(run.stdout)
        print(
            f"| {r['n_src']} x {r['n_tgt']} | {r['seconds']} | {r['cpu_seconds']} | "
            f"{r['peak_rss_mb']} | {r['cpu_seconds'] / r['n_src'] * 1000:.2f} |",
            flush=True,
        )


if __name__ == "__main__":
    main()
