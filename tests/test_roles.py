"""Roles from the reference turns of the committed samples (the diarizer is tested elsewhere)."""

import numpy as np
import pytest

from conftest import sample_reference
from pipeline import roles
from pipeline.audio import load
from pipeline.schema import Diarization, Segment, SpeakerTurn, Transcript


def _reference(flac):
    ref = sample_reference(flac)
    anon = {sp["id"]: f"SPEAKER_{k:02d}" for k, sp in enumerate(ref["speakers"])}
    truth = {anon[sp["id"]]: sp["role"] for sp in ref["speakers"]}
    d = Diarization(tuple(SpeakerTurn(t["start"], t["end"], anon[t["speaker"]]) for t in ref["turns"]))
    t = Transcript(segments=tuple(
        Segment(f"seg-{k + 1:04d}", x["start"], x["end"], x["text"], anon[x["speaker"]])
        for k, x in enumerate(ref["turns"])), language="en")
    return t, d, truth


def test_roles_right_on_every_sample(samples):
    for flac in samples:
        t, d, truth = _reference(flac)
        out = roles.label(t, d, load(flac))
        assert {s["id"]: s["role"] for s in out} == truth, flac.name
        assert all(s["confidence"] > 0.9 for s in out)
        assert {s["label"] for s in out} == {"THERAPIST", "CHILD", "CAREGIVER"}


def test_child_pitch_is_highest(samples):
    t, d, truth = _reference(samples[0])
    stats = roles.speaker_stats(t, d, load(samples[0]))
    f0 = {truth[k]: v.f0_hz for k, v in stats.items()}
    assert f0["child"] > f0["therapist"] > f0["caregiver"]


def test_enrolled_profile_overrides_text_cues(samples):
    t, d, truth = _reference(samples[0])
    caregiver = next(k for k, v in truth.items() if v == "caregiver")
    sims = {k: ("Ms Lee", 0.95 if k == caregiver else 0.3) for k in truth}
    out = {s["id"]: s for s in roles.label(t, d, None, similarities=sims)}
    assert out[caregiver]["role"] == "therapist"
    assert out[caregiver]["evidence"]["enrolled_profile"] == "Ms Lee"
    below = {k: ("Ms Lee", 0.5) for k in truth}
    out = {s["id"]: s for s in roles.label(t, d, None, similarities=below)}
    assert out[caregiver]["role"] == "caregiver"


def test_names_and_empty():
    assert roles.label(Transcript(segments=(), language="en"), Diarization(())) == ()
    d = Diarization((SpeakerTurn(0, 1, "SPEAKER_00"),))
    t = Transcript(segments=(Segment("seg-0001", 0, 1, "Now try again, good job.", "SPEAKER_00"),), language="en")
    out = roles.label(t, d, None, names={"therapist": "Ms Lee"})
    assert out[0]["role"] == "therapist" and out[0]["name"] == "Ms Lee"


def test_median_f0_of_a_tone():
    sr = 16000
    x = (0.3 * np.sin(2 * np.pi * 220 * np.arange(sr * 2) / sr)).astype(np.float32)
    assert roles.median_f0(x, sr) == pytest.approx(220, rel=0.03)


def test_warm_up_finds_the_pitch_of_a_tone():
    # make install and the Dockerfile call it to compile librosa's numba kernels ahead of the first run
    assert roles.warm_up() == pytest.approx(220.0, abs=3.0)


def _stats(sid, seconds, f0, interpret=0.0, home=0.0):
    return roles.SpeakerStats(id=sid, seconds=seconds, share=0.1, segments=5, words=30, f0_hz=f0, instruct=0.0,
                              clinical=0.0, praise=0.0, questions=0.0, home=home, child_words=0.1,
                              words_per_segment=6.0, interpret=interpret)


def test_a_speaker_left_over_is_a_sibling_a_second_caregiver_or_other():
    sib = _stats("S", 10.0, 300.0)
    assert roles.extra_role(sib, roles.role_scores(sib)) == "child"
    adult = _stats("A", 10.0, 120.0, home=0.2)
    assert roles.extra_role(adult, roles.role_scores(adult)) == "caregiver"
    interpreter = _stats("I", 10.0, 120.0, interpret=0.5, home=0.2)
    assert roles.extra_role(interpreter, roles.role_scores(interpreter)) == "other"
    brief = _stats("B", 2.0, 300.0)
    assert roles.extra_role(brief, roles.role_scores(brief)) == "other"
    assert roles._INTERPRET.search("she says that mornings are the hardest.")
    assert not roles._INTERPRET.search("she sleeps well and says hi")


def test_two_children_and_a_caregiver_are_labelled_apart(samples):
    # the first sample's child turns split between two speaker ids: a sibling
    t, d, truth = _reference(samples[0])
    child = next(k for k, v in truth.items() if v == "child")
    turns = list(d.turns)
    kids = [i for i, x in enumerate(turns) if x.speaker == child]
    for i in kids[::2]:
        turns[i] = SpeakerTurn(turns[i].start, turns[i].end, "SPEAKER_09")
    segs = tuple(s if s.speaker != child or not any(abs(s.start - turns[i].start) < 1e-6 for i in kids[::2])
                 else Segment(s.id, s.start, s.end, s.text, "SPEAKER_09") for s in t.segments)
    out = {s["id"]: s for s in roles.label(Transcript(segments=segs, language="en"), Diarization(tuple(turns)),
                                           load(samples[0]))}
    assert out[child]["role"] == out["SPEAKER_09"]["role"] == "child"
    assert {out[child]["label"], out["SPEAKER_09"]["label"]} == {"CHILD_1", "CHILD_2"}
