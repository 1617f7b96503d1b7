"""Where a model runs: the one device setting that every model takes, and the one picker.

Values: ``auto`` (a CUDA GPU when the model's runtime sees one, else the CPU),
``cpu``, ``cuda`` or ``cuda:N`` (the N-th GPU). The ASR (``[asr] device``),
the pyannote diarizer (``[diarize] device``) and the note model (``[note]
device``) all accept these and are resolved by :func:`pick_device`; the
settings loader refuses anything else (:func:`check_device`).

Which runtime answers "is there a GPU" depends on the model: faster-whisper
runs on CTranslate2, everything else on torch. Neither is imported here until
a device is picked.
"""

from __future__ import annotations

import re

from .errors import ConfigError, ModelError

DEVICES = ("auto", "cpu", "cuda", "cuda:N")  # the valid values, as the user reads them
RUNTIMES = ("torch", "ctranslate2")
_DEVICE = re.compile(r"^(auto|cpu|cuda(:\d+)?)$")


def check_device(value: str, what: str = "device") -> str:
    """``value`` normalised (stripped, lower case), or ConfigError with the valid values."""
    device = value.strip().lower() if isinstance(value, str) else ""
    if not _DEVICE.match(device):
        raise ConfigError(f"{what} = {value!r} is not a valid value; choose one of {', '.join(DEVICES)}")
    return device


def cuda_count(runtime: str) -> int:
    """How many CUDA devices ``runtime`` (torch or ctranslate2) can use; 0 without a CUDA runtime."""
    if runtime not in RUNTIMES:
        raise ValueError(f"runtime must be one of {', '.join(RUNTIMES)}, not {runtime!r}")
    try:
        if runtime == "ctranslate2":
            import ctranslate2

            return int(ctranslate2.get_cuda_device_count())
        import torch

        return torch.cuda.device_count() if torch.cuda.is_available() else 0
    except Exception:  # noqa: BLE001 - no CUDA runtime at all (a driver missing, a CPU-only build)
        return 0


def pick_device(value: str, runtime: str, what: str = "device") -> str:
    """``auto`` resolved to ``cuda`` or ``cpu``; a CUDA device the runtime cannot see is a ModelError.

    Returns ``cpu``, ``cuda`` or ``cuda:N``. ``what`` names the setting in messages
    (``[note] device``).
    """
    device = check_device(value, what)
    if device == "cpu":
        return device
    count = cuda_count(runtime)
    if device == "auto":
        return "cuda" if count > 0 else "cpu"
    index = int(device.partition(":")[2] or 0)
    if count == 0:
        raise ModelError(f"{what} {device} was asked for, but {runtime} sees no CUDA GPU; use auto or cpu")
    if index >= count:
        raise ModelError(f"{what} {device} was asked for, but {runtime} sees {count} CUDA GPU(s) "
                         f"(cuda:0 to cuda:{count - 1})")
    return device


def split_index(device: str) -> tuple[str, int]:
    """``cuda:1`` -> (``cuda``, 1); ``cpu`` -> (``cpu``, 0): CTranslate2 takes the index apart."""
    kind, _, index = device.partition(":")
    return kind, int(index or 0)
