"""Faithfulness guard: a generated sentence may only use numbers and names the article has.

Seq2seq summarizers invent figures and people with total confidence. Every number in a generated
sentence must occur in the source (as digits or in words), and every name (natasha's entities and
capitalized words inside a sentence) must occur there too, up to Russian inflection. A sentence
that fails is dropped; the pipeline falls back to the extractive summary when none is left.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property

from .document import Document
from .facts.numbers import MAGNITUDES, NUMERALS, parse_digits, words_value
from .text import fold

log = logging.getLogger(__name__)

_NUMBER = re.compile(
    r"(?<![\w.,])\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:[.,]\d+)?(?!\w)"
    r"|(?<![\w.,])\d+(?:[.,]\d+)?(?!\w)"
)
_WORD = re.compile(r"[A-Za-zА-Яа-яЁё]+(?:-[A-Za-zА-Яа-яЁё]+)*")
_ENDINGS = (
    "а",
    "я",
    "у",
    "ю",
    "е",
    "ы",
    "и",
    "ой",
    "ей",
    "ом",
    "ем",
    "ым",
    "им",
    "ов",
    "ев",
    "ам",
    "ям",
    "ах",
    "ях",
    "ами",
    "ями",
    "ого",
    "его",
    "ому",
    "ему",
    "ую",
    "ая",
    "ий",
    "ый",
    "ой",
    "ие",
    "ые",
    "ых",
    "их",
)


def numbers_in(text: str) -> set[float]:
    return {parse_digits(m.group()) for m in _NUMBER.finditer(text)}


@dataclass(frozen=True)
class Verdict:
    sentence: str
    ok: bool
    unsupported: tuple[str, ...] = ()  # the numbers and names the source does not have


class SourceIndex:
    """What the article contains, built once per document and asked once per generated word."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.words = {fold(w) for w in _WORD.findall(doc.text)}
        self.numbers = numbers_in(doc.text)

    @cached_property
    def _parts(self) -> dict[str, list[str]]:
        """Word parts ("касым", "жомарт") grouped by their first three letters."""
        index: dict[str, list[str]] = {}
        for w in self.words:
            for part in w.split("-"):
                index.setdefault(part[:3], []).append(part)
        return index

    @cached_property
    def number_words(self) -> set[float]:
        """Numbers the article writes in words, in every inflected form: "двадцати пяти тысяч"
        gives 25000, 25 (for "25 тысяч") and each numeral alone (20, 5)."""
        values: set[float] = set()
        run: list[str] = []
        for word in [*(fold(w) for w in _WORD.findall(self.doc.text)), ""]:
            if word in NUMERALS or word in MAGNITUDES:
                run.append(word)
                continue
            if run:
                numerals = [w for w in run if w in NUMERALS]
                values.update(NUMERALS[w] for w in numerals)
                for value in (words_value(run), words_value(numerals)):  # 25000 and "25 тысяч"
                    if value is not None:
                        values.add(value)
                run = []
        return values

    def _lemmas(self, word: str) -> set[str]:
        return {fold(p.normal_form) for p in self.doc.nlp.morph_vocab.parse(word)}

    def has_number(self, value: float) -> bool:
        return value in self.numbers or value in self.number_words

    def has_word(self, word: str) -> bool:
        """True when the article has `word` in some inflected form."""
        return all(self._has_part(p) for p in fold(word).split("-") if p)

    def _has_part(self, w: str) -> bool:
        candidates = self._parts.get(w[:3], [])
        if w in candidates:
            return True
        if len(w) < 4:
            return False
        stems = _stems(w)
        if any(stems & _stems(s) for s in candidates):
            return True
        lemmas = self._lemmas(w)
        return any(lemmas & self._lemmas(s) for s in candidates)


def _stems(word: str) -> set[str]:
    """The word and what is left of it without one case ending (a stem of 4 letters or more)."""
    return {word} | {
        word[: -len(e)] for e in _ENDINGS if word.endswith(e) and len(word) - len(e) >= 4
    }


def _names(sentence: str, entity_texts: Iterable[str]) -> list[str]:
    """Names to verify: natasha's entities, plus capitalized words that do not start a sentence."""
    names = [w for e in entity_texts for w in _WORD.findall(e)]
    words = list(_WORD.finditer(sentence))
    for m in words[1:]:
        w = m.group()
        before = sentence[: m.start()].rstrip()
        if w[:1].isupper() and not before.endswith((".", "!", "?", "«", '"', "—", "–", ":")):
            names.append(w)
    return names


class FaithfulnessGuard:
    def __init__(self, doc: Document) -> None:
        self.source = SourceIndex(doc)

    def check(self, sentence: str, entity_texts: Iterable[str] = ()) -> Verdict:
        missing: list[str] = []
        for m in _NUMBER.finditer(sentence):
            if not self.source.has_number(parse_digits(m.group())):
                missing.append(m.group())
        for name in _names(sentence, entity_texts):
            if not self.source.has_word(name) and name not in missing:
                missing.append(name)
        return Verdict(sentence, not missing, tuple(missing))

    def filter(self, sentences: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[Verdict, ...]]:
        """The sentences that pass, and the verdicts on those that did not."""
        entities = _entities_by_sentence(self.source.doc, sentences)
        verdicts = [self.check(s, ents) for s, ents in zip(sentences, entities, strict=True)]
        dropped = tuple(v for v in verdicts if not v.ok)
        for v in dropped:
            log.info("guard dropped a generated sentence: unsupported %s", ", ".join(v.unsupported))
        return tuple(v.sentence for v in verdicts if v.ok), dropped


def _entities_by_sentence(doc: Document, sentences: tuple[str, ...]) -> list[list[str]]:
    """natasha's NER over the generated text, one list of entity strings per sentence."""
    if not sentences:
        return []
    generated = Document("\n".join(sentences), nlp=doc.nlp)
    out: list[list[str]] = [[] for _ in sentences]
    starts = []
    pos = 0
    for s in sentences:
        starts.append(pos)
        pos += len(s) + 1
    for e in generated.entities:
        i = max(k for k, start in enumerate(starts) if start <= e.start)
        out[i].append(e.text)
    return out
