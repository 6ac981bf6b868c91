"""`toolkit run`: analyse every version of a story and write the run folder.

The run folder (alignments/<story>/) holds the tables of every stage as Parquet with CSV
twins, `run.json` with the run's signature, and `review.jsonl`, which belongs to the
reviewers: a run never writes, moves or truncates it. Outputs are written in two phases:
every file is first written completely to a temporary name beside its target, then all are
renamed into place with run.json last, so a run killed while writing leaves each previous
file whole; a rerun with unchanged inputs rewrites byte-identical files.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import polars as pl

from toolkit import schemas
from toolkit.crosscheck import odd_counts
from toolkit.errors import InputError, OutputError
from toolkit.output import render_csv

RUN_JSON = "run.json"
REVIEW_FILE = "review.jsonl"
# table name in the run folder -> whether a CSV twin is written beside the Parquet file
TABLE_FILES = {
    "sentences": True,
    "alignment": True,
    "units": True,
    "quotes": True,
    "quote_pairs": True,
    "features": False,
    "divergences": True,
    "quotes_table": True,
    "similarity": False,
}


@dataclass(frozen=True)
class RunOutput:
    """What a run wrote: its folder, the files and the run metadata."""

    folder: Path
    files: list[Path]
    meta: dict


def file_sha256(path: Path) -> str:
    """Hex sha256 of a file's bytes."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def library_versions() -> dict[str, str]:
    """Versions of the libraries that shape the outputs (recorded in run.json)."""
    from importlib.metadata import PackageNotFoundError, version

    names = ("sentence-transformers", "transformers", "torch", "polars", "numpy", "razdel")
    found = {}
    for name in names:
        with contextlib.suppress(PackageNotFoundError):
            found[name] = version(name)
    return found


def _parquet_bytes(frame: pl.DataFrame, tmp: Path) -> None:
    # Encoded in memory, written by Python: a full disk is an OSError (polars would raise
    # its own ComputeError from inside write_parquet).
    buffer = io.BytesIO()
    frame.write_parquet(buffer, statistics=False, compression="zstd")
    tmp.write_bytes(buffer.getvalue())


def _encoded(name: str, frame: pl.DataFrame) -> list[tuple[str, object]]:
    """(file name, writer) pairs for one table: Parquet and, where wanted, CSV."""
    files: list[tuple[str, object]] = [(f"{name}.parquet", frame)]
    if TABLE_FILES.get(name, False):
        files.append((f"{name}.csv", render_csv(frame).encode("utf-8")))
    return files


@contextlib.contextmanager
def _staged(folder: Path) -> Iterator[list[tuple[Path, Path]]]:
    """Collect (tmp, target) pairs; on error remove every temporary file."""
    staged: list[tuple[Path, Path]] = []
    try:
        yield staged
    except BaseException:
        for tmp, _ in staged:
            tmp.unlink(missing_ok=True)
        raise


def _stage_file(folder: Path, name: str, content: object, staged: list) -> None:
    target = folder / name
    tmp = folder / f".{name}.{os.getpid()}.tmp"
    try:
        if isinstance(content, pl.DataFrame):
            _parquet_bytes(content, tmp)
        else:
            tmp.write_bytes(content)  # type: ignore[arg-type]
        with open(tmp, "rb") as handle:
            os.fsync(handle.fileno())
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise OutputError(f"{target}: cannot write ({exc.strerror or exc})") from exc
    staged.append((tmp, target))


def write_run(folder: str | Path, tables: dict[str, pl.DataFrame], meta: dict) -> RunOutput:
    """Write `tables` and run.json into `folder`, every file replaced atomically.

    Args:
        folder: the run folder (created if missing).
        tables: table name (see TABLE_FILES) -> frame.
        meta: the run metadata; the sha256 of each table file is added under "files".

    Raises:
        OutputError: a file could not be written; the previous outputs stay whole.
    """
    out = Path(folder)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"{out}: cannot create the run folder ({exc.strerror or exc})") from exc
    _remove_stale_tmp(out)
    with _staged(out) as staged:
        for name in sorted(tables):
            for file_name, content in _encoded(name, tables[name]):
                _stage_file(out, file_name, content, staged)
        hashes = {target.name: file_sha256(tmp) for tmp, target in staged}
        full_meta = {**meta, "files": dict(sorted(hashes.items()))}
        text = json.dumps(full_meta, ensure_ascii=False, indent=2, sort_keys=False) + "\n"
        _stage_file(out, RUN_JSON, text.encode("utf-8"), staged)
        for tmp, target in staged:
            try:
                os.replace(tmp, target)
            except OSError as exc:
                raise OutputError(f"{target}: cannot write ({exc.strerror or exc})") from exc
    _fsync_dir(out)
    return RunOutput(folder=out, files=[t for _, t in staged], meta=full_meta)


_STALE_TMP = re.compile(r"\.(.+)\.(\d+)\.tmp")


