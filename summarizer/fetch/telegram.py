"""Public Telegram channel posts, read from the web preview Telegram serves for embedding.

`https://t.me/<channel>/<id>?embed=1` is a small static page with the post's text in
`.tgme_widget_message_text` and the channel's title next to it; no API key, no account.
Private channels (`t.me/c/...`) and invite links have no preview and are refused up front.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import lxml.html

from ..types import Article
from .charset import decode_body
from .errors import TelegramPostUnavailableError

_HOSTS = r"(?:www\.)?(?:t\.me|telegram\.me|telegram\.dog)"
_TELEGRAM = re.compile(rf"^(?:https?://)?{_HOSTS}(?:/|$)", re.IGNORECASE)
_POST = re.compile(
    rf"^(?:https?://)?{_HOSTS}/(?:s/)?(?P<channel>[A-Za-z][A-Za-z0-9_]{{3,31}})/(?P<post>\d{{1,12}})"
    r"/?(?:[?#].*)?$",
    re.IGNORECASE,
)
_PRIVATE = re.compile(rf"^(?:https?://)?{_HOSTS}/c/\d+/\d+", re.IGNORECASE)
_NOT_POST_MESSAGE = (
    "Это ссылка на канал или приглашение, а не на пост: пришлите ссылку на конкретный пост "
    "вида t.me/канал/123 или перешлите пост мне."
)
_PRIVATE_MESSAGE = (
    "Это пост из закрытого канала: по ссылке я его не прочитаю. Перешлите пост мне или "
    "пришлите его текст."
)


@dataclass(frozen=True)
class TelegramPost:
    channel: str
    post_id: int

    @property
    def url(self) -> str:
        return f"https://t.me/{self.channel}/{self.post_id}"


def is_telegram_url(url: str) -> bool:
    return bool(_TELEGRAM.match(url.strip()))


def parse_post_url(url: str) -> TelegramPost:
    """The channel and post of a t.me link; a clear refusal for links that are not posts."""
    url = url.strip()
    match = _POST.match(url)
    if match:
        return TelegramPost(match["channel"], int(match["post"]))
    if _PRIVATE.match(url):
        raise TelegramPostUnavailableError(
            f"private channel link {url}", user_message=_PRIVATE_MESSAGE
        )
    raise TelegramPostUnavailableError(f"not a post link {url}", user_message=_NOT_POST_MESSAGE)


def preview_url(post: TelegramPost, base_url: str) -> str:
    """The embed page; channel and id were validated by the regex, so nothing is injected."""
    return f"{base_url.rstrip('/')}/{post.channel}/{post.post_id}?embed=1&mode=tme"


def parse_preview(body: bytes, post: TelegramPost, charset: str | None = None) -> Article:
    """The post's text, channel title and date from the preview page."""
    tree = lxml.html.fromstring(
        decode_body(body, charset).encode("utf-8"), parser=lxml.html.HTMLParser(encoding="utf-8")
    )
    error = _first(tree, "tgme_widget_message_error")
    texts = [
        el
        for el in _all(tree, "tgme_widget_message_text")
        if not el.xpath(
            "ancestor::*[contains(concat(' ', normalize-space(@class), ' '),"
            " ' tgme_widget_message_reply ')]"
        )
    ]
    if not texts:
        reason = _text(error) if error is not None else "no text in the preview"
        raise TelegramPostUnavailableError(f"{post.url}: {reason}")
    text = _text(texts[0], keep_lines=True)
    if not text:
        raise TelegramPostUnavailableError(f"{post.url}: empty text")
    owner = _first(tree, "tgme_widget_message_owner_name")
    published = None
    dates = tree.xpath(
        "//*[contains(concat(' ', normalize-space(@class), ' '),"
        " ' tgme_widget_message_date ')]//time/@datetime"
    )
    if dates and re.match(r"\d{4}-\d{2}-\d{2}", dates[0]):
        published = dates[0][:10]
    return Article(
        text=text,
        title=None,  # posts have no headline; the pipeline writes one
        url=post.url,
        source=(_text(owner) if owner is not None else None) or post.channel,
        published=published,
    )


def _all(tree: lxml.html.HtmlElement, css_class: str) -> list[lxml.html.HtmlElement]:
    return tree.xpath(f"//*[contains(concat(' ', normalize-space(@class), ' '), ' {css_class} ')]")


def _first(tree: lxml.html.HtmlElement, css_class: str) -> lxml.html.HtmlElement | None:
    found = _all(tree, css_class)
    return found[0] if found else None


def _text(element: lxml.html.HtmlElement, keep_lines: bool = False) -> str:
    """Visible text; `<br>` becomes a line break (posts use it for paragraphs)."""
    if keep_lines:
        for br in element.iter("br"):
            br.tail = "\n" + (br.tail or "")
    lines = (" ".join(line.split()) for line in element.text_content().split("\n"))
    if not keep_lines:
        return " ".join(line for line in lines if line)
    return "\n".join(line for line in lines if line)
