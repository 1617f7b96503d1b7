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
  attributed to the wrong speaker among them and among the rest (does the ``?`` mark the errors?).

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

from benchmarks.common import describe
from pipeline.audio import load
from pipeline.config import Settings
from pipeline.evaluate import der
from pipeline.evaluate import turns as tm
from pipeline.runner import Runner
from pipeline.schema import Transcript

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


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--split", default="test", choices=("dev", "test"))
    ap.add_argument("--asr-model", default="base")
    ap.add_argument("--only", action="append")
    ap.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "diarization.md")
    ap.add_argument("--encoders", default="ge2e", help="the embedded diarizer's encoders: ge2e or ge2e+ecapa")
    ap.add_argument("--no-write", action="store_true")
    ap.add_argument("--dump", type=Path, help="write (segment confidence, right?) per word as JSON (calibration)")
    args = ap.parse_args()
    folder = ensure_split(args.split)
    settings = Settings()
    settings = replace(settings, asr=replace(settings.asr, model=args.asr_model),
                       diarize=replace(settings.diarize, encoders=args.encoders))
    runner = Runner(settings)
    cache = CORPUS / "asr" / args.asr_model
    cache.mkdir(parents=True, exist_ok=True)
    rows, totals = [], {"scored": 0, "split": 0, "split_old": 0, "spk": 0, "right": 0, "files_roles": 0}
    truth_all = []
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
        diarization = runner.diarize(audio)
        t1 = time.perf_counter()
        labelled = runner.label(audio, transcript, diarization)
        t2 = time.perf_counter()
        t_dia, t_label = t_dia + t1 - t0, t_label + t2 - t1
        sents = ref["sentences"]
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
        f"for {dur / 60:.1f} min of audio."
    )
    print(summary)
    if args.no_write:
        return
    stamp = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    text = [
        f"## {stamp}: who said what, {args.split} split",
        f"Machine: {describe(torch_threads=True)}. Command: `.venv/bin/python -m benchmarks.speaker_turns "
        f"--split {args.split}" + (f" --asr-model {args.asr_model}" if args.asr_model != "base" else "")
        + (f" --encoders {args.encoders}" if args.encoders != "ge2e" else "") + "`. "
        f"ASR: faster-whisper {args.asr_model} (project settings); diarization: embedded ({args.encoders}), speaker count estimated.",
        "", summary, "",
        "| file | cast | min | DER % | ref/hyp spk | sentences scored | whole % | whole % word-by-word | roles right | wrong roles |",
        "| --- " * 10 + "|", *rows, "",
    ]
    with args.out.open("a", encoding="utf-8") as fh:
        fh.write("\n".join(text) + "\n")
    print(f"appended to {args.out}")


if __name__ == "__main__":
    main()
