"""Numbers in en/uk/ru text: digits with any separators, number words, scales, percentages.

Every mention becomes a canonical value, so that "25,000", "25 000", "25 тис." and
"двадцять п'ять тисяч" all read 25000, and "3.5" (en) = "3,5" (uk/ru) = 3.5.

Separators, decided by the text's language (the one real ambiguity is "25.000"/"25,000"):
- thousands: space, NBSP, thin and narrow spaces and "'" in every language, when each group
  after the first has exactly three digits and the first has at most three;
- en: "," groups thousands, "." is the decimal point ("25.000" = 25, "25,000" = 25000);
- uk/ru: "," is the decimal comma ("3,5" = 3.5; "25,000" = 25), and "." followed by exactly
  three digits groups thousands ("25.000" = 25000, as in continental usage), otherwise it is
  a decimal point ("3.5" = 3.5);
- in every language two or more ",ddd" groups ("1,234,567") are thousands.
Dotted dates and clock times (25.12.2025, 14:30) are skipped: dates.py reads dates.
Ordinals keep their value (21st = 21-й = двадцять перший = 21); a percentage keeps a "%"
on its canonical form, because dropping the unit is a change. Ranges (5-7, 2001–2002) give
both ends. Negative numbers are not distinguished.

Fractions are values too, the same in every language: "one third" = "a third of" =
"третина" = "одна третя" = "треть" = "1/3" = "⅓"; "two thirds" = "дві третини" = "две трети"
= 2/3; "half" = "половина" = "пів" = "½" = 0.5 ("half a million" = "півмільйона" =
"полмиллиона" = 500000); "a quarter" = "чверть" = "четверть" = 0.25; "one and a half" =
"півтора" = "полтора" = "a year and a half" = 1.5. A fraction whose
decimal expansion ends is written as a decimal ("0.5", "0.75"); any other as "n/d" ("1/3").
An ordinal without a count stays an ordinal ("the third reason" = 3; "the second half" is
no fraction).

Example:
    >>> [m.canonical for m in extract_numbers("25 тис. осіб, 3,5 млн і 7%", "uk")]
    ['25000', '3500000', '7%']
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

from toolkit.compare.lexicon import (
    ABBREV_SCALES,
    FractionWord,
    Word,
    fraction_words,
    number_words,
)
from toolkit.errors import InputError
from toolkit.morph import fold, grammemes
from toolkit.morph import parse as morph_parse

LANGS = ("en", "uk", "ru")

# numbers2: whole-hour times against bare hours, heights in feet and inches, "degrees" and
# Celsius as conversion contexts, "halves" no fraction (dates2: see dates.py); numbers3: a
# number is a conversion of any number of the other side only when the other side has no
# unmatched number left (toolkit.compare.features._cancel_conversions); numbers4: a number
# against itself rounded is no change (toolkit.compare.features._cancel_rounding); numbers5:
# an hour written as an ordinal ("о 6-й ранку") and a time written with a dot ("об 11.15")
# match a time of day (toolkit.compare.features._cancel_clock_hours); numbers6: a mixed
# number in digits ("2 1/2") and a digit fraction before a scale word ("2½ million" =
# 2,500,000, as "two and a half million" and "двух с половиной миллионов" read); numbers7: a
# conversion only by the factor of a unit the two texts name (`imperial_units`), and a
# football(er) / футболіст is no foot; numbers8: collective numerals in every case (шестеро,
# п'ятеро, семерых; toolkit.compare.lexicon)
NUMBERS_VERSION = 8

_SPACES = " \u00a0\u2009\u202f"
_TOKEN = re.compile(
    r"(?P<num>\d+(?:[" + _SPACES + r"',.]\d+)*)(?P<suf>-?[^\W\d_]{1,4}(?![^\W\d_]))?"
    r"|(?P<word>[^\W\d_]+(?:'[^\W\d_]+)*)"
    r"|(?P<pct>%)"
    r"|(?P<other>\S)"
)
_VULGAR = "½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞"
# the numerator token of a digit fraction: "1" (of "1/2"), or "2 1" (of the mixed "2 1/2")
_MIXED = re.compile(r"(?:(?P<whole>\d+)[" + _SPACES + r"])?(?P<n>\d+)")
_SKIP = re.compile(
    r"\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b"  # dotted dates
    r"|\b\d{4}-\d{2}-\d{2}\b"  # ISO dates
    r"|(?<=[^\W\d_" + _VULGAR + r"])-?\d+(?:[.,]\d+)?"  # codes: SS19, F-16, COVID-19, G7
)
# Clock times, read as times of day: 14:30, 7.55am, 3 p.m., 12 noon is not read.
_CLOCK = re.compile(
    r"\b(?P<h>\d{1,2})(?::(?P<m>\d{2})\b|(?:[.:](?P<m2>\d{2}))?\s*(?P<ap>[ap])\.?\s?m\b\.?)"
)
# A scale word alone is a number only in the singular ("a thousand", "тисяча"); plural
# "thousands", "тисячі", "мільйони" are vague quantities.
_SINGLE_SCALES = frozenset(
    (  # noqa: SIM905
        "thousand million billion trillion тисяча тисячу мільйон мільярд трильйон тысяча "
        "тысячу миллион миллиард триллион"
    ).split()
)
_CURRENCY = "£$€₴₽"
# "до тысячи", "понад тисячі": after these a lone genitive scale word is one thousand
_COUNT_PREPOSITIONS = frozenset(
    [
        "до",
        "около",
        "более",
        "свыше",
        "менее",
        "от",
        "с",
        "понад",
        "близько",
        "майже",
        "від",
        "з",
        "понад",
        "більше",
        "менше",
    ]
)
# "two and a half million", "двух с половиной миллионов", "двох з половиною мільйонів"
_HALF_AFTER = {"en": ("and", "a", "half"), "uk": ("з", "половиною"), "ru": ("с", "половиной")}
_ORDINAL_SUFFIXES = {
    "en": {"st", "nd", "rd", "th"},
    "uk": {"й", "го", "му", "ї", "я", "е", "а", "ий", "ій", "ого", "ому", "ої", "ю", "х", "ті"},
    "ru": {"й", "го", "му", "я", "е", "ый", "ий", "ой", "ого", "ому", "ая", "ое", "х", "м"},
}
_PERCENT_PREFIXES = {"en": ("percent", "pct"), "uk": ("відсот",), "ru": ("процент",)}
_EN_SKIP_ONE = {"no", "every", "any", "some", "the", "this", "that", "each", "which", "someone"}
# "the half", "the other half", "the top half": a part, not a quantity
_EN_NOT_FRACTION = {"the", "other", "this", "that", "each", "every", "either", "which", "top",
                    "bottom", "upper", "lower", "last", "final", "latter", "former"}  # fmt: skip
# a bare "half" is a quantity before these: "half of", "half the", "half a million"
_EN_HALF_BEFORE = {"of", "a", "an", "the", "his", "her", "its", "their", "our", "my", "your",
                   "this", "that", "these", "those", "all"}  # fmt: skip
# "quarter-hour", "half-century": a quantity despite the hyphen (unlike half-time)
_EN_HYPHEN_UNITS = {"hour", "century", "mile", "dozen"}


@dataclass(frozen=True)
class NumberMention:
    """A number found in a text: its value, where it is and how it was written."""

    value: Decimal
    start: int
    end: int
    text: str
    percent: bool = False
    ordinal: bool = False
    spelled: bool = False  # written in words (one, двадцять п'ять)
    clock: bool = False  # a time of day; value = minutes after midnight
    ratio: Fraction | None = None  # a fraction's exact value (one third, ½, 2/3)

    @property
    def canonical(self) -> str:
        """The comparable form: plain decimal without exponent or trailing zeros, "%" kept;
        a time of day as "HH:MM" (3 p.m. = 15:00)."""
        if self.clock:
            hours, minutes = divmod(int(self.value), 60)
            return f"{hours:02d}:{minutes:02d}"
        if self.ratio is not None:
            return format_ratio(self.ratio)
        return format_decimal(self.value) + ("%" if self.percent else "")


@dataclass(frozen=True)
class _Tok:
    kind: str
    start: int
    end: int
    text: str
    suffix: str = ""


def format_decimal(value: Decimal) -> str:
    """25000 -> "25000", 3.50 -> "3.5" (no exponent, no trailing zeros)."""
    text = f"{value.normalize():f}"
    return text


def format_ratio(value: Fraction) -> str:
    """1/2 -> "0.5", 3/2 -> "1.5", 1/3 -> "1/3": a decimal when its expansion ends.

    Example:
        >>> format_ratio(Fraction(2, 3)), format_ratio(Fraction(3, 4))
        ('2/3', '0.75')
    """
    den = value.denominator
    for prime in (2, 5):
        while den % prime == 0:
            den //= prime
    if den == 1:
        return format_decimal(Decimal(value.numerator) / Decimal(value.denominator))
    return f"{value.numerator}/{value.denominator}"


def check_lang(lang: str) -> None:
    """Raise InputError unless `lang` is one of en, uk, ru."""
    if lang not in LANGS:
        raise InputError(f"unsupported language {lang!r}; valid: {', '.join(LANGS)}")


def extract_numbers(
    text: str, lang: str, *, exclude: Iterable[tuple[int, int]] = ()
) -> list[NumberMention]:
    """Every number mention in `text` (language `lang`), in text order.

    Args:
        text: the text.
        lang: "en", "uk" or "ru"; decides the separators (see the module doc).
        exclude: character spans to ignore (e.g. the dates that dates.py found).
    """
    check_lang(lang)
    folded = fold(text)
    exclude = list(exclude)
    clocks = [c for c in _clock_times(folded, text) if not _overlaps(c, exclude)]
    spans = [*exclude, *((c.start, c.end) for c in clocks)]
    spans += [(m.start(), m.end()) for m in _SKIP.finditer(folded)]
    toks = [t for t in _tokens(folded) if not _inside(t, spans)]
    found = _Parser(toks, lang, text).run() + clocks
    return sorted(found, key=lambda m: (m.start, m.end))


def _clock_times(folded: str, text: str) -> list[NumberMention]:
    out = []
    for m in _CLOCK.finditer(folded):
        hours, minutes = int(m.group("h")), int(m.group("m") or m.group("m2") or 0)
        if m.group("ap"):
            if not 1 <= hours <= 12:
                continue
            hours = hours % 12 + (12 if m.group("ap") == "p" else 0)
        if hours > 24 or minutes > 59:
            continue
        value = Decimal(hours * 60 + minutes)
        out.append(NumberMention(value, m.start(), m.end(), text[m.start() : m.end()], clock=True))
    return out


def _overlaps(m: NumberMention, spans: Sequence[tuple[int, int]]) -> bool:
    return any(s < m.end and m.start < e for s, e in spans)


def number_values(text: str, lang: str, **kwargs: object) -> Counter[str]:
    """The multiset of canonical values in `text` (see `extract_numbers`)."""
    return Counter(m.canonical for m in extract_numbers(text, lang, **kwargs))  # type: ignore[arg-type]


def _inside(tok: _Tok, spans: Sequence[tuple[int, int]]) -> bool:
    return any(s <= tok.start and tok.end <= e for s, e in spans)


def _tokens(text: str) -> list[_Tok]:
    toks = []
    for m in _TOKEN.finditer(text):
        kind = m.lastgroup if m.lastgroup != "suf" else "num"
        if m.group("num") is not None and (m.group("suf") or "") in _VULGAR:  # 2½
            toks.append(_Tok("num", m.start(), m.end("num"), m.group("num")))
            if m.group("suf"):
                toks.append(_Tok("other", m.start("suf"), m.end(), m.group("suf")))
        elif m.group("num") is not None:
            toks.append(_Tok("num", m.start(), m.end("num"), m.group("num"), m.group("suf") or ""))
        else:
            toks.append(_Tok(kind or "other", m.start(), m.end(), m.group()))
    return toks


def parse_digits(run: str, lang: str) -> list[tuple[Decimal, int, int]]:
    """Split a run of digits and separators into numbers: (value, start, end) within `run`.

    Example:
        >>> [str(v) for v, _, _ in parse_digits("25 000", "uk")]
        ['25000']
    """
    groups = [(m.start(), m.group()) for m in re.finditer(r"\d+", run)]
    seps = [run[groups[i][0] + len(groups[i][1])] for i in range(len(groups) - 1)]
    out = []
    i = 0
    while i < len(groups):
        j = _thousand_groups(groups, seps, i, lang)
        digits = "".join(g for _, g in groups[i : j + 1])
        if j + 1 < len(groups) and _is_decimal(seps[j], groups[j + 1][1], lang):
            j += 1
            digits += "." + groups[j][1]
        start = groups[i][0]
        end = groups[j][0] + len(groups[j][1])
        out.append((Decimal(digits), start, end))
        i = j + 1
    return out


def _thousand_groups(groups: list[tuple[int, str]], seps: list[str], i: int, lang: str) -> int:
    """The index of the last group that belongs to the integer part starting at group i."""
    if len(groups[i][1]) > 3:
        return i
    decimal_sep = _decimal_sep(lang)
    j = i
    while j + 1 < len(groups) and len(groups[j + 1][1]) == 3:
        sep = seps[j]
        if sep != decimal_sep:
            if sep not in _SPACES + "',.":
                break
            j += 1
            continue
        k = j  # the decimal separator groups thousands only when repeated: 1,234,567
        while k + 1 < len(groups) and seps[k] == sep and len(groups[k + 1][1]) == 3:
            k += 1
        if k - j < 2:
            break
        j = k
    return j


def _decimal_sep(lang: str) -> str:
    return "." if lang == "en" else ","


def _is_decimal(sep: str, digits: str, lang: str) -> bool:
    if lang == "en":
        return sep == "."
    return sep == "," or (sep == "." and len(digits) != 3)


class _Parser:
    """Walks tokens left to right, joining number words and digits into mentions."""

    def __init__(self, toks: list[_Tok], lang: str, text: str) -> None:
        self.toks = toks
        self.lang = lang
        self.text = text
        self.words = number_words(lang)
        self.fractions = fraction_words(lang)
        self.out: list[NumberMention] = []

    def run(self) -> list[NumberMention]:
        i = 0
        while i < len(self.toks):
            tok = self.toks[i]
            if tok.kind == "num":
                i = self._digit_fraction(i) or self._digits(i)
            elif tok.text in _VULGAR:
                i = self._vulgar(i)
            elif tok.kind == "word" and (nxt := self._fraction(i)) is not None:
                i = nxt
            elif tok.kind == "word" and (self._word(i) is not None or self._joiner(i, None)):
                i = self._words(i)
            else:
                i += 1
        return self.out

    def _word(self, i: int) -> Word | None:
        if i >= len(self.toks) or self.toks[i].kind != "word":
            return None
        low = self.toks[i].text.lower()
        word = self.words.get(low)
        if word is None or self.lang != "en":
            return word
        if low == "one" and i > 0 and self.toks[i - 1].text.lower() in _EN_SKIP_ONE:
            return word if self._low(i + 1) in self.fractions else None  # that one third
        if low == "first" and self._low(i + 1) == "of" and self._low(i + 2) == "all":
            return None  # "first of all" orders an argument; it counts nothing
        if low == "second" and i + 1 < len(self.toks) and self.toks[i + 1].text == "s":
            return None
        return word

    def _scale_after(self, i: int) -> tuple[Decimal, int] | None:
        """A scale word or abbreviation at token i: (multiplier, index after it)."""
        if i >= len(self.toks) or self.toks[i].kind != "word":
            return None
        low = self.toks[i].text.lower()
        exp = ABBREV_SCALES[self.lang].get(low)
        if exp is not None:
            nxt = i + 1
            if nxt < len(self.toks) and self.toks[nxt].text == ".":
                nxt += 1 if exp == 3 or nxt + 1 >= len(self.toks) else 0
            return Decimal(10) ** exp, nxt
        word = self.words.get(low)
        if word is not None and word.kind in ("scale", "mul100") and not word.ordinal:
            return word.value, i + 1
        return None

    def _percent_after(self, i: int) -> int | None:
        """The index after a percent cue at token i, or None."""
        if i >= len(self.toks):
            return None
        tok = self.toks[i]
        if tok.kind == "pct":
            return i + 1
        if tok.kind != "word":
            return None
        low = tok.text.lower()
        if self.lang == "en" and low == "per" and i + 1 < len(self.toks):
            return i + 2 if self.toks[i + 1].text.lower() == "cent" else None
        return i + 1 if low.startswith(_PERCENT_PREFIXES[self.lang]) else None

    def _digits(self, i: int) -> int:
        tok = self.toks[i]
        parts = parse_digits(tok.text, self.lang)
        for k, (value, s, e) in enumerate(parts):
            last = k == len(parts) - 1
            start, end = tok.start + s, tok.start + e
            if not last:
                self._emit(value, start, end)
                continue
            return self._finish_digits(i, value, start, end)
        return i + 1

    def _finish_digits(self, i: int, value: Decimal, start: int, end: int) -> int:
        tok = self.toks[i]
        suffix = tok.suffix.lstrip("-").lower()
        ordinal = False
        nxt = i + 1
        if suffix:
            exp = ABBREV_SCALES[self.lang].get(suffix)
            if (
                suffix == "m"
                and self.lang == "en"
                and self.text[max(0, start - 1) : start] in _CURRENCY
            ):
                exp = 6  # £125m, $3m (a bare 5m is five metres)
            if exp is not None:
                value *= Decimal(10) ** exp
            ordinal = suffix in _ORDINAL_SUFFIXES[self.lang]
            end = tok.start + len(tok.text) + len(tok.suffix)
        else:
            scale = self._scale_after(nxt)
            if scale is not None:
                value *= scale[0]
                nxt = scale[1]
                end = self.toks[nxt - 1].end
        pct = self._percent_after(nxt)
        if pct is not None and not ordinal:
            end = self.toks[pct - 1].end
            nxt = pct
        self._emit(value, start, end, percent=pct is not None and not ordinal, ordinal=ordinal)
        return nxt

    def _words(self, i: int) -> int:
        acc = _Accumulator()
        start = self.toks[i].start
        end = start
        j = i
        while True:
            word = self._word(j)
            if word is None:
                if self._joiner(j, acc):
                    j += 1
                    continue
                half = self._half(j, acc)
                if half:
                    acc.group += Decimal("0.5")
                    end = self.toks[j + half - 1].end
                    j += half
                    continue
                break
            if not acc.add(word):
                break
            end = self.toks[j].end
            j += 1
            if word.ordinal:
                break
        if acc.empty:
            return i + 1
        before = self.toks[i - 1].text.lower() if i else ""
        if acc.vague_scale(self.toks[j - 1].text) and before not in _COUNT_PREPOSITIONS:
            return j
        pct = None if acc.ordinal else self._percent_after(j)
        if pct is not None:
            end = self.toks[pct - 1].end
            j = pct
        self._emit(
            acc.value, start, end, percent=pct is not None, ordinal=acc.ordinal, spelled=True
        )
        return j

    def _half(self, j: int, acc: _Accumulator) -> int:
        """The length of "and a half" / "з половиною" at token j after a count, else 0."""
        words = _HALF_AFTER[self.lang]
        if acc.empty or acc.group == 0 or acc.group != acc.group.to_integral():
            return 0
        texts = [t.text.lower() for t in self.toks[j : j + len(words)]]
        return len(words) if tuple(texts) == words else 0

    def _joiner(self, j: int, acc: _Accumulator | None) -> bool:
        """English "and"/"-" inside a number word sequence, or "a" before a scale.

        With `acc` None only tests whether token j is "a"/"an" starting a number.
        """
        if self.lang != "en" or j >= len(self.toks):
            return False
        text = self.toks[j].text.lower()
        nxt = self._word(j + 1)
        if nxt is None:
            return False
        if text in ("a", "an") and (acc is None or acc.empty):
            if nxt.kind not in ("scale", "mul100") or nxt.ordinal:
                return False
            if acc is not None:
                acc.add(Word("unit", Decimal(1)))
            return True
        if acc is None or acc.empty:
            return False
        return text in ("and", "-") or (text == "," and acc.after_scale)

    def _emit(self, value: Decimal, start: int, end: int, **flags: bool) -> None:
        self.out.append(NumberMention(value, start, end, self.text[start:end], **flags))

    def _emit_ratio(self, ratio: Fraction, start: int, end: int, *, spelled: bool) -> None:
        value = Decimal(ratio.numerator) / Decimal(ratio.denominator)
        mention = NumberMention(
            value, start, end, self.text[start:end], spelled=spelled, ratio=ratio
        )
        self.out.append(mention)

    def _low(self, i: int) -> str:
        return self.toks[i].text.lower() if 0 <= i < len(self.toks) else ""

    def _fraction(self, i: int) -> int | None:
        """A fraction in words starting at token i ("two thirds", "a third of", "half",
        "одна третя", "третина", "пів мільйона"): emit it and return the index after it."""
        idle = self._idiom_and_a_half(i)
        if idle is not None:
            return idle
        count, j = self._count(i)
        if j < len(self.toks) and self.toks[j].text == "-" and count is not None:
            j += 1  # two-thirds
        den = self.fractions.get(self._low(j)) if j < len(self.toks) else None
        if den is None or not self._fraction_ok(i, j, count, den):
            return None
        ratio = Fraction(count or 1, den.denominator) * den.times
        end, nxt = self.toks[j].end, j + 1
        scale = self._scale_after(nxt + (self._low(nxt) in ("a", "an"))) if den.noun else None
        if scale is not None:  # half a million, пів мільйона
            ratio *= Fraction(int(scale[0]))
            end, nxt = self.toks[scale[1] - 1].end, scale[1]
        self._emit_ratio(ratio, self.toks[i].start, end, spelled=True)
        return nxt

    def _count(self, i: int) -> tuple[int | None, int]:
        """A fraction's count at token i: a cardinal 1-10 or English "a"/"an"."""
        word = self._word(i)
        whole = word is not None and word.value == word.value.to_integral()
        if whole and not word.ordinal and word.kind in ("unit", "teen") and 1 <= word.value <= 10:
            return int(word.value), i + 1
        if self.lang == "en" and self._low(i) in ("a", "an"):
            return 1, i + 1
        return None, i

    def _fraction_ok(self, i: int, j: int, count: int | None, den: FractionWord) -> bool:
        if self.text[self.toks[j].end : self.toks[j].end + 1] == "-":
            return self._low(j + 2) in _EN_HYPHEN_UNITS  # not half-time, quarter-final
        if count is None:
            before = self._word(i - 1)
            if not den.noun or den.needs_count or (before is not None and before.ordinal):
                return False
            if self.lang != "en":
                return not _adjective(self._low(i - 1), self.lang)  # "останній третині"
            after = self.toks[j + 1] if j + 1 < len(self.toks) else None
            before_ok = self._low(i - 1) not in _EN_NOT_FRACTION
            return (
                before_ok
                and after is not None
                and (after.kind == "num" or self._low(j + 1) in _EN_HALF_BEFORE)
            )
        if self._low(i) in ("a", "an") and not den.noun:
            # "a third of", "a third." (a fraction) but "a third term" (an ordinal)
            return (
                j + 1 >= len(self.toks)
                or self._low(j + 1) == "of"
                or (self.toks[j + 1].kind == "other")
            )
        return True

    def _idiom_and_a_half(self, i: int) -> int | None:
        """English "a year and a half" = 1.5 (Ukrainian "півтора року")."""
        if self.lang != "en" or self._low(i) not in ("a", "an") or i + 4 >= len(self.toks):
            return None
        if self.toks[i + 1].kind != "word" or self._word(i + 1) is not None:
            return None
        if [self._low(k) for k in range(i + 2, i + 5)] != ["and", "a", "half"]:
            return None
        self._emit_ratio(Fraction(3, 2), self.toks[i].start, self.toks[i + 4].end, spelled=True)
        return i + 5

    def _digit_fraction(self, i: int) -> int | None:
        """Digits "1/3", "3/4": a proper fraction with a denominator up to 10 (not 24/7, 9/11),
        and a mixed number "2 1/2" (the tokenizer reads "2 1" as one spaced number)."""
        if i + 2 >= len(self.toks):
            return None
        num, slash, den = self.toks[i : i + 3]
        if slash.text != "/" or den.kind != "num" or num.suffix or den.suffix:
            return None
        if num.end != slash.start or slash.end != den.start:
            return None
        mixed = _MIXED.fullmatch(num.text)
        if not (mixed and den.text.isdigit()):
            return None
        n, d = int(mixed["n"]), int(den.text)
        if not 0 < n < d <= 10:
            return None
        whole = int(mixed["whole"]) if mixed["whole"] else 0
        return self._ratio_scaled(Fraction(n, d) + whole, num.start, den.end, i + 3)

    def _vulgar(self, i: int) -> int:
        """A vulgar fraction "½", and "2½" (a whole number written right before it)."""
        tok = self.toks[i]
        ratio = Fraction(unicodedata.numeric(tok.text)).limit_denominator(10)
        start = tok.start
        last = self.out[-1] if self.out else None
        if last is not None and last.end == tok.start and _whole(last):
            self.out.pop()
            ratio += int(last.value)
            start = last.start
        return self._ratio_scaled(ratio, start, tok.end, i + 1)

    def _ratio_scaled(self, ratio: Fraction, start: int, end: int, nxt: int) -> int:
        """Emit a fraction written in digits, times the scale word right after it as one
        number ("2½ million", "1/2 млн" read as 2,500,000 and 500,000, as "two and a half
        million" is); the index after it."""
        scale = self._scale_after(nxt)
        if scale is None:
            self._emit_ratio(ratio, start, end, spelled=False)
            return nxt
        value = Decimal(ratio.numerator) * scale[0] / Decimal(ratio.denominator)
        self._emit(value, start, self.toks[scale[1] - 1].end)
        return scale[1]


