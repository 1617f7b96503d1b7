"""Limits on what a request may make the service read: body sizes, body speed, upload slots.

* **Every body is paced.** Nothing for ``[service] upload_timeout_s`` (30 s), or less than
  ``upload_min_kbps`` (64 kbit/s) on average over any such stretch, and the request is answered 408 and
  its connection closed: a client that sends one byte a second holds nothing for long.
* **JSON bodies are small.** Every route but the two media ones takes at most ``JSON_MAX`` (1 MiB;
  the largest note an edit may send is 200 items of 4,000 characters). A declared larger length is
  refused unread; an undeclared (chunked) one is refused as soon as it passes the limit, before any
  parsing. The body read here is handed to the route as it arrived.
* **Media bodies** (an upload, a browser recording's chunk) are counted by their routes as the bytes
  arrive, against the upload limit (a recording's running total, for chunks) and ``CHUNK_MAX``.
* **Upload slots per user.** At most ``uploads_per_user`` (2) upload bodies of one user are read at a
  time, and ``UPLOADS_AT_ONCE`` (4) in all (bounding the event loop's work: benchmarks/service_load.md);
  the others wait unread. One user's slow uploads hold only that user's slots.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import re
from collections.abc import AsyncIterator
from typing import Any

from ..errors import ConfigError
from .uploads import UploadError

JSON_MAX = 2**20
CHUNK_MAX = 8 * 2**20  # one browser-recording chunk (2 s of opus is a few kB)
UPLOADS_AT_ONCE = 4
_CHUNK_PATH = re.compile(r"^/api/recordings/[^/]+/chunks/[^/]+$")


def check_limits(settings: Any) -> None:
    s = settings.service
    if not s.upload_timeout_s > 0:
        raise ConfigError(f"[service] upload_timeout_s must be more than 0 seconds, not {s.upload_timeout_s!r}")
    if not s.upload_min_kbps >= 0:
        raise ConfigError(f"[service] upload_min_kbps must be 0 or more, not {s.upload_min_kbps!r}")
    if not s.uploads_per_user >= 1:
        raise ConfigError(f"[service] uploads_per_user must be at least 1, not {s.uploads_per_user!r}")


def is_media(method: str, path: str) -> bool:
    """The routes whose bodies are media, counted by the route itself (everything else is JSON or nothing)."""
    return (method == "POST" and path.rstrip("/") == "/api/recordings") or (
        method == "PUT" and bool(_CHUNK_PATH.match(path)))


class Pace:
    """The body-speed rule: ``timeout_s`` without a byte, or less than ``min_bytes_s`` over a stretch of
    ``timeout_s``, ends the read with UploadError(408)."""

    def __init__(self, timeout_s: float, min_kbps: float) -> None:
        self.timeout_s = float(timeout_s)
        self.min_bytes_s = float(min_kbps) * 1000 / 8

    def stalled(self) -> UploadError:
        return UploadError(408, f"nothing arrived for {self.timeout_s:g} s; the request was stopped "
                                "(send it again; [service] upload_timeout_s)")

    def too_slow(self, got: int, seconds: float) -> UploadError:
        return UploadError(408, f"the request arrived too slowly ({got * 8 / 1000 / seconds:.1f} kbit/s, the "
                                f"minimum is {self.min_bytes_s * 8 / 1000:g}); send it again on a better "
                                "connection ([service] upload_min_kbps)")

    async def stream(self, source: AsyncIterator[bytes]) -> AsyncIterator[bytes]:
        """``source``'s pieces, as long as they keep the pace."""
        loop = asyncio.get_running_loop()
        it = source.__aiter__()
        start, got = loop.time(), 0
        while True:
            try:
                async with asyncio.timeout(self.timeout_s):  # a deadline on this task: no task per piece
                    piece = await it.__anext__()
            except StopAsyncIteration:
                return
            except TimeoutError:
                raise self.stalled() from None
            got += len(piece)
            now = loop.time()
            if now - start >= self.timeout_s:
                if got < self.min_bytes_s * (now - start):
                    raise self.too_slow(got, now - start)
                start, got = now, 0
            yield piece


async def _receive_body(receive) -> AsyncIterator[bytes]:
    """The request body from raw ASGI ``receive`` (stops at its end or when the client goes)."""
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            raise UploadError(400, "the client went away")
        yield message.get("body", b"")
        if not message.get("more_body", False):
            return


async def read_limited(stream: AsyncIterator[bytes], limit: int, too_large: str) -> bytes:
    data = bytearray()
    async for piece in stream:
        data += piece
        if len(data) > limit:
            raise UploadError(413, too_large)
    return bytes(data)


class BodyLimit:
    """ASGI middleware: every non-media request body read here, paced and held to JSON_MAX."""

    def __init__(self, app: Any, pace: Pace, limit: int = JSON_MAX) -> None:
        self.app = app
        self.pace = pace
        self.limit = limit

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http" or is_media(scope["method"], scope["path"]):
            await self.app(scope, receive, send)
            return
        too_large = f"the request body is larger than the limit ({self.limit // 1024} kB)"
        declared = _content_length(scope)
        if declared is not None and declared > self.limit:
            await _answer(send, 413, too_large)
            return
        try:
            body = await read_limited(self.pace.stream(_receive_body(receive)), self.limit, too_large)
        except UploadError as e:
            if e.status != 400:  # 400: the client is gone, nobody to answer
                await _answer(send, e.status, str(e), close=e.status == 408)
            return
        replayed = False

        async def replay():
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)


def _content_length(scope) -> int | None:
    for name, value in scope.get("headers", ()):
        if name == b"content-length":
            with contextlib.suppress(ValueError):
                return int(value)
            return None
    return None


async def _answer(send, status: int, detail: str, close: bool = False) -> None:
    body = json.dumps({"detail": detail}).encode()
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
               (b"cache-control", b"no-store"), (b"x-content-type-options", b"nosniff"),
               (b"content-security-policy", b"sandbox; default-src 'none'; frame-ancestors 'none'")]
    if close:
        headers.append((b"connection", b"close"))
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


class UploadSlots:
    """At most ``per_user`` upload bodies of one user read at a time, ``total`` in all."""

    def __init__(self, per_user: int, total: int = UPLOADS_AT_ONCE) -> None:
        self.per_user = max(1, int(per_user))
        self.total = asyncio.Semaphore(max(self.per_user, total))
        self.users: dict[int, asyncio.Semaphore] = {}

    @contextlib.asynccontextmanager
    async def hold(self, user_id: int):
        mine = self.users.setdefault(user_id, asyncio.Semaphore(self.per_user))
        async with mine, self.total:
            yield
