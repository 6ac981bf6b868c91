"""Word lists for quote attribution: reporting verbs, pronouns, roles, countries, titles.

Lower-case entries; uk/ru verbs and roles are pymorphy3 lemmas (so every inflection of
заявити / заявить matches), English verbs are listed by lemma and their forms generated
(praise -> praises, praised, praising). Institutions map to one concept across languages
(Кремль, Кремль, Kremlin -> kremlin).
"""

from __future__ import annotations

import re


def _words(text: str) -> frozenset[str]:
    """The whitespace-separated words of `text`."""
    return frozenset(text.split())


_EN_IRREGULAR = {
    "say": "said",
    "tell": "told",
    "write": "wrote written",
    "tweet": "tweeted",
    "quip": "quipped quipping",
    "admit": "admitted admitting",
    "vow": "vowed",
    "put": "put putting",
    "think": "thought",
    "shoot": "shot shooting",
    "insist": "insisted",
    "forecast": "forecast forecasted",
    "rebut": "rebutted rebutting",
    "retort": "retorted",
    "dub": "dubbed dubbing",
    "label": "labelled labeled labelling labeling",
    "snap": "snapped snapping",
    "concur": "concurred concurring",
}


def _en_forms(lemma: str) -> set[str]:
    """The inflected forms of an English verb: base, -s, past/participle, -ing."""
    forms = {lemma}
    if re.search(r"(?:s|sh|ch|x|z)$", lemma):
        forms.add(lemma + "es")
    elif re.search(r"[^aeiou]y$", lemma):
        forms.add(lemma[:-1] + "ies")
    else:
        forms.add(lemma + "s")
    if lemma in _EN_IRREGULAR:
        forms |= set(_EN_IRREGULAR[lemma].split())
    elif lemma.endswith("e"):
        forms.add(lemma + "d")
    elif re.search(r"[^aeiou]y$", lemma):
        forms.add(lemma[:-1] + "ied")
    else:
        forms.add(lemma + "ed")
    if not any(f.endswith("ing") for f in forms):
        forms.add(lemma[:-1] + "ing" if re.search(r"[^e]e$", lemma) else lemma + "ing")
    return forms


