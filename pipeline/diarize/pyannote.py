"""Diarization with a pyannote.audio 4 pipeline, loaded from a local folder.

The model reference (``model``) is, in order of precedence:

1. a local pipeline folder holding ``config.yaml`` (or the path of that file):
   ``speaker-diarization-community-1`` as downloaded (``$model/segmentation``,
   ``$model/embedding``, ``$model/plda`` inside the folder), or a 3.1-style
   config whose ``segmentation``/``embedding``/``plda`` are paths (absolute, or
   relative to the folder);
2. a Hugging Face hub id (``pyannote/speaker-diarization-community-1``) already
   in the local hub cache;
3. that hub id fetched now, only with ``allow_download=True`` and a token
   (``token=`` or ``$HF_TOKEN``): the pyannote pipelines are gated.

Anything else raises :class:`ModelError` saying how to get the model. Before
pyannote loads anything, the config is read here and every sub-model it names
is resolved to a local file or folder, so that a config pointing at the hub
fails with a clear message instead of trying the network (pyannote.audio 4 also
falls back to community-1's PLDA on the hub when a config names none).

Telemetry: pyannote.audio 4 sends usage metrics (OpenTelemetry) unless
``PYANNOTE_METRICS_ENABLED`` is false; it is set to ``0`` here before pyannote
is imported (``pipeline/__init__`` does it too) and ``set_telemetry_metrics(False)``
is called for this process (never saved as pyannote's default).

The recording goes to pyannote in memory (``{"waveform", "sample_rate"}``),
never as a path. The returned turns are pyannote's *exclusive* diarization (one
speaker at a time, made for aligning with a transcript), clipped to the audio,
with any remaining overlap resolved, and speakers renamed SPEAKER_00, SPEAKER_01,
... in order of first appearance.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import time
import warnings
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from ..devices import check_device, pick_device
from ..errors import ConfigError, ModelError, ScribeError
from ..schema import Audio, Diarization, SpeakerTurn

os.environ["PYANNOTE_METRICS_ENABLED"] = "0"  # before pyannote.audio is ever imported

log = logging.getLogger("pipeline.diarize")

HUB_ID = "pyannote/speaker-diarization-community-1"
HOW_TO_GET = (
    f"To get it: accept the user conditions of https://hf.co/{HUB_ID} while logged in to "
    "Hugging Face, then on a connected machine download it once with a token "
    f"(`hf download {HUB_ID} --local-dir speaker-diarization-community-1 --token hf_...`, "
    "or `scribe ... --diarizer pyannote --diarization-model "
    f"{HUB_ID} --allow-download` with HF_TOKEN set), copy that folder to this machine "
    "and pass its path (--diarization-model /path/to/speaker-diarization-community-1)."
)
SUB_MODELS = ("segmentation", "embedding", "plda")
MODEL_FILE = "pytorch_model.bin"
PLDA_FILES = ("xvec_transform.npz", "plda.npz")
_HUB_ID_RE = re.compile(r"^[A-Za-z0-9][\w.-]*/[\w.-]+$")


@dataclass
class PyannoteDiarizer:
    """A pyannote.audio 4 speaker-diarization pipeline (satisfies the Diarizer protocol)."""

    model: str | os.PathLike[str] | None = None  # pipeline folder, or hub id (see module doc)
    device: str = "auto"  # auto (cuda when available) | cpu | cuda | cuda:N (pipeline/devices.py)
    allow_download: bool = False
    token: str | None = field(default=None, repr=False)  # hub token; else $HF_TOKEN
    cache_dir: str | os.PathLike[str] | None = None  # hub cache (default: huggingface_hub's)
    num_threads: int | None = None  # torch CPU threads while diarizing; None leaves torch's setting
    name: str = "pyannote"
    _pipeline: Any = field(default=None, init=False, repr=False)
    _info: dict[str, Any] = field(default_factory=dict, init=False, repr=False)

    def __post_init__(self) -> None:
        self.device = check_device(self.device, "pyannote diarizer: device")
        if self.num_threads is not None and self.num_threads < 1:
            raise ConfigError("pyannote diarizer: num_threads must be at least 1")

    # ---------------------------------------------------------------- loading

    def load(self) -> Any:
        """Load the pipeline once (raises ModelError); later calls return it."""
        if self._pipeline is not None:
            return self._pipeline
        folder, source, label = self._resolve()  # before the (slow) imports: quick errors
        Pipeline = _import_pyannote()
        import torch

        device = self._torch_device(torch)
        hub_ok = self.allow_download
        token = self._token() if hub_ok else None
        t0 = time.perf_counter()
        with _hub_online(hub_ok):
            config = _read_config(folder)
            config = _localise(config, folder, hub_ok=hub_ok, cache_dir=self.cache_dir)
            try:
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore")  # pyannote's and lightning's load chatter
                    pipe = Pipeline.from_pretrained(config, token=token, cache_dir=self.cache_dir)
            except ScribeError:
                raise
            except Exception as e:  # noqa: BLE001 - pyannote, lightning, torch, yaml all raise their own
                raise ModelError(
                    f"could not load the pyannote pipeline {label!r}: {type(e).__name__}: {e}. "
                    "The folder must be a complete pyannote.audio 4 pipeline (config.yaml with its "
                    f"checkpoints, as downloaded). {HOW_TO_GET}"
                ) from e
        if pipe is None:
            raise ModelError(f"could not load the pyannote pipeline {label!r}. {HOW_TO_GET}")
        if not callable(pipe) or not hasattr(pipe, "to"):
            raise ModelError(f"{label!r} is not a pyannote.audio pipeline")
        try:
            pipe.to(device)
        except Exception as e:  # noqa: BLE001
            raise ModelError(f"could not move the pyannote pipeline to {device}: {e}") from e
        import pyannote.audio

        self._pipeline = pipe
        self._info = {
            "backend": self.name,
            "name": label,
            "source": source,
            "pipeline": config["pipeline"]["name"],
            "clustering": (config["pipeline"].get("params") or {}).get("clustering"),
            "pyannote.audio": pyannote.audio.__version__,
            "torch": torch.__version__,
            "device": str(device),
        }
        if source != "folder":
            self._info["revision"] = folder.name  # the hub cache's snapshot folder is the commit
        log.info("loaded pyannote pipeline (%s) on %s in %.1f s", source, device, time.perf_counter() - t0)
        return pipe

    def _torch_device(self, torch: Any) -> Any:
        return torch.device(pick_device(self.device, "torch", "[diarize] device"))

    def _token(self) -> str | None:
        return self.token or os.environ.get("HF_TOKEN") or None

    def _resolve(self) -> tuple[Path, str, str]:
        """(pipeline folder, source, short name) or ModelError."""
        if self.model is None or not str(self.model).strip():
            raise ModelError("no pyannote pipeline given (--diarization-model FOLDER). " + HOW_TO_GET)
        ref = os.fspath(self.model).strip() if isinstance(self.model, os.PathLike) else str(self.model).strip()
        path = Path(ref).expanduser()
        is_hub_id = bool(_HUB_ID_RE.match(ref)) and not path.exists() and not isinstance(self.model, Path)
        if not is_hub_id:
            if path.is_file() and path.name.endswith((".yaml", ".yml")):
                path = path.parent
            if not path.exists():
                raise ModelError(f"the pyannote pipeline folder {ref!r} does not exist. " + HOW_TO_GET)
            if not path.is_dir() or not (path / "config.yaml").is_file():
                raise ModelError(
                    f"{ref!r} is not a pyannote pipeline folder: it needs a config.yaml (and the "
                    "checkpoints it names). " + HOW_TO_GET
                )
            return path.resolve(), "folder", path.resolve().name
        cached = self._hub_cache(ref)
        if cached is not None:
            return cached, "hub-cache", ref
        if not self.allow_download:
            raise ModelError(
                f"the pyannote pipeline {ref!r} is not available offline (no such folder, and it is not "
                "in the local hub cache); nothing was downloaded. " + HOW_TO_GET
            )
        return self._download(ref), "hub", ref

    def _hub_cache(self, repo_id: str) -> Path | None:
        try:
            from huggingface_hub import snapshot_download

            found = Path(snapshot_download(repo_id, local_files_only=True, cache_dir=self.cache_dir))
        except Exception as e:  # noqa: BLE001 - not cached is the normal case
            log.debug("pyannote pipeline %s not in the hub cache: %s", repo_id, type(e).__name__)
            return None
        return found if (found / "config.yaml").is_file() else None

    def _download(self, repo_id: str) -> Path:
        token = self._token()
        if not token:
            raise ModelError(
                f"downloading {repo_id!r} needs a Hugging Face token (token=... or $HF_TOKEN): the "
                "pyannote pipelines are gated. " + HOW_TO_GET
            )
        from huggingface_hub import snapshot_download

        log.info("downloading pyannote pipeline (explicitly allowed)")
        try:
            with _hub_online(True):
                found = Path(snapshot_download(repo_id, token=token, cache_dir=self.cache_dir))
        except Exception as e:  # noqa: BLE001 - network, auth, gated, unknown id
            raise ModelError(
                f"could not download {repo_id!r}: {type(e).__name__}: {e}. Check that the token's account "
                f"has accepted the conditions at https://hf.co/{repo_id}."
            ) from e
        if not (found / "config.yaml").is_file():
            raise ModelError(f"{repo_id!r} has no config.yaml: it is not a pyannote pipeline")
        return found

    # -------------------------------------------------------------------- API

    def describe(self) -> dict[str, Any]:
        return dict(self._info) if self._info else {"backend": self.name, "name": _short(self.model)}

    def diarize(
        self,
        audio: Audio,
        num_speakers: int | None = None,
        min_speakers: int | None = None,
        max_speakers: int | None = None,
    ) -> Diarization:
        kwargs = _speaker_kwargs(num_speakers, min_speakers, max_speakers)
        pipe = self.load()
        model = self.describe() | {
            "num_speakers": num_speakers, "min_speakers": min_speakers, "max_speakers": max_speakers,
        }
        samples = np.asarray(audio.samples)
        if samples.ndim != 1:
            raise ValueError("the pyannote diarizer needs mono samples; decode with pipeline.audio.load")
        if samples.size == 0:
            return Diarization(turns=(), model=model | {"output": "exclusive"})

        import torch

        waveform = torch.from_numpy(np.ascontiguousarray(samples, dtype=np.float32))[None]
        file = {"waveform": waveform, "sample_rate": int(audio.sample_rate), "uri": "recording"}
        t0 = time.perf_counter()
        with _torch_threads(self.num_threads), warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            try:
                output = pipe(file, **kwargs)
            except ScribeError:
                raise
            except Exception as e:  # noqa: BLE001 - anything from pyannote/torch/sklearn
                raise ModelError(f"pyannote diarization failed: {type(e).__name__}: {e}") from e
        for w in caught:
            text = str(w.message)
            if "outside" in text and "bounds" in text:
                log.warning("pyannote found a number of speakers outside the requested bounds")
            else:
                log.debug("pyannote: %s: %s", w.category.__name__, text.strip().splitlines()[0] if text else "")

        annotation, kind = _pick_annotation(output)
        turns = exclusive_turns(
            ((float(seg.start), float(seg.end), label) for seg, _, label in annotation.itertracks(yield_label=True)),
            duration=audio.duration,
        )
        log.info("pyannote diarized %.1f s of audio in %.1f s: %d speakers, %d turns",
                 audio.duration, time.perf_counter() - t0, len({t.speaker for t in turns}), len(turns))
        return Diarization(turns=tuple(turns), model=model | {"output": kind})


# ------------------------------------------------------------------ helpers


def _import_pyannote() -> Any:
    """Import pyannote.audio with telemetry off; return its Pipeline class."""
    os.environ["PYANNOTE_METRICS_ENABLED"] = "0"
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # torchcodec/torchaudio notices at import
            from pyannote.audio import Pipeline
    except ImportError as e:
        raise ModelError(f"pyannote.audio 4 is not installed ({e}); pip install 'pyannote.audio==4.0.*'") from e
    try:
        from pyannote.audio.telemetry import set_telemetry_metrics
    except ImportError:  # pragma: no cover - pyannote.audio < 4 has no telemetry
        pass
    else:
        set_telemetry_metrics(False)  # this process only; pyannote's saved default is left alone
    return Pipeline


@contextlib.contextmanager
def _hub_online(allowed: bool) -> Iterator[None]:
    """Let huggingface_hub reach the network inside the block, only when ``allowed``."""
    if not allowed:
        yield
        return
    import huggingface_hub.constants as hc

    before = hc.HF_HUB_OFFLINE
    hc.HF_HUB_OFFLINE = False  # explicit user consent, for this download only
    try:
        yield
    finally:
        hc.HF_HUB_OFFLINE = before


@contextlib.contextmanager
def _torch_threads(n: int | None) -> Iterator[None]:
    if n is None:
        yield
        return
    import torch

    before = torch.get_num_threads()
    torch.set_num_threads(n)
    try:
        yield
    finally:
        torch.set_num_threads(before)


def _short(ref: Any) -> str:
    """A name for transcript.json: a folder's own name (never its full path), or the hub id."""
    if ref is None:
        return ""
    s = os.fspath(ref) if isinstance(ref, os.PathLike) else str(ref)
    p = Path(s).expanduser()
    return p.name if p.exists() or s.startswith((".", "/", "~")) else s


