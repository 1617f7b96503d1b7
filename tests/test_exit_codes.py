"""The README's "Exit codes" table and the code agree (issue 21): every code the commands can end with is
documented, and every documented code is one the code can end with."""

from __future__ import annotations

import ast
import re

from conftest import ROOT

import pipeline.errors as errors


def _documented() -> dict[str, str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    table = text.split("### Exit codes", 1)[1].split("\n\n", 1)[0]
    rows = [ln.split("|")[1:3] for ln in table.splitlines() if re.match(r"^\| *[0-9]", ln)]
    return {code.strip(): meaning.strip() for code, meaning in rows}


def _subclasses(cls: type) -> list[type]:
    return [c for sub in cls.__subclasses__() for c in (sub, *_subclasses(sub))]


def _from_code() -> set[str]:
    """The errors' exit codes, OK and FAILED, and every literal a command exits with (sys.exit, SystemExit)"""
    codes = {str(errors.OK), str(errors.FAILED), str(errors.ScribeError.exit_code)}
    codes |= {str(c.exit_code) for c in _subclasses(errors.ScribeError)}
    for path in (ROOT / "pipeline").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and node.args):
                continue
            name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
            if name not in ("exit", "SystemExit"):
                continue
            arg = node.args[0]
            if isinstance(arg, ast.Constant) and isinstance(arg.value, int):
                codes.add(str(arg.value))
            elif isinstance(arg, ast.BinOp) and isinstance(arg.left, ast.Constant) and arg.left.value == 128:
                codes.add("128 + N")  # died of signal N, as a shell reports it
    return codes


def test_readme_exit_codes_match_the_code():
    documented = _documented()
    assert set(documented) == _from_code(), (sorted(documented), sorted(_from_code()))


def test_each_error_class_is_documented_with_its_meaning():
    documented = _documented()
    assert "template" in documented[str(errors.TemplateError.exit_code)]
    assert "model" in documented[str(errors.ModelError.exit_code)]
    assert "configuration" in documented[str(errors.ConfigError.exit_code)]
    assert "output folder" in documented[str(errors.OutputError.exit_code)]
    assert "note" in documented[str(errors.NoteError.exit_code)]
    assert "recording" in documented[str(errors.AudioError.exit_code)]
    assert "failed" in documented[str(errors.FAILED)] and "every recording" in documented[str(errors.OK)]


def test_commands_exit_through_the_one_handler():
    """No command maps errors itself: no ``except ScribeError`` that exits, in any cli module."""
    for path in (ROOT / "pipeline").glob("cli*.py"):
        text = path.read_text(encoding="utf-8")
        assert "_fail(" not in text, path.name
        for m in re.finditer(r"except [^:]*ScribeError[^:]*:\n(.*\n){1,2}", text):
            assert "exit" not in m.group(0), (path.name, m.group(0))
