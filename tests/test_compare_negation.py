"""Negation counts per clause (concord, not-only, double negation) and antonym pairs."""

from __future__ import annotations

import pytest

from toolkit.compare.negation import (
    antonym_pairs,
    modality_pairs,
    negation_count,
    negation_cues,
    negation_flip,
)

COUNTS = [
    ("en", "We are not enemies", 1, "en-not"),
    ("en", "We don't want war and will never attack", 2, "en-nt-never"),
    ("en", "Nobody said a word", 1, "en-nobody"),
    ("en", "Neither Putin nor Bush came", 1, "en-neither-nor-once"),
    ("en", "I do not mean his fall is certain - nor that of his allies", 1, "en-not-nor-carried"),
    ("en", "He did not go, nor did she", 2, "en-nor-own-clause"),
    ("en", "Nor is it clear", 1, "en-nor-alone"),
    ("en", "not only Putin but also Bush", 0, "en-not-only"),
    ("en", "He cannot come without a guarantee", 2, "en-cannot-without"),
    ("en", "No one came", 1, "en-no-one"),
    ("en", "We are enemies", 0, "en-affirmative"),
    ("uk", "Ми не вороги", 1, "uk-ne"),
    ("uk", "Ніхто нічого не сказав", 1, "uk-concord"),
    ("uk", "Ні Путін, ні Буш не приїхали", 1, "uk-ni-ni-across-comma"),
    ("uk", "Не лише Путін, а й Буш", 0, "uk-ne-lyshe"),
    ("uk", "Не тільки Росія", 0, "uk-ne-tilky"),
    ("uk", "Я не можу не сказати", 2, "uk-double-negation"),
    ("uk", "Немає жодного сумніву", 1, "uk-nemaie-concord"),
    ("uk", "Хто б не прийшов, ми раді", 0, "uk-whoever"),
    ("uk", "Він ніколи цього не казав", 1, "uk-nikoly-ne"),
    ("uk", "Ніколи", 1, "uk-nikoly-alone"),
    ("uk", "Угода без гарантій", 1, "uk-bez"),
    ("ru", "Никто не пришел, и ничего не случилось", 2, "ru-two-clauses"),
    ("ru", "Ни Путин, ни Буш не приехали", 1, "ru-ni-ni"),
    ("ru", "Не только Путин", 0, "ru-ne-tolko"),
    ("ru", "Нельзя так делать", 1, "ru-nelzya"),
    ("ru", "Кто бы ни пришел", 0, "ru-whoever"),
    ("ru", "Ни один солдат не погиб", 1, "ru-ni-odin"),
    ("ru", "У нас нет врагов", 1, "ru-net"),
    ("ru", "Мы союзники", 0, "ru-affirmative"),
    ("ru", "Тем не менее, он придет", 0, "ru-tem-ne-menee"),
    ("uk", "Тим не менш, він прийде", 0, "uk-tym-ne-mensh"),
    ("ru", "хватит ненадолго, как бы на то ни уповали", 0, "ru-kak-by-ni-far"),
    ("en", "to be No.1 in AI", 0, "en-number-abbrev"),
    ("en", "Rangers failed to score", 1, "en-failed"),
    # negation17: a verb of failure after a negation is one negated verb ("не підведемо")
    ("en", "But I believe we will not fail", 1, "en-not-fail"),
    ("en", "We won't ever fail them", 1, "en-wont-ever-fail"),
    ("en", "If we fail those tests, democracy suffers", 1, "en-fail-object"),
    ("en", "and never more so than at competitions like these", 0, "en-never-more-so"),
    ("en", "He has never been more confident", 1, "en-never-been-more"),
    # negation17: bounds count no negation
    ("ru", "Погибли не менее 10 человек", 0, "ru-ne-menee"),
    ("uk", "Деталей можна розмістити не більше, ніж на один день", 0, "uk-ne-bilshe"),
    ("ru", "Ответ будет дан не позднее 1 декабря", 0, "ru-ne-pozdnee"),
    ("en", "no more than 10 people", 0, "en-no-more-than"),
    ("en", "no later than Friday", 0, "en-no-later-than"),
    ("en", "He is no more", 1, "en-no-more-alone"),
    ("ru", "Он больше не придет", 1, "ru-bolshe-ne"),
    ("uk", "Групи провели ніч у наметах", 0, "uk-nich-is-night"),
]


@pytest.mark.parametrize(
    ("lang", "text", "count"), [c[:3] for c in COUNTS], ids=[c[3] for c in COUNTS]
)
def test_negation_count(lang: str, text: str, count: int) -> None:
    assert negation_count(text, lang) == count


def test_cues_carry_spans() -> None:
    text = "Ми не вороги, ми ніколи не були ворогами"
    assert [(c.text, text[c.start : c.end]) for c in negation_cues(text, "uk")] == [
        ("не", "не"),
        ("не", "не"),
    ]


FLIPS = [
    ("Ми не вороги", "uk", "We are enemies", "en", True, "dropped-not"),
    ("Ми не вороги", "uk", "We are not enemies", "en", False, "kept"),
    ("Ніхто не прийшов", "uk", "Nobody came", "en", False, "concord-vs-single"),
    ("Я не можу не сказати", "uk", "I must say", "en", False, "double-negation-is-positive"),
    ("Никто ничего не знает", "ru", "Everybody knows", "en", True, "ru-concord-flip"),
]


@pytest.mark.parametrize(
    ("a", "la", "b", "lb", "flip"), [c[:5] for c in FLIPS], ids=[c[5] for c in FLIPS]
)
def test_negation_flip(a: str, la: str, b: str, lb: str, flip: bool) -> None:
    assert negation_flip(negation_count(a, la), negation_count(b, lb)) is flip


