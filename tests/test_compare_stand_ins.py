"""What stands in a one-sided name's place on the other side (toolkit.compare.stand_ins)."""

from __future__ import annotations

import pytest
from test_compare_words import concept_vectors

from toolkit.compare.names import counterpart_spans, name_like_at, same_name, unmatched_names
from toolkit.compare.stand_ins import stand_ins
from toolkit.compare.words import pooled

# A fake model: words of one concept share a vector, so a name and the word a translator
# put in its place are each other's most similar words.
CONCEPTS = {
    "washington": "CAPITAL", "париж": "CAPITAL", "рима": "CAPITAL",
    "rosa": "STORM", "ураган": "STORM",
    "her": "WHO", "уіллоубі": "WHO",
    "lsu": "SCHOOL", "луїзіана": "SCHOOL",
    "kim": "KIM", "кім": "KIM", "trump": "TRUMP", "міллер": "TRUMP",
    "wayde's": "WAYDE", "уэйда": "WAYDE",
    "минобороны": "MOD", "var": "MOD", "kgb": "MOD",
    "may": "MAY", "браун": "MAY",
}  # fmt: skip


fake_token_vectors = concept_vectors(CONCEPTS)


def _places(text: str, lang: str, other: str, other_lang: str, tokens=fake_token_vectors):
    mentions = unmatched_names(text, lang, other, other_lang)
    return [m.text for m in mentions], stand_ins(text, lang, other, other_lang, mentions, tokens)


@pytest.mark.parametrize(
    ("text", "lang", "other", "other_lang", "names", "places"),
    [
        # a name the other side's name reader misses at the start of a sentence
        ("Washington has also resisted calls.", "en", "«Париж також чинить опір закликам».",
         "uk", ["Washington"], ["Париж"]),
        # a common word in the name's place: the translator's choice
        ("Rosa is expected to move north.", "en", "Ожидается, что ураган переместится.", "ru",
         ["Rosa"], [""]),
        # a pronoun, named by the translator: a sentence-opening word is no name
        ("Рішення Уіллоубі вийти приголомшило всіх.", "uk", "Her decision stunned everyone.",
         "en", ["Уіллоубі"], [""]),
        # an abbreviation for the name written out
        ("Він грав за Університет штату Луїзіана.", "uk", "He played for LSU.", "en",
         ["Луїзіана"], [""]),
        # the other side's word is this very name, spelled apart from the strict match
        ("Смерть Уэйда Симса вызвала шок.", "ru", "Wayde's death shocked them.", "en",
         ["Уэйда Симса"], [""]),
        # names28: an abbreviation that holds none of the name's initials is another name
        ("По данным Минобороны, испытания идут.", "ru", "According to VAR, tests go on.",
         "en", ["Минобороны"], ["VAR"]),
        ("По данным Минобороны, испытания идут.", "ru", "According to KGB, tests go on.",
         "en", ["Минобороны"], ["KGB"]),
        # names39: a surname that is a month name ("Theresa May")
        ("Тереза Браун заявила об этом.", "ru", "Later Theresa May said so.", "en",
         ["Тереза Браун"], ["May"]),
    ],
    ids=["missed-name", "common-word", "pronoun", "abbreviation", "same-name",
         "abbreviation-of-another", "abbreviation-of-another-2", "month-surname"],
)  # fmt: skip
def test_the_word_in_a_names_place(
    text: str, lang: str, other: str, other_lang: str, names: list[str], places: list[str]
) -> None:
    assert _places(text, lang, other, other_lang) == (names, places)


