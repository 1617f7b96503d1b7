"""Issue 21: every enum-like setting refuses an unknown value where it is loaded.

One test per setting: the value comes from a config file or a SCRIBE_* variable,
and the command stops with exit 2 before any model loads, naming the file or
variable, the setting and the valid values (read from the module that owns them).
"""

from __future__ import annotations

import importlib

import pytest
from click.testing import CliRunner

from pipeline.cli import main
from pipeline.config import CHOICES, DEVICE_SETTINGS, Settings, load_settings, valid_values
from pipeline.errors import ConfigError

# (section, key, a bad value, the SCRIBE_* variable that sets it or None: from a config file)
CASES = [
    ("asr", "backend", "whisper.cpp", "SCRIBE_ASR_BACKEND"),
    ("asr", "device", "tpu", "SCRIBE_DEVICE"),
    ("asr", "compute_type", "int4", "SCRIBE_COMPUTE_TYPE"),
    ("diarize", "backend", "nemo", "SCRIBE_DIARIZER"),
    ("diarize", "encoders", "xvector", "SCRIBE_DIARIZATION_ENCODERS"),
    ("diarize", "count_cap", "spectral", "SCRIBE_DIARIZATION_COUNT_CAP"),
    ("diarize", "split", "f0", "SCRIBE_DIARIZATION_SPLIT"),
    ("diarize", "device", "gpu0", None),
    ("note", "device", "mps", "SCRIBE_LLM_DEVICE"),
    ("note", "dtype", "fp8", None),
    ("note", "quantize", "int4", "SCRIBE_LLM_QUANTIZE"),
    ("note", "cpu_matmul", "fast", "SCRIBE_LLM_CPU_MATMUL"),
    ("note", "style", "quotes", None),
    ("note", "passes", "sections", None),
    ("service", "retention", "forever", "SCRIBE_RETENTION"),
    ("formats", "formats", "pdf", None),
    ("asr", "vad", "maybe", None),  # a switch: true or false, never "anything else is false"
]


def _where(section: str, key: str, value: str, var: str | None, tmp_path, monkeypatch) -> str:
    """Put the bad value where a clinic would (a file, or a variable); the origin the message must name."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "none"))
    monkeypatch.delenv("SCRIBE_CONFIG", raising=False)
    if var is not None:
        monkeypatch.setenv(var, value)
        return f"${var}"
    cfg = tmp_path / "clinic.toml"
    cfg.write_text(f'formats = ["json", "{value}"]\n' if section == "formats"
                   else f'[{section}]\n{key} = "{value}"\n')
    monkeypatch.setenv("SCRIBE_CONFIG", str(cfg))
    return str(cfg)


@pytest.mark.parametrize(("section", "key", "value", "var"), CASES, ids=[f"{c[0]}.{c[1]}" for c in CASES])
def test_unknown_value_fails_at_load(section, key, value, var, tmp_path, monkeypatch):
    origin = _where(section, key, value, var, tmp_path, monkeypatch)
    with pytest.raises(ConfigError) as err:
        load_settings()
    message = str(err.value)
    assert message.startswith(f"{origin}: ") and repr(value) in message and key in message, message
    valid = valid_values(section, key)
    if key == "compute_type":
        valid = importlib.import_module("pipeline.asr").COMPUTE_TYPES["faster-whisper"]
    elif valid is None:
        valid = ("true", "false")
    assert all(v in message for v in valid), message

    # the command stops at once: one line naming it, exit 2, no model loaded, nothing written
    out = tmp_path / "out"
    r = CliRunner().invoke(main, ["run", str(tmp_path / "any.wav"), "-o", str(out)])
    assert r.exit_code == 2, r.output
    assert r.stderr.strip().splitlines() == [f"scribe: error: {message}"]
    assert not out.exists()


def test_every_enum_setting_is_tested_and_its_default_is_valid():
    tested = {(c[0], c[1]) for c in CASES}
    assert set(CHOICES) | set(DEVICE_SETTINGS) | {("asr", "compute_type")} <= tested
    s = Settings()
    for section, key in set(CHOICES) | set(DEVICE_SETTINGS):
        default = s.formats if section == "formats" else getattr(getattr(s, section), key)
        for v in default if isinstance(default, tuple) else (default,):
            assert v in valid_values(section, key) or (section, key) in DEVICE_SETTINGS, (section, key, v)


def test_the_owners_list_is_the_valid_list(monkeypatch, tmp_path):
    """A value added where it is implemented (a new note style) is valid at load with no change here."""
    import pipeline.note.writer as writer

    monkeypatch.setattr(writer, "STYLES", (*writer.STYLES, "outline"))
    cfg = tmp_path / "c.toml"
    cfg.write_text('[note]\nstyle = "outline"\n')
    assert load_settings(cfg).note.style == "outline"


def test_the_compute_type_is_checked_against_the_backend_chosen_later(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    cfg = tmp_path / "c.toml"
    cfg.write_text('[asr]\ncompute_type = "int8"\n')
    assert load_settings(cfg).asr.compute_type == "int8"  # CTranslate2 has int8
    with pytest.raises(ConfigError, match=r"c\.toml: \[asr\] compute_type = 'int8' .* transformers "
                                          r"backend; choose one of default, float16, bfloat16, float32"):
        load_settings(cfg, {"asr": {"backend": "transformers"}})


def test_devices_take_cuda_n_and_normalise(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    monkeypatch.setenv("SCRIBE_LLM_DEVICE", " CUDA:1 ")
    monkeypatch.setenv("SCRIBE_DEVICE", "cpu")
    s = load_settings()
    assert (s.note.device, s.asr.device) == ("cuda:1", "cpu")


def test_command_line_values_are_checked_too(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    args = ["run", str(tmp_path / "a.wav"), "-o", str(tmp_path / "o")]
    r = CliRunner().invoke(main, [*args, "--device", "gpu"])
    assert r.exit_code == 2
    assert "command line: [asr] device = 'gpu' is not a valid value; choose one of auto, cpu, cuda, cuda:N" \
        in r.stderr
    r = CliRunner().invoke(main, [*args, "--diarizer", "x"])
    assert r.exit_code == 2 and "'x' is not one of 'embedded', 'pyannote'" in r.stderr
