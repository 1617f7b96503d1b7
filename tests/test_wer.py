import pytest

from pipeline.evaluate.wer import normalize, number_words, wer


def test_numbers_and_punctuation_normalise():
    assert normalize("You did 4 out of 5, Maya!") == "you did four out of five maya"
    assert normalize("hand-over-hand for 30 seconds") == "hand over hand for thirty seconds"
    assert number_words(125) == "one hundred twenty five"


def test_wer_counts_errors():
    r = wer("four out of five buttons", "4 out of 5 button")
    assert r.substitutions == 1 and r.reference_words == 5 and r.wer == pytest.approx(0.2)
    assert wer("a b c d", "").deletions == 4
