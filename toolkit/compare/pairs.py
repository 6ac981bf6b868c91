"""Run-level compare: the compared pairs of two versions and their features, in one frame.

Pairs come from the alignment and the quote pairing:
- "unit": each bead with sentences on both sides (the joined sentences of each side);
- "quote": each quote pair (a quote split into two on the other side is one pair, the two
  parts joined); nested quotes and titles take no part;
- "unpaired": each bead with one side empty (text on that side only) and each unpaired
  speech quote, compared with the other version's sentences aligned to the quote's
  sentences (none when they have no counterpart), so that the flag stage can tell a
  missing quote from one turned into reported speech.

`compare_texts` runs once per pair; similarities are cosines of the run's embedder and
margins divide them by the mean of each side's k nearest sentences of the other version.

Example:
    >>> frame = compare_versions(pair_input, encode=emb.encode)  # doctest: +SKIP
    >>> frame.select("kind", "text_a", "numbers_only_a").row(0)  # doctest: +SKIP
"""

from __future__ import annotations

import contextlib
import functools
import re
import weakref
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import polars as pl

from toolkit.compare.dates import DATES_VERSION
from toolkit.compare.features import FEATURES, compare_texts
from toolkit.compare.name_tables import NAMES_VERSION
from toolkit.compare.negation import NEGATION_VERSION
from toolkit.compare.numbers import NUMBERS_VERSION
from toolkit.compare.scripts import SCRIPTS_VERSION
from toolkit.compare.words import CLAUSES_VERSION, TokenVectors, word_vectors
from toolkit.quotes.marks import stray_marks
from toolkit.translit import same_name

Encode = Callable[[list[str]], np.ndarray]
JOIN = " "
MARGIN_K = 4
KIND_LETTERS = {"unit": "u", "quote": "q", "unpaired": "x"}
WORD_CACHE = 8192  # texts whose word vectors are kept (~40 KB each)
_WORD_FUNCTIONS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()

# Identifying columns of a features frame, before the FEATURES columns.
PAIR_COLUMNS = {
    "pair_id": pl.String,  # "<kind letter><n>", unique within one version pair
    "kind": pl.String,  # "unit" | "quote" | "unpaired"
    "version_a": pl.String,
    "version_b": pl.String,
    "sent_ids_a": pl.List(pl.Int32),
    "sent_ids_b": pl.List(pl.Int32),
    "text_a": pl.String,
    "text_b": pl.String,
    "quote_id_a": pl.String,
    "quote_id_b": pl.String,
    # a paired quote's speaker is written in the quote's own sentences (not resolved from a
    # pronoun or a role in another sentence); None without a speaker or for other rows
    "speaker_written_a": pl.Boolean,
    "speaker_written_b": pl.Boolean,
    # an unpaired quote: the highest cosine between its text and a quote of the other version
    # that no pair took (speech or title) in the sentences aligned with it; None without one.
    # A quote the pairing missed (a slogan read as a title on one side) is not unquoted.
    "free_quote_similarity": pl.Float64,
    # an unpaired quote: how many double quote marks of the other version's aligned sentences
    # no other mark there pairs with (toolkit.quotes.marks.stray_marks); None for other rows.
    # A translation that drops a closing mark leaves its quote unread, not unquoted.
    "stray_marks": pl.Int32,
}
PAIR_FEATURES = PAIR_COLUMNS | FEATURES
# speaker2: toolkit.quotes.names.same_speaker accepts a short surname key that is close when
# both names give the same first name (Ursula von der Leyen / Урсули фон дер Ляєн)
# speaker3: speaker_written_a / _b (a paired quote's speaker written in its own sentences)
SPEAKER_VERSION = 3
# free1: free_quote_similarity of unpaired quotes
FREE_VERSION = 1
# length1: length_shortfall against toolkit.compare.lengths.LOG_CHARS
LENGTH_VERSION = 1
# marks1: stray_marks of unpaired quotes
MARKS_VERSION = 1
COMPARE_SIGNATURE_BASE = (
    f"numbers{NUMBERS_VERSION}+dates{DATES_VERSION}+names{NAMES_VERSION}"
    f"+negation{NEGATION_VERSION}+speaker{SPEAKER_VERSION}+length{LENGTH_VERSION}"
    f"+free{FREE_VERSION}+marks{MARKS_VERSION}+scripts{SCRIPTS_VERSION}"
    f"+clauses{CLAUSES_VERSION}"
)


