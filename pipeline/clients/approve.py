"""Approving a note outside the service (``scribe approve FOLDER --by NAME``), and storing its goal results.

The note's report on the plan is computed again at approval, from its goal items (their ``goal`` fields
as the clinician left them), the client's current plan and the goals' latest earlier approved results;
then the results are stored per goal and session, and note.json / note.md are rewritten with the status
``approved`` and who approved it when. An approved note is final: approving it again is an error, and
nothing is written when anything fails.
"""

from __future__ import annotations

import json
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

from ..errors import ConfigError
from ..outputs import atomic_write
from ..schema import Note, Transcript
from .goals import attach
from .model import GoalReport
from .store import ClientError, ClientStore


def read_note(where: Path) -> tuple[Path, dict[str, Any], Transcript]:
    """(folder, note.json as a dict, the transcript) of a note folder or a note.json path."""
    where = Path(where)
    folder = where.parent if where.name == "note.json" else where
    try:
        note = json.loads((folder / "note.json").read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"no note.json in {folder}: give the folder `scribe run` wrote for the recording") from None
    except (OSError, ValueError) as e:
        raise ConfigError(f"{folder / 'note.json'} cannot be read: {e}") from None
    try:
        transcript = Transcript.from_dict(json.loads((folder / "transcript.json").read_text(encoding="utf-8")))
    except FileNotFoundError:
        raise ConfigError(f"no transcript.json beside the note in {folder}: the note's evidence points into it") \
            from None
    except (OSError, ValueError) as e:
        raise ConfigError(f"{folder / 'transcript.json'} cannot be read: {e}") from None
    return folder, note, transcript


def session_key(transcript: Transcript, folder: Path) -> str:
    sha = (transcript.audio or {}).get("sha256")
    return f"audio:{sha}" if sha else f"note:{folder.resolve()}"


def approve_folder(where: Path, by: str, store: ClientStore | None = None, template: Any = None,
                   confirm_unsupported: bool = False) -> Note:
    """Approve the note in ``where`` as ``by``; store its goal results when it is a client's note. Items the
    grounding check marked unsupported block the approval (as on the review page) unless the clinician
    confirms them (``confirm_unsupported``: they checked them against the session)."""
    from ..note.render import note_markdown

    by = " ".join((by or "").split())
    if not by:
        raise ConfigError("say who approves the note: --by NAME")
    folder, data, transcript = read_note(where)
    if data.get("status") == "approved":
        who = (data.get("approval") or {}).get("by", "someone")
        raise ClientError(f"the note in {folder} is already approved (by {who}); an approved note is final", 409)
    note = Note.from_dict(data)
    if note.unsupported and not confirm_unsupported:
        raise ClientError(f"{len(note.unsupported)} item(s) of the note in {folder} are marked UNSUPPORTED "
                          "(note.md says why): edit note.json, or check them against the session and approve "
                          "with --confirm-unsupported")
    at = time.time()
    if note.client:
        old = GoalReport.from_dict(note.client)
        if store is None:
            raise ConfigError("this note is a client's: give the data folder with the client store (--data)")
        key = session_key(transcript, folder)
        store.get(old.client_id)
        plan = store.goals(old.client_id, "active")
        previous = store.previous(old.client_id, old.date, exclude=key)
        note = attach(note, plan, old.client_id, {s.id: s for s in transcript.segments}, date=old.date,
                      previous=previous)
        store.record_session(key, GoalReport.from_dict(note.client), by, approved_at=at)
    note = replace(note, status="approved")
    out = note.to_dict()
    out["approval"] = {"by": by, "at": at}
    atomic_write(folder / "note.md", note_markdown(note, transcript, template).replace(
        "*Status: approved, for the clinician to check, edit and approve.",
        f"*Status: approved by {by}.", 1))
    atomic_write(folder / "note.json", json.dumps(out, indent=2, ensure_ascii=False) + "\n")
    return note
