"""The seeded quote-drift suite (data/drift_suite/) is reproducible and every change in it is real.

The checks here are deliberately simple and independent of toolkit.compare, the detector the
suite evaluates: digit strings, a handful of word stems, token diffs.
"""

from __future__ import annotations

import csv
import importlib.metadata
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from toolkit.ntrex import NTREX_FILES

ROOT = Path(__file__).resolve().parent.parent
SUITE = ROOT / "data" / "drift_suite"
NTREX = ROOT / "data" / "ntrex128"
GENERATOR = ROOT / "bench" / "make_drift_suite.py"
PAIRS = ("en-uk", "en-ru")
COLUMNS = [
    "id",
    "split",
    "lang_pair",
    "doc_id",
    "line",
    "category",
    "text_en",
    "text_tgt",
    "text_tgt_orig",
    "speaker_en",
    "speaker_tgt",
    "speaker_tgt_orig",
    "change",
]
CATEGORIES = (
    "NUMBER_CHANGED",
    "NAME_CHANGED",
    "DATE_CHANGED",
    "NEGATION_FLIP",
    "WORDS_DROPPED",
    "SPEAKER_CHANGED",
)
CHANGE_PREFIX = {
    "NUMBER_CHANGED": ("number: ",),
    "NAME_CHANGED": ("name: ",),
    "DATE_CHANGED": ("year: ", "month: ", "day: "),
    "NEGATION_FLIP": ("negation added: ", "negation removed: "),
    "WORDS_DROPPED": ("dropped: ",),
    "SPEAKER_CHANGED": ("speaker: ",),
}
# Stems of the cardinal numerals and months the generator may touch (an independent list).
NUMERAL_STEMS = (
    "три", "чотир", "четыр", "п'ят", "п’ят", "пят", "шіст", "шест", "сім", "сем", "вісім", "вісьм",
    "восем", "восьм", "дев'ят", "дев’ят", "девят", "десят", "одинадцят", "одиннадцат",
    "дванадцят", "двенадцат", "п'ятнадцят", "п’ятнадцят", "пятнадцат", "двадцят", "двадцат",
    "тридцят", "тридцат", "п'ятдесят", "п’ятдесят", "пятьдесят", "пятидесят", "шістдесят",
    "шестьдесят", "шестидесят", "сімдесят", "семьдесят", "семидесят",
)  # fmt: skip
MONTH_STEMS = (
    "січ", "лют", "берез", "квіт", "трав", "черв", "лип", "серп", "верес", "жовт", "листопад",
    "груд", "январ", "феврал", "март", "апрел", "ма", "июн", "июл", "август", "сентябр",
    "октябр", "ноябр", "декабр",
)  # fmt: skip
# The morphology the committed files were generated with (data/drift_suite/README.md).
MORPHOLOGY = {
    "pymorphy3": "2.0.6",
    "pymorphy3-dicts-uk": "2.4.1.1.1663094765",
    "pymorphy3-dicts-ru": "2.4.417150.4580142",
}
WORD = re.compile(r"[^\W\d_]+(?:['’ʼ-][^\W\d_]+)*|\d+")


def _read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@pytest.fixture(scope="module")
def suite() -> dict[str, list[dict[str, str]]]:
    return {pair: _read(SUITE / f"{pair}.csv") for pair in PAIRS}


@pytest.fixture(scope="module")
def ntrex() -> dict[str, list[str]]:
    texts = {}
    for lang, name in NTREX_FILES.items():
        texts[lang] = (NTREX / name).read_bytes().decode("utf-8").split("\r\n")[:-1]
    texts["doc"] = (NTREX / "DOCUMENT_IDS.tsv").read_text(encoding="utf-8").splitlines()
    return texts


def _changed(suite: dict[str, list[dict[str, str]]], category: str) -> list[dict[str, str]]:
    return [row for rows in suite.values() for row in rows if row["category"] == category]


def _words(text: str) -> list[str]:
    return WORD.findall(text)


def _diff(old: str, new: str) -> tuple[str, str]:
    """The differing middle of two texts (common prefix and suffix removed)."""
    start = 0
    while start < min(len(old), len(new)) and old[start] == new[start]:
        start += 1
    end = 0
    while end < min(len(old), len(new)) - start and old[-1 - end] == new[-1 - end]:
        end += 1
    return old[start : len(old) - end], new[start : len(new) - end]


