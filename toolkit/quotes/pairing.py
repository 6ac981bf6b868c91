"""Pairing the quotes of two versions: through the sentence alignment, then by similarity.

The beads (schemas.BEADS, src = version a, tgt = version b) say which sentences correspond;
quote-level similarity (`encode`, L2-normalised vectors) decides among the quotes in
corresponding sentences and pairs what the alignment missed. Scores are judged against
each quote's neighbourhood (a margin), never a fixed cosine: e5 cosines are compressed.

A quote split into two quotes in the other version pairs with both (method "split").
The quotes of aligned sentences pair as one assignment (as many pairs as can be made, then
the highest total margin), not greedily: the pair closest by a shade must not leave two
other quotes without partners. Speakers steer the choice: a pair whose two quotes have the
same known speaker counts a little more than one with an unknown speaker, which counts a
little more than one with two different people; a quote by two different people never
pairs by similarity alone; a one-word title found by similarity alone must spell the same
name (its Latin keys are close); longer titles (a play's, a book's, a banner's words) are
translated, so similarity decides.
An unpaired quote keeps its best candidate sentences in the other version, so that a
later stage can tell a missing quote from one turned into reported speech.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

import numpy as np
import polars as pl
from scipy.optimize import linear_sum_assignment

from toolkit.translit import keys_close, latin_key

PAIRS = {
    "quote_id_a": pl.String,
    "quote_id_b": pl.String,  # null when the quote of a is unpaired
    "score": pl.Float64,  # margin-scaled similarity of the pair; null when unpaired
    "method": pl.String,  # "alignment" | "similarity" | "split"; null when unpaired
    "best_sent_ids_other": pl.List(pl.Int32),  # unpaired: best candidate sentences there
    "best_sim": pl.Float64,  # cosine with the paired quote, or with those sentences
}

Encode = Callable[[list[str]], np.ndarray]


@dataclass(frozen=True)
class PairParams:
    """Margin thresholds. Set first on the dev split of tests/data/quotes_annotated.json;
    in session 7 on every split run before test35 with `bench/tune_pairing.py` (4,489
    quotes: pooled pairing accuracy 0.940 -> 0.947), then measured once on test35;
    `speaker_bonus` in session 8 on every split up to test36 (0 / 0.02 / 0.05: 0.9473 /
    0.9479 / 0.9477 over 4,781 quotes), then measured once on test37."""

    k: int = 3  # neighbourhood size for the margin
    min_margin_aligned: float = 0.98  # a pair inside aligned sentences
    min_margin_same: float = 0.93  # ... when both quotes have one known speaker
    min_margin_similar: float = 1.02  # a pair found by similarity alone (mutual best too)
    min_margin_cross: float = 1.02  # a title in one version, speech in the other
    speaker_bonus: float = 0.02  # added to an aligned pair's margin per step of agreement
    min_split_gain: float = 0.01  # cosine gained by joining two quotes to match a third
    max_split_loss: float = 0.02  # cosine a split over aligned sentences may lose by joining

    def fragment(self) -> str:
        """Signature fragment naming every setting, e.g. ``pair=k3,0.98,same0.93,sim1.02,
        cross1.02,spk0.02,split0.01-0.02``."""
        return (
            f"pair=k{self.k},{self.min_margin_aligned:g},same{self.min_margin_same:g},"
            f"sim{self.min_margin_similar:g},cross{self.min_margin_cross:g},"
            f"spk{self.speaker_bonus:g},split{self.min_split_gain:g}-{self.max_split_loss:g}"
        )


@dataclass
class _Side:
    ids: list[str]
    texts: list[str]
    kinds: list[str]
    sents: list[list[int]]
    sent_texts: dict[int, str]
    speakers: list[str | None]
    lang: str
    parents: list[str | None]


def _side(quotes: pl.DataFrame, sentences: pl.DataFrame) -> _Side:
    speakers = (
        quotes["speaker_key"].to_list()
        if "speaker_key" in quotes.columns
        else [None] * quotes.height
    )
    return _Side(
        quotes["quote_id"].to_list(),
        quotes["text"].to_list(),
        quotes["kind"].to_list(),
        [list(s or []) for s in quotes["sent_ids"].to_list()],
        dict(zip(sentences["sent_id"].to_list(), sentences["text"].to_list(), strict=True)),
        speakers,
        _lang_of(quotes),
        quotes["parent"].to_list() if "parent" in quotes.columns else [None] * quotes.height,
    )


def _lang_of(quotes: pl.DataFrame) -> str:
    """The language of a version from its id ("g01.uk" -> "uk"); "en" when unknown."""
    version = quotes["version"][0] if "version" in quotes.columns and quotes.height else ""
    lang = str(version or "").rsplit(".", 1)[-1]
    return lang if lang in ("en", "uk", "ru") else "en"


_SAME, _UNKNOWN, _OTHER, _NEVER = 2, 1, 0, -1


def _speakers_agree(a: _Side, b: _Side, i: int, j: int) -> int:
    """_SAME: one known speaker on both sides (close keys); _OTHER: two different people;
    _NEVER: an unattributed question (the interviewer's) against a speaker's statement;
    _UNKNOWN otherwise (a speaker missing, or an institution against a person: "the
    Kremlin said" in one version, "Peskov said" in another)."""
    ka, kb = a.speakers[i], b.speakers[j]
    qa, qb = a.texts[i].rstrip().endswith("?"), b.texts[j].rstrip().endswith("?")
    if qa != qb and ((qa and not ka and kb) or (qb and not kb and ka)):
        return _NEVER
    if not ka or not kb:
        return _UNKNOWN
    if ka == kb or (not ka.startswith("org:") and keys_close(ka, kb)):
        return _SAME
    if ka.startswith("org:") or kb.startswith("org:"):
        return _UNKNOWN
    return _OTHER


def _same_name(a: _Side, b: _Side, i: int, j: int) -> bool:
    """Two titles that spell one name (Naftogaz / «Нафтогаз», «Шахтарем» / «Шахтером»):
    close Latin keys of the whole title or of its first word."""
    ta, tb = a.texts[i].split(), b.texts[j].split()
    if not ta or not tb:
        return False
    whole = latin_key(" ".join(ta), a.lang), latin_key(" ".join(tb), b.lang)
    first = latin_key(ta[0], a.lang), latin_key(tb[0], b.lang)
    return any(x and y and keys_close(x[:-1] or x, y[:-1] or y) for x, y in (whole, first))


def _one_word(a: _Side, b: _Side, i: int, j: int) -> bool:
    """Either title is a single word (a name: «Нафтогаз»), not a phrase a translator renders
    (a play's, a book's or a banner's words)."""
    return len(a.texts[i].split()) < 2 or len(b.texts[j].split()) < 2


def _bead_map(beads: pl.DataFrame) -> tuple[dict[int, set[int]], dict[int, set[int]]]:
    a_to_b: dict[int, set[int]] = {}
    b_to_a: dict[int, set[int]] = {}
    for src, tgt in zip(beads["src_ids"].to_list(), beads["tgt_ids"].to_list(), strict=True):
        for s in src or []:
            a_to_b.setdefault(s, set()).update(tgt or [])
        for t in tgt or []:
            b_to_a.setdefault(t, set()).update(src or [])
    return a_to_b, b_to_a


def _encode(encode: Encode, texts: Sequence[str], dim_hint: int = 1) -> np.ndarray:
    if not texts:
        return np.zeros((0, dim_hint), dtype=np.float32)
    return np.asarray(encode(list(texts)), dtype=np.float32)


def pair_quotes(
    quotes_a: pl.DataFrame,
    quotes_b: pl.DataFrame,
    beads: pl.DataFrame,
    *,
    sentences_a: pl.DataFrame,
    sentences_b: pl.DataFrame,
    encode: Encode,
    params: PairParams | None = None,
) -> pl.DataFrame:
    """Pair the quotes of version a with those of version b (a PAIRS frame).

    One row per pair and one per unpaired quote of either side; rows follow a's quotes in
    order, then b's unpaired quotes.
    """
    params = params or PairParams()
    a, b = _side(quotes_a, sentences_a), _side(quotes_b, sentences_b)
    a_to_b, b_to_a = _bead_map(beads)
    sent_ids_b = sorted(b.sent_texts)
    sent_ids_a = sorted(a.sent_texts)
    qa, qb = _encode(encode, a.texts), _encode(encode, b.texts)
    sa = _encode(encode, [a.sent_texts[i] for i in sent_ids_a])
    sb = _encode(encode, [b.sent_texts[i] for i in sent_ids_b])
    sim = qa @ qb.T if len(qa) and len(qb) else np.zeros((len(qa), len(qb)))
    sim_a_sb = qa @ sb.T if len(qa) and len(sb) else np.zeros((len(qa), 0))
    sim_b_sa = qb @ sa.T if len(qb) and len(sa) else np.zeros((len(qb), 0))
    knn_a = _knn(np.hstack([sim, sim_a_sb]), params.k)
    knn_b = _knn(np.hstack([sim.T, sim_b_sa]), params.k)
    margin = sim / np.maximum((knn_a[:, None] + knn_b[None, :]) / 2, 1e-6) if sim.size else sim
    aligned = _aligned(a, b, a_to_b)
    pairs = _assign(a, b, sim, margin, aligned, params)
    pairs += _splits(a, b, pairs, aligned, encode, sim, params)
    return _frame(
        a, b, pairs, sim, (a_to_b, b_to_a), (sim_a_sb, sent_ids_b), (sim_b_sa, sent_ids_a)
    )


def _knn(sim: np.ndarray, k: int) -> np.ndarray:
    if sim.shape[1] == 0:
        return np.ones(sim.shape[0])
    k = min(k, sim.shape[1])
    return np.sort(sim, axis=1)[:, -k:].mean(axis=1)


def _aligned(a: _Side, b: _Side, a_to_b: dict[int, set[int]]) -> np.ndarray:
    out = np.zeros((len(a.ids), len(b.ids)), dtype=bool)
    for i, sents in enumerate(a.sents):
        mapped = set().union(*(a_to_b.get(s, set()) for s in sents)) if sents else set()
        for j, other in enumerate(b.sents):
            out[i, j] = bool(mapped & set(other))
    return out


def _assign(
    a: _Side,
    b: _Side,
    sim: np.ndarray,
    margin: np.ndarray,
    aligned: np.ndarray,
    params: PairParams,
) -> list[tuple[int, int, str]]:
    """One-to-one: aligned candidates first, chosen together (`_aligned_pairs`), then
    mutual best by margin among quotes of one kind, then across kinds (a title in one
    version that the other renders as speech: «Теплий хліб» / "Warm Bread")."""
    pairs = [(i, j, "alignment") for i, j in _aligned_pairs(a, b, margin, aligned, params)]
    used_a = {i for i, _, _ in pairs}
    used_b = {j for _, j, _ in pairs}
    for cross in (False, True):
        floor = params.min_margin_cross if cross else params.min_margin_similar
        for i, j in _mutual_best(a, b, margin, used_a, used_b, cross):
            if margin[i, j] < floor or _speakers_agree(a, b, i, j) in (_OTHER, _NEVER):
                continue
            if not _may_pair(a, b, i, j, aligned=False):
                continue
            pairs.append((i, j, "similarity"))
            used_a.add(i)
            used_b.add(j)
    return pairs


def _aligned_pairs(
    a: _Side, b: _Side, margin: np.ndarray, aligned: np.ndarray, params: PairParams
) -> list[tuple[int, int]]:
    """The pairs among quotes in aligned sentences, as one assignment: as many pairs as
    can be made, then the highest total margin, each pair whose speakers agree counting
    `speaker_bonus` more (a quote and the other version's quote of the same person beat a
    slightly closer quote of someone else). A candidate needs its floor: the same speaker's
    `min_margin_same`, a title against speech `min_margin_cross`, else `min_margin_aligned`;
    a question of the interviewer never pairs with a speaker's answer."""
    weight = np.zeros(margin.shape)
    for i, j in zip(*np.nonzero(aligned), strict=True):
        agree = _speakers_agree(a, b, i, j)
        floor = params.min_margin_same if agree == _SAME else params.min_margin_aligned
        if a.kinds[i] != b.kinds[j]:
            floor = params.min_margin_cross
        if margin[i, j] >= floor and agree != _NEVER and _may_pair(a, b, i, j, aligned=True):
            weight[i, j] = 1.0 + margin[i, j] + params.speaker_bonus * agree
    if not weight.any():
        return []
    rows, cols = linear_sum_assignment(weight, maximize=True)
    return sorted((int(i), int(j)) for i, j in zip(rows, cols, strict=True) if weight[i, j] > 0)


def _may_pair(a: _Side, b: _Side, i: int, j: int, aligned: bool) -> bool:
    """A one-word title is a name: it pairs only with the same name, unless both quotes are
    titles in aligned sentences (a translated name: «Рыси» / "Lynxes")."""
    if aligned and a.kinds[i] == b.kinds[j]:
        return True
    if "title" not in (a.kinds[i], b.kinds[j]):
        return True
    return _same_name(a, b, i, j) or not _one_word(a, b, i, j)


def _mutual_best(
    a: _Side,
    b: _Side,
    margin: np.ndarray,
    used_a: set[int],
    used_b: set[int],
    cross: bool,
) -> Iterator[tuple[int, int]]:
    """Free quote pairs that are each other's best by margin: of one kind (`cross` False),
    or, among all free quotes, of different kinds (`cross` True)."""
    for i in range(len(a.ids)):
        if i in used_a:
            continue
        free_b = [j for j in range(len(b.ids)) if j not in used_b]
        if not cross:
            free_b = [j for j in free_b if b.kinds[j] == a.kinds[i]]
        if not free_b:
            continue
        j = max(free_b, key=lambda j: (margin[i, j], -j))
        if cross == (a.kinds[i] == b.kinds[j]):
            continue
        rivals = [k for k in range(len(a.ids)) if k not in used_a]
        if not cross:
            rivals = [k for k in rivals if a.kinds[k] == b.kinds[j]]
        if max(rivals, key=lambda k: (margin[k, j], -k)) == i:
            yield i, j


def _splits(
    a: _Side,
    b: _Side,
    pairs: list[tuple[int, int, str]],
    aligned: np.ndarray,
    encode: Encode,
    sim: np.ndarray,
    params: PairParams,
) -> list[tuple[int, int, str]]:
    """A quote of one side rendered as two adjacent quotes on the other: pair both.

    The second quote must be of the same kind and not another person's, lie next to the
    first partner (aligned with the quote, or in the next sentence), and the two joined must
    be closer to the quote than the first partner alone by at least `min_split_gain`
    (cosine); a quote over several sentences aligned with two quotes of the same speaker may
    lose up to `max_split_loss`.
    """
    paired_a = {i for i, _, _ in pairs}
    paired_b = {j for _, j, _ in pairs}
    extra = []
    for i, j, _ in pairs:
        bounds = (sim[i, j] + params.min_split_gain, sim[i, j] - params.max_split_loss)
        on_b = lambda jj, i=i: _speakers_agree(a, b, i, jj)  # noqa: E731
        for jj in _split_partners(a, b, i, j, aligned[i], on_b, paired_b, encode, bounds):
            extra.append((i, jj, "split"))
        on_a = lambda ii, j=j: _speakers_agree(a, b, ii, j)  # noqa: E731
        for ii in _split_partners(b, a, j, i, aligned[:, j], on_a, paired_a, encode, bounds):
            extra.append((ii, j, "split"))
    return extra


def _split_partners(
    one: _Side,
    other: _Side,
    k: int,
    partner: int,
    aligned: np.ndarray,
    agree: Callable[[int], int],
    paired: set[int],
    encode: Encode,
    bounds: tuple[float, float],
) -> Iterator[int]:
    """The quotes of `other` next to `partner` that, with it, render quote `k` of `one`
    (either direction of `_splits`). `aligned` is k's row of the alignment against `other`,
    `agree(n)` how k's speaker agrees with quote n's, `paired` the paired quotes of `other`
    (each new one is added), `bounds` the similarity the joined pair must beat, and the
    lower one it must reach when k covers both sentences and the speaker is the same."""
    for near in (_neighbour(other, partner, -1), _neighbour(other, partner, 1)):
        if (
            0 <= near < len(other.ids)
            and near not in paired
            and one.kinds[k] == other.kinds[near]
            and _near(aligned[near], other.sents, partner, near)
            and agree(near) != _NEVER
            and _one_voice(other, partner, near)
        ):
            joined = other.texts[min(partner, near)] + " " + other.texts[max(partner, near)]
            covered = _covers(one.sents[k], other.sents, partner, near, aligned[near])
            floor = bounds[1] if covered and agree(near) == _SAME else bounds[0]
            if _joined_similarity(encode, one.texts[k], joined) > floor:
                paired.add(near)
                yield near


def _neighbour(side: _Side, k: int, step: int) -> int:
    """The quote next to quote k in direction `step`; for a quote of the text (not nested),
    over nested quotes ("Every year we are told 'next year'," he said. "Meanwhile ...": the
    nested 'next year' lies between the two parts)."""
    n = k + step
    while 0 <= n < len(side.ids) and side.parents[k] is None and side.parents[n] is not None:
        n += step
    return n


def _one_voice(side: _Side, k: int, kk: int) -> bool:
    """Two quotes of one side that could be one quotation split in two: not two different
    people's (Bush's "That's interesting." and Putin's next words are two quotations)."""
    ka, kb = side.speakers[k], side.speakers[kk]
    if not ka or not kb or ka.startswith("org:") or kb.startswith("org:"):
        return True
    return ka == kb or keys_close(ka, kb)


def _covers(whole: list[int], sents: list[list[int]], k: int, kk: int, aligned: bool) -> bool:
    """A quote over several sentences (`whole`) aligned with two quotes k, kk of the other
    side that stand in different sentences: it covers both ("«A, — каже X, — B»" against
    '"A," says X. "B"')."""
    return aligned and len(whole) > 1 and not set(sents[k]) & set(sents[kk])


def _near(aligned: bool, sents: list[list[int]], k: int, kk: int) -> bool:
    """Aligned with the quote, or in the sentence next to its partner's."""
    if aligned:
        return True
    if not sents[k] or not sents[kk]:
        return False
    return min(abs(x - y) for x in sents[k] for y in sents[kk]) <= 1


def _joined_similarity(encode: Encode, text: str, joined: str) -> float:
    vecs = _encode(encode, [text, joined])
    return float(vecs[0] @ vecs[1])


def _frame(
    a: _Side,
    b: _Side,
    pairs: list[tuple[int, int, str]],
    sim: np.ndarray,
    maps: tuple[dict[int, set[int]], dict[int, set[int]]],
    a_sents: tuple[np.ndarray, list[int]],
    b_sents: tuple[np.ndarray, list[int]],
) -> pl.DataFrame:
    rows = []
    by_a: dict[int, list[tuple[int, str]]] = {}
    for i, j, method in pairs:
        by_a.setdefault(i, []).append((j, method))
    paired_b = {j for _, j, _ in pairs}
    for i in range(len(a.ids)):
        for j, method in sorted(by_a.get(i, [])):
            s = float(sim[i, j])
            rows.append((a.ids[i], b.ids[j], round(s, 6), method, None, round(s, 6)))
        if i not in by_a:
            ids, best = _best_sentences(a.sents[i], maps[0], *a_sents, i)
            rows.append((a.ids[i], None, None, None, ids, best))
    for j in range(len(b.ids)):
        if j not in paired_b:
            ids, best = _best_sentences(b.sents[j], maps[1], *b_sents, j)
            rows.append((None, b.ids[j], None, None, ids, best))
    return pl.DataFrame(rows, schema=PAIRS, orient="row")


def _best_sentences(
    sents: list[int],
    mapping: dict[int, set[int]],
    sims: np.ndarray,
    other_ids: list[int],
    row: int,
) -> tuple[list[int], float | None]:
    """The aligned sentences of the quote's sentences, else the most similar sentence."""
    if not other_ids or sims.shape[1] == 0:
        return [], None
    candidates = sorted(set().union(*(mapping.get(s, set()) for s in sents))) if sents else []
    pos = {sid: k for k, sid in enumerate(other_ids)}
    candidates = [c for c in candidates if c in pos]
    if candidates:
        best = max(float(sims[row, pos[c]]) for c in candidates)
        return candidates, round(best, 6)
    k = int(np.argmax(sims[row]))
    return [other_ids[k]], round(float(sims[row, k]), 6)
