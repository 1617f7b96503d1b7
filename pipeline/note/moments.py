"""Clinically relevant moments of a transcript, found by rules (no model).

A *moment* is a transcript line that holds something a note must not drop:
a measure (a count of a total, a duration, a frequency, a distance, a number
of repetitions), a level of assistance or cueing, a caregiver's report about
home, school, sleep or safety, a home-program instruction, or a plan. The
writer uses moments as the candidate lines of the sections that ask for them
(``select`` in a template), fills the measure, assistance and comparison
fields of an item from its cited lines, and lists the moments that no item
cites as "Not in the note" (:func:`omissions`).

Pure text rules: the same line always gives the same moment. Numbers are read
like the grounding check reads them ("four out of five" -> 4/5, "thirty
seconds" -> 30 s), so a measure copied into a note passes the number rule.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from .grounding import AGO_UNITS, AGO_WORDS, NUMBER_WORDS, _TENS, _UNITS, fraction

KINDS = ("measure", "assistance", "observation", "caregiver_report", "home_program", "plan", "assessment", "exam")

# the canonical levels of assistance and cueing; a template's choice list may rename or drop them
ASSIST_LEVELS = ("independent", "set-up", "stand-by assist", "supervision", "contact guard", "minimal assist", "moderate assist",
                 "maximal assist", "physical assist", "verbal cues", "gestural cues", "visual cues", "tactile cues",
                 "hand-over-hand", "hand-under-hand")
# the clinician's words counted ("I spoke four times", "I only had to speak twice"): the verbal cues and their count
_I_SPOKE = r"I (?:only |just )?(?:had to )?(?:spoke|speak|said something|stepped in with words)"
_ASSIST_RULES: tuple[tuple[str, str], ...] = (
    ("independent", r"\bindependent(ly)?\b|\bby (your|him|her|them)sel(f|ves)\b|\bon (your|his|her|their) own\b"
                    r"|\b(?:did|done|does|do|managed|went|got) (?:it |them |that |those |these )?alone\b"
                    r"|\b(?<!hurt )(?<!cut )(?<!scratched )(?<!bumped )(him|her|them)sel(f|ves)(?=\s*(?:[,.;!?]|$))"
                    r"|\b(with )?no (\w+ )?(help|assist\w*|cues?|prompts?|reminders?)\b"
                    r"|\bwithout (any )?(\w+ )?(help|assist\w*|cues?|prompts?|reminding|reminders?)\b"
                    r"|\b(?:nobody|no one|no-one) (?:touching|helping|holding) (?:him|her|them|it)\b"),
    ("set-up", r"\bset[- ]?up\b"),
    # "I stayed right beside her, stand by assist": the level as said where the clinic's list has it, else supervision
    ("stand-by assist", r"\bstand[- ]?by\b|\bSBA\b"),
    ("supervision", r"\bsupervis\w*|\bstand[- ]?by\b"),
    ("contact guard", r"\bcontact[- ]guard\w*|\bclose guard\w*|\bhands?[- ]on guard\w*|\bCGA\b"),
    ("minimal assist", r"\bmin(imal)? (help|assist\w*)|\bmin(?:imal)?\.? (?-i:A)\b|\ba little (help|assist\w*)|\blight (help|assist\w*)"),
    ("moderate assist", r"\bmod(erate)? (help|assist\w*)|\bmod(?:erate)?\.? (?-i:A)\b|\bsome (help|assist\w*)"),
    ("maximal assist", r"\bmax(imal|imum)? (help|assist\w*)|\bmax(?:imal)?\.? (?-i:A)\b|\bfull (help|assist\w*)|\blots of (help|assist\w*)"),
    ("verbal cues", r"\bverbal (cue|prompt|reminder)s?\b|\bverbal\w* cue|\bneeded me (?:saying|to say|telling|to tell|"
                    r"reminding|to remind)\b|"
                    # "I spoke four times, all words": the clinician's words counted, verbal prompts
                    rf"\b{_I_SPOKE} (?:(?:\w+ ){{0,2}}?times?|"
                    r"once|twice)\b"),
    ("physical assist", r"\bphysical (?:help|assist\w*|support|prompt)s?\b|"
                        # "I gave his chin a little lift with my finger"
                        r"\bI gave (?:his|her|their) (?:\w+ )?(?:chin|jaw|elbow|wrist|arm|hand|hip|back|shoulder|bottom|foot|"
                        r"leg)s? a (?:little |light |small |gentle |quick )?(?:lift|push|nudge|boost|steer|support)\b|"
                        r"\b(?:my|a) hand on (?:his|her|their) (?:wrist|elbow|"
                        r"hand|arm|shoulder|back)|\bI (?:steadied|stabili[sz]ed|supported) (?:his|her|their) (?:wrist|elbow|"
                        r"hands?|arms?|shoulders?|back|hips?|trunk|ankles?|feet|foot|knees?|jaw|chin)\b"
                        # "I had both hands on his hips", "I only had to hold the bottom of it while he twisted"
                        r"|\bI (?:only |just )?(?:had to )?(?:held|hold|holding|had (?:both |my )?hands? on) (?:both |one of )?(?:his|her|their|the) "
                        r"(?:\w+ )?(?:wrist|elbow|hands?|arms?|shoulders?|back|hips?|trunk|ankles?|feet|foot|knees?|jaw|chin|"
                        r"base|bottom)s?\b"
                        # "I had my hand under his elbow tilting the brush", "I steadied her at the elbow", "she lifted
                        # his wrist with her fingertips": help said as what the adult's hand did
                        r"|\b(?:my|a) (?:hands?|fingers?) (?:on|under|round|around|behind) "
                        r"(?:his|her|their|your) (?:\w+ )?(?:wrist|elbow|arm|shoulder|back|hip|waist|trunk|ankle|knee|foot|"
                        r"feet|chin|jaw)s?\b"  # ("I'll keep a finger under his wrist")
                        r"|\b(?:I|she|he) (?:steadied|stabili[sz]ed|supported|lifted|guided|tilted) (?:him|her|them) (?:at|by) "
                        r"the (?:wrist|elbow|arm|shoulder|hip|waist|trunk)s?\b"
                        r"|\b(?:I|she|he) (?:lifted|guided|tilted) (?:his|her|their) (?:wrist|elbow|hand|arm|foot)s?\b"),
    # "she needed me to point to the picture": a gestural cue
    ("gestural cues", r"\bgestur\w* (cue|prompt)s?\b|\b(me|I|you) (to )?point(ed|ing)? (to|at)\b|\bpoint(ed|ing) (to|at) "
                      r"(the|a|each|her|his|their) (picture|card|step|icon|word|letter|schedule|one)"),
    ("visual cues", r"\bvisual (cue|prompt|model)s?\b|\bI (?:showed|held up|pointed to) (?:him|her|them) (?:the|a) "
                    r"(?:picture|photo|visual|schedule|symbol)(?: card)?s?\b"),  # ("after watching me draw them": "after a demonstration")
    # "A tap on his right elbow and he found the strap.", "when I touched his cheek on that side": a tactile cue
    ("tactile cues", r"\btactile (cue|prompt)s?\b|\btouch cues?\b|\btapped (his|her|their) (?:\w+ )?(cheek|lips?|jaw|"
                     r"chin|hand|arm|shoulder|elbow|wrist|back|knee)|\ba (?:light |little |quick |gentle )?(?:tap|touch|nudge) "
                     r"(?:on|at|to) (?:his|her|their|the) (?:\w+ )?(?:cheek|lips?|jaw|chin|hand|arm|shoulder|elbow|wrist|back|"
                     r"knee)s?\b|\bI touched (?:the (?:back|top|side) of )?(?:his|her|their) (?:\w+ )?(?:cheek|lips?|jaw|chin|hand|"
                     r"arm|shoulder|elbow|wrist|"
                     r"back|knee)s?\b"
                     # "I rested my finger on top of his pointer finger, only a touch"
                     r"|\bI rested (?:my|a|two) fingers? (?:on (?:top of )?|against )(?:his|her|their) (?:\w+ )?(?:finger|thumb|"
                     r"hand|wrist)s?\b"),
    # "hand under hand: my hands under his, he did the moving" (the child's hand on top, leading)
    ("hand-under-hand", r"\bhand\s*[- ]\s*under\s*[- ]\s*hand\b|\b(?:my|a) hands? (?:was |were |went |goes |go )?underneath "
                        r"(?:his|hers|her|theirs|yours)\b"),
    ("hand-over-hand", r"\bhand\s*[- ]\s*-?\s*over\s*[- ]\s*-?\s*hand\b|\b(?:my|a) hands? (?:goes |go |went |were |was )?over (?:his|hers|her|theirs|yours)\b"),  # "hand -over -hand" as ASR spaces it
)

_NUM_WORD = "|".join(sorted(set(NUMBER_WORDS) - {"once", "twice", "thrice"}, key=len, reverse=True))
_NUM = rf"(?:\d+(?:\.\d+)?|(?:{_NUM_WORD})(?:[- ](?:{'|'.join(_UNITS[1:10])}))?|a half|half an?|an?)"
_OF_THE_FIRST = re.compile(rf"(?:^|(?<=[.!?] ))\W*(?:(?:so|and|right|okay|ok|now)[,]?\s+)?(?:out )?of the ({_NUM})\s+"
                           rf"((?:[a-z]+[- ]){{0,2}}?[a-z]+s)\b(?:[^.!?;,]{{0,40}},|,?)"
                           rf"\s*(?:he|she|they)\s+(?:\w+ly\s+)?\w+\s+(?:(?:only|just|all)\s+)?({_NUM})\b", re.I)
# ("So of the four boxes she opened three with no help at all": the lead word and no comma too)
# "Of the twenty letters she wrote, fifteen were sized right": the part said as the subject (and "Of the thirty-five
# letters, twenty-six are sitting on the line": now)
_OF_THE_FIRST_WERE = re.compile(rf"(?:^|(?<=[.!?] ))\W*(?:out )?of the ({_NUM})\s+((?:[a-z]+[- ]){{0,2}}?[a-z]+s)\b"
                                rf"[^.!?;,]{{0,40}},\s*(?:only\s+|just\s+)?({_NUM})\s+(?:were|was|are|is|came|got|went|stayed|"
                                rf"landed|sat|hit|looked|made it|ended up)\b", re.I)
# (a noun is no preposition or pronoun: "Four of the five on his own" is 4/5, never "4/5 on his")
_OF = re.compile(rf"\b({_NUM})\s*(?:out of(?: the| his| her| their)?|of(?: the| his| her| their)?|/)\s*({_NUM})\b(?:\s+"
                 rf"(?!(?:on|in|at|by|with|for|to|from|into|onto)\s+(?:his|her|their|its|the|my|your|our)\b)"
                 rf"((?:[a-z]+[- ]){{0,2}}?(?!(?:his|its|this|is|was|as|has|does|yes|us)\b)[a-z]+s\b|[a-z]+))?", re.I)
_NOUN_OUT_OF = re.compile(rf"\b({_NUM})\s+((?:[a-z]+\s+)?[a-z]+s)(?:\s+(?:on|by|with|in)\s+(?:his|her|their|the)\s+[a-z]+|"
                          rf"\s+(?!out\b)[a-z]+ed)?\s+out of\s+(?:the\s+)?({_NUM})\b", re.I)
# ("three zip starts on his own out of four", "three goes opened out of four")
_SETUP = re.compile(rf"^\W*(?:(?:[A-Z][a-z]+,\s+)?(?:first|next|now|then)?,?\s*(?:the\s+)?[a-z]+(?:\s+[a-z]+){{0,3}}\s+(?:game|task|"
                    # ("Jayden, first the carbon paper game: five sheets with carbon in between.": what it is made of)
                    rf"activity|challenge|test):\s+(?:{_NUM})\s+[a-z]+s\s+(?:with|of|on)\b|"
                    rf"(?:there|here)(?:'s| is| are)\s+(?:{_NUM})\s+[a-z]+|(?:you(?:'ve| have)|we(?:'ve| have)) got\s+"
                    rf"(?:{_NUM})\s+[a-z]+|(?:{_NUM})\s+[a-z]+s(?:\s+of\s+[a-z]+)?\s+(?:to\s+(?!get\s+(?:a\s+(?:clean|good|proper|"
                    rf"right)|it|one|there|the\s+first)\b)[a-z]+|on (?:your|his|her|the) (?:board|plate|"
                    # ("Twelve pieces of melon on your plate: stab one", "Ten coins in your hand")
                    rf"card|tray|table|sheet|page)|in (?:your|his|her|the) (?:hand|tub|box|bowl|bag|tray)|for (?:you|each|him|"
                    rf"her))\b)", re.I)
# one said as the count ("So one crossing on the second maze.", "Just one drop."): a count of one
_ONE_COUNT = re.compile(r"\b(?:so|just|only)\s+(?:one|a single)\s+([a-z]+)\b(?!\s+(?:of|more|at a time)\b)|"
                        # "One skittle with the left, and she sat down ...": a count of one on a side
                        r"(?:^|(?<=[.!?;])\s+)(?:one|a single)\s+([a-z]+)\b(?=\s+(?:down\s+)?(?:with|on|using)\s+"
                        r"(?:the|his|her|their|your)\s+(?:left|right)\b)", re.I)
_NOT_ONE_OF = {"thing", "bit", "time", "second", "minute", "moment", "hand", "foot", "side", "more", "way", "day",
               "week", "go", "try", "turn", "last", "little", "big", "small", "at", "in", "on", "for", "to", "and",
               "is", "was", "were", "are", "went", "came", "got", "left", "fell", "stayed", "missed", "had", "did", "of",
               "them", "it", "that", "this", "or", "with", "by"}
# the last of a series said by its ordinal ("Fourth lap and done.", "That's the sixth go, all done"): so many
_PLURAL = {"go": "goes", "try": "tries"}
_ORDINAL_NUMBER = {w: str(i) for i, w in enumerate(
    "second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth".split(), 2)}
_NTH_DONE = re.compile(rf"\b({'|'.join(_ORDINAL_NUMBER)})\s+(lap|round|go|try|"
                       r"turn|time|circuit|run|set)\s*(?:,\s*|\s+)(?:and\s+)?(?:done|finished|all done|that'?s it)\b", re.I)
# a number that is the subject of what happened ("Five went in from the palm", "and three stayed on"): a count
_N_WENT = re.compile(rf"(?:^\s*|(?<=[.!?;,:])(?<!\d\.)\s*|\b(?:and|but|so|then|only|just)\s+)({_NUM})\s+(went (?:in|on|through|over|down)|"
                     r"made it(?: in| over| through)?|got (?:in|through|over)|stayed (?:on|in|up|together)|landed(?: in| on)?|"
                     r"fell (?:in|off|out|apart)|dropped|popped (?:in|out|off)|stuck|hit(?: the \w+)?|missed|came (?:off|out|"
                     r"undone|apart|loose))\b",
                     re.I)
# "Every block except the bottom corner one": all but 1 block
_EVERY_EXCEPT = re.compile(rf"\bevery (?!one\b|single\b|time\b)([a-z]+)(?: (?!except\b|apart\b)[a-z']+){{0,4}},? (?:except|apart from) (?:for )?(?:the )?(?:[a-z]+ ){{0,3}}?"
                           rf"(one|{_NUM_WORD})\b", re.I)
# a count said to correct the child's ("Finished! Five!" - "Four, actually."): the count, as the clinician said it
_CORRECTED = re.compile(rf"^\W*({_NUM}),?\s+(?:actually|in fact)\b[.!]?", re.I)
_TIME_UNITS = {"second": "sec", "seconds": "sec", "sec": "sec", "secs": "sec", "minute": "min", "minutes": "min",
               "min": "min", "mins": "min", "hour": "h", "hours": "h", "day": "days", "days": "days",
               "week": "weeks", "weeks": "weeks", "month": "months", "months": "months", "year": "years",
               "years": "years"}
_DIST_UNITS = {"feet": "ft", "foot": "ft", "meter": "m", "meters": "m", "metre": "m", "metres": "m",
               "inch": "inches", "inches": "inches", "centimeters": "cm", "cm": "cm", "yards": "yd", "steps": "steps",
               "ounces": "oz", "ounce": "oz", "milliliters": "ml", "millilitres": "ml", "ml": "ml",
               "laps": "laps", "miles": "miles", "mile": "mile", "centimetre": "cm", "centimetres": "cm",
               "centimeter": "cm", "kilos": "kg", "kilo": "kg", "kilograms": "kg", "kilogram": "kg", "kg": "kg"}
# (a grip gauge reads kilograms: "Right hand: nine kilos."; grams are left out: "two hundred grams" is no number
# _NUM reads, and "hundred grams" came out as 100 g)
_UNIT = re.compile(rf"\b({_NUM})(?:\s+and (?:a|one) (?:half|quarter)|\s+and three quarters)?\s+({'|'.join(sorted({**_TIME_UNITS, **_DIST_UNITS}, key=len, reverse=True))})\b", re.I)
# fractions said in words: "a quarter inch", "a minute and a half", "about half of the circle" (their numbers as
# grounding.numbers reads them: 0.25, 1.5, 0.5)
_FRAC_WORD = r"(?:(?:a|one)\s+(?:quarter|third)|(?:two|three)\s+(?:quarters|thirds)|(?:a|one)\s+half|half)"
_UNIT_WORDS_RE = "|".join(sorted({**_TIME_UNITS, **_DIST_UNITS}, key=len, reverse=True))
_AND_QUARTER = re.compile(r"\b(?:an?|one)\s+(minute|hour)\s+and\s+(?:a\s+quarter|three\s+quarters)\b", re.I)
_AND_HALF = re.compile(rf"\b(an?|one|(?<=at )the)\s+({_UNIT_WORDS_RE})\s+and\s+a\s+half\b", re.I)  # ("at the minute and a half")
# a rating at two times said as "a four coming in and a two now" (a feelings scale, a pain scale)
_SCALE_PAIR = re.compile(rf"\b(?:an?)\s+({_NUM_WORD}|\d+)\s+(coming in|at the start|to start|before|first thing)\b"
                         rf"[^.!?]{{0,20}}?\b(?:and|then|but)\s+(?:an?\s+)?({_NUM_WORD}|\d+)\s+(now|at the end|after|"
                         r"going out|by the end)\b", re.I)
_A_UNIT = re.compile(r"\b(?:for\s+)?((?:not quite|just under|just over|nearly|almost|a bit over|a bit under)\s+(?:a|an)\s+"
                     r"(?:minute|hour)|a\s+(?:full|whole|good)\s+(?:minute|second|hour)|the\s+(?:full|whole)\s+minute|(?<=for )a\s+(?:minute|second))\b"
                     r"(?!\s+(?:or|and)\b)", re.I)
_TALK_FOR_A = re.compile(r"\b(?:let'?s|let me|i'?ll|i will|i want to|i'?d like to|i'?m going to|we'?ll|we will|"
                         r"we'?re going to|can you|could you|can we|give me|bear with me)\b", re.I)
_JUST_A_SECOND = re.compile(r"(?:^|[.!?]\s+)\W*(?:(?:okay|ok|um|uh|yes|yeah)[,!.]?\s+)*(?:sorry|hang on|hold on|wait|give me|"
                            r"just|oh)[,!.]?\s+(?:(?:just|give me)\s+)?(?:a|one)\s+(?:second|sec|minute|min)$", re.I)
_A_MINUTE_AND = re.compile(rf"\b(?:a|one)\s+minute\s+(?:and\s+({_NUM})\s+seconds?|({_NUM})(?!\s*(?:[a-z]+s|times|and|or|"
                           r"to|of|minutes?)\b))\b", re.I)  # ("a minute and ten seconds", "a minute ten")
_AND_SECONDS = re.compile(rf"(?:\s*,)?(?:\s+and)?\s+({_NUM})\s+(?:seconds?|secs?)\b", re.I)
# "two minutes forty," / "two minutes forty.": the seconds said without their unit, at a clause's end
# ("two minutes twenty for the whole clementine", "... from his first look up": a phrase of what was timed after it)
_MINUTES_THEN_SECONDS = re.compile(rf"(?:\s+and)?\s+((?:{_NUM_WORD})(?:[- ](?:{'|'.join(_UNITS[1:10])}))?|\d{{1,2}})"
                                   r"(?=\s*(?:[,.!?;]|$)|\s+(?:for|from)\s+(?:the|his|her|their|a|an|my)\b|"
                                   # "so one minute forty of brushing", "one minute twenty with one letter missing"
                                   r"\s+(?:of|with|exactly|flat|today|this time|that time|now)\b)", re.I)
# "just under two minutes", "about ten minutes", "over forty minutes": how exact the time was said to be
_ABOUT_TIME = re.compile(r"\b((?:just |a little |a bit |well )?(?:under|over|about|around|nearly|almost|roughly|nearer|"
                         r"closer to|more like)|"
                         r"(?:a little |a bit |just )?(?:more|less) than|close to)\s+$", re.I)


def _about_time(text: str, start: int) -> str:
    """The word before a time that says how exact it is ("just under "), or ""."""
    m = _ABOUT_TIME.search(text[max(0, start - 24):start])
    return f"{m.group(1).lower()} " if m else ""

# a level on a scale that changed ("from a five to a two on her feelings scale"), or a zone
_FROM_TO = re.compile(rf"\bfrom\s+(?:a |an )?({_NUM}) (?:all the way |right )?(?:down |up )?to\s+(?:a |an )?({_NUM})\b"
                      rf"(?!\s*(?:minutes?|seconds?|hours?|feet|foot|inches|meters?|times|o'clock|pm|am|p\.m\.|a\.m\.|"
                      rf"thirty|fifteen|forty|in the|at night|of|out of|/)\b)"
                      rf"(?:\s+on (?:the|her|his|their|a|an|my|your) ((?:[a-z]+ ){{0,2}}(?:scale|meter|thermometer|chart|ladder|"
                      rf"rating)))?", re.I)
_NTH_TRY = re.compile(r"\bon (?:the|her|his|their|its|my|your) (first|second|third|fourth|fifth|sixth|last) (try|attempt|"
                      r"trial|go)\b", re.I)
# how far down a stack a result reached, said as an ordinal ("It came right through to the fourth sheet", "down to the
# third line"): kept as said
_THROUGH_NTH = re.compile(r"\b(?:(?:right|all the way|only|just|straight) )?(?:through|down) to the (second|third|fourth|"
                          r"fifth|sixth|seventh|eighth|ninth|tenth|last|bottom) (sheet|page|layer|line|rung|row|level|"
                          r"step|box|ring|hole|mark)\b", re.I)
# a rate said as one every so many ("about one every three seconds"): as said, never a time of 3 sec
_ONE_EVERY = re.compile(rf"\b((?:about|roughly|around|nearly|almost) )?({_NUM}) every ({_NUM}) (seconds?|minutes?|hours?)\b", re.I)
# a difference said with its noun and a comparative ("one sheet lighter", "two steps further", "three words more"): the
# difference as said, not a count of one sheet
_N_DIFF = re.compile(rf"\b({_NUM}) (?!(?:{_UNIT_WORDS_RE})\b)([a-z]+) (lighter|heavier|further|farther|shorter|longer|higher|lower|fewer|more|less|"
                     r"better|worse|deeper|faster|slower|quicker)\b(?! than\b)", re.I)
_ZONE_TO = re.compile(r"\bfrom (?:the )?(red|yellow|green|blue)(?: zone)? (?:back |down |up )?to (?:the )?(red|yellow|green|"
                      r"blue)(?: zone)?\b", re.I)
_PER_EACH = re.compile(r"\s+(?:per|each|a)\s+(?!day|week|night|month|time|minute|second|hour|year|bit|little|lot|few)"
                       r"([a-z]{3,})\b", re.I)
_FRAC_UNIT = re.compile(rf"(?<!and )(?<!and a )\b({_FRAC_WORD}|quarter)\s+(?:of\s+)?(?:an?\s+)?({_UNIT_WORDS_RE})\b", re.I)
_PROPORTION = re.compile(rf"(?<!\bthe )(?<!\bfirst )(?<!\bsecond )(?<!\bother )(?<!\blast )\b"
                         rf"((?:about|almost|nearly|over|more than|less than|just over|just under|around|roughly|"
                         rf"at least)\s+)?({_FRAC_WORD})\b(?:\s+(of\s+)?((?:the|his|her|their|its|this|that|my|your)\s+)?"
                         # "two thirds of the curvy part": a describing word and its noun
                         # ("two thirds of her small letters": a describing word and its plural noun, never a number's:
                         # "half of the ten beads" is 5/10)
                         rf"((?!(?:{'|'.join(NUMBER_WORDS)})\b)[a-z]+\s+(?!(?:goes|does|has|sits|stays|fits|gets|makes|"
                         rf"takes|was|is)\b)[a-z]{{3,}}s\b(?<!ss)|"
                         rf"[a-z]+(?:\s+(?:part|parts|section|sections|line|lines|road|path|way|side|page|pages|circle|"
                         rf"shape|shapes|lap|laps|course|maze|trail|track|bowl|cup|plate|sandwich|list))?))?", re.I)
_OF_THE_FIRST_N = re.compile(rf"\b({_NUM})\s+of\s+the\s+(first|last)\s+({_NUM})\b", re.I)
_ALL_BUT_OF = re.compile(rf"\ball but ({_NUM}) (?:out )?of (?:the |her |his |their |my |your )?({_NUM})\b"
                         rf"(?:\s+((?:[a-z]+ )?[a-z]+s)\b)?", re.I)
_ALL_BUT_N = re.compile(rf"\ball but ({_NUM})\b(?!\s+(?:{'|'.join(_TIME_UNITS)})\b)(?:\s+([a-z]+s)\b)?", re.I)
_A_COUNT_OF = re.compile(rf"\ba count of ({_NUM})\b", re.I)
# what a part did, where said right after it as a verb in the past ("three of them tipped over", "one in four
# dribbled down his chin"): kept with the count, which says nothing of it alone
PAST_VERB = r"(?:[a-z]{3,}ed|fell|broke|tore|slid|stuck|came off|went in|went on)"
_DID_AFTER = rf"(?:\s+({PAST_VERB}(?:\s+(?:over|off|out|away|back))?)\b)?"
_ONE_IN = re.compile(rf"\b({_NUM})\s+in\s+(?:every\s+)?({_NUM})\b(?!\s+(?:a row|[a-z]+s\b|minute|second|hour|day|week|"
                     rf"month|year|go|try|turn|set|place|spot|hand|cup|box|bag|pile|row|line)){_DID_AFTER}", re.I)
_NOT_A_PART = set("""and or but was were is are to of past after before an a it them that this then so he she they
you i we with without by in on at for from again now later more less""".split())
# "Last week she put them on the wrong feet.": an earlier session said in words, with no number to compare
# ("Two weeks ago, the first time we tried the list, he needed help with every step.": the aside is left out)
_MONTH = r"(?:january|february|march|april|may|june|july|august|september|october|november|december)"
_WEEKS_AGO = r"(?:two|three|four|five|six|a couple of|a few|a|one) (?:weeks?|months?|sessions?|visits?) ago"
# the earlier time said right after a value ("from eight last week", "from eight and a half minutes in September")
_THEN_SAID = rf"[^.!?;,]{{0,30}}?\b(?:last (?:week|time|session|month|visit)|in {_MONTH})\b"
# an earlier time said by its month, or its day of the month ("in October", "on the twentieth of October")
_IN_MONTH = rf"(?:(?:back )?in {_MONTH}|on the [a-z]+(?:-[a-z]+)? of {_MONTH}|on the \d+(?:st|nd|rd|th)? of {_MONTH})"
_PRIOR_WHEN = (rf"last (?:week|session|time|visit|month)|{_WEEKS_AGO}|{_IN_MONTH}|"
               r"at the (?:start|beginning) of (?:the )?(?:term|year|school year|semester)|"
               # ("Before Christmas he couldn't get over it once.", "at the last visit", "before the tattie holidays")
               r"at (?:the|his|her|their) last (?:visit|session|appointment)|"
               r"before (?:christmas|easter|the summer(?: holidays)?|the holidays|half[- ]term|the [a-z]+ holidays)")
_PRIOR_SAID = re.compile(rf"(?:^|(?<=[.!?] ))(?:(?-i:(?:Mr|Mrs|Ms|Miss|Dr)\.? [A-Z][a-z]+|[A-Z][a-z]+),\s+)?({_PRIOR_WHEN})\s*,?\s+(?:(?!(?:he|she|they|you|i)\b)[^,.!?;]{{3,50}},\s+)?"
                         r"((?:he|she|they|you|i)\b[^.!?;]{6,})", re.I)
_PRIOR_SAID_TEXT = re.compile(rf"^(?:{_PRIOR_WHEN}|{_MONTH}), when ", re.I)  # prior_said's own words
_FREQ = re.compile(rf"\b({_NUM}|once|twice)\s+(?:(times?|nights?|days?|mornings?|evenings?)\s+)?(?:a|per|each|every)\s+(day|week|night|month)\b", re.I)
_OF_SPAN = re.compile(rf"\b({_NUM})\s+(minutes?|seconds?)\s+of\s+(?:the|a|an|his|her|their)\s+({_NUM})[- ]"
                      rf"(?:minute|second)\b", re.I)
_SHOWN = re.compile(rf"\b(?:(?:showed|modeled|modelled|demonstrated)\s+(?:him|her|them|it)\s+(?:({_NUM})\s+times|(once|twice))|"
                    rf"after\s+({_NUM})\s+(?:demonstrations?|models?))\b", re.I)
_WATCHED = re.compile(r"\bafter (?:watching|seeing) me (?:draw|do|show|make|write|tie|try|cut|copy|build|fold|put|"
                      r"zip|button|thread|string|trace|model)\w*\b", re.I)
_ONE_CUE = re.compile(r"\bone\s+((?:(?:verbal|visual|gestural|tactile|physical)\s+)?(?:cue|prompt|reminder|warning))\b", re.I)
# "eighteen words per minute": a rate (the unit of time after per/a/an/each)
_RATE = re.compile(rf"\b({_NUM})\s+((?:[a-z]+[- ])?[a-z]+)\s+(?:per|a|an|each)\s+(minute|second|hour)\b", re.I)
# a rate said with no noun after a count ("Sixteen pegs in two minutes, about eight a minute", "so ten a minute")
_BARE_RATE = re.compile(rf"(?:(?<=, )|(?<=\bso )|(?<=\bthat's )|(?<=\babout )|\babout )({_NUM})\s+(?:a|per)\s+(minute|second)\b"
                        r"(?!\s+(?:a|per|each|every)\b)", re.I)
# the errors counted as the only ones ("The only two in the wrong place were the yellows", "the only three he missed")
_ONLY_WRONG = re.compile(rf"\bthe only ({_NUM})\s+((?:in|on|at) the wrong (?:place|hole|spot|side|row|way)s?|wrong|out of place|"
                         r"(?:that|he|she|they) (?:missed|dropped|got wrong|went wrong))\b", re.I)
# a share said as every other or every second one ("on every other blow", "every second letter")
# ("every other number in order" is all the rest: "every other" only after on/at/for/with or with "in between" after)
_EVERY_OTHER = re.compile(r"(?:\bevery second|(?<=\bon )every other|(?<=\bat )every other|(?<=\bfor )every other|"
                          r"(?<=\bwith )every other|\bevery other(?=\s+[a-z]+[^.!?]{0,40}\bin between\b)) "
                          r"(?!day\b|week\b|night\b|morning\b|evening\b|time\b|month\b)[a-z]+", re.I)
# a count that opens its sentence with what happened between it and its total ("Two down his chin out of the ten")
_WORDS_OUT_OF = re.compile(rf"^\W*({_NUM})\s+(?:(?!out\b)[a-z']+\s+){{1,4}}out of (?:the\s+)?({_NUM})\b", re.I)
# a part of the ones just counted ("on three of those four", "two of these five")
_OF_THOSE = re.compile(rf"\b({_NUM}) of (?:those|these) ({_NUM})\b", re.I)
# "ninety two percent accuracy", "80 % of the time"
_PERCENT = re.compile(rf"\b({_NUM})\s*(?:%|percent\b|per cent\b)(?:\s+(accuracy|accurate|correct|legib\w+|of the time|of (?:his|her|their|the) \w+))?",
                      re.I)
# "every two hours", "every three days": how often
_EVERY = re.compile(rf"\bevery\s+({_NUM})\s+(hours|days|weeks|minutes)\b", re.I)
_PART = re.compile(rf"[^.!?]*?\b(?:and|but|,)\s+({_NUM})\s+(?:with|needed|needing|using|required|took)\b", re.I)
_TIMES = re.compile(rf"\b({_NUM})\s+times\b", re.I)
_IN_A_ROW = re.compile(rf"\b({_NUM})\s+in a row\b", re.I)  # "he did it three in a row"
_RIGHT = re.compile(rf"[^.!?;]{{0,20}}?(?:,\s*|\s+)(?:and\s+|but\s+|with\s+)?(?:only\s+)?({_NUM})\s+(?:of (?:them|those)\s+)?"
                    rf"(?:were|was)\s+(?:all\s+)?(right|correct|accurate|legible|neat|readable|wrong)\b", re.I)
# a part of the trials or items named by its place ("the other three", "the last two buttons"); "the first two weeks"
# and "the last three sessions" are when, "the next two" what comes
_SUBSET = re.compile(rf"\b(?:the|his|her|their)\s+(other|last|first|remaining|top|bottom|final|middle)\s+({_NUM})\b"
                     rf"(?:\s+(?!of\b|and\b|or\b|with\b|on\b|in\b|at\b|he\b|she\b|they\b|i\b|we\b|you\b|were\b|was\b|"
                     # ("the other five robot letters": a describing word and its noun)
                     rf"went\b|got\b|had\b|across\b|over\b|under\b|through\b|after\b|before\b|down\b|up\b|out\b|"
                     rf"off\b|back\b|to\b|for\b|from\b|by\b)((?:[a-z]+\s+)?[a-z]+s)\b)?", re.I)
_THE_FIRST_WITH = re.compile(r"\bthe (first|last|final) (?=with\b|I\b|my\b|me\b)", re.I)
_SUBSET_NOT = set("""weeks days months years sessions visits nights mornings evenings minutes seconds hours times
                     lessons classes""".split())
_RIGHT_WORD = {"right": "correct", "accurate": "correct", "readable": "legible"}
# "she kissed it once", "she gagged one time": one occurrence, said ("once she sat down" is when, not how often)
_ONCE = re.compile(r"(?:(?<=\bit )|(?<=\bthem )|(?<=\bhim )|(?<=\bher )|(?<=ed ))(once)\b(?!\s+(?:a|per|each|every|more|again|you|he|she|they|we|i|it|that|the|in)\b)"
                   r"|\b(one time)\b(?!\s+(?:a|per|each|every)\b)", re.I)
# the words that may follow a time of day ("in bed at nine, but", "until eleven at night", "by six and")
_CLOCK_NEXT = set("""in at on and or but so then when because with without every each tonight pm am o'clock or
thirty fifteen forty the to till until before after for if while is was""".split())
_CLOCK = re.compile(rf"\b(?:at|around|about|after|before|until|by)\s+({_NUM}(?:\s+(?:thirty|fifteen|forty[- ]five|o'clock))?)"
                    r"(?:\s+(?:in the (morning|evening|afternoon)|at night|am|pm|a\.m\.|p\.m\.))?", re.I)
# "five wall push ups", "three dragon breaths": a number then up to three words ending in a plural noun
_REPS = re.compile(rf"\b({_NUM})\s+((?:[a-z]+[- ]){{0,2}}[a-z]+s)\b", re.I)
_NOT_REPS = set("""times minutes seconds hours days weeks months years nights mornings evenings feet steps laps
inches meters metres yards miles things ones guys kids others of ways years olds lots bits is was has
does yes this his its us as was hers ours yours theirs thanks always sometimes perhaps plus stickers tokens
points prizes fives quarters thirds halves hands arms legs eyes ears fingers thumbs sides""".split())
# "eight of twenty two weeks ago" is 8/20 two weeks ago, not 8/22 weeks: the space between the tens and the unit
# word becomes a comma (same length, so offsets hold) before the measures are read
_AGO_SPLIT = re.compile(rf"\b({'|'.join(_TENS)}) (?=(?:{'|'.join(_UNITS[1:10])})\s+(?:{'|'.join(sorted(AGO_UNITS))})"
                        rf"\s+(?:{'|'.join(sorted(AGO_WORDS))})\b)", re.I)
_AGO = re.compile(rf"\b({_NUM})\s+(seconds?|minutes?|hours?|days?|weeks?|months?|years?|sessions?|visits?)\s+ago\b", re.I)


# (a word of hedging may come before the corrected count: "forty five, no, honestly, nearer fifty minutes"; a count
# listed just before the one taken back goes with it: "forty, forty five, no, ... fifty")
_SAID_OVER = re.compile(rf"\b(?:{_NUM},\s+)?({_NUM})((?:\s+(?:of|out of)\s+(?:the\s+)?{_NUM})?),?\s+(?:no|wait|sorry|i mean|actually)"
                        rf"[,.]?\s+(?:(?:honestly|really|actually|make that)[,]?\s+)*"
                        rf"(?=(?:(?:more like|nearer|closer to|probably|maybe|about)\s+)?({_NUM})\b)", re.I)


_SAID_OVER_NOUN = re.compile(rf"\b({_NUM})\s+([a-z]+s),?\s+(?:no|wait|sorry|i mean|actually)[,.]?\s+({_NUM})\b"
                             rf"(?!\s+[a-z]+s\b)", re.I)


_CORRECTING = re.compile(r"^\W*(?:oh,?\s+|um,?\s+)?(?:hang on|hold on|wait|no|sorry|actually)\b", re.I)


def _recounted(text: str) -> str:
    """A count taken back sentences later: "All but one stayed tied. Oh, hang on, this one's come loose now. All but
    two, then." -> the first count's sentence dropped (the segment, the evidence, keeps all three)."""
    sents = re.split(r"(?<=[.!?])\s+", text)
    keep = [True] * len(sents)
    for i in range(len(sents) - 2):
        if _CORRECTING.match(sents[i + 1]) and re.search(r",?\s*then[.!?]$", sents[i + 2]) \
                and measures(sents[i + 2]) and measures(sents[i]):
            keep[i] = False
    return " ".join(x for x, k in zip(sents, keep) if k) if not all(keep) else text


