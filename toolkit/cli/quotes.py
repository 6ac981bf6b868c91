"""`toolkit quotes`: the quotes of versions, and with --pairs their pairing."""

from __future__ import annotations

from pathlib import Path

import click

from toolkit.cli.app import main
from toolkit.cli.options import emit, model_options, output_options, quiet_option

COLUMNS = [
    "version",
    "quote_id",
    "kind",
    "fragment",
    "speaker",
    "speaker_key",
    "cue",
    "start",
    "end",
    "sent_ids",
    "parent",
    "text",
]


@main.command()
@click.argument(
    "files", nargs=-1, required=True, type=click.Path(path_type=Path), metavar="FILE..."
)
@click.option(
    "--lang",
    default=None,
    metavar="LANG",
    help="Language of every FILE (en, ru, uk); default: the header, the file name, or detected.",
)
@click.option(
    "--pairs",
    is_flag=True,
    help="Pair the quotes of every other FILE with those of the first (needs the model).",
)
@model_options
@quiet_option
@output_options()
def quotes(
    files: tuple[Path, ...],
    lang: str | None,
    pairs: bool,
    model: str | None,
    quiet: bool,
    fmt: str,
    out: Path | None,
) -> None:
    """List the direct quotes of each version FILE: text, speaker, cue, span, fragment.

    kind is "speech" or "title" (names and titles in quote marks); fragment marks quotes of
    three words or fewer. With --pairs, quotes of the first FILE are paired with those of
    every other FILE through the sentence alignment and quote similarity.

    \b
    Example:
        toolkit quotes texts/putin-bush-nato-2001/rbc-ukraine.en.txt
        toolkit quotes texts/putin-bush-nato-2001/*.txt --pairs --format csv
    """
    import polars as pl

    from toolkit.ingest import read_version, unique_versions
    from toolkit.quotes import quotes_for_version
    from toolkit.segment import segment_version

    versions = unique_versions([read_version(path, lang=lang) for path in files])
    sentences = [segment_version(v) for v in versions]
    found = [quotes_for_version(v, s) for v, s in zip(versions, sentences, strict=True)]
    if not pairs:
        emit(pl.concat(found).select(COLUMNS), fmt=fmt, out=out)
        return
    if len(versions) < 2:
        raise click.UsageError("--pairs needs at least two FILEs")
    emit(_pairs(sentences, found, model=model, quiet=quiet), fmt=fmt, out=out)


def _pairs(sentences: list, found: list, *, model: str | None, quiet: bool) -> object:
    import polars as pl

    from toolkit.align import align_pair
    from toolkit.embed import load_embedder
    from toolkit.quotes import pair_quotes

    if not quiet:
        click.echo("loading the embedding model...", err=True)
    embedder = load_embedder(model, quiet=quiet)
    frames = []
    for sents_b, quotes_b in zip(sentences[1:], found[1:], strict=True):
        beads = align_pair(sentences[0], sents_b, embedder).beads
        frames.append(
            pair_quotes(
                found[0],
                quotes_b,
                beads,
                sentences_a=sentences[0],
                sentences_b=sents_b,
                encode=embedder.encode,
            )
        )
    return pl.concat(frames)
