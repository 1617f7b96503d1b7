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


def _run(start, n, gap=0.1, dur=0.4, word="word"):
    """n words of one speaker from ``start``, ``dur`` s each, ``gap`` s apart."""
    return [(round(start + i * (dur + gap), 3), round(start + i * (dur + gap) + dur, 3), word) for i in range(n)]


def test_long_one_speaker_segment_is_cut_at_its_longest_pauses():
    # 28 s of one therapist's words Whisper left unpunctuated: pauses of 0.5 s at 9.4 s and 19.3 s
    words = _run(0.0, 19) + _run(9.9, 19) + _run(19.8, 16)
    t = Transcript(segments=(_seg(1, words),), language="en")
    out = assign_speakers(t, _dia((0.0, 28.5, "A")))
    assert [(s.id, round(s.start, 1), round(s.end, 1)) for s in out.segments] == [
        ("seg-0001", 0.0, 9.4), ("seg-0002", 9.9, 19.3), ("seg-0003", 19.8, 27.7)]
    assert all(s.speaker == "A" and s.end - s.start <= 12.0 for s in out.segments)
    assert sum(len(s.words) for s in out.segments) == len(words)
    assert all(s.text == " ".join(w.text for w in s.words) for s in out.segments)


def test_a_sentence_end_is_cut_before_a_longer_pause():
    words = _run(0.0, 16) + [(8.0, 8.4, "done.")] + _run(8.5, 10) + _run(14.0, 14)  # 0.5 s pause at 13.4 s
    t = Transcript(segments=(_seg(1, words, " ".join(w for _, _, w in words)),), language="en")
    out = assign_speakers(t, _dia((0.0, 21.0, "A")))
    assert out.segments[0].text.endswith("done.") and out.segments[1].start == 8.5
    assert all(s.end - s.start <= 12.0 for s in out.segments)


def test_cut_points_keep_short_pieces_whole_and_respect_the_minimum():
    from pipeline.align import cut_points

    ws = [Word(s, e, t) for s, e, t in _run(0.0, 30)]  # 14.9 s, no pause longer than another
    assert cut_points(ws, None) == [] and cut_points(ws, 20.0) == []
    cuts = cut_points(ws, 12.0, min_piece=2.0)
    assert cuts == [15]  # equal pauses: the one nearest the middle
    # a long pause near the end does not leave a piece shorter than min_piece
    ws = [Word(s, e, t) for s, e, t in _run(0.0, 28) + [(15.0, 15.4, "word")]]
    assert cut_points(ws, 12.0, min_piece=2.0) == [15]
    assert cut_points(ws, 12.0, min_piece=0.0) == [14, 28]  # the 1.1 s pause, then the 13.9 s left


def test_cut_never_joins_or_moves_speakers():
    # A speaks 14 s, B 1.5 s: A's stretch is cut, B's sentence stays whole and B's
    words = _run(0.0, 28) + [(14.5, 14.9, "look"), (15.0, 15.4, "at"), (15.5, 16.0, "me.")]
    t = Transcript(segments=(_seg(1, words),), language="en")
    out = assign_speakers(t, _dia((0.0, 14.2, "A"), (14.3, 16.5, "B")))
    assert [s.speaker for s in out.segments] == ["A", "A", "B"]
    assert out.segments[-1].text == "look at me."
    assert [s.id for s in out.segments] == ["seg-0001", "seg-0002", "seg-0003"]


def test_run_together_words_are_cut_where_the_diarization_hears_silence():
    # Whisper's word times run together (no gap at all) over 14 s; the diarizer heard A stop at 6.2 s
    # and start again at 7.2 s: the cut goes there, not to the middle
    words = [(round(i * 0.5, 3), round(i * 0.5 + 0.5, 3), "word") for i in range(28)]
    t = Transcript(segments=(_seg(1, words),), language="en")
    out = assign_speakers(t, _dia((0.0, 6.2, "A"), (7.2, 14.0, "A")))
    assert [(s.start, s.end) for s in out.segments] == [(0.0, 6.5), (6.5, 14.0)]


def test_the_cut_goes_before_a_first_word_whisper_stretched_over_the_pause():
    # Whisper gave "Now" 6.0-7.2 though it was said after the pause the diarizer heard (6.3-7.1):
    # the pause belongs before "Now", not after it
    words = ([(i * 0.5, i * 0.5 + 0.5, "so") for i in range(12)] + [(6.0, 7.2, "Now")]
             + [(round(7.2 + i * 0.5, 3), round(7.7 + i * 0.5, 3), "we") for i in range(14)])
    t = Transcript(segments=(_seg(1, words),), language="en")
    out = assign_speakers(t, _dia((0.0, 6.3, "A"), (7.1, 14.5, "A")))
    assert [s.text.split()[0] for s in out.segments] == ["so", "Now"]
