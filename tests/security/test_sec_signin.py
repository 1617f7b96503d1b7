"""Sign-in floods (issue 25, failure 7): throttled per address and per token prefix, bounded in the audit log.

Documented limits (README): 10 failed sign-ins (a wrong token to ``POST /api/session`` or as a Bearer
token) from one address, or with one token prefix (its first 8 characters), within 10 minutes; then 429
with ``Retry-After`` until the oldest of them is 10 minutes old, without the token being checked. The
audit log gets one row for an address's first failure in a 10-minute window and one row with the count
of the rest when the window closes (for at most 100 addresses a window; the others share one row).
"""

from __future__ import annotations

import re
import secrets
import time

from fastapi.testclient import TestClient

from .helpers import audit_rows

LIMIT = 10
WINDOW_S = 600


def client(svc, address: str) -> TestClient:
    return TestClient(svc.app, client=(address, 40000))


def wrong() -> str:
    return secrets.token_urlsafe(32)


def retry_after(r) -> int:
    value = int(r.headers["retry-after"])
    assert 1 <= value <= WINDOW_S
    return value


def test_failed_sign_ins_from_one_address_are_throttled(svc):
    c = client(svc, "198.51.100.7")
    for _ in range(LIMIT):
        assert c.post("/api/session", json={"token": wrong()}).status_code == 401
    r = c.post("/api/session", json={"token": wrong()})
    assert r.status_code == 429 and retry_after(r) and "try again" in r.json()["detail"]
    # from there the right token is not even checked
    r = c.post("/api/session", json={"token": svc.tokens["ana"]})
    assert r.status_code == 429 and "set-cookie" not in r.headers
    # another address is not affected
    assert client(svc, "198.51.100.8").post("/api/session", json={"token": svc.tokens["ana"]}).status_code == 204
    # and once the window has passed, the address may try again
    guard = svc.app.state.signins
    now = guard.clock()
    guard.clock = lambda: now + WINDOW_S + 1
    assert c.post("/api/session", json={"token": svc.tokens["ana"]}).status_code == 204


def test_failed_sign_ins_with_one_token_prefix_are_throttled_across_addresses(svc):
    prefix = "AbCdEfGh"
    for i in range(LIMIT):
        r = client(svc, f"203.0.113.{i}").post("/api/session", json={"token": prefix + wrong()})
        assert r.status_code == 401
    r = client(svc, "203.0.113.50").post("/api/session", json={"token": prefix + wrong()})
    assert r.status_code == 429 and retry_after(r)
    assert client(svc, "203.0.113.51").post("/api/session", json={"token": wrong()}).status_code == 401


def test_wrong_bearer_tokens_count_as_failed_sign_ins(svc):
    c = client(svc, "198.51.100.9")
    for _ in range(LIMIT):
        assert c.get("/api/me", headers={"Authorization": f"Bearer {wrong()}"}).status_code == 401
    r = c.get("/api/recordings", headers={"Authorization": f"Bearer {wrong()}"})
    assert r.status_code == 429 and retry_after(r)
    assert c.get("/api/me", headers={"Authorization": f"Bearer {svc.tokens['ana']}"}).status_code == 429
    assert c.post("/api/session", json={"token": svc.tokens["ana"]}).status_code == 429
    # a signed-in browser at that address keeps working (its session cookie is not a guess)
    ok = client(svc, "198.51.100.10")
    assert ok.post("/api/session", json={"token": svc.tokens["ben"]}).status_code == 204
    c.cookies.set("scribe_session", ok.cookies["scribe_session"])
    assert c.get("/api/me").json()["name"] == "ben"


def _failed_count(action: str) -> int:
    m = re.fullmatch(r"sign-in failed(?: \((\d+) (?:more|times)\b.*\))?", action)
    assert m, action
    return int(m.group(1)) if m.group(1) else 1


def test_a_sign_in_flood_cannot_grow_the_audit_log_without_bound(svc):
    """650 failed sign-ins (3 each from 150 addresses, 200 from one): at most 201 audit rows, and the rows
    still add up to 650 attempts."""
    t0 = time.monotonic()
    for a in range(150):
        c = client(svc, f"10.9.{a // 200}.{a % 200 + 1}")
        for _ in range(3):
            assert c.post("/api/session", json={"token": wrong()}).status_code == 401
    big = client(svc, "10.8.0.1")
    answers = [big.post("/api/session", json={"token": wrong()}).status_code for _ in range(200)]
    assert answers.count(401) == LIMIT and answers.count(429) == 200 - LIMIT
    assert time.monotonic() - t0 < 120
    guard = svc.app.state.signins
    now = guard.clock()
    guard.clock = lambda: now + WINDOW_S + 1  # the window closes: its counts are written
    rows = [a for a in audit_rows(svc) if a["action"].startswith("sign-in failed")]
    assert len(rows) <= 2 * 100 + 1, len(rows)
    assert sum(_failed_count(a["action"]) for a in rows) == 150 * 3 + 200
    assert all(a["user"] == "-" and a["object"] == "session" for a in rows)
