"""Evidence alignment: point each drafted item at the lines that say what it says.

A small model cites line numbers loosely (runs of neighbouring lines, or lines a
few turns off). After drafting, each item's evidence is re-chosen from its
chunk's lines by a greedy cover of the item's content words and numbers (the
same stems and number reading as the grounding check): take the line that
covers most of what the item says, then the line that adds most of the rest,
up to ``max_lines``; ties go to the line nearest the model's own citation.
When no line shares a word or number with the item, the model's citation is
kept, and the grounding check will mark the item unsupported. Alignment never
changes what an item says, only which moments it points at.
"""

from __future__ import annotations

from collections.abc import Sequence

from .grounding import _content, numbers


def _units(text: str, item: bool) -> set[str]:
    return _content(text) | {f"#{n}" for n in numbers(text, item=item)}


def align(text: str, cited: Sequence[int], lines: Sequence[str], max_lines: int = 3,
          prefer_numbers: bool = False) -> list[int]:
    """1-based line numbers supporting ``text`` (the item's text and free fields).

    ``prefer_numbers``: among lines that cover as much, take one that holds a
    number (a goal's line with its measure rather than the one announcing it).
    """
    want = _units(text, True)
    if not want or not lines:
        return list(cited)
    have = [_units(ln, False) for ln in lines]
    anchor = sorted(cited) or [1]

    def distance(i: int) -> int:
        return min(abs(i - a) for a in anchor)

    chosen: list[int] = []
    left = set(want)
    while left and len(chosen) < max_lines:
        # numbers weigh double: they are what a clinician checks first
        gains = [(sum(2 if u.startswith("#") else 1 for u in have[i - 1] & left),
                  prefer_numbers and any(u.startswith("#") for u in have[i - 1]), -distance(i), i)
                 for i in range(1, len(lines) + 1) if i not in chosen]
        gain, _, _, best = max(gains)
        if gain == 0 or (chosen and gain < 2):  # a further line must add more than one word
            break
        chosen.append(best)
        left -= have[best - 1]
    return sorted(chosen) if chosen else list(cited)
