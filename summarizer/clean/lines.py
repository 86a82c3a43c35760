"""Furniture at the level of lines and sentences: what a line opens with, what a line is.

Each function says what it found (a kind) so the stage can count and show every removal.
"""

from __future__ import annotations

import itertools
import re

import razdel

from .patterns import (
    AGENCY,
    BYLINE_PREFIX,
    CAPTION_CREDIT,
    CAPTION_PREFIX,
    COUNTER_PREFIX,
    DATED_STAMP,
    DATELINE,
    FURNITURE_ANYWHERE,
    FURNITURE_START,
    HASHTAGS,
    MEDIA_MARK,
    RELATED_HEADER,
    RUBRIC_PREFIX,
    SECTION_LINE,
    SECTION_PREFIX,
    STAMP_PREFIX,
    TICKER_PREFIX,
    is_timestamp,
)

_LETTER_OR_DIGIT = re.compile(r"[^\W_]")
_END = re.compile(r"[.!?…»\"”)]\s*$")
# A caption line: a phrase without a full stop that ends with its credit, "… / УНИАН",
# "… / Фото РБК", "Майкл Томаски Фото: из личного архива".
_CAPTION_LINE = re.compile(
    r"(?:\s/\s*(?:фото\s+)?[\w .,«»\"-]{2,40}|\s(?:фото|photo)\s*:\s*[^.!?]{2,60}|\s\((?:архів|архив)\))$",
    re.I,
)
# A photo credit alone on its line after the page's bullet or copyright mark: "  • РИА Новости",
# "© Reuters", "• Иван Петров / ТАСС". A listed agency, nothing else: a list item says more.
_CREDIT_LINE = re.compile(r"^\s*[•·©]\s*(?:(?:[А-ЯЁA-Z][\w.-]*\s+){1,3}/\s*)?" + AGENCY + r"\s*$")
# A caption ending in its photo credit: "Маски слона и осла - символы партий. Фото с сайта
# http://…", "Голосование в США. Фото AFP". One sentence before the credit, no more.
_CREDITED_CAPTION = re.compile(
    r"^[^.!?]{3,200}[.!?]\s+(?:Фото|Фотография|Иллюстрация|Изображение|Photo)(?:\s+с\s+сайта\s"
    r"|\s*:\s|\s+(?:из|с)\s|\s+(?=[A-ZА-ЯЁ«\"]))[^.!?]{0,80}?[.!]?$"
    r"|^[^.!?]{3,200}[.!?]\s+(?:Фото|Photo)(?:\s+с\s+сайта)?\s+https?://\S+$"
)
# A page template's label left as text: "news_header_top", "news_right_1" (a lower-case identifier
# with underscores, alone on its line; prose never writes one).
_TEMPLATE_LABEL = re.compile(r"^[a-z][a-z0-9]*(?:_[a-z0-9]+)+$")
# A line of the site's tags: words only, no punctuation at all, six and more of them.
_TAG_WORDS = re.compile(r"^[А-ЯЁа-яёA-Za-z-]+(?:\s+[А-ЯЁа-яёA-Za-z-]+){5,}$")
_TICKER_PART = re.compile(r"^[«\"„]?[А-ЯЁA-Z0-9]")
_WORDS = re.compile(r"\S+")


def prefix(line: str, first: bool) -> tuple[str, str] | None:
    """(kind, the prefix) when the line opens with furniture; `first`: among the text's first
    lines, where wire datelines and time stamps stand."""
    for kind, pattern, anywhere in (
        ("caption", CAPTION_PREFIX, True),
        ("caption", CAPTION_CREDIT, False),
        ("dateline", DATELINE, False),
        ("timestamp", STAMP_PREFIX, False),
        ("timestamp", DATED_STAMP, True),
        ("byline", BYLINE_PREFIX, False),
        ("section", SECTION_PREFIX, False),
        ("ticker", TICKER_PREFIX, False),
        ("media", MEDIA_MARK, False),
        ("counter", COUNTER_PREFIX, False),
        ("rubric", RUBRIC_PREFIX, True),
    ):
        if not (first or anywhere):
            continue
        m = pattern.match(line)
        if m and m.end() < len(line):
            return kind, line[: m.end()]
    return None


def sentence_kind(sentence: str) -> str | None:
    """promo, notice or credit when a sentence is the site talking, else None."""
    for kind, pattern in FURNITURE_START.items():
        if pattern.match(sentence):
            return kind
    return None


