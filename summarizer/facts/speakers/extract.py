"""Who said what: named speakers with their roles and one or two verbatim quotes, main ones first.

The pipeline: natasha's tokens and names (Document) -> mentions (names, titles, organization
nouns, pronouns) -> speech events (direct and indirect speech) -> subjects resolved in text order
-> quotes chosen per speaker. Every quote is a verbatim substring of the article, shortened at a
word or sentence boundary with a trailing "…", and carries its evidence: how its speaker was
found, who else it could have been, a confidence. The reply shows the sure ones only.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, replace
from functools import cached_property

from ...document import Document
from ...text import fold
from ...types import Attribution, Speaker
from .cast import Actor, Cast, Statement
from .clauses import speech_class
from .coref import UNNAMED, Entity, Resolution, Resolver, crude_stem, display_org
from .events import Event, find_events
from .lexicon import ANONYMOUS_NAMES, INSTITUTION_PLACES, MEDIA_RELAY_VERBS
from .mentions import Mention, find_mentions, org_lemma, token_owner
from .names import Namer
from .quotes import quote_regions, shorten, word_count
from .retold import retells_speaker
from .tokens import NOMINAL, Tok, build_tokens, span_tokens, subject_follows, tok_index
from .topic import off_topic_paragraphs
from .written import cites_another, quotes_a_writing

MAX_QUOTE_CHARS = 250
MAX_QUOTES = 2
MAX_SPEAKERS = 10  # in --json, shown and held back together; the reply's limit is a setting
SHOW_CONFIDENCE = 0.75  # quotes at or above it are shown in the reply
# How sure each way of finding a speaker is when it leaves no doubt (one candidate, nobody else
# speaking in between); a doubtful one gets _AMBIGUOUS at most.
_METHOD_CONFIDENCE = {
    "named": 0.95,  # the speaker is named at the verb: "заявил Путин", "по словам Пескова"
    "title": 0.85,  # a title: "– …, – заявил глава государства"
    "pronoun": 0.8,  # "По его словам", "– …, – сказал он"
    "organization": 0.8,  # "в ведомстве заявили"
    "place": 0.6,  # "в Баку заявили": a capital for its government
    "impersonal": 0.3,  # "отмечается, что …": whoever spoke before, a guess
}
_AMBIGUOUS = 0.4
_PREVIOUS_SENTENCE = 0.8  # "A. Об этом заявил X": A is X's when in the same paragraph
_SOURCE_CHARS = 600  # evidence longer than this is cut in the middle
_KIND_WEIGHT = {"direct": 3.0, "indirect": 2.0, "about": 1.5, "stance": 1.0, "previous": 1.0}
_FULL_QUOTE_CHARS = 80  # shorter statements are fragments: chosen only when nothing longer
_QUOTED_WORDS = 5  # a quoted stretch this long is somebody's words, no name or title
_MERGE_GAP = 60  # characters between two statements of one speaker that one quote may span
_GAP_BREAKS = re.compile(r"[\n«»\"“”„]")  # no paragraph break or quote mark inside the gap
_WORDS = re.compile(r"\w+")
_SENTENCE_BREAK = re.compile(r"[.!?…]\s+\W*[A-ZА-ЯЁ]")  # "… A. Он добавил, что B": two quotes
_ASIDES = re.compile(r"\([^()]*\)")
# first words of a statement that leans on what came before: shown only when nothing stands alone
_LEANING = frozenset(
    "он она они оно его ее её их это этот эта эти поэтому потому так также тоже при кроме "
    "однако но и а".split()
)
_QUOTE_MARKS = frozenset('«»"“”„')
# title heads too common to tell two people apart by ("представитель" of whom is what matters)
_GENERIC_HEADS = frozenset("представитель пресс-секретарь спикер сотрудник источник".split())


@dataclass(frozen=True)
class _Said:
    start: int
    stop: int
    weight: float
    direct: bool  # holds words in quotation (quote marks, dialogue dashes)
    retold: bool  # holds indirect speech
    confidence: float = 1.0
    method: str = "named"
    cue: tuple[int, int] = (0, 0)  # characters of the words that point to the speaker
    candidates: tuple[int, ...] = ()  # entity ids
    at: int = -1  # token of the verb: "заявили X и Y" gives both one verb, one joint statement

    @property
    def sure(self) -> bool:
        return self.confidence >= SHOW_CONFIDENCE


@dataclass
class _Analysis:
    """One article's speech events resolved: made per call, discarded after."""

    text: str
    toks: tuple[Tok, ...]
    mentions: tuple[Mention, ...]
    resolver: Resolver
    said: dict[int, list[_Said]]
    first_seen: dict[int, int]
    namer: Namer

    @cached_property
    def starts(self) -> list[int]:
        return [t.start for t in self.toks]


def _analyze(doc: Document) -> _Analysis | None:
    text = doc.text
    if not text or not text.strip():
        return None
    toks = build_tokens(doc)
    if not toks:
        return None
    mentions = find_mentions(doc, toks)
    events = find_events(text, toks, mentions, token_owner(mentions, len(toks)))
    quoted = [(a, b) for a, b in quote_regions(text) if word_count(text[a:b]) >= _QUOTED_WORDS]
    resolver = Resolver(toks, mentions, [span for ev in events for span in ev.spans], quoted)
    said, first_seen = _attribute(events, resolver, mentions, toks, text)
    _hold_off_topic(said, resolver, toks, off_topic_paragraphs(text, doc.title, toks))
    return _Analysis(text, toks, mentions, resolver, said, first_seen, Namer(doc, toks))


