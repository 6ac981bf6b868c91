"""Vecalign/Bertalign-style scores against hand-computed examples."""

from __future__ import annotations

import pytest
from align_fakes import FakeEmbedder

from toolkit.align.evalfiles import evaluate_folders, read_lines
from toolkit.align.evaluate import parse_beads, score
from toolkit.errors import InputError

GOLD = "[0]:[0]\n[1]:[1, 2]\n[2]:[]\n[3]:[3]\n"
TEST = "[0]:[0]\n[1]:[1]\n[]:[2]\n[2]:[]\n[3]:[3]\n"


def test_parse_beads() -> None:
    assert parse_beads(GOLD) == [((0,), (0,)), ((1,), (1, 2)), ((2,), ()), ((3,), (3,))]


def test_parse_beads_rejects_garbage() -> None:
    with pytest.raises(InputError, match="line 2 is not an alignment"):
        parse_beads("[0]:[0]\n0-1\n", name="g.txt")


def test_hand_computed_scores() -> None:
    # precision over all 5 test beads: strict hits [0]:[0], [2]:[], [3]:[3]; lax adds [1]:[1]
    # recall over gold beads with both sides (3) vs test beads with both sides: strict 2, lax 3
    result = score([parse_beads(GOLD)], [parse_beads(TEST)])
    assert result["strict"]["precision"] == pytest.approx(3 / 5)
    assert result["strict"]["recall"] == pytest.approx(2 / 3)
    assert result["strict"]["f1"] == pytest.approx(2 * 0.6 * (2 / 3) / (0.6 + 2 / 3))
    assert result["lax"]["precision"] == pytest.approx(4 / 5)
    assert result["lax"]["recall"] == pytest.approx(1.0)
    assert result["lax"]["f1"] == pytest.approx(2 * 0.8 / 1.8)
    by_type = result["by_type"]
    assert by_type["1-1"] == {"gold": 2, "test": 3, "correct": 2, "precision": 2 / 3, "recall": 1.0}
    assert by_type["1-2"]["gold"] == 1 and by_type["1-2"]["correct"] == 0
    assert by_type["1-0"]["correct"] == 1 and by_type["0-1"]["test"] == 1


def test_counts_are_pooled_over_documents() -> None:
    perfect = parse_beads(GOLD)
    result = score([perfect, parse_beads(GOLD)], [perfect, parse_beads(TEST)])
    assert result["strict"]["precision"] == pytest.approx((4 + 3) / (4 + 5))
    assert result["documents"] == 2


def test_f1_interval_resamples_the_documents() -> None:
    perfect, poor = parse_beads(GOLD), parse_beads(TEST)
    docs = [perfect] * 6 + [parse_beads(GOLD)] * 6
    result = score(docs, [perfect] * 6 + [poor] * 6)
    lo, hi = result["strict"]["f1_interval"]
    assert lo < result["strict"]["f1"] < hi < 1.0
    only_perfect = score([perfect] * 6, [perfect] * 6)["strict"]["f1_interval"]
    assert only_perfect == (1.0, 1.0)


def test_perfect_and_empty() -> None:
    gold = parse_beads(GOLD)
    assert score([gold], [gold])["strict"]["f1"] == 1.0
    assert score([gold], [[]])["strict"]["f1"] == 0.0


def test_document_count_mismatch() -> None:
    with pytest.raises(InputError, match="1 gold documents but 0 test documents"):
        score([[]], [])


def test_read_lines_strips_parice_index(tmp_path) -> None:
    path = tmp_path / "doc.txt"
    path.write_text("0\tFirst sentence.\n1\tSecond one\n\n", encoding="utf-8")
    assert read_lines(path) == ["First sentence.", "Second one"]


def test_three_files_are_one_document(tmp_path) -> None:
    (tmp_path / "dev.de").write_text("s1 a\ns2 b\ns3 c\n", encoding="utf-8")
    (tmp_path / "dev.fr").write_text("s1 x\ns2 y\ns3 z\n", encoding="utf-8")
    (tmp_path / "dev.defr").write_text("[0]:[0]\n[1]:[1]\n[2]:[2]\n", encoding="utf-8")
    result = evaluate_folders(
        tmp_path / "dev.de", tmp_path / "dev.fr", tmp_path / "dev.defr", FakeEmbedder()
    )
    assert result["documents"] == 1
    assert result["strict"]["f1"] == 1.0


