"""Review decisions: confirmed / dismissed / note, who and when, keyed by stable flag ids.

Decisions live in alignments/<story>/review.jsonl, apart from the run outputs, one JSON
object per line (the fields of schemas.REVIEW). The file is append-only: each decision is
one write() of one line under an exclusive lock, then fsync, so two reviewers writing at
once lose nothing and a crash loses at most the line being written. A torn last line is
reported and skipped when reading; the lines before it still count, and the next append
starts on a fresh line. Nothing in the file is ever rewritten.

The latest verdict (confirmed or dismissed) of a flag sets its status; a note alone makes
it "noted"; earlier decisions stay in the file as history. A rerun whose flags no longer
include a decision's flag id lists that decision as orphaned; it is never dropped.
"""

from __future__ import annotations

import datetime as dt
import fcntl
import getpass
import json
import os
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

import polars as pl

from toolkit import schemas
from toolkit.errors import InputError, OutputError

DECISIONS = ("confirmed", "dismissed", "note")
VERDICTS = ("confirmed", "dismissed")
FLAG_STATUSES = ("unreviewed", "confirmed", "dismissed", "noted")
REVIEW_COLUMNS = ("status", "reviewer", "note")


@dataclass(frozen=True)
class ReviewLog:
    """The decisions read from a review file, in file order, and the lines that were skipped."""

    decisions: pl.DataFrame
    problems: list[str] = field(default_factory=list)


def now_utc() -> str:
    """The current time as ISO 8601 UTC with second precision, e.g. 2026-11-28T11:49:26Z."""
    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def default_reviewer() -> str:
    """git's user.name, else the operating-system user, else "unknown"."""
    try:
        done = subprocess.run(
            ["git", "config", "user.name"], capture_output=True, text=True, timeout=5, check=False
        )
        if done.returncode == 0 and done.stdout.strip():
            return done.stdout.strip()
    except (OSError, subprocess.SubprocessError):
        pass
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return "unknown"


def make_decision(
    flag_id: str,
    *,
    status: str,
    note: str | None = None,
    reviewer: str,
    time: str | None = None,
) -> dict[str, str | None]:
    """A decision record with the fields of schemas.REVIEW, checked.

    Example:
        >>> make_decision("f1a2", status="dismissed", reviewer="Olena", time="2026-11-28T10:00:00Z")
        ... # doctest: +NORMALIZE_WHITESPACE
        {'flag_id': 'f1a2', 'status': 'dismissed', 'note': None, 'reviewer': 'Olena',
         'time': '2026-11-28T10:00:00Z'}
    """
    if status not in DECISIONS:
        raise InputError(f"unknown decision {status!r}; valid: {', '.join(DECISIONS)}")
    if not flag_id:
        raise InputError("a decision needs a flag id")
    if status == "note" and not (note and note.strip()):
        raise InputError("a note decision needs the note text")
    if not reviewer or not reviewer.strip():
        raise InputError("a decision needs a reviewer name")
    note = _utf8(note.strip()) if note and note.strip() else None
    record = {"flag_id": flag_id, "status": status, "note": note,
              "reviewer": _utf8(reviewer.strip())}  # fmt: skip
    record["time"] = time or now_utc()
    return record


def _utf8(text: str) -> str:
    """`text` as UTF-8 can hold it: bytes a terminal sent that were not UTF-8 (read as lone
    surrogates) become U+FFFD, so a note is kept rather than lost to an encoding error."""
    try:
        return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    except UnicodeEncodeError:  # a surrogate surrogateescape did not make
        return text.encode("utf-8", "replace").decode("utf-8")


def _encode(decision: dict[str, str | None]) -> bytes:
    ordered = {k: decision.get(k) for k in schemas.REVIEW}
    return (json.dumps(ordered, ensure_ascii=False) + "\n").encode("utf-8")


