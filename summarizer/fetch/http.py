"""Fetching one page under limits: redirects followed by hand, the body streamed and capped.

The client is expected to come from `transport.build_client` (the guard at connect time);
`fetch_page` adds what a transport cannot see: redirect hops, time for the whole chain,
content types, and the size of the decoded body.
"""

from __future__ import annotations

import asyncio
import zlib
from dataclasses import dataclass

import httpx

from .errors import (
    AddressNotAllowedError,
    FetchError,
    FetchTimeoutError,
    HttpStatusError,
    InvalidUrlError,
    NotArticleError,
    SiteUnreachableError,
    TooLargeError,
    TooManyRedirectsError,
)
from .extract import TEXT_TYPES
from .guard import ALLOWED_SCHEMES, AddressGuard, check_url
from .settings import FetchSettings

_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_SNIFF_TYPES = frozenset({"", "application/octet-stream", "binary/octet-stream"})
_KINDS = {  # media type prefix -> what the user is told the link is
    "application/pdf": "PDF-документ",
    "image/": "картинка",
    "video/": "видео",
    "audio/": "аудиозапись",
    "application/zip": "архив",
    "application/json": "данные в формате JSON",
    "application/rss+xml": "RSS-лента",
    "application/atom+xml": "лента новостей",
    "application/msword": "документ Word",
    "application/vnd.": "файл документа",
}
_MAGIC = (  # first bytes -> kind, for servers that mislabel or omit the type
    (b"%PDF-", "PDF-документ"),
    (b"\x89PNG", "картинка"),
    (b"GIF8", "картинка"),
    (b"\xff\xd8\xff", "картинка"),
    (b"RIFF", "медиафайл"),
    (b"\x1a\x45\xdf\xa3", "видео"),
    (b"ID3", "аудиозапись"),
    (b"OggS", "медиафайл"),
    (b"PK\x03\x04", "архив или документ"),
    (b"\x1f\x8b", "архив"),
)


@dataclass(frozen=True)
class Page:
    """A fetched document: where it ended up, what it says it is, and its decoded bytes."""

    url: str  # after redirects: relative links and the site name come from here
    body: bytes
    media_type: str
    charset: str | None  # from the Content-Type header; the page may declare its own


async def fetch_page(
    url: str,
    settings: FetchSettings,
    client: httpx.AsyncClient,
    *,
    precheck: AddressGuard | None = None,
) -> Page:
    """GET a page, following at most `max_redirects` redirects, within `total_timeout`.

    `precheck` resolves and checks every hop before the request: for clients that were not
    built by `build_client` and so do not check at connect time.
    """
    try:
        async with asyncio.timeout(settings.total_timeout):
            return await _follow(_parse(url), settings, client, precheck)
    except TimeoutError as exc:
        raise FetchTimeoutError(f"{url}: over {settings.total_timeout} s in all") from exc
    except httpx.TimeoutException as exc:
        raise FetchTimeoutError(f"{url}: {type(exc).__name__}") from exc
    except (httpx.InvalidURL, httpx.UnsupportedProtocol) as exc:
        raise InvalidUrlError(f"{url}: {exc}") from exc
    except httpx.HTTPError as exc:  # connect, read, protocol, TLS errors
        raise SiteUnreachableError(f"{url}: {type(exc).__name__}: {exc}") from exc


def _parse(url: str) -> httpx.URL:
    try:
        parsed = httpx.URL(url.strip())
    except (httpx.InvalidURL, TypeError) as exc:
        raise InvalidUrlError(f"{url!r}: {exc}") from exc
    check_url(parsed)
    return parsed.copy_with(fragment=None)  # never sent; keeps "#comments" out of Article.url


async def _follow(
    url: httpx.URL,
    settings: FetchSettings,
    client: httpx.AsyncClient,
    precheck: AddressGuard | None,
) -> Page:
    for _hop in range(settings.max_redirects + 1):
        check_url(url)
        if url.port is not None and not 0 < url.port < 65536:
            raise InvalidUrlError(f"port {url.port} in {url}")
        if precheck is not None:
            await precheck.resolve(url.raw_host.decode("ascii"), url.port or _port(url))
        request = client.build_request("GET", url, headers=request_headers(settings))
        # Redirects are ours to follow, whatever the client was configured with.
        response = await client.send(request, stream=True, follow_redirects=False)
        try:
            if response.status_code in _REDIRECTS and "location" in response.headers:
                url = _redirect_target(url, response.headers["location"])
                continue
            return await _read_page(url, response, settings)
        finally:
            await response.aclose()
    raise TooManyRedirectsError(f"more than {settings.max_redirects} redirects, last {url}")


def request_headers(settings: FetchSettings) -> dict[str, str]:
    """Sent on every hop, so a caller's own client cannot ask for codings we do not decode."""
    return {
        "User-Agent": settings.user_agent,
        "Accept": "text/html,application/xhtml+xml;q=0.9,text/plain;q=0.8,*/*;q=0.1",
        "Accept-Language": settings.accept_language,
        "Accept-Encoding": "gzip, deflate",  # the only codings _Decoder undoes, with a bound
    }


def _port(url: httpx.URL) -> int:
    return 443 if url.scheme == "https" else 80


