"""Which speaker is the therapist, the child, the caregiver.

Evidence, per speaker:
- voice pitch (median F0 of voiced frames): children speak higher;
- what they say: instructions, cues, praise and counts (the therapist), short
  first-person turns and requests (the child), reports about home, sleep and
  routines in the third person (the caregiver);
- how much they speak: the therapist leads the session;
- therapist enrollment: a stored voice profile that matches a speaker's voice
  makes that speaker the therapist, whatever the other cues say.

Each role (therapist, child, caregiver) goes first to one speaker, chosen by the
assignment with the highest total score; a speaker left over is a second child
(a sibling: a child's voice) or a second caregiver (an adult's), or "other" (an
interpreter, whose turns report what others said, or a speaker with under 3 s).
The confidence of a speaker's role is how much worse the best assignment gets
if that speaker is given another role, squashed to 0..1.
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np

from .schema import Audio, Diarization, Transcript

ROLES = ("therapist", "child", "caregiver")
OTHER = "other"

_INSTRUCT = re.compile(
    r"^(now|let's|lets|try|show|put|hold|pinch|squeeze|tuck|use|push|pull|turn|take|trace|cut|"
    r"look|remember|keep|start|stop|give|reach|open|close|fold|slide|wait|ready|first|next|last|"
    r"can you|could you|i want you to|your turn|one more|again)\b"
)
_CLINICAL = re.compile(
    r"\b(out of|independently|verbal cues?|cue|hand over hand|hand-over-hand|assist(ance)?|"
    r"goals?|session|home program|practice|seconds|minutes|trials?|tries|grasp|coordination|"
    r"proprioceptive|sensory|motor|strategy|routine chart|visual schedule|we are working on|"
    r"today we|we'll|we will)\b"
)
_PRAISE = re.compile(r"\b(good job|great( work| job)?|nice( work)?|well done|awesome|excellent|"
                     r"you did it|high five|way to go|perfect)\b")
_HOME = re.compile(
    r"\b(at home|home|he|she|his|her|him|we|our|us|mornings?|nights?|bedtime|bed|sleep|asleep|"
    r"school|teacher|weekend|dinner|breakfast|meltdowns?|tantrums?|wakes?|still|usually|"
    r"lately|last week|every day)\b"
)
# Reported speech about the others in the room: what an interpreter says ("she says ...", "he is asking ...").
_INTERPRET = re.compile(r"\b(she|he|they) (says|said|asks|asked|is asking|is saying|wants to know|would like)\b|"
                        r"\b(the )?(therapist|doctor|mother|father|mom|dad) (says|asks|is asking|wants)\b|"
                        r"\bi am telling (her|him|them)\b")
_CHILD = re.compile(r"\b(i|i'm|me|my|mine|can i|i did|i got|look|mommy|daddy|mom|dad|grandpa|"
                    r"grandma|yay|wow|oops|whee|no|yes|again|fun|funny|tired)\b")


@dataclass(frozen=True)
class SpeakerStats:
    id: str
    seconds: float
    share: float
    segments: int
    words: int
    f0_hz: float | None
    instruct: float  # share of segments that open with an instruction
    clinical: float  # clinical terms per segment
    praise: float
    questions: float
    home: float  # home-report words per word
    child_words: float  # child-like words per word
    words_per_segment: float
    interpret: float = 0.0  # share of segments that report what another person said (an interpreter)


def _rate(n: float, d: float) -> float:
    return n / d if d else 0.0


def median_f0(samples: np.ndarray, sr: int = 16000) -> float | None:
    """Median F0 (Hz) of the voiced frames: YIN, with frames gated by energy."""
    if samples.size < sr // 2:
        return None
    import librosa

    frame = 1024
    f0 = librosa.yin(samples, fmin=60, fmax=500, sr=sr, frame_length=frame, hop_length=256)
    rms = librosa.feature.rms(y=samples, frame_length=frame, hop_length=256, center=True)[0]
    n = min(len(f0), len(rms))
    f0, rms = f0[:n], rms[:n]
    loud = rms > max(rms.max() * 0.1, 1e-4)
    # YIN returns fmax on unvoiced frames and octave errors at the edges: keep the plausible middle
    voiced = f0[loud & (f0 > 65) & (f0 < 480)]
    return float(np.median(voiced)) if voiced.size >= 10 else None


def warm_up() -> float | None:
    """Compile librosa's numba kernels behind ``median_f0`` once, at install time; the F0 of a 220 Hz tone.

    numba compiles them on first use and caches the result beside librosa (or in the user's cache
    when that is read-only): measured on a 2-core Intel Xeon, the first ``median_f0`` of a process
    with an empty cache took 24.6 s, with the cache 2.5 s. Without this, the first ``scribe run``
    after an install, and every container of an image whose cache was never written, pays the 24 s
    in its roles step. ``make install`` and the Dockerfile call it.
    """
    t = np.arange(16000, dtype=np.float32) / 16000
    return median_f0((0.3 * np.sin(2 * np.pi * 220.0 * t)).astype(np.float32))


def speaker_stats(transcript: Transcript, diarization: Diarization, audio: Audio | None,
                  max_pitch_seconds: float = 40.0) -> dict[str, SpeakerStats]:
    by_spk: dict[str, list] = {}
    for seg in transcript.segments:
        if seg.speaker is not None:
            by_spk.setdefault(seg.speaker, []).append(seg)
    seconds: dict[str, float] = {}
    for t in diarization.turns:
        seconds[t.speaker] = seconds.get(t.speaker, 0.0) + (t.end - t.start)
    total = sum(seconds.values()) or 1.0
    out = {}
    for spk in sorted(set(seconds) | set(by_spk)):
        segs = by_spk.get(spk, [])
        texts = [s.text.lower() for s in segs]
        words = sum(len(t.split()) for t in texts)
        f0 = None
        if audio is not None:
            pieces, got = [], 0.0
            for t in diarization.turns:
                if t.speaker != spk or got >= max_pitch_seconds:
                    continue
                a, b = int(t.start * audio.sample_rate), int(t.end * audio.sample_rate)
                pieces.append(audio.samples[a:b])
                got += t.end - t.start
            if pieces:
                f0 = median_f0(np.concatenate(pieces), audio.sample_rate)
        out[spk] = SpeakerStats(
            id=spk,
            seconds=round(seconds.get(spk, 0.0), 2),
            share=seconds.get(spk, 0.0) / total,
            segments=len(segs),
            words=words,
            f0_hz=None if f0 is None else round(f0, 1),
            instruct=_rate(sum(1 for t in texts if _INSTRUCT.search(t)), len(texts)),
            clinical=_rate(sum(len(_CLINICAL.findall(t)) for t in texts), len(texts)),
            praise=_rate(sum(len(_PRAISE.findall(t)) for t in texts), len(texts)),
            questions=_rate(sum(t.count("?") for t in texts), len(texts)),
            home=_rate(sum(len(_HOME.findall(t)) for t in texts), words),
            child_words=_rate(sum(len(_CHILD.findall(t)) for t in texts), words),
            words_per_segment=_rate(words, len(texts)),
            interpret=_rate(sum(1 for t in texts if _INTERPRET.search(t)), len(texts)),
        )
    return out


def _sigmoid(x: float) -> float:
    return 1.0 / (1.0 + math.exp(-x))


def role_scores(s: SpeakerStats) -> dict[str, float]:
    """Evidence for each role, roughly 0..4; higher is more likely."""
    high = _sigmoid((s.f0_hz - 240.0) / 15.0) if s.f0_hz else 0.5  # child-like pitch
    adult = 1.0 - high
    short = 1.0 - min(s.words_per_segment / 15.0, 1.0)
    return {
        "therapist": 2.0 * s.share + 1.5 * s.instruct + 0.8 * min(s.clinical, 1.5) + 0.8 * min(s.praise, 1.0)
        + 0.3 * min(s.questions, 1.0) + 0.5 * adult - 1.0 * s.child_words,
        "child": 2.0 * high + 1.5 * s.child_words + 0.5 * short - 0.8 * min(s.clinical, 1.0),
        "caregiver": 1.0 * adult + 4.0 * s.home - 0.5 * s.instruct - 0.5 * min(s.praise, 1.0)
        - 0.5 * s.share - 3.0 * s.interpret,
    }


def extra_role(s: SpeakerStats, scores: dict[str, float], min_seconds: float = 3.0) -> str:
    """The role of a speaker left over once therapist, child and caregiver are taken: a second
    child (a sibling) by a child's voice, a second caregiver by an adult's; "other" for an
    interpreter (reported speech), for too little speech, or where the voice says neither."""
    if s.seconds < min_seconds or s.interpret >= 0.3:
        return OTHER
    if s.f0_hz is None:
        return OTHER
    return "child" if scores["child"] > scores["caregiver"] else "caregiver"


def _best(scores: dict[str, dict[str, float]], fixed: Mapping[str, str]) -> tuple[float, dict[str, str]]:
    spks = list(scores)
    best_total, best_map = -math.inf, {}
    free_roles = [r for r in ROLES if r not in fixed.values()]
    free_spks = [s for s in spks if s not in fixed]
    k = min(len(free_roles), len(free_spks))
    for roles in itertools.permutations(free_roles, k):
        for chosen in itertools.permutations(free_spks, k):
            m = dict(fixed) | dict(zip(chosen, roles))
            total = sum(scores[s][r] for s, r in m.items() if r in ROLES)
            if total > best_total:
                best_total, best_map = total, m
    return best_total, {s: best_map.get(s, OTHER) for s in spks}


def label(
    transcript: Transcript,
    diarization: Diarization,
    audio: Audio | None = None,
    *,
    similarities: Mapping[str, tuple[str, float]] | None = None,
    threshold: float = 0.90,
    names: Mapping[str, str] | None = None,
) -> tuple[dict, ...]:
    """The speakers list for transcript.json: id, role, confidence, label, evidence.

    ``similarities`` maps a speaker id to (profile name, cosine similarity)
    of its voice with the best-matching enrolled therapist profile.
    ``names`` maps a speaker id or a role to a display name chosen by the user.
    """
    stats = speaker_stats(transcript, diarization, audio)
    if not stats:
        return ()
    scores = {s: role_scores(st) for s, st in stats.items()}
    fixed: dict[str, str] = {}
    enrolled = None
    if similarities:
        spk, (profile, sim) = max(similarities.items(), key=lambda kv: kv[1][1])
        if sim >= threshold and spk in stats:
            fixed[spk], enrolled = "therapist", (spk, profile, sim)
    total, mapping = _best(scores, fixed)
    extra = {spk: extra_role(stats[spk], scores[spk]) for spk, r in mapping.items() if r == OTHER}
    out = []
    role_counts: dict[str, int] = {}
    for spk, st in stats.items():
        role = extra.get(spk) or mapping[spk]
        if enrolled and enrolled[0] == spk:
            conf = min(1.0, 0.5 + enrolled[2] / 2)
        else:
            base = mapping[spk]  # the one-to-one role (OTHER for a second child or caregiver)
            alts = [
                _best(scores, fixed | {spk: other})[0]
                for other in (*ROLES, OTHER)
                if other != base and other not in fixed.values()
            ]
            alt = max(alts, default=-math.inf)
            conf = _sigmoid(2.0 * (total - alt)) if alt > -math.inf else 1.0
            if spk in extra and role != OTHER:  # a second child or caregiver: how clearly this rather than that
                conf = _sigmoid(2.0 * abs(scores[spk]["child"] - scores[spk]["caregiver"]))
        role_counts[role] = role_counts.get(role, 0) + 1
        out.append({
            "id": spk,
            "role": role,
            "confidence": round(conf, 3),
            "evidence": {
                "speaking_seconds": st.seconds,
                "speaking_share": round(st.share, 3),
                "median_f0_hz": st.f0_hz,
                "instruction_rate": round(st.instruct, 3),
                "home_report_rate": round(st.home, 3),
                "reported_speech_rate": round(st.interpret, 3),
                "enrolled_profile": enrolled[1] if enrolled and enrolled[0] == spk else None,
                "profile_similarity": round(similarities[spk][1], 3) if similarities and spk in similarities
                else None,
            },
        })
    seen: dict[str, int] = {}
    for sp in out:
        base = sp["role"].upper() if sp["role"] != OTHER else sp["id"]
        seen[base] = seen.get(base, 0) + 1
        sp["label"] = base if role_counts.get(sp["role"], 0) == 1 or sp["role"] == OTHER else f"{base}_{seen[base]}"
        if names:
            name = names.get(sp["id"]) or names.get(sp["role"])
            if name:
                sp["name"] = name
    return tuple(out)
