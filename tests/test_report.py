"""Reading a run folder, the divergence table and its filters, `toolkit report`."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import polars as pl
import pytest
from click.testing import CliRunner

from toolkit import review, schemas
from toolkit.cli import main
from toolkit.errors import InputError
from toolkit.output import display_width
from toolkit.report.highlight import evidence_terms, highlight_spans
from toolkit.report.rundir import read_run
from toolkit.report.table import CATEGORIES, filter_flags, sort_flags

VALID_CATEGORIES = ", ".join(CATEGORIES)


def _report(*args: str) -> object:
    return CliRunner().invoke(main, ["report", *args])


# ---- run folder -------------------------------------------------------------------------


def test_read_run_gives_metadata_and_schema_checked_tables(run_dir: Path) -> None:
    run = read_run(run_dir)
    assert run.story == "putin-bush-nato-2001"
    assert run.signature.startswith("model:e5-small-q4@1a2b3c4d|") and run.signature.endswith(
        "|toolkit:0.1.0"
    )
    assert run.version_ids == ["rbc-ukraine.en", "rbc-ukraine.uk", "meduza.ru"]
    assert run.flags.schema == pl.Schema(schemas.FLAGS)
    assert run.quotes.height == 10 and run.sentences.height == 16
    assert run.units.columns[:4] == [
        "unit_id",
        "rbc-ukraine.en.sent_ids",
        "rbc-ukraine.en.text",
        "rbc-ukraine.en.score",
    ]


@pytest.mark.parametrize(
    ("damage", "message"),
    [
        (
            lambda d: shutil.rmtree(d),
            "{d}: no such run folder; make one with `toolkit run texts/putin-bush-nato-2001`",
        ),
        (
            lambda d: (d / "run.json").unlink(),
            "{d}: not a run folder (no run.json); "
            "make one with `toolkit run texts/putin-bush-nato-2001`",
        ),
        (
            lambda d: (d / "run.json").write_text('{"story": ', encoding="utf-8"),
            "{d}/run.json: corrupt JSON (line 1: Expecting value)",
        ),
        (
            lambda d: (d / "run.json").write_text('["x"]', encoding="utf-8"),
            "{d}/run.json: corrupt run metadata (expected a JSON object)",
        ),
        (
            lambda d: (d / "divergences.parquet").unlink(),
            "{d}/divergences.parquet: missing from the run folder; "
            "make one with `toolkit run texts/putin-bush-nato-2001`",
        ),
    ],
    ids=["no-folder", "no-run-json", "torn-run-json", "run-json-not-object", "no-divergences"],
)
def test_report_on_a_missing_or_corrupt_run_folder_is_one_error_line(
    run_dir: Path, damage: object, message: str
) -> None:
    damage(run_dir)
    result = _report(str(run_dir))
    assert result.exit_code == 2
    assert result.output == "Error: " + message.format(d=run_dir) + "\n"


def test_corrupt_parquet_is_one_error_line(run_dir: Path) -> None:
    path = run_dir / "divergences.parquet"
    path.write_bytes(path.read_bytes()[:200])  # a file cut short
    result = _report(str(run_dir))
    assert result.exit_code == 2
    assert result.output.startswith(f"Error: {path}: corrupt or unreadable Parquet (")
    assert result.output.count("\n") == 1


def test_wrong_schema_names_the_missing_columns(run_dir: Path) -> None:
    flags = pl.read_parquet(run_dir / "divergences.parquet").drop("severity", "evidence")
    flags.write_parquet(run_dir / "divergences.parquet")
    with pytest.raises(InputError) as caught:
        _ = read_run(run_dir).flags
    assert str(caught.value) == f"{run_dir}/divergences.parquet: missing columns severity, evidence"


def test_a_file_given_instead_of_a_folder(tmp_path: Path) -> None:
    path = tmp_path / "flags.csv"
    path.write_text("x\n", encoding="utf-8")
    result = _report(str(path))
    assert (
        result.output
        == f"Error: {path}: not a folder; give a run folder such as alignments/<story>\n"
    )


# ---- filters ----------------------------------------------------------------------------


def _flags(run_dir: Path) -> pl.DataFrame:
    return review.attach_decisions(read_run(run_dir).flags, review.empty_decisions())


def test_filter_by_category_accepts_lists_and_any_case(run_dir: Path) -> None:
    flags = _flags(run_dir)
    got = filter_flags(flags, categories=["number_changed", "QUOTE_MISSING"])
    assert sorted(set(got["category"])) == ["NUMBER_CHANGED", "QUOTE_MISSING"]
    assert got.height == 4


def test_filter_by_unknown_category_lists_the_valid_ones(run_dir: Path) -> None:
    with pytest.raises(InputError) as caught:
        filter_flags(_flags(run_dir), categories=["NUMBERS", "NAME_CHANGED"])
    assert str(caught.value) == f"unknown category 'NUMBERS'; valid: {VALID_CATEGORIES}"


@pytest.mark.parametrize(
    ("versions", "count"),
    [
        (["meduza.ru"], 5),
        (["rbc-ukraine.uk", "rbc-ukraine.en"], 2),
        (["rbc-ukraine.uk", "meduza.ru"], 0),
    ],
    ids=["one-version", "pair-either-order", "pair-without-flags"],
)
def test_filter_by_versions(run_dir: Path, versions: list[str], count: int) -> None:
    run = read_run(run_dir)
    got = filter_flags(_flags(run_dir), versions=versions, known_versions=run.version_ids)
    assert got.height == count


def test_filter_by_unknown_version_lists_the_run_versions(run_dir: Path) -> None:
    result = _report(str(run_dir), "--versions", "rbc-ukraine.en,tsn.uk")
    assert result.exit_code == 2
    assert (
        result.output
        == "Error: unknown version 'tsn.uk'; valid: rbc-ukraine.en, rbc-ukraine.uk, meduza.ru\n"
    )


def test_sort_is_severity_then_score_then_id(run_dir: Path) -> None:
    got = sort_flags(read_run(run_dir).flags)
    assert got["severity"].to_list() == ["high"] * 3 + ["medium"] * 3 + ["low"]
    assert got["score"].to_list() == [0.98, 0.97, 0.81, 0.75, 0.7, 0.62, 0.31]


# ---- `toolkit report` -------------------------------------------------------------------


def test_report_table_has_aligned_columns_with_cyrillic(run_dir: Path) -> None:
    result = _report(str(run_dir))
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0] == f"putin-bush-nato-2001  {read_run(run_dir).signature}"
    header, rule = lines[1], lines[2]
    assert header.split() == [
        "flag_id",
        "versions",
        "category",
        "severity",
        "score",
        "status",
        "cross_check",
        "evidence",
    ]
    rows = lines[3:10]
    assert [r.split()[0] for r in rows] == sort_flags(read_run(run_dir).flags)["flag_id"].to_list()
    status_col = header.index("status")
    for row in rows:  # every column starts at the same display column, Cyrillic or not
        assert display_width(row[:status_col]) == status_col
        assert row[status_col:].startswith("unreviewed")
    assert any("половину" in r for r in rows)
    assert max(display_width(r) for r in rows) <= len(rule)
    assert "7 of 7 flags shown. Review progress:" in result.output


def test_report_filters_combine(run_dir: Path) -> None:
    result = _report(
        str(run_dir),
        "--category",
        "NUMBER_CHANGED,WORDS_DROPPED",
        "--severity",
        "high",
        "--severity",
        "medium",
        "--versions",
        "meduza.ru",
    )
    assert result.exit_code == 0, result.output
    assert "2 of 7 flags shown" in result.output
    assert "0f3bc2115285" in result.output and "e161e1b8d383" in result.output


def test_report_status_filter_and_progress(run_dir: Path) -> None:
    review.append_decision(
        run_dir / "review.jsonl",
        review.make_decision("0f3bc2115285", status="confirmed", reviewer="Olena"),
    )
    result = _report(str(run_dir), "--status", "confirmed")
    assert result.exit_code == 0, result.output
    assert "1 of 7 flags shown" in result.output
    result = _report(str(run_dir), "--progress", "--format", "json")
    rows = {row["category"]: row for row in json.loads(result.output)}
    assert rows["all"] == {
        "category": "all",
        "flags": 7,
        "reviewed": 1,
        "unreviewed": 6,
        "confirmed": 1,
        "dismissed": 0,
        "noted": 0,
    }
    result = _report(str(run_dir), "--status", "maybe")
    assert (
        result.output
        == "Error: unknown status 'maybe'; valid: unreviewed, confirmed, dismissed, noted\n"
    )


def test_report_unknown_category_error(run_dir: Path) -> None:
    result = _report(str(run_dir), "--category", "NUMBER_CHANGD")
    assert result.exit_code == 2
    assert result.output == f"Error: unknown category 'NUMBER_CHANGD'; valid: {VALID_CATEGORIES}\n"


@pytest.mark.parametrize("fmt", ["csv", "json", "parquet"])
def test_report_writes_files_with_every_column(run_dir: Path, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"flags.{fmt}"
    result = _report(str(run_dir), "--severity", "high", "--format", fmt, "--out", str(out))
    assert result.exit_code == 0, result.output
    if fmt == "parquet":
        frame = pl.read_parquet(out)
    elif fmt == "csv":
        frame = pl.read_csv(out)
    else:
        frame = pl.DataFrame(json.loads(out.read_text(encoding="utf-8")))
    assert frame.columns == [*schemas.FLAGS, "status", "reviewer", "note"]
    assert frame.height == 3
    assert frame["flag_id"].to_list() == ["0f3bc2115285", "40b45accb23d", "312dfefb293d"]
    if fmt == "csv":
        assert "За словами Путіна, половину" in out.read_text(encoding="utf-8")


def test_report_json_to_stdout_and_same_bytes_twice(run_dir: Path) -> None:
    first = _report(str(run_dir), "--format", "json").output
    assert first == _report(str(run_dir), "--format", "json").output
    assert json.loads(first)[0]["text_b"].startswith("«В 1945 году")


def test_report_parquet_needs_out(run_dir: Path) -> None:
    result = _report(str(run_dir), "--format", "parquet")
    assert result.exit_code == 2
    assert "--format parquet needs --out FILE" in result.output


def test_report_warns_about_a_torn_review_line_and_still_reports(run_dir: Path) -> None:
    (run_dir / "review.jsonl").write_bytes(
        b'{"flag_id": "0f3bc2115285", "status": "dismissed", "note": null, "reviewer": "O", '
        b'"time": "t"}\n{"fla'
    )
    result = CliRunner().invoke(main, ["report", str(run_dir), "--status", "dismissed"])
    assert result.exit_code == 0
    assert f"Warning: {run_dir / 'review.jsonl'}: line 2: torn last line" in result.output
    assert "1 of 7 flags shown" in result.output


def test_report_help_has_an_example() -> None:
    result = CliRunner().invoke(main, ["report", "--help"])
    assert result.exit_code == 0 and "Example:" in result.output
    result = CliRunner().invoke(main, ["review", "--help"])
    assert result.exit_code == 0 and "Example:" in result.output


# ---- evidence words ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("evidence", "terms"),
    [
        ("numbers: 25,000 -> 2,500", ["25,000", "2,500"]),
        ("numbers: one third -> половину", ["one third", "половину"]),
        (
            "names: Зеленський → Zelensky; dates: 25 грудня -> Dec. 24",
            ["Зеленський", "Zelensky", "25 грудня", "Dec. 24"],
        ),
        ("words dropped: only, dire, need", ["only", "dire", "need"]),
        ("quote missing in meduza.ru: «I have the document»", ["I have the document"]),
        ("", []),
        (None, []),
    ],
    ids=["digits", "number-words-uk", "names-and-dates", "word-list", "quoted", "empty", "none"],
)
def test_evidence_terms(evidence: str | None, terms: list[str]) -> None:
    assert evidence_terms(evidence) == terms


@pytest.mark.parametrize(
    ("text", "terms", "marked"),
    [
        ("«В 1945 году Советский Союз»", ["1954", "1945"], ["1945"]),
        ("One third of Ukraine", ["one third"], ["One third"]),
        ("only the dire need", ["only dire need"], ["only", "dire", "need"]),
        ("Путіна and Путін", ["Путін"], ["Путін"]),  # whole words only
        ("25,000 troops, not 2,500", ["2,500"], ["2,500"]),
    ],
    ids=[
        "year",
        "phrase-any-case",
        "phrase-word-by-word",
        "whole-word-cyrillic",
        "number-inside-text",
    ],
)
def test_highlight_spans(text: str, terms: list[str], marked: list[str]) -> None:
    assert [text[s:e] for s, e in highlight_spans(text, terms)] == marked


def test_report_status_without_a_value_prints_the_progress(run_dir: Path) -> None:
    review.append_decision(
        run_dir / "review.jsonl",
        review.make_decision("e161e1b8d383", status="dismissed", reviewer="Olena"),
    )
    result = _report(str(run_dir), "--category", "WORDS_DROPPED", "--status")
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].split() == [
        "category",
        "flags",
        "reviewed",
        "unreviewed",
        "confirmed",
        "dismissed",
        "noted",
    ]
    assert lines[2].split() == ["WORDS_DROPPED", "2", "1", "1", "0", "1", "0"]
    assert lines[3].split() == ["all", "2", "1", "1", "0", "1", "0"]


def test_report_odd_one_keeps_the_flags_naming_that_version(run_dir: Path) -> None:
    path = run_dir / "divergences.parquet"
    flags = pl.read_parquet(path)
    assert _report(str(run_dir), "--odd-one", flags["version_b"][0]).exit_code == 0
    named = flags["flag_id"][:2].to_list()
    checks = [
        f"odd one: {v}" if f in named else None
        for f, v in zip(flags["flag_id"], flags["version_b"], strict=True)
    ]
    flags.with_columns(pl.Series("cross_check", checks, dtype=pl.String)).write_parquet(path)
    version = flags["version_b"][0]
    result = _report(str(run_dir), "--odd-one", version, "--format", "json")
    assert result.exit_code == 0, result.output
    got = {r["flag_id"] for r in json.loads(result.output)}
    assert got == {f for f, v in zip(named, flags["version_b"][:2], strict=True) if v == version}
    assert got
    bad = _report(str(run_dir), "--odd-one", "nope.xx")
    assert bad.exit_code == 2 and "unknown version 'nope.xx'" in bad.output


@pytest.mark.parametrize("column", ["flag_id", "category", "severity", "score", "version_a"])
def test_nulls_where_a_flag_needs_a_value_are_one_error_line(run_dir: Path, column: str) -> None:
    """A damaged divergences.parquet whose rows lack an id, a category, a severity, a score
    or a version is refused by report and review alike, not shown with blanks."""
    path = run_dir / "divergences.parquet"
    flags = pl.read_parquet(path)
    flags.with_columns(pl.lit(None, dtype=flags.schema[column]).alias(column)).write_parquet(path)
    expected = f"Error: {path}: corrupt table, null values in {column} "
    result = _report(str(run_dir))
    assert result.exit_code == 2
    assert result.output.startswith(expected)
    assert result.output.count("\n") == 1
    decided = CliRunner().invoke(main, ["review", str(run_dir), "--flag", "a", "--set",
                                        "dismissed", "--reviewer", "t"])  # fmt: skip
    assert decided.exit_code == 2
    assert decided.output.startswith(expected)


def test_a_quote_table_of_a_run_json_without_versions_is_refused(run_dir: Path) -> None:
    """The quote table has a column per version: with none listed it would print empty."""
    meta = json.loads((run_dir / "run.json").read_text(encoding="utf-8"))
    del meta["versions"]
    (run_dir / "run.json").write_text(json.dumps(meta), encoding="utf-8")
    result = CliRunner().invoke(main, ["quotes-table", str(run_dir)])
    assert result.exit_code == 2
    assert result.output == (
        f"Error: {run_dir}/run.json: lists no versions; the quote table needs them\n"
    )


@pytest.mark.parametrize(("args", "option"), [(["--category", ",,"], "--category"),
                                              (["--versions", ""], "--versions")])  # fmt: skip
def test_a_filter_given_without_a_value_is_refused(
    run_dir: Path, args: list[str], option: str
) -> None:
    """An empty filter would show every flag as if none had been asked for."""
    result = _report(str(run_dir), *args)
    assert result.exit_code == 2
    assert result.output.startswith(f"Error: {option}: no value given")
