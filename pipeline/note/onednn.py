"""fp32 linear layers through oneDNN with pre-packed weights: the note model's matmuls on the CPU.

torch's ``nn.Linear`` calls MKL's sgemm on the CPU. For the few rows of decoding (one token, or the
few a jump-forward step feeds) it is slow on this project's AVX2 machines: one 1536 -> 8960
projection of the embedded model took 4.6 ms for one row and 17.6 ms for four, against 3.0 and
7.5 ms through oneDNN with the weight packed once into its blocked layout
(``benchmarks/cpu_kernels.py``, which times both). Same fp32 arithmetic, only the summation order
differs (outputs agree to about 1e-6). ``pack_linears`` swaps the model's ``nn.Linear`` modules for
``PackedLinear`` in place, one at a time, so memory does not grow: each packed weight replaces its
original before the next is packed. A weight another module shares (a tied output head: the embeddings use it too) is left as
it is, so that memory stays as it was.

The ops are torch's own (``torch.ops.mkldnn``, what ``torch.compile`` uses for CPU linear layers);
where they are missing or disagree with ``nn.Linear`` on a check at load time, nothing is swapped.
"""

from __future__ import annotations

import logging
from typing import Any

import torch

log = logging.getLogger(__name__)

ROWS_HINT = 8  # the row count the packed layout is tuned for (1, 8 and 512 gave about the same times here)


def available() -> bool:
    ops = getattr(torch.ops, "mkldnn", None)
    return bool(torch.backends.mkldnn.is_available() and ops is not None
                and hasattr(ops, "_reorder_linear_weight") and hasattr(ops, "_linear_pointwise"))


class PackedLinear(torch.nn.Module):
    """``nn.Linear`` (fp32, CPU) with its weight packed for oneDNN; forward gives the same result."""

    def __init__(self, linear: torch.nn.Linear) -> None:
        super().__init__()
        self.in_features, self.out_features = linear.in_features, linear.out_features
        w = linear.weight.detach()
        self.register_buffer("packed", torch.ops.mkldnn._reorder_linear_weight(w, ROWS_HINT), persistent=False)
        self.bias = linear.bias

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        y = torch.ops.mkldnn._linear_pointwise(x.reshape(-1, self.in_features), self.packed, self.bias,
                                               "none", [], "")
        return y.reshape(*x.shape[:-1], self.out_features)

    def extra_repr(self) -> str:
        return f"in_features={self.in_features}, out_features={self.out_features}, bias={self.bias is not None}"


def _agrees(linear: torch.nn.Linear, packed: PackedLinear) -> bool:
    g = torch.Generator().manual_seed(0)
    with torch.inference_mode():
        for rows in (1, 3):
            x = torch.randn(rows, linear.in_features, generator=g)
            want, got = linear(x), packed(x)
            if got.shape != want.shape or not torch.allclose(got, want, rtol=1e-4, atol=1e-4):
                return False
    return True


def pack_linears(model: Any) -> int:
    """Swap every fp32 CPU ``nn.Linear`` of ``model`` whose weight is its own for ``PackedLinear``; how many.

    0 when oneDNN's ops are missing or the first packed layer disagrees with ``nn.Linear``.
    """
    if not available():
        log.debug("oneDNN linear ops not available: keeping nn.Linear")
        return 0
    shared: set[int] = set()
    for m in model.modules():
        if not isinstance(m, torch.nn.Linear):
            shared.update(id(p) for p in m.parameters(recurse=False))
    # names, not modules: a list of the modules would keep every original weight alive until the end
    # (measured: the peak grew by the whole model, 2.5 GiB over loading's own peak for Qwen2.5-1.5B)
    names = [name for name, m in model.named_modules()
             if isinstance(m, torch.nn.Linear) and m.weight.dtype == torch.float32
             and m.weight.device.type == "cpu" and id(m.weight) not in shared]
    count = 0
    for name in names:
        linear = model.get_submodule(name)
        try:
            packed = PackedLinear(linear)
        except RuntimeError as e:  # a build without the op's kernels
            log.debug("oneDNN packing failed (%s): keeping nn.Linear", e)
            return count
        if count == 0 and not _agrees(linear, packed):
            log.warning("oneDNN linear layers disagree with nn.Linear on this machine: not used")
            return 0
        parent_name, _, child = name.rpartition(".")
        setattr(model.get_submodule(parent_name) if parent_name else model, child, packed)
        del linear, packed
        count += 1
    return count
