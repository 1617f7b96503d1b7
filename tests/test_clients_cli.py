"""``scribe clients``, ``scribe approve``, ``scribe export fhir`` and the client options of run/batch: what each
prints, and bad input (an unknown client, a broken plan, a goal of another client, an export before
approval) as a clear error with nothing written."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner
from clients_helpers import CLIENT, CLIENT_DIR, SESSIONS, client_store, note_folder

from pipeline.cli import main
from pipeline.clients.store import ClientStore


@pytest.fixture(autouse=True)
def _private(monkeypatch, tmp_path):
    monkeypatch.setenv("SCRIBE_PROFILE_DIR", str(tmp_path / "profiles"))
    monkeypatch.setenv("XDG_CONFIG_HOME", "/nonexistent")
    monkeypatch.delenv("SCRIBE_DATA", raising=False)


def scribe(*args: str):
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


def rows(data: Path) -> list:
    db = sqlite3.connect(data / "clients.sqlite")
    try:
        return [db.execute(f"SELECT * FROM {t}").fetchall() for t in ("clients", "goals", "plan_history", "results")]
    finally:
        db.close()


def test_clients_and_goals_from_the_command_line(tmp_path: Path):
    data = tmp_path / "data"
    r = scribe("clients", "add", "C-1", "--name", "A. B.", "--therapist", "ana", "--data", data)
    assert r.exit_code == 0 and "added client C-1 (A. B.)" in r.output
    r = scribe("clients", "goal-add", "C-1", "Zip a jacket", "--target", "4/5 trials independently",
               "--start", "2026-09-01", "--data", data)
    assert r.exit_code == 0
    assert "added goal G1 to client C-1: Zip a jacket (target: 4/5 trials independently)" in r.output
    r = scribe("clients", "goal-set", "C-1", "G1", "--status", "met", "--data", data)
    assert r.exit_code == 0 and "goal G1 of client C-1: met" in r.output
    r = scribe("clients", "goals", "C-1", "--data", data)
    assert "G1    met          2026-09-01  Zip a jacket  target: 4/5 trials independently" in r.output
    r = scribe("clients", "import", CLIENT_DIR / "plan.toml", "--data", data)
    assert r.exit_code == 0 and "1 clients added" in r.output and "3 goals added" in r.output
    r = scribe("clients", "list", "--data", data)
    assert "C-0042  Noah B.  3 active goal(s), 0 approved session(s)" in r.output
    assert "C-1  A. B.  0 active goal(s), 0 approved session(s) therapists: ana" in r.output
    r = scribe("clients", "progress", CLIENT, "--data", data)
    assert r.exit_code == 0 and "no approved session yet" in r.output


@pytest.mark.parametrize("args, message", [
    (("clients", "goals", "C-9"), "no client 'C-9'; add it first"),
    (("clients", "goal-add", "C-9", "Zip"), "no client 'C-9'"),
    (("clients", "goal-set", "C-1", "G2", "--status", "met"), "goal 'G2' is not a goal of client 'C-1' (it belongs "
                                                              "to another client)"),
    (("clients", "goal-set", "C-1", "G1"), "say what to change"),
    (("clients", "add", "C-1"), "a client with id 'C-1' already exists"),
    (("clients", "progress", "C-9"), "no client 'C-9'"),
    (("clients", "chart", "C-1", "G2", "-o", "chart.svg"), "not a goal of client 'C-1'"),
])
def test_bad_client_input_is_a_clear_error_and_writes_nothing(args, message, tmp_path: Path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    data = tmp_path / "data"
    store = ClientStore(data)
    store.add_client("C-1")
    store.add_goal("C-1", "Zip")
    store.add_client("C-2")
    store.add_goal("C-2", "Catch")
    store.close()
    before = rows(data)
    r = scribe(*args, "--data", data)
    assert r.exit_code == 2, r.output
    assert message in r.output
    assert rows(data) == before and not (tmp_path / "chart.svg").exists()


def test_a_therapist_must_be_a_user_of_the_service(tmp_path: Path):
    from pipeline.service.store import Store

    data = tmp_path / "data"
    Store(data).add_user("ana", "therapist")
    r = scribe("clients", "add", "C-1", "--therapist", "anna", "--data", data)
    assert r.exit_code == 2 and "no user 'anna'" in r.output and not (data / "clients.sqlite").exists()
    assert scribe("clients", "add", "C-1", "--therapist", "ana", "--data", data).exit_code == 0


def test_a_plan_with_a_broken_field_names_it_and_writes_nothing(tmp_path: Path):
    data = tmp_path / "data"
    scribe("clients", "add", "C-1", "--data", data)
    before = rows(data)
    plan = tmp_path / "plan.toml"
    plan.write_text((CLIENT_DIR / "plan.toml").read_text().replace("start = 2026-09-29", "start = 2026-02-30", 1))
    r = scribe("clients", "import", plan, "--data", data)
    assert r.exit_code == 2 and "plan.toml: not valid TOML" in r.output  # TOML itself refuses Feb 30
    plan.write_text((CLIENT_DIR / "plan.toml").read_text().replace('status = "active"', 'status = "finished"', 1))
    r = scribe("clients", "import", plan, "--data", data)
    assert r.exit_code == 2
    assert f"{plan}, line 12, clients[0].goals[0].status: must be one of active, met, discontinued" in r.output
    assert rows(data) == before


def test_run_and_batch_refuse_an_unknown_client_before_any_work(tmp_path: Path, tone_wav: Path):
    data = tmp_path / "data"
    scribe("clients", "add", "C-1", "--data", data)
    out = tmp_path / "out"
    r = scribe("run", tone_wav, "-o", out, "--client", "C-9", "--data", data)
    assert r.exit_code == 2 and "no client 'C-9'; add it first" in r.output
    manifest = tmp_path / "manifest.csv"
    manifest.write_text(f"file,client,date\n{tone_wav},C-1,2026-10-06\n{tone_wav},C-7,2026-10-13\n")
    r = scribe("batch", "-o", out, "--clients", manifest, "--data", data)
    assert r.exit_code == 2 and f"{manifest}, line 3: no client 'C-7'" in r.output
    manifest.write_text(f"file,client,date\n{tone_wav},C-1,13/10/2026\n")
    r = scribe("batch", "-o", out, "--clients", manifest, "--data", data)
    assert r.exit_code == 2 and f"{manifest}, line 2, date: '13/10/2026' is not a date" in r.output
    r = scribe("run", tone_wav, "-o", out, "--client", "C-1", "--data", tmp_path / "empty")
    assert r.exit_code == 2 and "no client store in" in r.output
    assert not out.exists()


def test_approve_then_progress_report_chart_and_fhir(tmp_path: Path):
    data = tmp_path / "data"
    store = client_store(data)
    folders = [note_folder(store, name, tmp_path / "out") for name in SESSIONS]
    store.close()
    fhir = tmp_path / "note.fhir.json"
    r = scribe("export", "fhir", folders[0], "-o", fhir, "--data", data)
    assert r.exit_code == 2 and "is a draft: only an approved note is exported" in r.output and not fhir.exists()
    raw = json.loads((folders[0] / "note.json").read_text())  # an item the grounding check did not support
    raw["sections"][0]["items"][0]["support"] = {"supported": False, "score": 0.1, "reasons": ["number: 99"]}
    (folders[0] / "note.json").write_text(json.dumps(raw))
    r = scribe("approve", folders[0], "--by", "ana", "--data", data)
    assert r.exit_code == 2 and "1 item(s)" in r.output and "marked UNSUPPORTED" in r.output
    assert "--confirm-unsupported" in r.output
    assert json.loads((folders[0] / "note.json").read_text())["status"] == "draft"
    for folder in folders:
        r = scribe("approve", folder, "--by", "ana", "--confirm-unsupported", "--data", data)
        assert r.exit_code == 0, r.output
        assert "results stored" in r.output
    note = json.loads((folders[2] / "note.json").read_text())
    assert note["status"] == "approved" and note["approval"]["by"] == "ana"
    assert "*Status: approved by ana. Every statement cites" in (folders[2] / "note.md").read_text()
    r = scribe("approve", folders[2], "--by", "ben", "--confirm-unsupported", "--data", data)
    assert r.exit_code == 2 and "already approved (by ana)" in r.output
    r = scribe("clients", "progress", CLIENT, "--data", data)
    assert r.exit_code == 0
    lines = r.output.splitlines()
    assert "Client C-0042 (Noah B.): 3 approved session(s), 2026-10-06 to 2026-10-20" in lines
    g1 = [ln.split()[:4] for ln in lines if ln.startswith("G1 ") and ln.split()[1][0].isdigit()]
    assert g1 == [["G1", "2026-10-06", "20", "sec"], ["G1", "2026-10-13", "30", "sec"],
                  ["G1", "2026-10-20", "45", "sec"]]
    assert "G1: 20 sec -> 30 sec -> 45 sec" in lines
    g3 = [ln for ln in lines if ln.startswith("G3 ") and ln.split()[1][0].isdigit()]
    assert "not addressed" in g3[1] and "progressing" in g3[2]
    report = tmp_path / "report.md"
    r = scribe("clients", "report", CLIENT, "-o", report, "--data", data)
    assert r.exit_code == 0 and "| 2026-10-20 | 5/5 buttons independently | independent | met |" in report.read_text()
    r = scribe("clients", "chart", CLIENT, "G1", "-o", tmp_path / "g1.svg", "--data", data)
    assert r.exit_code == 0 and (tmp_path / "g1.svg").read_text().count("<circle") == 3
    r = scribe("export", "fhir", folders[2], "-o", fhir, "--data", data)
    assert r.exit_code == 0, r.output
    assert json.loads(fhir.read_text())["resourceType"] == "Bundle"