# a value put right in the same breath ("the hand wash wasn't a hundred seconds, it was a minute and a quarter")
_NOT_IT_WAS = re.compile(rf"\b(was|is)(?:n't|n’t| not)\s+([^,.;!?]{{1,30}}?),\s+it(?:'s|’s| was| is)\s+"
                         rf"(?=(?:about|around|more like|nearer|closer to|just under|just over|only|nearly|almost)?\s*{_NUM}\b)",
                         re.I)


_NOT_THE_CLAIM = re.compile(rf"(\b{_NUM}\s+(?:and a (?:half|quarter)\s+)?(?:minutes?|seconds?|hours?|metres?|meters?|"
                            rf"[a-z]+s)\b(?:,\s+(?-i:[A-Z][a-z]+))?),\s+not\s+(?:a|an|{_NUM})\s+([a-z]+)(?=\s*[,.;!?]|$)",
                            re.I)


def said_over(text: str) -> str:
    """A count said over, only the corrected one ("fifty two, no, fifty four seconds" -> "fifty four seconds",
    "six of the eight, wait, seven of the eight" -> "seven of the eight", "fifteen throws, no, sixteen" ->
    "sixteen throws"; "All but one stayed tied. Oh, hang on, ... All but two, then." -> the second; "wasn't a
    hundred seconds, it was a minute and a quarter" -> "was a minute and a quarter")."""
    text = _NOT_IT_WAS.sub(lambda m: f"{m.group(1)} " if re.search(rf"\b(?:{_NUM_WORD}|hundred|thousand|\d+)\b", m.group(2),
                                                                 re.I) else m.group(0), text)
    # "Three and a quarter minutes, Oscar, not one minute": the child's claim denied after the value, not a count of none
    # (the same unit denied: "Ten catches, not one drop!" says none dropped, and stays)
    text = _NOT_THE_CLAIM.sub(lambda m: m.group(1) if re.search(rf"\b{m.group(2).lower().rstrip('s')}s?\b",
                                                                m.group(1), re.I) else m.group(0), text)
    text = _recounted(text)
    text = _SAID_OVER_NOUN.sub(lambda m: f"{m.group(3)} {m.group(2)}" if number(m.group(1)) and number(m.group(3))
                               and m.group(1).lower() not in ("a", "an") else m.group(0), text)
    return _SAID_OVER.sub(lambda m: "" if number(m.group(3) or "") and m.group(1).lower() not in ("a", "an")
                          else m.group(0), text)


def said_first(text: str) -> list[str]:
    """The counts ``text`` says over, the first-said ones ("six of the eight, wait, seven" -> ["six"], "fifteen
    throws, no, sixteen" -> ["fifteen"]): what a model may have kept where the corrected count was meant."""
    firsts = [m.group(1) for m in _SAID_OVER_NOUN.finditer(text) if number(m.group(1)) and number(m.group(3))
              and m.group(1).lower() not in ("a", "an")]
    for m in _SAID_OVER.finditer(text):
        if number(m.group(3) or "") and m.group(1).lower() not in ("a", "an"):
            listed = text[m.start(): m.start(1)].rstrip(", ")  # "forty, forty five, no, ... fifty": forty too
            firsts += ([listed] if listed and number(listed) else []) + [m.group(1)]
    return firsts


_HUNDREDS = re.compile(r"\b(a|(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[- ])?(?:one|two|three|four|five|six|"
                       r"seven|eight|nine)|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|"
                       r"nineteen|[1-9]\d?)\s+hundred\b(?:\s+(?:and\s+)?((?:twenty|thirty|"
                       r"forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|"
                       r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
                       r"seventeen|eighteen|nineteen)\b(?!\s+hundred))?", re.I)


def _hundreds(m: re.Match) -> str:
    if m.group(1).lower() == "a" and not m.group(2):
        return m.group(0)  # "Daddy says I've got a hundred knots": a way of speaking, not a count
    value = 100 * int(float(number(m.group(1)) or 0)) + (int(float(number(m.group(2)) or 0)) if m.group(2) else 0)
    return str(value).rjust(len(m.group(0)))  # the same length: offsets into the line still hold


# a count and a half with no unit after it ("Two and a half of the four, then.", "Two and a half went in your tummy"):
# one number (the units' own rules read "four and a half minutes")
_AND_A_HALF = re.compile(rf"\b((?:{_NUM_WORD})(?:[- ](?:{'|'.join(_UNITS[1:10])}))?|\d+) and a half\b"
                         rf"(?!\s+(?:(?:more\s+)?(?:{_UNIT_WORDS_RE})|[a-z]+s)\b)", re.I)


def _and_a_half(m: re.Match) -> str:
    n = number(m.group(1))
    if n is None or "." in n:
        return m.group(0)
    return f"{n}.5".rjust(len(m.group(0)))  # the same length: offsets into the line still hold


def split_ago(text: str) -> str:
    """``text`` with "twenty two weeks ago" written "twenty,two weeks ago", "four hundred" written "400" and "two and
    a half" (no unit after it) "2.5" (padded before it: the same length)."""
    return _AND_A_HALF.sub(_and_a_half, _HUNDREDS.sub(_hundreds, _AGO_SPLIT.sub(r"\1,", text)))


# a self-rating ("I'd say a three", "I'm a four", "I'm in the green zone"): what the child (or caregiver) rates
_RATING = re.compile(rf"\b(?:i'?d say|i would say|i'?m|i am|i feel(?: like)?|i rate (?:it|myself|that)|maybe)\s+"
                     rf"(?:a|an|like a|at a|at)\s+({_NUM})\b(?!\s*(?:out of|of|/|[a-z]+s\b|minutes?|seconds?))", re.I)
# a rating on a named check or scale ("A four on the body check, so heavy work first"): 4 on the body check
_A_N_ON_SCALE = re.compile(rf"\b(?:a|an)\s+({_NUM})\s+on\s+(?:the|his|her|their|my|your|our)\s+((?:[a-z]+\s+){{0,2}}"
                           r"(?:check|scale|meter|thermometer|chart|o-?meter|ruler))\b", re.I)
# a result said as the things it happened to, named one by one ("The b, the d, the j and the s are facing the wrong
# way", "the red, the blue and the green went in"): the note counts them (three or more named)
_THING = r"(?:the|his|her|their|that|this) (?!(?:rest|others?|same|first|last|next|one|ones)\b)[a-z]+(?: [a-z]+)?"
_NAMED_LIST = re.compile(rf"\b({_THING}(?:,\s+{_THING})+,?\s+and\s+{_THING})\s+"
                         r"((?:are|were|was|went|came|stayed|fell|got|ended up|needed|slid|tipped|dropped|missed|broke|tore|"
                         r"rolled|stuck|flipped|looked)\b[^.;,!?]{0,40})", re.I)


def named_list(text: str) -> list[tuple[re.Match, int, list[str]]]:
    """The lists of things named one by one with what happened to them: (match, how many, the things)."""
    out = []
    for m in _NAMED_LIST.finditer(text):
        things = [re.sub(r"^(?:the|his|her|their|that|this)\s+", "", t.strip(), flags=re.I)
                  for t in re.split(r",\s*(?:and\s+)?|\s+and\s+", m.group(1)) if t.strip()]
        if len(things) >= 3 and not any(number(t.split()[-1]) for t in things):
            out.append((m, len(things), things))
    return out


_AND_A = re.compile(r"\band\s+an?\s+$", re.I)  # what comes before the half of "a minute and a half"


def _half_of(phrase: str, before: str) -> bool:
    """Whether ``phrase`` (a count or share with "half", ``before`` the text before it) is the half of "a minute and
    a half" ("... a minute and a half of the two-minute song"), no share of its own."""
    return "half" in phrase.lower() and bool(
        _AND_A.search(before) or re.match(r"an?\s+half\b", phrase, re.I) and re.search(r"\band\s+$", before, re.I))
_NONE_OF_THE = re.compile(rf"\bnone of the ({_NUM})\b(?:\s+([a-z]+s)\b(?<!\bwas)(?<!\bis))?", re.I)
_PART_THEN_OUT_OF = re.compile(rf"(?:^|(?<=[.!?;] ))\W*({_NUM})\b(?![-\s]+(?:{_NUM_WORD}|\d))[^.!?,;]{{0,40}},\s+out of (?:the\s+)?"
                               rf"({_NUM})\b(?!\s+[a-z]+s\b)", re.I)
# a count said with the side it was done with and no noun ("Ten leading with the right, hands free the whole time.",
# "Six on the left and four on the right.")
_N_WITH_SIDE = re.compile(rf"(?:^|(?<=[.!?;,] )|(?<=\band ))\W*({_NUM})\s+(?:leading\s+)?(with|on|using)\s+(?:the|her|his|"
                          rf"their)\s+(right|left)(?:\s+(hand|foot|leg|side|arm))?\b", re.I)
# a rating the clinician gives on a scale said with it ("On our colouring scale of one to five, I'd give that owl a
# three"), or a score said alone ("Last month she scored a two.")
_SCALE_OF = re.compile(rf"\bscale (?:of|from) ({_NUM}) to ({_NUM})\b", re.I)
_GIVE_A = re.compile(rf"\b(?:give|gave|rate|rated|scored?|scoring|put)\s+(?:(?:it|that|this|him|her|them|his|the|my|your|"
                     rf"our)\s+(?:[a-z]+\s+)?)?(?:a|an)\s+({_NUM})\b(?!\s*(?:out of|of|/|[a-z]+s\b|minutes?|seconds?))", re.I)
_ZONE = re.compile(r"\b(?:i'?m|i am|i feel|i was|i'?m feeling|feeling)\s+(?:in\s+)?(?:the\s+)?(green|yellow|red|blue)"
                   r"(?:\s+zone)?\b", re.I)
# a comparison of tools, ways or sides ("the thick brush was easier than the thin one", "better with the
# weighted pencil"): a finding the note should state, though it has no number
_COMPARATIVE = re.compile(
    r"\b(easier|harder|faster|slower|neater|messier|calmer|smoother|steadier|stronger|weaker|quicker|tighter|"
    r"looser|better|worse|more (?:comfortable|accurate|controlled|legible|stable|steady|relaxed|organi[sz]ed)|"
    r"less (?:messy|frustrated|upset|wobbly|shaky))\s+(?:(?:for|to) (?:him|her|them|you|me|use)\s+)?"
    r"(than (?!\d|(?:" + "|".join(_UNITS[1:] + _TENS) + r"|none|nothing|nobody|no one)\b)[^.!?;,]*|with (?:the|a|an|his|her|my|your|this|that) [^.!?;,]*)",
    re.I)
# "left foot was four seconds, right was eleven": a number on the other side said without its unit
_OTHER_SIDE = re.compile(
    rf"(?:,|;|\band\b|\bbut\b)\s+(?:(?:on|with)\s+)?(?:the\s+|his\s+|her\s+|your\s+|their\s+)?"
    rf"(?:right|left|other)(?:\s+(?:foot|side|hand|leg|arm|one))?\s*,?\s*(?:(?:was|is|got|did|held|went|for|at|only)\s+)*"
    rf"({_NUM})\b(?!\s*(?:out of|of|/|and a half|[a-z]+))", re.I)
# an earlier time named by what happened then (the comparison's cue, kept by name)
_AT_EARLIER = (r"at the (?:start|beginning) of (?:the )?(?:school )?(?:year|term)|at (?:the|his|her|their) (?:very )?"
               r"(?:first |initial )?(?:assessment|evaluation)")
_COMPARE = re.compile(
    r"\b(last (?:week|time|session|month|visit)|at the (?:start|beginning) of the session|earlier (?:today|in the session)|"
    # an earlier time named ("At the start of the school year it was nine.", "at his first assessment", "before Easter")
    rf"{_AT_EARLIER}|"
    r"before (?:christmas|easter|the summer(?: holidays)?|the holidays|half[- ]term|the [a-z]+ holidays)|"
    r"previously|before|up from|down from|instead of|compared (?:to|with)|(?:change|improvement|difference|jump) from|"
    r"(?<!never )(?<!no )(?<!not )(?<!nothing )more than|(?<!never )(?<!no )(?<!not )less than|than last|better than(?! (?:none|nothing|nobody|no one)\b)|used to|"
    # "twelve big beads, from eight last week": "from" and the earlier value, its time right after it
    rf"(?<=, )from(?=\s+(?:about\s+)?{_NUM}\b{_THEN_SAID})|"
    # "In October the same length took her over six minutes.": a month named with a past verb after it
    rf"{_IN_MONTH}"
    r"(?=[^.!?;]*\b(?:took|was|were|had|did|could|couldn't|got|made|ran|held|wrote|caught|threw|drew|tied|cut|hit|"
    r"built|sat|stood|ate|drank|wore|put|kept|went|came|[a-z]+ed)\b))\b", re.I)

_NAMED_EARLIER = re.compile(rf"{_AT_EARLIER}|before [a-z]", re.I)

_CAREGIVER_TOPICS = re.compile(
    r"\b(home|house|school|teacher|class|daycare|sleep\w*|bed\w*|night\w*|wak\w*|morning\w*|eat\w*|meal\w*|"
    r"food|dinner|breakfast|lunch|bath\w*|toilet\w*|potty|dress\w*|cloth\w*|shoes?|safe\w*|fall\w*|fell|hurt|"
    r"run\w* off|bolt\w*|melt\w*|tantrum\w*|cry\w*|upset|frustrat\w*|week|weekend|homework|writ\w*|play\w*|"
    r"siblings?|brother|sister|friends?|park|routine|practi[cs]\w*|doing|tried|using)\b", re.I)
_HOME = re.compile(
    r"\b(home program|at home|homework|for home(?! (?:row|keys?|base|plate|screen|button)\b)|home exercise|every (day|morning|night|evening)|each (day|morning|"
    r"night|evening)|a day\b|before (bed|dressing|meals?|school|shoes)|after school|at bedtime|at night|tonight|this week|"
    r"on school (?:mornings|days|nights)|(?:days?|times?|nights?|evenings?|mornings?|once|twice) a week|on (?:saturdays|sundays|weekends)|"
    r"keep (bedtime|doing)|try (to )?\w+ (him|her|them)\b|try \w+ing\b|try (it|this|that|these|them) (at|before|after|when|during)|practi[cs]e|let (him|her|them)|have (him|her|them)|give (him|her|them)|"
    r"put (a|the)|lay (his|her)|use (a|the)|tell (his|her)|"
    # the dose agreed with a caregiver ("Three days it is, then, and on those days make it fifteen with each leg")
    r"(?:days?|nights?|evenings?|mornings?) it is|on those (?:days|nights|evenings|mornings))\b", re.I)
_PLAN = re.compile(
    r"\b(next (session|time|week|visit|appointment)|we will|we'll|we are going to|we're going to|plan(ning)? to|"
    r"the plan|follow[- ]up|come back|see you (in|next)|i'?m going to (order|refer|send|start|prescribe|have)|"
    # ("And I'm ordering a copy holder for her desk", "I'm sending a letter home"; not "the sheet I'm sending home")
    r"(?:^|(?<=[.!?;:] ))\W*(?:(?:and|so|also|then)\s+)?i'?m (?:also )?(?:ordering|referring|sending|writing to|booking|"
    r"lending|arranging)|"
    r"i will (order|refer|send|start|prescribe)|"
    # ("Twice; I'll write that down.": a note taken in the room, no plan)
    r"i(?:'ll| will) (?:also )?(?:write(?! (?:it|that|this|those|them) down\b)|email|e-mail|call|phone|contact|send|ask|talk|"
    r"speak|share|check|follow up|look into|copy|"
    r"reach out|update|order|refer|request|make|set up|give)\b|i want (you|to)|i'd like (you|to)|recommend\w*|refer(?!ees?\b)\w*|"
    r"prescrib\w*|continue|i can (?:give|offer|arrange|book|send|refer|prescribe)|"
    # a treatment decided against ("I don't think you need anything like antibiotics")
    r"i (?:do not|don'?t) think (?:you|he|she|they)(?:'ll| will)? need (?:any|anything|an?)\b|you can (?:also )?(?:try|take|use|get|buy)|"
    r"we (?:can|could) (?:try|give|offer|start)|we have (?:\w+ )?(?:creams?|tablets?|medications?|medicines?|options)|"
    r"over the counter|leaflet|(?:which|that|this|it|they) (?:will|can|should|may|might) (?:\w+ )?help (?:with|the|your)|"
    # a goal's date said on its own, after "By when?" ("By the February half term.", "By Easter.")
    r"^\W*by (?:the )?(?:end of (?:the )?)?(?:[a-z]+ )?(?:half[- ]?term|term|holidays?|easter|christmas|summer|spring|autumn|"
    r"winter|january|february|march|april|june|july|august|september|october|november|december)(?=[^.!?]{0,40}[.!?]?$)|"
    # the next visit moved to a date ("so I've moved you to Wednesday the eleventh", "Rosie's next session moves to
    # Thursday the fourteenth")
    r"(?:(?:moved|moving|move|rebooked|rescheduled|booked) (?:you|him|her|them|(?:the|your|his|her|their|our) (?:next )?"
    r"(?:session|appointment|visit)) (?:to|for)|(?:session|appointment|visit) (?:moves|is moving|has moved|is moved) to) "
    r"(?:next |this )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|the \w+(?:st|nd|rd|th)\b|\d))\b",
    re.I)
