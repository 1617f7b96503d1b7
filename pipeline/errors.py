"""The project's exceptions: every error a user can cause is a ScribeError.

Messages say what went wrong and what to do. They never contain transcript or
note text; a file name may appear only in the message shown to the user who
gave it (the CLI prints it to stderr, it is never logged at INFO or above).
"""

from __future__ import annotations


class ScribeError(Exception):
    """Base class. ``exit_code`` is what the CLI exits with."""

    exit_code = 1


class ConfigError(ScribeError):
    exit_code = 2


class AudioError(ScribeError):
    """The input recording cannot be used (missing, unreadable, not audio ...)."""

    exit_code = 3


class ModelError(ScribeError):
    """A model is not available offline, is corrupt, or failed to run."""

    exit_code = 4


class TemplateError(ScribeError):
    exit_code = 5


class NoteError(ScribeError):
    exit_code = 6


class OutputError(ScribeError):
    exit_code = 7
