"""Diarization backends. ``make_diarizer`` maps a backend name to a class, lazily.

- ``embedded`` (default on CPU, offline): Silero VAD + the GE2E speaker encoder
  that the ``resemblyzer`` package carries + clustering (pipeline/diarize/embedded.py).
- ``pyannote``: pyannote.audio 4 pipelines from a local folder (pipeline/diarize/pyannote.py).
"""

from __future__ import annotations

from typing import Any

from ..errors import ConfigError
from ..stages import Diarizer

BACKENDS = ("embedded", "pyannote")


def make_diarizer(backend: str = "embedded", **options: Any) -> Diarizer:
    if backend == "embedded":
        from .embedded import EmbeddedDiarizer

        return EmbeddedDiarizer(**options)
    if backend == "pyannote":
        from .pyannote import PyannoteDiarizer

        return PyannoteDiarizer(**options)
    raise ConfigError(f"unknown diarization backend {backend!r}; choose one of {', '.join(BACKENDS)}")
