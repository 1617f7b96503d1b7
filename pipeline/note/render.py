"""Note -> note.md (evidence as [mm:ss] timestamps), plain text, note.json."""

from __future__ import annotations

import json
import re
import string
from pathlib import Path

from ..outputs import atomic_write
from ..schema import Note, NoteItem, Transcript
from . import safe, sentence
from .templates import Template


def clock(seconds: float) -> str:
    s = int(max(0.0, seconds))
    h, m, sec = s // 3600, s % 3600 // 60, s % 60
    return f"{h}:{m:02d}:{sec:02d}" if h else f"{m:02d}:{sec:02d}"


def _estimated_times(transcript: Transcript) -> bool:
    return any("estimated" in w for w in transcript.warnings)


def evidence_marks(item: NoteItem, transcript: Transcript) -> str:
    """'[02:10] [02:31]' for the cited segments; '[line 12]' where times are only estimated."""
    index = {s.id: (i, s) for i, s in enumerate(transcript.segments, 1)}
    marks = []
    for sid in item.evidence:
        if sid not in index:
            marks.append(f"[unknown {safe.markdown(sid)}]")
        elif _estimated_times(transcript):
            marks.append(f"[line {index[sid][0]}]")
        else:
            marks.append(f"[{clock(index[sid][1].start)}]")
    return " ".join(dict.fromkeys(marks)) or "[no evidence]"


_GROUP = re.compile(r"\[([^\[\]]*)\]")


def _item_line(item: NoteItem, fmt: str) -> str:
    """The item by its template's format (Markdown), its text and fields escaped (``safe.markdown``). A
    group in square brackets ("{text}[ *({status})*]") is left out when a field in it is empty or "not
    said", and so is an empty "*( )*" left by such a field outside a group."""
    # a line break in an item stays inside its list item (indented), so it cannot start a block of its own
    values = {k: ("" if k != "text" and sentence.is_empty(v) else safe.markdown(v).replace("\n", "\n  "))
              for k, v in {"text": item.text, **item.extra}.items()}

    def group(m: re.Match) -> str:
        inner = m.group(1)
        names = [n for _, n, _, _ in string.Formatter().parse(inner) if n]
        return inner if names and all(values.get(n) for n in names) else ""

    try:
        fmt = _GROUP.sub(group, fmt)
        for n in {n for _, n, _, _ in string.Formatter().parse(fmt) if n}:
            if not values.get(n):  # "{text} *({status})*" with no status said: no "*()*" either
                fmt = re.sub(r"\s*[*_]*\(\{" + re.escape(n) + r"\}\)[*_]*", "", fmt)
        names = {n for _, n, _, _ in string.Formatter().parse(fmt) if n}
        return fmt.format(**{n: values.get(n, "") for n in names}).rstrip()
    except (KeyError, IndexError, ValueError):
        return values["text"]


