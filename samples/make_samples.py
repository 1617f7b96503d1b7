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
  NAME.facts.json  key facts a good note of the session states ("must") and inventions it
             must not contain ("must_not"), for `scribe eval notes` (pipeline/evaluate/notes.py)

Usage:
  python samples/make_samples.py [--out DIR] [--only NAME]
  python samples/make_samples.py --facts-only [--out DIR] [--only NAME]   # NAME.facts.json only

The client's sessions (noah_session_1..3, one child across three sessions with a plan of care) go to
``client/`` with ``plan.toml`` (the plan of care) and ``manifest.csv`` (file, client, date for
``scribe batch --clients``); their NAME.facts.json also holds ``goals``: what the note must report on
each plan goal (measure, assistance, status against the target, the turn that says it).

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
class Fact:
    """A key fact of a session, matched against a note's text by pipeline/evaluate/notes.py.

    ``patterns`` are alternatives; an alternative matches when all its terms occur in the
    note (``scope="note"``) or in one item of it (``scope="item"``). A term is a word or a
    phrase; matching is case-insensitive, number words count as digits ("five" == "5"),
    "out of" and "N/M" as "of", words are Porter-stemmed, and a word ending in "*" matches
    any word starting with it. Write numbers in patterns as digits.
    """

    id: str
    description: str
    patterns: tuple[tuple[str, ...], ...]
    scope: str = "note"  # note | item

    def to_dict(self) -> dict:
        return {"id": self.id, "description": self.description,
                "patterns": [list(a) for a in self.patterns], "scope": self.scope}


def F(id: str, description: str, *patterns: str | tuple[str, ...], scope: str = "note") -> Fact:
    """Fact shorthand: each pattern is a term or a tuple of terms that must all appear."""
    return Fact(id, description, tuple((p,) if isinstance(p, str) else tuple(p) for p in patterns), scope)


# Inventions no sample session supports.
DIAGNOSES = F("diagnosis_invented", "a diagnosis nobody stated (autism, ADHD, cerebral palsy, DCD, SPD ...)",
              "autism", "autistic", "asd", "adhd", "attention deficit", "cerebral palsy", "dyspraxia",
              "developmental coordination disorder", "dcd", "sensory processing disorder", "spd",
              "hypoton*", "low muscle tone")
MEDICATIONS = F("medication_invented", "a medication or dose nobody mentioned",
                "melatonin", "methylphenidate", "ritalin", "clonidine", "guanfacine", "risperidone",
                "ibuprofen", "antihistamine", "mg")


@dataclass(frozen=True)
class GoalResult:
    """What a note of a client's session must report on one goal (the reference of benchmarks/goals.py).

    ``goal`` is the key of a PlanGoal, or "proposed" for a skill the session works on that the plan of
    care does not hold. ``turn`` is the index of the turn that says the result (its evidence)."""

    goal: str
    addressed: bool = True
    measure: str = ""  # as the note states it ("20 sec", "2/5 buttons")
    value: float | None = None  # the number charted (seconds, the part of a count, repetitions)
    unit: str = ""  # sec, /5, /10 ...
    assistance: str = ""  # the level said with it (a name of the template's assistance choices)
    status: str = ""  # against the target, given the earlier sessions: below target, progressing, met ...
    says: str = ""  # words of the one turn that states the result (its evidence)
    text: str = ""  # a proposed goal: the skill, briefly

    def to_dict(self, turns: tuple[tuple[str, str], ...]) -> dict:
        out = {k: v for k, v in self.__dict__.items() if v not in ("", None) or k == "addressed"}
        if self.says:
            hits = [i for i, (_k, text) in enumerate(turns) if self.says in text]
            if len(hits) != 1:
                raise ValueError(f"{self.says!r} is in {len(hits)} turns, not one")
            out["turn"] = hits[0]
        return out


@dataclass(frozen=True)
class PlanGoal:
    key: str  # stable name in the references (the client store gives each goal its own id)
    text: str
    target: str
    start: str  # YYYY-MM-DD


