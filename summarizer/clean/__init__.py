"""The cleaning stage every input goes through (pasted text, forwarded posts, extracted pages).

cleaned = clean_report(raw, title=...)   # the text, what was removed and why, the repairs
clean_text(raw)                          # the text alone
"""

from __future__ import annotations

from .markup import looks_like_html, plain_text, strip_html
from .stage import Cleaned, Removed, clean_report, clean_text

__all__ = [
    "Cleaned",
    "Removed",
    "clean_report",
    "clean_text",
    "looks_like_html",
    "plain_text",
    "strip_html",
]
