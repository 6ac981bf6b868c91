"""The bundled corpus (texts/) and datasets (data/) are well formed and their keys are true."""

from __future__ import annotations

import csv
import importlib.util
import re
import tomllib
from pathlib import Path
from types import ModuleType

import pytest

from toolkit.ntrex import NTREX_FILES

ROOT = Path(__file__).resolve().parent.parent
TEXTS = ROOT / "texts"
DATA = ROOT / "data"
NTREX = TEXTS / "ntrex"
PUTIN = TEXTS / "putin-bush-nato-2001"
TRANSCRIPT = TEXTS / "putin-bush-transcript-2001"

# The divergence categories of DESIGN.md.
CATEGORIES = {
    "NUMBER_CHANGED",
    "NAME_CHANGED",
    "DATE_CHANGED",
    "NEGATION_FLIP",
    "MEANING_CHANGED",
    "WORDS_DROPPED",
    "WORDS_ADDED",
    "SPEAKER_CHANGED",
    "QUOTE_MISSING",
    "DEQUOTED",
    "PARAPHRASE_AS_QUOTE",
}
CELL_STATUSES = CATEGORIES | {"faithful", "absent"}
HEADER_KEYS = {"outlet", "language", "url", "published", "title", "note"}
REQUIRED_KEYS = {"outlet", "language", "title"}
LANGUAGES = {"en", "uk", "ru"}
DATASETS = ("ntrex128", "textberg_de_fr", "parice_en_is", "demetr_ru_en")

VERSION_FILES = sorted(TEXTS.rglob("*.txt"))


def _rel(path: Path) -> str:
    return path.relative_to(TEXTS).as_posix()


def split_version(text: str) -> tuple[dict[str, str], str]:
    """Split a version file into its header fields and its body (the documented syntax)."""
    lines = text.split("\n")
    if lines[0] != "---" or "---" not in lines[1:]:
        raise ValueError("no header between two '---' lines")
    end = lines.index("---", 1)
    fields: dict[str, str] = {}
    for line in lines[1:end]:
        key, sep, value = line.partition(": ")
        if not sep or not value.strip() or key in fields:
            raise ValueError(f"bad header line {line!r}")
        fields[key] = value
    return fields, "\n".join(lines[end + 1 :])


def read_body(path: Path) -> str:
    return split_version(path.read_text(encoding="utf-8"))[1]


def paragraphs(body: str) -> list[list[str]]:
    return [block.split("\n") for block in body.strip("\n").split("\n\n")]


def test_corpus_has_versions() -> None:
    assert len(VERSION_FILES) >= 3 + 3 * 10


@pytest.mark.parametrize("path", VERSION_FILES, ids=_rel)
def test_version_header_is_valid(path: Path) -> None:
    raw = path.read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf") and b"\r" not in raw
    fields, body = split_version(raw.decode("utf-8"))
    assert REQUIRED_KEYS.issubset(fields) and HEADER_KEYS.issuperset(fields)
    assert fields["language"] in LANGUAGES
    assert path.name == f"{fields['outlet']}.{fields['language']}.txt"
    if "published" in fields:
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", fields["published"])
    if "url" in fields:
        assert fields["url"].startswith("https://")
    assert body.endswith("\n") and not body.endswith("\n\n")
    for paragraph in paragraphs(body):
        assert all(line.strip() == line and line for line in paragraph)


@pytest.mark.parametrize("path", VERSION_FILES, ids=_rel)
def test_ingest_reads_version(path: Path) -> None:
    ingest = pytest.importorskip("toolkit.ingest")
    if not hasattr(ingest, "read_version"):
        pytest.skip("toolkit.ingest.read_version not available")
    version = ingest.read_version(path)
    assert version.version_id == path.name[: -len(".txt")]
    assert version.lang_source == "header"
    assert version.text.strip()


# --- NTREX: generated deterministically from data/ntrex128, parallel en/uk/ru ---


