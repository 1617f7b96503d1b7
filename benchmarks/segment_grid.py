"""Segment length vs sentences cut, for a grid of (max_segment, min_piece): the choice of issue 19's cut rule.

    .venv/bin/python -m benchmarks.speaker_turns --split dev --asr-model tiny.en --no-write --save DIR
    (with TurnRules.max_segment = None, i.e. the segments before any cut)
    .venv/bin/python -m benchmarks.segment_grid DIR --split dev

Reads the labelled transcripts in DIR (one speaker per segment), cuts every segment's words with
pipeline.align.cut_points as assign_speakers does, and prints for each pair: segment length median /
p90 / max, segments over 15 s, and the reference sentences (.cache/corpus/SPLIT/NAME.json) whose
words fall in more than one segment. Speakers are not changed by a cut, so the sentence-speaker metric
is not affected; only where the cuts fall is.
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


def recut(t: Transcript, turns: _Turns, max_len: float | None, min_piece: float, clause: float = 0.0,
          change: float = 0.0) -> Transcript:
    segs = []
    for s in t.segments:
        ws = [_W(w, 0, *turns.vote(w.start, w.end)) for w in s.words]
        cuts = cut_points(s.words, max_len, min_piece, pauses_heard(ws, turns, change), clause)
        if not cuts:
            segs.append(s)
            continue
        for a, b in zip([0, *cuts], [*cuts, len(s.words)]):
            ws = s.words[a:b]
            segs.append(replace(s, start=ws[0].start, end=ws[-1].end, words=ws))
    return replace(t, segments=tuple(segs))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("folder", type=Path)
    ap.add_argument("--split", default="dev", help="dev or test (.cache/corpus), or samples (samples/NAME.json turns)")
    ap.add_argument("--show", help="MAX,MIN_PIECE,CLAUSE,CHANGE: print where that rule cuts (text near each cut; for a developer's eyes)")
    ap.add_argument("--max", default="0,8,10,12,15,20")
    ap.add_argument("--min-piece", default="1,2,3")
    ap.add_argument("--clause", default="0,0.25,0.5")
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
            turns = Diarization.from_dict(json.loads((CORPUS / "dia" / "ge2e" / f.name).read_text(encoding="utf-8"))).turns
        data.append((Transcript.from_dict(json.loads(f.read_text(encoding="utf-8"))), ref, _Turns(tuple(turns))))
    print(f"{len(files)} files of {args.split}")
    if args.show:
        m, mp, cl, ch = (float(x) for x in args.show.split(","))
        for t, _, turns in data:
            for seg in t.segments:
                ws = [_W(w, 0, *turns.vote(w.start, w.end)) for w in seg.words]
                cuts = cut_points(seg.words, m, mp, pauses_heard(ws, turns, ch), cl)
                for k in cuts:
                    w = seg.words
                    print(f"{seg.id} {seg.end - seg.start:.1f} s cut at {w[k].start:.1f} (pause {w[k].start - w[k - 1].end:.2f} s): "
                          f"...{' '.join(x.text for x in w[max(0, k - 5):k])} | {' '.join(x.text for x in w[k:k + 5])}...")
    print("| max_segment s | min_piece s | clause s | change s | segments | median s | p90 s | max s | over 15 s | sentences cut |")
    print("| --- " * 10 + "|")
    fl = lambda x: tuple(float(v) for v in x.split(","))  # noqa: E731
    grid = [(m, mp, cl, ch) for m in fl(args.max) for mp in fl(args.min_piece) for cl in fl(args.clause)
            for ch in fl(args.change)]
    for m, mp, cl, ch in sorted({(0.0, 0.0, 0.0, 0.0) if not g[0] else g for g in grid}):
        if True:
            lens, scored, cut = [], 0, 0
            for t, sents, turns in data:
                r = recut(t, turns, m or None, mp, cl, ch)
                lens += [s.end - s.start for s in r.segments if s.words]
                a, b = segment_cuts(r, sents)
                scored, cut = scored + a, cut + b
            print(f"| {m:g} | {mp:g} | {cl:g} | {ch:g} | {len(lens)} | {pct(lens, 50):.1f} | {pct(lens, 90):.1f} | {max(lens):.1f} | "
                  f"{sum(v > 15 for v in lens)} | {cut}/{scored} ({cut / max(scored, 1) * 100:.1f} %) |")


if __name__ == "__main__":
    main()
