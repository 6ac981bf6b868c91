"""The per-pair feature record: every signal the flag stage needs, computed once.

`compare_texts` takes two paired texts (aligned sentences or paired quotes) with their
languages, and optionally the alignment similarity/margin, the two speakers and a
`token_vectors` callable for word alignment; it returns a `PairFeatures`. Nothing here
applies a threshold: flag.py does, so retuning never recomputes features.

Dates are read first; numbers are read outside the date spans, so a changed year is a
DATE_CHANGED and not also a NUMBER_CHANGED.

Example:
    >>> f = compare_texts("25 000 військових у 2001 році", "uk", "2,500 troops in 2001", "en")
    >>> f.numbers_only_a, f.numbers_only_b, f.dates_only_a
    (['25000'], ['2500'], [])
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Callable
from collections.abc import Set as AbstractSet
from dataclasses import asdict, dataclass, field
from decimal import ROUND_HALF_UP, Decimal

import numpy as np
import polars as pl

from toolkit.compare.dates import DateMention, date_diff, extract_dates
from toolkit.compare.lengths import length_shortfall
from toolkit.compare.names import extract_names, matched_name_spans, unmatched_names
from toolkit.compare.negation import (
    Cue,
    antonym_pairs,
    cue_deletion,
    cues_said_otherwise,
    implicit_negatives,
    modality_pairs,
    moved_negations,
    negated_word,
    negation_cues,
    negation_flip,
)
from toolkit.compare.numbers import (
    NumberMention,
    check_lang,
    extract_numbers,
    feet_and_inches,
    format_decimal,
    imperial_units,
    same_height,
    unit_converted,
)
from toolkit.compare.scripts import untranslated_words
from toolkit.compare.stand_ins import stand_ins
from toolkit.compare.words import TokenVectors, WordAlignment, align_words, words_correspond
from toolkit.quotes.names import same_speaker

# Per-text extractions kept in memory: a text is compared in one pair per other version, so
# a story of n versions reads each text n - 1 times; ~1 KB per entry.
PROFILE_CACHE = 65_536
# A negated word and the other side's word with a negative prefix stand in each other's
# place when each is among the other's this many most similar words ("not guilty" /
# "невинним", "untroubled" / "не обеспокоен"), beside the best-match rule of
# `_said_otherwise`. Since negation16 (session 24, chosen on the drift suite's calib2)
PREFIXED_TOP = 2

# The polars schema of a features table (one row per compared pair); `pair_id` and the
# identifying columns are added by whoever builds the pairs.
FEATURES = {
    "lang_a": pl.String,
    "lang_b": pl.String,
    "similarity": pl.Float64,
    "margin": pl.Float64,
    "numbers_a": pl.List(pl.String),
    "numbers_b": pl.List(pl.String),
    "numbers_only_a": pl.List(pl.String),
    "numbers_only_b": pl.List(pl.String),
    "dates_a": pl.List(pl.String),
    "dates_b": pl.List(pl.String),
    "dates_only_a": pl.List(pl.String),
    "dates_only_b": pl.List(pl.String),
    "date_conflict": pl.Boolean,
    "names_a": pl.List(pl.String),
    "names_b": pl.List(pl.String),
    "names_only_a": pl.List(pl.String),
    "names_only_b": pl.List(pl.String),
    "names_in_place_a": pl.List(pl.String),
    "names_in_place_b": pl.List(pl.String),
    "negation_a": pl.Int32,
    "negation_b": pl.Int32,
    "negation_cues_a": pl.List(pl.String),
    "negation_cues_b": pl.List(pl.String),
    "negation_flip": pl.Boolean,
    "negation_implicit": pl.List(pl.String),
    "negation_gain": pl.Float64,
    "negation_shift": pl.Float64,
    "negation_moved": pl.List(pl.String),
    "antonyms": pl.List(pl.String),
    "modality_flip": pl.List(pl.String),
    "untranslated_a": pl.List(pl.String),
    "untranslated_b": pl.List(pl.String),
    "content_a": pl.Int32,
    "content_b": pl.Int32,
    "unmatched_a": pl.List(pl.String),
    "unmatched_b": pl.List(pl.String),
    "unmatched_spans_a": pl.List(pl.List(pl.Int32)),
    "unmatched_spans_b": pl.List(pl.List(pl.Int32)),
    "unmatched_best_a": pl.List(pl.Float64),
    "unmatched_best_b": pl.List(pl.Float64),
    "unmatched_run_a": pl.Int32,
    "unmatched_run_b": pl.Int32,
    "clauses_a": pl.List(pl.List(pl.Int32)),
    "clauses_b": pl.List(pl.List(pl.Int32)),
    "length_shortfall": pl.Float64,
    "speaker_a": pl.String,
    "speaker_b": pl.String,
    "same_speaker": pl.Boolean,
}


@dataclass(frozen=True)
class PairFeatures:
    """The features of one pair of texts; field names and types follow `FEATURES`.

    Lists are sorted (values) or in text order (words, names), so the same input gives the
    same record. Word-alignment fields are empty and content counts None when no
    `token_vectors` was given.
    """

    lang_a: str
    lang_b: str
    similarity: float | None = None
    margin: float | None = None
    numbers_a: list[str] = field(default_factory=list)
    numbers_b: list[str] = field(default_factory=list)
    numbers_only_a: list[str] = field(default_factory=list)
    numbers_only_b: list[str] = field(default_factory=list)
    dates_a: list[str] = field(default_factory=list)
    dates_b: list[str] = field(default_factory=list)
    dates_only_a: list[str] = field(default_factory=list)
    dates_only_b: list[str] = field(default_factory=list)
    date_conflict: bool = False
    names_a: list[str] = field(default_factory=list)
    names_b: list[str] = field(default_factory=list)
    names_only_a: list[str] = field(default_factory=list)
    names_only_b: list[str] = field(default_factory=list)
    # per name of names_only_*: the other side's name-like word in its place, or ""
    # (toolkit.compare.stand_ins); None without token vectors
    names_in_place_a: list[str] | None = None
    names_in_place_b: list[str] | None = None
    negation_a: int = 0
    negation_b: int = 0
    negation_cues_a: list[str] = field(default_factory=list)
    negation_cues_b: list[str] = field(default_factory=list)
    negation_flip: bool = False
    negation_implicit: list[str] = field(default_factory=list)  # they explain the difference
    negation_gain: float | None = None  # see toolkit.compare.negation.negation_gain
    negation_shift: float | None = None  # ... and cue_deletion
    # a negation each side puts on another word (negation.moved_negations): [a's, b's], or
    # []; None without token vectors
    negation_moved: list[str] | None = None
    antonyms: list[str] = field(default_factory=list)
    modality_flip: list[str] = field(default_factory=list)  # "may_must:could/має"
    # words a side keeps untranslated, in another language's letters, and the other side
    # does not (toolkit.compare.scripts)
    untranslated_a: list[str] = field(default_factory=list)
    untranslated_b: list[str] = field(default_factory=list)
    content_a: int | None = None
    content_b: int | None = None
    unmatched_a: list[str] = field(default_factory=list)
    unmatched_b: list[str] = field(default_factory=list)
    unmatched_spans_a: list[list[int]] = field(default_factory=list)
    unmatched_spans_b: list[list[int]] = field(default_factory=list)
    unmatched_best_a: list[float] = field(default_factory=list)
    unmatched_best_b: list[float] = field(default_factory=list)
    unmatched_run_a: int | None = None  # the longest run of unmatched content words
    unmatched_run_b: int | None = None
    # each side's clauses as [start, end, content words] (toolkit.compare.words.clause_spans)
    clauses_a: list[list[int]] = field(default_factory=list)
    clauses_b: list[list[int]] = field(default_factory=list)
    # how much shorter b is than a translation of a usually is (toolkit.compare.lengths)
    length_shortfall: float | None = None
    speaker_a: str | None = None
    speaker_b: str | None = None
    same_speaker: bool | None = None

    def record(self) -> dict[str, object]:
        """The features as one row for `features_frame`."""
        return asdict(self)


@dataclass(frozen=True)
class TextProfile:
    """What compare reads from one text alone: dates, numbers outside them, negation cues."""

    dates: tuple[DateMention, ...]
    numbers: tuple[NumberMention, ...]
    cues: tuple[Cue, ...]


@functools.lru_cache(maxsize=PROFILE_CACHE)
def text_profile(text: str, lang: str) -> TextProfile:
    """The one-text extractions of `text`, computed once per (text, language)."""
    check_lang(lang)
    dates = tuple(extract_dates(text, lang))
    numbers = extract_numbers(text, lang, exclude=[(d.start, d.end) for d in dates])
    return TextProfile(dates, tuple(numbers), tuple(negation_cues(text, lang)))


def compare_texts(
    text_a: str,
    lang_a: str,
    text_b: str,
    lang_b: str,
    *,
    similarity: float | None = None,
    margin: float | None = None,
    speaker_a: str | None = None,
    speaker_b: str | None = None,
    token_vectors: TokenVectors | None = None,
    encode: Callable[[list[str]], np.ndarray] | None = None,
) -> PairFeatures:
    """Compute every feature of the pair (text_a in lang_a, text_b in lang_b) once.

    `encode` (texts -> L2-normalised sentence vectors) gives `negation_gain` and
    `negation_shift`; without it those features stay None."""
    prof_a, prof_b = text_profile(text_a, lang_a), text_profile(text_b, lang_b)
    parts: dict[str, object] = {"lang_a": lang_a, "lang_b": lang_b,
                                "similarity": similarity, "margin": margin}  # fmt: skip
    parts |= _date_features(list(prof_a.dates), list(prof_b.dates))
    parts |= _number_features(text_a, text_b, prof_a, prof_b)
    parts |= _name_features(text_a, lang_a, text_b, lang_b, token_vectors)
    parts |= _negation_features(
        text_a, lang_a, text_b, lang_b, prof_a.cues, prof_b.cues, token_vectors
    )
    if encode is not None:
        deletion = cue_deletion(text_a, prof_a.cues, text_b, prof_b.cues, encode)
        if deletion is not None:
            parts["negation_gain"], parts["negation_shift"] = deletion
    if token_vectors is not None:
        alignment = align_words(
            text_a,
            lang_a,
            text_b,
            lang_b,
            token_vectors=token_vectors,
            known_a=matched_name_spans(text_a, lang_a, text_b, lang_b),
            known_b=matched_name_spans(text_b, lang_b, text_a, lang_a),
        )
        parts |= _word_features(alignment)
        parts["negation_moved"] = moved_negations(
            text_a, lang_a, prof_a.cues, text_b, lang_b, prof_b.cues, alignment
        )
    parts["untranslated_a"] = untranslated_words(text_a, lang_a, text_b, lang_b)
    parts["untranslated_b"] = untranslated_words(text_b, lang_b, text_a, lang_a)
    parts |= _speaker_features(speaker_a, lang_a, speaker_b, lang_b)
    parts["length_shortfall"] = length_shortfall(text_a, lang_a, text_b, lang_b)
    return PairFeatures(**parts)  # type: ignore[arg-type]


def features_frame(features: list[PairFeatures]) -> pl.DataFrame:
    """The `FEATURES` frame of a list of pair features, in the given order."""
    return pl.DataFrame([f.record() for f in features], schema=FEATURES)


def multiset_diff(a: list[str], b: list[str]) -> tuple[list[str], list[str]]:
    """Sorted a - b and b - a as multisets ("25000", "25000" vs "25000" leaves one)."""
    ca, cb = Counter(a), Counter(b)
    return sorted((ca - cb).elements()), sorted((cb - ca).elements())


def _date_features(dates_a: list, dates_b: list) -> dict[str, object]:
    only_a, only_b = date_diff(dates_a, dates_b)
    return {
        "dates_a": [d.canonical for d in dates_a],
        "dates_b": [d.canonical for d in dates_b],
        "dates_only_a": [d.canonical for d in only_a],
        "dates_only_b": [d.canonical for d in only_b],
        "date_conflict": bool(only_a and only_b),
    }


def _number_features(
    text_a: str, text_b: str, prof_a: TextProfile, prof_b: TextProfile
) -> dict[str, object]:
    """Numbers outside dates, compared as multisets. Not counted as differences: a spelled
    "one"/"один"/"first" (often an article or "another", not a count); a number equal to a
    year the other side wrote as a date ("Act 2017" / "від 2017 року"); and, when either
    side names an imperial unit, a pair of numbers related by a unit conversion (a height
    in feet and inches against centimetres or metres too); and a whole-hour time of day
    against its hour written as a bare number ("7 a.m." / "о 7 ранку", "на 19 годину");
    and a number against itself rounded ("25,4 см" / "25 см", `_cancel_rounding`)."""
    ment_a, ment_b = prof_a.numbers, prof_b.numbers
    dates_a, dates_b = prof_a.dates, prof_b.dates
    nums_a = sorted(m.canonical for m in ment_a)
    nums_b = sorted(m.canonical for m in ment_b)
    cmp_a = [m.canonical for m in ment_a if not _weak_number(m)]
    cmp_b = [m.canonical for m in ment_b if not _weak_number(m)]
    only_a, only_b = multiset_diff(cmp_a, cmp_b)
    only_a = [n for n in only_a if n not in {str(d.year) for d in dates_b}]
    only_b = [n for n in only_b if n not in {str(d.year) for d in dates_a}]
    units = imperial_units(text_a) | imperial_units(text_b)
    if units:
        only_a, only_b = _cancel_heights(only_a, only_b, text_a, text_b)
        only_a, only_b = _cancel_conversions(only_a, only_b, cmp_a, cmp_b, units)
    only_a, only_b = _cancel_clock_hours(
        only_a, only_b, _bare_hours(ment_a, text_a), _bare_hours(ment_b, text_b)
    )
    only_a, only_b = _cancel_rounding(only_a, only_b)
    return {"numbers_a": nums_a, "numbers_b": nums_b,
            "numbers_only_a": only_a, "numbers_only_b": only_b}  # fmt: skip


def _weak_number(mention: NumberMention) -> bool:
    return mention.spelled and mention.value == 1 and not mention.percent


def _cancel_conversions(
    only_a: list[str],
    only_b: list[str],
    all_a: list[str],
    all_b: list[str],
    units: AbstractSet[str],
) -> tuple[list[str], list[str]]:
    """Drop unmatched numbers that convert into each other by a unit the texts name, then,
    when only one side has unmatched numbers left, those that are conversions of any number
    of the other side (40 miles -> "40 миль (64,4 км)"). When both sides still have some, a
    number was changed: "800 kph (497 mph)" / "800 км/год (297 миль/год)" keeps 497 against
    297."""

    def related(a: str, b: str) -> bool:
        if ":" in a + b or "/" in a + b:  # times of day and fractions do not convert
            return False
        x, y = Decimal(a.rstrip("%")), Decimal(b.rstrip("%"))
        return unit_converted(x, y, units) or unit_converted(y, x, units)

    left, right = _cancel_pairs(only_a, only_b, related)
    if left and right:
        return left, right
    left = [a for a in left if not any(related(a, b) for b in all_b)]
    right = [b for b in right if not any(related(a, b) for a in all_a)]
    return left, right


def _cancel_rounding(only_a: list[str], only_b: list[str]) -> tuple[list[str], list[str]]:
    """Drop pairs of unmatched numbers where one is the other rounded half up to its own
    number of decimals and the two lie at most `ROUNDING_MAX_SHARE` apart: "25,4 см" / "25
    см", "2,54" / "2,5", "7,6" / "8" (two translators rounding one conversion each their own
    way). Two numbers with as many decimals never pair: 3 / 4 points is a change, and so is
    3.5 / 4 million (12.5% apart)."""
    return _cancel_pairs(only_a, only_b, lambda a, b: _rounded(a, b) or _rounded(b, a))


def _cancel_pairs(
    only_a: list[str], only_b: list[str], related: Callable[[str, str], bool]
) -> tuple[list[str], list[str]]:
    """Copies of the two lists less each number of `only_a` and the first number of
    `only_b` still left that it is `related` to."""
    left, right = list(only_a), list(only_b)
    for a in list(left):
        b = next((b for b in right if related(a, b)), None)
        if b is not None:
            left.remove(a)
            right.remove(b)
    return left, right


ROUNDING_MAX_SHARE = Decimal("0.05")


def _rounded(fine: str, coarse: str) -> bool:
    """Whether `coarse` is `fine` rounded half up to `coarse`'s number of decimals (fewer
    than `fine`'s), within `ROUNDING_MAX_SHARE` of the larger; percents only with percents."""
    if fine.endswith("%") != coarse.endswith("%"):
        return False
    x, y = _plain_value(fine.rstrip("%")), _plain_value(coarse.rstrip("%"))
    if x is None or y is None:
        return False
    places = max(-int(y.as_tuple().exponent), 0)
    if places >= max(-int(x.as_tuple().exponent), 0):
        return False
    if x.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP) != y:
        return False
    return abs(x - y) <= ROUNDING_MAX_SHARE * max(abs(x), abs(y))


