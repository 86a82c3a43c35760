"""Summaries already made, bounded in bytes and entries: what a reply needs, never the article.

A summary of a 4 MB page is a few kilobytes; the page's text is not, so the cache keeps the
summary with the article's name and address only (what the reply's source line shows).
"""

from __future__ import annotations

import sys
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import replace

from summarizer.types import Article, Summary

Clock = Callable[[], float]


def slim(summary: Summary) -> Summary:
    """The summary with its article's text dropped (title, address and site kept)."""
    article = summary.article
    if article is None or not article.text:
        return summary
    return replace(
        summary,
        article=Article("", article.title, article.url, article.source, article.published),
    )


def summary_bytes(summary: Summary) -> int:
    """About what the summary holds in memory: its strings plus the objects around them."""
    strings: list[str] = [summary.headline, summary.text]
    for figure in summary.figures:
        strings += [figure.text, figure.context, figure.unit or ""]
    for speaker in summary.speakers:
        strings += [speaker.name, speaker.role or "", *speaker.quotes]
    if summary.article is not None:
        a = summary.article
        strings += [a.text, a.title or "", a.url or "", a.source or "", a.published or ""]
    objects = 4 + len(summary.figures) + len(summary.speakers)
    return sum(sys.getsizeof(s) for s in strings) + 120 * objects


class SummaryCache:
    """LRU with a time to live, at most `size` entries and `max_bytes` bytes; touched only from
    the event loop, so no locks."""

    def __init__(
        self,
        size: int = 512,
        ttl: float = 6 * 3600,
        clock: Clock = time.monotonic,
        max_bytes: int = 64 * 2**20,
    ) -> None:
        self.size, self.ttl, self.max_bytes, self._clock = size, ttl, max_bytes, clock
        self._items: OrderedDict[str, tuple[float, Summary, int]] = OrderedDict()
        self.bytes = 0

    def get(self, key: str) -> Summary | None:
        item = self._items.get(key)
        if item is None:
            return None
        if self._clock() - item[0] > self.ttl:
            self._drop(key)
            return None
        self._items.move_to_end(key)
        return item[1]

    def put(self, key: str, summary: Summary) -> Summary:
        """Keep the slimmed summary; it is returned, for callers to hand out the same object."""
        summary = slim(summary)
        if self.size <= 0 or self.max_bytes <= 0:
            return summary
        size = summary_bytes(summary)
        if size > self.max_bytes:
            return summary
        if key in self._items:
            self._drop(key)
        self._items[key] = (self._clock(), summary, size)
        self.bytes += size
        while len(self._items) > self.size or self.bytes > self.max_bytes:
            self._drop(next(iter(self._items)))
        return summary

    def _drop(self, key: str) -> None:
        _, _, size = self._items.pop(key)
        self.bytes -= size

    def __len__(self) -> int:
        return len(self._items)
