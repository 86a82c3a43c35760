"""What cuts across handlers: flood control, per-user limits, and the last net for errors."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

from aiogram import BaseMiddleware
from aiogram.client.session.middlewares.base import BaseRequestMiddleware, NextRequestMiddlewareType
from aiogram.exceptions import TelegramRetryAfter
from aiogram.methods import TelegramMethod
from aiogram.methods.base import Response, TelegramType
from aiogram.types import (
    InlineQuery,
    InlineQueryResultArticle,
    InputTextMessageContent,
    Message,
    TelegramObject,
)

from .errors import apology, log_failure
from .render import escape
from .service import RateLimited

if TYPE_CHECKING:
    from aiogram import Bot

log = logging.getLogger(__name__)

Handler = Callable[[TelegramObject, dict[str, Any]], Awaitable[Any]]


class RetryAfterMiddleware(BaseRequestMiddleware):
    """Telegram's flood control (429 with retry_after): wait as told and send again.

    Waits longer than `max_wait` are not worth holding a reply for: the error goes up then.
    """

    def __init__(self, max_wait: float = 60.0, attempts: int = 3) -> None:
        self.max_wait, self.attempts = max_wait, attempts

    async def __call__(
        self,
        make_request: NextRequestMiddlewareType[TelegramType],
        bot: Bot,
        method: TelegramMethod[TelegramType],
    ) -> Response[TelegramType]:
        for attempt in range(1, self.attempts + 1):
            try:
                return await make_request(bot, method)
            except TelegramRetryAfter as exc:
                if attempt == self.attempts or exc.retry_after > self.max_wait:
                    raise
                log.warning(
                    "flood control on %s: waiting %s s (attempt %d)",
                    type(method).__name__,
                    exc.retry_after,
                    attempt,
                )
                await asyncio.sleep(exc.retry_after)
        raise AssertionError("unreachable")


def inline_text_result(
    result_id: str, title: str, text: str, description: str | None = None
) -> InlineQueryResultArticle:
    """A one-message inline result; `text` is already Telegram HTML."""
    return InlineQueryResultArticle(
        id=result_id[:64],
        title=title[:256],
        description=description,
        input_message_content=InputTextMessageContent(message_text=text),
    )


class RateLimitMiddleware(BaseMiddleware):
    """Per-user limit on requests that cost a summary; the refusal is friendly, not silent."""

    async def __call__(self, handler: Handler, event: TelegramObject, data: dict[str, Any]) -> Any:
        user = data.get("event_from_user")
        service = data["service"]
        if user is None or (isinstance(event, InlineQuery) and not event.query.strip()):
            return await handler(event, data)
        try:
            service.limiter.check(user.id)
        except RateLimited as exc:
            log.info("user %s rate limited for %s s", user.id, exc.retry_in)
            if isinstance(event, Message):
                await event.reply(escape(exc.user_message))
            elif isinstance(event, InlineQuery):
                await event.answer(
                    [
                        inline_text_result(
                            f"rate-{exc.retry_in}",
                            "Слишком много запросов",
                            escape(exc.user_message),
                            f"Подождите {exc.retry_in} с",
                        )
                    ],
                    cache_time=0,
                    is_personal=True,
                )
            return None
        return await handler(event, data)


class ErrorMiddleware(BaseMiddleware):
    """The last net: a handler that raised still leaves the user a friendly word, and us one log
    record with an error id. Handlers catch what they expect; this is for our bugs."""

    async def __call__(self, handler: Handler, event: TelegramObject, data: dict[str, Any]) -> Any:
        try:
            return await handler(event, data)
        except Exception as exc:
            error_id = log_failure(log, f"handling {type(event).__name__}", exc)
            try:
                if isinstance(event, Message):
                    await event.answer(escape(apology(error_id)))
                elif isinstance(event, InlineQuery):
                    await event.answer(
                        [
                            inline_text_result(
                                f"error-{error_id}", "Не получилось", escape(apology(error_id))
                            )
                        ],
                        cache_time=0,
                        is_personal=True,
                    )
            except Exception as again:
                log.warning("error %s: the apology could not be sent either: %r", error_id, again)
            return None
