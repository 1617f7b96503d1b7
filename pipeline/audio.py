"""The project's only decoder: any recording -> float32 mono samples at 16 kHz.

Public API
----------
``load(path, *, channel=None, sample_rate=16000, isolate=True, max_duration=None) -> Audio``
    Decode a recording (wav, flac, mp3, m4a/aac, ogg/vorbis/opus, webm, the
    audio track of mp4/mov, ... anything FFmpeg can demux), mix it down to mono
    (mean of the channels) or keep one 0-based ``channel``, and resample it to
    ``sample_rate``. ``max_duration`` (seconds) rejects longer recordings,
    before decoding when the file's header states its length reliably.
``probe(path, *, isolate=True) -> dict``
    Format, duration (if known), channels and sample rate, without decoding.
``shutdown()``
    Stop the decoder worker process (registered with ``atexit``).

Every problem with the input raises :class:`~pipeline.errors.AudioError` with a
one-line message that says what is wrong and what to do. Messages never contain
the path (the CLI prefixes the file name when it prints them). This module logs
at DEBUG only (one exception: a WARNING, without any file detail, when the
isolated worker cannot be started) and never logs file names or messages
about a file at any level: children's health data.

Design
------
*One decoder, PyAV.* Everything goes through PyAV (the FFmpeg it bundles),
including wav/flac/ogg that soundfile could read. One path means one
resampler, one channel-mixing rule, one set of error messages and one set of
truncation rules for every format; libsndfile would add nothing FFmpeg lacks
for these formats, and silently returns short data for truncated files, so a
second path would double the test matrix for no gain.

*Streaming.* Packets are demuxed and decoded one at a time; each frame is
converted to float32, reduced to mono (mean, or the chosen channel) at the
source rate, batched to ~0.5 s and fed to a libswresample ``aresample`` filter
(filter_size 128, cutoff 0.95: about -100 dB of aliasing from 8-8.5 kHz at
16 kHz output; FFmpeg's default lets an 8.3 kHz tone through at -19 dB). Only
the 16 kHz output is kept, in a buffer sized from the stated length (else
64 MiB blocks, joined at the end while being freed), so peak memory is about
one times the output (a 1-hour recording is 230 MB; measured peak RSS 300 MB
for a 1-hour 48 kHz stereo WAV or AAC, interpreter and libraries included),
never the decoded source. Speed: about 7 s (WAV) to 12-15 s (AAC) per hour of
48 kHz stereo, on one core.

*Isolation.* FFmpeg is C code fed with untrusted files. With ``isolate=True``
(the default) probing and decoding run in a persistent worker process, started
on first use and reused, so a batch of files pays the start-up (~0.3 s) once.
The worker is a fresh interpreter (``sys.executable -I -c ...``, given our
``sys.path``) that imports only this module: unlike multiprocessing's "spawn"
or "forkserver" it never re-imports the caller's ``__main__`` (an unguarded
script would otherwise run again inside the decoder), and unlike "fork" it
copies no state (threads, locks, models) of the caller. Where ``pass_fds`` is
unavailable (Windows) multiprocessing's "spawn" context is used instead. If the
worker dies (segfault, killed, out of memory) the call raises
``AudioError("the decoder crashed on this file ...")`` and the next call
starts a fresh worker; the worker exits by itself when its parent goes away
(within half a second of audio even in the middle of a file).
The samples come back over a socketpair in 8 MiB pieces written straight into
the preallocated result array (no temp files: decoded audio of a child's
session never touches the disk). Calls from several threads are serialised on
the one worker. Where no process can be started, decoding falls back to this
process with a warning. There is no timeout: a decoder that hangs (not seen
with FFmpeg) hangs the call.

*Truncated and corrupt files.* FFmpeg usually decodes a damaged file up to the
damage and stops without an error. We catch it three ways:

1. the header cannot be read, but the first bytes look like a known media
   format (RIFF/WAVE, fLaC, OggS, ID3, ISO-BMFF ``ftyp``, EBML, AIFF, CAF):
   "audio is truncated or corrupt" instead of "not an audio file";
2. a decode or demux error after which nothing decodes (the file ends in a
   broken packet): truncated;
3. the decoded length falls short of a length the header states reliably:
   WAV (we read the RIFF ``data`` size ourselves, FFmpeg clamps it to the file
   size), FLAC (STREAMINFO), Ogg (last granule), audio-only Matroska/WebM
   (Duration), MP4/MOV/M4A (``moov``), AIFF/CAF, and MP3 with a Xing/Info/VBRI
   header (what LAME and most recorders write). A shortfall of more than
   max(0.25 s, 0.2 %) is an error, so a half-copied session is never returned
   as if it were complete.

We cannot tell when the length is only estimated from the bit rate (MP3
without a Xing header, raw ADTS AAC, AMR, ...) and the demuxer simply stops
early at a cut: such a file decodes to its surviving part without error.
Isolated bad packets in the middle of a file (a corrupt MP3 frame, a FLAC frame
with a bad CRC) are skipped, like FFmpeg's command-line tool does, as long as
audio decodes after them; more than ``_MAX_DECODE_ERRORS`` of them make the
file "corrupt". A skipped packet shortens the audio by its length (about 20-100
ms), which the length check above tolerates.
"""

