"""Negation cues and antonyms in en/uk/ru.

Negation is counted per clause (clauses split at , ; : and dashes, except that a clause
opening with "ні"/"ни"/"nor"/"or" continues the one before: "ні Путін, ні Буш не ..."):
- English: not, n't, never, no, none, nobody, nothing, nowhere, cannot, without, and the
  verbs of failure unable / fail(ed) (rendered "не змогли", "не удалось") each count one,
  except a "fail" right after a negation ("will not fail" / "не підведемо");
  "neither ... nor" counts once; "not only" / "not just", "not long after / before / ago"
  and the bounds "no more / less / fewer / later / earlier than" count zero.
- Ukrainian and Russian: each "не" counts one, as do немає/нема/нет/нельзя and без; the
  negative pronouns and adverbs (ніхто, нічого, ніколи, жоден, ні; никто, ничего, никогда,
  ни один, ни) agree with a verb's "не" (negative concord: "ніхто не прийшов" is one
  negation) and count once per clause only when no other cue is there. "не лише / не тільки /
  не только / не лишь" (not only) count zero; "хто б не / кто бы ни" (whoever) count zero;
  so do "чуть не / ледь не / мало не" (almost), "не раз" (repeatedly), "не так давно" (recently),
  "не дивлячись на / не зважаючи на / не смотря на" (despite), "його / его не стало" (died);
  "не можу не сказати" counts two (a double negation, read as positive); the bounds "не
  менше / більше / пізніше / раніше", "не менее / более / позднее / раньше" (at least, at most,
  by) count zero.
A flip between two paired texts is a difference in the parity of their counts.

Antonyms: a small curated lexicon of news-relevant opposites (accept/reject, ally/enemy,
allow/forbid, increase/decrease, win/lose, agree/refuse, ...), one concept id per pair with
lemmas in each language, matched by lemma, so pairs are found across languages. "for" and
"against" are a pair too, where a vote or a stance is meant: "voted for" / "in favour of" /
"голосували за" / "выступили за" against "against" / "проти" / "против".

Modality: possibility (may, might, could, can, perhaps, maybe, probably, likely; можливо, може,
міг би, мабуть, ймовірно;
возможно, может, мог бы, пожалуй) against necessity (must, should, ought, have to, need to;
має / мусить / повинен / слід / треба / потрібно; должен / обязан / надо / нужно / следует).
A verb that is modal only before an infinitive (має, слід, следует) counts only there.
`modality_pairs` reports a text that uses only one kind against a text that uses only
the other ("Perhaps Russia could be an ally" / "Росія має стати союзником").

Example:
    >>> negation_count("Ніхто нічого не сказав", "uk"), negation_count("Nobody said a word", "en")
    (1, 1)
    >>> [(p.concept, p.word_a, p.word_b) for p in antonym_pairs(
    ...     "Москва відхилила пропозицію", "uk", "Moscow accepted the offer", "en")]
    [('accept_reject', 'відхилила', 'accepted')]
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol

import numpy as np

from toolkit.compare.antonym_table import ANTONYMS
from toolkit.compare.numbers import check_lang
from toolkit.compare.words import covering
from toolkit.morph import MORPH_LANGS, fold, grammemes
from toolkit.morph import parse as morph_parse

# Bumped when the cues counted change (for the run signature's compare fragment):
# 2 = "без сумніву" / "без вести" / "пішло не так" count no negation, "NOOOO" counts one;
# 3 = with token vectors, an antonym pair counts only between corresponding words
# (toolkit.compare.words.words_correspond); 4 = `negation_gain`: how much closer the side
# with more cues comes to the other side when one of its cues is deleted.
# 5 = "чуть не" / "ледь не" (almost), "не раз" (repeatedly), "не так давно" (recently)
# count no negation. 6 = "не" in a clause of "поки / доки / пока" (until) and "without fail"
# count no negation; implicit negatives (`implicit_negatives`: lacks, has yet to, false,
# landlocked; відсутній, отсутствует) may stand for the other side's extra cues
# (compare's `negation_implicit`). 7 = scarce, shortage, short of, out-of-form and reject(ed) are
# implicit negatives too ("water is scarce" / "воды не хватает"). 8 = "not long after /
# before / ago" (soon after), "не дивлячись на / не зважаючи на / не смотря на" (despite) and
# "його / его не стало" (he died) count no negation. 9 = avoid, prevent, instead, rather than
# and refrain are implicit negatives ("to prevent others" / "щоб не дати іншим", "was instead
# expecting a Filipino" / "ожидали филиппинку, а не афроамериканку"). 10 = "probably" and
# "likely" are possibility, as "ймовірно" / "вероятно" already were ("I probably didn't" /
# "Я, вероятно, не" read as possibility on one side only). 11 = a cue that negates a
# denying word (litotes: "не исключено", "не перестаю", "did not rule out", "no doubt";
# `litotes`) or a word the other side writes with a negative prefix ("not surprising" /
# "Неудивительно", "не известно" / "unknown"; `prefixed_negatives`) may explain the
# difference in cues (`cues_said_otherwise`). 12 = the Ukrainian and Russian implicit
# negatives hold the equivalents of the English ones (false, wrong, refuse, avoid,
# prevent, instead, reject, shortage, hardly: хибний / ложный, відмовитися / отказаться,
# замість / вместо, ...), so a Ukrainian and a Russian translation that render one English
# word with and without "не" are no flip. 13 = a negated word the other side writes with
# a negative prefix needs only one best match either way when that side is Ukrainian or
# Russian ("not suitable" / "невідповідним"; English keeps the mutual match: "unseat"),
# and articles stand between a cue and its word ("not an easy task" / "непростая");
# "whether or not" / "чи ні" / "или нет", "with or without", "not until" (only when), "no
# doubt", "свести на нет" and "какими бы ни" (any case of the question word) count no
# negation; "No, no, no" counts one; still to, oblivious and scarcely are implicit
# negatives, and so are утриматися / воздержаться (refrain); "не первый", "не последний",
# "не единственный" are litotes; a negated pole of an antonym pair says the other pole
# ("denied" / "не підтвердив": no opposed pair, and the cue is made up); a "без" that ends
# its clause ("с дефисом и без") has nothing to go without. 14: fourteen more antonym pairs
# (most / least, easy / hard, happy / sad, success / failure, similar / different, arrival /
# departure, rich / poor, cheap / expensive, high / low, fast / slow, safe / dangerous, buy /
# sell, maximum / minimum, positive / negative) and более / менее, більш / менш. 15: a
# "nor" after a "not" counts only where it opens a clause of its own ("nor did she"). 16: a
# negated word and the other side's prefixed word correspond among each other's two most
# similar words, not only as best matches (toolkit.compare.features.PREFIXED_TOP); with token
# vectors a modal pair, as an antonym pair, counts only between corresponding words. 17: a
# verb of failure right after a negation counts no second one ("will not fail" / "не
# підведемо"); "never more so" (most of all) counts none; awake and stay up are implicit
# negatives, and so is "lost the ability" (утратив можливість /
# утратил способность, лишился возможности: unable); a bound counts none and is no pole
# of an antonym pair ("не менее 10" / "at least 10", "no later than" / "не позднее");
# "non-UK" and "un-American" are prefixed words, and so are nouns of quality in -ость / -ість
# ("невиновности", "not guilty"). 18: an implicit negative explains an extra cue only
# beyond the implicit negatives of the side with the cue ("avoid" / "избегайте" cancel out;
# toolkit.compare.features._said_otherwise). 19: `negation_shift`, how far deleting the cue
# moves its own side, so that the flag stage can weigh the gain against it. 20: a negation
# moved to another word (`moved_negations`): as many cues on both sides, but a word each
# side negates has its counterpart far from the other side's cues. 21: 25 more antonym
# concepts of news text (alive / dead, natural / artificial, feed / starve, ease / tighten,
# exact / approximate, help / hinder, improve / worsen, ...) and more words for good / bad,
# similar / different (the verbs differ, отличаться) and praise / criticise (thanks,
# благодарность). 22: a negated "violate" says "keep" ("не порушив обіцянки" / "kept his
# promise"; `_VIOLATING`), unless the other side violates or breaks something itself
# (the negation probe, session 33). 23: the Ukrainian "avoid" in every form, the noun
# "уникнення" and "уникне" too (the Russian pattern already took "избежание").
NEGATION_VERSION = 23
# how many words from a cue of the other side a negated word's counterpart may stand and
# still count as negated there (`moved_negations`; chosen on the drift suite's calib and
# calib2 control pairs and DEMETR calib2, bench/results/drift_suite.md, session 27)
MOVED_WINDOW = 5

_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)*")
_CLAUSE_SPLIT = re.compile(r"[,;:]|\s[—–-]\s|[()«»\"“”„]")

_EN_CUES = {"not", "never", "no", "none", "nobody", "nothing", "nowhere", "cannot", "without",
            "unable", "fail", "fails", "failed", "failing"}  # fmt: skip
_EN_CONCORD = {"neither", "nor"}
# verbs of failure: a negation of its own ("failed to score" / "не змогли забити"), but
# not after a negation ("will not fail" / "не підведемо")
_FAILING = frozenset({"fail", "fails", "failed", "failing"})
# a "nor" before one of these opens a negated clause of its own ("nor did she"); before
# anything else it carries an earlier "not" on ("I do not mean that - nor that of his
# equivalents"), as "ні" carries "не" on
_EN_INVERTED = frozenset(
    "do does did is are was were am will would can could shall should may might must has have"  # noqa: SIM905
    " had".split()
)
_SHOUTED_NO = re.compile(r"no{2,}")  # "NOOOOO", as "ні" / "нет" render it
_ONLY = {"en": {"only", "just", "merely"}, "uk": {"лише", "тільки", "лиш"},
         "ru": {"только", "лишь"}}  # fmt: skip
_SLAVIC_NE = {"uk": {"не"}, "ru": {"не"}}
_SLAVIC_PRED = {"uk": {"немає", "нема", "без"}, "ru": {"нет", "нельзя", "без"}}
_SLAVIC_CONCORD = {
    "uk": re.compile(r"^(?:ні|ані|ніхто|ніщо|ніяк\w*|ніколи|ніде|нікуди|нізвідки|нікого|"
                     r"нікому|ніким|нікім|нічого|нічому|нічим|жодн\w*)$"),
    "ru": re.compile(r"^(?:ни|никто|никого|никому|никем|ничто|ничего|ничему|ничем|никогда|"
                     r"нигде|никуда|ниоткуда|никак\w*|ничуть|нисколько)$"),
}  # fmt: skip
# question words in any case, which with "б / бы" before a "не / ни" make a free-choice
# pronoun: "хто б не", "кто бы ни", "какими бы ни были", "якого б не"
_WH = {
    "uk": re.compile(r"^(?:хто|що|як|де|куди|коли|скільки|"
                     r"як(?:ий|ого|ому|им|ім|ої|ою|ій|их|ими|і|а|е|у)|котр\w+|чий|чия|чиє|"
                     r"чиї|кого|кому|ким|чого|чому|чим)$"),
    "ru": re.compile(r"^(?:кто|что|как|где|куда|когда|сколько|"
                     r"как(?:ой|ого|ому|им|ом|ая|ую|ие|их|ими|ое)|котор\w+|чей|чья|чьё|"
                     r"чье|чьи|кого|кому|кем|ком|чего|чему|чем|чём)$"),
}  # fmt: skip
# "nevertheless": no negation
# "went wrong" (пішло не так): no negation either
_IDIOMS = {("тем", "не", "менее"), ("тим", "не", "менш"), ("тим", "не", "менше"),
           ("пішло", "не", "так"), ("пошло", "не", "так"), ("піде", "не", "так"),
           ("пойдет", "не", "так"), ("пойдёт", "не", "так")}  # fmt: skip
# "almost" (чуть не погиб = almost died; ледь не, мало не, едва не) and "more than
# once" (не раз заявляв = said repeatedly) and "not long ago" (не так давно = recently): the
# "не" of these denies nothing, and English says them without a negation
_ALMOST = {"чуть", "едва", "ледь", "ледве", "мало"}
# "без" in fixed phrases that deny nothing: "без сумніву" (no doubt = surely), "пропал без
# вести" (went missing)
_FIXED_WITHOUT = {"сумніву", "сумнівів", "сомнения", "сомнений", "вести", "вісти", "вісті"}
# "не дивлячись на" / "не зважаючи на" / "не смотря на" (= несмотря на): despite
_DESPITE = {"дивлячись", "зважаючи", "смотря"}
# "його не стало" / "его не стало": he died (not "лучше не стало", it got no better)
_HIS_HER = frozenset("його її їх нього неї них его её ее их него нее неё".split())  # noqa: SIM905
_CONTINUES = {"en": {"nor", "or"}, "uk": {"ні", "ані"}, "ru": {"ни"}}
# a bound, not a denial: "не менее 10" (at least 10), "не більше, ніж на день" (a day at
# most), "не позднее 1 декабря" (by 1 December), "не менее важно" (just as important); in
# English "no more than", "no later than", "not less than"
_BOUNDS = {
    "en": frozenset({"more", "less", "fewer", "later", "earlier"}),
    "uk": frozenset({"більше", "більш", "менше", "менш", "пізніше", "раніше"}),
    "ru": frozenset({"более", "больше", "менее", "меньше", "позднее", "позже", "ранее", "раньше"}),
}
_BOUND_NEGATORS = frozenset({"не", "no", "not"})
_OUTCRY = {"no", "ні", "нет"}  # "No, no, no!": one refusal however often it is said
# "whether or not" / "чи ні" / "или нет": an alternative, not a negation
_ALTERNATIVE = {"en": {"or"}, "uk": {"чи", "або"}, "ru": {"или", "либо"}}
_ALTERNATIVE_NO = {"en": "not", "uk": "ні", "ru": "нет"}
# Words that deny without a negation cue, which translations often render with one: "the U.S.
# lacks a strategy" / "у США немає стратегії", "has yet to be decided" / "ще не вирішено",
# "false" / "не відповідає дійсності", "declined to be named" / "не назвав себе", "water is
# scarce" / "воды не хватает", "rejected the idea" / "не согласен", "to avoid it being an
# unhappy milestone" / "щоб ця подія не стала нещасливою".
_IMPLICIT = {
    "en": re.compile(
        r"\b(?:lack(?:s|ed|ing)?|absent|absence|false(?:ly)?|wrong(?:ly)?|ignorant|"
        r"unaware|unless|hardly|barely|scarcely|landlocked|declin(?:ed|es|ing) to|"
        r"refus(?:ed|es|ing|e) to|(?:has|have|had|is|are|was|were) yet to|still to|oblivious|"
        r"far from|scarce|scarcity|shortages?|short of|"
        r"out[- ]of[- ]form|reject(?:s|ed|ing)?|"
        r"avoid(?:s|ed|ing)?|prevent(?:s|ed|ing)?|instead|rather than|refrain(?:s|ed|ing)?|"
        r"awake|stay(?:s|ed|ing)? up)\b",
        re.IGNORECASE,
    ),
    # the equivalents of the English entries above (not "відхил-" / "отклон-": also "to
    # deviate", which a negation flips; drift-suite calib, "не відхилялася")
    "uk": re.compile(
        r"\b(?:відсутн\w*|бракує|бракувало|бракуватиме|хибн\w*|помилков\w*|відмов\w*|"
        r"уника\w*|уникн\w*|запобіг\w*|завад\w*|замість|відкину\w*|"
        r"дефіцит\w*|ледве|навряд|утрима\w*|втрима\w*|"
        r"[ув]трати\w* (?:можлив|здатн)\w*)\b",
        re.IGNORECASE,
    ),
    "ru": re.compile(
        r"\b(?:отсутств\w*|недоста[её]т|недоставало|ложн\w*|ошибочн\w*|отказ\w*|"
        r"избега\w*|избежа\w*|предотвра\w*|помеша\w*|вместо|отверг\w*|"
        r"дефицит\w*|нехватк\w*|едва|вряд|воздерж\w*|"
        r"(?:утрати|лиши)\w* (?:способн|возможн)\w*)\b",
        re.IGNORECASE,
    ),
}


# Words that deny, so that a negation of them says something positive ("не исключено" = it
# may be, "не перестаю бояться" = I keep fearing, "не возражают" = they are open to it, "did
# not rule out", "no doubt"), or that with a negation make one negative word ("не хватает" =
# lack): translations often say these without a negation cue.
_LITOTES = {
    "en": re.compile(
        r"^(?:stop(?:s|ped|ping)?|ceas(?:e|es|ed|ing)|den(?:y|ies|ied|ying)|doubts?|"
        r"doubted|exclud(?:e|es|ed|ing)|hesitat(?:e|es|ed|ing)|object(?:s|ed|ing)?|"
        r"oppos(?:e|es|ed|ing)|mind|forget(?:s|ting)?|forgot(?:ten)?)$"
    ),
    "uk": re.compile(
        r"^(?:виключ\w*|переста\w*|припин\w*|запереч\w*|сумнів\w*|проти|вистач\w*|"
        r"зупиня\w*|втомлю\w*|забу\w*|перш\w*|останн\w*|єдин\w*)$"
    ),
    "ru": re.compile(
        r"^(?:исключ\w*|переста\w*|прекра\w*|возра\w*|отрица\w*|сомнева\w*|против|"
        r"хвата\w*|хватил\w*|останавлива\w*|устава\w*|упуска\w*|забы\w*|перв\w*|"
        r"последн\w*|единствен\w*)$"
    ),
}
# Words that violate: negated, they say "keep" ("не порушив обіцянки" / "kept his promise",
# "перемирие не нарушалось" / "the ceasefire held"), unless the other side violates or
# breaks something itself (`_VIOLATING_SAID`). Not the Ukrainian "порушити справу /
# питання" (open a case, raise an issue), which no negation turns into keeping anything.
_VIOLATING = {
    "en": re.compile(r"^(?:violat(?:e|es|ed|ing)|breach(?:es|ed|ing)?)$"),
    "uk": re.compile(r"^поруш\w*$"),
    "ru": re.compile(r"^наруш\w*$"),
}
_VIOLATING_SAID = {
    "en": re.compile(r"^(?:violat\w*|breach\w*|br(?:eak|eaks|oke|oken|eaking))$"),
    "uk": _VIOLATING["uk"],
    "ru": _VIOLATING["ru"],
}
_NOT_KEPT = re.compile(r"^(?:справ\w*|питанн\w*|провадженн\w*|клопотанн\w*)$")
_RULED = re.compile(r"^rul(?:e|es|ed|ing)$")  # "not rule out": only with "out"
# words between a cue and the word it negates: "has not even been", "не было бы", "not an
# easy task" (articles: negation13)
_BETWEEN = {
    "en": {"be", "been", "being", "even", "yet", "entirely", "fully", "completely", "always",
           "really", "quite", "have", "has", "had", "a", "an", "the"},
    "uk": {"б", "би", "ж", "же", "було", "був", "була", "були"},
    "ru": {"бы", "б", "же", "ж", "было", "был", "была", "были"},
}  # fmt: skip
# English negative prefixes: un- and non- before a word of four letters or more ("unknown",
# not "unit"); in-, im-, il-, ir- and dis- only before an adjective's ending ("impossible",
# "incorrect", "illegal", "dishonest"; not "discovered", "invest", "income")
_EN_PREFIX = re.compile(
    r"^(?:(?:un|non)(?=[a-z]{4,}$)|"
    r"(?:in|im|il|ir|dis)(?=[a-z]*(?:able|ible|ent|ant|ate|ete|al|ar|ive|ous|ic|ful|ect|id|est)$))"
)


@dataclass(frozen=True)
class Cue:
    """One counted negation cue: the word and its span."""

    text: str
    start: int
    end: int


def negation_cues(text: str, lang: str) -> list[Cue]:
    """The negation cues of `text` that count (see the module doc), in text order."""
    check_lang(lang)
    folded = fold(text)
    cues: list[Cue] = []
    for clause in _clauses(folded, lang):
        words = [(m.group().lower(), m.start(), m.end()) for m in _WORD.finditer(folded)
                 if clause[0] <= m.start() < clause[1]]  # fmt: skip
        cues.extend(_clause_cues(words, lang, text))
    return _one_per_outcry(cues, text)


def _one_per_outcry(cues: list[Cue], text: str) -> list[Cue]:
    """The cues with a repeated "no" said alone counted once: "No, no, no, no, no." is one
    refusal, as "Ні, ні, ні!" (one cue: "ні" continues a negation) and "Нет, нет, нет"."""
    return [
        cue
        for prev, cue in zip([None, *cues], cues, strict=False)
        if prev is None
        or cue.text.lower() != prev.text.lower()
        or cue.text.lower() not in _OUTCRY
        or _WORD.search(text, prev.end, cue.start)
    ]


def negation_count(text: str, lang: str) -> int:
    """How many negations `text` holds (the length of `negation_cues`)."""
    return len(negation_cues(text, lang))


def negation_gain(
    text_a: str,
    cues_a: Sequence[Cue],
    text_b: str,
    cues_b: Sequence[Cue],
    encode: Callable[[list[str]], np.ndarray],
) -> float | None:
    """When the two sides count different negations: the most the side with more cues gains
    in cosine similarity to the other side when one of its cues is deleted (None when the
    counts agree).

    A negation the other side lacks ("заявив" / "не заявив") brings the side closer once
    deleted (a gain near zero or above); a negation the other side expresses in its own
    words (to prevent / "щоб не дати") takes the sentence further from it (a clear loss).
    """
    found = cue_deletion(text_a, cues_a, text_b, cues_b, encode)
    return None if found is None else found[0]


def cue_deletion(
    text_a: str,
    cues_a: Sequence[Cue],
    text_b: str,
    cues_b: Sequence[Cue],
    encode: Callable[[list[str]], np.ndarray],
) -> tuple[float, float] | None:
    """`negation_gain` and the shift that goes with it: how far deleting that cue moves its
    own side (1 - cosine between the side with and without the cue). None when the counts
    agree.

    The shift puts gains of different sentences on one scale: one "не" moves the vector of
    a long sentence less than that of a short one, so a small loss in a long sentence can be
    as clear as a large one in a short sentence (toolkit.flag.Thresholds.negation_min_pull)."""
    if len(cues_a) == len(cues_b):
        return None
    more, other, cues = (
        (text_a, text_b, cues_a) if len(cues_a) > len(cues_b) else (text_b, text_a, cues_b)
    )
    variants = [(more[: c.start].rstrip() + " " + more[c.end :].lstrip()).strip() for c in cues]
    vecs = np.asarray(encode([more, other, *variants]), dtype=np.float32)
    base = float(vecs[0] @ vecs[1])
    gains = [float(v @ vecs[1]) - base for v in vecs[2:]]
    best = int(np.argmax(gains))
    shift = 1.0 - float(vecs[2 + best] @ vecs[0])
    return round(gains[best], 6), round(max(shift, 0.0), 6)


def cues_said_otherwise(
    text: str,
    lang: str,
    cues: Sequence[Cue],
    other: str,
    other_lang: str,
    correspond: Callable[[tuple[int, int], tuple[int, int]], bool] | None = None,
) -> list[str]:
    """The cues of `text` (the side with more cues) that the other side may say without a
    negation, each with the word it negates: a litotes ("не исключено" / "is possible"), or,
    given `correspond` (a span of `text` and a span of `other` -> whether the two words stand
    in each other's place), a negated word that the other side writes with a negative prefix
    ("not surprising" / "Неудивительно", "не известно" / "unknown", "not suitable" /
    "невідповідним"). No litotes counts when the other side holds
    a denying word itself ("ruled out" / "не исключила")."""
    prefixed = prefixed_negatives(other, other_lang) if correspond is not None else []
    # "ruled out" / "не исключила" is a flip: the other side says the denying word itself
    other_denies = says_denying_word(other, other_lang)
    other_violates = _says(other, other_lang, _VIOLATING_SAID)
    said = []
    for cue in cues:
        span = negated_word(text, lang, cue)
        if span is None:
            continue
        if _violating(text, lang, span):
            litotes_here = not other_violates
        else:
            litotes_here = _denying(text, lang, span) and not other_denies
        if litotes_here or any(correspond(span, p) for p in prefixed):
            said.append(f"{cue.text} {text[span[0] : span[1]]}")
    return said


def _violating(text: str, lang: str, span: tuple[int, int]) -> bool:
    """Whether the word at `span` violates (`_VIOLATING`), and is no Ukrainian "порушити
    справу / питання" (the next two words)."""
    if not _VIOLATING[lang].match(fold(text[span[0] : span[1]]).lower()):
        return False
    after = [m.group().lower() for m in _WORD.finditer(fold(text[span[1] :]))][:2]
    return not (lang == "uk" and any(_NOT_KEPT.match(w) for w in after))


def _says(text: str, lang: str, words: dict[str, re.Pattern[str]]) -> bool:
    return any(words[lang].match(m.group().lower()) for m in _WORD.finditer(fold(text)))


def negation_flip(count_a: int, count_b: int) -> bool:
    """Whether two negation counts disagree in parity (one affirms what the other denies)."""
    return count_a % 2 != count_b % 2


def implicit_negatives(text: str, lang: str) -> list[str]:
    """The words of `text` that deny without a negation cue (lacks, has yet to, false,
    landlocked, відсутній, отсутствует), in text order. Not the uk/ru words made of "не" and
    a word (небольшие, невидимой, независимо): on DEMETR calib they hid three real flips."""
    check_lang(lang)
    return [m.group() for m in _IMPLICIT[lang].finditer(fold(text))]


def negated_word(text: str, lang: str, cue: Cue) -> tuple[int, int] | None:
    """The span of the word `cue` negates: the next word after at most two particles or
    auxiliaries ("did not even stop", "не было бы"); None at the end of the text."""
    skipped = 0
    for match in _WORD.finditer(fold(text), cue.end):
        if match.group().lower() in _BETWEEN[lang] and skipped < 2:
            skipped += 1
            continue
        return match.span()
    return None


def moved_negations(
    text_a: str,
    lang_a: str,
    cues_a: Sequence[Cue],
    text_b: str,
    lang_b: str,
    cues_b: Sequence[Cue],
    alignment: Alignment,
    *,
    window: int = MOVED_WINDOW,
) -> list[str]:
    """A negation moved to another word: the two sides count as many cues, yet a word that
    a cue of each side negates (`negated_word`) has its aligned counterpart more than
    `window` words from every cue of the other side ("им никогда не приходится иметь дело"
    / "people don't write messages ... they have to deal"). Returns the first such
    negation of each side as "cue word" (["не приходится", "don't write"]), or [].

    `alignment` holds each side's word spans and the aligned pairs of word indices
    (toolkit.compare.words.WordAlignment). Of English cues only "not" and "n't" take part:
    "no", "never", "nothing" negate a noun or a clause where Ukrainian and Russian negate
    the verb ("no reports" / "сообщений не поступало"), which reads as a moved negation."""
    if not cues_a or len(cues_a) != len(cues_b):
        return []
    spans_a, spans_b = alignment.spans_a, alignment.spans_b
    a_to_b = dict(alignment.pairs)
    b_to_a = {j: i for i, j in alignment.pairs}
    at_a = [k for k in (covering(spans_a, (c.start, c.end)) for c in cues_a) if k is not None]
    at_b = [k for k in (covering(spans_b, (c.start, c.end)) for c in cues_b) if k is not None]
    shown_a = _shown(text_a, lang_a, cues_a, spans_a, a_to_b, at_b, window)
    shown_b = _shown(text_b, lang_b, cues_b, spans_b, b_to_a, at_a, window)
    return [shown_a, shown_b] if shown_a and shown_b else []


class Alignment(Protocol):
    """What `moved_negations` reads of a word alignment."""

    pairs: tuple[tuple[int, int], ...]
    spans_a: tuple[tuple[int, int], ...]
    spans_b: tuple[tuple[int, int], ...]


def _shown(
    text: str,
    lang: str,
    cues: Sequence[Cue],
    spans: Sequence[tuple[int, int]],
    counterpart: dict[int, int],
    other_cues: list[int],
    window: int,
) -> str:
    """The first of `cues` whose negated word has a counterpart far from `other_cues` (word
    indices of the other side's cues), as "cue word", or ""."""
    for cue in cues:
        if lang == "en" and not _plain_english_cue(cue.text):
            continue
        span = negated_word(text, lang, cue)
        k = None if span is None else covering(spans, span)
        if k is None or k not in counterpart:
            continue
        if all(abs(counterpart[k] - c) > window for c in other_cues):
            return f"{cue.text} {text[span[0] : span[1]]}"
    return ""


def _plain_english_cue(word: str) -> bool:
    low = fold(word).lower()
    return low == "not" or low.endswith("n't")


def litotes(text: str, lang: str, cue: Cue) -> bool:
    """Whether `cue` negates a word that denies (`_LITOTES`): "не исключено", "не перестаю",
    "did not rule out", "no doubt", "не хватает"."""
    span = negated_word(text, lang, cue)
    return span is not None and _denying(text, lang, span)


def _denying(text: str, lang: str, span: tuple[int, int]) -> bool:
    word = fold(text[span[0] : span[1]]).lower()
    if lang == "en" and _RULED.match(word):
        return re.match(r"\s+out\b", text[span[1] :], re.IGNORECASE) is not None
    return _LITOTES[lang].match(word) is not None


def says_denying_word(text: str, lang: str) -> bool:
    """Whether `text` holds a word that denies (`_LITOTES`): "ruled out", "перестал"."""
    return any(_denying(text, lang, m.span()) for m in _WORD.finditer(fold(text)))


def prefixed_negatives(text: str, lang: str) -> list[tuple[int, int]]:
    """The spans of the words of `text` that carry a negative prefix before a dictionary
    word: "unknown", "impossible", "disagree"; "неизвестно", "неудивительно", "небольшие"."""
    from toolkit.english import en_words

    folded = fold(text)
    # "non-UK", "un-American": the prefix and the word it negates
    spans = [m.span() for m in _EN_HYPHENATED.finditer(folded)] if lang == "en" else []
    for match in _WORD.finditer(folded):
        word = match.group().lower()
        if lang == "en":
            prefix = _EN_PREFIX.match(word)
            known = prefix is not None and word[prefix.end() :] in en_words()
        else:
            stem = word[2:] if word.startswith("не") and len(word) > 5 else ""
            known = bool(stem) and (_describes(stem, lang) or _quality(stem, lang))
        if known:
            spans.append(match.span())
    return sorted(spans)


_DESCRIBING = frozenset({"ADJF", "ADJS", "ADVB", "PRTF", "PRTS", "PRED", "COMP"})
_QUALITY = re.compile(r"(?:ост|іст)(?:ь|и|ью|ей|ям|ями|ях|ю|і)$")
_EN_HYPHENATED = re.compile(r"\b(?:non|un)-[^\W\d_]+", re.IGNORECASE)


def _quality(word: str, lang: str) -> bool:
    """Whether `word` is a dictionary noun of quality in -ость / -ість ("виновности" of
    "невиновности", "залежність" of "незалежність")."""
    return bool(_QUALITY.search(word)) and any(
        p.is_known and str(p.tag.POS) == "NOUN" for p in morph_parse(word, lang)
    )


def _describes(word: str, lang: str) -> bool:
    """Whether pymorphy3's dictionary has `word` as an adjective, adverb, participle or
    predicative ("известно", "большие"; not "деля" or "веста" of "неделя", "невеста")."""
    return any(p.is_known and str(p.tag.POS) in _DESCRIBING for p in morph_parse(word, lang))


def _clauses(text: str, lang: str) -> list[tuple[int, int]]:
    bounds = [0, *(m.end() for m in _CLAUSE_SPLIT.finditer(text)), len(text)]
    spans: list[tuple[int, int]] = []
    for s, e in itertools.pairwise(bounds):
        first = _WORD.search(text, s, e)
        if spans and first and first.group().lower() in _CONTINUES[lang]:
            spans[-1] = (spans[-1][0], e)
        else:
            spans.append((s, e))
    return spans


def _clause_cues(words: list[tuple[str, int, int]], lang: str, text: str) -> list[Cue]:
    if lang == "en":
        return _english_cues(words, text)
    cues, concord = [], []
    for i, (w, s, e) in enumerate(words):
        nxt = _word_at(words, i + 1)
        if _alternative(words, i, lang):
            continue
        if w in _SLAVIC_NE[lang] or (w == "ни" and lang == "ru"):
            prev = words[i - 1][0] if i else ""
            if nxt in _ONLY[lang] or _whoever(words, i, lang) or (prev, w, nxt) in _IDIOMS:
                continue
            if w == "не" and (_not_negating(words, i, text) or nxt in _BOUNDS[lang]):
                continue
            if w == "ни":
                concord.append(Cue(text[s:e], s, e))
                continue
            cues.append(Cue(text[s:e], s, e))
        elif w in _SLAVIC_PRED[lang]:
            if w == "без" and (nxt in _FIXED_WITHOUT or i == len(words) - 1):
                continue  # "без сумніву"; "з дефісом і без": nothing it goes without
            if w == "нет" and i and words[i - 1][0] == "на":
                continue  # "свести на нет", "сходить на нет": to nullify, to fade away
            cues.append(Cue(text[s:e], s, e))
        elif _SLAVIC_CONCORD[lang].match(w) and not _whoever(words, i, lang):
            concord.append(Cue(text[s:e], s, e))
    if concord and not cues:
        cues.append(concord[0])
    return cues


def _alternative(words: list[tuple[str, int, int]], i: int, lang: str) -> bool:
    """ "or not" / "чи ні" / "или нет" (whether or not): "not" after "or" with "whether"
    before it in the clause, or ending the clause ("whether they like it or not", "знає він
    чи ні", "хочет он или нет")."""
    if words[i][0] != _ALTERNATIVE_NO[lang] or not i or words[i - 1][0] not in _ALTERNATIVE[lang]:
        return False
    whether = lang == "en" and any(w == "whether" for w, _, _ in words[: i - 1])
    return whether or i == len(words) - 1


def _not_negating(words: list[tuple[str, int, int]], i: int, text: str) -> bool:
    """ "чуть (было) не", "ледь не" (almost); "не раз" (repeatedly); "не так давно"
    (recently); "поки / доки / пока ... не" (until); "не дивлячись на", "не зважаючи на",
    "не смотря на" (despite, written apart); "його / его не стало" (he died)."""
    prev = words[i - 1][0] if i else ""
    after = [w for w, _, _ in words[i + 1 : i + 3]]
    if prev in ("було", "было"):  # "чуть было не", "ледь було не"
        prev = words[i - 2][0] if i > 1 else ""
    if _until(words, i, text):
        return True  # "доки ми не побачимо" (until we see)
    if after[1:] == ["на"] and after[0] in _DESPITE:
        return True  # "не дивлячись на" (despite)
    if after[:1] == ["стало"] and prev in _HIS_HER:
        return True  # "його не стало", "его не стало" (he died)
    return prev in _ALMOST or after[:1] in (["раз"], ["раза"]) or after == ["так", "давно"]


def _until(words: list[tuple[str, int, int]], i: int, text: str) -> bool:
    """The "не" of a clause of time: "доки ми не побачимо", "пока мы не увидим" (a subject
    between), ", пока не будет достигнуто" (the clause after a comma). Not "поки що не",
    nor "пока не известно" opening a sentence or "ми поки не знаємо" (not yet)."""
    for k in range(i - 1, -1, -1):
        word = words[k][0]
        if word in ("доки", "допоки", "покуда"):
            return True
        if word in ("поки", "пока"):
            if words[k + 1][0] in ("що", "что"):
                return False
            return k + 1 < i or (k == 0 and text[: words[k][1]].rstrip().endswith(","))
    return False


def _whoever(words: list[tuple[str, int, int]], i: int, lang: str) -> bool:
    """ "хто б не", "кто бы ни": a free-choice pronoun, not a negation."""
    before = [w for w, _, _ in words[max(0, i - 4) : i]]
    return any(b in ("б", "би", "бы") for b in before) and any(_WH[lang].match(b) for b in before)


def _doubt(words: list[tuple[str, int, int]], i: int) -> bool:
    """Whether "doubt" follows word `i`, after at most an article: "no doubt", "without a
    doubt"."""
    nxt = _word_at(words, i + 1)
    return nxt == "doubt" or (nxt in ("a", "any") and _word_at(words, i + 2) == "doubt")


def _word_at(words: Sequence[tuple], i: int) -> str:
    """The word of entry `i` of `words` (its first item), "" past the end."""
    return words[i][0] if i < len(words) else ""


def _words_from(words: Sequence[tuple], i: int, n: int) -> list[str]:
    """The words of entries `i` to `i + n - 1` of `words` (fewer at the end)."""
    return [w[0] for w in words[i : i + n]]


def _negates(cue: Cue, words: list[tuple[str, int, int]], i: int) -> bool:
    """Whether `cue` stands at most two words before word `i` ("not fail", "won't ever
    fail")."""
    return any(start == cue.start for _, start, _ in words[max(0, i - 2) : i])


def _english_cues(words: list[tuple[str, int, int]], text: str) -> list[Cue]:
    cues, concord = [], []
    for i, (w, s, e) in enumerate(words):
        nxt = _word_at(words, i + 1)
        if w == "not" and nxt in _ONLY["en"]:
            continue
        prev = words[i - 1][0] if i else ""
        if (w, nxt) == ("without", "fail") or (prev, w) == ("without", "fail"):
            continue  # "without fail" = unfailingly
        if w == "not" and nxt == "long" and _word_at(words, i + 2) in ("after", "before", "ago"):
            continue  # "not long after" = soon after
        if w == "no" and text[e : e + 1] == "." and text[e + 1 : e + 2].strip()[:1].isdigit():
            continue  # No.1, No. 10
        if _alternative(words, i, "en"):
            continue  # "whether or not"
        if w == "without" and (_word_at(words, i - 2), prev) == ("with", "or"):
            continue  # "with or without": either way
        if (w == "not" or w.endswith("n't")) and nxt in ("until", "till"):
            continue  # "it wasn't until ... that" / "not over till": only when
        if w in ("no", "without") and _doubt(words, i):
            continue  # "no doubt", "without a doubt" = surely, as "без сумніву"
        if w in ("no", "not") and nxt in _BOUNDS["en"] and "than" in _words_from(words, i + 2, 3):
            continue  # "no more than 10" (10 at most), "no later than Friday" (by Friday)
        if w in _FAILING and cues and _negates(cues[-1], words, i):
            continue  # "we will not fail" / "ми не підведемо": one negated verb of failure
        if w == "never" and (nxt, _word_at(words, i + 2)) == ("more", "so"):
            continue  # "never more so than" = most of all
        if w in _EN_CUES or w.endswith("n't") or _SHOUTED_NO.fullmatch(w):
            cues.append(Cue(text[s:e], s, e))
        elif w == "nor" and cues and nxt not in _EN_INVERTED:
            continue  # "not ... nor that of": one negation, carried on
        elif w in _EN_CONCORD:
            concord.append(Cue(text[s:e], s, e))
    if concord:
        cues.append(concord[0])
    return sorted(cues, key=lambda c: c.start)


_EN_IRREGULAR = {
    "won": "win", "lost": "lose", "rose": "rise", "risen": "rise", "grew": "grow",
    "grown": "grow", "fell": "fall", "fallen": "fall", "forbade": "forbid",
    "forbidden": "forbid", "began": "begin", "begun": "begin", "left": "leave",
    "shut": "shut", "cut": "cut", "lies": "lie", "enemies": "enemy", "allies": "ally",
    "fewer": "fewer", "denied": "deny", "denies": "deny", "quit": "quit",
    "earlier": "early", "later": "late", "larger": "large", "smaller": "small",
    "bigger": "big", "heavier": "heavy", "lighter": "light", "older": "old", "newer": "new",
    "shrank": "shrink", "shrunk": "shrink", "hid": "hide", "hidden": "hide", "shown": "show",
    "freed": "free", "came": "come",
}  # fmt: skip


# "for" as a stance: these lemmas right before it (voted for, выступили за)
_STANCE_VERBS = {
    "en": {"vote", "argue", "campaign", "be", "speak", "stand", "lobby"},
    "uk": {"голосувати", "проголосувати", "виступати", "виступити", "бути", "агітувати"},
    "ru": {"голосовать", "проголосовать", "выступать", "выступить", "быть", "агитировать"},
}
_FOR = {"en": "for", "uk": "за", "ru": "за"}
_AGAINST = {"en": {"against"}, "uk": {"проти"}, "ru": {"против"}}
_FOR_AGAINST = "for_against"

# modality concept -> language -> (possibility lemmas, necessity lemmas)
MODALITY: dict[str, dict[str, tuple[tuple[str, ...], tuple[str, ...]]]] = {
    "may_must": {
        "en": (("may", "might", "could", "can", "perhaps", "maybe", "possibly", "probably",
                "likely"),
               ("must", "should", "ought", "have to", "has to", "had to", "need to",
                "needs to")),
        "uk": (("можливо", "могти", "мабуть", "ймовірно", "можна"),
               ("мусити", "повинний", "мати", "слід", "треба", "потрібно", "необхідно",
                "зобов'язаний")),
        "ru": (("возможно", "мочь", "пожалуй", "вероятно", "можно"),
               ("должный", "обязанный", "обязать", "надо", "нужно", "следовать",
                "необходимо")),
    },
}  # fmt: skip
# modal only before an infinitive: "має стати" (must become), "следует сделать"
_MODAL_BEFORE_INFINITIVE = {"мати", "слід", "следовать"}


@dataclass(frozen=True)
class AntonymPair:
    """Opposite poles of one concept on the two sides (word_a in text a, word_b in text b)."""

    concept: str
    word_a: str
    word_b: str
    span_a: tuple[int, int]
    span_b: tuple[int, int]


def antonym_pairs(text_a: str, lang_a: str, text_b: str, lang_b: str) -> list[AntonymPair]:
    """Concepts whose one pole only text a uses and whose other pole only text b uses."""
    return _opposed(_poles(text_a, lang_a), _poles(text_b, lang_b))


def modality_pairs(text_a: str, lang_a: str, text_b: str, lang_b: str) -> list[AntonymPair]:
    """Possibility on one side against necessity on the other ("could" / "має стати"),
    when neither text uses both kinds."""
    return _opposed(_modal_poles(text_a, lang_a), _modal_poles(text_b, lang_b))


def _opposed(poles_a: dict, poles_b: dict) -> list[AntonymPair]:
    pairs = []
    for concept in sorted({c for c, _ in poles_a} & {c for c, _ in poles_b}):
        for pole in (0, 1):
            a = poles_a.get((concept, pole))
            b = poles_b.get((concept, 1 - pole))
            if a and b and (concept, 1 - pole) not in poles_a and (concept, pole) not in poles_b:
                pairs.append(AntonymPair(concept, a[0], b[0], a[1], b[1]))
    return pairs


_Poles = dict[tuple[str, int], tuple[str, tuple[int, int]]]


def _poles(text: str, lang: str) -> _Poles:
    """(concept, pole) -> the first word of `text` with that meaning."""
    check_lang(lang)
    index = _antonym_index(lang, "antonyms")
    words = [(m.group().lower(), m.span()) for m in _WORD.finditer(fold(text))]
    found: _Poles = {}
    for i, (word, span) in enumerate(words):
        if word in _BOUNDS[lang] and i and words[i - 1][0] in _BOUND_NEGATORS:
            continue  # "не менее 10", "no more than 10": a bound, no pole
        for lem in _lemmas(word, lang):
            for key in index.get(lem, ()):
                found.setdefault(key, (text[span[0] : span[1]], span))
        pole = _stance(words, i, lang)
        if pole is not None:
            found.setdefault((_FOR_AGAINST, pole), (text[span[0] : span[1]], span))
    return found


def _stance(words: list[tuple[str, tuple[int, int]]], i: int, lang: str) -> int | None:
    """0 for "for" as a stance (voted for, in favour of, голосували за), 1 for "against"."""
    word = words[i][0]
    if word in _AGAINST[lang]:
        return 1
    prev = words[i - 1][0] if i else ""
    if lang == "en" and word == "of" and i >= 2 and words[i - 2][0] == "in":
        return 0 if prev in ("favour", "favor") else None
    if word != _FOR[lang] or not prev:
        return None
    return 0 if _lemmas(prev, lang) & _STANCE_VERBS[lang] else None


def _modal_poles(text: str, lang: str) -> _Poles:
    check_lang(lang)
    index = _antonym_index(lang, "modality")
    folded = fold(text)
    words = [(m.group().lower(), m.span()) for m in _WORD.finditer(folded)]
    found: _Poles = {}
    for i, (word, span) in enumerate(words):
        if lang == "en" and folded[span[0] : span[1]] == "May" and i:
            continue  # the month
        nxt = _word_at(words, i + 1)
        lemmas = set(_lemmas(word, lang)) | ({f"{word} {nxt}"} if lang == "en" else set())
        for lem in sorted(lemmas):
            if lem in _MODAL_BEFORE_INFINITIVE and not _infinitive_after(words, i, lang):
                continue
            for key in index.get(lem, ()):
                found.setdefault(key, (text[span[0] : span[1]], span))
    return found


def _infinitive_after(words: list[tuple[str, tuple[int, int]]], i: int, lang: str) -> bool:
    """Whether one of the next two words is an infinitive (має стати, следует сделать)."""
    for word, _ in words[i + 1 : i + 3]:
        tags = [grammemes(p.tag) for p in morph_parse(word, lang)]
        if any(t & {"INFN", "infn"} for t in tags):
            return True
        # the uk dictionary leaves some infinitives untagged (бути: "VERB,impf rv_datv")
        if word.endswith(("ти", "тися", "тись")) and any("VERB" in t for t in tags):
            return True
    return False


@functools.cache
def _antonym_index(lang: str, table: str) -> dict[str, tuple[tuple[str, int], ...]]:
    index: dict[str, list[tuple[str, int]]] = {}
    lexicon = ANTONYMS if table == "antonyms" else MODALITY
    for concept, by_lang in lexicon.items():
        for pole, lemmas in enumerate(by_lang[lang]):
            for lem in lemmas:
                index.setdefault(fold(lem), []).append((concept, pole))
    return {k: tuple(v) for k, v in index.items()}


@functools.lru_cache(maxsize=65536)
def _lemmas(word: str, lang: str) -> frozenset[str]:
    """Candidate lemmas of a lowercase word: pymorphy3's normal forms (uk/ru) or English
    inflection stripping (accepted -> accept, banned -> ban, enemies -> enemy)."""
    if lang in MORPH_LANGS:
        return frozenset({word} | {fold(p.normal_form) for p in morph_parse(word, lang)})
    out = {word, _EN_IRREGULAR.get(word, word)}
    for suffix, repl in (("ies", "y"), ("ied", "y"), ("es", ""), ("s", ""), ("ed", ""),
                         ("ed", "e"), ("d", ""), ("ing", ""), ("ing", "e")):  # fmt: skip
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            stem = word[: -len(suffix)] + repl
            out.add(stem)
            if len(stem) > 3 and stem[-1] == stem[-2] and not repl:
                out.add(stem[:-1])  # banned -> ban
    return frozenset(out)
