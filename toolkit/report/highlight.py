"""Find a flag's evidence words in its texts, for highlighting in the terminal and in HTML.

A flag's evidence is human-readable, e.g. ``numbers: 25,000 -> 2,500`` or
``words dropped: only, dire; names: Буш -> Bush``. The terms are the parts after each
label; a term is marked wherever it occurs in a text as whole words (case-insensitive).
A multi-word term that does not occur as a whole is marked word by word.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_SEGMENT = re.compile(r"[;|\n]")
_LABEL = re.compile(r"^\s*[^\W\d][\w .'-]{0,40}?:\s+")
_ARROW = re.compile(r"\s*(?:->|→|=>|<-|←|⇒|≠|!=|\bvs\.?\s)\s*")
_LIST_COMMA = re.compile(r",(?!\d)|(?<!\d),")  # a comma not inside a number like 25,000
_WORD = re.compile(r"\w+(?:[.,'’ʼ-]\w+)*")
_TRIM = "\"'“”‘’«»„‚()[]{}<> .:!?…–—-"


def evidence_terms(evidence: str | None) -> list[str]:
    """The words and phrases named in `evidence`, in order, without duplicates.

    Example:
        >>> evidence_terms("numbers: 25,000 -> 2,500; names: Буш -> Bush")
        ['25,000', '2,500', 'Буш', 'Bush']
    """
    if not evidence:
        return []
    terms: list[str] = []
    for segment in _SEGMENT.split(evidence):
        body = _LABEL.sub("", segment, count=1)
        for side in _ARROW.split(body):
            for part in _LIST_COMMA.split(side):
                term = part.strip().strip(_TRIM)
                if term and _WORD.search(term) and term not in terms:
                    terms.append(term)
    return terms


def _term_pattern(term: str) -> re.Pattern[str]:
    words = [re.escape(w) for w in term.split()]
    return re.compile(r"(?<!\w)" + r"\s+".join(words) + r"(?!\w)", re.IGNORECASE)


def _find(text: str, term: str) -> list[tuple[int, int]]:
    return [m.span() for m in _term_pattern(term).finditer(text)]


def highlight_spans(text: str, terms: Iterable[str]) -> list[tuple[int, int]]:
    """Sorted, merged (start, end) character spans of `terms` in `text`.

    Example:
        >>> highlight_spans("In 1954, the USSR applied", ["1954", "USSR"])
        [(3, 7), (13, 17)]
    """
    spans: list[tuple[int, int]] = []
    for term in terms:
        found = _find(text, term)
        if not found and " " in term.strip():
            for word in term.split():
                if _WORD.fullmatch(word.strip(_TRIM) or "-"):
                    found += _find(text, word.strip(_TRIM))
        spans += found
    return merge_spans(spans)


def merge_spans(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sort spans and merge those that overlap or touch."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(s for s in spans if s[1] > s[0]):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged
