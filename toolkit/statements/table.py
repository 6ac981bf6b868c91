"""The quote table: one row per statement and version (long), or per statement (wide).

`quotes_table` takes a story's frames (`StoryFrames`: from an `Analysis`, a run folder or
`story_frames`), an embedder and the story metadata, and returns the long table. With a
reference, the statements are the reference's (transcript turns or quotes); without one,
they are the clusters of the paired quotes of every version (`clusters.py`), each checked
against its canonical member.

Example:
    >>> frames = story_frames(read_story("texts/putin-bush-transcript-2001"), embedder,
    ...                       reference="nsarchive.en")  # doctest: +SKIP
    >>> table = quotes_table(frames, embedder=embedder, meta=meta)  # doctest: +SKIP
    >>> wide_table(table).columns[:3]  # doctest: +SKIP
    ['statement', 'statement_id', 'nsarchive.en']
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import TYPE_CHECKING

import polars as pl

from toolkit.errors import InputError
from toolkit.flag import DEFAULT_THRESHOLDS, Thresholds
from toolkit.statements.link import VersionSide, link_version
from toolkit.statements.reference import (
    Statement,
    article_statements,
    normalise_text,
    transcript_statements,
)
from toolkit.statements.status import Cell, absent_cell, judge, reference_cell, version_text
from toolkit.statements.story import StoryMeta, check_reference

if TYPE_CHECKING:
    from toolkit.ingest import Version

STATUSES = ("faithful", "distorted", "absent")
TABLE = {
    "statement_id": pl.String,
    "number": pl.Int32,  # 1-based order of the statement
    "speaker": pl.String,  # the statement's speaker (reference), null if unknown
    "canonical": pl.String,  # the statement's canonical text
    "version_id": pl.String,
    "status": pl.String,  # faithful | distorted | absent
    "categories": pl.List(pl.String),  # divergence categories, most severe first
    "evidence": pl.String,  # "label: x -> y; ..." as in the flags
    "text": pl.String,  # the version's rendering (its sentences), "" when absent
    "form": pl.String,  # reference | quote | reported; null when absent
    "sent_ids": pl.List(pl.Int32),
    "quote_ids": pl.List(pl.String),
    "score": pl.Float64,  # the highest finding score, null when faithful or absent
    "cell_id": pl.String,  # stable: hash of story, statement, version and rendering
}
SUMMARY = {
    "version_id": pl.String,
    "statements": pl.Int64,
    "carried": pl.Int64,
    "faithful": pl.Int64,
    "distorted": pl.Int64,
    "missing": pl.Int64,
}


@dataclass(frozen=True)
class StoryFrames:
    """The frames the quote table needs; beads for (reference, version) pairs at least.

    Attributes:
        story: the story name.
        versions: version ids in run order.
        langs: version id -> language.
        sentences: schemas.SENTENCES of every version.
        quotes: schemas.QUOTES of every version.
        beads: toolkit.pipeline.PAIR_BEADS (version_a, version_b, src_ids, tgt_ids, ...).
    """

    story: str
    versions: list[str]
    langs: dict[str, str]
    sentences: pl.DataFrame
    quotes: pl.DataFrame
    beads: pl.DataFrame


def cell_id(story: str, statement: str, version: str, text: str) -> str:
    """The stable id of a cell: "c-" + 12 hex digits of sha256 over its identity.

    Example:
        >>> cell_id("story", "st-0123456789ab", "outlet.en", "")
        'c-b7cfd5f1d7e9'
    """
    key = "\x1f".join([story, statement, version, normalise_text(text)])
    return "c-" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:12]


def story_frames(
    versions: list[Version], embedder: object, *, reference: str | None, mode: str = "auto"
) -> StoryFrames:
    """Segment, find the quotes and align what the quote table needs, nothing more.

    With a reference only the (reference, version) pairs are aligned; without one the
    (pivot, version) pairs are (toolkit.align.choose_pivot: the first English version), the
    pivot first in `versions`.
    """
    from toolkit.align import align_pair, choose_pivot
    from toolkit.quotes import quotes_for_version
    from toolkit.segment import segment_version

    if not versions:
        raise InputError("no versions to tabulate")
    ids = [v.version_id for v in versions]
    anchor = reference if reference is not None else choose_pivot(ids, None)
    ids = [anchor, *[v for v in ids if v != anchor]]
    versions = sorted(versions, key=lambda v: ids.index(v.version_id))
    sentences = {v.version_id: segment_version(v) for v in versions}
    quotes = [quotes_for_version(v, sentences[v.version_id]) for v in versions]
    beads = []
    for other in ids[1:]:
        result = align_pair(sentences[anchor], sentences[other], embedder, mode=mode)
        beads.append(_pair_beads(anchor, other, result.beads))
    return StoryFrames(
        story=str(getattr(versions[0], "story", "") or "story"),
        versions=ids,
        langs={v.version_id: v.lang for v in versions},
        sentences=pl.concat(list(sentences.values()), how="vertical"),
        quotes=pl.concat(quotes, how="vertical"),
        beads=pl.concat(beads, how="vertical") if beads else _empty_pair_beads(),
    )


def frames_from_analysis(analysis: object, langs: dict[str, str]) -> StoryFrames:
    """StoryFrames from a toolkit.pipeline.Analysis (and each version's language)."""
    return StoryFrames(
        story=analysis.story,  # type: ignore[attr-defined]
        versions=list(analysis.versions),  # type: ignore[attr-defined]
        langs=dict(langs),
        sentences=analysis.sentences,  # type: ignore[attr-defined]
        quotes=analysis.quotes,  # type: ignore[attr-defined]
        beads=analysis.beads,  # type: ignore[attr-defined]
    )


def _pair_beads(va: str, vb: str, beads: pl.DataFrame) -> pl.DataFrame:
    return beads.select(
        pl.lit(va, dtype=pl.String).alias("version_a"),
        pl.lit(vb, dtype=pl.String).alias("version_b"),
        pl.col("src_ids"),
        pl.col("tgt_ids"),
        pl.col("score"),
    )


def _empty_pair_beads() -> pl.DataFrame:
    return pl.DataFrame(
        schema={
            "version_a": pl.String,
            "version_b": pl.String,
            "src_ids": pl.List(pl.Int32),
            "tgt_ids": pl.List(pl.Int32),
            "score": pl.Float64,
        }
    )


def pair_beads(frames: StoryFrames, a: str, b: str) -> pl.DataFrame:
    """The beads of (a, b) as schemas.BEADS with src = a (swapped if stored as (b, a))."""
    beads = frames.beads
    direct = beads.filter((pl.col("version_a") == a) & (pl.col("version_b") == b))
    if direct.height:
        return direct.select("src_ids", "tgt_ids", "score")
    flipped = beads.filter((pl.col("version_a") == b) & (pl.col("version_b") == a))
    return flipped.select(
        pl.col("tgt_ids").alias("src_ids"), pl.col("src_ids").alias("tgt_ids"), "score"
    )


def _side(frames: StoryFrames, version: str, reference: str | None) -> VersionSide:
    beads = pair_beads(frames, reference, version) if reference else _empty_pair_beads()
    return VersionSide(
        version_id=version,
        sentences=frames.sentences.filter(pl.col("version") == version),
        quotes=frames.quotes.filter(pl.col("version") == version),
        beads=beads.select("src_ids", "tgt_ids", "score"),
    )


def reference_statements(frames: StoryFrames, meta: StoryMeta) -> list[Statement]:
    """The statements of the reference named by `meta`."""
    ref = meta.reference
    if ref is None:
        raise InputError("no reference version: name one in story.toml or with --reference")
    if meta.reference_format == "transcript":
        return transcript_statements(
            frames.sentences, version_id=ref, lang=frames.langs[ref], story=frames.story
        )
    return article_statements(frames.quotes, frames.sentences, version_id=ref, story=frames.story)


def quotes_table(
    frames: StoryFrames,
    *,
    embedder: object,
    meta: StoryMeta,
    thresholds: Thresholds = DEFAULT_THRESHOLDS,
    words: bool = True,
) -> pl.DataFrame:
    """The long quote table (TABLE): one row per statement and version.

    Args:
        frames: the story's sentences, quotes and beads.
        embedder: the run's embedder (toolkit.embed.Embedder or anything with `encode`).
        meta: the story metadata; `meta.reference` None compares the versions with each
            other (statements are clusters of paired quotes).
        thresholds: the flag stage's thresholds.
        words: use word alignment (token vectors) when the embedder's model offers it.

    Raises:
        InputError: the reference is not a version of the story.
    """
    check_reference(meta, frames.versions)
    tokens = _token_vectors(embedder) if words else None
    if meta.reference is None:
        from toolkit.statements.clusters import cluster_statements

        groups = cluster_statements(frames, encode=embedder.encode)  # type: ignore[attr-defined]
    else:
        groups = [(meta.reference, reference_statements(frames, meta))]
    cells: list[Cell] = []
    statements: list[Statement] = []
    everyone = [st for _, group in groups for st in group]
    for ref, group in groups:
        statements += group
        cells += _cells(frames, ref, group, everyone, embedder=embedder, tokens=tokens,
                        thresholds=thresholds)  # fmt: skip
    return _frame(frames, statements, cells)


def _cells(
    frames: StoryFrames,
    ref: str,
    statements: list[Statement],
    rivals: list[Statement],
    *,
    embedder: object,
    tokens: object | None,
    thresholds: Thresholds,
) -> list[Cell]:
    encode = embedder.encode  # type: ignore[attr-defined]
    ref_side = _side(frames, ref, None)
    cells = [reference_cell(st, ref) for st in statements]
    for version in frames.versions:
        if version == ref:
            continue
        side = _side(frames, version, ref)
        renderings = link_version(statements, ref_side, side, encode=encode, rivals=rivals)
        text = version_text(version, frames.langs[version], side.sentences, side.quotes)
        for st in statements:
            rendering = renderings.get(st.statement_id)
            if rendering is None or not rendering.sent_ids:
                cells.append(absent_cell(st, version))
                continue
            cells.append(
                judge(
                    st,
                    rendering,
                    text,
                    ref_lang=frames.langs[ref],
                    encode=encode,
                    token_vectors=_word_vectors(tokens),
                    thresholds=thresholds,
                )
            )
    return cells


def _token_vectors(embedder: object) -> object | None:
    from toolkit.embed.tokens import TokenEmbedder

    if not hasattr(embedder, "model"):
        return None
    tokens = TokenEmbedder(embedder)
    return tokens if tokens.available else None


def _word_vectors(tokens: object | None) -> object | None:
    if tokens is None:
        return None
    from toolkit.compare.pairs import word_vector_function

    return word_vector_function(tokens)  # type: ignore[arg-type]


def _frame(frames: StoryFrames, statements: list[Statement], cells: list[Cell]) -> pl.DataFrame:
    by_id = {st.statement_id: st for st in statements}
    order = {v: k for k, v in enumerate(frames.versions)}
    rows = []
    for c in sorted(cells, key=lambda c: (by_id[c.statement_id].number, order[c.version_id])):
        st = by_id[c.statement_id]
        rows.append(
            {
                "statement_id": c.statement_id,
                "number": st.number,
                "speaker": st.speaker,
                "canonical": st.text,
                "version_id": c.version_id,
                "status": c.status,
                "categories": c.categories,
                "evidence": c.evidence,
                "text": c.text,
                "form": c.form,
                "sent_ids": c.sent_ids,
                "quote_ids": c.quote_ids,
                "score": c.score,
                "cell_id": cell_id(frames.story, c.statement_id, c.version_id, c.text),
            }
        )
    return pl.DataFrame(rows, schema=TABLE, orient="row") if rows else pl.DataFrame(schema=TABLE)


def wide_table(table: pl.DataFrame, *, versions: list[str] | None = None) -> pl.DataFrame:
    """Rows = statements, columns = versions; a cell reads "faithful", "absent" or the
    categories joined with "+" (e.g. "NUMBER_CHANGED+WORDS_DROPPED").

    `versions` orders the columns (default: the order of first appearance).
    """
    order = versions or list(dict.fromkeys(table["version_id"].to_list()))
    labelled = table.with_columns(
        pl.when(pl.col("status") == "distorted")
        .then(pl.col("categories").list.join("+"))
        .otherwise(pl.col("status"))
        .alias("cell")
    )
    statements = labelled.select("number", "statement_id", "speaker", "canonical").unique(
        maintain_order=True
    )
    wide = statements.sort("number")
    for version in order:
        column = labelled.filter(pl.col("version_id") == version).select(
            "statement_id", pl.col("cell").alias(version)
        )
        wide = wide.join(column, on="statement_id", how="left")
    return wide.rename({"number": "statement"}).with_columns(
        pl.col(v).fill_null("absent") for v in order
    )


def outlet_summary(table: pl.DataFrame, *, versions: list[str] | None = None) -> pl.DataFrame:
    """Per version (SUMMARY): statements, carried (faithful + distorted), faithful,
    distorted and missing (absent)."""
    order = versions or list(dict.fromkeys(table["version_id"].to_list()))
    rows = []
    for version in order:
        cells = table.filter(pl.col("version_id") == version)
        counts = {s: int((cells["status"] == s).sum()) for s in STATUSES}
        rows.append(
            {
                "version_id": version,
                "statements": cells.height,
                "carried": counts["faithful"] + counts["distorted"],
                "faithful": counts["faithful"],
                "distorted": counts["distorted"],
                "missing": counts["absent"],
            }
        )
    return (
        pl.DataFrame(rows, schema=SUMMARY, orient="row") if rows else pl.DataFrame(schema=SUMMARY)
    )


def attach_cell_decisions(table: pl.DataFrame, decisions: pl.DataFrame) -> pl.DataFrame:
    """`table` with review, reviewer and note columns: review-file records whose flag_id is
    a cell_id apply to that cell, as for flags (toolkit.review.attach_decisions).

    review is "unreviewed", "confirmed", "dismissed" or "noted".
    """
    from toolkit.review import attach_decisions

    keyed = table.rename({"cell_id": "flag_id", "status": "_cell_status"})
    reviewed = attach_decisions(keyed, decisions)
    return reviewed.rename({"flag_id": "cell_id", "status": "review", "_cell_status": "status"})


def table_signature(meta: StoryMeta) -> str:
    """The value of the run signature's `statements:` fragment: how statements were made and
    which reference was used."""
    source = f"ref={meta.reference}/{meta.reference_format}" if meta.reference else "clusters"
    return f"{source},mutual-nn"
