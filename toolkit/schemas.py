"""The polars schema of each stage's table. Stages produce frames with exactly these columns.

Offsets are character offsets into the version's *normalised* text (`Version.text`);
`orig_start`/`orig_end` map back into the decoded original file text.
"""

from __future__ import annotations

import polars as pl

# segment: one row per sentence
SENTENCES = {
    "version": pl.String,  # version id: "<outlet>.<lang>", e.g. "rbc-ukraine.en"
    "sent_id": pl.Int32,  # 0-based, in document order
    "para_id": pl.Int32,  # 0-based paragraph index
    "start": pl.Int32,
    "end": pl.Int32,
    "orig_start": pl.Int32,
    "orig_end": pl.Int32,
    "text": pl.String,
}

# align: one row per bead between two versions
BEADS = {
    "src_ids": pl.List(pl.Int32),
    "tgt_ids": pl.List(pl.Int32),
    "score": pl.Float64,
}

# a run's alignment.parquet: the beads of every version pair (long frame)
PAIR_BEADS = {
    "version_a": pl.String,
    "version_b": pl.String,
    "bead_id": pl.Int32,
    "src_ids": pl.List(pl.Int32),
    "tgt_ids": pl.List(pl.Int32),
    "score": pl.Float64,
}

# a run's similarity.parquet: the downsampled cosine matrix of each version pair, one cell a row
SIMILARITY = {
    "version_a": pl.String,
    "version_b": pl.String,
    "row": pl.Int32,
    "col": pl.Int32,
    "sim": pl.Float32,
}

# quotes: one row per quote
QUOTES = {
    "version": pl.String,
    "quote_id": pl.String,  # "<version>:q<n>", stable for the same text
    "start": pl.Int32,  # span of the quoted words, marks excluded
    "end": pl.Int32,
    "sent_ids": pl.List(pl.Int32),
    "text": pl.String,
    "speaker": pl.String,  # as written (resolved for pronouns/roles); null if unknown
    "speaker_key": pl.String,  # normalised across languages/scripts, e.g. "putin"
    "cue": pl.String,  # "verb:said", "according_to", "colon", "dash", "none"
    "kind": pl.String,  # "speech" | "title" (names, titles in quote marks)
    "fragment": pl.Boolean,  # three words or fewer
    "parent": pl.String,  # quote_id of the enclosing quote for nested quotes, else null
}


def empty(schema: dict[str, pl.DataType]) -> pl.DataFrame:
    """An empty frame with `schema`."""
    return pl.DataFrame(schema=schema)


# flag: one row per divergence flag
FLAGS = {
    "flag_id": pl.String,  # stable across reruns: hash of story, versions, category, both texts
    "story": pl.String,
    "version_a": pl.String,
    "version_b": pl.String,
    "category": pl.String,  # NUMBER_CHANGED, NAME_CHANGED, ... (DESIGN.md)
    "severity": pl.String,  # "high" | "medium" | "low"
    "score": pl.Float64,  # 0..1, higher = more certain / more severe
    "evidence": pl.String,  # human-readable, e.g. "numbers: 25,000 -> 2,500"
    "sent_ids_a": pl.List(pl.Int32),
    "sent_ids_b": pl.List(pl.Int32),
    "text_a": pl.String,
    "text_b": pl.String,
    "quote_id_a": pl.String,  # null when the flag is not about a quote
    "quote_id_b": pl.String,
    # null, or what the comparisons with a third version say (toolkit.crosscheck):
    # "odd one: <version>", "seen against <versions>", "not seen against <versions>"
    "cross_check": pl.String,
}

# review: one JSON object per line in alignments/<story>/review.jsonl
REVIEW = {
    "flag_id": pl.String,
    "status": pl.String,  # "confirmed" | "dismissed" | "note"
    "note": pl.String,
    "reviewer": pl.String,
    "time": pl.String,  # ISO 8601 UTC
}
