"""Person mentions in a masked text: names, pronouns, roles and institutions.

The text is *masked*: every quotation is blanked with "_" so that words inside quotes
never count. Names are runs of capitalised words (uk/ru checked with pymorphy3: surname,
first-name and patronymic readings); titles and countries just before a name are kept
as its attributes ("Russian President Vladimir Putin", "президент Росії Володимир Путін").
Pronouns and roles ("he", "the Kremlin leader", "глава Кремля", "він", "он") are found here
and resolved by toolkit.quotes.anaphora to the last compatible named person.
Institutions that speak ("the Kremlin said", "В Офісі президента назвали", "в МИД
заявили") are mentions of kind "org", keyed "org:<concept>[-<qualifier>]" the same in
every language (org:kremlin, org:office-president); they are never antecedents.
Possessors and objects ("Her coach", "Putin's office", його, Путина) are marked oblique:
they are never taken as the subject of a reporting verb.
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass, replace

from toolkit.morph import MORPH_LANGS, analyzer, fold, grammemes, normal_forms
from toolkit.quotes.lexicon import (
    ACCORDING_RE,
    COMPANY_NOUNS,
    COUNTRY_WORDS,
    CYR_ORG_PAIRS,
    EN_IRREGULAR_PAST,
    EN_MULTI_ROLES,
    EN_NOT_PERSON,
    EN_PEOPLE,
    EN_ROLE_RE,
    EN_STOP,
    EN_TITLE_WORDS,
    EN_VERBS,
    LOCATIVE_PREPS,
    MAYOR_ADJECTIVES,
    ORG_ACRONYMS,
    ORG_HEADS,
    ORG_NEEDS_OWNER,
    ORG_QUALIFIERS,
    PRONOUNS,
    ROLE_HEADS,
    SETTLEMENT_NOUNS,
    STATEMENT_RU,
    STATEMENT_UK,
    SUBJECT_PRONOUNS,
    en_name_gender,
)
from toolkit.quotes.names import gender_of, speaker_key, surname

_CAP = "A-ZА-ЯЁІЇЄҐ"
WORD_RE = re.compile(
    rf"(?:[{_CAP}]\.){{2,}}|[{_CAP}][a-zа-яёіїєґ]?\.(?=\s*[{_CAP}])"
    r"|[^\W\d_](?:[\w'’-]*[^\W_])?|\d+|[^\w\s]",
    re.UNICODE,
)
MASK = "_"


BOUNDARY_RE = re.compile(
    r"[.!?…]+(?=\s+[\"'«„“‘(_]*[^\W\d_]*[A-ZА-ЯІЇЄҐ_])|\n[ \t]*\n|\n(?=[ \t]*[—–-][ \t])"
)


@dataclass(frozen=True)
class Mention:
    """A person mention. For anaphors `name`/`key` are filled by `anaphora.resolve`."""

    start: int
    end: int
    text: str
    kind: str  # "name" | "pronoun" | "role" | "latter" | "org"
    sentence: int
    first: bool  # the first mention of its sentence (a subject, roughly)
    name: str | None = None
    key: str | None = None
    gender: str | None = None
    country: str | None = None
    role: str | None = None
    oblique: bool = False  # a possessor or an object (Putin's, його, him): never the subject
    locative: bool = False  # an institution after "in" (у Кремлі заявили): a fallback subject
    owner: int | None = None  # an institution's possessor mention, by start (Zelensky's office)
    antecedent: int | None = None  # an anaphor: where the named mention it stands for ends


def tokens(text: str, lo: int = 0, hi: int | None = None) -> list[tuple[int, int, str]]:
    """(start, end, word) of every word or punctuation mark in text[lo:hi]."""
    hi = len(text) if hi is None else hi
    return [(m.start(), m.end(), m.group()) for m in WORD_RE.finditer(text, lo, hi)]


@functools.lru_cache(maxsize=65536)
def _lemma(word: str, lang: str) -> str:
    low = fold(word).lower()
    if lang not in MORPH_LANGS:
        return low
    parses = analyzer(lang).parse(low)
    return fold(parses[0].normal_form) if parses else low


@functools.lru_cache(maxsize=65536)
def _cyr_name_word(word: str, lang: str, initial: bool) -> bool:
    """A capitalised Cyrillic word that reads as a first name, surname or patronymic."""
    if not word[:1].isupper() or (word.isupper() and len(word) > 1):
        return False
    if len(word) < 2 or not re.search(r"[а-яёіїєґ]", word.lower()):
        return False  # "у X", "у Facebook": a letter or a Latin brand, not a person
    parses = analyzer(lang).parse(fold(word).lower())
    tags = [set(str(p.tag).replace(" ", ",").split(",")) for p in parses]
    if any({"Geox", "Orgn", "Abbr", "NPRO"} & t for t in tags[:1]):
        return False
    if fold(word).lower() in PRONOUNS.get(lang, {}):
        return False
    if "-" in word and _inanimate_noun(word.rsplit("-", 1)[1], lang):
        return False  # Івано-Франківську: a place
    if any({"Surn", "Name", "Patr"} & t for t in tags):
        return not initial or bool({"Surn", "Name", "Patr"} & tags[0])
    if initial:
        return False
    lemma = fold(parses[0].normal_form) if parses else ""
    if parses and parses[0].tag.POS == "ADJF" and _ADJ_SURNAME_RE.search(lemma):
        # Зеленський, Зеленского: adjectival surnames; not a dictionary adjective with no
        # surname reading (Європейського союзу)
        return lemma not in COUNTRY_WORDS and not analyzer(lang).word_is_known(fold(word).lower())
    return not analyzer(lang).word_is_known(fold(word).lower())


# A capitalised English word that looks like a plural noun (Ecologists, Residents, Critics):
# ends in -s, but not in -ss, -us or -is (Voss, Markus, Harris are names).
_EN_PLURAL_RE = re.compile(r"[A-Z][a-z]+(?<![sui])s")
_EN_PREPOSITIONS = frozenset(
    re.findall(
        r"\w+",
        """of from in at to for with by against over on about into near outside inside
        across between among under behind beyond toward towards via""",
    )
)
_EN_DETERMINERS = frozenset(["the", "a", "an", "his", "her", "its", "their", "our", "my", "your"])
_EN_GROUP_NOUNS = frozenset(
    ["residents", "parents", "officials", "authorities", "police", "schools", "pupils",
     "students", "doctors", "teachers", "farmers", "fans", "citizens", "voters", "lawmakers",
     "firefighters", "rescuers", "volunteers", "activists", "workers", "miners", "drivers",
     "passengers", "lawyers", "journalists", "deputies"]
)  # fmt: skip
# the institutions' nouns (ORG_HEADS) and others a place name may stand before
_EN_PLACE_HEADS = frozenset(ORG_HEADS) | frozenset(
    ["hospital", "university", "school", "airport", "museum", "station", "zoo", "region",
     "mayor", "mayor's", "council's"]
)  # fmt: skip
_EN_ORG_MODIFIERS = frozenset(
    ["city", "regional", "district", "oblast", "state", "county", "municipal", "town",
     "village"]
)  # fmt: skip
_EN_AUX_NEXT = frozenset({"was", "is", "has", "had", "will", "would", ":"})
_EN_ADVERBS = frozenset({"also", "later", "then", "again", "once", "now", "still", "too"})


@functools.lru_cache(maxsize=65536)
def _parses(word: str, lang: str) -> tuple:
    """pymorphy3's readings of `word`, cached."""
    return tuple(analyzer(lang).parse(word))


