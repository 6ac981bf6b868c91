"""The in-memory pipeline and `toolkit diverge`: the real model on the putin-bush story."""

from __future__ import annotations

import csv
import dataclasses
import json
from pathlib import Path

import polars as pl
import pytest
from click.testing import CliRunner

from toolkit import schemas
from toolkit.cli import main
from toolkit.compare.pairs import PAIR_FEATURES
from toolkit.errors import InputError
from toolkit.pipeline import PAIR_BEADS, analyse_story, version_pairs

STORY = Path(__file__).resolve().parent.parent / "texts" / "putin-bush-nato-2001"


def test_version_pairs_pivot_first() -> None:
    assert version_pairs(["a.en", "a.ru", "a.uk"], "a.en") == [
        ("a.en", "a.ru"),
        ("a.en", "a.uk"),
        ("a.ru", "a.uk"),
    ]


def test_version_pairs_pivot_only_with_hubs() -> None:
    ids = ["p.en", "a.uk", "b.ru", "c.en"]
    assert version_pairs(ids, "p.en", which="pivot") == [
        ("p.en", "a.uk"),
        ("p.en", "b.ru"),
        ("p.en", "c.en"),
    ]
    assert version_pairs(ids, "p.en", which="pivot", hubs=("b.ru",)) == [
        ("p.en", "a.uk"),
        ("p.en", "b.ru"),
        ("p.en", "c.en"),
        ("a.uk", "b.ru"),
        ("b.ru", "c.en"),
    ]
    assert len(version_pairs(ids, "p.en")) == 6
    with pytest.raises(InputError, match="unknown pairs choice 'some'"):
        version_pairs(ids, "p.en", which="some")


def test_run_refuses_an_unknown_pairs_choice() -> None:
    result = CliRunner().invoke(main, ["run", str(STORY), "--pairs", "some"])
    assert result.exit_code == 2 and "Invalid value for '--pairs'" in result.output


def test_one_version_is_an_input_error() -> None:
    from toolkit.ingest import read_story

    versions = read_story(STORY)[:1]
    with pytest.raises(InputError, match="need at least two versions"):
        analyse_story(versions, object())


def test_one_version_given_twice_is_an_input_error() -> None:
    """A caller passing versions directly (read_story checks a folder itself) gets the
    error `toolkit quotes` and `toolkit align` give, naming both files."""
    from toolkit.ingest import read_story

    first = read_story(STORY)[0]
    twin = dataclasses.replace(first, path=Path("elsewhere") / first.path.name)
    with pytest.raises(InputError) as error:
        analyse_story([first, twin], object())
    assert str(error.value) == (
        f"{twin.path}: version id {first.version_id!r} given twice (also {first.path})"
    )


def test_diverge_needs_a_folder_or_two_files(tmp_path: Path) -> None:
    one = STORY / "rbc-ukraine.en.txt"
    result = CliRunner().invoke(main, ["diverge", str(one)])
    assert result.exit_code == 2
    assert result.output.strip().startswith(f"Error: {one}: give a run folder")


def test_diverge_reads_a_run_folder(tmp_path: Path) -> None:
    flag = {
        "flag_id": "e9ef3ec0d1a4", "story": "s", "version_a": "x.en", "version_b": "x.uk",
        "category": "NUMBER_CHANGED", "severity": "high", "score": 0.9,
        "evidence": "numbers: 4 -> 3", "sent_ids_a": [0], "sent_ids_b": [0],
        "text_a": "4 reasons", "text_b": "3 причини", "quote_id_a": None, "quote_id_b": None,
    }  # fmt: skip
    flags = pl.DataFrame([flag], schema=schemas.FLAGS)
    run = tmp_path / "s"
    run.mkdir()
    (run / "run.json").write_text(json.dumps({"story": "s", "signature": "x"}), encoding="utf-8")
    flags.write_parquet(run / "divergences.parquet")
    result = CliRunner().invoke(main, ["diverge", str(run), "--format", "json"])
    assert result.exit_code == 0, result.output
    records = json.loads(result.output)
    assert [(r["category"], r["evidence"]) for r in records] == [
        ("NUMBER_CHANGED", "numbers: 4 -> 3")
    ]
    table = CliRunner().invoke(main, ["diverge", str(run)])
    assert (
        table.exit_code == 0 and "NUMBER_CHANGED" in table.output and "x.en → x.uk" in table.output
    )


