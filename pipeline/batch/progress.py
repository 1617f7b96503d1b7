"""Batch progress: a redrawn bar on a terminal, plain log lines otherwise.

Neither ever shows a file name or any text of a recording: recordings are
numbered (``3/12``). The ETA divides the audio still to do by the audio
seconds per wall second measured so far in this phase.
"""

from __future__ import annotations

import logging
import sys
import time
from typing import TextIO

log = logging.getLogger("pipeline.batch")


def _clock(seconds: float) -> str:
    seconds = int(max(0, seconds))
    h, rem = divmod(seconds, 3600)
    return f"{h}:{rem // 60:02d}:{rem % 60:02d}" if h else f"{rem // 60}:{rem % 60:02d}"


class Progress:
    def __init__(self, stream: TextIO | None = None, bar: bool | None = None, width: int = 24) -> None:
        self.stream = stream or sys.stderr
        self.bar = self.stream.isatty() if bar is None else bar
        self.width = width
        self.phase = ""
        self.durations: list[float] = []
        self.done = 0
        self.done_audio = 0.0
        self.t0 = time.monotonic()
        self.index = 0
        self.stage = ""

    def begin(self, phase: str, durations: list[float | None]) -> None:
        """A phase over recordings of these durations (None: not known yet)."""
        known = [d for d in durations if d]
        mean = sum(known) / len(known) if known else 60.0
        self.phase, self.durations = phase, [d or mean for d in durations]
        self.done, self.done_audio, self.t0 = 0, 0.0, time.monotonic()
        if durations:
            log.info("%s: %d recording(s), %.1f min of audio", phase, len(durations), sum(self.durations) / 60)

    def eta(self) -> float | None:
        elapsed = time.monotonic() - self.t0
        if self.done_audio <= 0 or elapsed <= 0:
            return None
        return sum(self.durations[self.done:]) * elapsed / self.done_audio

    def at(self, index: int, stage: str) -> None:
        """Recording ``index`` (0-based in this phase) entered ``stage``."""
        self.index, self.stage = index, stage
        if self.bar:
            self._draw()
        else:
            log.info("%s %d/%d: %s", self.phase, index + 1, len(self.durations), stage)

    def finished(self, index: int, ok: bool) -> None:
        self.done = index + 1
        self.done_audio += self.durations[index]
        if self.bar:
            self._draw()
        else:
            eta = self.eta()
            log.info("%s %d/%d: %s%s", self.phase, index + 1, len(self.durations), "done" if ok else "failed",
                     f" (ETA {_clock(eta)})" if eta is not None else "")

    def _draw(self) -> None:
        n = len(self.durations) or 1
        fill = round(self.width * self.done / n)
        eta = self.eta()
        line = (f"\r{self.phase} [{'#' * fill}{'.' * (self.width - fill)}] {self.done}/{n} · "
                f"{self.index + 1}: {self.stage} · ETA {_clock(eta) if eta is not None else '--:--'}")
        self.stream.write(line.ljust(78)[:120])
        self.stream.flush()

    def close(self) -> None:
        if self.bar and self.durations:
            self.stream.write("\n")
            self.stream.flush()
