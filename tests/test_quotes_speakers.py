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
        ("Зеленського", "uk", "zilinsk"),
        ("Зеленского", "ru", "zilinsk"),
        ("Zelensky", "en", "zilinsk"),
        ("Zelenskyy", "en", "zilinsk"),
        ("Столтенберга", "uk", "stoltinbir"),
        ("Stoltenberg", "en", "stoltinbir"),
        ("Кулеби", "uk", "kulib"),
        ("Kuleba", "en", "kulib"),
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
    assert speakers(text, "uk") == ["milnik", "kovalchuk"]


def test_ru_pronoun_resolves_to_subject() -> None:
    text = "Лидер оппозиции Петр Кравец не согласился: по его словам, «время уходит»."
    assert speakers(text, "ru") == ["kravits"]


def test_continued_quote_inherits_speaker() -> None:
    text = '"We are ready," Kovalchuk said. "The winter will not wait."'
    assert speakers(text, "en") == ["kovalchuk", "kovalchuk"]


def test_unattributed_quote_has_no_speaker() -> None:
    assert speakers("The sign read “closed for winter” all year.", "en") == [None]


def test_sentence_initial_pronoun_is_not_a_name() -> None:
    text = "Ольга Марченко виступила.\n\nВона застерегла від «самолікування антибіотиками»."
    assert speakers(text, "uk") == ["marchink"]


def test_first_name_carries_a_surname_that_is_also_a_word() -> None:
    text = "Госсекретарь США Томас Грант ответил: «Россия знает, — написал он. — Уходите»."
    assert speakers(text, "ru") == ["hrant"]


def test_name_runs_stop_at_paragraph_breaks() -> None:
    text = "«Ідіть», — написав Грант у X.\n\nЗгодом Орлова заявила, що Москва «не проситиме»."
    assert speakers(text, "uk") == ["hrant", "orlov"]


def test_sentence_initial_name_before_an_adverb_and_verb() -> None:
    text = 'Orlova spoke first. Orlova later said Moscow "will not beg".'
    assert speakers(text, "en") == ["orlov"]


@pytest.mark.parametrize(
    ("word", "lang"),
    [
        ("praised", "en"),
        ("dismissed", "en"),
        ("criticised", "en"),
        ("criticizes", "en"),
        ("described", "en"),
        ("vowed", "en"),
        ("quipped", "en"),
        ("boasted", "en"),
        ("tweeted", "en"),
        ("denies", "en"),
        ("conceding", "en"),
        ("похвалив", "uk"),
        ("розкритикувала", "uk"),
        ("стверджує", "uk"),
        ("вказав", "uk"),
        ("пообіцяли", "uk"),
        ("похвалил", "ru"),
        ("отверг", "ru"),
        ("утверждает", "ru"),
        ("указала", "ru"),
        ("поинтересовался", "ru"),
    ],
    ids=lambda v: v if isinstance(v, str) and v.isascii() else None,
)
def test_reporting_verbs_by_lemma(word: str, lang: str) -> None:
    assert reporting_verb(word, lang)


def test_particle_verb_needs_its_particle() -> None:
    assert not reporting_verb("pointed", "en")
    assert speakers('Lena Hrytsai pointed out that "nothing is decided".', "en") == [
        speaker_key("Hrytsai", "en")
    ]
    assert speakers('At one point Lena Hrytsai smiled at "the list".', "en") == [None]


@pytest.mark.parametrize(
    ("text", "lang", "keys"),
    [
        (
            'Borys Lysenko won. His coach, Ivan Tarasenko, called it "a miracle".',
            "en",
            ["tarasink"],
        ),
        (
            "Борис Лисенко переміг. Його тренер, Іван Тарасенко, назвав це «дивом».",
            "uk",
            ["tarasink"],
        ),
        (
            "Борис Лысенко победил. Его тренер, Иван Тарасенко, назвал это «чудом».",
            "ru",
            ["tarasink"],
        ),
        ('Olha Hrytsai spoke first. The mayor, Ivan Tarasenko, said "no".', "en", ["tarasink"]),
        ('"We are ready," Tarasenko told her.', "en", ["tarasink"]),
        ("«Ми готові», — сказав їй Тарасенко.", "uk", ["tarasink"]),
    ],
    ids=["en-possessive", "uk-possessive", "ru-possessive", "en-appositive", "en-obj", "uk-obj"],
)
def test_possessives_and_objects_are_not_speakers(text: str, lang: str, keys: list) -> None:
    assert speakers(text, lang) == keys


@pytest.mark.parametrize(
    ("text", "lang", "key"),
    [
        ('The Kremlin said the plan was "a provocation".', "en", "org:kremlin"),
        ("У Кремлі назвали план «провокацією».", "uk", "org:kremlin"),
        ("В Кремле назвали план «провокацией».", "ru", "org:kremlin"),
        ('The foreign ministry dismissed the report as "fake".', "en", "org:ministry-foreign"),
        ("«Це фейк», — заявили в МЗС.", "uk", "org:ministry-foreign"),
        ("В МИД заявили, что доклад «фальшивка».", "ru", "org:ministry-foreign"),
        ('The Office of the President called it "irresponsible".', "en", "org:office-president"),
        ("В Офісі президента назвали це «безвідповідальним».", "uk", "org:office-president"),
        ("Офис президента назвал это «безответственным».", "ru", "org:office-president"),
    ],
    ids=[
        "en-kremlin",
        "uk-kremlin",
        "ru-kremlin",
        "en-mfa",
        "uk-mfa",
        "ru-mfa",
        "en-op",
        "uk-op",
        "ru-op",
    ],
)
def test_institutions_speak_under_one_key(text: str, lang: str, key: str) -> None:
    assert speakers(text, lang) == [key]


