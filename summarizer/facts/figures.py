"""Key figures: every quantity the article states, verbatim, with its value, unit and a phrase
from its sentence saying what it measures; the ones that matter most first, each once.

Rules over the text rather than a model, so that a figure is never invented or garbled. The steps:
blank what only looks like a figure (dates, years, times, law and document numbers:
figure_masks.py), read each sentence's quantities (figure_scan.py, with the counted noun from
figure_nouns.py), drop repeats, rank, and take a few words of context (figure_context.py).
"""
from __future__ import annotations

import re
from types import MappingProxyType

from ..document import Document
from ..text import Sentence
from ..types import Figure
from .figure_context import context
from .figure_masks import mask_non_figures
from .figure_nouns import Morph
from .figure_scan import Found, is_furniture, sentence_figures

# Money first, then shares, measures and counts; bare numbers, durations and ages last.
_RANK = MappingProxyType({"money": 5.0, "percent": 4.0, "measure": 3.5, "count": 3.0,
                          "ratio": 3.0, "bare": 2.0, "duration": 1.0, "age": 0.5})
_TITLE_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")


def extract_figures(doc: Document) -> tuple[Figure, ...]:
    """The article's key figures, most important first, each quantity once."""
    text = doc.text
    if not text:
        return ()
    masked = mask_non_figures(text)
    morph = Morph(doc)
    found: list[tuple[Found, Sentence]] = []
    for sentence in doc.sentences:
        if not is_furniture(masked, sentence):
            found.extend((f, sentence) for f in sentence_figures(masked, sentence, morph))
    spans: dict[int, list[tuple[int, int]]] = {}
    for f, s in found:
        spans.setdefault(s.index, []).append((f.start, f.stop))
    title_numbers = {n for n in _TITLE_NUMBER.findall(doc.title or "") if len(n) > 1}
    ranked = sorted(_dedupe(found), key=lambda fs: (-_score(fs[0], text, title_numbers),
                                                    fs[0].start))
    return tuple(Figure(text=text[f.start:f.stop], value=f.value, unit=f.unit,
                        context=context(text, masked, f.start, f.stop, s, spans[s.index]))
                 for f, s in ranked)


def _dedupe(found: list[tuple[Found, Sentence]]) -> list[tuple[Found, Sentence]]:
    """Each quantity once: the same value in the same unit is one figure (the first mention),
    and a bare number that repeats a figure with a unit ("306 голосов" ... "Трамп - 232")
    adds nothing."""
    kept: dict[tuple[float, str | None], tuple[Found, Sentence]] = {}
    for f, s in found:
        kept.setdefault((round(f.value, 6), f.unit), (f, s))
    with_unit = {value for value, unit in kept if unit}
    return [fs for (value, unit), fs in kept.items() if unit or value not in with_unit]


def _score(f: Found, text: str, title_numbers: set[str]) -> float:
    """Kind first; small counts a little lower; a number the headline repeats higher; and
    earlier in the article before later."""
    score = _RANK.get(f.kind, 1.0)
    if f.kind == "count" and f.value < 10:
        score -= 0.5
    if any(n in text[f.anchor:f.stop] for n in title_numbers):
        score += 1.0
    return score - f.start / len(text)


__all__ = ["extract_figures"]
