"""The quote table as an HTML fragment for the report (toolkit/report/assets/report.css).

Cells use the report's classes and colours: a distorted cell shows its categories in the
severity colours of the flags (`sev sev-high|medium|low`, severity from the cell's score by
the flag stage's rule), a faithful cell the green of a dismissed flag (`st st-dismissed`),
an absent cell the muted `empty` style; a reviewed cell adds its `st st-<review>` badge.
Every text is HTML-escaped; the fragment has no script and no external reference.
"""

from __future__ import annotations

import html

import polars as pl

from toolkit.flag import severity

MAX_CELL_CHARS = 220


def _e(value: object) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def _short(text: str) -> str:
    return text if len(text) <= MAX_CELL_CHARS else text[: MAX_CELL_CHARS - 1] + "…"


def _cell(row: dict | None) -> str:
    if row is None or row["status"] == "absent":
        title = f' title="{_e(row["evidence"])}"' if row and row["evidence"] else ""
        cell_id = f' id="{_e(row["cell_id"])}"' if row else ""
        return f'<td class="cell absent"{cell_id}><span class="empty"{title}>absent</span></td>'
    if row["status"] == "distorted":
        sev = severity(row["score"] or 0.0)
        label = " ".join(f'<span class="sev sev-{sev}">{_e(c)}</span>' for c in row["categories"])
        evidence = f'<div class="muted evidence">{_e(row["evidence"])}</div>'
    else:
        label = '<span class="st st-dismissed">faithful</span>'
        evidence = ""
    review = row.get("review")
    badge = (
        f' <span class="st st-{_e(review)}">{_e(review)}</span>'
        if review and review != "unreviewed"
        else ""
    )
    text = f'<div class="text">{_e(_short(row["text"] or ""))}</div>'
    return (
        f'<td class="cell {_e(row["status"])}" id="{_e(row["cell_id"])}" '
        f'title="{_e(row["cell_id"])}">{label}{badge}{evidence}{text}</td>'
    )


def quotes_table_html(table: pl.DataFrame, *, summary: pl.DataFrame | None = None) -> str:
    """A `<section id="quote-table">` with the statements x versions table (and the
    per-outlet summary when given), from the long table of `quotes_table`.

    Example:
        >>> fragment = quotes_table_html(table)  # doctest: +SKIP
        >>> fragment.startswith('<section id="quote-table">')  # doctest: +SKIP
        True
    """
    versions = list(dict.fromkeys(table["version_id"].to_list()))
    rows_by = {(r["statement_id"], r["version_id"]): r for r in table.iter_rows(named=True)}
    statements = table.select("statement_id", "number", "speaker", "canonical").unique(
        maintain_order=True
    )
    head = "".join(f"<th>{_e(v)}</th>" for v in versions)
    body = []
    for st in statements.sort("number").iter_rows(named=True):
        cells = "".join(_cell(rows_by.get((st["statement_id"], v))) for v in versions)
        body.append(
            f'<tr class="statement" id="{_e(st["statement_id"])}">'
            f'<td class="num">{st["number"]}</td>'
            f'<td class="text"><span class="muted">{_e(st["speaker"] or "")}</span> '
            f'<span class="q">{_e(_short(st["canonical"]))}</span></td>{cells}</tr>'
        )
    parts = [
        '<section id="quote-table"><h2>Quote table</h2>',
        '<table class="quote-table"><thead><tr><th>#</th><th>statement</th>',
        head,
        "</tr></thead><tbody>",
        "".join(body)
        or f'<tr><td colspan="{len(versions) + 2}" class="empty">no statements</td></tr>',
        "</tbody></table>",
    ]
    if summary is not None:
        parts.append(_summary(summary))
    parts.append("</section>")
    return "".join(parts)


def _summary(summary: pl.DataFrame) -> str:
    cols = [c for c in summary.columns if c != "version_id"]
    head = "<th>version</th>" + "".join(f'<th class="num">{_e(c)}</th>' for c in cols)
    rows = "".join(
        f"<tr><td>{_e(r['version_id'])}</td>"
        + "".join(f'<td class="num">{_e(r[c])}</td>' for c in cols)
        + "</tr>"
        for r in summary.iter_rows(named=True)
    )
    return (
        '<table class="meta quote-summary"><thead><tr>'
        + head
        + "</tr></thead><tbody>"
        + rows
        + "</tbody></table>"
    )
