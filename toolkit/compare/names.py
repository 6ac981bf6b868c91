"""Named entities in en/uk/ru text and the ones one side has without a counterpart.

Candidates are capitalised words (and all-caps acronyms: НАТО, США, NATO) that are not the
first word of a sentence; a sentence-initial word counts when it is in the alias table, is
capitalised somewhere mid-sentence in the same text, or pymorphy3 tags it as a name (Surn,
Name, Patr, Geox, Orgn). Adjacent candidates form one mention ("George W. Bush",
"Сполучені Штати"). Titles and function words capitalised in English (President, Mr, The)
and month names are not names.

A capitalised common word ("Perhaps Russia could be an Ally", "Союзником") is read as a
name but is no evidence of a changed name unless it is in the alias table or matches a name
of the other side: a word of the `common_words` lists, built from the words the project's
own text writes in lowercase (bench/make_common_words.py); in uk/ru, matched by lemma, and
only when pymorphy3 gives it no Name/Surn/Patr/Geox/Orgn reading.

Matching is general, by transliteration + lemma + fuzzy key (`toolkit.translit`: Путіна =
Putin, Харкова = Kharkiv): strictly against every word of the other text, loosely (`_loose`)
against its names and capitalised words, sentence-initial ones included ("Lee said" / "За
словами Лі"). A mention's head (its last word that is no common word) and any uk/ru place
word in it must match ("Дональд Шольц" / "Donald Trump" is a change; beside a matching first
name the head needs only a key half alike: Mateo Kovacic / Матео Ковачичу); a mention of
common words only is matched when any word matches. A small alias table covers entities
whose names differ across languages (США / US / U.S. / United States / Сполучені Штати /
Соединённые Штаты, НАТО / NATO, Київ / Kyiv / Kiev, Росія / Russia / російський / Russian;
toolkit.compare.name_tables, with the other word tables and `NAMES_VERSION`).

Example:
    >>> names_diff("Путін зустрівся з Бушем у Словенії.", "uk",
    ...            "Putin met Clinton in Slovenia.", "en")
    (['Бушем'], ['Clinton'])
"""

from __future__ import annotations

import difflib
import functools
import itertools
import re
from collections import Counter
from collections.abc import Set as AbstractSet
from dataclasses import dataclass

from toolkit.compare.common_words import EN_COMMON_WORDS, RU_COMMON_LEMMAS, UK_COMMON_LEMMAS
from toolkit.compare.dates import month_forms
from toolkit.compare.name_tables import (
    ALIASES,
    EN_COMMON_CAPITALISED,
    EN_NOT_NAMES,
    EN_NOT_OWNERS,
    EN_TITLES,
    SEAT_PARTNERS,
    SLAVIC_COMMON_CAPITALISED,
)
from toolkit.compare.numbers import check_lang
from toolkit.english import en_words
from toolkit.morph import MORPH_LANGS, analyzer, fold, grammemes, normal_forms
from toolkit.morph import parse as morph_parse
from toolkit.stopwords import STOPWORDS
from toolkit.translit import (
    EXACT_ONLY,
    POSSESSIVE,
    exact_only,
    keys_close,
    latin_key,
    lemma,
    letter_keys,
    loosely_close,
    name_keys,
    same_key,
    without_possessive,
)

_NAME_TAGS = frozenset({"Surn", "Name", "Patr", "Geox", "Orgn"})
_WORD = re.compile(
    r"(?:[^\W\d_]\.){2,}"  # acronym with dots: U.S.
    r"|(?:[^\W\d_]\.)+[^\W\d_](?![^\W\d_])"  # ... its last dot left out: "D.C"
    r"|[^\W\d_]\.(?=\s*[^\W\d_])"  # initial: W.
    r"|[^\W\d_]+(?:['\-][^\W\d_]+)*"
)
_SENT_END = re.compile(
    r"(?:[.!?…][\"'«»„“”‘’()\[\]]*\s*(?:[—–-]\s*)?[\"'«»„“”‘’(\[]*"  # after . ! ?
    r"|[:;]\s*(?:[—–-]\s*)?[\"'«„“‘(\[]+"  # after a colon and an opening quote
    r"|(?:^|\s)[\"'«„“‘(\[]+"  # right after an opening quote mark
    r"|\n\s*[—–-]\s*)\s*$"  # dash dialogue
)
# a surname whose first name matched, against a capitalised word: 0.6 since names22
# (session 22, calib2: NAME recall en-uk 0.889 -> 0.917, en-ru 0.884 -> 0.907 for one
# more false flag in 1,426 control pairs; calib unchanged; 0.7 the same). 0.5 had been
# chosen for Kovacic / Ковачичу, which `translit._south_slavic` now keys
HEAD_MIN_RATIO = 0.6
ADJECTIVE_MIN_RATIO = 0.85  # a name's stem against the start of an adjective's key
LOOSE_MIN_RATIO = 0.65  # key similarity for a name against the other side's capitalised words
COUNTERPART_MIN_LENGTH = 6  # keys this long may be close, not equal, in counterpart_spans
_ABBREVS = {"mr.", "mrs.", "ms.", "dr.", "st.", "gen.", "sen.", "rep.", "gov.", "пан.", "г.", "р."}


@dataclass(frozen=True)
class NameMention:
    """A name found in a text: where it is and its matching key (alias concept or Latin key)."""

    text: str
    start: int
    end: int
    key: str


@dataclass(frozen=True)
class _Word:
    text: str
    start: int
    end: int
    initial: bool  # first word of a sentence


def extract_names(text: str, lang: str) -> list[NameMention]:
    """The name mentions of `text` (language `lang`), in text order."""
    return list(_extract_names(text, lang))


@functools.lru_cache(maxsize=4096)
def _extract_names(text: str, lang: str) -> tuple[NameMention, ...]:
    check_lang(lang)
    words = _words(fold(text))
    mid_caps = {lemma(w.text, lang) for w in words if not w.initial and _capitalised(w.text)}
    mentions: list[list[_Word]] = []
    prev_end = -2
    for i, w in enumerate(words):
        nxt = words[i + 1] if i + 1 < len(words) else None
        after = tuple(v.text for v in words[i + 1 : i + 3])
        candidate = _is_candidate(w, lang, mid_caps, after)
        if not candidate and not _starts_name(w, nxt, lang, mid_caps):
            prev_end = -2
            continue
        adjacent = prev_end >= 0 and re.fullmatch(r"\s*", text[prev_end : w.start])
        prev = mentions[-1][-1].text if mentions else ""
        # a possessive ends a name: "Trump's West Virginia" is two names
        if adjacent and prev and not POSSESSIVE.search(prev) and _same_case(prev, w.text, lang):
            mentions[-1].append(w)
        else:
            mentions.append([w])
        prev_end = w.end
    groups = [part for group in mentions for part in _split_at_person(group, lang)]
    return tuple(_mention(group, text, lang) for group in groups)


