"""Review decisions: the append-only store, attaching decisions to flags, the review command."""

from __future__ import annotations

import json
import multiprocessing
import os
import signal
import time
from pathlib import Path

import polars as pl
import pytest
from click.testing import CliRunner

from toolkit import review
from toolkit.cli import main
from toolkit.errors import InputError
from toolkit.report.rundir import read_run

NUMBER_1945 = "0f3bc2115285"  # rbc-ukraine.en -> meduza.ru, numbers: 1954 -> 1945
HALF = "40b45accb23d"  # rbc-ukraine.en -> rbc-ukraine.uk, numbers: one third -> половину
MOOD = "312dfefb293d"  # rbc-ukraine.en -> rbc-ukraine.uk, could be -> має бути


def _decision(flag_id: str, status: str, *, note: str | None = None, who: str = "Olena") -> dict:
    return review.make_decision(
        flag_id, status=status, note=note, reviewer=who, time="2026-11-28T10:00:00Z"
    )


def _lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


# ---- store ------------------------------------------------------------------------------


def test_append_writes_one_json_line_per_decision_in_schema_order(tmp_path: Path) -> None:
    path = tmp_path / "review.jsonl"
    review.append_decision(path, _decision("a1", "confirmed"))
    review.append_decision(path, _decision("a1", "note", note="Ім'я «Буш» — так у джерелі"))
    raw = path.read_text(encoding="utf-8")
    assert raw.endswith("\n") and raw.count("\n") == 2
    first, second = _lines(path)
    assert list(first) == ["flag_id", "status", "note", "reviewer", "time"]
    assert first == {
        "flag_id": "a1",
        "status": "confirmed",
        "note": None,
        "reviewer": "Olena",
        "time": "2026-11-28T10:00:00Z",
    }
    assert second["note"] == "Ім'я «Буш» — так у джерелі"
    assert "\\u" not in raw  # Cyrillic stays readable


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"status": "approved"}, "unknown decision 'approved'; valid: confirmed, dismissed, note"),
        ({"status": "note"}, "a note decision needs the note text"),
        ({"status": "confirmed", "reviewer": " "}, "a decision needs a reviewer name"),
    ],
    ids=["unknown-status", "empty-note", "no-reviewer"],
)
def test_make_decision_rejects_bad_values(kwargs: dict, message: str) -> None:
    kwargs = {"reviewer": "Olena", **kwargs}
    with pytest.raises(InputError) as caught:
        review.make_decision("a1", **kwargs)
    assert str(caught.value) == message


def test_load_tolerates_a_torn_last_line_and_the_next_append_starts_fresh(tmp_path: Path) -> None:
    path = tmp_path / "review.jsonl"
    review.append_decision(path, _decision("a1", "confirmed"))
    review.append_decision(path, _decision("b2", "dismissed"))
    with open(path, "ab") as handle:  # a crash in the middle of a write
        handle.write(b'{"flag_id": "c3", "status": "conf')
    log = review.load_review(path)
    assert log.decisions["flag_id"].to_list() == ["a1", "b2"]
    assert log.problems == [
        f"{path}: line 3: torn last line (an interrupted write?); skipped, left in the file"
    ]

    review.append_decision(path, _decision("c3", "confirmed"))
    log = review.load_review(path)
    assert log.decisions["flag_id"].to_list() == ["a1", "b2", "c3"]
    assert log.decisions["line"].to_list() == [1, 2, 4]
    assert log.problems == [f"{path}: line 3: not a JSON object; skipped, left in the file"]
    assert path.read_bytes().count(b'"status": "conf\n') == 1  # the torn bytes are kept, not glued


def test_load_reports_bad_lines_in_the_middle_and_keeps_the_rest(tmp_path: Path) -> None:
    path = tmp_path / "review.jsonl"
    path.write_text(
        '{"flag_id": "a1", "status": "confirmed", "note": null, "reviewer": "O", "time": "t"}\n'
        '{"flag_id": "a1", "status": "approved"}\n'
        "[1, 2]\n"
        '{"flag_id": "b2", "status": "dismissed", "note": null, "reviewer": "O", "time": "t"}\n',
        encoding="utf-8",
    )
    log = review.load_review(path)
    assert log.decisions["flag_id"].to_list() == ["a1", "b2"]
    assert [p.split(": ", 1)[1] for p in log.problems] == [
        "line 2: unknown status 'approved'; skipped, left in the file",
        "line 3: not a JSON object; skipped, left in the file",
    ]


