"""A quote whose translation lost a quote mark is not unquoted (toolkit.quotes.marks
stray_marks, compare's stray_marks column, Thresholds.dequote_needs_paired_marks); a short
quote with no speaker is a term (Thresholds.quote_needs_speaker_or_length)."""

from __future__ import annotations

import pytest

from toolkit.divergence_eval import _token_embedder, drift_features
from toolkit.flag import DEFAULT_THRESHOLDS, _unpaired, flag_features
from toolkit.quotes.marks import stray_marks


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Джерело повідомило: «Truly, без сумніву, був пріоритетом. Він мав стати.", 1),
        ("Нам пощастило, що він забив гол у цей момент».", 1),
        ('"Я подумав, що так, – заявив Флейк, і комітет "розвалюється" на фоні.', 1),
        ("Він сказав: «Так, „Нафтогаз“ готовий».", 0),
        ('The players\' union said "no".', 0),
        ("Без лапок.", 0),
        ("«Раз» і «два».", 0),
    ],
)
def test_stray_marks_counts_the_double_marks_nothing_pairs(text: str, count: int) -> None:
    assert stray_marks(text) == count


def _row(stray: int | None, coverage: float = 1.0) -> dict:
    return {"kind": "unpaired", "quote_id_a": "x.en:q0", "quote_id_b": None,
            "text_a": "We were lucky he scored.", "text_b": "Нам пощастило, що він забив».",
            "content_a": 4, "unmatched_a": [] if coverage else ["lucky", "scored"],
            "similarity": 0.9, "stray_marks": stray, "version_b": "x.uk"}  # fmt: skip


def test_a_stray_mark_on_the_other_side_stops_dequoted_but_not_quote_missing() -> None:
    t = DEFAULT_THRESHOLDS
    assert [f.category for f in _unpaired(_row(0), t)] == ["DEQUOTED"]
    assert list(_unpaired(_row(1), t)) == []
    off = t.replace(dequote_needs_paired_marks=False)
    assert [f.category for f in _unpaired(_row(1), off)] == ["DEQUOTED"]
    assert [f.category for f in _unpaired(_row(1, coverage=0.0), t)] == ["QUOTE_MISSING"]


# NTREX-128 newstest2019 lines 85-89 (CC BY-SA 4.0): the Ukrainian reference opens the
# source's quote with « and never closes it
EN = [
    "A source said: \"Truly was by far the top of Holly's priorities.",
    "It was going to be her long-term future that would see her through the next couple of "
    "decades.",
    "Her decision to pull out left everyone involved absolutely stunned.",
    "Nobody could believe what was happening on Tuesday, it was so close to the launch.",
    'There is a warehouse full of goods at the Marlow HQ which are ready to be sold."',
]
UK = [
    "Джерело повідомило: «Truly, без сумніву, був головним пріоритетом Холлі.",
    "Він мав стати її довгостроковим майбутнім на наступні кілька десятиліть.",
    "Рішення Уіллоубі вийти з бізнесу приголомшило всі зацікавленні сторони.",
    "Ніхто не міг повірити в те, що відбувалося у вівторок, майже напередодні запуску.",
    "У штаб-квартирі в Марлоу повний склад речей, готових до продажу.",
]


def test_a_translation_that_drops_the_closing_mark_is_not_flagged_dequoted(embedder) -> None:
    row = {"id": "truly", "lang_pair": "en-uk"}
    features = drift_features(row, embedder, tokens=_token_embedder(embedder), lines=(EN, UK))
    unpaired = features.filter(
        features["quote_id_a"].is_not_null() & features["kind"].eq("unpaired")
    )
    assert unpaired.height == 1 and unpaired["stray_marks"].to_list() == [1]

    def categories(**changes: object) -> list[str]:
        flags = flag_features(features, story="s", thresholds=DEFAULT_THRESHOLDS.replace(**changes))
        return flags["category"].to_list()

    assert "DEQUOTED" not in categories()
    assert "DEQUOTED" in categories(dequote_needs_paired_marks=False)


def _fragment(text: str, speaker: str | None) -> dict:
    return {"kind": "unpaired", "quote_id_a": None, "quote_id_b": "x.uk:q0",
            "text_a": "In Welsh twp means daft and pwp means poo.", "text_b": text,
            "content_b": len(text.split()), "unmatched_b": [], "similarity": 0.9,
            "speaker_b": speaker, "stray_marks": 0, "version_a": "x.en"}  # fmt: skip


def test_a_short_quote_with_no_speaker_is_a_term_not_speech() -> None:
    """Thresholds.quote_needs_speaker_or_length: «тупица» (a quoted word) gets no quote flag;
    the same words with a speaker, or a longer quote, do."""
    t = DEFAULT_THRESHOLDS
    assert list(_unpaired(_fragment("тупица", None), t)) == []
    assert list(_unpaired(_fragment("only dire need", None), t)) == []
    said = [f.category for f in _unpaired(_fragment("only dire need", "Putin"), t)]
    assert said == ["PARAPHRASE_AS_QUOTE"]
    longer = [f.category for f in _unpaired(_fragment("twp means daft and pwp poo", None), t)]
    assert longer == ["PARAPHRASE_AS_QUOTE"]
    off = t.replace(quote_needs_speaker_or_length=False)
    assert [f.category for f in _unpaired(_fragment("тупица", None), off)] == [
        "PARAPHRASE_AS_QUOTE"
    ]


def test_a_name_or_title_in_quotes_is_no_quote_whoever_says_it() -> None:
    """Thresholds.quote_not_title (rules6): «Сент-Міррен», "60 Minutes" and «Гамільтон
    Академікал» are names in quotes, even in a sentence with a speaker; "good guy" is not."""
    from toolkit.flag import is_title

    t = DEFAULT_THRESHOLDS
    for name in ("Сент-Міррен", "Гамільтон Академікал", "60 Minutes", "The Rachel Maddow Show"):
        assert is_title(name)
        assert list(_unpaired(_fragment(name, "Ross"), t)) == []
    for words in ("good guy", "Yes", "Клайд", "Because he makes me laugh"):
        assert not is_title(words)
    said = [f.category for f in _unpaired(_fragment("good guy", "Ronaldo"), t)]
    assert said == ["PARAPHRASE_AS_QUOTE"]
    off = t.replace(quote_not_title=False)
    assert [f.category for f in _unpaired(_fragment("Сент-Міррен", "Ross"), off)] == [
        "PARAPHRASE_AS_QUOTE"
    ]
