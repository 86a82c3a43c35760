"""`python -m bot` as a service (issues 12 and 15): real processes against the Bot API stand-in.

Start-up failures in one line; health and readiness in both modes; SIGINT and SIGTERM drain what
is in hand and exit 0, in polling and webhook mode and as PID 1; kill -9 leaves no worker behind
and the restart answers what was in hand, once. Slow work is a link to a local page the test
releases; every wait is on a condition (a log line, a message in the chat, a process gone).
"""

from __future__ import annotations

import asyncio
import signal
import sys
from pathlib import Path

import pytest
from aiohttp import ClientSession
from bot_fixtures import SEED_TEXT, TOKEN, article_html, message, update_message, url_entities
from bot_process import (
    ROOT,
    BotProcess,
    bot_env,
    can_be_pid1,
    children_of,
    free_port,
    hanging_site,
    wait_gone,
)
from botapi_stub import BotAPIStub

pytestmark = pytest.mark.slow

PAGE = article_html("Токаев и Путин обсудили товарооборот", SEED_TEXT).encode()
PAGES = {"/a": PAGE, "/b": PAGE + b"<!-- b -->"}


def chat(n: int) -> dict:
    return {"id": 900 + n, "first_name": f"Читатель {n}", "type": "private"}


def user(n: int) -> dict:
    return {"id": 900 + n, "is_bot": False, "first_name": f"Читатель {n}"}


def link_message(site: str, path: str, n: int) -> dict:
    url = site + path
    return message(url, entities=url_entities(url), chat=chat(n), user=user(n))


def shown(stub: BotAPIStub, n: int) -> list[str]:
    return [m.text for m in stub.visible(900 + n)]


async def healthcheck(env: dict[str, str]) -> int:
    """`python -m bot --healthcheck` (the Dockerfile's HEALTHCHECK) with the bot's environment."""
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "--healthcheck", env=env, cwd=ROOT
    )
    return await proc.wait()


async def get(url: str) -> tuple[int, dict]:
    async with ClientSession() as http, http.get(url) as response:
        return response.status, await response.json()


@pytest.mark.parametrize(
    "fault, expected, code",
    [
        ("revoked", "Telegram rejected BOT_TOKEN (401 Unauthorized)", 2),
        ("unreachable", "Cannot reach the Bot API at http://127.0.0.1:", 1),
    ],
)
async def test_a_bad_token_or_api_url_is_one_line_before_anything_loads(
    fault: str, expected: str, code: int, tmp_path: Path
) -> None:
    stub = BotAPIStub(TOKEN)
    url = await stub.start()
    stub.revoked = True
    if fault == "unreachable":
        url = f"http://127.0.0.1:{free_port()}"
    bot = await BotProcess(bot_env(url, tmp_path, TOKEN), tmp_path).start()
    try:
        assert await bot.wait_exit(300) == code
    finally:
        await bot.stop()
        await stub.stop()
    assert "Traceback" not in bot.output
    assert len([line for line in bot.lines if expected in line]) == 1
    assert "starting newsbrief-bot" in bot.lines[0]  # the first line comes at once
    assert "loading the summarizer" not in bot.output  # the check came first


async def test_polling_health_then_sigint_drains_and_a_second_signal_apologises(
    tmp_path: Path,
) -> None:
    stub = BotAPIStub(TOKEN)
    api = await stub.start()
    env = bot_env(api, tmp_path, TOKEN, BOT_DRAIN_TIMEOUT="600")
    health = f"http://127.0.0.1:{env['BOT_HEALTH_PORT']}"
    async with hanging_site(PAGES) as (site, release):
        bot = await BotProcess(env, tmp_path).start()
        try:
            await bot.wait_log("ready: long polling")
            assert (await get(health + "/healthz"))[0] == 200
            assert await healthcheck(env) == 0
            status, ready = await get(health + "/readyz")
            assert status == 200 and ready["backend"] == "extractive"

            stub.push(update_message(message(SEED_TEXT, chat=chat(0), user=user(0))))
            await stub.wait_for(lambda s: "Токаев" in "".join(shown(s, 0)), 120)
            stub.push(update_message(link_message(site, "/a", 1)))
            stub.push(update_message(link_message(site, "/b", 2)))
            await stub.wait_for(lambda s: shown(s, 1) and shown(s, 2), 120)  # placeholders

            bot.signal(signal.SIGINT)
            await bot.wait_log("updates in hand: waiting")
            status, ready = await get(health + "/readyz")
            assert status == 503 and "stopping" in ready["problems"]
            assert (await get(health + "/healthz"))[0] == 200  # alive while it drains
            stub.push(update_message(message(SEED_TEXT, chat=chat(3), user=user(3))))

            release["/a"].set()  # one finishes within the drain...
            await stub.wait_for(lambda s: "Токаев" in "".join(shown(s, 1)), 120)
            bot.signal(signal.SIGTERM)  # ...the other is cut short by a second signal
            assert await bot.wait_exit() == 0
            assert await healthcheck(env) == 1  # nothing answers any more
        finally:
            await bot.stop()
            await stub.stop()
    assert "Токаев" in shown(stub, 0)[0] and len(shown(stub, 0)) == 1
    [reply_a] = shown(stub, 1)
    [reply_b] = shown(stub, 2)
    assert "Токаев" in reply_a
    assert "перезапускается" in reply_b  # its placeholder, edited into the apology
    assert shown(stub, 3) == [] and stub.pending_updates == 1  # taken after the stop: not at all
    assert len(stub.requests("setMyCommands", ok_only=True)) == 2
    assert stub.requests("deleteWebhook", ok_only=True)
    assert "summarizer backend: extractive" in bot.output
    assert "Traceback" not in bot.output and bot.lines[-1].endswith("stopped")
    assert stub.violations == []


