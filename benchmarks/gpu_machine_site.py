"""A site-packages folder that holds only what the lent GPU machine has: to try the GPU check here first.

    .venv/bin/python -m benchmarks.gpu_machine_site /tmp/devsite   # symlinks into .venv's site-packages
    .venv/bin/pip install -q --no-deps --target /tmp/tf517 transformers==5.17.0 huggingface_hub==1.33.0 \\
        tokenizers==0.23.2                                                  # the GPU machine's versions
    PYTHONPATH=/tmp/tf517:/tmp/devsite:$PWD .venv/bin/python -S benchmarks/gpu_ours.py run --smoke --out /tmp/o

The GPU machine has no network and its own package set (the device tool's KINDS.md lists it), plus
the wheels carried in ``.whl/``. A package the check imports but neither has fails there, after the
minutes it takes to start the machine. This links into OUT_DIR only the distributions of this
machine's ``.venv`` that the GPU machine has or that ``.whl/`` brings (their ``.dist-info`` too, for
version checks), and ``python -S`` keeps the rest of ``.venv`` off the path. ctranslate2, PyAV and
torchcodec are then missing, as they are there. transformers, huggingface_hub and tokenizers are
left out so that the GPU machine's versions can be put first on the path.

It emulates the package set, not the machine: CUDA, Python 3.12 and the packages' exact versions differ.
"""

from __future__ import annotations

import argparse
import importlib.metadata as md
import os
import re
import shutil
import sys
from pathlib import Path

from benchmarks.common import ROOT

KINDS = Path("/work/.library/device/KINDS.md")
OWN_VERSIONS = {"transformers", "huggingface-hub", "tokenizers"}  # put the GPU machine's versions first


def norm(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def device_packages(kinds: Path) -> set[str]:
    """The 'Packages: a, b, c.' line of KINDS.md's "Python packages already there" section."""
    text = kinds.read_text(encoding="utf-8")
    section = text.split("## Python packages already there", 1)[-1]
    m = re.search(r"Packages:\s*(.+?)\.\s*$", section, flags=re.MULTILINE)
    if not m:
        raise SystemExit(f"no package list in {kinds}")
    return {norm(p.strip()) for p in m.group(1).split(",") if p.strip()}


def build(out: Path, kinds: Path = KINDS, wheels: Path = ROOT / ".whl") -> tuple[list[str], list[str]]:
    allowed = device_packages(kinds)
    if wheels.is_dir():
        allowed |= {norm(w.name.split("-")[0]) for w in wheels.glob("*.whl")}
    allowed -= OWN_VERSIONS
    site = Path(md.distribution("numpy").locate_file(""))
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    kept, dropped = [], []
    for d in md.distributions(path=[str(site)]):
        name = norm(d.metadata["Name"])
        if not (name in allowed or name.startswith(("nvidia-", "cuda-")) or name == "triton"):
            dropped.append(name)
            continue
        kept.append(name)
        tops = {str(f).split("/")[0] for f in d.files or []}
        for top in tops:
            if top.startswith("..") or top == "__pycache__" or top.endswith(".pth"):
                continue
            src, dest = site / top, out / top
            if src.exists() and not dest.exists():
                os.symlink(src, dest)
    return sorted(kept), sorted(dropped)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--kinds", type=Path, default=KINDS, help="the device tool's KINDS.md (its package list)")
    a = ap.parse_args(argv)
    if not a.kinds.is_file():
        print(f"{a.kinds} not found: the GPU machine's package list comes from the device tool", file=sys.stderr)
        return 2
    kept, dropped = build(a.out, a.kinds)
    print(f"{len(kept)} distributions linked into {a.out}; left out: {', '.join(dropped)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
