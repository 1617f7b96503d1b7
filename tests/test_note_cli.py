"""`scribe note` and the driver's note step with a scripted fake LLM: outputs, clear errors, private logs."""

from __future__ import annotations

import json
import logging
import re
from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import SAMPLES, sample_reference
from note_fakes import SESSION, FakeLLM, answering, make_transcript

import pipeline.cli
import pipeline.note
from pipeline.batch import Batch
from pipeline.cli import main
from pipeline.config import NoteSettings, Settings
from pipeline.errors import NoteError, TemplateError
from pipeline.note import load_template
from pipeline.note.writer import LLMNoteWriter
from pipeline.outputs import write_transcript
from pipeline.runner import Runner

TAGGED = """THERAPIST: Five out of five beads, independently. Now the short pencil.
CAREGIVER: Maya gets frustrated after about ten minutes of homework.
CHILD: I can feed my bunny with tongs!
THERAPIST: For home, practise the tongs game five minutes a day.
"""


def cite(word):
    """The number of the prompt line that holds ``word``."""
    return lambda lines: next(int(ln.split()[0]) for ln in lines if word in ln)


def ot_answer(ot):
    """Fields-style answers: a goal's activity per moment, the caregiver's report, and one intervention
    the model picked that states a number its line does not say (45 s: unsupported)."""
    return answering(ot, {
        "goals": lambda lines, unit: {"activity": "strung beads" if "beads" in " ".join(lines) else "held a grasp",
                                      "assistance": "not said", "status": "met"},
        "caregiver_report": {"topic": "home routine", "report": "gets frustrated after about ten minutes"},
        "interventions": [{"activity": "tripod grasp for 45 seconds", "evidence": [1]}],
    })


class Factory:
    """Stands in for pipeline.note.make_note_writer: an LLMNoteWriter over a FakeLLM."""

    def __init__(self, llm: FakeLLM) -> None:
        self.llm = llm
        self.settings: list[Settings] = []

    def __call__(self, settings: Settings) -> LLMNoteWriter:
        self.settings.append(settings)
        return LLMNoteWriter(self.llm, settings.note)


