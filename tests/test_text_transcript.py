"""Tagged text transcripts and load_transcript: speakers, roles, estimated times, clear errors."""

from __future__ import annotations

import json
import logging

import pytest

from pipeline.errors import NoteError
from pipeline.note.text_transcript import (
    ESTIMATED_TIMES_WARNING,
    from_turns,
    load_transcript,
    parse_tagged,
    role_of,
    speaker_id,
)
from pipeline.outputs import to_json
from pipeline.schema import Segment, Transcript

from conftest import SAMPLES


def test_bracket_tags_continuations_and_blank_lines():
    t = parse_tagged("[doctor] hi , martha . how are you ?\n\n[patient] i'm doing okay .\n"
                     "and you ?\n[doctor] fine .\n")
    assert [s.id for s in t.segments] == ["seg-0001", "seg-0002", "seg-0003"]
    assert [s.speaker for s in t.segments] == ["DOCTOR", "PATIENT", "DOCTOR"]
    assert t.segments[1].text == "i'm doing okay . and you ?"
    assert t.speakers == ({"id": "DOCTOR", "role": "doctor", "label": "doctor"},
                          {"id": "PATIENT", "role": "patient", "label": "patient"})


def test_times_estimated_at_150_words_a_minute():
    t = parse_tagged("[doctor] one two three four five\n[patient] six seven\n")
    a, b = t.segments
    assert (a.start, a.end) == (0.0, 2.0)  # 5 words * 0.4 s
    assert (b.start, b.end) == (2.0, 2.8)
    assert t.duration == 2.8
    assert ESTIMATED_TIMES_WARNING in t.warnings
    assert "estimated" in t.warnings[0]


def test_colon_tags_up_to_three_words_and_roles():
    t = parse_tagged("THERAPIST: Five out of five beads.\nCaregiver: Better at home.\n"
                     "Dr. Smith: Any pain?\nMaya's mom: No.\nchild: yes\nOT: ok\nSpeaker 2: hm\n")
    got = {s["id"]: (s["role"], s["label"]) for s in t.speakers}
    assert got == {
        "THERAPIST": ("therapist", "THERAPIST"), "CAREGIVER": ("caregiver", "Caregiver"),
        "DR_SMITH": ("doctor", "Dr. Smith"), "MAYA_S_MOM": ("caregiver", "Maya's mom"),
        "CHILD": ("child", "child"), "OT": ("therapist", "OT"), "SPEAKER_2": ("other", "Speaker 2"),
    }


def test_a_line_with_a_long_prefix_before_a_colon_continues_the_utterance():
    t = parse_tagged("THERAPIST: We practised.\nthe child then said this: more please\n")
    assert len(t.segments) == 1
    assert t.segments[0].text.endswith("this: more please")


def test_bracket_style_wins_over_colon_lines():
    t = parse_tagged("[doctor] the plan\nPlan: rest and fluids\n[patient] okay\n")
    assert [s.speaker for s in t.segments] == ["DOCTOR", "PATIENT"]
    assert "Plan: rest and fluids" in t.segments[0].text


@pytest.mark.parametrize("tag,role", [
    ("doctor", "doctor"), ("Dr", "doctor"), ("patient", "patient"), ("patient_guest", "other"),
    ("Mother", "caregiver"), ("dad", "caregiver"), ("Parent", "caregiver"), ("guardian", "caregiver"),
    ("kid", "child"), ("Child", "child"), ("therapist", "therapist"), ("OT", "therapist"),
    ("clinician", "therapist"), ("Nurse", "other"), ("Bob", "other"),
])
def test_roles(tag, role):
    assert role_of(tag) == role


def test_speaker_ids():
    assert speaker_id("Dr. Smith") == "DR_SMITH"
    assert speaker_id("patient_guest") == "PATIENT_GUEST"
    assert speaker_id("...") == "SPEAKER"


