"""Fixtures of the adversarial suite: a clinic of three users (ana, ben: therapists; root: admin)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from service_helpers import Service, make_service

from .helpers import LiveServer


@pytest.fixture(autouse=True)
def _private_profiles(monkeypatch, tmp_path):
    monkeypatch.setenv("SCRIBE_PROFILE_DIR", str(tmp_path / "profiles"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "nonexistent"))


@pytest.fixture
def svc(tmp_path: Path) -> Iterator[Service]:
    s = make_service(tmp_path)
    yield s
    s.client.close()
    s.store.close()


@pytest.fixture
def live(svc: Service) -> Iterator[LiveServer]:
    with LiveServer(svc.app) as server:
        yield server