def append_decision(path: str | Path, decision: dict[str, str | None]) -> None:
    """Append one decision line to the review file at `path`, atomically and durably.

    The append holds an exclusive flock, writes the whole line with one write() on an
    O_APPEND descriptor and fsyncs it; if the file ends in a torn line it first starts a
    new line, so the torn bytes never glue onto the new decision.
    """
    target = Path(path)
    line = _encode(decision)
    created = not target.exists()
    try:
        fd = os.open(target, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
    except OSError as exc:
        raise OutputError(f"{target}: cannot write ({exc.strerror or exc})") from exc
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        try:
            size = os.fstat(fd).st_size
            if size and _last_byte(target, size) != b"\n":
                line = b"\n" + line
            written = os.write(fd, line)
            if written != len(line):
                raise OutputError(f"{target}: short write ({written} of {len(line)} bytes)")
            os.fsync(fd)
        finally:
            fcntl.flock(fd, fcntl.LOCK_UN)
    except OSError as exc:
        raise OutputError(f"{target}: cannot write ({exc.strerror or exc})") from exc
    finally:
        os.close(fd)
    if created:
        _fsync_dir(target.parent)


def _last_byte(path: Path, size: int) -> bytes:
    with open(path, "rb") as handle:
        handle.seek(size - 1)
        return handle.read(1)


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def empty_decisions() -> pl.DataFrame:
    """An empty decisions frame: schemas.REVIEW plus `line` (1-based line in the file)."""
    return pl.DataFrame(schema={**schemas.REVIEW, "line": pl.Int32})


def load_review(path: str | Path) -> ReviewLog:
    """Read the review file at `path`; a missing file has no decisions.

    Unreadable lines (a torn last line after a crash, a hand-edit gone wrong) are skipped
    and described in `problems`; every other decision is kept, in file order.
    """
    source = Path(path)
    if not source.exists():
        return ReviewLog(empty_decisions())
    try:
        data = source.read_bytes()
    except OSError as exc:
        raise InputError(f"{source}: cannot read ({exc.strerror or exc})") from exc
    lines = data.split(b"\n")
    torn_tail = lines[-1] != b""
    rows: list[dict] = []
    problems: list[str] = []
    for number, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        record, reason = _parse_line(raw)
        if record is None:
            last = number == len(lines) and torn_tail
            kind = "torn last line (an interrupted write?)" if last else reason
            problems.append(f"{source}: line {number}: {kind}; skipped, left in the file")
            continue
        rows.append({**record, "line": number})
    frame = pl.DataFrame(rows, schema={**schemas.REVIEW, "line": pl.Int32}, orient="row")
    return ReviewLog(frame if rows else empty_decisions(), problems)


def _parse_line(raw: bytes) -> tuple[dict | None, str]:
    try:
        record = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        return None, "not a JSON object"
    if not isinstance(record, dict):
        return None, "not a JSON object"
    if not isinstance(record.get("flag_id"), str) or not record["flag_id"]:
        return None, "no flag_id"
    if record.get("status") not in DECISIONS:
        return None, f"unknown status {record.get('status')!r}"
    for key in ("note", "reviewer", "time"):
        if record.get(key) is not None and not isinstance(record[key], str):
            return None, f"{key} is not a string"
    return {k: record.get(k) for k in schemas.REVIEW}, ""


def attach_decisions(flags: pl.DataFrame, decisions: pl.DataFrame) -> pl.DataFrame:
    """`flags` with status, reviewer and note columns from `decisions` (in file order).

    status is the latest verdict (confirmed/dismissed), else "noted" when the flag has only
    notes, else "unreviewed"; reviewer is whoever made that latest verdict (or latest note);
    note is the latest note text given with any decision.
    """
    base = flags.drop([c for c in REVIEW_COLUMNS if c in flags.columns])
    ordered = _with_order(decisions)
    verdicts = (
        ordered.filter(pl.col("status").is_in(VERDICTS))
        .group_by("flag_id")
        .agg(pl.col("status").last().alias("_verdict"), pl.col("reviewer").last().alias("_vby"))
    )
    notes = (
        ordered.filter(pl.col("note").is_not_null())
        .group_by("flag_id")
        .agg(pl.col("note").last().alias("note"), pl.col("reviewer").last().alias("_nby"))
    )
    joined = base.join(verdicts, on="flag_id", how="left").join(notes, on="flag_id", how="left")
    status = (
        pl.when(pl.col("_verdict").is_not_null())
        .then(pl.col("_verdict"))
        .when(pl.col("note").is_not_null())
        .then(pl.lit("noted"))
        .otherwise(pl.lit("unreviewed"))
    )
    return joined.with_columns(
        status.alias("status"), pl.coalesce("_vby", "_nby").alias("reviewer")
    ).select([*base.columns, *REVIEW_COLUMNS])


def _with_order(decisions: pl.DataFrame) -> pl.DataFrame:
    if "line" not in decisions.columns:
        decisions = decisions.with_row_index("line", offset=1)
    return decisions.sort("line")


def orphaned_decisions(flags: pl.DataFrame, decisions: pl.DataFrame) -> pl.DataFrame:
    """The decisions whose flag id is not among `flags` (the flag went away in a rerun)."""
    known = flags.get_column("flag_id").unique()
    return decisions.filter(~pl.col("flag_id").is_in(known.implode()))


def resolve_flag_id(
    flags: pl.DataFrame, given: str, *, run_path: Path | str, cell_ids: list[str] = ()
) -> str:
    """The flag or quote-table cell id that `given` names: an exact id, or a prefix of
    exactly one id (flag ids and `cell_ids` together)."""
    ids = [*flags.get_column("flag_id").to_list(), *cell_ids]
    if given in ids:
        return given
    matches = sorted(i for i in set(ids) if given and i.startswith(given))
    if len(matches) == 1:
        return matches[0]
    see = f"see the ids with `toolkit report {run_path}`"
    if matches:
        shown = ", ".join(matches[:5])
        raise InputError(f"flag id {given!r} is ambiguous ({shown}, ...); {see}")
    raise InputError(f"unknown flag or cell id {given!r} in {run_path}; {see}")


def progress(flags: pl.DataFrame) -> pl.DataFrame:
    """Review progress by category: one row per category plus a total row.

    `flags` must carry the status column of attach_decisions.
    """
    counts = [
        pl.col("status").eq(status).sum().cast(pl.Int64).alias(status) for status in FLAG_STATUSES
    ]
    by_category = (
        flags.group_by("category")
        .agg(pl.len().cast(pl.Int64).alias("flags"), *counts)
        .sort("category")
    )
    total = flags.select(
        pl.lit("all").alias("category"), pl.len().cast(pl.Int64).alias("flags"), *counts
    )
    return (
        pl.concat([by_category, total])
        .with_columns((pl.col("flags") - pl.col("unreviewed")).alias("reviewed"))
        .select("category", "flags", "reviewed", *FLAG_STATUSES)
    )