ANTONYMS = [
    (
        "Москва відхилила пропозицію",
        "uk",
        "Moscow accepted the offer",
        "en",
        [("accept_reject", "відхилила", "accepted")],
        "uk-reject-en-accept",
    ),
    (
        "Росія не є ворогом НАТО",
        "uk",
        "Russia is not an ally of NATO",
        "en",
        [("ally_enemy", "ворогом", "ally")],
        "enemy-ally",
    ),
    (
        "He banned it",
        "en",
        "Він дозволив це",
        "uk",
        [("allow_forbid", "banned", "дозволив")],
        "banned-allowed",
    ),
    (
        "Россия увеличила расходы",
        "ru",
        "Russia cut spending",
        "en",
        [("increase_decrease", "увеличила", "cut")],
        "increase-cut",
    ),
    (
        "Путин отказался",
        "ru",
        "Putin agreed",
        "en",
        [("agree_refuse", "отказался", "agreed")],
        "refuse-agree",
    ),
    (
        "Він зрадив Україну",
        "uk",
        "He defended Ukraine",
        "en",
        [("betray_defend", "зрадив", "defended")],
        "betray-defend",
    ),
    ("Россия приняла и отклонила", "ru", "Russia rejected", "en", [], "both-poles-on-one-side"),
    ("Москва відхилила пропозицію", "uk", "Москва отклонила предложение", "ru", [], "same-pole"),
    ("We won", "en", "Ми програли", "uk", [("win_lose", "won", "програли")], "irregular-won"),
    (
        "Ожидаются небольшие дожди",
        "ru",
        "Heavy rain is expected",
        "en",
        [("small_large", "небольшие", "Heavy")],
        "small-rain-heavy-rain",
    ),
    (
        "Колишній міністр",
        "uk",
        "The current minister",
        "en",
        [("new_old", "Колишній", "current")],
        "former-current",
    ),
    (
        "Полиция задержала двоих",
        "ru",
        "Police released two",
        "en",
        [("detain_release", "задержала", "released")],
        "detained-released",
    ),
    # negation14 (session 23): more antonym pairs
    ("Ціни стали нижчими", "uk", "Prices became higher", "en",
     [("high_low", "нижчими", "higher")], "uk-lower-en-higher"),
    ("Он продал дом", "ru", "He bought the house", "en",
     [("buy_sell", "продал", "bought")], "ru-sold-en-bought"),
    ("это более двух миллионов", "ru", "that is less than two million", "en",
     [("more_less", "более", "less")], "ru-bolee-en-less"),
    ("одна з найменш помітних змін", "uk", "one of the most visible changes", "en",
     [("most_least", "найменш", "most")], "uk-least-en-most"),
    ("Задача оказалась сложной", "ru", "The task turned out easy", "en",
     [("easy_hard", "сложной", "easy")], "ru-hard-en-easy"),
    ("Переговоры закончились неудачей", "ru", "The talks ended in success", "en",
     [("success_failure", "неудачей", "success")], "ru-failure-en-success"),
    ("не менее десяти человек", "ru", "at least ten people", "en", [], "ru-ne-menee-at-least"),
    ("более ста человек", "ru", "more than a hundred people", "en", [], "ru-bolee-more"),
    # negation21: more common antonyms of news text
    ("Это также отличный способ освежить память", "ru", "It is also a bad way to refresh it",
     "en", [("good_bad", "отличный", "bad")], "ru-excellent-en-bad"),
    ("Город сильно отличается от других", "ru", "The city is very similar to others", "en",
     [("similar_different", "отличается", "similar")], "ru-differs-en-similar"),
    ("объявлена благодарность Президента", "ru", "received a criticism from the President",
     "en", [("praise_criticise", "благодарность", "criticism")], "ru-gratitude-en-criticism"),
    ("у большинства живых организмов", "ru", "in most dying organisms", "en",
     [("alive_dead", "живых", "dying")], "ru-living-en-dying"),
    ("не нужно кормить животных", "ru", "no need to starve the animals", "en",
     [("feed_starve", "кормить", "starve")], "ru-feed-en-starve"),
    ("О возможности смягчения норм", "ru", "The possibility of tightening the rules", "en",
     [("ease_tighten", "смягчения", "tightening")], "ru-ease-en-tighten"),
    ("Кількість опадів приблизно однакова", "uk", "The amount is exactly the same", "en",
     [("exact_approximate", "приблизно", "exactly")], "uk-roughly-en-exactly"),
    ("after a narrow win in a widely watched election", "en",
     "после победы с маленькой разницей на широко наблюдаемых выборах", "ru", [],
     "en-narrow-widely-ru-widely"),
    ("Он заявил о своей невиновности, когда спросили, виновен ли он", "ru",
     "Він оголосив себе невинним", "uk", [], "ru-both-poles-uk-innocent"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("a", "la", "b", "lb", "expected"), [c[:5] for c in ANTONYMS], ids=[c[5] for c in ANTONYMS]
)
def test_antonym_pairs(
    a: str, la: str, b: str, lb: str, expected: list[tuple[str, str, str]]
) -> None:
    assert [(p.concept, p.word_a, p.word_b) for p in antonym_pairs(a, la, b, lb)] == expected


def test_antonym_spans_point_at_the_words() -> None:
    a, b = "Москва відхилила пропозицію", "Moscow accepted the offer"
    (pair,) = antonym_pairs(a, "uk", b, "en")
    assert a[slice(*pair.span_a)] == "відхилила"
    assert b[slice(*pair.span_b)] == "accepted"


MODALITY_CASES = [
    ("Perhaps the sanctions could be lifted", "en", "Санкції мають бути скасовані", "uk",
     [("may_must", "Perhaps", "мають")], "en-uk-perhaps-vs-maiut"),
    ("Можливо, Україна могла б отримати кредит", "uk", "Украина должна получить кредит", "ru",
     [("may_must", "Можливо", "должна")], "uk-ru-mozhlyvo-vs-dolzhna"),
    ("Возможно, переговоры продолжатся", "ru", "The talks must continue", "en",
     [("may_must", "Возможно", "must")], "ru-en-vozmozhno-vs-must"),
    ("The country has to cut spending", "en", "Країна може скоротити видатки", "uk",
     [("may_must", "has", "може")], "en-uk-has-to-vs-mozhe"),
    # not flips: the same modality, possession "має", the month May, both kinds on a side
    ("The company may close", "en", "Компанія, можливо, закриється", "uk", [], "en-uk-both-may"),
    ("Росія має п'ять кораблів", "uk", "Russia may have five ships", "en", [],
     "uk-en-maie-possession"),
    ("The vote was held in May", "en", "Голосування треба провести", "uk", [], "en-uk-month-may"),
    ("He must go, but she may stay", "en", "Він може піти", "uk", [], "en-uk-both-kinds"),
    # "probably" / "likely" are possibility, as "вероятно" / "ймовірно" are
    ("I probably had to leave", "en", "Я, вероятно, уехал", "ru", [], "en-ru-probably-both"),
    ("Prices will likely rise", "en", "Ціни мають зрости", "uk",
     [("may_must", "likely", "мають")], "en-uk-likely-vs-maiut"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("a", "la", "b", "lb", "expected"),
    [c[:5] for c in MODALITY_CASES],
    ids=[c[5] for c in MODALITY_CASES],
)
def test_modality_pairs(a: str, la: str, b: str, lb: str, expected: list) -> None:
    assert [(p.concept, p.word_a, p.word_b) for p in modality_pairs(a, la, b, lb)] == expected


FOR_AGAINST = [
    ("MPs voted for the reform", "en", "Депутати проголосували проти реформи", "uk",
     [("for_against", "for", "проти")], "en-uk-voted-for-vs-proty"),
    ("Депутаты голосовали за закон", "ru", "MPs voted against the law", "en",
     [("for_against", "за", "against")], "ru-en-za-vs-against"),
    ("Партія виступила за переговори", "uk", "Партия выступила против переговоров", "ru",
     [("for_against", "за", "против")], "uk-ru-vystupyla-za-vs-protiv"),
    ("Most residents are in favour of the plan", "en", "Більшість мешканців проти плану", "uk",
     [("for_against", "of", "проти")], "en-uk-in-favour-vs-proty"),
    # "for" / "за" that is no stance, and "against" on both sides
    ("He waited for the verdict", "en", "Він виступив проти вироку", "uk", [],
     "en-uk-for-not-a-stance"),
    ("За словами міністра, санкції проти Росії", "uk", "Sanctions against Russia", "en", [],
     "uk-en-za-slovamy"),
    ("Вони підтримують угоду", "uk", "They oppose the deal", "en",
     [("support_oppose", "підтримують", "oppose")], "uk-en-support-vs-oppose"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("a", "la", "b", "lb", "expected"),
    [c[:5] for c in FOR_AGAINST],
    ids=[c[5] for c in FOR_AGAINST],
)
def test_for_against_and_support_oppose(a: str, la: str, b: str, lb: str, expected: list) -> None:
    assert [(p.concept, p.word_a, p.word_b) for p in antonym_pairs(a, la, b, lb)] == expected


@pytest.mark.parametrize(
    ("text", "lang", "count"),
    [
        ("Truly, без сумніву, був головним пріоритетом.", "uk", 0),
        ("Один человек пропал без вести после крушения.", "ru", 0),
        ("Він вважає, що щось пішло не так.", "uk", 0),
        ("Он считает, что что-то пошло не так.", "ru", 0),
        ("Он ушёл без денег.", "ru", 1),
        ("NOOOOO ANOTHER ONE, she wrote.", "en", 1),
    ],
)
def test_fixed_phrases_and_shouted_no(text: str, lang: str, count: int) -> None:
    assert negation_count(text, lang) == count


@pytest.mark.parametrize(
    ("text", "lang", "count"),
    [
        ("Водій ледь не загинув у ДТП.", "uk", 0),  # almost died
        ("Він мало не впав зі сходів.", "uk", 0),
        ("Водитель чуть не погиб в аварии.", "ru", 0),
        ("Он чуть было не опоздал.", "ru", 0),
        ("Самолет едва не разбился.", "ru", 0),
        ("Президент не раз заявляв про це.", "uk", 0),  # repeatedly
        ("Министр не раз говорил об этом.", "ru", 0),
        ("Не так давно он сказал обратное.", "ru", 0),  # recently
        ("He died not long after the war.", "en", 0),  # soon after
        ("It ended not long ago.", "en", 0),
        ("Not long before the vote, he resigned.", "en", 0),
        ("Не дивлячись на війну, біженці повертаються.", "uk", 0),  # despite
        ("Не зважаючи на війну, біженці повертаються.", "uk", 0),
        ("Призвал вернуться, не смотря на то, что идет война.", "ru", 0),
        ("Вскоре после этого его не стало.", "ru", 0),  # he died
        ("Незабаром його не стало.", "uk", 0),
        ("Лучше не стало.", "ru", 1),
        ("He was not long in office.", "en", 1),
        ("Він не дивлячись пішов.", "uk", 1),
        # real negations next to the same words stay
        ("Він не прийшов ні разу.", "uk", 1),
        ("Было не ясно, придет ли он.", "ru", 1),
        ("Він не так сказав.", "uk", 1),
    ],
)
def test_almost_repeatedly_and_recently_deny_nothing(text: str, lang: str, count: int) -> None:
    assert negation_count(text, lang) == count


def test_negation_gain_tells_a_missing_negation_from_one_said_in_other_words(embedder) -> None:
    from toolkit.compare.negation import negation_gain
    from toolkit.flag import Thresholds

    def gain(a: str, lang_a: str, b: str, lang_b: str) -> float | None:
        cues_a, cues_b = negation_cues(a, lang_a), negation_cues(b, lang_b)
        return negation_gain(a, cues_a, b, cues_b, embedder.encode)

    floor = Thresholds().negation_min_gain
    # the other side lacks the negation: deleting it brings the sides together
    assert (
        gain(
            "The mayor agreed to meet the protesters on Monday.",
            "en",
            "Мэр не согласился встретиться с протестующими в понедельник.",
            "ru",
        )
        > floor
    )
    assert (
        gain(
            "Міністр не сказав, що станція безпечна.",
            "uk",
            "The minister said the plant was safe.",
            "en",
        )
        > floor
    )
    # the other side says it in its own words ("refused"): deleting the cue moves away
    assert (
        gain("The company refused to comment.", "en", "В компании не стали комментировать.", "ru")
        < floor
    )
    # equal counts: nothing to weigh
    assert gain("Він не прийшов.", "uk", "He did not come.", "en") is None


def test_cue_deletion_gives_the_gain_and_how_far_the_deletion_moves_its_side(embedder) -> None:
    from toolkit.compare.negation import cue_deletion, negation_gain

    a = "The mayor agreed to meet the protesters on Monday."
    b = "Мэр не согласился встретиться с протестующими в понедельник."
    cues_a, cues_b = negation_cues(a, "en"), negation_cues(b, "ru")
    gain, shift = cue_deletion(a, cues_a, b, cues_b, embedder.encode)
    assert gain == negation_gain(a, cues_a, b, cues_b, embedder.encode)
    # deleting "не" moves the Russian sentence, and towards the English one
    assert 0.0 < shift < 0.2
    assert gain > 0.0
    assert cue_deletion("Він не прийшов.", [], "He did not come.", [], embedder.encode) is None


def test_a_translation_that_says_the_negation_in_other_words_is_no_flip(embedder) -> None:
    """ "stayed up all night" / "не спите всю ніч" (drift-suite calib2 control pair): deleting
    "не" barely moves the Ukrainian sentence, and what it moves goes away from the English."""
    from toolkit.compare.features import compare_texts
    from toolkit.compare.pairs import word_vector_function
    from toolkit.embed.tokens import TokenEmbedder
    from toolkit.flag import Thresholds, find_divergences

    en = (
        "Imagine this, you have stayed up all night to watch the a packed Bellator 206 only "
        "to be denied watching the main event."
    )
    uk = (
        "Уявіть, що ви не спите всю ніч, лише щоб подивитися насичений подіями турнір Bellator "
        "206, і вам відмовляють у можливості переглянути головну подію."
    )
    vectors = embedder.encode([en, uk])
    row = compare_texts(
        en, "en", uk, "uk", similarity=float(vectors[0] @ vectors[1]),
        token_vectors=word_vector_function(TokenEmbedder(embedder)), encode=embedder.encode,
    ).record() | {"kind": "unit", "text_a": en, "text_b": uk}  # fmt: skip
    assert row["negation_gain"] < 0.0 < row["negation_shift"]
    categories = {f.category for f in find_divergences(row)}
    assert "NEGATION_FLIP" not in categories
    # the gain alone (above negation_min_gain) would flag it
    unweighed = Thresholds(negation_min_pull=-1e9)
    assert "NEGATION_FLIP" in {f.category for f in find_divergences(row, unweighed)}


def test_a_gain_below_its_share_of_the_shift_suppresses_the_flag() -> None:
    from toolkit.flag import Thresholds, _negation

    row = {"negation_cues_a": [], "negation_cues_b": ["не"], "negation_flip": True,
           "negation_a": 0, "negation_b": 1}  # fmt: skip
    t = Thresholds()
    # a small loss over a small move: three quarters of the way go away from the other side
    small = row | {"negation_gain": -0.0015, "negation_shift": 0.002}
    assert list(_negation(small, t)) == []
    # two fifths of the way is still a flip the vector barely feels ("came to power" / "не
    # прийшов до влади": -0.0017 over 0.0042, a fresh drift-suite row of session 36)
    two_fifths = row | {"negation_gain": -0.0017, "negation_shift": 0.0042}
    assert [f.category for f in _negation(two_fifths, t)] == ["NEGATION_FLIP"]
    # the same loss over a long move is noise beside it
    long = row | {"negation_gain": -0.001, "negation_shift": 0.05}
    assert [f.category for f in _negation(long, t)] == ["NEGATION_FLIP"]
    # no shift known (features of an older run): the gain floor alone decides
    assert [f.category for f in _negation(row | {"negation_gain": -0.001}, t)] == ["NEGATION_FLIP"]


def test_negation_gain_below_the_floor_suppresses_the_flag() -> None:
    from toolkit.flag import Thresholds, _negation

    row = {"negation_cues_a": [], "negation_cues_b": ["не"], "negation_flip": True,
           "negation_a": 0, "negation_b": 1}  # fmt: skip
    t = Thresholds()
    assert [f.category for f in _negation(row, t)] == ["NEGATION_FLIP"]
    assert [f.category for f in _negation(row | {"negation_gain": 0.02}, t)] == ["NEGATION_FLIP"]
    assert list(_negation(row | {"negation_gain": t.negation_min_gain - 0.01}, t)) == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("uk", "Санкції діятимуть, доки ми не побачимо денуклеаризацію"),
        ("ru", "Санкции будут действовать, пока мы не увидим денуклеаризацию"),
        ("uk", "29 людей пропали без вісті"),
        ("en", "Sanctions must continue without fail"),
    ],
)
def test_until_missing_and_without_fail_deny_nothing(lang: str, text: str) -> None:
    assert negation_count(text, lang) == 0


@pytest.mark.parametrize(
    ("en", "other", "lang"),
    [
        ("The U.S. lacks a formal strategy.", "У США немає формальної стратегії.", "uk"),
        (
            "How long he'll play has yet to be determined.",
            "Скільки він гратиме, ще не вирішено.",
            "uk",
        ),
        ("This allegation is completely false.", "Ці твердження не відповідають дійсності.", "uk"),
        (
            "A spokesman who declined to be named said so.",
            "Представник, який не назвався, сказав це.",
            "ru",
        ),
        ("Clean water is scarce.", "Чистой воды не хватает.", "ru"),
        ("Out-of-form Mickelson benched on Saturday.", "Микельсон не в форме сел на скамью.", "ru"),
        (
            "He rejected the idea that it was fast.",
            "Он не согласен с тем, что это было быстро.",
            "ru",
        ),
        # negation9: avoid, prevent, instead, rather than, refrain
        (
            "He will have to turn his form around to avoid it being an unhappy milestone.",
            "Він має відновити форму, щоб ця подія не стала для нього нещасливою.",
            "uk",
        ),
        (
            "They are working to prevent others from taking their own lives.",
            "Вони працюють, щоб не дати іншим накласти на себе руки.",
            "uk",
        ),
        (
            "She was instead expecting a Filipino.",
            "Они ожидали филиппинку, а не афроамериканку.",
            "ru",
        ),
        ("He chose to walk rather than drive.", "Он решил идти пешком, а не ехать.", "ru"),
        ("Fans should refrain from travelling.", "Фанатам лучше не ехать.", "ru"),
        # negation17: awake, stay up
        ("They had stayed awake until dawn.", "Они не спали до утра.", "ru"),
        ("You have stayed up all night.", "Ви не спите всю ніч.", "uk"),
    ],
)
def test_implicit_negatives_explain_the_other_sides_cue(en: str, other: str, lang: str) -> None:
    from toolkit.compare.features import compare_texts
    from toolkit.flag import Thresholds, _negation

    row = vars(compare_texts(en, "en", other, lang))
    assert row["negation_flip"] is False and row["negation_implicit"]
    assert list(_negation(row, Thresholds())) == []


def test_an_implicit_negative_both_sides_say_explains_no_extra_cue() -> None:
    """negation18: "избегайте" stands for "avoid", which the English says too, so it cannot
    also stand for the English extra "not" (DEMETR calib2, a negation perturbation)."""
    from toolkit.compare.features import compare_texts

    row = vars(
        compare_texts(
            "Запахи привлекают медведей, поэтому избегайте пахучей пищи.",
            "ru",
            "Bears are not attracted to smells, so avoid smelly foods.",
            "en",
        )
    )
    assert row["negation_implicit"] == [] and row["negation_flip"] is True
    alone = vars(
        compare_texts(
            "Запахи привлекают медведей, поэтому избегайте пахучей пищи.",
            "ru",
            "Bears are attracted to smells, so do not carry smelly foods.",
            "en",
        )
    )
    assert alone["negation_implicit"] == ["избегайте"] and alone["negation_flip"] is False


def test_an_implicit_negative_does_not_hide_a_second_cue() -> None:
    from toolkit.compare.features import compare_texts

    row = vars(
        compare_texts("The U.S. lacks a strategy.", "en", "У США немає і не буде стратегії.", "uk")
    )
    assert row["negation_implicit"] == [] and row["negation_a"] == 0 and row["negation_b"] == 2


@pytest.mark.parametrize(
    ("lang", "text", "count"),
    [
        ("ru", "Пока не известно, кто победит", 1),
        ("uk", "Ми поки не знаємо", 1),
        ("uk", "Поки що не відомо", 1),
        ("ru", "Помощи не будет до тех пор, пока между ними не будет соглашения", 1),
        ("ru", "Пока мы не увидим результат, санкции останутся", 0),
    ],
)
def test_until_counts_nothing_but_not_yet_counts(lang: str, text: str, count: int) -> None:
    assert negation_count(text, lang) == count


def test_prevent_explains_one_missing_cue_only() -> None:
    """An implicit negative stands for one missing cue: against two extra cues on the other
    side it explains nothing (the even difference is left to the flag stage)."""
    from toolkit.compare.features import compare_texts

    row = vars(
        compare_texts(
            "They work to prevent suicide.", "en", "Вони не працюють, щоб не дати це зробити.", "uk"
        )
    )
    assert row["negation_implicit"] == [] and row["negation_flip"] is False
    assert row["negation_a"] == 0 and row["negation_b"] == 2


def test_landlocked_is_implicit_but_ne_words_are_not() -> None:
    from toolkit.compare.negation import implicit_negatives

    assert implicit_negatives("Landlocked Bolivia", "en") == ["Landlocked"]
    # DEMETR calib: "имеются небольшие различия" against "do not adhere": a real flip
    assert implicit_negatives("Неудивительно, что имеются небольшие различия.", "ru") == []


@pytest.mark.parametrize(
    ("text", "lang", "word"),
    [
        ("Вони прагнуть уникнення зайвих витрат.", "uk", "уникнення"),
        ("Він уникне покарання.", "uk", "уникне"),
        ("Вони уникають журналістів.", "uk", "уникають"),
        ("Они стремятся к избежанию лишних расходов.", "ru", "избежанию"),
    ],
)
def test_avoid_is_implicit_in_every_form(text: str, lang: str, word: str) -> None:
    from toolkit.compare.negation import implicit_negatives

    assert implicit_negatives(text, lang) == [word]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Не исключается риск паводков.", "ru", True),
        ("Я не перестаю бояться.", "ru", True),
        ("Вони не заперечують, що були там.", "uk", True),
        ("The police did not rule out arson.", "en", True),
        ("He has not even stopped.", "en", True),
        ("I do not doubt it.", "en", True),  # "no doubt" counts no cue (negation13)
        ("The police did not rule on it.", "en", False),
        ("Мы не исключили бы, что он не приедет.", "ru", True),
        ("Він не прийшов.", "uk", False),
    ],
)
def test_litotes_reads_the_word_a_cue_negates(text: str, lang: str, expected: bool) -> None:
    from toolkit.compare.negation import litotes

    assert litotes(text, lang, negation_cues(text, lang)[0]) is expected


