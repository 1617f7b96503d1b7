"""The stage Protocols the runner sees. Backends satisfy them; tests use fakes."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol, runtime_checkable

from .schema import Audio, Diarization, Note, Transcript

if TYPE_CHECKING:
    from .note.templates import Template


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


@runtime_checkable
class NoteWriter(Protocol):
    name: str

    def write(self, transcript: Transcript, template: Template) -> Note:
        """A draft note whose items cite segment ids; grounding is a separate step."""
        ...
