"""Transcript + template -> draft Note, with a local language model.

Long sessions: the transcript is cut into chunks of whole lines that fit
``chunk_tokens`` (about ten minutes of speech each). Each chunk gets one
extraction pass per section (a focused question suits a small model; the
instructions and the chunk's transcript come first in every prompt, so their
KV cache is computed once per chunk and only the short question is new), each
answering in the section's JSON shape and citing the chunk's own line
numbers; the passes are then composed without the model: items are
concatenated section by section in time order, and near-duplicates merged
(their evidence joined). Why not a second "compose" generation: it would
rewrite items away from the lines they cite (where small models invent), and
decoding is the slow part on a CPU.

The answer is constrained to the template's JSON schema (xgrammar), so it
always parses and cites existing lines; it is still validated with pydantic,
and a pass that fails (cut off at ``max_new_tokens``, or invalid when
constraints are off) is retried up to ``tries`` times, then a NoteError.
"""

from __future__ import annotations

import json
import logging
import re
import time
from dataclasses import dataclass
from typing import Any, Protocol

from ..config import NoteSettings
from ..errors import ModelError, NoteError
from ..schema import Note, NoteItem, NoteSection, Transcript
from . import evidence
from .templates import MAX_EVIDENCE, SectionSpec, Template

log = logging.getLogger(__name__)

# The valid values of [note] style and passes (the settings loader reads them here).
STYLES = ("quote", "write")  # quote: the model picks the lines an item quotes; write: it writes the item
PASSES = ("section", "note")  # section: one answer per template section; note: one answer for the whole note


class Generator(Protocol):
    """What the writer needs from a language model (LocalLLM, or a fake in tests)."""

    name: str

    def count_tokens(self, text: str) -> int: ...

    def generate(self, messages: list[dict[str, str]], *, schema: dict[str, Any] | None = None,
                 max_new_tokens: int = 1024, repetition_penalty: float = 1.0) -> tuple[str, Any]: ...


@dataclass(frozen=True)
class Line:
    seg_id: str
    speaker: str  # "Therapist", "Child", "Caregiver", "Speaker 2" ...
    text: str


def speaker_labels(transcript: Transcript) -> dict[str, str]:
    """Speaker id -> the label the model sees: the role, made unique."""
    labels: dict[str, str] = {}
    used: dict[str, int] = {}
    for s in transcript.speakers:
        role = (s.get("role") or "").strip().lower()
        base = role.capitalize() if role and role != "other" else "Speaker"
        used[base] = used.get(base, 0) + 1
        labels[s["id"]] = base if used[base] == 1 and base != "Speaker" else f"{base} {used[base]}"
    return labels


def transcript_lines(transcript: Transcript) -> list[Line]:
    labels = speaker_labels(transcript)
    out = []
    for seg in transcript.segments:
        text = " ".join(seg.text.split())
        if text:
            out.append(Line(seg.id, labels.get(seg.speaker or "", "Speaker") if seg.speaker else "Speaker", text))
    return out


def system_prompt(template: Template, style: str = "write") -> str:
    """The instructions: the same for every chunk, section and file (its KV cache is reused)."""
    parts = [template.spec.instructions.strip(), "", "The note has these sections:"]
    for sec in template.sections:
        parts.append(f"- {sec.title}: {sec.guidance}")
    example: dict[str, Any] = {}
    for sec in template.sections:
        item: dict[str, Any] = {f.name: f.choices[0] if f.choices else f"<{f.description or f.name}>"
                                for f in sec.fields}
        if style == "write":
            item.update(text="<one short sentence in the third person, numbers exactly as said>")
        item.update(evidence=[0])
        example[sec.key] = [item]
    if style == "write":
        parts += ["", "You will be given the numbered transcript. Answer with one JSON object of this form, "
                  "with as many items per section as the transcript supports; evidence lists the numbers "
                  "of the transcript lines that say it:", json.dumps(example)]
    else:
        parts += ["", "You will be given the numbered transcript. Do not write sentences: for each item, "
                  "pick the transcript lines that say it (evidence: their numbers), and the note will "
                  "quote them. Answer with one JSON object of this form, with as many items per section as "
                  "the transcript supports:", json.dumps(example)]
    return "\n".join(parts)


