"""The GE2E speaker encoder (Wan et al. 2018) with the weights the ``resemblyzer`` package carries.

The network and the features are resemblyzer's (``voice_encoder.py``, ``audio.py``,
``hparams.py``), re-implemented here so that importing this module does not import
``resemblyzer`` (whose import pulls webrtcvad and pkg_resources); only its
``pretrained.pt`` is read, found with ``importlib.util.find_spec``.

- features: mel power spectrogram (not log), 40 channels, 25 ms Hann window
  (n_fft 400), 10 ms hop, 16 kHz, centred frames (librosa's defaults: Slaney
  mel scale and normalisation, zero padding);
- network: 3-layer LSTM 40 -> 256, linear 256 -> 256, ReLU, L2 normalisation
  of the last layer's final hidden state;
- volume: like resemblyzer's ``preprocess_wav``, quiet audio is raised to
  -30 dBFS (never lowered) before the features, because the features are not
  log-compressed. ``embed_windows`` does this per window.

``embed(samples)`` is resemblyzer's ``embed_utterance`` (1.6 s partials at 1.3 per
second, mean of the partial embeddings, L2-normalised); ``embed_windows`` embeds
many (start, end) windows of one recording in batches, the way the diarizer and
voice-profile enrollment use it.
"""

from __future__ import annotations

import importlib.util
import logging
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from ..errors import ModelError

log = logging.getLogger("pipeline.diarize")

SAMPLE_RATE = 16000
N_FFT = 400  # 25 ms
HOP = 160  # 10 ms
N_MELS = 40
FRAMES_PER_SECOND = SAMPLE_RATE // HOP  # 100
PARTIAL_FRAMES = 160  # 1.6 s: the partial utterance resemblyzer embeds
HIDDEN = 256
LAYERS = 3
TARGET_DBFS = -30.0
INT16_MAX = 2**15 - 1
MIN_WINDOW_FRAMES = 10  # a window shorter than 0.1 s has no speaker information


def weights_path() -> Path:
    """Where the installed ``resemblyzer`` package keeps ``pretrained.pt`` (not imported)."""
    try:
        spec = importlib.util.find_spec("resemblyzer")
    except (ImportError, ValueError):
        spec = None
    if spec is None or not spec.submodule_search_locations:
        raise ModelError(
            "the speaker encoder needs the 'resemblyzer' package (it carries the GE2E weights): "
            "install it with `pip install resemblyzer==0.1.4`, or diarize with --diarizer pyannote"
        )
    path = Path(next(iter(spec.submodule_search_locations))) / "pretrained.pt"
    if not path.is_file():
        raise ModelError(
            f"the speaker encoder weights are missing ({path.name} is not in the resemblyzer package): "
            "reinstall it with `pip install --force-reinstall resemblyzer==0.1.4`"
        )
    return path


def mel_filters() -> np.ndarray:
    """Slaney-style mel filterbank (librosa.filters.mel defaults), shape (40, 201)."""
    f_sp = 200.0 / 3
    min_log_hz, logstep = 1000.0, np.log(6.4) / 27.0
    min_log_mel = min_log_hz / f_sp

    def hz_to_mel(f: np.ndarray) -> np.ndarray:
        f = np.asarray(f, dtype=np.float64)
        return np.where(f >= min_log_hz, min_log_mel + np.log(np.maximum(f, 1e-10) / min_log_hz) / logstep,
                        f / f_sp)

    def mel_to_hz(m: np.ndarray) -> np.ndarray:
        return np.where(m >= min_log_mel, min_log_hz * np.exp(logstep * (m - min_log_mel)), f_sp * m)

    fft_freqs = np.fft.rfftfreq(N_FFT, 1.0 / SAMPLE_RATE)
    mel_f = mel_to_hz(np.linspace(hz_to_mel(0.0), hz_to_mel(SAMPLE_RATE / 2), N_MELS + 2))
    fdiff = np.diff(mel_f)
    ramps = mel_f[:, None] - fft_freqs[None, :]
    lower = -ramps[:-2] / fdiff[:-1, None]
    upper = ramps[2:] / fdiff[1:, None]
    weights = np.maximum(0, np.minimum(lower, upper))
    weights *= (2.0 / (mel_f[2: N_MELS + 2] - mel_f[:N_MELS]))[:, None]
    return weights.astype(np.float32)


