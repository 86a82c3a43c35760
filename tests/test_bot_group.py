"""Groups: /summary as a reply, with an argument, addressed to the bot, or with nothing."""

from __future__ import annotations

from bot_fixtures import (
    GROUP_CHAT,
    OTHER_USER,
    SEED_TEXT,
    command,
    forwarded_from_channel,
    message,
    running_bot,
    update_message,
    utf16_len,
)

from bot.handlers.group import USAGE
from summarizer.types import Article

GROUP = GROUP_CHAT["id"]


async def test_summary_as_a_reply_answers_the_message() -> None:
    async with running_bot() as rb:
        target = forwarded_from_channel(SEED_TEXT, chat=GROUP_CHAT, user=OTHER_USER)
        rb.send(update_message(command("summary", chat=GROUP_CHAT, reply_to_message=target)))
        [reply] = await rb.replies(1, chat_id=GROUP)
    call = rb.stub.requests("sendMessage", ok_only=True)[-1]
    assert call.params["reply_parameters"]["message_id"] == target["message_id"]
    assert "Токаев" in reply and "https://t.me/news_today/4321" in reply
    assert rb.stub.violations == []


async def test_summary_with_a_link_as_a_reply_to_a_short_remark_reads_the_link() -> None:
    asked: list[str] = []

    async def fetch(url: str) -> Article:
        asked.append(url)
        return Article(SEED_TEXT, url=url, source="Сайт")

    async with running_bot(fetch=fetch) as rb:
        remark = message("глянь, что пишут", chat=GROUP_CHAT, user=OTHER_USER)
        link = "https://example.org/news/1"
        cmd = command(
            "summary",
            link,
            chat=GROUP_CHAT,
            reply_to_message=remark,
            more_entities=[{"type": "url", "offset": utf16_len("/summary "), "length": len(link)}],
        )
        rb.send(update_message(cmd))
        [reply] = await rb.replies(1, chat_id=GROUP)
    assert asked == [link]
    assert "Токаев" in reply
    call = rb.stub.requests("sendMessage", ok_only=True)[-1]
    assert call.params["reply_parameters"]["message_id"] == cmd["message_id"]


async def test_summary_with_text_and_bot_name() -> None:
    async with running_bot() as rb:
        cmd = command("summary", SEED_TEXT, mention="NewsBriefTestBot", chat=GROUP_CHAT)
        rb.send(update_message(cmd))
        [reply] = await rb.replies(1, chat_id=GROUP)
    call = rb.stub.requests("sendMessage", ok_only=True)[-1]
    assert call.params["reply_parameters"]["message_id"] == cmd["message_id"]
    assert "Токаев" in reply and "/summary" not in reply


async def test_summary_addressed_to_another_bot_is_ignored() -> None:
    async with running_bot() as rb:
        rb.send(update_message(command("summary", SEED_TEXT, mention="OtherBot", chat=GROUP_CHAT)))
        rb.send(update_message(command("summary", chat=GROUP_CHAT)))
        [reply] = await rb.replies(1, chat_id=GROUP)
    assert reply == USAGE  # only the second command was ours


async def test_summary_with_nothing_gets_usage() -> None:
    async with running_bot() as rb:
        rb.send(update_message(command("summary", chat=GROUP_CHAT)))
        [reply] = await rb.replies(1, chat_id=GROUP)
    assert reply == USAGE


async def test_reply_to_a_sticker_falls_back_to_usage() -> None:
    sticker = message(
        None,
        chat=GROUP_CHAT,
        user=OTHER_USER,
        sticker={
            "file_id": "CAAC",
            "file_unique_id": "s1",
            "type": "regular",
            "width": 512,
            "height": 512,
            "is_animated": False,
            "is_video": False,
        },
    )
    async with running_bot() as rb:
        rb.send(update_message(command("summary", chat=GROUP_CHAT, reply_to_message=sticker)))
        [reply] = await rb.replies(1, chat_id=GROUP)
    assert reply == USAGE


async def test_other_group_messages_get_no_reaction() -> None:
    async with running_bot() as rb:
        rb.send(update_message(message(SEED_TEXT, chat=GROUP_CHAT)))
        rb.send(update_message(forwarded_from_channel(SEED_TEXT, chat=GROUP_CHAT)))
        rb.send(update_message(message("https://example.com/news", chat=GROUP_CHAT)))
        rb.send(update_message(command("help", chat=GROUP_CHAT)))  # a marker we wait for
        await rb.replies(1, chat_id=GROUP)
    sent = rb.stub.requests("sendMessage") + rb.stub.requests("sendChatAction")
    assert len(sent) == 1 and "Пришлите текст" in sent[0].params["text"]


async def test_summary_with_a_complete_short_brief_as_a_reply_to_a_remark_reads_the_brief() -> None:
    brief = (
        "Правительство Молдавии утвердило новый порядок выдачи разрешений на строительство. "
        "Теперь документы будут рассматривать за 15 рабочих дней вместо 30. "
        "Решение приняли на заседании кабинета министров в Кишинёве."
    )
    async with running_bot() as rb:
        remark = message("глянь, что пишут", chat=GROUP_CHAT, user=OTHER_USER)
        cmd = command("summary", brief, chat=GROUP_CHAT, reply_to_message=remark)
        rb.send(update_message(cmd))
        [reply] = await rb.replies(1, chat_id=GROUP)
    assert "Молдавии" in reply
    call = rb.stub.requests("sendMessage", ok_only=True)[-1]
    assert call.params["reply_parameters"]["message_id"] == cmd["message_id"]
