"""Content is typed by what it is, never by its name (issue 25, failure 1: a stored XSS through the audio route).

A file that is a valid WAV and also an HTML or JavaScript document passes the audio check. The service
must serve it as audio (or as an attachment), with nosniff and a sandbox CSP, whatever its name, its
declared type or the type stored with an old row says.
"""

from __future__ import annotations

import io

import numpy as np
import pytest
import soundfile as sf
from service_helpers import make_ready_recording

from .helpers import CSRF, call, upload
from .polyglots import wav_html, wav_js

VETTED_INLINE = {"audio/wav", "audio/flac", "audio/ogg", "audio/mpeg", "audio/webm", "audio/mp4", "audio/aac"}


def directives(csp: str) -> dict[str, str]:
    out = {}
    for part in csp.split(";"):
        name, _, value = part.strip().partition(" ")
        if name:
            out[name.lower()] = value.strip()
    return out


def assert_safe_media(r, expect_type: str | None = None) -> str:
    """The answer's type is a vetted audio/video type or octet-stream, never sniffed, sandboxed; returned."""
    ctype = r.headers["content-type"].split(";")[0].strip().lower()
    assert ctype in VETTED_INLINE | {"video/mp4", "video/webm", "application/octet-stream"}, ctype
    if expect_type:
        assert ctype == expect_type
    assert r.headers["x-content-type-options"] == "nosniff"
    csp = directives(r.headers["content-security-policy"])
    assert "sandbox" in csp and "allow-scripts" not in csp["sandbox"], csp  # a rendered document runs nothing
    assert csp.get("default-src") == "'none'", csp
    disposition = r.headers.get("content-disposition", "")
    if ctype in VETTED_INLINE:
        assert disposition.startswith(("inline", "attachment")), disposition
        assert csp["sandbox"] in ("", "allow-same-origin"), csp  # a player in a tab may load its own file
    else:
        assert disposition.startswith("attachment"), (ctype, disposition)
        assert csp["sandbox"] == "", csp  # no script, no origin
    return ctype


@pytest.mark.parametrize("name, mime, make", [
    ("evil.html", "text/html", lambda: wav_html("<script>document.title='XSS'</script>")),
    ("evil.htm", "audio/wav", lambda: wav_html("<svg onload=alert(1)>", freq=600)),
    ("evil.js", "text/javascript", lambda: wav_js("document.title='XSS'")),
    ("evil.svg", "image/svg+xml", lambda: wav_html("<svg xmlns='http://www.w3.org/2000/svg'><script>1</script>",
                                                   freq=650)),
    ("evil.wav", "audio/wav", lambda: wav_js("alert(1)", freq=700)),
    ("evil", "application/octet-stream", lambda: wav_html("<script>1</script>", freq=750)),
], ids=["html", "htm", "js", "svg", "wav-named-js-inside", "no-extension"])
def test_a_polyglot_upload_is_served_as_audio_whatever_its_name(svc, name, mime, make):
    """WAV+HTML / WAV+JS named .html, .js, .svg ...: stored and served as audio/wav, sandboxed, not sniffed."""
    data = make()
    r = upload(svc, data, name=name, mime=mime)
    assert r.status_code == 201, r.text
    rid = r.json()["id"]
    row = svc.store.recording(rid)
    assert row["mime"] == "audio/wav"  # from the decoder's probe: a WAV container
    assert row["upload"].endswith(".wav")  # the stored copy is named by its content too
    a = call(svc, "GET", f"/api/recordings/{rid}/audio")
    assert a.status_code == 200 and a.content == data
    assert assert_safe_media(a, "audio/wav") == "audio/wav"


def test_a_recording_no_browser_should_render_is_sent_as_an_attachment(svc):
    """An AIFF file (the decoder reads it; browsers are not asked to) is application/octet-stream, attachment."""
    t = np.arange(8000) / 8000
    buf = io.BytesIO()
    sf.write(buf, (0.3 * np.sin(2 * np.pi * 330 * t)).astype(np.float32), 8000, format="AIFF")
    r = upload(svc, buf.getvalue(), name="session.aiff", mime="audio/aiff")
    assert r.status_code == 201, r.text
    a = call(svc, "GET", f"/api/recordings/{r.json()['id']}/audio")
    assert assert_safe_media(a, "application/octet-stream") == "application/octet-stream"


