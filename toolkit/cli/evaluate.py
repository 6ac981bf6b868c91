"""`toolkit eval`: the group of evaluation commands (`eval align`, and later others)."""

from __future__ import annotations

from toolkit.cli.app import main


@main.group("eval")
def eval_group() -> None:
    """Evaluate a stage against gold data.

    \b
    Example:
        toolkit eval align --src data/textberg_de_fr/de --tgt data/textberg_de_fr/fr \\
            --gold data/textberg_de_fr/gold
    """
