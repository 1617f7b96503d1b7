"""Who-said-what metrics on a labelled transcript against sentence-level references.

- ``sentence_splits``: how many reference sentences the transcript attributes to more than one
  speaker. A sentence is scored when at least two transcript words fall in it (word midpoint
  inside the sentence) outside any other reference sentence (speech overlapped by another
  speaker proves nothing either way); it is split when those words carry more than one speaker.
- ``speaker_mapping``: each reference speaker's hypothesis speaker (one-to-one, most shared
  time, Hungarian), as DER maps them.
- ``role_accuracy``: every reference speaker with at least ``min_seconds`` of speech must be
  mapped to a hypothesis speaker whose role is the reference role.

Reference sentences are dicts with ``start``, ``end``, ``speaker`` (samples/make_corpus.py writes
them in NAME.json); roles are therapist, child, caregiver or other.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from ..schema import SpeakerTurn, Transcript


@dataclass(frozen=True)
class SplitScore:
    sentences: int  # reference sentences
    scored: int  # with at least two words outside overlap
    split: int  # of those, attributed to more than one speaker
    examples: tuple[tuple[float, float], ...] = ()  # (start, end) of a few split sentences

    @property
    def whole(self) -> float:
        """Share of the scored sentences kept with one speaker."""
        return 1.0 - self.split / self.scored if self.scored else 1.0


def sentence_splits(transcript: Transcript, sentences: Sequence[Mapping[str, Any]], examples: int = 5
                    ) -> SplitScore:
    spans = sorted((float(s["start"]), float(s["end"])) for s in sentences)
    words = sorted(((w.start + w.end) / 2, w.speaker if w.speaker is not None else seg.speaker)
                   for seg in transcript.segments for w in seg.words)
    mids = [m for m, _ in words]
    import bisect

    scored = split = 0
    bad: list[tuple[float, float]] = []
    for i, (a, b) in enumerate(spans):
        others = [(c, d) for j, (c, d) in enumerate(spans[max(0, i - 8): i + 8], max(0, i - 8))
                  if j != i and c < b and d > a]
        lo, hi = bisect.bisect_left(mids, a), bisect.bisect_right(mids, b)
        who = [spk for m, spk in words[lo:hi] if not any(c <= m <= d for c, d in others)]
        if len(who) < 2:
            continue
        scored += 1
        if len(set(who)) > 1:
            split += 1
            if len(bad) < examples:
                bad.append((a, b))
    return SplitScore(len(spans), scored, split, tuple(bad))


def _seconds(turns: Iterable[SpeakerTurn]) -> dict[str, float]:
    out: dict[str, float] = {}
    for t in turns:
        out[t.speaker] = out.get(t.speaker, 0.0) + max(0.0, t.end - t.start)
    return out


def speaker_mapping(reference: Sequence[SpeakerTurn], hypothesis: Sequence[SpeakerTurn]) -> dict[str, str]:
    """{reference speaker: hypothesis speaker}, one-to-one, maximising the time they share."""
    import numpy as np
    from scipy.optimize import linear_sum_assignment

    refs, hyps = sorted(_seconds(reference)), sorted(_seconds(hypothesis))
    if not refs or not hyps:
        return {}
    m = np.zeros((len(refs), len(hyps)))
    for r in reference:
        for h in hypothesis:
            o = min(r.end, h.end) - max(r.start, h.start)
            if o > 0:
                m[refs.index(r.speaker), hyps.index(h.speaker)] += o
    rows, cols = linear_sum_assignment(-m)
    return {refs[i]: hyps[j] for i, j in zip(rows, cols) if m[i, j] > 0}


@dataclass(frozen=True)
class RoleScore:
    speakers: int  # reference speakers with at least min_seconds of speech
    right: int
    wrong: tuple[str, ...] = field(default=())  # "ref-id (role): got ROLE"

    @property
    def all_right(self) -> bool:
        return self.right == self.speakers


def role_accuracy(reference: Sequence[SpeakerTurn], ref_roles: Mapping[str, str],
                  hypothesis: Sequence[SpeakerTurn], hyp_roles: Mapping[str, str],
                  min_seconds: float = 3.0) -> RoleScore:
    mapping = speaker_mapping(reference, hypothesis)
    seconds = _seconds(reference)
    n = right = 0
    wrong = []
    for spk in sorted(seconds):
        if seconds[spk] < min_seconds:
            continue
        n += 1
        got = hyp_roles.get(mapping[spk]) if spk in mapping else None
        if got == ref_roles.get(spk):
            right += 1
        else:
            wrong.append(f"{spk} ({ref_roles.get(spk)}): got {got or 'no speaker'}")
    return RoleScore(n, right, tuple(wrong))
