"""A template's render rule: compose an item's sentence from its fields, deterministically.

The rule is a string of text, ``{field}`` placeholders and optional groups in
square brackets::

    "{activity}[: {measure}][ ({assistance})][, {comparison}]."

A group is left out when one of its fields is empty (or says "not said" /
"none"), or when every number it would add is already in the sentence (so a
measure the model's own words already hold is not said twice). A value that is
itself a difference ("3 more than last week", "10 sec quicker than in October")
drops the rule's "compared with" before it ("7 bites, 3 more than last week",
not "compared with 3 more than last week"), and a value that starts with the
label the rule puts before it ("Home program: {instruction}") does not say it
twice. The result starts with a capital
letter and ends with one full stop. Groups do not nest.
"""

from __future__ import annotations

import re
import string
from collections.abc import Mapping
from dataclasses import dataclass

EMPTY = {"", "not said", "none", "n/a", "na", "unknown", "-"}
_NUMBER = re.compile(r"\d+(?:[.:/]\d+)*")
_DIFFERENCE = re.compile(r"^\d+(?:\.\d+)? (?:[a-z]+ )?(?:more|fewer|less|longer|shorter|quicker|faster|slower|further|"
                         r"higher|lower) than\b", re.I)
_COMPARED = r"\b(?:compared (?:with|to)|versus|vs\.?)\s+"


class RuleError(ValueError):
    """A render rule that cannot be used (the message says what is wrong)."""


@dataclass(frozen=True)
class Part:
    text: str  # a format string with plain {name} placeholders
    optional: bool
    names: tuple[str, ...]


def parse(rule: str) -> tuple[Part, ...]:
    """The rule's parts; raises RuleError for unbalanced or nested brackets and bad placeholders."""
    parts: list[Part] = []
    buf, optional = "", False
    for ch in rule:
        if ch == "[":
            if optional:
                raise RuleError("optional groups [ ] cannot be nested")
            if buf:
                parts.append(_part(buf, False))
            buf, optional = "", True
        elif ch == "]":
            if not optional:
                raise RuleError("']' without its '['")
            parts.append(_part(buf, True))
            buf, optional = "", False
        else:
            buf += ch
    if optional:
        raise RuleError("'[' without its ']'")
    if buf:
        parts.append(_part(buf, False))
    if not any(p.names for p in parts):
        raise RuleError("the rule names no field: it would give every item the same sentence")
    return tuple(parts)


def _part(text: str, optional: bool) -> Part:
    try:
        parsed = list(string.Formatter().parse(text))
    except ValueError as e:
        raise RuleError(f"not a valid format string: {e}") from e
    names = []
    for _lit, name, spec, conv in parsed:
        if name is None:
            continue
        if not name.isidentifier() or spec or conv:
            raise RuleError("placeholders must be plain names like {activity}")
        names.append(name)
    if optional and not names:
        raise RuleError(f"the optional group [{text}] names no field")
    return Part(text, optional, tuple(names))


def placeholders(rule: str) -> set[str]:
    return {n for p in parse(rule) for n in p.names}


def is_empty(value: str | None) -> bool:
    return value is None or value.strip().lower() in EMPTY


def render(rule: str | tuple[Part, ...], values: Mapping[str, str]) -> str:
    """The sentence; "" when a required part's field is empty (the item then has no sentence)."""
    parts = parse(rule) if isinstance(rule, str) else rule
    out = ""
    for p in parts:
        vals = {n: " ".join(str(values.get(n) or "").split()).strip().rstrip(".;,!") for n in p.names}
        if any(is_empty(v) for v in vals.values()):
            if p.optional:
                continue
            return ""
        text = p.text
        lead = text.split("{", 1)[0].strip()
        if lead.endswith(":") and p.names and len(lead) > 1:
            # "Home program: home programme: the plank every evening": the rule's label is not said again
            label = re.escape(lead[:-1].lower()).replace("program", "programm?e?")
            vals[p.names[0]] = re.sub(rf"^{label}\s*[:,-]\s*", "", vals[p.names[0]], flags=re.I)
        for n, v in vals.items():
            if _DIFFERENCE.match(v):  # "compared with 3 more than last week" says the comparison twice
                text = re.sub(_COMPARED + r"(?=\{" + re.escape(n) + r"\})", "", text)
        piece = text.format(**vals)
        if p.optional:
            from .grounding import numbers

            added = numbers(piece)
            if added and added <= numbers(out) and not (set(re.findall(r"[a-z]{3,}", piece.lower()))
                                                        - set(re.findall(r"[a-z]{3,}", out.lower()))
                                                        - _UNIT_WORDS):
                continue
            said = [v.lower() for v in vals.values() if v]
            if said and all(len(v) > 6 and v in out.lower() for v in said):
                continue  # "dinner takes almost an hour (almost an hour)": said already, in words
        out += piece
    out = " ".join(out.split()).strip()
    out = re.sub(r"\s+([,.;:)])", r"\1", out)
    out = re.sub(r"([.;:,])\1+", r"\1", out).rstrip(" ,;:")
    if not out:
        return ""
    out = out[0].upper() + out[1:]
    if not out.endswith((".", "!", "?")):
        out += "."
    return out


_UNIT_WORDS = {"min", "minutes", "seconds", "sec", "hours", "days", "weeks", "times", "with", "the", "and", "nights",
               "week", "day", "night", "month", "months"}