def test_owner_of_an_office_gives_its_key() -> None:
    text = 'President Ivan Tarasenko spoke. Tarasenko\'s office later called the plan "naive".'
    assert speakers(text, "en") == ["org:office-president"]


def test_person_beside_an_institution_speaks() -> None:
    assert speakers("У Кремлі Дмитро Пєсков заявив: «Ні».", "uk") == ["piskov"]
    assert speakers('Kremlin spokesman Dmitry Peskov said "no".', "en") == ["piskov"]
    text = "Официальный представитель МИД Дарья Орлова назвала санкции «бандитизмом»."
    assert speakers(text, "ru") == ["orlov"]


def test_impersonal_plural_verb_takes_the_institution() -> None:
    text = "Парламент ухвалив закон, який, як заявили в Міністерстві освіти, «нічого не змінить»."
    assert speakers(text, "uk") == ["org:ministry-education"]
    text = "Путін і Буш заявили: «Ми домовилися»."
    assert speakers(text, "uk") == ["putin"]


def test_verb_gender_rules_out_a_subject() -> None:
    text = (
        "Ольга Марченко та Іван Мороз зустрілися. Мороз, за якого просила Марченко, сказав: «Так»."
    )
    assert speakers(text, "uk") == ["moroz"]


def test_subject_before_an_earlier_quote_of_the_sentence() -> None:
    text = 'Ivan Moroz called the plan "naive" and warned that "winter is coming".'
    assert speakers(text, "en") == ["moroz", "moroz"]
    text = "Гравець Іван Мороз, який забив «Зорі», сказав, що «команда готова»."
    assert speakers(text, "uk") == [None, "moroz"]


def test_name_after_a_sentence_initial_word() -> None:
    assert speakers('As Moroz put it, "winter is coming".', "en") == ["moroz"]


def test_occupation_refers_back_to_the_named_person() -> None:
    text = "Експерт Іван Мороз виступив у Раді.\n\n«Зима буде важкою», — попередив експерт."
    assert speakers(text, "uk") == ["moroz"]


def test_latin_letter_is_not_a_speaker() -> None:
    text = "«Ми готові», — написав у X міністр Іван Мороз."
    assert speakers(text, "uk") == ["moroz"]


def test_possessor_inside_a_name_run() -> None:
    text = "Речник Мороза Іван Коваль назвав заяву «дивною»."
    assert speakers(text, "uk") == ["koval"]


def test_press_service_speaks() -> None:
    text = 'The ministry\'s press service called the report "false".'
    assert speakers(text, "en") == ["org:press-service"]
    assert speakers("У пресслужбі назвали звіт «неправдивим».", "uk") == ["org:press-service"]


def test_sentence_initial_name_with_an_apposition() -> None:
    text = 'Oksana, a teacher from Lviv, told us: "We are tired."'
    assert speakers(text, "en") == [speaker_key("Oksana", "en")]
    text = "Олена, вчителька зі Львова, розповіла: «Ми втомилися»."
    assert speakers(text, "uk") == [speaker_key("Олена", "uk")]


def test_name_far_after_the_verb() -> None:
    text = "«Так», — говорит заведующая отделением городской клинической больницы Анна Шевчук."
    assert speakers(text, "ru") == ["shivchuk"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ('In the words of Ivan Moroz, it is "a disaster".', "en"),
        ("На думку Івана Мороза, це «катастрофа».", "uk"),
        ("По мнению Ивана Мороза, это «катастрофа».", "ru"),
    ],
    ids=["en-in-the-words-of", "uk-na-dumku", "ru-po-mneniyu"],
)
def test_opinion_phrases_attribute_like_according_to(text: str, lang: str) -> None:
    assert speakers(text, lang) == ["moroz"]


def test_two_word_institution() -> None:
    assert speakers("Білий дім назвав план «реалістичним».", "uk") == ["org:white-house"]
    assert speakers("В Белом доме назвали план «реалистичным».", "ru") == ["org:white-house"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ('Ivan Moroz won gold. "I am tired," the high jumper explained.', "en"),
        ('Ivan Moroz won gold. "I am tired," said the 24-year-old.', "en"),
        ("Іван Мороз виграв золото. «Я втомився», — пояснив стрибун.", "uk"),
        ("Иван Мороз выиграл золото. «Я устал», — объяснил спортсмен.", "ru"),
    ],
    ids=["en-the-noun-verb", "en-verb-the-noun", "uk-noun", "ru-noun"],
)
def test_a_description_refers_back_to_the_named_person(text: str, lang: str) -> None:
    assert speakers(text, lang) == ["moroz"]


def test_nominative_surname_keeps_its_form() -> None:
    assert speaker_key("Делл", "uk") == speaker_key("Dell", "en")


def test_foreign_first_name_gender_does_not_veto_the_verb() -> None:
    text = "«Так», — сказала журналістам радниця Карен Голт."
    assert speakers(text, "uk") == [speaker_key("Голт", "uk")]


def test_title_after_a_modifier_and_office() -> None:
    text = (
        "Ivan Moroz opened the plant. Energy Minister Oleh Koval spoke later. "
        '"Every kettle helps," he said.'
    )
    assert speakers(text, "en") == ["koval"]


def test_clause_goes_on_past_a_name_in_quote_marks() -> None:
    text = "«Ситуація складна», — заявив голова «Укренерго» Іван Мороз."
    frame = extract_quotes(text, "uk", [(0, len(text))], version_id="t.uk")
    assert frame["speaker_key"].to_list() == ["moroz", None]
    assert frame["kind"].to_list() == ["speech", "title"]


def test_call_sign_is_a_name() -> None:
    text = 'A soldier with the call sign "Bear" said the Russians "keep coming".'
    frame = extract_quotes(text, "en", [(0, len(text))], version_id="t.en")
    assert frame["kind"].to_list() == ["title", "speech"]


