"""What "этот показатель" measures: "Годовая инфляция ... могла снизиться до 3,9-4%. В апреле
этот показатель составил 4,1%" reads alone only with the inflation named.

The demonstrative subject ("этот показатель", "данная цифра") of a figure's clause points back
to the subject of the sentence before when that sentence states a figure of its own: its one
inanimate singular noun subject of the main clause, with the adjectives before it and the
genitives after it, as written ("[годовая инфляция]"). Anything less sure names nothing, and
the bullet stays hidden.
"""

from __future__ import annotations

import re

from ...document import Document
from ...text import Sentence, fold
from .syntax import Parse, Token, parse_sentences

# the nominative singular demonstratives a measure noun takes as the subject
DEMONSTRATIVE_SUBJECT = frozenset("этот эта данный данная указанный указанная".split())
# nouns that name no thing of their own: a figure of "показатель" is a figure of what it measures
MEASURE_NOUNS = ("показател", "цифр", "уровен", "значени", "величин")
_SUBJECT = ("nsubj", "nsubj:pass")
_MAX_WORDS = 5
_DIGIT = re.compile(r"\d")


def measure_subject(tokens: tuple[Token, ...], k: int, predicate: int) -> bool:
    """`k` is "этот" of "этот показатель", the singular subject of the clause's predicate."""
    t = tokens[k]
    if t.rel != "det" or fold(t.text) not in DEMONSTRATIVE_SUBJECT or t.head < 0:
        return False
    noun = tokens[t.head]
    return (
        noun.rel in _SUBJECT
        and noun.head == predicate
        and noun.pos == "NOUN"
        and fold(noun.text).startswith(MEASURE_NOUNS)
        and noun.feats.get("Number", "Sing") == "Sing"
    )


def measured_before(doc: Document, s: Sentence) -> str | None:
    """The thing the sentence before `s` gives a figure of, as its words stand, or None."""
    if s.index == 0:
        return None
    before = doc.sentences[s.index - 1]
    if not _DIGIT.search(before.text):
        return None  # no figure there: "этот показатель" points further back
    parse = parse_sentences(doc, [before]).get(before.index)
    if parse is None:
        return None
    subjects = [k for k, t in enumerate(parse.tokens) if _main_subject(parse, k)]
    if len(subjects) != 1:
        return None
    return _phrase(doc, parse, subjects[0])


def _main_subject(parse: Parse, k: int) -> bool:
    t = parse.tokens[k]
    return (
        t.rel in _SUBJECT
        and t.pos == "NOUN"
        and t.head >= 0
        and parse.tokens[t.head].head == -1
        and t.feats.get("Animacy") != "Anim"
        and t.feats.get("Number", "Sing") == "Sing"
    )


def _phrase(doc: Document, parse: Parse, k: int) -> str | None:
    """The subject noun with its adjectives before it and genitive nouns after it."""
    tokens = parse.tokens
    lo = k
    while lo > 0 and tokens[lo - 1].pos == "ADJ" and tokens[lo - 1].head == k:
        lo -= 1
    hi = k
    inside = {k, *range(lo, k)}
    while hi + 1 < len(tokens):
        t = tokens[hi + 1]
        if t.head not in inside and not (t.pos == "ADJ" and t.head > hi + 1):
            break
        if t.pos == "ADJ" or (t.pos in ("NOUN", "PROPN") and t.feats.get("Case") == "Gen"):
            hi += 1
            inside.add(hi)
            continue
        break
    while hi > k and tokens[hi].pos == "ADJ":
        hi -= 1  # an adjective of a noun left outside
    if hi - lo + 1 > _MAX_WORDS or (hi == k and fold(tokens[k].text).startswith(MEASURE_NOUNS)):
        return None  # "показатель" again names nothing; "уровень безработицы" does
    words = doc.text[tokens[lo].start : tokens[hi].stop]
    if tokens[lo].pos != "PROPN" and words[1:2].islower():
        words = words[0].lower() + words[1:]  # "Годовая инфляция" mid-sentence
    return words
