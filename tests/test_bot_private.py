"""Private chat, end to end: real aiogram Bot and dispatcher long-polling the Bot API stand-in."""
from __future__ import annotations

from tests.bot_fixtures import (SEED_TEXT, PRIVATE_CHAT, command, message, running_bot,
                                update_message)


async def test_start_and_help_explain_three_ways() -> None:
    async with running_bot() as rb:
        rb.send(update_message(command("start")))
        rb.send(update_message(command("help")))
        start, help_ = await rb.replies(2)
    for text in (start, help_):
        assert "Пришлите текст" in text and "Пришлите ссылку" in text and "Перешлите пост" in text
        assert "https://" in text  # an example
        assert "@NewsBriefTestBot" in text
    assert rb.stub.violations == []


async def test_seed_article_reply_structure() -> None:
    async with running_bot() as rb:
        msg = message(SEED_TEXT)
        rb.send(update_message(msg))
        [reply] = await rb.replies(1)
        call = rb.stub.requests("sendMessage", ok_only=True)[-1]
    assert call.params["parse_mode"] == "HTML"
    assert call.params["link_preview_options"]["is_disabled"] is True
    assert call.params["reply_parameters"]["message_id"] == msg["message_id"]
    assert reply.startswith("<b>")
    assert "Токаев" in reply
    assert rb.stub.requests("sendChatAction")[0].params["action"] == "typing"
    assert rb.stub.violations == []
