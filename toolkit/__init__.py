"""Compare how a news story, and the quotes in it, are rendered across languages and outlets."""

from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["__version__"]
