"""Interviews and institutions: who answers a question, who is quoted, who issued a statement."""

from __future__ import annotations

import pytest

from toolkit.quotes import extract_quotes


def speakers(text: str, lang: str) -> list[str | None]:
    frame = extract_quotes(text, lang, [(0, len(text))], version_id=f"t.{lang}")
    return frame.filter(frame["kind"] == "speech")["speaker_key"].to_list()


@pytest.mark.parametrize(
    ("lang", "text", "keys"),
    [
        # an unattributed question, then the answer: the person named just before
        (
            "uk",
            "Тренерка Оксана Бондар після матчу ледве трималася на ногах.\n\n"
            "— Ви очікували такого результату?\n\n— Чесно кажучи, ні.",
            [None, "bondar"],
        ),
        # the question names whom it was put to: that person answers
        (
            "ru",
            "Министр Игорь Волков открыл заседание.\n\n"
            "— Когда откроется мост? — спросили мы у инженера Анны Соколовой.\n\n"
            "— Не раньше весны.",
            [None, "sokolov"],
        ),
        # the interviewer's own clause: the subject asks, not the person after «у»
        (
            "ru",
            "— Вы довольны? — спросил наш корреспондент у вратаря Олега Павлова.",
            [None],
        ),
        # a later answer goes to whoever answered before
        (
            "uk",
            "Ми поговорили з агрономом Петром Гнатюком.\n\n— Як урожай?\n\n— Гірший, ніж торік.\n\n"
            "— А ціни?\n\n— Ростуть.",
            [None, "hnatuk", None, "hnatuk"],
        ),
    ],
)
def test_dialogue_answers(lang: str, text: str, keys: list[str | None]) -> None:
    assert speakers(text, lang) == keys


@pytest.mark.parametrize(
    ("lang", "text", "keys"),
    [
        # any verb in a dialogue line's author clause, its subject a description
        (
            "uk",
            "Науковиця Марта Левицька показала знахідку.\n\n"
            "— Це лише початок, — усміхнулася дослідниця. — Далі буде більше.",
            ["levitsk"],
        ),
        (
            "ru",
            "Бегунья Ирина Котова финишировала первой.\n\n"
            "— Пока рано радоваться, — вздохнула выигравшая 5 забегов спортсменка. "
            "— Впереди финал.",
            ["kotov"],
        ),
    ],
)
def test_author_remark_in_a_dialogue_line(lang: str, text: str, keys: list[str | None]) -> None:
    assert speakers(text, lang) == keys


@pytest.mark.parametrize(
    ("lang", "text", "keys"),
    [
        # the quoting verb's object speaks
        ("uk", "«Рішення остаточне», — цитує пресслужба суду суддю Олену Кравець.", ["kravets"]),
        ("ru", "«Мы не сдадимся», — цитирует агентство губернатора Павла Зимина.", ["zimin"]),
        ("en", 'The agency quoted Daniel Ortiz as saying "the deal is done".', ["ortiz"]),
        # a statement's author
        (
            "ru",
            "«Работы возобновятся в мае», — говорится в заявлении компании.",
            ["org:company"],
        ),
        (
            "uk",
            "«Рух перекрито», — йдеться в повідомленні поліції.",
            ["org:police"],
        ),
        # an enterprise speaking impersonally
        ("uk", "На підприємстві пообіцяли, що ремонт завершать «до кінця тижня».", ["org:company"]),
        ("ru", "В агрохолдинге сообщили, что урожай «на треть ниже плана».", ["org:company"]),
        # a clause after the quote that opens with "but" does not report it
        (
            "uk",
            "Обласна адміністрація пообіцяла «чесні виплати», але не назвала суми.",
            ["org:administration"],
        ),
        # in her words
        (
            "en",
            "Historian Olha Marchenko says the town is losing its murals, in her words, "
            '"one wall at a time".',
            ["marchenk"],
        ),
    ],
)
def test_institutions_and_quoting_verbs(lang: str, text: str, keys: list[str | None]) -> None:
    assert speakers(text, lang) == keys


def test_a_preposition_na_before_an_accusative_is_no_institution_speaking() -> None:
    text = "Профспілка посилила тиск на компанію. «Ми не відступимо», — заявив голова Іван Мороз."
    assert speakers(text, "uk") == ["moroz"]
