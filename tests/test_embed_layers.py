"""Layer means (toolkit.embed.layers) and their use in comparable mode, on the real model."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from toolkit.align import align_pair, frame_from_lines
from toolkit.align.api import layer_means_for, mining_params_for
from toolkit.align.mining import MiningParams
from toolkit.embed.layers import LayerMeans, joined
from toolkit.ntrex import NTREX_FILES

DATA = Path(__file__).resolve().parents[1] / "data" / "ntrex128"
TEXTS = [
    "The talks ended without an agreement.",
    "Переговори завершилися без угоди.",
    "Переговоры закончились без соглашения, сообщил представитель Кремля в понедельник.",
]


def test_joined_rows_are_unit_and_weighed() -> None:
    rng = np.random.default_rng(0)
    a = rng.normal(size=(3, 4)).astype(np.float32)
    a /= np.linalg.norm(a, axis=1, keepdims=True)
    b = rng.normal(size=(3, 4)).astype(np.float32)
    b /= np.linalg.norm(b, axis=1, keepdims=True)
    out = joined(a, b, weight=0.5)
    assert out.shape == (3, 8) and out.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(out, axis=1), 1.0, atol=1e-6)
    # cosines of joined rows weigh the two parts: (a.a' + w^2 b.b') / (1 + w^2)
    expected = (a[0] @ a[1] + 0.25 * b[0] @ b[1]) / 1.25
    assert out[0] @ out[1] == pytest.approx(expected, abs=1e-6)
    np.testing.assert_allclose(joined(a, b, weight=0.0)[:, :4], a, atol=1e-6)


def test_other_models_get_no_layer_weight() -> None:
    class Other:
        name = "some-other-model"

    assert mining_params_for(Other()).layer_weight == 0.0
    assert layer_means_for(Other(), MiningParams()) is None
    assert layer_means_for(Other(), MiningParams(layer_weight=0.0)) is None


@pytest.mark.model
def test_layer_means_are_unit_batch_independent_and_cached(embedder) -> None:
    from toolkit.embed import load_embedder

    fresh = LayerMeans(load_embedder(quiet=True, cache=False))
    assert fresh.available
    assert fresh.signature == f"{embedder.signature}+layer6-mean"
    alone = fresh.encode(TEXTS[:1])
    together = fresh.encode(TEXTS)
    assert together.shape == (3, embedder.dim)
    np.testing.assert_allclose(np.linalg.norm(together, axis=1), 1.0, atol=1e-5)
    assert np.array_equal(alone[0], together[0])  # the same bits whatever it is run with
    # a middle layer, not the sentence vector itself, and not another layer
    assert float(together[0] @ embedder.encode(TEXTS[:1])[0]) < 0.99
    assert not np.allclose(LayerMeans(embedder, layer=8).encode(TEXTS[:1]), alone)
    cached = LayerMeans(embedder)
    first = cached.encode(TEXTS)
    again = LayerMeans(embedder)
    assert np.array_equal(again.encode(TEXTS), first)
    assert again.stats["cached"] == 3 and again.stats["computed"] == 0


def _lines(name: str, start: int, count: int) -> list[str]:
    return (DATA / name).read_text(encoding="utf-8").split("\n")[start : start + count]


@pytest.mark.model
def test_comparable_mode_joins_layer_means(embedder) -> None:
    """Two shuffled halves with partial overlap: pairs found, one-sided sentences left alone,
    and the run says it used the layer."""
    en = _lines(NTREX_FILES["en"], 20, 12)
    uk = _lines(NTREX_FILES["uk"], 20, 12)
    src = en[:8]  # en 0-7
    tgt = [uk[5], uk[6], uk[7], uk[9], uk[10], uk[0], uk[1], uk[2], uk[11]]  # uk 0-2, 5-7 shared
    result = align_pair(
        frame_from_lines(src, version="a.en"),
        frame_from_lines(tgt, version="b.uk"),
        embedder,
        mode="comparable",
    )
    assert result.signature.endswith(",layer6x0.4")
    assert result.stats["layer_texts_requested"] >= len(src) + len(tgt)
    beads = {(tuple(s), tuple(t)) for s, t in result.beads.select("src_ids", "tgt_ids").rows()}
    shared = {((5,), (0,)), ((6,), (1,)), ((7,), (2,)), ((0,), (5,)), ((1,), (6,)), ((2,), (7,))}
    assert len(shared & beads) >= 5
    wrong = {b for b in beads if b[0] and b[1] and b not in shared}
    assert len(wrong) <= 1


@pytest.mark.model
def test_translation_mode_takes_no_layer_means(embedder) -> None:
    en = _lines(NTREX_FILES["en"], 0, 5)
    uk = _lines(NTREX_FILES["uk"], 0, 5)
    result = align_pair(
        frame_from_lines(en, version="a.en"),
        frame_from_lines(uk, version="b.uk"),
        embedder,
        mode="translation",
    )
    assert "layer" not in result.signature
    assert not any(k.startswith("layer_") for k in result.stats)


@pytest.mark.model
def test_eval_counts_layer_passes_in_comparable_mode(embedder, tmp_path) -> None:
    from toolkit.align.evalfiles import evaluate_folders

    en = _lines(NTREX_FILES["en"], 40, 4)
    uk = _lines(NTREX_FILES["uk"], 40, 4)
    for sub, lines in (("src", en), ("tgt", [uk[2], uk[3], uk[0], uk[1]]),
                       ("gold", ["[0]:[2]", "[1]:[3]", "[2]:[0]", "[3]:[1]"])):  # fmt: skip
        (tmp_path / sub).mkdir()
        (tmp_path / sub / "d1").write_text("\n".join(lines) + "\n", encoding="utf-8")
    folders = [tmp_path / sub for sub in ("src", "tgt", "gold")]
    comparable = evaluate_folders(*folders, embedder, mode="comparable")
    assert comparable["strict"]["f1"] == 1.0
    assert comparable["layer_texts"] >= 8
    assert evaluate_folders(*folders, embedder, mode="translation")["layer_texts"] == 0


def test_clearing_a_model_clears_its_layer_means(tmp_path) -> None:
    from toolkit.embed.batching import cache_name
    from toolkit.embed.cache import EmbeddingCache

    cache = EmbeddingCache.open(tmp_path)
    vec = np.ones((1, 4), dtype=np.float32)
    for signature in ("e5-small-q4@1571fc98", "e5-small-q4@1571fc98+layer6-mean", "other@1"):
        cache.put_many(cache_name(signature), [b"k"], vec)
    assert cache.clear(model="e5-small-q4") == 2
    assert list(cache.info().entries) == [cache_name("other@1")]