def _hold_off_topic(
    said: dict[int, list[_Said]], resolver: Resolver, toks: tuple[Tok, ...], off: set[int]
) -> None:
    """Statements in the page's news feed, by somebody the story itself never names, are held
    back: true, but no part of the story."""
    if not off:
        return
    for ent_id, items in said.items():
        paras = {toks[tok].para for tok, e, _ in resolver.timeline if e == ent_id}
        if not paras <= off:
            continue
        said[ent_id] = [
            replace(s, confidence=min(s.confidence, _AMBIGUOUS))
            if _para_of(toks, s.start) in off
            else s
            for s in items
        ]


def extract_speakers(doc: Document) -> tuple[Speaker, ...]:
    """Speakers of the article: the shown ones (at least one sure quote) first, ranked by how
    much they say, then the ones held back; empty when nobody speaks."""
    found = _analyze(doc)
    return _speakers(found) if found is not None else ()


def article_cast(doc: Document) -> Cast:
    """Every person and organization of the article with name forms, titles and statements."""
    found = _analyze(doc)
    if found is None:
        return Cast((), ())
    return Cast(_actors(found), _speakers(found))


def _speakers(a: _Analysis) -> tuple[Speaker, ...]:
    names: dict[int, str] = {}
    ranked = []
    taken: list[tuple[int, int, int]] = []  # sure stretches (and their verb) already shown
    named_heads = _named_title_heads(a)
    # people before bodies: "Песков" keeps the line the article repeats as "Кремль"'s
    order = sorted(a.said, key=lambda k: a.resolver.entities[k].kind != "person")
    for ent_id in order:
        items = a.said[ent_id]
        ent = a.resolver.entities[ent_id]
        name, role = _name_and_role(ent, a.mentions, a.namer)
        if not name:
            continue
        items = _not_taken(items, taken)
        if not ent.names and _title_heads(ent, a.mentions) & named_heads:
            # "адвокат президента" with no name, where a named "адвокат … Джулиани" speaks:
            # maybe the same person twice, maybe another; never shown
            items = [replace(s, confidence=min(s.confidence, _AMBIGUOUS)) for s in items]
        picked = _pick_quotes(a.text, items, a.toks)
        if not picked:
            continue
        taken.extend((s.start, s.stop, s.at) for s in items if s.sure)
        names[ent_id] = name
        attributions = tuple(_attribution(a, s, names) for s in picked)
        quotes = tuple(shorten(a.text[s.start : s.stop], MAX_QUOTE_CHARS) for s in picked)
        shown = any(s.sure for s in picked)
        sure_score = sum(s.weight for s in _dedupe([s for s in items if s.sure]))
        score = sum(s.weight for s in _dedupe(items))
        speaker = Speaker(name, role if role != name else None, quotes, attributions, shown)
        ranked.append(((not shown, -sure_score, -score), a.first_seen[ent_id], speaker))
    ranked.sort(key=lambda r: (r[0], r[1]))
    return _unique_names(tuple(r[2] for r in ranked[:MAX_SPEAKERS]))


def _not_taken(items: list[_Said], taken: list[tuple[int, int, int]]) -> list[_Said]:
    """One statement, one bullet: a sure stretch overlapping one already shown under another
    speaker through another verb (a ministry under two names, Песков's line again as
    "Кремль"'s) is held back; "заявили X и Y" is a joint statement of both."""
    return [
        replace(s, confidence=min(s.confidence, _AMBIGUOUS))
        if s.sure and any(x < s.stop and s.start < y and at != s.at for x, y, at in taken)
        else s
        for s in items
    ]


def _title_heads(ent: Entity, mentions: tuple[Mention, ...]) -> set[str]:
    heads = {h for h, _ in (*ent.role_keys, *ent.title_keys) if h}
    heads.update(h for k in ent.role_mentions if (h := mentions[k].role_head))
    return heads - _GENERIC_HEADS


def _named_title_heads(a: _Analysis) -> set[str]:
    """Title heads ("адвокат", "министр") the article gives to people it names."""
    out: set[str] = set()
    for ent in a.resolver.entities:
        if ent.kind == "person" and ent.names:
            out |= _title_heads(ent, a.mentions)
    return out


def _attribution(a: _Analysis, s: _Said, names: dict[int, str]) -> Attribution:
    candidates = []
    for k in s.candidates:
        if k == UNNAMED:
            candidates.append("кто-то не названный")
            continue
        if k not in names:
            names[k] = _name_and_role(a.resolver.entities[k], a.mentions, a.namer)[0]
        if names[k] and names[k] not in candidates:
            candidates.append(names[k])
    cue = a.text[s.cue[0] : s.cue[1]]
    return Attribution(
        method=s.method,
        cue=" ".join(cue.split()),
        candidates=tuple(candidates),
        confidence=round(s.confidence, 2),
        shown=s.sure,
        source=_source(a, min(s.start, s.cue[0]), max(s.stop, s.cue[1])),
    )


def _source(a: _Analysis, start: int, stop: int) -> str:
    """The sentences around characters start..stop, verbatim: what a reader checks a quote by."""
    toks, starts = a.toks, a.starts
    i = max(0, bisect_right(starts, start) - 1)
    j = max(0, bisect_right(starts, max(start, stop - 1)) - 1)
    first = i
    while first > 0 and toks[first - 1].sent == toks[i].sent:
        first -= 1
    last = j
    while last + 1 < len(toks) and toks[last + 1].sent == toks[j].sent:
        last += 1
    lo, hi = min(start, toks[first].start), max(stop, toks[last].stop)
    out = " ".join(a.text[lo:hi].split())
    if len(out) > _SOURCE_CHARS:
        half = _SOURCE_CHARS // 2
        out = out[:half].rstrip() + " … " + out[-half:].lstrip()
    return out


