"""Note templates: data files in ``prompts/`` (or a clinic's own path).

A template says what the model is told (``instructions``, each section's
``guidance``), the shape of its answer (sections of items; each item has
``text``, ``evidence`` and the section's extra ``fields``) and how an item is
rendered in note.md (``render``). :meth:`Template.output_schema` is the JSON
schema the writer constrains the model to; :meth:`Template.validate_output`
checks an answer against it with pydantic.
"""

from __future__ import annotations

import os
import re
import string
import sys
import tomllib
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, create_model, field_validator, model_validator

from ..errors import TemplateError
from . import sentence as sentence_rule
from .moments import ASSIST_LEVELS, KINDS as MOMENT_KINDS

def _prompts_dir() -> Path:
    """$SCRIBE_PROMPTS_DIR, the repository's prompts/, or the installed copy (Docker)."""
    env = os.environ.get("SCRIBE_PROMPTS_DIR")
    if env:
        return Path(env)
    repo = Path(__file__).resolve().parents[2] / "prompts"
    if repo.is_dir():
        return repo
    return Path(sys.prefix) / "share" / "therapy-scribe" / "prompts"


PROMPTS_DIR = _prompts_dir()
DEFAULT_TEMPLATE = "ot-progress"
RESERVED = {"text", "evidence", "support", "id"}
MAX_EVIDENCE = 4  # lines one item may cite
NOT_SAID = "not said"
# field kinds: text and choice are the model's answer; measure and comparison are read from the cited lines
# by rules (pipeline/note/moments.py); assistance is a choice the rules make when the cited lines name the
# level ("independently", "hand-over-hand", "one verbal cue"), and the model only where they speak of help
# without naming it; topic is a choice the rules make from the words said ("bedtime" -> sleep), the model
# only where no rule does; restated is the moment's own sentence in the third person (rules, no model); status
# is a choice kept only where the cited lines speak of change or attainment ("better", "mastered", "still",
# "last week ..."), the rules naming it where the words leave no doubt, else "not said" (a field named
# "status" with choices and no kind is one)
FIELD_KINDS = ("text", "choice", "measure", "assistance", "comparison", "speaker", "topic", "restated", "status")
MODEL_KINDS = ("text", "choice", "assistance", "topic", "status")


