"""The `toolkit` command. Only this package imports click; commands call library functions.

Each submodule registers its commands on `main`; stage modules are imported inside the
commands so that `toolkit --help` stays instant.
"""

from toolkit.cli.app import main
from toolkit.cli import segment  # noqa: F401  (registers commands)
from toolkit.cli import run  # noqa: F401
from toolkit.cli import ingest  # noqa: F401  (registers commands)
from toolkit.cli import report  # noqa: F401  (registers commands)
from toolkit.cli import review  # noqa: F401  (registers commands)
from toolkit.cli import quotes  # noqa: F401  (registers commands)
from toolkit.cli import model  # noqa: F401  (registers commands)
from toolkit.cli import align  # noqa: F401  (registers commands)
from toolkit.cli import diverge  # noqa: F401  (registers commands)
from toolkit.cli import quotes_table  # noqa: F401  (registers commands)

__all__ = ["main"]
