"""`toolkit report`: the divergence table of a run, its review progress, and the HTML report."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import click

from toolkit.cli.app import main
from toolkit.cli.options import emit, output_options

if TYPE_CHECKING:
    import polars as pl

    from toolkit.report.rundir import Run

FILTER_HELP = "Repeatable, or a comma list."
PROGRESS = "progress"  # `--status` given without a value


@main.command()
@click.argument("run_dir", type=click.Path(path_type=Path))
@click.option(
    "--category", "categories", multiple=True, help=f"Only these categories. {FILTER_HELP}"
)
@click.option("--severity", "severities", multiple=True, help=f"high, medium, low. {FILTER_HELP}")
@click.option(
    "--status",
    "statuses",
    multiple=True,
    is_flag=False,
    flag_value=PROGRESS,
    help=f"unreviewed, confirmed, dismissed, noted. {FILTER_HELP} "
    "Alone (no value): the review progress, like --progress.",
)
@click.option(
    "--versions", default=None, metavar="A[,B]", help="Flags involving A, or between A and B."
)
@click.option(
    "--odd-one",
    default=None,
    metavar="VERSION",
    help="Flags whose cross-check names VERSION as the one that differs from both others "
    "(stories of three or more versions compared pairwise).",
)
@click.option("--progress", is_flag=True, help="Print only the review progress by category.")
@click.option(
    "--html",
    "html_out",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Also write the self-contained HTML report to FILE (all flags; filters are in the page).",
)
@output_options(parquet=True)
def report(
    run_dir: Path,
    categories: tuple[str, ...],
    severities: tuple[str, ...],
    statuses: tuple[str, ...],
    versions: str | None,
    odd_one: str | None,
    progress: bool,
    html_out: Path | None,
    fmt: str,
    out: Path | None,
) -> None:
    """Show the divergence flags of a run folder, with their review status.

    The table is followed by the review progress (counts by status and category).
    Filters combine; each takes one value, several, or a comma list.

    \b
    Example:
        toolkit report alignments/putin-bush-nato-2001
        toolkit report alignments/putin-bush-nato-2001 --category NUMBER_CHANGED --severity high
        toolkit report alignments/putin-bush-nato-2001 --status unreviewed --versions a.en,b.ru
        toolkit report alignments/putin-bush-nato-2001 --odd-one rbc-ukraine.ru
        toolkit report alignments/putin-bush-nato-2001 --format csv --out flags.csv
        toolkit report alignments/putin-bush-nato-2001 --status
        toolkit report alignments/putin-bush-nato-2001 --html report.html
    """
    from toolkit import review
    from toolkit.report.rundir import read_run
    from toolkit.report.table import filter_flags, sort_flags, split_values

    statuses_list = split_values(statuses, "--status")
    if PROGRESS in statuses_list:
        statuses_list.remove(PROGRESS)
        progress = True
    run = read_run(run_dir)
    log = review.load_review(run.review_path)
    for problem in log.problems:
        click.echo(f"Warning: {problem}", err=True)
    all_flags = review.attach_decisions(run.flags, log.decisions)
    orphans = review.orphaned_decisions(all_flags, log.decisions)
    scope = filter_flags(
        all_flags,
        categories=split_values(categories, "--category"),
        severities=split_values(severities, "--severity"),
        versions=split_values([versions] if versions is not None else [], "--versions"),
        known_versions=run.version_ids or None,
        odd_one=odd_one,
    )
    flags = sort_flags(filter_flags(scope, statuses=statuses_list))
    if html_out is not None:
        _write_html(run, all_flags, orphans, log.problems, html_out)
    summary = review.progress(scope)
    if progress:
        emit(summary, fmt=fmt, out=out)
    elif fmt != "table" or out is not None:
        emit(flags, fmt=fmt, out=out)
    else:
        _print_table(run, flags, total=all_flags.height, summary=summary, orphans=orphans)


def _write_html(
    run: Run, flags: pl.DataFrame, orphans: pl.DataFrame, problems: list[str], path: Path
) -> None:
    from toolkit import atomic
    from toolkit.report.html import build_html

    atomic.write_text(path, build_html(run, flags=flags, orphans=orphans, problems=problems))
    click.echo(f"Wrote {path}", err=True)


def _print_table(
    run: Run, flags: pl.DataFrame, *, total: int, summary: pl.DataFrame, orphans: pl.DataFrame
) -> None:
    from toolkit.output import render_table
    from toolkit.report.table import TERMINAL_COLUMNS, terminal_view

    click.echo(f"{run.story}  {run.signature}")
    if flags.is_empty():
        click.echo("No flags match." if total else "No flags in this run.")
    else:
        click.echo(render_table(terminal_view(flags), max_widths=TERMINAL_COLUMNS), nl=False)
    click.echo(f"\n{flags.height} of {total} flags shown. Review progress:")
    click.echo(render_table(summary), nl=False)
    if orphans.height:
        ids = ", ".join(sorted(set(orphans["flag_id"].to_list())))
        click.echo(
            f"{orphans.height} decision(s) refer to flags no longer in this run "
            f"(kept in review.jsonl): {ids}"
        )
