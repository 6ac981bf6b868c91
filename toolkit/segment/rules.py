"""Decide, at each possible sentence start in a block, whether a new sentence starts there.

A candidate is every word that follows sentence-final punctuation (`. ! ? …`, optionally closed
by quotes or brackets) and white space, or a dialogue dash right after such punctuation. (A start
the base libraries could propose anywhere else has no final punctuation before it, which these
rules always reject.) Each candidate is decided from the sentence so far (`prev`) and the text
after it (`nxt`): True (split), False (join) or None (no rule applies: the base library decides).
"""

from __future__ import annotations

import re

from toolkit.segment.abbrev import (
    CURRENCY_BEFORE_COUNTRY,
    EN_REPORTING_VERBS,
    EN_SENTENCE_STARTERS,
    PAIRED_MAY_END,
    TABLES,
)

CLOSERS = "»\"”’'“)]"
OPENERS = "«\"“„‘'(["
DASHES = "—–-"

# after the punctuation: white space, or a dialogue dash written without one (`він.— Ось`)
_CANDIDATE = re.compile(r"[.!?…][" + re.escape(CLOSERS) + r"]*(?:\s+(?=\S)|(?=[—–]\s))")
_STRONG_END = re.compile(
    r"(?:[!?…]|\.\.)[.!?…]*[" + re.escape(CLOSERS) + r"]*$|[.!?…][" + re.escape(CLOSERS) + r"]+$"
)
_TERMINAL_END = re.compile(r"[.!?…][" + re.escape(CLOSERS) + r"]*$")
_LIST_MARKER = re.compile(r"^(?:[-–—•*▪●]|\d{1,3}[.)]|[a-zа-яіїєґ][.)])$")
_NUMBER = re.compile(r"^(?:\d[\d.,]*(?:[-–]\d+)?(?:-[^\W\d_]+)?|[IVXLC]+)$")
_DOTTED = re.compile(r"^(?:[^\W\d_]\.)+[^\W\d_]$")
_EN_ATTRIBUTION = re.compile(
    r"^(?:(?:[A-Z][\w'’.-]*\s+){1,3}(?:" + "|".join(sorted(EN_REPORTING_VERBS)) + r")\b"
    r"|(?:" + "|".join(sorted(EN_REPORTING_VERBS)) + r")\s)"
)
_CLAUSE_PREPOSITIONS = (
    "у|в|во|з|із|зі|с|со|від|от|до|на|за|о|об|по|після|после|між|между|під|под|к|ко|"
    "протягом|наприкінці|напередодні|около|близько"
)
_CLAUSE_YEAR = re.compile(
    r"(?:^|[,;:(«\"“„—–]\s*)(?:(?:" + _CLAUSE_PREPOSITIONS + r")\s+)?"
    r"(?:(?:початку|кінці|середині|начале|конце|середине)\s+)?"
    r"(?:\d+(?:[-–]\d+)?(?:-[^\W\d_]+)?|[IVXLC]+)\s+[^\W\d_]+\.$",
    re.IGNORECASE,
)


def candidates(block: str) -> list[int]:
    """Offsets of words that follow sentence-final punctuation and white space."""
    return [m.end() for m in _CANDIDATE.finditer(block)]


def is_gap(block: str, start: int) -> bool:
    """Whether a sentence may start at `start`: after white space, or at a dialogue dash
    that follows sentence-final punctuation directly."""
    if block[start].isspace():
        return False
    if block[start - 1].isspace():
        return True
    return block[start] in "—–" and block[start - 1] in ".!?…" + CLOSERS


def _start_kind(nxt: str) -> str:
    """'lower', 'dash-lower', 'dash', 'upper', 'digit' or 'other' for the text after a gap."""
    first = nxt[:1]
    if first in DASHES and len(nxt) > 1 and nxt[1].isspace():
        rest = nxt[1:].lstrip()[:1]
        return "dash-lower" if rest.isalpha() and rest.islower() else "dash"
    head = nxt.lstrip(OPENERS)[:1]
    if first.isalpha():
        return "lower" if first.islower() else "upper"
    if (head.isalpha() and head.isupper()) or (head.isdigit() and first in OPENERS):
        return "upper"
    return "digit" if first.isdigit() else "other"


