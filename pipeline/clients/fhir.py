"""An approved note as a FHIR R4 document Bundle, built and validated with fhir.resources (its R4B models).

The Bundle (type ``document``) holds:

- **Composition** (first entry): the note; ``type`` a LOINC document code (``[fhir] document_code``,
  default 11506-3 "Progress note"), one section per note section with the items as its narrative, and a
  "Plan of care" section whose entries are the Goals;
- **Patient**: the client, by its id only (``identifier``: ``[fhir] patient_system`` and the client id);
  its name only when ``[fhir] patient_name = true``;
- **Goal** per active plan goal (``lifecycleStatus`` from the plan: active, completed when met,
  cancelled when discontinued; ``achievementStatus`` from this session's result) and per proposed goal
  (``lifecycleStatus`` proposed);
- **Observation** per measured result: ``valueQuantity`` (seconds in UCUM, repetitions, distance) or
  ``valueRatio`` (a count of a total), the level of assistance as a component, ``focus`` the Goal;
- **DocumentReference** of the session's transcript (its sha256-named JSON, the audio's sha256);
- **Provenance** per note item: ``target`` the Composition (and the item's Observation), ``agent`` the
  approving clinician (verifier) and therapy-scribe (assembler), ``entity`` the transcript's
  DocumentReference with one **cited-span** extension per cited segment.

Extensions (``[fhir] extension_base``, default ``urn:therapy-scribe:fhir``; documented in README.md):

- ``{base}:cited-span`` on ``Provenance.entity``: a transcript segment an item rests on; sub-extensions
  ``segment`` (valueString, the segment id, e.g. "seg-0012"), ``start`` and ``end`` (valueDecimal,
  seconds from the start of the recording);
- ``{base}:note-item`` on ``Provenance``: which statement of the note it is about; sub-extensions
  ``section`` (valueString, the section key), ``index`` (valueInteger, 0-based within the section) and
  ``text`` (valueString, the approved statement).

Text from the note goes into the narrative escaped (pipeline.note.safe.html) and the JSON carries no raw
``<``, ``>`` or ``&`` (safe.json_text). Resource ids are UUIDs derived from the note's id, so exporting
the same approved note twice gives the same Bundle.
"""

from __future__ import annotations

import base64
import hashlib
import json
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from .. import __version__
from ..errors import ConfigError
from ..note import safe
from ..schema import Note, Transcript
from .goals import goal_section, value_of
from .model import Client, GoalReport, GoalResult, Proposed

LOINC = "http://loinc.org"
UCUM = "http://unitsofmeasure.org"
ACHIEVEMENT = "http://terminology.hl7.org/CodeSystem/goal-achievement"
OBS_CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category"
PROVENANCE_AGENT = "http://terminology.hl7.org/CodeSystem/provenance-participant-type"
LIFECYCLE = {"active": "active", "met": "completed", "discontinued": "cancelled"}
ACHIEVED = {"met": ("achieved", "Achieved"), "progressing": ("improving", "Improving"),
            "not progressing": ("no-progress", "No Progress"), "below target": ("in-progress", "In Progress"),
            "addressed, not measured": ("in-progress", "In Progress")}


@dataclass(frozen=True)
class Approval:
    by: str  # the clinician who approved the note
    at: float  # unix seconds
    version: int | None = None


def _need_library():
    try:
        from fhir.resources.R4B import bundle  # noqa: F401
    except ImportError as e:
        raise ConfigError("FHIR export needs the fhir.resources package (8.3, with its R4B models): install the "
                          "project's lock (make install), which includes it") from e


def _iso(ts: float) -> str:
    import datetime as dt

    return dt.datetime.fromtimestamp(ts, dt.UTC).isoformat(timespec="seconds")


def _sha1_b64(data: bytes) -> str:
    return base64.b64encode(hashlib.sha1(data).digest()).decode()


class _Ids:
    """Deterministic urn:uuid ids per note."""

    def __init__(self, seed: str) -> None:
        self.ns = uuid.uuid5(uuid.NAMESPACE_URL, f"therapy-scribe:{seed}")

    def __call__(self, *parts: Any) -> str:
        return str(uuid.uuid5(self.ns, "/".join(str(p) for p in parts)))


