"""The Redis side of scaling out (issue 14), against a real redis-server (tests/redis_server.py):
what crosses Redis survives the trip, replicas share cache and limits, leases are exclusive, the
stream gives a dead consumer's job to another one, and a Redis that is away costs an answer
nothing worse than an apology (with one log line), never silence or a crash.
"""

from __future__ import annotations

import asyncio
import json
import logging
from typing import Any

import pytest
from aiogram import Bot
from bot_fixtures import SEED_TEXT, TOKEN, bot_settings
from bot_process import free_port
from botapi_stub import BotAPIStub

from bot.app import make_bot
from bot.message_input import MessageInput
from bot.queue.broker import TASK_NAME, make_broker
from bot.queue.codec import Job, summary_from_json, summary_to_json
from bot.queue.remote import UNAVAILABLE, RemoteSummaryService
from bot.queue.settings import QueueSettings
from bot.queue.state import SharedRateLimiter, SharedState, connect
from bot.render import render_summary
from summarizer.types import Article, Attribution, Figure, Speaker, Summary

SUMMARY = Summary(
    headline="Токаев и Путин обсудили товарооборот",
    text="Президенты обсудили товарооборот.",
    figures=(
        Figure(
            "30 млрд долларов",
            30e9,
            "USD",
            "довести товарооборот до 30 млрд долларов",
            score=0.9,
            shown=True,
            bullet="довести товарооборот до 30 млрд долларов",
            marks=((24, 40),),
        ),
    ),
    speakers=(
        Speaker(
            "Владимир Путин",
            "президент России",
            ("Казахстан – наш партнер", "мы договорились"),
            attributions=(
                Attribution("named", "заявил Путин", ("Владимир Путин",), 0.95, True, "…"),
                Attribution("pronoun", "добавил он", ("Путин", "Токаев"), 0.4, False, "…"),
            ),
        ),
    ),
    backend="extractive",
    truncated=True,
    dropped=1,
    article=Article("", "Заголовок", "https://example.org/a", "Пример", "2026-11-30"),
)


def state_for(url: str, **kw: Any) -> SharedState:
    return SharedState(connect(url), "t", cache_ttl=kw.get("cache_ttl", 600), done_ttl=600)


def queue_settings(url: str, **kw: Any) -> QueueSettings:
    return QueueSettings(_env_file=None, redis_url=url, prefix="t", **kw)  # type: ignore[call-arg]


def test_a_job_and_a_summary_cross_redis_unchanged() -> None:
    job = Job.new("text:abc", MessageInput(SEED_TEXT, None, "Канал", None), chat_id=5, reply_to=7)
    assert Job.from_json(job.to_json()) == job
    assert job.answer_id == "5:7"
    back = summary_from_json(summary_to_json(SUMMARY))
    assert back == SUMMARY and back.article == SUMMARY.article
    assert render_summary(back) == render_summary(SUMMARY)  # hashable again: tuples, not lists
    # The unsure quote stays hidden after the trip: the evidence travels with the quotes.
    assert back.speakers[0].shown_quotes == ("Казахстан – наш партнер",)


async def test_replicas_share_summaries_with_a_ttl(redis_server: Any) -> None:
    one, two = state_for(redis_server.url), state_for(redis_server.url, cache_ttl=50)
    assert await two.cached("url:https://example.org/a") is None
    assert await one.keep("url:https://example.org/a", SUMMARY)
    assert await two.cached("url:https://example.org/a") == SUMMARY
    keys = [k async for k in one.redis.scan_iter("t:cache:*")]
    assert len(keys) == 1 and 0 < await one.redis.ttl(keys[0]) <= 600


async def test_the_rate_limit_and_its_one_refusal_are_shared(redis_server: Any) -> None:
    a = SharedRateLimiter(state_for(redis_server.url), limit=2, window=600)
    b = SharedRateLimiter(state_for(redis_server.url), limit=2, window=600)
    assert await a.retry_in(7) == 0 and await b.retry_in(7) == 0
    wait = await a.retry_in(7)
    assert 0 < wait <= 600 and await b.retry_in(7) > 0
    assert await b.retry_in(8) == 0  # another sender has a bucket of their own
    assert await a.should_tell(7, wait) and not await b.should_tell(7, wait)


