"""A hostile-and-ordinary web on 127.0.0.1 for the fetch tests (aiohttp, real sockets).

Imported by the test modules (`from fetch_fixtures import ...`); pytest finds the fixtures
because the modules import them by name. Pages are hand-written (tests/pages/), never copies
of the saved real pages in ../shared/data.
"""

from __future__ import annotations

import asyncio
import functools
import gzip
import ipaddress
import socket
from collections import Counter
from collections.abc import AsyncIterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from aiohttp import web

from summarizer.fetch import AddressGuard, FetchSettings, build_client

PAGES = Path(__file__).parent / "pages"
NEWS_HTML = (PAGES / "news_ru.html").read_text(encoding="utf-8")
TG_POST_HTML = (PAGES / "tg_post.html").read_text(encoding="utf-8")

# What a clean extraction of news_ru.html must and must not contain.
NEWS_BODY = (
    "Депутаты Государственной думы приняли во втором чтении проект федерального бюджета",
    "За законопроект проголосовали 325 депутатов, против высказались 62",
    "«Мы сохранили все социальные обязательства государства, ни одна выплата не сокращена»",
    "прогрессивная шкала НДФЛ затронет около 3% работающих граждан.",
    "назвал бюджет «бюджетом упущенных возможностей»",
    "Третье чтение законопроекта запланировано на середину ноября.",
)
NEWS_BOILERPLATE = (
    "Политика",
    "Спецпроекты",
    "Поиск по сайту",
    "USD 97,32",  # top line and menu
    "Пластиковые окна",
    "Кредит наличными",
    "Новостройки у реки",
    "erid",  # ads
    "Читайте также",
    "Налоговая реформа: что изменится",  # inline and block "read also"
    "Губернатор Приречья отчитался",
    "Опять налоги подняли",
    "дороги третий год",
    "Спасибо за подробный разбор",  # comments
    "Пётр_Иваныч",
    "Самое читаемое",
    "столкнулись три грузовика",
    "Все права защищены",
    "Роскомнадзором",
    "Поделиться",
    "Подписывайтесь",  # footer, share
)
# A page in Russian that no plausible codec other than the right one decodes into this text.
CP1251_SENTENCE = "Жители Приречья выбрали новый состав городской думы: явка составила 41,7%."


def legacy_page(encoding: str, *, meta: bool) -> bytes:
    """news_ru.html re-encoded; with or without the page declaring its own charset."""
    html = NEWS_HTML.replace(
        '<meta charset="utf-8">', f'<meta charset="{encoding}">' if meta else ""
    )
    return html.encode(encoding, errors="xmlcharrefreplace")  # as the derived real pages do


def short_page(sentence: str = CP1251_SENTENCE, repeat: int = 6) -> str:
    paragraphs = "".join(f"<p>{sentence} Абзац номер {i + 1}.</p>" for i in range(repeat))
    return (
        f"<html><head><title>Выборы</title></head><body><article><h1>Выборы</h1>"
        f"{paragraphs}</article></body></html>"
    )


@functools.cache
def gzip_bomb() -> bytes:
    """20 MB of HTML that travels as about 20 KB."""
    return gzip.compress(b"<html><body><p>" + b"0" * (20 << 20) + b"</p></body></html>", 6)


@dataclass
class FakeDNS:
    """A resolver for the guard: test names to chosen addresses, every question recorded."""

    answers: dict[str, Sequence[str]]
    asked: list[str] = field(default_factory=list)

    async def __call__(
        self, host: str, port: int
    ) -> list[ipaddress.IPv4Address | ipaddress.IPv6Address]:
        self.asked.append(host)
        answer = self.answers.get(host.rstrip(".").lower())
        if answer is None:
            raise socket.gaierror(socket.EAI_NONAME, f"{host} not in the test DNS")
        return [ipaddress.ip_address(a) for a in answer]


@dataclass
class Server:
    """The running test site: its base URL and how many times each path was requested."""

    base: str
    port: int
    hits: Counter[str]
    hosts: list[str]  # Host headers received, in order

    def url(self, path: str) -> str:
        return f"{self.base}{path}"


async def _endless(request: web.Request) -> web.StreamResponse:
    response = web.StreamResponse(headers={"Content-Type": "text/html; charset=utf-8"})
    await response.prepare(request)
    chunk = b"<p>" + "бесконечность ".encode() * 4000 + b"</p>\n"
    try:
        for _ in range(100_000):  # ~6 GB: "endless" for any client that does not stop
            await response.write(chunk)
    except (ConnectionResetError, ConnectionError, RuntimeError):
        pass
    return response


async def _trickle(request: web.Request) -> web.StreamResponse:
    """One byte every 50 ms: no read ever times out, only the total budget can stop it."""
    response = web.StreamResponse(headers={"Content-Type": "text/html; charset=utf-8"})
    await response.prepare(request)
    try:
        await response.write(b"<html><body>")
        for _ in range(10_000):
            await asyncio.sleep(0.05)
            await response.write(b"x")
    except (ConnectionResetError, ConnectionError, RuntimeError):
        pass
    return response


async def _declared_huge(request: web.Request) -> web.StreamResponse:
    response = web.StreamResponse(
        headers={"Content-Type": "text/html", "Content-Length": str(50 * 1024 * 1024)}
    )
    await response.prepare(request)
    try:
        for _ in range(800):
            await response.write(b"a" * 65536)
    except (ConnectionResetError, ConnectionError, RuntimeError):
        pass
    return response


