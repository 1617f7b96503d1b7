"""DER and speed of a diarization backend on the sample sessions and the shared reference audio.

    .venv/bin/python -m benchmarks.diarization [--backend embedded] [--sets dev,test,...] [--out benchmarks/diarization.md]

Sets (each skipped cleanly when absent):
- ``dev`` and ``test``: the synthetic corpus of samples/make_corpus.py (generated into .cache/corpus
  when absent; needs espeak-ng and sox): parameters are chosen on dev, test is never tuned on;
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


def corpus(split: str) -> Path | None:
    """The corpus split's folder, generated when absent (None when it cannot be)."""
    folder = ROOT / ".cache" / "corpus" / split
    if not any(folder.glob("*.flac")):
        import subprocess

        r = subprocess.run([sys.executable, str(ROOT / "samples" / "make_corpus.py"), "--split", split], check=False)
        if r.returncode:
            print(f"skipping {split}: the corpus could not be generated", file=sys.stderr)
            return None
    return folder


def sets(wanted: set[str] | None = None) -> list[tuple[str, Path, dict[str, list[SpeakerTurn]]]]:
    out = []
    for split in ("dev", "test"):
        if wanted is None or split in wanted:
            folder = corpus(split)
            if folder is not None:
                out.append((split, folder, der.read_rttms([folder / "*.rttm"])))
    rttms = sorted((ROOT / "samples").glob("*.rttm"))
    if rttms:
        out.append(("samples", ROOT / "samples", der.read_rttms(rttms)))
    if wanted is not None and "samples" not in wanted:
        out = [o for o in out if o[0] != "samples"]
    for name, rttm in (("sample.wav", "sample.rttm"), ("ami", "ami_train.rttm")):
        if wanted is not None and name not in wanted:
            continue
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


def oracle_turns(ref: list[SpeakerTurn], duration: float, speech: list[tuple[float, float]] | None = None
                 ) -> list[SpeakerTurn]:
    """The best one-speaker-at-a-time output: every 10 ms frame of reference speech (or, given ``speech``,
    every frame of those regions) labelled with a reference speaker talking then (the one whose turn
    began first; a frame with none takes the nearest turn's speaker, a false alarm either way)."""
    n = int(np.ceil(duration * 100)) + 1
    lab = np.full(n, -1)
    began = np.full(n, np.inf)
    names = sorted({t.speaker for t in ref})
    for t in ref:
        a, b = round(t.start * 100), round(t.end * 100)
        take = t.start < began[a:b]
        lab[a:b][take], began[a:b][take] = names.index(t.speaker), t.start
    if speech is not None:
        keep = np.zeros(n, dtype=bool)
        for a, b in speech:
            keep[round(a * 100):round(b * 100)] = True
        has = np.flatnonzero(lab >= 0)
        if len(has):
            fill = has[np.clip(np.searchsorted(has, np.arange(n)), 0, len(has) - 1)]
            lab = np.where(keep & (lab < 0), lab[fill], lab)
        lab = np.where(keep, lab, -1)
    out, i = [], 0
    while i < n:
        j = i
        while j < n and lab[j] == lab[i]:
            j += 1
        if lab[i] >= 0:
            out.append(SpeakerTurn(i / 100, j / 100, names[lab[i]]))
        i = j
    return out


def bounds(diarizer, files: dict[str, Path], refs: dict[str, list[SpeakerTurn]]) -> str:
    """What bounds a set's DER: the mean DER of the best one-speaker-at-a-time output with perfect speech
    detection (what overlap alone costs), and with the diarizer's own speech detector (VAD + overlap)."""
    over, vad = [], []
    for uri, path in files.items():
        audio = load(path)
        over.append(der.score_file(uri, refs[uri], oracle_turns(refs[uri], audio.duration), audio.duration))
        regions = diarizer.speech_regions(audio)
        vad.append(der.score_file(uri, refs[uri], oracle_turns(refs[uri], audio.duration, regions), audio.duration))
    o, v = der.DiarizationReport(tuple(over)), der.DiarizationReport(tuple(vad))
    return (f"overlap alone: mean {pct(o.mean_der)} % / overall {pct(o.der)} %; with this speech detector: "
            f"mean {pct(v.mean_der)} % / overall {pct(v.der)} % (miss {pct(v.missed)}, FA {pct(v.false_alarm)})")


