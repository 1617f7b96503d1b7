"""The note routes: the latest version, every version, edits, approval, the diff, exports; the audit log."""

import json
import logging
from typing import Annotated

from fastapi import Depends, FastAPI, HTTPException, Query, Request, Response
from fastapi import Path as PathParam

from ..config import Settings
from . import media, notes, schemas
from .access import COMMON, R401, R403, R409, R422, Access, Conflict
from .store import User
from .worker import delete_audio

log = logging.getLogger("pipeline.service")


def add_note_routes(app: FastAPI, acc: Access, settings: Settings) -> None:
    store, svc, Me = acc.store, settings.service, acc.Me
    own, audit, latest, note_out, transcript_of = acc.own, acc.audit, acc.latest, acc.note_out, acc.transcript_of
    admin_user = acc.admin_user

    # ------------------------------------------------------------ notes

    @app.get("/api/recordings/{rid}/note", response_model=schemas.NoteOut, responses={**COMMON, **R409})
    def note(rid: str, user: Me, request: Request):
        own(rid, user, request)
        v = latest(rid)
        audit(request, user, "view", "note", rid)
        return note_out(rid, v)

    @app.get("/api/recordings/{rid}/note/versions", response_model=list[schemas.VersionInfo], responses=COMMON)
    def versions(rid: str, user: Me, request: Request):
        own(rid, user, request)
        audit(request, user, "list", "note versions", rid)
        return [dict(r) for r in store.versions(rid)]

    @app.get("/api/recordings/{rid}/note/versions/{version}", response_model=schemas.NoteOut, responses=COMMON)
    def version(rid: str, version: Annotated[int, PathParam(ge=1, le=1_000_000)], user: Me, request: Request):
        own(rid, user, request)
        v = store.version(rid, version)
        if v is None:
            raise HTTPException(404, "no such version")
        audit(request, user, "view", f"note version {version}", rid)
        return note_out(rid, v)

    @app.put("/api/recordings/{rid}/note", response_model=schemas.NoteOut, responses={**COMMON, **R409, **R422})
    def edit(rid: str, body: schemas.NoteEdit, user: Me, request: Request):
        rec = own(rid, user, request)
        v = latest(rid)
        if store.approval(rid) is not None:
            raise Conflict("the note is approved and locked")
        if body.base_version != v.version:
            raise Conflict(f"the note changed since version {body.base_version}; reload it", expected=v.version)
        ids = {s.id for s in transcript_of(rec).segments}
        new = notes.apply_edit(v.note, [s.model_dump() for s in body.sections], ids)
        number = store.add_version(rid, v.version, "edit", user.name, new)
        if number is None:
            raise Conflict("the note changed meanwhile; reload it")
        audit(request, user, "edit", "note", rid)
        log.info("note edited: version %d", number)
        return note_out(rid, store.version(rid, number))

    @app.post("/api/recordings/{rid}/approve", response_model=schemas.NoteOut, responses={**COMMON, **R409, **R422})
    def approve(rid: str, body: schemas.Approve, user: Me, request: Request):
        own(rid, user, request)
        v = latest(rid)
        if store.approval(rid) is not None:
            raise Conflict("the note is already approved")
        if body.version != v.version:
            raise Conflict(f"version {body.version} is not the latest ({v.version}); review the latest",
                           expected=v.version)
        left = notes.unresolved(v.note)
        if left:
            raise Conflict("edit or confirm every item marked unsupported before approving", items=left)
        first = store.version(rid, 1)
        change = notes.diff(first.note, v.note, 1, v.version + 1)
        number = store.add_version(rid, v.version, "approved", user.name, v.note, approval=change)
        if number is None:
            raise Conflict("the note changed meanwhile; reload it")
        audit(request, user, "approve", "note", rid)
        app.state.clients.approved(rid, number, user, request)  # a client's note: its goal results are stored
        if svc.retention == "on-approval":
            delete_audio(store, rid, "approved")
        return note_out(rid, store.version(rid, number))

    @app.get("/api/recordings/{rid}/diff", response_model=schemas.DiffOut, responses={**COMMON, **R409})
    def diff(rid: str, user: Me, request: Request):
        own(rid, user, request)
        a = store.approval(rid)
        if a is None:
            raise Conflict("the note is not approved yet")
        audit(request, user, "view", "note diff", rid)
        return {**json.loads(a["diff"]), "approved_by": a["approved_by"], "approved_at": a["at"]}

    @app.get("/api/recordings/{rid}/export", responses={
        **COMMON, **R409, 200: {"content": {"text/markdown": {}, "text/plain": {}, "application/json": {}}}})
    def export(rid: str, user: Me, request: Request,
               format: Annotated[str, Query(pattern="^(md|txt|json)$")] = "md"):
        rec = own(rid, user, request)
        a = store.approval(rid)
        if a is None:
            raise Conflict("only an approved note can be exported")
        v = store.version(rid, a["version"])
        t = transcript_of(rec)
        body = {**v.note, "session": {**v.note.get("session", {}), "speakers": list(t.speakers)}}
        meta = {"approved_by": a["approved_by"], "approved_at": a["at"], "version": a["version"]}
        text, kind = notes.export(body, format, t, meta)
        audit(request, user, f"export {format}", "note", rid)
        name = f"note-{rid}.{format}"
        return Response(text, media_type=kind, headers={"Content-Disposition": f'attachment; filename="{name}"',
                                                        "X-Content-Type-Options": "nosniff",
                                                        "Content-Security-Policy": media.MEDIA_CSP})

    # ------------------------------------------------------------ admin

    @app.get("/api/audit", response_model=list[schemas.AuditEntry], responses={**R401, **R403})
    def audit_log(admin: Annotated[User, Depends(admin_user)], request: Request,
                  limit: Annotated[int, Query(ge=1, le=10_000)] = 200):
        acc.writer.flush()  # rows queued off the response path (denied reads, failed sign-ins) are in
        rows = store.audit_log(limit)
        audit(request, admin, "view", "audit log", None)
        return [dict(r) for r in rows]

