"""Key figures: every quantity the article states, verbatim, with its value, unit and a phrase
from its sentence saying what it measures; the ones that matter most first, each once.

Rules over the text rather than a model, so that a figure is never invented or garbled. The steps:
blank what only looks like a figure (dates, years, times, law and document numbers:
masks.py), read each sentence's quantities (scan.py, with the counted noun from
nouns.py), drop repeats and what is no key figure (ages, durations that only say when),
rank, and take a few words of context (context.py).

Ranking picks which figures a reply shows (money, shares and measures before counts), then shows
them in the story's order of sentences: figures of one sentence stay together, so "93 проекта"
sits next to the "18,3 млрд долларов" they were worth and each bullet's context can lean on its
neighbour, instead of all the money first and the counts it belongs to three bullets later.
"""

from __future__ import annotations

import re
from types import MappingProxyType

from ...document import Document
from ...text import Sentence
from ...types import Figure
from .context import context
from .masks import mask_non_figures
from .nouns import Morph
from .scan import Found, is_furniture, sentence_figures

# Money first, then shares, measures and counts; bare numbers, durations and ages last.
_RANK = MappingProxyType(
    {
        "money": 5.0,
        "percent": 4.0,
        "measure": 3.5,
        "count": 3.0,
        "ratio": 3.0,
        "bare": 2.0,
        "duration": 1.0,
        "age": 0.5,
    }
)
_TITLE_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")
SHOWN = 8  # what a reply shows (summarizer.render, bot.render): the figures ranked first
# A duration is a key figure only as a term: a sentence, a contract, a ban ("к 8 годам",
# "на 10 лет", "сроком на", "8 лет лишения свободы"); "3 месяца назад", "в течение двух недель",
# "через пять лет" only say when.
_TERM_BEFORE = re.compile(r"(?i:(?<![^\W\d_])(?:к|на|сроком(?:\s+(?:на|до|в))?|срок(?:а|ом)?)\s+$)")
_TERM_AFTER = re.compile(
    r"(?i:(?:\s+(?:своего|его|ее|её))?\s+(?:лишения\s+свободы|заключения|тюремного|колонии|тюрьмы|"
    r"строгого|общего|ареста|условно|принудительных|исправительных))"
)


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
    kept = [fs for fs in _dedupe(found) if _is_key(fs[0], masked)]
    ranked = _story_order(
        sorted(kept, key=lambda fs: (-_score(fs[0], text, title_numbers), fs[0].start))
    )
    return tuple(
        Figure(
            text=text[f.start : f.stop],
            value=f.value,
            unit=f.unit,
            context=context(text, masked, f.start, f.stop, s, spans[s.index]),
        )
        for f, s in ranked
    )


def _dedupe(found: list[tuple[Found, Sentence]]) -> list[tuple[Found, Sentence]]:
    """Each quantity once: the same value in the same unit is one figure (the first mention),
    and a bare number that repeats a figure with a unit ("306 голосов" ... "Трамп - 232")
    adds nothing."""
    kept: dict[tuple[float, str | None], tuple[Found, Sentence]] = {}
    for f, s in found:
        kept.setdefault((round(f.value, 6), f.unit), (f, s))
    with_unit = {value for value, unit in kept if unit}
    return [fs for (value, unit), fs in kept.items() if unit or value not in with_unit]


def _is_key(f: Found, masked: str) -> bool:
    """Ages ("44-летний", "100-летнего юбилея") describe a person or a date, not the story;
    durations count only as terms."""
    if f.kind == "age":
        return False
    if f.kind == "duration":
        lead = masked[max(0, f.start - 20) : f.start]
        return bool(
            _TERM_BEFORE.search(lead)
            or _TERM_AFTER.match(masked, f.stop)
            or masked[f.start : f.anchor].strip().lower() in ("до", "от")
        )
    return True


def _story_order(ranked: list[tuple[Found, Sentence]]) -> list[tuple[Found, Sentence]]:
    """The SHOWN best, grouped by sentence: sentences in the order of their best figure, the
    figures of a sentence in text order; the rest after them, by rank."""
    shown, rest = ranked[:SHOWN], ranked[SHOWN:]
    first: dict[int, int] = {}
    for rank, (_, s) in enumerate(shown):
        first.setdefault(s.index, rank)
    shown.sort(key=lambda fs: (first[fs[1].index], fs[0].start))
    return shown + rest


def _score(f: Found, text: str, title_numbers: set[str]) -> float:
    """Kind first; small counts a little lower; a number the headline repeats higher; and
    earlier in the article before later."""
    score = _RANK.get(f.kind, 1.0)
    if f.kind == "count" and f.value < 10:
        score -= 0.5
    if any(n in text[f.anchor : f.stop] for n in title_numbers):
        score += 1.0
    return score - f.start / len(text)


__all__ = ["extract_figures"]
