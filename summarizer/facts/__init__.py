"""The rule layer: key figures and who said what, verbatim from the article.

Seq2seq models garble numbers and quotes; these come from the source text by rules instead, so a
reader can trust every bullet.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..document import Document
from ..types import Figure, Speaker
from .figures import extract_figures
from .speakers import extract_speakers


@dataclass(frozen=True)
class Facts:
    figures: tuple[Figure, ...]
    speakers: tuple[Speaker, ...]


def extract_facts(doc: Document) -> Facts:
    return Facts(figures=extract_figures(doc), speakers=extract_speakers(doc))


__all__ = ["Facts", "extract_facts", "extract_figures", "extract_speakers"]
