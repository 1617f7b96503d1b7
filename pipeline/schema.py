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
# A segment whose speaker confidence is below this is shown as doubtful ("THERAPIST?"), and a note
# claim about what a speaker said that rests only on such segments is flagged (pipeline/note/grounding.py).
LOW_SPEAKER_CONFIDENCE = 0.5


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
    # How sure the speaker attribution is, 0..1 (None: not measured, e.g. before diarization or
    # a transcript.json written before this field existed); see pipeline/align.py.
    speaker_confidence: float | None = None
    overlap: tuple[str, ...] = ()  # other speakers heard during this segment (overlapping speech)

    @property
    def speaker_doubtful(self) -> bool:
        """True when the speaker attribution is low-confidence (shown as ``?`` after the role)."""
        return self.speaker_confidence is not None and self.speaker_confidence < LOW_SPEAKER_CONFIDENCE

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["words"] = [w.to_dict() for w in self.words]
        d["overlap"] = list(self.overlap)
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Segment:
        kw = {f.name: d[f.name] for f in fields(cls) if f.name in d}
        kw["words"] = tuple(Word.from_dict(w) for w in d.get("words", ()))
        kw["overlap"] = tuple(d.get("overlap") or ())
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

    @property
    def roles(self) -> dict[str, str | None]:
        """Speaker id -> its role ("therapist", "caregiver", ...; None where none is set)."""
        return {str(sp["id"]): (sp.get("role") or None) for sp in self.speakers if "id" in sp}

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
    confidence: float | None = None  # 0..1, how clearly this stretch is this speaker (None: not given)

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        if self.confidence is None:
            del d["confidence"]
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> SpeakerTurn:
        return cls(start=d["start"], end=d["end"], speaker=d["speaker"], confidence=d.get("confidence"))


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


# --- the note -----------------------------------------------------------------


@dataclass(frozen=True)
class Support:
    """The grounding check's verdict on one note item."""

    supported: bool
    score: float  # 0..1: share of the item's content the cited segments back
    reasons: tuple[str, ...] = ()  # why not supported (or what to check), plain words

    def to_dict(self) -> dict[str, Any]:
        return {"supported": self.supported, "score": round(self.score, 3), "reasons": list(self.reasons)}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Support:
        return cls(bool(d["supported"]), float(d.get("score", 0.0)), tuple(d.get("reasons", ())))


@dataclass(frozen=True)
class NoteItem:
    """One statement of the note and the transcript segments it rests on."""

    text: str
    evidence: tuple[str, ...] = ()  # segment ids, e.g. ("seg-0007", "seg-0012")
    fields: tuple[tuple[str, str], ...] = ()  # template-defined extras, e.g. (("status", "progressing"),)
    support: Support | None = None  # set by grounding.check

    @property
    def extra(self) -> dict[str, str]:
        return dict(self.fields)

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"text": self.text, "evidence": list(self.evidence)}
        d.update(self.fields)
        if self.support is not None:
            d["support"] = self.support.to_dict()
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> NoteItem:
        extras = tuple((k, str(v)) for k, v in d.items() if k not in ("text", "evidence", "support"))
        support = Support.from_dict(d["support"]) if d.get("support") is not None else None
        return cls(str(d["text"]), tuple(d.get("evidence", ())), extras, support)


@dataclass(frozen=True)
class NoteSection:
    key: str
    title: str
    items: tuple[NoteItem, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"key": self.key, "title": self.title, "items": [i.to_dict() for i in self.items]}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> NoteSection:
        return cls(d["key"], d["title"], tuple(NoteItem.from_dict(i) for i in d.get("items", ())))


@dataclass(frozen=True)
class Omission:
    """A transcript moment that looks clinically relevant and that no note item states ("Not in the note")."""

    evidence: tuple[str, ...]  # the segment ids of the moment
    kinds: tuple[str, ...]  # measure, assistance, caregiver_report, home_program, plan
    what: str  # what it holds, briefly ("4/5 buttons with 1 verbal cue")
    section: str = ""  # the template section it would go to

    def to_dict(self) -> dict[str, Any]:
        return {"evidence": list(self.evidence), "kinds": list(self.kinds), "what": self.what, "section": self.section}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Omission:
        return cls(tuple(d.get("evidence", ())), tuple(d.get("kinds", ())), str(d.get("what", "")),
                   str(d.get("section", "")))


@dataclass(frozen=True)
class Note:
    """A structured draft note: sections of items, each item citing segment ids.

    ``session`` holds facts taken from the transcript itself (duration, date,
    speakers and their roles), never from the language model.
    """

    template: str
    title: str
    sections: tuple[NoteSection, ...]
    session: dict[str, Any] = field(default_factory=dict)
    models: dict[str, Any] = field(default_factory=dict)
    warnings: tuple[str, ...] = ()
    status: str = "draft"  # a clinician approves; the pipeline only drafts
    omissions: tuple[Omission, ...] = ()  # moments no item states, shown as "Not in the note"
    # a client's note: its report on the plan of care (pipeline.clients.model.GoalReport.to_dict()), else {}
    client: dict[str, Any] = field(default_factory=dict)

    @property
    def items(self) -> tuple[NoteItem, ...]:
        return tuple(i for s in self.sections for i in s.items)

    @property
    def unsupported(self) -> tuple[NoteItem, ...]:
        """The items the grounding check marked as not supported by their evidence."""
        return tuple(i for i in self.items if i.support is not None and not i.support.supported)

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema_version": SCHEMA_VERSION,
            "template": self.template,
            "title": self.title,
            "status": self.status,
            "session": dict(self.session),
            "models": dict(self.models),
            "warnings": list(self.warnings),
            "sections": [s.to_dict() for s in self.sections],
            "omissions": [o.to_dict() for o in self.omissions],
            **({"client": dict(self.client)} if self.client else {}),
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Note:
        return cls(
            template=d["template"],
            title=d.get("title", d["template"]),
            sections=tuple(NoteSection.from_dict(s) for s in d.get("sections", ())),
            session=dict(d.get("session", {})),
            models=dict(d.get("models", {})),
            warnings=tuple(d.get("warnings", ())),
            status=d.get("status", "draft"),
            omissions=tuple(Omission.from_dict(o) for o in d.get("omissions", ())),
            client=dict(d.get("client") or {}),
        )
