"""Abbreviation tables per language, by how an abbreviation behaves before the next word.

- NEVER_FINAL: titles and place words that always lead into a name or number
  (`Mr. Smith`, `ім. Шевченка`, `ул. Тверская`): never the end of a sentence.
- BEFORE_DIGIT: words that lead into a number (`No. 5`, `Jan. 5`); before anything else
  they are read as ordinary words.
- YEARLIKE: year and century marks after a number (`2001 р.`, `1990-х гг.`, `XX ст.`).
  Before a capital they end the sentence unless they open a clause (`У 2001 р. Путін…`).
  Without a number before them they are read as NEVER_FINAL place words (`г. Москва`).
- MAY_END: units, currencies, `etc.`, `т. д.`: they end the sentence when a capital follows.
Abbreviations in none of the tables (`U.S.`, `Jr.`, `a.m.`) are left to the base library.
Entries are lower case, without the final dot.
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


EN = {
    "never_final": _words(
        "mr mrs ms messrs dr prof st gen lt col maj capt cmdr sgt adm sen sens rep reps gov "
        "rev hon pres supt mt ft vs v cf viz approx e.g i.e"
    ),
    "before_digit": _words(
        "no nos art fig p pp vol ch sec para op jan feb mar apr jun jul aug sep sept oct nov dec"
    ),
    "yearlike": frozenset(),
    "may_end": frozenset(["etc"]),
}

UK = {
    "never_final": _words(
        "ім вул пл просп пр пров бульв наб м с смт проф акад доц ген полк підполк св гр п див "
        "напр зв т ст р буд кв тел о оз дж ч рис табл англ укр рос нім франц лат"
    ),
    "before_digit": frozenset(),
    "yearlike": _words("р рр ст"),
    "may_end": _words("тис млн млрд трлн грн коп дол руб обл ін"),
}

RU = {
    "never_final": _words(
        "им ул пл просп пр пер наб б-р г с пос д кв корп проф акад доц ген полк св гр тов см "
        "ср напр т ст р о оз дж ч рис табл англ укр рус нем франц лат"
    ),
    "before_digit": frozenset(),
    "yearlike": _words("г гг в вв ст"),
    "may_end": _words("тыс млн млрд трлн руб коп долл дол обл др"),
}

TABLES = {"en": EN, "uk": UK, "ru": RU}

# `т. д.`, `т.п.`, `и др.`, `та ін.`, `и пр.`: the last token is read together with the one before.
PAIRED_MAY_END = {
    ("т", "д"),
    ("т", "п"),
    ("и", "пр"),
    ("і", "пр"),
    ("та", "пр"),
    ("й", "пр"),
}

# currency before the country: `100 млрд дол. США` does not end at `дол.`
CURRENCY_BEFORE_COUNTRY = (frozenset({"дол", "долл"}), frozenset({"США"}))

# English reporting verbs for `"…?" Putin asked.` (the attribution stays with the quote)
EN_REPORTING_VERBS = _words(
    "said says asked asks added adds replied replies told tells wrote writes continued "
    "explained explains noted notes stressed shouted insisted answered responded declared "
    "recalled remarked warned agreed cried whispered admitted argued claimed"
)

# Words that start English sentences but rarely continue a name: after `U.S.` or `U.K.` they
# start a new sentence (`…in the U.S. Both leaders…`), other capitals do not (`U.S. Army`).
EN_SENTENCE_STARTERS = _words(
    "A An The This That These Those It Its He His She Her They Their We Our I You Both But "
    "And Yet So Then There Here However Still Meanwhile In On At After Before When While If "
    "As For Since Although"
)
