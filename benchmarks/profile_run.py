"""Where ``scribe run`` spends its time: a py-spy profile summed by stage and by function.

    .venv/bin/python -m benchmarks.profile_run AUDIO|MINUTES [--config FILE] [--env NAME=VALUE] [--rate 10]
                                               [--json OUT] [--raw OUT] [--append] [-- EXTRA SCRIBE RUN ARGS]

Runs ``py-spy record --native --idle --threads --format raw`` around ``scribe run AUDIO -o TMP``
(``MINUTES``, e.g. ``10``: the sample sessions joined that long, as ``pipeline_speed.py`` makes its
10-minute session; py-spy comes with the dev extras: ``make install-dev``), then sums the sampled
stacks of the main thread (the one running ``pipeline/cli.py``) three ways:

* **stage**: the innermost pipeline function on the stack (decode, ASR model load, ASR VAD, ASR
  first pass, its repairs, diarization, roles, note model load, note prefill, note decoding, ...);
  samples outside all of them are "startup and other" (imports, writing outputs);
* **Python function** inside each stage: the innermost frame from a ``.py`` file (faster-whisper's
  encoder call, its word alignment, transformers' attention, ...);
* **native code** inside each stage: the innermost native frame's library (libctranslate2, torch's
  CPU kernels, MKL, numpy, ...), with the top symbols.

Samples are wall-clock samples (``--idle``: a wait counts, e.g. for CTranslate2's or OpenMP's worker
threads, which py-spy does not see), so a stage's seconds are the main thread's wall time in it. The
audio decoder's own process is not sampled: its time shows as the main thread waiting in "decode".
Nothing of the transcript or the note is printed or kept: the run's outputs go to a temporary folder
that is deleted. Only function names, counts and seconds are shown.
"""

from __future__ import annotations

import argparse
import collections
import datetime as dt
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.common import ROOT

OUT_MD = ROOT / "benchmarks" / "profile.md"

# (stage, function name, file suffix): the innermost match on a stack names its stage
STAGES: tuple[tuple[str, str, str], ...] = (
    ("note: prefill", "_prefill", "pipeline/note/llm.py"),
    ("note: decoding", "generate", "pipeline/note/llm.py"),
    ("note: model load", "__init__", "pipeline/note/llm.py"),
    ("note: other", "draft", "pipeline/note/__init__.py"),
    ("ASR: VAD", "speech_regions", "pipeline/asr/common.py"),
    ("ASR: first pass", "_decode", "pipeline/asr/faster_whisper.py"),
    ("ASR: loop repair", "_repair_loops", "pipeline/asr/faster_whisper.py"),
    ("ASR: gap repair", "_repair_gaps", "pipeline/asr/faster_whisper.py"),
    ("ASR: other", "transcribe", "pipeline/asr/faster_whisper.py"),
    ("ASR: model load", "__init__", "pipeline/asr/faster_whisper.py"),
    ("diarization", "diarize", "pipeline/runner.py"),
    ("roles", "label", "pipeline/runner.py"),
    ("decode (waiting for the decoder process)", "decode", "pipeline/runner.py"),
)
FRAME = re.compile(r"^(?P<name>.*?) \((?P<where>[^()]*)\)$")


def parse(path: Path) -> list[tuple[list[tuple[str, str]], int]]:
    """py-spy's raw (collapsed) output: ([(name, where), ...] root first, count) per distinct stack."""
    stacks = []
    for line in path.read_text(errors="replace").splitlines():
        head, _, count = line.rpartition(" ")
        if not head or not count.isdigit():
            continue
        frames = []
        for f in head.split(";"):
            m = FRAME.match(f.strip())
            frames.append((m["name"], m["where"]) if m else (f.strip(), ""))
        stacks.append((frames, int(count)))
    return stacks


def stage_of(frames: list[tuple[str, str]]) -> str:
    for name, where in reversed(frames):
        path = where.rsplit(":", 1)[0]
        for stage, fn, suffix in STAGES:
            if name.rsplit(".", 1)[-1] == fn and path.endswith(suffix):
                return stage
    return "startup and other"


def is_python(where: str) -> bool:
    return ".py:" in where or where.endswith(".py")


def library(where: str) -> str:
    """The shared library of a native frame, shortened (libtorch_cpu.so.2 -> libtorch_cpu)."""
    base = os.path.basename(where.split(":")[0]) or "?"
    return re.sub(r"(-[0-9a-f]{8})?\.so.*$", "", base)


def summarize(stacks: list[tuple[list[tuple[str, str]], int]], rate: float, top: int) -> dict:
    """Seconds of the main thread by stage, and per stage by Python function and by native library and symbol."""
    threads: collections.Counter[str] = collections.Counter()
    runs: collections.Counter[str] = collections.Counter()
    split = []
    for frames, n in stacks:
        key = []
        while frames and (frames[0][0].startswith("process ") or frames[0][0].startswith("thread ")):
            key.append(frames[0][0].split(":")[0] + (frames[0][1] and f" ({frames[0][1]})"))
            frames = frames[1:]
        k = " / ".join(key)
        threads[k] += n
        if any(w.rsplit(":", 1)[0].endswith("pipeline/cli.py") for _, w in frames):
            runs[k] += n
        split.append((k, frames, n))
    main = runs.most_common(1)[0][0] if runs else ""
    stage: collections.Counter[str] = collections.Counter()
    py: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    lib: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    sym: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    for k, frames, n in split:
        if k != main:
            continue
        st = stage_of(frames)
        stage[st] += n
        pyf = next((f"{name} ({short(where)})" for name, where in reversed(frames) if is_python(where)), "-")
        py[st][pyf] += n
        leaf_name, leaf_where = frames[-1] if frames else ("?", "")
        if is_python(leaf_where):
            lib[st]["(Python code)"] += n
        else:
            lib[st][library(leaf_where)] += n
            sym[st][re.split(r"[<(]", leaf_name, maxsplit=1)[0][:60] or leaf_name[:60]] += n
    s = 1.0 / rate
    return {
        "seconds_per_sample": s,
        "main_thread_s": round(threads[main] * s, 1),
        "threads": {k: round(v * s, 1) for k, v in threads.most_common(8)},
        "stages": [
            {
                "stage": st,
                "s": round(n * s, 1),
                "python": [(f, round(c * s, 1)) for f, c in py[st].most_common(top)],
                "native": [(f, round(c * s, 1)) for f, c in lib[st].most_common(5)],
                "symbols": [(f, round(c * s, 1)) for f, c in sym[st].most_common(5)],
            }
            for st, n in stage.most_common()
        ],
    }


