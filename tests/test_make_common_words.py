"""bench/make_common_words.py rebuilds toolkit/compare/common_words.py byte for byte."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from make_common_words import OUT, main  # noqa: E402


def test_the_committed_lists_are_what_the_script_builds(tmp_path: Path) -> None:
    """Same inputs, same outputs: a lexicon entry added without a rebuild fails here (the
    lists had fallen behind negation21's antonym concepts until session 31)."""
    out = tmp_path / "common_words.py"
    main(["--out", str(out)])
    assert out.read_bytes() == OUT.read_bytes()