def _actors(a: _Analysis) -> tuple[Actor, ...]:
    statements: dict[int, list[Statement]] = {}
    names: dict[int, str] = {}
    for ent_id, items in a.said.items():
        for s in _dedupe(items):
            statements.setdefault(ent_id, []).append(
                Statement(a.text[s.start : s.stop], s.start, s.stop, _attribution(a, s, names))
            )
    out = []
    for ent in a.resolver.entities:
        name, role = _name_and_role(ent, a.mentions, a.namer)
        if not name:
            continue
        roles = []
        for k in ent.role_mentions:
            r = a.namer.role(a.mentions[k])
            if r and r not in roles:
                roles.append(r)
        if role:  # the most telling title first: the one the reply shows
            roles = [role, *(r for r in roles if r != role)]
        forms = tuple(dict.fromkeys(ent.names))
        out.append(Actor(ent.kind, name, forms, tuple(roles), tuple(statements.get(ent.id, ()))))
    return tuple(out)


def _attribute(
    events: list[Event],
    resolver: Resolver,
    mentions: tuple[Mention, ...],
    toks: tuple[Tok, ...],
    text: str,
) -> tuple[dict[int, list[_Said]], dict[int, int]]:
    """Resolve every event's speaker in text order (pronouns and titles look back at the
    speakers before them); what each entity said, how sure that is, and where it first spoke."""
    said: dict[int, list[_Said]] = {}
    first_seen: dict[int, int] = {}
    last_confidence: dict[int, float] = {}  # of each entity's latest statement: continuations
    # the named subjects of retold words ("Виноградов сказал, что …"): a pronoun in the next
    # speaker's retold words stands for that speaker, not for one of these
    retold = frozenset(
        ev.subject
        for ev in events
        if ev.kind == "indirect" and ev.subject is not None and mentions[ev.subject].kind == "PER"
    )
    for ev in sorted(events, key=lambda e: e.at):
        res = resolver.resolve(ev, tok_index(toks, ev.spans[0][0]))
        if res is None:
            continue
        ent_id = res.entity
        ent = resolver.entities[ent_id]
        subject = mentions[ev.subject] if ev.subject is not None else None
        if ev.outlet_verb and subject is not None and _proper_org(subject) and not subject.media:
            # "как сообщал УРА-Информ": a newsroom; "сообщает пресс-служба «Газпрома»" is none
            described = subject.name_span is not None and subject.first < subject.name_span[0]
            ent.media = ent.media or not described
        if not _may_speak(ent, ev, toks):
            continue
        if (
            _guessed(ev, subject)
            and _named_inside(ent, ev, mentions, toks, text)
            and not (ent.kind == "org" and res.unique)  # "прибыль «Газпрома» …, говорится в
        ):  # сообщении компании": the only company so far reports on itself
            continue  # a guess that lands on a name the words themselves contain: theirs, not its
        method, confidence = _confidence(ev, res, toks, last_confidence.get(ent_id), text)
        if ev.fragment:  # "заявил об отказе от …", "призвал Германию прислушаться …"
            confidence = min(confidence, _AMBIGUOUS)
        if any(_URL.search(text, a, b) or _TICKER.search(text, a, b) for a, b in ev.spans):
            # a link or a stock ticker ("SGZH ₽8,42 +1,23% Купить") glued on: the page's words
            confidence = min(confidence, _AMBIGUOUS)
        if _cut_off(ev, subject, toks, text):
            confidence = min(confidence, _AMBIGUOUS)
        if res.method in ("pronoun", "continued") and _after_lost_words(ev, toks, text):
            confidence = min(confidence, _AMBIGUOUS)
        if ev.kind == "direct" and _relays_speech(ev, mentions, toks):
            confidence = min(confidence, _AMBIGUOUS)
        if quotes_a_writing(ev, toks):  # "…, что присутствовал комментарий: «…»"
            confidence = min(confidence, _AMBIGUOUS)
        if cites_another(ev, toks, _own_tokens(resolver, mentions, ent_id)):
            confidence = min(confidence, _AMBIGUOUS)  # "пишет агентство со ссылкой на ВОЗ"
        if _not_own_words(ev, ent_id, resolver, mentions, toks, text):
            confidence = min(confidence, _AMBIGUOUS)
        if ev.kind == "indirect" and _opens_with_own_verb(ev, toks):
            confidence = min(confidence, _AMBIGUOUS)
        # words that read as the writer's narration: never shown, though who spoke is sure (his
        # title still names him, what he says next still continues him)
        narrated = (ev.kind in ("indirect", "previous") and _narrated(ev, subject, toks, text)) or (
            ev.kind == "indirect"
            and (
                _own_deed(ev, toks)
                or retells_speaker(
                    ev, toks, subject is not None and subject.kind in ("ORG", "GEN", "LOC")
                )
                or _and_own_verb(ev, toks)
                or _speaks_of_self(
                    ev, _person_gender(ev, ent), ent, resolver, mentions, toks, retold
                )
            )
        )
        if subject is not None and (_relays_another(subject, toks) or _group_of(subject, toks)):
            confidence = min(confidence, _AMBIGUOUS)
        if ent.kind == "loc" and ev.kind != "direct":
            # "Киев просит дать …", "Москва предупреждала, что …": a capital for its government
            # retells a policy, often the writer's or another speaker's summary; only words in
            # quote marks are surely what that government said
            confidence = min(confidence, _AMBIGUOUS)
        if ev.kind == "stance":  # "выступил против …, заявив, что …": who is sure, what is not
            last_confidence[ent_id] = _confidence(
                replace(ev, kind="indirect"), res, toks, None, text
            )[1]
        sure = confidence >= SHOW_CONFIDENCE
        resolver.note_speaker(
            ev.at, ent_id, personal=subject is not None and subject.kind in ("ROLE", "PER", "PRON")
        )
        if ev.kind != "stance":
            last_confidence[ent_id] = confidence
        person = subject is not None and ent.kind == "person"
        if (
            person
            and subject is not None
            and ev.mode == "mention"
            and ev.gender in ("Masc", "Fem")
            and subject.kind == "PER"
        ):
            ent.agreed.append(ev.gender)
        # "цитирует NEWSru.com итальянского премьера": the person quoted holds that title too
        if (
            person
            and ev.mode in ("mention", "object")
            and sure
            and subject is not None
            and subject.kind == "ROLE"
            and subject.role
            and ev.subject is not None
        ):
            _take_title(ent, ev.subject, subject)
        first_seen.setdefault(ent_id, ev.spans[0][0])
        weight = _KIND_WEIGHT.get(ev.kind, 1.0)
        direct = ev.kind == "direct"
        cue = _cue(ev, subject, toks)
        shown_at = min(confidence, _AMBIGUOUS) if narrated else confidence
        said.setdefault(ent_id, []).extend(
            _Said(a, b, weight, direct, not direct, shown_at, method, cue, res.candidates, ev.at)
            for a, b in ev.spans
        )
    return said, first_seen