def _split_at_person(group: list[_Word], lang: str) -> list[list[_Word]]:
    """uk/ru: a place and the person after it in one genitive chain are two names
    ("президента США Дональда Трампа", "канцлера Германии Ангелы Меркель"). The group is cut
    before a first name that follows a whole alias-table concept made of place names
    (`_place`); otherwise the concept's key would stand for the person too, and a changed
    surname would go unseen. An institution keeps its person ("главой Минобороны Сергеем
    Шойгу" / "Defense Minister Sergei Shoigu": the ministry alone would find no name)."""
    if lang not in MORPH_LANGS:
        return [group]
    for k in range(1, len(group)):
        key = tuple(_lemma_key(w.text, lang) for w in group[:k])
        if (
            key in _alias_index()
            and all(_place(w.text, lang) for w in group[:k])
            and _first_name(group[k].text, lang)
        ):
            return [group[:k], group[k:]]
    return [group]


def _first_name(word: str, lang: str) -> bool:
    """Whether pymorphy3 reads `word` as a first name in any of its parses."""
    return any("Name" in grammemes(p.tag) for p in morph_parse(word.lower(), lang))


def names_diff(text_a: str, lang_a: str, text_b: str, lang_b: str) -> tuple[list[str], list[str]]:
    """The name mentions of each text that have no counterpart in the other (their texts)."""
    only_a = [m.text for m in unmatched_names(text_a, lang_a, text_b, lang_b)]
    only_b = [m.text for m in unmatched_names(text_b, lang_b, text_a, lang_a)]
    return only_a, only_b


def unmatched_names(text: str, lang: str, other: str, other_lang: str) -> list[NameMention]:
    """The name mentions of `text` with no same name anywhere in `other`."""
    return [m for m, status in _matching(text, lang, other, other_lang) if status == "unmatched"]


def matched_name_spans(text: str, lang: str, other: str, other_lang: str) -> list[tuple[int, int]]:
    """The spans of the name mentions of `text` that found the same name in `other` (by
    alias, transliteration or inflection): "Salt Lake City" / "Солт-Лейк-Сіті". Weak
    mentions the rules leave out (common words, acronyms) are not among them, nor a name
    `text` mentions twice ("Dr. Ford ... Christine Blasey Ford" / "Доктор Форд": which
    mention the other side's Форд stands for is unknown), nor one whose key (its head's, or
    its alias concept) the other side does not hold exactly: a loose match may be another
    person ("Аарон Дэвид Миллер" against "Mike")."""
    found = _matching(text, lang, other, other_lang)
    keys = Counter(m.key for m, _ in found)
    return [(m.start, m.end) for m, status in found if status == "exact" and keys[m.key] == 1]


def loosely_matched_name_spans(
    text: str, lang: str, other: str, other_lang: str
) -> list[tuple[int, int]]:
    """The spans of the name mentions of `text` that found their name in `other` only
    loosely (Рейнджерс / Rangers): those with a key of six letters or more that is named by a
    name, not an alias concept ("ООН Міллер" reads as the UN; a short key matches loosely by
    chance: Ирана / Yuan), and none whose key is close to another mention's of `text`
    ("Indonesian ... Indonesia": which one the other side's word stands for is unknown)."""
    found = _matching(text, lang, other, other_lang)
    return [
        (m.start, m.end)
        for i, (m, status) in enumerate(found)
        if status == "matched"
        and m.key not in ALIASES
        and len(m.key) >= COUNTERPART_MIN_LENGTH
        and not any(keys_close(m.key, n.key) for j, (n, _) in enumerate(found) if j != i)
    ]


@functools.lru_cache(maxsize=4096)
def _matching(
    text: str, lang: str, other: str, other_lang: str
) -> tuple[tuple[NameMention, str], ...]:
    """Each name mention of `text` with its status against `other`: "exact" (matched, and
    its key, the head's or its alias concept's, is one `other` holds), "matched" (matched
    otherwise, e.g. loosely), "weak" (no evidence either way: a shouted word, an acronym, a
    common word) or "unmatched". Cached: compare asks for the unmatched names and for the
    spans of the exactly matched ones of the same pair."""
    other_words = _words(fold(other))
    other_concepts = concepts(other, other_lang)
    # a name inside a sentence finds no counterpart in a lowercase English dictionary word
    # ("Гагарина" / "again"); one opening a sentence may be a capitalised loanword ("Богги
    # и два двойных богги" / "A bogey and two doubles")
    all_keys: set[str] = set()
    proper_keys: set[str] = set()
    for w in other_words:
        keys = letter_keys(name_keys(_bare(w.text), other_lang))
        all_keys |= keys
        if not _plain_english_word(w.text, other_lang):
            proper_keys |= keys
    initial = {w.start for w in _words(fold(text)) if w.initial}
    other_names = {
        k
        for m in extract_names(other, other_lang)
        for w in _WORD.findall(fold(m.text))
        for k in name_keys(_bare(w), other_lang)
    }
    # capitalised words anywhere, sentence-initial ones too: English reads "Lee said" at the
    # start of a sentence as no name, yet it is the counterpart of "За словами Лі"; but no
    # short title, which a name would find only loosely ("Mr" / "Миллера")
    other_names |= {
        k
        for w in other_words
        if _capitalised(w.text) and not _en_title(w.text, other_lang)
        for k in name_keys(_bare(w.text), other_lang)
    }
    own_concepts = concept_spans(text, lang)
    # what each word of the text names on the other side, for `_taken`
    claims = _word_claims(text, lang, other, other_lang)
    concept_keys = _concept_keys(other, other_lang)
    out = []
    for mention in extract_names(text, lang):
        other_keys = all_keys if mention.start in initial else proper_keys
        taken = _taken(mention, claims, own_concepts, concept_keys)
        found = (other_concepts, other_keys, other_names, taken)
        if _found_its_name(mention, lang, own_concepts, *found):
            exact = (
                mention.key in other_concepts
                or mention.key in other_keys
                or EXACT_ONLY + mention.key in other_names  # Кей / Kay by its ay key
            )
            out.append((mention, "exact" if exact else "matched"))
        elif _seat_for_country(mention.key, own_concepts, concept_spans(other, other_lang)):
            out.append((mention, "matched"))
        elif _no_evidence(mention, text, lang, own_concepts):
            out.append((mention, "weak"))
        else:
            out.append((mention, "unmatched"))
    return tuple(out)


def _concepts_in(mention: NameMention, own_concepts: tuple[tuple[str, int, int], ...]) -> set[str]:
    """The alias concepts of `own_concepts` (`concept_spans`) whose span overlaps `mention`."""
    return {c for c, s, e in own_concepts if s < mention.end and mention.start < e}


