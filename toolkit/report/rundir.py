"""Read a run folder (alignments/<story>/) written by `toolkit run`.

Every table is read on first use, so `toolkit report` needs only run.json and
divergences.parquet while the HTML report reads them all. A missing or unreadable file
becomes one InputError line that names the file and the problem.
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from pathlib import Path

import polars as pl

from toolkit import schemas
from toolkit.errors import InputError

RUN_JSON = "run.json"
REVIEW_FILE = "review.jsonl"

# table name -> (file, columns that must be present with their types, or None: any)
TABLES: dict[str, tuple[str, dict[str, pl.DataType] | None]] = {
    "sentences": ("sentences.parquet", schemas.SENTENCES),
    "alignment": ("alignment.parquet", schemas.PAIR_BEADS),
    "units": ("units.parquet", None),
    "quotes": ("quotes.parquet", schemas.QUOTES),
    "flags": ("divergences.parquet", schemas.FLAGS),
    "similarity": ("similarity.parquet", schemas.SIMILARITY),
    "quotes_table": ("quotes_table.parquet", None),
}
# columns no row may leave null: what names a row and what the report sorts and filters on
NOT_NULL: dict[str, tuple[str, ...]] = {
    "sentences": ("version", "sent_id", "text"),
    "alignment": ("version_a", "version_b", "bead_id"),
    "quotes": ("version", "quote_id"),
    "flags": ("flag_id", "version_a", "version_b", "category", "severity", "score"),
    "similarity": ("version_a", "version_b"),
}
# columns later toolkit versions added: a run folder written before them reads as null
ADDED_COLUMNS: dict[str, dict[str, pl.DataType]] = {"flags": {"cross_check": pl.String}}


def _hint(path: Path) -> str:
    return f"make one with `toolkit run texts/{path.name}`"


@dataclass(frozen=True)
class Run:
    """One run folder. Tables are read lazily and cached; `meta` is run.json."""

    path: Path
    meta: dict

    @property
    def story(self) -> str:
        return str(self.meta.get("story") or self.path.name)

    @property
    def signature(self) -> str:
        return str(self.meta.get("signature", ""))

    @property
    def versions(self) -> list[dict]:
        """The version records of run.json, in run order."""
        return list(self.meta.get("versions") or [])

    @property
    def version_ids(self) -> list[str]:
        return [str(v["version_id"]) for v in self.versions]

    @property
    def review_path(self) -> Path:
        return self.path / REVIEW_FILE

    def has_table(self, name: str) -> bool:
        """Whether the run folder holds the table `name` (older runs lack some)."""
        return (self.path / TABLES[name][0]).is_file()

    def table(self, name: str) -> pl.DataFrame:
        """The table `name` (one of TABLES), checked against its schema."""
        return _read_table(self.path, name)

    @property
    def flags(self) -> pl.DataFrame:
        return self.table("flags")

    @property
    def sentences(self) -> pl.DataFrame:
        return self.table("sentences")

    @property
    def alignment(self) -> pl.DataFrame:
        return self.table("alignment")

    @property
    def units(self) -> pl.DataFrame:
        return self.table("units")

    @property
    def quotes(self) -> pl.DataFrame:
        return self.table("quotes")

    @property
    def similarity(self) -> pl.DataFrame:
        return self.table("similarity")


def read_run(path: str | Path) -> Run:
    """Open the run folder at `path` and read its run.json.

    Example:
        >>> run = read_run("alignments/putin-bush-nato-2001")  # doctest: +SKIP
        >>> run.flags.height  # doctest: +SKIP
        12
    """
    folder = Path(path)
    if not folder.exists():
        raise InputError(f"{folder}: no such run folder; {_hint(folder)}")
    if not folder.is_dir():
        raise InputError(f"{folder}: not a folder; give a run folder such as alignments/<story>")
    meta_path = folder / RUN_JSON
    if not meta_path.is_file():
        raise InputError(f"{folder}: not a run folder (no {RUN_JSON}); {_hint(folder)}")
    meta = _read_meta(meta_path)
    return Run(path=folder, meta=meta)


def _read_meta(path: Path) -> dict:
    try:
        meta = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot read ({exc})") from exc
    except json.JSONDecodeError as exc:
        raise InputError(f"{path}: corrupt JSON (line {exc.lineno}: {exc.msg})") from exc
    if not isinstance(meta, dict):
        raise InputError(f"{path}: corrupt run metadata (expected a JSON object)")
    versions = meta.get("versions", [])
    if not isinstance(versions, list) or any(
        not isinstance(v, dict) or "version_id" not in v for v in versions
    ):
        raise InputError(f"{path}: corrupt run metadata ('versions' needs version_id entries)")
    return meta


@functools.lru_cache(maxsize=64)
def _read_cached(path: Path, mtime_ns: int, size: int) -> pl.DataFrame:
    try:
        return pl.read_parquet(path)
    except Exception as exc:  # polars/pyarrow raise many kinds for a damaged file
        reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise InputError(f"{path}: corrupt or unreadable Parquet ({reason[:160]})") from exc


def _read_table(folder: Path, name: str) -> pl.DataFrame:
    if name not in TABLES:
        raise InputError(f"unknown run table {name!r}; valid: {', '.join(TABLES)}")
    filename, schema = TABLES[name]
    path = folder / filename
    if not path.is_file():
        raise InputError(f"{path}: missing from the run folder; {_hint(folder)}")
    stat = path.stat()
    frame = _read_cached(path.resolve(), stat.st_mtime_ns, stat.st_size)
    added = {c: t for c, t in ADDED_COLUMNS.get(name, {}).items() if c not in frame.columns}
    if added:
        frame = frame.with_columns(pl.lit(None, dtype=t).alias(c) for c, t in added.items())
    if schema is not None:
        _check_schema(path, frame, schema)
    _check_nulls(path, frame, NOT_NULL.get(name, ()))
    return frame


def _check_nulls(path: Path, frame: pl.DataFrame, columns: tuple[str, ...]) -> None:
    """One InputError naming the columns of `columns` that hold a null (a damaged table)."""
    if not columns:
        return
    counts = frame.select(pl.col(c).null_count() for c in columns).row(0)
    empty = [f"{c} ({n} of {frame.height} rows)" for c, n in zip(columns, counts, strict=True) if n]
    if empty:
        raise InputError(f"{path}: corrupt table, null values in {', '.join(empty)}")


def _check_schema(path: Path, frame: pl.DataFrame, schema: dict[str, pl.DataType]) -> None:
    missing = [c for c in schema if c not in frame.columns]
    if missing:
        raise InputError(f"{path}: missing columns {', '.join(missing)}")
    wrong = [
        f"{c} is {frame.schema[c]}, expected {t}" for c, t in schema.items() if frame.schema[c] != t
    ]
    if wrong:
        raise InputError(f"{path}: wrong column types ({'; '.join(wrong)})")


def unit_columns(units: pl.DataFrame, version_id: str) -> tuple[str, str, str]:
    """The (sent_ids, text, score) column names of `version_id` in the N-way units table."""
    return f"{version_id}.sent_ids", f"{version_id}.text", f"{version_id}.score"