from __future__ import annotations

import atexit
import contextlib
import errno
import hashlib
import json
import logging
import multiprocessing
import os
import signal
import socket
import stat
import subprocess
import sys
import threading
import time
from fractions import Fraction
from multiprocessing.connection import Connection
from typing import Any

import av
import av.filter
import numpy as np

from .errors import AudioError, ConfigError, ScribeError
from .schema import Audio

__all__ = ["load", "probe", "shutdown"]

log = logging.getLogger("pipeline.audio")

TARGET_RATE = 16000

_HASH_CHUNK = 1 << 20  # 1 MiB reads for sha256
_TRANSFER_CHUNK = 8 << 20  # bytes per pipe message when returning samples
_BATCH_SECONDS = 0.5  # mono source audio batched per resampler call
_MAX_DECODE_ERRORS = 10  # isolated bad packets tolerated before "corrupt"
_LIMIT_GRACE = 0.25  # seconds over max_duration allowed for codec padding
_MAX_HINT_SECONDS = 8 * 3600  # never reserve more than this up front (lying headers)
# libswresample settings: a long windowed-sinc filter with its cutoff at 95 % of
# the output Nyquist frequency (7.6 kHz of 8 kHz) keeps aliasing below -90 dB.
_RESAMPLER_ARGS = "filter_size=128:cutoff=0.95"

# Demuxers whose stated length comes from the file's own header/index rather
# than a bit-rate estimate, so a shortfall on decoding means truncation.
_EXACT_LENGTH_DEMUXERS = frozenset({
    "wav", "w64", "flac", "ogg", "matroska,webm", "mov,mp4,m4a,3gp,3g2,mj2",
    "aiff", "caf", "wv", "ape", "tta",
})

_RECOPY = "re-copy it from the recorder or re-export it"


# ============================================================== public API


def load(
    path: str | os.PathLike[str],
    *,
    channel: int | None = None,
    sample_rate: int = TARGET_RATE,
    isolate: bool = True,
    max_duration: float | None = None,
) -> Audio:
    """Decode ``path`` to float32 mono at ``sample_rate`` Hz.

    ``channel=None`` mixes all channels (their mean); ``channel=N`` keeps the
    0-based channel N. ``max_duration`` (seconds) rejects longer recordings.
    ``isolate=False`` decodes in this process (faster start, no crash
    protection). Raises :class:`AudioError` for any problem with the file and
    :class:`ConfigError` for invalid arguments.
    """
    fspath = _fspath(path)
    _check_args(channel, sample_rate, max_duration)
    kwargs = {"path": fspath, "channel": channel, "sample_rate": sample_rate,
              "max_duration": max_duration}
    if isolate:
        _check_file(fspath)  # cheap; spares starting a worker for a typo
        kwargs["path"] = os.path.abspath(fspath)  # the worker's cwd may differ from ours
        samples, meta = _call_worker("load", kwargs)
    else:
        samples, meta = _load_impl(**kwargs)
    return Audio(
        samples=samples,
        sample_rate=sample_rate,
        duration=len(samples) / sample_rate,
        sha256=meta["sha256"],
        source_format=meta["source_format"],
        source_sample_rate=meta["source_sample_rate"],
        source_channels=meta["source_channels"],
        channel=channel,
    )


def probe(path: str | os.PathLike[str], *, isolate: bool = True) -> dict[str, Any]:
    """Describe the recording without decoding it.

    Returns ``format`` (as in ``Audio.source_format``, e.g. ``"m4a/aac"``),
    ``container`` (FFmpeg's demuxer name), ``codec``, ``duration`` (seconds or
    None when unknown), ``duration_exact`` (True when the header states it,
    False for a bit-rate estimate), ``channels``, ``sample_rate``,
    ``has_video`` and ``size_bytes``. Raises :class:`AudioError` like ``load``.
    """
    fspath = _fspath(path)
    if isolate:
        _check_file(fspath)
        info, _ = _call_worker("probe", {"path": os.path.abspath(fspath)})
        return info
    return _probe_impl(fspath)


