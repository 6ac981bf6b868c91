"""Quote attribution rules: interviews, institutions, statements, titles, name resolution."""

from __future__ import annotations

import pytest

from toolkit.quotes import extract_quotes, speaker_key


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
            ["livitsk"],
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
        ("uk", "«Рішення остаточне», — цитує пресслужба суду суддю Олену Кравець.", ["kravits"]),
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
            ["marchink"],
        ),
    ],
)
def test_institutions_and_quoting_verbs(lang: str, text: str, keys: list[str | None]) -> None:
    assert speakers(text, lang) == keys


def test_a_preposition_na_before_an_accusative_is_no_institution_speaking() -> None:
    text = "Профспілка посилила тиск на компанію. «Ми не відступимо», — заявив голова Іван Мороз."
    assert speakers(text, "uk") == ["moroz"]


def kinds(text: str, lang: str) -> list[str]:
    frame = extract_quotes(text, lang, [(0, len(text))], version_id=f"t.{lang}")
    return frame["kind"].to_list()


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a title set off by commas after a phrase with a title noun
        ("en", 'He sold an 1890 portrait by Ivan Sokil, "Woman in Blue", to a dealer.', ["title"]),
        ("en", 'Olena Marko, who wrote the book on the flood, "Black Water", says no.', ["title"]),
        # uk/ru: a title noun among the three words before the quotation
        ("uk", "Вона веде подкаст на YouTube-каналі клубу «Вільна гра».", ["title"]),
        ("ru", "Он автор монографии о Сокиле «Женщина в синем».", ["title"]),
        # ... but speech after a title noun and a verb stays speech
        ("uk", "Компанія заявила: «Ми відновимо виробництво».", ["speech"]),
    ],
)
def test_titles_by_their_noun(lang: str, text: str, expected: list[str]) -> None:
    assert kinds(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "keys"),
    [
        # "it said": the institution named before
        (
            "en",
            'The ministry denied the report. The funds were paid "in full", it said.',
            ["org:ministry"],
        ),
        # before the quote, a name after the verb is its object
        ("en", 'Residents call the dam near Lutsk "a paper wall".', [None]),
        ("en", 'Then said Dr Oksana Lys: "We wait."', ["lis"]),
        # an interrupted quote that goes on with "I"
        (
            "en",
            'Coach Ivan Dub smiled. "Two years ago," he admitted, "I would have lost that game."',
            ["dub"],
        ),
        # the press service of the police speaks, not the police
        ("uk", "У пресслужбі поліції повідомили, що «слідство триває».", ["org:press-service"]),
        # a first name alone is the person named in full before
        (
            "uk",
            "Перемогла Марія Кушнір. Ми поговорили з Марією після гри.\n\n— Втомилися?\n\n— Дуже.",
            [None, "kushnir"],
        ),
        # a dialogue line after a sentence that ends with a colon
        ("uk", "Пенсіонер Іван Гук з цим не згоден:\n\n— Я тут живу сорок років.", ["huk"]),
        # a description after a prepositional phrase
        (
            "ru",
            "Победила Анна Руденко.\n\n«Я устала», — призналась после финала теннисистка.",
            ["rudink"],
        ),
        # ОДА: the regional administration
        ("uk", "В ОДА заявили, що кошти виділять «найближчим часом».", ["org:administration"]),
        # an unknown surname after a nominative first name can be the subject
        ("ru", "Фермер Олег Цюпа жалуется на «бумажную рыбу».", ["tsup"]),
        # an institution's name before a role is no person
        (
            "en",
            'Ukrainian Rowing Federation president Ivan Lys called it "a great day".',
            ["lis"],
        ),
    ],
)
def test_more_attribution_rules(lang: str, text: str, keys: list[str | None]) -> None:
    assert speakers(text, lang) == keys


