"""``scribe batch``: a day's recordings, resumable, each bad file failing alone.

Exit codes (README "Exit codes"): 0 every input was processed (duplicates and
ignored non-media files count as fine); 1 one or more recordings failed (the
summary names each with its reason); else the code of the error that stopped
it (2 bad usage or configuration, 4 a model is unavailable, 5 a broken note
template, 7 the output folder cannot be used: not writable, or another batch is
working in it).
"""

from __future__ import annotations

import functools
import sys
from pathlib import Path

import click

from .cli_clients import client_contexts, client_options
from .cli_common import _audio_options, _note_options, _note_settings, _settings, drive
from .errors import FAILED, OK, ConfigError


def _summary(outcomes, out: Path) -> int:
    failed = [o for o in outcomes if o.status == "failed"]
    for o in outcomes:
        where = f" -> {out / o.folder}/" if o.folder and o.status in ("done", "duplicate") else ""
        why = f": {o.message}" if o.message else ""
        click.echo(f"{o.status:9s} {o.path}{where}{why}")
    counts = {s: sum(o.status == s for o in outcomes) for s in ("done", "duplicate", "ignored", "failed")}
    click.echo(f"batch: {len(outcomes)} input(s): " + ", ".join(f"{n} {s}" for s, n in counts.items() if n)
               + f"; ledger and outputs in {out}/")
    return FAILED if failed else OK


@click.command("batch")
@click.argument("inputs", nargs=-1, type=click.Path(path_type=Path))
@click.option("-o", "--out", "out", type=click.Path(path_type=Path, file_okay=False),
              help="Output folder: OUT/<name>/ per recording, and the ledger OUT/ledger.sqlite.")
@click.option("--status", "status_of", type=click.Path(path_type=Path, file_okay=False),
              help="Print the ledger of this output folder as a table, and do nothing else.")
@click.option("--retry-failed", is_flag=True, help="Try the failed recordings among the inputs again.")
@click.option("--max-failures", type=click.IntRange(1, 100),
              help="Failures (or crashes of the batch) before a recording is marked failed (default 2).")
@click.option("--max-size-mb", type=click.FloatRange(min=0, min_open=True),
              help="Refuse larger files (default 4096).")
@click.option("--max-minutes", type=click.FloatRange(min=0, min_open=True),
              help="Refuse longer recordings (default 240).")
@click.option("--note/--no-note", "with_note", default=True, help="Write the draft note (default on).")
@click.option("--progress/--no-progress", "bar", default=None,
              help="Progress bar (default: on a terminal; log lines otherwise).")
@_audio_options
@_note_options
@functools.partial(client_options, batch=True)
def batch(inputs: tuple[Path, ...], out: Path | None, status_of: Path | None, retry_failed: bool,
          max_failures: int | None, max_size_mb: float | None, max_minutes: float | None, with_note: bool,
          bar: bool | None, config: Path | None, no_vad: bool | None, **opts) -> None:
    """Process every recording under INPUT... (files or folders, recursive) into OUT.

    Running the same command again resumes: finished stages are skipped, and a
    file is hashed, so a copy of a recording is processed once. A file that
    cannot be used fails alone with its reason; the others go on. Outputs and
    the ledger are owner-only (0600 files, 0700 folders).
    """
    from .batch import status_table

    if status_of is not None:
        click.echo(status_table(status_of), nl=False)
        return
    if out is None or not (inputs or opts.get("clients_spec")):
        raise ConfigError("give the recordings (files or folders) and -o OUT, or --status OUT")
    settings = _settings(config, no_vad, opts, _note_settings(opts), {
        "audio": {"max_size_mb": max_size_mb, "max_duration_minutes": max_minutes},
        "batch": {"max_failures": max_failures}})
    clients, found = client_contexts(settings, opts, list(inputs))
    outcomes = drive(found, out, settings, with_note=with_note, retry_failed=retry_failed, bar=bar,
                     clients=clients)
    sys.exit(_summary(outcomes, out))
