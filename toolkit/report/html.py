"""The self-contained HTML report of a run: one file, no external URL, works offline.

Sections: header (story, versions, signature, review progress), the flag list with
filters (category, severity, status, version pair; assets/report.js), one alignment
picture per version pair (picture.py), and the versions side by side by aligned unit with
quotes marked and the flags' evidence words highlighted. Every text is HTML-escaped, and a
Content-Security-Policy allows only the page's own inline script and style (by hash), so
even a missed escape could not run a script. Same run folder, same bytes.
"""

from __future__ import annotations

import base64
import hashlib
import itertools
from collections import defaultdict
from html import escape
from importlib import resources

import polars as pl

from toolkit.crosscheck import odd_counts, odd_version
from toolkit.report.highlight import evidence_terms, highlight_spans
from toolkit.report.picture import alignment_svg
from toolkit.report.rundir import Run, unit_columns
from toolkit.report.table import sort_flags

STATUS_ORDER = ("unreviewed", "confirmed", "dismissed", "noted")
SEVERITY_ORDER = ("high", "medium", "low")


def _asset(name: str) -> str:
    return resources.files("toolkit.report").joinpath("assets", name).read_text(encoding="utf-8")


def _csp_hash(text: str) -> str:
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def _e(value: object) -> str:
    return escape("" if value is None else str(value), quote=True)


def build_html(
    run: Run,
    *,
    flags: pl.DataFrame,
    orphans: pl.DataFrame | None = None,
    problems: list[str] | tuple[str, ...] = (),
) -> str:
    """The report page for `run`; `flags` carry the status columns of review.attach_decisions.

    Example:
        >>> flags = attach_decisions(run.flags, decisions)  # doctest: +SKIP
        >>> page = build_html(run, flags=flags)  # doctest: +SKIP
    """
    flags = sort_flags(_with_status(flags))
    css, js = _asset("report.css"), _asset("report.js")
    csp = (
        "default-src 'none'; img-src data:; "
        f"style-src {_csp_hash(css)}; script-src {_csp_hash(js)}; "
        "base-uri 'none'; form-action 'none'"
    )
    sentences = _sentence_lookup(run)
    locate = _unit_lookup(run)
    body = [
        _header(run, flags, orphans, problems),
        _flag_section(run, flags, locate),
        _picture_section(run, sentences),
        _units_section(run, flags, sentences),
        _quote_table_section(run),
    ]
    return "\n".join(
        [
            "<!DOCTYPE html>",
            '<html lang="en">',
            "<head>",
            '<meta charset="utf-8">',
            f'<meta http-equiv="Content-Security-Policy" content="{_e(csp)}">',
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            '<meta name="referrer" content="no-referrer">',
            f"<title>Divergence report: {_e(run.story)}</title>",
            f"<style>{css}</style>",
            "</head>",
            "<body>",
            *body,
            f"<script>{js}</script>",
            "</body>",
            "</html>",
            "",
        ]
    )


def _quote_table_section(run: Run) -> str:
    """The statements x versions quote table, when the run folder holds one."""
    if not run.has_table("quotes_table"):
        return ""
    from toolkit.review import load_review
    from toolkit.statements.html import quotes_table_html
    from toolkit.statements.table import attach_cell_decisions, outlet_summary

    table = attach_cell_decisions(run.table("quotes_table"), load_review(run.review_path).decisions)
    return quotes_table_html(table, summary=outlet_summary(table))


def _with_status(flags: pl.DataFrame) -> pl.DataFrame:
    extra = [
        pl.lit(None, dtype=pl.String).alias(c)
        for c in ("reviewer", "note")
        if c not in flags.columns
    ]
    if "status" not in flags.columns:
        extra.append(pl.lit("unreviewed").alias("status"))
    return flags.with_columns(extra) if extra else flags


# ---- header -----------------------------------------------------------------------------


