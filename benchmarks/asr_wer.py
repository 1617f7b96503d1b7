"""WER and speed of the ASR stage on the committed sample sessions (and real meeting audio).

    .venv/bin/python -m benchmarks.asr_wer [--models tiny.en base] [--batch-sizes 1 8] [--ami [--repeats N]]
                                           [--out benchmarks/asr_wer.md]

For each model, with and without the session's hotwords (the reference's
``hotwords`` list: the child's name and the clinic's terms), sequential
(batch 1) and batched (batch 8): WER per sample (normalised as in
pipeline.evaluate.wer) and the real-time factor of the ASR stage. Appends a
dated table with the machine to the output file.

``--ami`` adds real audio: the AMI meeting excerpts of ``../shared/data/audio``
(9 x 30 s, joined into one 4.5-minute session with its pauses, as
``benchmarks.pipeline_speed --sessions ami`` joins them). They have no word-level
reference, so the column is the word difference against the most careful
decoding at hand: bare faster-whisper ``base``, sequential, beam 5, Silero VAD,
no hotwords (a proxy, not a WER: it says how far a configuration moves from
that decoding, and it counts that decoding's own errors as right). The
"hotwords yes" rows use the clinic vocabulary of ``config.example.toml`` there
(the meetings are not about therapy: it tests what the hotwords cost); the word
counts go beside it. Its RTFx is the fastest of
``--repeats`` runs (default 2) of the same transcriber.

The packed first pass (regions end to end, pauses cut; ``--first-pass-pause``)
was measured on 2026-11-27 (asr_wer.md) and not kept: it was removed from the
pipeline with its option here (issue 21); commit 197d3c4 has both.
"""

from __future__ import annotations

import argparse
import json
import time
from datetime import datetime, timezone
from pathlib import Path

from benchmarks.common import CONFIG, ROOT, SAMPLES, command, describe, reference_text
from pipeline.asr.faster_whisper import FasterWhisperTranscriber
from pipeline.audio import load
from pipeline.config import AsrSettings, load_settings
from pipeline.evaluate.wer import wer


def clinic_hotwords() -> str:
    """The clinic vocabulary of config.example.toml (what ``scribe run --config`` uses)."""
    return load_settings(CONFIG, {}).asr.hotwords


def ami_session() -> tuple:
    """The joined AMI excerpts as decoded audio, and the words bare base sequential writes for them."""
    import tempfile

    from faster_whisper import WhisperModel

    from benchmarks.pipeline_speed import ami_joined
    from pipeline.models import resolve_whisper

    with tempfile.TemporaryDirectory() as tmp:
        audio = load(ami_joined(Path(tmp)))
    model = WhisperModel(str(resolve_whisper("base").path), device="cpu", compute_type="int8")
    segs, _ = model.transcribe(audio.samples, language="en", beam_size=5, vad_filter=True,
                               condition_on_previous_text=False)
    return audio, " ".join(s.text.strip() for s in segs)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--models", nargs="+", default=["tiny.en", "base"])
    ap.add_argument("--batch-sizes", nargs="+", type=int, default=[1, 8])
    ap.add_argument("--ami", action="store_true", help="also real meeting audio against base sequential")
    ap.add_argument("--repeats", type=int, default=2, help="AMI timing: fastest of this many runs")
    ap.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "asr_wer.md")
    args = ap.parse_args()
    ami = ami_session() if args.ami else None
    clinic = clinic_hotwords() if args.ami else None
    samples = SAMPLES
    refs = {s: json.loads(s.with_suffix(".json").read_text()) for s in samples}
    audios = {s: load(s) for s in samples}
    rows = []
    for model in args.models:
        for bs in args.batch_sizes:
            for use_hot in (False, True):
                per, total_audio, total_time = [], 0.0, 0.0
                for s in samples:
                    hot = ", ".join(refs[s].get("hotwords", [])) if use_hot else None
                    t = FasterWhisperTranscriber(AsrSettings(model=model, batch_size=bs, hotwords=hot))
                    a = audios[s]
                    t0 = time.perf_counter()
                    tr = t.transcribe(a)
                    dt = time.perf_counter() - t0
                    total_audio += a.duration
                    total_time += dt
                    per.append(wer(reference_text(s), tr.text).wer)
                extra = ""
                if ami is not None:
                    t = FasterWhisperTranscriber(AsrSettings(model=model, batch_size=bs,
                                                             hotwords=clinic if use_hot else None))
                    dt = float("inf")
                    for _ in range(args.repeats):
                        t0 = time.perf_counter()
                        tr = t.transcribe(ami[0])
                        dt = min(dt, time.perf_counter() - t0)
                    words = sum(len(seg.words) for seg in tr.segments)
                    extra = f"{wer(ami[1], tr.text).wer * 100:.1f} % | {words} | {ami[0].duration / dt:.1f}"
                rows.append((model, bs, "yes" if use_hot else "no", per, total_audio / total_time, extra))
                print(rows[-1], flush=True)
    names = [s.stem for s in samples]
    lines = [
        f"\n## {datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC",
        f"Machine: {describe()}. Command: `"
        + command("asr_wer", "--models", *args.models, "--batch-sizes", *map(str, args.batch_sizes),
                  *(["--ami", "--repeats", str(args.repeats)] if ami else []))
        + "`. "
        "int8 on CPU, beam 5, VAD on, word timestamps on. RTFx = audio seconds / ASR seconds "
        "(model load excluded).\n",
        "| model | batch | hotwords | " + " | ".join(f"WER {n}" for n in names) + " | mean WER | RTFx |"
        + (" AMI: difference from base sequential | AMI words | AMI RTFx |" if ami else ""),
        "| --- | --- | --- | " + " | ".join("---" for _ in names) + " | --- | --- |" + (" --- | --- | --- |" if ami else ""),
    ]
    if ami is not None:
        lines.insert(2, f"AMI: 9 excerpts joined, {ami[0].duration:.0f} s; base sequential (beam 5, VAD) "
                        f"wrote {len(ami[1].split())} words.\n")
    for model, bs, hot, per, rtfx, extra in rows:
        cells = " | ".join(f"{w * 100:.1f} %" for w in per)
        lines.append(f"| {model} | {bs} | {hot} | {cells} | {sum(per) / len(per) * 100:.1f} % | {rtfx:.1f} |"
                     + (f" {extra} |" if ami else ""))
    header = "" if args.out.exists() else "# ASR word error rate and speed on the sample sessions\n"
    with open(args.out, "a", encoding="utf-8") as f:
        f.write(header + "\n".join(lines) + "\n")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
