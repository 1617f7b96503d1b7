"""Who may see what in the clinic service, and the audit trail of every access.

One ``Access`` per app: the current user (a session cookie or a Bearer token;
cookie-authenticated changes need the ``X-Requested-With: scribe`` header; wrong
tokens count toward the sign-in throttle), the owner check (another therapist's
recording answers 404, as a missing one, in the same time: the denied-access audit
row is written off the response path), the audit log, and the views of
recordings, transcripts and note versions that the routes return.
"""

from __future__ import annotations

import json
import sqlite3
import time
from typing import Annotated, Any

from fastapi import Depends, HTTPException, Request
from fastapi.responses import JSONResponse

from . import schemas
from .auditlog import AuditWriter
from .signins import SignInGuard
from .store import Store, User

COOKIE = "scribe_session"
CSRF_HEADER = "x-requested-with"
NOTE_STATUS = {None: "none", "draft": "draft", "edit": "edited", "approved": "approved"}  # by the latest kind
QUIET_AUDIT_S = 600.0  # the pages' status polls are audited once per user and object in this time
PLAYBACK_S = 300.0  # ranged audio reads (a playback, its seeks) are audited once per user and recording in this
POLLED_MAX = 20_000  # remembered (user, object) poll keys before old ones are dropped

E = schemas.Error
R401 = {401: {"model": E, "description": "not signed in"}}
R403 = {403: {"model": E, "description": "not allowed"}}
R404 = {404: {"model": E, "description": "no such recording (or not yours)"}}
R409 = {409: {"model": schemas.Conflict, "description": "not possible in the recording's current state"}}
R422 = {422: {"model": E, "description": "invalid request"}}
COMMON = {**R401, **R403, **R404}


def api_error(status: int, detail: str, **extra: Any) -> JSONResponse:
    return JSONResponse({"detail": detail, **extra}, status_code=status)


class Conflict(Exception):
    """Not possible in the recording's current state: answered 409 with ``extra`` in the body."""

    def __init__(self, detail: str, **extra: Any) -> None:
        super().__init__(detail)
        self.extra = extra


class Access:
    def __init__(self, store: Store) -> None:
        self.store = store
        self.polled: dict[tuple, float] = {}
        self.signins = SignInGuard()
        self.writer = AuditWriter(store, self.signins)
        self.Me = Annotated[User, Depends(self.current_user)]

    def ip(self, request: Request) -> str | None:
        return request.client.host if request.client else None

    def audit(self, request: Request, user: User | str, action: str, obj: str, oid: str | None,
              poll: bool = False, quiet: float = QUIET_AUDIT_S) -> None:
        """Append to the audit log. ``poll``: a read the pages repeat (the list, a recording's status every
        few seconds; the ranged reads of a playback): logged once per user, object and address in ``quiet``
        seconds, not 1,200 times an hour. Transcripts, notes, full audio reads and exports are logged on
        every access."""
        name = user if isinstance(user, str) else user.name
        if poll:
            key, now = (name, action, obj, oid, self.ip(request)), time.monotonic()
            if now - self.polled.get(key, -quiet) < quiet:
                return
            if len(self.polled) >= POLLED_MAX:
                self.polled = {k: t for k, t in self.polled.items() if now - t < QUIET_AUDIT_S}
                while len(self.polled) >= POLLED_MAX:
                    del self.polled[next(iter(self.polled))]
            self.polled[key] = now
        self.store.audit(name, action, obj, oid, self.ip(request))

    def sign_in_failed(self, request: Request, token: str | None, throttled: bool = False) -> None:
        """Count a wrong token (the throttle, and the bounded audit rows, written off the response path)."""
        rows = self.signins.failed(self.ip(request), token, throttled)
        if rows:
            self.writer.put(*rows)

    def throttle(self, request: Request, token: str | None) -> None:
        """429 while this address or token prefix has failed too often (the token is not checked)."""
        wait = self.signins.retry_after(self.ip(request), token)
        if wait:
            self.sign_in_failed(request, token, throttled=True)
            raise HTTPException(429, f"too many failed sign-ins from this address; try again in {wait} s",
                                headers={"Retry-After": str(wait)})

    def optional_user(self, request: Request) -> User | None:
        auth = request.headers.get("authorization", "")
        if auth.lower().startswith("bearer "):
            token = auth[7:].strip()
            self.throttle(request, token)
            user = self.store.user_by_token(token)
            if user is None:
                self.sign_in_failed(request, token)
            return user
        sid = request.cookies.get(COOKIE)
        if not sid:
            return None
        user = self.store.session_user(sid)
        if user is not None and request.method not in ("GET", "HEAD", "OPTIONS") \
                and request.headers.get(CSRF_HEADER) != "scribe":
            raise HTTPException(403, "send the header X-Requested-With: scribe with this request")
        return user

    def current_user(self, request: Request) -> User:
        user = self.optional_user(request)
        if user is None:
            raise HTTPException(401, "sign in first", headers={"WWW-Authenticate": "Bearer"})
        return user

    def admin_user(self, request: Request) -> User:
        user = self.current_user(request)
        if not user.admin:
            raise HTTPException(403, "only an admin may do this")
        return user


    def own(self, rid: str, user: User, request: Request | None = None) -> sqlite3.Row:
        """The recording, if ``user`` may see it; 404 otherwise. Another therapist's recording and a missing
        id take the same path in the same time: the denied attempt's audit row is queued for the
        background writer, not written before the answer."""
        self.writer.ready()
        rec = self.store.recording(rid)
        if rec is not None and not user.admin and rec["owner"] != user.name:
            self.writer.put((user.name, "denied", "recording", rid, self.ip(request) if request else None))
            rec = None
        if rec is None:
            raise HTTPException(404, "no such recording")
        return rec

    def rec_out(self, rec: sqlite3.Row, stages: dict | None = None) -> dict[str, Any]:
        stage = duration = None
        if stages and rec["sha256"] in stages:
            stage, duration = stages[rec["sha256"]]
        return {"id": rec["id"], "title": rec["title"], "owner": rec["owner"], "status": rec["status"],
                "stage": stage if rec["status"] == "processing" else None, "error": rec["error"],
                "created": rec["created"], "duration": rec["duration"] or duration,
                "note_status": NOTE_STATUS[rec["note_kind"]],
                "audio": "deleted" if rec["audio_deleted"] is not None else "present", "size": rec["size"]}

    def transcript_of(self, rec: sqlite3.Row):
        from ..schema import Transcript

        if rec["status"] != "ready" or not rec["folder"]:
            raise Conflict(f"the transcript is not ready (the recording is {rec['status']})")
        path = self.store.work / rec["folder"] / "transcript.json"
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as e:
            raise HTTPException(500, "the transcript could not be read") from e
        overrides = json.loads(rec["speakers"] or "{}")
        for s in data.get("speakers", []):
            o = overrides.get(s.get("id"))
            if o:
                if o.get("role"):
                    s["role"], s["label"] = o["role"], o["role"].capitalize()
                if "name" in o:
                    s["name"] = o["name"] or None
        return Transcript.from_dict(data)

    def note_out(self, rid: str, v) -> dict[str, Any]:
        approval = self.store.approval(rid)
        return {"version": v.version, "kind": v.kind, "author": v.author, "created": v.created,
                "approved": bool(approval and approval["version"] == v.version), **v.note}

    def latest(self, rid: str):
        v = self.store.version(rid)
        if v is None:
            raise Conflict("the note is not written yet")
        return v

