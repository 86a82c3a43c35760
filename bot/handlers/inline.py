"""Inline mode: `@bot <link or text>` gives the summary as a result to send.

Telegram drops an answer that comes later than about 10 s, so there is a time budget: cached
summaries are instant, and when one cannot be ready in time the answer says so (the work goes on
into the cache, so the user's retry is instant) instead of leaving the user with nothing.

Telegram sends a query per keystroke: a link is read only once the user has stopped typing for
`BOT_INLINE_DEBOUNCE` seconds; a query superseded by the same user's newer one is not answered
(the client shows the newest only).
"""

from __future__ import annotations

import asyncio
import hashlib
import logging

from aiogram import Bot, Router
from aiogram.types import InlineQuery, InlineQueryResultArticle

from summarizer.errors import SummarizerError

from ..config import BotSettings
from ..delivery import budget
from ..errors import apology, log_failure
from ..journal import Ticket
from ..message_input import from_text
from ..middlewares import RateLimitMiddleware, inline_text_result
from ..render import description, escape, render_summary, split_message
from ..service import SummaryService, cache_key

log = logging.getLogger(__name__)

PENDING_TITLE = "⏳ Пересказ ещё готовится"
PENDING_TEXT = (
    "⏳ Пересказ ещё готовится: статья длинная. Повторите запрос через несколько "
    "секунд — он будет готов сразу."
)
INLINE_TEXT_TITLE = "Нужна ссылка на статью"
INLINE_TEXT_HINT = (
    "В строку inline-запроса Telegram помещает только 256 символов — статья туда не "
    "влезет. Вставьте ссылку на статью или перешлите текст мне в личные сообщения."
)
CACHE_DONE = 300  # seconds Telegram may keep a finished answer
CACHE_NOT_DONE = 0  # a pending or failed answer must not stick: the retry has to reach us
ANSWER_WITHIN = 10.0  # seconds from the query after which Telegram no longer takes an answer


def _id(*parts: str) -> str:
    return hashlib.sha1("|".join(parts).encode()).hexdigest()


def help_result(bot_username: str | None) -> InlineQueryResultArticle:
    name = f"@{bot_username}" if bot_username else "@бот"
    text = (
        f"Напишите <code>{escape(name)} ссылка</code> или <code>{escape(name)} текст</code> — "
        "и я перескажу новость: коротко, с цифрами и тем, кто что сказал."
    )
    return inline_text_result(
        "help", "Перескажу новость", text, "Вставьте ссылку на статью или её текст"
    )


def make_router() -> Router:
    router = Router(name="inline")
    router.inline_query.middleware(RateLimitMiddleware())
    latest: dict[int, str] = {}  # user -> their newest query, for this dispatcher only

    @router.inline_query()
    async def on_inline(
        query: InlineQuery,
        bot: Bot,
        service: SummaryService,
        settings: BotSettings,
        ticket: Ticket | None = None,
    ) -> None:
        if ticket is not None and ticket.replayed:
            log.info("inline %s: from before a restart, too old to answer", query.id)
            return
        loop = asyncio.get_running_loop()
        received = loop.time()
        deadline = received + settings.inline_budget
        request = from_text(query.query.strip(), min_text_chars=settings.min_text_chars)
        if request is None:
            me = await bot.me()
            await query.answer([help_result(me.username)], cache_time=CACHE_DONE, is_personal=False)
            return
        if request.url is None and len(request.text) < settings.min_text_chars:
            # Telegram caps inline queries at 256 characters: an article never fits, a link does.
            await query.answer(
                [
                    inline_text_result(
                        _id("inline-text-too-short"),
                        INLINE_TEXT_TITLE,
                        escape(INLINE_TEXT_HINT),
                        "Вставьте ссылку на статью",
                    )
                ],
                cache_time=CACHE_DONE,
                is_personal=False,
            )
            return
        key = cache_key(request)
        user = query.from_user.id
        if request.url is not None and service.cached(request) is None:
            latest[user] = query.id
            await asyncio.sleep(settings.inline_debounce)
            if latest.get(user) != query.id:
                log.info("inline %s: superseded by a newer query, not read", query.id)
                return
            del latest[user]
        cache_time = CACHE_NOT_DONE
        try:
            work = service.submit(request, user)
            left = deadline - asyncio.get_running_loop().time()
            summary = await asyncio.wait_for(asyncio.shield(work), max(left, 0.0))
            text = split_message(render_summary(summary, request))[0]
            result = inline_text_result(_id(key), summary.headline, text, description(summary))
            cache_time = CACHE_DONE
        except TimeoutError:
            log.info("inline %s: not ready within %.1f s", query.id, settings.inline_budget)
            result = inline_text_result(
                _id(key, "pending"),
                PENDING_TITLE,
                escape(PENDING_TEXT),
                "Повторите запрос через несколько секунд",
            )
        except SummarizerError as exc:
            result = inline_text_result(
                _id(key, type(exc).__name__),
                "Не получилось",
                escape(exc.user_message),
                exc.user_message[:120],
            )
        except Exception as exc:
            error_id = log_failure(log, f"inline query {query.id}", exc)
            result = inline_text_result(
                _id(key, error_id), "Не получилось", escape(apology(error_id))
            )
        with budget(max(0.5, received + ANSWER_WITHIN - loop.time())):
            await query.answer([result], cache_time=cache_time, is_personal=False)

    return router
