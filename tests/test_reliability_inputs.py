"""Hostile inputs through the CLI: each gives one `Error: ...` line and its exit code, or a
correct result; a failed run leaves the previous run folder and review.jsonl untouched.

`toolkit run` here uses the deterministic fake embedder (tests/align_fakes.py): what is under
test is input handling and the run folder, not the model (tests/test_determinism.py and
tests/test_reliability_signals.py run the real model).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import polars as pl
import pytest
from click.testing import CliRunner
from reliability_support import (
    ROOT,
    copy_story,
    leftovers,
    read_every_parquet,
    seed_review,
    snapshot,
    use_fake_embedder,
)

from toolkit.cli import main
from toolkit.ntrex import NTREX_FILES

GERMAN = (
    "Der Bundeskanzler sagte am Montag, dass die Regierung die Steuern senken werde. "
    "Die Opposition kritisierte den Plan scharf.\n"
)
HTML = (
    "<!DOCTYPE html><html><head><title>Talks</title></head><body>"
    "<p>The minister said &quot;no&quot;. He left.</p><script>var x = 1;</script></body></html>\n"
)
# unusable file contents, each refused by ingest with MESSAGES[kind] after the file name
REFUSED = {
    "empty": b"",
    "whitespace": "  \n\n\t \n\u00a0\u200b\n".encode(),
    "binary": bytes(range(256)) * 8,
    "truncated-utf8": "Привіт, світе. Ще".encode()[:-1],
}
MESSAGES = {
    "empty": "empty file",
    "whitespace": "no text in the file (only whitespace)",
    "binary": "binary file (contains NUL bytes; UTF-16 text needs a byte-order mark)",
    "truncated-utf8": (
        "cannot decode: not UTF-8 (byte 0xd0 at offset 28) and not cp1251 or koi8-r "
        "Cyrillic text; save it as UTF-8"
    ),
}


def invoke(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, list(args))
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.output


def assert_one_error(output: str, expected: str) -> None:
    assert "Traceback" not in output
    assert output == f"Error: {expected}\n"


@pytest.fixture
def fake_model(monkeypatch: pytest.MonkeyPatch) -> None:
    import toolkit.embed

    monkeypatch.setattr(toolkit.embed, "load_embedder", toolkit.embed.load_embedder)
    use_fake_embedder()


@pytest.fixture(scope="module")
def baseline_run(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A finished run of the small story (fake embedder), made once."""
    import toolkit.embed

    real = toolkit.embed.load_embedder
    base = tmp_path_factory.mktemp("baseline")
    try:
        use_fake_embedder()
        code, output = invoke("run", str(copy_story(base / "story")), "--out", str(base / "run"))
    finally:
        toolkit.embed.load_embedder = real
    assert code == 0, output
    return base / "run"


@pytest.fixture
def previous(baseline_run: Path, tmp_path: Path) -> tuple[Path, dict[str, bytes]]:
    """A copy of the baseline run folder with two review decisions; its snapshot."""
    folder = tmp_path / "run"
    shutil.copytree(baseline_run, folder)
    seed_review(folder)
    return folder, snapshot(folder)


def assert_untouched(folder: Path, before: dict[str, bytes]) -> None:
    assert snapshot(folder) == before
    assert leftovers(folder) == []
    assert read_every_parquet(folder)


# --- single files: toolkit segment and toolkit versions ---------------------------------


@pytest.mark.parametrize("command", ["segment", "versions"])
@pytest.mark.parametrize("kind", sorted(REFUSED))
def test_unusable_file_is_one_error_line(tmp_path: Path, command: str, kind: str) -> None:
    data = REFUSED[kind]
    path = tmp_path / f"paper.{'uk' if kind == 'truncated-utf8' else 'en'}.txt"
    path.write_bytes(data)
    code, output = invoke(command, str(path))
    assert code == 2
    assert_one_error(output, f"{path}: {MESSAGES[kind]}")


