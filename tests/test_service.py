"""The service: keys, cache, limits, and the pool that keeps the event loop free."""

from __future__ import annotations

import asyncio
import threading
import time

import pytest
from bot_fixtures import SEED_TEXT, SlowBackend

from bot.message_input import MessageInput
from bot.service import (
    Overloaded,
    RateLimited,
    RateLimiter,
    SummaryCache,
    SummaryService,
    cache_key,
    normalize_url,
)
from summarizer import Pipeline, SummarizerSettings
from summarizer.errors import TextTooShortError
from summarizer.types import Article, Summary


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def slow_pipeline(delay: float = 5.0) -> tuple[Pipeline, SlowBackend]:
    backend = SlowBackend(delay=delay)
    return Pipeline(
        SummarizerSettings(_env_file=None, backend="extractive"), backend=backend
    ), backend


@pytest.mark.parametrize(
    "a, b",
    [
        (
            "https://WWW.Example.com/news/1/?utm_source=tg&utm_medium=x#comments",
            "https://example.com/news/1",
        ),
        ("http://example.com/news/1/", "https://example.com/news/1"),
        ("https://example.com/a?id=5&utm_campaign=z&fbclid=q", "https://example.com/a?id=5"),
        ("https://Example.com:443/a/", "https://example.com/a"),
    ],
)
def test_normalize_url(a: str, b: str) -> None:
    assert normalize_url(a) == normalize_url(b) == b


def test_keys_for_links_and_texts() -> None:
    assert cache_key(MessageInput("teaser", url="https://e.com/x/?utm_source=a")) == cache_key(
        MessageInput("other teaser", url="https://E.com/x#top")
    )
    assert cache_key(MessageInput("один  текст\n")) == cache_key(MessageInput("один текст"))
    assert cache_key(MessageInput("один текст")) != cache_key(MessageInput("другой текст"))
    assert normalize_url("https://e.com/a?id=1") != normalize_url("https://e.com/a?id=2")


def test_cache_lru_and_ttl() -> None:
    clock = Clock()
    cache = SummaryCache(size=2, ttl=10, clock=clock)
    s = Summary("h", "t")
    cache.put("a", s)
    cache.put("b", s)
    assert cache.get("a") is s  # "a" is now the most recent
    cache.put("c", s)
    assert cache.get("b") is None and cache.get("a") is s and cache.get("c") is s
    clock.now = 11
    assert cache.get("a") is None and len(cache) == 1


def test_rate_limiter_sliding_window() -> None:
    clock = Clock()
    limiter = RateLimiter(limit=2, window=10, clock=clock)
    assert limiter.retry_in(1) == 0 and limiter.retry_in(1) == 0
    assert limiter.retry_in(1) == pytest.approx(10)
    assert limiter.retry_in(2) == 0  # per user
    clock.now = 4
    with pytest.raises(RateLimited) as info:
        limiter.check(1)
    assert info.value.retry_in == 6 and "Подождите 6 с" in info.value.user_message
    clock.now = 10.5
    assert limiter.retry_in(1) == 0


async def test_same_article_ten_times_is_summarized_once() -> None:
    calls = []

    def pipeline(article: Article) -> Summary:
        calls.append(article)
        time.sleep(0.2)
        return Summary("h", article.text[:20], article=article)

    service = SummaryService(pipeline, workers=2, queue_size=0)
    try:
        request = MessageInput(SEED_TEXT)
        # Ten at once (in flight together: one piece of work), then ten more (from the cache).
        first = await asyncio.gather(*(service.summarize(request) for _ in range(10)))
        again = await asyncio.gather(
            *(service.summarize(MessageInput(SEED_TEXT + "\n")) for _ in range(10))
        )
    finally:
        await service.aclose()
    assert len(calls) == 1
    assert all(s is first[0] for s in first + again)


