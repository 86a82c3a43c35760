"""The SSRF guard: a table of hostile addresses, then real fetches with the guard on.

End-to-end cases assert the local server was never reached, not only that an error came back.
"""

from __future__ import annotations

import ipaddress
import shutil
import ssl
import subprocess
from collections import Counter
from collections.abc import AsyncIterator
from pathlib import Path
from urllib.parse import quote

import httpx
import pytest
from aiohttp import web
from fetch_fixtures import (
    NEWS_BODY,
    FakeDNS,
    Server,
    build_app,
    guarded_client,
    local_settings,
    server,
)

from summarizer.fetch import (
    AddressGuard,
    AddressNotAllowedError,
    InvalidUrlError,
    SiteUnreachableError,
    fetch_article,
)
from summarizer.fetch.guard import embedded_ipv4, forbidden_reason, parse_ip_literal

HOSTILE_ADDRESSES = [
    "127.0.0.1",
    "127.255.255.254",
    "0.0.0.0",
    "0.1.2.3",
    "10.0.0.1",
    "172.16.5.4",
    "192.168.1.1",
    "169.254.169.254",
    "169.254.0.1",
    "100.64.0.1",
    "192.0.0.8",
    "192.0.2.1",
    "198.18.0.1",
    "198.51.100.1",
    "203.0.113.9",
    "224.0.0.1",
    "239.255.255.250",
    "240.0.0.1",
    "255.255.255.255",
    "::",
    "::1",
    "fe80::1",
    "fe80::1%1",
    "fc00::1",
    "fd12:3456::1",
    "ff02::1",
    "ff05::2",
    "::ffff:127.0.0.1",
    "::ffff:7f00:1",
    "::ffff:169.254.169.254",
    "::ffff:10.0.0.1",
    "::127.0.0.1",
    "2002:7f00:1::1",
    "2002:a9fe:a9fe::",
    "64:ff9b::a9fe:a9fe",
    "64:ff9b:1::1",
    "2001:db8::1",
    "2001::1",
    "100::1",
]
PUBLIC_ADDRESSES = [
    "8.8.8.8",
    "93.184.215.14",
    "77.88.55.88",
    "2a02:6b8::2:242",
    "2606:4700:4700::1111",
    "64:ff9b::808:808",
    "2002:808:808::1",
]


@pytest.mark.parametrize("address", HOSTILE_ADDRESSES)
def test_hostile_addresses_are_refused(address: str) -> None:
    assert forbidden_reason(ipaddress.ip_address(address)) is not None
    with pytest.raises(AddressNotAllowedError):
        AddressGuard().check_address(ipaddress.ip_address(address))


@pytest.mark.parametrize("address", PUBLIC_ADDRESSES)
def test_public_addresses_pass(address: str) -> None:
    assert forbidden_reason(ipaddress.ip_address(address)) is None


@pytest.mark.parametrize(
    ("host", "address"),
    [
        ("2130706433", "127.0.0.1"),
        ("0x7f000001", "127.0.0.1"),
        ("017700000001", "127.0.0.1"),
        ("0x7f.1", "127.0.0.1"),
        ("0177.0.0.1", "127.0.0.1"),
        ("127.1", "127.0.0.1"),
        ("127.0.1", "127.0.0.1"),
        ("127.0.0.1.", "127.0.0.1"),
        ("0", "0.0.0.0"),
        ("2852039166", "169.254.169.254"),
        ("0xa9.0xfe.0xa9.0xfe", "169.254.169.254"),
        ("0251.0376.0251.0376", "169.254.169.254"),
        ("169.254.43518", "169.254.169.254"),
        ("[::1]", "::1"),
        ("[::ffff:127.0.0.1]", "::ffff:127.0.0.1"),
        ("10.0.0.1", "10.0.0.1"),
        ("0x", "0.0.0.0"),  # WHATWG URL parsing reads an empty hex number as 0; glibc refuses it
    ],
)
def test_every_spelling_of_an_address_is_parsed(host: str, address: str) -> None:
    assert parse_ip_literal(host) == ipaddress.ip_address(address)