@pytest.mark.parametrize(
    ("gold", "message"),
    [
        ("[0]:[0]\n[]:[]\n", "bead 2 is empty ([]:[])"),
        ("\n", "no alignments (lines like [0]:[1, 2])"),
    ],
)
def test_a_gold_file_that_cannot_be_an_alignment_is_one_error(
    tmp_path, gold: str, message: str
) -> None:
    """Gold beads are checked before anything is aligned: an empty bead, or no bead at
    all."""
    (tmp_path / "dev.de").write_text("s1 a\ns2 b\ns3 c\n", encoding="utf-8")
    (tmp_path / "dev.fr").write_text("s1 x\ns2 y\ns3 z\n", encoding="utf-8")
    (tmp_path / "dev.defr").write_text(gold, encoding="utf-8")
    with pytest.raises(InputError) as caught:
        evaluate_folders(
            tmp_path / "dev.de", tmp_path / "dev.fr", tmp_path / "dev.defr", FakeEmbedder()
        )
    assert str(caught.value).startswith(f"{tmp_path / 'dev.defr'}: {message}")


def test_eval_paths_name_what_is_wrong_with_them(tmp_path) -> None:
    """A missing path, files mixed with folders, an empty source: each names its file."""
    (tmp_path / "a.txt").write_text("s1 a\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("s1 x\n", encoding="utf-8")
    (tmp_path / "empty.txt").write_text("\n", encoding="utf-8")
    (tmp_path / "gold").mkdir()
    (tmp_path / "g.txt").write_text("[0]:[0]\n", encoding="utf-8")
    cases = [
        ((tmp_path / "nope", tmp_path / "b.txt", tmp_path / "g.txt"), "no such file or folder"),
        ((tmp_path / "a.txt", tmp_path / "b.txt", tmp_path / "gold"), "give three files"),
        ((tmp_path / "empty.txt", tmp_path / "b.txt", tmp_path / "g.txt"), "no sentences"),
    ]
    for paths, message in cases:
        with pytest.raises(InputError) as caught:
            evaluate_folders(*paths, FakeEmbedder())
        assert message in str(caught.value)


def test_a_gold_id_out_of_range_is_a_warning_and_scored_as_given(tmp_path) -> None:
    """Published gold has such ids (ParIce's u_1.txt names source sentence 41 of 41): the
    evaluation warns, names the file and bead, and scores the bead as a miss."""
    (tmp_path / "dev.de").write_text("s1 a\ns2 b\ns3 c\n", encoding="utf-8")
    (tmp_path / "dev.fr").write_text("s1 x\ns2 y\ns3 z\n", encoding="utf-8")
    (tmp_path / "dev.defr").write_text("[0]:[0]\n[1]:[1]\n[7]:[2]\n", encoding="utf-8")
    result = evaluate_folders(
        tmp_path / "dev.de", tmp_path / "dev.fr", tmp_path / "dev.defr", FakeEmbedder()
    )
    assert result["gold_warnings"] == [
        f"{tmp_path / 'dev.defr'}: bead 3 names source sentence 7, but the source has 3 "
        "(ids 0 to 2); scored as given"
    ]
    assert result["strict"]["recall"] < 1.0


def test_every_gold_file_is_checked_before_any_document_is_aligned(tmp_path) -> None:
    """A bad gold file among several stops the evaluation before the first alignment."""

    class NoEncoding:
        def __init__(self) -> None:
            self.stats: dict = {}

        def encode(self, texts):
            raise AssertionError("aligned before every gold file was checked")

    for folder in ("src", "tgt", "gold"):
        (tmp_path / folder).mkdir()
    for name, gold in (("a", "[0]:[0]\n"), ("b", "[]:[]\n")):
        (tmp_path / "src" / name).write_text("s1 a\n", encoding="utf-8")
        (tmp_path / "tgt" / name).write_text("s1 x\n", encoding="utf-8")
        (tmp_path / "gold" / name).write_text(gold, encoding="utf-8")
    with pytest.raises(InputError, match="bead 1 is empty"):
        evaluate_folders(tmp_path / "src", tmp_path / "tgt", tmp_path / "gold", NoEncoding())