# the goal ahead said aloud ("The goal is all six buttons on his own by the end of the term.")
GOAL_TARGET = re.compile(r"\b(?:the|our|his|her|their|my|your) (?:long[- ]term |short[- ]term |main |big |next |new )?goal "
                         r"(?:is|will be|for (?:him|her|them|this|the)\b|I'?m (?:writing|putting|setting)\b)|\b(?:we'?re|we are|i'?m|i am) aiming for\b|"
                         # "The goal: from snipping only, back in September, to cutting out a circle ... by the end of
                         # January." (the goal said as a heading, its date after it)
                         r"(?:\b(?:the|our|his|her|their|my|your) |^\W*(?:and\s+)?)(?:long[- ]term |short[- ]term |main |big |next |new )?"
                         r"goal(?: for (?:him|her|them)| here| now| on (?:his|her|their|the) plan)?\s*[:\-\u2013]\s[^.!?]*"
                         r"\bby\b|"
                         # "Her goal, by the end of January: the whole strip with one prompt at most"
                         r"(?:\b(?:the|our|his|her|their|my|your) |^\W*(?:and\s+)?)goal,?\s+by\s[^.!?:]{3,40}:|"
                         r"\bwhat (?:we'?re|we are|i'?m) aiming for\b|\b(?:we'?re|we are) working towards?\b|"
                         r"^\W*by (?:the end of )?(?:the )?(?:january|february|march|april|may|june|july|august|september|"
                         r"october|november|december|spring|summer|fall|autumn|winter|term|year|school year|his birthday|"
                         r"her birthday|christmas|the holidays)\b[^.!?]*\b(?:i want|i'd like|we want|we'd like|i'm hoping|"
                         r"we're hoping)\b|"
                         # "What I'm after by spring is ...", "I want him down to one reversal ... by the spring report
                         # card": a target and its date, the other way round
                         r"\bwhat (?:i'?m|i am|we'?re|we are) after\b|"
                         # a goal met and its target changed today ("His old goal was velcro shoes on the right feet
                         # four times out of five by Christmas; he's met it today, so we're changing it to ...", "So
                         # I'm changing the target today: six-block designs ...")
                         r"\b(?:the|his|her|their) (?:old )?goal was\b[^.!?]*\bby\b|"
                         r"\b(?:changing|change|changed|moving|raising|updating) (?:it|the (?:goal|target)|(?:his|her|their) "
                         r"(?:goal|target))\s+(?:today\s*)?(?:to\b|:)|"
                         r"\b(?:i|we)(?:'d| would)? (?:want|like|'d like|hope|expect)\b[^.!?]*\bby (?:the )?(?:end of (?:the )?)?"
                         rf"(?:{_MONTH[3:-1]}|"
                         r"spring|summer|fall|autumn|winter|term|year|school year|report card|spring report card|"
                         r"next (?:month|term|year)|his birthday|her birthday|christmas|the holidays|the break)\b",
                         re.I | re.M)
# an instruction for now, in the session ("Now squeeze it ten times", "Let's try the other hand"), unless it says
# when at home it is for
_IN_SESSION = re.compile(r"^\W*(?:(?:okay|ok|so|alright|all right|great|good|nice|good job|and)[,!.]?\s+|[A-Z][a-z]+,\s+)*"
                         r"(?:now|right now|let'?s|next|this time|one more|again|your turn|go ahead|ready|show me|"
                         r"watch me|try it again|try again|here you go|here'?s (?:your|the|a|an))\b", re.I)
_HOME_WHEN = re.compile(
    r"\b((?:days?|nights?|evenings?|mornings?) it is|on those (?:days|nights|evenings|mornings)|home program|at home|homework|for home(?! (?:row|keys?|base|plate|screen|button)\b)|home exercise|every (day|morning|night|evening)|each (day|morning|"
    r"night|evening)|a day|a week|per day|per week|before (bed|dressing|meals?|school|shoes)|after school|"
    r"at bedtime|bedtime|at night|tonight|this week|until next (week|time|session)|each night|nightly|daily|weekend|"
    r"on school (?:mornings|days|nights)|school mornings|(?:at )?bath ?time|(?:after|before|at) (?:tea|dinner|supper|"
    r"breakfast)(?: ?time)?|tea ?time)\b", re.I)
def home_when(text: str) -> bool:
    """Whether a sentence says when at home something is for ("every night", "for home"); "your homework
    checklist" in today's agenda names a task of the session, not when to do it."""
    return any(m.group(0).lower() != "homework" for m in _HOME_WHEN.finditer(text))


# a caregiver's sentence saying what they or the child do or did: a report, even when it repeats the instruction
_REPORTS = re.compile(r"\b(we|he|she|i|they)\s+(?:(?:\w+ly|still|also|just|really|even|already)\s+)?(have|has|had|'ve|'s been|did|do|does|was|were|been|usually|always|"
                      r"never|tried|try|use|used|love|loves|hate|hates|likes?|wants?|gets?|got|can|can't|cannot|"
                      r"won't)\b|\b(we|i)'ve\b|\b(he|she|they|we|i)\s+(?:\w+ly\s+)?\w+(?:s|ed)\b|"
                      r"\b(said|(?<!simon )says|told|tells)\b", re.I)


def read_back(text: str, instructions: Sequence[str]) -> bool:
    """Whether a caregiver's sentence repeats an instruction just given ("So the putty every night."): most of
    its words are the instruction's, it adds no number, and it says nothing they do or did."""
    from .grounding import STOPWORDS, _tokens, numbers, stem

    def words(x: str) -> set[str]:
        return {stem(t) for t in _tokens(x) if t not in STOPWORDS and t not in NUMBER_WORDS and not t[0].isdigit()
                and len(t) > 1}

    # a long list said back is still a read-back ("Phone on the charger at eight thirty, homework on the cushion
    # with the timer, a five minute break, and the checklist every night."): its length alone says nothing; the
    # words it shares with the instructions, its numbers and its verbs do
    text = RELAYED.sub("", text, count=1)  # an interpreter saying the list back: "She says: one foot while ..."
    if _REPORTS.search(text) or len(text.split()) > 32:
        return False
    own = words(text)
    # "So heavy work before the hard part.": a summary said back in other words starts with "so"
    share = 0.34 if re.match(r"^\W*(?:(?:okay|ok|alright|right|got it)[,.!]?\s+)?so\b", text, re.I) else 0.75
    if len(words(text)) >= 5 and share > 0.6:
        share = 0.6  # "Wall pushes before the biscuits, and the star only if he's not red.": "biscuits" for "snack"
    # "Chart on the door, clothes out the night before, ten minute timer, coat flip.": the list said back,
    # each piece from another instruction
    for ins in [*instructions, " ".join(instructions)] if len(instructions) > 1 else instructions:
        theirs = words(ins)
        if own and len(own & theirs) >= max(1, share * len(own)) and numbers(text) <= numbers(ins):
            return True
    return False


# what a child does, said in the present as the clinician saw it today, and its past for the note
HABIT_PAST = {"holds": "held", "grips": "gripped", "grasps": "grasped", "switches": "switched", "reverses": "reversed",
              "squeezes": "squeezed", "presses": "pressed", "avoids": "avoided", "refuses": "refused",
              "covers": "covered", "skips": "skipped", "loses": "lost", "forgets": "forgot", "drops": "dropped",
              "trips": "tripped", "bumps": "bumped", "leans": "leaned", "slumps": "slumped"}
# the therapist telling the child what they did ("You transitioned with no meltdown", "You made both loops")
# what the child was doing as the clinician saw it ("You were reaching right over the hot plate."): an observation
# (not what someone was watching, counting or saying: "Ms. Brennan, you were counting the turns.")
_WAS_DOING = re.compile(r"\b(?:you|he|she|they) (?:were|was) (?:\w+ly )?(?!(?:going|gonna|being|counting|watching|looking|"
                        r"listening|thinking|wondering|asking|saying|telling|talking|waiting|trying|meaning|hoping|"
                        r"expecting|getting)\b)[a-z]{3,}ing\b", re.I)
_DID = re.compile(r"\b(?:you|he|she|they) (?:\w+ly )?((?!(?:need|feed|bleed|speed|breed|heed|seed|shed|bed|red|wed)\b)\w+ed|did|made|held|went|got|kept|stayed|tolerated|chose|asked|named|"
                  r"followed|finished|completed|tried|took|ate|sat|stood|wrote|drew|caught|threw|tied|put|let|"
                  r"hopped|jumped|climbed|waited|shared|calmed|slid|fell|ran|hit|cut|spun|swung|bit|rode|gave|came|saw|"
                  r"found|left|began|wore|tore|stuck|lost|won|trod|flew|swam|led|built|dug|drank|fed|hung|hid|knelt|leapt|"
                  r"lit|rang|rose|sang|sank|shook|shot|shut|slept|spat|spilt|sprang|struck|swept|woke|blew|broke|bent|"
                  r"clung|crept|grew|"
                  # what the child does, as the clinician saw it today ("Without the grip he holds the pencil in his
                  # fist"): the habit observed, present tense
                  rf"{'|'.join(HABIT_PAST)}|w-sits|fisted)\b", re.I)
# a goal of the plan not worked on today ("We ran out of time for hair brushing today"): a progress note says so
_NOT_ADDRESSED = re.compile(r"\b(?:ran out of time (?:for|to)|(?:I|we)(?:'ve| have) not (?:done|got to|worked on|practi[cs]ed|touched)|(?:did not|didn'?t|did n't|could not|couldn'?t|won'?t|will not|"
                            r"were not able to|weren'?t able to|was not able to|wasn'?t able to|haven'?t|have not)\s+(?:get to|got to|touched|work on|"
                            r"address|have time for|do|practi[cs]e)|not (?:addressed|worked on)|no time for|(?:we're|we are|we'll|we will|I'm|I am) not (?:working on|doing|going to (?:work on|do|get to)|getting to) (?:(?:it|that|this|those|them|\w+ \w+) )?today|"
                            # "Her speed goal, the timed copying, I'm leaving today on purpose"
                            r"(?:we're|we are|I'm|I am) (?:leaving|skipping|saving|parking) (?:(?:it|that|this|them|those|the \w+) )?"
                            r"(?:today|for today|this session|until|till|for (?:next|another))|"
                            r"(?:skip|skipped|saving|save) (?:the |that |this |his |her )?\w+(?: \w+)? (?:goal )?(?:for|until) "
                            r"(?:next|another)|"
                            # "the scissors goal sits out today": set aside for today
                            r"(?:goal|work) (?:sits|sitting|is sitting|will sit) out (?:today|this session)|"
                            # "Then the chewing goal waits." (a tooth out): set aside for now
                            r"\bgoal (?:waits|will wait|can wait|has to wait|is on hold|goes on hold)\b|"
                            # "Then no scissors today.", "so we'll leave it until it's healed"
                            r"\bon (?:his|her|their|the) plan,? but not (?:today|this session)|"
                            # "Cutting is on her plan too, but we didn't cut today: her scissors are on loan"
                            r"\bon (?:his|her|their|the) plan(?: too| as well)?,? but (?:we|I|he|she) (?:didn'?t|did not|haven'?t|"
                            r"have not) \w+(?: \w+)? (?:today|this session)|"
                            r"\b(?:haven'?t|have not|didn'?t|did not) (?:touched|done|got to|gotten to|worked on) (?:it|them|that|"
                            r"those|these)(?: \w+)? today|"
                            # ("No scissors today."; not what the child did or did not do: "No bite today, and that's
                            # fine", "No tears today")
                            r"^\W*(?:(?:so|then|and|okay)[,]?\s+)*no (?!problem|worr|rush|hurry|pressure|trouble|fuss|need|"
                            r"bites?\b|biting|tears|crying|meltdowns?|tantrums?|accidents?|spills?|gag|gagging|falls?\b|"
                            r"wobbles?|mistakes?|errors?|misses|drops?\b|complaints?)"
                            r"(?:\w+ )?\w+ today(?!,? (?:and |but )?(?:that'?s|that is|which is) (?:fine|ok|okay|alright|all right|"
                            r"a first|great|good|new))|"
                            r"(?:we'll|we will|I'll|I will) (?:leave|skip|save) (?:it|that|them|those|the \w+) (?:until|till|for))\b",
                            re.I)
# the session's agenda ("Today we're working on getting dressed by yourself"): what will be worked on, no result
_AGENDA = re.compile(r"^\W*(?:(?:hi|hello|hey|okay|ok|so|alright|all right|good morning)\b[^.!?]*?[,.!]\s*)*"
                     r"(?:today|this session|this morning|this afternoon)?\s*,?\s*(?:we(?:'re| are|'ll| will)?\s+"
                     r"(?:be\s+)?(?:working on|work on|practi[cs]ing|practi[cs]e|going to (?:work on|practi[cs]e|try))|"
                     r"our goals? (?:is|are|for today)|we have \w+ goals)\b"
                     r"|\b(?:today|this session)\b,?\s+(?:we(?:'ll| will|'re| are)|we're going to|we are going to)\s+"
                     r"(?:do|doing|try|trying|start|starting|play|playing|make|making|practi[cs]e|practi[cs]ing|work|"
                     r"working|be)\b", re.I)
# a caregiver telling a child what to do ("Jack, sit with me and read your book, please."): no report
_TOLD = re.compile(r"^\W*(?:(?:[A-Z][a-z]+|[Hh]oney|[Bb]uddy|[Ss]weetie|[Hh]ey|[Nn]o|[Yy]es)[,!]\s+){0,2}"
                   r"(?i:it'?s (?:\w+'s|my|your|his|her) turn|(?:please\s+)?(?:sit|stop|come|"
                   r"go|give|put|wait|look|read|be|don't|do not|leave|get|stay|hold|take|listen|shh)\b)")
# a caregiver announcing what comes next ("There's something I wanted to tell you."): the report is what follows
_ANNOUNCE = re.compile(r"^\W*(?:(?:oh|so|and|um|well|actually|also)[,]?\s+)*(?:(?:there'?s|there is|i have|i'?ve got)\s+"
                       r"(?:something|one (?:more )?thing|a (?:question|thing))\b(?: (?:i|we) (?:wanted|want|need|meant) to "
                       r"(?:tell|ask|mention|say)(?: you)?)?|(?:can|could|may) i (?:ask|tell) you (?:something|a question)|"
                       r"i (?:wanted|want|need|meant) to (?:tell|ask|mention) you (?:something|about (?:something|one thing))|"
                       # what they will tell first ("Let me tell you about the mornings, since the school run is mine
                       # now.", "Sleep first, because it's good news.", "Tell her about Thursday, mate.", "And one thing
                       # worries me.", "Good news, though."): the report is what follows
                       r"(?:let me|i(?:'ll| will| have to|'ve got to| need to| must| want to))\s+tell you about\s+"
                       r"(?:the |his |her |our |this |last |what )?\w+(?:\s+\w+)?(?:,?\s+(?:since|because|as)\b[^.!?]*)?|"
                       r"tell (?:her|him|them|the \w+) about \w+(?:\s+\w+)?(?:,\s*\w+)?|"
                       r"\w+(?:\s+\w+)? first,?\s+(?:because|since|as)(?:\s+[\w']+){1,6}|"
                       r"(?:the )?one (?:thing|bit of (?:bad|good) news)(?: (?:worries|bothers|scares|worried) (?:me|us)|"
                       r" (?:is|was) (?:mine|ours))|"
                       r"(?:(?:some|the|a bit of) )?(?:good|bad) news(?:,? though| first| too)?|"
                       r"(?:she|he|i|we|they)(?: has| have|'s got|'ve got| wants? to tell you)(?: (?:a lot|lots|something|"
                       r"a few things|things|one thing) to tell you)?(?: about [^.!?,]*)?|"
                       # "And I have to own up to one.", "And a confession.", "I'll keep count, I was a netball umpire ..."
                       r"(?:i|we) (?:have to|need to|must|'ve got to) (?:own up|confess)(?: to (?:one|something|this))?|"
                       r"(?:a|one) confession|i'?ll (?:keep count|count|keep score|time (?:it|her|him|them))(?:,[^.!?]*)?|"
                       # "Before he's off, Kate, I ought to tell you.": what they will tell is what follows
                       r"(?:[^.!?]{0,40},\s+)?i (?:really )?(?:ought to|should|must|have to|need to|'ve got to|want to|"
                       r"wanted to) tell you(?: (?:something|one thing|this|first))?|"
                       # "Quick update before she's off.", "A quick one from the weekend.": the update is what follows
                       r"(?:(?:a|one|just a)\s+)?(?:quick|little|small)\s+(?:update|one|thing|news)(?:\s+(?:first|from|before|"
                       r"about|on)\b[^.!?,]{0,30})?)"
                       r"\W*$", re.I)
# counting aloud ("One Mississippi, two Mississippi, three, four, five, ..."): the count of the moment, no report
_COUNT_NOW = re.compile(rf"^\W*(?:(?:and|so|oh|look)\s*,?\s+)?that'?s\s+(?:{_NUM_WORD}|\d+)\b", re.I)
_COUNTING_ALOUD = re.compile(rf"^\W*(?:(?:{_NUM_WORD})\W+(?:mississippi\W+|and\W+)?){{3,}}", re.I)
_COURTESY = re.compile(r"^\W*(?:(?:she|he) (?:says )?)?(?:thanks?|thank you|hello|hi|good (?:morning|afternoon))\b[^.!?]{0,30}"
                       r"[.!]?$", re.I)
# an instruction to the child, now ("Watch me first. Crawl through the tunnel, step over the two noodles"): what
# to do, not what was done (verbs whose past form differs from the base, so "Cut three of five" stays a result)
_IMPERATIVE = re.compile(r"^\W*(?:(?i:okay|ok|so|now|alright|all right|first|next|then|and|great|good)[,!.]?\s+|"
                         r"[A-Z][a-z]+,\s+|"
                         # the task named first ("Scissors next: cut out the four pictures", "Juice carton: watch")
                         rf"(?!(?i:{_NUM_WORD}|all|both|none|half|most|every|each)\b)"
                         r"[A-Z][a-z]+(?:\s+[a-z]+)?(?:\s+(?i:next|now|first|last|then))?:\s+)*(?i:crawl|step|climb|jump|hop|copy|make|type|fold|wipe|try|draw|write|"
                         r"trace|hold|squeeze|pick|place|stand|sit|walk|throw|catch|roll|push|pull|pinch|string|"
                         r"thread|button|zip|tie|reach|touch|look|watch|show|find|match|sort|stack|build|colou?r|"
                         r"paint|say|tell|count|turn|open|close|wash|scrub|rinse|dry|brush|comb|eat|drink|take|give|"
                         r"keep|stop|wait|listen|follow|go|come|do|bring|carry|kick|balance|bounce|lift|fill|pour|"
                         r"scoop|stir|peel|glue|lace|name|finish|swing|spin|ride|blow|bite|chew|sip|grab|pop|put|get|pass|hand|"
                         r"climb|hang|pack|unpack|fetch|choose|pick|chunk|spell|snip|stab|spear|flip|"
                         r"slide|bend|twist|tear|rub|flick|press|poke|wiggle|stamp|post|shake|squish|clap|shut|"
                         r"cut(?=\s+(?:out|along|round|around|up|it|them|this|these|your)\b))"
                         r"\b(?!\s+(?:of|and)\b)")
# praise ("Yes, you worked hard today, Mia."): encouragement, not an observation of what the child did
_PRAISE = re.compile(r"\byou (?:\w+ly )?(?:worked (?:so |really |very )?hard|did (?:a |such a )?(?:so |really )?(?:great|good|"
                     r"nice|awesome|amazing|fantastic|super|well)(?: job| work)?|did it|earned (?:it|them|that|those|a "
                     r"\w+|your \w+)|deserve (?:it|them|that))\b", re.I)
# a sentence that only points at what was said before it ("That's probably what I recommend.", "That's my plan.")
_POINTER = re.compile(r"^\W*(?:(?:and|so|ok|okay|um|uh|well)[,.]?\s+)*(?:that|this|it)(?:'s| is| was)\s+(?:\w+ly\s+)?"
                      r"(?:what i(?:'d)? (?:recommend|suggest|think|advise|would do)|my (?:plan|advice|recommendation))\W*$",
                      re.I)
_SOON = re.compile(r"\bin (?:just )?a (?:second|sec|minute|moment|bit)\b|\bin a few (?:seconds|minutes|moments)\b", re.I)
# the clinician saying back what was reported ("you mentioned", "you said", "you told me")
_RECAP = re.compile(r"\byou (?:\w+ly )?(?:mentioned|said|told me|described|reported|explained)\b", re.I)
_ASSESS = re.compile(
    r"\b(i think|i believe|likely|consistent with|diagnos\w*|assessment|impression|it sounds like|it looks like|"
    r"seems like|suspect|probably|progress\w*|improv\w*|worse|i wonder (?:whether|if)|"
    r"(?:you )?(?:may|might|could) (?:well )?have (?:a |an |got )?(?:\w+ )?(?:infection|condition|dermatitis|eczema|"
    r"virus|bug|strain|sprain|migraine|reflux|asthma|allergy|\w+itis))\b", re.I)
_EXAM = re.compile(
    r"\b(exam(?!ples?\b)\w*|on (physical )?exam|i (see|feel|hear|notice)|tender\w*|swell\w*|range of motion|blood pressure|"
    r"heart rate|pulse|temperature|lungs?|murmur|x-?ray|mri|ct scan|results?|labs?|shows?|showed|reflex\w*|"
    r"strength|sensation|vitals?|oxygen|bruis\w*|rash|redness)\b", re.I)
# the clinician setting up a task ("I'm setting the timer for six minutes", "I'll time you")
_TIMER = re.compile(r"^\W*(?:(?:okay|ok|so|now|alright|and|first)[,!.]?\s+)*(?:[A-Z][a-z]+,\s+)?"  # ("Rory, I'm putting")
                    r"(?:I(?:'m| am|'ll| will| set| give)\s+"
                    r"(?:going to\s+)?(?:set|setting|time|timing|give|giving|start|starting|put|putting|toss|tossing|"
                    r"throw|throwing|roll|rolling|kick|kicking|bounce|bouncing|hold|holding|show|showing|count|"
                    r"counting|move|moving|stand|standing)\b|let me (?:toss|throw|roll|show|time|set|hold|count))", re.I)
# what the child did, said of them ("he went", "she needed"): a result even after an instruction's verb
# "Math worksheet, regular chair, and the timer is set for ten minutes.": the task's length, not a result
_WILL_NOW = re.compile(r"^\W*(?:(?:okay|ok|so|now|alright|right|and)[,!.]?\s+)*(?:I'll|I will|I'm going to|I am going to)"
                       r"\s+(?!\w+ed\b)\w+", re.I)
# help the clinician gives for the first trials, then not ("I'll steady the board for the first two slices, then it's
# all yours"): the level of those trials, said as the task starts (no result to wait for: the help is the finding)
_HELP_FIRST = re.compile(rf"^\W*(?:(?:okay|ok|so|now|alright|right|and)[,!.]?\s+)*(?:I'll|I will|I'm going to)\s+(?:just\s+)?"
                         rf"(steady|hold|guide|support|stabili[sz]e)\s+(?:the|his|her|your)\s+([a-z]+)\s+for (?:the|his|her) "
                         rf"first ({_NUM}) ([a-z]+)\b[^.!?]*?,?\s*(?:and\s+)?(?:then|after that)\b", re.I)
_HELPED = {"steady": "steadied", "hold": "held", "guide": "guided", "support": "supported", "stabilise": "stabilised",
           "stabilize": "stabilized"}
_TIMER_SET = re.compile(r"\b(?:timer|clock|stopwatch|alarm)(?:\s+is|\s*'s)\s+(?:set|going|on)\s+(?:for|to|at)\b|"
                        r"\b(?:minutes?|seconds?) on the (?:sand )?(?:timer|clock|stopwatch)\b|"
                        # "The sand timer is one minute.": how long the timer runs, not a result
                        r"\b(?:timer|hourglass|countdown|song)(?:\s+is|\s*'s|\s+lasts|\s+runs)\s+(?:about\s+|just\s+)?(?:an?|one|two|"
                        r"three|four|five|ten|thirty|forty|\d+)\b(?:[- ](?:and a half|\w+))?\s+(?:minutes?|seconds?)\b|"
                        r"\b(?:I'?m|I am|I'll be) timing (?:you|him|her|them)\b|"  # "Nine pegs in, ... and I'm timing you."
                        r"\bset (?:the|a|my|your|his|her) (?:timer|clock|stopwatch|alarm) (?:for|to|at)\b", re.I)
# the clinician saying yes to an adult's offer ("Can I show you what I do?" "Please do, for the last three.")
_PERMIT = re.compile(r"^\W*(?:(?:oh|yes|yeah|sure|of course),?\s+)*(?:please do|please go ahead|go ahead|yes,? please|be my "
                     r"guest|by all means)\b", re.I)
_SAID_DONE = re.compile(r"\b(?:he|she|they|you)\s+(?:\w+ed|did|went|made|held|got|kept|took|sat|stood|caught|threw|wrote|"
                        r"drew|ran|rode|ate|drank|was|were)\b", re.I)
def said_done(text: str) -> bool:
    """Whether a sentence tells something done: a doer's past verb ("he went", "she needed") or any word in -ed."""
    return bool(_SAID_DONE.search(text) or re.search(r"\b[a-z]{3,}ed\b", text, re.I))


# an interpreter passing on what the caregiver said ("She says he sleeps badly", "Mom says the aide helps him")
RELAYED = re.compile(r"^\W*(?:(?:okay|ok|so|and|yes|well)[,!.]?\s+)*(?:she|he|they|(?:the |his |her |their )?(?:mom|mum|"
                     r"mother|dad|father|grandma|grandmother|grandpa|grandfather|parents?|family|caregiver))\s+"
                     r"(?:also\s+)?(?:says|said|is saying|tells me|told me|reports|mentions|explains|wants you to know)"
                     r"(?:\s+that)?[,:]?\s+", re.I)
_SENTENCES = re.compile(r"(?<=[.!?])\s+")


def relayed(text: str) -> bool:
    """Whether any sentence of a segment passes on the caregiver's words ("I'll interpret for Mom. She says ...")."""
    return any(RELAYED.match(x) for x in _SENTENCES.split(text))


# what an interpreter passes on as a question ("She says she wants to know if ...", "She asks whether ..."): no report
_RELAYED_QUESTION = re.compile(r"^\W*(?:(?:she|he|they) (?:wants|would like) to know|(?:she|he|they) (?:asks|is asking)|"
                               r"if |whether |can |should |does |is it )", re.I)
# who a speaker says they are ("I'm his aide in the second grade classroom", "I'm her big sister"): a relation a
# clinician names a report by
RELATIONS = ("aide", "teacher", "assistant", "sister", "brother", "sibling", "grandmother", "grandma", "grandfather",
             "grandpa", "aunt", "uncle", "cousin", "nanny", "babysitter", "coach", "nurse", "student", "interpreter",
             "foster parent", "foster mother", "foster father", "stepmother", "stepfather", "social worker", "tutor")
_RELATION = "|".join(sorted(RELATIONS, key=len, reverse=True))
INTRODUCED = re.compile(r"\bI'?m (?:his|her|their|the|[A-Z][a-z]+'s) (?:(?:big|older|little|younger|big|new|"
                        r"classroom|school|teaching|educational|physio\w*|OT|student)\s+)*"
                        rf"({_RELATION})\b", re.I)
# someone in the room introduced by another ("This is Kayleigh, his cousin.", "This is her big sister, Mia.")
INTRODUCED_BY = re.compile(r"\bthis is (?:[A-Z][a-z]+,\s+)?(?:his|her|their|my|our) (?:(?:big|older|little|younger|new)\s+)?"
                           rf"({_RELATION})\b", re.I)
