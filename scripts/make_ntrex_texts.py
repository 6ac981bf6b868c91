"""Regenerate texts/ntrex/ from data/ntrex128 (NTREX-128, newstest2019 en/uk/ru).

Each selected document becomes a story folder ``texts/ntrex/<doc-id>/`` with three
parallel versions ``ntrex.en.txt``, ``ntrex.uk.txt`` and ``ntrex.ru.txt``: a metadata
header (title = the document's first line) and the remaining lines as the body, one
source line per body line, grouped into paragraphs of three or four lines, identically
in all three languages. ``texts/ntrex/lines.tsv`` maps each document to its line range.

The output depends only on the data files and the constants below, so rerunning the
script reproduces the committed files byte for byte (tests/test_corpus.py checks this).

Example:
    python scripts/make_ntrex_texts.py            # rewrite texts/ntrex/
    python scripts/make_ntrex_texts.py --check    # exit 1 if texts/ntrex/ is stale
"""

from __future__ import annotations

import argparse
import math
import sys
from itertools import groupby
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from toolkit.ntrex import NTREX_FILES  # noqa: E402

DATA_DIR = ROOT / "data" / "ntrex128"
OUT_DIR = ROOT / "texts" / "ntrex"

LANG_FILES = NTREX_FILES

# Varied length (4 to 27 lines), most with direct quotes.
DOCUMENTS = (
    "reuters.218882",
    "abcnews.306758",
    "telegraph.405430",
    "cbsnews.248484",
    "cnn.304489",
    "thelocal.65969",
    "rt.com.91335",
    "bbc.381680",
    "nytimes.184853",
    "guardian.221762",
    "reuters.218861",
    "reuters.218932",
)

NOTE = (
    "NTREX-128 newstest2019, document {doc}, lines {first}-{last}; CC BY-SA 4.0; "
    "translations by professional translators"
)


def read_lines(path: Path) -> list[str]:
    """Return the lines of an NTREX file (UTF-8, CRLF line ends) without line ends."""
    text = path.read_text(encoding="utf-8")
    return text.replace("\r\n", "\n").split("\n")[:-1]


def document_ranges(doc_ids: list[str]) -> dict[str, tuple[int, int]]:
    """Map each document id to its 1-based inclusive line range."""
    ranges: dict[str, tuple[int, int]] = {}
    start = 1
    for doc, group in groupby(doc_ids):
        count = len(list(group))
        ranges[doc] = (start, start + count - 1)
        start += count
    return ranges


def paragraph_sizes(count: int) -> list[int]:
    """Split ``count`` lines into paragraphs of three or four lines (first ones longer)."""
    paragraphs = max(1, math.ceil(count / 3.5))
    base, extra = divmod(count, paragraphs)
    return [base + 1 if i < extra else base for i in range(paragraphs)]


def render_version(lines: list[str], *, doc: str, lang: str, first: int, last: int) -> str:
    """Render one version file: header, then the body lines in paragraphs."""
    title, body = lines[0], lines[1:]
    header = [
        "---",
        "outlet: ntrex",
        f"language: {lang}",
        f"title: {title}",
        f"note: {NOTE.format(doc=doc, first=first, last=last)}",
        "---",
    ]
    paragraphs = []
    start = 0
    for size in paragraph_sizes(len(body)):
        paragraphs.append("\n".join(body[start : start + size]))
        start += size
    return "\n".join(header) + "\n" + "\n\n".join(paragraphs) + "\n"


def render_texts(data_dir: Path = DATA_DIR) -> dict[str, str]:
    """Return every generated file as ``{path relative to texts/ntrex: content}``."""
    doc_ids = read_lines(data_dir / "DOCUMENT_IDS.tsv")
    ranges = document_ranges(doc_ids)
    corpus = {lang: read_lines(data_dir / name) for lang, name in LANG_FILES.items()}
    files: dict[str, str] = {}
    rows = ["doc_id\tfirst_line\tlast_line\tlines"]
    for doc in sorted(DOCUMENTS):
        first, last = ranges[doc]
        rows.append(f"{doc}\t{first}\t{last}\t{last - first + 1}")
        for lang, lines in corpus.items():
            files[f"{doc}/ntrex.{lang}.txt"] = render_version(
                lines[first - 1 : last], doc=doc, lang=lang, first=first, last=last
            )
    files["lines.tsv"] = "\n".join(rows) + "\n"
    return files


def write_texts(files: dict[str, str], out_dir: Path = OUT_DIR) -> None:
    """Write the generated files under ``out_dir`` (LF line ends, UTF-8)."""
    for rel, content in files.items():
        path = out_dir / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(content, encoding="utf-8", newline="\n")


def stale_files(files: dict[str, str], out_dir: Path = OUT_DIR) -> list[str]:
    """Return the generated paths whose file is missing or differs from ``files``."""
    stale = []
    for rel, content in files.items():
        path = out_dir / rel
        if not path.is_file() or path.read_text(encoding="utf-8") != content:
            stale.append(rel)
    return stale


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report stale files")
    args = parser.parse_args(argv)
    files = render_texts()
    if args.check:
        stale = stale_files(files)
        for rel in stale:
            print(f"stale: texts/ntrex/{rel}")
        return 1 if stale else 0
    write_texts(files)
    print(f"wrote {len(files)} files under {OUT_DIR.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
