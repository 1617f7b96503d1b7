"""Every route of /openapi.json, attacked as an outsider would (over the loopback port).

For each operation in the spec the server publishes: without credentials (or with a made-up token) a
non-public route answers 401; another therapist gets for ana's recording exactly what a missing id gets
(404); a cookie-authenticated change without the CSRF header is 403 and changes nothing; a JSON body
over the limit is 413. A route added later is walked too: it is protected unless listed in PUBLIC.
"""

from __future__ import annotations

import http.client
import json
from typing import Any

from service_helpers import make_ready_recording, sine_flac

from .helpers import CSRF, MISSING_RID, PUBLIC


MEDIA = {("POST", "/api/recordings"), ("PUT", "/api/recordings/{rid}/chunks/{n}")}
BOUNDARY = "routewalk"


def _request(port: int, method: str, url: str, body: bytes | None = None,
             headers: dict[str, str] | None = None) -> tuple[int, Any, dict[str, str]]:
    c = http.client.HTTPConnection("127.0.0.1", port, timeout=20)
    try:
        c.request(method, url, body=body, headers=headers or {})
        r = c.getresponse()
        raw = r.read()
        try:
            data = json.loads(raw) if raw else None
        except ValueError:
            data = raw
        return r.status, data, {k.lower(): v for k, v in r.getheaders()}
    finally:
        c.close()


def _plausible(method: str, path: str, token: str) -> tuple[bytes | None, dict[str, str]]:
    """A valid-looking body for the routes that take one (others: none)."""
    j = {"Content-Type": "application/json"}
    bodies = {
        ("POST", "/api/session"): {"token": token},
        ("POST", "/api/recordings/live"): {"title": "x", "consent": True},
        ("PUT", "/api/recordings/{rid}/speakers"): {"speakers": [{"id": "SPEAKER_00", "name": "X"}]},
        ("PUT", "/api/recordings/{rid}/note"): {"base_version": 1, "sections": []},
        ("POST", "/api/recordings/{rid}/approve"): {"version": 1},
        ("POST", "/api/clients"): {"id": "C-9", "name": "X"},
        ("PUT", "/api/clients/{cid}"): {"name": "Y"},
        ("POST", "/api/clients/{cid}/goals"): {"text": "zip a jacket"},
        ("PUT", "/api/clients/{cid}/goals/{gid}"): {"status": "met"},
        ("PUT", "/api/recordings/{rid}/client"): {"client": None},
        ("POST", "/api/recordings/{rid}/goals/accept"): {"base_version": 1, "item": "i1", "text": "zip"},
    }
    if (method, path) in bodies:
        return json.dumps(bodies[(method, path)]).encode(), j
    if (method, path) == ("POST", "/api/recordings"):
        data = sine_flac(0.5, freq=980.0)
        body = (f"--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"consent\"\r\n\r\ntrue\r\n"
                f"--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.flac\"\r\n"
                f"Content-Type: audio/flac\r\n\r\n").encode() + data + f"\r\n--{BOUNDARY}--\r\n".encode()
        return body, {"Content-Type": f"multipart/form-data; boundary={BOUNDARY}"}
    if (method, path) == ("PUT", "/api/recordings/{rid}/chunks/{n}"):
        return b"\x1aE\xdf\xa3 a chunk", {"Content-Type": "application/octet-stream"}
    return None, {}


def _operations(port: int) -> list[tuple[str, str]]:
    status, spec, _ = _request(port, "GET", "/openapi.json")
    assert status == 200
    ops = sorted((m.upper(), p) for p, item in spec["paths"].items() for m in item)
    assert len(ops) >= 18 and PUBLIC <= set(ops)
    return ops


MISSING_CID = "C-MISSING"  # a well-formed client id no client has
MISSING_GID = "G999999999"


def _url(path: str, rid: str, cid: str = MISSING_CID, gid: str = MISSING_GID) -> str:
    return path.format(rid=rid, n=0, version=1, cid=cid, gid=gid) + ("?format=md" if path.endswith("/export") else "")


