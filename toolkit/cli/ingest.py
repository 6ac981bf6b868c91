"""`toolkit versions` and `toolkit ingest`: what the ingest stage reads from the story files."""

from __future__ import annotations

from pathlib import Path

import click

from toolkit.cli.app import main
from toolkit.cli.options import emit, output_options

_LANG_HELP = (
    "Language (en, uk, ru, ...) of files whose header and file name name none; "
    "without it the language is detected."
)


def _read(paths: tuple[Path, ...], lang: str | None) -> list:
    from toolkit.ingest import read_story, read_version

    versions = []
    for path in paths:
        if path.is_dir():
            versions += read_story(path, lang=lang)
        else:
            versions.append(read_version(path, lang=lang))
    return versions


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--lang", default=None, metavar="CODE", help=_LANG_HELP)
@output_options()
def versions(paths: tuple[Path, ...], lang: str | None, fmt: str, out: Path | None) -> None:
    """List the versions in story folders or files: outlet, language (and where it came
    from: header, filename, option or detected), encoding, header fields.

    \b
    Example:
        toolkit versions texts/putin-bush-nato-2001
        toolkit versions texts/putin-bush-nato-2001 --format json
    """
    from toolkit.ingest.tables import versions_frame

    emit(versions_frame(_read(paths, lang)), fmt=fmt, out=out)


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--lang", default=None, metavar="CODE", help=_LANG_HELP)
@output_options()
def ingest(paths: tuple[Path, ...], lang: str | None, fmt: str, out: Path | None) -> None:
    """Show the normalised paragraphs of version files (or story folders), each with its
    character span in the file.

    \b
    Example:
        toolkit ingest texts/putin-bush-nato-2001/rbc-ukraine.uk.txt
        toolkit ingest old-article.txt --lang ru --format csv --out paragraphs.csv
    """
    from toolkit.ingest.tables import paragraphs_frame

    emit(paragraphs_frame(_read(paths, lang)), fmt=fmt, out=out)
