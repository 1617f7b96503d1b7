"""One line describing the machine, for dated benchmark tables."""

from __future__ import annotations

import os
import platform
from pathlib import Path


def describe(torch_threads: bool = False) -> str:
    cpu = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    text = f"{platform.machine()}, {os.cpu_count()} cores, {cpu or 'unknown CPU'}, Python {platform.python_version()}"
    if torch_threads:
        import torch

        text += f", torch {torch.__version__} ({torch.get_num_threads()} threads)"
    return text
