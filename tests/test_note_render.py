"""note.md, plain text and note.json: evidence marks, UNSUPPORTED lines, render formats, private files."""

from __future__ import annotations

import json
import os
import stat

import pytest

from note_fakes import SESSION, make_transcript
from conftest import OT_QUOTE
from pipeline.note import load_template
from pipeline.note.render import clock, evidence_marks, note_markdown, note_text, write_note
from pipeline.note.text_transcript import ESTIMATED_TIMES_WARNING, parse_tagged
from pipeline.schema import Note, NoteItem, NoteSection, Support

GOAL = NoteItem("Completed five of five beads independently", ("seg-0001",),
                (("goal", "bead stringing"), ("status", "met")), Support(True, 1.0))
OBS = NoteItem("Held the tripod grasp for 45 seconds", ("seg-0002", "seg-0004"), (("area", "fine motor"),),
               Support(False, 0.25, ("number: number 45 not in cited segments",
                                     "coverage: little of the item is in the cited segments (40%)")))
PLAN = NoteItem("Start scissors next week", ("seg-0005",))


@pytest.fixture
def ot():
    """The quote/write-style OT template (tests/data/ot-quote.toml): items with text and evidence."""
    return load_template(str(OT_QUOTE))


@pytest.fixture
def tr():
    return make_transcript(SESSION, step=65.0)  # seg-0001 at 0:00, seg-0002 at 1:05 ... seg-0005 at 4:20


def make_note(template, items: dict[str, tuple[NoteItem, ...]], **kw) -> Note:
    sections = tuple(NoteSection(s.key, s.title, items.get(s.key, ())) for s in template.sections)
    session = {"duration_s": 325.0, "recorded": "2024-05-01T10:00:00",
               "speakers": [{"id": "THERAPIST", "label": "Therapist", "role": "therapist", "name": "Ms Lee"},
                            {"id": "CHILD", "label": "Child", "role": "child", "name": None}]}
    return Note(template=template.name, title=template.title, sections=sections,
                session=kw.pop("session", session), **kw)


@pytest.mark.parametrize("seconds,text", [(0, "00:00"), (5.9, "00:05"), (130, "02:10"), (599.99, "09:59"),
                                          (3599, "59:59"), (3600, "1:00:00"), (3725, "1:02:05"),
                                          (36000, "10:00:00"), (-3, "00:00")])
def test_clock(seconds, text):
    assert clock(seconds) == text


def test_evidence_as_timestamps(tr):
    assert evidence_marks(GOAL, tr) == "[00:00]"
    assert evidence_marks(OBS, tr) == "[01:05] [03:15]"
    assert evidence_marks(NoteItem("x", ("seg-0002", "seg-0002")), tr) == "[01:05]"


def test_evidence_past_an_hour(tr):
    late = make_transcript(SESSION, step=1000.0)  # seg-0005 at 4000 s
    assert evidence_marks(NoteItem("x", ("seg-0005", "seg-0001")), late) == "[1:06:40] [00:00]"


def test_unknown_and_missing_evidence(tr):
    assert evidence_marks(NoteItem("x", ("seg-0001", "seg-9999")), tr) == "[00:00] [unknown seg-9999]"
    assert evidence_marks(NoteItem("x", ()), tr) == "[no evidence]"


def test_estimated_times_give_line_numbers(ot):
    tr = parse_tagged("THERAPIST: Five out of five beads, independently.\n"
                      "CAREGIVER: She gets frustrated after ten minutes.\nCHILD: I did it!\n")
    assert any("estimated" in w for w in tr.warnings) and ESTIMATED_TIMES_WARNING in tr.warnings
    item = NoteItem("Frustrated after ten minutes", ("seg-0002", "seg-0003", "seg-0042"))
    assert evidence_marks(item, tr) == "[line 2] [line 3] [unknown seg-0042]"
    md = note_markdown(make_note(ot, {"caregiver_report": (item,)}), tr, ot)
    assert "[line 2] [line 3]" in md
    assert not any(f"[{clock(s.start)}]" in md for s in tr.segments)


def test_markdown_layout(ot, tr):
    note = make_note(ot, {"goals": (GOAL,), "observations": (OBS,), "plan": (PLAN,)},
                     warnings=("grounding: 1 of 3 items not supported by their cited segments",))
    md = note_markdown(note, tr, ot)
    assert md.startswith(f"# {ot.title}\n")
    assert "draft" in md.split("\n## Session")[0]
    assert "- Recorded: 2024-05-01T10:00:00" in md
    assert "- Duration: 05:25" in md
    assert "- Speakers: Therapist (Ms Lee), Child" in md
    for s in ot.sections:
        assert f"\n## {s.title}\n" in md
    # sections in template order
    positions = [md.index(f"## {s.title}") for s in ot.sections]
    assert positions == sorted(positions)
    # render formats of the template
    assert "- **bead stringing** (met): Completed five of five beads independently [00:00]\n" in md
    assert "- *fine motor*: Held the tripod grasp for 45 seconds [01:05] [03:15]\n" in md
    assert "- Start scissors next week [04:20]" in md
    assert md.endswith("## Warnings\n\n- grounding: 1 of 3 items not supported by their cited segments\n")


def test_unsupported_items_carry_the_reason(ot, tr):
    md = note_markdown(make_note(ot, {"goals": (GOAL,), "observations": (OBS,), "plan": (PLAN,)}), tr, ot)
    lines = md.splitlines()
    i = next(k for k, ln in enumerate(lines) if "45 seconds" in ln)
    assert lines[i + 1] == ("  - **UNSUPPORTED**: number 45 not in cited segments; little of the item is "
                            "in the cited segments (40%). Check before approving.")
    assert md.count("UNSUPPORTED**") == 1  # the supported item and the unchecked one have none
    j = next(k for k, ln in enumerate(lines) if "beads independently" in ln)
    assert "UNSUPPORTED" not in lines[j + 1]


