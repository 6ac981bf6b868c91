"""Shared fixtures. Models are loaded offline only, and the real default model once a session."""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path

import pytest
from hypothesis import settings

os.environ["HF_HUB_OFFLINE"] = "1"
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

BUILDER = Path(__file__).parent / "fixtures" / "rundir" / "make_fixture.py"

# Property tests draw the same examples on every run (a red CI must mean a real change);
# HYPOTHESIS_PROFILE=explore draws fresh ones when hunting for new failures.
settings.register_profile("ci", derandomize=True)
settings.register_profile("explore", derandomize=False)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


@pytest.fixture(scope="session")
def embedder():
    """The real default-model embedder (prepared into the user cache on first use).

    Embeddings go through the on-disk cache like any run, so repeated sessions are fast.
    """
    from toolkit.embed import load_embedder

    return load_embedder(quiet=True)


@pytest.fixture
def run_dir(tmp_path: Path) -> Path:
    """A fresh copy of the hand-made run folder (tests/fixtures/rundir/make_fixture.py)."""
    spec = importlib.util.spec_from_file_location("make_fixture", BUILDER)
    builder = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(builder)
    folder = tmp_path / "putin-bush-nato-2001"
    builder.build(folder)
    return folder