def test_fourth_language_cannot_be_segmented(tmp_path: Path) -> None:
    path = tmp_path / "zeit.de.txt"
    path.write_text(GERMAN, encoding="utf-8")
    code, output = invoke("versions", str(path))
    assert code == 0 and "zeit.de" in output  # it can be listed ...
    code, output = invoke("segment", str(path))
    assert code == 2  # ... but not segmented
    assert_one_error(output, f"{path}: cannot segment language 'de'; valid: en, ru, uk")


@pytest.mark.parametrize(
    ("name", "text", "found"),
    [
        ("zeit.uk.txt", GERMAN, "Latin"),
        ("bbc.ru.txt", "The talks ended without a deal, the minister said on Monday.\n", "Latin"),
        (
            "tsn.en.txt",
            "Переговори завершилися без угоди, заявив міністр у понеділок.\n",
            "Cyrillic",
        ),
    ],
    ids=["german-as-uk", "english-as-ru", "ukrainian-as-en"],
)
def test_wrong_declared_language_is_refused(
    tmp_path: Path, name: str, text: str, found: str
) -> None:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    code, output = invoke("segment", str(path))
    lang = name.split(".")[1]
    assert code == 2
    assert_one_error(
        output,
        f"{path}: the file name says language {lang!r} but the text is mostly in {found} "
        "letters; correct the language",
    )


def test_short_russian_declared_as_ukrainian_is_taken_as_declared(tmp_path: Path) -> None:
    """Too little text to overrule the name: the declared language wins (README, "Failure
    modes")."""
    path = tmp_path / "meduza.uk.txt"
    path.write_text("Переговоры закончились без соглашения, сказал министр.\n", encoding="utf-8")
    code, output = invoke("segment", str(path), "--format", "csv")
    assert code == 0
    assert output.splitlines()[1].startswith("meduza.uk,0,0,0,")


def _ntrex_document(lang: str, lines: int = 12) -> str:
    text = (ROOT / "data" / "ntrex128" / NTREX_FILES[lang]).read_text(encoding="utf-8")
    return "\n".join(text.splitlines()[:lines]) + "\n"


@pytest.mark.parametrize(("declared", "actual"), [("uk", "ru"), ("ru", "uk")])
def test_other_cyrillic_language_is_refused(tmp_path: Path, declared: str, actual: str) -> None:
    """An outlet's Russian edition saved as `.uk.txt` (or the reverse): one line naming the
    file and what the text reads as; the properly named file goes through."""
    path = tmp_path / f"outlet.{declared}.txt"
    path.write_text(_ntrex_document(actual), encoding="utf-8")
    code, output = invoke("segment", str(path))
    assert code == 2
    said = f"Error: {path}: the file name says language {declared!r} but the text reads as "
    assert output.startswith(f"{said}{actual!r} (") and output.count("\n") == 1
    assert output.endswith("; correct the language\n") and "Traceback" not in output
    right = tmp_path / f"outlet.{actual}.txt"
    path.rename(right)
    code, output = invoke("segment", str(right), "--format", "csv")
    assert code == 0 and f"outlet.{actual},0,0,0," in output


def test_sentence_of_100000_characters(tmp_path: Path) -> None:
    path = tmp_path / "long.en.txt"
    path.write_text(" ".join(["word"] * 20_000) + "\n", encoding="utf-8")
    code, output = invoke("segment", str(path), "--format", "csv")
    assert code == 0
    rows = output.splitlines()[1:]
    assert len(rows) == 1 and rows[0].startswith("long.en,0,0,0,99999,")


def test_html_is_taken_as_text(tmp_path: Path) -> None:
    """HTML is not stripped: the tags stay in the sentences (documented)."""
    path = tmp_path / "page.en.txt"
    path.write_text(HTML, encoding="utf-8")
    code, output = invoke("segment", str(path), "--format", "json")
    assert code == 0
    texts = pl.read_json(output.encode())["text"].to_list()
    assert texts[0].startswith("<!DOCTYPE html>") and "".join(texts).count("<p>") == 1


