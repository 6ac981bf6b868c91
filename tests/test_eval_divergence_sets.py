"""bench/eval_divergence.py --set: Thresholds changes for one evaluation run."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from eval_divergence import fresh_suite, parse_sets  # noqa: E402

from toolkit.errors import InputError  # noqa: E402


def test_values_take_their_field_s_type() -> None:
    changes = parse_sets(["quote_flags_placed=false", "words_min_count=3", "word_max_best=0.4"])
    assert changes == {"quote_flags_placed": False, "words_min_count": 3, "word_max_best": 0.4}
    assert type(changes["words_min_count"]) is int


@pytest.mark.parametrize(
    ("item", "message"),
    [
        ("numbers=1", "expected NAME=VALUE with a Thresholds name"),
        ("quote_flags_placed", "expected NAME=VALUE"),
        ("quote_flags_placed=maybe", "quote_flags_placed takes true or false"),
        ("words_min_count=2.5", "words_min_count takes a whole number"),
        ("word_max_best=high", "word_max_best takes a float"),
    ],
)
def test_bad_sets_are_input_errors(item: str, message: str) -> None:
    with pytest.raises(InputError, match=message):
        parse_sets([item])


def test_a_bad_set_is_one_line_on_the_command_line() -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "eval_divergence.py"), "--set", "numbers=1"],
        capture_output=True, text=True, cwd=ROOT, timeout=120,
    )  # fmt: skip
    assert done.returncode != 0
    assert done.stderr.strip().splitlines() == [
        "eval_divergence: --set 'numbers=1': expected NAME=VALUE with a Thresholds name"
    ]


def test_fresh_rows_take_their_documents_committed_split(tmp_path: Path) -> None:
    """--parts fresh: another seed's rows, each with its document's split in data/drift_suite,
    so calib / calib2 rows stay on the dev documents."""
    import csv

    def rows(path: Path) -> list[dict[str, str]]:
        with path.open(encoding="utf-8", newline="") as handle:
            return list(csv.DictReader(handle))

    paths = fresh_suite(7, tmp_path)
    for pair, path in paths.items():
        committed = {
            r["doc_id"]: r["split"] for r in rows(ROOT / "data" / "drift_suite" / f"{pair}.csv")
        }
        fresh = rows(path)
        assert fresh and all(r["split"] == committed[r["doc_id"]] for r in fresh)
        # the rows are new: another seed edits other lines or edits them otherwise
        old = {
            (r["line"], r["text_tgt"]) for r in rows(ROOT / "data" / "drift_suite" / f"{pair}.csv")
        }
        assert sum((r["line"], r["text_tgt"]) not in old for r in fresh) > len(fresh) // 10
    with pytest.raises(InputError, match="seed 6 made the committed suite"):
        fresh_suite(6, tmp_path)
