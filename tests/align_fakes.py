"""A deterministic fake embedder for alignment tests.

Texts sharing tokens like "s3" get close vectors.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Sequence

import numpy as np

DIM = 64


def token_vector(token: str) -> np.ndarray:
    rng = np.random.default_rng(zlib.crc32(token.encode()))
    return rng.standard_normal(DIM)


class FakeEmbedder:
    """Sum of the vectors of a text's `s<n>` tokens plus a little noise, normalised."""

    signature = "fake"

    def __init__(self) -> None:
        self.stats = {"requested": 0, "computed": 0, "cached": 0}

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        self.stats["requested"] += len(texts)
        self.stats["computed"] += len(texts)
        out = []
        for text in texts:
            keys = re.findall(r"\bs\d+\b", text) or [text]
            vec = sum(token_vector(k) for k in keys) + 0.2 * token_vector("noise:" + text)
            out.append(vec / np.linalg.norm(vec))
        return np.asarray(out, dtype=np.float32).reshape(len(texts), DIM)