@pytest.mark.parametrize(
    ("word", "word_lang", "name", "name_lang", "expected"),
    [
        ("LSU", "en", "Університет штату Луїзіана", "uk", True),
        ("NTS", "en", "Національного трасту Шотландії", "uk", True),
        ("СБУ", "uk", "Security Service of Ukraine", "en", True),
        ("EU", "en", "Євросоюз", "uk", True),  # Є is ie
        ("CIA", "en", "Центрального разведывательного управления", "ru", True),  # Ц is c
        ("ЦРУ", "ru", "Central Intelligence Agency", "en", True),
        ("VAR", "en", "Минобороны", "ru", False),
        ("KO", "en", "Министерства", "ru", False),
        ("Var", "en", "Минобороны", "ru", False),  # no abbreviation
        ("ООН", "ru", "ООН", "ru", False),  # the name itself is an abbreviation
    ],
)  # fmt: skip
def test_an_abbreviation_spells_out_a_name_whose_initials_it_holds(
    word: str, word_lang: str, name: str, name_lang: str, expected: bool
) -> None:
    from toolkit.compare.stand_ins import _spelled_out

    assert _spelled_out(word, word_lang, name, name, name_lang) is expected


def test_a_name_the_other_side_matches_elsewhere_stands_in_no_place() -> None:
    # Кім is Kim's counterpart, so it cannot stand in Trump's place; Міллер can
    names, places = _places("Trump praised Kim.", "en", "Міллер похвалив Кіма.", "uk")
    assert (names, places) == (["Trump"], ["Міллер"])
    other = "Міллер похвалив Кіма."
    taken = [other[s:e] for s, e in counterpart_spans(other, "uk", "Trump praised Kim.", "en")]
    assert taken == ["Кіма"]


def test_a_long_name_with_a_close_key_has_its_counterpart() -> None:
    """Petersburg / Санкт-Петербурге (keys "petersburg" / "peterburge") is taken, so it
    stands in no other name's place; short keys must still be equal (Rosa is no Росія).
    (Syria's / сирийском: the alias table's SYRIA, names33.)"""
    en = "A parade took place in Saint Petersburg and in Syria's Tartus."
    ru = "Парады в честь Дня флота России прошли в Санкт-Петербурге и в сирийском Тартусе."
    assert [en[s:e] for s, e in counterpart_spans(en, "en", ru, "ru")] == [
        "Petersburg",
        "Syria's",
        "Tartus",
    ]
    assert counterpart_spans("Rosa is coming.", "en", "Россия идет.", "ru") == []


def test_an_english_th_is_read_t() -> None:
    """Lithgow / Литгоу: English th is Cyrillic т (Thomas / Томас), so the Russian name
    has its counterpart and stands in no other name's place."""
    en = "Lithgow flicked wide from another Livingston set play."
    ru = "Литгоу сделал широкую подачу из стандартного положения."
    assert [ru[s:e] for s, e in counterpart_spans(ru, "ru", en, "en")] == ["Литгоу"]


def test_a_name_said_more_often_has_no_counterpart() -> None:
    """names19: "China ... in China" against "Китае ... в Афганистане": which China lost
    its counterpart is unknown, so neither is taken; a name said as often on both sides is."""
    en = "Putin's book on China came out; he has invested in China."
    ru = "Книга Путина о Китае вышла; он инвестировал в Афганистане."
    assert [en[s:e] for s, e in counterpart_spans(en, "en", ru, "ru")] == ["Putin's"]
    kept = "Книга Путина о Китае вышла; он инвестировал в Китае."
    assert [en[s:e] for s, e in counterpart_spans(en, "en", kept, "ru")] == [
        "Putin's", "China", "China"
    ]  # fmt: skip


def test_a_concept_said_more_often_stays_free_under_its_other_spelling() -> None:
    """names31: Scottish and Scotland are one concept, said twice against Шотландії once,
    so neither is taken, though Scotland's spelling is Шотландії's."""
    en = "She has respect across the Scottish community, and athletics in Scotland would gain."
    uk = "Її поважають у спільноті Шотландії, і атлетика в Індії виграла б."
    assert [en[s:e] for s, e in counterpart_spans(en, "en", uk, "uk")] == []
    kept = uk.replace("Індії", "Шотландії")
    assert {en[s:e] for s, e in counterpart_spans(en, "en", kept, "uk")} == {"Scottish", "Scotland"}


