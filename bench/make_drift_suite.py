"""Generate the seeded quote-drift suite from NTREX-128 (en-uk and en-ru).

Each NTREX line becomes at most one row per language pair: either an untouched control or
a pair with exactly ONE change on the Ukrainian or Russian side (number, name, date,
negation, dropped words, speaker). Some lines are first wrapped as quotes with an
attributed speaker (``"...," X said.`` / ``«...», — заявив X.`` / ``«...», — сказал X.``).
Rows are split by NTREX document into ``calib`` (about 30% of documents) and ``test``.

The suite is independent of the detector it evaluates: nothing here imports ``toolkit``.

Usage:
    .venv/bin/python bench/make_drift_suite.py [--seed 6] [--out data/drift_suite]

Example:
    .venv/bin/python bench/make_drift_suite.py --out /tmp/drift && ls /tmp/drift
"""

from __future__ import annotations

import argparse
import csv
import functools
import random
import re
import tomllib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pymorphy3

ROOT = Path(__file__).resolve().parent.parent
NTREX = ROOT / "data" / "ntrex128"
DEFAULT_OUT = ROOT / "data" / "drift_suite"
DEFAULT_SEED = 6
LEXICON = Path(__file__).resolve().parent / "drift_suite_lexicon.toml"
LANGS = ("uk", "ru")
NTREX_FILES = {
    "en": "newstest2019-src.eng.txt",
    "uk": "newstest2019-ref.ukr.txt",
    "ru": "newstest2019-ref.rus.txt",
}
CATEGORIES = (
    "NUMBER_CHANGED",
    "NAME_CHANGED",
    "DATE_CHANGED",
    "NEGATION_FLIP",
    "WORDS_DROPPED",
    "SPEAKER_CHANGED",
)
PER_CATEGORY = 100
MIN_PER_CATEGORY = 60
CONTROLS = 500
CALIB_FRACTION = 0.3
WRAP_PROBABILITY = 0.5
COLUMNS = (
    "id",
    "split",
    "lang_pair",
    "doc_id",
    "line",
    "category",
    "text_en",
    "text_tgt",
    "text_tgt_orig",
    "speaker_en",
    "speaker_tgt",
    "speaker_tgt_orig",
    "change",
)

QUOTE_CHARS = '"“”„«»'
REPORTING_EN = re.compile(
    r"\b(said|says|say|told|tells|added|adds|asked|according|wrote|insisted|argued|noted|"
    r"stated|explained|warned|claimed|announced)\b",
    re.IGNORECASE,
)
WORD = re.compile(r"[^\W\d_]+(?:['’ʼ-][^\W\d_]+)*")
CYR_WORD = re.compile(r"[А-Яа-яЁёІіЇїЄєҐґ]+(?:['’ʼ-][А-Яа-яЁёІіЇїЄєҐґ]+)*")
DIGITS = re.compile(r"(?<![\w.,])\d+(?:[ \u00a0\u202f]\d{3})*(?:[.,]\d+)?")


# --------------------------------------------------------------------------- lexicon


@dataclass(frozen=True)
class Speaker:
    """A quoted person: English name and Ukrainian/Russian forms in two cases.

    ``forms[lang]`` is (full nominative, full genitive, surname nominative, surname genitive).
    """

    key: str
    gender: str
    en_full: str
    en_short: str
    forms: dict[str, tuple[str, str, str, str]]


@dataclass(frozen=True)
class Place:
    """A country, city or region: its English names and its Ukrainian and Russian lemmas."""

    kind: str
    en: tuple[str, ...]
    lemma: dict[str, str]


@dataclass(frozen=True)
class Lexicon:
    """Everything bench/drift_suite_lexicon.toml holds, in the shapes the edits use."""

    speakers: tuple[Speaker, ...]
    places: tuple[Place, ...]
    surnames: tuple[tuple[str, dict[str, str]], ...]
    words: dict[str, dict[str, tuple[str, ...]]]
    prepositions: dict[str, dict[str, tuple[str, ...]]]
    not_persons: frozenset[str]


def load_lexicon(path: Path = LEXICON) -> Lexicon:
    """Read the speakers, places, surnames and word lists of the suite."""
    with path.open("rb") as handle:
        raw = tomllib.load(handle)
    speakers = tuple(
        Speaker(
            s["key"],
            s["gender"],
            s["en_full"],
            s["en_short"],
            {lang: tuple(s[lang]) for lang in LANGS},
        )
        for s in raw["speaker"]
    )
    places = tuple(
        Place(p["kind"], tuple(p["en"]), {lang: p[lang] for lang in LANGS}) for p in raw["place"]
    )
    surnames = tuple((s["en"], {lang: s[lang] for lang in LANGS}) for s in raw["surname"])
    words = {
        lang: {
            key: tuple(value.split()) if isinstance(value, str) else tuple(value)
            for key, value in raw["words"][lang].items()
        }
        for lang in LANGS
    }
    prepositions = {
        lang: {case: tuple(text.split()) for case, text in raw["prepositions"][lang].items()}
        for lang in LANGS
    }
    not_persons = frozenset(raw["not_persons"]["lemmas"].split())
    return Lexicon(speakers, places, surnames, words, prepositions, not_persons)