def _speaker_kwargs(num: int | None, lo: int | None, hi: int | None) -> dict[str, int]:
    out: dict[str, int] = {}
    for key, v in (("num_speakers", num), ("min_speakers", lo), ("max_speakers", hi)):
        if v is None:
            continue
        if isinstance(v, bool) or not isinstance(v, (int, np.integer)) or v < 1:
            raise ConfigError(f"{key} must be a whole number of at least 1, not {v!r}")
        out[key] = int(v)
    if num is None and lo is not None and hi is not None and lo > hi:
        raise ConfigError(f"min_speakers ({lo}) is more than max_speakers ({hi})")
    return out


def _read_config(folder: Path) -> dict[str, Any]:
    import yaml

    path = folder / "config.yaml"
    try:
        config = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as e:
        raise ModelError(f"the pyannote pipeline's config.yaml cannot be read: {type(e).__name__}: {e}") from e
    if (
        not isinstance(config, dict)
        or not isinstance(config.get("pipeline"), dict)
        or not isinstance(config["pipeline"].get("name"), str)
    ):
        raise ModelError("the pyannote pipeline's config.yaml has no `pipeline: name:` entry; it is not a "
                         "pyannote.audio pipeline config. " + HOW_TO_GET)
    params = config["pipeline"].get("params")
    if params is not None and not isinstance(params, dict):
        raise ModelError("the pyannote pipeline's config.yaml: `pipeline: params:` must be a mapping")
    return config