_URL = re.compile(r"https?://|www\.")
_TICKER = re.compile(r"[₽$€]\s?\d[\d\s,.]*\s[+\-−]\d[\d,.]*%")
_TEXT_END = frozenset('.!?…»"”)')


def _own_tokens(resolver: Resolver, mentions: tuple[Mention, ...], ent_id: int) -> frozenset[int]:
    """The tokens of every mention of this entity: its names, titles and those resolved to it."""
    ent = resolver.entities[ent_id]
    ks = {k for k, e in resolver.mention_entity.items() if e == ent_id}
    ks |= {*ent.name_mentions, *ent.role_mentions}
    return frozenset(j for k in ks for j in range(mentions[k].first, mentions[k].last + 1))


def _cut_off(ev: Event, subject: Mention | None, toks: tuple[Tok, ...], text: str) -> bool:
    """Does a text cut off mid-sentence end inside the words or the speaker's name ("…
    придется вступить в пере", "отмечал старший директор … Fitch Дмитр")? Neither is whole."""
    body = text.rstrip()
    if not body or body[-1] in _TEXT_END:
        return False
    end = len(body)
    # "… подсчитаны на 30 участках и": the words end a word or two before the cut, in its
    # sentence (a dangling word dropped); a clause ending well before it is whole
    if any(
        b >= end - 1
        or (not _SENTENCE_STOP.search(body, b, end) and len(_WORDS.findall(body[b:end])) <= 2)
        for _, b in ev.spans
    ):
        return True
    return subject is not None and toks[subject.last].stop >= end - 1


_SENTENCE_STOP = re.compile(r"[.!?…»\"]")
_LOST_WORDS = re.compile(r"\w\s+[.!?]\s*$")  # "Ранее стало известно, что 9 июля ." (a lost link)


def _after_lost_words(ev: Event, toks: tuple[Tok, ...], text: str) -> bool:
    """Does a pronoun's sentence follow one whose words were lost ("Ранее стало известно, что
    9 июля . Он считает, что …": the page dropped a link naming somebody, maybe the one "он"
    means)? The pronoun's referent is then unknown."""
    if ev.at >= len(toks):
        return False
    sent = toks[ev.at].sent
    k = ev.at
    while k > 0 and toks[k - 1].sent == sent:
        k -= 1
    if k == 0:
        return False
    j = k - 1
    prev_sent = toks[j].sent
    i = j
    while i > 0 and toks[i - 1].sent == prev_sent:
        i -= 1
    return bool(_LOST_WORDS.search(text[toks[i].start : toks[j].stop]))


def _opens_with_own_verb(ev: Event, toks: tuple[Tok, ...]) -> bool:
    """ "заявил, что считает инициативу … малоэффективной": reported words that open with a
    verb of saying or thinking in the third person narrate the speaker ("считает"), they are not
    his words."""
    for a, _ in ev.spans:
        k = tok_index(toks, a)
        if k < len(toks) and toks[k].start == a:
            t = toks[k]
            if t.verbform == "Fin" and speech_class(t) is not None:
                return True
    return False


# the writer's distance from a claim he retells: "Эта стройка якобы велась …, писал Колесников"
_HEARSAY = re.compile(r"(?<!\w)якобы(?!\w)", re.IGNORECASE)
# a frame of reported speech: "она говорила «…»", "утверждает, что", "говорили о том, что"
_FRAME_AFTER = frozenset(("что", "«", '"', "“", "„", ":", "о"))
# a relative clause on the speaker's name: "как утверждают в Х5 Retail Group, куда входят …"
_RELATIVE_OPENERS = frozenset(
    "который которая которое которые которого которой которому котором которых которым "
    "куда откуда где чей чья чьё чье чьи".split()
)


