"""The `toolkit` command. Only this package imports click; commands call library functions.

Each submodule registers its commands on `main`; stage modules are imported inside the
commands so that `toolkit --help` stays instant.
"""

# Importing a command module registers its commands on `main`.
from toolkit.cli import (  # noqa: F401
    align,
    diverge,
    ingest,
    model,
    quotes,
    quotes_table,
    report,
    review,
    run,
    segment,
)
from toolkit.cli.app import main

__all__ = ["main"]
