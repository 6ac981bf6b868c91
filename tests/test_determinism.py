"""Same input, byte-identical output: `toolkit run` twice, in fresh processes with different
PYTHONHASHSEED values (set and dict order of strings differ between them).

The real-model test runs the default model on the smallest bundled story (three short
NTREX versions); the other uses the fake embedder, so that it checks every stage after the
embeddings on its own, quickly.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from reliability_support import TESTS, copy_story, leftovers, run_file_count, snapshot

SUPPORT = TESTS / "reliability_support.py"
SEEDS = ("0", "4242")


def start(story: Path, out: Path, *, seed: str, fake: bool) -> subprocess.Popen:
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "PYTHONHASHSEED": seed}
    if fake:
        env["REL_FAKE_EMBEDDER"] = "1"
    else:
        env.pop("REL_FAKE_EMBEDDER", None)
    cmd = [sys.executable, str(SUPPORT), "run", str(story), "--out", str(out), "--quiet"]
    return subprocess.Popen(
        cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=env
    )


def assert_identical_runs(tmp_path: Path, *, fake: bool) -> dict[str, bytes]:
    story = copy_story(tmp_path / "story")
    outs = [tmp_path / f"run-{seed}" for seed in SEEDS]
    # both at once: half the wall time, and both load the same code
    procs = [start(story, out, seed=seed, fake=fake) for seed, out in zip(SEEDS, outs, strict=True)]
    for proc in procs:
        _, err = proc.communicate(timeout=600)
        assert proc.returncode == 0, err[-3000:]
    first, second = (snapshot(out) for out in outs)
    assert sorted(first) == sorted(second)
    assert len(first) == run_file_count() and leftovers(outs[0]) == []
    differing = sorted(name for name in first if first[name] != second[name])
    assert differing == []
    return first


@pytest.mark.slow
def test_fake_embedder_runs_are_byte_identical(tmp_path: Path) -> None:
    files = assert_identical_runs(tmp_path, fake=True)
    assert b"model:fake" in files["run.json"]


@pytest.mark.slow
@pytest.mark.model
def test_real_model_runs_are_byte_identical(tmp_path: Path) -> None:
    files = assert_identical_runs(tmp_path, fake=False)
    assert b"model:e5-small-q4@" in files["run.json"]
