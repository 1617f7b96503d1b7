"""A client's progress report in Markdown, for re-authorization letters.

Approved sessions only. Per goal: its text, target, start and status, each session's result (date,
measure, assistance, status against the target, the moment it rests on), and the trend. Every text from
the plan or a note is escaped for Markdown (pipeline.note.safe), so nothing in it can become markup or a
live link. The client's name is left out unless ``with_name`` (the clinic's setting, as for FHIR).
"""

from __future__ import annotations

import datetime as dt

from ..note import safe
from .progress import first_time, progress
from .store import ClientStore


def markdown(store: ClientStore, cid: str, *, with_name: bool = False, today: str | None = None) -> str:
    client, goals = progress(store, cid)
    sessions = store.sessions(cid)
    e = safe.markdown
    who = f"{e(client.id)}" + (f" ({e(client.name)})" if with_name and client.name else "")
    out = [f"# Progress report: client {who}", "",
           f"- Prepared: {today or dt.date.today().isoformat()}",
           f"- Approved sessions: {len(sessions)}"
           + (f", {sessions[0].date} to {sessions[-1].date}" if sessions else ""),
           f"- Goals: {sum(g.goal.status == 'active' for g in goals)} active, "
           f"{sum(g.goal.status == 'met' for g in goals)} met, "
           f"{sum(g.goal.status == 'discontinued' for g in goals)} discontinued",
           "", "*Every result below is from a note a clinician approved; the times point at the moment of the "
           "session recording it rests on.*"]
    for gp in goals:
        g = gp.goal
        out += ["", f"## {e(g.id)}: {e(g.text)}", ""]
        facts = [f"Status: {g.status}"]
        if g.target:
            facts.append(f"target: {e(g.target)}")
        if g.start:
            facts.append(f"started {g.start}")
        out += [", ".join(facts) + ".", ""]
        if not gp.results:
            out.append("No approved session has reported on this goal yet.")
            continue
        out += ["| Date | Measure | Assistance | Status | Compared with | Evidence |",
                "| --- | --- | --- | --- | --- | --- |"]
        for r in gp.results:
            cells = [r.date or "-", r.measure or "-", r.assistance or "-", r.status, r.against or "-",
                     first_time(r) if r.addressed else "-"]
            out.append("| " + " | ".join(e(c).replace("|", "\\|") for c in cells) + " |")
        if len(gp.measured) > 1:
            out += ["", f"Trend: {e(gp.trend())}" + (f" (target {e(g.target)})" if g.target else "") + "."]
        last = gp.results[-1]
        out += ["", f"Latest ({last.date}): {e(last.status)}."]
    return "\n".join(out) + "\n"
