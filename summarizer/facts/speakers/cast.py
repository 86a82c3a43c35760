"""The article's cast: every person and organization it names, with their name forms, the titles
the article gives them, and what the rule layer attributes to them, with the evidence.

This is the stable entry point for checkers (the faithfulness guard): a generated sentence that
says «глава МИД ФРГ Штеффен Зайберт» can be checked against `roles` of the actor the article
calls Зайберт, and «X заявил …» against X's `statements`.

    cast = article_cast(doc)
    actor = cast.find("Зайберта")            # any inflected form of a name the article gives
    actor.roles                              # ("официальный представитель правительства ФРГ",)
    actor.has_role("представитель правительства ФРГ")
    [s.text for s in actor.said()]           # sure statements only; said(sure_only=False): all
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ...text import common_prefix, fold
from ...types import Attribution, Speaker

_WORD = re.compile(r"\w+(?:-\w+)*")
_STEM = 4  # letters two inflected forms of one word share ("Токаев", "Токаева", "Токаевым")


def _word_match(a: str, b: str) -> bool:
    """Two words that are one word inflected: a common stem of at least four letters and
    endings of at most three ("Зайберт" / "Зайберта", "министр" / "министром")."""
    a, b = fold(a), fold(b)
    if a == b:
        return True
    n = common_prefix(a, b)
    return n >= _STEM and len(a) - n <= 3 and len(b) - n <= 3


def _phrase_in(needle: str, hay: str) -> bool:
    """Every word of `needle` matches a word of `hay`, in order, up to inflection."""
    want, have = _WORD.findall(needle), _WORD.findall(hay)
    if not want:
        return False
    k = 0
    for w in have:
        if k < len(want) and _word_match(want[k], w):
            k += 1
    return k == len(want)


@dataclass(frozen=True)
class Statement:
    """One stretch of the article attributed to an actor, with how it was attributed."""

    text: str  # verbatim from the article
    start: int  # character offsets into the analysed text
    stop: int
    attribution: Attribution

    @property
    def sure(self) -> bool:
        return self.attribution.shown


@dataclass(frozen=True)
class Actor:
    """A person, organization or place of the article."""

    kind: str  # person, org, loc, role (a title never tied to a name: "муж Биби")
    name: str  # the fullest name, nominative ("Касым-Жомарт Токаев")
    forms: tuple[str, ...]  # every name form in the text, verbatim ("Токаева", "Токаев")
    roles: tuple[str, ...]  # titles the article gives this actor, nominative; only those given
    # next to the name or resolved to it without doubt
    statements: tuple[Statement, ...]  # everything attributed to the actor, in text order

    def said(self, sure_only: bool = True) -> tuple[Statement, ...]:
        return tuple(s for s in self.statements if s.sure or not sure_only)

    def is_named(self, name: str) -> bool:
        """Is `name` (any case) this actor? Its last word must match the surname or the
        organization's name; a given first name must match too."""
        words = _WORD.findall(name)
        if not words:
            return False
        for form in (self.name, *self.forms):
            have = _WORD.findall(form)
            if not have:
                continue
            if self.kind == "person":
                if not _word_match(words[-1], have[-1]):
                    continue
                if len(words) > 1 and len(have) > 1 and not _word_match(words[0], have[0]):
                    continue
                return True
            if _phrase_in(name, form) or _phrase_in(form, name):
                return True
        return False

    def has_role(self, role: str) -> bool:
        """Does the article give this actor the title `role` (any case, words in order; the
        title may leave out words the article has: "глава МИД" for "глава МИД России")?"""
        return any(_phrase_in(role, own) for own in self.roles)


@dataclass(frozen=True)
class Cast:
    """All actors of one article, and the speakers shown in its reply."""

    actors: tuple[Actor, ...]
    speakers: tuple[Speaker, ...]

    def find(self, name: str) -> Actor | None:
        """The actor that `name` (any inflected form) refers to; None when none or several."""
        found = [a for a in self.actors if a.is_named(name)]
        return found[0] if len(found) == 1 else None

    def with_role(self, role: str) -> tuple[Actor, ...]:
        """Actors the article gives the title `role`."""
        return tuple(a for a in self.actors if a.has_role(role))
