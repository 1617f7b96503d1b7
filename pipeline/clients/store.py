"""The client store: clients, their therapists, plans of care, and each approved session's goal results.

One SQLite file, ``DATA/clients.sqlite`` (WAL, owner-only), beside the service's database in the same
data folder, so ``scribe clients``, ``scribe run --client`` and ``scribe serve`` share it.

- A goal's id (``G1``, ``G2`` ...) is unique across clients, so a goal id given with another client's id is
  recognised as a mistake, never applied to the wrong child.
- ``plan_history`` records every change of a plan (who, when, what): rows are never changed or deleted.
- ``sessions`` and ``results`` hold what an approved note reported on each goal; an approval is final, so
  they are never changed or deleted either (triggers refuse it).
- ``recording_clients`` says which client a service recording belongs to.
"""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from ..errors import ConfigError
from ..sqlite_store import SqliteStore
from .model import (
    GOAL_STATUSES,
    NAME_MAX,
    TARGET_MAX,
    TEXT_MAX,
    Client,
    Goal,
    GoalReport,
    GoalResult,
    check_client_id,
)

DB_NAME = "clients.sqlite"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS clients (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL DEFAULT '',
    created REAL NOT NULL,
    updated REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS client_therapists (
    client_id TEXT NOT NULL REFERENCES clients(id),
    user TEXT NOT NULL,
    PRIMARY KEY (client_id, user)
);
CREATE TABLE IF NOT EXISTS goals (
    n INTEGER PRIMARY KEY AUTOINCREMENT,
    client_id TEXT NOT NULL REFERENCES clients(id),
    text TEXT NOT NULL,
    target TEXT NOT NULL DEFAULT '',
    start TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'active',
    origin TEXT NOT NULL DEFAULT '',
    created REAL NOT NULL,
    updated REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS goals_client ON goals(client_id);
CREATE TABLE IF NOT EXISTS plan_history (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    at REAL NOT NULL,
    who TEXT NOT NULL,
    client_id TEXT NOT NULL,
    goal_id TEXT,
    action TEXT NOT NULL,
    detail TEXT NOT NULL DEFAULT '{}'
);
CREATE TABLE IF NOT EXISTS recording_clients (
    recording_id TEXT PRIMARY KEY,
    client_id TEXT NOT NULL REFERENCES clients(id),
    linked REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS sessions (
    key TEXT PRIMARY KEY,
    client_id TEXT NOT NULL REFERENCES clients(id),
    date TEXT NOT NULL,
    recording_id TEXT,
    approved_by TEXT NOT NULL,
    approved_at REAL NOT NULL,
    report TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS results (
    session TEXT NOT NULL REFERENCES sessions(key),
    goal_id TEXT NOT NULL,
    client_id TEXT NOT NULL,
    date TEXT NOT NULL,
    data TEXT NOT NULL,
    PRIMARY KEY (session, goal_id)
);
CREATE INDEX IF NOT EXISTS results_client ON results(client_id, date);
CREATE TRIGGER IF NOT EXISTS history_no_update BEFORE UPDATE ON plan_history
BEGIN SELECT RAISE(ABORT, 'the plan history is append-only'); END;
CREATE TRIGGER IF NOT EXISTS history_no_delete BEFORE DELETE ON plan_history
BEGIN SELECT RAISE(ABORT, 'the plan history is append-only'); END;
CREATE TRIGGER IF NOT EXISTS sessions_no_update BEFORE UPDATE ON sessions
BEGIN SELECT RAISE(ABORT, 'an approved session is final'); END;
CREATE TRIGGER IF NOT EXISTS sessions_no_delete BEFORE DELETE ON sessions
BEGIN SELECT RAISE(ABORT, 'an approved session is final'); END;
CREATE TRIGGER IF NOT EXISTS results_no_update BEFORE UPDATE ON results
BEGIN SELECT RAISE(ABORT, 'an approved result is final'); END;
CREATE TRIGGER IF NOT EXISTS results_no_delete BEFORE DELETE ON results
BEGIN SELECT RAISE(ABORT, 'an approved result is final'); END;
"""


class ClientError(ConfigError):
    """Bad client input (an unknown client, a goal of another client, a duplicate id ...): exit 2 in the CLI;
    ``status`` is what the service answers (404 unknown, 409 conflict, 422 invalid)."""

    def __init__(self, message: str, status: int = 422) -> None:
        super().__init__(message)
        self.status = status


@dataclass(frozen=True)
class Session:
    key: str
    client_id: str
    date: str
    recording_id: str | None
    approved_by: str
    approved_at: float


def _goal(row: sqlite3.Row) -> Goal:
    return Goal(f"G{row['n']}", row["client_id"], row["text"], row["target"], row["start"], row["status"],
                row["origin"])


def goal_number(gid: str) -> int | None:
    gid = (gid or "").strip()
    if gid[:1] in ("G", "g") and gid[1:].isdigit() and len(gid) <= 10:
        return int(gid[1:])
    return None


def clean_text(value: str | None, what: str, limit: int, required: bool = False) -> str:
    text = " ".join(str(value or "").split())
    if required and not text:
        raise ClientError(f"a goal needs its {what}")
    if len(text) > limit:
        raise ClientError(f"the goal's {what} is at most {limit} characters")
    return text


def check_status(status: str) -> str:
    if status not in GOAL_STATUSES:
        raise ClientError(f"a goal's status is one of {', '.join(GOAL_STATUSES)}, not {status!r}")
    return status


def check_date(value: str | None) -> str:
    """'' or YYYY-MM-DD (a real date)."""
    import datetime as dt

    value = (value or "").strip()
    if not value:
        return ""
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise ClientError(f"{value!r} is not a date; write it as YYYY-MM-DD") from None


class ClientStore(SqliteStore):
    """Thread-safe access (one connection per thread) to ``DATA/clients.sqlite``."""

    what = "client database"

    def __init__(self, data: Path) -> None:
        super().__init__(data, DB_NAME, _SCHEMA)

    @staticmethod
    def _history(db: sqlite3.Connection, who: str, cid: str, gid: str | None, action: str, **detail) -> None:
        db.execute("INSERT INTO plan_history (at, who, client_id, goal_id, action, detail) VALUES (?, ?, ?, ?, ?, ?)",
                   (time.time(), who, cid, gid, action, json.dumps(detail, ensure_ascii=False)))

    # ------------------------------------------------------------- clients

    def client(self, cid: str) -> Client | None:
        rows = self.query("SELECT * FROM clients WHERE id = ?", (cid,))
        if not rows:
            return None
        names = tuple(r["user"] for r in self.query(
            "SELECT user FROM client_therapists WHERE client_id = ? ORDER BY user", (cid,)))
        return Client(rows[0]["id"], rows[0]["name"], names, rows[0]["created"])

    def get(self, cid: str) -> Client:
        """The client, or ClientError(404) saying how to add it."""
        found = self.client(cid)
        if found is None:
            raise ClientError(f"no client {cid!r}; add it first (scribe clients add {cid}, or on the Clients page)",
                              404)
        return found

    def clients(self, user: str | None = None) -> list[Client]:
        """Every client (``user`` None: an admin), or those ``user`` is a therapist of; by id."""
        if user is None:
            ids = [r["id"] for r in self.query("SELECT id FROM clients ORDER BY id")]
        else:
            ids = [r["client_id"] for r in self.query(
                "SELECT client_id FROM client_therapists WHERE user = ? ORDER BY client_id", (user,))]
        return [c for c in (self.client(i) for i in ids) if c is not None]

    def visible(self, cid: str, user: str, admin: bool) -> Client | None:
        """The client if ``user`` may see it (an admin sees every client), else None."""
        c = self.client(cid)
        if c is None or admin or user in c.therapists:
            return c
        return None

    def add_client(self, cid: str, name: str = "", therapists: Iterable[str] = (), who: str = "cli") -> Client:
        try:
            check_client_id(cid)
        except ValueError as e:
            raise ClientError(str(e)) from None
        name = " ".join((name or "").split())
        if len(name) > NAME_MAX:
            raise ClientError(f"a client's name is at most {NAME_MAX} characters")
        now = time.time()
        try:
            with self.tx() as db:
                db.execute("INSERT INTO clients (id, name, created, updated) VALUES (?, ?, ?, ?)",
                           (cid, name, now, now))
                for t in dict.fromkeys(therapists):
                    db.execute("INSERT INTO client_therapists (client_id, user) VALUES (?, ?)", (cid, t))
                self._history(db, who, cid, None, "add client", therapists=list(dict.fromkeys(therapists)))
        except sqlite3.IntegrityError:
            raise ClientError(f"a client with id {cid!r} already exists", 409) from None
        return self.get(cid)

    def update_client(self, cid: str, who: str, name: str | None = None,
                      therapists: Iterable[str] | None = None) -> Client:
        self.get(cid)
        with self.tx() as db:
            if name is not None:
                name = " ".join(name.split())
                if len(name) > NAME_MAX:
                    raise ClientError(f"a client's name is at most {NAME_MAX} characters")
                db.execute("UPDATE clients SET name = ?, updated = ? WHERE id = ?", (name, time.time(), cid))
                self._history(db, who, cid, None, "rename client")
            if therapists is not None:
                names = list(dict.fromkeys(therapists))
                db.execute("DELETE FROM client_therapists WHERE client_id = ?", (cid,))
                for t in names:
                    db.execute("INSERT INTO client_therapists (client_id, user) VALUES (?, ?)", (cid, t))
                self._history(db, who, cid, None, "set therapists", therapists=names)
        return self.get(cid)

    # --------------------------------------------------------------- goals

    def goals(self, cid: str, status: str | None = None) -> list[Goal]:
        sql, args = "SELECT * FROM goals WHERE client_id = ?", [cid]
        if status:
            sql += " AND status = ?"
            args.append(status)
        return [_goal(r) for r in self.query(sql + " ORDER BY n", tuple(args))]

    def goal(self, cid: str, gid: str) -> Goal:
        """Goal ``gid`` of client ``cid``; ClientError(404) when it is missing or another client's."""
        n = goal_number(gid)
        rows = self.query("SELECT * FROM goals WHERE n = ?", (n,)) if n is not None else []
        if not rows:
            raise ClientError(f"no goal {gid!r}; `scribe clients goals {cid}` lists the client's goals", 404)
        if rows[0]["client_id"] != cid:
            raise ClientError(f"goal {gid!r} is not a goal of client {cid!r} (it belongs to another client); "
                              f"`scribe clients goals {cid}` lists this client's goals", 404)
        return _goal(rows[0])

    def add_goal(self, cid: str, text: str, target: str = "", start: str = "", status: str = "active",
                 origin: str = "", who: str = "cli") -> Goal:
        self.get(cid)
        text = clean_text(text, "text", TEXT_MAX, required=True)
        target = clean_text(target, "target", TARGET_MAX)
        start, status = check_date(start), check_status(status)
        now = time.time()
        with self.tx() as db:
            cur = db.execute("INSERT INTO goals (client_id, text, target, start, status, origin, created, updated) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", (cid, text, target, start, status, origin, now, now))
            gid = f"G{cur.lastrowid}"
            self._history(db, who, cid, gid, "add goal", text=text, target=target, start=start, status=status,
                          origin=origin)
        return self.goal(cid, gid)

    def update_goal(self, cid: str, gid: str, who: str, *, text: str | None = None, target: str | None = None,
                    start: str | None = None, status: str | None = None) -> Goal:
        old = self.goal(cid, gid)
        changes: dict[str, str] = {}
        if text is not None:
            changes["text"] = clean_text(text, "text", TEXT_MAX, required=True)
        if target is not None:
            changes["target"] = clean_text(target, "target", TARGET_MAX)
        if start is not None:
            changes["start"] = check_date(start)
        if status is not None:
            changes["status"] = check_status(status)
        changes = {k: v for k, v in changes.items() if getattr(old, k) != v}
        if not changes:
            return old
        with self.tx() as db:
            cols = ", ".join(f"{k} = ?" for k in changes)
            db.execute(f"UPDATE goals SET {cols}, updated = ? WHERE n = ?",
                       (*changes.values(), time.time(), goal_number(gid)))
            self._history(db, who, cid, gid, "change goal",
                          **{k: {"from": getattr(old, k), "to": v} for k, v in changes.items()})
        return self.goal(cid, gid)

    def history(self, cid: str) -> list[sqlite3.Row]:
        return self.query("SELECT at, who, goal_id, action, detail FROM plan_history WHERE client_id = ? ORDER BY id",
                          (cid,))

    # ---------------------------------------------------------- recordings

    def link(self, rid: str, cid: str | None) -> None:
        """Recording ``rid`` belongs to client ``cid`` (None: to no client)."""
        with self.tx() as db:
            if cid is None:
                db.execute("DELETE FROM recording_clients WHERE recording_id = ?", (rid,))
            else:
                db.execute("INSERT INTO recording_clients (recording_id, client_id, linked) VALUES (?, ?, ?) "
                           "ON CONFLICT(recording_id) DO UPDATE SET client_id = excluded.client_id, "
                           "linked = excluded.linked", (rid, cid, time.time()))

    def client_of(self, rid: str) -> str | None:
        rows = self.query("SELECT client_id FROM recording_clients WHERE recording_id = ?", (rid,))
        return rows[0]["client_id"] if rows else None

    def recordings_of(self, cid: str) -> list[str]:
        return [r["recording_id"] for r in self.query(
            "SELECT recording_id FROM recording_clients WHERE client_id = ? ORDER BY linked", (cid,))]

    # ------------------------------------------------------------ sessions

    def session(self, key: str) -> Session | None:
        rows = self.query("SELECT key, client_id, date, recording_id, approved_by, approved_at FROM sessions "
                          "WHERE key = ?", (key,))
        return Session(*tuple(rows[0])) if rows else None

    def sessions(self, cid: str) -> list[Session]:
        rows = self.query("SELECT key, client_id, date, recording_id, approved_by, approved_at FROM sessions "
                          "WHERE client_id = ? ORDER BY date, approved_at", (cid,))
        return [Session(*tuple(r)) for r in rows]

    def record_session(self, key: str, report: GoalReport, approved_by: str, recording_id: str | None = None,
                       approved_at: float | None = None) -> Session:
        """Store an approved note's results, one per goal (once: an approval is final)."""
        self.get(report.client_id)
        at = time.time() if approved_at is None else approved_at
        try:
            with self.tx() as db:
                db.execute("INSERT INTO sessions (key, client_id, date, recording_id, approved_by, approved_at, "
                           "report) VALUES (?, ?, ?, ?, ?, ?, ?)",
                           (key, report.client_id, report.date, recording_id, approved_by, at,
                            json.dumps(report.to_dict())))
                for r in report.results:
                    data = GoalResult.from_dict({**r.to_dict(), "date": report.date, "session": key})
                    db.execute("INSERT INTO results (session, goal_id, client_id, date, data) VALUES (?, ?, ?, ?, ?)",
                               (key, r.goal_id, report.client_id, report.date, json.dumps(data.to_dict())))
        except sqlite3.IntegrityError:
            raise ClientError("this session's results are already stored (its note was approved)", 409) from None
        found = self.session(key)
        assert found is not None
        return found

    def report(self, key: str) -> GoalReport | None:
        rows = self.query("SELECT report FROM sessions WHERE key = ?", (key,))
        return GoalReport.from_dict(json.loads(rows[0]["report"])) if rows else None

    def results(self, cid: str, goal_id: str | None = None) -> list[GoalResult]:
        """Stored results of the client (one goal's, or all), by session date."""
        sql, args = ("SELECT r.data FROM results r JOIN sessions s ON s.key = r.session WHERE r.client_id = ?",
                     [cid])
        if goal_id:
            sql += " AND r.goal_id = ?"
            args.append(goal_id)
        rows = self.query(sql + " ORDER BY r.date, s.approved_at, r.goal_id", tuple(args))
        return [GoalResult.from_dict(json.loads(r["data"])) for r in rows]

    def previous(self, cid: str, before: str, exclude: str | None = None) -> list[GoalResult]:
        """Each goal's latest stored result with a measure from a session dated ``before`` or earlier (all, when it
        is ''), ``exclude`` (this session) left out: what this session's result is compared with."""
        latest: dict[str, GoalResult] = {}
        for r in self.results(cid):
            if r.session == exclude or (before and r.date and r.date > before) or r.value is None:
                continue
            latest[r.goal_id] = r
        return list(latest.values())

    # ------------------------------------------------------------ import

    def import_plan(self, plan, who: str = "cli") -> dict[str, int]:
        """Apply a checked plan of care file (:func:`pipeline.clients.plan.parse_plan`) in one transaction:
        new clients are added, existing ones updated; a goal with an ``id`` updates that goal of the client,
        one whose text the client already has updates it, any other is added. A goal id of another client
        (or none) is a ClientError naming the file, line and field, and nothing is written."""
        counts = {"clients added": 0, "clients updated": 0, "goals added": 0, "goals updated": 0}
        now = time.time()
        with self.tx() as db:
            for ci, c in enumerate(plan.clients):
                row = db.execute("SELECT name FROM clients WHERE id = ?", (c.id,)).fetchone()
                given = c.model_fields_set
                if row is None:
                    db.execute("INSERT INTO clients (id, name, created, updated) VALUES (?, ?, ?, ?)",
                               (c.id, " ".join(c.name.split()), now, now))
                    self._history(db, who, c.id, None, "add client", source=plan.path)
                    counts["clients added"] += 1
                else:
                    if "name" in given and row["name"] != " ".join(c.name.split()):
                        db.execute("UPDATE clients SET name = ?, updated = ? WHERE id = ?",
                                   (" ".join(c.name.split()), now, c.id))
                    counts["clients updated"] += 1
                if "therapists" in given or row is None:
                    db.execute("DELETE FROM client_therapists WHERE client_id = ?", (c.id,))
                    for t in dict.fromkeys(c.therapists):
                        db.execute("INSERT INTO client_therapists (client_id, user) VALUES (?, ?)", (c.id, t))
                existing = {r["n"]: r for r in db.execute("SELECT * FROM goals WHERE client_id = ?", (c.id,))}
                by_text = {" ".join(r["text"].lower().split()): n for n, r in existing.items()}
                for gi, g in enumerate(c.goals):
                    values = {"text": g.text, "target": " ".join(g.target.split()),
                              "start": g.start.isoformat() if g.start else "", "status": g.status}
                    n = None
                    if g.id:
                        n = goal_number(g.id)
                        if n not in existing:
                            other = db.execute("SELECT client_id FROM goals WHERE n = ?", (n,)).fetchone()
                            why = "belongs to another client" if other else "does not exist"
                            raise ClientError(f"{plan.where(('clients', ci, 'goals', gi, 'id'))}: goal {g.id!r} "
                                              f"{why}; leave the id out to add a new goal", 404)
                    else:
                        n = by_text.get(g.text.lower())
                    if n is None:
                        cur = db.execute("INSERT INTO goals (client_id, text, target, start, status, origin, created, "
                                         "updated) VALUES (?, ?, ?, ?, ?, 'plan', ?, ?)",
                                         (c.id, values["text"], values["target"], values["start"], values["status"],
                                          now, now))
                        self._history(db, who, c.id, f"G{cur.lastrowid}", "add goal", source=plan.path, **values)
                        counts["goals added"] += 1
                        by_text[g.text.lower()] = cur.lastrowid
                        existing[cur.lastrowid] = db.execute("SELECT * FROM goals WHERE n = ?",
                                                             (cur.lastrowid,)).fetchone()
                        continue
                    old = existing[n]
                    fields_given = {"text", "target", "start", "status"} & g.model_fields_set
                    changes = {k: values[k] for k in fields_given if old[k] != values[k]}
                    if changes:
                        cols = ", ".join(f"{k} = ?" for k in changes)
                        db.execute(f"UPDATE goals SET {cols}, updated = ? WHERE n = ?", (*changes.values(), now, n))
                        self._history(db, who, c.id, f"G{n}", "change goal", source=plan.path,
                                      **{k: {"from": old[k], "to": v} for k, v in changes.items()})
                        counts["goals updated"] += 1
        return counts
