"""Failed sign-ins: throttled, and counted into the audit log in bounded form.

A failed sign-in is a wrong token sent to ``POST /api/session`` or as a Bearer token. After ``LIMIT``
(10) failures within ``WINDOW_S`` (10 minutes) from one address, or with one token prefix (the first
``PREFIX`` characters: a guesser spreading one token over many addresses), further attempts are answered
429 with ``Retry-After`` until the oldest of those failures is ``WINDOW_S`` old, without the token being
checked (the answer tells nothing about it). Session cookies are not throttled: a cookie is not a guess
(a signed-in browser behind the same address keeps working).

The audit log gets, per 10-minute window, one row for each address's first failure, and one more with
the count of the rest when the window closes; past ``MAX_ADDRESSES`` (100) addresses in a window, the
others share a single row. An anonymous flood adds at most 2 x 100 + 1 rows per window, whatever its size.
Counters live in memory (a restart forgets them), bounded to ``MAX_KEYS`` keys.
"""

from __future__ import annotations

import math
import threading
import time
from collections import deque
from collections.abc import Callable

LIMIT = 10
WINDOW_S = 600.0
PREFIX = 8
MAX_ADDRESSES = 100
MAX_KEYS = 50_000

Row = tuple[str, str, str, str | None, str | None]  # user, action, object, object id, ip


class SignInGuard:
    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self.clock = clock
        self._lock = threading.Lock()
        self._failures: dict[tuple[str, str], deque[float]] = {}
        self._window_start: float | None = None
        self._counts: dict[str | None, int] = {}  # address -> failures in the window (None: the others)
        self._others: set[str] = set()

    # ----------------------------------------------------------------- the throttle

    def _keys(self, ip: str | None, token: str | None) -> list[tuple[str, str]]:
        keys = [("ip", ip or "-")]
        if token:
            keys.append(("prefix", token[:PREFIX]))
        return keys

    def retry_after(self, ip: str | None, token: str | None) -> int:
        """Seconds until a sign-in from ``ip`` with ``token`` may be checked again (0: now)."""
        now = self.clock()
        wait = 0.0
        with self._lock:
            for key in self._keys(ip, token):
                q = self._failures.get(key)
                if q and len(q) >= LIMIT and now - q[0] < WINDOW_S:
                    wait = max(wait, WINDOW_S - (now - q[0]))
        return math.ceil(wait) if wait > 0 else 0

    def failed(self, ip: str | None, token: str | None, throttled: bool = False) -> list[Row]:
        """Count a failure; the audit rows to write now. ``throttled``: an attempt refused with 429, counted
        in the audit log but not toward the throttle (retrying while locked out does not extend it)."""
        now = self.clock()
        with self._lock:
            for key in [] if throttled else self._keys(ip, token):
                q = self._failures.get(key)
                if q is None:
                    if len(self._failures) >= MAX_KEYS:
                        self._prune(now)
                    q = self._failures[key] = deque(maxlen=LIMIT)
                q.append(now)
            rows = self._close_window(now)
            if self._window_start is None:
                self._window_start = now
            if ip in self._counts:
                self._counts[ip] += 1
            elif len(self._counts) < MAX_ADDRESSES and ip is not None:
                self._counts[ip] = 1
                rows.append(("-", "sign-in failed", "session", None, ip))
            else:
                self._counts[None] = self._counts.get(None, 0) + 1
                if ip is not None and len(self._others) < MAX_KEYS:
                    self._others.add(ip)
        return rows

    def _prune(self, now: float) -> None:
        for key in [k for k, q in self._failures.items() if not q or now - q[-1] >= WINDOW_S]:
            del self._failures[key]
        while len(self._failures) >= MAX_KEYS:  # still full: forget the oldest keys
            del self._failures[next(iter(self._failures))]

    # ------------------------------------------------------------ the audit window

    def due(self) -> list[Row]:
        """The rows of a window that has closed (called now and then by the audit writer)."""
        with self._lock:
            return self._close_window(self.clock())

    def pending(self) -> bool:
        with self._lock:
            return self._window_start is not None

    def flush(self) -> list[Row]:
        """Every count kept so far, window closed or not (at shutdown)."""
        with self._lock:
            return self._close_window(None)

    def _close_window(self, now: float | None) -> list[Row]:
        if self._window_start is None or (now is not None and now - self._window_start < WINDOW_S):
            return []
        minutes = f"{WINDOW_S / 60:g} min"
        rows: list[Row] = []
        for ip, n in self._counts.items():
            if ip is not None and n > 1:
                rows.append(("-", f"sign-in failed ({n - 1} more in {minutes})", "session", None, ip))
        other = self._counts.get(None, 0)
        if other:
            rows.append(("-", f"sign-in failed ({other} times from {len(self._others) or 'unknown'} other "
                              f"addresses in {minutes})", "session", None, None))
        self._window_start, self._counts, self._others = None, {}, set()
        return rows
