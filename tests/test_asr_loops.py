"""The repetition-loop repair of the faster-whisper backend, on made-up decoded pieces (no model)."""

from __future__ import annotations

from types import SimpleNamespace

from pipeline.asr.common import COMPRESSION_RATIO, Raw
from pipeline.asr.faster_whisper import FasterWhisperTranscriber


def raw(start: float, end: float, ratio: float = 1.5) -> Raw:
    return Raw(start=start, end=end, text="x", words=(), avg_logprob=-0.2, no_speech_prob=0.01,
                compression_ratio=ratio)


def test_pieces_of_one_looping_window_are_decoded_again_as_one_stretch():
    t = object.__new__(FasterWhisperTranscriber)  # no model: only the repair's bookkeeping
    calls = []

    def redecode(audio, start, end, common):
        calls.append((start, end))
        return [raw(start, end), raw(end - 1.0, end, ratio=COMPRESSION_RATIO + 1)] if start > 50 else [raw(start, end)]

    t._redecode = redecode
    loop = COMPRESSION_RATIO + 0.5
    # a packed window's three pieces loop; later a single looping piece is the last one
    pieces = [raw(0, 4), raw(5, 9, loop), raw(12, 15, loop), raw(20, 22, loop), raw(30, 33), raw(60, 62, loop)]
    warnings: list[str] = []
    out = t._repair_loops(SimpleNamespace(duration=70.0), pieces, {}, warnings)
    assert calls == [(5, 30), (60, 70.0)]
    assert [(r.start, r.end) for r in out] == [(0, 4), (5, 30), (30, 33), (60, 70.0)]
    assert len(warnings) == 1 and "01:09-01:10" in warnings[0] and "x" not in warnings[0].split()
