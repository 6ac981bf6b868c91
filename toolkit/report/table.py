"""The divergence table: filters, a stable order, and the narrow view for the terminal."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import polars as pl

from toolkit.crosscheck import ODD_ONE
from toolkit.errors import InputError
from toolkit.flag import CATEGORIES, SEVERITIES
from toolkit.review import FLAG_STATUSES as STATUSES

# terminal view: column -> widest cell (display columns)
TERMINAL_COLUMNS = {
    "flag_id": 12,
    "versions": 34,
    "category": 19,
    "severity": 8,
    "score": 5,
    "status": 10,
    "cross_check": 28,
    "evidence": 48,
}


def split_values(values: Iterable[str], option: str = "") -> list[str]:
    """Values of a repeatable option that may also hold comma lists, without duplicates;
    InputError when the option was given and holds no value at all (`--category ,,`),
    which would otherwise filter nothing.

    Example:
        >>> split_values(["NUMBER_CHANGED,name_changed", "NUMBER_CHANGED"])
        ['NUMBER_CHANGED', 'name_changed']
    """
    values = list(values)
    out: list[str] = []
    for value in values:
        for part in value.split(","):
            part = part.strip()
            if part and part not in out:
                out.append(part)
    if values and not out:
        raise InputError(f"{option or 'option'}: no value given ({', '.join(map(repr, values))})")
    return out


def _check(values: Sequence[str], valid: Sequence[str], what: str) -> list[str]:
    by_upper = {v.upper(): v for v in valid}
    bad = [v for v in values if v.upper() not in by_upper]
    if bad:
        raise InputError(f"unknown {what} {', '.join(map(repr, bad))}; valid: {', '.join(valid)}")
    return [by_upper[v.upper()] for v in values]


def filter_flags(
    flags: pl.DataFrame,
    *,
    categories: Sequence[str] = (),
    severities: Sequence[str] = (),
    statuses: Sequence[str] = (),
    versions: Sequence[str] = (),
    known_versions: Sequence[str] | None = None,
    odd_one: str | None = None,
) -> pl.DataFrame:
    """The rows of `flags` that match every filter given; an empty filter keeps all.

    `versions` names one version (flags involving it) or two (flags between exactly that
    pair, in either order). `odd_one` keeps the flags whose cross-check names that version
    as the one that differs from both others (toolkit.crosscheck). Unknown values raise
    InputError listing the valid ones. `statuses` needs the status column of
    review.attach_decisions.

    Example:
        >>> filter_flags(flags, categories=["NUMBER_CHANGED"], versions=["a.en"])  # doctest: +SKIP
    """
    out = flags
    if categories:
        keep = _check(categories, CATEGORIES, "category")
        out = out.filter(pl.col("category").is_in(keep))
    if severities:
        keep = [v.lower() for v in _check(severities, SEVERITIES, "severity")]
        out = out.filter(pl.col("severity").is_in(keep))
    if statuses:
        keep = [v.lower() for v in _check(statuses, STATUSES, "status")]
        if "status" not in out.columns:
            out = out.with_columns(pl.lit("unreviewed").alias("status"))
        out = out.filter(pl.col("status").is_in(keep))
    if versions:
        out = _filter_versions(out, versions, known_versions)
    if odd_one is not None:
        _check_versions(out, [odd_one], known_versions)
        out = out.filter(pl.col("cross_check") == ODD_ONE + odd_one)
    return out


def _check_versions(
    flags: pl.DataFrame, versions: Sequence[str], known: Sequence[str] | None
) -> None:
    """InputError naming a version that is not one of `known` (default: the flags')."""
    valid = (
        list(known)
        if known is not None
        else sorted(set(flags.get_column("version_a")) | set(flags.get_column("version_b")))
    )
    bad = [v for v in versions if v not in valid]
    if bad:
        raise InputError(f"unknown version {', '.join(map(repr, bad))}; valid: {', '.join(valid)}")


def _filter_versions(
    flags: pl.DataFrame, versions: Sequence[str], known: Sequence[str] | None
) -> pl.DataFrame:
    if len(versions) > 2:
        raise InputError(f"--versions takes one version or a pair A,B, not {len(versions)}")
    _check_versions(flags, versions, known)
    a, b = pl.col("version_a"), pl.col("version_b")
    if len(versions) == 1:
        return flags.filter((a == versions[0]) | (b == versions[0]))
    x, y = versions
    return flags.filter(((a == x) & (b == y)) | ((a == y) & (b == x)))


def sort_flags(flags: pl.DataFrame) -> pl.DataFrame:
    """Most severe first, then highest score, then flag id: a total, stable order."""
    rank = pl.col("severity").replace_strict(
        {s: i for i, s in enumerate(SEVERITIES)}, default=len(SEVERITIES), return_dtype=pl.Int8
    )
    return (
        flags.with_columns(rank.alias("_rank"))
        .sort(["_rank", "score", "flag_id"], descending=[False, True, False], nulls_last=True)
        .drop("_rank")
    )


def terminal_view(flags: pl.DataFrame) -> pl.DataFrame:
    """The columns of the table printed in the terminal (texts live in the files and HTML)."""
    view = flags.with_columns(
        pl.concat_str([pl.col("version_a"), pl.col("version_b")], separator=" → ").alias("versions")
    )
    if "status" not in view.columns:
        view = view.with_columns(pl.lit("unreviewed").alias("status"))
    return view.select(list(TERMINAL_COLUMNS))