def test_text_before_the_first_tag_is_dropped_with_a_warning():
    t = parse_tagged("Session notes\n[doctor] hello\n")
    assert len(t.segments) == 1 and any("before the first speaker tag" in w for w in t.warnings)


@pytest.mark.parametrize("text", ["", "\n\n", "just some words\nwith no speaker\n"])
def test_no_tag_is_a_note_error(text):
    with pytest.raises(NoteError, match="no speaker-tagged line"):
        parse_tagged(text)


def test_tags_without_words_are_a_note_error():
    with pytest.raises(NoteError, match="no words"):
        parse_tagged("[doctor]\n[patient]\n")


def test_the_sample_txt_parses_with_the_reference_speakers():
    t = parse_tagged((SAMPLES / "ot_session_01.txt").read_text())
    ref = json.loads((SAMPLES / "ot_session_01.json").read_text())
    assert [s.speaker for s in t.segments] == [turn["speaker"] for turn in ref["turns"]]
    assert [s.text for s in t.segments] == [turn["text"] for turn in ref["turns"]]
    assert {s["id"]: s["role"] for s in t.speakers} == {"THERAPIST": "therapist", "CHILD": "child",
                                                         "CAREGIVER": "caregiver"}


def test_from_turns_keeps_real_times_and_names_the_child():
    ref = json.loads((SAMPLES / "ot_session_02.json").read_text())
    t = from_turns(ref)
    assert t.segments[0].start == ref["turns"][0]["start"] and t.segments[-1].end == ref["turns"][-1]["end"]
    child = next(s for s in t.speakers if s["id"] == "CHILD")
    assert child == {"id": "CHILD", "role": "child", "label": "CHILD", "name": "Leo"}
    assert not t.warnings


# --- load_transcript --------------------------------------------------------------------------------


def test_load_transcript_json_roundtrip(tmp_path):
    t = Transcript(segments=(Segment("seg-0001", 0.0, 1.0, "hello", "SPEAKER_00"),), language="en",
                   speakers=({"id": "SPEAKER_00", "role": "therapist", "label": "THERAPIST"},))
    p = tmp_path / "transcript.json"
    p.write_text(to_json(t))
    assert load_transcript(p) == t


def test_load_transcript_text_and_sample_reference(tmp_path):
    p = tmp_path / "visit.txt"
    p.write_text("\ufeff[doctor] hi\n[patient] hello\n", encoding="utf-8")
    assert [s.speaker for s in load_transcript(p).segments] == ["DOCTOR", "PATIENT"]
    assert len(load_transcript(SAMPLES / "ot_session_03.json").segments) > 10


@pytest.mark.parametrize("content,match", [
    (None, "does not exist"),
    (b"", "is empty"),
    (b"  \n", "is empty"),
    (b"\xff\xfe\x00garbage\xff", "not UTF-8"),
    (b"{not json", "not valid JSON"),
    (b'{"segments": []}', "no segments"),
    (b'{"segments": [{"id": "seg-0001"}]}', "not a valid transcript.json"),
    (b'{"hello": 1}', "neither a transcript.json"),
    (b"no tags here\n", "no speaker-tagged line"),
])
def test_load_transcript_errors_name_the_file(tmp_path, content, match):
    p = tmp_path / ("t.json" if content and content.startswith(b"{") else "t.txt")
    if content is not None:
        p.write_bytes(content)
    with pytest.raises(NoteError, match=match) as e:
        load_transcript(p)
    assert str(p) in str(e.value)


def test_load_transcript_folder_is_an_error(tmp_path):
    with pytest.raises(NoteError, match="is a folder"):
        load_transcript(tmp_path)


def test_nothing_is_logged(tmp_path, caplog):
    p = tmp_path / "secret_name.txt"
    p.write_text("[doctor] private words\n")
    with caplog.at_level(logging.DEBUG, logger="pipeline"):
        load_transcript(p)
        with pytest.raises(NoteError):
            load_transcript(tmp_path / "missing.txt")
    assert not caplog.records
