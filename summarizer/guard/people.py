"""Who the article names and who it says said what: the guard's one door into the rule layer.

The speakers subpackage (facts/speakers/) is being reworked; everything the guard needs from it
is read here, so a change there means fixing this module only. What comes out is plain data:
people (persons, organizations, places) with every name and title the article gives them and
where they are mentioned, and the stretches of text the rule layer attributes to each.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..document import Document
from ..facts.speakers import Actor, Cast, article_cast
from ..facts.speakers import lexicon as _lexicon
from ..facts.speakers.mentions import org_lemma, role_lemma
from ..text import fold

# General news vocabulary the guard shares with the rule layer.
SAY_VERBS = _lexicon.SAY_VERBS | _lexicon.DIRECTIVE_VERBS | _lexicon.IMPERSONAL_VERBS
SOURCE_NOUNS = _lexicon.SOURCE_NOUNS  # "по словам", "по данным"
SPEECH_VERB_PREFIXES = _lexicon.SPEECH_VERB_PREFIXES
ROLE_NOUNS = _lexicon.ROLE_NOUNS
ORG_NOUNS = _lexicon.ORG_NOUNS
CAPITAL_COUNTRY = _lexicon.CAPITAL_COUNTRY
MEDIA_NAMES = _lexicon.MEDIA_NAMES

__all__ = [
    "CAPITAL_COUNTRY",
    "MEDIA_NAMES",
    "ORG_NOUNS",
    "ROLE_NOUNS",
    "SAY_VERBS",
    "SOURCE_NOUNS",
    "SPEECH_VERB_PREFIXES",
    "People",
    "Person",
    "Statement",
    "org_lemma",
    "read_people",
    "role_lemma",
]


@dataclass(frozen=True)
class Person:
    """A person, organization or place of the article (`kind`: person, org, loc, role)."""

    kind: str
    names: tuple[str, ...]  # verbatim, as written
    roles: tuple[str, ...]  # verbatim titles tied to it: "официальный представитель кабмина"
    spans: tuple[tuple[int, int], ...]  # character spans of its names and titles
    media: bool = False  # a news outlet


@dataclass(frozen=True)
class Statement:
    """A stretch of the article the rule layer attributes to `people[speaker]`, at any
    confidence: the reply shows only the sure ones, but the guard asks who may have said the
    words, not whom a reader may be shown saying them."""

    speaker: int
    start: int
    stop: int
    others: tuple[int, ...] = ()  # the other people its cue may point to ("артистки": Кока)


@dataclass(frozen=True)
class People:
    people: tuple[Person, ...]
    statements: tuple[Statement, ...]


def read_people(doc: Document, cast: Cast | None = None) -> People:
    """The rule layer's reading of `doc` through its public `article_cast` (pass `cast` when the
    caller has it already: the pipeline reads the speakers of the same article)."""
    if cast is None:
        cast = article_cast(doc)
    text = doc.text
    people: list[Person] = []
    statements: list[Statement] = []
    by_name: dict[str, int] = {}
    for pid, actor in enumerate(cast.actors):
        by_name.setdefault(actor.name, pid)
    for pid, actor in enumerate(cast.actors):
        found = {m.span() for form in actor.forms for m in _occurrences(form, text)}
        # "Зайберт" inside "Штеффен Зайберт" is one mention
        spans = sorted(
            (a, b)
            for a, b in found
            if not any(x <= a and b <= y and (x, y) != (a, b) for x, y in found)
        )
        people.append(Person(actor.kind, actor.forms, actor.roles, tuple(spans), _is_media(actor)))
        for st in actor.statements:
            others = (by_name.get(n) for n in st.attribution.candidates)
            statements.append(
                Statement(
                    pid,
                    st.start,
                    st.stop,
                    tuple(dict.fromkeys(k for k in others if k is not None and k != pid)),
                )
            )
    return People(tuple(people), tuple(statements))


def _occurrences(form: str, text: str) -> list[re.Match[str]]:
    """Where a verbatim name form stands in the text, as a whole word."""
    if not form.strip():
        return []
    return list(re.finditer(r"(?<!\w)" + re.escape(form) + r"(?!\w)", text))


def _is_media(actor: Actor) -> bool:
    """A news outlet: an organization one of whose names is a known outlet ("ТАСС", "агентство
    Bloomberg")."""
    if actor.kind != "org":
        return False
    for form in (actor.name, *actor.forms):
        low = fold(form.strip('«»"'))
        words = low.replace("«", " ").replace("»", " ").split()
        if low in MEDIA_NAMES or any(w in MEDIA_NAMES for w in words):
            return True
    return False
