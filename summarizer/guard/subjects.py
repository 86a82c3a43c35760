"""Who acts: the claim's subject must not be what the article's same verb acts upon.

"Врачи обязаны проинформировать лечащихся на дому …" retold from "Медицинские работники обязаны
проинформировать лечащихся на дому о том, что … они должны вызвать врачей": the verb and most
words are the article's, but the claim's actor stands in the article after the verb, in an
oblique case: it is acted upon (or spoken of), and someone else acts. Read without a syntax
parse: the nouns before a clause's first finite verb, in the nominative and not after a
preposition, are its subject; the article sentence is read with natasha's cases, the claim with
pymorphy's.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from .alignment import align
from .claim import Claim
from .source import SourceIndex
from .verdict import Reason
from .words import FUNCTION_WORDS, Tok, clause_start, same_root, stem

MIN_COVERAGE = 0.6  # the aligned sentence must say most of what the claim says
_NOUNS = ("NOUN", "PROPN")
MIN_LETTERS = 3  # "м" (of "куб. м") is no actor
_WITH = frozenset({"с", "со", "вместе"})  # "встретился с врачами": a symmetric relation


@dataclass(frozen=True)
class Clause:
    subject: tuple[Tok, ...]  # nouns before the verb, in the nominative
    before: tuple[Tok, ...]  # every noun before the verb ("Токаев" may read as a genitive)
    verb: frozenset[str]  # the verb's lemmas
    at: int  # the verb's index in the sentence's tokens


def _claim_clause(claim: Claim) -> Clause | None:
    """The claim's first clause with a finite verb and a subject before it."""
    toks = claim.toks
    for v, t in enumerate(toks):
        if t.pos not in ("VERB", "AUX", "ADJ") or t.low in FUNCTION_WORDS:
            continue
        a = claim.analysis_of(t.low)
        if not a.finite:
            continue
        start = clause_start(toks, v)
        subject = tuple(
            u
            for k, u in enumerate(toks[start:v], start)
            if u.pos in _NOUNS
            and len(u.low) >= MIN_LETTERS
            and u.low not in FUNCTION_WORDS
            and (u.cases or {u.case}) == {"Nom"}  # "Дело возбудил СК": "дело" may be its object
            and not (k > 0 and toks[k - 1].pos in ("ADP", *_NOUNS))  # "в районе Вены"
        )
        before = tuple(u for u in toks[start:v] if u.pos in _NOUNS)
        return Clause(subject, before, a.lemmas, v) if subject else None
    return None


def _with(toks: Sequence[Tok], k: int) -> bool:
    """Does word k stand in a phrase with "с" ("с президентом России Владимиром Путиным"): a
    party to a symmetric relation, not one acted upon?"""
    j = k - 1
    while j >= 0 and toks[j].pos in (*_NOUNS, "ADJ"):
        j -= 1
    return j >= 0 and toks[j].low in _WITH


def check_swapped_subject(claim: Claim, source: SourceIndex) -> list[Reason]:
    mine = _claim_clause(claim)
    if mine is None:
        return []
    al = align(claim, source)
    if al.coverage < MIN_COVERAGE or not al.sentences:
        return []
    i = al.sentences[0]
    sent = source.sentences[i]
    toks = [t for t in source.toks if sent.start <= t.start < sent.stop]
    theirs = source.claim(i)
    for v, t in enumerate(toks):
        if t.pos not in ("VERB", "AUX", "ADJ") or not theirs.analysis_of(t.low).lemmas & mine.verb:
            continue
        start = clause_start(toks, v)
        actor = [
            u
            for k, u in enumerate(toks[start:v], start)
            if u.pos in _NOUNS and u.case == "Nom" and not (k > 0 and toks[k - 1].pos == "ADP")
        ]
        if not actor:
            continue
        for s in mine.before:
            if any(same_root(s.low, u.low) or stem(s.low) == stem(u.low) for u in actor):
                return []  # the same actor (with another: "Токаев и Путин провели")
        for s in mine.subject:
            before = [u for u in toks[:v] if stem(u.low) == stem(s.low) or same_root(s.low, u.low)]
            after = [
                k
                for k in range(v + 1, len(toks))
                if stem(toks[k].low) == stem(s.low) or same_root(s.low, toks[k].low)
            ]
            if before or not after:
                continue  # the claim's actor stands on the actor's side, or nowhere
            if all(toks[k].case not in (None, "Nom") and not _with(toks, k) for k in after):
                shown = " ".join(u.text for u in actor)
                return [Reason("actor", f"{s.text} (article: {shown}; {s.text} is acted upon)")]
        return []
    return []