def compare_signature(*, words: str | None) -> str:
    """The `compare:` fragment of the run signature; `words` names the token vectors used."""
    if not words:
        return COMPARE_SIGNATURE_BASE
    return COMPARE_SIGNATURE_BASE + f"+words:itermax2,runs,signs2,names,lemma-stop,{words}"


@dataclass
class VersionPair:
    """Everything compare needs about two versions (a = source side of the beads)."""

    version_a: str
    version_b: str
    lang_a: str
    lang_b: str
    sentences_a: pl.DataFrame
    sentences_b: pl.DataFrame
    beads: pl.DataFrame
    quotes_a: pl.DataFrame
    quotes_b: pl.DataFrame
    quote_pairs: pl.DataFrame


@dataclass
class _Pair:
    kind: str
    sent_ids_a: list[int]
    sent_ids_b: list[int]
    text_a: str
    text_b: str
    quote_id_a: str | None = None
    quote_id_b: str | None = None
    speaker_a: str | None = None
    speaker_b: str | None = None
    speaker_written_a: bool | None = None
    speaker_written_b: bool | None = None
    free_quotes: list[str] | None = None  # texts of the other version's free quotes nearby


def word_vector_function(token_vectors: Callable[[str], tuple]) -> TokenVectors:
    """`text -> (word spans, word vectors)` from a `text -> (token offsets, token vectors)`.

    One function per `token_vectors` object, remembering the last WORD_CACHE texts: a text is
    compared in one pair per other version, and pooling tokens into words costs more than the
    comparison that uses them.
    """
    try:
        return _WORD_FUNCTIONS[token_vectors]
    except (KeyError, TypeError):
        pass

    @functools.lru_cache(maxsize=WORD_CACHE)
    def vectors(text: str) -> tuple:
        offsets, vecs = token_vectors(text)
        return word_vectors(text, offsets, vecs)

    with contextlib.suppress(TypeError):  # not weak-referenceable: no sharing across calls
        _WORD_FUNCTIONS[token_vectors] = vectors
    return vectors


def compare_versions(
    pair: VersionPair,
    *,
    encode: Encode,
    token_vectors: Callable[[str], tuple] | None = None,
    prefetch: Callable[[list[str]], None] | None = None,
) -> pl.DataFrame:
    """The PAIR_FEATURES frame of two versions: one row per compared pair.

    Args:
        pair: the two versions' sentences, beads, quotes and quote pairs.
        encode: texts -> L2-normalised vectors (the run's embedder, cached).
        token_vectors: text -> (token offsets, token vectors) for word alignment; None
            leaves the word features empty.
        prefetch: called once with every text that token_vectors will see (batching).
    """
    pairs = build_pairs(pair)
    if not pairs:
        return pl.DataFrame(schema=PAIR_FEATURES)
    sims, margins = _similarities(pair, pairs, encode)
    free = _free_similarities(pairs, encode)
    words = None
    if token_vectors is not None:
        if prefetch is not None:
            prefetch(sorted({t for p in pairs for t in (p.text_a, p.text_b) if t}))
        words = word_vector_function(token_vectors)
    rows = []
    counters: dict[str, int] = {}
    for p, sim, margin, free_sim in zip(pairs, sims, margins, free, strict=True):
        number = counters.get(p.kind, 0)
        counters[p.kind] = number + 1
        features = compare_texts(
            p.text_a, pair.lang_a, p.text_b, pair.lang_b,
            similarity=sim, margin=margin, speaker_a=p.speaker_a, speaker_b=p.speaker_b,
            token_vectors=words, encode=encode,
        )  # fmt: skip
        rows.append(
            {
                "pair_id": f"{KIND_LETTERS[p.kind]}{number}",
                "kind": p.kind,
                "version_a": pair.version_a,
                "version_b": pair.version_b,
                "sent_ids_a": p.sent_ids_a,
                "sent_ids_b": p.sent_ids_b,
                "text_a": p.text_a,
                "text_b": p.text_b,
                "quote_id_a": p.quote_id_a,
                "quote_id_b": p.quote_id_b,
                "speaker_written_a": p.speaker_written_a,
                "speaker_written_b": p.speaker_written_b,
                "free_quote_similarity": free_sim,
                "stray_marks": _stray(p),
            }
            | features.record()
        )
    return pl.DataFrame(rows, schema=PAIR_FEATURES)


