"""Transliteration of names to a common Latin key, and script- and inflection-aware matching.

A neutral low-level module (no stage imports): quotes (speaker keys) and compare (names)
both use it. The key is deliberately coarse so that the usual spellings of one name meet:
Зеленський / Зеленский / Zelensky / Zelenskyy -> "zelenski"; Путін / Путин / Putin -> "putin".
It is a matching key, not a readable transliteration.

Example:
    >>> latin_key("Зеленський", "uk"), latin_key("Zelenskyy", "en")
    ('zelenski', 'zelenski')
    >>> same_name("Путіна", "uk", "Putin", "en")
    True
"""

from __future__ import annotations

import difflib
import functools
import re
import unicodedata
from collections.abc import Set as AbstractSet

from toolkit.morph import MORPH_LANGS, fold, grammemes
from toolkit.morph import parse as morph_parse
from toolkit.stopwords import STOPWORDS

_CYR = {
    "а": "a", "б": "b", "в": "v", "г": "g", "ґ": "g", "д": "d", "е": "e", "є": "ie",
    "ж": "zh", "з": "z", "и": "i", "і": "i", "ї": "i", "й": "i", "к": "k", "л": "l",
    "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u",
    "ф": "f", "х": "h", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "i",
    "ь": "", "э": "e", "ю": "iu", "я": "ia", "'": "",
}  # fmt: skip
# Ukrainian г is [h] (Харків/Kharkiv, Гельсінкі/Helsinki); Russian г is [g].
_LANG_OVERRIDES = {"uk": {"г": "h"}}

_DOUBLED = re.compile(r"(.)\1+")  # doubled letters, folded to one

# Latin spelling variants folded together, applied in order, after transliteration.
_LATIN_RULES = (
    (re.compile(r"^u(?=[aeio])"), "w"),  # Уельс, Уейд: Cyrillic у before a vowel is English w
    (re.compile(r"wh"), "w"),
    (re.compile(r"dzh"), "j"),  # Джеймс / James
    (re.compile(r"kh"), "h"),
    (re.compile(r"ph"), "f"),
    (re.compile(r"ck"), "k"),
    (re.compile(r"tz"), "ts"),
    (re.compile(r"c(?=[eiy])"), "s"),  # Lacy / Лейсі
    (re.compile(r"c(?!h)"), "k"),
    (re.compile(r"x"), "ks"),
    (re.compile(r"q"), "k"),
    (re.compile(r"w"), "v"),
    (re.compile(r"[yj]"), "i"),
    (_DOUBLED, r"\1"),
)

# Case endings tried when the dictionary does not know a name (Буша -> Буш).
_CYR_ENDINGS = tuple(
    sorted(
        (  # noqa: SIM905
            "ого ому ими ами ями ові еві ою ею ом ем ой ей ий ій ої им ім их іх ах ях а я у ю "
            "і и е ы"
        ).split(),
        key=len,
        reverse=True,
    )
)
_NAME_TAGS = frozenset({"Surn", "Name", "Patr", "Geox", "Orgn"})
_MIN_RATIO = 0.8


@functools.lru_cache(maxsize=65536)
def latin_key(word: str, lang: str) -> str:
    """The coarse Latin matching key of `word` written in language `lang`.

    Cyrillic letters are transliterated (Ukrainian г as h), then Latin spelling variants
    are folded (kh->h, y/j->i, w->v, c->k, doubled letters to one), accents and every
    non-letter are dropped. Works for any script mix; `lang` only matters for Cyrillic.
    """
    table = {**_CYR, **_LANG_OVERRIDES.get(lang, {})}
    text = fold(word).lower()
    out = "".join(table.get(ch, ch) for ch in text)
    out = unicodedata.normalize("NFKD", out)
    out = "".join(ch for ch in out if "a" <= ch <= "z")
    for pattern, repl in _LATIN_RULES:
        out = pattern.sub(repl, out)
    return out


