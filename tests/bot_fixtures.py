"""Building blocks for the bot's end-to-end tests: real Bot API JSON shapes, a running bot
polling the stand-in, a slow backend for the pool tests, and a local site for the link path.
Imported by the tests (tests/conftest.py belongs to someone else)."""

from __future__ import annotations

import asyncio
import contextlib
import html
import itertools
import threading
import time
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from aiohttp import web
from botapi_stub import WAIT_LIMIT, BotAPIStub

from bot.app import build_dispatcher, make_bot
from bot.config import BotSettings
from bot.delivery import ChatLedger
from bot.journal import SQLiteJournal
from bot.runtime import UpdateIntake, poll
from bot.service import RateLimiter, SummaryCache, SummaryService
from summarizer import Pipeline, SummarizerSettings
from summarizer.backends import Draft
from summarizer.types import Article, Summary

TOKEN = "123456:ABCdefGhIJKlmnoPQRstuVWxyz0123456789"
SEED_TEXT = (Path(__file__).parent / "seed_article.txt").read_text(encoding="utf-8")
USER = {"id": 111, "is_bot": False, "first_name": "Иван", "username": "ivan", "language_code": "ru"}
OTHER_USER = {"id": 222, "is_bot": False, "first_name": "Мария", "language_code": "ru"}
PRIVATE_CHAT = {"id": 111, "first_name": "Иван", "username": "ivan", "type": "private"}
GROUP_CHAT = {"id": -1001234567890, "title": "Политклуб", "type": "supergroup"}
CHANNEL = {
    "id": -1009876543210,
    "title": "Новости «Сегодня» & Co",
    "username": "news_today",
    "type": "channel",
}
_ids = itertools.count(10)


def utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def message(
    text: str | None = None,
    *,
    chat: dict[str, Any] = PRIVATE_CHAT,
    user: dict[str, Any] = USER,
    entities: list[dict[str, Any]] | None = None,
    **extra: Any,
) -> dict[str, Any]:
    """A Message object as the Bot API sends it."""
    msg: dict[str, Any] = {
        "message_id": next(_ids),
        "from": user,
        "chat": chat,
        "date": int(time.time()),
    }
    if text is not None:
        msg["text"] = text
    if entities:
        msg["entities"] = entities
    msg.update(extra)
    return msg


def command(
    name: str, args: str = "", *, mention: str | None = None, **kwargs: Any
) -> dict[str, Any]:
    """`/name[@mention] args` with the bot_command entity Telegram adds."""
    head = f"/{name}" + (f"@{mention}" if mention else "")
    text = f"{head} {args}".rstrip()
    entities = [{"offset": 0, "length": utf16_len(head), "type": "bot_command"}]
    entities += kwargs.pop("more_entities", [])
    return message(text, entities=entities, **kwargs)


def url_entities(text: str) -> list[dict[str, Any]]:
    """`url` entities for every http(s) link in `text`, offsets in UTF-16 as Telegram gives."""
    import re

    out = []
    for match in re.finditer(r"https?://\S+", text):
        out.append(
            {
                "type": "url",
                "offset": utf16_len(text[: match.start()]),
                "length": utf16_len(match.group(0)),
            }
        )
    return out


def forwarded_from_channel(
    text: str,
    *,
    post_id: int = 4321,
    entities: list[dict[str, Any]] | None = None,
    channel: dict[str, Any] = CHANNEL,
    **kwargs: Any,
) -> dict[str, Any]:
    return message(
        text,
        entities=entities,
        forward_origin={
            "type": "channel",
            "chat": channel,
            "message_id": post_id,
            "date": int(time.time()) - 3600,
            "author_signature": "Редакция",
        },
        **kwargs,
    )


def update_message(msg: dict[str, Any]) -> dict[str, Any]:
    return {"message": msg}


def update_inline(
    query: str, *, query_id: str | None = None, user: dict[str, Any] = USER
) -> dict[str, Any]:
    return {
        "inline_query": {
            "id": query_id or str(next(_ids) * 7919),
            "from": user,
            "query": query,
            "offset": "",
            "chat_type": "sender",
        }
    }


# --- pipelines -------------------------------------------------------------------------------


def extractive_pipeline() -> Pipeline:
    return Pipeline(SummarizerSettings(_env_file=None, backend="extractive"))


def gated_pipeline(
    headline: str = "Заголовок",
) -> tuple[Callable[[Article], Summary], threading.Event]:
    """A pipeline that holds every article until the gate opens: work provably in flight."""
    gate = threading.Event()

    def pipeline(article: Article) -> Summary:
        gate.wait(120)
        return Summary(headline, f"Пересказ: Токаев. {article.text[-20:]}", article=article)

    return pipeline, gate


@dataclass
class SlowBackend:
    """A backend that holds its worker until the gate opens (or `delay` passes): the pool and
    queue tests need work that is provably still running."""

    delay: float = 5.0
    gate: threading.Event = field(default_factory=threading.Event)
    name: str = "slow"
    abstractive: bool = False
    calls: int = 0

    def summarize(self, doc: Any) -> Draft:
        self.calls += 1
        self.gate.wait(self.delay)
        return Draft(tuple(s.text for s in doc.sentences[:2]), self.name)


# --- a local site for the link path ----------------------------------------------------------


def article_html(title: str, text: str, site: str = "Тестовые новости") -> str:
    paragraphs = "\n".join(f"<p>{html.escape(p)}</p>" for p in text.split("\n") if p.strip())
    return (
        f'<!doctype html><html lang="ru"><head><meta charset="utf-8">'
        f"<title>{html.escape(title)}</title>"
        f'<meta property="og:site_name" content="{html.escape(site)}">'
        f'<meta property="og:title" content="{html.escape(title)}"></head><body>'
        f'<header><nav><a href="/">Главная</a> <a href="/politics">Политика</a></nav></header>'
        f"<article><h1>{html.escape(title)}</h1>{paragraphs}</article>"
        f"<footer>© Тестовые новости. Все права защищены.</footer></body></html>"
    )


