"""The SSRF guard: a link from a chat must never make the bot talk to its own network.

Every hop is resolved once, every address it resolves to is checked, and the connection goes
to exactly the address that was checked (see `transport.py`), so a DNS answer that changes
between check and connect (rebinding) cannot slip through. Literal hosts in any form that a
resolver accepts (`2130706433`, `0x7f.1`, `0177.0.0.1`, `::ffff:127.0.0.1`, trailing dots) end
up as an address and meet the same checks.
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass

import httpx

from .errors import AddressNotAllowedError, InvalidUrlError, SiteUnreachableError

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
Network = ipaddress.IPv4Network | ipaddress.IPv6Network
# (host, port) -> the addresses a connection may go to; injectable so tests can play DNS.
Resolver = Callable[[str, int], Awaitable[Sequence[IPAddress]]]

ALLOWED_SCHEMES = frozenset({"http", "https"})
_NAT64 = ipaddress.ip_network("64:ff9b::/96")
_NAT64_LOCAL = ipaddress.ip_network("64:ff9b:1::/48")  # RFC 8215: local use only
_IPV4_COMPATIBLE = ipaddress.ip_network("::/96")  # deprecated ::a.b.c.d
# Special-purpose blocks (IANA registries), listed so the answer does not hang on which
# Python release's `is_global` tables are installed.
_SPECIAL = tuple(
    ipaddress.ip_network(n)
    for n in (
        "0.0.0.0/8",
        "10.0.0.0/8",
        "100.64.0.0/10",
        "127.0.0.0/8",
        "169.254.0.0/16",
        "172.16.0.0/12",
        "192.0.0.0/24",
        "192.0.2.0/24",
        "192.88.99.0/24",
        "192.168.0.0/16",
        "198.18.0.0/15",
        "198.51.100.0/24",
        "203.0.113.0/24",
        "224.0.0.0/4",
        "240.0.0.0/4",
        "::/127",
        "100::/64",
        "2001::/23",
        "2001:db8::/32",
        "fc00::/7",
        "fe80::/10",
        "fec0::/10",
        "ff00::/8",
    )
)


def forbidden_reason(address: IPAddress) -> str | None:
    """Why this address is off limits, or None when it is an ordinary public address."""
    if isinstance(address, ipaddress.IPv6Address):
        if address.scope_id:
            return "IPv6 address with a zone"
        embedded = embedded_ipv4(address)
        reason = forbidden_reason(embedded) if embedded is not None else None
        if reason:
            return f"{reason} IPv4 {embedded} inside IPv6"
        if address in _NAT64:
            return None  # DNS64 on an IPv6-only host: a public IPv4 site, reached through NAT64
        if address in _NAT64_LOCAL:
            return "local-use NAT64"
    for reason, flag in (
        ("unspecified", address.is_unspecified),
        ("loopback", address.is_loopback),
        ("link-local", address.is_link_local),
        ("private", address.is_private),
        ("multicast", address.is_multicast),
        ("reserved", address.is_reserved),
        ("not globally routable", not address.is_global),
    ):
        if flag:
            return reason
    for network in _SPECIAL:
        if address.version == network.version and address in network:
            return f"special-purpose {network}"
    return None


def embedded_ipv4(address: ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    """The IPv4 address an IPv6 form carries (mapped, compatible, 6to4, Teredo, NAT64)."""
    if address.ipv4_mapped is not None:
        return address.ipv4_mapped
    if address.sixtofour is not None:
        return address.sixtofour
    if address.teredo is not None:
        return address.teredo[1]  # the client; the server half is a public relay
    if address in _NAT64:
        return ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
    if address in _IPV4_COMPATIBLE and int(address) > 0xFFFF:
        return ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
    return None


def parse_ip_literal(host: str) -> IPAddress | None:
    """An address written as a host, in every spelling inet_aton and URL parsers accept.

    Used for an early, resolver-independent answer; the authoritative check is on resolved
    addresses, which catch whatever spelling this misses.
    """
    host = host.strip().rstrip(".").lower()
    if host.startswith("[") and host.endswith("]"):
        host = host[1:-1]
    if ":" in host:
        try:
            return ipaddress.IPv6Address(host)
        except ValueError:
            return None
    parts = host.split(".")
    if not 1 <= len(parts) <= 4:
        return None
    numbers = []
    for part in parts:
        number = _inet_aton_part(part)
        if number is None:
            return None
        numbers.append(number)
    *head, last = numbers
    if any(n > 255 for n in head) or last >= 256 ** (5 - len(numbers)):
        return None
    value = 0
    for n in head:
        value = value * 256 + n
    value = value * 256 ** (5 - len(numbers)) + last
    return ipaddress.IPv4Address(value)


def _inet_aton_part(part: str) -> int | None:
    try:
        if part.startswith("0x"):
            return int(part[2:] or "0", 16)
        if len(part) > 1 and part.startswith("0"):
            return int(part[1:], 8)
        return int(part, 10) if part.isdigit() else None
    except ValueError:
        return None


def check_url(url: httpx.URL) -> None:
    """Scheme and host sanity for a URL about to be requested (before any DNS)."""
    if url.scheme not in ALLOWED_SCHEMES:
        raise InvalidUrlError(f"scheme {url.scheme!r} in {url}")
    if not url.host:
        raise InvalidUrlError(f"no host in {url}")


async def system_resolver(host: str, port: int) -> list[IPAddress]:
    """The OS resolver, off the event loop; every address it returns, in its order."""
    loop = asyncio.get_running_loop()
    infos = await loop.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    addresses: list[IPAddress] = []
    for _family, _type, _proto, _name, sockaddr in infos:
        address = ipaddress.ip_address(sockaddr[0])
        if isinstance(address, ipaddress.IPv6Address) and len(sockaddr) >= 4 and sockaddr[3]:
            address = ipaddress.IPv6Address(f"{sockaddr[0].split('%')[0]}%{sockaddr[3]}")
        if address not in addresses:
            addresses.append(address)
    return addresses


@dataclass(frozen=True)
class AddressGuard:
    """Which addresses a fetch may connect to; `allow_private` turns the checks off."""

    allow_private: bool = False
    allowed_networks: tuple[Network, ...] = ()
    resolver: Resolver = system_resolver

    def check_address(self, address: IPAddress, host: str = "") -> None:
        if self.allow_private or any(
            address in net for net in self.allowed_networks if net.version == address.version
        ):
            return
        reason = forbidden_reason(address)
        if reason:
            raise AddressNotAllowedError(f"{host or address} -> {address}: {reason}")

    async def resolve(self, host: str, port: int) -> list[IPAddress]:
        """Addresses to connect to; refused when any of them is off limits, not just the first.

        All, because the connector may try them in turn, and because a name that points at
        both a public and an internal address is hostile by itself.
        """
        literal = parse_ip_literal(host)
        if literal is not None:
            self.check_address(literal, host)
        try:
            addresses = list(await self.resolver(host, port))
        except (socket.gaierror, UnicodeError, OSError) as exc:
            raise SiteUnreachableError(f"cannot resolve {host!r}: {exc}") from exc
        if not addresses:
            raise SiteUnreachableError(f"no addresses for {host!r}")
        for address in addresses:
            self.check_address(address, host)
        return addresses
