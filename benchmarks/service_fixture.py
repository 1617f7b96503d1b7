"""A READY recording without running a model, as the worker leaves it: for the service's tests and benchmarks.

``make_ready_recording(store, owner)`` writes the uploaded audio in ``uploads/``, ``transcript.json`` in
``work/<folder>/``, status ``ready`` and the AI draft as note version 1 (one item the grounding check did
not support, so approval needs a clinician's edit or confirmation). It uses only the Store and notes API,
so benchmarks/service_probe_ab.py can run it against an older checkout's code too.
"""

from __future__ import annotations

import hashlib
import io
import itertools
import json
from typing import Any

import numpy as np
import soundfile as sf

from pipeline.schema import Note, NoteItem, NoteSection, Segment, Support, Transcript, segment_id
from pipeline.service import notes
from pipeline.service.store import Store, User


SPEAKERS = (
    {"id": "SPEAKER_00", "role": "therapist", "label": "Therapist", "name": None},
    {"id": "SPEAKER_01", "role": "child", "label": "Child", "name": None},
)
LINES = (  # (start, end, speaker, text)
    (0.0, 0.5, "SPEAKER_00", "Let's try the buttons on your coat today."),
    (0.5, 1.0, "SPEAKER_01", "I did three buttons by myself."),
    (1.0, 1.5, "SPEAKER_00", "Great, you only needed one reminder."),
    (1.5, 2.0, "SPEAKER_00", "Practice the zip at home this week."),
)
SEGMENT_IDS = tuple(segment_id(i) for i in range(len(LINES)))
UNSUPPORTED_REASON = "the cited lines do not mention the swing"

_tones = itertools.count()


def sine_flac(seconds: float = 2.0, freq: float = 440.0, sample_rate: int = 16000) -> bytes:
    """A real FLAC file (a quiet sine) that the service's decoder accepts."""
    t = np.arange(int(seconds * sample_rate)) / sample_rate
    buf = io.BytesIO()
    sf.write(buf, (0.3 * np.sin(2 * np.pi * freq * t)).astype(np.float32), sample_rate, format="FLAC")
    return buf.getvalue()


def webm_opus(seconds: float = 2.0, freq: float = 330.0) -> bytes:
    """A real WebM/Opus file, what a browser's MediaRecorder sends (encoded with PyAV)."""
    import av

    rate, frame = 48000, 960
    x = (0.3 * np.sin(2 * np.pi * freq * np.arange(int(seconds * rate)) / rate)).astype(np.float32)
    buf = io.BytesIO()
    with av.open(buf, "w", format="webm") as out:
        stream = out.add_stream("libopus", rate=rate, layout="mono")
        for pts in range(0, len(x), frame):
            f = av.AudioFrame.from_ndarray(x[None, pts:pts + frame], format="flt", layout="mono")
            f.sample_rate, f.pts = rate, pts
            for packet in stream.encode(f):
                out.mux(packet)
        for packet in stream.encode(None):
            out.mux(packet)
    return buf.getvalue()


def transcript() -> Transcript:
    segments = tuple(Segment(id=SEGMENT_IDS[i], start=s, end=e, text=text, speaker=spk)
                     for i, (s, e, spk, text) in enumerate(LINES))
    return Transcript(segments=segments, language="en", language_probability=1.0, duration=2.0,
                      audio={"duration": 2.0, "sample_rate": 16000}, models={"asr": {"backend": "fake"}},
                      speakers=SPEAKERS)


def draft_note() -> dict[str, Any]:
    """The AI draft (note.json) in the pipeline's format: three sections, item 2 not supported."""
    _, s2, s3, s4 = SEGMENT_IDS
    note = Note(
        template="ot-progress", title="OT progress note",
        session={"duration_s": 2.0},
        sections=(
            NoteSection("goals", "Goals", (
                NoteItem("Fastened three buttons independently with one verbal reminder.", (s2, s3),
                         (("goal", "dressing: buttons"), ("status", "progressing")),
                         Support(True, 0.9)),
            )),
            NoteSection("observations", "Observations", (
                NoteItem("Tolerated the swing for five minutes.", (s2,), (),
                         Support(False, 0.1, (UNSUPPORTED_REASON,))),
            )),
            NoteSection("plan", "Plan", (
                NoteItem("Practise the zip at home this week.", (s4,), ()),
            )),
        ))
    return note.to_dict()


def make_ready_recording(store: Store, owner: User | str, *, title: str = "Session 1",
                         audio: bytes | None = None) -> str:
    """A recording as the worker leaves it after processing: audio, transcript.json, status ready, AI draft.

    Each call uses a different tone (the same user may not upload the same bytes twice)."""
    user = store.user_by_name(owner) if isinstance(owner, str) else owner
    assert user is not None, f"no user {owner!r}"
    data = audio if audio is not None else sine_flac(freq=300.0 + 20 * next(_tones))
    rid = store.new_recording(user, title=title, status="queued", original_name="session.flac",
                              mime="audio/flac")  # as the upload route stores it
    name = f"{rid}.flac"
    (store.uploads / name).write_bytes(data)
    store.queue(rid, sha256=hashlib.sha256(data).hexdigest(), size=len(data), upload=name)
    folder = f"{title.replace(' ', '_')}-{rid}"
    out = store.work / folder
    out.mkdir(parents=True)
    (out / "transcript.json").write_text(json.dumps(transcript().to_dict()), encoding="utf-8")
    store.update(rid, status="ready", folder=folder, duration=2.0)
    assert store.add_version(rid, None, "draft", "scribe", notes.from_draft(draft_note())) == 1
    return rid
