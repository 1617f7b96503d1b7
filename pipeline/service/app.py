"""The clinic web service (FastAPI): sign in, upload or record, review with evidence, edit, approve, export.

Every ``/api`` route but ``/api/health`` and ``POST /api/session`` needs a user
(a session cookie from signing in with a token, or ``Authorization: Bearer``).
A therapist sees only their own recordings; an admin sees all; another
therapist's recording answers 404, as one that does not exist. Every access to
a recording, transcript or note is written to the append-only audit log. The
application log carries ids and counts, never transcript or note text or file
names.

Under attack (issue 25): media is typed by its content and served sandboxed
(media.py); every request body is size-limited and paced, uploads have per-user
slots (limits.py); failed sign-ins are throttled and counted into the audit log
in bounded form (signins.py); forwarded headers count only from trusted proxies
(proxy.py); denied reads answer in the time of a missing id (auditlog.py).
"""


import contextlib
import json
import logging
import os
import sqlite3
from pathlib import Path
from typing import Annotated, Any

from fastapi import FastAPI, HTTPException, Request, Response
from fastapi import Path as PathParam
from fastapi.concurrency import run_in_threadpool
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse, RedirectResponse
from fastapi.staticfiles import StaticFiles

from .. import __version__
from ..config import Settings
from . import media, notes, schemas
from .access import COMMON, COOKIE, PLAYBACK_S, R401, R403, R409, R422, Access, Conflict, E, api_error
from .limits import CHUNK_MAX, BodyLimit, Pace, UploadSlots, check_limits, read_limited
from .proxy import TrustedProxies, parse_networks
from .routes_clients import add_client_routes
from .routes_notes import add_note_routes
from .store import Store, User
from .uploads import UploadError, check_audio, chunk_count, receive_multipart, save_chunk
from .worker import Duplicate, check_retention, finish_live, ledger_stages, max_seconds, upload_path

log = logging.getLogger("pipeline.service")

HERE = Path(__file__).resolve().parent
ROLES = ("therapist", "child", "caregiver", "other")
CSP = ("default-src 'self'; media-src 'self' blob:; img-src 'self' data:; object-src 'none'; "
       "base-uri 'none'; frame-ancestors 'none'; form-action 'self'")
# the API's answers are data, never a document to render: no script, no origin, nothing loaded
API_CSP = "sandbox; default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"


def _mb(n: int) -> str:
    return f"{n / 2**20:.0f}" if n >= 2**20 else f"{n / 2**20:.2f}"




def transcript_body(t) -> dict[str, Any]:
    """A transcript as the API's TranscriptOut (segments without their words)."""
    return {"duration": t.duration, "speakers": list(t.speakers),
            "segments": [{"id": s.id, "start": s.start, "end": s.end, "speaker": s.speaker, "text": s.text,
                          "speaker_confidence": s.speaker_confidence, "overlap": list(s.overlap)}
                         for s in t.segments]}