def _plain_value(canonical: str) -> Decimal | None:
    """The value of a plain number's canonical form; None for times, fractions, percents."""
    return None if re.search(r"[:/%]", canonical) else Decimal(canonical)


def _cancel_heights(
    only_a: list[str], only_b: list[str], text_a: str, text_b: str
) -> tuple[list[str], list[str]]:
    """Drop a height in feet and inches on one side ("6-foot-6") with the same height in
    centimetres or metres on the other ("198 см")."""
    left, right = list(only_a), list(only_b)
    for mine, other, text in ((left, right, text_a), (right, left, text_b)):
        for feet, inches, cm in feet_and_inches(text):
            y = next((y for y in other if _is_height(y, cm)), None)
            if y is None:
                continue
            other.remove(y)
            for part in {format_decimal(feet), format_decimal(inches)} & set(mine):
                mine.remove(part)
    return left, right


def _is_height(canonical: str, cm: Decimal) -> bool:
    value = _plain_value(canonical)
    return value is not None and same_height(cm, value)


def _bare_hours(mentions: list[NumberMention], text: str) -> set[str]:
    """The canonical forms of the numbers in `text` that may be an hour written alone: whole
    numbers up to 24 in digits or words, ordinals too ("о 6-й ранку", "к шестому часу"), not
    part of a time the clock reader refused ("13:60")."""
    return {
        m.canonical
        for m in mentions
        if not (m.clock or m.percent or m.ratio is not None)
        and m.value == m.value.to_integral()
        and 0 <= m.value <= 24
        and not re.match(r"[:.]\d", text[m.end : m.end + 2])
        and not re.search(r"\d[:.]$", text[max(0, m.start - 2) : m.start])
    }


