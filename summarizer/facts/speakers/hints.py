"""Small reading rules that find a speaker the clause rules pass over.

- An apposition between commas: "Руссефф, экономист по образованию, заявила, что …": the name
  before the aside is the verb's subject (the clause rules stop at the first comma).
- A name set off by commas after its title: "Министр внутренних дел Финляндии, Мари Рантанен,
  отметила, что …": the name between the commas is the verb's subject.
- A short quoted phrase inside a colon's introduction: "сказала, что она «просто в восторге» и
  рада вернуться:" is still her introduction to the paragraph that follows.
"""

from __future__ import annotations

from collections.abc import Sequence

from .mentions import Mention
from .tokens import Tok

_APPOSITION_TOKENS = 6  # "экономист по образованию", "бывший министр финансов страны"
_SHORT_QUOTE_TOKENS = 6  # quote marks included: "«просто в восторге»"
_DEMONSTRATIVES = frozenset("тот та".split())
_NOT_IN_APPOSITION = frozenset("VERB AUX CCONJ SCONJ PRON DET NUM".split())


def apposed_person(
    toks: Sequence[Tok],
    owner: Sequence[int | None],
    mentions: Sequence[Mention],
    opening: int,
    closing: int,
) -> int | None:
    """The person named right before `opening` (a comma) when the tokens up to `closing` (the
    comma before the verb) are an apposition describing them: a nominative noun phrase without
    a verb, a conjunction or a name of its own ("Путин, Медведев, заявили" is a list, "В Москве,
    столице России, заявили" no person). The mention index, or None."""
    chunk = toks[opening + 1 : closing]
    if not chunk or len(chunk) > _APPOSITION_TOKENS or opening < 1:
        return None
    if toks[opening].text != ",":
        return None
    if any(t.pos in _NOT_IN_APPOSITION or t.pos == "PUNCT" for t in chunk):
        return None
    named = [k for t in chunk if (k := owner[t.i]) is not None]
    if any(mentions[k].kind in ("PER", "ORG") for k in named):
        return None
    head = next((t for t in chunk if t.pos == "NOUN"), None)
    if head is None or head.case != "Nom" or head.upper_initial:
        return None
    if any(t.pos == "ADJ" and t.case not in ("Nom", None) for t in chunk[: chunk.index(head)]):
        return None
    k = owner[opening - 1]
    if k is None:
        return None
    m = mentions[k]
    if m.kind != "PER" or m.last != opening - 1 or toks[m.head].case not in ("Nom", None):
        return None
    if m.number == "Plur" or head.number == "Plur":
        return None
    return k


def titled_person(
    toks: Sequence[Tok],
    owner: Sequence[int | None],
    mentions: Sequence[Mention],
    opening: int,
    closing: int,
    first: int,
) -> int | None:
    """The person named between `opening` and `closing` (commas) when the sentence opens with
    a title in the nominative right before `opening`: "Министр внутренних дел Финляндии, Мари
    Рантанен, отметила" (audit21 book_q512). Only a bare name between the commas, one person in
    the nominative; a title after a preposition ("По словам министра, …") opens no subject.
    The mention index, or None."""
    if opening < 1 or toks[opening].text != "," or closing - opening < 2:
        return None
    k = owner[opening + 1]
    if k is None:
        return None
    m = mentions[k]
    if m.kind != "PER" or m.first != opening + 1 or m.last != closing - 1:
        return None
    if toks[m.head].case not in ("Nom", None) or m.number == "Plur" or m.role is not None:
        return None
    t = owner[opening - 1]
    if t is None:
        return None
    title = mentions[t]
    if title.kind != "ROLE" or title.last != opening - 1 or title.first != first:
        return None
    if toks[title.head].case != "Nom" or title.number == "Plur":
        return None
    return k


def short_quote_start(toks: Sequence[Tok], quoted: Sequence[bool], k: int, first: int) -> int:
    """The first token of the quoted run that ends at token `k`, when the run is a short phrase
    the writer's own sentence goes on around (words of the sentence before it); -1 otherwise."""
    j = k
    while j > first and quoted[j - 1]:
        j -= 1
    if j <= first or k - j + 1 > _SHORT_QUOTE_TOKENS:
        return -1
    return j


def agreeing_gender(toks: Sequence[Tok], m: Mention) -> str | None:
    """The gender of a past-tense verb right after a person's name in the nominative ("Дик
    отдала", "Руссефф заявила"): the name's subject agreement, surer than the tagger's guess
    at a foreign name."""
    if m.kind != "PER" or m.last + 1 >= len(toks) or toks[m.head].case not in ("Nom", None):
        return None
    v = toks[m.last + 1]
    if v.sent != toks[m.last].sent or v.pos not in ("VERB", "AUX"):
        return None
    if v.verbform != "Fin" or v.tense != "Past" or v.number != "Sing":
        return None
    return v.gender if v.gender in ("Masc", "Fem") else None


def demonstrative_antecedent(
    toks: Sequence[Tok],
    owner: Sequence[int | None],
    mentions: Sequence[Mention],
    v: int,
    first: int,
) -> int | bool | None:
    """For a verb right after "тот"/"та" ("на что тот ответил"): the one person named earlier
    in the sentence in an oblique case, of the verb's gender (the mention index); False when
    the subject is such a word but no single person fits; None when it is no such word."""
    if v - 1 < first or toks[v - 1].low not in _DEMONSTRATIVES or toks[v - 1].case != "Nom":
        return None
    gender = toks[v].gender if toks[v].gender in ("Masc", "Fem") else None
    found: list[int] = []
    for j in range(first, v - 1):
        k = owner[j]
        if k is None or k in found or mentions[k].first != j or mentions[k].kind != "PER":
            continue
        m = mentions[k]
        if toks[m.head].case in ("Nom", None):
            continue
        if gender is not None and m.gender in ("Masc", "Fem") and m.gender != gender:
            continue
        found.append(k)
    return found[0] if len(found) == 1 else False
