"""``scribe batch`` with fake models: the ledger, resuming, retries, inputs, progress, exit codes."""

from __future__ import annotations

import json

import io
import os
import sqlite3
import stat
from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner
from note_fakes import FakeLLM, answering

from pipeline import runner as runner_mod
from pipeline.batch import Batch, status_table
from pipeline.batch.inputs import discover
from pipeline.batch.ledger import Ledger, LedgerBusy
from pipeline.batch.progress import Progress
from pipeline.cli import main
from pipeline.config import BatchSettings, NoteSettings, RolesSettings, Settings
from pipeline.errors import ModelError
from pipeline.note import load_template
from pipeline.note.writer import LLMNoteWriter
from pipeline.runner import Runner


@pytest.fixture(autouse=True)
def _private_profiles(monkeypatch, tmp_path):
    monkeypatch.setenv("SCRIBE_PROFILE_DIR", str(tmp_path / "profiles"))
    monkeypatch.setenv("XDG_CONFIG_HOME", "/nonexistent")


@pytest.fixture
def llm():
    return FakeLLM(default=answering(load_template("ot-progress")))


def make_runner(fake_transcriber, fake_diarizer, llm, settings: Settings | None = None) -> Runner:
    settings = settings or Settings()
    return Runner(settings, fake_transcriber, fake_diarizer, note_writer=LLMNoteWriter(llm, settings.note))


def recordings(folder: Path, tone_wav: Path, n: int = 3) -> list[Path]:
    """``n`` different short wav files (different bytes, so not duplicates)."""
    import numpy as np
    import soundfile as sf

    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for i in range(n):
        t = np.arange(16000 * (2 + i)) / 16000
        p = folder / f"session {i + 1}.wav"
        sf.write(p, (0.3 * np.sin(2 * np.pi * (300 + 100 * i) * t)).astype(np.float32), 16000)
        out.append(p)
    return out


def run(out, runner, inputs, **kw):
    return Batch(out, runner, max_failures=kw.pop("max_failures", 2), **kw).run(list(inputs))


def ledger_rows(out: Path) -> dict[str, tuple]:
    db = sqlite3.connect(out / "ledger.sqlite")
    try:
        return {r[0]: r[1:] for r in db.execute("SELECT folder, status, tries, failures, error FROM recordings")}
    finally:
        db.close()


def test_all_stages_then_rerun_skips_everything(tmp_path, tone_wav, fake_transcriber, fake_diarizer, llm):
    files = recordings(tmp_path / "in", tone_wav)
    out = tmp_path / "out"
    outcomes = run(out, make_runner(fake_transcriber, fake_diarizer, llm), [tmp_path / "in"])
    assert [o.status for o in outcomes] == ["done"] * 3
    for f in files:
        folder = out / f.stem
        for name in ("transcript.json", "transcript.txt", "diarization.rttm", "note.json", "note.md",
                     ".stages/asr.json", ".stages/diarization.json"):
            assert (folder / name).is_file(), name
    asr_calls, llm_calls = len(fake_transcriber.calls), len(llm.calls)
    assert asr_calls == 3 and llm_calls > 0

    outcomes = run(out, make_runner(fake_transcriber, fake_diarizer, llm), [tmp_path / "in"])
    assert [o.status for o in outcomes] == ["done"] * 3
    assert len(fake_transcriber.calls) == asr_calls and len(llm.calls) == llm_calls
    assert {r[0] for r in ledger_rows(out).values()} == {"done"}


def test_changed_settings_redo_only_the_stages_they_affect(tmp_path, tone_wav, fake_transcriber, fake_diarizer, llm):
    recordings(tmp_path / "in", tone_wav, 2)
    out = tmp_path / "out"
    run(out, make_runner(fake_transcriber, fake_diarizer, llm), [tmp_path / "in"])
    asr_calls, llm_calls = len(fake_transcriber.calls), len(llm.calls)

    # roles: the transcript (align + roles) and the note are redone, the ASR is not
    settings = replace(Settings(), roles=RolesSettings(threshold=0.8))
    run(out, make_runner(fake_transcriber, fake_diarizer, llm, settings), [tmp_path / "in"])
    assert len(fake_transcriber.calls) == asr_calls and len(llm.calls) > llm_calls

    # the note template: only the note
    llm_calls = len(llm.calls)
    llm2 = FakeLLM(default=answering(load_template("soap")))
    settings = replace(settings, note=NoteSettings(template="soap"))
    run(out, make_runner(fake_transcriber, fake_diarizer, llm2, settings), [tmp_path / "in"])
    # (soap's sections all take their items from moments: a transcript without any needs no model call)
    notes = [json.loads(p.read_text()) for p in out.glob("*/note.json")]
    assert len(fake_transcriber.calls) == asr_calls and len(notes) == 2
    assert {n["template"] for n in notes} == {"soap"}

    # the ASR model: everything
    settings = replace(settings, asr=replace(settings.asr, beam_size=2))
    run(out, make_runner(fake_transcriber, fake_diarizer, llm2, settings), [tmp_path / "in"])
    assert len(fake_transcriber.calls) == asr_calls + 2