def _cancel_clock_hours(
    only_a: list[str], only_b: list[str], hours_a: set[str], hours_b: set[str]
) -> tuple[list[str], list[str]]:
    """Drop a whole-hour time of day ("07:00", "19:00") with a bare number on the other side
    (one of `hours_a` / `hours_b`, see `_bare_hours`) that is its hour on the 24- or 12-hour
    clock (7; 19 or 7), and a time with the number that writes it with a dot ("11:15" /
    "об 11.15", as Ukrainian, Russian and British styles write times)."""
    left, right = list(only_a), list(only_b)
    for mine, other, bare_hours in ((left, right, hours_b), (right, left, hours_a)):
        for time in [t for t in mine if re.fullmatch(r"\d\d:\d\d", t)]:
            hour = int(time[:2])
            if time.endswith(":00"):
                hours = {format_decimal(Decimal(hour)), format_decimal(Decimal(hour % 12 or 12))}
                bare = next((y for y in other if y in hours & bare_hours), None)
            else:  # "11.15", never a whole number ("13" of a refused "13:60")
                dotted = Decimal(f"{hour % 12 or 12}.{time[3:]}"), Decimal(f"{hour}.{time[3:]}")
                bare = next((y for y in other if _as_decimal(y) in dotted), None)
            if bare is not None:
                mine.remove(time)
                other.remove(bare)
    return left, right


