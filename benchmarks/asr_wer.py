"""WER and speed of the ASR stage on the committed sample sessions.

    .venv/bin/python benchmarks/asr_wer.py [--models tiny.en base] [--out benchmarks/asr_wer.md]

For each model, with and without the session's hotwords (the reference's
``hotwords`` list: the child's name and the clinic's terms), sequential
(batch 1) and batched (batch 8): WER per sample (normalised as in
pipeline.evaluate.wer) and the real-time factor of the ASR stage. Appends a
dated table with the machine to the output file.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.asr.faster_whisper import FasterWhisperTranscriber  # noqa: E402
from pipeline.audio import load  # noqa: E402
from pipeline.evaluate.machine import describe  # noqa: E402
from pipeline.evaluate.wer import wer  # noqa: E402


def machine() -> str:
    return describe(torch_threads=False)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--models", nargs="+", default=["tiny.en", "base"])
    ap.add_argument("--batch-sizes", nargs="+", type=int, default=[1, 8])
    ap.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "asr_wer.md")
    args = ap.parse_args()
    samples = sorted((ROOT / "samples").glob("*.flac"))
    refs = {s: json.loads(s.with_suffix(".json").read_text()) for s in samples}
    audios = {s: load(s) for s in samples}
    rows = []
    for model in args.models:
        for bs in args.batch_sizes:
            for use_hot in (False, True):
                per, total_audio, total_time = [], 0.0, 0.0
                for s in samples:
                    ref = refs[s]
                    hot = ", ".join(ref.get("hotwords", [])) if use_hot else None
                    t = FasterWhisperTranscriber(model=model, batch_size=bs, hotwords=hot)
                    a = audios[s]
                    t0 = time.perf_counter()
                    tr = t.transcribe(a)
                    dt = time.perf_counter() - t0
                    total_audio += a.duration
                    total_time += dt
                    ref_text = " ".join(turn["text"] for turn in ref["turns"])
                    per.append(wer(ref_text, tr.text).wer)
                rows.append((model, bs, "yes" if use_hot else "no", per, total_audio / total_time))
                print(rows[-1], flush=True)
    names = [s.stem for s in samples]
    lines = [
        f"\n## {datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC",
        f"Machine: {machine()}. Command: `.venv/bin/python benchmarks/asr_wer.py "
        f"--models {' '.join(args.models)} --batch-sizes {' '.join(map(str, args.batch_sizes))}`. "
        "int8 on CPU, beam 5, VAD on, word timestamps on. RTFx = audio seconds / ASR seconds "
        "(model load excluded).\n",
        "| model | batch | hotwords | " + " | ".join(f"WER {n}" for n in names) + " | mean WER | RTFx |",
        "| --- | --- | --- | " + " | ".join("---" for _ in names) + " | --- | --- |",
    ]
    for model, bs, hot, per, rtfx in rows:
        cells = " | ".join(f"{w * 100:.1f} %" for w in per)
        lines.append(f"| {model} | {bs} | {hot} | {cells} | {sum(per) / len(per) * 100:.1f} % | {rtfx:.1f} |")
    header = "" if args.out.exists() else "# ASR word error rate and speed on the sample sessions\n"
    with open(args.out, "a", encoding="utf-8") as f:
        f.write(header + "\n".join(lines) + "\n")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
