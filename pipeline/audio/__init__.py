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
the path (the CLI prefixes the file name when it prints them). This package logs
(to the ``pipeline.audio`` logger) at DEBUG only (one exception: a WARNING,
without any file detail, when the isolated worker cannot be started) and never
logs file names or messages about a file at any level: children's health data.

Layout
------
``files``   checks and reads done with plain file I/O: existence/type checks,
            sha256, format sniffing, the lengths WAV and MP3 headers state.
``dsp``     per-frame channel mixing, the libswresample resampler, the output
            buffer.
``decode``  PyAV open/probe/decode and the truncation rules: the whole job
            (``_load_impl``, ``_probe_impl``) in whichever process runs it.
``worker``  isolation: the decoder worker process and the protocol to it.

Each module's docstring has the design notes of its part.
"""

from __future__ import annotations

import os
from typing import Any

from ..errors import ConfigError
from ..schema import Audio
from .decode import TARGET_RATE, _load_impl, _probe_impl
from .files import _check_file
from .worker import _call_worker, shutdown

__all__ = ["load", "probe", "shutdown"]


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
