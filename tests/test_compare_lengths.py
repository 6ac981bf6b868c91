"""length_shortfall (toolkit.compare.lengths) and the WORDS_DROPPED rule that can use it."""

from __future__ import annotations

import math

import pytest
from test_flag import categories, row

from toolkit.compare.features import compare_texts
from toolkit.compare.lengths import LOG_CHARS, length_shortfall
from toolkit.flag import DEFAULT_THRESHOLDS, find_divergences


def test_shortfall_is_the_expected_minus_the_actual_log_length_ratio() -> None:
    assert length_shortfall("abcd", "en", "abcd", "en") == 0.0
    # a Ukrainian translation as long as its English source is shorter than usual
    assert length_shortfall("abcd", "en", "abcd", "uk") == pytest.approx(LOG_CHARS["uk"])
    assert length_shortfall("a" * 10, "en", "a" * 5, "ru") == pytest.approx(
        LOG_CHARS["ru"] + math.log(2), abs=1e-6
    )
    # longer than usual: negative; and the other way round the sign turns
    assert length_shortfall("a" * 10, "uk", "a" * 20, "en") < 0
    assert length_shortfall("  abcd  ", "en", "abcd", "en") == 0.0


@pytest.mark.parametrize(
    ("a", "lang_a", "b", "lang_b"),
    [("", "en", "abc", "uk"), ("abc", "en", "   ", "uk"), ("abc", "de", "abc", "en")],
)
def test_no_shortfall_without_text_or_a_typical_length(
    a: str, lang_a: str, b: str, lang_b: str
) -> None:
    assert length_shortfall(a, lang_a, b, lang_b) is None


def test_compare_stores_the_shortfall() -> None:
    features = compare_texts("Clean water is scarce.", "en", "Води немає.", "uk")
    assert features.length_shortfall == pytest.approx(0.742, abs=1e-3)
    assert features.record()["length_shortfall"] == features.length_shortfall


def short_drop(shortfall: float | None) -> dict[str, object]:
    """Two English content words of twelve unmatched (share below the 0.3 rule), no run."""
    return row(
        content_a=12,
        unmatched_a=["epicenter", "quake"],
        unmatched_best_a=[0.3, 0.4],
        unmatched_run_a=1,
        length_shortfall=shortfall,
    )


def test_a_short_translation_with_unmatched_words_is_words_dropped_when_switched_on() -> None:
    assert categories(short_drop(0.5)) == []  # off by default
    on = DEFAULT_THRESHOLDS.replace(words_min_shortfall=0.35)
    found = find_divergences(short_drop(0.5), on)
    assert [(f.category, f.score, f.evidence) for f in found] == [
        ("WORDS_DROPPED", 0.55, "words dropped: epicenter, quake; 39% shorter than usual")
    ]
    assert find_divergences(short_drop(0.3), on) == []
    assert find_divergences(short_drop(None), on) == []
    one_word = short_drop(0.5) | {"unmatched_a": ["quake"], "unmatched_best_a": [0.4]}
    assert find_divergences(one_word, on) == []


def test_a_long_translation_never_counts_as_words_added_by_length() -> None:
    on = DEFAULT_THRESHOLDS.replace(words_min_shortfall=0.35)
    added = row(content_b=12, unmatched_b=["tonight", "online"], unmatched_best_b=[0.3, 0.4],
                length_shortfall=-0.6)  # fmt: skip
    assert find_divergences(added, on) == []
    # nor do unmatched words of a second text that is itself short
    short_b = added | {"length_shortfall": 0.6}
    assert find_divergences(short_b, on) == []
