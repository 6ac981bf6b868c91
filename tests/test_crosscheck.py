"""toolkit.crosscheck: each flag checked against the comparisons with a third version."""

from __future__ import annotations

from pathlib import Path

import polars as pl

from toolkit.crosscheck import counterparts, cross_check
from toolkit.report.rundir import read_run

ALL = [("x.en", "x.uk"), ("x.en", "x.ru"), ("x.uk", "x.ru")]


def flag(a: str, b: str, category: str, ids_a: list[int], ids_b: list[int], severity="high"):
    return {"version_a": f"x.{a}", "version_b": f"x.{b}", "category": category,
            "sent_ids_a": ids_a, "sent_ids_b": ids_b, "severity": severity}  # fmt: skip


def unit(a: str, b: str, ids_a: list[int], ids_b: list[int]) -> dict:
    return {"version_a": f"x.{a}", "version_b": f"x.{b}", "sent_ids_a": ids_a, "sent_ids_b": ids_b}


def test_the_translation_that_differs_from_both_others_is_named() -> None:
    # the Ukrainian number differs from the English and from the Russian; en-ru agree
    flags = [
        flag("en", "uk", "NUMBER_CHANGED", [1], [1]),
        flag("uk", "ru", "NUMBER_CHANGED", [1], [2]),
    ]
    cross_check(flags, ALL, {})
    assert [f["cross_check"] for f in flags] == ["odd one: x.uk", "odd one: x.uk"]
    assert [f["severity"] for f in flags] == ["high", "high"]


def test_a_flag_no_third_version_confirms_drops_one_level() -> None:
    flags = [
        flag("en", "uk", "WORDS_DROPPED", [3], [3], severity="high"),
        flag("en", "ru", "NEGATION_FLIP", [4], [4], severity="medium"),
        flag("en", "ru", "NAME_CHANGED", [5], [5], severity="low"),
    ]
    cross_check(flags, ALL, {})
    assert [f["cross_check"] for f in flags] == [
        "not seen against x.ru", "not seen against x.uk", "not seen against x.uk"
    ]  # fmt: skip
    assert [f["severity"] for f in flags] == ["medium", "low", "low"]


def test_another_kind_of_difference_on_the_same_sentence_confirms_nothing() -> None:
    flags = [
        flag("en", "uk", "NUMBER_CHANGED", [1], [1]),
        flag("uk", "ru", "DATE_CHANGED", [1], [1]),
    ]
    cross_check(flags, ALL, {})
    assert flags[0]["cross_check"] == "not seen against x.ru"
    assert flags[0]["severity"] == "medium"


def test_one_family_confirms_itself_across_categories() -> None:
    # a changed name may come out as a changed speaker; words the Russian lacks as words
    # dropped in one comparison and added in the other, as the sides fall
    flags = [
        flag("en", "uk", "NAME_CHANGED", [2], [2]),
        flag("uk", "ru", "SPEAKER_CHANGED", [2], [2]),
        flag("en", "ru", "WORDS_DROPPED", [6], [6]),
        flag("ru", "uk", "WORDS_ADDED", [6], [6]),
    ]
    cross_check(flags, ALL, {})
    assert [f["cross_check"] for f in flags] == [
        "odd one: x.uk", "odd one: x.uk", "odd one: x.ru", "odd one: x.ru"
    ]  # fmt: skip


def test_words_confirm_only_the_same_version_lacking_them() -> None:
    # the Russian lacks words against the English; against the Ukrainian it is the
    # Ukrainian that lacks words: two different differences, neither confirms the other
    flags = [flag("en", "ru", "WORDS_DROPPED", [6], [6]), flag("uk", "ru", "WORDS_ADDED", [6], [6])]
    cross_check(flags, ALL, {})
    assert flags[0]["cross_check"] == "not seen against x.uk"
    # a whole sentence the Russian leaves out, read through the aligned units
    flags = [flag("en", "ru", "WORDS_DROPPED", [5], []), flag("ru", "uk", "WORDS_ADDED", [], [5])]
    units = counterparts([unit("en", "uk", [5], [5])])
    cross_check(flags, ALL, units)
    assert [f["cross_check"] for f in flags] == ["odd one: x.ru", "odd one: x.ru"]


def test_each_version_different_is_seen_on_both_sides() -> None:
    flags = [
        flag(a, b, "NUMBER_CHANGED", [1], [1])
        for a, b in (("en", "uk"), ("en", "ru"), ("uk", "ru"))
    ]
    cross_check(flags, ALL, {})
    assert flags[0]["cross_check"] == "seen against x.ru"
    assert all(f["severity"] == "high" for f in flags)


def test_a_side_without_sentences_is_read_through_the_aligned_units() -> None:
    # the Ukrainian version leaves out a quote: nothing on its side; the Russian has it
    flags = [
        flag("en", "uk", "QUOTE_MISSING", [13], []),
        flag("uk", "ru", "QUOTE_MISSING", [], [12]),
    ]
    units = counterparts([unit("en", "ru", [13], [12]), unit("en", "uk", [12], [12])])
    cross_check(flags, ALL, units)
    assert [f["cross_check"] for f in flags] == ["odd one: x.uk", "odd one: x.uk"]
    # without the units the missing side cannot be matched
    again = [
        flag("en", "uk", "QUOTE_MISSING", [13], []),
        flag("uk", "ru", "QUOTE_MISSING", [], [12]),
    ]
    cross_check(again, ALL, {})
    assert again[0]["cross_check"] == "not seen against x.ru"


def test_without_a_third_comparison_nothing_changes() -> None:
    flags = [
        flag("en", "uk", "NUMBER_CHANGED", [1], [1]),
        flag("en", "ru", "NEGATION_FLIP", [2], [2]),
    ]
    cross_check(flags, [("x.en", "x.uk"), ("x.en", "x.ru")], {})  # --pairs pivot
    assert [(f["cross_check"], f["severity"]) for f in flags] == [(None, "high"), (None, "high")]


def test_a_run_folder_written_before_the_column_reads_it_as_null(run_dir: Path) -> None:
    path = run_dir / "divergences.parquet"
    pl.read_parquet(path).drop("cross_check").write_parquet(path)
    flags = read_run(run_dir).flags
    assert flags["cross_check"].null_count() == flags.height > 0


def test_the_run_summary_counts_the_versions_named() -> None:
    from toolkit.runner import cross_check_line

    checks = ["odd one: x.ru", "odd one: x.uk", "odd one: x.ru", "not seen against x.en", None]
    line = cross_check_line(
        pl.DataFrame({"cross_check": checks}, schema={"cross_check": pl.String})
    )
    assert line == (
        "Cross-check with a third version: 3 flag(s) name the version that differs from both "
        "others (x.ru 2, x.uk 1), 0 seen on both sides, 1 not seen (one severity level lower)"
    )
    two_versions = pl.DataFrame({"cross_check": [None]}, schema={"cross_check": pl.String})
    assert cross_check_line(two_versions) is None