LEX = load_lexicon()
SPEAKERS = LEX.speakers
MONTHS = {lang: LEX.words[lang]["months"] for lang in LANGS}
NUMBER_GROUPS = {
    lang: (LEX.words[lang]["numerals_few"], LEX.words[lang]["numerals_many"]) for lang in LANGS
}
STOPWORDS = {lang: frozenset(LEX.words[lang]["stopwords"]) for lang in LANGS}
SUBORDINATORS = {lang: frozenset(LEX.words[lang]["subordinators"]) for lang in LANGS}
YEAR_WORDS = {lang: LEX.words[lang]["year_words"] for lang in LANGS}
YEAR_ABBR = {lang: LEX.words[lang]["year_abbreviations"] for lang in LANGS}
PREPOSITION_CASES = {
    lang: {
        prep: tuple(case for case, preps in LEX.prepositions[lang].items() if prep in preps)
        for preps in LEX.prepositions[lang].values()
        for prep in preps
    }
    for lang in LANGS
}

# Attribution templates: English pattern, which speaker form each language uses
# (index into Speaker.forms), and the reporting verb by gender (None: no verb).
TEMPLATES = {
    "said_full": (
        '"{body}," {en_full} said.',
        0,
        {"uk": ("заявив", "заявила"), "ru": ("заявил", "заявила")},
    ),
    "said_short": (
        '"{body}," {en_short} said.',
        2,
        {"uk": ("сказав", "сказала"), "ru": ("сказал", "сказала")},
    ),
    "statement": (
        '"{body}," {en_full} said in a statement.',
        1,
        {"uk": ("йдеться в заяві",) * 2, "ru": ("говорится в заявлении",) * 2},
    ),
}


@dataclass(frozen=True)
class Wrap:
    """How a line is wrapped as a quote: template and speaker."""

    template: str
    speaker: Speaker

    def en(self, body: str) -> str:
        pattern = TEMPLATES[self.template][0]
        return pattern.format(
            body=body, en_full=self.speaker.en_full, en_short=self.speaker.en_short
        )

    def speaker_en(self) -> str:
        return self.speaker.en_short if self.template == "said_short" else self.speaker.en_full

    def speaker_tgt(self, lang: str, speaker: Speaker | None = None) -> str:
        return (speaker or self.speaker).forms[lang][TEMPLATES[self.template][1]]

    def tgt(self, body: str, lang: str, speaker: Speaker | None = None) -> str:
        who = speaker or self.speaker
        verb = TEMPLATES[self.template][2][lang][0 if who.gender == "m" else 1]
        return f"«{body}», — {verb} {self.speaker_tgt(lang, who)}."


# --------------------------------------------------------------------------- word lists

MONTHS_EN = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
NUMBER_VALUES = (3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 15, 20, 30, 50, 60, 70)
NUMBER_EN = {
    3: "three",
    4: "four",
    5: "five",
    6: "six",
    7: "seven",
    8: "eight",
    9: "nine",
    10: "ten",
    11: "eleven",
    12: "twelve",
    15: "fifteen",
    20: "twenty",
    30: "thirty",
    50: "fifty",
    60: "sixty",
    70: "seventy",
}

NEGATION_INTENSIFIERS = re.compile(
    r"(?i)(?<!\w)(отнюдь|вовсе|нисколько|ничуть|зовсім|анітрохи|ніскільки|аж ніяк|лише|лишь|"
    r"тільки|только|ще|ещё|еще|більше|больше)(?!\w)"
)

NEGATIVE_WORDS = {
    "uk": re.compile(
        r"(?i)(?<![\w'’])(ні|ані|ніхто|нічого|нічим|ніколи|ніде|нікуди|ніякий\w*|"
        r"ніяк\w*|нікого|нікому|жоден|жодн\w*|немає|нема)(?![\w'’])"
    ),
    "ru": re.compile(
        r"(?i)(?<!\w)(ни|никто|ничто|ничего|ничем|никогда|нигде|никуда|никак\w*|"
        r"никого|никому|никоим|ничей\w*|ничь\w*|нет|нельзя)(?!\w)"
    ),
}

# Places: English forms (to check the English side names the same place), the Ukrainian and
# Russian lemmas. A place is only replaced by one of the same kind and the same gender.
# --------------------------------------------------------------------------- morphology


