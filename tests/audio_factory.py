"""Synthesises small test recordings with numpy, soundfile and PyAV only.

No system ffmpeg is needed: PyAV wheels bundle FFmpeg (with libmp3lame,
libopus, aac, mpeg4 ...) and soundfile bundles libsndfile (wav, flac, ogg
vorbis). Every writer takes ``data`` as float32 of shape ``(frames,)`` or
``(frames, channels)`` with values in [-1, 1] and returns the path it wrote.

The signals are pure sines (one frequency per channel) so a test can check
which frequency dominates after decoding, downmixing and resampling.
"""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

import av
import numpy as np
import soundfile as sf

# Distinct, non-harmonic frequencies below 8 kHz (the 16 kHz Nyquist), one per
# channel of a multichannel file, so the kept channel can be identified.
CHANNEL_FREQS = (440.0, 1000.0, 1700.0, 2500.0, 3300.0, 4100.0)

_LAYOUTS = {1: "mono", 2: "stereo", 3: "2.1", 4: "quad", 5: "5.0", 6: "5.1"}


def tone(freq: float, seconds: float, rate: int, amplitude: float = 0.5) -> np.ndarray:
    """A mono float32 sine with 10 ms fades (so codecs don't ring at the edges)."""
    n = round(seconds * rate)
    t = np.arange(n, dtype=np.float64) / rate
    x = amplitude * np.sin(2 * np.pi * freq * t)
    fade = min(n // 2, int(0.01 * rate))
    if fade:
        ramp = np.linspace(0.0, 1.0, fade)
        x[:fade] *= ramp
        x[-fade:] *= ramp[::-1]
    return x.astype(np.float32)


def multitone(freqs: tuple[float, ...] | list[float], seconds: float, rate: int,
              amplitude: float = 0.4) -> np.ndarray:
    """``(frames, len(freqs))`` float32: channel i is a sine at ``freqs[i]``."""
    return np.stack([tone(f, seconds, rate, amplitude) for f in freqs], axis=1)


def _as_2d(data: np.ndarray) -> np.ndarray:
    data = np.asarray(data, dtype=np.float32)
    return data[:, None] if data.ndim == 1 else data


# --------------------------------------------------------------------- libsndfile


def write_soundfile(path: Path, data: np.ndarray, rate: int, *, format: str,
                    subtype: str | None = None) -> Path:
    sf.write(str(path), _as_2d(data), rate, format=format, subtype=subtype)
    return Path(path)


def write_wav(path: Path, data: np.ndarray, rate: int, subtype: str = "PCM_16") -> Path:
    return write_soundfile(path, data, rate, format="WAV", subtype=subtype)


def write_flac(path: Path, data: np.ndarray, rate: int) -> Path:
    return write_soundfile(path, data, rate, format="FLAC", subtype="PCM_16")


def write_ogg_vorbis(path: Path, data: np.ndarray, rate: int) -> Path:
    return write_soundfile(path, data, rate, format="OGG", subtype="VORBIS")


# --------------------------------------------------------------------------- PyAV


def can_encode(codec: str) -> bool:
    """Whether the installed PyAV/FFmpeg has an encoder called ``codec``."""
    try:
        av.Codec(codec, "w")
    except ValueError:  # av.codec.codec.UnknownCodecError
        return False
    return True


def _encode_audio(container, stream, data: np.ndarray, rate: int) -> None:
    """Feed ``data`` to ``stream`` in frames the encoder accepts and flush it."""
    data = _as_2d(data)
    layout = _LAYOUTS[data.shape[1]]
    ctx = stream.codec_context
    frame_size = ctx.frame_size or 1024
    # Convert our packed float frames to whatever sample format the encoder wants.
    converter = av.AudioResampler(format=ctx.format.name, layout=layout, rate=rate)
    pts = 0
    for start in range(0, len(data), frame_size):
        chunk = np.ascontiguousarray(data[start:start + frame_size])
        frame = av.AudioFrame.from_ndarray(chunk.reshape(1, -1), format="flt", layout=layout)
        frame.sample_rate = rate
        frame.pts = pts
        frame.time_base = Fraction(1, rate)
        pts += len(chunk)
        for converted in converter.resample(frame):
            for packet in stream.encode(converted):
                container.mux(packet)
    for packet in stream.encode(None):
        container.mux(packet)


def write_av(path: Path, data: np.ndarray, rate: int, codec: str, *,
             format: str | None = None, bit_rate: int | None = None,
             video: bool = False, options: dict[str, str] | None = None,
             container_options: dict[str, str] | None = None) -> Path:
    """Encode ``data`` with PyAV; optionally add a tiny video track first.

    ``format`` is the muxer name (``"ipod"`` for m4a, ``"webm"`` ...); by
    default FFmpeg picks it from the file extension. ``options`` go to the
    encoder, ``container_options`` to the muxer (e.g. ``{"write_xing": "0"}``).
    """
    data = _as_2d(data)
    layout = _LAYOUTS[data.shape[1]]
    with av.open(str(path), "w", format=format, container_options=container_options or {}) as container:
        vstream = _add_video(container) if video else None
        stream = container.add_stream(codec, rate=rate, layout=layout, options=options or {})
        if bit_rate:
            stream.bit_rate = bit_rate
        if vstream is not None:
            _encode_video(container, vstream, seconds=len(data) / rate)
        _encode_audio(container, stream, data, rate)
    return Path(path)


def _add_video(container):
    codec = "mpeg4"  # in every FFmpeg build, fine in mp4 and mov
    vstream = container.add_stream(codec, rate=5)
    vstream.width, vstream.height, vstream.pix_fmt = 64, 48, "yuv420p"
    return vstream


def _encode_video(container, vstream, seconds: float) -> None:
    n = max(1, int(seconds * 5))
    for i in range(n):
        img = np.full((48, 64, 3), (i * 40) % 256, dtype=np.uint8)
        frame = av.VideoFrame.from_ndarray(img, format="rgb24")
        frame.pts = i
        for packet in vstream.encode(frame):
            container.mux(packet)
    for packet in vstream.encode(None):
        container.mux(packet)


def write_video_only(path: Path, seconds: float = 1.0) -> Path:
    """An mp4/mov with a video track and no audio track at all."""
    with av.open(str(path), "w") as container:
        vstream = _add_video(container)
        _encode_video(container, vstream, seconds)
    return Path(path)


def write_mp3(path: Path, data: np.ndarray, rate: int, *, xing: bool = True) -> Path:
    """MP3 via LAME; ``xing=False`` leaves out the Xing/Info header that
    states the length (as some recorders do), so only a bit-rate estimate exists."""
    return write_av(path, data, rate, "libmp3lame", bit_rate=64000,
                    container_options=None if xing else {"write_xing": "0"})


def write_m4a(path: Path, data: np.ndarray, rate: int) -> Path:
    return write_av(path, data, rate, "aac", format="ipod", bit_rate=64000)


def write_opus(path: Path, data: np.ndarray, rate: int = 48000, *, format: str = "ogg") -> Path:
    codec = "libopus" if can_encode("libopus") else "opus"
    return write_av(path, data, rate, codec, format=format, bit_rate=48000)


def write_video_with_audio(path: Path, data: np.ndarray, rate: int) -> Path:
    """mp4 or mov (from the extension): tiny mpeg4 video + aac audio."""
    return write_av(path, data, rate, "aac", video=True, bit_rate=64000)


# ------------------------------------------------------------------- bad inputs


def write_empty(path: Path) -> Path:
    Path(path).write_bytes(b"")
    return Path(path)


def write_header_only_wav(path: Path, *, claims_data: bool = False, rate: int = 16000) -> Path:
    """A 44-byte canonical WAV header with no sample data after it.

    ``claims_data=False``: the header says the data chunk is empty (a recorder
    that was stopped immediately). ``claims_data=True``: the header promises
    one second of audio that is not there (a file cut right after its header).
    """
    data_bytes = rate * 2 if claims_data else 0
    header = (b"RIFF" + (36 + data_bytes).to_bytes(4, "little") + b"WAVE"
              + b"fmt " + (16).to_bytes(4, "little")
              + (1).to_bytes(2, "little") + (1).to_bytes(2, "little")
              + rate.to_bytes(4, "little") + (rate * 2).to_bytes(4, "little")
              + (2).to_bytes(2, "little") + (16).to_bytes(2, "little")
              + b"data" + data_bytes.to_bytes(4, "little"))
    assert len(header) == 44
    Path(path).write_bytes(header)
    return Path(path)


def write_streaming_wav(path: Path, data: np.ndarray, rate: int, placeholder: int) -> Path:
    """A 16-bit WAV whose header sizes were never filled in (``placeholder``),
    as written by recorders and tools that stream to a pipe."""
    write_wav(path, data, rate)
    raw = bytearray(Path(path).read_bytes())
    assert raw[36:40] == b"data"  # libsndfile's canonical 44-byte header
    raw[4:8] = (placeholder or 0).to_bytes(4, "little")
    raw[40:44] = placeholder.to_bytes(4, "little")
    Path(path).write_bytes(raw)
    return Path(path)


def write_random_bytes(path: Path, size: int = 64 * 1024, seed: int = 1234) -> Path:
    Path(path).write_bytes(np.random.default_rng(seed).integers(0, 256, size, dtype=np.uint8).tobytes())
    return Path(path)


def write_text(path: Path) -> Path:
    Path(path).write_text("This is not audio.\n" * 200, encoding="utf-8")
    return Path(path)


def truncate_copy(src: Path, dst: Path, fraction: float) -> Path:
    """Copy the first ``fraction`` of ``src``'s bytes to ``dst``."""
    raw = Path(src).read_bytes()
    Path(dst).write_bytes(raw[: int(len(raw) * fraction)])
    return Path(dst)


def truncate_adts_at_frame(src: Path, dst: Path, fraction: float) -> Path:
    """Copy whole ADTS (raw AAC) frames up to ``fraction`` of ``src``'s bytes:
    a clean cut that no decoder can notice."""
    raw = Path(src).read_bytes()
    pos = 0
    while pos + 7 <= len(raw) and pos < len(raw) * fraction:
        assert raw[pos] == 0xFF and raw[pos + 1] & 0xF0 == 0xF0, "not an ADTS frame"
        pos += ((raw[pos + 3] & 0x03) << 11) | (raw[pos + 4] << 3) | (raw[pos + 5] >> 5)
    Path(dst).write_bytes(raw[:pos])
    return Path(dst)


def symlink_loop(directory: Path, name: str = "loop.wav") -> Path:
    """``name`` -> ``name.b`` -> ``name``: stat() fails with ELOOP."""
    a, b = Path(directory) / name, Path(directory) / (name + ".b")
    a.symlink_to(b.name)
    b.symlink_to(a.name)
    return a
