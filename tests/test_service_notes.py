"""Note versions as the review page edits them: ids, edits, unsupported items, the diff, exports."""

from __future__ import annotations

import json

import pytest

from pipeline.schema import Note, NoteItem, NoteSection, Segment, Support, Transcript
from pipeline.service import notes

SEGS = tuple(Segment(f"seg-{i:04d}", i * 2.0, i * 2.0 + 1.5, f"line {i}", "SPEAKER_00") for i in range(1, 6))
TRANSCRIPT = Transcript(SEGS, "en", duration=12.0,
                        speakers=({"id": "SPEAKER_00", "role": "therapist", "label": "Therapist", "name": None},))
IDS = {s.id for s in SEGS}


def draft() -> dict:
    note = Note("ot-progress", "OT progress note", (
        NoteSection("goals", "Goals", (
            NoteItem("Cut 4 of 5 circles", ("seg-0002",), (("goal", "Scissors"), ("status", "progressing")),
                     Support(True, 1.0)),
            NoteItem("Held the grasp 30 s", ("seg-0003",), (("goal", "Grasp"), ("status", "met")),
                     Support(False, 0.1, ("coverage: little of the item is in the cited segments (10%)",))),
        )),
        NoteSection("plan", "Plan", (NoteItem("Practice at home", ("seg-0005",), (), Support(True, 1.0)),)),
    ))
    return notes.from_draft(note.to_dict())


def as_edit(note: dict) -> list[dict]:
    return [{"key": s["key"], "items": [{k: i[k] for k in ("id", "text", "evidence", "fields", "confirmed")}
                                        for i in s["items"]]} for s in note["sections"]]


def test_draft_items_get_stable_ids_and_review_flags():
    d = draft()
    assert [i["id"] for s in d["sections"] for i in s["items"]] == ["i1", "i2", "i3"]
    assert d["sections"][0]["items"][0]["fields"] == {"goal": "Scissors", "status": "progressing"}
    assert notes.unresolved(d) == ["i2"]


def test_unchanged_items_keep_their_support_and_changed_ones_become_the_clinicians():
    d = draft()
    sections = as_edit(d)
    sections[0]["items"][1]["text"] = "Held the tripod grasp for 30 seconds"
    new = notes.apply_edit(d, sections, IDS)
    kept, changed = new["sections"][0]["items"]
    assert kept["support"]["supported"] is True and kept["edited"] is False
    assert changed["edited"] is True and changed["support"] is None
    assert notes.unresolved(new) == []


def test_confirming_resolves_an_unsupported_item_without_changing_it():
    d = draft()
    sections = as_edit(d)
    sections[0]["items"][1]["confirmed"] = True
    new = notes.apply_edit(d, sections, IDS)
    item = new["sections"][0]["items"][1]
    assert item["confirmed"] is True and item["edited"] is False and item["support"]["supported"] is False
    assert notes.unresolved(new) == []


def test_add_and_delete_items():
    d = draft()
    sections = as_edit(d)
    sections[1]["items"].append({"id": None, "text": "Next session in a week", "evidence": [], "fields": {}})
    del sections[0]["items"][0]
    new = notes.apply_edit(d, sections, IDS)
    assert [i["id"] for i in new["sections"][0]["items"]] == ["i2"]
    assert new["sections"][1]["items"][-1] == {"id": "i4", "text": "Next session in a week", "evidence": [],
                                               "fields": {}, "support": None, "edited": True, "confirmed": False}


@pytest.mark.parametrize(("change", "message"), [
    (lambda s: s.append({"key": "nope", "items": []}), "unknown section"),
    (lambda s: s[0]["items"][0].update(text="  "), "cannot be empty"),
    (lambda s: s[0]["items"][0].update(evidence=["seg-9999"]), "not a segment"),
    (lambda s: s[0]["items"][0].update(id="i99"), "no item"),
    (lambda s: s[0]["items"].append(dict(s[0]["items"][0])), "given twice"),
    (lambda s: s[0]["items"][0].update(fields={"evidence": "x"}), "cannot be named"),
])
def test_bad_edits_are_refused_with_a_reason(change, message):
    d = draft()
    sections = as_edit(d)
    change(sections)
    with pytest.raises(notes.EditError, match=message):
        notes.apply_edit(d, sections, IDS)


