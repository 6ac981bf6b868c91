"""The self-contained HTML report: content, escaping, determinism, and a headless Chromium run."""

from __future__ import annotations

import base64
import hashlib
import json
import re
import shutil
import struct
from html.parser import HTMLParser
from pathlib import Path

import polars as pl
import pytest
from click.testing import CliRunner

from toolkit import review
from toolkit.cli import main
from toolkit.report.picture import alignment_svg
from toolkit.report.rundir import read_run

INJECTED = '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2">'


def _html(run_dir: Path, out: Path) -> str:
    result = CliRunner().invoke(main, ["report", str(run_dir), "--html", str(out), "--progress"])
    assert result.exit_code == 0, result.output
    return out.read_text(encoding="utf-8")


class _Collect(HTMLParser):
    """Start tags with their attributes, and the page's text."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []
        self.scripts = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        self.scripts += tag == "script"

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def _parse(html: str) -> _Collect:
    parser = _Collect()
    parser.feed(html)
    return parser


def _with_class(parsed: _Collect, tag: str, cls: str) -> list[dict[str, str | None]]:
    return [a for t, a in parsed.tags if t == tag and cls in (a.get("class") or "").split()]


def _inject(run_dir: Path) -> None:
    """Put markup into every text the page shows: sentences, quotes, flags, titles, notes."""
    sentences = pl.read_parquet(run_dir / "sentences.parquet")
    target = (pl.col("version") == "meduza.ru") & (pl.col("sent_id") == 1)
    old = sentences.filter(target)["text"][0]
    new = old.replace("союзниками", "союзниками " + INJECTED)
    sentences.with_columns(
        pl.when(target).then(pl.lit(new)).otherwise(pl.col("text")).alias("text")
    ).write_parquet(run_dir / "sentences.parquet")
    quotes = pl.read_parquet(run_dir / "quotes.parquet")
    quotes.with_columns(
        pl.col("text").str.replace("союзниками", "союзниками " + INJECTED, literal=True)
    ).write_parquet(run_dir / "quotes.parquet")
    flags = pl.read_parquet(run_dir / "divergences.parquet")
    flags.with_columns(
        (pl.col("text_b").fill_null("") + " " + INJECTED).alias("text_b"),
        (pl.col("evidence") + "; words added: " + INJECTED).alias("evidence"),
    ).write_parquet(run_dir / "divergences.parquet")
    meta = json.loads((run_dir / "run.json").read_text(encoding="utf-8"))
    meta["versions"][2]["title"] = INJECTED
    meta["signature"] += INJECTED
    (run_dir / "run.json").write_text(json.dumps(meta, ensure_ascii=False), encoding="utf-8")
    review.append_decision(
        run_dir / "review.jsonl",
        review.make_decision("0f3bc2115285", status="confirmed", note=INJECTED, reviewer=INJECTED),
    )


# ---- content ----------------------------------------------------------------------------


def test_html_is_byte_identical_for_the_same_run(run_dir: Path, tmp_path: Path) -> None:
    review.append_decision(
        run_dir / "review.jsonl",
        review.make_decision(
            "0f3bc2115285", status="confirmed", reviewer="Olena", time="2026-11-28T10:00:00Z"
        ),
    )
    first = _html(run_dir, tmp_path / "a.html")
    second = _html(run_dir, tmp_path / "b.html")
    assert first == second
    assert first.startswith("<!DOCTYPE html>")


def test_html_is_self_contained(run_dir: Path, tmp_path: Path) -> None:
    html = _html(run_dir, tmp_path / "report.html")
    parsed = _parse(html)
    links = [a.get(k) or "" for _, a in parsed.tags for k in ("src", "href") if k in a]
    assert links and all(link.startswith(("#", "data:image/png;base64,")) for link in links)
    assert "://" not in html and "@import" not in html and "url(" not in html
    assert [t for t, _ in parsed.tags if t in ("link", "iframe", "object", "embed")] == []
    assert parsed.scripts == 1 and not [a for t, a in parsed.tags if t == "script" and a.get("src")]


def test_csp_allows_exactly_the_inlined_script_and_style(run_dir: Path, tmp_path: Path) -> None:
    html = _html(run_dir, tmp_path / "report.html")
    (csp,) = [a["content"] for t, a in _parse(html).tags if t == "meta" and a.get("http-equiv")]
    script = re.search(r"<script>(.*?)</script>", html, re.S).group(1)
    style = re.search(r"<style>(.*?)</style>", html, re.S).group(1)

    def digest(text: str) -> str:
        return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"

    assert f"script-src {digest(script)};" in csp and f"style-src {digest(style)};" in csp
    assert csp.startswith("default-src 'none';") and "unsafe-inline" not in csp


def test_html_header_flags_units_and_review_status(run_dir: Path, tmp_path: Path) -> None:
    review.append_decision(
        run_dir / "review.jsonl",
        review.make_decision(
            "0f3bc2115285", status="confirmed", note="1954 in the archive", reviewer="Olena"
        ),
    )
    review.append_decision(
        run_dir / "review.jsonl",
        review.make_decision("gone00000000", status="dismissed", reviewer="Olena"),
    )
    html = _html(run_dir, tmp_path / "report.html")
    parsed = _parse(html)
    run = read_run(run_dir)
    assert f'id="signature">{run.signature}</code>' in html
    assert "Путин просил Буша о вступлении в НАТО" in html  # version titles in the header
    rows = _with_class(parsed, "tr", "flag")
    assert len(rows) == run.flags.height
    assert {r["data-flag-id"] for r in rows} == set(run.flags["flag_id"])
    statuses = {r["data-flag-id"]: r["data-status"] for r in rows}
    assert statuses["0f3bc2115285"] == "confirmed"
    assert sorted(set(statuses.values())) == ["confirmed", "unreviewed"]
    assert "1954 in the archive" in html
    assert "Review: 1 of 7 flags reviewed" in html
    assert 'id="orphans">1 decision(s) refer to flags no longer in this run' in html
    unit_rows = [a for t, a in parsed.tags if t == "tr" and (a.get("id") or "").startswith("unit-")]
    assert len(unit_rows) == run.units.height


def test_the_cross_check_shows_per_flag_and_per_version(run_dir: Path, tmp_path: Path) -> None:
    html = _html(run_dir, tmp_path / "before.html")
    assert "odd one" not in html  # the fixture's flags have no cross-check: no column
    path = run_dir / "divergences.parquet"
    flags = pl.read_parquet(path)
    first = flags["flag_id"][0]
    version = flags["version_b"][0]
    check = pl.when(pl.col("flag_id") == first).then(pl.lit(f"odd one: {version}"))
    flags.with_columns(
        check.otherwise(pl.lit("not seen against x")).alias("cross_check")
    ).write_parquet(path)
    html = _html(run_dir, tmp_path / "after.html")
    assert f'<div class="muted">odd one: {version}</div>' in html
    assert '<div class="muted">not seen against x</div>' in html
    header = html.split('<table class="meta">')[1].split("</table>")[0]
    assert ">odd one</th>" in header
    row = header.split(f"<code>{version}</code>")[1].split("</tr>")[0]
    assert row.endswith('<td class="num">1</td>')
    # the flag table filters on it: one option per version named, the row carries it
    select = '<select data-key="odd" id="filter-odd"><option value="">all</option>'
    assert f'{select}<option value="{version}">' in html
    rows = _with_class(_parse(html), "tr", "flag")
    assert [r["data-flag-id"] for r in rows if r.get("data-odd") == version] == [first]


def test_side_by_side_marks_quotes_and_evidence_words(run_dir: Path, tmp_path: Path) -> None:
    html = _html(run_dir, tmp_path / "report.html")
    assert '<span class="q">I can imagine us becoming allies</span>' in html
    assert '<span class="q">«В </span>' not in html  # quote marks stay outside the quote span
    assert '<span class="q">В </span><span class="q hl">1945</span>' in html  # quoted and differing
    assert '<span class="hl">половину</span>' in html
    assert '<span class="s flagged" id="s-2-2" data-sent="2">' in html  # meduza.ru sentence 2
    assert html.count("(no counterpart)") == 2


def test_one_picture_per_pair_with_every_bead_and_a_valid_png(
    run_dir: Path, tmp_path: Path
) -> None:
    html = _html(run_dir, tmp_path / "report.html")
    parsed = _parse(html)
    figures = [a["data-pair"] for t, a in parsed.tags if t == "figure"]
    assert figures == ["rbc-ukraine.en × rbc-ukraine.uk", "rbc-ukraine.en × meduza.ru"]
    beads = [a for t, a in parsed.tags if t in ("rect", "line") and "data-bead" in a]
    assert len(beads) == read_run(run_dir).alignment.height == 12
    assert len([b for b in beads if b.get("class") == "gap"]) == 2  # two en sentences with no ru
    images = [a["href"] for t, a in parsed.tags if t == "image"]
    assert len(images) == 2
    png = base64.b64decode(images[1].split(",", 1)[1])
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", png[16:24])
    assert (height, width) == (6, 4)  # rows: 6 en sentences, columns: 4 ru sentences


def test_picture_of_a_downsampled_matrix_keeps_beads_in_sentence_coordinates() -> None:
    blocks = pl.DataFrame(
        {"row": [0, 0, 1, 1], "col": [0, 1, 0, 1], "sim": [0.9, 0.1, 0.2, 0.8]},
        schema={"row": pl.Int32, "col": pl.Int32, "sim": pl.Float32},
    )
    beads = pl.DataFrame(
        {
            "bead_id": [0, 1],
            "src_ids": [[0, 1], [399]],
            "tgt_ids": [[0], [199]],
            "score": [0.9, 0.8],
        },
        schema={
            "bead_id": pl.Int32,
            "src_ids": pl.List(pl.Int32),
            "tgt_ids": pl.List(pl.Int32),
            "score": pl.Float64,
        },
    )
    svg = alignment_svg(blocks, beads, n_a=400, n_b=200, label_a="a.en", label_b="b.uk")
    rects = re.findall(
        r'<rect class="bead" data-bead="(\d)" x="([\d.]+)" y="([\d.]+)" '
        r'width="([\d.]+)" height="([\d.]+)"',
        svg,
    )
    assert rects == [("0", "0", "0", "0.9", "1.8"), ("1", "179.1", "359.1", "0.9", "0.9")]
    assert 'image x="0" y="0" width="180" height="360"' in svg


def test_every_text_is_escaped(run_dir: Path, tmp_path: Path) -> None:
    _inject(run_dir)
    html = _html(run_dir, tmp_path / "report.html")
    parsed = _parse(html)
    assert parsed.scripts == 1
    assert not [a for _, a in parsed.tags if any(k.startswith("on") for k in a)]
    assert not [t for t, _ in parsed.tags if t == "img"]
    assert "&lt;script&gt;window.__pwned = 1&lt;/script&gt;" in html
    assert html.count("<script>") == 1


# ---- headless Chromium ------------------------------------------------------------------

CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--window-size=1400,1800",
]


def _browser_paths() -> tuple[str, str]:
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    driver = shutil.which("chromedriver")
    if not browser or not driver:
        pytest.skip(
            "chromium and chromium-driver are not installed "
            "(apt-get install chromium chromium-driver)"
        )
    return browser, driver


@pytest.fixture
def browser(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> object:
    binary, driver_path = _browser_paths()
    webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is in the [test] extra")
    from selenium.webdriver.chrome.service import Service

    monkeypatch.setenv("SE_OFFLINE", "true")  # never let selenium-manager reach the network
    options = webdriver.ChromeOptions()
    options.binary_location = binary
    for flag in CHROMIUM_FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={tmp_path / 'chromium-profile'}")
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(options=options, service=Service(executable_path=driver_path))
    try:
        yield driver
    finally:
        driver.quit()


def _visible_flags(driver: object) -> list[str]:
    from selenium.webdriver.common.by import By

    rows = driver.find_elements(By.CSS_SELECTOR, "#flag-table tbody tr.flag")
    return [r.get_attribute("data-flag-id") for r in rows if r.is_displayed()]


def _choose(driver: object, key: str, value: str) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    Select(driver.find_element(By.ID, f"filter-{key}")).select_by_value(value)


def _errors(driver: object) -> list[str]:
    return [e["message"] for e in driver.get_log("browser") if e["level"] in ("SEVERE", "ERROR")]


def test_report_in_headless_chromium(
    browser: object, run_dir: Path, tmp_path: Path, record_property: object
) -> None:
    from selenium.webdriver.common.by import By

    review.append_decision(
        run_dir / "review.jsonl",
        review.make_decision("40b45accb23d", status="dismissed", reviewer="Olena"),
    )
    page = tmp_path / "report.html"
    _html(run_dir, page)
    flags = pl.read_parquet(run_dir / "divergences.parquet")
    browser.get(page.as_uri())
    assert browser.find_element(By.TAG_NAME, "body").get_attribute("data-ready") == "1"
    assert _errors(browser) == []
    assert len(_visible_flags(browser)) == flags.height == 7
    count = browser.find_element(By.ID, "flag-count")
    assert count.text == "7 of 7 flags shown"

    _choose(browser, "category", "NUMBER_CHANGED")
    expected = flags.filter(pl.col("category") == "NUMBER_CHANGED")["flag_id"].to_list()
    assert sorted(_visible_flags(browser)) == sorted(expected)
    assert count.text == f"{len(expected)} of 7 flags shown"
    _choose(browser, "pair", "rbc-ukraine.en × meduza.ru")
    assert _visible_flags(browser) == ["0f3bc2115285"]
    _choose(browser, "category", "")
    _choose(browser, "severity", "medium")
    assert sorted(_visible_flags(browser)) == sorted(
        flags.filter((pl.col("severity") == "medium") & (pl.col("version_b") == "meduza.ru"))[
            "flag_id"
        ]
    )
    browser.find_element(By.ID, "flag-reset").click()
    _choose(browser, "status", "dismissed")
    assert _visible_flags(browser) == ["40b45accb23d"]
    browser.find_element(By.ID, "flag-reset").click()
    assert len(_visible_flags(browser)) == 7

    shot = tmp_path / "report.png"
    assert browser.save_screenshot(str(shot)) and shot.stat().st_size > 10_000
    record_property("screenshot", str(shot))
    print(f"screenshot: {shot}")
    assert _errors(browser) == []


def test_injected_markup_does_not_run_in_chromium(
    browser: object, run_dir: Path, tmp_path: Path
) -> None:
    from selenium.webdriver.common.by import By

    _inject(run_dir)
    page = tmp_path / "report.html"
    _html(run_dir, page)
    browser.get(page.as_uri())
    assert browser.find_element(By.TAG_NAME, "body").get_attribute("data-ready") == "1"
    assert browser.execute_script("return window.__pwned === undefined")
    assert browser.find_elements(By.CSS_SELECTOR, "img") == []
    assert "<script>window.__pwned = 1</script>" in browser.find_element(By.ID, "units").text
    assert _errors(browser) == []
    shot = tmp_path / "injected.png"
    browser.save_screenshot(str(shot))
    print(f"screenshot: {shot}")


def test_a_run_without_flags_or_similarity_still_renders(run_dir: Path, tmp_path: Path) -> None:
    flags = pl.read_parquet(run_dir / "divergences.parquet")
    flags.clear().write_parquet(run_dir / "divergences.parquet")
    sim = pl.read_parquet(run_dir / "similarity.parquet")
    sim.clear().write_parquet(run_dir / "similarity.parquet")
    html = _html(run_dir, tmp_path / "report.html")
    parsed = _parse(html)
    assert _with_class(parsed, "tr", "flag") == []
    assert "0 of 0 flags shown" in html and "Review: 0 of 0 flags reviewed" in html
    assert len([t for t, _ in parsed.tags if t == "figure"]) == 2  # beads still drawn
    assert [t for t, _ in parsed.tags if t == "image"] == []
    result = CliRunner().invoke(main, ["report", str(run_dir)])
    assert result.exit_code == 0 and "No flags in this run." in result.output
