"""`python -m bot.worker`: a summarization worker for a bot running with REDIS_URL.

One process, one pipeline (one model copy), one job at a time: run as many processes, on as many
machines, as the load needs; each needs Redis and the Bot API (it answers the chat itself, so a
bot replica that died after taking a request does not lose the answer). /healthz (alive),
/readyz (model loaded, Redis reachable) and /metrics on QUEUE_WORKER_HEALTH_PORT. SIGTERM or
SIGINT: no new jobs, the one running gets QUEUE_WORKER_DRAIN_TIMEOUT seconds, exit 0; a job cut
off is not acknowledged and goes to another worker.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import os
import signal
import socket
import sys
from typing import Any

from .config import ConfigError, load, load_settings
from .probe import probe

log = logging.getLogger("bot.worker")


def _parser() -> argparse.ArgumentParser:
    from .__main__ import version

    parser = argparse.ArgumentParser(
        prog="python -m bot.worker",
        description=(
            "newsbrief worker: takes summary jobs from Redis (REDIS_URL, required), summarizes "
            "and answers the chat through the Bot API (BOT_TOKEN, TELEGRAM_API_URL). Settings "
            "as for the bot (.env.example). Health: /healthz, /readyz, /metrics on "
            "QUEUE_WORKER_HEALTH_PORT."
        ),
    )
    parser.add_argument("--version", action="version", version=f"newsbrief-worker {version()}")
    parser.add_argument(
        "--healthcheck",
        action="store_true",
        help=(
            "ask the running worker's /healthz on QUEUE_WORKER_HEALTH_PORT and exit 0 if it is "
            "alive, 1 if not (a container's health check)"
        ),
    )
    return parser


def healthcheck(port: int, timeout: float = 4.0) -> int:
    """0 when the worker on `port` answers /healthz with 200; else one line, 1."""
    if port == 0:
        print("unhealthy: QUEUE_WORKER_HEALTH_PORT=0 picks a port at start-up", file=sys.stderr)
        return 1
    url = f"http://127.0.0.1:{port}/healthz"
    return probe(url, timeout)


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    from summarizer.fetch.settings import FetchSettings
    from summarizer.settings import SummarizerSettings

    from .queue.settings import QueueSettings

    try:
        if args.healthcheck:
            return healthcheck(load(QueueSettings).worker_health_port)
        settings = load_settings()
        queue = load(QueueSettings)
        summarizer_settings = load(SummarizerSettings)
        fetch_settings = load(FetchSettings)
    except ConfigError as exc:
        print(exc, file=sys.stderr)
        return 2
    if queue.redis_url is None:
        print("REDIS_URL is not set: a worker takes its jobs from Redis.", file=sys.stderr)
        return 2
    logging.basicConfig(
        level=settings.log_level,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )
    log.info("starting newsbrief-worker (pid %d)", os.getpid())
    return asyncio.run(serve(settings, queue, summarizer_settings, fetch_settings))


class WorkerHealth:
    def __init__(self) -> None:
        self.phase = "starting"
        self.redis_ok = False
        self.receiver: asyncio.Task[Any] | None = None
        self.runner: Any = None

    def live(self) -> tuple[bool, dict[str, Any]]:
        dead = self.receiver is not None and self.receiver.done() and self.phase == "ready"
        detail = {"phase": self.phase, "status": "unhealthy" if dead else "ok"}
        return not dead, detail

    def ready(self) -> tuple[bool, dict[str, Any]]:
        live, detail = self.live()
        problems = [] if self.phase == "ready" else [self.phase]
        if not self.redis_ok:
            problems.append("Redis not reachable")
        if self.runner is not None:
            detail.update(running=self.runner.running, done=self.runner.done)
        ok = live and not problems
        detail.update(status="ready" if ok else "not ready", redis_ok=self.redis_ok)
        if problems:
            detail["problems"] = problems
        return ok, detail


async def _health_site(health: WorkerHealth, host: str, port: int) -> Any:
    from aiohttp import web

    from . import metrics

    app = web.Application()

    async def healthz(_: web.Request) -> web.Response:
        ok, detail = health.live()
        return web.json_response(detail, status=200 if ok else 503)

    async def readyz(_: web.Request) -> web.Response:
        ok, detail = health.ready()
        return web.json_response(detail, status=200 if ok else 503)

    async def metrics_view(_: web.Request) -> web.Response:
        body, content_type = metrics.exposition()
        return web.Response(body=body, headers={"Content-Type": content_type})

    app.router.add_get("/healthz", healthz)
    app.router.add_get("/readyz", readyz)
    app.router.add_get("/metrics", metrics_view)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    await web.TCPSite(runner, host, port).start()
    bound = runner.addresses[0][1] if runner.addresses else port
    log.info("health at http://%s:%d/healthz, /readyz and /metrics", host, bound)
    return runner


async def serve(settings: Any, queue: Any, summarizer_settings: Any, fetch_settings: Any) -> int:
    from taskiq.api import run_receiver_task

    from summarizer import Pipeline
    from summarizer.types import Article

    from .app import make_bot
    from .queue.broker import TASK_NAME, make_broker
    from .queue.state import SharedState, connect
    from .queue.worker import JobRunner, any_fetch
    from .runtime.startup import StartupError, check_token
    from .service import WARM_UP_TEXT

    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    health = WorkerHealth()
    site = await _health_site(health, queue.worker_health_host, queue.worker_health_port)
    bot = make_bot(settings)
    redis = connect(queue.redis_url)
    consumer = f"{socket.gethostname()}-{os.getpid()}"
    broker = make_broker(queue, consumer=consumer)
    tasks: list[asyncio.Task[Any]] = []
    code = 0
    try:
        me = await check_token(bot, settings.telegram_api_url)
        log.info("answering as @%s; loading the summarizer", me.username)
        health.phase = "warming up"
        started = loop.time()
        pipeline = await asyncio.to_thread(Pipeline, summarizer_settings)
        await asyncio.to_thread(pipeline, Article(WARM_UP_TEXT))
        log.info(
            "summarizer backend: %s; warmed up in %.2f s",
            getattr(pipeline.backend, "name", "?"),
            loop.time() - started,
        )
        state = SharedState(
            redis, queue.prefix, cache_ttl=settings.cache_ttl, done_ttl=queue.done_ttl
        )
        runner = JobRunner(
            bot,
            pipeline,
            any_fetch(fetch_settings),
            state,
            queue,
            delivery_budget=settings.delivery_budget,
        )
        health.runner = runner

        async def summarize_job(payload: str) -> None:
            await runner.handle(payload)

        broker.register_task(summarize_job, task_name=TASK_NAME)
        while not stop.is_set():  # Redis may come up after the worker
            try:
                await broker.startup()
                break
            except Exception as exc:
                state.outage.failed(exc)
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(stop.wait(), 2.0)
        tasks.append(loop.create_task(_heartbeat(state, consumer, health, stop)))
        tasks.append(loop.create_task(_keep_jobs(broker, queue.redeliver_after / 3, stop)))
        health.receiver = loop.create_task(
            run_receiver_task(broker, max_async_tasks=1, max_prefetch=0, run_startup=False)
        )
        tasks.append(health.receiver)
        health.phase = "ready"
        log.info("ready: taking jobs from %s as %s", queue.stream, consumer)
        await stop.wait()
        health.phase = "stopping"
        log.info("stopping: no new jobs; %d running", runner.running)
        runner.stopping = True
        if not await runner.drain(queue.worker_drain_timeout):
            log.warning("a job still running: it goes back to the queue for another worker")
    except StartupError as exc:
        log.error("%s", exc)
        code = exc.code
    finally:
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        with contextlib.suppress(Exception):
            await broker.shutdown()
        with contextlib.suppress(Exception):
            await redis.aclose()
        with contextlib.suppress(Exception):
            await bot.session.close()
        await site.cleanup()
    log.info("stopped")
    return code


async def _heartbeat(state: Any, consumer: str, health: WorkerHealth, stop: asyncio.Event) -> None:
    """This worker's last sign of life, by Redis's clock, in one sorted set the bots count."""
    key = f"{state.prefix}:workers"

    async def beat() -> bool:
        seconds, _micro = await state.redis.time()
        await state.redis.zadd(key, {consumer: seconds})
        await state.redis.zremrangebyscore(key, "-inf", seconds - 60)  # long gone
        return True

    while not stop.is_set():
        health.redis_ok = bool(await state._call(beat(), False))
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(stop.wait(), 3.0)
    with contextlib.suppress(Exception):
        await state.redis.zrem(key, consumer)


async def _keep_jobs(broker: Any, every: float, stop: asyncio.Event) -> None:
    """The jobs this worker runs stay its own while it lives (see `JobStreamBroker.touch`)."""
    while True:  # also while stopping: the job in hand is still being finished
        try:
            await broker.touch()
        except Exception as exc:
            broker.outage.failed(exc)
        await asyncio.sleep(every)


if __name__ == "__main__":
    sys.exit(main())
