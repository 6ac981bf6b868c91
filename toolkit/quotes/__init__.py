"""quotes: direct quotes of a version (spans, speakers, titles) and their pairing across
versions.

Example:
    >>> from toolkit.quotes import extract_quotes
    >>> text = '"We are ready," the minister said.'
    >>> extract_quotes(text, "en", [(0, len(text))], version_id="x.en")["text"].to_list()
    ['We are ready']
"""

from __future__ import annotations

from toolkit.quotes.api import QUOTES_SIGNATURE, extract_quotes, quotes_for_version
from toolkit.quotes.names import same_speaker, speaker_key
from toolkit.quotes.pairing import PAIRS, pair_quotes

__all__ = [
    "PAIRS",
    "QUOTES_SIGNATURE",
    "extract_quotes",
    "pair_quotes",
    "quotes_for_version",
    "same_speaker",
    "speaker_key",
]