# said to someone in the room by name ("You were six, Nell, and you rode into the hedge.", "Nell, this is Theo's turn,
# not yours."): about them, to them, no report about the child
_TO_SOMEONE = re.compile(r"(?:^\W*|,\s+)(?!(?:I|Well|So|Oh|Yes|Yeah|No|Okay|Ok|Right|Now|Honestly|Actually|Look|Listen|"
                         r"Sorry|Also|And|But|Then|Anyway|Mind|Last|Today|Yesterday|Please|Thanks|Sure|Mind you|Mum|Mom|"
                         r"Dad|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Again|Still|Plus|Otherwise|"
                         r"Obviously|Basically|Apparently|Luckily|Sadly|Fine|Great|Good|Besides|Except|Instead|"
                         r"Usually|Sometimes|Recently|Lately|Mostly|Maybe|Perhaps|Hmm|Um|Er|Ah|Wow|Gosh|Once|Twice|First|"
                         r"Firstly|Second|Finally|Later|Earlier|Afterwards|Before|After|When|If|Because|Since|"
                         r"Meanwhile|Tonight|Tomorrow|Here|There|See|Come|Careful|Gently|Quick|Quickly|Slowly|Bless|"
                         # an endearment is to the child: "Once, love, and then you ran up the stairs" is a report
                         r"Love|Darling|Sweetheart|Sweetie|Honey|Baby|Pet|Mate|Buddy|Poppet|Chick|Hun|Babe)\b)"
                         r"[A-Z][a-z]+(?:,|[.!?]?\s*$)")
# a caregiver's aside in the room, no report: an apology, their phone, who came along ("Oh, sorry, that's my phone.",
# "I'll ring them back, carry on.", "This is Kayleigh, his cousin.")
_ASIDE = re.compile(r"^\W*(?:oh,?\s+)?(?:sorry|excuse me|pardon)\b|\b(?:that'?s|that is|it'?s) (?:my|the) phone\b|"
                    r"\bmy phone(?:'s| is)? (?:ringing|going)\b|\b(?:put|note|write|pop) (?:it|that) (?:down )?(?:in|on) my phone\b|"
                    r"\bring (?:them|her|him|you|it) back\b|\bcarry on\b", re.I)
# a caregiver's word about themselves, not the child ("At work they say I write like a spider fell in the ink.", "I can't
# grate a bit of cheese without taking the skin off a knuckle."), and a yes to what was offered ("Yes, please, to all of
# it."): no report (a worry, the home program done and a number are reports)
_OWN = re.compile(r"\bmine'?s no better\b|\bI (?:write|wrote|was (?:rubbish|terrible|awful|hopeless|no good|the same)|"
                  r"can'?t|cannot|couldn'?t|never could|could never|never learned|'?m (?:rubbish|terrible|hopeless|no good)|"
                  r"am (?:rubbish|terrible|hopeless|no good))\b|"
                  # ("Honestly, I didn't eat a tomato until I was thirty-two, so I'm not one to talk.")
                  r"\bI'?m not one to talk\b|\b(?:until|till|when) I was (?:little|a kid|a child|young|small|"
                  rf"(?:{_NUM_WORD})(?:-(?:{_NUM_WORD}))?)\b",
                  re.I)
_NOT_OWN = re.compile(r"\b(?:he|she|him|her|his|hers|he's|she's|he'd|she'd|they|them|their|we|we're|we've|us|our|kids?|"
                      r"child|son|daughter|baby|worr\w*|scared|concern\w*|frighten\w*|afraid|nervous|exercis\w*|practi[cs]\w*|"
                      r"putty|doing the|home program\w*)\b", re.I)
_CONSENT = re.compile(r"^\W*(?:yes|yeah|yep|ok|okay|sure|fine|right|great|lovely|absolutely|definitely|of course)"
                      r"(?:[,!.]?\s+(?:yes|please|thanks|thank you|to|all|of|it|that|them|this|both|everything|sounds good|"
                      r"go ahead|fine|great|lovely))*\W*$", re.I)
# who came along today, said by a caregiver ("It's half-term, so she's with us.", "nursery's shut, so she's our plus
# one"): about the sibling in the room, no report about the child
_CAME_ALONG = re.compile(r"\b(?:so|and) (?:he|she|they)(?:'s|'re| is| are| has| have) (?:with us|our plus one|tagging along|"
                         r"tagged along|come along|along for the ride)(?: today)?\b|\b(?:he|she)(?:'s| is) our plus one\b", re.I)
# a sentence about the child: what a report by someone else than the caregiver must be
_ABOUT_CHILD = re.compile(r"\b(?:he|she|him|her|his|they|them|their)\b", re.I)
# someone who is not in the room telling about the child ("his teacher says he's", "the childminder told me she")
_THIRD_PARTY_SAYS = re.compile(r"\b(?:his|her|their|the) (?:\w+ )?(?:teacher|teachers|aide|assistant|childminder|nanny|"
                               r"coach|tutor|nurse|doctor|key ?worker|head(?:teacher)?|dinner lady|lunch staff)\b[^.;:]{0,20}?"
                               r"\b(?:says|said|told (?:me|us)|tells (?:me|us)|reckons|thinks)\b,?\s+(?:that\s+)?"
                               r"(?:he|she|they)\b", re.I)
# a sentence about another place or time than this session ("at camp", "at recess", "last week", "on Saturday")
_ELSEWHERE = re.compile(r"\b(home|house|school|class(?:room)?|recess|gym|camp|playground|daycare|nursery|lunch|dinner|"
                        r"breakfast|weekend|yesterday|last (?:week|night|time|month|term|year)|this (?:week|term|morning)|"
                        r"(?:mon|tues|wednes|thurs|fri|satur|sun)days?|usually|always|never|every (?:day|morning|night|"
                        r"week)|most days|sometimes|so far|at (?:his|her|their|my|our) (?:house|place)|mornings|afternoons|"
                        r"evenings|circle time|story time|playtime|over the (?:\w+ )?(?:days|weeks|nights)|food (?:record|diary|log)|"
                        r"(?:writing |maths |reading |PE |swimming )?lessons?|in class|assembly|break ?time|lunchtimes?)\b",
                        re.I)
# English words that nearly every English sentence has: a line with none of them is in another language
_ENGLISH = set("""the a an and or but to of in on at for with is are was were be been it he she they i you we this
that his her their my your our not no do does did have has had will would can could should what when where how
so if then there here very all just about some any more""".split())


# the small words of the languages families here speak most after English (Spanish, Portuguese, French, Italian)
_OTHER_SMALL = set("""el la los las un una unos unas y o de del al en con por para que se ha han es son esta este
está estoy muy pero su sus mi mis le les lo nos cuando como donde porque también ya hay él ella ellos
o os um uma não com em na no das dos ao à são eu você ele ela
le les des du au aux et est sont une avec pour pas je tu il elle nous vous ils elles dans sur
il lo gli della che non sono una per con""".split()) - {"a", "no", "me", "he", "i", "on", "son", "come", "dos", "die"}


def foreign(text: str) -> bool:
    """Whether a line is in another language than English ("Se ha caído dos veces en las escaleras esta semana."):
    the interpreter's English is the report; the original is not restated. A third of its words are the small
    words of another language and few are English ones."""
    words = re.findall(r"[^\W\d_]+", text.lower())
    return len(words) >= 3 and sum(w in _OTHER_SMALL for w in words) >= max(2, len(words) / 3) \
        and sum(w in _ENGLISH for w in words) / len(words) < 0.15


_CLINICIAN = {"therapist", "doctor", "clinician", "provider"}
_REPORTER = {"caregiver", "patient", "child", "parent", "other"}

# a student clinician in the room ("This is Callum, he's a student OT", "this is Jordan, a physio student", "I'm the OT
# student"): they score and time under the therapist, so what they count is a result of the session
_STUDENT = re.compile(r"\b(?:student (?:OT|occupational therapist|therapist|physio(?:therapist)?|PT)|(?:OT|occupational "
                      r"therapy|physio(?:therapy)?|PT|therapy) student)\b", re.I)


def students(said: Sequence[tuple[str | None, str | None, str]]) -> set[str]:
    """Of ``said`` ((speaker, role, text) in time order), the speakers of role other that are a student clinician:
    introduced as one by a clinician (the first speaker of role other new after that line, within four lines), or
    saying so of themselves."""
    out: set[str] = set()
    seen: set[str | None] = set()
    for i, (who, role, text) in enumerate(said):
        role = (role or "").lower()
        if who is not None and role == "other" and _STUDENT.search(text) \
                and re.search(r"\bI'?m (?:a|an|the|your|his|her|their) ", text, re.I):
            out.add(who)
        if role in _CLINICIAN and _STUDENT.search(text):
            new = next((w for w, r, _t in said[i + 1: i + 5] if (r or "").lower() == "other" and w not in seen
                        and w is not None), None)
            if new is not None:
                out.add(new)
        seen.add(who)
    return out


def session_roles(transcript) -> dict[str, str | None]:
    """Speaker id -> role, as the note reads them: the transcript's, a student clinician's as the therapist's (the
    writer and the grounding check read the same roles)."""
    roles = dict(transcript.roles)
    for who in students([(x.speaker, roles.get(x.speaker), x.text) for x in transcript.segments if x.speaker]):
        roles[who] = "therapist"
    return roles


@dataclass(frozen=True)
class Measure:
    kind: str  # count | duration | frequency | distance | repetitions | time | rating | comparison
    text: str  # normalised, e.g. "4/5 buttons", "30 s", "4 nights a week"
    numbers: tuple[str, ...]  # the digit strings it says (what the grounding check reads)
    start: int  # character offset in the line


@dataclass(frozen=True)
class Moment:
    line: int  # 0-based index into the lines it was found in
    kinds: tuple[str, ...]
    measures: tuple[Measure, ...] = ()
    assistance: tuple[str, ...] = ()
    comparison: str = ""


def number(word: str) -> str | None:
    """A number phrase as a digit string ("twenty five" -> "25", "a half" -> "0.5", "a" -> "1")."""
    w = word.lower().replace("-", " ").strip()
    if re.fullmatch(r"\d+(\.\d+)?", w):
        return w
    if w in ("a half", "half a", "half an"):
        return "0.5"
    if w in ("a", "an", "once"):
        return "1"
    if w == "twice":
        return "2"
    parts = w.split()
    if parts and all(p in NUMBER_WORDS for p in parts):
        if len(parts) == 2 and parts[0] in _TENS and parts[1] in _UNITS[1:10]:
            return str(NUMBER_WORDS[parts[0]] + NUMBER_WORDS[parts[1]])
        if len(parts) == 1:
            return str(NUMBER_WORDS[parts[0]])
    return None


def _spans_overlap(a: tuple[int, int], taken: list[tuple[int, int]]) -> bool:
    return any(a[0] < b[1] and b[0] < a[1] for b in taken)


_UNIT_LIST = re.compile(rf"\b({_NUM})\s+({_UNIT_WORDS_RE})((?:,\s*(?:then\s+|and\s+)?(?:{_NUM_WORD}|\d+)\b"
                        rf"(?!\s+(?:[a-z]+\s+)?(?:[a-z]+s|{_UNIT_WORDS_RE})\b))+)", re.I)  # (not "two wrong keys")
# a later trial's value with the unit of the one said before it in the sentence ("The first length took her fifty
# seconds and the last one thirty-five.", "twelve seconds, the second nine")
_THE_NEXT_ONE = re.compile(rf"(?:,\s*(?:and\s+)?|\s+and\s+)(?:then\s+)?(?:the|his|her|their)\s+(last|second|third|fourth|next|"
                           rf"final|other)(?:\s+(?:one|time|go|try|length|lap|round|run))?\s+(?:took\s+(?:him|her|them)\s+|"
                           rf"was\s+|in\s+|only\s+|just\s+)?({_NUM})\b(?!\s*(?:[a-z]+s\b|{_UNIT_WORDS_RE}\b|of\b|out\b|/))",
                           re.I)
_BARE_RANGE = re.compile(rf"\b({_NUM})\s+to\s+({_NUM})\b(?!\s+(?:[a-z]+s|{_UNIT_WORDS_RE})\b)", re.I)
_RANGE = re.compile(rf"\b({_NUM})\s+to\s+({_NUM})\s+({_UNIT_WORDS_RE})\b", re.I)
# a range said with "between" ("between four and five words a minute", "between six and thirteen taps", "between twenty
# minutes and forty"): both ends kept, never the second end alone or the two read as one time
_BETWEEN = re.compile(rf"\bbetween ({_NUM})\s+(?:and|to)\s+({_NUM})\s+(?!o'clock\b|[ap]\.?m\b)((?:(?!(?:per|an?|each)\b)[a-z]+[- ])?(?!(?:per|an?|each)\b)[a-z]+)"
                      rf"(?:\s+(?:per|a|an|each)\s+(minute|second|hour)\b)?", re.I)
_BETWEEN_UNIT_FIRST = re.compile(rf"\bbetween ({_NUM})\s+({_UNIT_WORDS_RE})\s+and\s+({_NUM})\b"
                                 rf"(?!\s+(?:{_UNIT_WORDS_RE}|[a-z]+s)\b)", re.I)
_BUT_ONCE = re.compile(rf"\b({_NUM})\s+(goes|tries|trials|times|throws|attempts|rounds|turns|kicks|shots)\b[^.!?]*?"
                       r"\b(?:every (?:time|one|try|go|throw|shot)|all of them|each time) but (once|one|twice|two)\b", re.I)
# "Sixteen pegs in the pattern, and every one is right except the two yellows": 14/16 pegs
_ALL_EXCEPT = re.compile(rf"\b({_NUM})\s+([a-z]+s)\b[^.!?]*?\b(?:every (?:one|single one)|all of them|each one)\b"
                         rf"[^.!?]{{0,25}}?\b(?:except|apart from|but) (?:for )?(?:the )?({_NUM})\b", re.I)
# a total, then its part in the same sentence ("Six kicks with the left, and two went between the cones.", "Eight
# beanbags, and he got three in."): 2/6 kicks
_TOTAL_AND_PART = re.compile(rf"\b({_NUM})\s+([a-z]+s)\b[^.!?;]{{0,30}}?,?\s+and\s+(?:(?:he|she|they)\s+(?:got|made|put|hit)"
                             rf"\s+({_NUM})\s+(?:of them\s+)?(?:in|on|through|over)\b|({_NUM})\s+(?:of them\s+)?"
                             # ("Twenty-four pegs on the card, and twenty-one in the right holes.")
                             r"(?:went|landed|hit|stayed|made it|came|stuck|(?:are |were )?in the (?:right|correct) "
                             r"(?:holes?|places?|spots?|boxes|order)))\b", re.I)
# a number then what was done, at the start of a clause ("Eight caught, two dropped, from five feet."; "Five erased")
_NUM_DONE = re.compile(rf"(?:^|(?<=[.!?;:,])\s*)\W*({_NUM})\s+(caught|dropped|missed|made|hit|erased|landed|"
                       r"finished|spilled|tore|torn|fell|scored|completed|correct|right|wrong|placed|copied|traced|"
                       r"threaded|strung|stacked|buttoned|zipped|sorted|matched|found|named)\b", re.I)
_NOT_DONE = {"right", "wrong"}
# the same with any verb in the past, where the clause ends or goes on with a particle, not a noun ("Five speared,
# and three skidded off across the plate.", "Two wobbled but stayed up"; not "two coloured pencils", "a hundred")
_NUM_DID = re.compile(rf"(?:^|(?<=[.!?;:,])\s*)\W*(?:and |but |then )?({_NUM})\s+([a-z]{{3,}}ed)(?=\s*(?:[.,;:!?]|$)|"
                      r"\s+(?:and|but|off|over|out|up|down|away|across|back|in|into|on|onto|through|clean|straight|first)\b)",
                      re.I)
# how many went wrong, said with a verb of its own ("so three got away", "one rolled away") or after one ("she
# dribbled on two", "he only smeared one"): a count of misses, never a count of successes
_GOT_AWAY = re.compile(rf"(?:^|(?<=[.!?;:,])\s*|\b(?:so|and|but|then)\s+)\W*({_NUM})\s+(?:of (?:them|those)\s+)?(got away|"
                       r"fell off|fell out|slid off|slid back|rolled away|rolled off|went wide|escaped|came off)\b", re.I)
# a total said after its parts ("So two verbal prompts and one physical, three in all.")
_IN_ALL = re.compile(rf"(?:(?<=, )|(?<=\band )|^)({_NUM})\s+(in all|in total|altogether)\b", re.I)
_FAILED_N = re.compile(rf"\b(?:he|she|they|you)\s+(?:(?:only|just)\s+(dribbled on|spilled on|smeared|dropped|missed|lost)|"
                       rf"(dribbled on|spilled on|smeared))\s+"
                       rf"(?:only\s+|just\s+)?({_NUM})\b(?!\s+(?:of|out of|more|fewer|less|times|off|from)\b)", re.I)
# ("He dropped two on the floor and got them back himself", "He missed six": what happened, or another adult's tally,
# beside the result; "he only dropped two" is the result)
# a verb of missing just before a count of a total ("he only dropped two of the ten"): 2/10 dropped, not 2/10 caught
_FAILED_BEFORE = re.compile(r"\b(dropped|missed|lost|spilled|dribbled on|smeared|fumbled)\s+(?:only\s+|just\s+)?$", re.I)
_NOT_DID = {"hundred", "tired", "bored", "scared", "excited", "red", "used", "called", "needed", "wanted", "asked",
            "started", "tried"}
_TOTAL_THEN_PART = re.compile(rf"\b({_NUM})\s+(goes|tries|trials|attempts|rounds|throws|turns)\b[^.!?]*[.!?]\s+"
                              rf"({_NUM})\s+(?:of (?:them|those)\s+)?(?:he|she|they)\b", re.I)  # ("eight right" is read by the count's own rule)
# a total, a colon, then how many of them the child did ("Six puffs: she chewed and swallowed five, and the sixth ..."):
# 5/6 puffs (not "6 puffs", nor the part alone)
_TOTAL_COLON_PART = re.compile(rf"\b({_NUM})\s+([a-z]+s)\s*:\s*(?:he|she|they)\s+((?:[a-z]+ed|ate|got|did|made|hit|caught|"
                               rf"drank|took|put)(?:\s+(?:and|or)\s+[a-z]+ed)?)\s+(?:only\s+|just\s+)?({_NUM})\b(?!\s*(?:min|sec|"
                               rf"hour|time|%|percent))", re.I)
_SPOKE_N = re.compile(rf"\b{_I_SPOKE}\s+"
                      rf"(?:({_NUM}) times?|(once|twice))\b", re.I)
_EVERY_ONE_OF = re.compile(rf"\b(?:every (?:single )?one|each (?:one )?|all) of (?:the |his |her |their |them,? )?({_NUM})\b"
                           r"(?:\s+(?!(?:is|was|has|does|goes|gets|sits|stays|looks)\b)([a-z]+s)\b)?", re.I)
# a count confirmed in two words at the start of a sentence ("All five, fingers only." after "was that all five
# times?", "All three, not a drop down her front."): all of them (never "All five of you", "all five minutes")
_ALL_N = re.compile(rf"^\W*(?:(?:yes|yep|yeah|that'?s right|right)[,!.]?\s+)?all ({_NUM})\s*[,.;!](?!\s*(?:off you go|go|"
                    r"again|now|please|ready)\b)", re.I)
# a count said as counted, or as where the things ended up ("I make it twelve in the box.", "And three on the carpet")
_I_COUNT = re.compile(rf"\bI (?:make it|made it|counted|count|got) ({_NUM})\b(?!\s+(?:[a-z]+s|{_UNIT_WORDS_RE})\b)"
                      r"(?:\s+((?:in|on|into|off|through) the [a-z]+))?", re.I)
_N_PLACE = re.compile(rf"(?:^|(?<=[.!?,;] ))\W*(?:and |but |plus |then )?({_NUM})\s+((?:in|on|into|off) the [a-z]+)\b", re.I)
# a part of a total not said, as "N of her/his nouns" ("Thirteen of her snips stopped right on the line.")
_N_OF_THEIRS = re.compile(rf"(?:^|(?<=[.!?,;] ))\W*({_NUM}) of (?:his|her|their) ((?:[a-z]+ )?[a-z]+s)\b(?!\s+(?:of|out)\b)",
                          re.I)
_NOT_ONE = re.compile(r"(?:^|(?<=[.!?,;] ))\W*not (?:one|a single|a) ((?<=a )(?:drop|spill|crumb|wobble)|(?<!a )[a-z]+)\b"
                      r"(?!\s+(?:of|more)\b)", re.I)
# every one of a number said with where they ended ("all three on the line", "all six in the box"): N of N
_ALL_N_ON = re.compile(rf"\ball ({_NUM_WORD}|\d+)\s+(?:of them\s+)?(?=(?:on|in|into|inside|at|through|over|stayed|went|landed|"
                       r"reached|touched|right)\b)", re.I)
# a total, then its part as "N of them" in the same sentence ("I showed him the picture card three times during the
# meal, and he wiped his mouth on two of them", "they copied twenty sums into their books. Six of them had ...")
_TOTAL_OF_THEM = re.compile(rf"\b({_NUM})\s+((?:[a-z]+\s+)?[a-z]+s|times)\b([^.!?]*?[,;]\s+(?:and|but)\s+(?:(?:he|she|they)\s+"
                            rf"[^.!?]*?)?|[^.!?]*[.!?]\s+)\b({_NUM})\s+of (?:them|those)\b{_DID_AFTER}", re.I)
# a plural noun then its number, as a clause of its own ("Reversals, three: ...", "Errors: two.")
_NOUN_THEN_NUM = re.compile(rf"(?:^|(?<=[.!?;]))\s*([A-Za-z]+s),?:?\s+({_NUM})(?=\s*[.:;,!?]|$)", re.I)


# A time of day said as minutes past the hour ("ten past four", "thirteen minutes past", "quarter past", "half past
# seven"): a time, never a duration of that many minutes
_PAST_HOUR = re.compile(rf"\b({_NUM}|(?:a\s+)?quarter|half)(?:\s+minutes?)?\s+past(?:\s+({_NUM_WORD}|\d+)\b)?", re.I)


_HOUR_WORDS = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
_ONES = "one|two|three|four|five|six|seven|eight|nine"
# a time said as the clock shows it ("9:52", "nine fifty-two", "eleven oh five"), followed by no unit or noun ("nine
# twenty-five times" is no time); in words only where the sentence speaks of the clock or of from/till/at
_COLON_TIME = re.compile(r"\b(1[0-2]|0?[1-9]):([0-5]\d)\b")
_DIGITAL = re.compile(rf"\b(?:(1[0-2]|0?[1-9])[.]([0-5]\d)|({_HOUR_WORDS})[- ](oh[- ](?:{_ONES})|(?:twenty|thirty|forty|fifty)"
                      rf"(?:[- ](?:{_ONES}))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen))"
                      r"(?=\s*[,.;:!?)]|\s*$|\s+(?:so|and|by|on|when|now|then|till|until|to|exactly|sharp|on the dot|o'clock|"
                      r"[ap]\.?m\.?)\b)", re.I)
_CLOCK_WORDS = re.compile(r"\b(?:clock|o'clock|watch|from|till|until|at|by|says|started|finished|began|stopped|ended)\b",
                          re.I)


def clock_times(text: str) -> list[tuple[int, int, int, int | None]]:
    """The times a text says as minutes past the hour: (start, end, minutes past, the hour where said)."""
    out = []
    for m in _PAST_HOUR.finditer(text):
        word = m.group(1).lower()
        minutes = 15 if word.endswith("quarter") else 30 if word == "half" else number(word)
        hour = number(m.group(2)) if m.group(2) else None
        if minutes is None or not 0 < float(minutes) < 60 or hour is not None and not 1 <= float(hour) <= 12:
            continue
        out.append((m.start(), m.end(), int(float(minutes)), int(float(hour)) if hour else None))
    words_ok = bool(_CLOCK_WORDS.search(text))
    for m in [*_COLON_TIME.finditer(text), *(_DIGITAL.finditer(text) if words_ok else ())]:
        if m.group(1):
            hour, minutes = int(m.group(1)), int(m.group(2))
        else:
            hour = int(number(m.group(3)) or 0)
            minutes = int(float(number(re.sub(r"^oh[- ]", "", m.group(4), flags=re.I)) or 0))
        if any(a < m.end() and m.start() < b for a, b, _m, _h in out):
            continue
        out.append((m.start(), m.end(), minutes, hour))
    return sorted(out)


# a span of time said between two times on the clock ("so from nine fifty-two", "started at 9:52 and finished")
_SPAN_CUE = re.compile(r"\b(?:from|since|start\w*|finish\w*|began|begin|stopped|ended|done|took|how long|till|until|"
                       r"empty|off you go)\b", re.I)


def clock_gap(text: str, clocks: list[tuple[int, int, int, int | None]] | None = None) -> int | None:
    """The minutes between two times past the hour a sentence says ("He started when the clock said ten past four
    and finished at thirteen minutes past.", "You sat down at ten past by the big clock, and it's thirteen minutes
    past now": 3), where the second is later by at most an hour and a half; else None. ``clocks``: the text's
    ``clock_times`` where the caller has them already."""
    clocks = clock_times(text) if clocks is None else clocks
    if len(clocks) != 2:
        return None
    (_a, _b, m1, h1), (_c, _d, m2, h2) = clocks
    if ("past" not in text[_a:_b].lower() or "past" not in text[_c:_d].lower()) and not _SPAN_CUE.search(text):
        return None  # "the phone on the charger at eight thirty, lights out by nine fifteen": two times, no duration
    h1 = h1 if h1 is not None else (h2 or 0)
    h2 = h2 if h2 is not None else h1
    gap = (h2 * 60 + m2) - (h1 * 60 + m1)
    if gap < 0 and re.search(r"\b(?:from|since|started at|starting at)\s+$", text[max(0, _c - 14): _c], re.I):
        gap = -gap  # "Nine fifty-four, so from nine fifty-two": the end said first
    return gap if 0 < gap <= 90 else None


_LABEL_NUM = re.compile(rf"\b(?:(?-i:Year|Grade|Room|Bus|Level|Page|Platform|Gate|Class|Size|Route)|number|"
                        rf"(?:a\s+)?quarter\s+to)\s+({_NUM})\b", re.I)


def _what_they_did(said: str | None) -> str:
    """" tipped over" for the verb a _DID_AFTER group caught, "" for none or a word that is no doing ("hundred")."""
    return f" {said.lower()}" if said and said.lower() not in _NOT_DID else ""


# a count confirmed at the start of a sentence, its noun said before ("Fourteen, then.", "Nine, then; good eyes.", "Two
# with contact guard and the third on his own, then.")
_CONFIRMED = re.compile(rf"^\W*({_NUM})(?=,\s*then\s*(?:[.;:!?,]|$)|\s+it is\b|\s+with (?:contact|stand|min|mod|max|verbal|hand|"
                        rf"physical|a |one |my |no )[^.!?;]*,\s*then\b)", re.I)


# how many went in, or a tally, said without a noun ("Sixteen in with the left hand", "I've got fourteen starting at
# the top"; not "the two in the middle", "we've thirty-one in the baby room", "three in a row")
_GOT_IN = re.compile(rf"(?<!\bthe )(?<!\bthat )(?<!\bthis )(?<!\bwhich )(?<!'ve )(?<!\bhave )(?<!\bhas )\b(?:all\s+)?"
                     rf"({_NUM})\s+in(?!\s+a\s+row\b)(?=\s+(?:with|at|on|by|"
                     rf"under|within|inside|before|a |an |the |\d|{_NUM_WORD}))()|"
                     rf"\b(?:I'?ve got|I got|I make it)\s+({_NUM})\b((?:\s+(?!(?:and|but|so|on|in|to|from|for|with|"
                     rf"of|my|your)\b)[a-z']+){{1,4}})?",
                     re.I)


_BY_DIFF = re.compile(rf"\b(?:beat|beaten|beats|beating|up|down|ahead|better|improved|increased|decreased|dropped|"
                      rf"faster|quicker|slower)\b(?:\s+[\w']+){{0,3}}?\s+(by\s+{_NUM})\b(?!\s*(?:o'?clock|pm|am)\b)", re.I)


