"""Who said it: reporting verbs, person mentions, pronoun and role resolution.

Works on the *masked* text: every quotation (marks included) is blanked with "_" so that
words inside quotes are never taken for the reporting clause. Person mentions are found
once per document (names, pronouns, roles such as "the Kremlin leader" / "глава Кремля"),
anaphors are resolved to the last compatible named person (gender, country and role
agreement where known), and each quote takes the person of its reporting clause.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, replace

from toolkit.morph import MORPH_LANGS, analyzer, fold
from toolkit.quotes.names import gender_of, speaker_key, surname

_CAP = "A-ZА-ЯЁІЇЄҐ"
WORD_RE = re.compile(
    rf"(?:[{_CAP}]\.){{2,}}|[{_CAP}][a-zа-яёіїєґ]?\.(?=\s*[{_CAP}])"
    r"|[^\W\d_](?:[\w'’-]*[^\W_])?|\d+|[^\w\s]",
    re.UNICODE,
)
MASK = "_"

EN_VERBS = frozenset(
    """say says said saying tell tells told telling state states stated stating add adds
    added adding note notes noted noting stress stresses stressed stressing explain
    explains explained explaining ask asks asked asking answer answers answered answering
    reply replies replied replying respond responds responded responding warn warns warned
    warning declare declares declared declaring insist insists insisted insisting claim
    claims claimed claiming argue argues argued arguing write writes wrote written writing
    admit admits admitted admitting recall recalls recalled recalling emphasize emphasizes
    emphasized emphasizing emphasise emphasises emphasised emphasising remark remarks
    remarked continue continues continued announce announces announced suggest suggests
    suggested concede concedes conceded acknowledge acknowledges acknowledged joke jokes
    joked assure assures assured promise promises promised confirm confirms confirmed
    comment comments commented mention mentions mentioned observe observes observed
    reiterate reiterates reiterated complain complains complained quip quips quipped
    conclude concludes concluded assert asserts asserted predict predicts predicted vow
    vows vowed pledge pledged boast boasted exclaim exclaimed called calls urge urges urged
    tweeted posted shouted whispered urged cautioned""".split()
)
UK_VERBS = frozenset(
    """сказати казати заявити заявляти говорити додати додавати наголосити наголошувати
    зазначити зазначати підкреслити підкреслювати відповісти відповідати запитати питати
    спитати пояснити пояснювати повідомити повідомляти написати писати визнати визнавати
    нагадати нагадувати попередити попереджати зауважити зауважувати констатувати
    розповісти розповідати продовжити продовжувати відзначити відзначати запевнити
    запевняти підсумувати уточнити уточнювати наполягати наполягти вигукнути пообіцяти
    обіцяти переконувати переконати заперечити заперечувати поскаржитися скаржитися
    назвати називати резюмувати підтвердити підтверджувати пожартувати дорікнути
    звернутися висловитися закликати закликати застерегти застерігати""".split()
)
RU_VERBS = frozenset(
    """сказать говорить заявить заявлять добавить добавлять подчеркнуть подчёркивать
    подчеркивать отметить отмечать ответить отвечать спросить спрашивать пояснить
    пояснять сообщить сообщать написать писать признать признавать напомнить напоминать
    предупредить предупреждать заметить замечать констатировать рассказать рассказывать
    продолжить продолжать уточнить уточнять настаивать настоять заверить заверять
    резюмировать воскликнуть пообещать обещать убеждать возразить возражать пожаловаться
    жаловаться назвать называть подтвердить подтверждать пошутить обратиться
    высказаться призвать призывать предостеречь предостерегать""".split()
)
ACCORDING_RE = {
    "en": re.compile(r"\baccording to\b|\bas (?=\S+(?: \S+){0,3} put it)", re.IGNORECASE),
    "uk": re.compile(r"\bза (?:\w+ )?словами\b|\bяк (?=.{0,40}висловився)", re.IGNORECASE),
    "ru": re.compile(r"\bпо (?:\w+ )?словам\b|\bкак (?=.{0,40}выразился)", re.IGNORECASE),
}
PRONOUNS = {
    "en": {"he": "masc", "him": "masc", "she": "femn", "her": "femn"},
    "uk": {
        **dict.fromkeys("він його йому ним нього ньому нім".split(), "masc"),
        **dict.fromkeys("вона її їй нею неї ній".split(), "femn"),
    },
    "ru": {
        **dict.fromkeys("он его ему им него нему нём нем".split(), "masc"),
        **dict.fromkeys("она её ее ей ею неё нее ней".split(), "femn"),
    },
}
COUNTRY_WORDS = {
    "kremlin": "ru", "russian": "ru", "russia": "ru", "moscow": "ru",
    "us": "us", "u.s.": "us", "american": "us", "america": "us", "washington": "us",
    "ukrainian": "ua", "ukraine": "ua", "kyiv": "ua", "german": "de", "germany": "de",
    "french": "fr", "france": "fr", "british": "gb", "britain": "gb", "uk": "gb",
    "кремль": "ru", "росія": "ru", "рф": "ru", "російський": "ru", "кремлівський": "ru",
    "россия": "ru", "российский": "ru", "кремлевский": "ru", "москва": "ru",
    "сша": "us", "америка": "us", "американський": "us", "американский": "us",
    "вашингтон": "us", "україна": "ua", "український": "ua", "украина": "ua",
    "украинский": "ua", "київ": "ua", "киев": "ua", "німеччина": "de", "німецький": "de",
    "германия": "de", "немецкий": "de", "франція": "fr", "французький": "fr",
    "франция": "fr", "французский": "fr", "британія": "gb", "британский": "gb",
    "британський": "gb", "великобритания": "gb", "велика": "gb",
}  # fmt: skip
ROLE_HEADS = {
    "president": "president", "leader": None, "head": None, "premier": "pm",
    "minister": "minister", "chancellor": "chancellor", "spokesman": "spokes",
    "spokeswoman": "spokes", "spokesperson": "spokes", "diplomat": None,
    "politician": None, "official": None, "envoy": None, "secretary": "minister",
    "президент": "president", "лідер": None, "лидер": None, "глава": None,
    "очільник": None, "господар": None, "хозяин": None, "прем'єр": "pm", "премьер": "pm",
    "прем'єр-міністр": "pm", "премьер-министр": "pm", "міністр": "minister",
    "министр": "minister", "канцлер": "chancellor", "речник": "spokes",
    "речниця": "spokes", "прес-секретар": "spokes", "пресс-секретарь": "spokes",
    "політик": None, "политик": None, "дипломат": None, "посадовець": None,
    "чиновник": None, "генсек": "sg", "очільниця": None,
    "mayor": "mayor", "мер": "mayor", "мэр": "mayor", "governor": "governor",
    "губернатор": "governor", "ambassador": "ambassador", "посол": "ambassador",
    "judge": "judge", "суддя": "judge", "судья": "judge", "coach": "coach",
    "тренер": "coach", "captain": "captain", "капітан": "captain", "капитан": "captain",
    "director": "director", "директор": "director", "chairman": "chair",
    "голова": "chair", "председатель": "chair", "commander": "commander",
    "командувач": "commander", "командующий": "commander", "lawyer": "lawyer",
    "адвокат": "lawyer", "prosecutor": "prosecutor", "прокурор": "prosecutor",
    "lawmaker": "mp", "депутат": "mp", "депутатка": "mp", "міністерка": "minister",
    "речниця": "spokes", "спікер": "speaker", "спикер": "speaker",
}  # fmt: skip
EN_TITLE_WORDS = frozenset(
    """president prime minister foreign defence defense chancellor secretary general
    spokesman spokeswoman spokesperson mr mrs ms dr sen senator gov governor former
    ambassador leader press state deputy vice premier head chief minister's
    kremlin russian ukrainian american us u.s. u.s german french british nato eu white
    house then current mayor judge coach captain director chairman commander lawyer
    lawmaker opposition jury producer health interior justice""".split()
)
EN_NOT_PERSON = frozenset(
    """russia ukraine nato us u.s. usa america united states kremlin moscow kyiv kiev
    washington europe european eu un soviet union alliance white house getty images
    national security archive rbc-ukraine reuters cnn bbc ap tass interfax god west
    western east eastern germany france britain london paris berlin china beijing crimea
    donbas minsk duma parliament rada verkhovna congress senate pentagon ministry affairs
    monday tuesday wednesday thursday friday saturday sunday january february march april
    may june july august september october november december russians ukrainians
    americans baltic poland warsaw brussels geneva austria austrian international
    council committee office center centre institute agency service department bank
    group foundation university press times post news party company corporation
    naftogaz gazprom""".split()
)
EN_STOP = frozenset(
    """the a an he she it they we i you this that these those there however in on at as
    but and or during first now perhaps why if what when while after before since then
    also still yet so thus meanwhile earlier later today yesterday tomorrow according
    his her its their our my your mr mrs ms""".split()
)
EN_ROLE_RE = re.compile(
    r"\bthe\s+(?:(?:former|then|current|outgoing|incumbent|new|then-)\s*)?"
    r"(?:(kremlin|russian|ukrainian|american|us|u\.s\.|german|french|british)\s+)?"
    r"(head of state|prime minister|foreign minister|defen[cs]e minister|secretary general|"
    r"secretary-general|head of the kremlin|head of the white house|leader|president|"
    r"premier|minister|chancellor|spokesman|spokeswoman|spokesperson|diplomat|politician|"
    r"envoy|mayor|governor|ambassador|judge|coach|captain|director|chairman|commander|"
    r"lawyer|prosecutor|lawmaker|latter)\b",
    re.IGNORECASE,
)
_BOUNDARY_RE = re.compile(r"[.!?…]+(?=\s+[\"'«„“‘(_]*[^\W\d_]*[A-ZА-ЯІЇЄҐ_])|\n")


@dataclass(frozen=True)
class Mention:
    """A person mention. For anaphors `name`/`key` are filled by `resolve`."""

    start: int
    end: int
    text: str
    kind: str  # "name" | "pronoun" | "role" | "latter"
    sentence: int
    first: bool  # the first mention of its sentence (a subject, roughly)
    name: str | None = None
    key: str | None = None
    gender: str | None = None
    country: str | None = None
    role: str | None = None


def tokens(text: str, lo: int = 0, hi: int | None = None) -> list[tuple[int, int, str]]:
    """(start, end, word) of every word or punctuation mark in text[lo:hi]."""
    hi = len(text) if hi is None else hi
    return [(m.start(), m.end(), m.group()) for m in WORD_RE.finditer(text, lo, hi)]


@functools.lru_cache(maxsize=65536)
def reporting_verb(word: str, lang: str) -> bool:
    """Whether `word` is a form of a reporting verb (said, заявив, сказала, добавил...)."""
    low = fold(word).lower()
    if lang not in MORPH_LANGS:
        return low in EN_VERBS and word[:1].islower()
    verbs = UK_VERBS if lang == "uk" else RU_VERBS
    return any(
        p.tag.POS in ("VERB", "INFN", "GRND", "PRTF") and fold(p.normal_form) in verbs
        for p in analyzer(lang).parse(low)
    )


def is_reporting(clause: str, lang: str) -> bool:
    """Whether `clause` holds a reporting verb."""
    return any(reporting_verb(w, lang) for _, _, w in tokens(clause))


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
    if not word[:1].isupper() or word.isupper() and len(word) > 1:
        return False
    parses = analyzer(lang).parse(fold(word).lower())
    tags = [set(str(p.tag).replace(" ", ",").split(",")) for p in parses]
    if any({"Geox", "Orgn", "Abbr"} & t for t in tags[:1]):
        return False
    if any({"Surn", "Name", "Patr"} & t for t in tags):
        return not initial or bool({"Surn", "Name", "Patr"} & tags[0])
    if initial:
        return False
    lemma = fold(parses[0].normal_form) if parses else ""
    if parses[0].tag.POS == "ADJF" and _ADJ_SURNAME_RE.search(lemma):
        return lemma not in COUNTRY_WORDS  # Зеленський, Зеленского: adjectival surnames
        return False
    return not analyzer(lang).word_is_known(fold(word).lower())


_ADJ_SURNAME_RE = re.compile(r"(?:ськ|цьк|ск|цк)(?:ий|ой)$")


def sentence_starts(masked: str) -> list[int]:
    """Start offsets of the (rough) sentences of the masked text."""
    starts = [0]
    for match in _BOUNDARY_RE.finditer(masked):
        if masked[starts[-1] : match.end()].strip():
            starts.append(match.end())
    return starts


class MentionFinder:
    """Finds the person mentions of one masked document."""

    def __init__(self, masked: str, lang: str) -> None:
        self.masked = masked
        self.lang = lang
        self.toks = tokens(masked)
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
        raw = self._names() + self._anaphors()
        raw.sort(key=lambda m: m.start)
        seen: set[int] = set()
        out = []
        for m in raw:
            sent = self.sentence_of(m.start)
            gender = self._verb_gender(m) or m.gender
            out.append(replace(m, sentence=sent, first=sent not in seen, gender=gender))
            seen.add(sent)
        return out

    def _verb_gender(self, m: Mention) -> str | None:
        """uk/ru: the gender of a past-tense verb next to the mention (сказала Беккер)."""
        if self.lang not in MORPH_LANGS:
            return None
        near = [t for t in self.toks if t[1] <= m.start][-1:]
        near += [t for t in self.toks if t[0] >= m.end][:1]
        for _, _, word in near:
            for parse in analyzer(self.lang).parse(word.lower())[:1]:
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
            while j < len(self.toks) and self._capitalised(j):
                j += 1
            if j > i:
                runs.append((i, j))
                i = j
            else:
                i += 1
        out = []
        for i, j in runs:
            mention = self._name_run(i, j)
            if mention is not None:
                out.append(mention)
        return out

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
        person = words[k:]
        if not person or len(person) > 4:
            return None
        low = [w.lower().rstrip(".").removesuffix("'s") for w in person]
        if any(w in EN_NOT_PERSON or w in EN_TITLE_WORDS for w in low) or all(
            len(w) <= 1 for w in low
        ):
            return None
        if k == 0 and len(person) == 1 and self._initial(i) and low[0] in EN_STOP:
            return None
        if len(person) == 1 and self._initial(i) and not self._en_plausible(i):
            return None
        start, end = self.toks[i + k][0], self.toks[j - 1][1]
        country, role = self._attributes(i + k)
        gender = _EN_GENDER.get(person[0].lower()) if len(person) > 1 else None
        text = self.masked[start:end].removesuffix("'s").removesuffix("’s")
        return Mention(start, start + len(text), text, "name", 0, False, text,
                       speaker_key(text, self.lang), gender, country, role)  # fmt: skip

    def _en_plausible(self, i: int) -> bool:
        """A lone capitalised word at a sentence start is a name when a verb follows."""
        nxt = self.toks[i + 1][2].lower() if i + 1 < len(self.toks) else ""
        return nxt in EN_VERBS or nxt.endswith("ed") or nxt in {"was", "is", "has", "had",
                                                                "also", "will", "would", ":"}

    def _cyr_name(self, i: int, j: int) -> Mention | None:
        words = [t[2] for t in self.toks[i:j]]
        keep = [
            self._is_initial_letter(w) or _cyr_name_word(w, self.lang, self._initial_not_colon(i + n))
            for n, w in enumerate(words)
        ]
        lo = 0
        while lo < len(words) and not keep[lo]:
            lo += 1
        hi = lo
        while hi < len(words) and keep[hi]:
            hi += 1
        if lo == hi or all(self._is_initial_letter(w) for w in words[lo:hi]):
            return None
        start, end = self.toks[i + lo][0], self.toks[i + hi - 1][1]
        text = self.masked[start:end]
        country, role = self._attributes(i + lo)
        last = surname(text)
        first_name = gender_of(words[lo], self.lang) if hi - lo > 1 else None
        gender = first_name or gender_of(last, self.lang)
        return Mention(start, end, text, "name", 0, False, text,
                       speaker_key(text, self.lang), gender, country, role)  # fmt: skip

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
                role = role or ROLE_HEADS[low]
            elif self.lang not in MORPH_LANGS and low not in COUNTRY_WORDS.keys() | EN_TITLE_WORDS:
                break
        return country, role

    # anaphors ----------------------------------------------------------------------------
    def _anaphors(self) -> list[Mention]:
        out = []
        pronouns = PRONOUNS.get(self.lang, PRONOUNS["en"])
        for start, end, word in self.toks:
            gender = pronouns.get(word.lower())
            if gender:
                out.append(Mention(start, end, word, "pronoun", 0, False, gender=gender))
        out += self._en_roles() if self.lang not in MORPH_LANGS else self._cyr_roles()
        return out

    def _en_roles(self) -> list[Mention]:
        out = []
        for m in EN_ROLE_RE.finditer(self.masked):
            after = self.masked[m.end() : m.end() + 30]
            if re.match(r"\s+(?:[A-Z]\.\s*)*[A-Z][a-z]", after):
                continue  # "the Russian President Vladimir Putin": the name carries it
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
                role = ROLE_HEADS.get(head.split()[-1]) if " " not in head else _EN_MULTI.get(head)
            out.append(Mention(m.start(), m.end(), m.group(), kind, 0, False, gender=None,
                               country=country, role=role))  # fmt: skip
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
                continue
            country, stop = self._cyr_role_country(n)
            if self._name_follows(stop):
                continue
            role = ROLE_HEADS[low]
            if country == "mfa":  # глава МЗС / МИД: the foreign minister
                country, role = None, "minister"
            first = n
            if n > 0 and COUNTRY_WORDS.get(_lemma(toks[n - 1][2], self.lang)):
                country = country or COUNTRY_WORDS[_lemma(toks[n - 1][2], self.lang)]
                first = n - 1
            out.append(Mention(toks[first][0], toks[stop - 1][1],
                               self.masked[toks[first][0] : toks[stop - 1][1]], "role", 0,
                               False, country=country, role=role))  # fmt: skip
        return out

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
        """A name within the next three words (президент Росії Володимир Путін)."""
        for k in range(n, min(n + 5, len(self.toks))):
            word = self.toks[k][2]
            if not re.match(r"\w", word) or MASK in word:
                return False
            if word[:1].isupper() and (
                self._is_initial_letter(word) or _cyr_name_word(word, self.lang, False)
            ):
                return True
        return False


_EN_MULTI = {
    "prime minister": "pm", "foreign minister": "minister", "defence minister": "minister",
    "defense minister": "minister", "secretary general": "sg", "secretary-general": "sg",
    "head of state": None, "head of the kremlin": None, "head of the white house": None,
}  # fmt: skip
_EN_GENDER = {
    **dict.fromkeys(
        """angela hillary kamala theresa liz nancy ursula kaja annalena condoleezza
        madeleine maria anna olena yulia julia iryna irina natalia oksana svetlana victoria
        elizabeth margaret""".split(),
        "femn",
    ),
    **dict.fromkeys(
        """vladimir volodymyr george joe donald barack bill boris dmitry dmitri dmytro
        sergei sergey serhiy emmanuel olaf jens antony john mike michael andriy andrii
        oleksiy alexei petro petr viktor""".split(),
        "masc",
    ),
}


def _compatible(anaphor: Mention, cand: Mention) -> bool:
    if anaphor.gender and cand.gender and anaphor.gender != cand.gender:
        return False
    if anaphor.country and cand.country and anaphor.country != cand.country:
        return False
    return not (anaphor.role and cand.role and anaphor.role != cand.role)


def _agrees(anaphor: Mention, cand: Mention) -> bool:
    """A role that names a country or office the candidate is known to hold."""
    if anaphor.kind != "role":
        return False
    country = anaphor.country is not None and anaphor.country == cand.country
    role = anaphor.role is not None and anaphor.role == cand.role
    return country or role


def resolve(mentions: list[Mention], *, window: int = 3) -> list[Mention]:
    """Fill `name`/`key` of pronouns and roles from the last compatible person.

    Subjects (first mentions of a sentence) within `window` sentences are preferred;
    otherwise the last compatible person. Attributes learnt for a name (its country and
    role) carry over to later mentions of the same key.
    """
    known: dict[str, Mention] = {}
    done: list[Mention] = []
    for m in mentions:
        if m.kind == "name":
            prior = known.get(m.key or "")
            if prior is not None:
                m = replace(m, gender=m.gender or prior.gender,
                            country=m.country or prior.country, role=m.role or prior.role)  # fmt: skip
            known[m.key or ""] = m
            done.append(m)
            continue
        target = _antecedent(m, done, known, window)
        if target is not None:
            m = replace(m, name=target.name, key=target.key,
                        gender=m.gender or target.gender, country=m.country or target.country,
                        role=m.role or target.role)  # fmt: skip
        done.append(m)
    return done


def _antecedent(
    m: Mention, done: list[Mention], known: dict[str, Mention], window: int
) -> Mention | None:
    resolved = [d for d in done if d.key]
    if m.kind == "latter":
        named = [d for d in resolved if d.kind == "name" and m.sentence - d.sentence <= 1]
        return named[-1] if named else None

    def full(d: Mention) -> Mention:
        info = known.get(d.key or "")
        if info is None:
            return d
        return replace(d, gender=d.gender or info.gender, country=d.country or info.country,
                       role=d.role or info.role)  # fmt: skip

    candidates = [d for d in resolved if _compatible(m, full(d))]
    agreeing = [
        d for d in candidates if _agrees(m, full(d)) and m.sentence - d.sentence <= 2 * window
    ]
    if agreeing:
        return agreeing[-1]
    recent = [d for d in candidates if d.first and m.sentence - d.sentence <= window]
    if recent:
        return recent[-1]
    return candidates[-1] if candidates else None


@dataclass(frozen=True)
class Attribution:
    """The speaker of one quote: the mention it was taken from (resolved), and the cue."""

    mention: Mention | None
    cue: str  # "verb:<word>", "according_to", "colon", "dash", "none"


NONE = Attribution(None, "none")
_CLAUSE_END_RE = re.compile(r"[.!?…;]+(?=\s|$)|\n|" + MASK)


def _in(mentions: list[Mention], lo: int, hi: int) -> list[Mention]:
    return [m for m in mentions if lo <= m.start and m.end <= hi]


def _verb_at(masked: str, lo: int, hi: int, lang: str) -> tuple[int, int, str] | None:
    for tok in tokens(masked, lo, hi):
        if reporting_verb(tok[2], lang):
            return tok
    return None


def _from_clause(
    masked: str, lo: int, hi: int, mentions: list[Mention], lang: str, *, after_quote: bool
) -> Attribution | None:
    """The speaker in a reporting clause masked[lo:hi] (before or after the quote)."""
    inside = _in(mentions, lo, hi)
    match = ACCORDING_RE.get(lang, ACCORDING_RE["en"]).search(masked, lo, hi)
    if match:
        for m in inside:
            if m.start >= match.start() and m.start - match.end() <= 25:
                return Attribution(m, "according_to")
        pronoun = [m for m in inside if m.end <= match.end() + 1 and m.start >= match.start()]
        if pronoun:
            return Attribution(pronoun[0], "according_to")
    verb = _verb_at(masked, lo, hi, lang)
    if verb is None:
        return None
    cue = f"verb:{verb[2].lower()}"
    before = [m for m in inside if m.end <= verb[0]]
    after = [m for m in inside if m.start >= verb[1] and m.start - verb[1] <= 40]
    if after_quote and after and (not before or after[0].start - verb[1] <= 2):
        return Attribution(after[0], cue)
    if before:
        first_in_clause = before if after_quote else [before[-1]]
        if not after_quote:
            # the subject opens the clause: "Bush responded to Putin by saying"
            subj = [m for m in before if m.sentence == before[-1].sentence]
            first_in_clause = subj[:1]
        return Attribution(first_in_clause[-1] if after_quote else first_in_clause[0], cue)
    if after:
        return Attribution(after[0], cue)
    return Attribution(None, cue)


def post_clause(text: str, masked: str, close_at: int, content_end: int) -> tuple[int, int]:
    """The clause that follows a quote when it reports it (", — заявив X.", '," he said')."""
    inside = text[content_end:close_at].rstrip("»“”\"'’‘ ")
    last = inside[-1:] if inside else text[content_end - 1 : content_end]
    hit = _CLAUSE_END_RE.search(masked, close_at)
    hi = min(hit.start() if hit else len(masked), close_at + 160)
    head = masked[close_at:hi].lstrip()
    if not head:
        return close_at, close_at
    if head[0] in ",—–:" or last in ",!?…":
        return close_at, hi
    return close_at, close_at


def pre_clause(masked: str, open_at: int, floor: int) -> tuple[int, int]:
    """The clause before a quote, back to the previous sentence end or quote."""
    lo = max(floor, masked.rfind("\n", 0, open_at) + 1)
    for match in _BOUNDARY_RE.finditer(masked, lo, open_at):
        lo = match.end()
    masks = masked.rfind(MASK, lo, open_at)
    if masks >= 0:
        lo = masks + 1
    return lo, open_at


def attribute(
    text: str,
    masked: str,
    *,
    open_at: int,
    close_at: int,
    content_end: int,
    author: tuple[int, int] | None,
    mentions: list[Mention],
    lang: str,
) -> Attribution:
    """The speaker of the quotation at text[open_at:close_at] and how it was cued."""
    if author is not None:
        found = _from_clause(masked, author[0], author[1], mentions, lang, after_quote=True)
        if found is not None:
            return found
    lo, hi = post_clause(text, masked, close_at, content_end)
    if hi > lo:
        found = _from_clause(masked, lo, hi, mentions, lang, after_quote=True)
        if found is not None:
            return found
    lo, hi = pre_clause(masked, open_at, 0)
    if hi > lo:
        found = _from_clause(masked, lo, hi, mentions, lang, after_quote=False)
        if found is not None:
            return found
        if masked[lo:hi].rstrip().endswith(":"):
            inside = _in(mentions, lo, hi)
            return Attribution(inside[-1] if inside else None, "colon")
    return NONE
