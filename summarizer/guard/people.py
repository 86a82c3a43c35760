"""Who the article names and who it says said what: the guard's one door into the rule layer.

The speakers subpackage (facts/speakers/) is being reworked; everything the guard needs from it
is read here, so a change there means fixing this module only. What comes out is plain data:
people (persons, organizations, places) with every name and title the article gives them and
where they are mentioned, and the stretches of text the rule layer attributes to each.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..document import Document
from ..facts.speakers import extract as _extract
from ..facts.speakers import lexicon as _lexicon
from ..facts.speakers.coref import Resolver
from ..facts.speakers.events import find_events
from ..facts.speakers.mentions import find_mentions, org_lemma, role_lemma, token_owner
from ..facts.speakers.tokens import build_tokens

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
    """A stretch of the article the rule layer attributes to `people[speaker]`."""

    speaker: int
    start: int
    stop: int


@dataclass(frozen=True)
class People:
    people: tuple[Person, ...]
    statements: tuple[Statement, ...]


def read_people(doc: Document) -> People:
    """The rule layer's reading of `doc` (its natasha analysis is shared, not redone)."""
    text = doc.text
    toks = build_tokens(doc)
    if not toks:
        return People((), ())
    mentions = find_mentions(doc, toks)
    events = find_events(text, toks, mentions, token_owner(mentions, len(toks)))
    resolver = Resolver(toks, mentions, [span for ev in events for span in ev.spans])
    said, _ = _extract._attribute(events, resolver, mentions, toks, text)
    people = []
    for ent in resolver.entities:
        ks = sorted(set(ent.name_mentions) | set(ent.role_mentions))
        roles = tuple(
            dict.fromkeys(role for k in ent.role_mentions if (role := mentions[k].role) is not None)
        )
        spans = tuple((toks[mentions[k].first].start, toks[mentions[k].last].stop) for k in ks)
        people.append(Person(ent.kind, tuple(ent.names), roles, spans, ent.media))
    statements = tuple(
        Statement(ent_id, s.start, s.stop) for ent_id, items in said.items() for s in items
    )
    return People(tuple(people), statements)
