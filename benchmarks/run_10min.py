"""A 10-minute session through `scribe run` (the whole process, model load included), then the bare
note model's decode speed in the same run.

    .venv/bin/python -m benchmarks.run_10min [--minutes 10] [--config FILE] [--keep DIR]

1. The samples joined to exactly N minutes (``pipeline_speed.synthetic``), written to a temporary FLAC.
2. ``scribe run FLAC -o OUT`` as its own process with the defaults (or ``--config``): wall seconds of the
   whole process, from start to exit.
3. In this process: the note model loaded as ``scribe run`` loads it, then a bare greedy generation of
   128 new tokens from a short prompt with no grammar and no KV reuse (``LocalLLM.generate``): its
   decode tokens per second, beside the note's own decode and prefill speed from note.json.

Prints one Markdown row and the load average before and after (the machine is shared: compare
with rows of the same run). Nothing of the transcript or the note is printed.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.common import ROOT


def load() -> str:
    return " ".join(Path("/proc/loadavg").read_text().split()[:3])


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--minutes", type=int, default=10)
    p.add_argument("--config", type=Path)
    p.add_argument("--keep", type=Path, help="keep the outputs in this folder")
    args = p.parse_args()
    from benchmarks.pipeline_speed import synthetic

    with tempfile.TemporaryDirectory(prefix="run10_") as tmp:
        flac = synthetic(args.minutes, Path(tmp))
        out = args.keep or Path(tmp) / "out"
        cmd = [sys.executable, "-c", "from pipeline.cli import main; main()", "run", str(flac), "-o", str(out)]
        if args.config:
            cmd += ["--config", str(args.config)]
        before = load()
        t0 = time.monotonic()
        r = subprocess.run(cmd, env={**os.environ, "PYTHONPATH": str(ROOT), "HF_HUB_OFFLINE": "1"},
                           capture_output=True, text=True)
        wall = time.monotonic() - t0
        if r.returncode != 0:
            print(r.stderr[-2000:], file=sys.stderr)
            raise SystemExit(f"scribe run failed ({r.returncode})")
        note = json.loads(next(out.glob("*/note.json")).read_text())
        gens = note["models"]["note"]["generations"]
        dec_s = sum(g.get("decode_s") or 0 for g in gens)
        new = sum(g.get("new_tokens") or 0 for g in gens)
        pre_s = sum(g.get("prefill_s") or 0 for g in gens)
        computed = sum((g.get("prompt_tokens") or 0) - (g.get("cached_tokens") or 0) for g in gens)
        items = sum(len(s["items"]) for s in note["sections"])
        unsupported = sum(1 for s in note["sections"] for i in s["items"]
                          if i.get("support") and not i["support"]["supported"])

        from pipeline.config import NoteSettings
        from pipeline.note.llm import LocalLLM

        s = NoteSettings()
        t1 = time.monotonic()
        llm = LocalLLM(s.model, device=s.device, dtype=s.dtype, quantize=s.quantize, threads=s.threads,
                       cpu_matmul=s.cpu_matmul)
        load_s = time.monotonic() - t1
        msgs = [{"role": "user", "content": "Write a long list of everyday household objects, one per line."}]
        _text, st = llm.generate(msgs, max_new_tokens=128)
        after = load()
    print("| minutes | scribe run wall s (whole process) | note seconds (in note.json) | items | unsupported | "
          "omissions | note decode tok/s | note prefill tok/s | bare decode tok/s (128 tokens) | bare load s | "
          "load avg before / after |")
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    print(f"| {args.minutes} | {wall:.1f} | {note['models']['note']['seconds']:.1f} | {items} | {unsupported} | "
          f"{len(note.get('omissions', []))} | {new / dec_s if dec_s else 0:.2f} | "
          f"{computed / pre_s if pre_s else 0:.1f} | {st.new_tokens / st.decode_s:.2f} | {load_s:.1f} | "
          f"{before} / {after} |")


if __name__ == "__main__":
    main()
