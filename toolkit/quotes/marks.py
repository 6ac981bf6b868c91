"""Finding quoted spans: quote marks of every style, nesting, dash dialogue, interruptions.

Pure string work, no morphology: marks are paired with a stack per paragraph (a line of
the text), using which side of a word each ambiguous mark stands on (" ' “ ” ’ '').
Unbalanced and stray marks are skipped, never an error.

Example:
    >>> [(s.start, s.end) for s in find_marked("Він сказав: «Так, „Нафтогаз“ готовий».")]
    [(13, 36), (19, 27)]
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

# opener -> the marks that may close it
CLOSERS: dict[str, frozenset[str]] = {
    "«": frozenset("»"),
    "„": frozenset({"“", "”", '"'}),
    "“": frozenset({"”", '"'}),
    "”": frozenset("”"),
    '"': frozenset({'"', "”", "''"}),
    "''": frozenset({"''", '"'}),
    "``": frozenset({"''"}),
    "‚": frozenset({"‘", "’"}),
    "‘": frozenset("’"),
    "'": frozenset("'"),
}
OPEN_ONLY = frozenset({"«", "„", "‚", "``"})
CLOSE_ONLY = frozenset({"»"})
NEVER_OPEN = frozenset({"’"})
_MARK_RE = re.compile(r"''|``|’’|[«»„“”‚‘’\"']")
_OPEN_CONTEXT = set("([{—–-:;,/«„“‘\"'")
_CLOSE_CONTEXT = set(".,;:!?)]}»“”’\"'…—–-")
DASHES = "—–"
_TRAILING = " \t,"


@dataclass
class Span:
    """A quoted span: `start`/`end` delimit the quoted words (marks and a trailing comma
    excluded); `open_at`/`close_at` the whole quotation with its marks; `parts` the
    pieces of an interrupted quote; `author` the reporting clause inside an interrupted
    quote (start, end) when there is one."""

    start: int
    end: int
    open_at: int
    close_at: int
    style: str  # the opening mark, or "—" for dash dialogue
    parts: list[tuple[int, int]] = field(default_factory=list)
    author: tuple[int, int] | None = None
    parent: int | None = None  # index of the enclosing span in the returned list

    def __post_init__(self) -> None:
        if not self.parts:
            self.parts = [(self.start, self.end)]


@dataclass
class _Mark:
    pos: int
    mark: str
    can_open: bool
    can_close: bool

    @property
    def end(self) -> int:
        return self.pos + len(self.mark)


PARAGRAPH_BREAK_RE = re.compile(r"\n[ \t]*\n\s*|\n(?=[ \t]*[—–-][ \t])")


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph of `text`: parts between blank lines, and each
    dialogue line (a line starting with a dash). Quotes never cross a paragraph; a single
    line break inside a paragraph (a wrapped line) does not stop them."""
    spans, pos = [], 0
    for match in PARAGRAPH_BREAK_RE.finditer(text):
        spans.append((pos, match.start()))
        pos = match.end()
    spans.append((pos, len(text)))
    return spans


def lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line of `text`."""
    spans, pos = [], 0
    for line in text.split("\n"):
        spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return spans


def _classify(text: str, pos: int, mark: str) -> _Mark | None:
    prev = text[pos - 1] if pos > 0 else " "
    nxt = text[pos + len(mark)] if pos + len(mark) < len(text) else " "
    if mark in ("'", "’") and prev.isalnum() and nxt.isalpha():
        return None  # apostrophe inside a word
    if mark == "’’":
        mark = "''"
    left = not nxt.isspace() and (prev.isspace() or prev in _OPEN_CONTEXT)
    right = not prev.isspace() and (nxt.isspace() or nxt in _CLOSE_CONTEXT)
    if not left and not right:
        left = right = not (prev.isspace() and nxt.isspace())
    can_open = left and mark not in CLOSE_ONLY and mark not in NEVER_OPEN
    can_close = right and mark not in OPEN_ONLY
    if mark in OPEN_ONLY:
        can_open = True
    if mark in CLOSE_ONLY:
        can_close = True
    if mark == "”" and can_close:
        can_open = False
    if not (can_open or can_close):
        return None
    return _Mark(pos, mark, can_open, can_close)


def _marks(text: str, lo: int, hi: int) -> list[_Mark]:
    found = (_classify(text, m.start(), m.group()) for m in _MARK_RE.finditer(text, lo, hi))
    return [m for m in found if m is not None]


def _pair_marks(marks: list[_Mark]) -> tuple[list[tuple[_Mark, _Mark]], list[_Mark]]:
    """Stack matching; returns the pairs and the openers left unclosed."""
    stack: list[_Mark] = []
    pairs: list[tuple[_Mark, _Mark]] = []
    for mark in marks:
        if mark.can_close:
            hit = next(
                (i for i in range(len(stack) - 1, -1, -1) if mark.mark in CLOSERS[stack[i].mark]),
                None,
            )
            if hit is not None and stack[hit].end < mark.pos:
                pairs.append((stack[hit], mark))
                del stack[hit:]
                continue
        if mark.can_open and mark.mark in CLOSERS:
            stack.append(mark)
    return pairs, stack


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1] in _TRAILING:
        end -= 1
    return start, end


def find_marked(text: str) -> list[Span]:
    """Every span in quote marks, in document order (outer before inner), with parents."""
    spans: list[Span] = []
    paras = paragraphs(text)
    running: Span | None = None  # a quote left open at the end of the last paragraph
    for index, (lo, hi) in enumerate(paras):
        if not text[lo:hi].strip():
            continue
        found: list[Span] = []
        pairs, unclosed = _pair_marks(_marks(text, lo, hi))
        for opener, closer in pairs:
            start, end = _trim(text, opener.end, closer.pos)
            if any(ch.isalnum() for ch in text[start:end]):
                found.append(Span(start, end, opener.pos, closer.end, opener.mark))
        going_on = _continued(text, paras, index, unclosed)
        found.extend(going_on)
        joined = _go_on(running, found, lo) if running is not None else None
        if joined is not None:
            found.remove(joined)
        if not going_on:
            running = None
        elif joined is not going_on[0]:
            running = going_on[0]
        spans.extend(found)
    return nest(spans)


def _go_on(running: Span, found: list[Span], lo: int) -> Span | None:
    """The paragraph's opening quote that goes on with the quote left open before it (the
    same mark opening the paragraph): it becomes that quote's next part, and is returned."""
    first = min(found, key=lambda s: s.open_at, default=None)
    if first is None or first.style != running.style or first.open_at != lo:
        return None
    running.parts = [*running.parts, *first.parts]
    running.end, running.close_at = first.end, first.close_at
    return first


def _continued(
    text: str, paras: list[tuple[int, int]], index: int, unclosed: list[_Mark]
) -> list[Span]:
    """A quote that runs over paragraphs: an opener starting the paragraph, left open, and
    the next non-empty paragraph opening with the same mark (the printer's convention)."""
    lo, hi = paras[index]
    if not unclosed or text[lo:hi].strip()[:1] != unclosed[0].mark[:1]:
        return []
    if text[lo : unclosed[0].pos].strip():
        return []
    following = [text[a:b].strip() for a, b in paras[index + 1 :] if text[a:b].strip()]
    if not following or not following[0].startswith(unclosed[0].mark):
        return []
    start, end = _trim(text, unclosed[0].end, hi)
    return [Span(start, end, unclosed[0].pos, hi, unclosed[0].mark)] if start < end else []


_DOUBLE_RE = re.compile(r"[«»„“”\"]")


def stray_marks(text: str) -> int:
    """How many double quote marks of `text` (« » „ “ ” ") no other mark closes or opens:
    a translation that drops a closing mark ("Джерело повідомило: «Truly ... запуску.") or
    an opening one. Single marks are left out (apostrophes: "players' union")."""
    pairs, _ = _pair_marks(_marks(text, 0, len(text)))
    paired = {m.pos for pair in pairs for m in pair}
    return sum(1 for m in _DOUBLE_RE.finditer(text) if m.start() not in paired)


def nest(spans: list[Span]) -> list[Span]:
    """Sort `spans` in document order (outer first) and set each one's enclosing span."""
    spans.sort(key=lambda s: (s.open_at, -s.close_at, s.start))
    for i, span in enumerate(spans):
        span.parent = None
        for j in range(i - 1, -1, -1):
            outer = spans[j]
            if outer.open_at <= span.open_at and span.close_at <= outer.close_at:
                span.parent = j
                break
    return spans