@pytest.mark.parametrize(
    "host",
    [
        "example.ru",
        "1.2.3.4.5",
        "256.0.0.1",
        "08.0.0.1",
        "0xg",
        "127.0.0.1x",
        "xn--e1afmkfd.xn--p1ai",
        "",
    ],
)
def test_names_are_not_mistaken_for_addresses(host: str) -> None:
    assert parse_ip_literal(host) is None


def test_embedded_ipv4_forms() -> None:
    v4 = ipaddress.IPv4Address("127.0.0.1")
    for form in ["::ffff:127.0.0.1", "2002:7f00:1::", "64:ff9b::7f00:1", "::127.0.0.1"]:
        assert embedded_ipv4(ipaddress.IPv6Address(form)) == v4


async def test_one_private_answer_among_public_ones_refuses_the_name() -> None:
    dns = FakeDNS({"mixed.test": ["93.184.215.14", "10.0.0.5"]})
    with pytest.raises(AddressNotAllowedError):
        await AddressGuard(resolver=dns).resolve("mixed.test", 80)


async def test_literal_address_is_refused_whatever_the_resolver_says() -> None:
    dns = FakeDNS({"2130706433": ["93.184.215.14"]})
    with pytest.raises(AddressNotAllowedError):
        await AddressGuard(resolver=dns).resolve("2130706433", 80)


async def test_allowed_networks_are_exact() -> None:
    guard = AddressGuard(
        allowed_networks=(ipaddress.ip_network("10.1.2.0/24"),),
        resolver=FakeDNS({"lan.test": ["10.1.2.3"], "other.test": ["10.1.3.1"]}),
    )
    assert await guard.resolve("lan.test", 80) == [ipaddress.ip_address("10.1.2.3")]
    with pytest.raises(AddressNotAllowedError):
        await guard.resolve("other.test", 80)


async def test_unknown_name_is_unreachable_not_allowed() -> None:
    with pytest.raises(SiteUnreachableError):
        await AddressGuard(resolver=FakeDNS({})).resolve("nowhere.test", 80)


def guard_on(**overrides: object):
    return local_settings(allow_private_addresses=False, **overrides)


@pytest.mark.parametrize(
    "host",
    [
        "127.0.0.1",
        "localhost",
        "LocalHost",
        "2130706433",
        "0x7f.1",
        "0177.0.0.1",
        "127.1",
        "0x7f000001",
        "127.0.0.1.",
        "[::1]",
        "[::ffff:127.0.0.1]",
        "[::ffff:7f00:1]",
        "0.0.0.0",
        "0",
    ],
)
async def test_loopback_in_any_spelling_never_reaches_the_server(server: Server, host: str) -> None:
    """The system resolver and the real transport: nothing may connect to 127.0.0.1.

    httpx itself rejects a few spellings (dotted octal) as malformed; that refusal is fine.
    """
    refusal = InvalidUrlError if host == "0177.0.0.1" else AddressNotAllowedError
    with pytest.raises(refusal) as caught:
        await fetch_article(f"http://{host}:{server.port}/news", guard_on())
    if refusal is AddressNotAllowedError:
        assert "внутреннюю сеть" in caught.value.user_message
    assert sum(server.hits.values()) == 0


@pytest.mark.parametrize(
    "url",
    [
        "http://169.254.169.254/latest/meta-data/",
        "http://[fe80::1]/",
        "http://10.0.0.1/",
        "http://192.168.0.1/admin",
        "http://100.64.0.1/",
        "http://224.0.0.1/",
        "http://[::ffff:169.254.169.254]/",
        "http://[fd00:ec2::254]/",
    ],
)
async def test_internal_addresses_are_refused_before_connecting(url: str) -> None:
    with pytest.raises(AddressNotAllowedError):
        await fetch_article(url, guard_on(connect_timeout=0.5))


async def test_lookalike_unicode_hosts_go_nowhere(server: Server) -> None:
    for host in ["ⓛⓞⓒⓐⓛⓗⓞⓢⓣ", "localhost\u3002", "１２７.０.０.１"]:
        with pytest.raises((AddressNotAllowedError, InvalidUrlError, SiteUnreachableError)):
            await fetch_article(f"http://{host}:{server.port}/news", guard_on())
    assert sum(server.hits.values()) == 0


