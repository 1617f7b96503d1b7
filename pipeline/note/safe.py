"""Text from a note, made safe for whatever renders an export next (a wiki, an EHR field, a browser).

A note's words come from a transcript, a language model and a clinician's edits: any of them can hold
``<script>``, ``<img onerror>`` or a ``javascript:`` link, on purpose or not. Every export escapes them
for its format, so nothing in a note can become markup or a live link, while the words still read as
written:

* ``markdown``: HTML's ``<`` and ``>`` become entities (and ``&`` where it would start one), and ``[``
  ``]`` and ``\\`` are backslash-escaped, so no raw HTML, link, image or reference can form; a
  ``javascript:``/``vbscript:``/``data:TYPE/`` scheme loses its colon (``&#58;``, shown as ``:``).
* ``plain``: a ``<`` that would open a tag becomes ``&lt;``; ``<`` before a space or a digit ("< 5")
  stays; the same schemes lose their colon. Plain text is pasted into EHR fields that may render HTML.
* ``json_text``: ``<``, ``>`` and ``&`` as ``\\u003c``, ``\\u003e``, ``\\u0026`` (the same data once
  parsed, but never sniffed as markup).
* ``html``: ``html.escape`` plus the schemes (for HTML narratives such as FHIR's).
"""

from __future__ import annotations

import html as _html
import json
import re
from typing import Any

# a scheme that runs or embeds something, ending in its colon (optionally spaced): the colon is replaced
_SCHEME = re.compile(r"(?i)\b(javascript|vbscript|livescript)(\s*):|\b(data)(\s*):(?=\s*[a-z0-9.+-]+/)")
_ENTITY = re.compile(r"&(?=#?[A-Za-z0-9]+;)")
_TAG_OPEN = re.compile(r"<(?=[A-Za-z/!?])")


def _schemes(text: str) -> str:
    return _SCHEME.sub(lambda m: (m.group(1) or m.group(3)) + (m.group(2) or m.group(4) or "") + "&#58;", text)


def markdown(text: Any) -> str:
    s = str(text).replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]")
    s = _ENTITY.sub("&amp;", s).replace("<", "&lt;").replace(">", "&gt;")
    return _schemes(s)


def plain(text: Any) -> str:
    return _schemes(_TAG_OPEN.sub("&lt;", str(text)))


def html(text: Any) -> str:
    return _schemes(_html.escape(str(text), quote=True))


def json_text(value: Any, **kw: Any) -> str:
    """``json.dumps`` with no raw ``<``, ``>`` or ``&`` (all of them are inside strings in JSON)."""
    out = json.dumps(value, **kw)
    return out.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