@pytest.mark.slow
def test_regenerating_gives_byte_identical_files(tmp_path: Path) -> None:
    installed = {name: importlib.metadata.version(name) for name in MORPHOLOGY}
    if installed != MORPHOLOGY:
        pytest.skip(f"generated with {MORPHOLOGY}, installed {installed}")
    subprocess.run(
        [sys.executable, str(GENERATOR), "--out", str(tmp_path)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    for pair in PAIRS:
        name = f"{pair}.csv"
        assert (tmp_path / name).read_bytes() == (SUITE / name).read_bytes(), name


def test_generator_is_independent_of_the_detector() -> None:
    source = GENERATOR.read_text(encoding="utf-8")
    assert not re.search(r"^\s*(from|import)\s+toolkit", source, re.MULTILINE)


@pytest.mark.parametrize("pair", PAIRS)
def test_files_are_utf8_lf_with_the_documented_columns(pair: str) -> None:
    raw = (SUITE / f"{pair}.csv").read_bytes()
    assert b"\r" not in raw
    assert raw.endswith(b"\n")
    header = raw.decode("utf-8").split("\n", 1)[0].split(",")
    assert header == COLUMNS


@pytest.mark.parametrize("pair", PAIRS)
def test_ids_lines_and_pairs(suite: dict[str, list[dict[str, str]]], pair: str) -> None:
    rows = suite[pair]
    assert len({row["id"] for row in rows}) == len(rows)
    assert {row["lang_pair"] for row in rows} == {pair}
    lines = [int(row["line"]) for row in rows]
    assert lines == sorted(set(lines)), "one row per NTREX line, sorted by line"
    assert all(row["id"] == f"{pair}-{int(row['line']):04d}" for row in rows)


@pytest.mark.parametrize("pair", PAIRS)
def test_enough_rows_per_category(suite: dict[str, list[dict[str, str]]], pair: str) -> None:
    counts = Counter(row["category"] for row in suite[pair])
    assert set(counts) == {*CATEGORIES, "NONE"}
    for category in CATEGORIES:
        assert counts[category] >= 60, category
    assert counts["NONE"] >= 400


def test_split_is_by_document(suite: dict[str, list[dict[str, str]]]) -> None:
    split_of: dict[str, str] = {}
    for rows in suite.values():
        for row in rows:
            assert row["split"] in ("calib", "test")
            assert split_of.setdefault(row["doc_id"], row["split"]) == row["split"], row["doc_id"]
    calib = sum(1 for split in split_of.values() if split == "calib")
    assert 0.25 <= calib / len(split_of) <= 0.35
    for rows in suite.values():
        for category in (*CATEGORIES, "NONE"):
            splits = {row["split"] for row in rows if row["category"] == category}
            assert splits == {"calib", "test"}, category


@pytest.mark.parametrize("pair", PAIRS)
def test_texts_come_from_ntrex(
    suite: dict[str, list[dict[str, str]]], ntrex: dict[str, list[str]], pair: str
) -> None:
    lang = pair.split("-")[1]
    for row in suite[pair]:
        index = int(row["line"]) - 1
        assert row["doc_id"] == ntrex["doc"][index]
        en, tgt = ntrex["en"][index], ntrex[lang][index]
        if row["speaker_en"]:
            # Wrapped as a quote: the NTREX sentence minus its final full stop, then the speaker.
            assert row["text_en"].startswith(f'"{en[:-1]},"'), row["id"]
            assert row["text_en"].endswith(f"{row['speaker_en']} said.") or row["text_en"].endswith(
                f"{row['speaker_en']} said in a statement."
            ), row["id"]
            assert row["text_tgt_orig"].startswith(f"«{tgt[:-1]}», — "), row["id"]
            assert row["text_tgt_orig"].endswith(f" {row['speaker_tgt_orig']}."), row["id"]
        else:
            assert row["text_en"] == en, row["id"]
            assert row["text_tgt_orig"] == tgt, row["id"]
            assert row["speaker_tgt"] == row["speaker_tgt_orig"] == "", row["id"]


def test_controls_are_untouched(
    suite: dict[str, list[dict[str, str]]], ntrex: dict[str, list[str]]
) -> None:
    for pair, rows in suite.items():
        lang = pair.split("-")[1]
        for row in (r for r in rows if r["category"] == "NONE"):
            assert row["text_tgt"] == row["text_tgt_orig"], row["id"]
            assert row["speaker_tgt"] == row["speaker_tgt_orig"], row["id"]
            assert row["change"] == "", row["id"]
            if not row["speaker_en"]:
                assert row["text_tgt"] == ntrex[lang][int(row["line"]) - 1], row["id"]


@pytest.mark.parametrize("category", CATEGORIES)
def test_every_change_is_real_and_described(
    suite: dict[str, list[dict[str, str]]], category: str
) -> None:
    for row in _changed(suite, category):
        assert row["text_tgt"] != row["text_tgt_orig"], row["id"]
        assert row["change"].startswith(CHANGE_PREFIX[category]), row["id"]
        if category != "SPEAKER_CHANGED":
            assert row["speaker_tgt"] == row["speaker_tgt_orig"], row["id"]


def _numbers(text: str) -> list[str]:
    return sorted(re.findall(r"\d+", text))


def _stem_words(text: str, stems: tuple[str, ...]) -> list[str]:
    return sorted(w.lower() for w in _words(text) if w.lower().startswith(stems))


def test_number_changes_change_a_number(suite: dict[str, list[dict[str, str]]]) -> None:
    for row in _changed(suite, "NUMBER_CHANGED"):
        old, new = row["text_tgt_orig"], row["text_tgt"]
        digits_differ = _numbers(old) != _numbers(new)
        words_differ = _stem_words(old, NUMERAL_STEMS) != _stem_words(new, NUMERAL_STEMS)
        assert digits_differ or words_differ, row["id"]
        removed, added = _diff(old, new)
        assert re.search(r"\d", removed + added) or words_differ, row["id"]


def test_date_changes_change_a_year_month_or_day(suite: dict[str, list[dict[str, str]]]) -> None:
    for row in _changed(suite, "DATE_CHANGED"):
        old, new = row["text_tgt_orig"], row["text_tgt"]
        kind = row["change"].split(":")[0]
        if kind == "month":
            assert _stem_words(old, MONTH_STEMS) != _stem_words(new, MONTH_STEMS), row["id"]
            assert _numbers(old) == _numbers(new), row["id"]
        else:
            assert _numbers(old) != _numbers(new), row["id"]
            old_words, new_words = _words(old), _words(new)
            assert len(old_words) == len(new_words), row["id"]
            differing = [(a, b) for a, b in zip(old_words, new_words, strict=True) if a != b]
            assert len(differing) == 1, row["id"]
            removed, added = differing[0]
            assert removed.isdigit() and added.isdigit(), row["id"]
            if kind == "year":
                assert 1 <= abs(int(removed) - int(added)) <= 5, row["id"]
            else:
                assert 1 <= int(added) <= 31, row["id"]


def test_name_changes_swap_exactly_one_word(suite: dict[str, list[dict[str, str]]]) -> None:
    for row in _changed(suite, "NAME_CHANGED"):
        old_name, new_name = row["change"].removeprefix("name: ").split(" -> ")
        old, new = _words(row["text_tgt_orig"]), _words(row["text_tgt"])
        assert len(old) == len(new), row["id"]
        differing = [(a, b) for a, b in zip(old, new, strict=True) if a != b]
        assert differing == [(old_name, new_name)], row["id"]
        assert new_name[:1].isupper() and new_name.lower() != old_name.lower(), row["id"]


def _with_one_ne_removed(longer: str, shorter: str) -> bool:
    """``shorter`` is ``longer`` with one 'не ' taken out (a capital moves to the next word)."""
    for m in re.finditer(r"(?i)(?<!\w)не (?=\w)", longer):
        rest = longer[: m.start()] + longer[m.end() :]
        i = m.start()
        same_around = rest[:i] == shorter[:i] and rest[i + 1 :] == shorter[i + 1 :]
        if same_around and rest[i : i + 1].lower() == shorter[i : i + 1].lower():
            return True
    return False


def test_negation_flips_add_or_remove_one_ne(suite: dict[str, list[dict[str, str]]]) -> None:
    for row in _changed(suite, "NEGATION_FLIP"):
        old, new = row["text_tgt_orig"], row["text_tgt"]
        if row["change"].startswith("negation added"):
            assert _with_one_ne_removed(new, old), row["id"]
        else:
            assert _with_one_ne_removed(old, new), row["id"]


def _is_subsequence(short: list[str], long: list[str]) -> bool:
    it = iter(long)
    return all(word in it for word in short)


def test_dropped_words_are_a_clause_of_content_words(
    suite: dict[str, list[dict[str, str]]],
) -> None:
    for row in _changed(suite, "WORDS_DROPPED"):
        old, new = _words(row["text_tgt_orig"]), _words(row["text_tgt"])
        assert _is_subsequence(new, old), row["id"]
        dropped = Counter(old) - Counter(new)
        content = [w for w in dropped.elements() if len(w) >= 4 and not w.isdigit()]
        assert len(content) >= 2, row["id"]
        clause = row["change"].removeprefix("dropped: ").strip("'").removeprefix(", ")
        assert clause in row["text_tgt_orig"] and clause not in row["text_tgt"], row["id"]


def test_speaker_changes_name_another_person(suite: dict[str, list[dict[str, str]]]) -> None:
    for row in _changed(suite, "SPEAKER_CHANGED"):
        old, new = row["speaker_tgt_orig"], row["speaker_tgt"]
        assert old and new and old != new, row["id"]
        assert old.split()[-1] != new.split()[-1], row["id"]
        assert row["text_tgt"].endswith(f" {new}."), row["id"]
        assert old not in row["text_tgt"] and new not in row["text_tgt_orig"], row["id"]
        quote = row["text_tgt_orig"][: row["text_tgt_orig"].index("», — ") + 5]
        assert row["text_tgt"].startswith(quote), row["id"]


# --------------------------------------------------------------------------- DEMETR split

DEMETR = ROOT / "data" / "demetr_ru_en"


def _read_tsv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


def test_demetr_split_covers_every_source_once() -> None:
    split = _read_tsv(DEMETR / "split.tsv")
    rows = _read_tsv(DEMETR / "demetr_russian.tsv")
    assert [r["id"] for r in split] == sorted({r["id"] for r in rows}, key=int)
    assert Counter(r["split"] for r in split) == {"calib": 30, "test": 70}
    sources: dict[str, set[str]] = {}
    for row in rows:
        sources.setdefault(row["id"], set()).add(row["src_sent"])
    assert all(r["src_sent"] in sources[r["id"]] for r in split)


def test_demetr_split_regenerates_identically(tmp_path: Path) -> None:
    out = tmp_path / "split.tsv"
    script = ROOT / "bench" / "make_demetr_split.py"
    subprocess.run([sys.executable, str(script), "--out", str(out)], check=True, timeout=60)
    assert out.read_bytes() == (DEMETR / "split.tsv").read_bytes()


def test_demetr_split_doc_lists_the_calib_ids() -> None:
    calib = [r["id"] for r in _read_tsv(DEMETR / "split.tsv") if r["split"] == "calib"]
    doc = (DEMETR / "SPLIT.md").read_text(encoding="utf-8")
    listed = re.search(r"Calib ids: ([\d\s]+)\.", doc)
    assert listed is not None
    assert listed.group(1).split() == calib


@pytest.mark.parametrize("pair", ["en-uk", "en-ru"])
def test_control_rows_are_every_unedited_pair_of_the_splits_documents(pair: str) -> None:
    from toolkit.divergence_eval import control_rows

    with open(SUITE / f"{pair}.csv", encoding="utf-8", newline="") as handle:
        suite_rows = list(csv.DictReader(handle))
    calib_docs = {r["doc_id"] for r in suite_rows if r["split"] == "calib"}
    rows = control_rows(ROOT / "data" / "ntrex128", SUITE / f"{pair}.csv", split="calib")
    untouched = [r for r in suite_rows if r["split"] == "calib" and r["category"] == "NONE"]
    assert len(rows) > 3 * len(untouched)
    assert {r["doc_id"] for r in rows} == calib_docs
    assert all(r["category"] == "NONE" and r["lang_pair"] == pair for r in rows)
    # the suite's own untouched rows that were not wrapped in a quote are among them
    controls = {(r["text_en"], r["text_tgt"]) for r in rows}
    assert sum((r["text_en"], r["text_tgt"]) in controls for r in untouched) >= len(untouched) // 2