def test_a_section_left_out_of_an_edit_is_kept():
    d = draft()
    new = notes.apply_edit(d, as_edit(d)[:1], IDS)
    assert new["sections"][1]["items"] == d["sections"][1]["items"]


def test_diff_pairs_items_by_id():
    d = draft()
    sections = as_edit(d)
    sections[0]["items"][0]["text"] = "Cut 5 of 5 circles"
    sections[0]["items"][1]["confirmed"] = True
    del sections[1]["items"][0]
    sections[1]["items"].append({"id": None, "text": "Review in 2 weeks", "evidence": ["seg-0005"], "fields": {}})
    final = notes.apply_edit(d, sections, IDS)
    diff = notes.diff(d, final, 1, 3)
    assert [c["id"] for c in diff["changed"]] == ["i1"]
    assert diff["changed"][0]["before"]["text"] == "Cut 4 of 5 circles"
    assert diff["changed"][0]["after"]["text"] == "Cut 5 of 5 circles"
    assert [a["text"] for a in diff["added"]] == ["Review in 2 weeks"]
    assert [r["id"] for r in diff["removed"]] == ["i3"]
    assert diff["confirmed"] == ["i2"]
    assert "-Practice at home" in diff["text_diff"] and "+Review in 2 weeks" in diff["text_diff"]


def test_exports_are_the_approved_text_with_evidence_times():
    d = draft()
    sections = as_edit(d)
    sections[0]["items"][1]["confirmed"] = True
    final = notes.apply_edit(d, sections, IDS)
    meta = {"approved_by": "ana", "approved_at": 0.0, "version": 3}
    md, media = notes.export(final, "md", TRANSCRIPT, meta)
    assert media.startswith("text/markdown")
    assert "approved by ana on 1970-01-01 00:00 UTC (version 3)" in md and "Cut 4 of 5 circles [00:04]" in md
    assert "**UNSUPPORTED**" not in md  # the clinician confirmed it
    txt, media = notes.export(final, "txt", TRANSCRIPT, meta)
    assert media.startswith("text/plain") and "Practice at home" in txt and "[" not in txt
    js, media = notes.export(final, "json", TRANSCRIPT, meta)
    body = json.loads(js)
    assert media == "application/json" and body["status"] == "approved" and body["approval"] == meta
    assert body["sections"][0]["items"][0]["evidence"] == ["seg-0002"]


def test_omissions_come_with_the_draft_and_leave_when_an_item_cites_them():
    from pipeline.schema import Omission

    note = Note("ot-progress", "OT progress note",
                (NoteSection("goals", "Goals", (NoteItem("Cut 4 of 5 circles", ("seg-0002",)),)),),
                omissions=(Omission(("seg-0004",), ("measure", "assistance"), "3/5 buttons independently", "goals"),
                           Omission(("seg-0005",), ("plan",), "zipper next time", "plan")))
    d = notes.from_draft(note.to_dict())
    assert [(o["id"], o["evidence"], o["what"], o["section"]) for o in d["omissions"]] == [
        ("o1", ["seg-0004"], "3/5 buttons independently", "goals"), ("o2", ["seg-0005"], "zipper next time", "plan")]
    # the review page adds the first one to its section: a new item citing its moment, as an edit
    sections = as_edit(d)
    sections[0]["items"].append({"id": None, "text": "Measure: 3/5 buttons independently.", "evidence": ["seg-0004"],
                                 "fields": {}, "confirmed": False})
    new = notes.apply_edit(d, sections, IDS)
    added = new["sections"][0]["items"][-1]
    assert added["edited"] is True and added["evidence"] == ["seg-0004"]
    assert [o["id"] for o in new["omissions"]] == ["o2"]
    # an approved export holds the note's items only
    text, _ = notes.export(new, "txt", TRANSCRIPT, {"approved_by": "ana", "approved_at": 0.0, "version": 2})
    assert "3/5 buttons independently" in text and "zipper" not in text
