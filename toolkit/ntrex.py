"""The NTREX-128 file names in data/ntrex128, in one place.

data/ntrex128 holds the NTREX-128 newstest2019 sentence files, one sentence per line: line k
of each language's file is a translation of line k of the English file. DOCUMENT_IDS.tsv
names the document each line belongs to.
"""

from __future__ import annotations

NTREX_FILES: dict[str, str] = {
    "en": "newstest2019-src.eng.txt",
    "uk": "newstest2019-ref.ukr.txt",
    "ru": "newstest2019-ref.rus.txt",
}
