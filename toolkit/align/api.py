"""Align sentence frames with an embedder: the stage's entry points for two versions."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

import numpy as np
import polars as pl

from toolkit import schemas
from toolkit.align.anchors import anchor_vectors
from toolkit.align.core import Bead, align_arrays, align_signature, resolve_mode
from toolkit.align.dp import DPParams
from toolkit.align.mining import MiningParams
from toolkit.align.open_ends import open_ends
from toolkit.embed.layers import LayerMeans, joined
from toolkit.embed.model import Embedder
from toolkit.errors import InputError

JOIN = " "  # separator when sentences are merged into one text to embed
PREVIEW = 200  # largest side of the downsampled similarity matrix


@dataclass
class AlignResult:
    """The beads between two versions and how they were found.

    Attributes:
        beads: schemas.BEADS frame, one row per bead.
        mode: the mode used ("translation" or "comparable").
        mode_reason: why (e.g. the share of confident anchors in order, or "requested").
        stats: sentences per side, texts embedded, merged windows embedded, cache hits.
        signature: the `align:` signature fragment.
    """

    beads: pl.DataFrame
    mode: str
    mode_reason: str
    stats: dict[str, int]
    signature: str
    src_vecs: np.ndarray = field(repr=False)
    tgt_vecs: np.ndarray = field(repr=False)

    def similarity(self) -> np.ndarray:
        """The full (n, m) cosine matrix of single sentences."""
        return self.src_vecs @ self.tgt_vecs.T

    def similarity_preview(self, *, size: int = PREVIEW) -> np.ndarray:
        """The cosine matrix average-pooled so that neither side exceeds `size` cells."""
        sim = self.similarity()
        return _pool2d(sim, size)

    def save_similarity(self, path: str | Path) -> Path:
        """Write the full matrix as .npy (atomically); returns the path."""
        from toolkit import atomic

        with atomic.atomic_path(path) as tmp, open(tmp, "wb") as handle:
            np.save(handle, self.similarity().astype(np.float32))
        return Path(path)


def _pool2d(sim: np.ndarray, size: int) -> np.ndarray:
    out = sim
    for axis in (0, 1):
        count = out.shape[axis]
        if count > size:
            edges = np.linspace(0, count, size + 1).astype(int)
            out = np.add.reduceat(out, edges[:-1], axis=axis) / np.diff(edges).reshape(
                (-1, 1) if axis == 0 else (1, -1)
            )
    return out


def beads_frame(beads: list[Bead]) -> pl.DataFrame:
    """Beads as a schemas.BEADS frame."""
    return pl.DataFrame(
        {
            "src_ids": [list(b.src_ids) for b in beads],
            "tgt_ids": [list(b.tgt_ids) for b in beads],
            "score": [round(b.score, 6) for b in beads],
        },
        schema=schemas.BEADS,
    )


def _texts(frame: pl.DataFrame, name: str) -> list[str]:
    if frame.height == 0:
        raise InputError(f"{name}: no sentences to align")
    return frame.sort("sent_id")["text"].to_list()


def _version_name(frame: pl.DataFrame, fallback: str) -> str:
    if frame.height and "version" in frame.columns:
        return str(frame["version"][0])
    return fallback


def align_pair(
    src_sents: pl.DataFrame,
    tgt_sents: pl.DataFrame,
    embedder: object,
    *,
    mode: str = "auto",
    max_bead: tuple[int, int] = (4, 4),
    names: tuple[str, str] | None = None,
) -> AlignResult:
    """Align two versions' SENTENCES frames.

    Sentences are embedded once; merged sentences are embedded only for the windows the
    translation band asks for. Raises InputError when a version has no sentences.

    Example:
        >>> result = align_pair(en, uk, load_embedder())  # doctest: +SKIP
        >>> result.mode, result.beads.height  # doctest: +SKIP
        ('translation', 42)
    """
    src_name, tgt_name = names or (
        _version_name(src_sents, "source"),
        _version_name(tgt_sents, "target"),
    )
    src_texts = _texts(src_sents, src_name)
    tgt_texts = _texts(tgt_sents, tgt_name)
    before = dict(embedder.stats)
    src_vecs = embedder.encode(src_texts)
    tgt_vecs = embedder.encode(tgt_texts)
    merged_count = [0]

    def merged(side: str, ranges: list[tuple[int, int]]) -> np.ndarray:
        texts = src_texts if side == "src" else tgt_texts
        merged_count[0] += len(ranges)
        return embedder.encode([JOIN.join(texts[a:b]) for a, b in ranges])

    concrete, reason = resolve_mode(mode, src_vecs, tgt_vecs)
    translation = translation_params_for(embedder)
    src_in, tgt_in, merged_in, mining, layer_stats = _mode_inputs(
        concrete, embedder, (src_texts, tgt_texts), (src_vecs, tgt_vecs), merged
    )
    extras = _sentence_features(concrete, mining, translation, (src_sents, tgt_sents),
                                (src_texts, tgt_texts))  # fmt: skip
    beads = align_arrays(
        src_in,
        tgt_in,
        mode=concrete,
        max_bead=max_bead,
        merged=merged_in,
        src_lengths=np.array([len(t) for t in src_texts]),
        tgt_lengths=np.array([len(t) for t in tgt_texts]),
        mining=mining,
        translation=translation,
        **extras,
    )
    stats = {
        "src_sentences": len(src_texts),
        "tgt_sentences": len(tgt_texts),
        "merged_embedded": merged_count[0],
        "paragraphs_used": int(extras["src_paragraphs"] is not None),
        **{f"texts_{k}": embedder.stats.get(k, 0) - before.get(k, 0) for k in embedder.stats},
        **layer_stats,
    }
    return AlignResult(
        beads=beads_frame(beads),
        mode=concrete,
        mode_reason=reason,
        stats=stats,
        signature=align_signature(
            concrete, max_bead=max_bead, mining=mining, translation=translation
        ),
        src_vecs=src_vecs,
        tgt_vecs=tgt_vecs,
    )


def _mode_inputs(
    concrete: str,
    embedder: object,
    texts: tuple[list[str], list[str]],
    vecs: tuple[np.ndarray, np.ndarray],
    merged: Callable[[str, list[tuple[int, int]]], np.ndarray],
) -> tuple[np.ndarray, np.ndarray, Callable, MiningParams, dict[str, int]]:
    """What the aligner reads for `concrete` mode: the two sides' vectors and the merged-
    window callback (comparable mode joins a middle layer's means to the sentence vectors
    where the embedder has them), the mining settings (no layer weight without them) and
    the layer texts run."""
    mining = mining_params_for(embedder)
    if concrete != "comparable":
        return vecs[0], vecs[1], merged, mining, {}
    means = layer_means_for(embedder, mining)
    if means is None:
        return vecs[0], vecs[1], merged, replace(mining, layer_weight=0.0), {}
    src_in, tgt_in, merged_in = comparable_inputs(
        means, texts[0], texts[1], vecs[0], vecs[1], merged, mining.layer_weight
    )
    return (
        src_in,
        tgt_in,
        merged_in,
        mining,
        {f"layer_texts_{k}": v for k, v in means.stats.items()},
    )


def _sentence_features(
    concrete: str,
    mining: MiningParams,
    translation: DPParams,
    sentences: tuple[pl.DataFrame, pl.DataFrame],
    texts: tuple[list[str], list[str]],
) -> dict[str, object]:
    """`align_arrays`'s per-sentence inputs besides the vectors, each pair None where the
    mode's settings do not use it: number anchors, open ends (translation), paragraphs
    (translation, when both versions keep the same ones)."""
    weight = mining.anchor_weight if concrete == "comparable" else translation.anchor_weight
    src_anchors, tgt_anchors = anchor_vectors(*texts) if weight else (None, None)
    open_cost = concrete == "translation" and translation.open_end_cost
    src_open, tgt_open = (open_ends(texts[0]), open_ends(texts[1])) if open_cost else (None, None)
    src_paras, tgt_paras = _paragraphs(sentences[0]), _paragraphs(sentences[1])
    kept = concrete == "translation" and translation.paragraph_cost > 0
    if not (kept and paragraphs_kept(src_paras, tgt_paras, translation.paragraph_ratio)):
        src_paras = tgt_paras = None
    return {
        "src_anchors": src_anchors,
        "tgt_anchors": tgt_anchors,
        "src_open": src_open,
        "tgt_open": tgt_open,
        "src_paragraphs": src_paras,
        "tgt_paragraphs": tgt_paras,
    }


def _paragraphs(sentences: pl.DataFrame) -> np.ndarray:
    """Each sentence's paragraph, in sentence order."""
    return sentences.sort("sent_id")["para_id"].to_numpy()