async def test_a_lease_is_one_holders_and_only_its_token_releases_it(redis_server: Any) -> None:
    one, two = state_for(redis_server.url), state_for(redis_server.url)
    token = await one.lease("computing", "x", 60)
    assert token and await two.lease("computing", "x", 60) is None
    await two.release("computing", "x", "not-the-token")
    assert await one.held("computing", "x")
    await one.release("computing", "x", token)
    assert await two.lease("computing", "x", 60)


async def test_a_lease_in_use_is_renewed_and_only_by_its_holder(redis_server: Any) -> None:
    """A worker whose fetch or summary takes longer than the lease keeps it (seen after a slow
    page let a second worker summarize the same article under load)."""
    state = state_for(redis_server.url)
    key = state.k("computing", "slow")
    token = await state.lease("computing", "slow", 3)
    assert token is not None
    await state.renew("computing", "slow", "not-the-token", 600)
    assert await state.redis.pttl(key) <= 3000
    async with state.kept("computing", "slow", token, 3):
        first = await state.redis.pttl(key)
        loop = asyncio.get_running_loop()
        deadline = loop.time() + 120
        while await state.redis.pttl(key) <= first:  # renewed: its time to live went up again
            assert loop.time() < deadline
            await asyncio.sleep(0.05)


async def test_redis_away_means_fallbacks_and_one_warning(caplog: Any) -> None:
    state = state_for(f"redis://127.0.0.1:{free_port()}/0")
    limiter = SharedRateLimiter(state, limit=1, window=600)
    with caplog.at_level(logging.WARNING, logger="bot.queue.state"):
        assert await state.cached("url:x") is None
        assert not await state.keep("url:x", SUMMARY)
        assert await limiter.retry_in(3) == 0  # counted locally meanwhile
        assert await limiter.retry_in(3) > 0
    assert len([r for r in caplog.records if "Redis unreachable" in r.message]) == 1


async def _remote(url: str, stub_url: str, **queue: Any) -> tuple[RemoteSummaryService, Bot]:
    settings = bot_settings(stub_url)
    service = RemoteSummaryService(settings, queue_settings(url, **queue))
    await service.warm_up()
    return service, make_bot(settings)


async def test_with_redis_away_the_user_gets_an_apology_not_silence() -> None:
    stub = BotAPIStub(TOKEN)
    service, bot = await _remote(
        f"redis://127.0.0.1:{free_port()}/0", await stub.start(), retry_for=0.5
    )
    try:
        assert not service.ready and service.alive  # /readyz says so; /healthz stays 200
        ok = await service.hand_off(
            bot, service.settings, chat_id=42, request=MessageInput(SEED_TEXT), reply_to=None
        )
        assert ok
        [answer] = stub.visible(42)  # the placeholder, edited into the apology
        assert answer.text == UNAVAILABLE
    finally:
        await service.aclose()
        await bot.session.close()
        await stub.stop()


async def test_a_job_carries_what_its_answer_needs(redis_server: Any) -> None:
    stub = BotAPIStub(TOKEN)
    service, bot = await _remote(redis_server.url, await stub.start())
    try:
        assert service.ready
        await service.hand_off(
            bot,
            service.settings,
            chat_id=42,
            request=MessageInput(SEED_TEXT, source="Канал"),
            reply_to=77,
            user=9,
        )
        [placeholder] = stub.visible(42)
        [(_, [(_, fields)])] = await service.redis.xread({"t:jobs": "0"})
        message = json.loads(fields[b"data"])
        assert message["task_name"] == TASK_NAME
        job = Job.from_json(message["args"][0])
        assert (job.chat_id, job.reply_to, job.placeholder, job.user) == (
            42,
            77,
            placeholder.message_id,
            9,
        )
        assert job.text == SEED_TEXT and job.source == "Канал"
    finally:
        await service.aclose()
        await bot.session.close()
        await stub.stop()