def build_pairs(pair: VersionPair) -> list[_Pair]:
    """The compared pairs of two versions: units in bead order, then quotes, then unpaired."""
    texts_a = _sentence_texts(pair.sentences_a)
    texts_b = _sentence_texts(pair.sentences_b)
    units, unpaired = [], []
    for src, tgt, _ in pair.beads.iter_rows():
        src, tgt = sorted(src or []), sorted(tgt or [])
        p = _Pair("unit", src, tgt, _joined(texts_a, src), _joined(texts_b, tgt))
        if src and tgt:
            units.append(p)
        elif src or tgt:
            p.kind = "unpaired"
            unpaired.append(p)
    quotes, unpaired_quotes = _quote_pairs(pair, texts_a, texts_b)
    return units + quotes + unpaired + unpaired_quotes


def _sentence_texts(sentences: pl.DataFrame) -> dict[int, str]:
    return dict(zip(sentences["sent_id"].to_list(), sentences["text"].to_list(), strict=True))


def _joined(texts: dict[int, str], ids: list[int]) -> str:
    return JOIN.join(texts[i] for i in ids if i in texts)


def _usable(quotes: pl.DataFrame) -> dict[str, dict]:
    """Top-level speech quotes by id."""
    return {
        q["quote_id"]: q
        for q in quotes.iter_rows(named=True)
        if q["kind"] == "speech" and q["parent"] is None
    }


def _quote_pairs(
    pair: VersionPair, texts_a: dict[int, str], texts_b: dict[int, str]
) -> tuple[list[_Pair], list[_Pair]]:
    qa, qb = _usable(pair.quotes_a), _usable(pair.quotes_b)
    links = [
        (r["quote_id_a"], r["quote_id_b"])
        for r in pair.quote_pairs.iter_rows(named=True)
        if r["quote_id_a"] in qa and r["quote_id_b"] in qb
    ]
    paired: list[_Pair] = []
    for ids_a, ids_b in _components(links):
        p = _merged_pair([qa[i] for i in ids_a], [qb[j] for j in ids_b])
        if p.speaker_a:
            p.speaker_written_a = speaker_written(p.speaker_a, _joined(texts_a, p.sent_ids_a),
                                                  pair.lang_a)  # fmt: skip
        if p.speaker_b:
            p.speaker_written_b = speaker_written(p.speaker_b, _joined(texts_b, p.sent_ids_b),
                                                  pair.lang_b)  # fmt: skip
        paired.append(p)
    linked_a = {a for a, _ in links}
    linked_b = {b for _, b in links}
    lonely: list[_Pair] = []
    a_to_b, b_to_a = _bead_links(pair.beads)
    free_a, free_b = _free_quotes(pair)
    for r in pair.quote_pairs.iter_rows(named=True):
        if r["quote_id_b"] is None and r["quote_id_a"] in qa and r["quote_id_a"] not in linked_a:
            q = qa[r["quote_id_a"]]
            other = _aligned_ids(q["sent_ids"], a_to_b)
            lonely.append(_Pair("unpaired", list(q["sent_ids"] or []), other, q["text"],
                                _joined(texts_b, other), quote_id_a=q["quote_id"],
                                speaker_a=q["speaker"],
                                free_quotes=_near(free_b, other)))  # fmt: skip
        elif r["quote_id_a"] is None and r["quote_id_b"] in qb and r["quote_id_b"] not in linked_b:
            q = qb[r["quote_id_b"]]
            other = _aligned_ids(q["sent_ids"], b_to_a)
            lonely.append(_Pair("unpaired", other, list(q["sent_ids"] or []),
                                _joined(texts_a, other), q["text"], quote_id_b=q["quote_id"],
                                speaker_b=q["speaker"],
                                free_quotes=_near(free_a, other)))  # fmt: skip
    return paired, lonely