@functools.cache
def _morph(lang: str) -> pymorphy3.MorphAnalyzer:
    return pymorphy3.MorphAnalyzer(lang=lang)


def _norm(word: str) -> str:
    return word.lower().replace("’", "'").replace("ʼ", "'")


@functools.cache
def _parses(lang: str, word: str) -> tuple:
    """Dictionary parses of ``word`` (predicted parses of unknown words are dropped)."""
    morph = _morph(lang)
    if not morph.word_is_known(word):
        return ()
    return tuple(morph.parse(word))


@functools.cache
def _lemma_parse(lang: str, lemma: str, required: frozenset[str]) -> object | None:
    for parse in _parses(lang, lemma):
        grammemes = parse.tag.grammemes
        if parse.normal_form != lemma or not required <= grammemes or "nomn" not in grammemes:
            continue
        if "Fixd" in grammemes or ("plur" in grammemes and "NUMR" not in required):
            continue
        if "Surn" not in required and {"Surn", "Name"} & grammemes:
            continue
        return parse
    return None


def _inflect(lang: str, lemma: str, required: frozenset[str], case: str, like: str) -> str | None:
    """``lemma`` in ``case`` (singular unless a numeral); among variant forms, the one whose
    ending is closest to ``like`` (у червні -> у серпні, not серпневі); None on a tie."""
    parse = _lemma_parse(lang, lemma, required)
    if parse is None:
        return None
    numeral = "NUMR" in required
    forms = [
        f
        for f in parse.lexeme
        if f.tag.case == case and (numeral or "plur" not in f.tag) and required <= f.tag.grammemes
    ]
    if not forms:
        return None
    target = _norm(like)

    def shared_suffix(word: str) -> int:
        n = 0
        while n < min(len(word), len(target)) and word[-1 - n] == target[-1 - n]:
            n += 1
        return n

    scored = {f.word: shared_suffix(f.word) for f in forms}
    best = max(scored.values())
    winners = sorted(w for w, score in scored.items() if score == best)
    return winners[0] if len(winners) == 1 else None


def _match_case(
    previous: str, cases: set[str], lang: str, forms: Callable[[str], str | None]
) -> str | None:
    """The replacement's form for an ambiguous case set, or None when still ambiguous."""
    allowed = PREPOSITION_CASES[lang].get(previous.lower())
    if allowed:
        narrowed = cases & set(allowed)
        cases = narrowed or cases
    produced = {forms(case) for case in sorted(cases)}
    if len(produced) != 1 or None in produced:
        return None
    return produced.pop()


def _restyle(new: str, old: str, text: str) -> str:
    """Copy capitalisation, apostrophe style and ё-spelling of the text onto ``new``."""
    if old[:1].isupper():
        new = new[:1].upper() + new[1:]
    if "ё" not in text.lower():
        new = new.replace("ё", "е").replace("Ё", "Е")
    apostrophe = "’" if "’" in text else "'"
    return new.replace("'", apostrophe)


# --------------------------------------------------------------------------- edits


@dataclass(frozen=True)
class Edit:
    """One change of a body text: the new body and a human-readable description."""

    body: str
    change: str


def _words(text: str) -> Iterator[re.Match[str]]:
    return WORD.finditer(text)


def _previous_word(text: str, start: int) -> str:
    before = list(WORD.finditer(text[:start]))
    if not before or text[before[-1].end() : start].strip():
        return ""
    return before[-1].group()


def _en_numbers(text: str) -> set[str]:
    found = {re.sub(r"\D", "", m.group()) for m in re.finditer(r"\d[\d,.]*", text)}
    lower = text.lower()
    found |= {str(v) for v, w in NUMBER_EN.items() if re.search(rf"\b{w}\b", lower)}
    return found


def _is_year(token: str) -> bool:
    return token.isdigit() and len(token) == 4 and 1800 <= int(token) <= 2099


def _month_lemma(lang: str, word: str) -> tuple[int, set[str]] | None:
    if not word.islower():
        return None
    for parse in _parses(lang, _norm(word)):
        if parse.normal_form in MONTHS[lang] and "NOUN" in parse.tag:
            index = MONTHS[lang].index(parse.normal_form)
            cases = {
                p.tag.case
                for p in _parses(lang, _norm(word))
                if p.normal_form == parse.normal_form and "plur" not in p.tag
            }
            return index, cases
    return None


