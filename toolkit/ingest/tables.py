"""Versions and their paragraphs as polars frames (for `toolkit versions` / `toolkit ingest`)."""

from __future__ import annotations

from collections.abc import Sequence

import polars as pl

from toolkit.ingest import Version

VERSIONS = {
    "story": pl.String,
    "version_id": pl.String,
    "outlet": pl.String,
    "lang": pl.String,
    "lang_source": pl.String,
    "encoding": pl.String,
    "paragraphs": pl.Int64,
    "chars": pl.Int64,
    "published": pl.String,
    "title": pl.String,
    "url": pl.String,
    "note": pl.String,
    "other": pl.String,
    "path": pl.String,
}
PARAGRAPHS = {
    "version_id": pl.String,
    "paragraph": pl.Int64,
    "start": pl.Int64,
    "end": pl.Int64,
    "text": pl.String,
}
_OWN_COLUMNS = ("outlet", "language", "published", "title", "url", "note")


def versions_frame(versions: Sequence[Version]) -> pl.DataFrame:
    """One row per version: metadata, encoding, language and where the language came from.

    `other` holds header keys beyond the known ones as `key=value` joined by "; ".
    """
    rows = [
        {
            "story": v.story,
            "version_id": v.version_id,
            "outlet": v.outlet,
            "lang": v.lang,
            "lang_source": v.lang_source,
            "encoding": v.encoding,
            "paragraphs": len(v.paragraph_spans()),
            "chars": len(v.text),
            "published": v.meta.get("published"),
            "title": v.meta.get("title"),
            "url": v.meta.get("url"),
            "note": v.meta.get("note"),
            "other": "; ".join(
                f"{k}={val}" for k, val in sorted(v.meta.items()) if k not in _OWN_COLUMNS
            )
            or None,
            "path": str(v.path),
        }
        for v in versions
    ]
    return pl.DataFrame(rows, schema=VERSIONS, orient="row")


def paragraphs_frame(versions: Sequence[Version]) -> pl.DataFrame:
    """One row per paragraph: its number (from 1), its span in the file (characters of the
    decoded text, header included) and its normalised text."""
    rows = []
    for v in versions:
        for number, (start, end) in enumerate(v.paragraph_spans(), start=1):
            first, last = v.to_original(start, end)
            rows.append(
                {
                    "version_id": v.version_id,
                    "paragraph": number,
                    "start": first,
                    "end": last,
                    "text": v.text[start:end],
                }
            )
    return pl.DataFrame(rows, schema=PARAGRAPHS, orient="row")
