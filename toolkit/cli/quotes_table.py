"""`toolkit quotes-table`: every statement of a story against every version."""

from __future__ import annotations

from pathlib import Path

import click

from toolkit.cli.app import main
from toolkit.cli.options import emit, model_options, output_options, quiet_option

LONG_COLUMNS = [
    "statement_id",
    "number",
    "version_id",
    "status",
    "categories",
    "evidence",
    "form",
    "text",
    "cell_id",
]


@main.command("quotes-table")
@click.argument("target", type=click.Path(path_type=Path), metavar="RUN_DIR_OR_STORY")
@click.option(
    "--reference",
    default=None,
    metavar="VID",
    help="Version id to check the others against (overrides story.toml's reference).",
)
@click.option("--wide", is_flag=True, help="One row per statement, one column per version.")
@click.option(
    "--summary", is_flag=True, help="Per version: statements carried, faithful, distorted, missing."
)
@model_options
@quiet_option
@output_options(parquet=True)
def quotes_table_command(
    target: Path,
    reference: str | None,
    wide: bool,
    summary: bool,
    model: str | None,
    quiet: bool,
    fmt: str,
    out: Path | None,
) -> None:
    """Tabulate each statement (rows) in each version (cells): faithful, distorted (with
    the divergence categories and evidence) or absent, checked against the reference.

    RUN_DIR_OR_STORY is a run folder written by `toolkit run` (its tables are read) or a
    story folder (texts/<story>: the analysis is run). The reference comes from the story's
    story.toml (docs/story-format.md) or --reference; without one, statements are the
    clusters of the versions' paired quotes. Review decisions in the run folder's
    review.jsonl keyed by a cell_id set the cell's review column.

    \b
    Example:
        toolkit quotes-table texts/putin-bush-transcript-2001 --wide
        toolkit quotes-table alignments/putin-bush-transcript-2001 --summary --format csv
    """
    from toolkit.embed import load_embedder
    from toolkit.statements import quotes_table
    from toolkit.statements.table import attach_cell_decisions, outlet_summary, wide_table

    if wide and summary:
        raise click.UsageError("--wide and --summary are two different tables; give one")
    frames, meta, review_path = _load(target, reference=reference, model=model, quiet=quiet)
    embedder = load_embedder(model, quiet=quiet)
    table = quotes_table(frames, embedder=embedder, meta=meta)
    if wide:
        emit(wide_table(table, versions=_column_order(frames, meta)), fmt=fmt, out=out)
    elif summary:
        emit(outlet_summary(table, versions=_column_order(frames, meta)), fmt=fmt, out=out)
    else:
        if review_path is not None:
            from toolkit.review import load_review

            log = load_review(review_path)
            for problem in log.problems:
                click.echo(f"Warning: {problem}", err=True)
            table = attach_cell_decisions(table, log.decisions)
            columns = [*LONG_COLUMNS, "review"]
        else:
            columns = LONG_COLUMNS
        emit(table.select(columns), fmt=fmt, out=out)


def _column_order(frames: object, meta: object) -> list[str]:
    ref = meta.reference  # type: ignore[attr-defined]
    versions = list(frames.versions)  # type: ignore[attr-defined]
    return [ref, *[v for v in versions if v != ref]] if ref in versions else versions


def _load(target: Path, *, reference: str | None, model: str | None, quiet: bool) -> tuple:
    from toolkit.errors import InputError
    from toolkit.report.rundir import RUN_JSON

    if (target / RUN_JSON).is_file():
        return _from_run(target, reference=reference)
    if target.exists() and not target.is_dir():
        raise InputError(f"{target}: not a folder; give a run folder or a story folder")
    if not target.is_dir():
        raise InputError(f"{target}: no such run or story folder")
    return _from_story(target, reference=reference, model=model, quiet=quiet)


def _from_run(folder: Path, *, reference: str | None) -> tuple:
    from toolkit.errors import InputError
    from toolkit.report.rundir import read_run
    from toolkit.statements import StoryFrames, StoryMeta, read_story_meta

    run = read_run(folder)
    if not run.versions:
        raise InputError(f"{run.path}/run.json: lists no versions; the quote table needs them")
    story_folder = _story_folder(run)
    meta = read_story_meta(story_folder) if story_folder is not None else StoryMeta()
    frames = StoryFrames(
        story=run.story,
        versions=run.version_ids,
        langs={str(v["version_id"]): str(v["lang"]) for v in run.versions},
        sentences=run.sentences,
        quotes=run.quotes,
        beads=run.alignment,
    )
    return frames, meta.with_reference(reference), run.review_path


def _story_folder(run: object) -> Path | None:
    """The story folder of a run: where its version files are, if they still exist
    (their paths in run.json are relative to the story folder's grandparent)."""
    bases = (Path.cwd(), run.path.resolve().parent.parent)  # type: ignore[attr-defined]
    for record in run.versions:  # type: ignore[attr-defined]
        path = Path(str(record.get("path", "")))
        for base in bases:
            if path.name and (base / path).is_file():
                return (base / path).parent
    for base in bases:
        if (base / "texts" / run.story).is_dir():  # type: ignore[attr-defined]
            return base / "texts" / run.story  # type: ignore[attr-defined]
    return None


def _from_story(folder: Path, *, reference: str | None, model: str | None, quiet: bool) -> tuple:
    from toolkit.embed import load_embedder
    from toolkit.ingest import read_story
    from toolkit.runner import REVIEW_FILE, default_out_dir
    from toolkit.statements import read_story_meta, story_frames
    from toolkit.statements.story import check_reference

    meta = read_story_meta(folder).with_reference(reference)
    versions = read_story(folder)
    check_reference(meta, [v.version_id for v in versions])
    frames = story_frames(versions, load_embedder(model, quiet=quiet), reference=meta.reference)
    review = default_out_dir(folder) / REVIEW_FILE
    return frames, meta, review if review.is_file() else None
