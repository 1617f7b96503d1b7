"""ASR backends. ``make_transcriber`` maps ``[asr] backend`` to a class, lazily.

Both backends take the one description of the ASR options,
:class:`pipeline.config.AsrSettings`, and share the decoding helpers of
:mod:`pipeline.asr.common`. The valid backends and each one's compute types are
listed here, where the settings loader reads them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..errors import ConfigError

if TYPE_CHECKING:
    from ..config import AsrSettings
    from ..stages import Transcriber

BACKENDS = ("faster-whisper", "transformers")
COMPUTE_TYPES = {
    # CTranslate2's types; default: int8 on the CPU, float16 on CUDA
    "faster-whisper": ("default", "auto", "int8", "int8_float32", "int8_float16", "int8_bfloat16", "int16",
                       "float16", "bfloat16", "float32"),
    # torch dtypes; default: float16 on CUDA, float32 on the CPU
    "transformers": ("default", "float16", "bfloat16", "float32"),
}


def make_transcriber(settings: AsrSettings) -> Transcriber:
    """The transcriber ``settings.backend`` names, its model loaded (ModelError, ConfigError)."""
    if settings.backend == "faster-whisper":
        from .faster_whisper import FasterWhisperTranscriber

        return FasterWhisperTranscriber(settings)
    if settings.backend == "transformers":
        from .transformers_whisper import TransformersWhisperTranscriber

        return TransformersWhisperTranscriber(settings)
    raise ConfigError(f"unknown ASR backend {settings.backend!r}; choose one of {', '.join(BACKENDS)}")
