"""A full disk while writing: one `Error: ...` line (exit 4), the previous outputs whole,
no temporary files left, review decisions intact.

The disk is made full two ways: by raising OSError(ENOSPC) from the runner's writes
(monkeypatched: while a file is staged, and while the files are renamed into place), and,
where the tests may mount (root), by a real tmpfs too small for a second run.
"""

from __future__ import annotations

import errno
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner
from reliability_support import (
    copy_story,
    leftovers,
    read_every_parquet,
    run_file_count,
    seed_review,
    snapshot,
    use_fake_embedder,
)

import toolkit.embed
import toolkit.runner
from toolkit.cli import main

NO_SPACE = "No space left on device"


def enospc(path: object = "") -> OSError:
    return OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(path))


@pytest.fixture
def fake_model(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(toolkit.embed, "load_embedder", toolkit.embed.load_embedder)
    use_fake_embedder()


def invoke(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, list(args))
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.output


@pytest.fixture
def previous(tmp_path: Path, fake_model: None) -> tuple[Path, Path, dict[str, bytes]]:
    """The small story, a finished run of it with two review decisions, and its snapshot.

    The story's English version is then edited, so that a second run writes other bytes.
    """
    story = copy_story(tmp_path / "story")
    out = tmp_path / "run"
    code, output = invoke("run", str(story), "--out", str(out), "--quiet")
    assert code == 0, output
    seed_review(out)
    english = story / "ntrex.en.txt"
    text = english.read_text(encoding="utf-8").replace("Brexit", "Brexit plan")
    english.write_text(text, encoding="utf-8")
    return story, out, snapshot(out)


def assert_previous_whole(out: Path, before: dict[str, bytes]) -> None:
    assert snapshot(out) == before
    assert leftovers(out) == []
    assert read_every_parquet(out)


@pytest.mark.parametrize("failing", [1, 4, -1], ids=["a-parquet", "a-csv", "run.json"])
def test_disk_full_while_staging(
    monkeypatch: pytest.MonkeyPatch,
    previous: tuple[Path, Path, dict[str, bytes]],
    failing: int,
) -> None:
    """The n-th staged file fails half-written; nothing of the new run is renamed in."""
    story, out, before = previous
    assert len([n for n in before if n != "review.jsonl"]) == run_file_count()
    failing = failing if failing > 0 else run_file_count()  # -1: the last, run.json
    real_write_bytes = Path.write_bytes
    count = [0]

    def write_bytes(self: Path, data: bytes) -> int:
        if self.name.endswith(".tmp"):  # a staged file of the run folder
            count[0] += 1
            if count[0] == failing:
                real_write_bytes(self, data[: len(data) // 2])
                raise enospc(self)
        return real_write_bytes(self, data)

    monkeypatch.setattr(Path, "write_bytes", write_bytes)
    code, output = invoke("run", str(story), "--out", str(out), "--quiet")
    assert code == 4
    assert output.count("\n") == 1 and "Traceback" not in output
    assert output.startswith(f"Error: {out}/") and output.endswith(f": cannot write ({NO_SPACE})\n")
    assert count[0] == failing
    assert_previous_whole(out, before)


def test_disk_full_while_renaming(
    monkeypatch: pytest.MonkeyPatch, previous: tuple[Path, Path, dict[str, bytes]]
) -> None:
    """A rename fails after three: each file is whole (old or new), run.json is the old one."""
    story, out, before = previous
    real_replace = os.replace
    count = [0]

    def replace(src: str, dst: str) -> None:
        count[0] += 1
        if count[0] == 4:
            raise enospc(dst)
        real_replace(src, dst)

    monkeypatch.setattr(toolkit.runner.os, "replace", replace)
    code, output = invoke("run", str(story), "--out", str(out), "--quiet")
    assert code == 4
    order = staging_order()
    failed = order[3]
    assert output == f"Error: {out / failed}: cannot write ({NO_SPACE})\n"
    after = snapshot(out)
    assert leftovers(out) == []
    assert after["run.json"] == before["run.json"]
    assert after["review.jsonl"] == before["review.jsonl"]
    changed = sorted(n for n in before if after[n] != before[n])
    assert changed and set(changed) <= set(order[:3])
    read_every_parquet(out)
    monkeypatch.setattr(toolkit.runner.os, "replace", real_replace)
    code, output = invoke("run", str(story), "--out", str(out), "--quiet")
    assert code == 0, output  # the next run completes the folder


def test_disk_full_while_appending_a_decision(
    monkeypatch: pytest.MonkeyPatch, previous: tuple[Path, Path, dict[str, bytes]]
) -> None:
    _, out, before = previous
    import toolkit.review

    def no_space(fd: int, data: bytes) -> int:
        raise enospc()

    monkeypatch.setattr(toolkit.review.os, "write", no_space)
    flag_id = read_flag_id(out)
    code, output = invoke(
        "review", str(out), "--flag", flag_id, "--set", "confirmed", "--reviewer", "Olena"
    )
    assert code == 4
    assert output == f"Error: {out / 'review.jsonl'}: cannot write ({NO_SPACE})\n"
    assert snapshot(out) == before


def staging_order() -> list[str]:
    """The files of a run folder in the order the runner stages and renames them."""
    names = []
    for table in sorted(toolkit.runner.TABLE_FILES):
        names.append(f"{table}.parquet")
        if toolkit.runner.TABLE_FILES[table]:
            names.append(f"{table}.csv")
    return [*names, "run.json"]


def read_flag_id(out: Path) -> str:
    import polars as pl

    return pl.read_parquet(out / "divergences.parquet")["flag_id"][0]


def _mount_tmpfs(folder: Path, size: int) -> bool:
    if os.geteuid() != 0 or shutil.which("mount") is None:
        return False
    folder.mkdir()
    proc = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)],
        capture_output=True,
        check=False,
    )
    return proc.returncode == 0


