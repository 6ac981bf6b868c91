"""Align stage: sentence alignment between versions (translation, comparable and auto modes).

Example:
    >>> from toolkit.align import align_arrays  # doctest: +SKIP
"""

from __future__ import annotations

from toolkit.align.api import AlignResult, align_pair, beads_frame, frame_from_lines
from toolkit.align.core import MODES, Bead, align_arrays, align_signature
from toolkit.align.nway import StoryAlignment, align_story, align_versions, choose_pivot

ALIGN_SIGNATURE = align_signature

__all__ = [
    "ALIGN_SIGNATURE",
    "MODES",
    "AlignResult",
    "Bead",
    "StoryAlignment",
    "align_arrays",
    "align_pair",
    "align_signature",
    "align_story",
    "align_versions",
    "beads_frame",
    "choose_pivot",
    "frame_from_lines",
]
