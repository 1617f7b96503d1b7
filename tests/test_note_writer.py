"""LLMNoteWriter on a scripted fake model: evidence mapping, retries, chunking, prompts, draft()."""

from __future__ import annotations

import json
from collections import defaultdict

import pytest

from note_fakes import SESSION, FakeLLM, answering, asked_sections, make_transcript, prompt_lines
from pipeline.config import NoteSettings
from pipeline.errors import ModelError, NoteError
from conftest import DAP_QUOTE, OT_QUOTE
from pipeline.note import draft, load_template
from pipeline.note.writer import LLMNoteWriter, session_info, speaker_labels, transcript_lines
from pipeline.schema import Segment

ONE = """
name = "one"
title = "One-section note"
instructions = "You write short plans. Use only the transcript."

[[sections]]
key = "plan"
title = "Plan"
guidance = "what comes next"
"""

GOOD_PLAN = {"plan": [{"text": "Start scissors next week", "evidence": [5]}]}


@pytest.fixture
def ot():
    """The quote/write-style OT template (tests/data/ot-quote.toml): items with text and evidence."""
    return load_template(str(OT_QUOTE))


@pytest.fixture
def one(tmp_path):
    p = tmp_path / "one.toml"
    p.write_text(ONE)
    return load_template(p)


@pytest.fixture
def session():
    return make_transcript(SESSION)


def writer(llm, **settings) -> LLMNoteWriter:
    """The model's citations pass through unchanged here; evidence alignment has its own tests."""
    settings.setdefault("align_evidence", False)
    settings.setdefault("style", "write")  # these tests read the model's own sentences
    settings.setdefault("passes", "note")
    return LLMNoteWriter(llm, NoteSettings(**settings))


# --- one answer -------------------------------------------------------------------------------------


def test_valid_answer_maps_lines_to_segments_skipping_empty_ones(ot):
    # seg-0001 and seg-0004 carry no words: the model never sees them, so line numbers skip them
    tr = make_transcript([("THERAPIST", "   "), *SESSION[:2], ("CHILD", ""), *SESSION[2:]])
    llm = FakeLLM(default=answering(ot, {
        "goals": [{"goal": "bead stringing", "status": "met",
                   "text": "Completed five of five beads independently", "evidence": [1]}],
        "observations": [{"area": "fine motor", "text": "Held the tripod grasp for thirty seconds",
                          "evidence": [2, 2, 1]}],
        "caregiver_report": [{"text": "Gets frustrated after about ten minutes", "evidence": [3]}],
        "plan": [{"text": "Start scissors next week", "evidence": [5]}],
    }))
    note = writer(llm).write(tr, ot)
    by_key = {s.key: s for s in note.sections}
    assert [s.key for s in note.sections] == [s.key for s in ot.sections]
    assert by_key["goals"].title == "Goals and progress"
    goal = by_key["goals"].items[0]
    assert goal.evidence == ("seg-0002",)
    # nobody said the goal was met (five of five is a count, not attainment): the status is not said
    assert goal.fields == (("goal", "bead stringing"), ("status", "not said"))
    assert goal.text == "Completed five of five beads independently"
    assert by_key["observations"].items[0].evidence == ("seg-0003", "seg-0002")  # deduplicated, order kept
    assert by_key["observations"].items[0].extra == {"area": "fine motor"}
    assert by_key["caregiver_report"].items[0].evidence == ("seg-0005",)
    assert by_key["plan"].items[0].evidence == ("seg-0007",)
    assert tr.segments[6].text.endswith("Next week we start scissors.")
    assert by_key["interventions"].items == () and by_key["home_program"].items == ()
    assert all(it.support is None for it in note.items)  # the writer drafts; grounding is draft()'s job
    assert note.template == "ot-quote" and note.title == ot.title and note.status == "draft"
    assert note.models["note"]["writer"] == "llm:fake-llm"
    assert note.models["note"]["chunks"] == 1
    assert note.models["asr"] == {"backend": "fake"}  # the transcript's models are kept


