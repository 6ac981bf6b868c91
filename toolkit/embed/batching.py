"""Batches whose shape a text's vectors do not depend on.

CPU kernels choose their blocking by matrix shape, so one sentence padded to another length,
or run in a batch of another size, comes out different in the 7th decimal (with the default
model up to 1.7e-7 per component). A run would then depend on what the embedding cache held
before it (a sentence first embedded beside another story's sentences), and a score sitting
on a threshold could flip. Two rules keep a text's vectors the same whatever it is embedded
with:

- its padded length is set by its own token count alone (the next multiple of `BUCKET`),
  so texts are batched only with texts of the same padded length;
- a batch holds at least `MIN_TOKENS` padded tokens (a short batch is filled with copies of
  its first text, whose outputs are dropped): below that the kernels take other paths.

Measured with the default model on this project's 2-core CPU build (bench/results/embed.md):
each of 184 en/uk/ru texts gave the same vector, to the bit, alone and in random batches of
1 to 32 same-length texts; plain sentence-transformers batching differed by up to 1.7e-7.

Example:
    >>> plan([3, 20, 17, 5], limit=512, rows=2)
    [(8, [0, 3]), (24, [1, 2])]
"""

from __future__ import annotations

import math
from collections.abc import Sequence

BUCKET = 8  # a text is padded to the next multiple of this many tokens
MIN_TOKENS = 512  # padded tokens per batch at least (rows x padded length)
LAYOUT = f"len{BUCKET}min{MIN_TOKENS}"  # names the batching in cache keys


def cache_name(signature: str) -> str:
    """The name vectors of a model `signature` are cached under: the signature and the
    batching, so vectors of an older batching are not mixed with these."""
    return f"{signature}+{LAYOUT}"


def padded_length(tokens: int, *, limit: int, bucket: int = BUCKET) -> int:
    """The length a text of `tokens` tokens is padded to: the next multiple of `bucket`,
    at most `limit` (the model's maximum sequence length)."""
    return min(max(bucket, -(-tokens // bucket) * bucket), max(limit, 1))


def plan(
    lengths: Sequence[int], *, limit: int, rows: int, bucket: int = BUCKET
) -> list[tuple[int, list[int]]]:
    """Batches as (padded length, indexes of at most `rows` texts): texts of one padded length
    together, in index order within a length; lengths in increasing order."""
    groups: dict[int, list[int]] = {}
    for index, tokens in enumerate(lengths):
        groups.setdefault(padded_length(tokens, limit=limit, bucket=bucket), []).append(index)
    return [
        (length, members[start : start + rows])
        for length, members in sorted(groups.items())
        for start in range(0, len(members), rows)
    ]


def max_tokens(model: object) -> int:
    """The longest sequence `model` (a sentence-transformers model) takes, in tokens."""
    return int(getattr(model, "max_seq_length", 512) or 512)


def pad_token_id(tokenizer: object) -> int:
    """The id the tokenizer pads with (0 when it names none)."""
    return int(getattr(tokenizer, "pad_token_id", 0) or 0)


def text_batches(model: object, prompted: list[str], *, rows: int) -> list[tuple[int, list[int]]]:
    """`plan` over the token counts of `prompted` (texts with the model's prefix) under the
    model's tokenizer and length limit."""
    limit = max_tokens(model)
    ids = model.tokenizer(prompted, truncation=True, max_length=limit)["input_ids"]  # type: ignore[attr-defined]
    return plan([len(x) for x in ids], limit=limit, rows=rows)


def batch_rows(texts: int, length: int, *, min_tokens: int = MIN_TOKENS) -> int:
    """Rows to run for `texts` texts padded to `length`: enough for `min_tokens` tokens."""
    return max(texts, math.ceil(min_tokens / max(length, 1)))


def pad_features(features: dict, *, length: int, pad_id: int, rows: int | None = None) -> dict:
    """`features` (tensors of the tokenizer, one row per text) padded to `length` tokens
    (`pad_id` for input ids, 0 elsewhere) and to `rows` rows (copies of the first row;
    by default `batch_rows`)."""
    import torch

    out = {}
    n = next(v.shape[0] for v in features.values() if isinstance(v, torch.Tensor))
    rows = batch_rows(n, length) if rows is None else rows
    for key, value in features.items():
        if isinstance(value, torch.Tensor) and value.ndim == 2 and value.shape[1] < length:
            fill = pad_id if key == "input_ids" else 0
            value = torch.nn.functional.pad(value, (0, length - value.shape[1]), value=fill)
        if isinstance(value, torch.Tensor) and value.ndim >= 1 and value.shape[0] == n < rows:
            value = torch.cat([value, value[:1].expand(rows - n, *value.shape[1:])])
        out[key] = value
    return out
