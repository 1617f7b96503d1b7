"""The batch job ledger: one SQLite database in the output folder (WAL mode).

Tables
------
``recordings``  one row per distinct recording (keyed by the sha256 of its
                bytes): its output folder, status (pending, running, done,
                failed), tries, failures, the last error, when it changed.
``stages``      one row per (recording, stage): the key of the settings it was
                made with, done/failed, its seconds. A stage whose stored key
                equals the current key (and whose output file exists) is
                skipped on the next run; any other is redone.
``sources``     one row per input path seen: size, mtime and inode (so an
                unchanged file is not hashed again), its sha256 or the reason
                it could not be read.

Every change is one transaction with ``synchronous=FULL``: after a crash the
ledger says exactly what finished. A stage is marked done only after its output
files were written (atomically), so a kill between the two redoes the stage;
nothing is ever marked done that is not on disk.

The ledger holds input paths (so ``scribe batch --status`` can name them) and
error messages (which never contain transcript text); like every output it is
owner-only (0600, in a 0700 folder).
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import sqlite3
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from ..errors import OutputError
from ..outputs import FILE_MODE, ensure_dir

LEDGER_NAME = "ledger.sqlite"
LOCK_NAME = ".ledger.lock"
SCHEMA_VERSION = 1

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS recordings (
    sha256   TEXT PRIMARY KEY,
    folder   TEXT NOT NULL UNIQUE,
    size     INTEGER,
    duration REAL,
    status   TEXT NOT NULL DEFAULT 'pending',
    stage    TEXT,
    tries    INTEGER NOT NULL DEFAULT 0,
    failures INTEGER NOT NULL DEFAULT 0,
    error    TEXT,
    pid      INTEGER,
    created  REAL NOT NULL,
    updated  REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS stages (
    sha256   TEXT NOT NULL,
    stage    TEXT NOT NULL,
    key      TEXT NOT NULL,
    status   TEXT NOT NULL,
    seconds  REAL,
    finished REAL NOT NULL,
    PRIMARY KEY (sha256, stage)
);
CREATE TABLE IF NOT EXISTS sources (
    path     TEXT PRIMARY KEY,
    size     INTEGER,
    mtime_ns INTEGER,
    inode    INTEGER,
    sha256   TEXT,
    error    TEXT,
    seen     REAL NOT NULL
);
"""


@dataclass
class Recording:
    sha256: str
    folder: str
    size: int | None
    duration: float | None
    status: str
    stage: str | None
    tries: int
    failures: int
    error: str | None
    updated: float


class LedgerBusy(OutputError):
    """Another batch process holds this output folder."""


