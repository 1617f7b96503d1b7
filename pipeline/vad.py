"""Speech regions from the Silero VAD that faster-whisper bundles: the one place that calls it.

Each caller picks its own settings (ASR windows, diarization, enrollment) as
``faster_whisper.vad.VadOptions`` fields.
"""

from __future__ import annotations

from typing import Any

from .errors import ModelError
from .schema import Audio


def speech_regions(audio: Audio, **options: Any) -> list[tuple[float, float]]:
    """Speech regions in seconds, in time order."""
    from faster_whisper.vad import VadOptions, get_speech_timestamps

    sr = audio.sample_rate
    try:
        stamps = get_speech_timestamps(audio.samples, VadOptions(**options), sampling_rate=sr)
    except Exception as e:  # noqa: BLE001 - onnxruntime or a broken install
        raise ModelError(f"the voice activity detector failed ({e}); reinstall faster-whisper") from e
    return [(r["start"] / sr, r["end"] / sr) for r in stamps if r["end"] > r["start"]]
