"""Past one machine: bot replicas hand summaries to workers through Redis (REDIS_URL).

`service_from_settings` picks the embedded service (no REDIS_URL: everything in one process) or
the remote one; the worker side is `bot.worker`.
"""

from __future__ import annotations

from .remote import RemoteSummaryService, service_from_settings
from .settings import QueueSettings

__all__ = ["QueueSettings", "RemoteSummaryService", "service_from_settings"]
