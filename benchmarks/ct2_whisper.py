"""Convert a CTranslate2 Whisper folder (faster-whisper's format) to a Hugging Face Whisper folder.

No Hugging Face-format Whisper weights are on the machines this project is
tested on, and no hub is reachable, so the transformers ASR backend is tested
with the packaged tiny.en converted back: ``convert(ct2_folder, out_folder)``
writes config.json, generation_config.json, model.safetensors, the tokenizer
and the feature extractor, loadable with
``WhisperForConditionalGeneration.from_pretrained(out_folder)``.

The model.bin layout follows CTranslate2's ``ModelSpec._serialize``
(ctranslate2/specs/model_spec.py): a uint32 binary version; from version 2 the
spec name and a uint32 revision; a uint32 variable count, then per variable its
name, a uint8 rank, uint32 dims, from version 4 a uint8 dtype id and a uint32
byte count, then the bytes; last the aliases (name, target). Strings are a
uint16 length that counts a trailing NUL, then the bytes and the NUL.

CTranslate2 fuses the attention projections: self-attention ``linear_0`` is
q|k|v stacked on the output axis, cross-attention ``linear_0`` is q and
``linear_1`` is k|v; the last linear is the output projection. Whisper's key
projection has no bias: CTranslate2 stores zeros there, which are checked and
dropped.

Run as a script to convert by hand: ``python -m benchmarks.ct2_whisper CT2_DIR OUT_DIR``.
"""

from __future__ import annotations

import json
import re
import struct
import sys
from pathlib import Path
from typing import BinaryIO

import numpy as np

# The DataType enum of include/ctranslate2/types.h, as ctranslate2.specs.model_spec
# writes it (_dtype_to_type_id): float32, int8, int16, int32, float16, bfloat16.
DTYPES: dict[int, str] = {0: "float32", 1: "int8", 2: "int16", 3: "int32", 4: "float16", 5: "bfloat16"}
SAMPLE_RATE = 16000
N_FFT = 400
HOP_LENGTH = 160
CHUNK_SECONDS = 30


def _read(f: BinaryIO, fmt: str) -> tuple:
    size = struct.calcsize("<" + fmt)
    data = f.read(size)
    if len(data) != size:
        raise ValueError("model.bin ends early")
    return struct.unpack("<" + fmt, data)


def _string(f: BinaryIO) -> str:
    (n,) = _read(f, "H")
    raw = f.read(n)
    if len(raw) != n or not raw.endswith(b"\0"):
        raise ValueError("model.bin holds a malformed string")
    return raw[:-1].decode("utf-8")


def read_model_bin(path: Path) -> tuple[str, dict[str, np.ndarray]]:
    """(spec name, variables by name) of a CTranslate2 model.bin; aliases resolve to their target array."""
    variables: dict[str, np.ndarray] = {}
    with open(path, "rb") as f:
        (version,) = _read(f, "I")
        if version > 6:
            raise ValueError(f"CTranslate2 binary version {version} is newer than this reader knows (6)")
        spec = ""
        if version >= 2:
            spec = _string(f)
            _read(f, "I")  # spec revision
        (count,) = _read(f, "I")
        for _ in range(count):
            name = _string(f)
            (rank,) = _read(f, "B")
            dims = _read(f, "I" * rank) if rank else ()
            if version >= 4:
                (type_id,) = _read(f, "B")
                (nbytes,) = _read(f, "I")
            else:  # version < 4: float32 only
                type_id, nbytes = 0, 4 * int(np.prod(dims, dtype=np.int64))
            raw = f.read(nbytes)
            if len(raw) != nbytes:
                raise ValueError(f"model.bin ends inside variable {name!r}")
            dtype = DTYPES[type_id]
            if dtype == "bfloat16":  # numpy has no bfloat16: widen the 16 bits into float32's high half
                arr = (np.frombuffer(raw, np.uint16).astype(np.uint32) << 16).view(np.float32)
            else:
                arr = np.frombuffer(raw, np.dtype(dtype))
            variables[name] = arr.reshape(dims)
        if version >= 3:
            (n_alias,) = _read(f, "I")
            for _ in range(n_alias):
                alias, target = _string(f), _string(f)
                variables[alias] = variables[target]
        if f.read(1):
            raise ValueError("model.bin has trailing bytes: not the layout this reader knows")
    return spec, variables


