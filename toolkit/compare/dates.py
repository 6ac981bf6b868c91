"""Dates in en/uk/ru text as (year, month, day) with missing parts None.

Read: "25 грудня 2025", "25-го грудня", "двадцять п'ятого грудня", "December 25, 2025",
"Dec. 25", "25th of December", "у грудні 2025 року", "в декабре", "25.12.2025",
"2025-12-25", "12/25/2025" (en: month first unless the first number exceeds 12; uk/ru: day
first), and years with context: "in 2001", "у 2001 році", "в 2001 году", "1954 р.",
"2001–2002 роках", "в двухтысячном году". Month forms in every case come from pymorphy3.
Month adjectives ("ноябрьские выборы", "листопадових виборах") are month-only dates, as
"November elections" is. Forms that are also common words (May, March, лютий 'fierce',
мая/маю) and English abbreviations without their dot (Jan Gelfand, Mar-a-Lago) count only
next to a day or a year; May and March count also after "in", "since", "late", "mid-" and
the like ("in late March"). Weekday names are not read.

`date_diff` compares two lists of dates: a year-only date agrees with any full date of that
year ("in 2001" ~ "16 June 2001"), so only real conflicts remain.

Example:
    >>> [d.ymd for d in extract_dates("Зустріч 25 грудня 2025 року, не в 2001 році", "uk")]
    [(2025, 12, 25), (2001, None, None)]
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from toolkit.compare.numbers import check_lang, extract_numbers
from toolkit.morph import MORPH_LANGS, analyzer, fold

# dates2: month adjectives, "in late March", undotted abbreviations only with a day or year;
# dates3: "the end of March", and a lowercase Russian "мае" / "мая" after a preposition of
# time ("в мае прошлого года")
DATES_VERSION = 3

_EN_MONTHS = (  # noqa: SIM905
    "January February March April May June July August September October November December"
).split()
_EN_ABBREV = {"Jan": 1, "Feb": 2, "Mar": 3, "Apr": 4, "Jun": 6, "Jul": 7, "Aug": 8,
              "Sep": 9, "Sept": 9, "Oct": 10, "Nov": 11, "Dec": 12}  # fmt: skip
_EN_ABBREV_LOWER = {k.lower() for k in _EN_ABBREV}
_MONTH_LEMMAS = {
    "uk": (  # noqa: SIM905
        "січень лютий березень квітень травень червень липень серпень вересень жовтень "
        "листопад грудень"
    ).split(),
    "ru": (  # noqa: SIM905
        "январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь"
    ).split(),
}
_SLAVIC_ABBREV = {
    "uk": {"січ": 1, "лют": 2, "бер": 3, "квіт": 4, "трав": 5, "черв": 6, "лип": 7,
           "серп": 8, "вер": 9, "жовт": 10, "лист": 11, "груд": 12},
    "ru": {"янв": 1, "фев": 2, "февр": 2, "мар": 3, "апр": 4, "авг": 8, "сен": 9,
           "сент": 9, "окт": 10, "нояб": 11, "дек": 12},
}  # fmt: skip
_AMBIGUOUS = {"en": {"may", "march"}, "uk": {"лютий", "лютого", "лютому", "лютим"},
              "ru": {"мая", "маю", "мае", "маем"}}  # fmt: skip
# month adjectives (lemmas): a month-only date, never with a day
_MONTH_ADJECTIVES = {
    "uk": (  # noqa: SIM905
        "січневий лютневий березневий квітневий травневий червневий липневий серпневий "
        "вересневий жовтневий листопадовий грудневий"
    ).split(),
    "ru": (  # noqa: SIM905
        "январский февральский мартовский апрельский майский июньский июльский августовский "
        "сентябрьский октябрьский ноябрьский декабрьский"
    ).split(),
}
# before which an ambiguous English month (May, March) is the month: "in late March".
# Not "by" / "from" ("criticised by May"): Theresa May.
_EN_MONTH_BEFORE = re.compile(
    r"\b(?:in|since|until|till|during|through|early|late|mid|last|next|this|"
    r"(?:end|beginning|start|middle) of)[\s-]+$",
    re.IGNORECASE,
)
# ... and a lowercase Russian "мая" / "мае" after a preposition of time: "в мае", "с мая",
# "в конце мая" (lowercase: Мая is a name)
_RU_MONTH_BEFORE = re.compile(
    r"(?:^|\s)(?:в|во|с|со|до|к|после|конце|начале|середине|конца|начала|середины)\s+$",
    re.IGNORECASE,
)
_YEAR_WORDS = {
    "en": r"(?!)",
    "uk": r"(?:році|року|рік|роках|роки|років|рр?\.)",
    "ru": r"(?:году|года|год|годах|годы|годов|гг?\.)",
}
_YEAR_PREPS = {
    "en": "in|since|by|until|till|from|during|before|after|of|to|through|early|late|mid",
    "uk": "у|в|з|із|від|до|після|по|на|протягом|наприкінці|на початку",
    "ru": "в|во|с|со|от|до|после|по|на|к|в течение|в конце|в начале",
}
_NUMERIC = re.compile(
    r"\b(?:(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4}|\d{2})"
    r"|(?P<iy>\d{4})-(?P<im>\d{2})-(?P<id>\d{2})"
    r"|(?P<s1>\d{1,2})/(?P<s2>\d{1,2})/(?P<sy>\d{4}))\b"
)


@dataclass(frozen=True)
class DateMention:
    """A date found in a text; parts it does not state are None."""

    year: int | None
    month: int | None
    day: int | None
    start: int
    end: int
    text: str

    @property
    def ymd(self) -> tuple[int | None, int | None, int | None]:
        return (self.year, self.month, self.day)

    @property
    def canonical(self) -> str:
        """ "2025-12-25", "2001", "2001-06", "?-12-25" (unknown parts as "?")."""
        parts = [self.year, self.month, self.day]
        while parts and parts[-1] is None:
            parts.pop()
        return "-".join("?" if p is None else f"{p:02d}" for p in parts)


def extract_dates(text: str, lang: str) -> list[DateMention]:
    """Every date mention in `text` (language `lang`), in text order, non-overlapping."""
    check_lang(lang)
    folded = fold(text)
    found: list[DateMention] = []
    for finder in (_month_dates, _numeric_dates, _year_dates, _word_years):
        for mention in finder(folded, lang, text):
            if not any(mention.start < d.end and d.start < mention.end for d in found):
                found.append(mention)
    return sorted(found, key=lambda d: (d.start, d.end))


def compatible(a: DateMention, b: DateMention) -> bool:
    """Whether two dates can name the same day: every part both state is equal."""
    return all(x is None or y is None or x == y for x, y in zip(a.ymd, b.ymd, strict=True))


def date_diff(
    a: list[DateMention], b: list[DateMention]
) -> tuple[list[DateMention], list[DateMention]]:
    """The dates of `a` and of `b` that have no counterpart on the other side.

    Exact matches pair first, then compatible ones (a year-only date pairs with a full date
    of the same year), each date used once. A conflict (DATE_CHANGED) is when both returned
    lists are non-empty; one-sided leftovers are dates added or dropped.
    """
    left, right = list(a), list(b)
    for test in (lambda x, y: x.ymd == y.ymd, compatible):
        for da in list(left):
            match = next((db for db in right if test(da, db)), None)
            if match is not None:
                left.remove(da)
                right.remove(match)
    return left, right


@functools.cache
def month_forms(lang: str) -> dict[str, int]:
    """Every month-name form of `lang`, lowercase -> month number (abbreviations with ".")."""
    if lang not in MORPH_LANGS:
        forms = {m.lower(): i for i, m in enumerate(_EN_MONTHS, 1)}
        forms.update({k.lower() + ".": v for k, v in _EN_ABBREV.items()})
        forms.update({k.lower(): v for k, v in _EN_ABBREV.items()})
        return forms
    forms = {}
    for i, lemma_ in enumerate(_MONTH_LEMMAS[lang], 1):
        forms[lemma_] = i
        for parse in analyzer(lang).parse(lemma_):
            if parse.normal_form == lemma_ and "NOUN" in parse.tag:
                forms.update({fold(f.word): i for f in parse.lexeme})
                break
    forms.update({k + ".": v for k, v in _SLAVIC_ABBREV[lang].items()})
    return forms


@functools.cache
def _month_adjective_forms(lang: str) -> dict[str, int]:
    """Every form of `lang`'s month adjectives, lowercase -> month number (uk/ru only)."""
    forms: dict[str, int] = {}
    for i, lemma_ in enumerate(_MONTH_ADJECTIVES.get(lang, ()), 1):
        for parse in analyzer(lang).parse(lemma_):
            if parse.normal_form == lemma_ and "ADJF" in parse.tag:
                forms.update({fold(f.word): i for f in parse.lexeme})
                break
    return forms


