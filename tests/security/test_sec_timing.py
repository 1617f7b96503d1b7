"""Same answer, same time (issue 25, failure 11).

A denied read of another therapist's recording wrote its audit row (an SQLite commit, fsync'd) before
answering, so it took measurably longer than a missing id: the timing told that the id exists. These
tests are structural, not wall-clock thresholds: the response never waits for the denied-access audit
write, and a denied id and a missing one do the same work on the response path.
(benchmarks/service_timing.py measures the difference itself.)
"""

from __future__ import annotations

import threading

from service_helpers import make_ready_recording

from pipeline.service.store import Store

from .helpers import MISSING_RID, audit_rows, call


def test_a_denied_read_does_not_wait_for_its_audit_write(svc):
    rid = make_ready_recording(svc.store, "ana")
    release = threading.Event()
    real = svc.store.audit

    def slow_audit(user, action, *args, **kw):
        if action == "denied":
            release.wait(10)  # the write takes as long as the test wants
        return real(user, action, *args, **kw)

    svc.store.audit = slow_audit
    result = {}
    t = threading.Thread(target=lambda: result.update(r=call(svc, "GET", f"/api/recordings/{rid}/note", "ben")))
    t.start()
    t.join(5)
    answered_while_writing = not t.is_alive()
    release.set()
    t.join(15)
    assert answered_while_writing, "the 404 waited for the denied-access audit write"
    assert result["r"].status_code == 404
    # the attempt is in the audit log all the same
    denied = [a for a in audit_rows(svc) if a["user"] == "ben" and a["action"] == "denied"]
    assert [a["object_id"] for a in denied] == [rid]


def test_a_denied_id_and_a_missing_id_do_the_same_work(svc):
    """On every GET route of a recording: the same Store calls, in the same order, on the request's thread."""
    rid = make_ready_recording(svc.store, "ana")
    calls: list[tuple[str, str]] = []
    for name in dir(Store):
        if name.startswith("_") or not callable(getattr(Store, name)) or name in ("close",):
            continue
        real = getattr(svc.store, name)

        def spy(*a, _real=real, _name=name, **kw):
            calls.append((threading.current_thread().name, _name))
            return _real(*a, **kw)

        setattr(svc.store, name, spy)
    routes = sorted(p for p, ops in svc.app.openapi()["paths"].items()
                    if p.startswith("/api/recordings/{rid}") and "get" in ops)
    assert len(routes) >= 7
    for path in routes:
        seen = {}
        for target in (rid, MISSING_RID):
            calls.clear()
            r = call(svc, "GET", path.format(rid=target, version=1), "ben")
            assert r.status_code == 404, path
            seen[target] = [n for thread, n in calls if not thread.startswith("scribe-audit")]
        assert seen[rid] == seen[MISSING_RID], f"{path}: {seen}"
