"""A note's report on its client's plan of care, from the fields of the note's goal items.

The note writer drafts the goals section as it always does (moments by rules, fields by the model, the
sentence by the template's render rule; pipeline/note/). This module then, without a model:

1. **assigns** each item of the goals section to a goal of the plan, by the words the goal and the item
   (its sentence, its fields and the lines it cites) share, each word weighed by how few goals use it; an
   item's ``plan_goal`` field holds the goal's id, ``proposed`` (a skill worked on that no goal holds), or
   ``none``. A ``plan_goal`` field already set to a goal of the plan, or ``none`` (the clinician's choice in the
   review page), is kept;
2. **reports** on every active goal: addressed or not, the measure and the level of assistance (the item's
   ``measure`` and ``assistance`` fields), the status against the goal's target (met, progressing, not
   progressing, below target, addressed but not measured, not addressed), and the evidence (the item's
   cited segments with their times). Progress is judged against the goal's latest earlier approved result,
   or, when there is none, against the item's ``comparison`` field ("20 sec last week");
3. lists **proposed goals**: the unassigned items that hold a measure or a level of assistance, grouped by
   skill.

It works on plain items (text, evidence, fields), so the pipeline's ``Note`` and the service's note
versions share it.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from ..note import moments
from ..note.grounding import _content
from .model import Cited, Goal, GoalReport, GoalResult, Proposed

PROPOSED, NONE = "proposed", "none"
FIELD = "plan_goal"  # the item field that links a goal item to its plan goal
MATCH_MIN = 0.3  # least weighted share of a goal's words an item must hold to report on it
# words that say how a goal is measured, not what it is about
_GENERIC = {"second", "sec", "minut", "min", "hour", "time", "trial", "session", "week", "day", "percent",
            "accuracy", "consecutive", "opportunit", "along", "while", "goal", "target", "consistent", "all",
            "both", "hand", "without", "least", "more", "less", "than", "out", "able"}
# levels of assistance from least to most help (cues between supervision and hands-on help)
LEVEL_RANK = {"independent": 0, "set-up": 1, "stand-by assist": 2, "supervision": 2, "verbal cues": 3, "visual cues": 3,
              "tactile cues": 4, "minimal assist": 5, "moderate assist": 6, "maximal assist": 7, "hand-over-hand": 7,
              "hand-under-hand": 6}
_MODEL_STATUS = {"met": "met", "progressing": "progressing", "not progressing": "not progressing",
                 "emerging": "below target", "below target": "below target",
                 "not measured": "addressed, not measured", "addressed, not measured": "addressed, not measured"}


@dataclass(frozen=True)
class Item:
    """A note item as this module needs it."""

    text: str
    evidence: tuple[str, ...]
    fields: Mapping[str, str]


@dataclass(frozen=True)
class Value:
    kind: str  # count | duration | distance | repetitions | frequency
    number: float  # the part of a count; seconds; the count of repetitions ...
    total: float | None = None  # a count's total
    unit: str = ""

    @property
    def score(self) -> float:
        """The comparable size: a count's share of its total, else the number."""
        return self.number / self.total if self.total else self.number

    def shown(self) -> str:
        n = f"{self.number:g}"
        if self.kind == "count":
            return f"{n}/{self.total:g}"
        return f"{n} {self.unit}".strip()


def goal_section(sections: Sequence[Any]) -> str:
    """The key of the section whose items report on goals: "goals", else the first that selects measures."""
    keys = [getattr(s, "key", None) or s.get("key") for s in sections]
    if "goals" in keys:
        return "goals"
    for s in sections:
        select = getattr(s, "select", None) or (s.get("select") if isinstance(s, dict) else None) or ()
        if "measure" in select:
            return getattr(s, "key", None) or s["key"]
    return keys[0] if keys else ""


# ------------------------------------------------------------------ measures


def value_of(measure: str) -> Value | None:
    """The first measure a measure field states, as a number ("45 sec" -> 45 s; "3/5 shapes" -> 3 of 5)."""
    for m in moments.measures(measure or ""):
        nums = [float(n) for n in m.numbers if n is not None]
        if not nums:
            continue
        if m.kind == "count" and len(nums) >= 2:
            return Value("count", nums[0], nums[1], f"/{nums[1]:g}")
        if m.kind == "duration":
            # "45 sec", "about 4 min", "2 min 40 sec" (a word of how exact before the number is not its unit)
            parts = re.findall(r"(\d+(?:\.\d+)?)\s+([a-z]+)", m.text)
            if [u for _n, u in parts] == ["min", "sec"]:
                return Value("duration", float(parts[0][0]) * 60 + float(parts[1][0]), None, "sec")
            unit = parts[-1][1] if parts else "sec"
            scale = {"sec": 1, "min": 60, "h": 3600}.get(unit)
            if scale:
                return Value("duration", nums[0] * scale, None, "sec")
            return Value("duration", nums[0], None, unit)
        if m.kind in ("distance", "repetitions", "frequency"):
            unit = m.text.split(" ", 1)[1] if " " in m.text else ""
            return Value(m.kind, nums[0], None, unit)
    return None


