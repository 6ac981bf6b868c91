"""The per-pair feature record over realistic en/uk/ru pairs."""

from __future__ import annotations

import time
from decimal import Decimal

import polars as pl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_compare_words import fake_token_vectors

from toolkit.compare import FEATURES, PairFeatures, compare_texts, features_frame
from toolkit.compare.features import multiset_diff
from toolkit.errors import InputError

PUTIN_EN = '"We are not enemies," Putin told Bush in Ljubljana on June 16, 2001.'
PUTIN_UK = "«Ми не вороги», — сказав Путін Бушу в Любляні 16 червня 2001 року."
PUTIN_RU = "«Мы не враги», — сказал Путин Бушу в Любляне 16 июня 2001 года."


@pytest.mark.parametrize(("text", "lang"), [(PUTIN_UK, "uk"), (PUTIN_RU, "ru")], ids=["uk", "ru"])
def test_faithful_translation_has_no_differences(text: str, lang: str) -> None:
    f = compare_texts(PUTIN_EN, "en", text, lang)
    assert (f.numbers_only_a, f.numbers_only_b) == ([], [])
    assert (f.dates_only_a, f.dates_only_b, f.date_conflict) == ([], [], False)
    assert (f.names_only_a, f.names_only_b) == ([], [])
    assert (f.negation_a, f.negation_b, f.negation_flip) == (1, 1, False)
    assert f.antonyms == []


DRIFTS = [
    (
        "number",
        "Росія перекинула 25 тис. військових.",
        "uk",
        "Russia moved 2,500 troops.",
        "en",
        "numbers_only_a",
        ["25000"],
    ),
    (
        "number-words",
        "Россия перебросила двадцать пять тысяч военных.",
        "ru",
        "Russia moved 25,000 troops.",
        "en",
        "numbers_only_a",
        [],
    ),
    (
        "percent-unit-dropped",
        "Ціни зросли на 7%.",
        "uk",
        "Prices rose by 7.",
        "en",
        "numbers_only_a",
        ["7%"],
    ),
    (
        "year",
        "Це сталося у 2001 році.",
        "uk",
        "It happened in 2002.",
        "en",
        "dates_only_a",
        ["2001"],
    ),
    (
        "name",
        "Путін зустрівся з Бушем.",
        "uk",
        "Putin met Clinton.",
        "en",
        "names_only_b",
        ["Clinton"],
    ),
    (
        "negation",
        "«Ми не вороги», — сказав Путін.",
        "uk",
        '"We are enemies," Putin said.',
        "en",
        "negation_flip",
        True,
    ),
    (
        "antonym",
        "Москва відхилила пропозицію.",
        "uk",
        "Moscow accepted the offer.",
        "en",
        "antonyms",
        ["accept_reject:відхилила/accepted"],
    ),
]


@pytest.mark.parametrize(
    ("a", "la", "b", "lb", "field", "expected"), [d[1:] for d in DRIFTS], ids=[d[0] for d in DRIFTS]
)
def test_drifts_show_in_their_feature(
    a: str, la: str, b: str, lb: str, field: str, expected: object
) -> None:
    assert getattr(compare_texts(a, la, b, lb), field) == expected


NOT_CHANGES = [
    (
        "Katrina came within 40 miles of the border.",
        "en",
        "Катріна підійшла на 40 миль (64,4 км) до кордону.",
        "uk",
        "conversion-added",
    ),
    (
        "A 550 pound hog mauled him.",
        "en",
        "Кабан вагою 249 кг напав на нього.",
        "uk",
        "pounds-to-kg",
    ),
    (
        "The Government of Wales Act 2017 gave it power.",
        "en",
        "Закон про Уельс від 2017 року надав їй право.",
        "uk",
        "year-as-date-on-one-side",
    ),
    (
        "A Welsh Conservative said so.",
        "en",
        "Один з уельських консерваторів сказав це.",
        "uk",
        "spelled-one-is-not-a-count",
    ),
    ("The match starts at 3 p.m.", "en", "Матч почнеться о 15:00.", "uk", "clock-times"),
    ("It fell 40 miles away at 3 p.m.", "en", "Він упав за 64 км о 15:00.", "uk", "time-and-miles"),
    ("It happened just before 7 a.m.", "en", "Це сталося майже о 7 ранку.", "uk", "hour-in-words"),
    ("as of 5 a.m. Sunday", "en", "по состоянию на 5 часов утра воскресенья", "ru", "hour-ru"),
    ("The rally is at 7 p.m. tonight.", "en", "Мітинг почнеться о 19 годині.", "uk", "hour-24"),
    (
        "New York could reach 80 degrees.",
        "en",
        "В Нью-Йорке до 27 градусов.",
        "ru",
        "deg-f-c",
    ),
    ("widespread 80s in the Plains", "en", "до 27 градусів на рівнинах", "uk", "80s-to-c"),
    (
        "The 6-foot-6 forward grew up there.",
        "en",
        "Форвард ростом 198 см виріс там.",
        "uk",
        "ft-in-cm",
    ),
    ("He is 6 feet 2 inches tall.", "en", "Його зріст 1,88 м.", "uk", "ft-in-metres"),
    # numbers4: two translators rounding one conversion each their own way
    ("До 25,4 см дощу в понеділок.", "uk", "Более 25 см осадков в понедельник.", "ru", "rounded"),
    ("Від 2,54 до 10,2 см дощу.", "uk", "От 2,5 до 10 см осадков.", "ru", "rounded-two"),
    ("Місцями до 7,6 см.", "uk", "Местами до 8 см.", "ru", "rounded-up"),
    # numbers5: an hour as an ordinal, a time written with a dot
    ("At 6am, viewers were stunned.", "en", "О 6-й годині ранку глядачі завмерли.", "uk",
     "hour-ordinal"),
    ("It is on air at 11:15 BST.", "en", "Програма виходить об 11.15 за літнім часом.", "uk",
     "time-dotted"),
    ("The show starts at 7:30 p.m.", "en", "Шоу начинается в 7.30 вечера.", "ru",
     "time-dotted-12h"),
]  # fmt: skip