@contextlib.asynccontextmanager
async def local_site(pages: dict[str, tuple[str, bytes]]) -> AsyncIterator[str]:
    """path -> (content type, body) on 127.0.0.1; yields the base URL. Unknown paths are 404."""

    async def handle(request: web.Request) -> web.Response:
        page = pages.get(request.path)
        if page is None:
            return web.Response(status=404, text="not found")
        return web.Response(
            body=page[1],
            content_type=page[0].split(";")[0],
            charset="utf-8" if page[0].startswith("text/") else None,
        )

    app = web.Application()
    app.router.add_get("/{tail:.*}", handle)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        await runner.cleanup()


def real_fetch() -> Callable[[str], Any]:
    """summarizer.fetch against 127.0.0.1 (its SSRF guard lifted for the test pages)."""
    from summarizer.fetch import FetchSettings, fetch_article

    settings = FetchSettings(
        _env_file=None,
        allow_private_addresses=True,
        # generous: these limits only stop a hung test; the suite must pass on a loaded machine
        total_timeout=60.0,
        connect_timeout=20.0,
        read_timeout=30.0,
    )

    async def fetch(url: str) -> Article:
        return await fetch_article(url, settings)

    return fetch


# --- a running bot ---------------------------------------------------------------------------


@dataclass
class RunningBot:
    stub: BotAPIStub
    service: SummaryService
    settings: BotSettings
    intake: UpdateIntake
    journal: SQLiteJournal

    def send(self, update: dict[str, Any]) -> int:
        return self.stub.push(update)

    async def replies(
        self, n: int = 1, chat_id: int | None = None, timeout: float = WAIT_LIMIT
    ) -> list[str]:
        """Wait for `n` accepted texts (sent or edited) in `chat_id`, placeholders left out."""

        def enough(stub: BotAPIStub) -> list[str] | None:
            texts = [t for t in stub.sent_texts(chat_id) if not t.startswith("⏳ Читаю")]
            return texts if len(texts) >= n else None

        return await self.stub.wait_for(enough, timeout)

    async def until(self, predicate: Callable[[], Any], timeout: float = WAIT_LIMIT) -> Any:
        """Wait for a condition on the bot's own state (not an event of the stand-in)."""

        async def nudge() -> None:
            while True:
                await asyncio.sleep(0.05)
                await self.stub.poke()

        nudger = asyncio.create_task(nudge())
        try:
            return await self.stub.wait_for(lambda _: predicate(), timeout)
        finally:
            nudger.cancel()

    async def settled(self, timeout: float = WAIT_LIMIT) -> None:
        """Wait until every update pushed so far was taken and fully handled."""
        await self.until(
            lambda: self.stub.pending_updates == 0 and self.intake.in_hand == 0, timeout
        )


def bot_settings(stub_url: str, **overrides: Any) -> BotSettings:
    values: dict[str, Any] = dict(
        token=TOKEN,
        telegram_api_url=stub_url,
        placeholder_delay=1.0,
        inline_budget=3.0,
        inline_debounce=0.0,
        polling_timeout=1,
        rate_limit=100,
        journal_path="",
    )
    values.update(overrides)
    return BotSettings(_env_file=None, **values)


@contextlib.asynccontextmanager
async def running_bot(
    *,
    pipeline: Callable[[Article], Any] | None = None,
    fetch: Callable[[str], Any] | None = None,
    workers: int = 2,
    queue_size: int = 8,
    rate_limit: int = 100,
    rate_window: float = 60.0,
    journal: SQLiteJournal | None = None,
    **overrides: Any,
) -> AsyncIterator[RunningBot]:
    """The real aiogram Bot and dispatcher behind the bot's own intake and poller (the journal,
    delivery retries and all), long-polling the stand-in."""
    stub = BotAPIStub(TOKEN)
    url = await stub.start()
    settings = bot_settings(
        url,
        workers=workers,
        queue_size=queue_size,
        rate_limit=rate_limit,
        rate_window=rate_window,
        **overrides,
    )
    service = SummaryService(
        pipeline or extractive_pipeline(),
        workers=workers,
        queue_size=queue_size,
        max_wait=settings.max_wait,
        cache=SummaryCache(64, 600),
        limiter=RateLimiter(rate_limit, rate_window),
        fetch=fetch,
        fetch_slots=settings.fetch_slots,
        fetch_per_user=settings.fetch_per_user,
        fetch_queue=settings.fetch_queue,
    )
    journal = journal or SQLiteJournal(":memory:")
    ledger = ChatLedger(journal)
    bot = make_bot(settings, ledger)
    dp = build_dispatcher(service, settings)
    intake = UpdateIntake(dp, bot, journal, ledger)
    stop = asyncio.Event()
    polling = asyncio.create_task(
        poll(
            bot,
            intake,
            stop,
            timeout=1,
            allowed_updates=dp.resolve_used_update_types(),
            first_delay=0.1,
        )
    )
    try:
        yield RunningBot(stub, service, settings, intake, journal)
    finally:
        stop.set()
        with contextlib.suppress(asyncio.CancelledError, Exception):
            await asyncio.wait_for(polling, 10)
        intake.stop_taking()
        await intake.drain(10)
        await intake.cancel_rest()
        await service.aclose()
        await bot.session.close()
        await stub.stop()