def test_deleted_output_is_made_again(tmp_path, tone_wav, fake_transcriber, fake_diarizer, llm):
    files = recordings(tmp_path / "in", tone_wav, 1)
    out = tmp_path / "out"
    run(out, make_runner(fake_transcriber, fake_diarizer, llm), files)
    (out / files[0].stem / "note.json").unlink()
    calls = len(fake_transcriber.calls)
    run(out, make_runner(fake_transcriber, fake_diarizer, llm), files)
    assert (out / files[0].stem / "note.json").is_file() and len(fake_transcriber.calls) == calls


class Flaky:
    """Fails on recordings of a given length, ``times`` times, then works."""

    def __init__(self, inner, duration: float, times: int = 99, exc: Exception | None = None) -> None:
        self.inner, self.duration, self.left = inner, duration, times
        self.exc = exc or RuntimeError("boom")
        self.calls = 0

    def transcribe(self, audio):
        self.calls += 1
        if abs(audio.duration - self.duration) < 0.01 and self.left > 0:
            self.left -= 1
            raise self.exc
        return self.inner.transcribe(audio)


def test_a_failing_recording_is_retried_then_failed_and_the_batch_goes_on(
        tmp_path, tone_wav, fake_transcriber, fake_diarizer, llm):
    recordings(tmp_path / "in", tone_wav, 3)
    out = tmp_path / "out"
    flaky = Flaky(fake_transcriber, duration=3.0)  # the second recording
    outcomes = run(out, make_runner(flaky, fake_diarizer, llm), [tmp_path / "in"])
    assert [o.status for o in outcomes] == ["done", "failed", "done"]
    assert "internal error (RuntimeError)" in outcomes[1].message
    status, _, failures, _ = ledger_rows(out)["session 2"]
    assert (status, failures) == ("failed", 2)

    # a later run leaves it failed; --retry-failed tries it again (now it works)
    flaky.left = 0
    assert [o.status for o in run(out, make_runner(flaky, fake_diarizer, llm), [tmp_path / "in"])][1] == "failed"
    outcomes = Batch(out, make_runner(flaky, fake_diarizer, llm)).run([tmp_path / "in"], retry_failed=True)
    assert [o.status for o in outcomes] == ["done"] * 3


def test_one_failure_then_success_within_the_run(tmp_path, tone_wav, fake_transcriber, fake_diarizer, llm):
    files = recordings(tmp_path / "in", tone_wav, 1)
    out = tmp_path / "out"
    flaky = Flaky(fake_transcriber, duration=2.0, times=1)
    assert run(out, make_runner(flaky, fake_diarizer, llm), files)[0].status == "done"
    assert flaky.calls == 2


def test_an_interrupted_recording_counts_a_failure(tmp_path, tone_wav, fake_transcriber, fake_diarizer, llm):
    files = recordings(tmp_path / "in", tone_wav, 1)
    out = tmp_path / "out"
    run(out, make_runner(fake_transcriber, fake_diarizer, llm), files, with_note=False)
    for limit in (3, 2):  # as if the process died twice in the note stage (kill -9, power cut)
        ledger = Ledger(out)
        ledger.start(ledger.recordings()[0].sha256, "note")
        assert ledger.recover(limit) == 1
        ledger.close()
    outcomes = run(out, make_runner(fake_transcriber, fake_diarizer, llm), files)
    assert outcomes[0].status == "failed"
    assert "the batch stopped while this recording was in stage note (2 times" in outcomes[0].message
    outcomes = Batch(out, make_runner(fake_transcriber, fake_diarizer, llm)).run(files, retry_failed=True)
    assert outcomes[0].status == "done"


