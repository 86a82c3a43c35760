"""Answering one request in a chat: typing, a placeholder when it takes a while, the reply.

Only the reply itself matters: the chat action and the placeholder are cosmetic, and a failure
of either is logged and forgotten, never allowed to take the reply down with it.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging

from aiogram import Bot
from aiogram.enums import ChatAction
from aiogram.types import Message, ReplyParameters

from summarizer.errors import SummarizerError

from .config import BotSettings
from .errors import apology, log_failure
from .message_input import MessageInput
from .render import escape, render_summary, split_message
from .service import SummaryService

log = logging.getLogger(__name__)

PLACEHOLDER = "⏳ Читаю статью…"
_TYPING_EVERY = 4.5  # Telegram shows "typing" for 5 s


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


async def deliver(
    bot: Bot,
    chat_id: int,
    chunks: list[str],
    *,
    reply_to: int | None = None,
    thread_id: int | None = None,
    placeholder: Message | None = None,
) -> None:
    """The first chunk replaces the placeholder (or is sent when that fails); the rest follow."""
    first, rest = chunks[0], chunks[1:]
    sent = False
    if placeholder is not None:
        try:
            await bot.edit_message_text(first, chat_id=chat_id, message_id=placeholder.message_id)
            sent = True
        except Exception as exc:
            log.info("placeholder edit failed in chat %s: %r", chat_id, exc)
            with contextlib.suppress(Exception):
                await bot.delete_message(chat_id, placeholder.message_id)
    if not sent:
        await _send(bot, chat_id, first, reply_to, thread_id)
    for chunk in rest:
        await _send(bot, chat_id, chunk, None, thread_id)


async def reply_with_summary(
    bot: Bot,
    service: SummaryService,
    settings: BotSettings,
    *,
    chat_id: int,
    request: MessageInput,
    reply_to: int | None = None,
    thread_id: int | None = None,
) -> None:
    """Summarize `request` and answer in the chat, whatever happens on the way."""
    typing = asyncio.create_task(_keep_typing(bot, chat_id, thread_id))
    placeholder: Message | None = None
    try:
        work = service.submit(request)
        try:
            summary = await asyncio.wait_for(asyncio.shield(work), settings.placeholder_delay)
        except TimeoutError:
            try:
                placeholder = await _send(bot, chat_id, PLACEHOLDER, reply_to, thread_id)
            except Exception as exc:
                log.info("placeholder failed in chat %s: %r", chat_id, exc)
            summary = await asyncio.shield(work)
        chunks = split_message(render_summary(summary, request))
    except SummarizerError as exc:
        log.info("chat %s: %s: %s", chat_id, type(exc).__name__, exc)
        chunks = [escape(exc.user_message)]
    except Exception as exc:
        chunks = [escape(apology(log_failure(log, f"summarizing for chat {chat_id}", exc)))]
    finally:
        typing.cancel()
    await deliver(
        bot, chat_id, chunks, reply_to=reply_to, thread_id=thread_id, placeholder=placeholder
    )
