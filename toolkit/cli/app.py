"""The root click group and the one place where library errors become `Error: ...` lines."""

from __future__ import annotations

import sys

import click

from toolkit import __version__
from toolkit.errors import ToolkitError


class ToolkitGroup(click.Group):
    """A group that reports ToolkitError (and interrupts) as one line with an exit code."""

    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except ToolkitError as exc:
            error = click.ClickException(str(exc))
            error.exit_code = exc.exit_code
            raise error from None
        except KeyboardInterrupt:
            click.echo("Error: interrupted", err=True)
            sys.exit(130)


@click.group(cls=ToolkitGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="toolkit")
def main() -> None:
    """Compare how a news story and its quotes are rendered across languages and outlets.

    \b
    Example:
        toolkit run texts/putin-bush-nato-2001
        toolkit segment texts/putin-bush-nato-2001/rbc-ukraine.en.txt
    """