def _date_context(lang: str, body: str, match: re.Match[str]) -> str | None:
    """'year' or 'day' when the digit token is part of a date expression, else None."""
    token = match.group()
    after = body[match.end() :].lstrip()
    nxt = next(_words(after), None)
    nxt_word = nxt.group() if nxt and nxt.start() == 0 else ""
    if _is_year(token):
        if any(after.startswith(a) for a in YEAR_ABBR[lang]):
            return "year"
        if nxt_word and any(
            p.normal_form in YEAR_WORDS[lang] for p in _parses(lang, _norm(nxt_word))
        ):
            return "year"
        prev = _previous_word(body, match.start())
        if prev and _month_lemma(lang, prev):
            return "year"
        return None
    if token.isdigit() and 1 <= int(token) <= 31 and nxt_word and _month_lemma(lang, nxt_word):
        return "day"
    return None


def edit_number(lang: str, body: str, en: str, rng: random.Random) -> Edit | None:
    """Change one number (its leading digit, or a numeral word) that is not part of a date."""
    en_values = _en_numbers(en)
    options: list[tuple[int, int, str]] = []
    for m in DIGITS.finditer(body):
        if _is_year(m.group()) or _date_context(lang, body, m):
            continue
        if m.start() > 0 and body[m.start() - 1].isalpha():
            continue
        options.append((m.start(), m.end(), "digits"))
    for m in _words(body):
        if _numeral(lang, m.group()):
            options.append((m.start(), m.end(), "word"))
    rng.shuffle(options)
    for start, end, kind in options:
        old = body[start:end]
        new = (
            _new_digits(old, en_values, rng)
            if kind == "digits"
            else _new_numeral(lang, old, body, start, en_values, rng)
        )
        if new and new != old:
            return Edit(body[:start] + new + body[end:], f"number: {old} -> {new}")
    return None


def _new_digits(old: str, en_values: set[str], rng: random.Random) -> str | None:
    first = old[0]
    choices = [d for d in "123456789" if d != first]
    rng.shuffle(choices)
    for digit in choices:
        new = digit + old[1:]
        if re.sub(r"\D", "", new) not in en_values:
            return new
    return None


def _numeral(lang: str, word: str) -> tuple[str, tuple[str, ...], set[str]] | None:
    """(lemma, its interchangeable group, possible cases) for a cardinal numeral word."""
    for group in NUMBER_GROUPS[lang]:
        parses = [
            p for p in _parses(lang, _norm(word)) if "NUMR" in p.tag and p.normal_form in group
        ]
        if parses:
            return parses[0].normal_form, group, {p.tag.case for p in parses}
    return None


def _new_numeral(
    lang: str, old: str, body: str, start: int, en_values: set[str], rng: random.Random
) -> str | None:
    lemma, group, cases = _numeral(lang, old)
    values = dict(zip(NUMBER_GROUPS[lang][0] + NUMBER_GROUPS[lang][1], NUMBER_VALUES, strict=True))
    choices = [g for g in group if g != lemma and str(values[g]) not in en_values]
    rng.shuffle(choices)
    previous = _previous_word(body, start)
    for choice in choices:
        form = _match_case(
            previous,
            cases,
            lang,
            lambda case, c=choice: _inflect(lang, c, frozenset({"NUMR"}), case, old),
        )
        if form:
            return _restyle(form, old, body)
    return None


def edit_date(lang: str, body: str, en: str, rng: random.Random) -> Edit | None:
    """Change the year, month or day of one date expression."""
    options: list[tuple[int, int, str]] = []
    for m in DIGITS.finditer(body):
        kind = _date_context(lang, body, m)
        if kind:
            options.append((m.start(), m.end(), kind))
    for m in _words(body):
        if _month_lemma(lang, m.group()):
            options.append((m.start(), m.end(), "month"))
    rng.shuffle(options)
    en_values, en_lower = _en_numbers(en), en.lower()
    for start, end, kind in options:
        old = body[start:end]
        if kind == "year":
            shifts = [s for s in (-5, -4, -3, -2, -1, 1, 2, 3, 4, 5) if int(old) + s <= 2030]
            rng.shuffle(shifts)
            new = next(
                (str(int(old) + s) for s in shifts if str(int(old) + s) not in en_values), None
            )
        elif kind == "day":
            days = [str(d) for d in range(1, 29) if str(d) != old and str(d) not in en_values]
            new = rng.choice(days) if days else None
        else:
            new = _new_month(lang, old, body, start, en_lower, rng)
        if new and new != old:
            return Edit(body[:start] + new + body[end:], f"{kind}: {old} -> {new}")
    return None


def _new_month(
    lang: str, old: str, body: str, start: int, en_lower: str, rng: random.Random
) -> str | None:
    index, cases = _month_lemma(lang, old)
    choices = [i for i in range(12) if i != index and MONTHS_EN[i] not in en_lower]
    rng.shuffle(choices)
    previous = _previous_word(body, start)
    for i in choices:
        form = _match_case(
            previous,
            cases,
            lang,
            lambda case, i=i: _inflect(lang, MONTHS[lang][i], frozenset({"NOUN"}), case, old),
        )
        if form:
            return _restyle(form, old, body)
    return None


