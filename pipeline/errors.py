"""The project's exceptions: every error a user can cause is a ScribeError.

Messages say what went wrong and what to do. They never contain transcript or
note text; a file name may appear only in the message shown to the user who
gave it (the CLI prints it to stderr, it is never logged at INFO or above).
"""

from __future__ import annotations

# Exit codes besides the errors' own (README "Exit codes" lists them all; tests/test_exit_codes.py checks)
OK = 0  # every recording succeeded
FAILED = 1  # one or more recordings failed (each named with its reason); the others were written


class ScribeError(Exception):
    """Base class. ``exit_code`` is what the CLI exits with (pipeline.cli_common.fail)."""

    exit_code = FAILED


class ConfigError(ScribeError):
    """A bad setting or option (a value outside its list, a wrong type, a missing argument): nothing can
    run until it is fixed. The message names the file, variable or option it came from."""

    exit_code = 2


class AudioError(ScribeError):
    """The input recording cannot be used (missing, unreadable, not audio ...)."""

    exit_code = 3


class ModelError(ScribeError):
    """A model is not available offline, is corrupt, or failed to run."""

    exit_code = 4


class TemplateError(ScribeError):
    """A note template is broken; the message names its file and field. No note could follow it."""

    exit_code = 5


class NoteError(ScribeError):
    """No valid note came from the model (or its input transcript could not be read)."""

    exit_code = 6


class OutputError(ScribeError):
    """The output folder cannot be used: not writable, or another command holds its ledger."""

    exit_code = 7