def _en_title(word: str, lang: str) -> bool:
    return lang == "en" and _bare(word).lower() in EN_TITLES


def _taken(
    mention: NameMention,
    claims: list[_Claim],
    own_concepts: tuple[tuple[str, int, int], ...],
    other_concept_keys: dict[str, set[str]],
) -> set[str]:
    """The other side's names that another word of this text names, and so no partner for
    the loose or half-alike match of `mention`:

    - the keys of the word that another word's closest exact match is ("Sims and Simpson" /
      "Сімсом і Вілсоном": Сімсом is Sims's), unless `mention` is as close to it, or the
      other side says that name more often than this text does;
    - the keys spelling an alias concept this text names elsewhere ("Германии ... Ангелы
      Меркель ... Владимира Миллера" / "German ... Angela Merkel ... Vladimir Putin":
      neither German nor Merkel is Миллера's);
    - when `mention` spells an alias concept, the keys of the other side's words that spell
      another one ("Iran" / "Ірландії").
    """

    def outside(start: int) -> bool:
        return not mention.start <= start < mention.end

    inside = [k for claim in claims if not outside(claim.start) for k in claim.keys]
    taken: set[str] = set()
    for claim in claims:
        if not outside(claim.start):
            continue
        # a name the other side says more often than this text (outside `mention`) claims
        # none of its mentions: which one is its own is unknown (Wade / Уейд ... Уейда)
        if len(claim.closest) > sum(outside(start) for start in claim.namesakes):
            continue
        for word, closeness in claim.closest:
            if closeness > max((_closeness(k, o) for k in inside for o in word), default=0.0):
                taken |= word
    for concept, start, _ in own_concepts:
        if outside(start):
            taken |= other_concept_keys.get(concept, set())
    # a mention that spells an alias concept is no other concept's loose partner ("Iran" /
    # "Ірландії"): the table knows both places. (Every concept's words as no loose partner
    # at all, "Asia" / "Австрії" too, unpaired names the table spells only in part:
    # "Europa League" / "Ліги Європи", bench/results/drift_suite.md, session 32.)
    own = _concepts_in(mention, own_concepts)
    if own:
        for concept, keys in other_concept_keys.items():
            if concept not in own:
                taken |= keys
    return taken


@dataclass(frozen=True)
class _Claim:
    """A capitalised word of a text (its start and name keys), the other side's words it
    matches exactly and most closely (`_closest_exact`), and the starts of this text's
    words that name the same (itself included)."""

    start: int
    keys: frozenset[str]
    closest: list[tuple[frozenset[str], float]]
    namesakes: frozenset[int]


def _word_claims(text: str, lang: str, other: str, other_lang: str) -> list[_Claim]:
    """The `_Claim` of each capitalised word of `text` against `other`, and of each
    lowercase uk/ru adjective made from one of `other`'s names (`_adjective_claims`), once
    per pair."""
    own = _capitalised_words(text, lang)
    other_words = [keys for _, keys in _capitalised_words(other, other_lang)]
    claims = [
        _Claim(
            w.start,
            keys,
            _closest_exact(keys, other_words),
            frozenset(v.start for v, ks in own if any(keys_close(k, o) for k in keys for o in ks)),
        )
        for w, keys in own
    ]
    return claims + _adjective_claims(text, lang, other_words)


def _adjective_claims(text: str, lang: str, other_words: list[frozenset[str]]) -> list[_Claim]:
    """Ukrainian and Russian write the adjective of a place in lowercase, and it is the
    counterpart of the English name ("індонезійської" / "Indonesian", "австралийское" /
    "Australia's", "ветеранского" / "Veteran's"): such a word claims the name it is made
    from (`_adjective_of`, closeness the stem's against the adjective's start), so that
    another name of `text` does not find it loosely ("Індії", "Австрии", "Виргинии")."""
    if lang not in MORPH_LANGS:
        return []
    out = []
    for w in _words(fold(text)):
        if not w.text[:1].islower() or not _adjective(w.text, lang):
            continue
        keys = name_keys(w.text, lang)
        scored = [
            (word, max(_stem_closeness(o, k) for o in word for k in keys)) for word in other_words
        ]
        closest = _best(scored)
        if closest and closest[0][1] >= ADJECTIVE_MIN_RATIO:
            out.append(_Claim(w.start, keys, closest, frozenset({w.start})))
    return out


def _stem_closeness(name_key: str, adjective_key: str) -> float:
    """How alike a name's stem (less its last letter) and the start of a longer word's key
    are (`_adjective_of` reads the word as made from the name at ADJECTIVE_MIN_RATIO); 0
    for an `EXACT_ONLY` key, a stem under four letters or a word not two letters longer."""
    stem = name_key[:-1]
    if exact_only(name_key, adjective_key) or len(stem) < 4 or len(adjective_key) < len(stem) + 2:
        return 0.0
    return _closeness(stem, adjective_key[: len(stem)])


def _closest_exact(
    keys: frozenset[str], other_words: list[frozenset[str]]
) -> list[tuple[frozenset[str], float]]:
    """The other words that `keys` match exactly (`keys_close`) and most closely, with that
    closeness (several when tied: a name said twice)."""
    scored = [
        (word, max(_closeness(k, o) for k in keys for o in word))
        for word in other_words
        if any(keys_close(k, o) for k in keys for o in word)
    ]
    return _best(scored)


def _best(scored: list[tuple[frozenset[str], float]]) -> list[tuple[frozenset[str], float]]:
    """The entries of `scored` with the highest score (several when tied: a name said
    twice); none for none."""
    best = max((c for _, c in scored), default=0.0)
    return [(word, c) for word, c in scored if c == best]


@functools.lru_cache(maxsize=262_144)
def _closeness(a: str, b: str) -> float:
    """difflib's ratio of two keys; for an `EXACT_ONLY` key 1 or 0 (`same_key`)."""
    if exact_only(a, b):
        return float(same_key(a, b))
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()


def _concept_keys(text: str, lang: str) -> dict[str, set[str]]:
    """Per alias concept of `text`, the name keys of the words that spell it."""
    out: dict[str, set[str]] = {}
    folded = fold(text)
    for concept, start, end in concept_spans(text, lang):
        for word in _WORD.findall(folded[start:end]):
            out.setdefault(concept, set()).update(name_keys(_bare(word), lang))
    return out


def _plain_english_word(word: str, lang: str) -> bool:
    """A lowercase English dictionary word ("again"): no name's counterpart. English writes
    names and the adjectives of places with a capital, unlike Ukrainian and Russian
    ("російський" / "Russian"), so "Гагарина" has nothing to find in "again"."""
    return lang == "en" and word[:1].islower() and _en_dictionary_word(word.lower())