def shutdown() -> None:
    """Stop the decoder worker, if one is running (safe to call any time)."""
    global _worker
    locked = _worker_lock.acquire(timeout=5.0)
    try:
        worker, _worker = _worker, None
        if worker is not None:
            worker.stop()
    finally:
        if locked:
            _worker_lock.release()


# ========================================================= argument checks


def _fspath(path: Any) -> str:
    try:
        p = os.fspath(path)
    except TypeError:
        raise ConfigError(f"the audio path must be a string or path, not {type(path).__name__}") from None
    return os.fsdecode(p)


def _check_args(channel: Any, sample_rate: Any, max_duration: Any) -> None:
    if channel is not None and (isinstance(channel, bool) or not isinstance(channel, int) or channel < 0):
        raise ConfigError(f"channel must be a channel number from 0 (or unset to mix all channels), "
                          f"not {channel!r}")
    if isinstance(sample_rate, bool) or not isinstance(sample_rate, int) or not 1000 <= sample_rate <= 384000:
        raise ConfigError(f"sample_rate must be an integer between 1000 and 384000 Hz, not {sample_rate!r}")
    if max_duration is not None and (isinstance(max_duration, bool)
                                     or not isinstance(max_duration, (int, float))
                                     or not max_duration > 0):
        raise ConfigError(f"max_duration must be a positive number of seconds, not {max_duration!r}")


def _fmt_seconds(seconds: float) -> str:
    if seconds < 120:
        return f"{seconds:.1f} s"
    return f"{seconds / 60:.1f} min"


def _too_long(duration: float, limit: float, *, at_least: bool = False) -> AudioError:
    length = f"at least {_fmt_seconds(duration)}" if at_least else _fmt_seconds(duration)
    return AudioError(f"recording is {length} long; the limit is {_fmt_seconds(limit)} "
                      "(raise max_duration_minutes in the [audio] settings or SCRIBE_MAX_DURATION_MINUTES, "
                      "or split the file)")


def _channel_error(channel: int, nch: int) -> AudioError:
    plural = "s" if nch != 1 else ""
    return AudioError(f"channel {channel} requested but the recording has {nch} channel{plural}; "
                      f"use 0-{max(nch - 1, 0)} or leave it unset to mix all channels")


# ============================================================ file checks


def _check_file(path: str) -> int:
    """Filesystem checks before any decoder sees the file; returns its size."""
    try:
        st = os.stat(path)
    except FileNotFoundError:
        if os.path.islink(path):
            raise AudioError("file not found (broken symbolic link); check the path") from None
        raise AudioError("file not found; check the path") from None
    except NotADirectoryError:
        raise AudioError("file not found (a folder in the path is a file); check the path") from None
    except PermissionError:
        raise AudioError("permission denied: cannot reach the file (check the folders' permissions)") \
            from None
    except OSError as e:
        if e.errno == errno.ELOOP:
            raise AudioError("symbolic link loop (too many levels of symbolic links); check the path") \
                from None
        if e.errno == errno.ENAMETOOLONG:
            raise AudioError("file name too long; check the path") from None
        reason = e.strerror or e.__class__.__name__
        raise AudioError(f"cannot access the file ({reason}); check the path") from None
    except ValueError:  # embedded NUL byte
        raise AudioError("invalid file name (contains a NUL character); check the path") from None
    if stat.S_ISDIR(st.st_mode):
        raise AudioError("is a directory, not an audio file; give the path of a recording")
    if not stat.S_ISREG(st.st_mode):
        raise AudioError("not a regular file (a device, pipe or socket); copy the recording to a file first")
    if st.st_size == 0:
        raise AudioError("file is empty (0 bytes); the recording was not saved or copied completely")
    return st.st_size


def _read_error(e: OSError) -> AudioError:
    if isinstance(e, PermissionError):
        return AudioError("permission denied: cannot read the file; check its permissions")
    return AudioError(f"cannot read the file ({e.strerror or e.__class__.__name__}); {_RECOPY}")


def _sha256(path: str) -> str:
    digest = hashlib.sha256()
    try:
        with open(path, "rb") as f:
            while chunk := f.read(_HASH_CHUNK):
                digest.update(chunk)
    except OSError as e:
        raise _read_error(e) from e
    return digest.hexdigest()


def _read_head(path: str, offset: int, size: int) -> bytes:
    try:
        with open(path, "rb") as f:
            f.seek(offset)
            return f.read(size)
    except OSError:
        return b""


