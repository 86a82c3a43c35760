"""The rule layer: key figures and who said what, verbatim from the article.

Seq2seq models garble numbers and quotes; these come from the source text by rules instead, so a
reader can trust every bullet.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass

from ..document import Document
from ..types import Figure, Speaker
from .figures import MAX_SHOWN, extract_figures
from .speakers import Cast, extract_speakers

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Facts:
    figures: tuple[Figure, ...]
    speakers: tuple[Speaker, ...]


def extract_facts(
    doc: Document,
    title: str | None = None,
    summary: Sequence[str] = (),
    max_figures: int = MAX_SHOWN,
    cast: Cast | None = None,
) -> Facts:
    """`title` and `summary` (the reply's headline and sentences) tell the figures what the story
    is about; `max_figures` is how many figure bullets the reply shows. A `cast` the caller
    already made (the guard's) gives the speakers without reading the article again."""
    # A rule that trips on an article it was never written for costs its own block, not the
    # reply: the summary and the other block still go out, and the log keeps the traceback.
    figures: tuple[Figure, ...] = ()
    speakers: tuple[Speaker, ...] = ()
    try:
        figures = extract_figures(doc, title=title, summary=summary, max_shown=max_figures)
    except Exception:
        log.exception(
            "figures failed on a %d-character article: the reply goes without them", len(doc.text)
        )
    try:
        speakers = cast.speakers if cast is not None else extract_speakers(doc)
    except Exception:
        log.exception(
            "speakers failed on a %d-character article: the reply goes without them", len(doc.text)
        )
    return Facts(figures=figures, speakers=speakers)


__all__ = ["Facts", "extract_facts", "extract_figures", "extract_speakers"]