def _found_its_name(
    mention: NameMention,
    lang: str,
    own_concepts: tuple[tuple[str, int, int], ...],
    other_concepts: set[str],
    other_keys: set[str],
    other_names: set[str],
    taken: set[str],
) -> bool:
    """Whether the other side names what `mention` names: its alias concept, or its strong
    words (`_strong_words`, `_strong_matched`; `taken`: names other words of this text name),
    or, with no strong word, a concept it holds or a key of the other side's words (exactly)
    or names (loosely)."""
    if mention.key in other_concepts:
        return True
    strong = _strong_words(mention, lang, own_concepts, other_concepts)
    if strong is None:  # every word is a concept the other side has
        return True
    if strong:
        return _strong_matched(strong, lang, other_keys, other_names, taken)
    return (
        bool(_concepts_in(mention, own_concepts) & other_concepts)
        or _matches_any(mention, lang, other_keys, loose=False)
        or _matches_any(mention, lang, other_names - taken, loose=True)
    )


def _seat_for_country(
    key: str,
    own_concepts: tuple[tuple[str, int, int], ...],
    other_concepts: tuple[tuple[str, int, int], ...],
) -> bool:
    """Whether a seat of government and its country (`SEATS`) stand for each other: `key`
    is one of them, and the other side names the other one more often than this side does
    ("China ... China ... Beijing" / "Китаї ... Китаю ... Китай")."""
    partners = SEAT_PARTNERS.get(key)
    if not partners:
        return False
    own = Counter(c for c, _, _ in own_concepts)
    other = Counter(c for c, _, _ in other_concepts)
    return any(other[p] > own[p] for p in partners)


def _no_evidence(
    mention: NameMention, text: str, lang: str, own_concepts: tuple[tuple[str, int, int], ...]
) -> bool:
    """Whether an unmatched mention says too little to count: shouted, or (outside an
    alias) an acronym, a weak word or a common word that is no lone surname."""
    in_alias = mention.key in ALIASES or bool(_concepts_in(mention, own_concepts))
    return _shouted(mention.text) or (
        not in_alias
        and (
            _acronym(mention.text)
            or _weak(mention.text, lang)
            or (_common(mention.text, lang) and not _lone_surname(mention, text, lang))
        )
    )


def _lone_surname(mention: NameMention, text: str, lang: str) -> bool:
    """An English one-word mention that is a dictionary word capitalised alone
    mid-sentence, after no article or determiner: a surname, as `name_like_at` reads it
    ("to unseat Waters in the midterm elections"), not a word capitalised for weight ("could
    be an Ally"). English only: the uk/ru dictionaries tag surnames themselves (Миллер), and
    a dictionary word capitalised there is a term ("союзником Заходу", "стать Союзником")."""
    if lang != "en" or " " in mention.text.strip():
        return False
    before = _WORD.findall(fold(text[: mention.start]))
    if before and before[-1].lower() in _EN_DETERMINERS:
        return False
    return name_like_at(text, lang, mention.start, mention.end)


_EN_DETERMINERS = frozenset(
    "a an the this that these those my your his her its our their every each no".split()  # noqa: SIM905
)


def _strong_words(
    mention: NameMention,
    lang: str,
    own_concepts: tuple[tuple[str, int, int], ...],
    other_concepts: set[str],
) -> list[str] | None:
    """The words of a mention that can carry a changed name: not an acronym, not a common or
    institution word, not part of an alias concept the other side also mentions. The last
    (the surname, the head) and any place among them must find their name on the other side:
    in "Ірландії Ян Гельфанд" / "Jan Gelfand in Indonesia" the surname matches but Ірландії
    does not, and in "Дональд Шольц" / "Donald Trump" the first name matches but the surname
    does not. None when the mention is made only of concepts the other side has."""
    strong: list[str] = []
    only_shared_concepts = True
    for m in _WORD.finditer(fold(mention.text)):
        word = _bare(m.group())
        start, end = mention.start + m.start(), mention.start + m.end()
        inside = {c for c, s, e in own_concepts if s < end and start < e}
        if inside & other_concepts:
            continue
        only_shared_concepts = False
        if inside or not (len(word) < 2 or _acronym(word) or _weak(word, lang)
                          or _common(word, lang)):  # fmt: skip
            strong.append(word)
    return None if only_shared_concepts else strong


def _strong_matched(
    strong: list[str], lang: str, other_keys: set[str], other_names: set[str], taken: set[str]
) -> bool:
    """Whether a mention's head (last strong word) and its place words find their names.
    When another of its words matched (the first name: Mateo / Матео), the head needs only
    a key half alike a capitalised word of the other side: transliteration keys of surnames
    drift (Kovacic / Ковачичу, Ng / Нг), while a changed surname shares little (Trump /
    Шольц), and not one another word of this text names (`taken`)."""
    other_names = other_names - taken
    head, rest = strong[-1], strong[:-1]
    places = [w for w in rest if _place(w, lang)]
    if places:
        # a place must find a name of its own: not the one the head found ("Ірландії Ян
        # Гельфанд" / "Jan Gelfand": "irlandi" is loosely "ielfand" too)
        own_keys, own_names = _unused(head, lang, other_keys), _unused(head, lang, other_names)
        if not all(_word_matched(w, lang, own_keys, own_names) for w in places):
            return False
    if _word_matched(head, lang, other_keys, other_names):
        return True
    if not any(_word_matched(w, lang, other_keys, other_names) for w in rest):
        return False
    keys = name_keys(head, lang)
    return any(_closeness(k, o) >= HEAD_MIN_RATIO for k in keys for o in other_names)


def _unused(word: str, lang: str, others: set[str]) -> set[str]:
    """`others` less the keys that `word` itself matches."""
    return {o for o in others if not _word_matched(word, lang, {o}, {o})}


def _place(word: str, lang: str) -> bool:
    """A uk/ru word that pymorphy3 reads as a place name (Ірландії, Бельгии). The Ukrainian
    dictionary marks no place names (Geox), so there a word it knows only as an inanimate
    noun, never as a person's name, counts: within a name, that is its place (Ірландії,
    Індонезії), not the person's first name or surname."""
    if lang not in MORPH_LANGS:
        return False
    parses = morph_parse(word.lower(), lang)
    if any("Geox" in grammemes(p.tag) for p in parses):
        return True
    return (
        lang == "uk"
        and bool(parses)
        and all(p.is_known and _inanimate_noun(grammemes(p.tag)) for p in parses)
    )


_PERSON_TAGS = frozenset({"Name", "Surn", "Patr", "anim"})


def _inanimate_noun(tags: frozenset[str]) -> bool:
    return {"NOUN", "inan"} <= tags and not tags & _PERSON_TAGS


