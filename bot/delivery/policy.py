"""How long a call may keep trying, and which failures are worth another try.

Telegram fails in three ways that matter here: it says so (5xx, 429 with retry_after, a proxy's
HTML page) and nothing happened; the connection breaks and nobody knows whether the call took
effect (ambiguous); or it refuses the call for good (4xx). Only the first two are retried, and
an ambiguous send is remembered so a stray copy can be found afterwards.
"""

from __future__ import annotations

import asyncio
import contextlib
import random
from collections.abc import Iterator
from contextvars import ContextVar
from dataclasses import dataclass
from enum import Enum

from aiogram.exceptions import (
    ClientDecodeError,
    TelegramBadRequest,
    TelegramEntityTooLarge,
    TelegramNetworkError,
    TelegramRetryAfter,
    TelegramServerError,
)


@dataclass(frozen=True)
class RetryPolicy:
    budget: float = 120.0  # seconds one reply (all its calls together) may spend trying
    first_delay: float = 0.5  # backoff after the first failure, doubling up to max_delay
    max_delay: float = 8.0
    max_retry_after: float = 60.0  # a single flood-control wait longer than this gives up

    def backoff(self, attempt: int) -> float:
        """Exponential with jitter, so many replies failing together do not retry together."""
        delay = min(self.max_delay, self.first_delay * 2 ** max(0, attempt - 1))
        return delay * random.uniform(0.75, 1.25)


class Outcome(Enum):
    RETRY = "retry"  # nothing happened at Telegram: try again
    AMBIGUOUS = "ambiguous"  # it may or may not have happened: try again, then reconcile
    FINAL = "final"  # Telegram refused it for good (or it is our bug): give up


def classify(exc: BaseException) -> Outcome:
    if isinstance(exc, TelegramEntityTooLarge):  # a 413, though aiogram files it under network
        return Outcome.FINAL
    if isinstance(exc, TelegramRetryAfter | TelegramServerError | ClientDecodeError):
        return Outcome.RETRY  # 429, 5xx, and a 502/504 HTML page from a proxy
    if isinstance(exc, TelegramNetworkError | asyncio.TimeoutError | ConnectionError):
        return Outcome.AMBIGUOUS
    return Outcome.FINAL


# Telegram's answers that mean "already done": a retry after an ambiguous first try lands here.
_ALREADY_DONE = {
    "editmessagetext": ("message is not modified",),
    "editmessagecaption": ("message is not modified",),
    "deletemessage": ("message to delete not found",),
    "answerinlinequery": ("query is too old", "query id is invalid"),
}


def already_done(method: str, exc: BaseException, after_ambiguous: bool) -> bool:
    """True when the refusal shows the call had taken effect. An edit to the text the message
    already has is done whatever happened before; the rest only after an ambiguous try."""
    if not isinstance(exc, TelegramBadRequest):
        return False
    name = method.lower()
    text = str(exc.message).lower()
    if name.startswith("editmessage"):
        return any(marker in text for marker in _ALREADY_DONE.get(name, ()))
    return after_ambiguous and any(marker in text for marker in _ALREADY_DONE.get(name, ()))


# --- how hard the calls of the current task may try ------------------------------------------

_deadline: ContextVar[float | None] = ContextVar("delivery_deadline", default=None)
_cosmetic: ContextVar[bool] = ContextVar("delivery_cosmetic", default=False)


@contextlib.contextmanager
def budget(seconds: float) -> Iterator[None]:
    """Calls made inside share one deadline: a reply's edit and its later chunks together."""
    token = _deadline.set(asyncio.get_running_loop().time() + seconds)
    try:
        yield
    finally:
        _deadline.reset(token)


@contextlib.contextmanager
def cosmetic() -> Iterator[None]:
    """One try and no waiting: the placeholder and "typing" do not spend the reply's budget."""
    token = _cosmetic.set(True)
    try:
        yield
    finally:
        _cosmetic.reset(token)


def current_deadline(default_budget: float) -> float:
    deadline = _deadline.get()
    return deadline if deadline is not None else asyncio.get_running_loop().time() + default_budget


def is_cosmetic() -> bool:
    return _cosmetic.get()
