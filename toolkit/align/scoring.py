"""Similarity scoring inside a band: window vectors, neighbourhood (k-NN) means and margins.

A band gives, for every DP row ``i`` (source sentences consumed), the half-open range of target
positions ``[lo[i], hi[i])`` the path may visit. Everything here costs O(rows x band width x dim).
"""

from __future__ import annotations

import numpy as np
from scipy import sparse

CHUNK = 256  # rows per dense block when computing banded similarities


def window_vectors(vecs: np.ndarray, size: int) -> np.ndarray:
    """Unit-normalised mean of every run of `size` consecutive vectors.

    Row ``k`` of the result stands for sentences ``[k, k + size)``; there are ``n - size + 1`` rows
    (an empty array when ``n < size``). Used as a stand-in for the embedding of the joined text.
    """
    n, dim = vecs.shape
    if n < size:
        return np.zeros((0, dim), dtype=np.float32)
    total = np.cumsum(np.vstack([np.zeros((1, dim), dtype=np.float64), vecs]), axis=0)
    out = (total[size:] - total[:-size]).astype(np.float32)
    norms = np.linalg.norm(out, axis=1, keepdims=True)
    return out / np.maximum(norms, 1e-12)


def banded_dot(
    left: np.ndarray, right: np.ndarray, lo: np.ndarray, width: int, *, offset: int = 0
) -> np.ndarray:
    """``out[r, c] = left[r] . right[lo[r] + c - offset]`` for a band of `width` columns.

    `left` and `right` are arrays, or anything whose row slices multiply to one (sparse
    blocks: toolkit.align.anchors.WindowPresence).

    Cells whose right index falls outside ``right`` are ``nan``. Rows are processed in dense
    chunks so that memory stays O(rows x width).
    """
    rows = left.shape[0]
    out = np.full((rows, width), np.nan, dtype=np.float32)
    cols = np.arange(width)
    for start in range(0, rows, CHUNK):
        stop = min(rows, start + CHUNK)
        first = int(lo[start:stop].min()) - offset
        last = int(lo[start:stop].max()) - offset + width
        a, b = max(first, 0), min(last, right.shape[0])
        if a >= b:
            continue
        block = left[start:stop] @ right[a:b].T
        if sparse.issparse(block):
            block = block.toarray()
        idx = lo[start:stop, None] - offset + cols[None, :]
        ok = (idx >= a) & (idx < b)
        local = np.clip(idx - a, 0, b - a - 1)
        vals = np.take_along_axis(block, local, axis=1)
        out[start:stop] = np.where(ok, vals, np.nan)
    return out


def knn_means(sim: np.ndarray, k: int) -> np.ndarray:
    """Mean of the `k` largest finite values of each row (nan counted as absent)."""
    filled = np.where(np.isnan(sim), -np.inf, sim)
    kk = min(k, filled.shape[1]) if filled.shape[1] else 0
    if kk == 0:
        return np.zeros(sim.shape[0], dtype=np.float32)
    top = -np.partition(-filled, kk - 1, axis=1)[:, :kk]
    finite = np.isfinite(top)
    count = np.maximum(finite.sum(axis=1), 1)
    return (np.where(finite, top, 0.0).sum(axis=1) / count).astype(np.float32)


def column_band(lo: np.ndarray, hi: np.ndarray, cols: int) -> tuple[np.ndarray, np.ndarray]:
    """For every column ``j`` in ``[0, cols)``, the rows ``[rlo, rhi)`` whose band contains it."""
    j = np.arange(cols)
    rlo = np.searchsorted(hi, j, side="right")  # first row with hi > j
    rhi = np.searchsorted(lo, j, side="right")  # rows with lo <= j
    return rlo.astype(np.int64), np.maximum(rhi, rlo).astype(np.int64)


def neighbourhoods(
    src: np.ndarray, tgt: np.ndarray, lo: np.ndarray, hi: np.ndarray, *, k: int
) -> tuple[np.ndarray, np.ndarray]:
    """k-NN mean similarity of each source and each target sentence within the band.

    `lo`/`hi` are per DP row (``n + 1`` rows, target *positions*); sentence ``i`` is compared with
    the target sentences the band allows next to it.
    """
    n, m = src.shape[0], tgt.shape[0]
    if n == 0 or m == 0:
        return np.zeros(n, dtype=np.float32), np.zeros(m, dtype=np.float32)
    # sentence i is consumed between rows i and i+1: targets [lo[i], hi[i+1]) can sit beside it
    s_lo = np.minimum(lo[:-1], m - 1)
    s_hi = np.clip(hi[1:], s_lo + 1, m)
    width = int((s_hi - s_lo).max())
    sim = banded_dot(src, tgt, s_lo, width)
    sim[np.arange(width)[None, :] >= (s_hi - s_lo)[:, None]] = np.nan
    src_knn = knn_means(sim, k)
    r_lo, r_hi = column_band(s_lo, s_hi, m)
    r_lo = np.minimum(r_lo, n - 1)
    r_hi = np.clip(r_hi, r_lo + 1, n)
    width = int((r_hi - r_lo).max())
    sim_t = banded_dot(tgt, src, r_lo, width)
    sim_t[np.arange(width)[None, :] >= (r_hi - r_lo)[:, None]] = np.nan
    return src_knn, knn_means(sim_t, k)
