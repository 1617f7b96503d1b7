"""Isolation: probing and decoding in a separate, persistent worker process.

FFmpeg is C code fed with untrusted files. With ``isolate=True`` (the default)
probing and decoding run in a persistent worker process, started on first use
and reused, so a batch of files pays the start-up (~0.3 s) once. The worker is
a fresh interpreter (``sys.executable -I -c ...``, given our ``sys.path``)
that imports only this package (``pipeline.audio``, with the light
``pipeline`` package above it, numpy and PyAV): unlike multiprocessing's
"spawn" or "forkserver" it never re-imports the caller's ``__main__`` (an
unguarded script would otherwise run again inside the decoder), and unlike
"fork" it copies no state (threads, locks, models) of the caller. Where
``pass_fds`` is unavailable (Windows) multiprocessing's "spawn" context is
used instead. If the worker dies (segfault, killed, out of memory) the call
raises ``AudioError("the decoder crashed on this file ...")`` and the next
call starts a fresh worker; the worker exits by itself when its parent goes
away (within half a second of audio even in the middle of a file: see
``decode._exit_if_orphaned``).

The samples come back over a socketpair in 8 MiB pieces written straight into
the preallocated result array (no temp files: decoded audio of a child's
session never touches the disk). Calls from several threads are serialised on
the one worker. Where no process can be started, decoding falls back to this
process with a warning. There is no timeout: a decoder that hangs (not seen
with FFmpeg) hangs the call.
"""

from __future__ import annotations

import atexit
import contextlib
import json
import logging
import multiprocessing
import os
import signal
import socket
import subprocess
import sys
import threading
from multiprocessing.connection import Connection
from typing import Any

import av
import numpy as np

from ..errors import AudioError, ConfigError, ScribeError
from . import decode
from .decode import _load_impl, _probe_impl, _unexpected

log = logging.getLogger("pipeline.audio")

_TRANSFER_CHUNK = 8 << 20  # bytes per pipe message when returning samples


def shutdown() -> None:
    """Stop the decoder worker, if one is running (safe to call any time)."""
    global _worker
    locked = _worker_lock.acquire(timeout=5.0)
    try:
        worker, _worker = _worker, None
        if worker is not None:
            worker.stop()
    finally:
        if locked:
            _worker_lock.release()


# ============================================================ the worker


def _worker_main(conn) -> None:
    """Loop of the decoder process: one request in, one reply out."""
    decode._parent_pid = os.getppid()  # from now on decoding stops if the parent dies
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    with contextlib.suppress(AttributeError, TypeError, ValueError):
        av.logging.set_level(None)  # no FFmpeg chatter on the shared stderr
    try:
        _send(conn, {"ready": os.getpid()})
        while True:
            request = _recv(conn)
            if request.get("op") == "exit":
                return
            _serve(conn, request.get("op"), request.get("kwargs") or {})
    except (EOFError, OSError):
        return  # the parent went away (or closed the pipe mid-reply)


def _serve(conn, op: str, kwargs: dict[str, Any]) -> None:
    """Answer one request; only errors of ``conn`` itself escape."""
    try:
        if op == "load":
            samples, meta = _load_impl(**kwargs)
        elif op == "probe":
            samples, meta = None, _probe_impl(**kwargs)
        elif op == "_crash":  # test hook: die the way a segfaulting decoder would
            os.kill(os.getpid(), signal.SIGKILL)
            return
        else:
            raise AudioError(f"internal error: unknown decoder request {op!r}")
    except ScribeError as e:
        _send(conn, {"error": type(e).__name__, "message": str(e)})
        return
    except Exception as e:  # noqa: BLE001 - _load_impl wraps everything; belt and braces
        _send(conn, {"error": "AudioError", "message": str(_unexpected(e))})
        return
    if samples is None:
        _send(conn, {"ok": meta, "nbytes": 0})
        return
    _send(conn, {"ok": meta, "nbytes": samples.nbytes})
    view = memoryview(samples).cast("B")
    for start in range(0, len(view), _TRANSFER_CHUNK):
        conn.send_bytes(view[start:start + _TRANSFER_CHUNK])


def _worker_entry(fd: int) -> None:
    """Entry point of the subprocess worker (see ``_Worker._start_subprocess``)."""
    _worker_main(Connection(fd))


