"""One process or many: the service the bot runs, chosen by REDIS_URL."""

from __future__ import annotations

from typing import Any

from ..config import BotSettings, ConfigError, load
from ..service import SummaryService
from .settings import QueueSettings


def service_from_settings(
    settings: BotSettings, summarizer_settings: Any = None, fetch_settings: Any = None
) -> SummaryService:
    """The embedded service without REDIS_URL (everything in this process, as before), the
    remote one with it (no model loaded here; taskiq and redis imported only then)."""
    queue = load(QueueSettings)
    if queue.redis_url is None:
        return SummaryService.from_settings(settings, summarizer_settings, fetch_settings)
    try:
        from .remote import RemoteSummaryService
    except ImportError as exc:
        raise ConfigError(
            f"REDIS_URL is set, but the queue's packages are missing ({exc.name}): "
            "pip install 'newsbrief[redis]'."
        ) from None
    return RemoteSummaryService.for_settings(settings, queue)
