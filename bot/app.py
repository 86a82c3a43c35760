"""Assembling the bot: the dispatcher (no token needed, so tests build it freely), the Bot and
its session (every call retried within budget, see `bot.delivery`), and the commands menu."""

from __future__ import annotations

import logging

from aiogram import Bot, Dispatcher
from aiogram.client.default import DefaultBotProperties
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer
from aiogram.types import BotCommand, BotCommandScopeAllGroupChats, BotCommandScopeAllPrivateChats

from .config import BotSettings
from .delivery import ChatLedger, ReliableRequests, RetryPolicy, budget
from .handlers import make_routers
from .middlewares import ErrorMiddleware
from .service import SummaryService

log = logging.getLogger(__name__)

COMMANDS = [
    BotCommand(
        command="summary", description="Пересказать статью: ответом на сообщение или со ссылкой"
    ),
    BotCommand(command="help", description="Как пользоваться ботом"),
]


def build_dispatcher(service: SummaryService, settings: BotSettings) -> Dispatcher:
    """Routers, middlewares, and the dependencies handlers receive by name (no globals)."""
    dp = Dispatcher()
    dp["service"] = service
    dp["settings"] = settings
    dp.message.outer_middleware(ErrorMiddleware())
    dp.inline_query.outer_middleware(ErrorMiddleware())
    dp.include_routers(*make_routers())
    return dp


def make_bot(settings: BotSettings, ledger: ChatLedger | None = None) -> Bot:
    """A Bot talking to Telegram, or to the server in TELEGRAM_API_URL. Every call is retried on
    5xx, network errors and flood control within BOT_DELIVERY_BUDGET; sends are checked for
    stray copies with `ledger` (which the journal persists).

    Every message and inline result is Telegram HTML without a link preview: set here, once."""
    session = (
        AiohttpSession(api=TelegramAPIServer.from_base(settings.telegram_api_url))
        if settings.telegram_api_url
        else AiohttpSession()
    )
    policy = RetryPolicy(budget=settings.delivery_budget, max_retry_after=settings.max_retry_after)
    session.middleware(ReliableRequests(policy, ledger or ChatLedger()))
    return Bot(
        settings.token.get_secret_value(),
        session=session,
        default=DefaultBotProperties(parse_mode="HTML", link_preview_is_disabled=True),
    )


async def set_commands(bot: Bot, within: float = 10.0) -> None:
    """The commands menu, for private chats and groups; a failure here is not worth dying for."""
    for scope in (BotCommandScopeAllPrivateChats(), BotCommandScopeAllGroupChats()):
        try:
            with budget(within):
                await bot.set_my_commands(COMMANDS, scope=scope)
        except Exception as exc:
            log.warning("could not register commands for %s: %r", scope.type, exc)
