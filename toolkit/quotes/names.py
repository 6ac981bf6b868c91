"""Speaker names normalised across languages, scripts and inflections.

Built on `toolkit.translit` (Latin matching keys, pymorphy3 lemmas). A speaker is keyed
by the surname (the last word of a name that is not an initial), lemmatised (Путіна ->
Путін), transliterated and folded; variants that transliteration alone leaves apart
(Столтенберг/Stoltenberg, Байден/Biden, Джонсон/Johnson) are folded further here.
Reusable by any stage that compares speakers.

Example:
    >>> speaker_key("Володимира Путіна", "uk"), speaker_key("Putin", "en")
    ('putin', 'putin')
    >>> same_speaker("Буша", "uk", "George W. Bush", "en")
    True
"""

from __future__ import annotations

import functools
import re

from toolkit.morph import MORPH_LANGS, analyzer, fold
from toolkit.translit import keys_close, latin_key, lemma, stem

_WORD_RE = re.compile(r"[^\W\d_](?:[\w'’-]*\w)?\.?", re.UNICODE)
_FOLD_RULES = (
    (re.compile(r"oi(?:s|ks)?$"), "ua"),  # French spelling: Dubois = Дюбуа, Delacroix = Делакруа
    (re.compile(r"eau"), "o"),  # French spelling: Moreau = Моро, Rousseau = Руссо
    (re.compile(r"(?<=[bcdfgklmnprstvz])iu"), "u"),  # Cyrillic ю after a consonant: Дю = Du
    (re.compile(r"dzh|dz(?=[aeiou])|dj"), "i"),
    (re.compile(r"skh|sch"), "sh"),  # German sch = ш  # latin_key already spells j as i
    (re.compile(r"([szck])h"), lambda m: m.group(1).upper()),  # protect sh zh ch kh
    (re.compile(r"g"), "h"),
    (re.compile(r"(?<=.)h"), ""),
    (re.compile(r"ai"), "i"),
    (re.compile(r"ie"), "e"),
    (re.compile(r"e"), "i"),  # Ukrainian і is Russian е: Олійник / Олейник, Пасічник / Пасечник
    (re.compile(r"(.)\1+"), r"\1"),
    (re.compile(r"[SZCK]"), lambda m: m.group().lower() + "h"),
)
_VOWELS = "aeiou"


def surname(name: str) -> str:
    """The word of `name` that keys it: the last word that is not an initial or suffix.

    Example:
        >>> surname("George W. Bush"), surname("Буша-молодшого"), surname("Putin's")
        ('Bush', 'Буша', 'Putin')
    """
    words = _name_words(name)
    if not words:
        return name.strip()
    word = re.sub(r"['’]s$", "", words[-1])
    head, _, tail = word.partition("-")
    return head if tail.lower() in _SUFFIXES else word


_SUFFIXES = frozenset({"jr", "sr", "молодший", "молодшого", "младший", "младшего", "ii", "iii"})


def _name_words(name: str) -> list[str]:
    """The words of a name, initials and suffixes (Jr, молодший) left out."""
    words = [w.rstrip(".") for w in _WORD_RE.findall(name) if not _is_initial(w)]
    return [w for w in words if w.lower() not in _SUFFIXES]


def _is_initial(word: str) -> bool:
    return word.endswith(".") and len(word.rstrip(".")) <= 3


@functools.lru_cache(maxsize=65536)
def speaker_key(name: str, lang: str) -> str:
    """The cross-language key of a speaker's name: "putin" for Путіна, Путину, Putin.

    Empty names give "". `lang` is the language the name is written in ("en", "uk", "ru").
    """
    word = surname(name)
    if not word:
        return ""
    base = _surname_lemma(word, lang)
    key = latin_key(base, lang)
    for pattern, repl in _FOLD_RULES:
        key = pattern.sub(repl, key)
    key = key.lower()
    if len(key) >= 5 and key[-1] in _VOWELS:
        key = key[:-1]
    return key


def _surname_lemma(word: str, lang: str) -> str:
    """The nominative of a surname; adjectival surnames (Зеленського) via their lemma."""
    if lang not in MORPH_LANGS:
        return lemma(word, lang)
    low = fold(word).lower()
    parses = analyzer(lang).parse(low)
    named = [p for p in parses if {"Surn", "Name"} & set(str(p.tag).replace(" ", ",").split(","))]
    # one person is named in the singular: Труханов is not the plural of a name Трухан; and
    # not in the vocative: Довгань is no "Довганя!"
    named = [p for p in named if "plur" not in str(p.tag) and "voct" not in str(p.tag)]
    as_is = [p for p in named if "nomn" in str(p.tag) and fold(p.normal_form) == low]
    for parse in as_is or named:  # Делл is a nominative itself, not a form of Делла
        return fold(parse.normal_form)
    for parse in parses:
        if parse.tag.POS == "ADJF" and re.search(r"(ськ|цьк|ск|цк)", parse.normal_form):
            return fold(parse.normal_form)
    return stem(word, lang)


@functools.lru_cache(maxsize=65536)
def gender_of(word: str, lang: str) -> str | None:
    """ "masc" or "femn" when every name reading of `word` agrees (uk/ru), else None."""
    if lang not in MORPH_LANGS:
        return None
    genders = set()
    for parse in analyzer(lang).parse(fold(word).lower()):
        tags = set(str(parse.tag).replace(" ", ",").split(","))
        if {"Surn", "Name", "Patr"} & tags:
            genders |= {"masc", "femn"} & tags
    return genders.pop() if len(genders) == 1 else None


def same_speaker(a: str, lang_a: str, b: str, lang_b: str) -> bool:
    """Whether two written names denote one speaker: equal keys, or close ones; a short
    surname key (under four letters, which must otherwise be equal) is close enough when both
    names give the same first name (Ursula von der Leyen / Урсули фон дер Ляєн: "len" /
    "lien")."""
    ka, kb = speaker_key(a, lang_a), speaker_key(b, lang_b)
    if not ka or not kb:
        return False
    if keys_close(ka, kb):
        return True
    first_a, first_b = _first_name_word(a), _first_name_word(b)
    return (
        bool(first_a and first_b)
        and keys_close(ka, kb, min_length=3)
        and keys_close(speaker_key(first_a, lang_a), speaker_key(first_b, lang_b))
    )


def _first_name_word(name: str) -> str:
    """The first word of a name of two or more words (initials, particles and suffixes
    left out), else ""."""
    words = [w for w in _name_words(name) if w[:1].isupper()]
    return words[0] if len(words) >= 2 else ""
