"""int8 linear layers for the note model on the CPU: weights per output channel, activations per token.

The embedded note model decodes at about 3 tokens/s in fp32 on a 2-core CPU because every token
reads all 6 GB of its weights. With int8 weights it reads a quarter of that, and the matmul runs on
fbgemm's int8 kernels (VNNI on recent x86). How the quantization is done decides whether the notes
stay the same:

- **weights**: symmetric int8, one scale per output channel (the embedded model comes from a Q8_0
  GGUF, so its weights were already 8-bit; this re-quantization alone moved its next-token
  distribution by a KL divergence of 0.0015 on a session transcript, ``benchmarks/notes.md``);
- **activations**: one scale per token (row), not one per matrix: a per-matrix scale lets the few
  tokens with very large activations (in LLMs typically the first token of a prompt) flatten every
  other token;
- **SmoothQuant** (Xiao et al. 2023): a few input channels carry activations far larger than the
  rest, so each channel ``j`` is divided by ``s_j = max|x_j|^a / max|W_j|^(1-a)`` and its weight
  column multiplied by it (the product is unchanged) before quantizing. ``max|x_j|`` comes from one
  forward pass of the fp32 model over ``CALIBRATION``, a short invented therapy-note exchange.

torch's built-in dynamic quantization (``quantize_dynamic``) instead uses one scale per weight
matrix and per activation matrix, with 7-bit activations: its notes were worse in every run.

fbgemm's dynamic linear quantizes its input with one scale per call, from the call's smallest and
largest value; dividing each row by its own largest magnitude first (and multiplying the output
back), with one more row holding 1 and -1 so that the range is always [-1, 1], makes the scale per
token and a token's result independent of the other tokens in the call. On x86 CPUs
without VNNI, fbgemm's int8 kernels add pairs of products in 16 bits, which can saturate with full
8-bit activations, so there activations keep 7 bits (``reduce_range``).

Measured against fp32 on this project's 2-core CPU (``benchmarks/notes.md``): next-token KL 0.008, a
10-minute note 1.8x faster, the same key facts on the sample sessions; the notes are not identical.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from functools import cache
from pathlib import Path
from typing import Any

import torch

from ..errors import OutputError
from ..outputs import atomic_write

log = logging.getLogger(__name__)

SCHEME = 1  # bump when the quantization changes: layers cached by another scheme are then not used
ALPHA = 0.5  # SmoothQuant's migration strength (0.5 measured best of 0.5, 0.7, 0.85 here)
STALE_DAYS = 30  # a cache file of the same model unused this long is removed (another scheme, older model files)

# An invented exchange (no real session), in the shape of the note prompts: an instruction, numbered
# speaker-tagged lines and a JSON answer. Only the activations' per-channel maxima are taken from it.
CALIBRATION: list[dict[str, str]] = [
    {"role": "system", "content": "You draft occupational therapy progress notes from a session transcript. "
                                  "Quote the transcript lines that support each item. Answer with JSON only."},
    {"role": "user", "content": "Transcript:\n"
     "1 Therapist: Good morning Sam, good morning Mum. Come and sit at the table.\n"
     "2 Child: Can I do the stickers first?\n"
     "3 Therapist: After the warm-up. Squeeze the putty ten times with each hand.\n"
     "4 Child: One, two, three... this one is hard.\n"
     "5 Caregiver: He has been using the pencil grip at home, but he still tires after a page.\n"
     "6 Therapist: That is useful. Today we work on buttons and on cutting along a curved line.\n"
     "7 Child: I did three buttons by myself!\n"
     "8 Therapist: Yes, you did, in about forty seconds. Last week it took two minutes.\n"
     "9 Therapist: Hold the scissors with your thumb on top. Keep the paper turning with your helper hand.\n"
     "10 Child: It went off the line here.\n"
     "11 Therapist: Only a little. You stayed within a quarter inch for most of the circle.\n"
     "12 Caregiver: Should we keep doing the putty every day?\n"
     "13 Therapist: Five minutes a day, and practise the buttons on his school shirt.\n\n"
     "Goal: independent buttoning. Which lines show progress? "
     'Answer as {"items": [{"lines": [N], "status": "..."}]}.'},
    {"role": "assistant", "content": '{"items": [{"lines": [7, 8], "status": "improving"}, '
                                     '{"lines": [13], "status": "home program"}]}'},
]


@cache
def _has_vnni() -> bool:
    try:
        with open("/proc/cpuinfo", encoding="ascii", errors="replace") as f:
            for line in f:
                if line.startswith("flags"):
                    flags = line.split()
                    return "avx512_vnni" in flags or "avx_vnni" in flags
    except OSError:
        pass
    return False


class KernelDisagrees(RuntimeError):
    """fbgemm's int8 linear layer does not give the fp32 layer's output on this machine."""


def available() -> bool:
    return "fbgemm" in torch.backends.quantized.supported_engines and hasattr(torch.ops.quantized, "linear_dynamic")


class Int8Linear(torch.nn.Module):
    """``nn.Linear`` with int8 weights (per output channel) and int8 activations (per token), on fbgemm.

    ``q``/``scale``: the int8 weight and its per-row scales; ``inv_smooth``: what each input channel is
    multiplied by before quantizing (1 / SmoothQuant's factor), or None.
    """

    def __init__(self, q: torch.Tensor, scale: torch.Tensor, inv_smooth: torch.Tensor | None,
                 bias: torch.Tensor | None) -> None:
        super().__init__()
        self.out_features, self.in_features = q.shape
        qw = torch._make_per_channel_quantized_tensor(q, scale.double(), torch.zeros(len(scale), dtype=torch.long), 0)
        self.packed = torch.ops.quantized.linear_prepack(qw, None)
        self.register_buffer("smooth", inv_smooth, persistent=False)
        pin = torch.zeros(1, self.in_features)
        pin[0, 0], pin[0, -1] = 1.0, -1.0
        self.register_buffer("pin", pin, persistent=False)
        self.bias = bias
        self.reduce_range = not _has_vnni()

    @staticmethod
    def quantize(weight: torch.Tensor, smooth: torch.Tensor | None = None) -> dict[str, torch.Tensor]:
        """An fp32 weight -> its parts (``q``, ``scale`` and, when smoothed, ``inv_smooth``)."""
        w = weight.detach().float()
        w = w * smooth if smooth is not None else w.clone()
        scale = w.abs().amax(1).clamp_(min=1e-12).div_(127)
        q = w.div_(scale[:, None]).round_().clamp_(-127, 127).to(torch.int8)
        parts = {"q": q, "scale": scale}
        if smooth is not None:
            parts["inv_smooth"] = (1.0 / smooth).contiguous()
        return parts

    @classmethod
    def from_parts(cls, parts: dict[str, torch.Tensor], bias: torch.Tensor | None) -> Int8Linear:
        return cls(parts["q"], parts["scale"], parts.get("inv_smooth"), bias)

    @classmethod
    def of(cls, linear: torch.nn.Linear, smooth: torch.Tensor | None = None) -> Int8Linear:
        return cls.from_parts(cls.quantize(linear.weight, smooth), linear.bias)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        rows = x.reshape(-1, self.in_features)
        if self.smooth is not None:
            rows = rows * self.smooth
        peak = rows.abs().amax(1, keepdim=True).clamp(min=1e-12)
        # every row now lies in [-1, 1]; the pinned row makes that fbgemm's range for every call, so a
        # token's result does not depend on the other tokens of the call (KV-cache reuse, jump-forward
        # steps and a fresh prefill give the same numbers)
        pinned = torch.cat([rows / peak, self.pin])
        y = torch.ops.quantized.linear_dynamic(pinned, self.packed, self.reduce_range)[:-1].mul_(peak)
        if self.bias is not None:
            y = y.add_(self.bias)
        return y.reshape(*x.shape[:-1], self.out_features)

    def extra_repr(self) -> str:
        return (f"in_features={self.in_features}, out_features={self.out_features}, bias={self.bias is not None}, "
                f"smooth={self.smooth is not None}, reduce_range={self.reduce_range}")


def pack(items: list[tuple[dict[str, torch.Tensor], torch.Tensor | None]],
         workers: int | None = None) -> list[Int8Linear]:
    """``Int8Linear.from_parts`` for each (parts, bias), in order, ``workers`` (torch's thread count) at a time.

    fbgemm's ``linear_prepack`` (about 0.1 s for one MLP projection of the embedded model, 3 s for its
    output head, 10 s of a warm load for its 197 layers) runs on one thread and releases the GIL, so
    layers pack side by side; each packs exactly as it would alone (``tests/test_int8.py``). In groups
    of ``workers``, not all at once: on this project's busy 2-core machine, packing every layer through
    one pool took 15-17 s of CPU against 11.5 s one at a time, groups 11.7-12.7 s (``benchmarks/notes.md``).
    """
    workers = max(1, torch.get_num_threads() if workers is None else workers)
    if workers == 1 or len(items) < 2:
        return [Int8Linear.from_parts(p, bias) for p, bias in items]
    out: list[Int8Linear] = []
    with ThreadPoolExecutor(min(workers, len(items))) as ex:
        for start in range(0, len(items), workers):
            out += ex.map(lambda item: Int8Linear.from_parts(*item), items[start:start + workers])
    return out


def _replace(model: Any, name: str, module: torch.nn.Module) -> None:
    parent_name, _, child = name.rpartition(".")
    setattr(model.get_submodule(parent_name) if parent_name else model, child, module)


def activation_peaks(model: Any, ids: list[int], select: Callable[[str], bool]) -> dict[str, torch.Tensor]:
    """Per input channel, the largest |activation| each selected ``nn.Linear`` sees over ``ids``."""
    peaks: dict[str, torch.Tensor] = {}
    hooks = []
    for name, m in model.named_modules():
        if isinstance(m, torch.nn.Linear) and select(name):
            def hook(_mod: Any, args: tuple[Any, ...], name: str = name) -> None:
                a = args[0].detach().reshape(-1, args[0].shape[-1]).abs().amax(0).float()
                peaks[name] = torch.maximum(peaks[name], a) if name in peaks else a
            hooks.append(m.register_forward_pre_hook(hook))
    try:
        with torch.inference_mode():
            model(input_ids=torch.tensor([ids]), use_cache=False, logits_to_keep=0)
    finally:
        for h in hooks:
            h.remove()
    return peaks


def smoothing(peak: torch.Tensor, weight: torch.Tensor, alpha: float = ALPHA) -> torch.Tensor:
    wmax = weight.detach().float().abs().amax(0).clamp(min=1e-5)
    return (peak.clamp(min=1e-5).pow(alpha) / wmax.pow(1 - alpha)).clamp(min=1e-5)


def _agrees(linear: torch.nn.Linear, q: Int8Linear) -> bool:
    """A quantized layer gives the fp32 layer's output to within a few per cent (catches broken kernels)."""
    g = torch.Generator().manual_seed(0)
    with torch.inference_mode():
        x = torch.randn(3, linear.in_features, generator=g)
        want, got = linear(x), q(x)
        return got.shape == want.shape and bool(((got - want).norm() / want.norm().clamp(min=1e-12)) < 0.05)


def _cache_key(folder: Path, names: list[str]) -> str:
    """What the quantized layers depend on: this scheme, the calibration, the layers, the model's files."""
    h = hashlib.sha256(json.dumps({"scheme": SCHEME, "alpha": ALPHA, "calibration": CALIBRATION,
                                   "layers": names}).encode())
    for f in sorted(folder.glob("*.safetensors")) + sorted(folder.glob("*.json")):
        st = f.stat()
        h.update(f"{f.name}:{st.st_size}:{st.st_mtime_ns}".encode())
    return h.hexdigest()[:16]


def cache_path(cache: Path, source: Path, names: list[str]) -> Path:
    """The cache file of ``source``'s layers ``names`` quantized by this scheme."""
    return cache / f"int8-{source.name}-{_cache_key(source, names)}.safetensors"


def _prune(path: Path, now: float | None = None) -> int:
    """Mark ``path`` used; remove the same model's other cache files unused for ``STALE_DAYS``; how many.

    A new scheme, changed model files or another layer selection each key a new file of about the
    model's size (1.4 GB for the 1.5B note model): without this, the old ones stayed for good. Files
    of other models are left alone (the name must match up to the key), so is anything unreadable.
    """
    now = time.time() if now is None else now
    if path.is_file():
        try:
            os.utime(path, (now, now))
        except OSError:
            pass
    model = path.name[len("int8-"):-len(".safetensors")].rsplit("-", 1)[0]
    mine = re.compile(rf"int8-{re.escape(model)}-[0-9a-f]{{16}}\.safetensors")
    removed = 0
    for other in path.parent.glob("int8-*.safetensors"):
        if other == path or not mine.fullmatch(other.name):
            continue
        try:
            if now - other.stat().st_mtime > STALE_DAYS * 86400:
                other.unlink()
                removed += 1
        except OSError:
            continue
    if removed:
        log.info("int8 layer cache: removed %d file(s) of an older scheme or model unused for %d days",
                 removed, STALE_DAYS)
    return removed


def _load_parts(path: Path, names: list[str]) -> dict[str, torch.Tensor] | None:
    from safetensors.torch import load_file

    try:
        parts = load_file(path)
    except Exception as e:  # noqa: BLE001 - a torn or foreign file (SafetensorError, OSError): quantize again
        log.warning("int8 layer cache unreadable (%s): quantizing again", type(e).__name__)
        return None
    if any(f"{n}.q" not in parts or f"{n}.scale" not in parts for n in names):
        log.warning("int8 layer cache incomplete: quantizing again")
        return None
    return parts


def quantize_linears(model: Any, ids: list[int], select: Callable[[str], bool] = lambda _name: True,
                     source: Path | None = None, cache: Path | None = None) -> int:
    """Swap the selected fp32 ``nn.Linear`` layers of ``model`` for ``Int8Linear``; how many.

    ``ids``: the calibration tokens. A weight another module shares (an output head tied to the
    embeddings) is quantized into a copy of its own; the fp32 original stays for the other user.
    ``cache``: a folder where the quantized layers are kept, keyed by this scheme and by the files of
    ``source`` (the model folder ``model`` was loaded from): a later load reads them instead of
    calibrating and quantizing again (measured in ``benchmarks/notes.md``).
    """
    if not available():
        raise RuntimeError("int8 layers need torch's fbgemm engine (x86 CPUs)")
    torch.backends.quantized.engine = "fbgemm"
    names = [n for n, m in model.named_modules() if isinstance(m, torch.nn.Linear) and select(n)]
    path = None
    if cache is not None and source is not None and source.is_dir():
        path = cache_path(cache, source, names)
    stored = _load_parts(path, names) if path is not None and path.is_file() else None
    peaks = activation_peaks(model, ids, select) if stored is None else {}
    made: dict[str, torch.Tensor] = {}
    batch = max(1, torch.get_num_threads())  # layers packed at once: bounded memory, every thread busy
    for start in range(0, len(names), batch):
        group = []
        for name in names[start:start + batch]:
            linear = model.get_submodule(name)
            if stored is not None:  # copies: the file's mapping must not back a live layer (a rewrite would break it)
                p = {k: stored.pop(f"{name}.{k}").clone() for k in ("q", "scale", "inv_smooth")
                     if f"{name}.{k}" in stored}
            else:
                p = Int8Linear.quantize(linear.weight, smoothing(peaks.pop(name), linear.weight))
                if path is not None:
                    made.update({f"{name}.{k}": v for k, v in p.items()})
            group.append((name, p, linear.bias))
        packed = pack([(p, bias) for _name, p, bias in group])
        if start == 0 and not _agrees(model.get_submodule(names[0]), packed[0]):
            raise KernelDisagrees("fbgemm's int8 linear layer disagrees with fp32 on this machine")
        for (name, _p, _bias), q in zip(group, packed, strict=True):
            _replace(model, name, q)
        del group, packed
    if made and path is not None:
        from safetensors.torch import save

        try:
            atomic_write(path, save(made))
        except OutputError as e:  # the cache is an optimisation: a read-only cache folder only costs time
            log.warning("int8 layers not cached: %s", e)
    if path is not None:
        _prune(path)
    return len(names)
