"""Build toolkit/compare/common_words.py: words that are common words, not names.

A word counts as common when it is written in lowercase at least once and at least as
often in lowercase as capitalised mid-sentence, in text the project holds:
- English: data/ntrex128/newstest2019-src.eng.txt, dev documents only (even index in
  DOCUMENT_IDS.tsv order; the odd, test documents are left out so that the NTREX test
  figures of bench/compare_features.py stay unseen), and data/parice_en_is/eng/*.txt
  (second column);
- Ukrainian and Russian: the NTREX uk and ru references of the same dev documents, counted
  by pymorphy3 lemma (so "союзником" counts for "союзник");
plus the lemmas of the curated antonym and modality lexicons (negation.py), which are
dictionary words by construction. Words under three letters are left out.

    .venv/bin/python bench/make_common_words.py [--out PATH]

The committed list was built before later sessions added antonym concepts (negation21), so
a rebuild today adds those lemmas; `--out /tmp/common_words.py` builds it elsewhere to compare.
"""

from __future__ import annotations

import argparse
import re
import sys
import textwrap
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from toolkit import atomic  # noqa: E402
from toolkit.compare.negation import ANTONYMS, MODALITY  # noqa: E402
from toolkit.errors import OutputError  # noqa: E402
from toolkit.morph import fold  # noqa: E402
from toolkit.morph import parse as morph_parse  # noqa: E402
from toolkit.ntrex import NTREX_FILES  # noqa: E402

NTREX = ROOT / "data" / "ntrex128"
PARICE = ROOT / "data" / "parice_en_is" / "eng"
OUT = ROOT / "toolkit" / "compare" / "common_words.py"
WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)*")
SENT_START = re.compile(r"(?:^|[.!?:;]['\"’”)\]]*\s+|[\"“‘(\[]\s*)$")


def ntrex_dev(lang: str) -> list[str]:
    docs = [ln.split("\t")[0] for ln in (NTREX / "DOCUMENT_IDS.tsv").read_text().splitlines()]
    parity = {d: i % 2 for i, d in enumerate(dict.fromkeys(docs))}
    lines = (NTREX / NTREX_FILES[lang]).read_text(encoding="utf-8").splitlines()
    return [line for line, doc in zip(lines, docs, strict=True) if parity[doc] == 0]


def parice() -> list[str]:
    out = []
    for path in sorted(PARICE.glob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            out.append(line.split("\t", 1)[-1])
    return out


def key(word: str, lang: str) -> str:
    """English: the lowercase word; uk/ru: pymorphy3's first lemma."""
    low = fold(word).lower()
    if lang == "en":
        return low
    parses = morph_parse(low, lang)
    return fold(parses[0].normal_form) if parses else low


def count(lines: list[str], lang: str) -> tuple[Counter[str], Counter[str]]:
    lower: Counter[str] = Counter()
    capital: Counter[str] = Counter()
    for line in lines:
        for m in WORD.finditer(line.replace("’", "'")):
            word = m.group()
            if word.islower():
                lower[key(word, lang)] += 1
            elif (
                word[0].isupper()
                and word[1:].islower()
                and not SENT_START.search(line[: m.start()])
            ):
                capital[key(word, lang)] += 1
    return lower, capital


def lexicon_words(lang: str) -> set[str]:
    words = set()
    for table in (ANTONYMS, MODALITY):
        for by_lang in table.values():
            for pole in by_lang[lang]:
                words |= {fold(w) for lemma in pole for w in lemma.split()}
    return words


def common(lang: str) -> list[str]:
    lines = ntrex_dev(lang) + (parice() if lang == "en" else [])
    lower, capital = count(lines, lang)
    words = {w for w, n in lower.items() if n >= capital[w]} | lexicon_words(lang)
    return sorted(w for w in words if len(w) >= 3 and "'" not in w[:1])


def block(name: str, words: list[str]) -> str:
    body = "\n".join(textwrap.wrap(" ".join(words), width=96))
    head = f"{name} = frozenset(\n    (  # noqa: SIM905\n"
    return head + f'        """\n{body}\n"""\n    ).split()\n)\n'


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--out", type=Path, default=OUT, help="where to write (default: %(default)s)"
    )
    out = parser.parse_args(argv).out
    tables = {lang: common(lang) for lang in ("en", "uk", "ru")}
    text = (
        '"""Common words of en/uk/ru (generated; do not edit by hand).\n\n'
        "Built by bench/make_common_words.py: the words (uk/ru: pymorphy3 lemmas) written\n"
        "in lowercase at least as often as capitalised mid-sentence in the NTREX-128 dev\n"
        "documents (and, for English, the PARICE English side), plus the lemmas of the\n"
        "antonym and modality lexicons. names.py does not count a capitalised word of these\n"
        'lists as a name ("an Ally", "Союзником") unless it is in the alias table or matches\n'
        'a name of the other side.\n"""\n\n'
        "from __future__ import annotations\n\n"
        + block("EN_COMMON_WORDS", tables["en"])
        + "\n"
        + block("UK_COMMON_LEMMAS", tables["uk"])
        + "\n"
        + block("RU_COMMON_LEMMAS", tables["ru"])
    )
    try:
        atomic.write_text(out, text)
    except OutputError as exc:  # no permission, a file in the way: one line, nothing half written
        raise SystemExit(f"make_common_words: {exc}") from None
    sizes = ", ".join(f"{lang} {len(words)}" for lang, words in tables.items())
    print(f"{sizes} words -> {out}")


if __name__ == "__main__":
    main()
