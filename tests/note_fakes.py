"""A scripted stand-in for the note LLM (satisfies pipeline.note.writer.Generator) and transcript helpers."""

from __future__ import annotations

import json
import re
from collections import deque
from typing import Any, Callable

from pipeline.schema import Segment, Transcript, segment_id

ROLES = {"THERAPIST": "therapist", "CHILD": "child", "CAREGIVER": "caregiver"}


class FakeStats:
    def __init__(self, finished: bool = True) -> None:
        self.finished = finished

    def to_dict(self) -> dict[str, Any]:
        return {"finished": self.finished}


Answer = str | dict | tuple | Callable[[list[dict[str, str]], dict | None], Any]


class FakeLLM:
    """Returns queued answers in order (then ``default``), recording every call.

    An answer is a JSON string, a dict (dumped to JSON), ``(text, finished)``, or a
    callable ``(messages, schema) -> answer`` that can read the prompt.
    """

    name = "fake-llm"

    def __init__(self, *answers: Answer, default: Answer | None = None) -> None:
        self.queue: deque[Answer] = deque(answers)
        self.default = default
        self.calls: list[dict[str, Any]] = []

    def count_tokens(self, text: str) -> int:
        return len(text.split())

    def generate(self, messages, *, schema=None, max_new_tokens=1024, repetition_penalty=1.0):
        self.calls.append({"messages": [dict(m) for m in messages], "schema": schema,
                           "max_new_tokens": max_new_tokens, "repetition_penalty": repetition_penalty})
        if self.queue:
            answer = self.queue.popleft()
        elif self.default is not None:
            answer = self.default
        else:
            raise AssertionError("FakeLLM: no answer queued")
        if callable(answer):
            answer = answer(messages, schema)
        finished = True
        if isinstance(answer, tuple):
            answer, finished = answer
        if isinstance(answer, dict):
            answer = json.dumps(answer)
        return answer, FakeStats(finished)


def prompt_lines(messages: list[dict[str, str]]) -> list[str]:
    """The numbered transcript lines of the user prompt, as 'N Speaker: text'."""
    user = next(m["content"] for m in messages if m["role"] == "user")
    return [ln for ln in user.splitlines() if re.match(r"^\d+ ", ln)]


def empty_answer(template) -> dict[str, list]:
    return {s.key: [] for s in template.sections}


def make_transcript(lines, *, speakers=None, warnings=(), step=5.0, start=0.0, duration=None) -> Transcript:
    """``lines``: (speaker id, text) pairs -> a Transcript with seg-0001 ... every ``step`` seconds."""
    segs = tuple(Segment(segment_id(i), start + step * i, start + step * i + step - 0.5, text, spk)
                 for i, (spk, text) in enumerate(lines))
    if speakers is None:
        ids = dict.fromkeys(spk for spk, _ in lines if spk)
        speakers = tuple({"id": s, "role": ROLES.get(s, "other"), "label": s} for s in ids)
    if duration is None:
        duration = step * len(lines)
    return Transcript(segments=segs, language="en", duration=duration,
                      audio={"sha256": "ab" * 32, "recorded": "2024-05-01T10:00:00"},
                      models={"asr": {"backend": "fake"}}, speakers=tuple(speakers), warnings=tuple(warnings))


SESSION = [
    ("THERAPIST", "Five out of five beads, independently. Now the short pencil."),
    ("THERAPIST", "You held the tripod grasp for thirty seconds. Last week it was twenty."),
    ("CAREGIVER", "We use the pencil grip you gave us, but she gets frustrated after about ten minutes."),
    ("CHILD", "I can feed my bunny with tongs!"),
    ("THERAPIST", "For home, practise the tongs game five minutes a day. Next week we start scissors."),
]


def asked_sections(messages, schema, template) -> list[str]:
    """The section keys a prompt asks for: the schema's, else the sections the request names, else all."""
    if schema:
        return list(schema["properties"])
    user = next(m["content"] for m in messages if m["role"] == "user")
    request = user.split("\n\n")[-1]
    named = [s.key for s in template.sections if f'"{s.title}"' in request]
    return named or [s.key for s in template.sections]


def fill(schema: dict, text: str = "practised the task") -> object:
    """A valid instance of a writer's JSON schema: objects with every required key, the first choice of
    an enum, ``text`` for a free string, empty lists."""
    t = schema.get("type")
    if "enum" in schema:
        return schema["enum"][0]
    if t == "object":
        return {k: fill(v, text) for k, v in schema.get("properties", {}).items()}
    if t == "array":
        return []
    if t == "string":
        return text
    if t == "integer":
        return schema.get("minimum", 1)
    return None


def answering(template, items=None, **by_key):
    """A FakeLLM answer (callable) giving ``by_key[section]`` (a list, or a callable of the prompt's
    numbered lines) for the sections the prompt asks for, and [] for the others. A fields-style
    question about one moment (its section is an object of "line_N" keys) gets ``by_key[section]``
    when that is a dict (or a callable of the prompt's lines and the unit key giving a dict), else
    the schema filled with a plain value per field."""
    by_key = {**(items or {}), **by_key}

    def answer(messages, schema):
        out = {}
        for key in asked_sections(messages, schema, template):
            body = (schema or {}).get("properties", {}).get(key, {})
            if body.get("type") == "object":  # one moment's fields
                v = by_key.get(key)
                out[key] = {}
                for unit, sub in body.get("properties", {}).items():
                    got = v(prompt_lines(messages), unit) if callable(v) else v
                    out[key][unit] = got if isinstance(got, dict) else fill(sub)
                continue
            v = by_key.get(key, [])
            out[key] = v(prompt_lines(messages)) if callable(v) else v
        return out

    return answer
