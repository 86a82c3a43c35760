"""One article as every stage sees it, in natasha's manner: a document object that steps enrich.

Sentences are cheap and made eagerly; natasha's tagging (morphology, named entities) is made on
first use and kept, so the extractive ranker, the rule layer and the faithfulness guard share it.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import Any

from .nlp import NLP, load_nlp
from .text import Sentence, split_sentences


@dataclass(frozen=True)
class Entity:
    type: str  # natasha's PER, LOC, ORG
    text: str  # verbatim
    start: int
    stop: int
    normal: str  # nominative form, from natasha's normalizer


class Document:
    def __init__(
        self, text: str, title: str | None = None, nlp: NLP | None = None, headed: bool = False
    ) -> None:
        self.text = text
        self.title = title
        # the title is the pasted text's own first line, taken out: a subtitle may open the text
        self.headed = headed
        self._nlp = nlp

    @property
    def nlp(self) -> NLP:
        if self._nlp is None:
            self._nlp = load_nlp()
        return self._nlp

    @cached_property
    def sentences(self) -> tuple[Sentence, ...]:
        return split_sentences(self.text)

    @cached_property
    def natasha(self) -> Any:
        """natasha's `Doc`, segmented, morph-tagged and NER-tagged, spans normalized."""
        from natasha import Doc

        doc = Doc(self.text)
        doc.segment(self.nlp.segmenter)
        doc.tag_morph(self.nlp.morph_tagger)
        doc.tag_ner(self.nlp.ner_tagger)
        for span in doc.spans:
            span.normalize(self.nlp.morph_vocab)
        return doc

    @cached_property
    def entities(self) -> tuple[Entity, ...]:
        return tuple(
            Entity(s.type, s.text, s.start, s.stop, s.normal or s.text) for s in self.natasha.spans
        )
