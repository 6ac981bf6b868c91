"""Lexical anchors: numbers written in digits on both sides of a bead.

A translator keeps "250 m", "1956" and "8847,60" as digits whatever the language, so a number
that sits in one source sentence and one target sentence ties them together more surely than
their embeddings do. Where a translator moves a clause across a sentence boundary, the number
moves with it and shows that the two sentences on each side form one bead.

Comparable mode (toolkit.align.mining) counts them when it picks mutual best pairs; translation
mode (toolkit.align.dp) can add them to its bead scores (`DPParams.anchor_weight`, off by
default: it helped the dev sets but not the test sets).

A bead earns one point for each number found on both of its sides, weighed by how rare the
number is in the document (``1 / max(source count, target count)``): "1956" written twenty
times says little, "8847" written once on each side a lot. Each window of sentences is a
presence vector over the numbers the two documents share, scaled so that the dot product of a
source and a target window is the bead's weighed count of shared numbers.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

import numpy as np
from scipy import sparse

DIGITS = re.compile(r"\d+")


def numbers(text: str) -> set[str]:
    """The runs of digits in `text`, leading zeros dropped ("07" and "7" are one number).

    Separators split a number into its groups, so "25,000", "25 000" and "25.000" all give
    {"25", "0"}: the same on every side.

    Example:
        >>> sorted(numbers("8847,60 m (1955), am 07. Mai"))
        ['1955', '60', '7', '8847']
    """
    return {run.lstrip("0") or "0" for run in DIGITS.findall(text)}


def anchor_vectors(
    src_texts: Sequence[str], tgt_texts: Sequence[str]
) -> tuple[sparse.csr_matrix, sparse.csr_matrix]:
    """Per-sentence presence vectors over the numbers both documents hold, weighed so that
    ``src[i] @ tgt[j]`` is the weighed count of numbers sentence i and sentence j share.

    Both are sparse (CSR) with one column per shared number (none when nothing is shared).
    """
    src_sets = [numbers(t) for t in src_texts]
    tgt_sets = [numbers(t) for t in tgt_texts]
    src_df = Counter(x for s in src_sets for x in s)
    tgt_df = Counter(x for s in tgt_sets for x in s)
    shared = sorted(set(src_df) & set(tgt_df))
    index = {x: k for k, x in enumerate(shared)}
    scale = np.array([1.0 / np.sqrt(max(src_df[x], tgt_df[x])) for x in shared], dtype=np.float32)
    return _presence(src_sets, index, scale), _presence(tgt_sets, index, scale)


def _presence(sets: list[set[str]], index: dict[str, int], scale: np.ndarray) -> sparse.csr_matrix:
    cols = [sorted(index[x] for x in found if x in index) for found in sets]
    indptr = np.cumsum([0, *(len(c) for c in cols)])
    indices = np.array([c for row in cols for c in row], dtype=np.int64)
    values = scale[indices] if len(indices) else np.zeros(0, dtype=np.float32)
    return sparse.csr_matrix((values, indices, indptr), shape=(len(sets), len(index)))


class WindowPresence:
    """Presence over every run of `size` consecutive sentences (row k: sentences k..k+size-1),
    built per slice of rows as a sparse block, so time and memory follow the numbers present,
    not rows x numbers.

    A number in two sentences of the window counts once.
    """

    def __init__(self, sentences: sparse.csr_matrix, size: int) -> None:
        self.sentences, self.size = sentences.tocsr(), size
        self.shape = (max(sentences.shape[0] - size + 1, 0), sentences.shape[1])
        self.scale = np.zeros(sentences.shape[1], dtype=np.float32)
        self.scale[self.sentences.indices] = self.sentences.data

    def __getitem__(self, rows: slice) -> sparse.csr_matrix:
        start, stop, _ = rows.indices(self.shape[0])
        count = max(stop - start, 0)
        out = self.sentences[start : start + count]
        for offset in range(1, self.size):
            out = out + self.sentences[start + offset : start + offset + count]
        out = sparse.csr_matrix(out)
        out.data = self.scale[out.indices]
        return out
