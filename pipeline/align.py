"""Words -> speakers, sentence by sentence; pure functions.

The diarization says who speaks when; the transcript says where sentences begin and end.
A speaker change in the middle of a sentence is rare in speech and common in diarization
errors (a voice drifting between two clusters for a second), so the unit of attribution is
the sentence, not the word:

1. Each word votes for the speaker whose turns overlap it most (a word no turn overlaps goes
   to the nearest turn), with the turn's confidence.
2. Sentences: words up to a sentence end (``.``, ``?``, ``!``), a pause of at least
   ``TurnRules.sentence_pause`` seconds, or a pause of ``change_pause`` s where the turns change
   speaker (Whisper does not always punctuate where one speaker hands over to the next).
3. A sentence keeps one speaker unless the evidence for a change inside it is strong: the
   best split point leaves at least ``min_side`` seconds of words on each side, each side
   agrees with its own speaker on at least ``min_agree`` of its word time, and, where a
   ``judge`` is given (the speaker encoder on each side's audio, see pipeline.runner), the
   voices of the two sides match their two speakers. Otherwise the sentence goes to the
   speaker with the most word time (where that is in doubt, to the speaker the judge hears
   in the whole sentence), and a minority speaker with at least ``overlap_min`` seconds is
   recorded in the segment's ``overlap``: overlapping speech is marked, the sentence is not
   cut between two people.
4. Minimum turn: a sentence shorter than ``min_turn`` s (or of any length whose attribution
   is doubtful, below ``doubtful``) between two sentences of one other speaker, with less
   than ``glue_gap`` s on each side, joins them unless its own attribution is confident.
5. Transcript segments are split where the speaker changes (now only at sentence bounds).
6. Segments a clinician can cite: one speaker's words longer than ``max_segment`` seconds (Whisper
   leaves whole 20-30 s windows unpunctuated) are cut into shorter segments, where a sentence most
   likely ends: after ``.``/``?``/``!`` where there is one, else at the longest pause between words
   (``pauses_heard``: the words' gap or the silence the diarization heard around them, a change
   of the diarization's speaker there counting ``change_bonus`` s more), each piece at least
   ``min_piece`` s, again until every piece fits (``cut_points``). Only one speaker's words are
   cut, so no sentence is split between two speakers by this; each piece's confidence and overlap
   are its own words'. 12 / 2 / 0.25 s were chosen on the dev corpus (benchmarks/segment_grid.py).
7. All segments get fresh stable ids (``seg-0001`` ...) in time order.

Each output segment carries ``speaker_confidence`` (0..1): the word-time-weighted confidence
of the diarization turns that agree with the segment's speaker (a word whose turn says
someone else counts 0). Turns without a confidence (e.g. pyannote's) count 1 where they agree.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from .schema import Diarization, Segment, SpeakerTurn, Transcript, Word, segment_id

# judge(spans) -> for each (start, end) span, {speaker: cosine similarity of its voice to that speaker}
Judge = Callable[[Sequence[tuple[float, float]]], list[dict[str, float]]]

SENTENCE_END = (".", "?", "!", "…")


@dataclass(frozen=True)
class TurnRules:
    sentence_pause: float = 0.7  # seconds between words that end a sentence without punctuation
    change_pause: float = 0.2  # ... or this long where the diarization changes speaker
    min_side: float = 1.5  # seconds of words each side of a change inside a sentence
    min_agree: float = 0.8  # share of a side's word time that must agree with its speaker
    doubt: float = 0.75  # a sentence whose majority speaker has less than this share of it is in doubt
    judge_margin: float = 0.02  # cosine margin by which the judge must prefer a speaker to overrule
    overlap_min: float = 0.3  # seconds of a minority speaker's words in a sentence marked as overlap
    min_turn: float = 0.6  # seconds: shorter sentences between two of one other speaker join them
    glue_gap: float = 0.5  # ... when the pauses on both sides are shorter than this
    confident: float = 0.8  # ... unless their own confidence is at least this
    doubtful: float = 0.5  # a sentence of any length whose confidence is below this joins them too
    max_segment: float | None = 12.0  # seconds: one speaker's longer stretch of words is cut into segments
    min_piece: float = 2.0  # ... none shorter than this (max_segment None: never cut)
    change_bonus: float = 0.25  # ... a change of the diarization's speaker counting as this much more pause


class _Turns:
    def __init__(self, turns: tuple[SpeakerTurn, ...]) -> None:
        self.turns = sorted(turns, key=lambda t: (t.start, t.end))
        self.starts = [t.start for t in self.turns]
        self.max_len = max((t.end - t.start for t in self.turns), default=0.0)

    def overlaps(self, start: float, end: float) -> dict[str, tuple[float, float]]:
        """{speaker: (seconds of overlap, confidence-weighted seconds)} of the turns over [start, end]."""
        out: dict[str, tuple[float, float]] = {}
        lo = bisect.bisect_left(self.starts, start - self.max_len)
        hi = bisect.bisect_right(self.starts, end)
        for t in self.turns[lo:hi]:
            o = min(end, t.end) - max(start, t.start)
            if o > 0:
                c = 1.0 if t.confidence is None else t.confidence
                a, b = out.get(t.speaker, (0.0, 0.0))
                out[t.speaker] = (a + o, b + o * c)
        return out

    def vote(self, start: float, end: float) -> tuple[str | None, float]:
        """(speaker, confidence) of a word: the largest overlap, else the nearest turn."""
        if not self.turns:
            return None, 0.0
        ov = self.overlaps(start, end)
        if ov:
            spk = max(sorted(ov.items()), key=lambda kv: kv[1][0])[0]  # ties: first by name
            total = sum(a for a, _ in ov.values())
            return spk, ov[spk][1] / total
        mid = (start + end) / 2
        i = bisect.bisect_left(self.starts, mid)
        lo = bisect.bisect_left(self.starts, start - self.max_len)
        hi = bisect.bisect_right(self.starts, end)
        near = self.turns[max(0, i - 2): i + 2] + self.turns[lo:hi]
        best = min(near or self.turns, key=lambda t: _distance(mid, t))
        return best.speaker, 0.5 * (1.0 if best.confidence is None else best.confidence)  # a guess: halved

    def speaker_for(self, start: float, end: float) -> str | None:
        return self.vote(start, end)[0]


def _distance(x: float, t: SpeakerTurn) -> float:
    return 0.0 if t.start <= x <= t.end else min(abs(x - t.start), abs(x - t.end))


@dataclass
class _W:
    """A word in flight: its source segment, its vote, the speaker finally given."""

    word: Word
    seg: int
    vote: str | None
    conf: float
    speaker: str | None = None

    @property
    def dur(self) -> float:
        return max(self.word.end - self.word.start, 0.02)


def sentences(words: Sequence[Word], pause: float, votes: Sequence[str | None] | None = None,
              change_pause: float = 0.2) -> list[tuple[int, int]]:
    """[start, end) index ranges of the sentences in a time-ordered word list: a sentence ends at
    ``.``/``?``/``!``, at a pause of ``pause`` s, and (given the words' ``votes``) at a pause of
    ``change_pause`` s where the diarization changes speaker (Whisper does not always punctuate
    where one speaker stops and the next starts)."""
    out, a = [], 0
    for i, w in enumerate(words):
        last = i == len(words) - 1
        if (last or w.text.strip().endswith(SENTENCE_END) or words[i + 1].start - w.end >= pause
                or (votes is not None and votes[i] != votes[i + 1] and words[i + 1].start - w.end >= change_pause)):
            out.append((a, i + 1))
            a = i + 1
    return out


def cut_points(words: Sequence[Word], max_len: float | None, min_piece: float = 0.0,
               pauses: Sequence[float] | None = None) -> list[int]:
    """Where to cut one speaker's time-ordered words so that no piece spans more than ``max_len``
    seconds: the indices of the words that start a new piece (empty: keep it whole).

    A piece too long is cut in two, recursively, at the boundary that leaves both sides at least
    ``min_piece`` s and is the likeliest sentence bound: after a word that ends a sentence (``.``,
    ``?``, ``!``) if there is one, else where the pause is longest; between equals, the one nearest
    the middle. ``pauses[k - 1]`` is the pause before ``words[k]`` (default: the gap between the
    two words' times). A piece with no such boundary stays whole (e.g. shorter than two
    ``min_piece``)."""
    if not max_len or max_len <= 0 or len(words) < 2:
        return []
    gaps = list(pauses) if pauses is not None else [words[k].start - words[k - 1].end for k in range(1, len(words))]
    out: list[int] = []

    def cut(a: int, b: int) -> None:  # words[a:b]
        if b - a < 2 or words[b - 1].end - words[a].start <= max_len:
            return
        best, best_key = None, None
        mid = (words[a].start + words[b - 1].end) / 2
        for k in range(a + 1, b):
            if words[k - 1].end - words[a].start < min_piece or words[b - 1].end - words[k].start < min_piece:
                continue
            key = (words[k - 1].text.strip().endswith(SENTENCE_END), round(gaps[k - 1], 3),
                   -abs(words[k].start - mid))
            if best_key is None or key > best_key:
                best, best_key = k, key
        if best is None:
            return
        out.append(best)
        cut(a, best)
        cut(best, b)

    cut(0, len(words))
    return sorted(out)


def pauses_heard(ws: Sequence[_W], turns: _Turns, change: float = 0.0) -> list[float]:
    """The pause before each word after the first (seconds), as the words' times and the diarization
    hear it: the gap between the two words, or the time from the middle of the first to the end of
    the second that no diarization turn covers, whichever is longer (Whisper's word times run words
    together, and it stretches the word after a pause back over the silence, so a sentence's first
    word often starts inside the pause), plus ``change`` s where the diarization's speaker at the two
    ends of that span differs (the diarizer heard someone else begin)."""
    out = []
    for p, w in zip(ws, ws[1:]):
        a, b = (p.word.start + p.word.end) / 2, max(w.word.end, (p.word.start + p.word.end) / 2)
        covered = sum(t for t, _ in turns.overlaps(a, b).values()) if b > a else 0.0
        silent = max(0.0, (b - a) - covered)
        changed = turns.speaker_for(a, a + 0.05) != turns.speaker_for(b - 0.05, b)
        out.append(max(w.word.start - p.word.end, silent) + (change if changed else 0.0))
    return out


def _share(ws: Sequence[_W]) -> dict[str | None, float]:
    out: dict[str | None, float] = {}
    for w in ws:
        out[w.vote] = out.get(w.vote, 0.0) + w.dur
    return out


def _majority(ws: Sequence[_W]) -> tuple[str | None, float]:
    """(speaker with the most word time, its share)."""
    sh = _share(ws)
    spk = max(sorted(sh.items(), key=lambda kv: str(kv[0])), key=lambda kv: kv[1])[0]
    return spk, sh[spk] / sum(sh.values())


def _best_split(ws: Sequence[_W]) -> tuple[int, str | None, str | None, float, float] | None:
    """The split (k, left speaker, right speaker, left agreement, right agreement) that agrees best."""
    total = _share(ws)
    left: dict[str | None, float] = {}
    lt, tt = 0.0, sum(total.values())
    best = None
    for k in range(1, len(ws)):  # one pass: running per-speaker time on the left
        w = ws[k - 1]
        left[w.vote] = left.get(w.vote, 0.0) + w.dur
        lt += w.dur
        right = {v: total[v] - left.get(v, 0.0) for v in total}
        ls = max(sorted(left, key=str), key=lambda v: left[v])
        rs = max(sorted(right, key=str), key=lambda v: right[v])
        if ls == rs:
            continue
        la, ra = left[ls] / lt, right[rs] / max(tt - lt, 1e-9)
        score = left[ls] + right[rs]
        if best is None or score > best[0]:
            best = (score, k, ls, rs, la, ra)
    return None if best is None else best[1:]


def _span(ws: Sequence[_W]) -> tuple[float, float]:
    return ws[0].word.start, ws[-1].word.end


def _decide(ws: list[_W], rules: TurnRules, judge: Judge | None, depth: int = 0) -> None:
    """Give the words of one sentence (or part of one) their speaker, in place."""
    spk, share = _majority(ws)
    if share < 1.0 and depth < 3:
        split = _best_split(ws)
        if split is not None:
            k, ls, rs, la, ra = split
            left, right = ws[:k], ws[k:]
            strong = (right[0].word.start - left[0].word.start >= rules.min_side
                      and right[-1].word.end - right[0].word.start >= rules.min_side
                      and la >= rules.min_agree and ra >= rules.min_agree)
            if strong and judge is not None:
                jl, jr = judge([_span(left), _span(right)])
                strong = (jl.get(ls, -1) >= jl.get(rs, -1) + rules.judge_margin
                          and jr.get(rs, -1) >= jr.get(ls, -1) + rules.judge_margin)
            if strong:
                _decide(left, rules, judge, depth + 1)
                _decide(right, rules, judge, depth + 1)
                return
        if share < rules.doubt and judge is not None:
            heard = judge([_span(ws)])[0]
            voted = {w.vote for w in ws if w.vote is not None}
            cands = sorted((heard.get(s, -1.0), s) for s in voted)
            if cands and cands[-1][1] != spk and cands[-1][0] >= heard.get(spk, -1.0) + rules.judge_margin:
                spk = cands[-1][1]
    for w in ws:
        w.speaker = spk


def _glue_short(units: list[list[_W]], rules: TurnRules) -> None:
    """Minimum turn: a short sentence between two of one other speaker joins them (in place)."""
    for i in range(1, len(units) - 1):
        prev, cur, nxt = units[i - 1], units[i], units[i + 1]
        a, b = prev[-1].speaker, nxt[0].speaker
        s = cur[0].speaker
        if a is None or a != b or s == a:
            continue
        if cur[0].word.start - prev[-1].word.end >= rules.glue_gap or nxt[0].word.start - cur[-1].word.end >= rules.glue_gap:
            continue
        conf = sum(w.conf * w.dur for w in cur if w.vote == s) / sum(w.dur for w in cur)
        short = cur[-1].word.end - cur[0].word.start < rules.min_turn
        if conf >= rules.confident or not (short or conf < rules.doubtful):
            continue
        for w in cur:
            w.speaker = a


def _confidence(ws: Sequence[_W], speaker: str | None) -> float:
    total = sum(w.dur for w in ws)
    return round(sum(w.conf * w.dur for w in ws if w.vote == speaker) / total, 3) if total else 0.0


def assign_speakers(transcript: Transcript, diarization: Diarization, judge: Judge | None = None,
                    rules: TurnRules | None = None) -> Transcript:
    """A new Transcript whose words and segments carry speakers, speaker confidence and overlap;
    segments split where the speaker changes (at sentence bounds unless the evidence is strong)."""
    rules = rules or TurnRules()
    turns = _Turns(diarization.turns)
    flat: list[_W] = []
    for i, seg in enumerate(transcript.segments):
        for w in seg.words:
            flat.append(_W(w, i, *turns.vote(w.start, w.end)))
    flat.sort(key=lambda w: (w.word.start, w.word.end))
    units = [flat[a:b] for a, b in sentences([w.word for w in flat], rules.sentence_pause,
                                             [w.vote for w in flat], rules.change_pause)]
    for u in units:
        _decide(u, rules, judge)
    _glue_short(units, rules)
    overlap_of: dict[int, set[str]] = {}  # id(word) -> minority speakers heard in its sentence
    for u in units:
        spoken: dict[str, float] = {}
        for w in u:
            if w.vote is not None and w.vote != w.speaker:
                spoken[w.vote] = spoken.get(w.vote, 0.0) + w.dur
        heard = {s for s, t in spoken.items() if t >= rules.overlap_min}
        for w in u:
            overlap_of[id(w)] = heard - {w.speaker}

    by_seg: dict[int, list[_W]] = {}
    for w in flat:
        by_seg.setdefault(w.seg, []).append(w)
    pieces: list[tuple[float, float, Segment]] = []
    for i, seg in enumerate(transcript.segments):
        ws = by_seg.get(i, [])
        if not ws:
            spk, conf = turns.vote(seg.start, seg.end)
            pieces.append((seg.start, seg.end, replace(seg, speaker=spk, words=(),
                                                       speaker_confidence=round(conf, 3) if spk else None)))
            continue
        runs: list[list[_W]] = [[ws[0]]]
        for w in ws[1:]:
            if w.speaker != runs[-1][-1].speaker:
                runs.append([])
            runs[-1].append(w)
        cut = [run[a:b] for run in runs
               for cuts in [cut_points([w.word for w in run], rules.max_segment, rules.min_piece,
                                       pauses_heard(run, turns, rules.change_bonus))]
               for a, b in zip([0, *cuts], [*cuts, len(run)])]
        for part in cut:
            whole = len(part) == len(seg.words)
            spk = part[0].speaker
            words = tuple(replace(w.word, speaker=spk) for w in part)
            others = sorted(set().union(*(overlap_of[id(w)] for w in part)))
            pieces.append((seg.start if whole else part[0].word.start, seg.end if whole else part[-1].word.end,
                           replace(seg, text=seg.text if whole else " ".join(w.text for w in words),
                                   speaker=spk, words=words, overlap=tuple(others),
                                   speaker_confidence=_confidence(part, spk) if spk is not None else None)))
    out = []
    for start, end, seg in sorted(pieces, key=lambda p: (p[0], p[1])):
        out.append(replace(seg, id=segment_id(len(out)), start=start, end=end))
    return replace(transcript, segments=tuple(out))
