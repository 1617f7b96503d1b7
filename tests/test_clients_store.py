"""The client store and plans of care: clients, goals, history, results; a broken plan names its line and
field and writes nothing; a goal id of another client is refused."""

from __future__ import annotations

import json
import os
import sqlite3
import stat
from pathlib import Path

import pytest

from pipeline.clients.model import Cited, GoalReport, GoalResult
from pipeline.clients.plan import parse_plan, read_plan
from pipeline.clients.store import ClientError, ClientStore

ROOT = Path(__file__).resolve().parents[1]
PLAN = ROOT / "samples" / "client" / "plan.toml"

GOOD = """\
[[clients]]
id = "C-1"
name = "A. B."
therapists = ["ana"]

[[clients.goals]]
text = "Zip a jacket"
target = "4/5 trials independently"
start = 2026-09-01

[[clients.goals]]
text = "Tie shoes"
"""


@pytest.fixture
def store(tmp_path: Path):
    s = ClientStore(tmp_path / "data")
    yield s
    s.close()


def snapshot(store: ClientStore) -> list:
    db = sqlite3.connect(store.path)
    try:
        return [db.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall()
                for t in ("clients", "client_therapists", "goals", "plan_history", "sessions", "results")]
    finally:
        db.close()


def test_clients_goals_and_their_history(store: ClientStore):
    c = store.add_client("C-0042", "Noah B.", ["ana"], who="ana")
    assert (c.id, c.name, c.therapists) == ("C-0042", "Noah B.", ("ana",))
    g1 = store.add_goal("C-0042", "Fasten shirt buttons", "5/5 buttons independently", "2026-09-29", who="ana")
    g2 = store.add_goal("C-0042", " Hold  a tripod grasp ", "60 sec", who="ana")
    assert (g1.id, g2.id, g2.text) == ("G1", "G2", "Hold a tripod grasp")
    assert [g.id for g in store.goals("C-0042", "active")] == ["G1", "G2"]
    g1 = store.update_goal("C-0042", "G1", "ben", status="met")
    assert g1.status == "met" and [g.id for g in store.goals("C-0042", "active")] == ["G2"]
    history = store.history("C-0042")
    assert [(h["who"], h["action"]) for h in history][-1] == ("ben", "change goal")
    assert json.loads(history[-1]["detail"]) == {"status": {"from": "active", "to": "met"}}
    assert store.visible("C-0042", "ana", False) is not None
    assert store.visible("C-0042", "ben", False) is None and store.visible("C-0042", "root", True) is not None
    assert [x.id for x in store.clients("ana")] == ["C-0042"] and store.clients("ben") == []
    mode = stat.S_IMODE(os.stat(store.path).st_mode)
    assert mode == 0o600, oct(mode)
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        store._conn().execute("DELETE FROM plan_history")


def test_bad_input_is_a_clear_error_and_writes_nothing(store: ClientStore):
    store.add_client("C-1")
    store.add_client("C-2")
    other = store.add_goal("C-2", "Catch a ball")
    before = snapshot(store)
    with pytest.raises(ClientError, match="already exists") as e:
        store.add_client("C-1")
    assert e.value.status == 409
    with pytest.raises(ClientError, match="no client 'C-9'; add it first") as e:
        store.add_goal("C-9", "Zip")
    assert e.value.status == 404
    with pytest.raises(ClientError, match=r"goal 'G1' is not a goal of client 'C-1' \(it belongs to another client\)"):
        store.update_goal("C-1", other.id, "cli", status="met")
    with pytest.raises(ClientError, match="no goal 'G77'"):
        store.update_goal("C-1", "G77", "cli", status="met")
    with pytest.raises(ClientError, match="status is one of active, met, discontinued"):
        store.update_goal("C-2", other.id, "cli", status="done")
    with pytest.raises(ClientError, match="not a date"):
        store.add_goal("C-1", "Zip", start="2026-13-40")
    with pytest.raises(ClientError, match="client id is 1-64"):
        store.add_client("bad id!")
    assert snapshot(store) == before


def test_an_approved_sessions_results_are_final(store: ClientStore):
    store.add_client("C-1")
    g = store.add_goal("C-1", "Hold a tripod grasp", "60 sec")
    rep = GoalReport("C-1", "2026-10-06", "goals", (g,), (GoalResult(
        g.id, g.text, g.target, True, "20 sec", 20.0, "sec", "", "below target",
        evidence=(Cited("seg-0005", 21.9, 24.8),), items=(0,)),))
    store.record_session("r-1", rep, "ana", recording_id="r-1")
    with pytest.raises(ClientError, match="already stored") as e:
        store.record_session("r-1", rep, "ana")
    assert e.value.status == 409
    [r] = store.results("C-1")
    assert (r.session, r.date, r.value, r.evidence[0].start) == ("r-1", "2026-10-06", 20.0, 21.9)
    assert store.previous("C-1", "2026-10-13")[0].value == 20.0
    assert store.previous("C-1", "2026-10-05") == [] and store.previous("C-1", "2026-10-06", exclude="r-1") == []
    assert store.report("r-1") == rep
    with pytest.raises(sqlite3.DatabaseError, match="final"):
        store._conn().execute("UPDATE results SET date = '2000-01-01'")