def _as_decimal(canonical: str) -> Decimal | None:
    """A canonical number as a Decimal; None for times, percents, ratios and ordinals."""
    try:
        return Decimal(canonical)
    except ArithmeticError:
        return None


def _name_features(
    text_a: str, lang_a: str, text_b: str, lang_b: str, token_vectors: TokenVectors | None
) -> dict[str, object]:
    only_a = unmatched_names(text_a, lang_a, text_b, lang_b)
    only_b = unmatched_names(text_b, lang_b, text_a, lang_a)
    parts: dict[str, object] = {
        "names_a": [m.key for m in extract_names(text_a, lang_a)],
        "names_b": [m.key for m in extract_names(text_b, lang_b)],
        "names_only_a": [m.text for m in only_a],
        "names_only_b": [m.text for m in only_b],
    }
    if token_vectors is not None:
        parts["names_in_place_a"] = stand_ins(text_a, lang_a, text_b, lang_b, only_a, token_vectors)
        parts["names_in_place_b"] = stand_ins(text_b, lang_b, text_a, lang_a, only_b, token_vectors)
    return parts


def _negation_features(
    text_a: str,
    lang_a: str,
    text_b: str,
    lang_b: str,
    cues_a: tuple,
    cues_b: tuple,
    token_vectors: TokenVectors | None,
) -> dict[str, object]:
    """Negation cues, antonyms and modality; with token vectors, an antonym or modal pair
    counts only between corresponding words (toolkit.compare.words.words_correspond). A
    difference in cues that the other side's implicit negatives make up is no flip
    (`negation_implicit` names them)."""
    pairs = antonym_pairs(text_a, lang_a, text_b, lang_b)
    if token_vectors is not None:
        pairs = [
            p for p in pairs if words_correspond(text_a, p.span_a, text_b, p.span_b, token_vectors)
        ]
    # "denied" / "не підтвердив": a negated pole says the other pole, so the pair opposes
    # nothing and its cue makes up the difference in cues
    turned: dict[str, list[str]] = {"a": [], "b": []}
    kept = []
    for p in pairs:
        cue_a = _negating(text_a, lang_a, cues_a, p.span_a)
        cue_b = _negating(text_b, lang_b, cues_b, p.span_b)
        if (cue_a is None) == (cue_b is None):
            kept.append(p)
        elif cue_a is not None:
            turned["a"].append(f"{cue_a.text} {p.word_a}")
        elif cue_b is not None:
            turned["b"].append(f"{cue_b.text} {p.word_b}")
    pairs = kept
    modal = modality_pairs(text_a, lang_a, text_b, lang_b)
    if token_vectors is not None:  # as antonyms: the two modal words must stand in one place
        modal = [
            p for p in modal if words_correspond(text_a, p.span_a, text_b, p.span_b, token_vectors)
        ]
    said = _said_otherwise(
        text_a, lang_a, cues_a, text_b, lang_b, cues_b, token_vectors, turned=turned
    )
    return {
        "negation_a": len(cues_a),
        "negation_b": len(cues_b),
        "negation_cues_a": [c.text for c in cues_a],
        "negation_cues_b": [c.text for c in cues_b],
        "negation_flip": negation_flip(len(cues_a), len(cues_b)) and not said,
        "negation_implicit": said,
        "antonyms": [f"{p.concept}:{p.word_a}/{p.word_b}" for p in pairs],
        "modality_flip": [f"{p.concept}:{p.word_a}/{p.word_b}" for p in modal],
    }


