"""One generated sentence as the checks read it: words, tokens, numbers, pymorphy analyses.

Built once per sentence and shared by every check, in natasha's manner. Only the summary's own
words go through pymorphy (cached per process by natasha's MorphVocab); the article is never
re-analysed here.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import Any

from ..text import fold
from .words import Tok, Word, numbers_in, raw_tokens, sentence_start, words

_PROPER = frozenset({"Name", "Surn", "Patr", "Geox", "Orgn", "Trad"})
_PERSON = frozenset({"Name", "Surn", "Patr"})


@dataclass(frozen=True)
class Analysis:
    pos: str  # universal tag of the likeliest parse: NOUN, ADJ, VERB, ADP, …
    case: str | None  # of the likeliest parse
    cases: frozenset[str]  # of every parse
    lemmas: frozenset[str]  # normal forms of every parse
    proper: bool  # some parse is a name, surname, place or organization
    only_proper: bool  # every parse is
    proper_noun: bool  # every parse is a noun that names someone or something ("Вашингтон")
    person: bool  # some parse is a first name, surname or patronymic
    known: bool  # pymorphy's dictionary has the word
    finite: bool  # some parse is a finite verb or a short adjective ("заявил", "уверен")


def _cases(parses: list[Any]) -> frozenset[str]:
    """Every case the word may be in; a name's cases as a name ("Песков" is no "песков")."""
    named = [p for p in parses if set(p.tag.grammemes) & _PERSON]
    return frozenset(p.feats["Case"] for p in (named or parses) if "Case" in p.feats)


class Claim:
    def __init__(self, text: str, morph: Any) -> None:
        self.text = text
        self.words: tuple[Word, ...] = words(text)
        self._morph = morph
        self._analyses: dict[str, Analysis] = {}

    @cached_property
    def numbers(self) -> list[tuple[float, int, int]]:
        return numbers_in(self.text)

    @cached_property
    def toks(self) -> tuple[Tok, ...]:
        out = []
        for text, start, stop in raw_tokens(self.text):
            if not (text[:1].isalnum()):
                out.append(Tok(text, text, start, stop, "PUNCT", None))
                continue
            low = fold(text)
            if text[:1].isdigit():
                out.append(Tok(text, low, start, stop, "NUM", None))
                continue
            a = self.analysis_of(low)
            pos = "PROPN" if a.pos == "NOUN" and text[:1].isupper() and a.proper else a.pos
            out.append(Tok(text, low, start, stop, pos, a.case, a.cases))
        return tuple(out)

    def analysis(self, word: Word) -> Analysis:
        return self.analysis_of(word.low)

    def analysis_of(self, low: str) -> Analysis:
        found = self._analyses.get(low)
        if found is None:
            parses = self._morph.parse(low)
            grams = [set(p.tag.grammemes) for p in parses]
            first = parses[0] if parses else None
            found = Analysis(
                pos=first.pos if first is not None else "X",
                case=first.feats.get("Case") if first is not None else None,
                cases=_cases(parses),
                lemmas=frozenset(fold(p.normal_form) for p in parses),
                proper=any(g & _PROPER for g in grams),
                only_proper=bool(grams) and all(g & _PROPER for g in grams),
                proper_noun=bool(grams) and all(g & _PROPER and "NOUN" in g for g in grams),
                person=any(g & _PERSON for g in grams),
                known=any(p.is_known for p in parses),
                finite=any(p.tag.POS in ("VERB", "ADJS", "PRTS") for p in parses),
            )
            self._analyses[low] = found
        return found

    def opens(self, word: Word) -> bool:
        """The word starts the sentence or a quotation: its capital proves nothing."""
        return sentence_start(self.text, word.start)

    def opens_at(self, pos: int) -> bool:
        return sentence_start(self.text, pos)
