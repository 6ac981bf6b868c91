"""Where each version renders each statement: its quotes and its sentences.

For one version against the reference:
1. the quote pairing (toolkit.quotes.pair_quotes) pairs the statements, taken as the
   reference's quotes, with the version's quotes; a paired quote's sentences render its
   statement;
2. every other sentence of the version renders the statement of the reference sentence it
   is linked to -- by the sentence alignment (a bead) or as mutual most similar sentences --
   and, when several are linked, the most similar one. This catches reported speech and
   quotes the pairing left alone.
A rendering with no paired quote is marked `mutual` when one of its sentences and the
statement are each other's most similar (statement texts against the version's
sentences): a neighbourhood test with no threshold, as in comparable alignment. Whether
reported speech carries the statement is decided in status.py.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np
import polars as pl

from toolkit.statements.reference import Statement, statements_as_quotes

Encode = Callable[[list[str]], np.ndarray]


@dataclass
class Rendering:
    """The sentences and quotes of one version that render one statement."""

    sent_ids: list[int] = field(default_factory=list)
    quote_ids: list[str] = field(default_factory=list)  # paired quotes of the version
    covered: set[int] = field(default_factory=set)  # reference sentence ids rendered
    best_sim: float | None = None
    mutual: bool = False  # a sentence here and the statement are each other's most similar


@dataclass(frozen=True)
class VersionSide:
    """One version's sentences and quotes, and its beads against the reference."""

    version_id: str
    sentences: pl.DataFrame  # schemas.SENTENCES of this version
    quotes: pl.DataFrame  # schemas.QUOTES of this version
    beads: pl.DataFrame  # schemas.BEADS, src = reference, tgt = this version


def speech_quotes(quotes: pl.DataFrame) -> pl.DataFrame:
    """Top-level speech quotes (no titles, no nested quotes)."""
    return quotes.filter((pl.col("kind") == "speech") & pl.col("parent").is_null())


def link_version(
    statements: list[Statement],
    reference: VersionSide,
    side: VersionSide,
    *,
    encode: Encode,
    rivals: list[Statement] | None = None,
) -> dict[str, Rendering]:
    """statement id -> its rendering in `side` (statements without one are left out).

    `rivals` are every statement of the story (default: `statements`): a sentence renders a
    statement in reported speech only if no rival is more similar to it.
    """
    from toolkit.quotes import pair_quotes

    sents = side.sentences.sort("sent_id")
    if sents.height == 0 or not statements:
        return {}
    ref_ids, ref_texts, owner = _reference_sentences(statements)
    ref_frame = reference.sentences.filter(pl.col("sent_id").is_in(ref_ids))
    by_sentence = _texts_by_sentence(ref_ids, ref_texts)
    ref_frame = ref_frame.with_columns(
        pl.col("sent_id")
        .replace_strict(list(by_sentence), list(by_sentence.values()), return_dtype=pl.String)
        .alias("text")
    )
    ref_quotes = statements_as_quotes(statements, version_id=reference.version_id)
    pairs = pair_quotes(
        ref_quotes,
        speech_quotes(side.quotes),
        side.beads,
        sentences_a=ref_frame,
        sentences_b=sents,
        encode=encode,
    )
    sent_ids = sents["sent_id"].to_list()
    sim = _similarity(encode, ref_texts, sents["text"].to_list())
    by_quote = {q: st for st in statements for q in st.quote_ids}
    renderings: dict[str, Rendering] = {}
    claimed = _quote_claims(pairs, by_quote, side.quotes, renderings)
    links = _sentence_links(side.beads, ref_ids, sent_ids, sim)
    for col, sid in enumerate(sent_ids):
        rows = links.get(col, [])
        if sid in claimed or not rows:
            continue
        row = max(rows, key=lambda r: (sim[r, col], -r))
        rendering = renderings.setdefault(owner[row], Rendering())
        rendering.sent_ids.append(sid)
    _coverage(renderings, statements, ref_ids, sent_ids, sim, links)
    everyone = rivals or statements
    texts = [st.text for st in everyone]
    _mutual(renderings, everyone, sent_ids, _similarity(encode, texts, sents["text"].to_list()))
    for rendering in renderings.values():
        rendering.sent_ids = sorted(set(rendering.sent_ids))
    return renderings


def _reference_sentences(statements: list[Statement]) -> tuple[list[int], list[str], list[str]]:
    ids, texts, owner = [], [], []
    for st in statements:
        for s in st.sentences:
            ids.append(s.sent_id)
            texts.append(s.text)
            owner.append(st.statement_id)
    return ids, texts, owner


