"""Render polars frames for the terminal or as CSV / JSON / Parquet, written atomically."""

from __future__ import annotations

import io
import json
import unicodedata
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from toolkit import atomic
from toolkit.errors import InputError

if TYPE_CHECKING:
    import polars as pl

TEXT_FORMATS = ("table", "csv", "json")
FILE_FORMATS = (*TEXT_FORMATS, "parquet")


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.3f}"
    if isinstance(value, list | tuple):
        return ",".join(_cell(v) for v in value)
    return str(value).replace("\n", " ")


def display_width(text: str) -> int:
    """Terminal columns `text` occupies (wide East Asian characters count twice)."""
    return sum(
        0 if unicodedata.combining(ch) else 2 if unicodedata.east_asian_width(ch) in "WF" else 1
        for ch in text
    )


def _fit(text: str, width: int) -> str:
    if display_width(text) <= width:
        return text + " " * (width - display_width(text))
    out, used = [], 0
    for ch in text:
        w = display_width(ch)
        if used + w > width - 1:
            break
        out.append(ch)
        used += w
    return "".join(out) + "…" + " " * (width - used - 1)


def render_table(
    frame: pl.DataFrame, *, max_width: int = 60, max_widths: Mapping[str, int] | None = None
) -> str:
    """A plain-text table: one header line, a rule, one line per row; long cells are cut.

    `max_widths` caps single columns (display columns), overriding `max_width` for them.
    """
    columns = frame.columns
    caps = [(max_widths or {}).get(c, max_width) for c in columns]
    rows = [[_cell(v) for v in row] for row in frame.iter_rows()]
    widths = [
        min(caps[i], max([display_width(c)] + [display_width(r[i]) for r in rows]))
        for i, c in enumerate(columns)
    ]
    lines = ["  ".join(_fit(c, w) for c, w in zip(columns, widths, strict=True)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(_fit(v, w) for v, w in zip(r, widths, strict=True)).rstrip() for r in rows]
    return "\n".join(lines) + "\n"


def _jsonable(value: object) -> object:
    if isinstance(value, float) and value != value:  # NaN
        return None
    return value


def render_json(frame: pl.DataFrame) -> str:
    """Rows as a JSON array of objects, keys in column order, UTF-8 kept readable."""
    rows = [{k: _jsonable(v) for k, v in row.items()} for row in frame.iter_rows(named=True)]
    return json.dumps(rows, ensure_ascii=False, indent=1, default=str) + "\n"


def render_csv(frame: pl.DataFrame) -> str:
    """CSV with list columns joined by ';'."""
    import polars as pl

    flat = frame.with_columns(
        pl.col(c).cast(pl.List(pl.String)).list.join(";")
        for c, t in frame.schema.items()
        if isinstance(t, pl.List)
    )
    buffer = io.StringIO()
    flat.write_csv(buffer)
    return buffer.getvalue()


def render(frame: pl.DataFrame, fmt: str) -> str:
    """Render `frame` as text in one of TEXT_FORMATS."""
    if fmt == "table":
        return render_table(frame)
    if fmt == "csv":
        return render_csv(frame)
    if fmt == "json":
        return render_json(frame)
    raise InputError(f"unknown format {fmt!r}; valid: {', '.join(TEXT_FORMATS)}")


def write_frame(frame: pl.DataFrame, path: str | Path, *, fmt: str) -> None:
    """Write `frame` to `path` atomically in one of FILE_FORMATS."""
    if fmt == "parquet":
        with atomic.atomic_path(path) as tmp:
            frame.write_parquet(tmp, statistics=False)
        return
    atomic.write_text(path, render(frame, fmt))