def test_prefixed_negatives_need_a_describing_word_after_the_prefix() -> None:
    from toolkit.compare.negation import prefixed_negatives

    def words(text: str, lang: str) -> list[str]:
        return [text[a:b] for a, b in prefixed_negatives(text, lang)]

    en = "It is unknown, impossible and illegal; they discovered the unit and invested income."
    assert words(en, "en") == ["unknown", "impossible", "illegal"]
    assert words("Неизвестно, будет ли неделя незаконной.", "ru") == ["Неизвестно", "незаконной"]
    assert words("Невідомо, чи та невеста неможлива.", "uk") == ["Невідомо", "неможлива"]


@pytest.mark.parametrize(
    ("en", "other", "lang"),
    [
        ("Flash flooding is possible.", "Не исключается риск паводков.", "ru"),
        ("I continually worry about it.", "Я не перестаю бояться этого.", "ru"),
        ("Evacuees still need food.", "Евакуйованим досі не вистачає їжі.", "uk"),
        ("They are open to it.", "Они не возражают против этого.", "ru"),
        # negation22 (the negation probe of session 33): a negated "violate" says "keep"
        ("He kept his promise.", "Він не порушив обіцянки.", "uk"),
        ("The ceasefire held.", "Перемирие не нарушалось.", "ru"),
    ],
)
def test_litotes_explain_the_cue_without_token_vectors(en: str, other: str, lang: str) -> None:
    from toolkit.compare.features import compare_texts
    from toolkit.flag import Thresholds, _negation

    row = vars(compare_texts(en, "en", other, lang))
    assert row["negation_flip"] is False and row["negation_implicit"]
    assert list(_negation(row, Thresholds())) == []


