"""Shared pymorphy3 analyzers for Ukrainian and Russian, created once, on first use.

pymorphy3 ships its uk and ru dictionaries in the `pymorphy3-dicts-uk` / `-ru` wheels, so
this works offline. Loading one takes ~0.1-0.2 s, so nothing is loaded at import time.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from toolkit.errors import InputError

if TYPE_CHECKING:
    import pymorphy3

MORPH_LANGS = ("uk", "ru")


@functools.cache
def analyzer(lang: str) -> pymorphy3.MorphAnalyzer:
    """The pymorphy3 analyzer for `lang` ("uk" or "ru"), created on first use.

    Raises:
        InputError: `lang` has no pymorphy3 dictionary here.
    """
    if lang not in MORPH_LANGS:
        raise InputError(f"no morphological analyzer for language {lang!r}; valid: uk, ru")
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang=lang)


def fold(text: str) -> str:
    """Fold spelling variants for look-ups: apostrophes (’ ʼ ` ´) to "'", ё to е."""
    return text.translate(_APOS)


_APOS = str.maketrans({"’": "'", "ʼ": "'", "`": "'", "´": "'", "ё": "е", "Ё": "Е"})


def grammemes(tag: object) -> frozenset[str]:
    """The grammemes of a pymorphy3 tag as plain strings (safe for grammemes that a
    language's tag set lacks, where `"Geox" in tag` raises)."""
    return frozenset(re.split(r"[ ,]", str(tag)))


@functools.lru_cache(maxsize=200_000)
def parse(word: str, lang: str) -> tuple:
    """pymorphy3's readings of `word` (cached: the same words recur across a story)."""
    return tuple(analyzer(lang).parse(word))


@functools.lru_cache(maxsize=200_000)
def normal_forms(word: str, lang: str) -> tuple[str, ...]:
    """The normal form of every pymorphy3 reading of `word` (folded and lowercased first),
    in pymorphy3's order, without repeats: "Сході" -> ("сход", "схід")."""
    return tuple(dict.fromkeys(fold(p.normal_form) for p in parse(fold(word).lower(), lang)))
