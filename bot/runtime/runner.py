"""The bot's life as a service: start in a few logged steps, serve, stop cleanly on a signal.

Start: the token is checked (getMe) before anything heavy loads; /healthz answers from the
first seconds while /readyz waits for the warm-up. Stop (SIGTERM or SIGINT, in both modes and as
PID 1 in a container, where only explicitly handled signals arrive): updates are no longer
taken, work in hand gets BOT_DRAIN_TIMEOUT seconds, what is left is told the bot is restarting
(its placeholder edited into that apology), the pool's workers are stopped, exit status 0. A
second signal skips the wait.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
from collections.abc import Awaitable
from dataclasses import dataclass
from typing import Any, TypeVar

from aiohttp import web

from ..config import BotSettings
from .startup import StartupError

log = logging.getLogger("bot")
T = TypeVar("T")
APOLOGY_WITHIN = 5.0  # seconds the apologies of a stop may take to reach Telegram


@dataclass(frozen=True)
class Outcome:
    code: int  # the exit status
    threads_left: bool = False  # summarizer threads still running (they cannot be stopped)


class Stopped(Exception):
    """A signal arrived during start-up."""


class _Signals:
    def __init__(self) -> None:
        self.stop = asyncio.Event()
        self.hurry = asyncio.Event()
        self.name: str | None = None
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(sig, self._on_signal, sig)

    def _on_signal(self, sig: signal.Signals) -> None:
        if self.stop.is_set():
            log.warning("%s again: stopping without waiting", sig.name)
            self.hurry.set()
            return
        self.name = sig.name
        log.info("%s received: stopping", sig.name)
        self.stop.set()

    async def until_stopped(self, work: Awaitable[T]) -> T:
        """`work`, unless a signal comes first (then `Stopped`, and the work is cancelled)."""
        task = asyncio.ensure_future(work)
        stopped = asyncio.ensure_future(self.stop.wait())
        await asyncio.wait({task, stopped}, return_when=asyncio.FIRST_COMPLETED)
        stopped.cancel()
        if task.done():
            return task.result()
        task.cancel()
        with contextlib.suppress(BaseException):
            await task
        raise Stopped

    def close(self) -> None:
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGTERM, signal.SIGINT):
            loop.remove_signal_handler(sig)


async def _start_site(app: web.Application, settings: BotSettings) -> web.AppRunner:
    host, port, variable = settings.health_listen
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, host, port)
    try:
        await site.start()
    except OSError as exc:
        await runner.cleanup()
        raise StartupError(f"{variable}={port} cannot be used on {host}: {exc.strerror}.") from None
    bound = runner.addresses[0][1] if runner.addresses else port
    log.info(
        "health at http://%s:%d%s and %s", host, bound, settings.health_path, settings.ready_path
    )
    return runner


async def run(settings: BotSettings, summarizer_settings: Any, fetch_settings: Any) -> Outcome:
    """Everything from the token check to the last worker stopped."""
    from ..app import build_dispatcher, make_bot, set_commands
    from ..delivery import ChatLedger, budget
    from ..journal import open_journal
    from ..service import SummaryService
    from .intake import UpdateIntake
    from .polling import poll
    from .web import Health, make_web_app

    signals = _Signals()
    cleanup: list[Any] = []
    service: SummaryService | None = None
    intake: UpdateIntake | None = None
    health: Health | None = None
    threads_left = False
    code = 0
    try:
        try:
            journal = open_journal(settings.journal_path)
        except Exception as exc:  # a read-only image without a volume: run, but say what is lost
            log.warning(
                "BOT_JOURNAL_PATH=%s cannot be written (%s): running without a journal, so "
                "requests in hand are lost if the process dies; point it at a writable volume",
                settings.journal_path,
                _one_line(exc),
            )
            journal = open_journal("")
        cleanup.append(journal.close)
        ledger = ChatLedger(journal)
        bot = make_bot(settings, ledger)
        cleanup.append(bot.session.close)
        log.info(
            "checking the token with getMe at %s", settings.telegram_api_url or "api.telegram.org"
        )
        from .startup import check_token

        me = await signals.until_stopped(check_token(bot, settings.telegram_api_url))
        log.info("bot @%s (id %s)", me.username, me.id)

        health = Health(
            None, polling=not settings.webhook_mode, poll_timeout=settings.polling_timeout
        )
        try:
            service = SummaryService.from_settings(settings, summarizer_settings, fetch_settings)
        except Exception as exc:  # a model that cannot load: say which, in one line
            raise StartupError(f"The summarizer could not be loaded: {_one_line(exc)}", 2) from None
        health.service = service
        dp = build_dispatcher(service, settings)
        intake = UpdateIntake(dp, bot, journal, ledger)
        health.intake = intake
        if settings.webhook_mode:
            app = make_web_app(settings, health, bot=bot, intake=intake)
        else:
            app = make_web_app(settings, health)
        site = await _start_site(app, settings)
        cleanup.append(site.cleanup)

        health.phase = "warming up"
        log.info("loading the summarizer (%s pool, %d workers)", service.pool, service.workers)
        try:
            await signals.until_stopped(service.warm_up())
        except Stopped:
            raise
        except Exception as exc:
            raise StartupError(f"The summarizer failed to start: {_one_line(exc)}") from None
        from summarizer.fetch import warm_up as warm_up_links

        await signals.until_stopped(asyncio.to_thread(warm_up_links))  # lazy imports, not on a user

        await set_commands(bot)
        allowed = dp.resolve_used_update_types()
        try:
            with budget(30.0):
                await signals.until_stopped(_point_updates(bot, settings, allowed))
        except Stopped:
            raise
        except Exception as exc:
            if settings.webhook_mode:
                raise StartupError(f"setWebhook failed: {_one_line(exc)}") from None
            log.warning("deleteWebhook failed (%s): polling may be refused", _one_line(exc))
        health.webhook_set = settings.webhook_mode

        intake.replay()
        health.phase = "ready"
        log.info("ready: %s", "webhook" if settings.webhook_mode else "long polling")
        if settings.webhook_mode:
            await signals.stop.wait()
        else:
            await poll(
                bot,
                intake,
                signals.stop,
                timeout=settings.polling_timeout,
                allowed_updates=allowed,
                health=health,
            )
    except Stopped:
        log.info("stopped during start-up")
    except StartupError as exc:
        log.error("%s", exc)
        code = exc.code
    finally:
        if health is not None:
            health.phase = "stopping"
        if service is not None:
            threads_left = await _stop(settings, signals, service, intake)
        for close in reversed(cleanup):
            with contextlib.suppress(Exception):
                result = close()
                if asyncio.iscoroutine(result):
                    await result
        signals.close()
    log.info("stopped")
    return Outcome(code, threads_left)


def _one_line(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {' '.join(str(exc).split())[:300]}"


async def _point_updates(bot: Any, settings: BotSettings, allowed: list[str]) -> None:
    """Webhook mode: Telegram posts to our URL (with the secret); polling: no webhook, or
    getUpdates is refused."""
    from aiogram.methods import DeleteWebhook, SetWebhook

    if not settings.webhook_mode:
        await bot(DeleteWebhook())
        return
    secret = settings.webhook_secret.get_secret_value() if settings.webhook_secret else None
    if secret is None:
        log.warning("WEBHOOK_SECRET is not set: anyone who finds the URL can post updates")
    url = f"{settings.webhook_url}{settings.webhook_path}"
    await bot(SetWebhook(url=url, secret_token=secret, allowed_updates=allowed))
    log.info("webhook set: %s", url)


async def _stop(settings: BotSettings, signals: _Signals, service: Any, intake: Any) -> bool:
    """Drain, apologise for the rest, stop the pool; True if summarizer threads are left."""
    service.stop_taking()
    if intake is not None:
        intake.stop_taking()
        if intake.in_hand:
            log.info(
                "%d updates in hand: waiting up to %.0f s", intake.in_hand, settings.drain_timeout
            )
            hurry = asyncio.ensure_future(signals.hurry.wait())
            drained = asyncio.ensure_future(intake.drain(settings.drain_timeout))
            await asyncio.wait({hurry, drained}, return_when=asyncio.FIRST_COMPLETED)
            hurry.cancel()
            drained.cancel()
        if intake.in_hand:
            told = service.abort()
            log.info("%d summaries not finished: telling their chats the bot is restarting", told)
            await intake.drain(APOLOGY_WITHIN)
        if intake.in_hand:
            left = await intake.cancel_rest()
            log.warning("%d updates cut off: they will be answered after the restart", left)
    clean = await service.aclose(grace=1.0)
    return not clean
