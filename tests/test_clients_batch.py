"""Recordings that belong to a client through the batch driver (fake models): the client's name and goals
join the hotwords for that recording only, its note carries the report on the plan, and a change of the
plan redoes its note on the next run (and its transcript when the hotwords change)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from clients_helpers import CLIENT, client_store
from note_fakes import FakeLLM, answering

from pipeline.batch import Batch
from pipeline.batch.ledger import Ledger
from pipeline.clients.context import load_context
from pipeline.config import Settings
from pipeline.note import load_template
from pipeline.note.writer import LLMNoteWriter
from pipeline.runner import Runner


@pytest.fixture(autouse=True)
def _private_profiles(monkeypatch, tmp_path):
    monkeypatch.setenv("SCRIBE_PROFILE_DIR", str(tmp_path / "profiles"))
    monkeypatch.setenv("XDG_CONFIG_HOME", "/nonexistent")


class HotwordsTranscriber:
    """A FakeTranscriber that has hotwords, as both real backends do, and records them at each call."""

    def __init__(self, fake) -> None:
        self.fake, self.hotwords, self.seen = fake, "theraputty", []
        self.name = "fake"

    def transcribe(self, audio):
        self.seen.append(self.hotwords)
        self.fake.enqueue((0.0, 1.0, "You held the tripod grasp for twenty seconds while tracing."))
        return self.fake.transcribe(audio)


def two_wavs(folder: Path) -> list[Path]:
    import numpy as np
    import soundfile as sf

    folder.mkdir(parents=True)
    out = []
    for i in range(2):
        t = np.arange(16000 * 2) / 16000
        p = folder / f"s{i}.wav"
        sf.write(p, (0.3 * np.sin(2 * np.pi * (300 + 200 * i) * t)).astype(np.float32), 16000)
        out.append(p)
    return out


def test_a_clients_recording_gets_its_hotwords_and_its_plan(tmp_path, fake_transcriber, fake_diarizer):
    store = client_store(tmp_path / "data")
    mine, other = two_wavs(tmp_path / "in")
    asr = HotwordsTranscriber(fake_transcriber)
    settings = Settings()
    runner = Runner(settings, asr, fake_diarizer, note_writer=LLMNoteWriter(
        FakeLLM(default=answering(load_template(None))), settings.note))
    ctx = load_context(store, CLIENT, "2026-10-06")
    out = tmp_path / "out"
    outcomes = Batch(out, runner, release_models=False, clients={mine: ctx}).run([mine, other])
    assert [o.status for o in outcomes] == ["done", "done"]
    assert "Noah" in asr.seen[0] and "tripod" in asr.seen[0] and asr.seen[1] == "theraputty"
    assert asr.hotwords == "theraputty"
    note = json.loads((out / "s0" / "note.json").read_text())
    assert note["client"]["client_id"] == CLIENT and note["client"]["date"] == "2026-10-06"
    assert [r["goal_id"] for r in note["client"]["results"]] == ["G1", "G2", "G3"]
    assert "client" not in json.loads((out / "s1" / "note.json").read_text())
    assert "## Plan of care" in (out / "s0" / "note.md").read_text()

    # the same plan: nothing is redone; a goal added: the client's note is drafted again, the transcript is not
    calls = len(asr.seen)
    Batch(out, runner, release_models=False, clients={mine: load_context(store, CLIENT, "2026-10-06")}).run(
        [mine, other])
    assert len(asr.seen) == calls
    ledger = Ledger(out, readonly=True)
    keys = {sha: ledger.stage_key(sha, "note") for sha in [r.sha256 for r in ledger.recordings()]}
    ledger.close()
    store.update_goal(CLIENT, "G1", "ana", target="45 sec")  # the note depends on it, the hotwords do not
    Batch(out, runner, release_models=False, clients={mine: load_context(store, CLIENT, "2026-10-06")}).run(
        [mine, other])
    assert len(asr.seen) == calls
    note = json.loads((out / "s0" / "note.json").read_text())
    assert note["client"]["results"][0]["target"] == "45 sec"
    ledger = Ledger(out, readonly=True)
    after = {sha: ledger.stage_key(sha, "note") for sha in keys}
    ledger.close()
    assert sum(keys[s] != after[s] for s in keys) == 1  # only the client's recording
    # a new goal brings new hotwords: the client's recording is transcribed again with them
    store.add_goal(CLIENT, "Catch a bean bag with both hands", "8/10 times")
    Batch(out, runner, release_models=False, clients={mine: load_context(store, CLIENT, "2026-10-06")}).run(
        [mine, other])
    assert len(asr.seen) == calls + 1 and "bean" in asr.seen[-1]
    note = json.loads((out / "s0" / "note.json").read_text())
    assert [r["goal_id"] for r in note["client"]["results"]] == ["G1", "G2", "G3", "G4"]


def test_a_folder_per_client(tmp_path, fake_transcriber, fake_diarizer):
    from pipeline.clients.manifest import assignments

    store = client_store(tmp_path / "data")
    wavs = two_wavs(tmp_path / "in" / CLIENT)
    found = assignments(tmp_path / "in")
    assert [(a.path.name, a.client_id) for a in found] == [(CLIENT, CLIENT)]
    settings = Settings()
    runner = Runner(settings, HotwordsTranscriber(fake_transcriber), fake_diarizer, note_writer=LLMNoteWriter(
        FakeLLM(default=answering(load_template(None))), settings.note))
    contexts = {a.path: load_context(store, a.client_id, a.date) for a in found}
    outcomes = Batch(tmp_path / "out", runner, release_models=False, clients=contexts).run([a.path for a in found])
    assert [o.status for o in outcomes] == ["done", "done"]
    for w in wavs:
        note = json.loads((tmp_path / "out" / w.stem / "note.json").read_text())
        assert note["client"]["client_id"] == CLIENT