def _negating(text: str, lang: str, cues: tuple, span: tuple[int, int]) -> Cue | None:
    """The one of `cues` that negates the word at `span` (toolkit.compare.negation's
    negated_word), or None."""
    return next((cue for cue in cues if negated_word(text, lang, cue) == span), None)


def _said_otherwise(
    text_a: str,
    lang_a: str,
    cues_a: tuple,
    text_b: str,
    lang_b: str,
    cues_b: tuple,
    token_vectors: TokenVectors | None,
    *,
    turned: dict[str, list[str]] | None = None,
) -> list[str]:
    """What makes up a difference in negation cues, or [] when nothing does: the poorer
    side's implicit negatives ("lacks" / "немає"), as many as it has beyond the richer
    side's own, and the richer side's cues that need no
    negation on the other side (`cues_said_otherwise`: "не исключено" / "possible", "not
    surprising" / "Неудивительно"; `turned`, per side: negated antonyms, "не підтвердив" /
    "denied"), as many as the difference."""
    if len(cues_a) == len(cues_b):
        return []
    a_richer = len(cues_a) > len(cues_b)
    rich, rich_lang, rich_cues, poor, poor_lang = (
        (text_a, lang_a, cues_a, text_b, lang_b)
        if a_richer
        else (text_b, lang_b, cues_b, text_a, lang_a)
    )
    # an implicit negative the richer side says too ("избегайте" / "avoid") is accounted
    # for there and stands for no extra cue
    implicit = implicit_negatives(poor, poor_lang)[len(implicit_negatives(rich, rich_lang)) :]
    correspond = None
    if token_vectors is not None:
        # a Ukrainian or Russian prefixed word is an adjective, adverb or participle by the
        # dictionary, so one best match either way will do ("not suitable" /
        # "невідповідним"); English has no tagger and its un- makes verbs too ("unseat"),
        # so there each must be the other's best match. Either way, each among the other's
        # PREFIXED_TOP nearest will do too ("not guilty" / "невинним")
        mutual = poor_lang == "en"

        def correspond(span: tuple[int, int], other: tuple[int, int]) -> bool:
            return words_correspond(
                rich, span, poor, other, token_vectors, mutual=mutual
            ) or words_correspond(rich, span, poor, other, token_vectors, mutual=True,
                                  top=PREFIXED_TOP)  # fmt: skip

    said = cues_said_otherwise(rich, rich_lang, rich_cues, poor, poor_lang, correspond)
    said = list(dict.fromkeys([*said, *(turned or {}).get("a" if a_richer else "b", [])]))
    explained = [*implicit, *said]
    return explained if len(explained) >= abs(len(cues_a) - len(cues_b)) else []