def create_app(settings: Settings, store: Store | None = None) -> FastAPI:
    check_retention(settings)
    check_limits(settings)
    store = store or Store(Path(settings.service.data))
    svc = settings.service
    limit = int(svc.max_upload_mb * 2**20)
    longest = max_seconds(settings)
    pace = Pace(svc.upload_timeout_s, svc.upload_min_kbps)
    acc = Access(store)

    @contextlib.asynccontextmanager
    async def lifespan(_app: FastAPI):
        yield
        acc.writer.close()  # queued audit rows (denied reads, failed sign-ins) are written before exit

    app = FastAPI(title="therapy-scribe clinic service", version=__version__,
                  responses={**R422, 400: {"model": E, "description": "malformed request"},
                             408: {"model": E, "description": "the request body stalled or came too slowly"},
                             413: {"model": E, "description": "the request body is over its limit"},
                             429: {"model": E, "description": "too many failed sign-ins (see Retry-After)"}},
                  docs_url=None, redoc_url=None, lifespan=lifespan)  # the Swagger page loads assets from a CDN: off
    app.state.store = store
    app.state.uploads = UploadSlots(svc.uploads_per_user)
    app.state.settings = settings
    app.state.access = acc
    app.state.signins = acc.signins
    ip, audit, optional_user, own, rec_out, transcript_of = (
        acc.ip, acc.audit, acc.optional_user, acc.own, acc.rec_out, acc.transcript_of)
    Me = acc.Me
    app.mount("/static", StaticFiles(directory=HERE / "static", check_dir=False), name="static")
    # outermost first: who the client is (forwarded headers from trusted proxies only), then body limits
    app.add_middleware(BodyLimit, pace=pace)
    app.add_middleware(TrustedProxies, networks=parse_networks(svc.trusted_proxies), unix_socket=bool(svc.socket))
    clients = add_client_routes(app, acc, settings)  # clients, plans, progress, FHIR (routes_clients.py)

    # ----------------------------------------------------------- plumbing

    @app.middleware("http")
    async def headers(request: Request, call_next):
        response = await call_next(request)
        api = request.url.path.startswith("/api") or request.url.path == "/openapi.json"
        response.headers.setdefault("Content-Security-Policy", API_CSP if api else CSP)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "no-referrer")
        response.headers.setdefault("X-Frame-Options", "DENY")
        if request.url.path.startswith("/api") or not request.url.path.startswith("/static"):
            response.headers.setdefault("Cache-Control", "no-store")
        return response

    @app.exception_handler(Conflict)
    async def conflict(_: Request, e: Conflict):
        return api_error(409, str(e), **e.extra)

    @app.exception_handler(RequestValidationError)
    async def invalid_request(_: Request, e: RequestValidationError):
        """One plain message (the pages show it as is), as the spec documents for every 422."""
        first = next(iter(e.errors()), {})
        where = ".".join(str(p) for p in first.get("loc", ())[1:])
        msg = first.get("msg", "invalid request")
        return api_error(422, f"{where}: {msg}" if where else msg)

    @app.exception_handler(UploadError)
    async def upload_error(_: Request, e: UploadError):
        response = api_error(e.status, str(e))
        if e.status == 408:  # a stalled or trickling body: the connection goes too
            response.headers["Connection"] = "close"
        return response

    @app.exception_handler(notes.EditError)
    async def edit_error(_: Request, e: notes.EditError):
        return api_error(422, str(e))

    # -------------------------------------------------------------- pages

    def page(name: str) -> FileResponse:
        return FileResponse(HERE / "pages" / name, media_type="text/html")

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon():
        return Response(status_code=204)

    @app.get("/login", include_in_schema=False)
    def login_page():
        return page("login.html")

    @app.get("/", include_in_schema=False)
    def index_page(request: Request):
        if optional_user(request) is None:
            return RedirectResponse("/login?next=/", status_code=303)
        return page("index.html")

    @app.get("/recordings/{rid}", include_in_schema=False)
    def review_page(rid: str, request: Request):
        if optional_user(request) is None:
            return RedirectResponse(f"/login?next=/recordings/{rid}", status_code=303)
        return page("review.html")

    # --------------------------------------------------------- sign in

    @app.get("/api/health", response_model=schemas.Health)
    def health():
        return {"ok": True}

    @app.post("/api/session", status_code=204, responses={401: {"model": E}, 429: {"model": E}, **R422})
    def sign_in(body: schemas.SignIn, request: Request):
        acc.throttle(request, body.token)
        user = store.user_by_token(body.token)
        if user is None:
            acc.sign_in_failed(request, body.token)
            raise HTTPException(401, "this token is not valid")
        sid = store.open_session(user, svc.session_hours)
        audit(request, user, "sign in", "session", None)
        response = Response(status_code=204)
        response.set_cookie(COOKIE, sid, max_age=int(svc.session_hours * 3600), httponly=True,
                            samesite="strict", secure=request.url.scheme == "https", path="/")
        return response

    @app.delete("/api/session", status_code=204, responses={**R403})
    def sign_out(request: Request):
        user = optional_user(request)
        sid = request.cookies.get(COOKIE)
        if sid:
            store.close_session(sid)
        if user is not None:
            audit(request, user, "sign out", "session", None)
        response = Response(status_code=204)
        response.delete_cookie(COOKIE, path="/", httponly=True, samesite="strict")
        return response

    @app.get("/api/me", response_model=schemas.Me, responses=R401)
    def me(user: Me):
        return {"name": user.name, "role": user.role}

    # ------------------------------------------------------- recordings

    @app.get("/api/recordings", response_model=list[schemas.Recording], responses=COMMON)
    def list_recordings(user: Me, request: Request):
        rows = store.recordings(None if user.admin else user)
        stages = ledger_stages(store) if any(r["status"] == "processing" for r in rows) else {}
        audit(request, user, "list", "recordings", None, poll=True)
        return [rec_out(r, stages) for r in rows]

    upload_body = {"requestBody": {"required": True, "content": {"multipart/form-data": {"schema": {
        "type": "object", "required": ["file", "consent"], "properties": {
            "file": {"type": "string", "format": "binary"},
            "title": {"type": "string", "maxLength": 200},
            "client": {"type": "string", "maxLength": 64},
            "consent": {"type": "string", "enum": ["true"]}}}}}}}

    @app.post("/api/recordings", status_code=201, response_model=schemas.Recording, openapi_extra=upload_body,
              responses={**COMMON, **R409, **R422, 400: {"model": E}, 408: {"model": E}, 413: {"model": E},
                         415: {"model": E}})
    async def upload(request: Request, user: Me):
        length = request.headers.get("content-length")
        if length and length.isdigit() and int(length) > limit + 2**20:
            raise UploadError(413, f"the recording is larger than the limit ({_mb(limit)} MB)")
        # At most uploads_per_user bodies of one user, and UPLOADS_AT_ONCE in all, are read at a time: the
        # others wait unread (costing the event loop nothing), so pages and status requests never queue behind
        # a burst of uploads, and one user's slow uploads hold up only that user. A body that stalls or
        # trickles is cut (408).
        async with app.state.uploads.hold(user.id):
            got = await receive_multipart(pace.stream(request.stream()), request.headers.get("content-type", ""),
                                          store.uploads, limit)
        try:
            if got.fields.get("consent", "").strip().lower() != "true":
                raise UploadError(422, "tick the consent box: the family agreed to recording and processing")
            client = clients.pick(user, got.fields.get("client"), request)  # 404: not a client of yours
            info = await run_in_threadpool(check_audio, got.path, longest)
            rid = await run_in_threadpool(_store_upload, got, user, info, client)
        finally:
            with contextlib.suppress(OSError):
                got.path.unlink()
        audit(request, user, "upload", "recording", rid)
        log.info("upload: %.1f MB queued", got.size / 2**20)
        return JSONResponse(rec_out(store.recording(rid)), status_code=201)

    def _store_upload(got, user: User, info: dict, client: str | None = None) -> str:
        """The upload's file and rows (in a thread: SQLite commits and renames stay off the event loop)."""
        dup = store.duplicate_of(user, got.sha256)
        if dup:
            raise Conflict("you already uploaded this recording", id=dup)
        title = got.fields.get("title", "").strip()[:200] or Path(got.filename or "").stem[:200] or "recording"
        mime, ext = media.describe(info)  # what the decoder found, never the file's name
        rid = store.new_recording(user, title=title, status="queued", original_name=got.filename, mime=mime)
        if client:
            clients.store.link(rid, client)  # before it is queued: the worker drafts the note for the client
        final = store.uploads / f"{rid}{ext}"
        os.replace(got.path, final)
        try:
            store.queue(rid, sha256=got.sha256, size=got.size, upload=final.name)
        except sqlite3.IntegrityError:  # the same bytes, uploaded twice at the same moment
            final.unlink()
            store.update(rid, status="failed", error="a duplicate upload")
            raise Conflict("you already uploaded this recording", id=store.duplicate_of(user, got.sha256)) \
                from None
        store.update(rid, duration=info.get("duration"))
        return rid

    @app.post("/api/recordings/live", status_code=201, response_model=schemas.Recording,
              responses={**COMMON, **R422})
    def live_start(body: schemas.LiveStart, user: Me, request: Request):
        if not body.consent:
            raise HTTPException(422, "tick the consent box: the family agreed to recording and processing")
        rid = store.new_recording(user, title=body.title.strip() or "recording", status="recording",
                                  mime=body.mime)
        audit(request, user, "record", "recording", rid)
        return JSONResponse(rec_out(store.recording(rid)), status_code=201)

    chunk_body = {"requestBody": {"required": True, "content": {"application/octet-stream": {
        "schema": {"type": "string", "format": "binary"}}}}}

    @app.put("/api/recordings/{rid}/chunks/{n}", status_code=204, openapi_extra=chunk_body,
             responses={**COMMON, **R409, **R422, 408: {"model": E}, 413: {"model": E}})
    async def live_chunk(rid: str, n: Annotated[int, PathParam(ge=0, le=100_000)], request: Request, user: Me):
        rec = own(rid, user, request)
        if rec["status"] != "recording":
            raise Conflict(f"the recording is {rec['status']}, not recording")
        # the upload limit holds for the recording's running total, the chunk limit for each chunk
        room = limit - rec["size"]
        full = (f"the recording reached the size limit ({_mb(limit)} MB); finish it (what arrived is kept) "
                "and start a new one")
        too_big = full if room < CHUNK_MAX else f"a chunk is at most {_mb(CHUNK_MAX)} MB"
        if room <= 0:
            raise UploadError(413, full)
        length = request.headers.get("content-length")
        if length and length.isdigit() and int(length) > min(room, CHUNK_MAX):
            raise UploadError(413, too_big)
        data = await read_limited(pace.stream(request.stream()), min(room, CHUNK_MAX), too_big)
        expected = chunk_count(store.uploads, rid)
        if n < expected:
            return Response(status_code=204)  # sent again after a lost answer: already here
        if n > expected:
            raise Conflict(f"chunk {expected} is missing; send the chunks in order", expected=expected)
        if not data:
            raise HTTPException(422, "an empty chunk")
        await run_in_threadpool(save_chunk, store.uploads, rid, n, data)  # fsync: off the event loop
        store.update(rid, chunks=n + 1, size=rec["size"] + len(data))
        return Response(status_code=204)

    @app.post("/api/recordings/{rid}/finish", response_model=schemas.Recording, responses={**COMMON, **R409})
    async def live_finish(rid: str, user: Me, request: Request):
        rec = own(rid, user, request)
        if rec["status"] != "recording":
            raise Conflict(f"the recording is {rec['status']}, not recording")
        try:
            await run_in_threadpool(finish_live, store, rid, user.name, ip(request), longest)
        except Duplicate as e:  # as a duplicate upload is answered (the recording is failed, saying of which)
            raise Conflict("you already uploaded this recording", id=e.first) from None
        return rec_out(store.recording(rid))

    @app.get("/api/recordings/{rid}", response_model=schemas.Recording, responses=COMMON)
    def get_recording(rid: str, user: Me, request: Request):
        rec = own(rid, user, request)
        stages = ledger_stages(store) if rec["status"] == "processing" else {}
        audit(request, user, "view", "recording", rid, poll=True)
        return rec_out(rec, stages)

    @app.post("/api/recordings/{rid}/retry", response_model=schemas.Recording, responses={**COMMON, **R409})
    def retry(rid: str, user: Me, request: Request):
        rec = own(rid, user, request)
        if rec["status"] != "failed" or upload_path(store, rec) is None or not rec["sha256"]:
            raise Conflict("only a failed recording whose audio is still here can be tried again")
        store.update(rid, status="queued", error=None)
        audit(request, user, "retry", "recording", rid)
        return rec_out(store.recording(rid))

    @app.get("/api/recordings/{rid}/audio", responses={
        **COMMON, **R409, 410: {"model": E},
        200: {"content": {"audio/*": {}, "video/*": {}, "application/octet-stream": {}}}})
    def audio(rid: str, user: Me, request: Request):
        rec = own(rid, user, request)
        path = upload_path(store, rec)
        if path is None or not path.is_file():
            if rec["audio_deleted"] is not None:
                raise HTTPException(410, "the audio was deleted by the retention rule; the transcript and note stay")
            raise Conflict("the audio is not uploaded yet")
        # Every read is audited: a full read each time; ranged reads (an <audio> element's, many per playback,
        # from any byte) once per user, recording and address in PLAYBACK_S.
        ranged = request.headers.get("range") is not None
        audit(request, user, "play", "audio", rid, poll=ranged, quiet=PLAYBACK_S)
        kind = media.served_type(rec["mime"])  # the stored type only when it is on the vetted list
        return FileResponse(path, media_type=kind,
                            headers=media.headers(kind, f"recording-{rid}{media.extension_of(kind)}"))

    @app.get("/api/recordings/{rid}/transcript", response_model=schemas.TranscriptOut, responses={**COMMON, **R409})
    def transcript(rid: str, user: Me, request: Request):
        rec = own(rid, user, request)
        t = transcript_of(rec)
        audit(request, user, "view", "transcript", rid)
        return transcript_body(t)

    @app.put("/api/recordings/{rid}/speakers", response_model=schemas.TranscriptOut,
             responses={**COMMON, **R409, **R422})
    def speakers(rid: str, body: schemas.SpeakersEdit, user: Me, request: Request):
        rec = own(rid, user, request)
        t = transcript_of(rec)
        known = {s.get("id") for s in t.speakers}
        overrides = json.loads(rec["speakers"] or "{}")
        for s in body.speakers:
            if s.id not in known:
                raise HTTPException(422, f"no speaker {s.id!r} in this transcript")
            o = overrides.setdefault(s.id, {})
            if s.role is not None:
                o["role"] = s.role
            o["name"] = (s.name or "").strip() or None
        if store.approval(rid) is not None:
            raise Conflict("the note is approved; speakers can no longer change")
        store.update(rid, speakers=json.dumps(overrides))
        audit(request, user, "edit", "speakers", rid)
        return transcript_body(transcript_of(store.recording(rid)))  # with the new names and roles

    add_note_routes(app, acc, settings)
    return app
