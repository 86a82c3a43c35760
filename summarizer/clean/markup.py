"""Markup pasted as text, entities, control characters and line ends: what a reader never sees.

Nothing inside a line is rewritten here: figures and quotes must stay verbatim substrings of what
the pipeline reads.
"""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

_TAG = re.compile(
    r"</?(?:p|br|div|span|a|b|i|em|strong|h[1-6]|li|ul|ol|table|tr|td|html|body|head|"
    r"script|style|article|section|blockquote|img|meta|!doctype)\b[^>]*>",
    re.I,
)
_BLOCK_TAGS = frozenset(
    "p br div li ul ol tr table h1 h2 h3 h4 h5 h6 article section blockquote header footer "
    "figure figcaption".split()
)
# What a reader does not read as the article: code, menus, forms, page chrome.
_SKIP_TAGS = frozenset(
    "script style noscript template head svg nav aside footer form button select iframe".split()
)
_ENTITY = re.compile(r"&(?:nbsp|quot|laquo|raquo|mdash|ndash|amp|#\d+);")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b-\u200d\ufeff]")
_BLANK_LINES = re.compile(r"\n\s*\n\s*(?:\n\s*)+")


class _TextExtractor(HTMLParser):
    """Keep what a reader sees, with blocks on lines of their own."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag in _SKIP_TAGS:
            self._skip += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP_TAGS:
            self._skip = max(0, self._skip - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def looks_like_html(text: str) -> bool:
    return len(_TAG.findall(text[:20000])) >= 2


def strip_html(text: str) -> str:
    parser = _TextExtractor()
    parser.feed(text)
    parser.close()
    lines = (
        re.sub(r"[ \t\u00a0]+", " ", line).strip() for line in "".join(parser.parts).split("\n")
    )
    return "\n".join(line for line in lines if line)


def plain_text(text: str) -> str:
    """Markup out, control characters out, paragraphs kept; nothing inside a line rewritten."""
    if looks_like_html(text):
        text = strip_html(text)
    elif "&" in text and _ENTITY.search(text):
        text = html.unescape(text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROL.sub("", text)
    text = "\n".join(line.rstrip() for line in text.split("\n"))
    text = _BLANK_LINES.sub("\n\n", text)
    return text.strip()
