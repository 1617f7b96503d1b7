from pipeline.asr.faster_whisper import _nearest
from pipeline.asr.spans import merge, uncovered, windows


def test_merge_joins_overlaps_and_small_gaps():
    assert merge([(3, 4), (0, 1), (0.5, 2)]) == [(0, 2), (3, 4)]
    assert merge([(0, 1), (1.2, 2)], gap=0.3) == [(0, 2)]


def test_windows_never_exceed_max_len_and_keep_order():
    regions = [(0, 10), (11, 25), (26, 31), (40, 45), (50, 120)]
    w = windows(regions, 30)
    assert w[0] == (0, 25) and w[1] == (26, 45)
    assert all(e - s <= 30 for s, e in w)
    assert w[-1][1] == 120 and [s for s, _ in w] == sorted(s for s, _ in w)
    covered = sum(e - s for s, e in w)
    assert covered >= sum(e - s for s, e in regions)


def test_uncovered_finds_speech_without_words():
    regions = [(0, 10), (20, 30)]
    words = [(0, 4), (8.5, 10), (20, 30)]
    assert uncovered(regions, words, min_len=1.0) == [(4, 8.5)]
    assert uncovered(regions, [], min_len=1.0) == regions
    assert uncovered([(0, 0.5)], [], min_len=1.0) == []


def test_no_empty_piece_from_float_residue():
    # 480.239 + 30 + 30 lands a hair past 540.239: the loop used to leave (540.239, 540.239) behind
    for region in [(480.239, 540.239), (98.917, 98.917 + 6 * 30.0), (80.09, 80.09 + 6 * 30.0)]:
        for pieces in (windows([region], 30),):
            assert all(e - s > 29.999 for s, e in pieces), pieces
            assert pieces[0][0] == region[0] and pieces[-1][1] == region[1]


def test_nearest_packed_stretch():
    places = [(0.0, 5.0, 100.0), (5.0, 9.0, 200.0), (10.0, 12.0, 300.0)]  # a 1 s gap before the last
    starts = [p[0] for p in places]
    assert [_nearest(places, starts, t) for t in (-0.2, 0.0, 4.99, 5.0, 8.9, 9.4, 9.6, 11.0, 30.0)] == [
        0, 0, 0, 1, 1, 1, 2, 2, 2]
