"""Scale: `toolkit run --mode translation` on a story of 10 versions x ~2,000 sentences.

The story is built from NTREX-128 (data/ntrex128: 1,997 English lines with professional
Ukrainian and Russian translations): 4 English, 3 Ukrainian and 3 Russian versions under
different outlet names. Each version is every NTREX line (one paragraph per document), padded
to 2,000 lines by repeating the first lines, with a few deterministic per-outlet edits so
that versions of one language are not identical: ~2% of lines have a digit changed, ~1%
are dropped. 10 versions give 45 version pairs.

The run happens in a fresh process (`python -m toolkit run`) so that its peak memory is its
own (ru_maxrss of the child); the embedding cache is a fresh folder (cold run) that links to
the prepared default model in the user cache, so the model is not converted again.

Usage:
    .venv/bin/python bench/bench_scale.py [--versions 10] [--lines 2000] [--timeout 3600]
        [--pairs all|pivot]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from toolkit.ntrex import NTREX_FILES  # noqa: E402

NTREX = ROOT / "data" / "ntrex128"
FILES = NTREX_FILES
LANG_CYCLE = ("en", "uk", "ru")


def ntrex_lines(lang: str) -> list[str]:
    """The 1,997 NTREX lines of one language."""
    return (NTREX / FILES[lang]).read_text(encoding="utf-8").splitlines()


def document_ids() -> list[str]:
    return (NTREX / "DOCUMENT_IDS.tsv").read_text(encoding="utf-8").split()


def _perturb(line: str, rng: random.Random) -> str | None:
    """None drops the line; otherwise the line, maybe with one digit changed."""
    roll = rng.random()
    if roll < 0.01:
        return None
    if roll < 0.03:
        digits = [i for i, ch in enumerate(line) if ch.isdigit()]
        if digits:
            i = rng.choice(digits)
            return line[:i] + str((int(line[i]) + 1) % 10) + line[i + 1 :]
    return line


def version_text(lang: str, outlet: str, *, lines: int, seed: int) -> str:
    """A version: a header, then `lines` NTREX lines (padded), paragraphs per document."""
    source = ntrex_lines(lang)
    docs = document_ids()
    picked = [(docs[i % len(source)], source[i % len(source)]) for i in range(lines)]
    rng = random.Random(seed)
    paragraphs: list[list[str]] = []
    last_doc = None
    for doc, line in picked:
        kept = _perturb(line, rng)
        if doc != last_doc:
            paragraphs.append([])
            last_doc = doc
        if kept is not None:
            paragraphs[-1].append(kept)
    body = "\n\n".join("\n".join(p) for p in paragraphs if p)
    header = f"---\noutlet: {outlet}\nlanguage: {lang}\ntitle: NTREX scale test\n---\n"
    return header + body + "\n"


def build_story(folder: Path, *, versions: int, lines: int) -> list[Path]:
    """Write `versions` version files into `folder` (languages cycle en, uk, ru)."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for k in range(versions):
        lang = LANG_CYCLE[k % 3]
        outlet = f"outlet{k:02d}"
        path = folder / f"{outlet}.{lang}.txt"
        path.write_text(version_text(lang, outlet, lines=lines, seed=k), encoding="utf-8")
        paths.append(path)
    return paths


def fresh_cache(folder: Path) -> Path:
    """An empty embedding cache that links to the prepared default model."""
    from toolkit.config import cache_dir

    folder.mkdir(parents=True, exist_ok=True)
    models = cache_dir() / "models"
    if models.is_dir():
        (folder / "models").symlink_to(models)
    return folder


def run(story: Path, out: Path, cache: Path, *, timeout: float, pairs: str = "all") -> dict:
    """Run `toolkit run` in a child process; wall and CPU time, peak RSS and exit status."""
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "TOOLKIT_CACHE": str(cache)}
    cmd = [sys.executable, "-m", "toolkit", "run", str(story), "--out", str(out),
           "--mode", "translation", "--pairs", pairs]  # fmt: skip
    start = time.perf_counter()
    try:
        proc = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=timeout)
        code, tail = proc.returncode, (proc.stdout + proc.stderr)[-2000:]
    except subprocess.TimeoutExpired as exc:
        code = "timeout"
        tail = ((exc.stdout or b"").decode() + (exc.stderr or b"").decode())[-2000:]
    wall = time.perf_counter() - start
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    peak_kib = usage.ru_maxrss
    return {
        "exit": code,
        "wall_s": round(wall, 1),
        "cpu_s": round(usage.ru_utime + usage.ru_stime, 1),
        "peak_rss_mib": round(peak_kib / 1024),
        "tail": tail,
    }


def sentence_counts(out: Path) -> dict[str, int]:
    import polars as pl

    path = out / "sentences.parquet"
    if not path.is_file():
        return {}
    frame = pl.read_parquet(path).group_by("version").len().sort("version")
    return dict(frame.iter_rows())


def version_pairs(versions: int, pairs: str) -> list[tuple[int, int]]:
    """The version pairs `toolkit run --pairs` compares (pivot = version 0)."""
    every = [(a, b) for a in range(versions) for b in range(a + 1, versions)]
    return every if pairs == "all" else [p for p in every if p[0] == 0]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--versions", type=int, default=10)
    parser.add_argument("--lines", type=int, default=2000)
    parser.add_argument("--timeout", type=float, default=3600.0)
    parser.add_argument(
        "--pairs", choices=("all", "pivot"), default="all", help="toolkit run --pairs"
    )
    parser.add_argument("--keep", type=Path, help="build the story and outputs here (kept)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-scale-") as tmp:
        base = args.keep or Path(tmp)
        story = base / "texts" / "scale"
        build_story(story, versions=args.versions, lines=args.lines)
        cache = fresh_cache(base / "cache")
        result = run(story, base / "out", cache, timeout=args.timeout, pairs=args.pairs)
        counts = sentence_counts(base / "out")
        result.update(
            versions=args.versions,
            pairs=args.pairs,
            version_pairs=len(version_pairs(args.versions, args.pairs)),
            sentences=counts,
            cpus=os.cpu_count(),
        )
        print(json.dumps(result, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
