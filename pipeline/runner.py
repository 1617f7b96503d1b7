"""Runs the stages for one recording at a time; owns model lifetime.

Models load once (on first use) and serve every file of a command. Errors of
one recording (``AudioError`` ...) are returned in its ``Result`` so the caller
can go on with the others; a ``ModelError`` or ``ConfigError`` while loading
stops the run, since no recording could succeed without the model.
"""

from __future__ import annotations

import gc
import logging
import time
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from . import align, profiles, roles
from . import audio as audio_mod
from .asr import make_transcriber
from .config import Settings
from .diarize import make_diarizer
from .errors import ConfigError, ModelError, ScribeError
from .outputs import write_transcript
from .schema import Audio, Diarization, Transcript
from .stages import Diarizer, Transcriber

log = logging.getLogger("pipeline.runner")


@dataclass
class Result:
    index: int
    source: Path
    folder: Path | None = None
    transcript: Transcript | None = None
    diarization: Diarization | None = None
    error: ScribeError | None = None
    note: Any = None  # pipeline.schema.Note when a note was written
    timings: dict[str, float] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return self.error is None


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
        self._used: set[Path] = set()

    @property
    def transcriber(self) -> Transcriber:
        if self._transcriber is None:
            a = self.settings.asr
            self._transcriber = make_transcriber(
                a.backend, model=a.model, device=a.device, compute_type=a.compute_type,
                language=a.language, beam_size=a.beam_size, batch_size=a.batch_size,
                hotwords=a.hotwords, initial_prompt=a.initial_prompt, vad=a.vad,
                allow_download=a.allow_download,
            )
        return self._transcriber

    @property
    def diarizer(self) -> Diarizer:
        if self._diarizer is None:
            d = self.settings.diarize
            opts: dict[str, Any] = {}
            if d.backend == "pyannote":
                opts = {"model": d.model, "device": d.device, "allow_download": d.allow_download}
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

    def note_names(self) -> tuple[str, ...]:
        """Names the note may use although the cited lines do not say them."""
        return tuple(n for n in (self.settings.note.child_name, *self._names.values()) if n)

    def draft_note(self, transcript: Transcript, client: Any = None) -> Any:
        """The checked draft note (pipeline.schema.Note) of one transcript; with ``client`` (a
        pipeline.clients.context.ClientContext), checked against the client's plan of care too."""
        from .note import draft

        if client is not None:
            from .clients.context import draft_for

            return draft_for(self, transcript, client)
        template, writer = self.template, self.note_writer
        return draft(transcript, template, writer, names=self.note_names())

    def write_note(self, res: Result, client: Any = None) -> Result:
        """Draft, check and write note.json + note.md beside the transcript.

        A NoteError (no valid answer from the model, or a prompt too long for
        it) fails this recording; its transcript files are already written. A
        ModelError while loading the model stops the run.
        """
        from .note.render import write_note

        assert res.transcript is not None and res.folder is not None
        try:
            t0 = time.perf_counter()
            note = self.draft_note(res.transcript, client)
            res.timings["note"] = time.perf_counter() - t0
            write_note(note, res.folder, res.transcript, self.template)
            res.note = note
            log.info("recording %d: note with %d items (%d unsupported) in %.1f s",
                     res.index, len(note.items), len(note.unsupported), res.timings["note"])
        except (ModelError, ConfigError):
            raise
        except ScribeError as e:
            res.error = e
            log.info("recording %d: note failed: %s", res.index, type(e).__name__)
        return res

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

    def output_folder(self, out_root: Path, source: Path, sha256: str) -> Path:
        """``OUT/<stem>``; a second input with the same stem gets ``<stem>-<sha8>``."""
        folder = out_root / (source.stem or "recording")
        if folder in self._used:
            folder = out_root / f"{source.stem}-{sha256[:8]}"
        self._used.add(folder)
        return folder

    def decode(self, source: Path) -> Audio:
        a = self.settings.audio
        max_dur = a.max_duration_minutes * 60 if a.max_duration_minutes else None
        return audio_mod.load(source, channel=a.channel, max_duration=max_dur)

    def diarize(self, audio: Audio) -> Diarization:
        d = self.settings.diarize
        return self.diarizer.diarize(
            audio, num_speakers=d.num_speakers, min_speakers=d.min_speakers, max_speakers=d.max_speakers
        )

    def label(self, audio: Audio, transcript: Transcript, diarization: Diarization) -> Transcript:
        """Give words their speakers and speakers their roles."""
        transcript = align.assign_speakers(transcript, diarization)
        sims = None
        if self.profiles and diarization.turns:
            sims = profiles.match(profiles.speaker_embeddings(self.encoder, audio, diarization), self.profiles)
        speakers = roles.label(transcript, diarization, audio, similarities=sims,
                               threshold=self.settings.roles.threshold, names=self._names)
        return replace(transcript, speakers=speakers,
                       models=dict(transcript.models) | {"diarization": diarization.model})

    def speakers(self, audio: Audio, transcript: Transcript, res: Result) -> Transcript:
        """Diarize, give words their speakers, label roles."""
        t0 = time.perf_counter()
        diarization = self.diarize(audio)
        res.timings["diarize"] = time.perf_counter() - t0
        t1 = time.perf_counter()
        transcript = self.label(audio, transcript, diarization)
        res.timings["roles"] = time.perf_counter() - t1
        res.diarization = diarization
        log.info("recording %d: %d speakers in %.1f s", res.index, len(transcript.speakers), res.timings["diarize"])
        return transcript

    def release_models(self) -> None:
        """Drop the speech models (before the note model loads, so both are never resident)."""
        self._transcriber = self._diarizer = self._encoder = None
        gc.collect()

    def transcribe_file(self, index: int, source: Path, out_root: Path, client: Any = None) -> Result:
        """``client``: a ClientContext whose name and goal words join the hotwords."""
        from .clients.context import hotwords

        res = Result(index=index, source=source)
        try:
            t0 = time.perf_counter()
            audio = self.decode(source)
            res.timings["decode"] = time.perf_counter() - t0
            log.info("recording %d: decoded %.1f s of audio", index, audio.duration)
            transcriber = self.transcriber  # a model or settings error stops the run
            t1 = time.perf_counter()
            with hotwords(transcriber, client):
                transcript = transcriber.transcribe(audio)
            res.timings["asr"] = time.perf_counter() - t1
            if self.settings.diarize.enabled:
                transcript = self.speakers(audio, transcript, res)
            res.folder = self.output_folder(out_root, source, audio.sha256)
            write_transcript(transcript, res.folder, self.settings.formats, res.diarization)
            res.transcript = transcript
            res.timings["total"] = time.perf_counter() - t0
            log.info(
                "recording %d: %d segments, %.1f s total (RTFx %.1f)",
                index, len(transcript.segments), res.timings["total"],
                audio.duration / max(res.timings["total"], 1e-9),
            )
        except (ModelError, ConfigError):  # no recording could succeed: stop
            raise
        except ScribeError as e:
            res.error = e
            log.info("recording %d failed: %s", index, type(e).__name__)
        return res
