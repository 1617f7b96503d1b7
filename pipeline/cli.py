"""The ``scribe`` command.

Exit codes (README "Exit codes"; pipeline/errors.py): 0 every recording
succeeded; 1 one or more recordings failed (each is named on stderr with its
reason, the others were still processed); otherwise the code of the error that
stopped the command, mapped once by :class:`pipeline.cli_common.ScribeGroup`.

Logs go to stderr; at INFO they carry counts and timings only, never transcript
text or file names (children's health information). The per-file result lines
that the command prints are its output to the user who named those files.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

import click

from . import __version__
from .cli_clients import client_contexts, client_options
from .cli_common import (
    ScribeGroup,
    _audio_options,
    _note_options,
    _note_settings,
    _settings,
    drive,
    exit_failed,
)
from .errors import ConfigError


def _setup_logging(verbose: bool) -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s", "%H:%M:%S"))
    root = logging.getLogger("pipeline")
    root.handlers[:] = [handler]
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    root.propagate = False
    # third-party loggers stay quiet unless --verbose
    for name in ("faster_whisper", "ctranslate2"):
        logging.getLogger(name).setLevel(logging.DEBUG if verbose else logging.WARNING)


@click.group(cls=ScribeGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="scribe")
@click.option("-v", "--verbose", is_flag=True, help="Debug logs (still no transcript text at INFO).")
@click.pass_context
def main(ctx: click.Context, verbose: bool) -> None:
    """therapy-scribe: offline transcripts and notes from recorded therapy sessions."""
    _setup_logging(verbose)
    ctx.ensure_object(dict)


def _process(audio: tuple[Path, ...], out: Path, settings, with_note: bool, clients: dict | None = None) -> None:
    """The recordings through the one driver (resumable, like ``scribe batch``); one line per input.
    ``clients``: {input: ClientContext} (scribe run --client)."""
    outcomes = drive(audio, out, settings, with_note=with_note, retry_failed=True, clients=clients)
    total, failed = len(outcomes), 0
    for i, o in enumerate(outcomes, 1):
        if o.status in ("done", "duplicate"):
            extra = f" ({o.warnings[0]})" if o.warnings else ""
            if o.note is not None:
                extra += f" note: {o.note[0]} items, {o.note[1]} unsupported"
            if o.status == "duplicate":
                extra += f" ({o.message})"
            elif o.earlier:
                extra += " (done by an earlier run)"
            click.echo(f"[{i}/{total}] ok: {o.path} -> {out / o.folder}/{extra}")
        elif o.status == "ignored":
            click.echo(f"[{i}/{total}] ignored: {o.path}: {o.message}")
        else:
            failed += 1
            saved = f" (transcript saved in {out / o.folder}/)" if o.stage == "note" else ""
            click.echo(f"[{i}/{total}] error: {o.path}: {o.message}{saved}", err=True)
    if failed:
        exit_failed(f"{failed} of {total} recordings failed; the others were written to {out}/")
    click.echo(f"done: {total} recording(s) in {out}/")


@main.command()
@click.argument("audio", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("-o", "--out", "out", required=True, type=click.Path(path_type=Path, file_okay=False),
              help="Output folder; each recording gets OUT/<name>/.")
@_audio_options
def transcribe(audio: tuple[Path, ...], out: Path, config: Path | None, no_vad: bool | None, **opts) -> None:
    """Transcribe recordings to OUT/<name>/: transcript.{json,txt,srt,vtt} and diarization.rttm.

    Running it again resumes, as `scribe batch` does: finished stages are skipped (OUT/ledger.sqlite).
    """
    _process(audio, out, _settings(config, no_vad, opts), with_note=False)


@main.command()
@click.argument("audio", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("-o", "--out", "out", required=True, type=click.Path(path_type=Path, file_okay=False),
              help="Output folder; each recording gets OUT/<name>/.")
@_audio_options
@_note_options
@client_options
def run(audio: tuple[Path, ...], out: Path, config: Path | None, no_vad: bool | None, **opts) -> None:
    """Everything: transcript, speakers and roles, then the draft note (note.json, note.md).

    A recording whose note cannot be written still keeps its transcript files;
    it is reported as failed (exit 1) with the reason. Running it again resumes,
    as `scribe batch` does: finished stages are skipped (OUT/ledger.sqlite). With
    --client, the note reports on the client's plan of care.
    """
    settings = _settings(config, no_vad, opts, _note_settings(opts))
    clients, _ = client_contexts(settings, opts, list(audio))
    _process(audio, out, settings, with_note=True, clients=clients)


@main.command()
@click.argument("transcript", type=click.Path(path_type=Path))
@click.option("-o", "--out", "out", required=True, type=click.Path(path_type=Path, file_okay=False),
              help="Folder for note.json and note.md.")
@_note_options
@click.option("--config", "config", type=click.Path(path_type=Path, dir_okay=False),
              help="TOML settings file (default ~/.config/therapy-scribe/config.toml).")
@client_options
def note(transcript: Path, out: Path, config: Path | None, **opts) -> None:
    """Draft a note from a transcript: this tool's transcript.json, or plain text
    with one tagged utterance per line ('[doctor] ...', 'THERAPIST: ...')."""
    from .config import load_settings
    from .note.text_transcript import load_transcript
    from .runner import Runner

    settings = load_settings(config, {"note": _note_settings(opts)})
    clients, _ = client_contexts(settings, opts, [transcript])
    runner = Runner(settings)
    _ = runner.template  # a broken template fails before the transcript is read
    result = runner.write_note(load_transcript(transcript), out, client=clients.get(transcript))
    click.echo(f"ok: note with {len(result.items)} items ({len(result.unsupported)} unsupported) "
               f"-> {out}/note.md, {out}/note.json")


@main.group("templates")
def templates_group() -> None:
    """Note templates (prompts/ and your own .toml files)."""


@templates_group.command("list")
def templates_list() -> None:
    from .note.templates import PROMPTS_DIR, list_templates, load_template

    for name in list_templates():
        t = load_template(name)
        click.echo(f"{name:<12} {t.title}: {', '.join(s.title for s in t.sections)}")
    click.echo(f"\nTemplates live in {PROMPTS_DIR}; copy one, change it, and pass --template PATH "
               "(or set [note] template = \"PATH\" in the config file).")


@templates_group.command("check")
@click.argument("path", type=click.Path(path_type=Path))
def templates_check(path: Path) -> None:
    """Check a template file: exit 0 when it loads, else the file and field at fault."""
    from .note.templates import load_template

    t = load_template(path)
    click.echo(f"ok: {t.name} ({len(t.sections)} sections)")


@main.group()
def models() -> None:
    """Models available offline."""


@models.command("list")
def models_list() -> None:
    """List the models available offline, where they are, and how to add more."""
    from .models import cache_dir, list_models

    rows = list_models()
    width = max(len(r["name"]) for r in rows)
    for r in rows:
        click.echo(f"{r['name']:<{width}}  {r['available']:<3}  {r['kind']}  {r['source']}")
        click.echo(f"{'':<{width}}       {r['description']}")
        if r["path"]:
            click.echo(f"{'':<{width}}       {r['path']}")
    click.echo(
        "\nTo add a model: pass any local CTranslate2 Whisper folder with --model /path/to/folder "
        "(e.g. copied from a connected machine, or converted with ct2-transformers-converter), "
        "or fetch a hub id once with --model ID --allow-download. "
        f"Joined packaged models are cached in {cache_dir()} (set SCRIBE_CACHE_DIR to move it)."
    )


@main.command()
@click.argument("name")
@click.argument("audio", nargs=-1, required=True, type=click.Path(path_type=Path))
def enroll(name: str, audio: tuple[Path, ...]) -> None:
    """Store a therapist's voice profile from recordings of them speaking alone.

    The profile (a speaker embedding, no audio) is kept owner-only in the profile
    folder; when it matches a speaker in a session, that speaker is the therapist.
    """
    import numpy as np

    from . import audio as audio_mod
    from . import profiles
    from .diarize.encoder import SpeakerEncoder
    from .schema import Audio
    from .vad import speech_regions

    decoded = [audio_mod.load(p) for p in audio]
    joined = Audio(samples=np.concatenate([a.samples for a in decoded]), sample_rate=16000,
                   duration=sum(a.duration for a in decoded),
                   sha256=decoded[0].sha256 if len(decoded) == 1 else "")
    speech = speech_regions(joined, min_silence_duration_ms=300)
    path = profiles.enroll(name, joined, SpeakerEncoder(), speech)
    click.echo(f"enrolled {name!r}: {sum(e - s for s, e in speech):.0f} s of speech -> {path}")


@main.group("profiles")
def profiles_group() -> None:
    """Enrolled therapist voice profiles."""


@profiles_group.command("list")
def profiles_list() -> None:
    from .profiles import list_profiles, profile_dir

    rows = list_profiles()
    if not rows:
        click.echo(f"no voice profiles in {profile_dir()}; add one with `scribe enroll NAME AUDIO`")
    for r in rows:
        click.echo(f"{r['name']}  ({r['speech_seconds']} s of speech, {r['created']})  {r['path']}")


@profiles_group.command("remove")
@click.argument("name")
def profiles_remove(name: str) -> None:
    from .profiles import remove_profile

    if not remove_profile(name):
        raise ConfigError(f"no voice profile named {name!r}")
    click.echo(f"removed the voice profile of {name!r}")


from .cli_batch import batch  # noqa: E402  (scribe batch ...)
from .cli_clients import register as register_clients  # noqa: E402  (scribe clients, approve, export)
from .cli_eval import eval_group  # noqa: E402  (scribe eval ...)
from .cli_serve import register as register_service  # noqa: E402

main.add_command(eval_group)
main.add_command(batch)
register_service(main)  # scribe serve, worker, users, audit
register_clients(main)  # scribe clients ..., scribe approve, scribe export fhir

if __name__ == "__main__":  # pragma: no cover
    main()