def test_a_time_still_differs_from_another_hour_or_a_dotted_other_time() -> None:
    f = compare_texts("He came at 6am.", "en", "Он пришёл в 7 утра.", "ru")
    assert (f.numbers_only_a, f.numbers_only_b) == (["06:00"], ["7"])
    g = compare_texts("It is on at 11:15.", "en", "Програма виходить об 11.45.", "uk")
    assert (g.numbers_only_a, g.numbers_only_b) == (["11:15"], ["11.45"])


def test_an_hour_inside_a_refused_time_is_no_bare_hour() -> None:
    f = compare_texts("No reports by 1 p.m.", "en", "До 13:60 повідомлень не було.", "uk")
    assert (f.numbers_only_a, f.numbers_only_b) == (["13:00"], ["13", "60"])


@pytest.mark.parametrize(
    ("a", "la", "b", "lb"), [c[:4] for c in NOT_CHANGES], ids=[c[4] for c in NOT_CHANGES]
)
def test_translation_habits_are_not_number_changes(a: str, la: str, b: str, lb: str) -> None:
    f = compare_texts(a, la, b, lb)
    assert (f.numbers_only_a, f.numbers_only_b) == ([], [])


def test_a_changed_number_beside_its_conversion_is_still_a_change() -> None:
    # 497 mph is a conversion of the other side's 800 km/h, but 297 is left unmatched there:
    # the two are a change, not a conversion and an extra number
    f = compare_texts(
        "The tsunami traveled at 800 kph (497 mph).",
        "en",
        "Цунамі рухалося зі швидкістю 800 км/год (297 миль/год).",
        "uk",
    )
    assert (f.numbers_only_a, f.numbers_only_b) == (["497"], ["297"])
    f = compare_texts(
        "The plane sank in about 30 meters (100 feet) of water.",
        "en",
        "Літак затонув на глибині 50 метрів (100 футів).",
        "uk",
    )
    assert (f.numbers_only_a, f.numbers_only_b) == (["30"], ["50"])


def test_a_conversion_goes_by_a_unit_the_texts_name() -> None:
    # feet are named, so 20 / 6 m convert; 7.5 / 3.5 are pounds to kilograms, a unit neither
    # text names: a change (numbers7)
    f = compare_texts(
        "The 7.5 magnitude earthquake triggered waves as high as 20 feet.",
        "en",
        "Землетрус силою 3,5 бала викликав хвилі висотою 6 метрів.",
        "uk",
    )
    assert (f.numbers_only_a, f.numbers_only_b) == (["7.5"], ["3.5"])
    # 3 inches is 7.62 cm, not 9.62 (9.62 feet are about 3 m, but neither text names feet)
    g = compare_texts(
        "Rainfall totals of 3 to 6 inches are expected.",
        "en",
        "Очікується від 9,62 до 15,24 см опадів.",
        "uk",
    )
    assert (g.numbers_only_a, g.numbers_only_b) == (["3"], ["9.62"])
    # a footballer is no unit: his age is compared as it stands
    h = compare_texts("said the 31-year-old.", "en", "сказал 81-летний футболист.", "ru")
    assert (h.numbers_only_a, h.numbers_only_b) == (["31"], ["81"])


def test_imperial_units_are_read_from_their_words() -> None:
    from toolkit.compare.numbers import imperial_units, unit_converted

    assert imperial_units("waves 20 feet high, 5 lbs, 80 degrees") == {"foot", "pound", "degree"}
    assert imperial_units("за 40 миль (64 км), 10 дюймів") == {"mile", "inch"}
    assert imperial_units("the football star, 81-летний футболист, FTSE 100") == frozenset()
    assert unit_converted(Decimal(40), Decimal("64.4"), {"mile"})
    assert not unit_converted(Decimal(40), Decimal("64.4"), {"foot"})
    assert unit_converted(Decimal("7.5"), Decimal("3.5"))  # some factor, any unit: pounds


def test_year_is_a_date_not_also_a_number() -> None:
    f = compare_texts("Це сталося у 2001 році.", "uk", "It happened in 2002.", "en")
    assert (f.numbers_a, f.numbers_b, f.date_conflict) == ([], [], True)