def _texts_by_sentence(ids: list[int], texts: list[str]) -> dict[int, str]:
    """Sentence id -> its statements' texts; a sentence holding several quotes (several
    statements) gets their texts joined in order."""
    joined: dict[int, list[str]] = {}
    for sent_id, text in zip(ids, texts, strict=True):
        joined.setdefault(sent_id, []).append(text)
    return {sent_id: " ".join(parts) for sent_id, parts in joined.items()}


def _similarity(encode: Encode, a: list[str], b: list[str]) -> np.ndarray:
    if not a or not b:
        return np.zeros((len(a), len(b)), dtype=np.float32)
    va = np.asarray(encode(a), dtype=np.float32)
    vb = np.asarray(encode(b), dtype=np.float32)
    return va @ vb.T


def _quote_claims(
    pairs: pl.DataFrame,
    by_quote: dict[str, Statement],
    quotes: pl.DataFrame,
    renderings: dict[str, Rendering],
) -> set[int]:
    """Sentences of quotes paired with a statement; fills `renderings` with them."""
    info = {q["quote_id"]: q for q in quotes.iter_rows(named=True)}
    claimed: set[int] = set()
    for row in pairs.iter_rows(named=True):
        qa, qb = row["quote_id_a"], row["quote_id_b"]
        if qa is None or qb is None or qa not in by_quote:
            continue
        rendering = renderings.setdefault(by_quote[qa].statement_id, Rendering())
        rendering.quote_ids.append(qb)
        ids = list(info[qb]["sent_ids"] or [])
        rendering.sent_ids.extend(ids)
        claimed.update(ids)
    return claimed


def _sentence_links(
    beads: pl.DataFrame, ref_ids: list[int], sent_ids: list[int], sim: np.ndarray
) -> dict[int, list[int]]:
    """column (version sentence) -> rows (reference sentences) linked with it."""
    row_of = {sid: k for k, sid in enumerate(ref_ids)}
    col_of = {sid: k for k, sid in enumerate(sent_ids)}
    links: dict[int, set[int]] = {}
    for src, tgt in zip(beads["src_ids"].to_list(), beads["tgt_ids"].to_list(), strict=True):
        for s in src or []:
            for t in tgt or []:
                if s in row_of and t in col_of:
                    links.setdefault(col_of[t], set()).add(row_of[s])
    if sim.size:
        best_col = sim.argmax(axis=1)
        best_row = sim.argmax(axis=0)
        for row, col in enumerate(best_col):
            if best_row[col] == row:
                links.setdefault(int(col), set()).add(row)
    return {col: sorted(rows) for col, rows in links.items()}


def _mutual(
    renderings: dict[str, Rendering],
    statements: list[Statement],
    sent_ids: list[int],
    sim: np.ndarray,
) -> None:
    """Mark renderings holding a sentence that is the statement's most similar sentence
    and whose most similar statement is this one (statement texts x version sentences)."""
    if not sim.size:
        return
    best_col = sim.argmax(axis=1)
    best_row = sim.argmax(axis=0)
    for row, st in enumerate(statements):
        rendering = renderings.get(st.statement_id)
        col = int(best_col[row])
        if rendering is not None and best_row[col] == row and sent_ids[col] in rendering.sent_ids:
            rendering.mutual = True


def _coverage(
    renderings: dict[str, Rendering],
    statements: list[Statement],
    ref_ids: list[int],
    sent_ids: list[int],
    sim: np.ndarray,
    links: dict[int, list[int]],
) -> None:
    """Which reference sentences of each statement its rendering carries.

    A reference sentence is carried when a sentence of the rendering is linked with it, or
    when it is the statement's sentence most similar to a sentence of the rendering.
    """
    row_of = {sid: k for k, sid in enumerate(ref_ids)}
    col_of = {sid: k for k, sid in enumerate(sent_ids)}
    for st in statements:
        rendering = renderings.get(st.statement_id)
        if rendering is None:
            continue
        rows = [row_of[s.sent_id] for s in st.sentences]
        cols = [col_of[s] for s in set(rendering.sent_ids) if s in col_of]
        covered = set()
        for col in cols:
            covered.update(r for r in links.get(col, []) if r in rows)
            covered.add(max(rows, key=lambda r: (sim[r, col], -r)))
        rendering.covered = {ref_ids[r] for r in covered}
        rendering.best_sim = round(float(sim[np.ix_(rows, cols)].max()), 6) if cols else None
