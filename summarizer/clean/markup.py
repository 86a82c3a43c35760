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
_BLANK_LINES = re.compile(r"(?<!:)\n\s*\n\s*(?:\n\s*)+")
_GAP_AFTER_COLON = re.compile(r"(?<=:)\n\s*\n\s*(?:\n\s*)+")


class _TextExtractor(HTMLParser):
    """Keep what a reader sees, with blocks on lines of their own.

    What a skipped tag (<script>, <nav>…) holds is dropped only once that tag is closed: a user's
    own text that merely mentions "<script>" or "<head>" keeps everything after it (issue 12)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skipped: list[list[str]] = []  # one buffer per open skipped tag

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag in _SKIP_TAGS:
            self._skipped.append([])
        elif tag in _BLOCK_TAGS:
            self._out("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP_TAGS:
            if self._skipped:
                self._skipped.pop()
        elif tag in _BLOCK_TAGS:
            self._out("\n")

    def handle_data(self, data: str) -> None:
        self._out(data)

    def _out(self, text: str) -> None:
        (self._skipped[-1] if self._skipped else self.parts).append(text)

    def set_cdata_mode(self, *args: object, **kwargs: object) -> None:
        """No raw-text mode for <script>/<style>: the parser would swallow everything after an
        unclosed one; their content is dropped on the closing tag all the same."""

    def close(self) -> None:
        super().close()
        for buffer in self._skipped:  # never closed: it was text, not markup
            self.parts.extend(buffer)
        self._skipped.clear()


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
    return one_blank_line(text).strip()


def one_blank_line(text: str) -> str:
    """Runs of empty lines become one, except after a line ending in a colon: there a wider gap
    is where a pasted page lost the quote block the colon announced (a wiki quote template), and
    the speakers must not take the next paragraph for that statement. That gap stays two lines."""
    return _GAP_AFTER_COLON.sub("\n\n\n", _BLANK_LINES.sub("\n\n", text))