def measures(text: str) -> list[Measure]:
    """The measures a line says, in order, each once ("two weeks ago" is when, not a measure)."""
    text = split_ago(text)
    found: list[tuple[int, int, Measure]] = []
    taken: list[tuple[int, int]] = []
    clocks = clock_times(text)
    taken += [(a, b) for a, b, _m, _h in clocks]  # "thirteen minutes past" is a time, not 13 min
    # a number that names, not counts ("the Year Four swimming bus", "the number 42 bus", "quarter to three")
    taken += [m.span() for m in _LABEL_NUM.finditer(text)]
    # a difference, not a value or a clock time ("she beat last week by three", "up by two")
    taken += [m.span(1) for m in _BY_DIFF.finditer(text)]
    # how many goals a plan has ("his plan has four goals", "You've two goals on your plan"): no result
    taken += [m.span() for m in re.finditer(rf"\bplan (?:has|had|with) (?:{_NUM}) goals\b|\b(?:{_NUM}) goals (?:on|in) "
                                            r"(?:his|her|their|your|the|our) plan\b", text, re.I)]
    # a value put right after the right one ("Ninety-two centimetres, Kian, not two metres"): only the right one
    taken += [m.span(1) for m in re.finditer(rf",\s+(?:[A-Z][a-z]+,\s+)?not\s+((?!an?\b)(?:{_NUM})(?:\s+[a-z]+)?)\b"
                                             r"(?!\s+(?:but|and)\b)", text)]
    # how many times as long, a ratio of two results said, no count ("twice as long as before Christmas"); a foot that
    # stands, no distance ("One foot in each square", "on one foot", "two feet together")
    taken += [m.span() for m in re.finditer(rf"\b(?:twice|(?:{_NUM}) times) as (?:long|far|many|much|high|fast|quick\w*|big)\b|"
                                            rf"\b(?:one|a) foot (?:in|on|off|up|down|each)\b|\bon (?:one|each) foot\b|"
                                            rf"\b(?:two|both) feet (?:together|apart|flat|at once|off|on)\b|\b(?:with|on|onto) (?:two|both) feet\b",
                                            text, re.I)]
    # none, said as a negated one ("he couldn't get over it once", "didn't finish a single card"): no count of one
    nones = [m.span(1) for m in re.finditer(r"\b(?:couldn'?t|could not|can'?t|cannot|didn'?t|did not|never|wasn'?t able to|"
                                            r"won'?t|wouldn'?t)\b[^.!?;]{0,40}?\b(once|a single|one)\b", text, re.I)]
    taken += nones
    # a school holiday, no share ("By the February half term.")
    taken += [m.span() for m in re.finditer(r"\bhalf[- ]?terms?\b", text, re.I)]
    # who, not how many ("you two take turns", "the two of you", "both of you")
    taken += [m.span() for m in re.finditer(r"\b(?:you|us|we) (?:two|three)\b|\bthe (?:two|three) of (?:you|us|them)\b", text,
                                            re.I)]
    gap = clock_gap(text, clocks)
    if gap is not None:
        out = f"{gap} min" if gap < 60 else f"{gap // 60} h {gap % 60} min".replace(" 0 min", "")
        found.append((clocks[0][0], clocks[1][1], Measure("duration", out, (str(gap),), clocks[0][0])))

    def add(m: re.Match, kind: str, out: str, nums: Iterable[str | None]) -> None:
        span = (m.start(), m.end())
        if _spans_overlap(span, taken):
            return
        taken.append(span)
        found.append((m.start(), m.end(), Measure(kind, out, tuple(n for n in nums if n), m.start())))

    def add_in(m: re.Match, unit: str, said: str, nums: Iterable[str | None]) -> None:
        """A value said in a time or distance unit ("8-10 sec", "2 m"): a duration or a distance, the unit short."""
        unit = unit.lower()
        add(m, "duration" if unit in _TIME_UNITS else "distance", f"{said} {_TIME_UNITS.get(unit) or _DIST_UNITS[unit]}",
            nums)

    for m in _CONFIRMED.finditer(text):  # "Nine, then; good eyes.", "Two with contact guard and the third on his own,
        n = number(m.group(1))  # then.": a count said by someone else, or put right, confirmed (its noun said before)
        if n and m.group(1).lower() not in ("a", "an"):
            add(m, "repetitions", n, (n,))
    for m, n, things in named_list(text):  # "The b, the d, the j and the s are facing the wrong way": 4
        pred = re.sub(r"^(?:are|were|was)\s+", "", m.group(2).strip(), flags=re.I)
        add(m, "repetitions", f"{n} ({', '.join(t.lower() for t in things)}) {pred}", (str(n),))
    for m in _NONE_OF_THE.finditer(text):  # "None of the four stayed on with the left": 0/4
        n = number(m.group(1))
        if n and m.group(1).lower() not in ("a", "an") and float(n) > 1:
            add(m, "count", f"0/{n}" + (f" {m.group(2).lower()}" if m.group(2) else ""), ("0", n))
    for m in _ALL_BUT_OF.finditer(text):  # "all but two of the six steps": as said (it was read as 2/6 steps)
        n, total = number(m.group(1)), number(m.group(2))
        if n and total and m.group(1).lower() not in ("a", "an") and float(n) < float(total):
            add(m, "count", " ".join(f"all but {n} of {total} {m.group(3) or ''}".split()).lower(), (n, total))
    for m in _ONE_EVERY.finditer(text):  # "Nineteen hits in the minute, about one every three seconds"
        a, b = number(m.group(2)), number(m.group(3))
        if a and b and m.group(3).lower() not in ("a", "an"):
            add(m, "rate", f"{(m.group(1) or '').lower()}{a} every {b} {_TIME_UNITS[m.group(4).lower()]}", (a, b))
    for m in _N_DIFF.finditer(text):  # "so one sheet lighter with the grip": a difference of 1 sheet
        n = number(m.group(1))
        if n and m.group(1).lower() not in ("a", "an") and m.group(2).lower() not in NUMBER_WORDS:
            add(m, "repetitions", f"{n} {m.group(2).lower()} {m.group(3).lower()}", (n,))
    for m in _HELP_FIRST.finditer(text):  # "I'll steady the board for the first two slices, then it's all yours"
        n = number(m.group(3))
        if n and m.group(3).lower() not in ("a", "an"):
            add(m, "repetitions", f"first {n} {m.group(4).lower()} with the {m.group(2).lower()} "
                            f"{_HELPED[m.group(1).lower()]} by the clinician", (n,))
    for m in _THROUGH_NTH.finditer(text):  # "It came right through to the fourth sheet": as said
        add(m, "repetitions", " ".join(m.group(0).lower().split()), ())
    for m in _BETWEEN_UNIT_FIRST.finditer(text):  # "between twenty minutes and forty": 20-40 min
        a, b = number(m.group(1)), number(m.group(3))
        unit = m.group(2).lower()
        if a and b and m.group(1).lower() not in ("a", "an") and float(a) < float(b):
            add_in(m, unit, f"{a}-{b}", (a, b))
    for m in _BETWEEN.finditer(text):  # "between four and five words a minute": 4-5 words per minute
        a, b = number(m.group(1)), number(m.group(2))
        what = m.group(3).lower()
        last = what.replace("-", " ").split()[-1]
        if not a or not b or m.group(1).lower() in ("a", "an") or float(a) >= float(b):
            continue
        if what in _TIME_UNITS or what in _DIST_UNITS:
            add_in(m, what, f"{a}-{b}", (a, b))
        elif m.group(4) and not set(what.replace("-", " ").split()) & _NOT_RATE:
            add(m, "rate", f"{a}-{b} {what} per {m.group(4).lower()}", (a, b))
        elif last.endswith("s") and not last.endswith("ss") and last not in _NOT_RATE:
            # "between six and thirteen taps": only the noun itself, not what follows it
            noun = what if what.endswith("s") else last
            add(m, "repetitions", f"{a}-{b} {noun}", (a, b))
    for m in _RANGE.finditer(text):  # "each one took him eight to ten seconds": 8-10 sec
        a, b = number(m.group(1)), number(m.group(2))
        unit = m.group(3).lower()
        if a and b and m.group(1).lower() not in ("a", "an") and float(a) < float(b):
            add_in(m, unit, f"{a}-{b}", (a, b))
    for m in _UNIT_LIST.finditer(text):  # "three goes: eight seconds, ten, then nine": 8, 10, 9 sec
        nums = [number(m.group(1))] + [number(x) for x in re.findall(rf"\b({_NUM})\b", m.group(3), re.I)]
        unit = m.group(2).lower()
        if all(nums) and len(nums) >= 2:
            add_in(m, unit, ", ".join(nums), nums)
    for m in _THE_NEXT_ONE.finditer(text):  # "fifty seconds and the last one thirty-five": last 35 sec
        n = number(m.group(2))
        start = max(text.rfind(x, 0, m.start()) for x in ".!?;") + 1
        unit = _UNIT.findall(text[start: m.start()])
        if n and unit and m.group(2).lower() not in ("a", "an", "one"):
            u = unit[-1][1].lower()
            add_in(m, u, f"{m.group(1).lower()} {n}", (n,))
    for m in _BARE_RANGE.finditer(text):  # "So eight to ten on the right." after "eight seconds, ten, then nine"
        a, b = number(m.group(1)), number(m.group(2))
        unit = _UNIT.findall(text[: m.start()])
        if a and b and unit and float(a) < float(b) and m.group(1).lower() not in ("a", "an"):
            u = unit[-1][1].lower()
            add_in(m, u, f"{a}-{b}", (a, b))
    for m in _BUT_ONCE.finditer(text):  # "Five goes at the flip, and it went over his head every time but once": 4/5
        n, k = number(m.group(1)), {"once": 1, "one": 1, "twice": 2, "two": 2}[m.group(3).lower()]
        if n and m.group(1).lower() not in ("a", "an") and float(n) > k:
            span = (m.start(), m.start() + len(m.group(1)) + 1 + len(m.group(2)))
            if not _spans_overlap(span, taken):
                taken.append((m.start(), m.end()))
                found.append((m.start(), m.end(), Measure("count", f"{int(float(n)) - k}/{n} {m.group(2).lower()}",
                                                          (str(int(float(n)) - k), n), m.start())))
    for m in _TOTAL_COLON_PART.finditer(text):
        n, k = number(m.group(1)), number(m.group(4))
        if n and k and m.group(1).lower() not in ("a", "an") and m.group(4).lower() not in ("a", "an") \
                and float(n) >= float(k) and not _spans_overlap((m.start(), m.end()), taken):
            taken.append((m.start(), m.end()))
            verb = m.group(3).lower() if m.group(3).lower().endswith("ed") else ""  # ("7/10 beanbags", not "... got")
            found.append((m.start(), m.end(), Measure("count", f"{k}/{n} {m.group(2).lower()} {verb}".rstrip(),
                                                      (k, n), m.start())))
    for m in _TOTAL_AND_PART.finditer(text):
        part = m.group(3) or m.group(4)
        n, k = number(m.group(1)), number(part)
        if n and k and m.group(1).lower() not in ("a", "an") and part.lower() not in ("a", "an") \
                and float(n) >= float(k) and not _spans_overlap((m.start(), m.end()), taken):
            taken.append((m.start(), m.end()))
            found.append((m.start(), m.end(), Measure("count", f"{k}/{n} {m.group(2).lower()}", (k, n), m.start())))
    for m in _ALL_EXCEPT.finditer(text):
        n, k = number(m.group(1)), number(m.group(3))
        if n and k and m.group(1).lower() not in ("a", "an") and float(n) > float(k) \
                and not _spans_overlap((m.start(), m.end()), taken):
            taken.append((m.start(), m.end()))
            part = f"{float(n) - float(k):g}"
            found.append((m.start(), m.end(), Measure("count", f"{part}/{n} {m.group(2).lower()}", (part, n), m.start())))
    for m in _TOTAL_THEN_PART.finditer(text):
        # "Four goes at the pants standing. Three he got up over his hips with my hand on his back": 3/4 goes
        a, b = number(m.group(3)), number(m.group(1))
        if a and b and m.group(3).lower() not in ("a", "an", "one") and m.group(1).lower() not in ("a", "an") \
                and float(a) <= float(b):
            span = (m.start(3), m.end(3))
            if not _spans_overlap(span, taken):
                taken += [span, (m.start(1), m.end(2))]
                found.append((m.start(3), m.end(3), Measure("count", f"{a}/{b} {m.group(2).lower()}", (a, b), m.start(3))))
    for m in _TOTAL_OF_THEM.finditer(text):  # "three times during the meal, and he wiped his mouth on two of them": 2/3
        a, b = number(m.group(4)), number(m.group(1))
        if a and b and m.group(4).lower() not in ("a", "an") and m.group(1).lower() not in ("a", "an") \
                and float(a) <= float(b) and (b != "1"):
            span = (m.start(4), m.end())
            if not _spans_overlap(span, taken):
                taken += [span, (m.start(1), m.end(2))]  # the total is this count's, not one of its own
                found[:] = [f for f in found if f[0] != m.start(1)]
                found.append((m.start(4), m.end(), Measure("count", f"{a}/{b} {m.group(2).lower().split()[-1]}"
                                                           f"{_what_they_did(m.group(5))}",
                                                           (a, b), m.start(4))))
    for m in _NUM_DONE.finditer(text):  # "Eight caught, two dropped", "Five erased": how many, as said
        n = number(m.group(1))
        if n and m.group(1).lower() not in ("a", "an") and m.group(2).lower() not in _NOT_DONE:
            add(m, "repetitions", f"{n} {m.group(2).lower()}", (n,))
    for m in _SPOKE_N.finditer(text):  # "I spoke four times, all words": 4 verbal prompts (was "4 times")
        n = number(m.group(1)) if m.group(1) else {"once": "1", "twice": "2"}[m.group(2).lower()]
        if n and (m.group(1) or "").lower() not in ("a", "an"):
            add(m, "repetitions", f"{n} verbal prompt{'s' if n != '1' else ''}", (n,))
    for m in _IN_ALL.finditer(text):  # "two verbal prompts and one physical, three in all": 3 in all
        n = number(m.group(1))
        if n and m.group(1).lower() not in ("a", "an", "one"):
            add(m, "repetitions", f"{n} {' '.join(m.group(2).lower().split())}", (n,))
    for m in _GOT_AWAY.finditer(text):  # "so three got away": 3 got away
        n = number(m.group(1))
        if n and m.group(1).lower() not in ("a", "an"):
            add(m, "repetitions", f"{n} {m.group(2).lower()}", (n,))
    for m in _FAILED_N.finditer(text):  # "she dribbled on two": dribbled on 2 (not of an earlier time)
        n = number(m.group(3))
        start = max(text.rfind(x, 0, m.start()) for x in ".!?;") + 1
        if n and m.group(3).lower() not in ("a", "an") and not _PRIOR_CUE.search(text[start: m.start()]):
            add(m, "repetitions", f"{(m.group(1) or m.group(2)).lower()} {n}", (n,))
    for m in _NUM_DID.finditer(text):  # "Five speared, and three skidded off": 5 speared, 3 skidded
        n, verb = number(m.group(1)), m.group(2).lower()
        if n and m.group(1).lower() not in ("a", "an") and verb not in _NOT_DID and not verb.endswith("eed"):
            add(m, "repetitions", f"{n} {verb}", (n,))
    for m in _NOUN_THEN_NUM.finditer(text):  # "Reversals, three: the three, the seven and the nine": 3 reversals
        n = number(m.group(2))
        if n and m.group(2).lower() not in ("a", "an") and m.group(1).lower() not in _NOT_REPS:
            add(m, "repetitions", f"{n} {m.group(1).lower()}", (n,))
    for m in _OF_THE_FIRST_N.finditer(text):  # "on five of the first six": 5 of the first 6
        a, b = number(m.group(1)), number(m.group(3))
        if a and b and m.group(1).lower() not in ("a", "an") and float(a) <= float(b):
            add(m, "count", f"{a} of the {m.group(2).lower()} {b}", (a, b))
    for m in _ALL_N.finditer(text):  # "All five, fingers only.": 5/5
        n = number(m.group(1))
        if n and m.group(1).lower() not in ("a", "an", "one") and float(n) > 1:
            add(m, "count", f"{n}/{n}", (n, n))
    for m in _EVERY_ONE_OF.finditer(text):  # "every one of the five from the top", "each of the six": 5/5, 6/6
        n = number(m.group(1))
        if n and m.group(1).lower() not in ("a", "an", "one") and float(n) > 1:
            noun = (m.group(2) or "").lower()
            add(m, "count", f"{n}/{n}" + (f" {noun}" if noun else ""), (n, n))
    for m in [*_I_COUNT.finditer(text), *_N_PLACE.finditer(text)]:  # "I make it twelve in the box": 12 in the box
        n = number(m.group(1))
        # (not "Twelve, I counted twelve too. Twelve snips, ...": a count said back before its result)
        # (nor "Stickers now, one on the back of each hand.": which one goes where)
        if n and m.group(1).lower() not in ("a", "an", "one") \
                and (m.group(2) or re.search(r"\bmade? it\b", m.group(0), re.I)):
            add(m, "repetitions", f"{n} {m.group(2).lower()}" if m.group(2) else n, (n,))
    for m in _N_OF_THEIRS.finditer(text):  # "Thirteen of her snips stopped right on the line": 13 snips
        n = number(m.group(1))
        if n and m.group(1).lower() not in ("a", "an", "one") and not _OF.match(text, m.start(1)):
            add(m, "repetitions", f"{n} {m.group(2).lower().split()[-1]}", (n,))
    for m in _ALL_N_ON.finditer(text):  # "all three on the line": 3/3
        n = number(m.group(1))
        if n and m.group(1).lower() not in ("a", "an", "one") and float(n) > 1:
            add(m, "count", f"{n}/{n}", (n, n))
    for m in _NOT_ONE.finditer(text):  # "Not one snap": none
        add(m, "repetitions", f"no {m.group(1).lower()}s" if not m.group(1).lower().endswith("s") else
            f"no {m.group(1).lower()}", ("0",))
    for m in _OF.finditer(text):
        a, b = number(m.group(1)), number(m.group(2))
        if a is None or b is None or m.group(1).lower() in ("a", "an") or m.group(2).lower() in ("a", "an"):
            continue
        if _half_of(m.group(1), text[: m.start(1)]):
            continue  # "a minute and a half of the two-minute song": the half is the minute's, no count of 1/2
        if float(a) > float(b):
            continue  # "five of the ten" is a count of a total only when the part is smaller
        if re.search(r"\b(?:his|her|their)\s*$", text[m.start(): m.start(2)], re.I) and (
                a == "1" or float(b) <= 2 and re.search(r"\b(?:on|in|at|with|for|to)\s+$", text[: m.start()], re.I)):
            continue  # "five of his seven sips" and "with eight of his ten fingers" count; "on one of her two hands"
            # says which
        if re.search(r"\bthe\s*$", text[m.start(): m.start(2)], re.I) and not (m.group(3) or "").lower().endswith("s") \
                and not (re.match(r"\s+(?:he|she|they)\s+[a-z]+", text[m.end(2):], re.I)
                         and not re.search(r"\b(?:on|in|at|with|for|to)\s+$", text[: m.start()], re.I)) \
                and not (re.match(r"^\W*(?:so\s+|that's\s+|that is\s+|yes,?\s+|(?:he|she|they|you)\s+(?:got|had|did|made|"
                                  r"managed|caught|hit)\s+)*$", text[max(0, *(text.rfind(x, 0, m.start()) + 1 for x in ".,;:")):
                                                               m.start()], re.I)
                         and a != "1" and re.match(r"\s*(?:(?:right|correct|wrong|done|in|caught|clean|spot on|altogether|"
                                                   r"in all|in total|overall)\b)?\s*(?:[,.!?;]|$)", text[m.end(2):], re.I)) \
                and not (a != "1" and re.search(r"(?:\b(?:on|in)|\b(?:he|she|they|(?-i:(?!Last|This|That|Then|Now|So|And|But|"
                                                r"The|Today|Yesterday|In|On|At|Each|Every|All)[A-Z][a-z]+))\s+(?:\w+ly\s+)?"
                                                r"[a-z]+)\s+$",
                                                text[: m.start()], re.I)) \
                and not (a != "1" and re.match(r"\s+(?:on (?:his|her|their) own|independently|by (?:him|her|them)sel(?:f|ves)|"
                                               r"unaided|without (?:any )?help)\b", text[m.end(2):], re.I)) \
                and not (a != "1" and re.match(r"\s+(?:went|got|were|stayed|landed|made it|came|ended up|hit|fell|sat|"
                                               r"stuck|stood|dropped|tipped|slid|reached|missed)\b", text[m.end(2):], re.I)
                         and re.match(r"^\W*(?:(?:so|and|then)\s+)?$", text[max(0, *(text.rfind(x, 0, m.start()) + 1
                                                                                  for x in ".!?;:")): m.start()], re.I)):
            # "eighteen of the twenty problems" counts; "on one of the two" says only which one; "eight of the ten he
            # found on his own" counts (the count fronted, its doer after it), and so does "Four of the six, yes, ..."
            # said on its own at a sentence's start; "his thumb wrapped over on four of the five", "he spelt nine of
            # the twelve right" count too (more than one of them: not which one), and so does "Four of the five on his
            # own" (its level of help after it)
            continue
        noun = (m.group(3) or "").strip()
        if noun.lower() in ("them", "these", "those", "the", "his", "her", "my", "your", "their", "our", "it", "with",
                            "and", "but", "or", "in", "on", "at", "to", "for", "today", "now", "again", "this",
                            "that", "then", "so", "without", "using", "needing", "needed", "by", "from", "into",
                            "onto", "over", "under", "after", "before", "across", "through", "off", "up", "down",
                            "he", "she", "they", "i", "we", "you", "went", "got", "were", "was", "stayed", "landed",
                            "came", "ended", "fell", "sat", "stuck", "stood", "dropped", "tipped", "slid", "reached") \
                or noun.split()[:1] and noun.split()[0].lower() in NUMBER_WORDS:
            noun = ""  # (nor a verb: "Seven of the ten went onto his back teeth" is 7/10, not "7/10 went")
        end = m.end() if noun else m.end(2)
        mm = re.match(r".*", text[m.start():end])
        assert mm is not None
        span = (m.start(), end)
        if not _spans_overlap(span, taken):
            taken.append(span)
            level = re.search(r"\b(level|step|stage)\s+$", text[: m.start()], re.I)  # "at level four of ten": level 4/10
            missed = _FAILED_BEFORE.search(text[: m.start()])  # "he only dropped two of the ten": 2/10 dropped
            found.append((m.start(), end, Measure("count", (f"{level.group(1).lower()} " if level else "") + f"{a}/{b}"
                                                  + (f" {noun}" if noun else "")
                                                  + (f" {missed.group(1).lower()}" if missed else ""), (a, b), m.start())))
    for m in _EVERY_OTHER.finditer(text):  # "A proper whistle on every other blow": as said
        add(m, "repetitions", " ".join(m.group(0).lower().split()), ())
    for m in _OF_THOSE.finditer(text):  # "his lips cleared the spoon on three of those four": 3/4
        a, b = number(m.group(1)), number(m.group(2))
        if a and b and m.group(1).lower() not in ("a", "an") and float(a) <= float(b):
            add(m, "count", f"{a}/{b}", (a, b))
    for m in _NOUN_OUT_OF.finditer(text):  # "three bows out of four": 3/4 bows
        a, b = number(m.group(1)), number(m.group(3))
        if a and b and m.group(1).lower() not in ("a", "an") and m.group(3).lower() not in ("a", "an") \
                and float(a) <= float(b) and (m.group(2).lower() not in _NOT_REPS or m.group(2).lower() == "points"):
            # ("Four points out of five": a score)
            span = (m.start(), m.end())
            if not _spans_overlap(span, taken):
                taken.append(span)
                found.append((m.start(), m.end(), Measure("count", f"{a}/{b} {m.group(2).lower()}", (a, b), m.start())))
    for m in _WORDS_OUT_OF.finditer(text):  # "Two down his chin out of the ten, then.": 2/10
        a, b = number(m.group(1)), number(m.group(2))
        between = set(text[m.end(1): m.start(2)].lower().split())
        if a and b and m.group(1).lower() not in ("a", "an") and float(a) <= float(b) \
                and not between & (_NOT_REPS - {"of", "is", "was", "his", "as"}):  # ("Three nights out of seven": a week)
            add(m, "count", f"{a}/{b}", (a, b))
    for m in [*_OF_THE_FIRST.finditer(text), *_OF_THE_FIRST_WERE.finditer(text)]:
        # "Of the six buttons on the shirt, he fastened four himself": 4/6 buttons
        a, b = number(m.group(3)), number(m.group(1))
        if a and b and m.group(3).lower() not in ("a", "an") and float(a) <= float(b):
            span = (m.start(3), m.end(3))
            if not _spans_overlap(span, taken):
                taken += [span, (m.start(1), m.end(2))]  # the total said first is this count's, not a count of its own
                found.append((m.start(3), m.end(3), Measure("count", f"{a}/{b} {m.group(2).lower()}", (a, b), m.start(3))))
    for c in [f for f in found if f[2].kind == "count"]:
        total = c[2].numbers[1]
        m = _PART.match(text, c[1])
        n = number(m.group(1)) if m else None
        if m and n and float(n) <= float(total) and not _spans_overlap((m.start(1), m.end(1)), taken):
            taken.append((m.start(1), m.end(1)))
            found.append((m.start(1), m.end(1), Measure("count", f"{n}/{total}", (n, total), m.start(1))))
    for c in [f for f in found if f[2].kind == "count" and "/" in f[2].text]:
        # "eighteen of the twenty problems, and seventeen were right": how many of those done were right
        m = _RIGHT.match(text, c[1])
        n = number(m.group(1)) if m else None
        if m and n and m.group(1).lower() not in ("a", "an") and float(n) <= float(c[2].numbers[0]):
            add(m, "count", f"{n} {_RIGHT_WORD.get(m.group(2).lower(), m.group(2).lower())}", (n,))
    for m in _SUBSET.finditer(text):
        # "The last two, at the top near his chin, he needed me to hold the fabric steady": a part of the trials or
        # items, with its own level; "On the other three I put my hand over his": 3 of them, not a count lost
        n = number(m.group(2))
        noun = (m.group(3) or "").lower()
        if n is None or m.group(2).lower() in ("a", "an") or m.group(2).lower() == "one" and (
                m.group(1).lower() not in ("last", "first", "final", "middle") or not assistance(text[m.end():m.end() + 80]))\
                or noun and (noun.split()[-1] in _SUBSET_NOT
                                                                              or noun.split()[0] in NUMBER_WORDS):
            continue
        add(m, "count", f"{m.group(1).lower()} {n}" + (f" {noun}" if noun else ""), (n,))
    for m in _THE_FIRST_WITH.finditer(text):
        # "Three snakes, the first with my hands over his, the other two on his own.": the first one, its own level
        if assistance(text[m.end(): m.end() + 60]) and re.search(r"\b(?:other|rest|remaining|last)\b", text[m.end():]):
            add(m, "count", f"{m.group(1).lower()} 1", ("1",))
    for m in _FROM_TO.finditer(text):  # "calmed from a five to a two on her feelings scale"
        a, b = number(m.group(1)), number(m.group(2))
        if a and b and m.group(1).lower() not in ("a", "an") and m.group(2).lower() not in ("a", "an"):
            add(m, "scale", f"from {a} to {b}" + (f" on the {m.group(3).lower()}" if m.group(3) else ""), (a, b))
    for m in _NTH_TRY.finditer(text):  # "she zipped her coat on the second try": as said
        add(m, "repetitions", f"on the {m.group(1).lower()} {m.group(2).lower()}", ())
    for m in _ZONE_TO.finditer(text):  # "she went from the red zone to the green zone"
        add(m, "scale", f"from the {m.group(1).lower()} zone to the {m.group(2).lower()} zone", ())
    for m in _RATE.finditer(text):
        n = number(m.group(1))
        if n and m.group(1).lower() not in ("a", "an") and m.group(2).lower() not in _NOT_RATE \
                and not set(m.group(2).lower().replace("-", " ").split()) & _NOT_RATE:  # "ten beads in a minute"
            add(m, "rate", f"{n} {m.group(2).lower()} per {m.group(3).lower()}", (n,))
    for m in _BARE_RATE.finditer(text):  # "Sixteen pegs in two minutes, about eight a minute.": 8 per minute
        n = number(m.group(1))
        if n and m.group(1).lower() not in ("a", "an"):
            add(m, "rate", f"{m.group(0).split()[0].lower() + ' ' if m.group(0).split()[0].lower() == 'about' else ''}"
                           f"{n} per {m.group(2).lower()}", (n,))
    for m in _ONLY_WRONG.finditer(text):  # "The only two in the wrong place were the yellows": 2 in the wrong place
        n = number(m.group(1))
        if n and m.group(1).lower() not in ("a", "an"):
            add(m, "repetitions", f"{n} {' '.join(m.group(2).lower().split())}", (n,))
    for m in _PERCENT.finditer(text):
        n = number(m.group(1))
        if n and m.group(1).lower() not in ("a", "an"):
            add(m, "percentage", f"{n} %" + (f" {m.group(2).lower()}" if m.group(2) else ""), (n,))
    for m in _EVERY.finditer(text):
        n = number(m.group(1))
        if n and m.group(1).lower() not in ("a", "an"):
            add(m, "frequency", f"every {n} {m.group(2).lower()}", (n,))
    for m in _FREQ.finditer(text):
        n = number(m.group(1))
        if not m.group(2) and m.group(1).lower() not in ("once", "twice") and re.search(
                r"\b(?:at|around|about|by|until|till|after|before|from)\s+$", text[: m.start()], re.I):
            continue  # "to bed around eight every night": a time of day, not eight times a night
        what = (m.group(2) or "times").lower()
        if what in ("time",):
            what = "times"
        if n == "1" and what == "times":
            out = f"once a {m.group(3).lower()}"
        else:
            out = f"{n} {what if what.endswith('s') or n == '1' else what + 's'} a {m.group(3).lower()}"
        add(m, "frequency", out, (n,))
    for m in _OF_SPAN.finditer(text):  # "four minutes of the six minute timer": 4 of 6 min
        a, b = number(m.group(1)), number(m.group(3))
        if a and b and m.group(1).lower() not in ("a", "an") and float(a) <= float(b):
            add(m, "duration", f"{a} of {b} {_TIME_UNITS[m.group(2).lower()]}", (a, b))
    for m in _SCALE_PAIR.finditer(text):  # "a four coming in and a two now": 4 coming in, 2 now
        a, b = number(m.group(1)), number(m.group(3))
        if a and b:
            add(m, "scale", f"{a} {m.group(2).lower()}, {b} {m.group(4).lower()}", (a, b))
    for m in _AND_HALF.finditer(text):  # "a minute and a half"
        add_in(m, m.group(2), "1.5", ("1.5",))
    for m in _AND_QUARTER.finditer(text):  # "a minute and a quarter": as said (no digit to ground)
        add(m, "duration", " ".join(m.group(0).lower().split()), ())
    for m in _A_MINUTE_AND.finditer(text):  # "for a minute and forty seconds of the two minutes": 1 min 40 sec
        said = m.group(1) or m.group(2)
        secs = number(said)
        if secs and said.lower() not in ("a", "an") and float(secs) < 60:
            add(m, "duration", f"1 min {secs} sec", ("1", secs))
    for m in _A_UNIT.finditer(text):  # "she kept going for a full minute": as said (no digit to ground)
        start = max(text.rfind(x, 0, m.start()) for x in ".!?") + 1
        if _TALK_FOR_A.search(text[start:m.start()]):
            continue  # "let's review your past history for a second": a while of the talk, not a time measured
        add(m, "duration", " ".join(m.group(1).lower().split()), ())
    for m in _FRAC_UNIT.finditer(text):  # "a quarter inch", "a quarter of an inch": as said
        f = fraction(m.group(1))
        if f and not re.match(r"\s+ago\b", text[m.end():], re.I):
            add(m, "duration" if m.group(2).lower() in _TIME_UNITS else "distance", " ".join(m.group(0).lower().split()),
                (f,))
    for m in _UNIT.finditer(text):
        n = number(m.group(1))
        if n is None or m.group(1).lower() in ("a", "an"):
            continue
        for said, part in (("and a half", 0.5), ("and one half", 0.5), ("and a quarter", 0.25), ("and one quarter", 0.25),
                           ("and three quarters", 0.75)):
            if said in m.group(0).lower():  # "three and a quarter minutes": 3.25 min
                n = str(float(n) + part).removesuffix(".0")
        unit = m.group(2).lower()
        if unit in _TIME_UNITS and re.match(r"\s+ago\b", text[m.end():], re.I):
            continue  # "two weeks ago": when it was, not how long
        if unit == "foot" and (re.search(r"\b(on|one|each|other)\s+$", text[: m.start()], re.I)
                               or re.match(r"\s+(at a time|balance|hop\w*|stand\w*|on (?:each|every|the|a) "
                                           r"(?:step|stair|rung)s?|up|down|leads?|leading|in front|first|raised|lifted|"
                                           r"still|goes|went|chases|forward|on the|per (?:step|stair|rung))\b",
                                           text[m.end():], re.I)):
            continue  # "stood on one foot", "one foot at a time", "One foot up, arms out.", "one foot leads": the body
            # part, not a distance
        if unit == "feet" and re.match(r"\s+(?:on (?:each|every|the|a) (?:step|stair)|per (?:step|stair)|together|at a time|flat|apart|"
                                       r"off the (?:ground|floor))\b", text[m.end():], re.I):
            continue  # "two feet on every step", "jumped with two feet together": the feet, not a distance
        more = _AND_SECONDS.match(text, m.end()) if unit in ("minute", "minutes", "min", "mins") else None
        if not more and unit in ("minute", "minutes"):
            more = _MINUTES_THEN_SECONDS.match(text, m.end())  # "two minutes forty, from his first look up"
        about = _about_time(text, m.start()) if unit in _TIME_UNITS else ""
        if more and number(more.group(1)) and more.group(1).lower() not in ("a", "an"):
            # "two minutes and thirty seconds", "one minute forty seconds": one time, said in two units
            m2 = re.compile(re.escape(m.group(0) + more.group(0)), re.I).match(text, m.start())
            if m2:
                secs = number(more.group(1))
                add(m2, "duration", f"{about}{n} min {secs} sec", (n, secs))
                continue
        if unit in ("second", "sec", "minute", "min", "moment") and n == "1" and _JUST_A_SECOND.search(text[: m.end()]) \
                and re.match(r"\s*(?:[.!?,]|$)", text[m.end():]):
            continue  # "Sorry, one second.": a pause in the talk, not a time measured
        if unit in _TIME_UNITS:
            each = _PER_EACH.match(text, m.end())
            if each:  # "forty five seconds per sock": the time of each one
                m = re.compile(re.escape(m.group(0) + each.group(0)), re.I).match(text, m.start()) or m
            add(m, "duration", f"{about}{n} {_TIME_UNITS[unit]}" + (f" per {each.group(1).lower()}" if each else ""), (n,))
        else:
            short = _DIST_UNITS[unit]  # "24 in" reads as a preposition: inches are written out
            add(m, "distance", f"{n} {'inch' if short == 'inches' and n == '1' else short}", (n,))
    for m in _OTHER_SIDE.finditer(text):
        before = [f[2] for f in found if f[1] <= m.start() and f[2].kind in ("duration", "distance")]
        n = number(m.group(1))
        if before and n and m.group(1).lower() not in ("a", "an") and not re.search(r"[.!?]", text[before[-1].start:m.start()]):
            unit = before[-1].text.split(" ", 1)[1]
            add(m, before[-1].kind, f"{n} {unit}", (n,))
    for m in _PROPORTION.finditer(text):  # "about half of the circle", "three quarters of the time"
        f = fraction(m.group(2))
        if not f or _half_of(m.group(0), text[: m.start()]):
            continue
        noun = (m.group(5) or "").lower()
        whole = next((k for k, (a, _, x) in enumerate(found) if m.group(5) and a == m.start(5)
                      and x.kind in ("distance", "duration", "repetitions", "count")), None) if m.group(3) else None
        if whole is not None:  # "about half of the two ounces": 0.5 of 2 oz, one measure
            a, b, x = found[whole]
            said = f"{(m.group(1) or '').lower()}{m.group(2).lower()} of {x.text}"
            found[whole] = (m.start(), b, Measure("proportion", " ".join(said.split()), (f, *x.numbers), m.start()))
            taken.append((m.start(), b))
            continue
        total = number(noun) if m.group(3) and noun and (noun in NUMBER_WORDS or noun.isdigit()) else None
        if total and not m.group(1) and float(total) * float(f) == int(float(total) * float(f)) and float(total) > 1:
            # "Half of his six reached the fingertips.": 3/6, one count (not "6 reached the fingertips")
            part = str(int(float(total) * float(f)))
            found[:] = [x for x in found if not m.start(5) <= x[0] < m.end(5)]
            taken[:] = [t for t in taken if not (t[0] <= m.start(5) < t[1])]
            what = re.match(r"\s+([a-z]+s)\b", text[m.end(5):], re.I)
            span = (m.start(), m.end(5) + (what.end() if what else 0))
            taken.append(span)
            found.append((span[0], span[1], Measure("count", f"{part}/{total}" + (f" {what.group(1).lower()}" if what else ""),
                                                    (part, total), m.start())))
            continue
        of_what = bool(noun) and noun not in _NOT_A_PART and noun not in NUMBER_WORDS \
            or bool(m.group(3)) and noun in ("them", "those", "these")  # "half of them stayed tied": of the tries said
        if not of_what and not m.group(1):
            continue  # "half" alone, with no qualifier or noun: too little to be a measure
        said = m.group(0) if of_what else text[m.start(): m.end(2)]
        span = (m.start(), m.start() + len(said))
        if not _spans_overlap(span, taken):
            taken.append(span)
            found.append((span[0], span[1], Measure("proportion", " ".join(said.lower().split()), (f,), m.start())))
    for m in _NTH_DONE.finditer(text):  # "Fourth lap and done.": 4 laps
        n, noun = _ORDINAL_NUMBER[m.group(1).lower()], m.group(2).lower()
        add(m, "repetitions", f"{n} {_PLURAL.get(noun, noun + 's')}", (n,))
    for m in _N_WENT.finditer(text):  # "Five went in from the palm, and on the sixth ...": 5 went in
        n = number(m.group(1))
        if n and m.group(1).lower() not in ("a", "an", "one"):
            add(m, "repetitions", f"{n} {' '.join(m.group(2).lower().split())}", (n,))
    for m in _ONE_COUNT.finditer(text):  # "So one crossing on the second maze.": 1 crossing
        noun = (m.group(1) or m.group(2)).lower()
        if noun not in _NOT_ONE_OF:
            add(m, "repetitions", f"1 {noun}", ("1",))
    for m in _EVERY_EXCEPT.finditer(text):  # "Every block except the bottom corner one": all but 1 block
        n = number(m.group(2))
        if n:
            noun = m.group(1).lower()
            add(m, "count", f"all but {n} {noun if noun.endswith('s') or n == '1' else _PLURAL.get(noun, noun + 's')}", (n,))
    for m in _CORRECTED.finditer(text):  # "Four, actually.": 4
        n = number(m.group(1))
        if n and m.group(1).lower() not in ("a", "an"):
            add(m, "count", n, (n,))
    for m in _ALL_BUT_N.finditer(text):  # "All but two, then.", "all but one stayed tied": as said
        n = number(m.group(1))
        noun = (m.group(2) or "").lower()
        if n and m.group(1).lower() not in ("a", "an"):
            # ("All but two holes": the holes with it, so the item says what the count is of)
            add(m, "count", f"all but {n} {noun}" if noun and noun not in _NOT_REPS else f"all but {n}", (n,))
    for m in _A_COUNT_OF.finditer(text):  # "he let it stay for a count of three": as said
        n = number(m.group(1))
        if n and m.group(1).lower() not in ("a", "an"):
            add(m, "duration", f"a count of {n}", (n,))
    for m in _ONE_IN.finditer(text):  # "he covered his ears on one in three": 1 in 3, as said
        a, b = number(m.group(1)), number(m.group(2))
        if a and b and m.group(2).lower() not in ("a", "an") and float(a) < float(b):
            add(m, "count", f"{a} in {b}{_what_they_did(m.group(3))}", (a, b))
    for m in re.finditer(r"\btwice\b", text, re.I):  # "Twice he grabbed the dice" ("twice a week": a frequency)
        add(m, "repetitions", "2 times", ("2",))
    for m in _SHOWN.finditer(text):  # "after I showed him three times": the clinician's demonstrations
        said = m.group(1) or {"once": "one", "twice": "two"}.get((m.group(2) or "").lower()) or m.group(3)
        n = number(said)
        if n and said.lower() not in ("a", "an"):
            add(m, "repetitions", f"after {n} demonstration{'s' if n != '1' else ''}", (n,))
    for m in _WATCHED.finditer(text):  # "he copied them straight away after watching me draw them"
        add(m, "repetitions", "after a demonstration", ())
    for m in _ONCE.finditer(text):
        add(m, "repetitions", "once", ("1",))
    for m in _IN_A_ROW.finditer(text):
        n = number(m.group(1))
        if n and m.group(1).lower() not in ("a", "an"):
            add(m, "repetitions", f"{n} in a row", (n,))
    for m in _TIMES.finditer(text):
        n = number(m.group(1))
        if n and m.group(1).lower() not in ("a", "an"):
            add(m, "repetitions", f"{n} times", (n,))
    for m in _CLOCK.finditer(text):
        raw = m.group(1).lower()
        first = number(raw.split()[0]) if raw.split() else None
        if first is None or raw.split()[0] in ("a", "an") or not (1 <= float(first) <= 12):
            continue
        nxt = re.match(r"\s+(?:more\s+|full\s+|whole\s+|big\s+|small\s+)?([a-z]+)\b", text[m.end():], re.I)
        if len(raw.split()) == 1 and not m.group(2) and nxt and nxt.group(1).lower() not in _CLOCK_NEXT:
            continue  # "after three tries", "after one demonstration": a count of something, not a time of day
        rest = raw.split()[1:]
        minutes = number(" ".join(rest).replace("o'clock", "").strip()) if rest else None
        when = f"{first}:{int(minutes):02d}" if minutes and minutes.isdigit() else first
        tail = m.group(2) or ("night" if "night" in m.group(0).lower() else "")
        add(m, "time", f"{when}" + (f" in the {tail}" if tail and tail != "night" else " at night" if tail else ""),
            (first, minutes))
    for m in _ONE_CUE.finditer(text):  # "one verbal reminder", "one warning": a count of cues (plurals: below)
        add(m, "repetitions", f"1 {' '.join(m.group(1).lower().split())}", ("1",))
    # "that's the one that keeps the coins tucked in", "that last one makes nine beads": "one" there is no count
    # (masked, same length, so offsets hold and "nine beads" after it is read)
    masked = re.sub(r"\b(?:the|that|this|which|last|each|every|another)\s+one\b|\bone(?=\s+(?:that|which|who)\b)",
                    lambda x: x.group(0)[:-3] + "~~~", text, flags=re.I)
    for m in _REPS.finditer(masked):
        n = number(m.group(1))
        if re.search(r"\beach of (?:the|his|her|their)\s+$", text[max(0, m.start() - 16): m.start()], re.I):
            continue  # "a dot at each of the three corners": where, not a result
        noun = m.group(2).lower()
        if len(noun.split()) > 1 and noun.split()[-1] in _NOT_REPS and noun.split()[-1] != "ones":
            # "four tries with his fingers": the plural noun is "tries", not "tries with his"
            head = re.match(r".*[a-z]s\b", noun.rsplit(" ", 1)[0])
            shorter = head and _REPS.match(text, m.start(), m.start(2) + len(head.group(0)))
            if shorter:
                m, noun = shorter, shorter.group(2).lower()
        if n is None or m.group(1).lower() in ("a", "an") or noun.split()[-1] in _NOT_REPS and not (noun.split()[-1] == "ones" and len(noun.split()) > 1) or noun.split()[0] in ("of",) \
                or re.search(r"(?:ss|ous|[^e]us|is)$", noun.split()[-1]):  # "six piece puzzle unless": no plural
            continue
        add(m, "repetitions", f"{n} {noun}", (n,))
    for m in _PRIOR_SAID.finditer(text):
        if (said := prior_said(m.group(0))) and not _spans_overlap(m.span(), [t for t in taken if t not in nones]):
            taken.append(m.span())  # (a negated "once" in it is its words: "he couldn't get over it once")
            found.append((m.start(), m.end(), Measure("comparison", said, (), m.start())))
    for m in _PART_THEN_OUT_OF.finditer(text):  # "Two with the right hand on its own, out of the five.": 2/5
        a, b = number(m.group(1)), number(m.group(2))
        if a and b and m.group(1).lower() not in ("a", "an") and m.group(2).lower() not in ("a", "an") \
                and float(a) <= float(b):
            add(m, "count", f"{a}/{b}", (a, b))
    for m in _N_WITH_SIDE.finditer(text):  # "Ten leading with the right, hands free": 10 with the right
        n = number(m.group(1))
        if n and m.group(1).lower() not in ("a", "an"):
            add(m, "count", f"{n} {m.group(2).lower()} the {m.group(3).lower()}" + (f" {m.group(4).lower()}" if m.group(4)
                                                                                       else ""), (n,))
    scale = _SCALE_OF.search(text)
    for m in _GIVE_A.finditer(text):
        # "On our colouring scale of one to five, I'd give that owl a three": 3/5; "Last month she scored a two."
        n = number(m.group(1))
        top = number(scale.group(2)) if scale else None
        if n and m.group(1).lower() not in ("a", "an") and (scale or re.match(r"scor", m.group(0), re.I)) \
                and (top is None or float(n) <= float(top)):
            add(m, "rating", f"{n}/{top}" if top else n, (n, top) if top else (n,))
    for m in _A_N_ON_SCALE.finditer(text):
        n = number(m.group(1))
        if n and m.group(1).lower() not in ("a", "an"):
            add(m, "rating", f"{n} on the {' '.join(m.group(2).lower().split())}", (n,))
    for m in _RATING.finditer(text):
        n = number(m.group(1))
        if n and m.group(1).lower() not in ("a", "an"):
            add(m, "rating", f"self-rated {n}", (n,))
    for m in _ZONE.finditer(text):
        add(m, "rating", f"{m.group(1).lower()} zone", ())
    for m in _COMPARATIVE.finditer(text):
        add(m, "comparison", " ".join(m.group(0).split()), ())
    for m in _GOT_IN.finditer(text):
        # (last: only where nothing above read the number) "Sixteen in with the left hand at one minute.", "all
        # twenty-five in a minute forty", "I've got fourteen starting at the top": how many went in, or a tally
        said = m.group(1) or m.group(3)
        n = number(said)
        if n and said.lower() not in ("a", "an", "one") and float(n) > 1:
            rest = "in" if m.group(1) else " ".join((m.group(4) or "").split())
            add(m, "repetitions", f"{n} {rest}".strip(), (n,))
    found.sort(key=lambda f: f[0])
    return [f[2] for f in found]


