"""Limits seen from the chat: a full queue and a too-eager user both get a friendly answer."""

from __future__ import annotations

import pytest
from bot_fixtures import (
    OTHER_USER,
    PRIVATE_CHAT,
    SEED_TEXT,
    SlowBackend,
    command,
    message,
    running_bot,
    update_inline,
    update_message,
)

from summarizer import Pipeline, SummarizerSettings


async def test_full_queue_answers_overloaded_and_start_stays_instant() -> None:
    backend = SlowBackend(delay=10)
    pipeline = Pipeline(SummarizerSettings(_env_file=None, backend="extractive"), backend=backend)
    other_chat = {**PRIVATE_CHAT, "id": OTHER_USER["id"], "first_name": OTHER_USER["first_name"]}
    async with running_bot(pipeline=pipeline, workers=1, queue_size=1, placeholder_delay=5) as rb:
        try:
            for i in range(2):  # one running, one queued
                rb.send(update_message(message(SEED_TEXT + f"\nВерсия {i}.")))
            await rb.stub.wait_for(lambda s: rb.service.busy == 2 or None, timeout=5)
            rb.send(
                update_message(message(SEED_TEXT + "\nВерсия 3.", chat=other_chat, user=OTHER_USER))
            )
            [refusal] = await rb.replies(1, chat_id=OTHER_USER["id"])
            rb.send(update_message(command("start", chat=other_chat, user=OTHER_USER)))
            [_, help_] = await rb.replies(2, chat_id=OTHER_USER["id"], timeout=2)
        finally:
            backend.gate.set()
        done = await rb.replies(2, chat_id=PRIVATE_CHAT["id"])
    assert "бот перегружен, попробуйте через минуту" in refusal
    assert "Пришлите текст" in help_
    assert all(t.startswith("<b>") for t in done)


async def test_rate_limited_user_gets_a_friendly_message() -> None:
    async with running_bot(rate_limit=2, rate_window=60) as rb:
        for i in range(3):
            rb.send(update_message(message(SEED_TEXT + f"\nВерсия {i}.")))
        replies = await rb.replies(3)
        rb.send(update_inline(SEED_TEXT[:1000]))
        await rb.stub.wait_for(lambda s: s.requests("answerInlineQuery"))
    limited = [r for r in replies if "Слишком много запросов" in r]
    assert len(limited) == 1 and "Подождите" in limited[0]
    [answer] = rb.stub.requests("answerInlineQuery", ok_only=True)
    assert answer.params["results"][0]["title"] == "Слишком много запросов"
    assert rb.stub.violations == []


async def test_help_is_never_rate_limited() -> None:
    async with running_bot(rate_limit=1) as rb:
        for _ in range(3):
            rb.send(update_message(command("help")))
        replies = await rb.replies(3)
    assert all("Пришлите текст" in r for r in replies)


async def test_a_bug_outside_the_reply_flow_still_gets_an_apology(
    caplog: pytest.LogCaptureFixture,
) -> None:
    class BrokenLimiter:
        def check(self, user_id: int) -> None:
            raise RuntimeError("limiter bug")

    async with running_bot() as rb:
        rb.service.limiter = BrokenLimiter()  # type: ignore[assignment]
        rb.send(update_message(message(SEED_TEXT)))
        rb.send(update_inline(SEED_TEXT[:500]))
        [reply] = await rb.replies(1)
        await rb.stub.wait_for(lambda s: s.requests("answerInlineQuery", ok_only=True))
    assert "Что-то сломалось" in reply and "ошибка" in reply
    [answer] = rb.stub.requests("answerInlineQuery", ok_only=True)
    assert answer.params["results"][0]["title"] == "Не получилось"
    assert len([r for r in caplog.records if r.levelname == "ERROR"]) == 2
