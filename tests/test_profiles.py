import stat

import numpy as np
import pytest

from pipeline import profiles
from pipeline.errors import AudioError, ConfigError
from pipeline.schema import Audio, Diarization, SpeakerTurn


class FakeEncoder:
    """Embeds a window by the mean sign of its samples: two 'voices' = +x and -x signals."""

    name = "fake"

    def embed_windows(self, samples, windows):
        out = []
        for s, e in windows:
            v = np.zeros(256, np.float32)
            v[0 if samples[int(s * 16000): int(e * 16000)].mean() > 0 else 1] = 1.0
            out.append(v)
        return np.stack(out)


def _audio():
    x = np.concatenate([np.full(16000 * 10, 0.1), np.full(16000 * 10, -0.1)]).astype(np.float32)
    return Audio(samples=x, sample_rate=16000, duration=20.0, sha256="ab" * 32)


@pytest.fixture(autouse=True)
def folder(tmp_path, monkeypatch):
    monkeypatch.setenv("SCRIBE_PROFILE_DIR", str(tmp_path / "profiles"))
    return tmp_path / "profiles"


def test_enroll_store_private_and_match(folder):
    a = _audio()
    p = profiles.enroll("Ms Lee", a, FakeEncoder(), [(0.0, 10.0)])
    assert p.parent == folder and stat.S_IMODE(p.stat().st_mode) == 0o600
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    loaded = profiles.load_profiles()
    assert list(loaded) == ["Ms Lee"]
    d = Diarization((SpeakerTurn(0, 10, "SPEAKER_00"), SpeakerTurn(10, 20, "SPEAKER_01")))
    emb = profiles.speaker_embeddings(FakeEncoder(), a, d)
    sims = profiles.match(emb, loaded)
    assert sims["SPEAKER_00"] == ("Ms Lee", pytest.approx(1.0))
    assert sims["SPEAKER_01"][1] == pytest.approx(0.0)
    assert [r["name"] for r in profiles.list_profiles()] == ["Ms Lee"]
    assert profiles.remove_profile("ms lee") and profiles.load_profiles() == {}


def test_too_little_speech_is_refused():
    with pytest.raises(AudioError, match="at least 8 s"):
        profiles.enroll("Ms Lee", _audio(), FakeEncoder(), [(0.0, 3.0)])


def test_unknown_therapist_is_a_config_error():
    profiles.enroll("Ms Lee", _audio(), FakeEncoder(), [(0.0, 10.0)])
    assert list(profiles.load_profiles("MS LEE")) == ["Ms Lee"]
    with pytest.raises(ConfigError, match="no voice profile named 'Dr Who'"):
        profiles.load_profiles("Dr Who")
