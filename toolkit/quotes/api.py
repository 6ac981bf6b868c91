"""Extracting the quotes of a version into a schemas.QUOTES frame.

Example:
    >>> text = "«Ми готові», — заявив Путін."
    >>> extract_quotes(text, "uk", [(0, len(text))], version_id="x.uk")["speaker_key"].to_list()
    ['putin']
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from importlib.metadata import PackageNotFoundError, version
from typing import TYPE_CHECKING

import polars as pl

from toolkit.english import en_words
from toolkit.errors import InputError
from toolkit.morph import MORPH_LANGS, analyzer, fold, grammemes
from toolkit.quotes import anaphora, lexicon, marks, mentions, speakers
from toolkit.quotes.names import speaker_key
from toolkit.quotes.pairing import PairParams
from toolkit.schemas import QUOTES

if TYPE_CHECKING:
    from toolkit.quotes.marks import Span

LANGS = ("en", "uk", "ru")
FRAGMENT_WORDS = 3
TITLE_MAX_WORDS = 6
_NAME_TAGS = frozenset({"Name", "Surn", "Patr", "Geox", "Orgn"})


def is_fragment(text: str) -> bool:
    """Whether a quote's text is FRAGMENT_WORDS words or fewer (a fragment, the `fragment`
    column): a scare quote or a quoted term unless someone is said to say it."""
    return len(text.split()) <= FRAGMENT_WORDS


def _pymorphy_version() -> str:
    try:
        return version("pymorphy3")
    except PackageNotFoundError:  # pragma: no cover
        return "none"


# RULES names the revision of the quote, speaker and pairing rules: raise it when they change.
RULES = 40
QUOTES_SIGNATURE = (
    f"marks+dash+rules{RULES}+pymorphy3@{_pymorphy_version()},frag<={FRAGMENT_WORDS},"
    + PairParams().fragment()
)


def extract_quotes(
    text: str,
    lang: str,
    sentences: pl.DataFrame | Sequence[tuple[int, int]],
    *,
    version_id: str,
) -> pl.DataFrame:
    """The quotes of `text` (language `lang`) as a schemas.QUOTES frame.

    Args:
        text: the version's normalised text.
        lang: "en", "uk" or "ru".
        sentences: a schemas.SENTENCES frame or (start, end) spans of the sentences.
        version_id: the version id used in `version` and `quote_id`.

    Raises:
        InputError: `lang` is not one of en, uk, ru.
    """
    if lang not in LANGS:
        raise InputError(f"quotes: unknown language {lang!r}; valid: {', '.join(LANGS)}")
    spans = find_spans(text, lang)
    sent_spans = _sentence_spans(sentences)
    masked = mask(text, spans)
    people = anaphora.resolve(mentions.MentionFinder(masked, lang).find(), lang=lang)
    rows = []
    for index, span in enumerate(spans):
        rows.append(_row(text, masked, span, spans, index, people, lang, sent_spans))
    _inherit(rows, text, spans, people, lang)
    _repeated(rows, text)
    for index, row in enumerate(rows):
        row["version"] = version_id
        row["quote_id"] = f"{version_id}:q{index}"
        parent = spans[index].parent
        row["parent"] = None if parent is None else f"{version_id}:q{parent}"
        row.pop("_attr", None)
    return pl.DataFrame(rows, schema=QUOTES, orient="row") if rows else _empty()


def _empty() -> pl.DataFrame:
    return pl.DataFrame(schema=QUOTES)


def quotes_for_version(version: object, sentences: pl.DataFrame) -> pl.DataFrame:
    """The quotes of a `toolkit.ingest.Version` given its sentences frame."""
    return extract_quotes(version.text, version.lang, sentences, version_id=version.version_id)  # type: ignore[attr-defined]


def find_spans(text: str, lang: str) -> list[Span]:
    """Every quoted span of `text`: marked quotes (interruptions merged) and dash dialogue."""

    def reporting(clause: str) -> bool:
        return speakers.is_reporting(clause, lang)

    found = marks.find_marked(text)
    top = [s for s in found if s.parent is None]
    inner = [s for s in found if s.parent is not None]
    remark = functools.partial(speakers.is_author_remark, lang=lang)
    top = [marks.split_interrupted(text, s, is_reporting=remark) for s in top]
    top = marks.merge_interrupted(text, top, is_reporting=reporting)
    spans = top + inner
    if lang in MORPH_LANGS:
        for line in marks.find_dialogue(text, is_reporting=remark):
            spans.append(line)
    return marks.nest(_dedupe(spans))


def _dedupe(spans: list[Span]) -> list[Span]:
    """Drop a dialogue span that is just one marked span (— «…»)."""
    keyed = {}
    for span in spans:
        keyed.setdefault((span.start, span.end), span)
    return list(keyed.values())


def mask(text: str, spans: list[Span]) -> str:
    """`text` with every quotation blanked by "_" (line breaks and author clauses kept)."""
    chars = list(text)
    for span in spans:
        if span.parent is not None:
            continue
        for i in range(span.open_at, span.close_at):
            if chars[i] != "\n":
                chars[i] = mentions.MASK
        if span.author is not None:
            a, b = span.author
            while a > span.open_at and text[a - 1].isspace():
                a -= 1  # the spaces around the clause too: "the lawyer said" keeps its \b
            while b < span.close_at and text[b].isspace():
                b += 1
            chars[a:b] = text[a:b]
    return "".join(chars)


def _sentence_spans(
    sentences: pl.DataFrame | Sequence[tuple[int, int]],
) -> list[tuple[int, int, int]]:
    if isinstance(sentences, pl.DataFrame):
        return [
            (int(r["sent_id"]), int(r["start"]), int(r["end"]))
            for r in sentences.select("sent_id", "start", "end").iter_rows(named=True)
        ]
    return [(i, int(a), int(b)) for i, (a, b) in enumerate(sentences)]


def _sent_ids(start: int, end: int, sents: list[tuple[int, int, int]]) -> list[int]:
    ids = [i for i, a, b in sents if a < end and start < b]
    if not ids:
        ids = [i for i, a, b in sents if a <= start <= b][:1]
    return sorted(ids)


def _row(
    text: str,
    masked: str,
    span: Span,
    spans: list[Span],
    index: int,
    people: list[mentions.Mention],
    lang: str,
    sents: list[tuple[int, int, int]],
) -> dict[str, object]:
    quoted = " ".join(text[a:b] for a, b in span.parts)
    if span.parent is not None and spans[span.parent].style != "—":
        attr = speakers.NONE
    else:
        attr = speakers.attribute(
            text,
            masked,
            open_at=span.open_at,
            close_at=span.close_at,
            content_end=span.end,
            author=span.author,
            mentions=people,
            lang=lang,
            remark=span.style == "—" or len(span.parts) > 1,
        )
        if attr.cue == "none" and span.style == "—":
            attr = speakers.Attribution(None, "dash")
    kind = "title" if _is_title(text, span, quoted, attr, lang) else "speech"
    if kind == "title" or _so_called(text, span):
        attr = speakers.NONE  # "the so-called «optimisation»": a word held at a distance
    mention = attr.mention
    name = mention.name if mention is not None else None
    if name and mentions.MASK in name:  # a company named by a title («Дунай Термінал»)
        name = text[mention.start : mention.end].strip('«»"“”„ ')  # type: ignore[union-attr]
    key = mention.key if mention is not None and mention.key else None
    return {
        "start": span.start,
        "end": span.end,
        "sent_ids": _sent_ids(span.start, span.end, sents),
        "text": quoted,
        "speaker": name,
        "speaker_key": key if name else None,
        "cue": attr.cue,
        "kind": kind,
        "fragment": is_fragment(quoted),
        "_attr": attr,
    }


def _is_title(text: str, span: Span, quoted: str, attr: speakers.Attribution, lang: str) -> bool:
    """Names and titles in quote marks: «Нафтогаз», "Servant of the People"."""
    words = quoted.split()
    if span.style == "—" or len(span.parts) > 1 or not words:
        return False
    if _TITLED_RE.search(text[max(0, span.open_at - 30) : span.open_at]):
        return True  # "a petition titled «Don't take away our ward»", "known as the "…""
    if len(words) > TITLE_MAX_WORDS:
        return False
    if _so_called(text, span):
        return False  # "the so-called «optimisation»": someone's word, held at a distance
    if quoted[-1] in ".!?…:;," or not (quoted[0].isupper() or quoted[0].isdigit()):
        return False
    before = text[: span.open_at].rstrip()
    if before.endswith(":") and before[-2:-1] not in '»”"“':
        return False  # a colon introduces speech (not a headline's: «Quote»: «Team» sold X)
    if _after_preposition(text, span.open_at, lang) and not _has_verb(quoted, lang):
        return True  # "a column for «Української правди»", "from "Metalist""
    if _cue_word_near(text, span, lang):
        return True
    if _noun_before(text, span.open_at, lang) and not _has_verb(quoted, lang):
        return True  # "фірма «Карпатмістбуд»", "на пункті пропуску «Грабове — Лесна Воля»"
    if _foreign_name(quoted, lang) or _subject_of_verb(text, span.close_at, lang):
        return True  # "сказала она «Post»", "что «Рейнджерс» может"
    if _transliterated_name(quoted, lang):
        return True  # the "Zolotyi Ranok" dairy, the "Karpatskyi Ekspres" train
    if (
        _appositive_title(text, span, lang) or _cue_word_behind(text, span, lang)
    ) and not _has_verb(quoted, lang):
        return True  # "a 1912 painting by Mykhailo Drabyna, "Girl with Sunflowers", along"
    if _named_by_verb(text, span.open_at, lang) and not _has_verb(quoted, lang):
        return True  # "which the ministry calls "Healthy Generation"", "назвали «Х»"
    if not quoted[0].isupper() or attr.cue.startswith("verb") or attr.cue == "colon":
        return False
    if attr.cue == "according_to":
        return False
    return not _has_verb(quoted, lang)


def _so_called(text: str, span: Span) -> bool:
    """ "so-called", "так звана", "так называемый" right before the marks."""
    return bool(lexicon.SO_CALLED_RE.search(text, max(0, span.open_at - 30), span.open_at))


_PREPOSITIONS = {
    lang: frozenset(words.split())
    for lang, words in (
        ("en", "for from in of at by with on to about against under"),
        ("uk", "для у в від з із до на про за через під над при проти по"),
        ("ru", "для у в во от из с со до на о об про за через под над при против по"),
    )
}


_TITLED_RE = re.compile(
    r"(?:\b(?:en)?titled|під назвою|з назвою|под названием|с названием|"
    r"\bknown (?:\w+ )?as(?: the| a)?|відом\w* як|известн\w* как|"
    r"\b(?:banners?|placards?|posters?|slogans?|signs?) (?:\w+ )?(?:read|reading|saying):?|"
    r"(?:бан+ер|плакат|транспарант|гасло|лозунг)\w* (?:\w+ )?(?:закликав|закликали|з написом|"
    r"с надписью|гласил\w*|призывал\w*):?|"
    r"\b(?:бан+ер|плакат|транспарант|гасло|лозунг|banner|placard|slogan)\w{0,3}:?|"
    r"\b(?:notices?|inscriptions?|оголошенн[яі]|напис(?:и|ом)?|табличк[аиу]|вивіск[аиу]|"
    r"объявлени[ея]|надпис(?:ь|ью|и)|вывеск[аиу])\b[^.!?«»\"“”„]{0,40}:)\s*$",
    re.IGNORECASE,
)
_NAMING_LEMMAS = frozenset(
    ["call", "name", "dub", "christen", "title", "entitle", "назвати", "називати", "назвать",
     "называть", "озаглавити", "озаглавить", "називатися", "называться", "зватися", "зваться"]
)  # fmt: skip


_REFLEXIVES = frozenset(["itself", "themselves", "himself", "herself", "себе", "себя"])


def _named_by_verb(text: str, open_at: int, lang: str) -> bool:
    """A verb of naming right before the quotation: what follows is the name it gives."""
    before = mentions.tokens(text, max(0, open_at - 40), open_at)[-2:]
    if len(before) > 1 and fold(before[-1][2]).lower() in _REFLEXIVES:
        before = before[:-1]  # "a group calling itself "Grey Harrow""
    if not before:
        return False
    word = fold(before[-1][2]).lower()
    if lang not in MORPH_LANGS:
        return lexicon.EN_VERB_LEMMA.get(word, word) in _NAMING_LEMMAS or word in (
            "named",
            "names",
            "christened",
        )
    return any(
        p.tag.POS in ("VERB", "INFN") and fold(p.normal_form) in _NAMING_LEMMAS
        for p in analyzer(lang).parse(word)
    )


def _after_preposition(text: str, open_at: int, lang: str) -> bool:
    """The quotation directly follows a preposition, perhaps over an English article (its
    object: a name, not speech: "under the "Programme of Medical Guarantees"")."""
    before = [w.lower() for _, _, w in mentions.tokens(text, max(0, open_at - 24), open_at)]
    if lang == "en" and before and before[-1] in ("the", "a", "an"):
        before = before[:-1]
    return bool(before) and before[-1] in _PREPOSITIONS[lang]


def _noun_before(text: str, open_at: int, lang: str) -> bool:
    """uk/ru: a common noun right before the marks names what the quotation is ("катер
    «Слобожанка»", "класу «Баден-Вюртемберг»", "ФК «Рейнджерс»"). Not a person addressed
    after a verb ("сказав журналістам «Ні»"), nor a name (a speaker: "Зеленський «…»")."""
    if lang not in MORPH_LANGS:
        return False
    before = mentions.tokens(text, max(0, open_at - 60), open_at)[-2:]
    if not before or text[before[-1][1] : open_at].strip() or not re.match(r"\w", before[-1][2]):
        return False
    word = before[-1][2]
    tag = analyzer(lang).parse(fold(word).lower())[0].tag
    if tag.POS != "NOUN" or (grammemes(tag) & _NAME_TAGS and not word.isupper()):
        return False  # an abbreviation passes (КП «Коростентепло», ФК «Рейнджерс»)
    return not _addressee(before, lang)


def _addressee(before: list[tuple[int, int, str]], lang: str) -> bool:
    """uk/ru: the last of `before` is a dative right after a verb: the person spoken to
    ("сказав журналістам «Дякуємо»"), not what the quotation names."""
    if len(before) < 2:
        return False
    word, verb = (analyzer(lang).parse(fold(w).lower())[0].tag for _, _, w in before[-1:-3:-1])
    return "datv" in word and verb.POS in ("VERB", "INFN")


def _foreign_name(quoted: str, lang: str) -> bool:
    """uk/ru: one or two capitalised Latin-script words with no Cyrillic letter («Post», «Die
    Zeit»): the name of a foreign outlet or brand, not speech translated into the text."""
    words = quoted.split()
    return (
        lang in MORPH_LANGS
        and len(words) <= 2
        and all(re.fullmatch(r"[A-Z][A-Za-z'&.-]*", w) for w in words)
    )


def _transliterated_name(quoted: str, lang: str) -> bool:
    """English: one to four capitalised words, each with a part of three letters or more
    that is no English word ("Zolotyi Ranok", "Kordon-Online"; not "No"): a Ukrainian or
    Russian name spelt out in Latin."""
    words = quoted.split()
    if lang in MORPH_LANGS or not 1 <= len(words) <= 4:
        return False
    return all(
        word[:1].isupper()
        and any(part.lower() not in en_words() for part in re.findall(r"[A-Za-z]{3,}", word))
        for word in words
    )


def _subject_of_verb(text: str, close_at: int, lang: str) -> bool:
    """uk/ru: a finite verb right after the closing mark, with no punctuation between:
    the quotation is the subject of the clause («Рейнджерс» може, «Нафтогаз» заявив)."""
    if lang not in MORPH_LANGS:
        return False
    after = mentions.tokens(text, close_at, min(len(text), close_at + 40))[:1]
    if not after or text[close_at : after[0][0]].strip() or not re.match(r"\w", after[0][2]):
        return False
    return analyzer(lang).parse(fold(after[0][2]).lower())[0].tag.POS == "VERB"


def _cue_word_near(text: str, span: Span, lang: str) -> bool:
    """A title noun right before or after the marks: компанія «…», the "…" programme."""
    before = mentions.tokens(text, max(0, span.open_at - 40), span.open_at)[-2:]
    after = mentions.tokens(text, span.close_at, min(len(text), span.close_at + 40))[:1]
    if lang in MORPH_LANGS and before and not _addressee(before, lang):
        low = fold(before[-1][2]).lower()  # голова «Укренерго», тренер «Динамо»: an organisation
        if fold(analyzer(lang).parse(low)[0].normal_form) in lexicon.ROLE_HEADS:
            return True
    for _, _, word in before[-1:] + after:
        low = fold(word).lower()
        if lang in MORPH_LANGS:
            low = fold(analyzer(lang).parse(low)[0].normal_form)
        if low in lexicon.TITLE_CUES or any(
            low.endswith(c) for c in lexicon.TITLE_CUES if len(c) >= 6
        ):
            return True
    return False


def _cue_word_behind(text: str, span: Span, lang: str) -> bool:
    """uk/ru: a title noun among the three words before the quotation, with no verb or
    punctuation between ("монографії про Драбину «Художник світла»", "на YouTube-каналі
    федерації «Шахова Україна»")."""
    if lang not in MORPH_LANGS:
        return False
    for _, _, word in reversed(mentions.tokens(text, max(0, span.open_at - 60), span.open_at)[-3:]):
        if not re.match(r"\w", word):
            return False
        parse = analyzer(lang).parse(fold(word).lower())[0]
        if parse.tag.POS in ("VERB", "INFN", "GRND", "PRTS"):
            return False
        lemma = fold(parse.normal_form)
        if lemma in lexicon.TITLE_CUES or lemma.split("-")[-1] in lexicon.TITLE_CUES:
            return True
    return False


def _appositive_title(text: str, span: Span, lang: str) -> bool:
    """A quotation set off by commas or dashes after a phrase with a title or company noun in
    its last six words ("the only monograph on Drabyna, "The Painter of Light", says", "the
    contractor, "Mostobud-Pivden", was chosen", "Ця газета — «Сорочинський вісник» —
    виходить раз на тиждень")."""
    before = text[max(0, span.open_at - 80) : span.open_at].rstrip()
    after = text[span.close_at : span.close_at + 2].lstrip()
    commas = before.endswith(",") and after[:1] in (",", ")")
    dashes = before.endswith(("—", "–")) and after[:1] in ("—", "–")
    if not (commas or dashes):
        return False
    for _, _, word in mentions.tokens(before)[-7:-1]:
        low = fold(word).lower()
        if lang in MORPH_LANGS:
            low = fold(analyzer(lang).parse(low)[0].normal_form)
        if low in lexicon.TITLE_CUES or low in lexicon.COMPANY_NOUNS:
            return True
    return False


def _has_verb(quoted: str, lang: str) -> bool:
    if lang in MORPH_LANGS and re.search(r"\s[—–]\s", quoted):
        return True  # a dash stands for the copula: «Шахтар — це Донецьк»
    words = [w for _, _, w in mentions.tokens(quoted) if re.match(r"\w", w)]
    if lang not in MORPH_LANGS:
        return any(
            w.lower() in lexicon.EN_AUX
            or w.lower() in lexicon.EN_VERBS
            or w.lower().endswith("n't")
            for w in words
        )
    morph = analyzer(lang)
    return any(morph.parse(w.lower())[0].tag.POS in ("VERB", "INFN") for w in words)


_RELATIVE = re.compile(
    r"\s*,\s*(?:who|whose|який|яка|які|якого|якої|котрий|котра|который|которая|которые|"
    r"которого|которой)\b[^.!?…]*",
    re.IGNORECASE,
)


def _relative_clause(
    text: str, between: tuple[int, int], people: list[mentions.Mention], key: object
) -> tuple[int, int]:
    """The relative clause about the speaker in the text between two quotes ('," said
    coach X, who gave Kulyk his debut. "'): the people it names are no new speakers.
    (0, 0) when there is none."""
    for m in people:
        if between[0] <= m.start < between[1] and m.key == key:
            clause = _RELATIVE.match(text, m.end, between[1])
            if clause is not None:
                return clause.start(), clause.end()
    return 0, 0


def _inherit(
    rows: list[dict[str, object]],
    text: str,
    spans: list[Span],
    people: list[mentions.Mention],
    lang: str,
) -> None:
    """A speech quote with no reporting clause continues the previous speaker's words when
    nothing but the quote's own sentence lies between them. Dialogue lines alternate
    speakers: an unattributed line takes the speaker of the line two before it."""
    last: dict[str, object] | None = None
    last_close, last_style = 0, ""
    dialogue: list[dict[str, object]] = []  # the current run of adjacent dialogue lines
    for row, span in zip(rows, spans, strict=True):
        if row["kind"] != "speech" or span.parent is not None:
            continue
        adjacent = last is not None and not text[last_close : span.open_at].strip(" \t\n—–-")
        if span.style != "—" or not adjacent:
            dialogue = []
        if span.style == "—":
            dialogue.append(row)
        unattributed = row["speaker"] is None and row["cue"] in ("none", "dash")
        if unattributed and span.style == "—" and _question(row):
            pass  # an interviewer's question: nobody named
        elif unattributed and span.style == "—" and len(dialogue) == 1:
            introduced = _colon_intro(text, span.open_at, people) or _asked_before(
                text, span.open_at, people, lang
            )
            if introduced is not None:
                row["speaker"], row["speaker_key"] = introduced.name, introduced.key
        elif unattributed and span.style == "—" and len(dialogue) > 1 and _question(dialogue[-2]):
            answerer = _answerer(dialogue, text, people)
            if answerer is not None:
                row["speaker"], row["speaker_key"] = answerer
        elif unattributed and span.style == "—" and len(dialogue) > 1:
            source = dialogue[-3] if len(dialogue) > 2 else None
            if source is not None:
                row["speaker"], row["speaker_key"] = source["speaker"], source["speaker_key"]
        elif (
            unattributed
            and last is not None
            and last["speaker"] is not None
            and not (span.style == "—" and last_style != "—")  # an interviewer's question
            and not _in_narrative(text, span)  # the author's own words in quote marks
        ):
            between = (last_close, span.open_at)
            aside = _relative_clause(text, between, people, last["speaker_key"])
            others = [
                m
                for m in people
                if between[0] <= m.start < between[1]
                and m.key != last["speaker_key"]
                and (m.kind != "org" or m.first)  # "said at the ministry" names no one new
                and not aside[0] <= m.start < aside[1]
            ]
            if not others and text.count("\n\n", *between) <= 1:
                row["speaker"], row["speaker_key"] = last["speaker"], last["speaker_key"]
        colon = row["cue"] == "colon" and span.style != "—" and not _in_headline(text, span.start)
        if row["speaker"] is None and colon:
            named = [m for m in people if m.kind == "name"]  # not "behind her was less kind:"
            subject = _colon_intro(text, span.open_at, named)  # "Відповідь Савчука коротка:"
            if subject is not None:
                row["speaker"], row["speaker_key"] = subject.name, subject.key
        if row["speaker"] is None and unattributed and span.style != "—":
            subject = _colon_intro(text, span.open_at, people) or _sentence_before(
                text, span, people
            )
            if subject is not None:
                row["speaker"], row["speaker_key"] = subject.name, subject.key
        last, last_close, last_style = row, span.close_at, span.style


def _asked_before(
    text: str, open_at: int, people: list[mentions.Mention], lang: str
) -> mentions.Mention | None:
    """The person asked in the sentence right before a dialogue line ("Ми запитали Галину
    Сидорчук, за чим вона сумуватиме. / — За першим криком."): the first person named after
    an asking verb there."""
    before = text[:open_at].rstrip(" \t\n—–-")
    start = _last_sentence_start(before, (". ", "! ", "? ", "\n"))
    toks = mentions.tokens(text, start, len(before))
    for k, (_start, tok_end, word) in enumerate(toks):
        if speakers.verb_lemma(word, lang) in speakers.ASKING_LEMMAS:
            asked = [
                m for m in people
                if tok_end <= m.start < len(before) and m.name and m.kind == "name"
            ]  # fmt: skip
            if not asked and any(w.lower() in _ASKED_PRONOUNS for _, _, w in toks[k + 1 : k + 4]):
                return _last_person(people, start)  # "Мы спросили его, чем ценна находка."
            return asked[0] if asked else None
    return None


# Object forms of "he" / "she" after an asking verb ("запитали його", "спросили её").
_ASKED_PRONOUNS = frozenset(
    {"його", "її", "йому", "їй", "него", "неё", "нее", "ему", "ей", "его", "её", "ее", "him",
     "her"}
)  # fmt: skip


def _last_person(
    people: list[mentions.Mention], before: int, *, since: int = 0
) -> mentions.Mention | None:
    """The last person (a name, or a pronoun or role resolved to one) mentioned between
    positions `since` and `before`."""
    named = [m for m in people if since <= m.start < before and m.name and m.kind != "org"]
    return named[-1] if named else None


def _repeated(rows: list[dict[str, object]], text: str) -> None:
    """A speech quote longer than a fragment, with no speaker, whose words recur, in order,
    in another attributed quote of the same text (not one it is nested in) takes that
    speaker (a headline quoting the body: "Ex-chief jailed: 'I have never taken a hryvnia'").
    A headline's quote may also shorten the body's words: then the attributed quote that
    shares most of its word stems (at least half of them, and two) gives the speaker.
    A headline quote takes the body's speaker even when the headline seemed to name one
    ("Court blocks sale of park: "The land belongs to the city"", "wrote on Facebook: "…""),
    and a headline "title" whose words recur in a speech quote of the body is that speech."""
    words_of = [_WORDS_RE.findall(str(row["text"]).lower()) for row in rows]
    attributed = [
        (row, words)
        for row, words in zip(rows, words_of, strict=True)
        if row["kind"] == "speech" and row["speaker"] is not None
    ]
    for row, words in zip(rows, words_of, strict=True):
        headline = _in_headline(text, int(row["start"]))  # type: ignore[call-overload]
        if row["kind"] != "speech" and not (headline and row["kind"] == "title"):
            continue
        if row["speaker"] is not None and not headline:
            continue
        short = len(words) <= FRAGMENT_WORDS  # a scare-quoted phrase may be anybody's ...
        if short and not (headline and len(words) > 1):  # ... unless a headline repeats it
            continue
        others = [
            (other, other_words) for other, other_words in attributed
            if other is not row
            and not (other["start"] <= row["start"] and row["end"] <= other["end"])  # type: ignore[operator]
            and not (headline and _in_headline(text, int(other["start"])))  # type: ignore[call-overload]
        ]  # fmt: skip
        source = next((o for o, o_words in others if _runs_inside(words, o_words)), None)
        if source is None and headline and row["kind"] == "speech" and not short:
            source = _closest_by_stems(words, others)
        if source is not None:
            row["speaker"], row["speaker_key"] = source["speaker"], source["speaker_key"]
            row["kind"] = "speech"


def _in_headline(text: str, pos: int) -> bool:
    """Position `pos` lies in a first paragraph of one line that ends without a full stop,
    with more paragraphs after it (the body)."""
    first, _, body = text.partition("\n\n")
    one_line = "\n" not in first.strip() and not first.rstrip().endswith(".")
    return pos < len(first) and one_line and bool(body.strip())


def _stems(words: list[str]) -> set[str]:
    return {w[:5] for w in words if len(w) >= 4}


def _closest_by_stems(
    words: list[str], others: list[tuple[dict[str, object], list[str]]]
) -> dict[str, object] | None:
    """The quote (of `others`, each with its words) sharing most word stems (first five
    letters) with `words`: at least half of them and two."""
    mine = _stems(words)
    best, best_shared = None, 1
    for other, other_words in others:
        shared = len(mine & _stems(other_words))
        if shared > best_shared and shared * 2 >= len(mine):
            best, best_shared = other, shared
    return best


_WORDS_RE = re.compile(r"\w+")


def _runs_inside(words: list[str], longer: list[str]) -> bool:
    """Whether `words` occur in `longer` as one contiguous run."""
    n = len(words)
    return any(longer[k : k + n] == words for k in range(len(longer) - n + 1))


def _colon_intro(
    text: str, open_at: int, people: list[mentions.Mention]
) -> mentions.Mention | None:
    """The person of a sentence that ends with a colon right before a dialogue line or a
    quotation ("Із губернатором вона не згодна: / — Під контролем? ...", "Своє рішення
    Варела пояснив у відеозверненні: / «…»"): its last named mention."""
    before = text[:open_at].rstrip(" \t\n—–-")
    if not before.endswith(":"):
        return None
    start = _last_sentence_start(before, (". ", "\n"))  # the colon's sentence or line
    named = [m for m in people if start <= m.start < len(before) and m.name]
    return named[-1] if named else None


def _sentence_before(
    text: str, span: Span, people: list[mentions.Mention]
) -> mentions.Mention | None:
    """A quotation that is a sentence of its own, with no reporting clause, right after a
    sentence of the same paragraph about a person ("Local fisherman Mykola Prokopchuk does
    not need a study. "When I was a boy, ..."): that sentence's subject, when it is a named
    person, the sentence quotes nothing and nobody there asked not to be named."""
    para = _paragraph_start(text, span.open_at)
    before = text[para : span.open_at].rstrip()
    after = text[span.close_at :].lstrip(" \t")
    if not before or before[-1] not in ".!?" or text[span.end - 1 : span.end] not in ".!?":
        return None
    if after and not (after[0] == "\n" or after[0].isupper() or after[0] in '"«“'):
        return None
    lo = para + _last_sentence_start(before, (". ", "! ", "? "))
    if lexicon.ANONYMOUS_RE.search(text, lo, span.open_at) or _QUOTE_CHARS & set(
        text[lo : span.open_at]
    ):
        return None
    subjects = [m for m in people if lo <= m.start < span.open_at and m.first and m.name]
    if not subjects or subjects[0].kind == "org":
        return None
    return subjects[0]


_QUOTE_CHARS = frozenset('"«»“”„')


def _last_sentence_start(before: str, breaks: tuple[str, ...]) -> int:
    """Where the last sentence of `before` starts: right after the last of `breaks` that ends
    before its final character (0 when there is none)."""
    ends = [before.rfind(b, 0, len(before) - 1) for b in breaks]
    return max((end + len(b) for end, b in zip(ends, breaks, strict=True) if end >= 0), default=0)


def _paragraph_start(text: str, pos: int) -> int:
    """Where the paragraph holding position `pos` starts (paragraphs end at a blank line)."""
    blank = text.rfind("\n\n", 0, pos)
    return blank + 2 if blank >= 0 else 0


def _question(row: dict[str, object]) -> bool:
    """A dialogue line asked by nobody named (an interviewer's question)."""
    return row["speaker"] is None and str(row["text"]).rstrip().endswith("?")


def _answerer(
    dialogue: list[dict[str, object]], text: str, people: list[mentions.Mention]
) -> tuple[str, str | None] | None:
    """Who answers the question dialogue[-2]: the person it was put to ("— спросили мы у
    исследовательницы"), else whoever answered earlier in the dialogue, else the last person
    named in the paragraph before the dialogue ("Капітанка Олена Тарасюк ледве могла
    говорити. / — Це найкращий день? / — Ще ні.")."""
    asked = dialogue[-2]["_attr"].addressee  # type: ignore[union-attr]
    if asked is not None and asked.name:
        return asked.name, asked.key
    earlier = [d for d in dialogue[:-2] if d["speaker"] is not None and not _question(d)]
    if earlier:
        return earlier[-1]["speaker"], earlier[-1]["speaker_key"]  # type: ignore[return-value]
    first = int(dialogue[0]["start"])  # type: ignore[call-overload]
    para_end = text.rfind("\n\n", 0, first)  # the paragraph before the dialogue ends here
    para_start = _paragraph_start(text, para_end) if para_end >= 0 else first
    person = _last_person(people, first, since=para_start)
    return (person.name, person.key) if person is not None else None


def _in_narrative(text: str, span: Span) -> bool:
    """A marked quotation inside a sentence of the author's own (words before it in its
    sentence, none of them a reporting clause): "Many still rely on «temporary» points"."""
    if span.style == "—":
        return False
    line_start = text.rfind("\n", 0, span.open_at) + 1
    head = re.split(r"[.!?…][»”\"’']*\s", text[line_start : span.open_at])[-1]
    return bool(re.search(r"\w", head))


__all__ = ["QUOTES_SIGNATURE", "extract_quotes", "find_spans", "quotes_for_version", "speaker_key"]