def test_a_denying_word_on_the_other_side_keeps_the_flip() -> None:
    """ "ruled out" against "не исключила" says the opposite: no litotes explains it."""
    from toolkit.compare.features import compare_texts

    row = vars(
        compare_texts("The police ruled out arson.", "en", "Полиция не исключила поджог.", "ru")
    )
    assert row["negation_flip"] is True and row["negation_implicit"] == []
    same = vars(
        compare_texts("Police did not rule out arson.", "en", "Полиция не исключила поджог.", "ru")
    )
    assert same["negation_flip"] is False


def test_a_negative_prefix_explains_the_cue_only_where_the_words_correspond(embedder) -> None:
    """With token vectors: "not surprising" / "Неудивительно" and "не відомо" / "unknown" are
    no flip; "not expected" beside "небольшие" is (the prefixed word stands elsewhere)."""
    from toolkit.compare.features import compare_texts
    from toolkit.compare.words import pooled
    from toolkit.embed.tokens import TokenEmbedder

    tokens = pooled(TokenEmbedder(embedder))

    def row(en: str, other: str, lang: str) -> dict:
        return vars(compare_texts(en, "en", other, lang, token_vectors=tokens))

    surprising = row(
        "It's not surprising that the district is seeing a flood of cash.",
        "Неудивительно, что округ получает поток наличности.",
        "ru",
    )
    assert surprising["negation_flip"] is False
    assert surprising["negation_implicit"] == ["not surprising"]
    unknown = row("It is unknown how many people died.", "Не відомо, скільки людей загинуло.", "uk")
    assert unknown["negation_flip"] is False and unknown["negation_implicit"] == ["Не відомо"]
    rains = row(
        "Light rains are not expected on Sunday.", "В воскресенье ожидаются небольшие дожди.", "ru"
    )
    assert rains["negation_flip"] is True
    # negation13: a Ukrainian or Russian prefixed word needs one best match either way, and
    # an article stands between the cue and its word
    suitable = row(
        "That content was not suitable, so they switched to children's programming.",
        "Цей контент був невідповідним, тож вони пустили дитячу передачу.",
        "uk",
    )
    assert suitable["negation_flip"] is False and suitable["negation_implicit"] == ["not suitable"]
    easy = row("It is not an easy task to get there.", "Вывести его туда — непростая задача.", "ru")
    assert easy["negation_flip"] is False and easy["negation_implicit"] == ["not easy"]
    # English un- also makes verbs: there the two words must be each other's best match
    unseat = row(
        "A candidate who is not running to unseat Waters spoke.",
        "Кандидат, який балотується, щоб зайняти місце Вотерс, висловився.",
        "uk",
    )
    assert unseat["negation_flip"] is True
    # negation16: among each other's two nearest words is enough ("not guilty" / "невинним")
    guilty = row(
        'He appeared in court Saturday, where he declared himself "not guilty, for sure" when '
        "asked his plea, reported the network.",
        'Він постав перед судом у суботу, де оголосив себе "невинним", коли його запитали, чи '
        "визнає він свою провину, повідомляють у мережі.",
        "uk",
    )
    assert guilty["negation_flip"] is False and guilty["negation_implicit"] == ["not guilty"]
    # without token vectors a prefix explains nothing
    assert vars(compare_texts("It is unknown.", "en", "Не відомо.", "uk"))["negation_flip"] is True


