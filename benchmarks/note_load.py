"""Where a warm load of the CPU note model goes, the full way and the way it is done since 2026-12-06.

    .venv/bin/python -m benchmarks.note_load [--model qwen2.5-1.5b] [--append]

Run it after one load has written the int8 cache (``make demo`` does). Steps, one process, timed
one after another: imports, tokenizer, ``from_pretrained`` in fp32, ``quantize_linears`` reading the
cached layers (the full path, still taken when there is no cache); then, on the same cached parts,
fbgemm's ``linear_prepack`` alone for every layer (one Python thread, then ``int8.pack`` on torch's
threads); ``int8_model.load``, the model built from the cache without its fp32 linear weights; and
last a whole ``LocalLLM`` load as ``scribe run`` does it (the files are in the page cache by then).
Peak memory needs a process per way: ``/usr/bin/time -v`` around a ``make_note_writer`` each.
``--append`` adds the table to benchmarks/notes.md.
"""

from __future__ import annotations

import time

T_START = time.perf_counter()

import argparse
import datetime
import sys
from concurrent.futures import ThreadPoolExecutor

import torch
from transformers import AutoModelForCausalLM, AutoTokenizer

from benchmarks.common import ROOT  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--model", default="qwen2.5-1.5b")
    ap.add_argument("--append", action="store_true")
    a = ap.parse_args(argv)
    from safetensors.torch import load_file

    from benchmarks.common import describe
    from pipeline.models import cache_dir
    from pipeline.note import int8
    from pipeline.note.llm import LocalLLM, resolve_llm

    rows: list[tuple[str, float]] = [("imports (torch, transformers, pipeline)", time.perf_counter() - T_START)]
    folder = resolve_llm(a.model)
    t = time.perf_counter()
    tok = AutoTokenizer.from_pretrained(folder)
    rows.append(("tokenizer", time.perf_counter() - t))
    t = time.perf_counter()
    model = AutoModelForCausalLM.from_pretrained(folder, dtype=torch.float32).eval()
    rows.append(("from_pretrained, fp32", time.perf_counter() - t))
    ids = tok.apply_chat_template(int8.CALIBRATION, add_generation_prompt=False, tokenize=True)
    ids = ids["input_ids"] if isinstance(ids, dict) or hasattr(ids, "input_ids") else ids
    cache = cache_dir() / "llm"
    names = [n for n, m in model.named_modules() if isinstance(m, torch.nn.Linear)]
    path = int8.cache_path(cache, folder, names)
    if not path.is_file():
        print(f"no int8 cache for {folder.name} yet: run one load first (make demo)", file=sys.stderr)
        return 2
    t = time.perf_counter()
    n = int8.quantize_linears(model, list(ids), source=folder, cache=cache)
    rows.append((f"quantize_linears from the cache ({n} layers)", time.perf_counter() - t))
    del model

    parts = load_file(path)
    torch.backends.quantized.engine = "fbgemm"
    t = time.perf_counter()
    qws = [torch._make_per_channel_quantized_tensor(parts[f"{x}.q"], parts[f"{x}.scale"].double(),
                                                    torch.zeros(len(parts[f"{x}.scale"]), dtype=torch.long), 0)
           for x in names]
    rows.append(("  of which: per-channel int8 tensors", time.perf_counter() - t))
    t = time.perf_counter()
    for w in qws:
        torch.ops.quantized.linear_prepack(w, None)
    rows.append(("  of which: fbgemm linear_prepack, every layer, one thread", time.perf_counter() - t))
    t = time.perf_counter()
    with ThreadPoolExecutor(2) as ex:
        list(ex.map(lambda w: torch.ops.quantized.linear_prepack(w, None), qws))
    rows.append(("  (fbgemm linear_prepack, every layer, two Python threads)", time.perf_counter() - t))
    del qws
    items = [({k: parts[f"{x}.{k}"] for k in ("q", "scale", "inv_smooth") if f"{x}.{k}" in parts}, None)
             for x in names]
    t = time.perf_counter()
    int8.pack(items)
    rows.append((f"int8.pack, every layer ({torch.get_num_threads()} threads)", time.perf_counter() - t))
    del items, parts

    from pipeline.note import int8_model

    t = time.perf_counter()
    built = int8_model.load(folder, lambda _name: True, cache)
    rows.append(("int8_model.load: the model from the cache, no fp32 linear weights", time.perf_counter() - t))
    del built

    t = time.perf_counter()
    llm = LocalLLM(a.model, device="cpu", quantize="auto")
    rows.append((f"whole LocalLLM load as scribe run does it (quantize={llm.quantize})", time.perf_counter() - t))

    now = datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M")
    lines = [f"## Note model load with a warm int8 cache ({now} UTC)", "",
             (f"Machine: {describe(torch_threads=True)}. "
              f"Model: {folder.name}. "
              f"Command: `.venv/bin/python -m benchmarks.note_load --model {a.model}`."), "",
             "| step | seconds |", "| --- | ---: |"]
    lines += [f"| {name} | {sec:.1f} |" for name, sec in rows]
    text = "\n".join(lines) + "\n"
    print(text)
    if a.append:
        with open(ROOT / "benchmarks" / "notes.md", "a", encoding="utf-8") as f:
            f.write("\n" + text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
