"""What a worker does with one job: the summary (shared cache, or fetched and summarized once
for all workers), then the answer in the chat, exactly once.

At-least-once jobs, exactly-once answers: a job is acknowledged only after it returns, so one a
worker died on is run again elsewhere. The answer is guarded by a lease on the user's message
(one worker sends at a time) and a progress record of the chunks already sent (a worker taking
over skips them and edits the same placeholder; re-editing it to the same text is a no-op at
Telegram). The one gap left: a worker killed between Telegram taking a chunk and the record of
it, which sends that chunk twice.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable
from typing import Any

from aiogram import Bot

from summarizer.errors import SummarizerError
from summarizer.types import Article, Summary

from .. import metrics
from ..errors import apology, log_failure
from ..render import escape, render_summary, split_message
from ..service import slim
from .codec import Job, key_hash
from .settings import QueueSettings
from .state import SharedState

log = logging.getLogger(__name__)

Fetch = Callable[[str], Awaitable[Article]]


class JobRunner:
    """The task behind TASK_NAME in a worker process (one pipeline: one model copy)."""

    def __init__(
        self,
        bot: Bot,
        pipeline: Callable[[Article], Summary],
        fetch: Fetch,
        state: SharedState,
        queue: QueueSettings,
        *,
        delivery_budget: float = 120.0,
    ) -> None:
        self.bot, self.pipeline, self.fetch, self.state = bot, pipeline, fetch, state
        self.queue, self.delivery_budget = queue, delivery_budget
        self.running = 0
        self.stopping = False
        self.done = 0
        self._idle = asyncio.Event()
        self._idle.set()

    async def handle(self, payload: str) -> None:
        """taskiq calls this; returning acknowledges the job, so a stop in progress never
        returns from a job it did not start (it stays for another worker)."""
        if self.stopping:
            await asyncio.Event().wait()  # cancelled at exit: not acknowledged, redelivered
        try:
            job = Job.from_json(payload)
        except Exception as exc:
            log.error("unreadable job dropped: %r (%.200s)", exc, payload)
            metrics.JOBS.labels("unreadable").inc()
            return
        self.running += 1
        self._idle.clear()
        metrics.RUNNING.inc()
        started = time.monotonic()
        try:
            if job.accepted_at:
                metrics.STAGE.labels("wait").observe(max(0.0, time.time() - job.accepted_at))
            outcome = await self.run(job)
            log.info("job %s: %s (chat %s)", job.job_id, outcome, job.chat_id)
            metrics.JOBS.labels(outcome).inc()
            metrics.STAGE.labels("total").observe(time.monotonic() - started)
        finally:
            self.running -= 1
            metrics.RUNNING.dec()
            if not self.running:
                self._idle.set()

    async def drain(self, timeout: float) -> bool:
        try:
            await asyncio.wait_for(self._idle.wait(), timeout)
        except TimeoutError:
            return False
        return True

    async def run(self, job: Job) -> str:
        log.info("job %s: taken (chat %s, %s)", job.job_id, job.chat_id, job.url or "text")
        if (await self.state.progress(job.answer_id)).get("done"):
            log.info("job %s: answered before (a redelivered copy): skipped", job.job_id)
            return "duplicate"
        chunks = await self.answer(job)
        if job.chat_id is None:
            return "cached"
        return await self.deliver_once(job, job.chat_id, chunks)

    async def answer(self, job: Job) -> list[str]:
        """The reply's messages: the summary, or what the user should read instead."""
        try:
            summary = await self.summary(job)
            return split_message(render_summary(summary, job.request))
        except SummarizerError as exc:
            log.info("job %s: %s: %s", job.job_id, type(exc).__name__, exc)
            metrics.ERRORS.labels(type(exc).__name__).inc()
            return [escape(exc.user_message)]
        except Exception as exc:
            metrics.ERRORS.labels(type(exc).__name__).inc()
            return [escape(apology(log_failure(log, f"job {job.job_id}", exc)))]

    async def summary(self, job: Job) -> Summary:
        """From the cache, from another worker busy with the same article, or made here."""
        name = key_hash(job.key)
        loop = asyncio.get_running_loop()
        while True:
            if (cached := await self.state.cached(job.key)) is not None:
                metrics.CACHE.labels("hit").inc()
                return cached
            metrics.CACHE.labels("miss").inc()
            token = await self.state.lease("computing", name, self.queue.redeliver_after)
            if token is None and not self.state.outage.down:
                # Someone else summarizes this article now: wait for their result.
                deadline = loop.time() + self.queue.redeliver_after
                while loop.time() < deadline and await self.state.held("computing", name):
                    if await self.state.cached(job.key) is not None:
                        break
                    await asyncio.sleep(0.2)
                continue
            try:
                async with self.state.kept("computing", name, token, self.queue.redeliver_after):
                    summary = await self.make(job)
                await self.state.keep(job.key, summary)
                return summary
            finally:
                if token is not None:
                    await self.state.release("computing", name, token)

    async def make(self, job: Job) -> Summary:
        started = time.monotonic()
        if job.url:
            fetched = await self.fetch(job.url)
            metrics.STAGE.labels("fetch").observe(time.monotonic() - started)
            article = (
                fetched
                if fetched.url
                else Article(
                    fetched.text, fetched.title, job.url, fetched.source, fetched.published
                )
            )
        else:
            article = Article(text=job.text, source=job.source)
        began = time.monotonic()
        summary, cpu = await asyncio.to_thread(self._timed, article)
        took = time.monotonic() - began
        metrics.STAGE.labels("summarize").observe(took)
        log.info(
            "job %s: summarized %d characters in %.2f s (%.2f s CPU; %s)",
            job.job_id,
            len(article.text),
            took,
            cpu,
            summary.backend,
        )
        return slim(summary)

    def _timed(self, article: Article) -> tuple[Summary, float]:
        """The summary and the CPU seconds its thread spent: a core's worth of work, whatever
        else the machine runs (what capacity planning needs)."""
        started = time.thread_time()
        summary = self.pipeline(article)
        return summary, time.thread_time() - started

    async def deliver_once(self, job: Job, chat_id: int, chunks: list[str]) -> str:
        lease_for = self.delivery_budget + 30.0
        token = None
        while True:
            token = await self.state.lease("delivering", job.answer_id, lease_for)
            if token is not None or self.state.outage.down:
                break  # Redis away: answering twice is better than not at all
            await asyncio.sleep(0.5)  # another worker answers this message now
            if (await self.state.progress(job.answer_id)).get("done"):
                return "duplicate"
        started = time.monotonic()
        try:
            async with self.state.kept("delivering", job.answer_id, token, lease_for):
                return await self._deliver_parts(job, chat_id, chunks, started)
        finally:
            if token is not None:
                await self.state.release("delivering", job.answer_id, token)

    async def _deliver_parts(
        self, job: Job, chat_id: int, chunks: list[str], started: float
    ) -> str:
        from ..reply import deliver

        progress = await self.state.progress(job.answer_id)
        if progress.get("done"):
            return "duplicate"
        sent: list[int] = list(progress.get("parts", []))
        ok = True
        for index, chunk in enumerate(chunks):
            if index in sent:
                continue
            ok = await deliver(
                self.bot,
                chat_id,
                [chunk],
                reply_to=job.reply_to if index == 0 else None,
                thread_id=job.thread_id,
                placeholder=job.placeholder if index == 0 else None,
                within=self.delivery_budget,
            )
            if not ok:
                break
            sent.append(index)
            await self.state.note_progress(job.answer_id, {"parts": sent})
        # Done either way: a reply Telegram refused for the whole budget is logged by
        # `deliver`; trying again forever would only repeat it.
        await self.state.note_progress(job.answer_id, {"parts": sent, "done": True})
        metrics.STAGE.labels("deliver").observe(time.monotonic() - started)
        self.done += 1
        return "answered" if ok else "lost"


def any_fetch(settings: Any) -> Fetch:
    async def fetch(url: str) -> Article:
        from summarizer.fetch import fetch_article

        return await fetch_article(url, settings)

    return fetch