def _word_matched(word: str, lang: str, other_keys: set[str], other_names: set[str]) -> bool:
    """One word of a mention: the same name among the other side's words (strict; not by
    an `EXACT_ONLY` key, `letter_keys`) or its capitalised words and names (loose)."""
    keys = name_keys(word, lang)
    letters = letter_keys(keys)
    if _any_close(letters, other_keys):
        return True
    if any(_loose(k, o) for k in keys for o in other_names):
        return True
    return any(_adjective_of(k, o) for k in letters for o in other_keys)


def _adjective_of(key: str, other: str) -> bool:
    """Whether `other` (a word's key) reads as an adjective made from the name `key`: the
    name less its last letter begins the longer word, give or take a letter of
    transliteration ("Paris" / "паризьких", "Australia's" / "австралийское", "Capitol" /
    "Капитолийском"). Names of four letters or fewer are left out."""
    return _stem_closeness(key, other) >= ADJECTIVE_MIN_RATIO


def _acronym(text: str) -> bool:
    """An all-caps abbreviation of 2-5 letters (AZ, LSU, AMs). Abbreviations neither
    transliterate nor survive translation (ЧА for AM), so one outside the alias table is
    no evidence of a changed name."""
    bare = _bare(text).replace(".", "")
    return 2 <= len(bare) <= 5 and bare.isupper() and " " not in bare


def _shouted(text: str) -> bool:
    """Capitals for emphasis ("ЩЕ ОДНА ТЕМНОШКІРА", "НЕЕЕЕТ"): every word all-caps and one
    longer than an abbreviation (6+ letters). Not a name, whatever the other side has."""
    words = [_bare(w) for w in _WORD.findall(fold(text))]
    return all(w.isupper() for w in words) and any(len(w) > 5 for w in words)


def _weak(text: str, lang: str) -> bool:
    """A capitalised mention made of common words only (Supreme Court, Police, Верховного
    Суду, Університету), which translations capitalise differently: not evidence alone."""
    words = [_bare(w) for w in _WORD.findall(fold(text))]
    if lang == "en":
        return all(_en_common(w) for w in words)
    return all(_slavic_common(w, lang) for w in words)


def _common(text: str, lang: str) -> bool:
    """A mention made of dictionary words only, none of them a name: "Ally", "Союзником"."""
    words = [_bare(w) for w in _WORD.findall(fold(text))]
    if lang == "en":  # a title of common words ("True West") too
        return all(_en_dictionary_word(w.lower()) or _en_common(w) for w in words)
    return all(_slavic_dictionary_word(w.lower(), lang) for w in words)


def _en_dictionary_word(low: str) -> bool:
    low = re.sub(r"['’]s$", "", low)  # Agency's
    if low in EN_COMMON_WORDS or low in en_words():
        return True
    if "-" in low:  # commander-in-chief, cell-death: every part a common or function word
        return all(p in STOPWORDS["en"] or _en_dictionary_word(p) for p in low.split("-") if p)
    for suffix, repl in (("ies", "y"), ("es", ""), ("s", "")):
        if low.endswith(suffix) and low[: -len(suffix)] + repl in EN_COMMON_WORDS:
            return True
    return False


def _slavic_dictionary_word(low: str, lang: str) -> bool:
    """Known to pymorphy3, no name reading, and a lemma of the common-word list (the uk
    dictionary leaves many place names untagged: Болівія, Аризона)."""
    parses = morph_parse(low, lang)
    if not analyzer(lang).word_is_known(low) or any(grammemes(p.tag) & _NAME_TAGS for p in parses):
        return False
    table = UK_COMMON_LEMMAS if lang == "uk" else RU_COMMON_LEMMAS
    return any(fold(p.normal_form) in table for p in parses)


def _en_common(word: str) -> bool:
    low = word.lower()
    if low.endswith(("ians", "eans", "-americans")):
        low = low[:-1]  # Syrians, Austrians
    return low in EN_COMMON_CAPITALISED or low.endswith(("ian", "ean", "ish", "ese", "-american"))


def _slavic_common(word: str, lang: str) -> bool:
    """An adjective (Верховного, Південного) or a noun of the institution list by any of its
    readings (Рада: pymorphy3 reads рад first)."""
    if _adjective(word, lang):
        return True
    return any(fold(n) in SLAVIC_COMMON_CAPITALISED for n in normal_forms(word.lower(), lang))


def _adjective(word: str, lang: str) -> bool:
    """A Ukrainian or Russian word that is a full adjective by every dictionary reading."""
    parses = morph_parse(word.lower(), lang)
    return bool(parses) and all({"ADJF"} <= grammemes(p.tag) for p in parses)


def concepts(text: str, lang: str) -> set[str]:
    """The alias-table concepts mentioned anywhere in `text` (any case, any form)."""
    return {concept for concept, _, _ in concept_spans(text, lang)}


@functools.lru_cache(maxsize=4096)
def concept_spans(text: str, lang: str) -> tuple[tuple[str, int, int], ...]:
    """Each alias-table concept mention of `text`: (concept, start, end), longest first. An
    English spelling the table writes with a capital needs one in the text too ("a new
    alliance" names no NATO); one it writes in lowercase matches either way ("tweeted",
    "magnitude")."""
    words = _words(fold(text))
    readings = [_lemma_keys(w.text, lang) for w in words]
    table = _alias_index()
    capitalised = _en_capitalised_keys() if lang == "en" else frozenset()
    found = []
    for n in (3, 2, 1):
        for i in range(len(readings) - n + 1):
            keys = itertools.product(*readings[i : i + n])
            lower = words[i].text[:1].islower()
            concept = next(
                (table[k] for k in keys if k in table and not (lower and k in capitalised)),
                None,
            )
            if concept:
                found.append((concept, words[i].start, words[i + n - 1].end))
    return tuple(found)


@functools.lru_cache(maxsize=65536)
def _lemma_keys(word: str, lang: str) -> tuple[str, ...]:
    """`_lemma_key` first, then every other dictionary reading of a uk/ru word (pymorphy3
    reads "Сході" first as a form of сход, "домі" as дома: the alias needs схід, дім)."""
    first = _lemma_key(word, lang)
    if lang not in MORPH_LANGS or (word.isupper() and len(word) <= 5):
        return (first,)
    return (first, *sorted(set(normal_forms(word, lang)) - {first}))


def _loose(a: str, b: str) -> bool:
    """`loosely_close` without its 0.6 key ratio, which pairs different names of one shape
    (Сирии / Russia: "siria" / "rusia"): keys 0.65 alike, or the consonant skeleton rules.
    An `EXACT_ONLY` key matches only its own spelling."""
    if exact_only(a, b):
        return same_key(a, b)
    if a[:1] != b[:1] and {a[:1], b[:1]} not in _SWAPPED_INITIALS:
        return False  # "tompson" / "simpson", "ioria" / "kalifornia": another name
    return keys_close(a, b, min_ratio=LOOSE_MIN_RATIO) or loosely_close(a, b, min_ratio=1.01)


