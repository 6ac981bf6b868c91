"""Dates: month names in every case, numeric dates, years with context, comparison."""

from __future__ import annotations

import pytest

from toolkit.compare.dates import DateMention, compatible, date_diff, extract_dates

CASES = [
    ("uk", "Зустріч відбулася 25 грудня 2025 року.", ["2025-12-25"], "uk-day-month-year"),
    ("uk", "25-го грудня", ["?-12-25"], "uk-ordinal-day"),
    ("uk", "двадцять п'ятого грудня", ["?-12-25"], "uk-day-in-words"),
    ("uk", "У грудні 2025 року", ["2025-12"], "uk-month-locative-year"),
    ("uk", "16 червня 2001 р. у Любляні", ["2001-06-16"], "uk-r-abbrev"),
    ("uk", "у 2001 році", ["2001"], "uk-year-locative"),
    ("uk", "у 2001–2002 роках", ["2001", "2002"], "uk-year-range"),
    ("uk", "лютий вітер", [], "uk-ambiguous-lyutyi-alone"),
    ("uk", "24 лютого 2022 року", ["2022-02-24"], "uk-lyutogo-with-day"),
    ("ru", "9 мая 1945 года", ["1945-05-09"], "ru-genitive-may"),
    ("ru", "в декабре", ["?-12"], "ru-month-prepositional"),
    ("ru", "в 2001 году", ["2001"], "ru-year"),
    ("ru", "с 1991 г.", ["1991"], "ru-g-abbrev"),
    ("ru", "в двухтысячном году", ["2000"], "ru-year-in-words"),
    ("ru", "я маю", [], "ru-mayu-verb"),
    ("ru", "в 25 000 домах", [], "ru-count-not-year"),
    ("en", "On December 25, 2025, they met.", ["2025-12-25"], "en-mdy"),
    ("en", "on Dec. 25", ["?-12-25"], "en-abbrev"),
    ("en", "the 25th of December", ["?-12-25"], "en-nth-of"),
    ("en", "25 December 2025", ["2025-12-25"], "en-dmy"),
    ("en", "in May 2001", ["2001-05"], "en-month-year"),
    ("en", "we may agree", [], "en-may-verb"),
    ("en", "Jones joined as chairman in March.", ["?-03"], "en-in-march"),
    ("en", "in late March and early April", ["?-03", "?-04"], "en-late-march"),
    ("en", "since mid-May", ["?-05"], "en-mid-may"),
    ("en", "the March on Washington", [], "en-march-noun"),
    ("en", "a letter from May", [], "en-may-surname"),
    ("en", "Jan Gelfand told CNN", [], "en-jan-first-name"),
    ("en", "Mar-a-Lago", [], "en-mar-a-lago"),
    ("en", "on Jan 5", ["?-01-05"], "en-undotted-abbrev-with-day"),
    ("en", "facing tough November elections", ["?-11"], "en-month-before-noun"),
    ("ru", "выходящим на ноябрьские выборы", ["?-11"], "ru-month-adjective"),
    ("uk", "на листопадових виборах", ["?-11"], "uk-month-adjective"),
    ("en", "in 2001", ["2001"], "en-in-year"),
    ("en", "in 2,000 homes", [], "en-count-not-year"),
    ("en", "12/25/2025", ["2025-12-25"], "en-slash-month-first"),
    ("uk", "25/12/2025", ["2025-12-25"], "uk-slash-day-first"),
    ("ru", "25.12.2025", ["2025-12-25"], "ru-dotted"),
    ("en", "2025-12-25", ["2025-12-25"], "iso"),
    # dates3
    ("en", "at the end of March we will see", ["?-03"], "en-end-of-march"),
    ("ru", "пришло к власти в мае прошлого года", ["?-05"], "ru-v-mae"),
    ("ru", "с мая", ["?-05"], "ru-s-maya"),
    ("ru", "песня Мая", [], "ru-maya-name"),
    ("ru", "я маю", [], "ru-mayu-verb-still"),
]


@pytest.mark.parametrize(
    ("lang", "text", "expected"), [c[:3] for c in CASES], ids=[c[3] for c in CASES]
)
def test_date_table(lang: str, text: str, expected: list[str]) -> None:
    assert [d.canonical for d in extract_dates(text, lang)] == expected


def test_ymd_and_span() -> None:
    text = "Це сталося 16 червня 2001 року в Любляні"
    (d,) = extract_dates(text, "uk")
    assert d.ymd == (2001, 6, 16)
    assert text[d.start : d.end] == d.text == "16 червня 2001 року"


def _d(y: int | None, m: int | None, day: int | None) -> DateMention:
    return DateMention(y, m, day, 0, 0, "")


def test_year_only_is_compatible_with_a_full_date_of_that_year() -> None:
    assert compatible(_d(2001, None, None), _d(2001, 6, 16))
    assert not compatible(_d(2002, None, None), _d(2001, 6, 16))
    assert compatible(_d(None, 12, 25), _d(2025, 12, 25))


DIFFS = [
    ("16 червня 2001 року", "uk", "in 2001", "en", [], [], "year-only-agrees"),
    (
        "16 червня 2001 року",
        "uk",
        "on June 17, 2001",
        "en",
        ["2001-06-16"],
        ["2001-06-17"],
        "day-changed",
    ),
    ("у 2001 році", "uk", "in 2002", "en", ["2001"], ["2002"], "year-changed"),
    ("9 мая 1945 года", "ru", "May 9, 1945", "en", [], [], "same-date"),
    ("в 2001 году", "ru", "", "en", ["2001"], [], "date-dropped"),
]


@pytest.mark.parametrize(
    ("a", "la", "b", "lb", "only_a", "only_b"), [c[:6] for c in DIFFS], ids=[c[6] for c in DIFFS]
)
def test_date_diff(a: str, la: str, b: str, lb: str, only_a: list[str], only_b: list[str]) -> None:
    left, right = date_diff(extract_dates(a, la), extract_dates(b, lb))
    assert [d.canonical for d in left] == only_a
    assert [d.canonical for d in right] == only_b