def test_session_info_comes_from_the_transcript(one):
    tr = make_transcript(SESSION, duration=2712.34)
    lying = {"plan": [{"text": "Start scissors next week", "evidence": [5]}],
             "session": {"duration_s": 60, "speakers": ["Dr Who"]}}
    llm = FakeLLM(lying, GOOD_PLAN)
    note = writer(llm).write(tr, one)
    assert len(llm.calls) == 2  # an answer with a session key is not the template's shape
    assert note.session == session_info(tr)
    assert note.session["duration_s"] == 2712.3
    assert note.session["recorded"] == "2024-05-01T10:00:00"
    assert note.session["audio_sha256"] == "ab" * 32
    assert note.session["segments"] == 5
    assert [(s["id"], s["label"], s["role"]) for s in note.session["speakers"]] == [
        ("THERAPIST", "Therapist", "therapist"), ("CAREGIVER", "Caregiver", "caregiver"),
        ("CHILD", "Child", "child")]


def test_speaker_labels_are_roles_made_unique():
    tr = make_transcript([("A", "one two three"), ("B", "four five six"), ("C", "seven"), ("D", "eight"),
                          ("E", "nine"), (None, "ten")],
                         speakers=[{"id": "A", "role": "therapist"}, {"id": "B", "role": "therapist"},
                                   {"id": "C", "role": "other"}, {"id": "D", "role": None},
                                   {"id": "E", "role": "Caregiver"}])
    assert speaker_labels(tr) == {"A": "Therapist", "B": "Therapist 2", "C": "Speaker 1", "D": "Speaker 2",
                                  "E": "Caregiver"}
    assert [ln.speaker for ln in transcript_lines(tr)] == [
        "Therapist", "Therapist 2", "Speaker 1", "Speaker 2", "Caregiver", "Speaker"]


def test_user_prompt_has_numbered_lines_with_roles(ot, session):
    llm = FakeLLM(default=answering(ot))
    writer(llm).write(session, ot)
    assert llm.calls
    for call in llm.calls:
        system, user = call["messages"][0], call["messages"][-1]
        assert system["role"] == "system" and user["role"] == "user"
        assert ot.spec.instructions.strip() in system["content"]
        assert prompt_lines(call["messages"]) == [
            "1 Therapist: Five out of five beads, independently. Now the short pencil.",
            "2 Therapist: You held the tripod grasp for thirty seconds. Last week it was twenty.",
            "3 Caregiver: We use the pencil grip you gave us, but she gets frustrated after about ten "
            "minutes.",
            "4 Child: I can feed my bunny with tongs!",
            "5 Therapist: For home, practise the tongs game five minutes a day. Next week we start scissors.",
        ]
        assert "THERAPIST" not in user["content"]  # the model sees roles, not diarization ids
    # every section of the template is asked for (in one answer or one pass each)
    asked = [k for c in llm.calls for k in asked_sections(c["messages"], c["schema"], ot)]
    assert set(asked) == {s.key for s in ot.sections}


def test_whitespace_in_segments_is_collapsed(one):
    tr = make_transcript([("THERAPIST", "  Next   week\n we start\tscissors. ")])
    llm = FakeLLM(default=answering(one, plan=[{"text": "Start scissors next week", "evidence": [1]}]))
    writer(llm).write(tr, one)
    assert prompt_lines(llm.calls[0]["messages"]) == ["1 Therapist: Next week we start scissors."]


def test_constrained_schema_is_passed_with_line_bounds(one, session):
    llm = FakeLLM(GOOD_PLAN)
    writer(llm).write(session, one)
    schema = llm.calls[0]["schema"]
    ev = schema["properties"]["plan"]["items"]["properties"]["evidence"]
    assert ev["items"]["maximum"] == 5 and ev["items"]["minimum"] == 1
    assert llm.calls[0]["repetition_penalty"] == 1.0
    assert llm.calls[0]["max_new_tokens"] == NoteSettings().max_new_tokens


# --- retries and failures ------------------------------------------------------------------------


