"""`toolkit quotes` through click's CliRunner."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from toolkit.cli import main

STORY = Path(__file__).resolve().parents[1] / "texts" / "putin-bush-nato-2001"


@pytest.fixture
def files(tmp_path: Path) -> tuple[Path, Path]:
    en = tmp_path / "paper.en.txt"
    en.write_text('"We are ready," Putin said. The company "Naftogaz" agreed.\n', encoding="utf-8")
    uk = tmp_path / "paper.uk.txt"
    uk.write_text(
        "«Ми готові», — заявив Путін. Компанія «Нафтогаз» погодилася.\n", encoding="utf-8"
    )
    return en, uk


def test_quotes_json(files: tuple[Path, Path]) -> None:
    result = CliRunner().invoke(main, ["quotes", str(files[0]), "--format", "json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)
    assert [(r["text"], r["kind"], r["speaker_key"], r["cue"]) for r in rows] == [
        ("We are ready", "speech", "putin", "verb:said"),
        ("Naftogaz", "title", None, "none"),
    ]
    assert rows[0]["quote_id"] == "paper.en:q0"


def test_quotes_table_and_csv_for_several_files(files: tuple[Path, Path], tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["quotes", *map(str, files)])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[0].split()[:3] == ["version", "quote_id", "kind"]
    out = tmp_path / "quotes.csv"
    result = CliRunner().invoke(
        main, ["quotes", *map(str, files), "--format", "csv", "--out", str(out)]
    )
    assert result.exit_code == 0, result.output
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 5
    assert "Ми готові" in lines[3]


def test_missing_file_is_one_error_line(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["quotes", str(tmp_path / "nope.en.txt")])
    assert result.exit_code != 0
    assert result.output.startswith("Error: ")
    assert len(result.output.strip().splitlines()) == 1


def test_pairs_needs_two_files(files: tuple[Path, Path]) -> None:
    result = CliRunner().invoke(main, ["quotes", str(files[0]), "--pairs"])
    assert result.exit_code == 2
    assert "--pairs needs at least two FILEs" in result.output


def test_help_has_an_example() -> None:
    result = CliRunner().invoke(main, ["quotes", "--help"])
    assert result.exit_code == 0
    assert "Example:" in result.output and "--pairs" in result.output


@pytest.mark.model
def test_pairs_on_the_story_with_the_real_model() -> None:
    paths = [str(STORY / f"rbc-ukraine.{lang}.txt") for lang in ("en", "ru")]
    result = CliRunner().invoke(main, ["quotes", *paths, "--pairs", "--quiet", "--format", "json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)
    pairs = {
        (r["quote_id_a"], r["quote_id_b"]) for r in rows if r["quote_id_a"] and r["quote_id_b"]
    }
    assert ("rbc-ukraine.en:q3", "rbc-ukraine.ru:q4") in pairs  # That's interesting
    assert ("rbc-ukraine.en:q4", "rbc-ukraine.ru:q5") in pairs  # NATO gave a negative answer


def test_a_version_given_twice_is_one_error_line(files: tuple[Path, Path], tmp_path: Path) -> None:
    """Two files with one version id would give colliding quote ids."""
    twin = tmp_path / "other" / files[0].name
    twin.parent.mkdir()
    twin.write_text(files[0].read_text(encoding="utf-8"), encoding="utf-8")
    for extra in ([], ["--pairs"]):
        result = CliRunner().invoke(main, ["quotes", str(files[0]), str(twin), *extra])
        assert result.exit_code == 2
        assert result.output == (
            f"Error: {twin}: version id 'paper.en' given twice (also {files[0]})\n"
        )