@pytest.mark.parametrize(
    ("uk", "ru"),
    [
        # negation12: the Ukrainian and Russian equivalents of the English implicit negatives
        ("Ці твердження не відповідають дійсності.", "Это утверждение является ложным."),
        ("Він не захотів коментувати.", "Он отказался от комментариев."),
        ("Щоб не дати іншим це зробити.", "Чтобы предотвратить это."),
        ("Вони пішли пішки, а не поїхали.", "Они пошли пешком вместо того, чтобы ехать."),
        # negation17: lost the ability = unable ("не може ходити")
        ("Він не може ходити.", "Он утратил способность ходить."),
        ("Він не може ходити.", "Он лишился возможности ходить."),
        ("Він не може ходити.", "Он утратил возможность ходить."),
    ],
)
def test_slavic_implicit_negatives_explain_the_other_translations_cue(uk: str, ru: str) -> None:
    from toolkit.compare.features import compare_texts

    row = vars(compare_texts(uk, "uk", ru, "ru"))
    assert row["negation_a"] == 1 and row["negation_b"] == 0
    assert row["negation_flip"] is False and row["negation_implicit"]


@pytest.mark.parametrize(
    ("lang", "text", "found"),
    [
        ("uk", "Він утратив можливість ходити.", ["утратив можливість"]),
        ("uk", "Він втратив здатність говорити.", ["втратив здатність"]),
        ("uk", "Він утратив гаманець.", []),
        ("ru", "Он утратил доверие.", []),
    ],
)
def test_lost_the_ability_is_an_implicit_negative(lang: str, text: str, found: list) -> None:
    from toolkit.compare.negation import implicit_negatives

    assert implicit_negatives(text, lang) == found


