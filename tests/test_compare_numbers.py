"""Numbers: digits with separators, number words in every case, scales, percents, ordinals."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from num2words import num2words

from toolkit.compare.numbers import extract_numbers, format_ratio, number_values, parse_digits
from toolkit.errors import InputError


def canon(text: str, lang: str) -> list[str]:
    return [m.canonical for m in extract_numbers(text, lang)]


EQUIVALENT_25000 = [
    ("en", "25,000 troops"),
    ("en", "25 000 troops"),
    ("en", "25\u00a0000 troops"),
    ("en", "25\u2009000 troops"),
    ("en", "25'000 troops"),
    ("en", "twenty-five thousand troops"),
    ("en", "25 thousand troops"),
    ("en", "25k troops"),
    ("uk", "25 000 військових"),
    ("uk", "25\u202f000 військових"),
    ("uk", "25.000 військових"),
    ("uk", "25 тис. військових"),
    ("uk", "двадцять п'ять тисяч військових"),
    ("uk", "двадцять п’ять тисяч військових"),
    ("uk", "двадцяти п'яти тисяч військових"),
    ("uk", "двадцятьма п'ятьма тисячами військових"),
    ("ru", "25 000 военных"),
    ("ru", "25 тыс. военных"),
    ("ru", "двадцать пять тысяч военных"),
    ("ru", "двадцати пяти тысяч военных"),
    ("ru", "двадцатью пятью тысячами военных"),
]


@pytest.mark.parametrize(
    ("lang", "text"),
    EQUIVALENT_25000,
    ids=[f"{i:02d}-{c[0]}" for i, c in enumerate(EQUIVALENT_25000)],
)
def test_every_spelling_of_25000_reads_25000(lang: str, text: str) -> None:
    assert canon(text, lang) == ["25000"]


CASES = [
    # separators decided by language (documented ambiguity of 25.000 / 25,000)
    ("en", "25.000 and 25,000", ["25", "25000"], "en-dot-decimal"),
    ("uk", "25.000 і 25,000", ["25000", "25"], "uk-dot-thousands"),
    ("ru", "3,5 и 3.5", ["3.5", "3.5"], "ru-decimal-both"),
    ("en", "3.5 and 3,5", ["3.5", "3", "5"], "en-comma-not-decimal"),
    ("en", "1,234,567 and 1.234.567", ["1234567", "1234567"], "en-repeated-groups"),
    ("ru", "1,234,567 и 1 234 567,5", ["1234567", "1234567.5"], "ru-repeated-groups"),
    ("uk", "у 2001 році 300 осіб", ["2001", "300"], "uk-year-not-grouped"),
    # scales
    ("uk", "3,5 млн гривень і 2 млрд", ["3500000", "2000000000"], "uk-mln-mlrd"),
    ("ru", "1,5 миллиона и три миллиарда", ["1500000", "3000000000"], "ru-scale-words"),
    ("uk", "півтора мільйона", ["1500000"], "uk-pivtora"),
    ("ru", "полутора миллионов", ["1500000"], "ru-polutora"),
    # collective numerals, every case (numbers8)
    (
        "ru",
        "шестеро участников, семерых задержанных и двое раненых",
        ["6", "7", "2"],
        "ru-collective",
    ),
    ("uk", "троє дітей, п'ятеро дорослих і десятеро туристів", ["3", "5", "10"], "uk-collective"),
    ("en", "3.5 million and $2bn", ["3500000", "2000000000"], "en-scales"),
    ("en", "a hundred and a million", ["100", "1000000"], "en-a-hundred"),
    ("en", "one hundred and five", ["105"], "en-and"),
    ("en", "two million, three hundred thousand", ["2300000"], "en-comma-after-scale"),
    ("en", "one, two, three", ["1", "2", "3"], "en-list-not-joined"),
    # percentages
    ("en", "7% and 7 per cent and seven percent", ["7%", "7%", "7%"], "en-percent"),
    ("uk", "10 відсотків і 10 %", ["10%", "10%"], "uk-percent"),
    ("ru", "десять процентов", ["10%"], "ru-percent"),
    # ordinals keep their value
    ("en", "the 21st time, 2nd, third", ["21", "2", "3"], "en-ordinals"),
    ("uk", "21-й раз, 21-го, двадцять першого", ["21", "21", "21"], "uk-ordinals"),
    ("ru", "первый, первого, двадцать первое", ["1", "1", "21"], "ru-ordinals"),
    ("uk", "перший, першою, перші", ["1", "1", "1"], "uk-ordinal-forms"),
    ("ru", "в двухтысячном году", ["2000"], "ru-compound-ordinal"),
    ("uk", "тисяча дев'ятсот п'ятдесят четвертого року", ["1954"], "uk-year-words"),
    ("ru", "две тысячи первого года", ["2001"], "ru-year-words"),
    # genders of one
    ("uk", "один, одна, одне, одного, однієї", ["1"] * 5, "uk-one-genders"),
    ("ru", "один, одна, одно, одного, одной", ["1"] * 5, "ru-one-genders"),
    # years and ranges
    ("uk", "у 1954 році, в 2001–2002 роках", ["1954", "2001", "2002"], "uk-years-range"),
    ("ru", "от 5 до 7 человек, 5-7 человек", ["5", "7", "5", "7"], "ru-ranges"),
    # not numbers
    ("en", "no one came", [], "en-no-one"),
    ("uk", "25.12.2025 о 14:30", ["14:30"], "uk-dotted-date-skipped-time-kept"),
    ("en", "Sales rose sharply", [], "en-no-number"),
    ("en", "at 7.55am, 3 p.m. and 2pm", ["07:55", "15:00", "14:00"], "en-clock-times"),
    ("uk", "о 15:00 та о 7:55", ["15:00", "07:55"], "uk-clock-times"),
    ("en", "the SS19 collection, an F-16 and COVID-19", [], "en-codes-skipped"),
    ("en", "sold for £125m, ran 5m", ["125000000", "5"], "en-currency-m"),
    ("en", "thousands of people, millions more", [], "en-vague-plural-scales"),
    ("uk", "тисячі людей, мільйони гривень", [], "uk-vague-plural-scales"),
    ("uk", "тисяча людей, два мільйони", ["1000", "2000000"], "uk-singular-scale-counts"),
    ("ru", "штраф до тысячи рублей", ["1000"], "ru-do-tysyachi"),
    ("ru", "более двух с половиной миллионов", ["2500000"], "ru-s-polovinoi"),
    ("uk", "двох з половиною мільйонів", ["2500000"], "uk-z-polovynoiu"),
    ("en", "two and a half million", ["2500000"], "en-and-a-half"),
]


@pytest.mark.parametrize(
    ("lang", "text", "expected"), [c[:3] for c in CASES], ids=[c[3] for c in CASES]
)
def test_number_table(lang: str, text: str, expected: list[str]) -> None:
    assert canon(text, lang) == expected


def test_mentions_keep_spans_and_flags() -> None:
    text = "Росія втратила 25 тис. солдатів, тобто 7%, у 21-й раз"
    mentions = extract_numbers(text, "uk")
    assert [(text[m.start : m.end], m.percent, m.ordinal) for m in mentions] == [
        ("25 тис.", False, False),
        ("7%", True, False),
        ("21-й", False, True),
    ]


def test_exclude_spans_are_skipped() -> None:
    text = "in 2001, 300 people"
    assert canon(text, "en") == ["2001", "300"]
    assert [m.canonical for m in extract_numbers(text, "en", exclude=[(3, 7)])] == ["300"]


def test_number_values_is_a_multiset() -> None:
    assert number_values("5 and 5 and five", "en") == {"5": 3}


def test_parse_digits_splits_runs() -> None:
    assert parse_digits("2001 250", "en") == [(Decimal(2001), 0, 4), (Decimal(250), 5, 8)]


def test_unknown_language_is_an_input_error() -> None:
    with pytest.raises(InputError, match="unsupported language 'de'; valid: en, uk, ru"):
        extract_numbers("25", "de")


_CASE_NAMES = {
    "en": [None],
    "uk": ["nominative", "genitive", "dative", "accusative", "instrumental", "locative"],
    "ru": ["nominative", "genitive", "dative", "accusative", "instrumental", "prepositional"],
}


@settings(max_examples=150, deadline=None)
@given(
    n=st.integers(min_value=0, max_value=10**10),
    lang=st.sampled_from(["en", "uk", "ru"]),
    pick=st.integers(min_value=0, max_value=5),
    gender=st.sampled_from(["m", "f", "n"]),
)
def test_num2words_cardinals_round_trip(n: int, lang: str, pick: int, gender: str) -> None:
    case = _CASE_NAMES[lang][pick % len(_CASE_NAMES[lang])]
    kwargs = {} if case is None else {"case": case, "gender": gender}
    text = num2words(n, lang=lang, **kwargs)
    assert [m.value for m in extract_numbers(text, lang)] == [n]


@settings(max_examples=100, deadline=None)
@given(n=st.integers(min_value=1, max_value=9999), lang=st.sampled_from(["en", "uk", "ru"]))
def test_num2words_ordinals_round_trip(n: int, lang: str) -> None:
    # num2words misplaces the ordinal ending in Russian above 10**4 ("восьмидесятый тысяч")
    mentions = extract_numbers(num2words(n, lang=lang, to="ordinal"), lang)
    assert [(m.value, m.ordinal) for m in mentions] == [(n, True)]


_SEPARATORS = {
    "en": [",", " ", "\u00a0", "'"],
    "uk": [" ", "\u00a0", "\u202f", "."],
    "ru": [" ", "\u00a0", "\u2009", "."],
}


@settings(max_examples=150, deadline=None)
@given(
    n=st.integers(min_value=0, max_value=10**12),
    cents=st.integers(min_value=0, max_value=99),
    lang=st.sampled_from(["en", "uk", "ru"]),
    pick=st.integers(min_value=0, max_value=3),
)
def test_digits_with_separators_round_trip(n: int, cents: int, lang: str, pick: int) -> None:
    sep = _SEPARATORS[lang][pick]
    grouped = f"{n:,}".replace(",", sep)
    point = "." if lang == "en" else ","
    text = f"about {grouped}{point}{cents:02d} units"
    expected = Decimal(n) + Decimal(cents) / 100
    assert [m.value for m in extract_numbers(text, lang)] == [expected]


FRACTIONS = [
    ("en", "One third of the country's population lives abroad", ["1/3"], "en-one-third"),
    ("en", "A third of voters stayed at home.", ["1/3"], "en-a-third-of"),
    ("en", "He said that one third of the staff left", ["1/3"], "en-that-one-third"),
    ("en", "First of all, one third of them agreed", ["1/3"], "en-first-of-all-not-a-number"),
    ("en", "Two thirds of MPs backed the bill", ["2/3"], "en-two-thirds"),
    ("en", "two-thirds of the budget", ["2/3"], "en-two-thirds-hyphen"),
    ("en", "Half of the respondents agreed", ["0.5"], "en-half"),
    ("en", "about a quarter of all exports", ["0.25"], "en-a-quarter"),
    ("en", "three quarters of the staff", ["0.75"], "en-three-quarters"),
    ("en", "one and a half million people", ["1500000"], "en-one-and-a-half-million"),
    ("en", "one and a half years", ["1.5"], "en-one-and-a-half"),
    ("en", "talks lasted a year and a half", ["1.5"], "en-a-year-and-a-half"),
    ("en", "half a million refugees", ["500000"], "en-half-a-million"),
    ("en", "1/3 of the sample and 3/4 of the rest", ["1/3", "0.75"], "en-digit-fractions"),
    ("en", "prices rose by ½ and then by 2½", ["0.5", "2.5"], "en-vulgar-fractions"),
    ("en", "open 24/7", ["24", "7"], "en-24-7-not-a-fraction"),
    ("en", "a fine of over 2 1/2 million tenge", ["2500000"], "en-mixed-digits-million"),
    ("en", "it took 3 1/2 hours", ["3.5"], "en-mixed-digits"),
    ("en", "2½ million people and ½ million more", ["2500000", "500000"], "en-vulgar-million"),
    ("uk", "1/2 млн гривень", ["500000"], "uk-digit-fraction-mln"),
    ("uk", "третина населення країни", ["1/3"], "uk-tretyna"),
    ("uk", "одна третя населення", ["1/3"], "uk-odna-tretia"),
    ("uk", "дві третини депутатів", ["2/3"], "uk-dvi-tretyny"),
    ("uk", "дві треті бюджету", ["2/3"], "uk-dvi-treti"),
    ("uk", "половина опитаних", ["0.5"], "uk-polovyna"),
    ("uk", "понад чверть експорту", ["0.25"], "uk-chvert"),
    ("uk", "три чверті персоналу", ["0.75"], "uk-try-chverti"),
    ("uk", "пів мільйона біженців", ["500000"], "uk-piv-miliona"),
    ("uk", "півмільйона біженців", ["500000"], "uk-pivmiliona"),
    ("ru", "полмиллиона беженцев", ["500000"], "ru-polmilliona"),
    ("ru", "около полутора тысяч", ["1500"], "ru-polutora-tysiach"),
    ("uk", "півтора року", ["1.5"], "uk-pivtora"),
    ("ru", "треть населения страны", ["1/3"], "ru-tret"),
    ("ru", "одна треть бюджета", ["1/3"], "ru-odna-tret"),
    ("ru", "две трети депутатов", ["2/3"], "ru-dve-treti"),
    ("ru", "две третьих голосов", ["2/3"], "ru-dve-tretikh"),
    ("ru", "половина опрошенных", ["0.5"], "ru-polovina"),
    ("ru", "четверть века", ["0.25"], "ru-chetvert"),
    ("ru", "полтора года", ["1.5"], "ru-poltora"),
]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [c[:3] for c in FRACTIONS],
    ids=[c[3] for c in FRACTIONS],
)
def test_fractions_are_values(lang: str, text: str, expected: list[str]) -> None:
    assert canon(text, lang) == expected


ORDINALS_NOT_FRACTIONS = [
    ("en", "the third reason is cost", ["3"], "en-the-third-reason"),
    ("en", "he won a third term in office", ["3"], "en-a-third-term"),
    ("en", "in the second half of 2019", ["2", "2019"], "en-second-half"),
    ("en", "the first quarter", ["1"], "en-first-quarter"),
    ("en", "the first of them arrived; that one was late", ["1"], "en-first-of-them"),
    ("en", "a half-time score", [], "en-half-time"),
    ("en", "18 wins, 20 losses and seven halves", ["18", "20", "7"], "en-halves-are-drawn-matches"),
    ("uk", "у другій половині 2019 року", ["2", "2019"], "uk-druha-polovyna"),
    ("uk", "третя причина", ["3"], "uk-tretia-prychyna"),
    ("ru", "на третью неделю", ["3"], "ru-tretiu-nedeliu"),
    ("ru", "во второй половине года", ["2"], "ru-vtoraia-polovina"),
]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [c[:3] for c in ORDINALS_NOT_FRACTIONS],
    ids=[c[3] for c in ORDINALS_NOT_FRACTIONS],
)
def test_ordinals_stay_ordinals(lang: str, text: str, expected: list[str]) -> None:
    mentions = extract_numbers(text, lang)
    assert [m.canonical for m in mentions] == expected
    assert all(m.ratio is None for m in mentions)


def test_fraction_is_one_value_not_two() -> None:
    (mention,) = extract_numbers("One third of Ukrainians", "en")
    assert mention.text == "One third"
    assert mention.ratio == Fraction(1, 3)
    assert mention.value == Decimal(1) / Decimal(3)


def test_format_ratio() -> None:
    assert [format_ratio(Fraction(n, d)) for n, d in ((1, 3), (1, 2), (3, 2), (4, 2))] == [
        "1/3",
        "0.5",
        "1.5",
        "2",
    ]
