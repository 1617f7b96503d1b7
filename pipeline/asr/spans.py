"""Pure helpers on time spans for the ASR stage: VAD windows and coverage gaps.

Spans are ``(start, end)`` tuples in seconds, sorted and non-overlapping
unless said otherwise.
"""

from __future__ import annotations

from collections.abc import Iterable

Span = tuple[float, float]
EPS = 1e-6  # seconds: float residue of repeated additions, not audio (a cut must not leave a 1e-14 s piece)


def merge(spans: Iterable[Span], gap: float = 0.0) -> list[Span]:
    """Union of spans; spans closer than ``gap`` are joined."""
    out: list[list[float]] = []
    for s, e in sorted(spans):
        if out and s <= out[-1][1] + gap:
            out[-1][1] = max(out[-1][1], e)
        else:
            out.append([s, e])
    return [(s, e) for s, e in out]


def windows(regions: list[Span], max_len: float = 30.0) -> list[Span]:
    """Group consecutive speech regions into decoding windows of at most ``max_len`` s.

    A window runs from its first region's start to its last region's end (the
    short silences between them stay in); a region longer than ``max_len`` is
    cut into pieces.
    """
    out: list[Span] = []
    cur: list[float] | None = None
    for s, e in regions:
        while e - s > max_len + EPS:  # the VAD caps regions, but be safe
            if cur is not None:
                out.append((cur[0], cur[1]))
                cur = None
            out.append((s, s + max_len))
            s += max_len
        if cur is not None and e - cur[0] <= max_len:
            cur[1] = e
        else:
            if cur is not None:
                out.append((cur[0], cur[1]))
            cur = [s, e]
    if cur is not None:
        out.append((cur[0], cur[1]))
    return out


def uncovered(regions: list[Span], covered: Iterable[Span], min_len: float = 1.0) -> list[Span]:
    """Parts of ``regions`` that no ``covered`` span touches, at least ``min_len`` s long."""
    cov = merge(covered)
    out: list[Span] = []
    for rs, re_ in regions:
        pos = rs
        for cs, ce in cov:
            if ce <= pos or cs >= re_:
                continue
            if cs - pos >= min_len:
                out.append((pos, cs))
            pos = max(pos, ce)
        if re_ - pos >= min_len:
            out.append((pos, re_))
    return out
