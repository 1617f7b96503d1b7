"""The service's database: users, sign-in sessions, recordings, note versions, the audit log.

One SQLite file (``DATA/service.sqlite``, WAL, owner-only) beside the batch
ledger (``DATA/work/ledger.sqlite``) that the worker runs the pipeline with.

- Tokens and session ids are stored only as sha256 hashes.
- ``note_versions`` keeps every version (the AI draft and each edit); rows are
  never changed or deleted (triggers refuse it). An approval is one more
  version, of kind ``approved``, and locks the note.
- ``audit`` is append-only the same way: who, what, action, when, from where.
  It holds ids and actions, never transcript or note text or file names.
"""

from __future__ import annotations

import hashlib
import json
import secrets
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import ConfigError
from ..outputs import ensure_dir
from ..sqlite_store import SqliteStore

DB_NAME = "service.sqlite"
ROLES = ("therapist", "admin")

_SCHEMA = """
CREATE TABLE IF NOT EXISTS users (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL UNIQUE,
    role TEXT NOT NULL,
    token_hash TEXT NOT NULL UNIQUE,
    created REAL NOT NULL,
    disabled INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS sessions (
    hash TEXT PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users(id),
    created REAL NOT NULL,
    expires REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS recordings (
    id TEXT PRIMARY KEY,
    owner_id INTEGER NOT NULL REFERENCES users(id),
    title TEXT NOT NULL DEFAULT '',
    original_name TEXT,
    sha256 TEXT,
    status TEXT NOT NULL,
    error TEXT,
    created REAL NOT NULL,
    updated REAL NOT NULL,
    queued REAL,
    size INTEGER NOT NULL DEFAULT 0,
    duration REAL,
    mime TEXT,
    upload TEXT,
    chunks INTEGER NOT NULL DEFAULT 0,
    folder TEXT,
    audio_deleted REAL,
    speakers TEXT
);
CREATE UNIQUE INDEX IF NOT EXISTS recordings_owner_sha ON recordings(owner_id, sha256);
CREATE TABLE IF NOT EXISTS note_versions (
    recording_id TEXT NOT NULL REFERENCES recordings(id),
    version INTEGER NOT NULL,
    kind TEXT NOT NULL,
    author TEXT NOT NULL,
    created REAL NOT NULL,
    note TEXT NOT NULL,
    PRIMARY KEY (recording_id, version)
);
CREATE TABLE IF NOT EXISTS approvals (
    recording_id TEXT PRIMARY KEY REFERENCES recordings(id),
    version INTEGER NOT NULL,
    approved_by TEXT NOT NULL,
    at REAL NOT NULL,
    diff TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS audit (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    at REAL NOT NULL,
    user TEXT NOT NULL,
    action TEXT NOT NULL,
    object TEXT NOT NULL,
    object_id TEXT,
    ip TEXT
);
CREATE TRIGGER IF NOT EXISTS audit_no_update BEFORE UPDATE ON audit
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER IF NOT EXISTS audit_no_delete BEFORE DELETE ON audit
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER IF NOT EXISTS versions_no_update BEFORE UPDATE ON note_versions
BEGIN SELECT RAISE(ABORT, 'note versions are kept as written'); END;
CREATE TRIGGER IF NOT EXISTS versions_no_delete BEFORE DELETE ON note_versions
BEGIN SELECT RAISE(ABORT, 'note versions are kept as written'); END;
CREATE TRIGGER IF NOT EXISTS approvals_no_update BEFORE UPDATE ON approvals
BEGIN SELECT RAISE(ABORT, 'an approval is final'); END;
"""


_RECORDING = ("SELECT r.*, u.name AS owner, (SELECT kind FROM note_versions v WHERE v.recording_id = r.id "
              "ORDER BY v.version DESC LIMIT 1) AS note_kind FROM recordings r JOIN users u ON u.id = r.owner_id")


def digest(secret: str) -> str:
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class User:
    id: int
    name: str
    role: str

    @property
    def admin(self) -> bool:
        return self.role == "admin"


@dataclass(frozen=True)
class Version:
    recording_id: str
    version: int
    kind: str
    author: str
    created: float
    note: dict[str, Any]


