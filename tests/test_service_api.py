"""The clinic web service's API: who may call what, the review workflow, and the OpenAPI contract.

No model runs here: recordings are made READY by ``service_helpers.make_ready_recording`` (audio,
transcript.json and an AI draft written the way the worker writes them).
"""

from __future__ import annotations

import copy
import hashlib
import json
import re
import sqlite3
import tempfile
import time
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
import schemathesis
from fastapi.routing import APIRoute
from fastapi.testclient import TestClient
from hypothesis import strategies as st
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import content_type_conformance, response_schema_conformance
from service_helpers import (
    LINES,
    SEGMENT_IDS,
    Service,
    call,
    make_ready_recording,
    make_service,
    sine_flac,
    webm_opus,
)
from starlette.routing import Mount

MISSING_RID = "r-0000000000000000"  # a well-formed id no recording has
PUBLIC = {("GET", "/api/health"), ("POST", "/api/session"), ("DELETE", "/api/session")}
ADMIN_ONLY = {("GET", "/api/audit")}
PAGES = {"/", "/login", "/recordings/{rid}", "/favicon.ico", "/clients", "/clients/{cid}"}  # page shells, no data
CID, MISSING_CID, GID = "C-ANA", "C-MISSING", "G1"  # ana's client (with goal G1), a client id nobody has
CSRF = {"X-Requested-With": "scribe"}

ORIGINAL = "Fastened three buttons independently with one verbal reminder."
EDITED = "Fastened three coat buttons with one verbal reminder."
UNSUPPORTED = "Tolerated the swing for five minutes."
DELETED = "Practise the zip at home this week."
ADDED = "Send home a zip practice sheet."


# ------------------------------------------------------------------ helpers


@pytest.fixture
def svc(tmp_path: Path):
    s = make_service(tmp_path)
    yield s
    s.client.close()
    s.store.close()


@pytest.fixture
def rid(svc: Service) -> str:
    """ana's READY recording with the AI draft (version 1; item i2 unsupported), of her client C-ANA (goal G1)."""
    rid = make_ready_recording(svc.store, "ana")
    clients = svc.app.state.clients.store
    clients.add_client(CID, "A. N.", ["ana"])
    clients.add_goal(CID, "Fasten coat buttons", "5/5 buttons independently")
    clients.link(rid, CID)
    return rid


def upload(svc: Service, data: bytes, user: str = "ana", *, consent: str | None = "true",
           name: str = "visit.flac", mime: str = "audio/flac"):
    form = {"title": "Visit"} | ({"consent": consent} if consent is not None else {})
    return call(svc, "POST", "/api/recordings", user, files={"file": (name, data, mime)}, data=form)


def editable(note: dict) -> list[dict]:
    """A Note object as the body of PUT .../note (every item kept as it is)."""
    return [{"key": s["key"], "items": [{k: i[k] for k in ("id", "text", "evidence", "fields", "confirmed")}
                                        for i in s["items"]]} for s in note["sections"]]


def put_note(svc: Service, rid: str, base: int, sections: list[dict], user: str = "ana"):
    body = {"base_version": base, "sections": sections}
    return call(svc, "PUT", f"/api/recordings/{rid}/note", user, json=body)


def versions(svc: Service, rid: str) -> list[tuple[int, str, str]]:
    r = call(svc, "GET", f"/api/recordings/{rid}/note/versions")
    assert r.status_code == 200, r.text
    return [(v["version"], v["kind"], v["author"]) for v in r.json()]


def audit_rows(svc: Service) -> list[dict]:
    r = call(svc, "GET", "/api/audit", "root", params={"limit": 10_000})
    assert r.status_code == 200, r.text
    return r.json()


def leftovers(svc: Service) -> set[str]:
    """Files in uploads/ that no recording points at (so the retention rule could never delete them)."""
    referenced = {r["upload"] for r in svc.store.query("SELECT upload FROM recordings") if r["upload"]}
    return {p.name for p in svc.store.uploads.iterdir()} - referenced


def cookie_attributes(set_cookie: str) -> dict[str, str]:
    parts = [p.strip() for p in set_cookie.split(";")]
    return {p.split("=", 1)[0].lower(): (p.split("=", 1)[1] if "=" in p else "") for p in parts[1:]}


# ----------------------------------------------------- a request for every route

UPLOAD_BYTES = sine_flac(freq=523.0)
# a plausible, valid request for every route that takes input
BODIES: dict[tuple[str, str], dict[str, Any]] = {
    ("POST", "/api/session"): {"json": {"token": "<ana>"}},
    ("POST", "/api/recordings"): {"files": {"file": ("visit.flac", UPLOAD_BYTES, "audio/flac")},
                                  "data": {"title": "Visit", "consent": "true"}},
    ("POST", "/api/recordings/live"): {
        "json": {"title": "Live", "consent": True, "mime": "audio/webm;codecs=opus"}},
    ("PUT", "/api/recordings/{rid}/chunks/{n}"): {"content": b"\x1aE\xdf\xa3 a chunk",
                                                  "headers": {"Content-Type": "application/octet-stream"}},
    ("PUT", "/api/recordings/{rid}/speakers"): {
        "json": {"speakers": [{"id": "SPEAKER_00", "name": "Ms Lee", "role": "therapist"}]}},
    ("PUT", "/api/recordings/{rid}/note"): {"json": {"base_version": 1, "sections": []}},
    ("POST", "/api/recordings/{rid}/approve"): {"json": {"version": 1}},
    ("GET", "/api/recordings/{rid}/export"): {"params": {"format": "md"}},
    ("GET", "/api/audit"): {"params": {"limit": 50}},
    ("POST", "/api/clients"): {"json": {"id": "C-NEW", "name": "N. N."}},
    ("PUT", "/api/clients/{cid}"): {"json": {"name": "A. N."}},
    ("POST", "/api/clients/{cid}/goals"): {"json": {"text": "Zip a jacket", "target": "4/5 trials"}},
    ("PUT", "/api/clients/{cid}/goals/{gid}"): {"json": {"status": "active"}},
    ("PUT", "/api/recordings/{rid}/client"): {"json": {"client": CID}},
    ("POST", "/api/recordings/{rid}/goals/accept"): {"json": {"base_version": 1, "item": "i1", "text": "Zip a coat"}},
}


