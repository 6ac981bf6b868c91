"""Helpers of the reliability tests: small stories, run-folder snapshots, a hooked CLI.

Run as a script, this module is `toolkit` with test hooks chosen by environment variables,
for the tests that signal a running process:

    REL_FAKE_EMBEDDER=1    use the deterministic fake embedder (tests/align_fakes.py)
    REL_PAUSE_STAGE=N      after the N-th file is staged (written to its temporary name),
                           print "PAUSED stage" to stderr and sleep
    REL_PAUSE_REPLACE=N    after the N-th temporary file is renamed into place, likewise
    REL_ANNOUNCE_MODEL=1   print "MODEL READY" to stderr once the embedder is loaded

    python tests/reliability_support.py run STORY --out DIR
"""

from __future__ import annotations

import os
import shutil
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TESTS = Path(__file__).resolve().parent
# The smallest bundled story: three short versions (en, ru, uk) of one NTREX document.
SMALL_STORY = ROOT / "texts" / "ntrex" / "reuters.218882"
PAUSE_SECONDS = 120


def copy_story(dst: Path, *, src: Path = SMALL_STORY, drop: tuple[str, ...] = ()) -> Path:
    """Copy the version files of `src` into `dst` (created), leaving out `drop`."""
    dst.mkdir(parents=True, exist_ok=True)
    for path in sorted(src.glob("*.txt")):
        if path.name not in drop and not path.stem.isupper():
            shutil.copy(path, dst / path.name)
    return dst


def run_file_count() -> int:
    """How many files a run writes: each table's Parquet (and CSV twin) and run.json."""
    from toolkit.runner import TABLE_FILES

    return len(TABLE_FILES) + sum(TABLE_FILES.values()) + 1


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file in `folder` by name -> bytes."""
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def leftovers(folder: Path) -> list[str]:
    """Temporary files left in `folder`."""
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def read_every_parquet(folder: Path) -> dict[str, int]:
    """Read every Parquet file of a run folder (raises if one is torn); name -> rows."""
    import polars as pl

    return {p.name: pl.read_parquet(p).height for p in sorted(folder.glob("*.parquet"))}


def seed_review(folder: Path) -> bytes:
    """Append two decisions to folder/review.jsonl; return the file's bytes."""
    from toolkit.review import append_decision, make_decision

    path = folder / "review.jsonl"
    for flag_id, status in (("0123456789ab", "confirmed"), ("ba9876543210", "dismissed")):
        decision = make_decision(
            flag_id, status=status, reviewer="Olena", time="2026-11-28T10:00:00Z"
        )
        append_decision(path, decision)
    return path.read_bytes()


def use_fake_embedder() -> None:
    """Make `toolkit.embed.load_embedder` return the fake embedder (no model, no torch)."""
    import toolkit.embed

    sys.path.insert(0, str(TESTS))
    from align_fakes import FakeEmbedder

    toolkit.embed.load_embedder = lambda *args, **kwargs: FakeEmbedder()


def _say(text: str) -> None:
    sys.stderr.write(text + "\n")
    sys.stderr.flush()


def _install_hooks() -> None:
    import toolkit.embed
    import toolkit.runner

    if os.environ.get("REL_FAKE_EMBEDDER"):
        use_fake_embedder()
    if os.environ.get("REL_ANNOUNCE_MODEL"):
        real_load = toolkit.embed.load_embedder

        def announced(*args: object, **kwargs: object) -> object:
            embedder = real_load(*args, **kwargs)
            _say("MODEL READY")
            return embedder

        toolkit.embed.load_embedder = announced
    stage_at = int(os.environ.get("REL_PAUSE_STAGE", "0"))
    if stage_at:
        real_stage = toolkit.runner._stage_file
        count = [0]

        def stage(folder: Path, name: str, content: object, staged: list) -> None:
            real_stage(folder, name, content, staged)
            count[0] += 1
            if count[0] == stage_at:
                _say("PAUSED stage")
                time.sleep(PAUSE_SECONDS)

        toolkit.runner._stage_file = stage
    replace_at = int(os.environ.get("REL_PAUSE_REPLACE", "0"))
    if replace_at:
        real_replace = os.replace
        count_r = [0]

        def replace(src: object, dst: object) -> None:
            real_replace(src, dst)
            count_r[0] += 1
            if count_r[0] == replace_at:
                _say("PAUSED replace")
                time.sleep(PAUSE_SECONDS)

        toolkit.runner.os.replace = replace


def wait_for(stream_path: Path, marker: str, *, proc: object, timeout: float) -> str:
    """Poll a file that a child writes its stderr to until `marker` appears."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        text = stream_path.read_text(encoding="utf-8", errors="replace")
        if marker in text:
            return text
        if proc.poll() is not None:  # type: ignore[attr-defined]
            raise AssertionError(f"the run ended before {marker!r}: {text[-2000:]}")
        time.sleep(0.1)
    raise AssertionError(f"no {marker!r} within {timeout} s")


if __name__ == "__main__":
    _install_hooks()
    from toolkit.cli import main

    main(prog_name="toolkit")
