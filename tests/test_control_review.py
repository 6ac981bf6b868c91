"""toolkit.control_review: the controls' flags read against two annotators' judgments, and
the judgments file committed with the drift suite."""

from __future__ import annotations

from pathlib import Path

import pytest

from toolkit.control_review import (
    COLUMNS,
    LABELS,
    agreement,
    flag_key,
    read_judgments,
    review_flags,
)
from toolkit.errors import InputError

ROOT = Path(__file__).resolve().parents[1]
COMMITTED = ROOT / "data" / "drift_suite" / "control_flags.tsv"
HEADER = "\t".join((*COLUMNS, "reason_a", "reason_b"))


def write(tmp_path: Path, *lines: str) -> Path:
    path = tmp_path / "judged.tsv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_a_pair_is_supported_only_by_a_flag_both_call_real() -> None:
    judged = {
        ("p1", "NAME_CHANGED", "a"): ("REAL", "REAL"),
        ("p2", "WORDS_DROPPED", "b"): ("REAL", "MINOR"),
        ("p3", "NEGATION_FLIP", "c"): ("FALSE", "FALSE"),
    }
    rows = [
        ("p1", "d1", [("NAME_CHANGED", "a"), ("WORDS_ADDED", "unjudged")]),
        ("p2", "d1", [("WORDS_DROPPED", "b")]),
        ("p3", "d2", [("NEGATION_FLIP", "c")]),
        ("p4", "d2", [("WORDS_DROPPED", "never judged")]),
        ("p5", "d3", []),
    ]
    result = review_flags(rows, judged)
    assert result["pairs"] == 5
    assert result["flagged_pairs"] == 4
    # p1 is supported; p2 (one annotator), p3 (neither) and p4 (unjudged) are not
    assert result["unsupported_pairs"] == 3
    assert result["unsupported_rate"] == 0.6
    assert result["unsupported_rate_either"] == 0.4  # p2 counts as supported by either
    assert result["pairs_with_unjudged_flags"] == 2
    assert result["by_category"]["WORDS_DROPPED"] == {"disagreed": 1, "flags": 2, "unjudged": 1}
    assert result["by_category"]["NEGATION_FLIP"] == {"both FALSE": 1, "flags": 1}
    low, high = result["unsupported_interval"]
    assert low < 0.6 < high


def test_agreement_gives_cohens_kappa() -> None:
    # 10 flags: 8 agreed; a and b each say REAL 5 times -> expected agreement 0.5
    labels = [("REAL", "REAL")] * 4 + [("FALSE", "FALSE")] * 4
    labels += [("REAL", "FALSE"), ("FALSE", "REAL")]
    judged = {(f"p{i}", "C", "e"): pair for i, pair in enumerate(labels)}
    result = agreement(judged)
    assert result["agreement_real"] == 0.8
    assert result["kappa_real"] == pytest.approx(0.6)
    assert result["kappa_labels"] == pytest.approx(0.6)


def test_read_judgments_keeps_one_split(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        HEADER,
        "calib2\tp1\tNAME_CHANGED\tname: X -> ∅\tREAL\tMINOR\tr\tr",
        "test2\tp2\tWORDS_ADDED\twords added: y\tFALSE\tFALSE\tr\tr",
    )
    assert read_judgments(path, split="calib2") == {
        ("p1", "NAME_CHANGED", "name: X -> ∅"): ("REAL", "MINOR")
    }
    assert len(read_judgments(path)) == 2


@pytest.mark.parametrize(
    ("lines", "message"),
    [
        (("split\tpair_id\tcategory",), "missing columns evidence, label_a, label_b"),
        ((HEADER, "calib2\tp1\tC\te\tREAL\tmaybe\tr\tr"), "line 2: label 'maybe' is not one"),
        (
            (HEADER, "calib2\tp1\tC\te\tREAL\tREAL\tr\tr", "calib2\tp1\tC\te\tFALSE\tFALSE\tr\tr"),
            "line 3: the flag of line 2 judged again",
        ),
    ],
)
def test_read_judgments_names_the_file_and_the_problem(
    tmp_path: Path, lines: tuple[str, ...], message: str
) -> None:
    path = write(tmp_path, *lines)
    with pytest.raises(InputError, match=message) as err:
        read_judgments(path)
    assert str(path) in str(err.value)


def test_a_meaning_flag_is_found_whatever_its_scores() -> None:
    judged = {flag_key("p1", "MEANING_CHANGED", "similarity: 0.82; margin: 1.02"): ("REAL", "REAL")}
    rows = [("p1", "d1", [("MEANING_CHANGED", "similarity: 0.83; margin: 1.01")])]
    assert review_flags(rows, judged)["unsupported_pairs"] == 0
    assert flag_key("p1", "NUMBER_CHANGED", "numbers: 3.5 -> 4.5")[2] == "numbers: 3.5 -> 4.5"


def test_a_missing_file_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="cannot read"):
        read_judgments(tmp_path / "absent.tsv")


def test_the_committed_judgments_cover_both_halves_with_valid_labels() -> None:
    judged = read_judgments(COMMITTED)
    splits = {split for split in ("calib2", "test2") if read_judgments(COMMITTED, split=split)}
    assert splits == {"calib2", "test2"}
    assert all(a in LABELS and b in LABELS for a, b in judged.values())
    assert all(pair.startswith(("en-uk-control-", "en-ru-control-")) for pair, _, _ in judged)