def _free_quotes(pair: VersionPair) -> tuple[list[dict], list[dict]]:
    """The quotes of each version (speech or title, any depth) that no quote pair took."""
    taken_a, taken_b = set(), set()
    for r in pair.quote_pairs.iter_rows(named=True):
        if r["quote_id_a"] is not None and r["quote_id_b"] is not None:
            taken_a.add(r["quote_id_a"])
            taken_b.add(r["quote_id_b"])

    def free(quotes: pl.DataFrame, taken: set[str]) -> list[dict]:
        return [q for q in quotes.iter_rows(named=True) if q["quote_id"] not in taken]

    return free(pair.quotes_a, taken_a), free(pair.quotes_b, taken_b)


def _near(free: list[dict], sent_ids: list[int]) -> list[str]:
    """The texts of the free quotes in any of `sent_ids`."""
    ids = set(sent_ids)
    return [q["text"] for q in free if ids & set(q["sent_ids"] or []) and q["text"]]


def _free_similarities(pairs: list[_Pair], encode: Encode) -> list[float | None]:
    """For each unpaired quote with free quotes of the other version near it, the highest
    cosine between its text and theirs; None elsewhere. One encode call for all texts."""
    wanted = [p for p in pairs if p.free_quotes]
    texts = [t for p in wanted for t in (_own_text(p), *p.free_quotes)]
    vecs = dict(zip(texts, _vectors(encode, texts), strict=True))
    out: list[float | None] = []
    for p in pairs:
        if not p.free_quotes:
            out.append(None)
            continue
        own = vecs[_own_text(p)]
        out.append(round(max(float(vecs[t] @ own) for t in p.free_quotes), 6))
    return out


def _stray(p: _Pair) -> int | None:
    """For an unpaired quote: the stray double quote marks of the other side's text."""
    if p.kind != "unpaired" or not (p.quote_id_a or p.quote_id_b):
        return None
    return stray_marks(p.text_b if p.quote_id_a else p.text_a)


def _own_text(p: _Pair) -> str:
    """An unpaired quote's own text (the side with its quote id)."""
    return p.text_a if p.quote_id_a else p.text_b


_NAME_WORD = re.compile(r"\w[\w'’-]*")


def speaker_written(speaker: str, text: str, lang: str) -> bool:
    """Whether `speaker` is written in `text`: a capitalised word of it as a capitalised word
    with a close transliteration key (inflected: "Джонс" / "Джонса"), or a small word of
    four letters or more as it is ("the minister"). The quotes stage resolves "he said" and
    "the minister said" to a name from an earlier sentence, and each language may resolve it
    to another person; toolkit.flag compares no two speakers that were both resolved so.

    Example:
        >>> speaker_written("Пітер Джонс", "Джерела повідомляють, що Джонс «розшаленів».", "uk")
        True
        >>> speaker_written("James", "«Мені не потрібні ігри», — відповів він.", "uk")
        False
    """
    said = _NAME_WORD.findall(speaker)
    found = _NAME_WORD.findall(text)
    roles = {w.lower() for w in said if w.islower() and len(w) > 3}
    if roles & {w.lower() for w in found}:
        return True
    names = [w for w in said if w[:1].isupper() and len(w) > 1]
    written = [w for w in found if w[:1].isupper()]
    return any(same_name(w, lang, t, lang) for w in names for t in written)


