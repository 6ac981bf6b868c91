"""What the other side puts in the place of a name it does not have.

A name one side has and the other lacks (`toolkit.compare.names.unmatched_names`) is a
changed name when the other side holds a name-like word in its place, and a translator's
choice when a common word or a pronoun stands there:

- "Washington has also resisted ..." / "«Париж також чинить опір ...": Париж, a name the
  name reader does not take at the start of a sentence, stands in Washington's place;
- "Rosa is expected to move north" / "Ожидается, что ураган переместится": the storm;
- "Her decision to pull out" / "Рішення Уіллоубі вийти": the pronoun, named;
- "the Indonesian national team" / "сборной Турции": an English demonym holds the place
  (`names.demonym_at`), and it is not this place's;
- "He played for LSU" / "Він грав за Університет штату Луїзіана": an abbreviation that holds
  an initial of the name's words spells it out; "According to VAR" / "По данным
  Минобороны": one that holds none is another name.

The word in a name's place is the other side's word most similar to the name's words (its
words that are no dictionary word, `names.name_word_spans`: "UN" of "UN Disarmament"; the
contextual token vectors that word alignment uses, `toolkit.compare.words`), leaving out the
words of the other side's names that have a counterpart of their own, and the words the
mention's own first words name when its head is one-sided ("Christine Blasey" for "Крістін
Блейзі Андерсон": Андерсон's place is Ford's).

Example (with a token_vectors callable, see toolkit.compare.words):
    stand_ins(text_en, "en", text_uk, "uk", unmatched_names(text_en, "en", text_uk, "uk"),
              token_vectors)   # ["Париж"] or [""]
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from toolkit.compare.names import (
    NameMention,
    counterpart_spans,
    demonym_at,
    loosely_matched_name_spans,
    name_like_at,
    name_word_spans,
    same_name,
)
from toolkit.compare.words import Span, TokenVectors
from toolkit.translit import latin_key


def stand_ins(
    text: str,
    lang: str,
    other: str,
    other_lang: str,
    mentions: Sequence[NameMention],
    token_vectors: TokenVectors,
) -> list[str]:
    """For each of `mentions` (names of `text` that `other` lacks), the word of `other` in
    its place when that word could be a name (`names.name_like_at`), else ""."""
    if not mentions:
        return []
    spans, vecs = token_vectors(text)
    other_spans, other_vecs = token_vectors(other)
    # a name the other side matched, even loosely, stands for its own counterpart ("the Ibrox
    # club" / "«Рейнджерс»" beside "Rangers" is no changed name), unless it is loosely one of
    # these names itself ("Stamford Bridge" / "Бридж": one side matched, the other not)
    taken = counterpart_spans(other, other_lang, text, lang)
    taken += [
        (start, end)
        for start, end in loosely_matched_name_spans(other, other_lang, text, lang)
        if not any(_names_one(other[start:end], other_lang, m.text, lang) for m in mentions)
    ]
    free = [k for k, span in enumerate(other_spans) if not _overlaps(span, taken)]
    if not free or not spans:
        return [""] * len(mentions)
    candidates = _unit(np.asarray(other_vecs, dtype=np.float64)[free])
    out = []
    for mention in mentions:
        words = name_word_spans(text, lang, mention.start, mention.end)
        rows = [k for k, span in enumerate(spans) if _overlaps(span, words)]
        if not rows:
            out.append("")
            continue
        mean = _unit(np.asarray(vecs, dtype=np.float64)[rows].mean(axis=0, keepdims=True))
        scores = candidates @ mean[0]
        found = _named_before_head(words, text, lang, other, other_lang)
        if found:  # their words on the other side are no stand-ins
            own = [
                same_name(other[a:b], other_lang, found, lang) for a, b in _at(other_spans, free)
            ]
            scores = np.where(own, -np.inf, scores)
        if not np.isfinite(scores).any():
            out.append("")
            continue
        start, end = other_spans[free[int(scores.argmax())]]
        word = other[start:end]
        named = " ".join(text[a:b] for a, b in words)
        placed = name_like_at(other, other_lang, start, end) or demonym_at(
            other, other_lang, start, end
        )
        changed = placed and not (
            same_name(word, other_lang, mention.text, lang)
            or _spelled_out(word, other_lang, named, mention.text, lang)
        )
        out.append(word if changed else "")
    return out


def _named_before_head(
    words: list[tuple[int, int]], text: str, lang: str, other: str, other_lang: str
) -> str:
    """The words of a mention (spans of `text`) that `other` names loosely (`same_name`)
    when its head, the last, is not among them: "Крістін Блейзі" of "Крістін Блейзі
    Андерсон" against "Christine Blasey Ford", whose Blasey sits nearest the mention in
    context while Ford holds Андерсон's place. A mention whose head the other side names is
    that name, qualified otherwise ("Шотландской Премьер-лиги" / "Ladbrokes Premiership")."""
    named = [same_name(text[a:b], lang, other, other_lang) for a, b in words]
    if len(words) < 2 or named[-1] or not any(named):
        return ""
    return " ".join(text[a:b] for (a, b), yes in zip(words, named, strict=True) if yes)


def _names_one(span_text: str, lang: str, name: str, name_lang: str) -> bool:
    """Whether a word of `span_text` is loosely a word of `name` (`same_name`)."""
    return any(same_name(w, lang, name, name_lang) for w in span_text.split())


def _spelled_out(word: str, word_lang: str, named: str, name: str, name_lang: str) -> bool:
    """An abbreviation in the place of a name written out, whose letters hold an initial of
    the name's words: the same thing, expanded (LSU / Університету штату Луїзіана, NTS /
    Національного трасту Шотландії, CIA / Центрального разведывательного управления). One
    that holds none is another name ("VAR" / "Минобороны")."""
    if len(word) < 2 or not word.isupper() or named.isupper():
        return False
    letters = {letter for ch in word for letter in _initials(ch, word_lang)}
    return any(letters & _initials(w, name_lang) for w in name.split())


def _initials(word: str, lang: str) -> set[str]:
    """The letters `word`'s Latin key (`translit.latin_key`) may start with, those that
    transliterations swap folded together: Г is h or g, Є / Е is ie or e, Ц is ts or c (the
    key reads it k, or s before e / i / y: CIA / ЦРУ)."""
    key = latin_key(word, lang)
    if not key:
        return set()
    first = _SWAPPED.get(key[0], key[0])
    return {first, "k", "s"} if key.startswith("ts") else {first}


_SWAPPED = {"h": "g", "e": "i"}


def _at(spans: Sequence[Span], keys: list[int]) -> list[Span]:
    return [spans[k] for k in keys]


def _overlaps(span: Span, spans: Sequence[Span]) -> bool:
    return any(s < span[1] and span[0] < e for s, e in spans)


def _unit(vecs: np.ndarray) -> np.ndarray:
    return vecs / np.maximum(np.linalg.norm(vecs, axis=1, keepdims=True), 1e-12)