def _sniff(path: str) -> str | None:
    """Name of the media format the first bytes announce, if any."""
    head = _read_head(path, 0, 16)
    if head[:4] in (b"RIFF", b"RF64", b"BW64") and head[8:12] == b"WAVE":
        return "WAV"
    if head[:4] == b"fLaC":
        return "FLAC"
    if head[:4] == b"OggS":
        return "Ogg"
    if head[4:8] == b"ftyp":
        return "MP4/M4A/MOV"
    if head[:4] == b"\x1aE\xdf\xa3":
        return "Matroska/WebM"
    if head[:4] == b"FORM" and head[8:12] in (b"AIFF", b"AIFC"):
        return "AIFF"
    if head[:3] == b"ID3":
        return "MP3"
    if head[:4] == b"caff":
        return "CAF"
    return None


def _wav_header_duration(path: str) -> float | None:
    """Length the RIFF ``data`` chunk of a PCM WAV declares (FFmpeg clamps it)."""
    try:
        with open(path, "rb") as f:
            head = f.read(12)
            if len(head) < 12 or head[:4] != b"RIFF" or head[8:12] != b"WAVE":
                return None
            pos, frame_bytes, rate = 12, 0, 0
            for _ in range(64):
                f.seek(pos)
                chunk = f.read(8)
                if len(chunk) < 8:
                    return None
                cid, size = chunk[:4], int.from_bytes(chunk[4:], "little")
                if cid == b"fmt ":
                    fmt = f.read(16)
                    if len(fmt) < 16:
                        return None
                    tag = int.from_bytes(fmt[0:2], "little")
                    if tag not in (1, 3, 0xFFFE):  # PCM, float, extensible
                        return None
                    rate = int.from_bytes(fmt[4:8], "little")
                    frame_bytes = int.from_bytes(fmt[12:14], "little")
                elif cid == b"data":
                    # Writers that cannot seek back leave 0, 0xFFFFFFFF or
                    # 0x7FFFFFFF-ish placeholders: the length is unknown then.
                    if not rate or not frame_bytes or size == 0 or size >= 0x7FFF0000:
                        return None
                    return size / frame_bytes / rate
                pos += 8 + size + (size & 1)
    except OSError:
        return None
    return None


def _mp3_has_length_header(path: str) -> bool:
    """Whether the first MP3 frame is a Xing/Info/VBRI header (exact length)."""
    head = _read_head(path, 0, 10)
    offset = 0
    if head[:3] == b"ID3" and len(head) == 10:
        size = (head[6] & 0x7F) << 21 | (head[7] & 0x7F) << 14 | (head[8] & 0x7F) << 7 | (head[9] & 0x7F)
        offset = 10 + size + (10 if head[5] & 0x10 else 0)
    buf = _read_head(path, offset, 8192)
    for i in range(len(buf) - 1):
        if buf[i] == 0xFF and buf[i + 1] & 0xE0 == 0xE0:
            window = buf[i:i + 200]
            return any(tag in window for tag in (b"Xing", b"Info", b"VBRI"))
    return False


# ======================================================== PyAV: open/probe


def _nb_channels(obj: Any) -> int:
    layout = getattr(obj, "layout", None)
    n = getattr(layout, "nb_channels", None)
    if n is None and layout is not None:
        n = len(getattr(layout, "channels", ()))
    if not n:
        n = getattr(obj, "channels", 0) or 0
    return int(n)


def _open(path: str):
    """``av.open`` with the errors mapped; the caller closes the container."""
    # "file:" stops FFmpeg from reading a name like "concat:..." as a protocol,
    # and the whitelist keeps playlist-like formats from opening anything else.
    url = "file:" + os.path.abspath(path)
    try:
        return av.open(url, mode="r", container_options={"protocol_whitelist": "file"},
                       metadata_errors="replace")
    except (av.error.FileNotFoundError, av.error.IsADirectoryError,
            av.error.NotADirectoryError) as e:
        raise AudioError("file not found; check the path") from e
    except av.error.PermissionError as e:
        raise AudioError("permission denied: cannot read the file; check its permissions") from e
    except (av.error.InvalidDataError, av.error.EOFError, av.error.DemuxerNotFoundError) as e:
        kind = _sniff(path)
        if kind is not None or isinstance(e, av.error.EOFError):
            looks = f"it looks like {kind}" if kind else "the file ends early"
            raise AudioError(f"audio is truncated or corrupt: {looks} but its header cannot be read; "
                             f"{_RECOPY}") from e
        raise AudioError("not an audio file (unrecognised format); "
                         "use a recording such as wav, flac, mp3, m4a, ogg, opus, webm, mp4 or mov") from e
    except av.error.FFmpegError as e:
        raise AudioError(f"cannot open the file as audio ({e.strerror or 'FFmpeg error'}); {_RECOPY}") from e
    except OSError as e:
        raise _read_error(e) from e


