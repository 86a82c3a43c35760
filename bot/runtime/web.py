"""The HTTP side: /healthz and /readyz in both modes, and the webhook receiver in webhook mode.

/healthz says whether the process should be restarted: 503 when the update loop has stopped
making progress (a getUpdates neither answered nor failed for far longer than its timeout) or
the worker pool is broken. /readyz says whether to send it traffic: 503 while warming up,
stopping, when the pool's workers are not alive, or when the queue is over its wait bound.
"""

from __future__ import annotations

import asyncio
import hmac
import logging
from typing import Any

from aiogram import Bot
from aiogram.types import Update
from aiohttp import web

from ..config import BotSettings
from ..service import SummaryService
from .intake import UpdateIntake

log = logging.getLogger(__name__)


class Health:
    """The state /healthz and /readyz report, kept up to date by the runner and the poller."""

    def __init__(self, service: SummaryService | None, *, polling: bool, poll_timeout: float):
        self.service = service
        self.polling = polling
        self.stale_after = poll_timeout + 120.0  # no getUpdates finished in this long: stuck
        self.phase = "starting"  # starting | warming up | ready | stopping
        self.intake: UpdateIntake | None = None
        self.webhook_set = False
        loop = asyncio.get_running_loop()
        self._started = self._last_poll = loop.time()
        self.poll_ok = False

    def polled(self, ok: bool) -> None:
        self._last_poll = asyncio.get_running_loop().time()
        self.poll_ok = ok

    def live(self) -> tuple[bool, dict[str, Any]]:
        now = asyncio.get_running_loop().time()
        detail: dict[str, Any] = {"phase": self.phase, "uptime_s": round(now - self._started, 1)}
        problems = []
        if self.polling and self.phase == "ready":
            age = now - self._last_poll
            detail["last_poll_s"] = round(age, 1)
            if age > self.stale_after:
                problems.append(f"no getUpdates finished for {age:.0f} s")
        service = self.service
        if service is not None and service.warmed_up and not service.stopping and not service.ready:
            problems.append("worker pool is not alive")
        detail["status"] = "ok" if not problems else "unhealthy"
        if problems:
            detail["problems"] = problems
        return not problems, detail

    def ready(self) -> tuple[bool, dict[str, Any]]:
        live, detail = self.live()
        problems = list(detail.get("problems", []))
        if self.phase != "ready":
            problems.append(self.phase)
        service = self.service
        if service is not None:
            detail.update(service.stats())
            if self.phase == "ready" and not service.ready:
                problems.append("summarizer not ready")
            if service.warmed_up and service.expected_wait() > service.max_wait:
                problems.append("queue over its wait bound")
        if self.polling:
            detail["telegram_ok"] = self.poll_ok
        else:
            detail["webhook_set"] = self.webhook_set
        if self.intake is not None:
            detail["updates_in_hand"] = self.intake.in_hand
        ok = live and not problems
        detail["status"] = "ready" if ok else "not ready"
        if problems:
            detail["problems"] = problems
        return ok, detail


def make_web_app(
    settings: BotSettings,
    health: Health,
    *,
    bot: Bot | None = None,
    intake: UpdateIntake | None = None,
) -> web.Application:
    """Health routes always; the webhook route when `intake` is given (webhook mode)."""
    app = web.Application()

    async def healthz(_: web.Request) -> web.Response:
        ok, detail = health.live()
        return web.json_response(detail, status=200 if ok else 503)

    async def readyz(_: web.Request) -> web.Response:
        ok, detail = health.ready()
        return web.json_response(detail, status=200 if ok else 503)

    app.router.add_get(settings.health_path, healthz)
    app.router.add_get(settings.ready_path, readyz)
    if intake is not None and bot is not None:
        secret = settings.webhook_secret.get_secret_value() if settings.webhook_secret else None
        app.router.add_post(settings.webhook_path, _webhook_handler(bot, intake, secret))
    return app


def _webhook_handler(bot: Bot, intake: UpdateIntake, secret: str | None) -> Any:
    async def receive(request: web.Request) -> web.Response:
        given = request.headers.get("X-Telegram-Bot-Api-Secret-Token", "")
        if secret is not None and not hmac.compare_digest(given, secret):
            return web.Response(status=401, text="wrong secret token")
        if not intake.taking:
            return web.Response(status=503, text="stopping")  # Telegram delivers it again later
        try:
            update = Update.model_validate(await request.json(), context={"bot": bot})
        except Exception as exc:
            log.warning("webhook: not an update: %r", exc)
            return web.Response(status=400, text="not an update")
        try:
            taken = intake.accept(update)  # recorded in the journal before Telegram hears 200
        except Exception as exc:
            log.error("webhook: update %s could not be recorded: %r", update.update_id, exc)
            return web.Response(status=500, text="not recorded")  # Telegram sends it again
        if not taken:
            return web.Response(status=503, text="stopping")
        return web.Response(text="ok")

    return receive
