"""Requests waiting for the engine go in as one batch, and each gets its own answer back.

The batching logic runs on a deterministic generate function that holds the engine until the
test lets it go (so which requests wait is not left to timing); the real engines' batched output
is checked in test_seq2seq_ct2.py, and the backend with batching on runs the real CTranslate2
engine here.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from seq2seq_fixtures import random_tiny, settings_for

from summarizer.backends.seq2seq import GenerationOptions, Seq2SeqBackend
from summarizer.backends.seq2seq.batching import Batcher
from summarizer.document import Document

GREEDY = GenerationOptions(num_beams=1, no_repeat_ngram_size=0, max_new_tokens=8)
BEAMS = GenerationOptions(num_beams=5, no_repeat_ngram_size=0, max_new_tokens=8)


class HeldEngine:
    """Answers each input with its reverse; the first call waits until `release` is set."""

    def __init__(self, fail_on_batch: int | None = None) -> None:
        self.release = threading.Event()
        self.entered = threading.Event()
        self.batches: list[list[list[int]]] = []
        self.fail_on_batch = fail_on_batch

    def generate(
        self, batch: Sequence[Sequence[int]], options: GenerationOptions
    ) -> list[list[int]]:
        self.batches.append([list(ids) for ids in batch])
        if len(self.batches) == 1:
            self.entered.set()
            assert self.release.wait(60)
        if self.fail_on_batch == len(self.batches):
            raise RuntimeError("engine failed")
        return [[*reversed(ids), options.num_beams] for ids in batch]


def wait_until(condition, deadline: float = 60.0) -> None:
    """Poll for a state the test is waiting for (a liveness wait, not a timing assertion)."""
    end = time.monotonic() + deadline
    while not condition():
        assert time.monotonic() < end, "condition never became true"
        time.sleep(0.005)


def waiting(batcher: Batcher) -> int:
    return len(batcher._queue)


def submit_while_held(
    engine: HeldEngine, batcher: Batcher, requests: list[tuple[list[int], GenerationOptions]]
):
    """The first request takes the engine and is held there; the rest queue up behind it."""
    pool = ThreadPoolExecutor(len(requests))
    first = pool.submit(batcher, *requests[0])
    assert engine.entered.wait(60)
    rest = []
    for ids, options in requests[1:]:
        rest.append(pool.submit(batcher, ids, options))
        queued = len(rest)
        wait_until(lambda queued=queued: waiting(batcher) == queued)
    engine.release.set()
    results = [first.result(60)] + [f.result(60) for f in rest]
    pool.shutdown()
    return results


def test_a_lone_request_runs_at_once_as_a_batch_of_one() -> None:
    engine = HeldEngine()
    engine.release.set()
    assert Batcher(engine.generate, 4)([1, 2, 3], GREEDY) == [3, 2, 1, 1]
    assert engine.batches == [[[1, 2, 3]]]


def test_requests_that_wait_run_as_one_batch_each_with_its_own_answer() -> None:
    engine = HeldEngine()
    batcher = Batcher(engine.generate, 4)
    requests = [([i, i + 10], GREEDY) for i in range(4)]
    results = submit_while_held(engine, batcher, requests)
    assert results == [[i + 10, i, 1] for i in range(4)]
    assert [len(b) for b in engine.batches] == [1, 3]
    assert batcher.batch_sizes == [1, 3]
    assert not batcher._busy and waiting(batcher) == 0  # the engine is idle again


def test_batches_are_capped_and_never_mix_generation_settings() -> None:
    engine = HeldEngine()
    batcher = Batcher(engine.generate, 2)
    requests = [([0], GREEDY), ([1], GREEDY), ([2], BEAMS), ([3], GREEDY), ([4], GREEDY)]
    results = submit_while_held(engine, batcher, requests)
    assert results == [[0, 1], [1, 1], [2, 5], [3, 1], [4, 1]]
    assert engine.batches == [[[0]], [[1], [3]], [[2]], [[4]]]


def test_an_engine_error_reaches_every_request_of_its_batch_and_no_other() -> None:
    engine = HeldEngine(fail_on_batch=2)
    batcher = Batcher(engine.generate, 4)
    pool = ThreadPoolExecutor(3)
    first = pool.submit(batcher, [1], GREEDY)
    assert engine.entered.wait(60)
    others = [pool.submit(batcher, [i], GREEDY) for i in (2, 3)]
    wait_until(lambda: waiting(batcher) == 2)
    engine.release.set()
    assert first.result(60) == [1, 1]
    for future in others:
        with pytest.raises(RuntimeError, match="engine failed"):
            future.result(60)
    pool.shutdown()
    assert batcher([7], GREEDY) == [7, 1]  # and the engine serves the next request


def test_backend_with_batching_gives_what_it_gives_alone(random_tiny: Path, seed_text: str) -> None:
    """Four articles summarized at once from four threads, through the real CTranslate2 engine
    with batching on: each gets the summary it gets on its own."""
    settings = settings_for(random_tiny, ct2_quantization="float32", num_beams=1, batch_size=1)
    alone = Seq2SeqBackend(random_tiny, settings)
    assert alone._batcher is None
    batched = Seq2SeqBackend(random_tiny, settings.model_copy(update={"batch_size": 4}))
    sentences = Document(seed_text).sentences
    docs = [Document(" ".join(s.text for s in sentences[i : i + 4])) for i in range(0, 16, 4)]
    expected = [alone.summarize(doc) for doc in docs]
    with ThreadPoolExecutor(4) as pool:
        got = list(pool.map(batched.summarize, docs))
    assert got == expected
    assert batched._batcher is not None and sum(batched._batcher.batch_sizes) == 4
    assert alone.label == batched.label == "seq2seq/ctranslate2"