def _gender(tag: object) -> str | None:
    return "masc" if "masc" in tag else "femn" if "femn" in tag else None


def _place(lang: str, word: str) -> tuple[Place, set[str], str | None] | None:
    """(place, possible cases, gender) when ``word`` is a known, declinable place name."""
    lemmas = {place.lemma[lang]: place for place in LEX.places}
    parses = [
        p
        for p in _parses(lang, _norm(word))
        if p.normal_form in lemmas
        and "NOUN" in p.tag
        and not {"plur", "Fixd", "Surn", "Name"} & p.tag.grammemes
    ]
    if not parses:
        return None
    lemma = parses[0].normal_form
    cases = {p.tag.case for p in parses if p.normal_form == lemma}
    return lemmas[lemma], cases, _gender(parses[0].tag)


def _surname(lang: str, word: str, following: str) -> tuple[str, set[str]] | None:
    """(lemma, possible cases) for a declinable masculine surname the dictionary knows.

    Skipped: a first name followed by a surname, a nominative that could be an indeclinable
    feminine surname (it would take masculine endings after the change), non-person lemmas.
    """
    if not word[:1].isupper() or following[:1].isupper() or _place(lang, word):
        return None
    parses = _parses(lang, _norm(word))
    male = [
        p
        for p in parses
        if {"Surn", "masc"} <= p.tag.grammemes and not {"Fixd", "plur"} & p.tag.grammemes
    ]
    if not male or male[0].normal_form in LEX.not_persons:
        return None
    lemma = male[0].normal_form
    feminine = any({"femn", "Fixd"} <= p.tag.grammemes and p.normal_form == lemma for p in parses)
    if feminine and _norm(word) == lemma:
        return None
    return lemma, {p.tag.case for p in male if p.normal_form == lemma}


def _sentence_initial(body: str, start: int) -> bool:
    return not body[:start].strip() or body[:start].rstrip()[-1:] in '.!?«"—:'


def _names_in(en: str, names: tuple[str, ...]) -> bool:
    return any(re.search(rf"\b{re.escape(name)}\b", en) for name in names)


def edit_name(lang: str, body: str, en: str, rng: random.Random) -> Edit | None:
    """Replace one place or person with another of the same kind, declined to the same case."""
    body_lemmas = {p.normal_form for m in _words(body) for p in _parses(lang, _norm(m.group()))}
    options = []
    for m in _words(body):
        if not m.group()[:1].isupper():
            continue
        place = _place(lang, m.group())
        if place:
            found, cases, gender = place
            if _names_in(en, found.en):
                choices = _place_choices(lang, found, gender, en, body_lemmas)
                options.append((m, cases, choices, frozenset({"NOUN"})))
            continue
        person = _surname(lang, m.group(), body[m.end() :].lstrip(" "))
        if person and not _sentence_initial(body, m.start()):
            lemma, cases = person
            choices = [
                forms[lang]
                for name, forms in LEX.surnames
                if forms[lang] not in body_lemmas | {lemma} and not _names_in(en, (name,))
            ]
            options.append((m, cases, choices, frozenset({"Surn", "masc"})))
    rng.shuffle(options)
    for m, cases, choices, required in options:
        edit = _replace_name(lang, body, m, cases, rng.sample(choices, len(choices)), required)
        if edit:
            return edit
    return None


def _replace_name(
    lang: str,
    body: str,
    match: re.Match[str],
    cases: set[str],
    choices: list[str],
    required: frozenset[str],
) -> Edit | None:
    old = match.group()
    previous = _previous_word(body, match.start())
    for lemma in choices:
        form = _match_case(
            previous, cases, lang, lambda case, le=lemma: _inflect(lang, le, required, case, old)
        )
        if form and _norm(form) != _norm(old):
            new = _restyle(form, old, body)
            return Edit(body[: match.start()] + new + body[match.end() :], f"name: {old} -> {new}")
    return None


def _place_choices(
    lang: str, place: Place, gender: str | None, en: str, body_lemmas: set[str]
) -> list[str]:
    """Places of the same kind and gender that neither text mentions."""
    out = []
    for other in LEX.places:
        lemma = other.lemma[lang]
        if other.kind != place.kind or lemma in body_lemmas | {place.lemma[lang]} or lemma in out:
            continue
        parse = _lemma_parse(lang, lemma, frozenset({"NOUN"}))
        if parse is not None and _gender(parse.tag) == gender and not _names_in(en, other.en):
            out.append(lemma)
    return out