@functools.lru_cache(maxsize=65536)
def lemma(word: str, lang: str) -> str:
    """The lowercase dictionary form of `word` (uk/ru via pymorphy3; en: possessive dropped).

    For a capitalised word a parse tagged as a name (Surn, Name, Patr, Geox, Orgn) is
    preferred over other readings (Путіна -> путін, Харкова -> харків), but not a first
    name in the plural: "Миколаїв" is the city, not "of the Mykolais" (миколай).
    """
    low = fold(word).lower()
    if lang not in MORPH_LANGS:
        return re.sub(r"'s?$", "", low)
    parses = morph_parse(low, lang)
    if not parses:
        return low
    if word[:1].isupper():
        for parse in parses:
            tags = grammemes(parse.tag)
            if tags & _NAME_TAGS and not {"Name", "plur"} <= tags:
                return fold(parse.normal_form)
    return fold(parses[0].normal_form)


def stem(word: str, lang: str) -> str:
    """`word` lowercased with one common Cyrillic case ending removed (keeps >= 3 letters)."""
    low = fold(word).lower()
    if lang in MORPH_LANGS:
        for ending in _CYR_ENDINGS:
            if low.endswith(ending) and len(low) - len(ending) >= 3:
                return low[: -len(ending)]
    return re.sub(r"'s?$", "", low)


@functools.lru_cache(maxsize=65536)
def name_keys(word: str, lang: str) -> frozenset[str]:
    """The Latin keys of `word`'s surface form, lemma and stem (the forms `same_name` tries).
    An English possessive is no part of the name: "Trump's" keys as trump, not also trumps
    (which is loosely "tompson"), in English and where a Ukrainian or Russian text keeps a
    name in plain ASCII letters ("Sainsbury's"; `without_possessive`)."""
    word = without_possessive(word)
    forms = {word, lemma(word, lang), stem(word, lang)}
    if "-" in word:  # Сен-Мартену: its parts too
        forms |= {
            f for part in word.split("-") for f in (part, lemma(part, lang), stem(part, lang))
        }
    keys = {k for k in (latin_key(f, lang) for f in forms) if k}
    if lang == "en":  # an initial English g before e/i/y may be soft: George / Джордж, Georgia
        # Ayr / Ейр, Kay / Кей; exact only: "Monday" keyed "mondei" would pair loosely with
        # other names
        ei = _exact_keys({_AI.sub("ei", k) for k in keys if _AI.search(k)})
        keys |= {_soft_g(k) for k in keys if re.match(r"g[ei]", k)}
        keys |= _south_slavic(word)
        keys |= {_magic_e(k) for k in keys if _MAGIC_E.search(k)}
        keys |= {"i" + k for k in keys if _LONG_U.match(k)}  # Utah / Юта
        keys |= {k.replace("ea", "i") for k in keys if "ea" in k}  # Dean / Дин, Heath / Хит
        # th read t (Lithgow / Литгоу) or, as Russian writes some, z (Heather / Хизер,
        # Rutherford / Резерфорд)
        keys |= {k.replace("th", t) for k in keys if "th" in k for t in ("t", "z")}
        keys |= _pinyin(word)
        keys |= {latin_key(f.replace("dge", "j"), "en") for f in forms if "dge" in f}  # Бридж
        keys |= ei | _spoken(word)
    if lang == "uk":  # г writes an English g too: "нг" for "ng" (Герінгтон / Harington),
        # and Греем / Graham (the forms keyed with г as g, as Russian keys it)
        keys |= {k.replace("nh", "ng") for k in keys if "nh" in k}
        keys |= {k for k in (latin_key(f, "ru") for f in forms) if k}
    index = _given_name_index()
    keys |= {index[k] for k in keys if k in index}
    # a surname made of a given name and s (Russian often writes з) takes a key of the
    # group's too (Andrews / Ендрюс / Эндрюз, Matthews / Мэтьюз): the given name's English
    # spelling is one the keys cannot read
    keys |= {
        _surname_key(index[k[:-1]]) for k in keys if k.endswith(("s", "z")) and k[:-1] in index
    }
    return frozenset(keys)