def _localise(config: dict[str, Any], folder: Path, *, hub_ok: bool,
              cache_dir: str | os.PathLike[str] | None) -> dict[str, Any]:
    """Rewrite the config so that pyannote loads every sub-model from a local path.

    ``$model/sub`` -> ``{"checkpoint": folder, "subfolder": sub}`` (what pyannote's own
    expand_subfolders does, anchored at ``folder`` rather than the working directory);
    a path (absolute, relative to ``folder``, or relative to the working directory) ->
    ``{"checkpoint": path}`` (a dict, so pyannote never picks an embedding class from
    words in the path); a hub id -> its file in the local hub cache, else left for
    pyannote to download when ``hub_ok``, else ModelError.
    """
    config = _expand_model_refs(config, folder)
    pipe_cfg = config["pipeline"]
    params = dict(pipe_cfg.get("params") or {})
    diarization = pipe_cfg["name"].rsplit(".", 1)[-1] == "SpeakerDiarization"
    for key in SUB_MODELS:
        if key in params:
            params[key] = _local_ref(key, params[key], folder, hub_ok, cache_dir)
        elif diarization:  # pyannote.audio 4 would default it to community-1's, on the hub
            params[key] = _missing_sub_model(key, hub_ok, cache_dir)
    if params.get("legacy"):
        params["legacy"] = False  # we want DiarizeOutput (with the exclusive diarization)
    pipe_cfg = dict(pipe_cfg, params=params)
    config = dict(config, pipeline=pipe_cfg)
    config.pop("device", None)  # the diarizer's device wins
    return config