@pytest.fixture(scope="module")
def analysis(embedder):
    from toolkit.ingest import read_story

    return analyse_story(read_story(STORY), embedder)


@pytest.mark.model
def test_frames_have_their_schemas(analysis) -> None:
    assert analysis.versions[0] == "rbc-ukraine.en" and analysis.pivot == "rbc-ukraine.en"
    assert analysis.sentences.schema == pl.Schema(schemas.SENTENCES)
    assert analysis.quotes.schema == pl.Schema(schemas.QUOTES)
    assert analysis.beads.schema == pl.Schema(PAIR_BEADS)
    assert analysis.features.schema == pl.Schema(PAIR_FEATURES)
    assert analysis.flags.schema == pl.Schema(schemas.FLAGS)
    assert analysis.modes.height == 3
    assert set(analysis.features["kind"]) <= {"unit", "quote", "unpaired"}
    sig = analysis.signature_string()
    assert sig.startswith("model:e5-small-q4@") and "|flag:rules9@" in sig


@pytest.mark.model
def test_number_changed_drift_is_flagged(analysis) -> None:
    flags = analysis.flags.filter(
        (pl.col("version_a") == "rbc-ukraine.en")
        & (pl.col("version_b") == "rbc-ukraine.uk")
        & (pl.col("category") == "NUMBER_CHANGED")
    )
    evidence = flags["evidence"].to_list()
    assert "numbers: 4 -> 3" in evidence
    hit = flags.filter(pl.col("evidence") == "numbers: 4 -> 3").row(0, named=True)
    assert "four specific reasons" in hit["text_a"] and "трьома" in hit["text_b"]


@pytest.mark.model
def test_date_and_name_drifts_are_flagged(analysis) -> None:
    got = set(
        zip(
            analysis.flags["version_a"],
            analysis.flags["version_b"],
            analysis.flags["evidence"],
            strict=True,
        )
    )
    assert ("rbc-ukraine.en", "rbc-ukraine.ru", "dates: 1954 -> 1955") in got
    assert ("rbc-ukraine.en", "rbc-ukraine.ru", "names: Bush -> Клинтон") in got


@pytest.mark.model
def test_cross_check_names_the_version_the_key_says_drifted(analysis) -> None:
    """Each key row's note begins with the translation that drifted ("uk drops the
    negation ..."); the flags that find the row name that version as the odd one."""
    from toolkit.divergence_eval import key_match

    with open(STORY / "expected-divergences.csv", encoding="utf-8", newline="") as handle:
        keys = list(csv.DictReader(handle))
    named = 0
    for key in keys:
        drifted = f"rbc-ukraine.{key['note'].split()[0]}"
        for flag in analysis.flags.iter_rows(named=True):
            if key_match(key, flag):
                assert flag["cross_check"] == f"odd one: {drifted}", (key["id"], flag["evidence"])
                named += 1
    assert named >= 20


@pytest.mark.model
def test_rerun_gives_identical_flags(analysis, embedder) -> None:
    from toolkit.ingest import read_story

    again = analyse_story(read_story(STORY), embedder)
    assert again.flags.equals(analysis.flags)
    assert again.features.equals(analysis.features)


@pytest.mark.model
def test_pivot_pairs_give_the_pivot_pairs_of_all_pairs(analysis, embedder) -> None:
    from toolkit.ingest import read_story

    pivot_only = analyse_story(read_story(STORY), embedder, pairs="pivot")
    assert pivot_only.modes.select("version_a", "version_b").rows() == [
        ("rbc-ukraine.en", "rbc-ukraine.ru"),
        ("rbc-ukraine.en", "rbc-ukraine.uk"),
    ]
    # the same flags, less the cross-check with the third version that pivot pairs lack
    same = analysis.flags.filter(pl.col("version_a") == "rbc-ukraine.en")
    assert pivot_only.flags.drop("severity", "cross_check").equals(
        same.drop("severity", "cross_check")
    )
    assert pivot_only.flags["cross_check"].null_count() == pivot_only.flags.height
    assert "|pairs:pivot|" in pivot_only.signature_string()
    assert "|pairs:all|" in analysis.signature_string()