@functools.cache
def _month_words(lang: str) -> dict[str, int]:
    return month_forms(lang) | _month_adjective_forms(lang)


@functools.cache
def _month_regex(lang: str) -> re.Pattern[str]:
    names = sorted(_month_words(lang), key=len, reverse=True)
    alts = "|".join(re.escape(n) for n in names)
    return re.compile(r"(?<![^\W\d_])(?:" + alts + r")(?![^\W\d_])", re.IGNORECASE)


def _month_dates(text: str, lang: str, original: str) -> list[DateMention]:
    numbers = [n for n in extract_numbers(text, lang) if n.value == n.value.to_integral()]
    out = []
    for m in _month_regex(lang).finditer(text):
        word = m.group().lower()
        if lang == "en" and not m.group()[0].isupper():
            continue
        month = _month_words(lang)[word]
        start, end = m.start(), m.end()
        day = year = None
        if word not in _month_adjective_forms(lang):
            day, start = _day_before(text, start, numbers)
            if day is None:
                day, end = _day_after(text, end, lang)
            year, end = _year_after(text, end, lang)
        if day is None and year is None and not _month_alone(text, m, lang):
            continue
        out.append(DateMention(year, month, day, start, end, original[start:end]))
    return out


def _month_alone(text: str, m: re.Match[str], lang: str) -> bool:
    """Whether month word `m`, with no day or year next to it, is a month."""
    word = m.group().lower()
    if lang == "en" and word in _EN_ABBREV_LOWER:
        return False  # "Jan" without its dot ("Jan." is a form of its own)
    if word in _AMBIGUOUS[lang]:
        if lang == "ru":
            return m.group().islower() and bool(_RU_MONTH_BEFORE.search(text[: m.start()]))
        return lang == "en" and bool(_EN_MONTH_BEFORE.search(text[: m.start()]))
    return True