# Where a teaser's headline, which has no full stop, runs into the article's next sentence:
# "Читайте также: Ислам станет господствующей религией в 2070 году Сторонники партии возмутились…"
_TEASER_END = re.compile(r"(?<=[а-яё\d»\"]) (?=[А-ЯЁ][а-яё]+ [а-яёa-z])")
_SENTENCE_END = re.compile(r"[.!?…][»\"”)]*$")
MIN_TAIL_WORDS = 5


_BARE_HEADER = re.compile(
    r"^\s*(?:читайте|читать|смотрите)\s+(?:также|тоже|ещё|еще)\s*:?\s*$", re.I
)


def _teaser_tail(sentence: str, after_header: bool = False) -> str:
    """The article sentence a "Читайте также: <headline>" ran into, when there is one; with
    `after_header` the sentence follows a bare header and opens with the headline itself."""
    # The break is a capitalized word after a lower-case one; after a capitalized word it is the
    # rest of a name ("…почему Борису Джонсону будет…").
    start = 0 if after_header else sentence.find(":") + 1 if ":" in sentence[:40] else 0
    m = next(
        (
            b
            for b in _TEASER_END.finditer(sentence, start)
            if sentence[: b.start()].split()[-1:][0][:1].islower()
        ),
        None,
    )
    if not m:
        return ""
    tail = sentence[m.end() :]
    if len(tail.split()) < MIN_TAIL_WORDS or not _SENTENCE_END.search(tail):
        return ""
    if FURNITURE_ANYWHERE.search(tail):
        return ""
    return tail


# A photo credit and what the page ran into it: "Фото: Reuters Правительство утвердило…",
# "Фото: Михаил Иванов / ТАСС Правительство…". The credit ends on an agency, a Latin name or a
# word in capitals (after a slash when a photographer is named); the rest is the article's.
_CREDIT_HEAD = re.compile(
    r"^[\s«\"(•*-]*(?i:фото(?:графия)?|видео|иллюстрация|источник(?:\s+фото)?|коллаж)\s*:\s*"
    r"(?:(?:[А-ЯЁA-Z][\w.-]*\s+){1,3}/\s*)?"
    r"(?:РИА Новости|пресс-служб\w+\s+[А-ЯЁ][а-яё]+|[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,2}|[А-ЯЁ]{2,}(?:[\s-][А-ЯЁ]{2,})?)"
    r"\s+(?=[«\"„]?[А-ЯЁ][а-яё])"
)


def _credit_tail(sentence: str) -> str:
    """The article sentence a credit ran into, or ""."""
    m = _CREDIT_HEAD.match(sentence)
    if not m:
        return ""
    tail = sentence[m.end() :]
    if len(tail.split()) < MIN_TAIL_WORDS or not _SENTENCE_END.search(tail):
        return ""
    return "" if FURNITURE_ANYWHERE.search(tail) else tail


def split_furniture(line: str) -> tuple[str, list[tuple[str, str]]]:
    """The line without its furniture sentences, and those sentences with their kinds.

    Only whole sentences go: the words around a "Подписывайтесь на наш канал" stay as they were,
    and so does an article sentence that a teaser's headline ran into.
    """
    pieces = list(razdel.sentenize(line))
    found = [(s, sentence_kind(s.text)) for s in pieces]
    if not any(kind for _, kind in found):
        return line, []
    kept, removed, last = [], [], 0
    header = False  # a bare "Смотрите также:": the next sentence opens with the teaser
    for s, kind in found:
        if kind or header:
            kind = kind or "promo"
            tail = _teaser_tail(s.text, header) if kind in ("promo", "credit") else ""
            if kind == "credit" and not tail:
                tail = _credit_tail(s.text)
            removed.append((kind, s.text[: len(s.text) - len(tail)].strip()))
            kept.append(line[last : s.start])
            kept.append(tail)
            last = s.stop
            header = kind == "promo" and bool(_BARE_HEADER.match(s.text))
        else:
            header = False
    kept.append(line[last:])
    return " ".join(" ".join(kept).split()), removed


# The site's rubrics run together when a page is pasted: "ХроникаСмена власти в СирииОбновлено в
# 20:37", "Военная операция на УкраинеВоенная операция на Украине5553 материалов" -- a word in
# lower case with a capital word or a count glued to it, no space between. One such joint is a
# brand ("ПрофМедиа", "ЕвроПравды") or a slip of the paste; two on a short line without a stop are
# menu labels, never the article's text nor its title.
_GLUED_RUBRIC = re.compile(r"[а-яё]{3}(?=[А-ЯЁ][а-яё]{2}|\d)")
_MAX_RUBRIC_WORDS = 16


