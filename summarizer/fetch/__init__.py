"""URL -> Article: web pages and public Telegram posts, fetched safely from hostile links.

    article = await fetch_article("https://www.mk.ru/politics/...")
    article = fetch_article_sync(url)           # the CLI
    url = find_url("вот ссылка: t.me/rian_ru/123")
    await asyncio.to_thread(warm_up)            # optional, at startup: ~1.5 s of lazy loading

Every failure is a `FetchError` (a `SummarizerError`) with a Russian `user_message`.
The SSRF guard is on unless `FETCH_ALLOW_PRIVATE_ADDRESSES=true`.
"""

from __future__ import annotations

import asyncio

import httpx

from ..types import Article
from . import telegram
from .errors import (
    AddressNotAllowedError,
    FetchError,
    FetchTimeoutError,
    HttpStatusError,
    InvalidUrlError,
    NotArticleError,
    NoTextFoundError,
    SiteUnreachableError,
    TelegramPostUnavailableError,
    TooLargeError,
    TooManyRedirectsError,
)
from .extract import extract_article, warm_up
from .guard import AddressGuard, Resolver, system_resolver
from .http import fetch_page
from .settings import FetchSettings
from .transport import GuardedClient, build_client
from .urls import find_url, normalize_url

__all__ = [
    "AddressGuard",
    "AddressNotAllowedError",
    "FetchError",
    "FetchSettings",
    "FetchTimeoutError",
    "GuardedClient",
    "HttpStatusError",
    "InvalidUrlError",
    "NoTextFoundError",
    "NotArticleError",
    "Resolver",
    "SiteUnreachableError",
    "TelegramPostUnavailableError",
    "TooLargeError",
    "TooManyRedirectsError",
    "build_client",
    "fetch_article",
    "fetch_article_sync",
    "find_url",
    "system_resolver",
    "warm_up",
]


async def fetch_article(
    url: str, settings: FetchSettings | None = None, *, client: httpx.AsyncClient | None = None
) -> Article:
    """Fetch a link and extract its article; CPU-bound extraction runs in a worker thread.

    `client`: pass one from `build_client` to share it; any other httpx client is used as is,
    with each hop resolved and checked before the request, but without connect-time pinning.
    """
    settings = settings or FetchSettings()
    url = normalize_url(url)
    if client is None:
        async with build_client(settings) as own:
            return await _fetch(url, settings, own, None)
    precheck = None
    if not isinstance(client, GuardedClient):
        precheck = AddressGuard(settings.allow_private_addresses, settings.allowed_networks)
    return await _fetch(url, settings, client, precheck)


def fetch_article_sync(url: str, settings: FetchSettings | None = None) -> Article:
    """`fetch_article` for code without an event loop (the CLI)."""
    return asyncio.run(fetch_article(url, settings))


async def _fetch(
    url: str,
    settings: FetchSettings,
    client: httpx.AsyncClient,
    precheck: AddressGuard | None,
) -> Article:
    if telegram.is_telegram_url(url):
        post = telegram.parse_post_url(url)
        page = await fetch_page(
            telegram.preview_url(post, settings.telegram_base_url),
            settings,
            client,
            precheck=precheck,
        )
        return await asyncio.to_thread(telegram.parse_preview, page.body, post, page.charset)
    page = await fetch_page(url, settings, client, precheck=precheck)
    return await asyncio.to_thread(
        extract_article,
        page.body,
        url=page.url,
        media_type=page.media_type,
        charset=page.charset,
        min_text_chars=settings.min_text_chars,
    )