def _bead_links(beads: pl.DataFrame) -> tuple[dict[int, set[int]], dict[int, set[int]]]:
    a_to_b: dict[int, set[int]] = {}
    b_to_a: dict[int, set[int]] = {}
    for src, tgt, _ in beads.iter_rows():
        for s in src or []:
            a_to_b.setdefault(s, set()).update(tgt or [])
        for t in tgt or []:
            b_to_a.setdefault(t, set()).update(src or [])
    return a_to_b, b_to_a


def _aligned_ids(sent_ids: list[int] | None, links: dict[int, set[int]]) -> list[int]:
    """The other version's sentences aligned with a quote's sentences (none: quote missing)."""
    return sorted({o for s in sent_ids or [] for o in links.get(s, set())})


def _components(links: list[tuple[str, str]]) -> list[tuple[list[str], list[str]]]:
    """Group quote links into connected components (a split quote pairs with two)."""
    groups: list[tuple[set[str], set[str]]] = []
    for a, b in links:
        hit = [g for g in groups if a in g[0] or b in g[1]]
        merged = ({a}, {b})
        for g in hit:
            merged[0].update(g[0])
            merged[1].update(g[1])
            groups.remove(g)
        groups.append(merged)
    out = [(sorted(ga, key=_quote_order), sorted(gb, key=_quote_order)) for ga, gb in groups]
    return sorted(out, key=lambda g: (_quote_order(g[0][0]), _quote_order(g[1][0])))


def _quote_order(quote_id: str) -> int:
    return int(quote_id.rsplit(":q", 1)[-1])


def _merged_pair(qa: list[dict], qb: list[dict]) -> _Pair:
    def ids(qs: list[dict]) -> list[int]:
        return sorted({i for q in qs for i in (q["sent_ids"] or [])})

    def speaker(qs: list[dict]) -> str | None:
        return next((q["speaker"] for q in qs if q["speaker"]), None)

    return _Pair(
        "quote",
        ids(qa),
        ids(qb),
        JOIN.join(q["text"] for q in qa),
        JOIN.join(q["text"] for q in qb),
        quote_id_a="+".join(q["quote_id"] for q in qa),
        quote_id_b="+".join(q["quote_id"] for q in qb),
        speaker_a=speaker(qa),
        speaker_b=speaker(qb),
    )


def _similarities(
    pair: VersionPair, pairs: list[_Pair], encode: Encode
) -> tuple[list[float | None], list[float | None]]:
    """Cosine and margin of each pair (None where a side is empty)."""
    sent_a = _vectors(encode, pair.sentences_a["text"].to_list())
    sent_b = _vectors(encode, pair.sentences_b["text"].to_list())
    vec_a = _vectors(encode, [p.text_a for p in pairs])
    vec_b = _vectors(encode, [p.text_b for p in pairs])
    sims: list[float | None] = []
    margins: list[float | None] = []
    for k, p in enumerate(pairs):
        if not p.text_a or not p.text_b:
            sims.append(None)
            margins.append(None)
            continue
        cos = float(vec_a[k] @ vec_b[k])
        knn_a = _knn_mean(vec_a[k], sent_b)
        knn_b = _knn_mean(vec_b[k], sent_a)
        sims.append(round(cos, 6))
        margins.append(round(cos / max((knn_a + knn_b) / 2, 1e-6), 6))
    return sims, margins


def _vectors(encode: Encode, texts: list[str]) -> np.ndarray:
    unique = sorted({t for t in texts if t})
    vecs = np.asarray(encode(unique), dtype=np.float32) if unique else np.zeros((0, 1))
    index = {t: i for i, t in enumerate(unique)}
    dim = vecs.shape[1] if vecs.ndim == 2 and len(vecs) else 1
    out = np.zeros((len(texts), dim), dtype=np.float32)
    for row, text in enumerate(texts):
        if text:
            out[row] = vecs[index[text]]
    return out


def _knn_mean(vec: np.ndarray, others: np.ndarray) -> float:
    if len(others) == 0:
        return 1.0
    sims = others @ vec
    k = min(MARGIN_K, len(sims))
    return float(np.sort(sims)[-k:].mean())