def _audio_stream(container):
    streams = container.streams
    if not streams.audio:
        if streams.video:
            raise AudioError("no audio stream (video without sound?); "
                             "use a recording that has an audio track")
        if len(streams) == 0:
            raise AudioError("not an audio file (unrecognised format); "
                             "use a recording such as wav, flac, mp3, m4a, ogg, opus, webm, mp4 or mov")
        raise AudioError("no audio stream in this file; use a recording that has an audio track")
    best = getattr(streams, "best", None)  # PyAV >= 13: honours the "default" track flag
    stream = (best("audio") if best else None) or streams.audio[0]
    if stream.codec_context is None:
        raise AudioError("unsupported audio codec (no decoder available); "
                         "convert the recording to wav or flac")
    return stream


def _format_name(container, stream, path: str) -> str:
    names = container.format.name.split(",")
    ext = os.path.splitext(path)[1].lower().lstrip(".")
    fmt = ext if ext in names else names[0]
    codec = stream.codec_context.codec
    codec_name = getattr(codec, "canonical_name", None) or codec.name
    return fmt if codec_name == fmt else f"{fmt}/{codec_name}"


def _describe(container, stream, path: str) -> dict[str, Any]:
    """Probe facts from an open container (reads no audio).

    ``duration_exact`` says the length comes from the file's header or index,
    so decoding less than that means the file is truncated.
    """
    cc = stream.codec_context
    demuxer = container.format.name
    stated = None  # the audio stream's own length
    if stream.duration and stream.time_base:
        stated = float(stream.duration * stream.time_base)
    elif container.duration and len(container.streams) == 1:
        stated = container.duration / 1_000_000
    if demuxer == "wav":
        declared = _wav_header_duration(path)
        if declared is not None:
            stated = declared  # FFmpeg clamps it to the bytes present
    exact = demuxer in _EXACT_LENGTH_DEMUXERS or (demuxer == "mp3" and _mp3_has_length_header(path))
    duration = stated
    if duration is None and container.duration:
        duration = container.duration / 1_000_000  # may include a longer video track
    return {
        "container": demuxer,
        "format": _format_name(container, stream, path),
        "codec": cc.codec.name,
        "duration": duration,
        "duration_exact": bool(exact and stated is not None),
        "channels": _nb_channels(cc),
        "sample_rate": int(cc.sample_rate or 0),
        "has_video": bool(container.streams.video),
    }


def _probe_impl(path: str) -> dict[str, Any]:
    try:
        size = _check_file(path)
        container = _open(path)
        try:
            info = _describe(container, _audio_stream(container), path)
        finally:
            container.close()
        info["size_bytes"] = size
        return info
    except ScribeError:
        raise
    except Exception as e:
        raise _unexpected(e) from e


def _unexpected(e: BaseException) -> AudioError:
    log.debug("unexpected decoder failure", exc_info=e)
    if isinstance(e, MemoryError):
        return AudioError("not enough memory to decode this recording; "
                          "close other programs or split the file")
    if isinstance(e, av.error.FFmpegError):
        reason = e.strerror or "FFmpeg error"
        return AudioError(f"audio is truncated or corrupt: the decoder failed ({reason}); {_RECOPY}")
    if isinstance(e, OSError):
        return _read_error(e)
    return AudioError(f"the decoder failed unexpectedly ({type(e).__name__}); "
                      "try converting the recording to wav or flac")


# ======================================================= decoding proper


_SCALES = {"flt": 1.0, "dbl": 1.0, "s16": 1 / 32768, "s32": 1 / 2147483648, "s64": 1 / 9223372036854775808}


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


