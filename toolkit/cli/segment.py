"""`toolkit segment`: print the sentences of versions."""

from __future__ import annotations

from pathlib import Path

import click

from toolkit.cli.app import main
from toolkit.cli.options import emit, output_options

LANGUAGES = ("en", "ru", "uk")  # toolkit.segment.LANGUAGES, not imported so --help stays instant
COLUMNS = ["version", "sent_id", "para_id", "start", "end", "text"]


@main.command()
@click.argument(
    "files", nargs=-1, required=True, type=click.Path(path_type=Path), metavar="FILE..."
)
@click.option(
    "--lang",
    type=click.Choice(LANGUAGES),
    default=None,
    help="Language of a FILE whose header and file name name none (else it is detected).",
)
@output_options()
def segment(files: tuple[Path, ...], lang: str | None, fmt: str, out: Path | None) -> None:
    """Split each version FILE into sentences with character offsets.

    Offsets (start, end) index the version's normalised text; para_id counts paragraphs.

    \b
    Example:
        toolkit segment texts/putin-bush-nato-2001/rbc-ukraine.en.txt
        toolkit segment texts/putin-bush-nato-2001/*.txt --format csv --out sentences.csv
    """
    import polars as pl

    from toolkit.ingest import read_version
    from toolkit.segment import segment_version

    frames = [segment_version(read_version(path, lang=lang)) for path in files]
    emit(pl.concat(frames).select(COLUMNS), fmt=fmt, out=out)