@pytest.mark.parametrize(
    ("lang", "text", "found"),
    [
        ("en", "Homes bought by non-UK residents", ["non-UK"]),
        ("en", "un-American activity and unknown risks", ["un-American", "unknown"]),
        ("ru", "Он заявил о своей невиновности", ["невиновности"]),
        ("uk", "Незалежність країни", ["Незалежність"]),
        ("ru", "Прошла неделя, приехала невеста", []),
    ],
)
def test_hyphenated_prefixes_and_nouns_of_quality_are_prefixed(
    lang: str, text: str, found: list
) -> None:
    """negation17: "non-UK" (two words to the word pattern) and nouns in -ость / -ість."""
    from toolkit.compare.negation import prefixed_negatives

    assert [text[a:b] for a, b in prefixed_negatives(text, lang)] == found


def test_a_bound_is_no_pole_of_an_antonym_pair() -> None:
    """negation17: "не менее 10" (at least 10) against "more than 10" opposes nothing; "менее
    10" (fewer than 10) still does."""
    from toolkit.compare.negation import antonym_pairs

    assert antonym_pairs("Погибли не менее 10 человек", "ru", "More than 10 died", "en") == []
    pairs = antonym_pairs("Погибли менее 10 человек", "ru", "More than 10 died", "en")
    assert [(p.word_a, p.word_b) for p in pairs] == [("менее", "More")]


def test_a_removed_cue_before_deviate_is_still_a_flip() -> None:
    """ "відхилятися" (to deviate) is no implicit negative though "відхилити" (to reject)
    would be: a negation removed before it stays a flip."""
    from toolkit.compare.features import compare_texts

    row = vars(
        compare_texts(
            "The plan did not deviate from the course.", "en", "План відхилявся від курсу.", "uk"
        )
    )
    assert row["negation_flip"] is True and row["negation_implicit"] == []


