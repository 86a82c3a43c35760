"""One key per article: a link without its tracking noise, or a hash of the text."""

from __future__ import annotations

import hashlib
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from ..message_input import MessageInput


def normalize_url(url: str) -> str:
    """One key per article: no utm_* and friends, no fragment, no trailing slash, host lowercase."""
    parts = urlsplit(url.strip())
    scheme = (parts.scheme or "https").lower()
    if scheme == "http":
        scheme = "https"  # the same article either way
    host = (parts.hostname or "").lower()
    if host.startswith("www."):
        host = host[4:]
    port = parts.port
    netloc = (
        host
        if port is None or (scheme, port) in (("https", 443), ("http", 80))
        else f"{host}:{port}"
    )
    query = urlencode(
        [
            (k, v)
            for k, v in parse_qsl(parts.query, keep_blank_values=True)
            if not k.lower().startswith("utm_")
            and k.lower() not in ("fbclid", "gclid", "yclid", "ysclid")
        ]
    )
    path = parts.path.rstrip("/")
    return urlunsplit((scheme, netloc, path, query, ""))


def cache_key(request: MessageInput) -> str:
    if request.url:
        return "url:" + normalize_url(request.url)
    text = " ".join(request.text.split())
    return "text:" + hashlib.sha256(text.encode("utf-8")).hexdigest()
