"""Limits everywhere, fair to every user (issue 25, failures 4, 5, 6 and 10).

* slow bodies: a body that stalls or trickles is cut (408), and one user's slow uploads hold only that
  user's upload slots;
* JSON bodies: a small limit on every route, enforced while reading (a 40 MB body is never read whole);
* a browser recording: the upload limit applies to its running total, and a chunk has its own limit;
* the duration limit (``[audio] max_duration_minutes``) is applied when the upload is checked.

Slow-body tests talk raw HTTP to the app on a loopback port; every loop is bounded.
"""

from __future__ import annotations

import http.client
import threading
import time

import pytest
from service_helpers import make_ready_recording, make_service, sine_flac

from pipeline.errors import ConfigError

from .helpers import (
    MISSING_RID,
    LiveServer,
    answered,
    call,
    connect,
    multipart_body,
    multipart_head,
    read_answer,
    upload,
)

JSON_LIMIT = 2**20  # the documented JSON body limit (1 MiB)
OCTET = {"Content-Type": "application/octet-stream"}


@pytest.fixture
def quick(tmp_path):
    """A service that cuts a body after 1 s without a byte (or slower than the minimum rate over 1 s)."""
    s = make_service(tmp_path, upload_timeout_s=1)
    yield s
    s.client.close()
    s.store.close()


# ------------------------------------------------------------------ slow bodies


def test_an_upload_that_stalls_is_cut(quick):
    with LiveServer(quick.app) as server, connect(server.port) as sock:
        sock.sendall(multipart_head("127.0.0.1", quick.tokens["ana"], "b0undary", 10_000_000) + b"fLaC")
        answer = read_answer(sock, time.monotonic() + 8)
    assert answer is not None and answer.status == 408, answer
    assert "upload_timeout_s" in answer.json()["detail"] or "nothing arrived" in answer.json()["detail"]
    assert [p for p in quick.store.uploads.iterdir()] == []  # the partial file is gone


def test_an_upload_that_trickles_is_cut(quick):
    """One byte every 0.2 s never stalls for a second, but is far below the minimum rate."""
    with LiveServer(quick.app) as server, connect(server.port) as sock:
        sock.sendall(multipart_head("127.0.0.1", quick.tokens["ana"], "b0undary", 10_000_000))
        deadline = time.monotonic() + 8
        while time.monotonic() < deadline and not answered(sock):
            try:
                sock.sendall(b"x")
            except OSError:
                break
            time.sleep(0.2)
        answer = read_answer(sock, time.monotonic() + 3)
    assert answer is not None and answer.status == 408, answer
    assert [p for p in quick.store.uploads.iterdir()] == []


