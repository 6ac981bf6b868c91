"""`toolkit run`: the main job, every stage on every version of a story."""

from __future__ import annotations

from pathlib import Path

import click

from toolkit.cli.app import main
from toolkit.cli.options import (
    mode_option,
    model_options,
    pairs_option,
    pivot_option,
    quiet_option,
)


@main.command("run")
@click.argument("story_dir", type=click.Path(path_type=Path))
@click.option(
    "--out",
    "out_dir",
    type=click.Path(file_okay=False, path_type=Path),
    help="Run folder to write (default: alignments/<story> beside texts/).",
)
@mode_option(help="Alignment mode for every version pair.")
@pivot_option(help="Pivot of the N-way table (default: English).")
@pairs_option
@click.option(
    "--reference",
    metavar="VERSION_ID",
    help="Version the quote table checks the others against (overrides story.toml).",
)
@click.option("--top", type=click.IntRange(0), default=10, show_default=True,
              help="How many of the most severe flags the summary lists.")  # fmt: skip
@model_options
@quiet_option
def run_command(
    story_dir: Path,
    out_dir: Path | None,
    mode: str,
    pivot: str | None,
    pairs: str,
    reference: str | None,
    top: int,
    model: str | None,
    quiet: bool,
) -> None:
    """Run every stage on all versions of a story and write its run folder.

    Writes sentences, alignment, quotes and divergences (Parquet and CSV) and run.json with
    the run's signature to alignments/<story>/ (or --out), keeps the reviewers' decisions
    (review.jsonl) and re-attaches them, then prints counts by category and severity and
    the top flags.

    \b
    Example:
        toolkit run texts/putin-bush-nato-2001
        toolkit run texts/ntrex/bbc.381680 --out /tmp/run --mode translation
        toolkit run texts/putin-bush-transcript-2001 --pairs pivot
    """
    from toolkit.output import render_table
    from toolkit.runner import cross_check_line, run_story, summary_counts, top_flags

    report = run_story(
        story_dir,
        out_dir=out_dir,
        model=model,
        mode=mode,
        pivot=pivot,
        reference=reference,
        pairs=pairs,
        quiet=quiet,
    )
    for problem in report.review_problems:
        click.echo(f"Warning: {problem}", err=True)
    flags = report.flags
    click.echo(f"Run folder: {report.output.folder}")
    click.echo(f"Signature:  {report.signature}")
    click.echo(f"Flags: {flags.height} ({report.reviewed} reviewed)\n")
    if flags.height:
        click.echo(render_table(summary_counts(flags)))
        line = cross_check_line(flags)
        if line:
            click.echo(line + "\n")
        if top:
            click.echo(render_table(top_flags(flags, limit=top), max_widths={"evidence": 50}))
    if report.orphans.height:
        click.echo(
            f"{report.orphans.height} review decision(s) refer to flags this run no longer "
            "raises; they are kept in review.jsonl:"
        )
        click.echo(render_table(report.orphans.select("flag_id", "status", "reviewer", "time")))