# Control messages are small JSON objects, not pickles: the worker parses
# untrusted files, and a pickle from a subverted worker could run code in the
# parent. The samples travel as raw float32 bytes.
_MAX_MESSAGE = 1 << 20


def _send(conn, message: dict[str, Any]) -> None:
    conn.send_bytes(json.dumps(message).encode())


def _recv(conn) -> dict[str, Any]:
    try:
        message = json.loads(conn.recv_bytes(_MAX_MESSAGE))
    except (ValueError, UnicodeDecodeError) as e:  # JSONDecodeError is a ValueError
        raise _ProtocolError("malformed message") from e
    if not isinstance(message, dict):
        raise _ProtocolError("malformed message")
    return message


class _ProtocolError(Exception):
    """The other end broke the protocol (treated like a crashed worker)."""


_ERROR_TYPES: dict[str, type[ScribeError]] = {"AudioError": AudioError, "ConfigError": ConfigError}

# The worker is a fresh interpreter that gets our sys.path and imports this
# module (argv[2] is its __name__, "pipeline.audio.worker") and hence only the
# pipeline.audio package. (multiprocessing's "spawn" would also re-import the
# caller's __main__, re-running any unguarded script inside the decoder.)
_BOOTSTRAP = ("import importlib, json, sys; sys.path[:] = json.loads(sys.argv[1]); "
              "importlib.import_module(sys.argv[2])._worker_entry(int(sys.argv[3]))")


class _Popen:
    """``subprocess.Popen`` with the bits of ``multiprocessing.Process`` we use."""

    def __init__(self, popen: subprocess.Popen) -> None:
        self.popen = popen
        self.pid = popen.pid

    def is_alive(self) -> bool:
        return self.popen.poll() is None

    @property
    def exitcode(self) -> int | None:
        return self.popen.poll()

    def join(self, timeout: float | None = None) -> None:
        with contextlib.suppress(subprocess.TimeoutExpired):
            self.popen.wait(timeout)

    def terminate(self) -> None:
        self.popen.terminate()

    def kill(self) -> None:
        self.popen.kill()


class _Worker:
    """The decoder process and our end of its pipe."""

    def __init__(self) -> None:
        if _USE_SUBPROCESS:
            self._start_subprocess()
        else:
            self._start_multiprocessing()
        # Wait for "ready", so that a worker that cannot even start (import
        # error, ...) is not mistaken for a decoder crash on the first file.
        try:
            if not self.conn.poll(_START_TIMEOUT):
                raise RuntimeError("the decoder worker did not start in time")
            if "ready" not in _recv(self.conn):
                raise RuntimeError("the decoder worker sent an unexpected greeting")
        except BaseException:
            self.stop(graceful=False)
            raise
        log.debug("started decoder worker pid %s", self.process.pid)

    def _start_subprocess(self) -> None:
        parent_sock, child_sock = socket.socketpair()
        try:
            paths = json.dumps([p for p in sys.path if isinstance(p, str)])
            popen = subprocess.Popen(
                [sys.executable, "-I", "-c", _BOOTSTRAP, paths, __name__, str(child_sock.fileno())],
                pass_fds=(child_sock.fileno(),), stdin=subprocess.DEVNULL, close_fds=True,
            )
        except BaseException:
            parent_sock.close()
            raise
        finally:
            child_sock.close()
        self.process = _Popen(popen)
        self.conn = Connection(parent_sock.detach())

    def _start_multiprocessing(self) -> None:  # where pass_fds does not exist (Windows)
        ctx = multiprocessing.get_context("spawn")
        self.conn, child_conn = ctx.Pipe(duplex=True)
        self.process = ctx.Process(target=_worker_main, args=(child_conn,),
                                   name="pipeline.audio-decoder", daemon=True)
        try:
            self.process.start()
        except BaseException:
            self.conn.close()
            raise
        finally:
            child_conn.close()

    def alive(self) -> bool:
        return self.process.is_alive()

    def stop(self, *, graceful: bool = True) -> None:
        try:
            if graceful and self.process.is_alive():
                with contextlib.suppress(OSError, ValueError):
                    _send(self.conn, {"op": "exit"})
                self.process.join(2.0)
            if self.process.is_alive():
                self.process.terminate()
                self.process.join(2.0)
            if self.process.is_alive():
                self.process.kill()
                self.process.join(2.0)
        finally:
            self.conn.close()

    def call(self, op: str, kwargs: dict[str, Any]) -> tuple[Any, np.ndarray | None]:
        _send(self.conn, {"op": op, "kwargs": kwargs})
        reply = _recv(self.conn)
        if "error" in reply:
            kind = _ERROR_TYPES.get(reply["error"], AudioError)
            raise kind(str(reply.get("message", "the decoder failed")))
        payload, nbytes = reply.get("ok"), reply.get("nbytes")
        if not isinstance(payload, dict) or not isinstance(nbytes, int) or nbytes < 0 or nbytes % 4:
            raise _ProtocolError("malformed reply")
        if op != "load":
            return payload, None
        # Received piecewise straight into the result: no second copy of the audio.
        samples = np.empty(nbytes // 4, dtype=np.float32)
        view = memoryview(samples).cast("B")
        received = 0
        try:
            while received < nbytes:
                received += self.conn.recv_bytes_into(view, received)
        except multiprocessing.BufferTooShort as e:
            raise _ProtocolError("more samples than announced") from e
        return payload, samples


_USE_SUBPROCESS = os.name == "posix"
_START_TIMEOUT = 60.0  # seconds for a new worker to import numpy and PyAV
_worker: _Worker | None = None
_warned_no_worker = False
_worker_lock = threading.Lock()


def _forget_worker_after_fork() -> None:
    """In a forked child the parent's worker is not ours: drop it, don't stop it."""
    global _worker, _worker_lock
    _worker_lock = threading.Lock()
    if _worker is not None:
        with contextlib.suppress(OSError):
            _worker.conn.close()
    _worker = None


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_forget_worker_after_fork)


