"""``scribe serve``, ``scribe worker``, ``scribe users``, ``scribe audit``: the clinic web service.

Exit codes (README "Exit codes"): 0 ok; 2 bad usage or configuration (an
unknown user, a bad setting); 4 a model is unavailable (the worker); 5 a broken
note template (the worker); 7 the data folder is unusable.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import signal
import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

import click

from .cli_common import SettingChoice
from .errors import ConfigError, ModelError, TemplateError

if TYPE_CHECKING:
    from .service.store import Store

log = logging.getLogger("pipeline.service")
T = TypeVar("T")

_config = click.option("-c", "--config", type=click.Path(path_type=Path, dir_okay=False),
                       help="TOML config file ([service] and the pipeline's sections).")
_data = click.option("--data", type=click.Path(path_type=Path, file_okay=False),
                     help="The service's folder: database, uploads, outputs (default ./scribe-data, $SCRIBE_DATA).")


def _load(config: Path | None, data: Path | None, service: dict | None = None):
    from .config import load_settings
    from .service.store import Store

    os.umask(0o077)  # everything the service writes is owner-only
    settings = load_settings(config, {"service": {"data": str(data) if data else None, **(service or {})}})
    return settings, Store(Path(settings.service.data))


def _worker_cmd(config: Path | None, data: Path) -> list[str]:
    cmd = [sys.executable, "-c", "from pipeline.cli import main; main()", "worker", "--data", str(data)]
    return cmd + (["--config", str(config)] if config else [])


class _Supervisor(threading.Thread):
    """Runs ``scribe worker`` as a child at a lower CPU priority, restarting it if it dies."""

    def __init__(self, cmd: list[str]) -> None:
        super().__init__(daemon=True, name="worker-supervisor")
        self.cmd = cmd
        self.stop = threading.Event()
        self.proc: subprocess.Popen | None = None

    def run(self) -> None:
        env = {**os.environ, "SCRIBE_SERVE_PID": str(os.getpid())}
        while not self.stop.is_set():
            self.proc = subprocess.Popen(["nice", "-n", "10", *self.cmd], env=env)
            code = self.proc.wait()
            if self.stop.is_set():
                return
            if code in (ConfigError.exit_code, ModelError.exit_code, TemplateError.exit_code):
                log.error("the worker stopped (exit %d): fix the configuration or models, then restart", code)
                return
            log.warning("the worker exited (%d); restarting it in 5 s", code)
            self.stop.wait(5)

    def shutdown(self) -> None:
        self.stop.set()
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(30)
            except subprocess.TimeoutExpired:
                self.proc.kill()


@click.command("serve")
@_config
@_data
@click.option("--host", help="Address to listen on (default 127.0.0.1; put a TLS reverse proxy in front).")
@click.option("--port", type=click.IntRange(1, 65535), help="Port (default 8000).")
@click.option("--worker/--no-worker", "with_worker", default=True,
              help="Start the worker as a child process (default); --no-worker when `scribe worker` runs apart.")
@click.option("--max-upload-mb", type=click.FloatRange(min=0, min_open=True), help="Upload size limit (default 2048).")
@click.option("--retention", type=SettingChoice("service", "retention"),
              help="When the audio is deleted (default on-approval).")
@click.option("--retention-days", type=click.IntRange(0, 36500), help="With --retention days (default 30).")
def serve(config, data, host, port, with_worker, max_upload_mb, retention, retention_days) -> None:
    """Start the clinic web service (and its worker)."""
    import uvicorn

    from .service.app import create_app

    settings, store = _load(config, data, {"host": host, "port": port, "max_upload_mb": max_upload_mb,
                                           "retention": retention, "retention_days": retention_days})
    app = create_app(settings, store)
    if not store.users():
        click.echo("scribe: no users yet; add one with `scribe users add NAME --role admin`", err=True)
    sup = None
    if with_worker:
        sup = _Supervisor(_worker_cmd(config, store.data))
        sup.start()
    s = settings.service
    where = f"unix:{s.socket}" if s.socket else f"http://{s.host}:{s.port}/"
    click.echo(f"scribe: serving on {where} (data in {store.data})", err=True)
    def on_signal(signum, _frame):
        # uvicorn stops gracefully on SIGTERM/SIGINT, then raises the signal again into this handler:
        # exit through the finally below, which stops the worker
        raise SystemExit(128 + signum)

    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)
    try:
        server = uvicorn.Server(uvicorn.Config(app, **uvicorn_options(settings)))
        if s.socket:
            server.run(sockets=[unix_socket(s.socket)])
        else:
            server.run()
    finally:
        if sup is not None:
            sup.shutdown()
        if s.socket:
            with contextlib.suppress(OSError):
                os.unlink(s.socket)


def uvicorn_options(settings) -> dict:
    """How ``scribe serve`` runs uvicorn. Its own forwarded-header handling is off (by default it trusts
    X-Forwarded-For from 127.0.0.1, i.e. from any local process): the app honours those headers from
    ``[service] trusted_proxies`` or its Unix socket only (pipeline/service/proxy.py)."""
    s = settings.service
    return {"host": s.host, "port": s.port, "log_level": "warning", "access_log": False,
            "proxy_headers": False, "forwarded_allow_ips": "", "server_header": False}


def unix_socket(path: str):
    """The service's Unix socket, 0660 (the proxy's user joins scribe's group), replacing a stale one."""
    import socket as _socket
    import stat

    p = Path(path)
    if p.exists() or p.is_symlink():
        if not stat.S_ISSOCK(p.lstat().st_mode):
            raise click.ClickException(f"{path} exists and is not a socket; choose another [service] socket")
        p.unlink()
    sock = _socket.socket(_socket.AF_UNIX, _socket.SOCK_STREAM)
    old = os.umask(0o117)
    try:
        sock.bind(str(p))
    finally:
        os.umask(old)
    os.chmod(p, 0o660)
    sock.listen(2048)
    return sock


