"""A worker no single recording can stop (issue 25, failure 2).

One therapist plants every kind of poisoned row we could think of; the worker (its loop, clean-up passes
included, with the pipeline's fake models for speed: real decoding, fake ASR, diarizer and note model)
must fail each of them alone with a clear reason, and another therapist's upload must still become a
ready note.

Poisoned rows: a browser recording whose bytes the same user already uploaded (a duplicate, found when
the abandoned recording is finished), a queued recording whose file is gone, one that is not audio, one
longer than ``max_duration_minutes``, a queued row without any audio, a browser recording whose chunk
cannot be read, a row whose file name points outside the uploads folder (the retention pass must not
delete what it points at), and a recording whose pipeline outputs cannot be read.
"""

from __future__ import annotations

import hashlib
import json
import threading
import time
from pathlib import Path

import pytest
from conftest import FakeDiarizer, FakeTranscriber
from fastapi.testclient import TestClient
from note_fakes import FakeLLM, answering
from service_helpers import sine_flac

from pipeline.config import load_settings
from pipeline.note import load_template
from pipeline.note.writer import LLMNoteWriter
from pipeline.runner import Runner
from pipeline.service.app import create_app
from pipeline.service.store import Store
from pipeline.service.worker import Worker

OCTET = {"Content-Type": "application/octet-stream"}


class Clinic:
    def __init__(self, tmp_path: Path) -> None:
        self.data = tmp_path / "data"
        self.settings = load_settings(None, {
            "service": {"data": str(self.data), "live_idle_minutes": 0, "retention": "days", "retention_days": 30},
            "audio": {"max_duration_minutes": 0.05}})  # 3 s
        self.store = Store(self.data)
        self.tokens = {u: self.store.add_user(u, "therapist") for u in ("ana", "ben", "carol", "dave")}
        self.client = TestClient(create_app(self.settings, self.store))
        self.template = load_template(self.settings.note.template)
        self.runner = Runner(self.settings, FakeTranscriber(), FakeDiarizer(),
                             note_writer=LLMNoteWriter(FakeLLM(default=answering(self.template)), self.settings.note))

    def h(self, user: str) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.tokens[user]}"}

    def upload(self, user: str, data: bytes) -> str:
        r = self.client.post("/api/recordings", headers=self.h(user), data={"consent": "true"},
                             files={"file": ("s.flac", data, "audio/flac")})
        assert r.status_code == 201, r.text
        return r.json()["id"]

    def plant_queued(self, user: str, data: bytes | None, name: str = ".flac") -> str:
        """A queued row as if uploaded earlier (under older limits), its file in uploads/."""
        rid = self.store.new_recording(self.store.user_by_name(user), title="planted", status="queued",
                                       mime="audio/flac")
        if data is None:
            with self.store.tx() as db:
                db.execute("UPDATE recordings SET queued = ? WHERE id = ?", (time.time(), rid))
            return rid
        (self.store.uploads / f"{rid}{name}").write_bytes(data)
        self.store.queue(rid, sha256=hashlib.sha256(data).hexdigest(), size=len(data), upload=f"{rid}{name}")
        return rid

    def live(self, user: str, chunks: list[bytes]) -> str:
        r = self.client.post("/api/recordings/live", headers=self.h(user), json={"title": "L", "consent": True})
        rid = r.json()["id"]
        for n, c in enumerate(chunks):
            r = self.client.put(f"/api/recordings/{rid}/chunks/{n}", headers={**self.h(user), **OCTET}, content=c)
            assert r.status_code == 204, r.text
        return rid


@pytest.fixture
def clinic(tmp_path):
    c = Clinic(tmp_path)
    yield c
    c.client.close()
    c.store.close()


