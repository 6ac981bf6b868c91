"""The optional front-matter header of a version file (see docs/input-format.md).

```
---
outlet: RBC-Ukraine
language: en
published: 2021-12-14
---
body...
```
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from toolkit.errors import InputError
from toolkit.ingest.language import language_code

FENCE = "---"
KNOWN_KEYS = ("outlet", "language", "url", "published", "title", "note")
_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n|\Z)")
_FIELD = re.compile(r"([A-Za-z][A-Za-z0-9_-]*)[ \t]*:[ \t]*(.*?)[ \t]*")


def _lines(text: str) -> Iterator[tuple[int, str, int]]:
    """(line number, content without its line break, offset just after the line break)."""
    for number, match in enumerate(_LINE.finditer(text), start=1):
        if match.start() == len(text):
            return
        yield number, match.group().rstrip("\r\n"), match.end()


def _is_fence(line: str) -> bool:
    return line.rstrip(" \t") == FENCE


def parse_header(text: str, *, name: str) -> tuple[dict[str, str], int]:
    """Split a version's decoded text into header fields and the body's start offset.

    Args:
        text: the decoded file text.
        name: the file name used in error messages.

    Returns:
        (meta, body_start): the header's fields (keys lower-cased, values stripped; empty
        when the file has no header) and the offset in `text` where the body starts.

    Raises:
        InputError: an opening `---` without a closing one, a line that is not `key: value`,
            a repeated key, an empty outlet, a language that is not a language code, or a
            published value that is not an ISO date.

    Example:
        >>> parse_header("---\\noutlet: TSN\\n---\\nText.", name="a.txt")
        ({'outlet': 'TSN'}, 20)
    """
    lines = _lines(text)
    first = next(lines, None)
    if first is None or not _is_fence(first[1]):
        return {}, 0
    fields: list[tuple[int, str]] = []
    for number, line, end in lines:
        if _is_fence(line):
            return _parse_fields(fields, name=name), end
        fields.append((number, line))
    raise InputError(f"{name}: line 1 opens a header with '---' but no line '---' closes it")


def _parse_fields(lines: list[tuple[int, str]], *, name: str) -> dict[str, str]:
    meta: dict[str, str] = {}
    for number, line in lines:
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        match = _FIELD.fullmatch(line.strip())
        if match is None:
            raise InputError(
                f"{name}: line {number}: expected 'key: value' in the header, got {line!r}"
            )
        key, value = match.group(1).lower(), match.group(2)
        if key in meta:
            raise InputError(f"{name}: line {number}: {key!r} is given twice in the header")
        meta[key] = _check_field(key, value, where=f"{name}: line {number}")
    return meta


def _check_field(key: str, value: str, *, where: str) -> str:
    if key == "outlet" and not value:
        raise InputError(f"{where}: outlet is empty")
    if key == "language":
        code = language_code(value)
        if code is None:
            raise InputError(
                f"{where}: language {value!r} is not a language code "
                "(use en, uk, ru or another ISO 639-1 code)"
            )
        return code
    if key == "published" and value and not _is_iso_date(value):
        raise InputError(
            f"{where}: published {value!r} is not an ISO date (YYYY-MM-DD or "
            "YYYY-MM-DDTHH:MM[:SS][+HH:MM])"
        )
    return value


def _is_iso_date(value: str) -> bool:
    for parse in (dt.date.fromisoformat, dt.datetime.fromisoformat):
        try:
            parse(value)
        except ValueError:
            continue
        return bool(re.match(r"\d{4}-\d{2}-\d{2}", value))
    return False
