"""Peak memory of ``scribe batch`` on a one-hour recording, measured with ``/usr/bin/time -v``.

Makes a one-hour file (silence with 25 s of a sample session's speech at 30:00, as the test zoo
does, or with ``--speech`` the sample sessions joined to an hour of talk), then runs, each as its
own process so each has its own peak:

1. the transcript phase (``--no-note``): decode, ASR, diarization, roles;
2. the note phase alone (the same command again without ``--no-note``: the finished stages
   are skipped), with the note model's default dtype (fp32 on CPU);
3. the note phase again with ``[note] dtype = "bfloat16"`` (the weights take half the memory).

``Maximum resident set size`` is the largest single process of the run (the batch, or its decoder
worker). Appends a dated table to ``benchmarks/batch.md``.

    .venv/bin/python -m benchmarks.batch_memory [--speech] [--skip-bf16]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np
import soundfile as sf

from benchmarks.common import ROOT

RATE = 16000


def one_hour(path: Path, speech: bool) -> None:
    sessions = sorted((ROOT / "samples").glob("*.flac"))
    with sf.SoundFile(path, "w", RATE, 1, "PCM_16") as f:
        if speech:
            written = 0
            while written < 3600 * RATE:
                for s in sessions:
                    data, _ = sf.read(s, dtype="float32")
                    data = data[: 3600 * RATE - written]
                    f.write(data)
                    written += len(data)
            return
        talk, _ = sf.read(sessions[0], dtype="float32", start=5 * RATE, frames=25 * RATE)
        quiet = np.zeros(60 * RATE, np.float32)
        for minute in range(60):
            f.write(np.concatenate([talk, quiet[len(talk):]]) if minute == 30 else quiet)


def _cpu() -> str:
    try:
        model = next(ln.split(":", 1)[1].strip() for ln in open("/proc/cpuinfo") if ln.startswith("model name"))
    except (OSError, StopIteration):
        model = platform.processor() or platform.machine()
    mem = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return f"{os.cpu_count()}-core {model}, {mem:.0f} GiB"


def timed(cmd: list[str]) -> dict[str, str]:
    r = subprocess.run(["/usr/bin/time", "-v", *cmd], capture_output=True, text=True, cwd=ROOT, check=False)
    if r.returncode != 0:
        sys.exit(f"failed ({r.returncode}): {' '.join(cmd)}\n{r.stderr[-3000:]}")
    rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", r.stderr).group(1))
    wall = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (\S+)", r.stderr).group(1)
    return {"rss_gib": f"{rss / 2**20:.2f}", "wall": wall}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--speech", action="store_true", help="an hour of talk (the samples joined), not silence")
    ap.add_argument("--skip-bf16", action="store_true")
    args = ap.parse_args()
    scribe = str(ROOT / ".venv" / "bin" / "scribe")
    work = Path(tempfile.mkdtemp(prefix="scribe-mem-"))
    try:
        audio = work / "one-hour.flac"
        one_hour(audio, args.speech)
        base = [scribe, "batch", str(audio), "--config", "config.example.toml", "--no-progress"]
        rows = [("transcript phase (`--no-note`)", timed([*base, "-o", str(work / "out"), "--no-note"]))]
        rows.append(("note phase, fp32 (default)", timed([*base, "-o", str(work / "out")])))
        if not args.skip_bf16:
            cfg = work / "bf16.toml"
            cfg.write_text((ROOT / "config.example.toml").read_text().replace("[note]", '[note]\ndtype = "bfloat16"'))
            shutil.copytree(work / "out", work / "out-bf16")
            (work / "out-bf16" / "one-hour" / "note.json").unlink()
            cmd = [scribe, "batch", str(audio), "--config", str(cfg), "--no-progress", "-o", str(work / "out-bf16")]
            rows.append(("note phase, bf16 weights", timed(cmd)))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    kind = "an hour of the sample sessions joined" if args.speech else "silence with 25 s of speech at 30:00"
    lines = [  # noqa: ISC004
        f"\n## {dt.date.today()}: one hour ({kind}), `{' '.join(sys.argv[1:]) or 'defaults'}`\n",
        f"Machine: {_cpu()}; command: "
        f"`.venv/bin/python -m benchmarks.batch_memory {' '.join(sys.argv[1:])}`\n",
        "| run | peak RSS (GiB) | wall |", "| --- | --- | --- |",
        *[f"| {name} | {r['rss_gib']} | {r['wall']} |" for name, r in rows],
    ]
    text = "\n".join(lines) + "\n"
    print(text)
    out = ROOT / "benchmarks" / "batch.md"
    if not out.exists():
        out.write_text("# scribe batch: memory and limits\n\nPeak resident memory measured with "
                       "`/usr/bin/time -v` (the largest single process of each run).\n")
    with out.open("a") as f:
        f.write(text)


if __name__ == "__main__":
    main()
