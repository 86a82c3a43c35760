"""`python -m bot` as a real process: started, watched through its log, signalled, killed.

Used by the kill, restart and signal tests and by the load benchmark. Everything is waited for by
condition (a log line, a process gone), with generous limits that only matter when a test fails.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import shutil
import signal
import socket
import subprocess
import sys
from collections.abc import AsyncIterator
from pathlib import Path

from aiohttp import web

ROOT = Path(__file__).resolve().parents[1]
START_LIMIT = 600.0  # seconds a start may take on a loaded two-core machine


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def bot_env(api_url: str, tmp_path: Path, token: str, **extra: str) -> dict[str, str]:
    """The environment of a bot process: nothing of the developer's own settings."""
    prefixes = ("BOT_", "WEBHOOK_", "SUMMARIZER_", "FETCH_", "TELEGRAM_")
    env = {k: v for k, v in os.environ.items() if not k.startswith(prefixes)}
    env.update(
        PYTHONPATH=str(ROOT),
        BOT_TOKEN=token,
        TELEGRAM_API_URL=api_url,
        BOT_POLLING_TIMEOUT="1",
        BOT_HEALTH_HOST="127.0.0.1",
        BOT_HEALTH_PORT=str(free_port()),
        BOT_JOURNAL_PATH=str(tmp_path / "state" / "journal.sqlite3"),
        BOT_PLACEHOLDER_DELAY="0.1",
        BOT_POOL="thread",
        BOT_WORKERS="1",
        BOT_RATE_LIMIT="0",
        SUMMARIZER_BACKEND="extractive",
        SUMMARIZER_MODELS_DIR=str(tmp_path / "models"),
        FETCH_ALLOW_PRIVATE_ADDRESSES="true",
    )
    env.update(extra)
    return env


def children_of(pid: int) -> list[int]:
    """Processes whose parent is `pid` (from /proc)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        if ppid == pid:
            found.append(int(entry.name))
    return found


def alive(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"  # a zombie has exited


def can_be_pid1() -> bool:
    """Whether `unshare` can give the bot a PID namespace of its own (root, Linux)."""
    if shutil.which("unshare") is None:
        return False
    done = subprocess.run(
        ["unshare", "--pid", "--fork", "--mount-proc", "true"], capture_output=True, timeout=30
    )
    return done.returncode == 0


class BotProcess:
    def __init__(self, env: dict[str, str], cwd: Path, *, pid1: bool = False) -> None:
        self.env, self.cwd, self.pid1 = env, cwd, pid1
        self.lines: list[str] = []
        self._changed = asyncio.Condition()
        self.proc: asyncio.subprocess.Process | None = None
        self._reader: asyncio.Task[None] | None = None

    async def start(self) -> BotProcess:
        command = [sys.executable, "-m", "bot"]
        if self.pid1:  # PID 1 of a new PID namespace, as in a container without an init
            command = ["unshare", "--pid", "--fork", "--mount-proc", *command]
        self.proc = await asyncio.create_subprocess_exec(
            *command,
            cwd=self.cwd,
            env=self.env,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.STDOUT,
        )
        self._reader = asyncio.create_task(self._read())
        return self

    async def _read(self) -> None:
        assert self.proc is not None and self.proc.stdout is not None
        async for raw in self.proc.stdout:
            async with self._changed:
                self.lines.append(raw.decode(errors="replace").rstrip("\n"))
                self._changed.notify_all()
        async with self._changed:
            self._changed.notify_all()

    @property
    def output(self) -> str:
        return "\n".join(self.lines)

    @property
    def pid(self) -> int:
        """The bot's own pid (under `unshare`, the child that is PID 1 inside)."""
        assert self.proc is not None
        if not self.pid1:
            return self.proc.pid
        children = children_of(self.proc.pid)
        assert children, "unshare has no child yet"
        return children[0]

    async def wait_log(self, *texts: str, timeout: float = START_LIMIT) -> str:
        """The first log line holding one of `texts`."""

        async def wait() -> str:
            async with self._changed:
                while True:
                    for line in self.lines:
                        if any(text in line for text in texts):
                            return line
                    if self._reader is not None and self._reader.done():
                        raise AssertionError(f"exited without {texts!r}:\n{self.output}")
                    await self._changed.wait()

        return await asyncio.wait_for(wait(), timeout)

    def signal(self, sig: signal.Signals) -> None:
        os.kill(self.pid, sig)

    async def wait_exit(self, timeout: float = 120.0) -> int:
        assert self.proc is not None
        code = await asyncio.wait_for(self.proc.wait(), timeout)
        if self._reader is not None:
            await asyncio.wait_for(self._reader, timeout)
        return code

    async def stop(self) -> None:
        """The test is over (or failed): nothing of ours is left running."""
        if self.proc is None or self.proc.returncode is not None:
            return
        with contextlib.suppress(ProcessLookupError):
            self.proc.kill()
        with contextlib.suppress(Exception):
            await asyncio.wait_for(self.proc.wait(), 30)


async def wait_gone(pids: list[int], timeout: float = 60.0) -> list[int]:
    """Wait until none of `pids` is alive; those still alive at the limit are returned."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while loop.time() < deadline:
        left = [p for p in pids if alive(p)]
        if not left:
            return []
        await asyncio.sleep(0.1)
    return [p for p in pids if alive(p)]


@contextlib.asynccontextmanager
async def hanging_site(
    pages: dict[str, bytes],
) -> AsyncIterator[tuple[str, dict[str, asyncio.Event]]]:
    """Pages on 127.0.0.1 that are answered only once their event is set: a slow site the test
    controls. Yields the base URL and path -> event."""
    release = {path: asyncio.Event() for path in pages}

    async def handle(request: web.Request) -> web.Response:
        if request.path not in pages:
            return web.Response(status=404, text="not found")
        await release[request.path].wait()
        return web.Response(body=pages[request.path], content_type="text/html", charset="utf-8")

    app = web.Application()
    app.router.add_get("/{tail:.*}", handle)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    try:
        yield f"http://127.0.0.1:{port}", release
    finally:
        for event in release.values():
            event.set()
        await runner.cleanup()
