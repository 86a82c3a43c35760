"""The pieces of the link path without a network: decoding, extraction, links, settings."""

from __future__ import annotations

import codecs
import gzip
import ipaddress
import zlib

import pytest
from fetch_fixtures import (
    CP1251_SENTENCE,
    NEWS_BODY,
    NEWS_BOILERPLATE,
    NEWS_HTML,
    PAGES,
    legacy_page,
    short_page,
)
from hypothesis import given
from hypothesis import strategies as st

from summarizer.fetch import FetchSettings, NoTextFoundError, TooLargeError, find_url, warm_up
from summarizer.fetch.charset import declared_charset, decode_body
from summarizer.fetch.extract import ExtractOptions, clean_lines, extract_article, og_site_name
from summarizer.fetch.guard import parse_ip_literal
from summarizer.fetch.http import _content_type, _Decoder
from summarizer.fetch.telegram import TelegramPost, parse_post_url, parse_preview
from summarizer.fetch.urls import normalize_url

# --- decoding -------------------------------------------------------------------------------


def test_header_charset_wins_over_guessing() -> None:
    body = short_page().encode("iso-8859-5")  # a codec no sniffer here would pick
    assert CP1251_SENTENCE in decode_body(body, "iso-8859-5")
    assert CP1251_SENTENCE not in decode_body(body, None)


def test_page_declaration_is_read_when_the_header_is_silent() -> None:
    body = legacy_page("koi8-r", meta=True)
    assert codecs.lookup(declared_charset(body) or "").name == codecs.lookup("koi8_r").name
    assert NEWS_BODY[1] in decode_body(body)


def test_undeclared_utf8_is_not_taken_for_cp1251() -> None:
    """The mk.ru / tass.ru case: UTF-8 bytes, no charset anywhere."""
    assert NEWS_BODY[1] in decode_body(legacy_page("utf-8", meta=False))


def test_false_utf8_claim_falls_back_to_sniffing() -> None:
    body = short_page().encode("cp1251")
    assert CP1251_SENTENCE in decode_body(body, "utf-8")


@pytest.mark.parametrize("encoding", ["cp1251", "koi8_r"])
def test_undeclared_legacy_cyrillic_is_told_apart(encoding: str) -> None:
    assert CP1251_SENTENCE in decode_body(short_page().encode(encoding))


def test_bom_and_junk_labels() -> None:
    assert decode_body("\ufeffПривет".encode("utf-8"), "windows-1251") == "Привет"
    assert decode_body("Привет".encode(), "no-such-charset") == "Привет"


# --- extraction -----------------------------------------------------------------------------


def test_news_page_extraction_is_clean() -> None:
    article = extract_article(NEWS_HTML.encode(), url="https://www.vestnik.example/politics/1")
    for sentence in NEWS_BODY:
        assert sentence in article.text
    for junk in NEWS_BOILERPLATE:
        assert junk not in article.text, junk
    assert article.text.startswith(NEWS_BODY[0])  # the lead, recovered, comes first


def test_post_filters_are_what_makes_it_clean() -> None:
    """Without them trafilatura keeps the inline "Читайте также" and drops the lead."""
    bare = ExtractOptions(drop_promo_lines=False, recover_lead=False)
    article = extract_article(NEWS_HTML.encode(), url="https://x.example/1", options=bare)
    assert "Читайте также" in article.text
    assert NEWS_BODY[0] not in article.text


def test_source_falls_back_to_the_host() -> None:
    html = NEWS_HTML.replace('<meta property="og:site_name" content="Вестник Приречья">', "")
    article = extract_article(html.encode(), url="https://www.vestnik.example/politics/1")
    assert article.source == "vestnik.example"


def test_seo_blurb_is_not_a_site_name() -> None:
    blurb = "Новости дня в России и мире сегодня – самые свежие и последние новости онлайн"
    assert og_site_name(f'<meta property="og:site_name" content="{blurb}">') is None
    assert og_site_name('<meta content="Банки.ру" property="og:site_name"/>') == "Банки.ру"


def test_warm_up_runs() -> None:
    warm_up()  # the bot calls it at startup; it must not need the network or raise


def test_no_text_page() -> None:
    html = "<html><body><nav><a href='/'>Главная</a></nav><p>Загрузка…</p></body></html>"
    with pytest.raises(NoTextFoundError) as caught:
        extract_article(html.encode(), url="https://x.example/")
    assert "не нашлось текста" in caught.value.user_message


@pytest.mark.parametrize(
    "line",
    [
        "Читайте также: Налоговая реформа",
        "ЧИТАЙТЕ ТАКЖЕ",
        'Читайте материал "Гости"',
        "Читайте також Прорив",
        "Смотрите также: видео",
        "Подписывайтесь на нас в Дзене",
        "По теме: другие новости",
    ],
)
def test_promo_lines_are_dropped(line: str) -> None:
    assert clean_lines(f"Первый абзац.\n{line}\nВторой абзац.") == "Первый абзац.\nВторой абзац."


@pytest.mark.parametrize(
    "line",
    [
        "Читатели также спрашивали о пенсиях.",
        "Смотрите, что говорит министр: «всё хорошо».",
        "Подробнее о реформе рассказал Силуанов.",
        "По теме бюджета выступил Макаров.",
        "Новости в Telegram-каналах распространяются быстрее, чем опровержения.",
    ],
)
def test_ordinary_sentences_stay(line: str) -> None:
    assert clean_lines(line) == line


