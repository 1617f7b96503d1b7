"""The project's measurements: each module writes a dated table (benchmarks/*.md) from real runs.

A package of its own, run from the repository root as ``.venv/bin/python -m
benchmarks.NAME`` (README.md here lists them). Benchmarks use the pipeline's
public classes and their own helpers (:mod:`benchmarks.common`, and the model
builders :mod:`benchmarks.ct2_whisper` and :mod:`benchmarks.pyannote_fixture`,
which the tests use too); they never import from ``tests/``, and the pipeline
keeps no code that only a benchmark runs.
"""