# Given names that Ukrainian and Russian write as their own cognate (monarchs, popes and
# saints: King Charles / Король Карл, Louis XIV / Людовик XIV, King James / Яків) or whose
# English spelling the keys cannot read (Andrew / Ендрю, Hugh / Хью): each spelling of a
# group carries one more key, the group's: one private-use character, which only an equal
# key matches, exactly or loosely (no two groups' keys share a letter or an initial); a
# surname made of one and s carries another (`_surname_key`: Andrews / Ендрюс). The
# group's letter keys would also pair loosely with other names (Генрих keyed "henri" is
# loosely "hamenei"). Written from general knowledge (the people probe,
# bench/people_probe.tsv).
GIVEN_NAMES: tuple[tuple[str, ...], ...] = (
    ("Charles", "Чарльз", "Шарль", "Карл"),
    ("Louis", "Луї", "Луи", "Людовик", "Луїс", "Луис"),
    ("Henry", "Генрі", "Генри", "Генріх", "Генрих"),
    ("James", "Джеймс", "Яків", "Яков"),
    ("William", "Вільям", "Уильям", "Вильям", "Вільгельм", "Вильгельм"),
    ("Joseph", "Джозеф", "Йосип", "Иосиф", "Жозеф"),
    ("Peter", "Пітер", "Питер", "Петро", "Петр"),
    ("Paul", "Пол", "Павло", "Павел", "Поль"),
    ("Nicholas", "Ніколас", "Николас", "Микола", "Миколай", "Николай"),
    ("Andrew", "Ендрю", "Эндрю", "Андрій", "Андрей"),
    ("Hugh", "Г'ю", "Хью", "Гуго"),
    ("Elizabeth", "Елізабет", "Элизабет", "Єлизавета", "Елизавета"),
    ("Catherine", "Katherine", "Кетрін", "Кэтрин", "Катерина", "Екатерина"),
    ("Mary", "Мері", "Мэри", "Марія", "Мария"),
    ("Francis", "Френсіс", "Фрэнсис", "Франциск"),
    ("Stephen", "Steven", "Стівен", "Стивен", "Степан", "Стефан"),
    ("Michael", "Майкл", "Михайло", "Михаил"),
    ("Matthew", "Метью", "Мэтью", "Матвій", "Матвей"),
    ("Frederick", "Фредерік", "Фредерик", "Фрідріх", "Фридрих"),
)  # fmt: skip


# group keys run from U+E000, surname keys from U+E100; neither may reach EXACT_ONLY (U+E0FF)
assert len(GIVEN_NAMES) < 0xFF


@functools.cache
def _given_name_index() -> dict[str, str]:
    """Latin key of a `GIVEN_NAMES` spelling -> its group's key (U+E000, U+E001, ...)."""
    index: dict[str, str] = {}
    for number, group in enumerate(GIVEN_NAMES):
        for spelling in group:
            langs = ("en",) if re.search("[a-zA-Z]", spelling) else ("uk", "ru")
            index |= {latin_key(spelling, lang): chr(0xE000 + number) for lang in langs}
    return index


def _surname_key(group_key: str) -> str:
    """The key of a surname made of a `GIVEN_NAMES` group's name and s (Andrews, Ендрюс):
    another private-use character (U+E100, U+E101, ...), which shares no letter with the
    group's own key, so that the given name alone is not half alike it ("Wilhelm Williams"
    is no "Wilhelm II")."""
    return chr(ord(group_key) + 0x100)


# an English possessive ending: "Trump's", "Reuters'"
POSSESSIVE = re.compile(r"['’]s$|(?<=s)['’]$")