class Ledger:
    def __init__(self, out: Path, *, readonly: bool = False) -> None:
        self.out = Path(out)
        self.path = self.out / LEDGER_NAME
        self._lock_fd: int | None = None
        if readonly:
            if not self.path.is_file():
                raise OutputError(f"no batch ledger in {self.out} ({LEDGER_NAME} is missing)")
            uri = f"file:{self.path}?mode=ro"
            self.db = sqlite3.connect(uri, uri=True, timeout=30, isolation_level=None)
            return
        ensure_dir(self.out)
        old = os.umask(0o077)  # the database and its -wal/-shm files are owner-only
        try:
            self.db = sqlite3.connect(self.path, timeout=30, isolation_level=None)
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA synchronous=FULL")
            with self.tx():
                for stmt in filter(str.strip, _SCHEMA.split(";")):
                    self.db.execute(stmt)
                self.db.execute("INSERT OR IGNORE INTO meta VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),))
        except sqlite3.DatabaseError as e:
            raise OutputError(f"the batch ledger {self.path} cannot be opened: {e}") from e
        finally:
            os.umask(old)
        for p in (self.path, self.path.with_name(LEDGER_NAME + "-wal"), self.path.with_name(LEDGER_NAME + "-shm")):
            with contextlib.suppress(FileNotFoundError):
                os.chmod(p, FILE_MODE)

    def close(self) -> None:
        self.db.close()
        if self._lock_fd is not None:
            os.close(self._lock_fd)
            self._lock_fd = None

    @contextlib.contextmanager
    def tx(self) -> Iterator[sqlite3.Connection]:
        """One transaction (BEGIN IMMEDIATE ... COMMIT); rolled back on error."""
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield self.db
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        self.db.execute("COMMIT")

    def lock(self) -> None:
        """Hold this output folder for this process (released when it exits, even on kill -9)."""
        fd = os.open(self.out / LOCK_NAME, os.O_RDWR | os.O_CREAT, FILE_MODE)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            raise LedgerBusy(f"another scribe batch (or run, or transcribe) is already working in "
                             f"{self.out}; wait for it to finish (see `scribe batch --status`)") from None
        self._lock_fd = fd

    # ------------------------------------------------------------- sources

    def cached_hash(self, path: str, st: os.stat_result) -> str | None:
        row = self.db.execute("SELECT size, mtime_ns, inode, sha256 FROM sources WHERE path = ?", (path,)).fetchone()
        if row and row[3] and (row[0], row[1], row[2]) == (st.st_size, st.st_mtime_ns, st.st_ino):
            return row[3]
        return None

    def note_source(self, path: str, st: os.stat_result | None, sha256: str | None, error: str | None) -> None:
        with self.tx() as db:
            db.execute(
                "INSERT OR REPLACE INTO sources VALUES (?, ?, ?, ?, ?, ?, ?)",
                (path, st and st.st_size, st and st.st_mtime_ns, st and st.st_ino, sha256, error, time.time()),
            )

    def sources(self) -> list[tuple[str, str | None, str | None]]:
        return self.db.execute("SELECT path, sha256, error FROM sources ORDER BY path").fetchall()

    # ---------------------------------------------------------- recordings

    def get(self, sha256: str) -> Recording | None:
        row = self.db.execute(
            "SELECT sha256, folder, size, duration, status, stage, tries, failures, error, updated "
            "FROM recordings WHERE sha256 = ?", (sha256,)).fetchone()
        return Recording(*row) if row else None

    def recordings(self) -> list[Recording]:
        rows = self.db.execute(
            "SELECT sha256, folder, size, duration, status, stage, tries, failures, error, updated "
            "FROM recordings ORDER BY created, folder").fetchall()
        return [Recording(*r) for r in rows]

    def add(self, sha256: str, folder_for, size: int) -> Recording:
        """The recording's row, created with a folder name ``folder_for(taken)`` picks if new."""
        rec = self.get(sha256)
        if rec is not None:
            return rec
        with self.tx() as db:
            taken = {r[0] for r in db.execute("SELECT folder FROM recordings")}
            now = time.time()
            db.execute("INSERT INTO recordings (sha256, folder, size, created, updated) VALUES (?, ?, ?, ?, ?)",
                       (sha256, folder_for(taken), size, now, now))
        rec = self.get(sha256)
        assert rec is not None
        return rec

    def start(self, sha256: str, stage: str) -> None:
        with self.tx() as db:
            db.execute("UPDATE recordings SET status='running', stage=?, tries=tries+1, pid=?, updated=? "
                       "WHERE sha256=?", (stage, os.getpid(), time.time(), sha256))

    def set_stage_running(self, sha256: str, stage: str) -> None:
        with self.tx() as db:
            db.execute("UPDATE recordings SET stage=?, updated=? WHERE sha256=?", (stage, time.time(), sha256))

    def set_duration(self, sha256: str, duration: float) -> None:
        with self.tx() as db:
            db.execute("UPDATE recordings SET duration=? WHERE sha256=?", (duration, sha256))

    def stage_done(self, sha256: str, stage: str, key: str, seconds: float) -> None:
        with self.tx() as db:
            db.execute("INSERT OR REPLACE INTO stages VALUES (?, ?, ?, 'done', ?, ?)",
                       (sha256, stage, key, seconds, time.time()))

    def stage_key(self, sha256: str, stage: str) -> str | None:
        row = self.db.execute("SELECT key FROM stages WHERE sha256=? AND stage=? AND status='done'",
                              (sha256, stage)).fetchone()
        return row[0] if row else None

    def stages(self, sha256: str) -> dict[str, tuple[str, float | None]]:
        rows = self.db.execute("SELECT stage, status, seconds FROM stages WHERE sha256=?", (sha256,))
        return {r[0]: (r[1], r[2]) for r in rows}

    def finish(self, sha256: str, status: str, error: str | None = None, *, stage: str | None = None,
               blame: bool = True) -> None:
        """End a try: ``status`` done, pending (to do, or to retry) or failed.

        With an ``error`` (and ``blame``) the recording's failures count one up and
        ``stage`` is marked failed.
        """
        failed = error is not None and blame
        with self.tx() as db:
            if failed and stage is not None:
                db.execute("INSERT OR REPLACE INTO stages VALUES (?, ?, '', 'failed', NULL, ?)",
                           (sha256, stage, time.time()))
            db.execute("UPDATE recordings SET status=?, error=?, failures=failures+?, pid=NULL, updated=? "
                       "WHERE sha256=?", (status, error, int(failed), time.time(), sha256))

    def recover(self, max_failures: int) -> int:
        """Rows left 'running' by a process that died (kill -9, power cut, crash): count the failure.

        A recording that stopped the process ``max_failures`` times is marked failed, so a file
        that crashes the pipeline cannot stop every night's batch. Returns how many were found.
        """
        rows = self.db.execute("SELECT sha256, stage, failures FROM recordings WHERE status='running'").fetchall()
        with self.tx() as db:
            for sha, stage, failures in rows:
                failed = failures + 1 >= max_failures
                msg = (f"the batch stopped while this recording was in stage {stage or '?'}"
                       + (f" ({failures + 1} times; it may crash the pipeline: --retry-failed tries again)"
                          if failed else ""))
                db.execute("UPDATE recordings SET status=?, error=?, failures=failures+1, pid=NULL, updated=? "
                           "WHERE sha256=?", ("failed" if failed else "pending", msg, time.time(), sha))
        return len(rows)

    def retry_failed(self, shas: Iterable[str]) -> int:
        """Make these recordings' failures pending again (their failure count starts over)."""
        n = 0
        with self.tx() as db:
            for sha in shas:
                n += db.execute("UPDATE recordings SET status='pending', failures=0, updated=? "
                                "WHERE sha256=? AND status='failed'", (time.time(), sha)).rowcount
                db.execute("DELETE FROM stages WHERE sha256=? AND status='failed'", (sha,))
        return n
