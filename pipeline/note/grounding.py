"""Grounding check: does each note item rest on the transcript segments it cites?

Pure, deterministic text rules (no model). Each failing rule adds a reason
``"<rule>: <plain words>"`` where rule is one of :data:`RULES`; an item with any
reason is unsupported. ``score`` is the share of the item's content words found
in the cited text, halved for every other rule that failed (0 without evidence).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace

from ..schema import Note, NoteItem, Segment, Support, Transcript

log = logging.getLogger("pipeline")

RULES = ("evidence", "number", "name", "negation", "speaker", "assistance", "coverage")
COVERAGE_MIN = 0.5  # least share of the item's content words the cited text must hold

_UNITS = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen " \
         "fifteen sixteen seventeen eighteen nineteen".split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
NUMBER_WORDS = {w: i for i, w in enumerate(_UNITS)} | {w: 20 + 10 * i for i, w in enumerate(_TENS)} \
    | {"once": 1, "twice": 2, "thrice": 3, "hundred": 100, "thousand": 1000}
# "eight of twenty two weeks ago": a tens word, a unit word, then a time unit and "ago" is two numbers (20, and
# 2 weeks ago), not 22 weeks
AGO_UNITS = {"second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "month",
             "months", "year", "years", "session", "sessions", "visit", "visits", "time", "times"}
AGO_WORDS = {"ago", "before", "earlier", "back"}
_WEAK_ONE = {"one", "once"}  # in the item, alone they are mostly not counts ("the red one", "once seated")

STOPWORDS = set("""a about above after again all also am an and any are as at be because been before being
below between both but by can could did do does doing down during each few for from further had has have
having he her here hers herself him himself his how i if in into is it its itself just let me more most my
myself now of off on once only or other our ours out over own same she should so some such than that the
their them then there these they this those through to too under until up very was we were what when where
which while who whom why will with would you your yours yourself today really okay ok oh um uh yeah yes
like well get got go going went gets per via much many""".split())
# Words of the note's register that speakers rarely say: they never count against coverage.
NOTE_WORDS = set("""client child patient kid demonstrated demonstrates demonstrate reported reports report
states stated state said says say shared noted observed session goal goals progress progressing assistance
assist assisted independent independently independence cue cues cued cueing verbal visual physical
caregiver caregivers parent mother father mom mum dad therapist ot home program practice practiced plan
continue continued continues improved improve improvement improving able ability skill skills task tasks
activity activities trial trials performance performed completed complete participated participation
minimal moderate maximal min mod max level use used using increase increased decrease decreased target
targeted targeting work worked working address addressed accuracy attempt attempts required requires
need needed needs provided given with without help helped prompt prompts support""".split())
ROLE_WORDS = {w: "caregiver" for w in "mom mum mother dad father parent parents grandma grandmother grandpa "
              "grandfather nana caregiver caregivers guardian".split()} \
    | {w: "child" for w in "child client patient kid student".split()} \
    | {w: "therapist" for w in "therapist ot clinician doctor provider".split()}
ROLE_ALIASES = {"doctor": "therapist", "clinician": "therapist", "patient": "child", "parent": "caregiver"}
SPEECH_VERBS = set("""report reports reported state states stated say says said share shares shared told
tells mention mentions mentioned describe describes described express expresses expressed indicate
indicates indicated ask asks asked explain explains explained complain complains complained endorse
endorses endorsed deny denies denied verbalized verbalizes verbalised verbalises""".split())
_PASSIVE = {"was", "is", "were", "been", "be", "being", "are"}
# Capitalised words that are not names: roles, titles, calendar words and a few OT brands.
NOT_NAMES = set(ROLE_WORDS) | set("""i mr mrs ms dr miss grandma grandpa nana papa mommy daddy teacher
monday tuesday wednesday thursday friday saturday sunday january february march april may june july
august september october november december english theraputty velcro lego legos ipad""".split())
NEGATORS = set("""not no never none nothing nobody neither nor cannot unable refused refuses refuse
refusing without cant dont didnt doesnt wont isnt wasnt couldnt wouldnt""".split())
# "without help", "no verbal cues", "didn't need any help" describe independence, not a negation.
_ASSIST = set("help helped helping assistance assist cue cues cueing prompt prompts prompting support "
              "reminder reminders hand".split())
_ASSIST_GAP = set("any need needed needing require required requiring much adult physical verbal visual "
                  "further additional extra a the of".split())
_AUX = set("do does did is was were are could would should has have had must need".split())
_IRREGULAR = {"held": "hold", "did": "do", "done": "do", "went": "go", "ate": "eat", "gave": "give",
              "got": "get", "made": "make", "took": "take", "wrote": "write", "written": "write",
              "fed": "feed", "kept": "keep", "ran": "run", "sat": "sit", "stood": "stand", "threw": "throw",
              "thrown": "throw", "strung": "string",
              "caught": "catch", "drew": "draw", "drawn": "draw", "tied": "tie",
              "children": "child", "feet": "foot", "ft": "foot", "sec": "second", "secs": "second",
              "min": "minute", "mins": "minute", "hr": "hour", "hrs": "hour", "cm": "centimetre",
              "centimeter": "centimetre", "centimeters": "centimetre", "kg": "kilo", "kilogram": "kilo",
              "kilograms": "kilo", "began": "begin", "put": "put", "lost": "lose",
              # the past of what a caregiver says in the present ("he's waking up twice" -> "woke up twice")
              "woke": "wake", "woken": "wake", "slept": "sleep", "fell": "fall", "fallen": "fall", "bit": "bite",
              "hid": "hide", "rode": "ride", "wore": "wear", "swam": "swim", "spun": "spin", "swung": "swing",
              "dug": "dig", "tore": "tear", "blew": "blow", "brought": "bring", "bought": "buy", "felt": "feel",
              "sang": "sing", "chose": "choose", "shook": "shake", "slid": "slide", "stuck": "stick",
              "swept": "sweep", "told": "tell", "heard": "hear", "sent": "send", "spent": "spend",
              "understood": "understand", "drank": "drink", "forgot": "forget", "knew": "know",
              "thought": "think", "found": "find", "built": "build", "hung": "hang", "bent": "bend",
              "taught": "teach", "fought": "fight", "grew": "grow", "came": "come", "became": "become"}

_TOKEN = re.compile(r"\d+(?:\.\d+)?|[a-z]+(?:'[a-z]+)?")
_CLAUSE = re.compile(r"[.,;:!?()\[\]\"\n]+|\bbut\b|\s-\s")
_SENTENCE = re.compile(r"(?<=[.!?:;])\s+|\n+|^\s*[-*•]\s*")
_WORD = re.compile(r"[A-Za-z][A-Za-z'\-]*")


# A contraction split off its word by a tokenizer ("do n't", "ca n't", "i 'm", "it 's": ACI-BENCH's and other
# corpora's transcripts are written so): joined again before reading, so a split negation is a negation.
_SPLIT_CONTRACTION = re.compile(r"\b([a-z]+)\s+(n't|'s|'m|'re|'ve|'ll|'d)(?![a-z])")


def _tokens(text: str, possessive: bool = False) -> list[str]:
    text = text.lower().replace("’", "'").replace("‘", "'")
    text = _SPLIT_CONTRACTION.sub(r"\1\2", text)
    text = re.sub(r"(?<=[a-z])-(?=[a-z])", " ", text)  # twenty-five, hand-over-hand
    toks = [re.sub(r"n't$", "nt", t) for t in _TOKEN.findall(text)]  # didn't -> didnt, can't -> cant
    return toks if possessive else [t.removesuffix("'s") for t in toks]


def _negator(t: str) -> bool:
    return t in NEGATORS or t.endswith("nt") and t[:-2] in _AUX


def _clauses(text: str) -> list[list[str]]:
    return [toks for part in _CLAUSE.split(text) if (toks := _tokens(part))]


def stem(word: str) -> str:
    """Light stemmer: buttons/buttoned -> button, tying/tie -> ti, minutes -> minut."""
    w = _IRREGULAR.get(word, word)
    if len(w) > 4 and w.endswith("ies"):
        w = w[:-3] + "y"
    elif len(w) == 5 and w.endswith("ying"):
        w = w[:-4] + "ie"
    elif len(w) > 5 and w.endswith("ing") or len(w) > 4 and w.endswith("ed"):
        w = w[:-3] if w.endswith("ing") else w[:-2]
        if len(w) > 3 and w[-1] == w[-2] and w[-1] not in "lsaeiou":
            w = w[:-1]  # grabbed -> grab, cutting -> cut
    elif len(w) > 4 and w.endswith("es") and (w[-3] in "sxz" or w[-4:-2] in ("ch", "sh")):
        w = w[:-2]
    elif len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        w = w[:-1]
    if len(w) > 6 and w.endswith("ion"):
        w = w[:-3]  # frustration -> frustrat
    elif len(w) > 5 and w.endswith("ly"):
        w = w[:-2]  # quickly -> quick
    if len(w) > 3 and w.endswith("e"):
        w = w[:-1]
    return w


def _value(v: float) -> str:
    return str(int(v)) if float(v).is_integer() else str(v)


_ALL_BUT = re.compile(r"\b(?:every (?:time|one|try|go|throw|shot)|all of them|each time|all) but (once|one|twice|two)\b", re.I)


def _all_but(text: str) -> set[str]:
    """The counts a sentence says as "every time but once" of its total ("Five goes at the flip, and it went over
    his head every time but once": 4, of 5)."""
    out = set()
    for sentence in re.split(r"(?<=[.!?])\s+", text):
        m = _ALL_BUT.search(sentence)
        if m:
            k = 1 if m.group(1).lower() in ("once", "one") else 2
            out |= {_value(float(n) - k) for n in numbers(sentence[: m.start()]) if float(n) > k}
    return out


def numbers(text: str, *, item: bool = False) -> set[str]:
    """Numbers in text as digit strings ("thirty" -> "30", "twenty-five" -> "25", "3/5" -> 3 and 5)."""
    toks, out, i = _tokens(text), set(), 0
    while i < len(toks):
        t = toks[i]
        if t[0].isdigit():
            out.add(_value(float(t)))
        elif t in ("a", "an", "one") and toks[i + 1:i + 2] and toks[i + 1] in ("minute", "hour") \
                and toks[i + 2:i + 3] == ["and"] and toks[i + 3:i + 4] and toks[i + 3] in NUMBER_WORDS:
            out.add("1")  # "a minute and forty seconds": 1 min 40 sec
        elif t in NUMBER_WORDS:
            start, total, cur = i, 0, NUMBER_WORDS[t]
            while i + 1 < len(toks):
                nxt, prev = toks[i + 1], toks[i]
                if nxt in ("hundred", "thousand"):
                    cur = max(cur, 1) * NUMBER_WORDS[nxt]
                    if nxt == "thousand":
                        total, cur = total + cur, 0
                elif prev in _TENS and nxt in _UNITS[1:10]:
                    if toks[i + 2:i + 3] and toks[i + 2] in AGO_UNITS and toks[i + 3:i + 4] \
                            and toks[i + 3] in AGO_WORDS:
                        break  # "twenty two weeks ago": 20, then 2 weeks ago
                    cur += NUMBER_WORDS[nxt]
                elif prev in ("hundred", "thousand") and (nxt in NUMBER_WORDS or nxt == "and"):
                    if nxt == "and":
                        if i + 2 >= len(toks) or toks[i + 2] not in NUMBER_WORDS:
                            break
                        i += 1
                        nxt = toks[i + 1]
                    cur += NUMBER_WORDS[nxt]
                else:
                    break
                i += 1
            near_count = {"out", "of"} & set(toks[max(0, start - 1):start] + toks[i + 1:i + 2])
            if not (item and i == start and t in _WEAK_ONE and not near_count):
                out.add(_value(total + cur))
        i += 1
    return out | fractions(toks)


# What a number measures, when the word after it says (a duration, a length, a share): one form per unit.
MEASURE_UNITS = {"second": "second", "seconds": "second", "sec": "second", "secs": "second",
                 "minute": "minute", "minutes": "minute", "min": "minute", "mins": "minute",
                 "hour": "hour", "hours": "hour", "hr": "hour", "hrs": "hour", "day": "day", "days": "day",
                 "night": "night", "nights": "night", "week": "week", "weeks": "week", "month": "month",
                 "months": "month", "year": "year", "years": "year", "metre": "metre", "metres": "metre",
                 "meter": "metre", "meters": "metre", "foot": "foot", "feet": "foot", "ft": "foot", "inch": "inch",
                 "inches": "inch", "centimetre": "centimetre", "centimetres": "centimetre", "centimeter": "centimetre",
                 "centimeters": "centimetre", "cm": "centimetre", "percent": "percent", "per": "percent",
                 "times": "time", "time": "time"}
# Words between a number and what it counts that say nothing of what it counts ("ten more seconds", "four of the
# beads", "two big loops").
_MEASURE_GAP = set("more whole full extra long good big small little tiny short straight of the his her their those "
                   "these my your our its".split())


def _counted(text: str) -> dict[str, set[str]]:
    """What each number in ``text`` counts, where the words after it say: the unit (MEASURE_UNITS' form) or
    the plural noun ("four beads" -> {"4": {"bead"}}, "twenty seconds" -> {"20": {"second"}}, "3 min" ->
    {"3": {"minute"}}). A number followed by nothing countable ("four out of ten", "ten.") counts nothing
    here. "one" and "a" are left out: mostly no count ("the red one", "one foot per step")."""
    toks, out, i = _tokens(text), {}, 0
    while i < len(toks):
        t, value = toks[i], None
        if t[0].isdigit():
            value = _value(float(t))
        elif t in NUMBER_WORDS and t not in ("one", "once", "twice", "thrice", "hundred", "thousand", "zero"):
            value = NUMBER_WORDS[t]
            if t in _TENS and toks[i + 1:i + 2] and toks[i + 1] in _UNITS[1:10]:
                i += 1
                value += NUMBER_WORDS[toks[i]]
            value = _value(value)
        if value is not None:
            j = i + 1
            while j < len(toks) and j - i <= 3 and toks[j] in _MEASURE_GAP:
                j += 1
            w = toks[j] if j < len(toks) else ""
            if w in MEASURE_UNITS:
                out.setdefault(value, set()).add(MEASURE_UNITS[w])
            elif len(w) > 3 and w.endswith("s") and not w.endswith("ss") and w not in STOPWORDS \
                    and w not in NUMBER_WORDS and w not in NOTE_WORDS:
                out.setdefault(value, set()).add(stem(w))
        i += 1
    return out


_DURATIONS = {"second", "minute", "hour", "day", "night", "week", "month", "year"}


def miscounted(item_text: str, source: str) -> list[str]:
    """The numbers an item says of something its cited segments never count with that number: "4 min" where
    the segments say "four beads", "four times" where they say "four nights" (the model moved the number to
    another noun; the number rule cannot see it, as the number itself was said). Only units are checked on the
    item's side (a duration, a length, a share, "times"); "times" only against a duration the segments give the
    number ("4 of 10 times" for "four out of ten" is the same count). A number the segments say with nothing
    after it is never flagged."""
    said = _counted(source)
    out = []
    for n, units in sorted(_counted(item_text).items()):
        theirs = said.get(n, set())
        for u in sorted(units & set(MEASURE_UNITS.values())):
            if not theirs or u in theirs:
                continue
            if u == "time" and not theirs & _DURATIONS:
                continue
            out.append(f"number: {n} {u}s, but the cited segments count {n} {' or '.join(sorted(theirs))}s")
    return out


def fraction(words: str) -> str | None:
    """A fraction said in words as the digit string ``numbers`` reads it ("a quarter" -> "0.25", "half" ->
    "0.5", "three quarters" -> "0.75", "two thirds" -> "0.67"); None when it is none ("the third try")."""
    toks = words.lower().replace("-", " ").split()
    if not toks:
        return None
    last, before = toks[-1], toks[-2] if len(toks) > 1 else ""
    if last == "half":
        return "0.5"
    parts = {"quarter": 4, "quarters": 4, "third": 3, "thirds": 3}
    if last in parts and (before in ("a", "one", "") and last in ("quarter", "third")
                          or before in NUMBER_WORDS and last.endswith("s")):
        if before not in ("a", "one", "") and not (1 < NUMBER_WORDS[before] < parts[last]):
            return None
        n = NUMBER_WORDS.get(before, 1)
        return _value(round(n / parts[last], 2))
    return None


def fractions(toks: list[str]) -> set[str]:
    """The fractions said in words among ``toks`` ("a quarter inch": 0.25; "about half": 0.5; "a minute and a
    half": 0.5 and 1.5; "two and a half": 0.5 and 2.5), as digit strings."""
    out = set()
    for i, t in enumerate(toks):
        if t in ("quarter", "quarters", "third", "thirds"):
            before = toks[i - 1] if i else ""
            counted = before in NUMBER_WORDS or before in ("a", "an")
            f = fraction(f"{'a' if before == 'an' else before} {t}" if counted else t)
            if f and (counted or t.startswith("quarter")):  # "the third try": an ordinal
                out.add(f)
                # "three and a quarter minutes", "two and three quarters": 3.25, 2.75
                k = i - 3 if i >= 3 and toks[i - 2] == "and" else -1
                if t.startswith("quarter") and k >= 0 and (toks[k][0].isdigit() or toks[k] in NUMBER_WORDS) \
                        and (whole := _whole(toks[k])) is not None:
                    out.add(_value(whole + float(f)))
        elif t == "half":
            out.add("0.5")
            if i >= 3 and toks[i - 2:i] == ["and", "a"]:  # "two and a half", "a minute and a half"
                k = i - 3 if (toks[i - 3][0].isdigit() or toks[i - 3] in NUMBER_WORDS) else i - 4
                if k >= 0 and (toks[k][0].isdigit() or toks[k] in NUMBER_WORDS or toks[k] in ("a", "an")) \
                        and (whole := _whole(toks[k])) is not None:
                    out.add(_value(whole + 0.5))
    return out


def _whole(tok: str) -> float | None:
    """The whole number before "and a half" or "and a quarter" ("two", "3", "a": 1), None where a digit token is no
    number."""
    try:
        return float(tok) if tok[0].isdigit() else NUMBER_WORDS.get(tok, 1)
    except ValueError:
        return None


def _names(text: str) -> set[str]:
    """Capitalised words that are not sentence-initial, acronyms or known non-names (lowercased)."""
    out = set()
    text = re.sub(r"\b(Dr|Mr|Mrs|Ms|Mx|St)\.", r"\1", text)  # "Dr. Patel" is one sentence
    for sentence in _SENTENCE.split(text):
        words = _WORD.findall(sentence.replace("’", "'"))
        for w in words[1:]:
            w = w.removesuffix("'s").strip("'-")
            if w[:1].isupper() and not (w.isupper() and len(w) > 1) and w.lower() not in NOT_NAMES:
                out.add(w.lower())
    return out


_EARLIER = re.compile(r"^\W*(?:last (?:week|session|time|visit|month)|previously|before today|\w+ (?:weeks?|months?) ago)\b",
                      re.I)
# a negator governing a pro-form ("he couldn't do", "didn't manage it"): what it negates was said before it
_PROFORM = {"do", "does", "did", "doing", "done", "it", "that", "this", "them", "those", "one", "ones", "manage", "yet"}


def _fronted(source: str, item_stems: set[str]) -> str | None:
    """The content word of an object fronted before a negated pro-form that the item states without the
    negation ("The ones that cross the middle of his body, ..., he couldn't do until I moved his arm." against
    "Crossed the middle of his body."): at least two of the earlier clauses' content words in the item."""
    for sentence in _SENTENCE.split(source):
        if _EARLIER.match(sentence):  # "Last session, without it, he managed a minute and a half": then, not today
            continue
        clauses = _clauses(sentence)
        for k, c in enumerate(clauses):
            for i in _negations(c):
                nxt = next((w for w in c[i + 1:] if not _negator(w)), None)
                if k == 0 or nxt not in _PROFORM:
                    continue
                before = [w for cl in clauses[:k] for w in cl if w not in STOPWORDS and not w[0].isdigit()]
                shared = [w for w in before if stem(w) in item_stems]
                if len({stem(w) for w in shared}) >= 2:
                    return shared[0]
    return None


def _negations(toks: list[str]) -> list[int]:
    """Positions of negators in a clause, leaving out "without help"-style phrases."""
    found = []
    for i, t in enumerate(toks):
        if not _negator(t):
            continue
        j = i + 1
        while j < len(toks) and j <= i + 4 and toks[j] in _ASSIST_GAP:
            j += 1
        if not (j < len(toks) and toks[j] in _ASSIST and j <= i + 4):
            found.append(i)
    return found


def _attributed(text: str) -> set[str]:
    """Roles the item says spoke ("Caregiver reports", "Dad said", "per mom"); first one per sentence."""
    out = set()
    for i, sentence in enumerate(_SENTENCE.split(text)):
        toks = _tokens(sentence, possessive=True)  # "child's mother" is the caregiver
        for j, t in enumerate(toks):
            role = None
            if t in SPEECH_VERBS:
                for k in range(j - 1, max(-1, j - 4), -1):
                    if toks[k] in _PASSIVE:
                        break
                    if toks[k] in ROLE_WORDS:
                        role = ROLE_WORDS[toks[k]]
                        break
            elif t in ("per", "by") or (t == "according" and toks[j + 1:j + 2] == ["to"]):
                if t == "by" and not (j and toks[j - 1] in SPEECH_VERBS):
                    continue
                role = next((ROLE_WORDS[x] for x in toks[j + 1:j + 4] if x in ROLE_WORDS), None)
            if role:
                out.add(role)
                if i == 0 and j <= 2 and t in ("reported", "reports"):
                    # "Caregiver reported the putty the clinician sent home: the clinician said every evening, ...":
                    # an item that opens with who reported it; the clinician's words within are what they reported
                    return out
                break
    return out


def _role(role: str | None) -> str | None:
    return ROLE_ALIASES.get(role, role) if role else None


def _content(text: str) -> set[str]:
    return {stem(t) for t in _tokens(text)
            if not t[0].isdigit() and t not in STOPWORDS and t not in NOTE_WORDS and not _negator(t)
            and t not in NUMBER_WORDS and len(t) > 1} - {stem(w) for w in NOTE_WORDS}


# a condition said to be controlled, and its opposite ("a little under- out of control", "poorly controlled")
_CONTROLLED = re.compile(r"\b(?:(?<!out of )(?<!not )(?<!not well )under control|(?<!un)(?<!poorly )(?<!not )(?<!not well )"
                         r"(?:well[- ])?controlled)\b", re.I)
_UNCONTROLLED = re.compile(r"\b(?:out of control|uncontrolled|poorly controlled|not (?:well )?controlled|not under control)\b",
                           re.I)


def check_item(item: NoteItem, segments: Mapping[str, Segment], roles: Mapping[str, str | None], *,
               expected_roles: Sequence[str] = (), fields: Sequence[str] = (),
               names: Iterable[str] = ()) -> Support:
    """The verdict on one item against the segments it cites.

    ``roles`` maps speaker id -> role; when it is empty the speaker rules are skipped.
    """
    if not item.evidence:
        return Support(False, 0.0, ("evidence: no evidence cited",))
    reasons: list[str] = []
    unknown = [e for e in item.evidence if e not in segments]
    reasons += [f"evidence: cites unknown segment {e}" for e in unknown]
    cited = [segments[e] for e in item.evidence if e in segments]
    if not cited:
        return Support(False, 0.0, tuple(reasons))
    extra = dict(item.fields)
    texts = [item.text] + [extra[f] for f in fields if extra.get(f, "").strip()]
    source = " \n".join(s.text for s in cited)

    from .moments import clock_gap, clock_times, named_list

    # ("ten past four ... thirteen minutes past": the 3 min between two times past the hour; said in two sentences,
    # "It's five past eleven by that clock. ... The bowl was empty at twelve minutes past eleven.": 7 min)
    sentences = _SENTENCE.split(source)
    single = [x for x in sentences if len(clock_times(x)) == 1]
    have = numbers(source) | _all_but(source) | {str(g) for x in sentences if (g := clock_gap(x))} \
        | {str(n) for _m, n, _t in named_list(source)} \
        | {str(g) for i, a in enumerate(single) for b in single[i + 1:] if (g := clock_gap(f"{a} {b}"))}
    for n in sorted(set().union(*(numbers(t, item=True) for t in texts)) - have, key=float):
        reasons.append(f"number: number {n} not in cited segments")
    reasons += list(dict.fromkeys(r for t in texts for r in miscounted(t, source)))
    if any(_CONTROLLED.search(t) for t in texts) and _UNCONTROLLED.search(source) and not _CONTROLLED.search(
            _UNCONTROLLED.sub(" ", source)):
        # "i think it's a little under- out of control" written "Diabetes under control.": the opposite said
        reasons.append("negation: contradicts cited segments (they say out of control)")

    known = {stem(t) for t in _tokens(source)} | {stem(t) for n in names for t in _tokens(n)}
    for n in sorted(set().union(*(_names(t) for t in texts))):
        if stem(n) not in known and not all(stem(p) in known for p in n.split("-")):  # ("T-shirt": t, shirt)
            reasons.append(f"name: name {n.capitalize()} not in cited segments or known names")

    for t in texts:  # "on Sunday, Nell climbed the bookcase" for "You were six, Nell, ... on Sunday he climbed the bookcase"
        for m in re.finditer(r"\b([A-Z][a-z]+)\s+([a-z]+)\b", t):
            who, verb = m.group(1), m.group(2)
            if who.lower() in NOT_NAMES or not re.search(rf"\b(?:he|she|they)\s+{verb}\b", source, re.I):
                continue
            said = [x for x in re.finditer(rf"\b{who}\b", source)]
            if said and all(re.match(r"\s*[,.!?;:]", source[x.end():])
                            and re.search(r"(?:^|[,.!?;:]\s*|\n\s*)$", source[: x.start()]) for x in said):
                why = f"name: {who} is spoken to in the cited segments, not the one who {verb}"
                if why not in reasons:  # (the item and its field say it alike: one reason)
                    reasons.append(why)
    from .moments import said_over  # ("Three and a quarter minutes, Oscar, not one minute": a claim put right, not a
    src_clauses = _clauses(said_over(source))  # negation of what the item says)
    src_negated = any(_negations(c) for c in src_clauses)
    if not src_negated and any(re.match(r"\W*not addressed today\b", t, re.I) for t in texts):
        from .moments import _NOT_ADDRESSED  # "I'm leaving today on purpose": a goal left today, said without a "not"
        src_negated = bool(_NOT_ADDRESSED.search(source))
    item_negated = any(_negations(c) for t in texts for c in _clauses(t))
    if item_negated and not src_negated:
        reasons.append("negation: negation not in cited segments")
    elif src_negated and not item_negated:
        item_stems = {stem(w) for t in texts for w in _tokens(t)}
        item_content = {stem(w) for t in texts for w in _tokens(t) if w not in STOPWORDS and not w[0].isdigit()}

        def about_item(sentence: str) -> bool:  # "At the park he won't go on the climbing frame" is another
            if _EARLIER.match(sentence):  # "Last session she couldn't open the jar at all": then, not today
                return False
            shared = {stem(w) for w in _tokens(sentence) if w not in STOPWORDS} & item_content  # matter than
            return len(shared) >= min(2, len(item_content))  # "he climbed on the couch cushions at home"

        # ("Not quite the whole lot": the whole lot is what is negated, "quite" only softens it)
        scopes = [next((w for w in c[i + 1:] if w not in STOPWORDS and not _negator(w)
                        and w not in ("quite", "really", "exactly", "even", "yet", "always", "totally", "completely")), None)
                  for sentence in _SENTENCE.split(source) if about_item(sentence)
                  for c in _clauses(sentence) for i in _negations(c)]  # the first content word a negator governs
        direct = next((w for w in scopes if w and stem(w) in item_stems), None)
        hit = direct or _fronted(source, item_stems)
        # (the child's own claim clears no negation: "I ate the whole lot!" then "Not quite the whole lot, Leila.")
        clearing = " \n".join(s.text for s in cited if (roles.get(s.speaker) or "").lower() != "child") \
            if roles else source
        if direct and any(not any(_negations(c) for c in _clauses(sentence)) and about_item(sentence)
                          and stem(direct) in {stem(w) for w in _tokens(sentence)}
                          for sentence in _SENTENCE.split(clearing)):
            # "Without the grip he holds the pencil in his fist ... With the crossover grip on he kept a tripod
            # grasp": the item says the clause that does not negate it
            hit = None
        if hit:
            reasons.append(f"negation: contradicts cited segments (they negate '{hit}')")

    if roles:
        from .moments import relayed

        spoken = {_role(roles.get(s.speaker)) for s in cited if s.speaker is not None} - {None}
        if any(_role(roles.get(s.speaker)) in ("other", "interpreter") and relayed(s.text) for s in cited):
            spoken.add("caregiver")  # an interpreter passing on the caregiver's words ("She says he sleeps badly")
        claimed = set().union(*(_attributed(t) for t in texts))
        # the roles in the transcript's own words ("patient", "doctor" in a consultation, not "child", "therapist")
        named: dict[str, str] = {}  # (the cited speakers' own words first)
        for own in [*(roles.get(s.speaker) for s in cited if s.speaker is not None), *roles.values()]:
            if own:
                named.setdefault(_role(own.lower()), own.lower())
        for r in sorted(claimed - spoken):
            who = " or ".join(sorted(named.get(x, x) for x in spoken)) or "an unknown speaker"
            reasons.append(f"speaker: attributed to {named.get(r, r)} but cited speech is {who}'s")
        for r in sorted(claimed & spoken):  # the claim holds only if the attribution does
            theirs = [s for s in cited if _role(roles.get(s.speaker)) == r
                      or r == "caregiver" and _role(roles.get(s.speaker)) in ("other", "interpreter") and relayed(s.text)]
            if all(s.speaker_doubtful for s in theirs):
                reasons.append(f"speaker: attributed to {named.get(r, r)} but the cited speech is only uncertainly the "
                               f"{named.get(r, r)}'s "
                               "(low speaker confidence: listen to check who spoke)")
        want = {_role(r) for r in expected_roles}
        if "caregiver" in want and "other" in spoken and "caregiver" not in claimed:
            want.add("other")  # "Aide reported ...": another adult's report, said as theirs (a claim is checked above)
        if "therapist" in want and spoken & {"other", "caregiver"} and not claimed:
            from .moments import in_room

            for who in ("other", "caregiver"):
                if any(_role(roles.get(s.speaker)) == who and any(in_room(x) for x in re.split(r"(?<=[.!?])\s+", s.text))
                       for s in cited):
                    want.add(who)  # another adult counting what the child does in the session ("Three of six on the
                    # back teeth, then.", the speech therapist co-treating; "That was three good ones, love."): a
                    # result like the clinician's
        if want and not want & spoken:
            reasons.append(f"speaker: cites no speech of the {' or '.join(sorted(named.get(x, x) for x in want))}")

    from .moments import assistance  # levels of help the item claims must be said in the cited lines

    # ("I go over his back teeth myself" is restated "... themselves": the same word, no level claimed anew)
    said_levels = set(assistance(re.sub(r"\bmyself\b", "themselves", source, flags=re.I)))
    for level in dict.fromkeys(lv for t in texts for lv in assistance(t)):
        if level not in said_levels:
            reasons.append(f"assistance: level '{level}' not in cited segments")

    words = set().union(*(_content(t) for t in texts))
    coverage = len(words & {stem(t) for t in _tokens(source)}) / len(words) if words else 1.0
    if coverage < COVERAGE_MIN:
        reasons.append(f"coverage: little of the item is in the cited segments ({coverage:.0%})")
    penalty = 0.5 ** sum(not r.startswith("coverage:") for r in reasons)
    return Support(not reasons, round(coverage * penalty, 3), tuple(reasons))


def check(note: Note, transcript: Transcript, *, section_roles: Mapping[str, Sequence[str]] | None = None,
          text_fields: Mapping[str, Sequence[str]] | None = None, names: Iterable[str] = ()) -> Note:
    """A new note whose every item has ``support`` set; the input is left as it was."""
    segments = {s.id: s for s in transcript.segments}
    from .moments import session_roles
    roles = session_roles(transcript)  # a student clinician's counts are cited as the therapist's
    known = [*names, *(str(sp["name"]) for sp in transcript.speakers if sp.get("name"))]
    section_roles, text_fields = section_roles or {}, text_fields or {}
    sections = tuple(
        replace(sec, items=tuple(
            replace(it, support=check_item(it, segments, roles, expected_roles=section_roles.get(sec.key, ()),
                                           fields=text_fields.get(sec.key, ()), names=known))
            for it in sec.items))
        for sec in note.sections)
    out = replace(note, sections=sections)
    bad = len(out.unsupported)
    log.debug("grounding: %d of %d items unsupported", bad, len(out.items))
    warnings = tuple(w for w in note.warnings if not w.startswith("grounding:"))
    if bad:
        warnings += (f"grounding: {bad} of {len(out.items)} items not supported by their cited segments",)
    return replace(out, warnings=warnings)


def fired(support: Support) -> tuple[str, ...]:
    """The rules that failed for an item, in :data:`RULES` order."""
    tags = {r.split(":", 1)[0] for r in support.reasons}
    return tuple(r for r in RULES if r in tags)