def ana_client(svc) -> tuple[str, str]:
    """A client of ana's with one goal: (client id, goal id)."""
    from pipeline.clients.store import ClientStore

    store = ClientStore(svc.store.data)
    try:
        c = store.add_client("C-ANA", "A. N.", ("ana",))
        g = store.add_goal(c.id, "Hold a tripod grasp for 30 s", "30 s")
        return c.id, g.id
    finally:
        store.close()


def test_every_route_refuses_outsiders_other_therapists_and_forged_requests(svc, live):
    rid = make_ready_recording(svc.store, "ana")
    cid, gid = ana_client(svc)
    ops = _operations(live.port)
    for method, path in ops:
        body, headers = _plausible(method, path, svc.tokens["ana"])
        url = _url(path, rid, cid, gid)
        # nobody
        status, data, _ = _request(live.port, method, url, body, headers)
        if (method, path) in PUBLIC:
            assert status in (200, 204), f"{method} {path}: {status}"
        else:
            assert status == 401, f"{method} {path} without credentials: {status} {data}"
        # another therapist: exactly what a missing id gets
        if "{rid}" in path:
            ben = {"Authorization": f"Bearer {svc.tokens['ben']}"}
            theirs = _request(live.port, method, url, body, {**headers, **ben})
            missing = _request(live.port, method, _url(path, MISSING_RID), body, {**headers, **ben})
            assert theirs[0] == 404 and theirs[:2] == missing[:2], f"{method} {path}: {theirs[:2]} {missing[:2]}"
        if "{cid}" in path:  # ana's client, for another therapist: exactly what a missing client gets
            ben = {"Authorization": f"Bearer {svc.tokens['ben']}"}
            theirs = _request(live.port, method, url, body, {**headers, **ben})
            missing = _request(live.port, method, _url(path, rid, MISSING_CID, gid), body, {**headers, **ben})
            assert theirs[0] == 404 and theirs[:2] == missing[:2], f"{method} {path}: {theirs[:2]} {missing[:2]}"
        # a JSON body over the limit
        if (method, path) not in MEDIA:
            big = b'{"token": "' + b"a" * (2 * 2**20) + b'"}'
            status, _, _ = _request(live.port, method, url, big, {"Content-Type": "application/json"})
            assert status == 413, f"{method} {path} with 2 MiB: {status}"
    # a made-up token (last: after 10 of them this address is throttled, 429, which refuses as well)
    for method, path in ops:
        if (method, path) in PUBLIC:
            continue
        body, headers = _plausible(method, path, svc.tokens["ana"])
        made_up = {"Authorization": "Bearer not-a-token-" + "x" * 30}
        status, data, _ = _request(live.port, method, _url(path, rid, cid, gid), body, {**headers, **made_up})
        assert status in (401, 429), f"{method} {path} with a made-up token: {status} {data}"
    assert [v["version"] for v in svc.store.versions(rid)] == [1]
    assert svc.store.recording(rid)["speakers"] is None


def test_every_cookie_authenticated_change_needs_the_csrf_header(svc, live):
    rid = make_ready_recording(svc.store, "ana")
    cid, gid = ana_client(svc)
    status, _, headers = _request(live.port, "POST", "/api/session", json.dumps({"token": svc.tokens["ana"]}).encode(),
                                  {"Content-Type": "application/json"})
    assert status == 204
    cookie = headers["set-cookie"].split(";")[0]
    changes = [(m, p) for m, p in _operations(live.port) if m not in ("GET", "HEAD") and (m, p) != ("POST", "/api/session")]
    assert len(changes) >= 8
    for method, path in changes:
        body, h = _plausible(method, path, svc.tokens["ana"])
        status, data, _ = _request(live.port, method, _url(path, rid, cid, gid), body, {**h, "Cookie": cookie})
        assert status == 403, f"{method} {path} by cookie without the header: {status} {data}"
    assert [v["version"] for v in svc.store.versions(rid)] == [1]
    assert [r["id"] for r in svc.store.recordings(None)] == [rid]  # nothing uploaded or started
    # the same cookie with the header works (the session is still open)
    status, _, _ = _request(live.port, "PUT", f"/api/recordings/{rid}/speakers",
                            json.dumps({"speakers": [{"id": "SPEAKER_00", "name": "Lee"}]}).encode(),
                            {"Content-Type": "application/json", "Cookie": cookie, **CSRF})
    assert status == 200
