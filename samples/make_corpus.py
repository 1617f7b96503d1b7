"""Synthesize a corpus of OT sessions for diarization work: a fixed dev split and a fixed test split.

The committed samples (samples/make_samples.py) are three 2-minute sessions with three voices; a
diarizer tuned on them does not carry over to other voices. This script makes many sessions,
deterministically from a seed, that differ in the ways real sessions do:

- voices: espeak-ng voice variants with their own pitch and speed, 14 in the dev pool and 14 others
  in the test pool (no voice, and no script sentence, of one split is in the other); each sentence
  with its own prosody (pitch, speed and level jitter), as no one says a sentence twice alike;
- casts: therapist and child, plus a caregiver, two caregivers, a sibling, or a caregiver with an
  interpreter (2 to 5 speakers);
- 2 to 30 minutes per session; turns of one to five sentences, with pauses inside turns (between
  sentences) and between turns, long silences while an activity goes on;
- overlapping speech: interruptions (the next speaker starts before the turn ends) and backchannels
  ("mm-hm") said over a long turn;
- a room: each speaker at their own distance (level and sox reverb), pink room noise at 12-30 dB SNR
  and non-speech clatter (toys, chairs) that is not speech.

Outputs per session NAME, in OUT/dev/ and OUT/test/ (default OUT: .cache/corpus, not committed):

  NAME.flac  16 kHz mono PCM_16
  NAME.rttm  reference speaker turns (the sentences of a turn joined; overlaps included)
  NAME.json  the cast (speaker id, role, voice), and every sentence with start, end, speaker, text

Usage:
  python samples/make_corpus.py [--out DIR] [--split dev|test] [--only NAME] [--quick]

``--quick`` makes only the first session of each split cut to ~40 s (the tests use it). Needs
numpy, soundfile, av and the programs espeak-ng and sox. Everything is fictional.
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

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import make_samples as ms  # (synth, resample, trim)

SAMPLE_RATE = ms.SAMPLE_RATE
MS = ms.MS
SCRIPT_PATH = "samples/make_corpus.py"
VERSION = 3  # bump when the output of a given seed changes


@dataclass(frozen=True)
class Voice:
    id: str  # e.g. "dev-f3"
    kind: str  # adult | child
    voice: str  # espeak-ng -v
    pitch: int
    speed: int


def _v(split: str, n: int, kind: str, voice: str, pitch: int, speed: int) -> Voice:
    return Voice(f"{split}{n:02d}", kind, voice, pitch, speed)


# Disjoint pools: no espeak variant of one split is used in the other.
VOICES = {
    "dev": (
        _v("dev", 1, "adult", "en-us+f3", 50, 165), _v("dev", 2, "adult", "en+m3", 30, 160),
        _v("dev", 3, "adult", "en-us+f2", 45, 175), _v("dev", 4, "adult", "en-gb+m1", 40, 155),
        _v("dev", 5, "adult", "en-us+Andrea", 55, 170), _v("dev", 6, "adult", "en+Alex", 35, 165),
        _v("dev", 7, "adult", "en-029+m2", 45, 150), _v("dev", 8, "adult", "en-gb-scotland+f5", 60, 160),
        _v("dev", 9, "adult", "en-us+david", 25, 170), _v("dev", 10, "adult", "en+linda", 50, 180),
        _v("dev", 11, "child", "en-us+f4", 95, 190), _v("dev", 12, "child", "en+Annie", 88, 185),
        _v("dev", 13, "child", "en-us+f1", 92, 195), _v("dev", 14, "child", "en+Andy", 82, 180),
    ),
    "test": (
        _v("test", 1, "adult", "en-us+steph", 50, 170), _v("test", 2, "adult", "en-gb-x-rp+m4", 35, 160),
        _v("test", 3, "adult", "en-us+belinda", 55, 165), _v("test", 4, "adult", "en+robert", 30, 155),
        _v("test", 5, "adult", "en-gb-x-gbclan+aunty", 50, 175), _v("test", 6, "adult", "en-us-nyc+john", 40, 170),
        _v("test", 7, "adult", "en+m7", 35, 160), _v("test", 8, "adult", "en-us+Alicia", 60, 170),
        _v("test", 9, "adult", "en-gb-x-rp+max", 30, 165), _v("test", 10, "adult", "en+paul", 45, 150),
        _v("test", 11, "child", "en-us+anika", 92, 190), _v("test", 12, "child", "en+f5", 96, 185),
        _v("test", 13, "child", "en-us+zac", 85, 195), _v("test", 14, "child", "en-us+Jacky", 90, 180),
    ),
}

# ----------------------------------------------------------------- scripts
# Sentence banks per split and role; {name} {sib} {n} {m} {obj} {act} are filled per use.
BANKS = {
    "dev": {
        "objects": ["scissors", "beads", "buttons", "pencil", "theraputty", "tongs", "stickers", "pegboard"],
        "acts": ["cutting on the line", "stringing beads", "buttoning the vest", "writing your name",
                 "pinching the putty", "sorting the pegs"],
        "therapist": [
            "Okay {name}, let's start with the {obj}.", "Hold it with your thumb and your pointer finger.",
            "Can you show me how you did that at home?", "Now try it again, a little slower this time.",
            "That was {n} out of {m}, all by yourself.", "Keep your helper hand flat on the table.",
            "We are working on {act} today.", "Remember to squeeze and then let go.",
            "Let's take a short break and then do one more.", "Great job, you did that without any help.",
            "I gave one verbal cue on that one.", "Turn the paper with your other hand.",
            "Do you want the red one or the blue one?", "Last week that took you {n} tries.",
            "Put the lid back on when you are done.", "Let me see your grip for a second.",
            "We will practice {act} again next time.", "Sit up tall in the chair for me.",
        ],
        "child": [
            "I can do it!", "This one is hard.", "Look, I did {n}!", "Can I have the {obj}?",
            "My hand is tired.", "I want the blue one.", "Is it my turn now?", "Oops, it fell.",
            "I like the stickers best.", "Wait, wait, I'm not done.", "Again, again!", "That was easy.",
        ],
        "caregiver": [
            "At home she mostly uses the fat crayons.", "He gets frustrated after about {n} minutes.",
            "We tried the {obj} every night this week.", "Mornings are still the hardest part for us.",
            "His teacher says the handwriting is getting better.", "She slept well, she was in bed at {n}.",
            "We did the putty {n} times last week.", "He still asks me to do the buttons for him.",
            "Should we keep doing the same exercises?", "She has been more patient lately.",
        ],
        "sibling": ["Can I try too?", "I know how to do that.", "Mine is better.", "Look at me!",
                    "That's my {obj}."],
        "interpreter": ["She says that mornings are the hardest.", "He is asking about the homework.",
                        "The therapist wants to know about sleep.", "She says he tries every night.",
                        "She asks if they should keep the same exercises."],
        "backchannel": ["Mm-hm.", "Okay.", "Yeah.", "Right."],
        # said around a bank sentence now and then, so that a long session does not repeat one
        # sentence word for word dozens of times (version 3)
        "lead": {"adult": ["Okay,", "So,", "Now,", "Alright then,", "Hmm,", "You know,", "Well,", "Oh,"],
                 "child": ["Hey,", "Um,", "Look,", "Mom,", "Uh,", "Wait,"]},
        "tail": {"adult": ["okay?", "right?", "I think.", "for now.", "again.", "as well."],
                 "child": ["okay?", "see?", "now!", "too."]},
    },
    "test": {
        "objects": ["zipper", "lacing card", "puzzle", "playdough", "ball", "clothespins", "stamps", "tweezers"],
        "acts": ["doing up the zipper", "lacing around the card", "catching the ball",
                 "rolling a snake with the dough", "climbing through the obstacle course", "using the tweezers"],
        "therapist": [
            "Alright {name}, come and sit at the little table.", "First we are going to practice the {obj}.",
            "Pull the tab all the way up to your chin.", "You finished {n} of {m} without any reminders.",
            "Hands ready, eyes on the ball.", "I'm going to count, and you keep going until ten.",
            "Nice and slow, there is no rush.", "That needed a little bit of hand over hand help.",
            "Which color do you want to use next?", "Let's do the obstacle course one more time.",
            "Squeeze the clothespin and clip it on the edge.", "You are getting so much faster at {act}.",
            "How has {act} been going at home?", "Before we finish, let's clean up together.",
            "Show your mom what you can do now.", "Take a big breath, and then we start again.",
            "I noticed you switched hands halfway through.", "Today you did it {n} times in a row.",
        ],
        "child": [
            "I'm the fastest!", "It's stuck.", "Can we do the obstacle course?", "I did {n} of them!",
            "No, I don't want to.", "Watch this!", "Help me please.", "I got it, I got it!",
            "The ball is too bouncy.", "Can I take a sticker home?", "Is it done yet?", "Me first!",
        ],
        "caregiver": [
            "She still can't do her coat zipper in the morning.", "He plays with the dough almost every day.",
            "We practiced catching in the yard on the weekend.", "Bedtime has been a struggle this month.",
            "His teacher mentioned he avoids the climbing frame.", "She did the lacing card {n} times.",
            "He eats breakfast faster when we use the timer.", "I wasn't sure how much help to give her.",
            "Her grandma has been helping with the homework.", "He's been a lot calmer after school.",
        ],
        "sibling": ["Can I play with the ball?", "That's too easy for me.", "I want a sticker too!",
                    "She always gets the first turn.", "My turn, my turn."],
        "interpreter": ["She says the coat zipper is still hard.", "He wants to know how much help to give.",
                        "I am telling her about the homework.", "She says bedtime has been difficult.",
                        "She asks when the next visit is."],
        "backchannel": ["Uh-huh.", "Sure.", "Yes.", "Mm."],
        "lead": {"adult": ["Right,", "Okay so,", "Good,", "Actually,", "See,", "Anyway,", "And,", "Yes,"],
                 "child": ["Hey look,", "Oh,", "Mommy,", "Umm,", "No wait,", "Yay,"]},
        "tail": {"adult": ["you see?", "alright?", "I guess.", "today.", "with that.", "you know."],
                 "child": ["look!", "okay?", "again!", "please."]},
    },
}
NAMES = {"dev": ["Maya", "Eli", "Sofia", "Noah", "Ava", "Liam"],
         "test": ["Leo", "Zara", "Owen", "Nina", "Theo", "Ruby"]}
SIBLINGS = {"dev": ["Sam", "Lily"], "test": ["Finn", "Ivy"]}

CASTS = ("caregiver", "two_caregivers", "sibling", "interpreter", "dyad")  # speakers beyond therapist+child


@dataclass(frozen=True)
class Plan:
    name: str
    split: str
    seed: int
    minutes: float
    cast: str


# Fixed splits (the seed fixes voices, script, pauses and room). Test: 75 min, dev: 68 min.
PLANS = {
    "dev": [Plan(f"dev_{i:02d}", "dev", 1000 + i, m, c) for i, (m, c) in enumerate([
        (2, "caregiver"), (3, "dyad"), (4, "two_caregivers"), (5, "sibling"), (5, "interpreter"),
        (6, "caregiver"), (8, "sibling"), (10, "two_caregivers"), (25, "caregiver")], 1)],
    "test": [Plan(f"test_{i:02d}", "test", 2000 + i, m, c) for i, (m, c) in enumerate([
        (2, "caregiver"), (2.5, "dyad"), (3, "sibling"), (4, "interpreter"), (4, "two_caregivers"),
        (5, "caregiver"), (6, "sibling"), (8, "interpreter"), (10, "caregiver"), (30, "two_caregivers")], 1)],
}

# Timeline.
GAP = (0.25, 1.2)  # pause between turns
SENT_GAP = (0.12, 0.6)  # pause between sentences inside a turn
LONG_PAUSE = (2.5, 6.0)  # silence while an activity goes on
P_LONG_PAUSE = 0.08
P_INTERRUPT = 0.10  # next turn starts before this one ends
P_BACKCHANNEL = 0.25  # on turns >= 4 s
PITCH_JITTER = 6  # espeak-ng pitch units, per sentence
SPEED_JITTER = 0.08  # share of the voice's speed, per sentence
LEVEL_JITTER = 2.0  # dB, per sentence
P_LEAD = 0.6  # a bank sentence gets a lead-in word ("Okay, ...")
P_TAIL = 0.4  # ... or a tail (", okay?")


def cast_roles(cast: str) -> list[str]:
    extra = {"caregiver": ["caregiver"], "two_caregivers": ["caregiver", "caregiver2"],
             "sibling": ["caregiver", "sibling"], "interpreter": ["caregiver", "interpreter"], "dyad": []}
    return ["therapist", "child", *extra[cast]]


ROLE_OF = {"therapist": "therapist", "child": "child", "caregiver": "caregiver", "caregiver2": "caregiver",
           "sibling": "child", "interpreter": "other"}


def pick_voices(rng: random.Random, split: str, roles: list[str]) -> dict[str, Voice]:
    adults = [v for v in VOICES[split] if v.kind == "adult"]
    kids = [v for v in VOICES[split] if v.kind == "child"]
    rng.shuffle(adults)
    rng.shuffle(kids)
    out = {}
    for r in roles:
        out[r] = (kids if ROLE_OF[r] == "child" else adults).pop()
    return out


def fill(rng: random.Random, text: str, bank: dict, name: str, sib: str, kind: str = "adult") -> str:
    """A bank sentence with its slots filled and, now and then, a lead-in word or a tail (P_LEAD,
    P_TAIL): a 30-minute session says a bank sentence dozens of times, and with one synthetic voice
    the same words come out as near-identical audio that a speaker encoder can group by words."""
    n = rng.randint(2, 9)
    numbers = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]
    out = text.format(name=name, sib=sib, n=numbers[n - 2], m=numbers[min(n + rng.randint(0, 2), 10) - 2],
                      obj=rng.choice(bank["objects"]), act=rng.choice(bank["acts"]))
    if rng.random() < P_LEAD:
        first = out.split()[0].strip(",.!?")
        keep = first in ("I", "I'm", name, sib) or first[0].islower()
        out = f"{rng.choice(bank['lead'][kind])} {out if keep else out[0].lower() + out[1:]}"
    if rng.random() < P_TAIL and out[-1] in ".!?":
        out = f"{out[:-1]}, {rng.choice(bank['tail'][kind])}"
    return out


def script(plan: Plan, rng: random.Random) -> list[tuple[str, list[str], str]]:
    """(role, sentences, how) turns; how: 'next' | 'interrupt' | 'pause'. Enough for the target length."""
    bank = BANKS[plan.split]
    name = rng.choice(NAMES[plan.split])
    sib = rng.choice(SIBLINGS[plan.split])
    roles = cast_roles(plan.cast)
    target_words = plan.minutes * 60 * 2.7  # ~2.7 words a second of session (pauses included)
    turns: list[tuple[str, list[str], str]] = []
    words = 0

    def say(role: str, lo: int, hi: int, bank_key: str | None = None) -> None:
        nonlocal words
        pool = bank[bank_key or ("caregiver" if role == "caregiver2" else role)]
        k = rng.randint(lo, hi)
        kind = "child" if ROLE_OF.get(role, role) == "child" else "adult"
        sents = [fill(rng, s, bank, name, sib, kind) for s in rng.sample(pool, min(k, len(pool)))]
        how = "pause" if rng.random() < P_LONG_PAUSE else ("interrupt" if rng.random() < P_INTERRUPT else "next")
        turns.append((role, sents, how))
        words += sum(len(s.split()) for s in sents)

    while words < target_words:
        r = rng.random()
        say("therapist", 1, 5)
        if r < 0.55:
            say("child", 1, 2)
            if rng.random() < 0.5:
                say("therapist", 1, 2)
        elif "caregiver" in roles and r < 0.8:
            if "interpreter" in roles:
                say("interpreter", 1, 2)
            who = "caregiver2" if "caregiver2" in roles and rng.random() < 0.45 else "caregiver"
            say(who, 1, 3)
            if "interpreter" in roles:
                say("interpreter", 1, 2)
        else:
            say("child", 1, 1)
        if "sibling" in roles and rng.random() < 0.3:
            say("sibling", 1, 1)
    return turns


# ------------------------------------------------------------------- audio


def sox_reverb(sox: str, x, reverberance: int, room: int, tmp: Path, np, sf):
    """x (float32, 16 kHz) through sox's reverb (deterministic), same length."""
    a, b = tmp / "in.wav", tmp / "out.wav"
    sf.write(str(a), x, SAMPLE_RATE, subtype="FLOAT")
    subprocess.run([sox, str(a), str(b), "reverb", str(reverberance), "50", str(room)], check=True,
                   capture_output=True)
    y, _ = sf.read(str(b), dtype="float32")
    y = y if y.ndim == 1 else y.mean(axis=1)
    return y[: len(x)] if len(y) >= len(x) else np.pad(y, (0, len(x) - len(y)))


