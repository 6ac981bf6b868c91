"""N-way tables and exports (JSONL, TMX 1.4, Vecalign lines, Parquet) with a fake embedder."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET

import polars as pl
import pytest
from align_fakes import FakeEmbedder

from toolkit.align import align_pair, align_versions, frame_from_lines
from toolkit.align.export import render_alignment, write_alignment
from toolkit.errors import InputError

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def story() -> dict[str, pl.DataFrame]:
    en = [f"s{i} english" for i in range(8)]
    uk = [f"s{i} українською" for i in range(8)]
    uk[3:5] = ["s3 та s4 українською"]  # a 2-1 bead
    ru = [f"s{i} по-русски" for i in range(8) if i != 6] + ["s99 лишнее"]
    return {
        "a.en": frame_from_lines(en, version="a.en"),
        "b.uk": frame_from_lines(uk, version="b.uk"),
        "c.ru": frame_from_lines(ru, version="c.ru"),
    }


def test_align_pair_reports_mode_and_stats() -> None:
    s = story()
    result = align_pair(s["a.en"], s["b.uk"], FakeEmbedder(), mode="auto")
    assert result.mode == "translation"
    assert "anchors" in result.mode_reason
    beads = result.beads.select("src_ids", "tgt_ids").rows()
    assert ([3, 4], [3]) in beads
    assert result.stats["texts_requested"] <= 2 * (8 + 7)
    assert result.similarity_preview(size=4).shape == (4, 4)


def test_nway_table_one_row_per_unit() -> None:
    table = align_versions(story(), FakeEmbedder(), mode="translation")
    assert table.columns[:4] == ["unit_id", "a.en.sent_ids", "a.en.text", "a.en.score"]
    rows = table.select("a.en.sent_ids", "b.uk.sent_ids", "c.ru.sent_ids").rows()
    assert ([3, 4], [3], [3, 4]) in rows
    assert ([6], [5], []) in rows
    assert ([], [], [7]) in rows  # the unrelated Russian sentence is its own unit
    covered = sorted(i for ids in table["c.ru.sent_ids"].to_list() for i in ids)
    assert covered == list(range(8))


def test_pivot_must_be_a_version() -> None:
    with pytest.raises(InputError, match=r"unknown pivot 'x\.de'; valid: a\.en, b\.uk, c\.ru"):
        align_versions(story(), FakeEmbedder(), pivot="x.de")


def test_same_input_same_output() -> None:
    first = render_alignment(align_versions(story(), FakeEmbedder()), "jsonl")
    assert first == render_alignment(align_versions(story(), FakeEmbedder()), "jsonl")


def test_tmx_is_valid_tmx_14() -> None:
    text = render_alignment(align_versions(story(), FakeEmbedder()), "tmx")
    root = ET.fromstring(text.encode("utf-8"))
    assert root.tag == "tmx" and root.get("version") == "1.4"
    header = root.find("header")
    for attr in (
        "creationtool",
        "creationtoolversion",
        "segtype",
        "o-tmf",
        "adminlang",
        "srclang",
        "datatype",
    ):
        assert header.get(attr)
    tus = root.findall("body/tu")
    assert tus
    for tu in tus:
        tuvs = tu.findall("tuv")
        assert len(tuvs) >= 2
        assert all(t.get(XML_LANG) in {"en", "uk", "ru"} and t.find("seg").text for t in tuvs)


def test_jsonl_and_vecalign() -> None:
    s = story()
    two = align_versions({"a.en": s["a.en"], "b.uk": s["b.uk"]}, FakeEmbedder())
    lines = render_alignment(two, "vecalign").splitlines()
    assert "[3, 4]:[3]" in lines and lines[0] == "[0]:[0]"
    record = json.loads(render_alignment(two, "jsonl").splitlines()[0])
    assert record["a.en"]["sent_ids"] == [0] and record["b.uk"]["text"] == "s0 українською"
    with pytest.raises(InputError, match="vecalign format needs exactly two versions, got 3"):
        render_alignment(align_versions(s, FakeEmbedder()), "vecalign")


def test_parquet_round_trip(tmp_path) -> None:
    table = align_versions(story(), FakeEmbedder())
    write_alignment(table, tmp_path / "a.parquet", fmt="parquet")
    assert pl.read_parquet(tmp_path / "a.parquet").equals(table)


def test_empty_version_is_a_clear_error() -> None:
    s = story()
    with pytest.raises(InputError, match=r"b\.uk: no sentences to align"):
        align_versions({"a.en": s["a.en"], "b.uk": s["b.uk"].clear()}, FakeEmbedder())
    empty = frame_from_lines([], version="b.uk")
    with pytest.raises(InputError, match="no sentences to align"):
        align_pair(s["a.en"], empty, FakeEmbedder())


def test_one_sentence_versions() -> None:
    one = frame_from_lines(["s1 one"], version="a.en")
    other = frame_from_lines(["s1 один"], version="b.uk")
    result = align_pair(one, other, FakeEmbedder())
    assert result.beads.select("src_ids", "tgt_ids").rows() == [([0], [0])]


def test_tmx_stays_well_formed_whatever_a_sentence_holds() -> None:
    """Characters XML forbids (a control character, U+FFFF) become U+FFFD in the TMX;
    markup characters are escaped and come back as written."""
    en = frame_from_lines(['s0 <b> & "c" \x01 d \uffff', "s1 two"], version="a.en")
    uk = frame_from_lines(["s0 <b> & «в»", "s1 два"], version="b.uk")
    text = render_alignment(align_versions({"a.en": en, "b.uk": uk}, FakeEmbedder()), "tmx")
    segs = [s.text for s in ET.fromstring(text.encode("utf-8")).iter("seg")]
    assert segs == ['s0 <b> & "c" \ufffd d \ufffd', "s0 <b> & «в»", "s1 two", "s1 два"]
