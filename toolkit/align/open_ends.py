"""Open ends: segments that end where no sentence ends.

Some segmenters split after ";" and ":" (Text+Berg's French side does, at most semicolons) or
after an initial ("Leiter Ch ." / "Evans , ..."), so one language's sentence can be two
segments while the other's stays whole. Where only one side breaks after such a segment, it
and what follows belong to one bead; where both sides break after one at the same place, the
break is a real boundary. Translation mode (toolkit.align.dp, `DPParams.open_end_cost`)
charges a bead that ends after an open end on one side only, and a 1-0 / 0-1 bead of one, so
the segment stays with the rest of its sentence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

# a clause (";" or ":") or an initial: one capital, perhaps one small letter, then "." ("J .",
# "B.M .", "Ch ."), at the start or after a space, full stop, bracket or hyphen
OPEN_END = re.compile(r"(?:[;:]|(?:^|[\s.(-])[A-ZÀ-ÝА-ЯЁІЇЄҐ][a-zà-ÿа-яёіїєґ]?\s?\.)\s*$")


def open_ends(texts: Sequence[str]) -> np.ndarray:
    """One boolean per segment: True when it ends in ";" or ":" or after an initial, so the
    sentence goes on in the next segment.

    Example:
        >>> open_ends(["Le temps finit par s'améliorer ;", "Il neigeait.", "Leiter Ch ."]).tolist()
        [True, False, True]
    """
    return np.array([bool(OPEN_END.search(t)) for t in texts], dtype=bool)