def without_possessive(word: str) -> str:
    """A word of plain ASCII letters less an English possessive ending: "Trump's" ->
    "Trump", "Reuters'" -> "Reuters"; other words as they are (a word with diacritics,
    "Kovačić's", keeps its ending: `_south_slavic` strips it for its own keys)."""
    if word.isascii() and POSSESSIVE.search(word):
        return POSSESSIVE.sub("", word) or word
    return word


_LONG_U = re.compile(r"u[^aeiouy][aeiouy]")  # an initial English u read "you": Utah, Unilever


# English ay / ai before a consonant or at the end, read as Cyrillic writes it, ей (Ayr /
# Ейр, Kay / Кей, Clay / Клей, Blaine / Блейн): an `EXACT_ONLY` key; the plain key stays
# (Ayrton / Айртон)
_AI = re.compile(r"ai(?![aeiou])")
_MAGIC_E = re.compile(r"([oai])([^aeiou])e(s?)$")
_LONG_VOWELS = {"o": "ou", "a": "ei", "i": "ai"}


# The mark of a key that counts only where it equals another key, never as a close or loose
# one (`keys_close`, `loosely_close`, and the name stage's own measures): the matching pairs
# keys about two thirds alike, and a key read by ear is alike to many other surnames
# (`_spoken`, the ay key). Such keys hid hundreds of changed surnames in a probe of 297,000
# swaps while they took part in the loose matching (bench/results/drift_suite.md, session 34).
EXACT_ONLY = "\ue0ff"


def exact_only(a: str, b: str) -> bool:
    """Whether either key is `EXACT_ONLY`: then only equal spellings match."""
    return a[:1] == EXACT_ONLY or b[:1] == EXACT_ONLY


def letter_keys(keys: AbstractSet[str]) -> frozenset[str]:
    """`keys` less the `EXACT_ONLY` ones: the keys a word may match among every word of the
    other side, lowercase ones too. An `EXACT_ONLY` key is a reading by ear, which often
    spells a common word ("kol" / коли, "rik" / рік): it is for the other side's names and
    capitalised words only."""
    return frozenset(k for k in keys if k[:1] != EXACT_ONLY)


def same_key(a: str, b: str) -> bool:
    """Whether two keys are equal once an `EXACT_ONLY` mark is set aside."""
    return a.removeprefix(EXACT_ONLY) == b.removeprefix(EXACT_ONLY)


# English letters read as they sound, the way Cyrillic spells English names by ear: Mc as
# Мак, a hard c as к and a final ce as с (first, since the rules after them change the letter
# after a c: Bruce / Брюс), a silent initial k / w, air as ер / эр (Ayr / Эр, Cairns /
# Кэрнс), ay / ai / aye as ей (Wayde / Уейд, Kaye / Кей), then eigh / igh as і / ай (Knight /
# Найт, Wright / Райт), augh as о, ugh after h or p as ю (Hughes / Хьюз, Pugh / Пью), ew as
# ю (Lewis / Льюїс, Drew / Дрю), aw and ow as оу (Law / Лоу, Crowe / Кроу), au as о (Austin /
# Остін), ee as і (Reeves / Рівз), oo as у (Moore / Мур), a final -es after a vowel or v as з
# (Hughes, Reeves) and a silent final e (Moore, Wayde). Applied in this order to the whole
# word.
_SPOKEN = tuple(
    (re.compile(pattern), repl)
    for pattern, repl in (
        (r"^mc", "mak"), (r"c(?![eiyh])", "k"), (r"ce$", "s"), (r"^kn", "n"), (r"^wr", "r"),
        (r"a[iy]r", "er"), (r"aye$", "ei"), (r"a[iy](?![aeiou])", "ei"), (r"eigh$", "i"),
        (r"eigh", "ei"), (r"igh", "ai"), (r"augh", "o"),
        (r"(?<=[hp])ugh(?=$|es$)", "iu"), (r"ew", "iu"), (r"[ao]w", "ou"), (r"au", "o"),
        (r"ee", "i"), (r"oo", "u"), (r"(?<=[aeiouv])es$", "z"), (r"(?<=[^aeiou])e$", ""),
    )
)  # fmt: skip


