"""Note metrics, key facts of the samples, reference-data loaders, and `scribe eval notes`."""

from __future__ import annotations

import importlib
import importlib.util
import json
import sys

import pytest
from click.testing import CliRunner
from conftest import ROOT, SAMPLES

from pipeline.errors import NoteError
from pipeline.evaluate import notes as m
from pipeline.note.text_transcript import from_turns
from pipeline.schema import Note, NoteItem, NoteSection, Segment, Support, Transcript


def make_note(*items: NoteItem | str, title: str = "Progress") -> Note:
    its = tuple(i if isinstance(i, NoteItem) else NoteItem(i) for i in items)
    return Note(template="t", title="T", sections=(NoteSection("s", title, its),))


TRANSCRIPT = Transcript(
    segments=tuple(Segment(f"seg-000{i}", i, i + 1, f"words {i}", "T") for i in range(1, 4)), language="en")

# Paraphrased notes, as a language model would write them: digits, "5/5", other words.
GOOD_NOTES = {
    "ot_session_01": [
        "Warm-up with theraputty: Maya pinched out all 5 hidden beads independently (5/5).",
        "Maintained a tripod grasp for 30 seconds while tracing, up from 20 seconds last week.",
        "Scissors: cut on the line for 3/5 shapes independently; 2 required hand-over-hand assist at corners.",
        "Dad reports she uses the pencil grip but becomes frustrated after ~10 minutes of writing.",
        "Theraputty at home approximately 4 nights per week; sleep is good, bedtime 8 pm.",
        "Home program: 5 minutes of theraputty daily; writing on a vertical surface (paper on the fridge); "
        "picking up cereal with tongs.",
        "Plan: next session address cutting curved lines and writing her name.",
    ],
    "ot_session_02": [
        "Father reports 3 significant meltdowns this week, mostly when putting on shoes.",
        "Night waking around 2 a.m.",
        "Teacher reports he now sits 10 minutes at circle time (previously 5) with the weighted vest.",
        "Heavy work: pushed the crash pad, 5 wall push-ups and 3 dragon breaths.",
        "Identified engine speed in three of four trials with one verbal cue.",
        "Transitioned to clean-up without a meltdown after choosing the stress ball.",
        "Home: 2 minutes of heavy work (carrying the laundry basket) before putting on shoes; "
        "first-then card by the door.",
        "Keep a consistent bedtime routine with dim lights and deep pressure; tell the pediatrician if "
        "night waking continues.",
        "Plan: trial a weighted lap pad at the table next session.",
    ],
    "ot_session_03": [
        "Grandpa reports dressing takes about 30 minutes; sock seams bother Aiden.",
        "Button board: 4 out of 5 buttons with one verbal cue.",
        "Shirt buttons: 3 of 5 independently after hand-over-hand on the first.",
        "Zipper: hooked the bottom in 2/5 tries with moderate assistance using backward chaining.",
        "Shoe tying: made both bunny-ear loops independently, new today.",
        "Home: lay out clothes the night before with a picture visual schedule; Aiden does the last button.",
        "Seamless socks; pop tube or theraputty before dressing.",
        "Falls asleep after 9:30; move bedtime 15 minutes earlier each week.",
        "Next session: jacket zipper and a double knot.",
    ],
}


# --- ROUGE ------------------------------------------------------------------------------------------


def test_rouge_identical_and_disjoint():
    text = "The child held a tripod grasp for thirty seconds. She cut three shapes."
    assert m.rouge(text, text) == pytest.approx(dict.fromkeys(m.ROUGE_TYPES, 1.0))
    assert m.rouge("apples and pears", "tripod grasp scissors") == dict.fromkeys(m.ROUGE_TYPES, 0.0)


def test_rouge_stems_and_splits_sentences_for_lsum():
    r = m.rouge("Buttons were fastened.", "button was fastening")
    assert r["rouge1"] == pytest.approx(2 / 3)  # button, fasten match after stemming
    assert m.sentence_lines("One. Two!  Three?\n\nFour") == "One.\nTwo!\nThree?\nFour"
    # sentence order matters to rougeL (one sequence) but not to rougeLsum (sentence-wise LCS)
    r = m.rouge("Cut three shapes. Held a grasp.", "Held a grasp. Cut three shapes.")
    assert r["rougeLsum"] == pytest.approx(1.0) and r["rougeL"] < 1.0


