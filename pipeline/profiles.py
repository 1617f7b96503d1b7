"""Therapist voice profiles: enrollment, storage, and matching against speakers.

A profile is one L2-normalised speaker embedding (the GE2E encoder in
pipeline/diarize/encoder.py) stored as JSON in the profile folder
(``$SCRIBE_PROFILE_DIR``, else ``$XDG_DATA_HOME/therapy-scribe/profiles``),
owner-only (0600 files in a 0700 folder): a voiceprint is biometric data.
No audio is kept, and neither is the name of the file it came from.
"""

from __future__ import annotations

import json
import os
import re
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import numpy as np

from .errors import AudioError, ConfigError
from .outputs import atomic_write, ensure_dir
from .schema import Audio, Diarization

MIN_ENROLL_SECONDS = 8.0
WINDOW = 3.0  # seconds per embedding window
MIN_WINDOW = 0.8


def profile_dir() -> Path:
    env = os.environ.get("SCRIBE_PROFILE_DIR")
    if env:
        return Path(env).expanduser()
    xdg = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(xdg) / "therapy-scribe" / "profiles"


def _slug(name: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", name.strip().lower()).strip("-")
    if not slug:
        raise ConfigError("a profile needs a name with at least one letter or digit")
    return slug


def _windows(spans: list[tuple[float, float]]) -> list[tuple[float, float]]:
    out = []
    for s, e in spans:
        t = s
        while e - t >= MIN_WINDOW:
            out.append((t, min(e, t + WINDOW)))
            t += WINDOW
    return out


def mean_embedding(encoder: Any, audio: Audio, spans: list[tuple[float, float]]) -> np.ndarray | None:
    wins = _windows(spans)
    if not wins:
        return None
    emb = np.asarray(encoder.embed_windows(audio.samples, wins), dtype=np.float32)
    weights = np.array([e - s for s, e in wins], dtype=np.float32)
    v = (emb * weights[:, None]).sum(axis=0)
    n = float(np.linalg.norm(v))
    return v / n if n > 0 else None


def speaker_embeddings(encoder: Any, audio: Audio, diarization: Diarization) -> dict[str, np.ndarray]:
    spans: dict[str, list[tuple[float, float]]] = {}
    for t in diarization.turns:
        spans.setdefault(t.speaker, []).append((t.start, t.end))
    out = {}
    for spk, sp in spans.items():
        v = mean_embedding(encoder, audio, sp)
        if v is not None:
            out[spk] = v
    return out


def voice_judge(encoder: Any, audio: Audio, diarization: Diarization,
                voices: dict[str, np.ndarray] | None = None) -> Any:
    """The judge pipeline.align asks where a sentence's speaker is in doubt: for each (start, end)
    span, {speaker: cosine similarity of the span's voice to that speaker's mean voice}.
    ``voices`` are the speakers' mean embeddings (computed here when not given)."""
    voices = speaker_embeddings(encoder, audio, diarization) if voices is None else voices
    names = sorted(voices)
    if len(names) < 2:
        return None
    cent = np.stack([voices[n] for n in names]).astype(np.float32)
    from .diarize.encoder import SpeakerEncoder, mel_spectrogram

    # the GE2E encoder's features of the whole recording, once (the judge is asked sentence by sentence)
    kw = {"mel": mel_spectrogram(audio.samples)} if isinstance(encoder, SpeakerEncoder) else {}

    def judge(spans: Any) -> list[dict[str, float]]:
        emb = np.asarray(encoder.embed_windows(audio.samples, list(spans), **kw), dtype=np.float32)
        return [dict(zip(names, (row @ cent.T).tolist())) for row in emb]

    return judge


def enroll(name: str, audio: Audio, encoder: Any, speech: list[tuple[float, float]]) -> Path:
    """Store the voice profile of ``name`` from the speech spans of ``audio``."""
    seconds = sum(e - s for s, e in speech)
    if seconds < MIN_ENROLL_SECONDS:
        raise AudioError(
            f"only {seconds:.1f} s of speech found; enrollment needs at least {MIN_ENROLL_SECONDS:.0f} s "
            "of the therapist speaking alone (30 s or more works best)"
        )
    v = mean_embedding(encoder, audio, speech)
    if v is None:
        raise AudioError("no usable speech found for enrollment")
    folder = ensure_dir(profile_dir())
    os.chmod(folder, 0o700)
    data = {
        "name": name.strip(),
        "role": "therapist",
        "encoder": getattr(encoder, "name", "ge2e"),
        "embedding": [round(float(x), 6) for x in v],
        "speech_seconds": round(seconds, 1),
        "audio_sha256": audio.sha256,
        "created": datetime.now(timezone.utc).isoformat(timespec="seconds"),
    }
    return atomic_write(folder / f"{_slug(name)}.json", json.dumps(data, indent=1) + "\n")


def load_profiles(only: str | None = None) -> dict[str, np.ndarray]:
    folder = profile_dir()
    if not folder.is_dir():
        if only:
            raise ConfigError(f"no voice profile named {only!r}: enroll one with `scribe enroll`")
        return {}
    out = {}
    for p in sorted(folder.glob("*.json")):
        try:
            d = json.loads(p.read_text(encoding="utf-8"))
            out[d["name"]] = np.asarray(d["embedding"], dtype=np.float32)
        except (OSError, ValueError, KeyError) as e:
            raise ConfigError(f"voice profile {p.name} is unreadable ({e}); remove it and enroll again") from e
    if only is not None:
        match = {k: v for k, v in out.items() if _slug(k) == _slug(only)}
        if not match:
            raise ConfigError(f"no voice profile named {only!r}; `scribe profiles list` shows them")
        return match
    return out


def list_profiles() -> list[dict[str, Any]]:
    folder = profile_dir()
    rows = []
    for p in sorted(folder.glob("*.json")) if folder.is_dir() else []:
        try:
            d = json.loads(p.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        rows.append({"name": d.get("name", p.stem), "created": d.get("created", ""),
                     "speech_seconds": d.get("speech_seconds"), "path": str(p)})
    return rows


def remove_profile(name: str) -> bool:
    p = profile_dir() / f"{_slug(name)}.json"
    if p.exists():
        p.unlink()
        return True
    return False


def match(embeddings: dict[str, np.ndarray], profiles: dict[str, np.ndarray]) -> dict[str, tuple[str, float]]:
    """For each speaker: the closest profile and its cosine similarity."""
    out = {}
    for spk, v in embeddings.items():
        best = max(((name, float(np.dot(v, p) / (np.linalg.norm(p) or 1.0))) for name, p in profiles.items()),
                   key=lambda x: x[1], default=None)
        if best is not None:
            out[spk] = best
    return out