# Initial letters that transliteration swaps (Гарвард / Хьюстон / Houston, Кельн / Cologne,
# Єва / Eva, Федір / Theodore, Зальцбург / Salzburg).
_SWAPPED_INITIALS = (
    {"g", "h"},
    {"k", "h"},
    {"k", "c"},
    {"i", "e"},
    {"e", "a"},
    {"v", "w"},
    {"f", "p"},
    {"f", "t"},
    {"s", "z"},
)


def _matches_any(mention: NameMention, lang: str, other_keys: set[str], *, loose: bool) -> bool:
    close = _loose if loose else keys_close
    for word in _WORD.findall(fold(mention.text)):
        word = _bare(word)
        if len(word) < 2:
            continue
        keys = name_keys(word, lang) if loose else letter_keys(name_keys(word, lang))
        if keys & other_keys or any(close(k, o) for k in keys for o in other_keys):
            return True
    return False


def _bare(word: str) -> str:
    """Dots of initials and acronyms off, and an acronym's plural s (AMs -> AM)."""
    word = word.rstrip(".")
    if len(word) > 2 and word[-1] == "s" and word[:-1].isupper():
        return word[:-1]
    return word


def _mention(group: list[_Word], text: str, lang: str) -> NameMention:
    start, end = group[0].start, group[-1].end
    surface = text[start:end]
    for n in range(len(group), 0, -1):
        for i in range(len(group) - n + 1):
            key = tuple(_lemma_key(w.text, lang) for w in group[i : i + n])
            concept = _alias_index().get(key)
            if concept:
                return NameMention(surface, start, end, concept)
    last = next((w for w in reversed(group) if len(w.text.rstrip(".")) > 1), group[-1])
    head = without_possessive(last.text.rstrip("."))
    return NameMention(surface, start, end, latin_key(lemma(head, lang), lang))


_CASES = frozenset({"nomn", "gent", "datv", "accs", "ablt", "loct", "voct", "gen2", "loc2"})


def _same_case(prev: str, word: str, lang: str) -> bool:
    """Whether two adjacent capitalised words can be one name: in uk/ru they share a case
    ("Путін Бушу" is two names; "Джорджа Буша" one). Initials and acronyms always join."""
    if lang not in MORPH_LANGS or prev.endswith(".") or prev.isupper() or word.isupper():
        return True
    a, b = _word_cases(prev, lang), _word_cases(word, lang)
    return not a or not b or bool(a & b)


@functools.lru_cache(maxsize=65536)
def _word_cases(word: str, lang: str) -> frozenset[str]:
    return frozenset().union(*(grammemes(p.tag) & _CASES for p in morph_parse(word, lang)))


def _words(text: str) -> list[_Word]:
    out: list[_Word] = []
    for m in _WORD.finditer(text):
        prev = out[-1] if out else None
        initial = prev is None or (
            bool(_SENT_END.search(text[prev.start : m.start()]))
            and not _abbrev(prev.text + ("." if text.startswith(".", prev.end) else ""))
        )
        if prev is not None and "\n" in text[prev.end : m.start()]:
            initial = True
        out.append(_Word(m.group(), m.start(), m.end(), initial))
    return out


def _abbrev(word: str) -> bool:
    """An initial (W.), a dotted acronym (U.S.) or a title abbreviation (Mr.)."""
    return word.endswith(".") and (
        len(word) == 2 or word.count(".") > 1 or word.lower() in _ABBREVS
    )


def _capitalised(word: str) -> bool:
    """Capitalised, and in one script: a word mixing Latin and Cyrillic letters ("Meжду",
    a typing slip) is no name."""
    return word[:1].isupper() and not (_LATIN.search(word) and _CYRILLIC.search(word))


_LATIN = re.compile("[A-Za-z]")
_CYRILLIC = re.compile("[\u0400-\u04ff]")


def _is_candidate(w: _Word, lang: str, mid_caps: set[str], after: tuple[str, ...] = ()) -> bool:
    """Whether `w` may be (part of) a name. A sentence-opening word counts when it opens an
    alias-table spelling that the words `after` it complete ("State Department said", not
    "State media said"), is a capitalised word's lemma elsewhere in the text, or reads as a
    name (English: a word no word list holds in lowercase; uk/ru: tagged as a name)."""
    if not _capitalised(w.text) or len(w.text) == 1:
        return False  # a lone letter (the F of F125, the M and S of M&S) names nobody
    bare = without_possessive(w.text.rstrip(".")).lower()  # "June's" is a month too
    if bare in month_forms(lang) or (lang == "en" and _en_not_name(bare)):
        return False
    if not w.initial:
        return True
    if bare in STOPWORDS[lang]:
        return False  # "Ще одна темношкіра?!": the uk dictionary lacks some particles
    if _opens_alias(w.text, after, lang):
        return True
    if lemma(w.text, lang) in mid_caps and not w.text.isupper():
        return True
    if lang == "en":
        return _en_unknown_initial(w.text)
    return lang in MORPH_LANGS and _tagged_name(w.text, lang)


def name_like_at(text: str, lang: str, start: int, end: int) -> bool:
    """Whether the word of `text` at ``[start, end)`` could be a name, read alone: capitalised,
    more than one letter, no function word, title, month or institution word, and no
    dictionary word unless capitalised alone mid-sentence ("Her decision", "Рішення", "the
    Cold War", "Joint Artificial Intelligence Center" hold none; "«Париж також", "Міллер",
    "lie," Waters continued" may be one). Ukrainian and Russian capitalise an adjective only
    to open a name, so one capitalised alone mid-sentence is one too ("на юг расположен
    Ниагарский водопад"), though outside names it counts as an institution word."""
    words, at = _word_at_span(text, start, end)
    if at is None or not _capitalised(words[at].text) or len(words[at].text) == 1:
        return False
    word = words[at]
    bare = _bare(word.text).rstrip(".").lower()
    if bare in month_forms(lang) and lang == "en" and _month_as_surname(text, words, at):
        return True  # "Theresa May", "Mrs May"
    if bare in STOPWORDS[lang] or bare in month_forms(lang):
        return False
    if lang == "en" and _en_not_name(bare):
        return False
    alone = _alone(words, at)
    if alone and lang in MORPH_LANGS and _adjective(word.text, lang):
        return True  # Ukrainian and Russian capitalise an adjective only to open a name
    if _weak(word.text, lang):
        return False
    if not _common(word.text, lang):
        return True
    if lang == "en" and word.initial and _possessive(word, text):
        return without_possessive(bare) not in EN_NOT_OWNERS  # "Bond's daughter said"
    # a dictionary word capitalised alone mid-sentence is a surname ("Waters", "Corona");
    # beside another capitalised word it is part of a title ("Cold War", "Presiding Officer")
    return alone