def _layers(v: dict[str, np.ndarray], side: str) -> int:
    found = {int(m.group(1)) for k in v if (m := re.match(rf"{side}/layer_(\d+)/", k))}
    if found != set(range(len(found))):
        raise ValueError(f"{side} layers are not numbered 0..n-1")
    return len(found)


def _split_qkv(weight: np.ndarray, bias: np.ndarray, parts: int, d: int,
               prefix: str, names: tuple[str, ...], out: dict[str, np.ndarray]) -> None:
    if weight.shape[0] != parts * d:
        raise ValueError(f"{prefix}: fused projection of {weight.shape[0]} rows, expected {parts * d}")
    for i, name in enumerate(names):
        out[f"{prefix}.{name}.weight"] = weight[i * d:(i + 1) * d]
        b = bias[i * d:(i + 1) * d]
        if name == "k_proj":
            if np.any(b != 0):
                raise ValueError(f"{prefix}: Whisper's key projection has no bias, found a non-zero one")
        else:
            out[f"{prefix}.{name}.bias"] = b


def _linear(v: dict[str, np.ndarray], src: str, dst: str, out: dict[str, np.ndarray]) -> None:
    out[f"{dst}.weight"] = v[f"{src}/weight"]
    if f"{src}/bias" in v:
        out[f"{dst}.bias"] = v[f"{src}/bias"]


def _norm(v: dict[str, np.ndarray], src: str, dst: str, out: dict[str, np.ndarray]) -> None:
    out[f"{dst}.weight"] = v[f"{src}/gamma"]
    out[f"{dst}.bias"] = v[f"{src}/beta"]


