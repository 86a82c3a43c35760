"""What a figure measures, in the article's own words: a few words of its clause.

Taken from the sentence, never written: the words just before the figure ("с общим объемом
инвестиций 18,3 млрд долларов"), else the words after it ("Четыре человека погибли"), else the
nearest main clause of the sentence. A clause ends at punctuation, at another figure or date, and
at the phrases that open a sentence or a subordinate clause without saying what is counted
("На сегодня", "В свою очередь", "в ближайшее время", "благодаря чему", "которые"); particles
and adverbs ("еще", "уже", "всего") are trimmed off either end, so the phrase neither starts nor
ends on a word that needs the figure to make sense.
"""

from __future__ import annotations

import re

from ...text import Sentence
from .masks import MASK

_L = r"[^\W\d_]"
CLAUSE_BREAK = re.compile(r"(?<!\d),|,(?!\d)|[;:()«»\"“”„!?\[\]]|\s[—–-]\s")
# Phrases that say when, by whose account or how the clause links on, never what is counted.
# They cut a clause like punctuation; a clause right after a connector (one that opens a
# subordinate clause) is the fallback's last choice.
_OPENER_PHRASES = (
    "в ближайшее время",
    "в ближайшие годы",
    "на сегодняшний день",
    "на сегодня",
    "на данный момент",
    "на тот момент",
    "в настоящее время",
    "в то же время",
    "в свою очередь",
    "кроме того",
    "помимо этого",
    "помимо того",
    "при этом",
    "в частности",
    "таким образом",
    "в целом",
    "в итоге",
    "в общей сложности",
    "к тому же",
    "тем не менее",
    "как и ожидалось",
    "по состоянию на",
    "по данным",
    "по информации",
    "по оценкам",
    "по (?:его|ее|её|их|нашим|моим) (?:словам|данным|мнению|оценкам|подсчетам|информации)",
    "согласно",
    "в результате",
)
_CONNECTOR_PHRASES = (
    "благодаря чему",
    "в результате чего",
    "после чего",
    "из-за чего",
    "для чего",
    "в связи с чем",
    "из которых",
    r"котор{_L}+",
    "где",
    "когда",
    "чтобы",
    "если",
    "хотя",
    "пока",
    "потому что",
    "так как",
    "как",
)
_OPENER = re.compile(
    rf"(?i)(?<!{_L})(?:("
    + "|".join(_CONNECTOR_PHRASES).replace("{_L}", _L)
    + ")|"
    + "|".join(_OPENER_PHRASES)
    + rf")(?!{_L})"
)
_WORD = re.compile(rf"{_L}+(?:[-‐]{_L}+)*|\d+(?:[.,]\d+)?%?")
_MASK_RUN = re.compile(f"{MASK}+")
_MAX_WORDS = 6
_ADVERBS = frozenset(
    (
        "еще",
        "ещё",
        "уже",
        "всего",
        "лишь",
        "только",
        "даже",
        "сразу",
        "также",
        "тоже",
        "вновь",
        "снова",
        "впервые",
        "именно",
        "вот",
        "ведь",
        "так",
        "тогда",
        "тут",
        "здесь",
        "там",
        "сейчас",
        "теперь",
        "затем",
        "потом",
        "всё",
        "же",
        "ли",
        "бы",
        "не",
        "ни",
        "вообще",
        "целых",
        "почти",
        "примерно",
        "около",
    )
)
_COMPARATIVES = frozenset(
    (
        "больше",
        "меньше",
        "выше",
        "ниже",
        "дороже",
        "дешевле",
        "чаще",
        "реже",
        "быстрее",
        "медленнее",
        "сильнее",
        "слабее",
        "дольше",
        "короче",
    )
)
_LEADING = frozenset(
    (
        "и",
        "а",
        "но",
        "что",
        "чтобы",
        "однако",
        "при",
        "этом",
        "как",
        "то",
        "есть",
        "или",
        "либо",
        "причем",
        "притом",
        "поэтому",
        "зато",
        "ведь",
        *_ADVERBS,
    )
)
_TRAILING = frozenset(
    (
        "до",
        "в",
        "во",
        "на",
        "с",
        "со",
        "к",
        "ко",
        "от",
        "по",
        "за",
        "из",
        "о",
        "об",
        "обо",
        "при",
        "для",
        "у",
        "под",
        "над",
        "перед",
        "через",
        "между",
        "среди",
        "без",
        "после",
        "против",
        "около",
        "и",
        "а",
        "или",
        "что",
        "чем",
        "как",
        "более",
        "менее",
        "больше",
        "меньше",
        "свыше",
        "порядка",
        "приблизительно",
        "минимум",
        "максимум",
        "все",
        "всех",
        "свои",
        "своих",
        "эти",
        "этих",
        "те",
        "тех",
        "этот",
        "эта",
        "это",
        *_ADVERBS,
    )
)