@pytest.mark.parametrize(
    ("text", "lang", "count"),
    [
        # negation13: alternatives, idioms and outcries that deny nothing
        ("Whether or not Trump will fire him has fuelled gossip.", "en", 0),
        ("Nobody knows whether they like it or not.", "en", 1),  # "Nobody" still counts
        ("He asked if the vote would pass or not.", "en", 0),
        ("Он не знает, придет он или нет", "ru", 1),  # "не знает" counts, "или нет" not
        ("Чи знає він чи ні.", "uk", 0),
        ("Нет денег или нет времени.", "ru", 2),  # "или нет" mid-clause is a negation
        ("He made do with or without a hyphen.", "en", 0),
        ("Он писал имя с дефисом и без, прописными буквами.", "ru", 0),
        ("Угода без гарантій, кажуть вони.", "uk", 1),
        ("He went without food.", "en", 1),
        ("It wasn't until he died that I knew.", "en", 0),
        ("He did not leave.", "en", 1),
        ("In what would no doubt be the finale.", "en", 0),
        ("Without a doubt he won.", "en", 0),
        ("There is no money.", "en", 1),
        ("Этот шаг сведет на нет результаты.", "ru", 0),
        ("Нет результатов.", "ru", 1),
        ("Какими бы ни были интересы вашего ребенка.", "ru", 0),
        ("Якого б не було результату, ми раді.", "uk", 0),
        ('"No, no, no, no , no.', "en", 1),
        ("Нет, нет, нет!", "ru", 1),
        ("There is no money or no time.", "en", 2),  # two refusals, words between
    ],
)
def test_alternatives_idioms_and_outcries(text: str, lang: str, count: int) -> None:
    assert negation_count(text, lang) == count


@pytest.mark.parametrize(
    ("text", "lang", "found"),
    [
        ("With head coach Holt still to taste defeat.", "en", ["still to"]),
        ("She boarded the plane, oblivious to the ordeal.", "en", ["oblivious"]),
        ("Their style has scarcely changed.", "en", ["scarcely"]),
        ("У Пхеньяні втрималися від публічних коментарів.", "uk", ["втрималися"]),
        ("В Пхеньяне воздержались от комментариев.", "ru", ["воздержались"]),
        ("He said it again.", "en", []),
    ],
)
def test_more_implicit_negatives(text: str, lang: str, found: list[str]) -> None:
    from toolkit.compare.negation import implicit_negatives

    assert implicit_negatives(text, lang) == found


@pytest.mark.parametrize(
    ("en", "other", "lang", "flip"),
    [
        # litotes: "not the first", "not the last", "not the only" say something positive
        ("Kanye is one of a number of rappers to change their name.",
         "Канье не первый рэппер, решивший сменить имя.", "ru", False),
        ("As a senior in the field, I have a burden.",
         "В этом спорте я не последний человек.", "ru", False),
        ("It is one more crash in the area.", "Це не єдина аварія в районі.", "uk", False),
        ("He was the first to arrive.", "Он пришёл не первым, а вторым.", "ru", False),
        ("He arrived.", "Он не пришёл.", "ru", True),
    ],
)  # fmt: skip
def test_slavic_litotes_of_order(en: str, other: str, lang: str, flip: bool) -> None:
    from toolkit.compare.features import compare_texts

    assert vars(compare_texts(en, "en", other, lang))["negation_flip"] is flip


@pytest.mark.parametrize(
    ("en", "uk", "antonyms", "flip", "explained"),
    [
        # negation13: a negated pole says the other pole ("denied" / "не підтвердив")
        ("Rosenstein denied the report.", "Розенштейн не підтвердив цю інформацію.", [], False,
         ["не підтвердив"]),
        ("Rosenstein did not deny the report.", "Розенштейн підтвердив цю інформацію.", [],
         False, ["not deny"]),
        ("Rosenstein denied the report.", "Розенштейн підтвердив цю інформацію.",
         ["confirm_deny:denied/підтвердив"], False, []),
        ("Rosenstein confirmed the report.", "Розенштейн не підтвердив цю інформацію.", [],
         True, []),
    ],
)  # fmt: skip
def test_a_negated_antonym_says_the_other_pole(
    en: str, uk: str, antonyms: list[str], flip: bool, explained: list[str]
) -> None:
    from toolkit.compare.features import compare_texts

    row = vars(compare_texts(en, "en", uk, "uk"))
    assert (row["antonyms"], row["negation_flip"], row["negation_implicit"]) == (
        antonyms,
        flip,
        explained,
    )


def test_modal_words_count_only_where_they_correspond(embedder) -> None:
    """negation16: with token vectors, as antonyms, a modal pair counts only between words
    that stand in one place: "may be" (how prolonged) against "маємо зробити" (have to
    make, said of the choices) opposes nothing; "could fail" against "мають провалитися"
    does."""
    from toolkit.compare.features import compare_texts
    from toolkit.compare.words import pooled
    from toolkit.embed.tokens import TokenEmbedder

    tokens = pooled(TokenEmbedder(embedder))
    elsewhere = vars(
        compare_texts(
            "There are choices to be made by all of us on both sides of the Atlantic that will "
            "affect how prolonged the struggle may be.",
            "en",
            "Усі ми по обидва боки Атлантики маємо зробити вибір, що визначить тривалість "
            "боротьби.",
            "uk",
            token_vectors=tokens,
        )
    )
    assert elsewhere["modality_flip"] == []
    here = vars(
        compare_texts(
            "The talks could fail next week.", "en", "Переговори мають провалитися наступного "
            "тижня.", "uk", token_vectors=tokens,
        )
    )  # fmt: skip
    assert here["modality_flip"] == ["may_must:could/мають"]


def _alignment(text_a: str, text_b: str, pairs: list[tuple[str, str]]):
    """A word alignment of two texts, pairing the words named in `pairs` (first match)."""
    from toolkit.compare.words import WordAlignment, word_spans

    spans_a, spans_b = word_spans(text_a), word_spans(text_b)
    words_a = [text_a[s:e] for s, e in spans_a]
    words_b = [text_b[s:e] for s, e in spans_b]
    index = tuple((words_a.index(a), words_b.index(b)) for a, b in pairs)
    return WordAlignment(index, (), (), 0, 0, spans_a=tuple(spans_a), spans_b=tuple(spans_b))


MOVED_RU = ("Сейчас люди пишут сообщения на экранах компьютеров, и им никогда не приходится "
            "иметь дело с точилкой.")  # fmt: skip
MOVED_EN = ("Now people don't write messages on computer screens and they have to deal with "
            "a sharpener.")  # fmt: skip
