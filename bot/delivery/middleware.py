"""Every call to Telegram, retried within its budget; every send, checked for a stray copy."""

from __future__ import annotations

import asyncio
import logging
from typing import TYPE_CHECKING, Any

from aiogram.client.session.middlewares.base import BaseRequestMiddleware, NextRequestMiddlewareType
from aiogram.exceptions import TelegramBadRequest, TelegramRetryAfter
from aiogram.methods import DeleteMessage, EditMessageReplyMarkup, TelegramMethod
from aiogram.methods.base import Response, TelegramType

from .ledger import ChatLedger
from .policy import Outcome, RetryPolicy, already_done, classify, current_deadline, is_cosmetic

if TYPE_CHECKING:
    from aiogram import Bot

log = logging.getLogger(__name__)

# Methods this layer leaves alone: polling has its own loop and backoff; a chat action is
# cosmetic and stale a few seconds later.
_UNTOUCHED = frozenset({"getUpdates", "sendChatAction", "getMe", "close", "logOut"})
COSMETIC_TIMEOUT = 5.0  # seconds a placeholder may take before it is not worth waiting for


def _short(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {' '.join(str(exc).split())[:160]}"


class ReliableRequests(BaseRequestMiddleware):
    """Retries 5xx, proxy pages, network errors and flood control until the reply's budget is
    spent; an edit or delete that turns out already done counts as done; a send that may have
    gone through twice gets its stray copy deleted (see `ledger`)."""

    def __init__(
        self,
        policy: RetryPolicy | None = None,
        ledger: ChatLedger | None = None,
        max_probes: int = 12,
    ) -> None:
        self.policy = policy or RetryPolicy()
        self.ledger = ledger or ChatLedger()
        self.max_probes = max_probes

    async def __call__(
        self,
        make_request: NextRequestMiddlewareType[TelegramType],
        bot: Bot,
        method: TelegramMethod[TelegramType],
    ) -> Response[TelegramType]:
        name = method.__api_method__
        if name in _UNTOUCHED:
            return await make_request(bot, method)
        chat_id = getattr(method, "chat_id", None)
        if name != "sendMessage" or not isinstance(chat_id, int):
            return await self._attempts(make_request, bot, method, None)
        reply = getattr(method, "reply_parameters", None)
        if reply is not None and getattr(reply, "message_id", None):
            self.ledger.observe(chat_id, reply.message_id)
        async with self.ledger.lock(chat_id):
            result: Any = await self._attempts(make_request, bot, method, chat_id)
            message_id = getattr(result, "message_id", None)
            if isinstance(message_id, int):
                self.ledger.add(chat_id, message_id)
                suspects = self.ledger.take_suspects(chat_id)
                if suspects is not None:
                    await self._remove_strays(make_request, bot, chat_id, message_id, *suspects)
            return result

    async def _attempts(
        self,
        make_request: NextRequestMiddlewareType[TelegramType],
        bot: Bot,
        method: TelegramMethod[TelegramType],
        send_chat: int | None,
    ) -> Any:
        loop = asyncio.get_running_loop()
        name = method.__api_method__
        cosmetic = is_cosmetic()
        deadline = current_deadline(self.policy.budget)
        ambiguous = False
        attempt = 0
        while True:
            attempt += 1
            floor = self.ledger.floor(send_chat) if send_chat is not None else 0
            timeout = COSMETIC_TIMEOUT if cosmetic else max(1.0, deadline - loop.time())
            try:
                return await asyncio.wait_for(make_request(bot, method), timeout)
            except Exception as exc:
                if already_done(name, exc, ambiguous):
                    log.info("%s had already taken effect (%s)", name, _short(exc))
                    return True
                outcome = classify(exc)
                if outcome is Outcome.AMBIGUOUS:
                    ambiguous = True
                    if send_chat is not None:
                        self.ledger.suspect(send_chat, floor)
                if outcome is Outcome.FINAL or cosmetic:
                    raise
                wait = self.policy.backoff(attempt)
                if isinstance(exc, TelegramRetryAfter):
                    if exc.retry_after > self.policy.max_retry_after:
                        log.warning("%s: flood control asks %s s: giving up", name, exc.retry_after)
                        raise
                    wait = float(exc.retry_after)
                if loop.time() + wait > deadline:
                    log.warning(
                        "%s failed %d times, the reply's time is spent: %s",
                        name,
                        attempt,
                        _short(exc),
                    )
                    raise
                log.log(
                    logging.WARNING if attempt == 1 else logging.INFO,
                    "%s failed (%s); try %d in %.1f s",
                    name,
                    _short(exc),
                    attempt + 1,
                    wait,
                )
                await asyncio.sleep(wait)

    async def _remove_strays(
        self,
        make_request: NextRequestMiddlewareType[Any],
        bot: Bot,
        chat_id: int,
        new_id: int,
        floor: int,
        count: int,
    ) -> None:
        """Between `floor` and the id the send got, a message of ours we do not know is a copy
        an ambiguous try left: delete it. A probe that changes nothing (a keyboard removed from
        a message that has none) tells ours from the user's."""
        if floor <= 0:  # nothing known of this chat (a restart without a journal): do not guess
            log.warning("chat %s: a retried send may have left a copy", chat_id)
            return
        candidates = [
            i for i in range(new_id - 1, floor, -1) if not self.ledger.is_ours(chat_id, i)
        ][: self.max_probes]
        found = 0
        for message_id in candidates:
            try:
                await make_request(
                    bot, EditMessageReplyMarkup(chat_id=chat_id, message_id=message_id)
                )
                continue  # a keyboard was removed: not one of ours (we send none)
            except TelegramBadRequest as exc:
                if "not modified" not in str(exc.message).lower():
                    continue  # not ours, or gone
            except Exception as exc:
                log.warning("chat %s: looking for a stray copy failed: %s", chat_id, _short(exc))
                return
            try:
                await make_request(bot, DeleteMessage(chat_id=chat_id, message_id=message_id))
                log.info(
                    "chat %s: deleted message %s, a copy of a send retried", chat_id, message_id
                )
            except Exception as exc:
                log.warning("chat %s: a stray copy %s stays: %s", chat_id, message_id, _short(exc))
            found += 1
            if found >= count:
                return
        if not found:
            log.info("chat %s: no stray copy between %s and %s", chat_id, floor, new_id)
