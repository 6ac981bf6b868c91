"""`toolkit run` interrupted by SIGINT (Ctrl-C) and killed by SIGKILL.

The run is a child process (tests/reliability_support.py: the toolkit CLI with test hooks)
over a run folder that holds a previous run and review decisions. The hooks pause the run
at a chosen point of the write (after the n-th file is staged, or after the n-th rename) so
that the signal lands there every time. One test interrupts a real-model run as soon as the
model has loaded.

After SIGINT: exit 130, one `Error: interrupted` line, no temporary files, the previous
files byte-identical. After SIGKILL: temporary files may remain, every target file is whole
(old or new) and readable, and the next run removes the stale temporary files.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from reliability_support import (
    TESTS,
    copy_story,
    leftovers,
    read_every_parquet,
    run_file_count,
    seed_review,
    snapshot,
    wait_for,
)

SUPPORT = TESTS / "reliability_support.py"


def start(story: Path, out: Path, log: Path, **hooks: str) -> subprocess.Popen:
    env = {**os.environ, "HF_HUB_OFFLINE": "1", **hooks}
    cmd = [sys.executable, str(SUPPORT), "run", str(story), "--out", str(out), "--quiet"]
    with open(log, "w", encoding="utf-8") as err:
        return subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=err, env=env)


def run_to_end(story: Path, out: Path, log: Path, **hooks: str) -> None:
    proc = start(story, out, log, **hooks)
    assert proc.wait(timeout=300) == 0, log.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def baseline(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A finished run of the small story (fake embedder), made once."""
    base = tmp_path_factory.mktemp("signals")
    run_to_end(copy_story(base / "story"), base / "run", base / "first.log", REL_FAKE_EMBEDDER="1")
    return base / "run"


@pytest.fixture
def previous(tmp_path: Path, baseline: Path) -> tuple[Path, Path, dict[str, bytes]]:
    """The small story, a copy of the baseline run with review decisions, its snapshot;
    the story's English version is edited so that the next run writes other bytes."""
    story = copy_story(tmp_path / "story")
    out = tmp_path / "run"
    shutil.copytree(baseline, out)
    seed_review(out)
    english = story / "ntrex.en.txt"
    text = english.read_text(encoding="utf-8").replace("Brexit", "Brexit plan")
    english.write_text(text, encoding="utf-8")
    return story, out, snapshot(out)


@pytest.mark.slow
@pytest.mark.parametrize("hook", ["REL_PAUSE_STAGE", "REL_PAUSE_REPLACE"])
def test_sigint_while_writing(
    tmp_path: Path, previous: tuple[Path, Path, dict[str, bytes]], hook: str
) -> None:
    story, out, before = previous
    log = tmp_path / "run.log"
    proc = start(story, out, log, REL_FAKE_EMBEDDER="1", **{hook: "5"})
    wait_for(log, "PAUSED", proc=proc, timeout=240)
    proc.send_signal(signal.SIGINT)
    assert proc.wait(timeout=60) == 130
    stderr = log.read_text(encoding="utf-8")
    assert stderr.endswith("\nError: interrupted\n") and "Traceback" not in stderr
    assert leftovers(out) == []
    after = snapshot(out)
    assert after["review.jsonl"] == before["review.jsonl"]
    if hook == "REL_PAUSE_STAGE":
        assert after == before  # nothing was renamed in yet
    else:  # five files renamed in: each whole; run.json still the previous one
        assert after["run.json"] == before["run.json"]
    read_every_parquet(out)


@pytest.mark.slow
@pytest.mark.parametrize("hook", ["REL_PAUSE_STAGE", "REL_PAUSE_REPLACE"])
def test_sigkill_while_writing(
    tmp_path: Path, previous: tuple[Path, Path, dict[str, bytes]], hook: str
) -> None:
    story, out, before = previous
    log = tmp_path / "run.log"
    proc = start(story, out, log, REL_FAKE_EMBEDDER="1", **{hook: "5"})
    wait_for(log, "PAUSED", proc=proc, timeout=240)
    proc.kill()
    assert proc.wait(timeout=60) == -signal.SIGKILL
    stale = leftovers(out)
    assert all(name.endswith(f".{proc.pid}.tmp") for name in stale)
    after = snapshot(out)
    assert after["review.jsonl"] == before["review.jsonl"]
    assert after["run.json"] == before["run.json"]
    if hook == "REL_PAUSE_STAGE":
        assert len(stale) == 5 and {n: b for n, b in after.items() if n in before} == before
    else:
        assert len(stale) == run_file_count() - 5
    read_every_parquet(out)
    run_to_end(story, out, tmp_path / "again.log", REL_FAKE_EMBEDDER="1")
    assert leftovers(out) == []  # the next run removed the dead run's temporary files
    assert snapshot(out)["review.jsonl"] == before["review.jsonl"]


@pytest.mark.slow
@pytest.mark.model
def test_sigint_real_model_run(tmp_path: Path) -> None:
    """Ctrl-C a real `toolkit run` right after the model has loaded (while it embeds/aligns)."""
    story = copy_story(tmp_path / "story", drop=("ntrex.ru.txt",))
    out = tmp_path / "run"
    out.mkdir()
    review = seed_review(out)
    log = tmp_path / "run.log"
    proc = start(story, out, log, REL_ANNOUNCE_MODEL="1")
    wait_for(log, "MODEL READY", proc=proc, timeout=400)
    proc.send_signal(signal.SIGINT)
    code = proc.wait(timeout=120)
    stderr = log.read_text(encoding="utf-8")
    if code == 0:
        pytest.skip("the run finished before the signal arrived")
    assert code == 130, stderr
    assert stderr.endswith("\nError: interrupted\n") and "Traceback" not in stderr
    assert leftovers(out) == []
    assert snapshot(out) == {"review.jsonl": review}