def _expand_model_refs(value: Any, folder: Path) -> Any:
    if isinstance(value, str) and value.startswith("$model/"):
        sub = value[len("$model/"):]
        if "@" in sub:
            raise ModelError(f"the pyannote config refers to {value!r}, a hub revision; a local folder "
                             "cannot have revisions (remove the @...)")
        if not (folder / sub).exists():
            raise ModelError(f"the pyannote pipeline folder has no {sub!r} (config.yaml refers to {value!r}); "
                             "copy the complete folder as downloaded. " + HOW_TO_GET)
        return {"checkpoint": str(folder), "subfolder": sub}
    if isinstance(value, dict):
        return {k: _expand_model_refs(v, folder) for k, v in value.items()}
    if isinstance(value, list):
        return [_expand_model_refs(v, folder) for v in value]
    return value


def _expected_files(key: str) -> tuple[str, ...]:
    return PLDA_FILES if key == "plda" else (MODEL_FILE,)


def _check_local(key: str, path: Path) -> None:
    if path.is_dir():
        missing = [f for f in _expected_files(key) if not (path / f).is_file()]
        if missing:
            raise ModelError(f"the pyannote {key} folder {path.name!r} lacks {', '.join(missing)}; copy the "
                             "complete pipeline folder as downloaded. " + HOW_TO_GET)
    elif key == "plda":
        raise ModelError(f"the pyannote plda entry must be a folder holding {' and '.join(PLDA_FILES)}")


