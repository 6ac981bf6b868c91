"""Words one version leaves untranslated, in another language's letters.

A translation that keeps a word of its source as it is ("light rains are ожидаются", "нетопыри
soprano") has not rendered that word for its readers. Such words (`leftovers`) are read from
their letters alone: Latin or Cyrillic against the text's own script; between Ukrainian and
Russian, the letters only one of them writes (і ї є ґ against ы э ъ ё: "він" in "Он сказал,
що він не прийде"), so a word written only with letters both use ("що", "прийде") is not
found. A pair of versions differs in such a word unless both keep it: the Russian version's
"next week" counts against the English version, which writes it as its own words, and
against the Ukrainian one, which translated it; so a story's third version confirms which
version kept it (toolkit.crosscheck).

English news writes Cyrillic names in Latin letters, so every Cyrillic word of an English
text is one ("in the municipality of Блаттен"). Ukrainian and Russian news keep many Latin
words as they are, so there a Latin word is one only when it is a lower-case English word
(toolkit.english: "soprano"; not the Welsh "twp" an article cites), not part of an address
(weather.com, help@weather.com), not in a run of Latin words (numbers between them too) that
holds a word with a capital letter ("The Power of Nutrition", "Global citizen", "iPhone 15
pro": a name, a title or a cited phrase), and not set in quotation marks on its own (a word
cited as a word: слово «deadline» означає ...).
Between Ukrainian and Russian the same holds, with the other language's dictionary
(pymorphy3) in place of the English one.

Not found, by these rules: a kept word that opens a sentence (capitalised), a hyphenated
English word (the dictionary lists no compounds), and a Russian word kept in Ukrainian text
but written with е for ё.

Example:
    >>> untranslated_words("Pilots flew in небе over the city", "en", "Пилоты летали в небе", "ru")
    ['небе']
    >>> untranslated_words("Він грав у Fortuna", "uk", "He played for Fortuna", "en")
    []
    >>> untranslated_words("Он сказал, що він не прийде", "ru", "Він сказав, що він", "uk")
    ['він']
"""

from __future__ import annotations

import functools
import re

from toolkit.compare.numbers import check_lang
from toolkit.compare.words import WORD_RE
from toolkit.english import en_words
from toolkit.morph import analyzer, fold

# bump when the rules change (part of the run's compare signature)
# scripts2: Ukrainian words kept in Russian text and Russian words kept in Ukrainian text
# scripts3 (after review): a number continues a run and a line break ends it; a word with a
# capital letter anywhere (iPhone) cites its run; straight quote marks cite only when they
# open and close the run; addresses need an address's shape (@, ://, www., .com); the
# dictionary look-up folds the apostrophe
# scripts4: a text's leftovers in every other language's letters, whatever it is compared
# with; a pair differs in one unless both versions keep it (so the third version confirms)
SCRIPTS_VERSION = 4

_LATIN = re.compile("[A-Za-z]")
_CYRILLIC = re.compile("[А-Яа-яЁёІіЇїЄєҐґ]")
# letters one of the two Cyrillic languages writes and the other does not
_ONLY = {"uk": re.compile("[ІіЇїЄєҐґ]"), "ru": re.compile("[ЫыЭэЪъЁё]")}
SCRIPT_OF = {"en": _LATIN, "uk": _CYRILLIC, "ru": _CYRILLIC}
# languages whose news keeps names, titles and addresses of the other script as they are
KEEPS_FOREIGN = frozenset(["uk", "ru"])
# per-text leftovers kept in memory, as toolkit.compare.features keeps its text profiles
LEFTOVER_CACHE = 65_536
_OPENING = "«\"„“‘'‹"
_CLOSING = "»\"“”’'›"
_EDGES = "«»\"„“”‘’'‹›()[]{}.,;:!?…—–-"
_STRAIGHT = "\"'"
_ADDRESS = re.compile(r"\w@\w|://|^www\.|\w\.[a-z]{2,6}(?:/|$)")


def untranslated_words(text: str, lang: str, other: str, other_lang: str) -> list[str]:
    """The words `text` (in `lang`) keeps untranslated (`leftovers`) that `other` (in
    `other_lang`) does not keep as well, in text order: a word `other` writes as a word of
    its own language counts, one both versions keep untranslated does not (they do not
    differ in it). Empty for two texts of one language."""
    check_lang(lang)
    check_lang(other_lang)
    if lang == other_lang:
        return []
    other_words = {fold(w).lower() for w in WORD_RE.findall(other)}
    return [
        m.group()
        for m in leftovers(text, lang)
        if fold(m.group()).lower() not in other_words or _native(m.group(), other_lang)
    ]


@functools.lru_cache(maxsize=LEFTOVER_CACHE)
def leftovers(text: str, lang: str) -> tuple[re.Match, ...]:
    """The words of `text` (in `lang`) written in the letters of another language of the
    toolkit and kept untranslated, by the module's rules, in text order. Computed once per
    text: a story compares each version with every other."""
    check_lang(lang)
    found: dict[int, re.Match] = {}
    read: set[tuple[re.Pattern, re.Pattern]] = set()
    for foreign_lang in SCRIPT_OF:
        letters = _letters(lang, foreign_lang)
        if letters is None or letters in read:  # English reads Cyrillic once, not per language
            continue
        read.add(letters)
        runs = _foreign_runs(text, *letters)
        if lang in KEEPS_FOREIGN:
            runs = [run for run in runs if not _cited(text, run)]
        for m in (m for run in runs for m in run):
            if lang in KEEPS_FOREIGN and not (
                _known(m.group(), foreign_lang) and not _in_address(text, m)
            ):
                continue
            found[m.start()] = m
    return tuple(found[k] for k in sorted(found))


def _native(word: str, lang: str) -> bool:
    """Whether `word` is written in `lang`'s own letters only (Latin for English; Cyrillic
    without the letters only the other of Ukrainian and Russian writes)."""
    if not SCRIPT_OF[lang].search(word):
        return False
    others = [SCRIPT_OF[x] for x in SCRIPT_OF if SCRIPT_OF[x] is not SCRIPT_OF[lang]]
    others += [_ONLY[x] for x in _ONLY if x != lang and lang in _ONLY]
    return not any(p.search(word) for p in others)


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
    for m in WORD_RE.finditer(text):
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
