"""The API's request and response bodies (they make the OpenAPI spec that schemathesis checks)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Role = Literal["therapist", "child", "caregiver", "other"]


class Error(BaseModel):
    detail: str


class Conflict(BaseModel):
    detail: str
    id: str | None = None
    expected: int | None = None
    items: list[str] | None = None


class SignIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    token: str = Field(min_length=1, max_length=512)


class Me(BaseModel):
    name: str
    role: Literal["therapist", "admin"]


class Recording(BaseModel):
    id: str
    title: str
    owner: str
    status: Literal["recording", "queued", "processing", "ready", "failed"]
    stage: str | None
    error: str | None
    created: float
    duration: float | None
    note_status: Literal["none", "draft", "edited", "approved"]
    audio: Literal["present", "deleted"]
    size: int


class LiveStart(BaseModel):
    model_config = ConfigDict(extra="forbid")
    title: str = Field(default="", max_length=200)
    consent: bool
    mime: str | None = Field(default=None, max_length=100)


class Speaker(BaseModel):
    id: str
    role: str | None = None
    label: str | None = None
    name: str | None = None


class Segment(BaseModel):
    id: str
    start: float
    end: float
    speaker: str | None = None
    text: str
    speaker_confidence: float | None = None  # 0..1; below 0.5 the review page marks the speaker "?"
    overlap: list[str] = []  # other speakers heard during the segment


class TranscriptOut(BaseModel):
    duration: float | None
    speakers: list[Speaker]
    segments: list[Segment]


class SpeakerEdit(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: str = Field(min_length=1, max_length=64)
    name: str | None = Field(default=None, max_length=64)
    role: Role | None = None


class SpeakersEdit(BaseModel):
    model_config = ConfigDict(extra="forbid")
    speakers: list[SpeakerEdit] = Field(max_length=20)


class Support(BaseModel):
    supported: bool
    score: float = 0.0
    reasons: list[str] = []


class Item(BaseModel):
    id: str
    text: str
    evidence: list[str]
    fields: dict[str, str]
    support: Support | None
    edited: bool
    confirmed: bool


class Section(BaseModel):
    key: str
    title: str
    fields: list[str]
    items: list[Item]


class OmissionOut(BaseModel):
    id: str
    evidence: list[str]
    kinds: list[str]
    what: str
    section: str


class NoteOut(BaseModel):
    version: int
    kind: Literal["draft", "edit", "approved"]
    author: str
    created: float
    approved: bool
    title: str
    template: str
    sections: list[Section]
    warnings: list[str] = []
    omissions: list[OmissionOut] = []


class VersionInfo(BaseModel):
    version: int
    kind: str
    author: str
    created: float


class ItemEdit(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: str | None = Field(default=None, max_length=32)
    text: str = Field(max_length=4000)
    evidence: list[str] = Field(default=[], max_length=50)
    fields: dict[str, str] = Field(default={}, max_length=20)
    confirmed: bool = False


class SectionEdit(BaseModel):
    model_config = ConfigDict(extra="forbid")
    key: str = Field(max_length=40)
    items: list[ItemEdit] = Field(max_length=200)


class NoteEdit(BaseModel):
    model_config = ConfigDict(extra="forbid")
    base_version: int = Field(ge=1, le=1_000_000)
    sections: list[SectionEdit] = Field(max_length=50)


class Approve(BaseModel):
    model_config = ConfigDict(extra="forbid")
    version: int = Field(ge=1, le=1_000_000)


class DiffItem(BaseModel):
    id: str
    section: str
    text: str
    fields: dict[str, str]
    evidence: list[str]


class Change(BaseModel):
    id: str
    before: DiffItem
    after: DiffItem


class DiffOut(BaseModel):
    draft_version: int
    approved_version: int
    approved_by: str
    approved_at: float
    added: list[DiffItem]
    removed: list[DiffItem]
    changed: list[Change]
    confirmed: list[str]
    text_diff: str


class AuditEntry(BaseModel):
    at: float
    user: str
    action: str
    object: str
    object_id: str | None
    ip: str | None


class Health(BaseModel):
    ok: bool