# --- evidence and support ---------------------------------------------------------------------------


def test_evidence_validity():
    note = make_note(NoteItem("a", ("seg-0001",)), NoteItem("b", ("seg-0001", "seg-0003")),
                     NoteItem("c", ()), NoteItem("d", ("seg-0002", "seg-0099")))
    assert m.evidence_validity(note, TRANSCRIPT) == 0.5
    assert m.evidence_validity(make_note(), TRANSCRIPT) == 0.0


def test_unsupported_rate_counts_unchecked_items_in_the_denominator_only():
    yes, no = Support(True, 1.0), Support(False, 0.2, ("number 6 not in the cited lines",))
    note = make_note(NoteItem("a", support=yes), NoteItem("b", support=no), NoteItem("c", support=no),
                     NoteItem("d"))
    assert m.unsupported_rate(note) == 0.5
    assert m.support_counts(note) == {"items": 4, "checked": 3, "supported": 1, "unsupported": 2, "unchecked": 1}
    assert m.unsupported_rate(make_note("x", "y")) == 0.0
    assert m.unsupported_rate(make_note()) == 0.0


# --- key facts ----------------------------------------------------------------------------------------


def test_normalize_numbers_out_of_and_stems():
    words = [w for w, _ in m.normalize("Five out of five; 3/5 shapes; twenty-five seconds; thirty")]
    assert words == ["5", "of", "5", "3", "of", "5", "shapes", "25", "seconds", "30"]
    assert [s for _, s in m.normalize("Buttoning buttons")] == ["button", "button"]


def test_a_decimal_is_one_number():
    # "4.5 min" matched a must-not "5 min*" (a time not said) on test_g_puzzle_05: the scorer's error, not the note's
    facts = {"must": [], "must_not": [{"id": "wrong", "description": "5 min", "patterns": [["5 min*"]]}]}
    assert m.key_fact_recall(make_note("Finished the puzzle: 4.5 min."), facts)["forbidden"] == []
    assert m.key_fact_recall(make_note("Finished the puzzle: 5 min."), facts)["forbidden"]


FACTS = {
    "must": [
        {"id": "beads", "description": "5/5 beads", "patterns": [["5 of 5", "bead"], ["all", "bead"]]},
        {"id": "tripod", "description": "tripod 30 s", "patterns": [["tripod", "30 second"]], "scope": "item"},
        {"id": "frustration", "description": "frustrated after 10 minutes", "patterns": [["frustrat*", "10 min*"]]},
    ],
    "must_not": [
        {"id": "autism", "description": "invented diagnosis", "patterns": [["autism"], ["asd"]]},
        {"id": "six_of_five", "description": "impossible count", "patterns": [["6 of 5"]]},
    ],
}


def test_key_fact_recall_paraphrase_and_missing():
    note = make_note("Pinched out five out of five beads.", "Frustration after 10 mins of writing.",
                     NoteItem("Tripod grasp held", fields=(("measure", "thirty seconds"),)))
    r = m.key_fact_recall(note, FACTS)
    assert r["recall"] == 1.0 and r["found"] == ["beads", "tripod", "frustration"] and r["forbidden"] == []
    r = m.key_fact_recall(make_note("Pinched out 5/5 beads."), FACTS)
    assert r["recall"] == pytest.approx(1 / 3)
    assert [f["id"] for f in r["missing"]] == ["tripod", "frustration"]
    assert r["missing"][0]["description"] == "tripod 30 s"


def test_item_scope_needs_one_item_and_section_titles_do_not_count():
    split = make_note("Tripod grasp practised.", "Sat for 30 seconds at the table.")
    assert "tripod" not in m.key_fact_recall(split, FACTS)["found"]
    titled = make_note("Held it for 30 seconds.", title="Tripod grasp")
    assert "tripod" not in m.key_fact_recall(titled, FACTS)["found"]


def test_forbidden_facts():
    note = make_note("Maya (ASD) pinched out 6/5 beads.", "No frustration.")
    r = m.key_fact_recall(note, FACTS)
    assert [f["id"] for f in r["forbidden"]] == ["autism", "six_of_five"]
    assert r["must_not"] == 2 and r["must"] == 3