async def test_guard_applies_to_a_plain_httpx_client(server: Server) -> None:
    """A caller's own client gets every hop resolved and checked before the request."""
    async with httpx.AsyncClient() as client:
        with pytest.raises(AddressNotAllowedError):
            await fetch_article(server.url("/news"), guard_on(), client=client)
    assert sum(server.hits.values()) == 0


async def test_plain_client_redirects_are_still_checked_hop_by_hop(server: Server) -> None:
    """Even a client told to follow redirects itself is not allowed to skip the check."""
    settings = guard_on(allowed_networks="127.0.0.1/32")
    async with httpx.AsyncClient(follow_redirects=True) as client:
        with pytest.raises(AddressNotAllowedError):
            await fetch_article(
                server.url(f"/go?to=http%3A%2F%2F127.0.0.2%3A{server.port}%2Fnews"),
                settings,
                client=client,
            )
    assert server.hits["/go"] == 1 and server.hits["/news"] == 0


@pytest.mark.parametrize(
    "target",
    [
        "http://metadata.test/latest/meta-data/",  # name -> 169.254.169.254
        "http://intranet.test/",  # name -> 10.0.0.7
        "http://mixed.test/",  # one public and one private answer
        "http://[::ffff:169.254.169.254]/",
        "http://2852039166/",
        "http://0xa9.0xfe.0xa9.0xfe/",
        "http://127.0.0.2:{port}/news",  # loopback, but outside the allowed 127.0.0.1/32
    ],
)
async def test_redirect_chain_ending_on_a_private_address(server: Server, target: str) -> None:
    """news.test (playing a public site, allowed by network) redirects twice, then inward."""
    settings = guard_on(allowed_networks="127.0.0.1/32")
    dns = FakeDNS(
        {
            "news.test": ["127.0.0.1"],
            "metadata.test": ["169.254.169.254"],
            "intranet.test": ["10.0.0.7"],
            "mixed.test": ["93.184.215.14", "10.0.0.8"],
        }
    )
    last = target.format(port=server.port)
    second = f"http://news.test:{server.port}/go?to={quote(last, safe='')}"
    first = f"http://news.test:{server.port}/go?to={quote(second, safe='')}"
    async with guarded_client(settings, dns) as client:
        with pytest.raises(AddressNotAllowedError):
            await fetch_article(first, settings, client=client)
    assert server.hits["/go"] == 2  # both hops were followed; the third was refused
    assert server.hits["/news"] == 0


async def test_first_hop_is_guarded_too(server: Server) -> None:
    dns = FakeDNS({"news.test": ["127.0.0.1"]})
    settings = guard_on()
    async with guarded_client(settings, dns) as client:
        with pytest.raises(AddressNotAllowedError):
            await fetch_article(f"http://news.test:{server.port}/news", settings, client=client)
    assert sum(server.hits.values()) == 0


async def test_connection_goes_to_the_checked_address(server: Server) -> None:
    """Only the test DNS knows this name: the fetch works only if the transport connects to
    the address the guard checked, instead of resolving the name again."""
    settings = guard_on(allowed_networks="127.0.0.1/32")
    dns = FakeDNS({"only-in-test-dns.test": ["127.0.0.1"]})
    async with guarded_client(settings, dns) as client:
        article = await fetch_article(
            f"http://only-in-test-dns.test:{server.port}/news", settings, client=client
        )
    assert NEWS_BODY[1] in article.text
    assert dns.asked == ["only-in-test-dns.test"]
    assert server.hosts == [f"only-in-test-dns.test:{server.port}"]  # Host header kept


