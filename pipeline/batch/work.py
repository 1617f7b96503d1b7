"""The one driver: every recording through every stage, resumable (``scribe transcribe``, ``run``,
``batch`` and the service's worker all run their recordings here).

Two phases, each with its models loaded once for all recordings:

1. **transcripts**: decode -> asr -> diarize -> transcript (align, roles, write
   transcript.{json,txt,srt,vtt} and diarization.rttm);
2. **notes** (after the speech models are released, so the note model and
   the speech models are never resident together): note.json and note.md.

Each stage's output is written atomically, then the stage is marked done in
the ledger with the key of the settings that affect it (chained: the
transcript's key includes the ASR's and the diarizer's). A rerun skips a stage
whose key matches and whose output exists, and redoes the rest. Intermediate
results (``.stages/asr.json``, ``.stages/diarization.json``) let a rerun after a
kill skip the ASR of a recording whose diarization was cut short.

Failures: a bad input (AudioError) or a note the model cannot write (NoteError,
greedy decoding gives the same answer again) fails the recording at once; any
other error, or the process dying during the recording, counts one failure and
the recording is retried until ``max_failures``. A missing model, a bad setting
or a broken template stops the batch (no recording could succeed); the
recording in hand is left pending, not blamed.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import re
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from ..clients.context import hotwords
from ..errors import AudioError, ConfigError, ModelError, NoteError, ScribeError, TemplateError
from ..outputs import atomic_write, ensure_dir, read_transcript, write_transcript
from ..runner import Runner
from ..schema import Diarization, Transcript
from .inputs import Source, discover, read_error, sha256_of
from .ledger import Ledger, Recording
from .progress import Progress

log = logging.getLogger("pipeline.batch")

TRANSCRIPT_STAGES = ("decode", "asr", "diarize", "transcript")
STAGES = (*TRANSCRIPT_STAGES, "note")
WORK = ".stages"  # per-recording folder of intermediate results
# a stage's output: skipped only when this file exists too
OUTPUTS = {"asr": f"{WORK}/asr.json", "diarize": f"{WORK}/diarization.json",
           "transcript": "transcript.json", "note": "note.json"}
_TMP = re.compile(r"^\..+\.[A-Za-z0-9_]+\.tmp$")  # outputs.atomic_write's temporary names


@dataclass
class Outcome:
    """One input's line in the summary."""

    path: Path
    status: str  # done | failed | duplicate | ignored
    folder: str | None = None
    message: str | None = None
    stage: str | None = None  # failed: the stage it failed in (None: the input could not be used at all)
    warnings: tuple[str, ...] = ()  # the transcript's, when this run made or read it
    note: tuple[int, int] | None = None  # (items, unsupported) of the note this run wrote
    earlier: bool = False  # every stage was done by an earlier run: nothing was redone


def _digest(*parts: Any) -> str:
    return hashlib.sha256(json.dumps(parts, sort_keys=True, default=str).encode()).hexdigest()[:16]


def _file_digest(path: str | None) -> str | None:
    try:
        return hashlib.sha256(Path(path).read_bytes()).hexdigest() if path else None
    except OSError:
        return None


def stage_keys(runner: Runner, with_note: bool) -> dict[str, str]:
    """The key of each stage: what its output depends on besides the recording's bytes."""
    s = runner.settings

    def drop(obj: Any, *keys: str) -> dict:
        return {k: v for k, v in asdict(obj).items() if k not in keys}

    keys = {"decode": _digest("decode", s.audio.channel)}
    keys["asr"] = _digest("asr", drop(s.asr, "allow_download"), s.audio.channel)
    keys["diarize"] = _digest("diarize", drop(s.diarize, "allow_download"), s.audio.channel)
    keys["transcript"] = _digest("transcript", keys["asr"], keys["diarize"], asdict(s.roles),
                                 runner.profiles, s.formats)
    if with_note:
        template = runner.template
        keys["note"] = _digest("note", keys["transcript"], drop(s.note, "threads"),
                               _file_digest(getattr(template, "path", None)))
    return keys