def _div(paragraphs: Sequence[str], items: Sequence[str] = ()) -> str:
    body = "".join(f"<p>{safe.html(p)}</p>" for p in paragraphs)
    if items:
        body += "<ul>" + "".join(f"<li>{safe.html(i)}</li>" for i in items) + "</ul>"
    return f'<div xmlns="http://www.w3.org/1999/xhtml">{body}</div>'


def _value(measure: str) -> dict[str, Any]:
    """The Observation's value[x] for a measure field."""
    v = value_of(measure)
    if v is None:
        return {"valueString": measure}
    if v.kind == "count" and v.total:
        return {"valueRatio": {"numerator": {"value": v.number}, "denominator": {"value": v.total}}}
    if v.kind == "duration" and v.unit == "sec":
        return {"valueQuantity": {"value": v.number, "unit": "s", "system": UCUM, "code": "s"}}
    return {"valueQuantity": {"value": v.number, "unit": v.unit or "{count}"}}


def _target(target: str) -> dict[str, Any]:
    v = value_of(target)
    out: dict[str, Any] = {"measure": {"text": target}}
    if v is None:
        out["detailString"] = target
    elif v.kind == "count" and v.total:
        out["detailRatio"] = {"numerator": {"value": v.number}, "denominator": {"value": v.total}}
    elif v.kind == "duration" and v.unit == "sec":
        out["detailQuantity"] = {"value": v.number, "unit": "s", "system": UCUM, "code": "s",
                                 "comparator": ">="}
    else:
        out["detailString"] = target
    return out


