"""Who did what to whom: two named parties exchanged between the actor and the other end.

"Вашингтон возлагает надежды на отношения с Пекином" retold from "Китай возлагает надежды на
отношения с США": every word is the article's, so support by alignment passes it, but the one
who acts is the other side. Read without a syntax parse (too slow per claim, and it misreads
the summaries' Russian): the named words before the first finite verb of a clause are its
actor, the named words after it in the same clause are the other end. A swap is when the claim's
actor is the other end of the aligned article sentence's same verb, and the claim's other end
is that sentence's actor. Names match by stem or by the usual metonymy (Вашингтон ↔ США).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from . import knowledge as kb
from .alignment import align
from .claim import Claim
from .source import SourceIndex
from .verdict import Reason
from .words import CLAUSE_END, FUNCTION_WORDS, Tok, clause_start, stem

MIN_COVERAGE = 0.7  # the aligned sentence must say most of what the claim says
_PREPOSITION = "ADP"


@dataclass(frozen=True)
class Parties:
    actor: tuple[str, ...]  # folded words of the names before the verb, in the nominative
    verb: frozenset[str]  # the verb's lemmas
    other: tuple[str, ...]  # folded words of the names after the verb, in its clause


def _named(claim: Claim, t: Tok) -> bool:
    if not t.text[:1].isupper() or t.pos == "PUNCT" or t.low in FUNCTION_WORDS:
        return False
    a = claim.analysis_of(t.low)
    return a.proper or t.text.isupper()


def parties(claim: Claim) -> Parties | None:
    """The actor, verb and other end of the claim's first clause with a finite verb."""
    toks = claim.toks
    for v, t in enumerate(toks):
        if t.pos != "VERB" or not claim.analysis_of(t.low).finite:
            continue
        start = clause_start(toks, v)
        actor = tuple(
            u.low
            for k, u in enumerate(toks[start:v], start)
            if _named(claim, u)
            and "Nom" in claim.analysis_of(u.low).cases | ({u.case} if u.case else set())
            and not (k > 0 and toks[k - 1].pos == _PREPOSITION)
        )
        stop = v + 1
        while stop < len(toks) and toks[stop].text not in CLAUSE_END:
            stop += 1
        other = tuple(u.low for u in toks[v + 1 : stop] if _named(claim, u))
        return Parties(actor, claim.analysis_of(t.low).lemmas, other)
    return None


def _same(a: str, b: str) -> bool:
    if stem(a) == stem(b) or a.startswith(b) or b.startswith(a):
        return True
    return any(
        any(a.startswith(p) for p in group) and any(b.startswith(p) for p in group)
        for group in kb.METONYMS
    )


def _meets(xs: Sequence[str], ys: Sequence[str]) -> bool:
    return any(_same(x, y) for x in xs for y in ys)


def check_swapped_parties(claim: Claim, source: SourceIndex) -> list[Reason]:
    mine = parties(claim)
    if mine is None or not mine.actor or not mine.other:
        return []
    al = align(claim, source)
    if al.coverage < MIN_COVERAGE or not al.sentences:
        return []
    theirs = parties(source.claim(al.sentences[0]))
    if theirs is None or not theirs.actor or not mine.verb & theirs.verb:
        return []
    if _meets(mine.actor, theirs.actor):
        return []
    if _meets(mine.actor, theirs.other) and _meets(mine.other, theirs.actor):
        return [Reason("actor", f"{' '.join(mine.actor)} (article: {' '.join(theirs.actor)})")]
    return []
