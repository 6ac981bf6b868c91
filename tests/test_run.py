"""`toolkit run` end to end on the bundled story with the real default model."""

from __future__ import annotations

import hashlib
import json
import re
import shutil
from pathlib import Path

import polars as pl
import pytest
from click.testing import CliRunner

from toolkit import __version__, config, review
from toolkit.cli import main

STORY = Path(__file__).parent.parent / "texts" / "putin-bush-nato-2001"
TABLES = ("sentences", "alignment", "units", "quotes", "quote_pairs", "divergences", "quotes_table")

pytestmark = pytest.mark.model


def _invoke(*args: str) -> object:
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def _hashes(folder: Path) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.iterdir())
        if p.is_file()
    }


@pytest.fixture(scope="module")
def story(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the story under texts/ so the default run folder lands in the tmp tree."""
    root = tmp_path_factory.mktemp("project")
    target = root / "texts" / STORY.name
    shutil.copytree(STORY, target)
    return target


@pytest.fixture(scope="module")
def first_run(story: Path, embedder: object) -> tuple[Path, str]:
    result = _invoke("run", str(story), "--quiet")
    assert result.exit_code == 0, result.output
    return story.parent.parent / "alignments" / story.name, result.output


def test_run_writes_the_run_folder_beside_texts(first_run: tuple[Path, str]) -> None:
    folder, _ = first_run
    names = {p.name for p in folder.iterdir()}
    for table in TABLES:
        assert {f"{table}.parquet", f"{table}.csv"} <= names
    assert {"run.json", "similarity.parquet", "features.parquet"} <= names
    assert not [n for n in names if n.endswith(".tmp")]
    flags = pl.read_parquet(folder / "divergences.parquet")
    assert flags.height > 0
    assert flags["flag_id"].n_unique() == flags.height


def test_run_json_carries_the_exact_signature(first_run: tuple[Path, str], embedder) -> None:
    from toolkit.flag import FLAG_SIGNATURE
    from toolkit.quotes import QUOTES_SIGNATURE
    from toolkit.segment import SEGMENTER_SIGNATURE

    folder, output = first_run
    meta = json.loads((folder / "run.json").read_text(encoding="utf-8"))
    fragments = meta["fragments"]
    assert fragments["model"] == embedder.signature
    assert fragments["seg"] == SEGMENTER_SIGNATURE
    assert fragments["quotes"] == QUOTES_SIGNATURE
    assert fragments["flag"] == FLAG_SIGNATURE
    expected = config.signature(fragments)
    assert meta["signature"] == expected
    assert re.fullmatch(
        r"model:[^|]+\|seg:[^|]+\|align:[^|]+\|pairs:all\|quotes:[^|]+\|compare:[^|]+\|flag:[^|]+"
        rf"\|statements:clusters,mutual-nn\|toolkit:{re.escape(__version__)}",
        expected,
    )
    assert f"Signature:  {expected}" in output
    assert meta["params"]["pairs"] == "all"
    assert meta["versions"][0]["version_id"] == "rbc-ukraine.en"
    assert all(len(v["sha256"]) == 64 for v in meta["versions"])
    assert set(meta["files"]) >= {f"{t}.parquet" for t in TABLES}


def test_summary_counts_by_category_and_severity(first_run: tuple[Path, str]) -> None:
    folder, output = first_run
    flags = pl.read_parquet(folder / "divergences.parquet")
    assert re.search(r"category\s+high\s+medium\s+low\s+total", output)
    for category, count in flags.group_by("category").len().iter_rows():
        assert re.search(rf"^{category}\s+\d+\s+\d+\s+\d+\s+{count}\s*$", output, re.M)


def test_rerun_is_byte_identical_and_keeps_decisions(
    story: Path, first_run: tuple[Path, str]
) -> None:
    folder, _ = first_run
    before = _hashes(folder)
    flag_id = pl.read_parquet(folder / "divergences.parquet")["flag_id"][0]
    result = _invoke("review", str(folder), "--flag", flag_id, "--set", "confirmed",
                     "--reviewer", "alice")  # fmt: skip
    assert result.exit_code == 0, result.output
    gone = review.make_decision("0123456789ab", status="dismissed", reviewer="bob")
    review.append_decision(folder / "review.jsonl", gone)
    decisions = (folder / "review.jsonl").read_bytes()

    result = _invoke("run", str(story), "--quiet")
    assert result.exit_code == 0, result.output
    after = _hashes(folder)
    after.pop("review.jsonl")
    assert after == before
    assert (folder / "review.jsonl").read_bytes() == decisions
    assert "1 review decision(s) refer to flags this run no longer raises" in result.output
    assert "0123456789ab" in result.output
    assert "(1 reviewed)" in result.output

    shown = _invoke("report", str(folder), "--format", "json")
    rows = {r["flag_id"]: r for r in json.loads(shown.output)}
    assert rows[flag_id]["status"] == "confirmed"
    assert rows[flag_id]["reviewer"] == "alice"


def test_run_on_a_missing_story_is_one_line(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["run", str(tmp_path / "nope")])
    assert result.exit_code == 2
    assert result.output.count("\n") == 1
    assert result.output.startswith("Error: ")
    assert "nope" in result.output


def test_an_unreadable_review_file_stops_the_run_before_it_writes(
    first_run: tuple[Path, str], story: Path, tmp_path: Path
) -> None:
    """review.jsonl is read first: when it cannot be read (here a folder stands in its
    place) the run stops with one line and the run folder's tables are left as they were."""
    folder, _ = first_run
    copy = tmp_path / "run"
    shutil.copytree(folder, copy)
    (copy / "review.jsonl").unlink(missing_ok=True)
    (copy / "review.jsonl").mkdir()
    before = _hashes(copy)
    result = CliRunner().invoke(main, ["run", str(story), "--out", str(copy), "--quiet"])
    assert result.exit_code == 2
    assert result.output == f"Error: {copy}/review.jsonl: cannot read (Is a directory)\n"
    assert _hashes(copy) == before