def _qualifier(word: str, lang: str) -> str | None:
    """The field an institution's next word names (Міністерство енергетики -> "energy"),
    over every dictionary reading: pymorphy3's uk dictionary reads енергетики first as the
    plural of енергетик (power engineers)."""
    lemmas = normal_forms(word, lang) if lang in MORPH_LANGS else ()
    return next(
        (ORG_QUALIFIERS[x] for x in [fold(word).lower(), *lemmas] if x in ORG_QUALIFIERS), None
    )


@functools.lru_cache(maxsize=65536)
def _first_name(word: str, lang: str) -> bool:
    """Whether `word` has a first-name reading (Name) in the pymorphy3 dictionary."""
    parses = analyzer(lang).parse(fold(word).lower())
    return any("Name" in p.tag for p in parses)


# Lowercase words inside a name (von der Leyen, da Vinci, ван Гог); a run of name words
# carries them only between two capitalised words.
NAME_PARTICLES = frozenset(
    ("von", "van", "der", "den", "de", "da", "di", "du", "des", "del", "della", "la", "le",
     "bin", "ibn", "al", "ter", "zu", "фон", "дер", "ван", "де", "да", "ді", "ди", "дю", "дель",
     "делла", "ла", "ле", "бін", "бин", "ібн", "ибн", "аль", "тер", "цу")
)  # fmt: skip

_ADJ_SURNAME_RE = re.compile(r"(?:ськ|цьк|ск|цк)(?:ий|ой)$")


def sentence_starts(masked: str) -> list[int]:
    """Start offsets of the (rough) sentences of the masked text."""
    starts = [0]
    for match in BOUNDARY_RE.finditer(masked):
        if masked[starts[-1] : match.end()].strip():
            starts.append(match.end())
    return starts


_EN_COMPANY_ALT = "|".join(sorted((w for w in COMPANY_NOUNS if w.isascii()), key=len, reverse=True))
_EN_ORG_RE = re.compile(
    r"(?:\b(?P<the>the|its|his|her|their)\s+)?"
    r"(?:(?P<adj>presidential|foreign|defen[cs]e|health|interior|justice|finance|energy|"
    r"agriculture|culture|economy|infrastructure|"
    r"education)\s+)?"
    r"\b(?P<head>kremlin|pentagon|office|government|cabinet|ministry|police|army|military|"
    r"embassy|court|prosecutors|company|firm|holding|"
    + _EN_COMPANY_ALT
    + r"|club|festival|foundation|university|hospital|federation|committee|commission|"
    r"agency|nato|un|"
    r"administration|headquarters|department|council|authority|inspectorate|service|"
    r"association|union|white\s+house|general\s+staff|city\s+hall|"
    r"press\s+(?:service|office)|prosecutor(?:['’]s)?\s+(?:general(?:['’]s)?\s+)?office)\b"
    r"(?:\s+of\s+(?:the\s+)?(?P<of>president|prime\s+minister|foreign\s+affairs|"
    r"defen[cs]e|health|interior|justice|finance|energy|education|agriculture|culture|"
    r"economy|infrastructure|youth|sports?|agrarian\s+policy))?",
    re.IGNORECASE,
)
_EN_DESC = r"(?P<the>\bthe)\s+(?P<desc>[a-z0-9][\w-]*(?:\s+[a-z][\w-]*){0,2})"
_EN_VERB_ALT = "|".join(sorted(EN_VERBS, key=lambda v: (-len(v), v)))
_EN_DESC_BEFORE_RE = re.compile(_EN_DESC + rf"\s+(?:\w+ly\s+)?(?P<verb>{_EN_VERB_ALT})\b")
_EN_DESC_AFTER_RE = re.compile(rf"\b(?P<verb>{_EN_VERB_ALT})\s+" + _EN_DESC + r"(?=\s*[.,;!?]|$)")
_CASES = frozenset({"nomn", "gent", "datv", "accs", "ablt", "loct", "voct"})
_EN_ORG_NOT_HEAD = frozenset(
    re.findall(
        r"\w+",
        """official officials source sources statement building walls staff member members
        employees chief boss website channel press spokesman spokeswoman insiders aide aides
        adviser advisers""",
    )
)


# "<role> of the local hospital, Anatolii Hrebeniuk": the role's complement, then the name.
_EN_ROLE_OF_NAMED = re.compile(
    r"\s+(?:of|at|in)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}?[\w'’-]+,\s+(?:[A-Z]\.\s*)*[A-Z][a-z]"
)
# An unnamed person of a group: "one of the mothers", "одна з мешканок", "один из жителей".
ANONYMOUS = "anon"
# Unnamed people as a source: "по словам сотрудников", "according to residents".
ANONYMOUS_GROUP = "anon-group"
_ONE = {
    "en": {"one": None},
    "uk": {"один": "masc", "одна": "femn"},
    "ru": {"один": "masc", "одна": "femn"},
}
_OF = {"en": ("of",), "uk": ("з", "із", "зі"), "ru": ("из", "изо")}
_EN_GROUP_DETERMINERS = frozenset(["the", "his", "her", "their", "our", "its", "those", "these"])
_EN_GENDERS = dict.fromkeys(["mother", "mothers", "woman", "women"], "femn") | dict.fromkeys(
    ["father", "fathers", "man", "men"], "masc"
)


