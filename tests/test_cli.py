"""The CLI with a fake transcriber: per-file isolation, exit codes, private logs."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline import __version__, runner
from pipeline.cli import main

LOG_LINE = re.compile(r"^\d\d:\d\d:\d\d (DEBUG|INFO|WARNING|ERROR|CRITICAL) pipeline")


@pytest.fixture
def cli(monkeypatch, fake_transcriber, fake_diarizer, tmp_path):
    monkeypatch.setattr(runner, "make_transcriber", lambda *a, **k: fake_transcriber)
    monkeypatch.setattr(runner, "make_diarizer", lambda *a, **k: fake_diarizer)
    monkeypatch.setenv("SCRIBE_PROFILE_DIR", str(tmp_path / "profiles"))
    monkeypatch.setenv("XDG_CONFIG_HOME", "/nonexistent")
    return CliRunner()


def _logs(stderr: str, level: str = "INFO") -> list[str]:
    order = ["DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"]
    out = []
    for line in stderr.splitlines():
        m = LOG_LINE.match(line)
        if m and order.index(m.group(1)) >= order.index(level):
            out.append(line)
    return out


def test_version():
    r = CliRunner().invoke(main, ["--version"])
    assert r.exit_code == 0 and __version__ in r.output


def test_transcribe_writes_all_formats(cli, tone_wav, tmp_path, fake_transcriber):
    fake_transcriber.enqueue((0.1, 1.2, "Squeeze the theraputty Maya"))
    out = tmp_path / "out"
    r = cli.invoke(main, ["transcribe", str(tone_wav), "-o", str(out)])
    assert r.exit_code == 0, r.output + r.stderr
    folder = out / "tone"
    data = json.loads((folder / "transcript.json").read_text())
    assert data["segments"][0]["id"] == "seg-0001"
    assert data["segments"][0]["speaker"] == "SPEAKER_00"
    assert [sp["id"] for sp in data["speakers"]] == ["SPEAKER_00"]
    assert data["speakers"][0]["role"] in ("therapist", "child", "caregiver")
    assert data["models"]["diarization"] == {"backend": "fake"}
    assert (folder / "diarization.rttm").read_text().startswith("SPEAKER tone 1 0.000 2.000 <NA> <NA> ")
    assert data["audio"]["duration"] == pytest.approx(2.0, abs=0.01)
    assert len(data["audio"]["sha256"]) == 64
    assert data["models"]["asr"]["backend"] == "fake"
    for ext in ("txt", "srt", "vtt"):
        assert "theraputty" in (folder / f"transcript.{ext}").read_text()


def test_bad_file_fails_alone_with_one_line(cli, tone_wav, tmp_path):
    empty = tmp_path / "empty.wav"
    empty.write_bytes(b"")
    junk = tmp_path / "junk.wav"
    junk.write_bytes(bytes(range(256)) * 40)
    out = tmp_path / "out"
    r = cli.invoke(main, ["transcribe", str(empty), str(tone_wav), str(junk),
                          str(tmp_path / "missing.mp3"), "-o", str(out)])
    assert r.exit_code == 1
    assert (out / "tone" / "transcript.json").is_file()
    errors = [ln for ln in r.stderr.splitlines() if "] error: " in ln]
    assert len(errors) == 3
    assert "empty.wav" in errors[0] and "empty" in errors[0].split("empty.wav:")[1]
    assert "missing.mp3" in errors[2] and "not found" in errors[2]
    assert "Traceback" not in r.stderr
    assert "3 of 4 recordings failed" in r.stderr


def test_logs_hold_no_names_or_text(cli, tone_wav, tmp_path, fake_transcriber):
    secret = tmp_path / "Maya Lopez session.wav"
    secret.write_bytes(tone_wav.read_bytes())
    fake_transcriber.enqueue((0.1, 1.0, "Maya did four of five buttons"))
    bad = tmp_path / "Leo Smith.wav"
    bad.write_bytes(b"RIFF")
    r = cli.invoke(main, ["--verbose", "transcribe", str(secret), str(bad), "-o", str(tmp_path / "o")])
    assert r.exit_code == 1
    info = _logs(r.stderr, "INFO")
    assert info, "expected progress logs"
    joined = "\n".join(info)
    for forbidden in ("Maya", "Lopez", "Leo", "Smith", "buttons", str(tmp_path)):
        assert forbidden not in joined


def test_same_stem_twice_gets_two_folders(cli, tone_wav, tmp_path):
    other = tmp_path / "sub"
    other.mkdir()
    import numpy as np
    import soundfile as sf

    sf.write(other / "tone.wav", np.zeros(8000, np.float32) + 0.1, 16000)
    out = tmp_path / "out"
    r = cli.invoke(main, ["transcribe", str(tone_wav), str(other / "tone.wav"), "-o", str(out)])
    assert r.exit_code == 0, r.stderr
    assert len([p for p in out.iterdir() if (p / "transcript.json").is_file()]) == 2


def test_config_error_exit_code(cli, tone_wav, tmp_path):
    cfg = tmp_path / "bad.toml"
    cfg.write_text("[asr]\nbeam_size = 'x'\n")
    r = cli.invoke(main, ["transcribe", str(tone_wav), "-o", str(tmp_path / "o"), "--config", str(cfg)])
    assert r.exit_code == 2 and "bad value" in r.stderr


def test_unavailable_model_is_one_line_exit_4(monkeypatch, tone_wav, tmp_path):
    monkeypatch.setenv("HF_HOME", str(tmp_path / "hf"))
    r = CliRunner().invoke(main, ["transcribe", str(tone_wav), "-o", str(tmp_path / "o"),
                                  "--model", "large-v3"])
    assert r.exit_code == 4
    assert r.stderr.strip().splitlines()[-1].startswith("scribe: error: model 'large-v3' is not available")


def test_models_list(cli):
    r = cli.invoke(main, ["models", "list"])
    assert r.exit_code == 0 and "tiny.en" in r.output and "--allow-download" in r.output


def test_english_only_model_with_other_language_stops_once(tone_wav, tmp_path):
    r = CliRunner().invoke(main, ["transcribe", str(tone_wav), str(tone_wav), "-o", str(tmp_path / "o"),
                                  "--model", "tiny.en", "--language", "fr"])
    assert r.exit_code == 2
    assert "English-only" in r.stderr
    assert r.stderr.count("English-only") == 1


def test_no_diarize_leaves_speakers_null(cli, tone_wav, tmp_path):
    out = tmp_path / "out"
    r = cli.invoke(main, ["transcribe", str(tone_wav), "-o", str(out), "--no-diarize"])
    assert r.exit_code == 0, r.stderr
    data = json.loads((out / "tone" / "transcript.json").read_text())
    assert data["segments"][0]["speaker"] is None and data["speakers"] == []
    assert not (out / "tone" / "diarization.rttm").exists()


def test_roles_and_names_reach_every_output(cli, tone_wav, tmp_path, fake_transcriber, fake_diarizer):
    fake_transcriber.enqueue(
        (0.0, 0.9, "Now pinch the theraputty. Good job, four out of five independently."),
        (1.0, 1.9, "I did it! Look mommy!"),
    )
    fake_diarizer.queue.append([(0.0, 0.95, "SPEAKER_00"), (0.95, 2.0, "SPEAKER_01")])
    out = tmp_path / "out"
    r = cli.invoke(main, ["transcribe", str(tone_wav), "-o", str(out), "--speakers", "child=Maya"])
    assert r.exit_code == 0, r.stderr
    folder = out / "tone"
    data = json.loads((folder / "transcript.json").read_text())
    roles = {sp["id"]: sp["role"] for sp in data["speakers"]}
    assert roles == {"SPEAKER_00": "therapist", "SPEAKER_01": "child"}
    assert all(0.0 <= sp["confidence"] <= 1.0 for sp in data["speakers"])
    assert "THERAPIST: Now pinch" in (folder / "transcript.txt").read_text()
    assert "CHILD (Maya): I did it!" in (folder / "transcript.srt").read_text()
    assert "<v THERAPIST>Now pinch" in (folder / "transcript.vtt").read_text()
    rttm = (folder / "diarization.rttm").read_text().splitlines()
    assert [ln.split()[7] for ln in rttm] == ["THERAPIST", "CHILD"]
    assert "Maya" not in "".join(rttm)


def test_bad_speakers_option(cli, tone_wav, tmp_path):
    r = cli.invoke(main, ["transcribe", str(tone_wav), "-o", str(tmp_path / "o"), "--speakers", "Maya"])
    assert r.exit_code == 2 and "ID=NAME" in r.stderr