def test_a_female_first_name_ending_in_a_keeps_he_from_her() -> None:
    text = (
        "Her coach, Petro Hai, spoke first. Sixteen-year-old Sofiia Matviienko won. "
        '"We trained at night," he said.'
    )
    assert speakers(text, "en") == ["hi"]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", 'Parents signed a petition titled "Do not close our school".', ["title"]),
        ("en", 'He leads the pilots\' union "Blue Sky".', ["title"]),
        ("en", 'Under the "Warm Home Programme" money follows families.', ["title"]),
        # a capitalised quotation before a sentence-final reporting clause stays a title
        ("en", 'The theatre will stage "Hamlet" in May, its director said.', ["title"]),
    ],
)
def test_more_titles(lang: str, text: str, expected: list[str]) -> None:
    assert kinds(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "keys"),
    [
        ("en", 'The airline said it had cut flights "for safety reasons".', ["org:company"]),
        ("uk", "У пивоварні пояснили, що закриваються «через борги».", ["org:company"]),
        # a fragment, then a reporting clause that ends the sentence after a comma
        (
            "en",
            'Shops must close at "ten sharp, not later" from June, mayor Inna Bilyk said.',
            ["bilik"],
        ),
        # an institution after "до" is the one addressed, not the speaker
        (
            "uk",
            "У пресслужбі лікарні заявили, що звернулися до поліції, щоб «усе перевірити».",
            ["org:press-service"],
        ),
        ("en", 'Asked about his age, Ivan Moroz smiled. "Too old?" he laughed.', ["moroz"]),
        # an interrupted marked quote whose clause has any verb
        (
            "uk",
            "«Вона була голодна, — усміхається ветеринарка Ганна Ліщук. — Тепер спить».",
            ["lishchuk"],
        ),
        # a surname opening a sentence after the full name
        (
            "uk",
            "Прийшла директорка Ганна Островська.\n\n"
            "Островська відповіла, що Ірина втомилася: «Ми відпочинемо».",
            ["ostrovsk"],
        ),
        # a hyphenated place is nobody: the answer goes to the person named before it
        (
            "uk",
            "Ми поговорили з Іриною Марчук в Івано-Франківську.\n\n— Як справи?\n\n— Добре.",
            [None, "marchuk"],
        ),
        # a title inside the according-to phrase
        (
            "ru",
            "По словам главы профсоюза «Синее небо» Ивана Гука, пилоты «очень устали».",
            ["huk"],
        ),
    ],
)
def test_rules_from_the_fourth_blind_split(lang: str, text: str, keys: list[str | None]) -> None:
    assert speakers(text, lang) == keys


@pytest.mark.parametrize(
    ("lang", "text", "keys"),
    [
        ("en", 'In a statement, the firm blamed "a perfect storm" of costs.', ["org:company"]),
        ("en", 'The lender, Dnipro Bank, said the plan "does not add up".', ["org:company"]),
        ("uk", "У заяві компанії йдеться про «важкий рік».", ["org:company"]),
        ("ru", "Банк-кредитор заявил, что открыт «к переговорам».", ["org:company"]),
        (
            "uk",
            "Черга була довгою. «Прийшла по хліб», — сміється студентка Ірина Бойко.",
            ["boik"],
        ),
    ],
)
def test_rules_from_the_fifth_blind_split(lang: str, text: str, keys: list[str | None]) -> None:
    assert speakers(text, lang) == keys


def test_a_nickname_after_known_as_is_a_title() -> None:
    assert kinds('The tower, known locally as the "old pencil", fell.', "en") == ["title"]


@pytest.mark.parametrize(
    ("lang", "text", "keys"),
    [
        (
            "en",
            'According to the club\'s press service, the money goes to "a new stand".',
            ["org:press-service"],
        ),
        ("en", 'Kyiv Airlines said delays were caused by "a late aircraft".', ["org:company"]),
        # a place after "из" is nobody; the description goes to the player named
        (
            "ru",
            "Клуб продал в «Лехию» из Гданьска защитника Ивана Руденко.\n\n"
            "«Мне жаль», — признался 23-летний футболист.",
            ["rudink"],
        ),
        ("ru", "Анна Гук проиграла. «Бывает», — развела руками теннисистка.", ["huk"]),
        # a quotation of its own after a sentence about a named person
        (
            "en",
            'Farmer Petro Lys, 70, has seen it all. "The river was wider when I was young."',
            ["lis"],
        ),
        # ... but not after a sentence about someone who asked not to be named
        (
            "en",
            "A docker who asked not to be named said he was tired. "
            '"Nobody pays us. Nobody answers."',
            [None],
        ),
        # a company named by its name in quote marks, with an impersonal plural verb
        ("uk", "У «Дніпро Порті» обіцяють виплатити зарплату «до п'ятниці».", ["org:company"]),
    ],
)
def test_rules_from_the_sixth_blind_split(lang: str, text: str, keys: list[str | None]) -> None:
    assert speakers(text, lang) == keys


