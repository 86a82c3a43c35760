"""Summaries of Russian news: a short text, the key figures, and who said what.

    >>> from summarizer import summarize
    >>> summary = summarize(open("article.txt").read())
    >>> summary.headline, summary.text, summary.figures, summary.speakers

A plain library with no Telegram in it; `python -m summarizer` is its command line.
"""
from __future__ import annotations

from .errors import SummarizerError
from .pipeline import Pipeline
from .settings import SummarizerSettings
from .types import Article, Figure, Speaker, Summary


def summarize(item: str | Article, settings: SummarizerSettings | None = None) -> Summary:
    """One-off convenience: builds a pipeline each call. Services keep a `Pipeline` instead."""
    return Pipeline(settings)(item)


__all__ = ["Article", "Figure", "Pipeline", "Speaker", "Summary", "SummarizerError",
           "SummarizerSettings", "summarize"]
