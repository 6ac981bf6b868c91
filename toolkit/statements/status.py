"""The status of one cell (statement x version) against the reference.

A rendering is compared with the reference sentences it carries by the compare stage
(`compare_texts`) and judged by the flag stage's rules (`find_divergences`), thresholds
included:
- reported speech (no paired quote) must hold a sentence that is the
  statement's most similar and has it as its most similar statement (link.py); it is then
  checked the way the flag stage checks an unpaired quote: carried content words and
  similarity make it the statement told in other words (faithful against a transcript);
  otherwise the statement is absent;
- a rendering that is mostly quotation is held to the words: every category applies;
- reported speech is held to the facts only: numbers, dates and names replaced (not
  merely left out or added), negation, antonyms, speaker -- never to wording (words
  dropped/added, low similarity);
- a reference sentence that the rendering leaves out makes it WORDS_DROPPED;
- a quote is given another speaker only when the sentence names that speaker and does not
  name the reference's speaker (a role resolved to a person is too weak to accuse).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import polars as pl

from toolkit.flag import CATEGORIES, DEFAULT_THRESHOLDS, Finding, Thresholds, find_divergences
from toolkit.statements.link import Rendering
from toolkit.statements.reference import Statement

QUOTED_SHARE = 0.6  # share of a rendering's characters inside quote marks to count as quoted
WORDING = ("WORDS_DROPPED", "WORDS_ADDED")
SUBSTITUTIONS = {"NUMBER_CHANGED": "numbers", "DATE_CHANGED": "dates", "NAME_CHANGED": "names"}
MAX_SHOWN_WORDS = 8


@dataclass
class Cell:
    """One statement in one version."""

    statement_id: str
    version_id: str
    status: str  # "faithful" | "distorted" | "absent"
    categories: list[str] = field(default_factory=list)
    evidence: str = ""
    text: str = ""
    form: str | None = None  # "reference" | "quote" | "reported" | None (absent)
    sent_ids: list[int] = field(default_factory=list)
    quote_ids: list[str] = field(default_factory=list)
    score: float | None = None


@dataclass(frozen=True)
class VersionText:
    """What status needs of a version: language, sentences (id -> (start, end, text)), quotes."""

    version_id: str
    lang: str
    sentences: dict[int, tuple[int, int, str]]
    quotes: dict[str, dict]


def version_text(
    version_id: str, lang: str, sentences: pl.DataFrame, quotes: pl.DataFrame
) -> VersionText:
    """A VersionText from a version's SENTENCES and QUOTES rows."""
    sents = {
        int(r["sent_id"]): (int(r["start"]), int(r["end"]), r["text"])
        for r in sentences.iter_rows(named=True)
    }
    return VersionText(
        version_id, lang, sents, {q["quote_id"]: q for q in quotes.iter_rows(named=True)}
    )


def reference_cell(statement: Statement, version_id: str) -> Cell:
    """The reference's own cell: faithful by definition, its text the canonical text."""
    return Cell(statement.statement_id, version_id, "faithful", text=statement.text,
                form="reference", sent_ids=[s.sent_id for s in statement.sentences],
                quote_ids=list(statement.quote_ids))  # fmt: skip


def absent_cell(statement: Statement, version_id: str, evidence: str = "") -> Cell:
    """A cell whose version does not render the statement."""
    return Cell(statement.statement_id, version_id, "absent", evidence=evidence)


def judge(
    statement: Statement,
    rendering: Rendering,
    version: VersionText,
    *,
    ref_lang: str,
    encode: Callable,
    token_vectors: Callable | None,
    thresholds: Thresholds = DEFAULT_THRESHOLDS,
) -> Cell:
    """The cell of `statement` rendered by `rendering` in `version`."""
    from toolkit.compare import compare_texts

    sent_ids = sorted(rendering.sent_ids)
    full_text = " ".join(version.sentences[i][2] for i in sent_ids if i in version.sentences)
    quotes = [version.quotes[q] for q in rendering.quote_ids if q in version.quotes]
    whole = [q for q in quotes if not q["fragment"]]
    quoted = bool(whole) and _quoted_share(whole, sent_ids, version) >= QUOTED_SHARE
    carried = [s for s in statement.sentences if s.sent_id in rendering.covered]
    ref_text = " ".join(s.text for s in (carried or statement.sentences))
    compared = (
        " ".join(q["text"] for q in sorted(whole, key=lambda q: q["start"]))
        if quoted
        else full_text
    )
    speaker = _named_speaker(whole, statement, version)
    features = compare_texts(
        ref_text, ref_lang, compared, version.lang,
        similarity=_cosine(encode, ref_text, compared),
        speaker_a=statement.speaker if speaker else None, speaker_b=speaker,
        token_vectors=token_vectors, encode=encode,
    )  # fmt: skip
    row = features.record() | {"text_a": ref_text, "text_b": compared}
    if not quotes and not rendering.mutual:
        return absent_cell(statement, version.version_id, "no sentence most similar to it")
    if not quotes and not _carried(row, statement, thresholds):
        return absent_cell(statement, version.version_id, _quote_missing(row, thresholds))
    if quoted:
        row["kind"] = "quote"
        findings = find_divergences(row, thresholds)
    else:
        row["kind"] = "unit"
        findings = [f for f in find_divergences(row, thresholds) if _factual(f, row)]
    findings += _dropped_sentences(statement, rendering, thresholds)
    return _cell(statement, version, rendering, full_text, findings, quoted=quoted)