def map_weights(v: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
    """CTranslate2 WhisperSpec variables -> WhisperForConditionalGeneration state dict names."""
    d = int(v["encoder/conv1/weight"].shape[0])
    out: dict[str, np.ndarray] = {}
    for conv in ("conv1", "conv2"):
        out[f"model.encoder.{conv}.weight"] = v[f"encoder/{conv}/weight"]
        out[f"model.encoder.{conv}.bias"] = v[f"encoder/{conv}/bias"]
    out["model.encoder.embed_positions.weight"] = v["encoder/position_encodings/encodings"]
    _norm(v, "encoder/layer_norm", "model.encoder.layer_norm", out)
    for i in range(_layers(v, "encoder")):
        src, dst = f"encoder/layer_{i}", f"model.encoder.layers.{i}"
        sa = f"{src}/self_attention"
        _split_qkv(v[f"{sa}/linear_0/weight"], v[f"{sa}/linear_0/bias"], 3, d,
                   f"{dst}.self_attn", ("q_proj", "k_proj", "v_proj"), out)
        _linear(v, f"{sa}/linear_1", f"{dst}.self_attn.out_proj", out)
        _norm(v, f"{sa}/layer_norm", f"{dst}.self_attn_layer_norm", out)
        _linear(v, f"{src}/ffn/linear_0", f"{dst}.fc1", out)
        _linear(v, f"{src}/ffn/linear_1", f"{dst}.fc2", out)
        _norm(v, f"{src}/ffn/layer_norm", f"{dst}.final_layer_norm", out)

    out["model.decoder.embed_tokens.weight"] = v["decoder/embeddings/weight"]
    out["model.decoder.embed_positions.weight"] = v["decoder/position_encodings/encodings"]
    _norm(v, "decoder/layer_norm", "model.decoder.layer_norm", out)
    for i in range(_layers(v, "decoder")):
        src, dst = f"decoder/layer_{i}", f"model.decoder.layers.{i}"
        sa, ca = f"{src}/self_attention", f"{src}/attention"
        _split_qkv(v[f"{sa}/linear_0/weight"], v[f"{sa}/linear_0/bias"], 3, d,
                   f"{dst}.self_attn", ("q_proj", "k_proj", "v_proj"), out)
        _linear(v, f"{sa}/linear_1", f"{dst}.self_attn.out_proj", out)
        _norm(v, f"{sa}/layer_norm", f"{dst}.self_attn_layer_norm", out)
        _linear(v, f"{ca}/linear_0", f"{dst}.encoder_attn.q_proj", out)
        _split_qkv(v[f"{ca}/linear_1/weight"], v[f"{ca}/linear_1/bias"], 2, d,
                   f"{dst}.encoder_attn", ("k_proj", "v_proj"), out)
        _linear(v, f"{ca}/linear_2", f"{dst}.encoder_attn.out_proj", out)
        _norm(v, f"{ca}/layer_norm", f"{dst}.encoder_attn_layer_norm", out)
        _linear(v, f"{src}/ffn/linear_0", f"{dst}.fc1", out)
        _linear(v, f"{src}/ffn/linear_1", f"{dst}.fc2", out)
        _norm(v, f"{src}/ffn/layer_norm", f"{dst}.final_layer_norm", out)
    proj = v.get("decoder/projection/weight")
    if proj is not None and not np.array_equal(proj, v["decoder/embeddings/weight"]):
        raise ValueError("the output projection is not tied to the token embeddings (not a Whisper checkpoint)")
    if "decoder/projection/bias" in v:
        raise ValueError("the output projection has a bias (not a Whisper checkpoint)")
    return out


def _check_scalars(v: dict[str, np.ndarray]) -> None:
    """The fixed choices of Whisper that the HF model hard-codes: refuse anything else."""
    expect = {"decoder/scale_embeddings": 0, "decoder/pre_norm": 1, "decoder/alibi": 0}
    for name, want in expect.items():
        if name in v and int(v[name]) != want:
            raise ValueError(f"{name} = {int(v[name])}, a Whisper model has {want}")


def _tokenizer(ct2: Path, out: Path, vocab_size: int) -> object:
    """A WhisperTokenizer from the CT2 folder's tokenizer.json, timestamp tokens added up to vocab_size."""
    from transformers import WhisperTokenizer

    data = json.loads((ct2 / "tokenizer.json").read_text(encoding="utf-8"))
    added = data["added_tokens"]
    specials = [t["content"] for t in added if t.get("special")]
    tmp = out / "_tokenizer"
    tmp.mkdir(parents=True, exist_ok=True)
    (tmp / "tokenizer.json").write_text(json.dumps(data), encoding="utf-8")
    (tmp / "tokenizer_config.json").write_text(json.dumps({
        "tokenizer_class": "WhisperTokenizer",
        "bos_token": "<|endoftext|>", "eos_token": "<|endoftext|>", "unk_token": "<|endoftext|>",
        "pad_token": "<|endoftext|>",
        "additional_special_tokens": [s for s in specials if s != "<|endoftext|>"],
        "model_max_length": 1024, "add_prefix_space": False, "errors": "replace",
    }), encoding="utf-8")
    tok = WhisperTokenizer.from_pretrained(str(tmp))
    first = max(t["id"] for t in added) + 1
    stamps = [f"<|{i * 0.02:.2f}|>" for i in range(vocab_size - first)]
    for name in ("vocabulary.json", "vocabulary.txt"):  # CT2's own token list, when present, must agree
        vocabulary = ct2 / name
        if vocabulary.is_file():
            text = vocabulary.read_text(encoding="utf-8")
            lines = json.loads(text) if name.endswith(".json") else text.splitlines()
            if len(lines) != vocab_size or lines[first:] != stamps:
                raise ValueError(f"{name} does not match the model's timestamp tokens")
    if stamps:
        from tokenizers import AddedToken

        tok.add_tokens([AddedToken(s, lstrip=False, rstrip=False, normalized=False, special=False)
                        for s in stamps])
    if len(tok) != vocab_size:
        raise ValueError(f"tokenizer has {len(tok)} tokens, the model {vocab_size}")
    for name in ("tokenizer.json", "tokenizer_config.json"):
        (tmp / name).unlink()
    tmp.rmdir()
    return tok


def convert(ct2_dir: str | Path, out_dir: str | Path) -> Path:
    """Write a Hugging Face Whisper folder for the CTranslate2 Whisper model in ``ct2_dir``."""
    import torch
    from safetensors.torch import save_file
    from transformers import (
        GenerationConfig,
        WhisperConfig,
        WhisperFeatureExtractor,
        WhisperForConditionalGeneration,
    )

    ct2, out = Path(ct2_dir), Path(out_dir)
    spec, v = read_model_bin(ct2 / "model.bin")
    if spec != "WhisperSpec":
        raise ValueError(f"{ct2} holds a {spec or 'pre-v2'} model, not WhisperSpec")
    _check_scalars(v)
    ct2_config = json.loads((ct2 / "config.json").read_text(encoding="utf-8"))
    out.mkdir(parents=True, exist_ok=True)

    vocab_size, d_model = v["decoder/embeddings/weight"].shape
    tok = _tokenizer(ct2, out, int(vocab_size))
    ids = {t: tok.convert_tokens_to_ids(t) for t in (
        "<|endoftext|>", "<|startoftranscript|>", "<|translate|>", "<|transcribe|>",
        "<|startofprev|>", "<|notimestamps|>")}
    lang_ids = ct2_config.get("lang_ids") or []
    multilingual = int(vocab_size) >= 51865
    lang_to_id = {tok.convert_ids_to_tokens(i): i for i in lang_ids} if multilingual else {}

    config = WhisperConfig(
        vocab_size=int(vocab_size),
        num_mel_bins=int(v["encoder/conv1/weight"].shape[1]),
        d_model=int(d_model),
        encoder_layers=_layers(v, "encoder"),
        decoder_layers=_layers(v, "decoder"),
        encoder_attention_heads=int(v["encoder/num_heads"]),
        decoder_attention_heads=int(v["decoder/num_heads"]),
        encoder_ffn_dim=int(v["encoder/layer_0/ffn/linear_0/weight"].shape[0]),
        decoder_ffn_dim=int(v["decoder/layer_0/ffn/linear_0/weight"].shape[0]),
        max_source_positions=int(v["encoder/position_encodings/encodings"].shape[0]),
        max_target_positions=int(v["decoder/position_encodings/encodings"].shape[0]),
        decoder_start_token_id=ids["<|startoftranscript|>"],
        bos_token_id=ids["<|endoftext|>"],
        eos_token_id=ids["<|endoftext|>"],
        pad_token_id=ids["<|endoftext|>"],
        suppress_tokens=list(ct2_config.get("suppress_ids") or []),
        begin_suppress_tokens=list(ct2_config.get("suppress_ids_begin") or []),
        scale_embedding=False,
        tie_word_embeddings=True,
    )
    weights = map_weights(v)
    with torch.device("meta"):  # shapes only: every tensor comes from the checkpoint
        model = WhisperForConditionalGeneration(config)
    expected = {k: tuple(p.shape) for k, p in model.state_dict().items() if k != "proj_out.weight"}
    got = {k: tuple(a.shape) for k, a in weights.items()}
    if expected != got:
        missing, extra = sorted(set(expected) - set(got)), sorted(set(got) - set(expected))
        wrong = sorted(k for k in set(expected) & set(got) if expected[k] != got[k])
        raise ValueError(f"weights do not fit the HF model: missing {missing[:5]}, extra {extra[:5]}, "
                         f"wrong shape {wrong[:5]}")
    save_file({k: torch.from_numpy(np.array(a)) for k, a in weights.items()},
              str(out / "model.safetensors"), metadata={"format": "pt"})
    config.save_pretrained(str(out))

    gen = GenerationConfig(
        alignment_heads=[list(map(int, h)) for h in ct2_config.get("alignment_heads") or []],
        begin_suppress_tokens=config.begin_suppress_tokens,
        suppress_tokens=config.suppress_tokens,
        bos_token_id=ids["<|endoftext|>"],
        eos_token_id=ids["<|endoftext|>"],
        pad_token_id=ids["<|endoftext|>"],
        decoder_start_token_id=ids["<|startoftranscript|>"],
        no_timestamps_token_id=ids["<|notimestamps|>"],
        prev_sot_token_id=ids["<|startofprev|>"],
        is_multilingual=multilingual,
        max_initial_timestamp_index=50,
        max_length=config.max_target_positions,
        return_timestamps=False,
    )
    if multilingual:
        gen.lang_to_id = lang_to_id
        gen.task_to_id = {"transcribe": ids["<|transcribe|>"], "translate": ids["<|translate|>"]}
    gen.save_pretrained(str(out))

    tok.save_pretrained(str(out))
    WhisperFeatureExtractor(
        feature_size=config.num_mel_bins, sampling_rate=SAMPLE_RATE, hop_length=HOP_LENGTH,
        chunk_length=CHUNK_SECONDS, n_fft=N_FFT,
    ).save_pretrained(str(out))
    return out


if __name__ == "__main__":
    if len(sys.argv) == 2 and sys.argv[1] == "--list":
        from pipeline.models import resolve_whisper

        spec_name, variables = read_model_bin(resolve_whisper("tiny.en").path / "model.bin")
        print(spec_name)
        for k, a in variables.items():
            print(k, a.shape, a.dtype)
        sys.exit(0)
    if len(sys.argv) != 3:
        sys.exit("usage: python -m benchmarks.ct2_whisper CT2_DIR OUT_DIR  (--list: tiny.en's variables)")
    print(convert(sys.argv[1], sys.argv[2]))
