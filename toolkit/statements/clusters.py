"""Statements without a reference: clusters of the versions' paired quotes.

Every two versions' speech quotes are paired (toolkit.quotes.pair_quotes, through their
beads when the frames hold them, else by similarity alone); the connected components of
the pairs are the statements (fragments of three words or fewer only when two versions
quote them). A component's canonical member is its quote in the first version (run
order: the pivot first) that has a quote longer than a fragment -- its parts joined when
split -- and the statement's id hashes that text. Each statement is then checked against
the version of its canonical member, as against a reference.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import combinations
from typing import TYPE_CHECKING

import polars as pl

from toolkit.statements.link import speech_quotes
from toolkit.statements.reference import (
    RefSentence,
    Statement,
    normalise_text,
    quoted_part,
    statement_id,
)

if TYPE_CHECKING:
    from toolkit.statements.table import StoryFrames


def quote_links(frames: StoryFrames, *, encode: Callable) -> list[tuple[str, str]]:
    """(quote id, quote id) for every pair of quotes paired between two versions."""
    from toolkit.quotes import pair_quotes
    from toolkit.statements.table import pair_beads

    links = []
    for a, b in combinations(frames.versions, 2):
        qa = speech_quotes(frames.quotes.filter(pl.col("version") == a))
        qb = speech_quotes(frames.quotes.filter(pl.col("version") == b))
        if qa.height == 0 or qb.height == 0:
            continue
        pairs = pair_quotes(
            qa, qb, pair_beads(frames, a, b),
            sentences_a=frames.sentences.filter(pl.col("version") == a),
            sentences_b=frames.sentences.filter(pl.col("version") == b),
            encode=encode,
        )  # fmt: skip
        links += [
            (r["quote_id_a"], r["quote_id_b"])
            for r in pairs.iter_rows(named=True)
            if r["quote_id_a"] and r["quote_id_b"]
        ]
    return links


def components(nodes: list[str], links: list[tuple[str, str]]) -> list[list[str]]:
    """Connected components of `nodes` under `links`, each in `nodes` order, in order of
    their first node.

    Example:
        >>> components(["a", "b", "c", "d"], [("d", "b")])
        [['a'], ['b', 'd'], ['c']]
    """
    parent = {n: n for n in nodes}

    def root(n: str) -> str:
        while parent[n] != n:
            parent[n] = parent[parent[n]]
            n = parent[n]
        return n

    for a, b in links:
        if a in parent and b in parent:
            ra, rb = root(a), root(b)
            if ra != rb:
                parent[max(ra, rb, key=nodes.index)] = min(ra, rb, key=nodes.index)
    groups: dict[str, list[str]] = {}
    for n in nodes:
        groups.setdefault(root(n), []).append(n)
    return list(groups.values())


def cluster_statements(
    frames: StoryFrames, *, encode: Callable
) -> list[tuple[str, list[Statement]]]:
    """(canonical version, its statements) groups, in run order of the versions."""
    order = {v: k for k, v in enumerate(frames.versions)}
    quotes = speech_quotes(frames.quotes).filter(pl.col("version").is_in(frames.versions))
    rows = sorted(quotes.iter_rows(named=True), key=lambda q: (order[q["version"]], q["start"]))
    by_id = {q["quote_id"]: q for q in rows}
    clusters = components([q["quote_id"] for q in rows], quote_links(frames, encode=encode))
    spans = {
        (r["version"], r["sent_id"]): (r["start"], r["text"])
        for r in frames.sentences.select("version", "sent_id", "start", "text").iter_rows(
            named=True
        )
    }
    groups: dict[str, list[Statement]] = {}
    number = 0
    for cluster in clusters:
        members = [by_id[q] for q in cluster]
        whole = [m for m in members if not m["fragment"]]
        if not whole and len({m["version"] for m in members}) < 2:
            continue  # a lone fragment: a word or name in quote marks, not a statement
        first = (whole or members)[0]["version"]
        canonical = [m for m in members if m["version"] == first]
        number += 1
        text = normalise_text(" ".join(m["text"] for m in canonical))
        version = canonical[0]["version"]
        parts = sorted(
            (i, quoted_part(m, *spans[(version, i)]))
            for m in canonical
            for i in (m["sent_ids"] or [])
            if (version, i) in spans
        )
        groups.setdefault(version, []).append(
            Statement(
                statement_id=statement_id(frames.story, text),
                number=number,
                text=text,
                speaker=canonical[0]["speaker"],
                speaker_key=canonical[0]["speaker_key"],
                sentences=tuple(RefSentence(i, part) for i, part in dict(parts).items()),
                quote_ids=tuple(m["quote_id"] for m in canonical),
            )
        )
    return [(v, groups[v]) for v in frames.versions if v in groups]