def _spoken(word: str) -> set[str]:
    """The `EXACT_ONLY` key of an English word read by `_SPOKEN`'s rules, when they change
    its key, it keeps two letters or more and spells no function word: one more key that
    matches only the same spelling (Hughes / Хьюз, Knight / Найт), so that it hides no
    changed surname that is merely alike ("hiuz" / Хьюітт), and only among names
    (`letter_keys`). "Ye" read "i" would be и, "Lee" read "li" ли."""
    low = fold(without_possessive(word)).lower()
    spoken = low
    for pattern, repl in _SPOKEN:
        spoken = pattern.sub(repl, spoken)
    key = latin_key(spoken, "en")
    return _exact_keys({key}) if key != latin_key(low, "en") else set()


def _exact_keys(keys: set[str]) -> set[str]:
    """`keys` marked `EXACT_ONLY`, less any of one letter or that spells a Ukrainian or
    Russian function word (`_function_word_keys`)."""
    return {EXACT_ONLY + k for k in keys if len(k) >= 2 and k not in _function_word_keys()}


@functools.cache
def _function_word_keys() -> frozenset[str]:
    """The keys of the Ukrainian and Russian function words (`STOPWORDS`) and their stems:
    a reading by ear that spells one ("Lee" / ли, "Mee" / ми, "Vaughn" / вони) is no key, as
    a capitalised one opens many a sentence."""
    return frozenset(
        latin_key(form, lang)
        for lang in ("uk", "ru")
        for word in STOPWORDS[lang]
        for form in (word, stem(word, lang))
    )


def _south_slavic(word: str) -> set[str]:
    """The keys of a South Slavic surname as English writes it, without the diacritics of
    č / ć: every c read "ch" in a name that ends in -ic (Kovacic / Ковачич, Vucic / Вучич,
    Djokovic / Джокович)."""
    low = re.sub(r"['’]s?$", "", fold(word).lower())
    if not re.search(r"[a-z]{2,}ic$", low):
        return set()
    spelled = re.sub(r"c(?!h)", "ch", low)
    return {k for k in (latin_key(spelled, "en"), latin_key(re.sub(r"^dj", "j", spelled), "en"))}


# A Chinese name in pinyin, syllable by syllable (initial, then final): Qinghai, Xinjiang,
# Jinping, Zhang. Other English words parse too (Hanna, Bali); their pinyin key is only one
# more key beside the usual ones.
_PINYIN = re.compile(
    r"(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
    r"(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua"
    r"|uo|ue|ui|er|a|o|e|i|u))+"
)
# pinyin letters as Russian and Ukrainian write them (Palladius): q / j / z -> ц(з), x -> с,
# zh -> чж, c -> ц, a syllable's final ng -> н and ong -> ун (Qinghai / Цинхай, Xinjiang /
# Синьцзян, Xi Jinping / Си Цзиньпин, Zhang / Чжан, Zedong / Цзэдун)
# (zh, ch, sh held as placeholders while z, c and s are rewritten)
_PINYIN_LETTERS = (("zh", "ČŽ"), ("ch", "Č"), ("sh", "Š"), ("ong", "un"), ("ng", "n"),
                   ("z", "tsz"), ("c", "ts"), ("q", "ts"), ("j", "tsz"), ("x", "s"),
                   ("ČŽ", "chzh"), ("Č", "ch"), ("Š", "sh"))  # fmt: skip


def _pinyin(word: str) -> set[str]:
    """The Cyrillic-style key of an English word that reads as pinyin syllables, when it
    has a letter pinyin writes otherwise (q, x, j, z, c, zh, ng); else none."""
    low = re.sub(r"['’]s?$", "", fold(word).lower())
    if not _PINYIN.fullmatch(low) or not re.search(r"[qxjzc]|ng", low):
        return set()
    for letters, cyrillic_style in _PINYIN_LETTERS:
        low = low.replace(letters, cyrillic_style)
    return {latin_key(low, "en")}


