"""Number-word tables for en/uk/ru, built once on first use.

English is listed by hand. For Ukrainian and Russian every case, gender and number form is
collected from two independent sources and merged: num2words (cardinals and ordinals in
each case it offers) and the pymorphy3 dictionary (the lexeme of each nominative form),
plus regular adjective endings for ordinals pymorphy3 does not know (двохтисячний).

Each form maps to a `Word(kind, value, ordinal)`; kinds:
unit (0-9, and 1.5 for півтора/полтора), teen (10-19), tens (20-90), hund (100-900),
mul100 (English "hundred", which multiplies), scale (10**3, 10**6, 10**9, 10**12).
"""

from __future__ import annotations

import functools
from decimal import Decimal
from typing import NamedTuple

from toolkit.morph import MORPH_LANGS, analyzer, fold, grammemes


class Word(NamedTuple):
    """One number word: its kind (see the module doc), value and whether it is ordinal."""

    kind: str
    value: Decimal
    ordinal: bool = False


_EN_UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_EN_TEENS = (  # noqa: SIM905
    "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen"
).split()
_EN_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_EN_ORD_UNITS = (  # noqa: SIM905
    "zeroth first second third fourth fifth sixth seventh eighth ninth"
).split()
_EN_ORD_TEENS = (  # noqa: SIM905
    "tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth "
    "nineteenth"
).split()
_EN_SCALES = {"thousand": 3, "million": 6, "billion": 9, "trillion": 12}

# Attached or abbreviated scale words: 25k, 3bn, 25 тис., 3,5 млн.
ABBREV_SCALES = {
    "en": {"k": 3, "bn": 9, "mn": 6, "mln": 6, "tn": 12},
    "uk": {"тис": 3, "млн": 6, "млрд": 9, "трлн": 12},
    "ru": {"тыс": 3, "млн": 6, "млрд": 9, "трлн": 12},
}
_SCALE_LEMMAS = {
    "uk": {"тисяча": 3, "мільйон": 6, "мільярд": 9, "трильйон": 12},
    "ru": {"тысяча": 3, "миллион": 6, "миллиард": 9, "триллион": 12},
}
_HALF = {"uk": ("півтора", "півтори"), "ru": ("полтора", "полторы", "полутора")}
# Collective numerals (ru двое ... десятеро, uk двоє ... десятеро: "шестеро участников" = six
# people), with every case form pymorphy3 gives; num2words writes only ru двое-четверо.
_COLLECTIVE = {
    "uk": ("двоє", "троє", "четверо", "п'ятеро", "шестеро", "семеро", "восьмеро", "дев'ятеро",
           "десятеро"),
    "ru": ("двое", "трое", "четверо", "пятеро", "шестеро", "семеро", "восьмеро", "девятеро",
           "десятеро"),
}  # fmt: skip
_CASES = ("nominative", "genitive", "dative", "accusative", "instrumental", "locative",
          "prepositional")  # fmt: skip
_ORD_ENDINGS = {
    "uk": ("ий", "ого", "ому", "им", "ім", "а", "ої", "ій", "у", "ою", "е", "і", "их", "ими"),
    "ru": ("ый", "ого", "ому", "ым", "ом", "ая", "ой", "ую", "ое", "ые", "ых", "ыми", "ою"),
}


def _kind(value: int) -> str:
    if value < 10:
        return "unit"
    if value < 20:
        return "teen"
    if value < 100:
        return "tens"
    if value < 1000:
        return "hund"
    return "scale"


@functools.cache
def number_words(lang: str) -> dict[str, Word]:
    """Every known number-word form of `lang` (lowercase, apostrophes folded) -> Word."""
    if lang in MORPH_LANGS:
        return _slavic_words(lang)
    return _english_words()


def _english_words() -> dict[str, Word]:
    table: dict[str, Word] = {}
    for groups, kind, start, step in (
        ((_EN_UNITS, _EN_ORD_UNITS), "unit", 0, 1),
        ((_EN_TEENS, _EN_ORD_TEENS), "teen", 10, 1),
    ):
        for i, (card, ordi) in enumerate(zip(*groups, strict=True)):
            table[card] = Word(kind, Decimal(start + i * step))
            table[ordi] = Word(kind, Decimal(start + i * step), ordinal=True)
    for i, card in enumerate(_EN_TENS):
        table[card] = Word("tens", Decimal(20 + 10 * i))
        table[card[:-1] + "ieth"] = Word("tens", Decimal(20 + 10 * i), ordinal=True)
    table["hundred"] = Word("mul100", Decimal(100))
    table["hundredth"] = Word("mul100", Decimal(100), ordinal=True)
    for name, exp in _EN_SCALES.items():
        table[name] = Word("scale", Decimal(10) ** exp)
        table[name + "th"] = Word("scale", Decimal(10) ** exp, ordinal=True)
    return table


def _base_values() -> list[int]:
    return [*range(0, 20), *range(20, 100, 10), *range(100, 1000, 100)]


def _ordinal_values() -> list[int]:
    thousands = [k * 1000 for k in _base_values()[1:]]
    return [*_base_values()[1:], *thousands, 10**6, 10**9]