def test_unsupported_without_reasons_still_says_so(ot, tr):
    item = NoteItem("Start scissors next week", ("seg-0005",), support=Support(False, 0.0))
    md = note_markdown(make_note(ot, {"plan": (item,)}), tr, ot)
    assert "**UNSUPPORTED**: not found in the cited lines." in md


def test_empty_sections_say_nothing_was_found(ot, tr):
    md = note_markdown(make_note(ot, {"plan": (PLAN,)}), tr, ot)
    assert md.count("- (nothing in the transcript for this section)") == len(ot.sections) - 1
    plan = md.split("## Plan for next session\n")[1]
    assert "nothing in the transcript" not in plan


def test_markdown_without_template_shows_text_only(ot, tr):
    md = note_markdown(make_note(ot, {"goals": (GOAL,)}), tr)
    assert "- Completed five of five beads independently [00:00]" in md
    assert "**bead stringing**" not in md


def test_render_with_a_missing_field_does_not_crash(ot, tr):
    item = NoteItem("Completed five of five beads independently", ("seg-0001",), (("status", "met"),))
    md = note_markdown(make_note(ot, {"goals": (item,)}), tr, ot)
    assert "(met): Completed five of five beads independently [00:00]" in md


def test_render_keeps_braces_in_text(ot, tr):
    item = NoteItem("Wrote {name} on the {line}", ("seg-0001",),
                    (("goal", "hand {writing}"), ("status", "met")))
    md = note_markdown(make_note(ot, {"goals": (item,)}), tr, ot)
    assert "- **hand {writing}** (met): Wrote {name} on the {line} [00:00]" in md


def test_session_without_recording_date_or_speakers(ot, tr):
    md = note_markdown(make_note(ot, {}, session={"duration_s": 4000.0}), tr, ot)
    assert "Recorded" not in md and "Speakers" not in md
    assert "- Duration: 1:06:40" in md


def test_note_text(ot):
    note = make_note(ot, {"goals": (GOAL,), "observations": (OBS,), "plan": (PLAN,)})
    text = note_text(note)
    assert text.splitlines() == [
        "Goals and progress", "bead stringing Completed five of five beads independently",
        "Observations", "fine motor Held the tripod grasp for 45 seconds",
        "Plan for next session", "Start scissors next week",
    ]
    assert "Caregiver report" not in text  # empty sections are left out
    assert "[" not in text and "UNSUPPORTED" not in text


def test_note_text_says_a_composed_sentence_once(ot):
    # a fields-style item: its sentence is made of its fields, which are not said again before it (the plain text
    # export and ROUGE had "caught the ball 7/10 verbal cues Caught the ball: 7/10 (verbal cues).")
    item = NoteItem("Caught the ball: 7/10 (verbal cues).", ("seg-0001",),
                    (("activity", "caught the ball"), ("measure", "7/10"), ("assistance", "verbal cues"),
                     ("status", "progressing")))
    text = note_text(make_note(ot, {"goals": (item,)}))
    assert text.splitlines() == ["Goals and progress", "Caught the ball: 7/10 (verbal cues)."]


def test_write_note_files(ot, tr, tmp_path):
    note = make_note(ot, {"goals": (GOAL,), "observations": (OBS,), "plan": (PLAN,)},
                     models={"note": {"writer": "llm:fake"}}, warnings=("w1",))
    folder = tmp_path / "out" / "session"  # created as needed
    paths = write_note(note, folder, tr, ot)
    assert paths == [folder / "note.md", folder / "note.json"]
    for p in paths:
        assert stat.S_IMODE(os.stat(p).st_mode) == 0o600
    assert stat.S_IMODE(os.stat(folder).st_mode) == 0o700
    assert sorted(p.name for p in folder.iterdir()) == ["note.json", "note.md"]  # no temp files left
    assert (folder / "note.md").read_text() == note_markdown(note, tr, ot)
    data = json.loads((folder / "note.json").read_text())
    assert data["schema_version"] == 1 and data["status"] == "draft"
    assert data["sections"][0]["items"][0] == {
        "text": GOAL.text, "evidence": ["seg-0001"], "goal": "bead stringing", "status": "met",
        "support": {"supported": True, "score": 1.0, "reasons": []}}
    assert Note.from_dict(data) == note


def test_write_note_round_trips_unchecked_items(ot, tr, tmp_path):
    note = make_note(ot, {"plan": (PLAN,)})
    write_note(note, tmp_path, tr)
    back = Note.from_dict(json.loads((tmp_path / "note.json").read_text()))
    assert back == note and back.items[0].support is None


def test_write_note_replaces_atomically(ot, tr, tmp_path, monkeypatch):
    """A failure while writing leaves the previous files whole and no temp file behind."""
    write_note(make_note(ot, {"plan": (PLAN,)}), tmp_path, tr, ot)
    before = (tmp_path / "note.json").read_text()
    import pipeline.outputs as outputs
    from pipeline.errors import OutputError

    def boom(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(outputs.os, "replace", boom)
    with pytest.raises(OutputError, match="note.md"):
        write_note(make_note(ot, {"goals": (GOAL,)}), tmp_path, tr, ot)
    monkeypatch.undo()
    assert (tmp_path / "note.json").read_text() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["note.json", "note.md"]
