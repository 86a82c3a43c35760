"""Extractive summaries: the embedded default, needing no download. (Baseline; being tuned.)"""
from __future__ import annotations

from ..document import Document
from .base import Draft


class ExtractiveBackend:
    name = "extractive"
    abstractive = False

    def __init__(self, max_sentences: int = 3) -> None:
        self.max_sentences = max_sentences

    def score_sentences(self, doc: Document) -> list[float]:
        """A relevance score per `doc.sentences` item; higher is more summary-worthy."""
        n = len(doc.sentences)
        return [1.0 - i / max(n, 1) for i in range(n)]

    def summarize(self, doc: Document) -> Draft:
        scores = self.score_sentences(doc)
        order = sorted(range(len(scores)), key=lambda i: -scores[i])[: self.max_sentences]
        return Draft(tuple(doc.sentences[i].text for i in sorted(order)), self.name)