def _remove_stale_tmp(folder: Path) -> None:
    """Remove `.<file>.<pid>.tmp` files left by a run that was killed (its pid is gone)."""
    for path in folder.iterdir():
        match = _STALE_TMP.fullmatch(path.name)
        if match is None or int(match.group(2)) == os.getpid() or _alive(int(match.group(2))):
            continue
        with contextlib.suppress(OSError):
            path.unlink()


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


def _fsync_dir(folder: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def default_out_dir(story_folder: Path) -> Path:
    """alignments/<story> beside texts/, else ./alignments/<story>."""
    story_folder = story_folder.resolve()
    root = story_folder.parent.parent if story_folder.parent.name == "texts" else Path.cwd()
    return root / "alignments" / story_folder.name


def version_record(version: object, *, root: Path) -> dict[str, str]:
    """The run.json entry of a version: id, outlet, language, file and its sha256."""
    path = Path(version.path)  # type: ignore[attr-defined]
    try:
        shown = path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        shown = path.name
    return {
        "version_id": version.version_id,  # type: ignore[attr-defined]
        "outlet": version.outlet,  # type: ignore[attr-defined]
        "lang": version.lang,  # type: ignore[attr-defined]
        "lang_source": version.lang_source,  # type: ignore[attr-defined]
        "encoding": version.encoding,  # type: ignore[attr-defined]
        "title": version.meta.get("title", ""),  # type: ignore[attr-defined]
        "path": shown,
        "sha256": file_sha256(path),
    }


@dataclass(frozen=True)
class RunReport:
    """The outcome of `run_story`: what was written and what the user should see."""

    output: RunOutput
    flags: pl.DataFrame  # with review status attached
    orphans: pl.DataFrame  # decisions whose flag is gone
    review_problems: list[str]
    signature: str

    @property
    def reviewed(self) -> int:
        """How many flags carry a decision (confirmed, dismissed or noted)."""
        return self.flags.filter(pl.col("status") != "unreviewed").height


def similarity_frame(results: dict) -> pl.DataFrame:
    """Each pair's cosine matrix (pooled to at most 200 x 200 cells) as long rows.

    Rows and columns are block indices when a side has more than 200 sentences; the HTML
    picture maps blocks linearly onto sentences.
    """
    frames = []
    for (va, vb), result in results.items():
        grid = np.round(result.similarity_preview(), 4).astype(np.float32)
        rows, cols = np.indices(grid.shape)
        frames.append(
            pl.DataFrame(
                {
                    "version_a": [va] * grid.size,
                    "version_b": [vb] * grid.size,
                    "row": rows.ravel(),
                    "col": cols.ravel(),
                    "sim": grid.ravel(),
                },
                schema=schemas.SIMILARITY,
            )
        )
    return pl.concat(frames) if frames else pl.DataFrame(schema=schemas.SIMILARITY)


def run_tables(analysis: object, quotes_table: pl.DataFrame) -> dict[str, pl.DataFrame]:
    """The run folder's tables from an Analysis (toolkit.pipeline) and the quote table."""
    return {
        "quotes_table": quotes_table,
        "sentences": analysis.sentences,  # type: ignore[attr-defined]
        "alignment": analysis.beads,  # type: ignore[attr-defined]
        "units": analysis.units,  # type: ignore[attr-defined]
        "quotes": analysis.quotes,  # type: ignore[attr-defined]
        "quote_pairs": analysis.quote_pairs,  # type: ignore[attr-defined]
        "features": analysis.features,  # type: ignore[attr-defined]
        "divergences": analysis.flags,  # type: ignore[attr-defined]
        "similarity": similarity_frame(analysis.results),  # type: ignore[attr-defined]
    }


def run_meta(analysis: object, versions: list, *, story_dir: Path, params: dict) -> dict:
    """run.json's content (no timestamps: the same inputs give the same bytes)."""
    from toolkit import __version__

    root = story_dir.resolve().parent.parent
    try:
        shown_dir = story_dir.resolve().relative_to(root).as_posix()
    except ValueError:
        shown_dir = story_dir.name
    by_id = {v.version_id: v for v in versions}
    modes = analysis.modes.iter_rows(named=True)  # type: ignore[attr-defined]
    return {
        "signature": analysis.signature_string(),  # type: ignore[attr-defined]
        "toolkit": __version__,
        "story": analysis.story,  # type: ignore[attr-defined]
        "story_dir": shown_dir,
        "pivot": analysis.pivot,  # type: ignore[attr-defined]
        "fragments": dict(sorted(analysis.signature.items())),  # type: ignore[attr-defined]
        "params": params,
        "versions": [version_record(by_id[v], root=root) for v in analysis.versions],  # type: ignore[attr-defined]
        "pairs": [
            {
                "a": m["version_a"],
                "b": m["version_b"],
                "mode": m["mode"],
                "mode_reason": m["reason"],
            }
            for m in modes
        ],
        "libraries": library_versions(),
    }


def run_story(
    story_dir: str | Path,
    *,
    out_dir: str | Path | None = None,
    model: str | None = None,
    mode: str = "auto",
    pivot: str | None = None,
    reference: str | None = None,
    pairs: str = "all",
    quiet: bool = False,
) -> RunReport:
    """Run every stage on the versions in `story_dir` and write the run folder.

    Raises:
        ToolkitError: bad input, model or output problems (one line each).
    """
    from toolkit.embed import load_embedder
    from toolkit.ingest import read_story
    from toolkit.pipeline import analyse_story
    from toolkit.review import attach_decisions, load_review, orphaned_decisions
    from toolkit.statements import quotes_table, read_story_meta
    from toolkit.statements.story import check_reference
    from toolkit.statements.table import frames_from_analysis, table_signature

    folder = Path(story_dir)
    versions = read_story(folder)
    if len(versions) < 2:
        raise InputError(
            f"{folder}: only one version ({versions[0].version_id}); a run compares two or more"
        )
    story_meta = read_story_meta(folder).with_reference(reference)
    check_reference(story_meta, [v.version_id for v in versions])
    target = Path(out_dir) if out_dir else default_out_dir(folder)
    # read first, so that an unreadable review log stops the run before anything is written;
    # read again after writing, for the decisions reviewers made while the run was computing
    log = load_review(target / REVIEW_FILE)
    embedder = load_embedder(model, quiet=quiet)
    hubs = (story_meta.reference,) if story_meta.reference else ()
    analysis = analyse_story(versions, embedder, mode=mode, pivot=pivot, story=folder.name,
                             pairs=pairs, hubs=hubs)  # fmt: skip
    langs = {v.version_id: v.lang for v in versions}
    table = quotes_table(frames_from_analysis(analysis, langs), embedder=embedder, meta=story_meta)
    analysis.signature["statements"] = table_signature(story_meta)
    params = {
        "mode": mode,
        "pivot": analysis.pivot,
        "pairs": pairs,
        "reference": story_meta.reference,
        "model": model or "default",
    }
    meta = run_meta(analysis, versions, story_dir=folder, params=params)
    output = write_run(target, run_tables(analysis, table), meta)
    with contextlib.suppress(InputError):  # gone unreadable since: the first reading stands
        log = load_review(target / REVIEW_FILE)
    flags = attach_decisions(analysis.flags, log.decisions)
    return RunReport(
        output=output,
        flags=flags,
        orphans=orphaned_decisions(analysis.flags, log.decisions),
        review_problems=list(log.problems),
        signature=meta["signature"],
    )


def summary_counts(flags: pl.DataFrame) -> pl.DataFrame:
    """Flag counts: one row per category, a column per severity and a total."""
    from toolkit.flag import CATEGORIES, SEVERITIES

    rows = []
    for category in CATEGORIES:
        subset = flags.filter(pl.col("category") == category)
        if subset.height == 0:
            continue
        counts = {s: subset.filter(pl.col("severity") == s).height for s in SEVERITIES}
        rows.append({"category": category, **counts, "total": subset.height})
    schema = {"category": pl.String, **dict.fromkeys(SEVERITIES, pl.Int64), "total": pl.Int64}
    return pl.DataFrame(rows, schema=schema)


def cross_check_line(flags: pl.DataFrame) -> str | None:
    """One line on the flags' cross-check with third versions (toolkit.crosscheck), or None
    when no flag had a third version to check against."""
    checks = flags["cross_check"].drop_nulls().to_list() if "cross_check" in flags.columns else []
    if not checks:
        return None
    odd = odd_counts(checks)
    unseen = sum(c.startswith("not seen") for c in checks)
    seen = len(checks) - sum(odd.values()) - unseen
    by_version = ", ".join(
        f"{v} {n}" for v, n in sorted(odd.items(), key=lambda kv: (-kv[1], kv[0]))
    )
    return (
        f"Cross-check with a third version: {sum(odd.values())} flag(s) name the version that "
        f"differs from both others{f' ({by_version})' if odd else ''}, {seen} seen on both "
        f"sides, {unseen} not seen (one severity level lower)"
    )


def top_flags(flags: pl.DataFrame, *, limit: int = 10) -> pl.DataFrame:
    """The `limit` most severe flags (severity, then score), for the summary."""
    from toolkit.flag import SEVERITIES

    rank = {s: i for i, s in enumerate(SEVERITIES)}
    ordered = flags.with_columns(
        pl.col("severity").replace_strict(rank, default=len(rank)).alias("_rank")
    ).sort(["_rank", "score", "flag_id"], descending=[False, True, False])
    columns = ["flag_id", "category", "severity", "version_a", "version_b", "evidence", "status"]
    return ordered.head(limit).select([c for c in columns if c in ordered.columns])