def test_real_full_disk(tmp_path: Path, previous: tuple[Path, Path, dict[str, bytes]]) -> None:
    """A tmpfs that holds one run's files but not a second copy beside them."""
    story, out, _ = previous
    pages = sum(-(-p.stat().st_size // 4096) for p in out.iterdir())
    disk = tmp_path / "disk"
    if not _mount_tmpfs(disk, (pages + pages // 2) * 4096):
        pytest.skip("cannot mount a tmpfs here (needs root)")
    try:
        shutil.copytree(out, disk / "run")
        before = snapshot(disk / "run")
        code, output = invoke("run", str(story), "--out", str(disk / "run"), "--quiet")
        assert code == 4, output
        assert output.startswith(f"Error: {disk / 'run'}/")
        assert output.endswith(f": cannot write ({NO_SPACE})\n") and output.count("\n") == 1
        assert_previous_whole(disk / "run", before)
    finally:
        subprocess.run(["umount", str(disk)], check=False)


def test_an_interrupt_rewrapped_by_native_code_is_still_an_interrupt() -> None:
    """Ctrl-C while polars builds a frame reaches the CLI as a TypeError: still one
    `Error: interrupted` line and exit 130, no traceback."""
    import signal

    import click

    from toolkit.cli.app import ToolkitGroup, _Interrupts

    @click.group(cls=ToolkitGroup)
    def group() -> None:
        pass

    @group.command()
    def work() -> None:
        try:
            _Interrupts.handler(signal.SIGINT, None)
        except KeyboardInterrupt as exc:
            raise TypeError("'<unprintable str object>' is not a Polars data type") from exc

    @group.command()
    def fail() -> None:
        raise TypeError("a real bug")

    result = CliRunner().invoke(group, ["work"])
    assert result.exit_code == 130 and result.output.strip() == "Error: interrupted"
    result = CliRunner().invoke(group, ["fail"])  # no interrupt: the bug is not hidden
    assert isinstance(result.exception, TypeError)
