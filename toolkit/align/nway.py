"""N-way alignment: every version aligned to a pivot, merged into one row per aligned unit."""

from __future__ import annotations

import itertools
from dataclasses import dataclass

import polars as pl

from toolkit.align.api import AlignResult, align_pair
from toolkit.errors import InputError


@dataclass
class StoryAlignment:
    """The N-way table, the pivot and each version's pairwise result against the pivot."""

    table: pl.DataFrame
    pivot: str
    versions: list[str]
    pairs: dict[str, AlignResult]


def choose_pivot(versions: list[str], pivot: str | None) -> str:
    """`pivot` when given (one of `versions`), else the first English version, else the first."""
    if pivot is not None:
        if pivot not in versions:
            raise InputError(f"unknown pivot {pivot!r}; valid: {', '.join(versions)}")
        return pivot
    english = [v for v in versions if v.rsplit(".", 1)[-1] == "en"]
    return english[0] if english else versions[0]


def align_story(
    sentences: dict[str, pl.DataFrame],
    embedder: object,
    *,
    pivot: str | None = None,
    mode: str = "auto",
    max_bead: tuple[int, int] = (4, 4),
) -> StoryAlignment:
    """Align every version to the pivot and build the N-way table (see `align_versions`)."""
    if len(sentences) < 2:
        raise InputError(f"need at least two versions to align, got {len(sentences)}")
    versions = list(sentences)
    pivot = choose_pivot(versions, pivot)
    others = [v for v in versions if v != pivot]
    pairs = {
        v: align_pair(
            sentences[pivot], sentences[v], embedder, mode=mode, max_bead=max_bead, names=(pivot, v)
        )
        for v in others
    }
    table = build_table(sentences, pivot, pairs)
    return StoryAlignment(table=table, pivot=pivot, versions=[pivot, *others], pairs=pairs)


def align_versions(
    sentences: dict[str, pl.DataFrame],
    embedder: object,
    *,
    pivot: str | None = None,
    mode: str = "auto",
    max_bead: tuple[int, int] = (4, 4),
) -> pl.DataFrame:
    """One row per aligned unit; per version `<vid>.sent_ids`, `<vid>.text`, `<vid>.score`.

    Pivot sentences that any version joins in one bead form one unit; a sentence of another
    version with no pivot counterpart gets a unit of its own, placed after the unit its
    predecessor belongs to. Scores are the bead scores against the pivot (null for the pivot).

    Example:
        >>> align_versions({"a.en": en, "a.uk": uk}, load_embedder()).columns  # doctest: +SKIP
        ['unit_id', 'a.en.sent_ids', 'a.en.text', 'a.en.score', 'a.uk.sent_ids', ...]
    """
    return align_story(sentences, embedder, pivot=pivot, mode=mode, max_bead=max_bead).table


def _pivot_groups(n: int, pairs: dict[str, AlignResult]) -> list[int]:
    """Group id for each pivot sentence: pivot ids sharing a bead in any version are joined."""
    parent = list(range(n))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for result in pairs.values():
        for ids in result.beads["src_ids"].to_list():
            for a, b in itertools.pairwise(ids):
                parent[find(b)] = find(a)
    return [find(i) for i in range(n)]


def build_table(
    sentences: dict[str, pl.DataFrame], pivot: str, pairs: dict[str, AlignResult]
) -> pl.DataFrame:
    """Assemble the N-way table from pairwise results against `pivot`."""
    texts = {v: f.sort("sent_id")["text"].to_list() for v, f in sentences.items()}
    n = len(texts[pivot])
    group = _pivot_groups(n, pairs)
    first: dict[int, int] = {}
    for i in range(n):
        first.setdefault(group[i], i)
    units: dict[tuple, dict[str, tuple[list[int], list[float]]]] = {}
    for i in range(n):
        key = (first[group[i]], 0, "", 0)
        units.setdefault(key, {}).setdefault(pivot, ([], []))[0].append(i)
    for vid, result in pairs.items():
        anchor = -1.0
        for src_ids, tgt_ids, score in result.beads.iter_rows():
            if src_ids:
                key = (first[group[src_ids[0]]], 0, "", 0)
                anchor = key[0]
            else:
                key = (anchor, 1, vid, tgt_ids[0])
            ids, scores = units.setdefault(key, {}).setdefault(vid, ([], []))
            ids.extend(tgt_ids)
            scores.append(score)
    order = [pivot, *pairs]
    return _frame(units, order, texts)


def _frame(units: dict, order: list[str], texts: dict[str, list[str]]) -> pl.DataFrame:
    rows: dict[str, list] = {"unit_id": []}
    for vid in order:
        rows[f"{vid}.sent_ids"], rows[f"{vid}.text"], rows[f"{vid}.score"] = [], [], []
    for number, key in enumerate(sorted(units)):
        rows["unit_id"].append(number)
        for vid in order:
            ids, scores = units[key].get(vid, ([], []))
            ids = sorted(ids)
            rows[f"{vid}.sent_ids"].append(ids)
            rows[f"{vid}.text"].append(" ".join(texts[vid][i] for i in ids) if ids else None)
            value = (
                round(sum(scores) / len(scores), 6) if scores and ids and vid != order[0] else None
            )
            rows[f"{vid}.score"].append(value)
    schema: dict[str, pl.DataType] = {"unit_id": pl.Int32}
    for vid in order:
        schema[f"{vid}.sent_ids"] = pl.List(pl.Int32)
        schema[f"{vid}.text"] = pl.String
        schema[f"{vid}.score"] = pl.Float64
    return pl.DataFrame(rows, schema=schema)
