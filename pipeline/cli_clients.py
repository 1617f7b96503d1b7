"""``scribe clients ...``, ``scribe approve``, ``scribe export fhir``, and the client options of run/batch/note.

The client store is ``DATA/clients.sqlite`` in the clinic's data folder (``--data``, else ``[service]
data`` / ``$SCRIBE_DATA``, default ./scribe-data), the one ``scribe serve`` uses. Exit codes: 0 ok; 2 bad
input (an unknown client, a goal of another client, a plan of care with a broken field, a note not yet
approved: each with a message saying what to do, and nothing written).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import click

from .errors import ConfigError, ScribeError

_data = click.option("--data", type=click.Path(path_type=Path, file_okay=False),
                     help="The clinic's data folder holding clients.sqlite (default ./scribe-data, $SCRIBE_DATA).")
_config = click.option("-c", "--config", type=click.Path(path_type=Path, dir_okay=False),
                       help="TOML settings file ([service] data, [fhir] ...).")


def _settings(config: Path | None, data: Path | None):
    from .config import load_settings

    return load_settings(config, {"service": {"data": str(data) if data else None}})


def data_folder(settings, data: Path | None = None) -> Path:
    return Path(data) if data else Path(settings.service.data)


def open_store(settings, data: Path | None = None, must_exist: bool = False):
    """The client store of the data folder (``must_exist``: a ConfigError when the folder has none yet)."""
    from .clients.store import DB_NAME, ClientStore

    folder = data_folder(settings, data)
    if must_exist and not (folder / DB_NAME).is_file():
        raise ConfigError(f"no client store in {folder} (clients.sqlite): add a client first (scribe clients add "
                          "ID --data DIR), or give the data folder that holds it with --data")
    os.umask(0o077)
    return ClientStore(folder)


# ---------------------------------------------------------------- run / batch / note options


def client_options(f, batch: bool = False):
    opts = [
        click.option("--client", "client_id", help="The client (chart number) the recordings belong to: the note "
                     "reports on its plan of care, its name and goals join the hotwords."),
        click.option("--session-date", help="The session's date, YYYY-MM-DD (default: the recording's, else today)."),
        click.option("--data", "clients_data", type=click.Path(path_type=Path, file_okay=False),
                     help="The data folder holding clients.sqlite (default ./scribe-data, $SCRIBE_DATA)."),
    ]
    if batch:
        opts.append(click.option("--clients", "clients_spec", type=click.Path(path_type=Path),
                                 help="Which client each recording belongs to: a CSV manifest (file,client[,date]) "
                                 "or a folder with one subfolder per client id. Its recordings are the inputs when "
                                 "none are given."))
    for opt in reversed(opts):
        f = opt(f)
    return f


def client_contexts(settings, opts: dict[str, Any], inputs: list[Path]) -> tuple[dict[Path, Any], list[Path]]:
    """{input path: ClientContext} from --client / --clients (checked before anything runs), and the inputs
    (the manifest's recordings when none were given). Pops the client options from ``opts``."""
    from .clients.context import load_context
    from .clients.manifest import assignments, check_known

    cid, date = opts.pop("client_id", None), opts.pop("session_date", None) or ""
    spec, data = opts.pop("clients_spec", None), opts.pop("clients_data", None)
    if cid is None and spec is None:
        if date:
            raise ConfigError("--session-date goes with --client (or the date column of a --clients manifest)")
        return {}, inputs
    if cid is not None and spec is not None:
        raise ConfigError("give --client ID or --clients MANIFEST/FOLDER, not both")
    store = open_store(settings, data, must_exist=True)
    try:
        if cid is not None:
            ctx = load_context(store, cid, date)
            return {p: ctx for p in inputs}, inputs
        found = assignments(spec)
        check_known(store, found)
        contexts = {a.path: load_context(store, a.client_id, a.date or date) for a in found}
        return contexts, inputs or [a.path for a in found]
    finally:
        store.close()


def _check_users(folder: Path, names: tuple[str, ...]) -> None:
    """Where the data folder holds the service's users, every therapist named must be one of them."""
    from .service.store import DB_NAME

    if not names or not (folder / DB_NAME).is_file():
        return
    from .service.store import Store

    store = Store(folder)
    try:
        unknown = [n for n in names if store.user_by_name(n) is None]
    finally:
        store.close()
    if unknown:
        raise ConfigError(f"no user {unknown[0]!r} in {folder}; add it first (scribe users add {unknown[0]} "
                          f"--role therapist --data {folder})")


# ---------------------------------------------------------------- scribe clients


@click.group("clients")
def clients_group() -> None:
    """Clients (a child's chart number), their plan of care, and their progress across sessions."""


@clients_group.command("add")
@click.argument("client_id")
@click.option("--name", default="", help="A display name or initials (e.g. 'Noah B.').")
@click.option("--therapist", "therapists", multiple=True, help="A service user who may see the client (repeat).")
@_data
@_config
def clients_add(client_id: str, name: str, therapists: tuple[str, ...], data: Path | None,
                config: Path | None) -> None:
    """Add a client: CLIENT_ID is the clinic's own id (the chart number)."""
    settings = _settings(config, data)
    _check_users(data_folder(settings, data), therapists)
    store = open_store(settings, data)
    c = store.add_client(client_id, name, therapists, who="cli")
    click.echo(f"added client {c.id}" + (f" ({c.name})" if c.name else "") + f" in {store.path}")


@clients_group.command("list")
@_data
@_config
def clients_list(data: Path | None, config: Path | None) -> None:
    """Every client with its active goals and approved sessions."""
    store = open_store(_settings(config, data), data, must_exist=True)
    rows = store.clients()
    if not rows:
        click.echo("no clients yet; add one with `scribe clients add ID --name NAME`")
    for c in rows:
        active = len(store.goals(c.id, "active"))
        sessions = store.sessions(c.id)
        who = f" therapists: {', '.join(c.therapists)}" if c.therapists else ""
        click.echo(f"{c.id}  {c.name or '-'}  {active} active goal(s), {len(sessions)} approved session(s){who}")


@clients_group.command("goals")
@click.argument("client_id")
@_data
@_config
def clients_goals(client_id: str, data: Path | None, config: Path | None) -> None:
    """List the client's goals (id, status, start, target, text)."""
    store = open_store(_settings(config, data), data, must_exist=True)
    c = store.get(client_id)
    goals = store.goals(client_id)
    click.echo(f"client {c.id}" + (f" ({c.name})" if c.name else "") + f": {len(goals)} goal(s)")
    for g in goals:
        target = f"  target: {g.target}" if g.target else ""
        click.echo(f"{g.id:<5} {g.status:<12} {g.start or '-':<10}  {g.text}{target}")


@clients_group.command("goal-add")
@click.argument("client_id")
@click.argument("text")
@click.option("--target", default="", help="What counts as met, e.g. '4/5 trials independently' or '60 sec'.")
@click.option("--start", default="", help="Start date, YYYY-MM-DD (default today).")
@_data
@_config
def clients_goal_add(client_id: str, text: str, target: str, start: str, data: Path | None,
                     config: Path | None) -> None:
    """Add a goal to the client's plan of care."""
    import datetime as dt

    store = open_store(_settings(config, data), data, must_exist=True)
    g = store.add_goal(client_id, text, target, start or dt.date.today().isoformat(), origin="cli", who="cli")
    click.echo(f"added goal {g.id} to client {client_id}: {g.text}" + (f" (target: {g.target})" if g.target else ""))


@clients_group.command("goal-set")
@click.argument("client_id")
@click.argument("goal_id")
@click.option("--status", type=click.Choice(["active", "met", "discontinued"]))
@click.option("--text")
@click.option("--target")
@click.option("--start", help="YYYY-MM-DD")
@_data
@_config
def clients_goal_set(client_id: str, goal_id: str, status: str | None, text: str | None, target: str | None,
                     start: str | None, data: Path | None, config: Path | None) -> None:
    """Change a goal of the client (its status, text, target or start date)."""
    if status is None and text is None and target is None and start is None:
        raise ConfigError("say what to change: --status, --text, --target or --start")
    store = open_store(_settings(config, data), data, must_exist=True)
    store.get(client_id)
    g = store.update_goal(client_id, goal_id, "cli", text=text, target=target, start=start, status=status)
    click.echo(f"goal {g.id} of client {client_id}: {g.status}, {g.text}" + (f" (target: {g.target})"
                                                                             if g.target else ""))


@clients_group.command("import")
@click.argument("file", type=click.Path(path_type=Path, dir_okay=False))
@_data
@_config
def clients_import(file: Path, data: Path | None, config: Path | None) -> None:
    """Import a plan of care (TOML or JSON): clients and their goals, added or updated.

    The whole file is checked first; a mistake is reported with its line and field, and nothing is written.
    """
    from .clients.plan import read_plan

    plan = read_plan(file)
    settings = _settings(config, data)
    _check_users(data_folder(settings, data), tuple(dict.fromkeys(t for c in plan.clients for t in c.therapists)))
    store = open_store(settings, data)
    counts = store.import_plan(plan, who="cli")
    click.echo(f"imported {file}: " + ", ".join(f"{n} {k}" for k, n in counts.items()))


@clients_group.command("progress")
@click.argument("client_id")
@_data
@_config
def clients_progress(client_id: str, data: Path | None, config: Path | None) -> None:
    """Each goal's results across the approved sessions: date, measure, assistance, status, evidence time."""
    from .clients.progress import table

    store = open_store(_settings(config, data), data, must_exist=True)
    text = table(store, client_id)
    click.echo(text, nl=False)


@clients_group.command("report")
@click.argument("client_id")
@click.option("-o", "--out", "out", type=click.Path(path_type=Path, dir_okay=False),
              help="Write the report here (default: print it).")
@click.option("--with-name", is_flag=True, help="Put the client's display name in the report (default: the id).")
@_data
@_config
def clients_report(client_id: str, out: Path | None, with_name: bool, data: Path | None,
                   config: Path | None) -> None:
    """The progress report (Markdown) for re-authorization letters: approved sessions only."""
    from .clients.report import markdown
    from .outputs import atomic_write

    store = open_store(_settings(config, data), data, must_exist=True)
    text = markdown(store, client_id, with_name=with_name)
    if out is not None:
        atomic_write(out, text)
    if out is None:
        click.echo(text, nl=False)
    else:
        click.echo(f"ok: progress report of {client_id} -> {out}")


@clients_group.command("chart")
@click.argument("client_id")
@click.argument("goal_id")
@click.option("-o", "--out", "out", required=True, type=click.Path(path_type=Path, dir_okay=False))
@_data
@_config
def clients_chart(client_id: str, goal_id: str, out: Path, data: Path | None, config: Path | None) -> None:
    """One goal's measure over the approved sessions, as an SVG chart."""
    from .clients.chart import svg
    from .outputs import atomic_write

    store = open_store(_settings(config, data), data, must_exist=True)
    goal = store.goal(client_id, goal_id)
    atomic_write(out, svg(goal, store.results(client_id, goal.id)))
    click.echo(f"ok: chart of {goal_id} -> {out}")


# ---------------------------------------------------------------- scribe approve / export fhir


@click.command("approve")
@click.argument("note", type=click.Path(path_type=Path))
@click.option("--by", required=True, help="Who approves the note (the clinician).")
@click.option("--confirm-unsupported", is_flag=True,
              help="The items marked UNSUPPORTED were checked against the session and are correct.")
@_data
@_config
def approve(note: Path, by: str, confirm_unsupported: bool, data: Path | None, config: Path | None) -> None:
    """Approve the note in NOTE (a folder `scribe run` wrote, or its note.json): it is then final.

    A client's note stores its goal results for `scribe clients progress` (computed again now, against the
    plan and the earlier approved sessions).
    """
    from .clients.approve import approve_folder, read_note
    from .note import load_template

    settings = _settings(config, data)
    _folder, raw, _t = read_note(note)
    store = open_store(settings, data, must_exist=True) if raw.get("client") else None
    try:
        template = load_template(raw.get("template") or None)
    except ScribeError:
        template = None
    result = approve_folder(note, by, store, template, confirm_unsupported)
    extra = ""
    if result.client:
        from .clients.model import GoalReport

        rep = GoalReport.from_dict(result.client)
        extra = f"; {sum(r.addressed for r in rep.results)} of {len(rep.results)} goal(s) addressed, results stored"
    click.echo(f"approved by {by}: {note}{extra}")


@click.group("export")
def export_group() -> None:
    """Export approved notes."""


@export_group.command("fhir")
@click.argument("note")
@click.option("-o", "--out", "out", required=True, type=click.Path(path_type=Path, dir_okay=False),
              help="The Bundle's JSON file.")
@_data
@_config
def export_fhir(note: str, out: Path, data: Path | None, config: Path | None) -> None:
    """An approved note as a FHIR R4 Bundle: NOTE is a note folder (or its note.json), or a service
    recording id (r-...) in the data folder. A draft is refused: approve it first."""
    from .clients.export import fhir_of_folder, fhir_of_recording
    from .outputs import atomic_write

    settings = _settings(config, data)
    if Path(note).exists():
        text = fhir_of_folder(Path(note), settings, data_folder(settings, data))
    else:
        text = fhir_of_recording(note, settings, data_folder(settings, data))
    atomic_write(out, text)
    click.echo(f"ok: FHIR Bundle -> {out}")


def register(main: click.Group) -> None:
    main.add_command(clients_group)
    main.add_command(approve)
    main.add_command(export_group)