def _narrated(ev: Event, subject: Mention | None, toks: tuple[Tok, ...], text: str) -> bool:
    """Retold words that read as the writer's account, not the speaker's speech (the fresh audit
    of 40 pasted articles saw each): they hold the writer's "якобы"; they hold a frame of
    reported speech as their first clause ("с Рябковым она говорила «…»", "руководство …
    утверждает, что …"); they open with a relative clause on the speaker's name ("в Х5 Retail Group, куда
    входят …"); a quote mark in them is left unclosed ("не считать, например, "Яндекс": cut at
    a dot inside a name)."""
    for a, b in ev.spans:
        words = text[a:b]
        if _HEARSAY.search(words):
            return True
        if words.count('"') % 2 or words.count("«") != words.count("»"):
            return True
        first, last = tok_index(toks, a), tok_index(toks, b) - 1
        if (
            first < len(toks)
            and toks[first].low in _RELATIVE_OPENERS
            and subject is not None
            and text[toks[subject.last].stop : a].strip() == ","
        ):
            return True
        for j in range(first, last):
            t = toks[j]
            if t.text in (",", ";", ":", "—", "–"):
                break  # only the words' own first clause: "…, а чиновники признали, что …" is
                # the speaker's account of others
            if t.verbform != "Fin" or t.person == "1" or speech_class(t) != "say":
                continue
            nxt = [x.low for x in toks[j + 1 : min(last, j + 3) + 1]]
            if nxt[:1] == [","]:
                nxt = nxt[1:]
            if not nxt or nxt[0] not in _FRAME_AFTER or (nxt[0] == "о" and nxt[1:2] != ["том"]):
                continue
            if nxt[0] in ("что", "о"):  # "утверждает, что", "говорили о том, что"
                return True
            # "она говорила «…»" narrates; "Турция говорит «нет» …" is a speaker's own idiom
            if j > first and toks[j - 1].pos == "PRON" and toks[j - 1].case == "Nom":
                return True
    return False


# verbs of belief that retell the speaker as a speech verb does: "и верит, что …" (stems: the
# tagger leaves "верит" unlemmatized)
_BELIEF_STEMS = ("вери", "повери", "дума")


def _and_own_verb(ev: Event, toks: tuple[Tok, ...]) -> bool:
    """ "…, что партнёры рассмотрят проблемы, и верит, что …": retold words that go on with
    "и" and a verb of saying or belief with no subject of its own, followed by "что", narrate
    the speaker (the writer's "и верит" is no part of what he said)."""
    for a, b in ev.spans:
        first, last = tok_index(toks, a), tok_index(toks, b)
        for j in range(first + 1, last - 2):
            if toks[j].low != "и" or toks[j - 1].text != ",":
                continue
            for k in range(j + 1, min(last - 2, j + 5)):
                t = toks[k]
                if (t.pos in NOMINAL and t.case == "Nom") or t.pos == "PUNCT":
                    break  # a subject of its own: "и Москва считает, что"
                if t.verbform != "Fin" or t.person in ("1", "2"):
                    continue
                if speech_class(t) != "say" and not t.low.startswith(_BELIEF_STEMS):
                    break
                nxt = [x.low for x in toks[k + 1 : k + 3]]
                if nxt == [",", "что"] or nxt[:1] == ["что"]:
                    return True
                break
    return False


def _own_deed(ev: Event, toks: tuple[Tok, ...]) -> bool:
    """ "Устинова сообщила, что в работе над романом использовала …": reported words whose
    first verb is in the past tense, agrees with the speaker and has no subject of its own tell
    what the speaker did, in the writer's third person; they do not read as her words."""
    if ev.gender not in ("Masc", "Fem"):
        return False
    a, b = ev.spans[0]
    first, last = tok_index(toks, a), tok_index(toks, b) - 1
    verb = None
    for j in range(first, last + 1):
        t = toks[j]
        if t.text in (",", ";", ":", "(", "«", '"') or t.low in ("что", "чтобы", "если", "когда"):
            return False  # a clause opens before any verb: no simple subjectless statement
        if t.pos in NOMINAL and t.case == "Nom":
            return False
        if t.pos in ("VERB", "AUX") and t.verbform == "Fin":
            verb = j
            break
    if verb is None:
        return False
    v = toks[verb]
    if v.tense != "Past" or v.number != "Sing" or v.gender != ev.gender:
        return False
    return not subject_follows(toks, verb, last)  # "что в Москве прошли обыски"


# third-person singular pronouns by the gender they take ("ним" only where it is singular)
_SELF_PRONOUNS = {
    "Masc": frozenset("он его ему него нему ним нем".split()),
    "Fem": frozenset("она ее ей нее ней".split()),
}
# the forms that also stand for a thing: "в его строительстве" (a pipeline), "у него" (a state)
_THING_PRONOUNS = frozenset("его него ее нее".split())
_THING_GENDERS = {"Masc": ("Masc", "Neut"), "Fem": ("Fem",)}


def _person_gender(ev: Event, ent: Entity) -> str | None:
    """The speaker's gender: the verb's, else a person's own ("по словам Дурова, …")."""
    return ev.gender or (ent.gender if ent.kind == "person" else None)