def _comparable(a: Value, b: Value) -> bool:
    return a.kind == b.kind and (a.kind in ("count", "duration") or a.unit == b.unit)


def levels(text: str) -> list[str]:
    return moments.assistance(text or "")


def _rank(levels_: Iterable[str]) -> int | None:
    ranks = [LEVEL_RANK[lv] for lv in levels_ if lv in LEVEL_RANK]
    return max(ranks) if ranks else None


def previous_value(comparison: str, current: Value) -> Value | None:
    """The earlier value a comparison field states ("20 sec last week", "up from 30 sec", "2 last week")."""
    v = value_of(comparison)
    if v is not None and _comparable(v, current):
        return v
    nums = re.findall(r"\d+(?:\.\d+)?", comparison or "")
    if not nums:
        return None
    n = float(nums[0])
    if current.kind == "duration" and re.search(r"\bmin", comparison):
        n *= 60
    return Value(current.kind, n, current.total, current.unit)


# ------------------------------------------------------------------ assignment


def goal_terms(goal: Goal) -> set[str]:
    words = _content(goal.text) | {w for w in _content(goal.target) if not w[:1].isdigit()}
    return {w for w in words if w not in _GENERIC and len(w) > 2}


def _item_terms(item: Item, said: str) -> set[str]:
    fields = " ".join(v for k, v in item.fields.items() if k not in ("status", FIELD, "assistance"))
    return {w for w in _content(" ".join([item.text, fields, said])) if w not in _GENERIC and len(w) > 2}


def match(item: Item, goals: Sequence[Goal], said: str) -> tuple[Goal | None, float]:
    """The goal an item reports on (None when no goal's words are there enough) and its score."""
    terms = {g.id: goal_terms(g) for g in goals}
    df: dict[str, int] = {}
    for ws in terms.values():
        for w in ws:
            df[w] = df.get(w, 0) + 1
    have = _item_terms(item, said)
    best, best_score = None, 0.0
    for g in goals:
        ws = terms[g.id]
        if not ws:
            continue
        weight = {w: 1.0 + math.log(len(goals) / df[w]) for w in ws}
        score = sum(weight[w] for w in ws & have) / sum(weight.values())
        if score > best_score:
            best, best_score = g, score
    return (best, best_score) if best_score >= MATCH_MIN else (None, best_score)


# ------------------------------------------------------------------ the report


def _cited(evidence: Iterable[str], segments: Mapping[str, Any]) -> tuple[Cited, ...]:
    out = []
    for sid in dict.fromkeys(evidence):
        seg = segments.get(sid)
        out.append(Cited(sid, getattr(seg, "start", None), getattr(seg, "end", None)))
    return tuple(out)


def _level_ok(level: list[str], wanted: list[str]) -> bool | None:
    """Whether the help given is at most the help the target allows (None: the level was not stated)."""
    if not wanted:
        return True
    now, allowed = _rank(level), _rank(wanted)
    return None if now is None or allowed is None else now <= allowed


def _status(goal: Goal, value: Value | None, level: list[str], item: Item, before: GoalResult | None,
            comparison: str) -> tuple[str, str]:
    """(status against the target, what it was compared with, in words)."""
    target = value_of(goal.target)
    wanted = levels(goal.target)
    ok = _level_ok(level, wanted)
    model = _MODEL_STATUS.get((item.fields.get("status") or "").strip())
    parts: list[str] = []
    against_target = value is not None and target is not None and _comparable(value, target)
    if against_target:
        assert value is not None and target is not None
        parts.append(f"target {goal.target}")
        if value.score >= target.score:
            if ok:
                return "met", "; ".join(parts)
            parts.append("the level of help was not stated" if ok is None else "with more help than the target")
    elif target is None and wanted and ok and level:  # a target of a level only ("dress independently")
        return "met", f"{', '.join(level)}, as the target asks"
    elif goal.target:
        parts.append(f"target {goal.target}")
    if value is None or (target is not None and not against_target):  # no measure in the target's terms
        return "addressed, not measured", "; ".join(parts)
    # progress: against the goal's last approved result, else the comparison said in the session
    earlier, said = None, ""
    if before is not None and before.value is not None:
        prev = value_of(before.measure)
        if prev is not None and _comparable(prev, value):
            earlier = prev
            said = f"{before.measure.split(';')[0].strip()} on {before.date}" if before.date else ""
    if earlier is None and comparison:
        earlier, said = previous_value(comparison, value), comparison
    if said:
        parts.append(said)
    if earlier is None:
        if against_target:
            return "below target", "; ".join(parts)
        return (model if model in ("progressing", "not progressing", "below target") else "below target"), \
            "; ".join(parts)
    better = value.score > earlier.score + 1e-9
    if abs(value.score - earlier.score) <= 1e-9 and before is not None:
        r_now, r_then = _rank(level), _rank(levels(before.assistance) or levels(before.measure))
        better = r_now is not None and r_then is not None and r_now < r_then
    return ("progressing" if better else "not progressing"), "; ".join(parts)