def _decode_stream(container, stream, info: dict[str, Any], channel: int | None,
                   out_rate: int, max_duration: float | None) -> np.ndarray:
    hint = 0
    if info["duration"]:
        seconds = min(info["duration"], _MAX_HINT_SECONDS)
        if max_duration is not None:
            seconds = min(seconds, max_duration + _LIMIT_GRACE)
        hint = int((seconds + 2.0) * out_rate)
    output = _Output(hint)
    resampler: _Resampler | None = None
    pending: list[np.ndarray] = []
    pending_n = 0
    decoded = 0.0  # seconds of source audio decoded
    errors = 0
    first_error_at: float | None = None
    broken_tail = False  # an error with no audio decoded after it
    limit = None if max_duration is None else max_duration + _LIMIT_GRACE

    def drain() -> None:
        nonlocal pending, pending_n
        _exit_if_orphaned()
        if pending:
            batch = pending[0] if len(pending) == 1 else np.concatenate(pending)
            pending, pending_n = [], 0
            output.extend(resampler.push(batch))

    def note_error(e: BaseException) -> None:
        nonlocal errors, first_error_at, broken_tail
        errors += 1
        broken_tail = True
        if first_error_at is None:
            first_error_at = decoded
        log.debug("decode error %d at %.2f s: %s", errors, decoded,
                  getattr(e, "strerror", None) or type(e).__name__)

    try:
        for packet in container.demux(stream):
            try:
                frames = packet.decode()
            except av.error.FFmpegError as e:
                note_error(e)
                continue
            for frame in frames:
                if not frame.samples:
                    continue
                rate = int(frame.sample_rate)
                if resampler is None or rate != resampler.in_rate:
                    if resampler is not None:
                        drain()
                        output.extend(resampler.flush())
                    resampler = _Resampler(rate, out_rate)
                pending.append(_frame_to_mono(frame, channel))
                pending_n += frame.samples
                decoded += frame.samples / rate
                broken_tail = False
                if pending_n >= rate * _BATCH_SECONDS:
                    drain()
                if limit is not None and decoded > limit:
                    raise _too_long(decoded, max_duration, at_least=True)
    except av.error.FFmpegError as e:  # the demuxer gave up mid-file
        note_error(e)
    if resampler is not None:
        drain()
        output.extend(resampler.flush())

    stated = info["duration"] if info["duration_exact"] else None
    tolerance = max(0.25, 0.002 * stated) if stated else 0.0
    complete = stated is not None and decoded >= stated - tolerance
    if broken_tail and not complete:
        raise AudioError(f"audio is truncated or corrupt: decoding failed after {_fmt_seconds(decoded)}; "
                         f"{_RECOPY}")
    if errors > _MAX_DECODE_ERRORS:
        raise AudioError(f"audio is corrupt: {errors} damaged blocks, the first after "
                         f"{_fmt_seconds(first_error_at or 0.0)}; {_RECOPY}")
    if output.n == 0:
        if stated:
            raise AudioError(f"audio is truncated or corrupt: no audio could be decoded but the header says "
                             f"{_fmt_seconds(stated)}; {_RECOPY}")
        raise AudioError("contains no audio samples (zero length); the recording is empty")
    if stated is not None and not complete:
        raise AudioError(f"audio is truncated or corrupt: only {_fmt_seconds(decoded)} of the "
                         f"{_fmt_seconds(stated)} its header states could be decoded; {_RECOPY}")
    if errors:
        log.debug("skipped %d damaged packet(s), the first at %.2f s", errors, first_error_at or 0.0)
    return output.take()


def _load_impl(path: str, channel: int | None = None, sample_rate: int = TARGET_RATE,
               max_duration: float | None = None) -> tuple[np.ndarray, dict[str, Any]]:
    """The whole job, in whichever process runs it: checks, hash, decode."""
    t0 = time.monotonic()
    try:
        _check_file(path)
        sha = _sha256(path)
        container = _open(path)
        try:
            stream = _audio_stream(container)
            info = _describe(container, stream, path)
            nch = info["channels"]
            if channel is not None and nch and channel >= nch:
                raise _channel_error(channel, nch)
            if (max_duration is not None and info["duration_exact"]
                    and info["duration"] is not None and info["duration"] > max_duration + _LIMIT_GRACE):
                raise _too_long(info["duration"], max_duration)
            samples = _decode_stream(container, stream, info, channel, sample_rate, max_duration)
        finally:
            container.close()
    except ScribeError:
        raise
    except Exception as e:
        raise _unexpected(e) from e
    log.debug("decoded %s: %.1f s of %d Hz x %d ch in %.2f s", info["format"], len(samples) / sample_rate,
              info["sample_rate"], info["channels"], time.monotonic() - t0)
    meta = {
        "sha256": sha,
        "source_format": info["format"],
        "source_sample_rate": info["sample_rate"],
        "source_channels": info["channels"],
    }
    return samples, meta


# ============================================================ the worker


_parent_pid: int | None = None  # set in the worker: the process it serves


def _exit_if_orphaned() -> None:
    """In the worker: stop mid-file if the parent died (nobody wants the result)."""
    if _parent_pid is not None and os.getppid() != _parent_pid:
        raise SystemExit(0)


def _worker_main(conn) -> None:
    """Loop of the decoder process: one request in, one reply out."""
    global _parent_pid
    _parent_pid = os.getppid()
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    with contextlib.suppress(AttributeError, TypeError, ValueError):
        av.logging.set_level(None)  # no FFmpeg chatter on the shared stderr
    try:
        _send(conn, {"ready": os.getpid()})
        while True:
            request = _recv(conn)
            if request.get("op") == "exit":
                return
            _serve(conn, request.get("op"), request.get("kwargs") or {})
    except (EOFError, OSError):
        return  # the parent went away (or closed the pipe mid-reply)


