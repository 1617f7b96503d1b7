"""Batch processing: ``scribe batch INPUT... -o OUT`` and its ledger.

``Batch(out, runner).run(inputs)`` processes every recording found under the
inputs (see ``work``), resumably, and returns one ``Outcome`` per input;
``status_table(out)`` renders the ledger for ``scribe batch --status OUT``.
"""

from __future__ import annotations

from pathlib import Path

from .ledger import Ledger
from .work import STAGES, Batch, Outcome

__all__ = ["Batch", "Outcome", "status_table"]

_MARK = {"done": "ok", "failed": "FAIL"}


def status_table(out: Path) -> str:
    """The ledger as a table: one row per recording, then inputs that could not be read."""
    ledger = Ledger(out, readonly=True)
    try:
        names: dict[str, str] = {}
        unreadable = []
        for path, sha, error in ledger.sources():
            if sha:
                names.setdefault(sha, path)
            elif error:
                unreadable.append((path, error))
        header = ["#", "input", "status", *STAGES, "min", "tries", "fails", "seconds", "error"]
        rows = []
        for i, rec in enumerate(ledger.recordings(), 1):
            stages = ledger.stages(rec.sha256)
            marks = [_MARK.get(stages[s][0], stages[s][0]) if s in stages else "-" for s in STAGES]
            seconds = sum(v[1] or 0.0 for v in stages.values() if v[0] == "done")
            status = rec.status + (f" ({rec.stage})" if rec.status in ("running", "pending") and rec.stage else "")
            rows.append([str(i), names.get(rec.sha256, rec.folder), status, *marks,
                         f"{rec.duration / 60:.1f}" if rec.duration else "-", str(rec.tries), str(rec.failures),
                         f"{seconds:.0f}", rec.error or ""])
        widths = [max(len(r[c]) for r in [header, *rows]) for c in range(len(header) - 1)]
        lines = ["  ".join(v.ljust(w) for v, w in zip(r, widths, strict=False)) + "  " + r[-1]
                 for r in [header, *rows]]
        counts = {s: sum(r.status == s for r in ledger.recordings()) for s in ("done", "pending", "running", "failed")}
        lines.append("")
        lines.append(f"{len(rows)} recording(s): " + ", ".join(f"{n} {s}" for s, n in counts.items() if n))
        for path, error in unreadable:
            lines.append(f"not processed: {path}: {error}")
        return "\n".join(lines).rstrip() + "\n"
    finally:
        ledger.close()