def test_banner_slogans_are_titles() -> None:
    text = 'One banner read "Stop the sale". Workers carried placards reading "Pay us".'
    assert kinds(text, "en") == ["title", "title"]


@pytest.mark.parametrize(
    ("lang", "text", "keys"),
    [
        # the person asked is not the one asking; an inverted "asked X" is X asking
        ("en", '"Would you sell the farm?" we asked Olha Petrenko.', [None]),
        ("en", '"Is it over?" asked Ivan Lys.', ["lis"]),
        # a colon clause's object pronoun is nobody speaking
        ("en", 'Olha Marko liked it. A man behind her was less kind: "It is a mess."', [None]),
        # an object pronoun between the verb and the description
        (
            "uk",
            "Режисерка Марта Гриців прийшла.\n\n— Я хотіла ліс, — пояснила мені режисерка.",
            ["hritsiv"],
        ),
        # a dictionary adjective before a union is no surname: the press service speaks
        (
            "uk",
            "У пресслужбі Європейського боксерського союзу заявили, що «довіряють» рефері.",
            ["org:press-service"],
        ),
    ],
)
def test_rules_from_the_seventh_blind_split(lang: str, text: str, keys: list[str | None]) -> None:
    assert speakers(text, lang) == keys


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        ("en", '"We are ready," Commissioner Ursula von der Leyen said.', "Ursula von der Leyen"),
        ("uk", "«Ми готові», — сказала єврокомісарка Урсула фон дер Ляєн.", "Урсула фон дер Ляєн"),
        (
            "ru",
            "«Мы готовы», — говорится в заявлении Урсулы фон дер Ляйен.",
            "Урсулы фон дер Ляйен",
        ),
        (
            "en",
            '"No," Commission chief Ursula Gertrud von der Leyen said.',
            "Ursula Gertrud von der Leyen",
        ),
        ("uk", "«Мистецтво вічне», — казав Леонардо да Вінчі.", "Леонардо да Вінчі"),
        # a particle between two words that are not one name joins nothing
        ("uk", "Київ, де Зеленський сказав: «Так».", "Зеленський"),
    ],
)
def test_name_particles_stay_inside_a_name(lang: str, text: str, name: str) -> None:
    frame = extract_quotes(text, lang, [(0, len(text))], version_id=f"t.{lang}")
    assert frame["speaker"].to_list() == [name]


def quotes_of(text: str, lang: str) -> list[tuple[str, str, str | None]]:
    frame = extract_quotes(text, lang, [(0, len(text))], version_id=f"t.{lang}")
    return list(zip(frame["text"], frame["kind"], frame["speaker_key"], strict=True))


def test_a_quote_running_over_paragraphs_is_one_quote_in_parts() -> None:
    # the printer's convention: no closing mark at a paragraph's end, an opening mark
    # starting the next one; the quote ends where a mark closes it
    text = (
        "Her reply came in a letter read out in court.\n\n"
        '"I kept the books for eleven years. Nobody asked.\n\n'
        '"I will not apologise for the others," wrote Olena Marchuk.'
    )
    (quote,) = quotes_of(text, "en")
    assert quote == (
        "I kept the books for eleven years. Nobody asked. I will not apologise for the others",
        "speech",
        "marchuk",
    )


def test_a_paragraph_ending_in_a_colon_introduces_the_quotation_after_it() -> None:
    text = (
        "Свою відставку Остап Дзюба пояснив у листі до колективу:\n\n"
        "«Я лишаюся вашим уболівальником»."
    )
    assert quotes_of(text, "uk") == [
        ("Я лишаюся вашим уболівальником", "speech", speaker_key("Дзюба", "uk"))
    ]