def _result(goal: Goal, picked: list[tuple[int, Item]], segments: Mapping[str, Any],
            before: GoalResult | None) -> GoalResult:
    if not picked:
        return GoalResult(goal.id, goal.text, goal.target, addressed=False, status="not addressed")
    measured = [(i, it) for i, it in picked if value_of(it.fields.get("measure", ""))]
    target = value_of(goal.target)
    words = goal_terms(goal)

    def rank(pair: tuple[int, Item]) -> tuple[bool, bool, int]:
        i, it = pair
        fits = target is None or _comparable(value_of(it.fields["measure"]), target)
        named = bool(words & _content(own_line(it, segments)))  # its own line speaks of the goal
        return fits, named, i

    # the last measure said of the kind the target counts (a count for "4/5 trials") on a line that names the
    # goal, else of that kind, else on such a line, else the last one
    index, main = max(measured, key=rank) if measured else picked[-1]
    measure = main.fields.get("measure", "") if measured else ""
    value = value_of(measure)
    assist = main.fields.get("assistance", "")
    level = levels(assist) if assist and assist != "not said" else []
    level = level or levels(measure.split(";")[0])  # the level said with the measure ("3/5 independently")
    status, against = _status(goal, value, level, main, before, main.fields.get("comparison", ""))
    if value is not None and target is not None and not _comparable(value, target):
        # said, but not in the target's terms ("5 min" for "5/5 buttons"): not the goal's result, so it is not
        # shown as its measure, charted or compared later; the clinician still reads it, and the moment
        against = "; ".join(p for p in (against, f"no measure in the target's terms, said: {measure}") if p)
        measure, value = "", None
    # the moment that states the measure first (the client's progress links to it), then the other lines
    first = measure_segment(main, segments)
    evidence = ([first] if first else []) + list(main.evidence) + [e for _, it in picked for e in it.evidence]
    return GoalResult(goal.id, goal.text, goal.target, addressed=True, measure=measure,
                      value=None if value is None else value.number, unit="" if value is None else value.unit,
                      assistance=", ".join(level), status=status, against=against,
                      evidence=_cited(evidence, segments),
                      items=(index, *(i for i, _ in picked if i != index)))  # the item that says it first


def _same_skill(words: set[str], kind: str | None, group: tuple[set[str], list[tuple[int, Item]]]) -> bool:
    """Whether an item's activity words and measure kind are those of a group of proposed items."""
    kinds = {getattr(value_of(x.fields.get("measure", "")), "kind", None) for _, x in group[1]}
    return bool(words) and len(words & group[0]) / len(words | group[0]) >= 0.5 and kinds == {kind}


def _proposed(items: list[tuple[int, Item]], segments: Mapping[str, Any]) -> tuple[Proposed, ...]:
    groups: list[tuple[set[str], list[tuple[int, Item]]]] = []
    for i, it in items:
        has_measure = bool(value_of(it.fields.get("measure", "")))
        level = [lv for lv in levels(it.fields.get("assistance", "")) if it.fields.get("assistance") != "not said"]
        if not has_measure and not level:
            continue
        words = _content(it.fields.get("activity") or it.text)
        kind = getattr(value_of(it.fields.get("measure", "")), "kind", None)

        home = next((g for g in groups if _same_skill(words, kind, g)), None)
        if home is None:
            groups.append((set(words), [(i, it)]))
        else:
            home[0].update(words)
            home[1].append((i, it))
    out = []
    for _words, members in groups:
        _i, first = members[0]
        text = (first.fields.get("activity") or first.text).strip().rstrip(".")
        measured = next((it for _, it in members if value_of(it.fields.get("measure", ""))), first)
        assist = measured.fields.get("assistance", "")
        out.append(Proposed(text=text[:1].upper() + text[1:], measure=measured.fields.get("measure", ""),
                            assistance="" if assist == "not said" else assist,
                            evidence=_cited([e for _, it in members for e in it.evidence], segments),
                            items=tuple(i for i, _ in members)))
    return tuple(out)