def test_missing_review_file_means_no_decisions(tmp_path: Path) -> None:
    log = review.load_review(tmp_path / "review.jsonl")
    assert log.decisions.is_empty() and log.problems == []
    assert log.decisions.schema["flag_id"] == pl.String


def _append_many(path: str, who: str, count: int) -> None:
    for i in range(count):
        review.append_decision(
            path, _decision(f"{who}-{i:04d}", "confirmed", who=who, note="x" * (i % 7))
        )


def test_two_concurrent_writers_lose_nothing(tmp_path: Path) -> None:
    path = tmp_path / "review.jsonl"
    count = 400
    context = multiprocessing.get_context("fork")
    workers = [
        context.Process(target=_append_many, args=(str(path), who, count))
        for who in ("Olena", "Ivan")
    ]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(timeout=120)
        assert worker.exitcode == 0
    log = review.load_review(path)
    assert log.problems == []
    assert log.decisions.height == 2 * count
    for who in ("Olena", "Ivan"):
        mine = log.decisions.filter(pl.col("reviewer") == who)["flag_id"].to_list()
        assert mine == [f"{who}-{i:04d}" for i in range(count)]  # each writer's order is kept


def _append_forever(path: str) -> None:
    i = 0
    while True:
        review.append_decision(path, _decision(f"k{i:06d}", "confirmed", note="ж" * (i % 50)))
        i += 1


def test_a_writer_killed_mid_stream_leaves_every_earlier_decision_readable(tmp_path: Path) -> None:
    path = tmp_path / "review.jsonl"
    review.append_decision(path, _decision("before", "dismissed"))
    worker = multiprocessing.get_context("fork").Process(target=_append_forever, args=(str(path),))
    worker.start()
    deadline = time.monotonic() + 30
    while path.stat().st_size < 20_000 and time.monotonic() < deadline:
        time.sleep(0.05)
    os.kill(worker.pid, signal.SIGKILL)
    worker.join(timeout=30)
    log = review.load_review(path)
    ids = log.decisions["flag_id"].to_list()
    assert ids[0] == "before" and len(ids) > 50
    assert ids[1:] == [f"k{i:06d}" for i in range(len(ids) - 1)]  # no gap, no duplicate
    assert len(log.problems) <= 1 and all("torn last line" in p for p in log.problems)
    review.append_decision(path, _decision("after", "confirmed"))
    assert review.load_review(path).decisions["flag_id"].to_list()[-1] == "after"


# ---- attaching decisions ----------------------------------------------------------------


def test_attach_latest_verdict_wins_notes_do_not_undo_it(run_dir: Path) -> None:
    flags = read_run(run_dir).flags
    path = run_dir / "review.jsonl"
    review.append_decision(path, _decision(NUMBER_1945, "dismissed", who="Ivan"))
    review.append_decision(path, _decision(NUMBER_1945, "confirmed", note="1954 in the archive"))
    review.append_decision(path, _decision(NUMBER_1945, "note", note="checked twice", who="Petro"))
    review.append_decision(path, _decision(HALF, "note", note="«половину» is wrong"))
    attached = review.attach_decisions(flags, review.load_review(path).decisions)
    assert attached.columns == [*flags.columns, "status", "reviewer", "note"]
    by_id = {row["flag_id"]: row for row in attached.iter_rows(named=True)}
    assert (by_id[NUMBER_1945]["status"], by_id[NUMBER_1945]["reviewer"]) == ("confirmed", "Olena")
    assert by_id[NUMBER_1945]["note"] == "checked twice"
    assert (by_id[HALF]["status"], by_id[HALF]["note"]) == ("noted", "«половину» is wrong")
    assert (by_id[MOOD]["status"], by_id[MOOD]["reviewer"]) == ("unreviewed", None)
    assert attached["flag_id"].to_list() == flags["flag_id"].to_list()  # order kept


