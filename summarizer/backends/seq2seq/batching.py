"""Requests that wait for the engine go in together as one batch.

No timer and no extra thread: the caller that finds the engine idle runs it at once (a lone
request pays nothing); callers arriving while it runs queue up, and when it is done, everything
queued (up to `max_batch`) goes in as one batch, run by one of the waiting callers. A caller
whose own result is ready returns at once and hands the engine to the next waiting one.
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from .engine import GenerationOptions, Ids

Generate = Callable[[Sequence[Sequence[int]], GenerationOptions], list[Ids]]


@dataclass
class _Request:
    ids: Sequence[int]
    options: GenerationOptions
    wake: threading.Event = field(default_factory=threading.Event)
    lead: bool = False  # woken to run the engine, not because the result is ready
    result: Ids | None = None
    error: BaseException | None = None


class Batcher:
    def __init__(self, generate: Generate, max_batch: int) -> None:
        self.generate, self.max_batch = generate, max(1, max_batch)
        self._lock = threading.Lock()
        self._queue: deque[_Request] = deque()
        self._busy = False
        self.batch_sizes: list[int] = []  # what ran, for tests and measurements (bounded below)

    def __call__(self, ids: Sequence[int], options: GenerationOptions) -> Ids:
        request = _Request(ids, options)
        with self._lock:
            self._queue.append(request)
            leads = not self._busy
            self._busy = True
        while not leads:
            request.wake.wait()
            request.wake.clear()
            if not request.lead:
                return self._result(request)
            leads = True
        self._drive(request)
        return self._result(request)

    def _drive(self, own: _Request) -> None:
        """Run batches until `own` is done, then hand the engine on (or leave it idle)."""
        while True:
            with self._lock:
                if own.result is not None or own.error is not None:
                    if self._queue:
                        heir = self._queue[0]
                        heir.lead = True
                        heir.wake.set()
                    else:
                        self._busy = False
                    return
                batch = self._take()
            try:
                results = self.generate([r.ids for r in batch], batch[0].options)
                for r, out in zip(batch, results, strict=True):
                    r.result = out
            except BaseException as exc:  # every request of the batch learns why
                for r in batch:
                    r.error = exc
            for r in batch:
                if r is not own:
                    r.wake.set()

    def _take(self) -> list[_Request]:
        """The oldest requests that share the first one's options (called under the lock)."""
        first = self._queue.popleft()
        batch = [first]
        for r in list(self._queue):
            if len(batch) >= self.max_batch:
                break
            if r.options == first.options:
                self._queue.remove(r)
                batch.append(r)
        if len(self.batch_sizes) < 10_000:
            self.batch_sizes.append(len(batch))
        return batch

    @staticmethod
    def _result(request: _Request) -> Ids:
        if request.error is not None:
            raise request.error
        assert request.result is not None
        return request.result
