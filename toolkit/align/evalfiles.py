"""`eval align` over folders: same-named files in the source, target and gold folders."""

from __future__ import annotations

import re
from pathlib import Path

from toolkit.align.api import align_pair, frame_from_lines
from toolkit.align.evaluate import Pair, parse_beads, score
from toolkit.errors import InputError

_INDEXED = re.compile(r"^\d+\t")


def read_lines(path: Path) -> list[str]:
    """One sentence per line; a leading ``<int>\\t`` (PARICE) and trailing blank lines dropped."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot read ({exc})") from exc
    lines = [_INDEXED.sub("", line).strip() for line in text.split("\n")]
    while lines and not lines[-1]:
        lines.pop()
    return lines


def document_paths(src: Path, tgt: Path, gold: Path) -> list[tuple[Path, Path, Path]]:
    """(source, target, gold) paths: three files are one document (e.g. Text+Berg `dev.de`,
    `dev.fr`, `dev.defr`), three folders give their same-named files."""
    paths = (("--src", src), ("--tgt", tgt), ("--gold", gold))
    for option, path in paths:
        if not path.exists():
            raise InputError(f"{path}: no such file or folder ({option})")
    if src.is_file() and tgt.is_file() and gold.is_file():
        return [(src, tgt, gold)]
    if src.is_dir() and tgt.is_dir() and gold.is_dir():
        return [(src / name, tgt / name, gold / name) for name in document_names(src, tgt, gold)]
    kinds = ", ".join(f"{option} {'folder' if p.is_dir() else 'file'}" for option, p in paths)
    raise InputError(f"give three files (one document) or three folders, not {kinds}")


def document_names(src_dir: Path, tgt_dir: Path, gold_dir: Path) -> list[str]:
    """Names present in all three folders, sorted; InputError when there are none."""
    for folder in (src_dir, tgt_dir, gold_dir):
        if not folder.is_dir():
            raise InputError(f"{folder}: not a folder")
    names = sorted(
        {p.name for p in src_dir.iterdir() if p.is_file()}
        & {p.name for p in tgt_dir.iterdir() if p.is_file()}
        & {p.name for p in gold_dir.iterdir() if p.is_file()}
    )
    if not names:
        raise InputError(f"{gold_dir}: no file name is present in all three folders")
    return names


def evaluate_folders(
    src_dir: str | Path,
    tgt_dir: str | Path,
    gold_dir: str | Path,
    embedder: object,
    *,
    mode: str = "translation",
) -> dict:
    """Align every document and score it against gold; `score`'s dict plus modes and stats.

    The three paths are folders of same-named documents, or three files forming one document.
    """
    src_dir, tgt_dir, gold_dir = Path(src_dir), Path(tgt_dir), Path(gold_dir)
    gold: list[list[Pair]] = []
    test: list[list[Pair]] = []
    sentences = embedded = layer = 0
    warnings: list[str] = []
    modes: dict[str, int] = {}
    documents = []
    for src_path, tgt_path, gold_path in document_paths(src_dir, tgt_dir, gold_dir):
        src_lines, tgt_lines = read_lines(src_path), read_lines(tgt_path)
        for path, lines in ((src_path, src_lines), (tgt_path, tgt_lines)):
            if not any(lines):
                raise InputError(f"{path}: no sentences to align (empty file)")
        beads = parse_beads("\n".join(read_lines(gold_path)), name=str(gold_path))
        warnings += check_gold(beads, len(src_lines), len(tgt_lines), gold_path)
        documents.append((src_path.name, src_lines, tgt_lines, beads))
    for name, src_lines, tgt_lines, beads in documents:  # every file checked: now align
        gold.append(beads)
        src = frame_from_lines(src_lines, version=f"{name}.src")
        tgt = frame_from_lines(tgt_lines, version=f"{name}.tgt")
        result = align_pair(src, tgt, embedder, mode=mode)
        test.append(
            [(tuple(s), tuple(t)) for s, t in result.beads.select("src_ids", "tgt_ids").iter_rows()]
        )
        sentences += src.height + tgt.height
        embedded += result.stats.get("texts_requested", 0)
        layer += result.stats.get("layer_texts_requested", 0)
        modes[result.mode] = modes.get(result.mode, 0) + 1
    out = score(gold, test)
    out["sentences"] = sentences
    out["texts_embedded"] = embedded
    out["layer_texts"] = layer  # texts run again for their layer means (comparable mode)
    out["modes"] = modes
    out["gold_warnings"] = warnings  # ids out of range (check_gold)
    return out


def check_gold(beads: list[Pair], n_src: int, n_tgt: int, path: Path) -> list[str]:
    """Check `path`'s beads against documents of `n_src` source and `n_tgt` target
    sentences. No bead at all, or an empty one, is an InputError. An id out of range is a
    warning (returned, one line each): published gold has them (ParIce's u_1.txt names
    source sentence 41 of 41), and such a bead is scored as given, matching no test bead.
    (Gold may also skip ids inside a bead and repeat one: Text+Berg's joins [531, 533, 534,
    535] around an OCR scrap, and its 002 has source 218 in two beads.)"""
    if not beads:
        raise InputError(f"{path}: no alignments (lines like [0]:[1, 2])")
    warnings = []
    for k, (src_ids, tgt_ids) in enumerate(beads, start=1):
        if not src_ids and not tgt_ids:
            raise InputError(f"{path}: bead {k} is empty ([]:[])")
        for what, ids, count in (("source", src_ids, n_src), ("target", tgt_ids, n_tgt)):
            wrong = [i for i in ids if not 0 <= i < count]
            if wrong:
                warnings.append(
                    f"{path}: bead {k} names {what} sentence {wrong[0]}, but the {what} has "
                    f"{count} (ids 0 to {count - 1}); scored as given"
                )
    return warnings