def operations(svc: Service) -> list[tuple[str, str, dict]]:
    """(METHOD, path template, OpenAPI operation) of every route in the app's spec."""
    paths = svc.app.openapi()["paths"]
    return sorted((m.upper(), path, op) for path, ops in paths.items() for m, op in ops.items())


def request_for(svc: Service, method: str, path: str, op: dict, rid: str,
                cid: str = CID) -> tuple[str, dict[str, Any]]:
    """The URL and request arguments for one route ({rid}: ``rid``, {n}: 0, {version}: 1, {cid}: ``cid``,
    {gid}: G1)."""
    if "requestBody" in op or any(p["in"] == "query" and p.get("required") for p in op.get("parameters", [])):
        assert (method, path) in BODIES, f"{method} {path} is new: add a plausible request for it to BODIES"
    kw = copy.deepcopy(BODIES.get((method, path), {}))
    if kw.get("json", {}).get("token") == "<ana>":
        kw["json"]["token"] = svc.tokens["ana"]
    try:
        url = path.format(rid=rid, n=0, version=1, cid=cid, gid=GID)
    except KeyError as e:
        pytest.fail(f"{method} {path}: a new path parameter {e}; say what to fill it with")
    return url, kw


# ------------------------------------------------------------ access control


def test_anonymous_requests_are_refused_on_every_route_but_the_public_ones(svc, rid):
    """Nobody (no credentials, or a made-up Bearer token) gets 401 everywhere but health and sign-in/out.
    After 10 made-up tokens from one address, that address gets 429 (throttled sign-ins) instead."""
    ops = operations(svc)
    assert PUBLIC <= {(m, p) for m, p, _ in ops}
    guesser = TestClient(svc.app, client=("192.0.2.1", 50000))  # made-up tokens come from their own address
    for headers in ({}, {"Authorization": "Bearer not-a-token"}):
        for method, path, op in ops:
            url, kw = request_for(svc, method, path, op, rid)
            if headers:
                guesser.cookies.clear()
                r = guesser.request(method, url, headers={**kw.pop("headers", {}), **headers}, **kw)
            else:
                r = call(svc, method, url, None, headers=kw.pop("headers", {}), **kw)
            throttled = (429,) if headers else ()
            if (method, path) in PUBLIC:
                assert r.status_code in (200, 204, *throttled), f"{method} {path}: {r.status_code} {r.text}"
            else:
                assert r.status_code in (401, *throttled), f"{method} {path}: {r.status_code} {r.text}"
                assert isinstance(r.json()["detail"], str)
    assert versions(svc, rid) == [(1, "draft", "scribe")]


def test_another_therapist_cannot_tell_a_recording_exists(svc, rid):
    """ben gets for ana's recording (and client) what a missing id gets (404) on every route; 403 for the
    audit log."""
    ops = operations(svc)
    rid_routes = [(m, p) for m, p, _ in ops if p.startswith("/api/recordings/{rid}")]
    cid_routes = [(m, p) for m, p, _ in ops if p.startswith("/api/clients/{cid}")]
    assert len(rid_routes) >= 10 and len(cid_routes) >= 6  # the enumeration found the recording and client routes
    for method, path, op in ops:
        url, kw = request_for(svc, method, path, op, rid)
        r = call(svc, method, url, "ben", **kw)
        if (method, path) in rid_routes + cid_routes:
            missing_url, missing_kw = request_for(svc, method, path, op, MISSING_RID, MISSING_CID)
            missing = call(svc, method, missing_url, "ben", **missing_kw)
            assert r.status_code == 404, f"{method} {path}: {r.status_code} {r.text}"
            assert r.json() == missing.json(), f"{method} {path}: differs from a missing recording"
        elif (method, path) in ADMIN_ONLY:
            assert r.status_code == 403, f"{method} {path}: {r.status_code}"
        else:
            assert r.status_code not in (401, 403, 404) and r.status_code < 500, f"{method} {path}"
    listed = call(svc, "GET", "/api/recordings", "ben").json()
    assert rid not in {x["id"] for x in listed}
    assert listed and {x["owner"] for x in listed} == {"ben"}  # ben's own upload and live recording
    # nothing of ana's changed, and the attempts are in the audit log
    assert versions(svc, rid) == [(1, "draft", "scribe")]
    assert call(svc, "GET", f"/api/recordings/{rid}/transcript").json()["speakers"][0]["name"] is None
    assert not (svc.store.uploads / f"{rid}.parts").exists()
    denied = [a for a in audit_rows(svc) if a["user"] == "ben" and a["action"] == "denied"]
    on_recording = [a for a in denied if a["object"] == "recording"]
    assert len(on_recording) == len(rid_routes) and {a["object_id"] for a in on_recording} == {rid}
    on_client = [a for a in denied if a["object"] == "client"]
    assert len(on_client) == len(cid_routes) and {a["object_id"] for a in on_client} == {CID}
    assert call(svc, "GET", f"/api/clients/{CID}").json()["name"] == "A. N."  # unchanged


