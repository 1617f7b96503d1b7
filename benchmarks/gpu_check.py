"""GPU check: the pipeline's real model architectures timed on one GPU with fresh weights.

    bash benchmarks/gpu_check.sh arch --budget-s 330     # GPU machine: installs .whl/, runs this (~5 min)
    python3 -m benchmarks.gpu_check --out OUT_DIR          # GPU machine with pyannote.audio + soundfile
    .venv/bin/python -m benchmarks.gpu_check --smoke --out /tmp/gpu-smoke   # tiny sizes, CPU, a few minutes

Real weights cannot travel to the GPU machine, so every model is built from its architecture
with freshly initialised weights of the real shapes: the compute does not depend on the weight
values, but the outputs do, so every decoder is forced to a FIXED number of new tokens (random
weights never stop sensibly). The input is real audio: the repository's sample recordings
(``samples/ot_session_0{1,2,3}.flac``, about 2 minutes each) decoded again and again until
60 minutes are joined.

Stages, each after a warm-up, timed with the device synchronised (wall seconds; GPU memory peak
per stage, resident models included):

* audio: FLAC decoding of 60 minutes (soundfile) - CPU;
* segmentation: ``pyannote.audio`` PyanNet with segmentation-3.0's hyper-parameters over 10 s
  windows every 1 s (powerset -> multilabel on the GPU, result copied back);
* embeddings: ``pyannote.audio`` WeSpeakerResNet34 over every (chunk, local speaker) pair, as
  pyannote 4's ``SpeakerDiarization.get_embeddings`` does (3 pairs per chunk), and a variant that
  pools the 3 speakers from one trunk pass (the model's ``(batch, speakers, frames)`` weights);
* clustering: pyannote's own ``VBxClustering`` (AHC + VBx + constrained assignment) on synthetic
  embeddings of the right count, with a random PLDA-shaped transform - CPU;
* ASR features: ``WhisperFeatureExtractor(feature_size=128)`` on CPU and on the GPU;
* ASR: transformers ``WhisperForConditionalGeneration`` with the large-v3 shapes (and the
  large-v3-turbo shapes), fp16, sdpa, 30 s windows, greedy decoding of exactly N tokens after the
  4-token prompt, with the KV cache;
* note LLM: ``Qwen2ForCausalLM`` with Qwen2.5-7B-Instruct's shapes, bf16, sdpa, one prefill of the
  prompt then greedy decoding of exactly N tokens with the KV cache (the pipeline's own loop is a
  manual greedy loop too);
* batch: several 60-minute files with all models resident (larger batches; the note LLM over a
  batch of prompts): audio-hours per GPU-hour.

Results go to OUT_DIR/gpu_check.json and OUT_DIR/gpu_check.md, rewritten after every stage so a
run stopped early still leaves numbers. Nothing here touches the network.
"""

from __future__ import annotations

import os

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("HF_DATASETS_OFFLINE", "1")
os.environ.setdefault("PYANNOTE_METRICS_ENABLED", "0")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

import argparse  # noqa: E402
import datetime  # noqa: E402
import gc  # noqa: E402
import json  # noqa: E402
import math  # noqa: E402
import platform  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
import traceback  # noqa: E402
import warnings  # noqa: E402
from contextlib import contextmanager  # noqa: E402
from pathlib import Path  # noqa: E402

import numpy as np  # noqa: E402
import torch  # noqa: E402

warnings.filterwarnings("ignore")

from benchmarks.common import ROOT  # noqa: E402

SR = 16000
GIB = 1024 ** 3

# Whisper large-v3 special tokens (vocabulary 51866)
SOT, EN, TRANSCRIBE, NO_TIMESTAMPS = 50258, 50259, 50360, 50364


# --------------------------------------------------------------------------- settings

def settings(a: argparse.Namespace) -> dict:
    if a.smoke:
        s = dict(minutes=0.5, max_chunks=2, seg_batches=[2], seg_lstm={"hidden_size": 16, "num_layers": 1},
                 emb_variants=[("pairs", 3, "fp32"), ("shared", 1, "fp32"), ("shared", 1, "tf32")],
                 asr_batches=[4], asr_turbo_batches=[4], asr_new_tokens=6,
                 whisper=dict(d_model=64, encoder_layers=2, decoder_layers=2, encoder_attention_heads=4,
                              decoder_attention_heads=4, encoder_ffn_dim=128, decoder_ffn_dim=128),
                 turbo_decoder_layers=1,
                 llm=dict(hidden_size=64, num_hidden_layers=2, num_attention_heads=4, num_key_value_heads=2,
                          intermediate_size=128),
                 llm_prompt_tokens=256, llm_new_tokens=6,
                 batch_files=2, batch_seg=2, batch_emb=1, batch_asr=8, batch_llm=2)
    else:
        s = dict(minutes=60.0, max_chunks=None, seg_batches=[32, 512],
                 seg_lstm={"hidden_size": 128, "num_layers": 4},
                 emb_variants=[("pairs", 32, "fp32"), ("shared", 64, "fp32"), ("shared", 64, "tf32"),
                               ("shared", 64, "bf16")],
                 asr_batches=[32, 120], asr_turbo_batches=[32, 120], asr_new_tokens=120,
                 whisper=dict(d_model=1280, encoder_layers=32, decoder_layers=32, encoder_attention_heads=20,
                              decoder_attention_heads=20, encoder_ffn_dim=5120, decoder_ffn_dim=5120),
                 turbo_decoder_layers=4,
                 llm=dict(hidden_size=3584, num_hidden_layers=28, num_attention_heads=28,
                          num_key_value_heads=4, intermediate_size=18944),
                 llm_prompt_tokens=12000, llm_new_tokens=600,
                 batch_files=4, batch_seg=512, batch_emb=128, batch_asr=240, batch_llm=4)
    if not a.smoke and torch.cuda.is_available() and torch.cuda.get_device_properties(0).total_memory < 100 * 2**30:
        s["batch_asr"] = 120  # 240 windows peaked at 77.9 GiB with every model resident (H200 run): too much for 80 GB
    for k in ("minutes", "asr_new_tokens", "llm_prompt_tokens", "llm_new_tokens", "batch_files", "batch_asr"):
        v = getattr(a, k, None)
        if v is not None:
            s[k] = v
    s.update(window_s=10.0, step_s=1.0, local_speakers=3, asr_window_s=30.0,
             llm_vocab=152064, llm_rope_theta=1e6, asr_vocab=51866, asr_mel_bins=128)
    return s