# "ten times a minute" is a frequency of repetitions, "two minutes a day" a duration: not a rate of a thing
_NOT_RATE = set("""times time minutes minute seconds second hours hour days day weeks week and or of in on at for within
under over about""".split())


def _bare_number(text: str) -> bool:
    """Whether a number stands alone or counts ("she moved seven", "three of five", "five times"): a value to
    compare, not a word of a description ("two feet on every step", "a six piece puzzle")."""
    return any(x.group(0).lower() not in ("a", "an") and number(x.group(0)) and re.match(
        r"\s*(?:$|[.,;!?]|(?:of|out|times|and|or|to|more|less|in a row)\b)", text[x.end():], re.I)
        for x in re.finditer(rf"\b{_NUM}\b", text, re.I))


def _said_numbers(text: str) -> bool:
    return any(x.group(0).lower() not in ("a", "an") and number(x.group(0)) for x in re.finditer(rf"\b{_NUM}\b", text, re.I))


def _month_named(text: str) -> str:
    """``text`` (lower case) with its month names capitalised ("on the ninth of November")."""
    return re.sub(rf"\b(?:{_MONTH}|christmas|easter)\b", lambda x: x.group(0).capitalize(), text)


def prior_said(text: str) -> str:
    """An earlier session said in words ("Last week she put them on the wrong feet.") as a comparison:
    "last week, when she put them on the wrong feet"; "" when there is none or it says a number."""
    for m in _PRIOR_SAID.finditer(text):
        # ("In October she was still going up with two feet on every step": a number that is no measure)
        if not _said_numbers(m.group(2)) or not _bare_number(m.group(2)) and not [
                x for x in measures(m.group(2)) if x.kind not in ("time", "comparison")]:
            when = re.sub(r"^(?:back )?in ", "", m.group(1).lower())  # "compared with October, when ..."
            return f"{_month_named(when)}, when {m.group(2).strip()}"  # ("on the ninth of November, when")
    return ""


def said_before(m: Measure) -> bool:
    """Whether a measure is an earlier session said in words ("last week, when she ...")."""
    return m.kind == "comparison" and bool(_PRIOR_SAID_TEXT.match(m.text))


def only_prior_said(text: str) -> bool:
    """A sentence that only tells of an earlier session in words: the comparison of a result, not a result."""
    ms = [m for m in measures(text) if m.kind != "time"]
    if not ms and _IN_MONTH_START.match(text) and not assistance(text):
        return True  # "In March he was still climbing with two feet on every step.": then, in words
    return bool(ms) and all(said_before(m) for m in ms) \
        and (not assistance(text) or bool(PRIOR_START.match(text)))


_IN_MONTH_START = re.compile(rf"^\W*(?:(?:and|but|so)\s+)?(?:back\s+)?in {_MONTH}\b(?! next)", re.I)
# an earlier time named before a verb in its sentence ("In October he dropped five", "Last time she lost five")
_PRIOR_CUE = re.compile(rf"\b(?:last (?:week|session|time|visit|month|term)|previously|before today|in {_MONTH}|"
                        r"\w+ (?:weeks?|months?) ago|at the start|used to)\b", re.I)
# a sentence that starts with the earlier time ("Last week she needed hand over hand for the soap."): its level
# of help is the earlier one, the comparison of today's result, not a result of today
PRIOR_START = re.compile(r"^\W*(?:(?:and|but|so)\s+)?(?:last (?:week|session|time|visit|month)|previously|before today|"
                         r"at (?:his|her|their|the|your) (?:very )?(?:first|initial) (?:session|visit|assessment|evaluation)|"
                         rf"{_WEEKS_AGO}|"
                         rf"{_IN_MONTH}\b(?! next)|at the (?:start|beginning) of (?:the )?(?:term|year|school year)|"
                         r"at the (?:start|beginning)(?: of the session)?|earlier (?:today|in the session)|"
                         r"(?:in|on|with|for) the (?!day\b|week\b|month\b|session\b|visit\b)[a-z]+ before|before that)\b",
                         re.I)


def assistance(text: str, choices: Sequence[str] = ASSIST_LEVELS) -> list[str]:
    """The levels of assistance or cueing a line names (canonical labels kept in ``choices``)."""
    out = []
    for label, pattern in _ASSIST_RULES:
        if label in choices and label not in out:
            for m in re.finditer(pattern, text, re.I):
                before = text[max(0, m.start() - 24): m.start()]
                if label != "independent" and re.search(r"\b(no|without|not need\w*|didn't need|did not need)\s+"
                                                        r"(any\s+)?(\w+\s+)?$", before, re.I):
                    continue  # "no verbal cues", "without hand-over-hand help": independence, not the level
                if label == "supervision" and "stand-by assist" in out and not re.match(r"supervis", m.group(0), re.I):
                    continue  # the stand-by said, named once
                if label == "independent" and re.search(r"\b(?:nearly|almost|not quite|not|never|n't)\s+(?:all\s+)?$",
                                                        before, re.I):
                    continue  # "Very nearly by yourself", "not quite on his own": help was needed
                out.append(label)
                break
    if "physical assist" in out and {"minimal assist", "moderate assist", "maximal assist", "contact guard"} & set(out) \
            and not re.search(r"\bphysical\b", text, re.I):
        out.remove("physical assist")  # "both hands on his hips ..., so moderate assist": the level named says it
    return out


# words after a compared number that are not its unit ("last week it was twenty and today ...")
_NOT_A_UNIT = set("""and or but with without last this that today now then so in on at to of for before after ago
again times time was were is are by from than""".split())


_VALUE_KINDS = ("count", "duration", "distance", "repetitions", "rate", "percentage")


_HOW_LONG_VERBS = {"lasted", "stayed", "waited", "played", "worked", "balanced", "hopped", "jumped", "walked", "swung",
                   "brushed", "scrubbed", "sustained", "tolerated", "managed", "continued", "persisted", "listened"}


