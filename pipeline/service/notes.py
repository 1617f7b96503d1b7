"""Note versions as the review page edits them: the draft, edits, approval, the diff, exports.

A version is a plain dict (the API's Note object without the version header):
``{title, template, session, warnings, sections: [{key, title, fields, items}]}``,
every item ``{id, text, evidence, fields, support, edited, confirmed}``. Item
ids are given once, when the AI draft is imported, and kept through edits; the
diff between the draft and the approved note pairs items by id. ``omissions``
lists the draft's "Not in the note" moments ``{id, evidence, kinds, what,
section}``; one leaves the list when an item of the note cites its evidence
(the review page adds it with one click, as an edit like any other).
"""

from __future__ import annotations

import datetime as dt
import difflib
import json
from typing import Any

from ..note import safe
from ..note.render import note_markdown, note_text
from ..schema import Note, Transcript

ITEM_TEXT_MAX = 4000
ITEMS_MAX = 200


class EditError(ValueError):
    """An edit the API refuses (answered with 422 and this message)."""


def from_draft(note: dict[str, Any], template: Any | None = None) -> dict[str, Any]:
    """The AI draft (note.json) as the first version: ids on items, review flags off."""
    field_names = {}
    if template is not None:
        field_names = {s.key: [f.name for f in s.fields] for s in template.sections}
    n = 0
    sections = []
    for sec in note.get("sections", []):
        items = []
        for item in sec.get("items", []):
            n += 1
            extras = {k: str(v) for k, v in item.items() if k not in ("text", "evidence", "support")}
            items.append({"id": f"i{n}", "text": str(item["text"]), "evidence": list(item.get("evidence", [])),
                          "fields": extras, "support": item.get("support"), "edited": False, "confirmed": False})
        names = field_names.get(sec["key"]) or sorted({k for i in items for k in i["fields"]})
        sections.append({"key": sec["key"], "title": sec["title"], "fields": names, "items": items})
    omissions = [{"id": f"o{k}", "evidence": [str(e) for e in o.get("evidence", [])],
                  "kinds": [str(x) for x in o.get("kinds", [])], "what": str(o.get("what", "")),
                  "section": str(o.get("section", ""))}
                 for k, o in enumerate(note.get("omissions", []), 1) if isinstance(o, dict)]
    return {"title": note.get("title", ""), "template": note.get("template", ""),
            "session": note.get("session", {}), "warnings": list(note.get("warnings", [])),
            "sections": sections, "omissions": omissions}


