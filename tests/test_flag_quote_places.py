"""Flags of a quote that runs over several aligned units lie where their evidence is
(toolkit.flag._place_quote_flags, Thresholds.quote_flags_placed)."""

from __future__ import annotations

import polars as pl
import pytest

from tests.test_flag import frame, row
from toolkit.divergence_eval import drift_features
from toolkit.flag import DEFAULT_THRESHOLDS, flag_features

STORY = "story"
OFF = DEFAULT_THRESHOLDS.replace(quote_flags_placed=False)


def units(n: int, **changes_of: dict[str, object]) -> list[dict[str, object]]:
    """Unit rows 0..n-1 (sentence k against sentence k); `changes_of["u1"]` edits unit 1."""
    return [
        row(pair_id=f"u{k}", sent_ids_a=[k], sent_ids_b=[k], text_a=f"Sentence {k}.",
            text_b=f"Речення {k}.") | changes_of.get(f"u{k}", {})
        for k in range(n)
    ]  # fmt: skip


def quote(ids_a: list[int], ids_b: list[int], **changes: object) -> dict[str, object]:
    return row(kind="quote", pair_id="q0", sent_ids_a=ids_a, sent_ids_b=ids_b,
               text_a="We will win. It is clear.", text_b="Ми не виграємо. Це ясно.",
               quote_id_a="x.en:q0", quote_id_b="x.uk:q0") | changes  # fmt: skip


FLIP = {"negation_a": 0, "negation_b": 1, "negation_flip": True, "negation_cues_b": ["не"]}


def places(flags) -> list[tuple]:
    return flags.select("category", "quote_id_a", "sent_ids_a", "sent_ids_b").rows()


def test_a_quote_flag_lies_on_the_unit_that_shows_its_finding() -> None:
    features = frame(*units(3, u0=FLIP), quote([0, 1, 2], [0, 1, 2], **FLIP))
    # the unit's own flag is repeated by the quote's and dropped
    assert places(flag_features(features, story=STORY)) == [("NEGATION_FLIP", "x.en:q0", [0], [0])]
    assert places(flag_features(features, story=STORY, thresholds=OFF)) == [
        ("NEGATION_FLIP", "x.en:q0", [0, 1, 2], [0, 1, 2])
    ]


def test_an_unsupported_flag_of_quotes_of_unequal_extent_is_dropped() -> None:
    # the Ukrainian quote ends a sentence earlier; sentence 2 holds the negation on both
    # sides, inside the English quote only, so the quote pair counts it on one side
    features = frame(*units(3), quote([0, 1, 2], [0, 1], **FLIP))
    assert flag_features(features, story=STORY).is_empty()
    assert places(flag_features(features, story=STORY, thresholds=OFF)) == [
        ("NEGATION_FLIP", "x.en:q0", [0, 1, 2], [0, 1])
    ]


def test_an_unsupported_flag_of_quotes_of_equal_extent_stays_on_the_whole_quote() -> None:
    # numbers are read exactly: the units do not show it (the other number stands in the
    # narration of the sentence), the quote does
    changed = {"numbers_only_a": ["4"], "numbers_only_b": ["3"]}
    features = frame(*units(2), quote([0, 1], [0, 1], **changed))
    assert places(flag_features(features, story=STORY)) == [
        ("NUMBER_CHANGED", "x.en:q0", [0, 1], [0, 1])
    ]


def test_an_unsupported_negation_of_a_long_quote_is_dropped() -> None:
    # the negation gain was set on sentence pairs: deleting "not" from one sentence of three
    # moves the whole quote too little to tell an idiom from a flip
    features = frame(*units(2), quote([0, 1], [0, 1], **FLIP))
    assert flag_features(features, story=STORY).is_empty()
    assert places(flag_features(features, story=STORY, thresholds=OFF)) == [
        ("NEGATION_FLIP", "x.en:q0", [0, 1], [0, 1])
    ]


def test_a_quote_of_one_unit_and_the_quote_s_own_categories_are_untouched() -> None:
    one = frame(*units(1), quote([0], [0], **FLIP))
    assert places(flag_features(one, story=STORY)) == [("NEGATION_FLIP", "x.en:q0", [0], [0])]
    speaker = quote([0, 1, 2], [0, 1], speaker_a="Putin", speaker_b="Буш", same_speaker=False)
    flags = flag_features(frame(*units(3), speaker), story=STORY)
    assert places(flags) == [("SPEAKER_CHANGED", "x.en:q0", [0, 1, 2], [0, 1])]


