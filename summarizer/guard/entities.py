"""Numbers and names: every one the summary uses must be the article's.

A number must occur in the article, in digits or in words. A name (a capitalized word inside
the sentence, a word pymorphy knows only as a name, a Latin word, an abbreviation) must occur
in some inflected form, or be supported the way news prose refers to things: an abbreviation
by the words it abbreviates ("СК" - "Следственный комитет"), a capital or a building by its
state ("Вашингтон" - "США"), a place's adjective by the place ("польские" - "Польши"). Generic
words that happen to be capitalized ("СМИ") are no names. A word neither the article nor the
dictionary knows is a garble ("Гослогии").
"""

from __future__ import annotations

import re
from typing import Protocol

from ..text import common_prefix
from . import knowledge as kb
from .claim import Claim
from .source import SourceIndex
from .verdict import Reason
from .words import Word, clauses, numbers_in, stem

_CYRILLIC = re.compile(r"^[а-яё-]+$")
_ADJ_SUFFIX = re.compile(r"(?:ск|цк)(?:ий|ая|ое|ие|ого|ому|им|ом|ой|ую|их|ими|ей)$")
_ADJ_ENDINGS = ("ий", "ая", "ое", "ие", "ого", "ому", "им", "ом", "ой", "ую", "их", "ими", "ей")


def check_numbers(claim: Claim, source: SourceIndex) -> list[Reason]:
    return [
        Reason("number", claim.text[a:b])
        for value, a, b in claim.numbers
        if value not in source.numbers
    ]


def check_names(claim: Claim, source: SourceIndex) -> list[Reason]:
    out: list[Reason] = []
    for w in claim.words:
        if w.is_number or len(w.low) < 2:
            continue
        if is_name(claim, w):
            if not name_supported(w, source):
                out.append(Reason("name", w.text))
        elif garbled(claim, w, source):
            out.append(Reason("garbled", w.text))
    return out


def is_name(claim: Claim, w: Word) -> bool:
    if w.low in kb.GENERIC_CAPITALIZED:
        return False
    latin = w.text[:1].isascii() and w.text[:1].isalpha()
    if latin:
        return True
    if not w.capitalized:
        return False
    if not claim.opens(w):
        return True
    a = claim.analysis(w)
    return a.only_proper or (w.text.isupper() and len(w.text) > 1) or not a.known


def garbled(claim: Claim, w: Word, source: SourceIndex) -> bool:
    """A name written in lower case ("вашингтоне") that the article never writes so, or a
    mangled copy of an article word ("переодолеть" for "преодолеть"): a word the dictionary
    does not know, within two letters of an article word but not merely its ending. Words the
    dictionary lacks but the language makes ("трамписты", "суперъяхта") are no garbles."""
    if w.capitalized or not _CYRILLIC.match(w.low) or w.low in source.lows:
        return False
    a = claim.analysis(w)
    if a.known:
        return a.proper_noun
    if "-" in w.low or len(w.low) < 5 or source.has_word(w.low):
        return False
    return any(_mangled(w.low, other) for other in source.lows)


def _mangled(word: str, other: str) -> bool:
    if other[:1] != word[:1] or abs(len(other) - len(word)) > 2 or len(other) < 5:
        return False
    if common_prefix(word, other) >= min(len(word), len(other)) - 2:
        return False  # the same word with another ending
    return _distance(word, other) <= 2


def _distance(a: str, b: str) -> int:
    """Levenshtein distance with transpositions (optimal string alignment)."""
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        for j, y in enumerate(b, 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (x != y))
            if i > 1 and j > 1 and x == b[j - 2] and a[i - 2] == y:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        prev2, prev = prev, cur
    return prev[-1]


class Words(Protocol):
    """What a name is checked against: the whole article (SourceIndex) or a few words (WordSet)."""

    @property
    def initials(self) -> frozenset[str]: ...

    def has_word(self, word: str) -> bool: ...

    def has_prefix(self, prefix: str) -> bool: ...


def name_supported(w: Word, source: Words) -> bool:
    if source.has_word(w.text):
        return True
    low = w.low
    if w.text.isupper() and len(low) <= 6 and low in source.initials:
        return True
    s = stem(low)
    for group in kb.ALIASES:
        own = _alias_forms(low, group)
        if own and all(source.has_prefix(p) for p in group - own):
            return True
    for group in kb.METONYMS:
        if _metonym_supported(low, group, source):
            return True
    return _place_adjective(low, s, source)


def _alias_forms(low: str, group: frozenset[str]) -> set[str]:
    """The group's forms `low` is: the word itself, or an inflected stem of 5+ letters
    ("госдуму" of "госдум"); short abbreviations ("ес", "мид") only as they stand."""
    return {
        p
        for p in group
        if low == p or (len(p) >= 5 and low.startswith(p) and len(low) - len(p) <= 2)
    }


def _metonym_supported(low: str, group: frozenset[str], source: Words) -> bool:
    own = {p for p in group if low.startswith(p)}
    return bool(own) and any(source.has_prefix(p) for p in group - own)


