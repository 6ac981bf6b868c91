"""An unpaired quote beside a quote of the other version that no pair took
(toolkit.compare.pairs free_quote_similarity, Thresholds.free_quote_pairs)."""

from __future__ import annotations

import polars as pl
import pytest

from toolkit import schemas
from toolkit.align import frame_from_lines
from toolkit.compare.pairs import VersionPair, compare_versions
from toolkit.flag import DEFAULT_THRESHOLDS, flag_features
from toolkit.quotes.pairing import PAIRS

EN = 'Naval bases are daubed with the motto: "The sea is ours by right."'
UK = "На військових базах написано гасло: «Море наше по праву»."


def quote(version: str, text: str, whole: str, kind: str) -> dict[str, object]:
    start = whole.index(text)
    return {"version": version, "quote_id": f"{version}:q0", "start": start,
            "end": start + len(text), "sent_ids": [0], "text": text, "speaker": None,
            "speaker_key": None, "cue": "colon", "kind": kind, "fragment": False,
            "parent": None}  # fmt: skip


QUOTE_FLAGS = ("DEQUOTED", "QUOTE_MISSING", "PARAPHRASE_AS_QUOTE")


def quote_flags(features: pl.DataFrame, **changes: object) -> list[str]:
    """The categories flagged on the unpaired quote (without token vectors compare cannot
    tell an unquoted quote from a missing one, so either may come)."""
    flags = flag_features(features, story="s", thresholds=DEFAULT_THRESHOLDS.replace(**changes))
    return [c for c in flags["category"].to_list() if c in QUOTE_FLAGS]


def version_pair(kind_b: str, text_b: str = "Море наше по праву") -> VersionPair:
    qa = pl.DataFrame([quote("x.en", "The sea is ours by right.", EN, "speech")],
                      schema=schemas.QUOTES)  # fmt: skip
    qb = pl.DataFrame([quote("x.uk", text_b, UK if text_b in UK else text_b, kind_b)],
                      schema=schemas.QUOTES)  # fmt: skip
    unpaired = [  # the pairing took neither quote
        {"quote_id_a": "x.en:q0", "quote_id_b": None, "score": None, "method": None,
         "best_sent_ids_other": [0], "best_sim": None},
    ]  # fmt: skip
    beads = pl.DataFrame({"src_ids": [[0]], "tgt_ids": [[0]], "score": [1.0]},
                         schema=schemas.BEADS)  # fmt: skip
    return VersionPair("x.en", "x.uk", "en", "uk", frame_from_lines([EN], version="x.en"),
                       frame_from_lines([UK], version="x.uk"),
                       beads, qa, qb, pl.DataFrame(unpaired, schema=PAIRS))  # fmt: skip


@pytest.mark.model
def test_a_quote_the_other_version_quotes_as_a_title_is_not_flagged(embedder) -> None:
    features = compare_versions(version_pair("title"), encode=embedder.encode)
    lonely = features.filter(pl.col("kind") == "unpaired", pl.col("quote_id_a").is_not_null())
    assert lonely.height == 1
    assert lonely["free_quote_similarity"][0] >= DEFAULT_THRESHOLDS.quote_min_similarity
    assert quote_flags(features) == []
    assert len(quote_flags(features, free_quote_pairs=False)) == 1


@pytest.mark.model
def test_an_unrelated_free_quote_does_not_hide_the_flag(embedder) -> None:
    features = compare_versions(version_pair("title", "Нафтогаз"), encode=embedder.encode)
    lonely = features.filter(pl.col("kind") == "unpaired", pl.col("quote_id_a").is_not_null())
    assert lonely["free_quote_similarity"][0] < DEFAULT_THRESHOLDS.quote_min_similarity
    assert len(quote_flags(features)) == 1


def test_no_free_quote_leaves_the_feature_empty() -> None:
    pair = version_pair("title")
    pair.quotes_b = pair.quotes_b.clear()

    def encode(texts: list[str]):
        import numpy as np

        return np.tile(np.eye(1, 4, dtype=np.float32), (len(texts), 1))

    features = compare_versions(pair, encode=encode)
    lonely = features.filter(pl.col("kind") == "unpaired", pl.col("quote_id_a").is_not_null())
    assert lonely["free_quote_similarity"].to_list() == [None]
