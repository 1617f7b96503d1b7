"""A client's thread across sessions: each goal's approved results in date order, as a table or series."""

from __future__ import annotations

from dataclasses import dataclass

from .model import Client, Goal, GoalResult
from .render import clock
from .store import ClientStore


@dataclass(frozen=True)
class GoalProgress:
    goal: Goal
    results: tuple[GoalResult, ...]  # approved sessions, oldest first

    @property
    def measured(self) -> tuple[GoalResult, ...]:
        return tuple(r for r in self.results if r.value is not None)

    def trend(self) -> str:
        """"20 sec -> 30 sec -> 45 sec" (the measures said, oldest first)."""
        return " -> ".join(r.measure.split(";")[0].strip() for r in self.measured)


def progress(store: ClientStore, cid: str) -> tuple[Client, list[GoalProgress]]:
    """Every goal of the client (active first, then met, then discontinued) with its approved results."""
    client = store.get(cid)
    results = store.results(cid)
    order = {"active": 0, "met": 1, "discontinued": 2}
    goals = sorted(store.goals(cid), key=lambda g: (order.get(g.status, 3), int(g.id[1:])))
    return client, [GoalProgress(g, tuple(r for r in results if r.goal_id == g.id)) for g in goals]


def first_time(r: GoalResult) -> str:
    c = next((c for c in r.evidence if c.start is not None), None)
    return f"[{clock(c.start)}]" if c is not None else "-"


def table(store: ClientStore, cid: str) -> str:
    """``scribe clients progress``: one row per goal and approved session."""
    client, goals = progress(store, cid)
    sessions = store.sessions(cid)
    head = f"Client {client.id}" + (f" ({client.name})" if client.name else "")
    if sessions:
        head += (f": {len(sessions)} approved session(s), {sessions[0].date} to {sessions[-1].date}"
                 if len(sessions) > 1 else f": 1 approved session, {sessions[0].date}")
    else:
        head += ": no approved session yet (results are stored when a note is approved)"
    rows = [["goal", "date", "measure", "assistance", "status", "evidence"]]
    for gp in goals:
        if not gp.results:
            rows.append([gp.goal.id, "-", "-", "-", "no approved result yet" if gp.goal.status == "active"
                         else gp.goal.status, "-"])
        for r in gp.results:
            rows.append([gp.goal.id, r.date or "-", r.measure or "-", r.assistance or "-", r.status,
                         first_time(r) if r.addressed else "-"])
    widths = [max(len(row[c]) for row in rows) for c in range(len(rows[0]) - 1)]
    lines = [head, ""]
    for gp in goals:
        target = f" (target: {gp.goal.target})" if gp.goal.target else ""
        lines.append(f"{gp.goal.id} [{gp.goal.status}] {gp.goal.text}{target}")
    lines.append("")
    lines += ["  ".join(v.ljust(w) for v, w in zip(row, widths, strict=False)) + "  " + row[-1] for row in rows]
    for gp in goals:
        if len(gp.measured) > 1:
            lines.append(f"{gp.goal.id}: {gp.trend()}")
    return "\n".join(line.rstrip() for line in lines) + "\n"
