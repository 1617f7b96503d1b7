"""A plan of care from a TOML or JSON file (``scribe clients import FILE``), checked before anything is written.

The file lists clients and their goals::

    [[clients]]
    id = "C-0042"                  # the clinic's id (chart number); required
    name = "Noah B."               # a display name or initials
    therapists = ["ana"]           # service users who may see the client

    [[clients.goals]]
    text = "Fasten shirt buttons"  # required
    target = "5/5 buttons independently"
    start = 2026-09-29             # a TOML date, or "YYYY-MM-DD"
    status = "active"              # active | met | discontinued
    # id = "G3"                    # update this existing goal of the client instead of matching by text

or the same as JSON (``{"clients": [{"id": ..., "goals": [{...}]}]}``). A mistake is reported with the
file, the line and the field (``plan.toml, line 14, clients[0].goals[1].start: not a date ...``), and
nothing is written: the whole file is checked first, then applied in one transaction.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from .model import CLIENT_ID, GOAL_ID, NAME_MAX, TARGET_MAX, TEXT_MAX
from .store import ClientError


class GoalIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: str | None = Field(default=None, pattern=GOAL_ID.pattern)
    text: str = Field(min_length=1, max_length=TEXT_MAX)
    target: str = Field(default="", max_length=TARGET_MAX)
    start: dt.date | None = None
    status: Literal["active", "met", "discontinued"] = "active"

    @field_validator("text")
    @classmethod
    def _not_blank(cls, v: str) -> str:
        if not v.strip():
            raise ValueError("the goal's text is empty")
        return " ".join(v.split())


class ClientIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: str = Field(pattern=CLIENT_ID.pattern)
    name: str = Field(default="", max_length=NAME_MAX)
    therapists: list[str] = Field(default_factory=list, max_length=50)
    goals: list[GoalIn] = Field(default_factory=list, max_length=200)

    @field_validator("therapists")
    @classmethod
    def _names(cls, v: list[str]) -> list[str]:
        bad = [t for t in v if not t.strip() or len(t) > 64 or any(c.isspace() for c in t)]
        if bad:
            raise ValueError(f"a therapist is a user name of 1-64 characters without spaces, not {bad[0]!r}")
        return v


class PlanIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    clients: list[ClientIn] = Field(min_length=1, max_length=10_000)


@dataclass(frozen=True)
class Plan:
    """A checked plan of care file and where each of its entries is (for errors found while applying it)."""

    path: str
    clients: tuple[ClientIn, ...]
    lines: dict[tuple, int]

    def where(self, loc: tuple) -> str:
        return _where(self.path, loc, self.lines)


# ------------------------------------------------------------------ where each field is


def _toml_lines(text: str) -> dict[tuple, int]:
    """(path of a field) -> its 1-based line, for the [[clients]] / [[clients.goals]] layout."""
    out: dict[tuple, int] = {}
    ci, gi, table = -1, -1, ()
    for n, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        head = re.fullmatch(r"\[\[\s*([A-Za-z0-9_.\s\"]+?)\s*\]\]", line.split("#")[0].strip())
        if head:
            name = head.group(1).replace(" ", "").replace('"', "")
            if name == "clients":
                ci, gi = ci + 1, -1
                table = ("clients", ci)
            elif name == "clients.goals":
                gi += 1
                table = ("clients", ci, "goals", gi)
            else:
                table = (name,)
            out.setdefault(table, n)
            continue
        key = re.match(r"\s*([A-Za-z0-9_\-\"]+)\s*=", raw)
        if key:
            out.setdefault((*table, key.group(1).strip('"')), n)
    return out


_JSON_TOKEN = re.compile(r'"(?:[^"\\]|\\.)*"|[{}\[\]:,]|[^\s{}\[\]:,"]+')


def _json_lines(text: str) -> dict[tuple, int]:
    """(path of a value) -> its 1-based line, for any valid JSON document."""
    out: dict[tuple, int] = {}
    stack: list[list] = []  # [kind, the container's own path, index, expecting a key]
    path: tuple = ()  # the path of the container we are in
    line_at = [0]
    for i, ch in enumerate(text):
        if ch == "\n":
            line_at.append(i + 1)
    import bisect

    def line(pos: int) -> int:
        return bisect.bisect_right(line_at, pos)

    pending_key: str | None = None
    for m in _JSON_TOKEN.finditer(text):
        tok, pos = m.group(0), m.start()
        top = stack[-1] if stack else None
        if tok in "{[":
            here = path
            if top is not None:
                here = (*path, pending_key) if top[0] == "obj" else (*path, top[2])
                out.setdefault(here, line(pos))
            stack.append(["obj" if tok == "{" else "arr", here, 0, True])
            path = here
            pending_key = None
        elif tok in "}]":
            stack.pop()
            if stack:
                path = stack[-1][1]
        elif tok == ":":
            if top is not None:
                top[3] = False
        elif tok == ",":
            if top is not None:
                if top[0] == "arr":
                    top[2] += 1
                else:
                    top[3] = True
        else:  # a string, number or literal
            if top is not None and top[0] == "obj" and top[3]:
                pending_key = json.loads(tok) if tok.startswith('"') else tok
                out.setdefault((*path, pending_key), line(pos))
            elif top is not None:
                here = (*path, pending_key) if top[0] == "obj" else (*path, top[2])
                out.setdefault(here, line(pos))
    return out


def _where(path: str, loc: tuple, lines: dict[tuple, int]) -> str:
    field_name = ""
    for p in loc:
        field_name += f"[{p}]" if isinstance(p, int) else (f".{p}" if field_name else str(p))
    probe = tuple(loc)
    while probe and probe not in lines:
        probe = probe[:-1]
    line = lines.get(probe)
    return f"{path}" + (f", line {line}" if line else "") + (f", {field_name}" if field_name else "")


def _message(err: dict[str, Any]) -> str:
    kind, loc = err.get("type", ""), err.get("loc", ())
    last = loc[-1] if loc else ""
    if kind == "missing":
        return "missing (every client needs its id, every goal its text)" if last in ("id", "text") else "missing"
    if kind == "extra_forbidden":
        known = {"clients": "id, name, therapists, goals", "goals": "id, text, target, start, status"}
        owner = "goals" if "goals" in loc[:-1] else "clients" if "clients" in loc[:-1] else ""
        return f"unknown field (known: {known.get(owner, 'clients')})"
    if kind.startswith("date") or last == "start":
        return "not a date; write it as YYYY-MM-DD (for example 2026-09-29)"
    if kind == "literal_error":
        return "must be one of active, met, discontinued"
    if kind == "string_pattern_mismatch":
        if last == "id" and "goals" in loc:
            return "a goal id is G followed by its number (G3), as `scribe clients goals CLIENT` lists them"
        return "a client id is 1-64 letters, digits, '.', '_' or '-', starting with a letter or digit"
    if kind in ("string_type", "list_type", "model_type", "dict_type"):
        return err.get("msg", "wrong type").replace("Input should be", "should be")
    return err.get("msg", "invalid").replace("Value error, ", "")


def parse_plan(text: str, path: str = "plan", fmt: str | None = None) -> Plan:
    """The plan of care in ``text`` (TOML or JSON: by ``fmt``, else by the name's extension, else by its first
    character), checked; ClientError naming the file, line and field of the first mistake."""
    fmt = fmt or ("json" if path.lower().endswith(".json") else "toml" if path.lower().endswith(".toml")
                  else "json" if text.lstrip().startswith(("{", "[")) else "toml")
    try:
        if fmt == "json":
            data = json.loads(text)
            lines = _json_lines(text)
        else:
            data = tomllib.loads(text)
            lines = _toml_lines(text)
    except json.JSONDecodeError as e:
        raise ClientError(f"{path}, line {e.lineno}: not valid JSON ({e.msg})") from None
    except tomllib.TOMLDecodeError as e:
        raise ClientError(f"{path}: not valid TOML ({e})") from None
    if not isinstance(data, dict):
        raise ClientError(f"{path}, line 1: the plan is an object with a list of clients "
                          '({"clients": [...]}, or [[clients]] tables in TOML)')
    try:
        plan = PlanIn.model_validate(data)
    except ValidationError as e:
        # an unknown field first: a misspelt name is also why the right one is "missing"
        first = sorted(e.errors(), key=lambda x: x.get("type") != "extra_forbidden")[0]
        more = f" (and {e.error_count() - 1} more)" if e.error_count() > 1 else ""
        raise ClientError(f"{_where(path, tuple(first['loc']), lines)}: {_message(first)}{more}") from None
    seen: dict[str, int] = {}
    for i, c in enumerate(plan.clients):
        if c.id in seen:
            raise ClientError(f"{_where(path, ('clients', i, 'id'), lines)}: client {c.id!r} is listed twice "
                              f"(first as clients[{seen[c.id]}])")
        seen[c.id] = i
        ids = [g.id for g in c.goals if g.id]
        dup = next((g for g in ids if ids.count(g) > 1), None)
        if dup:
            k = max(j for j, g in enumerate(c.goals) if g.id == dup)
            raise ClientError(f"{_where(path, ('clients', i, 'goals', k, 'id'), lines)}: goal {dup!r} is listed "
                              "twice for this client")
    return Plan(path, tuple(plan.clients), lines)


def read_plan(path: Path) -> Plan:
    try:
        text = Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ClientError(f"{path} does not exist") from None
    except (OSError, UnicodeDecodeError) as e:
        raise ClientError(f"{path} cannot be read: {e}") from None
    return parse_plan(text, str(path))
