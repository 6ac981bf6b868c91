"""`toolkit align` and `toolkit eval align`."""

from __future__ import annotations

import json
from pathlib import Path

import click

from toolkit.cli.app import main
from toolkit.cli.evaluate import eval_group
from toolkit.cli.options import mode_option, model_options, pivot_option, quiet_option

FORMATS = ("table", "csv", "json", "parquet", "jsonl", "tmx", "vecalign")


def _max_bead(value: str) -> tuple[int, int]:
    try:
        a, b = (int(x) for x in value.split("-"))
    except ValueError:
        raise click.BadParameter(f"{value!r} is not like 3-3") from None
    if a < 1 or b < 1:
        raise click.BadParameter(f"{value!r}: both sides must be at least 1")
    return a, b


@main.command()
@click.argument(
    "files", nargs=-1, required=True, type=click.Path(path_type=Path), metavar="FILE..."
)
@pivot_option(help="Version id every other version is aligned to (default: the English one).")
@mode_option(
    help="translation: monotone; comparable: reordered, partial overlap; auto: from the data."
)
@click.option(
    "--max-bead",
    default="4-4",
    show_default=True,
    help="Most source-target sentences in one bead (translation mode).",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(FORMATS),
    default="table",
    show_default=True,
    help="Output format.",
)
@click.option(
    "--out",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write to FILE (atomically) instead of standard output.",
)
@model_options
@quiet_option
def align(
    files: tuple[Path, ...],
    pivot: str | None,
    mode: str,
    max_bead: str,
    fmt: str,
    out: Path | None,
    model: str | None,
    quiet: bool,
) -> None:
    """Sentence-align two or more versions FILE... into one table, a row per aligned unit.

    Each version gets the columns <version>.sent_ids, <version>.text and <version>.score;
    the mode chosen for each pair is reported on standard error.

    \b
    Example:
        toolkit align texts/story/a.en.txt texts/story/b.uk.txt texts/story/c.ru.txt
        toolkit align a.en.txt b.uk.txt --format tmx --out story.tmx
    """
    from toolkit.align.export import render_alignment, write_alignment
    from toolkit.align.nway import align_story
    from toolkit.embed import load_embedder
    from toolkit.errors import InputError
    from toolkit.ingest import read_version, unique_versions
    from toolkit.segment import segment_version

    bead_limit = _max_bead(max_bead)
    if len(files) < 2:
        raise InputError("need at least two version files to align")
    versions = unique_versions([read_version(path) for path in files])
    sentences = {v.version_id: segment_version(v) for v in versions}
    embedder = load_embedder(model, quiet=quiet)
    story = align_story(sentences, embedder, pivot=pivot, mode=mode, max_bead=bead_limit)
    if not quiet:
        for vid, result in story.pairs.items():
            click.echo(
                f"{story.pivot} -> {vid}: mode {result.mode} ({result.mode_reason}); "
                f"{result.stats.get('texts_requested', 0)} texts embedded "
                + _layer_note(result.stats.get("layer_texts_requested", 0))
                + f"for {result.stats['src_sentences'] + result.stats['tgt_sentences']} sentences"
                + ("; paragraphs kept" if result.stats.get("paragraphs_used") else ""),
                err=True,
            )
    if out is not None:
        write_alignment(story.table, out, fmt=fmt)
    elif fmt == "parquet":
        raise click.UsageError("--format parquet needs --out FILE")
    else:
        click.echo(render_alignment(story.table, fmt), nl=False)


@eval_group.command("align")
@click.option(
    "--src",
    "src_dir",
    required=True,
    type=click.Path(path_type=Path),
    help="Folder of source documents (one sentence per line), or one such file.",
)
@click.option(
    "--tgt",
    "tgt_dir",
    required=True,
    type=click.Path(path_type=Path),
    help="Folder of target documents, same file names (or one file).",
)
@click.option(
    "--gold",
    "gold_dir",
    required=True,
    type=click.Path(path_type=Path),
    help="Folder of gold alignments: 0-based [i]:[j, k] lines, same file names (or one file).",
)
@mode_option(default="translation", help="Alignment mode.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
@model_options
@quiet_option
def eval_align(
    src_dir: Path,
    tgt_dir: Path,
    gold_dir: Path,
    mode: str,
    as_json: bool,
    model: str | None,
    quiet: bool,
) -> None:
    """Score the aligner against gold alignments (strict and lax precision, recall, F1).

    Lines "<index><TAB><sentence>" (PARICE) lose the index. Scores are computed as
    Vecalign's and Bertalign's evaluation computes them; a breakdown by bead type follows.

    \b
    Example:
        toolkit eval align --src data/textberg_de_fr/de --tgt data/textberg_de_fr/fr \\
            --gold data/textberg_de_fr/gold --json
    """
    from toolkit.align.evalfiles import document_paths, evaluate_folders
    from toolkit.embed import load_embedder

    document_paths(Path(src_dir), Path(tgt_dir), Path(gold_dir))  # bad paths: before the model
    embedder = load_embedder(model, quiet=quiet)
    result = evaluate_folders(src_dir, tgt_dir, gold_dir, embedder, mode=mode)
    for warning in result["gold_warnings"]:
        click.echo(f"Warning: {warning}", err=True)
    if as_json:
        click.echo(json.dumps(result, sort_keys=True))
        return
    click.echo(_report(result), nl=False)


def _layer_note(count: int) -> str:
    """The words "(+N for layer means) " when comparable mode ran `count` texts again for
    their layer means; nothing otherwise."""
    return f"(+{count} for layer means) " if count else ""


def _report(result: dict) -> str:
    from toolkit.intervals import shown

    lines = [
        f"documents {result['documents']}, gold beads {result['gold_beads']}, "
        f"test beads {result['test_beads']}, texts embedded {result['texts_embedded']} "
        + _layer_note(result.get("layer_texts", 0))
        + f"for {result['sentences']} sentences",
        f"{'':8}{'precision':>10}{'recall':>10}{'F1':>10}",
    ]
    for name in ("strict", "lax"):
        r = result[name]
        span = r.get("f1_interval")
        note = f"  95% {shown(span, 4)} (documents resampled)" if span else ""
        lines.append(f"{name:8}{r['precision']:10.4f}{r['recall']:10.4f}{r['f1']:10.4f}{note}")
    lines.append(f"{'bead':8}{'gold':>6}{'test':>6}{'correct':>9}{'precision':>11}{'recall':>8}")
    for key, r in result["by_type"].items():
        lines.append(
            f"{key:8}{r['gold']:6d}{r['test']:6d}{r['correct']:9d}{r['precision']:11.4f}{r['recall']:8.4f}"
        )
    return "\n".join(lines) + "\n"
