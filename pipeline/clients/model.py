"""The frozen dataclasses of clients: a client, a goal of its plan of care, a session's result on a goal.

Each one round-trips through JSON (``X.from_dict(x.to_dict()) == x``). A note drafted for a client carries
a :class:`GoalReport` as ``note.json``'s ``client`` block; an approved note's results are stored per goal
and session in the client store (:mod:`pipeline.clients.store`).
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field, fields
from typing import Any

GOAL_STATUSES = ("active", "met", "discontinued")
# a session's result on a goal, against the goal's target
RESULT_STATUSES = ("met", "progressing", "not progressing", "below target", "addressed, not measured",
                   "not addressed")
CLIENT_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")
GOAL_ID = re.compile(r"^G[1-9][0-9]{0,8}$")
TEXT_MAX = 300  # a goal's text
TARGET_MAX = 200
NAME_MAX = 100


def check_client_id(cid: str) -> str:
    """The clinic's id for a child (its chart number): 1-64 letters, digits, '.', '_' or '-'."""
    if not isinstance(cid, str) or not CLIENT_ID.match(cid):
        raise ValueError("a client id is 1-64 letters, digits, '.', '_' or '-' (the chart number), "
                         "starting with a letter or digit")
    return cid


@dataclass(frozen=True)
class Client:
    id: str  # the clinic's own id (chart number)
    name: str = ""  # a display name or initials; shown to the therapists, never exported unless the clinic says
    therapists: tuple[str, ...] = ()  # service users who may see the client (admins see every client)
    created: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "therapists": list(self.therapists), "created": self.created}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Client:
        return cls(str(d["id"]), str(d.get("name") or ""), tuple(d.get("therapists") or ()),
                   float(d.get("created") or 0.0))


@dataclass(frozen=True)
class Goal:
    """A goal of a client's plan of care."""

    id: str  # G1, G2 ... (unique across clients)
    client_id: str
    text: str  # "Fasten shirt buttons"
    target: str = ""  # "5/5 buttons independently", "60 sec"
    start: str = ""  # YYYY-MM-DD
    status: str = "active"  # active | met | discontinued
    origin: str = ""  # where it came from: "plan", "proposed in recording r-..." ...

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Goal:
        return cls(**{f.name: str(d[f.name]) for f in fields(cls) if d.get(f.name) is not None})


@dataclass(frozen=True)
class Cited:
    """A transcript segment an item rests on, with its time (seconds from the start of the recording)."""

    seg: str
    start: float | None = None
    end: float | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"seg": self.seg, "start": self.start, "end": self.end}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Cited:
        def num(v: Any) -> float | None:
            return None if v is None else float(v)

        return cls(str(d["seg"]), num(d.get("start")), num(d.get("end")))


def _cited(items: Any) -> tuple[Cited, ...]:
    return tuple(Cited.from_dict(c) for c in items or ())


@dataclass(frozen=True)
class GoalResult:
    """What one session's note says about one plan goal: from the fields of the note items assigned to it."""

    goal_id: str
    text: str = ""  # the goal's text when the note was drafted or approved
    target: str = ""
    addressed: bool = False
    measure: str = ""  # the item's measure field ("45 sec", "3/5 shapes independently")
    value: float | None = None  # the number charted: seconds, the part of a count, repetitions
    unit: str = ""  # "sec", "/5", "steps" ...
    assistance: str = ""  # the item's assistance field, or the level its measure names
    status: str = "not addressed"  # one of RESULT_STATUSES
    against: str = ""  # what it was compared with, in words: "target 60 sec; 30 sec on 2026-10-13"
    evidence: tuple[Cited, ...] = ()
    items: tuple[int, ...] = ()  # the goals section's items (0-based) that report it
    date: str = ""  # the session's date (YYYY-MM-DD)
    session: str = ""  # the session's key in the store (a recording id, or the audio's sha256)

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["evidence"] = [c.to_dict() for c in self.evidence]
        d["items"] = list(self.items)
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> GoalResult:
        value = d.get("value")
        return cls(goal_id=str(d["goal_id"]), text=str(d.get("text") or ""), target=str(d.get("target") or ""),
                   addressed=bool(d.get("addressed")), measure=str(d.get("measure") or ""),
                   value=None if value is None else float(value), unit=str(d.get("unit") or ""),
                   assistance=str(d.get("assistance") or ""), status=str(d.get("status") or "not addressed"),
                   against=str(d.get("against") or ""), evidence=_cited(d.get("evidence")),
                   items=tuple(int(i) for i in d.get("items") or ()), date=str(d.get("date") or ""),
                   session=str(d.get("session") or ""))


@dataclass(frozen=True)
class Proposed:
    """A skill the session worked on that no goal of the plan holds: the clinician may accept it as a goal."""

    text: str  # the skill, from the item's activity field
    measure: str = ""
    assistance: str = ""
    evidence: tuple[Cited, ...] = ()
    items: tuple[int, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "measure": self.measure, "assistance": self.assistance,
                "evidence": [c.to_dict() for c in self.evidence], "items": list(self.items)}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Proposed:
        return cls(str(d.get("text") or ""), str(d.get("measure") or ""), str(d.get("assistance") or ""),
                   _cited(d.get("evidence")), tuple(int(i) for i in d.get("items") or ()))


@dataclass(frozen=True)
class GoalReport:
    """A note's report on its client's plan: every active goal (addressed or not) and the proposed goals.

    ``note.json`` holds it as ``client``; the service computes it again from the latest version's items
    until the note is approved, and stores it (per goal and session) at approval."""

    client_id: str
    date: str = ""  # the session's date
    section: str = ""  # the template section whose items report on goals ("goals")
    plan: tuple[Goal, ...] = ()  # the active goals the note was checked against
    results: tuple[GoalResult, ...] = ()  # one per goal of ``plan``, in its order
    proposed: tuple[Proposed, ...] = ()
    previous: tuple[GoalResult, ...] = field(default=())  # the latest earlier approved result of each goal

    def result(self, goal_id: str) -> GoalResult | None:
        return next((r for r in self.results if r.goal_id == goal_id), None)

    def to_dict(self) -> dict[str, Any]:
        return {"client_id": self.client_id, "date": self.date, "section": self.section,
                "plan": [g.to_dict() for g in self.plan], "results": [r.to_dict() for r in self.results],
                "proposed": [p.to_dict() for p in self.proposed],
                "previous": [r.to_dict() for r in self.previous]}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> GoalReport:
        return cls(client_id=str(d["client_id"]), date=str(d.get("date") or ""), section=str(d.get("section") or ""),
                   plan=tuple(Goal.from_dict(g) for g in d.get("plan") or ()),
                   results=tuple(GoalResult.from_dict(r) for r in d.get("results") or ()),
                   proposed=tuple(Proposed.from_dict(p) for p in d.get("proposed") or ()),
                   previous=tuple(GoalResult.from_dict(r) for r in d.get("previous") or ()))
