"""Sentence starts proposed by the base libraries: razdel (uk, ru) and pysbd (en)."""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=1)
def _pysbd_segmenter() -> object:
    import pysbd

    return pysbd.Segmenter(language="en", clean=False)


def _razdel_starts(block: str) -> list[int]:
    import razdel

    return [span.start for span in razdel.sentenize(block)]


def _pysbd_starts(block: str) -> list[int]:
    starts, cursor = [], 0
    for piece in _pysbd_segmenter().segment(block):
        piece = piece.strip()
        if not piece:
            continue
        found = block.find(piece, cursor)
        if found < 0:  # the library changed the text: keep only the starts we can place
            continue
        starts.append(found)
        cursor = found + len(piece)
    return starts


def library_starts(block: str, lang: str) -> set[int]:
    """Offsets in `block` where the base library starts a sentence (0 excluded)."""
    starts = _pysbd_starts(block) if lang == "en" else _razdel_starts(block)
    return {s for s in starts if s > 0}