def test_institution_word_in_a_name_is_not_a_person() -> None:
    text = (
        'The Lviv Opera will stage "Carmen" in Ukrainian, director Ivan Moroz said. '
        '"Opera must speak Ukrainian," he added.'
    )
    assert speakers(text, "en") == [None, "moroz"]


def test_later_mention_of_a_surname_that_is_a_word() -> None:
    text = "Сообщил министр Виталий Коваль.\n\nПо словам Коваля, коридор «работает»."
    assert speakers(text, "ru") == ["koval"]


def test_description_with_a_numeric_adjective() -> None:
    text = "Іван Мороз переміг.\n\n«Я втомився», — сказав 38-річний боксер журналістам."
    assert speakers(text, "uk") == ["moroz"]


def test_a_role_noun_followed_by_a_name_is_not_a_description() -> None:
    text = "Іван Мороз виступив.\n\n«Так», — сказав командир бригади полковник Олег Коваль."
    assert speakers(text, "uk") == ["koval"]


def test_a_plural_noun_opening_a_sentence_is_not_a_speaker() -> None:
    assert speakers('Ecologists warned that the lake could become "a desert".', "en") == [None]
    assert speakers('Critics say the plan is "a disaster".', "en") == [None]
    named = 'Senator Bernie Sanders spoke first. Sanders said: "No deal."'
    assert speakers(named, "en") == ["sandirs"]
    assert speakers('Harris said the plan is "a disaster".', "en") == ["haris"]


def test_clarify_reports_speech() -> None:
    text = 'His deputy, Svitlana Bedrega, later clarified that works would start "in spring".'
    assert speakers(text, "en") == [speaker_key("Bedrega", "en")]
    assert reporting_verb("clarified", "en")
    assert reporting_verb("роз'яснив", "uk")
    assert reporting_verb("разъяснила", "ru")


@pytest.mark.parametrize(
    ("a", "lang_a", "b", "lang_b"),
    [
        ("Труханов", "ru", "Trukhanov", "en"),  # not the plural of a first name Трухан
        ("Дюбуа", "ru", "Dubois", "en"),  # French oi = уа, Дю = Du
        ("Делакруа", "uk", "Delacroix", "en"),
        ("Любов", "uk", "Liubov", "en"),
    ],
)
def test_speaker_keys_agree_across_spellings(a: str, lang_a: str, b: str, lang_b: str) -> None:
    assert speaker_key(a, lang_a) == speaker_key(b, lang_b)


@pytest.mark.parametrize(
    ("lang", "text", "keys"),
    [
        # a name after a preposition is an object; the relative clause has its own subject
        (
            "en",
            'Dynamo drew with Shakhtar in Lviv, a result that coach Ivan Petrenko called "unfair".',
            ["pitrink"],
        ),
        # the first quote's reporting clause is not the second quote's
        (
            "en",
            '"We are ready," Petrenko said, while his rival, Oleh Marchuk, called the deal'
            ' "a bluff".',
            ["pitrink", "marchuk"],
        ),
        # an adjective of nationality is no name; the appositive name between commas speaks
        (
            "en",
            'Kovalenko spoke first, and his Polish counterpart, Jan Nowicki, called it "a step".',
            [speaker_key("Nowicki", "en")],
        ),
        # "по словам" + a role before the name
        (
            "ru",
            "По словам пресс-секретаря министерства Ирины Коваль, решение «окончательное».",
            ["koval"],
        ),
        # an unnamed source is nobody, not the last person named
        (
            "uk",
            "Міністр Іван Петренко підтвердив рішення.\n\n— Ми готові, — сказав співробітник"
            " відомства, який попросив не називати його імені.",
            [None],
        ),
        # the author's own words in quote marks do not continue the last speaker's
        (
            "uk",
            "«Ми готові», — сказав Петренко. Багато хто досі вірить у «швидку перемогу».",
            ["pitrink", None],
        ),
        # the interviewer's question does not continue the coach's words
        (
            "uk",
            "Тренер Іван Петренко назвав гру «важкою».\n\n— Ви задоволені?\n\n"
            "— Так, — відповів Петренко.",
            ["pitrink", None, "pitrink"],
        ),
        # institutions: a compound, over an adjective, after "по данным", unqualified
        ("uk", "У державній енергокомпанії заявили, що світло дадуть «до ранку».", ["org:company"]),
        (
            "ru",
            "По данным государственной энергокомпании, ремонт займет «неделю».",
            ["org:company"],
        ),
        (
            "en",
            'According to the state energy company, power will be back "by morning".',
            ["org:company"],
        ),
        ("en", 'The prosecutor\'s office called the ruling "a victory".', ["org:prosecutors"]),
        # a name in quote marks does not cut the clause of the next quote
        ("en", 'The Kremlin said the so-called "Green Plan" was "dead".', [None, "org:kremlin"]),
    ],
)
def test_reporting_clause_grammar(lang: str, text: str, keys: list[str | None]) -> None:
    assert speakers(text, lang) == keys