def _redirect_target(base: httpx.URL, location: str) -> httpx.URL:
    try:
        target = base.join(location.strip())
    except httpx.InvalidURL as exc:
        raise SiteUnreachableError(f"bad redirect {location!r} from {base}") from exc
    if target.scheme not in ALLOWED_SCHEMES:
        # file:, gopher:, data: ... from a redirect is an attack, not a typo
        raise AddressNotAllowedError(f"redirect from {base} to {target.scheme}: URL")
    return target.copy_with(fragment=None)


async def _read_page(url: httpx.URL, response: httpx.Response, settings: FetchSettings) -> Page:
    if not 200 <= response.status_code < 300:
        raise HttpStatusError(response.status_code, f"{url}: HTTP {response.status_code}")
    media_type, charset = _content_type(response.headers.get("content-type", ""))
    if media_type not in TEXT_TYPES and media_type not in _SNIFF_TYPES:
        raise NotArticleError(f"{url}: {media_type}", kind=_kind(media_type))
    declared = response.headers.get("content-length", "")
    if declared.strip().isdigit() and int(declared) > settings.max_bytes:
        raise TooLargeError(f"{url}: Content-Length {declared} > {settings.max_bytes}")
    body = await _read_capped(response, settings.max_bytes)
    sniffed = _sniff_kind(body)
    if sniffed:
        raise NotArticleError(
            f"{url}: {media_type or 'no type'} but looks like {sniffed}", kind=sniffed
        )
    if media_type in _SNIFF_TYPES:
        if not _looks_like_html(body):
            raise NotArticleError(f"{url}: {media_type or 'no type'}, not HTML", kind=None)
        media_type = "text/html"
    return Page(url=str(url), body=body, media_type=media_type, charset=charset)


def _content_type(header: str) -> tuple[str, str | None]:
    media_type, _, params = header.partition(";")
    charset = None
    for param in params.split(";"):
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset":
            charset = value.strip().strip("\"'") or None
    return media_type.strip().lower(), charset


def _kind(media_type: str) -> str | None:
    for prefix, kind in _KINDS.items():
        if media_type.startswith(prefix):
            return kind
    return f"файл типа {media_type}" if media_type else None


def _sniff_kind(body: bytes) -> str | None:
    head = body[:16].lstrip()
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            return kind
    if body[4:8] == b"ftyp":
        return "видео"
    return None


def _looks_like_html(body: bytes) -> bool:
    head = body[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return head.startswith(
        (b"<!doctype html", b"<html", b"<head", b"<body", b"<?xml", b"<!--", b"<meta", b"<title")
    )


async def _read_capped(response: httpx.Response, max_bytes: int) -> bytes:
    """The decoded body, refused as soon as it passes `max_bytes`.

    Decompression is done here, bounded, so a small gzip bomb cannot inflate past the cap
    (httpx's own decoder inflates a whole network chunk at once).
    """
    decoder = _Decoder(response.headers.get("content-encoding", ""))
    chunks: list[bytes] = []
    size = 0
    async for raw in response.aiter_raw():
        data = decoder.feed(raw, max_bytes - size)
        size += len(data)
        if size > max_bytes:
            raise TooLargeError(f"{response.request.url}: body over {max_bytes} bytes")
        chunks.append(data)
    tail = decoder.flush()
    if size + len(tail) > max_bytes:
        raise TooLargeError(f"{response.request.url}: body over {max_bytes} bytes")
    chunks.append(tail)
    return b"".join(chunks)


class _Decoder:
    """Content-Encoding undone with an output bound; identity, gzip and deflate."""

    def __init__(self, header: str) -> None:
        codings = [c.strip().lower() for c in header.split(",") if c.strip()]
        codings = [c for c in codings if c != "identity"]
        self._fresh = True  # raw-deflate fallback is decided on the first chunk only
        self._zlib: zlib._Decompress | None
        if not codings:
            self._zlib = None
        elif codings in (["gzip"], ["x-gzip"]):
            self._zlib = zlib.decompressobj(16 + zlib.MAX_WBITS)
        elif codings == ["deflate"]:
            self._zlib = zlib.decompressobj()
        else:
            raise FetchError(f"unsupported Content-Encoding {header!r}")
        self._deflate = codings == ["deflate"]

    def feed(self, data: bytes, room: int) -> bytes:
        """At most room + 1 bytes: one more than fits is enough to know it does not fit."""
        if self._zlib is None:
            return data
        fresh, self._fresh = self._fresh, False
        try:
            return self._zlib.decompress(data, max(room, 0) + 1)
        except zlib.error as exc:
            if not (fresh and self._deflate):
                raise SiteUnreachableError(f"corrupt compressed body: {exc}") from exc
        # some servers send "deflate" as a raw stream without the zlib header
        self._zlib = zlib.decompressobj(-zlib.MAX_WBITS)
        try:
            return self._zlib.decompress(data, max(room, 0) + 1)
        except zlib.error as exc:
            raise SiteUnreachableError(f"corrupt compressed body: {exc}") from exc

    def flush(self) -> bytes:
        """What zlib still holds; small, since every feed stayed under its bound."""
        return self._zlib.flush() if self._zlib is not None else b""
