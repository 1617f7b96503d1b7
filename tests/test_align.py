from pipeline.align import assign_speakers
from pipeline.schema import Diarization, Segment, SpeakerTurn, Transcript, Word


def _seg(i, words, text=None):
    ws = tuple(Word(s, e, t) for s, e, t in words)
    return Segment(f"seg-{i:04d}", ws[0].start, ws[-1].end, text or " ".join(w.text for w in ws), None, ws)


def _dia(*turns):
    return Diarization(tuple(SpeakerTurn(s, e, spk) for s, e, spk in turns))


def test_segment_split_at_speaker_change_with_fresh_ids():
    t = Transcript(segments=(
        _seg(1, [(0.0, 0.4, "Pinch"), (0.5, 0.9, "it."), (1.2, 1.5, "Okay!"), (1.6, 2.0, "Done.")],
             "Pinch it. Okay! Done."),
    ), language="en")
    d = _dia((0.0, 1.0, "A"), (1.1, 2.1, "B"))
    out = assign_speakers(t, d)
    assert [(s.id, s.speaker, s.text) for s in out.segments] == [
        ("seg-0001", "A", "Pinch it."), ("seg-0002", "B", "Okay! Done.")]
    assert all(w.speaker == s.speaker for s in out.segments for w in s.words)
    assert out.segments[0].end == 0.9 and out.segments[1].start == 1.2


def test_word_goes_to_largest_overlap():
    t = Transcript(segments=(_seg(1, [(0.8, 1.6, "straddling")]),), language="en")
    out = assign_speakers(t, _dia((0.0, 1.0, "A"), (1.0, 3.0, "B")))
    assert out.segments[0].speaker == "B"


def test_word_in_a_gap_goes_to_nearest_turn():
    t = Transcript(segments=(_seg(1, [(5.0, 5.2, "hm"), (9.7, 9.9, "yes")]),), language="en")
    out = assign_speakers(t, _dia((0.0, 4.9, "A"), (10.0, 12.0, "B")))
    assert [s.speaker for s in out.segments] == ["A", "B"]


def test_unchanged_segment_keeps_its_text_and_bounds():
    seg = _seg(1, [(0.1, 0.5, "Great"), (0.6, 0.9, "job!")], "Great job!")
    t = Transcript(segments=(seg,), language="en")
    out = assign_speakers(t, _dia((0.0, 2.0, "A")))
    assert out.segments[0].text == "Great job!" and out.segments[0].start == seg.start


def test_empty_diarization_leaves_speakers_none():
    t = Transcript(segments=(_seg(1, [(0.1, 0.5, "hi")]),), language="en")
    out = assign_speakers(t, _dia())
    assert out.segments[0].speaker is None


def test_input_is_not_mutated():
    seg = _seg(1, [(0.1, 0.5, "hi"), (2.1, 2.5, "yo")])
    t = Transcript(segments=(seg,), language="en")
    assign_speakers(t, _dia((0.0, 1.0, "A"), (2.0, 3.0, "B")))
    assert t.segments == (seg,) and seg.words[0].speaker is None