@pytest.mark.parametrize(
    ("lang", "text", "kinds"),
    [
        # "so-called": someone's word held at a distance, not a name (nobody's speech)
        ("en", 'The Kremlin said the so-called "Green Plan" was "dead".', ["speech", "speech"]),
        ("uk", "Уряд схвалив так звану «зелену угоду».", ["speech"]),
        ("uk", "Він написав колонку для «Дзеркала тижня».", ["title"]),
        ("en", 'The plan, which officials call "Clean Sky", starts in May.', ["title"]),
        ("uk", "Фанати скандували «Київ — це Європа».", ["speech"]),
    ],
)
def test_names_in_quote_marks(lang: str, text: str, kinds: list[str]) -> None:
    frame = extract_quotes(text, lang, [(0, len(text))], version_id=f"t.{lang}")
    assert frame["kind"].to_list() == kinds


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            'Fisherman Ivan Kondratov bought a new engine in May. "Now I will pay for an '
            'engine that sits in the harbour," he said.\n\nA buyer, speaking on condition of '
            'anonymity, predicted that prices would rise. "When the legal catch disappears, '
            'the illegal one does not," he said.\n\nA neighbour, who declined to give her '
            'name, heard the crash. "I thought it was shelling," she said.',
        ),
        (
            "uk",
            "Рибалка Іван Кондратов купив новий мотор у травні. «Тепер я платитиму за мотор, "
            "який стоїть у гавані», — сказав він.\n\nОдин із покупців, який попросив не "
            "називати його імені, прогнозує зростання цін. «Коли зникає легальний вилов, "
            "нелегальний нікуди не дівається», — сказав він.\n\nСусідка, яка не назвала свого "
            "імені, почула гуркіт. «Я подумала, що це обстріл», — сказала вона.",
        ),
        (
            "ru",
            "Рыбак Иван Кондратов купил новый мотор в мае. «Теперь я буду платить за мотор, "
            "который стоит в гавани», — сказал он.\n\nОдин из покупателей, попросивший не "
            "называть его имени, прогнозирует рост цен. «Когда исчезает легальный улов, "
            "нелегальный никуда не девается», — сказал он.\n\nСоседка, которая не назвала "
            "своего имени, услышала грохот. «Я подумала, что это обстрел», — сказала она.",
        ),
    ],
)
def test_a_pronoun_after_an_unnamed_source_is_not_the_person_named_before(
    lang: str, text: str
) -> None:
    # the unnamed source stands between the named person and the pronoun
    assert speakers(text, lang) == ["kondratov", None, None]


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        (
            'The municipal utility Polissiavodokanal said supply would return "no earlier '
            'than Thursday". "The pipe gave out," Polissiavodokanal added.',
            ["org:company", "org:company"],
        ),
        (
            'Carpathian Wind, the Kyiv-based developer, says the farm "will pay for itself".',
            ["org:company"],
        ),
        (
            "The regional distribution company, Kirovohradoblenergo, said two transformers "
            'failed "almost simultaneously".',
            ["org:company"],
        ),
        # a person next to a company noun stays a person
        ('"We will win," said company founder John Smith.', ["smit"]),
        ('He spoke to the company, Anna Volk said, "for an hour".', ["volk"]),
        ('"At first I thought it was a pipe," excavator operator Petro Kovtun said.', ["kovtun"]),
        # an unnamed person at a company is nobody, not the company
        (
            "A manager at a Kyiv pharmaceutical distributor, who declined to be named, said "
            'the vaccines had spent "nineteen hours in a truck".',
            [None],
        ),
    ],
)
def test_a_name_a_company_noun_stands_next_to_is_the_company(
    text: str, keys: list[str | None]
) -> None:
    assert speakers(text, "en") == keys


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "The mayor asked the Energy Ministry for coal. The ministry confirmed it had the "
            'request. "The application is being considered," it said.',
        ),
        (
            "uk",
            "Мерка попросила Міненерго позичити вугілля.\n\nУ міністерстві підтвердили, що "
            "розглядають звернення «в пріоритетному порядку».",
        ),
        (
            "ru",
            "Мэр обратилась в Министерство энергетики.\n\nВ министерстве подтвердили, что "
            "обращение рассматривается «в приоритетном порядке».",
        ),
    ],
)
def test_the_ministry_is_the_one_named_before_with_its_field(lang: str, text: str) -> None:
    assert speakers(text, lang) == ["org:ministry-energy"]


def test_a_town_after_a_and_before_a_noun_is_no_person() -> None:
    text = (
        'The painting was recognised by Bohdan Lytvyn, a Lviv art historian. "I opened the '
        'PDF at two," he recalled.'
    )
    assert speakers(text, "en") == ["litvin"]


@pytest.mark.parametrize(
    ("lang", "text", "key"),
    [
        (
            "uk",
            "Біля села Стари Ляс двигун, як каже тренер Олег Бондар, «просто перестав дихати».",
            "bondar",
        ),
        (
            "ru",
            "Возле деревни Стары Ляс двигатель, как говорит тренер Олег Бондарь, «просто "
            "перестал дышать».",
            "bondar",
        ),
        # the village, then a woman named by her first name: she is still a person
        ("uk", "Мешканка села Журбин Галина не згодна: «Під контролем? Ні».", "halin"),
    ],
)
def test_a_name_after_a_settlement_noun_is_a_place(lang: str, text: str, key: str) -> None:
    assert speakers(text, lang) == [key]


@pytest.mark.parametrize(
    ("lang", "text", "key"),
    [
        ("en", 'The Odesa city council said that it "respects the court decision".', "org:council"),
        ("uk", "Одеська міська рада в заяві повідомила, що «поважає рішення суду».", "org:council"),
        ("uk", "У міській раді заявили, що «поважають рішення суду».", "org:council"),
        ("ru", "Одесский городской совет заявил, что «уважает решение суда».", "org:council"),
        # a council in the genitive only says whose deputy speaks
        (
            "uk",
            "Депутат селищної ради Микола Білоус невдоволений: віддали, каже він, «найкращу "
            "землю».",
            "bilous",
        ),
    ],
)
def test_a_town_council_speaks_as_one_institution(lang: str, text: str, key: str) -> None:
    assert speakers(text, lang) == [key]


@pytest.mark.parametrize(
    ("lang", "text", "keys"),
    [
        (
            "en",
            'The Agriculture Ministry said it "shares the concerns". The Ministry of Culture '
            'called it "a loss".',
            ["org:ministry-agriculture", "org:ministry-culture"],
        ),
        (
            "uk",
            "Міністерство аграрної політики заявило, що «поділяє занепокоєння». У Міністерстві "
            "культури назвали це «втратою».",
            ["org:ministry-agriculture", "org:ministry-culture"],
        ),
        (
            "ru",
            "Министерство сельского хозяйства заявило, что «разделяет обеспокоенность». В "
            "Министерстве культуры назвали это «потерей».",
            ["org:ministry-agriculture", "org:ministry-culture"],
        ),
    ],
)
def test_ministries_of_agriculture_and_culture(lang: str, text: str, keys: list[str]) -> None:
    assert speakers(text, lang) == keys


