"""Tests of pipeline.audio: formats, rates, channels, bad inputs, isolation.

All media is synthesised into temporary folders by tests/audio_factory.py
(PyAV + soundfile + numpy; no system ffmpeg needed).
"""

from __future__ import annotations

import hashlib
import logging
import os
import shutil
import tempfile
from pathlib import Path

import numpy as np
import pytest

try:  # tests/ as a package (with an __init__.py) or as a plain folder on sys.path
    from . import audio_factory as F
except ImportError:
    import audio_factory as F
from pipeline import audio
from pipeline.audio import dsp as audio_dsp
from pipeline.audio import files as audio_files
from pipeline.audio import worker as audio_worker
from pipeline.errors import AudioError, ConfigError
from pipeline.schema import Audio

SR = 16000
DUR = 1.5  # seconds of every synthetic recording
OPUS = ("libopus", "opus")  # either encoder makes the opus files


# ------------------------------------------------------------------ helpers


def spectrum(x: np.ndarray, rate: int = SR) -> tuple[np.ndarray, np.ndarray]:
    x = np.asarray(x, dtype=np.float64)
    mag = np.abs(np.fft.rfft(x * np.hanning(len(x))))
    return np.fft.rfftfreq(len(x), 1 / rate), mag


def dominant(x: np.ndarray, rate: int = SR) -> float:
    freqs, mag = spectrum(x, rate)
    return float(freqs[np.argmax(mag)])


def level_at(x: np.ndarray, freq: float, rate: int = SR, width: float = 30.0) -> float:
    """Peak spectral magnitude within ``width`` Hz of ``freq``."""
    freqs, mag = spectrum(x, rate)
    band = (freqs > freq - width) & (freqs < freq + width)
    return float(mag[band].max())