def _serve(conn, op: str, kwargs: dict[str, Any]) -> None:
    """Answer one request; only errors of ``conn`` itself escape."""
    try:
        if op == "load":
            samples, meta = _load_impl(**kwargs)
        elif op == "probe":
            samples, meta = None, _probe_impl(**kwargs)
        elif op == "_crash":  # test hook: die the way a segfaulting decoder would
            os.kill(os.getpid(), signal.SIGKILL)
            return
        else:
            raise AudioError(f"internal error: unknown decoder request {op!r}")
    except ScribeError as e:
        _send(conn, {"error": type(e).__name__, "message": str(e)})
        return
    except Exception as e:  # noqa: BLE001 - _load_impl wraps everything; belt and braces
        _send(conn, {"error": "AudioError", "message": str(_unexpected(e))})
        return
    if samples is None:
        _send(conn, {"ok": meta, "nbytes": 0})
        return
    _send(conn, {"ok": meta, "nbytes": samples.nbytes})
    view = memoryview(samples).cast("B")
    for start in range(0, len(view), _TRANSFER_CHUNK):
        conn.send_bytes(view[start:start + _TRANSFER_CHUNK])


def _worker_entry(fd: int) -> None:
    """Entry point of the subprocess worker (see ``_Worker._start_subprocess``)."""
    _worker_main(Connection(fd))


# Control messages are small JSON objects, not pickles: the worker parses
# untrusted files, and a pickle from a subverted worker could run code in the
# parent. The samples travel as raw float32 bytes.
_MAX_MESSAGE = 1 << 20


def _send(conn, message: dict[str, Any]) -> None:
    conn.send_bytes(json.dumps(message).encode())


def _recv(conn) -> dict[str, Any]:
    try:
        message = json.loads(conn.recv_bytes(_MAX_MESSAGE))
    except (ValueError, UnicodeDecodeError) as e:  # JSONDecodeError is a ValueError
        raise _ProtocolError("malformed message") from e
    if not isinstance(message, dict):
        raise _ProtocolError("malformed message")
    return message


class _ProtocolError(Exception):
    """The other end broke the protocol (treated like a crashed worker)."""


_ERROR_TYPES: dict[str, type[ScribeError]] = {"AudioError": AudioError, "ConfigError": ConfigError}

# The worker is a fresh interpreter that gets our sys.path and imports this
# module only. (multiprocessing's "spawn" would also re-import the caller's
# __main__, re-running any unguarded script inside the decoder.)
_BOOTSTRAP = ("import importlib, json, sys; sys.path[:] = json.loads(sys.argv[1]); "
              "importlib.import_module(sys.argv[2])._worker_entry(int(sys.argv[3]))")


class _Popen:
    """``subprocess.Popen`` with the bits of ``multiprocessing.Process`` we use."""

    def __init__(self, popen: subprocess.Popen) -> None:
        self.popen = popen
        self.pid = popen.pid

    def is_alive(self) -> bool:
        return self.popen.poll() is None

    @property
    def exitcode(self) -> int | None:
        return self.popen.poll()

    def join(self, timeout: float | None = None) -> None:
        with contextlib.suppress(subprocess.TimeoutExpired):
            self.popen.wait(timeout)

    def terminate(self) -> None:
        self.popen.terminate()

    def kill(self) -> None:
        self.popen.kill()