@pytest.mark.parametrize(
    ("lang", "text", "keys"),
    [
        (
            "en",
            'The Civil Aviation Authority said repairs went on "round the clock". The union '
            'called the pay "a coupon, not a salary".',
            ["org:authority", "org:union"],
        ),
        (
            "uk",
            "У ДСНС повідомили, що схил «досі рухається». Екологічна інспекція відповість «в "
            "установлений законом строк». Профспілка назвала це «талоном, а не зарплатою».",
            ["org:service", "org:inspectorate", "org:union"],
        ),
        (
            "ru",
            "Ассоциация назвала правило «ударом по перевозчикам». В ГСЧС сообщили, что склон "
            "«продолжает двигаться».",
            ["org:association", "org:service"],
        ),
    ],
)
def test_authorities_services_unions_and_associations_speak(
    lang: str, text: str, keys: list[str]
) -> None:
    assert speakers(text, lang) == keys


def test_an_institution_opening_a_sentence_leaves_its_person_the_subject() -> None:
    text = (
        '"By eight we were on the roof," said Vasyl Popovych.\n\nRescuers from the State '
        "Emergency Service evacuated 37 people, a spokeswoman for the service, Iryna Demko, "
        'said. "Nobody has died," she told reporters.'
    )
    assert speakers(text, "en") == ["popovich", "dimk"]


@pytest.mark.parametrize(
    ("lang", "text", "keys"),
    [
        (
            "en",
            "Headline\n\nVERKHNIA DUBROVA, Zhytomyr region — When the council voted to close "
            'the library, librarian Nadiia Kovalchuk packed the first box. "I thought, better '
            'me than a stranger," she said.\n\nOLENA KOVAL said "no".',
            ["kovalchuk", "koval"],
        ),
        (
            "uk",
            "Заголовок\n\nВЕРХНЯ ДІБРОВА, Житомирщина — Коли рада проголосувала, бібліотекарка "
            "Надія Ковальчук запакувала першу коробку. «Краще я, ніж чужа людина», — сказала "
            "вона.",
            ["kovalchuk"],
        ),
    ],
)
def test_a_dateline_in_capitals_is_no_person(lang: str, text: str, keys: list[str]) -> None:
    assert speakers(text, lang) == keys


def test_the_office_is_the_prosecutors_office_named_before() -> None:
    text = (
        "The regional prosecutor's office has opened a case. Investigators are examining "
        '"possible forgery", the office said. The Ministry of Youth and Sports cited "the '
        'absence of a rank".'
    )
    assert speakers(text, "en")[0] == "org:prosecutors"
    text = 'The Ministry of Youth and Sports said it was "a matter of rank".'
    assert speakers(text, "en") == ["org:ministry-sports"]


def rows(text: str, lang: str) -> list[tuple[str, str | None]]:
    frame = extract_quotes(text, lang, [(0, len(text))], version_id=f"t.{lang}")
    return list(zip(frame["kind"].to_list(), frame["speaker_key"].to_list(), strict=True))


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            'Court blocks sale of park: "The land belongs to the city"\n\nThe court annulled '
            'the sale. "The land belongs to the city, not to a developer," lawyer Taras Bilyk '
            "told reporters.",
        ),
        (
            "uk",
            "Суд зупинив продаж парку: «Земля належить місту»\n\nСуд скасував продаж. «Земля "
            "належить місту, а не забудовнику», — сказав юрист Тарас Білик.",
        ),
        (
            "ru",
            "«Земля принадлежит городу»: суд отменил продажу парка\n\nСуд отменил продажу. "
            "«Земля принадлежит городу, а не застройщику», — сказал юрист Тарас Билык.",
        ),
    ],
)
def test_a_headline_quote_takes_the_speaker_of_the_body_quote_it_repeats(
    lang: str, text: str
) -> None:
    assert rows(text, lang) == [("speech", "bilik"), ("speech", "bilik")]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            '"Panels that exist only on paper": police probe solar subsidies\n\n"We have '
            'panels that exist only on paper," investigator Roman Hlushko said.',
        ),
        (
            "uk",
            "«Виселення під виглядом бухгалтерії»: місто розриває оренду стадіону\n\nЦе "
            "«виселення під виглядом бухгалтерії», — обурюється президент клубу Андрій "
            "Лозинський.",
        ),
    ],
)
def test_a_headline_title_repeated_in_body_speech_is_that_speech(lang: str, text: str) -> None:
    kind, key = rows(text, lang)[0]
    assert kind == "speech"
    assert key == ("hlushk" if lang == "en" else "lozinsk")


def test_a_headline_phrase_not_in_the_body_keeps_its_reading() -> None:
    text = '"Salt Steppe" wins in Lviv\n\nThe drama won the main prize, director Yulia Savchuk said'
    assert rows(text, "en") == [("title", None)]


