"""Words an outlet quotes from somebody else's writing: not the outlet's own speech.

"L'Est Republicain замечает, что на странице мужчины присутствовал комментарий: «…»": the
outlet's words are the "что" clause; the quotation after the colon is the comment, whose author
is the page's owner. The reader audit of fresh_g (book_t218) saw the newspaper given it."""

from __future__ import annotations

from .events import Event
from .tokens import Tok, span_tokens, tok_index

# nouns for a piece of writing that can stand as the subject of its own clause
_WRITINGS = frozenset(
    "комментарий запись надпись пост твит сообщение письмо заметка послание реплика отзыв "
    "лозунг подпись объявление плакат транспарант листовка записка".split()
)


def quotes_a_writing(ev: Event, toks: tuple[Tok, ...]) -> bool:
    """Does the direct quotation follow "…, что <there was> <a writing>:", a writing that is
    the subject of the retold clause (nominative), after the speaker's own verb?"""
    if ev.kind != "direct" or not ev.spans or ev.at >= len(toks):
        return False
    first = tok_index(toks, ev.spans[0][0])
    if first <= ev.at + 2:
        return False
    colon = first - 1
    while colon > ev.at and toks[colon].text in ("«", '"', "“", "„"):
        colon -= 1
    if toks[colon].text != ":":
        return False
    noun = toks[colon - 1]
    if noun.low not in _WRITINGS or noun.case != "Nom" or noun.sent != toks[ev.at].sent:
        return False
    return any(t.low == "что" for t in toks[ev.at + 1 : colon - 1])


def cites_another(ev: Event, toks: tuple[Tok, ...], cited: frozenset[int]) -> bool:
    """ "…, пишет агентство со ссылкой на ВОЗ": the speaker passes on another's information,
    so the words are not surely its own. `cited`: tokens of the speaker's own names, so "со
    ссылкой на Пескова" given to Песков himself still stands."""
    if not ev.spans or ev.at >= len(toks):
        return False
    inside = set(span_tokens(toks, ev.spans))
    sent = toks[ev.at].sent
    lo = hi = ev.at
    while lo > 0 and toks[lo - 1].sent == sent:
        lo -= 1
    while hi + 1 < len(toks) and toks[hi + 1].sent == sent:
        hi += 1
    for j in range(lo, hi):
        if j in inside or toks[j + 1].low != "на":
            continue
        if toks[j].low == "ссылаясь" or (toks[j].low == "ссылкой" and toks[j - 1].low == "со"):
            return j + 2 > hi or j + 2 not in cited
    return False
