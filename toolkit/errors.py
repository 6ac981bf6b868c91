"""Library exceptions. The CLI turns every ToolkitError into one `Error: ...` line."""

from __future__ import annotations


class ToolkitError(Exception):
    """Base class of every error the toolkit reports to the user as one line."""

    exit_code = 1


class InputError(ToolkitError):
    """A user-supplied file or value is unusable (names the file and the problem)."""

    exit_code = 2


class ModelError(ToolkitError):
    """The embedding model cannot be found, prepared or loaded."""

    exit_code = 3


class OutputError(ToolkitError):
    """An output could not be written (disk full, permissions)."""

    exit_code = 4
