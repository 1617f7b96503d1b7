"""The plan of care part of a client's note (note.md), in the words a therapist reads."""

from __future__ import annotations

from .model import Cited, GoalReport


def clock(seconds: float | None) -> str:
    s = int(max(0.0, seconds or 0.0))
    h, m, sec = s // 3600, s % 3600 // 60, s % 60
    return f"{h}:{m:02d}:{sec:02d}" if h else f"{m:02d}:{sec:02d}"


def marks(cited: tuple[Cited, ...]) -> str:
    return " ".join(dict.fromkeys(f"[{clock(c.start)}]" if c.start is not None else f"[{c.seg}]" for c in cited))


def result_words(r) -> str:
    """"45 sec: progressing (target 60 sec; 30 sec on 2026-10-13)"."""
    if not r.addressed:
        return "not addressed this session"
    what = r.measure or "no measure stated"
    if r.assistance and r.assistance not in what:
        what += f" ({r.assistance})"
    return f"{what}: {r.status}" + (f" ({r.against})" if r.against else "")


def plan_markdown(report: GoalReport, escape=lambda s: s, mark=marks) -> list[str]:
    """The "Plan of care" section: every active goal with today's result, then the proposed goals."""
    out = ["", "## Plan of care", "",
           f"*Client {escape(report.client_id)}, session of {report.date or 'unknown date'}. Each active goal of the "
           "plan with what this session showed; statuses are against the goal's target and its last approved "
           "result.*", ""]
    if not report.plan:
        out.append("- (the client's plan of care has no active goal)")
    for r in report.results:
        target = f" (target: {escape(r.target)})" if r.target else ""
        line = f"- **{escape(r.goal_id)}: {escape(r.text)}**{target}: {escape(result_words(r))}"
        if r.evidence:
            line += f" {mark(r.evidence)}"
        out.append(line)
    if report.proposed:
        out += ["", "### Proposed goals", "",
                "*Skills this session worked on that no goal of the plan holds. The plan changes only when a "
                "clinician accepts one (the review page, or `scribe clients goal-add`).*", ""]
        for p in report.proposed:
            what = p.measure + (f" ({p.assistance})" if p.assistance and p.assistance not in p.measure else "")
            out.append(f"- {escape(p.text)}" + (f": {escape(what)}" if what.strip() else "")
                       + (f" {mark(p.evidence)}" if p.evidence else ""))
    return out