def _month_as_surname(text: str, words: list[_Word], at: int) -> bool:
    """Whether an English month name (word `at`) is a surname: right after a courtesy title
    ("Mrs May", "Mrs. May") or after a capitalised word that opens no sentence and is no
    month, day or title ("Theresa May"), with only a space between; not "In May", "last
    May", "5 May"."""
    if at < 1 or words[at].initial:
        return False
    before = words[at - 1]
    gap = text[before.end : words[at].start].strip()
    if _en_title(before.text, "en"):
        return gap in ("", ".")
    if gap:
        return False
    low = _bare(before.text).lower()
    return (
        _capitalised(before.text)
        and not before.initial
        and low not in month_forms("en")
        and low not in STOPWORDS["en"]
        and not _en_not_name(low)
    )


def demonym_at(text: str, lang: str, start: int, end: int) -> bool:
    """Whether the word of English `text` at ``[start, end)`` reads as a demonym or another
    adjective made from a place name: capitalised mid-sentence with no capitalised word
    before it, and ending as such adjectives do ("the Indonesian national team", "the Chinese
    people", "Turkish", "Israeli"). Ukrainian and Russian write these in lowercase, and
    render them as often with the place's name in the genitive ("сборной Индонезии"), so
    such a word can hold a name's place. False for Ukrainian and Russian text."""
    if lang != "en":
        return False
    words, at = _word_at_span(text, start, end)
    if at is None or not _capitalised(words[at].text):
        return False
    bare = _bare(words[at].text).lower()
    # alone, or opening a name ("the Chinese Communist Party" / "коммунистической партии
    # Израиля"), but not inside one ("Theresa May, British ...") or opening the sentence
    opens = not words[at].initial and not (at > 0 and _capitalised(words[at - 1].text))
    return opens and bare not in STOPWORDS[lang] and _DEMONYM.fullmatch(bare) is not None


def _possessive(word: _Word, text: str) -> bool:
    """Whether `word` of `text` ends in a possessive ("Bond's"; "Waters'", whose word ends
    before the apostrophe). A sentence that opens on a dictionary word with a possessive
    names its owner ("Bond's daughter", "Waters' statement"): a common noun there would
    take an article."""
    return any(POSSESSIVE.search(text[word.start : end]) for end in (word.end, word.end + 1))


_DEMONYM = re.compile(r"[a-z]{3,}(?:an|ese|ish|i)")


def _word_at_span(text: str, start: int, end: int) -> tuple[list[_Word], int | None]:
    """The words of `text` and the index of the one overlapping ``[start, end)`` (None)."""
    words = _words(fold(text))
    return words, next((k for k, w in enumerate(words) if w.start < end and start < w.end), None)


def _alone(words: list[_Word], at: int) -> bool:
    """Whether word `at` stands mid-sentence with no capitalised word beside it."""
    neighbours = [words[k].text for k in (at - 1, at + 1) if 0 <= k < len(words)]
    return not words[at].initial and not any(_capitalised(n) for n in neighbours)


