"""Fixtures for the clinic web service's API tests: a signed-up clinic and READY recordings, no model run.

``make_service(tmp_path)`` builds the FastAPI app on a fresh data folder with three users (ana and ben,
therapists; root, an admin) and a TestClient. ``make_ready_recording(store, owner)`` makes what the worker
would have left behind after processing a recording: the uploaded audio in ``uploads/``, ``transcript.json``
in ``work/<folder>/``, status ``ready`` and the AI draft as note version 1 (one item the grounding check
did not support, so approval needs a clinician's edit or confirmation).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from fastapi import FastAPI
from fastapi.testclient import TestClient

from benchmarks.common import free_port  # noqa: F401 - the tests import it from here
from benchmarks.service_fixture import (  # noqa: F401 - the tests import them from here
    LINES,
    SEGMENT_IDS,
    SPEAKERS,
    UNSUPPORTED_REASON,
    draft_note,
    make_ready_recording,
    sine_flac,
    transcript,
    webm_opus,
)
from pipeline.config import Settings, load_settings
from pipeline.service.app import create_app
from pipeline.service.store import Store, User

USERS = {"ana": "therapist", "ben": "therapist", "root": "admin"}


@dataclass
class Service:
    app: FastAPI
    client: TestClient
    store: Store
    settings: Settings
    data: Path
    tokens: dict[str, str] = field(default_factory=dict)

    def auth(self, name: str) -> dict[str, str]:
        """The Authorization header of user ``name``."""
        return {"Authorization": f"Bearer {self.tokens[name]}"}

    def user(self, name: str) -> User:
        u = self.store.user_by_name(name)
        assert u is not None
        return u


def make_service(tmp_path: Path, *, audio: dict[str, Any] | None = None, **service: Any) -> Service:
    """The app on a fresh data folder under ``tmp_path`` (``service`` overrides [service] settings, ``audio``
    the [audio] ones)."""
    data = Path(tmp_path) / "scribe-data"
    settings = load_settings(None, {"service": {"data": str(data), **service}, "audio": audio or {}})
    store = Store(data)
    tokens = {name: store.add_user(name, role) for name, role in USERS.items()}
    app = create_app(settings, store)
    return Service(app=app, client=TestClient(app), store=store, settings=settings, data=data, tokens=tokens)


def call(svc: Service, method: str, path: str, user: str | None = "ana", **kw: Any):
    """One request as ``user`` (Bearer token; None: nobody), without cookies from earlier calls."""
    headers = {**(svc.auth(user) if user else {}), **kw.pop("headers", {})}
    svc.client.cookies.clear()
    try:
        return svc.client.request(method, path, headers=headers, **kw)
    finally:
        svc.client.cookies.clear()
