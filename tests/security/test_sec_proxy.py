"""Forwarded headers are trusted by configuration only (issue 25, failure 8).

``scribe serve`` itself (its uvicorn options: uvicorn trusts 127.0.0.1 by default) is started as a
process on a loopback port or a Unix socket. Sent straight to the port, ``X-Forwarded-For`` must not
forge the audit log's address, nor ``X-Forwarded-Proto`` the cookie's Secure flag; from an address
named in ``[service] trusted_proxies`` (or over the Unix socket) they are honoured.
"""

from __future__ import annotations

import http.client
import os
import signal
import socket
import time
from pathlib import Path

import pytest
from batch_helpers import scribe
from fastapi.testclient import TestClient
from service_helpers import make_service

from pipeline.errors import ConfigError
from pipeline.service.store import Store

from .helpers import free_port

FORGED = "203.0.113.9"


class UnixConnection(http.client.HTTPConnection):
    def __init__(self, path: str, timeout: float = 10) -> None:
        super().__init__("localhost", timeout=timeout)
        self.path = path

    def connect(self) -> None:
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self.sock.settimeout(self.timeout)
        self.sock.connect(self.path)


def _serve(tmp_path: Path, service_toml: str = "", unix: str | None = None):
    data = tmp_path / "data"
    token = Store(data).add_user("ana", "therapist")
    cfg = tmp_path / "serve.toml"
    cfg.write_text("[service]\n" + service_toml)
    port = free_port()
    proc = scribe(["serve", "--no-worker", "--data", str(data), "--port", str(port), "--config", str(cfg)],
                  cwd=tmp_path, env={}, popen=True)

    def connection():
        return UnixConnection(unix) if unix else http.client.HTTPConnection("127.0.0.1", port, timeout=10)

    deadline = time.monotonic() + 60
    while True:
        if proc.poll() is not None:
            pytest.fail(f"scribe serve exited {proc.returncode}: {proc.stderr.read()}")
        try:
            c = connection()
            c.request("GET", "/api/health")
            if c.getresponse().status == 200:
                break
        except OSError:
            pass
        if time.monotonic() > deadline:
            os.killpg(proc.pid, signal.SIGKILL)
            pytest.fail("scribe serve did not answer in 60 s")
        time.sleep(0.2)
    return proc, connection, data, token


def _stop(proc) -> None:
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(20)
        except Exception:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(10)


def _sign_in(connection, token: str, forwarded_for: str) -> tuple[int, str]:
    c = connection()
    c.request("POST", "/api/session", body=f'{{"token": "{token}"}}', headers={
        "Content-Type": "application/json", "X-Forwarded-For": forwarded_for, "X-Forwarded-Proto": "https"})
    r = c.getresponse()
    r.read()
    return r.status, r.getheader("set-cookie") or ""


def _signed_in_from(data: Path) -> str | None:
    rows = [a for a in Store(data).audit_log(100) if a["action"] == "sign in"]
    assert rows
    return rows[0]["ip"]


def test_forwarded_headers_sent_straight_to_the_port_are_ignored(tmp_path):
    proc, connection, data, token = _serve(tmp_path)
    try:
        status, cookie = _sign_in(connection, token, FORGED)
    finally:
        _stop(proc)
    assert status == 204
    assert _signed_in_from(data) == "127.0.0.1"
    assert "secure" not in cookie.lower()  # the request came over plain http


def test_forwarded_headers_from_a_trusted_proxy_are_honoured(tmp_path):
    proc, connection, data, token = _serve(tmp_path, 'trusted_proxies = ["127.0.0.1"]\n')
    try:
        # what the client sent first is its own claim; the proxy appends the address it saw
        status, cookie = _sign_in(connection, token, f"198.51.100.1, {FORGED}")
    finally:
        _stop(proc)
    assert status == 204
    assert _signed_in_from(data) == FORGED
    assert "secure" in cookie.lower()


def test_forwarded_headers_over_the_unix_socket_are_honoured(tmp_path):
    path = str(tmp_path / "scribe.sock")
    proc, connection, data, token = _serve(tmp_path, f'socket = "{path}"\n', unix=path)
    try:
        assert oct(os.stat(path).st_mode & 0o777) in ("0o600", "0o660", "0o700")
        status, cookie = _sign_in(connection, token, FORGED)
    finally:
        _stop(proc)
    assert status == 204
    assert _signed_in_from(data) == FORGED and "secure" in cookie.lower()


@pytest.mark.parametrize("peer, trusted, forwarded, proto, seen, scheme", [
    ("10.1.1.5", "", FORGED, "https", "10.1.1.5", "http"),
    ("10.1.1.5", "10.1.1.0/24", FORGED, "https", FORGED, "https"),
    ("10.1.1.5", "10.1.1.0/24", f"{FORGED}, 10.1.1.7", "https", FORGED, "https"),
    ("10.1.1.5", "10.1.1.0/24", "<script>", "javascript", "10.1.1.5", "http"),
    ("10.1.2.5", "10.1.1.0/24", FORGED, "https", "10.1.2.5", "http"),
    ("2001:db8::5", "2001:db8::/64", FORGED, "https", FORGED, "https"),
], ids=["untrusted-default", "trusted", "chain", "garbage", "outside-network", "ipv6"])
def test_the_trusted_proxy_rule(tmp_path, peer, trusted, forwarded, proto, seen, scheme):
    svc = make_service(tmp_path, trusted_proxies=trusted)
    c = TestClient(svc.app, client=(peer, 40000))
    r = c.post("/api/session", json={"token": svc.tokens["ana"]},
               headers={"X-Forwarded-For": forwarded, "X-Forwarded-Proto": proto})
    assert r.status_code == 204
    assert ("secure" in r.headers["set-cookie"].lower()) == (scheme == "https")
    rows = [a for a in svc.store.audit_log(10) if a["action"] == "sign in"]
    assert rows[0]["ip"] == seen


@pytest.mark.parametrize("value", ["not-an-address", "10.0.0.0/33", ["127.0.0.1", "localhost"]])
def test_a_trusted_proxy_that_is_not_an_address_is_a_config_error(tmp_path, value):
    with pytest.raises(ConfigError, match="trusted_proxies"):
        make_service(tmp_path, trusted_proxies=value)