# Reporting verbs by lemma (every form is generated): verbs of saying, of stating a
# position (insist, claim, argue, deny), and of characterising ("called / described /
# praised / dismissed ... as «...»"), which news writing attaches to quoted words.
EN_VERB_LEMMAS = _words(
    """
    say tell add note stress insist warn claim argue admit explain recall write tweet post
    announce declare state reply respond ask urge call describe praise criticise criticize
    dismiss acknowledge concede suggest predict promise vow pledge confirm deny complain
    joke quip boast answer emphasize emphasise remark continue assure comment mention
    observe reiterate conclude assert exclaim shout whisper caution point hail brand label
    dub term condemn slam blast welcome reject accuse thank agree disagree recount
    admonish lament demand maintain object protest retort rebut counter estimate forecast
    characterise characterize deride mock ridicule applaud commend laud clarify specify
    elaborate reassure allege contend concur underline remind repeat summarise summarize
    grumble scoff sigh snap muse report quote shoot fire blame
    """
)
# English verbs that attribute a quote only in the clause right after it ('"At my age?" he
# laughed'), not before one ("smiled at «the list»").
EN_REMARK_LEMMAS = frozenset({"laugh", "smile", "chuckle", "grin", "shrug"})
# Verbs whose object, not their subject, is the speaker ("— цитує пресслужба суду суддю X",
# "the agency quoted X as saying").
QUOTING_LEMMAS = frozenset({"quote", "цитувати", "процитувати", "цитировать", "процитировать"})
# Verbs that report speech only with their particle ("pointed out", not "at one point").
EN_PARTICLE_VERBS = {"point": "out", "shoot": "back", "fire": "back"}
EN_VERB_LEMMA = {
    form: lemma for lemma in sorted(EN_VERB_LEMMAS, reverse=True) for form in _en_forms(lemma)
}
EN_VERB_LEMMA["ruled"] = "rule"  # "the judge ruled that …"; not the nouns rule, rules
EN_VERBS = frozenset(EN_VERB_LEMMA)
UK_VERBS = _words(
    """
    постановити постановляти
    сказати казати заявити заявляти говорити додати додавати наголосити наголошувати
    зазначити зазначати підкреслити підкреслювати відповісти відповідати запитати
    питати спитати пояснити пояснювати повідомити повідомляти написати писати визнати
    визнавати нагадати нагадувати попередити попереджати зауважити зауважувати
    констатувати розповісти розповідати продовжити продовжувати відзначити відзначати
    запевнити запевняти підсумувати уточнити уточнювати наполягати наполягти вигукнути
    пообіцяти обіцяти переконувати переконати заперечити заперечувати поскаржитися
    скаржитися назвати називати резюмувати підтвердити підтверджувати пожартувати жартувати
    дорікнути звернутися висловитися закликати застерегти застерігати похвалити хвалити
    розкритикувати критикувати відкинути охарактеризувати характеризувати описати
    описувати оцінити прокоментувати коментувати зізнатися поділитися висловити
    передбачити прогнозувати поклястися присягнутися спростувати похвалитися
    оголосити оголошувати проголосити запропонувати пропонувати погодитися стверджувати
    попросити вимагати поцікавитися відреагувати згадати згадувати пригадати
    привітати засудити звинуватити звинувачувати подякувати повторити вказати вказувати
    твітнути запитувати доповісти повідомляти наполягати визнавати заспокоїти
    роз'яснити роз'яснювати конкретизувати припустити припускати парирувати
    обуритися обурюватися засумніватися нарікати бідкатися зізнаватися розкрити
    цитувати процитувати відрізати вважати послатися посилатися
    """
)
RU_VERBS = _words(
    """
    постановить постановлять
    сказать говорить заявить заявлять добавить добавлять подчеркнуть подчёркивать
    подчеркивать отметить отмечать ответить отвечать спросить спрашивать пояснить
    пояснять сообщить сообщать написать писать признать признавать напомнить
    напоминать предупредить предупреждать заметить замечать констатировать рассказать
    рассказывать продолжить продолжать уточнить уточнять настаивать настоять заверить
    заверять резюмировать воскликнуть пообещать обещать убеждать возразить возражать
    пожаловаться жаловаться назвать называть подтвердить подтверждать пошутить шутить
    обратиться высказаться призвать призывать предостеречь предостерегать похвалить
    хвалить раскритиковать критиковать отвергнуть охарактеризовать характеризовать
    описать описывать оценить прокомментировать комментировать признаться поделиться
    высказать предсказать прогнозировать поклясться опровергнуть отрицать похвастаться
    хвастаться твитнуть объявить объявлять провозгласить предложить предлагать
    согласиться утверждать попросить потребовать поинтересоваться отреагировать
    вспомнить вспоминать приветствовать осудить обвинить обвинять поблагодарить
    повторить подытожить заключить уверить уверять указать указывать доложить
    объяснить объяснять высказывать признаваться отреагировать поделиться
    разъяснить разъяснять конкретизировать предположить предполагать парировать
    возмутиться возмущаться усомниться сетовать посетовать раскрыть
    цитировать процитировать отрезать считать сослаться ссылаться
    """
)
# Statements and rulings, in the locative ("в заяві", "в решении"); a ruling is a court's.
RULINGS = r"рішенні|ухвалі|постанові|вироку|решении|постановлении|определении|приговоре"
_STATEMENTS_UK = rf"(?:заяві|повідомленні|зверненні|пресрелізі|прес-релізі|{RULINGS})\b"
_STATEMENTS_RU = rf"(?:заявлении|сообщении|обращении|пресс-релизе|{RULINGS})\b"
# "«...», — йдеться в заяві компанії", "говорится в сообщении МИД": the statement's author
# (a genitive after the statement noun) speaks.
STATEMENT_UK = (
    r"(?:\b[йі]деться|\bговориться|\bзазначається|\bсказано) (?:в|у) (?:її |його |їхній )?"
    + _STATEMENTS_UK
)
STATEMENT_RU = r"\b(?:говорится|отмечается|сказано) (?:в|во) (?:её |ее |его |их )?" + _STATEMENTS_RU
# "У заяві компанії йдеться про «…»", "В сообщении министерства говорится": the statement
# of (a genitive after it) speaks.
IN_STATEMENT_UK = r"\b(?:у|в) " + _STATEMENTS_UK
IN_STATEMENT_RU = r"\b(?:в|во) " + _STATEMENTS_RU
# A statement named without its owner, or by a possessive ("— ідеться в заяві.", "говорится
# в её сообщении"): the institution or person spoken of before issued it.
STATEMENT_RE = {
    "uk": re.compile(STATEMENT_UK + r"\s*(?:[.,;]|$)", re.IGNORECASE),
    "ru": re.compile(STATEMENT_RU + r"\s*(?:[.,;]|$)", re.IGNORECASE),
}
ACCORDING_RE = {
    "en": re.compile(
        r"\baccording to\b|\bas (?=\S+(?: \S+){0,3} put it)|\bin the (?:\w+ )?(?:words|view) of\b|"
        r"\bin (?:his|her|their) (?:own )?words\b|\bby (?:his|her|their) (?:own )?estimates?\b",
        re.IGNORECASE,
    ),
    "uk": re.compile(
        r"\bза (?:\w+ )?(?:словами|даними|інформацією|оцінкою|оцінками|підрахунками)\b|"
        r"\bна (?:\w+ )?думку\b|"
        r"\bяк (?=.{0,40}висловився)|" + STATEMENT_UK + "|" + IN_STATEMENT_UK,
        re.IGNORECASE,
    ),
    "ru": re.compile(
        r"\bпо (?:\w+ )?(?:словам|мнению|данным|информации|оценке|оценкам|подсчетам)\b|"
        r"\bкак (?=.{0,40}выразился)|" + STATEMENT_RU + "|" + IN_STATEMENT_RU,
        re.IGNORECASE,
    ),
}
# The reporting clause of an unnamed source ("a ministry official, who asked not to be
# named, admitted"; "— визнав співробітник, який попросив не називати його імені").
ANONYMOUS_RE = re.compile(
    r"not to be (?:named|identified)|condition of anonymity|declined to be named|"
    r"(?:did not|declined to|would not) give (?:his|her|their) (?:full )?name|"
    r"не називати|на умовах анонімності|не назва\w* (?:свого |своє )?ім|анонімн|"
    r"не называть|на условиях анонимности|остаться неизвестн\w*|не назва\w* (?:своего )?им|"
    r"не представи\w*|анонимн|неназван|"
    r"\bsources? (?:at|in|within|close to)\b|\bджерел\w* (?:в|у|з|із|серед)\b|"
    r"\bисточник\w* (?:в|во|из|среди)\b",
    re.IGNORECASE,
)
# Words right before a quotation that hold it at a distance: "the so-called «optimisation»"
# is someone's word, nobody's speech and no name.
SO_CALLED_RE = re.compile(r"(?:so-called|так\s+зван\w*|так\s+называем\w*)\s*$", re.IGNORECASE)
PRONOUNS = {
    "en": {"he": "masc", "him": "masc", "she": "femn", "her": "femn"},
    "uk": {
        **dict.fromkeys(
            _words(
                """
        він його йому ним нього ньому нім
            """
            ),
            "masc",
        ),
        **dict.fromkeys(
            _words(
                """
        вона її їй нею неї ній
            """
            ),
            "femn",
        ),
    },
    "ru": {
        **dict.fromkeys(
            _words(
                """
        он его ему им него нему нём нем
            """
            ),
            "masc",
        ),
        **dict.fromkeys(
            _words(
                """
        она её ее ей ею неё нее ней
            """
            ),
            "femn",
        ),
    },
}
COUNTRY_WORDS = {
    "kremlin": "ru",
    "russian": "ru",
    "russia": "ru",
    "moscow": "ru",
    "us": "us",
    "u.s.": "us",
    "american": "us",
    "america": "us",
    "washington": "us",
    "ukrainian": "ua",
    "ukraine": "ua",
    "kyiv": "ua",
    "german": "de",
    "germany": "de",
    "french": "fr",
    "france": "fr",
    "british": "gb",
    "britain": "gb",
    "uk": "gb",
    "кремль": "ru",
    "росія": "ru",
    "рф": "ru",
    "російський": "ru",
    "кремлівський": "ru",
    "россия": "ru",
    "российский": "ru",
    "кремлевский": "ru",
    "москва": "ru",
    "сша": "us",
    "америка": "us",
    "американський": "us",
    "американский": "us",
    "вашингтон": "us",
    "україна": "ua",
    "український": "ua",
    "украина": "ua",
    "украинский": "ua",
    "київ": "ua",
    "киев": "ua",
    "німеччина": "de",
    "німецький": "de",
    "германия": "de",
    "немецкий": "de",
    "франція": "fr",
    "французький": "fr",
    "франция": "fr",
    "французский": "fr",
    "британія": "gb",
    "британский": "gb",
    "британський": "gb",
    "великобритания": "gb",
    "велика": "gb",
}
ROLE_HEADS = {
    "president": "president",
    "leader": None,
    "head": None,
    "premier": "pm",
    "minister": "minister",
    "chancellor": "chancellor",
    "spokesman": "spokes",
    "spokeswoman": "spokes",
    "spokesperson": "spokes",
    "diplomat": None,
    "politician": None,
    "official": None,
    "envoy": None,
    "secretary": "minister",
    "президент": "president",
    "лідер": None,
    "лидер": None,
    "глава": None,
    "очільник": None,
    "господар": None,
    "хозяин": None,
    "прем'єр": "pm",
    "премьер": "pm",
    "прем'єр-міністр": "pm",
    "премьер-министр": "pm",
    "міністр": "minister",
    "министр": "minister",
    "канцлер": "chancellor",
    "речник": "spokes",
    "прес-секретар": "spokes",
    "пресс-секретарь": "spokes",
    "політик": None,
    "политик": None,
    "дипломат": None,
    "посадовець": None,
    "чиновник": None,
    "генсек": "sg",
    "очільниця": None,
    "mayor": "mayor",
    "мер": "mayor",
    "мэр": "mayor",
    "governor": "governor",
    "губернатор": "governor",
    "ambassador": "ambassador",
    "посол": "ambassador",
    "judge": "judge",
    "суддя": "judge",
    "судья": "judge",
    "coach": "coach",
    "тренер": "coach",
    "captain": "captain",
    "капітан": "captain",
    "капитан": "captain",
    "director": "director",
    "директор": "director",
    "chairman": "chair",
    "голова": "chair",
    "председатель": "chair",
    "commander": "commander",
    "командувач": "commander",
    "командующий": "commander",
    "lawyer": "lawyer",
    "адвокат": "lawyer",
    "prosecutor": "prosecutor",
    "прокурор": "prosecutor",
    "lawmaker": "mp",
    "депутат": "mp",
    "депутатка": "mp",
    "міністерка": "minister",
    "речниця": "spokes",
    "спікер": "speaker",
    "спикер": "speaker",
    "тренерка": "coach",
    "наставник": "coach",
    "наставниця": "coach",
    "наставница": "coach",
    # occupations that news writing uses to refer back to a named person ("the expert",
    # "— попередив експерт"): no office of their own
    **dict.fromkeys(
        _words(
            """
        expert analyst economist scientist activist player striker footballer
        goalkeeper athlete doctor professor historian researcher founder co-founder owner
        manager executive senator general officer експерт аналітик економіст науковець
        активіст активістка футболіст гравець нападник воротар
        спортсмен спортсменка лікар лікарка професор історик дослідник дослідниця засновник
        засновниця співзасновник власник власниця менеджер генерал сенатор заступник
        заступниця эксперт аналитик экономист ученый активист активистка
        футболист игрок нападающий вратарь врач профессор историк
        исследователь основатель сооснователь владелец владелица генерал заместитель
        захисник захисниця защитник защитница writer novelist poet
        playwright critic actor actress painter composer singer musician teacher architect
        письменник письменниця поет поетеса драматург критик критикиня актор акторка
        художник художниця композитор співак співачка музикант вчитель вчителька учитель
        учителька архітектор архітекторка писатель писательница поэт поэтесса актер актриса
        художница певец певица музыкант учительница архитектор
            """
        ),
        None,
    ),
    "представник": "spokes",
    "представниця": "spokes",
    "представитель": "spokes",
    "представительница": "spokes",
    "директорка": "director",
    "адвокатка": "lawyer",
    "прокурорка": "prosecutor",
    "президентка": "president",
    "прем'єрка": "pm",
    "посолка": "ambassador",
    "головуючий": "chair",
    "engineer": "engineer",
    # the outlet's own reporters ("— спросил журналист"): a named person only when one was
    # named as a journalist before (toolkit.quotes.anaphora)
    **dict.fromkeys(
        _words(
            """
        journalist reporter correspondent журналіст журналістка кореспондент кореспондентка
        журналист журналистка корреспондент корреспондентка
            """
        ),
        "journalist",
    ),
    # a hospital's head ("chief doctor Iryna Melnychuk ... The chief doctor admitted")
    **dict.fromkeys(_words("головлікар головлікарка главврач"), "chief-doctor"),
    "інженер": "engineer",
    "інженерка": "engineer",
    "инженер": "engineer",
    "spokesman's": "spokes",
    # a team's players: never its coach ("— усміхнувся нападник" after the coach spoke);
    # not захисник / защитник, also a defence lawyer
    **dict.fromkeys(
        _words(
            """
        player striker footballer goalkeeper футболіст гравець нападник воротар футболист
        игрок нападающий вратарь
            """
        ),
        "player",
    ),
}
# English nouns for people of a group ("one of the mothers", "one resident"): an unnamed
# person (mentions.ANONYMOUS).
EN_PEOPLE = _words(
    """
    resident mother father parent fan viewer visitor worker passenger neighbour neighbor
    volunteer villager protester local student pupil teacher doctor nurse farmer driver miner
    pensioner woman man organiser organizer employee customer shopper buyer seller trader
    survivor witness participant member victim relative owner tenant spectator supporter
    guest patient user reader listener voter resident commuter motorist cyclist parishioner
    """
)
# Nouns for a settlement: the name after them is a place ("біля села Стари Ляс", "the
# village of Tysovets"), not a person.
SETTLEMENT_NOUNS = frozenset(
    {"village", "town", "city", "settlement", "село", "місто", "селище", "хутір", "смт",
     "деревня", "город", "поселок", "посёлок", "станиця", "станица", "хутор"}
)  # fmt: skip
# "міський голова", "городской голова": the head of a town is its mayor (мер, мэр).
MAYOR_ADJECTIVES = frozenset(
    {"міський", "сільський", "селищний", "городской", "сельский", "поселковый"}
)
EN_TITLE_WORDS = _words(
    """
    president prime minister foreign defence defense chancellor secretary general
    spokesman spokeswoman spokesperson mr mrs ms dr sen senator gov governor former
    ambassador leader press state deputy vice premier head chief minister's kremlin
    russian ukrainian american us u.s. u.s german french british nato eu white house
    then current mayor judge coach captain director chairman commander lawyer lawmaker
    opposition jury producer health interior justice commissioner engineer
    """
)
EN_NOT_PERSON = _words(
    """
    russia ukraine nato us u.s. usa america united states kremlin moscow kyiv kiev
    washington europe european eu un soviet union alliance white house getty images
    national security archive rbc-ukraine reuters cnn bbc ap tass interfax god west
    western east eastern germany france britain london paris berlin china beijing
    crimea donbas minsk duma parliament rada verkhovna congress senate pentagon
    ministry affairs monday tuesday wednesday thursday friday saturday sunday january
    february march april may june july august september october november december
    russians ukrainians americans baltic poland warsaw brussels geneva austria
    austrian international council committee office center centre institute agency
    service department bank group foundation university press times post news party
    company corporation naftogaz gazprom opera theatre theater museum orchestra
    philharmonic school hospital church cathedral airport station stadium league cup
    festival academy army navy forces police union fc club court assembly federation
    association reserve cooperative holding firm commission tv terminal airlines authority
    inspectorate facebook telegram instagram twitter youtube tiktok viber whatsapp linkedin
    """
)
EN_STOP = _words(
    """
    the a an he she it they we i you this that these those there however in on at as
    but and or during first now perhaps why if what when while after before since then
    also still yet so thus meanwhile earlier later today yesterday tomorrow according
    his her its their our my your mr mrs ms
    """
)
EN_ROLE_RE = re.compile(
    r"\bthe\s+(?:(?:former|then|current|outgoing|incumbent|new|then-)\s*)?"
    r"(?:(kremlin|russian|ukrainian|american|us|u\.s\.|german|french|british)\s+)?"
    r"(head of state|prime minister|foreign minister|defen[cs]e minister|secretary general|"
    r"secretary-general|head of the kremlin|head of the white house|leader|president|"
    r"premier|minister|chancellor|spokesman|spokeswoman|spokesperson|diplomat|politician|"
    r"envoy|mayor|governor|ambassador|judge|coach|captain|chief doctor|head doctor|"
    r"chief physician|director|chairman|commander|"
    r"lawyer|prosecutor|lawmaker|expert|analyst|economist|scientist|activist|journalist|"
    r"reporter|correspondent|"
    r"player|striker|footballer|goalkeeper|athlete|doctor|professor|historian|researcher|"
    r"founder|co-founder|owner|manager|executive|senator|officer|engineer|latter)\b",
    re.IGNORECASE,
)

