"""Who said it: reporting verbs and clauses, and the speaker of each quote.

Works on the masked text (see `toolkit.quotes.mentions`): a quote takes the person of its
reporting clause — the interrupting clause of an interrupted quote, the clause after it
(", — заявив X", '," he said'), or the clause before it ("X said:", "according to X",
"за словами X", "по словам X"); pronouns and roles there are already resolved. The
subject is the first mention that is not oblique (a possessor or object: "Her coach,
Sandra Zaniewska, called" -> Zaniewska); an institution after "in" ("У Кремлі заявили")
speaks only when no person does.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from toolkit.morph import MORPH_LANGS, analyzer, fold, grammemes
from toolkit.morph import parse as morph_parse
from toolkit.quotes.lexicon import (
    ACCORDING_RE,
    ANONYMOUS_RE,
    EN_PARTICLE_VERBS,
    EN_REMARK_LEMMAS,
    EN_VERB_LEMMA,
    QUOTING_LEMMAS,
    RU_VERBS,
    RULINGS,
    STATEMENT_RE,
    UK_VERBS,
)
from toolkit.quotes.mentions import BOUNDARY_RE, MASK, Mention, tokens


@functools.lru_cache(maxsize=65536)
def reporting_verb(word: str, lang: str) -> bool:
    """Whether `word` is a form of a reporting verb (said, заявив, сказала, добавил...)."""
    low = fold(word).lower()
    if lang not in MORPH_LANGS:
        lemma = EN_VERB_LEMMA.get(low)
        return lemma is not None and lemma not in EN_PARTICLE_VERBS and word[:1].islower()
    verbs = UK_VERBS if lang == "uk" else RU_VERBS
    for p in analyzer(lang).parse(low):
        if p.tag.POS in ("VERB", "INFN", "GRND", "PRTF") and fold(p.normal_form) in verbs:
            return True
        if p.tag.POS == "GRND" and _gerund_of(low, verbs):
            return True  # the uk dictionary lemmatises gerunds to themselves (додавши)
    return False


def _gerund_of(word: str, verbs: frozenset[str]) -> bool:
    stem = re.sub(r"(?:вши|ши|ючи|учи|ачи|ячи)$", "", word)
    return stem != word and any(v.startswith(stem) and len(v) - len(stem) <= 3 for v in verbs)


def _verb_token(toks: list[tuple[int, int, str]], k: int, lang: str) -> bool:
    """Whether toks[k] is a reporting verb, with its particle where it needs one
    ("pointed out")."""
    word = toks[k][2]
    if reporting_verb(word, lang):
        return not _en_participle_modifier(toks, k, lang)
    if lang in MORPH_LANGS or not word[:1].islower():
        return False
    particle = EN_PARTICLE_VERBS.get(EN_VERB_LEMMA.get(fold(word).lower(), ""))
    return particle is not None and k + 1 < len(toks) and toks[k + 1][2].lower() == particle


def _en_participle_modifier(toks: list[tuple[int, int, str]], k: int, lang: str) -> bool:
    """English: an "-ed" form right after a comma and before a preposition (", posted on the
    theatre's page,", ", published in"): it describes a noun, the clause's verb comes later."""
    if lang in MORPH_LANGS or k == 0 or k + 1 >= len(toks) or toks[k - 1][2] != ",":
        return False
    return toks[k][2].lower().endswith("ed") and toks[k + 1][2].lower() in _EN_PARTICIPLE_PREPS


_EN_PARTICIPLE_PREPS = frozenset({"on", "in", "by", "at", "from", "under"})


def is_reporting(clause: str, lang: str) -> bool:
    """Whether `clause` holds a reporting verb."""
    toks = tokens(clause)
    return any(_verb_token(toks, k, lang) for k in range(len(toks)))


def is_author_remark(clause: str, lang: str) -> bool:
    """Whether the author's clause inside a dialogue line ("— A, — засміялася дослідниця. —
    B") introduces its speaker: a reporting verb, or (uk/ru) any finite verb opening it."""
    if is_reporting(clause, lang):
        return True
    toks = tokens(clause)
    return bool(toks) and lang in MORPH_LANGS and _finite_verb(toks[0][2], lang)


def _finite_verb(word: str, lang: str) -> bool:
    if not word[:1].islower():
        return False
    parses = analyzer(lang).parse(fold(word).lower())
    return bool(parses) and parses[0].tag.POS == "VERB"


def verb_lemma(word: str, lang: str) -> str:
    """The lemma of a verb form (folded, lower case); the form itself when unknown."""
    low = fold(word).lower()
    if lang not in MORPH_LANGS:
        return EN_VERB_LEMMA.get(low, low)
    for p in analyzer(lang).parse(low):
        if p.tag.POS in ("VERB", "INFN", "GRND", "PRTF"):
            return fold(p.normal_form)
    return low


# Asking verbs: in uk/ru the person after у/в is the one asked ("— спросил наш
# корреспондент у капитана Елены Тарасюк"), who answers the next dialogue line.
ASKING_LEMMAS = frozenset(
    {"ask", "запитати", "питати", "спитати", "запитувати", "поцікавитися", "спросить",
     "спрашивать", "поинтересоваться"}
)  # fmt: skip
_ADDRESSEE_PREPS = frozenset({"у", "в"})
# English verbs whose object is the person spoken to ('"…," Putin told Bush').
_EN_TELLING_LEMMAS = frozenset({"tell", "assure", "inform", "remind"})


@dataclass(frozen=True)
class Attribution:
    """The speaker of one quote: the mention it was taken from (resolved), the cue, and for
    a question the person it was put to, when the clause names one."""

    mention: Mention | None
    cue: str  # "verb:<word>", "according_to", "colon", "dash", "none"
    addressee: Mention | None = None


NONE = Attribution(None, "none")
_CLAUSE_END_RE = re.compile(r"[.!?…;]+(?=\s|$)|\n[ \t]*\n|\n(?=[ \t]*[—–-][ \t])|" + MASK)


def _in(mentions: list[Mention], lo: int, hi: int) -> list[Mention]:
    return [m for m in mentions if lo <= m.start and m.end <= hi]


def _verb_at(
    masked: str, lo: int, hi: int, lang: str, *, remark: bool = False
) -> tuple[int, int, str] | None:
    """The first reporting verb of masked[lo:hi]; with `remark` (a dialogue line's author
    clause), a finite verb opening the clause counts too ("засміялася дослідниця")."""
    toks = tokens(masked, lo, hi)
    for k, tok in enumerate(toks):
        if _verb_token(toks, k, lang):
            return tok
    words = [t for t in toks if re.match(r"\w", t[2])]
    if remark and words and lang in MORPH_LANGS and _finite_verb(words[0][2], lang):
        return words[0]  # "— сміється студентка"
    if remark and lang not in MORPH_LANGS:
        for tok in words[:3]:
            if _en_remark(tok[2]):
                return tok
    return None


def _en_remark(word: str) -> bool:
    """An English remark verb in the past or present (laughed, smiles, shrugged, grinned)."""
    low = word.lower()
    return any(
        low in (lemma + "s", lemma + "d", lemma + "ed", lemma + lemma[-1] + "ed")
        for lemma in EN_REMARK_LEMMAS
    )


def _from_clause(
    masked: str,
    lo: int,
    hi: int,
    mentions: list[Mention],
    lang: str,
    *,
    after_quote: bool,
    remark: bool = False,
) -> Attribution | None:
    """The speaker in a reporting clause masked[lo:hi] (before or after the quote)."""
    found = _clause_speaker(masked, lo, hi, mentions, lang, after_quote=after_quote, remark=remark)
    if found is None or found.mention is None:
        return found
    m = found.mention
    if m.kind in ("role", "latter", "pronoun", "org") and ANONYMOUS_RE.search(masked, lo, hi):
        # "a ministry official, who asked not to be named"; "a manager at a distributor, who
        # declined to be named": an institution never asks that, its unnamed person speaks
        return Attribution(None, found.cue)
    before = m.antecedent if m.kind == "pronoun" and m.antecedent is not None else lo
    if before < lo and ANONYMOUS_RE.search(masked, before, lo):
        # "A buyer, speaking on condition of anonymity, predicted ... "…," he said."
        return Attribution(None, found.cue)
    return found


def _clause_speaker(
    masked: str,
    lo: int,
    hi: int,
    mentions: list[Mention],
    lang: str,
    *,
    after_quote: bool,
    remark: bool = False,
) -> Attribution | None:
    inside = _in(mentions, lo, hi)
    match = ACCORDING_RE.get(lang, ACCORDING_RE["en"]).search(masked, lo, hi)
    if match:
        statement = STATEMENT_RE.get(lang)
        ownerless = statement is not None and bool(statement.match(masked, match.start(), hi))
        for m in inside:
            if masked[m.end : m.end + 2] in ("'s", "’s"):
                continue  # "according to the club's press service": the press service
            if ownerless and m.kind == "pronoun":
                continue  # "в её сообщении": whose, below
            if m.start >= match.start() and _same_phrase(masked, match.end(), m.start):
                return Attribution(m, "according_to")
        pronoun = [m for m in inside if m.end <= match.end() + 1 and m.start >= match.start()]
        if ownerless:
            ruling = bool(_RULING_RE.search(masked, match.start(), hi))
            issuer = _issuer(mentions, lo, court=ruling)
            person = pronoun[0] if pronoun and pronoun[0].name else None
            since = lo if person is None or person.antecedent is None else person.antecedent
            if person is None or (issuer is not None and issuer.start > since):
                return Attribution(issuer, "according_to")  # named after the pronoun's person
        if pronoun:
            return Attribution(pronoun[0], "according_to")
    verb = _verb_at(masked, lo, hi, lang, remark=remark)
    if verb is None:
        return None
    cue = f"verb:{verb[2].lower()}"
    lemma = verb_lemma(verb[2], lang)
    if lemma in QUOTING_LEMMAS:  # "— цитує пресслужба суду суддю X": X speaks
        quoted = [m for m in inside if m.start >= verb[1] and m.kind != "org"]
        if quoted:
            return Attribution(quoted[-1], cue)
    addressee = None
    inverted = not re.search(r"\w", masked[lo : verb[0]])  # '"…?" asked Petrenko'
    if lemma in ASKING_LEMMAS and lang not in MORPH_LANGS and not inverted:
        # '"Would you sell?" we asked Petrenko': who is asked follows the verb
        asked = [m for m in inside if m.start >= verb[1]]
        addressee = asked[0] if asked else None
        inside = [m for m in inside if m.start < verb[0]]
    if lemma in _EN_TELLING_LEMMAS and lang not in MORPH_LANGS and not inverted:
        before = [m for m in inside if m.start < verb[0]]
        inside = before or inside  # '"…," Putin told Bush': Bush is the one told
    if lemma in ASKING_LEMMAS and lang in MORPH_LANGS:
        prep = _addressee_at(masked, verb[1], hi)
        if prep is None:
            prep = _asked_object(masked, inside, verb, lang)
        if prep is not None:
            asked = [m for m in inside if m.start >= prep]
            addressee = asked[-1] if asked else None
            inside = [m for m in inside if m.start < prep]
    found = _subject(masked, inside, verb, lang, cue, after_quote=after_quote)
    if found.mention is None and lang in MORPH_LANGS and _THERE_RE.search(masked, lo, hi):
        return Attribution(_issuer(mentions, lo), cue, addressee)  # "— заявили там."
    if found.mention is None and not after_quote:
        return Attribution(_named_company(masked, lo, verb, lang), cue, addressee)
    return Attribution(found.mention, cue, addressee)


_IN_TITLE_RE = re.compile(rf"(?:^|\s)[ВвУу]\s+({MASK}{{3,40}})(?=\s)")


# "там" (there) with an impersonal verb: the institution named before ("У фонді відкинули
# звинувачення. «…», — заявили там", "Там уточнили, что …").
_THERE_RE = re.compile(r"(?<!\w)там(?!\w)", re.IGNORECASE)


_RULING_RE = re.compile(rf"(?:{RULINGS})\b", re.IGNORECASE)


def _issuer(mentions: list[Mention], before: int, *, court: bool = False) -> Mention | None:
    """Who issued a statement named without its owner: the last institution or person that
    is no object, within 300 characters before the clause ("Міська адміністрація не
    згодна. «…», — ідеться в її заяві"); a ruling (`court`: "говорится в решении") is a
    court's, when one was named ("Как установил суд, предприятие ...")."""
    near = [
        m for m in mentions
        if before - 300 <= m.start < before and m.key and not m.oblique
        and m.kind in ("org", "name")
    ]  # fmt: skip
    courts = [m for m in near if m.key == "org:court"] if court else []
    return (courts or near or [None])[-1]


def _named_company(masked: str, lo: int, verb: tuple[int, int, str], lang: str) -> Mention | None:
    """uk/ru: an impersonal plural verb after "у «Name»" ("У «Дунай Терміналі» пояснюють"):
    the company of that name speaks (org:company)."""
    if lang not in MORPH_LANGS or _verb_tag(fold(verb[2]).lower(), lang) != ("plur", None):
        return None
    hit = _IN_TITLE_RE.search(masked, lo, verb[0])
    if hit is None:
        return None
    start, end = hit.span(1)
    name = masked[start:end]  # masked: the caller shows the text there (api._row)
    return Mention(start, end, name, "org", 0, False, name, "org:company")


def _asked_object(
    masked: str, inside: list[Mention], verb: tuple[int, int, str], lang: str
) -> int | None:
    """uk/ru: where the person asked begins when no у/в marks it: a name after the asking
    verb that can only be accusative ("запитали Галину Сидорчук"), or any name after it when
    a first-person subject asks ("запитали ми Пилипенко", "спросили мы Иванова")."""
    after = [m for m in inside if m.start >= verb[1] and m.kind == "name"]
    if not after:
        return None
    between = [w.lower() for _, _, w in tokens(masked, verb[1], after[0].start)]
    if {"ми", "мы", "я"} & set(between):
        return after[0].start
    parses = morph_parse(fold(after[0].text.split()[0]).lower(), lang)
    cases = {case for p in parses for case in {"nomn", "accs"} & grammemes(p.tag)}
    return after[0].start if cases == {"accs"} else None


def _addressee_at(masked: str, lo: int, hi: int) -> int | None:
    """Where the person asked begins: the first у/в after an asking verb."""
    for start, _end, word in tokens(masked, lo, hi):
        if word.lower() in _ADDRESSEE_PREPS:
            return start
    return None


def _subject(
    masked: str,
    inside: list[Mention],
    verb: tuple[int, int, str],
    lang: str,
    cue: str,
    *,
    after_quote: bool,
) -> Attribution:
    """The subject of a reporting verb among the clause's mentions."""
    subjects = [m for m in inside if not m.oblique]  # not "Her" of "Her coach", not Путіна
    subjects = [m for m in subjects if _agrees_with_verb(masked, m, verb[2], lang)]
    before = [m for m in subjects if m.end <= verb[0]]
    after = [m for m in subjects if m.start >= verb[1] and m.start - verb[1] <= 40]
    if not before and not after:  # "— говорит главврач городской больницы Галина Руденко"
        after = [m for m in subjects if m.start >= verb[1] and m.start - verb[1] <= 100]
    if any(not m.locative for m in before):  # "У Кремлі Пєсков заявив": Пєсков
        before = [m for m in before if not m.locative]
    if not after_quote and lang not in MORPH_LANGS:
        # English word order: before the quote, a name after the verb is its object
        # ("Villagers call the firebreaks around Zhurbyn «…»") unless it follows the verb
        # at once, titles aside ("said Halyna: «…»", "says Dr Halyna Rudenko")
        after = [m for m in after if not re.search(r"\b[a-z]", masked[verb[1] : m.start])]
    if after_quote and after and (not before or after[0].start - verb[1] <= 2):
        return Attribution(after[0], cue)
    if before:
        first_in_clause = before if after_quote else [before[-1]]
        if not after_quote:
            # the subject opens the clause: "Bush responded to Putin by saying"; a clause
            # after a comma has its own ("..., a result that coach X called «...»")
            subj = [m for m in before if m.sentence == before[-1].sentence]
            first_in_clause = _clause_subject(masked, subj, verb[0])[:1]
        return Attribution(first_in_clause[-1] if after_quote else first_in_clause[0], cue)
    if after:
        return Attribution(after[0], cue)
    return Attribution(None, cue)


def _clause_subject(masked: str, subj: list[Mention], verb_at: int) -> list[Mention]:
    """The subjects of the clause that holds the verb: those after the last comma before
    it ("..., a result that coach X called"), else a name set off by the last two commas
    ("his counterpart, Jan Nowicki, called"), else all (the first opens the sentence:
    "Kovalenko, who met Shmyhal on Monday, said")."""
    comma = masked.rfind(",", subj[0].end, verb_at)
    if comma < 0:
        return subj
    after = [m for m in subj if m.start > comma]
    if after:
        return after
    prev = masked.rfind(",", subj[0].start, comma)
    inside = [m for m in subj if prev < m.start and m.end <= comma]
    if prev >= 0 and len(inside) == 1:
        segment = masked[prev + 1 : comma].strip()
        if segment == masked[inside[0].start : inside[0].end].strip():
            return inside
    return subj


def _same_phrase(masked: str, lo: int, hi: int) -> bool:
    """masked[lo:hi] is the short run of words between "according to" / "за словами" and
    its person: no punctuation ("по словам официального представителя ведомства X")."""
    gap = re.sub(_TITLE_IN_GAP, " ", masked[lo:hi])  # "лидера профсоюза «Стальная колея» X"
    return len(gap) <= 80 and not re.search(r"[,.;:!?()«»\"“”—–]|" + MASK, gap)


_TITLE_IN_GAP = re.compile(rf"(?<=\s){MASK}{{1,40}}(?=\s)")


_COORD_RE = re.compile(r"\s*(?:,\s*)?(?:і|й|та|и|and)\s", re.IGNORECASE)


def _agrees_with_verb(masked: str, m: Mention, verb: str, lang: str) -> bool:
    """uk/ru: whether mention `m` can be the subject of `verb` by number and gender. A
    plural verb with no plural subject is impersonal ("В Офісі президента назвали",
    "як попередили в міністерстві"): only an institution or coordinated people fit it."""
    if lang not in MORPH_LANGS:
        return True
    tag = _verb_tag(fold(verb).lower(), lang)
    if tag is None:
        return True
    number, gender = tag
    if number == "plur":
        return m.kind == "org" or bool(_COORD_RE.match(masked, m.end))
    if gender in ("masc", "femn") and m.kind == "pronoun":  # a name's gender is a guess
        return m.gender is None or m.gender == gender
    return True


@functools.lru_cache(maxsize=65536)
def _verb_tag(word: str, lang: str) -> tuple[str | None, str | None] | None:
    """(number, gender) of a finite verb form when every verb reading agrees, else None."""
    readings = {
        (p.tag.number, p.tag.gender)
        for p in analyzer(lang).parse(word)
        if p.tag.POS == "VERB" and (p.tag.tense == "past" or p.tag.person == "3per")
    }
    return readings.pop() if len(readings) == 1 else None


def post_clause(
    text: str, masked: str, close_at: int, content_end: int, *, fragment: bool = False
) -> tuple[int, int]:
    """The clause that follows a quote when it reports it (", — заявив X.", '," he said')."""
    marks = "»“”\"'’‘ "
    inside = text[content_end:close_at].rstrip(marks)
    # the quote's last character, past a nested quote's closing mark ('… asking, "When?"')
    last = inside[-1:] or text[max(0, content_end - 8) : content_end].rstrip(marks)[-1:]
    hit = _CLAUSE_END_RE.search(masked, close_at)
    hi = min(hit.start() if hit else len(masked), close_at + 160)
    head = masked[close_at:hi].lstrip()
    if not head:
        return close_at, close_at
    if _CONJUNCTION_RE.match(head):
        return close_at, close_at  # "пообіцяла «A», але не уточнила": a new clause
    if head[0] in ",—–:" or last in ",!?…":
        return close_at, hi
    comma = masked.rfind(",", close_at, hi)
    if fragment and comma >= 0 and MASK not in masked[close_at:hi] and _ends_sentence(masked, hi):
        return comma + 1, hi  # 'stop at "half past midnight" this year, the mayor said.'
    return close_at, close_at


def _ends_sentence(masked: str, at: int) -> bool:
    return masked[at : at + 1] in (".", "!", "") or masked[at : at + 2] == "\n"


# A clause after a quote that opens with a conjunction is the sentence going on, not the
# quote's reporting clause.
_CONJUNCTION_RE = re.compile(
    r",?\s*(?:але|проте|однак|однако|но|а|і|й|та|и|but|however|while|whereas|though|and)\s",
    re.IGNORECASE,
)


_TITLE_MAX_CHARS = 40
_SENTENCE_END_RE = re.compile(r"[.!?…;]+(?=\s|$)|\n")


def _past_title(masked: str, at: int) -> int:
    """The end of the clause that a short quotation at `at` interrupts (a name in quote
    marks), or `at` itself when the quotation is long or ends the clause."""
    end = at
    while end < len(masked) and masked[end] == MASK:
        end += 1
    if end - at > _TITLE_MAX_CHARS:
        return at
    hit = _SENTENCE_END_RE.search(masked, end)
    return min(hit.start() if hit else len(masked), at + 160)


def pre_clause(
    masked: str, open_at: int, floor: int, *, stop_at_quotes: bool = True
) -> tuple[int, int]:
    """The clause before a quote, back to the previous sentence end or (unless
    `stop_at_quotes` is false) the previous quote."""
    para = masked.rfind("\n\n", 0, open_at)
    lo = max(floor, para + 2 if para >= 0 else 0)
    for match in BOUNDARY_RE.finditer(masked, lo, open_at):
        lo = match.end()
    masks = masked.rfind(MASK, lo, open_at) if stop_at_quotes else -1
    if masks >= 0:
        lo = masks + 1
    return lo, open_at


def _past_previous_report(text: str, masked: str, lo: int, hi: int, lang: str) -> int:
    """A clause that opens right after an earlier quote with that quote's own reporting
    clause ('"A," spokesman X said, while his counterpart Y called it «B»'): the clause of
    the next quote starts after the comma that closes the first reporting verb's clause.
    A short quotation before the clause (a name in quote marks) has no reporting clause."""
    start = lo
    while start > 0 and masked[start - 1] == MASK:
        start -= 1
    reported = "," in text[max(start, lo - 3) : lo] or masked[lo:hi].lstrip()[:1] in ",—–"
    if lo == start or (lo - start <= _TITLE_MAX_CHARS and not reported):
        return lo  # no quote, or a name in quote marks («Дніпра»)
    verb = _verb_at(masked, lo, hi, lang)
    if verb is None:
        return lo
    comma = masked.find(",", verb[1], hi)
    if comma < 0 or re.search(r"[.!?…](?:\s|$)", masked[lo:hi].rstrip()):
        return lo  # no comma after the verb, or the clause is a whole sentence
    return comma + 1


def _according_before(
    masked: str, open_at: int, mentions: list[Mention], lang: str
) -> Attribution | None:
    """The source named by an "according to" phrase that opens the quote's clause ("За
    словами мешканців, воду «…»"): it holds for the quote, whatever verb follows it."""
    lo, hi = pre_clause(masked, open_at, 0)
    first = lo + len(masked[lo:hi]) - len(masked[lo:hi].lstrip())
    if not ACCORDING_RE.get(lang, ACCORDING_RE["en"]).match(masked, first):
        return None
    if re.search(r"[.!?…]\s", masked[first:open_at]):
        return None  # the phrase opens an earlier sentence
    found = _from_clause(masked, lo, hi, mentions, lang, after_quote=False)
    return found if found is not None and found.cue == "according_to" else None


def _earlier_quotes(masked: str, lo: int, hi: int) -> bool:
    """The clause text[lo:hi] follows an earlier quote and ends its sentence right before the
    next one: the earlier quote's reporting clause."""
    return masked[lo - 1 : lo] == MASK and bool(re.search(r"[.!?…]$", masked[lo:hi].rstrip()))


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
    remark: bool = False,
) -> Attribution:
    """The speaker of the quotation at text[open_at:close_at] and how it was cued; `remark`:
    the quote is a dialogue line, whose author clause may use any verb."""
    if author is not None:
        found = _from_clause(
            masked, author[0], author[1], mentions, lang, after_quote=True, remark=remark
        )
        if found is not None:
            return found
    according = _according_before(masked, open_at, mentions, lang)
    if according is not None:
        return according  # "По словам сотрудников, ... «A» ..., но в пресс-службе отрицают"
    # a quotation opening in lower case is a fragment of a sentence: a reporting clause
    # may end that sentence after a comma (a capitalised one may be a title: «Carmen»)
    fragment = text[open_at + 1 : open_at + 2].islower()
    lo, hi = post_clause(text, masked, close_at, content_end, fragment=fragment)
    if hi > lo:
        found = _from_clause(masked, lo, hi, mentions, lang, after_quote=True, remark=True)
        if found is not None and found.mention is None and masked[hi : hi + 1] == MASK:
            # a name in quote marks cut the clause ("— заявив голова «Укренерго» Кудрицький")
            wider = _from_clause(
                masked, lo, _past_title(masked, hi), mentions, lang, after_quote=True
            )
            if wider is not None and wider.mention is not None:
                return wider
        if found is not None:
            return found
    lo, hi = pre_clause(masked, open_at, 0)
    lo = _past_previous_report(text, masked, lo, hi, lang)
    if hi > lo:
        found = _from_clause(masked, lo, hi, mentions, lang, after_quote=False)
        if found is None or found.mention is None:
            # a reporting verb whose subject stands before an earlier quote of the sentence
            # ("He called it «A» and warned that «B»", "X, who beat «Dnipro», said that",
            # "the Kremlin said the so-called «A» remained «B»")
            wide = pre_clause(masked, open_at, 0, stop_at_quotes=False)[0]
            wider = None
            if wide < lo:
                wider = _from_clause(masked, wide, hi, mentions, lang, after_quote=False)
            if wider is not None and wider.mention is not None:
                return wider
        if found is not None and found.mention is None and _earlier_quotes(masked, lo, hi):
            return NONE  # '"A," said librarian X. "B"': A's clause; B continues A's speaker
        if found is not None:
            return found
        if masked[lo:hi].rstrip().endswith(":"):
            inside = [m for m in _in(mentions, lo, hi) if not m.oblique]  # not "behind her:"
            return Attribution(inside[-1] if inside else None, "colon")
    return NONE