def pink_noise(np, rng_np, n: int):
    white = rng_np.standard_normal(n + 1024).astype(np.float32)
    spec = np.fft.rfft(white)
    f = np.arange(len(spec), dtype=np.float32)
    f[0] = 1
    pink = np.fft.irfft(spec / np.sqrt(f), n=len(white))[:n].astype(np.float32)
    return pink / (np.sqrt(np.mean(pink**2)) + 1e-12)


def clatter(np, rng_np, n: int, count: int):
    """Short bursts of band-passed noise (toys, chairs), not speech."""
    out = np.zeros(n, dtype=np.float32)
    for _ in range(count):
        length = int(rng_np.uniform(0.05, 0.4) * SAMPLE_RATE)
        at = int(rng_np.integers(0, max(1, n - length)))
        burst = rng_np.standard_normal(length).astype(np.float32) * np.exp(
            -np.linspace(0, rng_np.uniform(3, 12), length)).astype(np.float32)
        out[at: at + length] += burst * rng_np.uniform(0.05, 0.25)
    return out


def build(plan: Plan, exe: str, sox: str, out_dir: Path, np, sf, av, quick: bool = False) -> dict:
    rng = random.Random(plan.seed)
    rng_np = np.random.default_rng(plan.seed)
    roles = cast_roles(plan.cast)
    voices = pick_voices(rng, plan.split, roles)
    turns = script(plan, rng)
    if quick:
        turns = turns[:7]
    bank = BANKS[plan.split]
    cache: dict[tuple[str, str], object] = {}
    with tempfile.TemporaryDirectory(prefix="make_corpus_") as tmpd:
        tmp = Path(tmpd)

        def clip(role: str, text: str, index: int):
            """The index-th sentence: its own prosody (pitch, speed, level jitter), as no one says a
            sentence twice the same way; cached by index so a sentence is synthesized once."""
            v = voices[role]
            key = (v.id, index)
            if key not in cache:
                wav = tmp / "s.wav"
                pitch = min(99, max(0, v.pitch + rng.randint(-PITCH_JITTER, PITCH_JITTER)))
                speed = round(v.speed * rng.uniform(1 - SPEED_JITTER, 1 + SPEED_JITTER))
                ms.synth(exe, ms.Voice(v.id, role, v.voice, pitch, speed), text, wav)
                x, sr = sf.read(str(wav), dtype="float32", always_2d=True)
                c = ms.trim(np, ms.resample(np, av, x.mean(axis=1), sr)) * 10 ** (rng.uniform(-LEVEL_JITTER, LEVEL_JITTER) / 20)
                cache[key] = np.concatenate([c, np.zeros(-len(c) % MS, dtype=np.float32)]).astype(np.float32)
            return cache[key]

        def ms_round(sec: float) -> int:
            return round(sec * 1000) * MS

        sentences = []  # (start sample, end sample, role, text, turn index)
        pos = ms_round(rng.uniform(0.5, 1.5))
        for ti, (role, sents, how) in enumerate(turns):
            t0 = pos
            for si, text in enumerate(sents):
                c = clip(role, text, len(sentences))
                sentences.append((pos, pos + len(c), role, text, ti))
                pos += len(c)
                if si < len(sents) - 1:
                    pos += ms_round(rng.uniform(*SENT_GAP))
            # a backchannel from a listener over a long turn
            listeners = [r for r in roles if r != role and r not in ("interpreter",)]
            if pos - t0 > 4 * SAMPLE_RATE and listeners and rng.random() < P_BACKCHANNEL:
                who, text = rng.choice(listeners), rng.choice(bank["backchannel"])
                c = clip(who, text, len(sentences))
                at = t0 + int(rng.uniform(0.4, 0.7) * (pos - t0))
                at -= at % MS
                sentences.append((at, at + len(c), who, text, ti))
            nxt = turns[ti + 1][2] if ti + 1 < len(turns) else "next"
            if nxt == "interrupt":
                last = sentences[-1] if sentences[-1][4] == ti and sentences[-1][2] == role else None
                back = ms_round(rng.uniform(0.3, 0.9))
                pos = max(pos - back, (last[0] if last else t0) + MS * 300)
            elif nxt == "pause":
                pos += ms_round(rng.uniform(*LONG_PAUSE))
            else:
                pos += ms_round(rng.uniform(*GAP))
        total = pos + ms_round(rng.uniform(0.5, 1.5))

        # Room: each speaker at a distance (level, reverb), then noise.
        mix = np.zeros(total, dtype=np.float32)
        room = {r: (rng.uniform(0.5, 1.0), rng.randint(15, 60), rng.randint(40, 100)) for r in roles}
        for r in roles:
            track = np.zeros(total, dtype=np.float32)
            for i, (a, b, who, text, _) in enumerate(sentences):
                if who == r:
                    c = clip(who, text, i)
                    track[a: a + len(c)] += c
            if not track.any():
                continue
            gain, reverberance, size = room[r]
            mix += gain * sox_reverb(sox, track, reverberance, size, tmp, np, sf)
        speech_rms = float(np.sqrt(np.mean(mix[mix != 0] ** 2))) if mix.any() else 0.1
        snr = rng.uniform(12, 30)
        noise = pink_noise(np, rng_np, total) * speech_rms * 10 ** (-snr / 20)
        noise += clatter(np, rng_np, total, int(total / SAMPLE_RATE / 20)) * speech_rms
        audio = mix + noise
        peak = float(np.abs(audio).max())
        if peak > 0.95:
            audio *= 0.95 / peak

    refs = [{"start": round(a / SAMPLE_RATE, 3), "end": round(b / SAMPLE_RATE, 3), "speaker": voices[r].id,
             "role": ROLE_OF[r], "part": r, "turn": ti, "text": text}
            for a, b, r, text, ti in sorted(sentences)]
    ref = {
        "name": plan.name, "split": plan.split, "language": "en", "cast": plan.cast,
        "duration": round(total / SAMPLE_RATE, 3), "sample_rate": SAMPLE_RATE,
        "speakers": [{"id": voices[r].id, "part": r, "role": ROLE_OF[r], "voice": voices[r].voice,
                      "pitch": voices[r].pitch, "speed": voices[r].speed,
                      "gain": round(room[r][0], 3), "reverberance": room[r][1]} for r in roles],
        "snr_db": round(snr, 1),
        "sentences": refs,
        "generator": {"script": SCRIPT_PATH, "version": VERSION, "seed": plan.seed,
                      "espeak_ng_version": ms.espeak_version(exe), "quick": quick},
        "synthetic": True,
    }
    out_dir.mkdir(parents=True, exist_ok=True)
    base = out_dir / plan.name
    sf.write(str(base.with_suffix(".flac")), audio, SAMPLE_RATE, format="FLAC", subtype="PCM_16")
    base.with_suffix(".json").write_text(json.dumps(ref, indent=1) + "\n", encoding="utf-8")
    base.with_suffix(".rttm").write_text(rttm(ref), encoding="utf-8")
    return {"name": plan.name, "duration": ref["duration"], "speakers": len(roles), "sentences": len(refs)}


