"""Audit rows written off the response path, by a background thread.

Used for what an answer must not wait for: a denied access (so that a denied id and a missing one take
the same time: the commit of a row, fsync'd, would tell them apart) and failed sign-ins (their rows come
from :class:`~pipeline.service.signins.SignInGuard`, whose closed windows the thread also writes). Rows
are written in order within a second or so; :meth:`AuditWriter.flush` waits for every row queued so far
(the audit log route calls it, so an admin sees everything up to now). The thread starts on the first
row and stops after a quiet spell; a row that cannot be written is logged (ids only) and dropped, and
the next row is tried.
"""

from __future__ import annotations

import logging
import threading
from collections import deque
from typing import Any

from .signins import Row, SignInGuard
from .store import Store

log = logging.getLogger("pipeline.service")

IDLE_S = 5.0  # the thread ends after this long with nothing to write (and no open sign-in window)
TICK_S = 0.5  # rows are written on the thread's own tick, never right after the request that queued them


class AuditWriter:
    def __init__(self, store: Store, guard: SignInGuard | None = None) -> None:
        self.store = store
        self.guard = guard
        self._items: deque[Any] = deque()  # rows, and Events of waiting flushes (append/popleft: thread-safe)
        self._wake = threading.Event()  # set by flush only: queuing a row wakes nothing
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None

    def put(self, *rows: Row) -> None:
        """Queue rows: an append, no thread woken; the thread writes them on its next tick (within TICK_S),
        so the write never runs alongside the answer of the request that queued it."""
        self._items.extend(rows)
        self._ensure_thread()

    def ready(self) -> None:
        """Start the thread if it is not running (callers that may queue a row call this either way, so
        that a request that queues nothing does the same work as one that does)."""
        self._ensure_thread()

    def _ensure_thread(self) -> None:
        with self._lock:
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._run, daemon=True, name="scribe-audit")
                self._thread.start()

    def flush(self, timeout: float = 10.0) -> None:
        """Wait until every row queued so far is written (and a closed sign-in window's counts)."""
        if self.guard is not None:
            due = self.guard.due()
            if due:
                self.put(*due)
        done = threading.Event()
        self._items.append(done)
        self._ensure_thread()
        self._wake.set()
        done.wait(timeout)

    def close(self) -> None:
        """Write everything, the open sign-in window's counts included (at shutdown)."""
        if self.guard is not None:
            rest = self.guard.flush()
            if rest:
                self.put(*rest)
        self.flush()

    def _run(self) -> None:
        idle = 0.0
        while True:
            self._wake.wait(TICK_S)
            self._wake.clear()
            if self.guard is not None:
                for row in self.guard.due():
                    self._write(row)
            if not self._items:
                idle += TICK_S
                with self._lock:
                    if idle >= IDLE_S and not self._items and not (self.guard and self.guard.pending()):
                        self._thread = None
                        return
                continue
            idle = 0.0
            while self._items:
                item = self._items.popleft()
                if isinstance(item, threading.Event):
                    item.set()
                else:
                    self._write(item)

    def _write(self, row: Row) -> None:
        try:
            self.store.audit(*row)
        except Exception as e:  # noqa: BLE001 - a full disk must not stop the rows after it
            log.error("an audit row could not be written (%s): %s %s", type(e).__name__, row[1], row[3] or "")
