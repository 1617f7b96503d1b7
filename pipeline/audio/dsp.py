"""Sample processing: decoded frames -> mono, resampling, the output buffer.

Each decoded frame is converted to float32 and reduced to mono (the mean of
its channels, or the one chosen channel) at the source rate; the decoder
batches these to ~0.5 s and feeds them to a libswresample ``aresample`` filter
(filter_size 128, cutoff 0.95: about -100 dB of aliasing from 8-8.5 kHz at
16 kHz output; FFmpeg's default lets an 8.3 kHz tone through at -19 dB). Only
the output is kept, in a buffer sized from the stated length (else 64 MiB
blocks, joined at the end while being freed), so peak memory is about one
times the output (a 1-hour recording is 230 MB at 16 kHz; measured peak RSS
300 MB for a 1-hour 48 kHz stereo WAV or AAC, interpreter and libraries
included), never the decoded source.
"""

from __future__ import annotations

import contextlib
import errno
from fractions import Fraction
from typing import Any

import av
import av.filter
import numpy as np

from ..errors import AudioError
from .files import _RECOPY, _channel_error

# libswresample settings: a long windowed-sinc filter with its cutoff at 95 % of
# the output Nyquist frequency (7.6 kHz of 8 kHz) keeps aliasing below -90 dB.
_RESAMPLER_ARGS = "filter_size=128:cutoff=0.95"

_SCALES = {"flt": 1.0, "dbl": 1.0, "s16": 1 / 32768, "s32": 1 / 2147483648, "s64": 1 / 9223372036854775808}


def _nb_channels(obj: Any) -> int:
    layout = getattr(obj, "layout", None)
    n = getattr(layout, "nb_channels", None)
    if n is None and layout is not None:
        n = len(getattr(layout, "channels", ()))
    if not n:
        n = getattr(obj, "channels", 0) or 0
    return int(n)


def _frame_to_mono(frame, channel: int | None) -> np.ndarray:
    """One decoded frame -> 1-D float32: the mean of its channels, or one."""
    nch = _nb_channels(frame)
    if nch <= 0:
        raise AudioError(f"audio is corrupt: a block has no channels; {_RECOPY}")
    if channel is not None and channel >= nch:
        raise _channel_error(channel, nch)
    arr = frame.to_ndarray()
    planar = frame.format.is_planar
    kind = frame.format.name.rstrip("p")
    if kind == "u8":  # unsigned 8-bit: centre it first (rare, so the slow way)
        arr = (arr.astype(np.float32) - np.float32(128)) * np.float32(1 / 128)
        kind = "flt"
    scale = _SCALES.get(kind)
    if scale is None:
        raise AudioError(f"unsupported sample format {frame.format.name!r}; "
                         "convert the recording to wav or flac")
    if not planar:
        arr = arr.reshape(-1, nch)  # packed: (n, nch) interleaved
    if nch == 1 or channel is not None:
        one = arr[channel or 0] if planar else arr[:, channel or 0]
        return np.multiply(one, scale, dtype=np.float32) if scale != 1.0 or one.dtype != np.float32 \
            else np.ascontiguousarray(one)
    # Mean of the channels as one BLAS matrix-vector product, scaling folded in.
    weights = np.full(nch, scale / nch, dtype=np.float32)
    x = arr if arr.dtype == np.float32 else arr.astype(np.float32)
    return weights @ x if planar else x @ weights


class _Resampler:
    """Mono float32 at ``in_rate`` -> mono float32 at ``out_rate`` (libswresample)."""

    def __init__(self, in_rate: int, out_rate: int) -> None:
        self.in_rate, self.out_rate = in_rate, out_rate
        self.pts = 0
        self.graph = None
        if in_rate == out_rate:
            return
        graph = av.filter.Graph()
        src = graph.add("abuffer", sample_rate=str(in_rate), sample_fmt="flt",
                        channel_layout="mono", time_base=f"1/{in_rate}")
        res = graph.add("aresample", f"{out_rate}:{_RESAMPLER_ARGS}")
        fmt = graph.add("aformat", sample_fmts="flt", sample_rates=str(out_rate), channel_layouts="mono")
        sink = graph.add("abuffersink")
        src.link_to(res)
        res.link_to(fmt)
        fmt.link_to(sink)
        graph.configure()
        self.graph = graph

    def _pull(self) -> list[np.ndarray]:
        out = []
        while True:
            try:
                frame = self.graph.pull()
            except EOFError:
                break
            except av.error.FFmpegError as e:
                if e.errno != errno.EAGAIN:
                    raise
                break
            out.append(frame.to_ndarray().reshape(-1))
        return out

    def push(self, x: np.ndarray) -> list[np.ndarray]:
        if self.graph is None:
            return [x]
        frame = av.AudioFrame.from_ndarray(x.reshape(1, -1), format="flt", layout="mono")
        frame.sample_rate = self.in_rate
        frame.time_base = Fraction(1, self.in_rate)
        frame.pts = self.pts
        self.pts += len(x)
        self.graph.push(frame)
        return self._pull()

    def flush(self) -> list[np.ndarray]:
        if self.graph is None:
            return []
        self.graph.push(None)
        return self._pull()


class _Output:
    """Collects the output samples; ``take()`` returns them as one array.

    The first block is sized from the length the header states (``hint``), so
    usually everything lands in it and ``take()`` returns a view of it: no copy,
    peak memory = the result. Otherwise (no or a wrong length) more blocks of
    16 Mi samples (64 MiB) follow and ``take()`` copies them into the result,
    freeing each block as it goes: peak = the result plus one block. Blocks
    are at least 64 MiB, above glibc's largest mmap threshold (32 MiB), so
    each is its own mmap, only the pages written count, and freed blocks go
    straight back to the OS instead of fragmenting a long-lived worker's heap.
    """

    BLOCK = 1 << 24
    SMALL = 1 << 22  # results below this many samples are copied to their exact size

    def __init__(self, hint: int = 0) -> None:
        self.hint = hint
        self.blocks: list[np.ndarray] = []
        self.fill = 0  # samples used in the last block
        self.n = 0

    def _new_block(self) -> np.ndarray:
        if not self.blocks and self.hint > self.BLOCK:
            with contextlib.suppress(MemoryError):  # strict overcommit: fall back to blocks
                return np.empty(self.hint, dtype=np.float32)
        return np.empty(self.BLOCK, dtype=np.float32)

    def extend(self, chunks: list[np.ndarray]) -> None:
        for c in chunks:
            pos = 0
            while pos < len(c):
                if not self.blocks or self.fill == len(self.blocks[-1]):
                    self.blocks.append(self._new_block())
                    self.fill = 0
                block = self.blocks[-1]
                k = min(len(c) - pos, len(block) - self.fill)
                block[self.fill:self.fill + k] = c[pos:pos + k]
                self.fill += k
                pos += k
                self.n += k

    def take(self) -> np.ndarray:
        blocks, self.blocks = self.blocks, []
        if len(blocks) == 1:
            if self.n < self.SMALL:
                return blocks[0][:self.n].copy()
            return blocks[0][:self.n]  # unwritten pages of the block were never committed
        out = np.empty(self.n, dtype=np.float32)
        pos = 0
        while blocks:
            block = blocks.pop(0)
            k = min(len(block), self.n - pos)
            out[pos:pos + k] = block[:k]
            pos += k
            del block
        return out