@pytest.mark.slow
def test_20_mb_version_is_read_and_segmented(tmp_path: Path) -> None:
    """A 20 MB version (NTREX English repeated) through `versions` and `segment`."""
    lines = (ROOT / "data" / "ntrex128" / NTREX_FILES["en"]).read_text(encoding="utf-8")
    copies = 20_000_000 // len(lines.encode()) + 1
    path = tmp_path / "huge.en.txt"
    path.write_text("\n\n".join([lines] * copies), encoding="utf-8")
    assert path.stat().st_size >= 20_000_000
    code, output = invoke("versions", str(path), "--format", "csv")
    assert code == 0 and "huge.en" in output
    out = tmp_path / "sentences.csv"
    code, output = invoke("segment", str(path), "--format", "csv", "--out", str(out))
    assert code == 0, output
    frame = pl.read_csv(out)
    assert frame.height >= 1997 * copies
    assert frame["end"].max() > 19_000_000


def test_unreadable_file(tmp_path: Path) -> None:
    """chmod 000 as a user without CAP_DAC_OVERRIDE (as root: dropped with setpriv)."""
    story = copy_story(tmp_path / "story")
    secret = story / "ntrex.ru.txt"
    secret.chmod(0)
    prefix: list[str] = []
    if os.geteuid() == 0:
        if shutil.which("setpriv") is None:
            pytest.skip("running as root without setpriv: cannot make a file unreadable")
        caps = "-dac_override,-dac_read_search"
        prefix = ["setpriv", f"--bounding-set={caps}", f"--inh-caps={caps}"]
    cmd = [
        *prefix,
        sys.executable,
        "-m",
        "toolkit",
        "run",
        str(story),
        "--out",
        str(tmp_path / "o"),
    ]
    env = {**os.environ, "HF_HUB_OFFLINE": "1"}
    proc = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=120)
    if proc.returncode == 0 or "Permission denied" not in proc.stderr:
        pytest.fail(f"expected a read error: {proc.returncode} {proc.stderr[-500:]}")
    assert proc.returncode == 2
    assert proc.stderr == f"Error: {secret}: cannot read (Permission denied)\n"
    assert proc.stdout == ""
    assert not (tmp_path / "o").exists()


def test_folder_named_like_a_version(tmp_path: Path) -> None:
    folder = tmp_path / "x.en.txt"
    folder.mkdir()
    code, output = invoke("segment", str(folder))
    assert code == 2
    assert_one_error(output, f"{folder}: is a folder, not a version file")


# --- whole stories: toolkit run ------------------------------------------------------------


@pytest.mark.parametrize("kind", sorted(REFUSED))
def test_run_with_an_unusable_version_keeps_the_previous_run(
    tmp_path: Path, fake_model: None, previous: tuple[Path, dict[str, bytes]], kind: str
) -> None:
    folder, before = previous
    story = copy_story(tmp_path / "story")
    bad = story / f"extra.{'uk' if kind == 'truncated-utf8' else 'en'}.txt"
    bad.write_bytes(REFUSED[kind])
    code, output = invoke("run", str(story), "--out", str(folder))
    assert code == 2
    assert_one_error(output, f"{bad}: {MESSAGES[kind]}")
    assert_untouched(folder, before)


@pytest.mark.parametrize(
    ("setup", "message"),
    [
        ("none", "{story}: no version files (*.txt) in the folder"),
        ("one", "{story}: only one version (ntrex.en); a run compares two or more"),
        ("missing", "{story}: no such folder"),
        ("same-id", "{story}: copy.en.txt and ntrex.en.txt are both version 'ntrex.en'"),
        ("german", "{story}/zeit.de.txt: cannot segment language 'de'; valid: en, ru, uk"),
    ],
)
def test_run_refuses_story(
    tmp_path: Path,
    fake_model: None,
    previous: tuple[Path, dict[str, bytes]],
    setup: str,
    message: str,
) -> None:
    folder, before = previous
    story = tmp_path / "story"
    if setup == "none":
        story.mkdir()
        (story / "README.md").write_text("notes\n", encoding="utf-8")
    elif setup == "one":
        copy_story(story, drop=("ntrex.ru.txt", "ntrex.uk.txt"))
    elif setup == "same-id":
        copy_story(story)
        shutil.copy(story / "ntrex.en.txt", story / "copy.en.txt")
    elif setup == "german":
        copy_story(story)
        (story / "zeit.de.txt").write_text(GERMAN, encoding="utf-8")
    code, output = invoke("run", str(story), "--out", str(folder))
    assert code == 2
    assert_one_error(output, message.format(story=story))
    assert_untouched(folder, before)


