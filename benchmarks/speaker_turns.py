"""Who said what on the synthetic corpus: sentences kept with one speaker, roles, DER; the whole chain.

    .venv/bin/python -m benchmarks.speaker_turns --split test [--asr-model base] [--out benchmarks/diarization.md]

For each session of the split (samples/make_corpus.py; generated into .cache/corpus when absent):
Whisper transcribes it (the project's settings, cached in .cache/corpus/asr/), the embedded
diarizer diarizes it with the speaker count estimated, and the runner's own labelling step
(pipeline.runner.Runner.label: sentence-level attribution with the voice judge, then roles)
gives words their speakers and speakers their roles. Measured:

- sentences whole: reference sentences whose words all carry one speaker
  (pipeline.evaluate.turns.sentence_splits), for the runner's labelling and, for comparison, for
  the word-by-word attribution it replaced (each word to the turn it overlaps most);
- roles: every reference speaker with >= 3 s of speech mapped to a speaker with its role;
- low-confidence segments: their share of the transcript's words, and the share of the words
  attributed to the wrong speaker among them and among the rest (does the ``?`` mark the errors?);
- segment lengths (seconds, median / p90 / max, of the labelled transcript's segments with words)
  and the reference sentences whose words fall in more than one segment (a segment bound inside a
  sentence: a cited line that holds half a sentence).

``--reuse-diarization`` keeps each file's diarization in .cache/corpus/dia/ and reads it back on the
next run (for comparing labelling rules on one diarization; the diarization seconds are then not
measured). ``--save DIR`` writes each labelled transcript as DIR/NAME.json.

Appends a dated table to the output file.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
os.environ.setdefault("HF_HUB_OFFLINE", "1")

from benchmarks.common import describe, pct
from pipeline.align import TurnRules
from pipeline.audio import load
from pipeline.config import Settings, load_settings
from pipeline.evaluate import der
from pipeline.evaluate import turns as tm
from pipeline.runner import Runner
from pipeline.schema import Diarization, Transcript

CORPUS = ROOT / ".cache" / "corpus"


def ensure_split(split: str) -> Path:
    folder = CORPUS / split
    if not any(folder.glob("*.flac")):
        subprocess.run([sys.executable, str(ROOT / "samples" / "make_corpus.py"), "--split", split], check=True)
    return folder


def wordwise(transcript: Transcript, diarization) -> Transcript:
    """The attribution before sentences: each word to the turn it overlaps most."""
    from pipeline.align import _Turns

    t = _Turns(diarization.turns)
    segs = []
    for s in transcript.segments:
        words = tuple(replace(w, speaker=t.speaker_for(w.start, w.end)) for w in s.words)
        segs.append(replace(s, words=words))
    return replace(transcript, segments=tuple(segs))


def word_truth(transcript: Transcript, sentences, mapping: dict[str, str]):
    """(confidence of the word's segment, right?) for each word inside exactly one reference sentence."""
    spans = [(s["start"], s["end"], mapping.get(s["speaker"])) for s in sentences]
    out = []
    for seg in transcript.segments:
        for w in seg.words:
            m = (w.start + w.end) / 2
            hit = [spk for a, b, spk in spans if a <= m <= b]
            if len(hit) == 1:
                out.append((seg.speaker_confidence, seg.speaker == hit[0]))
    return out


def segment_cuts(transcript: Transcript, sentences) -> tuple[int, int]:
    """(reference sentences with >= 2 transcript words, those whose words lie in more than one segment)."""
    import bisect

    words = sorted(((w.start + w.end) / 2, i) for i, seg in enumerate(transcript.segments) for w in seg.words)
    mids = [m for m, _ in words]
    scored = cut = 0
    for s in sentences:
        lo, hi = bisect.bisect_left(mids, float(s["start"])), bisect.bisect_right(mids, float(s["end"]))
        if hi - lo < 2:
            continue
        scored += 1
        cut += len({i for _, i in words[lo:hi]}) > 1
    return scored, cut


def lengths(transcript: Transcript) -> list[float]:
    return [s.end - s.start for s in transcript.segments if s.words]


def length_line(values: list[float]) -> str:
    if not values:
        return "no segments"
    return (f"{len(values)} segments, median {pct(values, 50):.1f} s, p90 {pct(values, 90):.1f} s, "
            f"max {max(values):.1f} s, over 15 s: {sum(v > 15 for v in values)}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--split", default="test", choices=("dev", "test"))
    ap.add_argument("--asr-model", default="base")
    ap.add_argument("--config", type=Path, help="settings file (e.g. config.example.toml: its hotwords); "
                    "its transcripts are cached apart, in .cache/corpus/asr/MODEL-FILESTEM")
    ap.add_argument("--only", action="append")
    ap.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "diarization.md")
    ap.add_argument("--encoders", default="ge2e", help="the embedded diarizer's encoders: ge2e or ge2e+ecapa")
    ap.add_argument("--no-write", action="store_true")
    ap.add_argument("--reuse-diarization", action="store_true")
    ap.add_argument("--max-segment", type=float, help="TurnRules.max_segment (0: never cut a speaker's words)")
    ap.add_argument("--save", type=Path, help="write each labelled transcript as DIR/NAME.json")
    ap.add_argument("--dump", type=Path, help="write (segment confidence, right?) per word as JSON (calibration)")
    args = ap.parse_args()
    folder = ensure_split(args.split)
    settings = load_settings(args.config) if args.config else Settings()
    settings = replace(settings, asr=replace(settings.asr, model=args.asr_model),
                       diarize=replace(settings.diarize, encoders=args.encoders))
    runner = Runner(settings)
    if args.max_segment is not None:
        runner.turn_rules = replace(TurnRules(), max_segment=args.max_segment or None)
    cache = CORPUS / "asr" / (args.asr_model + (f"-{args.config.stem}" if args.config else ""))
    cache.mkdir(parents=True, exist_ok=True)
    rows, totals = [], {"scored": 0, "split": 0, "split_old": 0, "spk": 0, "right": 0, "files_roles": 0}
    truth_all = []
    seg_lengths: list[float] = []
    cut_scored = cut = read_back = 0
    dia_cache = CORPUS / "dia" / args.encoders
    if args.reuse_diarization:
        dia_cache.mkdir(parents=True, exist_ok=True)
    if args.save:
        args.save.mkdir(parents=True, exist_ok=True)
    t_dia = t_label = dur = 0.0
    for flac in sorted(folder.glob("*.flac")):
        if args.only and flac.stem not in args.only:
            continue
        ref = json.loads(flac.with_suffix(".json").read_text(encoding="utf-8"))
        audio = load(flac)
        dur += audio.duration
        cached = cache / f"{flac.stem}.json"
        if cached.is_file():
            transcript = Transcript.from_dict(json.loads(cached.read_text(encoding="utf-8")))
        else:
            transcript = runner.transcriber.transcribe(audio)
            cached.write_text(json.dumps(transcript.to_dict()), encoding="utf-8")
        t0 = time.perf_counter()
        dia_file = dia_cache / f"{flac.stem}.json"
        if args.reuse_diarization and dia_file.is_file():
            diarization = Diarization.from_dict(json.loads(dia_file.read_text(encoding="utf-8")))
            read_back += 1
        else:
            diarization = runner.diarize(audio)
            if args.reuse_diarization:
                dia_file.write_text(json.dumps(diarization.to_dict()), encoding="utf-8")
        t1 = time.perf_counter()
        labelled = runner.label(audio, transcript, diarization)
        t2 = time.perf_counter()
        t_dia, t_label = t_dia + t1 - t0, t_label + t2 - t1
        sents = ref["sentences"]
        if args.save:
            (args.save / f"{flac.stem}.json").write_text(json.dumps(labelled.to_dict()), encoding="utf-8")
        seg_lengths += lengths(labelled)
        sc, ct = segment_cuts(labelled, sents)
        cut_scored, cut = cut_scored + sc, cut + ct
        new = tm.sentence_splits(labelled, sents)
        old = tm.sentence_splits(wordwise(transcript, diarization), sents)
        ref_turns = der.read_rttm(flac.with_suffix(".rttm"))[flac.stem]
        ref_roles = {s["id"]: s["role"] for s in ref["speakers"]}
        hyp_roles = {s["id"]: s["role"] for s in labelled.speakers}
        roles = tm.role_accuracy(ref_turns, ref_roles, diarization.turns, hyp_roles)
        f = der.score_file(flac.stem, ref_turns, diarization, audio.duration)
        truth_all += word_truth(labelled, sents, tm.speaker_mapping(ref_turns, diarization.turns))
        totals["scored"] += new.scored
        totals["split"] += new.split
        totals["split_old"] += old.split
        totals["spk"] += roles.speakers
        totals["right"] += roles.right
        totals["files_roles"] += roles.all_right
        rows.append(f"| {flac.stem} | {ref['cast']} | {audio.duration / 60:.1f} | {f.der * 100:.1f} | "
                    f"{f.reference_speakers}/{f.hypothesis_speakers} | {new.scored} | {new.whole * 100:.1f} | "
                    f"{old.whole * 100:.1f} | {roles.right}/{roles.speakers} | {'; '.join(roles.wrong) or '-'} |")
        print(rows[-1], flush=True)
    if args.dump:
        args.dump.write_text(json.dumps(truth_all), encoding="utf-8")
    low = [ok for c, ok in truth_all if c is not None and c < 0.5]
    high = [ok for c, ok in truth_all if c is None or c >= 0.5]
    whole = 1 - totals["split"] / max(totals["scored"], 1)
    whole_old = 1 - totals["split_old"] / max(totals["scored"], 1)
    summary = (
        f"Sentences kept with one speaker: {whole * 100:.1f} % of {totals['scored']} scored reference sentences "
        f"(word-by-word attribution on the same diarization: {whole_old * 100:.1f} %). "
        f"Roles: {totals['right']}/{totals['spk']} speakers with >= 3 s of speech right; "
        f"all right in {totals['files_roles']}/{len(rows)} files. "
        f"Low-confidence ('?') segments hold {len(low) / max(len(truth_all), 1) * 100:.1f} % of the words; "
        f"words attributed to the wrong speaker: {(1 - sum(low) / max(len(low), 1)) * 100:.1f} % of those, "
        f"{(1 - sum(high) / max(len(high), 1)) * 100:.1f} % of the others. "
        f"Diarization {t_dia:.0f} s and labelling (sentences, voice judge, roles) {t_label:.0f} s "
        f"for {dur / 60:.1f} min of audio" + (f" (the diarization of {read_back} files read back from .cache/corpus/dia)" if read_back else "")
        + f". Segments: {length_line(seg_lengths)}; reference sentences cut by a segment bound: "
        f"{cut}/{cut_scored} ({cut / max(cut_scored, 1) * 100:.1f} %)."
    )
    print(summary)
    if args.no_write:
        return
    stamp = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    text = [
        f"## {stamp}: who said what, {args.split} split",
        f"Machine: {describe(torch_threads=True)}. Command: `.venv/bin/python -m benchmarks.speaker_turns "
        f"--split {args.split}" + (f" --asr-model {args.asr_model}" if args.asr_model != "base" else "")
        + (f" --encoders {args.encoders}" if args.encoders != "ge2e" else "")
        + (f" --config {args.config}" if args.config else "")
        + (" --reuse-diarization" if args.reuse_diarization else "")
        + (f" --max-segment {args.max_segment:g}" if args.max_segment is not None else "") + "`. "
        f"ASR: faster-whisper {args.asr_model} ({'the settings of ' + str(args.config) if args.config else 'project settings'}); diarization: embedded ({args.encoders}), speaker count estimated.",
        "", summary, "",
        "| file | cast | min | DER % | ref/hyp spk | sentences scored | whole % | whole % word-by-word | roles right | wrong roles |",
        "| --- " * 10 + "|", *rows, "",
    ]
    with args.out.open("a", encoding="utf-8") as fh:
        fh.write("\n".join(text) + "\n")
    print(f"appended to {args.out}")


if __name__ == "__main__":
    main()
