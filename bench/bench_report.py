"""Time the report and review stages on a synthetic run folder of realistic size.

Writes a run folder with 3 versions x N sentences, dense similarity matrices for two pairs
and F flags, then times: reading it, the terminal table, the HTML report (and its size),
appending decisions to review.jsonl, and reading a long review file back.

Run from the repository root: PYTHONPATH=. .venv/bin/python bench/bench_report.py [N] [F]
"""

from __future__ import annotations

import hashlib
import json
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import polars as pl

from toolkit import review, schemas
from toolkit.output import render_table
from toolkit.report.html import build_html
from toolkit.report.rundir import read_run
from toolkit.report.table import TERMINAL_COLUMNS, sort_flags, terminal_view

VERSIONS = ["outlet-a.en", "outlet-a.uk", "outlet-b.ru"]
CATEGORIES = ["NUMBER_CHANGED", "NAME_CHANGED", "WORDS_DROPPED", "QUOTE_MISSING", "MEANING_CHANGED"]


def _sentence(vid: str, i: int) -> str:
    if vid.endswith(".en"):
        return f'"In {1900 + i % 120}, the council met {i} times," the minister said in Kyiv.'
    return f"«У {1900 + i % 120} році рада збиралася {i} разів», — заявив міністр у Києві."


def write_run(folder: Path, n: int, n_flags: int) -> None:
    rng = np.random.default_rng(7)
    sentences = []
    for vid in VERSIONS:
        pos = 0
        for i in range(n):
            text = _sentence(vid, i)
            sentences.append((vid, i, i // 5, pos, pos + len(text), pos, pos + len(text), text))
            pos += len(text) + 1
    sent = pl.DataFrame(sentences, schema=schemas.SENTENCES, orient="row")
    pairs = [(VERSIONS[0], VERSIONS[1]), (VERSIONS[0], VERSIONS[2])]
    beads, sims = [], []
    for a, b in pairs:
        beads += [(a, b, i, [i], [i], 0.9) for i in range(n)]
        grid = 0.7 + 0.05 * rng.random((n, n))
        np.fill_diagonal(grid, 0.9)
        rows, cols = np.indices((n, n))
        sims.append(
            pl.DataFrame(
                {
                    "version_a": a,
                    "version_b": b,
                    "row": rows.ravel(),
                    "col": cols.ravel(),
                    "sim": grid.ravel(),
                }
            ).cast(schemas.SIMILARITY)
        )
    units = {"unit_id": pl.Series(range(n), dtype=pl.Int32)}
    for vid in VERSIONS:
        units[f"{vid}.sent_ids"] = pl.Series([[i] for i in range(n)], dtype=pl.List(pl.Int32))
        units[f"{vid}.text"] = [_sentence(vid, i) for i in range(n)]
        units[f"{vid}.score"] = [0.9] * n
    quotes = [
        (
            vid,
            f"{vid}:q{i}",
            s[3] + 1,
            s[3] + 30,
            [i],
            s[7][1:30],
            "міністр",
            "minister",
            "dash",
            "speech",
            False,
            None,
        )
        for vid in VERSIONS
        for i, s in enumerate(sentences[:n])
    ]
    flags = []
    for k in range(n_flags):
        a, b = pairs[k % 2]
        i = int(rng.integers(n))
        flags.append(
            (
                hashlib.sha1(f"{k}".encode()).hexdigest()[:12],
                "bench",
                a,
                b,
                CATEGORIES[k % 5],
                ["high", "medium", "low"][k % 3],
                float(rng.random()),
                f"numbers: {1900 + i % 120} -> {1901 + i % 120}",
                [i],
                [i],
                _sentence(a, i),
                _sentence(b, i),
                None,
                None,
            )
        )
    folder.mkdir(parents=True)
    sent.write_parquet(folder / "sentences.parquet")
    alignment = pl.DataFrame(beads, schema=schemas.PAIR_BEADS, orient="row")
    alignment.write_parquet(folder / "alignment.parquet")
    pl.concat(sims).write_parquet(folder / "similarity.parquet")
    pl.DataFrame(units).write_parquet(folder / "units.parquet")
    pl.DataFrame(quotes, schema=schemas.QUOTES, orient="row").write_parquet(
        folder / "quotes.parquet"
    )
    pl.DataFrame(flags, schema=schemas.FLAGS, orient="row").write_parquet(
        folder / "divergences.parquet"
    )
    meta = {
        "signature": "bench",
        "story": "bench",
        "versions": [{"version_id": v} for v in VERSIONS],
        "pairs": [{"a": a, "b": b, "mode": "translation"} for a, b in pairs],
    }
    (folder / "run.json").write_text(json.dumps(meta), encoding="utf-8")


def _timed(label: str, func: object) -> object:
    start = time.perf_counter()
    value = func()
    print(f"{label}: {time.perf_counter() - start:.3f} s")
    return value


def main(n: int, n_flags: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "bench"
        write_run(folder, n, n_flags)
        print(
            f"run: 3 versions x {n} sentences, 2 pairs ({n}x{n} similarity each), {n_flags} flags"
        )
        run = read_run(folder)
        flags = _timed(
            "read flags + attach",
            lambda: review.attach_decisions(
                run.flags, review.load_review(run.review_path).decisions
            ),
        )
        _timed(
            "terminal table",
            lambda: render_table(terminal_view(sort_flags(flags)), max_widths=TERMINAL_COLUMNS),
        )
        page = _timed("HTML report", lambda: build_html(run, flags=flags))
        print(f"HTML size: {len(page.encode()) / 1e6:.2f} MB")
        path = folder / "review.jsonl"
        count = 1000
        _timed(
            f"{count} decisions appended (flock + fsync each)",
            lambda: [
                review.append_decision(
                    path, review.make_decision(f"f{i}", status="confirmed", reviewer="bench")
                )
                for i in range(count)
            ],
        )
        for _ in range(9):
            path.write_bytes(
                path.read_bytes() * 2 if path.stat().st_size < 2_000_000 else path.read_bytes()
            )
        lines = path.read_bytes().count(b"\n")
        log = _timed(f"read review.jsonl ({lines} lines)", lambda: review.load_review(path))
        _timed("attach decisions", lambda: review.attach_decisions(run.flags, log.decisions))


if __name__ == "__main__":
    main(
        int(sys.argv[1]) if len(sys.argv) > 1 else 400,
        int(sys.argv[2]) if len(sys.argv) > 2 else 300,
    )
