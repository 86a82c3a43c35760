"""Answering one request in a chat: typing, a placeholder when it takes a while, the reply.

Only the reply matters: the chat action and the placeholder are cosmetic (one try each, no share
of the reply's retry budget), and a failure of either is logged and forgotten. A placeholder,
once shown, is always edited into the reply or an apology. The request's ticket records what
was sent, so an answer retried after a crash edits the same placeholder and skips what already
arrived; nothing after a delivered reply can turn into an apology.
"""

from __future__ import annotations

import asyncio
import logging

from aiogram import Bot
from aiogram.enums import ChatAction
from aiogram.exceptions import TelegramBadRequest
from aiogram.types import Message, ReplyParameters

from summarizer.errors import SummarizerError

from .config import BotSettings
from .delivery import budget, cosmetic
from .errors import apology, log_failure
from .journal import Ticket
from .message_input import MessageInput
from .render import escape, render_summary, split_message
from .service import SummaryService, say_seconds

log = logging.getLogger(__name__)

PLACEHOLDER = "⏳ Читаю статью…"
_TYPING_EVERY = 4.5  # Telegram shows "typing" for 5 s


def placeholder_text(wait: float | None, notify_wait: float) -> str:
    """The placeholder, with the expected wait when it is long enough to be worth saying."""
    if wait is None or wait <= notify_wait:
        return PLACEHOLDER
    return f"{PLACEHOLDER}\nОчередь большая: ответ примерно через {say_seconds(wait)}."


async def _keep_typing(bot: Bot, chat_id: int, thread_id: int | None) -> None:
    while True:
        try:
            await bot.send_chat_action(chat_id, ChatAction.TYPING, message_thread_id=thread_id)
        except asyncio.CancelledError:
            raise
        except Exception as exc:
            log.info("chat action failed in chat %s: %r", chat_id, exc)
        await asyncio.sleep(_TYPING_EVERY)


def _reply_to(message_id: int | None) -> ReplyParameters | None:
    if message_id is None:
        return None
    return ReplyParameters(message_id=message_id, allow_sending_without_reply=True)


async def _send(
    bot: Bot, chat_id: int, text: str, reply_to: int | None, thread_id: int | None
) -> Message:
    return await bot.send_message(
        chat_id, text, reply_parameters=_reply_to(reply_to), message_thread_id=thread_id
    )


async def _show_placeholder(
    bot: Bot, chat_id: int, text: str, reply_to: int | None, thread_id: int | None
) -> int | None:
    try:
        with cosmetic():
            return (await _send(bot, chat_id, text, reply_to, thread_id)).message_id
    except Exception as exc:
        log.info("placeholder failed in chat %s: %r", chat_id, exc)
        return None


async def _remove(bot: Bot, chat_id: int, message_id: int) -> None:
    """A placeholder that could not be edited goes once the reply is there (if it still exists)."""
    try:
        with cosmetic():
            await bot.delete_message(chat_id, message_id)
    except Exception as exc:
        log.info("placeholder %s in chat %s not deleted: %r", message_id, chat_id, exc)


async def deliver(
    bot: Bot,
    chat_id: int,
    chunks: list[str],
    *,
    reply_to: int | None = None,
    thread_id: int | None = None,
    placeholder: int | None = None,
    ticket: Ticket | None = None,
    within: float = 120.0,
) -> bool:
    """The first chunk replaces the placeholder (or is sent when there is none, or it is gone);
    the rest follow. Every call retries within `within` seconds in all; chunks the ticket shows
    as delivered are skipped. False when Telegram did not take the reply in that time."""
    with budget(within):
        for index, chunk in enumerate(chunks):
            if ticket is not None and index in ticket.parts:
                continue
            try:
                message_id = None
                if index == 0 and placeholder is not None:
                    try:
                        await bot.edit_message_text(chunk, chat_id=chat_id, message_id=placeholder)
                        message_id = placeholder
                    except TelegramBadRequest as exc:  # deleted by the user, or too old to edit
                        log.info("placeholder edit refused in chat %s: %s", chat_id, exc.message)
                if message_id is None:
                    first = reply_to if index == 0 else None
                    message_id = (await _send(bot, chat_id, chunk, first, thread_id)).message_id
                    if index == 0 and placeholder is not None:
                        await _remove(bot, chat_id, placeholder)
            except Exception as exc:
                log.error(
                    "chat %s: reply lost (chunk %d of %d): %s: %s",
                    chat_id,
                    index + 1,
                    len(chunks),
                    type(exc).__name__,
                    exc,
                )
                return False
            if ticket is not None:
                ticket.note_part(index, message_id)
    return True


async def reply_with_summary(
    bot: Bot,
    service: SummaryService,
    settings: BotSettings,
    *,
    chat_id: int,
    request: MessageInput,
    reply_to: int | None = None,
    thread_id: int | None = None,
    ticket: Ticket | None = None,
    user: int | None = None,
) -> bool:
    """Summarize `request` and answer in the chat, whatever happens on the way."""
    typing = asyncio.create_task(_keep_typing(bot, chat_id, thread_id))
    placeholder = ticket.placeholder if ticket is not None else None
    try:
        work = service.submit(request, user)
        summary = None
        if placeholder is None:
            try:
                summary = await asyncio.wait_for(asyncio.shield(work), settings.placeholder_delay)
            except TimeoutError:
                text = placeholder_text(service.expected_wait_for(request), settings.notify_wait)
                placeholder = await _show_placeholder(bot, chat_id, text, reply_to, thread_id)
                if placeholder is not None and ticket is not None:
                    ticket.note_placeholder(placeholder)
        if summary is None:
            summary = await asyncio.shield(work)
        chunks = split_message(render_summary(summary, request))
    except SummarizerError as exc:
        log.info("chat %s: %s: %s", chat_id, type(exc).__name__, exc)
        chunks = [escape(exc.user_message)]
    except Exception as exc:
        chunks = [escape(apology(log_failure(log, f"summarizing for chat {chat_id}", exc)))]
    finally:
        typing.cancel()
    return await deliver(
        bot,
        chat_id,
        chunks,
        reply_to=reply_to,
        thread_id=thread_id,
        placeholder=placeholder,
        ticket=ticket,
        within=settings.delivery_budget,
    )
