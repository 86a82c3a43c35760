"""The bot's side with REDIS_URL set: take the request, hand it to a worker, never summarize.

A cached summary (any replica's) is answered at once. Otherwise the placeholder goes out first,
then the job, carrying the chat, the message, the placeholder and the request, goes to the
stream: from there a worker answers, whichever bot replica is alive. When Redis cannot take the
job for QUEUE_RETRY_FOR seconds the placeholder becomes an apology: never a silent loss.

`RemoteSummaryService` keeps `SummaryService`'s interface (health, stop, inline queries), so the
runner and the handlers need not know which one they have.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from typing import Any

from aiogram import Bot
from taskiq.kicker import AsyncKicker

from summarizer.errors import SummarizerError
from summarizer.types import Article, Summary

from .. import metrics
from ..config import BotSettings
from ..journal import Ticket
from ..message_input import MessageInput
from ..render import escape, render_summary, split_message
from ..service import Overloaded, ShuttingDown, SummaryService, cache_key
from ..service.pool import WorkerPool
from .broker import GROUP, TASK_NAME, JobStreamBroker, make_broker
from .codec import Job
from .settings import QueueSettings
from .state import SharedRateLimiter, SharedState, connect, wait_until

log = logging.getLogger(__name__)

UNAVAILABLE = (
    "Сервис пересказа сейчас недоступен, и статью не удалось поставить в очередь. "
    "Пришлите её ещё раз через пару минут."
)
INLINE_WAIT = 120.0  # seconds an inline query's job may take to land in the cache


def _in_process(_: Article) -> Summary:
    raise RuntimeError("REDIS_URL is set: summaries run in workers, never in the bot")


class RemoteSummaryService(SummaryService):
    remote = True

    def __init__(self, settings: BotSettings, queue: QueueSettings) -> None:
        # The base keeps its bookkeeping (stop flags, the fetch-free parts); its pool refuses.
        super().__init__(pool=WorkerPool("thread", 1, pipeline=_in_process), backend_name="remote")
        self.settings, self.queue = settings, queue
        assert queue.redis_url is not None
        self.redis = connect(queue.redis_url)
        self.state = SharedState(
            self.redis, queue.prefix, cache_ttl=settings.cache_ttl, done_ttl=queue.done_ttl
        )
        self.limiter: Any = SharedRateLimiter(self.state, settings.rate_limit, settings.rate_window)
        self.broker: JobStreamBroker = make_broker(queue)
        self._kicker: AsyncKicker[Any, Any] = AsyncKicker(TASK_NAME, self.broker, {})
        self.backlog = 0  # jobs waiting or running, all replicas (refreshed by the watch)
        self.workers_seen = 0  # workers whose heartbeat is fresh
        self.redis_ok = False
        self._handoffs: set[asyncio.Task[Any]] = set()
        self._watch: asyncio.Task[None] | None = None

    @classmethod
    def for_settings(cls, settings: BotSettings, queue: QueueSettings) -> RemoteSummaryService:
        return cls(settings, queue)

    # --- what the runner and /readyz ask -------------------------------------------------

    @property
    def pool(self) -> Any:
        return "redis"

    @property
    def workers(self) -> int:
        return self.workers_seen

    @property
    def alive(self) -> bool:
        return True  # Redis away is not cured by restarting the bot: not ready, still alive

    @property
    def ready(self) -> bool:
        return self.warmed_up and not self.stopping and self.redis_ok

    def stats(self) -> dict[str, Any]:
        return {
            "backend": "remote",
            "pool": "redis",
            "redis_ok": self.redis_ok,
            "workers": self.workers_seen,
            "backlog": self.backlog,
            "handoffs": len(self._handoffs),
        }

    def expected_wait(self, chars: int | None = None) -> float:
        return 0.0  # admission by backlog (QUEUE_MAX_BACKLOG); the workers' speed is not known

    def expected_wait_for(self, request: MessageInput) -> float | None:
        return None

    def cached(self, request: MessageInput) -> Summary | None:
        return None  # Redis is asked asynchronously, in `submit` and `hand_off`

    async def warm_up(self) -> None:
        """Connect (Redis may come later: not ready until then, never a crash)."""
        try:
            await self.broker.startup()
        except Exception as exc:
            self.state.outage.failed(exc)
        await self.refresh()
        self.warmed_up = True
        self._watch = asyncio.get_running_loop().create_task(self._watch_redis())
        log.info(
            "summaries go to workers through Redis (%s): %s, %d workers seen, backlog %d",
            self.queue.stream,
            "reachable" if self.redis_ok else "NOT reachable yet",
            self.workers_seen,
            self.backlog,
        )

    async def refresh(self) -> None:
        self.redis_ok = await self.state.ping()
        if not self.redis_ok:
            return
        with contextlib.suppress(Exception):
            groups = await self.redis.xinfo_groups(self.queue.stream)
            for group in groups:
                if group.get("name") in (GROUP, GROUP.encode()):
                    self.backlog = int(group.get("lag") or 0) + int(group.get("pending") or 0)
            seconds, _micro = await self.redis.time()  # a worker beats every 3 s
            self.workers_seen = await self.redis.zcount(
                f"{self.queue.prefix}:workers", seconds - 10, "+inf"
            )
        metrics.BACKLOG.set(self.backlog)

    async def _watch_redis(self) -> None:
        while True:
            await asyncio.sleep(2.0)
            with contextlib.suppress(Exception):
                await self.refresh()

    # --- the work ------------------------------------------------------------------------

    async def enqueue(self, job: Job) -> None:
        """Into the stream, retried for QUEUE_RETRY_FOR seconds; raises when it could not."""
        deadline = time.monotonic() + self.queue.retry_for
        delay = 0.25
        while True:
            try:
                await self._kicker.kiq(job.to_json())
            except Exception as exc:
                self.state.outage.failed(exc)
                if time.monotonic() + delay > deadline:
                    metrics.ERRORS.labels("enqueue").inc()
                    raise
                await asyncio.sleep(delay)
                delay = min(delay * 2, 2.0)
                continue
            self.state.outage.ok()
            metrics.JOBS_QUEUED.inc()
            return

    def submit(self, request: MessageInput, user: int | None = None) -> asyncio.Future[Summary]:
        """For inline queries: the cached summary, or a job that fills the cache and a wait on
        it (the answer itself goes through Telegram's inline API, which only the bot can use)."""
        if self.stopping:
            raise ShuttingDown("stopping")
        task = asyncio.get_running_loop().create_task(self._fill_cache(request, user))
        self._track(task)
        return task

    async def _fill_cache(self, request: MessageInput, user: int | None) -> Summary:
        key = cache_key(request)
        if (summary := await self._lookup(key)) is not None:
            return summary
        await self._admit()
        await self.enqueue(Job.new(key, request, user=user, accepted_at=time.time()))
        found: list[Summary] = []

        async def landed() -> bool:
            summary = await self.state.cached(key)
            if summary is not None:
                found.append(summary)
            return summary is not None

        loop = asyncio.get_running_loop()
        if await wait_until(landed, loop.time() + INLINE_WAIT, every=0.25):
            return found[0]
        raise SummarizerError("no summary in time", user_message=UNAVAILABLE)

    async def _lookup(self, key: str) -> Summary | None:
        summary = await self.state.cached(key)
        metrics.CACHE.labels("hit" if summary is not None else "miss").inc()
        return summary

    async def _admit(self) -> None:
        if self.backlog >= self.queue.max_backlog:
            metrics.REFUSALS.labels("overloaded").inc()
            raise Overloaded(f"backlog {self.backlog} jobs")

    async def hand_off(
        self,
        bot: Bot,
        settings: BotSettings,
        *,
        chat_id: int,
        request: MessageInput,
        reply_to: int | None = None,
        thread_id: int | None = None,
        ticket: Ticket | None = None,
        user: int | None = None,
    ) -> bool:
        """Answer from the shared cache, or queue a job a worker answers; True when the chat
        got (or will get from a worker) its answer."""
        from ..reply import deliver, show_placeholder

        task = asyncio.current_task()
        if task is not None:
            self._track(task)
        placeholder = ticket.placeholder if ticket is not None else None
        key = cache_key(request)
        try:
            if self.stopping:
                raise ShuttingDown("stopping")
            summary = await self._lookup(key)
            if summary is not None:
                chunks = split_message(render_summary(summary, request))
            else:
                await self._admit()
                if placeholder is None:
                    placeholder = await show_placeholder(bot, chat_id, reply_to, thread_id)
                    if placeholder is not None and ticket is not None:
                        ticket.note_placeholder(placeholder)
                job = Job.new(
                    key,
                    request,
                    chat_id=chat_id,
                    reply_to=reply_to,
                    thread_id=thread_id,
                    placeholder=placeholder,
                    user=user,
                    accepted_at=time.time(),
                )
                try:
                    await self.enqueue(job)
                except Exception as exc:
                    log.error("chat %s: job could not be queued: %r", chat_id, exc)
                    chunks = [escape(UNAVAILABLE)]
                else:
                    return True  # a worker answers
        except SummarizerError as exc:
            log.info("chat %s: %s: %s", chat_id, type(exc).__name__, exc)
            chunks = [escape(exc.user_message)]
        return await deliver(
            bot,
            chat_id,
            chunks,
            reply_to=reply_to,
            thread_id=thread_id,
            placeholder=placeholder,
            ticket=ticket,
            within=settings.delivery_budget,
        )

    def _track(self, task: asyncio.Task[Any]) -> None:
        self._handoffs.add(task)
        self._idle.clear()

        def done(t: asyncio.Task[Any]) -> None:
            self._handoffs.discard(t)
            if not self._handoffs:
                self._idle.set()

        task.add_done_callback(done)

    # --- start and stop ------------------------------------------------------------------

    def abort(self) -> int:
        self.stopping = self.aborting = True
        return len(self._handoffs)

    async def aclose(self, grace: float = 2.0) -> bool:
        self.stopping = True
        if self._watch is not None:
            self._watch.cancel()
        with contextlib.suppress(Exception):
            await self.broker.shutdown()
        with contextlib.suppress(Exception):
            await self.redis.aclose()
        return True

    def worker_pids(self) -> list[int]:
        return []