# --------------------------------------------------------------------------- helpers

class Run:
    """Guarded stages under a time budget, timed calls; OUT/<stem>.json and .md after every stage."""

    def __init__(self, out: Path, device: torch.device, cfg: dict, argv: list[str], budget_s: float,
                 stem: str = "gpu_check", title: str = "GPU check"):
        self.out, self.device, self.cfg, self.budget_s = out, device, cfg, budget_s
        self.stem, self.title = stem, title
        self.t0 = time.monotonic()
        self.data: dict = {"meta": meta(device, argv, cfg, script=f"benchmarks/{stem}.py"), "stages": {},
                           "derived": {}, "errors": {}, "skipped": []}
        out.mkdir(parents=True, exist_ok=True)

    @property
    def cuda(self) -> bool:
        return self.device.type == "cuda"

    def elapsed(self) -> float:
        return time.monotonic() - self.t0

    def sync(self):
        if self.cuda:
            torch.cuda.synchronize()

    @contextmanager
    def guard(self, name: str):
        """Run a block; record its error instead of stopping the whole check."""
        if self.elapsed() > self.budget_s:
            self.data["skipped"].append(f"{name} (time budget of {self.budget_s:.0f} s spent)")
            print(f"-- skip {name}: time budget spent", flush=True)
            self.write()
            yield False
            return
        print(f"-- {name} (t={self.elapsed():.0f} s)", flush=True)
        try:
            yield True
        except Exception as e:  # noqa: BLE001 - one failing stage must not lose the others
            self.data["errors"][name] = f"{type(e).__name__}: {e}"
            traceback.print_exc()
            if self.cuda:
                torch.cuda.empty_cache()
        finally:
            self.write()

    def timed(self, name: str, fn, audio_s: float | None, **extra):
        """Time fn() once (device synchronised before and after); record seconds, RTFx, memory peak."""
        gc.collect()
        self.sync()
        if self.cuda:
            torch.cuda.reset_peak_memory_stats()
        t = time.perf_counter()
        result = fn()
        self.sync()
        sec = time.perf_counter() - t
        rec = {"seconds": round(sec, 4)}
        if audio_s:
            rec["audio_s"] = round(audio_s, 1)
            rec["rtfx"] = round(audio_s / sec, 1) if sec > 0 else None
        if self.cuda:
            rec["peak_gib"] = round(torch.cuda.max_memory_allocated() / GIB, 2)
        if isinstance(result, dict):
            rec.update(result)
        rec.update(extra)
        self.data["stages"][name] = rec
        print(f"   {name}: {fmt_rec(rec)}", flush=True)
        self.write()
        return rec

    def write(self):
        self.data["meta"]["elapsed_s"] = round(self.elapsed(), 1)
        (self.out / f"{self.stem}.json").write_text(json.dumps(self.data, indent=1, default=str))
        (self.out / f"{self.stem}.md").write_text(markdown(self.data, self.title))


def fmt_rec(rec: dict) -> str:
    return ", ".join(f"{k}={v}" for k, v in rec.items())


def meta(device: torch.device, argv: list[str], cfg: dict, script: str = "benchmarks/gpu_check.py") -> dict:
    import transformers
    m = {"date_utc": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M"),
         "command": " ".join(["python3", script, *argv]),
         "python": platform.python_version(), "torch": torch.__version__,
         "transformers": transformers.__version__,
         "numpy": np.__version__, "device": str(device), "cpu_count": os.cpu_count(), "settings": cfg}
    try:
        import pyannote.audio
        m["pyannote.audio"] = pyannote.audio.__version__
    except Exception as e:  # noqa: BLE001
        m["pyannote.audio"] = f"import failed: {e}"
    if device.type == "cuda":
        p = torch.cuda.get_device_properties(device)
        m.update(gpu=p.name, gpu_memory_gib=round(p.total_memory / GIB, 1), sm_count=p.multi_processor_count,
                 cuda=torch.version.cuda, cudnn=torch.backends.cudnn.version())
        try:
            m["nvidia_smi"] = subprocess.run(
                ["nvidia-smi", "--query-gpu=name,driver_version,clocks.max.sm,power.limit",
                 "--format=csv,noheader"],
                capture_output=True, text=True, timeout=20).stdout.strip()
        except Exception as e:  # noqa: BLE001
            m["nvidia_smi"] = f"n/a ({e})"
    else:
        m["gpu"] = "none (CPU)"
    return m