def test_a_headline_quote_takes_the_speaker_of_the_quote_it_repeats() -> None:
    text = (
        "Fired coach: 'We were winning the wrong way'\n\n"
        '"We were winning the wrong way, and I knew it," Taras Kolos said on Monday.\n\n'
        'He said his assistant had warned him: "You are losing the dressing room."'
    )
    speakers_by_text = {t: k for t, _, k in quotes_of(text, "en")}
    assert speakers_by_text["We were winning the wrong way"] == "kolos"
    # a quotation nested in an attributed one keeps no speaker of its own
    nested = "Kolos recalled: \"My assistant said 'you are losing the room' and left.\""
    inner = [k for t, _, k in quotes_of(nested, "en") if t == "you are losing the room"]
    assert inner == [None]


@pytest.mark.parametrize(
    ("lang", "text", "keys"),
    [
        # a place before an institution's noun is no person; a surname named in full before
        # is a name at a sentence start, whatever verb follows
        (
            "en",
            "A Lutsk court jailed Ivan Hrytsiuk on Friday.\n\n"
            'Hrytsiuk, 44, shook his head. "It is not over," he said.',
            ["hritsuk"],
        ),
        # "the regional military administration": the administration speaks
        (
            "en",
            'The regional military administration said the plan was "being reviewed".',
            ["org:administration"],
        ),
    ],
)
def test_rules_from_the_ninth_blind_split(lang: str, text: str, keys: list[str | None]) -> None:
    assert speakers(text, lang) == keys


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ru", "Болельщики развернули баннер с надписью «Верните нам клуб»."),
        ("uk", "Уболівальники вивісили банер «Клуб — це ми»."),
        ("uk", "Пекарня, яка тепер називається «Хлібна хата», відкрилася знову."),
        ("en", 'Fans unfurled a banner "Give us our club back".'),
    ],
)
def test_banner_words_and_new_names_are_titles(lang: str, text: str) -> None:
    assert kinds(text, lang) == ["title"]


@pytest.mark.parametrize(
    ("lang", "text", "keys"),
    [
        # the person asked, with no у/в: after a first-person subject, or in the accusative
        (
            "uk",
            "— Коли відкриєте міст? — запитали ми Бондаренко.\n\n— Навесні.",
            [None, "bondarink"],
        ),
        ("uk", "— Ви задоволені? — спитали Ірину Гнатюк.\n\n— Так.", [None, "hnatuk"]),
        # a narrative sentence asks; the next dialogue line answers
        (
            "uk",
            "Ми запитали Петра Савчука, чого він боїться найбільше.\n\n— Тиші після сирени.",
            ["savchuk"],
        ),
        # "за її оцінкою", "по его оценке": the person behind the pronoun
        (
            "uk",
            "Аналітикиня Марія Коваль сумнівається. За її оцінкою, запасу вистачить "
            "«на тиждень, не більше».",
            ["koval"],
        ),
        (
            "ru",
            "Инженер Олег Руденко настроен скептически. По его оценке, ремонт займет "
            "«не меньше года».",
            ["rudink"],
        ),
        # a joking reporting verb in the imperfective
        ("uk", "Фермер Іван Лобода жартує, що бджоли «працюють без вихідних».", ["lobod"]),
    ],
)
def test_rules_from_the_tenth_blind_split(lang: str, text: str, keys: list[str | None]) -> None:
    assert speakers(text, lang) == keys


def test_a_headline_quote_that_shortens_the_body_takes_its_speaker() -> None:
    text = (
        "«Світло нам дасть вітер»: у Бершаді запустили вітряк\n\n"
        "— Цієї зими світло нам дасть вітер, а не генератор, — каже голова громади "
        "Степан Мороз."
    )
    assert [k for _, kind, k in quotes_of(text, "uk") if kind == "speech"] == ["moroz", "moroz"]
    # not in a headline: an unattributed quotation keeps no speaker
    body = (
        "Голова громади Степан Мороз відкрив станцію. «Цієї зими світло нам дасть вітер, а не "
        "генератор», — сказав він.\n\nУ місті кажуть: «Світло дасть вітер, побачимо»."
    )
    assert [k for _, _, k in quotes_of(body, "uk")][-1] is None


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", 'Residents came with a banner reading "Our town wants its own hospital back".'),
        ("uk", "Ця газета — «Бершадський вісник» — виходить щосереди."),
    ],
)
def test_long_banner_words_and_titles_between_dashes(lang: str, text: str) -> None:
    assert kinds(text, lang) == ["title"]


