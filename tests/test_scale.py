"""Past one machine (issue 14), with real processes: two bot replicas (webhook mode) and two
workers (`python -m bot.worker`) on one real redis-server, against the Bot API stand-in.

The replicas share the summary cache and the rate limits; the same article through both at once
is summarized once; a worker killed with SIGKILL in the middle of a job, and the replica that
took the request killed too, still leave exactly one answer; a Redis restart in the middle of a
run loses nothing. Slow work is a link to a local page the test releases; every wait is on a
condition (a message in the chat, a log line), never on a clock.

One cluster for the module: starting four processes that load the NLP stack costs about a
minute each on a loaded two-core machine. The tests use their own chats and articles; the kill
test runs last, since it leaves one worker and one replica.
"""

from __future__ import annotations

import asyncio
import json
import os
import signal
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
import pytest_asyncio
from bot_fixtures import SEED_TEXT, TOKEN, article_html, message, update_inline, url_entities
from bot_process import hanging_site
from botapi_stub import BotAPIStub
from redis_server import RedisServer
from scale_cluster import Cluster, wait_until

pytestmark = [pytest.mark.slow, pytest.mark.asyncio(loop_scope="module")]

PAGE = article_html("Токаев и Путин обсудили товарооборот", SEED_TEXT).encode()
PAGES = {
    "/shared": PAGE,
    "/killed": PAGE + b"<!-- killed -->",
    "/inline": PAGE + b"<!-- inline -->",
}
LIMIT = "3"
WAIT = 300.0  # seconds: only reached when something is broken


def person(n: int) -> tuple[dict[str, Any], dict[str, Any]]:
    chat = {"id": 5000 + n, "first_name": f"Читатель {n}", "type": "private"}
    user = {"id": 5000 + n, "is_bot": False, "first_name": f"Читатель {n}"}
    return chat, user


def text_message(n: int, text: str) -> dict[str, Any]:
    chat, user = person(n)
    return message(text, chat=chat, user=user)


def link_message(n: int, url: str) -> dict[str, Any]:
    chat, user = person(n)
    return message(url, entities=url_entities(url), chat=chat, user=user)


def shown(stub: BotAPIStub, n: int) -> list[str]:
    return [m.text for m in stub.visible(5000 + n)]


