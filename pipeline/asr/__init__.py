"""ASR backends. ``make_transcriber`` maps a backend name to a class, lazily."""

from __future__ import annotations

from typing import Any

from ..errors import ConfigError
from ..stages import Transcriber

BACKENDS = ("faster-whisper", "transformers")


def make_transcriber(backend: str = "faster-whisper", **options: Any) -> Transcriber:
    if backend == "faster-whisper":
        from .faster_whisper import FasterWhisperTranscriber

        return FasterWhisperTranscriber(**options)
    if backend == "transformers":
        from .transformers_whisper import TransformersWhisperTranscriber

        return TransformersWhisperTranscriber(**options)
    raise ConfigError(f"unknown ASR backend {backend!r}; choose one of {', '.join(BACKENDS)}")