def test_poisoned_recordings_fail_alone_and_another_therapists_upload_becomes_a_ready_note(clinic):
    c, store = clinic, clinic.store
    # an output the worker cannot read: carol's recording is processed, then its note.json is spoiled,
    # and dave uploads the same bytes (the pipeline's ledger has them done already)
    shared = sine_flac(1.0, freq=360.0)
    carol = c.upload("carol", shared)
    assert Worker(store, c.settings, runner=c.runner).run_once() is True
    assert store.recording(carol)["status"] == "ready"
    (store.work / store.recording(carol)["folder"] / "note.json").write_text("[]")
    dave = c.upload("dave", shared)

    first = c.upload("ana", sine_flac(1.0, freq=370.0))
    poisoned = {
        "duplicate": c.live("ana", [(store.uploads / store.recording(first)["upload"]).read_bytes()]),
        "missing": c.plant_queued("ana", sine_flac(1.0, freq=380.0)),
        "undecodable": c.plant_queued("ana", b"this is not audio at all\n" * 100),
        "over-long": c.plant_queued("ana", sine_flac(5.0, freq=390.0)),
        "no audio": c.plant_queued("ana", None),
        "unreadable chunk": c.live("ana", [sine_flac(0.5, freq=400.0)[:2000]]),
        "outside uploads": c.plant_queued("ana", sine_flac(1.0, freq=410.0)),
        "unreadable output": dave,
    }
    (store.uploads / store.recording(poisoned["missing"])["upload"]).unlink()
    (store.uploads / f"{poisoned['unreadable chunk']}.parts" / "000001").mkdir()
    outside = poisoned["outside uploads"]
    with store.tx() as db:  # a file name that points at the database, in an old ready row (retention: days)
        db.execute("UPDATE recordings SET upload = '../service.sqlite', status = 'ready', created = 0 "
                   "WHERE id = ?", (outside,))
    database = store.data / "service.sqlite"
    assert database.is_file()
    good = c.upload("ben", sine_flac(1.0, freq=420.0))

    worker = Worker(store, c.settings, runner=c.runner, poll=0.05)
    stop = threading.Event()
    thread = threading.Thread(target=worker.run_forever, args=(stop,), daemon=True, name="worker-under-test")
    thread.start()
    try:
        deadline = time.monotonic() + 180
        while store.recording(good)["status"] not in ("ready", "failed") and time.monotonic() < deadline:
            assert thread.is_alive(), "the worker stopped"
            time.sleep(0.1)
        still = {k: store.recording(v)["status"] for k, v in poisoned.items()}
        assert thread.is_alive(), "the worker stopped"
    finally:
        stop.set()
        thread.join(30)

    rec = store.recording(good)
    assert rec["status"] == "ready", (rec["status"], rec["error"], still)
    assert [v["kind"] for v in store.versions(good)] == ["draft"]
    assert database.is_file() and store.recording(good) is not None  # retention deleted nothing outside uploads/
    reasons = {k: (store.recording(v)["status"], store.recording(v)["error"] or "") for k, v in poisoned.items()}
    expect = {
        "duplicate": f"a duplicate of {first}",
        "missing": "not found",
        "undecodable": "audio",  # "not an audio file", or "contains no audio samples" (what FFmpeg made of it)
        "over-long": "long",
        "no audio": "audio",
        "unreadable chunk": "could not",
        "unreadable output": "could not be read",
    }
    for kind, words in expect.items():
        status, error = reasons[kind]
        assert status == "failed" and words in error, (kind, status, error)
        assert str(store.data) not in error, (kind, error)  # no server path in what the user sees
    assert store.recording(outside)["status"] == "ready"
    # every failure is in the audit log, by the service
    failed = {a["object_id"] for a in store.audit_log(10_000) if a["action"] == "fail"}
    assert {v for k, v in poisoned.items() if k != "outside uploads"} <= failed


def test_finishing_a_duplicate_browser_recording_answers_like_a_duplicate_upload(clinic):
    """409 with the first recording's id (not a 500), and the recording is failed, not left 'recording'."""
    c, store = clinic, clinic.store
    data = sine_flac(1.0, freq=430.0)
    first = c.upload("ana", data)
    rid = c.live("ana", [data[:3000], data[3000:]])
    r = c.client.post(f"/api/recordings/{rid}/finish", headers=c.h("ana"))
    assert r.status_code == 409, r.text
    assert r.json()["id"] == first and "already uploaded" in r.json()["detail"]
    rec = store.recording(rid)
    assert rec["status"] == "failed" and rec["error"] == f"a duplicate of {first}"
    assert not (store.uploads / f"{rid}.parts").exists()
    referenced = {r["upload"] for r in store.query("SELECT upload FROM recordings") if r["upload"]}
    assert {p.name for p in store.uploads.iterdir()} <= referenced  # no stray copy of the audio
    # and the abandoned-recording pass leaves it alone from then on
    assert Worker(store, c.settings, runner=c.runner).sweep() is None
    assert store.recording(rid)["status"] == "failed"


def test_the_worker_loop_survives_a_failing_pass(clinic, monkeypatch):
    """An error in a clean-up pass or in a job (a database hiccup, a bug) costs one recording at most."""
    from pipeline.service import worker as worker_mod

    c, store = clinic, clinic.store
    calls = {"n": 0}

    def broken(*a, **kw):
        calls["n"] += 1
        raise json.JSONDecodeError("broken", "", 0)

    monkeypatch.setattr(worker_mod, "apply_retention", broken)
    good = c.upload("ben", sine_flac(1.0, freq=440.0))
    w = Worker(store, c.settings, runner=c.runner, poll=0.05)
    stop = threading.Event()
    t = threading.Thread(target=w.run_forever, args=(stop,), daemon=True, name="worker-under-test")
    t.start()
    try:
        deadline = time.monotonic() + 120
        while store.recording(good)["status"] != "ready" and time.monotonic() < deadline and t.is_alive():
            time.sleep(0.1)
        alive = t.is_alive()
    finally:
        stop.set()
        t.join(30)
    assert alive and calls["n"] >= 1
    assert store.recording(good)["status"] == "ready"