def _header(
    run: Run,
    flags: pl.DataFrame,
    orphans: pl.DataFrame | None,
    problems: list[str] | tuple[str, ...],
) -> str:
    odd = _odd_counts(flags)
    rows = "".join(
        f"<tr><td><code>{_e(v.get('version_id'))}</code></td><td>{_e(v.get('outlet'))}</td>"
        f"<td>{_e(v.get('lang'))}</td><td>{_e(v.get('title'))}</td>"
        f"<td><code>{_e(str(v.get('sha256') or '')[:12])}</code></td>"
        + (
            f'<td class="num">{odd.get(str(v.get("version_id")), 0)}</td>'
            if odd is not None
            else ""
        )
        + "</tr>"
        for v in run.versions
    )
    odd_head = "" if odd is None else '<th title="flags naming it in the cross-check">odd one</th>'
    pairs = "".join(
        f"<li><code>{_e(p.get('a'))}</code> × <code>{_e(p.get('b'))}</code>: "
        f'{_e(p.get("mode"))} <span class="muted">({_e(p.get("mode_reason"))})</span></li>'
        for p in run.meta.get("pairs") or []
    )
    counts = {s: 0 for s in STATUS_ORDER}
    for status in flags.get_column("status").to_list():
        counts[status] = counts.get(status, 0) + 1
    reviewed = flags.height - counts.get("unreviewed", 0)
    progress = ", ".join(f"{s} {n}" for s, n in counts.items())
    notes = []
    if orphans is not None and orphans.height:
        ids = ", ".join(sorted(set(orphans.get_column("flag_id").to_list())))
        notes.append(
            f'<p class="muted" id="orphans">{orphans.height} decision(s) refer to flags '
            f"no longer in this run (kept in review.jsonl): <code>{_e(ids)}</code></p>"
        )
    notes += [f'<p class="muted problem">{_e(p)}</p>' for p in problems]
    return (
        f"<header><h1>Divergence report: {_e(run.story)}</h1>"
        f'<p>Signature: <code class="signature" id="signature">{_e(run.signature)}</code></p>'
        '<table class="meta"><thead><tr><th>version</th><th>outlet</th><th>lang</th>'
        f"<th>title</th><th>sha256</th>{odd_head}</tr></thead><tbody>{rows}</tbody></table>"
        f"<ul>{pairs}</ul>"
        f'<p id="progress">Review: {reviewed} of {flags.height} flags reviewed ({_e(progress)})</p>'
        + "".join(notes)
        + '<nav><a href="#flags">Flags</a><a href="#pictures">Alignment pictures</a>'
        '<a href="#units">Side by side</a></nav></header>'
    )


# ---- flags ------------------------------------------------------------------------------


def _odd_counts(flags: pl.DataFrame) -> dict[str, int] | None:
    """Version id -> flags whose cross-check names it as the version that differs from both
    others (toolkit.crosscheck); None when no flag had a third version to check against."""
    if "cross_check" not in flags.columns:
        return None
    checks = flags.get_column("cross_check").drop_nulls().to_list()
    return odd_counts(checks) if checks else None


def _pair_key(a: str, b: str) -> str:
    return f"{a} × {b}"


def _options(key: str, label: str, values: list[str]) -> str:
    options = "".join(f'<option value="{_e(v)}">{_e(v)}</option>' for v in values)
    return (
        f'<label>{_e(label)}<select data-key="{_e(key)}" id="filter-{_e(key)}">'
        f'<option value="">all</option>{options}</select></label>'
    )


def _flag_section(run: Run, flags: pl.DataFrame, locate: dict[tuple[str, int], int]) -> str:
    categories = sorted(set(flags.get_column("category").to_list()))
    severities = [s for s in SEVERITY_ORDER if s in set(flags.get_column("severity").to_list())]
    statuses = list(STATUS_ORDER)
    pairs = sorted(
        {_pair_key(a, b) for a, b in zip(flags["version_a"], flags["version_b"], strict=True)}
    )
    odd = _odd_counts(flags)
    filters = (
        '<div id="flag-filters">'
        + _options("category", "category", categories)
        + _options("severity", "severity", severities)
        + _options("status", "status", statuses)
        + _options("pair", "version pair", pairs)
        + (_options("odd", "odd one", sorted(odd)) if odd else "")
        + '<button type="button" id="flag-reset">show all</button>'
        f'<span id="flag-count" data-shown="{flags.height}">{flags.height} of {flags.height} '
        "flags shown</span></div>"
    )
    rows = "".join(_flag_row(flag, locate) for flag in flags.iter_rows(named=True))
    return (
        '<section id="flags"><h2>Flags</h2>'
        + filters
        + '<table id="flag-table"><thead><tr><th>id</th><th>versions</th><th>category</th>'
        '<th>severity</th><th class="num">score</th><th>review</th><th>evidence</th>'
        "<th>text A</th><th>text B</th></tr></thead>"
        f"<tbody>{rows}</tbody></table></section>"
    )


