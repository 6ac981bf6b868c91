"""`toolkit diverge` (the divergence table) and `toolkit eval divergence` (DEMETR ru-en)."""

from __future__ import annotations

import json
from pathlib import Path

import click

from toolkit.cli.app import main
from toolkit.cli.evaluate import eval_group
from toolkit.cli.options import (
    emit,
    mode_option,
    model_options,
    output_options,
    pairs_option,
    pivot_option,
    quiet_option,
)

TABLE_COLUMNS = (
    "flag_id",
    "versions",
    "category",
    "severity",
    "score",
    "evidence",
    "cross_check",
    "text_a",
    "text_b",
)
SPLITS = ("test", "calib", "all", "calib2", "test2")


@main.command()
@click.argument(
    "sources",
    nargs=-1,
    required=True,
    type=click.Path(path_type=Path),
    metavar="RUN_DIR_OR_FILES...",
)
@mode_option(help="Alignment mode when versions are given.")
@pivot_option(help="Pivot version when versions are given (default: the English one).")
@pairs_option
@output_options(parquet=True)
@model_options
@quiet_option
def diverge(
    sources: tuple[Path, ...],
    mode: str,
    pivot: str | None,
    pairs: str,
    fmt: str,
    out: Path | None,
    model: str | None,
    quiet: bool,
) -> None:
    """Print the divergence table: one row per flag (category, severity, score, evidence).

    RUN_DIR_OR_FILES is a run folder (alignments/<story>, written by `toolkit run`), a story
    folder of version files, or two or more version files; versions are analysed here
    (nothing is written except --out). Table format shows the main columns; csv, json
    and parquet hold every column.

    \b
    Example:
        toolkit diverge alignments/putin-bush-nato-2001
        toolkit diverge texts/putin-bush-nato-2001/rbc-ukraine.en.txt \\
            texts/putin-bush-nato-2001/rbc-ukraine.uk.txt --format csv --out flags.csv
    """
    flags = _flags(sources, mode=mode, pivot=pivot, pairs=pairs, model=model, quiet=quiet)
    if fmt == "table" and out is None:
        flags = _table_view(flags)
    emit(flags, fmt=fmt, out=out)


def _flags(
    sources: tuple[Path, ...],
    *,
    mode: str,
    pivot: str | None,
    pairs: str,
    model: str | None,
    quiet: bool,
):
    from toolkit.errors import InputError

    first = sources[0]
    if len(sources) == 1 and not first.exists():
        raise InputError(f"{first}: no such file or folder (give a run folder or a story folder)")
    damaged_run = first.is_dir() and not (first / "run.json").is_file()
    if len(sources) == 1 and damaged_run and any(first.glob("*.parquet")):
        raise InputError(
            f"{first}: a run folder without run.json; run `toolkit run` again on its story"
        )
    if len(sources) == 1 and first.is_dir() and (first / "run.json").is_file():
        from toolkit.report.rundir import read_run

        return read_run(first).flags
    if len(sources) == 1 and first.is_dir():
        from toolkit.ingest import read_story

        versions = read_story(first)
    elif len(sources) == 1:
        raise InputError(f"{first}: give a run folder, a story folder or two or more version files")
    else:
        from toolkit.ingest import read_version

        versions = [read_version(path) for path in sources]
    from toolkit.embed import load_embedder
    from toolkit.pipeline import analyse_story

    embedder = load_embedder(model, quiet=quiet)
    analysis = analyse_story(versions, embedder, mode=mode, pivot=pivot, pairs=pairs)
    if not quiet:
        click.echo(f"signature: {analysis.signature_string()}", err=True)
    return analysis.flags


def _table_view(flags):
    import polars as pl

    view = flags.with_columns(
        pl.concat_str([pl.col("version_a"), pl.col("version_b")], separator=" → ").alias("versions")
    )
    return view.select(list(TABLE_COLUMNS))


@eval_group.command("divergence")
@click.option(
    "--split",
    type=click.Choice(SPLITS),
    default="test",
    show_default=True,
    help="DEMETR source sentences to score: calib, test, all, or a seeded half of test "
    "(calib2, where changes are chosen from session 23 on; test2, where they are reported).",
)
@click.option(
    "--data",
    "data_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="The DEMETR ru-en folder (default: data/demetr_ru_en of the checkout).",
)
@click.option(
    "--json", "as_json", is_flag=True, help="Print one JSON object (auc, per-type recall, ...)."
)
@model_options
@quiet_option
def eval_divergence(
    split: str, data_dir: Path | None, as_json: bool, model: str | None, quiet: bool
) -> None:
    """Score the divergence flags on DEMETR ru-en.

    (src_sent, eng_sent) pairs are equivalent; (src_sent, pert_sent) pairs with severity
    critical and pert_check true are divergent. Prints recall per perturbation type, the
    false-positive rate on equivalent pairs and ROC AUC, beside embedding cosine alone.

    \b
    Example:
        toolkit eval divergence --json
        toolkit eval divergence --split all
    """
    from toolkit.divergence_eval import evaluate_demetr, render_report
    from toolkit.embed import load_embedder

    if data_dir is None:
        data_dir = Path(__file__).resolve().parents[2] / "data" / "demetr_ru_en"
    embedder = load_embedder(model, quiet=quiet)
    result = evaluate_demetr(data_dir, embedder, split=split)
    if as_json:
        click.echo(json.dumps(result, sort_keys=True, ensure_ascii=False))
        return
    click.echo(render_report(result), nl=False)
