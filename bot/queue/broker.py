"""The job queue: taskiq with taskiq-redis's acknowledged stream broker, read one job at a time.

A Redis stream with a consumer group: a worker reads a job (XREADGROUP), runs it, and only then
acknowledges it (taskiq's default, `when_saved`); a job a dead worker never acknowledged is taken
over by another worker once it has been idle for QUEUE_REDELIVER_AFTER seconds (XAUTOCLAIM).

A worker busy with a long job keeps it: `touch` (every third of that time) resets the job's idle
time with XCLAIM ... JUSTID, so only a job whose worker stopped touching it moves.

Two changes to taskiq-redis 1.2's `listen`, in a subclass: it looks for such abandoned jobs on
every round, also when no new job came in (upstream looks only after a read that returned
something, so on a quiet queue a dead worker's job waits for the next new job); and it outlives
Redis restarts (upstream's generator ends with the connection error, and the worker with it),
re-creating the consumer group when a Redis without persistence came back empty.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncGenerator, Awaitable, Callable
from typing import Any

from redis.asyncio import Redis
from redis.exceptions import RedisError, ResponseError
from taskiq import AckableMessage
from taskiq_redis import RedisStreamBroker

from .settings import QueueSettings
from .state import Outage, retrying

log = logging.getLogger(__name__)

TASK_NAME = "newsbrief.summarize"
GROUP = "workers"
ACK_TRIES = 5  # an acknowledgement meeting a Redis restart: tries, ACK_PAUSE s more each time
ACK_PAUSE = 0.5


class JobStreamBroker(RedisStreamBroker):
    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.outage = Outage(f"job stream {self.queue_name}")
        self.in_hand: set[str] = set()  # ids of jobs read and not yet acknowledged

    def _ack_generator(self, id: str, queue_name: str) -> Callable[[], Awaitable[None]]:
        ack = super()._ack_generator(id, queue_name)
        self.in_hand.add(id)

        async def _ack() -> None:
            # Redis restarting at this moment: a few tries, then let the job be re-delivered
            # (its answer goes out once anyway: the delivery record) with one warning, never a
            # traceback from taskiq's receiver
            try:
                for attempt in range(ACK_TRIES):
                    try:
                        await ack()
                        self.outage.ok()
                        return
                    except RedisError as exc:
                        self.outage.failed(exc)
                        if attempt + 1 < ACK_TRIES:
                            await asyncio.sleep(ACK_PAUSE * (attempt + 1))
                log.warning(
                    "job %s done but not acknowledged (Redis away): another worker will take it "
                    "over and its answer is not sent twice",
                    id,
                )
            finally:
                self.in_hand.discard(id)

        return _ack

    async def touch(self) -> None:
        """Reset the idle time of the jobs in hand: they are being worked on."""
        if not self.in_hand:
            return
        async with Redis(connection_pool=self.connection_pool) as redis:
            await redis.xclaim(
                self.queue_name,
                self.consumer_group_name,
                self.consumer_name,
                min_idle_time=0,
                message_ids=list(self.in_hand),
                justid=True,
            )

    async def listen(self) -> AsyncGenerator[AckableMessage, None]:
        delay = 0.5
        while True:
            try:
                async for message in self._rounds():
                    delay = 0.5
                    yield message
            except (RedisError, OSError) as exc:
                self.outage.failed(exc)
                if isinstance(exc, ResponseError) and "NOGROUP" in str(exc):
                    await self._declare_again()
                await asyncio.sleep(delay)
                delay = min(delay * 2, 5.0)

    async def _declare_again(self) -> None:
        try:
            await self._declare_consumer_group()
            log.info("consumer group %s created again (Redis came back empty)", GROUP)
        except (RedisError, OSError) as exc:
            self.outage.failed(exc)

    async def _rounds(self) -> AsyncGenerator[AckableMessage, None]:
        async with Redis(connection_pool=self.connection_pool) as redis:
            while True:
                fetched: Any = await redis.xreadgroup(
                    self.consumer_group_name,
                    self.consumer_name,
                    {self.queue_name: ">"},
                    block=self.block,
                    count=self.count,
                )
                self.outage.ok()
                for _stream, messages in fetched or ():
                    for msg_id, msg in messages:
                        yield AckableMessage(
                            data=msg[b"data"], ack=self._ack_generator(msg_id, self.queue_name)
                        )
                autoclaimed: Any = await redis.xautoclaim(
                    self.queue_name,
                    self.consumer_group_name,
                    self.consumer_name,
                    min_idle_time=self.idle_timeout,
                    count=1,
                )
                for msg_id, msg in autoclaimed[1]:
                    if msg is None:  # trimmed from the stream meanwhile
                        continue
                    log.warning(
                        "job %s: taken over from a worker that did not finish it",
                        msg_id.decode() if isinstance(msg_id, bytes) else msg_id,
                    )
                    yield AckableMessage(
                        data=msg[b"data"], ack=self._ack_generator(msg_id, self.queue_name)
                    )


def make_broker(settings: QueueSettings, *, consumer: str | None = None) -> JobStreamBroker:
    """The same broker for the bot (which only sends) and the workers (which read)."""
    assert settings.redis_url is not None
    return JobStreamBroker(
        settings.redis_url,
        queue_name=settings.stream,
        consumer_group_name=GROUP,
        consumer_name=consumer,
        consumer_id="0",  # a group made after jobs were sent still gets them
        xread_block=1000,
        xread_count=1,  # one job at a time: the rest stay for idle workers
        idle_timeout=int(settings.redeliver_after * 1000),
        maxlen=settings.stream_maxlen,
        **{**retrying(), "socket_timeout": 10.0},  # above the 1 s block of XREADGROUP
    )