@click.command("worker")
@_config
@_data
def worker(config, data) -> None:
    """Process the uploaded recordings (first come, first served) until stopped."""
    from .service.worker import serve_worker

    settings, store = _load(config, data)
    serve_worker(store, settings)


@click.group("users")
def users() -> None:
    """The service's users and their sign-in tokens."""


def _change_user(data: Path | None, name: str, action: str, change: Callable[[Store], T]) -> T:
    """One change to a user (``change`` on the data folder's store), written to the audit log."""
    _, store = _load(None, data)
    result = change(store)
    store.audit("cli", action, "user", name)
    return result


@users.command("add")
@click.argument("name")
@click.option("--role", type=click.Choice(["therapist", "admin"]), required=True)
@_data
def users_add(name: str, role: str, data) -> None:
    """Add a user; prints their sign-in token once (only its hash is kept)."""
    token = _change_user(data, name, "add user", lambda store: store.add_user(name, role))
    click.echo(f"added {role} {name!r}. Their sign-in token (shown only now; keep it secret):")
    click.echo(token)


@users.command("token")
@click.argument("name")
@_data
def users_token(name: str, data) -> None:
    """Give a user a new token (the old one stops working, and their sign-ins end)."""
    click.echo(_change_user(data, name, "new token", lambda store: store.new_token(name)))


@users.command("disable")
@click.argument("name")
@_data
def users_disable(name: str, data) -> None:
    """Stop a user from signing in (their recordings and notes stay)."""
    _change_user(data, name, "disable user", lambda store: store.set_disabled(name, True))
    click.echo(f"disabled {name!r}")


@users.command("list")
@_data
def users_list(data) -> None:
    _, store = _load(None, data)
    for u in store.users():
        state = " (disabled)" if u["disabled"] else ""
        click.echo(f"{u['name']}\t{u['role']}{state}\tsince {_when(u['created'])}")


def _when(ts: float) -> str:
    return dt.datetime.fromtimestamp(ts).astimezone().strftime("%Y-%m-%d %H:%M:%S")


@click.command("audit")
@_data
@click.option("--user", help="Only this user's actions.")
@click.option("--recording", help="Only this recording (r-...).")
@click.option("--since", type=click.DateTime(), help="From this date/time.")
@click.option("--limit", type=click.IntRange(1, 1_000_000), default=200, show_default=True)
def audit(data, user, recording, since, limit) -> None:
    """Print the audit log (newest first): when, who, action, object, from where."""
    _, store = _load(None, data)
    rows = store.audit_log(limit, user, recording, since.timestamp() if since else None)
    if not rows:
        click.echo("no audit entries")
    for r in rows:
        click.echo(f"{_when(r['at'])}\t{r['user']}\t{r['action']}\t{r['object']}\t{r['object_id'] or '-'}"
                   f"\t{r['ip'] or '-'}")


def register(main: click.Group) -> None:
    for cmd in (serve, worker, users, audit):
        main.add_command(cmd)
