"""Getting recordings onto disk: streamed multipart uploads and chunked browser recordings.

Uploads are streamed straight into a temporary file in ``DATA/uploads`` (never
held in memory, never in a shared temp folder), hashed on the way, and stopped
with 413 as soon as they pass the size limit. The file is then checked with the
CLI's own decoder (``pipeline.audio.probe``, in its isolated worker process).

A browser recording arrives as numbered chunks (MediaRecorder blobs). Each
chunk is its own file, written atomically, so a re-sent chunk is harmless and a
closed tab loses only the chunk in flight; ``finish`` joins them in order.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import tempfile
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path

from fastapi.concurrency import run_in_threadpool
from python_multipart.multipart import MultipartParser, parse_options_header

from ..errors import AudioError, ScribeError
from ..outputs import FILE_MODE, atomic_write, ensure_dir

FEED_BYTES = 1 << 20  # the upload is parsed in pieces of about this size, off the event loop
MAX_FIELD = 4096  # bytes of a text field (title, consent)
DURATION_GRACE_S = 0.25  # codec padding past max_duration_minutes (as the decoder allows)
_EXT = re.compile(r"^\.[A-Za-z0-9]{1,8}$")


def _mb(n: int) -> str:
    return f"{n / 2**20:.0f}" if n >= 2**20 else f"{n / 2**20:.2f}"


class UploadError(Exception):
    """Refused upload: ``status`` is the HTTP status to answer."""

    def __init__(self, status: int, message: str, info: dict | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.info = info  # the decoder's description, when the file is audio (a recording over the length limit)


@dataclass
class Received:
    path: Path  # the temporary file holding the upload
    size: int
    sha256: str
    filename: str | None
    fields: dict[str, str]


def extension(filename: str | None, mime: str | None = None) -> str:
    """A safe extension for the stored copy (the decoder sniffs content; this only helps people)."""
    ext = Path(filename or "").suffix.lower()
    if _EXT.match(ext):
        return ext
    if mime and "webm" in mime:
        return ".webm"
    if mime and "ogg" in mime:
        return ".ogg"
    if mime and ("mp4" in mime or "aac" in mime):
        return ".m4a"
    return ".audio"


async def receive_multipart(stream: AsyncIterator[bytes], content_type: str, folder: Path, limit: int) -> Received:
    """Parse a multipart/form-data body from ``stream``: the ``file`` part to disk, other parts as text."""
    ctype, params = parse_options_header(content_type or "")
    boundary = params.get(b"boundary")
    if ctype != b"multipart/form-data" or not boundary:
        raise UploadError(415, "send the recording as multipart/form-data with a 'file' part")
    ensure_dir(folder)
    fd, tmp = tempfile.mkstemp(dir=folder, prefix=".upload.", suffix=".tmp")
    os.fchmod(fd, FILE_MODE)
    out = os.fdopen(fd, "wb")
    state = {"headers": {}, "field": b"", "name": None, "filename": None, "in_file": False, "header": b"",
             "value": b"", "size": 0, "files": 0}
    fields: dict[str, str] = {}
    sha = hashlib.sha256()
    errors: list[UploadError] = []

    def on_part_begin():
        state.update(headers={}, name=None, filename=None, in_file=False, value=b"", header=b"")

    def on_header_field(data, start, end):
        state["header"] += data[start:end]

    def on_header_value(data, start, end):
        state["value"] += data[start:end]

    def on_header_end():
        state["headers"][state["header"].decode("latin-1").lower()] = state["value"]
        state["header"], state["value"] = b"", b""

    def on_headers_finished():
        _, opts = parse_options_header(state["headers"].get("content-disposition", b""))
        name = opts.get(b"name", b"").decode("utf-8", "replace")
        filename = opts.get(b"filename")
        state["name"] = name
        state["in_file"] = name == "file"
        if state["in_file"]:
            state["files"] += 1
            if state["files"] > 1:
                errors.append(UploadError(422, "send one recording per upload"))
            state["filename"] = filename.decode("utf-8", "replace") if filename is not None else None
        state["field"] = b""

    def on_part_data(data, start, end):
        chunk = data[start:end]
        if state["in_file"]:
            state["size"] += len(chunk)
            if state["size"] > limit:
                if not errors:
                    errors.append(UploadError(413, f"the recording is larger than the limit ({_mb(limit)} MB)"))
                return
            sha.update(chunk)
            out.write(chunk)
        else:
            state["field"] += chunk
            if len(state["field"]) > MAX_FIELD:
                errors.append(UploadError(413, f"the form field {state['name']!r} is too long"))

    def on_part_end():
        if not state["in_file"] and state["name"]:
            fields[state["name"]] = state["field"].decode("utf-8", "replace")

    parser = MultipartParser(boundary, {
        "on_part_begin": on_part_begin, "on_part_data": on_part_data, "on_part_end": on_part_end,
        "on_header_field": on_header_field, "on_header_value": on_header_value, "on_header_end": on_header_end,
        "on_headers_finished": on_headers_finished})
    try:
        pending = bytearray()
        async for chunk in stream:
            pending += chunk
            if len(pending) >= FEED_BYTES:
                # parsing, hashing and writing run in a thread: the event loop keeps answering other requests
                await run_in_threadpool(parser.write, bytes(pending))
                pending.clear()
            if errors:
                raise errors[0]
        if pending:
            await run_in_threadpool(parser.write, bytes(pending))
        if errors:
            raise errors[0]
        parser.finalize()
        if errors:
            raise errors[0]
        if state["files"] == 0:
            raise UploadError(422, "the form has no 'file' part")
        if state["size"] == 0:
            raise UploadError(415, "the uploaded file is empty")
        await run_in_threadpool(_sync_close, out)
        return Received(Path(tmp), state["size"], sha.hexdigest(), state["filename"], fields)
    except BaseException as e:
        out.close()
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        if isinstance(e, UploadError):
            raise
        if isinstance(e, Exception) and type(e).__module__.startswith("python_multipart"):
            raise UploadError(400, "the multipart body is malformed") from e
        raise


def _sync_close(out) -> None:
    out.flush()
    os.fsync(out.fileno())
    out.close()


def check_audio(path: Path, max_seconds: float | None = None) -> dict:
    """The CLI's decoder on the file (isolated process): its description, or UploadError 415; 413 when the
    file's header states a length over ``max_seconds`` ([audio] max_duration_minutes). A length that is
    only estimated (or unknown, as in a browser's WebM) is held to the limit by the worker's decoder."""
    from .. import audio

    try:
        info = audio.probe(path)
    except AudioError as e:
        raise UploadError(415, str(e).replace(str(path), "the uploaded file")) from e
    except ScribeError as e:
        raise UploadError(415, f"the file could not be checked: {e}") from e
    if info.get("duration") == 0:
        raise UploadError(415, "the recording holds no audio (0 seconds)")
    duration = info.get("duration")
    if max_seconds and duration and info.get("duration_exact") and duration > max_seconds + DURATION_GRACE_S:
        raise UploadError(413, f"the recording is {_minutes(duration)} long; the limit is {_minutes(max_seconds)} "
                               "([audio] max_duration_minutes): split it, or ask the clinic's admin", info=info)
    return info


def _minutes(seconds: float) -> str:
    return f"{seconds / 60:.1f} minutes" if seconds >= 60 else f"{seconds:.1f} s"


# ------------------------------------------------------------ browser recordings


def parts_dir(uploads: Path, rid: str) -> Path:
    return uploads / f"{rid}.parts"


def save_chunk(uploads: Path, rid: str, n: int, data: bytes) -> None:
    atomic_write(parts_dir(uploads, rid) / f"{n:06d}", data)


def chunk_count(uploads: Path, rid: str) -> int:
    """How many chunks arrived in sequence (0, 1, 2 ... without a gap)."""
    folder = parts_dir(uploads, rid)
    have = set()
    with contextlib.suppress(OSError):
        have = {int(e.name) for e in os.scandir(folder) if e.name.isdigit()}
    n = 0
    while n in have:
        n += 1
    return n


def join_chunks(uploads: Path, rid: str, dest: Path) -> tuple[int, str]:
    """Concatenate the chunks in order into ``dest`` (atomically): (size, sha256)."""
    folder = parts_dir(uploads, rid)
    count = chunk_count(uploads, rid)
    if count == 0:
        raise UploadError(422, "nothing was recorded")
    sha = hashlib.sha256()
    fd, tmp = tempfile.mkstemp(dir=uploads, prefix=".join.", suffix=".tmp")
    size = 0
    try:
        with os.fdopen(fd, "wb") as out:
            os.fchmod(out.fileno(), FILE_MODE)
            for i in range(count):
                data = (folder / f"{i:06d}").read_bytes()
                sha.update(data)
                out.write(data)
                size += len(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, dest)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    return size, sha.hexdigest()


def remove_chunks(uploads: Path, rid: str) -> None:
    folder = parts_dir(uploads, rid)
    with contextlib.suppress(OSError):
        for e in os.scandir(folder):
            with contextlib.suppress(OSError):
                os.unlink(e.path)
        folder.rmdir()
