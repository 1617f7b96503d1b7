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
