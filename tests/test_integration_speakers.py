"""Real models end to end: tiny.en + the embedded diarizer + roles, with and without enrollment."""

from __future__ import annotations

import numpy as np
import pytest
from conftest import sample_reference

from pipeline import profiles
from pipeline.asr.faster_whisper import FasterWhisperTranscriber
from pipeline.audio import load
from pipeline.config import AsrSettings, Settings
from pipeline.diarize.embedded import EmbeddedDiarizer
from pipeline.diarize.encoder import SpeakerEncoder
from pipeline.runner import Runner
from pipeline.schema import Audio

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def asr_done(samples):
    """Each sample decoded and transcribed once (tiny.en), reused by the tests below."""
    t = FasterWhisperTranscriber(AsrSettings(model="tiny.en", device="cpu"))
    out = {}
    for s in samples:
        a = load(s)
        out[s] = (a, t.transcribe(a))
    return out


@pytest.fixture(scope="module")
def parts():
    return EmbeddedDiarizer(), SpeakerEncoder()


def _check_roles(flac, transcript, diarization):
    ref = sample_reference(flac)
    role_of = {sp["id"]: sp["role"] for sp in ref["speakers"]}
    overlap: dict[str, dict[str, float]] = {}
    for t in diarization.turns:
        for r in ref["turns"]:
            o = min(t.end, r["end"]) - max(t.start, r["start"])
            if o > 0:
                d = overlap.setdefault(t.speaker, {})
                d[role_of[r["speaker"]]] = d.get(role_of[r["speaker"]], 0.0) + o
    labelled = {sp["id"]: sp["role"] for sp in transcript.speakers}
    for spk, by_role in overlap.items():
        true_role = max(by_role, key=by_role.get)
        seconds = sum(by_role.values())
        if seconds >= 3.0:  # a real speaker, not a stray island
            assert labelled[spk] == true_role, (flac.name, spk, labelled, overlap)
    found = {labelled[s] for s, v in overlap.items() if sum(v.values()) >= 3.0}
    assert {"therapist", "child", "caregiver"} <= found


def test_roles_without_enrollment(samples, asr_done, parts, tmp_path, monkeypatch):
    monkeypatch.setenv("SCRIBE_PROFILE_DIR", str(tmp_path / "none"))
    runner = Runner(Settings(), transcriber=object(), diarizer=parts[0], encoder=parts[1])
    for s in samples:
        audio, transcript = asr_done[s]
        diarization = runner.diarize(audio)
        out = runner.label(audio, transcript, diarization)
        assert all(seg.speaker is not None for seg in out.segments)
        _check_roles(s, out, diarization)


def _therapist_audio(flac) -> Audio:
    ref = sample_reference(flac)
    a = load(flac)
    pieces = [a.samples[int(t["start"] * 16000): int(t["end"] * 16000)]
              for t in ref["turns"] if t["speaker"] == "THERAPIST"]
    x = np.concatenate(pieces)
    return Audio(samples=x, sample_rate=16000, duration=len(x) / 16000, sha256="0" * 64)


def test_roles_with_enrollment(samples, asr_done, parts, tmp_path, monkeypatch):
    monkeypatch.setenv("SCRIBE_PROFILE_DIR", str(tmp_path / "profiles"))
    # enroll the therapist's voice from one session; use it on the others
    enroll_from = samples[-1]
    a = _therapist_audio(enroll_from)
    profiles.enroll("Ms Lee", a, parts[1], [(0.0, a.duration)])
    runner = Runner(Settings(), transcriber=object(), diarizer=parts[0], encoder=parts[1])
    for s in samples[:-1]:
        audio, transcript = asr_done[s]
        diarization = runner.diarize(audio)
        out = runner.label(audio, transcript, diarization)
        _check_roles(s, out, diarization)
        therapist = [sp for sp in out.speakers if sp["role"] == "therapist"]
        assert len(therapist) == 1 and therapist[0]["evidence"]["enrolled_profile"] == "Ms Lee"
        others = [sp for sp in out.speakers if sp["role"] != "therapist"]
        assert all(sp["evidence"]["profile_similarity"] < 0.90 for sp in others)
