"""State every replica and worker shares through Redis: summaries, rate limits, who is working
on what, and which answers went out.

Every key has a time to live, so Redis memory is bounded by traffic × TTL and, past that, by
Redis's own `maxmemory` with the `volatile-lru` policy (only keys with a TTL are evicted: the
job stream never is). A Redis that cannot be reached is one warning when it starts and one line
when it is back; callers get a fallback answer (a cache miss, the local limiter) meanwhile.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import time
import uuid
from typing import Any

from redis.asyncio import Redis
from redis.exceptions import RedisError

from summarizer.types import Summary

from ..service import RateLimited, RateLimiter
from .codec import key_hash, summary_from_json, summary_to_json

log = logging.getLogger(__name__)

# A sliding window in one sorted set per sender, timed by Redis's clock (replicas' clocks differ).
_RATE_SCRIPT = """
local t = redis.call('TIME')
local now = tonumber(t[1]) + tonumber(t[2]) / 1000000
local window = tonumber(ARGV[1])
local limit = tonumber(ARGV[2])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
if redis.call('ZCARD', KEYS[1]) >= limit then
  local first = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
  return tostring(window - (now - tonumber(first[2])))
end
redis.call('ZADD', KEYS[1], now, ARGV[3])
redis.call('PEXPIRE', KEYS[1], math.ceil(window * 1000))
return '0'
"""

# Extend a lease only if it is still ours.
_RENEW_SCRIPT = """
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
return 0
"""

# Release a lease only if it is still ours.
_RELEASE_SCRIPT = """
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
"""


def retrying() -> dict[str, Any]:
    """Connection options: fail fast (seconds, not minutes) when Redis is away; callers retry
    (the bot's `enqueue`, the worker's reader) or fall back (`SharedState`)."""
    return {"socket_timeout": 5.0, "socket_connect_timeout": 3.0, "health_check_interval": 15}


def connect(url: str) -> Redis:
    return Redis.from_url(url, **retrying())


class Outage:
    """One warning when Redis stops answering, one line when it answers again."""

    def __init__(self, what: str) -> None:
        self.what = what
        self.down_since: float | None = None
        self.failures = 0

    def failed(self, exc: BaseException) -> None:
        self.failures += 1
        if self.down_since is None:
            self.down_since = time.monotonic()
            log.warning("%s: Redis unreachable (%s: %s)", self.what, type(exc).__name__, exc)

    def ok(self) -> None:
        if self.down_since is not None:
            log.info(
                "%s: Redis answers again after %.1f s",
                self.what,
                time.monotonic() - self.down_since,
            )
            self.down_since = None

    @property
    def down(self) -> bool:
        return self.down_since is not None


class SharedState:
    """The shared keys, each operation safe to call while Redis is down (see the module doc)."""

    def __init__(self, redis: Redis, prefix: str, *, cache_ttl: float, done_ttl: float) -> None:
        self.redis, self.prefix = redis, prefix
        self.cache_ttl, self.done_ttl = cache_ttl, done_ttl
        self.outage = Outage(f"shared state ({prefix})")
        self._rate = redis.register_script(_RATE_SCRIPT)
        self._release = redis.register_script(_RELEASE_SCRIPT)
        self._renew = redis.register_script(_RENEW_SCRIPT)

    def k(self, kind: str, name: str) -> str:
        return f"{self.prefix}:{kind}:{name}"

    async def _call(self, op: Any, fallback: Any) -> Any:
        try:
            result = await op
        except (RedisError, OSError) as exc:
            self.outage.failed(exc)
            return fallback
        self.outage.ok()
        return result

    async def ping(self) -> bool:
        return bool(await self._call(self.redis.ping(), False))

    # --- summaries -----------------------------------------------------------------------

    async def cached(self, key: str) -> Summary | None:
        raw = await self._call(self.redis.get(self.k("cache", key_hash(key))), None)
        if raw is None:
            return None
        try:
            return summary_from_json(raw)
        except (ValueError, KeyError, TypeError) as exc:  # written by another version
            log.warning("cached summary unreadable, ignored: %r", exc)
            return None

    async def keep(self, key: str, summary: Summary) -> bool:
        op = self.redis.set(
            self.k("cache", key_hash(key)), summary_to_json(summary), ex=int(self.cache_ttl)
        )
        return bool(await self._call(op, False))

    # --- leases: one worker computes an article, one delivers an answer --------------------

    async def lease(self, kind: str, name: str, seconds: float) -> str | None:
        """A token when the lease is ours (nobody held it), None when taken or Redis is down."""
        token = uuid.uuid4().hex
        op = self.redis.set(self.k(kind, name), token, nx=True, px=int(seconds * 1000))
        return token if await self._call(op, None) else None

    async def renew(self, kind: str, name: str, token: str, seconds: float) -> None:
        await self._call(
            self._renew(keys=[self.k(kind, name)], args=[token, int(seconds * 1000)]), None
        )

    @contextlib.asynccontextmanager
    async def kept(self, kind: str, name: str, token: str | None, seconds: float) -> Any:
        """While the block runs, the lease is renewed every third of `seconds`: it expires only
        when its holder died, never under a slow fetch or summary."""

        async def keep() -> None:
            while True:
                await asyncio.sleep(seconds / 3)
                await self.renew(kind, name, token or "", seconds)

        task = asyncio.ensure_future(keep()) if token is not None else None
        try:
            yield
        finally:
            if task is not None:
                task.cancel()

    async def release(self, kind: str, name: str, token: str) -> None:
        await self._call(self._release(keys=[self.k(kind, name)], args=[token]), None)

    async def held(self, kind: str, name: str) -> bool:
        return bool(await self._call(self.redis.exists(self.k(kind, name)), False))

    # --- answers: what was sent for one user message ---------------------------------------

    async def progress(self, answer_id: str) -> dict[str, Any]:
        raw = await self._call(self.redis.get(self.k("answer", answer_id)), None)
        return json.loads(raw) if raw else {}

    async def note_progress(self, answer_id: str, progress: dict[str, Any]) -> None:
        op = self.redis.set(
            self.k("answer", answer_id), json.dumps(progress), ex=int(self.done_ttl)
        )
        await self._call(op, None)


class SharedRateLimiter:
    """The per-sender limit of `bot.service.RateLimiter`, counted in Redis for all replicas;
    while Redis is away, each replica counts on its own (a local limiter with the same limits)."""

    def __init__(self, state: SharedState, limit: int = 6, window: float = 60.0) -> None:
        self.state, self.limit, self.window = state, limit, window
        self.local = RateLimiter(limit, window)

    async def retry_in(self, user_id: int) -> float:
        if self.limit <= 0:
            return 0.0
        op = self.state._rate(
            keys=[self.state.k("rate", str(user_id))],
            args=[self.window, self.limit, uuid.uuid4().hex],
        )
        result = await self.state._call(op, None)
        if result is None:
            return self.local.retry_in(user_id)
        return float(result)

    async def check(self, user_id: int) -> None:
        if (wait := await self.retry_in(user_id)) > 0:
            raise RateLimited(wait)

    async def should_tell(self, user_id: int, retry_in: float) -> bool:
        op = self.state.redis.set(
            self.state.k("told", str(user_id)), "1", nx=True, px=max(1, int(retry_in * 1000))
        )
        result = await self.state._call(op, None)
        if result is None and self.state.outage.down:
            return self.local.should_tell(user_id, retry_in)
        return bool(result)


async def wait_until(predicate: Any, deadline: float, every: float = 0.2) -> bool:
    """Poll an async predicate until it holds or the loop time passes `deadline`."""
    loop = asyncio.get_running_loop()
    while True:
        if await predicate():
            return True
        if loop.time() >= deadline:
            return False
        await asyncio.sleep(every)