def short(where: str) -> str:
    """A frame's file, from its package down (…/site-packages/faster_whisper/transcribe.py:123 -> faster_whisper/transcribe.py)."""
    path = where.rsplit(":", 1)[0]
    for marker in ("site-packages/", str(ROOT) + "/"):
        if marker in path:
            return path.split(marker, 1)[1]
    return os.path.basename(path)


def table(summary: dict, head: str) -> str:
    total = sum(x["s"] for x in summary["stages"]) or 1.0
    lines = [head, "",
             "| stage | busy s | share | top Python functions (s) | native code by library (s) | top native symbols (s) |",
             "| --- | --- | --- | --- | --- | --- |"]
    def fmt(pairs: list, k: int) -> str:
        return "; ".join(f"`{f}` {v:.1f}" for f, v in pairs[:k])

    for x in summary["stages"]:
        lines.append(f"| {x['stage']} | {x['s']:.1f} | {100 * x['s'] / total:.0f} % | {fmt(x['python'], 4)} "
                     f"| {fmt(x['native'], 3)} | {fmt(x['symbols'], 3)} |")
    lines.append("")
    lines.append(f"Main thread {summary['main_thread_s']:.1f} s sampled (wall time, waits included).")
    return "\n".join(lines) + "\n"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("audio", help="an audio file, or a number of minutes: the samples joined that long "
                    "(as benchmarks/pipeline_speed.py makes them, in a temporary file)")
    ap.add_argument("--config", type=Path)
    ap.add_argument("--rate", type=int, default=10, help="samples per second (py-spy --rate)")
    ap.add_argument("--top", type=int, default=12)
    ap.add_argument("--json", type=Path, help="write the summary here")
    ap.add_argument("--raw", type=Path, help="also keep py-spy's raw stacks here (function names only)")
    ap.add_argument("--append", action="store_true", help=f"append the table to {OUT_MD.relative_to(ROOT)}")
    ap.add_argument("--env", action="append", default=[], metavar="NAME=VALUE",
                    help="set this for the run (e.g. SCRIBE_LLM_CPU_MATMUL=default); shown in the command")
    ap.add_argument("extra", nargs="*", help="more `scribe run` arguments (after --)")
    args = ap.parse_args()
    pyspy = shutil.which("py-spy", path=str(Path(sys.executable).parent)) or shutil.which("py-spy")
    if pyspy is None:
        sys.exit("py-spy is not installed: make install-dev")
    scribe = str(Path(sys.executable).parent / "scribe")
    from benchmarks.common import describe

    with tempfile.TemporaryDirectory(prefix="scribe-profile-") as tmp:
        raw = Path(tmp) / "profile.txt"
        audio = Path(args.audio)
        if args.audio.isdigit():
            from benchmarks.pipeline_speed import synthetic

            audio = synthetic(int(args.audio), Path(tmp))
        cmd = [scribe, "run", str(audio), "-o", str(Path(tmp) / "out")]
        if args.config:
            cmd += ["--config", str(args.config)]
        cmd += args.extra
        spy = [pyspy, "record", "--native", "--idle", "--threads", "--format", "raw", "--rate", str(args.rate),
               "-o", str(raw), "--"]
        t0 = time.monotonic()
        env = dict(os.environ, **dict(e.split("=", 1) for e in args.env))
        rc = subprocess.run(spy + cmd, check=False, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=env)
        wall = time.monotonic() - t0
        if rc.returncode != 0 or not raw.is_file():
            tail = "\n".join(rc.stderr.splitlines()[-5:])  # py-spy's own lines; scribe logs no text at INFO
            sys.exit(f"profiling failed (exit {rc.returncode}):\n{tail}")
        summary = summarize(parse(raw), args.rate, args.top)
        if args.raw:
            shutil.copyfile(raw, args.raw)
    summary["wall_s"] = round(wall, 1)
    shown = " ".join([".venv/bin/python -m benchmarks.profile_run", str(args.audio)]
                     + [f"--env {e}" for e in args.env]
                     + (["--config", str(args.config)] if args.config else [])
                     + (["--"] + args.extra if args.extra else []))
    load = " ".join(f"{x:.2f}" for x in os.getloadavg())
    head = (f"## {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC\n\n"
            f"Machine: {describe()}. Load average at the end {load}.\n"
            f"Command: `{shown}` (py-spy {args.rate:g} samples/s, native stacks; wall {wall:.0f} s "
            "including py-spy's start).")
    text = table(summary, head)
    print(text)
    if args.json:
        args.json.write_text(json.dumps(summary, indent=1))
    if args.append:
        if not OUT_MD.exists():
            OUT_MD.write_text("# Profiles of `scribe run` (py-spy)\n\nAppended by `benchmarks/profile_run.py` "
                              "(its docstring says how samples are summed).\n\n")
        with OUT_MD.open("a") as f:
            f.write(text + "\n")


if __name__ == "__main__":
    main()
