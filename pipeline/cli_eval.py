"""``scribe eval ...``: measure the pipeline against references."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from .errors import ConfigError, ScribeError


def _fail(e: ScribeError) -> None:
    click.echo(f"scribe: error: {e}", err=True)
    sys.exit(e.exit_code)


@click.group("eval")
def eval_group() -> None:
    """Measure transcripts, diarization and notes against references."""


@eval_group.command("diarization")
@click.option("--audio-dir", required=True, type=click.Path(path_type=Path, file_okay=False, exists=True),
              help="Folder of recordings; a file is scored when its name without suffix is an RTTM uri.")
@click.option("--rttm", "rttms", multiple=True, required=True,
              help="Reference RTTM (repeatable; a quoted glob such as 'samples/*.rttm' works too).")
@click.option("--backend", type=click.Choice(["embedded", "pyannote"]), default="embedded", show_default=True)
@click.option("--model", help="pyannote pipeline folder (pyannote backend only).")
@click.option("--num-speakers", type=click.IntRange(1, 20), help="Give the diarizer the speaker count.")
@click.option("--files", "pattern", help="Only the recordings whose name matches this glob, e.g. 'ami_*'.")
@click.option("--out", type=click.Path(path_type=Path, dir_okay=False), help="Also write the report as JSON.")
def eval_diarization(audio_dir: Path, rttms: tuple[str, ...], backend: str, model: str | None,
                     num_speakers: int | None, pattern: str | None, out: Path | None) -> None:
    """Diarization error rate (DER, collar 0, overlap scored) and JER of a backend against RTTM references.

    Prints one row per file (duration, DER with its missed / false alarm / confusion parts, JER,
    reference and hypothesis speaker counts), the overall DER (weighted by reference speech), and
    the real-time factor of diarization (decoding excluded).
    """
    from .diarize import make_diarizer
    from .evaluate import der

    try:
        refs = der.read_rttms(rttms)
        files = der.find_audio(audio_dir, refs, pattern)
        if not files:
            raise ConfigError(f"no recording in {audio_dir} is named after a uri of the RTTM file(s)"
                              + (f" and matches {pattern!r}" if pattern else ""))
        missing = sorted(u for u in refs if u not in files)
        if missing and not pattern:
            click.echo(f"no audio for {len(missing)} reference uri(s): {', '.join(missing[:10])}"
                       + (" ..." if len(missing) > 10 else ""), err=True)
        options = {"model": model} if backend == "pyannote" and model else {}
        diarizer = make_diarizer(backend, **options)
    except ScribeError as e:
        _fail(e)
    click.echo(der.table_header())
    failed: list[str] = []

    def on_error(uri: str, e: Exception) -> None:
        failed.append(uri)
        click.echo(f"{uri}: error: {e}", err=True)

    try:
        run = der.run_diarizer(diarizer, files, refs, num_speakers, on_error=on_error,
                               on_file=lambda uri, score, seconds: click.echo(der.table_row(score)))
    except ScribeError as e:  # a model error: nothing else can run
        _fail(e)
    if not run.report.files:
        _fail(ConfigError("no recording could be decoded"))
    click.echo(der.overall_line(run.report))
    click.echo(f"speed: {sum(run.seconds.values()):.1f} s to diarize {sum(run.durations.values()):.1f} s of "
               f"audio: real-time factor {run.rtf:.3f} ({backend})")
    if out is not None:
        data = run.to_dict() | {"backend": backend, "num_speakers": num_speakers}
        try:
            out.parent.mkdir(parents=True, exist_ok=True)
            out.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
        except OSError as e:
            _fail(ConfigError(f"cannot write the report to {out}: {e}"))
        click.echo(f"report: {out}")
    if failed:
        click.echo(f"scribe: {len(failed)} recording(s) could not be decoded", err=True)
        sys.exit(1)
