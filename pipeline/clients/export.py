"""``scribe export fhir``: an approved note (a CLI note folder, or a service recording) as a FHIR Bundle."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from ..errors import ConfigError
from ..schema import Note, Transcript
from .approve import read_note
from .model import Client, GoalReport
from .store import DB_NAME, ClientError, ClientStore


def fhir_json(note: Note, transcript: Transcript, *, by: str, at: float, note_id: str,
              report: GoalReport | None, client: Client | None, settings: Any, version: int | None = None) -> str:
    from .fhir import Approval, build, to_json

    return to_json(build(note, transcript, Approval(by, at, version), note_id=note_id, report=report,
                         client=client, settings=settings.fhir))


def _client(data: Path, cid: str | None) -> Client | None:
    if not cid:
        return None
    if (Path(data) / DB_NAME).is_file():
        store = ClientStore(data)
        try:
            found = store.client(cid)
        finally:
            store.close()
        if found is not None:
            return found
    return Client(cid)


def fhir_of_folder(where: Path, settings: Any, data: Path) -> str:
    folder, raw, transcript = read_note(where)
    if raw.get("status") != "approved" or not raw.get("approval"):
        raise ClientError(f"the note in {folder} is a draft: only an approved note is exported; approve it first "
                          f"(scribe approve {folder} --by NAME)", 409)
    note = Note.from_dict(raw)
    report = GoalReport.from_dict(note.client) if note.client else None
    approval = raw["approval"]
    sha = (transcript.audio or {}).get("sha256") or folder.name
    return fhir_json(note, transcript, by=str(approval.get("by")), at=float(approval.get("at") or 0), note_id=sha,
                     report=report, client=_client(data, report.client_id if report else None), settings=settings)


def fhir_of_recording(rid: str, settings: Any, data: Path) -> str:
    from ..service import notes
    from ..service.store import DB_NAME as SERVICE_DB
    from ..service.store import Store

    if not (Path(data) / SERVICE_DB).is_file():
        raise ConfigError(f"{rid} is neither a note folder nor a recording of the service in {data} (no "
                          "service.sqlite there); give the folder of the note, or --data DIR")
    store = Store(data)
    try:
        rec = store.recording(rid)
        if rec is None:
            raise ClientError(f"no recording {rid!r} in {data} (nor a note folder of that name)", 404)
        approval = store.approval(rid)
        if approval is None:
            raise ClientError(f"the note of recording {rid} is not approved: only an approved note is exported; "
                              "approve it on its review page first", 409)
        version = store.version(rid, approval["version"])
        assert version is not None
        transcript = Transcript.from_dict(json.loads((store.work / rec["folder"] / "transcript.json").read_text(
            encoding="utf-8")))
    finally:
        store.close()
    report = client = None
    if (Path(data) / DB_NAME).is_file():
        cstore = ClientStore(data)
        try:
            report = cstore.report(rid)
            cid = cstore.client_of(rid)
            client = cstore.client(cid) if cid else None
        finally:
            cstore.close()
    note = notes.to_note(version.note, "approved")
    return fhir_json(note, transcript, by=approval["approved_by"], at=approval["at"], note_id=rid, report=report,
                     client=client, settings=settings, version=approval["version"])