def _local_ref(key: str, value: Any, folder: Path, hub_ok: bool,
               cache_dir: str | os.PathLike[str] | None) -> Any:
    if isinstance(value, dict) and "checkpoint" in value:
        ckpt = value["checkpoint"]
        sub = value.get("subfolder")
        local = _as_local_path(str(ckpt), folder)
        if local is not None:
            if value.get("revision"):
                raise ModelError(f"the pyannote {key} entry gives a revision for a local path; remove it")
            _check_local(key, local / sub if sub else local)
            return dict(value, checkpoint=str(local))
        return _hub_ref(key, str(ckpt), sub, value.get("revision"), hub_ok, cache_dir, value)
    if isinstance(value, (str, os.PathLike)):
        local = _as_local_path(os.fspath(value), folder)
        if local is not None:
            _check_local(key, local)
            return {"checkpoint": str(local)}
        return _hub_ref(key, os.fspath(value), None, None, hub_ok, cache_dir, value)
    return value  # an object, or something pyannote will judge


def _as_local_path(ref: str, folder: Path) -> Path | None:
    p = Path(ref).expanduser()
    for cand in ((p,) if p.is_absolute() else (folder / p, Path.cwd() / p)):
        if cand.exists():
            return cand.resolve()
    if p.is_absolute() or ref.startswith((".", "~")):
        raise ModelError(f"the pyannote config names {ref!r}, which does not exist. " + HOW_TO_GET)
    return None


def _hub_ref(key: str, repo_id: str, subfolder: str | None, revision: str | None, hub_ok: bool,
             cache_dir: str | os.PathLike[str] | None, original: Any) -> Any:
    cached = _from_hub_cache(key, repo_id, subfolder, revision, cache_dir)
    if cached is not None:
        return {"checkpoint": str(cached)}
    if hub_ok:
        return original  # pyannote downloads it (with the token), by explicit consent
    where = f"{repo_id}/{subfolder}" if subfolder else repo_id
    raise ModelError(
        f"the pyannote pipeline's config.yaml takes its {key} from the hub ({where!r}), which is not in "
        "the local hub cache, and downloads are off. Download that model too and point the config "
        f"at its local path, or use the self-contained {HUB_ID} folder. " + HOW_TO_GET
    )