def test_the_owner_is_never_refused(svc, rid):
    """ana never gets 401/403/404 (nor 5xx, nor an undocumented status) on any route of her recording."""
    for method, path, op in operations(svc):
        url, kw = request_for(svc, method, path, op, rid)
        r = call(svc, method, url, "ana", **kw)
        if (method, path) in ADMIN_ONLY:
            assert r.status_code == 403, f"{method} {path}: {r.status_code}"
            url, kw = request_for(svc, method, path, op, rid)
            r = call(svc, method, url, "root", **kw)
        assert r.status_code not in (401, 403, 404) and r.status_code < 500, f"{method} {path}: {r.text}"
        assert str(r.status_code) in op["responses"], f"{method} {path}: {r.status_code} is not in the spec"


def test_admin_sees_every_recording(svc, rid):
    """The admin lists and opens ana's recording."""
    make_ready_recording(svc.store, "ben", title="Ben's session")
    listed = {x["id"]: x["owner"] for x in call(svc, "GET", "/api/recordings", "root").json()}
    assert listed[rid] == "ana" and "ben" in listed.values()
    assert call(svc, "GET", f"/api/recordings/{rid}", "root").json()["owner"] == "ana"
    assert rid in {x["id"] for x in call(svc, "GET", "/api/recordings", "ana").json()}


def test_every_route_outside_the_spec_is_a_page(svc):
    """No API route hides from the spec (so from the access checks above): only page shells and /static."""
    hidden = {r.path for r in svc.app.routes if isinstance(r, APIRoute) and not r.include_in_schema}
    assert hidden == PAGES
    others = [r for r in svc.app.routes if not isinstance(r, APIRoute)]
    assert all((isinstance(r, Mount) and r.path == "/static") or r.path == "/openapi.json" for r in others), \
        [getattr(r, "path", r) for r in others]


def test_pages_send_a_signed_out_visitor_to_login(svc, rid):
    """/ and /recordings/{id} redirect to /login without a session; with one they serve the page shell."""
    for path in ("/", f"/recordings/{rid}"):
        r = call(svc, "GET", path, None, follow_redirects=False)
        assert r.status_code == 303 and r.headers["location"] == f"/login?next={path}"
    assert call(svc, "GET", "/login", None).status_code == 200
    assert svc.client.post("/api/session", json={"token": svc.tokens["ana"]}).status_code == 204
    r = svc.client.get("/", follow_redirects=False)
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")


def test_a_wrong_token_does_not_sign_in(svc):
    """POST /api/session with a wrong token: 401 with a message, no cookie, a failed sign-in audited."""
    r = svc.client.post("/api/session", json={"token": "not-the-token"})
    assert r.status_code == 401 and isinstance(r.json()["detail"], str)
    assert "set-cookie" not in r.headers
    assert any(a["action"] == "sign-in failed" for a in audit_rows(svc))


def test_session_cookie_is_httponly_strict_and_secure_over_https(svc):
    """The session cookie is HttpOnly, SameSite=Strict, Path=/; Secure when the request came over https."""
    r = svc.client.post("/api/session", json={"token": svc.tokens["ana"]})
    assert r.status_code == 204
    name, _, _ = r.headers["set-cookie"].partition("=")
    attrs = cookie_attributes(r.headers["set-cookie"])
    assert name == "scribe_session"
    assert "httponly" in attrs and attrs["samesite"].lower() == "strict" and attrs["path"] == "/"
    assert "secure" not in attrs
    with TestClient(svc.app, base_url="https://testserver") as tls:
        r = tls.post("/api/session", json={"token": svc.tokens["ana"]})
        attrs = cookie_attributes(r.headers["set-cookie"])
        assert "secure" in attrs and "httponly" in attrs and attrs["samesite"].lower() == "strict"
        assert tls.get("/api/me").json() == {"name": "ana", "role": "therapist"}


def test_cookie_requests_that_change_state_need_the_csrf_header(svc, rid):
    """By cookie: GET works as is; PUT/POST/DELETE without X-Requested-With get 403 and change nothing."""
    c = svc.client
    assert c.post("/api/session", json={"token": svc.tokens["ana"]}).status_code == 204
    assert c.get("/api/me").json() == {"name": "ana", "role": "therapist"}
    body = {"speakers": [{"id": "SPEAKER_00", "name": "Ms Lee"}]}
    r = c.put(f"/api/recordings/{rid}/speakers", json=body)
    assert r.status_code == 403 and "X-Requested-With" in r.json()["detail"]
    r = c.post("/api/recordings/live", json={"title": "x", "consent": True})
    assert r.status_code == 403
    assert [x["id"] for x in c.get("/api/recordings").json()] == [rid]
    assert c.get(f"/api/recordings/{rid}/transcript").json()["speakers"][0]["name"] is None
    assert c.delete("/api/session").status_code == 403
    # with the header the same requests go through
    r = c.put(f"/api/recordings/{rid}/speakers", json=body, headers=CSRF)
    assert r.status_code == 200 and r.json()["speakers"][0]["name"] == "Ms Lee"
    r = c.post("/api/recordings/live", json={"title": "x", "consent": True}, headers=CSRF)
    assert r.status_code == 201
    sid = c.cookies["scribe_session"]
    assert c.delete("/api/session", headers=CSRF).status_code == 204
    assert c.get("/api/me").status_code == 401
    c.cookies.set("scribe_session", sid)  # the old cookie, replayed: the session is closed on the server
    assert c.get("/api/me").status_code == 401


