"""Sentences a reader does not read as the story: teasers and related-news lists, subheads and
captions, tickers, live-blog stamps, footnotes and comment threads.

Their numbers are real but belong to other stories ("РФ поставит Индии два фрегата; Рейтинг
Doing Business — Украина поднялась на 71 место; ..."), so no bullet is taken from them. Page
cleaning may remove some of them earlier; these rules do not rely on it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...text import Sentence

_L = r"[^\W\d_]"
_END = re.compile(r"[.!?…»\"”)]\s*$")
# A line that announces other stories: everything after it, while lines stay short, is a list.
_RELATED = re.compile(
    r"(?i)^\s*(?:читайте\s+также|читайте\s+нас|смотрите\s+также|по\s+теме|ещ[её]\s+по\s+теме|"
    r"материалы\s+по\s+теме|новости\s+по\s+теме|похожие\s+(?:новости|материалы|статьи)|"
    r"другие\s+новости|последние\s+новости|главное\s+за\s+(?:день|неделю)|самое\s+(?:читаемое|"
    r"популярное)|популярное|лента\s+новостей|новости\s+партн[её]ров|реклама|"
    r"подписывайтесь|рекомендуем|выбор\s+редакции|сейчас\s+читают|хроника|комментарии)\b"
)
# live-blog entries and reader comments: "10 августа 2018 14:00. А не будет разрешения, так..."
_LIVE_STAMP = re.compile(
    r"(?i)^\s*(?:отправлено\s+в|обновлено|\d{1,2}:\d{2}\b|"
    r"\d{1,2}\s+[а-я]+\s+\d{4}(?:\s*г\.?)?,?\s+\d{1,2}:\d{2})"
)
_HEADLINE_RUN = re.compile(rf";\s+[А-ЯЁA-Z]{_L}*")
_DIGIT = re.compile(r"\d")
_LETTER = re.compile(_L)
# wiki page furniture: "Текущая версия страницы пока не проверялась...; проверки требуют 2 правки"
_WIKI = re.compile(r"(?i)верси\w+ страницы|проверки требуют|правк[иау] \d|материал из википедии")
_SCENARIO = re.compile(r"(?i)^\s*(?:сценарий|вариант|пример|пункт|шаг|глава|часть)\s*(?:№\s*)?\d")
# a subtitle that only announces the story: "О том, кто купил права на лекарство и поднял цену
# с $13,5 до $700." (a clause with no main one; its number often rounds the body's $750); not
# "О том, что цены выросли на 20%, сообщил министр" (a second comma, then the main clause)
_ABOUT_WHAT = re.compile(
    r"(?i)^\W*о\s+том,\s*(?:кто|что|как|почему|зачем|сколько|где|когда|чем|каким|какие|какой|"
    r"какая|куда|откуда)(?![^\W\d_])(?:[^,;:]|(?<=\d),(?=\d))*$"
)


def junk_sentences(text: str, sentences: Sequence[Sentence]) -> frozenset[int]:
    """Indices of the sentences whose numbers are no figures of this story."""
    by_paragraph: dict[int, list[Sentence]] = {}
    for s in sentences:
        by_paragraph.setdefault(s.paragraph, []).append(s)
    junk: set[int] = set()
    related = False
    for paragraph in sorted(by_paragraph):
        group = by_paragraph[paragraph]
        line = text[group[0].start : group[-1].stop]
        short = len(line) < 160
        if _RELATED.match(line):
            related = True
            junk.update(s.index for s in group)
            continue
        if related and short and not _END.search(line):
            junk.update(s.index for s in group)
            continue
        related = False
        if _prose_with_a_list(line, group):
            # "…также оказались: Свердловская область — 554; Иркутская область — 537; …" inside
            # a story printed as one paragraph: the list's items are judged, not the story
            junk.update(s.index for s in group if _is_junk_line(s.text, len(s.text) < 160))
        elif _is_junk_line(line, short):
            junk.update(s.index for s in group)
    return frozenset(junk)


def _prose_with_a_list(line: str, group: Sequence[Sentence]) -> bool:
    """A paragraph whose only sign of a teaser list is its "; Заголовок; Заголовок" run, and
    which holds at least two whole sentences of prose: a story with a list in it (texts that
    come as one paragraph), not a list of other stories."""
    if len(_HEADLINE_RUN.findall(line)) < 2 or _marked(line):
        return False
    return sum(len(s.text) >= 100 and bool(_END.search(s.text)) for s in group) >= 2


def _is_junk_line(line: str, short: bool) -> bool:
    if len(_HEADLINE_RUN.findall(line)) >= 2:
        return True  # "Заголовок; Заголовок; Заголовок": a teaser list
    if _marked(line):
        return True
    # a subhead, caption or teaser: a short line that is no sentence
    return short and not _END.search(line)


def _marked(line: str) -> bool:
    """Live-blog stamps, numbered scenarios, wiki furniture; tickers, tables, counters."""
    if _LIVE_STAMP.match(line) or _SCENARIO.match(line) or _WIKI.search(line):
        return True
    if _ABOUT_WHAT.match(line):
        return True
    digits, letters = len(_DIGIT.findall(line)), len(_LETTER.findall(line))
    return digits > 0 and digits * 2 >= letters