def free(*objs):
    for o in objs:
        del o
    gc.collect()
    if torch.cuda.is_available():
        torch.cuda.empty_cache()


@contextmanager
def default_dtype(dt: torch.dtype):
    old = torch.get_default_dtype()
    torch.set_default_dtype(dt)
    try:
        yield
    finally:
        torch.set_default_dtype(old)


# --------------------------------------------------------------------------- audio

def read_flac(path: Path) -> np.ndarray:
    try:
        import soundfile as sf
        x, sr = sf.read(str(path), dtype="float32", always_2d=True)
        x = x.mean(axis=1)
    except ImportError:
        import torchaudio
        t, sr = torchaudio.load(str(path))
        x = t.mean(0).numpy().astype(np.float32)
    if sr != SR:
        import torchaudio.functional as AF
        x = AF.resample(torch.from_numpy(x), sr, SR).numpy()
    return x


def build_audio(minutes: float) -> tuple[np.ndarray, dict]:
    """Decode the samples again and again (real FLAC decoding every time) until `minutes` are joined."""
    files = sorted((ROOT / "samples").glob("ot_session_0[123].flac"))
    if not files:
        raise FileNotFoundError("samples/ot_session_0{1,2,3}.flac")
    need = int(minutes * 60 * SR)
    pieces, total, n = [], 0, 0
    t = time.perf_counter()
    while total < need:
        x = read_flac(files[n % len(files)])
        pieces.append(x)
        total += len(x)
        n += 1
    sec = time.perf_counter() - t
    audio = np.concatenate(pieces)[:need]
    return audio, {"seconds": round(sec, 4), "audio_s": round(total / SR, 1),
                   "rtfx": round(total / SR / sec, 1), "files_decoded": n, "source": [f.name for f in files]}


# --------------------------------------------------------------------------- diarization models

def build_segmentation(device, lstm: dict):
    """pyannote/segmentation-3.0's architecture: PyanNet, SincNet stride 10, 4 bi-LSTM layers of 128,
    2 linear layers of 128, powerset over 3 speakers with at most 2 at once (7 classes).
    (--smoke shrinks the LSTM: fresh LSTM weights crawl on CPU through denormals.)"""
    from pyannote.audio.core.task import Problem, Resolution, Specifications
    from pyannote.audio.models.segmentation import PyanNet
    model = PyanNet(sincnet={"stride": 10},
                    lstm={**lstm, "bidirectional": True, "monolithic": True, "dropout": 0.5},
                    linear={"hidden_size": 128, "num_layers": 2}, sample_rate=SR, num_channels=1)
    model.specifications = Specifications(
        problem=Problem.MONO_LABEL_CLASSIFICATION, resolution=Resolution.FRAME, duration=10.0,
        min_duration=None, warm_up=(0.0, 0.0), classes=["speaker#1", "speaker#2", "speaker#3"],
        powerset_max_classes=2, permutation_invariant=True)
    model.setup()  # adds the classifier and activation, as loading a checkpoint does
    return model.eval().to(device)


def build_embedding(device):
    from pyannote.audio.models.embedding import WeSpeakerResNet34
    return WeSpeakerResNet34(sample_rate=SR).eval().to(device)


PRECISION_NOTE = {"fp32": "fp32, TF32 off (as pyannote's pipelines set it)", "tf32": "fp32 with TF32 on",
                  "bf16": "bf16 autocast"}


@contextmanager
def precision(mode: str, device):
    old = torch.backends.cuda.matmul.allow_tf32, torch.backends.cudnn.allow_tf32
    torch.backends.cuda.matmul.allow_tf32 = torch.backends.cudnn.allow_tf32 = mode == "tf32"
    try:
        if mode == "bf16":
            with torch.autocast(device_type=device.type, dtype=torch.bfloat16):
                yield
        else:
            yield
    finally:
        torch.backends.cuda.matmul.allow_tf32, torch.backends.cudnn.allow_tf32 = old


def n_params(model) -> int:
    return sum(p.numel() for p in model.parameters())


def chunk_view(wav: torch.Tensor, window: int, step: int) -> torch.Tensor:
    return wav.unfold(0, window, step)  # (num_chunks, window) view, no copy


@torch.inference_mode()
def run_segmentation(model, wav: torch.Tensor, cfg: dict, batch: int,
                     limit: int | None = None) -> torch.Tensor:
    """Segmentation of every 10 s chunk; returns (num_chunks, num_frames, 3) binarized multilabel on CPU."""
    from pyannote.audio.utils.powerset import Powerset
    ps = Powerset(3, 2).to(wav.device)
    chunks = chunk_view(wav, int(cfg["window_s"] * SR), int(cfg["step_s"] * SR))
    limit = limit or cfg["max_chunks"]
    n = chunks.shape[0] if limit is None else min(limit, chunks.shape[0])
    outs = []
    # (CPU only: oneDNN's LSTM crawls on fresh weights here; the GPU runs cuDNN's)
    with torch.backends.mkldnn.flags(enabled=wav.device.type != "cpu"):
        for i in range(0, n, batch):
            x = chunks[i:min(i + batch, n)].unsqueeze(1).contiguous()
            logp = model(x)  # (b, frames, 7) log-softmax
            outs.append(ps.to_multilabel(logp).to(torch.float32))
    return torch.cat(outs).cpu()