# --- HTTP details ---------------------------------------------------------------------------


def test_content_type_parsing() -> None:
    assert _content_type('Text/HTML; Charset="windows-1251"') == ("text/html", "windows-1251")
    assert _content_type("") == ("", None)


@pytest.mark.parametrize("encoding", ["gzip", "deflate", "raw-deflate"])
def test_decoder_round_trips(encoding: str) -> None:
    data = NEWS_HTML.encode() * 3
    if encoding == "gzip":
        packed = gzip.compress(data)
    elif encoding == "deflate":
        packed = zlib.compress(data)
    else:
        squeezer = zlib.compressobj(wbits=-zlib.MAX_WBITS)
        packed = squeezer.compress(data) + squeezer.flush()
    decoder = _Decoder("deflate" if encoding == "raw-deflate" else encoding)
    out = b"".join(decoder.feed(packed[i : i + 1000], 10**9) for i in range(0, len(packed), 1000))
    assert out + decoder.flush() == data


def test_decoder_output_is_bounded() -> None:
    bomb = gzip.compress(b"0" * (10 << 20))
    out = _Decoder("gzip").feed(bomb, 1000)
    assert len(out) == 1001  # one byte over the room is how the caller learns it does not fit
    assert len(out) < len(bomb)


def test_too_large_is_a_user_error() -> None:
    assert "слишком большая" in TooLargeError("x").user_message


# --- links ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "url"),
    [
        (
            "Вот статья: https://www.mk.ru/politics/2020/09/23/a.html, почитайте",
            "https://www.mk.ru/politics/2020/09/23/a.html",
        ),
        (
            "(см. https://ru.wikipedia.org/wiki/Бюджет_(значения))",
            "https://ru.wikipedia.org/wiki/Бюджет_(значения)",
        ),
        ("«http://tass.ru/politika/123»!", "http://tass.ru/politika/123"),
        ("пост t.me/rian_ru/250123.", "https://t.me/rian_ru/250123"),
        ("https://t.me/s/rian_ru/1 и https://ria.ru/2", "https://t.me/s/rian_ru/1"),
        ("без ссылок, только mail@t.me и example.ru", None),
        ("", None),
    ],
)
def test_find_url(text: str, url: str | None) -> None:
    assert find_url(text) == url


@given(st.text())
def test_find_url_never_ends_on_punctuation(text: str) -> None:
    url = find_url(text)
    if url is not None:
        assert url.startswith(("http://", "https://"))
        assert url[-1] not in ".,;:!?…»\"'"


@given(st.integers(0, 2**32 - 1))
def test_decimal_hosts_parse_like_inet_aton(value: int) -> None:
    assert parse_ip_literal(str(value)) == ipaddress.IPv4Address(value)
    assert parse_ip_literal(hex(value)) == ipaddress.IPv4Address(value)


def test_normalize_url() -> None:
    assert normalize_url(" meduza.io/news/1 ") == "https://meduza.io/news/1"
    assert normalize_url("http://x.ru/") == "http://x.ru/"


# --- Telegram -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "post"),
    [
        ("https://t.me/rian_ru/250123", TelegramPost("rian_ru", 250123)),
        ("t.me/s/rian_ru/5?single", TelegramPost("rian_ru", 5)),
        ("https://telegram.me/Rian_Ru/7/", TelegramPost("Rian_Ru", 7)),
    ],
)
def test_post_links(url: str, post: TelegramPost) -> None:
    assert parse_post_url(url) == post


def test_preview_parsing() -> None:
    body = (PAGES / "tg_post.html").read_bytes()
    article = parse_preview(body, TelegramPost("vestnik_prirechya", 4512))
    assert article.text.splitlines()[0] == (
        "Губернатор Приречья Олег Смирнов подписал закон об областном бюджете на 2025 год"
    )
    assert "182,4 млрд рублей" in article.text
    assert article.source == "Вестник Приречья"


# --- settings -------------------------------------------------------------------------------


def test_settings_defaults_keep_the_guard_on(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("FETCH_ALLOW_PRIVATE_ADDRESSES", "FETCH_ALLOWED_NETWORKS", "FETCH_MAX_BYTES"):
        monkeypatch.delenv(name, raising=False)
    settings = FetchSettings(_env_file=None)
    assert settings.allow_private_addresses is False
    assert settings.max_redirects == 5
    assert settings.allowed_networks == ()


def test_settings_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FETCH_ALLOWED_NETWORKS", "10.1.0.0/16, 192.168.5.7")
    monkeypatch.setenv("FETCH_MAX_BYTES", "123456")
    monkeypatch.setenv("FETCH_TELEGRAM_BASE_URL", "http://127.0.0.1:9/tg/")
    settings = FetchSettings(_env_file=None)
    assert settings.allowed_networks == (
        ipaddress.ip_network("10.1.0.0/16"),
        ipaddress.ip_network("192.168.5.7/32"),
    )
    assert settings.max_bytes == 123456
    assert settings.telegram_base_url == "http://127.0.0.1:9/tg"
