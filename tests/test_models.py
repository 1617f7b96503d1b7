import os

import pytest

from pipeline import models
from pipeline.errors import ModelError


def test_offline_env_is_forced_on_import():
    import pipeline  # noqa: F401

    assert os.environ["HF_HUB_OFFLINE"] == "1"
    assert os.environ["PYANNOTE_METRICS_ENABLED"].lower() in ("0", "false")  # pyannote writes "false"


@pytest.mark.parametrize("given, expected", [(None, "PASSIVE"), ("ACTIVE", "ACTIVE")])
def test_openmp_waits_passively_unless_told_otherwise(given, expected):
    import subprocess
    import sys

    env = {k: v for k, v in os.environ.items() if k != "OMP_WAIT_POLICY"}
    if given:
        env["OMP_WAIT_POLICY"] = given
    code = "import os, pipeline; print(os.environ['OMP_WAIT_POLICY'])"
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == expected


def test_packaged_tiny_en_resolves_to_a_ct2_folder():
    m = models.resolve_whisper("tiny.en")
    assert m.source == "packaged" and (m.path / "model.bin").is_file()
    assert models.resolve_whisper("whisper-tiny.en").path == m.path


def test_local_folder_must_be_a_ct2_model(tmp_path):
    with pytest.raises(ModelError, match="not a CTranslate2 Whisper model"):
        models.resolve_whisper(str(tmp_path))
    with pytest.raises(ModelError, match="does not exist"):
        models.resolve_whisper(str(tmp_path / "large-v3"))


def test_unknown_hub_id_is_not_downloaded(monkeypatch, tmp_path):
    monkeypatch.setenv("HF_HOME", str(tmp_path))
    import faster_whisper.utils as fwu

    calls = []
    real = fwu.download_model

    def spy(ref, **kw):
        calls.append(kw)
        return real(ref, **kw)

    monkeypatch.setattr(fwu, "download_model", spy)
    with pytest.raises(ModelError, match="not available offline.*--allow-download"):
        models.resolve_whisper("large-v3")
    assert calls == [{"local_files_only": True}]


def test_base_model_is_joined_once_and_verified(monkeypatch, tmp_path):
    monkeypatch.setenv("SCRIBE_CACHE_DIR", str(tmp_path))
    m = models.resolve_whisper("base")
    assert m.path == tmp_path / "whisper-base"
    assert models.sha256_file(m.path / "model.bin") == models.WHISPER_BASE_SHA256
    mtime = (m.path / "model.bin").stat().st_mtime_ns
    assert models.resolve_whisper("base").path == m.path
    assert (m.path / "model.bin").stat().st_mtime_ns == mtime  # not joined again


def test_corrupt_parts_are_refused(monkeypatch, tmp_path):
    monkeypatch.setenv("SCRIBE_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(models, "WHISPER_BASE_SHA256", "0" * 64)
    with pytest.raises(ModelError, match="checksum mismatch"):
        models.resolve_whisper("base")
    assert not (tmp_path / "whisper-base" / "model.bin").exists()
    assert not [p for p in (tmp_path / "whisper-base").iterdir() if p.name.startswith(".model.bin")]


def test_list_models_names_the_packaged_defaults():
    names = {r["name"]: r for r in models.list_models()}
    assert names["tiny.en"]["available"] == "yes"
    assert "base" in names
