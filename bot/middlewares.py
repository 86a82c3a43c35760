"""What cuts across handlers: per-sender limits and the last net for errors.

(Flood control and retries of calls to Telegram live in `bot.delivery`, a session middleware.)
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from typing import Any

from aiogram import BaseMiddleware
from aiogram.types import (
    InlineQuery,
    InlineQueryResultArticle,
    InputTextMessageContent,
    Message,
    TelegramObject,
    User,
)

from .errors import apology, log_failure
from .render import escape
from .service import RateLimited

log = logging.getLogger(__name__)

Handler = Callable[[TelegramObject, dict[str, Any]], Awaitable[Any]]


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


def sender_key(event: TelegramObject, user: User | None) -> int | None:
    """Who a limit counts against: the chat a message is sent on behalf of (an anonymous group
    admin, a channel writing in a group) when there is one, else the user. All anonymous admins
    share one user id (GroupAnonymousBot), so the user alone would put them in one bucket."""
    sender_chat = getattr(event, "sender_chat", None)
    if isinstance(event, Message) and sender_chat is not None:
        return int(sender_chat.id)
    return int(user.id) if user is not None else None


class RateLimitMiddleware(BaseMiddleware):
    """Per-sender limit on requests that cost a summary; the first refusal in a row is answered,
    the rest of a flood only logged (thirty refusals to thirty messages would be spam too)."""

    async def __call__(self, handler: Handler, event: TelegramObject, data: dict[str, Any]) -> Any:
        key = sender_key(event, data.get("event_from_user"))
        service = data["service"]
        if key is None or (isinstance(event, InlineQuery) and not event.query.strip()):
            return await handler(event, data)
        try:
            service.limiter.check(key)
        except RateLimited as exc:
            # An inline refusal shows only in the user's own query box: always answered. A chat
            # refusal is a message: once per refusal period.
            if isinstance(event, Message) and not service.limiter.should_tell(key, exc.retry_in):
                log.info("sender %s still rate limited: not answered", key)
                return None
            log.info("sender %s rate limited for %s s", key, exc.retry_in)
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