def test_a_json_body_that_trickles_is_cut(quick):
    with LiveServer(quick.app) as server, connect(server.port) as sock:
        sock.sendall(b"POST /api/session HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                     b"Content-Length: 100\r\n\r\n{")
        deadline = time.monotonic() + 8
        while time.monotonic() < deadline and not answered(sock):
            try:
                sock.sendall(b" ")
            except OSError:
                break
            time.sleep(0.3)
        answer = read_answer(sock, time.monotonic() + 3)
    assert answer is not None and answer.status == 408, answer


def _trickle(port: int, token: str, stop: threading.Event, started: threading.Event, n: int) -> None:
    """An upload by ``token`` that sends a byte every 0.5 s until ``stop`` (at most 30 s)."""
    try:
        with connect(port, timeout=30) as sock:
            sock.sendall(multipart_head("127.0.0.1", token, f"slow{n}", 10_000_000))
            started.set()
            deadline = time.monotonic() + 30
            while not stop.is_set() and time.monotonic() < deadline:
                sock.sendall(b"x")
                stop.wait(0.5)
    except OSError:
        pass


def test_one_users_slow_uploads_do_not_hold_up_another_users_upload(svc):
    """ben holds two uploads open at a byte every 0.5 s; ana's upload is answered at once all the same."""
    data = sine_flac(1.0, freq=610.0)
    with LiveServer(svc.app) as server:
        stop = threading.Event()
        threads = []
        for n in range(2):
            started = threading.Event()
            t = threading.Thread(target=_trickle, args=(server.port, svc.tokens["ben"], stop, started, n),
                                 daemon=True)
            t.start()
            threads.append(t)
            assert started.wait(10)
        time.sleep(1.0)  # both slow uploads are inside the service, reading
        try:
            body = multipart_body("fastone", data)
            conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=8)
            t0 = time.monotonic()
            try:
                conn.request("POST", "/api/recordings", body=body, headers={
                    "Authorization": f"Bearer {svc.tokens['ana']}",
                    "Content-Type": "multipart/form-data; boundary=fastone"})
                r = conn.getresponse()
                status, took = r.status, time.monotonic() - t0
                r.read()
            except TimeoutError:
                status, took = None, time.monotonic() - t0
            finally:
                conn.close()
        finally:
            stop.set()
            for t in threads:
                t.join(10)
    assert status == 201, f"ana's upload was not answered while ben's were slow ({took:.1f} s)"


# ------------------------------------------------------------------ JSON bodies


def _routes(svc):
    paths = svc.app.openapi()["paths"]
    return sorted((m.upper(), p) for p, ops in paths.items() for m in ops)


MEDIA = {("POST", "/api/recordings"), ("PUT", "/api/recordings/{rid}/chunks/{n}")}


def test_a_json_body_over_the_limit_is_refused_on_every_route(svc):
    """2 MiB to every route but the two media ones: 413, signed in or not, before anything else."""
    rid = make_ready_recording(svc.store, "ana")
    body = b'{"token": "' + b"a" * (2 * JSON_LIMIT) + b'"}'
    for method, path in _routes(svc):
        if (method, path) in MEDIA:
            continue
        url = path.format(rid=rid, n=0, version=1, cid="c1", gid="g1")
        for user in (None, "ana"):
            r = call(svc, method, url, user, content=body, headers={"Content-Type": "application/json"})
            assert r.status_code == 413, f"{method} {path} as {user}: {r.status_code}"
            assert isinstance(r.json()["detail"], str)
    assert [v["version"] for v in svc.store.versions(rid)] == [1]


def test_a_40_mb_json_body_is_refused_while_it_is_read(svc):
    """A chunked 40 MB body (no Content-Length) to POST /api/session: 413 long before it is all sent."""
    piece = b"a" * 65536
    frame = b"%x\r\n" % len(piece) + piece + b"\r\n"
    sent = 0
    with LiveServer(svc.app) as server, connect(server.port, timeout=20) as sock:
        sock.sendall(b"POST /api/session HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                     b"Transfer-Encoding: chunked\r\n\r\n" + b'%x\r\n{"token": "\r\n' % len(b'{"token": "'))
        deadline = time.monotonic() + 30
        while sent < 40 * 2**20 and time.monotonic() < deadline and not answered(sock):
            try:
                sock.sendall(frame)
            except OSError:
                break
            sent += len(piece)
        if sent >= 40 * 2**20:
            sock.sendall(b'2\r\n"}\r\n0\r\n\r\n')
        answer = read_answer(sock, time.monotonic() + 20)
    assert answer is not None and answer.status == 413, (answer, sent)
    assert sent < 40 * 2**20, "the whole body was read before the answer"


def test_a_declared_length_over_the_limit_is_refused_unread(svc):
    with LiveServer(svc.app) as server, connect(server.port) as sock:
        sock.sendall(b"PUT /api/recordings/x/note HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                     b"Content-Length: 41943040\r\n\r\n{")
        answer = read_answer(sock, time.monotonic() + 8)
    assert answer is not None and answer.status == 413, answer


# ------------------------------------------------------------------ browser recordings


def test_a_browser_recordings_running_total_is_held_to_the_upload_limit(tmp_path):
    """max_upload_mb 0.01 (10 kB): chunk 0 of 6 kB is taken, chunk 1 would pass the total: 413."""
    svc = make_service(tmp_path, max_upload_mb=0.01)
    rid = call(svc, "POST", "/api/recordings/live", json={"title": "L", "consent": True}).json()["id"]
    assert call(svc, "PUT", f"/api/recordings/{rid}/chunks/0", content=b"a" * 6000, headers=OCTET).status_code == 204
    r = call(svc, "PUT", f"/api/recordings/{rid}/chunks/1", content=b"b" * 6000, headers=OCTET)
    assert r.status_code == 413 and "limit" in r.json()["detail"]
    assert svc.store.recording(rid)["size"] == 6000
    assert not (svc.store.uploads / f"{rid}.parts" / "000001").exists()
    # the same with the total sent without a Content-Length (chunked): refused while reading
    r = call(svc, "PUT", f"/api/recordings/{rid}/chunks/1", content=iter([b"c" * 3000] * 4), headers=OCTET)
    assert r.status_code == 413
    assert svc.store.recording(rid)["size"] == 6000


def test_a_chunk_over_the_chunk_limit_is_refused(svc):
    rid = call(svc, "POST", "/api/recordings/live", json={"title": "L", "consent": True}).json()["id"]
    r = call(svc, "PUT", f"/api/recordings/{rid}/chunks/0", content=b"a" * (9 * 2**20), headers=OCTET)
    assert r.status_code == 413
    r = call(svc, "PUT", f"/api/recordings/{rid}/chunks/0", content=iter([b"a" * 2**20] * 9), headers=OCTET)
    assert r.status_code == 413
    assert svc.store.recording(rid)["size"] == 0


def test_another_therapists_recording_takes_no_chunk(svc):
    rid = call(svc, "POST", "/api/recordings/live", json={"title": "L", "consent": True}).json()["id"]
    for target in (rid, MISSING_RID):
        r = call(svc, "PUT", f"/api/recordings/{target}/chunks/0", "ben", content=b"a" * 100, headers=OCTET)
        assert r.status_code == 404
    assert svc.store.recording(rid)["size"] == 0


# ------------------------------------------------------------------ duration


def test_an_upload_longer_than_the_duration_limit_is_refused_when_checked(tmp_path):
    """[audio] max_duration_minutes = 0.02 (1.2 s): a 2 s FLAC gets 413 at upload, a 1 s one is queued."""
    svc = make_service(tmp_path, audio={"max_duration_minutes": 0.02})
    r = upload(svc, sine_flac(2.0, freq=520.0))
    assert r.status_code == 413, r.text
    assert "long" in r.json()["detail"] and "limit" in r.json()["detail"]
    assert list(svc.store.uploads.iterdir()) == []
    assert call(svc, "GET", "/api/recordings").json() == []
    assert upload(svc, sine_flac(1.0, freq=530.0)).status_code == 201


def test_a_browser_recording_longer_than_the_limit_fails_at_finish(tmp_path):
    svc = make_service(tmp_path, audio={"max_duration_minutes": 0.02})
    rid = call(svc, "POST", "/api/recordings/live", json={"title": "L", "consent": True}).json()["id"]
    data = sine_flac(2.0, freq=540.0)
    assert call(svc, "PUT", f"/api/recordings/{rid}/chunks/0", content=data, headers=OCTET).status_code == 204
    rec = call(svc, "POST", f"/api/recordings/{rid}/finish").json()
    assert rec["status"] == "failed" and "long" in rec["error"], rec
    # the session's audio is kept (it may be the only copy): tried again once the limit is raised
    assert rec["audio"] == "present"
    assert call(svc, "GET", f"/api/recordings/{rid}/audio").content == data
    assert call(svc, "POST", f"/api/recordings/{rid}/retry").json()["status"] == "queued"


@pytest.mark.parametrize("setting", [{"upload_timeout_s": 0}, {"upload_min_kbps": -1}, {"uploads_per_user": 0}])
def test_a_limit_that_makes_no_sense_is_a_config_error(tmp_path, setting):
    with pytest.raises(ConfigError, match=next(iter(setting))):
        make_service(tmp_path, **setting)
