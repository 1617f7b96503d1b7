"""The stage steps of one recording, and the models they use (loaded once, on first use).

:class:`pipeline.batch.Batch` drives every recording through these steps, for
``scribe transcribe``, ``run``, ``batch`` and the service's worker, and ``scribe
note`` and ``scribe eval notes`` use the same note step. The runner owns model
lifetime: each model loads on first use and serves every recording of the
command; :meth:`Runner.release_models` drops the speech models before the note
model loads. Errors are raised, never kept: the driver decides what a failure
means.
"""

from __future__ import annotations

import gc
from dataclasses import replace
from pathlib import Path
from typing import Any

from . import align, profiles, roles
from . import audio as audio_mod
from .asr import make_transcriber
from .config import Settings
from .diarize import make_diarizer
from .errors import ConfigError
from .schema import Audio, Diarization, Transcript
from .stages import Diarizer, Transcriber


def parse_names(spec: str | None) -> dict[str, str]:
    """``"SPEAKER_00=Ms Lee, child=Maya"`` -> {"SPEAKER_00": "Ms Lee", "child": "Maya"}."""
    out: dict[str, str] = {}
    for part in (spec or "").split(","):
        if not part.strip():
            continue
        key, sep, name = part.partition("=")
        if not sep or not key.strip() or not name.strip():
            raise ConfigError(f"--speakers wants ID=NAME or ROLE=NAME pairs, got {part.strip()!r}")
        out[key.strip() if key.strip().upper().startswith("SPEAKER") else key.strip().lower()] = name.strip()
    return out


class Runner:
    def __init__(self, settings: Settings, transcriber: Transcriber | None = None,
                 diarizer: Diarizer | None = None, encoder: Any = None, note_writer: Any = None) -> None:
        self.settings = settings
        self._note_writer = note_writer
        self._template: Any = None
        self._transcriber = transcriber
        self._diarizer = diarizer
        self._encoder = encoder
        self._profiles: dict | None = None
        self._names = parse_names(settings.roles.names)
        self.turn_rules: align.TurnRules | None = None  # None: pipeline.align's defaults (benchmarks vary them)

    # ------------------------------------------------------------------ models

    @property
    def transcriber(self) -> Transcriber:
        if self._transcriber is None:
            self._transcriber = make_transcriber(self.settings.asr)
        return self._transcriber

    @property
    def diarizer(self) -> Diarizer:
        if self._diarizer is None:
            d = self.settings.diarize
            opts: dict[str, Any] = {}
            if d.backend == "pyannote":
                opts = {"model": d.model, "device": d.device, "allow_download": d.allow_download}
            elif d.backend == "embedded":
                opts = {"encoders": d.encoders, "count_cap": d.count_cap, "split": d.split}
            self._diarizer = make_diarizer(d.backend, **opts)
        return self._diarizer

    @property
    def template(self) -> Any:
        if self._template is None:
            from .note import load_template

            self._template = load_template(self.settings.note.template)
        return self._template

    @property
    def note_writer(self) -> Any:
        if self._note_writer is None:
            from .note import make_note_writer

            self._note_writer = make_note_writer(self.settings)
        return self._note_writer

    @property
    def profiles(self) -> dict:
        if self._profiles is None:
            self._profiles = profiles.load_profiles(self.settings.roles.therapist)
        return self._profiles

    @property
    def encoder(self) -> Any:
        if self._encoder is None:
            from .diarize.encoder import SpeakerEncoder

            shared = getattr(self.diarizer, "encoder", None)  # the embedded diarizer's, already loaded
            self._encoder = shared if isinstance(shared, SpeakerEncoder) else SpeakerEncoder()
        return self._encoder

    def release_models(self) -> None:
        """Drop the speech models (before the note model loads, so both are never resident)."""
        self._transcriber = self._diarizer = self._encoder = None
        gc.collect()

    # ------------------------------------------------------------------- steps

    def decode(self, source: Path) -> Audio:
        a = self.settings.audio
        max_dur = a.max_duration_minutes * 60 if a.max_duration_minutes else None
        return audio_mod.load(source, channel=a.channel, max_duration=max_dur)

    def transcribe(self, audio: Audio) -> Transcript:
        """Speech to words and sentences (no speakers yet)."""
        return self.transcriber.transcribe(audio)

    def diarize(self, audio: Audio) -> Diarization:
        d = self.settings.diarize
        return self.diarizer.diarize(
            audio, num_speakers=d.num_speakers, min_speakers=d.min_speakers, max_speakers=d.max_speakers
        )

    def label(self, audio: Audio, transcript: Transcript, diarization: Diarization) -> Transcript:
        """Give words their speakers and speakers their roles."""
        voices = profiles.speaker_embeddings(self.encoder, audio, diarization) if diarization.turns else {}
        judge = profiles.voice_judge(self.encoder, audio, diarization, voices)
        transcript = align.assign_speakers(transcript, diarization, judge=judge, rules=self.turn_rules)
        sims = None
        if self.profiles and voices:
            sims = profiles.match(voices, self.profiles)
        speakers = roles.label(transcript, diarization, audio, similarities=sims,
                               threshold=self.settings.roles.threshold, names=self._names)
        return replace(transcript, speakers=speakers,
                       models=dict(transcript.models) | {"diarization": diarization.model})

    def note_names(self) -> tuple[str, ...]:
        """Names the note may use although the cited lines do not say them."""
        return tuple(n for n in (self.settings.note.child_name, *self._names.values()) if n)

    def draft_note(self, transcript: Transcript, names: tuple[str, ...] = (), client: Any = None) -> Any:
        """The checked draft note (pipeline.schema.Note) of a transcript; ``names``: more names it may use;
        ``client``: a pipeline.clients.context.ClientContext, whose plan of care the note reports on."""
        from .note import draft

        if client is not None:
            from .clients.context import draft_with

            return draft_with(transcript, self.template, self.note_writer, (*self.note_names(), *names), client)
        template, writer = self.template, self.note_writer
        return draft(transcript, template, writer, names=(*self.note_names(), *names))

    def save_note(self, note: Any, transcript: Transcript, folder: Path) -> list[Path]:
        """note.json and note.md in ``folder`` (atomically)."""
        from .note.render import write_note

        return write_note(note, folder, transcript, self.template)

    def write_note(self, transcript: Transcript, folder: Path, names: tuple[str, ...] = (),
                   client: Any = None) -> Any:
        """The note step: draft, check, and write note.json + note.md; returns the note."""
        note = self.draft_note(transcript, names, client)
        self.save_note(note, transcript, folder)
        return note
