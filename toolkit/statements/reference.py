"""The statements of a reference version: transcript turns, or the quotes of an article.

A statement is one thing somebody said. Its id is stable: 12 hex digits of sha256 over the
story name and the statement's canonical text (NFC, whitespace collapsed), so a rerun, or a
reference that only changes spacing, keeps every id and the review decisions made on it.

Example:
    >>> statement_id("story", "Only  dire need could force ...")
    'st-d7f2c2b5ae8e'
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass

import polars as pl

from toolkit.quotes import speaker_key
from toolkit.schemas import QUOTES

# "President Putin: words" -- a label of at most six words before the first colon.
_LABEL = re.compile(r"^\s*([^\W\d_][^:\n]{0,80}?)\s*:\s+(?=\S)")
MAX_LABEL_WORDS = 6


@dataclass(frozen=True)
class RefSentence:
    """One sentence of a statement in the reference, its speaker label left out."""

    sent_id: int
    text: str


@dataclass(frozen=True)
class Statement:
    """One statement of the story: its id, canonical text and where the reference has it.

    Attributes:
        statement_id: "st-" + 12 hex digits (see `statement_id`).
        number: 1-based position in the reference (or in the clusters' order).
        text: the canonical text (the reference's words).
        speaker: the speaker as written, None if unknown.
        speaker_key: the speaker normalised across scripts (toolkit.quotes.speaker_key).
        sentences: the reference sentences holding it (label stripped), in order.
        quote_ids: the quote ids standing for it in the reference (turn ids for transcripts).
    """

    statement_id: str
    number: int
    text: str
    speaker: str | None
    speaker_key: str | None
    sentences: tuple[RefSentence, ...]
    quote_ids: tuple[str, ...]


def normalise_text(text: str) -> str:
    """NFC with whitespace runs collapsed to one space, stripped."""
    return " ".join(unicodedata.normalize("NFC", text or "").split())


def statement_id(story: str, text: str) -> str:
    """The stable id of a statement: "st-" + 12 hex digits of sha256(story, normalised text)."""
    key = f"{story}\x1f{normalise_text(text)}"
    return "st-" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:12]


def split_label(text: str) -> tuple[str | None, str]:
    """("President Putin", "words") for "President Putin: words"; (None, text) otherwise.

    Example:
        >>> split_label("President Bush: That's interesting.")
        ('President Bush', "That's interesting.")
    """
    match = _LABEL.match(text)
    if match is None or len(match.group(1).split()) > MAX_LABEL_WORDS:
        return None, text
    return match.group(1), text[match.end() :]


def transcript_statements(
    sentences: pl.DataFrame, *, version_id: str, lang: str, story: str
) -> list[Statement]:
    """One statement per paragraph (turn) of a transcript's sentences (schemas.SENTENCES).

    A paragraph that starts without a "Speaker:" label continues the previous turn's
    speaker; the label is not part of the statement's text.
    """
    rows = sentences.filter(pl.col("version") == version_id).sort("sent_id")
    turns: dict[int, list[dict]] = {}
    for row in rows.iter_rows(named=True):
        turns.setdefault(int(row["para_id"]), []).append(row)
    out: list[Statement] = []
    speaker: str | None = None
    for para in sorted(turns):
        parts = turns[para]
        label, first = split_label(parts[0]["text"])
        speaker = label or speaker
        texts = [first, *(p["text"] for p in parts[1:])]
        sents = tuple(
            RefSentence(int(p["sent_id"]), t.strip()) for p, t in zip(parts, texts, strict=True)
        )
        text = normalise_text(" ".join(s.text for s in sents))
        if not text:
            continue
        out.append(
            Statement(
                statement_id=statement_id(story, text),
                number=len(out) + 1,
                text=text,
                speaker=speaker,
                speaker_key=speaker_key(speaker, lang) if speaker else None,
                sentences=sents,
                quote_ids=(f"{version_id}:t{para}",),
            )
        )
    return out


def article_statements(
    quotes: pl.DataFrame, sentences: pl.DataFrame, *, version_id: str, story: str
) -> list[Statement]:
    """One statement per top-level speech quote of the reference (an article).

    The statement's sentences are the quoted words inside each sentence the quote spans,
    so that the attribution ("— сказав Путін") is not compared as part of the statement.
    """
    spans = {
        int(r["sent_id"]): (int(r["start"]), r["text"])
        for r in sentences.filter(pl.col("version") == version_id).iter_rows(named=True)
    }
    rows = quotes.filter(
        (pl.col("version") == version_id)
        & (pl.col("kind") == "speech")
        & pl.col("parent").is_null()
    )
    out: list[Statement] = []
    for row in rows.sort("start").iter_rows(named=True):
        text = normalise_text(row["text"])
        sents = tuple(
            RefSentence(i, quoted_part(row, *spans[i])) for i in row["sent_ids"] or [] if i in spans
        )
        out.append(
            Statement(
                statement_id=statement_id(story, text),
                number=len(out) + 1,
                text=text,
                speaker=row["speaker"],
                speaker_key=row["speaker_key"],
                sentences=sents,
                quote_ids=(row["quote_id"],),
            )
        )
    return _unique(out)


def quoted_part(quote: dict, sent_start: int, sent_text: str) -> str:
    """The part of a sentence (starting at offset `sent_start`) inside `quote`'s span;
    the whole sentence when the span does not fall inside it."""
    a = max(int(quote["start"]), sent_start) - sent_start
    b = min(int(quote["end"]), sent_start + len(sent_text)) - sent_start
    part = sent_text[a:b].strip() if 0 <= a < b else ""
    return part or sent_text


def _unique(statements: list[Statement]) -> list[Statement]:
    """Drop repeats of the same text (a quote repeated in the article keeps its first place)."""
    seen: set[str] = set()
    out = []
    for st in statements:
        if st.statement_id in seen:
            continue
        seen.add(st.statement_id)
        out.append(st)
    return out


def statements_as_quotes(statements: list[Statement], *, version_id: str) -> pl.DataFrame:
    """The statements as a schemas.QUOTES frame of the reference (for the quote pairing)."""
    rows = [
        {
            "version": version_id,
            "quote_id": st.quote_ids[0],
            "start": 0,
            "end": 0,
            "sent_ids": [s.sent_id for s in st.sentences],
            "text": st.text,
            "speaker": st.speaker,
            "speaker_key": st.speaker_key,
            "cue": "transcript",
            "kind": "speech",
            "fragment": len(st.text.split()) <= 3,
            "parent": None,
        }
        for st in statements
    ]
    return pl.DataFrame(rows, schema=QUOTES, orient="row") if rows else pl.DataFrame(schema=QUOTES)
