"""Fast tests of the quote table: story metadata, statements, ids, tables, HTML, key, CLI."""

from __future__ import annotations

import polars as pl
import pytest
from click.testing import CliRunner

from toolkit.cli import main
from toolkit.errors import InputError
from toolkit.statements import StoryMeta, cell_id, read_story_meta, statement_id
from toolkit.statements.clusters import components
from toolkit.statements.evaluate import compare_with_key, confusion, read_key
from toolkit.statements.html import quotes_table_html
from toolkit.statements.reference import split_label, transcript_statements
from toolkit.statements.story import check_reference
from toolkit.statements.table import (
    TABLE,
    attach_cell_decisions,
    outlet_summary,
    wide_table,
)

STORY = "texts/putin-bush-transcript-2001"


def _write(tmp_path, text: str):
    (tmp_path / "story.toml").write_text(text, encoding="utf-8")
    return tmp_path


def test_story_meta_of_the_test_story():
    meta = read_story_meta(STORY)
    assert meta.reference == "nsarchive.en"
    assert meta.reference_format == "transcript"
    assert meta.title.startswith("Putin asked Bush")


def test_story_meta_missing_file_gives_defaults(tmp_path):
    assert read_story_meta(tmp_path) == StoryMeta()


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("title = ", "not valid TOML"),
        ('refrence = "a.en"', "unknown key 'refrence'; valid: title, reference, reference_format"),
        ("title = 3", "title must be a string, got 3"),
        ('reference = "a.en"\nreference_format = "speech"', "unknown reference_format 'speech'"),
        ('reference = " "', "reference is empty"),
        ('reference_format = "transcript"', "reference_format is given but no reference"),
    ],
    ids=["toml", "unknown-key", "not-string", "format", "empty-ref", "format-without-ref"],
)
def test_story_meta_errors_name_the_file(tmp_path, text, message):
    folder = _write(tmp_path, text)
    with pytest.raises(InputError) as err:
        read_story_meta(folder)
    assert str(err.value).startswith(f"{folder / 'story.toml'}: ")
    assert message in str(err.value)
    assert "\n" not in str(err.value)


def test_unknown_reference_is_reported(tmp_path):
    meta = read_story_meta(_write(tmp_path, 'reference = "x.en"'))
    with pytest.raises(
        InputError, match=r"reference 'x.en' is not a version of the story; valid: a.en, b.uk"
    ):
        check_reference(meta, ["a.en", "b.uk"])
    override = StoryMeta().with_reference("y.en")
    with pytest.raises(InputError, match=r"^--reference: reference 'y.en'"):
        check_reference(override, ["a.en"])


def test_reference_option_overrides_and_resets_format():
    meta = read_story_meta(STORY)
    assert meta.with_reference(None) is meta
    assert meta.with_reference("nsarchive.en") is meta
    other = meta.with_reference("rbc-ukraine.en")
    assert (other.reference, other.reference_format) == ("rbc-ukraine.en", "article")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("President Putin: You said that.", ("President Putin", "You said that.")),
        ("Президент Путін: Ви сказали це.", ("Президент Путін", "Ви сказали це.")),
        ("Bush: Yes.", ("Bush", "Yes.")),
        ("The reasons: one, two.", ("The reasons", "one, two.")),
        (
            "A very long clause with many words before: a colon",
            (None, "A very long clause with many words before: a colon"),
        ),
        ("No label here.", (None, "No label here.")),
        ("1954: a year.", (None, "1954: a year.")),
    ],
    ids=["en", "uk", "short", "short-clause", "too-long", "none", "digit"],
)
def test_split_label(text, expected):
    assert split_label(text) == expected


def _sentences(version: str, rows: list[tuple[int, int, str]]) -> pl.DataFrame:
    from toolkit.schemas import SENTENCES

    return pl.DataFrame(
        [
            {"version": version, "sent_id": i, "para_id": p, "start": 0, "end": len(t),
             "orig_start": 0, "orig_end": len(t), "text": t}
            for i, (p, _, t) in enumerate(rows)
        ],
        schema=SENTENCES,
    )  # fmt: skip


def test_transcript_turns_are_statements():
    sents = _sentences(
        "ref.en",
        [
            (0, 0, "President Putin: Russia is not an enemy."),
            (1, 0, "President Bush: That's interesting."),
            (1, 0, "Tell me more."),
            (2, 0, "We will see."),
        ],
    )
    statements = transcript_statements(sents, version_id="ref.en", lang="en", story="s")
    assert [s.text for s in statements] == [
        "Russia is not an enemy.",
        "That's interesting. Tell me more.",
        "We will see.",
    ]
    assert [s.speaker_key for s in statements] == ["putin", "bush", "bush"]
    assert [[x.sent_id for x in s.sentences] for s in statements] == [[0], [1, 2], [3]]
    assert statements[1].statement_id == statement_id("s", "That's  interesting.\nTell me more.")


def test_ids_are_stable_and_whitespace_blind():
    assert statement_id("s", "a  b") == statement_id("s", " a b ")
    assert statement_id("s", "a b") != statement_id("t", "a b")
    assert statement_id("s", "a b").startswith("st-") and len(statement_id("s", "a")) == 15
    assert cell_id("s", "st-1", "v.en", "x  y") == cell_id("s", "st-1", "v.en", "x y")
    assert cell_id("s", "st-1", "v.en", "") != cell_id("s", "st-1", "w.en", "")


