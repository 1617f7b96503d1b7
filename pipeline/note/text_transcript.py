"""Transcripts that come as text: tagged dialogue, this tool's transcript.json, sample references.

A tagged text transcript has one utterance per line, the speaker first::

    [doctor] how are you today ?
    [patient] i'm doing okay .
    THERAPIST: Five out of five beads, independently.
    Dr. Smith: Any pain?

A tag is ``[...]`` or up to three words before a colon. Lines without a tag
continue the previous utterance; blank lines are skipped. When any line starts
with a ``[tag]``, only ``[tag]`` lines start utterances (so "Plan: ..." inside a
bracket-tagged dialogue stays text). Such text has no timestamps: times are
estimated from word counts at 150 words a minute, and the transcript says so in
its warnings.

Nothing here logs transcript text or file names.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from ..errors import NoteError
from ..schema import Segment, Transcript, segment_id

WORDS_PER_MINUTE = 150.0
ESTIMATED_TIMES_WARNING = (
    "times are estimated from word counts (150 words a minute): the text transcript has no timestamps"
)

_BRACKET = re.compile(r"^\s*\[\s*([^\[\]]{1,40}?)\s*\]\s*(.*)$")
# up to three words of letters (with . ' - _ and digits after the first letter) before a colon
# (a "?" after the tag, as transcript.txt marks a low-confidence speaker, is not part of it)
_COLON = re.compile(r"^\s*([A-Za-z][\w.'\-]*(?:\s+[A-Za-z0-9][\w.'\-]*){0,2})\??\s*:\s*(.*)$")
_TAG_WORDS = 3

# tag word -> role; the last word of a tag that is known decides ("Maya's mom" -> caregiver,
# "Dr. Smith" -> doctor, "patient guest" -> other)
ROLE_WORDS: dict[str, str] = {
    **dict.fromkeys(("therapist", "ot", "ota", "clinician", "cota", "slp"), "therapist"),
    **dict.fromkeys(("doctor", "dr", "physician", "md", "gp", "provider"), "doctor"),
    **dict.fromkeys(("patient", "pt", "client"), "patient"),
    **dict.fromkeys(("mother", "father", "mom", "mum", "dad", "parent", "caregiver", "carer",
                     "guardian", "grandpa", "grandma", "grandmother", "grandfather", "grandparent"),
                    "caregiver"),
    **dict.fromkeys(("child", "kid", "son", "daughter", "boy", "girl"), "child"),
    **dict.fromkeys(("guest", "nurse", "speaker", "interpreter", "teacher", "other", "unknown"), "other"),
}


def role_of(tag: str) -> str:
    """The role a speaker tag names: therapist, doctor, patient, caregiver, child or other."""
    words = [w.strip(".'-").removesuffix("'s") for w in re.split(r"[\s_]+", tag.lower())]
    for w in reversed(words):
        if w in ROLE_WORDS:
            return ROLE_WORDS[w]
    return "other"


def speaker_id(tag: str) -> str:
    """Normalised id of a tag: upper case, runs of other characters -> ``_`` (``Dr. Smith`` -> ``DR_SMITH``)."""
    return re.sub(r"[^A-Z0-9]+", "_", tag.upper()).strip("_") or "SPEAKER"


def _tagged_lines(lines: list[str]) -> list[tuple[str | None, str]]:
    brackets = any((m := _BRACKET.match(line)) and len(m.group(1).split()) <= _TAG_WORDS for line in lines)
    out: list[tuple[str | None, str]] = []
    for line in lines:
        m = _BRACKET.match(line) if brackets else _COLON.match(line)
        if m and len(m.group(1).split()) <= _TAG_WORDS:
            out.append((m.group(1).strip(), m.group(2).strip()))
        else:
            out.append((None, line.strip()))
    return out


def parse_tagged(text: str) -> Transcript:
    """A Transcript from tagged dialogue text (see the module docstring).

    Raises NoteError when no line carries a speaker tag.
    """
    lines = [ln for ln in text.replace("\r\n", "\n").replace("\r", "\n").split("\n") if ln.strip()]
    tagged = _tagged_lines(lines)
    utterances: list[list[str]] = []  # [tag, text]
    for tag, body in tagged:
        if tag is not None:
            utterances.append([tag, body])
        elif utterances:
            utterances[-1][1] = f"{utterances[-1][1]} {body}".strip()
        # text before the first tag has no speaker: it is dropped below with a warning
    if not utterances:
        raise NoteError("the text transcript has no speaker-tagged line: each utterance must start with a "
                        "tag such as '[doctor]', '[patient]' or 'THERAPIST:'")
    warnings = [ESTIMATED_TIMES_WARNING]
    first = next(i for i, (tag, _) in enumerate(tagged) if tag is not None)
    if first:
        warnings.append(f"{first} line(s) before the first speaker tag were ignored")

    segments: list[Segment] = []
    speakers: dict[str, dict[str, Any]] = {}
    clock = 0.0
    for tag, body in utterances:
        if not body:
            continue
        sid = speaker_id(tag)
        speakers.setdefault(sid, {"id": sid, "role": role_of(tag), "label": tag})
        seconds = max(len(body.split()), 1) * 60.0 / WORDS_PER_MINUTE
        segments.append(Segment(id=segment_id(len(segments)), start=round(clock, 3),
                                end=round(clock + seconds, 3), text=body, speaker=sid))
        clock += seconds
    if not segments:
        raise NoteError("the text transcript has speaker tags but no words after them")
    return Transcript(segments=tuple(segments), language=None, duration=round(clock, 3),
                      models={"transcript": {"backend": "tagged-text"}},
                      speakers=tuple(speakers.values()), warnings=tuple(warnings))


def from_turns(reference: dict[str, Any]) -> Transcript:
    """A Transcript from a sample reference (``samples/NAME.json``): its turns with their real times.

    Speaker ids are the reference's (THERAPIST, CHILD, CAREGIVER), roles those of the turns,
    and the child speaker carries ``child_name`` as its name.
    """
    turns = reference.get("turns")
    if not isinstance(turns, list) or not turns:
        raise NoteError("the sample reference has no turns")
    child = reference.get("child_name")
    speakers: dict[str, dict[str, Any]] = {}
    segments = []
    for i, t in enumerate(turns):
        try:
            sid, role = str(t["speaker"]), str(t.get("role") or role_of(str(t["speaker"])))
            seg = Segment(id=segment_id(i), start=float(t["start"]), end=float(t["end"]),
                          text=str(t["text"]), speaker=sid)
        except (KeyError, TypeError, ValueError) as e:
            raise NoteError(f"turn {i + 1} of the sample reference is malformed ({e.__class__.__name__})") from e
        entry = speakers.setdefault(sid, {"id": sid, "role": role, "label": sid})
        if role == "child" and child:
            entry["name"] = str(child)
        segments.append(seg)
    return Transcript(segments=tuple(segments), language=reference.get("language"),
                      duration=float(reference.get("duration") or segments[-1].end),
                      models={"transcript": {"backend": "reference", "synthetic": bool(reference.get("synthetic"))}},
                      speakers=tuple(speakers.values()))


def _from_json(data: Any, name: str) -> Transcript:
    if isinstance(data, dict) and "segments" in data:
        try:
            t = Transcript.from_dict(data)
        except (KeyError, TypeError, ValueError) as e:
            raise NoteError(f"{name} is not a valid transcript.json ({e.__class__.__name__}: {e})") from e
        if not t.segments:
            raise NoteError(f"{name} has no segments: nothing was said, or transcription failed")
        if not any(s.text.strip() for s in t.segments):
            raise NoteError(f"{name} has segments but no words")
        return t
    if isinstance(data, dict) and "turns" in data:
        try:
            return from_turns(data)
        except NoteError as e:
            raise NoteError(f"{name}: {e}") from e
    raise NoteError(f"{name} is JSON but neither a transcript.json (with 'segments') nor a sample "
                    "reference (with 'turns')")


def load_transcript(path: Path | str) -> Transcript:
    """Read a transcript: this tool's transcript.json, a sample reference NAME.json, or tagged text.

    Raises NoteError naming the file when it is missing, unreadable, empty or invalid.
    """
    path = Path(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError as e:
        raise NoteError(f"transcript {path} does not exist") from e
    except IsADirectoryError as e:
        raise NoteError(f"transcript {path} is a folder; give its transcript.json") from e
    except OSError as e:
        raise NoteError(f"cannot read transcript {path}: {e.strerror or e}") from e
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise NoteError(f"transcript {path} is not UTF-8 text") from e
    if not text.strip():
        raise NoteError(f"transcript {path} is empty")
    if path.suffix.lower() == ".json" or text.lstrip().startswith("{"):
        try:
            data = json.loads(text)
        except json.JSONDecodeError as e:
            raise NoteError(f"transcript {path} is not valid JSON (line {e.lineno}: {e.msg})") from e
        return _from_json(data, f"transcript {path}")
    try:
        return parse_tagged(text)
    except NoteError as e:
        raise NoteError(f"transcript {path}: {e}") from e
