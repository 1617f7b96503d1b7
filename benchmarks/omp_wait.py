"""Stage times under each OpenMP wait policy, idle and with CPU hogs beside them.

Each policy runs in a fresh process (the policy is read when the OpenMP runtime
loads). The child diarizes one sample session with the embedded diarizer (after
a warm-up on another) and transcribes it with tiny.en, the clinic's batched
settings without hotwords. ``--hogs N`` starts N busy processes for the whole
run, as another job on the machine would.

    .venv/bin/python -m benchmarks.omp_wait --policies unset,PASSIVE,unset,PASSIVE --hogs 2
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import platform
import subprocess
import sys
import time

from benchmarks.common import ROOT

CHILD = r'''
import json, time
from pipeline import audio
from pipeline.asr import make_transcriber
from pipeline.config import AsrSettings
from pipeline.diarize import make_diarizer
a = audio.load("samples/ot_session_02.flac")
d = make_diarizer("embedded"); d.diarize(audio.load("samples/ot_session_01.flac"))
out = {"audio_s": round(a.duration, 1)}
t = time.perf_counter(); d.diarize(a); out["diarize_s"] = round(time.perf_counter() - t, 2)
tr = make_transcriber(AsrSettings(model="tiny.en", device="cpu", beam_size=5, batch_size=8))
t = time.perf_counter(); tr.transcribe(a); out["asr_tiny_s"] = round(time.perf_counter() - t, 2)
print(json.dumps(out))
'''


def _hog() -> None:
    while True:
        pass


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--policies", default="unset,PASSIVE,unset,PASSIVE")
    ap.add_argument("--hogs", type=int, default=0)
    args = ap.parse_args()
    hogs = [multiprocessing.Process(target=_hog, daemon=True) for _ in range(args.hogs)]
    for h in hogs:
        h.start()
    print(f"{time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())} {platform.machine()} "
          f"{os.cpu_count()} cores, hogs {args.hogs}, load {os.getloadavg()[0]:.2f}")
    try:
        for policy in args.policies.split(","):
            env = {k: v for k, v in os.environ.items() if k != "OMP_WAIT_POLICY"}
            if policy != "unset":
                env["OMP_WAIT_POLICY"] = policy
            else:  # the package sets PASSIVE unless told: tell it the runtime default
                env["OMP_WAIT_POLICY"] = ""
            r = subprocess.run([sys.executable, "-c", CHILD], env=env, capture_output=True, check=False,
                               text=True, cwd=ROOT)
            lines = r.stdout.strip().splitlines()
            print(policy, json.loads(lines[-1]) if lines else r.stderr[-400:], flush=True)
    finally:
        for h in hogs:
            h.terminate()


if __name__ == "__main__":
    main()