async def _slow(request: web.Request) -> web.Response:
    await asyncio.sleep(float(request.query.get("s", "5")))
    return web.Response(text=NEWS_HTML, content_type="text/html")


async def _redirect(request: web.Request) -> web.Response:
    left = int(request.match_info["n"])
    target = "/news" if left <= 1 else f"/redirect/{left - 1}"
    raise web.HTTPFound(target)


async def _redirect_to(request: web.Request) -> web.Response:
    """/go?to=URL: redirects wherever the test says (the hostile chain's last hop)."""
    raise web.HTTPFound(request.query["to"])


async def _status(request: web.Request) -> web.Response:
    code = int(request.match_info["code"])
    return web.Response(
        status=code,
        text=f"<html><body><h1>Ошибка {code}</h1></body></html>",
        content_type="text/html",
    )


async def _telegram(request: web.Request) -> web.Response:
    channel, post = request.match_info["channel"], request.match_info["post"]
    if request.query.get("embed") != "1":
        return web.Response(status=400, text="embed=1 expected")
    if (channel, post) == ("vestnik_prirechya", "4512"):
        return web.Response(text=TG_POST_HTML, content_type="text/html")
    error = (
        '<html><body class="tgme_widget body_widget_post"><div class="tgme_widget_message_'
        'error">Post not found</div></body></html>'
    )
    return web.Response(text=error, content_type="text/html")


def build_app(hits: Counter[str], hosts: list[str]) -> web.Application:
    @web.middleware
    async def count(request: web.Request, handler):
        hits[request.path] += 1
        hosts.append(request.headers.get("Host", ""))
        return await handler(request)

    def fixed(body: bytes | str, content_type: str, **headers: str):
        data = body.encode("utf-8") if isinstance(body, str) else body

        async def handler(request: web.Request) -> web.Response:
            return web.Response(body=data, headers={"Content-Type": content_type, **headers})

        return handler

    app = web.Application(middlewares=[count])
    app.add_routes(
        [
            web.get("/news", fixed(NEWS_HTML, "text/html; charset=utf-8")),
            web.get(
                "/news-gzip",
                fixed(
                    gzip.compress(NEWS_HTML.encode()),
                    "text/html; charset=utf-8",
                    **{"Content-Encoding": "gzip"},
                ),
            ),
            web.get("/gzip-bomb", fixed(gzip_bomb(), "text/html", **{"Content-Encoding": "gzip"})),
            web.get("/cp1251-meta", fixed(legacy_page("windows-1251", meta=True), "text/html")),
            web.get(
                "/cp1251-header",
                fixed(legacy_page("windows-1251", meta=False), "text/html; charset=windows-1251"),
            ),
            web.get("/cp1251-short", fixed(short_page().encode("cp1251"), "text/html")),
            web.get("/koi8-short", fixed(short_page().encode("koi8_r"), "text/html")),
            web.get("/utf8-undeclared", fixed(legacy_page("utf-8", meta=False), "text/html")),
            web.get("/xhtml", fixed(NEWS_HTML, "application/xhtml+xml; charset=utf-8")),
            web.get("/octet", fixed(NEWS_HTML.encode(), "application/octet-stream")),
            web.get("/plain", fixed("\n".join(NEWS_BODY) * 3, "text/plain; charset=utf-8")),
            web.get(
                "/doc.pdf",
                fixed(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n", "application/pdf"),
            ),
            web.get("/photo.png", fixed(b"\x89PNG\r\n\x1a\n" + b"\0" * 64, "image/png")),
            web.get("/clip.mp4", fixed(b"\0\0\0\x18ftypmp42" + b"\0" * 64, "video/mp4")),
            web.get("/fake-html.pdf", fixed(b"%PDF-1.4\n" + b"\0" * 64, "text/html")),
            web.get(
                "/empty",
                fixed(
                    "<html><head><title>Вход</title></head><body><nav><a href='/'>"
                    "Главная</a></nav><div id='app'></div><script>render()</script>"
                    "</body></html>",
                    "text/html; charset=utf-8",
                ),
            ),
            web.get("/endless", _endless),
            web.get("/trickle", _trickle),
            web.get("/declared-huge", _declared_huge),
            web.get("/slow", _slow),
            web.get("/redirect/{n}", _redirect),
            web.get("/go", _redirect_to),
            web.get("/status/{code}", _status),
            web.get("/tg/{channel}/{post}", _telegram),
        ]
    )
    return app


@pytest.fixture
async def server() -> AsyncIterator[Server]:
    hits: Counter[str] = Counter()
    hosts: list[str] = []
    runner = web.AppRunner(
        build_app(hits, hosts), handle_signals=False, access_log=None, shutdown_timeout=0.1
    )
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]
    try:
        yield Server(f"http://127.0.0.1:{port}", port, hits, hosts)
    finally:
        await runner.cleanup()


def local_settings(**overrides: object) -> FetchSettings:
    """Test settings: guard lifted (the site is on 127.0.0.1), short limits, no .env."""
    values: dict[str, object] = {
        "allow_private_addresses": True,
        "connect_timeout": 2.0,
        "read_timeout": 2.0,
        "total_timeout": 5.0,
        "max_bytes": 1_000_000,
    }
    values.update(overrides)
    return FetchSettings(_env_file=None, **values)


def guarded_client(settings: FetchSettings, dns: FakeDNS, **kwargs: object):
    """A client whose guard asks `dns` instead of the system resolver."""
    guard = AddressGuard(settings.allow_private_addresses, settings.allowed_networks, dns)
    return build_client(settings, guard=guard, **kwargs)
