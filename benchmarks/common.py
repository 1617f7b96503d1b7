"""What the benchmarks share: where things are, the machine line of a dated table, the samples' references."""

from __future__ import annotations

import json
import math
import os
import platform
import socket
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLES_DIR = ROOT / "samples"
SAMPLES = [SAMPLES_DIR / f"ot_session_0{i}.flac" for i in (1, 2, 3)]  # the three committed sessions
CONFIG = ROOT / "config.example.toml"  # the clinic settings of `make demo`
# The fast real models (tiny.en, the embedded diarizer, the packaged SmolLM2-135M note model with one pass
# per note): many recordings in minutes on 2 cores (the default Qwen 1.5B takes minutes per note)
FAST_CONFIG = """\
[asr]
model = "tiny.en"
[note]
model = "smollm2-135m"
passes = "note"
max_new_tokens = 200
tries = 1
"""


def describe(torch_threads: bool = False, memory: bool = False, asr_versions: bool = False) -> str:
    """One line describing the machine: architecture, cores, CPU, Python; optionally RAM, torch's threads,
    and the faster-whisper and CTranslate2 versions."""
    cpu, mem = "", ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
        if memory:
            for line in Path("/proc/meminfo").read_text().splitlines():
                if line.startswith("MemTotal"):
                    mem = f", {int(line.split()[1]) / 2**20:.1f} GiB RAM"
                    break
    except OSError:
        pass
    text = f"{platform.machine()}, {os.cpu_count()} cores, {cpu or 'unknown CPU'}{mem}, " \
           f"Python {platform.python_version()}"
    if torch_threads:
        import torch

        text += f", torch {torch.__version__} ({torch.get_num_threads()} threads)"
    if asr_versions:
        import ctranslate2
        import faster_whisper

        text += f", faster-whisper {faster_whisper.__version__}, ctranslate2 {ctranslate2.__version__}"
    return text


def sample_reference(flac: Path) -> dict:
    """A sample session's reference (samples/NAME.json: speakers, turns with their text, hotwords)."""
    return json.loads(flac.with_suffix(".json").read_text(encoding="utf-8"))


def reference_text(flac: Path) -> str:
    """What was said in a sample session, turn after turn (the WER reference)."""
    return " ".join(t["text"] for t in sample_reference(flac)["turns"])


def command(module: str, *args: str) -> str:
    """How a table says it was made: ``.venv/bin/python -m benchmarks.MODULE ARGS``."""
    return " ".join([".venv/bin/python -m benchmarks." + module, *args])


def free_port() -> int:
    """A TCP port on the loopback that nothing listens on now (for a service a benchmark starts)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def pct(values: list[float], p: float) -> float:
    """Nearest-rank percentile (the ceil(p/100 * n)-th smallest value)."""
    v = sorted(values)
    return v[max(0, math.ceil(p / 100 * len(v)) - 1)]