def build(note: Note, transcript: Transcript, approval: Approval, *, note_id: str,
          report: GoalReport | None = None, client: Client | None = None, settings: Any = None) -> Any:
    """The FHIR Bundle (fhir.resources.R4B.bundle.Bundle) of an approved note, validated by the library."""
    _need_library()
    from fhir.resources.R4B.bundle import Bundle

    fs = settings or _default_settings()
    base = fs.extension_base.rstrip(":/")
    ids = _Ids(note_id)
    ref = {name: f"urn:uuid:{ids(name)}" for name in ("composition", "patient", "practitioner", "device",
                                                         "transcript")}
    segments = {s.id: s for s in transcript.segments}
    when = _iso(approval.at)
    date = (report.date if report and report.date else when[:10])
    subject = {"reference": ref["patient"]} if client is not None else None
    entries: list[tuple[str, dict[str, Any]]] = []

    # ---- who: the client, the approving clinician, the software
    if client is not None:
        patient: dict[str, Any] = {"resourceType": "Patient", "id": ids("patient"),
                                   "identifier": [{"system": fs.patient_system, "value": client.id}]}
        if fs.patient_name and client.name:
            patient["name"] = [{"text": client.name}]
        entries.append((ref["patient"], patient))
    entries.append((ref["practitioner"], {
        "resourceType": "Practitioner", "id": ids("practitioner"),
        "identifier": [{"system": "urn:therapy-scribe:user", "value": approval.by}]}))
    writer = (note.models.get("note") or {}).get("writer")
    entries.append((ref["device"], {
        "resourceType": "Device", "id": ids("device"),
        "deviceName": [{"name": "therapy-scribe", "type": "manufacturer-name"}]
        + ([{"name": str(writer), "type": "model-name"}] if writer else []),
        "version": [{"value": __version__}]}))

    # ---- the transcript the items cite
    raw = json.dumps(transcript.to_dict(), sort_keys=True, ensure_ascii=False).encode()
    doc: dict[str, Any] = {
        "resourceType": "DocumentReference", "id": ids("transcript"), "status": "current", "docStatus": "final",
        "type": {"text": "Session transcript (segments with times in seconds from the start of the recording)"},
        "date": f"{when}",
        "content": [{"attachment": {"contentType": "application/json", "title": "transcript.json",
                                    "size": len(raw), "hash": _sha1_b64(raw)}}]}
    sha = (transcript.audio or {}).get("sha256")
    if sha:
        doc["identifier"] = [{"system": "urn:therapy-scribe:audio-sha256", "value": sha}]
    if subject:
        doc["subject"] = subject
    entries.append((ref["transcript"], doc))

    # ---- goals and their measured results
    goal_refs: dict[str, str] = {}
    obs_of_item: dict[tuple[str, int], str] = {}
    plan_lines: list[str] = []
    key = report.section if report and report.section else goal_section(note.sections)
    if report is not None and client is not None:
        results: list[tuple[str, GoalResult | Proposed, str]] = []
        for g in report.plan:
            r = report.result(g.id)
            gref = goal_refs[g.id] = f"urn:uuid:{ids('goal', g.id)}"
            goal: dict[str, Any] = {"resourceType": "Goal", "id": ids("goal", g.id),
                                    "lifecycleStatus": LIFECYCLE.get(g.status, "active"),
                                    "description": {"text": g.text}, "subject": subject,
                                    "identifier": [{"system": "urn:therapy-scribe:goal", "value": g.id}]}
            if g.start:
                goal["startDate"] = g.start
            if g.target:
                goal["target"] = [_target(g.target)]
            if r is not None and r.status in ACHIEVED:
                code, display = ACHIEVED[r.status]
                goal["achievementStatus"] = {"coding": [{"system": ACHIEVEMENT, "code": code, "display": display}],
                                             "text": r.status}
            if r is not None:
                plan_lines.append(f"{g.id} {g.text}: " + (f"{r.measure}, {r.status}" if r.addressed
                                                           else "not addressed this session"))
                if r.value is not None:
                    results.append((gref, r, f"{g.id}: {g.text}"))
            entries.append((gref, goal))
        for k, p in enumerate(report.proposed):
            gref = f"urn:uuid:{ids('proposed', k)}"
            entries.append((gref, {"resourceType": "Goal", "id": ids("proposed", k), "lifecycleStatus": "proposed",
                                   "description": {"text": p.text}, "subject": subject}))
            plan_lines.append(f"Proposed goal: {p.text}" + (f" ({p.measure})" if p.measure else ""))
            if value_of(p.measure):
                results.append((gref, p, p.text))
        for n, (gref, r, what) in enumerate(results):
            oref = f"urn:uuid:{ids('observation', n)}"
            obs: dict[str, Any] = {
                "resourceType": "Observation", "id": ids("observation", n), "status": "final",
                "category": [{"coding": [{"system": OBS_CATEGORY, "code": "therapy", "display": "Therapy"}]}],
                "code": {"text": what}, "subject": subject, "effectiveDateTime": date, "focus": [{"reference": gref}],
                "derivedFrom": [{"reference": ref["transcript"]}], **_value(r.measure)}
            if r.assistance:
                obs["component"] = [{"code": {"text": "Level of assistance"}, "valueString": r.assistance}]
            status = getattr(r, "status", "")
            if status:
                obs["interpretation"] = [{"text": status}]
            entries.append((oref, obs))
            for i in r.items:
                obs_of_item.setdefault((key, i), oref)
            goal_entry = next(e for u, e in entries if u == gref)
            goal_entry.setdefault("outcomeReference", []).append({"reference": oref})

    # ---- the composition
    sections = []
    for s in note.sections:
        sec: dict[str, Any] = {"title": s.title, "text": {"status": "generated", "div": _div(
            [], [it.text for it in s.items] or ["(nothing in the transcript for this section)"])}}
        entry = list(dict.fromkeys(obs_of_item[(s.key, i)] for i in range(len(s.items)) if (s.key, i) in obs_of_item))
        if entry:
            sec["entry"] = [{"reference": r} for r in entry]
        sections.append(sec)
    if goal_refs or plan_lines:
        sections.insert(0, {"title": "Plan of care", "text": {"status": "generated", "div": _div([], plan_lines)},
                            "entry": [{"reference": u} for u, e in entries if e["resourceType"] == "Goal"]})
    composition: dict[str, Any] = {
        "resourceType": "Composition", "id": ids("composition"), "status": "final",
        "type": {"coding": [{"system": LOINC, "code": fs.document_code, "display": fs.document_display}],
                 "text": fs.document_display},
        "date": when, "title": note.title or "Progress note",
        "author": [{"reference": ref["practitioner"]}, {"reference": ref["device"]}],
        "attester": [{"mode": "legal", "time": when, "party": {"reference": ref["practitioner"]}}],
        "section": sections}
    if subject:
        composition["subject"] = subject

    # ---- a provenance per item
    provenances = []
    for s in note.sections:
        for i, it in enumerate(s.items):
            spans = []
            for sid in it.evidence:
                seg = segments.get(sid)
                if seg is None:
                    continue
                spans.append({"url": f"{base}:cited-span", "extension": [
                    {"url": "segment", "valueString": sid}, {"url": "start", "valueDecimal": round(seg.start, 3)},
                    {"url": "end", "valueDecimal": round(seg.end, 3)}]})
            targets = [{"reference": ref["composition"]}]
            if (s.key, i) in obs_of_item:
                targets.append({"reference": obs_of_item[(s.key, i)]})
            prov: dict[str, Any] = {
                "resourceType": "Provenance", "id": ids("provenance", s.key, i), "target": targets,
                "recorded": when,
                "agent": [{"type": {"coding": [{"system": PROVENANCE_AGENT, "code": "verifier"}]},
                           "who": {"reference": ref["practitioner"]}},
                          {"type": {"coding": [{"system": PROVENANCE_AGENT, "code": "assembler"}]},
                           "who": {"reference": ref["device"]}}],
                "extension": [{"url": f"{base}:note-item", "extension": [
                    {"url": "section", "valueString": s.key}, {"url": "index", "valueInteger": i},
                    {"url": "text", "valueString": it.text}]}]}
            entity: dict[str, Any] = {"role": "source", "what": {"reference": ref["transcript"]}}
            if spans:
                entity["extension"] = spans
            prov["entity"] = [entity]
            provenances.append((f"urn:uuid:{ids('provenance', s.key, i)}", prov))

    everything = [(ref["composition"], composition), *entries, *provenances]
    data = {"resourceType": "Bundle", "id": ids("bundle"), "type": "document", "timestamp": when,
            "identifier": {"system": "urn:therapy-scribe:note", "value": f"{note_id}" + (
                f"/v{approval.version}" if approval.version else "")},
            "entry": [{"fullUrl": u, "resource": _clean(r)} for u, r in everything]}
    return Bundle.model_validate(data)