def _finite_verb(lang: str, word: str) -> bool:
    parses = _parses(lang, _norm(word))
    if not parses or word[:1].isupper():
        return False
    top = parses[0]
    mood_ok = lang == "uk" or "indc" in top.tag
    tense_ok = any(t in top.tag for t in ("past", "pres", "futr"))
    return "VERB" in top.tag and mood_ok and tense_ok and all("VERB" in p.tag for p in parses)


def _genitive_only(lang: str, word: str) -> bool:
    parses = _parses(lang, _norm(word))
    return bool(parses) and all(p.tag.case in ("gent", "gen2") for p in parses)


def _negation_bound(lang: str, body: str, start: int, end: int) -> bool:
    """True when removing this 'не' would leave words that need it: a genitive of negation
    next to the verb (цього не робила, не матимуть голосів) or a negative intensifier."""
    if NEGATION_INTENSIFIERS.search(body):
        return True
    before = _previous_word(body, start)
    after = [m.group() for m in _words(body[end:])][:3]
    return any(_genitive_only(lang, w) for w in [before, *after[1:]] if w)


def edit_negation(lang: str, body: str, en: str, rng: random.Random) -> Edit | None:
    """Remove the single 'не' before a verb, or add 'не' before the first finite verb."""
    del en, rng
    if NEGATIVE_WORDS[lang].search(body):
        return None
    nes = list(re.finditer(r"(?i)(?<!\w)не (?=\w)", body))
    if len(nes) == 1:
        return _remove_negation(lang, body, nes[0])
    if nes or re.search(r"(?i)(?<!\w)не(?!\w)", body):
        return None
    return _add_negation(lang, body)


def _remove_negation(lang: str, body: str, ne: re.Match[str]) -> Edit | None:
    verb = next(_words(body[ne.end() :])).group()
    if not _finite_verb(lang, verb) or _negation_bound(lang, body, ne.start(), ne.end()):
        return None
    rest = body[ne.end() :]
    if ne.group()[0].isupper():
        rest = rest[:1].upper() + rest[1:]
    change = f"negation removed: {ne.group()}{verb} -> {rest[: len(verb)]}"
    return Edit(body[: ne.start()] + rest, change)


def _add_negation(lang: str, body: str) -> Edit | None:
    for m in _words(body):
        if not _finite_verb(lang, m.group()) or _sentence_initial(body, m.start()):
            continue
        if _previous_word(body, m.start()).lower() in ("би", "б", "бы", "ж", "же", "ли", "чи"):
            continue
        edited = body[: m.start()] + "не " + body[m.start() :]
        return Edit(edited, f"negation added: {m.group()} -> не {m.group()}")
    return None


def _content_words(lang: str, text: str) -> list[str]:
    return [
        w.group()
        for w in CYR_WORD.finditer(text)
        if len(w.group()) >= 4 and _norm(w.group()) not in STOPWORDS[lang]
    ]


def edit_drop(lang: str, body: str, en: str, rng: random.Random) -> Edit | None:
    """Drop the last comma-delimited clause (>= 2 content words): a truncated quote.

    Only a self-contained tail is dropped, so the rest still reads as a sentence: a relative
    or adverbial clause (який/который, оскільки/поскольку, ...), an adverbial participle
    phrase, or a prepositional phrase without a finite verb.
    """
    del en, rng
    parts = body.split(", ")
    if len(parts) < 2:
        return None
    last = parts[-1]
    stripped = last.rstrip(".!?…;:")
    first = next(_words(last), None)
    if first is None or first.start() != 0 or any(c in last for c in QUOTE_CHARS + "()—–"):
        return None
    if not _droppable_start(lang, first.group(), stripped):
        return None
    dropped = len(_content_words(lang, last))
    if dropped < 2 or len(_content_words(lang, body)) - dropped < 3:
        return None
    edited = ", ".join(parts[:-1]) + last[len(stripped) :]
    return Edit(edited, f"dropped: ', {stripped}'")


def _droppable_start(lang: str, word: str, clause: str) -> bool:
    lower = _norm(word)
    if lower in SUBORDINATORS[lang]:
        return True
    parses = _parses(lang, lower)
    if parses and "GRND" in parses[0].tag:
        return True
    if (
        parses
        and all("PREP" in p.tag or "PRCL" in p.tag for p in parses)
        and "PREP" in parses[0].tag
    ):
        return not any(_finite_verb(lang, m.group()) for m in _words(clause))
    return False


EDITORS: dict[str, Callable[[str, str, str, random.Random], Edit | None]] = {
    "NUMBER_CHANGED": edit_number,
    "NAME_CHANGED": edit_name,
    "DATE_CHANGED": edit_date,
    "NEGATION_FLIP": edit_negation,
    "WORDS_DROPPED": edit_drop,
}


# --------------------------------------------------------------------------- suite


