"""Words -> speakers by overlap with the diarization's turns; pure functions.

Each word goes to the speaker whose turns overlap it most; a word that no turn
overlaps goes to the nearest turn. Transcript segments are then split wherever
the speaker changes, so no segment mixes speakers, and the segments get fresh
stable ids (``seg-0001`` ...) in time order.
"""

from __future__ import annotations

import bisect
from dataclasses import replace

from .schema import Diarization, Segment, SpeakerTurn, Transcript, Word, segment_id


class _Turns:
    def __init__(self, turns: tuple[SpeakerTurn, ...]) -> None:
        self.turns = sorted(turns, key=lambda t: (t.start, t.end))
        self.starts = [t.start for t in self.turns]
        self.max_len = max((t.end - t.start for t in self.turns), default=0.0)

    def speaker_for(self, start: float, end: float) -> str | None:
        if not self.turns:
            return None
        overlap: dict[str, float] = {}
        lo = bisect.bisect_left(self.starts, start - self.max_len)
        hi = bisect.bisect_right(self.starts, end)
        for t in self.turns[lo:hi]:
            o = min(end, t.end) - max(start, t.start)
            if o > 0:
                overlap[t.speaker] = overlap.get(t.speaker, 0.0) + o
        if overlap:
            return max(sorted(overlap.items()), key=lambda kv: kv[1])[0]  # ties: first by name
        mid = (start + end) / 2
        i = bisect.bisect_left(self.starts, mid)
        near = [t for t in self.turns[max(0, i - 2): i + 2]]
        near += [t for t in self.turns[lo:hi]]
        best = min(near or self.turns, key=lambda t: _distance(mid, t))
        return best.speaker


def _distance(x: float, t: SpeakerTurn) -> float:
    return 0.0 if t.start <= x <= t.end else min(abs(x - t.start), abs(x - t.end))


def assign_speakers(transcript: Transcript, diarization: Diarization) -> Transcript:
    """A new Transcript whose words and segments carry speakers; segments split at changes."""
    turns = _Turns(diarization.turns)
    pieces: list[tuple[float, float, str | None, tuple[Word, ...], Segment]] = []
    for seg in transcript.segments:
        if not seg.words:
            pieces.append((seg.start, seg.end, turns.speaker_for(seg.start, seg.end), (), seg))
            continue
        words = [replace(w, speaker=turns.speaker_for(w.start, w.end)) for w in seg.words]
        run: list[Word] = [words[0]]
        for w in words[1:]:
            if w.speaker != run[-1].speaker:
                pieces.append((run[0].start, run[-1].end, run[0].speaker, tuple(run), seg))
                run = []
            run.append(w)
        pieces.append((run[0].start, run[-1].end, run[0].speaker, tuple(run), seg))
    out = []
    for start, end, speaker, words, src in sorted(pieces, key=lambda p: (p[0], p[1])):
        whole = len(words) == len(src.words)
        text = src.text if whole or not words else " ".join(w.text for w in words)
        out.append(Segment(
            id=segment_id(len(out)),
            start=src.start if whole else start,
            end=src.end if whole else end,
            text=text,
            speaker=speaker,
            words=words,
            avg_logprob=src.avg_logprob,
            no_speech_prob=src.no_speech_prob,
        ))
    return replace(transcript, segments=tuple(out))