def _load_script() -> ModuleType:
    path = ROOT / "scripts" / "make_ntrex_texts.py"
    spec = importlib.util.spec_from_file_location("make_ntrex_texts", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def ntrex_files() -> dict[str, str]:
    return _load_script().render_texts(DATA / "ntrex128")


def test_ntrex_texts_match_the_generator(ntrex_files: dict[str, str]) -> None:
    on_disk = {
        _rel(p)[len("ntrex/") :]
        for p in NTREX.rglob("*")
        if p.is_file() and p.name not in {"README.md", "LICENSE.md"}
    }
    assert on_disk == set(ntrex_files)
    for rel, content in ntrex_files.items():
        assert (NTREX / rel).read_text(encoding="utf-8") == content, rel


def test_ntrex_has_ten_documents_with_licence(ntrex_files: dict[str, str]) -> None:
    docs = {rel.split("/")[0] for rel in ntrex_files if "/" in rel}
    assert len(docs) >= 10
    license_copy = (NTREX / "LICENSE.md").read_bytes()
    assert license_copy == (DATA / "ntrex128" / "LICENSE.md").read_bytes()
    readme = (NTREX / "README.md").read_text(encoding="utf-8")
    assert "CC BY-SA 4.0" in readme and all(doc in readme for doc in docs)


def test_ntrex_lines_tsv_matches_the_source(ntrex_files: dict[str, str]) -> None:
    doc_ids = (DATA / "ntrex128" / "DOCUMENT_IDS.tsv").read_text("utf-8").split()
    source = (DATA / "ntrex128" / NTREX_FILES["en"]).read_text("utf-8")
    en_lines = source.replace("\r\n", "\n").split("\n")
    rows = list(csv.DictReader((NTREX / "lines.tsv").open(encoding="utf-8"), delimiter="\t"))
    for row in rows:
        first, last = int(row["first_line"]), int(row["last_line"])
        assert set(doc_ids[first - 1 : last]) == {row["doc_id"]}
        assert doc_ids[first - 2] != row["doc_id"] and doc_ids[last] != row["doc_id"]
        en_text = (NTREX / row["doc_id"] / "ntrex.en.txt").read_text(encoding="utf-8")
        fields, body = split_version(en_text)
        assert fields["title"] == en_lines[first - 1]
        assert body.replace("\n\n", "\n").strip("\n").split("\n") == en_lines[first:last]


@pytest.mark.parametrize("doc", sorted(p.name for p in NTREX.iterdir() if p.is_dir()), ids=str)
def test_ntrex_versions_are_parallel(doc: str) -> None:
    shapes = {}
    for lang in sorted(LANGUAGES):
        body = read_body(NTREX / doc / f"ntrex.{lang}.txt")
        shapes[lang] = [len(paragraph) for paragraph in paragraphs(body)]
    assert shapes["en"] == shapes["uk"] == shapes["ru"]
    assert all(3 <= size <= 4 for size in shapes["en"][:-1])


# --- putin-bush-nato-2001: the key of deliberate drifts ---


@pytest.fixture(scope="module")
def divergence_key() -> list[dict[str, str]]:
    with (PUTIN / "expected-divergences.csv").open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def test_key_has_the_documented_columns() -> None:
    header = (PUTIN / "expected-divergences.csv").read_text(encoding="utf-8").split("\n")[0]
    assert header == "id,version_a,version_b,category,text_a,text_b,note"


def test_key_texts_are_exact_substrings(divergence_key: list[dict[str, str]]) -> None:
    bodies = {p.name[: -len(".txt")]: read_body(p) for p in PUTIN.glob("*.txt")}
    for row in divergence_key:
        for side in ("a", "b"):
            version, text = row[f"version_{side}"], row[f"text_{side}"]
            assert version in bodies, row["id"]
            assert text == "" or text in bodies[version], (row["id"], side)
        assert row["text_a"] or row["text_b"]
        assert row["text_a"] != row["text_b"]


def test_key_covers_every_category(divergence_key: list[dict[str, str]]) -> None:
    categories = {row["category"] for row in divergence_key}
    assert categories == CATEGORIES


def test_key_has_at_least_eight_drifts(divergence_key: list[dict[str, str]]) -> None:
    assert len({row["id"] for row in divergence_key}) >= 8
    pairs = {(row["id"], row["version_a"], row["version_b"]) for row in divergence_key}
    assert len(pairs) == len(divergence_key)


def test_key_missing_side_only_for_missing_quotes(
    divergence_key: list[dict[str, str]],
) -> None:
    for row in divergence_key:
        one_sided = not row["text_a"] or not row["text_b"]
        assert one_sided == (row["category"] == "QUOTE_MISSING"), row["id"]


def test_key_drifts_show_in_uk_ru_pair(divergence_key: list[dict[str, str]]) -> None:
    # Every drift is made in exactly one of the written editions, so it shows
    # against the English and between the two written editions.
    for drift in {row["id"] for row in divergence_key}:
        pairs = {(r["version_a"], r["version_b"]) for r in divergence_key if r["id"] == drift}
        assert ("rbc-ukraine.uk", "rbc-ukraine.ru") in pairs
        assert len(pairs) == 2


def test_written_editions_say_so() -> None:
    for lang in ("uk", "ru"):
        fields, _ = split_version((PUTIN / f"rbc-ukraine.{lang}.txt").read_text(encoding="utf-8"))
        assert "written for this project; not a published text" in fields["note"]


# --- putin-bush-transcript-2001: a reference version and a key per quote-table cell ---


@pytest.fixture(scope="module")
def cell_key() -> list[dict[str, str]]:
    with (TRANSCRIPT / "expected-cells.csv").open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def _versions(folder: Path) -> dict[str, str]:
    return {p.name[: -len(".txt")]: read_body(p) for p in folder.glob("*.txt")}


def test_story_toml_names_an_existing_reference() -> None:
    story = tomllib.loads((TRANSCRIPT / "story.toml").read_text(encoding="utf-8"))
    assert story["reference"] in _versions(TRANSCRIPT)
    assert story.get("reference_format", "article") in {"article", "transcript"}


def test_story_has_five_outlets_besides_the_reference() -> None:
    story = tomllib.loads((TRANSCRIPT / "story.toml").read_text(encoding="utf-8"))
    editions = set(_versions(TRANSCRIPT)) - {story["reference"]}
    assert len({version.split(".")[0] for version in editions}) >= 5
    assert {version.split(".")[1] for version in editions} == LANGUAGES


def test_seed_edition_is_the_same_in_both_stories() -> None:
    name = "rbc-ukraine.en.txt"
    assert (TRANSCRIPT / name).read_bytes() == (PUTIN / name).read_bytes()


def test_cell_key_covers_every_statement_and_version(cell_key: list[dict[str, str]]) -> None:
    statements = sorted({row["statement"] for row in cell_key})
    cells = [(row["statement"], row["version"]) for row in cell_key]
    expected = [(s, v) for s in statements for v in sorted(_versions(TRANSCRIPT))]
    assert sorted(cells) == expected


def test_cell_key_texts_are_exact_substrings(cell_key: list[dict[str, str]]) -> None:
    bodies = _versions(TRANSCRIPT)
    for row in cell_key:
        assert row["status"] in CELL_STATUSES, row
        assert (row["status"] == "absent") == (row["text"] == ""), row
        assert row["text"] == "" or bodies[row["version"]].count(row["text"]) == 1, row


def test_cell_key_reference_rows_are_its_turns(cell_key: list[dict[str, str]]) -> None:
    story = tomllib.loads((TRANSCRIPT / "story.toml").read_text(encoding="utf-8"))
    turns = [
        paragraph[0].split(": ", 1)[1]
        for paragraph in paragraphs(read_body(TRANSCRIPT / f"{story['reference']}.txt"))
    ]
    rows = [row for row in cell_key if row["version"] == story["reference"]]
    assert [row["text"] for row in rows] == turns
    assert {row["status"] for row in rows} == {"faithful"}


def test_cell_key_mixes_faithful_distorted_and_absent(cell_key: list[dict[str, str]]) -> None:
    statuses = [row["status"] for row in cell_key]
    distorted = [s for s in statuses if s in CATEGORIES]
    assert statuses.count("absent") >= 5 and len(set(distorted)) >= 6


@pytest.mark.parametrize(
    ("story", "key", "columns"),
    [
        (PUTIN, "expected-divergences.csv", (("version_a", "text_a"), ("version_b", "text_b"))),
        (TRANSCRIPT, "expected-cells.csv", (("version", "text"),)),
    ],
    ids=["divergences", "cells"],
)
def test_key_texts_survive_ingest_normalisation(
    story: Path, key: str, columns: tuple[tuple[str, str], ...]
) -> None:
    # Later stages match key texts against ingested (normalised) text: normalising the
    # key text the same way must keep it a substring.
    ingest = pytest.importorskip("toolkit.ingest")
    versions = {p.name[: -len(".txt")]: ingest.read_version(p).text for p in story.glob("*.txt")}
    with (story / key).open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            for version, text in columns:
                if row[text]:
                    assert ingest.normalise(row[text])[0] in versions[row[version]], row


# --- data/: the four datasets travel with the project ---


@pytest.mark.parametrize("name", DATASETS, ids=str)
def test_dataset_has_licence_and_provenance(name: str) -> None:
    folder = DATA / name
    assert (folder / "PROVENANCE.txt").is_file()
    assert any(p.name.startswith("LICENSE") for p in folder.iterdir())
    assert f"`{name}/`" in (DATA / "README.md").read_text(encoding="utf-8")


def test_ntrex_data_is_line_aligned() -> None:
    folder = DATA / "ntrex128"
    counts = {
        name: (folder / name).read_bytes().count(b"\n")
        for name in ("DOCUMENT_IDS.tsv", *NTREX_FILES.values())
    }
    assert set(counts.values()) == {1997}