def paragraphs_kept(src: np.ndarray, tgt: np.ndarray, ratio: float) -> bool:
    """Whether two versions' paragraphs can be taken for each other's: both have two or
    more, and neither has more than `ratio` times as many as the other (an edition that
    re-paragraphs its text gives no such guide).

    Example:
        >>> paragraphs_kept(np.array([0, 0, 1, 2]), np.array([0, 1, 1, 2]), 1.25)
        True
    """
    a, b = len(np.unique(src)), len(np.unique(tgt))
    return min(a, b) >= 2 and max(a, b) <= ratio * min(a, b)


def mining_params_for(embedder: object) -> MiningParams:
    """Comparable-mode settings for the embedder's model: the cosine floors and the layer
    weight were chosen for the default model (multilingual-e5 cosines run high), so any
    other model gets none of them and works on its plain sentence vectors."""
    if _default_model(embedder):
        return MiningParams()
    return MiningParams(
        min_cosine=0.0, member_cosine=0.0, second_cosine=0.0, merged_cosine=0.0, layer_weight=0.0
    )


def layer_means_for(embedder: object, params: MiningParams) -> LayerMeans | None:
    """The layer means comparable mode joins to the sentence vectors (toolkit.embed.layers),
    or None when `params` asks for none or the model has no backbone to take them from."""
    if not params.layer_weight or not isinstance(embedder, Embedder):
        return None
    means = LayerMeans(embedder, layer=params.layer)
    return means if means.available else None