def test_disabled_users_rotated_tokens_and_expired_sessions_stop_working(svc):
    """Disabling a user, a new token, or a session past its expiry: the old credentials get 401."""
    c = svc.client
    assert c.post("/api/session", json={"token": svc.tokens["ana"]}).status_code == 204
    svc.store.query("UPDATE sessions SET expires = ?", (time.time() - 1,))
    assert c.get("/api/me").status_code == 401
    new = svc.store.new_token("ana")
    assert call(svc, "GET", "/api/me").status_code == 401  # the old token
    assert call(svc, "GET", "/api/me", headers={"Authorization": f"Bearer {new}"}).status_code == 200
    assert call(svc, "GET", "/api/me", "ben").status_code == 200
    assert c.post("/api/session", json={"token": svc.tokens["ben"]}).status_code == 204
    svc.store.set_disabled("ben", True)
    assert c.get("/api/me").status_code == 401 and call(svc, "GET", "/api/me", "ben").status_code == 401
    assert c.post("/api/session", json={"token": svc.tokens["ben"]}).status_code == 401


def test_answers_are_not_cached_and_carry_the_security_headers(svc, rid):
    """Recording data is sent with Cache-Control: no-store, a sandbox CSP (nothing there is a page to
    render), nosniff and frame denial."""
    for what in ("transcript", "audio", "note"):
        path = f"/api/recordings/{rid}/{what}"
        h = call(svc, "GET", path).headers
        assert h["cache-control"] == "no-store", path
        csp = h["content-security-policy"]
        assert csp.startswith("sandbox") and "allow-scripts" not in csp and "default-src 'none'" in csp, path
        assert h["x-content-type-options"] == "nosniff" and h["x-frame-options"] == "DENY"


def test_out_of_range_numbers_are_not_server_errors(svc, rid):
    """Numbers past SQLite's 64-bit range in the path, query or body are refused (4xx), never a 500."""
    huge = 2**63
    with TestClient(svc.app, raise_server_exceptions=False) as c:
        c.headers.update(svc.auth("ana"))
        answers = {
            "version": c.get(f"/api/recordings/{rid}/note/versions/{huge}"),
            "chunk": c.put(f"/api/recordings/{rid}/chunks/{huge}", content=b"x"),
            "limit": c.get("/api/audit", params={"limit": huge}, headers=svc.auth("root")),
            "base_version": c.put(f"/api/recordings/{rid}/note", json={"base_version": huge, "sections": []}),
            "approve": c.post(f"/api/recordings/{rid}/approve", json={"version": huge}),
        }
    assert {k: r.status_code for k, r in answers.items() if not 400 <= r.status_code < 500} == {}


# ------------------------------------------------------------------- uploads


def test_upload_queues_a_recording(svc):
    """An upload with consent: 201, queued, with its duration and size; the audio is stored under its id."""
    r = upload(svc, UPLOAD_BYTES)
    assert r.status_code == 201, r.text
    rec = r.json()
    assert rec["status"] == "queued" and rec["owner"] == "ana" and rec["title"] == "Visit"
    assert rec["size"] == len(UPLOAD_BYTES) and rec["duration"] == pytest.approx(2.0, abs=0.05)
    assert rec["note_status"] == "none" and rec["audio"] == "present"
    row = svc.store.recording(rec["id"])
    assert (svc.store.uploads / row["upload"]).read_bytes() == UPLOAD_BYTES
    assert row["sha256"] == hashlib.sha256(UPLOAD_BYTES).hexdigest()
    assert leftovers(svc) == set()
    r = call(svc, "GET", f"/api/recordings/{rec['id']}/audio")
    assert r.content == UPLOAD_BYTES and r.headers["content-type"] == "audio/flac"


def test_upload_of_a_file_that_is_not_audio_is_415_with_a_reason(svc):
    """A text file named .mp3 gets 415 and a message saying why (no server path in it); nothing is kept."""
    text = b"these are my session notes, not a recording\n" * 40
    r = upload(svc, text, name="session.mp3", mime="audio/mpeg")
    assert r.status_code == 415
    detail = r.json()["detail"]
    assert "audio" in detail and str(svc.data) not in detail
    assert call(svc, "GET", "/api/recordings").json() == []
    assert list(svc.store.uploads.iterdir()) == []


@pytest.mark.parametrize("consent", [None, "false", ""])
def test_upload_without_consent_is_422(svc, consent):
    """Without consent ("true") the upload is refused with 422 and nothing is kept."""
    r = upload(svc, UPLOAD_BYTES, consent=consent)
    assert r.status_code == 422 and "consent" in r.json()["detail"]
    assert call(svc, "GET", "/api/recordings").json() == []
    assert list(svc.store.uploads.iterdir()) == []


def test_the_same_bytes_twice_is_409_with_the_first_id(svc):
    """Uploading the same file again answers 409 and the first recording's id; another user may upload it."""
    first = upload(svc, UPLOAD_BYTES)
    assert first.status_code == 201
    again = upload(svc, UPLOAD_BYTES, name="renamed.flac")
    assert again.status_code == 409 and again.json()["id"] == first.json()["id"]
    assert isinstance(again.json()["detail"], str)
    assert upload(svc, UPLOAD_BYTES, "ben").status_code == 201
    assert len(call(svc, "GET", "/api/recordings").json()) == 1
    assert leftovers(svc) == set()