@dataclass(frozen=True)
class Session:
    name: str
    seed: int
    focus: str
    child: str
    hotwords: tuple[str, ...]
    turns: tuple[tuple[str, str], ...]  # (speaker key in VOICES, text)
    facts: tuple[Fact, ...] = ()  # a good progress note states each of these
    forbidden: tuple[Fact, ...] = ()  # inventions a note must not contain
    date: str = ""  # a client's session: when it took place (YYYY-MM-DD)
    goals: tuple[GoalResult, ...] = ()  # a client's session: what its note reports on each plan goal


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
        facts=(
            F("beads_5_of_5", "theraputty warm-up: pinched out 5 of 5 hidden beads independently",
              ("5 of 5", "bead"), ("all 5", "bead"), ("all", "bead", "independ*")),
            F("tripod_30s", "held the tripod grasp for 30 seconds while tracing",
              ("tripod", "30 second"), ("tripod", "30 sec*"), ("tripod", "30s")),
            F("tripod_prior_20s", "tripod grasp was 20 seconds last week (progress)",
              "20 second", "20 sec*", "20s", "from 20", ("20", "last week"), ("20", "previous*"), ("20", "prior")),
            F("scissors_3_of_5", "cut on the line for 3 of 5 shapes independently",
              ("3 of 5", "shape"), ("3 of 5", "cut*"), ("3 shape", "independ*")),
            F("scissors_2_hand_over_hand", "2 shapes needed hand-over-hand help at the corners",
              ("2", "hand over hand"), ("2", "assist*"), ("2", "help*"), scope="item"),
            F("writing_frustration_10min", "caregiver: uses the pencil grip; frustrated after about 10 minutes of writing",
              ("frustrat*", "10 min*"), ("tire*", "10 min*"), ("fatigue*", "10 min*")),
            F("theraputty_4_nights", "caregiver: theraputty about 4 nights a week at home",
              "4 night", ("4 time*", "week"), ("4 day*", "week"), ("4x", "week"), ("4 x", "week")),
            F("sleep_good", "caregiver: sleep is good, in bed at 8",
              ("bed", "8"), ("sleep*", "8"), ("sleep*", "good"), ("sleep*", "well"), scope="item"),
            F("home_theraputty_5min", "home program: 5 minutes of theraputty a day",
              ("5 min*", "theraputty"), ("5 min*", "putty")),
            F("home_vertical_surface", "home program: writing on a vertical surface (paper on the fridge)",
              "vertical", "fridge", "refrigerator"),
            F("home_tongs", "home program: picking up cereal with tongs", "tong"),
            F("plan_curved_lines", "next session: cutting curved lines (and writing her name)",
              ("curve*", "line*"), ("curve*", "cut*")),
        ),
        forbidden=(
            DIAGNOSES,
            MEDICATIONS,
            F("wrong_counts", "a count or time that was not said (6 of 5, 5 of 5 shapes, 4 of 5 shapes, 45 s ...)",
              "6 of 5", "5 of 5 shape", "4 of 5 shape", "3 of 5 bead", "4 of 5 bead", "40 second", "45 second",
              "60 second", "1 minute"),
            F("wrong_caregiver", "the caregiver is Dad, not a mother", "mother", "mom", "mum"),
            F("sleep_problem_invented", "a sleep problem (sleep is good)",
              "insomnia", "night wak*", "difficulty sleep*", "trouble sleep*", "poor sleep", "sleep difficult*"),
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
        facts=(
            F("meltdowns_3", "caregiver: 3 big meltdowns this week",
              ("3", "meltdown*"), ("3", "tantrum*"), scope="item"),
            F("meltdowns_at_shoes", "the meltdowns were mostly at putting shoes on",
              ("meltdown*", "shoe*"), ("tantrum*", "shoe*"), ("dysregulat*", "shoe*"), scope="item"),
            F("night_waking_2am", "caregiver: wakes around 2 in the morning",
              "2 am", "2 a m", "2 in the morning", "2 00", "night wak*", ("wak*", "night")),
            F("circle_time_10_from_5", "teacher: sits 10 minutes at circle time, up from 5 (weighted vest)",
              ("10 min*", "5"), ("10 min*", "doubl*"), scope="item"),
            F("engine_3_of_4", "named his engine speed 3 of 4 times with one verbal cue",
              "3 of 4", ("3", "4 time*"), ("3", "4 trial*"), ("3", "4 opportunit*")),
            F("calming_strategies", "heavy work (crash pad, wall push-ups) and dragon breaths used to calm",
              "crash pad", "push up*", "pushup*", "dragon breath*"),
            F("transition_no_meltdown", "transitioned at clean-up without a meltdown (chose the stress ball)",
              "stress ball", ("transition*", "without"), ("transition*", "no meltdown*")),
            F("home_heavy_work_before_shoes", "home: 2 minutes of heavy work (laundry basket) before shoes",
              ("heavy work", "shoe*"), "laundry", scope="item"),
            F("home_first_then_card", "home: first-then card by the door (first shoes, then tablet)",
              "first then"),
            F("bedtime_routine", "home: same bedtime every night, dim lights, deep pressure",
              ("bedtime", "routine"), ("consistent", "bedtime"), ("same", "bedtime"), "dim light*",
              "deep pressure"),
            F("pediatrician_if_continues", "tell the pediatrician if the night waking continues",
              "pediatrician", "paediatrician"),
            F("plan_weighted_lap_pad", "next session: try a weighted lap pad at the table", "lap pad"),
        ),
        forbidden=(
            DIAGNOSES,
            MEDICATIONS,
            F("wrong_counts", "a count or time that was not said (4 of 4, 5 meltdowns, wakes at 3 am ...)",
              "4 of 4", "2 of 4", "3 of 5", "1 meltdown", "2 meltdown*", "4 meltdown*", "5 meltdown*",
              "3 am", "4 am", "1 am", "15 min*", "20 min*"),
            F("wrong_caregiver", "the caregiver is Dad, not a mother", "mother", "mom", "mum"),
            F("referral_invented", "a referral nobody made (neurology, sleep study, psychology ...)",
              "neurolog*", "sleep study", "sleep specialist", "psycholog*", "psychiatr*"),
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
        facts=(
            F("dressing_30min", "caregiver: getting dressed takes about 30 minutes",
              "30 min*", "half an hour", "half hour"),
            F("sock_seams", "caregiver: sock seams bother him",
              "seam", ("sock*", "bother*"), ("sock*", "sensitiv*"), ("sock*", "tactile")),
            F("button_board_4_of_5", "button board: 4 of 5 buttons with one verbal cue", "4 of 5"),
            F("shirt_buttons_3_of_5", "shirt: 3 of 5 buttons independently", "3 of 5"),
            F("zipper_2_of_5", "zipper hooking: 2 of 5 tries with moderate help", "2 of 5"),
            F("backward_chaining", "backward chaining (therapist starts, child finishes)",
              "backward chain*", "backwards chain*"),
            F("shoe_loops", "shoe tying: made both bunny-ear loops himself (new today)",
              "loop", "bunny ear"),
            F("home_clothes_visual_schedule", "home: clothes laid out the night before in order, picture schedule",
              "visual schedule", "picture schedule", ("cloth*", "night before"), ("lay*", "cloth*"),
              ("laid", "cloth*")),
            F("home_last_button", "home: let him do the last button every morning",
              "last button", "final button"),
            F("home_socks_warm_up", "home: seamless socks; pop tube or theraputty before dressing",
              "seamless", "pop tube", "theraputty", "putty"),
            F("bedtime_15min_earlier", "falls asleep after 9:30; move bedtime 15 minutes earlier each week",
              "15 min*", ("bedtime", "earlier"), ("9 30",)),
            F("plan_zipper_double_knot", "next session: jacket zipper and a double knot",
              "double knot", ("next", "jacket zip*"), ("next", "knot")),
        ),
        forbidden=(
            DIAGNOSES,
            MEDICATIONS,
            F("wrong_counts", "a count or time that was not said (5 of 5, 1 of 5, 45 minutes ...)",
              "5 of 5", "1 of 5", "6 of 5", "45 min*", "60 min*", "20 min*", "1 hour", "an hour"),
            F("wrong_caregiver", "the caregiver is Grandpa, not a parent", "mother", "mom", "mum", "father",
              "dad"),
            F("shoes_tied_invented", "says he tied his shoes (the bow fell apart)",
              ("tied*", "independ*"), ("tied*", "himself"), ("tied*", "own"), "tied* his shoe*", scope="item"),
        ),
    ),
)


