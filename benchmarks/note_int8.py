"""How far the int8 note model is from fp32, and how much faster: next-token agreement and speed.

    .venv/bin/python -m benchmarks.note_int8 [--quantize none int8 int8-mlp]

The embedded note model in fp32 (oneDNN packed layers, the default) reads a prompt built from two
sample transcripts (about 1,100 tokens) and writes 48 tokens greedily; that whole text is then read
by each ``--quantize`` variant (``pipeline/note/int8.py``), compared with fp32 position by position:
- ``agree``: the share of positions whose most likely next token is the same as fp32's;
- ``KL``: the mean KL divergence of the variant's next-token distribution from fp32's;
- ``greedy``: how many of the 48 greedy tokens the variant writes the same from the prompt, and the
  position of the first that differs (a near tie can flip one token and change all that follows).
Speed, each variant on the same prompt: load (quantizing included), prefill tokens/s (the prompt in
one call), decoding tokens/s (one token a step, 40 steps) and the time of one 6-token step (what
jump-forward decoding feeds), and the process's peak RSS so far. No text is printed.
"""

from __future__ import annotations

import argparse
import json
import resource
import time
from pathlib import Path

import torch  # noqa: E402

from benchmarks.common import (
    ROOT,
    describe,
)
from pipeline.note.llm import LocalLLM

CONTINUATION = 48


def prompt(llm: LocalLLM) -> list[int]:
    text = "".join((ROOT / "samples" / f"ot_session_0{i}.txt").read_text() for i in (1, 2))
    return llm.prompt_ids([
        {"role": "system", "content": "You write occupational therapy progress notes."},
        {"role": "user", "content": "Transcript:\n" + text + "\nList the child's goals and the progress on each "
                                    "as JSON."}])


def speed(llm: LocalLLM, ids: list[int]) -> dict[str, float]:
    from transformers import DynamicCache

    m = llm.model
    with torch.inference_mode():
        t = time.monotonic()
        out = m(input_ids=torch.tensor([ids]), past_key_values=DynamicCache(), use_cache=True, logits_to_keep=1)
        prefill = time.monotonic() - t
        nxt, steps = int(out.logits[0, -1].argmax()), 40
        t = time.monotonic()
        for _ in range(steps):
            out = m(input_ids=torch.tensor([[nxt]]), past_key_values=out.past_key_values, use_cache=True,
                    logits_to_keep=1)
            nxt = int(out.logits[0, -1].argmax())
        decode = time.monotonic() - t
        t = time.monotonic()
        for _ in range(5):
            out = m(input_ids=torch.tensor([[nxt] * 6]), past_key_values=out.past_key_values, use_cache=True,
                    logits_to_keep=1)
        six = (time.monotonic() - t) / 5
    return {"prefill_tok_s": round(len(ids) / prefill, 1), "decode_tok_s": round(steps / decode, 2),
            "six_token_step_ms": round(six * 1000)}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--quantize", nargs="+", default=["none", "int8", "int8-mlp"])
    ap.add_argument("--model", default="qwen2.5-1.5b")
    ap.add_argument("--json", type=Path)
    a = ap.parse_args()
    torch.set_num_threads(2)
    print(json.dumps(describe()))
    rows = []
    ref = full = greedy = None
    n_prompt = 0
    for q in ["none", *[x for x in a.quantize if x != "none"]]:
        t0 = time.monotonic()
        llm = LocalLLM(a.model, quantize=q)
        load = time.monotonic() - t0
        ids = prompt(llm)
        row: dict[str, object] = {"quantize": q, "load_s": round(load, 1), "int8_layers": llm.quantized_layers,
                                  "packed_layers": llm.packed_layers}
        with torch.inference_mode():
            if ref is None:
                n_prompt = len(ids)
                out = llm.model.generate(torch.tensor([ids]), max_new_tokens=CONTINUATION, do_sample=False,
                                         min_new_tokens=CONTINUATION)
                greedy = out[0, len(ids):].tolist()
                full = torch.tensor([ids + greedy])
                ref = llm.model(input_ids=full).logits[0].log_softmax(-1)
            else:
                got = llm.model(input_ids=full).logits[0].log_softmax(-1)
                mine = llm.model.generate(torch.tensor([ids]), max_new_tokens=CONTINUATION, do_sample=False,
                                          min_new_tokens=CONTINUATION)[0, len(ids):].tolist()
                row["agree"] = round(float((got.argmax(-1) == ref.argmax(-1)).float().mean()), 4)
                row["kl"] = round(float((ref.exp() * (ref - got)).sum(-1).mean()), 4)
                row["greedy_same"] = sum(x == y for x, y in zip(mine, greedy, strict=True))
                row["greedy_first_diff"] = next((i for i, (x, y) in enumerate(zip(mine, greedy, strict=True))
                                                 if x != y), CONTINUATION)
                del got
        row.update(speed(llm, ids))
        row["peak_rss_gb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 2**20, 2)
        print(json.dumps(row), flush=True)
        rows.append(row)
        del llm
    print(f"prompt {n_prompt} tokens, {CONTINUATION} greedy tokens compared")
    print("| quantize | load s | int8 layers | agree | KL | greedy same | prefill tok/s | decode tok/s | 6-token step ms |")
    print("|---|---|---|---|---|---|---|---|---|")
    for r in rows:
        g = f"{r['greedy_same']}/{CONTINUATION} (first diff {r['greedy_first_diff']})" if "kl" in r else "-"
        print(f"| {r['quantize']} | {r['load_s']} | {r['int8_layers']} | {r.get('agree', '-')} | {r.get('kl', '-')} "
              f"| {g} | {r['prefill_tok_s']} | {r['decode_tok_s']} | {r['six_token_step_ms']} |")
    if a.json:
        a.json.write_text(json.dumps({"machine": describe(), "prompt_tokens": n_prompt, "rows": rows}, indent=1))


if __name__ == "__main__":
    main()
