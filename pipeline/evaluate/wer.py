"""Word error rate against a reference text, with a normalisation fit for English speech.

Both sides are lower-cased, punctuation is removed, hyphens split words, and
numbers written as digits become words ("4" -> "four", "30" -> "thirty"), so
that "4 out of 5" and "four out of five" count as the same words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_ONES = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
         "fifteen sixteen seventeen eighteen nineteen").split()
_TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()


def number_words(n: int) -> str:
    if n < 20:
        return _ONES[n]
    if n < 100:
        t, o = divmod(n, 10)
        return _TENS[t] + (f" {_ONES[o]}" if o else "")
    if n < 1000:
        h, r = divmod(n, 100)
        return f"{_ONES[h]} hundred" + (f" {number_words(r)}" if r else "")
    if n < 10000:
        th, r = divmod(n, 1000)
        return f"{_ONES[th] if th < 20 else number_words(th)} thousand" + (f" {number_words(r)}" if r else "")
    return " ".join(_ONES[int(d)] for d in str(n))


def normalize(text: str) -> str:
    t = text.lower().replace("’", "'")
    t = re.sub(r"(\d+)%", r"\1 percent", t)
    t = re.sub(r"(?<=\d),(?=\d{3})", "", t)
    t = re.sub(r"\d+", lambda m: f" {number_words(int(m.group()))} ", t)
    t = re.sub(r"[-‐–—/]", " ", t)
    t = re.sub(r"[^\w\s']", " ", t)
    t = re.sub(r"(?<!\w)'|'(?!\w)", " ", t)
    return " ".join(t.split())


@dataclass(frozen=True)
class WerResult:
    wer: float
    substitutions: int
    deletions: int
    insertions: int
    reference_words: int


def wer(reference: str, hypothesis: str) -> WerResult:
    import jiwer

    ref, hyp = normalize(reference), normalize(hypothesis)
    if not ref:
        raise ValueError("the reference text is empty")
    out = jiwer.process_words(ref, hyp or "")
    return WerResult(
        wer=out.wer,
        substitutions=out.substitutions,
        deletions=out.deletions,
        insertions=out.insertions,
        reference_words=len(ref.split()),
    )