EN_MULTI_ROLES = {
    "prime minister": "pm",
    "foreign minister": "minister",
    "defence minister": "minister",
    "defense minister": "minister",
    "secretary general": "sg",
    "secretary-general": "sg",
    "head of state": None,
    "head of the kremlin": None,
    "head of the white house": None,
    "chief doctor": "chief-doctor",
    "head doctor": "chief-doctor",
    "chief physician": "chief-doctor",
}
EN_NAME_GENDER = {
    **dict.fromkeys(
        _words(
            """
        angela hillary kamala theresa liz nancy ursula kaja annalena condoleezza
        madeleine maria anna olena yulia julia iryna irina natalia oksana
        svetlana victoria elizabeth margaret
            """
        ),
        "femn",
    ),
    **dict.fromkeys(
        _words(
            """
        vladimir volodymyr george joe donald barack bill boris dmitry dmitri
        dmytro sergei sergey serhiy emmanuel olaf jens antony john mike michael
        andriy andrii oleksiy alexei petro petr viktor mykola nikolai nikita mykyta illia
        ilya ilia luka kuzma foma savva sasha misha joshua luca andrea nicola
            """
        ),
        "masc",
    ),
}


def en_name_gender(first_name: str) -> str | None:
    """The gender of an English-spelt first name: the table, else "femn" for a name ending
    in -a (Sofiia, Halyna, Nataliia; the table lists the male ones: Mykola, Nikita)."""
    low = first_name.lower()
    if low in EN_NAME_GENDER:
        return EN_NAME_GENDER[low]
    return "femn" if len(low) > 2 and low.endswith("a") and low.isalpha() else None