def test_prefix_terms_and_phrases_do_not_cross_items():
    assert m.fact_present({"patterns": [["frustrat*"]]}, [m.normalize("she was frustrated")])
    assert not m.fact_present({"patterns": [["5 of 5"]]}, [m.normalize("got 5"), m.normalize("of 5")])


def test_check_facts_rejects_bad_shapes():
    with pytest.raises(NoteError, match="must"):
        m.check_facts({"must_not": []}, "x.json")
    with pytest.raises(NoteError, match="patterns"):
        m.check_facts({"must": [{"id": "a", "patterns": [[]]}]}, "x.json")
    with pytest.raises(NoteError, match="patterns"):
        m.check_facts({"must": [], "must_not": [{"id": "b", "patterns": "autism"}]}, "x.json")


# --- the samples' key facts ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def sample_sets():
    return {name: (t, facts) for name, t, facts in m.load_samples(SAMPLES)}


def test_load_samples(sample_sets):
    assert sorted(sample_sets) == ["ot_session_01", "ot_session_02", "ot_session_03"]
    for name, (t, facts) in sample_sets.items():
        ref = json.loads((SAMPLES / f"{name}.json").read_text())
        assert t == from_turns(ref)
        assert [s.start for s in t.segments] == [turn["start"] for turn in ref["turns"]]
        assert {s["id"] for s in t.speakers} == {"THERAPIST", "CHILD", "CAREGIVER"}
        assert next(s for s in t.speakers if s["role"] == "child")["name"] == ref["child_name"]
        assert 8 <= len(facts["must"]) <= 12 and 4 <= len(facts["must_not"]) <= 6
        ids = [f["id"] for f in facts["must"] + facts["must_not"]]
        assert len(ids) == len(set(ids))


