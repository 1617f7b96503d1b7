"""The lock files: current with pyproject.toml, and the environment check that `make test` runs first."""

from __future__ import annotations

import importlib.metadata as md
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parents[1]
REQ = ROOT / "requirements"
LOCKENV = REQ / "lockenv.py"

sys.path.insert(0, str(REQ))
import lockenv  # noqa: E402


def project() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]


@pytest.mark.parametrize(("lock", "extras"), [("main.txt", []), ("dev.txt", ["dev"])])
def test_every_declared_dependency_is_pinned_within_its_range(lock, extras):
    """pyproject.toml changed without `make lock` fails here, not in a user's install."""
    pins = lockenv.read_lock(REQ / lock)
    declared = list(project()["dependencies"])
    for extra in extras:
        declared += project()["optional-dependencies"][extra]
    for line in declared:
        req = Requirement(line)
        name = lockenv.canonical(req.name)
        assert name in pins, f"{req.name} is declared in pyproject.toml but not in requirements/{lock}: make lock"
        assert req.specifier.contains(pins[name], prereleases=True), \
            f"requirements/{lock} pins {req.name} {pins[name]}, outside {req.specifier}: make lock"


def test_locks_agree_and_every_pin_has_hashes():
    main, dev, tools = (lockenv.read_lock(REQ / f) for f in ("main.txt", "dev.txt", "tools.txt"))
    assert {n: v for n, v in dev.items() if n in main} == main  # the same version wherever both name it
    assert {n: v for n, v in main.items() if n in tools} == tools
    assert main["torch"] == main["torchaudio"]  # pyannote loads torchaudio's library against torch
    for f in ("main.txt", "dev.txt", "tools.txt", "test-weights.txt"):
        blocks = (REQ / f).read_text().split("\n")
        pinned = [i for i, line in enumerate(blocks) if lockenv.PIN.match(line)]
        assert pinned
        for i in pinned:
            assert blocks[i + 1].strip().startswith("--hash=sha256:"), f"{f}: {blocks[i]} has no hash"


def run_check(lock: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(LOCKENV), "check", str(lock)], capture_output=True, text=True)


def installed_lock(tmp_path: Path) -> Path:
    """A lock that names exactly what this environment holds (the project itself aside)."""
    lines = []
    for name, version in lockenv.installed().items():
        if name not in lockenv.OWN:
            lines += [f"{name}=={version} \\", "    --hash=sha256:" + "0" * 64]
    path = tmp_path / "lock.txt"
    path.write_text("\n".join(lines) + "\n")
    return path


def test_check_passes_when_the_environment_matches(tmp_path):
    import setuptools  # noqa: F401 - it puts its vendored packages on sys.path: they are not installed

    res = run_check(installed_lock(tmp_path))
    assert res.returncode == 0, res.stderr


def test_check_names_a_package_whose_version_differs(tmp_path):
    lock = installed_lock(tmp_path)
    have = md.version("click")
    lock.write_text(lock.read_text().replace(f"click=={have} ", "click==0.0.1 ", 1))
    res = run_check(lock)
    assert res.returncode == 1
    assert f"click {have} is installed but lock.txt pins 0.0.1" in res.stderr
    assert "make sync" in res.stderr


def test_check_names_what_the_lock_does_not_name_and_what_is_missing(tmp_path):
    lock = installed_lock(tmp_path)
    text = lock.read_text()
    start = text.index("\nclick==") + 1 if not text.startswith("click==") else 0
    end = text.index("\n", text.index("\n", start) + 1) + 1
    lock.write_text(text[:start] + text[end:] + "not-a-real-package==1.0 \\\n    --hash=sha256:" + "0" * 64 + "\n")
    res = run_check(lock)
    assert res.returncode == 1
    assert "click" in res.stderr and "is installed but lock.txt does not name it" in res.stderr
    assert "not-a-real-package 1.0 is pinned in lock.txt but not installed" in res.stderr


def test_a_line_that_is_not_a_pin_is_refused(tmp_path):
    lock = tmp_path / "lock.txt"
    lock.write_text("click>=8\n")
    res = run_check(lock)
    assert res.returncode == 1 and "lock.txt:1: not a pinned requirement" in res.stderr
