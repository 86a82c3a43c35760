"""The reply as Telegram HTML, and its split into messages Telegram accepts.

The wording comes from `summarizer.render` so the bot and the CLI say the same things; here every
piece of article text is escaped (an article may well contain "<", "&" or a whole HTML page), and a
long reply is cut where a reader expects a break, never inside a tag.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from summarizer.render import (
    FIGURES_HEADER,
    SOURCE_LABEL,
    SPEAKERS_HEADER,
    figure_bullets,
    figure_pieces,
    headline_in_text,
    shown_speakers,
    speaker_label,
    speaker_quote,
)
from summarizer.types import Figure, Summary

from .message_input import MessageInput

TELEGRAM_LIMIT = 4096  # characters in UTF-16 code units, counted after entity parsing
SAFE_LIMIT = 4000  # what we aim for: room for Telegram's own counting quirks
MAX_HEADLINE = 300
TRUNCATED_NOTE = "Статья длинная: пересказано её начало."

_TOKEN = re.compile(r"<[^>]*>|[^<]+")
_TAG = re.compile(r"<(/?)([a-zA-Z-]+)")
_ENTITY = re.compile(r"&(?:lt|gt|amp|quot);")
_ATOM = re.compile(r"&(?:lt|gt|amp|quot);|.", re.S)
_UNESCAPE = {"&lt;": "<", "&gt;": ">", "&amp;": "&", "&quot;": '"'}


def escape(text: str) -> str:
    """Text for Telegram HTML: only &, < and > need it, and only the entities it knows are used."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def escape_attr(text: str) -> str:
    return escape(text).replace('"', "&quot;")


def link(url: str, label: str) -> str:
    return f'<a href="{escape_attr(url)}">{escape(label)}</a>'


def visible_text(html: str) -> str:
    """What Telegram shows: tags gone, entities decoded."""
    text = re.sub(r"<[^>]*>", "", html)
    return _ENTITY.sub(lambda m: _UNESCAPE[m.group(0)], text)


def telegram_length(html: str) -> int:
    """Length as Telegram counts it: UTF-16 code units of the visible text."""
    return len(visible_text(html).encode("utf-16-le")) // 2


def _host(url: str) -> str:
    host = (urlsplit(url).hostname or url).lower()
    return host[4:] if host.startswith("www.") else host


def source_html(summary: Summary, request: MessageInput | None) -> str | None:
    """ "Источник: <channel>" linked to the original post, and the article's site when a link was
    read. Channel facts come from the request: a cached summary may have reached us via another."""
    parts = []
    if request is not None and request.source:
        parts.append(
            link(request.source_url, request.source)
            if request.source_url
            else escape(request.source)
        )
    article = summary.article
    url = (article.url if article and article.url else None) or (request.url if request else None)
    if url and (request is None or request.is_link):
        site = article.source if article and article.source and article.url == url else _host(url)
        parts.append(("статья: " if parts else "") + link(url, site))
    if not parts:
        return None
    return f"{SOURCE_LABEL}: " + " · ".join(parts)