def _quoted_share(quotes: list[dict], sent_ids: list[int], version: VersionText) -> float:
    total = sum(len(version.sentences[i][2]) for i in sent_ids if i in version.sentences)
    inside = sum(len(q["text"]) for q in quotes)
    return inside / total if total else 0.0


def _cosine(encode: Callable, a: str, b: str) -> float | None:
    if not a or not b:
        return None
    vecs = encode([a, b])
    return round(float(vecs[0] @ vecs[1]), 6)


def _factual(finding: Finding, row: dict) -> bool:
    """Findings that hold reported speech to the facts, not to the wording: a number, date
    or name counts only when replaced (differing on both sides), since reported speech may
    leave details out and add its own context (the speaker's name, the year)."""
    if finding.category in WORDING:
        return False
    if finding.category == "MEANING_CHANGED":
        return not finding.evidence.startswith("similarity")
    side = SUBSTITUTIONS.get(finding.category)
    if side is not None:
        return bool(row.get(f"{side}_only_a")) and bool(row.get(f"{side}_only_b"))
    return True


def _carried(row: dict, statement: Statement, t: Thresholds) -> bool:
    """The flag stage's test for an unpaired quote: is it told in the other version's words?
    (Whatever the quote's length or speaker: the flag stage's rule that a short quote with no
    speaker is a term, not speech, answers another question.)"""
    unpaired = row | {"kind": "unpaired", "quote_id_a": statement.quote_ids[0], "quote_id_b": None}
    told = t.replace(quote_needs_speaker_or_length=False)
    return any(f.category == "DEQUOTED" for f in find_divergences(unpaired, told))


def _quote_missing(row: dict, t: Thresholds) -> str:
    sim = row.get("similarity")
    content = row.get("content_a") or 0
    left = len(row.get("unmatched_a") or [])
    carried = f"{content - left}/{content} content words" if content else "no content words"
    return f"closest sentence: {carried}" + (f", similarity {sim:.2f}" if sim is not None else "")


def _dropped_sentences(statement: Statement, rendering: Rendering, t: Thresholds) -> list[Finding]:
    missing = [s for s in statement.sentences if s.sent_id not in rendering.covered]
    if not missing or len(missing) == len(statement.sentences):
        return []
    shown = "; ".join(_short(s.text) for s in missing)
    return [Finding("WORDS_DROPPED", t.sentence_dropped_score, f"sentence dropped: {shown}")]


def _short(text: str) -> str:
    words = text.split()
    return " ".join(words[:MAX_SHOWN_WORDS]) + (" …" if len(words) > MAX_SHOWN_WORDS else "")


def _named_speaker(quotes: list[dict], statement: Statement, version: VersionText) -> str | None:
    """The quotes' speaker when the sentences name that speaker and not the reference's."""
    from toolkit.quotes import speaker_key

    if not statement.speaker_key:
        return None
    for q in quotes:
        if not q["speaker_key"] or q["speaker_key"] == statement.speaker_key:
            continue
        words = _attribution_words(q, version)
        keys = {speaker_key(w, version.lang) for w in words}
        if q["speaker_key"] in keys and statement.speaker_key not in keys:
            return q["speaker"]
    return None


def _attribution_words(quote: dict, version: VersionText) -> list[str]:
    """The words of the quote's sentences outside the quotation."""
    words = []
    for sid in quote["sent_ids"] or []:
        if sid not in version.sentences:
            continue
        start, end, text = version.sentences[sid]
        a, b = max(quote["start"], start) - start, min(quote["end"], end) - start
        outside = text[:a] + " " + text[b:] if 0 <= a <= b <= len(text) else text
        words += [w.strip(".,:;!?«»\"'“”„—–-()") for w in outside.split()]
    return [w for w in words if len(w) > 2 and w[:1].isupper()]


def _cell(
    statement: Statement,
    version: VersionText,
    rendering: Rendering,
    text: str,
    findings: list[Finding],
    *,
    quoted: bool,
) -> Cell:
    best: dict[str, Finding] = {}
    for f in findings:
        if f.category not in best or f.score > best[f.category].score:
            best[f.category] = f
    ranked = sorted(best.values(), key=lambda f: (-f.score, CATEGORIES.index(f.category)))
    return Cell(
        statement.statement_id,
        version.version_id,
        "distorted" if ranked else "faithful",
        categories=[f.category for f in ranked],
        evidence="; ".join(f.evidence for f in ranked),
        text=text,
        form="quote" if quoted else "reported",
        sent_ids=sorted(rendering.sent_ids),
        quote_ids=list(rendering.quote_ids),
        score=round(max((f.score for f in ranked), default=0.0), 4) if ranked else None,
    )