def _day_before(text: str, start: int, numbers: list) -> tuple[int | None, int]:
    for num in numbers:
        gap = text[num.end : start]
        if num.end <= start and re.fullmatch(r"\s*(?:of\s+)?", gap) and 1 <= num.value <= 31:
            return int(num.value), num.start
    return None, start


def _day_after(text: str, end: int, lang: str) -> tuple[int | None, int]:
    if lang != "en":
        return None, end
    m = re.match(r"\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b(?![.,]\d)", text[end:])
    if m and 1 <= int(m.group(1)) <= 31:
        return int(m.group(1)), end + m.end()
    return None, end


def _year_after(text: str, end: int, lang: str) -> tuple[int | None, int]:
    m = re.match(r"\.?,?\s+(\d{4})\b(?:\s*" + _YEAR_WORDS[lang] + r")?", text[end:])
    if m and 1000 <= int(m.group(1)) <= 2199:
        return int(m.group(1)), end + m.end()
    return None, end


def _numeric_dates(text: str, lang: str, original: str) -> list[DateMention]:
    out = []
    for m in _NUMERIC.finditer(text):
        if m.group("d"):
            year = int(m.group("y"))
            year += 2000 if year < 100 else 0
            ymd = (year, int(m.group("m")), int(m.group("d")))
        elif m.group("iy"):
            ymd = (int(m.group("iy")), int(m.group("im")), int(m.group("id")))
        else:
            first, second = int(m.group("s1")), int(m.group("s2"))
            month_first = lang == "en" and first <= 12
            day, month = (second, first) if month_first else (first, second)
            ymd = (int(m.group("sy")), month, day)
        if 1 <= ymd[1] <= 12 and 1 <= ymd[2] <= 31:
            out.append(DateMention(*ymd, m.start(), m.end(), original[m.start() : m.end()]))
    return out


@functools.cache
def _year_regexes(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    year = r"(?P<y>1\d{3}|2[01]\d{2})(?:\s*[-–—]\s*(?P<y2>1\d{3}|2[01]\d{2}))?"
    suffix = r"(?:-?[^\W\d_]{1,3})?\s*" + _YEAR_WORDS[lang]
    with_word = re.compile(r"(?<![\d.,])" + year + suffix + r"(?![^\W\d_])", re.IGNORECASE)
    preps = r"(?<![^\W\d_])(?:" + _YEAR_PREPS[lang] + r")\s+"
    if lang == "en":  # in the 1930s, in the early 2000s, in mid-2001
        preps += r"(?:the\s+)?(?:(?:early|late|mid)[\s-]+)?"
        year += r"(?:'?s\b)?"
    with_prep = re.compile(preps + year + r"(?![\d%]|[.,]\d|\s*(?:тис|тыс|млн|%))", re.IGNORECASE)
    return with_word, with_prep


def _year_dates(text: str, lang: str, original: str) -> list[DateMention]:
    out = []
    for pattern in _year_regexes(lang):
        for m in pattern.finditer(text):
            for group in ("y", "y2"):
                if m.group(group):
                    s, e = m.span(group)
                    whole = (
                        (m.start("y"), m.end()) if group == "y" and not m.group("y2") else (s, e)
                    )
                    out.append(DateMention(int(m.group(group)), None, None, *whole,
                                           original[whole[0] : whole[1]]))  # fmt: skip
    return out


def _word_years(text: str, lang: str, original: str) -> list[DateMention]:
    """Years written in words and followed by a year word: "в двухтысячном году"."""
    if lang == "en":
        return []
    out = []
    follow = re.compile(r"\s*" + _YEAR_WORDS[lang] + r"(?![^\W\d_])", re.IGNORECASE)
    for num in extract_numbers(text, lang):
        m = follow.match(text, num.end)
        if m and not num.text[:1].isdigit() and 1000 <= num.value <= 2199:
            out.append(DateMention(int(num.value), None, None, num.start, m.end(),
                                   original[num.start : m.end()]))  # fmt: skip
    return out
