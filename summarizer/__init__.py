"""Summaries of Russian news: a short text, the key figures, and who said what.

    >>> from summarizer import summarize
    >>> summary = summarize(open("article.txt").read())
    >>> summary.headline, summary.text, summary.figures, summary.speakers

A plain library with no Telegram in it; `python -m summarizer` is its command line. Names are
imported on first use, so `summarizer.fetch` or `summarizer.types` do not load the whole pipeline.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .errors import SummarizerError
    from .pipeline import Pipeline
    from .settings import SummarizerSettings
    from .types import Article, Figure, Speaker, Summary

_EXPORTS = {
    "Article": ".types",
    "Figure": ".types",
    "Speaker": ".types",
    "Summary": ".types",
    "Pipeline": ".pipeline",
    "SummarizerSettings": ".settings",
    "SummarizerError": ".errors",
}


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        return getattr(import_module(_EXPORTS[name], __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def summarize(item: str | Article, settings: SummarizerSettings | None = None) -> Summary:
    """One-off convenience: builds a pipeline each call. Services keep a `Pipeline` instead."""
    from .pipeline import Pipeline

    return Pipeline(settings)(item)


__all__ = [
    "Article",
    "Figure",
    "Pipeline",
    "Speaker",
    "SummarizerError",
    "SummarizerSettings",
    "Summary",
    "summarize",
]
