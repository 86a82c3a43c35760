"""Where summaries run: threads sharing one pipeline, or processes with a pipeline each.

The pool kind is chosen in one place (`make_pool`), so a model that arrives while the bot runs
can bring its own pool (`SummaryService.replace_pool`). Worker processes die with the bot: they
ask the kernel for SIGKILL when their parent dies and also watch their parent's pid, so `kill -9`
of the bot leaves nothing behind; they ignore SIGINT, which a terminal sends the whole group.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import ctypes
import logging
import multiprocessing
import os
import signal
import threading
import time
from collections.abc import Callable
from functools import partial
from typing import Any, Literal

from summarizer.types import Article, Summary

log = logging.getLogger(__name__)

PoolKind = Literal["thread", "process"]
PipelineFactory = Callable[[], Callable[[Article], Summary]]
_PR_SET_PDEATHSIG = 1

_worker_pipeline: Any = None  # per worker process, set once by its initializer


def _die_with_parent(parent_pid: int) -> None:
    """Linux: SIGKILL when the parent dies; anywhere: a thread that checks the parent's pid."""
    with contextlib.suppress(Exception):
        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() != parent_pid:  # the parent died before the line above ran
        os._exit(1)

    def watch() -> None:
        while True:
            time.sleep(1.0)
            if os.getppid() != parent_pid:
                os._exit(1)

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()


def _init_worker(factory: PipelineFactory, parent_pid: int) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _die_with_parent(parent_pid)
    global _worker_pipeline
    _worker_pipeline = factory()


def _run_in_worker(article: Article) -> Summary:
    return _worker_pipeline(article)


def _worker_backend() -> str:
    return getattr(getattr(_worker_pipeline, "backend", None), "name", "?")


def _worker_pid() -> int:
    return os.getpid()


def resolve_pool(pool: str, summarizer_settings: Any) -> PoolKind:
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


class WorkerPool:
    """A bounded executor the service feeds at most `workers` jobs at a time."""

    def __init__(
        self,
        kind: PoolKind,
        workers: int,
        *,
        pipeline: Callable[[Article], Summary] | None = None,
        factory: PipelineFactory | None = None,
    ) -> None:
        if kind == "thread":
            if pipeline is None:
                if factory is None:
                    raise ValueError("a pipeline or a pipeline factory is needed")
                pipeline = factory()
            self._call: Callable[[Article], Summary] = pipeline
        elif factory is None:
            raise ValueError("a process pool builds its pipelines from a picklable factory")
        else:
            self._call = _run_in_worker
        self.kind, self.workers, self._factory = kind, workers, factory
        self.backend_name = getattr(getattr(pipeline, "backend", None), "name", "?")
        self.running = 0  # jobs in the workers now
        self._executor = self._new_executor()

    def _new_executor(self) -> concurrent.futures.Executor:
        if self.kind == "thread":
            return concurrent.futures.ThreadPoolExecutor(
                max_workers=self.workers, thread_name_prefix="summarizer"
            )
        factory = self._factory
        assert factory is not None  # checked in __init__
        # spawn, not fork: forking a process that runs an event loop and threads is unsafe.
        return concurrent.futures.ProcessPoolExecutor(
            max_workers=self.workers,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=_init_worker,
            initargs=(factory, os.getpid()),
        )

    async def run(self, article: Article) -> Summary:
        loop = asyncio.get_running_loop()
        executor = self._executor
        self.running += 1
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
        finally:
            self.running -= 1

    async def call(self, fn: Callable[[], Any]) -> Any:
        """A small function in a worker (its backend name, its pid)."""
        return await asyncio.get_running_loop().run_in_executor(self._executor, fn)

    async def warm_up(self, article: Article) -> None:
        """Every worker loads its pipeline and summarizes once, so no user pays for loading."""
        calls = [self.run(article) for _ in range(self.workers if self.kind == "process" else 1)]
        for result in await asyncio.gather(*calls, return_exceptions=True):
            if isinstance(result, BaseException):
                log.warning("warm-up failed: %r", result)
        if self.kind == "process":
            self.backend_name = await self.call(_worker_backend)

    def processes(self) -> list[Any]:
        """The worker processes (none for threads)."""
        procs = getattr(self._executor, "_processes", None) or {}
        return list(procs.values())

    def alive(self) -> bool:
        if self.kind == "thread":
            return not getattr(self._executor, "_shutdown", False)
        procs = self.processes()
        return bool(procs) and all(p.is_alive() for p in procs)

    async def close(self, grace: float = 2.0) -> bool:
        """Stop the workers: idle ones at once, busy ones after `grace` seconds (processes are
        terminated then; threads cannot be, and True means nothing is left running).

        Idle worker processes are terminated rather than asked to exit: tearing down a heap of
        dictionaries and models takes seconds and keeps nothing worth keeping."""
        executor = self._executor
        procs = self.processes()
        executor.shutdown(wait=False, cancel_futures=True)
        if self.kind == "process":
            await asyncio.to_thread(_stop_processes, procs, grace if self.running else 0.0)
            return True
        threads = list(getattr(executor, "_threads", ()))
        await asyncio.to_thread(_join_threads, threads, grace)
        return not any(t.is_alive() for t in threads)


def _stop_processes(procs: list[Any], grace: float) -> None:
    deadline = time.monotonic() + grace
    for proc in procs:
        proc.join(max(0.0, deadline - time.monotonic()))
    for proc in procs:
        if proc.is_alive():
            if grace:
                log.warning("worker %s still busy after %.1f s: terminating it", proc.pid, grace)
            proc.terminate()
    for proc in procs:
        proc.join(2.0)
        if proc.is_alive():
            proc.kill()
            proc.join(1.0)


def _join_threads(threads: list[threading.Thread], grace: float) -> None:
    deadline = time.monotonic() + grace
    for thread in threads:
        thread.join(max(0.0, deadline - time.monotonic()))


def make_pool(settings: Any, summarizer_settings: Any) -> WorkerPool:
    """The one place the pool kind is chosen (BOT_POOL, or from the backend in use)."""
    from summarizer import Pipeline

    kind = resolve_pool(settings.pool, summarizer_settings)
    factory = partial(Pipeline, summarizer_settings)
    if kind == "process":
        return WorkerPool("process", settings.workers, factory=factory)
    return WorkerPool("thread", settings.workers, pipeline=factory())