def comparable_inputs(
    means: LayerMeans,
    src_texts: list[str],
    tgt_texts: list[str],
    src_vecs: np.ndarray,
    tgt_vecs: np.ndarray,
    merged: Callable[[str, list[tuple[int, int]]], np.ndarray],
    weight: float,
) -> tuple[np.ndarray, np.ndarray, Callable[[str, list[tuple[int, int]]], np.ndarray]]:
    """Comparable mode's vectors: each sentence vector joined to its layer mean at `weight`,
    and a `merged` callback that does the same for merged windows."""

    def merged_joined(side: str, ranges: list[tuple[int, int]]) -> np.ndarray:
        texts = src_texts if side == "src" else tgt_texts
        windows = [JOIN.join(texts[a:b]) for a, b in ranges]
        return joined(merged(side, ranges), means.encode(windows), weight=weight)

    return (
        joined(src_vecs, means.encode(src_texts), weight=weight),
        joined(tgt_vecs, means.encode(tgt_texts), weight=weight),
        merged_joined,
    )


def translation_params_for(embedder: object) -> DPParams:
    """Translation-mode settings for the embedder's model: the member cosine floor and the
    split floors are on the default model's scale, so any other model gets none."""
    if _default_model(embedder):
        return DPParams()
    return DPParams(
        member_cosine=0.0, split_cosine=0.0, split_cosine_large=0.0, split_pair_cosine=0.0
    )


def _default_model(embedder: object) -> bool:
    from toolkit.embed.model import DEFAULT_MODEL

    return getattr(embedder, "name", None) == DEFAULT_MODEL


def frame_from_lines(lines: list[str], *, version: str) -> pl.DataFrame:
    """A SENTENCES frame, one sentence per line (offsets as if lines were joined by \\n)."""
    starts, pos = [], 0
    for line in lines:
        starts.append(pos)
        pos += len(line) + 1
    ends = [s + len(t) for s, t in zip(starts, lines, strict=True)]
    return pl.DataFrame(
        {
            "version": [version] * len(lines),
            "sent_id": list(range(len(lines))),
            "para_id": [0] * len(lines),
            "start": starts,
            "end": ends,
            "orig_start": starts,
            "orig_end": ends,
            "text": lines,
        },
        schema=schemas.SENTENCES,
    )
