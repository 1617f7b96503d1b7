"""Keep a virtual environment exactly as a lock file says (stdlib only; run with the venv's python).

    python requirements/lockenv.py sync  requirements/dev.txt   # install, remove what the lock does not name
    python requirements/lockenv.py check requirements/dev.txt   # exit 1 naming every difference

`sync` installs the lock with ``pip --require-hashes --no-deps`` (pip resolves nothing: every version and
file hash comes from the lock), uninstalls any distribution the lock does not name (left by an older lock
or a hand install), then runs ``pip check``. `check` changes nothing: it compares the environment's
distributions with the lock and runs ``pip check``; `make test` calls it before any test runs, so a stale
or hand-changed `.venv` stops the run with the package named.

The lock files are made by `make lock` (uv pip compile) and only by it.
"""

from __future__ import annotations

import importlib.metadata as md
import re
import subprocess
import sys
import sysconfig
from pathlib import Path

HERE = Path(__file__).resolve().parent
TOOLS = HERE / "tools.txt"
# the project itself, installed editable from this checkout
OWN = {"therapy-scribe"}
PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==([^\s;\\]+)")


def canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def read_lock(path: Path) -> dict[str, str]:
    """{canonical name: version} of every pinned line of a uv/pip-tools lock file."""
    pins: dict[str, str] = {}
    for n, line in enumerate(path.read_text().splitlines(), 1):
        if not line or line[0] in " #-":
            continue
        m = PIN.match(line)
        if not m:
            raise SystemExit(f"{path}:{n}: not a pinned requirement: {line.strip()!r} (remake it: make lock)")
        pins[canonical(m.group(1))] = m.group(2)
    if not pins:
        raise SystemExit(f"{path}: no pinned requirement (remake it: make lock)")
    return pins


def site_dirs() -> list[str]:
    """The environment's own site-packages: not sys.path, which setuptools extends with its vendored
    packages once anything imports it."""
    paths = sysconfig.get_paths()
    return sorted({paths["purelib"], paths["platlib"]})


def installed() -> dict[str, str]:
    found: dict[str, str] = {}
    for dist in md.distributions(path=site_dirs()):
        name = dist.metadata["Name"]
        if name:
            found[canonical(name)] = dist.version
    return found


def differences(lock: Path) -> list[str]:
    want, have = read_lock(lock), installed()
    problems = []
    for name, version in sorted(have.items()):
        if name in OWN:
            continue
        if name not in want:
            problems.append(f"{name} {version} is installed but {lock.name} does not name it")
        elif want[name] != version:
            problems.append(f"{name} {version} is installed but {lock.name} pins {want[name]}")
    for name, version in sorted(want.items()):
        if name not in have:
            problems.append(f"{name} {version} is pinned in {lock.name} but not installed")
    return problems


def pip(*args: str) -> None:
    cmd = [sys.executable, "-m", "pip", "--disable-pip-version-check", *args]
    if subprocess.run(cmd).returncode != 0:
        raise SystemExit(f"failed: {' '.join(cmd[2:])}")


def pip_check() -> None:
    out = subprocess.run([sys.executable, "-m", "pip", "check"], capture_output=True, text=True)
    if out.returncode != 0:
        raise SystemExit("pip check failed: the installed packages do not satisfy each other:\n"
                         + out.stdout + out.stderr)


def sync(lock: Path) -> None:
    install = ["install", "--quiet", "--require-hashes", "--no-deps", "--no-build-isolation"]
    pip(*install, "-r", str(TOOLS))  # the pinned pip first, then the lock with it
    pip(*install, "-r", str(lock))
    extra = [name for name in installed() if name not in read_lock(lock) and name not in OWN]
    if extra:
        print(f"removing what {lock.name} does not name: {', '.join(sorted(extra))}")
        pip("uninstall", "--quiet", "--yes", *sorted(extra))
    pip_check()
    left = differences(lock)
    if left:
        raise SystemExit("the environment still differs from the lock:\n  " + "\n  ".join(left))


def check(lock: Path) -> None:
    problems = differences(lock)
    if problems:
        venv = Path(sys.prefix)
        raise SystemExit(
            f"{venv} does not match {lock}:\n  " + "\n  ".join(problems)
            + f"\nIt was changed by hand or built from an older lock. Rebuild it from the lock: "
            f"`make sync` (or `rm -rf {venv.name}` and run make again).")
    pip_check()


def main(argv: list[str]) -> None:
    if len(argv) != 3 or argv[1] not in ("sync", "check"):
        raise SystemExit(__doc__)
    lock = Path(argv[2])
    if not lock.is_file():
        raise SystemExit(f"no lock file at {lock}")
    if argv[1] == "sync" and sys.prefix == sys.base_prefix:
        raise SystemExit(f"{sys.executable} is not a virtual environment's python: refusing to change it")
    (sync if argv[1] == "sync" else check)(lock)


if __name__ == "__main__":
    main(sys.argv)
