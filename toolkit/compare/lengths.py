"""Length: how much shorter one text is than a translation of the other usually is.

A translation that dropped a clause is shorter than translations into its language usually
are. Word alignment alone misses many dropped clauses (it pairs most of their words with
something), so a shortfall in length is the second witness of `toolkit.flag`'s
WORDS_DROPPED, beside content words left unmatched.
"""

from __future__ import annotations

import math

# Median log(characters / characters of the English text) of untouched translations: the
# NTREX-128 sentence pairs of the drift suite's calib documents (en-uk 940, en-ru 960 pairs,
# data/drift_suite, data/ntrex128; bench/results/drift_suite.md, session 14). Languages
# without a value have no typical length, so no shortfall.
LOG_CHARS = {"en": 0.0, "uk": 0.049, "ru": 0.112}


def length_shortfall(text_a: str, lang_a: str, text_b: str, lang_b: str) -> float | None:
    """How much shorter `text_b` is than a translation of `text_a` into `lang_b` usually is:
    the expected log character ratio minus the actual one (0.35: about 30% shorter).
    Negative when it is longer; None when a text is empty or a language has no typical
    length.

    Example:
        >>> round(length_shortfall("Clean water is scarce.", "en", "Води немає.", "uk"), 3)
        0.742
    """
    if lang_a not in LOG_CHARS or lang_b not in LOG_CHARS:
        return None
    len_a, len_b = len(text_a.strip()), len(text_b.strip())
    if not len_a or not len_b:
        return None
    expected = LOG_CHARS[lang_b] - LOG_CHARS[lang_a]
    return round(expected - math.log(len_b / len_a), 6)