@torch.inference_mode()
def run_embeddings(model, wav: torch.Tensor, seg: torch.Tensor, cfg: dict, batch: int, shared: bool = False,
                   limit: int | None = None) -> np.ndarray:
    """WeSpeaker embeddings of every (chunk, local speaker) pair.

    shared=False: one forward per pair (pyannote 4's get_embeddings: the chunk's waveform once per local
    speaker, batch = pairs). shared=True: one trunk pass per chunk, 3 speakers pooled from it (the model's
    (batch, speakers, frames) weights; batch = chunks)."""
    chunks = chunk_view(wav, int(cfg["window_s"] * SR), int(cfg["step_s"] * SR))
    limit = limit or cfg["max_chunks"]
    n = seg.shape[0] if limit is None else min(limit, seg.shape[0])
    s = seg.shape[2]
    outs = []
    if shared:
        for i in range(0, n, batch):
            j = min(i + batch, n)
            x = chunks[i:j].unsqueeze(1).contiguous()
            w = seg[i:j].permute(0, 2, 1).to(wav.device, non_blocking=True)  # (b, speakers, frames)
            outs.append(model(x, weights=w).reshape(-1, model.dimension).float().cpu())
    else:
        pairs = torch.arange(n * s)
        for i in range(0, len(pairs), batch):
            p = pairs[i:i + batch]
            c, k = p // s, p % s
            x = chunks[c.to(wav.device)].unsqueeze(1)  # gather copies: the waveform once per pair
            w = seg[c, :, k].to(wav.device, non_blocking=True)  # (b, frames)
            outs.append(model(x, weights=w).float().cpu())
    return torch.cat(outs).numpy()


