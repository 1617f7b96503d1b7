"""Issue 21: ``scribe run`` is driven like ``scribe batch``: kill -9 it, run it again, and it resumes.

Real models (tiny.en, the embedded diarizer, SmolLM2 with one pass per note, as
tests/test_batch_kill.py). The first run is killed as soon as the ledger says
the first recording's transcript is written; the second run must not decode,
transcribe or diarize that recording again, must finish both, and must leave
every output whole.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import time
from pathlib import Path

import soundfile as sf
from batch_helpers import FAST_CONFIG, scribe


def _stages(out: Path) -> dict[tuple[str, str], tuple[str, float]]:
    """(folder, stage) -> (status, finished) from the ledger; {} while it does not exist yet."""
    path = out / "ledger.sqlite"
    if not path.is_file():
        return {}
    try:
        db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5)
        try:
            rows = db.execute("SELECT r.folder, s.stage, s.status, s.finished FROM stages s "
                              "JOIN recordings r ON r.sha256 = s.sha256").fetchall()
        finally:
            db.close()
    except sqlite3.Error:  # the schema is being created right now
        return {}
    return {(folder, stage): (status, finished) for folder, stage, status, finished in rows}


def test_killed_run_resumes_like_batch(tmp_path, samples):
    inputs = []
    for i, sample in enumerate(samples[:2], 1):  # 30 s of two sessions
        data, rate = sf.read(sample, frames=30 * 16000)
        sf.write(tmp_path / f"visit {i}.flac", data, rate)
        inputs.append(f"visit {i}.flac")
    (tmp_path / "config.toml").write_text(FAST_CONFIG)
    args = ["run", *inputs, "-o", "out", "--config", "config.toml"]
    env = {"SCRIBE_PROFILE_DIR": str(tmp_path / "profiles"), "XDG_CONFIG_HOME": str(tmp_path / "cfg")}
    out = tmp_path / "out"

    proc = scribe(args, cwd=tmp_path, env=env, popen=True)
    deadline = time.monotonic() + 600
    while _stages(out).get(("visit 1", "transcript"), ("", 0))[0] != "done":
        assert proc.poll() is None, f"scribe run ended before it could be killed\n{proc.communicate()}"
        assert time.monotonic() < deadline, "the first transcript took more than 10 minutes"
        time.sleep(0.2)
    os.killpg(proc.pid, signal.SIGKILL)  # scribe run and its decoder worker, mid-way
    proc.wait()
    before = _stages(out)
    assert ("visit 1", "note") not in before  # killed between the first transcript and its note
    first_transcript = (out / "visit 1" / "transcript.json").stat()

    final = scribe(args, cwd=tmp_path, env=env, timeout=900)
    info = f"{final.stdout}\n{final.stderr[-3000:]}"
    assert final.returncode == 0, info
    after = _stages(out)
    for stage in ("decode", "asr", "diarize", "transcript"):  # done before the kill: not done again
        assert after[("visit 1", stage)] == before[("visit 1", stage)], (stage, info)
    assert (out / "visit 1" / "transcript.json").stat().st_mtime_ns == first_transcript.st_mtime_ns, info
    assert all(after[(f"visit {i}", s)][0] == "done" for i in (1, 2)
               for s in ("decode", "asr", "diarize", "transcript", "note")), after
    for i in (1, 2):
        folder = out / f"visit {i}"
        transcript = json.loads((folder / "transcript.json").read_text())
        note = json.loads((folder / "note.json").read_text())
        ids = {s["id"] for s in transcript["segments"]}
        assert ids and (folder / "note.md").is_file(), info
        assert all(set(item["evidence"]) <= ids for s in note["sections"] for item in s["items"]), info
    assert not [p for p in out.rglob("*") if p.name.endswith(".tmp")]
    lines = [ln for ln in final.stdout.splitlines() if "] ok: " in ln]
    assert [ln.split("] ok: ")[1].split(" -> ")[0] for ln in lines] == inputs, info
    assert "done: 2 recording(s)" in final.stdout, info

    again = scribe(args, cwd=tmp_path, env=env, timeout=900)  # nothing left to do
    assert again.returncode == 0 and again.stdout.count("(done by an earlier run)") == 2, again.stdout
    assert _stages(out) == after