_DIALOGUE_RE = re.compile(r"[ \t]*[—–-][ \t]+(?=\S)")
_INTERJECTION_RE = re.compile(r"(?<=[,!?….])[ \t]+[—–][ \t]+")


def find_dialogue(text: str, *, is_reporting: Callable[[str], bool]) -> list[Span]:
    """Dash dialogue lines: `— Speech, — said X. — More speech.`.

    `is_reporting(clause)` tells whether an author's clause reports speech; a line whose
    segments after the first are not reporting clauses is taken whole.
    """
    spans = []
    for lo, hi in lines(text):
        match = _DIALOGUE_RE.match(text, lo, hi)
        if not match:
            continue
        spans.extend(_dialogue_line(text, match.end(), hi, is_reporting))
    return spans


def _dialogue_line(text: str, lo: int, hi: int, is_reporting: Callable[[str], bool]) -> list[Span]:
    cuts = [(m.start(), m.end()) for m in _INTERJECTION_RE.finditer(text, lo, hi)]
    bounds = [lo] + [c for cut in cuts for c in cut] + [hi]
    segments = list(zip(bounds[::2], bounds[1::2], strict=True))
    if len(segments) > 1 and not is_reporting(text[segments[1][0] : segments[1][1]]):
        segments = [(lo, hi)]
    speech = [_trim(text, a, b) for a, b in segments[::2]]
    speech = [(a, b) for a, b in speech if a < b]
    if not speech:
        return []
    author = segments[1] if len(segments) > 1 else None
    return [Span(speech[0][0], speech[-1][1], lo, hi, "—", parts=speech, author=author)]


_INSIDE_RE = re.compile(r"(?<=[,!?…])[ \t]+[—–][ \t]+([^«»„“”\"—–]{1,120}?[,.:])[ \t]+[—–][ \t]+")


def split_interrupted(text: str, span: Span, *, is_reporting: Callable[[str], bool]) -> Span:
    """`«A, — сказал X, — b»` inside one pair of marks: one quote in two parts."""
    match = _INSIDE_RE.search(text, span.start, span.end)
    if not match or not is_reporting(match.group(1)):
        return span
    first = _trim(text, span.start, match.start())
    second = _trim(text, match.end(), span.end)
    if first[0] >= first[1] or second[0] >= second[1]:
        return span
    span.parts = [first, second]
    span.author = (match.start(1), match.end(1))
    return span


_GAP_RE = re.compile(r"^[ \t]*,?[ \t]*[—–]?[ \t]*([^.!?;«»„“”\"]{1,80}?),[ \t]*[—–]?[ \t]*$")


_PRONOUN_I_RE = re.compile(r"I(?:\s|['’])")


def merge_interrupted(
    text: str, spans: list[Span], *, is_reporting: Callable[[str], bool]
) -> list[Span]:
    """`"A," he said, "b."` and `«A», — сказав він, — «b»`: two marked spans, one quote.

    `spans` are top-level spans in document order.
    """
    out: list[Span] = []
    for span in spans:
        prev = out[-1] if out else None
        if (
            prev is not None
            and len(prev.parts) == 1
            and not PARAGRAPH_BREAK_RE.search(text, prev.close_at, span.open_at)
        ):
            gap = text[prev.close_at : span.open_at]
            match = _GAP_RE.match(gap)
            first_char = text[span.start]
            goes_on = not first_char.isupper() or (
                _PRONOUN_I_RE.match(text, span.start) is not None
                and "," in text[prev.end : prev.close_at + 1]
            )  # '"Ten minutes later," he admitted, "I had to apologise"'
            if match and is_reporting(match.group(1)) and goes_on:
                a = prev.close_at + match.start(1)
                out[-1] = Span(
                    prev.start,
                    span.end,
                    prev.open_at,
                    span.close_at,
                    prev.style,
                    parts=[*prev.parts, (span.start, span.end)],
                    author=(a, a + len(match.group(1))),
                )
                continue
        out.append(span)
    return out
