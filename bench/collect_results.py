"""Rebuild bench/RESULTS.md from the per-area result files in bench/results/.

Each file there is written by hand from a benchmark or evaluation run and names its
machine, date and command; this script only gathers them, in a fixed order, under the
summary kept in bench/results/_summary.md.

    python bench/collect_results.py
"""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).parent
ORDER = [
    "embed.md",
    "align.md",
    "segment.md",
    "ingest.md",
    "quotes.md",
    "compare-features.md",
    "divergence.md",
    "drift_suite.md",
    "quotes_table.md",
    "report-review.md",
    "reliability.md",
]


def main() -> None:
    results = HERE / "results"
    parts = [(results / "_summary.md").read_text(encoding="utf-8").rstrip() + "\n"]
    names = ORDER + sorted(
        p.name for p in results.glob("*.md") if p.name not in ORDER and p.name != "_summary.md"
    )
    for name in names:
        path = results / name
        if path.is_file():
            text = path.read_text(encoding="utf-8").strip()
            parts.append(f"\n<!-- from bench/results/{name} -->\n{_demote(text)}\n")
    (HERE / "RESULTS.md").write_text("".join(parts), encoding="utf-8")


def _demote(text: str) -> str:
    """One heading level down (outside code fences), so each file is a section of RESULTS.md."""
    lines, fenced = [], False
    for line in text.splitlines():
        if line.startswith("```"):
            fenced = not fenced
        lines.append("#" + line if line.startswith("#") and not fenced else line)
    return "\n".join(lines)


if __name__ == "__main__":
    main()