def test_orphaned_decisions_are_listed_and_kept(run_dir: Path) -> None:
    path = run_dir / "review.jsonl"
    review.append_decision(path, _decision(NUMBER_1945, "confirmed"))
    review.append_decision(path, _decision("gone00000000", "dismissed"))
    run = read_run(run_dir)
    decisions = review.load_review(path).decisions
    rerun_flags = run.flags.filter(pl.col("flag_id") != NUMBER_1945)  # a rerun lost this flag
    orphans = review.orphaned_decisions(rerun_flags, decisions)
    assert orphans["flag_id"].to_list() == [NUMBER_1945, "gone00000000"]
    attached = review.attach_decisions(rerun_flags, decisions)
    assert attached.height == rerun_flags.height
    assert len(_lines(path)) == 2  # nothing dropped from the file

    result = CliRunner().invoke(main, ["report", str(run_dir)])
    assert (
        "1 decision(s) refer to flags no longer in this run (kept in review.jsonl): gone00000000"
        in result.output
    )


def test_progress_counts_by_status_and_category(run_dir: Path) -> None:
    path = run_dir / "review.jsonl"
    review.append_decision(path, _decision(NUMBER_1945, "confirmed"))
    review.append_decision(path, _decision(HALF, "dismissed"))
    review.append_decision(path, _decision(MOOD, "note", note="ask the desk"))
    flags = review.attach_decisions(read_run(run_dir).flags, review.load_review(path).decisions)
    table = {row["category"]: row for row in review.progress(flags).iter_rows(named=True)}
    assert table["NUMBER_CHANGED"] == {
        "category": "NUMBER_CHANGED",
        "flags": 2,
        "reviewed": 2,
        "unreviewed": 0,
        "confirmed": 1,
        "dismissed": 1,
        "noted": 0,
    }
    assert table["all"] == {
        "category": "all",
        "flags": 7,
        "reviewed": 3,
        "unreviewed": 4,
        "confirmed": 1,
        "dismissed": 1,
        "noted": 1,
    }


# ---- `toolkit review --flag` ------------------------------------------------------------


def test_cli_sets_a_decision_by_id_prefix(run_dir: Path) -> None:
    result = CliRunner().invoke(
        main,
        [
            "review",
            str(run_dir),
            "--flag",
            "0f3b",
            "--set",
            "confirmed",
            "--note",
            "1954 → 1945",
            "--reviewer",
            "Олена",
        ],
    )
    assert result.exit_code == 0, result.output
    assert result.output == f"Recorded {NUMBER_1945}: confirmed by Олена\n"
    (line,) = _lines(run_dir / "review.jsonl")
    assert (line["flag_id"], line["status"], line["note"], line["reviewer"]) == (
        NUMBER_1945,
        "confirmed",
        "1954 → 1945",
        "Олена",
    )
    assert line["time"].endswith("Z") and len(line["time"]) == 20


def test_cli_note_alone_records_a_note(run_dir: Path) -> None:
    result = CliRunner().invoke(
        main, ["review", str(run_dir), "--flag", MOOD, "--note", "ask", "--reviewer", "O"]
    )
    assert result.exit_code == 0, result.output
    assert _lines(run_dir / "review.jsonl")[0]["status"] == "note"


def test_cli_unknown_flag_is_one_line_error_saying_how_to_see_ids(run_dir: Path) -> None:
    result = CliRunner().invoke(
        main, ["review", str(run_dir), "--flag", "nope", "--set", "dismissed"]
    )
    assert result.exit_code == 2
    assert result.output == (
        f"Error: unknown flag or cell id 'nope' in {run_dir}; "
        f"see the ids with `toolkit report {run_dir}`\n"
    )
    assert not (run_dir / "review.jsonl").exists()


