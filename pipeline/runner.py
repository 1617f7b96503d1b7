"""Runs the stages for one recording at a time; owns model lifetime.

Models load once (on the first recording) and serve every file of a command.
Errors of one recording (``AudioError`` ...) are returned in its ``Result`` so
the caller can go on with the others; a ``ModelError`` while loading stops the
run, since no recording could succeed without the model.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field
from pathlib import Path

from . import audio as audio_mod
from .asr import make_transcriber
from .config import Settings
from .errors import ConfigError, ModelError, ScribeError
from .outputs import write_transcript
from .schema import Transcript
from .stages import Transcriber

log = logging.getLogger("pipeline.runner")


@dataclass
class Result:
    index: int
    source: Path
    folder: Path | None = None
    transcript: Transcript | None = None
    error: ScribeError | None = None
    timings: dict[str, float] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return self.error is None


class Runner:
    def __init__(self, settings: Settings, transcriber: Transcriber | None = None) -> None:
        self.settings = settings
        self._transcriber = transcriber
        self._used: set[Path] = set()

    @property
    def transcriber(self) -> Transcriber:
        if self._transcriber is None:
            a = self.settings.asr
            self._transcriber = make_transcriber(
                a.backend,
                model=a.model,
                device=a.device,
                compute_type=a.compute_type,
                language=a.language,
                beam_size=a.beam_size,
                batch_size=a.batch_size,
                hotwords=a.hotwords,
                initial_prompt=a.initial_prompt,
                vad=a.vad,
                allow_download=a.allow_download,
            )
        return self._transcriber

    def output_folder(self, out_root: Path, source: Path, sha256: str) -> Path:
        """``OUT/<stem>``; a second input with the same stem gets ``<stem>-<sha8>``."""
        folder = out_root / (source.stem or "recording")
        if folder in self._used:
            folder = out_root / f"{source.stem}-{sha256[:8]}"
        self._used.add(folder)
        return folder

    def transcribe_file(self, index: int, source: Path, out_root: Path) -> Result:
        res = Result(index=index, source=source)
        try:
            t0 = time.perf_counter()
            a = self.settings.audio
            max_dur = a.max_duration_minutes * 60 if a.max_duration_minutes else None
            audio = audio_mod.load(source, channel=a.channel, max_duration=max_dur)
            res.timings["decode"] = time.perf_counter() - t0
            log.info("recording %d: decoded %.1f s of audio", index, audio.duration)
            transcriber = self.transcriber  # a model or settings error stops the run
            t1 = time.perf_counter()
            transcript = transcriber.transcribe(audio)
            res.timings["asr"] = time.perf_counter() - t1
            res.folder = self.output_folder(out_root, source, audio.sha256)
            write_transcript(transcript, res.folder, self.settings.formats)
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