@pytest.mark.parametrize("stored", ["text/html", "text/javascript", "image/svg+xml", "application/xhtml+xml",
                                    "text/html; charset=utf-8", "audio/wav, text/html", "", None])
def test_old_rows_with_a_name_derived_type_are_served_safely(svc, stored):
    """A row stored before the fix (the type guessed from the file's name) is never served as that type."""
    rid = make_ready_recording(svc.store, "ana")
    svc.store.update(rid, mime=stored)
    a = call(svc, "GET", f"/api/recordings/{rid}/audio")
    assert a.status_code == 200
    ctype = assert_safe_media(a)
    assert ctype in ("application/octet-stream", "audio/flac")


def test_a_live_recording_is_typed_by_its_content_not_its_declared_type(svc):
    """POST /live says mime text/html; the chunks are a WAV+HTML polyglot: served as audio/wav."""
    r = call(svc, "POST", "/api/recordings/live", json={"title": "Live", "consent": True, "mime": "text/html"})
    assert r.status_code == 201
    rid = r.json()["id"]
    data = wav_html("<script>document.title='XSS'</script>", freq=800)
    octet = {"Content-Type": "application/octet-stream"}
    half = len(data) // 2
    for n, part in enumerate((data[:half], data[half:])):
        assert call(svc, "PUT", f"/api/recordings/{rid}/chunks/{n}", content=part, headers=octet).status_code == 204
    fin = call(svc, "POST", f"/api/recordings/{rid}/finish")
    assert fin.status_code == 200 and fin.json()["status"] == "queued", fin.text
    assert svc.store.recording(rid)["mime"] == "audio/wav"
    a = call(svc, "GET", f"/api/recordings/{rid}/audio")
    assert a.content == data and assert_safe_media(a, "audio/wav")


def test_every_file_the_service_serves_is_sandboxed_and_not_sniffed(svc):
    """Audio and every export: nosniff, a sandbox CSP, and exports as attachments."""
    rid = make_ready_recording(svc.store, "ana")
    assert_safe_media(call(svc, "GET", f"/api/recordings/{rid}/audio"), "audio/flac")
    note = call(svc, "GET", f"/api/recordings/{rid}/note").json()
    sections = [{"key": s["key"], "items": [{"id": i["id"], "text": i["text"], "evidence": i["evidence"],
                                             "fields": i["fields"], "confirmed": True} for i in s["items"]]}
                for s in note["sections"]]
    r = call(svc, "PUT", f"/api/recordings/{rid}/note", json={"base_version": 1, "sections": sections})
    assert r.status_code == 200, r.text
    assert call(svc, "POST", f"/api/recordings/{rid}/approve", json={"version": 2}).status_code == 200
    for fmt in ("md", "txt", "json"):
        r = call(svc, "GET", f"/api/recordings/{rid}/export", params={"format": fmt})
        assert r.status_code == 200
        assert r.headers["x-content-type-options"] == "nosniff"
        csp = directives(r.headers["content-security-policy"])
        assert "sandbox" in csp and csp.get("default-src") == "'none'", (fmt, csp)
        assert r.headers["content-disposition"].startswith("attachment"), fmt
    # the JSON answers of the API too: nothing there is meant to render as a document
    for path in (f"/api/recordings/{rid}", f"/api/recordings/{rid}/transcript", "/api/me"):
        csp = directives(call(svc, "GET", path).headers["content-security-policy"])
        assert "sandbox" in csp and csp.get("default-src") == "'none'", (path, csp)
    # while the pages keep theirs (scripts from the service's own origin)
    svc.client.cookies.clear()
    assert svc.client.post("/api/session", json={"token": svc.tokens["ana"]}).status_code == 204
    page = svc.client.get(f"/recordings/{rid}", headers=CSRF)
    assert "sandbox" not in directives(page.headers["content-security-policy"])
    svc.client.cookies.clear()