# One child across three sessions (a client with a plan of care): his goals progress from session to
# session (tripod grasp held 20, 30 then 45 seconds; buttons 2/5 with help, 3/5 then 5/5 independently;
# cutting 1/5, not addressed, then 3/5), and each session also works on a skill the plan does not hold
# or leaves one goal out. Written to samples/client/ with the plan of care (plan.toml) and a batch
# manifest (manifest.csv), so `make demo` runs them as one client and shows the thread.
CLIENT_DIR = "client"
CLIENT_ID = "C-0042"
CLIENT_NAME = "Noah B."
PLAN: tuple[PlanGoal, ...] = (
    PlanGoal("grasp", "Hold a tripod grasp on a pencil while tracing", "60 sec", "2026-09-29"),
    PlanGoal("buttons", "Fasten shirt buttons", "5/5 buttons independently", "2026-09-29"),
    PlanGoal("cutting", "Cut along a curved line with scissors", "4/5 shapes independently", "2026-09-29"),
)
CLIENT_HOTWORDS = ("Noah", "tripod grasp", "buttons", "curved line", "scissors", "ball", "balance beam",
                   "home program")
NOAH_FORBIDDEN = (
    DIAGNOSES,
    MEDICATIONS,
    F("wrong_caregiver", "the caregiver is Dad, not a mother", "mother", "mom", "mum"),
)

