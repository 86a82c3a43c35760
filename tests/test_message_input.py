"""Message -> pipeline input (issue 4), from messages in the Bot API's own JSON shapes."""

from __future__ import annotations

from typing import Any

from aiogram.types import Message
from bot_fixtures import (
    CHANNEL,
    SEED_TEXT,
    command,
    forwarded_from_channel,
    message,
    url_entities,
    utf16_len,
)
from hypothesis import given
from hypothesis import strategies as st

from bot.message_input import MessageInput, command_input, from_text, message_input, utf16_slice

ARTICLE = "https://www.kommersant.ru/doc/7001234?utm_source=telegram"


def parse(payload: dict[str, Any]) -> Message:
    return Message.model_validate(payload)


def test_long_text_is_summarized_as_it_is() -> None:
    result = message_input(parse(message(SEED_TEXT)))
    assert result == MessageInput(text=SEED_TEXT.strip())
    assert not result.is_link


def test_bare_link_is_the_article() -> None:
    result = message_input(parse(message(ARTICLE, entities=url_entities(ARTICLE))))
    assert result is not None and result.url == ARTICLE


def test_url_entity_after_emoji_is_not_shifted() -> None:
    # Each emoji is two UTF-16 code units: slicing by Python characters would cut "ttps://www.k…".
    text = f"🔥🇷🇺 Срочно: {ARTICLE} — подробности"
    entities = url_entities(text)
    assert entities[0]["offset"] != text.index("https")  # the test means what it says
    result = message_input(parse(message(text, entities=entities)))
    assert result is not None and result.url == ARTICLE


def test_url_entity_without_scheme_gets_https() -> None:
    text = "👉 ria.ru/20240101/news.html"
    entities = [
        {
            "type": "url",
            "offset": utf16_len("👉 "),
            "length": utf16_len("ria.ru/20240101/news.html"),
        }
    ]
    result = message_input(parse(message(text, entities=entities)))
    assert result is not None and result.url == "https://ria.ru/20240101/news.html"


def test_forwarded_teaser_with_text_link_reads_the_article() -> None:
    teaser = "⚡️ Токаев и Путин обсудили товарооборот. Читать далее"
    entities = [
        {"type": "bold", "offset": 0, "length": utf16_len("⚡️ Токаев и Путин")},
        {
            "type": "text_link",
            "offset": utf16_len("⚡️ Токаев и Путин обсудили товарооборот. "),
            "length": utf16_len("Читать далее"),
            "url": ARTICLE,
        },
    ]
    result = message_input(parse(forwarded_from_channel(teaser, entities=entities, post_id=777)))
    assert result == MessageInput(
        text=teaser, url=ARTICLE, source=CHANNEL["title"], source_url="https://t.me/news_today/777"
    )


def test_forwarded_long_post_is_summarized_as_it_is_and_names_the_channel() -> None:
    post = SEED_TEXT[:1500] + "\nПодписывайтесь: https://t.me/news_today"
    result = message_input(parse(forwarded_from_channel(post, entities=url_entities(post))))
    assert result is not None
    assert result.url is None and result.text.startswith("Касым-Жомарт")
    assert result.source == CHANNEL["title"]
    assert result.source_url == "https://t.me/news_today/4321"


def test_forward_from_private_channel_has_no_post_link() -> None:
    channel = {"id": -1005555, "title": "Закрытый канал", "type": "channel"}
    result = message_input(parse(forwarded_from_channel(SEED_TEXT, channel=channel)))
    assert result is not None and result.source == "Закрытый канал" and result.source_url is None


def test_teaser_prefers_the_article_over_telegram_links() -> None:
    text = "Кратко о главном. Подписаться: https://t.me/news_today Читать: " + ARTICLE
    result = message_input(parse(message(text, entities=url_entities(text))))
    assert result is not None and result.url == ARTICLE


def test_only_a_telegram_post_link_is_used() -> None:
    text = "https://t.me/rian_ru/12345"
    result = message_input(parse(message(text, entities=url_entities(text))))
    assert result is not None and result.url == text


def test_caption_of_a_photo() -> None:
    payload = message(
        None,
        photo=[
            {
                "file_id": "AgAD",
                "file_unique_id": "u1",
                "width": 90,
                "height": 60,
                "file_size": 1000,
            }
        ],
        caption=SEED_TEXT,
        caption_entities=[{"type": "bold", "offset": 0, "length": 5}],
    )
    result = message_input(parse(payload))
    assert result is not None and result.text == SEED_TEXT.strip() and result.url is None


def test_nothing_to_summarize() -> None:
    sticker = message(
        None,
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
    assert message_input(parse(sticker)) is None
    assert message_input(parse(message("   "))) is None


def test_short_text_without_link_stays_text() -> None:
    result = message_input(parse(message("Привет, что нового?")))
    assert result == MessageInput(text="Привет, что нового?")


def test_plain_text_link_without_entities() -> None:
    assert from_text(f"вот: {ARTICLE}.").url == ARTICLE  # type: ignore[union-attr]
    assert from_text("t.me/rian_ru/1").url == "https://t.me/rian_ru/1"  # type: ignore[union-attr]
    assert from_text("") is None


def test_command_arguments_keep_their_entities() -> None:
    args = f"🔥 {ARTICLE}"
    payload = command(
        "summary",
        args,
        mention="NewsBriefTestBot",
        more_entities=[
            {**e, "offset": e["offset"] + utf16_len("/summary@NewsBriefTestBot ")}
            for e in url_entities(args)
        ],
    )
    result = command_input(parse(payload))
    assert result is not None and result.url == ARTICLE and result.text == args
    assert command_input(parse(command("summary"))) is None


@given(st.text(min_size=0, max_size=30), st.text(min_size=1, max_size=30))
def test_utf16_slice_matches_python_slice(prefix: str, middle: str) -> None:
    text = prefix + middle + "x"
    start, length = utf16_len(prefix), utf16_len(middle)
    assert utf16_slice(text, start, length) == middle


def test_an_emoji_glued_to_a_link_is_not_part_of_it() -> None:
    result = from_text("👉http://ria.ru/20240101/news.html👈")
    assert result is not None and result.url == "http://ria.ru/20240101/news.html"
    result = from_text("Читать: https://ria.ru/новости/1234🔥🔥, обсуждаем")
    assert result is not None and result.url == "https://ria.ru/новости/1234"