def test_invalid_json_then_valid_retries_with_a_penalty(one, session):
    llm = FakeLLM("{plan: [oops", GOOD_PLAN)
    note = writer(llm).write(session, one)
    assert len(llm.calls) == 2
    assert llm.calls[0]["repetition_penalty"] == 1.0
    assert llm.calls[1]["repetition_penalty"] > 1.0
    assert llm.calls[1]["messages"] == llm.calls[0]["messages"]
    assert note.sections[0].items[0].evidence == ("seg-0005",)
    assert len(note.models["note"]["generations"]) == 2
    assert note.models["note"]["generations"][0] == {"finished": True}


@pytest.mark.parametrize("tries", [1, 2, 3])
def test_always_invalid_gives_note_error_after_tries(one, session, tries):
    llm = FakeLLM(default="I am sorry, I cannot help with that.")
    with pytest.raises(NoteError) as e:
        writer(llm, tries=tries).write(session, one)
    assert len(llm.calls) == tries
    msg = str(e.value)
    assert f"{tries} tries" in msg and "not valid JSON" in msg
    assert "note part 1 of 1" in msg


def test_default_tries_are_bounded(one, session):
    llm = FakeLLM(default="nope")
    with pytest.raises(NoteError):
        writer(llm).write(session, one)
    assert len(llm.calls) == NoteSettings().tries


def test_truncated_answer_says_cut_off(one, session):
    llm = FakeLLM(default=('{"plan": [{"text": "Start scissors next', False))
    with pytest.raises(NoteError, match="cut off") as e:
        writer(llm).write(session, one)
    assert "max_new_tokens" in str(e.value)
    assert len(llm.calls) == 2


def test_unfinished_but_parseable_answer_is_used(one, session):
    llm = FakeLLM((json.dumps(GOOD_PLAN), False))
    note = writer(llm).write(session, one)
    assert len(llm.calls) == 1 and note.sections[0].items[0].evidence == ("seg-0005",)


def test_finished_but_broken_json_is_not_called_cut_off(one, session):
    llm = FakeLLM(default=('{"plan": [{"text": "Start scissors next', True))
    with pytest.raises(NoteError) as e:
        writer(llm).write(session, one)
    assert "not valid JSON" in str(e.value) and "cut off" not in str(e.value)


def test_unconstrained_bad_evidence_is_retried(one, session):
    bad = {"plan": [{"text": "Start scissors next week", "evidence": [99]}]}
    llm = FakeLLM(bad, GOOD_PLAN)
    note = writer(llm, constrained=False).write(session, one)
    assert len(llm.calls) == 2
    assert all(c["schema"] is None for c in llm.calls)
    assert note.sections[0].items[0].evidence == ("seg-0005",)


def test_unconstrained_bad_evidence_every_time_is_a_note_error(one, session):
    bad = {"plan": [{"text": "Start scissors next week", "evidence": [99]}]}
    llm = FakeLLM(default=bad)
    with pytest.raises(NoteError, match="line 99") as e:
        writer(llm, constrained=False).write(session, one)
    assert len(llm.calls) == 2
    assert "does not exist" in str(e.value)


def test_schema_mismatch_is_retried_with_the_reason(one, session):
    llm = FakeLLM(default={"plan": [{"text": "Start scissors next week", "evidence": [1], "mood": "ok"}]})
    with pytest.raises(NoteError, match="does not match the template") as e:
        writer(llm).write(session, one)
    assert "plan.0.mood" in str(e.value)


@pytest.mark.parametrize("wrap", [
    "Here is the note:\n```json\n{}\n```\nI hope this helps.",
    "```\n{}\n```",
    "Sure! {}",
    "{}\n\nNote: all statements cite the transcript.",
])
def test_answer_wrapped_in_prose_or_fences_parses(one, session, wrap):
    llm = FakeLLM(wrap.replace("{}", json.dumps(GOOD_PLAN, indent=2)))
    note = writer(llm, constrained=False).write(session, one)
    assert len(llm.calls) == 1
    assert note.sections[0].items[0].text == "Start scissors next week"


def test_model_error_becomes_note_error(one, session):
    class Broken(FakeLLM):
        def generate(self, *a, **k):
            raise ModelError("the note model ran out of memory")

    with pytest.raises(NoteError, match="ran out of memory"):
        writer(Broken()).write(session, one)