def _clip(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def render_summary(
    summary: Summary,
    request: MessageInput | None = None,
    *,
    max_figures: int | None = None,
    max_speakers: int = 6,
) -> str:
    """Headline, summary, figures, speakers, source: the layout of `summarizer.render_plain`."""
    if headline_in_text(summary):
        # A headline cut from the lead sentence: shown once, in bold where it stands, not twice.
        rest = summary.text[len(summary.headline) :]
        blocks = [f"<b>{escape(summary.headline)}</b>{escape(rest)}"]
    else:
        blocks = [f"<b>{escape(_clip(summary.headline, MAX_HEADLINE))}</b>", escape(summary.text)]
    figures = figure_bullets(summary.figures, max_figures)
    if figures:
        blocks.append(
            "\n".join([f"<b>{FIGURES_HEADER}</b>", *(f"• {figure_html(f)}" for f in figures)])
        )
    speakers = shown_speakers(summary, max_speakers)
    if speakers:
        lines = [
            f"• <b>{escape(speaker_label(s))}</b>: {escape(speaker_quote(s))}" for s in speakers
        ]
        blocks.append("\n".join([f"<b>{SPEAKERS_HEADER}</b>", *lines]))
    if summary.truncated:
        blocks.append(f"<i>{TRUNCATED_NOTE}</i>")
    if (line := source_html(summary, request)) is not None:
        blocks.append(line)
    return "\n\n".join(b for b in blocks if b.strip())


def figure_html(figure: Figure) -> str:
    """A figure bullet: the verbatim clause, its numbers in bold."""
    return "".join(
        f"<b>{escape(text)}</b>" if bold else escape(text) for text, bold in figure_pieces(figure)
    )


def description(summary: Summary, limit: int = 120) -> str:
    """The first line of the summary, for an inline result's description."""
    first = summary.text.strip().split("\n", 1)[0]
    return _clip(first, limit)


# --- splitting -------------------------------------------------------------------------------


def _split_text_tokens(html: str, sep: str) -> list[str]:
    """Split at `sep` outside tags (a space inside `<a href=...>` is not a break)."""
    pieces, current = [], []
    for token in _TOKEN.findall(html):
        if token.startswith("<"):
            current.append(token)
            continue
        parts = token.split(sep)
        current.append(parts[0])
        for part in parts[1:]:
            pieces.append("".join(current))
            current = [part]
    pieces.append("".join(current))
    return pieces


def _hard_cut(html: str, limit: int) -> list[str]:
    """A "word" longer than a message: cut between characters, never inside a tag or entity."""
    pieces, current, size = [], [], 0
    for token in _TOKEN.findall(html):
        if token.startswith("<"):
            current.append(token)
            continue
        for atom in _ATOM.findall(token):
            width = telegram_length(atom)
            if size + width > limit and size:
                pieces.append("".join(current))
                current, size = [], 0
            current.append(atom)
            size += width
    pieces.append("".join(current))
    return pieces


_SEPARATORS = ("\n\n", "\n", " ")


def _units(html: str, limit: int, level: int = 0) -> list[tuple[str, str]]:
    """(separator before it, piece) pairs, each piece short enough on its own."""
    if telegram_length(html) <= limit:
        return [("", html)]
    if level == len(_SEPARATORS):
        return [("", piece) for piece in _hard_cut(html, limit)]
    sep = _SEPARATORS[level]
    out: list[tuple[str, str]] = []
    for i, piece in enumerate(_split_text_tokens(html, sep)):
        sub = _units(piece, limit, level + 1)
        if i and sub:
            sub[0] = (sep, sub[0][1])
        out.extend(sub)
    return out


def _balance(chunks: list[str]) -> list[str]:
    """Close the tags a chunk leaves open and reopen them at the start of the next."""
    out: list[str] = []
    stack: list[tuple[str, str]] = []  # (name, raw opening tag)
    for chunk in chunks:
        prefix = "".join(raw for _, raw in stack)
        for token in _TOKEN.findall(chunk):
            match = _TAG.match(token) if token.startswith("<") else None
            if match is None:
                continue
            closing, name = match.group(1) == "/", match.group(2).lower()
            if not closing:
                stack.append((name, token))
            elif stack and stack[-1][0] == name:
                stack.pop()
        suffix = "".join(f"</{name}>" for name, _ in reversed(stack))
        out.append(prefix + chunk + suffix)
    return out


def split_message(html: str, limit: int = SAFE_LIMIT) -> list[str]:
    """Messages of at most `limit` visible UTF-16 units, cut at paragraphs, then lines, then
    words; tags cut by a break are closed and reopened so each message parses on its own."""
    chunks: list[str] = []
    current = ""
    for sep, piece in _units(html.strip(), limit):
        candidate = current + sep + piece if current else piece
        if not current or telegram_length(candidate) <= limit:
            current = candidate
        else:
            chunks.append(current)
            current = piece
    if current:
        chunks.append(current)
    chunks = [c for c in (c.strip() for c in _balance(chunks)) if visible_text(c).strip()]
    return chunks or [html]
