"""``scribe eval ...``: measure the pipeline against references."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from .cli_common import _fail
from .errors import ConfigError, ScribeError


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


ROOT = Path(__file__).resolve().parents[1]


def _default_data_dir() -> Path | None:
    p = ROOT.parent / "shared" / "data"
    return p if p.is_dir() else None


def _aci_csv(data_dir: Path, split: str) -> Path:
    for p in (data_dir, data_dir / f"{split}.csv", data_dir / "aci-bench" / f"{split}.csv"):
        if p.is_file():
            return p
    raise ConfigError(f"no ACI-BENCH {split}.csv in {data_dir} (give --data-dir the folder that holds "
                      "aci-bench/, the aci-bench folder itself, or the csv file)")


def _primock_dir(data_dir: Path) -> Path:
    for p in (data_dir, data_dir / "primock57"):
        if (p / "notes").is_dir() and (p / "transcripts").is_dir():
            return p
    raise ConfigError(f"no PriMock57 folder (notes/ and transcripts/) in {data_dir}")


def _write_report(json_out: Path, data: str, split: str, transcripts, note_template, settings, writer,
                  rows: list[dict]) -> None:
    from .evaluate import notes as metrics
    from .outputs import atomic_write

    gen = getattr(writer, "gen", None)
    report = {"data": data, "split": split if data == "aci-bench" else None,
              "transcripts": "asr" if transcripts is not None else "reference",
              "template": note_template.name, "llm": settings.note.model,
              "quantize": getattr(gen, "quantize", settings.note.quantize),
              "cpu_matmul": getattr(gen, "cpu_matmul", None),
              "passes": settings.note.passes,
              "style": settings.note.style,
              "writer": getattr(writer, "name", type(writer).__name__),
              "mean": metrics.summarize(rows), "sessions": rows}
    try:
        atomic_write(json_out, json.dumps(report, indent=1) + "\n")
    except ScribeError as e:
        _fail(e)


@eval_group.command("notes")
@click.option("--data", type=click.Choice(["samples", "test", "aci-bench", "primock57"]), default="samples",
              show_default=True, help="Which sessions: the synthetic samples (key facts; the development set), the "
                                      "test sessions (samples/test: key facts; never tuned on), or a reference "
                                      "corpus (ROUGE against the clinicians' notes).")
@click.option("--data-dir", type=click.Path(path_type=Path, exists=True),
              help="Reference data folder (default: ../shared/data beside the repository, when present).")
@click.option("--split", type=click.Choice(["train", "valid"]), default="valid", show_default=True,
              help="ACI-BENCH split.")
@click.option("--samples-dir", type=click.Path(path_type=Path, file_okay=False, exists=True),
              help="Sample sessions with NAME.json and NAME.facts.json (default: the repository's samples/).")
@click.option("--transcripts", type=click.Path(path_type=Path, file_okay=False, exists=True),
              help="Samples only: use OUT/<name>/transcript.json made by `scribe transcribe -o OUT` "
                   "instead of the reference turns.")
@click.option("--limit", type=click.IntRange(1), help="Only the first N sessions.")
@click.option("--skip", type=click.IntRange(0), default=0, help="Leave out the first N sessions (with --limit: "
                                                                "run a long corpus in parts).")
@click.option("--template", help="Note template: a name in prompts/ (ot-progress, soap, dap) or a .toml path.")
@click.option("--llm", help="Language model: packaged name, a model folder, or a .gguf file.")
@click.option("--config", type=click.Path(path_type=Path, dir_okay=False), help="TOML settings file.")
@click.option("--json", "json_out", type=click.Path(path_type=Path, dir_okay=False),
              help="Also write the report (per-session metrics and means) as JSON.")
@click.option("--quantize", type=click.Choice(["auto", "none", "int8", "int8-mlp"]),
              help="CPU: int8 weights and per-token int8 activations in the note model (all linear layers, or "
                   "the MLP blocks and the output head); none: fp32; auto (default): int8 on the CPU.")
@click.option("--style", type=click.Choice(["fields", "write", "quote"]),
              help="write: the model writes each item; quote: it picks the lines and the item quotes them.")
@click.option("--notes-dir", type=click.Path(path_type=Path, file_okay=False),
              help="Also write each session's note.md and note.json to NOTES_DIR/<name>/ for reading.")
def eval_notes(data: str, data_dir: Path | None, split: str, samples_dir: Path | None, transcripts: Path | None,
               limit: int | None, skip: int, template: str | None, llm: str | None, config: Path | None,
               json_out: Path | None, quantize: str | None, style: str | None, notes_dir: Path | None) -> None:
    """Draft a note for each session and score it.

    Per session: ROUGE-1/2/L F1 against the reference note (aci-bench, primock57), the share of items
    whose evidence cites existing segments, the share that grounding marks unsupported, and for the
    samples the key-fact recall and the forbidden (invented) facts found; then the means and the
    seconds per note. No transcript or note text is printed.
    """
    import time

    from . import note as note_api
    from .config import load_settings
    from .errors import ModelError, NoteError
    from .evaluate import notes as metrics
    from .outputs import atomic_write

    try:
        settings = load_settings(config, {"note": {"model": llm, "template": template, "quantize": quantize,
                                                    "style": style}})
        sessions: list[tuple[str, object, str | None, dict | None, tuple[str, ...]]] = []
        if data in ("samples", "test"):
            folder = samples_dir or (ROOT / "samples" if data == "samples" else ROOT / "samples" / "test")
            for name, transcript, facts in metrics.load_samples(folder):
                child = next((s.get("name") for s in transcript.speakers if s.get("role") == "child"), None)
                if transcripts is not None:
                    from .note.text_transcript import load_transcript

                    transcript = load_transcript(transcripts / name / "transcript.json")
                sessions.append((name, transcript, None, facts, (child,) if child else ()))
            sessions = sessions[skip:][:limit]
        else:
            if transcripts is not None:
                raise ConfigError("--transcripts is for --data samples only")
            root = data_dir or _default_data_dir()
            if root is None:
                raise ConfigError(f"--data {data} needs --data-dir (no ../shared/data beside the repository)")
            loaded = (metrics.load_aci_bench(_aci_csv(root, split)) if data == "aci-bench"
                      else metrics.load_primock57(_primock_dir(root)))
            sessions = [(cid, t, ref, None, ()) for cid, t, ref in loaded[skip:][:limit]]
        note_template = note_api.load_template(settings.note.template)
        writer = note_api.make_note_writer(settings)
        from .note.render import note_text
    except ScribeError as e:
        _fail(e)

    width = max([len(s[0]) for s in sessions] + [12])
    click.echo(metrics.table_header(width))
    rows: list[dict] = []
    for name, transcript, reference, facts, names in sessions:
        t0 = time.monotonic()
        try:
            note = note_api.draft(transcript, note_template, writer, names=names)
        except (ModelError, ConfigError) as e:  # nothing else can run
            _fail(e)
        except ScribeError as e:
            rows.append({"name": name, "error": f"{e.__class__.__name__}: {e}",
                         "seconds": round(time.monotonic() - t0, 2)})
            click.echo(f"{name}: error: {e}", err=True)
            continue
        seconds = time.monotonic() - t0
        row = {"name": name, **metrics.score_note(note, transcript, reference, facts,
                                                  note_text(note) if reference is not None else None),
               "seconds": round(seconds, 2), "error": None,
               "generations": note.models.get("note", {}).get("generations", [])}
        if notes_dir is not None:
            from .note.render import write_note

            write_note(note, notes_dir / name, transcript, note_template)
        rows.append(row)
        click.echo(metrics.table_row(name, row, width))
        if json_out is not None:  # after every session: a long run that stops keeps what it measured
            _write_report(json_out, data, split, transcripts, note_template, settings, writer, rows)
        kf = row.get("key_facts")
        if kf and (kf["missing"] or kf["forbidden"]):  # fact ids only, never note text
            click.echo(f"  {name}: missing {', '.join(f['id'] for f in kf['missing']) or '-'}; "
                       f"forbidden {', '.join(f['id'] for f in kf['forbidden']) or '-'}")
    summary = metrics.summarize(rows)
    click.echo(metrics.mean_line(summary))
    if json_out is not None:
        _write_report(json_out, data, split, transcripts, note_template, settings, writer, rows)
        click.echo(f"report: {json_out}")
    failed = [r["name"] for r in rows if r.get("error")]
    if failed:
        click.echo(f"scribe: no note for {len(failed)} session(s): {', '.join(failed)}", err=True)
        sys.exit(1)
    if not rows:
        _fail(NoteError("no session to evaluate"))