def test_cli_decides_on_a_quote_table_cell_by_id_prefix(run_dir: Path) -> None:
    cells = pl.DataFrame({"cell_id": ["c-7a1f00e2d9b3", "c-90bb1c4e2f10"], "status": ["x", "y"]})
    cells.write_parquet(run_dir / "quotes_table.parquet")
    result = CliRunner().invoke(
        main, ["review", str(run_dir), "--flag", "c-90", "--set", "dismissed", "--reviewer", "O"]
    )
    assert result.exit_code == 0, result.output
    assert result.output == "Recorded c-90bb1c4e2f10: dismissed by O\n"
    (line,) = _lines(run_dir / "review.jsonl")
    assert (line["flag_id"], line["status"]) == ("c-90bb1c4e2f10", "dismissed")
    ambiguous = CliRunner().invoke(
        main, ["review", str(run_dir), "--flag", "c-", "--set", "dismissed"]
    )
    assert ambiguous.exit_code == 2 and "is ambiguous (c-7a1f00e2d9b3, c-90bb1c4e2f10" in (
        ambiguous.output
    )


def test_cli_reviewer_defaults_to_git_user_name(run_dir: Path, tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    (home / ".gitconfig").write_text("[user]\n\tname = Git Reviewer\n", encoding="utf-8")
    env = {"HOME": str(home), "XDG_CONFIG_HOME": str(home), "GIT_CONFIG_NOSYSTEM": "1"}
    result = CliRunner().invoke(
        main, ["review", str(run_dir), "--flag", HALF, "--set", "dismissed"], env=env
    )
    assert result.exit_code == 0, result.output
    assert _lines(run_dir / "review.jsonl")[0]["reviewer"] == "Git Reviewer"


def test_cli_set_without_flag_is_a_usage_error(run_dir: Path) -> None:
    result = CliRunner().invoke(main, ["review", str(run_dir), "--set", "confirmed"])
    assert result.exit_code == 2
    assert "--set and --note need --flag ID" in result.output


def test_cli_missing_run_folder(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["review", str(tmp_path / "nothing")])
    assert result.exit_code == 2
    assert result.output == (
        f"Error: {tmp_path / 'nothing'}: no such run folder; "
        "make one with `toolkit run texts/nothing`\n"
    )


# ---- interactive review -----------------------------------------------------------------


def _walk(run_dir: Path, keys: str) -> tuple[object, list[dict]]:
    result = CliRunner().invoke(
        main, ["review", str(run_dir), "--reviewer", "Olena"], input=keys, color=True
    )
    path = run_dir / "review.jsonl"
    return result, (_lines(path) if path.exists() else [])


def test_interactive_confirm_dismiss_note_skip_back_quit(run_dir: Path) -> None:
    # most severe first: 0f3b (1954/1945), 40b4 (one third/половину), 312d (could be/має бути)
    result, lines = _walk(run_dir, "cd" + "nлише «може»\n" + "s" + "b" + "c" + "q")
    assert result.exit_code == 0, result.output
    assert [(d["flag_id"], d["status"], d["note"]) for d in lines] == [
        (NUMBER_1945, "confirmed", None),
        (HALF, "dismissed", None),
        (MOOD, "note", "лише «може»"),
        (MOOD, "confirmed", None),  # s skipped to the 4th flag, b came back to the 3rd
    ]
    assert "[1/7] " in result.output and "[4/7] " in result.output
    assert (
        "Recorded 4 decision(s)" in result.output and "4 flag(s) still unreviewed" in result.output
    )


def test_interactive_highlights_the_evidence_words_in_both_texts(run_dir: Path) -> None:
    result, _ = _walk(run_dir, "q")
    bold_yellow = "\x1b[33m\x1b[1m\x1b[4m"
    assert f"{bold_yellow}1954\x1b[0m, the Soviet Union" in result.output
    assert f"«В {bold_yellow}1945\x1b[0m году" in result.output


def test_interactive_walks_only_unreviewed_and_ends_at_the_last(run_dir: Path) -> None:
    CliRunner().invoke(
        main,
        ["review", str(run_dir), "--flag", NUMBER_1945, "--set", "confirmed", "--reviewer", "O"],
    )
    result, lines = _walk(run_dir, "dddddd")  # six unreviewed flags left, all dismissed
    assert result.exit_code == 0, result.output
    assert NUMBER_1945 not in result.output.split("reviewer: Olena", 1)[1]
    assert [d["status"] for d in lines] == ["confirmed"] + ["dismissed"] * 6
    result, _ = _walk(run_dir, "")
    assert "No unreviewed flags" in result.output
    result = CliRunner().invoke(
        main, ["review", str(run_dir), "--all", "--reviewer", "P"], input="c"
    )
    assert "7 flag(s) in" in result.output and "now: confirmed by O" in result.output
    assert _lines(run_dir / "review.jsonl")[-1]["reviewer"] == "P"


def test_interactive_unknown_key_and_end_of_input(run_dir: Path) -> None:
    result, lines = _walk(run_dir, "x")
    assert result.exit_code == 0, result.output
    assert "Use one of the keys: c d n s b q" in result.output
    assert lines == []


def test_interactive_through_a_pseudo_terminal(run_dir: Path) -> None:
    """The real click.getchar path: raw key presses on a pty, no Enter needed."""
    pty = pytest.importorskip("pty")
    import select
    import subprocess
    import sys
    import termios

    primary, secondary = pty.openpty()
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1]), "TERM": "xterm"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "toolkit", "review", str(run_dir), "--reviewer", "pty"],
        stdin=secondary,
        stdout=secondary,
        stderr=secondary,
        env=env,
        start_new_session=True,
    )
    os.close(secondary)
    seen = b""

    def wait_for(marker: bytes, count: int) -> None:
        nonlocal seen
        deadline = time.monotonic() + 60
        while seen.count(marker) < count and time.monotonic() < deadline:
            ready, _, _ = select.select([primary], [], [], 0.5)
            if ready:
                try:
                    seen += os.read(primary, 65536)
                except OSError:
                    break

    def wait_for_raw_mode() -> None:  # click.getchar flushes keys typed before raw mode
        deadline = time.monotonic() + 60
        while termios.tcgetattr(primary)[3] & termios.ICANON and time.monotonic() < deadline:
            time.sleep(0.02)

    try:
        for step, key in enumerate([b"c", b"d", b"q"], start=1):
            wait_for(b"[q]uit > ", step)
            wait_for_raw_mode()
            os.write(primary, key)
        wait_for(b"still unreviewed", 1)
        assert proc.wait(timeout=60) == 0, seen.decode(errors="replace")
    finally:
        if proc.poll() is None:
            proc.kill()
        os.close(primary)
    assert [d["status"] for d in _lines(run_dir / "review.jsonl")] == ["confirmed", "dismissed"]
    assert b"Recorded 2 decision(s)" in seen


