"""The title inside the text: repeated as the first line, glued before the lead, or the only
headline a pasted text has (its first line).
"""

from __future__ import annotations

import re

_WORD = re.compile(r"[^\W_]+")
_SENTENCE_END = re.compile(r"[.!?…][»\"”)]*$")
_TRAILING_DATE = re.compile(r"(?:\s+(?:\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{1,2}:\d{2}),?)+\s*$")
_STARTS_LIKE_TEXT = re.compile(r"^[\s,.:;–—-]*[«\"„(]?[А-ЯЁA-Z0-9]")
MAX_JUNK_WORDS = 4  # words of site chrome that may stand before a glued title


def words(text: str) -> list[tuple[str, int, int]]:
    return [(m.group().lower().replace("ё", "е"), m.start(), m.end()) for m in _WORD.finditer(text)]


def same_text(a: str, b: str) -> bool:
    """The same words in the same order, whatever the punctuation, case and "ё"."""
    wa, wb = [w for w, _, _ in words(a)], [w for w, _, _ in words(b)]
    return bool(wa) and wa == wb


def glued_title_end(line: str, title: str) -> int | None:
    """Where the title ends when the line opens with it (after at most a few words of chrome,
    "Все медиаформаты") and the text goes on after it; None otherwise."""
    tw = [w for w, _, _ in words(title)]
    lw = words(line)
    if len(tw) < 3 or len(lw) <= len(tw):
        return None
    for offset in range(min(MAX_JUNK_WORDS, len(lw) - len(tw)) + 1):
        if [w for w, _, _ in lw[offset : offset + len(tw)]] == tw:
            end = lw[offset + len(tw) - 1][2]
            rest = line[end:]
            if _STARTS_LIKE_TEXT.match(rest) and len(rest.strip()) >= 20:
                return end + len(rest) - len(rest.lstrip(" ,.:;–—-)"))
            return None
    return None


def heading(lines: list[str]) -> str | None:
    """The first line when it reads as a headline over the text below it: a phrase of 3-25
    words without a closing full stop, with at least two hundred characters of text after it.
    A date the site put after it goes."""
    nonempty = [line for line in lines if line.strip()]
    if len(nonempty) < 2:
        return None
    first = _TRAILING_DATE.sub("", nonempty[0].strip())
    n = len(first.split())
    if not 3 <= n <= 25 or len(first) > 200 or _SENTENCE_END.search(first.rstrip("!?")):
        return None
    if first[-1:] in "!?" and n > 12:
        return None
    if first[-1:] in ",:;–—-" or not _STARTS_LIKE_TEXT.match(first):
        return None
    if sum(len(line) for line in nonempty[1:]) < 200:
        return None
    return first
