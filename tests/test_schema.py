import json

import numpy as np

from pipeline.schema import Audio, Diarization, Segment, SpeakerTurn, Transcript, Word, segment_id


def _transcript() -> Transcript:
    seg = Segment(id=segment_id(0), start=0.5, end=1.5, text="Four out of five.", speaker=None,
                  words=(Word(0.5, 0.8, "Four", 0.91), Word(0.8, 1.5, "five.", 0.7)),
                  avg_logprob=-0.2, no_speech_prob=0.01)
    return Transcript(segments=(seg,), language="en", language_probability=0.99, duration=2.0,
                      audio={"sha256": "ab", "duration": 2.0}, models={"asr": {"model": "tiny.en"}},
                      warnings=("w",))


def test_segment_ids_are_stable_and_one_based():
    assert segment_id(0) == "seg-0001"
    assert segment_id(41) == "seg-0042"


def test_transcript_round_trips_through_json():
    t = _transcript()
    back = Transcript.from_dict(json.loads(json.dumps(t.to_dict())))
    assert back == t
    assert back.segments[0].words[1].probability == 0.7
    assert t.to_dict()["segments"][0]["speaker"] is None


def test_diarization_round_trips_and_lists_speakers():
    d = Diarization(turns=(SpeakerTurn(0, 1, "SPK_1"), SpeakerTurn(1, 2, "SPK_0")), model={"name": "x"})
    assert Diarization.from_dict(json.loads(json.dumps(d.to_dict()))) == d
    assert d.speakers == ("SPK_0", "SPK_1")


def test_audio_info_has_no_samples():
    a = Audio(samples=np.zeros(16000, np.float32), sample_rate=16000, duration=1.0, sha256="f" * 64,
              source_format="wav", source_sample_rate=44100, source_channels=2)
    info = a.info()
    assert "samples" not in info and info["sha256"] == "f" * 64 and info["source_channels"] == 2
    json.dumps(info)
