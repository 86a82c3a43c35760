"""Support by alignment: which sentences of the article say what a generated sentence says.

Each content word of the summary is looked up by stem in the article, weighted by how rare it
is there (a word in every sentence tells little). A sentence whose content is largely absent from
the article is unsupported; the best-aligned sentences are what the attribution and polarity
checks compare with.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from . import knowledge as kb
from .claim import Claim
from .source import SourceIndex
from .verdict import Reason
from .words import Word

# Words of attribution and of the summary's own framing: they need no support in the article.
FRAMING = frozenset(
    """
    словам мнению данным информации оценкам оценке сведениям версии заявил заявила заявили
    сообщил сообщила сообщили сообщает сообщают отметил отметила отметили подчеркнул подчеркнула
    подчеркнули рассказал рассказала рассказали считает считают уверен уверена уверены добавил
    добавила добавили пояснил пояснила пояснили напомнил напомнила напомнили также кроме того
    однако при этом этом время настоящее момент известно стало выяснили выяснили пишет пишут
    передает передают накануне ранее заявление словах
    """.split()
)
MIN_CONTENT = 3  # fewer content words than this: too little to judge
UNSUPPORTED_SHARE = 0.5  # a sentence with more of its content missing is dropped
UNSUPPORTED_WORDS = 3  # … and at least this many words missing (paraphrase brings a few)
CLOSE = 0.85  # a sentence this near the best one's score may be what the claim retells
PAIR_GAIN = 0.15  # two adjacent sentences are the alignment when they hold this much more


@dataclass(frozen=True)
class Alignment:
    sentences: tuple[int, ...]  # the best-aligned sentences of the article, best first
    coverage: float  # weighted share of the claim's supported content they hold
    missing: tuple[str, ...]  # content words the article does not have at all
    content: int  # content words judged
    close: tuple[int, ...] = ()  # other sentences that hold nearly as much of it


def content_words(claim: Claim, span: tuple[int, int] | None = None) -> list[Word]:
    a, b = span or (0, len(claim.text))
    return [
        w
        for w in claim.words
        if a <= w.start
        and w.stop <= b
        and w.content
        and w.low not in FRAMING
        and w.low not in kb.GENERIC_CAPITALIZED
    ]


def supported(w: Word, source: SourceIndex) -> set[int] | None:
    """The sentences that hold `w` (by stem); an empty set when the article has the word only
    by inflection or lemma; None when it does not have it."""
    found = source.sentences_with(w.stem)
    if found:
        return set(found)
    if source.has_word(w.text):
        return set()
    for group in (*kb.METONYMS, *kb.PLACE_ADJECTIVES, *kb.ALIASES):
        own = {p for p in group if w.low.startswith(p)}
        if own and any(source.has_prefix(p) for p in group - own):
            return set()
    return None


def align(claim: Claim, source: SourceIndex, span: tuple[int, int] | None = None) -> Alignment:
    """The article sentence, or pair of adjacent sentences in one paragraph ("…демократ Джо
    Байден. Однако сможет ли он …"), that holds most of the claim's content."""
    ws = content_words(claim, span)
    n = len(source.sentences)
    found: dict[str, tuple[float, set[int]]] = {}
    missing: list[str] = []
    for w in ws:
        where = supported(w, source)
        if where is None:
            missing.append(w.text)
        elif where and w.stem not in found:
            weight = 1.0 / math.log2(1.0 + len(where)) + (0.5 if w.capitalized else 0.0)
            found[w.stem] = (weight, where)
    total = sum(weight for weight, _ in found.values())
    if not total or not n:
        return Alignment((), 0.0, tuple(missing), len(ws))
    single = [0.0] * n
    for weight, where in found.values():
        for i in where:
            single[i] += weight
    best_i = max(range(n), key=lambda i: single[i])
    best: tuple[tuple[int, ...], float] = ((best_i,), single[best_i])
    for i in range(n - 1):
        if source.sentences[i].paragraph != source.sentences[i + 1].paragraph:
            continue
        pair = sum(weight for weight, where in found.values() if i in where or i + 1 in where)
        if pair > best[1] + PAIR_GAIN * total:
            order = (i, i + 1) if single[i] >= single[i + 1] else (i + 1, i)
            best = (order, pair)
    close = tuple(
        i for i in range(n) if i not in best[0] and single[i] >= CLOSE * single[best_i] > 0
    )
    return Alignment(best[0], best[1] / total, tuple(missing), len(ws), close)


def check_support(claim: Claim, source: SourceIndex) -> list[Reason]:
    al = align(claim, source)
    if al.content < MIN_CONTENT:
        return []
    if len(al.missing) >= UNSUPPORTED_WORDS and len(al.missing) / al.content >= UNSUPPORTED_SHARE:
        return [Reason("unsupported", ", ".join(al.missing))]
    return []
