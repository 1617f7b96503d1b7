#!/usr/bin/env python3
"""Synthesize the sample pediatric OT sessions in ``samples/`` with espeak-ng.

Every session is scripted dialogue between three synthetic voices (THERAPIST,
CHILD, CAREGIVER). Each turn is rendered by ``espeak-ng`` to a WAV file,
resampled to 16 kHz mono float with PyAV, trimmed of leading/trailing silence
(energy threshold) and placed on a timeline with seeded pauses. The exact
start/end of every turn is written next to the audio as the reference.

Outputs per session NAME (in --out, default: this folder):

  NAME.flac  16 kHz mono PCM_16 FLAC
  NAME.json  reference: turns with times, speakers, hotwords, generator info
  NAME.rttm  reference diarization (standard RTTM, 3-decimal times)
  NAME.txt   reference transcript, one "SPEAKER: text" line per turn

Usage:
  python samples/make_samples.py [--out DIR] [--only NAME]

Needs numpy, soundfile, av (PyAV) and the espeak-ng program. Only regenerating
needs espeak-ng; the tests use the committed files. Everything here is
fictional: no real patient, caregiver or clinician data.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

SAMPLE_RATE = 16000
MS = SAMPLE_RATE // 1000  # samples per millisecond
SCRIPT_PATH = "samples/make_samples.py"
BASE_SEED = 20240501

# Timeline (seconds).
LEAD_IN = 0.6  # silence before the first turn
TAIL = 0.6  # silence after the last turn
PAUSE_MIN = 0.25  # pause between turns, drawn uniformly per gap
PAUSE_MAX = 0.9

# Silence trimming of each espeak clip.
TRIM_FRAME = 0.010  # seconds per energy frame
TRIM_DB = -45.0  # frames below peak-frame RMS + TRIM_DB count as silence
TRIM_PAD = 0.010  # kept on each side of the first/last loud frame


@dataclass(frozen=True)
class Voice:
    id: str
    role: str
    voice: str  # espeak-ng -v
    pitch: int  # espeak-ng -p (0-99)
    speed: int  # espeak-ng -s (words per minute)


VOICES: dict[str, Voice] = {
    "T": Voice("THERAPIST", "therapist", "en-us+f3", 50, 170),
    "C": Voice("CHILD", "child", "en-us+f4", 95, 190),
    "G": Voice("CAREGIVER", "caregiver", "en+m3", 30, 160),
}


@dataclass(frozen=True)
class Session:
    name: str
    seed: int
    focus: str
    child: str
    hotwords: tuple[str, ...]
    turns: tuple[tuple[str, str], ...]  # (speaker key in VOICES, text)


# Numbers are written as words so the audio and the reference text agree.
SESSIONS: tuple[Session, ...] = (
    Session(
        name="ot_session_01",
        seed=BASE_SEED + 1,
        focus="fine motor: tripod grasp and scissor skills",
        child="Maya",
        hotwords=(
            "Maya", "tripod grasp", "scissor skills", "theraputty", "pencil grip",
            "hand-over-hand", "verbal cue", "vertical surface", "tongs", "home program",
        ),
        turns=(
            ("T", "Hi Maya! Hi Dad, it's good to see you both."),
            ("C", "Hi! I brought my purple backpack."),
            ("T", "Today we are working on your tripod grasp and your scissor skills. First we "
                  "warm up with theraputty. Pinch out the hidden beads."),
            ("C", "Can I have the green theraputty?"),
            ("T", "Sure. Use just your thumb and your pointer finger."),
            ("C", "Three, four, five! I got all of them."),
            ("T", "Five out of five beads, independently. Now the short pencil. Tuck your ring "
                  "finger and pinky in, like you are holding a tiny treasure."),
            ("C", "I'm holding a tiny treasure."),
            ("T", "Trace the rainbow lines while I time you."),
            ("C", "Red, orange, yellow. My hand is tired."),
            ("T", "You held the tripod grasp for thirty seconds. Last week it was twenty. Now "
                  "scissors. Thumb on top, like a thumbs up."),
            ("C", "Thumbs up! Snip, snip."),
            ("T", "Cut along the black line. Your helper hand turns the paper."),
            ("C", "Oops, I went off the line."),
            ("T", "That's okay. Small snips, open and close."),
            ("C", "I did the circle! Look!"),
            ("T", "You cut on the line for three of five shapes independently, and two with "
                  "hand-over-hand help at the corners. Dad, how is writing going at home?"),
            ("G", "Better. We use the pencil grip you gave us, but she gets frustrated after "
                  "about ten minutes."),
            ("T", "That's common. Is she doing the theraputty? And how is her sleep?"),
            ("G", "Theraputty about four nights a week. Sleep is good, she's in bed at eight."),
            ("T", "Great. For the home program, five minutes of theraputty a day, and writing "
                  "on a vertical surface, like paper taped to the fridge. Also let her pick up "
                  "cereal with tongs."),
            ("G", "The fridge and tongs. We can do that."),
            ("C", "I can feed my bunny with tongs!"),
            ("T", "Yes! Next session we will cut curved lines and write your name. High five, "
                  "Maya!"),
            ("C", "High five! Bye!"),
            ("G", "Thanks. See you next Tuesday."),
        ),
    ),
    Session(
        name="ot_session_02",
        seed=BASE_SEED + 2,
        focus="sensory processing and self-regulation",
        child="Leo",
        hotwords=(
            "Leo", "self-regulation", "visual schedule", "weighted vest", "proprioceptive",
            "heavy work", "crash pad", "platform swing", "dragon breaths",
            "first then card", "deep pressure", "weighted lap pad",
        ),
        turns=(
            ("T", "Good morning, Leo. Let's check your visual schedule. What's first?"),
            ("C", "Obstacle course, the swing, then playdough."),
            ("T", "Right. Our goal is self-regulation, noticing when your body feels too fast, "
                  "and using a tool to calm down. Dad, how was this week?"),
            ("G", "Rough. Three big meltdowns, mostly when it was time to put his shoes on. And "
                  "he wakes up around two in the morning."),
            ("T", "Thanks for telling me. Is the weighted vest helping at school?"),
            ("G", "His teacher says he sits for ten minutes at circle time now, instead of "
                  "five."),
            ("T", "That's real progress. Leo, heavy work time. Push the crash pad to the wall."),
            ("C", "I'm a bulldozer! Vroom!"),
            ("T", "That proprioceptive input helps your body feel calm. How is your engine? "
                  "Fast, slow, or just right?"),
            ("C", "Super fast."),
            ("T", "Five wall push ups, then three dragon breaths."),
            ("C", "One, two, three, four, five. Whoosh!"),
            ("T", "How does your engine feel now?"),
            ("C", "Just right, I think."),
            ("T", "You named your engine speed three out of four times with one verbal cue. "
                  "Now the platform swing, slowly back and forth."),
            ("C", "Can it go spinning?"),
            ("T", "Not today. Spinning can make your body feel too fast."),
            ("C", "Back and forth, like a boat."),
            ("T", "The timer beeped. Time to clean up."),
            ("C", "No! I don't want to stop!"),
            ("T", "I hear you. Do you want to squeeze the stress ball, or take a dragon breath?"),
            ("C", "Squeeze the ball."),
            ("T", "Great choice. You transitioned with no meltdown. Dad, try two minutes of "
                  "heavy work before shoes, like carrying the laundry basket. And put a first "
                  "then card by the door. First shoes, then tablet."),
            ("G", "So heavy work before the hard part. What about the night waking?"),
            ("T", "Keep bedtime the same every night, with dim lights and deep pressure, like a "
                  "tight blanket hug. If it continues, tell his pediatrician."),
            ("G", "Okay, that makes sense."),
            ("T", "Next time we will try a weighted lap pad at the table. Bye, Leo!"),
            ("C", "Bye! Bulldozer out!"),
        ),
    ),
    Session(
        name="ot_session_03",
        seed=BASE_SEED + 3,
        focus="self-care: dressing, buttoning and zippers",
        child="Aiden",
        hotwords=(
            "Aiden", "buttoning", "bilateral coordination", "button board", "backward chaining",
            "hand-over-hand", "visual schedule", "theraputty", "pop tube", "seamless socks",
            "bunny ears", "morning routine",
        ),
        turns=(
            ("T", "Hi Aiden, hi Grandpa. Today our goals are buttoning, starting your jacket "
                  "zipper, and bilateral coordination, using both hands together."),
            ("C", "Buttons again?"),
            ("T", "Buttons again. Grandpa, how is the morning routine going?"),
            ("G", "Getting dressed still takes about thirty minutes. He wants me to do the "
                  "buttons, and the sock seams bother him."),
            ("T", "Good to know. Aiden, button board first. Pinch the button, push it halfway "
                  "through, and pull with your other hand."),
            ("C", "Pinch, push, pull."),
            ("T", "Your helper hand holds the fabric still."),
            ("C", "This one is slippery."),
            ("T", "Turn it sideways, like a coin going into a piggy bank."),
            ("C", "It went in! Piggy bank!"),
            ("T", "Four out of five buttons with one verbal cue. Now the small buttons on your "
                  "shirt. I'll help hand-over-hand on the first one."),
            ("C", "I did the bottom one by myself."),
            ("T", "Three of five buttons independently. Now the zipper. We're using backward "
                  "chaining, so I start it and you finish it."),
            ("C", "I pull it all the way up. Zoom!"),
            ("T", "Now hook the bottom. Hold the left side tight and slide the right side in."),
            ("C", "It keeps popping out."),
            ("T", "Both hands work together. Two out of five tries with moderate help. Last, "
                  "bunny ears for shoe tying."),
            ("C", "One bunny ear, two bunny ears, cross, tuck. Oh no, it fell apart."),
            ("T", "You made both loops by yourself, and that's new today! Grandpa, lay his "
                  "clothes out the night before, in order, with a picture visual schedule. And "
                  "let him do the last button every morning."),
            ("G", "So I start it and he finishes it. Backward chaining."),
            ("T", "Exactly. Try seamless socks, and a pop tube or theraputty before dressing to "
                  "warm up his fingers."),
            ("C", "I like the pop tube. It sounds funny."),
            ("G", "Mornings are hard, though. He falls asleep after nine thirty."),
            ("T", "Try moving bedtime fifteen minutes earlier each week. Next session, the "
                  "jacket zipper and a double knot. Great work, Aiden."),
            ("C", "Can I pick a sticker?"),
            ("T", "You earned two stickers."),
        ),
    ),
)


def die(msg: str, code: int = 2) -> None:
    print(f"make_samples: error: {msg}", file=sys.stderr)
    sys.exit(code)


def import_deps():
    try:
        import av
        import numpy as np
        import soundfile as sf
    except ImportError as e:  # pragma: no cover - depends on the environment
        die(f"{e.name} is not installed; regenerating the samples needs numpy, soundfile and "
            "av (PyAV): pip install numpy soundfile av")
    return np, sf, av


def find_espeak() -> str:
    exe = shutil.which("espeak-ng")
    if exe is None:
        die("espeak-ng was not found on PATH. It is needed only to regenerate the samples "
            "(the committed files in samples/ are enough for the tests). Install it, e.g. "
            "'apt-get install espeak-ng', then run this script again.")
    return exe


def espeak_version(exe: str) -> str:
    out = subprocess.run([exe, "--version"], capture_output=True, text=True, check=True).stdout
    # "eSpeak NG text-to-speech: 1.51  Data at: ..."
    for tok in out.replace(":", " ").split():
        if tok[:1].isdigit():
            return tok
    return out.strip().split("Data at")[0].strip()


def synth(exe: str, v: Voice, text: str, wav: Path) -> None:
    if text.startswith("-"):
        raise ValueError(f"turn text must not start with '-': {text!r}")
    cmd = [exe, "-v", v.voice, "-p", str(v.pitch), "-s", str(v.speed), "-w", str(wav), text]
    r = subprocess.run(cmd, capture_output=True, text=True)
    if r.returncode != 0 or not wav.exists():
        raise RuntimeError(f"espeak-ng failed ({r.returncode}): {r.stderr.strip()}")


def resample(np, av, x, sr: int):
    """Mono float32 ``x`` at ``sr`` -> float32 at SAMPLE_RATE (libswresample via PyAV)."""
    if sr == SAMPLE_RATE:
        return x.astype(np.float32)
    rs = av.AudioResampler(format="flt", layout="mono", rate=SAMPLE_RATE)
    frame = av.AudioFrame.from_ndarray(
        np.ascontiguousarray(x, dtype=np.float32).reshape(1, -1), format="flt", layout="mono")
    frame.sample_rate = sr
    frame.pts = 0
    chunks = [f.to_ndarray().reshape(-1) for f in rs.resample(frame)]
    chunks += [f.to_ndarray().reshape(-1) for f in rs.resample(None)]
    return np.concatenate(chunks).astype(np.float32)


def frame_rms(np, x, hop: int):
    n = len(x) // hop
    if n == 0:
        return np.zeros(0)
    f = x[: n * hop].astype(np.float64).reshape(n, hop)
    return np.sqrt(np.mean(f * f, axis=1))


def trim(np, x):
    """Cut leading/trailing silence: keep from the first to the last frame whose RMS is
    within TRIM_DB of the loudest frame, plus up to TRIM_PAD of audible signal on each
    side (espeak-ng pads with exact zeros; those are never kept)."""
    hop = int(round(TRIM_FRAME * SAMPLE_RATE))
    rms = frame_rms(np, x, hop)
    if rms.size == 0 or rms.max() <= 0:
        raise RuntimeError("espeak-ng produced silence")
    thr = max(rms.max() * 10 ** (TRIM_DB / 20), 1e-4)
    loud = np.flatnonzero(rms >= thr)
    pad = int(round(TRIM_PAD * SAMPLE_RATE))
    a = max(0, loud[0] * hop - pad)
    b = min(len(x), (loud[-1] + 1) * hop + pad)
    # The margin must not add what would be digital silence in PCM_16.
    audible = np.flatnonzero(np.abs(x[a:b]) >= 1.0 / 32768)
    return x[a + audible[0] : a + audible[-1] + 1]


def median_f0(np, x) -> float:
    """Rough median F0 (Hz) of the voiced frames: FFT autocorrelation, 60-500 Hz."""
    fl, hop = int(0.04 * SAMPLE_RATE), int(0.01 * SAMPLE_RATE)
    if len(x) < fl:
        return float("nan")
    idx = np.arange(0, len(x) - fl, hop)[:, None] + np.arange(fl)[None, :]
    frames = x[idx].astype(np.float64) * np.hanning(fl)
    frames = frames[np.sqrt(np.mean(frames**2, axis=1)) >= 0.02]
    if len(frames) == 0:
        return float("nan")
    spec = np.fft.rfft(frames, n=2 * fl, axis=1)
    ac = np.fft.irfft(np.abs(spec) ** 2, axis=1)[:, :fl]
    lo, hi = SAMPLE_RATE // 500, SAMPLE_RATE // 60
    k = lo + np.argmax(ac[:, lo:hi], axis=1)
    voiced = ac[np.arange(len(ac)), k] > 0.4 * ac[:, 0]
    if not voiced.any():
        return float("nan")
    return float(np.median(SAMPLE_RATE / k[voiced]))


def build(session: Session, exe: str, version: str, out_dir: Path, np, sf, av) -> dict:
    rng = random.Random(session.seed)  # stdlib Random: stable across Python/numpy versions
    clips = []
    with tempfile.TemporaryDirectory(prefix="make_samples_") as tmp:
        for i, (key, text) in enumerate(session.turns):
            v = VOICES[key]
            wav = Path(tmp) / f"turn_{i:03d}.wav"
            synth(exe, v, text, wav)
            x, sr = sf.read(str(wav), dtype="float32", always_2d=True)
            x = x.mean(axis=1)
            clip = trim(np, resample(np, av, x, sr))
            # Zero-pad to whole milliseconds so the 3-decimal reference times are exact.
            clip = np.concatenate([clip, np.zeros(-len(clip) % MS, dtype=np.float32)])
            clips.append((v, text, clip))

    # Place the clips on a millisecond grid (every start/end is a whole ms).
    pos = int(round(LEAD_IN * 1000)) * MS
    placed = []
    for j, (v, text, clip) in enumerate(clips):
        placed.append((pos, v, text, clip))
        pos += len(clip)
        if j < len(clips) - 1:
            pos += int(round(rng.uniform(PAUSE_MIN, PAUSE_MAX) * 1000)) * MS
    total = pos + int(round(TAIL * 1000)) * MS
    audio = np.zeros(total, dtype=np.float32)
    for start, _v, _t, clip in placed:
        audio[start : start + len(clip)] = clip
    peak = float(np.abs(audio).max())
    if peak > 0.95:  # leave headroom for PCM_16
        audio *= 0.95 / peak

    turns = []
    for start, v, text, clip in placed:
        turns.append({
            "start": round(start / SAMPLE_RATE, 3),
            "end": round((start + len(clip)) / SAMPLE_RATE, 3),
            "speaker": v.id,
            "role": v.role,
            "text": text,
        })
    used = [v for v in VOICES.values() if any(t["speaker"] == v.id for t in turns)]
    ref = {
        "name": session.name,
        "language": "en",
        "focus": session.focus,
        "child_name": session.child,
        "duration": round(total / SAMPLE_RATE, 3),
        "sample_rate": SAMPLE_RATE,
        "speakers": [
            {"id": v.id, "role": v.role, "voice": v.voice, "pitch": v.pitch, "speed": v.speed}
            for v in used
        ],
        "turns": turns,
        "hotwords": list(session.hotwords),
        "generator": {
            "espeak_ng_version": version,
            "script": SCRIPT_PATH,
            "seed": session.seed,
            "pause_range_s": [PAUSE_MIN, PAUSE_MAX],
            "trim_threshold_db": TRIM_DB,
        },
        "synthetic": True,
    }

    out_dir.mkdir(parents=True, exist_ok=True)
    base = out_dir / session.name
    sf.write(str(base.with_suffix(".flac")), audio, SAMPLE_RATE, format="FLAC",
             subtype="PCM_16")
    base.with_suffix(".json").write_text(
        json.dumps(ref, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    rttm = [
        f"SPEAKER {session.name} 1 {t['start']:.3f} {t['end'] - t['start']:.3f} "
        f"<NA> <NA> {t['speaker']} <NA> <NA>"
        for t in turns
    ]
    base.with_suffix(".rttm").write_text("\n".join(rttm) + "\n", encoding="utf-8")
    base.with_suffix(".txt").write_text(
        "".join(f"{t['speaker']}: {t['text']}\n" for t in turns), encoding="utf-8")

    # Numbers for the summary: per-speaker turn count, median F0 and RMS.
    stats = {}
    for v in used:
        segs = [clip for _s, vv, _t, clip in placed if vv.id == v.id]
        cat = np.concatenate(segs)
        stats[v.id] = {
            "turns": len(segs),
            "f0": median_f0(np, cat),
            "rms_db": 20 * np.log10(float(np.sqrt(np.mean(cat.astype(np.float64) ** 2)))),
        }
    return {"name": session.name, "duration": ref["duration"], "stats": stats,
            "bytes": base.with_suffix(".flac").stat().st_size}


def main(argv: list[str] | None = None) -> int:
    here = Path(__file__).resolve().parent
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--out", type=Path, default=here,
                   help="output folder (default: the samples/ folder of this script)")
    p.add_argument("--only", metavar="NAME", action="append",
                   help="generate only this session (repeatable); one of: "
                        + ", ".join(s.name for s in SESSIONS))
    args = p.parse_args(argv)

    sessions = list(SESSIONS)
    if args.only:
        known = {s.name for s in SESSIONS}
        unknown = [n for n in args.only if n not in known]
        if unknown:
            die(f"unknown session {', '.join(unknown)}; known: {', '.join(sorted(known))}")
        sessions = [s for s in SESSIONS if s.name in args.only]

    exe = find_espeak()
    np, sf, av = import_deps()
    version = espeak_version(exe)

    results = [build(s, exe, version, args.out, np, sf, av) for s in sessions]

    ids = [v.id for v in VOICES.values()]
    print(f"espeak-ng {version}; output: {args.out}")
    print(f"{'name':<15} {'duration':>9} {'flac KB':>8}  "
          + "  ".join(f"{i:>9}" for i in ids) + "   (turns)")
    for r in results:
        print(f"{r['name']:<15} {r['duration']:>8.1f}s {r['bytes'] / 1024:>8.0f}  "
              + "  ".join(f"{r['stats'].get(i, {}).get('turns', 0):>9d}" for i in ids))
    print("median F0 Hz / RMS dBFS per speaker:")
    for r in results:
        print(f"  {r['name']:<15} " + "  ".join(
            f"{i}={s['f0']:.0f}Hz/{s['rms_db']:.1f}dB" for i, s in r["stats"].items()))
    bad = [r["name"] for r in results if not 90.0 <= r["duration"] <= 180.0]
    if bad:
        print(f"WARNING: outside 1.5-3 min: {', '.join(bad)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
