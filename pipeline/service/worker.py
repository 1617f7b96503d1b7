"""The service's worker: queued recordings through the pipeline, one batch at a time, models resident.

It runs the same :class:`pipeline.batch.Batch` as ``scribe batch``, on the
ledger in ``DATA/work`` (so every stage is resumable and a restart loses
nothing: a recording cut short is queued again and its finished stages are
skipped). The runner, and with it every model, is loaded once and kept.

Each pass it also finishes browser recordings whose tab went away (no chunk for
``live_idle_minutes``) and applies the audio retention rule.

No single recording can stop it: every per-recording step (finishing an abandoned
browser recording, the retention rule, the pipeline, reading its outputs) fails
that recording alone, with a reason the therapist can read, and the loop goes on.
A browser recording whose bytes its owner already uploaded is failed as "a
duplicate of r-..." (``finish`` answers it with 409, as a duplicate upload is).

Only one worker works on a data folder at a time (a lock file); a second one
waits. ``scribe serve`` starts the worker as a child process at a lower CPU
priority, so the web pages stay responsive while a job runs; ``scribe worker``
runs it on its own.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import logging
import os
import re
import sqlite3
import threading
import time
from pathlib import Path
from typing import Any

from ..batch.ledger import Ledger, LedgerBusy
from ..config import Settings
from ..errors import ConfigError, ModelError, OutputError, TemplateError
from ..outputs import FILE_MODE
from . import media, notes
from .store import Store
from .uploads import UploadError, check_audio, chunk_count, extension, join_chunks, remove_chunks

log = logging.getLogger("pipeline.service")

SYSTEM = "scribe"  # the audit log's user for what the service does by itself
RETENTION = ("on-approval", "days", "never")


def check_retention(settings: Settings) -> None:
    if settings.service.retention not in RETENTION:
        raise ConfigError(f"[service] retention must be one of {', '.join(RETENTION)}, "
                          f"not {settings.service.retention!r}")


def max_seconds(settings: Settings) -> float | None:
    """[audio] max_duration_minutes in seconds (None: no limit)."""
    minutes = settings.audio.max_duration_minutes
    return minutes * 60 if minutes else None


def fail(store: Store, rid: str, reason: str, who: str = SYSTEM, ip: str | None = None, **values: Any) -> None:
    """Mark one recording failed, saying why (the reason is shown to its therapist: no paths, no text)."""
    store.update(rid, status="failed", error=reason, **values)
    store.audit(who, "fail", "recording", rid, ip)


def _guarded(what: str, rid: str, store: Store, step, *args: Any) -> Any:
    """Run one recording's ``step``; an unexpected error fails that recording alone (and is logged by id)."""
    try:
        return step(*args)
    except Exception as e:  # noqa: BLE001 - a bug or a broken row must not stop the worker
        log.warning("worker: %s of recording %s failed (%s)", what, rid, type(e).__name__)
        log.debug("worker: %s failed", what, exc_info=True)
        with contextlib.suppress(Exception):
            fail(store, rid, f"the server could not {what} this recording ({type(e).__name__}); "
                             "ask the clinic's admin to check the service log")
        return None


# ------------------------------------------------------------------ live recordings


class Duplicate(Exception):
    """A browser recording whose bytes its owner already uploaded (``first``: that recording's id)."""

    def __init__(self, first: str) -> None:
        super().__init__(first)
        self.first = first


