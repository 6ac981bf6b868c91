"""`toolkit align` and `toolkit eval align` through click's CliRunner, with a fake embedder."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET

import pytest
from align_fakes import FakeEmbedder
from click.testing import CliRunner

import toolkit.embed
from toolkit.cli import main


@pytest.fixture(autouse=True)
def fake_embedder(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(
        toolkit.embed, "load_embedder", lambda model=None, *, quiet=False: FakeEmbedder()
    )


def write_story(folder, *, uk_lines=None):
    en = folder / "a.en.txt"
    uk = folder / "b.uk.txt"
    en.write_text(
        " ".join(f"S{i} s{i} said the minister." for i in range(6)) + "\n", encoding="utf-8"
    )
    body = uk_lines if uk_lines is not None else [f"S{i} s{i} сказав міністр." for i in range(6)]
    uk.write_text(" ".join(body) + "\n", encoding="utf-8")
    return en, uk


def test_align_table_and_mode_on_stderr(tmp_path) -> None:
    en, uk = write_story(tmp_path)
    result = CliRunner().invoke(main, ["align", str(en), str(uk), "--format", "json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert [r["a.en.sent_ids"] for r in rows] == [[i] for i in range(6)]
    assert "a.en -> b.uk: mode translation" in result.stderr


def test_align_tmx_out(tmp_path) -> None:
    en, uk = write_story(tmp_path)
    out = tmp_path / "story.tmx"
    result = CliRunner().invoke(
        main, ["align", str(en), str(uk), "--format", "tmx", "--out", str(out), "-q"]
    )
    assert result.exit_code == 0, result.output
    assert ET.parse(out).getroot().get("version") == "1.4"


def test_align_needs_two_files(tmp_path) -> None:
    en, _ = write_story(tmp_path)
    result = CliRunner().invoke(main, ["align", str(en)])
    assert result.exit_code == 2
    assert "Error: need at least two version files to align" in result.output


def test_align_refuses_one_version_given_twice(tmp_path) -> None:
    """Two files of one outlet and language would give one version id two columns."""
    en, _ = write_story(tmp_path)
    twin = tmp_path / "copy" / "a.en.txt"
    twin.parent.mkdir()
    twin.write_text("Another sentence here.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["align", str(en), str(twin)])
    assert result.exit_code == 2
    assert result.output == f"Error: {twin}: version id 'a.en' given twice (also {en})\n"


def test_align_empty_document(tmp_path) -> None:
    en, uk = write_story(tmp_path, uk_lines=[])
    uk.write_text("", encoding="utf-8")
    result = CliRunner().invoke(main, ["align", str(en), str(uk)])
    assert result.exit_code != 0
    assert result.output.startswith("Error: ") and "Traceback" not in result.output


def test_align_parquet_needs_out(tmp_path) -> None:
    en, uk = write_story(tmp_path)
    result = CliRunner().invoke(main, ["align", str(en), str(uk), "--format", "parquet"])
    assert result.exit_code == 2
    assert "--format parquet needs --out FILE" in result.output


def test_eval_align_json(tmp_path) -> None:
    for sub in ("src", "tgt", "gold"):
        (tmp_path / sub).mkdir()
    (tmp_path / "src" / "d1").write_text(
        "".join(f"{i}\ts{i} one\n" for i in range(5)), encoding="utf-8"
    )
    (tmp_path / "tgt" / "d1").write_text("s0 un\ns1 et s2\ns3 trois\ns4 quatre\n", encoding="utf-8")
    (tmp_path / "gold" / "d1").write_text(
        "[0]:[0]\n[1, 2]:[1]\n[3]:[2]\n[4]:[3]\n", encoding="utf-8"
    )
    args = [
        "eval",
        "align",
        "--src",
        str(tmp_path / "src"),
        "--tgt",
        str(tmp_path / "tgt"),
        "--gold",
        str(tmp_path / "gold"),
    ]
    result = CliRunner().invoke(main, [*args, "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["strict"] == {
        "precision": 1.0,
        "recall": 1.0,
        "f1": 1.0,
        "f1_interval": [1.0, 1.0],  # one document: every resample is that document
    }
    assert set(report["lax"]) == {"precision", "recall", "f1", "f1_interval"}
    text = CliRunner().invoke(main, args).stdout
    assert "strict" in text and "2-1" in text
    assert "95% 1.0000-1.0000 (documents resampled)" in text


def test_eval_align_missing_folder(tmp_path) -> None:
    args = [
        "eval",
        "align",
        "--src",
        str(tmp_path / "no"),
        "--tgt",
        str(tmp_path),
        "--gold",
        str(tmp_path),
    ]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 2
    assert f"Error: {tmp_path / 'no'}: no such file or folder (--src)" in result.output


def test_eval_report_names_layer_passes() -> None:
    from toolkit.cli.align import _report

    result = {
        "documents": 1,
        "gold_beads": 4,
        "test_beads": 4,
        "texts_embedded": 9,
        "sentences": 9,
        "strict": {"precision": 1.0, "recall": 1.0, "f1": 1.0},
        "lax": {"precision": 1.0, "recall": 1.0, "f1": 1.0},
        "by_type": {},
    }
    assert "texts embedded 9 for 9 sentences" in _report(result | {"layer_texts": 0})
    assert "texts embedded 9 (+9 for layer means) for 9" in _report(result | {"layer_texts": 9})


def test_align_says_when_it_read_the_paragraphs(tmp_path) -> None:
    """Both versions in three paragraphs: translation mode reads them, and says so."""
    en, uk = tmp_path / "a.en.txt", tmp_path / "b.uk.txt"
    en_paras = [
        " ".join(f"S{i} s{i} said the minister." for i in range(k, k + 2)) for k in (0, 2, 4)
    ]
    uk_paras = [" ".join(f"S{i} s{i} сказав міністр." for i in range(k, k + 2)) for k in (0, 2, 4)]
    en.write_text("\n\n".join(en_paras) + "\n", encoding="utf-8")
    uk.write_text("\n\n".join(uk_paras) + "\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["align", str(en), str(uk), "--format", "json"])
    assert result.exit_code == 0, result.output
    assert "mode translation" in result.stderr and "; paragraphs kept" in result.stderr
    flat_dir = tmp_path / "flat"
    flat_dir.mkdir()
    one = write_story(flat_dir)  # one paragraph each
    flat = CliRunner().invoke(main, ["align", str(one[0]), str(one[1]), "--format", "json"])
    assert flat.exit_code == 0 and "paragraphs kept" not in flat.stderr