async def test_links_fetch_once_and_failures_are_not_cached() -> None:
    fetched = []

    async def fetch(url: str) -> Article:
        fetched.append(url)
        if len(fetched) == 1:
            raise TextTooShortError("first try fails")
        return Article(SEED_TEXT, url=url, source="Сайт")

    service = SummaryService(lambda a: Summary("h", "t", article=a), fetch=fetch)
    try:
        request = MessageInput("", url="https://e.com/a?utm_source=x")
        with pytest.raises(TextTooShortError):
            await service.summarize(request)
        summary = await service.summarize(request)
        assert summary.article is not None and summary.article.source == "Сайт"
        await service.summarize(MessageInput("", url="https://E.com/a/"))
    finally:
        await service.aclose()
    assert len(fetched) == 2


async def test_full_queue_refuses_at_once() -> None:
    pipeline, backend = slow_pipeline()
    service = SummaryService(pipeline, workers=1, queue_size=1)
    try:
        texts = [SEED_TEXT + f"\nВариант {i}." for i in range(3)]
        running = service.submit(MessageInput(texts[0]))
        queued = service.submit(MessageInput(texts[1]))
        started = time.perf_counter()
        with pytest.raises(Overloaded) as info:
            service.submit(MessageInput(texts[2]))
        assert time.perf_counter() - started < 0.05
        assert "бот перегружен, попробуйте через минуту" in info.value.user_message
        # An identical request joins the work in flight instead of being refused.
        assert service.submit(MessageInput(texts[0])) is running
        backend.gate.set()
        await asyncio.gather(running, queued)
        assert service.busy == 0
    finally:
        backend.gate.set()
        await service.aclose()


async def test_the_event_loop_stays_free_while_the_pool_works() -> None:
    pipeline, backend = slow_pipeline(delay=0.5)
    service = SummaryService(pipeline, workers=2, queue_size=2)
    try:
        work = asyncio.gather(
            *(service.summarize(MessageInput(SEED_TEXT + f"\n{i}.")) for i in range(2))
        )
        lags = []
        for _ in range(10):
            started = time.perf_counter()
            await asyncio.sleep(0.01)
            lags.append(time.perf_counter() - started - 0.01)
        await work
        assert backend.calls == 2
        assert max(lags) < 0.05, lags
        assert threading.current_thread() is threading.main_thread()
    finally:
        await service.aclose()


async def test_a_caller_that_stops_waiting_leaves_the_result_in_the_cache() -> None:
    pipeline, _backend = slow_pipeline(delay=0.3)
    service = SummaryService(pipeline)
    try:
        request = MessageInput(SEED_TEXT)
        with pytest.raises(TimeoutError):
            await asyncio.wait_for(service.summarize(request), 0.05)
        assert service.cached(request) is None
        for _ in range(600):  # no wall-clock margin: the pipeline may be slow on a busy machine
            if service.cached(request) is not None:
                break
            await asyncio.sleep(0.1)
        assert service.cached(request) is not None
    finally:
        await service.aclose()


async def test_process_pool_builds_its_pipeline_once_per_worker_and_keeps_errors() -> None:
    from functools import partial

    from summarizer.errors import NotRussianError

    factory = partial(Pipeline, SummarizerSettings(_env_file=None, backend="extractive"))
    service = SummaryService(pipeline_factory=factory, pool="process", workers=1, queue_size=2)
    try:
        await service.warm_up()
        assert service.backend_name == "extractive"
        summary = await service.summarize(MessageInput(SEED_TEXT))
        assert "Токаев" in summary.text
        with pytest.raises(NotRussianError) as info:
            await service.summarize(MessageInput("The talks went well, officials said. " * 20))
        assert "английском" in info.value.user_message  # the message survives the process hop
    finally:
        await service.aclose()


def test_auto_pool_is_process_for_extractive_and_thread_for_seq2seq(
    tmp_path, tiny_model_dir
) -> None:
    from bot.service import resolve_pool
    from summarizer import SummarizerSettings

    none_on_disk = SummarizerSettings(_env_file=None, model="nobody/none", models_dir=tmp_path)
    assert resolve_pool("auto", none_on_disk) == "process"
    assert (
        resolve_pool("auto", SummarizerSettings(_env_file=None, model=str(tiny_model_dir)))
        == "thread"
    )
    assert resolve_pool("auto", SummarizerSettings(_env_file=None, backend="seq2seq")) == "thread"
    assert resolve_pool("thread", none_on_disk) == "thread"
    assert resolve_pool("process", none_on_disk) == "process"