class FieldSpec(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str = Field(pattern=r"^[a-z][a-z0-9_]{0,31}$")
    description: str = ""
    # None: text or choice; speaker: the cited line's speaker role ("Caregiver", "Patient"), by rules
    kind: Literal["text", "choice", "measure", "assistance", "comparison", "speaker", "topic", "restated",
                  "status"] | None = None
    choices: tuple[str, ...] | None = None
    max_length: int = Field(default=80, ge=5, le=400)
    past: bool = False  # the value is a verb phrase: a leading "-ing" or base form is put in the past tense
    # with ``past``: the verb put before a value that is a noun phrase ("used": "platform swing" -> "used
    # platform swing", while "push the crash pad" -> "pushed the crash pad")
    noun: str = Field(default="", max_length=30)

    @property
    def type(self) -> str:
        """The field's kind: given, else status for a field named "status" with choices, else choice when it
        has choices, else text."""
        if self.kind:
            return self.kind
        if self.choices:
            return "status" if self.name == "status" else "choice"
        return "text"

    @property
    def options(self) -> tuple[str, ...] | None:
        """The choice list the model picks from (assistance: the clinic's list plus "not said")."""
        if self.type == "assistance":
            base = self.choices or ASSIST_LEVELS
            return tuple(base) + ((NOT_SAID,) if NOT_SAID not in base else ())
        return self.choices if self.type in ("choice", "topic", "status") else None

    @property
    def asked(self) -> bool:
        """Whether the model fills it (measure and comparison come from the cited lines)."""
        return self.type in MODEL_KINDS

    @model_validator(mode="after")
    def _kind_fits(self) -> FieldSpec:
        if self.kind in ("choice", "topic", "status") and not self.choices:
            raise ValueError(f"a {self.kind} field needs choices")
        if self.kind in ("text", "measure", "comparison", "speaker", "restated") and self.choices:
            raise ValueError(f"a {self.kind} field has no choices")
        return self

    @field_validator("name")
    @classmethod
    def _not_reserved(cls, v: str) -> str:
        if v in RESERVED:
            raise ValueError(f"{v!r} is reserved (every item already has text and evidence)")
        return v

    @field_validator("choices")
    @classmethod
    def _choices(cls, v: tuple[str, ...] | None) -> tuple[str, ...] | None:
        if v is not None and (not v or any(not c.strip() for c in v) or len(set(v)) != len(v)):
            raise ValueError("choices must be a non-empty list of distinct, non-blank strings")
        return v


class SectionSpec(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    key: str = Field(pattern=r"^[a-z][a-z0-9_]{0,39}$")
    title: str = Field(min_length=1)
    guidance: str = ""
    max_items: int = Field(default=6, ge=1, le=30)
    roles: tuple[str, ...] = ()
    render: str = "{text}"
    fields: tuple[FieldSpec, ...] = ()
    item_max_length: int = Field(default=240, ge=20, le=2000)
    # the render rule that composes the item's sentence from its fields (pipeline/note/sentence.py)
    sentence: str = ""
    # moment kinds whose lines are this section's items (pipeline/note/moments.py); empty: the model picks
    select: tuple[str, ...] = ()

    @field_validator("sentence")
    @classmethod
    def _sentence(cls, v: str) -> str:
        if v:
            try:
                sentence_rule.parse(v)
            except sentence_rule.RuleError as e:
                raise ValueError(str(e)) from e
        return v

    @field_validator("select")
    @classmethod
    def _select(cls, v: tuple[str, ...]) -> tuple[str, ...]:
        bad = [k for k in v if k not in MOMENT_KINDS]
        if bad:
            raise ValueError(f"unknown moment kind {bad[0]!r} (known: {', '.join(MOMENT_KINDS)})")
        return v

    @field_validator("render")
    @classmethod
    def _render(cls, v: str) -> str:
        try:
            names = {n for _, n, _, _ in string.Formatter().parse(v) if n is not None}
        except ValueError as e:
            raise ValueError(f"not a valid format string: {e}") from e
        if any(not n.isidentifier() for n in names):  # "{}" (name "") too: it would render as the bare text
            raise ValueError("placeholders must be plain names like {text} or {goal}")
        return v


class TemplateSpec(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str = Field(min_length=1)
    title: str = Field(min_length=1)
    instructions: str = Field(min_length=1)
    sections: tuple[SectionSpec, ...] = Field(min_length=1)


@dataclass(frozen=True)
class Template:
    spec: TemplateSpec
    path: str

    @property
    def name(self) -> str:
        return self.spec.name

    @property
    def title(self) -> str:
        return self.spec.title

    @property
    def sections(self) -> tuple[SectionSpec, ...]:
        return self.spec.sections

    def section(self, key: str) -> SectionSpec:
        return next(s for s in self.sections if s.key == key)

    @property
    def section_roles(self) -> dict[str, tuple[str, ...]]:
        return {s.key: s.roles for s in self.sections if s.roles}

    @property
    def text_fields(self) -> dict[str, tuple[str, ...]]:
        """Section key -> its free-text fields (grounding checks them with the text)."""
        return {s.key: tuple(f.name for f in s.fields if f.type in ("text", "measure", "comparison", "restated"))
                for s in self.sections}

    @property
    def composes(self) -> bool:
        """Whether every section has a render rule (items are written from fields)."""
        return all(s.sentence for s in self.sections)

    def fields_schema(self, key: str, n_lines: int,
                      units: tuple[str, ...] | dict[str, tuple[str, ...]] | None = None,
                      max_evidence: int = 2) -> dict[str, Any]:
        """The answer's schema for one section in the fields style: the model fills the fields it is asked
        (text, choice, assistance, topic). With ``units`` (the keys of the section's candidate moments, e.g.
        "line_12", "line_20b"; or a mapping of each key to the names of the fields asked for it) there is
        one object per unit, in order; without, a list of items that cite their lines."""
        s = self.section(key)
        item: dict[str, Any] = {}
        for f in s.fields:
            if not f.asked:
                continue
            opts = f.options
            # plain characters only: the model cannot drift into another script or smuggle quotes
            item[f.name] = ({"type": "string", "enum": list(opts)} if opts
                            else {"type": "string", "pattern": f"^[A-Za-z0-9 ,.;:'()/%&+!?-]{{1,{f.max_length}}}$"})
        if units is not None:
            asked = units if isinstance(units, dict) else {u: tuple(item) for u in units}
            props = {}
            for u, names in asked.items():
                sub = {n: item[n] for n in item if n in names}
                props[u] = {"type": "object", "properties": sub, "required": list(sub), "additionalProperties": False}
            body: dict[str, Any] = {"type": "object", "properties": props, "required": list(props),
                                    "additionalProperties": False}
        else:
            item["evidence"] = {"type": "array", "items": {"type": "integer", "minimum": 1, "maximum": max(1, n_lines)},
                                "minItems": 1, "maxItems": max_evidence}
            body = {"type": "array", "maxItems": s.max_items,
                    "items": {"type": "object", "properties": item, "required": list(item),
                              "additionalProperties": False}}
        return {"type": "object", "properties": {key: body}, "required": [key], "additionalProperties": False}

    def validate_fields(self, data: Any, key: str, n_lines: int, units: dict[str, int] | None = None,
                        asked_for: dict[str, tuple[str, ...]] | None = None) -> list[dict[str, Any]]:
        """A fields-style answer (see :meth:`fields_schema`), checked: the items as dicts with their
        ``evidence`` (line numbers; ``units`` maps each unit key to its line) and, for units, ``unit``
        (``asked_for``: the fields asked for each unit, when not all); raises ValueError saying what is
        wrong."""
        s = self.section(key)
        if not isinstance(data, dict) or key not in data:
            raise ValueError(f"answer does not match the template ({key}: missing)")
        body = data[key]
        asked = [f for f in s.fields if f.asked]
        if units is not None:
            if not isinstance(body, dict):
                raise ValueError(f"answer does not match the template ({key}: not an object)")
            raw = []
            for u, n in units.items():
                got = body.get(u)
                if not isinstance(got, dict):
                    raise ValueError(f"answer does not match the template ({key}.{u}: missing)")
                raw.append({**got, "evidence": [n], "unit": u})
        else:
            if not isinstance(body, list) or len(body) > s.max_items:
                raise ValueError(f"answer does not match the template ({key}: not a list of at most "
                                 f"{s.max_items} items)")
            raw = body
        out = []
        for i, it in enumerate(raw):
            if not isinstance(it, dict):
                raise ValueError(f"answer does not match the template ({key}.{i}: not an object)")
            item: dict[str, Any] = {}
            names = asked_for.get(it.get("unit", ""), ()) if asked_for is not None and "unit" in it else None
            for f in asked:
                if names is not None and f.name not in names:
                    continue
                v = it.get(f.name)
                if not isinstance(v, str) or not v.strip():
                    raise ValueError(f"answer does not match the template ({key}.{i}.{f.name}: missing)")
                if f.options and v not in f.options:
                    raise ValueError(f"answer does not match the template ({key}.{i}.{f.name}: not one of "
                                     f"the choices)")
                item[f.name] = shorten(v, f.max_length)
            ev = it.get("evidence")
            if not isinstance(ev, list) or not ev or not all(isinstance(n, int) for n in ev):
                raise ValueError(f"answer does not match the template ({key}.{i}.evidence: missing)")
            bad = [n for n in ev if not 1 <= n <= n_lines]
            if bad:
                raise ValueError(f"answer cites line {bad[0]} that does not exist ({key}.{i}.evidence)")
            item["evidence"] = ev
            if "unit" in it:
                item["unit"] = it["unit"]
            out.append(item)
        return out

    def output_schema(self, n_lines: int, keys: tuple[str, ...] | None = None,
                      max_evidence: int = MAX_EVIDENCE, with_text: bool = True) -> dict[str, Any]:
        """JSON schema of the model's answer (all sections, or those in ``keys``);
        evidence numbers lie in 1..n_lines. Without text, the model only selects
        the lines (and fills the fields); the item's text is then the lines' own."""
        props: dict[str, Any] = {}
        for s in self.sections:
            if keys is not None and s.key not in keys:
                continue
            item: dict[str, Any] = {}
            for f in s.fields:
                if not f.asked:  # measure, comparison, speaker: read from the cited lines, not asked
                    continue
                item[f.name] = (
                    {"type": "string", "enum": list(f.options or ())}
                    if f.options
                    else {"type": "string", "minLength": 1, "maxLength": f.max_length}
                )
            # text before evidence: measured better than evidence first, where the model
            # fell into counting line numbers (1-4, 5-8, ...) and then copied those lines
            if with_text:
                item["text"] = {"type": "string", "minLength": 12, "maxLength": s.item_max_length}
            item["evidence"] = {
                "type": "array",
                "items": {"type": "integer", "minimum": 1, "maximum": max(1, n_lines)},
                "minItems": 1,
                "maxItems": max_evidence,
            }
            props[s.key] = {
                "type": "array",
                "maxItems": s.max_items,
                "items": {
                    "type": "object",
                    "properties": item,
                    "required": list(item),
                    "additionalProperties": False,
                },
            }
        return {"type": "object", "properties": props, "required": list(props), "additionalProperties": False}

    def _answer_model(self, keys: tuple[str, ...] | None, with_text: bool = True) -> type[BaseModel]:
        if (keys, with_text) not in self._models:
            self._models[keys, with_text] = self._build_answer_model(keys, with_text)
        return self._models[keys, with_text]

    @cached_property
    def _models(self) -> dict[Any, type[BaseModel]]:
        return {}

    def _build_answer_model(self, keys: tuple[str, ...] | None, with_text: bool) -> type[BaseModel]:
        strict = ConfigDict(extra="forbid")
        section_models: dict[str, Any] = {}
        for s in self.sections:
            if keys is not None and s.key not in keys:
                continue
            item_fields: dict[str, Any] = {}
            for f in s.fields:
                if not f.asked:
                    continue
                typ = Literal[f.options] if f.options else str  # type: ignore[valid-type]
                item_fields[f.name] = (typ, Field(min_length=1, max_length=f.max_length) if not f.options else ...)
            if with_text:
                item_fields["text"] = (str, Field(min_length=12, max_length=s.item_max_length))
            item_fields["evidence"] = (list[int], Field(min_length=1, max_length=MAX_EVIDENCE))
            item_model = create_model(f"Item_{s.key}", __config__=strict, **item_fields)
            section_models[s.key] = (list[item_model], Field(max_length=s.max_items))  # type: ignore[valid-type]
        return create_model(f"Answer_{self.name.replace('-', '_')}", __config__=strict, **section_models)

    def validate_output(self, data: Any, n_lines: int, keys: tuple[str, ...] | None = None,
                        with_text: bool = True) -> dict[str, list[dict[str, Any]]]:
        """The model's parsed JSON, checked: raises ValueError saying what is wrong."""
        try:
            answer = self._answer_model(keys, with_text).model_validate(data).model_dump()
        except ValidationError as e:
            first = e.errors()[0]
            where = ".".join(str(p) for p in first["loc"])
            raise ValueError(f"answer does not match the template ({where}: {first['msg']})") from e
        for key, items in answer.items():
            for i, item in enumerate(items):
                bad = [n for n in item["evidence"] if not 1 <= n <= n_lines]
                if bad:
                    raise ValueError(f"answer cites line {bad[0]} that does not exist ({key}.{i}.evidence)")
        return answer


_DANGLING = re.compile(r"(?:[\s,;:]+(?:a|an|the|of|and|or|but|to|with|for|in|on|at|by|from|into|while|so|then|his|her|"
                       r"their|its|my|your|he|she|they|it|I|was|were|is|are))*[\s,;:.-]*$", re.I)


def shorten(value: str, most: int) -> str:
    """``value`` cut to at most ``most`` characters at a clause or word boundary, never mid-word or on "the"
    ("I steadied her at the elbow while she stood, and the front of the leggi" -> "I steadied her at the elbow
    while she stood")."""
    if len(value) <= most:
        return value
    cut = value[: most + 1]
    cut = cut[: cut.rfind(" ")] if " " in cut else value[:most]  # the last whole word
    clause = max(cut.rfind(", "), cut.rfind("; "), cut.rfind(". "))
    if clause >= len(cut) // 2:
        cut = cut[:clause]
    return _DANGLING.sub("", cut) or value[:most]


def _error_path(loc: tuple[Any, ...], data: dict[str, Any]) -> str:
    """sections.1.fields.0.choices -> sections[1] (key 'observations').fields[0].choices"""
    parts: list[str] = []
    node: Any = data
    for p in loc:
        if isinstance(p, int):
            parts[-1] += f"[{p}]"
            try:
                node = node[p]
                label = node.get("key") or node.get("name") if isinstance(node, dict) else None
                if label:
                    parts[-1] += f" ({label!r})"
            except (IndexError, KeyError, TypeError):
                node = None
        else:
            parts.append(str(p))
            node = node.get(p) if isinstance(node, dict) else None
    return ".".join(parts)


def load_template(ref: str | Path | None = None) -> Template:
    """A template by name (``prompts/NAME.toml``) or path; None gives the default.

    Raises TemplateError naming the file and the field when it is broken.
    """
    ref = ref or DEFAULT_TEMPLATE
    path = Path(ref)
    if path.suffix != ".toml" and not path.exists():
        path = PROMPTS_DIR / f"{ref}.toml"
        if not path.is_file():
            raise TemplateError(f"no template named {ref!r} (known: {', '.join(list_templates())}); "
                                "or give a path to a .toml template file")
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as e:
        raise TemplateError(f"template file {path} does not exist") from e
    except (OSError, UnicodeDecodeError) as e:
        raise TemplateError(f"template file {path} cannot be read: {e}") from e
    except tomllib.TOMLDecodeError as e:
        raise TemplateError(f"template file {path} is not valid TOML: {e}") from e
    try:
        spec = TemplateSpec.model_validate(data)
    except ValidationError as e:
        first = e.errors()[0]
        where = _error_path(first["loc"], data) or "(top level)"
        more = f" (and {e.error_count() - 1} more)" if e.error_count() > 1 else ""
        raise TemplateError(f"template {path}: field {where}: {first['msg']}{more}") from e
    keys = [s.key for s in spec.sections]
    dup = next((k for k in keys if keys.count(k) > 1), None)
    if dup:
        raise TemplateError(f"template {path}: field sections: key {dup!r} is used twice")
    for s in spec.sections:
        known = {"text"} | {f.name for f in s.fields}
        names = {n for _, n, _, _ in string.Formatter().parse(s.render) if n}
        if names - known:
            raise TemplateError(f"template {path}: field sections ({s.key!r}).render: unknown placeholder "
                                f"{{{sorted(names - known)[0]}}} (known: {', '.join(sorted(known))})")
        if s.sentence:
            names = sentence_rule.placeholders(s.sentence)
            fields = {f.name for f in s.fields}
            if names - fields:
                raise TemplateError(f"template {path}: field sections ({s.key!r}).sentence: unknown placeholder "
                                    f"{{{sorted(names - fields)[0]}}} (the rule composes the sentence from the "
                                    f"fields: {', '.join(sorted(fields)) or 'none'})")
            if not any(f.asked for f in s.fields) and not s.select:
                raise TemplateError(f"template {path}: field sections ({s.key!r}).fields: the model fills no "
                                    "field and the section selects no moments, so it would have no items")
        for f in s.fields:
            if f.type == "assistance" and f.choices and not set(f.choices) & set(ASSIST_LEVELS):
                log_unknown = ", ".join(f.choices[:3])
                raise TemplateError(f"template {path}: field sections ({s.key!r}).fields ({f.name!r}).choices: "
                                    f"none of {log_unknown} ... is a level the rules know ({', '.join(ASSIST_LEVELS)}); "
                                    "rename within that list so the cited lines can set the level")
    return Template(spec, str(path))


def list_templates() -> list[str]:
    return sorted(p.stem for p in PROMPTS_DIR.glob("*.toml"))