TITLE_CUES = _words(
    """
    company firm party newspaper paper magazine channel series show film movie book
    novel program programme operation project group agency movement organization
    organisation bank brand holding station outlet website portal daily weekly fund
    club song album platform initiative bloc faction plant concern corporation team
    publication компанія партія газета журнал видання телеканал канал серіал фільм
    книга книжка роман програма операція проєкт проект група агентство рух організація
    банк бренд холдинг станція сайт портал фонд клуб пісня альбом платформа ініціатива
    блок фракція завод концерн корпорація команда нак пат тов ат компания партия
    издание сериал программа операция группа движение организация станция песня
    платформа инициатива фракция корпорация ао оао ооо пао sign nickname alias
    позивний позывной прізвисько прозвище псевдонім псевдоним
    painting picture portrait monograph documentary exhibition play opera ballet poem mosaic
    ship vessel tanker yacht system app network
    sculpture festival tournament cooperative union petition профспілка профсоюз петиція
    петиция картина портрет монографія виставка вистава
    опера поема мозаїка скульптура фестиваль турнір кооператив монография выставка спектакль
    поэма мозаика турнир site producer виробник производитель association асоціація
    ассоциация осбб тсж
    """
)
EN_AUX = _words(
    """
    is are was were be been being am will would can could shall should may might must
    have has had do does did isn't aren't wasn't weren't won't can't don't doesn't
    didn't i'm it's we're they're
    """
)

