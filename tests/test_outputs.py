import json
import os
import stat

import pytest

from pipeline import outputs
from pipeline.errors import OutputError
from pipeline.schema import Segment, Transcript, Word


def _t(speaker=None, speakers=()):
    segs = (
        Segment("seg-0001", 1.25, 3.5, "Show me your tripod grasp.", speaker,
                (Word(1.25, 1.6, "Show", 0.9),)),
        Segment("seg-0002", 3661.0, 3662.004, "Okay!", speaker),
    )
    return Transcript(segments=segs, language="en", duration=3663.0, speakers=speakers)


def test_srt_and_vtt_timestamps_and_text():
    srt = outputs.to_srt(_t())
    assert "1\n00:00:01,250 --> 00:00:03,500\nShow me your tripod grasp.\n" in srt
    assert "2\n01:01:01,000 --> 01:01:02,004\nOkay!\n" in srt
    vtt = outputs.to_vtt(_t())
    assert vtt.startswith("WEBVTT\n")
    assert "seg-0001\n00:00:01.250 --> 00:00:03.500\nShow me your tripod grasp.\n" in vtt


def test_speaker_labels_use_roles_when_known():
    t = _t("SPK_0", speakers=({"id": "SPK_0", "role": "therapist"},))
    assert "THERAPIST: Show me" in outputs.to_txt(t)
    assert "<v THERAPIST>Show me" in outputs.to_vtt(t)


def test_txt_has_one_line_per_segment():
    lines = outputs.to_txt(_t()).splitlines()
    assert lines == ["[00:00:01] Show me your tripod grasp.", "[01:01:01] Okay!"]


def test_write_transcript_is_complete_and_private(tmp_path):
    folder = tmp_path / "out" / "rec"
    paths = outputs.write_transcript(_t(), folder)
    assert sorted(p.name for p in paths) == ["transcript.json", "transcript.srt", "transcript.txt",
                                             "transcript.vtt"]
    assert paths[-1].name == "transcript.json"  # written last: marks a complete set
    for p in paths:
        assert stat.S_IMODE(p.stat().st_mode) == 0o600
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert outputs.read_transcript(folder / "transcript.json") == _t()
    assert not [p for p in folder.iterdir() if p.name.startswith(".")]


def test_atomic_write_leaves_old_file_intact_when_rename_fails(tmp_path, monkeypatch):
    target = tmp_path / "transcript.json"
    outputs.atomic_write(target, json.dumps({"v": 1}))

    def boom(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", boom)
    with pytest.raises(OutputError, match="No space left"):
        outputs.atomic_write(target, json.dumps({"v": 2}))
    assert json.loads(target.read_text()) == {"v": 1}
    assert [p.name for p in tmp_path.iterdir()] == ["transcript.json"]  # temp file removed


def test_atomic_write_crash_mid_write_leaves_no_final_file(tmp_path, monkeypatch):
    target = tmp_path / "transcript.txt"
    real_fsync = os.fsync

    def crash(fd):
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(os, "fsync", crash)
    with pytest.raises(OutputError):
        outputs.atomic_write(target, "partial")
    monkeypatch.setattr(os, "fsync", real_fsync)
    assert not target.exists()
    assert list(tmp_path.iterdir()) == []