MOVED_PAIRS = [("Сейчас", "Now"), ("люди", "people"), ("пишут", "write"),
               ("сообщения", "messages"), ("экранах", "screens"), ("компьютеров", "computer"),
               ("им", "they"), ("приходится", "have"), ("иметь", "to"), ("дело", "deal"),
               ("точилкой", "sharpener")]  # fmt: skip


def test_a_negation_moved_to_another_word() -> None:
    """negation20: one cue each side, on words whose counterparts the other side leaves far
    from its cue (a DEMETR calib2 negation perturbation)."""
    from toolkit.compare.negation import moved_negations

    cues_ru, cues_en = negation_cues(MOVED_RU, "ru"), negation_cues(MOVED_EN, "en")
    alignment = _alignment(MOVED_RU, MOVED_EN, MOVED_PAIRS)
    moved = moved_negations(MOVED_RU, "ru", cues_ru, MOVED_EN, "en", cues_en, alignment)
    assert moved == ["не приходится", "don't write"]
    # the same negation on the same word, as the translation had it: nothing moved
    kept = ("Now people write messages on computer screens and they never have to deal with "
            "a sharpener.")  # fmt: skip
    kept_alignment = _alignment(MOVED_RU, kept, MOVED_PAIRS)
    cues_kept = negation_cues(kept, "en")
    assert moved_negations(MOVED_RU, "ru", cues_ru, kept, "en", cues_kept, kept_alignment) == []
    # with a window as wide as the sentence, every counterpart is near a cue
    wide = moved_negations(MOVED_RU, "ru", cues_ru, MOVED_EN, "en", cues_en, alignment, window=20)
    assert wide == []


def test_english_no_negates_the_noun_where_russian_negates_the_verb() -> None:
    """ "no reports" / "сообщений не поступало": English "no" takes no part, so no move."""
    from toolkit.compare.negation import moved_negations

    en = "There had been no reports of irregularities by 1 p.m."
    ru = "К 13:00 сообщений о нарушениях не поступало."
    alignment = _alignment(en, ru, [("reports", "сообщений"), ("irregularities", "нарушениях"),
                                    ("been", "поступало")])  # fmt: skip
    cues_en, cues_ru = negation_cues(en, "en"), negation_cues(ru, "ru")
    assert len(cues_en) == len(cues_ru) == 1
    assert moved_negations(en, "en", cues_en, ru, "ru", cues_ru, alignment) == []


def test_no_move_without_cues_or_with_unequal_counts() -> None:
    from toolkit.compare.negation import moved_negations

    alignment = _alignment(MOVED_RU, MOVED_EN, MOVED_PAIRS)
    cues_ru = negation_cues(MOVED_RU, "ru")
    assert moved_negations(MOVED_RU, "ru", cues_ru, MOVED_EN, "en", [], alignment) == []
    assert moved_negations(MOVED_RU, "ru", [], MOVED_EN, "en", [], alignment) == []


def test_a_moved_negation_flags_unless_switched_off() -> None:
    from toolkit.flag import Thresholds, _negation

    row = {"negation_cues_a": ["не"], "negation_cues_b": ["don't"], "negation_flip": False,
           "negation_a": 1, "negation_b": 1}  # fmt: skip
    t = Thresholds()
    assert list(_negation(row, t)) == []  # an older run: no negation_moved column
    assert list(_negation(row | {"negation_moved": []}, t)) == []
    moved = row | {"negation_moved": ["не приходится", "don't write"]}
    found = list(_negation(moved, t))
    assert [(f.category, f.evidence) for f in found] == [
        ("NEGATION_FLIP", "negation moved: не приходится -> don't write")
    ]
    assert found[0].score == t.negation_moved_score
    assert list(_negation(moved, Thresholds(negation_moved=False))) == []


def test_real_model_finds_the_moved_negation(embedder) -> None:
    """The compare stage's word alignment (the default model's token vectors) finds the
    DEMETR calib2 pair's moved negation, and none in the translation it was made from."""
    from toolkit.compare.features import compare_texts
    from toolkit.compare.pairs import word_vector_function
    from toolkit.embed.tokens import TokenEmbedder
    from toolkit.flag import find_divergences

    ru, moved = MOVED_RU, MOVED_EN
    kept = ("Now people write messages on computer screens and they never have to deal with "
            "a sharpener.")  # fmt: skip
    tokens = word_vector_function(TokenEmbedder(embedder))
    rows = {}
    for name, en in (("moved", moved), ("kept", kept)):
        rows[name] = compare_texts(ru, "ru", en, "en", token_vectors=tokens).record() | {
            "kind": "unit", "text_a": ru, "text_b": en,
        }  # fmt: skip
    assert rows["moved"]["negation_moved"] == ["не приходится", "don't write"]
    assert "NEGATION_FLIP" in {f.category for f in find_divergences(rows["moved"])}
    assert rows["kept"]["negation_moved"] == []
    assert "NEGATION_FLIP" not in {f.category for f in find_divergences(rows["kept"])}


@pytest.mark.parametrize(
    ("en", "other", "lang", "flip"),
    [
        # the English side breaks what the other side "did not violate": the opposite
        ("He broke his promise.", "Він не порушив обіцянки.", "uk", True),
        # a negated English "break" is no litotes ("did not break the record" / "побив")
        ("He did not break the world record.", "Він побив світовий рекорд.", "uk", True),
        ("He didn't break his leg.", "Он сломал ногу.", "ru", True),
        # a "break" or "violation" elsewhere does not undo another word's litotes
        ("The talks may break down.", "Не виключено, що переговори зірвуться.", "uk", False),
        ("He did not rule out further violations.", "Він допустив нові порушення.", "uk", False),
        # "порушити справу / питання" is to open a case, raise an issue: no keeping
        ("Prosecutors opened a case.", "Прокуратура не порушила кримінальної справи.", "uk", True),
        ("He raised the issue.", "Він не порушував цього питання.", "uk", True),
    ],
)
def test_violating_words_only_say_keep_where_nothing_else_is_broken(
    en: str, other: str, lang: str, flip: bool
) -> None:
    """negation22, with the cases a review of it found (session 33)."""
    from toolkit.compare.features import compare_texts
    from toolkit.flag import Thresholds, _negation

    row = vars(compare_texts(en, "en", other, lang))
    assert bool(list(_negation(row, Thresholds()))) is flip