# Kinds of company that speak as "the company" does ("the brewery said", "У пивоварні
# пояснили"): org:company.
COMPANY_NOUNS = _words(
    """
    brewery airline carrier bakery carmaker automaker retailer insurer manufacturer factory
    startup broadcaster bank lender terminal airlines utility developer supplier provider
    distributor contractor subcontractor promoter
    підрядник подрядчик страховик страховщик
    банк пивоварня броварня водоканал девелопер постачальник
    перевізник забудовник виробник завод фабрика пекарня стартап перевозчик
    застройщик производитель поставщик
    """
)
# Institutions that speak ("the Kremlin said", "В Офісі президента назвали", "в МИД
# заявили"): lemma -> concept, shared across languages so that one institution gets one
# speaker key ("org:office-president") in every version.
ORG_HEADS = {
    "kremlin": "kremlin",
    "кремль": "kremlin",
    "pentagon": "pentagon",
    "пентагон": "pentagon",
    "office": "office",
    "офіс": "office",
    "офис": "office",
    "government": "government",
    "уряд": "government",
    "правительство": "government",
    "cabinet": "government",
    "кабмін": "government",
    "кабмин": "government",
    "ministry": "ministry",
    "міністерство": "ministry",
    "министерство": "ministry",
    "мзс": "ministry-foreign",
    "мид": "ministry-foreign",
    "міноборони": "ministry-defence",
    "минобороны": "ministry-defence",
    "мінфін": "ministry-finance",
    "минфин": "ministry-finance",
    "міненерго": "ministry-energy",
    "минэнерго": "ministry-energy",
    "моз": "ministry-health",
    "минздрав": "ministry-health",
    "міносвіти": "ministry-education",
    "минобрнауки": "ministry-education",
    "мінекономіки": "ministry-economy",
    "минэкономики": "ministry-economy",
    "мінінфраструктури": "ministry-infrastructure",
    "мининфраструктуры": "ministry-infrastructure",
    "мінкульт": "ministry-culture",
    "мінкультури": "ministry-culture",
    "минкульт": "ministry-culture",
    "минкультуры": "ministry-culture",
    "мінагрополітики": "ministry-agriculture",
    "минагрополитики": "ministry-agriculture",
    "мінмолодьспорту": "ministry-sports",
    "минспорт": "ministry-sports",
    "police": "police",
    "поліція": "police",
    "полиция": "police",
    "army": "army",
    "military": "army",
    "армія": "army",
    "армия": "army",
    "зсу": "army",
    "embassy": "embassy",
    "посольство": "embassy",
    "court": "court",
    "суд": "court",
    "prosecutors": "prosecutors",
    "прокуратура": "prosecutors",
    "company": "company",
    "компанія": "company",
    "компания": "company",
    "firm": "company",
    "фірма": "company",
    "фирма": "company",
    "holding": "company",
    "холдинг": "company",
    "підприємство": "company",
    "предприятие": "company",
    **dict.fromkeys(COMPANY_NOUNS, "company"),
    "club": "club",
    "клуб": "club",
    "foundation": "foundation",
    "фонд": "foundation",
    "university": "university",
    "університет": "university",
    "университет": "university",
    "hospital": "hospital",
    "лікарня": "hospital",
    "больница": "hospital",
    "festival": "festival",
    "фестиваль": "festival",
    "кінофестиваль": "festival",
    "кинофестиваль": "festival",
    "federation": "federation",
    "федерація": "federation",
    "федерация": "federation",
    "committee": "committee",
    "комітет": "committee",
    "комитет": "committee",
    "commission": "commission",
    "комісія": "commission",
    "комиссия": "commission",
    "agency": "agency",
    "агентство": "agency",
    "nato": "nato",
    "нато": "nato",
    "un": "un",
    "оон": "un",
    "мерія": "city-hall",
    "мэрия": "city-hall",
    "administration": "administration",
    "адміністрація": "administration",
    "администрация": "administration",
    "headquarters": "headquarters",
    "штаб": "headquarters",
    "генштаб": "general-staff",
    "white house": "white-house",
    "general staff": "general-staff",
    "city hall": "city-hall",
    "foreign ministry": "ministry-foreign",
    "defence ministry": "ministry-defence",
    "defense ministry": "ministry-defence",
    "health ministry": "ministry-health",
    "presidential office": "office-president",
    "press service": "press-service",
    "press office": "press-service",
    "пресслужба": "press-service",
    "відомство": "body",  # "the body": the institution named before (anaphora)
    "ведомство": "body",
    "прес-служба": "press-service",
    "пресс-служба": "press-service",
    "department": "department",
    "департамент": "department",
    "управління": "department",
    "управление": "department",
    "council": "council",
    "authority": "authority",
    "inspectorate": "inspectorate",
    "інспекція": "inspectorate",
    "инспекция": "inspectorate",
    "service": "service",
    "служба": "service",
    "association": "association",
    "асоціація": "association",
    "ассоциация": "association",
    "union": "union",
    "профспілка": "union",
    "профсоюз": "union",
    "міськрада": "council",
    "сільрада": "council",
    "облрада": "council",
    "горсовет": "council",
    "сельсовет": "council",
    "облсовет": "council",
}
# Institutions written as capital-letter abbreviations only (ОДА: обласна державна
# адміністрація; ОВА: обласна військова адміністрація).
ORG_ACRONYMS = {
    "ОДА": "administration",
    "ОВА": "administration",
    "ОГА": "administration",
    "ДСНС": "service",  # Державна служба з надзвичайних ситуацій
    "ГСЧС": "service",
    "МЧС": "service",
    "ДПСУ": "service",  # Державна прикордонна служба України
    "ГПСУ": "service",
}
# The word after an institution that says whose it is (Офіс президента, Ministry of
# Defence, Міністерство охорони здоров'я): lemma -> concept.
ORG_QUALIFIERS = {
    "president": "president",
    "президент": "president",
    "prime": "pm",
    "прем'єр": "pm",
    "премьер": "pm",
    "прем'єр-міністр": "pm",
    "премьер-министр": "pm",
    "foreign": "foreign",
    "закордонний": "foreign",
    "иностранный": "foreign",
    "defence": "defence",
    "defense": "defence",
    "оборона": "defence",
    "health": "health",
    "охорона": "health",
    "здравоохранение": "health",
    "interior": "interior",
    "внутрішній": "interior",
    "внутренний": "interior",
    "justice": "justice",
    "юстиція": "justice",
    "юстиция": "justice",
    "finance": "finance",
    "фінанси": "finance",
    "финансы": "finance",
    "energy": "energy",
    "енергетика": "energy",
    "энергетика": "energy",
    "education": "education",
    "освіта": "education",
    "образование": "education",
    "youth": "sports",
    "sports": "sports",
    "sport": "sports",
    "молодь": "sports",
    "спорт": "sports",
    "молодёжь": "sports",
    "молодежь": "sports",
    "agriculture": "agriculture",
    "agrarian": "agriculture",
    "аграрний": "agriculture",
    "сільський": "agriculture",
    "сельский": "agriculture",
    "culture": "culture",
    "культура": "culture",
    "economy": "economy",
    "economic": "economy",
    "економіка": "economy",
    "экономика": "economy",
    "infrastructure": "infrastructure",
    "інфраструктура": "infrastructure",
    "инфраструктура": "infrastructure",
}
# Heads that need their owner or qualifier to name one institution ("the office" alone
# says little): office, ministry.
ORG_NEEDS_OWNER = frozenset({"office", "ministry"})
# A generic word for a public body (відомство, ведомство): always the institution named before.
ORG_ANAPHORIC = "body"
# Nominative subject pronouns; the other forms (його, её, him) are never the subject.
SUBJECT_PRONOUNS = frozenset({"he", "she", "it", "він", "вона", "он", "она"})
LOCATIVE_PREPS = frozenset({"в", "у", "во", "in", "at"})
# Irregular past tenses: a lone capitalised word at a sentence start followed by one of
# these is a name ("Kovalenko met ...", "Orlova spoke ...").
EN_IRREGULAR_PAST = _words(
    """
    met spoke went came took gave made left won lost ran held led sent saw began became
    brought kept thought found stood sat flew chose drove rose fell hit put set cut beat
    sought fought struck broke knew heard felt paid read meant got grew threw wore swore
    shook spent sold told wrote drew hung built forgot understood withdrew shot hid
    """
)
# Two-word institutions in uk/ru: (adjective lemma, noun lemma) -> concept.
CYR_ORG_PAIRS = {
    ("білий", "дім"): "white-house",
    ("белый", "дом"): "white-house",
    ("генеральний", "штаб"): "general-staff",
    ("генеральный", "штаб"): "general-staff",
    **{
        (adj, "рада"): "council"
        for adj in ("міський", "сільський", "селищний", "обласний", "районний")
    },
    **{
        (adj, "совет"): "council"
        for adj in ("городской", "сельский", "поселковый", "областной", "районный")
    },
}