@pytest.mark.parametrize("segments", [(), (("THERAPIST", ""), ("CHILD", "   \n"))])
def test_empty_transcript_is_a_note_error(one, segments):
    tr = make_transcript(list(segments))
    llm = FakeLLM(default=GOOD_PLAN)
    with pytest.raises(NoteError, match="no speech"):
        writer(llm).write(tr, one)
    assert llm.calls == []


def test_item_text_whitespace_is_normalised(one, session):
    llm = FakeLLM({"plan": [{"text": "  Start\n scissors   next week ", "evidence": [5, 5]}]})
    item = writer(llm).write(session, one).sections[0].items[0]
    assert item.text == "Start scissors next week" and item.evidence == ("seg-0005",)


# --- long sessions ------------------------------------------------------------------------------


SPEAKERS = ["THERAPIST", "CHILD", "CAREGIVER", "THERAPIST"]
# 16 lines of 10 words that no other line shares
LONG = [(SPEAKERS[i % 4], " ".join(f"w{i}{c}" for c in "abcdefghij")) for i in range(16)]
HOME_A = "Caregiver to practise the tongs game at home for five minutes every day"
HOME_B = "Caregiver to practise the tongs game at home for five minutes each day"


def _first_line_item(lines):
    # cite the first and the last line of the chunk, quoting the first
    n = len(lines)
    text = lines[0].split(": ", 1)[1]
    return [{"text": f"Said: {text}", "evidence": [1, n]}]


def test_long_transcript_is_chunked(tmp_path):
    dap = load_template(str(DAP_QUOTE))
    tr = make_transcript(LONG)
    flip = iter(range(10_000))
    llm = FakeLLM(default=answering(dap, data=_first_line_item,
                                    plan=lambda lines: [{"text": HOME_A if next(flip) % 2 else HOME_B,
                                                         "evidence": [len(lines)]}]))
    note = writer(llm, chunk_tokens=40).write(tr, dap)

    # group the calls by chunk (its transcript lines)
    chunks: dict[tuple[str, ...], list] = defaultdict(list)
    for c in llm.calls:
        chunks[tuple(prompt_lines(c["messages"]))].append(c)
    assert len(chunks) >= 3
    assert note.models["note"]["chunks"] == len(chunks)
    # the same system message (the shared prefix) in every prompt
    systems = {c["messages"][0]["content"] for c in llm.calls}
    assert len(systems) == 1 and all(c["messages"][0]["role"] == "system" for c in llm.calls)
    assert dap.spec.instructions.strip() in systems.pop()
    # each chunk numbers its own lines from 1; together they are the transcript, in order, once
    seen = []
    for lines in chunks:
        assert [int(ln.split()[0]) for ln in lines] == list(range(1, len(lines) + 1))
        assert len(lines) == 1 or sum(len(ln.split()) - 1 + 3 for ln in lines) <= 40  # the token budget
        seen += [ln.split(" ", 1)[1] for ln in lines]
    assert seen == [f"{ln.speaker}: {ln.text}" for ln in transcript_lines(tr)]
    # evidence is mapped into each chunk's own segments
    data = next(s for s in note.sections if s.key == "data")
    assert len(data.items) == len(chunks)
    segs = {s.id: s for s in tr.segments}
    for item, lines in zip(data.items, chunks):
        first, last = item.evidence
        assert item.text == f"Said: {segs[first].text}"
        assert lines[-1].split(": ", 1)[1] == segs[last].text
    assert [it.evidence[0] for it in data.items] == sorted(it.evidence[0] for it in data.items)  # time order
    # the same home-program item from every chunk is merged, its evidence joined
    plan = next(s for s in note.sections if s.key == "plan")
    assert len(plan.items) == 1
    assert plan.items[0].text in (HOME_A, HOME_B)
    assert len(plan.items[0].evidence) == len(chunks)
    assert plan.items[0].evidence[-1] == tr.segments[-1].id
    assert any("parts" in w and str(len(chunks)) in w for w in note.warnings)


def test_short_transcript_has_no_parts_warning(one, session):
    note = writer(FakeLLM(GOOD_PLAN)).write(session, one)
    assert not any("parts" in w for w in note.warnings)