def _whole(m: NumberMention) -> bool:
    """A plain whole number (not an ordinal, percent, time or fraction)."""
    plain = not (m.ordinal or m.percent or m.clock) and m.ratio is None
    return plain and m.value == m.value.to_integral()


def _adjective(word: str, lang: str) -> bool:
    """Whether pymorphy3 reads `word` only as an adjective (останній, последней, верхня)."""
    parses = morph_parse(word, lang) if word else ()
    return bool(parses) and all("ADJF" in grammemes(p.tag) for p in parses)


_PLACE = {"unit": 1, "teen": 10, "tens": 10, "hund": 100}  # lowest decimal place a word fills


class _Accumulator:
    """Composes number words: units, teens, tens and hundreds within a group, then scales."""

    def __init__(self) -> None:
        self.total = Decimal(0)
        self.group = Decimal(0)
        self.min_place = 1000
        self.last_scale: Decimal | None = None
        self.ordinal = False
        self.empty = True
        self.after_scale = False
        self.count = 0
        self.last_kind = ""

    @property
    def value(self) -> Decimal:
        return self.total + self.group

    def vague_scale(self, last_word: str) -> bool:
        """A lone plural scale word: "thousands", "тисячі" (no count)."""
        lone = self.count == 1 and self.last_kind == "scale" and not self.ordinal
        return lone and last_word.lower() not in _SINGLE_SCALES

    def add(self, word: Word) -> bool:
        """Add `word` if it can continue the number; False when it starts a new one."""
        ok = self._add(word)
        if ok:
            self.count += 1
            self.last_kind = word.kind
            self.empty = False
            self.ordinal = word.ordinal
            self.after_scale = word.kind == "scale"
        return ok

    def _add(self, word: Word) -> bool:
        if word.kind == "scale":
            return self._scale(word.value)
        if word.kind == "mul100":
            if (self.min_place <= 100 and self.group >= 100) or self.group >= 100:
                return False
            self.group = (self.group or Decimal(1)) * 100
            self.min_place = 100
            return True
        place = _PLACE[word.kind]
        if place >= self.min_place:
            return False
        self.group += word.value
        self.min_place = 1 if word.kind in ("unit", "teen") else place
        return True

    def _scale(self, value: Decimal) -> bool:
        if value < 1000 or value not in {Decimal(10) ** e for e in (3, 6, 9, 12)}:
            # compound ordinal like "двохтисячний" (2000): a whole group at once
            if self.group or (self.last_scale is not None and self.last_scale <= value):
                return False
            self.total += value
            self.last_scale = value
            return True
        if self.last_scale is not None and value >= self.last_scale:
            return False
        self.total += (self.group or Decimal(1)) * value
        self.group = Decimal(0)
        self.min_place = 1000
        self.last_scale = value
        return True