def test_facts_files_are_what_make_samples_writes():
    spec = importlib.util.spec_from_file_location("make_samples", SAMPLES / "make_samples.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules["make_samples"] = mod  # dataclasses look their module up
    try:
        spec.loader.exec_module(mod)
        for s in mod.SESSIONS:
            on_disk = json.loads((SAMPLES / f"{s.name}.facts.json").read_text())
            assert on_disk == json.loads(json.dumps(mod.facts_dict(s))), \
                f"{s.name}.facts.json is stale: run python samples/make_samples.py --facts-only"
    finally:
        sys.modules.pop("make_samples", None)


def test_facts_are_grounded_in_the_dialogue(sample_sets):
    """The reference turns state every must fact and none of the inventions."""
    for name, (t, facts) in sample_sets.items():
        r = m.key_fact_recall([s.text for s in t.segments], facts)
        assert r["recall"] == 1.0, (name, r["missing"])
        assert r["forbidden"] == [], (name, r["forbidden"])


def test_facts_are_specific_to_their_session(sample_sets):
    for a, (_, facts) in sample_sets.items():
        for b, (t, _) in sample_sets.items():
            if a != b:
                assert m.key_fact_recall([s.text for s in t.segments], facts)["recall"] <= 0.2, (a, b)


@pytest.mark.parametrize("name", sorted(GOOD_NOTES))
def test_a_good_paraphrased_note_recalls_every_fact(sample_sets, name):
    r = m.key_fact_recall(make_note(*GOOD_NOTES[name]), sample_sets[name][1])
    assert r["recall"] == 1.0, r["missing"]
    assert r["forbidden"] == []


@pytest.mark.parametrize("name", sorted(GOOD_NOTES))
def test_each_fact_fails_when_its_statement_is_dropped(sample_sets, name):
    facts = sample_sets[name][1]
    lines = GOOD_NOTES[name]
    for fact in facts["must"]:
        kept = [ln for ln in lines if not m.fact_present(fact, [m.normalize(ln)])]
        assert len(kept) < len(lines), f"no single line of the good note states {fact['id']}"
        assert not m.fact_present(fact, [m.normalize(ln) for ln in kept]), fact["id"]
    assert m.key_fact_recall(make_note("Session held. Child participated well. Continue plan."),
                             facts)["recall"] == 0.0


@pytest.mark.parametrize("name,invented,fact_id", [
    ("ot_session_01", "Maya, who has autism, cut 5/5 shapes independently.", "diagnosis_invented"),
    ("ot_session_01", "Cut on the line for four of five shapes.", "wrong_counts"),
    ("ot_session_01", "Mother reports frustration.", "wrong_caregiver"),
    ("ot_session_02", "Recommend melatonin 3 mg at bedtime.", "medication_invented"),
    ("ot_session_02", "Dad reports 5 meltdowns.", "wrong_counts"),
    ("ot_session_02", "Refer to neurology for night waking.", "referral_invented"),
    ("ot_session_03", "Aiden tied his shoes independently.", "shoes_tied_invented"),
    ("ot_session_03", "Dressing takes about an hour.", "wrong_counts"),
    ("ot_session_03", "Sensory processing disorder noted.", "diagnosis_invented"),
])
def test_inventions_are_caught(sample_sets, name, invented, fact_id):
    note = make_note(*GOOD_NOTES[name], invented)
    assert fact_id in [f["id"] for f in m.key_fact_recall(note, sample_sets[name][1])["forbidden"]]


def test_load_samples_without_facts_says_how_to_make_them(tmp_path):
    (tmp_path / "s.json").write_text(json.dumps({"name": "s", "turns": [
        {"start": 0, "end": 1, "speaker": "THERAPIST", "role": "therapist", "text": "hi"}]}))
    with pytest.raises(NoteError, match="--facts-only"):
        m.load_samples(tmp_path)
    with pytest.raises(NoteError, match="no sample session"):
        m.load_samples(tmp_path / "nothing")


# --- loaders ----------------------------------------------------------------------------------------

TEXTGRID = '''File type = "ooTextFile"
Object class = "TextGrid"

xmin = 0
xmax = 10
tiers? <exists>
size = 1
item []:
    item [1]:
        class = "IntervalTier"
        name = "Doctor"
        xmin = 0
        xmax = 10
        intervals: size = 3
        intervals [1]:
            xmin = 0
            xmax = 1.5
            text = ""
        intervals [2]:
            xmin = 1.5
            xmax = 4.25
            text = "She said ""hello"". <UNSURE>Maybe</UNSURE> <UNIN/> fine."
        intervals [3]:
            xmin = 4.25
            xmax = 10
            text = "<UNIN/>"
'''


def test_parse_textgrid():
    tiers = m.parse_textgrid(TEXTGRID.replace("\n", "\r\n"))
    assert len(tiers) == 1 and tiers[0]["name"] == "Doctor"
    assert tiers[0]["intervals"][1] == (1.5, 4.25, 'She said "hello". <UNSURE>Maybe</UNSURE> <UNIN/> fine.')
    assert m.clean_primock(tiers[0]["intervals"][1][2]) == 'She said "hello". Maybe fine.'
    with pytest.raises(NoteError):
        m.parse_textgrid("not a textgrid")


def test_load_primock57_merges_speakers_in_time_order(tmp_path):
    (tmp_path / "notes").mkdir()
    (tmp_path / "transcripts").mkdir()
    (tmp_path / "notes" / "day1_consultation01.json").write_text(json.dumps({"note": "3/7 hx of cough"}))
    (tmp_path / "transcripts" / "day1_consultation01_doctor.TextGrid").write_text(TEXTGRID)
    patient = TEXTGRID.replace('"Doctor"', '"Patient"').replace("xmin = 0\n            xmax = 1.5\n            text = \"\"",
                                                                "xmin = 0.5\n            xmax = 1.5\n            text = \"Hi\"")
    (tmp_path / "transcripts" / "day1_consultation01_patient.TextGrid").write_text(patient)
    [(cid, t, note)] = m.load_primock57(tmp_path)
    assert cid == "day1_consultation01" and note == "3/7 hx of cough"
    assert [(s.id, s.speaker, s.start, s.end) for s in t.segments] == [
        ("seg-0001", "PATIENT", 0.5, 1.5), ("seg-0002", "DOCTOR", 1.5, 4.25), ("seg-0003", "PATIENT", 1.5, 4.25)]
    assert {s["id"]: s["role"] for s in t.speakers} == {"DOCTOR": "doctor", "PATIENT": "patient"}
    assert t.duration == 4.25 and not t.warnings


def test_load_aci_bench_csv(tmp_path):
    p = tmp_path / "x.csv"
    p.write_text('dataset,encounter_id,dialogue,note\naci,D2N001,"[doctor] hi , martha .\n[patient] hello .",'
                 '"CHIEF COMPLAINT\n\nAnnual exam."\n', encoding="utf-8")
    [(eid, t, note)] = m.load_aci_bench(p)
    assert eid == "D2N001" and note.startswith("CHIEF COMPLAINT")
    assert [s.speaker for s in t.segments] == ["DOCTOR", "PATIENT"]
    bad = tmp_path / "bad.csv"
    bad.write_text("a,b\n1,2\n")
    with pytest.raises(NoteError, match="ACI-BENCH"):
        m.load_aci_bench(bad)


def test_aci_bench_shared_data(shared_data):
    for split, n in (("train", 67), ("valid", 20)):
        rows = m.load_aci_bench(shared_data / "aci-bench" / f"{split}.csv")
        assert len(rows) == n
        for eid, t, note in rows:
            assert eid.startswith("D2N") and note.strip() and len(t.segments) > 5
            assert {s["role"] for s in t.speakers} <= {"doctor", "patient", "other"}
            assert t.warnings and "estimated" in t.warnings[0]


def test_primock57_shared_data(shared_data):
    rows = m.load_primock57(shared_data / "primock57")
    assert len(rows) == 35
    for cid, t, note in rows:
        assert cid.startswith("day") and note.strip() and len(t.segments) > 10
        assert {s.speaker for s in t.segments} == {"DOCTOR", "PATIENT"}
        starts = [s.start for s in t.segments]
        assert starts == sorted(starts) and all(s.end >= s.start for s in t.segments)
        assert not any("<" in s.text for s in t.segments)


# --- scribe eval notes --------------------------------------------------------------------------------


def _note_api_ready() -> bool:
    try:
        api = importlib.import_module("pipeline.note")
        importlib.import_module("pipeline.note.render")
    except ImportError:
        return False
    return all(hasattr(api, n) for n in ("load_template", "make_note_writer", "draft"))


@pytest.mark.skipif(not _note_api_ready(), reason="note writer not yet on this branch")
def test_cli_eval_notes_with_a_fake_writer(monkeypatch, tmp_path):
    import pipeline.note as api
    from pipeline.cli import main

    calls = []

    def fake_draft(transcript, template, writer, names=()):
        calls.append(names)
        items = [NoteItem(s.text, (s.id,), support=Support(True, 1.0)) for s in transcript.segments[:-1]]
        items.append(NoteItem("Invented: autism.", ("seg-9999",), support=Support(False, 0.0, ("not said",))))
        return Note("ot-progress", "OT progress note", (NoteSection("obs", "Observations", tuple(items)),))

    monkeypatch.setattr(api, "make_note_writer", lambda settings: object())
    monkeypatch.setattr(api, "draft", fake_draft)
    monkeypatch.setenv("XDG_CONFIG_HOME", "/nonexistent")
    out = tmp_path / "report.json"
    r = CliRunner().invoke(main, ["eval", "notes", "--samples-dir", str(SAMPLES), "--limit", "2",
                                  "--json", str(out)])
    assert r.exit_code == 0, r.output
    lines = r.output.splitlines()
    assert lines[0].split()[:3] == ["name", "segs", "items"]
    assert lines[1].startswith("ot_session_01") and "forbidden diagnosis_invented" in lines[2]
    assert lines[3].startswith("ot_session_02")
    assert "key-fact recall" in lines[5] and "forbidden hits 2" in lines[5]
    assert calls == [("Maya",), ("Leo",)]
    ref_text = json.loads((SAMPLES / "ot_session_01.json").read_text())["turns"][2]["text"]
    assert ref_text not in r.output  # no transcript text on screen
    report = json.loads(out.read_text())
    assert [s["name"] for s in report["sessions"]] == ["ot_session_01", "ot_session_02"]
    first = report["sessions"][0]
    assert first["rouge"] is None and first["key_facts"]["must"] == 12
    assert first["evidence_validity"] == pytest.approx(25 / 26)
    assert report["mean"]["forbidden_hits"] == 2 and report["data"] == "samples"
    assert (out.stat().st_mode & 0o777) == 0o600


@pytest.mark.skipif(not _note_api_ready(), reason="note writer not yet on this branch")
def test_cli_eval_notes_aci_bench_rouge(monkeypatch, tmp_path):
    import pipeline.note as api
    from pipeline.cli import main

    def fake_draft(transcript, template, writer, names=()):
        return Note("soap", "SOAP", (NoteSection("s", "Subjective", tuple(
            NoteItem(s.text, (s.id,)) for s in transcript.segments)),))

    monkeypatch.setattr(api, "make_note_writer", lambda settings: object())
    monkeypatch.setattr(api, "draft", fake_draft)
    monkeypatch.setenv("XDG_CONFIG_HOME", "/nonexistent")
    csv_path = tmp_path / "valid.csv"
    csv_path.write_text('dataset,encounter_id,dialogue,note\naci,D2N001,"[doctor] cough for three days .\n'
                        '[patient] yes .","Cough for three days."\n')
    r = CliRunner().invoke(main, ["eval", "notes", "--data", "aci-bench", "--data-dir", str(tmp_path)])
    assert r.exit_code == 0, r.output
    assert "ROUGE-1" in r.output and "D2N001" in r.output and "cough" not in r.output


def test_cli_eval_notes_needs_data_dir_for_corpora(monkeypatch):
    from pipeline import cli_eval
    from pipeline.cli import main

    monkeypatch.setattr(cli_eval, "_default_data_dir", lambda: None)
    monkeypatch.setenv("XDG_CONFIG_HOME", "/nonexistent")
    r = CliRunner().invoke(main, ["eval", "notes", "--data", "primock57"])
    assert r.exit_code == 2 and "--data-dir" in r.output


def test_cli_root_is_the_repository():
    from pipeline import cli_eval

    assert cli_eval.ROOT == ROOT


def test_quoted_items_and_length():
    from pipeline.evaluate.notes import length, quoted
    from pipeline.note.render import note_text
    from pipeline.schema import Note, NoteItem, NoteSection, Segment, Transcript

    tr = Transcript((Segment("seg-0001", 0, 3, "You cut on the line for three of five shapes independently.", "T"),
                     Segment("seg-0002", 3, 6, "Sleep is good, she's in bed at eight.", "G"),
                     Segment("seg-0003", 6, 7, "Okay.", "T")), "en", 7.0)
    items = (NoteItem('Therapist: "You cut on the line for three of five shapes independently."', ("seg-0001",)),
             NoteItem("Cut on the line: 3/5 shapes independently.", ("seg-0001",)),
             NoteItem("Caregiver reported sleep is good; in bed at 8.", ("seg-0002",)),
             NoteItem("Okay.", ("seg-0003",)))
    note = Note("t", "T", (NoteSection("s", "S", items),))
    q = quoted(note, tr)
    # the raw line with its tag and the report holding all of a short line are quoted; the written
    # measure holds 6 of the line's 10 words; a line of one word is too short to count
    assert q == {"quoted": 2, "mostly_one_line": 2, "items": 4}  # the written measure is all one line's words
    n = length(note_text(note), tr)
    assert n["transcript_words"] == 21 and n["note_words"] > 0 and n["ratio"] == n["note_words"] / 21


@pytest.mark.parametrize("which, folder", [("a", "test"), ("b", "test_b"), ("c", "test_c"), ("d", "test_d"),
                                           ("e", "test_e"), ("f", "test_f"), ("g", "test_g"), ("h", "test_h"),
                                           ("i", "test_i"), ("j", "test_j"), ("k", "test_k"), ("l", "test_l"),
                                           ("m", "test_m"), ("n", "test_n"), ("o", "test_o"), ("p", "test_p"),
                                           ("q", "test_q"), ("r", "test_r"), ("s", "test_s"), ("t", "test_t"),
                                           ("u", "test_u"), ("v", "test_v"), ("w", "test_w"),
                                           ("x", "test_x"), ("y", "test_y"), ("z", "test_z"), ("aa", "test_aa"),
                                           ("ab", "test_ab"), ("ac", "test_ac")])
def test_note_test_sets_are_what_their_script_writes_and_state_their_facts(which, folder):
    """samples/test and test_b to test_ac: the sessions load, their facts files match note_test_sessions.py, the
    dialogue of sets b to ac states every must fact and no must-not fact but the sibling's claims, test_b's last
    two sessions list only their own voices, and each session of sets c to aa speaks with three or four espeak-ng
    voices (-v) that no other session of any set uses (none an en-gb+ variant in sets e to ac)."""
    spec = importlib.util.spec_from_file_location("note_test_sessions", SAMPLES / "note_test_sessions.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules["note_test_sessions"] = mod  # dataclasses look their module up
    try:
        spec.loader.exec_module(mod)
        ms = sys.modules["make_samples"]
        ms.SCRIPT_PATH = mod.SCRIPT_PATH  # as its main() does
        assert mod.SETS[which][0] == folder
        sessions = mod.SETS[which][1]
        loaded = {name: (t, facts) for name, t, facts in m.load_samples(SAMPLES / folder)}
        assert sorted(loaded) == sorted(s.name for s in sessions)
        for s in sessions:
            on_disk = json.loads((SAMPLES / folder / f"{s.name}.facts.json").read_text())
            assert on_disk == json.loads(json.dumps(ms.facts_dict(s))), \
                f"{s.name}.facts.json is stale: run python samples/note_test_sessions.py --set {which} --facts-only"
            t, facts = loaded[s.name]
            # set a is left as committed: its band_prior_8_of_20 ("eight of twenty two weeks ago") reads
            # as "8 of 22" and is not found in its own dialogue
            if which in ("b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m", "n", "o", "p", "q", "r",
                         "s", "t", "u", "v", "w", "x", "y", "z", "aa", "ab", "ac"):
                r = m.key_fact_recall([seg.text for seg in t.segments], facts)
                assert r["recall"] == 1.0, s.name
                # a must-not fact the dialogue states would count a faithful note as inventing; only the
                # sibling's own claims (written as the child's they are the invention) may be in it
                assert {f["id"] for f in r["forbidden"]} <= {"sibling_claims_as_child"}, (s.name, r["forbidden"])

        def voices(name, where=folder):
            return {v["voice"] for v in json.loads((SAMPLES / where / f"{name}.json").read_text())["speakers"]}

        if which == "b":  # the self-care and visual-motor sessions speak with voices no other set-b one uses
            first = set().union(*(voices(s.name) for s in sessions[:4]))
            for name in ("test_b_selfcare_05", "test_b_visualmotor_06"):
                assert len(voices(name)) == 3 and not voices(name) & first, name
        if which in ("c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m", "n", "o", "p", "q", "r", "s", "t",
                     "u", "v", "w", "x", "y", "z", "aa", "ab", "ac"):
            # every session of sets c to z has voices of its own: none of the sets before it, none of another
            # session of its set
            order = ("a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m",
                     "n", "o", "p", "q", "r", "s", "t", "u", "v", "w", "x", "y", "z", "aa", "ab", "ac")
            before = order[:order.index(which)]
            others = {v for f, ss in (mod.SETS[k] for k in before) for s in ss for v in voices(s.name, f)}
            assert others  # the sets before it are on disk
            seen: set[str] = set()
            for s in sessions:
                own = voices(s.name)
                n_speakers = len({k for k, _t in s.turns})
                assert n_speakers in (3, 4) and len(own) == n_speakers, s.name
                assert not own & others and not own & seen, (s.name, own & (others | seen))
                if which in ("e", "f", "g", "h", "i", "j", "k", "l", "m", "n", "o", "p", "q", "r", "s", "t",
                             "u", "v", "w", "x", "y", "z", "aa", "ab", "ac"):
                    # espeak-ng 1.51 ignores a variant after "en-gb" ("en-gb+f2" is en-gb)
                    assert not any(v.startswith("en-gb+") for v in own), (s.name, own)
                seen |= own
    finally:
        sys.modules.pop("note_test_sessions", None)
        sys.modules.pop("make_samples", None)
