"""CTranslate2 settings for the bare batched faster-whisper pipeline on the 10-minute session.

    .venv/bin/python -m benchmarks.ct2_settings --model tiny.en --compute-type int8 [--minutes 10]
    CT2_USE_MKL=1 .venv/bin/python -m benchmarks.ct2_settings --model tiny.en --compute-type int8

``BatchedInferencePipeline(WhisperModel(path, device="cpu", compute_type=CT, cpu_threads=2))`` with
batch 8, beam 5, language en and word timestamps on the samples joined into ``--minutes`` (as
``pipeline_speed.py`` makes them), after an untimed 30 s warm-up. Prints one JSON line: the model,
compute type, ``CT2_USE_MKL``, seconds, RTFx and the word count (no text). Results: ``speed.md``.
"""

from __future__ import annotations

import argparse
import json
import os
import tempfile
import time
from pathlib import Path


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--model", default="tiny.en")
    ap.add_argument("--compute-type", default="int8")
    ap.add_argument("--minutes", type=int, default=10)
    a = ap.parse_args()
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    from faster_whisper import BatchedInferencePipeline, WhisperModel

    from benchmarks.pipeline_speed import synthetic
    from pipeline.audio import load
    from pipeline.models import resolve_whisper

    with tempfile.TemporaryDirectory() as tmp:
        audio = load(synthetic(a.minutes, Path(tmp))).samples
    path = str(resolve_whisper(a.model, allow_download=False).path)
    pipe = BatchedInferencePipeline(WhisperModel(path, device="cpu", compute_type=a.compute_type, cpu_threads=2))
    opts = {"batch_size": 8, "beam_size": 5, "language": "en", "word_timestamps": True}
    list(pipe.transcribe(audio[: 16000 * 30], **opts)[0])
    t = time.perf_counter()
    words = sum(len(s.words or ()) for s in pipe.transcribe(audio, **opts)[0])
    s = time.perf_counter() - t
    print(json.dumps({"model": a.model, "compute_type": a.compute_type, "CT2_USE_MKL": os.environ.get("CT2_USE_MKL"),
                      "seconds": round(s, 1), "rtfx": round(len(audio) / 16000 / s, 1), "words": words}))


if __name__ == "__main__":
    main()
