"""Golden tests for quote extraction: every quote style, en/uk/ru, nesting, dashes, titles."""

from __future__ import annotations

import polars as pl
import pytest

from toolkit.errors import InputError
from toolkit.quotes import QUOTES_SIGNATURE, extract_quotes
from toolkit.quotes.pairing import PairParams
from toolkit.schemas import QUOTES, SENTENCES


def quotes(text: str, lang: str) -> pl.DataFrame:
    return extract_quotes(text, lang, [(0, len(text))], version_id=f"t.{lang}")


def spans(text: str, lang: str) -> list[str]:
    return quotes(text, lang)["text"].to_list()


# (text, lang, expected quoted texts in document order)
STYLES = [
    ('"We are ready," he said.', "en", ["We are ready"]),
    ("“We are ready,” he said.", "en", ["We are ready"]),
    ("‘We are ready,’ he said.", "en", ["We are ready"]),
    ("He said that ''only dire need'' could force them.", "en", ["only dire need"]),
    ("``We are ready,'' he said.", "en", ["We are ready"]),
    ("«Ми готові», — заявив він.", "uk", ["Ми готові"]),
    ("„Ми готові“, — заявив він.", "uk", ["Ми готові"]),
    ("„Мы готовы”, — заявил он.", "ru", ["Мы готовы"]),
    ("‚Мы готовы‘, — заявил он.", "ru", ["Мы готовы"]),
    ('Він сказав: "Ми готові".', "uk", ["Ми готові"]),
    ("Он сказал: «Мы готовы».", "ru", ["Мы готовы"]),
    ("The deal is “almost done”.", "en", ["almost done"]),
]
STYLE_IDS = [
    "en-straight",
    "en-curly",
    "en-single",
    "en-two-apostrophes",
    "en-latex",
    "uk-guillemets",
    "uk-low-high",
    "ru-low-right",
    "ru-low-single",
    "uk-straight-colon",
    "ru-colon",
    "en-scare",
]


@pytest.mark.parametrize(("text", "lang", "expected"), STYLES, ids=STYLE_IDS)
def test_quote_styles(text: str, lang: str, expected: list[str]) -> None:
    assert spans(text, lang) == expected


def test_span_offsets_exclude_marks_and_trailing_comma() -> None:
    text = "“We are ready,” the minister said."
    row = quotes(text, "en").row(0, named=True)
    assert text[row["start"] : row["end"]] == "We are ready"


def test_nested_quotes_get_parent() -> None:
    text = "«Міністр сказав нам: „Усе під контролем“, але це не так», — заявив Ткаченко."
    frame = quotes(text, "uk")
    assert frame["text"].to_list() == [
        "Міністр сказав нам: „Усе під контролем“, але це не так",
        "Усе під контролем",
    ]
    assert frame["parent"].to_list() == [None, "t.uk:q0"]
    assert frame["speaker_key"].to_list() == ["tkachink", None]


def test_english_nested_single_inside_double() -> None:
    text = "“The minister told us, ‘Everything is fine,’ but it is not,” Tkachenko said."
    frame = quotes(text, "en")
    assert frame["text"].to_list()[1] == "Everything is fine"
    assert frame["parent"].to_list() == [None, "t.en:q0"]


def test_multi_sentence_quote_has_all_sentence_ids() -> None:
    text = '"First point. Second point. Third point," Bush said. Then he left.'
    sents = [(0, 14), (15, 28), (29, 52), (53, 66)]
    row = extract_quotes(text, "en", sents, version_id="t.en").row(0, named=True)
    assert row["sent_ids"] == [0, 1, 2]
    assert row["speaker_key"] == "bush"


def test_sentences_frame_accepted() -> None:
    text = "«Так», — сказав Буш."
    frame = pl.DataFrame(
        [("t.uk", 7, 0, 0, len(text), 0, len(text), text)], schema=SENTENCES, orient="row"
    )
    assert extract_quotes(text, "uk", frame, version_id="t.uk")["sent_ids"].to_list() == [[7]]


@pytest.mark.parametrize(
    ("text", "lang", "parts"),
    [
        ("«Мы готовы, — сказал Лавров, — к переговорам».", "ru", "Мы готовы к переговорам"),
        ("«Ми готові, — сказав Кулеба. — Але не зараз».", "uk", "Ми готові Але не зараз"),
        ('"We are ready," Kuleba said, "to talk."', "en", "We are ready to talk."),
        ("«Мы готовы», — сказал Лавров, — «к переговорам».", "ru", "Мы готовы к переговорам"),
    ],
    ids=["ru-inside-marks", "uk-inside-marks-period", "en-two-pairs", "ru-two-pairs"],
)
def test_interrupted_quote_is_one_quote(text: str, lang: str, parts: str) -> None:
    frame = quotes(text, lang)
    assert frame.height == 1
    assert frame["text"][0] == parts
    assert frame["speaker_key"][0] in ("lavrov", "kulib")
    assert frame["cue"][0].startswith("verb:")


def test_dash_dialogue_lines() -> None:
    text = (
        "Мэр Виталий Клименко ответил на вопросы.\n\n"
        "— Мы справимся, — сказал Клименко. — Зима будет трудной.\n\n"
        "— А бюджет?\n\n"
        "— Бюджета хватит."
    )
    frame = quotes(text, "ru")
    assert frame["text"].to_list() == [
        "Мы справимся Зима будет трудной.",
        "А бюджет?",
        "Бюджета хватит.",
    ]
    assert frame["cue"].to_list() == ["verb:сказал", "dash", "dash"]
    # dialogue lines alternate: the question is the interviewer's, the answer the mayor's
    assert frame["speaker_key"].to_list() == ["klimink", None, "klimink"]


