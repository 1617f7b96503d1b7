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
from ..schema import Note, NoteItem, NoteSection, Omission, Transcript
from . import evidence, moments, sentence
from .grounding import NUMBER_WORDS, STOPWORDS, numbers as _numbers
from .templates import MAX_EVIDENCE, NOT_SAID, FieldSpec, SectionSpec, Template

log = logging.getLogger(__name__)


class NoAnswer(NoteError):
    """No valid answer from the model in every try (``stats``: the tries' generation statistics)."""

    stats: list[Any] = []

# The valid values of [note] style and passes (the settings loader reads them here).
# fields (the default): rules find the moments, the model fills each item's fields, the template's render rule
# writes the sentence; write: the model writes each item; quote: it picks the lines an item quotes
STYLES = ("fields", "write", "quote")
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
    role: str | None = None  # the speaker's role (therapist, child, caregiver, doctor, patient, other)


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
    roles = moments.session_roles(transcript)  # a student clinician's counts are the session's results
    out = []
    for seg in transcript.segments:
        # "fourteen, sorry, fifteen were sized right": the count the speaker corrected to is the one said (the
        # segment, the evidence a clinician reads, keeps both)
        text = moments.said_over(" ".join(seg.text.split()))
        if text:
            out.append(Line(seg.id, labels.get(seg.speaker or "", "Speaker") if seg.speaker else "Speaker", text,
                            roles.get(seg.speaker) if seg.speaker else None))
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
    if style == "fields":
        parts += ["", "You will be given the numbered transcript and asked for one section at a time. For each "
                  "item, fill in its fields with a few words taken from what was said: no sentences, no speaker "
                  "tags, no first person (write \"the child\", \"the caregiver\"). The note composes the "
                  "sentence from the fields and adds the counts and times itself. Fields:"]
        for sec in template.sections:
            for f in sec.fields:
                if f.asked:
                    opts = f.options
                    parts.append(f"- {sec.title}, {f.name}: " + (f"one of {', '.join(opts)}" if opts else
                                                                 (f.description or "a few words")))
    elif style == "write":
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


def fields_request(sec: SectionSpec, lines: list[Line], forced: dict[str, Unit] | None,
                   asked_for: dict[str, tuple[str, ...]] | None = None) -> str:
    asked = [f for f in sec.fields if f.asked and (asked_for is None or any(f.name in v for v in asked_for.values()))]
    spec = "; ".join(f"{f.name}: " + (f"one of {', '.join(f.options)}" if f.options else (f.description or "a few words"))
                     for f in asked)
    if forced is not None:
        shown = "\n".join(f'{k}: "{u.text}" (line {u.line}, said by the {lines[u.line - 1].speaker.lower()})'
                          for k, u in forced.items())
        some = asked_for is not None and any(len(v) < len(asked) for v in asked_for.values())
        return (f"Section \"{sec.title}\": {sec.guidance}. For each of these moments of the transcript, fill in "
                f"the fields from what it says and the lines just before it:\n{shown}\nFields: {spec}."
                + (" Some moments ask fewer fields." if some else "") + " Use only what was said.")
    return (f"Section \"{sec.title}\": {sec.guidance}. Only what the transcript says; an empty list if it says "
            f"nothing for this section. For each item (at most {sec.max_items}), fill in: {spec}; then evidence: "
            "the numbers of the one or two transcript lines that say it.")


def user_prompt(lines: list[Line] | list[tuple[int, Line]], request: str) -> str:
    """The numbered transcript (or a window of it, numbered as in the transcript), then the request: every
    request about a chunk shares the prefix (and its KV cache) up to the request."""
    numbered = [(i, ln) for i, ln in enumerate(lines, 1)] if lines and isinstance(lines[0], Line) else lines
    body = "\n".join(f"{i} {ln.speaker}: {ln.text}" for i, ln in numbered)  # type: ignore[misc]
    head = "Transcript (numbered lines)" if numbered is not lines else "Transcript (the lines just before, numbered)"
    return f"{head}:\n{body}\n\n{request}"


CONTEXT_LINES = 3  # lines before a moment that a question about it alone shows (they often name the activity)


def window(lines: list[Line], n: int, before: int = CONTEXT_LINES) -> list[tuple[int, Line]]:
    """Line ``n`` (1-based) with the ``before`` lines before it, numbered as in the transcript."""
    return [(k, lines[k - 1]) for k in range(max(1, n - before), n + 1)]


def focused_request(sec: SectionSpec, lines: list[Line], key: str, unit: Unit, asked: tuple[str, ...]) -> str:
    """The question about one moment alone, asked after the few lines before it (see :func:`window`)."""
    spec = "; ".join(f"{f.name}: " + (f"one of {', '.join(f.options)}" if f.options else (f.description or "a few words"))
                     for f in sec.fields if f.asked and f.name in asked)
    return (f"Section \"{sec.title}\": {sec.guidance}. Fill in the fields from what this says:\n"
            f'{key}: "{unit.text}" (said by the {lines[unit.line - 1].speaker.lower()})\n'
            f"Fields: {spec}. Use only what was said.")


_PEOPLE = re.compile(r"\b(?:the )?(?:caregiver|child|clinician|therapist|patient)\b", re.I)


def drifted(sec: SectionSpec, item: dict[str, Any], unit: Unit, lines: list[Line]) -> bool:
    """Whether a batched answer's free text is about another moment than its own: fewer than half of a text
    field's words are in the moment, the rest of its line before it and the few lines before (a small model
    asked several moments at once repeats one answer, "buttoning" for the shoe loops too, or fills a moment
    with the next one's words)."""
    line = lines[unit.line - 1].text
    at = line.find(unit.text)
    context = " ".join([*(ln.text for _k, ln in window(lines, unit.line)[:-1]),
                        line[: at + len(unit.text)] if at >= 0 else line])
    for f in sec.fields:
        if f.type == "text" and f.asked and isinstance(item.get(f.name), str):
            if not _about(_PEOPLE.sub(" ", _SAYS.sub("", item[f.name].strip())), context):
                return True
    return False


def repeated(sec: SectionSpec, got: dict[str, dict[str, Any]], units: dict[str, Unit]) -> set[str]:
    """The moments of other lines whose batched answer gave one text field the same value ("Tied the one loop bow on a
    shoe sitting on the table" for the bows, the zips and the hair: a small model repeating one answer) and whose own
    words it is not about: each is asked again alone."""
    out: set[str] = set()
    for f in sec.fields:
        if f.type != "text" or not f.asked:
            continue
        by: dict[str, list[str]] = {}
        for k, it in got.items():
            v = it.get(f.name)
            if isinstance(v, str) and v.strip() and k in units:
                by.setdefault(v.strip().lower(), []).append(k)
        for v, ks in by.items():
            if len({units[k].line for k in ks}) > 1:
                out |= {k for k in ks if not _about(v, units[k].text)}
    return out


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


def _nums(text: str) -> set[str]:
    from .grounding import numbers

    return set(numbers(text))


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
        free = [f.name for f in spec.fields if f.asked and f.options is None]
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
                said = " ".join(texts[n - 1] for n in cited if 0 < n <= len(texts))
                fields = tuple((f.name, said_status(f, str(raw[f.name]), said) if f.type == "status"
                                else str(raw[f.name])) for f in spec.fields if f.asked)
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


# --- the fields style: candidate lines from moments, fields from the model, sentences from the render rule ---

GENERIC = ("measure", "assistance", "observation")  # kinds a more specific kind of the same sentence overrides
OMIT_KINDS = ("measure", "assistance", "caregiver_report", "home_program", "plan")
_SENT_END = re.compile(r"(?<=[.!?])(?<!\bMr\.)(?<!\bMrs\.)(?<!\bMs\.)(?<!\bDr\.)(?<!\bSt\.)\s+")  # "Mr. Patel" is no end
# a question run on after a statement with a comma, where the transcript has no full stop between them ("you caught
# the ball six out of 10 times, how are the mornings at home?"): the statement is a sentence of its own (a question
# at the start, "Did you get four, or was it five?", stays whole)
_RUN_ON_QUESTION = re.compile(r",\s+(?=(?:how|what|when|where|who|why|which)\b[^,.!?]{0,80}\?\s*$)", re.I)
_ASKING = re.compile(r"^\W*(?:how|what|when|where|who|why|which|do|does|did|is|are|was|were|can|could|will|would|"
                     r"should|shall|have|has|had|may|might|isn't|aren't|didn't|don't|doesn't|won't|can't)\b", re.I)


_LOST_STOP = re.compile(r"(?<=[a-z0-9])( (?:Next (?:session|time|week)|Now|Today|For home|We will|We'll|Let's|Last time|"
                        r"First|Then|Great|Good job|Well done|Okay|So)(?=[ ,]))")


def _sentences(text: str) -> list[str]:
    """The sentences of a line: split at full stops, a sentence start Whisper left without its full stop ("... for five
    minutes a day Next session, we will ...": a capitalised opener after a lower-case word) split too, and a question
    run on after a statement split off."""
    out = []
    for sent in _SENT_END.split(_LOST_STOP.sub(".\\g<1>", text)):
        run_on = _RUN_ON_QUESTION.search(sent)
        if run_on and not _ASKING.match(sent) and len(sent[: run_on.start()].split()) >= 6:
            out += [sent[: run_on.start()] + ".", sent[run_on.end():]]
        else:
            out.append(sent)
    return out


_HELP_WORDS = re.compile(r"\b(help\w*|cue\w*|prompt\w*|assist\w*|independent\w*|by (him|her|your|them)sel\w*|"
                         r"on (his|her|their|your) own|hand[- ]over[- ]hand|support\w*|remind\w*|set[- ]?up|"
                         r"supervis\w*|demonstrat\w*|model\w*)\b", re.I)


@dataclass(frozen=True)
class LineMoments:
    """A line's sentences with the moment kinds each one is (generic kinds dropped where a more
    specific one, selected by some section, says what the sentence is)."""

    kinds: tuple[str, ...]
    sentences: tuple[tuple[str, tuple[str, ...]], ...]

    def text_for(self, select: tuple[str, ...]) -> str:
        return " ".join(t for t, k in self.sentences if set(k) & set(select))


_HOME_START = re.compile(r"^\W*(?:(?:okay|ok|so|great|good|and|also|now)[,.!]?\s+)*(?:for (?:the )?home|at home|"
                         r"for homework|home program)\b", re.I)
_DID_NOW = re.compile(r"\b(?:you|he|she|they)\s+(?:\w+ed|did|made|held|got|kept|stayed|took|ate|sat|stood|caught|threw|"
                      r"cut|put|hit|ran|wrote|drew|built|found|rode|strung|tied|swung|spun|drank|bit)\b"
                      r"|\btoday\b", re.I)


_IN_TURN = re.compile(r"^\W*(?:(?:okay|ok|so|alright|all right|great|good)[,!.]?\s+)*(?:first|now|then|after that|and then|"
                      r"right now)\b", re.I)
# a letter, a call or a referral the clinician will make: the plan, even said as "Then I'll write to the school nurse"
_LETTER = re.compile(r"\b(?:I'?ll|I will|I'?m going to|I am going to)\s+(?:also\s+)?(?:write|e-?mail|call|phone|ring|"
                     r"contact|refer|send|copy|speak to|talk to|ask (?:the|his|her|their|for))\b", re.I)
# the clinician's own next step ("I'll order ...", "And I'll write to ...", "I'm referring him to ...")
_MINE_TO_DO = re.compile(r"^\W*(?:(?:and|so|also|then|right|okay|ok)[,]?\s+)*(?:I'?ll|I will|I'?m going to|I am going to|"
                         r"I'?m|the clinic (?:can|will))\s+(?:also\s+)?(?:order|write|e-?mail|call|phone|ring|contact|"
                         r"refer(?:ring)?|send|lend|book|arrange|request|ask|speak to|talk to)\b", re.I)
_WE_DO = re.compile(r"^\W*(?:(?:okay|ok|so|alright|all right|great|good|and)[,!.]?\s+)*(?:we(?:'ll| will|'re going to| are "
                    r"going to)|let'?s)\s+(?:\w+\s+)?(?:do|try|work on|start|practi[cs]e|play|make|go)\b", re.I)
# the clinician's summary of the session at its end ("So, in short: ...", "To sum up, ...")
_SUMMARY = re.compile(r"^\W*(?:(?:so|okay|ok|right|well)[,]?\s+)?(?:in short|to sum (?:it )?up|in summary|to recap|all in all|"
                      r"in a nutshell|so all in all|overall)\b\s*[,:]", re.I)
_LET_ME = re.compile(r"^\W*(?:(?:okay|ok|so|right|now|and)[,]?\s+)*(?:let me|let's|let us)\b", re.I)
_NEXT_VISIT = re.compile(r"\bnext (?:session|time|week|visit|appointment)|\b(?:at|from) home\b|\btomorrow\b", re.I)


# what to do at home in another case ("If he's already red when he gets in, skip the star and go straight to ...")
_IF_DO = re.compile(r"^\W*(?:and\s+|but\s+)?if\b[^,.;]{3,60},\s*(?:just\s+|only\s+|then\s+)?(?:skip|do|go|try|use|leave|"
                    r"stop|give|let|keep|put|have|move|take|make|swap|drop|start|miss|leave)\b", re.I)
# an instruction after a home-program sentence that starts with its verb ("Use short crayons, broken in half")
_GOES_ON = re.compile(r"^\W*(?:use|put|let|have|set|tape|hide|move|offer|add|play|do|place|keep|cut|read|spread)\b", re.I)


_TIME_GIVEN = re.compile(r"\b(?:as (?:many|much|far|long) as (?:you|he|she|they) can|before the (?:sand|timer|time|music|song|"
                         r"bell) (?:runs out|stops|ends|goes off|rings)|(?:until|till|when) the (?:sand|timer|time|music|song|bell|clock) "
                         r"(?:runs out|stops(?: you)?|ends|goes off|rings)|(?:you|he|she)(?:'ve| have| has)? got)\b", re.I)
_TIMED_THING = re.compile(rf"\b(?:the|a|an|our|his|her|your)\s+(?:{moments._NUM_WORD}|\d+)[- ](?:minute|second)s?\s+"
                          r"(?:song|timer|clock|video|break|game|test|walk|warm[- ]?up|sand timer|hourglass|countdown)\b",
                          re.I)
_THATS_TIME = re.compile(r"^\W*(?:(?:that'?s|it'?s|that is|it is|you have|you get)\s+)?(?:about\s+|just\s+)?(?:an?\s+|"
                         r"[a-z0-9-]+\s+){1,3}(?:seconds?|minutes?)(?:\s+on the (?:sand )?(?:timer|clock))?[.!]?$", re.I)
# ("When the bell rings, type the letters as they come up until the timer stops you. One minute.": the time given)


_TRIES_GIVEN = re.compile(rf"^\W*(?:{moments._NUM})\s+(?:goes|tries|turns|trials|rounds|attempts|laps|sets|reps|runs|throws|kicks|catches|shots|jumps|hops|passes|times)(?:\s+each)?"
                          r"(?:,\s+like\b[^.!?]*)?\W*$", re.I)  # ("Five times, like five school days.")
# what the child is about to do to the things just counted ("Four tight clips. Flick them up, ...", "This farm
# puzzle has six animals. Find each one its house."): the count was the task's, not a result
_TOLD_OF_THEM = re.compile(r"\b(?:them|each one|each of them|every one|all of them)\b", re.I)


def _other_verb(activity: str, own: str, unit: str) -> bool:
    """Whether a model's activity says the unit's own verb phrase with another verb, one the unit never says
    ("trapped the tripod grasp ..." for "You held the tripod grasp ...")."""
    from .grounding import _tokens, stem

    verb, _, rest = activity.strip().partition(" ")
    mine, _, what = own.strip().partition(" ")
    if not rest or not what or verb.lower() == mine.lower() or not starts_with_past(activity):
        return False
    said = {stem(t) for t in _tokens(unit)}
    return stem(verb.lower()) not in said and rest.lower().startswith(what.lower())


def _next_task(activity: str, unit: str, cited: list[int], lines: list[Line]) -> bool:
    """Whether a model's activity only names a task announced after the unit in its line ("Playdough now." after
    "Five went in from the palm")."""
    if not cited:
        return False
    text = lines[cited[-1] - 1].text
    at = text.find(unit[:40])
    if at < 0:
        return False
    sents = _sentences(text[at:])
    first = next((i for i, x in enumerate(sents) if moments.measures(x)), None)
    if first is None:
        return False
    words = _content_words(activity)
    said = _content_words(" ".join(sents[: first + 1]))
    for sent in sents[first + 1:]:
        m = _TASK_NOW.match(sent) or _TASK_NOUN.match(sent)
        task = _task_word(m, lines) if m else ""  # (not "Ready, go!")
        if task and words and words <= _content_words(m.group(1)) | _content_words(task):
            return not (words & said)
    return False


_PUT_RIGHT = re.compile(rf"^\W*(?:no,?\s+)?(?:it was|it's|that was|that's|it were)\s+(?:only\s+|just\s+)?({moments._NUM})\b"
                        r"(?:\s+(?:times|nights|days))?(?:,\s*[A-Z][a-z]+)?[.!]", re.I)


def _disputed(n: int, sent: str, lines: list[Line]) -> bool:
    """Whether the next line, another adult's but not the clinician's, opens by putting a count of ``sent`` (line
    ``n``, a report) right ("It was two, Rhodri.")."""
    nxt = lines[n]
    if (nxt.role or "").lower() in moments._CLINICIAN or nxt.speaker == lines[n - 1].speaker \
            or (nxt.role or "").lower() == "child":
        return False
    m = _PUT_RIGHT.match(nxt.text.strip())
    said = {x for ms in moments.measures(sent) if ms.kind != "time" for x in ms.numbers if x}
    return bool(m) and bool(said) and moments.number(m.group(1)) not in said


def _said_back(n: int, sent: str, lines: list[Line]) -> bool:
    """Whether the clinician's next line says the numbers another adult's count ``sent`` (line ``n``) says, in a
    measure of its own, or puts the count right ("Three, actually.")."""
    if n >= len(lines) or (lines[n].role or "").lower() not in moments._CLINICIAN:
        return False
    mine = {x for m in moments.measures(sent) if m.kind != "time" for x in m.numbers if x}
    first = _sentences(lines[n].text.strip())[0]
    if moments._CORRECTED.match(first):
        return bool(mine)  # "Four goes, that took her." - "Three, actually.": the clinician's count stands
    theirs = {x for m in moments.measures(first) if m.kind != "time" for x in m.numbers if x}
    return bool(mine) and mine <= theirs


_WORRIED = re.compile(r"\b(?:worries me|worried about|concerns me|i'?m concerned|that'?s a worry)\b", re.I)
# safety advice to the family, said with or without a number
_SAFETY = re.compile(r"(?<!that's a )(?<!that is a )(?<!that's a real )\b(?:safety(?! (?:problem|issue|worry|risk))|please,? (?:no|don'?t|do not|never|keep|make sure)|never (?:walking|running|climbing|"
                     r"carrying|leave|let)|don'?t leave (?:him|her|them)\b|(?:moves?|go|goes|stays?) out of reach|stand between|no (?:carrying|climbing|running|walking about|hot drinks?)|cut (?:lengthways|"
                     r"into quarters|in quarters)|(?:stays?|kept|keep it) (?:at the back|out of reach|up high)|keep (?:the|them|all|any|his|"
                     r"her|their) (?:\w+ ){0,2}(?:up high|out of reach|locked away|in a (?:locked )?cupboard)|a grown-?up "
                     r"(?:checks|in the room|with (?:him|her|them))|holds? a hand)\b", re.I)


def _advised(n: int, sent: str, lines: list[Line]) -> bool:
    """Whether a clinician's sentence tells the caregiver what to do about the child ("Keep the crayons short, ... so
    his fingers stay in the tripod grasp."): an instruction that speaks of the child as him or her, said after the
    caregiver spoke (within two lines, nobody else between)."""
    if (lines[n - 1].role or "").lower() not in moments._CLINICIAN or not moments._IMPERATIVE.match(sent) \
            or not re.search(r"\b(?:his|her|him|he|she)\b", sent, re.I) or re.search(r"\byour?\b", sent, re.I) \
            or moments._IN_SESSION.match(sent) or sent.rstrip().endswith("?") or len(sent.split()) < 6:
        return False
    for k in range(n - 1, max(0, n - 3), -1):
        role = (lines[k - 1].role or "").lower()
        if role in ("caregiver", "parent"):
            return True
        if role not in moments._CLINICIAN:
            return False
    return False


