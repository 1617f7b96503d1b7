"""DER and speed of a diarization backend on the sample sessions and the shared reference audio.

    .venv/bin/python -m benchmarks.diarization [--backend embedded] [--out benchmarks/diarization.md]

Sets (each skipped cleanly when absent):
- ``samples``: the committed synthetic sessions samples/*.flac with samples/*.rttm;
- ``sample.wav``: ../shared/data/audio/sample.wav (2 speakers, telephone) with sample.rttm;
- ``ami``: ../shared/data/audio/ami_trn01..09.wav with ami_train.rttm (1 to 4 speakers, overlap).

Each set is scored twice, with the speaker count estimated and with the true count given
(pyannote.metrics, collar 0, overlap scored). Then a 10-minute recording made by joining
the sample sessions (01, 02, 03, 01, 02, cut at 600 s) measures speed (and DER) on this
machine. Appends a dated table with the machine and the command to the output file.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import numpy as np

from benchmarks.common import (
    ROOT,
    describe,
)
from pipeline.audio import load
from pipeline.diarize import make_diarizer
from pipeline.evaluate import der
from pipeline.schema import Audio, SpeakerTurn

SHARED = Path(os.environ.get("SCRIBE_SHARED_DATA", ROOT.parent / "shared" / "data")) / "audio"
LONG_SECONDS = 600.0


def machine() -> str:
    return describe(torch_threads=True)


def sets() -> list[tuple[str, Path, dict[str, list[SpeakerTurn]]]]:
    out = []
    rttms = sorted((ROOT / "samples").glob("*.rttm"))
    if rttms:
        out.append(("samples", ROOT / "samples", der.read_rttms(rttms)))
    for name, rttm in (("sample.wav", "sample.rttm"), ("ami", "ami_train.rttm")):
        if (SHARED / rttm).is_file():
            out.append((name, SHARED, der.read_rttm(SHARED / rttm)))
        else:
            print(f"skipping {name}: {SHARED / rttm} is absent", file=sys.stderr)
    return out


def long_session() -> tuple[Audio, list[SpeakerTurn]] | None:
    names = ["ot_session_01", "ot_session_02", "ot_session_03", "ot_session_01", "ot_session_02"]
    if not all((ROOT / "samples" / f"{n}.flac").is_file() for n in names[:3]):
        return None
    pieces, ref, offset = [], [], 0.0
    for n in names:
        a = load(ROOT / "samples" / f"{n}.flac")
        turns = der.read_rttm(ROOT / "samples" / f"{n}.rttm")[n]
        pieces.append(a.samples)
        ref += [SpeakerTurn(t.start + offset, t.end + offset, t.speaker) for t in turns]
        offset += a.duration
    x = np.concatenate(pieces)[: int(LONG_SECONDS * 16000)]
    ref = [SpeakerTurn(t.start, min(t.end, LONG_SECONDS), t.speaker) for t in ref if t.start < LONG_SECONDS]
    return Audio(samples=x, sample_rate=16000, duration=len(x) / 16000, sha256=""), ref


def pct(x: float) -> str:
    return f"{x * 100:.1f}"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--backend", default="embedded")
    ap.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "diarization.md")
    args = ap.parse_args()
    t0 = time.perf_counter()
    diarizer = make_diarizer(args.backend)
    load_s = time.perf_counter() - t0

    summary = [("| set | files | speaker count | overall DER % | mean DER % | miss % | FA % | conf % | "
               "mean JER % | count right | RTF |"), "| --- " * 11 + "|"]
    model: dict = {}
    per_file = ["| set | file | dur s | DER % | miss % | FA % | conf % | JER % | ref spk | hyp spk |",
                "| --- " * 10 + "|"]
    for name, folder, refs in sets():
        files = der.find_audio(folder, refs)
        if not files:
            print(f"skipping {name}: no audio", file=sys.stderr)
            continue
        for mode in ("estimated", "true"):
            counts = {u: len({t.speaker for t in refs[u]}) for u in files}
            if mode == "estimated":
                run = der.run_diarizer(diarizer, files, refs)
            else:  # one file at a time, each with its own count
                runs = [der.run_diarizer(diarizer, {u: p}, refs, num_speakers=counts[u])
                        for u, p in files.items()]
                run = der.DiarizationRun(
                    der.DiarizationReport(tuple(f for r in runs for f in r.report.files)),
                    {k: v for r in runs for k, v in r.seconds.items()},
                    {k: v for r in runs for k, v in r.durations.items()}, runs[-1].model, {})
            r = run.report
            summary.append(f"| {name} | {len(r.files)} | {mode} | {pct(r.der)} | {pct(r.mean_der)} | "
                           f"{pct(r.missed)} | {pct(r.false_alarm)} | {pct(r.confusion)} | "
                           f"{pct(r.mean_jer)} | "
                           f"{r.count_exact}/{len(r.files)} | {run.rtf:.3f} |")
            print(summary[-1], flush=True)
            if mode == "estimated":
                per_file += [f"| {name} | {f.uri} | {f.duration:.1f} | {pct(f.der)} | {pct(f.missed)} | "
                             f"{pct(f.false_alarm)} | {pct(f.confusion)} | {pct(f.jer)} | "
                             f"{f.reference_speakers} | {f.hypothesis_speakers} |" for f in r.files]
                model = run.model

    speed = "10-minute speed run skipped: the sample sessions are absent."
    longrun = long_session()
    if longrun is not None:
        audio, ref = longrun
        t1 = time.perf_counter()
        hyp = diarizer.diarize(audio)
        sec = time.perf_counter() - t1
        f = der.score_file("long", ref, hyp, audio.duration)
        speed = (f"10-minute session (samples 01, 02, 03, 01, 02 joined, cut at {audio.duration:.0f} s; "
                 f"diarization only, decoding excluded): {sec:.1f} s, "
                 f"real-time factor {sec / audio.duration:.3f}; DER {pct(f.der)} % (miss {pct(f.missed)}, "
                 f"FA {pct(f.false_alarm)}, conf {pct(f.confusion)}), "
                 f"{f.hypothesis_speakers} speakers found of {f.reference_speakers}.")
        print(speed)

    stamp = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    command = "`.venv/bin/python -m benchmarks.diarization" + (
        f" --backend {args.backend}`" if args.backend != "embedded" else "`")
    params = ", ".join(f"{k}={v}" for k, v in model.items()
                       if k not in ("backend", "num_speakers", "min_speakers", "max_speakers"))
    text = [
        f"## {stamp}",
        (f"Machine: {machine()}. Command: {command}. Backend: {args.backend} (loaded in {load_s:.1f} s); "
        f"{params}. DER from pyannote.metrics, collar 0, overlapping speech scored; "
        "overall DER = total error / total reference speech; "
        "RTF = diarization seconds / audio seconds (decoding excluded)."),
        "", *summary, "", speed, "", "Per file, speaker count estimated:", "", *per_file, "",
    ]
    if not args.out.exists():
        args.out.write_text("# Diarization error rate and speed\n\nAppended by `benchmarks/diarization.py`; "
                            "see the script's docstring for the sets.\n\n", encoding="utf-8")
    with args.out.open("a", encoding="utf-8") as fh:
        fh.write("\n".join(text) + "\n")
    print(f"appended to {args.out}")


if __name__ == "__main__":
    main()
