"""Ingest figures: legacy-encoding detection and language detection on NTREX-128 sentences,
and the time to read a 5 MB version.

Encoding: every NTREX line (uk, ru) that holds a non-ASCII character is encoded in cp1251,
koi8-r and koi8-u (lines that cannot be encoded are skipped; koi8 cannot hold « » — and NBSP,
which are written " " - and a space, as koi8 texts did) and decoded by `decode_bytes`; a line
counts as right when both the text and the encoding name come back (koi8-r and koi8-u count
as one where the line has no Ukrainian letter). Language: `detect_language` on every line
(en, uk, ru). Timing: the Ukrainian lines repeated into a 5 MB file, UTF-8 and cp1251,
CRLF line endings, read with `read_version` (best of 3).

Run: .venv/bin/python bench/ingest_ntrex.py [data/ntrex128]
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from toolkit.errors import InputError
from toolkit.ingest import decode_bytes, read_version
from toolkit.ingest.language import detect_language
from toolkit.ntrex import NTREX_FILES

FILES = NTREX_FILES
KOI8_SAFE = str.maketrans({"«": '"', "»": '"', "—": "-", "\u00a0": " "})


def lines(folder: Path, lang: str) -> list[str]:
    text = (folder / FILES[lang]).read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line.strip()]


def encoding_figures(folder: Path) -> None:
    print("| text | encoding | lines | right | wrong or refused |")
    print("|---|---|---|---|---|")
    for lang in ("uk", "ru"):
        for encoding in ("cp1251", "koi8-r", "koi8-u"):
            total = right = 0
            for line in lines(folder, lang):
                if encoding.startswith("koi8"):
                    line = line.translate(KOI8_SAFE)
                try:
                    data = line.encode(encoding)
                except UnicodeEncodeError:
                    continue
                if data.isascii():
                    continue
                total += 1
                try:
                    text, found = decode_bytes(data, name="line")
                except InputError:
                    continue
                same = {found, encoding} <= {"koi8-r", "koi8-u"} or found == encoding
                right += text == line and same
            print(f"| {lang} | {encoding} | {total} | {right} | {total - right} |")


def language_figures(folder: Path) -> None:
    print("\n| lines in | lines | right | wrong | unsure (None) |")
    print("|---|---|---|---|---|")
    for lang in FILES:
        found = [detect_language(line) for line in lines(folder, lang)]
        wrong = sum(1 for f in found if f is not None and f != lang)
        unsure = found.count(None)
        print(f"| {lang} | {len(found)} | {found.count(lang)} | {wrong} | {unsure} |")


def timing_figures(folder: Path) -> None:
    print("\n| 5 MB version | bytes | characters | seconds (best of 3) |")
    print("|---|---|---|---|")
    body = "\r\n\r\n".join(lines(folder, "uk"))
    with tempfile.TemporaryDirectory() as tmp:
        for encoding in ("utf-8", "cp1251"):
            data = body.encode(encoding, errors="replace")  # cp1251 lacks a few symbols
            path = Path(tmp) / f"big-{encoding}.uk.txt"
            path.write_bytes(data * (5_000_000 // len(data) + 1))
            best = float("inf")
            for _ in range(3):
                started = time.perf_counter()
                version = read_version(path)
                best = min(best, time.perf_counter() - started)
            size = path.stat().st_size
            print(f"| {encoding} | {size} | {len(version.text)} | {best:.2f} |")


def main() -> None:
    folder = Path(sys.argv[1] if len(sys.argv) > 1 else "data/ntrex128")
    encoding_figures(folder)
    language_figures(folder)
    timing_figures(folder)


if __name__ == "__main__":
    main()
