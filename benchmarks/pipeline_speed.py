"""Speed of every pipeline stage, with bare faster-whisper side by side in the same run.

    .venv/bin/python -m benchmarks.pipeline_speed [--sessions samples,ami,10,60]
        [--model tiny.en --model base] [--note] [--repeats N] [--json OUT] [--append]

Sessions: ``samples`` = the three committed sample sessions (``samples/ot_session_0{1,2,3}.flac``, one
row each); ``10`` / ``60`` = a synthetic session of that many minutes, the samples joined in turn
(01, 02, 03, 01, ...) and cut at exactly 10 or 60 minutes, written to a temporary FLAC that is
deleted afterwards; ``ami`` = the AMI meeting excerpts of ``../shared/data/audio`` (real recordings,
9 x 30 s, 4.5 minutes) joined (only where that data is). Default: ``samples,10`` with tiny.en and
base.

Every (session, model) configuration runs in two fresh subprocesses of this script:

1. ``pipeline``: the clinic pipeline as ``scribe run --config config.example.toml`` runs it
   (``pipeline.runner.Runner`` with ``load_settings(config.example.toml)``, the ASR model overridden
   to the one under test: hotwords on, beam 5, batch 8, language en, Silero VAD). Stages, each timed
   on its own: decode (``Runner.decode`` = ``pipeline.audio.load``, in its isolated decoder
   process), ASR (``Runner.transcriber.transcribe``), diarization (``Runner.diarize``), roles
   (``Runner.label``: word-speaker alignment + roles), note (``Runner.draft_note``, only with
   ``--note`` and only on the sample sessions). VAD runs *inside* the ASR stage (the transcriber
   computes its own Silero VAD windows first): the VAD column is the same call
   (``transcriber.speech_regions(audio)``) timed separately on the same audio, so it is part of,
   not added to, the ASR seconds. End to end = decode + ASR + diarization + roles (+ note); model
   loading is excluded from every stage and from end to end (reported in the JSON). Peak RSS is this
   process's ``ru_maxrss`` at its end (the decoder process's own peak is in the JSON).
2. ``compare``: on the same decoded 16 kHz float32 array, our transcriber with hotwords off
   (otherwise the clinic settings) and the bare baselines on the same model folder
   (``pipeline.models.resolve_whisper``), same device, compute type (int8 on CPU), cpu_threads,
   beam 5, language en, no hotwords:
   (a) ``WhisperModel.transcribe(audio, beam_size=5, vad_filter=True, word_timestamps=True)``;
   (b) ``BatchedInferencePipeline(model).transcribe(audio, batch_size=8, beam_size=5,
   word_timestamps=True)``; both generators consumed fully. ``ours/batched`` = our no-hotwords
   seconds / (b)'s seconds, measured back to back in this one process (ratios hold on a noisy
   machine; absolute seconds do not). The three run ``--repeats`` times (default 2), in reversed
   order every other round (ours, batched, sequential, sequential, batched, ours), and the fastest
   of each is kept. The clinic ASR of the pipeline process runs once.

Every ASR model instance first transcribes the session's first 30 s once (untimed warm-up: model
and VAD first-call costs are not charged to whichever runs first). Nothing of the transcript or the
note is printed or written: only timings, counts of segments and words, and memory.

RTF = stage seconds / audio seconds; RTFx = audio seconds / stage seconds. Targets (issue 6, CPU):
ASR RTFx >= 20 with tiny.en, >= 12 with base. GPU peak memory: ``torch.cuda.max_memory_allocated``
when CUDA is available (it does not see CTranslate2's own CUDA allocations), else "-".
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import resource
import shlex
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from benchmarks.common import CONFIG, ROOT, SAMPLES, describe

OUT_MD = ROOT / "benchmarks" / "speed.md"
TARGETS = {"tiny.en": 20.0, "base": 12.0}  # ASR RTFx on CPU (issue 6)
WARMUP_SECONDS = 30.0
SR = 16000


# ------------------------------------------------------------------ helpers


def rss_gib(kib: int) -> float:
    return kib / 2**20  # Linux ru_maxrss is in KiB


def gpu_peak_gib() -> float | None:
    try:
        import torch
    except ImportError:
        return None
    if not torch.cuda.is_available():
        return None
    return torch.cuda.max_memory_allocated() / 2**30


def timed(fn, *args, **kwargs) -> tuple[Any, float]:
    t0 = time.perf_counter()
    out = fn(*args, **kwargs)
    return out, time.perf_counter() - t0


def head(audio: Any, seconds: float) -> Any:
    from pipeline.schema import Audio

    x = audio.samples[: int(seconds * audio.sample_rate)].copy()
    return Audio(samples=x, sample_rate=audio.sample_rate, duration=len(x) / audio.sample_rate, sha256="")


def consume(result: tuple[Any, Any]) -> tuple[int, int]:
    """Run a faster-whisper generator to its end; (segments, words)."""
    segments, _info = result
    n_seg = n_words = 0
    for s in segments:
        n_seg += 1
        n_words += len(s.words or ())
    return n_seg, n_words


def clinic_settings(model: str, hotwords: bool = True) -> Any:
    from pipeline.config import load_settings

    s = load_settings(CONFIG, {"asr": {"model": model}})
    if not hotwords:
        s = replace(s, asr=replace(s.asr, hotwords=None))
    return s


# ------------------------------------------------------------------ workers


def worker_pipeline(path: Path, model: str, with_note: bool) -> dict[str, Any]:
    from pipeline import audio as audio_mod
    from pipeline.runner import Runner

    runner = Runner(clinic_settings(model))
    out: dict[str, Any] = {}
    audio, out["decode_s"] = timed(runner.decode, path)
    out["audio_s"] = audio.duration

    tr, out["asr_load_s"] = timed(lambda: runner.transcriber)
    _, out["asr_warmup_s"] = timed(tr.transcribe, head(audio, WARMUP_SECONDS))
    regions, out["vad_s"] = timed(tr.speech_regions, audio)  # the call the ASR stage makes first
    out["speech_s"] = sum(e - s for s, e in regions)
    transcript, out["asr_s"] = timed(tr.transcribe, audio)
    out["asr_inside"] = dict(tr.phases)  # the transcriber's own seconds per phase: vad, first_pass, ...
    out["asr_segments"] = len(transcript.segments)
    out["asr_words"] = sum(len(s.words) for s in transcript.segments)
    out["asr_warnings"] = len(transcript.warnings)
    out["asr_settings"] = transcript.models["asr"]

    diarizer, out["diarize_load_s"] = timed(lambda: runner.diarizer)
    if hasattr(diarizer, "speech_regions"):  # its VAD, the same call timed apart (inside diarize_s)
        _, out["diarize_vad_s"] = timed(diarizer.speech_regions, audio)
    diarization, out["diarize_s"] = timed(runner.diarize, audio)
    out["speakers_found"] = len({t.speaker for t in diarization.turns})
    labelled, out["roles_s"] = timed(runner.label, audio, transcript, diarization)
    out["roles_speakers"] = len(labelled.speakers)

    out["note_s"] = None
    if with_note:
        _, out["note_load_s"] = timed(lambda: runner.note_writer)
        note, out["note_s"] = timed(runner.draft_note, labelled)
        out["note_items"] = len(note.items)
        out["note_unsupported"] = len(note.unsupported)

    out["end_to_end_s"] = out["decode_s"] + out["asr_s"] + out["diarize_s"] + out["roles_s"] + (out["note_s"] or 0.0)
    out["peak_rss_gib"] = rss_gib(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
    audio_mod.shutdown()  # the decoder process ends and is waited for: RUSAGE_CHILDREN sees it
    out["decoder_peak_rss_gib"] = rss_gib(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
    out["gpu_peak_gib"] = gpu_peak_gib()
    return out


def worker_compare(path: Path, model: str, repeats: int) -> dict[str, Any]:
    from faster_whisper import BatchedInferencePipeline, WhisperModel

    from pipeline import audio as audio_mod
    from pipeline.models import resolve_whisper
    from pipeline.runner import Runner

    settings = clinic_settings(model, hotwords=False)
    audio = audio_mod.load(path)  # the same decoded 16 kHz float32 array the pipeline sees
    audio_mod.shutdown()
    out: dict[str, Any] = {"audio_s": audio.duration}
    ours = Runner(settings).transcriber
    folder = resolve_whisper(model).path  # a ResolvedModel; .path is the CTranslate2 folder
    bare, out["bare_load_s"] = timed(WhisperModel, str(folder), device=ours.device,
                                     compute_type=ours.compute_type, cpu_threads=ours.cpu_threads)
    batched = BatchedInferencePipeline(bare)
    out["bare"] = {"folder_same": str(folder) == str(ours.resolved.path), "device": ours.device,
                   "compute_type": ours.compute_type, "cpu_threads": ours.cpu_threads}
    lang = settings.asr.language
    common = dict(beam_size=settings.asr.beam_size, word_timestamps=True, language=lang)

    def run_ours(a: Any) -> tuple[int, int]:
        t = ours.transcribe(a)
        return len(t.segments), sum(len(s.words) for s in t.segments)

    def run_seq(a: Any) -> tuple[int, int]:
        return consume(bare.transcribe(a.samples, vad_filter=True, **common))

    def run_batched(a: Any) -> tuple[int, int]:
        return consume(batched.transcribe(a.samples, batch_size=settings.asr.batch_size, **common))

    clip = head(audio, WARMUP_SECONDS)
    for fn in (run_ours, run_seq, run_batched):
        fn(clip)
    runs: dict[str, list[float]] = {"ours_nohot": [], "batched": [], "sequential": []}
    counts: dict[str, tuple[int, int]] = {}
    order = [("ours_nohot", run_ours), ("batched", run_batched), ("sequential", run_seq)]
    for i in range(repeats):
        for key, fn in (order if i % 2 == 0 else order[::-1]):  # ABC CBA ...: drift hits all alike
            counts[key], dt = timed(fn, audio)
            if key == "ours_nohot" and (not runs[key] or dt < min(runs[key])):
                out["ours_nohot_inside"] = dict(ours.phases)  # of the fastest round
            runs[key].append(dt)
            gc.collect()
    for key, times in runs.items():
        out[f"{key}_s"] = min(times)
        out[f"{key}_all_s"] = times
        out[f"{key}_segments"], out[f"{key}_words"] = counts[key]
    out["peak_rss_gib"] = rss_gib(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
    return out


def run_worker(kind: str, path: Path, model: str, args: argparse.Namespace) -> dict[str, Any]:
    fd, tmp = tempfile.mkstemp(prefix="scribe-bench-", suffix=".json")
    os.close(fd)
    cmd = [sys.executable, "-m", "benchmarks.pipeline_speed", "--worker", kind, "--worker-audio", str(path),
           "--worker-model", model, "--worker-out", tmp, "--repeats", str(args.repeats)]
    if kind == "pipeline" and args.note_here:
        cmd.append("--note")
    try:
        proc = subprocess.run(cmd, cwd=ROOT, stdout=subprocess.DEVNULL)
        if proc.returncode != 0:
            return {"error": f"{kind} worker exited with {proc.returncode}"}
        return json.loads(Path(tmp).read_text())
    finally:
        os.unlink(tmp)


# ------------------------------------------------------------------ sessions


def read_16k_mono(paths: list[Path]) -> list:
    """Each file as a float32 array; a file that is not 16 kHz mono stops the benchmark."""
    import soundfile as sf

    pieces = []
    for p in paths:
        x, sr = sf.read(p, dtype="float32", always_2d=False)
        if sr != SR or x.ndim != 1:
            raise SystemExit(f"{p.name}: expected 16 kHz mono")
        pieces.append(x)
    return pieces


def synthetic(minutes: int, folder: Path) -> Path:
    import numpy as np
    import soundfile as sf

    pieces = read_16k_mono(SAMPLES)
    need, got, out, i = minutes * 60 * SR, 0, [], 0
    while got < need:
        out.append(pieces[i % len(pieces)])
        got += len(out[-1])
        i += 1
    path = folder / f"joined_{minutes}min.flac"
    sf.write(path, np.concatenate(out)[:need], SR, subtype="PCM_16")
    return path


AMI = sorted((ROOT.parent / "shared" / "data" / "audio").glob("ami_trn*.wav"))


def ami_joined(folder: Path) -> Path:
    """The AMI meeting excerpts of ``../shared/data/audio`` (real recordings) joined into one file."""
    import numpy as np
    import soundfile as sf

    if not AMI:
        raise SystemExit("--sessions ami: no ../shared/data/audio/ami_trn*.wav here")
    path = folder / "ami_joined.flac"
    sf.write(path, np.concatenate(read_16k_mono(AMI)), SR, subtype="PCM_16")
    return path


def sessions(spec: list[str], folder: Path) -> list[tuple[str, Path, bool]]:
    """(label, path, is_sample)."""
    out = []
    for s in spec:
        if s == "samples":
            out += [(p.stem, p, True) for p in SAMPLES]
        elif s == "ami":
            out.append((f"AMI excerpts joined ({len(AMI)} x 30 s, real meetings)", ami_joined(folder), False))
        elif s.isdigit():
            out.append((f"{s} min (joined samples)", synthetic(int(s), folder), False))
        else:
            raise SystemExit(f"--sessions: samples, ami or a number of minutes, not {s!r}")
    return out


# ------------------------------------------------------------------ report


def f1(x: float | None) -> str:
    return "-" if x is None else f"{x:.1f}"


def srtfx(sec: float | None, audio_s: float) -> str:
    return "-" if sec is None else f"{sec:.1f} ({audio_s / sec:.1f})"


def markdown(rows: list[dict[str, Any]], meta: dict[str, Any]) -> str:
    lines = [
        f"\n## {meta['date']}",
        "",
        f"Machine: {meta['machine']}. Load average at start {meta['load_start']}, at end {meta['load_end']} "
        "(a shared machine: compare rows of this run only).",
        f"Command: `{meta['command']}`",
        "",
        "Seconds per stage, RTFx = audio seconds / stage seconds in brackets. ASR = the clinic settings of "
        "`config.example.toml` (hotwords, beam 5, batch 8, language en); ASR no-hotwords and the two bare "
        "faster-whisper baselines ran back to back in one process on the same decoded audio, same model "
        f"folder, same compute type, beam 5, language en, fastest of {meta['repeats']} rounds; "
        "ours/batched = ASR no-hotwords / bare batched. "
        "VAD is our ASR's Silero VAD call timed on its own: it is inside the ASR seconds, not added to "
        "them. End to end = decode + ASR + diarization + roles (+ note); model loading excluded. "
        "Peak RSS: the pipeline process (decoder process not included).",
        "",
        "| session | model | audio min | decode s | VAD s | ASR s (RTFx) | ASR no-hotwords s (RTFx) "
        "| faster-whisper sequential s (RTFx) | faster-whisper batched s (RTFx) | ours/batched "
        "| diarization s (RTFx) | roles s | note s | end-to-end s (RTFx) | peak RSS GiB | GPU peak GiB |",
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for r in rows:
        p, c, a = r["pipeline"], r["compare"], r["pipeline"].get("audio_s") or r["compare"].get("audio_s")
        if "error" in p or "error" in c:
            lines.append(f"| {r['session']} | {r['model']} | error: {p.get('error') or c.get('error')} |"
                         + " |" * 13)
            continue
        ratio = c["ours_nohot_s"] / c["batched_s"]
        gpu = "-" if p.get("gpu_peak_gib") is None else f"{p['gpu_peak_gib']:.2f}"
        lines.append(
            f"| {r['session']} | {r['model']} | {a / 60:.1f} | {p['decode_s']:.2f} | {p['vad_s']:.2f} "
            f"| {srtfx(p['asr_s'], a)} | {srtfx(c['ours_nohot_s'], a)} | {srtfx(c['sequential_s'], a)} "
            f"| {srtfx(c['batched_s'], a)} | {ratio:.2f} | {srtfx(p['diarize_s'], a)} | {p['roles_s']:.2f} "
            f"| {f1(p['note_s'])} | {srtfx(p['end_to_end_s'], a)} | {p['peak_rss_gib']:.2f} | {gpu} |"
        )
    ok = [r for r in rows if "error" not in r["pipeline"] and "error" not in r["compare"]]
    lines += [
        "",
        "Inside the ASR stage (the same clinic run; seconds): its VAD, the first batched pass, re-decoding of "
        "repetition loops and of speech the first pass skipped (sequential, temperature fallback); the "
        "diarizer's own VAD; the same split for the no-hotwords run (its fastest round); segment and word "
        "counts of each transcriber on the same audio (counts only); model load seconds.",
        "",
        "| session | model | VAD in ASR | first pass | loop repair | gap repair | diarizer VAD "
        "| no-hotwords: first pass / loop / gap repair | segments ASR / no-hotwords / fw batched / fw sequential "
        "| words ASR / no-hotwords / fw batched / fw sequential | load: ASR, diarizer, bare fw | compare RSS GiB |",
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for r in ok:
        p, c, ins = r["pipeline"], r["compare"], r["pipeline"]["asr_inside"]
        nin = c.get("ours_nohot_inside")
        nohot = "-" if nin is None else " / ".join(
            f"{nin.get(k, 0):.1f}" for k in ("first_pass", "loop_repair", "gap_repair"))
        lines.append(
            f"| {r['session']} | {r['model']} | {ins.get('vad', 0):.2f} | {ins.get('first_pass', 0):.1f} "
            f"| {ins.get('loop_repair', 0):.1f} | {ins.get('gap_repair', 0):.1f} "
            f"| {f1(p.get('diarize_vad_s'))} "
            f"| {nohot} | {p['asr_segments']} / {c['ours_nohot_segments']} / {c['batched_segments']} "
            f"/ {c['sequential_segments']} "
            f"| {p['asr_words']} / {c['ours_nohot_words']} / {c['batched_words']} / {c['sequential_words']} "
            f"| {p['asr_load_s']:.1f}, {p['diarize_load_s']:.1f}, {c['bare_load_s']:.1f} | {c['peak_rss_gib']:.2f} |"
        )
    lines += ["", "Targets (issue 6, CPU): ASR RTFx >= 20 with tiny.en, >= 12 with base (clinic ASR settings).", "",
              "| session | model | ASR RTFx | target | met | no-hotwords RTFx | bare batched RTFx |",
              "| --- | --- | --- | --- | --- | --- | --- |"]
    for r in ok:
        p, c, a = r["pipeline"], r["compare"], r["pipeline"]["audio_s"]
        target = TARGETS.get(r["model"])
        got = a / p["asr_s"]
        met = "-" if target is None else ("yes" if got >= target else "no")
        lines.append(f"| {r['session']} | {r['model']} | {got:.1f} | {f1(target)} | {met} "
                     f"| {a / c['ours_nohot_s']:.1f} | {a / c['batched_s']:.1f} |")
    return "\n".join(lines) + "\n"


# ------------------------------------------------------------------ main


def parse() -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sessions", action="append", help="samples, ami, 10, 60 (repeatable or comma list)")
    ap.add_argument("--model", action="append", help="tiny.en, base, or a model folder (repeatable)")
    ap.add_argument("--note", action=argparse.BooleanOptionalAction, default=False,
                    help="time the note stage (Runner.draft_note, default note model) on the sample sessions")
    ap.add_argument("--repeats", type=int, default=2,
                    help="runs of each ASR comparison (order reversed every other round); the fastest is kept")
    ap.add_argument("--json", type=Path, help="write every measurement here")
    ap.add_argument("--append", action="store_true", help=f"append the tables to {OUT_MD.relative_to(ROOT)}")
    ap.add_argument("--worker", choices=("pipeline", "compare"), help=argparse.SUPPRESS)
    ap.add_argument("--worker-audio", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--worker-model", help=argparse.SUPPRESS)
    ap.add_argument("--worker-out", type=Path, help=argparse.SUPPRESS)
    return ap.parse_args()


def main() -> None:
    args = parse()
    if args.worker:
        if args.worker == "pipeline":
            res = worker_pipeline(args.worker_audio, args.worker_model, args.note)
        else:
            res = worker_compare(args.worker_audio, args.worker_model, args.repeats)
        args.worker_out.write_text(json.dumps(res))
        return

    spec = [s.strip() for v in (args.sessions or ["samples,10"]) for s in v.split(",") if s.strip()]
    models = args.model or ["tiny.en", "base"]
    exe = os.path.relpath(sys.executable) if sys.executable.startswith(str(ROOT)) else sys.executable
    meta: dict[str, Any] = {
        "date": f"{datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC",
        "machine": describe(memory=True, asr_versions=True),
        "command": shlex.join([exe, "-m", "benchmarks.pipeline_speed", *sys.argv[1:]]),
        "repeats": args.repeats,
        "load_start": " ".join(f"{x:.2f}" for x in os.getloadavg()),
    }
    rows: list[dict[str, Any]] = []
    tmpdir = Path(tempfile.mkdtemp(prefix="scribe-bench-"))
    try:
        for label, path, is_sample in sessions(spec, tmpdir):
            for model in models:
                args.note_here = args.note and is_sample
                t0 = time.monotonic()
                p = run_worker("pipeline", path, model, args)
                c = run_worker("compare", path, model, args)
                rows.append({"session": label, "model": model, "pipeline": p, "compare": c})
                msg = "error" if "error" in p or "error" in c else (
                    f"ASR {p['asr_s']:.1f} s, no-hotwords {c['ours_nohot_s']:.1f} s, bare batched "
                    f"{c['batched_s']:.1f} s, bare sequential {c['sequential_s']:.1f} s, diarization "
                    f"{p['diarize_s']:.1f} s")
                print(f"{label} / {model}: {msg} ({time.monotonic() - t0:.0f} s wall)", file=sys.stderr, flush=True)
    finally:
        shutil.rmtree(tmpdir, ignore_errors=True)
    meta["load_end"] = " ".join(f"{x:.2f}" for x in os.getloadavg())
    text = markdown(rows, meta)
    print(text)
    if args.json:
        args.json.write_text(json.dumps({"meta": meta, "rows": rows}, indent=1) + "\n")
    if args.append:
        header = "" if OUT_MD.exists() else (
            "# Pipeline speed per stage, with bare faster-whisper side by side\n\n"
            "Appended by `benchmarks/pipeline_speed.py` (see its docstring for what each column measures).\n")
        with open(OUT_MD, "a", encoding="utf-8") as f:
            f.write(header + text)


if __name__ == "__main__":
    main()
