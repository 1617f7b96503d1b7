#!/usr/bin/env bash
# GPU check wrapper (see benchmarks/gpu_check.py and gpu_check.md).
#
#   bash benchmarks/gpu_check.sh wheels     # here, with network: fetch the wheels the GPU machine lacks into .whl/
#   bash benchmarks/gpu_check.sh [ours] [ARGS...]  # THE GPU check, on the GPU machine (python3 3.12 with torch +
#                                           # transformers, no network), carrying .whl and .gpu_carry (made here by
#                                           # `.venv/bin/python -m benchmarks.gpu_ours prepare`): installs .whl/ into
#                                           # /tmp/site and runs the pipeline's own classes (benchmarks/gpu_ours.py run,
#                                           # about 5 minutes with --budget-s 300); results in $OUT (or /tmp/gpu-check-out)
#   bash benchmarks/gpu_check.sh arch [ARGS...]    # the same machine, carrying .whl: the bare architectures
#                                           # (benchmarks/gpu_check.py, about 5 minutes with --budget-s 270)
#
# The GPU machine has torch, torchaudio, transformers, lightning, torchmetrics, scipy, pandas... but no pyannote,
# soundfile or their small dependencies: pyannote.audio's model modules import its whole package (telemetry,
# pyannote.pipeline -> optuna -> colorlog, pyannote.database/metrics, torch-audiomentations...). Only what is missing
# there is carried, so nothing shadows the machine's own numpy or torch.
set -euo pipefail
cd "$(dirname "$0")/.."

if [[ "${1:-}" == "wheels" ]]; then
  mkdir -p .whl
  grep -qx '/.whl/' .git/info/exclude 2>/dev/null || echo '/.whl/' >> .git/info/exclude
  python3 -m pip download -q --no-deps --only-binary=:all: --python-version 3.12 --implementation cp \
    --platform manylinux_2_28_x86_64 --platform manylinux_2_27_x86_64 --platform manylinux_2_17_x86_64 --platform manylinux2014_x86_64 -d .whl \
    pyannote.audio==4.0.7 pyannote.core==6.1.0 pyannote.database==6.1.1 pyannote.pipeline==4.1.0 \
    pyannote.metrics==4.2.0 asteroid-filterbanks==0.4.0 torch-audiomentations==0.12.0 julius==0.2.8 \
    torch_pitch_shift==1.2.5 primePy==1.3 optuna==5.0.0 colorlog==6.12.0 soundfile==0.14.0 cffi==2.1.1 \
    pycparser==3.12 opentelemetry-api==1.45.2 opentelemetry-sdk==1.45.2 opentelemetry-semantic-conventions==0.66b2 \
    opentelemetry-exporter-otlp-proto-http==1.45.2 opentelemetry-exporter-otlp-proto-common==1.45.2 \
    opentelemetry-exporter-otlp-common==0.66b2 opentelemetry-proto==1.45.2 \
    opentelemetry-exporter-http-transport==0.66b2 googleapis-common-protos==1.76.0 \
    faster-whisper==1.2.1 xgrammar==0.2.8 apache-tvm-ffi==0.1.15.post2 pydantic==2.14.4 pydantic-core==2.50.5 \
    annotated-types==0.8.0 typing-inspection==0.4.5 jiwer==4.0.0 rapidfuzz==3.14.6 \
    librosa==0.11.0 audioread==3.1.0 decorator==5.3.1 pooch==1.9.0 platformdirs==4.14.8 soxr==1.1.0
  du -sh .whl
  exit 0
fi

OUT="${OUT:-/tmp/gpu-check-out}"
mkdir -p "$OUT"
python3 -m pip install -q --no-index --no-deps --no-compile --no-cache-dir --upgrade --target /tmp/site .whl/*.whl
export PYTHONPATH=/tmp/site${PYTHONPATH:+:$PYTHONPATH}
export PYTHONUNBUFFERED=1 HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1 PYANNOTE_METRICS_ENABLED=0
nvidia-smi --query-gpu=name,driver_version,memory.total,clocks.max.sm --format=csv || true
if [[ "${1:-}" == "arch" ]]; then
  shift
  python3 -m benchmarks.gpu_check --out "$OUT" "$@" 2>&1 | tee "$OUT/log.txt"
else
  [[ "${1:-}" == "ours" ]] && shift
  python3 -m benchmarks.gpu_ours run --out "$OUT" "$@" 2>&1 | tee "$OUT/log_ours.txt"
fi