def unique_text(n: int) -> str:
    return f"{SEED_TEXT}\nДополнение редакции номер {n}: материал обновлён."


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def world(tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[dict[str, Any]]:
    tmp = tmp_path_factory.mktemp("scale")
    redis = RedisServer(tmp / "redis").start()
    stub = BotAPIStub(TOKEN)
    api = await stub.start()
    cluster = Cluster(stub, api, redis.url, tmp)
    env = {"BOT_RATE_LIMIT": LIMIT, "BOT_RATE_WINDOW": "600", "QUEUE_REDELIVER_AFTER": "3"}
    async with hanging_site(PAGES) as (site, release):
        try:
            await redis.ready()
            for _ in range(2):
                await cluster.add_bot(**env)
                await cluster.add_worker(**env)
            await cluster.ready()
            yield {
                "stub": stub,
                "cluster": cluster,
                "redis": redis,
                "site": site,
                "release": release,
            }
        finally:
            await cluster.stop()
            await stub.stop()
            redis.stop()
            for proc in cluster.bots + cluster.workers:  # shown by pytest when a test failed
                print(f"--- python -m {proc.module}\n{proc.output}")


async def test_one_article_through_two_replicas_is_one_summary_and_then_a_shared_cache_hit(
    world: dict[str, Any],
) -> None:
    stub, cluster = world["stub"], world["cluster"]
    url = world["site"] + "/shared"
    summarized = cluster.count("summarized")
    assert await cluster.post(0, link_message(1, url)) == 200
    assert await cluster.post(1, link_message(2, url)) == 200
    # Both requests are in flight (placeholders shown) while the page hangs.
    await wait_until(lambda: shown(stub, 1) and shown(stub, 2), WAIT)
    await wait_until(
        lambda: cluster.count("taken (chat 5002") and cluster.count("(chat 5001"), WAIT
    )
    world["release"]["/shared"].set()
    await wait_until(lambda: all("Токаев" in "".join(shown(stub, n)) for n in (1, 2)), WAIT)
    assert cluster.count("summarized") == summarized + 1  # one summary for both chats
    assert len(shown(stub, 1)) == len(shown(stub, 2)) == 1  # the placeholder became the reply

    taken = cluster.count("taken (chat")
    assert await cluster.post(1, link_message(3, url)) == 200  # the other replica, later
    await wait_until(lambda: "Токаев" in "".join(shown(stub, 3)), WAIT)
    assert cluster.count("taken (chat") == taken  # answered from the shared cache: no job
    assert len(shown(stub, 3)) == 1


async def test_health_readiness_and_metrics_on_both_roles(world: dict[str, Any]) -> None:
    cluster = world["cluster"]
    for port in cluster.worker_ports:
        assert (await cluster.get(port, "/healthz"))[0] == 200
        status, body = await cluster.get(port, "/readyz")
        assert status == 200 and '"redis_ok": true' in body
        assert "newsbrief_stage_seconds_bucket" in (await cluster.get(port, "/metrics"))[1]
    port = cluster.bot_ports[1]
    await wait_until_async(lambda: ready_with_workers(cluster, port), WAIT)
    metrics = (await cluster.get(port, "/metrics"))[1]
    assert 'newsbrief_updates_total{kind="message"}' in metrics
    assert 'newsbrief_cache_lookups_total{result="hit"}' in metrics  # the shared cache hit


async def ready_with_workers(cluster: Cluster, port: int) -> bool:
    status, body = await cluster.get(port, "/readyz")
    return status == 200 and '"workers": 2' in body


async def wait_until_async(predicate: Any, timeout: float) -> None:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not await predicate():
        assert loop.time() < deadline, "condition not met in time"
        await asyncio.sleep(0.1)


async def test_an_inline_query_is_answered_by_its_replica_from_a_workers_summary(
    world: dict[str, Any],
) -> None:
    stub, cluster = world["stub"], world["cluster"]
    world["release"]["/inline"].set()
    url = world["site"] + "/inline"
    update = update_inline(url, query_id="q1")
    body = {"update_id": 10_000, **update}
    assert await post_raw(cluster, 0, body) == 200
    await wait_until(lambda: stub.requests("answerInlineQuery", ok_only=True), WAIT)
    [answer] = stub.requests("answerInlineQuery", ok_only=True)
    text = json.dumps(answer.params["results"], ensure_ascii=False)  # or "готовится" when slow
    assert "Токаев" in text or "готовится" in text
    await wait_until(lambda: cluster.count("cached (chat None)"), WAIT)  # the job filled the cache


async def post_raw(cluster: Cluster, replica: int, body: dict[str, Any]) -> int:
    from scale_cluster import SECRET

    if cluster._http is None:
        from aiohttp import ClientSession

        cluster._http = ClientSession()
    url = f"http://127.0.0.1:{cluster.bot_ports[replica]}/webhook"
    headers = {"X-Telegram-Bot-Api-Secret-Token": SECRET}
    async with cluster._http.post(url, json=body, headers=headers) as response:
        return response.status


async def test_the_rate_limit_counts_across_replicas(world: dict[str, Any]) -> None:
    stub, cluster = world["stub"], world["cluster"]
    for i in range(int(LIMIT)):  # alternate replicas: the limit is per user, not per replica
        assert await cluster.post(i % 2, text_message(4, unique_text(400 + i))) == 200
    await wait_until(lambda: len(shown(stub, 4)) == int(LIMIT), WAIT)
    assert await cluster.post(1, text_message(4, unique_text(499))) == 200
    await wait_until(lambda: any("Слишком много запросов" in t for t in shown(stub, 4)), WAIT)
    await wait_until(lambda: all("⏳" not in t for t in shown(stub, 4)), WAIT)
    replies = shown(stub, 4)
    assert sum("Токаев" in t for t in replies) == int(LIMIT)
    assert len(replies) == int(LIMIT) + 1


async def test_a_redis_restart_in_the_middle_of_a_run_loses_no_request(
    world: dict[str, Any],
) -> None:
    stub, cluster, redis = world["stub"], world["cluster"], world["redis"]
    people = list(range(10, 16))
    for n in people[:3]:
        assert await cluster.post(n % 2, text_message(n, unique_text(n))) == 200
    await redis.restart()  # SIGTERM (the append-only file is written), then a fresh start
    for n in people[3:]:
        assert await cluster.post(n % 2, text_message(n, unique_text(n))) == 200
    await wait_until(lambda: all("Токаев" in "".join(shown(stub, n)) for n in people), WAIT)
    await wait_until(lambda: all("⏳" not in "".join(shown(stub, n)) for n in people), WAIT)
    assert all(len(shown(stub, n)) == 1 for n in people)  # exactly one answer each
    assert all(proc.proc and proc.proc.returncode is None for proc in cluster.bots)
    for proc in cluster.bots + cluster.workers:
        assert "Traceback" not in proc.output


async def test_a_worker_and_the_replica_killed_mid_job_still_one_answer(
    world: dict[str, Any],
) -> None:
    stub, cluster = world["stub"], world["cluster"]
    n = 20
    assert await cluster.post(0, link_message(n, world["site"] + "/killed")) == 200
    await wait_until(lambda: shown(stub, n), WAIT)  # the placeholder: the request was taken
    await wait_until(lambda: cluster.count(f"taken (chat {5000 + n}"), WAIT)
    [busy] = [w for w in cluster.workers if f"taken (chat {5000 + n}" in w.output]
    other = next(w for w in cluster.workers if w is not busy)
    os.kill(busy.pid, signal.SIGKILL)  # in the middle of fetching the page
    os.kill(cluster.bots[0].pid, signal.SIGKILL)  # and the replica that accepted it
    await busy.wait_exit()
    await cluster.bots[0].wait_exit()
    world["release"]["/killed"].set()
    await wait_until(lambda: "Токаев" in "".join(shown(stub, n)), WAIT)
    await other.wait_log(f"answered (chat {5000 + n})", timeout=WAIT)  # its job is over
    assert "taken over from a worker that did not finish it" in other.output
    assert len(shown(stub, n)) == 1  # the placeholder, edited into the one answer
    edits = [
        call
        for call in stub.requests("editMessageText", ok_only=True)
        if str(call.params.get("chat_id")) == str(5000 + n)
    ]
    assert len(edits) == 1
    other.signal(signal.SIGTERM)  # a worker stops cleanly
    assert await other.wait_exit() == 0
    assert "Traceback" not in other.output