@pytest.mark.parametrize(
    ("lang", "text", "key"),
    [
        (
            "uk",
            "У Міністерстві енергетики заявили, що ситуація «складна, але контрольована».",
            "org:ministry-energy",
        ),
        (
            "ru",
            "Министерство энергетики направляет генераторы. «Ситуация сложная», — говорится "
            "в сообщении ведомства.",
            "org:ministry-energy",
        ),
        (
            "uk",
            "Служба доріг закрила міст. Підрядник «Карпатмістбуд» обіцяє ремонт. У відомстві "
            "назвали терміни «реалістичними».",
            "org:service",
        ),
    ],
)
def test_the_body_is_the_public_institution_named_before(lang: str, text: str, key: str) -> None:
    assert speakers(text, lang)[-1] == key


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "uk",
            "«Цей фільм про людей», — сказала режисерка Юлія Савчук. Голова журі, польський "
            "критик Адам Вежбицький, назвав фільм «брутально чесним».",
        ),
        (
            "ru",
            "«Этот фильм о людях», — сказала режиссер Юлия Савчук. Председатель жюри, польский "
            "критик Адам Вежбицкий, назвал фильм «жестоко честным».",
        ),
    ],
)
def test_a_role_with_an_appositive_name_is_that_person(lang: str, text: str) -> None:
    assert speakers(text, lang) == ["savchuk", "vizhbitsk"]


def test_a_pronoun_in_a_leading_clause_is_not_the_subject() -> None:
    text = (
        'Coach Serhii Tkachuk was cautious. "We have won nothing yet," he said.\n\nAsked '
        'whether he would stay, Oliinyk smiled. "Why would I leave?" he replied.'
    )
    assert speakers(text, "en") == ["tkachuk", "olinik"]


def test_a_player_is_never_the_coach() -> None:
    text = (
        "«Ми ще нічого не виграли», — сказав головний тренер Сергій Ткачук.\n\nМи запитали "
        "Олійника, чи залишиться він у клубі.\n\n— Навіщо мені йти? — усміхнувся нападник."
    )
    assert speakers(text, "uk") == ["tkachuk", "olinik"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            'The contractor, Karpatmistbud, now says it will finish "no earlier than December".',
        ),
        ("en", 'The promoter Meridian Arts said it hoped to move the concert "to autumn".'),
        ("uk", "Страховик послався на дані метеостанції: там зафіксували «сильний дощ»."),
        ("ru", "Подрядчик пообещал закончить «не раньше декабря»."),
    ],
)
def test_contractors_promoters_and_insurers_are_companies(lang: str, text: str) -> None:
    assert speakers(text, lang) == ["org:company"]


def test_the_festival_speaks() -> None:
    text = '"Audiences came back despite the alerts," the festival said in a statement.'
    assert speakers(text, "en") == ["org:festival"]


def test_social_networks_and_places_after_in_are_no_people() -> None:
    text = (
        "In a letter posted on the theatre's Facebook page, director Larysa Shevchuk quit. "
        '"I will not manage a funeral," she wrote.\n\nThe premiere of a play about a family '
        'in occupied Kherson is cancelled. "It is postponed," the director said.'
    )
    assert speakers(text, "en") == ["shivchuk", "shivchuk"]


def test_a_participle_after_a_comma_is_not_the_reporting_verb() -> None:
    text = (
        "In a letter to the troupe, posted on the theatre's page, Shevchuk wrote that she "
        'could not accept "a budget that pays the bill and nothing else".'
    )
    assert speakers(text, "en") == ["shivchuk"]


def test_a_quote_ending_in_a_nested_question_keeps_its_reporting_clause() -> None:
    text = (
        "Director Tamara Klymchuk cut the ribbon. 'For two years people kept asking me, "
        '"When?"\' she said.'
    )
    assert speakers(text, "en") == ["klimchuk", None]


@pytest.mark.parametrize(
    ("lang", "text", "key"),
    [
        ("en", 'Judge Svitlana Moroz ruled that the demolition was "unlawful".', "moroz"),
        ("uk", "Суддя Світлана Мороз постановила, що знесення було «незаконним».", "moroz"),
    ],
)
def test_a_judge_rules(lang: str, text: str, key: str) -> None:
    assert speakers(text, lang) == [key]


@pytest.mark.parametrize(
    ("lang", "text", "key"),
    [
        (
            "ru",
            "Куратор коллекции Олег Тимощук приехал в село. Мы спросили его, чем ценна "
            "находка.\n\n— Это обычный хондрит.",
            "timoshchuk",
        ),
        (
            "uk",
            "67-річна Валентина Гриценко чекає на МРТ з серпня. Ми запитали, що їй пояснюють у "
            "лікарні.\n\n— Кажуть, що все впирається в папірці.",
            "hritsink",
        ),
    ],
)
def test_a_dialogue_answers_the_person_asked_by_pronoun(lang: str, text: str, key: str) -> None:
    assert speakers(text, lang) == [key]


def test_an_adjective_as_a_noun_describes_the_person_named_before() -> None:
    text = (
        "Ведуча Ганна Марчук провела останній ефір. Сама Марчук на диво не розраховує. "
        "«Сподіваюся, вона мала рацію», — усміхається ведуча."
    )
    assert speakers(text, "uk") == ["marchuk"]


def test_french_eau_is_o() -> None:
    assert speaker_key("Claire Moreau", "en") == speaker_key("Клер Моро", "uk") == "moro"


@pytest.mark.parametrize(
    ("lang", "text", "key"),
    [
        (
            "uk",
            "Фестиваль продав 14 тисяч квитків. «Глядачі повернулися», — ідеться в заяві "
            "фестивалю.",
            "org:festival",
        ),
        (
            "uk",
            "В обласній адміністрації заявили, що вимагають пришвидшити роботи. «Ми розуміємо "
            "обурення людей», — ідеться в заяві.",
            "org:administration",
        ),
        (
            "ru",
            "Пресс-секретарь перевозчика Юлия Герасименко пообещала выплатить зарплату.\n\n"
            "Городская администрация с этим не согласна. «Все субвенции перечислены», — "
            "говорится в ее сообщении.",
            "org:administration",
        ),
    ],
)
def test_a_statement_without_its_owner_is_the_one_named_before(
    lang: str, text: str, key: str
) -> None:
    assert speakers(text, lang)[-1] == key


