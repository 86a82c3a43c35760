"""Assembling the bot: the dispatcher (no token needed, so tests build it freely), the Bot and
its session, the commands menu, and the webhook server."""

from __future__ import annotations

import logging

from aiogram import Bot, Dispatcher
from aiogram.client.default import DefaultBotProperties
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer
from aiogram.types import BotCommand, BotCommandScopeAllGroupChats, BotCommandScopeAllPrivateChats
from aiogram.webhook.aiohttp_server import SimpleRequestHandler, setup_application
from aiohttp import web

from .config import BotSettings
from .handlers import make_routers
from .middlewares import ErrorMiddleware, RetryAfterMiddleware
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


def make_bot(settings: BotSettings) -> Bot:
    """A Bot talking to Telegram, or to the server in TELEGRAM_API_URL; flood control honoured.

    Every message and inline result is Telegram HTML without a link preview: set here, once."""
    session = (
        AiohttpSession(api=TelegramAPIServer.from_base(settings.telegram_api_url))
        if settings.telegram_api_url
        else AiohttpSession()
    )
    session.middleware(RetryAfterMiddleware(max_wait=settings.max_retry_after))
    return Bot(
        settings.token.get_secret_value(),
        session=session,
        default=DefaultBotProperties(parse_mode="HTML", link_preview_is_disabled=True),
    )


async def set_commands(bot: Bot) -> None:
    """The commands menu, for private chats and groups; a failure here is not worth dying for."""
    for scope in (BotCommandScopeAllPrivateChats(), BotCommandScopeAllGroupChats()):
        try:
            await bot.set_my_commands(COMMANDS, scope=scope)
        except Exception as exc:
            log.warning("could not register commands for %s: %r", scope.type, exc)


def make_webhook_app(dp: Dispatcher, bot: Bot, settings: BotSettings) -> web.Application:
    """aiohttp app: updates at WEBHOOK_PATH (secret token checked), a health endpoint."""
    app = web.Application()
    secret = settings.webhook_secret.get_secret_value() if settings.webhook_secret else None
    SimpleRequestHandler(dispatcher=dp, bot=bot, secret_token=secret).register(
        app, path=settings.webhook_path
    )

    async def health(_: web.Request) -> web.Response:
        service: SummaryService = dp["service"]
        return web.json_response(
            {"status": "ok", "backend": service.backend_name, "busy": service.busy}
        )

    app.router.add_get(settings.health_path, health)
    setup_application(app, dp, bot=bot)
    return app