def test_transcript_warnings_are_kept(one):
    tr = make_transcript(SESSION, warnings=("times are estimated from word counts",))
    note = writer(FakeLLM(GOOD_PLAN)).write(tr, one)
    assert "times are estimated from word counts" in note.warnings


def test_different_fields_are_not_merged(ot):
    # both cited lines speak of change ("still", "last week"), so the model's statuses stand
    session = make_transcript([("THERAPIST", "Five out of five beads, still with the short pencil."), *SESSION[1:]])
    goals = [{"goal": "grasp", "status": "progressing", "text": "Held the tripod grasp for thirty seconds",
              "evidence": [2]},
             {"goal": "grasp", "status": "emerging", "text": "Held the tripod grasp for thirty seconds",
              "evidence": [1]},
             {"goal": "grasp", "status": "progressing", "text": "Held the tripod grasp for thirty seconds.",
              "evidence": [1]}]
    note = writer(FakeLLM(default=answering(ot, goals=goals))).write(session, ot)
    items = note.sections[0].items
    assert len(items) == 2
    assert items[0].evidence == ("seg-0002", "seg-0001") and items[1].extra["status"] == "emerging"


def test_a_line_longer_than_the_budget_gets_its_own_chunk(one):
    tr = make_transcript([("THERAPIST", "short one"), ("CHILD", " ".join(["word"] * 80)),
                          ("THERAPIST", "bye now")])
    llm = FakeLLM(default=answering(one, plan=[{"text": "Say goodbye next time", "evidence": [1]}]))
    note = writer(llm, chunk_tokens=20).write(tr, one)
    assert [len(prompt_lines(c["messages"])) for c in llm.calls] == [1, 1, 1]
    assert note.sections[0].items[0].evidence == ("seg-0001", "seg-0002", "seg-0003")


# --- draft: writer + grounding -----------------------------------------------------------------


def test_draft_sets_support_on_every_item(ot, session):
    llm = FakeLLM(default=answering(ot, {
        "goals": [{"goal": "beads", "status": "met", "text": "Completed five of five beads independently",
                   "evidence": [1]}],
        "observations": [{"area": "fine motor", "text": "Held the tripod grasp for 45 seconds",
                          "evidence": [1]}],
    }))
    note = draft(session, ot, writer(llm))
    assert len(note.items) == 2
    assert all(it.support is not None for it in note.items)
    good, bad = note.items
    assert good.support.supported, good.support.reasons
    assert not bad.support.supported
    assert any(r.startswith("number:") and "45" in r for r in bad.support.reasons)
    assert any(w.startswith("grounding: 1 of 2") for w in note.warnings)


def test_draft_checks_section_roles(ot):
    tr = make_transcript(SESSION)
    llm = FakeLLM(default=answering(ot, caregiver_report=[
        {"text": "Child can feed the bunny with tongs", "evidence": [4]}]))
    item = draft(tr, ot, writer(llm)).items[0]
    assert not item.support.supported
    assert any(r.startswith("speaker:") and "caregiver" in r for r in item.support.reasons)


def test_draft_passes_known_names(one):
    tr = make_transcript([("THERAPIST", "Next week we start scissors.")])
    llm = FakeLLM(default={"plan": [{"text": "Next week Maya starts scissors", "evidence": [1]}]})
    assert not draft(tr, one, writer(llm)).items[0].support.supported
    llm = FakeLLM(default={"plan": [{"text": "Next week Maya starts scissors", "evidence": [1]}]})
    assert draft(tr, one, writer(llm), names=("Maya", "")).items[0].support.supported


def test_segment_ids_need_not_be_sequential(one):
    tr = make_transcript(SESSION)
    segs = tuple(Segment(f"s{i}", s.start, s.end, s.text, s.speaker) for i, s in enumerate(tr.segments))
    from dataclasses import replace

    tr = replace(tr, segments=segs)
    note = writer(FakeLLM(GOOD_PLAN)).write(tr, one)
    assert note.sections[0].items[0].evidence == ("s4",)


# --- evidence alignment --------------------------------------------------------------------------------