def _crash_message(process) -> str:
    code = process.exitcode
    how = ""
    if code is not None and code < 0:
        try:
            how = f" (killed by {signal.Signals(-code).name})"
        except ValueError:
            how = f" (killed by signal {-code})"
    elif code:
        how = f" (exit code {code})"
    return (f"the decoder crashed on this file{how}; it is probably corrupt (or memory ran out): "
            "try re-exporting it to wav or flac")


def _call_worker(op: str, kwargs: dict[str, Any] | None = None) -> tuple[Any, Any]:
    """Run ``op`` in the worker; a dead worker becomes AudioError, then is replaced."""
    global _worker, _warned_no_worker
    kwargs = kwargs or {}
    with _worker_lock:
        if _worker is not None and not _worker.alive():
            log.debug("decoder worker had died (exit code %s); restarting", _worker.process.exitcode)
            _worker.stop()
            _worker = None
        if _worker is None:
            try:
                _worker = _Worker()
            except Exception as e:  # noqa: BLE001 - no sys.executable, process limit, ...
                (log.debug if _warned_no_worker else log.warning)(
                    "cannot start the isolated decoder process (%s); decoding in this process",
                    type(e).__name__)
                _warned_no_worker = True
                return _call_in_process(op, kwargs)
        worker = _worker
        try:
            payload, samples = worker.call(op, kwargs)
        except ScribeError:
            raise
        except (EOFError, OSError, _ProtocolError) as e:  # the worker died (or went mad) mid-request
            if isinstance(e, _ProtocolError):
                worker.stop(graceful=False)
            else:
                worker.process.join(5.0)  # it is dying: collect its exit status
            message = _crash_message(worker.process)
            log.debug("decoder worker lost: %s, exit code %s", type(e).__name__, worker.process.exitcode)
            worker.stop(graceful=False)
            _worker = None
            raise AudioError(message) from e
        except BaseException:
            # Interrupted (Ctrl-C) or a bug: the pipe is in an unknown state.
            worker.stop(graceful=False)
            _worker = None
            raise
    if op == "load":
        return samples, payload
    return payload, None


def _call_in_process(op: str, kwargs: dict[str, Any]) -> tuple[Any, Any]:
    if op == "load":
        return _load_impl(**kwargs)
    if op == "probe":
        return _probe_impl(**kwargs), None
    raise AudioError(f"internal error: unknown decoder request {op!r}")


atexit.register(shutdown)
