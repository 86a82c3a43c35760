"""The counted noun after a number, read with pymorphy's dictionary: "93 проекта" counts
"проектов", "более 22 тысяч новых рабочих мест" counts "рабочих мест".

The noun must be in a form the number can count ("21 страна", "25 стран"), which is also what
tells a count from a location or a year: "на 316 километре", "к 2020 это число".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any

from ...document import Document
from ...text import fold

_L = r"[^\W\d_]"
WORD = re.compile(rf"[ \u00a0\u202f]+({_L}+(?:-{_L}+)*)")  # the next word, after spaces only
_MODEL = re.compile(r"[ \u00a0\u202f]+[A-ZА-ЯЁ][A-Za-zА-Яа-яЁё]{0,3}-\d+[A-Za-zА-Яа-яЁё0-9]*")
_WITH = re.compile(rf"[ \u00a0\u202f]+со?[ \u00a0\u202f]+({_L}+)(?![^\W\d_-])")
_ABBREVIATION = re.compile(r"[А-ЯЁ]{2,6}")

_MODIFIER_POS = frozenset(("ADJF", "PRTF"))
_COUNT_FORMS = MappingProxyType({"год": "лет", "человек": "человек"})  # not "годов", "людей"
_TIME_OF_DAY = frozenset(("утра", "вечера"))  # "около 9 утра" is a time
_DURATION_LEMMAS = frozenset(
    ("год", "месяц", "неделя", "день", "сутки", "час", "минута", "секунда", "век")
)
PLURAL = frozenset(("plur",))
SINGULAR = frozenset(("sing",))
ANY_NUMBER = frozenset(("sing", "plur"))


@dataclass(frozen=True)
class NounPhrase:
    unit: str  # what is counted, genitive plural: "рабочих мест"
    stop: int  # where the phrase ends in the text
    elliptic: bool = False  # "восемь атомных": the noun is left out, the unit is the previous one


DISAGREES = NounPhrase("", -1)  # a noun follows, but not in a form this number can count


class Morph:
    """pymorphy's parses through natasha's shared, cached MorphVocab; loaded on first use only."""

    def __init__(self, doc: Document) -> None:
        self._doc = doc
        self._vocab: Any = None

    def __call__(self, word: str) -> list[Any]:
        if self._vocab is None:
            self._vocab = self._doc.nlp.morph_vocab
        return self._vocab.parse(word.lower())


def numbers_for(value: float, integer: bool, magnitude: float) -> frozenset[str]:
    """The grammatical numbers a noun may take after this quantity: "21 страна", "22 страны",
    "25 стран" (and the plural in the oblique cases: "в 22 странах")."""
    if magnitude != 1.0:
        return PLURAL
    if not integer or value != int(value):
        return ANY_NUMBER
    n = int(value)
    if 11 <= n % 100 <= 14:
        return PLURAL
    if n % 10 == 1:
        return SINGULAR if n < 100 else ANY_NUMBER  # "8341 удостоверений" is common usage
    if 2 <= n % 10 <= 4:
        return ANY_NUMBER
    return PLURAL


def noun_phrase(
    masked: str, pos: int, end: int, morph: Morph, numbers: frozenset[str]
) -> NounPhrase | None:
    """The counted noun starting after `pos`, with its adjectives; DISAGREES or None if none.

    "рабочих" may be an adjective or a noun: a word that can be an adjective and has a word after
    it is taken as a modifier, and the last modifier becomes the noun when no noun follows. After
    a participle, one prepositional group is stepped over: "двух сбитых над Степанакертом
    беспилотниках".
    """
    mods: list[tuple[str, list[Any], int]] = []
    k = pos
    participle = disagree = False
    head: tuple[str, list[Any], int] | None = None
    for _ in range(7):
        m = WORD.match(masked, k, end)
        if not m:
            break
        word = m.group(1)
        if is_abbreviation(word):
            head = (word, [], m.end())
            break
        if word[0].isupper():
            break
        parses = morph(word)
        nxt = WORD.match(masked, m.end(), end)
        if _can_modify(parses):
            if not mods and numbers == PLURAL and not _oblique_plural(parses):
                return DISAGREES  # "лет через пять эти аэропорты": "пять" counts no "эти"
            if nxt and (nxt.group(1)[0].islower() or is_abbreviation(nxt.group(1))):
                mods.append((word, parses, m.end()))
                k = m.end()
                if any(p.tag.POS == "PRTF" for p in parses) and _is_prep(morph(nxt.group(1))):
                    participle = True
                    cases = {str(p.tag.case) for p in parses if p.tag.POS == "PRTF"}
                    skip = _skip_prepositional(masked, nxt.end(), end, cases, morph)
                    if skip is None:
                        break
                    k = skip
                continue
            if not _is_noun(parses):
                mods.append((word, parses, m.end()))
                break
        if _is_noun(parses, numbers) and fold(word) not in _TIME_OF_DAY:
            head = (word, parses, m.end())
        else:
            disagree = _is_noun(parses)
        break
    if head is None and mods and _is_noun(mods[-1][1], numbers):
        head = mods.pop()
    if head is None:
        if mods and not participle and not disagree and _is_adjective(mods[-1][1]):
            # "17 погибших" counts people by a participle; "восемь атомных" leaves its noun out
            substantive = mods[-1][1][0].tag.POS == "PRTF"
            return NounPhrase(_genitive_plural(mods[-1], None), mods[-1][2], not substantive)
        return DISAGREES if disagree else None
    return NounPhrase(
        _genitive_plural(head, mods[-1] if mods else None), _extend(masked, head[2], end, morph)
    )


def genitive_phrase(masked: str, pos: int, end: int, morph: Morph) -> int | None:
    """Where "взрослого населения", "голосов избирателей", "ВВП" after a percentage end: what it
    is a share of, a noun in the genitive with at most two adjectives before it and at most one
    genitive noun after it; None when none follows."""
    stop = _genitive_noun(masked, pos, end, morph)
    if stop is None:
        return None
    return _genitive_noun(masked, stop, end, morph) or stop


def _genitive_noun(masked: str, pos: int, end: int, morph: Morph) -> int | None:
    k = pos
    for _ in range(3):
        m = WORD.match(masked, k, end)
        if not m:
            return None
        word = m.group(1)
        if is_abbreviation(word):
            return m.end()
        if not word[0].islower():
            return None
        parses = [p for p in morph(word) if p.score >= 0.05]
        modifier = any(
            p.tag.POS in _MODIFIER_POS and p.tag.case == "gent" and "Apro" not in p.tag
            for p in parses
        )
        nxt = WORD.match(masked, m.end(), end)
        if modifier and nxt and nxt.group(1)[0].islower():
            k = m.end()  # "взрослого населения": an adjective before its noun
            continue
        if (
            parses
            and parses[0].tag.POS == "NOUN"
            and any(p.tag.POS == "NOUN" and p.tag.case == "gent" for p in parses)
        ):
            return m.end()
        return None
    return None


def is_duration(unit: str, morph: Morph) -> bool:
    parses = morph(unit.split()[-1])
    return bool(parses) and parses[0].normal_form in _DURATION_LEMMAS


def is_abbreviation(word: str) -> bool:
    return bool(_ABBREVIATION.fullmatch(word))


def _extend(masked: str, stop: int, end: int, morph: Morph) -> int:
    """What stays with a counted noun: a model ("один танк Т-72") or a cargo ("грузовик с
    боеприпасами")."""
    model = _MODEL.match(masked, stop, end)
    if model:
        return model.end()
    with_ = _WITH.match(masked, stop, end)
    if (
        with_
        and with_.group(1).islower()
        and any(
            p.tag.POS == "NOUN" and p.tag.case == "ablt" and p.tag.number == "plur"
            for p in morph(with_.group(1))[:1]
        )
    ):
        return with_.end()
    return stop


def _skip_prepositional(
    masked: str, pos: int, end: int, cases: set[str], morph: Morph
) -> int | None:
    """After "сбитых над": skip "Степанакертом" up to the word that agrees with the participle."""
    k = pos
    for _ in range(2):
        m = WORD.match(masked, k, end)
        if not m:
            return None
        k = m.end()
        nxt = WORD.match(masked, k, end)
        if (
            nxt
            and nxt.group(1)[0].islower()
            and any(
                str(p.tag.case) in cases and p.tag.POS in ("NOUN", "ADJF")
                for p in morph(nxt.group(1))
            )
        ):
            return k
    return None


def _can_modify(parses: list[Any]) -> bool:
    return any(
        p.score >= 0.03 and (p.tag.POS in _MODIFIER_POS or "Apro" in p.tag) and p.tag.POS != "NUMR"
        for p in parses
    )


def _is_noun(parses: list[Any], numbers: frozenset[str] | None = None) -> bool:
    """A noun reading; with `numbers`, one in a grammatical number the count allows."""
    nouns = [p for p in parses if p.tag.POS == "NOUN" and "Abbr" not in p.tag]
    if sum(p.score for p in nouns) < 0.05:
        return False
    if numbers is None:
        return True
    grams = {(p.tag.number, p.tag.case) for p in nouns}
    if ("plur", "gent") in grams and ("sing", "nomn") in grams:
        return True  # the count form: "71 раз", "21 человек"
    return any(p.tag.number is None or p.tag.number in numbers for p in nouns if p.score >= 0.005)


def _oblique_plural(parses: list[Any]) -> bool:
    """A modifier a number of five or more can take: plural in the genitive (or any case other
    than the nominative and accusative, after "пяти", "пятью")."""
    return any(
        p.tag.number == "plur" and p.tag.case not in ("nomn", "accs")
        for p in parses
        if p.tag.POS in _MODIFIER_POS or "Apro" in p.tag
    )


def _is_adjective(parses: list[Any]) -> bool:
    return any(p.tag.POS in _MODIFIER_POS and "Apro" not in p.tag for p in parses)


def _is_prep(parses: list[Any]) -> bool:
    return bool(parses) and parses[0].tag.POS == "PREP"


def _genitive_plural(
    head: tuple[str, list[Any], int], mod: tuple[str, list[Any], int] | None
) -> str:
    """ "93 проекта" -> "проектов", "новых рабочих мест" -> "рабочих мест": what is counted."""
    word, parses, _ = head
    if not parses:
        return word
    words = [_inflect(word, [p for p in parses if p.tag.POS == "NOUN"])]
    if mod is not None:
        mparses = [p for p in mod[1] if p.tag.POS == "ADJF" and "Apro" not in p.tag]
        if mparses:
            words.insert(0, _inflect(mod[0], mparses))
    return " ".join(words)


def _inflect(word: str, parses: list[Any]) -> str:
    if not parses:
        return word.lower()
    if parses[0].normal_form in _COUNT_FORMS:
        return _COUNT_FORMS[parses[0].normal_form]
    if any(p.tag.number == "plur" and p.tag.case == "gent" for p in parses):
        return word.lower()
    form = parses[0].inflect({"Plur", "Gen"})
    return form.word if form is not None else word.lower()