def sha256(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def check_audio(a: Audio, path: Path, expected_seconds: float, *, rel: float = 0.02) -> None:
    assert isinstance(a, Audio)
    assert a.samples.dtype == np.float32
    assert a.samples.ndim == 1
    assert a.sample_rate == SR
    assert a.duration == pytest.approx(len(a.samples) / SR)
    # Codecs may add priming/padding: raw ADTS AAC (no edit list) keeps up to
    # 2047 samples of it, ~43 ms at 48 kHz; containers with edit lists trim it.
    assert abs(a.duration - expected_seconds) <= max(rel * expected_seconds, 0.05), a.duration
    assert a.sha256 == sha256(path)
    assert np.isfinite(a.samples).all()
    assert np.abs(a.samples).max() <= 1.5


def expect_error(phrase: str, fn, *args, **kwargs) -> AudioError:
    with pytest.raises(AudioError) as info:
        fn(*args, **kwargs)
    message = str(info.value)
    assert phrase in message, message
    assert "\n" not in message
    return info.value


def need(*codecs: str) -> None:
    """Skip unless PyAV can encode with one of ``codecs`` (to make the test file)."""
    if codecs and not any(F.can_encode(c) for c in codecs):
        pytest.skip(f"this PyAV/FFmpeg build has no {' or '.join(codecs)} encoder to make the test file")


# ------------------------------------------------------------------ fixtures


@pytest.fixture(scope="module")
def media(tmp_path_factory) -> Path:
    """A folder of good recordings, made once for the module."""
    d = tmp_path_factory.mktemp("media")
    mono48 = F.tone(1000, DUR, 48000)
    stereo48 = F.multitone(F.CHANNEL_FREQS[:2], DUR, 48000)
    stereo44 = F.multitone(F.CHANNEL_FREQS[:2], DUR, 44100)
    for rate in (8000, 16000, 44100, 48000):
        F.write_wav(d / f"tone{rate}.wav", F.tone(1000, DUR, rate), rate)
    F.write_wav(d / "float48.wav", mono48, 48000, subtype="FLOAT")
    F.write_wav(d / "pcm24.wav", mono48, 48000, subtype="PCM_24")
    F.write_wav(d / "stereo16.wav", F.multitone(F.CHANNEL_FREQS[:2], DUR, 16000), 16000)
    F.write_wav(d / "stereo48.wav", stereo48, 48000)
    F.write_wav(d / "six48.wav", F.multitone(F.CHANNEL_FREQS, DUR, 48000), 48000)
    F.write_flac(d / "six44.flac", F.multitone(F.CHANNEL_FREQS, DUR, 44100), 44100)
    F.write_flac(d / "tone.flac", F.tone(1000, DUR, 44100), 44100)
    F.write_ogg_vorbis(d / "tone.ogg", F.tone(1000, DUR, 44100), 44100)
    if F.can_encode("libmp3lame"):
        F.write_mp3(d / "tone.mp3", F.tone(1000, DUR, 44100), 44100)
        F.write_mp3(d / "stereo.mp3", stereo44, 44100)
    if F.can_encode("aac"):
        F.write_m4a(d / "tone.m4a", mono48, 48000)
        F.write_m4a(d / "stereo.m4a", stereo48, 48000)
        F.write_video_with_audio(d / "clip.mp4", stereo48, 48000)
        F.write_video_with_audio(d / "clip.mov", stereo44, 44100)
        F.write_av(d / "tone.aac", mono48, 48000, "aac", format="adts", bit_rate=64000)
    if any(F.can_encode(c) for c in OPUS):
        F.write_opus(d / "tone.opus", mono48, format="ogg")
        F.write_opus(d / "stereo.webm", stereo48, format="webm")
    return d


# --------------------------------------------------------- rates and formats


@pytest.mark.parametrize("rate", [8000, 16000, 44100, 48000])
def test_wav_any_rate_becomes_16k_mono(media, rate):
    path = media / f"tone{rate}.wav"
    a = audio.load(path, isolate=False)
    check_audio(a, path, DUR, rel=0.001)
    assert dominant(a.samples) == pytest.approx(1000, abs=5)
    assert (a.source_sample_rate, a.source_channels, a.channel) == (rate, 1, None)
    assert a.source_format == "wav/pcm_s16le"
    if rate == SR:  # no resampling: the exact samples of the file
        import soundfile as sf

        ref, _ = sf.read(path, dtype="float32")
        np.testing.assert_array_equal(a.samples, ref)


@pytest.mark.parametrize("name", ["float48.wav", "pcm24.wav"])
def test_wav_sample_formats(media, name):
    a = audio.load(media / name, isolate=False)
    check_audio(a, media / name, DUR, rel=0.001)
    assert dominant(a.samples) == pytest.approx(1000, abs=5)
    assert np.abs(a.samples).max() == pytest.approx(0.5, abs=0.02)  # scaled to [-1, 1]


FORMATS = [
    # file, PyAV encoders that can make it, source_format, source rate, channels
    ("tone.flac", (), "flac", 44100, 1),  # soundfile writes flac and ogg vorbis
    ("tone.ogg", (), "ogg/vorbis", 44100, 1),
    ("tone.mp3", ("libmp3lame",), "mp3", 44100, 1),
    ("tone.m4a", ("aac",), "m4a/aac", 48000, 1),
    ("tone.aac", ("aac",), "aac", 48000, 1),
    ("tone.opus", OPUS, "ogg/opus", 48000, 1),
    ("stereo.webm", OPUS, "webm/opus", 48000, 2),
    ("stereo.mp3", ("libmp3lame",), "mp3", 44100, 2),
    ("stereo.m4a", ("aac",), "m4a/aac", 48000, 2),
    ("clip.mp4", ("aac",), "mp4/aac", 48000, 2),
    ("clip.mov", ("aac",), "mov/aac", 44100, 2),
]


@pytest.mark.parametrize("name,codecs,fmt,rate,channels", FORMATS, ids=[f[0] for f in FORMATS])
def test_formats(media, name, codecs, fmt, rate, channels):
    need(*codecs)
    path = media / name
    a = audio.load(path, isolate=False)
    check_audio(a, path, DUR)
    assert (a.source_format, a.source_sample_rate, a.source_channels) == (fmt, rate, channels)
    if channels == 1:
        assert dominant(a.samples) == pytest.approx(1000, abs=5)
    else:  # the mean of a 440 Hz and a 1000 Hz channel: both survive, equally loud
        lo, hi = level_at(a.samples, 440), level_at(a.samples, 1000)
        assert 0.7 < lo / hi < 1.4
        assert min(abs(dominant(a.samples) - f) for f in (440, 1000)) < 5


@pytest.mark.parametrize("name,codecs,fmt,rate,channels", FORMATS[:6], ids=[f[0] for f in FORMATS[:6]])
def test_probe(media, name, codecs, fmt, rate, channels):
    need(*codecs)
    path = media / name
    info = audio.probe(path, isolate=False)
    assert info["format"] == fmt
    assert (info["sample_rate"], info["channels"]) == (rate, channels)
    assert info["size_bytes"] == path.stat().st_size
    assert info["has_video"] is False
    assert info["duration"] == pytest.approx(DUR, rel=0.05)
    # ADTS AAC has no length in its header: FFmpeg estimates it from the bit rate.
    assert info["duration_exact"] is (name != "tone.aac")


def test_probe_video(media):
    need("aac")
    info = audio.probe(media / "clip.mp4", isolate=False)
    assert info["has_video"] is True
    assert (info["format"], info["channels"]) == ("mp4/aac", 2)


# ------------------------------------------------------------------ channels


def test_stereo_downmix_is_the_mean(media):
    import soundfile as sf

    ref, _ = sf.read(media / "stereo16.wav", dtype="float32")
    a = audio.load(media / "stereo16.wav", isolate=False)
    assert a.channel is None and a.source_channels == 2
    np.testing.assert_allclose(a.samples, ref.mean(axis=1), atol=1e-6)


@pytest.mark.parametrize("name,codecs", [("stereo48.wav", ()), ("stereo.m4a", ("aac",)),
                                         ("stereo.mp3", ("libmp3lame",)), ("stereo.webm", OPUS)])
def test_stereo_channel_pick(media, name, codecs):
    need(*codecs)
    path = media / name
    for ch, freq in enumerate(F.CHANNEL_FREQS[:2]):
        a = audio.load(path, channel=ch, isolate=False)
        assert a.channel == ch
        assert dominant(a.samples) == pytest.approx(freq, abs=5)
        other = F.CHANNEL_FREQS[1 - ch]
        assert level_at(a.samples, other) < 0.05 * level_at(a.samples, freq)
    expect_error("channel 2 requested but the recording has 2 channels", audio.load, path,
                 channel=2, isolate=False)


@pytest.mark.parametrize("name", ["six48.wav", "six44.flac"])
def test_six_channels(media, name):
    path = media / name
    mixed = audio.load(path, isolate=False)
    assert mixed.source_channels == 6
    levels = [level_at(mixed.samples, f) for f in F.CHANNEL_FREQS]
    assert max(levels) / min(levels) < 1.3, levels  # every channel in the mix, equally
    for ch, freq in enumerate(F.CHANNEL_FREQS):
        a = audio.load(path, channel=ch, isolate=False)
        assert dominant(a.samples) == pytest.approx(freq, abs=5), ch
        assert len(a.samples) == len(mixed.samples)
    expect_error("channel 6 requested but the recording has 6 channels", audio.load, path,
                 channel=6, isolate=False)


def test_mono_channel_zero_and_one(media):
    path = media / "tone16000.wav"
    a = audio.load(path, channel=0, isolate=False)
    assert a.channel == 0 and dominant(a.samples) == pytest.approx(1000, abs=5)
    expect_error("channel 1 requested but the recording has 1 channel;", audio.load, path,
                 channel=1, isolate=False)


# ---------------------------------------------------------------- resampling


def test_resampling_does_not_alias(tmp_path):
    """A 9.5 kHz tone (above the 8 kHz Nyquist of 16 kHz) must not fold to 6.5 kHz."""
    rate = 48000
    x = F.tone(1000, 2.0, rate, 0.3) + F.tone(9500, 2.0, rate, 0.3)
    path = F.write_wav(tmp_path / "alias.wav", x, rate, subtype="FLOAT")
    a = audio.load(path, isolate=False)
    assert len(a.samples) == 32000
    ratio = level_at(a.samples, 6500) / level_at(a.samples, 1000)
    assert 20 * np.log10(ratio) < -60
    # ... while the passband keeps its level (0.3 amplitude 1 kHz tone).
    core = a.samples[1600:-1600]
    assert np.sqrt(np.mean(core ** 2)) == pytest.approx(0.3 / np.sqrt(2), rel=0.03)


def test_other_output_rate(media):
    a = audio.load(media / "tone44100.wav", sample_rate=8000, isolate=False)
    assert a.sample_rate == 8000 and len(a.samples) == pytest.approx(DUR * 8000, abs=2)
    assert dominant(a.samples, 8000) == pytest.approx(1000, abs=5)


# ---------------------------------------------------------------- bad inputs


def _missing(d):
    return d / "nope.wav"


def _directory(d):
    (d / "folder.wav").mkdir()
    return d / "folder.wav"


def _broken_link(d):
    (d / "dangling.wav").symlink_to(d / "gone.wav")
    return d / "dangling.wav"


def _truncated(writer, ext):
    def make(d):
        good = writer(d / f"good.{ext}", F.tone(1000, 2.0, 44100), 44100)
        return F.truncate_copy(good, d / f"cut.{ext}", 0.3)
    return make


BAD = {
    "missing": (_missing, "file not found"),
    "directory": (_directory, "is a directory"),
    "empty": (lambda d: F.write_empty(d / "empty.wav"), "file is empty (0 bytes)"),
    "header-only wav": (lambda d: F.write_header_only_wav(d / "h.wav"),
                        "contains no audio samples (zero length)"),
    "header-only wav promising data": (lambda d: F.write_header_only_wav(d / "h.wav", claims_data=True),
                                       "audio is truncated or corrupt"),
    "random bytes .wav": (lambda d: F.write_random_bytes(d / "noise.wav"),
                          "not an audio file (unrecognised format)"),
    "text .mp3": (lambda d: F.write_text(d / "notes.mp3"), "not an audio file (unrecognised format)"),
    "truncated wav": (_truncated(F.write_wav, "wav"), "audio is truncated or corrupt"),
    "truncated mp3": (_truncated(F.write_mp3, "mp3"), "audio is truncated or corrupt"),
    "truncated flac": (_truncated(F.write_flac, "flac"), "audio is truncated or corrupt"),
    "truncated ogg": (_truncated(F.write_ogg_vorbis, "ogg"), "audio is truncated or corrupt"),
    "truncated m4a": (_truncated(F.write_m4a, "m4a"), "audio is truncated or corrupt"),
    "truncated webm": (_truncated(lambda p, x, r: F.write_opus(p, F.tone(1000, 2.0, 48000), format="webm"),
                                  "webm"), "audio is truncated or corrupt"),
    "video without audio": (lambda d: F.write_video_only(d / "silent.mp4"),
                            "no audio stream (video without sound?)"),
    "symlink loop": (lambda d: F.symlink_loop(d), "symbolic link loop"),
    "broken symlink": (_broken_link, "file not found (broken symbolic link)"),
}


@pytest.mark.parametrize("isolate", [False, True], ids=["inproc", "isolated"])
@pytest.mark.parametrize("case", list(BAD))
def test_bad_inputs(tmp_path, case, isolate, caplog):
    make, phrase = BAD[case]
    if "mp3" in case and "truncated" in case:
        need("libmp3lame")
    if "m4a" in case:
        need("aac")
    path = make(tmp_path)
    caplog.set_level(logging.DEBUG, logger="pipeline.audio")
    err = expect_error(phrase, audio.load, path, isolate=isolate)
    # The CLI adds the file name itself; the module keeps it out of messages and logs.
    assert path.name not in str(err) and str(tmp_path) not in str(err)
    for record in caplog.records:
        assert record.levelno < logging.INFO
        assert path.name not in record.getMessage()


@pytest.mark.parametrize("case", ["missing", "empty", "random bytes .wav", "video without audio",
                                  "truncated m4a"])
def test_probe_bad_inputs(tmp_path, case):
    make, phrase = BAD[case]
    if "m4a" in case:
        need("aac")
    path = make(tmp_path)
    expect_error(phrase, audio.probe, path, isolate=False)


def _load_error_as(uid: int | None, path: Path) -> str:
    """The AudioError message of ``load(path)``, run as ``uid`` (None: as we are)."""
    if uid is None:
        return str(expect_error("", audio.load, path, isolate=False))
    # Root reads anything, so drop to an unprivileged user in a forked child.
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # child: never returns into pytest
        try:
            os.setgid(uid)
            os.setuid(uid)
            try:
                audio.load(path, isolate=False)
                message = "no error"
            except AudioError as e:
                message = str(e)
            os.write(write_end, message.encode())
        finally:
            os._exit(0)
    os.close(write_end)
    with os.fdopen(read_end, "rb") as f:
        message = f.read().decode()
    os.waitpid(pid, 0)
    return message


@pytest.fixture
def open_tmp():
    """A temp folder that another user can enter (pytest's base folder is 0700)."""
    d = Path(tempfile.mkdtemp(prefix="audio-perm-"))
    d.chmod(0o755)
    yield d
    for child in d.iterdir():  # tests lock things one level down
        child.chmod(0o700)
    shutil.rmtree(d)


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs POSIX permissions")
def test_unreadable_file(media, open_tmp):
    uid = 65534 if os.geteuid() == 0 else None  # root reads anything: test as "nobody"
    wav = (media / "tone16000.wav").read_bytes()
    locked = open_tmp / "locked.wav"
    locked.write_bytes(wav)
    locked.chmod(0)
    closed = open_tmp / "closed"
    closed.mkdir()
    (closed / "inside.wav").write_bytes(wav)
    closed.chmod(0)
    assert _load_error_as(uid, locked).startswith("permission denied: cannot read the file")
    assert _load_error_as(uid, closed / "inside.wav").startswith("permission denied: cannot reach the file")


def test_unreadable_file_simulated(media, monkeypatch):
    def deny(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(audio_files, "open", deny, raising=False)  # the package's file reads
    expect_error("permission denied: cannot read", audio.load, media / "tone16000.wav", isolate=False)


def test_damage_in_the_middle_is_tolerated(tmp_path, caplog):
    """An isolated damaged packet mid-file is skipped (as ffmpeg does), not fatal."""
    need("aac")
    good = F.write_m4a(tmp_path / "good.m4a", F.tone(1000, 3.0, 44100), 44100)
    raw = bytearray(good.read_bytes())
    at = int(len(raw) * 0.6)
    raw[at:at + 64] = bytes(64)
    (tmp_path / "scratched.m4a").write_bytes(raw)
    caplog.set_level(logging.DEBUG, logger="pipeline.audio")
    a = audio.load(tmp_path / "scratched.m4a", isolate=False)
    assert any("decode error" in r.getMessage() for r in caplog.records)  # it was really hit
    assert a.duration == pytest.approx(3.0, abs=0.1)
    assert dominant(a.samples) == pytest.approx(1000, abs=5)


def test_heavy_damage_is_an_error(tmp_path):
    need("aac")
    good = F.write_m4a(tmp_path / "good.m4a", F.tone(1000, 3.0, 44100), 44100)
    raw = bytearray(good.read_bytes())
    at = int(len(raw) * 0.5)
    raw[at:at + 2000] = np.random.default_rng(0).integers(0, 256, 2000, dtype=np.uint8).tobytes()
    (tmp_path / "shredded.m4a").write_bytes(raw)
    expect_error("corrupt", audio.load, tmp_path / "shredded.m4a", isolate=False)  # "N damaged blocks"


@pytest.mark.parametrize("kind", ["mp3 without Xing header", "adts aac"])
def test_truncation_undetectable_without_a_stated_length(tmp_path, kind):
    """Documented limitation: with only a bit-rate estimate of the length, a
    file cut at a packet boundary decodes to its surviving part, no error.
    (A cut inside a packet that fails to decode is still caught.)"""
    x = F.tone(1000, 2.0, 44100)
    if kind.startswith("mp3"):
        need("libmp3lame")
        good = F.write_mp3(tmp_path / "good.mp3", x, 44100, xing=False)
        cut = F.truncate_copy(good, tmp_path / "cut.mp3", 0.5)  # the parser drops the partial frame
    else:
        need("aac")
        good = F.write_av(tmp_path / "good.aac", x, 44100, "aac", format="adts", bit_rate=64000)
        cut = F.truncate_adts_at_frame(good, tmp_path / "cut.aac", 0.5)
        bad = F.truncate_copy(good, tmp_path / "bad.aac", 0.5)
        if bad.stat().st_size != cut.stat().st_size:
            expect_error("audio is truncated or corrupt", audio.load, bad, isolate=False)
    assert audio.probe(good, isolate=False)["duration_exact"] is False
    a = audio.load(cut, isolate=False)
    assert 0.7 < a.duration < 1.3


@pytest.mark.parametrize("placeholder", [0, 0xFFFFFFFF, 0x7FFFFFFF])
def test_wav_without_final_sizes_is_not_truncated(tmp_path, placeholder):
    path = F.write_streaming_wav(tmp_path / "live.wav", F.tone(1000, DUR, 16000), 16000, placeholder)
    a = audio.load(path, isolate=False)
    assert a.duration == pytest.approx(DUR)


def test_ffmpeg_protocol_names_are_plain_files(media, tmp_path):
    """A file called "concat:..." is read as a file, never as an FFmpeg protocol."""
    path = tmp_path / "concat:a.wav|b.wav"
    path.write_bytes((media / "tone16000.wav").read_bytes())
    a = audio.load(path, isolate=False)
    assert a.duration == pytest.approx(DUR)


# -------------------------------------------------------------- max_duration


def test_max_duration(media):
    path = media / "tone48000.wav"
    assert audio.load(path, max_duration=DUR + 1, isolate=False).duration == pytest.approx(DUR)
    err = expect_error("the limit is 1.0 s", audio.load, path, max_duration=1.0, isolate=False)
    assert str(err).startswith("recording is 1.5 s long;")


def test_max_duration_without_exact_length(media):
    """ADTS AAC states no length: the limit is enforced while decoding."""
    need("aac")
    expect_error("recording is at least", audio.load, media / "tone.aac", max_duration=0.5, isolate=False)


# ------------------------------------------------------------ argument checks


@pytest.mark.parametrize("kwargs", [{"channel": -1}, {"channel": True}, {"channel": 1.0},
                                    {"sample_rate": 0}, {"max_duration": 0}, {"max_duration": -5}])
def test_invalid_arguments(media, kwargs):
    with pytest.raises(ConfigError):
        audio.load(media / "tone16000.wav", isolate=False, **kwargs)


# ------------------------------------------------------------------ isolation


def test_isolated_matches_in_process(media):
    path = media / ("stereo.m4a" if (media / "stereo.m4a").exists() else "stereo48.wav")
    a = audio.load(path)  # isolate=True is the default
    b = audio.load(path, isolate=False)
    np.testing.assert_array_equal(a.samples, b.samples)
    assert a.info() == b.info()
    assert a.samples.flags.writeable and a.samples.flags.c_contiguous
    assert audio.probe(path) == audio.probe(path, isolate=False)


def test_worker_crash_becomes_audio_error_and_recovers(media):
    path = media / "tone44100.wav"
    audio.load(path)
    first = audio_worker._worker.process.pid
    expect_error("the decoder crashed on this file", audio_worker._call_worker, "_crash")
    assert audio_worker._worker is None
    a = audio.load(path)  # a fresh worker
    assert dominant(a.samples) == pytest.approx(1000, abs=5)
    assert audio_worker._worker.process.pid != first


def test_worker_killed_while_idle_is_restarted(media):
    path = media / "tone44100.wav"
    audio.load(path)
    audio_worker._worker.process.kill()
    audio_worker._worker.process.join(5)
    assert audio.load(path).duration == pytest.approx(DUR)  # transparently restarted


def test_shutdown_then_reuse(media):
    audio.load(media / "tone8000.wav")
    audio.shutdown()
    assert audio_worker._worker is None
    audio.shutdown()  # idempotent
    assert audio.load(media / "tone8000.wav").duration == pytest.approx(DUR)


def test_large_transfer(tmp_path):
    """More than one 8 MiB transfer piece comes back intact."""
    rate = 16000
    x = F.tone(440, 150.0, rate, 0.25)  # 2.4 M samples = 9.6 MB of float32
    path = F.write_wav(tmp_path / "long.wav", x, rate, subtype="FLOAT")
    a = audio.load(path)
    np.testing.assert_array_equal(a.samples, x)


def test_multiprocessing_spawn_worker(media, monkeypatch):
    """The Windows route (multiprocessing "spawn") works too."""
    audio.shutdown()
    monkeypatch.setattr(audio_worker, "_USE_SUBPROCESS", False)
    try:
        a = audio.load(media / "tone48000.wav")
        assert dominant(a.samples) == pytest.approx(1000, abs=5)
        expect_error("the decoder crashed on this file", audio_worker._call_worker, "_crash")
        assert audio.load(media / "tone48000.wav").duration == pytest.approx(DUR)
    finally:
        audio.shutdown()


def test_relative_path_after_chdir(media, monkeypatch):
    """The worker keeps its own cwd, so relative paths are resolved first."""
    audio.load(media / "tone8000.wav")  # worker started from the current folder
    monkeypatch.chdir(media)
    a = audio.load("tone16000.wav")
    assert a.sha256 == sha256(media / "tone16000.wav")
    assert audio.probe("tone16000.wav")["sample_rate"] == 16000


def test_worker_that_cannot_start_falls_back_in_process(media, monkeypatch, caplog):
    audio.shutdown()
    monkeypatch.setattr(audio_worker, "_BOOTSTRAP", "import sys; sys.exit(3)")
    monkeypatch.setattr(audio_worker, "_warned_no_worker", False)
    caplog.set_level(logging.DEBUG, logger="pipeline.audio")
    a = audio.load(media / "tone48000.wav")
    assert dominant(a.samples) == pytest.approx(1000, abs=5)
    audio.load(media / "tone48000.wav")
    warnings = [r for r in caplog.records if r.levelno >= logging.WARNING]
    assert len(warnings) == 1  # said once, and without any file detail
    assert "tone48000" not in warnings[0].getMessage()
    assert audio_worker._worker is None


def test_worker_replies_are_json_not_pickle():
    """A subverted worker must not be able to make the parent unpickle anything."""
    import multiprocessing
    import pickle

    ours, theirs = multiprocessing.Pipe()
    theirs.send_bytes(pickle.dumps({"ok": {}, "nbytes": 0}))
    with pytest.raises(audio_worker._ProtocolError):
        audio_worker._recv(ours)
    theirs.send_bytes(b'{"ok": {"sha256": "x"}, "nbytes": 0}')
    assert audio_worker._recv(ours) == {"ok": {"sha256": "x"}, "nbytes": 0}


@pytest.mark.parametrize("hint", [0, 2500])
def test_output_buffer(monkeypatch, hint):
    """Samples survive the block bookkeeping whether or not the length was known."""
    monkeypatch.setattr(audio_dsp._Output, "BLOCK", 1000)
    monkeypatch.setattr(audio_dsp._Output, "SMALL", 10)
    out = audio_dsp._Output(hint)
    x = np.arange(2345, dtype=np.float32)
    out.extend([x[:7], x[7:1500], np.empty(0, np.float32), x[1500:]])
    y = out.take()
    np.testing.assert_array_equal(y, x)
    assert y.dtype == np.float32 and y.flags.c_contiguous
