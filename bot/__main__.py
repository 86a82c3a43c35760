"""`python -m bot`: long polling by default, a webhook server when WEBHOOK_URL is set."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import sys
from typing import TYPE_CHECKING

# Only the settings are imported up front: a missing token is reported before aiogram (seconds
# of imports) and the model are loaded.
from .config import BotSettings, ConfigError, load_settings

if TYPE_CHECKING:
    from aiogram import Bot, Dispatcher

log = logging.getLogger("bot")


async def _on_startup(bot: Bot, dispatcher: Dispatcher, settings: BotSettings) -> None:
    from .app import set_commands

    await set_commands(bot)
    if settings.webhook_mode:
        secret = settings.webhook_secret.get_secret_value() if settings.webhook_secret else None
        await bot.set_webhook(
            f"{settings.webhook_url}{settings.webhook_path}",
            secret_token=secret,
            allowed_updates=dispatcher.resolve_used_update_types(),
        )
        log.info("webhook set: %s%s", settings.webhook_url, settings.webhook_path)
    else:
        await bot.delete_webhook()  # getUpdates is refused while a webhook is set


async def _run(settings: BotSettings) -> None:
    from aiohttp import web

    from summarizer.fetch import warm_up as warm_up_links

    from .app import build_dispatcher, make_bot, make_webhook_app
    from .service import SummaryService

    service = SummaryService.from_settings(settings)  # the model is loaded here, once
    await service.warm_up()
    await asyncio.to_thread(warm_up_links)  # date parsing's lazy loading, not on the first link
    bot = make_bot(settings)
    dp = build_dispatcher(service, settings)
    dp.startup.register(_on_startup)
    try:
        if settings.webhook_mode:
            if settings.webhook_secret is None:
                log.warning("WEBHOOK_SECRET is not set: anyone who finds the URL can post updates")
            app = make_webhook_app(dp, bot, settings)
            runner = web.AppRunner(app)
            await runner.setup()
            await web.TCPSite(runner, settings.webhook_host, settings.webhook_port).start()
            log.info("webhook server on %s:%d", settings.webhook_host, settings.webhook_port)
            try:
                await asyncio.Event().wait()
            finally:
                await runner.cleanup()
        else:
            log.info("long polling")
            await dp.start_polling(
                bot,
                polling_timeout=settings.polling_timeout,
                allowed_updates=dp.resolve_used_update_types(),
            )
    finally:
        await service.aclose()
        await bot.session.close()


def main() -> int:
    try:
        settings = load_settings()
    except ConfigError as exc:
        print(exc, file=sys.stderr)
        return 2
    logging.basicConfig(
        level=settings.log_level, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(_run(settings))
    return 0


if __name__ == "__main__":
    sys.exit(main())
