"""The I/O-free core: embedding arrays in, beads out."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import NamedTuple

import numpy as np
from scipy import sparse

from toolkit.align.auto import choose_mode
from toolkit.align.dp import DPParams, align_translation
from toolkit.align.mining import MiningParams, align_comparable
from toolkit.errors import InputError

MODES = ("translation", "comparable", "auto")
Merged = Callable[[str, list[tuple[int, int]]], np.ndarray]


class Bead(NamedTuple):
    """Source sentence ids, target sentence ids (either may be empty) and a score."""

    src_ids: tuple[int, ...]
    tgt_ids: tuple[int, ...]
    score: float


def check_mode(mode: str) -> str:
    """`mode` itself, or InputError listing the valid modes."""
    if mode not in MODES:
        raise InputError(f"unknown alignment mode {mode!r}; valid: {', '.join(MODES)}")
    return mode


def resolve_mode(mode: str, src: np.ndarray, tgt: np.ndarray) -> tuple[str, str]:
    """The concrete mode and why it was chosen."""
    check_mode(mode)
    if mode != "auto":
        return mode, "requested"
    if len(src) == 0 or len(tgt) == 0:
        return "translation", "one side is empty"
    return choose_mode(src, tgt)


def align_signature(
    mode: str,
    *,
    max_bead: tuple[int, int] = (4, 4),
    mining: MiningParams | None = None,
    translation: DPParams | None = None,
) -> str:
    """The `align:` fragment of the run signature, from DPParams or MiningParams, e.g.
    ``translation,max=4-4,margin,k=4,...``."""
    if mode == "comparable":
        return (mining or MiningParams()).fragment()
    return replace(translation or DPParams(), max_bead=max_bead).fragment()


def align_arrays(
    src: np.ndarray,
    tgt: np.ndarray,
    *,
    mode: str = "translation",
    max_bead: tuple[int, int] = (4, 4),
    merged: Merged | None = None,
    src_lengths: np.ndarray | None = None,
    tgt_lengths: np.ndarray | None = None,
    mining: MiningParams | None = None,
    translation: DPParams | None = None,
    src_anchors: sparse.csr_matrix | None = None,
    tgt_anchors: sparse.csr_matrix | None = None,
    src_open: np.ndarray | None = None,
    tgt_open: np.ndarray | None = None,
    src_paragraphs: np.ndarray | None = None,
    tgt_paragraphs: np.ndarray | None = None,
) -> list[Bead]:
    """Align two sequences of L2-normalised sentence vectors.

    Args:
        src, tgt: (n, dim) and (m, dim) float arrays.
        mode: "translation" (monotone), "comparable" (reordered, partial) or "auto".
        max_bead: most source / target sentences in one bead (translation mode).
        merged: optional ``merged(side, [(start, stop), ...]) -> (k, dim)`` giving embeddings of
            joined sentence ranges ("src" or "tgt"); called only for windows the band needs.
        src_lengths, tgt_lengths: sentence lengths in characters (length-ratio term).
        mining: comparable-mode settings (default MiningParams()).
        translation: translation-mode settings (default DPParams(); `max_bead` wins).
            Both defaults hold cosine floors on the default model's scale: for another
            model's vectors pass `toolkit.align.api.mining_params_for(embedder)` and
            `translation_params_for(embedder)`, which have none.
        src_anchors, tgt_anchors: the numbers each sentence holds, from
            `toolkit.align.anchors.anchor_vectors(src_texts, tgt_texts)`: comparable mode
            weighs them in when it picks pairs (`MiningParams.anchor_weight`); translation
            mode adds `DPParams.anchor_weight` (0 by default) per weighed shared number.
        src_open, tgt_open: per sentence, whether it ends where no sentence ends (";", ":",
            an initial), from `toolkit.align.open_ends.open_ends(texts)`: translation mode
            charges `DPParams.open_end_cost` for a bead ending after one on one side only.
        src_paragraphs, tgt_paragraphs: per sentence, its paragraph (ids equal within a
            paragraph): translation mode charges `DPParams.paragraph_cost` wherever one
            side's paragraph ends and the other's goes on (give both only when the versions
            keep the same paragraphs; toolkit.align.api.paragraphs_kept).

    Returns:
        Beads covering every sentence exactly once; translation beads are in monotone order.

    Example:
        >>> v = np.eye(3, dtype=np.float32)
        >>> [b[:2] for b in align_arrays(v, v)]
        [((0,), (0,)), ((1,), (1,)), ((2,), (2,))]
    """
    src = _checked(src, "source")
    tgt = _checked(tgt, "target")
    if src.shape[1] != tgt.shape[1] and len(src) and len(tgt):
        raise InputError(f"embedding sizes differ: {src.shape[1]} vs {tgt.shape[1]}")
    if max_bead[0] < 1 or max_bead[1] < 1:
        raise InputError(f"max_bead must be at least 1-1, got {max_bead[0]}-{max_bead[1]}")
    for name, flags, vecs in (
        ("src_open", src_open, src),
        ("tgt_open", tgt_open, tgt),
        ("src_paragraphs", src_paragraphs, src),
        ("tgt_paragraphs", tgt_paragraphs, tgt),
    ):
        if flags is not None and len(flags) != len(vecs):
            raise InputError(f"{name} holds {len(flags)} values for {len(vecs)} sentences")
    concrete, _ = resolve_mode(mode, src, tgt)
    if concrete == "comparable":
        raw = align_comparable(
            src,
            tgt,
            params=mining or MiningParams(),
            merged=merged,
            src_lengths=src_lengths,
            tgt_lengths=tgt_lengths,
            src_anchors=src_anchors,
            tgt_anchors=tgt_anchors,
        )
    else:
        raw = align_translation(
            src,
            tgt,
            params=replace(translation or DPParams(), max_bead=max_bead),
            merged=merged,
            src_lengths=src_lengths,
            tgt_lengths=tgt_lengths,
            src_anchors=src_anchors,
            tgt_anchors=tgt_anchors,
            src_open=src_open,
            tgt_open=tgt_open,
            src_paragraphs=src_paragraphs,
            tgt_paragraphs=tgt_paragraphs,
        )
    return [Bead(tuple(s), tuple(t), float(sc)) for s, t, sc in raw]


def _checked(vecs: np.ndarray, name: str) -> np.ndarray:
    arr = np.asarray(vecs, dtype=np.float32)
    if arr.ndim != 2:
        if arr.size == 0:
            return arr.reshape(0, 0)
        raise InputError(f"{name} embeddings must be a 2-D array, got shape {arr.shape}")
    if not np.isfinite(arr).all():
        raise InputError(f"{name} embeddings hold NaN or infinite values")
    return arr
