"""Inline mode: a result in time, a help result, and "not ready yet" rather than nothing."""

from __future__ import annotations

import asyncio
import time

from bot_fixtures import SEED_TEXT, article_html, local_site, real_fetch, running_bot, update_inline
from botapi_stub import parse_html

from bot.handlers.inline import INLINE_TEXT_TITLE, PENDING_TITLE
from summarizer.types import Article, Summary


def answers(rb) -> list[dict]:
    return [c.params for c in rb.stub.requests("answerInlineQuery", ok_only=True)]


async def wait_answers(rb, n: int) -> list[dict]:
    await rb.stub.wait_for(lambda s: len(s.requests("answerInlineQuery", ok_only=True)) >= n)
    return answers(rb)


async def test_empty_query_gets_a_help_result() -> None:
    async with running_bot() as rb:
        rb.send(update_inline(""))
        [answer] = await wait_answers(rb, 1)
    [result] = answer["results"]
    assert (
        result["type"] == "article"
        and "@NewsBriefTestBot" in result["input_message_content"]["message_text"]
    )


async def test_text_query_gives_the_summary() -> None:
    async with running_bot() as rb:
        rb.send(update_inline(SEED_TEXT[:1200]))
        [answer] = await wait_answers(rb, 1)
    [result] = answer["results"]
    content = result["input_message_content"]
    assert content["parse_mode"] == "HTML" and content["link_preview_options"]["is_disabled"]
    shown = parse_html(content["message_text"])
    assert shown.startswith(result["title"])  # the title is the headline
    assert result["description"] and result["description"].split()[0] in shown
    assert int(answer.get("cache_time", 0)) > 0
    assert rb.stub.violations == []


async def test_realistic_short_query_explains_itself() -> None:
    # Telegram caps inline queries at 256 characters: a typed text is usually too short.
    async with running_bot() as rb:
        rb.send(update_inline("Путин и Токаев провели переговоры в Москве"))
        [answer] = await wait_answers(rb, 1)
    [result] = answer["results"]
    assert result["title"] == INLINE_TEXT_TITLE
    assert "256" in result["input_message_content"]["message_text"]
    assert "ссылку" in result["input_message_content"]["message_text"]
    assert rb.stub.requests("sendMessage") == []  # nothing was summarized or sent to a chat


async def test_link_query() -> None:
    pages = {"/a": ("text/html", article_html("Токаев и Путин", SEED_TEXT).encode())}
    async with local_site(pages) as site, running_bot(fetch=real_fetch()) as rb:
        rb.send(update_inline(f"{site}/a"))
        [answer] = await wait_answers(rb, 1)
    [result] = answer["results"]
    assert "Токаев" in result["input_message_content"]["message_text"]
    assert f"{site}/a" in result["input_message_content"]["message_text"]


async def test_out_of_time_says_so_then_the_retry_is_instant() -> None:
    def slow(article: Article) -> Summary:
        time.sleep(1.0)
        return Summary("Заголовок", "Первая строка пересказа.", article=article)

    async with running_bot(pipeline=slow, inline_budget=0.3) as rb:
        rb.send(update_inline(SEED_TEXT[:1200]))
        [first] = await wait_answers(rb, 1)
        await asyncio.sleep(1.2)  # the work finishes into the cache
        sent = time.monotonic()
        rb.send(update_inline(SEED_TEXT[:1200]))
        second = (await wait_answers(rb, 2))[1]
        took = rb.stub.requests("answerInlineQuery", ok_only=True)[1].at - sent
    assert first["results"][0]["title"] == PENDING_TITLE
    assert int(first.get("cache_time", 0)) == 0
    assert second["results"][0]["title"] == "Заголовок"
    assert second["results"][0]["description"] == "Первая строка пересказа."
    assert took < 0.9  # not another second of work (polling adds a little)
    assert rb.stub.violations == []  # each query answered once