def test_retry_failed_retries_only_the_inputs_given(tmp_path, tone_wav, fake_transcriber, fake_diarizer, llm):
    """`scribe run` of one file into a batch's folder retries that file, not the batch's other failures."""
    files = recordings(tmp_path / "in", tone_wav, 2)
    out = tmp_path / "out"
    run(out, make_runner(fake_transcriber, fake_diarizer, llm), files, with_note=False)
    ledger = Ledger(out)
    for rec in ledger.recordings():
        ledger.finish(rec.sha256, "failed", "broken", stage="asr")
    ledger.close()
    runner = make_runner(fake_transcriber, fake_diarizer, llm)
    [outcome] = Batch(out, runner).run(files[:1], retry_failed=True)
    assert outcome.status == "done" and outcome.note is not None and not outcome.earlier
    ledger = Ledger(out, readonly=True)
    try:
        assert sorted((r.folder, r.status) for r in ledger.recordings()) == [
            ("session 1", "done"), ("session 2", "failed")]
    finally:
        ledger.close()


def test_model_error_stops_the_batch_without_blaming_the_recording(
        tmp_path, tone_wav, fake_transcriber, fake_diarizer, llm):
    files = recordings(tmp_path / "in", tone_wav, 2)
    out = tmp_path / "out"
    broken = Flaky(fake_transcriber, duration=2.0, exc=ModelError("the ASR model is not available"))
    with pytest.raises(ModelError):
        run(out, make_runner(broken, fake_diarizer, llm), files)
    rows = ledger_rows(out)
    assert rows["session 1"][0] == "pending" and rows["session 1"][2] == 0
    assert run(out, make_runner(fake_transcriber, fake_diarizer, llm), files)[0].status == "done"


def test_note_failure_keeps_the_transcript(tmp_path, tone_wav, fake_transcriber, fake_diarizer):
    files = recordings(tmp_path / "in", tone_wav, 1)
    out = tmp_path / "out"
    outcomes = run(out, make_runner(fake_transcriber, fake_diarizer, FakeLLM(default="no json here")), files)
    assert outcomes[0].status == "failed" and "note" in outcomes[0].message.lower()
    assert (out / files[0].stem / "transcript.json").is_file()
    assert not (out / files[0].stem / "note.json").exists()
    assert "FAIL" in status_table(out).splitlines()[1]


def test_bad_file_fails_at_once_with_its_reason(tmp_path, tone_wav, fake_transcriber, fake_diarizer, llm):
    files = recordings(tmp_path / "in", tone_wav, 1)
    bad = tmp_path / "in" / "broken.wav"
    bad.write_bytes(os.urandom(5000))
    outcomes = run(tmp_path / "out", make_runner(fake_transcriber, fake_diarizer, llm), [*files, bad])
    assert [o.status for o in outcomes] == ["done", "failed"]
    assert "not an audio file" in outcomes[1].message
    assert ledger_rows(tmp_path / "out")["broken"][2] == 1  # not retried: the same bytes fail the same way


def test_killed_after_the_last_stage_is_settled_as_done(tmp_path, tone_wav, fake_transcriber, fake_diarizer, llm):
    files = recordings(tmp_path / "in", tone_wav, 1)
    out = tmp_path / "out"
    run(out, make_runner(fake_transcriber, fake_diarizer, llm), files)
    ledger = Ledger(out)  # as if killed after the note was marked done, before the recording was
    sha = ledger.recordings()[0].sha256
    ledger.start(sha, "note")
    ledger.close()
    calls = len(llm.calls)
    outcomes = run(out, make_runner(fake_transcriber, fake_diarizer, llm), files, max_failures=3)
    assert outcomes[0].status == "done" and len(llm.calls) == calls


def test_stale_temporary_files_are_removed(tmp_path, tone_wav, fake_transcriber, fake_diarizer, llm):
    files = recordings(tmp_path / "in", tone_wav, 1)
    out = tmp_path / "out"
    run(out, make_runner(fake_transcriber, fake_diarizer, llm), files, with_note=False)
    stale = out / files[0].stem / ".note.json.abc123.tmp"
    stale.write_text("{ half a note")
    run(out, make_runner(fake_transcriber, fake_diarizer, llm), files)
    assert not stale.exists() and (out / files[0].stem / "note.json").is_file()


def test_second_batch_on_the_same_folder_is_refused(tmp_path):
    first = Ledger(tmp_path / "out")
    first.lock()
    second = Ledger(tmp_path / "out")
    with pytest.raises(LedgerBusy, match="another scribe batch"):
        second.lock()
    first.close()
    second.lock()
    second.close()


