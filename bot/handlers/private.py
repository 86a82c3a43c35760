"""Private chat: a text, a link, a forwarded post or a captioned photo; anything else a hint."""

from __future__ import annotations

from aiogram import Bot, F, Router
from aiogram.types import Message

from summarizer.text import long_enough

from ..config import BotSettings
from ..journal import Ticket
from ..message_input import message_input
from ..middlewares import RateLimitMiddleware
from ..reply import reply_with_summary
from ..service import SummaryService

HINT = (
    "Пришлите текст новости (от нескольких абзацев), ссылку на статью или перешлите пост из "
    "канала — перескажу коротко. Подробнее: /help"
)


def make_router() -> Router:
    router = Router(name="private")
    router.message.filter(F.chat.type == "private")
    router.message.middleware(RateLimitMiddleware())

    async def summarize(
        message: Message,
        bot: Bot,
        service: SummaryService,
        settings: BotSettings,
        ticket: Ticket | None = None,
    ) -> None:
        request = message_input(message, settings.min_text_chars)
        if request is None or (
            not request.is_link and not long_enough(request.text, settings.min_text_chars)
        ):
            await message.answer(HINT)
            return
        await reply_with_summary(
            bot,
            service,
            settings,
            chat_id=message.chat.id,
            request=request,
            reply_to=message.message_id,
            ticket=ticket,
            user=message.chat.id,
        )

    # Separate registrations keep the intent readable; all three end in the same reply.
    router.message.register(summarize, F.forward_origin)
    router.message.register(summarize, F.text)
    router.message.register(summarize, F.caption)

    @router.message()
    async def on_other(message: Message) -> None:
        await message.answer(HINT)

    return router