def finish_live(store: Store, rid: str, who: str, ip: str | None = None, longest: float | None = None) -> None:
    """Join a browser recording's chunks, check it with the decoder and queue it (or fail it, saying why).

    Raises :class:`Duplicate` (after failing the recording) when its owner already has these bytes."""
    rec = store.recording(rid)
    if rec is None or rec["status"] != "recording":
        return
    dest = store.uploads / f"{rid}{extension(None, rec['mime'])}"

    def drop(error: str) -> None:  # nothing usable: the audio goes, so no stray copy outlives the record
        with contextlib.suppress(OSError):
            dest.unlink()
        remove_chunks(store.uploads, rid)
        fail(store, rid, error, who, ip, size=0, audio_deleted=time.time())

    too_long = None
    try:
        size, sha = join_chunks(store.uploads, rid, dest)
        info = check_audio(dest, longest)
    except UploadError as e:
        if e.info is None:
            drop(str(e))
            return
        info, too_long = e.info, str(e)  # real audio over the length limit: kept (retry once the limit is raised)
    mime, ext = media.describe(info)  # typed by what the decoder found, not by what the browser declared
    if dest.suffix != ext:
        final = dest.with_suffix(ext)
        os.replace(dest, final)
        dest = final
    owner = store.user_by_name(rec["owner"])
    first = store.duplicate_of(owner, sha) if owner else None
    if first is None:
        try:
            store.queue(rid, sha256=sha, size=size, upload=dest.name)
        except sqlite3.IntegrityError:  # the same bytes, finished or uploaded at the same moment
            first = store.duplicate_of(owner, sha) if owner else None
            if first is None:
                raise
    if first is not None:
        drop(f"a duplicate of {first}")
        raise Duplicate(first)
    store.update(rid, duration=info.get("duration"), mime=mime)
    remove_chunks(store.uploads, rid)
    if too_long:
        fail(store, rid, too_long, who, ip)
        return
    store.audit(who, "finish", "recording", rid, ip)


def finish_abandoned(store: Store, idle_minutes: float, longest: float | None = None) -> int:
    """Finish the browser recordings that stopped sending chunks (a closed tab, a lost connection)."""
    n = 0
    cutoff = time.time() - idle_minutes * 60
    for rec in store.query("SELECT id, updated FROM recordings WHERE status = 'recording'"):
        if rec["updated"] < cutoff:
            _guarded("finish", rec["id"], store, _finish_abandoned, store, rec["id"], longest)
            n += 1
    return n


def _finish_abandoned(store: Store, rid: str, longest: float | None) -> None:
    if chunk_count(store.uploads, rid) == 0:
        fail(store, rid, "nothing was recorded")
        return
    with contextlib.suppress(Duplicate):  # failed as "a duplicate of ..." already
        finish_live(store, rid, SYSTEM, longest=longest)


# ------------------------------------------------------------------------ retention


def delete_audio(store: Store, rid: str, why: str) -> bool:
    """Remove a recording's audio file and record it (the transcript and note stay)."""
    rec = store.recording(rid)
    if rec is None or rec["audio_deleted"] is not None:
        return False
    if rec["upload"]:
        path = _in_uploads(store, rec["upload"])
        if path is None:  # a stored name that leaves uploads/: never followed
            log.warning("recording %s: its stored file name is not in the uploads folder; nothing deleted", rid)
        else:
            try:
                path.unlink()
            except FileNotFoundError:
                pass
            except OSError as e:
                log.warning("a recording's audio could not be deleted: %s", e.strerror)
                return False
    store.update(rid, audio_deleted=time.time())
    store.audit(SYSTEM, f"delete audio ({why})", "recording", rid)
    return True


def apply_retention(store: Store, settings: Settings) -> int:
    rule = settings.service.retention
    if rule == "never":
        return 0
    if rule == "on-approval":
        rows = store.query("SELECT r.id FROM recordings r JOIN approvals a ON a.recording_id = r.id "
                           "WHERE r.audio_deleted IS NULL")
        why = "approved"
    else:
        cutoff = time.time() - settings.service.retention_days * 86400
        rows = store.query("SELECT id FROM recordings WHERE audio_deleted IS NULL AND created < ? "
                           "AND status IN ('ready', 'failed')", (cutoff,))
        why = f"after {settings.service.retention_days} days"
    done = 0
    for r in rows:
        try:
            done += delete_audio(store, r["id"], why)
        except Exception as e:  # noqa: BLE001 - one row's trouble must not keep the others' audio forever
            log.warning("worker: the retention rule could not be applied to recording %s (%s)", r["id"],
                        type(e).__name__)
    return done


# --------------------------------------------------------------------------- status


def ledger_stages(store: Store) -> dict[str, tuple[str | None, float | None]]:
    """sha256 -> (the stage the pipeline is in, the duration) from the batch ledger."""
    try:
        ledger = Ledger(store.work, readonly=True)
    except (OutputError, OSError):
        return {}
    try:
        rows = ledger.db.execute("SELECT sha256, stage, status, duration FROM recordings").fetchall()
    except sqlite3.Error:  # a ledger being created right now
        return {}
    finally:
        ledger.close()
    return {sha: (stage if status == "running" else None, duration) for sha, stage, status, duration in rows}