def _abbreviation(prev: str, nxt: str, kind: str, lang: str) -> bool | str | None:
    """Decision for `prev` ending in `word.`; 'plain' when the word is no abbreviation."""
    tokens = prev.split()
    word = tokens[-1].lstrip(OPENERS)[:-1]
    before = tokens[-2].lstrip(OPENERS) if len(tokens) > 1 else ""
    upper = kind == "upper"
    if len(word) == 1 and word.isalpha() and word.isupper():  # an initial: G. W. Bush
        return False if upper else None
    if (before.lower().rstrip("."), word.lower()) in PAIRED_MAY_END or re.fullmatch(
        r"т\.[дп]", word.lower()
    ):
        return True if upper else None
    table = TABLES["en" if word.isascii() else lang]
    listed = _listed(word.lower(), table, prev=prev, nxt=nxt, kind=kind, before=before)
    if listed != "unlisted":
        return listed
    if len(word) == 1 and word.isalpha():
        return None
    if _DOTTED.match(word):
        return _dotted(word, nxt, kind=kind, lang=lang)
    return "plain"


def _listed(
    low: str, table: dict, *, prev: str, nxt: str, kind: str, before: str
) -> bool | str | None:
    """Decision for a word in the language's abbreviation tables, else 'unlisted'."""
    upper = kind == "upper"
    after_number = bool(_NUMBER.match(before))
    if low in table["yearlike"] and after_number:
        if _CLAUSE_YEAR.search(prev):
            return False
        return True if upper else None
    if low in table["never_final"]:
        if table is not TABLES["en"] and after_number:
            return True if upper else None
        return False
    if low in table["before_digit"]:
        return False if kind == "digit" else "plain"
    if low in table["may_end"]:
        currencies, countries = CURRENCY_BEFORE_COUNTRY
        if low in currencies and _first_word(nxt) in countries:
            return False
        return True if upper else None
    return "unlisted"


def _dotted(word: str, nxt: str, *, kind: str, lang: str) -> bool | None:
    """`U.S.`, `D.C.`, `a.m.` (left to the library unless a sentence clearly starts), `В.В.`."""
    first = _first_word(nxt)
    if not word.isascii():
        return False if kind == "upper" and word.isupper() else None
    if lang == "en":
        return True if first in EN_SENTENCE_STARTERS else None
    return True if kind == "upper" and not first.isascii() else None


def _first_word(nxt: str) -> str:
    words = nxt.split(maxsplit=1)
    return words[0].strip(".,;:!?") if words else ""


def _is_attribution(prev: str, nxt: str) -> bool:
    """`"…?" Putin asked.`: a short reporting clause after a quote that ends in ? or !."""
    if not re.search(r"[?!][" + re.escape(CLOSERS) + r"]+$", prev):
        return False
    clause = re.split(r"[.!?…]", nxt, maxsplit=1)[0]
    return len(clause.split()) <= 6 and bool(_EN_ATTRIBUTION.match(clause))


def decide(prev: str, nxt: str, lang: str) -> bool | None:
    """True: a sentence starts at `nxt`; False: it does not; None: no rule applies."""
    kind = _start_kind(nxt)
    if kind in ("lower", "dash-lower") or _LIST_MARKER.match(prev.strip()):
        return False
    if not _TERMINAL_END.search(prev):
        return False
    if kind == "dash":
        return True
    if _STRONG_END.search(prev):
        if lang == "en" and _is_attribution(prev, nxt):
            return False
        return True if kind == "upper" else None
    decision = _abbreviation(prev, nxt, kind, lang)
    if decision == "plain":
        return True if kind == "upper" else None
    return decision
