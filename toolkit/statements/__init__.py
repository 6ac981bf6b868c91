"""statements: the quote table -- every statement of a story against every version.

A story may name a reference version in its story.toml (story.py); the statements are then
the reference's turns (transcript) or quotes (article), else the clusters of the versions'
paired quotes. Each version's rendering of each statement is found (link.py) and judged
against the reference with the compare and flag stages (status.py): faithful, distorted
(categories with evidence) or absent. table.py builds the long and wide tables and the
per-outlet summary; html.py renders the table for the report.
"""

from __future__ import annotations

from toolkit.statements.reference import Statement, statement_id
from toolkit.statements.story import STORY_FILE, StoryMeta, read_story_meta
from toolkit.statements.table import (
    TABLE,
    StoryFrames,
    cell_id,
    frames_from_analysis,
    quotes_table,
    story_frames,
)

__all__ = [
    "STORY_FILE",
    "TABLE",
    "Statement",
    "StoryFrames",
    "StoryMeta",
    "cell_id",
    "frames_from_analysis",
    "quotes_table",
    "read_story_meta",
    "statement_id",
    "story_frames",
]