def synthetic_diarization(num_chunks: int, frames: int, speakers: int = 3, dim: int = 256, seed: int = 0):
    """Binarized segmentations with about two active local speakers per chunk, and embeddings drawn
    around 3 speaker centroids: the shapes (and roughly the counts) the clustering sees on a session."""
    rng = np.random.default_rng(seed)
    seg = np.zeros((num_chunks, frames, speakers), dtype=np.float32)
    for c in range(num_chunks):
        cut = rng.integers(frames // 4, 3 * frames // 4)
        seg[c, :cut, 0] = 1
        seg[c, cut:, 1] = 1
        if rng.random() < 0.2:  # a third local speaker now and then
            a = rng.integers(0, frames - frames // 4)
            seg[c, a:a + frames // 4, 2] = 1
    centroids = rng.standard_normal((3, dim)).astype(np.float32)
    labels = rng.integers(0, 3, size=(num_chunks, speakers))
    emb = centroids[labels] + 0.6 * rng.standard_normal((num_chunks, speakers, dim)).astype(np.float32)
    return seg, emb


class RandomPLDA:
    """Stand-in with the shapes of community-1's PLDA (x-vector 256 -> LDA 128, phi of 128)."""

    def __init__(self, dim: int = 256, lda: int = 128, seed: int = 0):
        rng = np.random.default_rng(seed)
        self.mean = rng.standard_normal(dim) * 0.01
        self.W = rng.standard_normal((dim, lda)) / math.sqrt(dim)
        self.phi = np.sort(rng.uniform(0.5, 20.0, lda))[::-1]

    def __call__(self, x: np.ndarray) -> np.ndarray:
        y = (x - self.mean) @ self.W
        return y / np.linalg.norm(y, axis=1, keepdims=True) * math.sqrt(y.shape[1])


def run_clustering(num_chunks: int, frames: int, seed: int = 0) -> dict:
    from pyannote.audio.pipelines.clustering import VBxClustering
    from pyannote.core import SlidingWindow, SlidingWindowFeature
    seg, emb = synthetic_diarization(num_chunks, frames, seed=seed)
    clus = VBxClustering(plda=RandomPLDA(seed=seed))
    clus.instantiate({"threshold": 0.6, "Fa": 0.07, "Fb": 0.8})
    segs = SlidingWindowFeature(seg, SlidingWindow(start=0.0, duration=10.0, step=1.0))
    hard, soft, centroids = clus(embeddings=emb, segmentations=segs, num_clusters=None, min_clusters=1,
                                 max_clusters=np.inf)
    train, _, _ = clus.filter_embeddings(emb, segmentations=segs)
    return {"train_embeddings": int(train.shape[0]), "clusters_found": int(centroids.shape[0])}


# --------------------------------------------------------------------------- ASR

def whisper_config(cfg: dict, decoder_layers: int | None = None):
    from transformers import WhisperConfig
    w = dict(cfg["whisper"])
    if decoder_layers is not None:
        w["decoder_layers"] = decoder_layers
    c = WhisperConfig(vocab_size=cfg["asr_vocab"], num_mel_bins=cfg["asr_mel_bins"],
                      max_source_positions=1500, max_target_positions=448, pad_token_id=50256,
                      bos_token_id=50257, eos_token_id=50257,
                      decoder_start_token_id=SOT, scale_embedding=False, activation_function="gelu", **w)
    c._attn_implementation = "sdpa"
    return c


def build_whisper(cfg: dict, device, dtype, decoder_layers: int | None = None):
    from transformers import WhisperForConditionalGeneration
    conf = whisper_config(cfg, decoder_layers)
    with torch.device(device), default_dtype(dtype):
        model = WhisperForConditionalGeneration(conf)
    model = model.to(device=device, dtype=dtype).eval()
    return model, model.config._attn_implementation


def asr_windows(audio: np.ndarray, window_s: float) -> list[np.ndarray]:
    w = int(window_s * SR)
    return [audio[i:i + w] for i in range(0, len(audio), w)]


def features(fe, windows: list[np.ndarray], device: str, batch: int = 64) -> torch.Tensor:
    outs = []
    for i in range(0, len(windows), batch):
        f = fe(windows[i:i + batch], sampling_rate=SR, return_tensors="np", device=device)
        outs.append(torch.from_numpy(np.asarray(f["input_features"])))
    return torch.cat(outs)


@torch.inference_mode()
def whisper_greedy(model, feats: torch.Tensor, n_new: int, batch: int, device, dtype, sync) -> dict:
    """Encoder, then greedy decoding of exactly n_new tokens after the 4-token prompt, KV cache on."""
    enc_s = dec_s = 0.0
    tokens = 0
    prompt = torch.tensor([SOT, EN, TRANSCRIBE, NO_TIMESTAMPS], device=device)
    dec = model.model.decoder
    for i in range(0, feats.shape[0], batch):
        x = feats[i:i + batch].to(device=device, dtype=dtype, non_blocking=True)
        sync()
        t = time.perf_counter()
        enc = model.model.encoder(x).last_hidden_state
        sync()
        t1 = time.perf_counter()
        ids = prompt.expand(x.shape[0], -1)
        out = dec(input_ids=ids, encoder_hidden_states=enc, use_cache=True)
        pkv = out.past_key_values
        nxt = model.proj_out(out.last_hidden_state[:, -1]).argmax(-1, keepdim=True)
        got = [nxt]
        for _ in range(n_new - 1):
            out = dec(input_ids=nxt, encoder_hidden_states=enc, past_key_values=pkv, use_cache=True)
            pkv = out.past_key_values
            nxt = model.proj_out(out.last_hidden_state[:, -1]).argmax(-1, keepdim=True)
            got.append(nxt)
        gen = torch.cat(got, dim=1)
        sync()
        t2 = time.perf_counter()
        assert gen.shape == (x.shape[0], n_new), gen.shape
        enc_s += t1 - t
        dec_s += t2 - t1
        tokens += gen.numel()
        del enc, out, pkv
    return {"encoder_s": round(enc_s, 4), "decoder_s": round(dec_s, 4), "tokens": tokens,
            "decode_tok_per_s": round(tokens / dec_s, 1) if dec_s else None}


# --------------------------------------------------------------------------- note LLM

def build_llm(cfg: dict, device, dtype):
    from transformers import Qwen2Config, Qwen2ForCausalLM
    kw = dict(vocab_size=cfg["llm_vocab"], max_position_embeddings=32768, rms_norm_eps=1e-6,
              tie_word_embeddings=False, use_sliding_window=False, hidden_act="silu", **cfg["llm"])
    conf = Qwen2Config(rope_theta=cfg["llm_rope_theta"], **kw)
    # transformers 5 keeps rope settings in rope_parameters; make sure theta is 1e6 in either layout
    rp = getattr(conf, "rope_parameters", None)
    if isinstance(rp, dict):
        rp["rope_theta"] = cfg["llm_rope_theta"]
    conf._attn_implementation = "sdpa"
    with torch.device(device), default_dtype(dtype):
        model = Qwen2ForCausalLM(conf)
    model = model.to(device=device, dtype=dtype).eval()
    theta = rp.get("rope_theta") if isinstance(rp, dict) else getattr(conf, "rope_theta", None)
    return model, model.config._attn_implementation, theta


@torch.inference_mode()
def llm_greedy(model, batch: int, prompt_len: int, n_new: int, device, sync, seed: int = 0) -> dict:
    g = torch.Generator(device="cpu").manual_seed(seed)
    ids = torch.randint(0, 151643, (batch, prompt_len), generator=g).to(device)
    sync()
    t = time.perf_counter()
    out = model(input_ids=ids, use_cache=True, logits_to_keep=1)
    pkv = out.past_key_values
    nxt = out.logits[:, -1].argmax(-1, keepdim=True)
    sync()
    t1 = time.perf_counter()
    got = [nxt]
    for _ in range(n_new - 1):
        out = model(input_ids=nxt, past_key_values=pkv, use_cache=True, logits_to_keep=1)
        pkv = out.past_key_values
        nxt = out.logits[:, -1].argmax(-1, keepdim=True)
        got.append(nxt)
    gen = torch.cat(got, dim=1)
    sync()
    t2 = time.perf_counter()
    assert gen.shape == (batch, n_new), gen.shape
    pre, dec = t1 - t, t2 - t1
    return {"prefill_s": round(pre, 4), "decode_s": round(dec, 4),
            "prefill_tok_per_s": round(batch * prompt_len / pre, 1),
            "decode_tok_per_s_per_sequence": round((n_new - 1) / dec, 2) if dec else None,
            "decode_tok_per_s_total": round(batch * (n_new - 1) / dec, 1) if dec else None,
            "batch": batch, "prompt_tokens": prompt_len, "new_tokens": n_new}


# --------------------------------------------------------------------------- report

def markdown(d: dict, title: str = "GPU check") -> str:
    m = d["meta"]
    lines = [f"# {title} ({m['date_utc']} UTC)", "",
             f"- machine: {m.get('gpu')} ({m.get('gpu_memory_gib', '-')} GiB, {m.get('sm_count', '-')} SMs), "
             f"{m.get('cpu_count')} CPU cores; nvidia-smi: {m.get('nvidia_smi', '-')}",
             f"- software: Python {m['python']}, torch {m['torch']} (CUDA {m.get('cuda', '-')}, cuDNN "
             f"{m.get('cudnn', '-')}), transformers {m['transformers']}, "
             f"pyannote.audio {m.get('pyannote.audio')}, numpy {m['numpy']}",
             f"- command: `{m['command']}`", f"- elapsed: {m.get('elapsed_s')} s", "",
             "| stage | seconds | audio s | RTFx | GPU peak GiB | details |", "|---|---:|---:|---:|---:|---|"]
    for name, r in d["stages"].items():
        det = {k: v for k, v in r.items() if k not in ("seconds", "audio_s", "rtfx", "peak_gib")}
        lines.append(f"| {name} | {r.get('seconds', '')} | {r.get('audio_s', '')} | {r.get('rtfx', '')} | "
                     f"{r.get('peak_gib', '')} | {', '.join(f'{k}={v}' for k, v in det.items())} |")
    if d["derived"]:
        lines += ["", "## Derived (sums of the measured stages above)", "", "| what | value |", "|---|---|"]
        lines += [f"| {k} | {v} |" for k, v in d["derived"].items()]
    if d["errors"]:
        lines += ["", "## Errors", ""] + [f"- {k}: `{v}`" for k, v in d["errors"].items()]
    if d["skipped"]:
        lines += ["", "## Skipped", ""] + [f"- {s}" for s in d["skipped"]]
    lines += ["", "## Settings", "", "```", json.dumps(m["settings"], indent=1), "```", ""]
    return "\n".join(lines)


def derive(run: Run, minutes: float, cfg: dict):
    st, dv = run.data["stages"], run.data["derived"]
    audio_s = minutes * 60

    def sec(name):
        return st[name]["seconds"] if name in st else None

    def best(prefix):
        c = [(v["seconds"], k) for k, v in st.items() if k.startswith(prefix)]
        return min(c) if c else (None, None)

    parts_pipe = {"audio decode": sec("audio decode (CPU)"), "segmentation": sec("segmentation b32"),
                  "embeddings": sec("embeddings pairs b32 fp32"), "clustering": sec("clustering VBx (CPU)"),
                  "ASR features": sec("ASR features (CPU)"), "ASR large-v3": sec("ASR large-v3 b32"),
                  "note LLM": sec("note LLM 7B b1")}
    b = {"audio decode": ("audio decode (CPU)", sec("audio decode (CPU)")),
         "segmentation": best("segmentation b")[::-1], "embeddings": best("embeddings ")[::-1],
         "clustering": ("clustering VBx (CPU)", sec("clustering VBx (CPU)")),
         "ASR features": best("ASR features")[::-1], "ASR large-v3": best("ASR large-v3 b")[::-1],
         "note LLM": ("note LLM 7B b1", sec("note LLM 7B b1"))}
    for label, parts in (("pipeline-like settings", parts_pipe),
                         ("fastest measured settings", {k: v[1] for k, v in b.items()})):
        if all(v is not None for v in parts.values()):
            tot = sum(parts.values())
            asr_dia = tot - parts["note LLM"]
            dv[f"end to end, {label} (s)"] = (f"{tot:.1f} s (RTFx {audio_s / tot:.0f}); without the note "
                                             f"{asr_dia:.1f} s; aim 20 s: {tot / 20:.2f}x the aim")
    dv["fastest settings used"] = ", ".join(f"{k}: {v[0]}" for k, v in b.items() if v[0])
    t = best("ASR large-v3-turbo b")
    if t[0] is not None and b["ASR large-v3"][1] is not None:
        dv["turbo instead of large-v3 (fastest settings)"] = (
            f"ASR {t[0]:.1f} s instead of {b['ASR large-v3'][1]:.1f} s")
    bt = [k for k in st if k.startswith("batch ")]
    if bt:
        f = cfg["batch_files"]
        hours = f * minutes / 60
        for label, keys in (("all stages one after another", bt),
                            ("GPU stages only (CPU decode and clustering overlapped on the CPU cores)",
                             [k for k in bt if "(CPU)" not in k])):
            dia_asr = sum(st[k]["seconds"] for k in keys if "LLM" not in k)
            llm = sum(st[k]["seconds"] for k in keys if "LLM" in k)
            if dia_asr:
                dv[f"batch, {label}: audio-hours per GPU-hour, ASR + diarization"] = (
                    f"{hours / (dia_asr / 3600):.0f} ({f} x {minutes:g} min in {dia_asr:.1f} s; aim 500)")
            if llm:
                dv[f"batch, {label}: audio-hours per GPU-hour, with the note"] = (
                    f"{hours / ((dia_asr + llm) / 3600):.0f} ({dia_asr + llm:.1f} s; aim 500)")


# --------------------------------------------------------------------------- main

def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--smoke", action="store_true", help="tiny sizes on whatever device there is (CPU here)")
    ap.add_argument("--minutes", type=float, default=None)
    ap.add_argument("--asr-new-tokens", dest="asr_new_tokens", type=int, default=None)
    ap.add_argument("--llm-prompt-tokens", dest="llm_prompt_tokens", type=int, default=None)
    ap.add_argument("--llm-new-tokens", dest="llm_new_tokens", type=int, default=None)
    ap.add_argument("--batch-files", dest="batch_files", type=int, default=None)
    ap.add_argument("--batch-asr", dest="batch_asr", type=int, default=None,
                    help="ASR windows per step in the batch-of-files run (default 240, or 120 under 100 GiB)")
    ap.add_argument("--budget-s", type=float, default=420.0,
                    help="skip the remaining stages after this many seconds")
    ap.add_argument("--skip", default="", help="comma-separated: seg,emb,clus,asr,turbo,llm,batch")
    raw = sys.argv[1:] if argv is None else argv
    a = ap.parse_args(raw)
    cfg = settings(a)
    skip = set(filter(None, a.skip.split(",")))
    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    if not a.smoke and device.type != "cuda":
        print("no GPU: use --smoke here", file=sys.stderr)
        return 2
    # pyannote's pipelines switch TF32 off on CUDA (fix_reproducibility): time seg/emb as they run
    torch.backends.cuda.matmul.allow_tf32 = False
    torch.backends.cudnn.allow_tf32 = False
    torch.manual_seed(0)
    if device.type == "cpu":
        torch.set_flush_denormal(True)  # fresh LSTM/ResNet weights hit denormals on CPU (not an issue on GPU)
    run = Run(a.out, device, cfg, raw, a.budget_s)
    sync = run.sync
    f16, bf16 = (torch.float16, torch.bfloat16) if run.cuda else (torch.float32, torch.float32)
    minutes = cfg["minutes"]
    print(json.dumps({k: v for k, v in run.data["meta"].items() if k != "settings"}), flush=True)

    audio = wav = seg = whisper = llm = segm = embm = fe = None
    audio_s = minutes * 60
    with run.guard("audio") as ok:
        if ok:
            audio, rec = build_audio(minutes)
            run.data["stages"]["audio decode (CPU)"] = rec
            print(f"   audio decode (CPU): {fmt_rec(rec)}", flush=True)
            wav = torch.from_numpy(audio).to(device)
    if wav is None:
        return 1
    win, step = int(cfg["window_s"] * SR), int(cfg["step_s"] * SR)
    num_chunks = chunk_view(wav, win, step).shape[0]
    run.data["meta"]["chunks_10s"] = num_chunks

    # ---- diarization: segmentation, embeddings, clustering
    if "seg" not in skip:
        with run.guard("segmentation") as ok:
            if ok:
                segm = build_segmentation(device, cfg["seg_lstm"])
                run.data["meta"]["segmentation_params"] = n_params(segm)
                for b in cfg["seg_batches"]:
                    run_segmentation(segm, wav, cfg, b, limit=2 * b)  # warm-up
                    holder = {}

                    def go(b=b, holder=holder):
                        holder["seg"] = run_segmentation(segm, wav, cfg, b)
                        return {"chunks": holder["seg"].shape[0], "frames": holder["seg"].shape[1],
                                "batch": b, "dtype": "fp32 (TF32 off)"}
                    run.timed(f"segmentation b{b}", go, audio_s)
                    seg = holder["seg"]
    if seg is None:  # embeddings still need masks
        frames = 589
        seg = torch.from_numpy(synthetic_diarization(num_chunks, frames)[0])
    if "emb" not in skip:
        with run.guard("embeddings") as ok:
            if ok:
                embm = build_embedding(device)
                run.data["meta"]["embedding_params"] = n_params(embm)
                for mode, b, prec in cfg["emb_variants"]:
                    shared = mode == "shared"
                    with precision(prec, device):
                        warm = b if shared else b // 3 + 1
                        run_embeddings(embm, wav, seg, cfg, b, shared=shared, limit=warm)

                        def go(b=b, shared=shared, mode=mode, prec=prec):
                            e = run_embeddings(embm, wav, seg, cfg, b, shared=shared)
                            return {"embeddings": e.shape[0],
                                    "batch": f"{b} {'chunks' if shared else 'pairs'}",
                                    "precision": PRECISION_NOTE[prec]}
                        run.timed(f"embeddings {mode} b{b} {prec}", go, audio_s)
    if "clus" not in skip:
        with run.guard("clustering") as ok:
            if ok:
                run_clustering(min(num_chunks, 50), seg.shape[1], seed=1)  # warm-up (imports)
                run.timed("clustering VBx (CPU)", lambda: run_clustering(num_chunks, seg.shape[1]), audio_s,
                          note="pyannote VBxClustering on synthetic embeddings, random PLDA-shaped transform")

    # ---- ASR
    windows = asr_windows(audio, cfg["asr_window_s"])
    feats = None
    if "asr" not in skip or "turbo" not in skip:
        with run.guard("ASR features") as ok:
            if ok:
                from transformers import WhisperFeatureExtractor
                fe = WhisperFeatureExtractor(feature_size=cfg["asr_mel_bins"], sampling_rate=SR)
                features(fe, windows[:2], "cpu")
                holder = {}

                def go_cpu():
                    holder["f"] = features(fe, windows, "cpu")
                    return {"windows": len(windows), "shape": list(holder["f"].shape),
                            "torch_threads": torch.get_num_threads()}
                run.timed("ASR features (CPU)", go_cpu, audio_s)
                feats = holder["f"]
                if run.cuda:
                    features(fe, windows[:2], "cuda")
                    run.timed("ASR features (GPU)", lambda: {"windows": len(features(fe, windows, "cuda"))},
                              audio_s)
    n_new = cfg["asr_new_tokens"]
    if "asr" not in skip and feats is not None:
        with run.guard("ASR large-v3") as ok:
            if ok:
                t = time.perf_counter()
                whisper, attn = build_whisper(cfg, device, f16)
                sync()
                run.data["meta"]["whisper_large_v3"] = {"params": n_params(whisper), "attn": attn,
                                                        "init_s": round(time.perf_counter() - t, 1)}
                for b in cfg["asr_batches"]:
                    whisper_greedy(whisper, feats[:min(b, len(feats))], 4, b, device, f16, sync)  # warm-up
                    run.timed(f"ASR large-v3 b{b}",
                              lambda b=b: whisper_greedy(whisper, feats, n_new, b, device, f16, sync),
                              audio_s, batch=b, windows=len(feats), new_tokens_per_window=n_new,
                              dtype=str(f16))
    if "turbo" not in skip and feats is not None:
        with run.guard("ASR large-v3-turbo") as ok:
            if ok:
                turbo, attn = build_whisper(cfg, device, f16, decoder_layers=cfg["turbo_decoder_layers"])
                run.data["meta"]["whisper_large_v3_turbo"] = {"params": n_params(turbo), "attn": attn}
                for b in cfg["asr_turbo_batches"]:
                    whisper_greedy(turbo, feats[:min(b, len(feats))], 4, b, device, f16, sync)
                    run.timed(f"ASR large-v3-turbo b{b}",
                              lambda b=b: whisper_greedy(turbo, feats, n_new, b, device, f16, sync), audio_s,
                              batch=b, windows=len(feats), new_tokens_per_window=n_new, dtype=str(f16))
                turbo = None
                free()

    # ---- note LLM
    P, N = cfg["llm_prompt_tokens"], cfg["llm_new_tokens"]
    if "llm" not in skip:
        with run.guard("note LLM") as ok:
            if ok:
                t = time.perf_counter()
                llm, attn, theta = build_llm(cfg, device, bf16)
                sync()
                run.data["meta"]["llm_qwen2_7b_shape"] = {"params": n_params(llm), "attn": attn,
                                                          "rope_theta": theta,
                                                          "init_s": round(time.perf_counter() - t, 1)}
                llm_greedy(llm, 1, min(P, 512), 4, device, sync)  # warm-up
                run.timed("note LLM 7B b1", lambda: llm_greedy(llm, 1, P, N, device, sync), audio_s,
                          dtype=str(bf16))
    derive(run, minutes, cfg)
    run.write()

    # ---- batch: several files, all models resident
    F = cfg["batch_files"]
    if "batch" not in skip:
        fwav = [wav] * F  # the same decoded audio for every file: the compute does not depend on the content
        fh = F * audio_s
        with run.guard("batch audio decode") as ok:
            if ok:
                run.timed("batch audio decode (CPU)",
                          lambda: {"files": F, "decoded": [build_audio(minutes)[1]["files_decoded"]
                                                           for _ in range(F)][0] * F}, fh)
        if segm is not None:
            with run.guard("batch segmentation") as ok:
                if ok:
                    b = cfg["batch_seg"]
                    run_segmentation(segm, wav, cfg, b, limit=b)
                    holder = {}

                    def go_seg(b=b):
                        holder["segs"] = [run_segmentation(segm, w, cfg, b) for w in fwav]
                        return {"files": F, "batch": b}
                    run.timed(f"batch segmentation b{b}", go_seg, fh)
        if embm is not None:
            with run.guard("batch embeddings") as ok:
                if ok:
                    b = cfg["batch_emb"]
                    run_embeddings(embm, wav, seg, cfg, b, shared=True, limit=b)
                    run.timed(f"batch embeddings shared b{b} fp32",
                              lambda b=b: {"files": F, "batch": f"{b} chunks",
                                           "precision": PRECISION_NOTE["fp32"],
                                           "embeddings": sum(len(run_embeddings(embm, w, seg, cfg, b,
                                                                                shared=True)) for w in fwav)},
                              fh)
        if "clus" not in skip:
            with run.guard("batch clustering") as ok:
                if ok:
                    run.timed("batch clustering VBx (CPU)",
                              lambda: {"files": F, "runs": [run_clustering(num_chunks, seg.shape[1], seed=i)
                                                            for i in range(F)][0]}, fh)
        if whisper is not None and fe is not None:
            with run.guard("batch ASR") as ok:
                if ok:
                    dev_fe = "cuda" if run.cuda else "cpu"
                    run.timed("batch ASR features", lambda: {"files": F, "device": dev_fe,
                                                             "windows": sum(len(features(fe, windows, dev_fe))
                                                                            for _ in range(F))}, fh)
                    allf = torch.cat([feats] * F)
                    b = cfg["batch_asr"]
                    for attempt in range(2):
                        try:
                            whisper_greedy(whisper, allf[:b], 4, b, device, f16, sync)
                            run.timed(f"batch ASR large-v3 b{b}",
                                      lambda b=b: whisper_greedy(whisper, allf, n_new, b, device, f16, sync),
                                      fh, files=F, batch=b, windows=len(allf), new_tokens_per_window=n_new)
                            break
                        except torch.OutOfMemoryError:
                            free()
                            run.data["errors"][f"batch ASR b{b}"] = "out of memory; halved the batch"
                            b //= 2
        if llm is not None:
            with run.guard("batch note LLM") as ok:
                if ok:
                    b = min(cfg["batch_llm"], F)
                    llm_greedy(llm, b, min(P, 512), 4, device, sync)
                    reps = math.ceil(F / b)
                    run.timed(f"batch note LLM 7B b{b}",
                              lambda b=b: [llm_greedy(llm, b, P, N, device, sync) for _ in range(reps)][-1],
                              fh, files=F, dtype=str(bf16))
    derive(run, minutes, cfg)
    run.write()
    print("\n" + markdown(run.data), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
