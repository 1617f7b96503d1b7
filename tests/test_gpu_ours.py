"""benchmarks/gpu_ours.py's pieces that run here: the int8 carry of tiny.en, the VAD without ctranslate2.

The whole check (``gpu_ours.py run --smoke``, about 2 minutes on 2 cores) is run by hand; these
tests keep its two tricks honest: the carried weights come back within half an int8 step of the
originals, and on a machine without ctranslate2 and PyAV the pipeline's VAD still runs the real
Silero model and finds the same speech.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import torch

from benchmarks import gpu_ours

ROOT = Path(__file__).resolve().parents[1]


def test_int8_rows_round_trip() -> None:
    torch.manual_seed(0)
    big = torch.randn(300, 400) * torch.linspace(0.01, 3.0, 300)[:, None]  # rows of very different ranges
    small = torch.randn(7, 5)
    conv = torch.randn(8, 4, 3)
    q = gpu_ours.quantize_rows({"w": big, "b": small, "c": conv})
    assert set(q) == {"w.int8", "w.scale", "b", "c"}
    assert q["w.int8"].dtype == torch.int8 and q["b"].dtype == torch.float16
    back = gpu_ours.dequantize_rows(q)
    assert set(back) == {"w", "b", "c"} and back["w"].dtype == torch.float32
    step = big.abs().amax(dim=1, keepdim=True) / 127
    err = (back["w"] - big).abs()
    assert bool((err <= step / 2 + 1e-6).all())  # half a step per row, whatever the row's range
    assert float(err.max()) > 0  # it is quantized
    assert torch.allclose(back["b"], small, atol=2e-3) and torch.allclose(back["c"], conv, atol=2e-3)


def test_vad_runs_without_ctranslate2_and_pyav() -> None:
    """The GPU machine has neither: faster_whisper.vad is imported without the package's __init__."""
    pytest.importorskip("faster_whisper")
    script = f"""
import json, sys
sys.path[:0] = [{str(ROOT)!r}]
blocked = '{{BLOCK}}'
if blocked:
    sys.modules['ctranslate2'] = None
    sys.modules['av'] = None
from benchmarks import gpu_ours
mode = gpu_ours.vad_only_faster_whisper()
from pipeline.vad import speech_regions
audio = gpu_ours.read_audio(gpu_ours.ROOT / 'samples' / 'ot_session_01.flac')
print(json.dumps({{'mode': mode, 'regions': speech_regions(audio, min_silence_duration_ms=150, speech_pad_ms=30),
                   'ctranslate2': 'ctranslate2' in sys.modules and sys.modules['ctranslate2'] is not None}}))
"""
    out = {}
    for blocked in ("", "1"):
        res = subprocess.run([sys.executable, "-c", script.replace("{BLOCK}", blocked)], capture_output=True,
                             text=True, timeout=300, cwd=ROOT, check=False)
        assert res.returncode == 0, res.stderr[-2000:]
        out[blocked] = json.loads(res.stdout.strip().splitlines()[-1])
    assert out[""]["mode"] == "full package"
    assert out["1"]["mode"].startswith("faster_whisper.vad only") and not out["1"]["ctranslate2"]
    assert out["1"]["regions"] == out[""]["regions"] and len(out[""]["regions"]) > 5
