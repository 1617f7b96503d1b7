"""In-process decoding with PyAV: open, probe, decode, check the length.

*One decoder, PyAV.* Everything goes through PyAV (the FFmpeg it bundles),
including wav/flac/ogg that soundfile could read. One path means one
resampler, one channel-mixing rule, one set of error messages and one set of
truncation rules for every format; libsndfile would add nothing FFmpeg lacks
for these formats, and silently returns short data for truncated files, so a
second path would double the test matrix for no gain.

*Streaming.* Packets are demuxed and decoded one at a time and each frame goes
straight through the mono mix and the resampler into the output buffer (see
``dsp``): never the whole decoded source in memory. Speed: about 7 s (WAV) to
12-15 s (AAC) per hour of 48 kHz stereo, on one core.

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

import logging
import os
import time
from typing import Any

import av
import numpy as np

from ..errors import AudioError, ScribeError
from .dsp import _Output, _Resampler, _frame_to_mono, _nb_channels
from .files import (
    _RECOPY,
    _channel_error,
    _check_file,
    _fmt_seconds,
    _mp3_has_length_header,
    _read_error,
    _sha256,
    _sniff,
    _too_long,
    _wav_header_duration,
)

log = logging.getLogger("pipeline.audio")

TARGET_RATE = 16000

_BATCH_SECONDS = 0.5  # mono source audio batched per resampler call
_MAX_DECODE_ERRORS = 10  # isolated bad packets tolerated before "corrupt"
_LIMIT_GRACE = 0.25  # seconds over max_duration allowed for codec padding
_MAX_HINT_SECONDS = 8 * 3600  # never reserve more than this up front (lying headers)

# Demuxers whose stated length comes from the file's own header/index rather
# than a bit-rate estimate, so a shortfall on decoding means truncation.
_EXACT_LENGTH_DEMUXERS = frozenset({
    "wav", "w64", "flac", "ogg", "matroska,webm", "mov,mp4,m4a,3gp,3g2,mj2",
    "aiff", "caf", "wv", "ape", "tta",
})

_parent_pid: int | None = None  # set in the worker (worker._worker_main): the process it serves


def _exit_if_orphaned() -> None:
    """In the worker: stop mid-file if the parent died (nobody wants the result)."""
    if _parent_pid is not None and os.getppid() != _parent_pid:
        raise SystemExit(0)


# ======================================================== PyAV: open/probe


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
