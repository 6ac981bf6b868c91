"""Run settings and the run's reproducibility signature.

Every configurable part contributes one `key:value` fragment; the signature joins them with
`|` in a fixed order and ends with the toolkit version, like sacrebleu's signatures.
"""

from __future__ import annotations

import os
from pathlib import Path

from toolkit import __version__

# Which version pairs a run compares (toolkit.pipeline.version_pairs).
PAIR_CHOICES = ("all", "pivot")
SIGNATURE_ORDER = (
    "model", "seg", "align", "pairs", "quotes", "compare", "flag", "statements",
)  # fmt: skip


def cache_dir() -> Path:
    """The cache folder: $TOOLKIT_CACHE, else $XDG_CACHE_HOME/toolkit, else ~/.cache/toolkit."""
    if os.environ.get("TOOLKIT_CACHE"):
        return Path(os.environ["TOOLKIT_CACHE"])
    if os.environ.get("XDG_CACHE_HOME"):
        return Path(os.environ["XDG_CACHE_HOME"]) / "toolkit"
    return Path.home() / ".cache" / "toolkit"


def signature(fragments: dict[str, str]) -> str:
    """Join stage fragments into the run signature.

    Example:
        >>> signature({"seg": "razdel+rules", "model": "e5-small-q4@1a2b3c4d"})
        'model:e5-small-q4@1a2b3c4d|seg:razdel+rules|toolkit:0.1.0'
    """
    known = [k for k in SIGNATURE_ORDER if k in fragments]
    extra = sorted(k for k in fragments if k not in SIGNATURE_ORDER)
    parts = [f"{k}:{fragments[k]}" for k in (*known, *extra)]
    return "|".join([*parts, f"toolkit:{__version__}"])
