"""Polarity, direction and hedges: a generated sentence must not turn its source around.

The claim is compared with the article sentence it aligns to best:
- negation: a word negated on one side and not on the other ("исключает" / "не исключает");
- direction: a word of one end of a scale where the article, about the same thing, has the other
  ("растет" / "снижается", "выше" / "ниже", "победил" / "проиграл");
- hedges: the article leaves the claim open ("был бы", "может", "якобы", "сможет ли") and the
  summary states it as fact; or has it only near ("близятся к завершению" / "завершились").
Each is judged on the words around the shared content, not on the whole sentence: an article
sentence may say that one thing grows and another falls.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from . import knowledge as kb
from .alignment import FRAMING, align
from .claim import Claim
from .source import SourceIndex
from .verdict import Reason
from .words import Word, clauses, same_root

_NEGATIONS = frozenset({"не", "нет", "ни"})
_NOT_NEGATING = frozenset({"только", "менее", "раз", "так", "всегда", "смотря", "зря"})
WINDOW = 4  # words on each side that tell what a direction word is about
MIN_SHARED = 2  # content words a direction must share with its article counterpart
MIN_COVERAGE = 0.6  # the claim must align this well before it is compared word by word
# … and this well for a hedge: a claim that splices a hypothetical sentence with another
# ("армяне пытались вернуть Степанакерт" from "пали бы Степанакерт" and the next sentence)
# aligns less well with each, and is the likelier to state the hypothesis as fact
HEDGE_COVERAGE = 0.5


def _content(ws: Sequence[Word]) -> list[tuple[int, str]]:
    return [(k, w.stem) for k, w in enumerate(ws) if w.content and w.low not in FRAMING]


def negated(ws: Sequence[Word]) -> dict[str, bool]:
    """Content stems and whether each stands negated ("не исключает", "не был признан")."""
    out: dict[str, bool] = {}
    for k, w in enumerate(ws):
        if not w.content:
            continue
        neg = False
        for j in (k - 1, k - 2):
            if j < 0:
                break
            prev = ws[j].low
            if prev in _NEGATIONS and (j + 1 >= len(ws) or ws[j + 1].low not in _NOT_NEGATING):
                neg = True
                break
            if ws[j].content:
                break
        out[w.stem] = out.get(w.stem, False) or neg
    return out


def _direction(w: Word) -> int | None:
    """Index of the DIRECTIONS group the word belongs to."""
    for k, group in enumerate(kb.DIRECTIONS):
        if any(w.low.startswith(p) for p in group):
            return k
    return None


def _around(ws: Sequence[Word], k: int) -> set[str]:
    lo, hi = max(0, k - WINDOW), min(len(ws), k + WINDOW + 1)
    return {w.stem for w in ws[lo:hi] if w.content and w is not ws[k]}


def _in_clause(ws: Sequence[Word], clause: Sequence[int], k: int) -> set[str]:
    """Content stems of word k's clause: what a direction word says moves (a window of words
    would reach into the next clause, about another thing)."""
    return {
        w.stem
        for j, w in enumerate(ws)
        if clause[j] == clause[k] and j != k and w.content and w.low not in FRAMING
    }


def _hedged(ws: Sequence[Word]) -> bool:
    lows = [w.low for w in ws]
    if any(w in kb.HEDGES for w in lows):
        return True
    return any(a == "не" and b.startswith("исключ") for a, b in itertools.pairwise(lows))


def check_polarity(claim: Claim, source: SourceIndex) -> list[Reason]:
    al = align(claim, source)
    if al.coverage < HEDGE_COVERAGE or not al.sentences or al.content < 3:
        return []
    ws = list(claim.words)
    sw = [w for i in sorted(al.sentences) for w in source.sentence_words[i]]
    if al.coverage < MIN_COVERAGE:
        return _hedges(claim, ws, sw, source)
    out: list[Reason] = []
    # negation
    mine, theirs = negated(ws), negated(sw)
    if not any(w.low.startswith(tuple(kb.NEGATIVE_WORDS)) for w in sw):
        flipped = [
            w.text
            for k, w in enumerate(ws)
            if w.stem in mine
            and w.stem in theirs
            and theirs[w.stem] != mine[w.stem]
            and len(w.stem) >= 4
            and _same_context(ws, k, sw)
        ]
        if flipped:
            out.append(Reason("polarity", f"negation differs on: {', '.join(flipped)}"))
    # direction
    mine_clauses, their_clauses = clauses(ws, claim.text), clauses(sw, source.text)
    for k, w in enumerate(ws):
        d = _direction(w)
        if d is None:
            continue
        ctx = _in_clause(ws, mine_clauses, k)
        same = max(
            (
                len(ctx & _in_clause(sw, their_clauses, j))
                for j, x in enumerate(sw)
                if _direction(x) == d
            ),
            default=0,
        )
        opposite = d ^ 1
        other = max(
            (
                len(ctx & _in_clause(sw, their_clauses, j))
                for j, x in enumerate(sw)
                if _direction(x) == opposite
            ),
            default=0,
        )
        if other >= MIN_SHARED and other > same:
            out.append(Reason("polarity", f"{w.text}: the article says the opposite"))
            break
    # a decision the article has only considered
    for k, w in enumerate(ws):
        if w.low.startswith(_DECIDED) and _only_considered(ws, mine_clauses, k, sw, source):
            out.append(Reason("hedge", f"{w.text}: the article has it only considered"))
            break
    out += _hedges(claim, ws, sw, source)
    # a majority the article does not state
    for k, w in enumerate(ws):
        if _majority_of(claim, ws, k) and not _majority_in_article(ws, source):
            out.append(Reason("scope", f"{w.text}: the article states no majority"))
            break
    return out


def _hedges(
    claim: Claim, ws: Sequence[Word], sw: Sequence[Word], source: SourceIndex
) -> list[Reason]:
    """The article leaves open ("пали бы Степанакерт") or has only near ("близятся к
    завершению") what the claim states as done."""
    out: list[Reason] = []
    if not _hedged(ws) and _hedged(sw) and _hedge_near_shared(ws, sw):
        out.append(Reason("hedge", "the article leaves it open"))
    done = _nearly_done(claim, ws, sw)
    if done is not None:
        out.append(Reason("hedge", f"{done}: the article has it only near"))
    return out


_MAJORITY = ("большинств",)
# how an article states a majority or more: "большинство", "подавляющая часть", "почти все",
# "более половины", "две трети", "в основном"; a share over 50% is checked by its number
_MAJORITY_SAID = ("большинств", "подавляющ", "преимуществен", "половин", "трети", "четверт")
_ALL = frozenset({"все", "всех", "всем", "всеми", "каждый", "каждая", "каждое", "каждого"})
_OUT_OF = re.compile(r"(\d+)\s+из\s+(\d+)")
_PERCENT = re.compile(r"(\d+(?:[.,]\d+)?)\s*(?:%|процент)")


def _says_majority(sentence: Sequence[Word], text: str) -> bool:
    lows = [w.low for w in sentence]
    if any(x.startswith(_MAJORITY_SAID) for x in lows):
        return True
    if any(a == "в" and b == "основном" for a, b in itertools.pairwise(lows)):
        return True
    if any(x in _ALL for x in lows) and not any(
        a in ("все", "всё") and b in ("еще", "ещё") for a, b in itertools.pairwise(lows)
    ):
        return True
    if any(float(m.group(1).replace(",", ".")) > 50 for m in _PERCENT.finditer(text)):
        return True
    return any(2 * int(a) > int(b) for a, b in _OUT_OF.findall(text))  # "20 из 26"


def _majority_of(claim: Claim, ws: Sequence[Word], k: int) -> bool:
    """Is word k "большинство" of a group ("большинство американцев", "большинство из них"),
    not a parliament's majority ("сформировать большинство в одиночку")?"""
    if not ws[k].low.startswith(_MAJORITY) or k + 1 >= len(ws):
        return False
    nxt = ws[k + 1]
    if nxt.low == "из":
        return True
    a = claim.analysis(nxt)
    return "Gen" in a.cases and a.pos not in ("ADP", "CONJ", "PRCL", "VERB", "INFN")


def _majority_in_article(ws: Sequence[Word], source: SourceIndex) -> bool:
    """The claim says most of a group: some article sentence about the same thing (≥
    MIN_SHARED of the claim's content words) must say most, all or over half. Seq2seq models
    widen what the article says of some ("в шести штатах", "многие") to most."""
    ctx = {
        w.stem
        for w in ws
        if w.content and w.low not in FRAMING and not w.low.startswith(_MAJORITY_SAID)
    }
    for i, sentence in enumerate(source.sentence_words):
        if len(ctx & {x.stem for x in sentence if x.content}) < MIN_SHARED:
            continue
        if _says_majority(sentence, source.sentences[i].text):
            return True
    return False


_DECIDED, _CONSIDERED = tuple(kb.DECIDED), tuple(kb.CONSIDERED)


def _only_considered(
    ws: Sequence[Word], mine: Sequence[int], k: int, sw: Sequence[Word], source: SourceIndex
) -> bool:
    """Claim word k ("принято") is a decision; the aligned article sentence has the same thing
    only considered ("рассмотрено"), and no sentence of the article has it decided ("Меморандум
    … был принят" in the lead, where the claim aligned with "направил на рассмотрение")."""
    ctx = _in_clause(ws, mine, k)
    theirs = clauses(sw, source.text)
    if not any(
        x.low.startswith(_CONSIDERED) and len(ctx & _in_clause(sw, theirs, j)) >= MIN_SHARED
        for j, x in enumerate(sw)
    ):
        return False
    return not any(
        any(x.low.startswith(_DECIDED) for x in sentence)
        and len(ctx & {x.stem for x in sentence if x.content}) >= MIN_SHARED
        for sentence in source.sentence_words
    )


def _nearly_done(claim: Claim, ws: Sequence[Word], sw: Sequence[Word]) -> str | None:
    """The claim's word whose thing the aligned article sentence has only near ("близятся к
    завершению", "почти завершены") while the claim has it done ("завершились"), or None."""
    if any(w.low in kb.NEARLY or w.low.startswith(kb.NEARLY_TO) for w in ws):
        return None
    for k, x in enumerate(sw[:-1]):
        if x.low.startswith(kb.NEARLY_TO) and sw[k + 1].low == "к" and k + 2 < len(sw):
            target = sw[k + 2]
        elif x.low in kb.NEARLY:
            target = sw[k + 1]
            a = claim.analysis_of(target.low)
            if target.is_number or a.pos != "VERB":
                continue  # "почти 100", "почти половина": a rounded quantity
        else:
            continue
        if len(target.stem) < 4:
            continue
        for w in ws:
            if w.content and same_root(w.low, target.low):
                return w.text
    return None


def _same_context(ws: Sequence[Word], k: int, sw: Sequence[Word]) -> bool:
    """Does the article use word `k` of the claim among the same words (≥ MIN_SHARED)?"""
    ctx = _around(ws, k)
    return any(
        x.stem == ws[k].stem and len(ctx & _around(sw, j)) >= MIN_SHARED for j, x in enumerate(sw)
    )


def _hedge_near_shared(ws: Sequence[Word], sw: Sequence[Word]) -> bool:
    """A hedge of the article sentence that governs content the claim states: next to a word
    the claim shares ("был бы сокрушительным", "сможет ли он"), function words skipped."""
    shared = {w.stem for w in ws if w.content and w.low not in FRAMING}
    for k, w in enumerate(sw):
        if w.low not in kb.HEDGES:
            continue
        if w.low in ("бы", "б") and k > 0 and sw[k - 1].low.startswith(("хотел", "хотелось")):
            continue  # "хотела бы нарастить": a wish said politely, not a condition
        for step in (-1, 1):
            j = k + step
            while 0 <= j < len(sw) and not sw[j].content:
                j += step
            if 0 <= j < len(sw) and abs(j - k) <= 2 and sw[j].stem in shared:
                return True
    return False
