"""Words left untranslated, in the other version's letters (toolkit.compare.scripts)."""

from __future__ import annotations

import pytest

from toolkit.compare.scripts import untranslated_words
from toolkit.errors import InputError

SOURCE_RU = "Пфанненштиль занимал аналогичную должность в небе над Блаттен"


def test_a_cyrillic_word_kept_in_english_is_untranslated() -> None:
    assert untranslated_words("He held a аналогичную post", "en", SOURCE_RU, "ru") == [
        "аналогичную"
    ]
    # English writes Cyrillic names in Latin letters: a name kept in Cyrillic counts too
    assert untranslated_words("near the peak of Блаттен", "en", SOURCE_RU, "ru") == ["Блаттен"]
    assert untranslated_words("Pfannenstiel held a similar post", "en", SOURCE_RU, "ru") == []


def test_a_pair_differs_in_a_kept_word_unless_both_versions_keep_it() -> None:
    # kept in the Russian version: against the English, which writes it as its own, and
    # against the Ukrainian, which translated it
    ru = "Президент заявил, что переговоры продолжатся next week."
    en = "The president said the talks would continue next week."
    uk = "Президент заявив, що переговори триватимуть наступного тижня."
    assert untranslated_words(ru, "ru", en, "en") == ["next", "week"]
    assert untranslated_words(ru, "ru", uk, "uk") == ["next", "week"]
    # kept by both Cyrillic versions: they do not differ in it
    assert untranslated_words("нетопыри soprano", "ru", "нетопирі soprano", "uk") == []
    # a Cyrillic word in English counts whichever version it is compared with
    assert untranslated_words("He held a должностью post", "en", "Він обіймав посаду", "uk") == [
        "должностью"
    ]
    # case and ё are folded
    assert untranslated_words("He said Ещё once", "en", "ещё раз", "ru") == ["Ещё"]


def test_a_lower_case_english_word_kept_in_russian_is_untranslated() -> None:
    en = "common pipistrelles, soprano pipistrelles and brown long-eared bats"
    ru = "обыкновенные нетопыри, нетопыри soprano, а также ушаны"
    assert untranslated_words(ru, "ru", en, "en") == ["soprano"]


@pytest.mark.parametrize(
    ("text", "other"),
    [
        # a name or a brand
        ("Він грав у Fortuna", "He played for Fortuna"),
        # a title or a name holding lower-case words
        ("технології Canada plus plus", "Canada plus plus technology"),
        ("Організатори Global citizen відповідають", "Global citizen organisers reply"),
        ("новий iPhone 15 pro коштує", "the new iPhone 15 pro costs"),
        # a word cited as a word, in quotation marks
        ("слово «deadline» означає крайній термін", 'the word "deadline" means'),
        # words of a third language, cited (no English words)
        ("на уельській мові twp означає", "in Welsh twp means"),
        ("Il faut bien le faire.", "Il faut bien le faire."),
        # an address
        ("повідомляє сайт weather.com.", "the weather.com site reports"),
        ("пишіть на help@weather.com", "write to help@weather.com"),
        ("читайте на LiverpoolFC.com/news", "read at LiverpoolFC.com/news"),
    ],
)
def test_latin_words_that_ukrainian_keeps_as_they_are(text: str, other: str) -> None:
    assert untranslated_words(text, "uk", other, "en") == []


def test_ukrainian_and_russian_words_kept_in_each_other_are_read_by_their_letters() -> None:
    uk = "Він сказав, що ще прийде"
    assert untranslated_words("Он сказал, що він ещё придёт", "ru", uk, "uk") == ["він"]
    # against the English version too, so the third version confirms which one kept it
    en = "He said he would come again"
    assert untranslated_words("Он сказал, що він ещё придёт", "ru", en, "en") == ["він"]
    ru = "Он сказал, что ещё придёт"
    assert untranslated_words("Він сказав, что ещё придёт", "uk", ru, "ru") == ["ещё", "придёт"]
    # written only with letters both languages use: not told apart ("що", "не")
    assert (
        untranslated_words("Он сказал, що не придёт", "ru", "Він сказав, що не прийде", "uk") == []
    )
    # a name, a cited word, a word that is no word of the other language
    assert untranslated_words("Заявил Київ", "ru", "Заявив Київ", "uk") == []
    assert untranslated_words("слово «він» значит он", "ru", "слово «він»", "uk") == []
    assert untranslated_words("Сказал ґґґ", "ru", "ґґґ", "uk") == []


def test_runs_end_at_a_line_break_and_quote_marks_must_enclose_the_run() -> None:
    # a headline's name on the next line does not hide the word before the break
    text, other = "настав deadline\nThe Guardian пише", "the deadline came. The Guardian"
    assert untranslated_words(text, "uk", other, "en") == ["deadline"]
    # straight quote marks that close and open the words around it cite nothing
    assert untranslated_words('"Так" deadline "ні"', "uk", '"yes" deadline "no"', "en") == [
        "deadline"
    ]
    assert untranslated_words('слово "deadline" означає', "uk", 'the "deadline"', "en") == []
    # words joined by a slash are no address
    assert untranslated_words("deadline/термін", "uk", "the deadline", "en") == ["deadline"]


def test_a_typographic_apostrophe_is_read_as_the_dictionary_writes_it() -> None:
    assert untranslated_words("Сказал: з’їзд", "ru", "Сказав: з’їзд", "uk") == ["з’їзд"]


def test_nothing_between_texts_of_one_language() -> None:
    assert untranslated_words("не пішло", "uk", "не пішло", "uk") == []
    assert untranslated_words("it went", "en", "it went", "en") == []


def test_an_unknown_language_is_refused() -> None:
    with pytest.raises(InputError, match="unsupported language 'de'"):
        untranslated_words("Hallo", "de", "Hello", "en")
