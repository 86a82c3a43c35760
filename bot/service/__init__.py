"""The service between handlers and the summarizer: keys, cache, limits, admission, the pool."""

from __future__ import annotations

from .cache import SummaryCache, slim, summary_bytes
from .core import WARM_UP_TEXT, SummaryService, summarizer_fetch
from .keys import cache_key, normalize_url
from .limits import Overloaded, RateLimited, RateLimiter, ServiceTime, ShuttingDown, say_seconds
from .pool import WorkerPool, make_pool, resolve_pool

__all__ = [
    "WARM_UP_TEXT",
    "Overloaded",
    "RateLimited",
    "RateLimiter",
    "ServiceTime",
    "ShuttingDown",
    "SummaryCache",
    "SummaryService",
    "WorkerPool",
    "cache_key",
    "make_pool",
    "normalize_url",
    "resolve_pool",
    "say_seconds",
    "slim",
    "summarizer_fetch",
    "summary_bytes",
]