NOTE_REQUEST = "Write the note as JSON."


def section_request(sec: SectionSpec) -> str:
    fields = "".join(
        f" Give its {f.name}" + (f" (one of: {', '.join(f.choices)})." if f.choices else f": {f.description or 'a few words'}.")
        for f in sec.fields
    )
    who = f" Use only lines spoken by the {' or '.join(sec.roles)}." if sec.roles else ""
    return (f"Write the section \"{sec.title}\": {sec.guidance}. Only what the transcript says; "
            f"an empty list if it says nothing for this section.{who} For each item:{fields} "
            "Give its text: one short sentence in the third person, with the numbers exactly as said. "
            "Then its evidence: the numbers of the transcript lines that say it.")


def user_prompt(lines: list[Line], request: str) -> str:
    body = "\n".join(f"{i} {ln.speaker}: {ln.text}" for i, ln in enumerate(lines, 1))
    return f"Transcript (numbered lines):\n{body}\n\n{request}"


def chunk_lines(lines: list[Line], gen: Generator, budget: int) -> list[list[Line]]:
    chunks: list[list[Line]] = [[]]
    used = 0
    for ln in lines:
        n = gen.count_tokens(f"{ln.speaker}: {ln.text}") + 3
        if chunks[-1] and used + n > budget:
            chunks.append([])
            used = 0
        chunks[-1].append(ln)
        used += n
    return [c for c in chunks if c]


_WORD = re.compile(r"[a-z0-9]+")


def _similar(a: str, b: str) -> bool:
    wa, wb = set(_WORD.findall(a.lower())), set(_WORD.findall(b.lower()))
    if not wa or not wb:
        return a.strip().lower() == b.strip().lower()
    return len(wa & wb) / len(wa | wb) >= 0.8


def compose(template: Template, parts: list[tuple[dict[str, list[dict[str, Any]]], list[Line]]],
            align_evidence: bool = True) -> list[NoteSection]:
    """Chunk answers (line numbers local to each chunk) -> sections citing segment ids."""
    sections = []
    for spec in template.sections:
        items: list[NoteItem] = []
        free = [f.name for f in spec.fields if f.choices is None]
        for answer, lines in parts:
            texts = [ln.text for ln in lines]
            for raw in answer.get(spec.key, []):
                cited = raw["evidence"]
                if "text" not in raw:  # quote style: the item is the cited lines themselves
                    if align_evidence and free:  # e.g. a goal's name: quote the lines that name it
                        cited = evidence.align(" ".join(str(raw[f]) for f in free), cited, texts, max_lines=2,
                                                prefer_numbers=True)
                    cited = sorted(set(cited))
                    raw = {**raw, "text": " ".join(f'{lines[n - 1].speaker}: "{lines[n - 1].text}"' for n in cited)}
                elif align_evidence:
                    cited = evidence.align(" ".join([*(str(raw[f]) for f in free), raw["text"]]), cited, texts)
                evidence_ids = tuple(dict.fromkeys(lines[n - 1].seg_id for n in cited))
                fields = tuple((f.name, str(raw[f.name])) for f in spec.fields)
                text = " ".join(str(raw["text"]).split())
                dup = next((k for k, it in enumerate(items)
                            if it.fields == fields and _similar(it.text, text)), None)
                if dup is not None:  # the same statement twice: keep one, join the evidence
                    old = items[dup]
                    items[dup] = NoteItem(old.text, tuple(dict.fromkeys(old.evidence + evidence_ids)), old.fields)
                else:
                    items.append(NoteItem(text, evidence_ids, fields))
        sections.append(NoteSection(spec.key, spec.title, tuple(items)))
    return sections


def session_info(transcript: Transcript) -> dict[str, Any]:
    """Facts about the session from the transcript itself (never from the model)."""
    labels = speaker_labels(transcript)
    return {
        "duration_s": round(transcript.duration, 1),
        "language": transcript.language,
        "recorded": transcript.audio.get("recorded") or transcript.audio.get("mtime"),
        "segments": len(transcript.segments),
        "speakers": [
            {"id": s["id"], "label": labels.get(s["id"]), "role": s.get("role"), "name": s.get("name")}
            for s in transcript.speakers
        ],
        "audio_sha256": transcript.audio.get("sha256"),
    }


