"""Speaker attribution and name keys: verbs in every inflection, pronouns, roles, scripts."""

from __future__ import annotations

import pytest

from toolkit.quotes import extract_quotes, same_speaker, speaker_key
from toolkit.quotes.names import surname
from toolkit.quotes.speakers import reporting_verb


def speakers(text: str, lang: str) -> list[str | None]:
    frame = extract_quotes(text, lang, [(0, len(text))], version_id=f"t.{lang}")
    return frame["speaker_key"].to_list()


@pytest.mark.parametrize(
    ("name", "lang", "key"),
    [
        ("Путіна", "uk", "putin"),
        ("Путіну", "uk", "putin"),
        ("Путину", "ru", "putin"),
        ("Putin", "en", "putin"),
        ("Putin's", "en", "putin"),
        ("Володимира Путіна", "uk", "putin"),
        ("Буша-молодшого", "uk", "bush"),
        ("George W. Bush", "en", "bush"),
        ("Буш", "ru", "bush"),
        ("Зеленського", "uk", "zelensk"),
        ("Зеленского", "ru", "zelensk"),
        ("Zelensky", "en", "zelensk"),
        ("Zelenskyy", "en", "zelensk"),
        ("Столтенберга", "uk", "stoltenber"),
        ("Stoltenberg", "en", "stoltenber"),
        ("Кулеби", "uk", "kuleb"),
        ("Kuleba", "en", "kuleb"),
        ("Джонсон", "uk", "ionson"),
        ("Johnson", "en", "ionson"),
        ("Шмигаля", "uk", "shmial"),
        ("Шмыгаль", "ru", "shmial"),
        ("Shmyhal", "en", "shmial"),
    ],
    ids=lambda v: v if isinstance(v, str) and v.isascii() else None,
)
def test_speaker_key(name: str, lang: str, key: str) -> None:
    assert speaker_key(name, lang) == key


def test_same_speaker_across_scripts() -> None:
    assert same_speaker("Путіна", "uk", "Putin", "en")
    assert same_speaker("Буша", "uk", "Буш", "ru")
    assert not same_speaker("Путіна", "uk", "Bush", "en")
    assert not same_speaker("", "en", "", "en")


def test_surname_skips_initials_and_suffixes() -> None:
    assert surname("George W. Bush") == "Bush"
    assert surname("Джорджа Буша-молодшого") == "Буша"
    assert surname("Bush Jr.") == "Bush"


@pytest.mark.parametrize(
    ("word", "lang"),
    [
        ("заявив", "uk"),
        ("заявила", "uk"),
        ("наголосили", "uk"),
        ("додавши", "uk"),
        ("сказал", "ru"),
        ("заявила", "ru"),
        ("подчеркнул", "ru"),
        ("отметив", "ru"),
        ("said", "en"),
        ("says", "en"),
        ("told", "en"),
        ("adding", "en"),
    ],
    ids=lambda v: v if isinstance(v, str) and v.isascii() else None,
)
def test_reporting_verbs_in_every_inflection(word: str, lang: str) -> None:
    assert reporting_verb(word, lang)


def test_not_reporting() -> None:
    assert not reporting_verb("States", "en")
    assert not reporting_verb("будинок", "uk")


@pytest.mark.parametrize(
    ("text", "lang", "keys"),
    [
        ("«Ми готові», — заявив Путін.", "uk", ["putin"]),
        ("Путин сказал: «Мы готовы».", "ru", ["putin"]),
        ('"We are ready," said Putin.', "en", ["putin"]),
        ('Putin said: "We are ready."', "en", ["putin"]),
        ("За словами Путіна, «все вирішено».", "uk", ["putin"]),
        ("По словам Путина, «все решено».", "ru", ["putin"]),
        ('According to Putin, "it is decided".', "en", ["putin"]),
        ("Bush responded to Putin by saying, “That's interesting.”", "en", ["bush"]),
        ("He met Bush. Putin also told Bush that ''only dire need'' could help.", "en", ["putin"]),
    ],
    ids=[
        "uk-dash-verb",
        "ru-colon-verb",
        "en-inverted",
        "en-colon",
        "uk-za-slovamy",
        "ru-po-slovam",
        "en-according-to",
        "en-subject-not-object",
        "en-told-object",
    ],
)
def test_direct_attribution(text: str, lang: str, keys: list[str]) -> None:
    assert speakers(text, lang) == keys


def test_roles_resolve_to_the_named_person_of_that_country() -> None:
    text = (
        "Russian President Vladimir Putin met former US President George W. Bush.\n\n"
        '"I can imagine us becoming allies," the Kremlin leader said.\n\n'
        '"That is interesting," the US president replied.'
    )
    assert speakers(text, "en") == ["putin", "bush"]


def test_uk_role_glava_kremlya() -> None:
    text = (
        "Президент Росії Володимир Путін зустрівся з президентом США Джорджем Бушем.\n\n"
        "«Ми можемо стати союзниками», — сказав тоді глава Кремля."
    )
    assert speakers(text, "uk") == ["putin"]


def test_pronoun_gender_agreement() -> None:
    text = (
        "Міністерка Олена Ковальчук зустрілася з Тарасом Мельником.\n\n"
        "«Ми домовилися», — сказав він. «Угода готова», — додала вона."
    )
    assert speakers(text, "uk") == ["melnik", "kovalchuk"]


def test_ru_pronoun_resolves_to_subject() -> None:
    text = "Лидер оппозиции Петр Кравец не согласился: по его словам, «время уходит»."
    assert speakers(text, "ru") == ["kravets"]


def test_continued_quote_inherits_speaker() -> None:
    text = '"We are ready," Kovalchuk said. "The winter will not wait."'
    assert speakers(text, "en") == ["kovalchuk", "kovalchuk"]


def test_unattributed_quote_has_no_speaker() -> None:
    assert speakers("The sign read “closed for winter” all year.", "en") == [None]


def test_sentence_initial_pronoun_is_not_a_name() -> None:
    text = "Ольга Марченко виступила.\n\nВона застерегла від «самолікування антибіотиками»."
    assert speakers(text, "uk") == ["marchenk"]


def test_first_name_carries_a_surname_that_is_also_a_word() -> None:
    text = "Госсекретарь США Томас Грант ответил: «Россия знает, — написал он. — Уходите»."
    assert speakers(text, "ru") == ["hrant"]


def test_name_runs_stop_at_paragraph_breaks() -> None:
    text = "«Ідіть», — написав Грант у X.\n\nЗгодом Орлова заявила, що Москва «не проситиме»."
    assert speakers(text, "uk") == ["hrant", "orlov"]


def test_sentence_initial_name_before_an_adverb_and_verb() -> None:
    text = 'Orlova spoke first. Orlova later said Moscow "will not beg".'
    assert speakers(text, "en") == ["orlov"]