@dataclass(frozen=True)
class Line:
    """One NTREX line (1-based ``number``) with its texts and optional quote wrapping."""

    number: int
    doc_id: str
    en: str
    tgt: dict[str, str]
    wrap: Wrap | None

    @property
    def quote_like(self) -> bool:
        return (
            self.wrap is not None
            or any(c in self.en for c in QUOTE_CHARS)
            or bool(REPORTING_EN.search(self.en))
        )

    def body(self, lang: str) -> str:
        text = self.tgt[lang]
        return text[:-1] if self.wrap else text

    def text_en(self) -> str:
        return self.wrap.en(self.en[:-1]) if self.wrap else self.en

    def text_tgt(self, lang: str, body: str | None = None, speaker: Speaker | None = None) -> str:
        body = self.body(lang) if body is None else body
        return self.wrap.tgt(body, lang, speaker) if self.wrap else body


def read_ntrex(root: Path = NTREX) -> tuple[list[str], dict[str, list[str]]]:
    """Document ids and the en/uk/ru lines (line terminators removed, bytes otherwise kept)."""
    texts = {}
    for lang, name in NTREX_FILES.items():
        raw = (root / name).read_bytes().decode("utf-8")
        lines = raw.split("\r\n")
        texts[lang] = lines[:-1] if lines and lines[-1] == "" else lines
    doc_ids = (root / "DOCUMENT_IDS.tsv").read_text(encoding="utf-8").splitlines()
    lengths = {len(doc_ids)} | {len(v) for v in texts.values()}
    if len(lengths) != 1:
        raise ValueError(f"{root}: NTREX files are not line-aligned ({sorted(lengths)})")
    return doc_ids, texts


def _abbreviation_end(text: str) -> bool:
    last = text[:-1].rsplit(" ", 1)[-1]
    return "." in last or (len(last) <= 3 and last.islower()) or len(last) == 1


def _wrappable(en: str, tgts: dict[str, str]) -> bool:
    texts = [en, *tgts.values()]
    if any(not t.endswith(".") or t.endswith("..") or _abbreviation_end(t) for t in texts):
        return False
    if any(c in t for t in texts for c in QUOTE_CHARS) or REPORTING_EN.search(en):
        return False
    return 40 <= len(en) <= 260


def build_lines(seed: int, root: Path = NTREX) -> list[Line]:
    """Every NTREX line, some wrapped as attributed quotes (seeded per line)."""
    doc_ids, texts = read_ntrex(root)
    lines = []
    for i, doc in enumerate(doc_ids):
        en, tgts = texts["en"][i], {lang: texts[lang][i] for lang in LANGS}
        rng = random.Random(f"{seed}:wrap:{i + 1}")
        wrap = None
        if _wrappable(en, tgts) and rng.random() < WRAP_PROBABILITY:
            speakers = [s for s in SPEAKERS if s.en_short not in en]
            wrap = Wrap(rng.choice(sorted(TEMPLATES)), rng.choice(speakers))
        lines.append(Line(i + 1, doc, en, tgts, wrap))
    return lines


def split_documents(doc_ids: list[str], seed: int) -> dict[str, str]:
    """Map each document to 'calib' (a seeded ~30% of documents) or 'test'."""
    unique = sorted(set(doc_ids))
    random.Random(f"{seed}:split").shuffle(unique)
    calib = set(unique[: round(CALIB_FRACTION * len(unique))])
    return {doc: "calib" if doc in calib else "test" for doc in unique}


def _speaker_edit(line: Line, lang: str, rng: random.Random) -> tuple[Speaker, str] | None:
    if line.wrap is None:
        return None
    current = line.wrap.speaker
    others = [
        s
        for s in SPEAKERS
        if s.key != current.key
        and s.en_short not in line.en
        and line.wrap.speaker_tgt(lang, s) != line.wrap.speaker_tgt(lang)
    ]
    new = rng.choice(others)
    change = f"speaker: {line.wrap.speaker_tgt(lang)} -> {line.wrap.speaker_tgt(lang, new)}"
    return new, change


def _row(
    line: Line, lang: str, split: str, category: str, text_tgt: str, change: str, speaker_tgt: str
) -> dict[str, str]:
    wrapped = line.wrap is not None
    return {
        "id": f"en-{lang}-{line.number:04d}",
        "split": split,
        "lang_pair": f"en-{lang}",
        "doc_id": line.doc_id,
        "line": str(line.number),
        "category": category,
        "text_en": line.text_en(),
        "text_tgt": text_tgt,
        "text_tgt_orig": line.text_tgt(lang),
        "speaker_en": line.wrap.speaker_en() if wrapped else "",
        "speaker_tgt": speaker_tgt,
        "speaker_tgt_orig": line.wrap.speaker_tgt(lang) if wrapped else "",
        "change": change,
    }