def context(
    text: str, masked: str, start: int, stop: int, s: Sentence, others: list[tuple[int, int]]
) -> str:
    """The phrase for the figure at text[start:stop]. Other figures of the sentence (`others`)
    and blanked dates cut clauses too, so one number never explains another."""
    holes = [span for span in others if span != (start, stop)]
    holes += [m.span() for m in _MASK_RUN.finditer(masked, s.start, s.stop)]
    left = _pieces(text, s.start, start, holes)
    right = _pieces(text, stop, s.stop, holes)
    before = (
        _trim(_words(text, *left[-1][:2])[-_MAX_WORDS:]) if left and left[-1][1] == start else []
    )
    after = _trim(_words(text, *right[0][:2])[:_MAX_WORDS]) if right and right[0][0] == stop else []
    if len(after) >= 2 and text[after[0][0] : after[0][1]].lower() in _COMPARATIVES:
        chosen = after  # "в четыре раза больше беженцев"
    elif len(before) >= 2 or (before and len(after) < 2):
        chosen = before
    else:
        chosen = after or _fallback(text, start, left, right)
    return text[chosen[0][0] : chosen[-1][1]] if chosen else ""


def _fallback(
    text: str, start: int, left: list[tuple[int, int, bool]], right: list[tuple[int, int, bool]]
) -> list[tuple[int, int]]:
    """The figure stands alone in its clause: the nearest other clause of the sentence with a
    word of its own, a main clause before a subordinate one; before the figure first ("яхта
    ($250 млн)"), else after it ("Два человека, которые пытались помочь, были убиты")."""
    if (
        left
        and _WORD.search(text, left[-1][1], start) is None
        and re.search(r"\s[—–-]\s|\(", text[left[-1][1] : start])
    ):
        label = _trim(_words(text, *left[-1][:2])[-_MAX_WORDS:])
        if label:
            return label  # "в Пензе — 178 тыс.", "у Трампа — 232", "яхта ($250 млн)": a label
    candidates = [(p, False) for p in reversed(left)] + [(p, True) for p in right]
    for subordinate_ok in (False, True):
        for (a, b, subordinate), forward in candidates:
            if subordinate and not subordinate_ok:
                continue
            words = _words(text, a, b)
            trimmed = _trim(words[:_MAX_WORDS] if forward else words[-_MAX_WORDS:])
            if len(trimmed) >= 2 and any(_content(text[x:y]) for x, y in trimmed):
                return trimmed
    return []


def _content(word: str) -> bool:
    return word[0].islower() and word not in _LEADING and word not in _TRAILING


def _pieces(
    text: str, start: int, stop: int, holes: list[tuple[int, int]]
) -> list[tuple[int, int, bool]]:
    """[start, stop) less clause breaks, openers and holes, as (start, stop, subordinate) pieces
    in order; `subordinate` when the piece follows a connector ("которые", "благодаря чему")."""
    cuts = sorted(
        [
            *((*m.span(), False) for m in CLAUSE_BREAK.finditer(text, start, stop)),
            *((*m.span(), m.group(1) is not None) for m in _OPENER.finditer(text, start, stop)),
            *((max(a, start), min(b, stop), False) for a, b in holes if a < stop and b > start),
        ]
    )
    pieces: list[tuple[int, int, bool]] = []
    pos = start
    subordinate = False
    for a, b, connector in cuts:
        if a > pos and text[pos:a].strip():
            pieces.append((pos, a, subordinate))
            subordinate = False
        subordinate = subordinate or connector
        pos = max(pos, b)
    if pos < stop and text[pos:stop].strip():
        pieces.append((pos, stop, subordinate))
    return pieces


def _trim(words: list[tuple[int, int, str]]) -> list[tuple[int, int]]:
    """Without the conjunctions, prepositions, particles and stray numbers at either end."""
    lo, hi = 0, len(words)
    while lo < hi and (words[lo][2] in _LEADING or words[lo][2][0].isdigit()):
        lo += 1
    while hi > lo and (words[hi - 1][2] in _TRAILING or words[hi - 1][2][0].isdigit()):
        hi -= 1
    return [(a, b) for a, b, _ in words[lo:hi]]


def _words(text: str, start: int, stop: int) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group(0).lower()) for m in _WORD.finditer(text, start, stop)]
