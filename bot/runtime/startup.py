"""The token and the API URL, checked before anything heavy loads; failures in one line."""

from __future__ import annotations

import asyncio
import logging

from aiogram import Bot
from aiogram.exceptions import (
    ClientDecodeError,
    TelegramNetworkError,
    TelegramNotFound,
    TelegramServerError,
    TelegramUnauthorizedError,
)
from aiogram.types import User

log = logging.getLogger(__name__)

DEFAULT_API = "https://api.telegram.org"


class StartupError(Exception):
    """A reason the bot cannot run, in one line for the operator; `code` is the exit status."""

    def __init__(self, message: str, code: int = 1) -> None:
        super().__init__(message)
        self.code = code


def token_rejected(exc: Exception) -> str:
    if isinstance(exc, TelegramUnauthorizedError):
        return (
            "Telegram rejected BOT_TOKEN (401 Unauthorized): the token was revoked or mistyped; "
            "get the current one from @BotFather."
        )
    return (
        "The Bot API answered 404 Not Found: BOT_TOKEN is unknown there, or TELEGRAM_API_URL "
        "does not point at a Bot API server."
    )


async def check_token(bot: Bot, api_url: str | None, attempts: int = 3) -> User:
    """getMe: who we are, or a `StartupError` that says what to fix. An unreachable API is tried
    `attempts` times (a container may start before its network)."""
    where = api_url or DEFAULT_API
    for attempt in range(1, attempts + 1):
        try:
            return await bot.get_me(request_timeout=10)
        except (TelegramUnauthorizedError, TelegramNotFound) as exc:
            raise StartupError(token_rejected(exc), code=2) from None
        except ClientDecodeError:
            raise StartupError(
                f"{where} does not answer like a Bot API server (not JSON): check TELEGRAM_API_URL.",
                code=2,
            ) from None
        except (TelegramNetworkError, TelegramServerError, TimeoutError) as exc:
            reason = str(exc).removeprefix("HTTP Client says - ")
            if attempt == attempts:
                raise StartupError(
                    f"Cannot reach the Bot API at {where}: {reason}. Check TELEGRAM_API_URL "
                    "and the network."
                ) from None
            log.warning("Bot API at %s not reachable (%s); trying again", where, reason)
            await asyncio.sleep(2.0 * attempt)
    raise AssertionError("unreachable")
