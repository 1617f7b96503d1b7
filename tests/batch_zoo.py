"""A generated folder of bad and awkward inputs for ``scribe batch`` (issue 5).

``make_zoo(folder)`` writes every case and returns {relative name: Expect}. Speech
comes from a committed sample session (a slice of real speech), so the good
cases must produce transcript segments, not just "no error".
"""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import soundfile as sf
from audio_factory import (
    symlink_loop,
    write_header_only_wav,
    write_mp3,
    write_random_bytes,
    write_text,
    write_video_only,
    write_wav,
)

RATE = 16000


@dataclass(frozen=True)
class Expect:
    status: str  # done | failed | duplicate | ignored
    message: str = ""  # a word the per-file reason must contain (failed / ignored)
    speech: bool = False  # done: the transcript must have segments
    speech_near: float | None = None  # done: a segment must start within 60 s of this time


def speech(sample: Path, seconds: float, start: float = 5.0) -> np.ndarray:
    data, rate = sf.read(sample, dtype="float32", start=int(start * RATE), frames=int(seconds * RATE))
    assert rate == RATE
    return data


def make_zoo(folder: Path, sample: Path, *, hour: bool = True) -> dict[str, Expect]:
    folder.mkdir(parents=True, exist_ok=True)
    talk = speech(sample, 25.0)
    zoo: dict[str, Expect] = {}

    (folder / "empty.wav").write_bytes(b"")
    zoo["empty.wav"] = Expect("failed", "empty")

    write_header_only_wav(folder / "header-only.wav")
    zoo["header-only.wav"] = Expect("failed", "")

    full = write_mp3(folder.parent / "whole.mp3", talk, RATE)
    raw = full.read_bytes()
    (folder / "truncated.mp3").write_bytes(raw[: len(raw) // 2])
    full.unlink()
    zoo["truncated.mp3"] = Expect("failed", "truncated")

    write_random_bytes(folder / "random.wav")
    zoo["random.wav"] = Expect("failed", "not an audio file")

    write_text(folder / "notes.txt")
    zoo["notes.txt"] = Expect("ignored", "not an audio or video file")

    write_video_only(folder / "video-no-audio.mp4", seconds=2.0)
    zoo["video-no-audio.mp4"] = Expect("failed", "no audio")

    write_wav(folder / "silence.wav", np.zeros(RATE * 20, np.float32), RATE)
    zoo["silence.wav"] = Expect("done")

    write_wav(folder / "short-0.3s.wav", talk[: int(0.3 * RATE)], RATE)
    zoo["short-0.3s.wav"] = Expect("done")

    import librosa  # a real 8 kHz telephone-band recording of the speech

    phone = librosa.resample(talk, orig_sr=RATE, target_sr=8000).astype(np.float32)
    write_wav(folder / "telephone-8k.wav", phone, 8000)
    zoo["telephone-8k.wav"] = Expect("done", speech=True)

    six = np.zeros((len(talk), 6), np.float32)
    six[:, 0] = talk  # the speech on the front left channel, a quieter copy on the centre
    six[:, 2] = 0.5 * talk
    write_wav(folder / "six-channel.wav", six, RATE)
    zoo["six-channel.wav"] = Expect("done", speech=True)

    name = "Séance du lundi – Zoë et Maman.flac"
    sub = folder / "week 48"
    sub.mkdir()
    sf.write(sub / name, talk, RATE)
    zoo[f"week 48/{name}"] = Expect("done", speech=True)
    shutil.copyfile(sub / name, folder / "zz copy of session.flac")
    zoo["zz copy of session.flac"] = Expect("duplicate", "same content")

    symlink_loop(folder, "loop.wav")
    zoo["loop.wav"] = Expect("failed", "loop")
    zoo["loop.wav.b"] = Expect("failed", "loop")  # the loop's other name

    write_wav(folder / "unreadable.wav", talk[: 5 * RATE], RATE)
    os.chmod(folder / "unreadable.wav", 0)
    zoo["unreadable.wav"] = Expect("failed", "permission denied")

    if hour:  # one hour of silence with 25 s of speech at 30:00, as 16-bit FLAC (small on disk)
        with sf.SoundFile(folder / "one-hour.flac", "w", RATE, 1, "PCM_16") as f:
            quiet = np.zeros(RATE * 60, np.float32)
            for minute in range(60):
                f.write(np.concatenate([talk, quiet[len(talk):]]) if minute == 30 else quiet)
        zoo["one-hour.flac"] = Expect("done", speech=True, speech_near=1800.0)
    return zoo
