"""The sample client's sessions as note folders, the way `scribe run --client` leaves them, without a model run:
the real note writer (moments, fields, render rules) with a scripted model on the reference transcripts."""

from __future__ import annotations

import json
from pathlib import Path

from note_fakes import FakeLLM, answering

from pipeline.clients.context import draft_with, load_context
from pipeline.clients.plan import read_plan
from pipeline.clients.store import ClientStore
from pipeline.config import NoteSettings
from pipeline.evaluate.goals import load, reference_transcript
from pipeline.note import load_template
from pipeline.note.render import write_note
from pipeline.note.writer import LLMNoteWriter
from pipeline.outputs import atomic_write

ROOT = Path(__file__).resolve().parents[1]
CLIENT_DIR = ROOT / "samples" / "client"
CLIENT = "C-0042"
SESSIONS = ("noah_session_1", "noah_session_2", "noah_session_3")


def client_store(data: Path) -> ClientStore:
    """A data folder with the sample client's plan of care (goals G1-G3)."""
    store = ClientStore(data)
    store.import_plan(read_plan(CLIENT_DIR / "plan.toml"))
    return store


def note_folder(store: ClientStore, name: str, out: Path) -> Path:
    """OUT/NAME/ with transcript.json (the reference turns, their exact times) and the draft note for the client."""
    template = load_template(None)
    writer = LLMNoteWriter(FakeLLM(default=answering(template)), NoteSettings())
    ref, facts = load(CLIENT_DIR, name)
    transcript = reference_transcript(ref)
    ctx = load_context(store, CLIENT, facts["date"])
    note = draft_with(transcript, template, writer, (), ctx)
    folder = out / name
    atomic_write(folder / "transcript.json", json.dumps(transcript.to_dict()))
    write_note(note, folder, transcript, template)
    return folder