class LLMNoteWriter:
    """NoteWriter on a Generator (the local LLM)."""

    def __init__(self, gen: Generator, settings: NoteSettings | None = None) -> None:
        self.gen = gen
        self.settings = settings or NoteSettings()
        self.name = f"llm:{gen.name}"

    def _one_pass(self, template: Template, lines: list[Line], where: str,
                  sec: SectionSpec | None) -> tuple[dict[str, Any], list[Any]]:
        s = self.settings
        request = section_request(sec) if sec is not None else NOTE_REQUEST
        messages = [{"role": "system", "content": system_prompt(template, s.style)},
                    {"role": "user", "content": user_prompt(lines, request)}]
        keys = (sec.key,) if sec is not None else None
        with_text = s.style != "quote"
        # a quoted item is one or two lines: with room for four, the model tiled the transcript
        # in runs of four consecutive lines (measured; benchmarks/notes.md)
        schema = template.output_schema(len(lines), keys, with_text=with_text,
                                        max_evidence=MAX_EVIDENCE if with_text else 2)
        problems, stats = [], []
        for attempt in range(1, s.tries + 1):
            # a retry discourages the repetition that ran the first try out of tokens
            penalty = 1.0 if attempt == 1 else 1.15
            try:
                text, st = self.gen.generate(messages, schema=schema if s.constrained else None,
                                             max_new_tokens=s.max_new_tokens, repetition_penalty=penalty)
            except ModelError as e:
                raise NoteError(f"{where}: {e}") from e
            stats.append(st.to_dict() if hasattr(st, "to_dict") else st)
            try:
                data = json.loads(_json_part(text))
            except ValueError:
                cut = getattr(st, "finished", True) is False
                problems.append("the answer was cut off at max_new_tokens" if cut else "the answer is not valid JSON")
                continue
            try:
                return template.validate_output(data, len(lines), keys, with_text), stats
            except ValueError as e:
                problems.append(str(e))
        raise NoteError(f"{where}: the language model gave no valid answer in {s.tries} tries "
                        f"({'; '.join(problems)}); the transcript is saved, write the note by hand or retry "
                        "with a larger [note] max_new_tokens")

    def write(self, transcript: Transcript, template: Template) -> Note:
        lines = transcript_lines(transcript)
        if not lines:
            raise NoteError("the transcript has no speech to write a note from")
        budget = self.settings.chunk_tokens
        chunks = chunk_lines(lines, self.gen, budget)
        t0 = time.monotonic()
        parts, stats = [], []
        for i, chunk in enumerate(chunks, 1):
            answer: dict[str, Any] = {}
            where = f"note part {i} of {len(chunks)}"
            passes = template.sections if self.settings.passes == "section" else (None,)
            for sec in passes:  # per section: the transcript prefix stays in the KV cache
                got, st = self._one_pass(template, chunk, where + (f", {sec.title}" if sec else ""), sec)
                answer.update(got)
                stats.extend(st)
            parts.append((answer, chunk))
            log.info("note part %d/%d: %d lines, %d items", i, len(chunks), len(chunk),
                     sum(len(v) for v in answer.values()))
        warnings = list(transcript.warnings)
        if len(chunks) > 1:
            warnings.append(f"long session: the note was drafted in {len(chunks)} parts and joined")
        return Note(
            template=template.name,
            title=template.title,
            sections=tuple(compose(template, parts, self.settings.align_evidence)),
            session=session_info(transcript),
            models={**transcript.models, "note": {"writer": self.name, "template": template.name,
                                                  "quantize": getattr(self.gen, "quantize", "none"),
                                                  "chunks": len(chunks), "seconds": round(time.monotonic() - t0, 1),
                                                  "generations": stats}},
            warnings=tuple(warnings),
        )


def _json_part(text: str) -> str:
    """The JSON object in a model answer (unconstrained models may wrap it in prose or fences)."""
    start, end = text.find("{"), text.rfind("}")
    if start < 0 or end < start:
        raise ValueError("no JSON object")
    return text[start:end + 1]
