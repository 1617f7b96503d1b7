"""One SQLite database file under a data folder, shared by the service's and the clients' stores.

One connection per thread (WAL, synchronous FULL, foreign keys on), created owner-only; the file and its
WAL/SHM companions are set to ``FILE_MODE`` when they exist; ``tx()`` is an immediate transaction that
rolls back on any exception.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path

from .errors import OutputError
from .outputs import FILE_MODE, ensure_dir


class SqliteStore:
    """Thread-safe access (one connection per thread) to ``DATA/<db_name>``, its schema applied."""

    what = "database"  # named in the error when the file cannot be opened

    def __init__(self, data: Path, db_name: str, schema: str) -> None:
        self.data = Path(data)
        ensure_dir(self.data)
        self.path = self.data / db_name
        self._local = threading.local()
        self._conn().executescript(schema)
        with contextlib.suppress(OSError):
            for suffix in ("", "-wal", "-shm"):
                p = Path(str(self.path) + suffix)
                if p.exists():
                    os.chmod(p, FILE_MODE)

    def _conn(self) -> sqlite3.Connection:
        db = getattr(self._local, "db", None)
        if db is None:
            old = os.umask(0o077)
            try:
                db = sqlite3.connect(self.path, timeout=30, isolation_level=None, check_same_thread=False)
            except sqlite3.Error as e:
                raise OutputError(f"cannot open the {self.what}: {e}") from e
            finally:
                os.umask(old)
            db.row_factory = sqlite3.Row
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=FULL")
            db.execute("PRAGMA foreign_keys=ON")
            self._local.db = db
        return db

    @contextlib.contextmanager
    def tx(self) -> Iterator[sqlite3.Connection]:
        db = self._conn()
        db.execute("BEGIN IMMEDIATE")
        try:
            yield db
        except BaseException:
            db.execute("ROLLBACK")
            raise
        db.execute("COMMIT")

    def query(self, sql: str, args: tuple = ()) -> list[sqlite3.Row]:
        return self._conn().execute(sql, args).fetchall()

    def close(self) -> None:
        db = getattr(self._local, "db", None)
        if db is not None:
            db.close()
            self._local.db = None