def _magic_e(key: str) -> str:
    """A Latin key with an English silent final e read as Cyrillic spells the vowel before
    it: "rose" -> "rouz" (Роуз), "blake" -> "bleik" (Блейк), "stone" -> "stoun" (Стоун),
    "mike" -> "maik" (Майк), "giles" -> "gailz" (Гайлз; Джайлз matches its soft-g form)."""
    return _MAGIC_E.sub(
        lambda m: _LONG_VOWELS[m[1]] + ("z" if m[2] == "s" else m[2]) + ("z" if m[3] else ""),
        key,
    )


def _soft_g(key: str) -> str:
    """A Latin key with English soft g read as j (folded to i like every j): "george" ->
    "ieorie". The hard-g key stays beside it (Gibson / Гібсон); only names that start with
    a soft-looking g get the variant (Virginia / Джорджія must stay apart)."""
    return _DOUBLED.sub(r"\1", re.sub(r"d?g(?=[ei])", "i", key))


def keys_close(a: str, b: str, *, min_ratio: float = _MIN_RATIO, min_length: int = 4) -> bool:
    """Whether two Latin keys spell the same name: equal, or for keys of `min_length`+ letters
    a difflib similarity ratio of at least `min_ratio` (0.8: Kharkiv/Kharkov, Harlem/Garlem);
    an `EXACT_ONLY` key only when it is the other key, its mark set aside."""
    if a == b:
        return True
    if exact_only(a, b):
        return same_key(a, b)
    if min(len(a), len(b)) < min_length:
        return False
    return _ratio_at_least(a, b, min_ratio)


@functools.lru_cache(maxsize=262_144)
def _ratio_at_least(a: str, b: str, min_ratio: float) -> bool:
    """difflib's ratio(a, b) >= min_ratio, trying its two cheap upper bounds first."""
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    return (
        matcher.real_quick_ratio() >= min_ratio
        and matcher.quick_ratio() >= min_ratio
        and matcher.ratio() >= min_ratio
    )


def skeleton(key: str) -> str:
    """A Latin key without its vowels after the first letter: English spelling and Slavic
    transliteration often differ only in vowels (Wade/Уейд -> "vd", Sturridge/Старрідж)."""
    return (key[:1] + re.sub(r"[aeiou]", "", key[1:])) if key else key


def loosely_close(a: str, b: str, *, min_ratio: float = 0.6) -> bool:
    """A looser `keys_close` for a name against the other text's own names: key ratio at
    least `min_ratio`, or consonant skeletons of 2+ letters that are equal or 0.75 alike."""
    if keys_close(a, b, min_ratio=min_ratio):
        return True
    if exact_only(a, b):
        return False
    sa, sb = skeleton(a), skeleton(b)
    if min(len(sa), len(sb)) < 2:  # short names: equal up to the vowels (Lee / Лі, Roe / Роу)
        return re.sub(r"[aeiou]+", "V", a) == re.sub(r"[aeiou]+", "V", b)
    return sa == sb or _ratio_at_least(sa, sb, 0.75)


def same_name(a: str, lang_a: str, b: str, lang_b: str) -> bool:
    """Whether `a` (in `lang_a`) and `b` (in `lang_b`) are spellings of one name.

    Transliteration-, inflection- and spelling-variant-aware: Путіна (uk) = Putin (en),
    Харкова (uk) = Харьков (ru) = Kharkiv (en), Буша (uk) = Bush (en). Single words; for
    multi-word names compare the words (surnames) separately.
    """
    keys_b = name_keys(b, lang_b)
    return any(keys_close(ka, kb) for ka in name_keys(a, lang_a) for kb in keys_b)