def _word_features(result: WordAlignment) -> dict[str, object]:
    return {
        "content_a": result.content_a,
        "content_b": result.content_b,
        "unmatched_a": [w.text for w in result.unmatched_a],
        "unmatched_b": [w.text for w in result.unmatched_b],
        "unmatched_spans_a": [[w.start, w.end] for w in result.unmatched_a],
        "unmatched_spans_b": [[w.start, w.end] for w in result.unmatched_b],
        "unmatched_best_a": [w.best for w in result.unmatched_a],
        "unmatched_best_b": [w.best for w in result.unmatched_b],
        "unmatched_run_a": result.run_a,
        "unmatched_run_b": result.run_b,
        "clauses_a": [list(c) for c in result.clauses_a],
        "clauses_b": [list(c) for c in result.clauses_b],
    }


def _speaker_features(
    speaker_a: str | None, lang_a: str, speaker_b: str | None, lang_b: str
) -> dict[str, object]:
    """The two speakers as written, and whether they are one person (the quotes stage's
    `same_speaker`: surname keys, transliteration- and inflection-aware)."""
    same = same_speaker(speaker_a, lang_a, speaker_b, lang_b) if speaker_a and speaker_b else None
    return {"speaker_a": speaker_a, "speaker_b": speaker_b, "same_speaker": same}
