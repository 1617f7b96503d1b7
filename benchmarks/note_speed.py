"""Note speed on a long session: the sample dialogues joined into one transcript.

    .venv/bin/python -m benchmarks.note_speed --minutes 10 [--quantize auto|none|int8|int8-mlp]
                                              [--cpu-matmul onednn|default] [--json OUT]

Builds a transcript from the samples' reference turns (real times, shifted so
the sessions follow each other) until it lasts ``--minutes``, then drafts one
ot-progress note with the embedded model and reports the load time, prompt
tokens, prefill and decode tokens per second, the number of chunks, the total
note time, items and unsupported items. No transcript or note text is printed.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from dataclasses import replace
from pathlib import Path

from benchmarks.common import SAMPLES_DIR, command, describe
from pipeline.config import load_settings
from pipeline.evaluate.notes import load_samples
from pipeline.runner import Runner
from pipeline.schema import Transcript, segment_id


def long_transcript(minutes: float) -> Transcript:
    sessions = [t for _, t, _ in load_samples(SAMPLES_DIR)]
    segs, offset, i = [], 0.0, 0
    while offset < minutes * 60:
        tr = sessions[i % len(sessions)]
        for s in tr.segments:
            segs.append(replace(s, id=segment_id(len(segs)), start=s.start + offset, end=s.end + offset))
        offset += tr.duration
        i += 1
    speakers = sessions[0].speakers
    return Transcript(tuple(segs), "en", duration=offset, speakers=speakers)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--minutes", type=float, default=10)
    ap.add_argument("--quantize", default=None)
    ap.add_argument("--cpu-matmul", default=None, help="onednn (the default) or default (torch's nn.Linear)")
    ap.add_argument("--passes", default=None)
    ap.add_argument("--style", default=None)
    ap.add_argument("--json", type=Path)
    a = ap.parse_args()
    settings = load_settings(None, {"note": {"quantize": a.quantize, "passes": a.passes, "style": a.style,
                                             "cpu_matmul": a.cpu_matmul}})
    tr = long_transcript(a.minutes)
    runner = Runner(settings)  # the note step of scribe run
    t0 = time.monotonic()
    writer = runner.note_writer
    load_s = time.monotonic() - t0
    t1 = time.monotonic()
    note = runner.draft_note(tr)
    note_s = time.monotonic() - t1
    gens = note.models["note"]["generations"]
    words = sum(len(s.text.split()) for s in tr.segments)
    out = {
        "date": time.strftime("%Y-%m-%d"), "machine": describe(),
        "command": command("note_speed", *sys.argv[1:]),
        "model": settings.note.model, "quantize": writer.gen.quantize, "int8_layers": writer.gen.quantized_layers,
        "cpu_matmul": writer.gen.cpu_matmul, "packed_layers": writer.gen.packed_layers, "passes": settings.note.passes, "style": settings.note.style,
        "audio_minutes": round(tr.duration / 60, 1), "segments": len(tr.segments), "words": words,
        "load_s": round(load_s, 1), "note_s": round(note_s, 1), "chunks": note.models["note"]["chunks"],
        "prompt_tokens": sum(g["prompt_tokens"] for g in gens),
        "cached_tokens": sum(g["cached_tokens"] for g in gens),
        "new_tokens": sum(g["new_tokens"] for g in gens), "forced_tokens": sum(g["forced_tokens"] for g in gens),
        "prefill_s": round(sum(g["prefill_s"] for g in gens), 1), "decode_s": round(sum(g["decode_s"] for g in gens), 1),
        "items": len(note.items),
        "unsupported": len(note.unsupported),
    }
    out["prefill_tok_s"] = round((out["prompt_tokens"] - out["cached_tokens"]) / max(out["prefill_s"], 1e-9), 1)
    out["decode_tok_s"] = round(out["new_tokens"] / max(out["decode_s"], 1e-9), 2)
    print(json.dumps(out, indent=1))
    if a.json:
        a.json.write_text(json.dumps(out, indent=1) + "\n")


if __name__ == "__main__":
    main()
