"""The service: keys, cache, limits, admission by expected wait, fetch slots, drain and abort,
and the pool that keeps the event loop free. No test here waits on the clock: slow work is held
by gates the test opens, and time that matters comes from a fake clock."""

from __future__ import annotations

import asyncio
import threading

import pytest
from bot_fixtures import SEED_TEXT, SlowBackend

from bot.message_input import MessageInput
from bot.service import (
    Overloaded,
    RateLimited,
    RateLimiter,
    ServiceTime,
    ShuttingDown,
    SummaryCache,
    SummaryService,
    cache_key,
    normalize_url,
    slim,
    summary_bytes,
)
from summarizer import Pipeline, SummarizerSettings
from summarizer.errors import TextTooShortError
from summarizer.types import Article, Figure, Summary


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def slow_pipeline(delay: float = 60.0) -> tuple[Pipeline, SlowBackend]:
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


def test_cache_keeps_the_summary_not_the_article_and_is_bounded_in_bytes() -> None:
    page_text = "Очень длинная статья. " * 200_000  # ~4.4 MB of text behind one summary
    article = Article(page_text, "Заголовок", "https://e.com/a", "Сайт", "2024-01-01")
    summary = Summary(
        "h", "Короткий пересказ.", (Figure("5 млн", 5e6, None, "c"),), article=article
    )
    assert summary_bytes(summary) > 4_000_000
    kept = SummaryCache(size=100, max_bytes=10_000).put("a", summary)
    assert kept.article == Article("", "Заголовок", "https://e.com/a", "Сайт", "2024-01-01")
    assert summary_bytes(kept) < 3_000 and slim(kept) is kept

    cache = SummaryCache(size=100, max_bytes=10_000)
    for i in range(20):
        cache.put(str(i), summary)
    assert cache.bytes <= 10_000 and 0 < len(cache) < 20
    assert cache.get("19") is not None and cache.get("0") is None  # the oldest went first
    assert cache.bytes == sum(summary_bytes(cache.get(k)) for k in list(cache._items))


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


def test_a_flood_is_told_once_per_refusal_period() -> None:
    clock = Clock()
    limiter = RateLimiter(limit=1, window=10, clock=clock)
    limiter.check(1)
    told = []
    for _ in range(30):
        try:
            limiter.check(1)
        except RateLimited as exc:
            told.append(limiter.should_tell(1, exc.retry_in))
    assert told.count(True) == 1 and len(told) == 30
    clock.now = 10.5  # a new period: the next refusal is told again
    limiter.check(1)
    with pytest.raises(RateLimited) as info:
        limiter.check(1)
    assert limiter.should_tell(1, info.value.retry_in)


async def test_same_article_ten_times_is_summarized_once() -> None:
    calls = []

    def pipeline(article: Article) -> Summary:
        calls.append(article)
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


def _texts(n: int) -> list[MessageInput]:
    return [MessageInput(SEED_TEXT + f"\nВариант {i}.") for i in range(n)]


async def test_admission_is_by_expected_wait_and_says_how_long() -> None:
    pipeline, backend = slow_pipeline()
    # Each job is expected to take 10 s (a learned rate, set here): one worker, replies within
    # 35 s -> the running job and two queued ones fit (replies at 10, 20, 30 s); a fourth would
    # wait 30 s for its turn and reply at 40.
    requests = _texts(4)
    rate = 10.0 / (len(requests[0].text) + ServiceTime.OVERHEAD_CHARS)
    service = SummaryService(
        pipeline, workers=1, max_wait=35, service_time=ServiceTime(seconds_per_char=rate)
    )
    try:
        running = [service.submit(r) for r in requests[:3]]
        with pytest.raises(Overloaded) as info:
            service.submit(requests[3])
        assert info.value.wait == pytest.approx(30, abs=1)
        assert "очередь примерно на 30 с" in info.value.user_message
        # An identical request joins the work in flight instead of being refused.
        assert service.submit(requests[0]) is running[0]
        assert service.expected_wait_for(requests[2]) == pytest.approx(30, abs=1)
        backend.gate.set()
        await asyncio.gather(*running)
        assert service.busy == 0
        assert service.service_time.observed == 3  # what it measured replaces the guess
    finally:
        backend.gate.set()
        await service.aclose()


async def test_a_burst_within_the_bound_is_queued_not_refused() -> None:
    gate = threading.Event()

    def pipeline(article: Article) -> Summary:
        gate.wait(60)
        return Summary("h", article.text[-12:], article=article)

    rate = 0.1 / (len(SEED_TEXT) + ServiceTime.OVERHEAD_CHARS)  # a 0.1 s article
    service = SummaryService(
        pipeline, workers=2, max_wait=60, service_time=ServiceTime(seconds_per_char=rate)
    )
    try:
        works = [service.submit(r) for r in _texts(45)]  # a burst of 45 at once: ~2.3 s of work
        assert service.stats()["queued"] == 43 and service.stats()["running"] == 2
        gate.set()
        assert len(await asyncio.gather(*works)) == 45
    finally:
        gate.set()
        await service.aclose()


