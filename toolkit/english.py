"""English dictionary words, for telling a word of the language from a name.

The list is SCOWL's words written in lowercase only (toolkit/compare/data/PROVENANCE.txt);
it is read once, on first use.
"""

from __future__ import annotations

import functools
import gzip
from pathlib import Path

_PATH = Path(__file__).with_name("compare") / "data" / "en_words.txt.gz"


@functools.cache
def en_words() -> frozenset[str]:
    """English words written in lowercase only in SCOWL: "plaza", "medical"; never "china"
    or "bush", which it also lists capitalised."""
    with gzip.open(_PATH, "rt", encoding="utf-8") as handle:
        return frozenset(handle.read().split())
