"""Page bytes to an `Article`: decode like a browser, let trafilatura find the body, then drop
the inline "read also" lines it keeps.

CPU-bound (lxml + trafilatura take 20-200 ms a page): callers run it in a worker thread.
"""

from __future__ import annotations

import html as htmllib
import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import lxml.html
import trafilatura

from ..types import Article
from .charset import decode_body
from .errors import NoTextFoundError

_INVISIBLE = re.compile("[\u00ad\u200b-\u200d\u2060\ufeff]")  # soft hyphen, zero widths
_MIN_LEAD_CHARS = 40
_NOT_LEAD_TAGS = frozenset(
    {
        "script",
        "style",
        "noscript",
        "template",
        "title",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "a",
        "button",
        "option",
        "textarea",
    }
)
_HEAD_CHARS = 200_000
_META_TAG = re.compile(r"<meta\b[^>]*>", re.IGNORECASE)
_ATTR = re.compile(r"""([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""")
_MAX_SITE_NAME = 40
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
TEXT_TYPES = HTML_TYPES | {"text/plain"}

# Whole lines that point elsewhere instead of telling the story. "Читайте также/материал" and
# "Читайте також" leak from inside article bodies on the saved pages (benchmarks/extraction.py);
# the other forms are the same habit elsewhere. No sentence of news starts like these.
_PROMO_LINE = re.compile(
    r"^\s*(?:"
    r"(?:читайте|читать|смотрите|слушайте)\s+(?:также|тоже|ещё|еще|материал|подробнее|нас)\b"
    r"|читайте\s*:|читайте також\b|дивіться також\b|по теме\s*:"
    r"|(?:подписывайтесь|подпишитесь)\s+на\b"
    r")",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class ExtractOptions:
    """The trafilatura knobs the benchmark compares; the defaults are the measured best."""

    favor_precision: bool = True
    favor_recall: bool = False
    drop_promo_lines: bool = True
    recover_lead: bool = True


def extract_article(
    body: bytes,
    *,
    url: str,
    media_type: str = "text/html",
    charset: str | None = None,
    min_text_chars: int = 150,
    options: ExtractOptions = ExtractOptions(),
) -> Article:
    """An article from a page's bytes, or `NoTextFoundError` when there is no body to read."""
    text = decode_body(body, charset)
    if media_type == "text/plain":
        return _plain_article(text, url=url, min_text_chars=min_text_chars)
    # a trafilatura Document (as_dict is False) or None
    document: Any = trafilatura.bare_extraction(
        text,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        include_images=False,
        include_links=False,
        favor_precision=options.favor_precision,
        favor_recall=options.favor_recall,
        deduplicate=False,  # trafilatura's dedup cache is process-global state
    )
    article_text = clean_lines(document.text if document else "", options.drop_promo_lines)
    if document and options.recover_lead and article_text:
        lead = missing_lead(text, article_text, document.description)
        if lead:
            article_text = f"{lead}\n{article_text}"
    if len(article_text) < max(min_text_chars, 1):
        raise NoTextFoundError(f"{len(article_text)} characters extracted from {url}")
    return Article(
        text=article_text,
        title=_nonempty(document.title),
        url=url,
        source=og_site_name(text) or site_name(url),
        published=_iso_date(document.date),
    )


def warm_up() -> None:
    """Pay trafilatura's one-time costs now (about 1.5 s on a first page whose date is in
    free text: dateparser loads every locale), not in the first user's request."""
    page = (
        "<html><head><title>Прогрев</title></head><body><article><h1>Прогрев</h1>"
        "<div>Германия 15 августа 2016, 13:43</div>"
        + "<p>Текст для прогрева извлечения статей из страниц.</p>" * 5
        + "</article></body></html>"
    )
    extract_article(page.encode("utf-8"), url="https://example.org/warm-up", min_text_chars=0)
    try:
        from htmldate.extractors import external_date_parser
    except ImportError:  # a future htmldate without it: nothing to warm
        return
    external_date_parser("Германия 15 августа 2016, 13:43", "%Y-%m-%d")


def clean_lines(text: str, drop_promo_lines: bool = True) -> str:
    """Blank runs collapsed; "Читайте также"-style lines dropped when asked."""
    lines = [_INVISIBLE.sub("", line).strip() for line in text.splitlines()]
    if drop_promo_lines:
        lines = [line for line in lines if not _PROMO_LINE.match(line)]
    return "\n".join(line for line in lines if line)


def missing_lead(html: str, article_text: str, description: str | None) -> str | None:
    """The visible lead paragraph trafilatura dropped, found through the page's description.

    Many Russian sites (mk.ru `article__description`, ukrinform `newsHeading`, wday
    `article__lead-paragraph`) keep the lead outside the body container, and trafilatura skips
    it; the lead is often the sentence a summary needs most. Only text the reader sees on the
    page and the page itself offers as its description is taken back, never a heading.
    """
    description = _squash(description or "")
    if len(description) < _MIN_LEAD_CHARS or description[:50] in _squash(article_text):
        return None
    probe = " ".join(description.split()[:6])
    parser = lxml.html.HTMLParser(encoding="utf-8", remove_comments=True, collect_ids=False)
    tree = lxml.html.fromstring(html.encode("utf-8"), parser=parser)  # a parser per call: threads
    best: str | None = None
    for element in tree.xpath("//body//*[contains(normalize-space(.), $p)]", p=probe):
        if element.tag in _NOT_LEAD_TAGS:
            continue
        candidate = _squash(element.text_content())
        if len(candidate) < _MIN_LEAD_CHARS:
            continue
        fits = candidate in description or (
            description in candidate and len(candidate) <= 1.5 * len(description)
        )
        if fits and (best is None or len(candidate) < len(best)):
            best = candidate
    if best is None or best[:50] in _squash(article_text):
        return None
    return best


def _squash(text: str) -> str:
    """Whitespace runs to one space, invisible characters gone: how a reader compares text."""
    return " ".join(_INVISIBLE.sub("", text).replace("\u00a0", " ").split())


def og_site_name(html: str) -> str | None:
    """The name a site gives itself in `og:site_name`, when it is a name and not an SEO blurb.

    trafilatura's `sitename` falls back to Twitter handles and title fragments ("Wday_",
    "Ura_Ru", the headline itself on aif.ru); a bare host reads better than those.
    """
    for tag in _META_TAG.findall(html, 0, _HEAD_CHARS):
        attrs = {k.lower(): v1 or v2 or v3 for k, v1, v2, v3 in _ATTR.findall(tag)}
        if attrs.get("property", attrs.get("name", "")).lower() == "og:site_name":
            name = " ".join(htmllib.unescape(attrs.get("content", "")).split())
            if 2 <= len(name) <= _MAX_SITE_NAME:
                return name
    return None


def site_name(url: str) -> str | None:
    """The host without "www." when the page does not name its site."""
    host = (urlsplit(url).hostname or "").rstrip(".")
    return host.removeprefix("www.") or None


def _plain_article(text: str, *, url: str, min_text_chars: int) -> Article:
    cleaned = clean_lines(text, drop_promo_lines=False)
    if len(cleaned) < max(min_text_chars, 1):
        raise NoTextFoundError(f"{len(cleaned)} characters of plain text at {url}")
    return Article(text=cleaned, url=url, source=site_name(url))


def _nonempty(value: str | None) -> str | None:
    value = (value or "").strip()
    return value or None


def _iso_date(value: str | None) -> str | None:
    """trafilatura already answers YYYY-MM-DD; keep only that shape."""
    value = (value or "").strip()
    return value[:10] if re.fullmatch(r"\d{4}-\d{2}-\d{2}.*", value) else None