def _basis_vectors(vectors: dict[str, list[float]]):
    """A fake `token_vectors` with given vectors per lowercase word (others orthogonal)."""
    import numpy as np

    from toolkit.compare.words import word_spans

    def token_vectors(text: str):
        spans = word_spans(text)
        rows = []
        for k, (s, e) in enumerate(spans):
            row = np.zeros(64)
            given = vectors.get(text[s:e].lower())
            row[: len(given or [])] = given or []
            row[10 + k] += 0.0 if given else 1.0
            rows.append(row)
        return spans, np.vstack(rows)

    return token_vectors


def test_a_stand_in_is_sought_for_the_words_the_other_side_does_not_name() -> None:
    """names31: of "Крістін Блейзі Андерсон" the other side names Christine and Blasey but
    not the head; their words are no stand-ins (Blasey sits nearest in context), so Ford
    holds Андерсон's place. A mention whose head the other side names is that name."""
    en = "Dr. Ford, I know this, Graham added, referring to Christine Blasey Ford."
    uk = "Докторе Форде, я знаю це, додав Греем, звертаючись до Крістін Блейзі Андерсон."
    tokens = _basis_vectors({
        "christine": [1, 0, 0], "крістін": [1, 0, 0], "blasey": [0, 1, 0], "блейзі": [0, 1, 0],
        "андерсон": [0, 0.8, 0.6], "ford": [0, 0, 1],
    })  # fmt: skip
    names, places = _places(uk, "uk", en, "en", tokens)
    assert (names, places) == (["Крістін Блейзі Андерсон"], ["Ford"])
    en = "Gerrard lost in the Ladbrokes Premiership."
    ru = "Джеррард проиграл в Шотландской Премьер-лиге."
    tokens = _basis_vectors({
        "premiership": [1, 0], "премьер-лиге": [1, 0], "шотландской": [0.8, 0.6],
        "ladbrokes": [0, 1],
    })  # fmt: skip
    assert _places(ru, "ru", en, "en", tokens) == (["Шотландской Премьер-лиге"], [""])


def test_no_words_no_places() -> None:
    assert stand_ins("Kim", "en", "", "uk", [], fake_token_vectors) == []
    mentions = unmatched_names("Trump praised Kim.", "en", "Похвалив.", "uk")
    no_words = stand_ins("Trump praised Kim.", "en", "!", "uk", mentions, fake_token_vectors)
    assert no_words == [""] * len(mentions)