def note_markdown(note: Note, transcript: Transcript, template: Template | None = None) -> str:
    """The note as Markdown. Every piece of text from the note (titles, items, fields, names, reasons,
    warnings) is escaped: no HTML, link or image can come out of it (``pipeline.note.safe``)."""
    md = safe.markdown
    fmts = {s.key: s.render for s in template.sections} if template else {}
    info = note.session
    out = [f"# {md(note.title)}", "",
           f"*Status: {md(note.status)}, for the clinician to check, edit and approve. Every statement cites "
           "the transcript moments it rests on; statements marked UNSUPPORTED were not found in them.*", "",
           "## Session", ""]
    if info.get("recorded"):
        out.append(f"- Recorded: {md(info['recorded'])}")
    out.append(f"- Duration: {clock(info.get('duration_s') or 0.0)}")
    people = [md(s.get("label") or s.get("id")) + (f" ({md(s['name'])})" if s.get("name") else "")
              for s in info.get("speakers", [])]
    if people:
        out.append(f"- Speakers: {', '.join(people)}")
    if note.client:  # a client's note: its report on the plan of care (pipeline/clients)
        from ..clients.model import GoalReport
        from ..clients.render import plan_markdown

        out += plan_markdown(GoalReport.from_dict(note.client), mark=lambda cited: evidence_marks(
            NoteItem("", tuple(c.seg for c in cited)), transcript))
    for section in note.sections:
        out += ["", f"## {md(section.title)}", ""]
        if not section.items:
            out.append("- (nothing in the transcript for this section)")
        for item in section.items:
            line = f"- {_item_line(item, fmts.get(section.key, '{text}'))} {evidence_marks(item, transcript)}"
            if item.support is not None and not item.support.supported:
                why = "; ".join(r.split(": ", 1)[-1] for r in item.support.reasons) or "not found in the cited lines"
                line += f"\n  - **UNSUPPORTED**: {md(why)}. Check before approving."
            out.append(line)
    if note.omissions:
        out += ["", "## Not in the note", "",
                "*Moments of the session that look clinically relevant and that no statement above states: add "
                "what belongs in the note, or leave it out.*", ""]
        index = {s.id: s for s in transcript.segments}
        roles = transcript.roles
        for o in note.omissions:
            kinds = ", ".join(kind_label(k, o.evidence, index, roles) for k in o.kinds)
            said = " ".join(index[e].text for e in o.evidence if e in index)
            quote = f' ("{_short(said)}")' if said else ""
            out.append(f"- {evidence_marks(NoteItem('', o.evidence), transcript)} {kinds}: {o.what}{quote}")
    if note.warnings:
        out += ["", "## Warnings", ""] + [f"- {md(w)}" for w in note.warnings]
    return "\n".join(out) + "\n"


KIND_LABELS = {"measure": "measure", "assistance": "level of assistance", "caregiver_report": "caregiver report",
               "home_program": "home program", "plan": "plan"}


def kind_label(kind: str, evidence: tuple[str, ...], index: dict, roles: dict) -> str:
    """An omission's kind as shown; a report is named by who made it (a SOAP note's patient, an OT
    session's caregiver), from the role of its first cited segment's speaker."""
    if kind == "caregiver_report":
        seg = next((index[e] for e in evidence if e in index), None)
        role = roles.get(seg.speaker) if seg is not None else None
        return f"{role if role and role != 'other' else 'speaker'} report"
    return KIND_LABELS.get(kind, kind)


def _short(text: str, limit: int = 140) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 3].rsplit(" ", 1)[0] + " ..."


def note_text(note: Note) -> str:
    """Plain text: section titles and item texts (for EHR pasting and ROUGE). A field goes before the text only
    where the text does not already say it (a quoted line's "bead stringing"): a sentence composed from its
    fields said every value twice with them (the pasted note, its ROUGE and its length)."""
    out = []
    for section in note.sections:
        if section.items:
            out.append(section.title)
            out += [" ".join([*(v for k, v in item.fields if k not in ("status", "plan_goal") and not _said_in(v, item.text)),
                              item.text]) for item in section.items]
    return "\n".join(out) + "\n"


def _said_in(value: str, text: str) -> bool:
    """Whether half or more of a field's words are in the item's text already (or the field is empty)."""
    words = re.findall(r"[a-z0-9]+", value.lower())
    have = set(re.findall(r"[a-z0-9]+", text.lower()))
    return not words or sum(w in have for w in words) * 2 >= len(words)


def write_note(note: Note, folder: Path, transcript: Transcript, template: Template | None = None) -> list[Path]:
    """note.md then note.json (the json last, as the marker that the note is complete)."""
    md = atomic_write(Path(folder) / "note.md", note_markdown(note, transcript, template))
    js = atomic_write(Path(folder) / "note.json", json.dumps(note.to_dict(), indent=2, ensure_ascii=False) + "\n")
    return [md, js]
