"""Check a quote table against a key of expected cell statuses (expected-cells.csv).

The key has columns `statement,version,status`: statement "S01", "S02", ... numbers the
statements in reference order; status is faithful, absent or a divergence category. A
distorted cell matches when its most severe category is the key's.
"""

from __future__ import annotations

from pathlib import Path

import polars as pl

from toolkit.errors import InputError

KEY_COLUMNS = ("statement", "version", "status")


def read_key(path: str | Path) -> pl.DataFrame:
    """The key as a frame with columns number (int), version_id, expected."""
    source = Path(path)
    try:
        key = pl.read_csv(source, infer_schema=False)
    except (OSError, pl.exceptions.PolarsError) as exc:
        raise InputError(f"{source}: cannot read the key ({exc})") from None
    missing = [c for c in KEY_COLUMNS if c not in key.columns]
    if missing:
        raise InputError(f"{source}: no column {missing[0]!r}; need {', '.join(KEY_COLUMNS)}")
    bad = key.filter(~pl.col("statement").str.contains(r"^S\d+$"))
    if bad.height:
        raise InputError(f"{source}: statement {bad['statement'][0]!r} is not like S01")
    return key.select(
        pl.col("statement").str.slice(1).cast(pl.Int32).alias("number"),
        pl.col("version").alias("version_id"),
        pl.col("status").alias("expected"),
    )


def predicted_status(table: pl.DataFrame) -> pl.DataFrame:
    """number, version_id, predicted: faithful, absent or the most severe category."""
    return table.select(
        "number",
        "version_id",
        pl.when(pl.col("status") == "distorted")
        .then(pl.col("categories").list.first())
        .otherwise(pl.col("status"))
        .alias("predicted"),
    )


def compare_with_key(table: pl.DataFrame, key: pl.DataFrame) -> pl.DataFrame:
    """Every key cell with its prediction (null when the table has no such cell) and `match`."""
    joined = key.join(predicted_status(table), on=["number", "version_id"], how="left")
    return joined.with_columns(
        (pl.col("predicted") == pl.col("expected")).fill_null(False).alias("match")
    ).sort("number", "version_id")


def confusion(compared: pl.DataFrame) -> pl.DataFrame:
    """Per expected status: cells, matched, and what was predicted instead."""
    return (
        compared.group_by("expected")
        .agg(
            pl.len().alias("cells"),
            pl.col("match").sum().alias("matched"),
            pl.col("predicted")
            .filter(~pl.col("match"))
            .fill_null("(none)")
            .sort()
            .alias("instead"),
        )
        .sort("expected")
    )
