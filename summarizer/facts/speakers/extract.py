"""Who said what: named speakers with their roles and one or two verbatim quotes, main ones first.

The pipeline: natasha's tokens and names (Document) -> mentions (names, titles, organization
nouns, pronouns) -> speech events (direct and indirect speech) -> subjects resolved in text order
-> quotes chosen per speaker. Every quote is a verbatim substring of the article, shortened at a
word or sentence boundary with a trailing "…".
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from ...document import Document
from ...text import fold
from ...types import Speaker
from .coref import Entity, Resolver, crude_stem, display_org
from .events import Event, find_events
from .lexicon import ANONYMOUS_NAMES, INSTITUTION_PLACES, MEDIA_RELAY_VERBS
from .mentions import Mention, find_mentions, org_lemma, token_owner
from .names import Namer
from .quotes import shorten
from .tokens import Tok, build_tokens

MAX_QUOTE_CHARS = 250
MAX_QUOTES = 2
MAX_SPEAKERS = 8
_KIND_WEIGHT = {"direct": 3.0, "indirect": 2.0, "about": 1.5, "previous": 1.0}
_FULL_QUOTE_CHARS = 80  # shorter statements are fragments: chosen only when nothing longer
_MERGE_GAP = 60  # characters between two statements of one speaker that one quote may span
_GAP_BREAKS = re.compile(r"[\n«»\"“”„]")  # no paragraph break or quote mark inside the gap
_WORDS = re.compile(r"\w+")
_SENTENCE_BREAK = re.compile(r"[.!?…]\s+\W*[A-ZА-ЯЁ]")  # "… A. По словам X, B": two quotes
_ASIDES = re.compile(r"\([^()]*\)")
_QUOTE_MARKS = frozenset('«»"“”„')


@dataclass(frozen=True)
class _Said:
    start: int
    stop: int
    weight: float
    direct: bool  # holds words in quotation (quote marks, dialogue dashes)
    retold: bool  # holds indirect speech


def extract_speakers(doc: Document) -> tuple[Speaker, ...]:
    """Speakers of the article, ranked by how much they say; empty when nobody speaks."""
    text = doc.text
    if not text or not text.strip():
        return ()
    toks = build_tokens(doc)
    if not toks:
        return ()
    mentions = find_mentions(doc, toks)
    events = find_events(text, toks, mentions, token_owner(mentions, len(toks)))
    resolver = Resolver(toks, mentions, [span for ev in events for span in ev.spans])
    said, first_seen = _attribute(events, resolver, mentions, toks, text)
    namer = Namer(doc, toks)
    ranked = []
    for ent_id, items in said.items():
        ent = resolver.entities[ent_id]
        quotes = _pick_quotes(text, items)
        name, role = _name_and_role(ent, mentions, namer)
        if not quotes or not name:
            continue
        score = sum(s.weight for s in _dedupe(items))
        ranked.append(
            (-score, first_seen[ent_id], Speaker(name, role if role != name else None, quotes))
        )
    ranked.sort(key=lambda r: (r[0], r[1]))
    return _unique_names(tuple(r[2] for r in ranked[:MAX_SPEAKERS]))


def _attribute(
    events: list[Event],
    resolver: Resolver,
    mentions: tuple[Mention, ...],
    toks: tuple[Tok, ...],
    text: str,
) -> tuple[dict[int, list[_Said]], dict[int, int]]:
    """Resolve every event's speaker in text order (pronouns and titles look back at the
    speakers before them); what each entity said, and where it first spoke."""
    said: dict[int, list[_Said]] = {}
    first_seen: dict[int, int] = {}
    starts = [t.start for t in toks]
    for ev in sorted(events, key=lambda e: e.at):
        ent_id = resolver.resolve(ev, bisect_left(starts, ev.spans[0][0]))
        if ent_id is None:
            continue
        ent = resolver.entities[ent_id]
        subject = mentions[ev.subject] if ev.subject is not None else None
        if ev.outlet_verb and subject is not None and _proper_org(subject):
            ent.media = True  # "как сообщал УРА-Информ": a newsroom
        if not _may_speak(ent, ev, toks):
            continue
        if _guessed(ev, subject) and _named_inside(ent, ev, mentions, toks, text):
            continue  # a guess that lands on a name the words themselves contain: theirs, not its
        resolver.note_speaker(
            ev.at, ent_id, personal=subject is not None and subject.kind in ("ROLE", "PER", "PRON")
        )
        if subject is not None and ev.mode == "mention" and ent.kind == "person":
            if ev.gender in ("Masc", "Fem") and subject.kind == "PER":
                ent.genders.extend([ev.gender] * 3)  # a verb's agreement outweighs the tagger
            if (
                subject.kind == "ROLE"
                and subject.role
                and ev.subject is not None
                and ev.subject not in ent.role_mentions
            ):
                ent.role_mentions.append(ev.subject)
        first_seen.setdefault(ent_id, ev.spans[0][0])
        weight = _KIND_WEIGHT.get(ev.kind, 1.0)
        direct = ev.kind == "direct"
        said.setdefault(ent_id, []).extend(
            _Said(a, b, weight, direct, not direct) for a, b in ev.spans
        )
    return said, first_seen


def _name_and_role(
    ent: Entity, mentions: tuple[Mention, ...], namer: Namer
) -> tuple[str, str | None]:
    role_at = ent.best_role(mentions)
    role = namer.role(mentions[role_at]) if role_at is not None else None
    name_at = ent.best_name()
    if name_at is None:
        return (role or ""), None
    name = namer.name(mentions[name_at])
    if ent.kind == "org":
        name = display_org(name)
    return name, role


def _proper_org(m: Mention) -> bool:
    """An organization known by a proper name, not by a noun ("Минтранс", "пресс-служба")."""
    if m.kind != "ORG" or not m.name:
        return False
    first = fold(m.name.split()[0].strip('«»"')) if m.name.split() else ""
    return org_lemma(first) is None and first not in INSTITUTION_PLACES


def _guessed(ev: Event, subject: Mention | None) -> bool:
    """Is the speaker of `ev` inferred (a pronoun, a title, "об этом", "говорится в …") rather
    than named at the verb?"""
    if ev.kind == "previous" or ev.mode in ("current", "previous", "pronoun"):
        return True
    return subject is not None and subject.kind in ("PRON", "ROLE", "GEN", "REL")


def _named_inside(
    ent: Entity, ev: Event, mentions: tuple[Mention, ...], toks: tuple[Tok, ...], text: str
) -> bool:
    """Does the entity's name or title occur inside what it is said to have said?

    A person is then what the words are about ("Малук покинул страну. Об этом сообщает …").
    An organization's own release names it as the subject ("«Газпром» остановил поставки", —
    объявила компания); only an organization named there in another case ("арест на акции
    компании X") is what the words are about.
    """
    if ent.kind != "org":  # editors' asides "(самого Трампа, — ред.)" are no part of the words
        return any(_name_in(ent, _ASIDES.sub(" ", text[a:b])) for a, b in ev.spans)
    inside = []
    for k in (*ent.name_mentions, *ent.role_mentions):
        m = mentions[k]
        a, b = toks[m.first].start, toks[m.last].stop
        if any(x <= a and b <= y for x, y in ev.spans):
            inside.append(m)
    if not inside:
        return False
    return not any(_subject_like(m, toks) for m in inside)


def _name_in(ent: Entity, words: str) -> bool:
    """Does the longest word of one of the entity's names occur in `words`, in any case?
    (A person the tagger split off or took for somebody else is still the same surname.)"""
    found = {crude_stem(w) for w in _WORDS.findall(words)}
    for name in ent.names:
        longest = max(_WORDS.findall(name), key=len, default="")
        if len(longest) >= 4 and crude_stem(longest) in found:
            return True
    return False


def _subject_like(m: Mention, toks: tuple[Tok, ...]) -> bool:
    """A name in the nominative, not hanging on a noun or preposition ("акции компании «X»")."""
    if not m.nominative:
        return False
    j = m.first - 1
    while j >= 0 and toks[j].text in _QUOTE_MARKS:
        j -= 1
    return j < 0 or toks[j].pos not in ("ADP", "NOUN")


def _may_speak(ent: Entity, ev: Event, toks: tuple[Tok, ...]) -> bool:
    """News outlets relaying others ("сообщает ТАСС", "как уточняет издание"), "СМИ" and bare
    places are not speakers."""
    if ent.media and (
        ev.relay
        or ev.mode == "current"
        or (ev.at < len(toks) and toks[ev.at].lemma in MEDIA_RELAY_VERBS)
    ):
        return False
    if any(fold(n) in ANONYMOUS_NAMES for n in ent.names):
        return False
    return not (ent.kind == "loc" and ev.mode == "locative")


def _merge(a: _Said, b: _Said, stop: int) -> _Said:
    return _Said(a.start, stop, max(a.weight, b.weight), a.direct or b.direct, a.retold or b.retold)


def _dedupe(items: list[_Said]) -> list[_Said]:
    """Merge overlapping stretches (one sentence found by two rules) and keep the best weight."""
    out: list[_Said] = []
    for s in sorted(items, key=lambda s: (s.start, -s.stop)):
        if out and s.start < out[-1].stop:
            last = out[-1]
            out[-1] = _merge(last, s, max(last.stop, s.stop))
            continue
        out.append(s)
    return out


def _join_close(text: str, items: list[_Said]) -> list[_Said]:
    """ "…, что A, добавив, что B": one quote for two statements a few words apart."""
    out: list[_Said] = []
    for s in items:
        if out:
            last = out[-1]
            gap = text[last.stop : s.start]
            if (
                len(gap) <= _MERGE_GAP
                and not _GAP_BREAKS.search(gap)
                and not _named_break(gap)
                and s.stop - last.start <= MAX_QUOTE_CHARS
            ):
                out[-1] = _merge(last, s, s.stop)
                continue
        out.append(s)
    return out


def _named_break(gap: str) -> bool:
    """ "… A. По словам Виктории Юрьевны, B": a new sentence that names its speaker again is no
    part of the quote ("… A. По его словам, B" may be)."""
    m = _SENTENCE_BREAK.search(gap)
    if not m:
        return False
    return any(w[:1].isupper() for w in _WORDS.findall(gap[m.end() :]))


def _pick_quotes(text: str, items: list[_Said]) -> tuple[str, ...]:
    """A quote in the speaker's own words and a retold statement, when the article has both (the
    two kinds tend to carry different points); else the first two."""
    stretches = _join_close(text, _dedupe(items))

    def rank(s: _Said) -> tuple[float, bool, int]:
        # firmest kind first; among those, the earliest that says something (news leads with
        # the main point), short fragments last
        return (-s.weight, s.stop - s.start < _FULL_QUOTE_CHARS, s.start)

    ordered = sorted(stretches, key=rank)
    best = ordered[:1]
    if best:
        first = best[0]
        other = [s for s in ordered[1:] if s.direct != first.direct or s.retold != first.retold]
        complement = [s for s in other if (s.retold if first.direct else s.direct)]
        if first.direct and first.retold:
            complement = []
        best += (complement or ordered[1:])[: MAX_QUOTES - 1]
    best.sort(key=lambda s: s.start)
    quotes = []
    for s in best:
        q = shorten(text[s.start : s.stop], MAX_QUOTE_CHARS)
        if q and q not in quotes:
            quotes.append(q)
    return tuple(quotes)


def _unique_names(speakers: tuple[Speaker, ...]) -> tuple[Speaker, ...]:
    """Two entities that end up with the same name are one speaker."""
    seen: dict[str, int] = {}
    out: list[Speaker] = []
    for sp in speakers:
        key = sp.name.lower()
        if key in seen:
            prev = out[seen[key]]
            quotes = tuple(dict.fromkeys(prev.quotes + sp.quotes))[:MAX_QUOTES]
            out[seen[key]] = Speaker(prev.name, prev.role or sp.role, quotes)
            continue
        seen[key] = len(out)
        out.append(sp)
    return tuple(out)
