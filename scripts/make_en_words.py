"""Build toolkit/compare/data/en_words.txt.gz: English words that are common words, not names.

Source: SCOWL's American English list as Debian ships it (package `wamerican`, file
/usr/share/dict/american-english; licence in toolkit/compare/data/SCOWL-LICENSE.txt). Kept:
entries written in lowercase only (no capitalised entry of the same word: "plaza", "medical",
but not "china", which SCOWL also lists as "China"), letters only, three letters or more.

    apt-get download wamerican && dpkg-deb -x wamerican_*.deb wamerican
    .venv/bin/python scripts/make_en_words.py wamerican/usr/share/dict/american-english
"""

from __future__ import annotations

import gzip
import io
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "toolkit" / "compare" / "data" / "en_words.txt.gz"


def common_words(lines: list[str]) -> list[str]:
    """The lowercase-only words of a word list, sorted."""
    entries = {line.strip() for line in lines if line.strip()}
    capitalised = {w.lower() for w in entries if w[:1].isupper()}
    return sorted(
        w for w in entries if w.isalpha() and w.islower() and len(w) >= 3 and w not in capitalised
    )


def main() -> None:
    if len(sys.argv) != 2:
        sys.exit("usage: make_en_words.py PATH/TO/american-english")
    words = common_words(Path(sys.argv[1]).read_text(encoding="utf-8").splitlines())
    buffer = io.BytesIO()
    with gzip.GzipFile(fileobj=buffer, mode="wb", mtime=0) as handle:  # same bytes each run
        handle.write(("\n".join(words) + "\n").encode("utf-8"))
    OUT.write_bytes(buffer.getvalue())
    print(f"{OUT}: {len(words)} words")


if __name__ == "__main__":
    main()