def _slavic_words(lang: str) -> dict[str, Word]:
    table: dict[str, Word] = {}
    for value in _base_values():
        word = Word(_kind(value), Decimal(value))
        for form in _cardinal_forms(value, lang):
            table.setdefault(form, word)
    for lemma_, exp in _SCALE_LEMMAS[lang].items():
        word = Word("scale", Decimal(10) ** exp)
        for form in _lexeme(lemma_, lang) | _scale_forms(exp, lang):
            table.setdefault(form, word)
    for form in _HALF[lang]:
        table[form] = Word("unit", Decimal("1.5"))
    for value, lemma_ in enumerate(_COLLECTIVE[lang], start=2):
        word = Word(_kind(value), Decimal(value))
        for form in _lexeme(fold(lemma_), lang) | {fold(lemma_)}:
            table.setdefault(form, word)
    for value in _ordinal_values():
        word = Word(_kind(value), Decimal(value), ordinal=True)
        for form in _ordinal_forms(value, lang):
            table.setdefault(form, word)
    return table


def _cardinal_forms(value: int, lang: str) -> set[str]:
    from num2words import num2words

    forms: set[str] = set()
    nominative = fold(num2words(value, lang=lang)).lower()
    if " " not in nominative:
        forms |= _lexeme(nominative, lang)
    for case in _CASES:
        for gender in ("m", "f", "n"):
            for plural in (False, True):
                try:
                    text = num2words(value, lang=lang, case=case, gender=gender, plural=plural)
                except (KeyError, ValueError, IndexError, NotImplementedError):
                    continue
                text = fold(text).lower()
                if " " not in text:
                    forms.add(text)
    return forms


def _scale_forms(exp: int, lang: str) -> set[str]:
    """The scale word forms num2words writes (the last word of 1, 2 and 5 x 10**exp in
    each case), including its spellings the dictionary lacks (uk "тисячи")."""
    from num2words import num2words

    forms = set()
    for mult in (1, 2, 5):
        for case in _CASES:
            try:
                text = num2words(mult * 10**exp, lang=lang, case=case)
            except (KeyError, ValueError, IndexError, NotImplementedError):
                continue
            forms.add(fold(text).lower().split()[-1])
    return forms


def _ordinal_forms(value: int, lang: str) -> set[str]:
    from num2words import num2words

    nominative = fold(num2words(value, lang=lang, to="ordinal")).lower()
    if " " in nominative:
        return set()
    forms = _lexeme(nominative, lang, adjective=True)
    if nominative.endswith(("ий", "ый", "ой")) and not nominative.endswith("ьий"):
        stem = nominative[:-2]
        forms |= {stem + ending for ending in _ORD_ENDINGS[lang]}
    forms.add(nominative)
    return forms


def _lexeme(word: str, lang: str, *, adjective: bool = False) -> set[str]:
    """All forms of `word` by pymorphy3, from the parse whose normal form is `word`."""
    for parse in analyzer(lang).parse(word):
        if parse.normal_form != word:
            continue
        if adjective and "ADJF" not in parse.tag:
            continue
        return {
            fold(form.word)
            for form in parse.lexeme
            if not {"Supr", "COMP", "Cmp2"} & grammemes(form.tag)
        }
    return set()


# Fraction nouns (lemma -> denominator): "половина", "третина", "треть", "чверть".
_FRACTION_LEMMAS = {
    "uk": {"половина": 2, "третина": 3, "чверть": 4, "четвертина": 4},
    "ru": {"половина": 2, "треть": 3, "четверть": 4},
}
# not "halves": "seven halves" are drawn matches, and "two halves" of a game are no number
_EN_FRACTION_NOUNS = {"half": 2, "quarter": 4, "quarters": 4}


class FractionWord(NamedTuple):
    """A word that names a fraction's denominator.

    `noun`: a fraction noun (half, половина, третина, треть) that is a fraction on its own;
    otherwise an ordinal (third, третя, третья) that is one only after a count ("one third",
    "a third of", "дві треті"). `needs_count`: a noun form that needs a count before it
    too (English "quarter", which is also a city district or a period; Russian "третью",
    which is also the ordinal "third").
    """

    denominator: int
    noun: bool
    needs_count: bool = False
    times: int = 1  # a scale joined on: півмільйона, полмиллиона = 1/2 x 10**6


@functools.cache
def fraction_words(lang: str) -> dict[str, FractionWord]:
    """Every fraction-denominator word form of `lang` (lowercase) -> FractionWord.

    Ordinals of 3..10 (not "second", which is also "other" in Ukrainian and never a
    fraction's name) are denominators after a count; English adds their plurals (thirds).
    """
    table: dict[str, FractionWord] = {}
    ordinals = {
        form: int(word.value)
        for form, word in number_words(lang).items()
        if word.ordinal and word.kind in ("unit", "teen") and 3 <= word.value <= 10
    }
    for form, den in ordinals.items():
        table[form] = FractionWord(den, noun=False)
        if lang == "en":
            table[form + "s"] = FractionWord(den, noun=False)
    if lang == "en":
        for form, den in _EN_FRACTION_NOUNS.items():
            table[form] = FractionWord(den, noun=True, needs_count=form.startswith("quarter"))
        return table
    for lemma_, den in _FRACTION_LEMMAS[lang].items():
        for form in _lexeme(lemma_, lang) | {lemma_}:
            table[form] = FractionWord(den, noun=True, needs_count=form in ordinals)
    half_prefix = {"uk": "пів", "ru": "пол"}[lang]
    if lang == "uk":
        table["пів"] = FractionWord(2, noun=True)
    for form, word in number_words(lang).items():
        if word.kind == "scale" and not word.ordinal and word.value >= 1000:
            table.setdefault(half_prefix + form, FractionWord(2, noun=True, times=int(word.value)))
    return table
