"""Bytes to text the way a browser would, so Russian pages in any legacy encoding read right.

Order (after WHATWG "encoding sniffing"): byte-order mark, the HTTP header's charset, a charset
declared in the page, then strict UTF-8, then a guess between the two legacy Cyrillic encodings.
Guessing cp1251 for every undeclared .ru page garbles the many undeclared pages that are UTF-8,
and a page that declares nothing but is served with `charset=windows-1251` is only readable from
the header: trafilatura's own byte sniffing never sees the header.
"""

from __future__ import annotations

import codecs
import re

_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_PRESCAN_BYTES = 16_384  # WHATWG says 1024; real Russian pages put <meta> after long headers
_META_CHARSET = re.compile(
    rb"""<meta[^>]+?charset\s*=\s*["']?\s*([A-Za-z0-9._:\-]+)"""
    rb"""|<\?xml[^>]+?encoding\s*=\s*["']([A-Za-z0-9._:\-]+)""",
    re.IGNORECASE,
)
_LEGACY_CYRILLIC = ("cp1251", "koi8_r")
_LOWER = frozenset("абвгдеёжзийклмнопрстуфхцчшщъыьэюя")
_UPPER = frozenset("АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ")


def codec_name(label: str | None) -> str | None:
    """A Python codec for a charset label, or None when the label is junk or not text."""
    if not label:
        return None
    try:
        name = codecs.lookup(label.strip().strip("\"'")).name
    except LookupError:
        return None
    # WHATWG: a page cannot declare UTF-16 for itself in ASCII; such declarations mean UTF-8.
    if name.startswith("utf-16") or name.startswith("utf-32"):
        return "utf-8"
    return name


def declared_charset(body: bytes) -> str | None:
    """The charset a page declares about itself (<meta> or XML declaration), if any."""
    match = _META_CHARSET.search(body[:_PRESCAN_BYTES])
    if not match:
        return None
    label = (match.group(1) or match.group(2)).decode("ascii", "replace")
    return codec_name(label)


def decode_body(body: bytes, header_charset: str | None = None) -> str:
    """Decode a response body; never raises, replaces what cannot be decoded."""
    for bom, codec in _BOMS:
        if body.startswith(bom):
            return body[len(bom) :].decode(codec, errors="replace")
    for name in (codec_name(header_charset), declared_charset(body)):
        if name is None:
            continue
        if name == "utf-8" and not _is_utf8(body):
            continue  # a false "utf-8" claim is common; sniff instead of printing U+FFFD
        return body.decode(name, errors="replace")
    if _is_utf8(body):
        return body.decode("utf-8")
    return _best_legacy_cyrillic(body)


def _is_utf8(body: bytes) -> bool:
    try:
        body.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _best_legacy_cyrillic(body: bytes) -> str:
    """cp1251 or koi8-r: real text is mostly lower case, and the wrong one swaps the cases."""
    best_text, best_score = "", -1.0
    for name in _LEGACY_CYRILLIC:
        text = body.decode(name, errors="replace")
        lower = sum(1 for ch in text if ch in _LOWER)
        upper = sum(1 for ch in text if ch in _UPPER)
        score = lower / (lower + upper) if lower + upper else 0.0
        if score > best_score:
            best_text, best_score = text, score
    return best_text