def _run_ok(story: Path, out: Path) -> dict[str, pl.DataFrame]:
    code, output = invoke("run", str(story), "--out", str(out), "--quiet")
    assert code == 0, output
    assert "Traceback" not in output and leftovers(out) == []
    read_every_parquet(out)
    return {p.stem: pl.read_parquet(p) for p in out.glob("*.parquet")}


def test_duplicate_versions_under_two_outlets(tmp_path: Path, fake_model: None) -> None:
    story = copy_story(tmp_path / "story")
    text = (story / "ntrex.en.txt").read_text(encoding="utf-8")
    (story / "mirror.en.txt").write_text(text.replace("outlet: ntrex", "outlet: mirror"), "utf-8")
    tables = _run_ok(story, tmp_path / "out")
    beads = tables["alignment"].filter(
        (pl.col("version_a") == "mirror.en") & (pl.col("version_b") == "ntrex.en")
    )
    assert beads.height == tables["sentences"].filter(pl.col("version") == "ntrex.en").height
    assert all(
        len(s) == 1 and s == t
        for s, t in zip(beads["src_ids"].to_list(), beads["tgt_ids"].to_list(), strict=True)
    )
    flags = tables["divergences"]
    pair = {"mirror.en", "ntrex.en"}
    assert not [r for r in flags.iter_rows(named=True) if {r["version_a"], r["version_b"]} == pair]


@pytest.mark.parametrize(
    ("name", "body"),
    [
        ("noquotes", "The talks ended on Monday. Nothing was agreed, officials said.\n"),
        ("onlyquotes", '"We will win." "They will lose." "Nothing more."\n'),
        ("unbalanced", 'He said "we will win. They left. And \u00ab more to come.\n'),
        ("html", HTML),
        ("long", " ".join(["word"] * 20_000) + "\n"),
    ],
)
def test_run_with_an_odd_version_gives_a_result(
    tmp_path: Path, fake_model: None, name: str, body: str
) -> None:
    story = copy_story(tmp_path / "story")
    (story / f"{name}.en.txt").write_text(body, encoding="utf-8")
    tables = _run_ok(story, tmp_path / "out")
    mine = tables["sentences"].filter(pl.col("version") == f"{name}.en")
    assert mine.height >= 1
    text = body.strip()
    for row in mine.iter_rows(named=True):
        assert text[row["start"] : row["end"]] == row["text"]
    quotes = tables["quotes"].filter(pl.col("version") == f"{name}.en")
    if name == "noquotes":
        assert quotes.height == 0
    if name == "onlyquotes":
        assert quotes.height == 3
    for row in quotes.iter_rows(named=True):
        assert 0 <= row["start"] < row["end"] <= len(text)


def test_two_quotes_in_one_sentence(tmp_path: Path, fake_model: None) -> None:
    story = tmp_path / "story"
    story.mkdir()
    (story / "a.en.txt").write_text(
        'Critics said the plan was "a joke" and "a disaster", officials said.\n\n'
        "The talks ended on Monday.\n",
        encoding="utf-8",
    )
    (story / "b.uk.txt").write_text(
        "Критики заявили, що план був «жартом» і «катастрофою», повідомили чиновники.\n\n"
        "Переговори завершилися в понеділок.\n",
        encoding="utf-8",
    )
    tables = _run_ok(story, tmp_path / "out")
    assert tables["quotes"].filter(pl.col("version") == "a.en").height == 2
    assert tables["quotes_table"].filter(pl.col("version_id") == "b.uk").height >= 1