def assign(items: Sequence[Item], plan: Sequence[Goal], said: Sequence[str]) -> list[str]:
    """Each item's ``plan_goal`` field: a kept choice (a goal of ``plan`` or ``none``), else the goal it
    matches, else ``proposed``. ``said``: the text of each item's own line (the one holding its measure;
    the lines before it that an item also cites for context may speak of another goal)."""
    ids = {g.id for g in plan}
    out = []
    for it, text in zip(items, said, strict=True):
        kept = (it.fields.get(FIELD) or "").strip()
        if kept in ids or kept == NONE:
            out.append(kept)
            continue
        goal, _score = match(it, plan, text)
        out.append(goal.id if goal is not None else PROPOSED)
    return out


def measure_segment(item: Item, segments: Mapping[str, Any]) -> str | None:
    """The id of the cited segment that states the item's measure (None when none does)."""
    want = value_of(item.fields.get("measure", ""))
    if want is None:
        return None
    for e in reversed(item.evidence):
        for m in moments.measures(getattr(segments.get(e), "text", "") or ""):
            v = value_of(m.text)
            if v is not None and v.kind == want.kind and abs(v.number - want.number) < 1e-9:
                return e
    return None


def own_line(item: Item, segments: Mapping[str, Any]) -> str:
    """The text of the cited line that states the item's measure (else of every cited line)."""
    seg = measure_segment(item, segments)
    if seg is not None:
        return getattr(segments.get(seg), "text", "") or ""
    return " ".join(getattr(segments.get(e), "text", "") or "" for e in item.evidence)


def report(client_id: str, items: Sequence[Item], plan: Sequence[Goal], segments: Mapping[str, Any], *,
           date: str = "", section: str = "goals", previous: Sequence[GoalResult] = ()) -> tuple[
               GoalReport, list[str]]:
    """The goal report of one note's goal items, and each item's ``plan_goal`` field.

    ``plan``: the client's active goals; ``segments``: segment id -> segment (start, end, text);
    ``previous``: each goal's latest earlier approved result (the store's ``previous``)."""
    active = [g for g in plan if g.status == "active"]
    said = [own_line(it, segments) for it in items]
    links = assign(items, active, said)
    before = {r.goal_id: r for r in previous}
    results = []
    for g in active:
        picked = [(i, it) for i, (it, link) in enumerate(zip(items, links, strict=True)) if link == g.id]
        results.append(_result(g, picked, segments, before.get(g.id)))
    leftover = [(i, it) for i, (it, link) in enumerate(zip(items, links, strict=True)) if link == PROPOSED]
    rep = GoalReport(client_id=client_id, date=date, section=section, plan=tuple(active),
                     results=tuple(results), proposed=_proposed(leftover, segments),
                     previous=tuple(r for r in previous if r.goal_id in {g.id for g in active}))
    proposed_items = {i for p in rep.proposed for i in p.items}
    links = [link if link != PROPOSED or i in proposed_items else "" for i, link in enumerate(links)]
    return rep, links


# ------------------------------------------------------------------ the pipeline's Note


def attach(note, plan: Sequence[Goal], client_id: str, segments: Mapping[str, Any], *, date: str = "",
           previous: Sequence[GoalResult] = ()):
    """The note with its goal items' ``plan_goal`` fields set and its ``client`` block (a GoalReport)."""
    from ..schema import NoteItem, NoteSection

    key = goal_section(note.sections)
    section = next((s for s in note.sections if s.key == key), None)
    items = [Item(it.text, it.evidence, dict(it.fields)) for it in section.items] if section else []
    rep, links = report(client_id, items, plan, segments, date=date, section=key, previous=previous)
    # the item that states a goal's result shows its status against the target (the rules decide it from the
    # measure and the target, where the model's status field was a guess from the line alone)
    status = {r.items[0]: r.status for r in rep.results if r.addressed and r.items}
    sections = []
    for s in note.sections:
        if s.key == key:
            new_items = []
            for i, (it, link) in enumerate(zip(s.items, links, strict=True)):
                fields = tuple((k, status[i] if k == "status" and i in status else v) for k, v in it.fields
                               if k != FIELD) + (((FIELD, link),) if link else ())
                new_items.append(NoteItem(it.text, it.evidence, fields, it.support))
            s = NoteSection(s.key, s.title, tuple(new_items))
        sections.append(s)
    return replace(note, sections=tuple(sections), client=rep.to_dict())


def version_items(version: dict[str, Any], key: str) -> list[Item]:
    """The items of a service note version's section ``key``."""
    sec = next((s for s in version.get("sections", []) if s.get("key") == key), None)
    return [Item(str(i.get("text", "")), tuple(i.get("evidence") or ()), dict(i.get("fields") or {}))
            for i in (sec or {}).get("items", [])]
