"""/start and /help: the three ways to use the bot, with an example."""

from __future__ import annotations

from aiogram import Bot, Router
from aiogram.filters import Command, CommandStart
from aiogram.types import Message

from ..render import escape


def help_text(bot_username: str | None) -> str:
    inline = (
        f"\n\nВ любом чате: наберите <code>@{escape(bot_username)} ссылка</code> — "
        "и отправьте готовый пересказ собеседнику."
        if bot_username
        else ""
    )
    return (
        "Я пересказываю новости о политике: коротко, с ключевыми <b>цифрами</b> и тем, "
        "<b>кто что сказал</b>.\n\n"
        "Три способа:\n"
        "1. <b>Пришлите текст</b> статьи — от нескольких абзацев.\n"
        "2. <b>Пришлите ссылку</b> на новость, например:\n"
        "<code>https://www.kommersant.ru/doc/1234567</code>\n"
        "3. <b>Перешлите пост</b> из канала — подойдёт и короткий анонс со ссылкой "
        "«Читать далее»: я прочитаю статью по ссылке.\n\n"
        "В группе ответьте на сообщение командой /summary — или напишите "
        "<code>/summary ссылка</code>." + inline
    )


def make_router() -> Router:
    """A new Router each call: a Router belongs to one dispatcher, and tests build many."""
    router = Router(name="start")

    @router.message(CommandStart())
    @router.message(Command("help"))
    async def on_help(message: Message, bot: Bot) -> None:
        me = await bot.me()
        await message.answer(help_text(me.username))

    return router
