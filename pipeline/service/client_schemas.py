"""The client routes' request and response bodies (part of the OpenAPI spec that schemathesis checks)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from ..clients.model import CLIENT_ID, GOAL_ID, NAME_MAX, TARGET_MAX, TEXT_MAX

GoalStatus = Literal["active", "met", "discontinued"]
ResultStatus = Literal["met", "progressing", "not progressing", "below target", "addressed, not measured",
                       "not addressed"]
DATE = r"^\d{4}-\d{2}-\d{2}$"
USER = r"^\S{1,64}$"


class GoalOut(BaseModel):
    id: str
    text: str
    target: str
    start: str
    status: GoalStatus
    origin: str


class ClientOut(BaseModel):
    id: str
    name: str
    therapists: list[str]
    created: float
    goals_active: int
    sessions: int
    last_session: str | None


class ClientRecording(BaseModel):
    id: str
    title: str
    status: str
    created: float
    approved: bool


class SessionOut(BaseModel):
    key: str
    date: str
    recording: str | None
    approved_by: str
    approved_at: float


class ClientDetail(BaseModel):
    id: str
    name: str
    therapists: list[str]
    created: float
    goals: list[GoalOut]
    sessions: list[SessionOut]
    recordings: list[ClientRecording]


class ClientNew(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: str = Field(pattern=CLIENT_ID.pattern, max_length=64)
    name: str = Field(default="", max_length=NAME_MAX)
    therapists: list[str] | None = Field(default=None, max_length=50)  # an admin's choice; a therapist is added


class ClientEdit(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: str | None = Field(default=None, max_length=NAME_MAX)
    therapists: list[str] | None = Field(default=None, max_length=50)  # admins only


class GoalNew(BaseModel):
    model_config = ConfigDict(extra="forbid")
    text: str = Field(min_length=1, max_length=TEXT_MAX)
    target: str = Field(default="", max_length=TARGET_MAX)
    start: str | None = Field(default=None, pattern=DATE)


class GoalEdit(BaseModel):
    model_config = ConfigDict(extra="forbid")
    text: str | None = Field(default=None, min_length=1, max_length=TEXT_MAX)
    target: str | None = Field(default=None, max_length=TARGET_MAX)
    start: str | None = Field(default=None, pattern=DATE)
    status: GoalStatus | None = None


class CitedOut(BaseModel):
    seg: str
    start: float | None
    end: float | None


class ResultOut(BaseModel):
    goal_id: str
    text: str
    target: str
    addressed: bool
    measure: str
    value: float | None
    unit: str
    assistance: str
    status: ResultStatus
    against: str
    evidence: list[CitedOut]
    items: list[str]  # the note items (ids) that report on it
    date: str
    recording: str | None = None  # progress: the session's recording (when the user may open it)


class ProposedOut(BaseModel):
    text: str
    measure: str
    assistance: str
    evidence: list[CitedOut]
    items: list[str]


class ClientRef(BaseModel):
    id: str
    name: str


class RecordingGoals(BaseModel):
    """A recording's report on its client's plan: live from the latest note version until approval, then the
    results stored at approval."""

    client: ClientRef | None
    date: str
    approved: bool
    section: str
    plan: list[GoalOut]
    results: list[ResultOut]
    proposed: list[ProposedOut]


class RecordingClient(BaseModel):
    model_config = ConfigDict(extra="forbid")
    client: str | None = Field(pattern=CLIENT_ID.pattern, max_length=64)


class RecordingClientOut(BaseModel):
    recording: str
    client: str | None


class Accept(BaseModel):
    model_config = ConfigDict(extra="forbid")
    base_version: int = Field(ge=1, le=1_000_000)
    item: str = Field(min_length=1, max_length=32)
    text: str = Field(min_length=1, max_length=TEXT_MAX)
    target: str = Field(default="", max_length=TARGET_MAX)


class GoalProgressOut(BaseModel):
    goal: GoalOut
    results: list[ResultOut]
    trend: str


class ProgressOut(BaseModel):
    client: ClientRef
    sessions: int
    goals: list[GoalProgressOut]


GOAL_PATH = GOAL_ID.pattern
