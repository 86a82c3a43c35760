"""Finding the link in what a person typed, and tidying it into something fetchable."""

from __future__ import annotations

import re

_CANDIDATE = re.compile(
    r"(?:https?://|(?<![\w.@/-])(?:www\.)?(?:t\.me|telegram\.me)/)[^\s<>\"'«»“”„\]\[{}|\\^`]+",
    re.IGNORECASE,
)
_TRAILING = ".,;:!?…)»\"'"
_PAIRS = {")": "(", "]": "["}
_SCHEME = re.compile(r"^[a-z][a-z0-9+.-]*://", re.IGNORECASE)


def find_url(text: str) -> str | None:
    """The first http(s) URL or t.me link in free text, trailing punctuation trimmed.

    "Смотрите https://example.ru/a(b)." gives "https://example.ru/a(b)": a closing bracket
    stays only when the URL opened it (Wikipedia-style links).
    """
    match = _CANDIDATE.search(text or "")
    if not match:
        return None
    url = _trim(match.group(0))
    if not _SCHEME.match(url):
        url = "https://" + url
    return url


def normalize_url(url: str) -> str:
    """`example.ru/news/1` as typed in a chat or a shell becomes `https://example.ru/news/1`."""
    url = url.strip()
    if not _SCHEME.match(url) and re.match(r"^[\w.-]+\.[a-zа-яё]{2,}(?:[:/?#]|$)", url, re.I):
        return "https://" + url
    return url


def _trim(url: str) -> str:
    while url and url[-1] in _TRAILING + "]":
        last = url[-1]
        if last in _PAIRS and url.count(_PAIRS[last]) >= url.count(last):
            break
        url = url[:-1]
    return url
