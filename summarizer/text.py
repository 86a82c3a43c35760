"""Turning raw input into clean text: markup, control characters, language, sentences.

Cleaning is deliberately light: figures and quotes must stay verbatim substrings of what the
pipeline read, so spaces and punctuation inside a line are never rewritten.
"""

from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import dataclass
from html.parser import HTMLParser

import razdel

from .errors import EmptyTextError, NotRussianError, NotTextError, TextTooShortError

_TAG = re.compile(
    r"</?(?:p|br|div|span|a|b|i|em|strong|h[1-6]|li|ul|ol|table|tr|td|html|body|head|"
    r"script|style|article|section|blockquote|img|meta|!doctype)\b[^>]*>",
    re.I,
)
_BLOCK_TAGS = {
    "p",
    "br",
    "div",
    "li",
    "ul",
    "ol",
    "tr",
    "table",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "article",
    "section",
    "blockquote",
    "header",
    "footer",
    "figure",
    "figcaption",
}
# What a reader does not read as the article: code, menus, forms, page chrome.
_SKIP_TAGS = {
    "script",
    "style",
    "noscript",
    "template",
    "head",
    "svg",
    "nav",
    "aside",
    "footer",
    "form",
    "button",
    "select",
    "iframe",
}
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b-\u200d\ufeff]")
_BLANK_LINES = re.compile(r"\n\s*\n\s*(?:\n\s*)+")
_CYRILLIC = re.compile(r"[а-яёА-ЯЁ]")
_LATIN = re.compile(r"[a-zA-Z]")
_UKRAINIAN_CHARS = re.compile(r"[іїєґІЇЄҐ]")
_KAZAKH_CHARS = re.compile(r"[әғқңөұүһӘҒҚҢӨҰҮҺ]")
_WORD = re.compile(r"[а-яёіїєґa-z]+", re.I)
_RU_STOPWORDS = frozenset(
    "и в не на что это как он она они по из за его от было был также уже "
    "который которые чтобы при после ее её только или еще ещё для".split()
)
_UK_STOPWORDS = frozenset(
    "і та що це як він вона вони від було був також вже який які щоб при "
    "після її тільки або ще для у з не на".split()
)


class _TextExtractor(HTMLParser):
    """Markup pasted as text: keep what a reader sees, with blocks on lines of their own.

    What a skipped tag (<script>, <nav>…) holds is dropped only once that tag is closed: a user's
    own text that merely mentions "<script>" or "<head>" keeps everything after it."""

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

    def set_cdata_mode(self, *args, **kwargs) -> None:
        """No raw-text mode for <script>/<style>: the parser would swallow everything after an
        unclosed one; their content is dropped on the closing tag all the same."""

    def close(self) -> None:
        super().close()
        for buffer in self._skipped:  # never closed: it was text, not markup
            self.parts.extend(buffer)
        self._skipped.clear()


def fold(word: str) -> str:
    """Lower case with "ё" as "е": how word lists, numeral tables and token lookups are keyed."""
    return word.lower().replace("ё", "е")


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


def clean_text(text: str) -> str:
    """Markup out, control characters out, paragraphs kept; nothing inside a line rewritten."""
    if looks_like_html(text):
        text = strip_html(text)
    elif "&" in text and re.search(r"&(?:nbsp|quot|laquo|raquo|mdash|ndash|amp|#\d+);", text):
        text = html.unescape(text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROL.sub("", text)
    text = "\n".join(line.rstrip() for line in text.split("\n"))
    text = _BLANK_LINES.sub("\n\n", text)
    return text.strip()


def garbage_share(text: str) -> float:
    """Share of characters no article contains: replacement marks, private use, stray controls."""
    if not text:
        return 0.0
    sample = text[:20000]
    bad = 0
    for ch in sample:
        if ch == "\ufffd" or (
            ch not in "\n\t" and unicodedata.category(ch) in ("Cc", "Co", "Cs", "Cn")
        ):
            bad += 1
    return bad / len(sample)


def detect_language(text: str) -> str:
    """'ru', 'uk', 'kk', 'en' or 'other': enough to tell Russian news from what it is not."""
    sample = text[:20000]
    cyr = (
        len(_CYRILLIC.findall(sample))
        + len(_UKRAINIAN_CHARS.findall(sample))
        + len(_KAZAKH_CHARS.findall(sample))
    )
    lat = len(_LATIN.findall(sample))
    if cyr + lat == 0:
        return "other"
    if cyr < 0.5 * (cyr + lat):
        return "en" if lat else "other"
    if len(_KAZAKH_CHARS.findall(sample)) > 0.01 * cyr:
        return "kk"
    words = [w.lower() for w in _WORD.findall(sample)]
    ru = sum(w in _RU_STOPWORDS for w in words)
    uk = sum(w in _UK_STOPWORDS and w not in _RU_STOPWORDS for w in words)
    uk_chars = len(_UKRAINIAN_CHARS.findall(sample))
    if uk_chars > 0.015 * cyr and uk > ru * 0.5:
        return "uk"
    return "ru"


_LANGUAGE_NAMES = {"en": "английском", "uk": "украинском", "kk": "казахском"}


def reject_binary(raw: str) -> None:
    """Checked before cleaning, which would quietly delete the control characters that give it away."""
    if garbage_share(raw) > 0.02:
        raise NotTextError("binary or garbled input")


def validate(text: str, min_chars: int) -> None:
    """Raise the specific error for cleaned input we cannot summarize; return quietly otherwise."""
    if not text.strip():
        raise EmptyTextError("empty input")
    reject_binary(text)
    letters = sum(ch.isalpha() for ch in text[:20000])
    if letters < 0.4 * min(len(text), 20000):
        raise NotTextError("too few letters to be prose")
    lang = detect_language(text)
    if lang != "ru":
        name = _LANGUAGE_NAMES.get(lang)
        message = (
            f"Я пересказываю только новости на русском языке, а этот текст, похоже, на {name}."
            if name
            else None
        )
        raise NotRussianError(f"language detected: {lang}", user_message=message)
    if len(text) < min_chars:
        raise TextTooShortError(f"{len(text)} characters, need {min_chars}")


@dataclass(frozen=True)
class Sentence:
    text: str
    start: int  # offsets into Document.text
    stop: int
    paragraph: int  # index of the paragraph it belongs to
    index: int  # index among all sentences


def split_sentences(text: str) -> tuple[Sentence, ...]:
    """razdel per paragraph, so that no sentence crosses a line break."""
    out: list[Sentence] = []
    offset = 0
    paragraph = 0
    for line in text.split("\n"):
        if line.strip():
            for s in razdel.sentenize(line):
                if any(ch.isalnum() for ch in s.text):
                    out.append(
                        Sentence(s.text, offset + s.start, offset + s.stop, paragraph, len(out))
                    )
            paragraph += 1
        offset += len(line) + 1
    return tuple(out)


def cut_at_sentence(text: str, max_chars: int) -> str:
    """The longest prefix under `max_chars` that ends at a paragraph or sentence end."""
    if len(text) <= max_chars:
        return text
    head = text[:max_chars]
    for sep in ("\n", ". ", "! ", "? ", "… "):
        pos = head.rfind(sep)
        if pos > max_chars // 2:
            return head[: pos + 1].rstrip()
    return head