def _folder_name(path: Path) -> str:
    """The output folder of a recording: its file name without extension, made safe."""
    stem = re.sub(r"[\x00-\x1f\x7f/\\]", "_", path.stem).strip().lstrip(".")
    return stem[:120] or "recording"


def _remove_stale_temps(folder: Path) -> None:
    """Temporary files a killed process left (never under a final name)."""
    for sub in (folder, folder / WORK):
        with contextlib.suppress(OSError):
            for entry in os.scandir(sub):
                if entry.is_file() and _TMP.match(entry.name):
                    with contextlib.suppress(OSError):
                        os.unlink(entry.path)


class Stopped(SystemExit):
    """The process is being stopped, and the stop broke a stage (an import cut short by the signal, say).

    The error is the stop's, not the recording's: it stays pending, unblamed, and is not retried now.
    """


class Batch:
    def __init__(self, out: Path, runner: Runner, *, with_note: bool = True, max_failures: int = 2,
                 progress: Progress | None = None, release_models: bool = True,
                 clients: dict[Path, Any] | None = None, stopping: Callable[[], bool] | None = None) -> None:
        self.out = Path(out)
        self.stopping = stopping or (lambda: False)  # True once a stop signal came (the service's worker)
        self.release_models = release_models  # False: the service's worker keeps every model resident
        self.runner = runner
        self.with_note = with_note
        self.max_failures = max(1, max_failures)
        self.progress = progress or Progress(bar=False)
        self.ledger = Ledger(self.out)
        self.keys: dict[str, str] = {}
        self.sources: dict[str, Source] = {}  # sha256 -> the first input with these bytes
        self.worked: set[str] = set()  # recordings this run did a stage of
        self.details: dict[str, dict[str, Any]] = {}  # sha256 -> Outcome fields learnt while working
        # input path (a recording or a folder of them) -> its client (pipeline.clients.context.ClientContext)
        self.clients = {Path(p).absolute(): c for p, c in (clients or {}).items()}
        self.context: dict[str, Any] = {}  # sha256 -> the recording's client context

    # ------------------------------------------------------------ planning

    def _hash(self, src: Source) -> str | None:
        assert src.st is not None
        key = str(src.path.absolute())
        sha = self.ledger.cached_hash(key, src.st)
        if sha is None:
            try:
                sha = sha256_of(src.path)
            except OSError as e:
                src.error = read_error(e)
        self.ledger.note_source(key, src.st, sha, src.error)
        return sha

    def _folder_for(self, path: Path, sha: str) -> Callable[[set[str]], str]:
        def pick(taken: set[str]) -> str:
            name = _folder_name(path)
            if name in taken or (self.out / name).exists():
                name = f"{name}-{sha[:8]}"
            return name
        return pick

    def plan(self, inputs: list[Path]) -> list[tuple[Source, str | None]]:
        """Each input with its recording's sha256 (None: ignored or unreadable)."""
        max_mb = self.runner.settings.audio.max_size_mb
        planned: list[tuple[Source, str | None]] = []
        for src in discover(inputs, self.out, int(max_mb * 2**20) if max_mb else None):
            sha = None
            if not src.ignored and not src.error:
                sha = self._hash(src)
                if sha is not None and sha not in self.sources:
                    self.sources[sha] = src
                    ctx = self._client_of(src.path)
                    if ctx is not None:
                        self.context[sha] = ctx
                    self.ledger.add(sha, self._folder_for(src.path, sha), src.st.st_size if src.st else 0)
            elif src.error:
                self.ledger.note_source(str(src.path.absolute()), src.st, None, src.error)
            planned.append((src, sha))
        return planned

    def _client_of(self, path: Path) -> Any:
        """The client context of an input: its own, or that of the folder it was found in."""
        p = Path(path).absolute()
        for q in (p, *p.parents):
            if q in self.clients:
                return self.clients[q]
        return None

    def _key(self, sha: str, stage: str) -> str:
        """A stage's key for one recording: with a client, what the stage takes from it (hotwords, the plan)."""
        ctx = self.context.get(sha)
        if ctx is None or stage not in ("asr", "transcript", "note"):
            return self.keys[stage]
        return _digest(self.keys[stage], ctx.key(stage))

    def _needs(self, rec: Recording, stages: tuple[str, ...]) -> str | None:
        """The first stage of ``stages`` that must run, or None when all are done."""
        for stage in stages:
            if stage not in self.keys:
                continue
            if self.ledger.stage_key(rec.sha256, stage) != self._key(rec.sha256, stage):
                return stage
            out = OUTPUTS.get(stage)
            if out and not (self.out / rec.folder / out).is_file():
                return stage
        return None

    # ------------------------------------------------------------- running

    def run(self, inputs: list[Path], *, retry_failed: bool = False) -> list[Outcome]:
        self.ledger.lock()
        try:
            found = self.ledger.recover(self.max_failures)
            if found:
                log.info("%d recording(s) were interrupted by an earlier run; counted as failures", found)
            if self.with_note:
                _ = self.runner.template  # a broken template fails before any work
            self.keys = stage_keys(self.runner, self.with_note)
            if not self.runner.settings.diarize.enabled:
                self.keys.pop("diarize")
            planned = self.plan(inputs)
            if retry_failed:  # the failed recordings among these inputs; the ledger's others stay as they are
                log.info("retrying %d failed recording(s)", self.ledger.retry_failed(self.sources))
            self._phase("transcripts", TRANSCRIPT_STAGES, self._transcript)
            if self.with_note:
                if self.release_models:
                    self.runner.release_models()
                self._phase("notes", ("note",), self._note)
            self._settle()
            return self._outcomes(planned)
        finally:
            self.progress.close()
            self.ledger.close()

    def _phase(self, name: str, stages: tuple[str, ...], work: Callable[[Recording, str, int], None]) -> None:
        todo = []
        for sha in self.sources:
            rec = self.ledger.get(sha)
            if rec is not None and rec.status != "failed" and self._needs(rec, stages) is not None:
                todo.append(rec)
        self.progress.begin(name, [r.duration for r in todo])
        for i, rec in enumerate(todo):
            while True:  # retried here until done or failed
                first = self._needs(rec, stages)
                if first is None:
                    break
                self.ledger.start(rec.sha256, first)
                self.worked.add(rec.sha256)
                _remove_stale_temps(self.out / rec.folder)
                try:
                    try:
                        work(rec, first, i)
                    except Exception as e:
                        if self.stopping():
                            raise Stopped(0) from e
                        raise
                except (KeyboardInterrupt, SystemExit):  # stopped (Ctrl-C, the service restarting): not its fault
                    self.ledger.finish(rec.sha256, "pending", blame=False)
                    raise
                except (ModelError, ConfigError, TemplateError):
                    self.ledger.finish(rec.sha256, "pending", blame=False)  # not this recording's fault
                    raise
                except (AudioError, NoteError) as e:  # the same input fails the same way again
                    self.ledger.finish(rec.sha256, "failed", str(e), stage=self._current(rec))
                except ScribeError as e:
                    if self._retry(rec, str(e)):
                        continue
                except Exception as e:  # a bug or a library failure: counted, retried, reported
                    log.debug("recording failed", exc_info=True)
                    if self._retry(rec, f"internal error ({type(e).__name__}); please report it"):
                        continue
                break
            rec = self.ledger.get(rec.sha256) or rec
            self.progress.finished(i, rec.status != "failed")

    def _settle(self) -> None:
        """Mark done what has every stage done (a kill can land between the last stage and its status)."""
        for sha in self.sources:
            rec = self.ledger.get(sha)
            if rec is not None and rec.status not in ("done", "failed") and self._needs(rec, STAGES) is None:
                self.ledger.finish(sha, "done")

    def _current(self, rec: Recording) -> str | None:
        now = self.ledger.get(rec.sha256)
        return now.stage if now else None

    def _retry(self, rec: Recording, message: str) -> bool:
        now = self.ledger.get(rec.sha256)
        final = now is None or now.failures + 1 >= self.max_failures
        self.ledger.finish(rec.sha256, "failed" if final else "pending", message, stage=self._current(rec))
        return not final

    def _enter(self, rec: Recording, stage: str, index: int) -> float:
        self.ledger.set_stage_running(rec.sha256, stage)
        self.progress.at(index, stage)
        return time.perf_counter()

    def _done(self, rec: Recording, stage: str, t0: float) -> None:
        self.ledger.stage_done(rec.sha256, stage, self._key(rec.sha256, stage), time.perf_counter() - t0)

    def _transcript(self, rec: Recording, first: str, index: int) -> None:
        runner, folder = self.runner, self.out / rec.folder
        src = self.sources[rec.sha256]
        t0 = self._enter(rec, "decode", index)
        audio = runner.decode(src.path)
        if audio.sha256 != rec.sha256:
            raise ScribeError("the file changed while the batch was reading it; it is tried again")
        self.ledger.set_duration(rec.sha256, audio.duration)
        self._done(rec, "decode", t0)
        ensure_dir(folder / WORK)

        if self._needs(rec, ("asr",)) is None:
            transcript = read_transcript(folder / OUTPUTS["asr"])
        else:
            t0 = self._enter(rec, "asr", index)
            with hotwords(runner.transcriber, self.context.get(rec.sha256)):
                transcript = runner.transcribe(audio)
            atomic_write(folder / OUTPUTS["asr"], json.dumps(transcript.to_dict(), ensure_ascii=False))
            self._done(rec, "asr", t0)

        diarization: Diarization | None = None
        if "diarize" in self.keys:
            if self._needs(rec, ("diarize",)) is None:
                path = folder / OUTPUTS["diarize"]
                diarization = Diarization.from_dict(json.loads(path.read_text(encoding="utf-8")))
            else:
                t0 = self._enter(rec, "diarize", index)
                diarization = runner.diarize(audio)
                atomic_write(folder / OUTPUTS["diarize"], json.dumps(diarization.to_dict()))
                self._done(rec, "diarize", t0)

        t0 = self._enter(rec, "transcript", index)
        if diarization is not None:
            transcript = runner.label(audio, transcript, diarization)
        write_transcript(transcript, folder, runner.settings.formats, diarization)
        self._done(rec, "transcript", t0)
        self.details[rec.sha256] = {"warnings": transcript.warnings}
        self.ledger.finish(rec.sha256, "pending" if self.with_note else "done")

    def _note(self, rec: Recording, first: str, index: int) -> None:
        folder = self.out / rec.folder
        transcript: Transcript = read_transcript(folder / "transcript.json")
        t0 = self._enter(rec, "note", index)
        note = self.runner.write_note(transcript, folder, client=self.context.get(rec.sha256))
        self._done(rec, "note", t0)
        self.details[rec.sha256] = {"warnings": transcript.warnings,
                                    "note": (len(note.items), len(note.unsupported))}
        log.info("note: %d items (%d unsupported) in %.1f s", len(note.items), len(note.unsupported),
                 time.perf_counter() - t0)
        self.ledger.finish(rec.sha256, "done")

    # ------------------------------------------------------------- summary

    def _outcomes(self, planned: list[tuple[Source, str | None]]) -> list[Outcome]:
        ledger = Ledger(self.out, readonly=True)
        try:
            out = []
            for src, sha in planned:
                if src.ignored:
                    out.append(Outcome(src.path, "ignored", message="not an audio or video file name"))
                    continue
                rec = ledger.get(sha) if sha else None
                if rec is None:
                    out.append(Outcome(src.path, "failed", message=src.error or "not processed"))
                    continue
                first = self.sources[sha].path
                status = "done" if rec.status == "done" else "failed"
                message = rec.error if status == "failed" else None
                if first != src.path:
                    message = f"same content as {first}, processed once" + (f"; {message}" if message else "")
                    status = "duplicate" if status == "done" else status
                out.append(Outcome(src.path, status, rec.folder, message,
                                   stage=rec.stage if status == "failed" else None,
                                   earlier=sha not in self.worked, **self.details.get(sha, {})))
            return out
        finally:
            ledger.close()