def line_moments(lines: list[Line], selected: set[str]) -> dict[int, LineMoments]:
    """1-based line number -> its moments, for the lines that are moments."""
    out: dict[int, LineMoments] = {}
    given: set[int] = set()  # the lines a home-program instruction was said in
    # the first line where the clinician says something is for home ("For home, ...", "every night"): an
    # instruction before it with no such word of its own ("Put the jar on the non-slip mat.", "That's a great
    # thing to practise.") is what to do in the session, not the home program
    home_from = next((n for n, ln in enumerate(lines, 1) if (ln.role or "").lower() in moments._CLINICIAN
                      and any(moments.home_when(x) or _HOME_START.match(x) for x in _sentences(ln.text))),
                     None)
    # the first line that speaks of the next visit: "We'll do the loop and swoop." before it is today's task
    plan_from = next((n for n, ln in enumerate(lines, 1) if (ln.role or "").lower() in moments._CLINICIAN
                      and _NEXT_VISIT.search(ln.text)), None)
    relays = _interpreters(lines)
    for n, ln in enumerate(lines, 1):
        sents = []
        line_sents = _sentences(ln.text)
        for j, sent in enumerate(line_sents):
            m = moments.classify(sent, ln.role, n - 1, len(lines))
            kinds = tuple(m.kinds) if m else ()
            if (ln.role or "").lower() in moments._CLINICIAN and _SUMMARY.match(sent) and not _nums(sent):
                # "So, in short: socks nearly there, trainers mostly right, ...": the session said over in words, no
                # new result, plan or home program
                kinds = ()
            if "measure" in kinds and j + 1 < len(line_sents) and (ln.role or "").lower() in moments._CLINICIAN \
                    and moments._IMPERATIVE.match(line_sents[j + 1]) and _TOLD_OF_THEM.search(line_sents[j + 1]) \
                    and not moments.said_done(sent) and not moments._DID.search(sent) \
                    and not re.search(r"\b(?:he|she|they|you)\b", sent, re.I):
                kinds = tuple(k for k in kinds if k not in ("measure", "assistance"))
            if "home_program" in kinds and home_from is not None and n < home_from:
                kinds = tuple(k for k in kinds if k != "home_program")
            if "plan" in kinds and (_IN_TURN.match(sent) and not _LETTER.search(sent) or plan_from is not None and n < plan_from
                                    and (_WE_DO.match(sent) or _LET_ME.match(sent))) and not _NEXT_VISIT.search(sent):
                # ("Let me put my hand over yours on the bottle, and we'll squeeze just a blob together.": now)
                # "First we'll just look and touch.": the order of today's tasks, not the plan for the next visit
                kinds = tuple(k for k in kinds if k != "plan")
            if "home_program" in selected and (ln.role or "").lower() in moments._CLINICIAN and _SAFETY.search(sent) \
                    and not sent.rstrip().endswith("?") and len(sent.split()) >= 6 and not moments.said_done(sent) \
                    and not moments._DID.search(sent) and not (set(kinds) & {"plan", "caregiver_report"}):
                # "One safety thing, please: grapes and cherry tomatoes cut lengthways, ...", "please no carrying hot
                # drinks for now": safety advice to the family, the education section's, never a result
                kinds = ("home_program",)
            if not kinds and "home_program" in selected and sents and _WORRIED.search(sents[-1][0]) \
                    and (ln.role or "").lower() in moments._CLINICIAN and len(sent.split()) >= 5 \
                    and not sent.rstrip().endswith("?") and not moments._IN_SESSION.match(sent):
                # "That landing worries me. A gate at the top of the stairs, a plug-in night light, and grippy socks":
                # what to do about the worry just said, advice to the family
                kinds = ("home_program",)
            if not kinds and "home_program" in selected and _advised(n, sent, lines):
                # "Keep the crayons short, broken in half, so his fingers stay in the tripod grasp." after the caregiver's
                # "he grips the crayon in his fist when he is tired": advice to the caregiver, the home program
                kinds = ("home_program",)
            if "home_program" in kinds:
                given.add(n)
            if "caregiver_report" in kinds and moments.read_back(
                    sent, [lines[k - 1].text for k in range(max(1, n - 3), n) if k in given]):
                # the caregiver repeating the home program just given ("So the putty every night."): the
                # instruction is the home program's item, not a report about home (compared with the whole
                # lines the instructions were said in: "... Stop homework writing after twenty minutes.")
                kinds = tuple(k for k in kinds if k not in ("caregiver_report", "measure"))
            # (the homework goes on after "So for home, Luis." or a home-program sentence of the line, sentences later
            # too, until a result of the session is said)
            since = next((j for j in range(len(sents) - 1, -1, -1) if "home_program" in sents[j][1]
                          or _HOME_START.match(sents[j][0]) and len(sents[j][0].split()) <= 5), None)
            if "home_program" in selected and sents and since is not None \
                    and not any(_DID_NOW.search(t) for t, _k in sents[since + 1:]) \
                    and set(kinds) <= set(GENERIC) \
                    and (kinds and all(x.kind in ("frequency", "duration") for x in moments.measures(sent)
                                       if x.kind != "time")
                         or kinds and any(x.kind == "frequency" for x in moments.measures(sent))
                         and not moments.said_done(sent)  # "..., five bows, four evenings a week": how much, how often
                         or kinds and moments.home_when(sent) and not moments.said_done(sent)
                         # ("Jumping jacks to a song at bath time, and twenty beanbags ... after tea.": when, at home)
                         or re.match(r"\W*(?:and|also|plus)\b", sent, re.I)
                         or not kinds and (moments._IMPERATIVE.match(sent) or _GOES_ON.match(sent) or _IF_DO.match(sent))
                         and not moments._IN_SESSION.match(sent)) \
                    and not _DID_NOW.search(sent):
                # "For home, do ten wall push-ups. And shaving cream play in the bath twice a week.": the
                # instruction goes on; "twice a week" is how often to do it at home, not a result of today
                kinds = ("home_program",)
            if sents and "home_program" in kinds and moments._IN_SESSION.match(sents[0][0]) \
                    and not moments._HOME_WHEN.search(sent) and not _HOME_START.match(sent):
                # "Now three-step directions. ... Put the red folder in the front pocket, write Tuesday in your
                # planner, and zip the bag.": the task of the moment, not homework
                kinds = tuple(k for k in kinds if k != "home_program")
            if "home_program" in kinds and "measure" in kinds and _DID_NOW.search(sent) and not _HOME_START.match(sent):
                # "you cut on the line for three of five shapes, ... how is writing going at home": today's
                # result, with "home" in a question after it (a transcript without full stops joins them)
                kinds = tuple(k for k in kinds if k != "home_program")
            if sents and (ln.role or "").lower() in moments._CLINICIAN and len(sents[-1][0].split()) >= 3 \
                    and moments._IN_SESSION.match(sents[-1][0]) \
                    and "measure" in kinds and not re.search(r"\b(?:he|she|they|you|i)\b|\b[a-z]{3,}ed\b", sent, re.I) \
                    and not moments.named_list(sent) \
                    and not any("/" in x.text or x.kind in ("proportion", "percentage") for x in moments.measures(sent)):
                # ("Let's have a look. The b, the d and the s are facing ..."; "Now the letters themselves. Of the
                # thirty-five letters, twenty-six are sitting on the line": a part of a whole is a result)
                # "Grace, let's start with the puzzle. Twenty four pieces, the farm one.": what the task is, no result
                kinds = tuple(k for k in kinds if k not in ("measure", "assistance"))
            said = moments.measures(sent) if "measure" in kinds else []
            if "measure" in kinds and n > 1 and (ln.role or "").lower() in moments._CLINICIAN \
                    and (lines[n - 2].role or "").lower() not in (*moments._CLINICIAN, "child") \
                    and (len(sent.split()) <= 6 or len(sent.split()) <= 12 and _ACK.search(sent)
                         and not re.search(r"\b(?:he|she|they)\b", sent, re.I)) \
                    and {x for m in said for x in m.numbers} \
                    <= {x for m in moments.measures(lines[n - 2].text) for x in m.numbers} \
                    | (_numbers(lines[n - 2].text) if _ACK.search(sent) else set()) \
                    and not _SAME_COUNT.search(sent) \
                    and not (lines[n - 2].text.rstrip().endswith("?")
                             and re.search(r"\b(?:was|were|did) (?:that|it|he|she|they)\b", lines[n - 2].text, re.I)):
                # (not "All five, fingers only." after the interpreter's "was that all five times open with his
                # fingers?": the clinician's answer is the result of the session)
                # ("Nine, same as mine." after another adult's "I got nine on the right": the clinician's own count)
                # "Forty minutes, okay." after the caregiver's "forty minutes from pyjamas to shoes": said back (not
                # "Three snaps in that copy." after the child's "That's one, two, three times.": the child's count, taken)
                kinds = tuple(k for k in kinds if k not in ("measure", "assistance"))
            task = _TASK_NOUN.match(sent) or _TASK_NOW.match(sent)
            task = task if task and (re.match(r"\s*(?:now|next)\b", sent[task.end(1):], re.I)
                                     or re.search(r"\b(?:across|long|wide|high|tall|deep|thick|in size)\b", sent, re.I)) \
                else None  # (only a task announced "now" or a size: "Reversals, three" is a result)
            if "measure" in kinds and (ln.role or "").lower() in moments._CLINICIAN and task \
                    and task.group(1).split()[0].lower() not in _NOT_TASK | STOPWORDS \
                    and not set(task.group(1).lower().split()) & set(NUMBER_WORDS) \
                    and not moments.said_done(sent) \
                    and not any("/" in m.text or m.kind in ("proportion", "percentage", "duration", "rate")
                                or "," in m.text or m.text.split()[-1].lower() == task.group(1).split()[-1].lower()
                                for m in said):  # ("Reversals, three": the count of its noun)
                # "Straight lines now, three strips with a thick black line.", "Circle, three inches across.": the
                # task set up, not a result ("Beanbags, seven of ten." is one)
                kinds = tuple(k for k in kinds if k not in ("measure", "assistance"))
            if "measure" in kinds and _TIMED_THING.search(sent) and not moments.said_done(sent) and len(said) == 1:
                # "Teeth now, with the two minute song.": how long the song is, not how long he brushed
                kinds = tuple(k for k in kinds if k not in ("measure", "assistance"))
            if sents and "measure" in kinds and _TIME_GIVEN.search(sents[-1][0]) and _THATS_TIME.match(sent):
                # "... as many as you can before the sand runs out. That's two minutes.": the time given, no result
                kinds = tuple(k for k in kinds if k not in ("measure", "assistance"))
            if not sents and "measure" in kinds and re.match(r"^\W*(?:that'?s|that is|time'?s up)\b", sent, re.I) \
                    and _THATS_TIME.match(sent) and _time_set(n, lines, moments.measure_phrase(sent)):
                # "That's two minutes." opening the line after "Pinch them out, two minutes on my phone.": time up
                kinds = tuple(k for k in kinds if k not in ("measure", "assistance"))
            if sents and "measure" in kinds and _TRIES_GIVEN.match(sent) and "measure" not in sents[-1][1] \
                    and not moments.said_done(sents[-1][0]) and (ln.role or "").lower() in moments._CLINICIAN:
                # "Last one: a coin from your palm up to your fingertips, ... Six goes.": how many tries he gets
                kinds = tuple(k for k in kinds if k not in ("measure", "assistance"))
            if "measure" in kinds and sents and (ln.role or "").lower() in moments._CLINICIAN \
                    and re.match(rf"^\W*(?:{moments._NUM})\s+[a-z]+s\W*$", sent, re.I) \
                    and not any(moments.measures(t) for t, _k in sents) \
                    and any(moments._IN_SESSION.match(t) or _TASK_NOUN.match(t) or re.match(
                        r"^\W*(?:last|next|first) (?:one|thing|job)\b|^\W*first the\b", t, re.I) for t, _k in sents):
                # "Last one, the first-then board. First the puzzle, then bubbles. Twelve pieces.": what the task is
                kinds = tuple(k for k in kinds if k not in ("measure", "assistance"))
            if "measure" in kinds and (ln.role or "").lower() in moments._CLINICIAN and re.match(
                    rf"^\W*(?:(?:the )?(?:last|next|first|final) (?:game|one|thing|job|activity|task|station|round)"
                    rf"(?:,\s+(?:[a-z]+\s+){{0,2}}[a-z]+)?|now|next)"
                    rf"\s*[:,]\s*(?:{moments._NUM})\s+(?:[a-z]+\s+)?[a-z]+s\b", sent, re.I) \
                    and not _DID_NOW.search(sent):
                # "Last game: twenty shoe cards, all jumbled.": the task and its size, said before it (the set-up)
                kinds = tuple(k for k in kinds if k not in ("measure", "assistance"))
            if "measure" in kinds and (ln.role or "").lower() in moments._CLINICIAN and n + 2 <= len(lines) \
                    and (sent.rstrip().endswith(("...", "\u2026")) or re.search(
                        r"\b(?:for|and|in|the|to|of|with|at|a|about|was|were)\W*$", sent, re.I)) \
                    and j == len(line_sents) - 1 \
                    and (lines[n].role or "").lower() not in moments._CLINICIAN \
                    and (lines[n + 1].role or "").lower() in moments._CLINICIAN \
                    and {(m.kind, m.numbers) for m in moments.measures(sent)} \
                    & {(m.kind, m.numbers) for m in moments.measures(lines[n + 1].text)}:
                # "He's turned it once, so that's two timers, and he's been in for..." cut off by the grandfather's
                # phone, then "Two whole timers, so four minutes in the tent": the result is the line that finishes it
                kinds = tuple(k for k in kinds if k not in ("measure", "assistance"))
            told_n = re.match(rf"^\W*(?:{moments._NUM})\s+[a-z]+s,\s+", sent, re.I)
            if "measure" in kinds and told_n and moments._IMPERATIVE.match(sent[told_n.end():]) \
                    and not moments.said_done(sent) and (ln.role or "").lower() in moments._CLINICIAN:
                # "Four cups, fill each one up to the green line.": how many to do, then what to do; no result
                kinds = tuple(k for k in kinds if k not in ("measure", "assistance"))
            if sents and "plan" in kinds and re.search(r"\b(?:it|that one)\b", sent, re.I) \
                    and moments._NOT_ADDRESSED.search(sents[-1][0]) and "observation" in sents[-1][1] \
                    and not _nums(sent) and not re.search(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b", sent, re.I):
                # (not "Next appointment, Monday the fourteenth at twelve: if it stays a lunchtime slot, ...": its own)
                # "We did not get to the straw drinking goal today. It's still on his plan, and we'll start with it
                # next week.": the goal not addressed says it; "Plan: start with it next week." names nothing
                kinds = tuple(k for k in kinds if k != "plan")
            if (ln.role or "").lower() == "other" and ln.speaker not in relays and "measure" in kinds \
                    and moments.in_room(sent) and not any(moments._ELSEWHERE.search(t) for t, _k in sents):
                # (not "The other two, the bell for break went ..." after "This week he got it finished on three
                # mornings out of five.": the line tells of school still)
                # another adult counting what the child does now: a result of the session (with the help they gave:
                # "I had a finger under his chin ... so moderate assistance from me"), not a report under their name
                kinds = tuple(k for k in kinds if k != "caregiver_report") \
                    + (("assistance",) if moments.assistance(sent) and "assistance" not in kinds else ())
            if "measure" in kinds and moments.in_room(sent) and _counts_now(n, lines):
                # "That was three good ones, love." right after the child's jumping jacks: the caregiver counting
                # what the child does now, a result of the session, not a report from home
                kinds = tuple(k for k in kinds if k != "caregiver_report")
            if "measure" in kinds and (ln.role or "").lower() not in moments._CLINICIAN and moments.in_room(sent) \
                    and _counts_now(n, lines) \
                    and _said_back(n, sent, lines):
                # "So four made it into the piggy bank." then the clinician's "Four of the six, yes, ...": the
                # clinician's line is the result (was a second item, "Made it into the piggy bank: 4 made it.")
                kinds = tuple(k for k in kinds if k not in ("measure", "caregiver_report"))
            if not kinds and sents and (ln.role or "").lower() in ("other", "interpreter") \
                    and "caregiver_report" in sents[-1][1] \
                    and len(sent.split()) >= 5 and (moments._ABOUT_CHILD.search(sent) or ln.speaker in relays
                                                    or any(moments.RELAYED.match(t) for t, _k in sents)) \
                    and not sent.rstrip().endswith("?"):
                # (an interpreter's next sentence is still the caregiver's: "Breakfast is in front of the television,
                # every day.")
                # "... they copied twenty sums into their books. Six of them had a number missing or swapped round, so
                # he worked out the wrong sum.": the report goes on
                kinds = ("caregiver_report",)
            if "measure" in kinds and "caregiver_report" not in kinds and (ln.role or "").lower() == "other" \
                    and ln.speaker not in relays and not sent.rstrip().endswith("?") \
                    and any("caregiver_report" in k and moments._ELSEWHERE.search(t) for t, k in sents):
                # "Over the three days: breakfast every day, toast or cereal. Fruit twice, both bananas.": the food
                # record read out goes on, a report from elsewhere, not a count of the session
                kinds = ("caregiver_report", "measure")
            if "caregiver_report" in kinds and n < len(lines) and _disputed(n, sent, lines):
                # "Three times this week I've found her out on the landing." - "It was two, Rhodri.": a count the other
                # caregiver puts right is no report of either; it stays on the "Not in the note" list for the clinician
                kinds = tuple(k for k in kinds if k != "caregiver_report") or ("measure",)
            if "measure" not in kinds and "measure" in selected and not sent.rstrip().endswith("?") \
                    and _clock_start(n, sent, lines):
                # "The bowl was empty at twelve minutes past eleven." after "It's five past eleven by that clock":
                # the minutes between them are the result
                kinds = (*kinds, "measure")
            if "home_program" in kinds and (ln.role or "").lower() in moments._CLINICIAN and _MINE_TO_DO.match(sent):
                # "I'll order a kettle tipper for home", "And I'll write to his class teacher today": what the
                # clinician does next is the plan's, not the family's home program (the notes had it in both)
                kinds = tuple(dict.fromkeys("plan" if k == "home_program" else k for k in kinds))
            specific = tuple(k for k in kinds if k not in GENERIC and k in selected)
            if specific and not sent.rstrip().endswith("?"):
                kinds = specific
            elif sent.rstrip().endswith("?"):
                kinds = ()  # a question asks; it reports nothing
            sents.append((sent, kinds))
        for i, (t, ks) in enumerate(sents):
            # "Five of the six... oh, hang on, she's rubbed out the S and turned it round herself. All six, then": a
            # count put right later in the line is that later count; the first is no result
            if "measure" not in ks or not (t.rstrip().endswith(("...", "\u2026")) or i + 1 < len(sents) and re.match(
                    r"^\W*(?:oh,?\s+)?(?:hang on|hold on|wait|no,|actually)\b", sents[i + 1][0], re.I)):
                continue
            first = {m.numbers for m in moments.measures(t) if m.kind == "count" and len(m.numbers) == 2}
            later = {m.numbers for u, k in sents[i + 1:] if "measure" in k for m in moments.measures(u)
                     if m.kind == "count" and len(m.numbers) == 2}
            if first and all(any(a[1] == b[1] and a[0] != b[0] for b in later) for a in first):
                sents[i] = (t, tuple(k for k in ks if k not in ("measure", "assistance")))
        kinds = tuple(dict.fromkeys(k for _, ks in sents for k in ks))
        if kinds:
            out[n] = LineMoments(kinds, tuple(sents))
    return out


@dataclass(frozen=True)
class Unit:
    """One candidate item: consecutive sentences of one line that are moments of the section's kinds."""

    line: int  # 1-based
    text: str


# a sentence that starts the next thing rather than completing the one before ("Now the zipper.")
_NEXT = re.compile(r"^\W*(now|next|then|first|last|okay|ok|so|let'?s|alright|all right|time)\b", re.I)


def _only_prior(text: str) -> bool:
    """A sentence whose measures are all values of an earlier time ("Last session it took eleven minutes.")."""
    ms = [m for m in moments.measures(text) if m.kind not in ("time",)]
    if re.search(r"\b(?:same as|like|again)\b", text, re.I):
        return False  # "Same as last week, three of six": today's result, said to be the same
    return bool(ms) and all(moments.prior_value(text, m) or moments.said_before(m)
                            for m in ms) and (not moments.assistance(text) or bool(moments.PRIOR_START.match(text)))


_AND_DID = re.compile(r",?\s+and\s+(?=(?:then\s+)?(?:(?:he|she|they)\s+)?(?:[a-z]+ed|wrote|drew|held|made|took|ate|sat|stood|caught|threw|cut|put|hit|"
                      r"ran|rode|got|kept|did|went|tied)\b)", re.I)


def _results(sentence: str) -> list[str]:
    """A sentence of two results joined by "and" and a past verb, each with its own measure ("he wrote for six
    minutes and rated his hand five out of ten at the end"): two units, so each has its own activity."""
    def measured(t: str) -> bool:
        return any(m.kind not in ("time", "comparison") for m in moments.measures(t))

    for m in _AND_DID.finditer(sentence):
        a, b = sentence[: m.start()].strip(), sentence[m.end():].strip()
        only_cues = all(moments.CUES_ONLY.match(x.text) for x in moments.measures(b) if x.kind not in ("time", "comparison"))
        total = re.match(rf"^\W*(?:there (?:were|was|are)\s+|we had\s+|I (?:had|gave (?:him|her|them))\s+)?(?:{moments._NUM})\s+"
                         r"[a-z]+s\W*$", a, re.I)  # "There were twelve pieces and he got most of them in, all but three"
        if measured(a) and measured(b) and len(b.split()) >= 3 and not only_cues and not total:
            # ("... for four minutes, and he needed five verbal redirections in that time": the cues are the
            # level of the result before them, not a result of their own)
            return [a, b]
    return [sentence]


_PASSES_ON = re.compile(r"\b(?:she|he|they|mom|mum|mother|dad|father|grandma|grandpa|parents?)\s+(?:also\s+)?(?:says|said|"
                        r"asks|asked|is asking|is saying|wants to know|would like to know|tells me|told me)\b", re.I)


def _interpreters(lines: list[Line], share: float = 0.5) -> set[str]:
    """The speakers (labels) of role other or interpreter who mostly pass on what others said or ask ("She says
    ...", "He is asking ..."): an interpreter, not a sibling who once says "Mom says I can have a turn"."""
    said: dict[str, list[bool]] = {}
    for ln in lines:
        if (ln.role or "").lower() in ("other", "interpreter"):
            said.setdefault(ln.speaker, []).append(bool(_PASSES_ON.search(ln.text)))
    return {who for who, xs in said.items() if sum(xs) >= max(2, share * len(xs))}


def introduced(lines: list[Line]) -> dict[str, str]:
    """Speaker label -> who they said they are, for speakers of role other ("I'm his aide in the second grade
    classroom" -> "Aide", "I'm her big sister" -> "Sister")."""
    out: dict[str, str] = {}
    seen: set[str] = set()
    for i, ln in enumerate(lines):
        if (ln.role or "").lower() == "other" and ln.speaker not in out:
            m = moments.INTRODUCED.search(ln.text)
            if m:
                out[ln.speaker] = m.group(1).lower().capitalize()
        by = moments.INTRODUCED_BY.search(ln.text) if (ln.role or "").lower() != "other" else None
        if by:  # "This is Kayleigh, his cousin.": the next new speaker of role other, within two lines
            new = next((x.speaker for x in lines[i + 1: i + 3] if (x.role or "").lower() == "other"
                        and x.speaker not in seen and x.speaker not in out), None)
            if new:
                out[new] = by.group(1).lower().capitalize()
        seen.add(ln.speaker)
    return out


_RISK = re.compile(r"\b(?:chok\w*|gag\w*|cheeks?|pocket\w*|fell|falls?|falling|hurt\w*|injur\w*|bruis\w*|bit|bites? "
                   r"(?:him|her|them|his|their|my)|hit (?:him|her|them|his|their|my)\w*|climb\w*|ran off|runs? off|"
                   r"bolt\w*|burn\w*|danger\w*|unsafe|safety|wander\w*|escap\w*|scrap\w*|stitches|emergency)\b", re.I)


def candidates(sec: SectionSpec, found: dict[int, LineMoments], lines: list[Line]) -> dict[str, Unit]:
    """Unit key ("line_12", or "line_20a", "line_20b" for two parts of one line) -> the unit: the
    moments of the kinds the section selects, spoken by its roles; at most ``max_items``, those with a
    measure first, in time order."""
    from .grounding import _content

    roles = {r.lower() for r in sec.roles}
    written = not any(f.type == "restated" for f in sec.fields)
    relays = _interpreters(lines)
    units: list[Unit] = []
    for n, lm in found.items():
        other = (lines[n - 1].role or "").lower() == "other" and lines[n - 1].speaker not in relays \
            or _counts_now(n, lines)
        if not set(lm.kinds) & set(sec.select) or roles and (lines[n - 1].role or "").lower() not in roles \
                and not ("caregiver" in roles and lines[n - 1].speaker in relays
                         and any(moments.RELAYED.match(t) for t, _ in lm.sentences)) \
                and not ("caregiver" in roles and "caregiver_report" in sec.select and other
                         and any("caregiver_report" in k and not moments.RELAYED.match(t) for t, k in lm.sentences)) \
                and not ("therapist" in roles and "measure" in sec.select and other
                         and any("measure" in k and moments.in_room(t) for t, k in lm.sentences)):
            # (an interpreter passing on the caregiver's words speaks for the caregiver; another adult or a sibling
            # telling about the child is reported under their own name; another adult counting what the child does in
            # the session gives a result like the clinician's)
            continue
        groups: list[list[str]] = []
        prev = False
        away = False  # another adult's line that has spoken of elsewhere: its counts after that are of there too
        for i, (text, kinds) in enumerate(lm.sentences):
            hit = bool(set(kinds) & set(sec.select))
            away = away or bool(moments._ELSEWHERE.search(text)) and not text.rstrip().endswith("?") \
                and "caregiver_report" in kinds
            if other and "therapist" in roles and "measure" in sec.select:
                # another adult's result of the session, not their report ("Over the three days: breakfast every
                # day, toast or cereal. Fruit twice, both bananas.": the food record's, read out)
                hit = hit and moments.in_room(text) and not away
            if hit and prev and ("measure" in sec.select or "assistance" in sec.select) \
                    and re.match(r"^\W*(?:that|it|this)\s+(?:took|lasted)\b", text, re.I):
                groups[-1].append(text)  # "That took her about three minutes.": the time of the result before it
                continue
            if hit and prev and ("measure" in sec.select or "assistance" in sec.select) and groups \
                    and any(x.kind == "count" for x in moments.measures(groups[-1][0])) \
                    and moments.per_try(" ".join([*groups[-1][1:], *(t for t, _ in lm.sentences[i:])])):
                # "That's three bows out of four. The first try I did hand over hand. Second and third, a tactile
                # cue. The fourth, no help at all.": each try's level belongs to the count
                groups[-1].append(text)
                continue
            if hit and prev and ("measure" in sec.select or "assistance" in sec.select) and len(groups[-1]) == 1 \
                    and _BARE_TOTAL.match(groups[-1][0]) and _PART_FIRST.match(text):
                # "Ten spoonfuls. The last two dripped off before they got to his mouth, the rest went in clean.": the
                # total said alone, then its part: one result
                groups[-1].append(text)
                continue
            joined = f"{groups[-1][-1]} {text}" if groups else ""
            part = moments._TOTAL_THEN_PART.search(joined) if hit and prev else None
            if part and part.start(3) > len(groups[-1][-1]) and ("measure" in sec.select or "assistance" in sec.select):
                # "Four goes at the pants standing. Three he got up over his hips ...": the part, of that total
                groups[-1].append(text)
                continue
            if not hit and prev and "plan" in sec.select and groups and moments.GOAL_TARGET.search(groups[-1][-1]) \
                    and moments.PRIOR_START.match(text) and _nums(text):
                # "Goal: all eight squares on either foot by the end of April. In September she could do two on the
                # right.": the goal's baseline goes with it (no result of today, and no other item says it)
                groups[-1].append(text)
                continue
            if hit and ("measure" in sec.select or "assistance" in sec.select) and _only_prior(text):
                # "Last session it took eleven minutes.": the comparison of the result before it, not a result; of
                # the line's results before it, the latest of its kind ("fifteen minutes" compares with the
                # puzzle's eight minutes, not with the three cues said after them)
                if prev:
                    cmp = moments.comparison(text)
                    fit = next((g for g in reversed(groups) if _compatible(cmp, moments.measure_phrase(" ".join(g)))),
                               groups[-1]) if cmp else groups[-1]
                    fit.append(text)
                continue
            if hit and not prev and i and "caregiver_report" in sec.select and _TOPIC_NAMED.match(lm.sentences[i - 1][0]) \
                    and not moments.measures(lm.sentences[i - 1][0]):
                groups.append([lm.sentences[i - 1][0], text])  # "Meltdowns, then. I mark them on the calendar.": of it
                prev = hit
                continue
            if hit:  # one unit per sentence; a very short one joins the one before it
                if prev and len(text.split()) < 4 and not (_BARE_TOTAL.match(text) and i + 1 < len(lm.sentences)
                                                           and _PART_FIRST.match(lm.sentences[i + 1][0])):
                    groups[-1].append(text)
                elif "measure" in sec.select and not prev and i > 0 and _BARE_TIME.match(text) \
                        and _SAYS_DONE_BEFORE.search(lm.sentences[i - 1][0]) and not lm.sentences[i - 1][0].endswith("?"):
                    # "Both socks, both shoes on the right feet, and he's up. Just under two minutes.": the time alone
                    # says nothing of what was timed; the sentence before it does
                    groups.append([lm.sentences[i - 1][0], text])
                elif "measure" in sec.select:
                    groups += [[p] for p in _results(text)]
                else:
                    groups.append([text])
            elif prev and len(text.split()) < 4 and written and _content(text) and not _NEXT.match(text):
                # a short sentence right after a moment names or completes it ("So I start it and he
                # finishes it. Backward chaining."): part of its unit where the model writes the item (a
                # restated item would carry "Great work, Aiden." too)
                groups[-1].append(text)
            prev = hit
        if not ("measure" in sec.select or "assistance" in sec.select):
            # "That's just like at home. He gets so frustrated when ...": a short lead-in joins what it leads to
            k = 0
            while k + 1 < len(groups):
                if len(" ".join(groups[k]).split()) < 6 and not moments.measures(" ".join(groups[k])):
                    groups[k + 1] = groups[k] + groups[k + 1]
                    del groups[k]
                else:
                    k += 1
            # "Now my bus ticket. Saturday at the rec, the big rope net. Five goes she had, ...": a place or thing named
            # with no verb and no number says what the next sentence tells of, one report with it
            k = 0
            while k + 1 < len(groups):
                if "caregiver_report" in sec.select and len(groups[k]) == 1 and _TOPIC_ONLY.match(groups[k][0]) \
                        and not moments.measures(groups[k][0]) and moments.measures(groups[k + 1][0]):
                    groups[k + 1] = groups[k] + groups[k + 1]
                    del groups[k]
                else:
                    k += 1
            # "He's been pegging out the socks whenever I hang the washing. Well, whenever is me being kind. Four
            # days out of the seven, if I'm honest.": what they say to put right what they just said is the same report
            k = 1
            while k < len(groups):
                if _REVISED.search(groups[k][0]) and len(" ".join(groups[k - 1] + groups[k]).split()) <= 45:
                    groups[k - 1] = groups[k - 1] + groups[k]
                    del groups[k]
                else:
                    k += 1
            # "Eleven new foods on the list since we were last here. She tasted five, properly tasted. The other
            # six ended up on the floor.": a count with no noun of its own is of the count before it, one report
            k = 1
            while k < len(groups):
                if _BARE_COUNT.search(" ".join(groups[k])) and (
                        moments.measures(" ".join(groups[k - 1])) or len(groups[k - 1][0].split()) <= 3
                        and not moments.measures(groups[k - 1][0])) \
                        and len(" ".join(groups[k - 1] + groups[k]).split()) <= 45:
                    # ("Meltdowns, then. I mark them on the kitchen calendar. Five last week, ...": of the topic said)
                    groups[k - 1] = groups[k - 1] + groups[k]
                    del groups[k]
                else:
                    k += 1
        for g in groups:
            text = " ".join(g)
            if "measure" in sec.select or "assistance" in sec.select:
                if not moments.only_prior_said(text):  # an earlier session in words: a comparison, never today's
                    units.append(Unit(n, text))
                continue
            # a list of instructions ("five minutes of putty a day, and writing on a vertical surface"): one each
            pieces = _glued_parts(re.split(r"(,\s+and\s+(?:also\s+)?|;\s+)", text))
            if len(pieces) > 1 and all(len(p.split()) >= 4 for p in pieces) and (
                    "caregiver_report" not in sec.select or all(_OWN_SUBJECT.match(p) and not _BACK_TO.match(p)
                                                                for p in pieces[1:])):
                # (a report goes on where the next part has no subject of its own: "they had a fire drill, and when
                # the alarm went he ran out of the hall", "he grabbed a handful of popcorn, stuffed it all in, and
                # started coughing" are one event each)
                units += [Unit(n, p) for p in pieces]
            else:
                units.append(Unit(n, text))
    if len(units) > sec.max_items:
        # those with a measure first, then the first unit of each line before a line's second ("He's had a tough
        # week. ... He banged his head on the coffee table." must not crowd out the next line's report)
        nth = [sum(1 for u in units[:i] if u.line == units[i].line) for i in range(len(units))]
        # a safety risk told first ("she keeps food in her cheeks, ... at nap time" must not give way to "We
        # brought the food log"), then those with a measure
        ranked = sorted(range(len(units)), key=lambda i: (not _RISK.search(units[i].text),
                                                          not moments.measures(units[i].text), nth[i], i))
        units = [units[i] for i in sorted(ranked[: sec.max_items])]
    per_line: dict[int, int] = {}
    for u in units:
        per_line[u.line] = per_line.get(u.line, 0) + 1
    out: dict[str, Unit] = {}
    seen: dict[int, int] = {}
    for u in units:
        k = seen.get(u.line, 0)
        seen[u.line] = k + 1
        out[f"line_{u.line}" + ("abcdefghij"[k] if per_line[u.line] > 1 else "")] = u
    return out


# a clause that starts with its own subject ("the sock seams bother him"), not one that goes on from the one
# before it ("when the alarm went he ran", "started coughing and going red")
_OWN_SUBJECT = re.compile(r"^(?!when\b|then\b|so\b|because\b|while\b|until\b)(?:[A-Za-z',]+\s+){0,5}?"
                          r"(?:he|she|they|we|i|it|his|her|their|my|our|the|(?-i:[A-Z][a-z]+))(?:'s|'re|'d|'ll|'ve)?\s+\w+", re.I)

# a sentence that only names a place or a thing: no verb, no pronoun ("Saturday at the rec, the big rope net.")
_TOPIC_ONLY = re.compile(r"^(?!\W*(?:great|good|well|wow|yes|yeah|no|okay|ok|thanks|thank|lovely|brilliant|nice|oh|ah|"
                         r"right|sure|fine|sorry|hi|hello|bye|now|so|and|but|then)\b)(?!.*\b(?:i|you|he|she|we|they|it|is|was|are|were|has|had|have|does|did|do|goes|went|got|gets|"
                         r"can|could|will|would|should|must|[a-z]+ed|[a-z]+ing|[a-z]+'[a-z]+|sent|gave|took|made|said|came|saw|told|"
                         r"brought|bought|kept|left|put|ran|sat|wore|wrote|ate|drank|fell|found|felt|heard|held|lost|"
                         r"paid|read|rode|slept|spent|stood|swam|threw|won|broke|caught|drew|grew|hung|let|says|keeps|"
                         r"takes|makes|needs|wants|likes|loves|hates|eats|sleeps)\b)(?:[A-Za-z]+[,]?\s+){1,8}"
                         r"[A-Za-z]+[.!]$", re.I)
# a topic named alone, before what is told of it ("Meltdowns, then.", "Now, bedtimes.")
_TOPIC_NAMED = re.compile(r"^\W*(?:(?:and|now|so|right)[,]?\s+)?(?:the\s+)?(?!(?:yes|thanks|days|times|nights|bits)\b)"
                          r"[A-Za-z]+s(?:,?\s+(?:then|now|next|first))?[.!:]?$", re.I)
# a part of what the clause before it counted ("Five goes she had, and she got to the very top twice; the other
# times she came back down"): said with it
_PART_OF_BEFORE = re.compile(r"\b(?:twice|once|the other (?:times|ones|[a-z]+s)|the rest|of them)\b", re.I)


_TOTAL_SAID = re.compile(rf"\b(?!an?\b)(?:{moments._NUM})\s+(?:[a-z]+\s+)?(?!(?:minutes|seconds|hours|days|weeks|months|"
                         r"years|nights|mornings|evenings|times)\b)[a-z]+s\b", re.I)
_WHEN_SAID = re.compile(r"\b(?:this|last|next) (?:week|term|month|year|time)\b|\b(?:today|yesterday|tonight)\b", re.I)


def _glued_parts(split: list[str]) -> list[str]:
    """The pieces of a ``re.split`` with its separators kept, a piece that counts a part of the one before it put
    back with that one."""
    out: list[str] = []
    k = -2
    while k + 2 < len(split):
        k += 2
        piece = split[k].strip()
        first, rest = (piece.split(". ", 1) + [""])[:2]  # only its first sentence is of the count before it
        if rest and out and _PART_OF_BEFORE.search(first) and not _PART_OF_BEFORE.search(rest):
            split = split[:k] + [first + ".", " ", rest] + split[k + 1:]
            piece = first + "."
        if out and (_PART_OF_BEFORE.search(piece) and not _WHEN_SAID.search(piece) and not moments.measures(
                piece.replace("twice", "").replace("once", "")) and _TOTAL_SAID.search(out[-1])
                    or re.match(r"on (?:those|these|them|that)\b", piece, re.I)):  # "..., and on those days make it"
            out[-1] = f"{out[-1]}{split[k - 1]}{piece}".strip()
        elif piece:
            out.append(piece)
    return out


_REVISED = re.compile(r"^\W*(?:well|actually|or rather|I mean|sorry)\b,?|\bif I'?m (?:being )?honest\b|"
                      r"\bto be (?:honest|fair)\b", re.I)
# a short clause about what the one before it named ("The putty you sent home: you said every evening, and we got to
# it on three."): one report, not two
_BACK_TO = re.compile(r"^(?:[A-Za-z']+\s+){1,3}(?:to |with |on |at )?(?:it|them)\b(?!\s+(?:is|was|'s))(?:\s+[A-Za-z']+){0,5}[.!]?$",
                      re.I)

# a time said alone ("Just under two minutes.", "About ninety seconds, start to finish."), and a sentence before it
# that says what was done ("Both socks, both shoes on the right feet, and he's up.")
_BARE_TIME = re.compile(rf"^\W*(?:(?:just |a little |well )?(?:under|over)|about|around|nearly|almost|exactly|only)?\s*"
                        rf"(?:{moments._NUM}|a|an)\s+(?:and a half\s+)?(?:minutes?|seconds?|mins?|secs?)\b[^.!?]{{0,30}}[.!]?$", re.I)
_SAYS_DONE_BEFORE = re.compile(r"\b(?:he|she|they)(?:'s| is| was)? (?:up|done|finished|through|off|in|out|on)\b|"
                               r"\b(?:he|she|they) (?:[a-z]+ed|did|got|put|made|took|held|kept|went|ran|sat|stood|"
                               r"wrote|drew|threw|caught|built|tied|cut)\b", re.I)
# a total said alone ("Ten spoonfuls.", "Six sticks."), and a sentence that starts with a part of it ("The last two
# dripped off ...", "Four times he moved the stick ...")
_BARE_TOTAL = re.compile(rf"^\W*(?:{moments._NUM})\s+[a-z]+s[.!]?$", re.I)
_PART_FIRST = re.compile(rf"^\W*(?:the\s+(?:first|last|other)\s+(?:{moments._NUM})\b|(?:{moments._NUM})\s+(?:times\s+)?"
                         rf"(?:he|she|they)\b)", re.I)
# what a clinician says to acknowledge a report ("Twenty five minutes to get dressed, good to know.")
_ACK = re.compile(r"\b(?:good to know|noted|thanks|thank you|that's helpful|that helps|got it|I see|okay|ok|wow|"
                  r"(?:is|was|that's) a (?:long|hard|tough) (?:time|while|one)|that sounds (?:hard|tough|exhausting|a lot)|"
                  r"poor (?:you|thing))\b", re.I)  # ("Forty minutes is a long time for both of you.": said back)
_SAME_COUNT = re.compile(r"\b(?:same as (?:mine|me|my count|I got)|that matches(?: mine)?|I got (?:that|the same)|"
                         r"I counted (?:that|the same))\b", re.I)

BATCH_UNITS = 8  # moments of a section one answer fills at most (a longer answer drifts between them)


def unit_fields(sec: SectionSpec, unit: Unit, lines: list[Line]) -> tuple[str, ...]:
    """The fields the model must fill for a moment: the asked ones the rules cannot (an assistance level
    the moment names, or no help spoken of at all; a topic its words give)."""
    out = []
    for f in sec.fields:
        if not f.asked:
            continue
        if f.type == "assistance" and (moments.assistance(unit.text, f.options or moments.ASSIST_LEVELS)
                                       or not _HELP_WORDS.search(lines[unit.line - 1].text)):
            continue
        if f.type == "topic" and _line_topic(unit.text, lines[unit.line - 1].text, f.options or ()):
            continue
        if f.type == "status":
            ruled = moments.status(unit.text, moments.measure_phrase(unit.text), moments.comparison(unit.text),
                                   f.choices or ())
            if ruled or ruled is None and not moments.comparison(lines[unit.line - 1].text) \
                    and _later_prior(unit.line, unit.text, lines) is None:
                continue  # the rules give it ("mastered"), or nothing is said of change, here or just after: no status
        out.append(f.name)
    return tuple(out)


# a time or place beyond the session ("this week", "at the kitchen table", "still"): a line that tells of it reports
_BEYOND = re.compile(r"\b(?:weeks?|nights?|days?|mornings?|evenings?|ago|since|yesterday|weekends?|months?|terms?|"
                     r"usually|always|every|used to|still|tonight|bedtime|lately|these days|any ?more|kitchen|homework|"
                     r"at (?:the )?(?:park|table|shop|pool|party))\b", re.I)


def _counts_now(n: int, lines: list[Line]) -> bool:
    """Whether the caregiver's line ``n`` answers what the child just did in the room ("That's two goes." after the
    child's "Pull. It slipped. Pull. Slipped again."), telling of no other time or place."""
    ln = lines[n - 1]
    if (ln.role or "").lower() == "caregiver" and n >= 2 and (lines[n - 2].role or "").lower() in moments._CLINICIAN \
            and lines[n - 2].text.rstrip().endswith("?") \
            and re.search(r"\b(?:was (?:that|it)|were (?:they|those)|did (?:he|she|they)|how many)\b",
                          _sentences(lines[n - 2].text)[-1], re.I):
        # "Gethin, you had the best view. Was that all three in the sink?" - "All three, not a drop down her front.
        # While we're at the sink: twice last week ...": asked what the child just did, the caregiver counts it
        first = _sentences(ln.text)[0]
        return moments.in_room(first) and not _BEYOND.search(first)
    return (ln.role or "").lower() == "caregiver" and n >= 2 and (lines[n - 2].role or "").lower() == "child" \
        and not moments._ELSEWHERE.search(ln.text) and not _BEYOND.search(ln.text)


# help the clinician says they will give for the try to come ("I'll keep a hand on your hip so you don't wobble")
_WILL_HELP = re.compile(r"\bI(?:'ll| will|'m going to| am going to)\s+(?:just\s+|only\s+)?(?:keep|hold|put|have|rest|"
                        r"steady|guide|help|give|start|stay|be)\b", re.I)


def _help_told(n: int, unit: str, lines: list[Line], choices: Sequence[str]) -> tuple[int, list[str]] | None:
    """The level of help the clinician said they would give just before a result with none of its own: (the line it
    was said in, its levels), where no other result was said between them; else None."""
    role = (lines[n - 1].role or "").lower()
    whole = lines[n - 1].text
    at = whole.find(unit[:40])
    before = [(n, x) for x in _sentences(whole[:at]) if x.strip()] if at > 0 else []
    for k in range(n - 1, max(0, n - 3), -1):  # the clinician's line before, over one line of the child's
        if (lines[k - 1].role or "").lower() == role:
            before = [(k, x) for x in _sentences(lines[k - 1].text) if x.strip()] + before
            break
    for k, x in reversed(before):
        if moments.measures(x) and not _WILL_HELP.search(x):
            return None  # another result between: its help, not this one's
        if _WILL_HELP.search(x) and not _NEXT_VISIT.search(x) and (levels := moments.assistance(x, choices)):
            # (not "I'll keep a finger under his wrist for the first three, then I'll let go": help for some tries)
            return None if moments.measures(x) else (k, levels)
    return None


_ON_CLOCK = re.compile(r"\bon (?:my|the|your|his|her) (?:phone|timer|clock|watch|stopwatch)\b|\b(?:sand )?timer\b|"
                       r"\bhourglass\b|\bsand\b", re.I)


def _said_number(value: str, source: str) -> str:
    """``value`` with its last number, where the field's length limit cut it ("while Gethin counted to 1" for "while
    Gethin counted to fifteen"), written whole as the lines say it after the same words. (Any other number the lines
    do not say stays as the model wrote it, for the grounding check to flag.)"""
    for m in list(re.finditer(r"\b([A-Za-z]+ [A-Za-z]+) (\d+(?:\.\d+)?)\W*$", value)):
        ctx = m.group(1)
        if ctx.split()[0].lower() in STOPWORDS and ctx.split()[1].lower() in STOPWORDS:
            continue  # ("and the 3", "of the 5"): too common to say which number was meant
        said = [moments.number(x.group(1)) for x in re.finditer(rf"\b{re.escape(ctx)}\s+({moments._NUM})\b", source, re.I)]
        said = [x for x in said if x]
        if said and m.group(2) not in said and len(set(said)) == 1 and said[0].startswith(m.group(2)) \
                and not re.search(rf"\b{re.escape(ctx)}\s+{re.escape(m.group(2))}\b", source, re.I):
            value = value[: m.start(2)] + said[0] + value[m.end(2):]
    return value


def _clock_start(n: int, said: str, lines: list[Line], back: int = 8) -> tuple[int, str] | None:
    """Where a clinician's sentence says one time on the clock as the end of a task ("The bowl was empty at twelve
    minutes past eleven.") and a clinician's line up to ``back`` lines before it said the start ("It's five past
    eleven by that clock, let's see how long the bowl takes."): that line and its sentence; else None."""
    if len(moments.clock_times(said)) != 1 or (lines[n - 1].role or "").lower() not in moments._CLINICIAN:
        return None
    for k in range(n - 1, max(0, n - 1 - back), -1):
        if (lines[k - 1].role or "").lower() not in moments._CLINICIAN:
            continue
        for t in reversed(_sentences(lines[k - 1].text)):
            if moments.clock_times(t):
                return (k, t) if len(moments.clock_times(t)) == 1 and moments.clock_gap(f"{t} {said}") else None
    return None


def _time_set(n: int, lines: list[Line], said: str, back: int = 4) -> bool:
    """Whether the clinician set this time for the task in one of the lines before ``n`` ("Pinch them out, two minutes
    on my phone."), so that "That's two minutes." tells the time is up."""
    for k in range(n - 1, max(0, n - 1 - back), -1):
        if (lines[k - 1].role or "").lower() not in moments._CLINICIAN:
            continue
        for x in _sentences(lines[k - 1].text):
            if _ON_CLOCK.search(x) and said and said in {m.text for m in moments.measures(x)}:
                return True
    return False


def _line_topic(unit: str, line: str, choices: Sequence[str]) -> str | None:
    """The topic of a report by its own words, else by the nearest sentence of its line that has one, those before
    it first ("It's one sheet, five spellings written out. ... Most of that is the rubber." after "Homework is ...")."""
    if got := moments.topic(unit, choices):
        return got
    sents = [x for x in _sentences(line) if x.strip()]
    at = next((i for i, x in enumerate(sents) if x.strip() in unit or unit[:40] in x), None)
    if at is None:
        return None
    near = [moments.topic(sents[i], choices) for i in [*range(at - 1, -1, -1), *range(at + 1, len(sents))]]
    # a time of the week or day ("home routine": "this week", "mornings") says less than any other topic near it
    return next((t for t in near if t and t != "home routine"), None) or next((t for t in near if t), None)


def _context_line(n: int, words: str, lines: list[Line], back: int = 4) -> int | None:
    """The line just before ``n`` that names what the fields say and line ``n`` does not (the activity
    announced before its count), or None."""
    from .grounding import _clauses, _negations

    want = evidence._units(words, True) - evidence._units(lines[n - 1].text, False)
    best, gain = None, 0
    for k in range(n - 1, max(0, n - 1 - back), -1):
        # (a sentence that negates it names no task done: "I can't grate a bit of cheese without taking the skin off
        # a knuckle", the caregiver of herself, is not the child's "I grate straight into the bowl")
        named = " ".join(t for t in _sentences(lines[k - 1].text) if not any(_negations(c) for c in _clauses(t)))
        g = len(want & evidence._units(named, False))
        if g > gain:
            best, gain = k, g
    return best


_TRAILING = re.compile(r"(?:[\s,;:]+(?:with|for|in|of|at|on|to|and|by|after|about|out|over|under|within|from|into|onto|"
                       r"across|than|per|all|the|both|each|every|only|just|a|an))*[\s,;:]*$", re.I)


_FILLER = set("""a an the of out with without and or in on at for to by his her their its my your from after before
                 about over under each every per all both only just times time""".split())


def _more_than_measure(after: str, measure: str, most: int = 2) -> bool:
    """Whether the words after a number say more than the measure does: over ``most`` words neither the
    measure's nor filler ("year old male with a past medical history significant for diabetes" against "58
    years"; "out of four times with one" against "3/4 times with 1 verbal cue" says nothing more)."""
    have = {w.rstrip("s") for w in re.findall(r"[a-z]+", measure.lower())}
    extra = [w for w in re.findall(r"[a-z]+", after.lower())
             if w not in _FILLER and w.rstrip("s") not in have and not moments.number(w)]
    return len(extra) > most


def _without_measure(activity: str, measure: str) -> str:
    """The activity cut before the first number the measure states ("named engine speed three out of four
    times with one" with the measure "3/4 times with 1 verbal cue" -> "named engine speed"), so the count is
    said once; unchanged when it says none of the measure's numbers."""
    from .grounding import numbers

    have = numbers(measure)
    watched = re.search(r",?\s+after (?:watching|seeing) (?:me|the clinician|the therapist)\b.*$", activity, re.I)
    if watched and "after a demonstration" in measure and watched.start() > 0:
        activity = activity[: watched.start()]  # said once, as the measure
    for part in measure.split("; "):
        said = re.split(r"\s+(?:with|without|independently)\b", part)[0].strip().lower()
        proportion = re.search(r"\b(?:half|quarters?|thirds?)\b", said) and not re.search(
            r"\b(?:inch\w*|feet|foot|ft|cm|m|min\w*|sec\w*|hours?)\b", said)
        at = activity.lower().find(said) if proportion and not re.search(r"\d", said) else -1
        if at > 0:  # a proportion as said ("went off on the curvy line about half the time"): said once, as the measure
            return _TRAILING.sub("", activity[:at]).strip()
    for m in re.finditer(rf"\b(?:\d+(?:[./]\d+)?|(?:{moments._NUM_WORD}|once|twice)(?:[- ](?:{moments._NUM_WORD}))?)"
                         rf"(?:\s+and\s+(?:a\s+half|a\s+quarter|three\s+quarters))?\b", activity, re.I):
        # ("sat and drew for four and a half with the lap pad on" with "4.5 min": the whole number, and a half)
        said = numbers(m.group(0))
        if said and re.search(r"\s+and\s+", m.group(0)):
            said = {max(said, key=float)}
        if said and said <= have and m.start() > 0 and _more_than_measure(activity[m.end():], measure):
            # "Logan is a 58 year old male with a past medical history significant for diabetes": the number is
            # one word of a finding, not a count the measure says again (was "Logan is: 58 years.")
            part = next((p for p in measure.split("; ") if numbers(p) == said), "")
            unit = re.fullmatch(r"[\d.]+ (min|sec|h|hours?|cm|m|mm|ft|in|inches|feet|metres|meters|ml|g|kg)", part.strip())
            if unit and m.group(0).lower() not in ("one", "once", "twice") and not re.match(r"\s*(?:[a-z]+\s+)?(?:min|minutes?|sec|seconds?|hours?|h|cm|centimet\w+|m|met\w+|mm|ft|"
                                     r"feet|foot|in|inch\w*|ml|millilit\w+|g|grams?|kg|kilo\w*)\b", activity[m.end():], re.I):
                # "sat and drew for four and a half with the weighted lap pad on" with "4.5 min": the time with its
                # unit, where the words said it without one (the measure is not said again after it)
                return activity[: m.start()] + part.strip() + activity[m.end():]
            return activity
        if said and said <= have and m.start() > 0:
            return _TRAILING.sub("", activity[: m.start()]).strip()
        if said and said <= have:  # "five": only the count, which the measure says; "five of eight letters
            rest = re.sub(rf"^\s*(?:(?:out )?of\s+(?:\d+|{moments._NUM_WORD})\b)?[\s,;:]*", "", activity[m.end():], flags=re.I)
            return rest.strip()  # sat on the line" -> "letters sat on the line"
    return activity


_PART_OF = re.compile(r"^(?:other|last|first|remaining|top|bottom|final) \d", re.I)  # moments._SUBSET's measure

# what a timer or clock read out, no task ("The timer says twenty-six minutes, from washing your hands to the plate on
# the table."): the span it timed is the task, the reading is the measure's
_TIMER_READ = re.compile(r"^\W*(?:the\s+|my\s+|our\s+)?(?:timer|clock|stopwatch|sand timer)\s+(?:says|said|reads|read|shows|"
                         r"showed|stopped at|went off at)\b[^,;]*(?:[,;]\s*(?:that'?s\s+|all\s+)?(from\s+\S.*\bto\b.*))?$", re.I)


def _timer_read(activity: str, said: str) -> str:
    """An activity that is only a timer's reading -> "completed" (or "completed the task from X to Y", the span
    it timed, as the activity or the unit's sentence ``said`` says it); any other activity unchanged."""
    m = _TIMER_READ.match(activity)
    if not m:
        return activity
    span = m.group(1) or next((x.group(1) for x in map(_TIMER_READ.match, _sentences(said)) if x and x.group(1)), "")
    return f"completed the task {span.strip(' .')}" if span else "completed"


def _other_count(activity: str, measure: str) -> str:
    """The activity without a count the measure does not say ("fastened four buttons" with "last 2" ->
    "fastened buttons")."""
    from .grounding import numbers

    have = numbers(measure)
    out = re.sub(rf"\b(?:\d+|{moments._NUM_WORD})\s+(?=[a-z]+s\b)",
                 lambda m: m.group(0) if numbers(m.group(0)) <= have else "", activity, flags=re.I)
    return " ".join(out.split()) or activity


def _before_number(activity: str, nums: set[str]) -> str:
    """``activity`` up to the first of ``nums`` it says ("held the tripod grasp for 45 seconds, up from 30" ->
    "held the tripod grasp"); "" where it says none of them or nothing would be left."""
    for m in re.finditer(rf"\b(?:\d+(?:\.\d+)?|(?:{moments._NUM_WORD})(?:[- ](?:{moments._NUM_WORD}))?)\b", activity, re.I):
        if moments.number(m.group(0)) in nums:
            head = _TRAILING.sub("", activity[: m.start()]).strip(" ,;:")
            return head if len(head.split()) >= 2 else ""
    return ""


_UNIT_NOUNS = {"sec": ("second", "seconds"), "min": ("minute", "minutes"), "h": ("hour", "hours")}
_QUALIFIER = {"with", "without", "on", "in", "at", "for", "of", "off", "independently", "from", "to", "before", "after"}


def _same_word(said: str, word: str) -> bool:
    said, word = said.lower(), word.lower().strip(",.;:")
    # (the noun as the measure says it: "Peg plate" for "5 pegs" names the task, not the count's words)
    return word in (said, *_UNIT_NOUNS.get(said, ())) \
        or bool(moments.number(word)) and moments.number(word) == said


# a measure that says what happened with its own verb ("3/10 scoops tipped over", "5 speared", "1 in 4 dribbled")
_MEASURE_SAYS_WHAT = re.compile(rf"^\S+(?: in \d+)?(?: [a-z]+)?? {moments.PAST_VERB}\b")


def _count_first(spec: SectionSpec, values: dict[str, str]) -> dict[str, str]:
    """The values the sentence is composed from, with a count put back in front of the words it was cut from:
    "Sips before a spill, with the clinician holding the base: 4 sips." -> "4 sips before a spill, with the
    clinician holding the base." (the fields themselves keep the measure: a plan goal's result reads it)."""
    act = next((f for f in spec.fields if f.past and values.get(f.name)), None)
    measure = [f for f in spec.fields if f.type == "measure" and values.get(f.name)]
    if act is not None and values[act.name].strip().lower() == "completed" \
            and any(_MEASURE_SAYS_WHAT.search(values[f.name]) for f in measure):
        # "Completed: 3/10 scoops tipped over." says the opposite of what happened; the measure says it itself
        return {**values, act.name: "observed"}
    if act is None or len(measure) != 1 or "; " in values[measure[0].name]:
        return values
    said, value = values[measure[0].name].strip(), values[act.name].strip()
    m = re.match(r"^((?:about |over |under |nearly |almost |just over |just under )?[\d./]+) (.+)$", said)
    if not m or starts_with_past(value):
        return values
    count, tail = m.group(1), m.group(2).split()
    words = value.split()
    k = 0
    while k < min(len(tail), len(words)) and _same_word(tail[k], words[k]):
        k += 1
        if words[k - 1][-1] in ",.;:":
            break
    noun = next((i for i, w in enumerate(tail) if w.lower() in _QUALIFIER), len(tail))
    if k == 0 or k < len(tail) and (k > noun or words[0].lower() in STOPWORDS | _QUALIFIER):
        return values  # ("Is a good start: 4/7 is.", "Kicks with the child's right foot" for "kicks with the right foot")
    mark = words[k - 1][-1] if words[k - 1][-1] in ",.;:" else ""  # ("Bites, and every one went down")
    rest = mark + (" " if k < len(words) else "") + " ".join(words[k:])
    rest = (" " if rest.strip() and rest[0] not in ",.;:" else "") + rest.lstrip()
    if "/" in count:  # "Hits out of sixteen throws, he ..." with "7/16 hits": the whole said once
        rest = re.sub(rf"^\s*(?:out\s+)?of\s+(?:the\s+)?(?:\d+|{moments._NUM_WORD})\b(?:\s+[a-z]+s\b)?", "", rest,
                      flags=re.I)
    more = " ".join(tail[k:])
    phrase = re.split(r"[,.;:]", rest, maxsplit=1)[0]
    if more and (_content_words(more) and _content_words(more) <= _content_words(phrase) | {"hand", "foot", "side"}
                 or re.sub(r"^per\b", "a", more.lower()) in phrase.lower()):  # ("Words a minute" with "per minute")
        more = ""  # ("... with the child's right foot" says "with the right foot")
    cut = re.search(r"[,.;:]", rest)
    at = cut.start() if cut else len(rest)
    out = dict(values)
    text = " ".join(f"{count} {' '.join(tail[:k])}{rest[:at]}{' ' + more if more else ''}{rest[at:]}".split())
    # a name said to someone ("5 buttons, Maisie, not six", "9 sec on my watch, June."): whom it was said to
    text = re.sub(r"(?:,|\.)\s+[A-Z][a-z]+(?=[,.]|$)", "", text)
    # a clause cut by the field's length ("..., feet down three times on the first and"): up to its last whole word
    out[act.name] = re.sub(r"(?:[\s,]+(?:and|or|but|the|a|an|of|with|to|at|for|his|her|their|he|she|they|so|"
                           r"then))+$", "", text, flags=re.I)
    out[measure[0].name] = ""
    return out


def _said_once(spec: SectionSpec, values: dict[str, str]) -> None:
    """Drop from the measure a part the activity already says with its numbers and no level of its own
    ("Stayed on the straight six inch line within a quarter inch: 6 inches; a quarter inch; about three quarters"
    -> ": about three quarters")."""
    from .grounding import numbers

    measure = " ".join(values.get(f.name, "") for f in spec.fields if f.type == "measure")
    for f in spec.fields:  # "3/6 tries independently (independent)": the level said once, in the measure
        if f.type == "assistance" and values.get(f.name) and values[f.name] != NOT_SAID and measure and all(
                moments._level_phrase(lv.strip()) in measure for lv in values[f.name].split(",")):
            values[f.name] = NOT_SAID
    compared = " ".join(values.get(f.name, "") for f in spec.fields if f.type == "comparison")
    for f in spec.fields:
        if not (f.past and values.get(f.name) and compared):
            continue
        for m in reversed(list(_CMP_SAID.finditer(values[f.name]))):
            # "bites, so she beat last week by three" with "3 more than last week": the comparison said once
            if m.start() > 0 and (said := numbers(m.group(0))) and said <= numbers(compared):
                values[f.name] = (values[f.name][: m.start()] + values[f.name][m.end():]).strip(" ,;")
    act = " ".join(values.get(f.name, "") for f in spec.fields if f.past)
    have = numbers(act) if act else set()
    if not have:
        return
    for f in spec.fields:
        if f.type != "measure" or not values.get(f.name):
            continue
        parts = values[f.name].split("; ")
        keep = [p for p in parts if not (numbers(p) and numbers(p) <= have
                                          and not re.search(r"\b(?:with|without|independently)\b|/", p))]
        past = next((g for g in spec.fields if g.past and values.get(g.name)), None)
        cut = _before_number(values[past.name], numbers(values[f.name])) if past and not keep else ""
        if cut and cut != values[past.name] and not numbers(cut) & numbers(values[f.name]) and starts_with_past(cut) \
                and len(cut.split()) >= 3 and re.search(r"\d\s*(?:sec|min|h|ft|m|in|cm)\b", values[f.name]):
            # "held the tripod grasp for 45 seconds, up from 30 last week" with "45 sec": the measure stays the
            # measure (a plan goal's result reads it) and the activity says what was done ("held the tripod grasp")
            values[past.name] = cut
            continue
        values[f.name] = "; ".join(keep)


# a clause of an activity that says the comparison ("..., so she beat last week by three", "down from eleven minutes
# last week"): the comparison field says it
_CMP_SAID = re.compile(r"(?:[,;]\s*|\.\s+|\s+)(?:(?:and|so)\s+)?(?:(?:he|she|they|it|that'?s)\s+)?(?:(?:beat|beaten|"
                       r"(?:down|up)\s+from|compared\s+(?:with|to)|(?:[\w.]+\s+){1,2}(?:more|fewer|less|longer|shorter|"
                       r"quicker|faster|slower)\s+than)\b[^,;.!?]*?\b(?:last|previous|before|ago)\b[^,;.!?]*|"
                       # ("12 sec on the right leg, best ever, three seconds more": the difference alone, as a clause)
                       r"(?<=[,;])\s*(?:[\w.]+\s+){1,2}(?:more|fewer|less|longer|shorter|quicker|faster|slower)(?=\s*(?:[,;.]|$)))",
                       re.I)


def _compared_only(activity: str) -> bool:
    """Whether an activity is nothing but a comparison ("so she beat last week by three" once the count "seven bites"
    is taken out): no task named."""
    said = " " + activity.strip().rstrip(".")
    m = _CMP_SAID.match(said)
    return bool(m and m.end() == len(said))


_TWICE = re.compile(r"^(Patient|Caregiver|Child|Client) reported (the (\w+)(?:'s)? .*)$", re.S)


def _not_twice(text: str) -> str:
    """"Patient reported the patient has been traveling a lot." -> "The patient has been traveling a lot.": the
    speaker named once (the section says whose report it is; the sentence's subject says who)."""
    m = _TWICE.match(text)
    if not m or m.group(3).lower() != m.group(1).lower():
        return text
    return m.group(2)[0].upper() + m.group(2)[1:]


def _result_between(after: str, compared: str = "") -> bool:
    """Whether another result is said after a unit and before the comparison that follows it in the line
    ("Coat flip with supervision. So four of five steps, and it took seven minutes. Last session eleven
    minutes.": the comparison is the seven minutes', not the coat flip's). With ``compared`` (the comparison's
    value) only a result of the same kind counts ("three times" is not what "fifteen minutes" compares with)."""
    cue = moments._COMPARE.search(after) or moments._PRIOR_SAID.search(after)
    between = after[: cue.start()] if cue else after
    said = [m for m in moments.measures(between) if m.kind != "time"]
    if compared and re.search(r"\d", compared):
        return any(_compatible(compared, m.text) for m in said)
    return bool(said or moments.assistance(between))


def _compatible(compared: str, measure: str) -> bool:
    """Whether a comparison's value ("15 min last month", "4/10 last session") is of the kind of a measure ("8
    min", "7/10 tosses"): a count with a count, a unit with the same unit."""
    first = re.search(r"(\d+(?:\.\d+)?(?:/\d+)?)\s*([a-z%]+)?", compared)
    if not first:
        return True
    if "/" in first.group(1):
        return "/" in measure
    unit = first.group(2) or ""
    if not unit or unit in ("last", "previously", "on", "at", "in", "before", "ago", "more", "fewer", "less"):
        return True  # ("3 more than last week": a difference, of whatever the measure counts)
    return bool(re.search(rf"\d\s*{re.escape(unit)}", measure))


def _not_echoed(value: str, *asked: str) -> str:
    """A field without the words of the request it answers ("Progress toward goals, the likely problem:
    depression." echoes the section's guidance "the clinician's spoken interpretation: progress toward goals,
    the likely problem"): what follows them, or the value unchanged."""
    for text in asked:
        for part in re.split(r"[:;(]", text or ""):
            part = part.strip(" ,.").lower()
            if len(part.split()) >= 3 and value.lower().startswith(part):
                return value[len(part):].lstrip(" ,.:;-")
    return value


def compose_fields(template: Template, parts: list[tuple[dict[str, list[dict[str, Any]]], list[Line],
                                                         dict[int, LineMoments]]]) -> list[NoteSection]:
    """Fields-style answers -> sections: each item's measure, comparison and (where the lines say it)
    assistance read from its cited lines by rules, its sentence composed by the section's render rule."""
    sections = []
    for spec in template.sections:
        items: list[NoteItem] = []
        for answer, lines, found in parts:
            names = proper_nouns(lines)
            relays = _interpreters(lines)
            others = introduced(lines)
            for raw in answer.get(spec.key, []):
                cited = sorted(set(raw["evidence"]))
                relevant = raw.get("unit_text") or " ".join(lines[n - 1].text for n in cited)
                values: dict[str, str] = {}
                who = lines[cited[-1] - 1].role if cited else None
                for f in spec.fields:
                    if f.asked:
                        v = _not_echoed(str(raw.get(f.name, "")).strip(), spec.guidance, f.description)
                        # (the unit's lines too: a word the length limit cut may be in the sentence before the
                        # unit's, "... every time it swi" of "... every time it swings back to you. One minute.")
                        values[f.name] = clean_value(v, f.past and not f.noun, relevant, who, names, limit=f.max_length,
                                                     context=" ".join(ln.text for ln in lines[
                                                         max(0, min(cited or [1]) - 5): max(cited or [0])])) \
                            if f.type == "text" else v
                        if f.past and f.noun and values[f.name]:  # a verb phrase in the past, or "used" + a noun
                            v = past_tense(values[f.name], nouns=True)
                            gerund = re.match(r"^[a-z]+ing\s+[a-z]+s\b", v, re.I)  # "moving coins around": a verb
                            values[f.name] = v if starts_with_past(v) else f"worked on {v}" if gerund \
                                else f"{f.noun} {v}"
                    if f.type == "topic":
                        values[f.name] = _line_topic(relevant, " ".join(lines[n - 1].text for n in cited),
                                                     f.options or ()) or values[f.name] or "other"
                    elif f.type == "restated":
                        values[f.name] = restate(relevant, who, names, spec.select, lines[cited[-1] - 1].text,
                                                 lines[cited[-1] - 2].role if cited[-1] >= 2 else None)
                if spec.select and raw.get("unit_text"):
                    for f in spec.fields:
                        # a report about another sentence than the one asked (a small model drifts to the
                        # line before): the sentence itself, in the third person, is the field instead
                        if f.type == "text" and not f.past and (
                                not _about(values.get(f.name, ""), relevant)
                                or _swapped_subject(values.get(f.name, ""), relevant, who, names)
                                or _bare(values.get(f.name, ""))
                                or _fragment(str(raw.get(f.name, "")), relevant)
                                or (who or "").lower() in ("caregiver", "parent", "other") and _invented(
                                    values.get(f.name, ""), " ".join(lines[n - 1].text for n in cited) + " " + relevant)
                                or _new_number(values.get(f.name, ""), " ".join(lines[n - 1].text for n in cited)
                                               + " " + relevant)
                                or _new_count_noun(values.get(f.name, ""), relevant)):
                            values[f.name] = clean_value(_SAYS.sub("", _relayed(relevant, who)), False, relevant, who,
                                                         names)
                        elif f.type == "text" and not f.past and values.get(f.name):
                            values[f.name] = _relayed(values[f.name], who)  # "she says at school ...": the report
                if "caregiver_report" in spec.select and cited:
                    whose = _read_out(lines[cited[-1] - 1].text, relevant)
                    for f in spec.fields:
                        if whose and f.type == "text" and not f.past and values.get(f.name) \
                                and whose.split("'")[0] not in values[f.name].lower():
                            # "Her teacher sent a note, can I read it? Priya's ideas are great but ...": the
                            # teacher's words, read out by the caregiver
                            values[f.name] = f"{whose} says {values[f.name]}"
                    if lines[cited[-1] - 1].speaker in relays:
                        for f in spec.fields:
                            if f.type == "text" and not f.past and values.get(f.name) \
                                    and "interpret" not in values[f.name].lower():
                                # the caregiver's words passed on by an interpreter: the note says so, as a
                                # clinician documents an interpreted report
                                values[f.name] = f"through the interpreter that {values[f.name]}"
                words = " ".join(v for f in spec.fields if f.type == "text" for v in [values.get(f.name, "")])
                if spec.select and len(cited) == 1 and words:
                    ctx = _context_line(cited[0], words, lines)
                    if ctx is not None:
                        cited = sorted({ctx, *cited})
                elif not spec.select and words:  # the model's own pick: point it at the lines that say it
                    cited = sorted(set(evidence.align(words, cited, [ln.text for ln in lines], max_lines=2)))
                    relevant = " ".join(lines[n - 1].text for n in cited)
                    if spec.roles and cited and not any((lines[n - 1].role or "").lower() in {r.lower() for r in spec.roles}
                                                        for n in cited):
                        continue  # "Made two bunny ears, cross them over." from the child's line: not what was used
                    if len(re.findall(r"[A-Za-z]+", words)) < 2:
                        continue  # "Pulled.", "Wiped.": a verb alone says nothing a clinician can sign
                    if any(_SUMMARY.match(t) and _about(words, t, 0.6) for n in cited
                           for t in _sentences(lines[n - 1].text)):
                        continue  # "Used socks nearly there." from "So, in short: socks nearly there, ...": a summary
                    if cited and all(n in found and set(found[n].kinds) <= {"home_program", "plan"} for n in cited) \
                            and any(set(s.select) & {"home_program", "plan"} for s in template.sections):
                        # "Did ten wall push-ups before homework." from the home program's line: what is for home
                        # or next time is the home program's and the plan's item, never something done today
                        continue
                said = " ".join(lines[n - 1].text for n in cited)
                for f in spec.fields:
                    if f.type == "text" and values.get(f.name):
                        values[f.name] = _said_number(values[f.name], f"{relevant} {said}")
                timed = relevant
                if cited and raw.get("unit_text") and any(f.type == "measure" for f in spec.fields):
                    end = next((k for k in reversed(cited) if relevant[:40] in lines[k - 1].text), cited[-1])
                    start = _clock_start(end, relevant, lines)
                    if start:  # the time on the clock at the start, said lines before: the minutes are from it
                        timed, cited = f"{start[1]} {relevant}", sorted({*cited, start[0]})
                for f in spec.fields:
                    if f.type == "measure":
                        values[f.name] = moments.measure_phrase(timed, f.options or moments.ASSIST_LEVELS)
                    elif f.type == "comparison":  # said with the measure, or in the rest of its line
                        rest = " ".join(lines[n - 1].text for n in cited)
                        at = rest.find(relevant[:40]) if relevant else -1
                        own_cmp = moments.comparison(relevant)
                        rest_cmp = moments.comparison(rest[at:]) if not own_cmp and at >= 0 and (
                            moments.measures(relevant) or moments.assistance(relevant)) else ""
                        mine = moments.measure_phrase(relevant)
                        if rest_cmp and (mine and not _compatible(rest_cmp, mine)
                                         or _result_between(rest[at + len(relevant):], rest_cmp)):
                            # "Last month the same puzzle took her fifteen minutes" after "She needed a verbal cue to
                            # look at the picture on the box three times": the 8 minutes' comparison, not the cue's
                            rest_cmp = ""
                        values[f.name] = own_cmp or rest_cmp
                        later = _later_prior(raw["evidence"][0], relevant, lines) \
                            if not values[f.name] and raw.get("unit_text") and moments.measures(relevant) else None
                        if later:  # "Last session he caught four out of ten with the big ball." opening the next line
                            values[f.name] = moments.comparison(later[1])
                            if values[f.name]:
                                cited = sorted({*cited, later[0]})
                        if values[f.name] and not re.search(r"\d", values[f.name]):  # said in words: third person
                            values[f.name] = clean_value(values[f.name], False, rest, who, names)
                    elif f.type == "speaker":
                        at = next((n for n in reversed(cited) if lines[n - 1].role), None)
                        role = lines[at - 1].role if at else None
                        values[f.name] = (role or "speaker").capitalize()
                        if (role or "").lower() == "other" and lines[at - 1].speaker not in relays:
                            values[f.name] = others.get(lines[at - 1].speaker, "Another speaker")  # "Aide", not "Other"
                    if f.type in ("measure", "comparison") and not values[f.name]:
                        values[f.name] = ""
                for f in spec.fields:
                    if f.past and values.get(f.name) and any(values.get(g.name) for g in spec.fields if g.type == "measure"):
                        read = _timer_read(values[f.name], relevant)
                        values[f.name] = read if read == values[f.name] or read == "completed" \
                            else clean_value(read, False, relevant, who, names)
                for f in spec.fields:  # an activity that only repeats the measure ("five wall push ups")
                    if f.past and spec.select and (sentence.is_empty(values.get(f.name))
                                                   or _GREETING.match(values.get(f.name) or "")) and any(
                            values.get(g.name) for g in spec.fields if g.type == "measure"):
                        # a measured moment is never dropped for want of a name ("Morning: 6 big buttons." from "Morning,
                        # Mr Bevan!": no name either)
                        values[f.name] = "completed"
                    if f.past and values.get(f.name):
                        measure = " ".join(values.get(g.name, "") for g in spec.fields if g.type == "measure")
                        if measure and _about(values[f.name], measure, 1.0):
                            values[f.name] = "completed"
                        elif measure:  # "named engine speed three out of four times": the count is the measure's
                            values[f.name] = _without_measure(values[f.name], measure) or "completed"
                        if measure and _PART_OF.match(measure):
                            # "Fastened four buttons: last 2 with minimal assist": the four were the result before;
                            # this part's count is the measure's, so the activity names no other number
                            values[f.name] = _other_count(values[f.name], measure)
                for f in spec.fields:
                    if not (f.past and spec.select and raw.get("unit_text")):
                        continue
                    measure = " ".join(values.get(g.name, "") for g in spec.fields if g.type == "measure")
                    own = _said_activity(relevant) if measure else ""
                    mine = re.search(rf"\bI\s+(?:\w+ly\s+|had to\s+|did was\s+)?{re.escape(values[f.name].split()[0])}",
                                     relevant, re.I) \
                        if values.get(f.name) else None  # "I turned the paper for him": the clinician's help, not his task
                    if measure and _NO_ACTIVITY.match(values.get(f.name, "")):
                        values[f.name] = "completed"  # "That's: 3/4 bows.", "The fourth at all": no activity named
                    if measure and values.get(f.name) and _next_task(values[f.name], relevant, cited, lines):
                        # "Five went in from the palm, ... Playdough now. Roll me a snake.": the model's "Playdough"
                        # is the next task's name, said after the result (the task named before it, or none)
                        values[f.name] = "completed"
                    # the unit's own line (the model may cite the line before it too: "Galloping now." ends it)
                    home = next((k for k in reversed(cited) if relevant[:40] in lines[k - 1].text), raw["evidence"][0])
                    at, named = _task_named(home, lines) if measure and not own and cited else (0, "")
                    # what was said from the naming on ("Galloping now. ..." and after, not the kicks before it)
                    since = " ".join(lines[k - 1].text[_named_from(lines[k - 1].text, named) if k == at else 0:]
                                     for k in range(at, home + 1)) if named else ""
                    # (an activity of no content word, "About: 90 %." from "About ninety percent inside.", names nothing)
                    if named and values.get(f.name) and (not _content_words(values[f.name])
                                                         or not _about(values[f.name], since) or _drifted(
                            values[f.name], since, " ".join(ln.text for ln in lines[max(0, at - 13): at - 1]))):
                        # "Sixteen words in three minutes and forty seconds." after "Copying now.": the model's
                        # "sized letters" is another moment's; the task the clinician named before it instead
                        values[f.name] = _without_measure(named, measure) or named
                    if mine and not own and cited and moments.assistance(relevant) and values.get(f.name) \
                            and not _MODELED.search(relevant):
                        # "Before each bounce I pointed at the spot on the floor": the clinician's cue, for the task
                        # named before it (was "Pointed at the spot on the floor (gestural cues).", read as his)
                        task = named or _task_named(home, lines)[1]
                        if task and not _about(task, values[f.name]):
                            values[f.name] = (_without_measure(task, measure) or task) if measure \
                                else f"{task}, the clinician {values[f.name]}"
                    if own and values.get(f.name) and _other_verb(values[f.name], own, relevant):
                        # "trapped the tripod grasp for 45 seconds" for "You held the tripod grasp for 45 seconds":
                        # the model's verb, said nowhere, for the child's own
                        values[f.name] = own.split()[0] + " " + values[f.name].split(" ", 1)[1]
                    if own and (mine or values.get(f.name) == "completed"
                                or not _about(values.get(f.name, ""), relevant, 0.75)
                                or _says_less(values.get(f.name, ""), own)):
                        # ("completed": the placeholder for a model's activity that said nothing or only the measure)
                        # the model's activity drifted to another moment ("Pumped the soap today: 20 sec." for
                        # "With the song she scrubbed for twenty seconds"): the unit's own verb phrase instead
                        values[f.name] = _without_measure(clean_value(own + ".", True, relevant, who, names),
                                                          measure) or "completed"
                    whole = lines[cited[-1] - 1].text if cited else relevant
                    mine_in_line = re.search(rf"\bI\s+(?:\w+ly\s+|had to\s+|did was\s+)?{re.escape(values[f.name].split()[0])}",
                                             whole, re.I) if values.get(f.name) else None
                    modeled = _MODELED.search(relevant if mine else whole) if (mine or mine_in_line) and not own else None
                    if modeled and starts_with_past(modeled.group(2)):
                        # "I took a bite first each time and she copied me.": what the child did, after what the
                        # clinician did (was "Took a bite first each time and she copied the clinician.")
                        values[f.name] = _without_measure(clean_value(
                            f"{modeled.group(2)} after I {modeled.group(1)}.", True, relevant, who, names), measure) \
                            if measure else clean_value(f"{modeled.group(2)} after I {modeled.group(1)}.", True,
                                                        relevant, who, names)
                    lead = re.match(r"^\W*for ((?:[a-z]+ing)\b[a-z ,']*?),\s+(?:he|she|they)\s+needed\b", relevant, re.I)
                    if lead:  # "For wiping and for pulling her pants up, she needed me to point to the picture."
                        x = re.sub(r"\band\s+for\s+", "and ", lead.group(1), flags=re.I)
                        values[f.name] = re.sub(r"(^|\band\s+)([a-z]+ing)\b", lambda m: m.group(1) + past_tense(m.group(2)),
                                                x, flags=re.I)
                    part = re.match(r"^\W*for ((?:the|her|his|their) (?!first|last|next|other)[a-z ]+?),?\s+(?:he|she|they)\s+needed\b",
                                    relevant, re.I)
                    if part and values.get(f.name) and not _about(part.group(1), values[f.name], 0.5):
                        # "For the back of her head she needed hand over hand help.": which part the level is for
                        values[f.name] = f"{values[f.name]} for {part.group(1).lower()}"
                    cue = _CUED_FOR.search(relevant)
                    if cue:  # "she needed a verbal cue to pinch the button": what the cue was for is the activity
                        values[f.name] = _without_measure(clean_value(cue.group(0), True, relevant, who, names),
                                                          measure) if measure else \
                            clean_value(cue.group(0), True, relevant, who, names)
                    said_whole = _observed(relevant) if "observation" in spec.select else ""
                    if said_whole and not _about(relevant.split(".")[0], values.get(f.name, ""), 0.5):
                        # "Licked avocado." for "He licked the avocado, then took one small bite, chewed it, and
                        # swallowed it.": an observation without a measure is its sentence, in the note's voice
                        values[f.name] = clean_value(said_whole + ".", True, relevant, who, names)
                    goal = _not_addressed(relevant) if "observation" in spec.select and not moments.measures(relevant) \
                        and not moments._DID.search(relevant) else None
                    if goal is not None:
                        # "The belt ... is on her plan too, but we won't get to it today": never "Put on the belt."
                        values[f.name] = f"not addressed today: {goal or values.get(f.name) or relevant}"
                        why = re.search(r",\s+but\s+([^.;]+?)(?:,\s+so\b[^.;]*)?(?:[.;]|$)", relevant, re.I)
                        if why and not moments.measures(why.group(1)) and 3 < len(why.group(1).split()) <= 25 \
                                and not moments._NOT_ADDRESSED.search(why.group(1)):
                            # "Cutting is on his plan, but the handles would press right on that blister, so we'll
                            # leave it until it's healed.": why, as said in the sentence itself
                            values[f.name] += "; " + clean_value(why.group(1), False, relevant, who, names).rstrip(".")
                        whole = lines[cited[-1] - 1].text if cited else ""
                        at = whole.find(relevant)
                        after = _sentences(whole[at + len(relevant):].strip())[0] if at >= 0 else ""
                        if _REASON.search(after) and all(m.kind in ("duration", "time") for m in moments.measures(after)) \
                                and len(after.split()) <= 30:
                            # ("... on a sore gum; we'll come back to chewing in two weeks, once it's healed": when, too)
                            # "... the scissors goal sits out today. The school wants her ready for the typing check
                            # next Friday, so that time goes to the keyboard.": why, as the clinician said it
                            values[f.name] += "; " + clean_value(after, False, whole, who, names).rstrip(".")
                    compared = " ".join(values.get(g.name, "") for g in spec.fields if g.type == "comparison")
                    today = " ".join(x for x in _sentences(relevant) if not (moments.PRIOR_START.match(x)
                                                                               or _only_prior(x)))
                    then = bool(compared) and values.get(f.name, "completed") != "completed" \
                        and _about(values[f.name], compared, 0.75) and not _about(values[f.name], today, 0.5)
                    if measure and (_LEFTOVER.search(values.get(f.name, "")) or then
                                    or _compared_only(values.get(f.name, ""))) and not goal:
                        # what is left of a clause once its count is taken out ("Half of his: 3/6.", "Seconds, two
                        # wrong keys, caught both himself and fixed: 41 sec."), or what was done the time before ("Cut
                        # straight across the points, compared with last month, when she cut straight across the
                        # points."): the task the clinician named instead
                        task = re.sub(r"\s+(?:now|next)$", "", named or _task_named(home, lines)[1])
                        if task:
                            values[f.name] = _without_measure(task, measure) or task
                        elif then:
                            values[f.name] = "completed"
                for f in spec.fields:
                    if f.type != "assistance":
                        continue
                    today = " ".join(x for x in _sentences(relevant) if not (moments.PRIOR_START.match(x)
                                                                             and _only_prior(x)))
                    # "Last week she needed hand over hand for the soap.": the earlier level, not today's
                    ruled = [lv for lv in moments.assistance(today or relevant, f.options or moments.ASSIST_LEVELS)]
                    shown = " ".join(values.get(g.name, "") for g in spec.fields if g.type == "measure")
                    left = [lv for lv in ruled if moments._level_phrase(lv).split()[-1] not in shown
                            and lv.split()[0] not in shown]
                    if moments.assistance(shown, f.options or moments.ASSIST_LEVELS):
                        # the measure says each count's level as said ("2 sips independently"): another level
                        # beside it ("(hand-over-hand)") would contradict it or say it twice
                        left = []
                    told = _help_told(cited[0], relevant, lines, f.options or moments.ASSIST_LEVELS) \
                        if not ruled and raw.get("unit_text") and moments.measures(relevant) and cited else None
                    if told:  # "Now the left foot. I'll keep a hand on your hip." before "Six kicks with the left, ..."
                        ruled = left = told[1]
                        cited = sorted({*cited, told[0]})
                    if ruled:
                        values[f.name] = ", ".join(left) if left else NOT_SAID
                    elif values.get(f.name) not in moments.assistance(said, f.options or moments.ASSIST_LEVELS):
                        # the model's level only where the cited lines name it: grounding flags any other
                        # (a SOAP note's lab results read "(minimal assist)" where a line spoke of help)
                        values[f.name] = NOT_SAID
                    elif raw.get("unit_text") and moments.measures(relevant) and any(
                            values.get(f.name) in moments.assistance(t, f.options or moments.ASSIST_LEVELS)
                            for t, ks in found.get(cited[-1], LineMoments((), ())).sentences
                            if t not in relevant and set(ks) & set(spec.select)):
                        # "He stayed within a quarter inch for three quarters of it. On the curvy line ..., so
                        # moderate assist.": the level another result of the line says, not this one's
                        values[f.name] = NOT_SAID
                for f in spec.fields:
                    if f.type == "status":
                        # the unit's own words (a line with three results: "Three weeks ago" beside one of them
                        # is no change said of the others)
                        values[f.name] = said_status(
                            f, values.get(f.name, ""), relevant if raw.get("unit_text") else said,
                            " ".join(values.get(g.name, "") for g in spec.fields if g.type == "measure"),
                            " ".join(values.get(g.name, "") for g in spec.fields if g.type == "comparison"))
                        if any(str(values.get(g.name, "")).startswith("not addressed today") for g in spec.fields):
                            values[f.name] = NOT_SAID  # a goal left for today has no progress to report
                act = next((f.name for f in spec.fields if f.past), None)
                if act and spec.select and raw.get("unit_text") and len(values.get(act, "").split()) <= 1 and not any(
                        values.get(f.name) and values[f.name] != NOT_SAID for f in spec.fields
                        if f.type in ("measure", "assistance", "comparison")):
                    # "Flipped.", "Pin.": a word says nothing a clinician can sign; the moment's sentence does
                    values[act] = clean_value(_first_sentence(relevant), False, relevant, who, names) or values[act]
                _said_once(spec, values)
                merged = _with_its_help(spec, values, items, lines[cited[-1] - 1].seg_id if cited else None)
                if merged is not None:
                    # "Finished the bow: 2/5 tries." then "Every single try I had to say pinch the loops, a verbal
                    # cue each time.": one item, "Finished the bow: 2/5 tries (verbal cues)."
                    k, fields = merged
                    text = sentence.render(spec.sentence, dict(fields))
                    if text:
                        old = items[k]
                        items[k] = NoteItem(_not_twice(text), tuple(dict.fromkeys(
                            old.evidence + tuple(lines[n - 1].seg_id for n in cited))), fields)
                        continue
                text = sentence.render(spec.sentence, _count_first(spec, values))
                if not text:
                    continue
                if cited and (who or "").lower() == "other" and lines[cited[-1] - 1].speaker not in relays:
                    # "Caregiver reported ..." for the school aide's words: the report under who said it
                    # ("Another speaker" where they did not say who they are: "Speaker 1" is a number to ground)
                    label = others.get(lines[cited[-1] - 1].speaker)
                    text = re.sub(r"^(?:The )?[Cc]aregiver\b", label or "Another speaker", text, count=1)
                    # ("He told me he hates running games": me, the speaker, is "the other" to clean_value)
                    # ("the other picks him up Wednesdays": a verb, not "the other cups")
                    text = re.sub(rf"\bthe other\b(?!\s+(?:{moments._NUM_WORD}|\d+|one|ones|[a-z]+s\b(?!\s+(?:him|her|them|"
                                  r"it|up|out|his|their|off)\b))\b)",
                                  f"the {label.lower()}" if label else "the speaker", text)
                text = _not_twice(text)
                evidence_ids = tuple(dict.fromkeys(lines[n - 1].seg_id for n in cited))
                fields = tuple((f.name, values.get(f.name, "")) for f in spec.fields)
                dup = next((k for k, it in enumerate(items) if _similar(it.text, text)
                            and (_nums(text) <= _nums(it.text) or _nums(it.text) <= _nums(text))), None)
                if dup is not None:
                    # the same words: one item, the one that says more numbers ("Strung beads: 14 beads; 2 min."
                    # over "Strung beads: 2 min."), citing both; different numbers are two results, both kept
                    old = items[dup]
                    keep = (text, fields) if _nums(text) > _nums(old.text) else (old.text, old.fields)
                    items[dup] = NoteItem(keep[0], tuple(dict.fromkeys(old.evidence + evidence_ids)), keep[1])
                else:
                    items.append(NoteItem(text, evidence_ids, fields))
        sections.append(NoteSection(spec.key, spec.title, tuple(items)))
    return sections


def _with_its_help(spec: SectionSpec, values: dict[str, str], items: list[NoteItem],
                   seg_id: str | None) -> tuple[int, tuple[tuple[str, str], ...]] | None:
    """An item of the same line and activity that has the measure this one lacks and lacks the level of help this
    one says: (its index, its fields with this level), else None."""
    act = next((f.name for f in spec.fields if f.past), None)
    meas = next((f.name for f in spec.fields if f.type == "measure"), None)
    help_ = next((f.name for f in spec.fields if f.type == "assistance"), None)
    if not (act and meas and help_ and seg_id) or values.get(meas) or not values.get(help_) \
            or values.get(help_) == NOT_SAID or values.get(act, "").lower() in ("", "completed"):
        return None
    for k in range(len(items) - 1, -1, -1):
        old = dict(items[k].fields)
        if seg_id not in items[k].evidence:
            continue
        if old.get(act, "").lower() == values[act].lower() and old.get(meas) \
                and old.get(help_, NOT_SAID) in ("", NOT_SAID) and not any(
                    values.get(f.name) and values.get(f.name) != old.get(f.name) for f in spec.fields
                    if f.type == "comparison"):
            if moments._level_phrase(values[help_]) not in old.get(meas, ""):  # (else the measure says it already)
                old[help_] = values[help_]
            return k, tuple((f.name, old.get(f.name, "")) for f in spec.fields)
        return None
    return None


def _says_less(value: str, own: str) -> bool:
    """Whether a model's activity names only part of what the child's own verb phrase names ("drew circle" for
    "copied circle and cross straight away after watching me draw them")."""
    from .grounding import _content

    if any(not m.text.startswith("after ") for m in moments.measures(own)):
        # ("caught seven out of ten tosses ...": the measure's words are the measure's; "after watching me draw them",
        # a demonstration, is how it was done)
        return False
    mine, theirs = _content(value), _content(own)
    return bool(mine) and mine < theirs


_MODELED = re.compile(r"\bI\s+([^.!?;]*?),?\s+(?:and|then)\s+(?:then\s+)?(?:he|she|they)\s+([^.!?;]+)", re.I)

_BARE_COUNT = re.compile(rf"\b(?:the other |another |only |just )?(?!an?\b)({moments._NUM})(?=\s*[,.;!?]|\s+(?:of them|ended|"
                         r"were|was|went|got|did|stayed|made|came|turned)\b)", re.I)

_REASON = re.compile(r"\b(?:because|since|so (?:that|the|this|we|she|he)|instead|wants? (?:him|her|them)|needs? (?:him|her|them)|"
                     r"(?:that|the) time goes|took (?:up )?the whole (?:session|time|hour)|(?:tired|sore|shaky|blister\w*|"
                     r"broken|unwell|poorly|healed|strapped|strapping))\b", re.I)

_GOAL_NAMED = (re.compile(r"\b(?:goal|work) (?:for|on) (?P<x>[^,.;]+?) is on (?:her|his|their|the|your|our) plan", re.I),
               # "Her speed goal, the timed copying, I'm leaving today", "the shoelace goal is one we're not doing today"
               re.compile(r"\b(?:her|his|their|the) (?P<x>[^,.;:]+? goal(?:, the [^,.;:]+)?),?\s+(?:I'?m|I am|we'?re|we are) "
                          r"(?:leaving|skipping|saving|parking)\b", re.I),
               re.compile(r"\b(?:the|her|his|their) (?P<x>[^,.;:]+? goal) is (?:one|the one|something) (?:that )?(?:we'?re|we are|"
                          r"I'?m|I am) not (?:doing|working on|covering)\b", re.I),
               # "The handwriting, the five-minute copy, I'm not doing today"
               re.compile(r"\b(?:the|her|his|their) (?P<x>[^,.;:]+?(?:, the [^,.;:]+)?),?\s+(?:I'?m|I am|we'?re|we are) not "
                          r"(?:doing|working on|covering|going to do)\b", re.I),
               re.compile(r"(?:^|[,.;]\s*|\bthe )(?P<x>[^,.;]+?) (?:is|are) (?:still |also )?on (?:her|his|their|the|your|our) "
                          r"plan", re.I),
               re.compile(r"\b(?:ran out of time|no time) (?:for|to) (?P<x>[^,.;]+?)(?: today| this session)?(?:[,.;]|$)", re.I),
               re.compile(r"\b(?:won'?t|will not|didn'?t|did not|not|weren'?t able to) (?:get to|work on|address|have time "
                          r"for|working on|getting to|do) (?P<x>(?!it\b|that\b|this\b|them\b)[^,.;]+?)"
                          r"(?: today| this session)?(?:[,.;]|$)", re.I),
               # "the scissors goal sits out today"
               re.compile(r"\b(?:the|her|his|their) (?P<x>[^,.;:]+?) (?:goal|work) (?:sits|is sitting|will sit) out\b", re.I),
               # "Then the chewing goal waits."
               re.compile(r"\b(?:the|her|his|their) (?P<x>[^,.;:]+? goal) (?:waits|will wait|can wait|has to wait|is on hold|"
                          r"goes on hold)\b", re.I),
               re.compile(r"^\W*(?:(?:so|then|and|okay)[,]?\s+)*no (?!problem|worr|rush|hurry|pressure|trouble|fuss|need)"
                          r"(?P<x>(?:\w+ )?\w+) today\b", re.I))  # "Then no scissors today."


def _later_prior(n: int, unit: str, lines: list[Line], ahead: int = 3) -> tuple[int, str] | None:
    """An earlier session's value said at the start of one of the next clinician lines, before any other result
    ("He caught seven out of ten tosses of the big playground ball ..." then, after the sibling's interruption,
    "Last session he caught four out of ten with the big ball, so that's a real jump."): (its line, its sentence)
    where it is about this unit more than about any other sentence of the unit's line, else None."""
    from .grounding import _content

    role = (lines[n - 1].role or "").lower()
    unit_numbers = {x for m in moments.measures(unit) for x in m.numbers}
    for k in range(n + 1, min(len(lines), n + ahead) + 1):
        if (lines[k - 1].role or "").lower() != role:
            continue
        sents = _sentences(lines[k - 1].text.strip())
        # "Here's the towel. Last session he would only touch it with a paintbrush.": a short aside first
        while len(sents) > 1 and len(sents[0].split()) <= 4 and not moments.measures(sents[0]) \
                and not moments.assistance(sents[0]):
            sents = sents[1:]
        # "Sixteen, Amara, the screen counted, not me. But in September it was eleven": the result said back first
        while len(sents) > 1 and _result_said_back(sents[0], unit_numbers):
            sents = sents[1:]
        first = sents[0]
        # ("..., so that's five more every minute": by how much, said after the earlier value)
        core = re.sub(r",?\s+so that'?s\s+[^.!?;]*?\b(?:more|fewer|less|longer|shorter|quicker|faster|slower)\b[^.!?;]*",
                      "", first, flags=re.I)
        if not (moments.PRIOR_START.match(first) and (_only_prior(core) or moments.only_prior_said(core) or (
                # ("But in September it was eleven.": the earlier value, no count of its own)
                moments.comparison(core) and not [m for m in moments.measures(core) if m.kind not in ("time", "comparison")]
                and core != first))):
            return None  # the clinician's next line says something else first
        words = _content(first)
        mine = len(words & _content(unit))
        others = [len(words & _content(x)) for x in _sentences(lines[n - 1].text) if x.strip() and x not in unit
                  and (moments.measures(x) or len(_content(x)) >= 3)]  # ("Stop." before the unit says nothing else)
        # one word in common is enough where the unit's line says nothing else it could be about ("touch")
        # (one word is enough too where the earlier value has the unit of the unit's measure: "the socks alone took
        # him four minutes" of "just under two minutes for socks, shoes and straps")
        said = re.search(r"\d+(?:\.\d+)?\s*([a-z]+)", moments.comparison(first))
        same_unit = bool(said) and (said.group(1) in _UNITS_OF and bool(
            re.search(rf"\d\s*{said.group(1)}\b", moments.measure_phrase(unit)))
            # ("on the sixteenth of November it was two pictures on her own" of "Five of the pictures ...")
            or said.group(1) not in _UNITS_OF and len(said.group(1)) > 3 and bool(
                re.search(rf"\b{said.group(1)}\b", unit, re.I)))
        bare = bool(re.match(r"^\d+(?:\.\d+)? (?:in|on|at|last|previously|before)\b", moments.comparison(core)))
        if (same_unit or bare and moments.measures(unit)) and not others:
            # ("The screen says sixteen words a minute." then "Sixteen, ... But in September it was eleven": a bare
            # earlier value of the line's one result)
            # "... three and a half minutes, not the whole five" then "On the twenty-fourth of November he asked to get
            # off after one minute.": the unit's line says nothing else, and the earlier value has its unit
            return k, first
        return (k, first) if mine >= (2 if others and not same_unit else 1) and all(mine > o for o in others) else None
    return None


_UNITS_OF = {"sec", "min", "h", "m", "ft", "cm", "inches", "laps", "steps", "yd"}


def _result_said_back(sentence: str, unit_numbers: set[str]) -> bool:
    """Whether a sentence only says back a result's numbers ("Sixteen, Amara, the screen counted, not me." after "The
    screen says sixteen words a minute."), not an earlier time's."""
    if moments.PRIOR_START.match(sentence):
        return False
    told = {x for m in moments.measures(sentence) for x in m.numbers}
    if not told and (lead := re.match(rf"^\W*({moments._NUM})\b,", sentence, re.I)):
        told = {moments.number(lead.group(1))}
    return bool(told) and told <= unit_numbers


# a thing said before its doer ("Circle and cross he copied ...", "The square she drew ..."): not a time or a
# word that opens a sentence ("Today he ...", "Then she ...")
_FRONTED = re.compile(r"^\W*((?:(?:the|his|her|their)\s+[a-z]+\s+)?(?:(?:the|his|her|their)\s+)?(?!(?:today|then|now|so|and|"
                      r"next|first|also|finally|again|yesterday|here|there|this|that|last|after|before|when|once)\b)"
                      r"[a-z]+(?:\s+(?:and|or)\s+(?:the\s+)?[a-z]+)?)\s+(?:he|she|they)\s+([^,.;!?]+)", re.I)


# a greeting or a cheer as the activity ("Morning: 6 big buttons." from "Morning, Mr Bevan!"): no activity named
_GREETING = re.compile(r"^\W*(?:(?:good\s+)?(?:morning|afternoon|evening)|hello|hi|hey|okay|ok|right|great|brilliant|"
                       r"well done|good (?:job|girl|boy|work))\W*$", re.I)
_NO_ACTIVITY = re.compile(_GREETING.pattern + r"|"
                          r"^\W*(?:that'?s|that is|it'?s|it is|this is|there'?s|here'?s|the (?:first|second|third|fourth|"
                          r"fifth|last|other|next|rest)\b(?!\s+[a-z]+(?:ed|ing)\b)(?:\s+\w+)?\s*(?:at all|one|ones|time)?$|"
                          # "Time's up, that's: 3 min.", "Time: 7 peas.", "Next: 4 flipped letters": the moment's
                          # word, no task
                          r"^\W*(?:time(?:'?s up)?(?:,?\s+that'?s)?|next|now|then|done|okay|ok|right|so)\W*$)",
                          re.I)
_TASK_NOW = re.compile(r"^\W*(?:(?:okay|ok|so|and|alright|all right|right)[,!.]?\s+)*(?:now|next|then)?[,.]?\s*"
                       r"(?:the\s+)?([a-z]+ing\b(?:\s+(?:on|with|at|in|from|for|using|off)\b(?:\s+[a-z]+){1,5}?)?)\s*"
                       r"(?:now|next)?\s*[.!:,]", re.I)


_TASK_NOUN = re.compile(r"^\W*(?:(?:okay|ok|so|and|alright|all right|right)[,!.]?\s+)*(?:now|next)?[,.]?\s*"
                        r"(?:(?:last|first|next|final) (?:thing|one|job|game|station|activity|up)[,:]?\s+|"
                        r"(?:last|first|next|finally)[,:]\s+)?(?:the\s+)?"
                        r"([A-Za-z]+(?:\s+[a-z]+|\s+and\s+[a-z]+)?)\s*(?:now|next|first)?\s*[.!:,]", re.I)
_NOT_TASK = set("""good great okay ok yes no thanks thank perfect nice wow done ready right well hi hello bye goodbye
oh alright sure yeah excellent brilliant lovely super awesome careful wait stop look watch listen sorry hmm hey
mum mom dad last first hand hands foot feet leg legs arm arms side sides please ha haha aha noted hooray yay whoa oops
phew hmm mm ooh cheers sorted morning afternoon evening""".split())  # ("Morning, Mr Bevan!": a greeting)


_ANNOUNCED = re.compile(r"\b(?:now|next|(?:last|first|final) (?:thing|one|job|game|station|activity))\b", re.I)


def _task_word(m: re.Match, lines: list[Line]) -> str:
    """The task a _TASK_NOW or _TASK_NOUN match names, in the past tense where it is a verb; "" where it names none."""
    task = m.group(1)
    if m.re is _TASK_NOW:
        if past_tense(task) != task:
            return past_tense(task.lower())
        m = _TASK_NOUN.match(m.string)
        if not m:
            return ""
        task = m.group(1)
    if task.split()[0].lower() in _NOT_TASK | STOPWORDS or moments.measures(m.group(0)) \
            or set(task.lower().split()) & set(NUMBER_WORDS) \
            or task.split()[0] in proper_nouns(lines):  # ("Samir, jacket on the floor": a name)
        return ""
    return re.sub(r"\s+(?:next|now|first|then|too)$", "", task.lower())  # ("Ball next.": the ball)


def _named_from(text: str, task: str) -> int:
    """Where in ``text`` the sentence naming ``task`` starts (0 where it is not found)."""
    at, head = 0, task.split()[0][:4]  # ("galloped" is said "Galloping now.")
    for m in re.finditer(r"(?:^|(?<=[.!?])\s+)([^.!?]+[.!?]?)", text):
        if head in m.group(1).lower():
            at = m.start(1)
    return at


# an activity that is only what was left of a clause around its count: ending on a word that needs more after it
# ("half of his", "pulled with thumb and first"), or a bare plural then a comma ("seconds, two wrong keys, ...")
_LEFTOVER = re.compile(r"^(?:\W*\S+){1,6}?\s+(?:his|their|its|the|a|an|of|and|with|to|by|from|than|every|each|is|are|was|"
                       r"were|first|isa|now)\W*$|^\W*[a-z]+s,\s|^\W*(?:actually|then|so|okay|ok|right|yes|no|well|"
                       r"great|good)\W*$", re.I)  # ("for her": a whole clause)


def _task_named(n: int, lines: list[Line], back: int = 3) -> tuple[int, str]:
    """The task the clinician named just before line ``n`` or at its start ("Copying now.", "Now sizing on the
    three line paper."), in the past tense, with its line; (0, "") where none is."""
    for k in range(n, max(0, n - 1 - back), -1):
        ln = lines[k - 1]
        if (ln.role or "").lower() not in moments._CLINICIAN:
            continue
        # the line's start; in an earlier line also each sentence after its last result, the latest first ("Six of
        # twelve. ... Last thing, the flamingo. One foot up, arms out.": the flamingo is what the next count is of)
        sents = [x for x in _sentences(ln.text.strip()) if x] if k < n else [ln.text]
        for sent in reversed(sents[1:]):
            m = _TASK_NOW.match(sent) or _TASK_NOUN.match(sent)
            if m and _ANNOUNCED.search(m.group(0)) and (task := _task_word(m, lines)):
                return k, task
            said = moments.classify(sent, ln.role, k - 1, len(lines))
            if said and "measure" in said.kinds and not (moments.PRIOR_START.match(sent) or _only_prior(sent)):
                # (not "Watch me first: one foot leads, the other one chases."; "Breadstick now. Last week she
                # managed four bites. Let's beat four.": last week's count is the target, the breadstick the task)
                break
        m = _TASK_NOW.match(sents[0]) or _TASK_NOUN.match(sents[0])
        if m and (task := _task_word(m, lines)):
            return k, task  # "Shoes. The velcro ones.", "Teeth now, with the two minute song."
        if k < n and moments.measures(ln.text):
            return 0, ""  # a result of the task before: no task named for this one
    return 0, ""


def _first_sentence(text: str) -> str:
    """A unit's first sentence, past a word of praise before it ("Good. He let me do the whole brushing protocol")."""
    sents = re.split(r"(?<=[.!?])\s+", text.strip())
    while len(sents) > 1 and len(sents[0].split()) <= 2:
        sents = sents[1:]
    return sents[0]


# a result summed up by what it was of ("The trousers needed one physical prompt", "the hand wash was a minute and a
# quarter", "The paper needed one verbal prompt")
_THING_NEEDED = re.compile(rf"^\W*(?:(?:so|and|then)[,]?\s+)?(?:the|his|her|their)\s+((?:[a-z-]+\s+){{0,2}}[a-z-]+)\s+"
                           rf"(?:needed|took|was|were)\s+(?=(?:only\s+|just\s+|about\s+|under\s+|over\s+)?"
                           rf"(?:{moments._NUM}|no|all)\b)", re.I)
_NOT_A_THING = {"first", "second", "third", "last", "next", "other", "rest", "best", "time", "score", "result", "total",
                "answer", "count", "number", "one", "ones", "same", "whole", "only"}


def _said_activity(text: str) -> str:
    """The verb phrase of a unit's first sentence that tells what the child did ("With the song she scrubbed for
    twenty seconds, all the way to the end." -> "scrubbed for twenty seconds with the song"), up to its first
    comma; "" where it does not start so."""
    first = _first_sentence(text)
    fronted = _FRONTED.match(first)
    if fronted and starts_with_past(fronted.group(2)):
        # "Circle and cross he copied straight away after watching me draw them.": "copied circle and cross ..."
        verb, _, after = fronted.group(2).strip().partition(" ")
        what = fronted.group(1)
        return " ".join(x for x in (verb, what[0].lower() + what[1:], after) if x)
    thing = _THING_NEEDED.match(first)
    if thing and thing.group(1).split()[0].lower() not in _NOT_A_THING:
        # "The trousers needed one physical prompt", "And the hand wash was a minute and a quarter": results summed up
        # by what they were of
        return thing.group(1)
    lead = re.match(r"^\W*((?:with|using|on|in|after|during)\s+[^,]{1,30}?|(?:going|coming|on the way) (?:up|down)"
                    r"(?: the \w+)?),?\s+(?=(?:he|she|they|you)\s)", first, re.I)
    rest = first[lead.end():] if lead else first
    # (the clinician telling the child, "You held the tripod grasp for 45 seconds": the model wrote "Trapped the ...")
    m = re.match(r"^\W*(?:he|she|they|you)\s+([^,.;!?]+)", rest, re.I)
    if not m or not starts_with_past(m.group(1)):
        return ""
    verb, _, after = m.group(1).strip().partition(" ")
    said = [x for x in moments.measures(after) if x.kind == "duration"
            and re.search(r"\bfor\s+(?:about\s+|nearly\s+|almost\s+|over\s+|just\s+)?$", after[: x.start], re.I)]
    if said:  # "kept brushing for a minute and forty seconds of ...": the measure says how long; the verb says what
        after = re.sub(r"(?:^|\s+)for(?:\s+(?:about|nearly|almost|over|just))?$", "", after[: said[0].start].rstrip(" ,"),
                       flags=re.I)
    going = re.match(r"([a-z]+ing)\b\s*", after, re.I)
    if going and verb.lower() in ("kept", "started", "stopped", "continued", "finished", "tried", "began", "quit"):
        verb, after = f"{verb} {going.group(1)}", after[going.end():]  # "kept brushing with the sand timer"
    particle = re.match(r"(off|up|down|out|over|through|across|around|back|away)\b\s*", after, re.I)
    if particle and lead:  # "On the curvy line he went off about half the time": "went off on the curvy line ..."
        verb, after = f"{verb} {particle.group(1).lower()}", after[particle.end():]
    # the lead phrase right after the verb, before any number the measure says ("scrubbed with the song for ...")
    return " ".join(x for x in (verb, f"{lead.group(1)[0].lower()}{lead.group(1)[1:]}" if lead else "", after) if x)


_COULD_NOT = re.compile(r"(?:couldn'?t|could not|didn'?t|did not|wouldn'?t|would not|was not able|wasn'?t able)\s+\w", re.I)


_HABIT = "|".join(moments.HABIT_PAST)


def _observed(text: str) -> str:
    """An observation's first sentence from its verb on ("He licked the avocado, then took one small bite." ->
    "licked the avocado, then took one small bite"), where it is one of the clinician telling what the child did
    with no measure or level of help; "" otherwise."""
    first = _first_sentence(text)
    fronted = re.match(r"^\W*((?:the|her|his|their) [a-z]+(?: [a-z]+)?(?: and (?:the|her|his|their) [a-z]+)?) "
                       r"(?:he|she|they) ([^,]+)(,.*?)?[.!]?$", first, re.I)
    if fronted and (starts_with_past(fronted.group(2).rstrip(".!")) or _COULD_NOT.match(fronted.group(2))):
        # "The chicken he touched and smelled, but ..."; "The triangle he couldn't do, even when ..."; "The cross and
        # the square she drew straight off."; "The triangle she got after I drew one": the object after its verb
        what = f"{fronted.group(1)[0].lower()}{fronted.group(1)[1:]}"
        verb, _, rest = fronted.group(2).rstrip(".!").partition(" ")
        if rest and not re.match(r"(?:and|or)\b", rest) and starts_with_past(verb) and not _COULD_NOT.match(fronted.group(2)):
            first = f"He {verb} {what} {rest}{fronted.group(3) or ''}."
        else:
            first = f"He {fronted.group(2).rstrip('.!')} {what}{fronted.group(3) or ''}."
    lead = re.match(r"^\W*((?:with|without|on|in|at|after|during|for)\s+[^,]{1,30}?|(?:going|coming|on the way) (?:up|down)"
                    r"(?: the \w+)?),?\s+(?=(?:he|she|they)\s)", first, re.I)  # ("Going up he swapped feet ...")
    rest = first[lead.end():] if lead else first
    m = re.match(r"^\W*(?:(?:he|she|they)\s+)(.+?)[.!]?$", rest, re.I)
    if not m or len(first.split()) > 30 or moments.measures(first) or moments.assistance(first):
        return ""
    said = m.group(1)
    habit = re.match(rf"({_HABIT})\b", said, re.I)
    if habit:  # "Without the grip he holds the pencil in his fist": what he does, as seen today, in the note's past
        said = moments.HABIT_PAST[habit.group(1).lower()] + said[habit.end():]
    elif not (starts_with_past(said) or _COULD_NOT.match(said)):
        return ""
    if lead:  # "... the pencil in his fist, ... without the grip"
        head, comma, tail = said.partition(",")
        said = f"{head} {lead.group(1)[0].lower()}{lead.group(1)[1:]}{comma}{tail}"
    return said


def _not_addressed(text: str) -> str | None:
    """For a goal said not to be worked on today ("The belt for her school uniform is on her plan too, but we
    won't get to it today"): the goal's words ("the belt for her school uniform"), "" where the sentence does
    not name it, None where it is no such sentence ("he couldn't do until I moved his arm" is a result)."""
    if not moments._NOT_ADDRESSED.search(text) or not re.search(r"\b(today|this session|plan|goal)\b", text, re.I):
        return None
    for pattern in _GOAL_NAMED:
        m = pattern.search(text)
        if m and len(m.group("x").split()) <= 10:
            x = re.sub(r"^(?:and|but|so|also|today|,)\s+", "", m.group("x").strip(), flags=re.I)
            x = re.sub(r"^(?:her|his|their) goal (?:for|of) ", "", x, flags=re.I)
            x = re.sub(r"\byour\b", "the child's", x, flags=re.I)  # said to the child: "writing your name"
            return re.sub(r"^(The|[A-Z][a-z]+ing)\b", lambda m: m.group(1).lower(), x)
    return ""


# "needed two verbal reminders to ...", "needed hand over hand help to ...": the cue or help, then what it was for
_NEEDED_FOR = r"needed\s+(?:\w+\s+){0,4}?(?:cues?|prompts?|reminders?|warnings?|help|assist(?:ance)?|support)\s+to\s+"
_CUED_FOR = re.compile(rf"\b(?:he|she|they)\s+{_NEEDED_FOR}\w+[^.!?;,]*", re.I)


def said_status(field: FieldSpec, value: str, said: str, measure: str = "", compared: str = "") -> str:
    """A status field's value kept only where the cited lines (or the comparison) speak of change or
    attainment; the rules' label where the words name it ("mastered" -> met, "better than" -> progressing);
    else "not said" (mirrors the assistance field: the model does not guess what nobody said)."""
    choices = field.choices or ()
    ruled = moments.status(said, measure, compared, choices)
    if ruled is None:
        return NOT_SAID
    if ruled:
        return ruled
    value = value.strip()
    if value == "met" and "met" in choices:
        return NOT_SAID  # a goal met is said in words ("she met her goal", "mastered"), which the rules read
    if value == "not progressing" and not _STATUS_DOWN.search(said):
        # a decline or a standstill is said in words ("worse", "still", "same as"): the small model picked it for
        # "about 45 sec, compared with three weeks ago, when he asked for the towel before he touched it"
        return NOT_SAID
    return value if value and value in choices else NOT_SAID


_STATUS_DOWN = re.compile(r"\b(?:worse|harder|slower|regress\w*|down from|less than|fewer than|declin\w*|went back\w*|"
                          r"not as (?:good|well|long|many|much)|still (?:can'?t|couldn'?t|can not|cannot|not|needs?|needed|"
                          r"struggl\w*)|same as|no change|no better|not yet|hasn'?t (?:improved|changed)|dropped|lost|"
                          r"slipped back|stuck|plateau\w*)\b", re.I)


def omissions(sections: list[NoteSection], parts: list[tuple[Any, list[Line], dict[int, LineMoments]]],
              template: Template) -> tuple[Omission, ...]:
    """Moments no item cites (counts, durations, trials, levels of assistance, caregiver reports, home
    program, plans), and measures of cited lines that no item citing them states."""
    cited: dict[str, list[NoteItem]] = {}
    for sec in sections:
        for it in sec.items:
            for e in it.evidence:
                cited.setdefault(e, []).append(it)
    home = {k: next((s.key for s in template.sections if k in s.select), None) for k in OMIT_KINDS}
    fallback = template.sections[0].key
    out: list[Omission] = []
    for _answer, lines, found in parts:
        for n, lm in found.items():
            ln = lines[n - 1]
            kinds = tuple(k for k in lm.kinds if k in OMIT_KINDS)
            if not kinds:
                continue
            text = " ".join(t for t, ks in lm.sentences if set(ks) & set(kinds))
            section = next((home[k] for k in kinds if home.get(k)), None) or fallback
            if ln.seg_id not in cited:
                out.append(Omission((ln.seg_id,), kinds, moments.measure_phrase(text) or _brief(text), section))
                continue
            stated = " ".join(" ".join([it.text, *(v for _k, v in it.fields)]) for it in cited[ln.seg_id])
            from .grounding import numbers

            have = numbers(stated)
            for m in moments.measures(text):
                if m.kind == "time" or not m.numbers or set(m.numbers) <= have:
                    continue
                out.append(Omission((ln.seg_id,), ("measure",), m.text, home.get("measure") or section))
    return tuple(out)


_SAYS = re.compile(r"^(?:the |his |her |their )?(?:caregiver|parent|mother|father|mom|mum|dad|grandpa|grandma|"
                   r"grandmother|grandfather|therapist|child|patient|doctor|family)\s+(?:said|says|reported|reports|"
                   r"stated|states|shared|mentioned|noted|explained|told|asked)(?: the \w+)?(?: that)?[,:]?\s+", re.I)
# "Dad, try ..." / "Okay, ..." at the start of an instruction: whom it was said to is not the instruction
_CALENDAR = {w.capitalize() for w in moments._MONTH[3:-1].split("|")} \
    | set("Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split())
_VOCATIVE = re.compile(r"^(?:(?:okay|ok|so|and|also|great|yes|well|now|alright|all right)[,!.]?\s+|"
                       r"(?:dad|mom|mum|grandpa|grandma|nana|papa|mommy|daddy|"
                       # a name said to someone, never a when ("October, when I had my hand on his", "Yesterday, she")
                       rf"(?!(?:{moments._MONTH[3:-1]}|"
                       r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|tomorrow|"
                       r"sometimes|usually|mostly|often|then|first|second|third|finally|lately|recently|afterwards|"
                       r"later|earlier|before|after|once|twice|because|since|but|honestly|actually|overall)\b)"
                       r"[A-Z][a-z]+)[,!]\s+)", re.I)
_PAST = {"holding": "held", "cutting": "cut", "putting": "put", "writing": "wrote", "drawing": "drew",
         "catching": "caught", "throwing": "threw", "making": "made", "taking": "took", "sitting": "sat",
         "standing": "stood", "running": "ran", "swinging": "swung", "stringing": "strung", "tying": "tied",
         "riding": "rode", "getting": "got", "going": "went", "doing": "did", "eating": "ate", "feeding": "fed",
         "keeping": "kept", "finding": "found", "building": "built", "hitting": "hit", "lying": "lay",
         "giving": "gave", "bringing": "brought", "spinning": "spun", "swimming": "swam", "climbing": "climbed",
         "beginning": "began", "sleeping": "slept", "reading": "read", "drinking": "drank", "wearing": "wore",
         "hanging": "hung", "dressing": "dressed", "sending": "sent", "setting": "set", "saying": "said",
         "understanding": "understood", "telling": "told", "shaking": "shook", "picking": "picked",
         "sticking": "stuck", "feeling": "felt", "leaving": "left", "meeting": "met", "digging": "dug",
         "tearing": "tore", "blowing": "blew", "biting": "bit", "bending": "bent", "sliding": "slid",
         "weaving": "wove", "choosing": "chose", "sweeping": "swept", "leading": "led", "wringing": "wrung",
         "seeing": "saw", "hearing": "heard", "winning": "won", "using": "used", "spitting": "spat",
         # (the rest of the irregular verbs a session speaks of: "laying a ruler" was "Layed a ruler")
         "laying": "laid", "losing": "lost", "paying": "paid", "falling": "fell", "hiding": "hid", "coming": "came",
         "becoming": "became", "forgetting": "forgot", "flying": "flew", "growing": "grew", "knowing": "knew",
         "speaking": "spoke", "waking": "woke", "driving": "drove", "rising": "rose", "teaching": "taught",
         "buying": "bought", "thinking": "thought", "fighting": "fought", "singing": "sang", "ringing": "rang",
         "sinking": "sank", "shooting": "shot", "spending": "spent", "lending": "lent", "letting": "let",
         "shutting": "shut", "splitting": "split", "hurting": "hurt", "breaking": "broke", "stealing": "stole",
         "striking": "struck", "freezing": "froze", "kneeling": "knelt", "creeping": "crept", "bleeding": "bled",
         "forgiving": "forgave", "undoing": "undid", "overcoming": "overcame", "sewing": "sewed", "showing": "showed"}


# the base forms a small model writes for what the child did ("stand on right foot", "carry the ball"): the
# verbs of therapy sessions, each with its past form (a word not listed is left as it is: it may be a noun)
_BASE_PAST = {"sit": "sat", "stand": "stood", "do": "did", "cut": "cut", "put": "put", "hit": "hit", "let": "let",
              "throw": "threw", "catch": "caught", "hold": "held", "take": "took", "make": "made", "build": "built",
              "find": "found", "ride": "rode", "blow": "blew", "bite": "bit", "drink": "drank", "eat": "ate",
              "wear": "wore", "run": "ran", "spin": "spun", "swing": "swung", "string": "strung", "tear": "tore",
              "stick": "stuck", "write": "wrote", "draw": "drew", "dig": "dug", "sweep": "swept", "keep": "kept",
              "get": "got", "give": "gave", "bring": "brought", "feed": "fed", "read": "read", "lead": "led",
              "lay": "laid", "lose": "lost", "carry": "carried", "copy": "copied", "try": "tried", "dry": "dried", "tidy": "tidied",
              "hop": "hopped", "skip": "skipped", "tap": "tapped", "clap": "clapped", "drop": "dropped",
              "stop": "stopped", "grab": "grabbed", "drag": "dragged", "zip": "zipped", "snap": "snapped",
              "rub": "rubbed", "pat": "patted", "flip": "flipped", "step": "stepped", "trip": "tripped",
              "pop": "popped", "jog": "jogged", "hug": "hugged", "tip": "tipped", "slip": "slipped",
              "push": "pushed", "pull": "pulled", "pinch": "pinched", "jump": "jumped", "walk": "walked",
              "climb": "climbed", "crawl": "crawled", "roll": "rolled", "squeeze": "squeezed", "stack": "stacked",
              "thread": "threaded", "button": "buttoned", "unbutton": "unbuttoned", "tie": "tied", "trace": "traced",
              "color": "colored", "colour": "coloured", "paint": "painted", "pick": "picked", "use": "used",
              "play": "played", "practice": "practiced", "practise": "practised", "match": "matched",
              "sort": "sorted", "reach": "reached", "kick": "kicked", "balance": "balanced", "bounce": "bounced",
              "chew": "chewed", "lick": "licked", "smell": "smelled", "touch": "touched", "wash": "washed",
              "brush": "brushed", "dress": "dressed", "undress": "undressed", "fold": "folded", "open": "opened",
              "close": "closed", "press": "pressed", "march": "marched", "rock": "rocked", "scoot": "scooted",
              "lift": "lifted", "fill": "filled", "pour": "poured", "scoop": "scooped", "spread": "spread",
              "stir": "stirred", "peel": "peeled", "crumple": "crumpled", "glue": "glued", "lace": "laced",
              "land": "landed", "name": "named", "complete": "completed", "finish": "finished", "follow": "followed",
              "shave": "shaved", "wipe": "wiped", "tolerate": "tolerated", "transition": "transitioned",
              "imitate": "imitated", "count": "counted", "type": "typed", "place": "placed", "insert": "inserted",
              "fasten": "fastened", "unzip": "unzipped", "sip": "sipped", "swallow": "swallowed", "wait": "waited",
              "navigate": "navigated", "cross": "crossed", "hang": "hung", "wiggle": "wiggled", "go": "went",
              "scrub": "scrubbed", "rinse": "rinsed", "comb": "combed", "turn": "turned", "flush": "flushed",
              "pump": "pumped", "sing": "sang", "copy": "copied", "tuck": "tucked", "twist": "twisted",
              "hide": "hid", "move": "moved", "stay": "stayed", "switch": "switched", "bend": "bent", "shake": "shook",
              "slide": "slid", "weave": "wove", "choose": "chose", "wring": "wrung", "win": "won", "spit": "spat",
              "add": "added", "leave": "left", "fix": "fixed", "accept": "accepted", "attempt": "attempted",
              "manage": "managed", "assemble": "assembled", "connect": "connected", "spell": "spelled",
              "fall": "fell", "gather": "gathered", "locate": "located", "release": "released"}


# what an "-ing" word before it names ("dressing board", "colouring sheet", "writing frame", "lacing card")
_ING_NOUN_HEAD = set("""board boards chart charts station stations card cards sheet sheets mat mats pad pads frame frames
paper tray trays table tables room pool beam beams cushion cushions""".split())
# the word after a listed verb that makes it a noun ("play dough", "balance beam", "swing set")
_NOUN_AFTER = set("""of and is was were board boards ball balls game games chart charts box boxes dough wall set mat pad
toy toys time station card cards sheet sheets tube bag area book list activity activities task tasks skill skills beam
climbing cushion putty bottle cup""".split())


_ADJECTIVE_TOO = {"dry", "clean", "open", "close", "empty", "warm", "wet", "clear", "tidy"}
_PAST_FORMS = set(_BASE_PAST.values()) | set(_PAST.values()) | {"was", "were", "had"}


def starts_with_past(phrase: str) -> bool:
    """Whether a phrase begins with a verb in the past tense ("pushed the pad", "sat", "warmed up")."""
    first = phrase.split(" ", 1)[0].lower()
    return first in _PAST_FORMS or first.endswith("ed") and len(first) > 4


_VERB_NEXT = set("""the a an his her their its my your our this that these those it them him me us on in into onto
with to for up out off around through over under across along from at by down back and just only both each all every
no some one two three four five slowly carefully gently firmly quickly""".split())


def _wrong_pasts() -> dict[str, str]:
    """"layed" -> "laid", "losed" -> "lost": the regular forms of the irregular verbs listed above."""
    out = {}
    for ing, past in _PAST.items():
        base = ing[:-3]
        if not past.endswith("ed"):
            out[base + "ed"] = past  # "laying" -> "layed", "coming" -> "comed"
            if base.endswith("d"):
                out[base + "ded"] = past
            if base.endswith("e"):
                out[base + "eed"] = past
            if len(base) > 2 and base[-1] == base[-2]:
                out[base[:-1] + "ed"] = past  # "cutting" -> "cuted"
    for base, past in _BASE_PAST.items():
        if not past.endswith("ed"):
            out[base + "d" if base.endswith("e") else base + "ed"] = past
    return {k: v for k, v in out.items() if k != v and k not in ("seed", "lied", "hanged")}  # (words of their own)


def _match_case(word: str | None, like: str) -> str | None:
    return word.capitalize() if word and like[:1].isupper() else word


def past_tense(phrase: str, nouns: bool = False) -> str:
    """A verb phrase whose first word is an "-ing" form or a listed base form, in the past tense ("holding a
    grasp" -> "held a grasp", "tracing" -> "traced", "stand on one foot" -> "stood on one foot"); other
    phrases unchanged."""
    first, _, rest = phrase.partition(" ")
    w = first.lower()
    if w in _ADJECTIVE_TOO and rest and rest.split(" ", 1)[0].lower() not in _VERB_NEXT | {"up", "off", "out", "down"}:
        return phrase  # "dry itchy rash", "clean hands": a describing word, not "dried", "cleaned"
    if w in _BASE_PAST and (rest or w not in ("color", "colour", "button", "name", "place", "count", "type",
                                                "balance", "match", "rock", "swing", "string", "thread", "lace",
                                                "brush", "use", "play", "copy", "close", "open")):
        past = _BASE_PAST[w]
        if rest.split(" ", 1)[0].lower() in _NOUN_AFTER:
            return phrase  # "swing and slide", "balance board": a noun
        rest = re.sub(r"\b(and|then) ([a-z]+)\b", lambda m: f"{m.group(1)} {_BASE_PAST[m.group(2)]}" if m.group(2) in
                      _BASE_PAST and m.group(2) not in ("play", "swing", "brush", "use") else m.group(0), rest)
        return f"{past.capitalize() if first[:1].isupper() else past} {rest}".strip()
    if w.endswith("ing") and rest and rest.split(" ", 1)[0].lower() in _ING_NOUN_HEAD:
        # "dressing board first", "colouring sheet": a thing named (the order said with it left), never "dressed board"
        return re.sub(r"\s+(?:first|now|next)$", "", phrase, flags=re.I)
    if nouns and w.endswith("ing") and w != "using" and rest and rest.split(" ", 1)[0].lower() not in _VERB_NEXT \
            and not re.match(r"[a-z]{3,}ing\b", rest, re.I):  # "practising tying": a verb before its object's -ing
        return phrase  # "learning plate", "climbing wall": a noun, where a noun may stand ("used ...")
    if not w.endswith("ing") or len(w) < 5 or w in ("something", "nothing", "anything", "everything", "morning",
                                                    "evening", "ceiling", "spring", "string", "swing", "thing",
                                                    "during", "king", "ring", "wing", "sibling", "pudding"):
        return phrase
    base = w[:-3]
    if len(base) < 3 and w not in _PAST:
        return phrase  # "sling", "fling": no -ing form of a verb
    if w in _PAST:
        past = _PAST[w]
    elif base.endswith("y") and len(base) > 2 and base[-2] not in "aeiou":
        past = base[:-1] + "ied"  # copying -> copied
    else:
        past = base + "ed"  # tracing -> traced, hopping -> hopped, warming -> warmed
    if first[:1].isupper():
        past = past.capitalize()
    return f"{past} {rest}".strip()


_WRONG_PAST = _wrong_pasts()
_EED_WORDS = {"agreed", "disagreed", "guaranteed", "refereed", "decreed", "pedigreed", "kneed", "succeed", "proceed",
              "exceed", "indeed", "breed", "bleed", "freed", "speed", "steed", "tweed"}


def _repeat_key(part: str) -> list[str]:
    """A clause's words, lower case and number words as digits ("Seven points" and "7 points" alike)."""
    return [moments.number(w) or w for w in re.findall(r"[a-z0-9']+", part.lower())]


def without_repeats(value: str) -> str:
    """A field whose clauses the model said over ("6 big buttons, 6 big buttons, 6 big buttons", "seven points,
    seven points, 7, 7"): each clause once. A clause that repeats an earlier one, or begins it and stops short ("8
    little" after "8 little buttons"), goes; one that an earlier one of two words or more begins takes its place.
    A lone number that begins a clause before it is a count of its own ("ten chews on each side. Right side, ten").
    Clauses of different words are kept, in order, and so is a short result said twice ("3/5, 3/5": two rounds may
    score the same)."""
    parts = re.split(r"([,;]\s+)", value)
    clauses, seps = parts[::2], parts[1::2]
    if len(clauses) < 2:
        return value
    keys = [tuple(_repeat_key(c)) for c in clauses]
    kept: list[int] = []
    for i, k in enumerate(keys):
        for n, j in enumerate(kept if k else ()):
            e = keys[j]
            if e == k and len(k) < 3 and keys.count(k) < 3:
                continue  # a short result said twice: two results
            if e[:len(k)] == k and (e == k or len(k) >= 2 or keys.count(k) >= 2):
                break  # said again, or begun again and cut ("8 little"; "7, 7, 7" after "seven points")
            if k[:len(e)] == e and len(e) >= 2:  # the earlier one was the cut start of this one
                kept[n] = i
                break
        else:
            kept.append(i)
    if len(kept) == len(clauses):
        return value
    return clauses[kept[0]] + "".join(seps[b - 1] + clauses[b] for b in kept[1:])


def clean_value(value: str, past: bool, said: str, speaker: str | None = None,
                names: frozenset[str] = frozenset(), listener: str | None = None, limit: int | None = None,
                context: str = "") -> str:
    """A model's free-text field as a clause of the note: no leading "The caregiver said that", no cut-off
    last word, a lower-case first letter where the word is not a name (``names``: the words the transcript
    capitalises within its sentences), a past-tense verb when asked, and
    "you" as whom the speaker addressed (the therapist speaks to the child; others to the therapist)."""
    v = " ".join(value.split())
    if limit and len(value) >= limit - 3 and not value.rstrip().endswith((".", "!", "?")) and len(v) >= 30:
        # a value the length limit cut that copies the lines word for word ("snipping straws or play dough snakes,
        # five minutes on Monday" of "..., five minutes on Monday, Wednesday and Friday, and one curvy road"): the
        # rest of its clause as said, never a dose cut short
        at = said.lower().find(v[:30].lower())
        if at >= 0 and said[at: at + len(v)].lower() == v.lower():
            rest = re.split(r"[.;!?]|,\s+and\s+|\s+-\s+", said[at + len(v):], maxsplit=1)[0]
            if len(rest.split()) <= 12:
                v = (said[at: at + len(v)] + rest).strip()
                value, limit = v + ".", None  # whole as said: nothing of it is cut below
    if said and re.search(r"\s(?:with|nobody|no one|the|a|an|of|and|so|to|for|on|in|at|by|from|that'?s)\W*$", v, re.I):
        # "back to front the first time, and right the second, with nobody" (the model stopped mid-clause): the rest
        # of the clause as said ("... with nobody touching it")
        core = v.rstrip(" .,;")
        at = said.lower().find(core.lower())
        if at >= 0:
            rest = re.split(r"[.;!?]|,\s", said[at + len(core):], maxsplit=1)[0]
            if 0 < len(rest.split()) <= 8:
                v = core + rest
    # "held the slime in his palm twenty, no, twenty five seconds", "dug out six of the eight, wait, seven of the
    # eight": the count said over, the first one dropped (the measure reads the corrected one)
    v = moments.said_over(v)
    v = without_repeats(v)
    # "the child never touches a knife at home. She was": a last sentence broken off after its auxiliary says nothing
    v = re.sub(r"(?<=[.;!?])\s+(?:he|she|they|it|we|you|i)\s+(?:was|were|is|are|has|had|have|did|does|do|will|would|"
               r"can|could)\W*$", "", v, flags=re.I)
    # a spoken aside inside the clause ("he caught, let me see, half of them", "it was, um, ten"): not the note's
    v = re.sub(r",\s+(?:let me (?:see|think|count)|um+|uh+|er+m?|hmm+|you know|I mean)(?=[,.;]|$),?", ",", v, flags=re.I)
    v = re.sub(r",(?=\s*[.;]|\s*$)", "", v)
    for first in moments.said_first(said or ""):  # the model kept the count said first ("dug out six", "twenty, no")
        first = r"\s+".join(map(re.escape, first.split()))
        v = re.sub(rf"\s+{first}\b(?:\s+(?:of|out of)\s+(?:the\s+)?\w+)?(?:,?\s+(?:no|wait|sorry)\b[,.]?)?\s*$", "", v,
                   count=1, flags=re.I)
    # "after i first feel it": transcripts written in lower case (ACI-BENCH's) have the pronoun as "i" (only before
    # a contraction or a verb-like word: "type i diabetes" keeps its numeral)
    v = re.sub(r"(?<![\w.'])i(?='(?:m|ve|ll|d)\b| (?:am|was|have|had|feel|felt|think|thought|do|did|don't|didn't|can|"
               r"can't|will|would|just|also|really|first|went|got|get|go|use|used|take|took|noticed|started|need|want|"
               r"see|saw|know|guess|mean|love|like|hate|try|tried|said|say|wake|woke|sleep|slept|eat|ate|drink|"
               r"monitor|check|stay|walk|work|worked)\b)", "I", v)
    clinician = (speaker or "").lower() in ("therapist", "doctor", "clinician")
    if listener is None:
        listener = ("the patient" if (speaker or "").lower() == "doctor" else "the child") if clinician else "the clinician"
    me = "the clinician" if clinician else (f"the {speaker.lower()}" if speaker else "the speaker")
    # (before the verbs agree: never "the child twoes take turns")
    if clinician and listener == "the child":  # "the clinician throws, and you two take turns": the children
        v = re.sub(r"\byou (?:two|both)\b|\b(?:both|the two) of you\b", "the two children", v, flags=re.I)
    if clinician and listener == "the caregiver":  # "Homework for you two", "you both": the caregivers
        v = re.sub(r"\byou (?:two|both)\b|\b(?:both|the two) of you\b", "both caregivers", v, flags=re.I)
        v = re.sub(r"\b(?:one|either) of you\b", "a caregiver", v, flags=re.I)  # "with one of you there"
    # a verb after a first-person subject agrees with its third-person replacement ("I feel" -> "the patient
    # feels", "we don't" -> "the family doesn't"); "you" only where it starts a clause (else it may be an object)
    v = _agree(v, r"\bI") if speaker else v
    v = _agree(v, r"\bwe", re.I) if speaker and not clinician else v
    v = _agree(v, _CLAUSE_YOU, re.I)
    v = re.sub(r"\byourself\b", "themselves", v, flags=re.I)
    if speaker:
        v = re.sub(r"\bmyself\b", "themselves", v, flags=re.I)  # "I feed him myself"
    if not clinician and speaker:
        v = re.sub(r"\bwe['’]re\b", "the family is", v, flags=re.I)  # (never "were": "there were three accidents")
        v = re.sub(r"\bwe'?ve\b", "the family has", v, flags=re.I)
        v = re.sub(r"\bwe'll\b", "the family will", v, flags=re.I)
    for pat, who in ((r"you", listener), (r"i", me)):
        v = re.sub(rf"\b{pat}'?re\b", f"{who} is", v, flags=re.I)
        v = re.sub(rf"\b{pat}'?ve\b", f"{who} has", v, flags=re.I)
        v = re.sub(rf"\b{pat}'?ll\b", f"{who} will", v, flags=re.I)
        # "after I'd turned the heel round": had, before a past participle (never "the clinician would turned")
        v = re.sub(rf"\b{pat}'d(?=\s+(?:(?:just|already|never|not|only|both|all)\s+)?(?:[a-z]+ed|been|done|had|got|made|"
                   r"put|cut|held|kept|shown|seen|given|taken|told|said|let|set|left|sat|stood|gone|come)\b)", f"{who} had",
                   v, flags=re.I)
        v = re.sub(rf"\b{pat}'?d\b", f"{who} would", v, flags=re.I)
    v = re.sub(r"\bi'?m\b", me + " is", v, flags=re.I)
    # "they we're staying on top of ..." (a model's "they" before the speaker's own "we're"): one subject
    v = re.sub(r"\b(?:they|he|she)\s+(?=the (?:family|patient|caregiver|clinician|child)\b)", "", v, flags=re.I)
    v = re.sub(r"\byour\b", listener + "'s", v, flags=re.I)
    v = re.sub(r"\byou\b", listener, v, flags=re.I)
    if speaker:
        v = re.sub(r"\bI\b", me, v)
        v = re.sub(r"\b(my)\b", me + "'s", v, flags=re.I)
        v = re.sub(r"\b(me)\b", me, v)
    if not clinician and speaker:
        v = re.sub(r"\bour\b", "the family's", v, flags=re.I)
        v = re.sub(r"\bwe\b", "the family", v, flags=re.I)
        v = re.sub(r"\bus\b", "the family", v)
    # "the my turn card" -> "the the clinician's turn card": one determiner
    v = re.sub(r"\b(?:the|a|an)\s+(?=(?:the|a|an)\b)", "", v, flags=re.I)
    if not re.search(r"\b(?:informed|told|explained|reminded)\b", said, re.I):
        # "the caregiver informed Marcus that his bike ...": words nobody said (a small model's habit)
        v = re.sub(r"^(?:the caregiver|the clinician|the family|she|he)\s+(?:informed|told|explained to|reminded)\s+"
                   r"(?:the clinician|the child|[A-Z][a-z]+)\s+that\s+", "", v)
    for _ in range(2):
        v = _SAYS.sub("", v)
        v = _VOCATIVE.sub("", v)
        v = re.sub(r"^(?:because|cause|'cause)\s+", "", v, flags=re.I)  # "Good, because school mornings are a war"
    v = v.strip(" ,;:-")
    # (``limit``: the field's length limit, where known: a value shorter than it ended where the model ended it,
    # with or without a full stop; "there were three accidents this week, all after school" keeps its last clause)
    if len(value) >= (limit - 3 if limit else 40) and not value.rstrip().endswith((".", "!", "?")) and " " in v:
        # a value that stopped mid-clause (its length limit): end it at the last complete clause
        cut = max(v.rfind(","), v.rfind(";"), v.rfind("."))
        if cut > len(v) * 0.5:
            v = v[:cut]
        last = re.search(r"([A-Za-z']+)\W*$", v)
        heard = f"{said} {context}"  # (``context``: the unit's whole lines, where ``said`` is one sentence of them)
        if last and " " in v.strip() and not re.search(rf"\b{re.escape(last.group(1))}\b", heard, re.I) \
                and re.search(rf"\b{re.escape(last.group(1))}[a-z]", heard, re.I):
            # "the three that went wrong were all well" for "... were all wellies", "flat on t" for "on the table":
            # a word the limit cut in two goes, with the little words before it
            v = re.sub(r"(?:\s+(?:and|or|but|the|a|an|on|of|to|with|at|in|for|his|her|their|its|my|your|all|were|was|is|"
                       r"are|had|have|that|it|he|she|they))*\s*$", "",
                       v[: last.start(1)].rstrip(" ,;:"), flags=re.I)
    v = v.rstrip(" .,;:")
    first = v.split(" ", 1)[0] if v else ""
    if first[:1].isupper() and not first.isupper() and re.sub(r"'s$", "", first) not in names \
            and first.rstrip(",.;:") not in _CALENDAR \
            and first != "I":  # not a name ("Amara's been dry" keeps its capital), nor a month or a day
        v = first[0].lower() + v[1:]
    if past:  # an activity: its level of help is the measure's and the assistance field's to say
        # a regular past the verb does not have ("Layed a ruler", "Losed his place"): its own past
        v = re.sub(r"^([A-Za-z]+ed)\b", lambda m: _match_case(_WRONG_PAST.get(m.group(1).lower()), m.group(1))
                   or m.group(1), v)
        # "Timeed the child's movements", "Placeed": an -e verb with "ed" added whole ("agreed", "freed" are words)
        v = re.sub(r"^([A-Za-z]{2,}[^e\W])eed\b", lambda m: m.group(0) if m.group(0).lower() in _EED_WORDS
                   else m.group(1) + "ed", v)
        lead = re.match(r"^((?i:with|using|on|in|at|after|during|without)\s+[^,]{1,40}?),?\s+"
                        r"(?:(?i:the child|the patient|he|she|they)|([A-Z][a-z]+))\s+(?=\w)", v)
        if lead and (not lead.group(2) or lead.group(2) in names) and starts_with_past(v[lead.end():]):
            v = f"{v[lead.end():]} {lead.group(1)}"  # "With the song she scrubbed" -> "scrubbed with the song"
        # "needed two verbal reminders to turn off the water": what was done is the activity, the cues its measure
        cued = re.match(rf"^(?:(?:the child|he|she|they)\s+)?{_NEEDED_FOR}(\w+)\b(.*)$", v, re.I)
        if cued and cued.group(1).lower() in _BASE_PAST:
            v = _BASE_PAST[cued.group(1).lower()] + cued.group(2)
        elif cued and cued.group(1).lower() not in _NOT_VERB and len(cued.group(1)) > 2:
            verb = cued.group(1).lower()  # after "to": a verb, so its regular past ("loosen" -> "loosened")
            verb = verb + "d" if verb.endswith("e") else verb[:-1] + "ied" if re.search(r"[^aeiou]y$", verb) \
                else verb + "ed"
            v = verb + cued.group(2)
        subject = re.match(r"^(?:the child|the patient|(?:he|she|they)|([A-Z][a-z]+))\s+(?=\w)", v)
        if subject and (not subject.group(1) or subject.group(1) in names) and (
                starts_with_past(v[subject.end():]) or v[subject.end():].split(" ", 1)[0].lower() in _BASE_PAST):
            v = v[subject.end():]  # "Priya got dressed": the note is about the child; the verb starts the item
        v = past_tense(v)
        first = v.split(" ", 1)[0]
        if first.lower().endswith("ed") and len(first) > 4 and not re.search(rf"\b{re.escape(first)}\b", said, re.I):
            doubled = first[:-2] + first[-3] + "ed"  # "Hoped on one foot" where the lines say "hopped"
            base = first[:-2].lower()  # ... or only "one hop": a short verb doubles its last letter
            if re.search(rf"\b{re.escape(doubled)}\b", said, re.I) or re.fullmatch(r"[^aeiou]*[aeiou][^aeiouwxy]", base) \
                    and re.search(rf"\b{re.escape(base)}s?\b", said, re.I) and not re.search(rf"\b{re.escape(base)}e", said, re.I):
                v = doubled.lower() + v[len(first):]
                first = v.split(" ", 1)[0]
        if first and not starts_with_past(v) and first.isalpha() and len(first) > 2:
            # "move coins" where the lines say "she moved four out of ten coins": the past form said
            said_past = re.search(rf"\b({re.escape(first)}e?d|{re.escape(first[:-1])}ied|{re.escape(first)}{re.escape(first[-1])}ed)\b",
                                  said, re.I)
            if said_past:
                v = said_past.group(1).lower() + v[len(first):]
        whole = v
        for _label, pattern in moments._ASSIST_RULES:
            # ("with hand over hand assistance": the level's noun goes with it, never "made the loop assistance")
            v = re.sub(rf"\s*(?:,\s*)?(?:\bwith\s+)?(?:\ban?\s+)?(?:{pattern})(?:\s+(?:help|assist\w*|support|guidance|"
                       rf"cues?|prompts?|facilitation))?\b", "", v, flags=re.I).strip(" ,")
        if v != whole and (_LEFT_BROKEN.search(v) or re.match(
                r"^(?:(?:the clinician|the therapist|I|he|she|they)\s+)?(?:kept|had|put|placed|held|rested|used|gave|provided|"
                r"needed|slid|ran)\b(?:\s+(?:for|at|to|during|while|through|throughout|each|every|all)\b|\W*$)", v, re.I)):
            # the clause as said, the level in brackets after it too: "kept a hand on her shoulder for every kick" (the
            # help is what was done, never "kept for every kick"); the level's words taken from the middle of a clause
            # ("so that's min assist on the jumper" -> "so that's on the jumper", "with nobody touching it" -> "with
            # nobody", "I'm right beside you: stand-by assist, hands off" -> "beside the child:, hands off")
            v = whole
    return v


# what a clause left broken by taking a level's words out of it ends with or holds
_LEFT_BROKEN = re.compile(r"[:;],|\b(?:that'?s|that is|was|is|had|with|nobody|no one|so|and|a|an|the|of|on)\s*(?:[,;:.]|$)|"
                          r"\bthat'?s\s+(?:on|for|in|with|at|to)\b", re.I)


# "Next session, ...", "For the home program, ...", "We will ...": the section's heading says it already
_LEAD = re.compile(r"^(?:(?:for (?:the )?home(?: program)?|for home|at home|next (?:session|time|week|visit)|today|"
                   r"this week|then|the goal (?:I'?m|I am) (?:writing|putting|setting)(?: down)?)\s*[,:]?\s+)+", re.I)
_WE_WILL = re.compile(r"^(?:we(?:'ll| will| are going to|'re going to| can)|i(?:'ll| will| am going to|'m going to))\s+",
                      re.I)
_THIRD = re.compile(r"\b(him|her|his|he|she|hers|himself|herself)\b", re.I)
_CAREGIVER_CALL = re.compile(r"^\W*(dad|mom|mum|grandpa|grandma|nana|papa|mommy|daddy|parents?)\b", re.I)
_NOT_VERB = set("""can could will would should may might must ought shall did do does had was were are am is to the a an and or
but not never also just still really all both each your my our their his her its it that this these those in on at
for with from by of as so if when then there here too very""".split())


_CLAUSE_YOU = "(?:^|(?<=[,;:.] )|" + "|".join(f"(?<=\\b{w} )" for w in ("and", "but", "so", "if", "when", "because",
                                                                         "that", "then", "like", "as", "while",
                                                                         "until", "where", "once", "since",
                                                                         "unless", "before", "after", "till")) + ")you"
_ADVERB = r"(?:just|really|also|still|usually|always|never|sometimes|often|kinda|kind of|actually|only|even|now|first|then|" \
          r"mostly|rarely|barely|hardly|ever)"
# irregular past forms (and present forms that are also past: "put", "cut") take no "-s"
_IRREGULAR_PAST = set("""felt was were had did said went got made took saw came knew thought told gave found left kept began
ran ate slept fell sat stood brought bought heard held wrote put cut hit let set read spent lost sent meant became
forgot caught taught drew drank drove fought flew grew hung hurt led lay paid rode rang rose shook shot shut sang
spoke stuck swam threw understood woke wore won""".split())
_PRESENT_NOT = {"don't": "doesn't", "dont": "doesn't", "do": "does", "have": "has", "haven't": "hasn't", "are": "is",
                "aren't": "isn't", "were": "was", "weren't": "wasn't"}


def _agree(text: str, subject: str, flags: int = 0) -> str:
    """The present-tense verb right after ``subject`` (a regex of a first- or second-person subject), up to
    one adverb between, in the third person singular: "I feel" -> "I feels", to be read after the subject
    itself is replaced ("the patient feels")."""
    def fix(m: re.Match[str]) -> str:
        verb = m.group(3)
        low = verb.lower()
        if low in _PRESENT_NOT:
            new = _PRESENT_NOT[low]
        elif (low in _NOT_VERB or low in _IRREGULAR_PAST or low.endswith(("ed", "ing", "'s", "n't", "'d", "'ll"))
              and not low.endswith("eed")  # "I feed him", "we need": present
              or low.endswith("s") and not low.endswith("ss")
              or not low.replace("'", "").isalpha() or len(low) < 2):
            return m.group(0)
        else:
            new = _third_person(verb)
        return f"{m.group(1)}{m.group(2) or ''}{new}"
    return re.sub(rf"({subject}\s+)({_ADVERB}\s+)?([A-Za-z']+)\b", fix, text, flags=flags)


def _third_person(verb: str) -> str:
    v = verb.lower()
    irregular = {"have": "has", "do": "does", "are": "is", "were": "was", "go": "goes"}
    if v in irregular:
        return irregular[v]
    if v.endswith(("s", "sh", "ch", "x", "z", "o")):
        return verb + "es"
    if v.endswith("y") and len(v) > 2 and v[-2] not in "aeiou":
        return verb[:-1] + "ies"
    return verb + "s"


def restate(text: str, speaker: str | None, names: frozenset[str], select: tuple[str, ...] = (),
            line: str = "", after: str | None = None) -> str:
    """A moment's own sentence as an item's clause, by rules: no vocative or heading words ("Dad,", "For
    home,", "Next session, we will"), "you" as whom it was said to (the caregiver when the clinician speaks
    of the child in the third person, calls the caregiver, or answers the caregiver's line just before
    (``after``: that line's role) without calling the child by name, else the child) with its verb agreeing."""
    v = " ".join(text.split())
    for _ in range(3):
        v = _VOCATIVE.sub("", v).strip()
        v = _LEAD.sub("", v).strip()
        v = _WE_WILL.sub("", v).strip()
    clinician = (speaker or "").lower() in ("therapist", "doctor", "clinician")
    listener = None
    answers = (after or "").lower() in ("caregiver", "parent") and not any(
        re.match(rf"^\W*(?:\w+[,!.]?\s+)?{re.escape(n)}\b", line) for n in names)
    if clinician and (_THIRD.search(v) or _CAREGIVER_CALL.search(line) or answers or "home_program" in select
                      and not re.search(r"\byou\s+(did|made|held|got|were)\b", v, re.I)):
        listener = "the caregiver" if (speaker or "").lower() == "therapist" else None
    if listener:  # "then you finish the back teeth" -> "then the caregiver finishes the back teeth"
        # (an adverb between: "you only lay them out" -> "the caregiver only lays them out", never "onlies lay")
        v = re.sub(rf"\byou\s+({_ADVERB}\s+)?([a-z]+)\b",
                   lambda m: m.group(0) if m.group(2) in _NOT_VERB or m.group(2).endswith("ed")
                   or m.group(2) in ("two", "both", "all", "guys")  # "homework for you two", never "you twoes"
                   or m.group(2).endswith("ing")  # "with you only laying the clothes out", never "layings"
                   else f"you {m.group(1) or ''}{_third_person(m.group(2))}", v)
    return clean_value(v, False, text, speaker, names, listener)


_COMMON = set("""the a an he she they it his her their this that these those there we you i sleep
getting writing school home""".split())


def proper_nouns(lines: list[Line]) -> frozenset[str]:
    """Words the transcript capitalises inside its sentences (names: "Maya", "Lego")."""
    out = set()
    for ln in lines:
        for sent in _sentences(ln.text):
            words = re.findall(r"[A-Za-z][\w'-]*", sent)
            out |= {w for w in words[1:] if w[0].isupper() and w != "I"}
    return frozenset(out)


_FIRST_PERSON = re.compile(r"^\W*(?:(?:and|so|also|but|well|oh|yes|yeah|okay|ok)[,!.]?\s+)*(?:i|we)(?:'ll|'ve|'m|'d|'re)?\b",
                           re.I)


_READ_OUT = re.compile(r"\b(?:his|her|their|the)\s+((?:\w+\s+)?(?:teacher|aide|coach|doctor|nurse|principal|daycare|"
                       r"school|speech therapist|physio\w*))\s+(?:sent|wrote|emailed|gave us|sent home)\s+(?:us\s+|me\s+|home\s+)?"
                       r"(?:a|an|this|the)\s+(note|letter|e-?mail|message|report)\b", re.I)


def _read_out(line: str, sentence: str) -> str:
    """ "the teacher's note" where the caregiver's line says such a note came ("Her teacher sent a note, can I read
    it?") before the sentence reported; "" otherwise."""
    at = line.find(sentence[:30]) if sentence else -1
    m = _READ_OUT.search(line[:at]) if at > 0 else None
    return f"the {m.group(1).lower()}'s {m.group(2).lower()}" if m else ""


def _bare(value: str) -> bool:
    """Whether a report says only a number or a word ("twenty six" for "my name's Itha, and I'm twenty six"):
    no statement a clinician can sign; the sentence itself says what it is."""
    from .grounding import NUMBER_WORDS

    return len([w for w in re.findall(r"[a-z']+", value.lower()) if w not in STOPWORDS and w not in NUMBER_WORDS
                and w not in _ONLY_WHEN]) < 1


# words a report may add to what was said without saying anything new (its register, its paraphrase)
_PARAPHRASE = set("""family interpreter clinician themselves himself herself caregiver child trouble difficulty
difficulties difficult spend spends spending due cause causes caused because specifically currently usually often
frequently regularly approximately typically generally occasionally recently goes does has having have struggle
struggles struggling experience experiences experiencing issue issues problem problems concern concerns concerned
tends tend able unable time times""".split())


def _invented(value: str, source: str) -> bool:
    """Whether a model's report names a thing nobody said in the lines it rests on ("The child brushes his hair
    before school and at bedtime" for "Before school and at bedtime, so twice a day." after "Are you still doing
    the brushing at home?"): a changed meaning a clinician could sign without noticing."""
    from .grounding import _content, _tokens, stem

    have = {stem(t) for t in _tokens(source)}
    # a relation nobody said ("he calls me Nan" written "he will call his mother Nan"): who someone is is a fact
    kin = {t for t in _tokens(value) if t in _KIN} - set(_tokens(source))
    return bool(_content(value) - have - {stem(w) for w in _PARAPHRASE}) or bool(kin)


_KIN = set("""mother mom mum mommy mummy father dad daddy grandmother grandma granny nan nana nanny grandfather grandpa
grandad granddad aunt auntie uncle sister brother stepmother stepfather stepmum stepdad""".split())


def _new_number(value: str, source: str) -> bool:
    """Whether a model's text has a number its lines do not say, as read (a count taken back is gone from them:
    "forty, forty five, no, honestly, nearer fifty minutes" reads "nearer fifty minutes", and the model's "for
    forty-five minutes" kept what the caregiver corrected)."""
    from .grounding import numbers

    return bool(numbers(value) - numbers(source))


_COUNT_NOUNS = {"time", "night", "day", "morning", "evening", "afternoon", "minute", "hour", "second", "week", "month",
                "meal", "dinner", "lunch", "breakfast", "lesson"}


def _count_pairs(text: str) -> set[tuple[str, str]]:
    """The (number, count noun) pairs a text says: "four nights out of the seven" -> {("4", "night")}."""
    out = set()
    for n, noun in re.findall(rf"\b({moments._NUM})\s+([a-z]+)\b", text, re.I):
        value, noun = moments.number(n), noun.lower()
        noun = noun[:-1] if noun.endswith("s") else noun
        if value and noun in _COUNT_NOUNS:
            out.add((value, noun))
    return out


def _new_count_noun(value: str, source: str) -> bool:
    """Whether a model's text counts a number said in its lines as something else ("up in the night four times out
    of the seven" for "four nights out of the seven": a must-not of test_p_swing_05, the teacher's "four times" of
    another line)."""
    said = _count_pairs(source)
    return any((n, noun) not in said and any(m == n for m, _x in said) for n, noun in _count_pairs(value))


def _fragment(value: str, source: str) -> bool:
    """Whether a model's field starts mid-word: the rest of the field before it, which its length limit cut ("...
    and he ended up in our bed four n" then "ight out of seven last week." for the next moment)."""
    first = re.match(r"\W*([A-Za-z']+)", value)
    if not first or not first.group(1)[0].islower():
        return False
    w = first.group(1).lower()
    return w not in STOPWORDS and not re.search(rf"\b{re.escape(w)}", source, re.I) and len(w) <= 5


# words that say only when or which part of the note ("Next visit." for "come back and see me next week if ...")
_ONLY_WHEN = {"next", "visit", "session", "week", "time", "plan", "follow", "up", "review", "appointment", "today"}


def _relayed(text: str, speaker: str | None) -> str:
    """An interpreter's sentence without "She says": what the caregiver said."""
    return moments.RELAYED.sub("", text, count=1) if (speaker or "").lower() in ("other", "interpreter") else text


_AUX = r"(?:will|would|can|could|have|has|had|just|only|also|always|never|usually|still|even|then|myself|herself|himself)"
_I_DID = re.compile(rf"\b(?:i|we)(?:'ll|'d|'ve|'m)?\s+(?:{_AUX}\s+)*([a-z]{{2,}})", re.I)


def _swapped_subject(value: str, source: str, speaker: str | None, names: frozenset[str]) -> bool:
    """Whether a report puts the child where the caregiver said "I" or "we" ("And I'll practise the lunch
    containers with her" written "Ella will practise the lunch containers with her"; "Last Thursday I found him
    standing on it" written "Kwame found himself standing"; "every night I go over his back teeth myself" written
    "Kwame goes over his back teeth"; "I'll get the chalk out" written "the therapist will get the chalk out"):
    who did it is the fact."""
    from .grounding import stem

    if (speaker or "").lower() not in ("caregiver", "parent"):
        return False
    others = {"he", "she", "they", "therapist", "clinician", "child"} | {n.lower() for n in names}
    first = (value.split() or [""])[0].strip(",.").lower()
    if _FIRST_PERSON.match(source) and first in others:
        return True
    for m in _I_DID.finditer(source):
        verb = stem(m.group(1).lower())
        if verb in ("am", "was", "think", "thought", "guess", "mean", "know", "said", "say", "tell", "told", "want", "hope"):
            continue
        if re.search(rf"\b(?:he|she|they|{'|'.join(map(re.escape, names)) or 'he'})\s+(?:{_AUX}\s+)*"
                     rf"{re.escape(m.group(1))}(?:e?s|ed|d)?\b", source, re.I):
            continue  # "I go to bed at ten and he goes to bed at eight": said of both
        words = re.findall(r"[a-z]+", value.lower().replace("'ll", " will").replace("'d", " would"))
        for i, w in enumerate(words):
            if stem(w) != verb and w not in (m.group(1).lower() + "es", m.group(1).lower() + "s"):
                continue
            j = i - 1
            while j >= 0 and re.fullmatch(_AUX, words[j]):
                j -= 1
            if j >= 0 and words[j] in others:
                return True
    return False


def _drifted(value: str, since: str, before: str) -> bool:
    """Whether a field's first content word belongs to the talk before a task was named, not to the talk since
    ("kicks with the right foot" for "Right foot, eleven seconds." after "Last thing, the flamingo.")."""
    from .grounding import _content, _tokens, stem

    head = next((w for w in re.findall(r"[a-z]+", value.lower()) if _content(w)), "")
    if not head:
        return False
    word = next(iter(_content(head)))
    return word not in {stem(t) for t in _tokens(since)} and word in {stem(t) for t in _tokens(before)}


def _content_words(value: str) -> set[str]:
    from .grounding import _content

    return _content(value)


def _about(value: str, source: str, share: float = 0.5) -> bool:
    """Whether a field's words are mostly (``share`` or more of its content words) in ``source``."""
    from .grounding import _content, _tokens, stem

    words = _content(value)
    if not words:
        return True
    have = {stem(t) for t in _tokens(source)}
    return len(words & have) / len(words) >= share


def _brief(text: str, words: int = 16) -> str:
    w = text.split()
    return " ".join(w[:words]) + (" ..." if len(w) > words else "")


def session_info(transcript: Transcript) -> dict[str, Any]:
    """Facts about the session from the transcript itself (never from the model)."""
    labels = speaker_labels(transcript)
    # a speaker who passes on what the caregiver says is named so: the note says an interpreter was used
    lines = transcript_lines(transcript)
    interpreters = _interpreters(lines)
    said = introduced(lines)  # "I'm his aide": the speakers list names the aide
    labels = {sid: "Interpreter" if label in interpreters else said.get(label, label) for sid, label in labels.items()}
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

    def _fields_pass(self, template: Template, lines: list[Line], where: str, sec: SectionSpec,
                     forced: dict[str, Unit] | None,
                     asked_for: dict[str, tuple[str, ...]] | None = None,
                     focused: bool = False) -> tuple[list[dict[str, Any]], list[Any]]:
        """One answer for a section: the items the model picks (``forced`` None), or the fields of the moments
        ``forced`` (``asked_for``: the fields asked for each). The prompt is the instructions, then the
        chunk's numbered transcript, then the question: every question about a chunk shares the KV cache of
        everything before the question, so the transcript is computed once per chunk. ``focused``: one moment
        asked alone after only the few lines before it (a re-ask; its prompt shares only the instructions)."""
        s = self.settings
        if focused and forced is not None and len(forced) == 1:
            (key, unit), = forced.items()
            request = focused_request(sec, lines, key, unit, (asked_for or {}).get(key, ()))
            content = user_prompt(window(lines, unit.line), request)
        else:
            content = user_prompt(lines, fields_request(sec, lines, forced, asked_for))
        messages = [{"role": "system", "content": system_prompt(template, "fields")},
                    {"role": "user", "content": content}]
        schema = template.fields_schema(sec.key, len(lines), (asked_for if asked_for is not None else tuple(forced))
                                        if forced is not None else None)
        units = {k: u.line for k, u in forced.items()} if forced is not None else None
        problems, stats = [], []
        for attempt in range(1, s.tries + 1):
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
                got = template.validate_fields(data, sec.key, len(lines), units, asked_for)
                for it in got:
                    if "unit" in it and forced is not None:
                        it["unit_text"] = forced[it["unit"]].text
                return got, stats
            except ValueError as e:
                problems.append(str(e))
        err = NoAnswer(f"{where}: the language model gave no valid answer in {s.tries} tries "
                       f"({'; '.join(problems)}); the transcript is saved, write the note by hand or retry "
                       "with a larger [note] max_new_tokens")
        err.stats = stats
        raise err

    def _ask_units(self, template: Template, lines: list[Line], where: str, sec: SectionSpec,
                   units: dict[str, Unit], asked: dict[str, tuple[str, ...]], keys: list[str],
                   stats: list[Any]) -> dict[str, dict[str, Any]]:
        """The fields of the moments ``keys`` in one answer; where that answer fails (cut off at
        ``max_new_tokens``, or invalid in every try), each half of them is asked on its own, down to one
        moment, whose failure fails the note as before."""
        try:
            got, st = self._fields_pass(template, lines, where, sec, {k: units[k] for k in keys},
                                        {k: asked[k] for k in keys})
        except NoAnswer as e:
            stats.extend(e.stats)
            if len(keys) == 1:
                raise
            half = (len(keys) + 1) // 2
            log.info("%s: no valid answer for %d moments at once; asking %d and %d", where, len(keys), half,
                     len(keys) - half)
            return {**self._ask_units(template, lines, where, sec, units, asked, keys[:half], stats),
                    **self._ask_units(template, lines, where, sec, units, asked, keys[half:], stats)}
        stats.extend(st)
        return {it["unit"]: it for it in got}

    def _write_fields(self, transcript: Transcript, template: Template, chunks: list[list[Line]]) -> tuple[
            list[NoteSection], tuple[Omission, ...], list[Any]]:
        selected = {k for sec in template.sections for k in sec.select}
        parts, stats = [], []
        for i, chunk in enumerate(chunks, 1):
            found = line_moments(chunk, selected)
            answer: dict[str, list[dict[str, Any]]] = {}
            where = f"note part {i} of {len(chunks)}"
            # the sections the model picks lines for first, then the fields of the moments the rules found: a
            # moment whose fields the rules give in full needs no model; the others of a section are asked
            # together, BATCH_UNITS at a time, after the same transcript prefix
            asked_by: list[tuple[SectionSpec, dict[str, Unit], dict[str, tuple[str, ...]], list[str],
                                 dict[str, dict[str, Any]]]] = []
            for sec in sorted(template.sections, key=lambda x: bool(x.select)):
                if not sec.select:
                    got, st = self._fields_pass(template, chunk, f"{where}, {sec.title}", sec, None)
                    answer[sec.key] = got
                    stats.extend(st)
                    continue
                units = candidates(sec, found, chunk)
                asked = {k: unit_fields(sec, u, chunk) for k, u in units.items()}
                got_by: dict[str, dict[str, Any]] = {k: {"evidence": [u.line], "unit": k, "unit_text": u.text}
                                                     for k, u in units.items() if not asked[k]}
                todo = [k for k in units if asked[k]]
                for start in range(0, len(todo), BATCH_UNITS):
                    got_by.update(self._ask_units(template, chunk, f"{where}, {sec.title}", sec, units, asked,
                                                  todo[start:start + BATCH_UNITS], stats))
                asked_by.append((sec, units, asked, todo, got_by))
            # a moment whose batched answer drifted is asked again alone, after the lines just before it: once
            # every section's batched questions are answered, since its prompt shares only the instructions and
            # a question about the whole chunk after it would compute the chunk's transcript again
            for sec, units, asked, todo, got_by in asked_by:
                copied = repeated(sec, got_by, units)
                for k in todo:
                    if k not in got_by or drifted(sec, got_by[k], units[k], chunk) or k in copied:
                        try:
                            got, st = self._fields_pass(template, chunk, f"{where}, {sec.title}", sec,
                                                        {k: units[k]}, {k: asked[k]}, focused=True)
                        except NoAnswer as e:  # the batched answer stays (grounding checks it as any other)
                            stats.extend(e.stats)
                            if k not in got_by:
                                raise
                            continue
                        got_by.update((it["unit"], it) for it in got)
                        stats.extend(st)
                answer[sec.key] = [got_by[k] for k in units if k in got_by]
            parts.append((answer, chunk, found))
            log.info("note part %d/%d: %d lines, %d items, %d moments", i, len(chunks), len(chunk),
                     sum(len(v) for v in answer.values()), len(found))
        sections = compose_fields(template, parts)
        return sections, omissions(sections, parts, template), stats

    def write(self, transcript: Transcript, template: Template) -> Note:
        lines = transcript_lines(transcript)
        if not lines:
            raise NoteError("the transcript has no speech to write a note from")
        budget = self.settings.chunk_tokens
        chunks = chunk_lines(lines, self.gen, budget)
        t0 = time.monotonic()
        parts, stats = [], []
        omitted: tuple[Omission, ...] = ()
        if self.settings.style == "fields":
            if not template.composes:
                raise NoteError(f"template {template.name} has no render rule (sentence) in every section: "
                                "the fields style needs one, or set [note] style = \"write\" or \"quote\"")
            sections, omitted, stats = self._write_fields(transcript, template, chunks)
            chunks_iter: list[list[Line]] = []
        else:
            chunks_iter = chunks
        for i, chunk in enumerate(chunks_iter, 1):
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
        if self.settings.style != "fields":
            sections = compose(template, parts, self.settings.align_evidence)
        return Note(
            template=template.name,
            title=template.title,
            sections=tuple(sections),
            omissions=omitted,
            session=session_info(transcript),
            models={**transcript.models, "note": {"writer": self.name, "template": template.name,
                                                  "quantize": getattr(self.gen, "quantize", "none"),
                                                  "style": self.settings.style,
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
