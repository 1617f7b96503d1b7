"""The stage Protocols the runner sees. Backends satisfy them; tests use fakes."""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from .schema import Audio, Diarization, Transcript


@runtime_checkable
class Transcriber(Protocol):
    name: str

    def transcribe(self, audio: Audio) -> Transcript:
        """Speech to timestamped segments with words; speakers left None."""
        ...


@runtime_checkable
class Diarizer(Protocol):
    name: str

    def diarize(
        self,
        audio: Audio,
        num_speakers: int | None = None,
        min_speakers: int | None = None,
        max_speakers: int | None = None,
    ) -> Diarization:
        ...