class _Worker:
    """The decoder process and our end of its pipe."""

    def __init__(self) -> None:
        if _USE_SUBPROCESS:
            self._start_subprocess()
        else:
            self._start_multiprocessing()
        # Wait for "ready", so that a worker that cannot even start (import
        # error, ...) is not mistaken for a decoder crash on the first file.
        try:
            if not self.conn.poll(_START_TIMEOUT):
                raise RuntimeError("the decoder worker did not start in time")
            if "ready" not in _recv(self.conn):
                raise RuntimeError("the decoder worker sent an unexpected greeting")
        except BaseException:
            self.stop(graceful=False)
            raise
        log.debug("started decoder worker pid %s", self.process.pid)

    def _start_subprocess(self) -> None:
        parent_sock, child_sock = socket.socketpair()
        try:
            paths = json.dumps([p for p in sys.path if isinstance(p, str)])
            popen = subprocess.Popen(
                [sys.executable, "-I", "-c", _BOOTSTRAP, paths, __name__, str(child_sock.fileno())],
                pass_fds=(child_sock.fileno(),), stdin=subprocess.DEVNULL, close_fds=True,
            )
        except BaseException:
            parent_sock.close()
            raise
        finally:
            child_sock.close()
        self.process = _Popen(popen)
        self.conn = Connection(parent_sock.detach())

    def _start_multiprocessing(self) -> None:  # where pass_fds does not exist (Windows)
        ctx = multiprocessing.get_context("spawn")
        self.conn, child_conn = ctx.Pipe(duplex=True)
        self.process = ctx.Process(target=_worker_main, args=(child_conn,),
                                   name="pipeline.audio-decoder", daemon=True)
        try:
            self.process.start()
        except BaseException:
            self.conn.close()
            raise
        finally:
            child_conn.close()

    def alive(self) -> bool:
        return self.process.is_alive()

    def stop(self, *, graceful: bool = True) -> None:
        try:
            if graceful and self.process.is_alive():
                with contextlib.suppress(OSError, ValueError):
                    _send(self.conn, {"op": "exit"})
                self.process.join(2.0)
            if self.process.is_alive():
                self.process.terminate()
                self.process.join(2.0)
            if self.process.is_alive():
                self.process.kill()
                self.process.join(2.0)
        finally:
            self.conn.close()

    def call(self, op: str, kwargs: dict[str, Any]) -> tuple[Any, np.ndarray | None]:
        _send(self.conn, {"op": op, "kwargs": kwargs})
        reply = _recv(self.conn)
        if "error" in reply:
            kind = _ERROR_TYPES.get(reply["error"], AudioError)
            raise kind(str(reply.get("message", "the decoder failed")))
        payload, nbytes = reply.get("ok"), reply.get("nbytes")
        if not isinstance(payload, dict) or not isinstance(nbytes, int) or nbytes < 0 or nbytes % 4:
            raise _ProtocolError("malformed reply")
        if op != "load":
            return payload, None
        # Received piecewise straight into the result: no second copy of the audio.
        samples = np.empty(nbytes // 4, dtype=np.float32)
        view = memoryview(samples).cast("B")
        received = 0
        try:
            while received < nbytes:
                received += self.conn.recv_bytes_into(view, received)
        except multiprocessing.BufferTooShort as e:
            raise _ProtocolError("more samples than announced") from e
        return payload, samples


_USE_SUBPROCESS = os.name == "posix"
_START_TIMEOUT = 60.0  # seconds for a new worker to import numpy and PyAV
_worker: _Worker | None = None
_warned_no_worker = False
_worker_lock = threading.Lock()


def _forget_worker_after_fork() -> None:
    """In a forked child the parent's worker is not ours: drop it, don't stop it."""
    global _worker, _worker_lock
    _worker_lock = threading.Lock()
    if _worker is not None:
        with contextlib.suppress(OSError):
            _worker.conn.close()
    _worker = None


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_forget_worker_after_fork)


def _crash_message(process) -> str:
    code = process.exitcode
    how = ""
    if code is not None and code < 0:
        try:
            how = f" (killed by {signal.Signals(-code).name})"
        except ValueError:
            how = f" (killed by signal {-code})"
    elif code:
        how = f" (exit code {code})"
    return (f"the decoder crashed on this file{how}; it is probably corrupt (or memory ran out): "
            "try re-exporting it to wav or flac")


def _call_worker(op: str, kwargs: dict[str, Any] | None = None) -> tuple[Any, Any]:
    """Run ``op`` in the worker; a dead worker becomes AudioError, then is replaced."""
    global _worker, _warned_no_worker
    kwargs = kwargs or {}
    with _worker_lock:
        if _worker is not None and not _worker.alive():
            log.debug("decoder worker had died (exit code %s); restarting", _worker.process.exitcode)
            _worker.stop()
            _worker = None
        if _worker is None:
            try:
                _worker = _Worker()
            except Exception as e:  # noqa: BLE001 - no sys.executable, process limit, ...
                (log.debug if _warned_no_worker else log.warning)(
                    "cannot start the isolated decoder process (%s); decoding in this process",
                    type(e).__name__)
                _warned_no_worker = True
                return _call_in_process(op, kwargs)
        worker = _worker
        try:
            payload, samples = worker.call(op, kwargs)
        except ScribeError:
            raise
        except (EOFError, OSError, _ProtocolError) as e:  # the worker died (or went mad) mid-request
            if isinstance(e, _ProtocolError):
                worker.stop(graceful=False)
            else:
                worker.process.join(5.0)  # it is dying: collect its exit status
            message = _crash_message(worker.process)
            log.debug("decoder worker lost: %s, exit code %s", type(e).__name__, worker.process.exitcode)
            worker.stop(graceful=False)
            _worker = None
            raise AudioError(message) from e
        except BaseException:
            # Interrupted (Ctrl-C) or a bug: the pipe is in an unknown state.
            worker.stop(graceful=False)
            _worker = None
            raise
    if op == "load":
        return samples, payload
    return payload, None


def _call_in_process(op: str, kwargs: dict[str, Any]) -> tuple[Any, Any]:
    if op == "load":
        return _load_impl(**kwargs)
    if op == "probe":
        return _probe_impl(**kwargs), None
    raise AudioError(f"internal error: unknown decoder request {op!r}")


atexit.register(shutdown)
