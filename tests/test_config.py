import pytest

from pipeline.config import load_settings
from pipeline.errors import ConfigError


def test_defaults(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    monkeypatch.delenv("SCRIBE_CONFIG", raising=False)
    s = load_settings()
    assert s.asr.model == "base" and s.asr.device == "auto" and s.asr.batch_size == 8
    assert s.audio.channel is None


def test_precedence_file_env_cli(monkeypatch, tmp_path):
    cfg = tmp_path / "c.toml"
    cfg.write_text('[asr]\nmodel = "tiny.en"\nbeam_size = 3\nlanguage = "fr"\n[audio]\nchannel = 1\n')
    monkeypatch.setenv("SCRIBE_BEAM_SIZE", "2")
    s = load_settings(cfg, {"asr": {"language": "en", "model": None}})
    assert s.asr.model == "tiny.en"  # file
    assert s.asr.beam_size == 2  # env beats file
    assert s.asr.language == "en"  # CLI beats file
    assert s.audio.channel == 1


def test_bad_config_names_file_and_key(tmp_path):
    cfg = tmp_path / "c.toml"
    cfg.write_text("[asr]\nmodle = 'base'\n")
    with pytest.raises(ConfigError, match="c.toml.*modle"):
        load_settings(cfg)
    cfg.write_text("[asr\n")
    with pytest.raises(ConfigError, match="not valid TOML"):
        load_settings(cfg)
    with pytest.raises(ConfigError, match="does not exist"):
        load_settings(tmp_path / "missing.toml")


def test_bad_env_value(monkeypatch):
    monkeypatch.setenv("SCRIBE_BEAM_SIZE", "many")
    with pytest.raises(ConfigError, match="SCRIBE_BEAM_SIZE"):
        load_settings()