def _speaks_of_self(
    ev: Event,
    gender: str | None,
    ent: Entity,
    resolver: Resolver,
    mentions: tuple[Mention, ...],
    toks: tuple[Tok, ...],
    retold: frozenset[int] = frozenset(),
) -> bool:
    """ "Саркози выразил надежду на то, что ему удастся …": retold words whose pronoun of the
    speaker's gender can only mean the speaker; shown as his quote they read as someone else's
    words about him. The pronoun's antecedent is read first: any other noun it may stand for,
    earlier in the words or in this or the sentence before ("Шрёдер – пример. Он важнейший
    лоббист …, считает Климкин"), leaves the words his. Two exceptions: a person named as the
    subject of other retold words (`retold`: "Виноградов сказал, что он спал без снов. Токарев
    сказал, что ему редко снятся сны"), each retelling about its own speaker; and a thing in an
    adverbial phrase of the pronoun's own clause ("в первый день … он спал"), never its
    subject."""
    pronouns = _SELF_PRONOUNS.get(gender or "")
    if pronouns is None or not ev.spans:
        return False
    things = _THING_GENDERS[gender or ""]
    owner = token_owner(mentions, len(toks))
    own = {
        *ent.name_mentions,
        *ent.role_mentions,
        *([ev.subject] if ev.subject is not None else []),
    }
    first = tok_index(toks, ev.spans[0][0])
    if first >= len(toks):
        return False
    lo = first
    while lo > 0 and toks[lo - 1].sent >= toks[first].sent - 1:
        lo -= 1
    persons = things_seen = False  # other nouns the pronoun may stand for
    inside = span_tokens(toks, ev.spans)
    for j in (*range(lo, first), *inside):
        t = toks[j]
        k = owner[j]
        if k is not None and (k in own or resolver.mention_entity.get(k) == ent.id):
            continue  # the speaker's own name or title
        if j < first and k in retold:
            continue  # another speaker retold alike: his pronouns are his own
        if j >= first and _adverbial_before_subject(j, inside, toks, pronouns):
            continue
        if t.pos in ("NOUN", "PROPN") and t.number != "Plur":
            # in the words any noun of that gender; before them, a person named or standing as
            # a subject ("Шрёдер – пример. Он …"), not a title in passing ("полномочий главы G20")
            salient = t.anim == "Anim" and (t.pos == "PROPN" or t.case == "Nom")
            persons = persons or (t.gender == gender and (j >= first or salient))
            things_seen = things_seen or t.gender in things
            continue
        if j < first or t.low not in pronouns or t.pos not in ("PRON", "DET") or t.number == "Plur":
            continue
        return not (persons or (t.low in _THING_PRONOUNS and things_seen))
    return False


_SUBJECT_PRONOUNS = frozenset({"он", "она"})


def _adverbial_before_subject(
    j: int, inside: list[int], toks: tuple[Tok, ...], pronouns: frozenset[str]
) -> bool:
    """An inanimate noun in an oblique case ("в первый день после … работы он спал") whose
    clause, with no stop or comma between, goes on to a subject pronoun of the speaker's gender:
    the noun is that clause's adverbial, so the pronoun cannot stand for it."""
    t = toks[j]
    if t.pos != "NOUN" or t.anim == "Anim" or t.case in (None, "Nom"):
        return False
    for i in inside[inside.index(j) + 1 :]:
        u = toks[i]
        if u.pos == "PUNCT" or u.sent != t.sent or u.pos in ("VERB", "AUX"):
            return False
        if u.low in _SUBJECT_PRONOUNS and u.low in pronouns and u.pos == "PRON":
            return True
    return False


# What an outlet relays: "приводит ТАСС сообщение пресс-службы …" (the words are the press
# service's, the outlet only carries them).
_RELAYED = frozenset(
    "сообщение сообщения слова заявление заявления данные цитату цитаты высказывание "
    "высказывания комментарий".split()
)

# "Семья Иссахар считает, что …", "сторонники Навального заявили …": a group around a person
# speaks, not the person the name stands for
_PERSONS_GROUP = frozenset(
    "семья родные родственники близкие родители сторонники соратники окружение команда штаб "
    "друзья коллеги".split()
)


# "комментаторы TJournal обратили внимание …", "пользователи Twitter заметили …": the people
# around a site or an outlet speak, never the site itself (audit18 book_w104)
_AUDIENCE = frozenset(
    "комментаторы читатели пользователи подписчики зрители слушатели посетители".split()
)


def _group_of(subject: Mention, toks: tuple[Tok, ...]) -> bool:
    """The named subject is only the owner of the group that speaks ("Семья Иссахар
    считает", "читатели «Коммерсанта» заметили"): the words are the group's, not the
    person's or the outlet's."""
    before = subject.first - 1
    if before < 0 or toks[before].sent != toks[subject.first].sent:
        return False
    head = toks[before].low
    return (subject.kind == "PER" and head in _PERSONS_GROUP) or (
        subject.kind in ("ORG", "PER") and head in _AUDIENCE
    )


def _relays_another(subject: Mention, toks: tuple[Tok, ...]) -> bool:
    """ "…, приводит ТАСС сообщение пресс-службы департамента": an outlet carrying somebody
    else's message is never the speaker."""
    after = subject.last + 1
    return (
        after < len(toks)
        and toks[after].low in _RELAYED
        and toks[after].sent == toks[subject.last].sent
    )


def _relays_speech(ev: Event, mentions: tuple[Mention, ...], toks: tuple[Tok, ...]) -> bool:
    """A quotation that itself reports somebody's words ("USA Today пишет: "Facebook
    предотвратил …, заявил генеральный директор Марк Цукерберг … "…", — сказал Цукерберг""):
    an outlet's text around the words, not the speaker's own; the quote marks are not sure."""
    owner = {k: m for m in mentions for k in range(m.first, m.last + 1)}
    for a, b in ev.spans:
        first, last = tok_index(toks, a), tok_index(toks, b) - 1
        for j in range(first + 1, last):
            t = toks[j]
            if t.verbform != "Fin" or t.person == "1" or speech_class(t) != "say":
                continue
            if toks[j - 1].text not in (",", "—", "-", "–"):
                continue  # only an attribution after the words: ", заявил X"
            for k in range(j + 1, min(last, j + 4) + 1):  # "заявил генеральный директор X"
                m = owner.get(k)
                if m is not None and m.kind in ("PER", "ROLE", "ORG"):
                    return True
    return False