async def test_a_job_a_consumer_never_acknowledged_goes_to_another_on_a_quiet_queue(
    redis_server: Any,
) -> None:
    settings = queue_settings(redis_server.url, redeliver_after=0.3)
    sender, first, second = (
        make_broker(settings),
        make_broker(settings, consumer="first"),
        make_broker(settings, consumer="second"),
    )
    for broker in (sender, first, second):
        await broker.startup()
    try:
        from taskiq.kicker import AsyncKicker

        await AsyncKicker(TASK_NAME, sender, {}).kiq("payload")
        taken = await asyncio.wait_for(anext(first.listen()), 60)  # and never acknowledged
        assert b"payload" in taken.data
        # No new job comes in; the second consumer still finds the abandoned one.
        again = await asyncio.wait_for(anext(second.listen()), 60)
        assert again.data == taken.data
        await again.ack()  # type: ignore[misc]
        assert second.in_hand == set()
        async with connect(redis_server.url) as redis:
            assert (await redis.xpending("t:jobs", "workers"))["pending"] == 0
    finally:
        for broker in (sender, first, second):
            await broker.shutdown()


@pytest.mark.parametrize("value", ["localhost:6379", "http://x"])
def test_a_redis_url_that_is_not_one_is_refused(value: str) -> None:
    with pytest.raises(ValueError, match="redis://"):
        QueueSettings(_env_file=None, redis_url=value)  # type: ignore[call-arg]


async def test_a_worker_outlives_a_redis_that_came_back_empty(
    redis_server: Any, caplog: Any
) -> None:
    """Redis restarted without its data (no persistence): the consumer group is gone; the
    worker's reader says so once, makes the group again and reads the next job."""
    import shutil

    settings = queue_settings(redis_server.url)
    sender, worker = make_broker(settings), make_broker(settings, consumer="w")
    await sender.startup()
    await worker.startup()
    reading = asyncio.ensure_future(anext(worker.listen()))
    try:
        with caplog.at_level(logging.INFO, logger="bot.queue"):
            await asyncio.to_thread(redis_server.stop)
            shutil.rmtree(redis_server.dir / "appendonlydir", ignore_errors=True)
            redis_server.start()
            await redis_server.ready()
            from taskiq.kicker import AsyncKicker

            for _ in range(5):  # the sender's pooled connection died with the old server
                try:
                    await AsyncKicker(TASK_NAME, sender, {}).kiq("after the restart")
                    break
                except Exception:
                    await asyncio.sleep(0.2)
            message = await asyncio.wait_for(reading, 120)
        assert b"after the restart" in message.data
        assert any("created again" in r.message for r in caplog.records)
        assert len([r for r in caplog.records if "Redis unreachable" in r.message]) == 1
    finally:
        reading.cancel()
        await sender.shutdown()
        await worker.shutdown()


async def test_an_acknowledgement_meeting_a_redis_restart_is_one_warning_not_a_traceback(
    redis_server: Any, caplog: Any
) -> None:
    """The job is done and Redis goes away as the worker acknowledges it: a few tries, then
    one warning; the job stays pending for another worker (its answer is not sent twice: the
    delivery record), and the worker's reader is not left with an exception."""
    settings = queue_settings(redis_server.url, redeliver_after=0.3)
    sender, worker = make_broker(settings), make_broker(settings, consumer="w")
    await sender.startup()
    await worker.startup()
    try:
        from taskiq.kicker import AsyncKicker

        await AsyncKicker(TASK_NAME, sender, {}).kiq("done before the outage")
        taken = await asyncio.wait_for(anext(worker.listen()), 60)
        await asyncio.to_thread(redis_server.stop)
        with caplog.at_level(logging.INFO, logger="bot.queue"):
            await taken.ack()  # type: ignore[misc]  # must not raise
        assert worker.in_hand == set()  # no longer touched: another worker may take it over
        warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
        assert any("not acknowledged" in r.message for r in warnings)
        assert len([r for r in warnings if "Redis unreachable" in r.message]) == 1
    finally:
        redis_server.start()
        await redis_server.ready()
        await sender.shutdown()
        await worker.shutdown()
