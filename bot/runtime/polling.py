"""Long polling with the offset under our control: confirmed only after the journal has them."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random

from aiogram import Bot
from aiogram.exceptions import (
    TelegramConflictError,
    TelegramNotFound,
    TelegramUnauthorizedError,
)
from aiogram.methods import GetUpdates

from .intake import UpdateIntake
from .startup import StartupError, token_rejected
from .web import Health

log = logging.getLogger(__name__)


async def _interruptible_sleep(stop: asyncio.Event, seconds: float) -> None:
    with contextlib.suppress(TimeoutError):
        await asyncio.wait_for(stop.wait(), seconds)


async def poll(
    bot: Bot,
    intake: UpdateIntake,
    stop: asyncio.Event,
    *,
    timeout: int = 30,
    allowed_updates: list[str] | None = None,
    health: Health | None = None,
    first_delay: float = 0.5,
) -> None:
    """getUpdates until `stop` is set. Each batch goes into the intake (the journal) before the
    next call's offset confirms it; errors back off (up to 30 s) and never end the loop, except
    a rejected token, which no retry will fix (`StartupError`)."""
    offset: int | None = None
    failures = 0
    while not stop.is_set():
        call = asyncio.ensure_future(
            bot(
                GetUpdates(offset=offset, timeout=timeout, allowed_updates=allowed_updates),
                request_timeout=timeout + 15,
            )
        )
        stopped = asyncio.ensure_future(stop.wait())
        await asyncio.wait({call, stopped}, return_when=asyncio.FIRST_COMPLETED)
        stopped.cancel()
        if not call.done():
            call.cancel()
            with contextlib.suppress(BaseException):
                await call
            break
        try:
            updates = call.result()
        except (TelegramUnauthorizedError, TelegramNotFound) as exc:
            raise StartupError(token_rejected(exc), code=2) from None
        except Exception as exc:
            failures += 1
            if health is not None:
                health.polled(ok=False)
            delay = min(30.0, first_delay * 2 ** min(failures - 1, 6)) * random.uniform(0.8, 1.2)
            level = logging.WARNING if failures in (1, 5) or failures % 20 == 0 else logging.INFO
            if isinstance(exc, TelegramConflictError):
                reason = "another process polls with this token, or a webhook is set"
            else:
                reason = f"{type(exc).__name__}: {exc}"
            log.log(level, "getUpdates failed (%s); try %d in %.1f s", reason, failures + 1, delay)
            await _interruptible_sleep(stop, delay)
            continue
        if failures:
            log.info("getUpdates works again after %d failures", failures)
        failures = 0
        if health is not None:
            health.polled(ok=True)
        for update in updates:
            try:
                taken = intake.accept(update)
            except Exception as exc:  # the journal cannot write (a full disk): do not confirm
                log.error("update %s could not be recorded: %r", update.update_id, exc)
                await _interruptible_sleep(stop, 5.0)
                break
            if not taken:
                break  # stopping: left unconfirmed, Telegram keeps it for the next start
            offset = update.update_id + 1
    if offset is not None:
        # Confirm what the journal holds, so the next start does not fetch it again.
        with contextlib.suppress(Exception):
            await asyncio.wait_for(bot(GetUpdates(offset=offset, timeout=0, limit=1)), 3.0)