def _clean(d: Any) -> Any:
    """The resource without None values (FHIR has no nulls)."""
    if isinstance(d, dict):
        return {k: _clean(v) for k, v in d.items() if v is not None}
    if isinstance(d, list):
        return [_clean(v) for v in d]
    return d


def to_json(bundle: Any) -> str:
    """The Bundle as JSON, parsed back by the library once more (the validation), with no raw ``<>&``."""
    from fhir.resources.R4B.bundle import Bundle

    text = bundle.model_dump_json(indent=2)
    Bundle.model_validate_json(text)
    return safe.json_text(json.loads(text), indent=2, ensure_ascii=False) + "\n"


def _default_settings() -> Any:
    from ..config import FhirSettings

    return FhirSettings()


def cited_spans(bundle_json: Mapping[str, Any], base: str = "urn:therapy-scribe:fhir") -> list[dict[str, Any]]:
    """Every cited-span of a Bundle's Provenances (for checks): {segment, start, end}."""
    out = []
    for e in bundle_json.get("entry", []):
        r = e.get("resource", {})
        if r.get("resourceType") != "Provenance":
            continue
        for ent in r.get("entity", []):
            for ext in ent.get("extension", []):
                if ext.get("url") == f"{base}:cited-span":
                    sub = {x["url"]: next(v for k, v in x.items() if k.startswith("value")) for x in ext["extension"]}
                    out.append(sub)
    return out
