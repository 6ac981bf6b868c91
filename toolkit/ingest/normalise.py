"""Normalise a version's text while keeping a map back to the original character offsets.

Steps, in order: line breaks, spaces and invisible characters (one regex pass); Unicode NFC
(after the removals, so that a mark that followed a removed character composes too);
word-internal apostrophes. Each step returns its output with, for every output character, the
index of its source character in the step's input; the maps are composed with numpy, so the
cost stays linear in the text length.
"""

from __future__ import annotations

import functools
import re
import unicodedata

import numpy as np

# Removed everywhere: soft hyphen, zero-width space / non-joiner / joiner, word joiner,
# byte-order mark, control characters other than tab and line breaks, and the
# noncharacters U+FFFE / U+FFFF (no text holds them, and XML, so the TMX export, forbids them).
_INVISIBLE = (
    "\u00ad\u200b\u200c\u200d\u2060\ufeff\ufffe\uffff\x00-\x08\x0e-\x1b\x1f\x7f-\x84\x86-\x9f"
)
# Become one space: tab, every Unicode space separator (NBSP, narrow NBSP, thin space, ...).
_OTHER_SPACE = "\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000"
_SPACE = " " + _OTHER_SPACE
# Line breaks: \r\n counts as one; U+2029 (paragraph separator) as a paragraph break.
_BREAK = "\n\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029"
_BLANK = f"[{_INVISIBLE}{_SPACE}{_BREAK}]"
# A run of blanks that needs rewriting: two or more blank characters, or a single blank
# character other than a plain space. (It starts with a character set, which keeps the
# regex engine's scan fast.)
_RUN = re.compile(rf"{_BLANK}(?:(?<! )|(?={_BLANK})){_BLANK}*")
_LEADING = re.compile(rf"{_BLANK}*")
_ONE_SPACE = re.compile(f"[{_SPACE}]")
_LINE_BREAK = re.compile(rf"\r\n?|[{_BREAK}]")
# Apostrophe variants between two letters become U+0027.
APOSTROPHES = "'’ʼ`‛ʻ"
_APOSTROPHE = re.compile(rf"(?<=[^\W\d_])[{APOSTROPHES[1:]}](?=[^\W\d_])")
PARAGRAPH_BREAK = "\n\n"


def normalise(text: str) -> tuple[str, tuple[int, ...]]:
    """Normalise `text` and map every output character back to `text`.

    Args:
        text: decoded text (a version's body).

    Returns:
        (normalised, offsets): `offsets` has len(normalised) + 1 entries; offsets[i] is the
        index in `text` of the (first) source character of normalised[i], and the last entry
        is the end of the last source character (0 for an empty result).

    Example:
        >>> normalise("a\\u00adb  c")
        ('ab c', (0, 2, 3, 5, 6))
    """
    result, offsets = normalise_array(text)
    return result, tuple(offsets.tolist())


def normalise_array(text: str) -> tuple[str, np.ndarray]:
    """Like `normalise`, with the offsets as an int64 numpy array."""
    spaced, space_map = _blanks(text)
    nfc, nfc_map = _nfc(spaced)
    result = _APOSTROPHE.sub("'", nfc)
    offsets = space_map[nfc_map]
    # the last output character's source ends with the last character kept by _blanks
    end = int(space_map[-1]) + 1 if len(space_map) else 0
    return result, np.append(offsets, end)


def source_end(text: str, start: int) -> int:
    """End of the source character at `start`: one character, or two for a CRLF line break."""
    return start + 2 if text[start : start + 2] == "\r\n" else start + 1


class _Builder:
    """Collects output pieces with, for each piece, where its characters come from."""

    def __init__(self) -> None:
        self.pieces: list[str] = []
        self.sources: list[int] = []  # source index of the piece's first character
        self.lengths: list[int] = []
        self.steps: list[int] = []  # 1: characters copied in order; 0: all from one source

    def copy(self, text: str, start: int, end: int) -> None:
        if end > start:
            self._add(text[start:end], start, 1)

    def emit(self, piece: str, source: int) -> None:
        self._add(piece, source, 0)

    def extend(self, other: _Builder) -> None:
        self.pieces += other.pieces
        self.sources += other.sources
        self.lengths += other.lengths
        self.steps += other.steps

    def _add(self, piece: str, source: int, step: int) -> None:
        self.pieces.append(piece)
        self.sources.append(source)
        self.lengths.append(len(piece))
        self.steps.append(step)

    def result(self) -> tuple[str, np.ndarray]:
        lengths = np.asarray(self.lengths, dtype=np.int64)
        starts = np.cumsum(lengths) - lengths
        within = np.arange(int(lengths.sum()), dtype=np.int64) - np.repeat(starts, lengths)
        steps = np.repeat(np.asarray(self.steps, dtype=np.int64), lengths)
        sources = np.repeat(np.asarray(self.sources, dtype=np.int64), lengths)
        return "".join(self.pieces), sources + within * steps


