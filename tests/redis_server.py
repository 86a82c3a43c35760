"""A real `redis-server` on 127.0.0.1 at a random port, for the tests of the Redis queue.

Never an in-process imitation: the point is Redis's own semantics (streams, consumer groups,
XAUTOCLAIM, TTLs, Lua). Tests skip when redis-server is not installed, except under
NEWSBRIEF_REQUIRE_REDIS=1 (set by .ci/run, which installs Debian's redis-server), where that is
a failure. Append-only persistence, so a restart (SIGTERM, then start) keeps the job stream, as
the docker-compose service does.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import shutil
import signal
import subprocess
from pathlib import Path

import pytest
from bot_process import free_port

REDIS_SERVER = shutil.which("redis-server")


def require_redis() -> str:
    if REDIS_SERVER is None:
        if os.environ.get("NEWSBRIEF_REQUIRE_REDIS") == "1":
            pytest.fail("redis-server is not installed (apt-get install -y redis-server)")
        pytest.skip("redis-server is not installed (apt-get install -y redis-server)")
    return REDIS_SERVER


class RedisServer:
    def __init__(self, workdir: Path, port: int | None = None) -> None:
        self.binary = require_redis()
        self.dir = workdir
        self.dir.mkdir(parents=True, exist_ok=True)
        self.port = port or free_port()
        self.proc: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> RedisServer:
        self.proc = subprocess.Popen(
            [
                self.binary,
                "--port", str(self.port),
                "--bind", "127.0.0.1",
                "--dir", str(self.dir),
                "--save", "",
                "--appendonly", "yes",
                "--maxmemory", "64mb",
                "--maxmemory-policy", "volatile-lru",
                "--daemonize", "no",
                "--logfile", str(self.dir / "redis.log"),
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )  # fmt: skip
        return self

    async def ready(self, timeout: float = 60.0) -> None:
        from redis.asyncio import Redis

        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while True:
            try:
                async with Redis.from_url(self.url) as client:
                    if await client.ping():
                        return
            except Exception:
                if loop.time() > deadline:
                    raise
            await asyncio.sleep(0.05)

    def stop(self, sig: signal.Signals = signal.SIGTERM) -> None:
        """SIGTERM: Redis writes its append-only file and exits; SIGKILL: it just dies."""
        if self.proc is None or self.proc.poll() is not None:
            return
        self.proc.send_signal(sig)
        with contextlib.suppress(subprocess.TimeoutExpired):
            self.proc.wait(60)
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(10)

    async def restart(self) -> None:
        await asyncio.to_thread(self.stop)
        self.start()
        await self.ready()