async def test_hanging_links_hold_only_fetch_slots_a_few_per_user() -> None:
    release = asyncio.Event()
    asked: list[str] = []

    async def fetch(url: str) -> Article:
        asked.append(url)
        if "hang" in url:
            await release.wait()
        return Article(SEED_TEXT + url, url=url)

    service = SummaryService(
        extractive_pipeline(), fetch=fetch, fetch_slots=4, fetch_per_user=2, fetch_queue=3
    )
    try:
        hanging = [
            service.submit(MessageInput("", url=f"https://slow.example/hang/{user}/{i}"), user)
            for user in (1, 2)
            for i in range(3)
        ]
        while len(asked) < 4:  # let the fetches start
            await asyncio.sleep(0.01)
        for _ in range(20):
            await asyncio.sleep(0)
        assert len(asked) == 4  # two each; each user's third waits for their own slot
        # Text and other users' links are not held up by the hanging sites.
        assert "Токаев" in (await service.summarize(MessageInput(SEED_TEXT))).text
        more = service.submit(MessageInput("", url="https://fast.example/a"), 3)
        with pytest.raises(Overloaded):  # 4 fetching + 3 waiting: the link slots and line are full
            service.submit(MessageInput("", url="https://fast.example/b"), 4)
        release.set()
        await asyncio.gather(*hanging, more)
    finally:
        release.set()
        await service.aclose()


def extractive_pipeline() -> Pipeline:
    return Pipeline(SummarizerSettings(_env_file=None, backend="extractive"))


async def test_the_event_loop_stays_free_while_the_pool_works() -> None:
    """Both workers are held inside the pipeline until the loop itself opens the gate: if the
    pipeline ran on the event loop, the loop could not get there."""
    pipeline, backend = slow_pipeline(delay=60)
    service = SummaryService(pipeline, workers=2)
    try:
        work = asyncio.gather(*(service.summarize(r) for r in _texts(2)))
        ticks = 0
        while backend.calls < 2:  # both jobs are inside the pipeline, blocked on the gate
            await asyncio.sleep(0.01)
            ticks += 1
        for _ in range(10):
            await asyncio.sleep(0)
            ticks += 1
        assert not work.done() and ticks >= 10
        backend.gate.set()
        await work
        assert threading.current_thread() is threading.main_thread()
    finally:
        backend.gate.set()
        await service.aclose()


async def test_a_caller_that_stops_waiting_leaves_the_result_in_the_cache() -> None:
    pipeline, backend = slow_pipeline(delay=60)
    service = SummaryService(pipeline)
    try:
        request = MessageInput(SEED_TEXT)
        caller = asyncio.ensure_future(service.summarize(request))
        while backend.calls < 1:
            await asyncio.sleep(0.01)
        caller.cancel()  # an inline query out of time
        with pytest.raises(asyncio.CancelledError):
            await caller
        assert service.cached(request) is None and service.busy == 1
        backend.gate.set()
        await service.drain(60)
        assert service.cached(request) is not None
    finally:
        backend.gate.set()
        await service.aclose()


async def test_a_stop_drains_then_tells_the_rest_it_is_restarting() -> None:
    pipeline, backend = slow_pipeline(delay=60)
    release = asyncio.Event()

    async def fetch(url: str) -> Article:
        await release.wait()
        return Article(SEED_TEXT, url=url)

    service = SummaryService(pipeline, workers=1, fetch=fetch)
    try:
        running, queued = (service.submit(r) for r in _texts(2))
        fetching = service.submit(MessageInput("", url="https://e.com/slow"))
        service.stop_taking()
        with pytest.raises(ShuttingDown):
            service.submit(MessageInput(SEED_TEXT + "\nновый"))
        assert not await service.drain(0.01)  # the gate is shut: nothing can finish
        assert service.abort() == 3
        for work in (running, queued, fetching):
            with pytest.raises(ShuttingDown) as info:
                await work
            assert "перезапускается" in info.value.user_message
        backend.gate.set()
        assert await service.drain(60)
    finally:
        backend.gate.set()
        release.set()
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


async def test_a_dead_worker_makes_the_bot_unhealthy_and_the_pool_is_rebuilt() -> None:
    """/healthz is not "always ok": a worker process killed (OOM, a native crash) turns liveness
    into a 503; the request that finds the pool broken fails, and the rebuilt pool serves the next
    one, which makes the bot live again."""
    import os
    import signal
    from functools import partial

    from bot.runtime import Health

    factory = partial(Pipeline, SummarizerSettings(_env_file=None, backend="extractive"))
    service = SummaryService(pipeline_factory=factory, pool="process", workers=1, queue_size=2)
    try:
        await service.warm_up()
        health = Health(service, polling=False, poll_timeout=1)
        assert health.live()[0]
        [worker] = service._pool.processes()
        os.kill(worker.pid, signal.SIGKILL)
        for _ in range(6000):  # the executor notices the death on its own thread
            if not health.live()[0]:
                break
            await asyncio.sleep(0.05)
        ok, detail = health.live()
        assert not ok
        assert detail["problems"] == ["worker pool is not alive"]
        with pytest.raises(Exception):  # noqa: B017 (whatever the broken pool raises)
            await service.summarize(MessageInput(SEED_TEXT))
        summary = await service.summarize(MessageInput(SEED_TEXT + "\nЕщё раз."))
        assert "Токаев" in summary.text
        assert health.live()[0]
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
