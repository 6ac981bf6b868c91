"""On-disk embedding cache: one SQLite file in WAL mode, keyed by (model signature, text key).

Rows are only ever inserted (`INSERT OR IGNORE`), each batch in one transaction, so two
processes may write at once and a killed writer leaves the previous committed state.
"""

from __future__ import annotations

import contextlib
import hashlib
import sqlite3
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from toolkit.errors import OutputError

FILE_NAME = "embeddings.sqlite3"
_CHUNK = 500  # keys per SELECT (SQLite's parameter limit is far above)
_SCHEMA = """
CREATE TABLE IF NOT EXISTS embedding (
    model TEXT NOT NULL,
    key BLOB NOT NULL,
    dim INTEGER NOT NULL,
    vector BLOB NOT NULL,
    PRIMARY KEY (model, key)
) WITHOUT ROWID
"""


def normalise_text(text: str) -> str:
    """The form of a text that is embedded and hashed: Unicode NFC."""
    return unicodedata.normalize("NFC", text)


def text_key(text: str, *, prefix: str) -> bytes:
    """16-byte key of an already normalised text embedded with `prefix`."""
    return hashlib.sha256(f"{prefix}\x00{text}".encode()).digest()[:16]


@dataclass(frozen=True)
class CacheInfo:
    """Where the cache is, its size on disk, and entries per model signature."""

    path: Path
    size_bytes: int
    entries: dict[str, int]


class EmbeddingCache:
    """Vectors by (signature, key). Open it with `EmbeddingCache.open(folder)`."""

    def __init__(self, path: Path) -> None:
        self.path = path

    @classmethod
    def open(cls, folder: Path) -> EmbeddingCache:
        """Create the cache file in `folder` if needed; OutputError if it cannot be written."""
        cache = cls(folder / FILE_NAME)
        try:
            if folder.exists() and not folder.is_dir():
                raise OutputError(
                    f"{folder}: cannot open the embedding cache (a file, not a folder)"
                )
            folder.mkdir(parents=True, exist_ok=True)
            with cache._connect() as db:
                db.execute(_SCHEMA)
        except (OSError, sqlite3.Error) as exc:
            raise OutputError(f"{cache.path}: cannot open the embedding cache ({exc})") from exc
        return cache

    @contextlib.contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        db = sqlite3.connect(self.path, timeout=60, isolation_level=None)
        try:
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=NORMAL")
            yield db
        finally:
            db.close()

    def get_many(self, signature: str, keys: Sequence[bytes]) -> dict[bytes, np.ndarray]:
        """Stored vectors for those of `keys` that are present."""
        found: dict[bytes, np.ndarray] = {}
        with self._connect() as db:
            for start in range(0, len(keys), _CHUNK):
                chunk = list(keys[start : start + _CHUNK])
                marks = ",".join("?" * len(chunk))
                rows = db.execute(
                    f"SELECT key, vector FROM embedding WHERE model = ? AND key IN ({marks})",
                    [signature, *chunk],
                )
                for key, blob in rows:
                    found[key] = np.frombuffer(blob, dtype="<f4")
        return found

    def put_many(self, signature: str, keys: Sequence[bytes], vectors: np.ndarray) -> None:
        """Insert vectors (float32 rows) in one transaction; existing keys are left alone."""
        rows = [
            (signature, key, int(vec.shape[0]), vec.astype("<f4").tobytes())
            for key, vec in zip(keys, vectors, strict=True)
        ]
        try:
            with self._connect() as db:
                db.execute("BEGIN IMMEDIATE")
                db.executemany("INSERT OR IGNORE INTO embedding VALUES (?, ?, ?, ?)", rows)
                db.execute("COMMIT")
        except sqlite3.Error as exc:
            raise OutputError(f"{self.path}: cannot write the embedding cache ({exc})") from exc

    def info(self) -> CacheInfo:
        """Size on disk (database + WAL) and entries per model signature."""
        with self._connect() as db:
            rows = db.execute("SELECT model, COUNT(*) FROM embedding GROUP BY model ORDER BY model")
            entries = {model: count for model, count in rows}
        size = sum(
            p.stat().st_size
            for p in (self.path, self.path.with_name(self.path.name + "-wal"))
            if p.exists()
        )
        return CacheInfo(path=self.path, size_bytes=size, entries=entries)

    def clear(self, *, model: str | None = None) -> int:
        """Delete all entries, or those of one model (a signature, or a name matching any
        of its signatures); return how many were deleted."""
        with self._connect() as db:
            if model is None:
                deleted = db.execute("DELETE FROM embedding").rowcount
            else:
                deleted = db.execute(  # a name, a signature, or a signature + batching
                    "DELETE FROM embedding WHERE model = ? OR substr(model, 1, ?) IN (?, ?)",
                    (model, len(model) + 1, model + "@", model + "+"),
                ).rowcount
            db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            db.execute("VACUUM")
        return deleted
