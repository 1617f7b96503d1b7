"""Transcript writers (json, txt, srt, vtt) and the atomic file writer they share.

Every file is written to a temporary name in the same folder, flushed, fsynced
and renamed over its final name, so a crash never leaves a half-written file
under a final name. Output files are owner-only (0600), folders 0700: they hold
children's health information.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from .errors import OutputError
from .schema import Diarization, Segment, Transcript

FILE_MODE = 0o600
DIR_MODE = 0o700


def ensure_dir(path: Path) -> Path:
    """Create ``path`` and any missing parents, each owner-only (mkdir's ``parents`` would not be)."""
    missing = []
    p = Path(path)
    while not p.is_dir() and p != p.parent:
        missing.append(p)
        p = p.parent
    try:
        for d in reversed(missing):
            d.mkdir(mode=DIR_MODE, exist_ok=True)
            os.chmod(d, DIR_MODE)
    except OSError as e:
        raise OutputError(f"cannot create output folder: {e.strerror}") from e
    return path


def atomic_write(path: Path, data: str | bytes) -> Path:
    """Write ``data`` to ``path`` atomically (temp file + fsync + rename)."""
    ensure_dir(path.parent)
    raw = data.encode("utf-8") if isinstance(data, str) else data
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as f:
            os.fchmod(f.fileno(), FILE_MODE)
            f.write(raw)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except OSError as e:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise OutputError(f"cannot write {path.name}: {e.strerror or e}") from e
    with contextlib.suppress(OSError):  # make the rename durable
        dfd = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(dfd)
        finally:
            os.close(dfd)
    return path


def _voice(seg: Segment, speakers: dict[str, str]) -> str:
    """The speaker's display label; ``?`` after it when the attribution is low-confidence."""
    if seg.speaker is None:
        return ""
    return speakers.get(seg.speaker, seg.speaker) + ("?" if seg.speaker_doubtful else "")


def _label(seg: Segment, speakers: dict[str, str]) -> str:
    if seg.speaker is None:
        return ""
    return f"{_voice(seg, speakers)}: "


def _overlap(seg: Segment, speakers: dict[str, str]) -> str:
    """`` [overlap: CHILD]`` when other speakers were heard during the segment."""
    if not seg.overlap:
        return ""
    return " [overlap: " + ", ".join(speakers.get(o, o) for o in seg.overlap) + "]"


def _speaker_names(t: Transcript) -> dict[str, str]:
    """Speaker id -> display label: THERAPIST, CHILD, CAREGIVER (or a name the user gave)."""
    out = {}
    for s in t.speakers:
        if not s.get("id"):
            continue
        if s.get("name"):
            out[s["id"]] = f"{s.get('label', s['id'])} ({s['name']})" if s.get("role") != "other" else s["name"]
        else:
            out[s["id"]] = str(s.get("label") or s.get("role") or s["id"]).upper()
    return out


def _clock(seconds: float, sep: str) -> str:
    ms = max(0, int(round(seconds * 1000)))
    h, ms = divmod(ms, 3_600_000)
    m, ms = divmod(ms, 60_000)
    s, ms = divmod(ms, 1000)
    return f"{h:02d}:{m:02d}:{s:02d}{sep}{ms:03d}"


def to_json(t: Transcript) -> str:
    return json.dumps(t.to_dict(), ensure_ascii=False, indent=2) + "\n"


def to_txt(t: Transcript) -> str:
    names = _speaker_names(t)
    lines = [f"[{_clock(s.start, '.')[:-4]}] {_label(s, names)}{s.text}{_overlap(s, names)}" for s in t.segments]
    return "\n".join(lines) + ("\n" if lines else "")


def to_srt(t: Transcript) -> str:
    names = _speaker_names(t)
    blocks = [
        f"{i}\n{_clock(s.start, ',')} --> {_clock(s.end, ',')}\n{_label(s, names)}{s.text}{_overlap(s, names)}\n"
        for i, s in enumerate(t.segments, 1)
    ]
    return "\n".join(blocks)


def to_vtt(t: Transcript) -> str:
    names = _speaker_names(t)
    blocks = ["WEBVTT\n"]
    for s in t.segments:
        voice = _voice(s, names)
        text = f"<v {voice}>{s.text}{_overlap(s, names)}" if voice else s.text
        blocks.append(f"{s.id}\n{_clock(s.start, '.')} --> {_clock(s.end, '.')}\n{text}\n")
    return "\n".join(blocks)


WRITERS: dict[str, Callable[[Transcript], str]] = {
    "json": to_json,
    "txt": to_txt,
    "srt": to_srt,
    "vtt": to_vtt,
}


def to_rttm(diarization: Diarization, uri: str, labels: dict[str, str] | None = None) -> str:
    """RTTM lines; speakers named by ``labels`` (e.g. THERAPIST) where given."""
    uri = "_".join(uri.split()) or "recording"
    labels = labels or {}
    lines = [
        f"SPEAKER {uri} 1 {t.start:.3f} {t.end - t.start:.3f} <NA> <NA> "
        f"{'_'.join(labels.get(t.speaker, t.speaker).split())} <NA> <NA>"
        for t in sorted(diarization.turns, key=lambda t: (t.start, t.end))
    ]
    return "\n".join(lines) + ("\n" if lines else "")


def write_transcript(t: Transcript, folder: Path, formats: tuple[str, ...] = tuple(WRITERS),
                     diarization: Diarization | None = None) -> list[Path]:
    """Write ``transcript.<fmt>`` for each format (and ``diarization.rttm``) into ``folder``.

    transcript.json is written last, so its presence means the set is complete.
    """
    ensure_dir(folder)
    written = []
    labels = {s["id"]: s.get("label") or s["id"] for s in t.speakers if s.get("id")}
    if diarization is not None:
        written.append(atomic_write(folder / "diarization.rttm", to_rttm(diarization, folder.name, labels)))
    ordered = [f for f in formats if f != "json"] + (["json"] if "json" in formats else [])
    return written + [atomic_write(folder / f"transcript.{fmt}", WRITERS[fmt](t)) for fmt in ordered]


def read_transcript(path: Path) -> Transcript:
    return Transcript.from_dict(json.loads(Path(path).read_text(encoding="utf-8")))
