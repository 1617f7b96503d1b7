"""Goal results of a client's notes against the samples' references (samples/client/NAME.facts.json).

A reference says, per session and plan goal, whether the note must report it as addressed, its measure
(the number and its unit), the level of assistance, the status against the target (given the earlier
sessions) and the turn that states it; and which skill the session works on outside the plan (a proposed
goal). :func:`compare` checks one note's GoalReport field by field; a result is right when every field
the reference gives is right and its evidence overlaps the reference turn. Used by benchmarks/goals.py
and the tests.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..clients.goals import value_of
from ..clients.model import Cited, GoalReport
from ..schema import Segment, Transcript, segment_id

ROLES = {"THERAPIST": "therapist", "CHILD": "child", "CAREGIVER": "caregiver"}
FIELDS = ("addressed", "measure", "assistance", "status", "evidence")


def reference_transcript(ref: dict[str, Any]) -> Transcript:
    """The reference turns of NAME.json as a transcript (seg-0001 is turn 0, the exact times, the roles)."""
    segs = tuple(Segment(segment_id(i), t["start"], t["end"], t["text"], t["speaker"])
                 for i, t in enumerate(ref["turns"]))
    speakers = tuple({"id": s["id"], "role": s["role"], "label": s["role"].capitalize()} for s in ref["speakers"])
    return Transcript(segments=segs, language="en", duration=ref["duration"],
                      audio={"sha256": f"reference:{ref['name']}"}, models={"asr": {"backend": "reference"}},
                      speakers=speakers)


def load(folder: Path, name: str) -> tuple[dict[str, Any], dict[str, Any]]:
    """(NAME.json, NAME.facts.json) of a client session."""
    ref = json.loads((folder / f"{name}.json").read_text(encoding="utf-8"))
    facts = json.loads((folder / f"{name}.facts.json").read_text(encoding="utf-8"))
    return ref, facts


@dataclass
class Check:
    session: str
    goal: str  # the reference's key ("grasp"), or "proposed"
    want: dict[str, Any]
    got: str  # what the note reported, in words
    ok: dict[str, bool] = field(default_factory=dict)

    @property
    def right(self) -> bool:
        return all(self.ok.values())


def _overlaps(cited: tuple[Cited, ...], turn: dict[str, Any], slack: float = 0.5) -> bool:
    return any(c.start is not None and c.end is not None and c.start < turn["end"] + slack
               and c.end > turn["start"] - slack for c in cited)


def _value_ok(measure: str, want: dict[str, Any]) -> bool:
    v = value_of(measure)
    if v is None or want.get("value") is None:
        return False
    if abs(v.number - float(want["value"])) > 1e-6:
        return False
    unit = want.get("unit", "")
    if unit.startswith("/"):
        return v.kind == "count" and v.total is not None and f"/{v.total:g}" == unit
    return unit in ("", v.unit) or (unit == "sec" and v.kind == "duration")


def compare(report: GoalReport, ref: dict[str, Any], facts: dict[str, Any]) -> list[Check]:
    """One Check per reference result of the session (plan goals and proposed goals)."""
    by_text = {g.text: g.id for g in report.plan}
    keys = facts.get("goal_keys", {})
    out = []
    for want in facts.get("goals", []):
        turn = ref["turns"][want["turn"]] if "turn" in want else None
        if want["goal"] == "proposed":
            found = [p for p in report.proposed if turn and _overlaps(p.evidence, turn)]
            p = found[0] if found else None
            c = Check(ref["name"], "proposed", want, f"proposed: {p.text}: {p.measure}" if p else "no proposed goal")
            c.ok = {"addressed": p is not None, "measure": bool(p and _value_ok(p.measure, want)),
                    "evidence": p is not None}
            out.append(c)
            continue
        gid = by_text.get(keys.get(want["goal"], ""))
        r = report.result(gid) if gid else None
        got = "not in the report" if r is None else (
            f"{r.measure or '-'} ({r.assistance or '-'}): {r.status}" if r.addressed else "not addressed")
        c = Check(ref["name"], want["goal"], want, got)
        if r is None:
            c.ok = {k: False for k in FIELDS}
        elif not want.get("addressed", True):
            c.ok = {"addressed": not r.addressed, "status": r.status == want.get("status", "not addressed")}
        else:
            c.ok = {"addressed": r.addressed, "measure": _value_ok(r.measure, want),
                    "status": r.status == want.get("status")}
            if want.get("assistance"):
                c.ok["assistance"] = want["assistance"] in [a.strip() for a in r.assistance.split(",")]
            c.ok["evidence"] = bool(turn and _overlaps(r.evidence, turn))
        out.append(c)
    return out


def extra_proposed(report: GoalReport, ref: dict[str, Any], facts: dict[str, Any]) -> int:
    """Proposed goals the reference does not expect."""
    turns = [ref["turns"][w["turn"]] for w in facts.get("goals", []) if w["goal"] == "proposed" and "turn" in w]
    return sum(not any(_overlaps(p.evidence, t) for t in turns) for p in report.proposed)


def summary(checks: list[Check]) -> dict[str, Any]:
    """Recall of the results (all fields right) and of each field, over the checks."""
    out: dict[str, Any] = {"results": len(checks), "right": sum(c.right for c in checks)}
    out["recall"] = out["right"] / len(checks) if checks else 0.0
    for f in FIELDS:
        have = [c.ok[f] for c in checks if f in c.ok]
        out[f] = (sum(have), len(have))
    return out
