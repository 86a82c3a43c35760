"""/summary: as a reply to a message, or with a link or text after it. Works in any chat; in
groups it is the only thing the bot reacts to (besides /help)."""

from __future__ import annotations

from aiogram import Bot, Router
from aiogram.filters import Command
from aiogram.types import Message

from ..config import BotSettings
from ..message_input import command_input, message_input
from ..middlewares import RateLimitMiddleware
from ..reply import reply_with_summary
from ..service import SummaryService

USAGE = (
    "Ответьте командой /summary на сообщение со статьёй или ссылкой — или напишите "
    "/summary и ссылку (текст) после неё."
)


def make_router() -> Router:
    router = Router(name="summary")
    router.message.middleware(RateLimitMiddleware())

    @router.message(Command("summary"))
    async def on_summary(
        message: Message, bot: Bot, service: SummaryService, settings: BotSettings
    ) -> None:
        target = message.reply_to_message
        request = message_input(target, settings.min_text_chars) if target else None
        reply_to = target.message_id if request is not None and target else message.message_id
        if request is None:
            request = command_input(message, settings.min_text_chars)
        if request is None:
            await message.reply(USAGE)
            return
        await reply_with_summary(
            bot,
            service,
            settings,
            chat_id=message.chat.id,
            request=request,
            reply_to=reply_to,
            thread_id=message.message_thread_id if message.is_topic_message else None,
        )

    return router