def test_the_sample_plan_imports_and_again_changes_nothing(store: ClientStore):
    counts = store.import_plan(read_plan(PLAN))
    assert counts == {"clients added": 1, "clients updated": 0, "goals added": 3, "goals updated": 0}
    goals = store.goals("C-0042")
    assert [(g.id, g.target, g.start) for g in goals] == [
        ("G1", "60 sec", "2026-09-29"), ("G2", "5/5 buttons independently", "2026-09-29"),
        ("G3", "4/5 shapes independently", "2026-09-29")]
    again = store.import_plan(read_plan(PLAN))
    assert again == {"clients added": 0, "clients updated": 1, "goals added": 0, "goals updated": 0}
    assert store.goals("C-0042") == goals


def test_a_plan_updates_goals_by_id_or_text_and_adds_new_ones(store: ClientStore):
    store.import_plan(parse_plan(GOOD, "p.toml"))
    update = GOOD.replace('target = "4/5 trials independently"', 'target = "5/5 trials independently"') + """
[[clients.goals]]
id = "G2"
status = "met"
text = "Tie shoes with a double knot"

[[clients.goals]]
text = "Button a coat"
"""
    counts = store.import_plan(parse_plan(update, "p.toml"))
    assert counts["goals updated"] == 2 and counts["goals added"] == 1
    goals = {g.id: g for g in store.goals("C-1")}
    assert goals["G1"].target == "5/5 trials independently"
    assert (goals["G2"].status, goals["G2"].text) == ("met", "Tie shoes with a double knot")
    assert goals["G3"].text == "Button a coat"


@pytest.mark.parametrize("text, where", [
    (GOOD.replace("start = 2026-09-01", 'start = "next week"'), r"p\.toml, line 9, clients\[0\]\.goals\[0\]\.start: "
                                                              r"not a date; write it as YYYY-MM-DD"),
    (GOOD.replace('text = "Tie shoes"', 'txt = "Tie shoes"'), r"p\.toml, line 12, clients\[0\]\.goals\[1\]\.txt: "
                                                             "unknown field"),
    (GOOD.replace('text = "Tie shoes"', 'target = "x"'), r"p\.toml, line 11, clients\[0\]\.goals\[1\]\.text: missing"),
    (GOOD.replace('id = "C-1"', 'id = "C 1"'), r"p\.toml, line 2, clients\[0\]\.id: a client id is"),
    (GOOD + 'status = "done"\n', r"p\.toml, line 13, clients\[0\]\.goals\[1\]\.status: must be one of active, met"),
    (GOOD + '\n[[clients]]\nid = "C-1"\n', r"p\.toml, line 15, clients\[1\]\.id: client 'C-1' is listed twice"),
    ("[[clients]\nid = 1", r"p\.toml: not valid TOML"),
])
def test_a_broken_plan_names_the_line_and_field(text: str, where: str, store: ClientStore):
    before = snapshot(store)
    with pytest.raises(ClientError, match=where):
        store.import_plan(parse_plan(text, "p.toml"))
    assert snapshot(store) == before


def test_a_json_plan_names_the_line_and_field_too(store: ClientStore):
    text = json.dumps({"clients": [{"id": "C-1", "goals": [{"text": "Zip"}, {"text": "Tie", "start": "soon"}]}]},
                      indent=2)
    line = next(n for n, ln in enumerate(text.splitlines(), 1) if '"soon"' in ln)
    with pytest.raises(ClientError, match=rf"plan\.json, line {line}, clients\[0\]\.goals\[1\]\.start: not a date"):
        parse_plan(text, "plan.json")
    with pytest.raises(ClientError, match=r"plan\.json, line 1: not valid JSON"):
        parse_plan("{oops", "plan.json")
    assert store.import_plan(parse_plan(text.replace('"soon"', '"2026-10-01"'), "plan.json"))["goals added"] == 2


def test_a_goal_id_of_another_client_in_a_plan_rolls_everything_back(store: ClientStore):
    store.add_client("C-2")
    store.add_goal("C-2", "Catch a ball")  # G1, another client's
    before = snapshot(store)
    bad = GOOD + 'id = "G1"\n'  # the second goal of C-1 claims G1
    with pytest.raises(ClientError, match=r"p\.toml, line 13, clients\[0\]\.goals\[1\]\.id: goal 'G1' belongs to "
                                          "another client"):
        store.import_plan(parse_plan(bad, "p.toml"))
    assert snapshot(store) == before  # C-1 and its first goal were not written either
