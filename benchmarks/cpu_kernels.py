"""Matmul kernels of torch on this CPU for the note model: fp32 through MKL and oneDNN, weight-only low-bit.

    .venv/bin/python -m benchmarks.cpu_kernels

Decoding the note model at 2 tokens/s in fp32 is bound by reading 6 GB of
weights per token; weight-only int8 or int4 would read 4-8x less, and unlike
dynamic quantization would keep activations in fp32. This times torch's own
kernels (``_weight_int8pack_mm``, ``_weight_int4pack_mm_for_cpu``, as used by
torchao/gpt-fast) on one MLP projection of Qwen2.5-1.5B (1536 -> 8960) with 2
threads, for 1 row (decoding) and more rows (prefill), and prints ms per call.

The fp32 columns: ``nn.functional.linear`` (what ``nn.Linear`` runs: MKL's sgemm) and oneDNN with the
weight packed once (``pipeline/note/onednn.py``, the note model's default on the CPU since
2026-11-27), with the largest difference between the two outputs. A sum over 1 GiB first gives the
memory read speed that a 1-row (decoding) matmul could at best reach.
"""

from __future__ import annotations

import platform
import time

import torch

from pipeline.note.onednn import PackedLinear


def timed(f, n: int) -> float:
    f()
    t = time.perf_counter()
    for _ in range(n):
        f()
    return (time.perf_counter() - t) / n * 1e3


def main() -> None:
    torch.manual_seed(0)
    torch.set_num_threads(2)
    k, n = 1536, 8960
    w = torch.randn(n, k) * 0.02
    scale = w.abs().amax(1) / 127
    w8 = torch.round(w / scale[:, None]).clamp(-127, 127).to(torch.int8)
    gs = 32
    wg = w.view(n, k // gs, gs)
    lo, hi = wg.amin(-1, keepdim=True), wg.amax(-1, keepdim=True)
    s4 = (hi - lo).clamp(min=1e-6) / 15
    q4 = torch.round((wg - lo) / s4).clamp(0, 15).to(torch.int32).view(n, k)
    p4 = torch.ops.aten._convert_weight_to_int4pack_for_cpu(q4, 1)
    sz = torch.cat([s4, lo + 8 * s4], -1).view(n, k // gs, 2).transpose(0, 1).contiguous()
    print(f"torch {torch.__version__}, {platform.processor() or platform.machine()}, 2 threads")
    big = torch.ones(2**28)  # 1 GiB of fp32: what one pass over it costs says how fast memory reads are
    ms = timed(big.sum, 5)
    print(f"sum of 1 GiB fp32: {ms:.1f} ms ({2**30 / ms / 1e6:.0f} GB/s)")
    del big
    lin = torch.nn.Linear(k, n, bias=False)
    lin.weight.data = w
    packed = PackedLinear(lin)
    print("| rows | fp32 nn.Linear (MKL) ms | fp32 oneDNN packed ms | max difference | int8 weight-only ms "
          "| int4 weight-only ms |")
    print("|---|---|---|---|---|---|")
    with torch.inference_mode():
        for m in (1, 2, 4, 8, 256):
            x = torch.randn(m, k)
            reps = 20 if m < 256 else 3
            fp = timed(lambda x=x: torch.nn.functional.linear(x, w), reps)
            dn = timed(lambda x=x: packed(x), reps)
            diff = (packed(x) - torch.nn.functional.linear(x, w)).abs().max().item()
            i8 = timed(lambda x=x: torch.ops.aten._weight_int8pack_mm(x, w8, scale), reps)
            i4 = timed(lambda x=x: torch.ops.aten._weight_int4pack_mm_for_cpu(x, p4, gs, sz), reps)
            print(f"| {m} | {fp:.2f} | {dn:.2f} | {diff:.1e} | {i8:.2f} | {i4:.2f} |")


if __name__ == "__main__":
    main()
