"""The adversarial suite's helpers: requests as a user, the app on a real loopback port, raw HTTP.

Everything here talks to 127.0.0.1 only, and every loop is bounded in count and time. The in-process
server is the app ``create_app`` builds, under uvicorn in a thread (what ``scribe serve`` runs); tests
that need ``scribe serve`` itself (its uvicorn options) start it as a process.
"""

from __future__ import annotations

import contextlib
import json
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from service_helpers import Service, call, free_port  # noqa: F401 - the suite imports them from here

CSRF = {"X-Requested-With": "scribe"}
MISSING_RID = "r-0000000000000000"
PUBLIC = {("GET", "/api/health"), ("POST", "/api/session"), ("DELETE", "/api/session")}


def upload(svc: Service, data: bytes, user: str = "ana", name: str = "visit.flac", mime: str = "audio/flac",
           title: str = "Visit"):
    return call(svc, "POST", "/api/recordings", user, files={"file": (name, data, mime)},
                data={"title": title, "consent": "true"})


def audit_rows(svc: Service) -> list[dict]:
    r = call(svc, "GET", "/api/audit", "root", params={"limit": 10_000})
    assert r.status_code == 200, r.text
    return r.json()


# ------------------------------------------------------------------ the app on a loopback port


class LiveServer:
    """The app under uvicorn on 127.0.0.1 in a thread (stopped on exit)."""

    def __init__(self, app, **options: Any) -> None:
        import uvicorn

        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        config = uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning", access_log=False,
                                proxy_headers=False, **options)
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True, name="live-server")

    def __enter__(self) -> LiveServer:
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if not self.thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("the test server did not start")
            time.sleep(0.02)
        return self

    def __exit__(self, *exc: Any) -> None:
        self.server.should_exit = True
        self.thread.join(15)


@dataclass
class Answer:
    status: int
    headers: dict[str, str]
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body)


def read_answer(sock: socket.socket, deadline: float) -> Answer | None:
    """Read one HTTP response from ``sock`` (None: the server closed without answering)."""
    buf = b""
    while b"\r\n\r\n" not in buf:
        sock.settimeout(max(0.05, deadline - time.monotonic()))
        try:
            got = sock.recv(65536)
        except (ConnectionResetError, BrokenPipeError):
            got = b""
        if not got:
            return None
        buf += got
    head, _, body = buf.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split()[1])
    headers = {k.strip().lower(): v.strip() for k, _, v in (ln.partition(":") for ln in lines[1:])}
    length = int(headers.get("content-length", "0") or 0)
    while len(body) < length and time.monotonic() < deadline:
        sock.settimeout(max(0.05, deadline - time.monotonic()))
        try:
            got = sock.recv(65536)
        except (ConnectionResetError, socket.timeout):
            break
        if not got:
            break
        body += got
    return Answer(status, headers, body)


@contextlib.contextmanager
def connect(port: int, timeout: float = 10.0) -> Iterator[socket.socket]:
    sock = socket.create_connection(("127.0.0.1", port), timeout=timeout)
    try:
        yield sock
    finally:
        sock.close()


def answered(sock: socket.socket) -> bool:
    """Has the server sent something, or closed the connection? (Does not wait, consumes nothing.)"""
    timeout = sock.gettimeout()
    sock.setblocking(False)
    try:
        sock.recv(1, socket.MSG_PEEK)  # data, or b"" at a close
        return True
    except BlockingIOError:
        return False
    except OSError:
        return True
    finally:
        sock.settimeout(timeout)


def multipart_head(host: str, token: str, boundary: str, length: int | None, name: str = "slow.flac") -> bytes:
    """The request line, headers and the start of the 'file' part of an upload (the file bytes follow)."""
    length_header = f"Content-Length: {length}\r\n" if length is not None else ""
    return (f"POST /api/recordings HTTP/1.1\r\nHost: {host}\r\nAuthorization: Bearer {token}\r\n"
            f"Content-Type: multipart/form-data; boundary={boundary}\r\n{length_header}\r\n"
            f"--{boundary}\r\nContent-Disposition: form-data; name=\"consent\"\r\n\r\ntrue\r\n"
            f"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{name}\"\r\n"
            f"Content-Type: audio/flac\r\n\r\n").encode()


def multipart_body(boundary: str, data: bytes, name: str = "file.flac") -> bytes:
    return (f"--{boundary}\r\nContent-Disposition: form-data; name=\"consent\"\r\n\r\ntrue\r\n"
            f"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{name}\"\r\n"
            f"Content-Type: audio/flac\r\n\r\n").encode() + data + f"\r\n--{boundary}--\r\n".encode()
