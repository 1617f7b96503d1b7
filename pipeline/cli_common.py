"""Options and helpers shared by the ``scribe`` commands (cli, cli_batch, cli_eval, cli_serve).

Errors are mapped to exit codes once, here: a command raises a ScribeError and
:class:`ScribeGroup` (the ``scribe`` group) prints it as one line and exits with
its code (README "Exit codes"; pipeline/errors.py).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

import click

from .devices import DEVICES
from .errors import FAILED, ScribeError

if TYPE_CHECKING:
    from .batch import Outcome
    from .config import Settings


def fail(e: ScribeError) -> NoReturn:
    """The one way a command ends on an error: ``scribe: error: ...`` on stderr, the error's exit code."""
    click.echo(f"scribe: error: {e}", err=True)
    sys.exit(e.exit_code)


class ScribeGroup(click.Group):
    """The ``scribe`` group: a ScribeError from any command below it ends the command through :func:`fail`."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except ScribeError as e:
            fail(e)


class SettingChoice(click.Choice):
    """The valid values of an enum-like setting, read where the settings loader reads them (when used)."""

    def __init__(self, section: str, key: str) -> None:
        self.section, self.key = section, key
        self.case_sensitive = True

    @property
    def choices(self) -> tuple[str, ...]:  # type: ignore[override]
        from .config import valid_values

        return valid_values(self.section, self.key) or ()


def drive(inputs: Iterable[Path], out: Path, settings: Settings, *, with_note: bool, retry_failed: bool,
          bar: bool | None = None, clients: dict[Path, Any] | None = None) -> list[Outcome]:
    """Every recording of ``inputs`` through the one driver (pipeline.batch.Batch) into ``out``; ``clients``:
    {input path: pipeline.clients.context.ClientContext} of the recordings that belong to a client.

    Resumable: the ledger in ``out`` remembers what is done. Everything written is owner-only.
    """
    from .batch import Batch
    from .batch.progress import Progress
    from .runner import Runner

    os.umask(0o077)
    job = Batch(out, Runner(settings), with_note=with_note, max_failures=settings.batch.max_failures,
                progress=Progress(bar=bar), clients=clients)
    return job.run(list(inputs), retry_failed=retry_failed)


def exit_failed(message: str) -> NoReturn:
    """Some recordings failed (each already named with its reason): the summary line, exit 1."""
    click.echo(f"scribe: {message}", err=True)
    sys.exit(FAILED)


def _audio_options(f):
    """The options of `transcribe`, shared by `run`."""
    for opt in reversed([
        click.option("--model", help="ASR model: packaged name (tiny.en, base), a CTranslate2 folder, or a hub id."),
        click.option("--asr-backend", "backend", type=SettingChoice("asr", "backend"),
                  help="faster-whisper (CTranslate2, default) or transformers (torch Whisper: a local Hugging Face "
                  "Whisper folder as --model; fp16 with SDPA on CUDA, for machines without CUDA 12's cuBLAS)."),
        click.option("--language", help="Language code (en, fr, ...) or 'auto' to detect."),
        click.option("--hotwords", help="Words to expect: the clinic's terms, the child's name (comma separated)."),
        click.option("--initial-prompt", help="Text that conditions the first window (alternative to --hotwords)."),
        click.option("--beam-size", type=click.IntRange(1, 20), help="Beam size (default 5)."),
        click.option("--batch-size", type=click.IntRange(1, 64),
                  help="Batched inference width; 1 = sequential decoding (default 8)."),
        click.option("--device", help=f"Where to run: {', '.join(DEVICES)} (default auto)."),
        click.option("--compute-type", help="CTranslate2 compute type (default: int8 on CPU, float16 on CUDA)."),
        click.option("--channel", type=click.IntRange(0, 63), help="Keep one channel (0-based) instead of downmixing."),
        click.option("--no-vad", is_flag=True, default=None, help="Decode without voice activity detection."),
        click.option("--allow-download", is_flag=True, default=None,
                  help="Allow fetching a model from the hub (never done otherwise)."),
        click.option("--diarize/--no-diarize", default=None, help="Who spoke when (default on)."),
        click.option("--diarizer", type=SettingChoice("diarize", "backend"),
                  help="embedded: CPU, offline, bundled weights (default); pyannote: a local pipeline folder."),
        click.option("--diarization-model", help="pyannote pipeline folder (or hub id with --allow-download)."),
        click.option("--num-speakers", type=click.IntRange(1, 20), help="Exact number of speakers, when known."),
        click.option("--min-speakers", type=click.IntRange(1, 20)),
        click.option("--max-speakers", type=click.IntRange(1, 20)),
        click.option("--speakers", "names", help="Name speakers: 'therapist=Ms Lee,child=Maya' or 'SPEAKER_01=Dad'."),
        click.option("--therapist", help="Match only this enrolled voice profile (see `scribe enroll`)."),
        click.option("--config", "config", type=click.Path(path_type=Path, dir_okay=False),
                  help="TOML settings file (default ~/.config/therapy-scribe/config.toml)."),
        click.option("--preset", help="Settings preset applied before --config: 'gpu' (large-v3-turbo, pyannote "
                  "community-1 and a 7B note model on CUDA from $SCRIBE_MODELS_DIR, default /models) or a .toml file."),
    ]):
        f = opt(f)
    return f


def _settings(config: Path | None, no_vad: bool | None, opts: dict, note: dict | None = None,
              extra: dict[str, dict] | None = None):
    from .config import load_settings

    asr_keys = ("backend", "model", "language", "hotwords", "initial_prompt", "beam_size", "batch_size",
                "device", "compute_type", "allow_download")
    overrides = {
        "asr": {k: opts[k] for k in asr_keys} | {"vad": None if no_vad is None else not no_vad},
        "audio": {"channel": opts["channel"]},
        "diarize": {
            "enabled": opts["diarize"], "backend": opts["diarizer"], "model": opts["diarization_model"],
            "num_speakers": opts["num_speakers"], "min_speakers": opts["min_speakers"],
            "max_speakers": opts["max_speakers"], "device": opts["device"],
            "allow_download": opts["allow_download"],
        },
        "roles": {"names": opts["names"], "therapist": opts["therapist"]},
        "note": note or {},
    }
    for section, values in (extra or {}).items():
        overrides[section] = overrides.get(section, {}) | values
    return load_settings(config, overrides, preset=opts.get("preset"))


_NOTE_OPTIONS = [
    click.option("--template", help="Note template: ot-progress (default), soap, dap, or a path to a .toml file."),
    click.option("--llm", help="Note model: qwen2.5-1.5b (default, embedded), a model folder, or a .gguf file."),
    click.option("--llm-device", help=f"Where the note model runs: {', '.join(DEVICES)} (default auto)."),
    click.option("--child-name", help="The child's name, which the note may use (e.g. Maya)."),
]


def _note_options(f):
    for opt in reversed(_NOTE_OPTIONS):
        f = opt(f)
    return f


def _note_settings(opts: dict) -> dict:
    return {"template": opts.pop("template"), "model": opts.pop("llm"), "device": opts.pop("llm_device"),
            "child_name": opts.pop("child_name")}
