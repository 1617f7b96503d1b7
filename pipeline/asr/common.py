"""What both Whisper backends share: their settings, resolved; the windows; segments from decoded pieces.

:class:`WhisperBackend` takes the one description of the ASR options
(:class:`pipeline.config.AsrSettings`), checks the decoding options and picks
the device; :func:`speech_regions` gives the VAD regions the 30 s windows are
cut from; :func:`skipped_speech` the speech no decoded word covers; and
:func:`to_segments` turns decoded pieces (:class:`Raw`, absolute seconds) into
transcript segments, cut into sentences, with ids.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from ..devices import pick_device
from ..errors import ConfigError
from ..schema import Audio, Segment, Word, segment_id
from . import COMPUTE_TYPES, spans

if TYPE_CHECKING:
    from ..config import AsrSettings

log = logging.getLogger("pipeline.asr")

# A segment this likely to be silence, decoded with this little confidence, is
# a hallucination (Whisper's own rule, applied to the batched path too).
NO_SPEECH_PROB = 0.6
LOW_LOGPROB = -1.0
COMPRESSION_RATIO = 2.4  # above it, a segment is a repetition loop
WINDOW = 30.0  # seconds: Whisper's input length
GAP_MIN_SECONDS = 1.0  # speech left without words for this long is decoded again
GAP_PAD = 0.3  # seconds around each word that count as covered
PAUSE_SPLIT = 1.0  # a pause this long between words starts a new segment
SENTENCE_END = (".", "?", "!")
ABBREVIATIONS = frozenset({"mr.", "mrs.", "ms.", "dr.", "st.", "vs.", "e.g.", "i.e.", "etc.", "a.m.", "p.m."})


class WhisperBackend:
    """The settings of a Whisper transcriber, checked and resolved (before its model loads).

    ``name`` is the ``[asr] backend`` value; ``runtime`` (torch or ctranslate2)
    decides whether ``device = "auto"`` finds a GPU. Afterwards ``device`` is
    ``cpu``, ``cuda`` or ``cuda:N``, ``language`` None means detect, and
    ``compute_type`` is still ``default`` for the backend to resolve.
    """

    name = ""
    runtime = "torch"

    def __init__(self, settings: AsrSettings) -> None:
        if settings.beam_size < 1:
            raise ConfigError("beam size must be at least 1")
        if settings.batch_size < 1:
            raise ConfigError("batch size must be at least 1")
        types = COMPUTE_TYPES[self.name]
        if settings.compute_type not in types:
            raise ConfigError(f"compute type {settings.compute_type!r} is not available with the {self.name} "
                              f"backend; choose one of {', '.join(types)}")
        self.settings = settings
        self.language = None if settings.language in (None, "", "auto") else settings.language
        self.beam_size = settings.beam_size
        self.batch_size = settings.batch_size
        self.hotwords = settings.hotwords
        self.initial_prompt = settings.initial_prompt
        self.vad = settings.vad
        self.compute_type = settings.compute_type
        self.device = pick_device(settings.device, self.runtime, "[asr] device")

    def described(self, model: dict[str, Any], runtime: dict[str, Any] | None = None) -> dict[str, Any]:
        """transcript.json's ``models.asr``: the backend, its ``model`` facts, the device and compute type,
        its ``runtime`` facts, then the decoding settings (in this order, as transcripts always had them)."""
        return {"backend": self.name, **model, "device": self.device, "compute_type": self.compute_type,
                **(runtime or {}), "beam_size": self.beam_size, "batch_size": self.batch_size,
                "vad": self.vad, "hotwords": bool(self.hotwords), "initial_prompt": bool(self.initial_prompt)}

    def speech_regions(self, audio: Audio) -> list[spans.Span]:
        return speech_regions(audio)


def speech_regions(audio: Audio) -> list[spans.Span]:
    """Speech regions (seconds) for ASR windows, with the settings of faster-whisper's batched pipeline."""
    from ..vad import speech_regions as vad_regions

    return vad_regions(audio, max_speech_duration_s=WINDOW, min_silence_duration_ms=160)


@dataclass(frozen=True)
class Raw:
    """A decoded segment before ids are given, in absolute seconds."""

    start: float
    end: float
    text: str
    words: tuple[Word, ...]
    avg_logprob: float
    no_speech_prob: float
    compression_ratio: float

    def sentences(self) -> list[Raw]:
        """This segment cut after each sentence's last word and at long pauses (text from its words)."""
        groups: list[list[Word]] = [[]]
        for w in self.words:
            if groups[-1] and w.start - groups[-1][-1].end >= PAUSE_SPLIT:
                groups.append([])
            groups[-1].append(w)
            if w.text.endswith(SENTENCE_END) and w.text.lower() not in ABBREVIATIONS:
                groups.append([])
        groups = [g for g in groups if g]
        if not groups:
            return [self]
        if len(groups) < 2:  # the text from the words too: Whisper's own text can space them otherwise
            return [replace(self, text=" ".join(w.text for w in self.words))]
        return [replace(self, start=g[0].start, end=g[-1].end, text=" ".join(w.text for w in g),
                        words=tuple(g)) for g in groups]


def skipped_speech(audio: Audio, raw: list[Raw], regions: list[spans.Span]) -> list[spans.Span]:
    """Speech regions no decoded word covers for GAP_MIN_SECONDS or more, padded by 0.1 s within the audio."""
    covered = [(w.start - GAP_PAD, w.end + GAP_PAD) for r in raw for w in r.words]
    covered += [(r.start, r.end) for r in raw if not r.words]
    return [(max(0.0, s - 0.1), min(audio.duration, e + 0.1))
            for s, e in spans.uncovered(regions, covered, GAP_MIN_SECONDS)]


def to_segments(raw: list[Raw], warnings: list[str]) -> list[Segment]:
    """Decoded pieces to transcript segments: sentences, in time order, silence-looking ones dropped."""
    segments: list[Segment] = []
    dropped = 0
    for r in sorted((p for r in raw for p in r.sentences()), key=lambda r: (r.start, r.end)):
        if not r.text:
            continue
        if r.no_speech_prob > NO_SPEECH_PROB and r.avg_logprob < LOW_LOGPROB:
            dropped += 1
            continue
        segments.append(Segment(
            id=segment_id(len(segments)), start=r.start, end=r.end, text=r.text, words=r.words,
            avg_logprob=round(r.avg_logprob, 4), no_speech_prob=round(r.no_speech_prob, 4),
        ))
    if not segments:
        warnings.append("no speech detected: the transcript is empty")
    if dropped:
        log.debug("dropped %d segments that looked like silence", dropped)
    return segments


def mmss(t: float) -> str:
    m, s = divmod(int(t), 60)
    return f"{m:02d}:{s:02d}"


def unreliable(start: float, end: float) -> str:
    """The warning for a stretch left out because the model kept repeating itself (its time, not its text)."""
    return (f"speech at {mmss(start)}-{mmss(end)} could not be transcribed reliably "
            "(the model repeated itself) and was left out")
