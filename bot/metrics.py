"""Prometheus metrics of the bot and the worker, served at /metrics next to /healthz.

prometheus_client keeps metrics in its process-wide registry by design: counters only grow, so
nothing here needs resetting between tests. The client is optional (the `redis` extra): without
it the metrics are no-ops and /metrics says it is not installed.
"""

from __future__ import annotations

from typing import Any

try:
    from prometheus_client import (
        CONTENT_TYPE_LATEST,
        Counter,
        Gauge,
        Histogram,
        disable_created_metrics,
        generate_latest,
    )

    disable_created_metrics()  # no *_created series next to every counter
    AVAILABLE = True
except ImportError:  # pragma: no cover - the core install without the redis extra
    AVAILABLE = False

    class _Noop:
        def __init__(self, *args: Any, **kwargs: Any) -> None: ...

        def labels(self, *args: Any, **kwargs: Any) -> _Noop:
            return self

        def inc(self, *args: Any) -> None: ...

        def dec(self, *args: Any) -> None: ...

        def set(self, *args: Any) -> None: ...

        def observe(self, *args: Any) -> None: ...

    Counter = Gauge = Histogram = _Noop  # type: ignore[assignment, misc]
    CONTENT_TYPE_LATEST = "text/plain"

    def generate_latest(*args: Any) -> bytes:  # type: ignore[misc]
        return b"# prometheus_client is not installed\n"


UPDATES = Counter("newsbrief_updates_total", "Updates taken, by kind", ["kind"])
REFUSALS = Counter("newsbrief_refusals_total", "Requests refused, by reason", ["reason"])
CACHE = Counter("newsbrief_cache_lookups_total", "Shared summary cache lookups", ["result"])
ERRORS = Counter("newsbrief_errors_total", "Errors, by type", ["type"])
JOBS_QUEUED = Counter("newsbrief_jobs_queued_total", "Jobs handed to the workers")
BACKLOG = Gauge("newsbrief_jobs_backlog", "Jobs waiting or running, all workers (bot's view)")
JOBS = Counter("newsbrief_jobs_total", "Jobs a worker finished, by outcome", ["outcome"])
RUNNING = Gauge("newsbrief_jobs_running", "Jobs this worker is running")
STAGE = Histogram(
    "newsbrief_stage_seconds",
    "Time by stage: wait (accepted to taken), fetch, summarize, deliver, total",
    ["stage"],
    buckets=(0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 20, 60, 120),
)


def exposition() -> tuple[bytes, str]:
    """The body and content type of /metrics."""
    return generate_latest(), CONTENT_TYPE_LATEST