# Imperial -> metric factors, for translations that convert units (40 miles -> 64,4 km).
UNIT_FACTORS = {
    "mile": Decimal("1.609344"),
    "inch": Decimal("2.54"),
    "inch_mm": Decimal("25.4"),
    "foot": Decimal("0.3048"),
    "foot_cm": Decimal("30.48"),
    "yard": Decimal("0.9144"),
    "pound": Decimal("0.45359237"),
    "gallon": Decimal("3.785411784"),
    "acre": Decimal("0.4046856"),
    "mile_ft": Decimal("1609.344"),
}
# Also degrees ("degrees", "градусів", "Цельсія"): American degrees are Fahrenheit, which
# translations convert ("80 degrees" / "27 градусов"), often without naming either scale.
# Each unit with the words that name it (English, Ukrainian and Russian stems).
_UNIT_WORDS = {
    "mile": r"mile|mph|мил[ья]",
    "inch": r"inch|дюйм",
    "foot": r"foot(?!ball)|feet|ft\b|фут(?!бол)",  # no football, футболіст
    "pound": r"pound|lbs?\b|фунт",
    "yard": r"yard|ярд",
    "gallon": r"gallon|галл?он",
    "acre": r"acre|акр",
    "degree": r"fahrenheit|°f|degree|цельс|градус",
}
_UNIT_NAMED = {
    unit: re.compile(r"\b(?:" + words + ")", re.IGNORECASE) for unit, words in _UNIT_WORDS.items()
}