def _from_hub_cache(key: str, repo_id: str, subfolder: str | None, revision: str | None,
                    cache_dir: str | os.PathLike[str] | None) -> Path | None:
    try:
        from huggingface_hub import try_to_load_from_cache
    except ImportError:  # pragma: no cover
        return None
    found: list[Path] = []
    for name in _expected_files(key):
        filename = f"{subfolder}/{name}" if subfolder else name
        try:
            hit = try_to_load_from_cache(repo_id, filename, cache_dir=cache_dir, revision=revision)
        except Exception:  # noqa: BLE001 - e.g. not a valid repo id: not cached either
            return None
        if not isinstance(hit, str):
            return None
        found.append(Path(hit))
    return found[0].parent if key == "plda" else found[0]


def _missing_sub_model(key: str, hub_ok: bool, cache_dir: str | os.PathLike[str] | None) -> Any:
    """pyannote.audio 4 defaults a missing entry to community-1's on the hub."""
    cached = _from_hub_cache(key, HUB_ID, key, None, cache_dir)
    if cached is not None:
        return {"checkpoint": str(cached)}
    if hub_ok:
        return {"checkpoint": HUB_ID, "subfolder": key}
    raise ModelError(
        f"the pyannote pipeline's config.yaml names no {key!r}; pyannote.audio 4 would then fetch "
        f"{HUB_ID}'s {key} from the hub, and downloads are off. "
        + ("Copy the plda/ folder of speaker-diarization-community-1 next to config.yaml and add "
           "`plda: $model/plda` under `pipeline: params:`, or use the community-1 folder itself. "
           if key == "plda" else "")
        + HOW_TO_GET
    )


def _pick_annotation(output: Any) -> tuple[Any, str]:
    exclusive = getattr(output, "exclusive_speaker_diarization", None)
    if exclusive is not None:
        return exclusive, "exclusive"
    regular = getattr(output, "speaker_diarization", None)
    if regular is not None:
        return regular, "regular (overlaps resolved)"
    if hasattr(output, "itertracks"):  # a bare Annotation (legacy pipelines)
        return output, "regular (overlaps resolved)"
    raise ModelError(f"the pyannote pipeline returned {type(output).__name__}, not a diarization")


def exclusive_turns(tracks: Any, duration: float) -> list[SpeakerTurn]:
    """Turns from (start, end, label) tracks: clipped to [0, duration], rounded to the
    millisecond, one speaker at a time (where tracks overlap, the one that started last
    holds the floor), same-speaker turns that touch joined, and labels renamed
    SPEAKER_00, SPEAKER_01 ... in order of first appearance."""
    clipped = []
    for start, end, label in tracks:
        s, e = round(max(0.0, float(start)), 3), round(min(float(duration), float(end)), 3)
        if e > s:
            clipped.append((s, e, label))
    clipped.sort(key=lambda t: (t[0], t[1]))
    pieces: list[list[Any]] = []
    if all(a[1] <= b[0] for a, b in zip(clipped, clipped[1:])):
        pieces = [list(t) for t in clipped]
    else:
        points = sorted({x for s, e, _ in clipped for x in (s, e)})
        active: dict[int, tuple[float, float, Any]] = {}
        j = 0
        for a, b in zip(points, points[1:]):
            while j < len(clipped) and clipped[j][0] <= a:
                active[j] = clipped[j]
                j += 1
            for i in [i for i, t in active.items() if t[1] <= a]:
                del active[i]
            if not active:
                continue
            i = max(active, key=lambda k: (active[k][0], k))
            pieces.append([a, b, active[i][2]])
    merged: list[list[Any]] = []
    for p in pieces:
        if merged and merged[-1][2] == p[2] and merged[-1][1] >= p[0]:
            merged[-1][1] = max(merged[-1][1], p[1])
        else:
            merged.append(p)
    names: dict[Any, str] = {}
    out = []
    for s, e, label in merged:
        if label not in names:
            names[label] = f"SPEAKER_{len(names):02d}"
        out.append(SpeakerTurn(start=float(s), end=float(e), speaker=names[label]))
    return out