def test_english_dash_lines_are_not_dialogue() -> None:
    assert quotes("- first item\n- second item", "en").height == 0


@pytest.mark.parametrize(
    ("text", "lang", "kinds"),
    [
        ("Державна компанія «Нафтогаз» підготувала пропозиції.", "uk", ["title"]),
        ('Critics compared it with "Servant of the People", the comedy.', "en", ["title"]),
        ("Партія «Слуга народу» отримала більшість.", "uk", ["title"]),
        (
            "Тренер «Динамо» Олег Савчук заявил, что команда «заслуживала большего».",
            "ru",
            ["title", "speech"],
        ),
        ('"Yes," he said.', "en", ["speech"]),
        ("Путін: «Росія не ворог»", "uk", ["speech"]),
        ("the series “Frontline Diaries” returns", "en", ["title"]),
    ],
    ids=[
        "uk-company",
        "en-series",
        "uk-party",
        "ru-club-and-speech",
        "en-short-speech",
        "uk-headline-colon",
        "en-series-curly",
    ],
)
def test_titles_are_not_speech(text: str, lang: str, kinds: list[str]) -> None:
    frame = quotes(text, lang)
    assert frame["kind"].to_list() == kinds
    assert frame.filter(pl.col("kind") == "title")["speaker"].null_count() == (kinds.count("title"))


def test_fragment_marks_three_words_or_fewer() -> None:
    text = 'He called it "a big mistake" and added: "We will not accept this at all."'
    assert quotes(text, "en")["fragment"].to_list() == [True, False]


@pytest.mark.parametrize(
    "text",
    ["", "No quotes here at all.", '"', '"""', "«««", "»»» «", "“", "''", "„ “", "— ", "\n\n"],
    ids=[
        "empty",
        "none",
        "one",
        "three",
        "open-only",
        "close-open",
        "curly",
        "apos",
        "empty-pair",
        "dash-only",
        "newlines",
    ],
)
def test_degenerate_inputs_give_a_frame(text: str) -> None:
    for lang in ("en", "uk", "ru"):
        frame = quotes(text, lang)
        assert frame.schema == pl.Schema(QUOTES)
        assert frame.height == 0


def test_quotes_only() -> None:
    frame = quotes("«Так.»", "uk")
    assert frame["text"].to_list() == ["Так."]
    assert frame["speaker"].to_list() == [None]


def test_stray_marks_are_skipped() -> None:
    text = 'He said "yes and then left. Later she said "no," firmly.'
    frame = quotes(text, "en")
    assert all(text[s:e] == t for s, e, t in frame.select("start", "end", "text").iter_rows())


def test_apostrophes_inside_words_are_not_quotes() -> None:
    assert spans("Russia's leader said it's “fine” and didn’t elaborate.", "en") == ["fine"]
    assert spans("Він сказав, що п'ять «досить».", "uk") == ["досить"]


def test_quote_ids_and_schema() -> None:
    frame = quotes("«A», — сказав Буш. «B», — сказав Путін.", "uk")
    assert frame.schema == pl.Schema(QUOTES)
    assert frame["quote_id"].to_list() == ["t.uk:q0", "t.uk:q1"]
    assert frame["version"].unique().to_list() == ["t.uk"]


def test_same_input_same_output() -> None:
    text = "«Ми готові», — заявив Путін. “Fine,” Bush said."
    assert quotes(text, "uk").equals(quotes(text, "uk"))


def test_unknown_language_is_an_input_error() -> None:
    with pytest.raises(InputError, match="unknown language 'de'; valid: en, uk, ru"):
        quotes("x", "de")


def test_signature_names_the_parts() -> None:
    assert QUOTES_SIGNATURE.startswith("marks+dash+rules40+pymorphy3@")
    assert ",frag<=3," in QUOTES_SIGNATURE
    assert QUOTES_SIGNATURE.endswith(PairParams().fragment())
    assert PairParams(min_margin_same=0.9).fragment() != PairParams().fragment()


def test_title_noun_after_the_marks() -> None:
    text = 'According to prosecutors, he took funds from the "Clean City" programme.'
    assert quotes(text, "en")["kind"].to_list() == ["title"]


def test_quote_over_a_wrapped_line_stays_whole() -> None:
    text = "«Ми готові підписати угоду,\nщойно партнери будуть готові», — сказала Ковальчук."
    frame = quotes(text, "uk")
    assert frame["text"].to_list() == ["Ми готові підписати угоду,\nщойно партнери будуть готові"]
    assert frame["speaker_key"].to_list() == ["kovalchuk"]


def test_quotes_do_not_cross_paragraphs() -> None:
    assert spans('He said "yes.\n\nThen "no" came.', "en") == ["no"]


def test_paragraph_continued_quote() -> None:
    # one quotation over two paragraphs (left open, reopened): one quote in two parts
    text = "«Перший абзац промови.\n\n«Другий абзац», — сказав Путін."
    frame = quotes(text, "uk")
    assert frame["text"].to_list() == ["Перший абзац промови. Другий абзац"]
    assert frame["speaker_key"].to_list() == ["putin"]
