"""An httpx transport that connects only to addresses the guard has just approved.

The request's host is resolved here, every address checked, and the request is re-aimed at the
checked IP; the Host header keeps the name and TLS gets it as SNI (httpx's `sni_hostname`
extension), so certificates are verified against the name, not the IP. Nothing between check
and connect resolves the name again, which is what makes DNS rebinding useless.
"""

from __future__ import annotations

import asyncio
import ssl

import httpx

from .errors import FetchTimeoutError
from .guard import AddressGuard, check_url
from .settings import FetchSettings

_DEFAULT_PORTS = {"http": 80, "https": 443}


class GuardedTransport(httpx.AsyncBaseTransport):
    """Resolve, check, pin; then hand the request to an ordinary transport."""

    def __init__(self, guard: AddressGuard, inner: httpx.AsyncBaseTransport) -> None:
        self._guard = guard
        self._inner = inner

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        url = request.url
        check_url(url)
        host = url.raw_host.decode("ascii")
        port = url.port or _DEFAULT_PORTS[url.scheme]
        timeout = (request.extensions.get("timeout") or {}).get("connect")
        try:
            async with asyncio.timeout(timeout):
                addresses = await self._guard.resolve(host, port)
        except TimeoutError as exc:
            raise FetchTimeoutError(f"resolving {host!r} took over {timeout} s") from exc
        extensions = dict(request.extensions)
        if url.scheme == "https" and "sni_hostname" not in extensions:
            extensions["sni_hostname"] = host.rstrip(".")
        last_error: httpx.ConnectError | None = None
        for address in addresses:
            pinned = httpx.Request(
                request.method,
                url.copy_with(host=str(address)),
                headers=request.headers,  # Host: the name, set when the request was built
                stream=request.stream,
                extensions=extensions,
            )
            try:
                return await self._inner.handle_async_request(pinned)
            except httpx.ConnectError as exc:  # nothing was sent: the next address may answer
                last_error = exc
        assert last_error is not None  # resolve() never returns an empty list
        raise last_error

    async def aclose(self) -> None:
        await self._inner.aclose()


class GuardedClient(httpx.AsyncClient):
    """An AsyncClient whose every connection passes the guard (see `build_client`)."""


def build_client(
    settings: FetchSettings,
    *,
    guard: AddressGuard | None = None,
    verify: ssl.SSLContext | bool = True,
) -> GuardedClient:
    """A client for fetching untrusted links.

    No connection reuse: the pool is keyed by the pinned IP, and a TLS connection opened for
    one name must never carry a request for another name on the same IP. No proxies from the
    environment: a proxy would resolve names itself, behind the guard's back.
    """
    guard = guard or AddressGuard(settings.allow_private_addresses, settings.allowed_networks)
    inner = httpx.AsyncHTTPTransport(
        verify=verify, limits=httpx.Limits(max_keepalive_connections=0), retries=0
    )
    return GuardedClient(
        transport=GuardedTransport(guard, inner),
        timeout=httpx.Timeout(
            connect=settings.connect_timeout,
            read=settings.read_timeout,
            write=settings.read_timeout,
            pool=settings.connect_timeout,
        ),
        follow_redirects=False,  # fetch_page follows them itself, checking each hop
        trust_env=False,
    )