def build_pair(
    lines: list[Line], lang: str, seed: int, splits: dict[str, str]
) -> list[dict[str, str]]:
    """The rows of one language pair: changed rows per category, then controls."""
    candidates: dict[str, dict[int, dict[str, str]]] = {c: {} for c in CATEGORIES}
    for line in lines:
        split = splits[line.doc_id]
        own_speaker = line.wrap.speaker_tgt(lang) if line.wrap else ""
        for category in CATEGORIES:
            rng = random.Random(f"{seed}:{lang}:{category}:{line.number}")
            if category == "SPEAKER_CHANGED":
                found = _speaker_edit(line, lang, rng)
                if found:
                    new, change = found
                    candidates[category][line.number] = _row(
                        line,
                        lang,
                        split,
                        category,
                        line.text_tgt(lang, speaker=new),
                        change,
                        line.wrap.speaker_tgt(lang, new),
                    )
                continue
            edit = EDITORS[category](lang, line.body(lang), line.en, rng)
            if edit and edit.body != line.body(lang):
                candidates[category][line.number] = _row(
                    line,
                    lang,
                    split,
                    category,
                    line.text_tgt(lang, edit.body),
                    edit.change,
                    own_speaker,
                )
    by_number = {line.number: line for line in lines}
    taken: set[int] = set()
    rows = []
    for category in sorted(CATEGORIES, key=lambda c: (len(candidates[c]), c)):
        pool = [n for n in candidates[category] if n not in taken]
        chosen = _balanced(pool, candidates[category], by_number, f"{seed}:{lang}:{category}")
        if len(chosen) < MIN_PER_CATEGORY:
            raise ValueError(f"en-{lang}: only {len(chosen)} rows for {category}")
        taken |= set(chosen)
        rows += [candidates[category][n] for n in chosen]
    pool = [line.number for line in lines if line.number not in taken]
    for number in _prefer_quotes(pool, by_number, f"{seed}:{lang}:NONE")[:CONTROLS]:
        line = by_number[number]
        own = line.wrap.speaker_tgt(lang) if line.wrap else ""
        rows.append(_row(line, lang, splits[line.doc_id], "NONE", line.text_tgt(lang), "", own))
    return sorted(rows, key=lambda r: int(r["line"]))


def _balanced(
    numbers: list[int], rows: dict[int, dict[str, str]], by_number: dict[int, Line], salt: str
) -> list[int]:
    """Up to PER_CATEGORY lines, taken in turn from each kind of change (year/month/day,
    negation added/removed, ...) so that a rare kind is not crowded out."""
    kinds: dict[str, list[int]] = {}
    for n in numbers:
        kinds.setdefault(rows[n]["change"].split(":")[0], []).append(n)
    queues = [_prefer_quotes(kinds[k], by_number, f"{salt}:{k}") for k in sorted(kinds)]
    chosen: list[int] = []
    while len(chosen) < PER_CATEGORY and any(queues):
        for queue in queues:
            if queue and len(chosen) < PER_CATEGORY:
                chosen.append(queue.pop(0))
    return chosen


def _prefer_quotes(numbers: list[int], by_number: dict[int, Line], salt: str) -> list[int]:
    rng = random.Random(salt)
    keyed = [(not by_number[n].quote_like, rng.random(), n) for n in sorted(numbers)]
    return [n for _, _, n in sorted(keyed)]


def write_csv(rows: list[dict[str, str]], path: Path) -> None:
    """Write rows as UTF-8 CSV with LF line ends."""
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def generate(
    out: Path, *, seed: int = DEFAULT_SEED, root: Path = NTREX
) -> dict[str, list[dict[str, str]]]:
    """Build both language pairs and write ``en-uk.csv`` and ``en-ru.csv`` under ``out``."""
    lines = build_lines(seed, root)
    splits = split_documents([line.doc_id for line in lines], seed)
    out.mkdir(parents=True, exist_ok=True)
    result = {}
    for lang in LANGS:
        rows = build_pair(lines, lang, seed, splits)
        write_csv(rows, out / f"en-{lang}.csv")
        result[f"en-{lang}"] = rows
    return result


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args(argv)
    result = generate(args.out, seed=args.seed)
    for pair, rows in result.items():
        counts: dict[tuple[str, str], int] = {}
        for row in rows:
            key = (row["category"], row["split"])
            counts[key] = counts.get(key, 0) + 1
        summary = ", ".join(
            f"{c} {counts.get((c, 'calib'), 0)}+{counts.get((c, 'test'), 0)}"
            for c in (*CATEGORIES, "NONE")
        )
        print(f"{pair}: {len(rows)} rows (calib+test): {summary}")


if __name__ == "__main__":
    main()
