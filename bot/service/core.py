"""The one door from bot/ into summarizer/: cache, admission, fetching, and the worker pool.

Handlers never call the pipeline themselves. The pipeline is CPU-bound (tens of milliseconds to
seconds), so it runs in a pool off the event loop, fed at most one job per worker from a queue
the service owns: it knows what waits and what runs, so it can say how long a new request would
wait (measured service time times the work ahead) and refuse only when that is too long; it can
drain on a stop and tell the rest they will not be served. Fetching a link takes its own slots,
a few per user, so slow sites hold up nobody else. The cache makes a post forwarded to ten
groups cost one summary, and identical requests in flight share that one piece of work.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections import deque
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from functools import partial
from typing import Any

from summarizer.types import Article, Summary

from ..message_input import MessageInput
from .cache import SummaryCache, slim
from .keys import cache_key
from .limits import Overloaded, RateLimiter, ServiceTime, ShuttingDown
from .pool import PoolKind, WorkerPool, make_pool

log = logging.getLogger(__name__)

Fetch = Callable[[str], Awaitable[Article]]

# A tiny article to summarize once at start-up, so the first user does not pay for model loading.
WARM_UP_TEXT = (
    "Президент провёл совещание с членами правительства в Москве. Обсуждались вопросы "
    "экономики, бюджета и социальной политики на следующий год. Министр финансов доложил, что "
    "доходы бюджета выросли на 12 процентов, а расходы на социальные программы увеличатся. "
    "По его словам, правительство сохранит все обязательства перед гражданами. Участники "
    "совещания договорились вернуться к обсуждению через месяц и подготовить предложения."
)


@dataclass(eq=False)
class _Job:
    article: Article
    future: asyncio.Future[Summary]
    cost: float  # expected seconds in a worker
    started: float | None = None  # loop time when a worker took it


def summarizer_fetch(settings: Any = None) -> Fetch:
    async def fetch(url: str) -> Article:
        from summarizer.fetch import fetch_article  # the link path's dependencies, on first use

        return await fetch_article(url, settings)

    return fetch


@dataclass
class _Slots:
    """Fetch slots: `total` at once, at most `per_user` of them for one sender."""

    total: int
    per_user: int
    busy: int = 0
    by_user: dict[int, int] = field(default_factory=dict)
    waiters: deque[tuple[int | None, asyncio.Future[None]]] = field(default_factory=deque)

    def _free_for(self, user: int | None) -> bool:
        return self.busy < self.total and (
            user is None or self.by_user.get(user, 0) < self.per_user
        )

    async def acquire(self, user: int | None) -> None:
        # A free slot is free for anyone: `release` hands slots to waiters directly, so one a
        # waiter could use is never left lying free.
        if self._free_for(user):
            self._take(user)
            return
        future: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self.waiters.append((user, future))
        try:
            await future
        except BaseException:
            if future.done() and not future.cancelled():
                self.release(user)  # it was handed the slot as it was cancelled
            else:
                with contextlib.suppress(ValueError):
                    self.waiters.remove((user, future))
            raise

    def _take(self, user: int | None) -> None:
        self.busy += 1
        if user is not None:
            self.by_user[user] = self.by_user.get(user, 0) + 1

    def release(self, user: int | None) -> None:
        self.busy -= 1
        if user is not None:
            left = self.by_user.get(user, 1) - 1
            if left:
                self.by_user[user] = left
            else:
                self.by_user.pop(user, None)
        for waiter in list(self.waiters):  # the first waiter whose sender has room
            w_user, w_future = waiter
            if w_future.done():
                self.waiters.remove(waiter)
                continue
            if self._free_for(w_user):
                self.waiters.remove(waiter)
                self._take(w_user)
                w_future.set_result(None)
                if self.busy >= self.total:
                    break


class SummaryService:
    """Summaries for the bot: from cache, from work in flight, or from the pool."""

    def __init__(
        self,
        pipeline: Callable[[Article], Summary] | None = None,
        *,
        pipeline_factory: Callable[[], Callable[[Article], Summary]] | None = None,
        pool: PoolKind | WorkerPool = "thread",
        workers: int = 2,
        queue_size: int = 500,
        max_wait: float = 60.0,
        cache: SummaryCache | None = None,
        limiter: RateLimiter | None = None,
        fetch: Fetch | None = None,
        fetch_slots: int = 8,
        fetch_per_user: int = 2,
        fetch_queue: int = 64,
        backend_name: str | None = None,
        service_time: ServiceTime | None = None,
    ) -> None:
        if isinstance(pool, WorkerPool):
            self._pool = pool
        else:
            self._pool = WorkerPool(pool, workers, pipeline=pipeline, factory=pipeline_factory)
        if backend_name:
            self._pool.backend_name = backend_name
        self.queue_size, self.max_wait = queue_size, max_wait
        self.fetch_slots, self.fetch_queue = fetch_slots, fetch_queue
        self.cache = cache if cache is not None else SummaryCache()
        self.limiter = limiter if limiter is not None else RateLimiter()
        self.service_time = service_time or ServiceTime()
        self._fetch = fetch or summarizer_fetch()
        self._slots = _Slots(fetch_slots, fetch_per_user)
        self._inflight: dict[str, asyncio.Task[Summary]] = {}
        self._jobs: dict[str, _Job] = {}  # the summarizing stage of a piece of work, by key
        self._queue: deque[_Job] = deque()
        self._running: set[_Job] = set()
        self._links = 0  # link requests admitted and not yet through fetching
        self._fetches: set[asyncio.Future[Article]] = set()
        self._idle = asyncio.Event()
        self._idle.set()
        self.warmed_up = False
        self.stopping = False
        self.aborting = False

    # --- construction --------------------------------------------------------------------

    @classmethod
    def from_settings(
        cls, settings: Any, summarizer_settings: Any = None, fetch_settings: Any = None
    ) -> SummaryService:
        """The pipeline (and its model) is built once here, or once per worker process."""
        from summarizer import SummarizerSettings
        from summarizer.fetch import FetchSettings

        summarizer_settings = summarizer_settings or SummarizerSettings()
        fetch_settings = fetch_settings or FetchSettings()  # read once, not per link
        return cls(
            pool=make_pool(settings, summarizer_settings),
            queue_size=settings.queue_size,
            max_wait=settings.max_wait,
            cache=SummaryCache(
                settings.cache_size, settings.cache_ttl, max_bytes=int(settings.cache_mb * 2**20)
            ),
            limiter=RateLimiter(settings.rate_limit, settings.rate_window),
            fetch=summarizer_fetch(fetch_settings),
            fetch_slots=settings.fetch_slots,
            fetch_per_user=settings.fetch_per_user,
            fetch_queue=settings.fetch_queue,
        )

    # --- what the bot asks ---------------------------------------------------------------

    @property
    def pool(self) -> PoolKind:
        return self._pool.kind

    @property
    def workers(self) -> int:
        return self._pool.workers

    @property
    def backend_name(self) -> str:
        return self._pool.backend_name

    @property
    def busy(self) -> int:
        """Distinct pieces of work fetching, queued or running."""
        return len(self._inflight)

    @property
    def ready(self) -> bool:
        """Warmed up, workers alive, taking requests."""
        return self.warmed_up and not self.stopping and self._pool.alive()

    def stats(self) -> dict[str, Any]:
        return {
            "backend": self.backend_name,
            "pool": self.pool,
            "workers": self.workers,
            "queued": len(self._queue),
            "running": len(self._running),
            "fetching": self._slots.busy,
            "links_waiting": max(0, self._links - self._slots.busy),
            "expected_wait_s": round(self.expected_wait(), 2),
            "cached": len(self.cache),
            "cache_bytes": self.cache.bytes,
        }

    def cached(self, request: MessageInput) -> Summary | None:
        return self.cache.get(cache_key(request))

    def expected_wait(self, chars: int | None = None) -> float:
        """Seconds until a worker would take a new job: the work queued and left running, shared
        by the workers (`chars` adds the new job's own time)."""
        now = asyncio.get_running_loop().time()
        ahead = sum(job.cost for job in self._queue)
        ahead += sum(
            max(0.0, job.cost - (now - job.started)) for job in self._running if job.started
        )
        own = self.service_time.cost(chars) if chars is not None else 0.0
        return ahead / self.workers + own

    def expected_wait_for(self, request: MessageInput) -> float | None:
        """How long until this request's summary, when it is queued (None when not known)."""
        job = self._jobs.get(cache_key(request))
        if job is None or job.started is not None:
            return None
        position = 0.0
        for queued in self._queue:
            if queued is job:
                break
            position += queued.cost
        now = asyncio.get_running_loop().time()
        running = sum(max(0.0, j.cost - (now - j.started)) for j in self._running if j.started)
        return (position + running) / self.workers + job.cost

    def submit(self, request: MessageInput, user: int | None = None) -> asyncio.Future[Summary]:
        """The work for this request: cached, shared with an identical one in flight, or new.

        Raises `Overloaded` at once when the expected wait is over the bound (or the link slots
        and their line are full), `ShuttingDown` during a stop. The work goes on even if the
        caller stops waiting (an inline query out of time), and lands in the cache for the retry.
        """
        key = cache_key(request)
        loop = asyncio.get_running_loop()
        if (summary := self.cache.get(key)) is not None:
            done: asyncio.Future[Summary] = loop.create_future()
            done.set_result(summary)
            return done
        if (task := self._inflight.get(key)) is not None:
            return task
        if self.stopping:
            raise ShuttingDown("stopping")
        job = None
        if request.url:
            if self._links >= self.fetch_slots + self.fetch_queue:
                raise Overloaded(f"{self._links} links in hand")
            self._links += 1
        else:
            job = self._enqueue(key, Article(text=request.text, source=request.source))
        task = loop.create_task(self._work(request, key, user, job), name=f"summary {key[:40]}")
        self._inflight[key] = task
        self._idle.clear()
        task.add_done_callback(partial(self._finished, key))
        return task

    async def summarize(self, request: MessageInput, user: int | None = None) -> Summary:
        return await asyncio.shield(self.submit(request, user))

    # --- the work ------------------------------------------------------------------------

    def _enqueue(self, key: str, article: Article) -> _Job:
        cost = self.service_time.cost(len(article.text))
        must_wait = bool(self._queue) or len(self._running) >= self.workers
        if must_wait:
            wait = self.expected_wait()
            too_long = wait + cost > self.max_wait
            if too_long or len(self._queue) >= self.queue_size:
                raise Overloaded(
                    f"expected wait {wait:.1f} s, {len(self._queue)} queued",
                    wait=wait if too_long else None,
                )
        job = _Job(article, asyncio.get_running_loop().create_future(), cost)
        self._jobs[key] = job
        self._queue.append(job)
        self._pump()
        return job

    def _pump(self) -> None:
        while len(self._running) < self.workers and self._queue:
            job = self._queue.popleft()
            if job.future.done():
                continue
            job.started = asyncio.get_running_loop().time()
            self._running.add(job)
            asyncio.get_running_loop().create_task(self._execute(job))

    async def _execute(self, job: _Job) -> None:
        started = time.perf_counter()
        try:
            summary = await self._pool.run(job.article)
        except BaseException as exc:
            if not job.future.done():
                job.future.set_exception(exc)
            if not isinstance(exc, Exception):
                raise
        else:
            took = time.perf_counter() - started
            self.service_time.observe(len(job.article.text), took)
            log.info(
                "summarized %d characters in %.2f s (%s)",
                len(job.article.text),
                took,
                summary.backend,
            )
            if not job.future.done():
                job.future.set_result(summary)
        finally:
            self._running.discard(job)
            self._pump()

    async def _fetch_article(self, url: str, user: int | None) -> Article:
        await self._slots.acquire(user)
        try:
            fetched = await self._fetch(url)
        finally:
            self._slots.release(user)
        if fetched.url:
            return fetched
        return Article(fetched.text, fetched.title, url, fetched.source, fetched.published)

    async def _work(
        self, request: MessageInput, key: str, user: int | None, job: _Job | None
    ) -> Summary:
        if job is None:
            assert request.url is not None
            fetch = asyncio.ensure_future(self._fetch_article(request.url, user))
            self._fetches.add(fetch)
            try:
                article = await fetch
            except asyncio.CancelledError:
                task = asyncio.current_task()
                if self.aborting and task is not None and not task.cancelling():
                    raise ShuttingDown("stopped while fetching") from None
                raise
            finally:
                self._fetches.discard(fetch)
                self._links -= 1
            job = self._enqueue(key, article)
        try:
            return slim(await job.future)  # what the cache keeps: the same object for all
        except asyncio.CancelledError:
            job.future.cancel()  # a queued job nobody waits for is skipped
            raise

    def _finished(self, key: str, task: asyncio.Task[Summary]) -> None:
        self._inflight.pop(key, None)
        self._jobs.pop(key, None)
        if not self._inflight:
            self._idle.set()
        if task.cancelled():
            return
        if task.exception() is None:  # failures are not cached: the site may be back soon
            self.cache.put(key, task.result())

    # --- start and stop ------------------------------------------------------------------

    async def warm_up(self) -> None:
        """Run the pipeline once so model loading happens at start-up, not on a user's message."""
        started = time.perf_counter()
        await self._pool.warm_up(Article(WARM_UP_TEXT))
        self.warmed_up = True
        log.info(
            "summarizer backend: %s (%s pool, %d workers, wait bound %.0f s); warmed up in %.2f s",
            self.backend_name,
            self.pool,
            self.workers,
            self.max_wait,
            time.perf_counter() - started,
        )

    def replace_pool(self, pool: WorkerPool) -> WorkerPool:
        """New jobs go to `pool` (a model that arrived, with its own pool kind); the old pool is
        returned for the caller to close once its running jobs are done."""
        old, self._pool = self._pool, pool
        log.info("summarizer pool replaced: %s pool, backend %s", pool.kind, pool.backend_name)
        return old

    def stop_taking(self) -> None:
        """A stop began: new requests are refused with `ShuttingDown`; work in hand goes on."""
        self.stopping = True

    async def drain(self, timeout: float) -> bool:
        """Wait up to `timeout` seconds for the work in hand; True when none is left."""
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._idle.wait(), timeout)
        return self._idle.is_set()

    def abort(self) -> int:
        """Everything still in hand ends in `ShuttingDown` (its waiters apologise); the count."""
        self.stopping = self.aborting = True
        count = len(self._inflight)
        for fetch in list(self._fetches):
            fetch.cancel()
        for job in list(self._queue) + list(self._running):
            if not job.future.done():
                job.future.set_exception(ShuttingDown("stopped"))
        self._queue.clear()
        return count

    async def aclose(self, grace: float = 2.0) -> bool:
        """Stop everything; True when no worker is left running (threads cannot be stopped)."""
        self.stopping = True
        for task in list(self._inflight.values()):
            task.cancel()
        return await self._pool.close(grace)

    def worker_pids(self) -> list[int]:
        return [p.pid for p in self._pool.processes() if p.pid]