def test_ukrainian_article_quoting_russian_stays_ukrainian(tmp_path: Path) -> None:
    """A Ukrainian text with a Russian paragraph quoted in it is no mislabelled file."""
    path = tmp_path / "outlet.uk.txt"
    russian_quote = "«" + _ntrex_document("ru", 2).replace("\n", " ").strip() + "»"
    path.write_text(_ntrex_document("uk") + "\n" + russian_quote + "\n", encoding="utf-8")
    code, output = invoke("segment", str(path), "--format", "csv")
    assert code == 0 and "outlet.uk,0,0,0," in output


def test_an_output_under_a_file_names_that_file(tmp_path: Path) -> None:
    """--out whose folder is a file: the error says which file blocks it."""
    story = tmp_path / "doc.en.txt"
    story.write_text("One sentence. Another one.\n", encoding="utf-8")
    blocker = tmp_path / "afile"
    blocker.write_text("x", encoding="utf-8")
    out = blocker / "deeper" / "x.csv"
    result = CliRunner().invoke(main, ["segment", str(story), "--out", str(out)])
    assert result.exit_code != 0
    assert result.output == f"Error: {out}: cannot write ({blocker} is a file, not a folder)\n"


def test_paths_that_are_not_what_the_command_reads(tmp_path: Path) -> None:
    """A missing path for diverge, a run folder without run.json, a file for quotes-table:
    each error says what the path is."""
    version = tmp_path / "doc.en.txt"
    version.write_text("One sentence.\n", encoding="utf-8")
    damaged = tmp_path / "run"
    damaged.mkdir()
    pl.DataFrame({"x": [1]}).write_parquet(damaged / "divergences.parquet")
    cases = [
        (["diverge", str(tmp_path / "nope")], "no such file or folder (give a run folder"),
        (["diverge", str(damaged)], "a run folder without run.json"),
        (["quotes-table", str(version)], "not a folder; give a run folder or a story folder"),
    ]
    for args, message in cases:
        result = CliRunner().invoke(main, args)
        assert result.exit_code == 2, result.output
        assert result.output.count("\n") == 1
        assert message in result.output


def test_a_device_is_refused_and_a_pipe_is_read(tmp_path: Path) -> None:
    """/dev/zero would be read forever; a pipe, as a shell's `<(...)` gives, is read like a
    file."""
    result = CliRunner().invoke(main, ["segment", "/dev/zero"])
    assert result.exit_code == 2
    assert result.output == "Error: /dev/zero: a device or socket, not a version file\n"
    pipe = tmp_path / "doc.en.txt"
    os.mkfifo(pipe)
    writer = subprocess.Popen(
        [sys.executable, "-c", f"open({str(pipe)!r}, 'w').write('One. Two.\\n')"]
    )
    result = CliRunner().invoke(main, ["segment", str(pipe), "--format", "json"])
    writer.wait(timeout=30)
    assert result.exit_code == 0, result.output
    assert [r["text"] for r in json.loads(result.output)] == ["One.", "Two."]


def test_a_folder_that_cannot_be_looked_into_is_one_output_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Path.exists raises PermissionError under a folder one may not enter (the suite runs
    as root, so it is simulated): atomic writes and the cache report it as an OutputError."""
    from toolkit import atomic
    from toolkit.embed.cache import EmbeddingCache
    from toolkit.errors import OutputError

    def denied(self: Path) -> bool:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "exists", denied)
    with (
        pytest.raises(OutputError, match="cannot write \\(Permission denied\\)"),
        atomic.atomic_path(tmp_path / "locked" / "x.csv"),
    ):
        pass
    with pytest.raises(OutputError, match="cannot open the embedding cache"):
        EmbeddingCache.open(tmp_path / "locked")
