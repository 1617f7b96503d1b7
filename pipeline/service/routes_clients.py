"""The client routes: clients and their plans of care, a recording's client and its report on the plan,
accepting a proposed goal, progress across sessions (table data, SVG chart, Markdown report), FHIR export.

Who sees what, as for recordings: a therapist sees the clients they are a therapist of (another's client
answers 404, as a missing one, and the refusal is audited); an admin sees every client. Goals are
editable by the client's therapists and admins; only admins change who a client's therapists are. Every
access is written to the audit log (ids only). The client store is ``DATA/clients.sqlite``.
"""


import datetime as dt
import logging
from typing import Annotated, Any

from fastapi import FastAPI, HTTPException, Request, Response
from fastapi import Path as PathParam
from fastapi.responses import JSONResponse, RedirectResponse

from ..clients import goals as goal_logic
from ..clients.model import Client, Goal, GoalReport, GoalResult
from ..clients.store import ClientError, ClientStore
from ..config import Settings
from ..errors import ConfigError
from . import client_schemas as cs
from . import schemas
from .access import COMMON, R401, R403, R409, R422, Access, Conflict, api_error
from .store import User

log = logging.getLogger("pipeline.service")

CID = Annotated[str, PathParam(pattern=r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$", max_length=64)]
GID = Annotated[str, PathParam(pattern=cs.GOAL_PATH, max_length=10)]
R404C = {404: {"model": schemas.Error, "description": "no such client or goal (or not yours)"}}
CCOMMON = {**R401, **R403, **R404C}


def _goal_out(g: Goal) -> dict[str, Any]:
    return {"id": g.id, "text": g.text, "target": g.target, "start": g.start, "status": g.status, "origin": g.origin}


def _session_date(rec: Any) -> str:
    return dt.datetime.fromtimestamp(rec["created"]).date().isoformat()


class Clients:
    """The client store and the access rules of the client routes."""

    def __init__(self, app: FastAPI, acc: Access, settings: Settings) -> None:
        self.store = ClientStore(acc.store.data)
        self.acc, self.settings = acc, settings
        app.state.clients = self

    # ------------------------------------------------------------ access

    def client(self, cid: str, user: User, request: Request | None) -> Client:
        """The client if the user may see it; else 404, as one that does not exist, in the same time: the
        refusal's audit row is queued for the background writer, as Access.own does for recordings."""
        self.acc.writer.ready()
        found = self.store.client(cid)
        if found is not None and not user.admin and user.name not in found.therapists:
            self.acc.writer.put((user.name, "denied", "client", cid, self.acc.ip(request) if request else None))
            found = None
        if found is None:
            raise HTTPException(404, "no such client")
        return found

    def pick(self, user: User, value: str | None, request: Request | None = None) -> str | None:
        """A client id a user gives with a recording: '' or None -> none; else one they may see (else 404)."""
        value = (value or "").strip()
        if not value:
            return None
        if len(value) > 64:
            raise HTTPException(422, "a client id is at most 64 characters")
        return self.client(value, user, request).id

    # ------------------------------------------------------------ views

    def client_out(self, c: Client) -> dict[str, Any]:
        sessions = self.store.sessions(c.id)
        return {"id": c.id, "name": c.name, "therapists": list(c.therapists), "created": c.created,
                "goals_active": len(self.store.goals(c.id, "active")), "sessions": len(sessions),
                "last_session": sessions[-1].date if sessions else None}

    def detail(self, c: Client, user: User) -> dict[str, Any]:
        recs = []
        for rid in self.store.recordings_of(c.id):
            rec = self.acc.store.recording(rid)
            if rec is None or (not user.admin and rec["owner"] != user.name):
                continue
            recs.append({"id": rid, "title": rec["title"], "status": rec["status"], "created": rec["created"],
                         "approved": self.acc.store.approval(rid) is not None})
        return {"id": c.id, "name": c.name, "therapists": list(c.therapists), "created": c.created,
                "goals": [_goal_out(g) for g in self.store.goals(c.id)],
                "sessions": [{"key": s.key, "date": s.date, "recording": s.recording_id, "approved_by": s.approved_by,
                              "approved_at": s.approved_at} for s in self.store.sessions(c.id)],
                "recordings": recs}

    def result_out(self, r: GoalResult, item_ids: list[str], user: User | None = None) -> dict[str, Any]:
        d = r.to_dict()
        d["items"] = [item_ids[i] for i in r.items if i < len(item_ids)]
        d["evidence"] = [c.to_dict() for c in r.evidence]
        rec = self.acc.store.recording(r.session) if r.session else None
        visible = rec is not None and user is not None and (user.admin or rec["owner"] == user.name)
        d["recording"] = r.session if visible else None
        d.pop("session", None)
        return d

    # ------------------------------------------------------------ a recording's report

    def live_report(self, rec: Any, version: dict[str, Any], cid: str) -> tuple[GoalReport, list[str], list[str]]:
        """The report of a note version on the client's current plan: (report, each item's goal link, item ids)."""
        transcript = self.acc.transcript_of(rec)
        key = goal_logic.goal_section(version.get("sections", []))
        items = goal_logic.version_items(version, key)
        sec = next((s for s in version.get("sections", []) if s.get("key") == key), {"items": []})
        ids = [str(i.get("id")) for i in sec.get("items", [])]
        date = _session_date(rec)
        plan = self.store.goals(cid, "active")
        previous = self.store.previous(cid, date, exclude=rec["id"])
        rep, links = goal_logic.report(cid, items, plan, {s.id: s for s in transcript.segments}, date=date,
                                       section=key, previous=previous)
        return rep, links, ids

    def recording_goals(self, rec: Any, user: User) -> dict[str, Any]:
        rid = rec["id"]
        cid = self.store.client_of(rid)
        approved = self.acc.store.approval(rid) is not None
        empty = {"client": None, "date": _session_date(rec), "approved": approved, "section": "", "plan": [],
                 "results": [], "proposed": []}
        if cid is None:
            return empty
        c = self.store.client(cid)
        if c is None:
            return empty
        stored = self.store.report(rid) if approved else None
        if stored is not None:
            v = self.acc.store.version(rid, self.acc.store.approval(rid)["version"])
            sec = next((s for s in (v.note if v else {}).get("sections", []) if s.get("key") == stored.section),
                       {"items": []})
            ids = [str(i.get("id")) for i in sec.get("items", [])]
            rep = stored
        else:
            v = self.acc.latest(rid)
            rep, _links, ids = self.live_report(rec, v.note, cid)
        return {"client": {"id": c.id, "name": c.name}, "date": rep.date, "approved": approved,
                "section": rep.section, "plan": [_goal_out(g) for g in rep.plan],
                "results": [self.result_out(r, ids) for r in rep.results],
                "proposed": [{**p.to_dict(), "items": [ids[i] for i in p.items if i < len(ids)]}
                             for p in rep.proposed]}

    def approved(self, rid: str, version: int, user: User, request: Request) -> None:
        """Store an approved note's results per goal and session (the approval route calls this)."""
        cid = self.store.client_of(rid)
        if cid is None or self.store.client(cid) is None:
            return
        rec = self.acc.store.recording(rid)
        v = self.acc.store.version(rid, version)
        if rec is None or v is None:
            return
        try:
            rep, _links, _ids = self.live_report(rec, v.note, cid)
            self.store.record_session(rid, rep, user.name, recording_id=rid)
        except ClientError:  # stored already (an approval is final)
            return
        except Exception:  # the approval stands (it is final); the report says what failed
            log.exception("goal results of an approved note could not be stored")
            return
        self.acc.audit(request, user, "store goal results", "client", cid)
        log.info("goal results stored: %d goals", len(rep.results))


def add_client_routes(app: FastAPI, acc: Access, settings: Settings) -> Clients:
    """Register the client pages and API routes; returns the Clients helper (app.state.clients)."""
    from fastapi.responses import FileResponse

    from .app import HERE

    cl = Clients(app, acc, settings)
    store, Me, audit, own = cl.store, acc.Me, acc.audit, acc.own

    @app.exception_handler(ClientError)
    async def client_error(_: Request, e: ClientError):
        return api_error(e.status if e.status in (404, 409, 422) else 422, str(e))

    # -------------------------------------------------------------- pages

    def page(name: str, request: Request, path: str):
        if acc.optional_user(request) is None:
            return RedirectResponse(f"/login?next={path}", status_code=303)
        return FileResponse(HERE / "pages" / name, media_type="text/html")

    @app.get("/clients", include_in_schema=False)
    def clients_page(request: Request):
        return page("clients.html", request, "/clients")

    @app.get("/clients/{cid}", include_in_schema=False)
    def client_page(cid: CID, request: Request):
        return page("client.html", request, f"/clients/{cid}")

    # -------------------------------------------------------------- clients

    @app.get("/api/clients", response_model=list[cs.ClientOut], responses={**R401, **R403})
    def list_clients(user: Me, request: Request):
        rows = store.clients(None if user.admin else user.name)
        audit(request, user, "list", "clients", None, poll=True)
        return [cl.client_out(c) for c in rows]

    @app.post("/api/clients", status_code=201, response_model=cs.ClientOut,
              responses={**R401, **R403, **R409, **R422})
    def add_client(body: cs.ClientNew, user: Me, request: Request):
        if body.therapists is not None and not user.admin:
            raise HTTPException(403, "only an admin chooses a client's therapists (you are added yourself)")
        therapists = list(body.therapists or []) if user.admin else [user.name]
        unknown = [t for t in therapists if acc.store.user_by_name(t) is None]
        if unknown:
            raise HTTPException(422, f"no user {unknown[0]!r}")
        try:
            c = store.add_client(body.id, body.name, therapists, who=user.name)
        except ClientError as e:
            if e.status == 409:
                raise Conflict(f"a client with id {body.id!r} already exists; ask an admin to add you as one of its "
                               "therapists") from None
            raise
        audit(request, user, "add", "client", c.id)
        return JSONResponse(cl.client_out(c), status_code=201)

    @app.get("/api/clients/{cid}", response_model=cs.ClientDetail, responses=CCOMMON)
    def get_client(cid: CID, user: Me, request: Request):
        c = cl.client(cid, user, request)
        audit(request, user, "view", "client", cid)
        return cl.detail(c, user)

    @app.put("/api/clients/{cid}", response_model=cs.ClientDetail, responses={**CCOMMON, **R422})
    def edit_client(cid: CID, body: cs.ClientEdit, user: Me, request: Request):
        c = cl.client(cid, user, request)
        if body.therapists is not None:
            if not user.admin:
                raise HTTPException(403, "only an admin changes a client's therapists")
            unknown = [t for t in body.therapists if acc.store.user_by_name(t) is None]
            if unknown:
                raise HTTPException(422, f"no user {unknown[0]!r}")
        c = store.update_client(cid, user.name, name=body.name, therapists=body.therapists)
        audit(request, user, "edit", "client", cid)
        return cl.detail(c, user)

    # -------------------------------------------------------------- goals

    @app.post("/api/clients/{cid}/goals", status_code=201, response_model=cs.GoalOut,
              responses={**CCOMMON, **R422})
    def add_goal(cid: CID, body: cs.GoalNew, user: Me, request: Request):
        cl.client(cid, user, request)
        g = store.add_goal(cid, body.text, body.target, body.start or dt.date.today().isoformat(),
                           origin=f"added by {user.name}", who=user.name)
        audit(request, user, f"add goal {g.id}", "client", cid)
        return JSONResponse(_goal_out(g), status_code=201)

    @app.put("/api/clients/{cid}/goals/{gid}", response_model=cs.GoalOut, responses={**CCOMMON, **R422})
    def edit_goal(cid: CID, gid: GID, body: cs.GoalEdit, user: Me, request: Request):
        cl.client(cid, user, request)
        try:
            g = store.update_goal(cid, gid, user.name, text=body.text, target=body.target, start=body.start,
                                  status=body.status)
        except ClientError as e:
            if e.status == 404:
                raise HTTPException(404, "no such goal of this client") from None
            raise
        audit(request, user, f"edit goal {g.id}", "client", cid)
        return _goal_out(g)

    # -------------------------------------------------------------- progress

    @app.get("/api/clients/{cid}/progress", response_model=cs.ProgressOut, responses=CCOMMON)
    def progress(cid: CID, user: Me, request: Request):
        from ..clients.progress import progress as thread

        c = cl.client(cid, user, request)
        _client, goals = thread(store, cid)
        audit(request, user, "view", "client progress", cid)
        return {"client": {"id": c.id, "name": c.name}, "sessions": len(store.sessions(cid)),
                "goals": [{"goal": _goal_out(gp.goal), "trend": gp.trend(),
                           "results": [cl.result_out(r, [], user) for r in gp.results]} for gp in goals]}

    @app.get("/api/clients/{cid}/goals/{gid}/chart.svg",
             responses={**CCOMMON, 200: {"content": {"image/svg+xml": {}}}})
    def chart(cid: CID, gid: GID, user: Me, request: Request):
        from ..clients.chart import svg

        cl.client(cid, user, request)
        try:
            goal = store.goal(cid, gid)
        except ClientError:
            raise HTTPException(404, "no such goal of this client") from None
        audit(request, user, f"view chart {gid}", "client", cid)
        return Response(svg(goal, store.results(cid, gid)), media_type="image/svg+xml",
                        headers={"Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'"})

    @app.get("/api/clients/{cid}/report", responses={**CCOMMON, 200: {"content": {"text/markdown": {}}}})
    def report(cid: CID, user: Me, request: Request):
        from ..clients.report import markdown

        cl.client(cid, user, request)
        text = markdown(store, cid, with_name=settings.fhir.patient_name)
        audit(request, user, "export progress report", "client", cid)
        return Response(text, media_type="text/markdown; charset=utf-8",
                        headers={"Content-Disposition": f'attachment; filename="progress-{cid}.md"'})

    # -------------------------------------------------------------- a recording's client and goals

    @app.put("/api/recordings/{rid}/client", response_model=cs.RecordingClientOut,
             responses={**COMMON, **R409, **R422})
    def set_client(rid: str, body: cs.RecordingClient, user: Me, request: Request):
        own(rid, user, request)
        cid = cl.pick(user, body.client, request)
        if acc.store.approval(rid) is not None:
            raise Conflict("the note is approved; its client can no longer change")
        store.link(rid, cid)
        audit(request, user, "set client", "recording", rid)
        return {"recording": rid, "client": cid}

    @app.get("/api/recordings/{rid}/goals", response_model=cs.RecordingGoals, responses={**COMMON, **R409})
    def recording_goals(rid: str, user: Me, request: Request):
        rec = own(rid, user, request)
        out = cl.recording_goals(rec, user)
        audit(request, user, "view", "goal report", rid)
        return out

    @app.post("/api/recordings/{rid}/goals/accept", response_model=cs.RecordingGoals,
              responses={**COMMON, **R409, **R422})
    def accept(rid: str, body: cs.Accept, user: Me, request: Request):
        """Accept a proposed goal into the client's plan: the goal is added, and the item reports on it."""
        rec = own(rid, user, request)
        cid = store.client_of(rid)
        if cid is None:
            raise Conflict("this recording has no client: choose the client first")
        cl.client(cid, user, request)
        if acc.store.approval(rid) is not None:
            raise Conflict("the note is approved and locked")
        v = acc.latest(rid)
        if body.base_version != v.version:
            raise Conflict(f"the note changed since version {body.base_version}; reload it", expected=v.version)
        key = goal_logic.goal_section(v.note.get("sections", []))
        sec = next((s for s in v.note.get("sections", []) if s.get("key") == key), None)
        item = next((i for i in (sec or {}).get("items", []) if i.get("id") == body.item), None)
        if item is None:
            raise HTTPException(422, f"no item {body.item!r} in the note's {key or 'goals'} section")
        g = store.add_goal(cid, body.text, body.target, _session_date(rec),
                           origin=f"proposed in recording {rid}", who=user.name)
        new = {**v.note, "sections": [
            {**s, "items": [{**i, "fields": {**(i.get("fields") or {}), goal_logic.FIELD: g.id}} if i is item else i
                            for i in s["items"]]} if s is sec else s for s in v.note["sections"]]}
        number = acc.store.add_version(rid, v.version, "edit", user.name, new)
        if number is None:
            raise Conflict("the note changed meanwhile; reload it (the goal was added to the plan)")
        audit(request, user, f"accept goal {g.id}", "client", cid)
        audit(request, user, "edit", "note", rid)
        return cl.recording_goals(acc.store.recording(rid), user)

    @app.get("/api/recordings/{rid}/fhir", responses={
        **COMMON, **R409, 503: {"model": schemas.Error, "description": "FHIR export is not installed"},
        200: {"content": {"application/fhir+json": {}}}})
    def fhir(rid: str, user: Me, request: Request):
        from ..clients.export import fhir_json
        from . import notes

        rec = own(rid, user, request)
        a = acc.store.approval(rid)
        if a is None:
            raise Conflict("only an approved note can be exported")
        v = acc.store.version(rid, a["version"])
        t = acc.transcript_of(rec)
        cid = store.client_of(rid)
        try:
            text = fhir_json(notes.to_note(v.note, "approved"), t, by=a["approved_by"], at=a["at"], note_id=rid,
                             report=store.report(rid), client=store.client(cid) if cid else None, settings=settings,
                             version=a["version"])
        except ConfigError as e:  # the FHIR library is missing from this installation
            log.error("FHIR export unavailable: %s", e)
            raise HTTPException(503, str(e)) from None
        audit(request, user, "export fhir", "note", rid)
        return Response(text, media_type="application/fhir+json",
                        headers={"Content-Disposition": f'attachment; filename="note-{rid}.fhir.json"'})

    return cl