async def test_kill_9_leaves_no_workers_and_the_restart_answers_what_was_in_hand(
    tmp_path: Path,
) -> None:
    stub = BotAPIStub(TOKEN)
    api = await stub.start()
    env = bot_env(api, tmp_path, TOKEN, BOT_POOL="process")
    async with hanging_site(PAGES) as (site, release):
        first = await BotProcess(env, tmp_path).start()
        second = BotProcess(env, tmp_path)
        try:
            await first.wait_log("ready: long polling")
            workers = children_of(first.pid)
            assert workers  # the pool's process (and multiprocessing's resource tracker)
            stub.push(update_message(link_message(site, "/a", 1)))
            stub.push(update_message(link_message(site, "/b", 2)))
            await stub.wait_for(lambda s: shown(s, 1) and shown(s, 2), 120)  # placeholders

            first.signal(signal.SIGKILL)
            assert await first.wait_exit() == -signal.SIGKILL
            assert await wait_gone(workers) == []  # nothing orphaned

            for event in release.values():
                event.set()
            await second.start()
            await second.wait_log("answering 2 requests left from before the restart")
            await stub.wait_for(
                lambda s: all("Токаев" in "".join(shown(s, n)) for n in (1, 2)), 300
            )
            second.signal(signal.SIGTERM)
            assert await second.wait_exit() == 0
        finally:
            await first.stop()
            await second.stop()
            await stub.stop()
    for n in (1, 2):
        [reply] = stub.visible(900 + n)  # exactly once, and in the placeholder it had
        assert "Токаев" in reply.text and reply.edits == 1
    assert stub.violations == []


async def test_webhook_mode_as_pid_1_stops_on_sigterm_after_the_work_in_hand(
    tmp_path: Path,
) -> None:
    pid1 = can_be_pid1()
    stub = BotAPIStub(TOKEN)
    api = await stub.start()
    port = free_port()
    env = bot_env(
        api,
        tmp_path,
        TOKEN,
        WEBHOOK_URL="https://bot.example.org",
        WEBHOOK_SECRET="s3cret",
        WEBHOOK_HOST="127.0.0.1",
        WEBHOOK_PORT=str(port),
        BOT_POOL="process",
        BOT_DRAIN_TIMEOUT="600",
    )
    base = f"http://127.0.0.1:{port}"
    headers = {"X-Telegram-Bot-Api-Secret-Token": "s3cret"}

    async def post(update_id: int, msg: dict) -> int:
        body = {"update_id": update_id, **update_message(msg)}
        async with (
            ClientSession() as http,
            http.post(base + "/webhook", json=body, headers=headers) as response,
        ):
            return response.status

    async with hanging_site(PAGES) as (site, release):
        bot = await BotProcess(env, tmp_path, pid1=pid1).start()
        try:
            await bot.wait_log("ready: webhook")
            assert stub.requests("setWebhook", ok_only=True)[0].params["secret_token"] == "s3cret"
            assert (await get(base + "/healthz"))[0] == 200
            assert (await get(base + "/readyz"))[0] == 200
            assert await healthcheck(env) == 0  # on WEBHOOK_PORT, not BOT_HEALTH_PORT
            workers = children_of(bot.pid)
            assert await post(1, link_message(site, "/a", 1)) == 200
            await stub.wait_for(lambda s: shown(s, 1), 120)  # the placeholder

            bot.signal(signal.SIGTERM)
            await bot.wait_log("updates in hand: waiting")
            assert await post(2, message(SEED_TEXT, chat=chat(2), user=user(2))) == 503
            release["/a"].set()
            assert await bot.wait_exit() == 0  # the work in hand finished, then it stopped
            assert await wait_gone(workers) == []
        finally:
            await bot.stop()
            await stub.stop()
    [reply] = shown(stub, 1)
    assert "Токаев" in reply
    assert shown(stub, 2) == []
    assert "SIGTERM received: stopping" in bot.output and "Traceback" not in bot.output
    if pid1:
        assert "pid 1)" in bot.lines[0]  # it really was PID 1 of its namespace
