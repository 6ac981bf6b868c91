"""Content words dropped or added between two texts, by word alignment over token embeddings.

SimAlign-style: each word's vector is the mean of its subword token vectors from the same
sentence-transformers model that aligns the sentences; two words align when each is the
other's most similar word (mutual argmax), repeated on the words still unaligned
("itermax", two rounds by default). Identical words (names in one script, digits) align
outright. A content word (not a stopword, not a bare number) left unaligned is a candidate
for WORDS_DROPPED / WORDS_ADDED; its best similarity to any word of the other side is kept
as evidence, so the flag stage can set its own threshold. The longest run of unaligned
content words with no aligned content word between them is kept too (`run_a`, `run_b`): a
dropped clause leaves one run, a free translation scattered single words. Words that spell
out a sign or unit the other side writes as a symbol ("дол. США" for "$", "Цельсія" for
"degrees"; `SPELLED_OUT`) count as aligned. Each side's clauses are kept with their number of
content words (`clauses_a`, `clauses_b`; `clause_spans`), so that the flag stage can find one
clause whose content words are mostly unaligned even where an aligned word breaks the run.

This module imports no model: it takes a `token_vectors(text)` callable that returns the
word spans of `text` and one vector per word. `word_vectors` turns subword token offsets
and vectors (what a transformer gives) into that, and `pooled(TokenEmbedder(embedder))`
wraps the embed stage's token function into such a callable.

Example (with a fake token_vectors):
    result = align_words("Putin met Bush", "en", "Путін зустрівся з Бушем", "uk",
                         token_vectors=my_token_vectors)
    [w.text for w in result.unmatched_a]
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from toolkit.compare.numbers import check_lang
from toolkit.errors import InputError
from toolkit.morph import MORPH_LANGS, fold, grammemes
from toolkit.morph import parse as morph_parse
from toolkit.stopwords import STOPWORDS

Span = tuple[int, int]
TokenVectors = Callable[[str], tuple[list[Span], np.ndarray]]

# An antonym pair counts when either word is the other's most similar word of its text
# (drift-suite calib, 1 against 2: "put an end to" beside "розпочати нову еру" is none).
ANTONYM_TOP = 1
WORD_RE = re.compile(r"[^\W_]+(?:['’ʼ\-][^\W_]+)*")


@dataclass(frozen=True)
class WordSpan:
    """A word of one side, its character span and its best similarity to the other side."""

    text: str
    start: int
    end: int
    best: float


@dataclass(frozen=True)
class WordAlignment:
    """The aligned word pairs (indices into each side's words) and unmatched content words."""

    pairs: tuple[tuple[int, int], ...]
    unmatched_a: tuple[WordSpan, ...]
    unmatched_b: tuple[WordSpan, ...]
    content_a: int
    content_b: int
    run_a: int = 0  # the longest run of unaligned content words (see the module doc)
    run_b: int = 0
    spans_a: tuple[Span, ...] = ()  # each side's word spans, which `pairs` index
    spans_b: tuple[Span, ...] = ()
    # each side's clauses (`clause_spans`) as (start, end, content words in it)
    clauses_a: tuple[tuple[int, int, int], ...] = ()
    clauses_b: tuple[tuple[int, int, int], ...] = ()


def word_spans(text: str) -> list[Span]:
    """The (start, end) spans of the words of `text` (letters and digits, inner ' and -)."""
    return [m.span() for m in WORD_RE.finditer(text)]


def word_vectors(
    text: str, offsets: Sequence[Span], vectors: np.ndarray
) -> tuple[list[Span], np.ndarray]:
    """Pool subword token vectors into one vector per word of `text` (mean of its tokens).

    Args:
        text: the text the tokens come from.
        offsets: each token's (start, end) character span; special tokens have (0, 0).
        vectors: (n_tokens, dim) token vectors, rows in the order of `offsets`.

    Returns:
        The word spans that at least one token covers, and their (n_words, dim) vectors.
    """
    if len(offsets) != len(vectors):
        raise InputError(f"{len(offsets)} token offsets but {len(vectors)} token vectors")
    spans, rows = [], []
    for start, end in word_spans(text):
        idx = [i for i, (s, e) in enumerate(offsets) if e > s and s < end and e > start]
        if idx:
            spans.append((start, end))
            rows.append(np.asarray(vectors)[idx].mean(axis=0))
    dim = np.asarray(vectors).shape[1] if len(vectors) else 0
    return spans, np.vstack(rows) if rows else np.zeros((0, dim), dtype=np.float32)


def pooled(token_fn: Callable[[str], tuple[Sequence[Span], np.ndarray]]) -> TokenVectors:
    """Turn a subword-token function (text -> token offsets, token vectors), such as
    `toolkit.embed.tokens.TokenEmbedder`, into the word-level `token_vectors` callable."""

    def token_vectors(text: str) -> tuple[list[Span], np.ndarray]:
        offsets, vectors = token_fn(text)
        return word_vectors(text, offsets, vectors)

    return token_vectors


def words_correspond(
    text_a: str,
    span_a: Span,
    text_b: str,
    span_b: Span,
    token_vectors: TokenVectors,
    *,
    top: int = ANTONYM_TOP,
    mutual: bool = False,
) -> bool:
    """Whether the word at span_a of text_a and the word at span_b of text_b stand in the
    same place: either (with `mutual`, each) is among the other's `top` most similar words
    of its text (contextual token vectors). True when a span has no vector (nothing to judge
    by)."""
    spans_a, vecs_a = token_vectors(text_a)
    spans_b, vecs_b = token_vectors(text_b)
    i, j = covering(spans_a, span_a), covering(spans_b, span_b)
    if i is None or j is None:
        return True
    sims = _cosine(vecs_a, vecs_b)
    ranks = (_rank(sims[i], j) < top, _rank(sims[:, j], i) < top)
    return all(ranks) if mutual else any(ranks)


def covering(spans: Sequence[Span], span: Span) -> int | None:
    """The index of the first of `spans` (words) that overlaps `span`, or None."""
    return next((k for k, (s, e) in enumerate(spans) if s < span[1] and span[0] < e), None)


def _rank(row: np.ndarray, k: int) -> int:
    """How many entries of `row` are greater than row[k]."""
    return int((row > row[k]).sum())


def is_content(word: str, lang: str) -> bool:
    """Whether `word` is a content word: not a stopword, has a letter, not one letter; in
    Ukrainian and Russian also not a form of a stopword or another function word by the
    dictionary ("своего", "тех", "котором", "моєї": `_slavic_function_word`)."""
    low = fold(word).lower()
    if len(low) <= 1 or not any(ch.isalpha() for ch in low) or low in STOPWORDS[lang]:
        return False
    return not (lang in MORPH_LANGS and _slavic_function_word(low, lang))


_FUNCTION_POS = frozenset({"PREP", "CONJ", "PRCL", "INTJ", "NPRO"})


@functools.lru_cache(maxsize=200_000)
def _slavic_function_word(low: str, lang: str) -> bool:
    """Whether pymorphy3's first reading of `low` is a function word: a preposition,
    conjunction, particle, interjection, pronoun or pronominal adjective ("своего", "тех"),
    or a form of a stopword ("котором" of "который")."""
    parses = morph_parse(low, lang)
    if not parses or not parses[0].is_known:
        return False
    tags = grammemes(parses[0].tag)
    return (
        bool(tags & _FUNCTION_POS)
        or "Apro" in tags
        or fold(parses[0].normal_form) in STOPWORDS[lang]
    )


def align_words(
    text_a: str,
    lang_a: str,
    text_b: str,
    lang_b: str,
    *,
    token_vectors: TokenVectors,
    rounds: int = 2,
    known_a: Sequence[Span] = (),
    known_b: Sequence[Span] = (),
) -> WordAlignment:
    """Align the words of two texts and list the content words left unmatched on each side.

    Args:
        text_a, text_b: the two texts.
        lang_a, lang_b: their languages (for the stopword lists).
        token_vectors: text -> (word spans, one vector per word).
        rounds: mutual-argmax rounds (1 = SimAlign's ArgMax; 2 = IterMax's default).
        known_a, known_b: character spans whose words have a counterpart found otherwise
            (names the name stage matched: "Salt Lake City" / "Солт-Лейк-Сіті"); they are
            never unmatched.
    """
    check_lang(lang_a)
    check_lang(lang_b)
    spans_a, vecs_a = token_vectors(text_a)
    spans_b, vecs_b = token_vectors(text_b)
    words_a = [text_a[s:e] for s, e in spans_a]
    words_b = [text_b[s:e] for s, e in spans_b]
    sim = _cosine(vecs_a, vecs_b)
    same = _identical(words_a, words_b)
    content_rows = np.array([is_content(w, lang_a) for w in words_a], dtype=bool)
    content_cols = np.array([is_content(w, lang_b) for w in words_b], dtype=bool)
    pairs = same | mutual_argmax(sim, rounds=rounds, taken=same, later=(content_rows, content_cols))
    aligned_a = {i for i, _ in pairs} | spelled_out(words_a, text_b) | _inside(spans_a, known_a)
    aligned_b = {j for _, j in pairs} | spelled_out(words_b, text_a) | _inside(spans_b, known_b)
    return WordAlignment(
        pairs=tuple(sorted(pairs)),
        unmatched_a=_unmatched(words_a, spans_a, lang_a, aligned_a, sim),
        unmatched_b=_unmatched(words_b, spans_b, lang_b, aligned_b, sim.T),
        content_a=sum(is_content(w, lang_a) for w in words_a),
        content_b=sum(is_content(w, lang_b) for w in words_b),
        run_a=longest_unaligned_run(words_a, lang_a, aligned_a),
        run_b=longest_unaligned_run(words_b, lang_b, aligned_b),
        spans_a=tuple(spans_a),
        spans_b=tuple(spans_b),
        clauses_a=clause_contents(text_a, lang_a, spans_a),
        clauses_b=clause_contents(text_b, lang_b, spans_b),
    )


def _inside(spans: Sequence[Span], known: Sequence[Span]) -> set[int]:
    """The indexes of `spans` that lie within one of `known`."""
    return {i for i, (s, e) in enumerate(spans) if any(ks <= s and e <= ke for ks, ke in known)}


def spelled_out(words: Sequence[str], other_text: str) -> set[int]:
    """The indexes of `words` that spell out a sign or a unit that `other_text` writes as a
    symbol or leaves unsaid (`SPELLED_OUT`): "дол", "США" of "3,6 млрд дол. США" against
    "$3.6bn". Such words are no added or dropped content."""
    other = fold(other_text)
    found = set()
    for word_re, sign_re in _SPELLED_OUT:
        if sign_re.search(other):
            found |= {i for i, w in enumerate(words) if word_re.fullmatch(fold(w))}
    return found


def longest_unaligned_run(words: Sequence[str], lang: str, aligned: set[int]) -> int:
    """The most unaligned content words in a row, function words between them not counted
    ("which is closer to the epicenter of the quake" left unaligned is one run of 3)."""
    best = run = 0
    for i, word in enumerate(words):
        if not is_content(word, lang):
            continue
        run = 0 if i in aligned else run + 1
        best = max(best, run)
    return best


# bumped when `clause_spans` cuts a text differently (part of the compare signature)
# clauses2: more dashes; uk / ru: whose (чий, чей), попри, аби, щоби, адже, ибо; not
# "включно" (it ends what it qualifies). A sentence's end is no cut: a full stop after an
# abbreviation would cut a name ("The Bells of St. | Martin's Fall Silent"), and a clause
# that runs on into the next sentence only holds more words (bench/results/drift_suite.md,
# session 38)
CLAUSES_VERSION = 2
# A clause starts at a comma, semicolon, colon, bracket, dash or quotation mark, and at a
# word that opens a relative or subordinate clause, a contrast or an added phrase.
_CLAUSE_MARK_RE = re.compile(r"[,;:()\u2012-\u2015\"“”«»„]|\s--?\s")
_CLAUSE_OPENERS = {
    "en": frozenset(
        (  # noqa: SIM905
            "which who whom whose where when while including although though because but "
            "after before as with without that since despite until unless if"
        ).split()
    ),
    "uk": frozenset(
        (  # noqa: SIM905
            "що де коли поки доки але проте однак хоча хоч бо оскільки щоб щоби аби адже після "
            "перед зокрема включаючи без якщо незважаючи попри"
        ).split()
    ),
    "ru": frozenset(
        (  # noqa: SIM905
            "что где когда пока но однако хотя потому поскольку чтобы ибо после перед включая "
            "без если несмотря"
        ).split()
    ),
}
# ... and the relative pronouns in every case (який, якої, чий, ...; который, чей, ...)
_RELATIVE_RE = {
    "uk": re.compile(
        r"як(?:ий|а|е|і|ого|ої|их|ому|ій|им|ими|ою|ім)"
        r"|чи(?:й|я|є|ї|його|єї|їх|єму|їй|їм|їми|єю)"
    ),
    "ru": re.compile(
        r"котор(?:ый|ая|ое|ые|ого|ой|ых|ому|ым|ыми|ую|ом)"
        r"|ч(?:ей|ья|ьё|ье|ьи|ьего|ьей|ьих|ьему|ьим|ьими|ью|ьём|ьем)"
    ),
}


def clause_spans(text: str, lang: str) -> list[Span]:
    """The clauses of `text`: cut before each clause mark and each word that opens a clause
    ("... in the hotel room he shared with his wife and daughter" gives "... he shared" and
    "with his wife and daughter"). Rough by design; a cut too many makes a clause smaller,
    so that fewer unmatched words fill it (see toolkit.flag's `words_clause_share`)."""
    check_lang(lang)
    cuts = {0, len(text)} | {m.start() for m in _CLAUSE_MARK_RE.finditer(text)}
    openers, relative = _CLAUSE_OPENERS[lang], _RELATIVE_RE.get(lang)
    for m in WORD_RE.finditer(text):
        low = fold(m.group()).lower()
        if low in openers or (relative is not None and relative.fullmatch(low)):
            cuts.add(m.start())
    ordered = sorted(cuts)
    return [(a, b) for a, b in itertools.pairwise(ordered) if b > a]


def clause_contents(
    text: str, lang: str, spans: Sequence[Span]
) -> tuple[tuple[int, int, int], ...]:
    """Each clause of `text` (`clause_spans`) with how many content words of `spans` (the
    text's words) start in it: (start, end, count)."""
    starts = [s for s, e in spans if is_content(text[s:e], lang)]
    return tuple((a, b, sum(a <= s < b for s in starts)) for a, b in clause_spans(text, lang))


def mutual_argmax(
    sim: np.ndarray,
    *,
    rounds: int = 2,
    taken: set[tuple[int, int]] | frozenset = frozenset(),
    later: tuple[np.ndarray, np.ndarray] | None = None,
) -> set[tuple[int, int]]:
    """Word pairs (i, j) where j is i's best column and i is j's best row; each further
    round repeats this over the rows and columns both still unaligned (IterMax).

    Args:
        sim: (rows, cols) similarity matrix.
        rounds: how many rounds.
        taken: pairs aligned already; their rows and columns take no part.
        later: boolean masks of the rows and columns allowed in rounds after the first
            (align_words passes the content words, so that a leftover content word is not
            paired with a leftover function word just because both are left over).
    """
    pairs: set[tuple[int, int]] = set()
    if sim.size == 0:
        return pairs
    free_rows = np.ones(sim.shape[0], dtype=bool)
    free_cols = np.ones(sim.shape[1], dtype=bool)
    for i, j in taken:
        free_rows[i] = free_cols[j] = False
    for _ in range(rounds):
        masked = np.where(free_rows[:, None] & free_cols[None, :], sim, -np.inf)
        if not np.isfinite(masked).any():
            break
        best_col = masked.argmax(axis=1)
        best_row = masked.argmax(axis=0)
        new = {(i, int(best_col[i])) for i in np.flatnonzero(free_rows)
               if np.isfinite(masked[i, best_col[i]]) and best_row[best_col[i]] == i}  # fmt: skip
        if not new:
            break
        pairs |= new
        for i, j in new:
            free_rows[i] = free_cols[j] = False
        if later is not None:
            free_rows &= later[0]
            free_cols &= later[1]
    return pairs


def _cosine(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    a = np.asarray(a, dtype=np.float64)
    b = np.asarray(b, dtype=np.float64)
    if a.size == 0 or b.size == 0:
        return np.zeros((len(a), len(b)))
    na = a / np.maximum(np.linalg.norm(a, axis=1, keepdims=True), 1e-12)
    nb = b / np.maximum(np.linalg.norm(b, axis=1, keepdims=True), 1e-12)
    return na @ nb.T


def _identical(words_a: list[str], words_b: list[str]) -> set[tuple[int, int]]:
    index: dict[str, list[int]] = {}
    for j, w in enumerate(words_b):
        index.setdefault(fold(w).lower(), []).append(j)
    pairs = set()
    for i, w in enumerate(words_a):
        js = index.get(fold(w).lower())
        if js:
            pairs.add((i, js.pop(0)))
    return pairs


def _unmatched(
    words: list[str], spans: list[Span], lang: str, aligned: set[int], sim: np.ndarray
) -> tuple[WordSpan, ...]:
    out = []
    for i, (word, (s, e)) in enumerate(zip(words, spans, strict=True)):
        if i in aligned or not is_content(word, lang):
            continue
        best = float(sim[i].max()) if sim.shape[1] else 0.0
        out.append(WordSpan(word, s, e, round(best, 6)))
    return tuple(out)


# Words a translation spells out for a sign the other side writes as a symbol, or for a unit
# it leaves unsaid: "$3.6bn" / "3,6 млрд дол. США", "£11m" / "11 млн фунтов стерлингов",
# "80 degrees" / "27 градусів Цельсія", "a 7.5 magnitude quake" / "7,5 балів за шкалою
# Ріхтера", "16 percent" / "16%" (signs2). (word pattern, what the other side must hold)
SPELLED_OUT = (
    (r"dollars?|дол|долар\w*|доллар\w*|сша", r"\$|\busd\b"),
    (r"euros?|євро|евро", r"€|\beur\b"),
    (r"pounds?|sterling|фунт\w*|стерлінг\w*|стерлинг\w*", r"£|\bgbp\b"),
    (r"hryvnias?|гривн\w*|гривен\w*|грн", r"₴|\buah\b"),
    (r"roubles?|rubles?|рубл\w*|руб", r"₽|\brub\b"),
    (r"celsius|цельсі\w*|цельси\w*", r"\bdegrees?\b|°|градус"),
    (r"per|cent|percent|percentage|відсот\w*|процент\w*", r"%"),
    (
        r"richter|scale|ріхтер\w*|рихтер\w*|шкал\w*|бал\w*|magnitude|магнітуд\w*|магнитуд\w*",
        r"magnitude|магнітуд|магнитуд|richter|ріхтер|рихтер",
    ),
)
_SPELLED_OUT = tuple(
    (re.compile(w, re.IGNORECASE), re.compile(t, re.IGNORECASE)) for w, t in SPELLED_OUT
)

_EN_DETERMINERS = frozenset(["a", "an", "the", "its", "their", "our", "my", "your"])
_EN_PREPOSITIONS = frozenset(
    (  # noqa: SIM905
        "in on at to for from by with about into over under after before between through "
        "during without within than"
    ).split()
)
_EN_CONJUNCTIONS = frozenset(["and", "or", "but"])
_EN_AUXILIARIES = frozenset(["is", "are", "was", "were", "be", "been", "has", "have", "had"])
_EN_TOKEN_RE = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*|[.,;:!?]")
_END = "<end>"


def broken_order(text: str, lang: str) -> int:
    """How many English function-word bigrams no grammatical sentence has: a determiner
    before punctuation, a conjunction, another function word or the end ("the over", "a."),
    a preposition before "of", a conjunction, punctuation or the end ("in of the", "at.").
    A sign of shuffled or gapped text, not of a translation choice. 0 for uk/ru (no table).

    Example:
        >>> broken_order("Pilots Navy sky the over of Day aerobatics in 26, from at a.", "en")
        3
    """
    check_lang(lang)
    if lang != "en":
        return 0
    tokens = [t.lower() for t in _EN_TOKEN_RE.findall(text)] + [_END]
    return sum(_broken_pair(x, y) for x, y in itertools.pairwise(tokens))


def _broken_pair(x: str, y: str) -> bool:
    stop = y == _END or not y[0].isalnum()
    if x in _EN_DETERMINERS:
        closed = _EN_DETERMINERS | _EN_PREPOSITIONS | _EN_CONJUNCTIONS | _EN_AUXILIARIES
        return stop or y in closed or y == "of"
    if x in _EN_PREPOSITIONS:
        return stop or y == "of" or y in _EN_CONJUNCTIONS
    if x == "of":
        return stop or y in _EN_PREPOSITIONS | _EN_CONJUNCTIONS | _EN_AUXILIARIES
    return False
