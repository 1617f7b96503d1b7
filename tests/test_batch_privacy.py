"""Issue 5, privacy: the whole batch (real models) runs with the network blocked in-process, and its
logs hold no transcript text, note text or input file names."""

from __future__ import annotations

import json
import stat

import soundfile as sf
from click.testing import CliRunner
from conftest import block_network, sample_reference
from test_batch_kill import CONFIG

from pipeline.cli import main

NAME = "Maya Okafor 2026-11-26 home visit"


def test_batch_offline_with_private_logs(tmp_path, samples, monkeypatch):
    monkeypatch.setenv("SCRIBE_PROFILE_DIR", str(tmp_path / "profiles"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "cfg"))
    uploads = tmp_path / "uploads"
    uploads.mkdir()
    data, rate = sf.read(samples[0], frames=40 * 16000)
    sf.write(uploads / f"{NAME}.flac", data, rate)
    (tmp_path / "config.toml").write_text(CONFIG)
    attempts = block_network(monkeypatch)

    r = CliRunner().invoke(main, ["-v", "batch", str(uploads), "-o", str(tmp_path / "out"),
                                  "--config", str(tmp_path / "config.toml"), "--no-progress"])
    assert r.exit_code == 0, r.output + r.stderr
    assert attempts == [], attempts

    folder = tmp_path / "out" / NAME
    transcript = json.loads((folder / "transcript.json").read_text())
    note = json.loads((folder / "note.json").read_text())
    secrets = [NAME, "Maya Okafor", f"{NAME}.flac"]
    secrets += [s["text"].strip() for s in transcript["segments"] if len(s["text"].strip()) >= 12]
    secrets += [t["text"] for t in sample_reference(samples[0])["turns"] if len(t["text"]) >= 12]
    secrets += [i["text"] for s in note["sections"] for i in s["items"] if len(i["text"]) >= 12]
    assert len(secrets) > 10

    order = ["DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"]
    logged = [line for line in r.stderr.splitlines()
              if any(f" {lvl} " in line[:30] for lvl in order[1:])]
    assert any(" DEBUG " in line[:30] for line in r.stderr.splitlines())  # -v produced debug lines too
    assert len(logged) > 5
    for line in logged:
        for secret in secrets:
            assert secret not in line, line
    for path in (tmp_path / "out").rglob("*"):
        mode = stat.S_IMODE(path.stat().st_mode)
        assert mode == (0o700 if path.is_dir() else 0o600), path
