"""therapy-scribe: offline speech-to-note pipeline for therapy sessions.

Importing the package turns hub access and telemetry off for every library
that reads these variables at import (huggingface_hub, transformers,
pyannote.audio). Nothing downloads unless a user passes --allow-download.
It also makes OpenMP threads wait passively (see below).
"""

from __future__ import annotations

import os

for _name, _value in (
    ("HF_HUB_OFFLINE", "1"),
    ("TRANSFORMERS_OFFLINE", "1"),
    ("HF_HUB_DISABLE_TELEMETRY", "1"),
    ("PYANNOTE_METRICS_ENABLED", "0"),
    ("DO_NOT_TRACK", "1"),
):
    os.environ[_name] = _value

# OpenMP threads that wait by spinning (libgomp's default, torch's runtime) burn
# the cores another job needs: under load on a 2-core machine the embedded
# diarizer took 39-69 s on a 2-minute session against 3.9-4.0 s with passive
# waiting, and no slower when idle (benchmarks/speed.md, 2026-11-27). Set
# before torch or CTranslate2 load their OpenMP runtime; an explicit setting wins.
os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")

try:  # installed distribution
    from importlib.metadata import PackageNotFoundError, version

    __version__ = version("therapy-scribe")
except PackageNotFoundError:  # pragma: no cover - running from a bare checkout
    __version__ = "0+unknown"
