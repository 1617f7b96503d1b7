"""Tune the embedded diarizer's clustering from cached embeddings: seconds per try instead of minutes.

    PYTHONPATH=. .venv/bin/python -m benchmarks.diarization_replay [--sets dev,samples,sample.wav]
        [--option count_cap=none] [--option split=pitch] [--true-count]

The first run caches each file's VAD regions, clustering units and labelling windows with their GE2E
embeddings, and the F0 track (YIN) in .cache/emb/<uri>.npz (about 2 min for the dev split); later runs
replay steps 3 to 5 (``EmbeddedDiarizer.turns_from_embeddings``) with the options given and print DER per
file (pyannote.metrics, collar 0, overlap scored). The cache holds what the VAD and the encoder gave with
the defaults of the time: options that change them (window, label_window, vad_*) need the cache removed.
For tuning: the sets are dev, samples and sample.wav by default; the test split only when named, once,
after the choices (benchmarks/diarization.md).
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

import numpy as np

from benchmarks.common import ROOT
from benchmarks.diarization import sets
from pipeline.diarize.embedded import EmbeddedDiarizer, span_f0
from pipeline.evaluate import der

CACHE = ROOT / ".cache" / "emb"


def cached(uri: str, path: Path, diarizer: EmbeddedDiarizer) -> dict:
    out = CACHE / f"{uri}.npz"
    if not out.exists():
        from pipeline.audio import load
        from pipeline.diarize.embedded import pitch_track
        from pipeline.diarize.encoder import mel_spectrogram

        a = load(path)
        regions = diarizer.speech_regions(a)
        wins = diarizer.units(regions)
        lw = diarizer.windows(regions)
        mel = mel_spectrogram(a.samples)
        f0, rms = pitch_track(a.samples)
        CACHE.mkdir(parents=True, exist_ok=True)
        tmp = out.with_suffix(".tmp.npz")
        np.savez(tmp, regions=np.array(regions).reshape(-1, 2), wins=np.array(wins).reshape(-1, 2),
                 emb=diarizer.encoder.embed_windows(a.samples, wins, mel=mel), lw=np.array(lw).reshape(-1, 2),
                 lemb=diarizer.encoder.embed_windows(a.samples, lw, mel=mel), f0=f0.astype(np.float32),
                 rms=rms.astype(np.float32), duration=a.duration)
        os.replace(tmp, out)
    z = np.load(out)
    spans = lambda k: [(float(s), float(e)) for s, e in z[k]]  # noqa: E731
    return {"regions": spans("regions"), "wins": spans("wins"), "emb": z["emb"], "lw": spans("lw"),
            "lemb": z["lemb"], "track": (z["f0"], z["rms"]), "duration": float(z["duration"])}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sets", default="dev,samples,sample.wav")
    ap.add_argument("--option", action="append", default=[], metavar="NAME=VALUE")
    ap.add_argument("--true-count", action="store_true", help="give each file its reference speaker count")
    args = ap.parse_args()
    options: dict = {}
    for o in args.option:
        k, v = o.split("=", 1)
        kind = type(getattr(EmbeddedDiarizer, k, ""))
        options[k] = v if kind is str or v == "none" else kind(v)
    d = EmbeddedDiarizer(**options)
    for name, folder, refs in sets(set(args.sets.split(","))):
        files = der.find_audio(folder, refs)
        scores = []
        for uri, path in files.items():
            c = cached(uri, path, d)
            k = len({t.speaker for t in refs[uri]})
            lo, hi = (k, k) if args.true_count else (1, d.max_auto_speakers)
            pitch = None
            if d.split == "pitch" and lo != hi:
                pitch = (span_f0(c["track"], c["wins"]), span_f0(c["track"], c["lw"], min_voiced=8))
            turns = d.turns_from_embeddings(c["duration"], c["regions"], c["wins"], c["emb"], c["lw"], c["lemb"],
                                            lo, hi, pitch=pitch)
            scores.append(der.score_file(uri, refs[uri], turns, c["duration"]))
        r = der.DiarizationReport(tuple(scores))
        print(f"{name}: overall {r.der * 100:.1f} % mean {r.mean_der * 100:.1f} % worst "
              f"{max(f.der for f in r.files) * 100:.1f} % conf {r.confusion * 100:.1f} % count right "
              f"{r.count_exact}/{len(r.files)} | " + " ".join(
                  f"{f.uri}:{f.der * 100:.1f}({f.hypothesis_speakers}/{f.reference_speakers})" for f in r.files),
              flush=True)


if __name__ == "__main__":
    main()