def test_ledger_and_outputs_are_owner_only(tmp_path, tone_wav, fake_transcriber, fake_diarizer, llm):
    files = recordings(tmp_path / "in", tone_wav, 1)
    out = tmp_path / "out"
    old = os.umask(0o022)
    try:
        run(out, make_runner(fake_transcriber, fake_diarizer, llm), files)
    finally:
        os.umask(old)
    for root, dirs, names in os.walk(out):
        for d in dirs:
            assert stat.S_IMODE(os.stat(os.path.join(root, d)).st_mode) == 0o700, d
        for n in names:
            if n != ".ledger.lock":
                assert stat.S_IMODE(os.stat(os.path.join(root, n)).st_mode) == 0o600, n


def test_discovery(tmp_path):
    up = tmp_path / "uploads"
    (up / "a").mkdir(parents=True)
    (up / "a" / "one.wav").write_bytes(b"x")
    (up / "a" / ".hidden.wav").write_bytes(b"x")
    (up / "Thumbs.db").write_bytes(b"x")
    (up / "a" / "back").symlink_to(up, target_is_directory=True)  # a folder loop
    (up / "out").mkdir()
    (up / "out" / "inside.wav").write_bytes(b"x")  # the batch's own outputs
    found = discover([up, up / "a" / "one.wav"], up / "out")
    names = [(s.path.name, s.ignored, s.error) for s in found]
    assert names == [("Thumbs.db", True, None), ("one.wav", False, None)]
    (tmp_path / "empty" / "sub").mkdir(parents=True)
    (tmp_path / "empty" / "sub" / "notes.txt").write_text("x")
    found = discover([tmp_path / "empty"], up / "out")  # a named folder with no recording: said, not skipped
    assert [(s.path.name, s.ignored, s.error) for s in found] == [
        ("notes.txt", True, None),
        ("empty", False, "a folder with no audio or video file in it (its subfolders were searched too)")]


def test_size_and_duration_limits(tmp_path, tone_wav, fake_transcriber, fake_diarizer, llm):
    files = recordings(tmp_path / "in", tone_wav, 3)  # 2, 3 and 4 s: 64, 96 and 128 kB
    settings = replace(Settings(), audio=replace(Settings().audio, max_size_mb=0.1, max_duration_minutes=0.04))
    outcomes = run(tmp_path / "out", make_runner(fake_transcriber, fake_diarizer, llm, settings), files)
    assert outcomes[0].status == "done"
    assert outcomes[1].status == "failed" and "the limit is 2.4 s" in outcomes[1].message
    assert outcomes[2].status == "failed" and "the file is 0.12 MB; the limit is 0.1 MB" in outcomes[2].message


def test_progress_bar_on_a_terminal_names_nothing():
    stream = io.StringIO()
    p = Progress(stream=stream, bar=True)
    p.begin("transcripts", [60.0, None, 120.0])
    p.at(0, "asr")
    p.finished(0, True)
    p.at(1, "diarize")
    p.close()
    text = stream.getvalue()
    assert "\r" in text and "1/3" in text and "diarize" in text and "ETA" in text


def test_cli_batch_exit_codes_summary_and_status(tmp_path, tone_wav, monkeypatch, fake_transcriber, fake_diarizer):
    monkeypatch.setattr(runner_mod, "make_transcriber", lambda *a, **k: fake_transcriber)
    monkeypatch.setattr(runner_mod, "make_diarizer", lambda *a, **k: fake_diarizer)
    files = recordings(tmp_path / "in", tone_wav, 2)
    cli = CliRunner()
    out = tmp_path / "out"
    r = cli.invoke(main, ["batch", str(tmp_path / "in"), "-o", str(out), "--no-note"])
    assert r.exit_code == 0, r.output
    assert "batch: 2 input(s): 2 done" in r.output
    (tmp_path / "in" / "bad.mp3").write_bytes(b"ID3" + os.urandom(3000))
    r = cli.invoke(main, ["batch", str(tmp_path / "in"), "-o", str(out), "--no-note"])
    assert r.exit_code == 1 and "failed    " in r.output
    r = cli.invoke(main, ["batch", "--status", str(out)])
    assert r.exit_code == 0 and files[0].name in r.output and "3 recording(s): 2 done, 1 failed" in r.output
    assert cli.invoke(main, ["batch", str(tmp_path / "in")]).exit_code == 2  # no -o
    assert cli.invoke(main, ["batch", "--status", str(tmp_path / "nothing")]).exit_code == 7


def test_max_failures_setting_is_read():
    assert BatchSettings().max_failures == 2