def test_a_note_with_bytes_that_are_not_utf8_is_kept(tmp_path: Path) -> None:
    """A terminal that sends Latin-1 bytes: Python reads them as lone surrogates, which UTF-8
    cannot write; they become U+FFFD and the note is recorded."""
    note = b"bad \xff\xfe bytes".decode("utf-8", "surrogateescape")
    decision = review.make_decision("f1", status="note", note=note, reviewer="Olena")
    assert decision["note"] == "bad \ufffd\ufffd bytes"
    review.append_decision(tmp_path / "review.jsonl", decision)
    assert _lines(tmp_path / "review.jsonl")[0]["note"] == "bad \ufffd\ufffd bytes"


def test_ctrl_c_stops_a_prompt_that_waits_for_input(run_dir: Path) -> None:
    """A review waiting at its prompt on an open, silent input ends at SIGINT with exit 130
    (polars' own handler, installed on import, had made the blocked read wait for a key)."""
    import subprocess
    import sys

    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])}
    proc = subprocess.Popen(
        [sys.executable, "-m", "toolkit", "review", str(run_dir), "--reviewer", "t"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        env=env,
    )
    try:
        seen = b""
        while b"[q]uit > " not in seen:
            chunk = proc.stdout.read1(65536)
            assert chunk, seen.decode(errors="replace")
            seen += chunk
        time.sleep(0.5)  # the prompt's read is blocked by now
        proc.send_signal(signal.SIGINT)
        assert proc.wait(timeout=30) == 130
        assert b"Error: interrupted" in seen + proc.stdout.read()
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.stdin.close()
