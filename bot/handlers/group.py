"""/summary: as a reply to a message, or with a link or text after it. Works in any chat; in
groups it is the only thing the bot reacts to (besides /help)."""

from __future__ import annotations

from aiogram import Bot, Router
from aiogram.filters import Command
from aiogram.types import Message

from summarizer.text import long_enough

from ..config import BotSettings
from ..journal import Ticket
from ..message_input import MessageInput, command_input, message_input
from ..middlewares import RateLimitMiddleware, sender_key
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
        message: Message,
        bot: Bot,
        service: SummaryService,
        settings: BotSettings,
        ticket: Ticket | None = None,
    ) -> None:
        target = message.reply_to_message
        own = command_input(message, settings.min_text_chars)
        quoted = message_input(target, settings.min_text_chars) if target else None

        def usable(request: MessageInput | None) -> bool:
            return request is not None and (
                request.is_link or long_enough(request.text, settings.min_text_chars)
            )

        # What the command itself names wins over a quoted message that cannot be summarized
        # ("/summary <link>" as a reply to "глянь"); a quoted article wins over a short remark.
        if usable(own) or (own is not None and quoted is None):
            request, reply_to = own, message.message_id
        elif quoted is not None and target is not None:
            request, reply_to = quoted, target.message_id
        else:
            await message.reply(USAGE)
            return
        assert request is not None
        await reply_with_summary(
            bot,
            service,
            settings,
            chat_id=message.chat.id,
            request=request,
            reply_to=reply_to,
            thread_id=message.message_thread_id if message.is_topic_message else None,
            ticket=ticket,
            user=sender_key(message, message.from_user),
        )

    return router