def _flag_row(flag: dict, locate: dict[tuple[str, int], int]) -> str:
    terms = evidence_terms(flag["evidence"])
    a, b = flag["version_a"], flag["version_b"]
    unit = next(
        (locate[(a, s)] for s in flag["sent_ids_a"] or [] if (a, s) in locate),
        next((locate[(b, s)] for s in flag["sent_ids_b"] or [] if (b, s) in locate), None),
    )
    link = f' <a href="#unit-{unit}">unit {unit}</a>' if unit is not None else ""
    status = flag["status"]
    review = f'<span class="st st-{_e(status)}">{_e(status)}</span>'
    if flag["reviewer"]:
        review += f' <span class="muted">{_e(flag["reviewer"])}</span>'
    if flag["note"]:
        review += f'<div class="note">{_e(flag["note"])}</div>'
    attrs = (
        f'class="flag" id="flag-{_e(flag["flag_id"])}" data-flag-id="{_e(flag["flag_id"])}" '
        f'data-category="{_e(flag["category"])}" data-severity="{_e(flag["severity"])}" '
        f'data-status="{_e(status)}" data-pair="{_e(_pair_key(a, b))}"'
    )
    check = flag.get("cross_check") or ""
    odd = odd_version(check)
    if odd:
        attrs += f' data-odd="{_e(odd)}"'
    score = "" if flag["score"] is None else f"{flag['score']:.2f}"
    shown = f'<div class="muted">{_e(check)}</div>' if check else ""
    severity = f'<span class="sev sev-{_e(flag["severity"])}">{_e(flag["severity"])}</span>{shown}'
    return (
        f"<tr {attrs}><td><code>{_e(flag['flag_id'])}</code>{link}</td>"
        f"<td><code>{_e(a)}</code><br><code>{_e(b)}</code></td>"
        f"<td>{_e(flag['category'])}</td>"
        f"<td>{severity}</td>"
        f'<td class="num">{score}</td><td>{review}</td><td>{_e(flag["evidence"])}</td>'
        f'<td class="text">{_marked(flag["text_a"], terms)}</td>'
        f'<td class="text">{_marked(flag["text_b"], terms)}</td></tr>'
    )


def _marked(text: str | None, terms: list[str]) -> str:
    if not text:
        return '<span class="empty">(none)</span>'
    return render_marked(text, quotes=[], marks=highlight_spans(text, terms))


def render_marked(text: str, *, quotes: list[tuple[int, int]], marks: list[tuple[int, int]]) -> str:
    """Escaped `text` with quote spans (class q) and highlighted spans (class hl) wrapped."""
    cuts = {0, len(text)}
    for start, end in (*quotes, *marks):
        cuts.update((max(0, min(start, len(text))), max(0, min(end, len(text)))))
    edges = sorted(cuts)
    out: list[str] = []
    for start, end in itertools.pairwise(edges):
        if start == end:
            continue
        classes = [
            name
            for name, spans in (("q", quotes), ("hl", marks))
            if any(s <= start and end <= e for s, e in spans)
        ]
        piece = _e(text[start:end])
        out.append(f'<span class="{" ".join(classes)}">{piece}</span>' if classes else piece)
    return "".join(out)


# ---- pictures ---------------------------------------------------------------------------


def _pair_order(run: Run, present: set[tuple[str, str]]) -> list[tuple[str, str]]:
    listed = [(str(p.get("a")), str(p.get("b"))) for p in run.meta.get("pairs") or []]
    ordered = [p for p in listed if p in present]
    return ordered + sorted(present - set(ordered))


def _picture_section(run: Run, sentences: dict[str, dict[int, dict]]) -> str:
    similarity, beads = run.similarity, run.alignment
    listed = {(str(p.get("a")), str(p.get("b"))) for p in run.meta.get("pairs") or []}
    present = listed | set(beads.select("version_a", "version_b").unique().rows())
    modes = {(str(p.get("a")), str(p.get("b"))): p for p in run.meta.get("pairs") or []}
    figures = []
    for a, b in _pair_order(run, present):
        pair_sim = similarity.filter((pl.col("version_a") == a) & (pl.col("version_b") == b))
        pair_beads = beads.filter((pl.col("version_a") == a) & (pl.col("version_b") == b))
        svg = alignment_svg(
            pair_sim,
            pair_beads,
            n_a=len(sentences.get(a, {})),
            n_b=len(sentences.get(b, {})),
            label_a=a,
            label_b=b,
        )
        mode = modes.get((a, b), {})
        caption = (
            f"<code>{_e(a)}</code> ({len(sentences.get(a, {}))} sentences, rows) × "
            f"<code>{_e(b)}</code> ({len(sentences.get(b, {}))}, columns): "
            f"{pair_beads.height} beads"
            + (f", {_e(mode.get('mode'))} mode" if mode.get("mode") else "")
            + ". Darker = more similar; red boxes = the chosen alignment; ticks in the margin"
            " = sentences with no counterpart."
        )
        figures.append(
            f'<figure class="picture" data-pair="{_e(_pair_key(a, b))}">{svg}'
            f"<figcaption>{caption}</figcaption></figure>"
        )
    return (
        '<section id="pictures"><h2>Alignment pictures</h2>'
        f'<div class="pictures">{"".join(figures)}</div></section>'
    )


# ---- side by side -----------------------------------------------------------------------


