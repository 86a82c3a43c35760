"""The one door from bot/ into summarizer/: cache, limits and the worker pool.

Handlers never call the pipeline themselves. The pipeline is CPU-bound (tens of milliseconds to
seconds), so it runs in a bounded pool off the event loop; a bounded queue turns overload into a
polite refusal instead of an endless wait; the cache makes a post forwarded to ten groups cost
one summary, and identical requests already in flight share that one piece of work.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import hashlib
import logging
import multiprocessing
import time
from collections import OrderedDict, deque
from collections.abc import Awaitable, Callable
from functools import partial
from typing import Any, Literal
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from summarizer.errors import SummarizerError
from summarizer.types import Article, Summary

from .message_input import MessageInput

log = logging.getLogger(__name__)

Fetch = Callable[[str], Awaitable[Article]]
Clock = Callable[[], float]

# A tiny article to summarize once at start-up, so the first user does not pay for model loading.
_WARM_UP_TEXT = (
    "Президент провёл совещание с членами правительства в Москве. Обсуждались вопросы "
    "экономики, бюджета и социальной политики на следующий год. Министр финансов доложил, что "
    "доходы бюджета выросли на 12 процентов, а расходы на социальные программы увеличатся. "
    "По его словам, правительство сохранит все обязательства перед гражданами. Участники "
    "совещания договорились вернуться к обсуждению через месяц и подготовить предложения."
)


class Overloaded(SummarizerError):
    user_message = "⏳ Сейчас бот перегружен, попробуйте через минуту."


class RateLimited(SummarizerError):
    def __init__(self, retry_in: float) -> None:
        seconds = max(1, round(retry_in))
        super().__init__(
            f"rate limited for {seconds} s",
            user_message=(
                f"Слишком много запросов подряд. Подождите {seconds} с и пришлите снова — "
                "я никуда не денусь 🙂"
            ),
        )
        self.retry_in = seconds


# --- keys ------------------------------------------------------------------------------------


def normalize_url(url: str) -> str:
    """One key per article: no utm_* and friends, no fragment, no trailing slash, host lowercase."""
    parts = urlsplit(url.strip())
    scheme = (parts.scheme or "https").lower()
    if scheme == "http":
        scheme = "https"  # the same article either way
    host = (parts.hostname or "").lower()
    if host.startswith("www."):
        host = host[4:]
    port = parts.port
    netloc = (
        host
        if port is None or (scheme, port) in (("https", 443), ("http", 80))
        else f"{host}:{port}"
    )
    query = urlencode(
        [
            (k, v)
            for k, v in parse_qsl(parts.query, keep_blank_values=True)
            if not k.lower().startswith("utm_")
            and k.lower() not in ("fbclid", "gclid", "yclid", "ysclid")
        ]
    )
    path = parts.path.rstrip("/")
    return urlunsplit((scheme, netloc, path, query, ""))


def cache_key(request: MessageInput) -> str:
    if request.url:
        return "url:" + normalize_url(request.url)
    text = " ".join(request.text.split())
    return "text:" + hashlib.sha256(text.encode("utf-8")).hexdigest()


# --- cache and limits ------------------------------------------------------------------------


class SummaryCache:
    """LRU with a time to live; touched only from the event loop, so no locks."""

    def __init__(
        self, size: int = 512, ttl: float = 6 * 3600, clock: Clock = time.monotonic
    ) -> None:
        self.size, self.ttl, self._clock = size, ttl, clock
        self._items: OrderedDict[str, tuple[float, Summary]] = OrderedDict()

    def get(self, key: str) -> Summary | None:
        item = self._items.get(key)
        if item is None:
            return None
        if self._clock() - item[0] > self.ttl:
            del self._items[key]
            return None
        self._items.move_to_end(key)
        return item[1]

    def put(self, key: str, summary: Summary) -> None:
        if self.size <= 0:
            return
        self._items[key] = (self._clock(), summary)
        self._items.move_to_end(key)
        while len(self._items) > self.size:
            self._items.popitem(last=False)

    def __len__(self) -> int:
        return len(self._items)


class RateLimiter:
    """At most `limit` requests per `window` seconds per user, a sliding window."""

    def __init__(self, limit: int = 6, window: float = 60.0, clock: Clock = time.monotonic) -> None:
        self.limit, self.window, self._clock = limit, window, clock
        self._hits: dict[int, deque[float]] = {}

    def retry_in(self, user_id: int) -> float:
        """0 and the request is counted, or how many seconds until one more is allowed."""
        if self.limit <= 0:
            return 0.0
        now = self._clock()
        hits = self._hits.setdefault(user_id, deque())
        while hits and now - hits[0] >= self.window:
            hits.popleft()
        if len(hits) >= self.limit:
            return self.window - (now - hits[0])
        hits.append(now)
        if len(self._hits) > 10_000:  # forget users who went quiet
            for uid in [u for u, h in self._hits.items() if not h or now - h[-1] >= self.window]:
                del self._hits[uid]
        return 0.0

    def check(self, user_id: int) -> None:
        if (wait := self.retry_in(user_id)) > 0:
            raise RateLimited(wait)


# --- the worker pool -------------------------------------------------------------------------

_worker_pipeline: Any = None  # per worker process of a process pool, set once by its initializer


def _init_worker(factory: Callable[[], Callable[[Article], Summary]]) -> None:
    global _worker_pipeline
    _worker_pipeline = factory()


def _run_in_worker(article: Article) -> Summary:
    return _worker_pipeline(article)


def _worker_backend() -> str:
    return getattr(getattr(_worker_pipeline, "backend", None), "name", "?")


def _summarizer_fetch(settings: Any = None) -> Fetch:
    async def fetch(url: str) -> Article:
        from summarizer.fetch import fetch_article  # the link path's dependencies, on first use

        return await fetch_article(url, settings)

    return fetch


def resolve_pool(pool: str, summarizer_settings: Any) -> Literal["thread", "process"]:
    """`auto`: processes keep the GIL away from the event loop (cheap for the extractive backend);
    a seq2seq model would be loaded once per process, so it gets threads and one shared copy."""
    if pool in ("thread", "process"):
        return pool  # type: ignore[return-value]
    from summarizer.backends import local_model_dir

    s = summarizer_settings
    seq2seq = s.backend == "seq2seq" or (
        s.backend == "auto" and local_model_dir(s.model, s.models_dir) is not None
    )
    return "thread" if seq2seq else "process"


class SummaryService:
    """Summaries for the bot: from cache, from work in flight, or from the pool."""

    def __init__(
        self,
        pipeline: Callable[[Article], Summary] | None = None,
        *,
        pipeline_factory: Callable[[], Callable[[Article], Summary]] | None = None,
        pool: Literal["thread", "process"] = "thread",
        workers: int = 2,
        queue_size: int = 8,
        cache: SummaryCache | None = None,
        limiter: RateLimiter | None = None,
        fetch: Fetch | None = None,
        backend_name: str | None = None,
    ) -> None:
        if pool == "thread":
            if pipeline is None:
                if pipeline_factory is None:
                    raise ValueError("a pipeline or a pipeline factory is needed")
                pipeline = pipeline_factory()
            self._call: Callable[[Article], Summary] = pipeline
        else:
            if pipeline_factory is None:
                raise ValueError("a process pool builds its pipelines from a picklable factory")
            self._call = _run_in_worker
        self._factory = pipeline_factory
        self.pool, self.workers, self.queue_size = pool, workers, queue_size
        self.cache = cache if cache is not None else SummaryCache()
        self.limiter = limiter if limiter is not None else RateLimiter()
        self.backend_name = backend_name or getattr(getattr(pipeline, "backend", None), "name", "?")
        self._fetch = fetch or _summarizer_fetch()
        self._inflight: dict[str, asyncio.Task[Summary]] = {}
        self._executor = self._new_executor()

    def _new_executor(self) -> concurrent.futures.Executor:
        if self.pool == "thread":
            return concurrent.futures.ThreadPoolExecutor(
                max_workers=self.workers, thread_name_prefix="summarizer"
            )
        factory = self._factory
        assert factory is not None, "a process pool builds its pipelines with pipeline_factory"
        # spawn, not fork: forking a process that runs an event loop and threads is unsafe.
        return concurrent.futures.ProcessPoolExecutor(
            max_workers=self.workers,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=_init_worker,
            initargs=(factory,),
        )

    async def _run(self, article: Article) -> Summary:
        loop = asyncio.get_running_loop()
        executor = self._executor
        try:
            return await loop.run_in_executor(executor, self._call, article)
        except concurrent.futures.BrokenExecutor:
            # A worker process died (out of memory, a crash in native code): every later call
            # would fail too, so start a fresh pool; this request ends in an apology.
            if self._executor is executor:
                log.error("worker pool broken: starting a new one")
                executor.shutdown(wait=False, cancel_futures=True)
                self._executor = self._new_executor()
            raise

    @classmethod
    def from_settings(
        cls, settings: Any, summarizer_settings: Any = None, fetch_settings: Any = None
    ) -> SummaryService:
        """The pipeline (and its model) is built once here, or once per worker process."""
        from summarizer import Pipeline, SummarizerSettings
        from summarizer.fetch import FetchSettings

        summarizer_settings = summarizer_settings or SummarizerSettings()
        fetch_settings = fetch_settings or FetchSettings()  # read once, not per link
        kwargs: dict[str, Any] = dict(
            pool=settings.pool,
            workers=settings.workers,
            queue_size=settings.queue_size,
            cache=SummaryCache(settings.cache_size, settings.cache_ttl),
            limiter=RateLimiter(settings.rate_limit, settings.rate_window),
            fetch=_summarizer_fetch(fetch_settings),
        )
        factory = partial(Pipeline, summarizer_settings)
        kwargs["pool"] = pool = resolve_pool(settings.pool, summarizer_settings)
        if pool == "process":
            return cls(pipeline_factory=factory, **kwargs)
        return cls(factory(), **kwargs)

    @property
    def busy(self) -> int:
        """Distinct pieces of work fetching, queued or running."""
        return len(self._inflight)

    def cached(self, request: MessageInput) -> Summary | None:
        return self.cache.get(cache_key(request))

    def submit(self, request: MessageInput) -> asyncio.Future[Summary]:
        """The work for this request: cached, shared with an identical one in flight, or new.

        Raises `Overloaded` at once when the queue is full. The work goes on even if the caller
        stops waiting (an inline query out of time), and lands in the cache for the retry.
        """
        key = cache_key(request)
        loop = asyncio.get_running_loop()
        if (summary := self.cache.get(key)) is not None:
            done: asyncio.Future[Summary] = loop.create_future()
            done.set_result(summary)
            return done
        if (task := self._inflight.get(key)) is not None:
            return task
        if len(self._inflight) >= self.workers + self.queue_size:
            raise Overloaded(f"{len(self._inflight)} requests in flight")
        task = loop.create_task(self._work(request), name=f"summary {key[:40]}")
        self._inflight[key] = task
        task.add_done_callback(partial(self._finished, key))
        return task

    async def summarize(self, request: MessageInput) -> Summary:
        return await asyncio.shield(self.submit(request))

    def _finished(self, key: str, task: asyncio.Task[Summary]) -> None:
        self._inflight.pop(key, None)
        if task.cancelled():
            return
        if task.exception() is None:  # failures are not cached: the site may be back soon
            self.cache.put(key, task.result())

    async def _work(self, request: MessageInput) -> Summary:
        if request.url:
            fetched = await self._fetch(request.url)
            article = (
                fetched
                if fetched.url
                else Article(
                    fetched.text, fetched.title, request.url, fetched.source, fetched.published
                )
            )
        else:
            article = Article(text=request.text, source=request.source)
        started = time.perf_counter()
        summary = await self._run(article)
        log.info(
            "summarized %d characters in %.2f s (%s)",
            len(article.text),
            time.perf_counter() - started,
            summary.backend,
        )
        return summary

    async def warm_up(self) -> None:
        """Run the pipeline once so model loading happens at start-up, not on a user's message."""
        started = time.perf_counter()
        calls = [
            self._run(Article(_WARM_UP_TEXT))
            for _ in range(self.workers if self.pool == "process" else 1)
        ]
        results = await asyncio.gather(*calls, return_exceptions=True)
        for result in results:
            if isinstance(result, BaseException):
                log.warning("warm-up failed: %r", result)
        if self.pool == "process":
            loop = asyncio.get_running_loop()
            self.backend_name = await loop.run_in_executor(self._executor, _worker_backend)
        log.info(
            "summarizer backend: %s (%s pool, %d workers, queue %d); warmed up in %.2f s",
            self.backend_name,
            self.pool,
            self.workers,
            self.queue_size,
            time.perf_counter() - started,
        )

    async def aclose(self) -> None:
        for task in list(self._inflight.values()):
            task.cancel()
        self._executor.shutdown(wait=False, cancel_futures=True)
