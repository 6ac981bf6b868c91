"""Embed stage: sentence vectors from a sentence-transformers model, cached on disk.

Only this package imports torch and sentence_transformers, and only inside functions, so
importing it is cheap.

Example:
    >>> from toolkit.embed import load_embedder
    >>> emb = load_embedder()  # doctest: +SKIP
    >>> emb.encode(["The talks ended.", "Переговори завершилися."]).shape  # doctest: +SKIP
    (2, 384)
"""

from __future__ import annotations

from toolkit.embed.model import DEFAULT_MODEL, Embedder, load_embedder, prefix_for

__all__ = ["DEFAULT_MODEL", "Embedder", "load_embedder", "prefix_for"]