def test_components():
    assert components(["a", "b", "c", "d", "e"], [("e", "c"), ("c", "a"), ("x", "b")]) == [
        ["a", "c", "e"],
        ["b"],
        ["d"],
    ]


def _table() -> pl.DataFrame:
    rows = []
    cells = {
        (1, "ref.en"): ("faithful", []),
        (1, "b.uk"): ("distorted", ["NUMBER_CHANGED"]),
        (1, "c.ru"): ("absent", []),
        (2, "ref.en"): ("faithful", []),
        (2, "b.uk"): ("faithful", []),
        (2, "c.ru"): ("distorted", ["SPEAKER_CHANGED", "WORDS_DROPPED"]),
    }
    for (number, version), (status, categories) in cells.items():
        rows.append(
            {"statement_id": f"st-{number}", "number": number, "speaker": "Putin",
             "canonical": f"<statement {number}>", "version_id": version, "status": status,
             "categories": categories, "evidence": "numbers: 3 -> 4" if categories else "",
             "text": "" if status == "absent" else f"text & {number}", "form": None,
             "sent_ids": [], "quote_ids": [], "score": 0.9 if categories else None,
             "cell_id": f"c-{number}{version}"}
        )  # fmt: skip
    return pl.DataFrame(rows, schema=TABLE, orient="row")


def test_wide_table_and_summary():
    wide = wide_table(_table())
    assert wide.columns == [
        "statement",
        "statement_id",
        "speaker",
        "canonical",
        "ref.en",
        "b.uk",
        "c.ru",
    ]
    assert wide.row(0)[4:] == ("faithful", "NUMBER_CHANGED", "absent")
    assert wide.row(1)[4:] == ("faithful", "faithful", "SPEAKER_CHANGED+WORDS_DROPPED")
    summary = outlet_summary(_table(), versions=["c.ru", "b.uk", "ref.en"])
    assert summary.rows() == [
        ("c.ru", 2, 1, 0, 1, 1),
        ("b.uk", 2, 2, 1, 1, 0),
        ("ref.en", 2, 2, 2, 0, 0),
    ]


def test_review_decisions_apply_to_cells():
    decisions = pl.DataFrame(
        [
            {"flag_id": "c-1b.uk", "status": "confirmed", "note": None, "reviewer": "o",
             "time": "t1"},
            {"flag_id": "c-2c.ru", "status": "note", "note": "check", "reviewer": "p",
             "time": "t2"},
            {"flag_id": "c-unknown", "status": "dismissed", "note": None, "reviewer": "o",
             "time": "t3"},
        ]
    )  # fmt: skip
    reviewed = attach_cell_decisions(_table(), decisions)
    assert reviewed["status"].to_list() == _table()["status"].to_list()
    review = dict(zip(reviewed["cell_id"], reviewed["review"], strict=True))
    assert review["c-1b.uk"] == "confirmed"
    assert review["c-2c.ru"] == "noted"
    assert review["c-1ref.en"] == "unreviewed"


def test_html_uses_the_flag_classes_and_escapes():
    page = quotes_table_html(_table(), summary=outlet_summary(_table()))
    assert page.startswith('<section id="quote-table">') and page.endswith("</section>")
    assert '<span class="sev sev-high">NUMBER_CHANGED</span>' in page
    assert '<span class="st st-dismissed">faithful</span>' in page
    assert '<span class="empty">absent</span>' in page
    assert "&lt;statement 1&gt;" in page and "text &amp; 1" in page
    assert "<script" not in page


def test_key_comparison():
    key = read_key(f"{STORY}/expected-cells.csv")
    assert key.height == 64
    assert set(key["number"].to_list()) == set(range(1, 9))
    table = _table()
    small_key = pl.DataFrame(
        {"number": [1, 1, 1, 2], "version_id": ["ref.en", "b.uk", "c.ru", "c.ru"],
         "expected": ["faithful", "NUMBER_CHANGED", "faithful", "SPEAKER_CHANGED"]},
        schema={"number": pl.Int32, "version_id": pl.String, "expected": pl.String},
    )  # fmt: skip
    compared = compare_with_key(table, small_key)
    assert compared["match"].to_list() == [True, False, True, True]
    conf = confusion(compared)
    row = conf.filter(pl.col("expected") == "faithful").row(0, named=True)
    assert (row["cells"], row["matched"], row["instead"]) == (2, 1, ["absent"])


def test_bad_key_is_reported(tmp_path):
    bad = tmp_path / "key.csv"
    bad.write_text("statement,version,status\nX1,a.en,faithful\n", encoding="utf-8")
    with pytest.raises(InputError, match="statement 'X1' is not like S01"):
        read_key(bad)


def test_cli_reports_a_bad_story_toml(tmp_path):
    _write(tmp_path, "title = ")
    result = CliRunner().invoke(main, ["quotes-table", str(tmp_path)])
    assert result.exit_code == 2
    assert result.output.startswith(f"Error: {tmp_path / 'story.toml'}: not valid TOML")


def test_cli_unknown_reference(tmp_path):
    result = CliRunner().invoke(main, ["quotes-table", STORY, "--reference", "nope.en"])
    assert result.exit_code == 2
    assert "Error: --reference: reference 'nope.en' is not a version of the story" in result.output


def test_cli_help_has_an_example():
    result = CliRunner().invoke(main, ["quotes-table", "--help"])
    assert result.exit_code == 0
    assert "Example:" in result.output and "--reference" in result.output
