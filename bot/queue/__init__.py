"""Past one machine: bot replicas hand summaries to workers through Redis (REDIS_URL).

`service_from_settings` picks the embedded service (no REDIS_URL: everything in one process) or
the remote one (`remote`); the worker side is `worker`, run by `python -m bot.worker`. Only the
settings and the choice are imported here: taskiq and redis (the `redis` extra) load when used.
"""

from __future__ import annotations

from .choose import service_from_settings
from .settings import QueueSettings

__all__ = ["QueueSettings", "service_from_settings"]
