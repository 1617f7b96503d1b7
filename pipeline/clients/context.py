"""What the pipeline needs to know about a recording's client: the plan, earlier results, hotwords, names.

A :class:`ClientContext` is made once per recording (``scribe run --client``, ``scribe batch --clients``,
the service's worker) and given to the batch driver: the ASR gets the client's name and goal words as
extra hotwords, and the note is drafted as always, then checked against the plan (goals.attach).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from ..note.grounding import STOPWORDS
from .goals import attach
from .model import Client, Goal, GoalResult
from .store import ClientStore, check_date

HOTWORDS_MAX = 300  # characters of extra hotwords (Whisper's prompt is short: the clinic's own come first)
_WORD = re.compile(r"[A-Za-z][A-Za-z'-]+")
_VERBS = {"hold", "fasten", "cut", "use", "complete", "demonstrate", "perform", "tolerate", "increase",
          "improve", "maintain", "follow", "write", "copy", "put", "take", "make", "get", "do", "will"}


@dataclass(frozen=True)
class ClientContext:
    client: Client
    plan: tuple[Goal, ...]  # the active goals
    previous: tuple[GoalResult, ...] = ()  # each goal's latest approved result before this session
    date: str = ""  # the session's date, YYYY-MM-DD ('' : the recording's, else the day it is drafted)

    def names(self) -> tuple[str, ...]:
        """The client's display name and its words: names the note may use although the lines do not say them."""
        name = self.client.name.strip()
        if not name:
            return ()
        words = [w.rstrip(".") for w in name.split() if len(w.rstrip(".")) > 1]
        return tuple(dict.fromkeys([name, *words]))

    def hotwords(self, base: str | None = None) -> str | None:
        """``base`` (the clinic's hotwords) and the client's first name and goal words, comma separated."""
        have = [w.strip() for w in (base or "").split(",") if w.strip()]
        low = {w.lower() for w in have}
        extra: list[str] = []
        first = next((w for w in self.names()[1:2]), None)
        if first and first.lower() not in low:
            extra.append(first)
        for g in self.plan:
            for w in _WORD.findall(g.text):
                lw = w.lower()
                if lw in STOPWORDS or lw in _VERBS or len(lw) < 4 or lw in low:
                    continue
                low.add(lw)
                extra.append(lw)
        out, size = list(have), len(", ".join(have))
        for w in extra:
            if size + len(w) + 2 > len(", ".join(have)) + HOTWORDS_MAX:
                break
            out.append(w)
            size += len(w) + 2
        return ", ".join(out) or None

    def key(self, stage: str) -> str:
        """What a stage's output depends on of the client (the batch ledger's keys)."""
        if stage in ("asr", "transcript"):
            what: Any = self.hotwords()
        else:
            what = [self.client.id, self.names(), [g.to_dict() for g in self.plan],
                    [r.to_dict() for r in self.previous], self.date]
        return hashlib.sha256(json.dumps(what, sort_keys=True).encode()).hexdigest()[:16]

    def session_date(self, transcript: Any = None) -> str:
        if self.date:
            return self.date
        recorded = (getattr(transcript, "audio", None) or {}).get("recorded")
        if recorded:
            with contextlib.suppress(ValueError, TypeError):
                return dt.date.fromisoformat(str(recorded)[:10]).isoformat()
        return dt.date.today().isoformat()


def load_context(store: ClientStore, cid: str, date: str = "", exclude: str | None = None) -> ClientContext:
    """The context of client ``cid`` for a session on ``date`` (ClientError when there is no such client)."""
    client = store.get(cid)
    date = check_date(date)
    plan = tuple(store.goals(cid, "active"))
    previous = tuple(store.previous(cid, date, exclude))
    return ClientContext(client, plan, previous, date)


@contextlib.contextmanager
def hotwords(transcriber: Any, ctx: ClientContext | None) -> Iterator[None]:
    """The transcriber with the client's hotwords for the time of one recording (both backends read their
    ``hotwords`` attribute at each call)."""
    if ctx is None or not hasattr(transcriber, "hotwords"):
        yield
        return
    old = transcriber.hotwords
    transcriber.hotwords = ctx.hotwords(old)
    try:
        yield
    finally:
        transcriber.hotwords = old


def draft_with(transcript: Any, template: Any, writer: Any, names: tuple[str, ...], ctx: ClientContext) -> Any:
    """The checked draft note of a client's session: the note as always, then its report on the plan."""
    from ..note import draft

    note = draft(transcript, template, writer, names=(*names, *ctx.names()))
    segments = {s.id: s for s in transcript.segments}
    return attach(note, ctx.plan, ctx.client.id, segments, date=ctx.session_date(transcript),
                  previous=ctx.previous)
