"""Exports that cannot carry markup (issue 25, failure 9).

A note item, a speaker name or a field holding ``<script>``, ``<img onerror>``, a ``javascript:`` or
``data:`` link: the Markdown export (rendered here by a CommonMark renderer with raw HTML allowed, as a
wiki or an EHR's Markdown field would), the text export and the JSON export carry none of it as markup,
while the clinician's words stay readable.
"""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser

from markdown_it import MarkdownIt
from service_helpers import make_ready_recording

from pipeline.note import load_template
from pipeline.note.render import note_markdown
from pipeline.schema import Note, NoteItem, NoteSection, Segment, Transcript

from .helpers import call

EVIL = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(2)>",
    "[click here](javascript:alert(3))",
    "[pic](data:text/html;base64,PHNjcmlwdD5hbGVydCg0KTwvc2NyaXB0Pg==)",
    "<a href='JaVaScRiPt:alert(5)'>x</a>",
    "![x](javascript:alert(6))",
    "<javascript:alert(7)>",
    "[ref]\n\n[ref]: javascript:alert(8)",
    "&lt;script&gt;alert(9)&lt;/script&gt;",
    "\\[esc](javascript:alert(10))",
]
PLAIN = "Scored < 5 of 10 and > 3 on the scale; goals & plan kept (data: 4 trials)."


def _render(md: str) -> str:
    return MarkdownIt("commonmark", {"html": True}).render(md)


class _Elements(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, list]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, attrs))


def _assert_inert_html(html: str) -> None:
    """Only the renderer's own structure: headings, paragraphs, lists, emphasis; no element from the note."""
    parser = _Elements()
    parser.feed(html)
    assert {t for t, _ in parser.tags} <= {"h1", "h2", "p", "em", "strong", "ul", "li", "br"}, parser.tags
    assert all(not attrs for _, attrs in parser.tags), parser.tags  # no href, src, on...= anywhere


def _approved(svc, texts: list[str]) -> str:
    rid = make_ready_recording(svc.store, "ana")
    r = call(svc, "PUT", f"/api/recordings/{rid}/speakers",
             json={"speakers": [{"id": "SPEAKER_00", "name": "<b onmouseover=alert(11)>Lee</b>"}]})
    assert r.status_code == 200
    note = call(svc, "GET", f"/api/recordings/{rid}/note").json()
    evidence = note["sections"][0]["items"][0]["evidence"]
    items = [{"text": t, "evidence": evidence, "fields": {"goal": "<i>x</i> javascript:alert(12)"}} for t in texts]
    sections = [{"key": note["sections"][0]["key"], "items": items}] + [
        {"key": s["key"], "items": []} for s in note["sections"][1:]]
    r = call(svc, "PUT", f"/api/recordings/{rid}/note", json={"base_version": 1, "sections": sections})
    assert r.status_code == 200, r.text
    assert call(svc, "POST", f"/api/recordings/{rid}/approve", json={"version": 2}).status_code == 200
    return rid


def test_the_markdown_export_renders_no_markup_and_no_script_link(svc):
    rid = _approved(svc, [*EVIL, PLAIN])
    md = call(svc, "GET", f"/api/recordings/{rid}/export", params={"format": "md"}).text
    assert not re.search(r"(?i)javascript\s*:", md) and "](data:" not in md
    html = _render(md)
    _assert_inert_html(html)
    # the words are still there for the reader
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "Scored &lt; 5 of 10 and &gt; 3 on the scale; goals &amp; plan kept (data: 4 trials)." in html


def test_the_text_export_carries_no_tag_and_no_script_link(svc):
    rid = _approved(svc, [*EVIL, PLAIN])
    txt = call(svc, "GET", f"/api/recordings/{rid}/export", params={"format": "txt"}).text
    assert not re.search(r"<[a-zA-Z/!?]", txt), txt
    assert not re.search(r"(?i)(javascript|vbscript)\s*:|data\s*:\s*text/", txt), txt
    assert PLAIN in txt  # a "<" that opens no tag, and ordinary words, are left as written


def test_the_json_export_keeps_the_text_and_no_raw_angle_bracket(svc):
    rid = _approved(svc, [*EVIL, PLAIN])
    r = call(svc, "GET", f"/api/recordings/{rid}/export", params={"format": "json"})
    assert "<" not in r.text and ">" not in r.text  # escaped as \u003c / \u003e: never sniffed as markup
    texts = [i["text"] for s in json.loads(r.text)["sections"] for i in s["items"]]
    assert texts == [*EVIL, PLAIN]  # the data itself is unchanged


def test_the_cli_note_markdown_is_escaped_too():
    """note.md written by scribe batch / scribe note goes through the same renderer."""
    seg = Segment("seg-0001", 0.0, 1.0, "hello", "SPEAKER_00")
    transcript = Transcript((seg,), "en", duration=1.0,
                            speakers=({"id": "SPEAKER_00", "label": "<script>x</script>", "name": "[a](javascript:1)"},))
    note = Note("ot-progress", "<img src=x onerror=alert(1)>", tuple(
        NoteSection(key, title, (NoteItem(EVIL[i % len(EVIL)], ("seg-0001",), (("goal", EVIL[2]),)),))
        for i, (key, title) in enumerate([("goals", "Goals <svg onload=alert(1)>"), ("plan", "Plan")])),
        session={"speakers": list(transcript.speakers)}, warnings=(EVIL[0],))
    md = note_markdown(note, transcript, load_template("ot-progress"))
    assert not re.search(r"(?i)javascript\s*:", md)
    _assert_inert_html(_render(md))
