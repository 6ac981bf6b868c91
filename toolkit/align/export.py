"""Alignment exports: table, CSV, JSON, Parquet (toolkit.output), JSONL, TMX 1.4, Vecalign."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import polars as pl

from toolkit import __version__, atomic
from toolkit.errors import InputError
from toolkit.output import FILE_FORMATS, render

FORMATS = (*FILE_FORMATS, "jsonl", "tmx", "vecalign")
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def versions_of(table: pl.DataFrame) -> list[str]:
    """Version ids of an N-way table, in column order."""
    return [c[: -len(".sent_ids")] for c in table.columns if c.endswith(".sent_ids")]


def lang_of(version: str) -> str:
    """The language code of a version id ``<outlet>.<lang>``."""
    return version.rsplit(".", 1)[-1]


def render_jsonl(table: pl.DataFrame) -> str:
    """One JSON object per unit; per version ``{"sent_ids", "text", "score"}``."""
    lines = []
    for row in table.iter_rows(named=True):
        record: dict = {"unit_id": row["unit_id"]}
        for vid in versions_of(table):
            record[vid] = {
                "sent_ids": row[f"{vid}.sent_ids"],
                "text": row[f"{vid}.text"],
                "score": row[f"{vid}.score"],
            }
        lines.append(json.dumps(record, ensure_ascii=False))
    return "".join(line + "\n" for line in lines)


def render_tmx(table: pl.DataFrame, *, srclang: str | None = None) -> str:
    """TMX 1.4: one <tu> per unit present in two or more versions, one <tuv xml:lang> per version.

    Two versions in the same language are both kept (TMX allows repeated languages).
    """
    versions = versions_of(table)
    source = srclang or (lang_of(versions[0]) if versions else "en")
    root = ET.Element("tmx", {"version": "1.4"})
    ET.SubElement(
        root,
        "header",
        {
            "creationtool": "toolkit",
            "creationtoolversion": __version__,
            "segtype": "sentence",
            "o-tmf": "toolkit",
            "adminlang": "en",
            "srclang": source,
            "datatype": "plaintext",
        },
    )
    body = ET.SubElement(root, "body")
    for row in table.iter_rows(named=True):
        present = [v for v in versions if row[f"{v}.text"]]
        if len(present) < 2:
            continue
        tu = ET.SubElement(body, "tu", {"tuid": str(row["unit_id"])})
        for vid in present:
            prop = ET.SubElement(tu, "prop", {"type": "x-version"})
            prop.text = vid
        for vid in present:
            tuv = ET.SubElement(tu, "tuv", {XML_LANG: lang_of(vid)})
            seg = ET.SubElement(tuv, "seg")
            seg.text = xml_safe(row[f"{vid}.text"])
    ET.indent(root, space=" ")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


# characters XML 1.0 forbids: C0 controls other than tab and line breaks, lone surrogates,
# U+FFFE / U+FFFF (ingest removes them from versions; frames built in code may hold them)
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_safe(text: str) -> str:
    """`text` with each character XML 1.0 forbids replaced by U+FFFD, so the TMX stays
    well-formed whatever a sentence holds."""
    return _NOT_XML.sub("\ufffd", text)


def render_vecalign(table: pl.DataFrame) -> str:
    """``[i, j]:[k]`` lines (0-based) between the two versions of a two-version table."""
    versions = versions_of(table)
    if len(versions) != 2:
        raise InputError(f"vecalign format needs exactly two versions, got {len(versions)}")
    a, b = versions
    lines = []
    for src, tgt in table.select(f"{a}.sent_ids", f"{b}.sent_ids").iter_rows():
        if src or tgt:
            lines.append(f"[{', '.join(map(str, src))}]:[{', '.join(map(str, tgt))}]")
    return "".join(line + "\n" for line in lines)


def render_alignment(table: pl.DataFrame, fmt: str) -> str:
    """Text of `table` in any text format of FORMATS."""
    if fmt == "jsonl":
        return render_jsonl(table)
    if fmt == "tmx":
        return render_tmx(table)
    if fmt == "vecalign":
        return render_vecalign(table)
    if fmt in ("table", "csv", "json"):
        return render(table, fmt)
    raise InputError(f"unknown format {fmt!r}; valid: {', '.join(FORMATS)}")


def write_alignment(table: pl.DataFrame, path: str | Path, *, fmt: str) -> None:
    """Write `table` to `path` atomically in one of FORMATS."""
    if fmt == "parquet":
        with atomic.atomic_path(path) as tmp:
            table.write_parquet(tmp, statistics=False)
        return
    atomic.write_text(path, render_alignment(table, fmt))
