"""The embedded diarizer (Silero VAD + GE2E encoder + clustering) and its encoder, on real audio."""

from __future__ import annotations

import importlib.util
import warnings

import numpy as np
import pytest
from conftest import SAMPLES, sample_reference

from pipeline.audio import load
from pipeline.diarize import make_diarizer
from pipeline.diarize.embedded import EmbeddedDiarizer, speaker_bounds
from pipeline.diarize.encoder import SpeakerEncoder, mel_spectrogram
from pipeline.errors import ConfigError, ModelError
from pipeline.evaluate.der import read_rttm, score_file
from pipeline.schema import Audio
from pipeline.stages import Diarizer

# ot_session_01 measured 2.3 % DER with the defaults (benchmarks/diarization.md); the margin
# leaves room for small numeric differences between machines.
SESSION_01_DER_BOUND = 0.04
# sample.wav measured 13.0 % (2 speakers, telephone, 8 % of it overlapping speech).
SAMPLE_WAV_DER_BOUND = 0.16


@pytest.fixture(scope="module")
def encoder() -> SpeakerEncoder:
    return SpeakerEncoder()


@pytest.fixture(scope="module")
def diarizer(encoder) -> EmbeddedDiarizer:
    return EmbeddedDiarizer(encoder=encoder)


@pytest.fixture(scope="module")
def session01() -> Audio:
    return load(SAMPLES / "ot_session_01.flac")


def _audio(x: np.ndarray) -> Audio:
    return Audio(samples=x.astype(np.float32), sample_rate=16000, duration=len(x) / 16000, sha256="0" * 64)


def test_encoder_matches_resemblyzer(encoder, session01):
    with warnings.catch_warnings():  # resemblyzer's imports warn about deprecated modules
        warnings.simplefilter("ignore")
        from resemblyzer import VoiceEncoder
        from resemblyzer.audio import normalize_volume, wav_to_mel_spectrogram
    x = session01.samples[int(0.6 * 16000): int(14.6 * 16000)]  # two therapist turns and the child
    assert np.allclose(mel_spectrogram(x), wav_to_mel_spectrogram(x), rtol=1e-4, atol=1e-7)
    theirs = VoiceEncoder("cpu", verbose=False).embed_utterance(normalize_volume(x, -30, increase_only=True))
    ours = encoder.embed(x)
    assert ours.shape == (256,) and abs(float(np.linalg.norm(ours)) - 1.0) < 1e-5
    assert float(ours @ theirs) > 1 - 1e-3


def test_embed_windows_batches_any_lengths(encoder, session01):
    wins = [(0.6, 2.6), (4.4, 5.0), (7.2, 8.0), (0.6, 2.6), (7.2, 14.0)]
    emb = encoder.embed_windows(session01.samples, wins)
    assert emb.shape == (5, 256) and np.allclose(np.linalg.norm(emb, axis=1), 1.0, atol=1e-5)
    assert np.allclose(emb[0], emb[3], atol=1e-5)  # batching does not change a window's embedding
    single = encoder.embed_windows(session01.samples, [(4.4, 5.0)])
    assert np.allclose(single[0], emb[1], atol=1e-4)
    assert encoder.embed_windows(session01.samples, []).shape == (0, 256)


def test_missing_weights_are_a_model_error(monkeypatch):
    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec",
                        lambda name, *a: None if name == "resemblyzer" else real(name, *a))
    with pytest.raises(ModelError, match="pip install resemblyzer"):
        SpeakerEncoder()


def test_factory_and_protocol(encoder):
    d = make_diarizer("embedded", encoder=encoder)
    assert isinstance(d, Diarizer) and d.name == "embedded"
    with pytest.raises(ConfigError):
        make_diarizer("nope")
    with pytest.raises(ConfigError):
        EmbeddedDiarizer(window=0.01, encoder=encoder)
    assert speaker_bounds(None, None, None, 10) == (1, 10)
    assert speaker_bounds(3, None, None, 10) == (3, 3)
    assert speaker_bounds(None, 2, 4, 10) == (2, 4)
    with pytest.raises(ConfigError):
        speaker_bounds(None, 5, 2, 10)
    with pytest.raises(ConfigError):
        speaker_bounds(0, None, None, 10)


def test_session_finds_three_speakers(diarizer, session01):
    d = diarizer.diarize(session01)
    assert len(d.speakers) == 3
    assert d.turns[0].speaker == "SPEAKER_00"
    order = list(dict.fromkeys(t.speaker for t in d.turns))
    assert order == [f"SPEAKER_{i:02d}" for i in range(3)]  # named by first appearance
    for a, b in zip(d.turns, d.turns[1:]):  # exclusive, in time order
        assert a.end <= b.start and a.start < a.end
    ref = read_rttm(SAMPLES / "ot_session_01.rttm")["ot_session_01"]
    s = score_file("ot_session_01", ref, d, session01.duration)
    assert s.der < SESSION_01_DER_BOUND, s
    assert d.model["backend"] == "embedded" and d.model["threshold"] == diarizer.threshold
    emb = diarizer.speaker_embeddings(session01, d)
    assert set(emb) == set(d.speakers)
    v = np.stack([emb[k] for k in d.speakers])
    assert np.allclose(np.linalg.norm(v, axis=1), 1.0, atol=1e-5)
    sim = v @ v.T
    assert (sim[~np.eye(3, dtype=bool)] < 0.95).all()  # three different voices


def test_num_speakers_is_respected(diarizer, session01):
    clip = _audio(session01.samples[: 60 * 16000])
    assert len(diarizer.diarize(clip, num_speakers=2).speakers) == 2
    assert len(diarizer.diarize(clip, num_speakers=1).speakers) == 1
    assert len(diarizer.diarize(clip, max_speakers=1).speakers) == 1


def test_one_voice_is_one_speaker(diarizer, session01):
    ref = sample_reference(SAMPLES / "ot_session_01.flac")
    x = session01.samples
    pieces = []
    for t in ref["turns"]:
        if t["speaker"] == "CAREGIVER":
            pieces += [x[int(t["start"] * 16000): int(t["end"] * 16000)], np.zeros(8000, np.float32)]
    d = diarizer.diarize(_audio(np.concatenate(pieces)))
    assert len(d.speakers) == 1 and d.turns


def test_silence_is_empty(diarizer):
    d = diarizer.diarize(_audio(np.zeros(5 * 16000)))
    assert d.turns == () and d.speakers == ()
    noise = np.random.default_rng(0).normal(0, 1e-4, 3 * 16000)
    assert diarizer.diarize(_audio(noise)).turns == ()


def test_sample_wav_two_speakers(diarizer, shared_data):
    path = shared_data / "audio" / "sample.wav"
    if not path.is_file():
        pytest.skip("sample.wav is absent")
    a = load(path)
    d = diarizer.diarize(a)
    s = score_file("sample", read_rttm(shared_data / "audio" / "sample.rttm")["sample"], d, a.duration)
    assert s.hypothesis_speakers == 2 and s.der < SAMPLE_WAV_DER_BOUND, s
