"""Bytes to text: UTF-8 (with or without BOM), UTF-16 with BOM, cp1251, koi8-r / koi8-u.

Binary, empty and undecodable data is refused with a one-line InputError naming the file.
Legacy Cyrillic encodings are told apart by decoding with each candidate and scoring how
plausible the result is as Russian/Ukrainian text (letter frequencies and letter case).
"""

from __future__ import annotations

import math
import re

from toolkit.errors import InputError

UTF8_BOM = b"\xef\xbb\xbf"
UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
UTF32_BOMS = (b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")
LEGACY_ENCODINGS = ("cp1251", "koi8-r", "koi8-u")

# Byte signatures of formats people hand in by mistake instead of plain text.
_SIGNATURES = (
    (b"%PDF", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (a .docx, .odt or .zip file)"),
    (b"\xd0\xcf\x11\xe0", "a Microsoft Office document (.doc)"),
    (b"{\\rtf", "an RTF document"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
)

# C0 control bytes that do not occur in text (tab, line feed, vertical tab, form feed and
# carriage return do), plus DEL.
_CONTROL_BYTES = bytes([*range(0x00, 0x09), 0x0E, *range(0x0F, 0x20), 0x7F])
_MAX_CONTROL_RATIO = 0.01

# Approximate textbook frequencies (per cent) of lower-case letters in Russian and Ukrainian,
# the two languages averaged (letters of one language count half); not fitted to any test set.
# fmt: off
_LETTER_FREQ = {
    "о": 10.2, "а": 7.6, "е": 6.7, "и": 6.7, "н": 6.6, "т": 5.8, "с": 4.8, "р": 4.7,
    "в": 5.0, "л": 4.0, "к": 3.5, "м": 3.1, "д": 3.0, "п": 2.8, "у": 3.0, "я": 2.1,
    "і": 2.9, "ы": 0.95, "ь": 1.7, "г": 1.65, "з": 2.0, "б": 1.55, "ч": 1.45, "й": 1.15,
    "х": 1.1, "ж": 0.9, "ш": 0.8, "ю": 0.75, "ц": 0.75, "щ": 0.43, "э": 0.16, "ф": 0.28,
    "є": 0.4, "ї": 0.3, "ъ": 0.02, "ё": 0.02, "ґ": 0.01,
}
# fmt: on
_LOG_FREQ = {
    case(letter): math.log(freq / 100)
    for letter, freq in _LETTER_FREQ.items()
    for case in (str.lower, str.upper)
}
_LOG_RARE = math.log(0.001 / 100)  # Cyrillic letters of other languages (ђ, љ, ѓ, ...)
_TYPOGRAPHY = set("«»„“”‘’‚—–…№•·°€\u00a0\u2009\u202f")
_LOG_TYPOGRAPHY = math.log(0.02)
_LOG_BAD = math.log(1e-5)
# log P(case) of a Cyrillic letter given its place in the word
_LOG_LOWER = math.log(0.9)
_LOG_INITIAL_UPPER = math.log(0.08)
_LOG_ALLCAPS_UPPER = math.log(0.02)
# A decoding is accepted when at most this share of its non-ASCII characters is implausible.
_MAX_BAD_SHARE = 0.2

_SAMPLE_CHARS = 20_000
_WORD = re.compile(r"[^\W\d_]+")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_BAD_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f]")


def _fail(name: str, problem: str) -> InputError:
    return InputError(f"{name}: {problem}")


def decode_bytes(data: bytes, *, name: str) -> tuple[str, str]:
    """Decode the bytes of a version file.

    Args:
        data: the file's bytes.
        name: the file name used in error messages.

    Returns:
        (text, encoding): the decoded text (a byte-order mark is not part of it) and one of
        "utf-8", "utf-8-sig", "utf-16", "cp1251", "koi8-r", "koi8-u".

    Raises:
        InputError: empty, binary (NUL bytes, control characters, known binary formats),
            UTF-32, or neither UTF-8 nor plausible cp1251/koi8 text.

    Example:
        >>> decode_bytes("Привіт".encode("cp1251"), name="a.txt")
        ('Привіт', 'cp1251')
    """
    if not data:
        raise _fail(name, "empty file")
    if data.startswith(UTF32_BOMS):
        raise _fail(name, "UTF-32 text is not supported; save the file as UTF-8")
    if data.startswith(UTF16_BOMS):
        return _check_text(_decode_utf16(data, name=name), name=name), "utf-16"
    if data.startswith(UTF8_BOM):
        return _check_text(_decode_utf8_bom(data, name=name), name=name), "utf-8-sig"
    _check_binary(data, name=name)
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        utf8_error = exc
    return _decode_legacy(data, name=name, utf8_error=utf8_error)


def _decode_utf16(data: bytes, *, name: str) -> str:
    try:
        return data.decode("utf-16")
    except UnicodeDecodeError as exc:
        raise _fail(
            name, f"starts with a UTF-16 byte-order mark but is not valid UTF-16 ({exc.reason})"
        ) from None


def _decode_utf8_bom(data: bytes, *, name: str) -> str:
    body = data[len(UTF8_BOM) :]
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise _fail(
            name,
            "starts with a UTF-8 byte-order mark but is not valid UTF-8 "
            f"(byte 0x{body[exc.start]:02x} at offset {exc.start + len(UTF8_BOM)})",
        ) from None


def _check_binary(data: bytes, *, name: str) -> None:
    for signature, what in _SIGNATURES:
        if data.startswith(signature):
            raise _fail(name, f"{what}, not plain text; save it as plain text (UTF-8)")
    if b"\x00" in data:
        raise _fail(name, "binary file (contains NUL bytes; UTF-16 text needs a byte-order mark)")
    controls = len(data) - len(data.translate(None, _CONTROL_BYTES))
    if controls > _MAX_CONTROL_RATIO * len(data):
        raise _fail(name, f"binary file ({controls} control bytes in {len(data)})")


def _check_text(text: str, *, name: str) -> str:
    """Apply the binary checks to text decoded from UTF-16/UTF-8 with a BOM."""
    if "\x00" in text:
        raise _fail(name, "binary file (contains NUL characters)")
    controls = len(_BAD_CONTROL.findall(text))
    if controls > _MAX_CONTROL_RATIO * len(text):
        raise _fail(name, f"binary file ({controls} control characters in {len(text)})")
    return text


def _decode_legacy(data: bytes, *, name: str, utf8_error: UnicodeDecodeError) -> tuple[str, str]:
    best: tuple[float, str, str] | None = None
    best_bad = 1.0
    seen: set[str] = set()
    for encoding in LEGACY_ENCODINGS:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if text in seen:  # koi8-u decodes like koi8-r when no Ukrainian letters occur
            continue
        seen.add(text)
        score, bad_share = cyrillic_plausibility(text)
        if best is None or score > best[0]:
            best, best_bad = (score, text, encoding), bad_share
    if best is None or best_bad > _MAX_BAD_SHARE:
        position = utf8_error.start
        raise _fail(
            name,
            f"cannot decode: not UTF-8 (byte 0x{data[position]:02x} at offset {position}) "
            "and not cp1251 or koi8-r Cyrillic text; save it as UTF-8",
        )
    return best[1], best[2]


def cyrillic_plausibility(text: str) -> tuple[float, float]:
    """Score `text` as Cyrillic prose, looking only at its non-ASCII characters.

    Only the first `_SAMPLE_CHARS` characters are scored, which keeps big files fast.

    Returns:
        (score, bad_share): the mean log-probability of the non-ASCII characters under a
        letter-frequency and letter-case model (higher is more plausible), and the share of
        non-ASCII characters that are implausible (box drawing, mixed-script words, letters
        whose case is out of place).
    """
    sample = text[:_SAMPLE_CHARS]
    scored: list[tuple[float, bool]] = []
    for word in _WORD.findall(sample):
        if not word.isascii():
            scored += _word_scores(word)
    for ch in _NON_ASCII.findall(sample):
        if not ch.isalpha():
            scored.append((_LOG_TYPOGRAPHY, False) if ch in _TYPOGRAPHY else (_LOG_BAD, True))
    if not scored:
        return 0.0, 0.0
    return (
        sum(logp for logp, _ in scored) / len(scored),
        sum(bad for _, bad in scored) / len(scored),
    )


def _word_scores(word: str) -> list[tuple[float, bool]]:
    """(log-probability, implausible) for each non-ASCII letter of one word."""
    if not all(_is_cyrillic(ch) for ch in word):  # mixed scripts or symbols
        return [(_LOG_BAD, True) for ch in word if not ch.isascii()]
    rest = len(word) - 1
    if word.islower():
        cases = [_LOG_LOWER] * len(word)
    elif word.isupper():
        cases = [_LOG_INITIAL_UPPER] + [_LOG_ALLCAPS_UPPER] * rest
    elif word[0].isupper() and word[1:].islower():
        cases = [_LOG_INITIAL_UPPER] + [_LOG_LOWER] * rest
    else:
        return [(_LOG_BAD, True) for _ in word]
    return [
        (_LOG_FREQ.get(ch, _LOG_RARE) + case, False) for ch, case in zip(word, cases, strict=True)
    ]


def _is_cyrillic(ch: str) -> bool:
    return "\u0400" <= ch <= "\u04ff"
