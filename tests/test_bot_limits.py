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
            await rb.until(lambda: rb.service.busy == 2)
            rb.send(
                update_message(message(SEED_TEXT + "\nВерсия 3.", chat=other_chat, user=OTHER_USER))
            )
            [refusal] = await rb.replies(1, chat_id=OTHER_USER["id"])
            rb.send(update_message(command("start", chat=other_chat, user=OTHER_USER)))
            [_, help_] = await rb.replies(2, chat_id=OTHER_USER["id"])
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


async def test_a_flood_gets_one_refusal_not_one_per_message() -> None:
    async with running_bot(rate_limit=2, rate_window=600) as rb:
        for i in range(30):
            rb.send(update_message(message(SEED_TEXT + f"\nСпам {i}.")))
        await rb.settled()
    replies = rb.stub.sent_texts()
    assert len([r for r in replies if "Слишком много запросов" in r]) == 1
    assert len([r for r in replies if "Токаев" in r]) == 2


async def test_anonymous_admins_and_channels_are_limited_apart() -> None:
    """Every anonymous admin is "GroupAnonymousBot" to the Bot API: the chat they speak for is
    who the limit counts, not that shared user."""
    anonymous = {
        "id": 1087968824,
        "is_bot": True,
        "first_name": "Group",
        "username": "GroupAnonymousBot",
    }
    groups = [
        {"id": -1001000000000 - i, "title": f"Группа {i}", "type": "supergroup"} for i in range(3)
    ]
    async with running_bot(rate_limit=1, rate_window=600) as rb:
        for group in groups:
            rb.send(
                update_message(
                    command("summary", SEED_TEXT, chat=group, user=anonymous, sender_chat=group)
                )
            )
        await rb.settled()
    replies = [m.text for m in rb.stub.visible()]
    assert len(replies) == 3 and all("Токаев" in r for r in replies)


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
