"""Docs guard: every command is in the README and has --help with an example."""

from __future__ import annotations

from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from toolkit.cli import main

README = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")


def _commands(group: click.Group, prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    found = []
    for name in sorted(group.commands):
        command = group.commands[name]
        path = (*prefix, name)
        found.append(path)
        if isinstance(command, click.Group):
            found += _commands(command, path)
    return found


COMMANDS = _commands(main)


def test_the_cli_has_the_commands_of_the_design() -> None:
    names = {c[0] for c in COMMANDS}
    assert {"run", "report", "review", "align", "quotes", "segment", "diverge"} <= names


@pytest.mark.parametrize("path", COMMANDS, ids=[" ".join(c) for c in COMMANDS])
def test_command_is_in_readme(path: tuple[str, ...]) -> None:
    assert f"toolkit {' '.join(path)}" in README


@pytest.mark.parametrize("path", COMMANDS, ids=[" ".join(c) for c in COMMANDS])
def test_command_help_has_an_example(path: tuple[str, ...]) -> None:
    result = CliRunner().invoke(main, [*path, "--help"])
    assert result.exit_code == 0, result.output
    assert "Example" in result.output


def test_readme_opens_with_the_two_setup_commands() -> None:
    block = README.split("```", 2)[1].strip().splitlines()
    assert [line.split("#")[0].strip() for line in block] == ["make demo", "make test"]


def test_ci_runs_the_readme_test_command() -> None:
    ci = (Path(__file__).parent.parent / ".ci" / "run").read_text(encoding="utf-8")
    commands = [
        line for line in ci.splitlines() if line and not line.startswith(("#", "set ", "cd "))
    ]
    assert commands == ["make test"]


def test_version_and_module_entry_point() -> None:
    import subprocess
    import sys

    from toolkit import __version__

    result = subprocess.run(
        [sys.executable, "-m", "toolkit", "--version"], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0
    assert result.stdout.strip() == f"toolkit, version {__version__}"