def test_a_two_sentence_unit_inside_the_quote_counts_as_one_place() -> None:
    two = row(pair_id="u0", sent_ids_a=[0, 1], sent_ids_b=[0], text_a="A. B.", text_b="А Б.")
    features = frame(two, quote([0, 1], [0], **FLIP))
    assert places(flag_features(features, story=STORY)) == [
        ("NEGATION_FLIP", "x.en:q0", [0, 1], [0])
    ]


@pytest.mark.model
def test_real_model_places_a_flip_on_its_sentence_of_a_long_quote(embedder) -> None:
    lines_en = [
        '"We will win the match on Sunday.',
        "The players have trained hard all week.",
        'The fans will be proud of them," the coach said.',
    ]
    lines_uk = [
        "«Ми не виграємо матч у неділю.",
        "Гравці наполегливо тренувалися весь тиждень.",
        "Вболівальники пишатимуться ними», — сказав тренер.",
    ]
    suite_row = {"id": "t1", "lang_pair": "en-uk", "text_en": "", "text_tgt": ""}
    features = drift_features(suite_row, embedder, lines=(lines_en, lines_uk))
    assert features.filter(kind="quote").height == 1  # one quote over the three sentences
    flags = flag_features(features, story=STORY).filter(category="NEGATION_FLIP")
    assert flags.select("sent_ids_a", "sent_ids_b").rows() == [([0], [0])]
    whole = flag_features(features, story=STORY, thresholds=OFF).filter(category="NEGATION_FLIP")
    assert whole.select("sent_ids_a", "sent_ids_b").rows() == [([0, 1, 2], [0, 1, 2])]


def test_unsupported_words_of_a_long_quote_are_dropped_even_at_equal_extent() -> None:
    # word counts were calibrated on sentence pairs; the units compared the same words
    dropped = {"unmatched_a": ["draw", "crowd", "push"], "unmatched_best_a": [0.2, 0.3, 0.1],
               "content_a": 6}  # fmt: skip
    features = frame(*units(3), quote([0, 1, 2], [0, 1, 2], **dropped))
    assert flag_features(features, story=STORY).is_empty()
    assert places(flag_features(features, story=STORY, thresholds=OFF)) == [
        ("WORDS_DROPPED", "x.en:q0", [0, 1, 2], [0, 1, 2])
    ]
    # ... but the same words in one unit of it put the flag there
    supported = frame(*units(3, u1=dropped), quote([0, 1, 2], [0, 1, 2], **dropped))
    assert places(flag_features(supported, story=STORY)) == [("WORDS_DROPPED", "x.en:q0", [1], [1])]


def test_a_sentence_with_no_counterpart_inside_the_quote_supports_it() -> None:
    # the Russian quote lacks the English quote's middle sentence: the words went with it
    dropped = {"unmatched_a": ["Russia", "European", "multi-ethnic"],
               "unmatched_best_a": [0.1, 0.2, 0.1], "content_a": 5}  # fmt: skip
    lone = row(kind="unpaired", pair_id="x0", sent_ids_a=[1], sent_ids_b=[],
               text_a="Russia is European and multi-ethnic.", text_b="", content_a=4)  # fmt: skip
    first = row(pair_id="u0", sent_ids_a=[0], sent_ids_b=[0])
    last = row(pair_id="u1", sent_ids_a=[2], sent_ids_b=[1])
    features = frame(first, lone, last, quote([0, 1, 2], [0, 1], **dropped))
    flags = flag_features(features, story=STORY)
    quoted = flags.filter(quote_id_a="x.en:q0")
    assert places(quoted) == [("WORDS_DROPPED", "x.en:q0", [1], [0, 1])]
    alone = flags.filter(pl.col("quote_id_a").is_null())
    assert alone["category"].to_list() == ["WORDS_DROPPED"]  # the sentence, as before


def test_words_opposed_across_two_sentences_of_a_quote_are_no_change_of_meaning() -> None:
    # "had to" in one sentence of the English quote, "вероятно" in another of the Russian
    opposed = {"modality_flip": ["may_must:had/вероятно"]}
    features = frame(*units(2), quote([0, 1], [0, 1], **opposed))
    assert flag_features(features, story=STORY).is_empty()
    placed = frame(*units(2, u1=opposed), quote([0, 1], [0, 1], **opposed))
    assert places(flag_features(placed, story=STORY)) == [("MEANING_CHANGED", "x.en:q0", [1], [1])]