def test_alignment_points_items_at_the_lines_that_say_them():
    from pipeline.note.evidence import align

    lines = ["Hi Maya! Hi Dad.",
             "Five out of five beads, independently. Now the short pencil.",
             "You held the tripod grasp for thirty seconds. Last week it was twenty.",
             "Better. We use the pencil grip you gave us, but she gets frustrated after about ten minutes."]
    assert align("Held tripod grasp for 30 seconds, up from 20 last week", [1, 2], lines) == [3]
    assert align("Caregiver reports frustration after 10 minutes with the pencil grip", [1], lines) == [4]
    assert align("Completed 5 of 5 beads and held the tripod grasp 30 seconds", [1], lines) == [2, 3]
    # nothing in common: the model's citation stays, for grounding to judge
    assert align("Xylophone practice", [3], lines) == [3]
    # a goal's name: the line with the measure wins over the nearer one that only names it
    goal_lines = ["Hi Maya!", "Today we work on your tripod grasp.", "Five out of five beads.",
                  "You held the tripod grasp for thirty seconds."]
    assert align("Tripod grasp", [1, 2], goal_lines, max_lines=2) == [2]
    assert align("Tripod grasp", [1, 2], goal_lines, max_lines=2, prefer_numbers=True) == [4]


def test_writer_aligns_evidence_by_default():
    tr = make_transcript([("THERAPIST", "Hi Maya, good to see you."),
                          ("THERAPIST", "You held the tripod grasp for thirty seconds.")])
    answer = {"data": [{"text": "Held the tripod grasp for 30 seconds", "evidence": [1]}], "assessment": [], "plan": []}
    llm = FakeLLM(json.dumps(answer))
    note = LLMNoteWriter(llm, NoteSettings(style="write", passes="note")).write(tr, load_template(str(DAP_QUOTE)))
    assert note.sections[0].items[0].evidence == (tr.segments[1].id,)


def test_quote_style_items_quote_the_lines_they_cite():
    tr = make_transcript([("THERAPIST", "Hi Maya, good to see you."),
                          ("THERAPIST", "You held the tripod grasp for thirty seconds."),
                          ("CAREGIVER", "She gets frustrated after about ten minutes.")])
    answer = {"data": [{"evidence": [3, 2, 2]}], "assessment": [], "plan": [{"evidence": [1]}]}
    llm = FakeLLM(json.dumps(answer))
    note = draft(tr, load_template(str(DAP_QUOTE)), LLMNoteWriter(llm, NoteSettings(style="quote", passes="note")))
    schema = llm.calls[0]["schema"]
    assert "text" not in schema["properties"]["data"]["items"]["properties"]  # the model writes no sentence
    item = note.sections[0].items[0]
    assert item.evidence == (tr.segments[1].id, tr.segments[2].id)  # sorted, deduplicated
    assert item.text == ('Therapist: "You held the tripod grasp for thirty seconds." '
                         'Caregiver: "She gets frustrated after about ten minutes."')
    assert item.support.supported
    assert "Do not write sentences" in llm.calls[0]["messages"][0]["content"]


def test_quote_style_one_section_per_pass():
    """Quote style: one pass per section, items quote one or two lines the model picked."""
    def fill(messages, schema):
        out = {}
        for key, sec in schema["properties"].items():
            props = sec["items"]["properties"]
            assert "text" not in props and props["evidence"]["maxItems"] == 2
            item = {name: (p["enum"][0] if "enum" in p else "grasp") for name, p in props.items() if name != "evidence"}
            out[key] = [{**item, "evidence": [2]}]
        return out

    tr = make_transcript([("THERAPIST", "Hi Maya."), ("THERAPIST", "You held the tripod grasp for thirty seconds.")])
    llm = FakeLLM(default=fill)
    template = load_template(str(OT_QUOTE))
    note = draft(tr, template, LLMNoteWriter(llm, NoteSettings(style="quote")))
    assert len(llm.calls) == len(template.sections)
    assert len({c["messages"][0]["content"] for c in llm.calls}) == 1  # one system prompt: its cache is reused
    goal = note.sections[0].items[0]
    assert goal.text == 'Therapist: "You held the tripod grasp for thirty seconds."'
    # the line says nothing of change: the model's status is not kept
    assert goal.extra == {"goal": "grasp", "status": "not said"} and goal.evidence == (tr.segments[1].id,)
