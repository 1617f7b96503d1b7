from __future__ import annotations

import os
import socket
from collections import deque
from pathlib import Path

import numpy as np
import pytest

from benchmarks.common import reference_text, sample_reference  # noqa: F401 (the tests import them from here)
from pipeline.schema import Audio, Diarization, Segment, SpeakerTurn, Transcript, Word, segment_id

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
OT_QUOTE = ROOT / "tests" / "data" / "ot-quote.toml"  # the quote/write-style OT template the older tests use
DAP_QUOTE = ROOT / "tests" / "data" / "dap-quote.toml"
SHARED_DATA = Path(os.environ.get("SCRIBE_SHARED_DATA", ROOT.parent / "shared" / "data"))


def sample_sessions() -> list[Path]:
    return sorted(SAMPLES.glob("*.flac"))


class FakeTranscriber:
    """Satisfies the Transcriber protocol; returns queued transcripts (or a default)."""

    name = "fake"

    def __init__(self) -> None:
        self.queue: deque[list[tuple[float, float, str]]] = deque()
        self.calls: list[Audio] = []

    def enqueue(self, *segments: tuple[float, float, str]) -> FakeTranscriber:
        self.queue.append(list(segments))
        return self

    def transcribe(self, audio: Audio) -> Transcript:
        self.calls.append(audio)
        segs = self.queue.popleft() if self.queue else [(0.0, min(audio.duration, 1.0), "hello there")]
        out = []
        for i, (start, end, text) in enumerate(segs):
            words = text.split()
            step = (end - start) / max(len(words), 1)
            out.append(Segment(
                id=segment_id(i), start=start, end=end, text=text,
                words=tuple(Word(start + k * step, start + (k + 1) * step, w, 0.9) for k, w in enumerate(words)),
            ))
        return Transcript(segments=tuple(out), language="en", language_probability=1.0,
                          duration=audio.duration, audio=audio.info(), models={"asr": {"backend": "fake"}})


class FakeDiarizer:
    """Satisfies the Diarizer protocol: one speaker talking the whole time, or queued turns."""

    name = "fake"

    def __init__(self) -> None:
        self.queue: deque[list[tuple[float, float, str]]] = deque()

    def diarize(self, audio: Audio, num_speakers=None, min_speakers=None, max_speakers=None) -> Diarization:
        turns = self.queue.popleft() if self.queue else [(0.0, audio.duration, "SPEAKER_00")]
        return Diarization(tuple(SpeakerTurn(s, e, spk) for s, e, spk in turns), model={"backend": "fake"})


@pytest.fixture
def fake_transcriber() -> FakeTranscriber:
    return FakeTranscriber()


@pytest.fixture
def fake_diarizer() -> FakeDiarizer:
    return FakeDiarizer()


@pytest.fixture
def tone_wav(tmp_path: Path) -> Path:
    import soundfile as sf

    t = np.arange(16000 * 2) / 16000
    p = tmp_path / "tone.wav"
    sf.write(p, (0.3 * np.sin(2 * np.pi * 440 * t)).astype(np.float32), 16000)
    return p


@pytest.fixture(scope="session")
def samples() -> list[Path]:
    found = sample_sessions()
    if len(found) < 2:
        pytest.fail("samples/ must hold at least two committed sessions (run `make samples`)")
    return found


@pytest.fixture(scope="session")
def shared_data() -> Path:
    if not SHARED_DATA.is_dir():
        pytest.skip("../shared/data is absent (reference data is only on the project's machines)")
    return SHARED_DATA


class NetworkBlocked(OSError):
    pass


def block_network(mp: pytest.MonkeyPatch) -> list[str]:
    """Make every connection and name lookup in this process fail, and record the attempts."""
    attempts: list[str] = []

    def refuse(*args, **kwargs):
        attempts.append(repr(args[1:2] or args[:1])[:200])
        raise NetworkBlocked("network access is blocked in this test")

    mp.setattr(socket.socket, "connect", refuse)
    mp.setattr(socket.socket, "connect_ex", refuse)
    mp.setattr(socket, "create_connection", refuse)
    mp.setattr(socket, "getaddrinfo", refuse)
    return attempts


@pytest.fixture
def no_network(monkeypatch) -> list[str]:
    return block_network(monkeypatch)
