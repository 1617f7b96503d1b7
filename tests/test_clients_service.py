"""The clinic service's clients: a therapist's clients and their plans, a recording given its client at upload,
its note's report on the plan, accepting a proposed goal, approval storing the results, progress (chart,
report) and FHIR export; bad input (an unknown client, a goal of another client, an export before
approval) answered with a clear error and nothing written. Access on every client route is walked in
tests/test_service_api.py with the other routes."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest
from clients_helpers import CLIENT, client_store, note_folder
from fhir.resources.R4B.bundle import Bundle
from service_helpers import Service, make_service, sine_flac

from pipeline.note import load_template
from pipeline.service import notes

CSRF = {"X-Requested-With": "scribe"}


@pytest.fixture
def svc(tmp_path: Path):
    s = make_service(tmp_path)
    yield s
    s.client.close()
    s.store.close()


def call(svc: Service, method: str, path: str, user: str | None = "ana", **kw: Any):
    headers = {**(svc.auth(user) if user else {}), **kw.pop("headers", {})}
    svc.client.cookies.clear()
    return svc.client.request(method, path, headers=headers, **kw)


def client_recording(svc: Service, owner: str, session: str, tmp_path: Path) -> str:
    """A READY recording of the sample client's ``session`` (its reference transcript and the draft for the
    client, as the worker leaves them), linked to the client."""
    clients = svc.app.state.clients.store
    folder = note_folder(clients, session, tmp_path / "drafts")
    user = svc.store.user_by_name(owner)
    data = sine_flac(freq=200.0 + 37 * len(session) + sum(map(ord, session)) % 300)
    rid = svc.store.new_recording(user, title=session, status="queued", original_name="s.flac", mime="audio/flac")
    (svc.store.uploads / f"{rid}.flac").write_bytes(data)
    svc.store.queue(rid, sha256=hashlib.sha256(data).hexdigest(), size=len(data), upload=f"{rid}.flac")
    work = svc.store.work / rid
    work.mkdir(parents=True)
    (work / "transcript.json").write_text((folder / "transcript.json").read_text())
    svc.store.update(rid, status="ready", folder=rid, duration=100.0)
    draft = json.loads((folder / "note.json").read_text())
    assert svc.store.add_version(rid, None, "draft", "scribe", notes.from_draft(draft, load_template(None))) == 1
    clients.link(rid, CLIENT)
    return rid


def approve(svc: Service, rid: str, user: str = "ana") -> dict:
    note = call(svc, "GET", f"/api/recordings/{rid}/note", user).json()
    sections = [{"key": s["key"], "items": [{**{k: i[k] for k in ("id", "text", "evidence", "fields")},
                                             "confirmed": True} for i in s["items"]]} for s in note["sections"]]
    r = call(svc, "PUT", f"/api/recordings/{rid}/note", user, json={"base_version": note["version"],
                                                                   "sections": sections})
    assert r.status_code == 200, r.text
    r = call(svc, "POST", f"/api/recordings/{rid}/approve", user, json={"version": r.json()["version"]})
    assert r.status_code == 200, r.text
    return r.json()


def snapshot(svc: Service) -> list:
    db = sqlite3.connect(svc.data / "clients.sqlite")
    try:
        out = [db.execute(f"SELECT * FROM {t}").fetchall() for t in ("clients", "goals", "recording_clients",
                                                                      "results")]
    finally:
        db.close()
    return out + [svc.store.query("SELECT id FROM recordings"), sorted(p.name for p in svc.store.uploads.iterdir())]


def test_therapists_add_and_see_only_their_clients(svc):
    r = call(svc, "POST", "/api/clients", "ana", json={"id": "C-7", "name": "J. D."})
    assert r.status_code == 201 and r.json()["therapists"] == ["ana"]
    assert call(svc, "POST", "/api/clients", "ben", json={"id": "C-8"}).status_code == 201
    assert [c["id"] for c in call(svc, "GET", "/api/clients", "ana").json()] == ["C-7"]
    assert [c["id"] for c in call(svc, "GET", "/api/clients", "root").json()] == ["C-7", "C-8"]
    r = call(svc, "GET", "/api/clients/C-7", "ben")
    assert r.status_code == 404 and r.json() == call(svc, "GET", "/api/clients/C-404", "ben").json()
    # a therapist cannot pick therapists; an admin can, and ben then sees the client
    assert call(svc, "POST", "/api/clients", "ana", json={"id": "C-9", "therapists": ["ben"]}).status_code == 403
    assert call(svc, "PUT", "/api/clients/C-7", "ana", json={"therapists": ["ana", "ben"]}).status_code == 403
    r = call(svc, "PUT", "/api/clients/C-7", "root", json={"therapists": ["ana", "ben"]})
    assert r.status_code == 200 and r.json()["therapists"] == ["ana", "ben"]
    assert call(svc, "GET", "/api/clients/C-7", "ben").status_code == 200
    r = call(svc, "POST", "/api/clients", "ben", json={"id": "C-7"})
    assert r.status_code == 409 and "already exists" in r.json()["detail"]
    # goals: added and edited by the client's therapists; a goal id of another client is 404
    r = call(svc, "POST", "/api/clients/C-7/goals", "ben", json={"text": "Zip a jacket", "target": "4/5 trials"})
    assert r.status_code == 201 and r.json()["id"] == "G1"
    call(svc, "POST", "/api/clients/C-8/goals", "ben", json={"text": "Catch a ball"})  # G2, C-8's
    before = snapshot(svc)
    r = call(svc, "PUT", "/api/clients/C-7/goals/G2", "ben", json={"status": "met"})
    assert r.status_code == 404 and r.json()["detail"] == "no such goal of this client"
    assert call(svc, "PUT", "/api/clients/C-7/goals/G1", "ben", json={"status": "done"}).status_code == 422
    assert snapshot(svc) == before
    r = call(svc, "PUT", "/api/clients/C-7/goals/G1", "ana", json={"status": "met"})
    assert r.status_code == 200 and r.json()["status"] == "met"
    audit = [(a["user"], a["action"], a["object_id"]) for a in call(svc, "GET", "/api/audit", "root").json()]
    assert ("ben", "denied", "C-7") in audit and ("ana", "edit goal G1", "C-7") in audit


def test_an_upload_gets_its_client_before_it_is_queued(svc):
    call(svc, "POST", "/api/clients", "ana", json={"id": "C-7"})
    call(svc, "POST", "/api/clients", "ben", json={"id": "C-8"})
    before = snapshot(svc)
    for client in ("C-404", "C-8"):  # unknown, or another therapist's: 404, nothing stored
        r = call(svc, "POST", "/api/recordings", "ana", files={"file": ("s.flac", sine_flac(freq=611.0), "audio/flac")},
                 data={"consent": "true", "client": client})
        assert r.status_code == 404 and r.json()["detail"] == "no such client"
    assert snapshot(svc) == before
    r = call(svc, "POST", "/api/recordings", "ana", files={"file": ("s.flac", sine_flac(freq=612.0), "audio/flac")},
             data={"consent": "true", "client": "C-7"})
    assert r.status_code == 201
    rid = r.json()["id"]
    assert svc.app.state.clients.store.client_of(rid) == "C-7"
    # a live recording gets its client before its first chunk; a client ben may not see is 404
    live = call(svc, "POST", "/api/recordings/live", "ana", json={"consent": True}).json()["id"]
    assert call(svc, "PUT", f"/api/recordings/{live}/client", "ana", json={"client": "C-8"}).status_code == 404
    r = call(svc, "PUT", f"/api/recordings/{live}/client", "ana", json={"client": "C-7"})
    assert r.status_code == 200 and r.json() == {"recording": live, "client": "C-7"}
    assert call(svc, "GET", f"/api/recordings/{live}/goals", "ben").status_code == 404


def test_the_worker_drafts_a_clients_recording_for_its_plan(svc, tmp_path):
    from pipeline.service.worker import client_contexts

    client_store(svc.data).close()  # the sample client C-0042 with its plan
    r = call(svc, "POST", "/api/recordings", "ana", files={"file": ("s.flac", sine_flac(freq=613.0), "audio/flac")},
             data={"consent": "true", "client": CLIENT})
    assert r.status_code == 404  # ana is not one of C-0042's therapists yet (the plan named none)
    svc.app.state.clients.store.update_client(CLIENT, "root", therapists=["ana"])
    r = call(svc, "POST", "/api/recordings", "ana", files={"file": ("s.flac", sine_flac(freq=613.0), "audio/flac")},
             data={"consent": "true", "client": CLIENT})
    rec = svc.store.recording(r.json()["id"])
    contexts = client_contexts(svc.store, [rec])
    [(path, ctx)] = contexts.items()
    assert path == svc.store.uploads / rec["upload"] and ctx.client.id == CLIENT and len(ctx.plan) == 3


def test_review_accept_approve_progress_and_fhir(svc, tmp_path):
    store = client_store(svc.data)
    store.update_client(CLIENT, "root", therapists=["ana"])
    s1 = client_recording(svc, "ana", "noah_session_1", tmp_path)
    goals = call(svc, "GET", f"/api/recordings/{s1}/goals").json()
    assert goals["client"] == {"id": CLIENT, "name": "Noah B."} and not goals["approved"]
    assert [(r["goal_id"], r["measure"], r["status"]) for r in goals["results"]] == [
        ("G1", "20 sec", "below target"), ("G2", "2/5 buttons with moderate assist", "below target"),
        ("G3", "1/5 shapes independently", "below target")]
    assert goals["results"][0]["evidence"][0]["start"] == pytest.approx(21.9, abs=1.0)
    [proposed] = goals["proposed"]
    assert proposed["measure"] == "6/10 times" and proposed["items"]

    r = call(svc, "GET", f"/api/recordings/{s1}/fhir")
    assert r.status_code == 409 and r.json()["detail"] == "only an approved note can be exported"

    # accepting the proposed goal: the plan gains it, the item reports on it (a new version)
    before = snapshot(svc)
    bad = {"base_version": 1, "item": "i999", "text": "Catch a bean bag"}
    assert call(svc, "POST", f"/api/recordings/{s1}/goals/accept", json=bad).status_code == 422
    assert call(svc, "POST", f"/api/recordings/{s1}/goals/accept", json={**bad, "base_version": 7}).status_code == 409
    assert call(svc, "POST", f"/api/recordings/{s1}/goals/accept", "ben", json=bad).status_code == 404
    assert snapshot(svc) == before
    r = call(svc, "POST", f"/api/recordings/{s1}/goals/accept", json={
        "base_version": 1, "item": proposed["items"][0], "text": "Catch a ball with both hands",
        "target": "8/10 times"})
    assert r.status_code == 200, r.text
    g4 = next(r for r in r.json()["results"] if r["text"] == "Catch a ball with both hands")
    assert (g4["goal_id"], g4["measure"], g4["status"]) == ("G4", "6/10 times", "below target")
    assert r.json()["proposed"] == []
    assert store.goal(CLIENT, "G4").origin == f"proposed in recording {s1}"
    note = call(svc, "GET", f"/api/recordings/{s1}/note").json()
    assert note["version"] == 2 and note["kind"] == "edit"
    assert any(i["fields"].get("plan_goal") == "G4" for s in note["sections"] for i in s["items"])

    # the clinician says an item is not a goal result: the report follows the edit
    sections = [{"key": s["key"], "items": [{k: i[k] for k in ("id", "text", "evidence", "fields", "confirmed")}
                                            for i in s["items"]]} for s in note["sections"]]
    g1_item = next(i for i in sections[0]["items"] if i["fields"].get("plan_goal") == "G1")
    g1_item["fields"]["plan_goal"] = "none"
    r = call(svc, "PUT", f"/api/recordings/{s1}/note", json={"base_version": 2, "sections": sections})
    assert r.status_code == 200
    assert call(svc, "GET", f"/api/recordings/{s1}/goals").json()["results"][0]["status"] == "not addressed"
    g1_item["fields"]["plan_goal"] = "G1"
    r = call(svc, "PUT", f"/api/recordings/{s1}/note", json={"base_version": 3, "sections": sections})
    assert r.status_code == 200

    approved = approve(svc, s1)
    assert approved["approved"]
    goals = call(svc, "GET", f"/api/recordings/{s1}/goals").json()
    assert goals["approved"] and goals["results"][0]["measure"] == "20 sec"
    assert call(svc, "PUT", f"/api/recordings/{s1}/client", json={"client": None}).status_code == 409

    for session in ("noah_session_2", "noah_session_3"):
        approve(svc, client_recording(svc, "ana", session, tmp_path))
    progress = call(svc, "GET", f"/api/clients/{CLIENT}/progress").json()
    assert progress["sessions"] == 3
    g1 = next(g for g in progress["goals"] if g["goal"]["id"] == "G1")
    assert [(r["date"], r["measure"], r["status"]) for r in g1["results"]][-1][1:] == ("45 sec", "progressing")
    assert [r["value"] for r in g1["results"]] == [20.0, 30.0, 45.0] and g1["trend"] == "20 sec -> 30 sec -> 45 sec"
    assert g1["results"][0]["recording"] == s1  # the evidence link opens the session
    as_admin = call(svc, "GET", f"/api/clients/{CLIENT}/progress", "root").json()
    assert next(g for g in as_admin["goals"] if g["goal"]["id"] == "G1")["results"][0]["recording"] == s1
    svg = call(svc, "GET", f"/api/clients/{CLIENT}/goals/G1/chart.svg")
    assert svg.status_code == 200 and svg.headers["content-type"].startswith("image/svg+xml")
    assert len(ET.fromstring(svg.text).findall("{http://www.w3.org/2000/svg}circle")) == 3
    report = call(svc, "GET", f"/api/clients/{CLIENT}/report")
    assert report.status_code == 200 and "| 45 sec | - | progressing |" in report.text
    assert "Noah" not in report.text  # the id only, unless the clinic says so
    r = call(svc, "GET", f"/api/recordings/{s1}/fhir")
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/fhir+json")
    bundle = Bundle.model_validate_json(r.text)
    kinds = [e.resource.get_resource_type() for e in bundle.entry]
    assert kinds[0] == "Composition" and kinds.count("Goal") == 4 and "Provenance" in kinds
    audit = [(a["user"], a["action"], a["object_id"]) for a in call(svc, "GET", "/api/audit", "root").json()]
    for row in [("ana", "export fhir", s1), ("ana", "store goal results", CLIENT), ("ana", "accept goal G4", CLIENT),
                ("ana", "view", s1), ("ana", "export progress report", CLIENT)]:
        assert row in audit, row
    assert call(svc, "GET", f"/api/clients/{CLIENT}/progress", "ben").status_code == 404
    assert call(svc, "GET", f"/api/clients/{CLIENT}/goals/G1/chart.svg", "ben").status_code == 404


def test_a_recording_without_a_client_has_no_plan(svc, tmp_path):
    from service_helpers import make_ready_recording

    rid = make_ready_recording(svc.store, "ana")
    g = call(svc, "GET", f"/api/recordings/{rid}/goals").json()
    assert g["client"] is None and g["results"] == []
    r = call(svc, "POST", f"/api/recordings/{rid}/goals/accept", json={"base_version": 1, "item": "i1", "text": "x"})
    assert r.status_code == 409 and "no client" in r.json()["detail"]


def test_client_pages_need_a_sign_in(svc):
    for path in ("/clients", "/clients/C-1"):
        r = call(svc, "GET", path, None, follow_redirects=False)
        assert r.status_code == 303 and r.headers["location"] == f"/login?next={path}"
    assert svc.client.post("/api/session", json={"token": svc.tokens["ana"]}).status_code == 204
    r = svc.client.get("/clients/C-1", follow_redirects=False)
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