def test_a_town_before_a_group_or_council_is_no_person() -> None:
    text = (
        "RIVNE — Rivne city council suspended the contract on Thursday. The photographs were "
        'taken by Olena Tkachuk, whose son is in the third grade. "We pay for food," she said.'
    )
    assert speakers(text, "en") == ["tkachuk"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", 'The priest pinned a notice to the door: "Soup at noon, no questions asked."'),
        ("uk", "На дверях вивісили оголошення від руки: «Гаряча вода, чай, зарядки»."),
        ("ru", "На стене появилась надпись: «Здесь был потоп»."),
        ("en", "She told the local news site 'Vechirka' that the race was fair."),
        ("uk", "Спонсор, виробник соків «Садок», оплатить поїздку."),
    ],
)
def test_notices_sites_and_producers_are_titles(lang: str, text: str) -> None:
    assert kinds(text, lang) == ["title"]


def test_a_colon_after_a_named_person_gives_the_speaker() -> None:
    text = "Що робити, коли дзвонить «банк»? Порада Тараса Гребенюка проста: «Кладіть слухавку»."
    assert speakers(text, "uk")[-1] == speaker_key("Гребенюк", "uk")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("uk", "Про це повідомив директор підприємства «Тернопільтепло» Віктор Гнатюк."),
        ("uk", "Найбільше судно клубу, катер «Ластівка», лежить на боці, розповів Гриценко."),
        ("ru", "«Воды хватит», — рассказал директор КП «Горводоканал» Олег Ткач."),
        ("ru", "Сигареты марки «Белый медведь» были спрятаны за ящиками, сообщили таможенники."),
        ("uk", "Кіт, який одружився з колегою по «Тихій гавані», зазначив, що втомився."),
        ("ru", "«Мы благодарны болельщикам», — сказала она «Times» в пятницу."),
        ("ru", "Тренер считает, что «Спартак» может выиграть кубок."),
        ("en", 'The contractor, "Dnisterbud", was chosen through Prozorro, the council said.'),
        ("en", 'The drivers say the queue system "Kordon-Online" often fails.'),
        ("en", 'The letter was signed by a group calling itself "Black Heron".'),
    ],
)
def test_names_after_a_noun_or_before_a_verb_are_titles(lang: str, text: str) -> None:
    assert kinds(text, lang)[-1] == "title"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("uk", "Він сказав журналістам «Дякуємо» і пішов."),
        ("uk", "Лікар повторив: «Ніяких відвідувань»."),
        ("ru", "Она ответила «Нет», и разговор закончился."),
    ],
)
def test_words_said_after_a_verb_stay_speech(lang: str, text: str) -> None:
    assert kinds(text, lang) == ["speech"]


@pytest.mark.parametrize(
    "text",
    [
        'Shops said deliveries of the plant\'s brand, "Zolotyi Ranok" butter, were late.',
        'The daily service, branded "Karpatskyi Ekspres", will take 40 minutes.',
        '"Every spring somebody does," said Andrii Lysenko of the firm "Poliskyi Lis".',
    ],
)
def test_a_ukrainian_name_spelt_in_latin_is_a_title(text: str) -> None:
    assert kinds(text, "en")[-1] == "title"


def test_english_words_in_quote_marks_stay_speech() -> None:
    assert kinds('She called the delay "Completely Unacceptable" on Monday.', "en") == ["speech"]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a headline's colon after a quote introduces no speech
        ("uk", "«Кожна гривня піде в поле»: «Карпатська Зоря» продала Кулика до Австрії",
         ["speech", "title"]),
        ("en", 'said Halyna Marchuk, head of the residents\' association "Sadova 17".',
         ["title"]),
    ],
)  # fmt: skip
def test_a_team_after_a_headline_quote_and_an_association_are_titles(
    lang: str, text: str, expected: list[str]
) -> None:
    assert kinds(text, lang) == expected
