"""Goal results of the sample client's three sessions (samples/client/), with the real embedded note model.

    python -m benchmarks.goals --mode text  [--keep DIR]                     # the reference transcripts
    python -m benchmarks.goals --mode audio [--config config.example.toml]   # the audio, the whole pipeline

The clinic's workflow, session by session in date order, in a fresh data folder: the plan of care
imported (samples/client/plan.toml), the session drafted for client C-0042 (text: from its reference
turns; audio: `scribe batch --clients` through the Batch driver, ASR, diarization, roles and the note), the
draft's report on the plan checked against the reference (NAME.facts.json ``goals``), then the note
approved (``scribe approve``: its report computed again against the earlier approved sessions and
stored), and checked again. Prints per-result rows, the recall of the results (every field right:
addressed, measure, assistance where the reference names one, status against the target, evidence on the
reference turn) and of each field, the proposed goals the reference does not expect, the seconds per
note, and `scribe clients progress` at the end. Nothing of the transcript is printed beyond the results.
"""

from __future__ import annotations

import argparse
import json
import os
import tempfile
import time
from pathlib import Path

from benchmarks.common import ROOT, describe

os.environ.setdefault("HF_HUB_OFFLINE", "1")

CLIENT = "C-0042"
SESSIONS = ("noah_session_1", "noah_session_2", "noah_session_3")


def load() -> str:
    return " ".join(Path("/proc/loadavg").read_text().split()[:3])


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--mode", choices=("text", "audio"), default="text")
    p.add_argument("--config", type=Path, help="settings file (audio: default config.example.toml)")
    p.add_argument("--keep", type=Path, help="keep the data folder and outputs here")
    p.add_argument("--json", type=Path, help="also write the checks as JSON here")
    args = p.parse_args()

    from pipeline.batch import Batch
    from pipeline.batch.progress import Progress
    from pipeline.clients.approve import approve_folder
    from pipeline.clients.context import load_context
    from pipeline.clients.model import GoalReport
    from pipeline.clients.plan import read_plan
    from pipeline.clients.progress import table
    from pipeline.clients.store import ClientStore
    from pipeline.config import load_settings
    from pipeline.evaluate.goals import compare, extra_proposed, reference_transcript, summary
    from pipeline.evaluate.goals import load as load_ref
    from pipeline.outputs import write_transcript
    from pipeline.runner import Runner

    folder = ROOT / "samples" / "client"
    config = args.config or (ROOT / "config.example.toml" if args.mode == "audio" else None)
    settings = load_settings(config)
    tmp = tempfile.TemporaryDirectory(prefix="goals_")
    out = args.keep or Path(tmp.name)
    store = ClientStore(out / "data")
    store.import_plan(read_plan(folder / "plan.toml"), who="benchmark")
    runner = Runner(settings)
    print(f"machine: {describe()}; load before: {load()}; mode {args.mode}; config {config}")
    rows, draft_checks, approved_checks, extra, seconds = [], [], [], [0, 0], []
    for name in SESSIONS:
        ref, facts = load_ref(folder, name)
        ctx = load_context(store, CLIENT, facts["date"])
        t0 = time.monotonic()
        if args.mode == "text":
            transcript = reference_transcript(ref)
            where = out / "notes" / name
            write_transcript(transcript, where, ("json",))
            note = runner.draft_note(transcript, client=ctx)
            runner.save_note(note, transcript, where)
        else:
            flac = folder / f"{name}.flac"
            job = Batch(out / "work", runner, with_note=True, progress=Progress(bar=False), clients={flac: ctx})
            outcome = job.run([flac])[0]
            if outcome.status != "done":
                raise SystemExit(f"{name}: {outcome.status}: {outcome.message}")
            where = out / "work" / outcome.folder
        seconds.append(time.monotonic() - t0)
        draft = GoalReport.from_dict(json.loads((where / "note.json").read_text())["client"])
        approved_note = approve_folder(where, "benchmark", store, runner.template, confirm_unsupported=True)
        approved = GoalReport.from_dict(approved_note.client)
        for label, rep, bucket, k in (("draft", draft, draft_checks, 0), ("approved", approved, approved_checks, 1)):
            checks = compare(rep, ref, facts)
            bucket += checks
            extra[k] += extra_proposed(rep, ref, facts)
            for c in checks:
                rows.append((name, label, c))
    print(f"load after: {load()}; seconds per session (draft, model load included in the first): "
          + ", ".join(f"{s:.0f}" for s in seconds))
    print("\n| session | goal | reference | draft | approved |\n| --- | --- | --- | --- | --- |")
    by = {}
    for name, label, c in rows:
        by.setdefault((name, c.goal, json.dumps(c.want, sort_keys=True)), {})[label] = c
    for (name, goal, _w), got in by.items():
        want = got["draft"].want
        ref_words = ("not addressed" if not want.get("addressed", True) else
                     f"{want.get('measure', '')}" + (f" ({want['assistance']})" if want.get("assistance") else "")
                     + (f": {want['status']}" if want.get("status") else "")
                     + (f" [{want['text']}]" if want.get("text") else ""))

        def cell(c) -> str:
            bad = [k for k, ok in c.ok.items() if not ok]
            return ("ok: " if not bad else f"WRONG {'/'.join(bad)}: ") + c.got

        print(f"| {name[-1]} | {goal} | {ref_words} | {cell(got['draft'])} | {cell(got['approved'])} |")
    for label, checks, k in (("draft", draft_checks, 0), ("approved", approved_checks, 1)):
        s = summary(checks)
        fields = ", ".join(f"{f} {a}/{b}" for f, (a, b) in ((f, s[f]) for f in
                                                           ("addressed", "measure", "assistance", "status",
                                                            "evidence")))
        print(f"\n{label}: {s['right']}/{s['results']} results right ({100 * s['recall']:.1f} %); {fields}; "
              f"proposed goals not in the reference: {extra[k]}")
    print("\n" + table(store, CLIENT))
    if args.json:
        args.json.write_text(json.dumps([{"session": n, "stage": lab, "goal": c.goal, "ok": c.ok, "got": c.got}
                                         for n, lab, c in rows], indent=1))
    store.close()
    tmp.cleanup()


if __name__ == "__main__":
    main()
