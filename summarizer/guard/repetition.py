"""Degenerate output: a phrase said twice in a row is a decoder loop, not news.

Beam search repeats itself when it runs out of source to copy ("руководители регионов,
избранные гражданами, избранные гражданами"). Such a sentence is built from the article's
words, so the support checks pass it, but it claims a second group the article does not have.
A single word again after a comma is Russian ("на федеральном уровне, уровне штатов"), and a
phrase said again further on ("ученые из центра …, выяснили врачи из центра …") is clumsy
but may be true: both are left alone. (A list item listed twice, "для электросамокатов,
гироскутеров, электросамокатов", was tried too: human-written lists repeat a word often
enough to cost clean sentences.)
"""

from __future__ import annotations

from .claim import Claim
from .verdict import Reason

MAX_PHRASE = 3  # words of a phrase that may be repeated right after itself


def check_repetition(claim: Claim) -> list[Reason]:
    ws = claim.words
    for k in range(len(ws)):
        for n in range(1, MAX_PHRASE + 1):
            if k + 2 * n > len(ws) or not any(w.content for w in ws[k : k + n]):
                continue
            first, again = ws[k : k + n], ws[k + n : k + 2 * n]
            gap = claim.text[first[-1].stop : again[0].start].strip()
            if [w.low for w in first] == [w.low for w in again] and (
                gap == "" or (gap == "," and n > 1)
            ):
                return [Reason("repeated", " ".join(w.text for w in again))]
    return []