# "Варшава, 14 декабря 2020, 12:51 — REGNUM …": a dateline opens the agency's text, nobody's words
_DATELINE = re.compile(r"^[А-ЯЁ][А-ЯЁа-яё-]+(?: [А-ЯЁ][а-яё-]+)?, \d{1,2} [а-я]+(?: \d{4})?\b")


def _not_own_words(
    ev: Event,
    ent_id: int,
    resolver: Resolver,
    mentions: tuple[Mention, ...],
    toks: tuple[Tok, ...],
    text: str,
) -> bool:
    """Words that cannot be surely the speaker's, whatever found them (the reader audit of seed
    7001 saw each): a stretch that opens with a dateline; one that holds another named person's
    own speech verb ("… Кшиштоф Щерский заявил, что …" shown as Дуда's); a sentence before
    "Об этом пишет X" when X is a person (a newsroom's formula: a scraped source lost its outlet
    and "пишет … Азия Биби" made her the author of the agency's lead)."""
    owner = {k: idx for idx, m in enumerate(mentions) for k in range(m.first, m.last + 1)}
    for a, b in ev.spans:
        if _DATELINE.match(text, a):
            return True
        first, last = tok_index(toks, a), tok_index(toks, b) - 1
        for j in range(first + 1, last + 1):
            t = toks[j]
            if t.verbform != "Fin" or t.person == "1" or speech_class(t) != "say":
                continue
            idx = owner.get(j - 1)
            if idx is None or mentions[idx].kind not in ("PER", "ROLE"):
                continue  # only a named subject right before its verb: "Щерский заявил"
            if resolver.mention_entity.get(idx) != ent_id:
                return True
    if ev.kind == "previous" and ev.subject is not None and ev.at < len(toks):
        verb = toks[ev.at]
        subject = mentions[ev.subject]
        if verb.lemma == "писать" and verb.tense == "Pres" and subject.kind == "PER":
            return True
    return False


def _confidence(
    ev: Event, res: Resolution, toks: tuple[Tok, ...], before: float | None, text: str
) -> tuple[str, float]:
    """How the speaker of `ev` was found, and how sure that is."""
    if res.method == "continued":  # "– …, – сказал он. – …": as sure as what it continues
        return "continued", before if before is not None else _AMBIGUOUS
    confidence = _METHOD_CONFIDENCE.get(res.method, _AMBIGUOUS)
    if not res.unique or ev.kind == "stance":
        confidence = min(confidence, _AMBIGUOUS)  # "выступил против …": a stance, no words
    if ev.relay and ev.at < len(toks) and toks[ev.at].low in ("по", "согласно"):
        confidence = min(confidence, _AMBIGUOUS)  # "по данным Pew": figures, not a statement
    if ev.kind == "previous":  # "A. Об этом сообщил X": the sentence before, not X's own
        same_paragraph = _para_of(toks, ev.spans[0][0]) == _para_of(toks, toks[ev.at].start)
        # "Напомним, … . Он пройдет через … . Об этом сообщил X": a sentence leaning on the one
        # before it may be background the writer added
        first = _WORDS.match(text, ev.spans[0][0])
        leaning = first is not None and first.group().lower() in _LEANING
        sure = same_paragraph and not leaning
        return "previous_sentence", min(confidence, _PREVIOUS_SENTENCE if sure else _AMBIGUOUS)
    return res.method, confidence


def _para_of(toks: tuple[Tok, ...], char: int) -> int:
    i = tok_index(toks, char + 1) - 1  # the token that starts at or before char
    return toks[max(0, i)].para


def _take_title(ent: Entity, k: int, m: Mention) -> None:
    """A title resolved without doubt is the person's from now on ("президент Казахстана")."""
    if m.role_aide:
        return
    if k not in ent.role_mentions:
        ent.role_mentions.append(k)
    if m.role_head and (m.role_head, m.role_comp) not in ent.title_keys:
        ent.title_keys.append((m.role_head, m.role_comp))


def _cue(ev: Event, subject: Mention | None, toks: tuple[Tok, ...]) -> tuple[int, int]:
    """Characters of the words that tie a statement to its speaker: "заявил глава государства",
    "По его словам"; the verb alone when the subject is far from it."""
    if ev.at >= len(toks):
        return (0, 0)
    at = toks[ev.at]
    if ev.mode == "pronoun":  # "по его словам"
        last = min(ev.at + 2, len(toks) - 1)
        return (at.start, toks[last].stop)
    if subject is None:
        return (at.start, at.stop)
    a, b = min(ev.at, subject.first), max(ev.at, subject.last)
    if b - a > 12 or toks[a].sent != toks[b].sent:
        return (at.start, at.stop)
    return (toks[a].start, toks[b].stop)


def _name_and_role(
    ent: Entity, mentions: tuple[Mention, ...], namer: Namer
) -> tuple[str, str | None]:
    role_at = ent.best_role(mentions)
    role = namer.role(mentions[role_at]) if role_at is not None else None
    name_at = ent.best_name()
    if name_at is None:
        return (role or ""), None
    name = namer.name(mentions[name_at], ent.gender if ent.kind == "person" else None)
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


def _merge(a: _Said, b: _Said, stop: int, weakest: bool) -> _Said:
    """One stretch for two; its evidence is the surer one's (one sentence found by two rules)
    or, when two statements become one quote, the weaker one's."""
    pick = (
        min(a, b, key=lambda s: s.confidence) if weakest else max(a, b, key=lambda s: s.confidence)
    )
    return replace(
        pick,
        start=a.start,
        stop=stop,
        weight=max(a.weight, b.weight),
        direct=a.direct or b.direct,
        retold=a.retold or b.retold,
    )