class MentionFinder:
    """Finds the person mentions of one masked document."""

    def __init__(self, masked: str, lang: str) -> None:
        self.masked = masked
        self.lang = lang
        self.toks = tokens(masked)
        self.tok_starts = [t[0] for t in self.toks]
        self.starts = sentence_starts(masked)

    def sentence_of(self, pos: int) -> int:
        """Index of the sentence holding offset `pos`."""
        lo, hi = 0, len(self.starts)
        while hi - lo > 1:
            mid = (lo + hi) // 2
            if self.starts[mid] <= pos:
                lo = mid
            else:
                hi = mid
        return lo

    def _initial_not_colon(self, i: int) -> bool:
        """Sentence-initial, unless a colon follows (a headline's "Name: «...»")."""
        nxt = self.toks[i + 1][2] if i + 1 < len(self.toks) else ""
        return self._initial(i) and nxt != ":"

    def _initial(self, i: int) -> bool:
        start = self.toks[i][0]
        j = i - 1
        while j >= 0 and self.toks[j][2] in "\"'«„“‘(—–-":
            j -= 1
        if j < 0:
            return True
        prev_start = self.toks[j][0]
        return self.sentence_of(prev_start) != self.sentence_of(start) or self.toks[j][2] in ".!?:"

    def find(self) -> list[Mention]:
        names = self._names()
        named = self._as_companies(sorted(names + self._repeated(names), key=lambda m: m.start))
        raw = named + self._anaphors() + self._orgs()
        raw.sort(key=lambda m: (m.start, m.kind != "org"))
        raw = [m for n, m in enumerate(raw) if n == 0 or m.start >= raw[n - 1].end]
        seen: set[tuple[int, bool]] = set()  # (sentence, institution) of the first mentions
        out: list[Mention] = []
        for m in raw:
            sent = self.sentence_of(m.start)
            gender = self._verb_gender(m) or m.gender
            oblique = m.oblique or self._oblique(m)
            owner = m.owner
            if m.kind == "org" and out and self._possessor_of(out[-1], m):
                owner = out[-1].start
            first = (sent, m.kind == "org") not in seen and not oblique and not m.locative
            first = first and not self._in_leading_clause(m, sent)
            out.append(
                replace(m, sentence=sent, first=first, gender=gender, oblique=oblique, owner=owner)
            )
            if first:
                seen.add((sent, m.kind == "org"))
        return out

    def _in_leading_clause(self, m: Mention, sent: int) -> bool:
        """English: the mention stands in a clause that opens its sentence before the
        subject ("Asked whether he would stay, Oliinyk smiled", "When she arrived, ..."):
        not the sentence's subject."""
        if self.lang != "en":
            return False
        head = self.masked[self.starts[sent] : m.start]
        opener = re.match(r"\W*([A-Za-z]+)", head)
        return bool(opener) and opener.group(1).lower() in _EN_CLAUSE_OPENERS and "," not in head

    def _as_companies(self, names: list[Mention]) -> list[Mention]:
        """Names that a company noun stands next to are the company speaking (org:company),
        and so is every later mention of that name: "the municipal utility Polissiavodokanal
        said", "the distribution company, Kirovohradoblenergo, said", "Carpathian Wind, the
        Kyiv-based developer, says". English only: in uk/ru a company noun before a name is
        mostly a genitive ("директор заводу Петро Савенко")."""
        if self.lang in MORPH_LANGS:  # "директор компанії Іван Петренко": the director
            return names
        keys: set[str] = set()
        out = []
        for m in names:
            k = bisect.bisect_left(self.tok_starts, m.start)
            before = self._company_word(k - 1) or (
                k > 1
                and self.toks[k - 1][2] == ","
                and self._company_word(k - 2)
                and self._comma_after(m)
            )  # "the utility Polissiavodokanal", "the regional distribution company, X,"
            if m.key and (m.key in keys or before or self._company_after(m)):
                keys.add(m.key)
                m = Mention(m.start, m.end, m.text, "org", 0, False, m.text, "org:company")
            out.append(m)
        return out

    def _comma_after(self, m: Mention) -> bool:
        """A comma right after the mention."""
        k = bisect.bisect_left(self.tok_starts, m.end)
        return k < len(self.toks) and self.toks[k][2] == ","

    def _company_word(self, k: int) -> bool:
        """Token k is a company noun (COMPANY_NOUNS, компанія, firm ...)."""
        if not 0 <= k < len(self.toks) or not re.match(r"\w", self.toks[k][2]):
            return False
        return ORG_HEADS.get(_lemma(self.toks[k][2], self.lang)) == "company"

    def _company_after(self, m: Mention) -> bool:
        """An apposition naming a company right after the name: ", the Kyiv-based developer,"."""
        if not self._comma_after(m):
            return False
        k = bisect.bisect_left(self.tok_starts, m.end)
        for n in range(k + 1, min(k + 6, len(self.toks) - 1)):
            if self.toks[n][2] in ",.;:" or MASK in self.toks[n][2]:
                return False
            if self._company_word(n) and self.toks[n + 1][2] == ",":
                return True
        return False

    def _repeated(self, names: list[Mention]) -> list[Mention]:
        """Later mentions of a surname that is also a common word (Коваля after Віталій
        Коваль): a capitalised word outside any name whose key is a named person's key."""
        if self.lang not in MORPH_LANGS:
            return []
        keys = {m.key for m in names if m.key}
        spans = [(m.start, m.end) for m in names]
        out = []
        for n, (start, end, word) in enumerate(self.toks):
            if not word[:1].isupper() or MASK in word or len(word) < 3 or word.isupper():
                continue
            if any(a <= start < b for a, b in spans):
                continue
            if self._initial(n) and not (self._followed_by_verb(n) or self._followed_by_comma(n)):
                continue  # "Островська відповіла", "Коваль, присутній на прем'єрі, ...": the person
            key = speaker_key(word, self.lang)
            if key in keys:
                out.append(Mention(start, end, word, "name", 0, False, word, key))
        return out

    def _oblique(self, m: Mention) -> bool:
        """Whether a mention cannot be a subject: a possessor ("Putin's", "Her coach"),
        an object pronoun (him, його, её), a uk/ru name or role with no nominative reading
        (Путіна, президента)."""
        after = self.masked[m.end : m.end + 2]
        if after in ("'s", "’s") or m.text.lower().endswith(("'s", "’s")):
            return True
        if m.kind == "pronoun":
            return fold(m.text).lower() not in SUBJECT_PRONOUNS
        if self.lang not in MORPH_LANGS and m.kind == "name":
            return self._after_preposition(m)  # "Residents of Saltivka", "with Shakhtar"
        if self.lang not in MORPH_LANGS or m.kind not in ("name", "role"):
            return False
        words = [t[2] for t in tokens(m.text) if re.match(r"\w", t[2]) and len(t[2]) > 1]
        if not words:
            return False
        head = words[-1] if m.kind == "name" else words[0]  # a surname; a role's noun
        if m.kind == "name" and len(words) > 1 and _nominative_first_name(words[0], self.lang):
            return False  # "Олег Цюпа": the surname's case is a guess, the first name's is not
        return all(
            _CASES & grammemes(p.tag) and not {"nomn", "Fixd"} & grammemes(p.tag)
            for p in _parses(fold(head).lower(), self.lang)
        )

    def _after_preposition(self, m: Mention) -> bool:
        """English: a name right after a preposition is its object, never a subject."""
        k = bisect.bisect_left(self.tok_starts, m.start)
        return k > 0 and self.toks[k - 1][2].lower() in _EN_PREPOSITIONS

    def _possessor_of(self, prev: Mention, org: Mention) -> bool:
        """`prev` owns the institution right after it ("Zelensky's office")."""
        return bool(re.fullmatch(r"['’]s\s+", self.masked[prev.end : org.start]))

    def _verb_gender(self, m: Mention) -> str | None:
        """uk/ru: the gender of a past-tense verb next to the mention (сказала Беккер)."""
        if self.lang not in MORPH_LANGS:
            return None
        k = bisect.bisect_left(self.tok_starts, m.start)
        near = self.toks[max(0, k - 1) : k]
        k = bisect.bisect_left(self.tok_starts, m.end)
        near += self.toks[k : k + 1]
        for _, _, word in near:
            for parse in _parses(word.lower(), self.lang)[:1]:
                if parse.tag.POS == "VERB" and parse.tag.tense == "past":
                    gender = parse.tag.gender
                    if gender in ("masc", "femn"):
                        return gender
        return None

    # names -------------------------------------------------------------------------------
    def _names(self) -> list[Mention]:
        runs, i = [], 0
        while i < len(self.toks):
            j = i
            while j < len(self.toks) and (
                (self._capitalised(j) and (j == i or self._joined(j)))
                or (j > i and self._particle_bridge(j))
            ):
                j += 1
            if j > i:
                runs.append((i, j))
                i = j
            else:
                i += 1
        out = []
        for i, j in runs:
            mention = self._name_run(i, j)
            if mention is not None and not self._place_of_origin(i, j) and not self._dateline(i, j):
                out.append(mention)
        if self.lang not in MORPH_LANGS:
            out = self._drop_plural_nouns(out)
        return out

    def _place_of_origin(self, i: int, j: int) -> bool:
        """uk/ru: a one-word name in the genitive after из / з / із / зі ("из Жешува", "з
        Кракова"): where someone comes from, not a person (з + instrumental is "with");
        any name after a settlement noun ("біля села Стари Ляс", "the village of Tysovets")."""
        if i > 0 and self._settlement(i - 1) and not self._first_name_in(i + 1, j):
            # not "села Журбин Галина": the village, then the woman; nor "мэр города Елена
            # Гнатюк": a first name and a surname after the town noun are a person
            return not (j - i > 1 and self._first_name_in(i, i + 1))
        if self.lang not in MORPH_LANGS or j - i != 1 or i == 0:
            return False
        if self.toks[i - 1][2].lower() not in ("из", "з", "із", "зі"):
            return False
        parses = _parses(fold(self.toks[i][2]).lower(), self.lang)
        cases = {c for p in parses for c in _CASES & grammemes(p.tag)}
        return "ablt" not in cases and (not cases or "gent" in cases)

    def _first_name_in(self, i: int, j: int) -> bool:
        """uk/ru: one of tokens i..j-1 reads as a first name (pymorphy3's Name)."""
        if self.lang not in MORPH_LANGS:
            return False
        return any(_first_name(self.toks[k][2], self.lang) for k in range(i, j))

    def _dateline(self, i: int, j: int) -> bool:
        """Capitals opening a paragraph ("VERKHNIA DUBROVA, Zhytomyr region —", "КИЇВ —"):
        where the story was filed, not a person."""
        words = [self.toks[k][2] for k in range(i, j)]
        if not all(w.isupper() and len(w) > 1 for w in words):
            return False
        after = self.toks[j][2] if j < len(self.toks) else ""
        if after not in (",", "—", "–", "-"):
            return False  # "OLENA KOVAL said", "PUTIN:" (a transcript's speaker)
        start = self.toks[i][0]
        return not self.masked[:start].strip() or self.masked[:start].rstrip(" \t").endswith("\n")

    def _settlement(self, k: int) -> bool:
        """Token k is a settlement noun (село, місто, деревня, город; "village of")."""
        word = self.toks[k][2].lower()
        if self.lang not in MORPH_LANGS:
            before = self.toks[k - 1][2].lower() if k > 0 else ""
            return word == "of" and before in SETTLEMENT_NOUNS
        return _lemma(word, self.lang) in SETTLEMENT_NOUNS

    def _drop_plural_nouns(self, names: list[Mention]) -> list[Mention]:
        """English: a lone capitalised word opening a sentence that reads as a plural noun
        ("Ecologists warned", "Residents say") is no name, unless the same key is named
        elsewhere in the text ("Bernie Sanders ... Sanders said")."""
        keys: dict[str, int] = {}
        for m in names:
            keys[m.key or ""] = keys.get(m.key or "", 0) + 1
        out = []
        for m in names:
            k = bisect.bisect_left(self.tok_starts, m.start)
            if (
                " " not in m.text
                and _EN_PLURAL_RE.fullmatch(m.text)
                and self._initial(k)
                and keys.get(m.key or "", 0) == 1
            ):
                continue
            out.append(m)
        return out

    def _joined(self, j: int) -> bool:
        """Token j continues a name run: only spaces (no line break) since token j-1, and
        token j-1 is not a sentence's last word."""
        gap = self.masked[self.toks[j - 1][1] : self.toks[j][0]]
        if "\n" in gap:
            return False
        return not (self.toks[j - 1][2].endswith(".") and len(self.toks[j - 1][2]) > 3)

    def _particle_bridge(self, j: int) -> bool:
        """Token j is a lowercase name particle inside a name ("Ursula von der Leyen",
        "Урсули фон дер Ляєн", "Леонардо да Вінчі"): at most two of them, then a capitalised
        word, all on one line."""
        k = j
        while k < len(self.toks) and k - j < 2 and self.toks[k][2] in NAME_PARTICLES:
            if not self._joined(k):
                return False
            k += 1
        return k > j and k < len(self.toks) and self._capitalised(k) and self._joined(k)

    def _capitalised(self, i: int) -> bool:
        word = self.toks[i][2]
        if MASK in word or not word[:1].isupper():
            return False
        return not (word.isupper() and len(word) > 3 and self.lang in MORPH_LANGS)

    def _name_run(self, i: int, j: int) -> Mention | None:
        if self.lang in MORPH_LANGS:
            return self._cyr_name(i, j)
        return self._en_name(i, j)

    def _en_name(self, i: int, j: int) -> Mention | None:
        words = [t[2] for t in self.toks[i:j]]
        k = 0
        while k < len(words) and words[k].lower().rstrip(".") in EN_TITLE_WORDS | EN_STOP:
            k += 1
        titled = [n for n, w in enumerate(words[:-1]) if w.lower().rstrip(".") in EN_TITLE_WORDS]
        if titled and titled[-1] >= k:  # "Energy Minister Herman Halushchenko"
            k = titled[-1] + 1
        person = words[k:]
        if not person or len([w for w in person if w not in NAME_PARTICLES]) > 4:
            return None
        low = [w.lower().rstrip(".").removesuffix("'s") for w in person]
        if any(w in EN_NOT_PERSON or w in EN_TITLE_WORDS for w in low) or all(
            len(w) <= 1 for w in low
        ):
            return None
        if k == 0 and len(person) == 1 and self._initial(i) and low[0] in EN_STOP:
            return None
        if (
            len(person) == 1
            and self._initial(i)
            and not self._en_plausible(i + k)
            and not self._surname_seen(i + k)
        ):
            return None
        if len(person) == 1 and self._en_attributive(i + k):
            return None
        if len(person) == 1 and self._en_adjective(i + k):
            return None
        if len(person) == 1 and self._en_place(i + k):
            return None
        start, end = self.toks[i + k][0], self.toks[j - 1][1]
        country, role = self._attributes(i + k)
        gender = (
            (en_name_gender(person[0]) or en_name_gender(person[-2])) if len(person) > 1 else None
        )
        text = self.masked[start:end].removesuffix("'s").removesuffix("’s")
        return Mention(
            start,
            start + len(text),
            text,
            "name",
            0,
            False,
            text,
            speaker_key(text, self.lang),
            gender,
            country,
            role,
        )

    def _en_adjective(self, i: int) -> bool:
        """A lone capitalised word after a determiner that reads as an adjective of
        nationality ("his Lithuanian counterpart", "the Hungarian initiative")."""
        prev = self.toks[i - 1][2].lower() if i > 0 else ""
        word = self.toks[i][2].lower()
        return prev in _EN_DETERMINERS and word.endswith(("ian", "ean", "ese", "ish", "ic"))

    def _en_place(self, i: int) -> bool:
        """A lone capitalised word after "in" / "near" / "outside", perhaps over an adjective
        of a place's state ("in occupied Kherson", "near front-line Kupiansk"): a place."""
        if self.toks[i][2].endswith(("'s", "’s")):
            return False  # "in Zelensky's office": the owner
        k = i - 1
        if k > 0 and self.toks[k][2].lower() in _EN_PLACE_STATES:
            k -= 1
        return k >= 0 and self.toks[k][2] in ("in", "near", "outside")

    def _surname_seen(self, i: int) -> bool:
        """English: the word ended a run of capitalised words earlier in the text ("Oleh
        Zaremba ... Zaremba, 58, who listened standing, shook his head")."""
        word = self.toks[i][2]
        return any(
            self.toks[n][2] == word and self._capitalised(n - 1) and self._joined(n)
            for n in range(1, i)
        )

    def _en_attributive(self, i: int) -> bool:
        """English: a lone capitalised word right before an institution's noun ("a Dnipro
        court", "Lutsk city council"), a noun for a group of people ("Lutsk parents") or,
        after "a"/"an"/"the", any noun ("a Lviv art historian", "the Kovel driver added"):
        where they are, not a person."""
        if self.toks[i][2].endswith(("'s", "’s")):
            return False  # "Zelensky's office": the owner
        following = [t[2] for t in self.toks[i + 1 : i + 3]]
        if not following or not following[0].islower():
            return False
        if following[0] in _EN_GROUP_NOUNS or following[0] in _EN_PLACE_HEADS:
            return True  # "Lutsk parents", "a Dnipro court"
        article = i > 0 and self.toks[i - 1][2].lower() in ("a", "an", "the")
        if article and following[0].isalpha() and following[0] not in EN_VERBS | _EN_AUX_NEXT:
            return True  # "a Lviv art historian", "an Odesa lawyer", "the Kovel driver"
        return (
            following[0] in _EN_ORG_MODIFIERS
            and len(following) > 1
            and following[1] in _EN_PLACE_HEADS
        )  # "Lutsk city council", "the Kharkiv regional administration"

    def _en_plausible(self, i: int) -> bool:
        """A lone capitalised word at a sentence start is a name when a verb follows
        (after at most one adverb: "Orlova later said") or a relative "who" does ("Kit, who
        recently married ..., admitted")."""
        following = [t[2].lower() for t in self.toks[i + 1 : i + 3]]
        if following in ([",", "who"], [",", "whose"]):  # "Kit, who recently married ...": a person
            return True
        if following[:1] == [","]:  # "Olena, a mother of two, told us": after the apposition
            close = self._appositive_end(i + 1)
            following = [t[2].lower() for t in self.toks[close + 1 : close + 3]] if close else []
        if self.toks[i][2].endswith(("'s", "’s")) and following:
            head = following[0]
            return head in ROLE_HEADS or head in ORG_HEADS  # "Zelensky's office said"
        for k, word in enumerate(following):
            if word in EN_VERBS | EN_IRREGULAR_PAST or word.endswith("ed") or word in _EN_AUX_NEXT:
                return True
            if k > 0 or not (word.endswith("ly") or word in _EN_ADVERBS):
                return False
        return False

    def _appositive_end(self, comma: int) -> int | None:
        """The comma closing an apposition that opens at token `comma` (within 10 words)."""
        for k in range(comma + 1, min(comma + 12, len(self.toks))):
            word = self.toks[k][2]
            if word == ",":
                return k
            if MASK in word or word in ".!?:;":
                return None
        return None

    def _cyr_initial_name(self, i: int) -> bool:
        """A sentence-initial word with a first-name or surname reading that is also a
        common word (Олена) is a name when a verb or an apposition follows."""
        word = self.toks[i][2]
        parses = _parses(fold(word).lower(), self.lang)
        if fold(word).lower() in PRONOUNS.get(self.lang, {}) or not parses:
            return False  # Вона: a pronoun
        if parses[0].tag.POS in ("NPRO", "PREP", "CONJ", "PRCL", "ADVB", "ADJF", "VERB"):
            return False
        if not any({"Name", "Surn"} & grammemes(p.tag) for p in parses):
            return False
        nxt = i + 1
        if nxt < len(self.toks) and self.toks[nxt][2] == ",":
            nxt = (self._appositive_end(nxt) or len(self.toks)) + 1
        if nxt >= len(self.toks):
            return False
        return any(p.tag.POS == "VERB" for p in _parses(self.toks[nxt][2].lower(), self.lang))

    def _cyr_name(self, i: int, j: int) -> Mention | None:
        words = [t[2] for t in self.toks[i:j]]
        if j - i == 1 and self._initial(i) and _lemma(words[0], self.lang) in ROLE_HEADS:
            return None  # "Капітан судна, грек Георгіос Пападакіс, розповів": a role
        keep = [
            self._is_initial_letter(w)
            or (0 < n < len(words) - 1 and w in NAME_PARTICLES)
            or _cyr_name_word(w, self.lang, self._initial_not_colon(i + n))
            or (j - i == 1 and self._initial_not_colon(i) and self._cyr_initial_name(i))
            for n, w in enumerate(words)
        ]
        lo = hi = 0
        while True:  # the first stretch of name words that is not only initials
            lo = hi
            while lo < len(words) and not keep[lo]:
                lo += 1
            hi = lo
            while hi < len(words) and (keep[hi] or _first_name(words[hi - 1], self.lang)):
                hi += 1  # a first name carries the next capitalised word (Томас Грант)
            if lo == hi:
                return None
            if not all(self._is_initial_letter(w) for w in words[lo:hi]):
                break
        start, end = self.toks[i + lo][0], self.toks[i + hi - 1][1]
        text = self.masked[start:end]
        country, role = self._attributes(i + lo)
        last = surname(text)
        first_name = gender_of(words[lo], self.lang) if hi - lo > 1 else None
        gender = first_name or gender_of(last, self.lang)
        return Mention(
            start,
            end,
            text,
            "name",
            0,
            False,
            text,
            speaker_key(text, self.lang),
            gender,
            country,
            role,
        )

    @staticmethod
    def _is_initial_letter(word: str) -> bool:
        return word.endswith(".") and len(word) <= 4 and word[:1].isupper()

    def _attributes(self, i: int) -> tuple[str | None, str | None]:
        """Country and role from the words just before a name (Russian President ...)."""
        country = role = None
        for j in range(i - 1, max(-1, i - 6), -1):
            word = self.toks[j][2]
            if not re.match(r"\w", word) or MASK in word:
                break
            low = _lemma(word, self.lang).rstrip(".")
            country = country or COUNTRY_WORDS.get(low)
            if low in ROLE_HEADS:
                role = role or self._role(j, low)
            elif self.lang not in MORPH_LANGS and low not in COUNTRY_WORDS.keys() | EN_TITLE_WORDS:
                break
        return country, role

    def _role(self, n: int, lemma: str) -> str | None:
        """The office of role word n (`lemma` in ROLE_HEADS); a town's head is its mayor
        ("міський голова", "городской голова"); a chief or head doctor heads a hospital."""
        before = _lemma(self.toks[n - 1][2], self.lang) if n > 0 else ""
        if lemma == "голова" and before in MAYOR_ADJECTIVES:
            return "mayor"
        if lemma == "doctor" and before in ("chief", "head"):
            return "chief-doctor"
        if ROLE_HEADS[lemma] == "journalist" and self.lang in MORPH_LANGS:
            parses = _parses(fold(self.toks[n][2]).lower(), self.lang)[:1]
            if not parses or not _nominative_singular(grammemes(parses[0].tag)):
                return None  # "заявив журналістам X": the people told, not X's office
        return ROLE_HEADS[lemma]

    # anaphors ----------------------------------------------------------------------------
    def _anaphors(self) -> list[Mention]:
        out = []
        pronouns = PRONOUNS.get(self.lang, PRONOUNS["en"])
        for k, (start, end, word) in enumerate(self.toks):
            gender = pronouns.get(word.lower())
            if gender:
                out.append(Mention(start, end, word, "pronoun", 0, False, gender=gender))
            elif self.lang not in MORPH_LANGS and word.lower() == "it" and self._verb_next(k):
                # "..., it said in a statement": an institution speaking
                out.append(Mention(start, end, word, "pronoun", 0, False, gender="neut"))
        out += self._en_roles() if self.lang not in MORPH_LANGS else self._cyr_roles()
        return out + self._anonymous() + self._according_group()

    def _anonymous(self) -> list[Mention]:
        """An unnamed person of a group ("One of the mothers", "one resident", "одна з
        матерів", "один житель"): a person nobody names, whom a later pronoun may mean
        ("..., — сказала она") and who blocks the speaker before (key ANONYMOUS, no name)."""
        out = []
        ones = _ONE.get(self.lang, _ONE["en"])
        words = [w.lower() for _, _, w in self.toks]
        for n, (start, _end, word) in enumerate(self.toks[:-1]):
            if word.lower() not in ones:
                continue
            gender = ones[word.lower()]
            k = n + 1
            plural = words[k] in _OF.get(self.lang, ())
            if plural:  # "one of (the) mothers", "одна з матерів"
                k += 1
                if k < len(words) and words[k] in _EN_GROUP_DETERMINERS and self.lang == "en":
                    k += 1
            if k >= len(self.toks) or not self._person_noun(self.toks[k][2], plural=plural):
                continue
            if self._name_within(k + 1, 6):
                continue  # "одна з організаторок протесту Тетяна Савчин": she is named
            end = self.toks[k][1]
            gender = gender or _EN_GENDERS.get(self.toks[k][2].lower())
            out.append(Mention(start, end, self.masked[start:end], "role", 0, False,
                               gender=gender, role=ANONYMOUS, key=ANONYMOUS))  # fmt: skip
        return out

    def _according_group(self) -> list[Mention]:
        """People nobody names after "according to" ("по словам сотрудников", "за словами
        мешканців", "according to residents"): an unnamed group (key ANONYMOUS), so the quote
        is nobody's rather than the next clause's speaker's; no later pronoun means them."""
        out = []
        according = ACCORDING_RE.get(self.lang, ACCORDING_RE["en"])
        starts = [t[0] for t in self.toks]
        for match in according.finditer(self.masked):
            k = bisect.bisect_left(starts, match.end())
            if k < len(self.toks) and self.lang == "en" and self.toks[k][2].lower() == "the":
                k += 1
            if k >= len(self.toks) or not self._person_noun(self.toks[k][2], plural=True):
                continue
            if self._name_within(k + 1, 6):
                continue  # "according to residents' spokesman Ivan Sirko": he is named
            start, end, word = self.toks[k]
            out.append(Mention(start, end, word, "role", 0, False, role=ANONYMOUS_GROUP,
                               key=ANONYMOUS))  # fmt: skip
        return out

    def _person_noun(self, word: str, *, plural: bool) -> bool:
        """A common noun for people: uk/ru animate nouns (genitive plural after "з / из"),
        English nouns of the list (plural after "of")."""
        if self.lang not in MORPH_LANGS:
            low = word.lower()
            return (low[:-1] if plural and low.endswith("s") else low) in EN_PEOPLE or (
                plural and low in ("women", "men", "people", "children")
            )
        for p in _parses(fold(word).lower(), self.lang)[:1]:
            tags = grammemes(p.tag)
            if {"NOUN", "anim"} <= tags and not {"Name", "Surn", "Patr"} & tags:
                return ({"plur", "gent"} <= tags) if plural else "nomn" in tags
        return False

    def _verb_next(self, k: int) -> bool:
        """English: a reporting verb right after token k ("it said", "it added")."""
        return k + 1 < len(self.toks) and self.toks[k + 1][2].lower() in EN_VERBS

    def _en_roles(self) -> list[Mention]:
        out = []
        for m in EN_ROLE_RE.finditer(self.masked):
            after = self.masked[m.end() : m.end() + 30]
            if re.match(r"['’]s\s+(?:general(?:['’]s)?\s+)?office\b", after):
                continue  # "the prosecutor's office": an institution
            if re.match(r",?\s+(?:[A-Z]\.\s*)*[A-Z][a-z]", after) or _EN_ROLE_OF_NAMED.match(
                self.masked, m.end()
            ):
                continue  # "the Russian President Vladimir Putin", "the coach, Anna Volk,",
                # "the chief doctor of the hospital, Anatolii Hrebeniuk,": the name carries it
            head = m.group(2).lower()
            if head == "latter":
                kind, country, role = "latter", None, None
            else:
                kind = "role"
                country = COUNTRY_WORDS.get((m.group(1) or "").lower())
                if "kremlin" in head:
                    country = "ru"
                elif "white house" in head:
                    country = "us"
                role = (
                    ROLE_HEADS.get(head.split()[-1])
                    if " " not in head
                    else EN_MULTI_ROLES.get(head)
                )
            out.append(
                Mention(
                    m.start(),
                    m.end(),
                    m.group(),
                    kind,
                    0,
                    False,
                    gender=None,
                    country=country,
                    role=role,
                )
            )
        taken = [(m.start, m.end) for m in out]
        for m in self._en_descriptions():
            if all(m.end <= a or m.start >= b for a, b in taken):
                out.append(m)
        return out

    def _en_descriptions(self) -> list[Mention]:
        """ "the high jumper explained", '," said the 24-year-old.': a description of a
        person named before, as the subject of a reporting verb."""
        out = []
        for pattern in (_EN_DESC_BEFORE_RE, _EN_DESC_AFTER_RE):
            for m in pattern.finditer(self.masked):
                if m.group("verb") not in EN_VERBS:
                    continue
                words = m.group("desc").split()
                if any(w in EN_STOP or w in EN_VERBS or w in ORG_HEADS for w in words):
                    continue  # "the company said": an institution
                start, end = m.start("the"), m.end("desc")
                out.append(Mention(start, end, self.masked[start:end], "role", 0, False))
        return out

    def _cyr_roles(self) -> list[Mention]:
        out = []
        toks = self.toks
        for n, (start, end, word) in enumerate(toks):
            if MASK in word:
                continue
            low = _lemma(word, self.lang)
            if low in ("останній", "последний") and n > 0 and toks[n - 1][2] not in ".!?":
                if self._followed_by_verb(n):
                    out.append(Mention(start, end, word, "latter", 0, False))
                continue
            if low not in ROLE_HEADS:
                if self._described_after_verb(n):  # "— пояснила стрибунка"
                    out.append(Mention(start, end, word, "role", 0, False))
                continue
            country, stop = self._cyr_role_country(n)
            if self._name_follows(stop):
                continue
            role = self._role(n, low)
            if country == "mfa":  # глава МЗС / МИД: the foreign minister
                country, role = None, "minister"
            first = n
            if n > 0 and COUNTRY_WORDS.get(_lemma(toks[n - 1][2], self.lang)):
                country = country or COUNTRY_WORDS[_lemma(toks[n - 1][2], self.lang)]
                first = n - 1
            out.append(
                Mention(
                    toks[first][0],
                    toks[stop - 1][1],
                    self.masked[toks[first][0] : toks[stop - 1][1]],
                    "role",
                    0,
                    False,
                    country=country,
                    role=role,
                )
            )
        return out

    # institutions ------------------------------------------------------------------------
    def _orgs(self) -> list[Mention]:
        return self._en_orgs() if self.lang not in MORPH_LANGS else self._cyr_orgs()

    def _org(
        self, start: int, end: int, concept: str, qualifier: str | None, *, loc: bool
    ) -> Mention:
        if concept not in ORG_NEEDS_OWNER:  # "the energy company" = енергокомпанія: company
            qualifier = None
        key = concept if qualifier is None or "-" in concept else f"{concept}-{qualifier}"
        text = self.masked[start:end]
        return Mention(start, end, text, "org", 0, False, text, f"org:{key}", locative=loc)

    def _en_orgs(self) -> list[Mention]:
        out = []
        for m in _EN_ORG_RE.finditer(self.masked):
            head = re.sub(r"\s+", " ", m.group("head").lower())
            if head == "un" and m.group("head") != "UN":
                continue
            rest = self.masked[m.end() : m.end() + 30]
            nxt = re.match(r"\s+([\w'’.-]+)", rest)
            end = m.end()
            if nxt and self._en_spokesperson(nxt.group(1), m.end() + nxt.end()):
                nxt, end = None, m.end() + nxt.end()  # "a police spokeswoman said": the police
            if nxt and (
                nxt.group(1)[:1].isupper()
                or nxt.group(1).lower() in ROLE_HEADS
                or nxt.group(1).lower() in EN_TITLE_WORDS
                or nxt.group(1).lower() in _EN_ORG_NOT_HEAD
                or nxt.group(1).lower() in ORG_HEADS
            ):
                continue  # "Kremlin spokesman", "the company shares", "the military
                # administration": not the institution, or not its head noun
            adj = (m.group("adj") or "").lower()
            if head.startswith("prosecutor"):  # the prosecutor's office = прокуратура
                head = "prosecutors"
            concept = ORG_HEADS.get(f"{adj} {head}".strip()) or ORG_HEADS[head]
            qual = ORG_QUALIFIERS.get(adj) if adj else None
            if m.group("of"):
                qual = qual or ORG_QUALIFIERS.get(m.group("of").lower().split()[0])
            before = self.masked[max(0, m.start() - 4) : m.start()].lower().split()
            loc = bool(before) and before[-1] in LOCATIVE_PREPS
            start = m.start("adj") if m.group("adj") else m.start("head")
            org = self._org(start, end, concept, qual, loc=loc)
            out.append(replace(org, role="spokes") if end > m.end() else org)
        return out

    def _en_spokesperson(self, word: str, end: int) -> bool:
        """An unnamed spokesperson of the institution before ("a police spokeswoman said"),
        who speaks for it; not "Kremlin spokesman Dmitry Peskov"."""
        if ROLE_HEADS.get(word.lower()) != "spokes":
            return False
        after = re.match(r"\s+([\w'’.-]+)", self.masked[end : end + 30])
        return not (after and after.group(1)[:1].isupper())

    def _cyr_orgs(self) -> list[Mention]:
        out = []
        toks = self.toks
        for n, (start, _end, word) in enumerate(toks):
            if MASK in word or not re.match(r"\w", word):
                continue
            low = _lemma(word, self.lang)
            pair = None
            if n + 1 < len(toks):
                adj = _adj_lemma(word, self.lang)
                nouns = sorted(normal_forms(toks[n + 1][2], self.lang))
                pair = next(
                    (CYR_ORG_PAIRS[adj, x] for x in nouns if (adj, x) in CYR_ORG_PAIRS), None
                )
            if pair is not None:  # Білий дім, у Білому домі, Белый дом
                prev = toks[n - 1][2].lower() if n > 0 else ""
                word_case = _parses(fold(toks[n + 1][2]).lower(), self.lang)
                loc = prev in LOCATIVE_PREPS
                if loc or any(_nominative_singular(grammemes(p.tag)) for p in word_case):
                    out.append(self._org(start, toks[n + 1][1], pair, None, loc=loc))
                continue
            concept = ORG_HEADS.get(low) or ORG_HEADS.get(fold(word).lower())
            concept = concept or ORG_ACRONYMS.get(word) or _noun_org(word, self.lang)
            if concept is None and "-" in word:  # банк-кредитор, компанія-забудовник
                concept = _noun_org(word.split("-", 1)[0], self.lang)
            concept = concept or _compound_org(low)
            if concept is None:
                continue
            loc = self._cyr_locative(n)
            prev = _lemma(toks[n - 1][2], self.lang) if n > 0 else ""
            if prev in ROLE_HEADS:
                if ROLE_HEADS[prev] == "spokes" and not self._name_follows(n + 1):
                    # "— сказала речниця поліції": the police speak through her
                    org = self._org(toks[n - 1][0], toks[n][1], concept, None, loc=False)
                    out.append(replace(org, role="spokes"))
                continue  # глава МЗС, речник Кремля Дмитро Пєсков: the person speaks
            if prev in ORG_HEADS:
                continue  # у пресслужбі поліції: the press service speaks, not the police
            if n > 0 and self._object_of_preposition(n):
                continue  # "звернулися до поліції": not the speaker
            parses = _parses(fold(word).lower(), self.lang)
            source = _ACCORDING_SOURCE_RE.search(self.masked, max(0, start - 60), start)
            if not loc and not source and not any("nomn" in grammemes(p.tag) for p in parses):
                continue  # речник Кремля: not the subject; but "за даними компанії" speaks
            stop, qual = n + 1, None
            if n + 1 < len(toks) and re.match(r"\w", toks[n + 1][2]):
                qual = _qualifier(toks[n + 1][2], self.lang)
                if qual is not None:
                    stop = n + 2
            if self._name_follows(stop):
                continue  # "МИД России Дарья Орлова": the person speaks
            out.append(self._org(start, toks[stop - 1][1], concept, qual, loc=loc))
        return out

    def _object_of_preposition(self, n: int) -> bool:
        """uk/ru: an institution right after a preposition other than в/у/на (до, з, від,
        про...): the object of the preposition."""
        return self.toks[n - 1][2].lower() in _OBJECT_PREPS

    def _cyr_locative(self, n: int) -> bool:
        """An institution after в/у, perhaps over its adjectives ("У регіональній
        енергокомпанії повідомили")."""
        k = n - 1
        while k >= 0 and n - k <= 3 and _modifier(self.toks[k][2], self.lang):
            k -= 1
        if k < 0:
            return False
        prep = self.toks[k][2].lower()
        if prep in ("на",):  # "на підприємстві повідомили"; not "тиск на компанію"
            word = fold(self.toks[n][2]).lower()
            return any("loct" in grammemes(p.tag) for p in _parses(word, self.lang))
        return prep in LOCATIVE_PREPS

    def _described_after_verb(self, n: int) -> bool:
        """uk/ru: a nominative animate common noun right after a finite verb, perhaps
        after adjectives ("— пояснила стрибунка.", "— сказав 38-річний боксер"): a
        description of a person named before."""
        word = self.toks[n][2]
        if n == 0 or not word[:1].islower() or self._name_within(n + 1, 5):
            return False  # "сказав командир бригади Іван Мороз": the name speaks
        first = _parses(fold(word).lower(), self.lang)[:1]
        tags = grammemes(first[0].tag) if first else frozenset()
        last = n + 1 >= len(self.toks) or self.toks[n + 1][2] in (".", "!", "?", "…")
        if last and {"ADJF", "nomn"} <= tags:  # an adjective as a noun: "— усміхається ведуча."
            tags = tags | {"NOUN", "anim"}
        if not {"NOUN", "anim", "nomn"} <= tags or {"Name", "Surn", "Patr"} & tags:
            return False
        k = n - 1
        while k > 0 and n - k <= 4 and _modifier(self.toks[k][2], self.lang):
            k -= 1
        start = _participle_phrase(self.toks, k, self.lang)  # "набравшая 27 очков спортсменка"
        if start is not None:
            k = start - 1
        elif k > 1 and _preposition(self.toks[k - 1][2], self.lang):
            k -= 2  # "призналась после партии шахматистка"
            while k > 0 and _modifier(self.toks[k][2], self.lang):
                k -= 1
        elif k > 0 and (
            _instrumental_noun(self.toks[k][2], self.lang)
            or self.toks[k][2].lower() in _OBJECT_PRONOUNS
        ):
            k -= 1  # "развел руками наставник", "пояснила мені режисерка"
        verb = _parses(fold(self.toks[k][2]).lower(), self.lang)[:1]
        return bool(verb) and verb[0].tag.POS == "VERB"

    def _name_within(self, k: int, count: int) -> bool:
        """A name among the `count` words from token k, before the clause ends (English:
        any capitalised word)."""
        for _, _, word in self.toks[k : k + count]:
            if MASK in word or word in ".!?;:—–":
                return False
            if word[:1].isupper() and (
                self.lang not in MORPH_LANGS or _cyr_name_word(word, self.lang, False)
            ):
                return True
        return False

    def _followed_by_comma(self, n: int) -> bool:
        return n + 1 < len(self.toks) and self.toks[n + 1][2] == ","

    def _followed_by_verb(self, n: int) -> bool:
        if n + 1 >= len(self.toks):
            return False
        parses = analyzer(self.lang).parse(self.toks[n + 1][2].lower())
        return bool(parses) and parses[0].tag.POS == "VERB"

    def _cyr_role_country(self, n: int) -> tuple[str | None, int]:
        """Country from the genitive after a role head (глава Кремля, президента США)."""
        toks, stop = self.toks, n + 1
        country = None
        for k in range(n + 1, min(n + 3, len(toks))):
            low = _lemma(toks[k][2], self.lang)
            if toks[k][2] in ("Білого", "Белого") and k + 1 < len(toks):
                return "us", k + 2
            if toks[k][2] in ("МЗС", "МИД"):
                return "mfa", k + 1
            if low in COUNTRY_WORDS or toks[k][2] in ("РФ", "США", "Росії", "России"):
                country = COUNTRY_WORDS.get(low) or ("us" if toks[k][2] == "США" else "ru")
                stop = k + 1
                break
            if not toks[k][2][:1].isupper() and low not in ROLE_HEADS:
                break
        return country, stop

    def _name_follows(self, n: int) -> bool:
        """A name within the next three words (президент Росії Володимир Путін), or an
        appositive name after a comma, perhaps over a word the role governs and a few words
        describing the person (тренер, Анна Шевчук,; голова журі, польський критик Адам
        Вежбицький,)."""
        width, toks = 5, self.toks
        if n + 1 < len(toks) and toks[n + 1][2] == "," and toks[n][2].islower():
            n += 1  # "голова журі, ...": past the word the role governs
        if n < len(toks) and toks[n][2] == ",":
            n, width = n + 1, 3  # the appositive name, perhaps after its description
        for k in range(n, min(n + width, len(self.toks))):
            word = self.toks[k][2]
            if not re.match(r"\w", word) or MASK in word:
                return False
            if word[:1].isupper() and (
                self._is_initial_letter(word) or _cyr_name_word(word, self.lang, False)
            ):
                return True
        return False