def _sentence_lookup(run: Run) -> dict[str, dict[int, dict]]:
    out: dict[str, dict[int, dict]] = defaultdict(dict)
    for row in run.sentences.sort(["version", "sent_id"]).iter_rows(named=True):
        out[row["version"]][row["sent_id"]] = row
    return dict(out)


def _unit_versions(run: Run) -> list[str]:
    units = run.units
    return [v for v in run.version_ids if unit_columns(units, v)[0] in units.columns]


def _unit_lookup(run: Run) -> dict[tuple[str, int], int]:
    units = run.units
    out: dict[tuple[str, int], int] = {}
    for vid in _unit_versions(run):
        ids_col = unit_columns(units, vid)[0]
        for unit_id, ids in zip(units["unit_id"].to_list(), units[ids_col].to_list(), strict=True):
            for sent_id in ids or []:
                out.setdefault((vid, sent_id), unit_id)
    return out


def _terms_by_sentence(flags: pl.DataFrame) -> dict[tuple[str, int], list[str]]:
    out: dict[tuple[str, int], list[str]] = defaultdict(list)
    for flag in flags.iter_rows(named=True):
        terms = evidence_terms(flag["evidence"])
        for side in ("a", "b"):
            for sent_id in flag[f"sent_ids_{side}"] or []:
                out[(flag[f"version_{side}"], sent_id)] += terms
    return out


def _quote_spans(run: Run) -> dict[tuple[str, int], list[tuple[int, int]]]:
    """(version, sent_id) -> the character spans of the quotes touching that sentence."""
    out: dict[tuple[str, int], list[tuple[int, int]]] = defaultdict(list)
    for row in run.quotes.sort(["version", "start", "end"]).iter_rows(named=True):
        if row["start"] is not None and row["end"] is not None:
            for sent_id in row["sent_ids"] or []:
                out[(row["version"], sent_id)].append((row["start"], row["end"]))
    return out


def _units_section(run: Run, flags: pl.DataFrame, sentences: dict[str, dict[int, dict]]) -> str:
    units = run.units.sort("unit_id")
    versions = _unit_versions(run)
    terms = _terms_by_sentence(flags)
    quotes = _quote_spans(run)
    index = {v: i for i, v in enumerate(versions)}
    head = "".join(f"<th><code>{_e(v)}</code></th>" for v in versions)
    body = []
    for unit in units.iter_rows(named=True):
        cells = []
        for vid in versions:
            ids_col, text_col, score_col = unit_columns(units, vid)
            cell = _unit_cell(
                vid,
                unit[ids_col] or [],
                fallback=unit.get(text_col),
                score=unit.get(score_col),
                sentences=sentences.get(vid, {}),
                quotes=quotes,
                terms=terms,
                anchor=index[vid],
            )
            cells.append(f"<td>{cell}</td>")
        uid = unit["unit_id"]
        body.append(f'<tr id="unit-{uid}"><td class="unit mono">{uid}</td>{"".join(cells)}</tr>')
    return (
        '<section id="units"><h2>Side by side</h2><p class="muted">One row per aligned unit. '
        '<span class="q">Quoted words</span> are underlined; <span class="hl">differing '
        "words</span> (a flag's evidence) are highlighted; a red edge marks a flagged sentence.</p>"
        f'<table class="units"><thead><tr><th class="unit">unit</th>{head}</tr></thead>'
        f"<tbody>{''.join(body)}</tbody></table></section>"
    )


def _unit_cell(
    vid: str,
    sent_ids: list[int],
    *,
    fallback: str | None,
    score: float | None,
    sentences: dict[int, dict],
    quotes: dict[tuple[str, int], list[tuple[int, int]]],
    terms: dict[tuple[str, int], list[str]],
    anchor: int,
) -> str:
    if not sent_ids:
        return '<span class="empty">(no counterpart)</span>'
    parts = []
    for sent_id in sent_ids:
        sentence = sentences.get(sent_id)
        if sentence is None:
            parts.append(_e(fallback or ""))
            continue
        text, start = sentence["text"], sentence["start"]
        local_quotes = [
            (max(s, start) - start, min(e, start + len(text)) - start)
            for s, e in quotes.get((vid, sent_id), [])
            if s < start + len(text) and e > start
        ]
        sent_terms = terms.get((vid, sent_id), [])
        flagged = " flagged" if (vid, sent_id) in terms else ""
        marked = render_marked(text, quotes=local_quotes, marks=highlight_spans(text, sent_terms))
        parts.append(
            f'<span class="s{flagged}" id="s-{anchor}-{sent_id}" '
            f'data-sent="{sent_id}">{marked}</span>'
        )
    score_note = f' <span class="muted mono">[{score:.2f}]</span>' if score is not None else ""
    return " ".join(parts) + score_note