def comparison(text: str) -> str:
    """"last week it was twenty" -> "20 last week"; "instead of five" -> "5 previously" ("" when none)."""
    text = split_ago(text)
    beat = re.search(rf"\b(?:beat|beaten|beats|beating)\s+(?P<when>last (?:week|time|session|month)|(?:her|his|their) "
                     rf"(?:best|record))(?:'s \w+)?\s+by\s+(?P<n>{_NUM})(?:\s+(?P<unit>[a-z]+))?", text, re.I)
    if beat and beat.group("n").lower() not in ("a", "an") and number(beat.group("n")):
        # "Seven bites, so she beat last week by three.": the difference as said, never last week's value
        # ("3 last week"); a time beaten is quicker ("beat last week by ten seconds")
        unit = _TIME_UNITS.get((beat.group("unit") or "").lower(), "")
        when = beat.group("when").lower()
        return f"{number(beat.group('n'))} {unit} quicker than {when}" if unit else \
            f"{number(beat.group('n'))} more than {when}"
    # "up by two on last week": by how much, never last week's value ("2 last week")
    text = _BY_DIFF.sub(lambda m: m.group(0)[: m.start(1) - m.start()] + "by some", text)
    more = re.search(rf"\b({_NUM}) (?:([a-z]+) )?(more|fewer|less|longer|shorter|quicker|faster|slower)(?: [a-z]+)? than "
                     rf"(last (?:week|time|session|month)|before|yesterday|the last (?:one|time|session)|(?:back )?in {_MONTH})\b", text,
                     re.I)
    if more and number(more.group(1)) and more.group(1).lower() not in ("a", "an"):
        # "Fourteen, then. Three more than last week.": the difference as said (last week's value is not said here)
        unit = more.group(2).lower() if more.group(2) else ""
        unit = _TIME_UNITS.get(unit, unit)
        when = re.sub(rf"\b{_MONTH}\b", lambda x: x.group(0).capitalize(), more.group(4).lower(), flags=re.I)
        return " ".join(f"{number(more.group(1))} {unit} {more.group(3).lower()} than {when}".split())
    m = _COMPARE.search(text)
    ago = _AGO.search(text)
    if ago and (not m or ago.start() < m.start()):
        # "eight of twenty two weeks ago": the measure said just before "N weeks ago", in its clause
        clause = re.split(r"[.!?;]|\b(?:and|but)\b|,\s", text[: ago.start()])[-1]
        said = [x for x in measures(clause) if x.kind in _VALUE_KINDS]
        n = number(ago.group(1))
        if said and n:
            return f"{said[-1].text.split(' ', 1)[0] if said[-1].kind == 'count' else said[-1].text} " \
                   f"{n} {ago.group(2).lower()} ago"
    if ago and (not m or ago.start() < m.start()):
        # "Three weeks ago it was twelve words per minute.": the value said after it, in its sentence
        end = re.search(r"[.!?;]", text[ago.end():])
        said = [x for x in measures(text[ago.end(): ago.end() + end.start() if end else len(text)])
                if x.kind in _VALUE_KINDS]
        n = number(ago.group(1))
        if said and n:
            return f"{said[0].text.split(' ', 1)[0] if said[0].kind == 'count' else said[0].text} " \
                   f"{n} {ago.group(2).lower()} ago"
        bare = re.match(rf"\s*,?\s*(?:he|she|they|you)\s+(?:[a-z]+ed|got|did|made|held|took|wrote|drew|caught|threw|strung|"
                        rf"ran|hit|built|tied|cut)\s+(?:only\s+)?({_NUM})\s*(?:[.!?;]|$)", text[ago.end():], re.I)
        today = [x for x in measures(text[: ago.start()]) if x.kind in ("repetitions", "count", "duration", "distance")]
        today = [x for x in today if x.kind != "duration"] or today
        if bare and n and today and bare.group(1).lower() not in ("a", "an") and number(bare.group(1)):
            # "Fourteen beads in the two minutes. ... Three weeks ago he got eight.": 8 beads, the count's noun
            # (a part's count, "first 2 with minimal assist", has no noun to lend: "8 3 weeks ago", never "8 2 ...")
            unit = today[0].text.split(" ", 1)[1] if re.match(r"^[\d./]+ [a-z]", today[0].text) else ""
            unit = "" if "/" in today[0].text.split(" ", 1)[0] and not unit else unit
            return f"{number(bare.group(1))}{' ' + unit if unit else ''} {n} {ago.group(2).lower()} ago"
    # the cue with a number said after it in its sentence ("before he stopped to ... Last week it was two and a
    # half minutes": the "last week", not the "before" of a clause with no number)
    cue, after, said = "", "", []
    # a cue of an earlier time before "before" ("worked for eight minutes before his first break, ... Last session
    # his best was three minutes": the last session's, not "before his first break")
    # (and a month named goes before an earlier time named: "At the first assessment in August it was under two")
    for m in sorted(_COMPARE.finditer(text), key=lambda x: (x.group(1).lower() == "before",
                                                             bool(_NAMED_EARLIER.match(x.group(1))), x.start())):
        sentence_end = re.search(r"[.!?;]", text[m.end():])
        after = text[m.end(): m.end() + sentence_end.start() if sentence_end else len(text)]
        if m.group(1).lower() == "before" and re.match(r"\s*(?:you|he|she|they|we|I)\s+[a-z]+", after, re.I):
            continue  # "put the stick down after every word before you start the next one": when, no earlier value
        said = [x for x in re.finditer(rf"\b{_NUM}\b", after, re.I)
                if x.group(0).lower() not in ("a", "an") and number(x.group(0))
                and not (x.group(0).lower() == "one" and re.search(r"\b(?:the next|this|that|each|every|another|the other|"
                                                                     r"which|the same|the right|the left|the big|the "
                                                                     r"little|a single|not|no)\s+$", after[: x.start()], re.I))]
        # ("Last week she didn't hold on to a single one": none, said in words; never "1 m last week")
        if said:
            cue = m.group(1).lower()
            if cue == "before" and _SAME_DAY_BEFORE.search(text[: m.end()]):
                cue = "earlier in the session"  # "In the sentence before, without it, only three of ten."
            break
    nums = [number(x.group(0)) for x in said]
    if not nums:
        for m in _COMPARE.finditer(text):  # "Last week, the same card, it was only half of them.": half of them last week
            end = re.search(r"[.!?;]", text[m.end():])
            part = [x for x in measures(text[m.end(): m.end() + end.start() if end else len(text)])
                    if x.kind == "proportion"]
            if part and (m.group(1).lower() in ("last week", "last time", "last session", "last month", "last visit",
                                                "previously") or m.group(1).lower().startswith("before ")):
                return f"{part[0].text} {m.group(1).lower()}"
            took = [x for x in measures(text[m.end(): m.end() + end.start() if end else len(text)])
                    if x.kind == "duration" and not x.numbers]
            if took and m.group(1).lower().startswith(("on the ", "last ")):
                # "On the twentieth of October the same name took him a minute and a quarter."
                return f"{took[0].text} {_month_named(m.group(1).lower())}"
        return prior_said(text)
    whole = [x for x in measures(after) if x.kind in _VALUE_KINDS and x.kind != "count" and not x.text.endswith(" in")]
    unit = ""
    mm = _UNIT.search(after)
    if mm and mm.start(1) != said[0].start() and re.match(
            rf"\s+(?:[a-z]+\s+)?in (?:the |a |an |{_NUM} )?(?:{_UNIT_WORDS_RE})\b", after[said[0].end():], re.I):
        mm = None  # "In January he threaded five in a minute": five things in that time, never 5 min
    noun = re.match(r"\s+([a-z]+)\b", after[said[0].end():], re.I)
    verb = re.search(r"\b([a-z]+ed|ran|did|made|held|took|wrote|drew|caught|threw|got)\s+(?:only\s+)?$",
                     after[: said[0].start()], re.I)
    same = re.search(rf"\b{verb.group(1)}\s+(?:\w+\s+)?{_NUM}\s+([a-z]+(?: [a-z]+)?s)\b", text[: m.start()], re.I) \
        if verb else None
    if mm:
        unit = " " + (_TIME_UNITS.get(mm.group(2).lower()) or _DIST_UNITS.get(mm.group(2).lower(), ""))
    elif same and same.group(1).split()[-1].lower() not in _TIME_UNITS:
        unit = " " + same.group(1).lower()  # "She moved twelve pom poms ... Last week she moved seven": 7 pom poms
    elif noun and noun.group(1).lower() not in _NOT_A_UNIT:
        # a number with its own noun ("gave up after ten pieces") keeps it: today's unit ("6 min") is not its unit
        unit = " " + noun.group(1).lower()
    elif verb and verb.group(1).lower() in ("got", "did", "made", "put", "caught", "threw", "hit", "wrote", "drew") \
            or verb and verb.group(1).lower().endswith("ed") and verb.group(1).lower() not in _HOW_LONG_VERBS:
        # "At his very first session in October he got four on.": a count, as today's count is ("9 beads"), never
        # today's time ("4 min in October" was written for it)
        count = next((x for x in measures(text[: m.start()]) if x.kind in ("repetitions", "count")
                      and (own := re.match(r"^[\d/]+ ([a-z]+)", x.text)) and own.group(1) not in _NOT_A_UNIT), None)
        unit = " " + count.text.split(" ", 1)[1].split()[0] if count else ""
    else:
        # (a count said in a later sentence than the time is what is compared: "Two minutes and ten seconds. ... I
        # count six places where your line comes out of the track. At the first assessment in May it was eleven" is
        # 11, never "11 min 10 sec"; a time of two units lends none)
        before = measures(text[: m.start()])
        main = next((x for x in before if x.kind in ("duration", "distance")), None)
        if main and any(x.kind in ("repetitions", "count") and x.start > main.start
                        and re.search(r"[.!?;]", text[main.start: x.start]) for x in before):
            main = None
        after_num = re.search(r"^[^\d]*[\d.]+\s+([a-z][^\d]*)$", main.text) if main else None
        if after_num:  # (the unit after today's number: "just over 4 min" is in min, never "over 4 min")
            unit = " " + after_num.group(1)
    value = f"{nums[0]}{unit}"
    side = re.search(r"\bon (?:his|her|their|the) (right|left)\b", after)
    if whole and whole[0].start <= said[0].start() + 1:
        value = whole[0].text  # "two and a half minutes": 2.5 min; "twelve words per minute" whole
    of = _OF.match(after, said[0].start())
    if of and number(of.group(2)) and of.group(2).lower() not in ("a", "an"):
        value = f"{nums[0]}/{number(of.group(2))}"  # "last session it was three of eight": 3/8, not 3
    level = re.search(r"\b(level|step|stage)\s+$", after[: said[0].start()], re.I)
    if level and not unit:  # "Last week he stopped me at level two.": level 2, not a bare 2
        value = f"{level.group(1).lower()} {value}"
    if side:
        value += f" on the {side.group(1).lower()}"  # "he could only hop two times on the left"
        other = re.match(rf"[^.!?;]*?,?\s+and\s+(none|nothing|({_NUM}))(?: at all)?\s+on (?:his|her|their|the) (right|left)\b",
                         after[side.end():], re.I)
        if other and other.group(3).lower() != side.group(1).lower() and (other.group(2) is None or number(other.group(2))):
            # "he did three on the right, and none at all on the left": both sides, as said
            value += f" and {number(other.group(2)) if other.group(2) else 0} on the {other.group(3).lower()}"
    if _NAMED_EARLIER.match(cue):
        # "9 at the start of the school year", "2/5 at the first assessment", "41 before Christmas"
        return f"{value} " + re.sub(r"\b(christmas|easter)\b", lambda x: x.group(1).capitalize(), cue)
    if cue.startswith(("at the", "earlier")):
        # "at the start of the session, without the cue, it was six out of sixteen"; an earlier session said
        # after it in words ("... only three of ten. Two weeks ago she ran all her words together.") goes with it
        before = prior_said(text[m.end():])
        return f"{value} {cue}" + (f" and {before}" if before else "")
    if cue.startswith("on the "):  # "a minute and a quarter on the twentieth of October"
        cue = _month_named(cue)
        return f"{value} {cue}" if re.search(
            rf"\b(?:took|was|were|got|caught|threw|made|did|wrote|held|ran|hit|[a-z]+ed)\b[^.!?;]*?"
            rf"{re.escape(said[0].group(0))}\b", after, re.I) else prior_said(text)
    if cue.startswith(("in ", "back in ")) and not re.search(
            rf"\b(?:took|was|were|got|caught|threw|made|did|wrote|held|ran|hit|[a-z]+ed)\s+(?:(?:him|her|them|only|just)\s+)?"
            rf"(?:(?:over|about|almost|nearly|nearer|under|around)\s+)?{re.escape(said[0].group(0))}\b", after, re.I):
        return prior_said(text)  # "In March he was still climbing with two feet on every step.": the words, no value
    if cue.startswith(("in ", "back in ")):  # "over 6 min in October"
        bound = re.search(r"\b(over|about|almost|nearly|nearer|under|around|just over|just under)\s+$", after[: said[0].start()],
                          re.I)
        bound = bound if bound and not value.lower().startswith(bound.group(1).lower()) else None  # (said in value)
        return f"{bound.group(1).lower() + ' ' if bound else ''}{value} in {cue.split()[-1].capitalize()}"
    if cue.startswith("last") or cue == "before" or cue == "used to":
        return f"{value} {cue}" if cue.startswith("last") else f"{value} previously"
    if cue in ("up from", "down from", "from"):
        # "up from a three out of ten at the start": "3/10 at the start" (the item says "compared with" it)
        when = re.match(r"\s*(?:(?:out )?of \w+(?: \w+)?\s+|(?:and a half\s+)?[a-z]+\s+)?(at the (?:start|beginning)|earlier|"
                        rf"this morning|last (?:week|time|session|month|visit)|before|in {_MONTH})\b", after[said[0].end():],
                        re.I)
        if when and when.group(1).lower().startswith("in "):
            return f"{value} {_month_named(when.group(1).lower())}"  # "8.5 min in September"
        return f"{value} {when.group(1).lower()}" if when else f"{value} previously"
    if cue == "instead of" or cue.endswith(" from"):
        return f"{value} previously"  # "That is a big change from twenty minutes!": 20 min previously
    return f"{cue} {value}"


_STEP_VERB = re.compile(r"^\s*(?:and\s+|then\s+)?(?:cross|tuck|pull|push|wrap|pinch|fold|put|turn|twist|loop|hold|squeeze|"
                        r"make|take|bring|slide|poke|press|tap|flip|lift|drop|scoop|stab|wipe|dip|rub|swap)\b", re.I)


def _steps_told(text: str) -> bool:
    """Whether a sentence tells the steps of a task ("Two loops, cross them, tuck one under, and pull."): two or more of
    its clauses after a comma start with a verb of doing, and nobody is said to have done anything."""
    clauses = re.split(r",|;", text.rstrip(" .!"))[1:]
    return sum(1 for c in clauses if _STEP_VERB.match(c)) >= 2 \
        and not re.search(r"\b(?:he|she|they|you|I)\s+\w+", text, re.I)


def in_room(text: str) -> bool:
    """Whether another adult's sentence counts what the child does now, in the session ("Three of six on the back
    teeth, then.", the speech therapist co-treating; "Eight caught, two dropped, from five feet.", a student): a result
    like the clinician's, not a report from elsewhere ("at camp", "last week") nor a sibling's "I can do twenty jumps!"
    about himself."""
    ms = measures(text)
    return bool(ms) and not RELAYED.match(text) and not _ELSEWHERE.search(text) \
        and not (re.match(r"^\W*(?:(?:and|but|so)\s+)?(?:[a-z]+,\s+)?(?:I|we)\b", text, re.I)
                 and not re.match(rf"^\W*I\s+(?:got|counted|make it|made it|had)\s+{_NUM}\b", text, re.I)) \
        and not text.rstrip().endswith("?") \
        and not any(m.kind == "duration" and m.text.split()[-1] in ("days", "weeks", "months", "years") for m in ms)


# the visit's next step said aloud ("well, let's go ahead and do a quick physical exam, okay?", "let's go over the
# plan for you"), and words to the ambient scribe ("hey, dragon, show me the vital signs", "I'd like to tell dax a
# little bit about you"): no finding, no plan (read in ACI-BENCH's train split, 2026-12-07)
_FILL = r"(?:(?:okay|ok|so|alright|all right|and|um|uh|well|now|yeah|you know|just)\s*[,.]?\s+)*"
_VISIT_STEP = re.compile(
    rf"^\W*{_FILL}(?:(?:let'?s|let me|i'?m going to|i'?m gon ?na|i wan ?na|i want to|we'?re going to|we'?re gon ?na|"
    rf"we'?ll-?|i'?ll|i'd like to|we can|i would like to)\s+{_FILL}(?:go ahead\s*(?:,|\band\b)?\s*)?{_FILL}"
    rf"(?:(?:we'?ll-?|we'?re going to|we'?re gon ?na|i wan ?na|i want to|i'?m going to|i'?m gon ?na)\s+)*{_FILL}(?:go\s+)?)"
    r"(?:(?:do|have|take|perform)\s+(?:a\s+)?(?:quick\s+|brief\s+)?(?:look|physical\s+exam(?:ination)?|exam(?:ination)?)|"
    r"(?:go\s+)?over\s+(?:,\s*)?(?:you know\s*,\s*)?(?:the\s+|my\s+|your\s+|some\s+of\s+(?:your|the)\s+)?"
    r"(?:assessment|plan|results|labs|test results|x-?rays?)(?:\s+and\s+(?:my\s+)?(?:plan|results))?|"
    r"examine\s+you|listen to your (?:heart|lungs|chest))\b[^.?!]{0,40}[.?!]?\s*$", re.I)
_SCRIBE = re.compile(r"^\W*(?:hey\s*,?\s*)?dragon\b\W*(?:$|show me\b|finali[sz]e\b|go ahead and finali[sz]e\b|i'?m seeing\b)|"
                    # ("hey dragon ? show me the blood pressure .": the command after the wake words' own sentence)
                    r"^\W*(?:(?:um|uh|okay|and)\s*,?\s*)*show me (?:the|your|his|her)\b[^.!?]{0,40}[.!?]?\s*$|"
                    r"\bdax\b", re.I)


# a condition, then the next step ("If she manages three in a row, we'll move to the big ball.", "Once he's had
# two dry weeks, we drop the timer."): the condition is in the present, the step is ours
_IF_THEN_PLAN = re.compile(r"^\W*(?:(?:and|so|then|now)\s*,?\s+)?(?:if|once|as soon as|when(?:ever)?)\s+(?:he|she|they|you|"
                           r"[A-Z][a-z]+|(?:his|her|their) (?:\w+ )?\w+)\s+(?!(?:\w+ed|did|got|went|was|were|had|made|took|"
                           r"held|caught|threw|gave|kept|put|ran|sat|stood|came|said|told)\b)[^.!?]*?,?\s+(?:then\s+)?"
                           r"(?:(?:we|I|you)(?:'ll|\s+will|\s+can|\s+could|\s+should|'d)?\s+(?:\w+\s+)?(?:move|swap|switch|"
                           r"go|try|start|add|drop|change|stop|take|put|make|progress|upgrade|step|bump|increase|raise|"
                           r"fade|get|introduce|bring|open|trade|lose|ditch|lengthen|shorten|look)|"
                           # "If her right hand reaches twelve kilos, she moves up to the firmer blue putty."
                           r"(?:he|she|they)(?:'ll|\s+will|\s+can)?\s+(?:(?:moves?|goes|go|gets?|steps?)\s+(?:up|on)\b|"
                           r"graduates?|progress(?:es)?\s+to|swaps?|switch(?:es)?\s+to)\b)", re.I)


# the next visit named ("next session", "next time"): what is said of it is the plan, whatever else the sentence says
_NEXT_VISIT = re.compile(r"\bnext (?:session|time|week|visit)\b", re.I)
_I_THEN_YOU = re.compile(r"^\W*I\s+(?!(?:\w+ed|had|was|did|got|gave|held|put|set|let|made|kept|took|said|told)\b)[a-z]+"
                         r"\b(?:\s+[\w']+){0,5}?,\s+(?:and\s+|then\s+)?you\s+(?!\w+ed\b)[a-z]+\b[^.!?]*[.!]?$", re.I)


# a count announced, then said after a colon ("Let's count them off the lace: twelve big beads, from eight last week")
_COUNT_LEAD = re.compile(r"^\W*(?:(?:okay|ok|so|now|right|and|well)[,]?\s+)?let'?s (?:count|check|see|look|add)\b[^.!?:]{0,40}:"
                         r"\s+(?=\S)", re.I)


# what children of that age usually do ("Plenty of five-year-olds still wake at night", "Lots of families do that",
# "most children his age manage ten"): said to reassure, no result, report or homework
_NORM = re.compile(r"^\W*(?:(?:and|but|so)\s+)?(?:plenty of|lots of|a lot of|most|many|loads of)\s+(?:other\s+)?(?:children|"
                   r"kids|[a-z]+-year-olds|boys|girls|families|parents)\b", re.I)


# the clinician naming the level of the help as they give it, and what for ("so that's min assist on the jumper")
_LEVEL_NAMED = re.compile(r"\bthat'?s\s+(?:(?:a|my|the|just)\s+)?(?:min(?:imal)?|mod(?:erate)?|max(?:imal)?|contact|stand[- ]?by|"
                          r"hand[- ](?:over|under)|physical|verbal|gestural|visual|tactile|CGA|SBA)\b[\w -]{0,20}?\s(?:on|for) "
                          r"(?:the|his|her|their|this|that) \w+", re.I)  # (with what it is for: "... on the jumper")


def classify(text: str, role: str | None, index: int, total: int) -> Moment | None:
    """The moment a line is, or None. ``role``: the speaker's role (therapist, doctor, caregiver, ...). (A caregiver
    telling the child what to do, "Show her your thumb, Nico.", reports nothing.)"""
    role = (role or "").lower()
    if role in _CLINICIAN and _NORM.match(text):
        return None
    if role in _CLINICIAN and (lead := _COUNT_LEAD.match(text)):
        return classify(text[lead.end():], role, index, total)  # what the count is, not the "let's" before it
    ms = tuple(measures(text))
    helped = tuple(assistance(text))
    kinds = []
    clinician = role in _CLINICIAN
    words = len(re.findall(r"[A-Za-z']+", text))
    if _SCRIBE.search(text) and len(text.split()) <= 30 or clinician and _VISIT_STEP.search(text):
        return None  # (a long run-on sentence that names dax may say more: "hey gabriel i'm doctor scott ...")
    if not clinician and not ms and words <= 8 and re.search(
            r"\bby my (?:[\w']+\s+)?(?:count|watch|timer|reckoning)\b", text, re.I):
        return None  # "Six, by my umpire's count.": another adult counting in the room (the clinician says the result)
    if not clinician and (aloud := _COUNTING_ALOUD.match(text)) and len(re.findall(r"[A-Za-z]+", text[aloud.end():])) <= 2:
        return None  # "One Mississippi, two Mississippi, three, four, ...": counting aloud, the clinician says the result
    if not clinician and not ms and _COUNT_NOW.match(text) and not _ELSEWHERE.search(text) and not re.search(
            r"\b(?:home|school|nursery|week|weeks|night|nights|day|days|month|yesterday|last|usually)\b", text, re.I):
        return None  # "That's three, and her feet are still up, look at that.": counting in the room, no report (the
        # clinician says the result; a count with its total, "That's four of the five pictures", stays as it was)
    if not clinician and ms and _CONFIRMED.match(text) and ms[0].start == 0 and ms[0].text.isdigit():
        ms = ms[1:]  # "Four, then. She keeps better track than I do.": the caregiver agreeing, the clinician says it
    if not clinician and _CORRECTED.fullmatch(text.strip()):
        return None  # "Three, actually." from the caregiver: the clinician's count after it is the result
    if not clinician and role != "child" and ms and (
            all(m.kind == "comparison" and re.search(r"\b(?:than|as) (?:me|I|us|you)\b", m.text, re.I) for m in ms)
            or re.match(r"^\W*(?:(?:oh|well|and)[,]?\s+)?my (?!count|tally|watch|timer|chart|diary|notes?\b)[a-z]+", text, re.I)
            and not re.search(r"\b(?:he|she|him|her|his|they|them|their)\b", text, re.I)):
        # another adult about themselves: "He's quicker than me.", "My eyeliner takes twenty minutes, and I still miss
        # the sixty-six bus.": chatter, neither a result nor a report about the child
        ms = ()
    if ms and (clinician or role in _REPORTER - {"child"} and not _ANNOUNCE.match(text)
               or role == "child" and any(m.kind in ("count", "rating", "comparison") for m in ms)):
        kinds.append("measure")  # the child's own count, self-rating or comparison is a finding too
    if helped and clinician:
        kinds.append("assistance")
    if clinician and not ms and not helped and (_DID.search(text) or _WAS_DOING.search(text)) and words >= 4 \
            and not text.rstrip().endswith("?") \
            and not PRIOR_START.match(text) \
            and not (_PRAISE.search(text) and words <= 9):
        kinds.append("observation")
    elif clinician and _NOT_ADDRESSED.search(text) and words >= 5 and not text.rstrip().endswith("?") \
            and not PRIOR_START.match(text):  # "Last month he couldn't do any buttons": then, not a goal left today
        kinds.append("observation")  # a goal not addressed today
    if role in ("caregiver", "parent") and not ms and (INTRODUCED_BY.search(text) or _CAME_ALONG.search(text)
                                                       or (_ASIDE.search(text) or _TO_SOMEONE.search(text)
                                                       and re.search(r"\b(?:you|your|yours)\b", text, re.I))
                                                       and not re.search(r"\b(?:he|she|he's|she's|him|his|her)\b", text, re.I)):
        pass  # an aside in the room ("Oh, sorry, sorry, that's my phone.", "This is Kayleigh, his cousin."): no report
    elif role in ("caregiver", "parent") and (_CONSENT.match(text) or not ms and _OWN.search(text) and not _NOT_OWN.search(
            re.sub(r"\bthey (?:say|said|tell|told|call|called)\b", "", text, flags=re.I))):
        pass  # the caregiver on themselves ("At work they say I write like a spider ..."), or a yes: no report
    elif role in ("caregiver", "parent") and not _TOLD.match(text) and not _ANNOUNCE.match(text) \
            and not (_IMPERATIVE.match(text) and not ms
                     and (re.search(r"\byour?\b", text, re.I) or re.search(r",\s+[A-Z][a-z]+[.!]?$", text))) \
            and not (not ms and words <= 6 and re.search(r",\s+[A-Z][a-z]+[.!]?$", text)) and (
            # ("Now the other one, Els.": said to the child by name, in the room; no report)
            ms or words >= 6 and _CAREGIVER_TOPICS.search(text) or words >= 5 and not text.rstrip().endswith("?")):
        kinds.append("caregiver_report")
    if clinician and _HOME.search(text) and words >= 5:
        kinds.append("home_program")
    elif clinician and ms and words < 5 and not _DID.search(text) and re.search(
            r"\b(?:a|each|every|per) (?:day|night|evening|morning|week)\b", text, re.I) \
            and all(m.kind in ("duration", "frequency", "repetitions") for m in ms):
        # "5 minutes a day." (the home program's dose, said after it): how often at home, never a result of today
        kinds = [k for k in kinds if k not in ("measure", "assistance")] + ["home_program"]
    if clinician and _PLAN.search(text) and words >= 4:
        kinds.append("plan")
    if "plan" in kinds and re.search(r"\b(?:we'?ll|we will|let'?s|I'?ll|I will)\s+(?:just\s+)?(?:call|count|score|say)\s+"
                                     r"(?:it|that|this)\b", text, re.I) and not _NEXT_VISIT.search(text):
        kinds.remove("plan")  # "so we'll call it four", "We'll call it three and a tail.": a count settled now
    if "plan" in kinds and not _NEXT_VISIT.search(text) and all(
            re.match(r"(?:I'?ll|I will) give (?:you|him|her|them) that\b|we'?ll (?:see|find out) (?:how|if|whether|what|who)\b",
                     text[p.start():], re.I) for p in _PLAN.finditer(text)):
        # "It's sneaky, I'll give you that.", "Write your name on the top one, and we'll see how far down it goes.":
        # a saying and what today's task will show, no plan
        kinds.remove("plan")
    if "plan" in kinds and index == 0 and clinician and not _NEXT_VISIT.search(text) \
            and all(re.match(r"we\b|we'", p.group(0), re.I) for p in _PLAN.finditer(text)):
        # "We'll read a story, get a doll ready for bed and try a heavy blanket.", in the greeting: today's agenda
        kinds.remove("plan")
    if "plan" in kinds and _SOON.search(text):
        kinds.remove("plan")  # "We'll get to medication in just a second": the order of this visit, no plan
    if "plan" in kinds and role == "therapist" and not _NEXT_VISIT.search(text) \
            and re.search(r"\b(?:timer|beeps?|buzzer)\b|\bwe(?:'ll| will| can) (?:make|come up with|work out) a plan\b", text, re.I):
        # "when it beeps you can get down", "we'll make a plan for that bottle today": this session's (the plan, once
        # made, is said in words of its own)
        kinds.remove("plan")
    if "observation" in kinds and index <= 1 and re.search(r"\b(?:came|arrived|made it|got here|brought)\b", text, re.I):
        kinds.remove("observation")  # "And Nia, you came too.": who came, in the greeting (was "Came too.")
    if "observation" in kinds and _RECAP.search(text) and not _SAID_DONE.search(_RECAP.sub("", text)):
        kinds.remove("observation")  # "you mentioned it's been dry and itchy": the patient's report, said back
    if "home_program" in kinds and not [m for m in _HOME.finditer(text) if not re.search(
            r"\b(?:great|good|nice|lovely|such|wonderful|brilliant|excellent|more|that'?s|that is)\s+$",
            text[max(0, m.start() - 20): m.start()], re.I) or not m.group(0).lower().startswith("practi")]:
        kinds.remove("home_program")  # "That is great practice, Noah, let's start with the maze.": praise
    if "home_program" in kinds and "measure" in kinds and _HOME_WHEN.search(text) and not said_done(text) \
            and not any("/" in m.text for m in ms):
        kinds.remove("measure")  # "On school mornings the bottom two buttons of his shirt are his job": for home
    if "home_program" in kinds and re.search(r"\bat home,? (?:it'?s|it is|he'?s|she'?s|he is|she is|they'?re|there'?s|"
                                             r"there is)\b", text, re.I) \
            and not [m for m in _HOME.finditer(text) if m.group(0).lower() != "at home"]:
        kinds.remove("home_program")  # "You're probably both right: at home it's short and there's no clock.": how
        # home is, said to the caregiver, not what to do there
    if "home_program" in kinds and role == "doctor" and text.rstrip().endswith("?"):
        kinds.remove("home_program")  # "Okay, and it's seven times a day?": the history asked, nothing to do at home
    if "home_program" in kinds and _IN_SESSION.match(text) and not _HOME_WHEN.search(text):
        kinds.remove("home_program")  # "Now squeeze it ten times": what to do now, in the session
    if "plan" in kinds and "home_program" in kinds and _NEXT_VISIT.search(text):
        kinds.remove("home_program")  # "next session we will try ..." is the plan, not homework
    imp = _IMPERATIVE.match(text)
    # ("Circle, cross and square with verbal cues only: stop at the corner, turn, go.": the cues' words, after the
    # result and its level, are no steps told now)
    cued = re.match(r"^([^:]{6,}?):\s", text)
    steps = _steps_told(text) and not (cued and assistance(cued.group(1)) and not _steps_told(cued.group(1)))
    if clinician and (imp or _IN_SESSION.match(text) or steps) \
            and not _DID.search(text[imp.end():] if imp else text) and not _SAID_DONE.search(text):
        # (the told verb itself is no past: "Scissors next: cut out the four pictures")
        kinds = [k for k in kinds if k not in ("measure", "assistance")]
    if clinician and _AGENDA.search(text):
        kinds = [k for k in kinds if k not in ("measure", "assistance", "observation")]
        if re.search(r"\b(today|this session)\b", text, re.I) and not home_when(text):
            kinds = [k for k in kinds if k not in ("plan", "home_program")]  # today's agenda: neither
    if clinician and _WILL_NOW.match(text) and not _SAID_DONE.search(text) and not _PLAN.search(text) \
            and not _HELP_FIRST.match(text):
        # "I'll ring it six times and I won't tell you when.": what is about to happen in the session, no result
        # ("I'll lift the hem past your elbows, just that bit, so that's min assist on the jumper": the level given)
        kinds = [k for k in kinds if k not in ("measure", "observation")
                 and (k != "assistance" or _LEVEL_NAMED.search(text))]
    if clinician and _I_THEN_YOU.match(text) and not _DID.search(text) and not _SAID_DONE.search(text):
        # "I bounce it once, you catch it.": how the task goes, said before it, not a result
        kinds = [k for k in kinds if k not in ("measure", "assistance")]
    if clinician and _PERMIT.match(text) and not _SAID_DONE.search(text):
        kinds = [k for k in kinds if k not in ("measure", "assistance")]  # "Please do, for the last three.": a yes
    if clinician and _SETUP.match(text) and not _SAID_DONE.search(text) and not said_done(text) \
            and not any(m.kind == "count" and "/" in m.text for m in ms):  # (the total, then the part done: a result)
        # "There are twelve holes round his shell.", "Five bolts on your board, five on Nia's.", "Six pegs to clip
        # round the rim.": how the task is set up, not a result
        kinds = [k for k in kinds if k not in ("measure", "assistance")]
    if clinician and (_TIMER.match(text) or _TIMER_SET.search(text)) and not _SAID_DONE.search(text):
        kinds = [k for k in kinds if k != "measure"]  # "I'm setting the timer for six minutes": no result
    if "observation" in kinds and not _DID.search(text) and _NOT_ADDRESSED.search(text):
        kinds = [k for k in kinds if k not in ("plan", "home_program")]  # "we'll do it next week" is its reason
    if clinician and _ASSESS.search(text) and words >= 6:
        kinds.append("assessment")
    if clinician and _EXAM.search(text) and words >= 5:
        kinds.append("exam")
    if role == "patient" and words >= 6:
        kinds.append("caregiver_report")  # a patient reporting on themselves: the subjective history
    if role in ("other", "interpreter") and RELAYED.match(text) and words >= 5 and not text.rstrip().endswith("?") \
            and not _RELAYED_QUESTION.match(RELAYED.sub("", text, count=1)) \
            and not all(_ANNOUNCE.match(x) or _COURTESY.match(x)
                        for x in re.split(r",?\s+and\s+", RELAYED.sub("", text, count=1))):
        # (not "She says thank you." nor "She says she has a lot to tell you about dinner times.": what follows is)
        kinds.append("caregiver_report")  # an interpreter relaying the caregiver ("She says he falls on the stairs")
    elif role == "other" and words >= 6 and not text.rstrip().endswith("?") and not RELAYED.match(text) \
            and not _TOLD.match(text) \
            and not _ANNOUNCE.match(text) and not INTRODUCED.search(text) \
            and (about := _ABOUT_CHILD.search(text)
                 or ms and not re.match(r"^\W*(?:I|we)\b", text, re.I) and _ELSEWHERE.search(text)) \
            and not (re.search(r"\b(?:I|we)\b", text[: about.start()], re.I)
                     # ("I checked the school register on Monday: he's been in for ...": what they looked at, a report)
                     and not re.search(r"\b(?:I|we) (?:\w+ed|saw|did|went|spoke|rang|heard|got)\b[^:;]*[:;,]",
                                       text[: about.start()], re.I)
                     # ("I pick him up Wednesdays, and his teacher says he's always last out of the cloakroom": what
                     # someone at school told them about the child, a report)
                     and not _THIRD_PARTY_SAYS.search(text)) \
            and (ms or _CAREGIVER_TOPICS.search(text)):
        # another adult or a sibling telling about the child ("At school he's last in every relay in gym class", the
        # school aide; "Snatching toys: five times on Monday, just once by Thursday.", when and where with no "he"):
        # a report like the caregiver's, said under its own name
        kinds.append("caregiver_report")
    if foreign(text):
        kinds = [k for k in kinds if k != "caregiver_report"]  # the interpreter's English says it
    if _POINTER.match(text):
        kinds = [k for k in kinds if k not in ("plan", "assessment")]  # "That's probably what I recommend.": says nothing
    if clinician and _IF_THEN_PLAN.match(text):
        # "If he cuts the circle with nobody touching his elbow twice in a row, we move on to a square.": the step
        # after a condition still to be met, a plan; its number is the condition's, not a result of today
        kinds = [k for k in kinds if k not in ("measure", "assistance", "observation")]
        kinds += [] if "plan" in kinds else ["plan"]
    if clinician and GOAL_TARGET.search(text) and not text.rstrip().endswith("?") and words >= 5 \
            and not _NOT_ADDRESSED.search(text):  # ("Her goal for the snap ... we're not working on it today")
        # "What we're aiming for is all four shapes copied by his birthday.": the goal ahead, a plan, not a result
        # (nor the home program: "... no more than once a week, by the February half term" is its target)
        kinds = [k for k in kinds if k not in ("measure", "assistance", "observation", "home_program")]
        kinds += [] if "plan" in kinds else ["plan"]
    if not kinds:
        return None
    return Moment(index, tuple(kinds), ms, helped, comparison(text) if ms else "")


