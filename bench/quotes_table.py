"""Quote table against the key of texts/putin-bush-transcript-2001 (issue 9).

Runs `story_frames` + `quotes_table` with the real default model, compares every cell with
expected-cells.csv and writes the figures (cell accuracy, per-status confusion, misses,
per-outlet summary) as Markdown.

    .venv/bin/python bench/quotes_table.py --out bench/results/quotes_table.md
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import time
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")

import polars as pl

STORY = Path("texts/putin-bush-transcript-2001")


def _md(frame: pl.DataFrame) -> str:
    cols = frame.columns
    lines = ["| " + " | ".join(cols) + " |", "|" + "---|" * len(cols)]
    for row in frame.iter_rows():
        cells = [", ".join(map(str, v)) if isinstance(v, list) else str(v) for v in row]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main() -> None:
    from toolkit.embed import load_embedder
    from toolkit.ingest import read_story
    from toolkit.statements import quotes_table, read_story_meta, story_frames
    from toolkit.statements.evaluate import compare_with_key, confusion, read_key
    from toolkit.statements.table import outlet_summary

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=None, help="write the Markdown here")
    args = parser.parse_args()

    start = time.perf_counter()
    embedder = load_embedder(quiet=True)
    loaded = time.perf_counter()
    meta = read_story_meta(STORY)
    frames = story_frames(read_story(STORY), embedder, reference=meta.reference)
    table = quotes_table(frames, embedder=embedder, meta=meta)
    done = time.perf_counter()

    key = read_key(STORY / "expected-cells.csv")
    compared = compare_with_key(table, key)
    editions = compared.filter(pl.col("version_id") != meta.reference)
    klass = compared.with_columns(
        pl.col("expected").replace_strict(
            {"faithful": "faithful", "absent": "absent"}, default="distorted"
        ),
        pl.col("predicted").replace_strict(
            {"faithful": "faithful", "absent": "absent"}, default="distorted"
        ),
    )
    misses = compared.filter(~pl.col("match")).join(
        table.select("number", "version_id", "form", "evidence"), on=["number", "version_id"]
    )
    text = "\n".join(
        [
            "# Quote table against the key (issue 9)",
            "",
            f"- date: {dt.date.today().isoformat()}; machine: {platform.machine()}, "
            f"{os.cpu_count()} CPUs visible (2 shared cores), Python {platform.python_version()}",
            "- command: `.venv/bin/python bench/quotes_table.py "
            "--out bench/results/quotes_table.md`",
            f"- story: `{STORY}` (reference `{meta.reference}`, {meta.reference_format}); "
            f"model: `{embedder.signature}`",
            f"- time: model load {loaded - start:.1f} s, table {done - loaded:.1f} s "
            "(embedding cache warm)",
            "",
            "## Cell accuracy (status = faithful, absent, or the most severe category)",
            "",
            f"- all cells: **{compared['match'].sum()}/{compared.height} = "
            f"{compared['match'].mean():.3f}** (the issue asks >= 0.95)",
            f"- edition cells only (reference column left out): {editions['match'].sum()}/"
            f"{editions.height} = {editions['match'].mean():.3f}",
            f"- status class only (faithful / distorted / absent): "
            f"{(klass['expected'] == klass['predicted']).sum()}/{klass.height} = "
            f"{(klass['expected'] == klass['predicted']).mean():.3f}",
            "",
            "## Per expected status",
            "",
            _md(confusion(compared)),
            "",
            "## Misses",
            "",
            _md(misses.select("number", "version_id", "expected", "predicted", "form", "evidence")),
            "",
            "## Per outlet",
            "",
            _md(outlet_summary(table)),
            "",
        ]
    )
    if args.out:
        args.out.write_text(text, encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main()
