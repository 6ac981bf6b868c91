"""The whole analysis of one story in memory: segment, align, quotes, compare, flag.

`analyse_story` takes the versions (toolkit.ingest) and an embedder and returns an
`Analysis` holding every frame; it writes nothing (`toolkit run` writes the run folder).
By default every version is compared with every other (`pairs="all"`): pairs are
(pivot, other) first, then the remaining versions in input order, so the same input gives the
same frames. `pairs="pivot"` compares each version with the pivot (and the `hubs`) only: n - 1
pairs instead of n (n - 1) / 2, for stories with many versions.

Example:
    >>> from toolkit.embed import load_embedder
    >>> from toolkit.ingest import read_story
    >>> analysis = analyse_story(read_story("texts/putin-bush-nato-2001"),
    ...                          load_embedder())  # doctest: +SKIP
    >>> analysis.flags.select("category", "evidence").head(3)  # doctest: +SKIP
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import combinations
from typing import TYPE_CHECKING

import polars as pl

from toolkit import config, schemas
from toolkit.errors import InputError
from toolkit.flag import DEFAULT_THRESHOLDS, Thresholds, flag_features

if TYPE_CHECKING:
    from toolkit.ingest import Version

PAIR_BEADS = schemas.PAIR_BEADS
PAIR_MODES = {
    "version_a": pl.String,
    "version_b": pl.String,
    "mode": pl.String,
    "reason": pl.String,
}


@dataclass
class Analysis:
    """Every frame of one story's analysis.

    Attributes:
        story: the story name.
        versions: version ids, pivot first.
        pivot: the pivot version of the N-way table.
        sentences: schemas.SENTENCES of every version.
        beads: PAIR_BEADS, the beads of every version pair (long frame).
        units: the N-way table (toolkit.align.nway) through the pivot.
        quotes: schemas.QUOTES of every version.
        quote_pairs: toolkit.quotes.PAIRS with version_a / version_b columns in front.
        features: toolkit.compare.pairs.PAIR_FEATURES of every version pair.
        flags: schemas.FLAGS.
        modes: PAIR_MODES, the alignment mode of each pair and why.
        signature: the run signature's fragments (config.signature joins them).
        results: each version pair's toolkit.align.AlignResult (similarity matrices, stats).
    """

    story: str
    versions: list[str]
    pivot: str
    sentences: pl.DataFrame
    beads: pl.DataFrame
    units: pl.DataFrame
    quotes: pl.DataFrame
    quote_pairs: pl.DataFrame
    features: pl.DataFrame
    flags: pl.DataFrame
    modes: pl.DataFrame
    signature: dict[str, str] = field(default_factory=dict)
    results: dict[tuple[str, str], object] = field(default_factory=dict, repr=False)

    def signature_string(self) -> str:
        """The run signature, e.g. ``model:e5-small-q4@...|seg:...|...|toolkit:0.1.0``."""
        return config.signature(self.signature)


PAIR_CHOICES = config.PAIR_CHOICES


def version_pairs(
    versions: list[str], pivot: str, *, which: str = "all", hubs: tuple[str, ...] = ()
) -> list[tuple[str, str]]:
    """The compared version pairs: (pivot, other) first, then the others in order.

    Args:
        versions: version ids in input order.
        pivot: the pivot version id.
        which: "all" (every pair) or "pivot" (pairs with the pivot or one of `hubs`).
        hubs: with "pivot", further versions compared with every other (e.g. the quote
            table's reference).
    """
    if which not in PAIR_CHOICES:
        raise InputError(f"unknown pairs choice {which!r}; valid: {', '.join(PAIR_CHOICES)}")
    others = [v for v in versions if v != pivot]
    rest = list(combinations(others, 2))
    if which == "pivot":
        rest = [(a, b) for a, b in rest if a in hubs or b in hubs]
    return [(pivot, v) for v in others] + rest


def analyse_story(
    versions: list[Version],
    embedder: object,
    *,
    mode: str = "auto",
    pivot: str | None = None,
    story: str | None = None,
    thresholds: Thresholds = DEFAULT_THRESHOLDS,
    words: bool = True,
    pairs: str = "all",
    hubs: tuple[str, ...] = (),
) -> Analysis:
    """Analyse the versions of one story (pure computation, nothing written).

    Args:
        versions: two or more versions (toolkit.ingest.Version), distinct version ids.
        embedder: a toolkit.embed.Embedder (or anything with encode, signature, model).
        mode: alignment mode, "auto", "translation" or "comparable".
        pivot: version id of the pivot (default: the first English version).
        story: the story name (default: the versions' story).
        thresholds: the flag stage's thresholds.
        words: compute word alignment (token vectors of the embedder's model) when the
            model offers them.
        pairs: "all" (every version pair) or "pivot" (see `version_pairs`).
        hubs: with pairs="pivot", versions also compared with every other.

    Raises:
        InputError: fewer than two versions, duplicate ids, or an unknown pivot/mode/pairs.
    """
    from toolkit.align import align_pair, choose_pivot
    from toolkit.align.nway import build_table
    from toolkit.quotes import QUOTES_SIGNATURE, pair_quotes, quotes_for_version
    from toolkit.segment import SEGMENTER_SIGNATURE, segment_version

    ids = _check_versions(versions)
    by_id = dict(zip(ids, versions, strict=True))
    pivot = choose_pivot(ids, pivot)
    order = [pivot, *[v for v in ids if v != pivot]]
    compared = version_pairs(order, pivot, which=pairs, hubs=hubs)
    story = story or str(getattr(versions[0], "story", "") or "story")
    sentences = {v: segment_version(by_id[v]) for v in order}
    quotes = {v: quotes_for_version(by_id[v], sentences[v]) for v in order}
    tokens = _token_embedder(embedder) if words else None
    results, bead_frames, qp_frames, feature_frames, mode_rows = {}, [], [], [], []
    for va, vb in compared:
        result = align_pair(sentences[va], sentences[vb], embedder, mode=mode)
        results[(va, vb)] = result
        qp = pair_quotes(quotes[va], quotes[vb], result.beads, sentences_a=sentences[va],
                         sentences_b=sentences[vb], encode=embedder.encode)  # fmt: skip
        bead_frames.append(_pair_beads(va, vb, result.beads))
        qp_frames.append(_with_versions(qp, va, vb))
        mode_rows.append((va, vb, result.mode, result.mode_reason))
        feature_frames.append(
            _compare(by_id[va], by_id[vb], sentences, quotes, result.beads, qp, embedder, tokens)
        )
    features = pl.concat(feature_frames, how="vertical")
    units = build_table(sentences, pivot, {v: results[(pivot, v)] for v in order[1:]})
    signature = {
        "model": str(getattr(embedder, "signature", "unknown")),
        "seg": SEGMENTER_SIGNATURE,
        "align": ";".join(sorted({r.signature for r in results.values()})),
        "pairs": pairs,
        "quotes": QUOTES_SIGNATURE,
        "compare": _compare_signature(tokens),
        "flag": thresholds.fragment(),
    }
    return Analysis(
        story=story,
        versions=order,
        pivot=pivot,
        sentences=pl.concat([sentences[v] for v in order], how="vertical"),
        beads=pl.concat(bead_frames, how="vertical"),
        units=units,
        quotes=pl.concat([quotes[v] for v in order], how="vertical"),
        quote_pairs=pl.concat(qp_frames, how="vertical"),
        features=features,
        flags=flag_features(features, story=story, thresholds=thresholds),
        modes=pl.DataFrame(mode_rows, schema=PAIR_MODES, orient="row"),
        signature=signature,
        results=results,
    )


def _check_versions(versions: list[Version]) -> list[str]:
    if len(versions) < 2:
        raise InputError(f"need at least two versions to compare, got {len(versions)}")
    from toolkit.ingest import unique_versions

    return [v.version_id for v in unique_versions(versions)]


def _token_embedder(embedder: object) -> object | None:
    from toolkit.embed.tokens import TokenEmbedder

    tokens = TokenEmbedder(embedder)
    return tokens if tokens.available else None


def _compare_signature(tokens: object | None) -> str:
    from toolkit.compare.pairs import compare_signature
    from toolkit.embed.tokens import tokens_signature

    return compare_signature(words=tokens_signature(layer=tokens.layer) if tokens else None)


def _compare(
    version_a: Version,
    version_b: Version,
    sentences: dict[str, pl.DataFrame],
    quotes: dict[str, pl.DataFrame],
    beads: pl.DataFrame,
    quote_pairs: pl.DataFrame,
    embedder: object,
    tokens: object | None,
) -> pl.DataFrame:
    from toolkit.compare.pairs import VersionPair, compare_versions

    va, vb = version_a.version_id, version_b.version_id
    pair = VersionPair(
        version_a=va, version_b=vb, lang_a=version_a.lang, lang_b=version_b.lang,
        sentences_a=sentences[va], sentences_b=sentences[vb], beads=beads,
        quotes_a=quotes[va], quotes_b=quotes[vb], quote_pairs=quote_pairs,
    )  # fmt: skip
    return compare_versions(
        pair,
        encode=embedder.encode,
        token_vectors=tokens,
        prefetch=tokens.prefetch if tokens is not None else None,
    )


def _pair_beads(va: str, vb: str, beads: pl.DataFrame) -> pl.DataFrame:
    return pl.DataFrame(
        {
            "version_a": [va] * beads.height,
            "version_b": [vb] * beads.height,
            "bead_id": list(range(beads.height)),
            "src_ids": beads["src_ids"].to_list(),
            "tgt_ids": beads["tgt_ids"].to_list(),
            "score": beads["score"].to_list(),
        },
        schema=PAIR_BEADS,
    )


def _with_versions(quote_pairs: pl.DataFrame, va: str, vb: str) -> pl.DataFrame:
    return quote_pairs.select(
        pl.lit(va, dtype=pl.String).alias("version_a"),
        pl.lit(vb, dtype=pl.String).alias("version_b"),
        pl.all(),
    )


__all__ = ["PAIR_CHOICES", "Analysis", "analyse_story", "version_pairs"]