@pytest.fixture
def env(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_CONFIG_HOME", "/nonexistent")
    monkeypatch.setenv("SCRIBE_PROFILE_DIR", str(tmp_path / "profiles"))
    for var in ("SCRIBE_TEMPLATE", "SCRIBE_LLM", "SCRIBE_LLM_DEVICE", "SCRIBE_PROMPTS_DIR"):
        monkeypatch.delenv(var, raising=False)


@pytest.fixture
def fake_writer(monkeypatch, env):
    factory = Factory(FakeLLM(default=ot_answer(load_template("ot-progress"))))
    monkeypatch.setattr(pipeline.note, "make_note_writer", factory)
    return factory


@pytest.fixture
def transcript_json(tmp_path):
    tr = make_transcript(SESSION, step=30.0)
    write_transcript(tr, tmp_path / "session", ("json",))
    return tmp_path / "session" / "transcript.json"


@pytest.fixture
def tagged(tmp_path):
    p = tmp_path / "session.txt"
    p.write_text(TAGGED)
    return p


def note_cmd(*args):
    return CliRunner().invoke(main, ["note", *map(str, args)])


# --- scribe note ----------------------------------------------------------------------------------


def test_note_from_transcript_json(fake_writer, transcript_json, tmp_path):
    out = tmp_path / "notes"
    r = note_cmd(transcript_json, "-o", out)
    assert r.exit_code == 0, r.output
    assert "ok: note with 6 items (1 unsupported)" in r.output
    assert (out / "note.md").is_file() and (out / "note.json").is_file()
    data = json.loads((out / "note.json").read_text())
    assert data["template"] == "ot-progress"
    assert data["session"]["duration_s"] == 150.0
    goals = data["sections"][0]["items"]
    assert goals[0]["evidence"] == ["seg-0001"] and goals[0]["support"]["supported"] is True
    md = (out / "note.md").read_text()
    # five of five is a count; nobody said the goal was met, so the model's "met" is not shown
    assert "- Strung beads: 5/5 beads independently. [00:00]" in md
    # 60 s; the topic is the rules' reading of the words said ("frustrated"), not the model's "home routine"
    assert "- Caregiver reported gets frustrated after about ten minutes. *(behaviour)* [01:00]" in md
    assert "UNSUPPORTED" in md
    assert len(fake_writer.settings) == 1
    assert fake_writer.settings[0].note.template == "ot-progress"


def test_note_from_tagged_text(fake_writer, tagged, tmp_path):
    out = tmp_path / "notes"
    r = note_cmd(tagged, "-o", out)
    assert r.exit_code == 0, r.output
    data = json.loads((out / "note.json").read_text())
    assert any("estimated" in w for w in data["warnings"])
    assert {s["label"] for s in data["session"]["speakers"]} == {"Therapist", "Caregiver", "Child"}
    md = (out / "note.md").read_text()
    assert "Strung beads: 5/5 beads independently. [line 1]" in md
    assert "gets frustrated after about ten minutes. *(school)* [line 2]" in md  # "... of homework"
    prompt = fake_writer.llm.calls[0]["messages"][-1]["content"]  # the interventions pass: the whole transcript
    assert "1 Therapist: Five out of five beads" in prompt and "2 Caregiver: Maya gets" in prompt


def test_note_template_and_child_name_options(env, monkeypatch, tagged, tmp_path):
    soap = load_template("soap")
    llm = FakeLLM(default=answering(soap, subjective={"report": "Maya gets frustrated after ten minutes"}))
    monkeypatch.setattr(pipeline.note, "make_note_writer", Factory(llm))
    out = tmp_path / "notes"
    r = note_cmd(tagged, "-o", out, "--template", "soap", "--child-name", "Maya")
    assert r.exit_code == 0, r.output
    data = json.loads((out / "note.json").read_text())
    assert data["template"] == "soap" and data["title"] == "SOAP note"
    assert data["sections"][0]["items"][0]["support"]["supported"] is True
    assert "## Subjective" in (out / "note.md").read_text()


def test_note_with_template_path(fake_writer, transcript_json, tmp_path):
    custom = tmp_path / "mine.toml"
    text = Path(load_template("ot-progress").path).read_text()
    custom.write_text(text.replace('name = "ot-progress"', 'name = "mine"'))
    r = note_cmd(transcript_json, "-o", tmp_path / "n", "--template", custom)
    assert r.exit_code == 0, r.output
    assert json.loads((tmp_path / "n" / "note.json").read_text())["template"] == "mine"


@pytest.mark.parametrize("content,needle", [
    ('{"segments": [', "is not valid JSON"),
    ("", "is empty"),
    ("just some words with no speaker\nand more\n", "no speaker-tagged line"),
    ('{"segments": []}', "has no segments"),
    ('{"hello": 1}', "neither a transcript.json"),
    (b"\xff\xfe\x00bad", "not UTF-8"),
])
def test_bad_transcript_is_a_clear_error(fake_writer, tmp_path, content, needle):
    bad = tmp_path / ("bad.json" if str(content).startswith("{") else "bad.txt")
    (bad.write_bytes if isinstance(content, bytes) else bad.write_text)(content)
    out = tmp_path / "notes"
    r = note_cmd(bad, "-o", out)
    assert r.exit_code == NoteError.exit_code
    last = r.stderr.strip().splitlines()[-1]
    assert last.startswith("scribe: error: transcript ") and str(bad) in last and needle in last
    assert "Traceback" not in r.stderr
    assert not out.exists() or not any(out.iterdir())


def test_missing_transcript_file(fake_writer, tmp_path):
    r = note_cmd(tmp_path / "nope.json", "-o", tmp_path / "notes")
    assert r.exit_code == NoteError.exit_code
    assert "does not exist" in r.stderr and str(tmp_path / "nope.json") in r.stderr


def test_transcript_folder_is_a_clear_error(fake_writer, transcript_json, tmp_path):
    r = note_cmd(transcript_json.parent, "-o", tmp_path / "notes")
    assert r.exit_code == NoteError.exit_code and "is a folder" in r.stderr


def test_missing_template_is_an_error(fake_writer, transcript_json, tmp_path):
    out = tmp_path / "notes"
    r = note_cmd(transcript_json, "-o", out, "--template", "nonexistent")
    assert r.exit_code == TemplateError.exit_code
    assert "no template named 'nonexistent'" in r.stderr and "ot-progress" in r.stderr
    assert fake_writer.settings == []  # the model is not loaded for a run that cannot work
    assert not out.exists()
    r = note_cmd(transcript_json, "-o", out, "--template", tmp_path / "missing.toml")
    assert r.exit_code == TemplateError.exit_code and str(tmp_path / "missing.toml") in r.stderr


def test_note_model_failure_is_exit_6_without_files(env, monkeypatch, transcript_json, tmp_path):
    llm = FakeLLM(default="I cannot write notes.")
    monkeypatch.setattr(pipeline.note, "make_note_writer", Factory(llm))
    out = tmp_path / "notes"
    r = note_cmd(transcript_json, "-o", out)
    assert r.exit_code == NoteError.exit_code
    assert "no valid" in r.stderr and "not valid JSON" in r.stderr
    assert len(llm.calls) == NoteSettings().tries
    assert not (out / "note.json").exists() and not (out / "note.md").exists()


def test_note_logs_hold_no_text_or_file_names(fake_writer, tmp_path, caplog, monkeypatch):
    folder = tmp_path / "Maya Lopez"
    folder.mkdir()
    tagged = folder / "maya_lopez_2024-05-01.txt"
    tagged.write_text(TAGGED)
    setup = pipeline.cli._setup_logging

    def setup_and_capture(verbose):  # the CLI replaces the "pipeline" handlers and stops propagation
        setup(verbose)
        logging.getLogger("pipeline").addHandler(caplog.handler)

    monkeypatch.setattr(pipeline.cli, "_setup_logging", setup_and_capture)
    caplog.set_level(logging.INFO, logger="pipeline")
    try:
        r = note_cmd(tagged, "-o", folder / "notes")
    finally:
        logging.getLogger("pipeline").removeHandler(caplog.handler)
    assert r.exit_code == 0, r.output
    records = [rec for rec in caplog.records
               if rec.levelno >= logging.INFO and rec.name.startswith("pipeline")]
    assert records, "expected progress logs at INFO"
    logged = "\n".join(rec.getMessage() for rec in records)
    logged_stderr = "\n".join(ln for ln in r.stderr.splitlines()
                              if re.match(r"^\d\d:\d\d:\d\d (INFO|WARNING|ERROR) pipeline", ln))
    words = {w.lower() for w in re.findall(r"[A-Za-z]{4,}", TAGGED)} - {"therapist", "caregiver", "child"}
    for text in (logged, logged_stderr):
        low = text.lower()
        for forbidden in ("maya", "lopez", str(tmp_path), tagged.name,
                          "beads", "frustrated", "tongs", "bunny"):
            assert forbidden.lower() not in low, forbidden
        leaked = {w for w in words if re.search(rf"\b{w}\b", low)}
        assert not leaked - {"note", "part", "lines", "items", "with", "from"}, leaked


# --- the driver (pipeline.batch.Batch): transcript, then note -------------------------------------


SAMPLE = SAMPLES / "ot_session_01.flac"
SPK = {"THERAPIST": "SPEAKER_00", "CHILD": "SPEAKER_01", "CAREGIVER": "SPEAKER_02"}


@pytest.fixture
def sample_runner(env, fake_transcriber, fake_diarizer):
    if not SAMPLE.is_file():
        pytest.fail(f"{SAMPLE} is missing (run `make samples`)")
    turns = sample_reference(SAMPLE)["turns"]
    fake_transcriber.enqueue(*[(t["start"], t["end"], t["text"]) for t in turns])
    fake_diarizer.queue.append([(t["start"], t["end"], SPK[t["speaker"]]) for t in turns])

    def make(llm: FakeLLM) -> Runner:
        return Runner(Settings(), transcriber=fake_transcriber, diarizer=fake_diarizer,
                      note_writer=LLMNoteWriter(llm, NoteSettings()))

    return make


def test_runner_writes_note_beside_transcript(sample_runner, tmp_path):
    ot = load_template("ot-progress")
    llm = FakeLLM(default=answering(ot, interventions=lambda lines: [
        {"activity": "theraputty warm-up, pinching out hidden beads", "evidence": [3]}]))
    runner = sample_runner(llm)
    out = tmp_path / "out"
    [res] = Batch(out, runner, with_note=False).run([SAMPLE])
    assert res.status == "done", res.message
    folder = out / "ot_session_01"
    assert res.folder == folder.name and (folder / "transcript.json").is_file()
    assert not (folder / "note.json").exists()
    [res] = Batch(out, runner).run([SAMPLE])  # the same ledger: only the note is left to do
    assert res.status == "done", res.message
    assert (folder / "note.json").is_file() and (folder / "note.md").is_file()
    note = json.loads((folder / "note.json").read_text())
    tr = json.loads((folder / "transcript.json").read_text())
    item = next(s for s in note["sections"] if s["key"] == "interventions")["items"][0]
    seg = next(s for s in tr["segments"] if s["id"] == item["evidence"][0])
    assert "theraputty" in seg["text"]
    assert item["support"]["supported"] is True
    assert note["session"]["duration_s"] == pytest.approx(tr["duration"], abs=0.1)
    assert res.note == (sum(len(s["items"]) for s in note["sections"]), 0) and not res.earlier
    assert llm.calls


def test_runner_note_failure_keeps_the_transcript(sample_runner, tmp_path):
    llm = FakeLLM(default="{not json")
    runner = sample_runner(llm)
    [res] = Batch(tmp_path / "out", runner).run([SAMPLE])
    assert res.status == "failed" and res.stage == "note"
    assert "no valid" in res.message
    folder = tmp_path / "out" / "ot_session_01"
    assert (folder / "transcript.json").is_file()
    assert not (folder / "note.json").exists() and not (folder / "note.md").exists()
    assert res.note is None
    assert len(llm.calls) == NoteSettings().tries  # the first section's pass fails: no more calls
