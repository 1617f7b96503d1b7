"""Frozen dataclasses passed between stages; each one round-trips through JSON.

``to_dict`` gives plain JSON types and ``from_dict`` rebuilds the same object,
so ``X.from_dict(json.loads(json.dumps(x.to_dict()))) == x`` for every box
(Audio excepted: its samples are not serialised, only its description).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from typing import Any

import numpy as np

SCHEMA_VERSION = 1


def segment_id(index: int) -> str:
    """Stable id of the index-th (0-based) segment: ``seg-0001`` ..."""
    return f"seg-{index + 1:04d}"


@dataclass(frozen=True, eq=False)
class Audio:
    """Decoded recording: float32 mono samples at ``sample_rate`` (16 kHz)."""

    samples: np.ndarray
    sample_rate: int
    duration: float  # seconds, of the decoded samples
    sha256: str  # of the input file's bytes
    source_format: str = ""  # container/codec as the decoder saw it, e.g. "mp3"
    source_sample_rate: int = 0
    source_channels: int = 0
    channel: int | None = None  # which channel was kept; None = downmix

    def info(self) -> dict[str, Any]:
        """The description without the samples (what transcript.json records)."""
        return {
            "sha256": self.sha256,
            "duration": round(self.duration, 3),
            "sample_rate": self.sample_rate,
            "source_format": self.source_format,
            "source_sample_rate": self.source_sample_rate,
            "source_channels": self.source_channels,
            "channel": self.channel,
        }


@dataclass(frozen=True)
class Word:
    start: float
    end: float
    text: str
    probability: float = 1.0
    speaker: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Word:
        return cls(**{f.name: d[f.name] for f in fields(cls) if f.name in d})


@dataclass(frozen=True)
class Segment:
    id: str  # stable, e.g. "seg-0007"; notes cite it
    start: float  # seconds
    end: float
    text: str
    speaker: str | None = None
    words: tuple[Word, ...] = ()
    avg_logprob: float | None = None
    no_speech_prob: float | None = None

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["words"] = [w.to_dict() for w in self.words]
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Segment:
        kw = {f.name: d[f.name] for f in fields(cls) if f.name in d}
        kw["words"] = tuple(Word.from_dict(w) for w in d.get("words", ()))
        return cls(**kw)


@dataclass(frozen=True)
class Transcript:
    segments: tuple[Segment, ...]
    language: str | None
    language_probability: float | None = None
    duration: float = 0.0
    audio: dict[str, Any] = field(default_factory=dict)  # Audio.info()
    models: dict[str, Any] = field(default_factory=dict)  # stage -> {name, version, ...}
    speakers: tuple[dict[str, Any], ...] = ()  # filled by diarization/roles
    warnings: tuple[str, ...] = ()

    @property
    def text(self) -> str:
        return " ".join(s.text.strip() for s in self.segments if s.text.strip())

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema_version": SCHEMA_VERSION,
            "audio": dict(self.audio),
            "duration": self.duration,
            "language": self.language,
            "language_probability": self.language_probability,
            "models": dict(self.models),
            "speakers": [dict(s) for s in self.speakers],
            "warnings": list(self.warnings),
            "segments": [s.to_dict() for s in self.segments],
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Transcript:
        return cls(
            segments=tuple(Segment.from_dict(s) for s in d.get("segments", ())),
            language=d.get("language"),
            language_probability=d.get("language_probability"),
            duration=d.get("duration", 0.0),
            audio=dict(d.get("audio", {})),
            models=dict(d.get("models", {})),
            speakers=tuple(dict(s) for s in d.get("speakers", ())),
            warnings=tuple(d.get("warnings", ())),
        )


@dataclass(frozen=True)
class SpeakerTurn:
    start: float
    end: float
    speaker: str

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> SpeakerTurn:
        return cls(start=d["start"], end=d["end"], speaker=d["speaker"])


@dataclass(frozen=True)
class Diarization:
    turns: tuple[SpeakerTurn, ...]
    model: dict[str, Any] = field(default_factory=dict)

    @property
    def speakers(self) -> tuple[str, ...]:
        return tuple(sorted({t.speaker for t in self.turns}))

    def to_dict(self) -> dict[str, Any]:
        return {"turns": [t.to_dict() for t in self.turns], "model": dict(self.model)}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Diarization:
        return cls(
            turns=tuple(SpeakerTurn.from_dict(t) for t in d.get("turns", ())),
            model=dict(d.get("model", {})),
        )
