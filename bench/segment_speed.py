"""Segmentation speed on a ~5 MB version built from NTREX-128 lines (en, uk, ru).

The lines are joined five to a paragraph and the whole set repeated until the text holds
5,000,000 characters. Prints characters per second and sentences found per language.

Run: PYTHONPATH=. .venv/bin/python bench/segment_speed.py [data/ntrex128]
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from toolkit.ntrex import NTREX_FILES
from toolkit.segment import split_sentences

FILES = NTREX_FILES
SIZE = 5_000_000


def big_text(path: Path) -> str:
    lines = [line.strip() for line in path.read_text(encoding="utf-8").splitlines()]
    paragraphs = [" ".join(lines[i : i + 5]) for i in range(0, len(lines), 5)]
    one = "\n\n".join(paragraphs)
    return "\n\n".join([one] * (SIZE // len(one) + 1))[:SIZE]


def main(folder: Path) -> None:
    print("| lang | characters | sentences | seconds | characters/s |")
    print("|---|---|---|---|---|")
    for lang, name in FILES.items():
        text = big_text(folder / name)
        began = time.perf_counter()
        count = len(split_sentences(text, lang))
        seconds = time.perf_counter() - began
        print(
            f"| {lang} | {len(text):,} | {count:,} | {seconds:.2f} | {len(text) / seconds:,.0f} |"
        )


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "data/ntrex128"))