def reference_turns(ref: dict) -> list[tuple[float, float, str]]:
    """(start, end, speaker) per turn: the sentences of one turn joined (the pauses between them are
    part of the turn, as annotators and the committed samples mark them); a backchannel is its own."""
    turns: dict[tuple[int, str], list[float]] = {}
    for s in ref["sentences"]:
        key = (s["turn"], s["speaker"])
        if key in turns:
            turns[key][1] = max(turns[key][1], s["end"])
        else:
            turns[key] = [s["start"], s["end"]]
    return sorted((a, b, spk) for (_, spk), (a, b) in turns.items())


def rttm(ref: dict) -> str:
    return "".join(f"SPEAKER {ref['name']} 1 {a:.3f} {b - a:.3f} <NA> <NA> {spk} <NA> <NA>\n"
                   for a, b, spk in reference_turns(ref))


def corpus_dir(root: Path | None = None) -> Path:
    return (root or HERE.parent) / ".cache" / "corpus"


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--out", type=Path, default=corpus_dir())
    p.add_argument("--split", choices=("dev", "test"), action="append")
    p.add_argument("--only", action="append", metavar="NAME")
    p.add_argument("--quick", action="store_true", help="first session of each split, ~40 s (for tests)")
    args = p.parse_args(argv)
    exe, sox = shutil.which("espeak-ng"), shutil.which("sox")
    if not exe or not sox:
        ms.die("make_corpus needs the programs espeak-ng and sox (apt-get install espeak-ng sox)")
    np, sf, av = ms.import_deps()
    for split in args.split or ("dev", "test"):
        plans = PLANS[split][:1] if args.quick else PLANS[split]
        for plan in plans:
            if args.only and plan.name not in args.only:
                continue
            r = build(plan, exe, sox, args.out / split, np, sf, av, quick=args.quick)
            print(f"{split} {r['name']}: {r['duration'] / 60:.1f} min, {r['speakers']} speakers, "
                  f"{r['sentences']} sentences", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