def open_omissions(omissions: list[dict[str, Any]], sections: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The omissions no item cites yet."""
    cited = {e for s in sections for i in s["items"] for e in i["evidence"]}
    return [o for o in omissions if not set(o["evidence"]) & cited]


def _next_id(note: dict[str, Any]) -> int:
    used = [int(i["id"][1:]) for s in note["sections"] for i in s["items"] if str(i["id"])[1:].isdigit()]
    return max(used, default=0) + 1


def apply_edit(base: dict[str, Any], sections: list[dict[str, Any]], segment_ids: set[str]) -> dict[str, Any]:
    """The new version from the client's sections (items kept, changed, added or left out)."""
    by_key = {s["key"]: s for s in base["sections"]}
    old_items = {i["id"]: i for s in base["sections"] for i in s["items"]}
    given = {}
    for sec in sections:
        key = sec.get("key")
        if key not in by_key:
            raise EditError(f"unknown section {key!r}")
        if key in given:
            raise EditError(f"section {key!r} given twice")
        given[key] = sec.get("items") or []
    next_id = _next_id(base)
    seen: set[str] = set()
    out_sections = []
    total = 0
    for sec in base["sections"]:
        items = []
        for raw in given.get(sec["key"], sec["items"] if sec["key"] not in given else []):
            total += 1
            if total > ITEMS_MAX:
                raise EditError(f"a note holds at most {ITEMS_MAX} items")
            text = str(raw.get("text") or "").strip()
            if not text:
                raise EditError("an item's text cannot be empty (delete the item instead)")
            if len(text) > ITEM_TEXT_MAX:
                raise EditError(f"an item's text is at most {ITEM_TEXT_MAX} characters")
            evidence = [str(e) for e in raw.get("evidence") or []]
            unknown = [e for e in evidence if e not in segment_ids]
            if unknown:
                raise EditError(f"evidence {', '.join(unknown[:3])} is not a segment of this transcript")
            fields = {str(k): str(v) for k, v in (raw.get("fields") or {}).items()}
            if any(k in ("text", "evidence", "support", "id") for k in fields):
                raise EditError("item fields cannot be named text, evidence, support or id")
            iid = raw.get("id")
            old = old_items.get(iid) if iid else None
            if iid and old is None:
                raise EditError(f"no item {iid!r} in version being edited")
            if iid in seen:
                raise EditError(f"item {iid!r} given twice")
            if old is None:
                iid = f"i{next_id}"
                next_id += 1
                item = {"id": iid, "text": text, "evidence": evidence, "fields": fields, "support": None,
                        "edited": True, "confirmed": False}
            else:
                changed = (text, evidence, fields) != (old["text"], old["evidence"], old["fields"])
                item = {**old, "text": text, "evidence": evidence, "fields": fields,
                        "confirmed": bool(raw.get("confirmed", old["confirmed"]))}
                if changed:
                    item.update(edited=True, support=None)
            seen.add(iid)
            items.append(item)
        out_sections.append({**sec, "items": items})
    return {**base, "sections": out_sections,
            "omissions": open_omissions(base.get("omissions", []), out_sections)}


def unresolved(note: dict[str, Any]) -> list[str]:
    """Ids of items the grounding check did not support that nobody edited or confirmed."""
    return [i["id"] for s in note["sections"] for i in s["items"]
            if i.get("support") and not i["support"].get("supported", True)
            and not i.get("edited") and not i.get("confirmed")]


def to_note(note: dict[str, Any], status: str) -> Note:
    """The pipeline's Note (for rendering): review flags dropped, fields back on items."""
    sections = []
    for sec in note["sections"]:
        items = []
        for i in sec["items"]:
            d = {"text": i["text"], "evidence": i["evidence"], **i["fields"]}
            if i.get("support") is not None and not i.get("confirmed"):  # a confirmed item is the clinician's
                d["support"] = i["support"]
            items.append(d)
        sections.append({"key": sec["key"], "title": sec["title"], "items": items})
    return Note.from_dict({"template": note.get("template", ""), "title": note.get("title", ""),
                           "status": status, "session": note.get("session", {}),
                           "warnings": note.get("warnings", []), "sections": sections})


def plain_text(note: dict[str, Any]) -> str:
    return note_text(to_note(note, "approved"))


def diff(draft: dict[str, Any], approved: dict[str, Any], draft_version: int, approved_version: int) -> dict[str, Any]:
    """What the clinician changed between the AI draft and the approved note (pairs items by id)."""
    def index(note):
        return {i["id"]: (s["key"], i) for s in note["sections"] for i in s["items"]}

    a, b = index(draft), index(approved)

    def brief(key, item):
        return {"id": item["id"], "section": key, "text": item["text"], "fields": item["fields"],
                "evidence": item["evidence"]}

    changed = []
    for iid in a.keys() & b.keys():
        (ka, ia), (kb, ib) = a[iid], b[iid]
        if (ka, ia["text"], ia["fields"], ia["evidence"]) != (kb, ib["text"], ib["fields"], ib["evidence"]):
            changed.append({"id": iid, "before": brief(ka, ia), "after": brief(kb, ib)})
    confirmed = [iid for iid in b if b[iid][1].get("confirmed") and not b[iid][1].get("edited")]
    text_diff = "".join(difflib.unified_diff(
        plain_text(draft).splitlines(keepends=True), plain_text(approved).splitlines(keepends=True),
        fromfile=f"draft (version {draft_version})", tofile=f"approved (version {approved_version})"))
    return {"draft_version": draft_version, "approved_version": approved_version,
            "added": [brief(*b[i]) for i in b if i not in a],
            "removed": [brief(*a[i]) for i in a if i not in b],
            "changed": sorted(changed, key=lambda c: int(c["id"][1:]) if c["id"][1:].isdigit() else 0),
            "confirmed": confirmed, "text_diff": text_diff}


def export(note: dict[str, Any], fmt: str, transcript: Transcript, meta: dict[str, Any]) -> tuple[str, str]:
    """(body, media type) of an approved note in Markdown, plain text or JSON. None of them can carry markup
    or a script link from the note's text into what renders it next (``pipeline.note.safe``)."""
    n = to_note(note, "approved")
    if fmt == "md":
        lines = note_markdown(n, transcript).split("\n")  # escaped as it is written
        when = dt.datetime.fromtimestamp(meta["approved_at"], dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
        lines = [f"*Status: approved by {safe.markdown(meta['approved_by'])} on {when} (version {meta['version']}). "
                 "Every statement cites the transcript moments it rests on.*" if ln.startswith("*Status:") else ln
                 for ln in lines]
        return "\n".join(lines), "text/markdown; charset=utf-8"
    if fmt == "txt":
        return safe.plain(note_text(n)), "text/plain; charset=utf-8"
    body = {**n.to_dict(), "approval": meta}
    return safe.json_text(body, indent=2, ensure_ascii=False) + "\n", "application/json"
