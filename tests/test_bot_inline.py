"""Inline mode: a result in time, a help result, and "not ready yet" rather than nothing."""

from __future__ import annotations

import threading

from bot_fixtures import SEED_TEXT, article_html, local_site, real_fetch, running_bot, update_inline
from botapi_stub import parse_html

from bot.handlers.inline import INLINE_TEXT_TITLE, PENDING_TITLE
from bot.message_input import from_text
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
    async with running_bot(inline_budget=120) as rb:
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
    async with local_site(pages) as site, running_bot(fetch=real_fetch(), inline_budget=120) as rb:
        rb.send(update_inline(f"{site}/a"))
        [answer] = await wait_answers(rb, 1)
    [result] = answer["results"]
    assert "Токаев" in result["input_message_content"]["message_text"]
    assert f"{site}/a" in result["input_message_content"]["message_text"]


async def test_out_of_time_says_so_then_the_retry_is_instant() -> None:
    calls = []
    gate = threading.Event()

    def slow(article: Article) -> Summary:
        calls.append(article)
        gate.wait(120)
        return Summary("Заголовок", "Первая строка пересказа.", article=article)

    async with running_bot(pipeline=slow, inline_budget=0.3) as rb:
        rb.send(update_inline(SEED_TEXT[:1200]))
        [first] = await wait_answers(rb, 1)  # the gate holds the work: out of time for sure
        gate.set()
        request = from_text(SEED_TEXT[:1200])
        await rb.until(lambda: rb.service.cached(request))
        rb.send(update_inline(SEED_TEXT[:1200]))
        second = (await wait_answers(rb, 2))[1]
    assert first["results"][0]["title"] == PENDING_TITLE
    assert int(first.get("cache_time", 0)) == 0
    assert second["results"][0]["title"] == "Заголовок"
    assert second["results"][0]["description"] == "Первая строка пересказа."
    assert len(calls) == 1  # the retry came from the cache, not another summary
    assert rb.stub.violations == []  # each query answered once


async def test_a_link_typed_keystroke_by_keystroke_is_fetched_once() -> None:
    pages = {"/news/2024/tokaev": ("text/html", article_html("Токаев", SEED_TEXT).encode())}
    asked: list[str] = []
    fetch = real_fetch()

    async def counting(url: str) -> Article:
        asked.append(url)
        return await fetch(url)

    async with (
        local_site(pages) as site,
        running_bot(fetch=counting, inline_debounce=2.0, inline_budget=120) as rb,
    ):
        url = f"{site}/news/2024/tokaev"
        for cut in (len(url) - 9, len(url) - 4, len(url)):  # one query per keystroke burst
            rb.send(update_inline(url[:cut]))
        [answer] = await wait_answers(rb, 1)
        await rb.settled()
    assert asked == [url]  # the partial links were never fetched
    assert "Токаев" in answer["results"][0]["input_message_content"]["message_text"]
    assert len(answers(rb)) == 1  # superseded queries get no answer: the client shows the last