async def test_idna_names_are_resolved_and_checked_in_their_ascii_form(server: Server) -> None:
    settings = guard_on(allowed_networks="127.0.0.1/32")
    dns = FakeDNS({"xn--e1afmkfd.xn--p1ai": ["127.0.0.1"], "xn--h1alffa9f.xn--p1ai": ["10.0.0.1"]})
    async with guarded_client(settings, dns) as client:
        article = await fetch_article(
            f"http://пример.рф:{server.port}/news", settings, client=client
        )
        assert NEWS_BODY[1] in article.text
        assert server.hosts == [f"xn--e1afmkfd.xn--p1ai:{server.port}"]
        with pytest.raises(AddressNotAllowedError):
            await fetch_article(
                f"http://ПРИМЕР.РФ:{server.port}/go?to=http://россия.рф/", settings, client=client
            )
    assert dns.asked == ["xn--e1afmkfd.xn--p1ai", "xn--e1afmkfd.xn--p1ai", "xn--h1alffa9f.xn--p1ai"]


class RebindingDNS(FakeDNS):
    """Answers the allowed address once, then an internal one (DNS rebinding)."""

    async def __call__(self, host: str, port: int):
        self.asked.append(host)
        first = len(self.asked) == 1
        return [ipaddress.ip_address("127.0.0.1" if first else "10.0.0.1")]


async def test_rebinding_between_hops_is_caught(server: Server) -> None:
    settings = guard_on(allowed_networks="127.0.0.1/32")
    dns = RebindingDNS({})
    async with guarded_client(settings, dns) as client:
        with pytest.raises(AddressNotAllowedError):
            await fetch_article(
                f"http://rebind.test:{server.port}/redirect/2", settings, client=client
            )
    assert server.hits["/redirect/2"] == 1 and server.hits["/redirect/1"] == 0
    assert len(dns.asked) == 2  # once per hop, never a second look-up behind the check


async def test_env_switch_lifts_the_guard(server: Server, monkeypatch) -> None:
    monkeypatch.setenv("FETCH_ALLOW_PRIVATE_ADDRESSES", "true")
    from summarizer.fetch import FetchSettings

    settings = FetchSettings(_env_file=None)
    assert settings.allow_private_addresses is True
    article = await fetch_article(server.url("/news"), settings)
    assert NEWS_BODY[0] in article.text


# --- TLS: the connection goes to the IP, the certificate is checked against the name --------


@pytest.fixture
def tls_files(tmp_path: Path) -> tuple[Path, Path]:
    if shutil.which("openssl") is None:
        pytest.skip("openssl command not available to make a test certificate")
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(
        [
            "openssl",
            "req",
            "-x509",
            "-newkey",
            "ec",
            "-pkeyopt",
            "ec_paramgen_curve:prime256v1",
            "-nodes",
            "-keyout",
            str(key),
            "-out",
            str(cert),
            "-days",
            "2",
            "-subj",
            "/CN=news.test",
            "-addext",
            "subjectAltName=DNS:news.test",
        ],
        check=True,
        capture_output=True,
        timeout=30,
    )
    return cert, key


@pytest.fixture
async def tls_server(tls_files: tuple[Path, Path]) -> AsyncIterator[tuple[Server, list[str]]]:
    cert, key = tls_files
    sni: list[str] = []
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, key)
    context.sni_callback = lambda _sock, name, _ctx: sni.append(name)  # type: ignore[assignment]
    hits: Counter[str] = Counter()
    hosts: list[str] = []
    runner = web.AppRunner(build_app(hits, hosts), handle_signals=False, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0, ssl_context=context)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]
    try:
        yield Server(f"https://news.test:{port}", port, hits, hosts), sni
    finally:
        await runner.cleanup()


async def test_https_keeps_sni_and_host_while_pinned(tls_server, tls_files) -> None:
    server_, sni = tls_server
    settings = guard_on(allowed_networks="127.0.0.1/32")
    dns = FakeDNS({"news.test": ["127.0.0.1"], "other.test": ["127.0.0.1"]})
    trust = ssl.create_default_context(cafile=str(tls_files[0]))
    async with guarded_client(settings, dns, verify=trust) as client:
        article = await fetch_article(server_.url("/news"), settings, client=client)
        assert NEWS_BODY[1] in article.text
        assert sni == ["news.test"]
        assert server_.hosts == [f"news.test:{server_.port}"]
        # Same IP, a name the certificate does not cover: verification must fail.
        with pytest.raises(SiteUnreachableError):
            await fetch_article(f"https://other.test:{server_.port}/news", settings, client=client)
    assert server_.hits["/news"] == 1