def _dedupe(items: list[_Said]) -> list[_Said]:
    """Merge overlapping stretches (one sentence found by two rules) and keep the best weight."""
    out: list[_Said] = []
    for s in sorted(items, key=lambda s: (s.start, -s.stop)):
        if out and s.start < out[-1].stop:
            last = out[-1]
            if last.sure != s.sure:
                # "сказала, что … заметила, что … «Для меня …»": narration held back overlaps a
                # quote that is shown; the union would show the narration, the quote stands alone
                out[-1] = last if last.sure else s
                continue
            out[-1] = _merge(last, s, max(last.stop, s.stop), weakest=False)
            continue
        out.append(s)
    return out


def _join_close(text: str, items: list[_Said], toks: tuple[Tok, ...]) -> list[_Said]:
    """ "…, что A, добавив, что B": one quote for two statements a few words apart, unless
    the words between tell what else the speaker did ("…, и отменил сделку, объявив …")."""
    out: list[_Said] = []
    for s in items:
        if out:
            last = out[-1]
            gap = text[last.stop : s.start]
            if (
                len(gap) <= _MERGE_GAP
                and not _GAP_BREAKS.search(gap)
                # "A. Он выразил уверенность, что B", "A. Тогда B": a new sentence begins
                and not _SENTENCE_BREAK.search(text[last.stop : s.start + 1])
                and s.stop - last.start <= MAX_QUOTE_CHARS
                and s.sure == last.sure
                and not any(
                    (t.pos in ("VERB", "AUX") and t.verbform == "Fin" and speech_class(t) is None)
                    or t.text[:1].isupper()  # "A, написал Байден и заверил, что B": the
                    for t in toks[tok_index(toks, last.stop) : tok_index(toks, s.start)]
                )  # attribution itself is no part of the words
            ):
                out[-1] = _merge(last, s, s.stop, weakest=True)
                continue
        out.append(s)
    return out


def _pick_quotes(text: str, items: list[_Said], toks: tuple[Tok, ...]) -> list[_Said]:
    """Up to two stretches, sure ones first: a quote in the speaker's own words and a retold
    statement when the article has both (the two kinds tend to carry different points), else
    the two best; the best first."""
    stretches = _join_close(text, _dedupe(items), toks)
    sure = _choose(text, [s for s in stretches if s.sure], MAX_QUOTES)
    doubtful = _choose(text, [s for s in stretches if not s.sure], MAX_QUOTES - len(sure))
    out: list[_Said] = []
    seen: set[str] = set()
    for s in (*sure, *doubtful):
        q = shorten(text[s.start : s.stop], MAX_QUOTE_CHARS)
        if q and q not in seen:
            seen.add(q)
            out.append(s)
    return out


def _choose(text: str, stretches: list[_Said], n: int) -> list[_Said]:
    if n <= 0 or not stretches:
        return []

    def rank(s: _Said) -> tuple[bool, float, float, int]:
        # what stands alone first (not a short fragment, not leaning on what came before); then
        # the firmest kind, the surest, the earliest (news leads with the main point)
        first = _WORDS.match(text, s.start)
        leaning = first is not None and first.group().lower() in _LEANING
        fragment = (
            s.stop - s.start < _FULL_QUOTE_CHARS and not text[s.start : s.start + 1].isupper()
        )
        return (fragment or leaning, -s.weight, -s.confidence, s.start)

    ordered = sorted(stretches, key=rank)
    first = ordered[0]
    best = [first]
    other = [s for s in ordered[1:] if s.direct != first.direct or s.retold != first.retold]
    complement = [s for s in other if (s.retold if first.direct else s.direct)]
    if first.direct and first.retold:
        complement = []
    best += (complement or ordered[1:])[: n - 1]
    return best  # the best first: the one the reply shows


def _surname_owner(speakers: tuple[Speaker, ...]) -> dict[str, str]:
    """A bare surname ("Ампелонский") that the article gives in full to exactly one speaker
    ("Вадим Ампелонский"): that speaker's name, the key both go under."""
    full: dict[str, set[str]] = {}
    for sp in speakers:
        words = sp.name.split()
        if len(words) >= 2 and words[-1][:1].isupper() and all(w[:1].isupper() for w in words):
            full.setdefault(words[-1].lower(), set()).add(sp.name.lower())
    return {k: next(iter(v)) for k, v in full.items() if len(v) == 1}


def _unique_names(speakers: tuple[Speaker, ...]) -> tuple[Speaker, ...]:
    """Two entities that end up with the same name are one speaker; so are a bare surname and
    the only full name with it (the resolver left "признает Ампелонский" apart from "пресс-
    секретарь Роскомнадзора Вадим Ампелонский")."""
    seen: dict[str, int] = {}
    out: list[Speaker] = []
    owner = _surname_owner(speakers)
    for sp in speakers:
        key = sp.name.lower()
        key = owner.get(key, key) if " " not in key else key
        if key in seen:
            prev = out[seen[key]]
            pairs = dict(zip(prev.quotes, prev.attributions, strict=False))
            for q, a in zip(sp.quotes, sp.attributions, strict=False):
                pairs.setdefault(q, a)
            ordered = sorted(pairs.items(), key=lambda qa: not qa[1].shown)[:MAX_QUOTES]
            out[seen[key]] = Speaker(
                sp.name if sp.name.lower() == key else prev.name,
                prev.role or sp.role,
                tuple(q for q, _ in ordered),
                tuple(a for _, a in ordered),
                prev.shown or sp.shown,
            )
            continue
        seen[key] = len(out)
        out.append(sp)
    return tuple(out)
