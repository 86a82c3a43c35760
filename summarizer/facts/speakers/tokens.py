"""natasha's tokens, flattened into one immutable record each, with the sentence they belong to.

The speaker rules look at case, gender and number all the time; reading them once into plain
fields keeps those rules short and avoids natasha's dict lookups in inner loops. A NamedTuple
rather than a frozen dataclass: hundreds are made per article, and tuples are made fast.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import Any, NamedTuple

from ...document import Document
from ...text import fold
from .lexicon import SPEECH_VERB_PREFIXES

_MORPH_ERRORS = (ValueError, KeyError, IndexError, AttributeError, TypeError)
_LEMMATIZED_POS = frozenset({"VERB", "AUX"})
_STOPS = frozenset({".", "!", "?", "…"})
_CLOSERS = frozenset({"»", '"', "”", ")"})
_OPENERS = frozenset({"«", '"', "„", "“"})
_NUMBER_WORDS = frozenset({"тыс", "млн", "млрд", "трлн"})


# the cases a noun takes as another word's complement, never as a subject
OBLIQUE_CASES = frozenset({"Gen", "Dat", "Ins", "Loc"})


class Tok(NamedTuple):
    i: int  # index among the document's tokens
    text: str
    low: str  # lower case, ё folded
    start: int
    stop: int
    pos: str
    case: str | None
    gender: str | None
    number: str | None
    anim: str | None
    person: str | None
    verbform: str | None
    tense: str | None
    lemma: str  # morphological lemma for verbs, `low` otherwise
    sent: int  # sentence number: razdel's sentences, split again where razdel missed a stop
    para: int  # paragraph index

    @property
    def upper_initial(self) -> bool:
        return self.text[:1].isupper()


def tok_index(toks: tuple[Tok, ...], offset: int) -> int:
    """The index of the first token that starts at or after `offset` (len(toks) when none):
    a binary search on the tokens themselves, so no rule rebuilds a list of their starts."""
    return bisect_left(toks, offset, key=_start)


def span_tokens(toks: tuple[Tok, ...], spans: tuple[tuple[int, int], ...]) -> list[int]:
    """The indices of the tokens inside character spans, in order (an event's words)."""
    return [j for a, b in spans for j in range(tok_index(toks, a), tok_index(toks, b))]


NOMINAL = frozenset(("NOUN", "PROPN", "PRON"))


def subject_follows(toks: tuple[Tok, ...], verb: int, last: int) -> bool:
    """A nominative noun or pronoun after the verb, before the clause's first break ("что в
    Москве прошли обыски"): the verb has a subject of its own after it."""
    for t in toks[verb + 1 : last + 1]:
        if t.text in (",", ";", ".", "—", "–"):
            return False
        if t.pos in NOMINAL and t.case == "Nom":
            return True
    return False


def _start(t: Tok) -> int:
    return t.start


def build_tokens(doc: Document) -> tuple[Tok, ...]:
    """One `Tok` per natasha token; verbs are lemmatized (cheap: a few dozen per article)."""
    sentences = doc.sentences
    starts = [s.start for s in sentences]
    vocab = doc.nlp.morph_vocab
    out: list[Tok] = []
    extra = 0  # sentences razdel missed ("… ВС. Как подчеркнула …")
    prev_sentence = -1
    prev_text = before_stop = before_that = ""
    for i, t in enumerate(doc.natasha.tokens):
        feats: dict[str, Any] = t.feats or {}
        low = fold(t.text)
        lemma = low
        if t.pos in _LEMMATIZED_POS and low[:4] in SPEECH_VERB_PREFIXES:
            try:
                lemma = fold(vocab.lemmatize(t.text, t.pos, feats))
            except _MORPH_ERRORS:  # pymorphy has no opinion on odd tokens: keep the surface form
                lemma = low
        s = max(0, bisect_right(starts, t.start) - 1)
        glued = (  # "«Газете.Ru»", "Lenta.ru": a dot inside a name ends no sentence
            prev_text == "."
            and out
            and t.start == out[-1].stop
            and out[-1].start > 0
            and doc.text[out[-1].start - 1].isalpha()
            and t.text[:1].isalpha()
        )
        # "Более 3 тыс. ДТП произошло …": a number's abbreviation ends no sentence
        glued = glued or (
            prev_text == "."
            and before_stop in _NUMBER_WORDS
            and any(ch.isdigit() for ch in before_that)
            and len(t.text) >= 2
            and t.text.isupper()  # "ДТП", "ВВП": what is counted; "В Москве" opens a sentence
        )
        if glued:
            extra -= s - prev_sentence  # razdel split there: undo it
        elif (
            (
                s == prev_sentence
                and prev_text in _STOPS
                and t.text[:1].isupper()
                and (
                    len(before_stop) > 2
                    or (len(before_stop) == 2 and before_stop.isupper())
                    or before_stop in _CLOSERS  # "… моря». Зеле напомнил"
                    or (before_stop == "г" and before_that.isdigit())  # "… 2019 г. Об этом …"
                )
            )
            or (
                s == prev_sentence
                and prev_text in _STOPS
                and t.text in _OPENERS  # "… будет мирной."Несмотря …": a quote opens a sentence
                and doc.text[t.stop : t.stop + 1].isupper()
                and len(before_stop) > 2
            )
        ):
            extra += 1  # "… ВС. Как …", but not after an initial, "B.V." or "им."
        before_that = before_stop
        before_stop = prev_text
        prev_sentence, prev_text = s, t.text
        sent = s + extra
        para = sentences[s].paragraph if sentences else 0
        out.append(
            Tok(
                i,
                t.text,
                low,
                t.start,
                t.stop,
                t.pos or "X",
                feats.get("Case"),
                feats.get("Gender"),
                feats.get("Number"),
                feats.get("Animacy"),
                feats.get("Person"),
                feats.get("VerbForm"),
                feats.get("Tense"),
                lemma,
                sent,
                para,
            )
        )
    return tuple(out)