_MEL = mel_filters()
_WINDOW = (0.5 - 0.5 * np.cos(2 * np.pi * np.arange(N_FFT) / N_FFT)).astype(np.float32)  # periodic Hann


def mel_spectrogram(samples: np.ndarray, block: int = 8192) -> np.ndarray:
    """Mel power spectrogram, (frames, 40) float32; frame i is centred on sample i * 160."""
    y = np.asarray(samples, dtype=np.float32)
    padded = np.pad(y, (N_FFT // 2, N_FFT // 2))
    n_frames = 1 + (len(padded) - N_FFT) // HOP
    if n_frames <= 0:
        return np.zeros((0, N_MELS), dtype=np.float32)
    frames = np.lib.stride_tricks.sliding_window_view(padded, N_FFT)[::HOP][:n_frames]
    out = np.empty((n_frames, N_MELS), dtype=np.float32)
    for i in range(0, n_frames, block):  # bounded memory on long recordings
        spec = np.fft.rfft(frames[i: i + block] * _WINDOW, axis=1)
        power = (spec.real**2 + spec.imag**2).astype(np.float32)
        out[i: i + block] = power @ _MEL.T
    return out


def volume_gain(samples: np.ndarray) -> float:
    """Amplitude gain that raises ``samples`` to -30 dBFS (1.0 if already louder or silent)."""
    if len(samples) == 0:
        return 1.0
    rms = float(np.sqrt(np.mean(np.square(samples, dtype=np.float64)))) * INT16_MAX
    if rms <= 0:
        return 1.0
    change = TARGET_DBFS - 20 * np.log10(rms / INT16_MAX)
    return float(10 ** (change / 20)) if change > 0 else 1.0


@dataclass
class SpeakerEncoder:
    """GE2E d-vectors (256-d, L2-normalised) on CPU. Load once, call many times."""

    batch_size: int = 64
    normalize_volume: bool = True
    device: str = "cpu"
    name: str = "ge2e-resemblyzer"
    _net: Any = field(init=False, repr=False, default=None)

    def __post_init__(self) -> None:
        path = weights_path()
        t0 = time.perf_counter()
        try:
            import torch
            from torch import nn

            state = torch.load(path, map_location="cpu", weights_only=True)["model_state"]
            net = nn.Module()
            net.lstm = nn.LSTM(N_MELS, HIDDEN, LAYERS, batch_first=True)
            net.linear = nn.Linear(HIDDEN, HIDDEN)
            net.load_state_dict({k: v for k, v in state.items() if k.split(".")[0] in ("lstm", "linear")})
        except (OSError, RuntimeError, KeyError, EOFError, ValueError, TypeError) as e:
            raise ModelError(
                f"could not load the speaker encoder weights ({e}); reinstall them with "
                "`pip install --force-reinstall resemblyzer==0.1.4`"
            ) from e
        self._net = net.eval().to(self.device)
        log.debug("speaker encoder loaded in %.2f s", time.perf_counter() - t0)

    def describe(self) -> dict[str, Any]:
        return {"encoder": self.name, "features": "mel40-25ms-10ms", "dim": HIDDEN,
                "volume_normalisation": TARGET_DBFS if self.normalize_volume else None}

    # ------------------------------------------------------------------ core

    def _forward(self, mels: list[np.ndarray]) -> np.ndarray:
        """Embed mel sequences (each (frames, 40)), batched; lengths may differ."""
        import torch
        from torch.nn.utils.rnn import pack_padded_sequence

        out = np.zeros((len(mels), HIDDEN), dtype=np.float32)
        if not mels:
            return out
        order = np.argsort([-len(m) for m in mels], kind="stable")
        with torch.inference_mode():
            for i in range(0, len(order), self.batch_size):
                idx = order[i: i + self.batch_size]
                lengths = [len(mels[j]) for j in idx]
                if min(lengths) == max(lengths):
                    x = torch.from_numpy(np.stack([mels[j] for j in idx])).to(self.device)
                else:
                    buf = np.zeros((len(idx), lengths[0], N_MELS), dtype=np.float32)
                    for k, j in enumerate(idx):
                        buf[k, : lengths[k]] = mels[j]
                    x = pack_padded_sequence(torch.from_numpy(buf).to(self.device), lengths,
                                             batch_first=True, enforce_sorted=True)
                _, (hidden, _) = self._net.lstm(x)
                e = torch.relu(self._net.linear(hidden[-1]))
                e = e / torch.linalg.vector_norm(e, dim=1, keepdim=True).clamp_min(1e-12)
                out[idx] = e.cpu().numpy()
        return out

    # ------------------------------------------------------------------- API

    def embed_windows(self, samples: np.ndarray, windows: Sequence[tuple[float, float]],
                      mel: np.ndarray | None = None) -> np.ndarray:
        """One embedding per (start, end) window in seconds of ``samples`` (16 kHz): (n, 256).

        The mel spectrogram is computed once for the recording and sliced (pass ``mel``,
        ``mel_spectrogram(samples)``, to reuse it across calls); each window's loudness is
        raised to -30 dBFS (a gain on its power features). Windows shorter than 0.1 s are
        embedded on 0.1 s.
        """
        samples = np.asarray(samples, dtype=np.float32)
        if not len(windows):
            return np.zeros((0, HIDDEN), dtype=np.float32)
        if not len(samples):
            return np.zeros((len(windows), HIDDEN), dtype=np.float32)
        mel = mel_spectrogram(samples) if mel is None else mel
        total = len(mel)
        chunks = []
        for start, end in windows:
            a = max(0, min(round(start * FRAMES_PER_SECOND), total - MIN_WINDOW_FRAMES))
            b = min(total, max(round(end * FRAMES_PER_SECOND), a + MIN_WINDOW_FRAMES))
            m = mel[a:b]
            if self.normalize_volume:
                g = volume_gain(samples[a * HOP: b * HOP])
                if g != 1.0:
                    m = m * np.float32(g * g)
            chunks.append(m)
        return self._forward(chunks)

    def embed(self, samples: np.ndarray, rate: float = 1.3, min_coverage: float = 0.75) -> np.ndarray:
        """Whole-utterance embedding (256,): resemblyzer's ``embed_utterance``.

        ``samples`` should be speech only (e.g. the VAD's speech regions joined).
        """
        wav = np.asarray(samples, dtype=np.float32)
        if self.normalize_volume:
            wav = wav * np.float32(volume_gain(wav))
        n_frames = int(np.ceil((len(wav) + 1) / HOP))
        frame_step = max(1, min(PARTIAL_FRAMES, int(np.round((SAMPLE_RATE / rate) / HOP))))
        starts = list(range(0, max(1, n_frames - PARTIAL_FRAMES + frame_step + 1), frame_step))
        coverage = (len(wav) - starts[-1] * HOP) / (PARTIAL_FRAMES * HOP)
        if coverage < min_coverage and len(starts) > 1:
            starts = starts[:-1]
        stop = (starts[-1] + PARTIAL_FRAMES) * HOP
        if stop >= len(wav):
            wav = np.pad(wav, (0, stop - len(wav)))
        mel = mel_spectrogram(wav)
        partials = self._forward([mel[s: s + PARTIAL_FRAMES] for s in starts])
        v = partials.mean(axis=0)
        n = float(np.linalg.norm(v))
        return v / n if n > 0 else v
