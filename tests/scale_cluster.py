"""Bot replicas and workers as real processes around one real redis-server and the Bot API
stand-in: what the scale-out tests and `benchmarks/scale.py` start.

Replicas run in webhook mode; the test (or benchmark) posts each update to one replica, as
Telegram behind a load balancer would. Waits are on conditions (a log line, a chat's message),
with generous limits that only matter when something is broken.
"""

from __future__ import annotations

import asyncio
import contextlib
from pathlib import Path
from typing import Any

from aiohttp import ClientSession
from bot_fixtures import TOKEN, update_message
from bot_process import BotProcess, bot_env, free_port
from botapi_stub import BotAPIStub

SECRET = "s3cret"


class Cluster:
    def __init__(self, stub: BotAPIStub, api: str, redis_url: str, tmp: Path) -> None:
        self.stub, self.api, self.redis_url, self.tmp = stub, api, redis_url, tmp
        self.bots: list[BotProcess] = []
        self.bot_ports: list[int] = []
        self.workers: list[BotProcess] = []
        self.worker_ports: list[int] = []
        self._update_id = 0
        self._http: ClientSession | None = None

    def _env(self, name: str, **extra: str) -> dict[str, str]:
        home = self.tmp / name
        home.mkdir(parents=True, exist_ok=True)
        return bot_env(self.api, home, TOKEN, REDIS_URL=self.redis_url, **extra)

    async def add_bot(self, **extra: str) -> BotProcess:
        port = free_port()
        env = self._env(
            f"bot{len(self.bots)}",
            WEBHOOK_URL="https://bot.example.org",
            WEBHOOK_SECRET=SECRET,
            WEBHOOK_HOST="127.0.0.1",
            WEBHOOK_PORT=str(port),
            **extra,
        )
        bot = await BotProcess(env, self.tmp).start()
        self.bots.append(bot)
        self.bot_ports.append(port)
        return bot

    async def add_worker(self, **extra: str) -> BotProcess:
        port = free_port()
        env = self._env(
            f"worker{len(self.workers)}",
            QUEUE_WORKER_HEALTH_HOST="127.0.0.1",
            QUEUE_WORKER_HEALTH_PORT=str(port),
            **extra,
        )
        worker = await BotProcess(env, self.tmp, module="bot.worker").start()
        self.workers.append(worker)
        self.worker_ports.append(port)
        return worker

    async def ready(self, timeout: float = 600.0) -> None:
        for bot in self.bots:
            await bot.wait_log("ready: webhook", timeout=timeout)
        for worker in self.workers:
            await worker.wait_log("ready: taking jobs", timeout=timeout)

    async def post(self, replica: int, msg: dict[str, Any]) -> int:
        """One update to one replica's webhook, as Telegram would send it (retried by the
        caller on a non-200, as Telegram does)."""
        self._update_id += 1
        self.stub.note_user_message(msg)
        body = {"update_id": self._update_id, **update_message(msg)}
        if self._http is None:
            self._http = ClientSession()
        url = f"http://127.0.0.1:{self.bot_ports[replica]}/webhook"
        headers = {"X-Telegram-Bot-Api-Secret-Token": SECRET}
        async with self._http.post(url, json=body, headers=headers) as response:
            return response.status

    async def get(self, port: int, path: str) -> tuple[int, str]:
        if self._http is None:
            self._http = ClientSession()
        async with self._http.get(f"http://127.0.0.1:{port}{path}") as response:
            return response.status, await response.text()

    def count(self, text: str) -> int:
        """Lines holding `text` across all workers' logs."""
        return sum(line.count(text) for w in self.workers for line in w.lines)

    async def stop(self) -> None:
        for proc in self.bots + self.workers:
            with contextlib.suppress(Exception):
                await proc.stop()
        if self._http is not None:
            await self._http.close()


async def wait_until(predicate: Any, timeout: float, every: float = 0.05) -> None:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not predicate():
        if loop.time() > deadline:
            raise AssertionError("condition not met in time")
        await asyncio.sleep(every)
