"""Segment: sentences with character offsets for English, Ukrainian and Russian.

The rules in `toolkit.segment.rules` decide every candidate sentence start; where no rule
applies (`U.S.`, `a.m.`, an abbreviation the tables lack, a digit after a full stop) the base
library decides: razdel for uk and ru, pysbd for en, run on a window of text around the
candidate. Conventions:

- No sentence crosses a paragraph break (a blank line). Inside a paragraph each line is its own
  block (headlines, captions, list items, dialogue lines) unless it starts with a lower-case
  letter or the previous line ends with a comma (hard-wrapped prose).
- Abbreviations, initials, decimals, dates, times, URLs and e-mail addresses do not end a
  sentence (see `toolkit.segment.abbrev` for the per-language tables).
- A quote holding several sentences is split at its inner sentence boundaries; an attribution
  after it stays with its last sentence (`…," he said.`, `"…?" Putin asked.`,
  `…», — сказав він.`, `«…?» — спросил он.`). A dialogue line opened by a dash starts a sentence.
- A sentence ends inside closing quotes as well as before them (`«Це цікаво.»`, `«Це цікаво».`).

Example:
    >>> text = "Mr. Smith met Dr. Jones. They talked."
    >>> [text[s:e] for s, e in split_sentences(text, "en")]
    ['Mr. Smith met Dr. Jones.', 'They talked.']
"""

from __future__ import annotations

from importlib.metadata import version as _package_version
from itertools import pairwise
from typing import TYPE_CHECKING

import polars as pl

from toolkit.errors import InputError
from toolkit.schemas import SENTENCES
from toolkit.segment.base import library_starts
from toolkit.segment.blocks import blocks, paragraphs
from toolkit.segment.rules import candidates, decide, is_gap

if TYPE_CHECKING:
    from toolkit.ingest import Version

LANGUAGES = ("en", "ru", "uk")
RULES_VERSION = 1
_WINDOW_BEFORE = 400  # characters of context the base library sees before a candidate
_WINDOW_AFTER = 200  # and after it
_PREV_CONTEXT = 300  # characters of the sentence so far that the rules see
_NEXT_CONTEXT = 100  # characters after a candidate that the rules see


def _minor(package: str) -> str:
    return ".".join(_package_version(package).split(".")[:2])


SEGMENTER_SIGNATURE = f"razdel-{_minor('razdel')}+pysbd-{_minor('pysbd')}+rules-{RULES_VERSION}"

__all__ = ["LANGUAGES", "SEGMENTER_SIGNATURE", "segment_version", "split_sentences"]


def _check_lang(lang: str) -> None:
    if lang not in LANGUAGES:
        raise InputError(f"unsupported language {lang!r}; valid: {', '.join(LANGUAGES)}")


def _library_says(block: str, start: int, last: int, lang: str) -> bool:
    """The base library's decision at `start`, read from a window of text around it
    (bounded, so that a huge block costs linear time; pysbd takes about 3 ms a sentence)."""
    begin = max(last, start - _WINDOW_BEFORE)
    window = block[begin : start + _WINDOW_AFTER]
    return start - begin in library_starts(window, lang)


def _prev(block: str, last: int, start: int) -> str:
    """The sentence so far, cut to its last _PREV_CONTEXT characters (so that a huge block
    costs linear time); a cut sentence starts with "… " so that no rule takes the cut for
    the sentence's start."""
    if start - last <= _PREV_CONTEXT:
        return block[last:start].rstrip()
    return "… " + block[start - _PREV_CONTEXT : start].rstrip()


def _block_starts(block: str, lang: str) -> list[int]:
    """Offsets in `block` where a sentence starts after the first one."""
    starts, last = [], 0
    for start in candidates(block):
        if not is_gap(block, start):
            continue
        decision = decide(_prev(block, last, start), block[start : start + _NEXT_CONTEXT], lang)
        if decision is None:
            decision = _library_says(block, start, last, lang)
        if decision:
            starts.append(start)
            last = start
    return starts


def _block_spans(text: str, start: int, end: int, lang: str) -> list[tuple[int, int]]:
    block = text[start:end]
    bounds = [0, *_block_starts(block, lang), len(block)]
    spans = []
    for s, e in pairwise(bounds):
        piece = block[s:e]
        spans.append((start + s, start + s + len(piece.rstrip())))
    return spans


def sentence_spans(text: str, lang: str) -> list[tuple[int, int, int]]:
    """(para_id, start, end) of each sentence; para_id counts non-blank paragraphs from 0."""
    _check_lang(lang)
    out = []
    for para_id, (p_start, p_end) in enumerate(paragraphs(text)):
        for b_start, b_end in blocks(text, p_start, p_end):
            out += [(para_id, s, e) for s, e in _block_spans(text, b_start, b_end, lang)]
    return out


def split_sentences(text: str, lang: str) -> list[tuple[int, int]]:
    """(start, end) spans of the sentences of `text`, in order, stripped of white space.

    Args:
        text: the text, paragraphs separated by blank lines.
        lang: "en", "ru" or "uk".

    Raises:
        InputError: for another language code.
    """
    return [(s, e) for _, s, e in sentence_spans(text, lang)]


def segment_version(version: Version) -> pl.DataFrame:
    """The SENTENCES frame of a version: offsets into `version.text` and into the original.

    Raises:
        InputError: the version's language is not one of LANGUAGES (names the file).
    """
    if version.lang not in LANGUAGES:
        raise InputError(
            f"{version.path}: cannot segment language {version.lang!r}; "
            f"valid: {', '.join(LANGUAGES)}"
        )
    rows = []
    for sent_id, (para_id, start, end) in enumerate(sentence_spans(version.text, version.lang)):
        orig_start, orig_end = version.to_original(start, end)
        rows.append(
            (
                version.version_id,
                sent_id,
                para_id,
                start,
                end,
                orig_start,
                orig_end,
                version.text[start:end],
            )
        )
    return pl.DataFrame(rows, schema=SENTENCES, orient="row")