def is_rubric_run(line: str) -> bool:
    """A short line that holds two or more words glued to the next label."""
    return (
        len(_WORDS.findall(line)) <= _MAX_RUBRIC_WORDS
        and not _END.search(line)
        and len(_GLUED_RUBRIC.findall(line)) >= 2
    )


# The site's menu pasted as one line: "Все новости Израиль Ближний Восток Мир Экономика Наука и
# Хайтек Здоровье Община Культура Спорт Традиции Пресса Фото" -- section names in capitals with
# no punctuation, at least three of them the usual rubrics. A headline is a phrase: most of its
# words are in lower case, and it never names three rubrics in a row.
_SECTION_NAMES = frozenset(
    "главная новости политика экономика общество спорт культура наука происшествия здоровье"
    " фото видео технологии бизнес финансы авто туризм пресса регионы мнения интервью"
    " аналитика хайтек недвижимость медиа лайфстайл стиль кино музыка образование".split()
)
_MENU_WORDS = re.compile(r"^[А-ЯЁа-яёA-Za-z-]+(?:\s+[А-ЯЁа-яёA-Za-z-]+){5,}$")
_MIN_SECTIONS = 3


def is_menu_line(line: str) -> bool:
    """Six or more words without punctuation, nearly all in capitals (a short "и" or "в" may join
    two of them, "Все новости" keeps its noun in lower case), three of them the usual rubric
    names."""
    if not _MENU_WORDS.match(line):
        return False
    found = line.split()
    capitals = sum(1 for w in found if w[0].isupper())
    lower = [w for w in found if not w[0].isupper()]
    if capitals < 0.7 * len(found) or any(
        len(w) > 2 and w.lower() not in _SECTION_NAMES for w in lower
    ):
        return False
    return sum(1 for w in found if w.lower() in _SECTION_NAMES) >= _MIN_SECTIONS


def line_kind(line: str, index: int) -> str | None:
    """What a whole line is when it is no article text; `index` among the non-empty lines."""
    if not _LETTER_OR_DIGIT.search(line):
        return "separator"
    if SECTION_LINE.match(line):
        return "section"
    if is_timestamp(line):
        return "timestamp"
    if HASHTAGS.fullmatch(" " + line):
        return "hashtags"
    if _CREDIT_LINE.match(line):
        return "credit"
    words = len(_WORDS.findall(line))
    if words <= 16 and not _END.search(line) and _CAPTION_LINE.search(line):
        return "caption"
    if words <= 30 and _CREDITED_CAPTION.match(line):
        return "caption"
    if index <= 1 and is_ticker(line):
        return "ticker"
    if _TEMPLATE_LABEL.match(line):
        return "template"
    if is_tag_line(line):
        return "tags"
    if is_rubric_run(line):
        return "rubrics"
    if is_menu_line(line):
        return "menu"
    return None


def is_tag_line(line: str) -> bool:
    """The site's tags on a line of their own, which repeat themselves: "Йенс Столтенберг Бельгия
    Брюссель происшествия политика саммит Йенс Столтенберг Бельгия Брюссель". Words without any
    punctuation in which a run of two words comes back; a headline or a sentence does not say the
    same two words twice."""
    if not _TAG_WORDS.match(line):
        return False
    words = line.lower().split()
    seen: dict[tuple[str, str], int] = {}
    for k, pair in enumerate(itertools.pairwise(words)):
        if min(map(len, pair)) <= 2:
            continue  # "в мире", "и в": short words come back in any phrase
        if k - seen.setdefault(pair, k) >= 2:
            return True
    return False


def is_ticker(line: str) -> bool:
    """Other stories' headlines strung together with semicolons: "РФ поставит Индии два фрегата;
    Рейтинг Doing Business — Украина поднялась на 71 место; …". Prose continues a clause after a
    semicolon in lower case; a ticker starts a new headline each time."""
    parts = [p.strip() for p in line.split(";")]
    if len(parts) < 3 or not parts[-1]:
        return False
    return all(_TICKER_PART.match(p) and 2 <= len(p.split()) <= 20 for p in parts)


def is_related_header(line: str) -> bool:
    return bool(RELATED_HEADER.match(line))


def strip_hashtags(line: str) -> tuple[str, str | None]:
    m = HASHTAGS.search(line)
    if not m or m.start() == 0:
        return line, None
    return line[: m.start()].rstrip(), m.group().strip()