# --------------------------------------------------------------------------- worker


class Worker:
    def __init__(self, store: Store, settings: Settings, runner: Any = None, poll: float = 2.0) -> None:
        check_retention(settings)
        self.store = store
        self.settings = settings
        self.poll = poll
        self._runner = runner
        self._lock_fd: int | None = None
        self.busy = False  # inside a batch (a stop signal then interrupts it at once)
        self.stop = threading.Event()  # set by run_forever's stop signal

    @property
    def runner(self) -> Any:
        if self._runner is None:
            from ..runner import Runner

            self._runner = Runner(self.settings)
            _ = self._runner.template  # a broken template fails at start
        return self._runner

    def lock(self, stop: threading.Event) -> bool:
        """Hold the data folder's worker lock, waiting while another worker has it."""
        fd = os.open(self.store.data / ".worker.lock", os.O_RDWR | os.O_CREAT, FILE_MODE)
        told = False
        while not stop.is_set():
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                self._lock_fd = fd
                return True
            except BlockingIOError:
                if not told:
                    log.info("another worker is running on this data folder; waiting")
                    told = True
                stop.wait(5)
        os.close(fd)
        return False

    def sweep(self) -> None:
        """The clean-up passes; each goes on past a recording it cannot handle (that one is failed)."""
        for name, step in (("finishing abandoned recordings", lambda: finish_abandoned(
                self.store, self.settings.service.live_idle_minutes, max_seconds(self.settings))),
                           ("the retention rule", lambda: apply_retention(self.store, self.settings))):
            try:
                step()
            except Exception as e:  # noqa: BLE001 - e.g. the database busy: tried again next pass
                log.error("worker: %s stopped early (%s); trying again next pass", name, type(e).__name__)
                log.debug("worker: %s failed", name, exc_info=True)

    def run_forever(self, stop: threading.Event) -> None:
        self.stop = stop
        if not self.lock(stop):
            return
        log.info("worker ready")
        parent = int(os.environ.get("SCRIBE_SERVE_PID", "0") or 0)
        while not stop.is_set():
            if parent and os.getppid() != parent:  # scribe serve is gone (even kill -9): do not linger
                log.info("worker: scribe serve stopped; stopping too")
                return
            self.sweep()
            try:
                worked = self.run_once()
            except Exception as e:  # noqa: BLE001 - run_once fails its recording; this is the last net
                log.error("worker: a pass failed (%s); going on", type(e).__name__)
                log.debug("worker: pass failed", exc_info=True)
                worked = False
            if not worked:
                stop.wait(self.poll)

    def _next_job(self) -> Any:
        """The oldest queued recording that can be processed; rows that cannot are failed on the way."""
        for r in self.store.queued():
            if not r["upload"]:
                fail(self.store, r["id"], "the recording was queued without its audio; upload it again")
            elif _in_uploads(self.store, r["upload"]) is None:
                fail(self.store, r["id"], "the recording's stored file name is not valid; upload it again")
            else:
                return r
        return None

    def run_once(self) -> bool:
        """Process the oldest queued recording. False when nothing waits."""
        # one recording per batch, first come first served: each is ready as soon as its own note is
        # written (the models stay loaded between batches), not when a whole queue is done
        job = self._next_job()
        if job is None:
            return False
        try:
            return self._process([job])
        except Exception as e:  # noqa: BLE001 - a bug or a library failure costs this recording, not the worker
            log.warning("worker: recording %s failed (%s)", job["id"], type(e).__name__)
            log.debug("worker: recording failed", exc_info=True)
            with contextlib.suppress(Exception):
                fail(self.store, job["id"], f"the server could not process this recording ({type(e).__name__}); "
                                            "try again, or ask the clinic's admin to check the service log")
            return True

    def _process(self, jobs: list[Any]) -> bool:
        from ..batch import Batch
        from ..batch.progress import Progress

        for r in jobs:
            self.store.update(r["id"], status="processing")
        paths = [self.store.uploads / r["upload"] for r in jobs]
        log.info("worker: %d recording(s) to process", len(jobs))
        t0 = time.perf_counter()
        self.busy = True
        try:
            if self.stop.is_set():  # the signal came just before busy: the recordings stay for the next start
                raise SystemExit(0)
            batch = Batch(self.store.work, self.runner, with_note=True,
                          max_failures=self.settings.batch.max_failures, progress=Progress(bar=False),
                          release_models=not self.settings.service.keep_models,
                          clients=client_contexts(self.store, jobs), stopping=self.stop.is_set)
            outcomes = batch.run(paths)
        except LedgerBusy:
            log.info("worker: the work folder is busy (a scribe batch runs in it); waiting")
            for r in jobs:
                self.store.update(r["id"], status="queued")
            time.sleep(self.poll)
            return False
        except (ModelError, ConfigError, TemplateError) as e:  # nothing can succeed until an admin fixes it
            log.error("worker: %s", e)
            for r in jobs:
                self.store.update(r["id"], status="failed", error=f"the service cannot process recordings: {e}")
                self.store.audit(SYSTEM, "fail", "recording", r["id"])
            return True
        finally:
            self.busy = False
        for r, o in zip(jobs, outcomes, strict=True):
            _guarded("finish processing", r["id"], self.store, self._settle, r["id"], o)
        log.info("worker: %d recording(s) in %.1f s", len(jobs), time.perf_counter() - t0)
        return True

    def _settle(self, rid: str, outcome: Any) -> None:
        if outcome.status not in ("done", "duplicate") or not outcome.folder:
            fail(self.store, rid, self._reason(outcome.message) or "not processed")
            return
        folder = self.store.work / outcome.folder
        try:
            draft = json.loads((folder / "note.json").read_text(encoding="utf-8"))
            transcript = json.loads((folder / "transcript.json").read_text(encoding="utf-8"))
            note = notes.from_draft(draft, self.runner.template) if self.store.version(rid) is None else None
            duration = transcript.get("duration")
        except (OSError, ValueError, TypeError, KeyError, AttributeError) as e:
            fail(self.store, rid, f"the pipeline's outputs could not be read ({type(e).__name__}); try again")
            return
        if note is not None:
            self.store.add_version(rid, None, "draft", SYSTEM, note)
        self.store.update(rid, status="ready", error=None, folder=outcome.folder, duration=duration)
        self.store.audit(SYSTEM, "draft", "note", rid)

    def _reason(self, message: str | None) -> str | None:
        """The batch's message without server paths (nor another recording's file: the ledger is shared)."""
        if not message:
            return message
        message = re.sub(r"^same content as .*?, processed once;? ?", "", message)
        return message.replace(str(self.store.data) + os.sep, "").strip() or None