def find(texts: Sequence[str], roles: Sequence[str | None]) -> list[Moment]:
    """Every moment of the lines ``texts`` spoken by ``roles`` (same length), in order."""
    out = []
    for i, (t, r) in enumerate(zip(texts, roles)):
        m = classify(t, r, i, len(texts))
        if m is not None:
            out.append(m)
    return out


# "in the sentence before", "on the try before", "before that": an earlier moment of this session
_SAME_DAY_BEFORE = re.compile(r"\b(?:in|on|with|for) the (?!day\b|week\b|month\b|session\b|visit\b)[a-z]+ before$|"
                              r"\bbefore that$|\bthe (?:one|time|try|round) before$", re.I)
_PRIOR = re.compile(rf"\b(last (?:week|time|session|month|visit)|previously|up from|down from|instead of|used to|"
                    r"(?:change|improvement|difference|jump) from|"
                    r"(?:in|on|with|for) the (?!day\b|week\b|month\b|session\b|visit\b)[a-z]+ before|before that|"
                    rf"{_IN_MONTH}|"
                    rf"at the (?:start|beginning) of the session|earlier (?:today|in the session)|"
                    rf"compared (?:to|with)|{_NUM}\s+(?:days?|weeks?|months?|sessions?|visits?)\s+ago)\b", re.I)


def prior_value(text: str, m: Measure) -> bool:
    """Whether a measure is the value of an earlier time that its sentence compares with ("Last session it was
    three of eight", "up from twenty"): said after such a cue in its sentence, it is the comparison's, not
    a result of today."""
    start = max((x.end() for x in re.finditer(r"[.!?;]\s", text[: m.start])), default=0)
    if re.search(r",\s+from\s+(?:about\s+)?$", text[start: m.start], re.I) \
            and re.match(_THEN_SAID, text[m.start:], re.I):
        return True  # "Three minutes forty today, from eight and a half minutes in September" (not "from five feet")
    return bool(_PRIOR.search(text[start: m.start]))


def measure_phrase(text: str, choices: Sequence[str] = ASSIST_LEVELS) -> str:
    """The measures of a line with the assistance said beside each: "3/5 shapes independently; 2 with
    hand-over-hand" (the counts and their levels as said, for the measure field of an item)."""
    ms = [m for m in measures(text) if m.kind in ("count", "duration", "distance", "repetitions", "frequency",
                                                  "proportion", "rate", "percentage", "scale", "rating")
          and not prior_value(text, m)]
    # "three of five with three verbal cues": the cues are the count's level, said once ("3/5 with 3 verbal
    # cues"), not a measure of their own beside it
    ms = [m for k, m in enumerate(ms) if not (k and _CUE_COUNT.match(m.text))]
    if not ms:
        return ""
    parts = []
    for k, m in enumerate(ms):
        end = ms[k + 1].start if k + 1 < len(ms) else len(text)
        stop = re.search(r"[.!?;]", text[m.start:end])
        scope = text[m.start: m.start + stop.start()] if stop else text[m.start:end]
        then = re.search(r",?\s+(?:and\s+)?(?:then|the rest|each time|every time)\b", scope[len(m.text.split()[0]):], re.I)
        if then:  # "for the first three scoops, then did the rest on his own": the rest's level is not theirs (nor
            # "each time she pulled it all the way up by herself" the level of "hand over hand to start it, three times")
            scope = scope[: len(m.text.split()[0]) + then.start()]
        start = max(text.rfind(x, 0, m.start) for x in ".!?;") + 1
        if not assistance(scope, choices) and not any(start <= x.start < m.start for x in ms[:k]):
            # "He needed my hand on his wrist, a light physical assist, for the first three scoops": the level said
            # before the count in its sentence
            scope = text[start:m.start] + " " + scope
        levels = assistance(scope, choices)
        said = {kind.lower(): (number(n), noun.lower()) for n, kind, noun in
                re.findall(rf"\b({_NUM})\s+(verbal|gestural|visual|tactile)\s+(cue|prompt|reminder)", scope, re.I)
                if n.lower() not in ("a", "an")}  # "a visual cue" is not a count the grounding reads
        phrases = []
        for lv in levels:
            k = lv.split()[0]
            if lv.endswith("cues") and _CUE_COUNT.match(m.text) and re.search(rf"\b{k}\b", m.text, re.I):
                continue  # the measure is the cues ("3 verbal cues"): not "3 verbal cues with 3 verbal cues"
            if lv == "physical assist" and re.search(r"\bphysical (?:prompt|cue|help)s?\b", m.text, re.I):
                continue  # "1 physical prompt", not "1 physical prompt with physical assist"
            if lv.endswith("cues") and said.get(k) and said[k][0] not in (None, "0"):
                n, noun = said[k]
                phrases.append(f"with {n} {k} {noun}" + ("s" if n != "1" else ""))
            elif lv == "independent" and (any(x.endswith("cues") for x in levels) or _CUE_COUNT.match(m.text)):
                # "two verbal reminders ... and no physical help": cued, so not "independently"
                phrases.append("without physical assist")
            else:
                phrases.append(_level_phrase(lv))
        side = re.match(r"[^.;!?]*?\b(on|with|using) (?:his|her|their|the|your) (right|left)(?: (foot|hand|leg|arm|side)\b|"
                        r"(?=\s*(?:[.,;!?]|$|\s+(?:and|but|with|then|for)\b)))",
                        scope[len(m.text.split()[0]):], re.I) if m.kind in ("repetitions", "count", "duration") else None
        # "six times in a row on his right foot, and three times on his left foot": which side each count is
        where = f" {side.group(1).lower()} the {side.group(2).lower()}" + (f" {side.group(3).lower()}" if side.group(3)
                                                                           else "") if side \
            and side.group(2).lower() not in m.text else ""
        lead = None if where or m.kind not in ("repetitions", "count", "duration") else re.search(
            r"\b(right|left)\s+(hand|foot|leg|arm|side)\b(?!.*\b(?:right|left)\b)[^.!?;]*$", text[start:m.start], re.I)
        if lead and not any(start <= x.start < m.start for x in ms[:k]):
            # "Right hand, thirty one seconds.", "left hand fifty two, no, fifty four seconds": the side said first
            where = f" {'with' if lead.group(2).lower() in ('hand', 'arm') else 'on'} the {lead.group(1).lower()} " \
                    f"{lead.group(2).lower()}"
        if not phrases and m.kind == "count" and k + 1 == len(ms):
            # "That's three bows out of four. The first try I did hand over hand. Second and third, just a touch on
            # the back of his hand, a tactile cue. The fourth, no help at all.": each try's level, as said
            phrases = [", ".join(per_try(text[m.start + (stop.start() if stop else len(scope)):], choices))]
            phrases = [p for p in phrases if p]
            if phrases:
                parts.append(f"{m.text}{where}: {phrases[0]}")
                continue
        parts.append(m.text + where + (" " + ", ".join(phrases) if phrases else ""))
    for k in range(len(ms) - 1, 0, -1):  # "a minute and forty seconds of the two minutes": 1 min 40 sec of 2 min
        a, b = ms[k - 1], ms[k]
        if a.kind == b.kind == "duration" and k < len(parts) and parts[k - 1] == a.text and parts[k] == b.text \
                and _of_the(text, a, b):
            parts[k - 1:k + 1] = [f"{a.text} of {b.text}"]
    return "; ".join(dict.fromkeys(parts))


def _of_the(text: str, a: Measure, b: Measure) -> bool:
    """Whether ``b`` is what ``a`` is part of ("a minute and forty seconds of the two minutes"): "of (the)" right
    before it, in the same clause, a few words after ``a``."""
    seg = text[a.start: b.start]
    return not re.search(r"[.!?;,]", seg) and len(seg.split()) <= 8 and bool(re.search(r"\bof\s+(?:the\s+)?$", seg, re.I))


_ORDINAL_PART = re.compile(r"^\W*(?:(?:and|then|on|for|with)\s+)?(?:the\s+)?((?:first|second|third|fourth|fifth|sixth|last|"
                           r"final)(?:\s+(?:two|three|four|five))?(?:(?:,\s*|\s+and\s+)(?:the\s+)?(?:second|third|"
                           r"fourth|fifth|sixth|last|final))*)(?:\s+(?:try|tries|trial|trials|time|times|round|rounds|"
                           r"attempt|attempts))?\b", re.I)


def per_try(rest: str, choices: Sequence[str] = ASSIST_LEVELS) -> list[str]:
    """The level of each try said in the sentences right after a count, each naming its try first ("The first try
    I did hand over hand the whole way. Second and third, ... a tactile cue. The fourth, no help at all." ->
    ["first try with hand-over-hand assist", "second and third with tactile cues", "fourth independently"]);
    [] where fewer than two are said so."""
    out = []
    for sent in re.split(r"(?<=[.!?])\s+", rest.lstrip(" .!?;")):
        o = _ORDINAL_PART.match(sent)
        if not sent or measures(sent) or not o:
            break
        levels = assistance(sent, choices)
        if not levels:
            break
        word = re.match(r"\s*(try|tries|trial|trials|time|times|round|rounds|attempt|attempts)\b", sent[o.end(1):], re.I)
        name = o.group(1).lower() + (f" {word.group(1).lower()}" if word else "")
        out.append(f"{name} {_level_phrase(levels[0])}")
    return out if len(out) >= 2 else []


_CUE_COUNT = re.compile(r"^\d+(?:\.\d+)? (?:\w+ )?(?:cue|prompt|reminder)s?$", re.I)
# a count of cues of any name ("5 verbal redirections"): the level of the result before it, when said after it (the
# writer's clause split); _CUE_COUNT above keeps to the nouns the measure phrase folds into a count's level
CUES_ONLY = re.compile(r"^\d+(?:\.\d+)? (?:\w+ )?(?:cue|prompt|reminder|redirection|warning)s?$", re.I)


def _level_phrase(level: str) -> str:
    return {"independent": "independently", "set-up": "with set-up", "stand-by assist": "with stand-by assist",
            "supervision": "with supervision",
            "contact guard": "with contact guard assist",
            "hand-over-hand": "with hand-over-hand assist", "hand-under-hand": "with hand-under-hand assist"}.get(level, f"with {level}")


# The status of a goal is said, not guessed: a line that speaks of change or attainment ("better than last
# week", "new today", "mastered", "still needs", "same as last week") may carry one; a first measure with
# nothing said about change has none ("not said"). Rules name it where the words leave no doubt.
_STATUS_MET = re.compile(r"\b(met (the|his|her|your|their|our|that|this) (goal|target)|goal (is |was |has been )?met|"
                         r"mastered|achieved|reached (the|his|her|your|their|our) (goal|target)|"
                         r"hit (the|his|her|your|their|our) (goal|target))\b", re.I)
_STATUS_UP = re.compile(r"\b(better than (last|before|yesterday)|improv\w*|progress\w*|longer than (last|before)|"
                        r"more than (last|before)|"
                        # ("back to front the first time, and right the second": a first try, nothing new)
                        r"up from|increas\w*|new (today|this week|skill)|(which|that|this) is new|"
                        r"(?:(for )?the first time|first time)(?![^.;!?]*\b(?:the )?second\b)|"
                        r"never (did|done|could|managed) (that|this|it)|gain\w*)\b", re.I)
_STATUS_SAID = re.compile(r"\b(met|worse|better|easier|faster|quicker|regress\w*|harder|down from|less than|fewer than|declin\w*|went back|"
                          r"not as (good|well|long)|still|again|same as|no change|not yet|anymore|any more|"
                          r"last (week|time|session|month|visit)|previous(ly)?|compared (to|with)|used to|"
                          r"than (before|last)|\w+ (days?|weeks?|months?|sessions?) ago|yesterday)\b", re.I)
_LOWER_BETTER = re.compile(r"\b(took|takes|faster|slower|cues?|prompts?|reminders?|errors?|mistakes?|reversals?|"
                           r"help\w*|assist\w*|drops?|dropped|misses|missed|falls?|fell|refus\w*)\b", re.I)


_SECONDS = {"sec": 1.0, "min": 60.0, "h": 3600.0}


def _in_seconds(value: str) -> float:
    """The time a value says, in seconds ("1 min 40 sec" -> 100; the first time said, with its seconds)."""
    m = re.search(r"(\d+(?:\.\d+)?) (sec|min|h)\b(?: (\d+(?:\.\d+)?) sec\b)?", value)
    if not m:
        return 0.0
    return float(m.group(1)) * _SECONDS[m.group(2)] + (float(m.group(3)) if m.group(3) else 0.0)
_TOOK = re.compile(r"\b(took|takes|taking|faster|slower|quicker|to (finish|complete|get)|in under|within)\b", re.I)
# a time "down from eleven minutes last week" where nothing was held or kept up: how long a task took, better shorter
_DOWN_FROM = re.compile(r"\bdown from\b", re.I)
_HELD_FOR = re.compile(r"\b(?:held|holds?|holding|lasted|lasts|stayed|stays?|balanced|balances?|kept|keeps?|sustained|"
                       r"tolerated|sat|stood|hung|hovered|waited|played|worked|listened|wore)\b", re.I)


# what a rating measures where a higher number is worse ("how tired is your hand", "pain four out of ten")
_HIGHER_WORSE = re.compile(r"\b(tired\w*|fatigu\w*|pain\w*|hurt\w*|sore\w*|ach(e|es|ing|y)|frustrat\w*|upset|anxious|"
                           r"anxiety|worr\w*|scared|stress\w*|nervous)\b", re.I)


def speaks_of_change(text: str) -> bool:
    """Whether a line speaks of change or attainment (so a goal status may be said)."""
    return bool(_STATUS_MET.search(text) or _STATUS_UP.search(text) or _STATUS_SAID.search(text))


def _ratio(value: str) -> float | None:
    m = re.search(r"(\d+(?:\.\d+)?)(?:/(\d+(?:\.\d+)?))?", value)
    if not m:
        return None
    return float(m.group(1)) / float(m.group(2)) if m.group(2) and float(m.group(2)) else float(m.group(1))


_COULD_NOT_THEN = re.compile(r"\b(?:couldn'?t|could not|wasn'?t able|was not able|was unable|didn'?t manage|not one|"
                             r"none of|wouldn'?t (?:even )?(?:try|touch|let))\b", re.I)


def status(said: str, measure: str, compared: str, choices: Sequence[str]) -> str | None:
    """The status the rules read from the cited lines (``said``), the item's measure and its comparison: a
    label of ``choices`` ("met", "progressing"), "" where the lines speak of change without naming its
    direction (the model's choice may stand), or None where nothing is said of change (no status)."""
    if _STATUS_MET.search(said) and "met" in choices:
        return "met"
    if _HIGHER_WORSE.search(said) and re.search(r"/10\b|\bself-rated\b", measure + " " + compared) \
            or re.search(r"\b(at the (start|beginning)( of the session)?|earlier( today| in the session)?|this morning)$",
                         compared):
        # "seven out of ten now, up from three": a rating of fatigue or pain rising is no progress, and a change
        # within the session ("up from three at the start") is not the goal's progress from one session to the next
        return None
    if _STATUS_UP.search(said) and "progressing" in choices:
        return "progressing"
    if compared and measure and "progressing" in choices and _COULD_NOT_THEN.search(compared) \
            and not _COULD_NOT_THEN.search(measure) and not re.search(r"\b0\b", measure.split(";")[0]):
        # "3 cards independently; 5.5 min, compared with September, when she couldn't build the house": done today,
        # not done then
        return "progressing"
    if compared and re.match(r"^[\d.]+ (?:[a-z]+ )?(?:more|fewer|less|longer|shorter|quicker|faster|slower) than\b", compared):
        return ""  # "3 more than last week": a difference, not last week's value to set the measure against
    if compared:
        now, then = _ratio(measure), _ratio(compared)
        unit_now = re.sub(r"[\d./\s]+", " ", measure.split(";")[0]).split()[:1]
        unit_then = re.sub(r"[\d./\s]+", " ", compared).split()[:1]
        same = ("/" in measure.split(";")[0]) == ("/" in compared.split()[0]) and (
            "/" in compared.split()[0] or unit_now == unit_then)
        timed = bool(unit_now) and unit_now[0] in _SECONDS
        if timed and unit_then and unit_then[0] in _SECONDS and now is not None and then is not None:
            # "45 sec" against "2 min", "1 min 40 sec" against "3 min 10 sec": one kind of measure, in seconds
            now, then, same = _in_seconds(measure.split(";")[0]), _in_seconds(compared), True
        # a time is better shorter only where it is how long a task took ("took forty five seconds per sock");
        # "worked for eight and a half minutes" is better longer, whatever cues the line also counts
        lower = (_TOOK.search(said) or _DOWN_FROM.search(said) and not _HELD_FOR.search(said)) if timed \
            else _LOWER_BETTER.search(said)
        if now is not None and then is not None and same and "progressing" in choices \
                and (now > then and not lower or timed and lower and now < then):
            return "progressing"  # more of a thing done well than the time before, or a task done quicker
        return ""
    return "" if speaks_of_change(said) else None


# The topics of what a caregiver reports, by the words said (a template's topic field keeps the labels it
# lists; the model picks only where none of these rules fires). In order of precedence: the first label
# whose words occur wins, so "he falls asleep after his bath" is sleep, not self-care, and "the putty four
# nights a week" is the home program, not sleep.
TOPIC_RULES: tuple[tuple[str, str], ...] = (
    ("safety", r"\b(safe\w*|danger\w*|fell|falls? (off|down)|fall\w* (off|down)|hurt\w*|injur\w*|bruis\w*|"
               r"run\w* (off|away|into)|ran (off|away)|bolt\w*|wander\w* off|climb\w* on|street|car seat|burn\w*|"
               r"choke\w*|choking|slipp?\w*|tripp?(ed|ing)?|bump\w*|climb\w* (up|on|onto|over)|stitches|emergency|"
               r"graze\w*|scrap(e|ed|es|ing)|slid (down|off)|helmet|(came|come|coming) off (?!the (lid|top|cap))|"
               r"landed on (his|her|their) (knees?|face|head|bottom|back|chin)|rail|"
               # "he let go of my hand and ran ... right to the road", "climbed the kitchen units"
               r"let go of (?:my|his|her|their|the|our) hands?|traffic|"
               # the kitchen's dangers ("he's left the hob on low", "the pan was black", "won't go near the kettle")
               r"hobs?|stoves?|ovens?|kettles?|scald\w*|boiling|on fire|smoke alarm|fire alarm|knives|sockets?|"
               r"(?:hot|black|burnt) (?:pan|plate|water|tap)|pan was (?:black|burnt|smoking)|"
               # (a car park where he ran; "an hour on the car park" is a parking ticket)
               r"(?:ran|runs?|running|bolt\w*|dash\w*|chas\w*|gone|off|out|across|into)\b[^.;]{0,30}\b(?:car ?park|parking lot)|"
               r"(?:into|onto|across|to|towards|for|near|down|in|out in) the road|"
               r"climb\w* (?:up )?(?:on )?(?:the |a |his |her |our )?(?:kitchen |living room |tall )?(?:units?|counters?|"
               r"worktops?|bookcases?|book ?shel(?:f|ves)|shel(?:f|ves)|furniture|cupboards?|fridge|wardrobe|windows?|"
               r"window ?sills?|fence|gate|wall))\b"),
    ("home program", r"\b(theraputty|putty|exercises?|home program|practi[cs]\w*|doing the|been doing(?! (?:her|his|their) "
                     r"homework)|we do the)\b"),
    # (not "night" alone: "four nights out of seven" counts evenings of teeth or homework, "school nights" are a time)
    ("sleep", r"\b(sleep\w*|slept|asleep|bed\w*|nap\w*|wakes?|waking|woke\w*|tired|(?:at|in the|through the|during the) "
              r"night|night(?:time|mares?|[- ]terrors?| light)|up (?:at \w+(?: \w+)? )?in the (?:night|morning))\b"),
    ("school", r"\b(school|teacher\w*|class\w*|daycare|preschool|kindergarten|recess|circle time|homework|"
               r"desk|aide)\b"),
    ("feeding", r"\b(eat\w*|ate|food\w*|meal\w*|dinner|breakfast|lunch|snack\w*|chew\w*|swallow\w*|spoon|"
                r"fork|cup|drink\w*|picky|gag\w*|taste\w*|texture\w*|vegetable\w*|fruit\w*|straws?|sippy|bottle|bites?|sips?|"
                r"cough\w* (on|when|after) (\w+ )?(milk|water|juice|food|drink\w*|eat\w*|gulp\w*))\b"),
    ("self-care", r"\b(dress\w*|cloth\w*|shirt\w*|pants|jeans|socks?|shoes?|sneakers?|trainers|slippers|velcro|boots?|laces?|buttons?|zip\w*|coat|jacket|"
                  r"bath\w*|shower\w*|toilet\w*|potty|brush\w*|teeth|tooth\w*|hair|wash\w*)\b"),
    ("behaviour", r"\b(push(ed|es|ing)? (another|a|other|his|her) (kid|child|boy|girl|classmate|student|sister|brother)|"
                  r"kick\w*|aggress\w*|melt\w*|tantrum\w*|cry\w*|cried|upset|frustrat\w*|angry|anger|hit\w*|bit(e|es|ing)?|"
                  r"scream\w*|yell\w*|calm\w*|meltdown\w*|refus\w*|fight\w*|anxious|worr\w*|overwhelm\w*)\b"),
    ("play", r"\b(play\w*|toys?|games?|park|playground|friends?|bike|scooter|lego\w*|puzzle\w*|soccer|sport\w*|"
             r"swim\w*|draw\w*|colou?r\w*)\b"),
    ("home routine", r"\b(home|house|morning\w*|routine\w*|evening\w*|weekend\w*|week)\b"),
)


def topic(text: str, choices: Sequence[str]) -> str | None:
    """The topic of a report by the words it says (the first rule whose label ``choices`` has), or None."""
    for label, pattern in TOPIC_RULES:
        if label in choices and re.search(pattern, text, re.I):
            return label
    return None
