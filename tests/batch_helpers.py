"""Running ``scribe batch`` as its own process, as a clinic's night job would."""

from __future__ import annotations

import os
import pwd
import shutil
import subprocess
import sys
from pathlib import Path

from benchmarks.common import FAST_CONFIG  # noqa: F401 (the fast real models; the tests import it from here)

SCRIBE = [sys.executable, "-c", "from pipeline.cli import main; main()"]


def unprivileged() -> tuple[int, int] | None:
    """(uid, gid) to run as when this process is root (root reads a mode-000 file), else None."""
    if os.geteuid() != 0:
        return None
    try:
        nobody = pwd.getpwnam("nobody")
    except KeyError:
        return None
    return (nobody.pw_uid, nobody.pw_gid) if shutil.which("setpriv") else None


def give_to(path: Path, ids: tuple[int, int] | None) -> None:
    """Hand a test folder (and everything under it) to the unprivileged user."""
    if ids is None:
        return
    for root, dirs, files in os.walk(path):
        for name in [*dirs, *files]:
            os.lchown(os.path.join(root, name), *ids)
    os.chown(path, *ids)


def scribe(args: list[str], *, cwd: Path, env: dict[str, str], ids: tuple[int, int] | None = None,
           timeout: float = 900, popen: bool = False):
    cmd = [*SCRIBE, *args]
    if ids is not None:
        cmd = ["setpriv", f"--reuid={ids[0]}", f"--regid={ids[1]}", "--clear-groups", *cmd]
    env = {**os.environ, **env, "PYTHONPATH": str(Path(__file__).resolve().parents[1])}
    if popen:
        return subprocess.Popen(cmd, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                text=True, start_new_session=True)
    return subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout, check=False)