def test_a_role_in_the_clause_that_interrupts_a_quote_is_resolved() -> None:
    text = (
        'Marta Dolishnia believes the law is on her side. "A teacher is a civil servant," '
        'the lawyer said, "and a citizen."'
    )
    assert speakers(text, "en") == ["dolishni"]


def test_a_role_noun_opening_a_sentence_is_no_name() -> None:
    text = (
        "«Усіх евакуйовано», — сказав речник ВМС капітан Дмитро Плетньов.\n\nКапітан судна, "
        "грек Георгіос Пападакіс, розповів журналістам: «Я ходжу морем тридцять років»."
    )
    assert speakers(text, "uk") == ["plitnov", "papadakis"]


@pytest.mark.parametrize(
    ("lang", "text", "key"),
    [
        (
            "en",
            'The Ministry of Agrarian Policy called it "a priority".',
            "org:ministry-agriculture",
        ),
        ("en", 'The university said it was "looking for partners".', "org:university"),
        ("uk", "В університеті кажуть, що «шукають партнерів».", "org:university"),
        ("ru", "В больнице заявили, что кислорода «хватит на сутки».", "org:hospital"),
    ],
)
def test_universities_hospitals_and_the_agrarian_ministry_speak(
    lang: str, text: str, key: str
) -> None:
    assert speakers(text, lang) == [key]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ru", "По словам источника в больнице, система работала «на старых программах»."),
        (
            "ru",
            "«Расследование далеко не закончено», — сказал источник в прокуратуре, пожелавший "
            "остаться неназванным.",
        ),
        ("en", 'A source at the ministry said the plan was "dead".'),
    ],
)
def test_a_source_at_an_institution_is_not_the_institution(lang: str, text: str) -> None:
    assert speakers(text, lang) == [None]


@pytest.mark.parametrize(
    ("lang", "text", "key"),
    [
        (
            "uk",
            "У фонді, що організовує конкурс, відкинули звинувачення. «Журі голосує таємно», — "
            "заявили там.",
            "org:foundation",
        ),
        (
            "ru",
            "Об этом сообщили в пограничной службе. Там уточнили, что машины проходят «без "
            "задержек».",
            "org:service",
        ),
        (
            "uk",
            "«Черга розтягнулася на 28 кілометрів», — ідеться в повідомленні ДПСУ.",
            "org:service",
        ),
    ],
)
def test_there_is_the_institution_named_before(lang: str, text: str, key: str) -> None:
    assert speakers(text, lang)[-1] == key


def test_a_first_name_and_surname_after_the_town_noun_are_a_person() -> None:
    text = "«Мы просим деньги, — заявила мэр города Елена Гнатюк, — а получаем заплатки»."
    assert speakers(text, "ru") == [speaker_key("Гнатюк", "ru")]


def test_a_clause_ending_its_sentence_belongs_to_the_quote_before() -> None:
    text = '"We started small," said librarian Halyna Oliinyk. "People read more here."'
    assert speakers(text, "en") == [speaker_key("Oliinyk", "en")] * 2


def test_a_place_between_the_and_a_noun_is_no_speaker() -> None:
    text = (
        '"It is the fourth day," said Serhii Pavliuk, a driver from Kovel. Farmers brought '
        'a field kitchen. "People bring soup," the Kovel driver added.'
    )
    assert speaker_key("Kovel", "en") not in speakers(text, "en")


def test_the_person_told_is_not_the_speaker() -> None:
    assert speakers('"I can imagine us becoming allies," Putin told Bush.', "en") == [
        speaker_key("Putin", "en")
    ]
    assert speakers('"We agree," the president told Bush.', "en") == [None]


def test_a_surname_is_no_vocative_of_another_name() -> None:
    # pymorphy3 reads Довгань as the vocative (and genitive plural) of a name Довганя
    assert speaker_key("Иван Довгань", "ru") == speaker_key("Dovhan", "en")


@pytest.mark.parametrize(
    ("lang", "text", "key"),
    [
        ("en", '"The alarm was off," a police spokeswoman said.', "org:police"),
        ("en", '"We expect power by Tuesday," a company spokesman said.', "org:company"),
        ("uk", "«Сигналізацію вимкнули», — сказала речниця поліції.", "org:police"),
        ("ru", "«Сигнализацию отключили», — сказал представитель полиции.", "org:police"),
    ],
)
def test_an_unnamed_spokesperson_speaks_for_the_institution(lang: str, text: str, key: str) -> None:
    assert speakers(text, lang) == [key]


def test_a_spokesperson_named_before_is_that_person() -> None:
    text = (
        "«Москва попереджала», — сказав речник Кремля Олег Сорокін.\n\n"
        "Пізніше речник Кремля додав, що Росія «відповість належним чином»."
    )
    assert speakers(text, "uk") == [speaker_key("Сорокін", "uk")] * 2


@pytest.mark.parametrize(
    ("lang", "text", "key"),
    [
        ("uk", "У Мінінфраструктури відповіли, що «розглянуть» можливість.", "infrastructure"),
        ("ru", "В Мининфраструктуры пообещали «рассмотреть вопрос».", "infrastructure"),
        ("uk", "«Фестиваль відбудеться», — заявили в Мінкульті.", "culture"),
    ],
)
def test_short_ministry_names_speak(lang: str, text: str, key: str) -> None:
    assert speakers(text, lang) == [f"org:ministry-{key}"]


def test_people_in_a_relative_clause_about_the_speaker_are_no_new_speakers() -> None:
    text = (
        '"He is ready," said head coach Oleh Zavadskyi, who gave Kulyk his debut at 17. '
        '"Keeping him another year would have been selfish."'
    )
    assert speakers(text, "en") == [speaker_key("Zavadskyi", "en")] * 2