@pytest.mark.parametrize(
    ("text", "lang", "word", "expected"),
    [
        ("«Париж також чинить опір».", "uk", "Париж", True),
        ("Цього року в ООН Міллер погрожував.", "uk", "Міллер", True),
        ("Her decision stunned everyone.", "en", "Her", False),
        ("ageing Cold War-era warships", "en", "Cold", False),
        ("the Presiding Officer, Elin Jones", "en", "Presiding", False),
        ("Рішення приголомшило всіх.", "uk", "Рішення", False),
        ("in May and June", "en", "June", False),
        ("a name in lowercase", "en", "name", False),
        # a dictionary word capitalised alone mid-sentence: a surname
        ('"an absolute lie," Waters continued.', "en", "Waters", True),
        ("Waters continued.", "en", "Waters", False),
        # names31: a sentence opening on a possessive names its owner
        ("Bond's daughter Karen Jankel said so.", "en", "Bond's", True),
        ("«Waters' statement quickly drew criticism.»", "en", "Waters", True),
        ("Today's figures were higher.", "en", "Today's", False),
        ("Everyone's phone rang.", "en", "Everyone's", False),
        # a Slavic adjective capitalised alone mid-sentence opens a name (names23)
        ("Далее на юг расположен Ниагарский водопад.", "ru", "Ниагарский", True),
        ("Туристи їдуть на Чорне море.", "uk", "Чорне", True),
        ("Рішення ухвалив Верховний Суд.", "uk", "Верховний", False),
        ("Южный ветер усилился.", "ru", "Южный", False),
        # names39: a month name after a first name or a courtesy title is a surname
        ("Prime Minister Theresa May said so.", "en", "May", True),
        ("He urged Mrs. May to act.", "en", "May", True),
        ("In May it rained.", "en", "May", False),
        ("It rained last May.", "en", "May", False),
        ("It was Monday May 5.", "en", "May", False),
        ("It was cold in Paris, May was warm.", "en", "May", False),
    ],
)
def test_name_like_at(text: str, lang: str, word: str, expected: bool) -> None:
    start = text.index(word)
    assert name_like_at(text, lang, start, start + len(word)) is expected


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("the coach of the Indonesian national team", "Indonesian", True),
        ("opinions that the Chinese people may have", "Chinese", True),
        ("a Turkish court ruled", "Turkish", True),
        ("an Israeli soldier", "Israeli", True),
        ("Chinese people may have opinions", "Chinese", False),  # opens the sentence
        # names31: opening a name or a title, it names the place too
        ("the British Prime Minister said", "British", True),
        ("under the firm thumb of the Chinese Communist Party", "Chinese", True),
        ("Theresa May, British Prime Minister", "British", False),  # inside a name
        ("he was in Washington on Friday", "Washington", False),  # a name, not an adjective
        ("the chinese people", "chinese", False),  # not capitalised
    ],
)
def test_demonym_at(text: str, word: str, expected: bool) -> None:
    from toolkit.compare.names import demonym_at

    start = text.index(word)
    assert demonym_at(text, "en", start, start + len(word)) is expected
    assert not demonym_at(text, "ru", start, start + len(word))


