"""Segment length vs cuts inside sentences, for a grid of issue 19's cut rule (pipeline.align.TurnRules:
max_segment, min_piece, change_bonus); how the defaults were chosen, on dev.

    .venv/bin/python -m benchmarks.speaker_turns --split dev --asr-model base --config config.example.toml \
        --max-segment 0 --reuse-diarization --no-write --save DIR      # labelled, nothing cut
    .venv/bin/python -m benchmarks.segment_grid DIR --split dev [--show 12,2,0.25]

Reads the labelled transcripts in DIR (one speaker per segment; a `scribe transcribe` output folder's
NAME/transcript.json with its diarization.rttm for --split samples) and the diarization kept by
--reuse-diarization, cuts every segment's words with pipeline.align.cut_points and pauses_heard as
assign_speakers does, and prints for each setting: segment length median / p90 / max, segments over
15 s, the reference sentences (.cache/corpus/SPLIT/NAME.json; for samples, samples/NAME.json's turns)
whose words fall in more than one segment, the cuts made and the cuts between two words of one
reference sentence. A cut changes no speaker, so the sentence-speaker metric is not affected.
"""

from __future__ import annotations

import argparse
import json
from dataclasses import replace
from pathlib import Path

from benchmarks.common import ROOT, pct
from benchmarks.speaker_turns import CORPUS, segment_cuts
from pipeline.align import _W, _Turns, cut_points, pauses_heard
from pipeline.evaluate.der import read_rttm
from pipeline.schema import Diarization, Transcript


def inside(a: float, b: float, sentences) -> bool:
    """Do times a and b (two words' midpoints) fall in one reference sentence?"""
    return any(float(s["start"]) <= a and b <= float(s["end"]) for s in sentences)


def recut(t: Transcript, turns: _Turns, max_len: float | None, min_piece: float, change: float = 0.0,
          sentences=None, counts: list[int] | None = None) -> Transcript:
    """The transcript with its segments cut as assign_speakers cuts them; ``counts`` ([cuts, cuts inside
    a reference sentence]) is added to."""
    segs = []
    for s in t.segments:
        ws = [_W(w, 0, *turns.vote(w.start, w.end)) for w in s.words]
        cuts = cut_points(s.words, max_len, min_piece, pauses_heard(ws, turns, change))
        if counts is not None:
            counts[0] += len(cuts)
            counts[1] += sum(inside((s.words[k - 1].start + s.words[k - 1].end) / 2,
                                    (s.words[k].start + s.words[k].end) / 2, sentences or ()) for k in cuts)
        if not cuts:
            segs.append(s)
            continue
        for a, b in zip([0, *cuts], [*cuts, len(s.words)]):
            ws = s.words[a:b]
            segs.append(replace(s, start=ws[0].start, end=ws[-1].end, words=ws))
    return replace(t, segments=tuple(segs))


def floats(text: str) -> tuple[float, ...]:
    return tuple(float(v) for v in text.split(","))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("folder", type=Path)
    ap.add_argument("--split", default="dev",
                    help="dev or test (.cache/corpus), or samples (samples/NAME.json turns)")
    ap.add_argument("--show", help="MAX,MIN_PIECE,CHANGE: print where that rule cuts, with the words around "
                    "each cut (synthetic sessions; for a developer's eyes)")
    ap.add_argument("--max", default="0,8,10,12,15,20")
    ap.add_argument("--min-piece", default="1,2,3")
    ap.add_argument("--change", default="0,0.25,0.5")
    args = ap.parse_args()
    files = sorted(args.folder.glob("*.json")) or sorted(args.folder.glob("*/transcript.json"))
    data = []
    for f in files:
        name = f.stem if f.name != "transcript.json" else f.parent.name
        if args.split == "samples":  # samples/NAME.json: reference turns (a turn holds several sentences)
            ref = json.loads((ROOT / "samples" / f"{name}.json").read_text(encoding="utf-8"))["turns"]
        else:
            ref = json.loads((CORPUS / args.split / f"{name}.json").read_text(encoding="utf-8"))["sentences"]
        if f.name == "transcript.json":  # a `scribe transcribe` folder: its diarization.rttm
            turns = next(iter(read_rttm(f.parent / "diarization.rttm").values()))
        else:
            dia = json.loads((CORPUS / "dia" / "ge2e" / f.name).read_text(encoding="utf-8"))
            turns = Diarization.from_dict(dia).turns
        data.append((Transcript.from_dict(json.loads(f.read_text(encoding="utf-8"))), ref, _Turns(tuple(turns))))
    print(f"{len(files)} files of {args.split}")
    if args.show:
        m, mp, ch = (float(x) for x in args.show.split(","))
        for t, _, turns in data:
            for seg in t.segments:
                ws = [_W(w, 0, *turns.vote(w.start, w.end)) for w in seg.words]
                cuts = cut_points(seg.words, m, mp, pauses_heard(ws, turns, ch))
                for k in cuts:
                    w = seg.words
                    print(f"{seg.id} {seg.end - seg.start:.1f} s cut at {w[k].start:.1f}: "
                          f"...{' '.join(x.text for x in w[max(0, k - 5):k])} | {' '.join(x.text for x in w[k:k + 5])}...")
    print("| max_segment s | min_piece s | change s | segments | median s | p90 s | max s | over 15 s "
          "| sentences cut | cuts | cuts inside a sentence |")
    print("| --- " * 11 + "|")
    grid = [(m, mp, ch) for m in floats(args.max) for mp in floats(args.min_piece)
            for ch in floats(args.change)]
    for m, mp, ch in sorted({(0.0, 0.0, 0.0) if not g[0] else g for g in grid}):
        lens, scored, cut, counts = [], 0, 0, [0, 0]
        for t, sents, turns in data:
            r = recut(t, turns, m or None, mp, ch, sents, counts)
            lens += [s.end - s.start for s in r.segments if s.words]
            a, b = segment_cuts(r, sents)
            scored, cut = scored + a, cut + b
        print(f"| {m:g} | {mp:g} | {ch:g} | {len(lens)} | {pct(lens, 50):.1f} | {pct(lens, 90):.1f} | "
              f"{max(lens):.1f} | {sum(v > 15 for v in lens)} | {cut}/{scored} ({cut / max(scored, 1) * 100:.1f} %) | "
              f"{counts[0]} | {counts[1]} |")

if __name__ == "__main__":
    main()
