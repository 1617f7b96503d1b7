"""Therapist-enrollment similarities on the sample sessions.

    .venv/bin/python -m benchmarks.enrollment

Enrolls the therapist from the last sample's reference therapist turns, then
diarizes each other sample with the embedded diarizer and prints each speaker's
cosine similarity to the profile (the match threshold is RolesSettings.threshold).
Appends a dated table to benchmarks/enrollment.md.
"""

from __future__ import annotations

import argparse
import json
from datetime import datetime, timezone

import numpy as np

from benchmarks.common import (
    ROOT,
    describe,
)
from pipeline import profiles
from pipeline.audio import load
from pipeline.config import RolesSettings
from pipeline.diarize.embedded import EmbeddedDiarizer


def main() -> None:
    argparse.ArgumentParser(description=__doc__.split("\n")[0]).parse_args()  # --help, and no stray argument
    samples = sorted((ROOT / "samples").glob("*.flac"))
    diarizer = EmbeddedDiarizer()
    enc = diarizer.encoder
    src = samples[-1]
    ref = json.loads(src.with_suffix(".json").read_text())
    a = load(src)
    spans = [(t["start"], t["end"]) for t in ref["turns"] if t["speaker"] == "THERAPIST"]
    profile = profiles.mean_embedding(enc, a, spans)
    rows = []
    for s in samples[:-1]:
        r = json.loads(s.with_suffix(".json").read_text())
        audio = load(s)
        d = diarizer.diarize(audio)
        emb = profiles.speaker_embeddings(enc, audio, d)
        for spk, v in sorted(emb.items()):
            over: dict[str, float] = {}
            for t in d.turns:
                if t.speaker != spk:
                    continue
                for x in r["turns"]:
                    o = min(t.end, x["end"]) - max(t.start, x["start"])
                    if o > 0:
                        over[x["role"]] = over.get(x["role"], 0.0) + o
            role = max(over, key=over.get) if over else "?"
            rows.append((s.stem, spk, role, float(np.dot(v, profile))))
            print(rows[-1], flush=True)
    lines = [
        f"\n## {datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC",
        f"Machine: {describe()}. Command: `.venv/bin/python -m benchmarks.enrollment`. Profile from the "
        f"therapist turns of {src.stem}; threshold {RolesSettings().threshold}.\n",
        "| session | speaker | reference role (most overlap) | cosine similarity to the profile |",
        "| --- | --- | --- | --- |",
    ] + [f"| {a} | {b} | {c} | {d:.3f} |" for a, b, c, d in rows]
    out = ROOT / "benchmarks" / "enrollment.md"
    head = "" if out.exists() else "# Therapist enrollment: profile similarity per speaker\n"
    with open(out, "a", encoding="utf-8") as f:
        f.write(head + "\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