def pct(x: float) -> str:
    return f"{x * 100:.1f}"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--backend", default="embedded")
    ap.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "diarization.md")
    ap.add_argument("--sets", help="comma-separated: dev, test, samples, sample.wav, ami (default: all)")
    ap.add_argument("--no-true-count", action="store_true", help="score each set with the count estimated only")
    ap.add_argument("--option", action="append", default=[], metavar="NAME=VALUE",
                    help="a diarizer option, e.g. encoders=ge2e (the embedded diarizer before ECAPA)")
    ap.add_argument("--no-speed", action="store_true", help="skip the 10-minute speed run")
    args = ap.parse_args()
    wanted = set(args.sets.split(",")) if args.sets else None
    options = dict(o.split("=", 1) for o in args.option)
    t0 = time.perf_counter()
    diarizer = make_diarizer(args.backend, **options)
    load_s = time.perf_counter() - t0

    summary = [("| set | files | speaker count | overall DER % | mean DER % | worst file DER % | miss % | FA % | "
                "conf % | mean JER % | count right | RTF |"), "| --- " * 12 + "|"]
    model: dict = {}
    limits: list[str] = []
    per_file = ["| set | file | dur s | DER % | miss % | FA % | conf % | JER % | ref spk | hyp spk |",
                "| --- " * 10 + "|"]
    for name, folder, refs in sets(wanted):
        files = der.find_audio(folder, refs)
        if not files:
            print(f"skipping {name}: no audio", file=sys.stderr)
            continue
        for mode in ("estimated",) if args.no_true_count else ("estimated", "true"):
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
                           f"{pct(max(f.der for f in r.files))} | {pct(r.missed)} | {pct(r.false_alarm)} | {pct(r.confusion)} | "
                           f"{pct(r.mean_jer)} | "
                           f"{r.count_exact}/{len(r.files)} | {run.rtf:.3f} |")
            print(summary[-1], flush=True)
            if mode == "estimated":
                limits.append(f"- {name}: {bounds(diarizer, files, refs)}")
                per_file += [f"| {name} | {f.uri} | {f.duration:.1f} | {pct(f.der)} | {pct(f.missed)} | "
                             f"{pct(f.false_alarm)} | {pct(f.confusion)} | {pct(f.jer)} | "
                             f"{f.reference_speakers} | {f.hypothesis_speakers} |" for f in r.files]
                model = run.model

    speed = "10-minute speed run skipped: the sample sessions are absent."
    longrun = long_session() if (wanted is None or "samples" in wanted) and not args.no_speed else None
    if longrun is not None:
        audio, ref = longrun
        load0 = os.getloadavg()[0]
        t1 = time.perf_counter()
        hyp = diarizer.diarize(audio)
        sec = time.perf_counter() - t1
        # the bare tools in the same run: the Silero VAD and one GE2E pass over the speech in 2 s windows
        t2 = time.perf_counter()
        regions = diarizer.speech_regions(audio)
        diarizer.encoder.embed_windows(audio.samples, diarizer.windows(regions, 2.0, 2.0))
        fused = getattr(diarizer, "fused", False)
        if fused:  # and one ECAPA pass over the clustering units
            diarizer.ecapa.embed_windows(audio.samples, diarizer.units(regions))
        bare = time.perf_counter() - t2
        f = der.score_file("long", ref, hyp, audio.duration)
        speed = (f"10-minute session (samples 01, 02, 03, 01, 02 joined, cut at {audio.duration:.0f} s; "
                 f"diarization only, decoding excluded): {sec:.1f} s, "
                 f"real-time factor {sec / audio.duration:.3f} (load average {load0:.1f} at the start; "
                 f"{sec / bare:.1f}x a bare VAD + one GE2E pass over the speech"
                 f"{' + one ECAPA pass over the units' if fused else ''} in the same run, {bare:.1f} s); "
                 f"DER {pct(f.der)} % (miss {pct(f.missed)}, "
                 f"FA {pct(f.false_alarm)}, conf {pct(f.confusion)}), "
                 f"{f.hypothesis_speakers} speakers found of {f.reference_speakers}.")
        print(speed)

    stamp = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    command = "`.venv/bin/python -m benchmarks.diarization" + (
        f" --backend {args.backend}" if args.backend != "embedded" else "") + (
        f" --sets {args.sets}" if args.sets else "") + (" --no-true-count" if args.no_true_count else "") + "".join(
        f" --option {o}" for o in args.option) + (" --no-speed" if args.no_speed else "") + "`"
    params = ", ".join(f"{k}={v}" for k, v in model.items()
                       if k not in ("backend", "num_speakers", "min_speakers", "max_speakers"))
    text = [
        f"## {stamp}",
        (f"Machine: {machine()}. Command: {command}. Backend: {args.backend} (loaded in {load_s:.1f} s); "
        f"{params}. DER from pyannote.metrics, collar 0, overlapping speech scored; "
        "overall DER = total error / total reference speech; "
        "RTF = diarization seconds / audio seconds (decoding excluded)."),
        "", *summary, "", speed, "",
        "Lower bounds of DER for an output with one speaker at a time (perfect labelling):", "", *limits, "",
        "Per file, speaker count estimated:", "", *per_file, "",
    ]
    if not args.out.exists():
        args.out.write_text("# Diarization error rate and speed\n\nAppended by `benchmarks/diarization.py`; "
                            "see the script's docstring for the sets.\n\n", encoding="utf-8")
    with args.out.open("a", encoding="utf-8") as fh:
        fh.write("\n".join(text) + "\n")
    print(f"appended to {args.out}")


if __name__ == "__main__":
    main()
