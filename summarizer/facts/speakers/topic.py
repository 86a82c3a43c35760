"""Paragraphs off the story: the news feed a page appends under an article.

"Программа льготной ипотеки помогла многим семьям, заявил Путин." under an article on the US
Congress is a real statement, but no part of the story: a reader takes a bullet made of it for
junk. Such feeds are runs of short paragraphs that share no word with the headline and the lead.
"""

from __future__ import annotations

import re

from ...text import fold
from .tokens import Tok

_WORD = re.compile(r"[A-Za-zА-Яа-яЁё]{5,}")
_STEM = 5
_MIN_RUN = 3  # paragraphs in a row: one short aside is no feed
_MAX_SENTENCES = 2
_FOOTER = 3  # paragraphs of boilerplate a page may have after its feed
_MIN_STORY = 4  # paragraphs of story before a feed can begin
_MIN_SHARED = 2  # words shared with the headline and lead: one ("опубликовал") is chance
_MIN_SHARED_NEAR = 3  # words shared with the paragraphs around: two ("Украина", "Крым") is chance
# long words every story has: speech verbs, function words
_COMMON = frozenset(
    w[:_STEM]
    for w in (
        "который которая которые также более после время сообщил заявил отметил сказал "
        "рассказал подчеркнул считает может будет этого этому году года новости своей своих "
        "только однако между словам мнению данным против через очень сейчас сегодня"
    ).split()
)


def _stems(text: str) -> set[str]:
    return {fold(w)[:_STEM] for w in _WORD.findall(text)} - _COMMON


def off_topic_paragraphs(text: str, title: str | None, toks: tuple[Tok, ...]) -> set[int]:
    """Indexes (`Tok.para`) of paragraphs in a run of at least three short ones that share at
    most one word with the title and the first two paragraphs."""
    spans: dict[int, list[int]] = {}  # para -> [first char, last char, sentences]
    for t in toks:
        if t.para not in spans:
            spans[t.para] = [t.start, t.stop, t.sent, t.sent]
        span = spans[t.para]
        span[1] = t.stop
        span[3] = t.sent
    order = sorted(spans)
    if len(order) <= _MIN_RUN:
        return set()
    topic = _stems(title or "")
    for p in order[:2]:
        topic |= _stems(text[spans[p][0] : spans[p][1]])
    words = {p: _stems(text[spans[p][0] : spans[p][1]]) for p in order}
    off = []
    for k, p in enumerate(order[2:], 2):
        _a, _b, s0, s1 = spans[p]
        # a feed item shares no words with the story, nor with the items around it (a live
        # blog's entries all speak of one thing)
        near = words[order[k - 1]] | (words[order[k + 1]] if k + 1 < len(order) else set())
        off.append(
            (
                p,
                s1 - s0 + 1 <= _MAX_SENTENCES
                and len(words[p] & topic) < _MIN_SHARED
                and len(words[p] & near) < _MIN_SHARED_NEAR,
            )
        )
    # the feed is a tail: a run that ends near the end of the page (a footer may follow),
    # after the story
    runs: list[list[int]] = []
    run: list[int] = []
    for p, is_off in (*off, (-1, False)):
        if is_off:
            run.append(p)
            continue
        if len(run) >= _MIN_RUN:
            runs.append(run)
        run = []
    if not runs:
        return set()
    tail = runs[-1]
    if order.index(tail[-1]) < len(order) - 1 - _FOOTER or order.index(tail[0]) < _MIN_STORY:
        return set()
    return set(tail)