def client_contexts(store: Store, jobs: list[Any]) -> dict[Path, Any]:
    """{upload path: ClientContext} of the jobs that belong to a client (its plan, as of now)."""
    from ..clients.context import load_context
    from ..clients.store import DB_NAME, ClientError, ClientStore

    if not (store.data / DB_NAME).is_file():
        return {}
    cstore = ClientStore(store.data)
    out: dict[Path, Any] = {}
    try:
        for r in jobs:
            cid = cstore.client_of(r["id"])
            if cid is None:
                continue
            date = time.strftime("%Y-%m-%d", time.localtime(r["created"]))
            try:
                out[store.uploads / r["upload"]] = load_context(cstore, cid, date, exclude=r["id"])
            except ClientError:  # the client is gone: the note is drafted without a plan
                log.warning("worker: a recording's client is no longer in the client store")
    finally:
        cstore.close()
    return out


def serve_worker(store: Store, settings: Settings) -> None:
    """``scribe worker``: run until SIGTERM/SIGINT."""
    import signal

    stop = threading.Event()
    worker = Worker(store, settings)

    def on_signal(*_: Any) -> None:
        stop.set()
        if worker.busy:  # stop now: finished stages are in the ledger, the recording is not blamed
            raise SystemExit(0)

    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, on_signal)
    _ = worker.runner  # a missing model or a broken template stops here (exit 4 / 5)
    with contextlib.suppress(KeyboardInterrupt, SystemExit):
        worker.run_forever(stop)
    log.info("worker stopped")


def _in_uploads(store: Store, name: str) -> Path | None:
    """``uploads/name`` when ``name`` is a plain file name there (the service only stores those)."""
    if not name or "/" in name or "\\" in name or name.startswith(".") or "\0" in name:
        return None
    return store.uploads / name


def upload_path(store: Store, rec: Any) -> Path | None:
    if rec["upload"] and rec["audio_deleted"] is None:
        return _in_uploads(store, rec["upload"])
    return None
