"""The rule layer: key figures and who said what, verbatim from the article.

Seq2seq models garble numbers and quotes; these come from the source text by rules instead, so a
reader can trust every bullet.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TypeVar

from ..document import Document
from ..types import Figure, Speaker
from .figures import MAX_SHOWN, extract_figures
from .speakers import Cast, extract_speakers

log = logging.getLogger(__name__)
T = TypeVar("T")


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
    figures = _or_none(
        "figures",
        doc,
        lambda: extract_figures(doc, title=title, summary=summary, max_shown=max_figures),
    )
    speakers = _or_none(
        "speakers", doc, lambda: cast.speakers if cast is not None else extract_speakers(doc)
    )
    return Facts(figures=figures, speakers=speakers)


def _or_none(block: str, doc: Document, make: Callable[[], tuple[T, ...]]) -> tuple[T, ...]:
    """A rule that trips on an article it was never written for costs its own block, not the
    reply: the summary and the other block still go out, and the log keeps the traceback."""
    try:
        return make()
    except Exception:
        log.exception(
            "%s failed on a %d-character article: the reply goes without them", block, len(doc.text)
        )
        return ()


__all__ = ["Facts", "extract_facts", "extract_figures", "extract_speakers"]
