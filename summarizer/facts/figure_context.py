"""What a figure measures, in the article's own words: a few words of its clause.

Taken from the sentence, never written: the words just before the figure ("с общим объемом
инвестиций 18,3 млрд долларов"), else the words after it, else the nearest clause before it.
"""
from __future__ import annotations

import re

from ..text import Sentence
from .figure_masks import MASK

_L = r"[^\W\d_]"
CLAUSE_BREAK = re.compile(r"(?<!\d),|,(?!\d)|[;:()«»\"“”„!?\[\]]|\s[—–-]\s")
_WORD = re.compile(rf"{_L}+(?:[-‐]{_L}+)*|\d+(?:[.,]\d+)?%?")
_MASK_RUN = re.compile(f"{MASK}+")
_MAX_WORDS = 6
_LEADING = frozenset(("и", "а", "но", "что", "чтобы", "однако", "при", "этом", "как", "же",
                      "также", "то", "есть", "ли", "или"))
_TRAILING = frozenset(("до", "в", "во", "на", "с", "со", "к", "от", "по", "за", "из", "о", "об",
                       "при", "для", "у", "и", "а", "или", "что", "более", "менее", "больше",
                       "меньше", "свыше", "около", "порядка", "почти", "примерно",
                       "приблизительно", "минимум", "максимум"))


def context(text: str, masked: str, start: int, stop: int, s: Sentence,
            others: list[tuple[int, int]]) -> str:
    """The phrase for the figure at text[start:stop]. Other figures of the sentence (`others`)
    and blanked dates cut clauses too, so one number never explains another."""
    holes = [span for span in others if span != (start, stop)]
    holes += [m.span() for m in _MASK_RUN.finditer(masked, s.start, s.stop)]
    left = _pieces(text, s.start, start, holes)
    right = _pieces(text, stop, s.stop, holes)
    before = _trim(_words(text, *left[-1])[-_MAX_WORDS:]) if left and left[-1][1] == start else []
    after = _trim(_words(text, *right[0])[:_MAX_WORDS]) if right and right[0][0] == stop else []
    if len(before) >= 2 or (before and len(after) < 2):
        chosen = before
    else:
        chosen = after or next((w for w in (_trim(_words(text, *piece)[-_MAX_WORDS:])
                                             for piece in reversed(left)) if len(w) >= 2), [])
    return text[chosen[0][0]:chosen[-1][1]] if chosen else ""


def _pieces(text: str, start: int, stop: int,
            holes: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """[start, stop) less clause breaks and holes, as (start, stop) pieces in order."""
    cuts = sorted([*(m.span() for m in CLAUSE_BREAK.finditer(text, start, stop)),
                   *((max(a, start), min(b, stop)) for a, b in holes if a < stop and b > start)])
    pieces: list[tuple[int, int]] = []
    pos = start
    for a, b in cuts:
        if a > pos:
            pieces.append((pos, a))
        pos = max(pos, b)
    if pos < stop:
        pieces.append((pos, stop))
    return pieces


def _trim(words: list[tuple[int, int, str]]) -> list[tuple[int, int]]:
    """Without the conjunctions, prepositions and stray numbers at either end."""
    lo, hi = 0, len(words)
    while lo < hi and (words[lo][2] in _LEADING or words[lo][2][0].isdigit()):
        lo += 1
    while hi > lo and (words[hi - 1][2] in _TRAILING or words[hi - 1][2][0].isdigit()):
        hi -= 1
    return [(a, b) for a, b, _ in words[lo:hi]]


def _words(text: str, start: int, stop: int) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group(0).lower()) for m in _WORD.finditer(text, start, stop)]