def _place_adjective(low: str, s: str, source: Words) -> bool:
    """ "польские" - "Польши", "американского" - "США" (table), "Московские" - "Москвы"."""
    if not low.endswith(_ADJ_ENDINGS):
        return False
    for group in kb.PLACE_ADJECTIVES:
        own = {p for p in group if low.startswith(p)}
        if own and any(source.has_prefix(p) for p in group - own):
            return True
    m = _ADJ_SUFFIX.search(low)
    if not m:
        return False
    base = low[: m.start()]
    return len(base) >= 3 and source.has_prefix(base[: max(3, len(base) - 1)])


REFERENT_WINDOW = 6  # words between a number and the subject it is said of


def check_number_referents(claim: Claim, source: SourceIndex) -> list[Reason]:
    """A number the article has, given to another thing: "оппозиция набирает 48,16%" where the
    article's 48,16% is the ruling party's and the opposition has a number of its own. The
    subject near the number (a noun that may be in the nominative, in its clause) must be in
    or next to an article sentence with that number, unless the article never puts it next to
    any number."""
    ws = claim.words
    clause = clauses(ws, claim.text)
    numbered = source.memo(("numbered",), lambda: _numbered(source))
    for value, a, b in claim.numbers:
        where = source.numbers.get(value)
        at = next((k for k, w in enumerate(ws) if w.start >= a), None)
        if not where or at is None or not _referable(claim.text, value, a):
            continue
        near: set[str] = set()
        for i in where:
            near |= source.stems_near(i, before=1, after=1)
        for k, w in enumerate(ws):
            if clause[k] != clause[at] or abs(k - at) > REFERENT_WINDOW or w.stem in near:
                continue
            if not _subject(claim, w):
                continue
            if (source.sentences_with_prefix(w.stem) - where) & numbered:
                return [Reason("number", f"{claim.text[a:b]} is not said of {w.text}")]
    return check_crossed_numbers(claim, source)


OWN_NUMBER_GAP = 2  # words between a subject and the number the article pairs it with


def check_crossed_numbers(claim: Claim, source: SourceIndex) -> list[Reason]:
    """Two numbers of one article sentence exchanged between their subjects: "республиканцы
    получают 50 мест, а демократы — 48" retold as "демократы получат 50 мест". The claim's
    subject (a noun before the number, in its clause) stands in every article sentence with
    that number outside the number's clause, with a number of its own after it: in its clause,
    or across a dash ("а демократы — 48")."""
    ws = claim.words
    clause = clauses(ws, claim.text)
    for value, a, b in claim.numbers:
        where = source.numbers.get(value)
        at = next((k for k, w in enumerate(ws) if w.start >= a), None)
        if not where or at is None or not _referable(claim.text, value, a):
            continue
        for k in range(max(0, at - REFERENT_WINDOW), at):
            w = ws[k]
            if clause[k] != clause[at] or not _nominative_noun(claim, w):
                continue
            found = [_crossed(source, i, w.stem, value) for i in sorted(where)]
            if any(f is not None for f in found) and all(f is not False for f in found):
                return [
                    Reason(
                        "number",
                        f"{claim.text[a:b]} is not said of {w.text}: the article "
                        "gives it another number",
                    )
                ]
    return []


def _nominative_noun(claim: Claim, w: Word) -> bool:
    if not w.content or len(w.stem) < 4:
        return False
    a = claim.analysis(w)
    return a.pos == "NOUN" and "Nom" in a.cases


def _crossed(source: SourceIndex, i: int, word_stem: str, value: float) -> bool | None:
    """None: sentence `i` does not name the subject; True: it gives the subject another
    number, outside the clause of `value`; False: it may say `value` of the subject."""
    sw = source.sentence_words[i]
    own = [j for j, x in enumerate(sw) if x.stem == word_stem]
    if not own:
        return None
    sentence = source.sentences[i]
    values = {sentence.start + start: v for v, start, _ in numbers_in(sentence.text)}
    clause = clauses(sw, source.text)
    here = [j for j, x in enumerate(sw) if x.is_number and values.get(x.start) == value]
    if not here or any(clause[j] == clause[o] for j in here for o in own):
        return False
    for o in own:
        for n, x in enumerate(sw[o + 1 : o + 1 + REFERENT_WINDOW], o + 1):
            if x.is_number:
                other = values.get(x.start)
                if other is not None and other != value:
                    return True
                break
            if clause[n] != clause[o] and (n - o > 1 + OWN_NUMBER_GAP or x.content):
                break  # past the subject's clause ("демократы — 48" is one across the dash)
    return False


def _referable(text: str, value: float, a: int) -> bool:
    """A number said of something: not a year (dates go with whole events), not a small whole
    number (articles have many twos and threes), not part of a name ("COVID-19")."""
    if a and text[a - 1] == "-":
        return False
    whole = value == int(value)
    return not (whole and (value < 10 or 1900 <= value <= 2100))


def _numbered(source: SourceIndex) -> set[int]:
    return {i for found in source.numbers.values() for i in found}


def _subject(claim: Claim, w: Word) -> bool:
    """A common noun that may be the clause's subject ("оппозиция"), not a name."""
    if not w.content or w.capitalized or len(w.stem) < 4:
        return False
    a = claim.analysis(w)
    return a.pos == "NOUN" and a.case == "Nom" and not a.proper