CLIENT_SESSIONS: tuple[Session, ...] = (
    Session(
        name="noah_session_1",
        seed=BASE_SEED + 11,
        focus="fine motor and self-care goals, session 1 of 3",
        child="Noah",
        date="2026-10-06",
        hotwords=CLIENT_HOTWORDS,
        turns=(
            ("T", "Hi Noah, hi Dad. Today we will work on your pencil grasp, the shirt buttons and cutting."),
            ("C", "Can we do the buttons first? I brought my dinosaur."),
            ("T", "Your dinosaur can watch from the table. Pencil first. Hold the short pencil with your thumb, "
                  "pointer and middle finger, and trace the road to the castle."),
            ("C", "The car is driving on the road. Vroom."),
            ("T", "You held the tripod grasp for twenty seconds while tracing."),
            ("C", "My hand is tired."),
            ("T", "Shake your hands out. Now the shirt buttons. Pinch the button and push it through the hole."),
            ("C", "This one is too slippery."),
            ("T", "You fastened two out of five buttons with moderate help."),
            ("C", "Buttons are hard."),
            ("T", "Now scissors. Thumb on top, and cut along the curvy line to the fish."),
            ("C", "Snip, snip. Oops, I went off the line."),
            ("T", "You cut on the curved line for one of five shapes independently."),
            ("C", "Can we play a game now?"),
            ("T", "Last game. Catch the ball with both hands."),
            ("C", "I caught it! Throw it again!"),
            ("T", "You caught the ball six out of ten times."),
            ("T", "Dad, how are the mornings at home?"),
            ("G", "He still wants me to do all his buttons, and getting dressed takes twenty minutes."),
            ("T", "That is a long time in the morning. Does he manage the zipper on his coat?"),
            ("G", "The zipper is fine. It's the small buttons that are hard. He sleeps well, about ten hours."),
            ("C", "My dinosaur sleeps too."),
            ("T", "Good to hear. For the home program, practise two buttons on his pajamas every night."),
            ("G", "Two buttons every night. We can do that."),
            ("T", "Next session we will try the buttons on his school shirt. Bye, Noah!"),
            ("C", "Bye bye!"),
        ),
        facts=(
            F("grasp_20s", "held the tripod grasp for 20 seconds while tracing",
              ("tripod", "20 sec*"), ("tripod", "20 second")),
            F("buttons_2_of_5", "fastened 2 of 5 buttons with moderate help", ("2 of 5", "button*")),
            F("buttons_moderate", "the buttons needed moderate help", ("button*", "moderate"), scope="item"),
            F("cutting_1_of_5", "cut on the curved line for 1 of 5 shapes independently", ("1 of 5",)),
            F("ball_6_of_10", "caught the ball 6 of 10 times", ("6 of 10",), ("ball", "6")),
            F("dressing_20min", "caregiver: getting dressed takes 20 minutes", ("dress*", "20 min*")),
            F("home_pajama_buttons", "home program: 2 buttons on his pajamas every night",
              ("pajama*", "button*"), ("2 button*", "night")),
            F("plan_school_shirt", "next session: the buttons on his school shirt", ("school shirt",)),
        ),
        forbidden=NOAH_FORBIDDEN,
        goals=(
            GoalResult("grasp", measure="20 sec", value=20, unit="sec", status="below target",
                       says="twenty seconds while tracing"),
            GoalResult("buttons", measure="2/5 buttons", value=2, unit="/5", assistance="moderate assist",
                       status="below target", says="two out of five buttons"),
            GoalResult("cutting", measure="1/5 shapes", value=1, unit="/5", assistance="independent",
                       status="below target", says="one of five shapes"),
            GoalResult("proposed", measure="6/10 times", value=6, unit="/10", says="six out of ten times",
                       text="catch a ball with both hands"),
        ),
    ),
    Session(
        name="noah_session_2",
        seed=BASE_SEED + 12,
        focus="fine motor and self-care goals, session 2 of 3",
        child="Noah",
        date="2026-10-13",
        hotwords=CLIENT_HOTWORDS,
        turns=(
            ("T", "Good afternoon, Noah. Hi Dad. How did the buttons go this week?"),
            ("G", "Much better. He did the pajama buttons five nights out of seven."),
            ("T", "That is great practice. Noah, let's start with tracing the maze."),
            ("C", "I want the blue pencil. Blue is my favorite."),
            ("T", "Blue it is. Sit up tall, feet flat on the floor."),
            ("T", "Sure. Thumb, pointer and middle finger on the pencil, and follow the maze."),
            ("C", "I'm going around the corner."),
            ("T", "You held the tripod grasp for thirty seconds. Last week it was twenty."),
            ("C", "Thirty is more!"),
            ("T", "Yes it is. Now your school shirt. Start at the bottom button."),
            ("C", "Pinch and push. Pinch and push."),
            ("T", "You fastened three out of five buttons independently. Last week it was two with help."),
            ("C", "I did it by myself."),
            ("T", "You did. Dad, does he use the pencil at home?"),
            ("G", "He colors every day after school, but he grips the crayon in his fist when he is tired."),
            ("T", "That is common when his hand gets tired. Keep the crayons short, broken in half, so his "
                  "fingers stay in the tripod grasp."),
            ("G", "Broken crayons. Got it. His teacher also said his letters are easier to read."),
            ("T", "That is good news from school."),
            ("C", "I wrote my name on the board."),
            ("T", "For the home program, keep the two buttons every night, and add the top button of his "
                  "school shirt in the morning."),
            ("C", "Can I cut paper next time?"),
            ("T", "Yes. Next time we will get back to cutting curved lines. Great work today, Noah."),
            ("C", "Bye, see you next week!"),
        ),
        facts=(
            F("grasp_30s", "held the tripod grasp for 30 seconds", ("tripod", "30 sec*"), ("tripod", "30 second")),
            F("grasp_prior_20s", "the grasp was 20 seconds last week", ("20 sec*",), ("20", "last week")),
            F("buttons_3_of_5", "fastened 3 of 5 buttons independently", ("3 of 5", "button*")),
            F("pajama_buttons_5_of_7", "caregiver: pajama buttons 5 nights out of 7",
              ("5", "7", "night*"), ("5 of 7",)),
            F("fist_grip_when_tired", "caregiver: grips the crayon in his fist when tired", ("fist",)),
            F("short_crayons", "use short crayons broken in half", ("crayon*", "short"), ("crayon*", "broken"),
              ("crayon*", "half")),
            F("home_top_button", "home program: the top button of his school shirt in the morning",
              ("top button",)),
            F("plan_cutting", "next session: back to cutting curved lines", ("cut*", "curve*")),
        ),
        forbidden=NOAH_FORBIDDEN,
        goals=(
            GoalResult("grasp", measure="30 sec", value=30, unit="sec", status="progressing",
                       says="for thirty seconds"),
            GoalResult("buttons", measure="3/5 buttons", value=3, unit="/5", assistance="independent",
                       status="progressing", says="three out of five buttons"),
            GoalResult("cutting", addressed=False, status="not addressed"),
        ),
    ),
    Session(
        name="noah_session_3",
        seed=BASE_SEED + 13,
        focus="fine motor and self-care goals, session 3 of 3",
        child="Noah",
        date="2026-10-20",
        hotwords=CLIENT_HOTWORDS,
        turns=(
            ("T", "Hi Noah. Today is tracing, buttons, cutting, and something new on the balance beam."),
            ("C", "The balance beam!"),
            ("T", "Tracing first. Pick up the pencil with your tripod fingers and trace the rainbow."),
            ("C", "Red, orange, yellow, green, blue. Do I do purple too?"),
            ("T", "Purple too, all the way to the end of the rainbow."),
            ("T", "You held the tripod grasp for forty five seconds, up from thirty last week."),
            ("C", "My fingers are strong."),
            ("T", "Very strong. Now the buttons on your school shirt, all the way up."),
            ("C", "One, two, three, four, five. All done!"),
            ("T", "You fastened five out of five buttons independently. You met your button goal!"),
            ("G", "He did his whole shirt this morning too. It took him about five minutes."),
            ("T", "That is a big change from twenty minutes. Well done, Noah."),
            ("C", "I'm fast now."),
            ("T", "Wonderful. Now the scissors. Cut along the curvy line around the snail."),
            ("C", "Around and around the snail."),
            ("T", "You cut on the curved line for three of five shapes independently. Last time it was one."),
            ("C", "Now the beam?"),
            ("T", "Now the beam. Arms out like an airplane and walk to the end."),
            ("C", "I'm an airplane!"),
            ("T", "You walked the balance beam for ten steps without stepping off."),
            ("C", "I didn't fall!"),
            ("T", "Dad, for the home program, cut along curvy lines on the junk mail for five minutes a day."),
            ("G", "Junk mail we have plenty of. Five minutes a day."),
            ("T", "Next session we will start buttons on his jacket and keep going with cutting. Bye, Noah!"),
            ("C", "Bye! Airplane away!"),
        ),
        facts=(
            F("grasp_45s", "held the tripod grasp for 45 seconds", ("tripod", "45 sec*"), ("tripod", "45 second")),
            F("grasp_prior_30s", "up from 30 seconds last week", ("30 sec*",), ("from 30",), ("30", "last week")),
            F("buttons_5_of_5", "fastened 5 of 5 buttons independently", ("5 of 5", "button*")),
            F("cutting_3_of_5", "cut on the curved line for 3 of 5 shapes independently", ("3 of 5",)),
            F("balance_beam_10_steps", "walked the balance beam 10 steps without stepping off",
              ("beam", "10 step*"), ("10 step*",)),
            F("whole_shirt_at_home", "caregiver: did his whole shirt this morning", ("whole shirt",),
              ("shirt", "morning")),
            F("home_junk_mail", "home program: cut curvy lines on junk mail 5 minutes a day",
              ("junk mail",), ("cut*", "5 min*")),
            F("plan_jacket_buttons", "next session: buttons on his jacket", ("jacket",)),
        ),
        forbidden=NOAH_FORBIDDEN,
        goals=(
            GoalResult("grasp", measure="45 sec", value=45, unit="sec", status="progressing",
                       says="forty five seconds"),
            GoalResult("buttons", measure="5/5 buttons", value=5, unit="/5", assistance="independent",
                       status="met", says="five out of five buttons"),
            GoalResult("cutting", measure="3/5 shapes", value=3, unit="/5", assistance="independent",
                       status="progressing", says="three of five shapes"),
            GoalResult("proposed", measure="10 steps", value=10, unit="steps", says="ten steps",
                       text="walk the balance beam"),
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


def facts_dict(session: Session) -> dict:
    """The content of NAME.facts.json."""
    return {
        "name": session.name,
        "focus": session.focus,
        "child_name": session.child,
        "matching": ("a fact is present when one of its patterns matches: every term of the pattern occurs "
                     "in the note (scope note) or in one item (scope item); case-insensitive, number words "
                     "as digits, 'out of' and N/M as 'of', Porter-stemmed words, 'x*' matches words "
                     "starting with x; see pipeline/evaluate/notes.py"),
        "must": [f.to_dict() for f in session.facts],
        "must_not": [f.to_dict() for f in session.forbidden],
        **({"client": CLIENT_ID, "date": session.date, "plan": "plan.toml",
            "goal_keys": {g.key: g.text for g in PLAN},
            "goals": [g.to_dict(session.turns) for g in session.goals]} if session.goals else {}),
        "generator": {"script": SCRIPT_PATH},
        "synthetic": True,
    }


def write_facts(session: Session, out_dir: Path) -> Path:
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / f"{session.name}.facts.json"
    path.write_text(json.dumps(facts_dict(session), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return path


def plan_toml() -> str:
    """The client's plan of care, as `scribe clients import` reads it."""
    out = ["# The sample client's plan of care (synthetic): `scribe clients import samples/client/plan.toml`.",
           f"# Written by {SCRIPT_PATH}.", "", "[[clients]]", f'id = "{CLIENT_ID}"', f'name = "{CLIENT_NAME}"']
    for g in PLAN:
        out += ["", "[[clients.goals]]", f'text = "{g.text}"', f'target = "{g.target}"', f"start = {g.start}",
                'status = "active"']
    return "\n".join(out) + "\n"


def manifest_csv() -> str:
    """The batch manifest of the client's sessions: `scribe batch --clients samples/client/manifest.csv`."""
    return "file,client,date\n" + "".join(f"{s.name}.flac,{CLIENT_ID},{s.date}\n" for s in CLIENT_SESSIONS)


def write_client_files(out_dir: Path) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = [out_dir / "plan.toml", out_dir / "manifest.csv"]
    paths[0].write_text(plan_toml(), encoding="utf-8")
    paths[1].write_text(manifest_csv(), encoding="utf-8")
    return paths


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
    # the voices this session speaks with, in VOICES order (two voices may share a speaker id: a session
    # of samples/note_test_sessions.py can speak with its own voices)
    used = [v for v in VOICES.values() if any(vv == v for _s, vv, _t, _c in placed)]
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
        **({"client": CLIENT_ID, "date": session.date} if session.goals else {}),
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
    write_facts(session, out_dir)

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
    p.add_argument("--facts-only", action="store_true",
                   help="write only NAME.facts.json (the key facts for note evaluation); "
                        "needs neither espeak-ng nor the audio packages")
    args = p.parse_args(argv)

    every = [*SESSIONS, *CLIENT_SESSIONS]
    sessions = every
    if args.only:
        known = {s.name for s in every}
        unknown = [n for n in args.only if n not in known]
        if unknown:
            die(f"unknown session {', '.join(unknown)}; known: {', '.join(sorted(known))}")
        sessions = [s for s in every if s.name in args.only]

    def folder(s: Session) -> Path:  # the client's sessions live in their own folder, with the plan of care
        return args.out / CLIENT_DIR if s.goals else args.out

    if any(s.goals for s in sessions):
        for path in write_client_files(args.out / CLIENT_DIR):
            print(f"{path}")
    if args.facts_only:
        for s in sessions:
            path = write_facts(s, folder(s))
            print(f"{path}: {len(s.facts)} must, {len(s.forbidden)} must-not facts")
        return 0

    exe = find_espeak()
    np, sf, av = import_deps()
    version = espeak_version(exe)

    results = [build(s, exe, version, folder(s), np, sf, av) for s in sessions]

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