class Store(SqliteStore):
    """Thread-safe access (one connection per thread) to ``DATA/service.sqlite``."""

    what = "service database"

    def __init__(self, data: Path) -> None:
        super().__init__(data, DB_NAME, _SCHEMA)

    @property
    def uploads(self) -> Path:
        return ensure_dir(self.data / "uploads")

    @property
    def work(self) -> Path:
        return ensure_dir(self.data / "work")

    # --------------------------------------------------------------- users

    def add_user(self, name: str, role: str) -> str:
        """Create a user; returns the token (shown once, stored only as its hash)."""
        name = name.strip()
        if not name or len(name) > 64 or any(c.isspace() for c in name):
            raise ConfigError("a user name is 1-64 characters without spaces")
        if role not in ROLES:
            raise ConfigError(f"role must be one of {', '.join(ROLES)}")
        token = secrets.token_urlsafe(32)
        try:
            with self.tx() as db:
                db.execute("INSERT INTO users (name, role, token_hash, created) VALUES (?, ?, ?, ?)",
                           (name, role, digest(token), time.time()))
        except sqlite3.IntegrityError:
            raise ConfigError(f"a user named {name!r} already exists") from None
        return token

    def new_token(self, name: str) -> str:
        token = secrets.token_urlsafe(32)
        with self.tx() as db:
            n = db.execute("UPDATE users SET token_hash = ? WHERE name = ?", (digest(token), name)).rowcount
            if n:
                db.execute("DELETE FROM sessions WHERE user_id = (SELECT id FROM users WHERE name = ?)", (name,))
        if not n:
            raise ConfigError(f"no user named {name!r}")
        return token

    def set_disabled(self, name: str, disabled: bool) -> None:
        with self.tx() as db:
            n = db.execute("UPDATE users SET disabled = ? WHERE name = ?", (int(disabled), name)).rowcount
            if disabled:
                db.execute("DELETE FROM sessions WHERE user_id = (SELECT id FROM users WHERE name = ?)", (name,))
        if not n:
            raise ConfigError(f"no user named {name!r}")

    def users(self) -> list[sqlite3.Row]:
        return self.query("SELECT id, name, role, created, disabled FROM users ORDER BY name")

    def user_by_token(self, token: str) -> User | None:
        rows = self.query("SELECT id, name, role FROM users WHERE token_hash = ? AND disabled = 0", (digest(token),))
        return User(rows[0]["id"], rows[0]["name"], rows[0]["role"]) if rows else None

    def user_by_name(self, name: str) -> User | None:
        rows = self.query("SELECT id, name, role FROM users WHERE name = ?", (name,))
        return User(rows[0]["id"], rows[0]["name"], rows[0]["role"]) if rows else None

    # ------------------------------------------------------------ sessions

    def open_session(self, user: User, hours: float) -> str:
        sid = secrets.token_urlsafe(32)
        now = time.time()
        with self.tx() as db:
            db.execute("DELETE FROM sessions WHERE expires < ?", (now,))
            db.execute("INSERT INTO sessions (hash, user_id, created, expires) VALUES (?, ?, ?, ?)",
                       (digest(sid), user.id, now, now + hours * 3600))
        return sid

    def session_user(self, sid: str) -> User | None:
        rows = self.query(
            "SELECT u.id, u.name, u.role FROM sessions s JOIN users u ON u.id = s.user_id "
            "WHERE s.hash = ? AND s.expires > ? AND u.disabled = 0", (digest(sid), time.time()))
        return User(rows[0]["id"], rows[0]["name"], rows[0]["role"]) if rows else None

    def close_session(self, sid: str) -> None:
        with self.tx() as db:
            db.execute("DELETE FROM sessions WHERE hash = ?", (digest(sid),))

    # ---------------------------------------------------------- recordings

    def new_recording(self, owner: User, *, title: str, status: str, mime: str | None = None,
                      original_name: str | None = None) -> str:
        rid = "r-" + secrets.token_hex(8)
        now = time.time()
        with self.tx() as db:
            db.execute("INSERT INTO recordings (id, owner_id, title, original_name, status, created, updated, mime) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", (rid, owner.id, title, original_name, status, now, now, mime))
        return rid

    def recording(self, rid: str) -> sqlite3.Row | None:
        """The row, with ``owner`` (the user's name) and ``note_kind`` (the latest version's kind, or None)."""
        rows = self.query(_RECORDING + " WHERE r.id = ?", (rid,))
        return rows[0] if rows else None

    def recordings(self, owner: User | None) -> list[sqlite3.Row]:
        """Newest first; ``owner`` None: everyone's (an admin). Rows as :meth:`recording`."""
        sql = _RECORDING
        if owner is None:
            return self.query(sql + " ORDER BY r.created DESC, r.id")
        return self.query(sql + " WHERE r.owner_id = ? ORDER BY r.created DESC, r.id", (owner.id,))

    def update(self, rid: str, **values: Any) -> None:
        values["updated"] = time.time()
        cols = ", ".join(f"{k} = ?" for k in values)
        with self.tx() as db:
            db.execute(f"UPDATE recordings SET {cols} WHERE id = ?", (*values.values(), rid))

    def duplicate_of(self, owner: User, sha256: str) -> str | None:
        rows = self.query("SELECT id FROM recordings WHERE owner_id = ? AND sha256 = ?", (owner.id, sha256))
        return rows[0]["id"] if rows else None

    def queue(self, rid: str, *, sha256: str, size: int, upload: str) -> None:
        now = time.time()
        with self.tx() as db:
            db.execute("UPDATE recordings SET status = 'queued', error = NULL, sha256 = ?, size = ?, upload = ?, "
                       "queued = ?, updated = ? WHERE id = ?", (sha256, size, upload, now, now, rid))

    def queued(self) -> list[sqlite3.Row]:
        """Recordings waiting for the worker (or cut short by a restart), first come first served."""
        return self.query("SELECT * FROM recordings WHERE status IN ('queued', 'processing') "
                          "ORDER BY queued, created, id")

    # ------------------------------------------------------- note versions

    def versions(self, rid: str) -> list[sqlite3.Row]:
        return self.query("SELECT version, kind, author, created FROM note_versions WHERE recording_id = ? "
                          "ORDER BY version", (rid,))

    def version(self, rid: str, version: int | None = None) -> Version | None:
        if version is None:
            rows = self.query("SELECT * FROM note_versions WHERE recording_id = ? ORDER BY version DESC LIMIT 1",
                              (rid,))
        else:
            rows = self.query("SELECT * FROM note_versions WHERE recording_id = ? AND version = ?", (rid, version))
        if not rows:
            return None
        r = rows[0]
        return Version(r["recording_id"], r["version"], r["kind"], r["author"], r["created"], json.loads(r["note"]))

    def add_version(self, rid: str, base: int | None, kind: str, author: str, note: dict[str, Any],
                    approval: dict[str, Any] | None = None) -> int | None:
        """Append a version on top of ``base`` (None: the first). None when ``base`` is no longer the latest
        or the note is approved (the caller answers 409)."""
        now = time.time()
        with self.tx() as db:
            row = db.execute("SELECT MAX(version) FROM note_versions WHERE recording_id = ?", (rid,)).fetchone()
            latest = row[0]
            if latest != base or db.execute("SELECT 1 FROM approvals WHERE recording_id = ?", (rid,)).fetchone():
                return None
            version = (latest or 0) + 1
            db.execute("INSERT INTO note_versions (recording_id, version, kind, author, created, note) "
                       "VALUES (?, ?, ?, ?, ?, ?)", (rid, version, kind, author, now, json.dumps(note)))
            if approval is not None:
                db.execute("INSERT INTO approvals (recording_id, version, approved_by, at, diff) VALUES (?, ?, ?, ?, ?)",
                           (rid, version, author, now, json.dumps(approval)))
        return version

    def approval(self, rid: str) -> sqlite3.Row | None:
        rows = self.query("SELECT * FROM approvals WHERE recording_id = ?", (rid,))
        return rows[0] if rows else None

    # --------------------------------------------------------------- audit

    def audit(self, user: str, action: str, obj: str, object_id: str | None = None, ip: str | None = None) -> None:
        with self.tx() as db:
            db.execute("INSERT INTO audit (at, user, action, object, object_id, ip) VALUES (?, ?, ?, ?, ?, ?)",
                       (time.time(), user, action, obj, object_id, ip))

    def audit_log(self, limit: int = 200, user: str | None = None, object_id: str | None = None,
                  since: float | None = None) -> list[sqlite3.Row]:
        where, args = [], []
        if user:
            where.append("user = ?")
            args.append(user)
        if object_id:
            where.append("object_id = ?")
            args.append(object_id)
        if since is not None:
            where.append("at >= ?")
            args.append(since)
        sql = "SELECT at, user, action, object, object_id, ip FROM audit"
        if where:
            sql += " WHERE " + " AND ".join(where)
        return self.query(sql + " ORDER BY id DESC LIMIT ?", (*args, limit))
