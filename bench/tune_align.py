"""Alignment tuning on the development sets only (never the reported test files).

Dev sets: Text+Berg `dev.de / dev.fr / dev.defr` and the NTREX edited dev documents 0-39
(translation en-uk and en-ru, comparable en-uk and en-ru; made by `bench/make_edited_ntrex.py`).
Each `--set NAME=VALUE` overrides one DPParams field (translation sets) or MiningParams field
(comparable sets, `--comparable`) for the run, e.g.

    .venv/bin/python bench/tune_align.py --set skip=-0.04
    .venv/bin/python bench/tune_align.py --errors tb     # the wrong beads of Text+Berg dev
    .venv/bin/python bench/tune_align.py --comparable --set length_weight=0.1
    .venv/bin/python bench/tune_align.py --comparable --seeds 14,15   # 6 comparable dev sets

`--seeds` adds the same dev documents edited again with other generator seeds (written once
to bench/out/ntrex-edited-s<seed>/dev; the sets are named e.g. comparable-en-uk-s14): fresh
merges, drops and insertions of the dev documents, never the test documents.

Prints strict F1 per dev set, their mean, and texts embedded per sentence.
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from toolkit.align.anchors import anchor_vectors  # noqa: E402
from toolkit.align.api import JOIN, comparable_inputs, layer_means_for  # noqa: E402
from toolkit.align.dp import DPParams, align_translation  # noqa: E402
from toolkit.align.evalfiles import document_paths, read_lines  # noqa: E402
from toolkit.align.evaluate import parse_beads, score  # noqa: E402
from toolkit.align.mining import MiningParams, align_comparable  # noqa: E402
from toolkit.align.open_ends import open_ends  # noqa: E402
from toolkit.embed import load_embedder  # noqa: E402

TB = ROOT / "data" / "textberg_de_fr"
NTREX = ROOT / "bench" / "out" / "ntrex-edited" / "dev"
DEV_SETS = {
    "tb": (TB / "dev.de", TB / "dev.fr", TB / "dev.defr"),
    **{
        f"{mode}-{pair}": tuple(NTREX / mode / pair / part for part in ("src", "tgt", "gold"))
        for mode in ("translation", "comparable")
        for pair in ("en-uk", "en-ru")
    },
}


def _value(text: str) -> object:
    """A --set value: "3-3" -> (3, 3), "4" -> 4, "-0.03" -> -0.03; else one line and exit."""
    if "-" in text[1:] and text.replace("-", "").isdigit():
        return tuple(int(x) for x in text.split("-"))
    for kind in (int, float):
        try:
            return kind(text)
        except ValueError:
            pass
    raise SystemExit(f"--set: {text!r} is not a number or an a-b pair")


def parse_sets(pairs: list[str], kind: type) -> dict[str, object]:
    """``["skip=-0.04", "max_bead=3-3"]`` -> field overrides of `kind` (DPParams, MiningParams)."""
    fields = {f.name for f in dataclasses.fields(kind)}
    out = {}
    for pair in pairs:
        name, _, value = pair.partition("=")
        if name not in fields:
            raise SystemExit(f"unknown field {name!r}; fields: {', '.join(sorted(fields))}")
        out[name] = _value(value)
    return out


def add_seeds(seeds: list[int]) -> list[str]:
    """Register (and generate, once) the dev sets of extra generator seeds; their names."""
    from make_edited_ntrex import generate

    names = []
    for seed in seeds:
        root = ROOT / "bench" / "out" / f"ntrex-edited-s{seed}"
        if not (root / "dev").is_dir():
            generate(root, seed)
        for mode in ("translation", "comparable"):
            for pair in ("en-uk", "en-ru"):
                name = f"{mode}-{pair}-s{seed}"
                folder = root / "dev" / mode / pair
                DEV_SETS[name] = (folder / "src", folder / "tgt", folder / "gold")
                names.append(name)
    return names


def align_document(embedder, src: list[str], tgt: list[str], params):
    """Beads of one document, embedding merged windows through the embedder as the toolkit does."""
    src_vecs, tgt_vecs = embedder.encode(src), embedder.encode(tgt)

    def merged(side: str, ranges: list[tuple[int, int]]) -> np.ndarray:
        texts = src if side == "src" else tgt
        return embedder.encode([JOIN.join(texts[a:b]) for a, b in ranges])

    if isinstance(params, MiningParams):
        means = layer_means_for(embedder, params)
        if means is not None:
            src_vecs, tgt_vecs, merged = comparable_inputs(
                means, src, tgt, src_vecs, tgt_vecs, merged, params.layer_weight
            )
    extra = {}
    if params.anchor_weight:
        extra = dict(zip(("src_anchors", "tgt_anchors"), anchor_vectors(src, tgt), strict=True))
    if getattr(params, "open_end_cost", 0):
        extra |= {"src_open": open_ends(src), "tgt_open": open_ends(tgt)}
    run = align_comparable if isinstance(params, MiningParams) else align_translation
    return run(
        src_vecs,
        tgt_vecs,
        params=params,
        merged=merged,
        src_lengths=np.array([len(t) for t in src]),
        tgt_lengths=np.array([len(t) for t in tgt]),
        **extra,
    )


def run_set(embedder, name: str, params: DPParams, *, errors: bool) -> dict:
    """Strict F1 and texts embedded of one dev set."""
    src_dir, tgt_dir, gold_dir = DEV_SETS[name]
    golds, tests = [], []
    sentences = 0
    before = embedder.stats.get("requested", 0)
    for src_path, tgt_path, gold_path in document_paths(src_dir, tgt_dir, gold_dir):
        src, tgt = read_lines(src_path), read_lines(tgt_path)
        beads = align_document(embedder, src, tgt, params)
        test = [(tuple(s), tuple(t)) for s, t, _ in beads]
        gold = parse_beads("\n".join(read_lines(gold_path)), name=str(gold_path))
        golds.append(gold)
        tests.append(test)
        sentences += len(src) + len(tgt)
        if errors:
            _print_errors(src_path.name, src, tgt, gold, beads)
    result = score(golds, tests)
    result["texts_per_sentence"] = (embedder.stats.get("requested", 0) - before) / max(sentences, 1)
    return result


def _print_errors(doc: str, src: list[str], tgt: list[str], gold, beads) -> None:
    gold_set = set(gold)
    for s, t, sc in beads:
        if (tuple(s), tuple(t)) in gold_set:
            continue
        near = [g for g in gold if set(g[0]) & set(s) or set(g[1]) & set(t)]
        print(f"{doc} test {list(s)}:{list(t)} score {sc:.3f}   gold {near}")
        for i in s:
            print(f"    S{i}: {src[i][:110]}")
        for j in t:
            print(f"    T{j}: {tgt[j][:110]}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", action="append", default=[], help="a params field=value")
    parser.add_argument("--comparable", action="store_true", help="comparable mode")
    parser.add_argument("--sets", default="", help="dev sets, comma-separated")
    parser.add_argument("--errors", default="", help="print wrong beads of these dev sets")
    parser.add_argument("--seeds", default="", help="extra generator seeds, e.g. 14,15")
    args = parser.parse_args()
    extra = add_seeds([int(x) for x in args.seeds.split(",") if x])
    kind = MiningParams if args.comparable else DPParams
    params = kind(**parse_sets(args.set, kind))
    embedder = load_embedder(quiet=True)
    mode = "comparable" if args.comparable else "translation"
    default = ([] if args.comparable else ["tb"]) + [f"{mode}-en-uk", f"{mode}-en-ru"]
    default += [n for n in extra if n.startswith(mode)]
    names = [n for n in args.sets.split(",") if n] or default
    shown = set(args.errors.split(","))
    f1s = []
    for name in names:
        result = run_set(embedder, name, params, errors=name in shown)
        f1 = result["strict"]["f1"]
        f1s.append(f1)
        print(f"{name}: strict F1 {f1:.4f}  texts/sentence {result['texts_per_sentence']:.2f}")
    print(f"mean {sum(f1s) / len(f1s):.4f}  ({params.fragment()})")


if __name__ == "__main__":
    main()