def test_speakers_compared_across_scripts() -> None:
    f = compare_texts("a", "uk", "b", "en", speaker_a="Володимир Путін", speaker_b="Putin")
    assert f.same_speaker is True
    g = compare_texts("a", "uk", "b", "en", speaker_a="Путін", speaker_b="Bush")
    assert g.same_speaker is False
    assert compare_texts("a", "uk", "b", "en").same_speaker is None


def test_word_features_with_token_vectors() -> None:
    f = compare_texts(
        "Putin met Bush in Ljubljana in June",
        "en",
        "Путін зустрівся з Бушем у Любляні",
        "uk",
        token_vectors=fake_token_vectors,
    )
    assert (f.unmatched_a, f.unmatched_b, f.unmatched_spans_a) == (["June"], [], [[31, 35]])
    assert (f.content_a, f.content_b) == (5, 4)


def test_features_frame_has_the_schema_and_is_deterministic() -> None:
    first = compare_texts(PUTIN_EN, "en", PUTIN_UK, "uk", similarity=0.9, margin=0.1)
    rows = [first, *[compare_texts(*d[1:5]) for d in DRIFTS]]
    frame = features_frame(rows)
    assert frame.schema == pl.Schema(FEATURES)
    assert frame.height == len(DRIFTS) + 1
    again = features_frame([first, *[compare_texts(*d[1:5]) for d in DRIFTS]])
    assert frame.equals(again)


def test_multiset_diff() -> None:
    assert multiset_diff(["5", "5", "7"], ["5", "8"]) == (["5", "7"], ["8"])


def test_bad_language() -> None:
    with pytest.raises(InputError, match="unsupported language 'fr'"):
        compare_texts("a", "fr", "b", "en")


def test_features_are_fast() -> None:
    compare_texts(PUTIN_EN, "en", PUTIN_UK, "uk")  # warm the lazy tables
    start = time.perf_counter()
    for _ in range(20):
        compare_texts(PUTIN_EN, "en", PUTIN_RU, "ru")
    assert (time.perf_counter() - start) / 20 < 0.25  # ~15 ms on an idle core


_ALPHABET = "0123456789 ,.:;'’%-–/£$abcdefmpstАБВЖабвгдеіїєйклмнопрстухцчшщьюя«»\"()\u00a0\u2009"


@settings(max_examples=150, deadline=None)
@given(
    a=st.text(alphabet=_ALPHABET, max_size=60),
    b=st.text(alphabet=_ALPHABET, max_size=60),
    la=st.sampled_from(["en", "uk", "ru"]),
    lb=st.sampled_from(["en", "uk", "ru"]),
)
def test_any_text_gives_a_record(a: str, la: str, b: str, lb: str) -> None:
    record = compare_texts(a, la, b, lb).record()
    assert set(record) == set(FEATURES)


FRACTION_PAIRS = [
    ("One third of Ukraine's population", "en", "Половина населення України", "uk",
     ["1/3"], ["0.5"], "en-uk-third-vs-half"),
    ("Две трети опрошенных против", "ru", "Two thirds of respondents are against", "en",
     [], [], "ru-en-two-thirds-same"),
    ("Чверть бюджету піде на оборону", "uk", "Четверть бюджета уйдёт на оборону", "ru",
     [], [], "uk-ru-quarter-same"),
    ("Half a million people left", "en", "Полмиллиона человек уехали, треть из них дети", "ru",
     [], ["1/3"], "en-ru-half-million-vs-third"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("a", "la", "b", "lb", "only_a", "only_b"),
    [c[:6] for c in FRACTION_PAIRS],
    ids=[c[6] for c in FRACTION_PAIRS],
)
def test_fractions_compare_as_numbers(
    a: str, la: str, b: str, lb: str, only_a: list[str], only_b: list[str]
) -> None:
    f = compare_texts(a, la, b, lb)
    assert (f.numbers_only_a, f.numbers_only_b) == (only_a, only_b)


def test_modality_flip_field() -> None:
    f = compare_texts("Perhaps Russia could be an Ally", "en", "Росія має стати союзником", "uk")
    assert f.modality_flip == ["may_must:Perhaps/має"]
    assert f.names_only_a == [] and f.antonyms == []
    assert "modality_flip" in FEATURES
    assert PairFeatures("en", "uk").modality_flip == []  # old callers keep working


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("three points behind", "отстают на четыре очка", (["3"], ["4"])),  # whole numbers
        ("3.5 million people", "4 млн человек", (["3500000"], ["4000000"])),  # 12.5% apart
        ("до 1,27 см", "до 1,5 см", (["1.27"], ["1.5"])),  # 1.27 rounds to 1.3
        ("25.4% of the vote", "25 голосов", (["25.4%"], ["25"])),  # a percent, a count
    ],
)
def test_a_number_that_is_no_rounding_of_the_other_is_a_change(
    a: str, b: str, expected: tuple[list[str], list[str]]
) -> None:
    lang_a = "uk" if any("а" <= ch <= "я" for ch in a) else "en"
    f = compare_texts(a, lang_a, b, "ru")
    assert (f.numbers_only_a, f.numbers_only_b) == expected