_ACCORDING_SOURCE_RE = re.compile(
    r"(?:\bза (?:\w+ )?(?:даними|інформацією|словами)|\bпо (?:\w+ )?(?:данным|информации|словам)|"
    + STATEMENT_UK
    + "|"
    + STATEMENT_RU
    + r")\s+(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)


# Adjectives of a place's state between "in" and its name ("in occupied Kherson").
_EN_PLACE_STATES = frozenset(
    {"occupied", "liberated", "besieged", "front-line", "frontline", "embattled", "nearby",
     "neighbouring", "neighboring", "eastern", "western", "southern", "northern", "central"}
)  # fmt: skip
# Words that open a clause before an English sentence's subject.
_EN_CLAUSE_OPENERS = frozenset(
    {"asked", "when", "whenever", "after", "while", "although", "though", "if", "as", "before",
     "since", "because", "once", "unless", "until", "speaking", "having"}
)  # fmt: skip


def _compound_org(lemma: str) -> str | None:
    """A compound whose last part is an institution (енергокомпанія, телекомпания)."""
    heads = [h for h in ORG_HEADS if len(h) >= 6 and " " not in h]
    found = [h for h in heads if lemma.endswith(h) and len(lemma) - len(h) >= 3]
    return ORG_HEADS[found[0]] if found else None


def _modifier(word: str, lang: str) -> bool:
    """A word of a noun's modifiers: an adjective or participle (місцевий), or a piece of
    a numeric one (38-річний: "38", "-", "річний")."""
    if word.isdigit() or word == "-":
        return True
    first = _parses(fold(word).lower(), lang)[:1]
    return bool(first) and first[0].tag.POS in ("ADJF", "PRTF")


# Prepositions whose object is never the one who speaks (в/у/на are locative: "у Кремлі
# заявили"; за/по open "за даними", "по словам").
_OBJECT_PREPS = frozenset(
    ("до", "з", "із", "зі", "від", "про", "через", "під", "над", "при", "проти", "для", "без",
     "між", "с", "со", "от", "о", "об", "против", "между", "из", "к", "ко")
)  # fmt: skip


def _nominative_singular(tags: frozenset[str]) -> bool:
    """A nominative that is not plural ("міська рада", not "депутат селищної ради", whose
    "ради" also reads as a nominative plural)."""
    return "nomn" in tags and "plur" not in tags


def _inanimate_noun(word: str, lang: str) -> bool:
    """Every noun reading of `word` is an inanimate common noun (франківськ), and it has one."""
    nouns = [p for p in _parses(fold(word).lower(), lang) if p.tag.POS == "NOUN"]
    return bool(nouns) and all(
        "inan" in grammemes(p.tag) and not {"Surn", "Name", "Patr"} & grammemes(p.tag)
        for p in nouns
    )


def _noun_org(word: str, lang: str) -> str | None:
    """An institution among a word's noun readings (пивоварні: the adjective пивоварний
    first, the noun пивоварня second)."""
    for p in _parses(fold(word).lower(), lang):
        if p.tag.POS == "NOUN" and fold(p.normal_form) in ORG_HEADS:
            return ORG_HEADS[fold(p.normal_form)]
    return None


def _nominative_first_name(word: str, lang: str) -> bool:
    """A first name whose only readings are nominative (Олег, Ірина; not Олега)."""
    parses = [p for p in _parses(fold(word).lower(), lang) if "Name" in grammemes(p.tag)]
    return bool(parses) and all("nomn" in grammemes(p.tag) for p in parses)


_OBJECT_PRONOUNS = frozenset(
    ("мені", "нам", "йому", "їй", "їм", "вам", "мне", "ему", "ей", "им", "нас", "мене")
)  # fmt: skip


def _instrumental_noun(word: str, lang: str) -> bool:
    first = _parses(fold(word).lower(), lang)[:1]
    return bool(first) and first[0].tag.POS == "NOUN" and "ablt" in grammemes(first[0].tag)


def _preposition(word: str, lang: str) -> bool:
    first = _parses(fold(word).lower(), lang)[:1]
    return bool(first) and first[0].tag.POS == "PREP"


def _participle(word: str, lang: str) -> bool:
    first = _parses(fold(word).lower(), lang)[:1]
    return bool(first) and first[0].tag.POS == "PRTF"


def _participle_phrase(toks: list[tuple[int, int, str]], k: int, lang: str) -> int | None:
    """The index of the participle whose own phrase ends at toks[k], before a noun
    ("набравшая 27 очков спортсменка"): a participle within the three words up to k with
    only numbers and genitive nouns after it; None when there is none."""
    for j in range(k, max(0, k - 3), -1):
        word = toks[j][2]
        if _participle(word, lang):
            return j
        parses = _parses(fold(word).lower(), lang)[:1]
        if not (word.isdigit() or (parses and "gent" in grammemes(parses[0].tag))):
            return None
    return None


@functools.lru_cache(maxsize=65536)
def _adj_lemma(word: str, lang: str) -> str:
    """The adjective lemma of `word` when it has an adjective reading (Білому -> білий)."""
    for parse in _parses(fold(word).lower(), lang):
        if parse.tag.POS == "ADJF":
            return fold(parse.normal_form)
    return ""