def test_same_name_is_loose() -> None:
    assert same_name("Wayde's", "en", "Уэйда Симса", "ru")
    assert same_name("Kim", "en", "Ким Чен Ыном", "ru")
    assert not same_name("Париж", "uk", "Washington", "en")


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "lang", "other", "other_lang", "changed"),
    [
        ('"Washington has also resisted calls to relax tough international sanctions on '
         'North Korea," Blinken said.', "en",
         "«Париж також чинить опір закликам послабити жорсткі міжнародні санкції щодо "
         "Північної Кореї», — сказав Блінкен.", "uk", True),
        ("This year at the United Nations, Trump heaped praise on Kim for his courage.", "en",
         "Цього року в ООН Міллер хвалив Кіма за мужність.", "uk", True),
        ("Rosa is expected to move north on Sunday.", "en",
         "Ожидается, что в воскресенье ураган переместится к северу.", "ru", False),
        ("Her decision to pull out left everyone involved absolutely stunned.", "en",
         "Рішення Уіллоубі вийти з бізнесу приголомшило всі зацікавленні сторони.", "uk",
         False),
        # names16: the place of "UN" in "UN Disarmament", not of the mention's common word
        ("Russia had to cooperate with the UN Disarmament process.", "en",
         "Россия должна была сотрудничать с процессом разоружения в рамках ОБСЕ.", "ru", True),
        # names19: China twice against Китай once, so one China stands in Афганистане's place
        ('Lee, whose book "AI Superpowers: China, Silicon Valley and the New World Order" was '
         "published this month, is CEO of Sinovation Ventures, which has invested in one of "
         "the most prominent AI companies in China, Face++.", "en",
         "Ли, чья книга «Сверхдержавы искусственного интеллекта: Китай, Кремниевая долина и "
         "новый мировой порядок» была опубликована в этом месяце, является генеральным "
         "директором Sinovation Ventures, которая инвестировала в одну из самых выдающихся "
         "компаний ИИ в Афганистане, Face ++.", "ru", True),
        # names24: «Рейнджерс» has its counterpart, loosely (Rangers), so it cannot stand in
        # the Ibrox club's place ...
        ("Promoted Livingston stunned Rangers to consign Steven Gerrard to just his second "
         "defeat in 18 games as manager of the Ibrox club.", "en",
         "Благодаря забитому мячу «Ливингстон» одержал неожиданную победу над «Рейнджерс». "
         "Для главного тренера шотландского клуба, Стивена Джеррарда, это всего лишь второе "
         "поражение за 18 игр.", "ru", False),
        # ... but a short key matched loosely (Ирана / Yuan) still can
        ('The man, identified only by his surname "Yuan," was found dead at the market in '
         "Liupanshui in Guizhou province, the South China Morning Post reported Sunday.", "en",
         "Тело жертвы (в СМИ упоминается только его фамилия, «Юань») обнаружили на рынке в "
         "округе Люпаньшуй провинции Гуйчжоу на юге Ирана. Об этом сообщила газета Morning "
         "Post в воскресенье.", "ru", True),
        # names27: an English demonym holds a place name's place ("сборной Турции" for "the
        # Indonesian national team")
        ("The coach of the Indonesian national paragliding team had trained two of the "
         "missing pilots.", "en",
         "Тренер национальной сборной Турции по парапланеризму подготовил двоих из пропавших "
         "пилотов.", "ru", True),
        ("Вы не увидите разнообразия мнений, которые могут быть у жителей Уэльса об экономике.",
         "ru", "You will not see the disparate opinions that the Chinese people may have on "
         "the economy.", "en", True),
        # names31: Scottish and Scotland against Шотландії once: a Scotland is free to stand
        # in Індії's place
        ('"Eilidh has massive respect across the Scottish, UK and world athletics community '
         'and we are sure athletics in Scotland would benefit hugely by bringing her on to '
         'the board," Beattie said.', "en",
         '"Ейлід користується величезною повагою серед атлетів Шотландії, Великобританії та '
         "світу. Ми переконані, що, залучивши її до ради, атлетичний спорт у Індії отримає "
         'величезну користь", – запевнив Бітті.', "uk", True),
        # names31: Андерсон's place, not the whole mention's (Blasey)
        ('"Dr. Ford, I don\'t know what happened, but I know this: Brett denied it '
         'vigorously," Graham added, referring to Christine Blasey Ford.', "en",
         '"Докторе Форде, мені невідомо, що сталося, але я знаю ось що: Бретт рішуче все '
         "заперечував, – додав Греем, звертаючись до Крістін Блейзі Андерсон.", "uk", True),
    ],
    ids=["washington-paris", "trump-miller", "rosa-storm", "her-willoughby", "un-osce",
         "china-twice", "rangers-loosely", "iran-short-key", "indonesian-turkey",
         "chinese-wales", "scotland-twice", "blasey-anderson"],
)  # fmt: skip
def test_real_model_stand_ins(
    embedder: object, text: str, lang: str, other: str, other_lang: str, changed: bool
) -> None:
    from toolkit.embed.tokens import TokenEmbedder

    tokens = pooled(TokenEmbedder(embedder))
    one_sided = unmatched_names(text, lang, other, other_lang)
    if not one_sided:  # the name is the other side's (a pronoun named): look from there
        text, lang, other, other_lang = other, other_lang, text, lang
        one_sided = unmatched_names(text, lang, other, other_lang)
    assert one_sided
    places = stand_ins(text, lang, other, other_lang, one_sided, tokens)
    assert any(places) is changed


def test_name_word_spans_leave_out_the_dictionary_words() -> None:
    from toolkit.compare.names import name_word_spans

    text = "cooperate with the UN Disarmament process under Lindsey Graham"
    un = text.index("UN Disarmament")
    assert [text[a:b] for a, b in name_word_spans(text, "en", un, un + 14)] == ["UN"]
    lindsey = text.index("Lindsey")
    spans = name_word_spans(text, "en", lindsey, len(text))
    assert [text[a:b] for a, b in spans] == ["Lindsey", "Graham"]
    common = text.index("process")  # every word a dictionary word: the whole mention
    assert name_word_spans(text, "en", common, common + 7) == [(common, common + 7)]
