"""therapy-scribe: offline speech-to-note pipeline for therapy sessions.

Importing the package turns hub access and telemetry off for every library
that reads these variables at import (huggingface_hub, transformers,
pyannote.audio). Nothing downloads unless a user passes --allow-download.
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

try:  # installed distribution
    from importlib.metadata import PackageNotFoundError, version

    __version__ = version("therapy-scribe")
except PackageNotFoundError:  # pragma: no cover - running from a bare checkout
    __version__ = "0+unknown"