def test_a_so_called_word_is_nobodys_speech() -> None:
    text = 'Residents were charged for so-called "network losses", the court said.'
    frame = extract_quotes(text, "en", [(0, len(text))], version_id="t.en")
    assert frame.select("kind", "speaker_key").rows() == [("speech", None)]


@pytest.mark.parametrize(
    ("lang", "text", "key"),
    [
        ("ru", "Нападающий Назар Кулик переходит в «Грюнау».\n\n"
               "— Не рано ли? — спросили журналисты тренера Олега Завадского.\n\n"
               "— Он готов, а мы нет, — ответил наставник.", "Завадский"),
        ("ru", "Режиссер Максим Олейник поставил роман Евгения Коваля.\n\nКоваль, "
               "присутствовавший на премьере, был сдержан. «Это другая река», — сказал "
               "писатель.", "Коваль"),
    ],
)  # fmt: skip
def test_mentors_and_writers_are_the_people_named_before(lang: str, text: str, key: str) -> None:
    assert speakers(text, lang)[-1] == speaker_key(key, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("uk", "«Споживача не можна змушувати платити», — ідеться в рішенні суду."),
        ("ru", "Как установил суд, предприятие начисляло дому «потери в сетях». Платить за "
               "«отопление чужого асфальта» потребитель не обязан, говорится в решении."),
    ],
)  # fmt: skip
def test_a_ruling_is_the_courts(lang: str, text: str) -> None:
    assert speakers(text, lang)[-1] == "org:court"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("uk", "У фінансовому управлінні міськради запевнили, що ремонт «відклали»."),
        ("ru", "В финансовом управлении горсовета пояснили, что ремонт «отложен»."),
    ],
)
def test_a_department_speaks(lang: str, text: str) -> None:
    assert speakers(text, lang) == ["org:department"]


@pytest.mark.parametrize(
    ("lang", "text", "last"),
    [
        ("ru", "Депутат Ирина Дацко голосовала против. Одна из матерей рассказала о сыне. "
               "«Бассейн откроется неизвестно когда», — сказала она.", None),
        ("en", '"We lost," said Iryna Datsko. One of the mothers spoke too. '
               '"My son cries," she said.', None),
        ("uk", "Депутатка Ірина Дацко голосувала проти. «Збій не дає відповідей», — обурюється "
               "одна з організаторок протесту Тетяна Савчин.", "Савчин"),
    ],
)  # fmt: skip
def test_one_of_a_group_is_nobody_named(lang: str, text: str, last: str | None) -> None:
    assert speakers(text, lang)[-1] == (last and speaker_key(last, lang))


def test_the_chief_doctor_is_the_one_named_so() -> None:
    text = (
        '"We have the scanner," chief doctor Iryna Melnychuk said. Neurologist Serhii Boiko '
        'said the unit needed six. "A scanner does not read itself," he said. The chief doctor '
        'admitted the problem: "We are offering housing and a bonus."'
    )
    assert speakers(text, "en")[-1] == speaker_key("Melnychuk", "en")


def test_a_role_before_the_name_it_introduces_is_that_name() -> None:
    text = (
        '"We chose them," said Ivan Madsen. The chief doctor of the local hospital, Anatolii '
        'Hrebeniuk, has done the sums. "A day on the generator costs 14,000 hryvnias," he said.'
    )
    assert speakers(text, "en")[-1] == speaker_key("Hrebeniuk", "en")


@pytest.mark.parametrize(
    ("lang", "text", "key"),
    [
        ("ru", "По словам сотрудников, часть вакансий закрывают «бумажными» врачами, но в "
               "пресс-службе больницы это отрицают.", None),
        ("uk", "За словами мешканців, воду «вже тиждень не можна пити», але в управлінні це "
               "заперечують.", None),
        ("ru", "По словам источника в городском совете, коллектор признали «критическим».", None),
        ("uk", "За даними організаторів, продали 14 тисяч квитків. «Глядачі повернулися», — "
               "ідеться в заяві фестивалю.", "org:festival"),
    ],
)  # fmt: skip
def test_an_according_to_phrase_holds_for_its_sentence(lang: str, text: str, key: str) -> None:
    assert speakers(text, lang)[-1] == key


def test_a_role_means_the_holder_of_its_office_however_far_back() -> None:
    text = (
        '"I told the boys the truth," head coach Andrii Pylypenko said. Club president Valerii '
        'Shevchuk blamed the sponsor. "They disappeared," Shevchuk said. "Will you resign?" '
        'one reporter asked. "Why should I?" Shevchuk replied. "He treats the club like his '
        'dacha," said Oleh Marchuk. The federation confirmed a complaint. It warned of '
        'sanctions. For the coach, only the next match matters now. "We play on Sunday," he '
        "said."
    )
    assert speakers(text, "en")[-1] == speaker_key("Pylypenko", "en")


@pytest.mark.parametrize(
    ("lang", "text", "last"),
    [
        ("ru", "Президент клуба Валерий Шевчук обвинил спонсора. «Вы уйдете в отставку?» — "
               "спросил журналист.", None),
        ("uk", "«Це схема», — заявив журналістам заступник керівника прокуратури Андрій Лисенко. "
               "На думку прокурора, вони вступили «на папері, а не за знаннями».", "Лисенко"),
    ],
)  # fmt: skip
def test_the_outlets_journalist_is_nobody_named(lang: str, text: str, last: str | None) -> None:
    assert speakers(text, lang)[-1] == (last and speaker_key(last, lang))


def test_sentence_initial_name_before_relative_who_is_the_speaker() -> None:
    """A capitalised word that is also a common noun ("Kit") opens the sentence; the "who"
    after it marks a person, so the names inside the relative clause are not the speaker."""
    text = (
        "Kit, who recently married his Game of Thrones co-star Rose Leslie, also 31, "
        "admitted he feels 'quite strongly' about addressing the issue."
    )
    assert speakers(text, "en") == [speaker_key("Kit", "en")]
