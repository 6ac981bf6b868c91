"""Batches whose shape a text's vectors do not depend on (toolkit.embed.batching)."""

from __future__ import annotations

import numpy as np
import torch

from toolkit.embed.batching import batch_rows, pad_features, padded_length, plan
from toolkit.embed.model import Embedder
from toolkit.embed.tokens import TokenEmbedder


def test_padded_length_depends_on_the_text_alone() -> None:
    assert [padded_length(n, limit=512) for n in (1, 8, 9, 16, 17)] == [8, 8, 16, 16, 24]
    assert padded_length(600, limit=512) == 512


def test_plan_groups_texts_of_one_padded_length() -> None:
    batches = plan([3, 20, 17, 5, 4, 6], limit=512, rows=2)
    assert batches == [(8, [0, 3]), (8, [4, 5]), (24, [1, 2])]
    assert sorted(i for _, members in batches for i in members) == list(range(6))


def test_batch_rows_reach_the_token_floor() -> None:
    assert batch_rows(1, 8) == 64 and batch_rows(1, 512) == 1 and batch_rows(40, 24) == 40


def test_pad_features_pads_length_and_rows() -> None:
    features = {
        "input_ids": torch.tensor([[101, 7, 102], [101, 102, 0]]),
        "attention_mask": torch.tensor([[1, 1, 1], [1, 1, 0]]),
    }
    out = pad_features(features, length=5, rows=4, pad_id=0)
    assert out["input_ids"].shape == (4, 5) and out["attention_mask"].shape == (4, 5)
    assert out["attention_mask"][0].tolist() == [1, 1, 1, 0, 0]
    assert out["input_ids"][3].tolist() == out["input_ids"][0].tolist()  # filler rows


TEXTS = [
    "He also told Bush that Russia does not object.",
    "Путін також сказав Бушу, що Росія не заперечує проти розширення НАТО на схід.",
    "Yes.",
    "Переговоры закончились в пятницу вечером в Москве, сообщил представитель Кремля.",
    "The talks ended on Friday evening in Moscow, a Kremlin spokesman said.",
    "Шість співробітників отримали травми.",
]


def test_a_vector_does_not_depend_on_its_batch(embedder) -> None:
    """Bit for bit: a text embedded alone, with others, or in another order (plain
    sentence-transformers batching differs in the 7th decimal)."""
    layer = Embedder(embedder.model, name=embedder.name, signature=embedder.signature,
                     prefix=embedder.prefix, cache=None)  # fmt: skip
    together = layer.encode(TEXTS)
    for i, text in enumerate(TEXTS):
        assert np.array_equal(layer.encode([text])[0], together[i])
    reordered = layer.encode([*TEXTS[::-1], "Another sentence of about the same length here."])
    assert np.array_equal(reordered[: len(TEXTS)][::-1], together)
    raw = embedder.model.encode(TEXTS, prompt=embedder.prefix, convert_to_numpy=True)
    assert np.allclose(together, raw, atol=1e-6)


def test_token_vectors_do_not_depend_on_their_batch(embedder) -> None:
    together = TokenEmbedder(embedder, disk=False)
    together.prefetch(TEXTS)
    for text in TEXTS:
        alone = TokenEmbedder(embedder, disk=False)
        spans, vectors = alone(text)
        assert spans == together(text)[0] and np.array_equal(vectors, together(text)[1])