# a height in feet and inches: "6-foot-6", "6 feet 2 inches", "6 ft 2 in", "6'2\""
_FEET_INCHES = re.compile(
    r"\b(?P<ft>\d)(?:-foot-|\s?(?:feet|foot|ft\.?)\s?|')(?P<in>\d{1,2})"
    r"(?:\s?(?:inches|inch|in\b\.?|\"|″))?(?!\d)",
    re.IGNORECASE,
)


def _unit(factor: str) -> str:
    """The unit a `UNIT_FACTORS` key converts: "inch_mm" -> "inch"."""
    return factor.partition("_")[0]


def imperial_units(text: str) -> frozenset[str]:
    """The imperial units `text` names (miles, inches, pounds, degrees; милі, фунтів; as
    "mile", "inch", "pound", "degree" for degrees, Fahrenheit and Celsius): its numbers may
    be unit conversions of the other side's, and only by one of these."""
    return frozenset(unit for unit, named in _UNIT_NAMED.items() if named.search(text))


def feet_and_inches(text: str) -> list[tuple[Decimal, Decimal, Decimal]]:
    """Heights in feet and inches in `text`: (feet, inches, centimetres) for each."""
    out = []
    for m in _FEET_INCHES.finditer(text):
        feet, inches = Decimal(m.group("ft")), Decimal(m.group("in"))
        if inches < 12:
            out.append(
                (feet, inches, feet * UNIT_FACTORS["foot_cm"] + inches * UNIT_FACTORS["inch"])
            )
    return out


def same_height(cm: Decimal, y: Decimal) -> bool:
    """Whether `y` is the height `cm` in centimetres (198) or in metres (1.98, 1,98)."""
    return abs(y - cm) <= Decimal("1.5") or abs(y * 100 - cm) <= Decimal("1.5")


def unit_converted(x: Decimal, y: Decimal, units: AbstractSet[str] | None = None) -> bool:
    """Whether `y` is `x` converted by one imperial->metric factor (or Fahrenheit to
    Celsius), up to 3% or rounding to a whole number: 40 (miles) ~ 64.4 (km). With `units`
    (`imperial_units` of the two texts), only by the factors of those units: eleven factors
    at that tolerance relate most pairs of small numbers ("7.5 magnitude" / "3,5 балів" as
    pounds, "3 inches" / "9,62 см" as feet)."""
    if x <= 0 or y <= 0:
        return False
    factors = [f for key, f in UNIT_FACTORS.items() if units is None or _unit(key) in units]
    targets = [x * f for f in factors]
    if units is None or "degree" in units:
        targets.append((x - 32) * 5 / 9)
    return any(t > 0 and abs(y - t) <= max(t * Decimal("0.03"), Decimal("0.51")) for t in targets)
