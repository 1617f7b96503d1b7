"""Two probes of the embedded diarizer's bounds (issue 19), run on dev only; figures in benchmarks/diarization.md.

    PYTHONPATH=. .venv/bin/python -m benchmarks.diarization_probes vad [--sets dev,samples,sample.wav]
        [--thresholds 0.3,0.4,0.5,0.6] [--pads 30,60,120,200] [--bridge 0.0]
    PYTHONPATH=. .venv/bin/python -m benchmarks.diarization_probes center [--sets ...] [--mode recording|separate]
        [--alpha 1.0] [--thresholds 0.3,0.45] [--true-count]

``vad``: speech detection alone. The Silero regions at each threshold and padding (gaps under ``--bridge`` s
joined, whoever speaks) against the reference speech, frame by frame (10 ms; overlapped reference speech
counts once per speaker, so a one-speaker-at-a-time output misses the second voice): missed and false-alarm
shares of the reference speech. No speaker labels: what any labelling on these regions starts from.

``center``: the GE2E embeddings with the recording's mean embedding taken off before clustering and labelling
(``alpha`` times the mean; ``recording``: the clustering units' speech-weighted mean for both scales,
``separate``: each window scale its own mean), then the replay of steps 3-5 (benchmarks/diarization_replay.py's
cache, .cache/emb) at each threshold. A trick of speaker verification (the shared component of all voices in a
room removed) tried here for the alike voices of the test split; it did not help (benchmarks/diarization.md).
"""

from __future__ import annotations

import argparse

import numpy as np

from benchmarks.diarization import sets
from pipeline.evaluate import der

FPS = 100


def _floats(s: str) -> list[float]:
    return [float(v) for v in s.split(",")]


def vad(args: argparse.Namespace) -> None:
    from pipeline.audio import load
    from pipeline.vad import speech_regions

    files = [(name, load(path), refs[uri]) for name, folder, refs in sets(set(args.sets.split(",")))
             for uri, path in der.find_audio(folder, refs).items()]
    for th in _floats(args.thresholds):
        for pad in (int(p) for p in _floats(args.pads)):
            tot: dict[str, list[float]] = {}
            for name, a, ref in files:
                n = int(np.ceil(a.duration * FPS)) + 1
                r = np.zeros(n, dtype=np.int16)
                for t in ref:
                    r[round(t.start * FPS):round(t.end * FPS)] += 1
                h = np.zeros(n, dtype=np.int16)
                last = None
                for s, e in speech_regions(a, threshold=th, min_silence_duration_ms=100, speech_pad_ms=pad,
                                           min_speech_duration_ms=100):
                    s = last if last is not None and s - last < args.bridge else s
                    h[round(s * FPS):round(e * FPS)] = 1
                    last = e
                t = tot.setdefault(name, [0.0, 0.0, 0.0])
                t[0] += r.sum()
                t[1] += np.maximum(r - h, 0).sum()
                t[2] += ((r == 0) & (h > 0)).sum()
            print(f"threshold {th} pad {pad} ms bridge {args.bridge} s | " + " | ".join(
                f"{k}: miss {m / T * 100:.1f} % FA {f / T * 100:.1f} % sum {(m + f) / T * 100:.1f} %"
                for k, (T, m, f) in tot.items()), flush=True)


def center(args: argparse.Namespace) -> None:
    from benchmarks.diarization_replay import cached
    from pipeline.diarize.embedded import EmbeddedDiarizer

    def norm(x: np.ndarray) -> np.ndarray:
        return x / np.maximum(np.linalg.norm(x, axis=1, keepdims=True), 1e-12)

    d0 = EmbeddedDiarizer()
    data = [(name, uri, refs[uri], cached(uri, path, d0)) for name, folder, refs in sets(set(args.sets.split(",")))
            for uri, path in der.find_audio(folder, refs).items()]
    for th in _floats(args.thresholds):
        d = EmbeddedDiarizer(threshold=th, encoder=d0.encoder)
        by: dict[str, list] = {}
        for name, uri, ref, c in data:
            w = np.array([e - s for s, e in c["wins"]])
            mu = (c["emb"] * w[:, None]).sum(0) / w.sum()
            mul = c["lemb"].mean(0) if args.mode == "separate" else mu
            emb, lemb = norm(c["emb"] - args.alpha * mu), norm(c["lemb"] - args.alpha * mul)
            k = len({t.speaker for t in ref})
            lo, hi = (k, k) if args.true_count else (1, d.max_auto_speakers)
            turns = d.turns_from_embeddings(c["duration"], c["regions"], c["wins"], emb, c["lw"], lemb, lo, hi)
            by.setdefault(name, []).append(der.score_file(uri, ref, turns, c["duration"]))
        for name, scores in by.items():
            r = der.DiarizationReport(tuple(scores))
            print(f"{args.mode} alpha {args.alpha} threshold {th} {name}: overall {r.der * 100:.1f} % mean "
                  f"{r.mean_der * 100:.1f} % worst {max(f.der for f in r.files) * 100:.1f} % conf "
                  f"{r.confusion * 100:.1f} % count right {r.count_exact}/{len(r.files)}", flush=True)


def main() -> None:
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="probe", required=True)
    v = sub.add_parser("vad")
    v.add_argument("--sets", default="dev,samples,sample.wav")
    v.add_argument("--thresholds", default="0.3,0.4,0.5,0.6")
    v.add_argument("--pads", default="30,60,120,200")
    v.add_argument("--bridge", type=float, default=0.0)
    c = sub.add_parser("center")
    c.add_argument("--sets", default="dev,samples,sample.wav")
    c.add_argument("--mode", choices=("recording", "separate"), default="recording")
    c.add_argument("--alpha", type=float, default=1.0)
    c.add_argument("--thresholds", default="0.3,0.45")
    c.add_argument("--true-count", action="store_true")
    args = ap.parse_args()
    (vad if args.probe == "vad" else center)(args)


if __name__ == "__main__":
    main()
