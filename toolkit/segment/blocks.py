"""Cut a text into blocks that no sentence crosses: paragraphs, then lines.

A paragraph ends at a blank line. Inside a paragraph every line starts a new block
(a headline, a caption, a list item, a dialogue line), except a line that starts with a
lower-case letter or follows a line ending in a comma: those continue a hard-wrapped sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_PARAGRAPH_BREAK = re.compile(r"\n(?:[^\S\n]*\n)+")
_LINE = re.compile(r"[^\n]+")


def paragraphs(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each paragraph that holds more than whitespace, in order."""
    start = 0
    for match in _PARAGRAPH_BREAK.finditer(text):
        if text[start : match.start()].strip():
            yield start, match.start()
        start = match.end()
    if text[start:].strip():
        yield start, len(text)


def _continues(previous: str, line: str) -> bool:
    first = line.lstrip()[:1]
    return (first.isalpha() and first.islower()) or previous.rstrip().endswith(",")


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def blocks(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Stripped (start, end) blocks of the paragraph text[start:end], in order."""
    lines = [(m.start(), m.end()) for m in _LINE.finditer(text, start, end) if m.group().strip()]
    current: tuple[int, int] | None = None
    for line_start, line_end in lines:
        line = text[line_start:line_end]
        if current is not None and _continues(text[current[0] : current[1]], line):
            current = (current[0], line_end)
            continue
        if current is not None:
            yield _strip(text, *current)
        current = (line_start, line_end)
    if current is not None:
        yield _strip(text, *current)
