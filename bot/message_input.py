"""From a Telegram message to what the pipeline should read (issue 4): a pure function.

Telegram hands links as entities whose offsets count UTF-16 code units, not Python characters: an
emoji before a link takes two units, so slicing the `str` by those offsets would cut the wrong
piece. Everything here works on UTF-16 offsets explicitly.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from urllib.parse import urlsplit

from aiogram.types import Message, MessageEntity, MessageOriginChannel, MessageOriginChat

# A post at least this long is summarized as it is; a shorter one with a link is a teaser, and
# the article behind the link is what the reader wants. Same default as the pipeline's minimum.
DEFAULT_MIN_TEXT_CHARS = 300

# For text that comes without entities (inline queries, command arguments typed by hand).
_URL = re.compile(r"(?:https?://|(?<![\w.@/])(?:www\.|t\.me/))[^\s<>«»\"']+", re.IGNORECASE)
_TRAILING = ".,;:!?)]}…»\"'"
_TELEGRAM_HOSTS = frozenset({"t.me", "telegram.me", "www.t.me", "telegram.dog"})


@dataclass(frozen=True)
class MessageInput:
    """What to summarize and where it came from, ready for the service."""

    text: str  # the message's text or caption, as sent ("" when there is none)
    url: str | None = None  # the article to fetch instead of `text` (a teaser or a bare link)
    source: str | None = None  # the channel or chat the post was forwarded from
    source_url: str | None = None  # the original post: https://t.me/<username>/<message_id>

    @property
    def is_link(self) -> bool:
        return self.url is not None


def utf16_slice(text: str, offset: int, length: int) -> str:
    """`text[offset:offset + length]` with offsets in UTF-16 code units, as Telegram counts."""
    data = text.encode("utf-16-le")
    return data[offset * 2 : (offset + length) * 2].decode("utf-16-le", errors="replace")


def _with_scheme(url: str) -> str:
    url = url.strip()
    return url if re.match(r"^[a-z][a-z0-9+.-]*://", url, re.I) else "https://" + url


def _is_web_link(url: str) -> bool:
    parts = urlsplit(url)
    return parts.scheme in ("http", "https") and bool(parts.hostname)


def _is_telegram(url: str) -> bool:
    return (urlsplit(url).hostname or "").lower() in _TELEGRAM_HOSTS


def entity_links(text: str, entities: list[MessageEntity] | None) -> list[str]:
    """Web links in the order they appear: `url` entities (the visible text) and `text_link`s."""
    links: list[str] = []
    for entity in sorted(entities or (), key=lambda e: e.offset):
        if entity.type == "text_link" and entity.url:
            url = entity.url
        elif entity.type == "url":
            url = _with_scheme(utf16_slice(text, entity.offset, entity.length))
        else:
            continue
        if _is_web_link(url) and url not in links:
            links.append(url)
    return links


def _cut_at_symbol(candidate: str) -> str:
    """A link ends where a character no address holds begins: an emoji glued to it ("👉http://…👈"),
    a dash, a non-Latin symbol. Letters and digits of any script stay (кириллица in paths)."""
    for i, char in enumerate(candidate):
        if ord(char) > 127 and not unicodedata.category(char).startswith(("L", "N")):
            return candidate[:i]
    return candidate


def text_links(text: str) -> list[str]:
    """Links in plain text without entities, trailing punctuation trimmed."""
    links = []
    for match in _URL.finditer(text):
        url = _with_scheme(_cut_at_symbol(match.group(0)).rstrip(_TRAILING))
        if _is_web_link(url) and url not in links:
            links.append(url)
    return links


def pick_link(links: list[str]) -> str | None:
    """The article link: the first one off Telegram (a channel's own t.me links are usually a
    "subscribe" footer), else the first t.me link (a post the fetcher can read)."""
    for url in links:
        if not _is_telegram(url):
            return url
    return links[0] if links else None


def _without_link_entities(text: str, entities: list[MessageEntity]) -> str:
    """The text with visible URLs cut out, by UTF-16 offsets, so a bare link counts as no prose."""
    data = text.encode("utf-16-le")
    for entity in sorted(entities, key=lambda e: e.offset, reverse=True):
        if entity.type == "url":
            data = (
                data[: entity.offset * 2] + b" \x00" + data[(entity.offset + entity.length) * 2 :]
            )
    return data.decode("utf-16-le", errors="replace")


def from_text(
    text: str,
    entities: list[MessageEntity] | None = None,
    *,
    source: str | None = None,
    source_url: str | None = None,
    min_text_chars: int = DEFAULT_MIN_TEXT_CHARS,
) -> MessageInput | None:
    """The decision shared by messages, command arguments and inline queries: a long text is
    summarized as it is; a short one with a link stands for the article behind the link.

    Without entities (inline queries, hand-made messages) links are found in the text itself.
    """
    text = text or ""
    if entities:
        links = entity_links(text, entities)
        prose = _without_link_entities(text, entities)
    else:
        links = text_links(text)
        prose = _URL.sub(" ", text)
    if not text.strip() and not links:
        return None
    prose = " ".join(prose.split())
    url = pick_link(links) if len(prose) < min_text_chars else None
    return MessageInput(text=text.strip(), url=url, source=source, source_url=source_url)


def _origin(message: Message) -> tuple[str | None, str | None]:
    origin = message.forward_origin
    if isinstance(origin, MessageOriginChannel):
        chat, post_id = origin.chat, origin.message_id
        url = f"https://t.me/{chat.username}/{post_id}" if chat.username and post_id else None
        return chat.title or (f"@{chat.username}" if chat.username else None), url
    if isinstance(origin, MessageOriginChat):
        chat = origin.sender_chat
        return chat.title or (f"@{chat.username}" if chat.username else None), None
    return None, None


def message_input(
    message: Message, min_text_chars: int = DEFAULT_MIN_TEXT_CHARS
) -> MessageInput | None:
    """Text or caption with its links, and the forwarded channel; None when there is nothing."""
    if message.text is not None:
        text, entities = message.text, message.entities
    elif message.caption is not None:
        text, entities = message.caption, message.caption_entities
    else:
        return None
    source, source_url = _origin(message)
    return from_text(
        text, entities, source=source, source_url=source_url, min_text_chars=min_text_chars
    )


def command_input(
    message: Message, min_text_chars: int = DEFAULT_MIN_TEXT_CHARS
) -> MessageInput | None:
    """`/summary <link or text>`: what follows the command, its entities shifted to match."""
    text = message.text or message.caption or ""
    entities = list(
        (message.entities if message.text is not None else message.caption_entities) or ()
    )
    command = next((e for e in entities if e.type == "bot_command" and e.offset == 0), None)
    if command is not None:
        rest = utf16_slice(text, command.length, len(text.encode("utf-16-le")) // 2)
        skipped = command.length + len(rest) - len(rest.lstrip())
        shifted = [
            e.model_copy(update={"offset": e.offset - skipped})
            for e in entities
            if e is not command and e.offset >= skipped
        ]
        rest = rest.lstrip()
    else:  # a hand-made message without entities: the command is the first word
        rest = text.split(maxsplit=1)[1] if len(text.split(maxsplit=1)) > 1 else ""
        shifted = []
    return from_text(rest, shifted or None, min_text_chars=min_text_chars)
