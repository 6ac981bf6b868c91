"""The alignment picture of one version pair: similarity matrix with the chosen beads, as SVG.

The matrix is a PNG (written here with zlib, no plotting library) embedded in the SVG as a
data URI; the beads are SVG rectangles on top, in sentence coordinates, so a downsampled
matrix (row/col as block indices) still lines up with them. Same input, same bytes.
"""

from __future__ import annotations

import base64
import itertools
import math
import struct
import warnings
import zlib
from html import escape

import numpy as np
import polars as pl

SIZE = 360  # longest side of the matrix area, in px
GUTTER = 10  # room for beads with an empty side
MAX_PIXELS = 240  # a larger matrix is max-pooled to this many cells per side
LOW = np.array([255, 255, 255], dtype=np.float64)
HIGH = np.array([24, 62, 140], dtype=np.float64)
MISSING = np.array([236, 236, 236], dtype=np.float64)


def png_rgb(pixels: np.ndarray) -> bytes:
    """Encode an (h, w, 3) uint8 array as a PNG file."""
    height, width, _ = pixels.shape
    raw = b"".join(b"\x00" + pixels[y].tobytes() for y in range(height))

    def chunk(tag: bytes, data: bytes) -> bytes:
        crc = zlib.crc32(tag + data) & 0xFFFFFFFF
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw, 9))
        + chunk(b"IEND", b"")
    )


def matrix(similarity: pl.DataFrame) -> np.ndarray:
    """The dense matrix (NaN where no value) of one pair's similarity rows."""
    if similarity.is_empty():
        return np.full((0, 0), np.nan)
    rows = similarity.get_column("row").to_numpy()
    cols = similarity.get_column("col").to_numpy()
    out = np.full((int(rows.max()) + 1, int(cols.max()) + 1), np.nan)
    out[rows, cols] = similarity.get_column("sim").to_numpy().astype(np.float64)
    return out


def _pool(values: np.ndarray, limit: int) -> np.ndarray:
    rows, cols = values.shape
    fy, fx = math.ceil(rows / limit), math.ceil(cols / limit)
    if fy == 1 and fx == 1:
        return values
    padded = np.full((math.ceil(rows / fy) * fy, math.ceil(cols / fx) * fx), np.nan)
    padded[:rows, :cols] = values
    blocks = padded.reshape(padded.shape[0] // fy, fy, padded.shape[1] // fx, fx)
    with warnings.catch_warnings():  # all-NaN blocks (padding, missing cells) stay NaN
        warnings.simplefilter("ignore", RuntimeWarning)
        return np.nanmax(np.nanmax(blocks, axis=3), axis=1)


def colours(values: np.ndarray) -> np.ndarray:
    """White (lowest similarity of the pair) to dark blue (highest); grey where missing."""
    finite = values[np.isfinite(values)]
    out = np.empty((*values.shape, 3), dtype=np.float64)
    out[:] = MISSING
    if finite.size:
        low, high = float(np.min(finite)), float(np.max(finite))
        span = high - low if high > low else 1.0
        t = np.clip((values - low) / span, 0.0, 1.0)
        blend = LOW + (HIGH - LOW) * t[..., None]
        mask = np.isfinite(values)
        out[mask] = blend[mask]
    return np.rint(out).astype(np.uint8)


def _fmt(value: float) -> str:
    return f"{value:.2f}".rstrip("0").rstrip(".")


def alignment_svg(
    similarity: pl.DataFrame,
    beads: pl.DataFrame,
    *,
    n_a: int,
    n_b: int,
    label_a: str,
    label_b: str,
) -> str:
    """SVG for one pair: rows are sentences of version a, columns of version b.

    `similarity` has row, col, sim for this pair (dense, or blocks when row/col count
    fewer than n_a/n_b); `beads` has bead_id, src_ids (a), tgt_ids (b), score.
    """
    grid = matrix(similarity)
    n_a = max(n_a, grid.shape[0], 1)
    n_b = max(n_b, grid.shape[1], 1)
    scale = SIZE / max(n_a, n_b)
    width, height = n_b * scale, n_a * scale
    sx, sy = width / n_b, height / n_a
    parts = [
        f'<svg class="align" role="img" '
        f'width="{_fmt(width + GUTTER + 4)}" height="{_fmt(height + GUTTER + 4)}" '
        f'viewBox="{-GUTTER} {-GUTTER} {_fmt(width + GUTTER + 4)} {_fmt(height + GUTTER + 4)}">',
        f"<title>{escape(label_a)} (rows) × {escape(label_b)} (columns)</title>",
    ]
    if grid.size:
        png = png_rgb(colours(_pool(grid, MAX_PIXELS)))
        uri = "data:image/png;base64," + base64.b64encode(png).decode("ascii")
        parts.append(
            f'<image x="0" y="0" width="{_fmt(width)}" height="{_fmt(height)}" '
            f'preserveAspectRatio="none" image-rendering="pixelated" href="{uri}"/>'
        )
    parts.append(
        f'<rect x="0" y="0" width="{_fmt(width)}" height="{_fmt(height)}" '
        f'fill="none" stroke="#99a1ad" stroke-width="0.5"/>'
    )
    parts += _bead_marks(beads, sx=sx, sy=sy, label_a=label_a, label_b=label_b)
    parts.append("</svg>")
    return "".join(parts)


def _bead_marks(
    beads: pl.DataFrame, *, sx: float, sy: float, label_a: str, label_b: str
) -> list[str]:
    marks: list[str] = []
    centres: list[tuple[float, float]] = []
    for bead in beads.sort("bead_id").iter_rows(named=True):
        src, tgt = list(bead["src_ids"] or []), list(bead["tgt_ids"] or [])
        title = (
            f"<title>{escape(label_a)} {src} ↔ {escape(label_b)} {tgt} · "
            f"score {_fmt(bead['score'] or 0.0)}</title>"
        )
        if src and tgt:
            x, y = min(tgt) * sx, min(src) * sy
            w, h = (max(tgt) - min(tgt) + 1) * sx, (max(src) - min(src) + 1) * sy
            marks.append(
                f'<rect class="bead" data-bead="{bead["bead_id"]}" x="{_fmt(x)}" y="{_fmt(y)}" '
                f'width="{_fmt(w)}" height="{_fmt(h)}">{title}</rect>'
            )
            centres.append((x + w / 2, y + h / 2))
        elif src:  # only in version a: a tick in the left gutter
            y0, y1 = min(src) * sy, (max(src) + 1) * sy
            marks.append(
                f'<line class="gap" data-bead="{bead["bead_id"]}" x1="-5" x2="-5" '
                f'y1="{_fmt(y0)}" y2="{_fmt(y1)}">{title}</line>'
            )
        elif tgt:  # only in version b: a tick in the top gutter
            x0, x1 = min(tgt) * sx, (max(tgt) + 1) * sx
            marks.append(
                f'<line class="gap" data-bead="{bead["bead_id"]}" y1="-5" y2="-5" '
                f'x1="{_fmt(x0)}" x2="{_fmt(x1)}">{title}</line>'
            )
    if len(centres) > 1 and all(
        b[0] >= a[0] and b[1] >= a[1] for a, b in itertools.pairwise(centres)
    ):
        points = " ".join(f"{_fmt(x)},{_fmt(y)}" for x, y in centres)
        marks.insert(0, f'<polyline class="path" points="{points}"/>')
    return marks