def name_word_spans(text: str, lang: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of the words of the mention at ``[start, end)`` that are no dictionary word
    ("UN" of "UN Disarmament", "Lindsey Graham" of "Lindsey Graham Center"); the whole
    mention when every word is one."""
    words = [w for w in _words(fold(text)) if start <= w.start and w.end <= end]
    names = [(w.start, w.end) for w in words if not _common(w.text, lang)]
    return names or [(start, end)]


def counterpart_spans(text: str, lang: str, other: str, other_lang: str) -> list[tuple[int, int]]:
    """The spans of the words of `text` that name something `other` names too: a part of an
    alias concept both mention (Росією / Russia), or a capitalised word with the same name
    key as a capitalised word of `other` (Кіма / Kim), or, for keys of six letters or more, a
    close one (Petersburg / Санкт-Петербурге). Short keys only close do not count: Росія is
    no Rosa. A name `text` says more often than `other` has no counterpart in any of its
    mentions: "China ... in China" / "Китай ... в Афганистане" leaves either China free to
    be the word in Афганистане's place."""
    own = concept_spans(text, lang)
    own_count = Counter(c for c, _, _ in own)
    other_count = Counter(c for c, _, _ in concept_spans(other, other_lang))
    spans = [(s, e) for c, s, e in own if 0 < own_count[c] <= other_count[c]]
    # a word of a concept said more often here stays free, even where its spelling is the
    # other side's ("Scottish ... Scotland" / "Шотландії ... Індії")
    free = [(s, e) for c, s, e in own if own_count[c] > other_count[c]]
    own_words = _capitalised_words(text, lang)
    other_words = [keys for _, keys in _capitalised_words(other, other_lang)]
    for w, keys in own_words:
        if any(s <= w.start < e for s, e in free):
            continue
        there = sum(_counterpart_keys(keys, o) for o in other_words)
        if there and sum(_counterpart_keys(keys, k) for _, k in own_words) <= there:
            spans.append((w.start, w.end))
    return sorted(spans)


def _capitalised_words(text: str, lang: str) -> list[tuple[_Word, frozenset[str]]]:
    return [
        (w, name_keys(_bare(w.text), lang))
        for w in _words(fold(text))
        if _capitalised(w.text) and len(w.text) > 1
    ]


def _counterpart_keys(keys: frozenset[str], others: frozenset[str]) -> bool:
    return _any_close(keys, others, min_length=COUNTERPART_MIN_LENGTH)


def _any_close(keys: frozenset[str], others: AbstractSet[str], **close: int) -> bool:
    """Whether a key equals one of `others`, or is `keys_close` to one (`close`: its
    keyword arguments, e.g. min_length)."""
    return bool(keys & others) or any(keys_close(k, o, **close) for k in keys for o in others)


def same_name(word: str, lang: str, name: str, name_lang: str) -> bool:
    """Whether `word` is loosely one of the words of the name `name` (Kim / Ким Чен Ыном,
    Wayde's / Уэйда Симса): the name reader's strict match missed it."""
    keys = name_keys(_bare(word), lang)
    others = _capitalised_keys(name, name_lang)
    return bool(keys & others) or any(_loose(k, o) for k in keys for o in others)


def _capitalised_keys(text: str, lang: str) -> set[str]:
    return {
        k
        for w in _words(fold(text))
        if _capitalised(w.text) and len(w.text) > 1
        for k in name_keys(_bare(w.text), lang)
    }


def _en_unknown_initial(word: str) -> bool:
    """English has no name tagger: a sentence-opening capitalised word that no English
    word list holds in lowercase is a name ("Indonesia's President ...", "Svitavy held
    ..."); "Today's", "Meanwhile" and "Scientists" are words. All-capital and mixed-case
    words (NATO, "BREAKING", McDonald's) and hyphenated ones are left to the other rules.
    (`_is_candidate` has already turned away titles and function words: `_en_not_name`.)"""
    if word.isupper() or not word[1:].islower() or "-" in word:
        return False
    return not (_en_dictionary_word(word.lower()) or _en_common(word))


def _en_not_name(low: str) -> bool:
    head = low.split("'")[0]
    return head in EN_NOT_NAMES or head in STOPWORDS["en"]


def _starts_name(w: _Word, nxt: _Word | None, lang: str, mid_caps: set[str]) -> bool:
    """English: a sentence-initial capitalised word directly followed by a name ("Sergei
    Shoigu said"). Ukrainian and Russian need no such rule: pymorphy3 tags first names."""
    if lang != "en" or not (w.initial and _capitalised(w.text)) or nxt is None:
        return False
    if nxt.start - w.end > 1 or _en_not_name(w.text.rstrip(".").lower()):
        return False
    return _is_candidate(nxt, lang, mid_caps) and not nxt.text.isupper()


def _tagged_name(word: str, lang: str) -> bool:
    """Whether pymorphy3 reads `word` as a name: Russian, when name readings carry at
    least half the score (Лавров); Ukrainian, whose dictionary gives every reading the same
    score, when all readings are names (Путін yes; Далі, Старі, Корінна no)."""
    parses = morph_parse(word.lower(), lang)
    named = [bool(grammemes(p.tag) & _NAME_TAGS) for p in parses]
    if not parses:
        return False
    if not analyzer(lang).word_is_known(word.lower()):
        # a word the dictionary lacks, capitalised: a foreign name (Пфанненштиль), unless a
        # compound of a common word (Інтернет-торгівля, Оверсайз-капелюхи) or a plural
        # adjective (Аутсайдерские), which no name is
        return not (_common_compound(word, lang) or {"ADJF", "plur"} <= grammemes(parses[0].tag))
    if len({p.score for p in parses}) == 1:
        return all(named)
    total = sum(p.score for p in parses)
    return sum(p.score for p, n in zip(parses, named, strict=True) if n) / total >= 0.5


def _common_compound(word: str, lang: str) -> bool:
    """A hyphenated word whose last part is a dictionary word with no name reading."""
    last = word.lower().rsplit("-", 1)[-1]
    if "-" not in word or not analyzer(lang).word_is_known(last):
        return False
    return not any(grammemes(p.tag) & _NAME_TAGS for p in morph_parse(last, lang))


def _lemma_key(word: str, lang: str) -> str:
    """Case-folded lemma used for alias look-up (dots of U.S. kept out)."""
    word = word.replace(".", "")
    if word.isupper() and len(word) <= 5:
        return word.lower()
    return lemma(word, lang)


@functools.cache
def _alias_index() -> dict[tuple[str, ...], str]:
    index: dict[tuple[str, ...], str] = {}
    for concept, spellings in ALIASES.items():
        for spelling in spellings:
            lang = "en" if re.search("[a-zA-Z]", spelling) else _cyr_lang(spelling)
            for lang_ in (lang,) if lang == "en" else ("uk", "ru"):
                key = tuple(_lemma_key(w, lang_) for w in fold(spelling).split())
                index.setdefault(key, concept)
    return index


def _opens_alias(word: str, after: tuple[str, ...], lang: str) -> bool:
    """Whether `word` and some of the words `after` it spell an alias-table key whole."""
    first = _lemma_key(word, lang)
    for key in _alias_keys_by_first().get(first, ()):
        rest = key[1:]
        if len(rest) <= len(after) and all(
            k in _lemma_keys(a, lang) for k, a in zip(rest, after, strict=False)
        ):
            return True
    return False


@functools.cache
def _alias_keys_by_first() -> dict[str, tuple[tuple[str, ...], ...]]:
    """The alias-table keys by their first word's key."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for key in _alias_index():
        out.setdefault(key[0], []).append(key)
    return {first: tuple(keys) for first, keys in out.items()}


@functools.cache
def _en_capitalised_keys() -> frozenset[tuple[str, ...]]:
    """The look-up keys of the English alias spellings that open with a capital letter."""
    return frozenset(
        tuple(_lemma_key(w, "en") for w in fold(spelling).split())
        for spellings in ALIASES.values()
        for spelling in spellings
        if re.search("[a-zA-Z]", spelling) and spelling[:1].isupper()
    )


def _cyr_lang(spelling: str) -> str:
    return "uk" if re.search("[іїєґ]", spelling.lower()) else "ru"


def same_person(a: str, lang_a: str, b: str, lang_b: str) -> bool | None:
    """Whether two speaker strings name one person, by their name words (transliteration-
    and inflection-aware, loose as for names): True when a name word of one is a name word
    of the other (Wade / Уейд, Olaf Scholz / Олаф Шольц), False when neither shares one,
    None when either has no name word (Commission, Officers, LSU, North Korea): then the
    strings say nothing about a changed person.

    Example:
        >>> same_person("Lee", "en", "Лі", "uk"), same_person("Commission", "en", "Марлоу", "uk")
        (True, None)
    """
    words_a, words_b = _name_words(a, lang_a), _name_words(b, lang_b)
    if not words_a or not words_b:
        return None
    if len(words_a) > 1 and len(words_b) > 1:  # two full names: the surnames decide
        words_a, words_b = words_a[-1:], words_b[-1:]  # (Dmitry Peskov / Дмитро Кулеба)
    keys_b = {k for w in words_b for k in name_keys(w, lang_b)}
    return any(_word_matched(w, lang_a, keys_b, keys_b) for w in words_a)


def _name_words(text: str, lang: str) -> list[str]:
    """The capitalised words of `text` that can be a person's name: not an acronym, a title,
    an institution word (in uk/ru also no common word), nor an alias-table concept."""
    concept_words = {
        w for _, s, e in concept_spans(text, lang) for w in _WORD.findall(fold(text)[s:e])
    }
    out = []
    for word in _WORD.findall(fold(text)):
        bare = _bare(word)
        if len(bare) < 2 or not _capitalised(bare) or word in concept_words or _acronym(bare):
            continue
        if lang == "en" and (_en_not_name(bare.lower()) or _weak(bare, lang)):
            continue  # English surnames are often dictionary words (Wade, Waters): kept
        if lang != "en" and (_weak(bare, lang) or _common(bare, lang)):
            continue
        out.append(bare)
    return out
