"""Saying no politely: per-user limits, overload, a stop in progress; and how long a wait is."""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable

from summarizer.errors import SummarizerError

Clock = Callable[[], float]


def say_seconds(seconds: float) -> str:
    """ "40 с", "3 мин": a wait as a person would say it."""
    if seconds < 90:
        return f"{max(1, round(seconds))} с"
    return f"{round(seconds / 60)} мин"


class Overloaded(SummarizerError):
    user_message = "⏳ Сейчас бот перегружен, попробуйте через минуту."

    def __init__(self, detail: str = "", wait: float | None = None) -> None:
        message = None
        if wait is not None:
            message = (
                f"⏳ Сейчас бот перегружен: очередь примерно на {say_seconds(wait)}. "
                "Попробуйте через минуту."
            )
        super().__init__(detail, user_message=message)
        self.wait = wait


class ShuttingDown(SummarizerError):
    user_message = (
        "Бот перезапускается и не успел дочитать статью. Пришлите её ещё раз через минуту — "
        "отвечу сразу."
    )


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


class RateLimiter:
    """At most `limit` requests per `window` seconds per sender, a sliding window; a sender who
    keeps going is told once per window, not once per message."""

    def __init__(self, limit: int = 6, window: float = 60.0, clock: Clock = time.monotonic) -> None:
        self.limit, self.window, self._clock = limit, window, clock
        self._hits: dict[int, deque[float]] = {}
        self._told: dict[int, float] = {}  # sender -> when the refusal stops applying

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
        if len(self._hits) > 10_000:  # forget senders who went quiet
            for uid in [u for u, h in self._hits.items() if not h or now - h[-1] >= self.window]:
                del self._hits[uid]
                self._told.pop(uid, None)
        return 0.0

    def check(self, user_id: int) -> None:
        if (wait := self.retry_in(user_id)) > 0:
            raise RateLimited(wait)

    def should_tell(self, user_id: int, retry_in: float) -> bool:
        """True once per refusal period: the first refused message gets the answer, the rest of
        a flood only a log line."""
        now = self._clock()
        if self._told.get(user_id, 0.0) > now:
            return False
        self._told[user_id] = now + retry_in
        return True


class ServiceTime:
    """How long a summary takes, learned from the ones done: seconds per character plus a fixed
    part (counted as `OVERHEAD_CHARS` characters), an exponentially weighted average."""

    OVERHEAD_CHARS = 2000

    def __init__(self, seconds_per_char: float = 2e-4, alpha: float = 0.2) -> None:
        self.rate, self.alpha = seconds_per_char, alpha
        self.observed = 0

    def cost(self, chars: int) -> float:
        return self.rate * (chars + self.OVERHEAD_CHARS)

    def observe(self, chars: int, seconds: float) -> None:
        rate = seconds / (chars + self.OVERHEAD_CHARS)
        self.rate = rate if self.observed == 0 else (1 - self.alpha) * self.rate + self.alpha * rate
        self.observed += 1
