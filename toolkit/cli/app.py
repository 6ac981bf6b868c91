"""The root click group and the one place where library errors become `Error: ...` lines."""

from __future__ import annotations

import signal
import sys
import threading

import click

from toolkit import __version__
from toolkit.errors import ToolkitError


class _Interrupts:
    """Remembers a Ctrl-C: a KeyboardInterrupt raised while a library runs native code (polars
    building a frame) can reach us wrapped in another exception (a TypeError)."""

    seen = False

    @classmethod
    def handler(cls, signum: int, frame: object) -> None:
        cls.seen = True
        raise KeyboardInterrupt

    @classmethod
    def install(cls) -> None:
        cls.seen = False
        if threading.current_thread() is threading.main_thread():
            signal.signal(signal.SIGINT, cls.handler)


def catch_interrupts() -> None:
    """Put the toolkit's Ctrl-C handler back in place. polars, imported inside a command,
    installs its own with SA_RESTART, and under it a read blocked on the terminal (a
    review prompt) ignores Ctrl-C until a key arrives."""
    _Interrupts.install()


def _interrupted() -> None:
    click.echo("Error: interrupted", err=True)
    sys.exit(130)


class ToolkitGroup(click.Group):
    """A group that reports ToolkitError (and interrupts) as one line with an exit code."""

    def invoke(self, ctx: click.Context) -> object:
        _Interrupts.install()
        try:
            return super().invoke(ctx)
        except ToolkitError as exc:
            if _Interrupts.seen:
                _interrupted()
            error = click.ClickException(str(exc))
            error.exit_code = exc.exit_code
            raise error from None
        except KeyboardInterrupt:
            _interrupted()
        except Exception:
            if _Interrupts.seen:  # the interrupt arrived inside native code, re-wrapped
                _interrupted()
            raise


@click.group(cls=ToolkitGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="toolkit")
def main() -> None:
    """Compare how a news story and its quotes are rendered across languages and outlets.

    \b
    Example:
        toolkit run texts/putin-bush-nato-2001
        toolkit segment texts/putin-bush-nato-2001/rbc-ukraine.en.txt
    """
