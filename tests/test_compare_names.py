"""Names: transliteration keys, inflection-aware matching, mentions and one-sided names."""

from __future__ import annotations

import pytest

from toolkit.compare.names import concepts, extract_names, names_diff
from toolkit.translit import latin_key, lemma, same_name

KEYS = [
    ("Зеленський", "uk", "zelenski"),
    ("Зеленский", "ru", "zelenski"),
    ("Zelensky", "en", "zelenski"),
    ("Zelenskyy", "en", "zelenski"),
    ("Харків", "uk", "harkiv"),
    ("Kharkiv", "en", "harkiv"),
    ("Путін", "uk", "putin"),
    ("Путин", "ru", "putin"),
    ("Буш", "uk", "bush"),
    ("Клінтон", "uk", "klinton"),
    ("Clinton", "en", "klinton"),
]


@pytest.mark.parametrize(
    ("word", "lang", "key"), KEYS, ids=[f"{k}-{lang}-{i}" for i, (_, lang, k) in enumerate(KEYS)]
)
def test_latin_key(word: str, lang: str, key: str) -> None:
    assert latin_key(word, lang) == key


SAME = [
    ("Зеленський", "uk", "Zelenskyy", "en", True, "zelensky-uk-en"),
    ("Зеленського", "uk", "Зеленским", "ru", True, "zelensky-inflected"),
    ("Харкова", "uk", "Kharkiv", "en", True, "kharkiv-gen"),
    ("Харьков", "ru", "Kharkiv", "en", True, "kharkov-kharkiv"),
    ("Харкові", "uk", "Харькове", "ru", True, "kharkiv-loc"),
    ("Путіна", "uk", "Putin", "en", True, "putin-gen"),
    ("Путину", "ru", "Путіна", "uk", True, "putin-dat-gen"),
    ("Буша", "uk", "Bush", "en", True, "bush-gen-unknown-to-dictionary"),
    ("Бушем", "uk", "Бушу", "ru", True, "bush-ablt-dat"),
    ("Вашингтоні", "uk", "Washington", "en", True, "washington"),
    ("Putin", "en", "Bush", "en", False, "different-people"),
    ("Путін", "uk", "Пуtin", "en", True, "mixed-script"),
    ("Лавров", "ru", "Lavrov", "en", True, "lavrov"),
    ("Лавров", "ru", "Larov", "en", True, "fuzzy-one-letter"),
    ("Буш", "uk", "Буч", "uk", False, "short-keys-need-equality"),
    ("Медведєв", "uk", "Медведчук", "uk", False, "medvedev-medvedchuk"),
]


@pytest.mark.parametrize(
    ("a", "la", "b", "lb", "expected"), [c[:5] for c in SAME], ids=[c[5] for c in SAME]
)
def test_same_name(a: str, la: str, b: str, lb: str, expected: bool) -> None:
    assert same_name(a, la, b, lb) is expected


def test_lemma_prefers_name_readings() -> None:
    assert lemma("Путіна", "uk") == "путін"
    assert lemma("Харкова", "uk") == "харків"
    assert lemma("Путину", "ru") == "путин"
    assert lemma("Putin's", "en") == "putin"


MENTIONS = [
    ("uk", "Путін зустрівся з Бушем у Словенії.", ["Путін", "Бушем", "Словенії"], "uk-basic"),
    ("uk", "«Ми не вороги», — сказав Путін Бушу.", ["Путін", "Бушу"], "uk-case-splits-adjacent"),
    (
        "uk",
        "Зустріч Джорджа Буша і Володимира Путіна",
        ["Джорджа Буша", "Володимира Путіна"],
        "uk-full-names",
    ),
    (
        "en",
        "President George W. Bush met Vladimir Putin.",
        ["George W. Bush", "Vladimir Putin"],
        "en-initial-and-title",
    ),
    (
        "en",
        "The U.S. and NATO agreed. Mr. Bush said so.",
        ["U.S.", "NATO", "Bush"],
        "en-acronyms-mr",
    ),
    ("uk", "Сполучені Штати і НАТО", ["Сполучені Штати", "НАТО"], "uk-alias-at-start"),
    ("en", "However, Bush arrived in December.", ["Bush"], "en-month-and-initial-word-skipped"),
    ("en", "Vladimir Putin said. Officials agreed.", ["Vladimir Putin"], "en-initial-full-name"),
    (
        "ru",
        "Путин прилетел в Москву. Путин сказал.",
        ["Путин", "Москву", "Путин"],
        "ru-initial-tagged-surname",
    ),
]


@pytest.mark.parametrize(
    ("lang", "text", "expected"), [c[:3] for c in MENTIONS], ids=[c[3] for c in MENTIONS]
)
def test_extract_names(lang: str, text: str, expected: list[str]) -> None:
    assert [m.text for m in extract_names(text, lang)] == expected


DIFFS = [
    (
        "Путін зустрівся з Бушем у Словенії.",
        "uk",
        "Putin met Clinton in Slovenia.",
        "en",
        ["Бушем"],
        ["Clinton"],
        "name-changed",
    ),
    (
        "Зеленський приїхав до Харкова.",
        "uk",
        "Зеленский приехал в Харьков.",
        "ru",
        [],
        [],
        "uk-ru-same",
    ),
    (
        "Зеленський приїхав до Харкова.",
        "uk",
        "Zelenskyy arrived in Kharkiv.",
        "en",
        [],
        [],
        "uk-en-same",
    ),
    (
        "США та НАТО підтримали Київ.",
        "uk",
        "The United States and the Alliance backed Kyiv.",
        "en",
        [],
        [],
        "aliases",
    ),
    ("Соединённые Штаты и Киев", "ru", "U.S. and Kiev", "en", [], [], "aliases-ru-en"),
    (
        "Ukrainian troops entered",
        "en",
        "українські військові увійшли",
        "uk",
        [],
        [],
        "demonym-lowercase",
    ),
    ("Буш сказав Путіну", "uk", "Бушу сказал Путин", "ru", [], [], "inflected-both"),
    (
        "Лавров заявив",
        "uk",
        "Sergei Shoigu said",
        "en",
        ["Лавров"],
        ["Sergei Shoigu"],
        "different-ministers",
    ),
]


@pytest.mark.parametrize(
    ("a", "la", "b", "lb", "only_a", "only_b"), [c[:6] for c in DIFFS], ids=[c[6] for c in DIFFS]
)
def test_names_diff(a: str, la: str, b: str, lb: str, only_a: list[str], only_b: list[str]) -> None:
    assert names_diff(a, la, b, lb) == (only_a, only_b)


def test_concepts_of_multiword_aliases() -> None:
    assert concepts("Сполучені Штати", "uk") == {"US"}
    assert concepts("Соединённых Штатов", "ru") == {"US"}
    assert concepts("the United States", "en") == {"US"}
