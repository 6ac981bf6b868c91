"""`toolkit versions` and `toolkit ingest` through click's CliRunner."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from toolkit.cli import main

HEADER = "---\noutlet: TSN\nlanguage: uk\npublished: 2021-12-14\nsection: world\n---\n"


@pytest.fixture
def story(tmp_path: Path) -> Path:
    folder = tmp_path / "nato-2001"
    folder.mkdir()
    (folder / "tsn.uk.txt").write_text(HEADER + "Перший абзац.\n\nДругий\nабзац.\n", "utf-8")
    (folder / "meduza.ru.txt").write_bytes("Он сказал: «Да».\r\n".encode("cp1251"))
    (folder / "story.toml").write_text("title = 'x'\n", "utf-8")
    return folder


def _run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.output


def test_versions_json(story: Path) -> None:
    code, output = _run("versions", str(story), "--format", "json")
    assert code == 0, output
    rows = json.loads(output)
    assert [(r["version_id"], r["lang_source"], r["encoding"]) for r in rows] == [
        ("meduza.ru", "filename", "cp1251"),
        ("TSN.uk", "header", "utf-8"),
    ]
    assert rows[1]["published"] == "2021-12-14"
    assert rows[1]["other"] == "section=world"
    assert rows[1]["paragraphs"] == 2


def test_ingest_csv(story: Path) -> None:
    code, output = _run("ingest", str(story / "tsn.uk.txt"), "--format", "csv")
    assert code == 0, output
    start = len(HEADER)
    assert list(csv.reader(io.StringIO(output))) == [
        ["version_id", "paragraph", "start", "end", "text"],
        ["TSN.uk", "1", f"{start}", f"{start + 13}", "Перший абзац."],
        ["TSN.uk", "2", f"{start + 15}", f"{start + 28}", "Другий\nабзац."],  # the break stays
    ]
    assert f'{start + 28},"Другий\nабзац."\n' in output  # a field with a line break is quoted


def test_ingest_table_and_lang_option(tmp_path: Path) -> None:
    path = tmp_path / "old.txt"
    path.write_bytes("Привет".encode("koi8-r"))
    code, output = _run("versions", str(path), "--lang", "ru")
    assert code == 0, output
    assert "old.ru" in output and "option" in output and "koi8-r" in output


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (b"", "empty file"),
        (b"\x00\x00", "binary file (contains NUL bytes; UTF-16 text needs a byte-order mark)"),
    ],
    ids=["empty", "binary"],
)
def test_bad_file_is_one_error_line(tmp_path: Path, content: bytes, problem: str) -> None:
    path = tmp_path / "bad.en.txt"
    path.write_bytes(content)
    code, output = _run("ingest", str(path))
    assert (code, output) == (2, f"Error: {path}: {problem}\n")


def test_missing_path(tmp_path: Path) -> None:
    code, output = _run("versions", str(tmp_path / "nope"))
    assert (code, output) == (2, f"Error: {tmp_path / 'nope'}: no such file\n")


@pytest.mark.parametrize("command", ["versions", "ingest"])
def test_help_has_example(command: str) -> None:
    code, output = _run(command, "--help")
    assert code == 0 and "Example:" in output and f"toolkit {command} " in output