def test_an_upload_over_the_size_limit_is_413(tmp_path):
    """With max_upload_mb = 0.01 (10 kB) a 2 s FLAC is refused with 413, a 0.25 s one accepted."""
    svc = make_service(tmp_path, max_upload_mb=0.01)
    limit = int(0.01 * 2**20)
    big, small = sine_flac(2.0), sine_flac(0.25, sample_rate=8000)
    assert len(small) < limit < len(big)
    r = upload(svc, big)
    assert r.status_code == 413 and isinstance(r.json()["detail"], str)
    assert list(svc.store.uploads.iterdir()) == []
    assert upload(svc, small).status_code == 201


# ------------------------------------------------------------ live recording


def test_live_recording_in_chunks(svc):
    """Chunks 0 and 1 are stored, a re-sent chunk is a no-op, a gap is 409 (expected n); finish queues it."""
    r = call(svc, "POST", "/api/recordings/live", json={"title": "Live", "consent": False})
    assert r.status_code == 422
    r = call(svc, "POST", "/api/recordings/live",
             json={"title": "Live", "consent": True, "mime": "audio/webm;codecs=opus"})
    assert r.status_code == 201 and r.json()["status"] == "recording"
    rid = r.json()["id"]
    data = webm_opus(2.0)
    chunks = [data[: len(data) // 2], data[len(data) // 2:]]
    octet = {"Content-Type": "application/octet-stream"}

    def put(n: int, body: bytes):
        return call(svc, "PUT", f"/api/recordings/{rid}/chunks/{n}", content=body, headers=octet)

    assert put(0, chunks[0]).status_code == 204
    assert put(1, chunks[1]).status_code == 204
    assert put(0, chunks[0]).status_code == 204  # sent again after a lost answer
    assert call(svc, "GET", f"/api/recordings/{rid}").json()["size"] == len(data)
    gap = put(3, b"later")
    assert gap.status_code == 409 and gap.json()["expected"] == 2
    assert call(svc, "GET", f"/api/recordings/{rid}/transcript").status_code == 409  # not ready
    r = call(svc, "POST", f"/api/recordings/{rid}/finish")
    assert r.status_code == 200, r.text
    rec = r.json()
    assert rec["status"] == "queued" and rec["error"] is None
    assert rec["duration"] == pytest.approx(2.0, abs=0.1) and rec["size"] == len(data)
    row = svc.store.recording(rid)
    assert (svc.store.uploads / row["upload"]).read_bytes() == data  # joined in order, chunk 0 once
    assert row["sha256"] == hashlib.sha256(data).hexdigest()
    assert leftovers(svc) == set()  # the chunks are gone
    assert put(2, b"more").status_code == 409
    assert call(svc, "POST", f"/api/recordings/{rid}/finish").status_code == 409


def test_a_live_recording_the_decoder_refuses_fails_and_leaves_no_unreachable_audio(svc):
    """Finishing chunks that are not audio fails the recording (with a message); no file is orphaned."""
    rid = call(svc, "POST", "/api/recordings/live", json={"title": "Live", "consent": True}).json()["id"]
    r = call(svc, "PUT", f"/api/recordings/{rid}/chunks/0", content=b"not audio at all " * 64,
             headers={"Content-Type": "application/octet-stream"})
    assert r.status_code == 204
    rec = call(svc, "POST", f"/api/recordings/{rid}/finish").json()
    assert rec["status"] == "failed" and rec["error"]
    # what stays in uploads/ must be reachable by the retention rule (recordings.upload), or it stays forever
    assert leftovers(svc) == set()


# -------------------------------------------------------------- transcript


def test_speaker_names_and_roles_can_be_set(svc, rid):
    """PUT speakers renames and re-roles a speaker (kept for later reads); an unknown speaker is 422."""
    body = {"speakers": [{"id": "SPEAKER_01", "name": "Sam", "role": "child"},
                         {"id": "SPEAKER_00", "name": "Ms Lee", "role": "therapist"}]}
    r = call(svc, "PUT", f"/api/recordings/{rid}/speakers", json=body)
    assert r.status_code == 200
    for t in (r.json(), call(svc, "GET", f"/api/recordings/{rid}/transcript").json()):
        assert {s["id"]: (s["name"], s["role"]) for s in t["speakers"]} == {
            "SPEAKER_00": ("Ms Lee", "therapist"), "SPEAKER_01": ("Sam", "child")}
        assert [s["id"] for s in t["segments"]] == list(SEGMENT_IDS)
        assert t["segments"][1]["text"] == LINES[1][3]
    r = call(svc, "PUT", f"/api/recordings/{rid}/speakers", json={"speakers": [{"id": "SPEAKER_09"}]})
    assert r.status_code == 422 and isinstance(r.json()["detail"], str)


def test_audio_is_served_with_range_support(svc, rid):
    """GET audio answers the stored file, and a byte range with 206."""
    data = (svc.store.uploads / svc.store.recording(rid)["upload"]).read_bytes()
    r = call(svc, "GET", f"/api/recordings/{rid}/audio")
    assert r.status_code == 200 and r.content == data
    r = call(svc, "GET", f"/api/recordings/{rid}/audio", headers={"Range": "bytes=10-109"})
    assert r.status_code == 206 and r.content == data[10:110]


# ------------------------------------------------------------------- editing


def test_an_edit_on_a_stale_version_is_409(svc, rid):
    """Two edits from version 1: the second is refused with 409 (expected: the latest version)."""
    assert put_note(svc, rid, 1, []).status_code == 200
    r = put_note(svc, rid, 1, [])
    assert r.status_code == 409 and r.json()["expected"] == 2
    assert versions(svc, rid) == [(1, "draft", "scribe"), (2, "edit", "ana")]


@pytest.mark.parametrize("change, words", [
    (lambda s: s[0]["items"][0].update(evidence=["seg-9999"]), "seg-9999"),
    (lambda s: s[0]["items"][0].update(text="   "), "empty"),
    (lambda s: s.append({"key": "billing", "items": []}), "billing"),
    (lambda s: s[0]["items"][0].update(id="i99"), "i99"),
], ids=["evidence-not-in-transcript", "empty-text", "unknown-section", "unknown-item"])
def test_an_invalid_edit_is_422_and_adds_no_version(svc, rid, change, words):
    """Evidence not in the transcript, empty text, unknown section or item: 422 saying what, no version."""
    sections = editable(call(svc, "GET", f"/api/recordings/{rid}/note").json())
    change(sections)
    r = put_note(svc, rid, 1, sections)
    assert r.status_code == 422 and words in r.json()["detail"]
    assert versions(svc, rid) == [(1, "draft", "scribe")]


def test_approval_waits_for_every_unsupported_item(svc, rid):
    """Approval with an unsupported item neither edited nor confirmed is 409 naming it; confirming lifts it"""
    r = call(svc, "POST", f"/api/recordings/{rid}/approve", json={"version": 1})
    assert r.status_code == 409 and r.json()["items"] == ["i2"]
    sections = editable(call(svc, "GET", f"/api/recordings/{rid}/note").json())
    sections[1]["items"][0]["confirmed"] = True
    r = put_note(svc, rid, 1, sections)
    assert r.status_code == 200
    item = r.json()["sections"][1]["items"][0]
    assert (item["id"], item["confirmed"], item["edited"]) == ("i2", True, False)
    assert item["support"]["supported"] is False  # kept: the clinician vouched for it
    r = call(svc, "POST", f"/api/recordings/{rid}/approve", json={"version": 1})
    assert r.status_code == 409 and r.json()["expected"] == 2  # not the latest version
    r = call(svc, "POST", f"/api/recordings/{rid}/approve", json={"version": 2})
    assert r.status_code == 200, r.text
    note = r.json()
    assert (note["version"], note["kind"], note["author"], note["approved"]) == (3, "approved", "ana", True)
    assert call(svc, "GET", f"/api/recordings/{rid}").json()["note_status"] == "approved"


def test_editing_an_unsupported_item_clears_its_support_and_resolves_it(svc, rid):
    """A rewrite of the unsupported item is marked edited with support null, and approval goes through."""
    sections = editable(call(svc, "GET", f"/api/recordings/{rid}/note").json())
    sections[1]["items"][0]["text"] = "Sat on the swing."
    r = put_note(svc, rid, 1, sections)
    item = r.json()["sections"][1]["items"][0]
    assert (item["edited"], item["support"]) == (True, None)
    assert call(svc, "POST", f"/api/recordings/{rid}/approve", json={"version": 2}).status_code == 200


def test_exports_and_diff_wait_for_approval(svc, rid):
    """Before approval the diff and every export format answer 409."""
    assert call(svc, "GET", f"/api/recordings/{rid}/diff").status_code == 409
    for fmt in ("md", "txt", "json"):
        r = call(svc, "GET", f"/api/recordings/{rid}/export", params={"format": fmt})
        assert r.status_code == 409 and isinstance(r.json()["detail"], str)
    assert call(svc, "GET", f"/api/recordings/{rid}/export", params={"format": "pdf"}).status_code == 422


@pytest.fixture
def reviewed(svc: Service, rid: str) -> SimpleNamespace:
    """ana edits i1, confirms i2, deletes i3 and adds an item (version 2), then approves it (version 3)."""
    draft = call(svc, "GET", f"/api/recordings/{rid}/note").json()
    assert call(svc, "GET", f"/api/recordings/{rid}/audio").status_code == 200
    goals, observations, plan = editable(draft)
    goals["items"][0]["text"] = EDITED
    observations["items"][0]["confirmed"] = True
    plan["items"] = [{"text": ADDED, "evidence": [SEGMENT_IDS[3]]}]
    r = put_note(svc, rid, 1, [goals, observations, plan])
    assert r.status_code == 200, r.text
    edit = r.json()
    r = call(svc, "POST", f"/api/recordings/{rid}/approve", json={"version": 2})
    assert r.status_code == 200, r.text
    return SimpleNamespace(svc=svc, rid=rid, draft=draft, edit=edit, approved=r.json())


def test_an_edit_marks_what_the_clinician_wrote(reviewed):
    """The edit keeps ids, marks the changed and the new item edited (support null), drops the deleted one."""
    items = {i["id"]: i for s in reviewed.edit["sections"] for i in s["items"]}
    assert (reviewed.edit["version"], reviewed.edit["kind"], reviewed.edit["author"]) == (2, "edit", "ana")
    assert set(items) == {"i1", "i2", "i4"}
    assert (items["i1"]["text"], items["i1"]["edited"], items["i1"]["support"]) == (EDITED, True, None)
    assert items["i1"]["fields"] == {"goal": "dressing: buttons", "status": "progressing"}
    assert (items["i2"]["edited"], items["i2"]["confirmed"]) == (False, True)
    assert (items["i4"]["text"], items["i4"]["evidence"]) == (ADDED, [SEGMENT_IDS[3]])
    assert items["i4"]["edited"] is True


def test_an_approved_note_is_locked(reviewed):
    """After approval a further edit, approval or speaker change is 409, and no version is added."""
    svc, rid = reviewed.svc, reviewed.rid
    r = put_note(svc, rid, 3, editable(reviewed.approved))
    assert r.status_code == 409 and "approved" in r.json()["detail"]
    assert call(svc, "POST", f"/api/recordings/{rid}/approve", json={"version": 3}).status_code == 409
    body = {"speakers": [{"id": "SPEAKER_00", "name": "X"}]}
    r = call(svc, "PUT", f"/api/recordings/{rid}/speakers", json=body)
    assert r.status_code == 409
    assert len(versions(svc, rid)) == 3


def test_every_version_is_kept(reviewed):
    """The versions list holds the draft, the edit and the approval with authors; each reads back."""
    svc, rid = reviewed.svc, reviewed.rid
    assert versions(svc, rid) == [(1, "draft", "scribe"), (2, "edit", "ana"), (3, "approved", "ana")]
    listed = call(svc, "GET", f"/api/recordings/{rid}/note/versions").json()
    assert [v["created"] for v in listed] == sorted(v["created"] for v in listed)
    v1 = call(svc, "GET", f"/api/recordings/{rid}/note/versions/1").json()
    assert v1["sections"] == reviewed.draft["sections"] and v1["approved"] is False
    v3 = call(svc, "GET", f"/api/recordings/{rid}/note/versions/3").json()
    assert v3["approved"] is True and v3["sections"] == reviewed.edit["sections"]
    assert call(svc, "GET", f"/api/recordings/{rid}/note").json()["version"] == 3
    assert call(svc, "GET", f"/api/recordings/{rid}/note/versions/9").status_code == 404


def test_the_diff_shows_what_changed_since_the_draft(reviewed):
    """The diff pairs items by id: i1 changed, i3 removed, i4 added, i2 confirmed; text_diff has the lines."""
    d = call(reviewed.svc, "GET", f"/api/recordings/{reviewed.rid}/diff").json()
    assert (d["draft_version"], d["approved_version"], d["approved_by"]) == (1, 3, "ana")
    changed = [(c["id"], c["before"]["text"], c["after"]["text"]) for c in d["changed"]]
    assert changed == [("i1", ORIGINAL, EDITED)]
    assert [(i["id"], i["section"], i["text"]) for i in d["removed"]] == [("i3", "plan", DELETED)]
    assert [(i["id"], i["section"], i["text"]) for i in d["added"]] == [("i4", "plan", ADDED)]
    assert d["confirmed"] == ["i2"]
    lines = d["text_diff"].splitlines()
    assert any(x.startswith("-") and ORIGINAL in x for x in lines)
    assert any(x.startswith("+") and EDITED in x for x in lines)
    assert any(x.startswith("-") and DELETED in x for x in lines)


@pytest.mark.parametrize("fmt, media", [("md", "text/markdown"), ("txt", "text/plain"),
                                        ("json", "application/json")])
def test_the_approved_note_exports(reviewed, fmt, media):
    """md, txt and json exports carry the approved text (not the deleted item) with the right media type."""
    r = call(reviewed.svc, "GET", f"/api/recordings/{reviewed.rid}/export", params={"format": fmt})
    assert r.status_code == 200
    assert r.headers["content-type"].split(";")[0] == media
    assert f'filename="note-{reviewed.rid}.{fmt}"' in r.headers["content-disposition"]
    assert EDITED in r.text and ADDED in r.text and UNSUPPORTED in r.text
    assert DELETED not in r.text and ORIGINAL not in r.text
    if fmt == "md":
        assert re.search(r"approved by ana on \d{4}-\d\d-\d\d \d\d:\d\d UTC \(version 3\)", r.text)
    if fmt == "json":
        body = r.json()
        assert body["approval"]["approved_by"] == "ana" and body["approval"]["version"] == 3
        assert [s["key"] for s in body["sections"]] == ["goals", "observations", "plan"]


def test_the_audio_is_deleted_on_approval(reviewed):
    """With the default retention (on-approval) the audio answers 410 after approval; deletion is audited."""
    svc, rid = reviewed.svc, reviewed.rid
    assert svc.settings.service.retention == "on-approval"
    r = call(svc, "GET", f"/api/recordings/{rid}/audio")
    assert r.status_code == 410 and isinstance(r.json()["detail"], str)
    assert call(svc, "GET", f"/api/recordings/{rid}").json()["audio"] == "deleted"
    assert not (svc.store.uploads / svc.store.recording(rid)["upload"]).exists()
    assert any(a["action"].startswith("delete audio") and a["object_id"] == rid for a in audit_rows(svc))
    assert call(svc, "GET", f"/api/recordings/{rid}/transcript").status_code == 200  # the transcript stays


def test_the_audio_stays_with_retention_never(tmp_path):
    """With retention = never the audio is still served after approval."""
    svc = make_service(tmp_path, retention="never")
    rid = make_ready_recording(svc.store, "ana")
    sections = editable(call(svc, "GET", f"/api/recordings/{rid}/note").json())
    sections[1]["items"][0]["confirmed"] = True
    assert put_note(svc, rid, 1, sections).status_code == 200
    assert call(svc, "POST", f"/api/recordings/{rid}/approve", json={"version": 2}).status_code == 200
    assert call(svc, "GET", f"/api/recordings/{rid}/audio").status_code == 200


# --------------------------------------------------------------------- audit


def test_the_audit_log_records_who_did_what_from_where(reviewed):
    """View, edit, approve, export are in the audit log with user and ip, no note text; 403 for non-admins."""
    svc, rid = reviewed.svc, reviewed.rid
    call(svc, "GET", f"/api/recordings/{rid}")
    call(svc, "GET", f"/api/recordings/{rid}/transcript")
    assert call(svc, "GET", f"/api/recordings/{rid}/export", params={"format": "txt"}).status_code == 200
    rows = audit_rows(svc)
    mine = {(a["action"], a["object"]) for a in rows if a["user"] == "ana" and a["object_id"] == rid}
    for wanted in [("view", "recording"), ("view", "transcript"), ("view", "note"), ("edit", "note"),
                   ("approve", "note"), ("export txt", "note")]:
        assert wanted in mine, f"{wanted} not audited: {sorted(mine)}"
    assert all(a["ip"] == "testclient" for a in rows if a["user"] == "ana")
    assert all(isinstance(a["at"], float) for a in rows)
    text = json.dumps(rows)
    assert EDITED not in text and LINES[1][3] not in text
    for user in ("ana", "ben"):
        assert call(svc, "GET", "/api/audit", user).status_code == 403


def test_the_audit_log_and_note_versions_cannot_be_rewritten(reviewed):
    """The database refuses UPDATE and DELETE on the audit log and on note versions (triggers)."""
    db = sqlite3.connect(reviewed.svc.store.path)
    try:
        before = db.execute("SELECT COUNT(*), MAX(id) FROM audit").fetchone()
        for sql in ("UPDATE audit SET user = 'mallory'", "DELETE FROM audit"):
            with pytest.raises(sqlite3.DatabaseError, match="append-only"):
                db.execute(sql)
        assert db.execute("SELECT COUNT(*), MAX(id) FROM audit").fetchone() == before
        assert db.execute("SELECT COUNT(*) FROM audit WHERE user = 'mallory'").fetchone()[0] == 0
        for sql in ("UPDATE note_versions SET note = '{}'", "DELETE FROM note_versions"):
            with pytest.raises(sqlite3.DatabaseError, match="kept as written"):
                db.execute(sql)
        with pytest.raises(sqlite3.DatabaseError, match="final"):
            db.execute("UPDATE approvals SET approved_by = 'mallory'")
        assert db.execute("SELECT COUNT(*) FROM note_versions WHERE note = '{}'").fetchone()[0] == 0
    finally:
        db.close()


# ---------------------------------------------------------- OpenAPI contract


def _spec() -> dict:
    with tempfile.TemporaryDirectory() as d:
        s = make_service(Path(d))
        try:
            return s.app.openapi()
        finally:
            s.store.close()


DRAFT, APPROVED, LIVE = "ANA-DRAFT", "ANA-APPROVED", "ANA-LIVE"  # stand for ana's real recordings
FUZZ = schemathesis.Config.from_dict({
    "seed": 20240607,
    "generation": {"max-examples": 15, "deterministic": True, "database": "none"},
})
# The spec is read at import (from an app on a throwaway folder) and the requests go to the fixture's app:
# schemathesis.pytest.from_fixture would be simpler, but 4.32 sets request.node._nodeid, gone in pytest 9.
schema = schemathesis.openapi.from_dict(_spec(), config=FUZZ)


@schema.hook
def flatmap_path_parameters(context, params):
    """A quarter of the generated ids are random (404); the rest name ana's draft, approved or live recording;
    half the client ids and goal ids are random, half name ana's client C-ANA and its goal G1."""
    if not params or not {"rid", "cid"} & set(params):
        return st.just(params)
    choices = [params] + ([{**params, "rid": r} for r in (DRAFT, APPROVED, LIVE)] if "rid" in params else [])
    strategy = st.sampled_from(choices)
    for name, value in (("version", 1), ("n", 0), ("cid", CID), ("gid", GID)):
        if name in params:
            strategy = strategy.flatmap(
                lambda p, name=name, value=value: st.sampled_from([p, {**p, name: value}]))
    return strategy


@pytest.fixture(scope="module")
def fuzzed(tmp_path_factory) -> SimpleNamespace:
    """One service for every generated request: ana's draft, an approved note and a live recording."""
    svc = make_service(tmp_path_factory.mktemp("fuzz"))
    draft = make_ready_recording(svc.store, "ana", title="Draft")
    approved = make_ready_recording(svc.store, "ana", title="Approved")
    clients = svc.app.state.clients.store
    clients.add_client(CID, "A. N.", ["ana"])
    clients.add_goal(CID, "Fasten coat buttons", "5/5 buttons independently")
    for r in (draft, approved):
        clients.link(r, CID)
    sections = editable(call(svc, "GET", f"/api/recordings/{approved}/note").json())
    sections[1]["items"][0]["confirmed"] = True
    assert put_note(svc, approved, 1, sections).status_code == 200
    assert call(svc, "POST", f"/api/recordings/{approved}/approve", json={"version": 2}).status_code == 200
    live = call(svc, "POST", "/api/recordings/live", json={"title": "Live", "consent": True}).json()["id"]
    yield SimpleNamespace(svc=svc, rids={DRAFT: draft, APPROVED: approved, LIVE: live})
    svc.client.close()
    svc.store.close()


@schema.parametrize()
def test_the_api_keeps_its_openapi_contract(case, fuzzed):
    """Generated requests (as ana) never get a 5xx; every answer matches the spec's schema and media type."""
    params = case.path_parameters
    if params and "rid" in params:
        params["rid"] = fuzzed.rids.get(params["rid"], params["rid"])
    case.call_and_validate(app=fuzzed.svc.app, headers=fuzzed.svc.auth("ana"),
                           checks=[not_a_server_error, response_schema_conformance, content_type_conformance])
