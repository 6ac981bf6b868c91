"""Words one version leaves untranslated, in the other version's letters.

A translation that keeps a word of its source as it is ("light rains are ожидаются", "нетопыри
soprano") has not rendered that word for its readers. Such words are read from their letters
alone: between en and uk or ru by script; between uk and ru by the letters only one of them
writes (і ї є ґ against ы э ъ ё: "він" in "Он сказал, що він не прийде"), so a word written
only with letters both use ("що", "прийде") is not found. A word counts only when the other
version writes it as it is (else it is not a word kept from that version).

English news writes Cyrillic names in Latin letters, so every Cyrillic word of an English
text counts ("in the municipality of Блаттен"). Ukrainian and Russian news keep many Latin
words as they are, so there a Latin word counts only when it is a lower-case English word
(toolkit.english: "soprano"; not the Welsh "twp" an article cites), not part of an address
(weather.com, help@weather.com), not in a run of Latin words (numbers between them too) that
holds a word with a capital letter ("The Power of Nutrition", "Global citizen", "iPhone 15
pro": a name, a title or a cited phrase), and not set
in quotation marks on its own (a word cited as a word: слово «deadline» означає ...).
Between Ukrainian and Russian the same holds, with the other language's dictionary
(pymorphy3) in place of the English one.

Not found, by these rules: a kept word that opens a sentence (capitalised), a hyphenated
English word (the dictionary lists no compounds), a Russian word kept in Ukrainian text but
written with е for ё, and anything that the other version does not write letter for letter
(case, ё and the apostrophe's forms aside).

Example:
    >>> untranslated_words("Pilots flew in небе over the city", "en", "Пилоты летали в небе", "ru")
    ['небе']
    >>> untranslated_words("Він грав у Fortuna", "uk", "He played for Fortuna", "en")
    []
    >>> untranslated_words("Он сказал, що він не прийде", "ru", "Він сказав, що він", "uk")
    ['він']
"""

from __future__ import annotations

import re

from toolkit.compare.numbers import check_lang
from toolkit.english import en_words
from toolkit.morph import analyzer, fold

# bump when the rules change (part of the run's compare signature)
# scripts2: Ukrainian words kept in Russian text and Russian words kept in Ukrainian text
# scripts3 (after review): a number continues a run and a line break ends it; a word with a
# capital letter anywhere (iPhone) cites its run; straight quote marks cite only when they
# open and close the run; addresses need an address's shape (@, ://, www., .com); the
# dictionary look-up folds the apostrophe
SCRIPTS_VERSION = 3

_LATIN = re.compile("[A-Za-z]")
_CYRILLIC = re.compile("[А-Яа-яЁёІіЇїЄєҐґ]")
# letters one of the two Cyrillic languages writes and the other does not
_ONLY = {"uk": re.compile("[ІіЇїЄєҐґ]"), "ru": re.compile("[ЫыЭэЪъЁё]")}
SCRIPT_OF = {"en": _LATIN, "uk": _CYRILLIC, "ru": _CYRILLIC}
# languages whose news keeps names, titles and addresses of the other script as they are
KEEPS_FOREIGN = frozenset(["uk", "ru"])
_WORD = re.compile(r"[^\W_]+(?:['’ʼ\-][^\W_]+)*")
_OPENING = "«\"„“‘'‹"
_CLOSING = "»\"“”’'›"
_EDGES = "«»\"„“”‘’'‹›()[]{}.,;:!?…—–-"
_STRAIGHT = "\"'"
_ADDRESS = re.compile(r"\w@\w|://|^www\.|\w\.[a-z]{2,6}(?:/|$)")


def untranslated_words(text: str, lang: str, other: str, other_lang: str) -> list[str]:
    """The words of `text` (in `lang`) written in letters only `other_lang` writes and
    standing as they are in `other`, in text order (see the module's rules). Empty for two
    texts of one language."""
    check_lang(lang)
    check_lang(other_lang)
    letters = _letters(lang, other_lang)
    if letters is None:
        return []
    other_words = {fold(w).lower() for w in _WORD.findall(other)}
    runs = _foreign_runs(text, *letters)
    if lang in KEEPS_FOREIGN:
        runs = [run for run in runs if not _cited(text, run)]
    words = [m for run in runs for m in run]
    if lang in KEEPS_FOREIGN:
        words = [m for m in words if _known(m.group(), other_lang) and not _in_address(text, m)]
    return [m.group() for m in words if fold(m.group()).lower() in other_words]


def _letters(lang: str, other_lang: str) -> tuple[re.Pattern, re.Pattern] | None:
    """The letters of `lang`'s own words and those of words only `other_lang` writes, or
    None when no letter tells the two apart (one language)."""
    own, foreign = SCRIPT_OF[lang], SCRIPT_OF[other_lang]
    if own is not foreign:
        return own, foreign
    if lang in _ONLY and other_lang in _ONLY and lang != other_lang:
        return _ONLY[lang], _ONLY[other_lang]
    return None


def _known(word: str, lang: str) -> bool:
    """Whether `word` is a dictionary word of `lang` as written (English: lower-case in
    toolkit.english; Ukrainian, Russian: known to pymorphy3)."""
    if lang == "en":
        return word in en_words()
    return word.islower() and analyzer(lang).word_is_known(fold(word))


def _foreign_runs(text: str, own: re.Pattern, foreign: re.Pattern) -> list[list[re.Match]]:
    """Maximal runs of words with `foreign` letters and none of the `own` ones, with nothing
    but spaces (no line break) between neighbours; a number inside a run continues it
    ("iPhone 15 pro")."""
    runs: list[list[re.Match]] = []
    current: list[re.Match] = []
    last_end = 0
    for m in _WORD.finditer(text):
        word = m.group()
        gap = text[last_end : m.start()]
        joined = bool(current) and not gap.strip() and "\n" not in gap
        if word.isdigit() and joined:
            last_end = m.end()  # a number keeps the run going
            continue
        if not foreign.search(word) or own.search(word):
            current = []
            continue
        if not joined:
            current = []
            runs.append(current)
        current.append(m)
        last_end = m.end()
    return runs


def _cited(text: str, run: list[re.Match]) -> bool:
    """A run that is a name, a title or a citation: it holds a word with a capital letter
    ("Global citizen", "iPhone 15 pro"), or quotation marks enclose it (a straight quote mark
    only where it opens or closes: not the closing mark of a word just before the run)."""
    if any(not m.group().islower() for m in run):
        return True
    start = len(text[: run[0].start()].rstrip())
    end = len(text) - len(text[run[-1].end() :].lstrip())
    before, after = text[start - 1 : start], text[end : end + 1]
    if not before or before not in _OPENING or not after or after not in _CLOSING:
        return False
    if before in _STRAIGHT and start >= 2 and text[start - 2].isalnum():
        return False  # it closes the word before it
    return not (after in _STRAIGHT and text[end + 1 : end + 2].isalnum())


def _in_address(text: str, m: re.Match) -> bool:
    """Whether the word is part of a web or e-mail address: its space-delimited chunk holds
    an @ or ://, opens with www., or ends in a dot and a domain ending (weather.com,
    LiverpoolFC.com/news); not words joined by a slash ("він/вона")."""
    left = m.start()
    while left > 0 and not text[left - 1].isspace():
        left -= 1
    right = m.end()
    while right < len(text) and not text[right].isspace():
        right += 1
    return bool(_ADDRESS.search(text[left:right].strip(_EDGES).lower()))
