"""The name a pronoun in a bullet stands for: "он набрал 62%" reads as a result of nobody.

Only the nearest person of the pronoun's gender in the sentence or the two before it, and only
when no other person of that gender stands in that window: a wrong name is worse than none.
"""

from __future__ import annotations

from bisect import bisect_left

from ...document import Document
from ...text import Sentence, fold

_GENDER = {
    **dict.fromkeys("он его него ему нему им ним нем".split(), "Masc"),
    **dict.fromkeys("она ее нее ей ней ею нею".split(), "Fem"),
}
_WINDOW = 2  # sentences before the pronoun's own


def name_for(doc: Document, word: str, at: int, sentence: Sentence) -> str | None:
    gender = _GENDER.get(fold(word))
    if gender is None:
        return None
    first = doc.sentences[max(0, sentence.index - _WINDOW)].start
    people: set[str] = set()
    for e in doc.entities:
        if e.type != "PER" or not first <= e.start or e.stop > at:
            continue
        if _feature(_tokens(doc, e.start, e.stop), "Gender") == gender:
            people.add(_key(e.normal))
    if len(people) != 1:
        return None
    return _nominative(doc, people.pop())


def _nominative(doc: Document, key: str) -> str:
    """The fullest mention of the person the text gives in the nominative ("Асия Биби"), since
    natasha's normal form of a foreign name may keep its case ("Асии Биби")."""
    mentions = [e for e in doc.entities if e.type == "PER" and _key(e.normal) == key]
    nominative = [
        e
        for e in mentions
        if all((t.feats or {}).get("Case", "Nom") == "Nom" for t in _tokens(doc, e.start, e.stop))
    ]
    best = max(nominative or mentions, key=lambda e: (len(e.text.split()), len(e.text)))
    return best.text if nominative else best.normal


def _key(name: str) -> str:
    return fold(name.split()[-1])[:5]


def _tokens(doc: Document, start: int, stop: int) -> list:
    tokens = doc.natasha.tokens
    lo = bisect_left([t.start for t in tokens], start)
    return [t for t in tokens[lo:] if t.start < stop]


def _feature(tokens: list, name: str) -> str | None:
    for t in reversed(tokens):
        value = (t.feats or {}).get(name)
        if value:
            return value
    return None