def _nfc(text: str) -> tuple[str, np.ndarray]:
    """NFC, line by line; only lines that are not already NFC are rebuilt."""
    if unicodedata.is_normalized("NFC", text):
        return text, np.arange(len(text), dtype=np.int64)
    builder = _Builder()
    done = 0
    for line in re.finditer(r"[^\n]+", text):
        if unicodedata.is_normalized("NFC", line.group()):
            continue
        builder.copy(text, done, line.start())
        fast = _nfc_clusters(text, line.start(), line.end())
        if unicodedata.is_normalized("NFC", "".join(fast.pieces)):
            builder.extend(fast)
        else:
            _nfc_units(text, line.start(), line.end(), builder)
        done = line.end()
    builder.copy(text, done, len(text))
    return builder.result()


_TABLE_SIZE = 0x30000  # no character above this is a combining mark or changed by NFC


@functools.cache
def _nfc_tables() -> tuple[np.ndarray, np.ndarray]:
    """(is a combining mark, is changed by NFC on its own), indexed by code point."""
    marks = np.zeros(_TABLE_SIZE, dtype=bool)
    changed = np.zeros(_TABLE_SIZE, dtype=bool)
    for code in range(_TABLE_SIZE):
        if 0xD800 <= code <= 0xDFFF:
            continue
        ch = chr(code)
        marks[code] = unicodedata.combining(ch) != 0
        changed[code] = not marks[code] and _nfc_str(ch) != ch
    return marks, changed


def _clusters(line: str) -> list[list[int]]:
    """[start, end) of each base character with its marks, and of each character that NFC
    changes on its own, in `line`; found with numpy, so unchanged text costs little."""
    marks, changed = _nfc_tables()
    codes = np.frombuffer(line.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    index = np.minimum(codes, _TABLE_SIZE - 1)
    inside = codes < _TABLE_SIZE
    is_mark = marks[index] & inside
    clusters: list[list[int]] = []
    for position in np.flatnonzero(is_mark | (changed[index] & inside)).tolist():
        if clusters and clusters[-1][1] == position and is_mark[position]:
            clusters[-1][1] = position + 1  # a further mark of the same cluster
        elif is_mark[position]:
            clusters.append([max(position - 1, 0), position + 1])  # base and first mark
        else:
            clusters.append([position, position + 1])
    return clusters


def _nfc_clusters(text: str, start: int, end: int) -> _Builder:
    """NFC of each base character with its marks (and of singletons) in text[start:end].

    Exact for the scripts news is written in; a line where it is not (Hangul jamo, Indic
    two-part vowels) is redone by `_nfc_units`.
    """
    builder = _Builder()
    done = start
    for first, last in _clusters(text[start:end]):
        builder.copy(text, done, start + first)
        _emit_unit(text, start + first, start + last, builder)
        done = start + last
    builder.copy(text, done, end)
    return builder


def _nfc_units(text: str, start: int, end: int, builder: _Builder) -> None:
    """Split a line into units that normalise independently; map each unit to its start.

    One character at a time: slow, but exact for any script.
    """
    unit_start = start
    for position in range(start + 1, end + 1):
        if position < end:
            unit = text[unit_start:position]
            if _nfc_str(unit + text[position]) != _nfc_str(unit) + _nfc_str(text[position]):
                continue
        _emit_unit(text, unit_start, position, builder)
        unit_start = position


def _nfc_str(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def _emit_unit(text: str, start: int, end: int, builder: _Builder) -> None:
    unit = text[start:end]
    normal = unicodedata.normalize("NFC", unit)
    if normal == unit:
        builder.copy(text, start, end)
    else:
        builder.emit(normal, start)


def _blanks(text: str) -> tuple[str, np.ndarray]:
    """Spaces, line breaks and invisible characters; see the module docstring."""
    first = _LEADING.match(text).end()
    last = len(text)
    while last > first and _LEADING.match(text, last - 1, last).end() == last:
        last -= 1
    builder = _Builder()
    done = first
    for run in _RUN.finditer(text, first, last):
        builder.copy(text, done, run.start())
        done = run.end()
        _rewrite_run(run.group(), run.start(), builder)
    builder.copy(text, done, last)
    return builder.result()


def _rewrite_run(run: str, offset: int, builder: _Builder) -> None:
    breaks = [m.start() for m in _LINE_BREAK.finditer(run)]
    paragraph = len(breaks) >= 2 or "\u2029" in run
    if paragraph:
        second = breaks[1] if len(breaks) >= 2 else breaks[0]
        builder.emit("\n", offset + breaks[0])
        builder.emit("\n", offset + second)
        return
    if breaks and "\u00ad" in run[: breaks[0]] and not run[: breaks[0]].strip("\u00ad"):
        return  # a word hyphenated with a soft hyphen at a line end is joined
    if breaks:
        builder.emit("\n", offset + breaks[0])  # a line break inside a paragraph is kept
        return
    space = _ONE_SPACE.search(run)
    if space:
        builder.emit(" ", offset + space.start())
