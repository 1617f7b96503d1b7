"""The embedded diarizer's speaker count (eigengap cap) and pitch split, on synthetic embeddings and pitches.

No audio and no model: units are 2.5 s regions whose embeddings are drawn around chosen voice centres, so
each test sets how alike two voices are and checks the clustering steps (3 to 5) alone."""

from __future__ import annotations

import numpy as np
import pytest

from pipeline.diarize.embedded import EmbeddedDiarizer, eigengap_count, span_f0, split_by_pitch
from pipeline.errors import ConfigError

DIM = 256


def _centres(cos: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """Unit vectors whose pairwise cosines are ``cos`` (a positive definite matrix)."""
    basis = np.linalg.qr(rng.standard_normal((DIM, len(cos))))[0].T  # orthonormal rows
    return np.linalg.cholesky(cos) @ basis


def _draw(centre: np.ndarray, n: int, spread: float, rng: np.random.Generator) -> np.ndarray:
    x = centre + spread * rng.standard_normal((n, DIM)) / np.sqrt(DIM)
    return (x / np.linalg.norm(x, axis=1, keepdims=True)).astype(np.float32)


def _session(groups: list[np.ndarray], rng: np.random.Generator, unit: float = 2.5):
    """Regions of one unit each (a 0.5 s pause between), the groups' units shuffled in time."""
    emb = np.concatenate(groups)
    owner = np.concatenate([np.full(len(g), i) for i, g in enumerate(groups)])
    order = rng.permutation(len(emb))
    emb, owner = emb[order], owner[order]
    spans = [(i * (unit + 0.5), i * (unit + 0.5) + unit) for i in range(len(emb))]
    return spans, emb, owner


def _speakers(d: EmbeddedDiarizer, spans, emb, pitch=None, lo: int = 1, hi: int = 10) -> int:
    turns = d.turns_from_embeddings(spans[-1][1] + 1.0, spans, spans, emb, spans, emb, lo, hi, pitch=pitch)
    return len({t.speaker for t in turns})


def _diarizer(**kw) -> EmbeddedDiarizer:
    return EmbeddedDiarizer(encoder=object(), **kw)  # no encoder needed: embeddings are given


def test_eigengap_counts_separate_groups():
    rng = np.random.default_rng(0)
    for k in (1, 2, 3, 5):
        c = _centres(np.eye(k) * 0.7 + 0.3, rng)  # voices 0.3 alike
        sizes = rng.integers(15, 40, size=k)
        x = np.concatenate([_draw(c[i], int(sizes[i]), 0.5, rng) for i in range(k)])
        assert eigengap_count(x, 10) == k


def test_eigengap_count_caps_the_threshold_count(monkeypatch):
    """Three tight groups, two of them 0.75 alike (average linkage at 0.725 keeps them apart, the ratio
    test does not merge them): three speakers by the threshold; an eigengap estimate of 2 caps the count
    at 2 and the two closest groups become one speaker; never below what the caller asks."""
    import pipeline.diarize.embedded as embedded

    rng = np.random.default_rng(1)
    c = _centres(np.array([[1.0, 0.75, 0.25], [0.75, 1.0, 0.25], [0.25, 0.25, 1.0]]), rng)
    spans, emb, owner = _session([_draw(c[0], 30, 0.3, rng), _draw(c[1], 30, 0.3, rng),
                                  _draw(c[2], 30, 0.3, rng)], rng)
    assert _speakers(_diarizer(count_cap="none"), spans, emb) == 3
    assert _speakers(_diarizer(), spans, emb) == 3  # the eigengap itself sees three groups here
    seen = []
    monkeypatch.setattr(embedded, "eigengap_count", lambda x, k: seen.append((len(x), k)) or 2)
    turns = _diarizer().turns_from_embeddings(spans[-1][1] + 1.0, spans, spans, emb, spans, emb, 1, 10)
    assert seen == [(90, 10)] and len({t.speaker for t in turns}) == 2
    mid = np.array([(s + e) / 2 for s, e in spans])
    got = np.array([next(t.speaker for t in turns if t.start <= m <= t.end) for m in mid])
    assert len(set(got[owner < 2])) == 1 and not set(got[owner < 2]) & set(got[owner == 2])
    assert _speakers(_diarizer(), spans, emb, lo=3) == 3  # min_speakers wins over the estimate
    assert _speakers(_diarizer(count_cap="none"), spans, emb) == 3 and len(seen) == 2


def test_eigengap_cap_keeps_distinct_voices_and_leaves_a_given_count_alone():
    rng = np.random.default_rng(2)
    c = _centres(np.eye(3) * 0.6 + 0.4, rng)
    spans, emb, _ = _session([_draw(c[i], 25, 0.3, rng) for i in range(3)], rng)
    assert _speakers(_diarizer(), spans, emb) == 3
    assert _speakers(_diarizer(), spans, emb, lo=3, hi=3) == 3
    # too few units to trust an eigengap: the threshold's count stands
    few = _diarizer(eigengap_min_units=10_000)
    assert _speakers(few, spans, emb) == 3


def _child_in_adult(rng, alike: float):
    c = _centres(np.array([[1.0, alike, 0.2], [alike, 1.0, 0.2], [0.2, 0.2, 1.0]]), rng)
    adult, child, other = _draw(c[0], 40, 0.3, rng), _draw(c[1], 12, 0.3, rng), _draw(c[2], 30, 0.3, rng)
    spans, emb, owner = _session([adult, child, other], rng)
    f0 = np.where(owner == 1, 300.0, np.where(owner == 0, 150.0, 120.0)) + rng.normal(0, 10, len(owner))
    return spans, emb, owner, f0


def test_pitch_split_separates_a_child_merged_into_an_adult():
    rng = np.random.default_rng(3)
    spans, emb, owner, f0 = _child_in_adult(rng, 0.82)  # average linkage merges them (0.82 x ~0.92 > 0.725)
    assert _speakers(_diarizer(count_cap="none"), spans, emb) == 2  # the old code: child inside the adult
    d = _diarizer(count_cap="none", split="pitch")
    turns = d.turns_from_embeddings(spans[-1][1] + 1.0, spans, spans, emb, spans, emb, 1, 10, pitch=(f0, f0))
    assert len({t.speaker for t in turns}) == 3
    # the child's units are one speaker, none of the adult's
    mid = np.array([(s + e) / 2 for s, e in spans])
    got = np.array([next(t.speaker for t in turns if t.start <= m <= t.end) for m in mid])
    child = set(got[owner == 1])
    assert len(child) == 1 and not child & set(got[owner == 0])


def test_pitch_split_keeps_one_voice_whose_pitch_swings():
    """One voice with two pitch modes (as some synthetic voices on dev): embeddings alike across the two
    modes, so no split; and a given speaker count is never split."""
    rng = np.random.default_rng(4)
    c = _centres(np.array([[1.0, 0.2], [0.2, 1.0]]), rng)
    spans, emb, owner = _session([_draw(c[0], 50, 0.3, rng), _draw(c[1], 30, 0.3, rng)], rng)
    f0 = np.where(owner == 0, np.where(rng.random(len(owner)) < 0.5, 300.0, 100.0), 120.0)
    d = _diarizer(split="pitch")
    assert _speakers(d, spans, emb, pitch=(f0, f0)) == 2
    spans2, emb2, owner2, f02 = _child_in_adult(np.random.default_rng(3), 0.82)
    assert _speakers(_diarizer(count_cap="none", split="pitch"), spans2, emb2, pitch=(f02, f02), lo=2, hi=2) == 2


def test_pitch_split_needs_enough_speech_on_each_side():
    rng = np.random.default_rng(5)
    c = _centres(np.array([[1.0, 0.5], [0.5, 1.0]]), rng)
    x = np.concatenate([_draw(c[0], 20, 0.3, rng), _draw(c[1], 1, 0.3, rng)])
    f0 = np.r_[np.full(20, 150.0), 300.0]
    labels, pairs = split_by_pitch(x, np.full(21, 2.5), np.zeros(21, dtype=int), f0, min_size=4.0)
    assert pairs == [] and labels.max() == 0
    labels, pairs = split_by_pitch(x, np.full(21, 5.0), np.zeros(21, dtype=int), f0, min_size=4.0)
    assert pairs == [(0, 1)] and labels[-1] == 1 and labels[:20].max() == 0


def test_span_f0_of_a_tone_and_of_silence():
    import librosa

    t = np.arange(32000) / 16000
    x = np.r_[0.3 * np.sin(2 * np.pi * 300 * t[:16000]), np.zeros(16000)].astype(np.float32)
    f0 = librosa.yin(x, fmin=60, fmax=500, sr=16000, frame_length=1024, hop_length=256)
    rms = librosa.feature.rms(y=x, frame_length=1024, hop_length=256, center=True)[0]
    got = span_f0((f0, rms), [(0.1, 0.9), (1.2, 1.9)])
    assert abs(got[0] - 300) < 5 and np.isnan(got[1])


@pytest.mark.parametrize("kw", [{"count_cap": "spectral"}, {"split": "f0"},
                                {"pitch_low_max": 260.0}, {"pitch_label_min": 200.0}])
def test_bad_options_are_config_errors(kw):
    with pytest.raises(ConfigError):
        _diarizer(**kw)
