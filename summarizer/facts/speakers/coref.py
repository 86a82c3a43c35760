"""Who is who inside one article: names grouped into entities, titles and pronouns resolved.

"Касым-Жомарт Токаев", "Токаев" and "Токаева" are one person; "глава государства" and "По его
словам" point to the person the text is about at that point. The rules are the usual ones of
news prose: a title given next to a name binds to it for the whole article, otherwise a title or
pronoun refers to the most recent compatible subject.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from ...text import fold
from . import lexicon as lex
from .events import Event
from .mentions import Mention, org_lemma
from .tokens import Tok

_LEGAL_FORMS = lex.words(
    "пао оао ао ооо зао нак гк ук фгуп гуп кгуп мгуп ано нко ип ltd llc inc "
    "ag gmbh plc s.a. b.v. компания корпорация концерн"
)
_WORD = re.compile(r"[\w-]+")
_LATIN = re.compile(r"[A-Za-z]")
# a feminine patronymic ("Юрьевна"); masculine ones ("-ович", "-евич") are also Slavic surnames
# ("Яцек Чапутович"), so a man's first name and patronymic stay apart
_PATRONYMIC = re.compile(r"\w{2,}(?:овн|евн|ичн)(?:а|ы|е|у|ой|ою)$")
_PROPER_ADJ_ENDINGS = (
    "ский",
    "ского",
    "скому",
    "ским",
    "ском",
    "ская",
    "ской",
    "скую",
    "ское",
    "ские",
    "ских",
    "скими",
)
_COMMON_ADJ_STARTS = frozenset({"госу", "фина", "поли", "воен", "обще", "граж", "мини", "техн"})
_PRONOUN_WINDOW = 3  # sentences back a pronoun may reach
_ROLE_WINDOW = 12  # sentences back a bare title may reach


def stem(word: str, n: int = 5) -> str:
    return fold(word)[:n]


_ENDINGS = sorted(
    [
        "ами",
        "ями",
        "ого",
        "его",
        "ему",
        "ому",
        "ыми",
        "ими",
        "ов",
        "ев",
        "ам",
        "ям",
        "ах",
        "ях",
        "ом",
        "ем",
        "ой",
        "ей",
        "ий",
        "ый",
        "ую",
        "юю",
        "ая",
        "яя",
        "ое",
        "ее",
        "ые",
        "ие",
        "ых",
        "их",
        "ым",
        "им",
        "а",
        "я",
        "у",
        "ю",
        "е",
        "ы",
        "и",
        "о",
        "ь",
        "й",
    ],
    key=len,
    reverse=True,
)


def crude_stem(word: str) -> str:
    """Strip one case ending: "Газпрома" and "Газпром", "России" and "Россия" meet."""
    w = fold(word)
    for end in _ENDINGS:
        if w.endswith(end) and len(w) - len(end) >= 3:
            return w[: len(w) - len(end)]
    return w


def _key(name: str) -> str:
    return " ".join(crude_stem(w) for w in _WORD.findall(name) if fold(w) not in _LEGAL_FORMS)


_ORG_ALIASES = {_key(k): _key(v) for k, v in lex.ORG_ALIASES.items()}


@dataclass
class Entity:
    """A person, organization or place, with every name and title the article gives it."""

    id: int
    kind: str  # person, org, loc, role (a title never tied to a name)
    names: list[str] = field(default_factory=list)  # verbatim
    name_mentions: list[int] = field(default_factory=list)  # parallel to names
    nominative: list[bool] = field(default_factory=list)  # parallel to names
    role_mentions: list[int] = field(default_factory=list)  # mentions that carry a title
    role_keys: list[tuple[str | None, str | None]] = field(default_factory=list)
    genders: list[str] = field(default_factory=list)
    media: bool = False
    first: int = 0  # first token where it is mentioned

    @property
    def gender(self) -> str | None:
        votes = [g for g in self.genders if g in ("Masc", "Fem")]
        if not votes:
            return None
        return max(("Masc", "Fem"), key=votes.count)

    def best_name(self) -> int | None:
        """Mention with the fullest name: most words, in the nominative, most frequent."""
        if not self.names:
            return None
        folded = [fold(n) for n in self.names]

        def score(k: int) -> tuple[bool, int, bool, int, int]:
            words = folded[k].split()
            surname = not (
                len(words) > 1 and _PATRONYMIC.search(words[-1])
            )  # not "Виктория Юрьевна"
            return (surname, len(words), self.nominative[k], folded.count(folded[k]), -k)

        return self.name_mentions[max(range(len(self.names)), key=score)]

    def best_role(self, mentions: tuple[Mention, ...]) -> int | None:
        """The most telling title: one naming a country or body ("президент Казахстана")."""
        if not self.role_mentions:
            return None

        def score(k: int) -> tuple[bool, bool, int]:
            words = (mentions[k].role or "").split()
            return (
                any(w[:1].isupper() for w in words[1:]),
                len(words) > 1,
                -self.role_mentions.index(k),
            )

        return max(self.role_mentions, key=score)


def _surname(name: str) -> tuple[str, str | None]:
    words = name.replace(".", ". ").split()  # "М.Моравецкий": an initial, then the surname
    last = fold(words[-1]) if words else ""
    first = fold(words[0]) if len(words) > 1 else None
    return last, first


def _same_surname(a: str, b: str) -> bool:
    if a == b or crude_stem(a) == crude_stem(b):
        return True
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    return len(short) >= 4 and long_.startswith(short) and len(long_) - len(short) <= 3


def org_key(name: str) -> str:
    key = _key(name)
    return _ORG_ALIASES.get(key, key)


def _org_same(a: str, b: str, b_name: str, places: frozenset[str]) -> bool:
    if a == b:
        return True
    wa, wb = a.split(), b.split()
    if not wa or not wb:
        return False
    short, long_ = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    if long_[: len(short)] != short:
        return False
    # "Нафтогаз" ~ "Нафтогаз Украины", not "Газпром" ~ "Газпром экспорт"
    extra_words = b_name.split()[len(short) :] if len(wb) > len(wa) else []
    if not extra_words:
        return len(short) == len(long_)
    return len(extra_words) == 1 and stem(extra_words[0], 4) in places


class Resolver:
    """Groups named mentions into entities and resolves subjects, in text order."""

    def __init__(
        self,
        toks: tuple[Tok, ...],
        mentions: tuple[Mention, ...],
        contents: list[tuple[int, int]] | None = None,
    ) -> None:
        self.toks = toks
        self.mentions = mentions
        self.entities: list[Entity] = []
        self.mention_entity: dict[int, int] = {}
        self.timeline: list[tuple[int, int, bool]] = []  # (token, entity, nominative)
        self.speakers: list[tuple[int, int]] = []  # (token, entity) of resolved events
        self.personal: set[tuple[int, int]] = set()  # of those, spoken by a person for an org
        # what speakers were reported to say: a name in there is nobody's subject
        self.contents: list[tuple[int, int]] = contents or []
        self._group()

    # -- grouping ----------------------------------------------------------------------------

    def _new(self, kind: str, first: int) -> Entity:
        e = Entity(len(self.entities), kind, first=first)
        self.entities.append(e)
        return e

    def _group(self) -> None:
        persons: list[tuple[Entity, str, set[str]]] = []  # entity, surname, first initials
        orgs: list[tuple[Entity, str]] = []
        places: dict[str, Entity] = {}
        pending_first_names: list[tuple[int, Mention]] = []
        places_stems = frozenset(
            stem(m.name, 4) for m in self.mentions if m.kind == "LOC" and m.name
        )
        for k, m in enumerate(self.mentions):
            if m.kind == "PER" and m.name:
                last, first = _surname(m.name)
                if (first is None and len(m.name.split()) == 1) or _PATRONYMIC.search(last):
                    pending_first_names.append((k, m))  # "Тереза", "Виктория Юрьевна"
                found = None
                for pos in range(len(persons) - 1, -1, -1):
                    e, s, initials = persons[pos]
                    # "Мэри Трамп" is not "Дональд Трамп"; a bare "Трамп" joins the latest one
                    if _same_surname(s, last) and (
                        first is None or not initials or first[:1] in initials
                    ):
                        found = persons.pop(pos)
                        break
                if found is None:
                    found = (self._new("person", m.first), last, set())
                if first is not None:
                    found[2].add(first[:1])
                persons.append(found)  # most recently mentioned last
                self._attach(k, m, found[0])
            elif m.kind == "ORG" and m.name:
                key = org_key(m.name)
                ent = None
                for e, ek in reversed(orgs):
                    if _org_same(ek, key, m.name, places_stems) or _org_same(
                        key, ek, e.names[0], places_stems
                    ):
                        ent = e
                        break
                if ent is None:
                    ent = self._new("org", m.first)
                    orgs.append((ent, key))
                self._attach(k, m, ent)
                ent.media = ent.media or m.media
            elif m.kind == "LOC" and m.name:
                key = fold(m.name)[:5]
                ent = places.get(key)
                if ent is None:
                    ent = places[key] = self._new("loc", m.first)
                self._attach(k, m, ent)
        # a lone first name ("Тереза") joins the person with that first name
        for k, m in pending_first_names:
            assert m.name is not None
            own = self.entities[self.mention_entity[k]]
            if len(own.names) != own.names.count(m.name):
                continue
            word = fold(m.name.split()[0])[:4]
            for e in self.entities:
                if (
                    e is not own
                    and e.kind == "person"
                    and any(len(n.split()) > 1 and fold(n.split()[0])[:4] == word for n in e.names)
                ):
                    self.mention_entity[k] = e.id
                    e.names.append(m.name)
                    e.name_mentions.append(k)
                    e.nominative.append(m.nominative)
                    break
        self.timeline.sort()

    def _attach(self, k: int, m: Mention, ent: Entity) -> None:
        self.mention_entity[k] = ent.id
        assert m.name is not None
        ent.names.append(m.name)
        ent.name_mentions.append(k)
        ent.nominative.append(m.nominative)
        if m.role:
            ent.role_mentions.append(k)
        if m.role_head:
            ent.role_keys.append((m.role_head, m.role_comp))
        if m.gender and ent.kind == "person":
            ent.genders.append(m.gender)
        head = self.toks[m.head]
        self.timeline.append((m.first, ent.id, head.case in ("Nom", None)))

    # -- resolution --------------------------------------------------------------------------

    def resolve(self, ev: Event, content_tok: int) -> int | None:
        """The entity that speaks in `ev`, or None when it cannot be told."""
        found = self._resolve(ev, content_tok)
        if found is None:
            return None
        e = self.entities[found]
        if e.kind == "loc":
            return self._place(e, ev)
        return found

    def _resolve(self, ev: Event, content_tok: int) -> int | None:
        if ev.mode == "previous":
            return self._last_speaker(ev.at, same_sentence_or_paragraph=True)
        if ev.mode == "current":
            return self._current_source(min(ev.at, content_tok))
        if ev.mode == "pronoun":
            return self._pronoun(ev.at, ev.gender, ev.number)
        if ev.subject is None:
            return None
        # "«Джо получил …», — заявил он": look for "он" before the quote, not inside it
        if ev.kind == "direct" and content_tok < ev.at:
            ev = replace(ev, at=content_tok)
        assert ev.subject is not None
        m = self.mentions[ev.subject]
        if ev.mode == "locative":
            return self._locative(ev.subject, m, min(ev.at, content_tok))
        return self._mention(ev.subject, m, ev, content_tok)

    def _place(self, e: Entity, ev: Event) -> int | None:
        """ "в Баку заявили", "согласно сведениям Баку": the capital's government already heard
        from; a country in the nominative ("Россия призвала") speaks for itself."""
        country = lex.CAPITAL_COUNTRY.get(fold(e.names[0])) if e.names else None
        if country is not None:
            for _, ent in reversed(self.speakers):
                other = self.entities[ent]
                if other.kind == "org" and any(country in fold(n) for n in other.names):
                    return ent
        if ev.mode in ("locative", "current", "previous") or ev.relay:
            return None
        # a state speaks ("Россия призвала"); a town does not: only places the table knows
        name = fold(e.names[0]) if e.names else ""
        known = name in lex.CAPITAL_COUNTRY or any(c in name for c in lex.CAPITAL_COUNTRY.values())
        return e.id if known else None

    def note_speaker(self, at: int, entity: int, personal: bool = False) -> None:
        """Record who spoke at token `at`; `personal` when a person spoke for an organization
        ("представитель ведомства"), so that a later "он" may refer to it."""
        self.speakers.append((at, entity))
        self.speakers.sort()
        if personal:
            self.personal.add((at, entity))

    def _mention(self, k: int, m: Mention, ev: Event, content_tok: int) -> int | None:
        if m.target is not None:
            return self._mention(m.target, self.mentions[m.target], ev, content_tok)
        if m.kind in ("PER", "ORG"):
            return self.mention_entity.get(k)
        if m.kind == "LOC":
            return self.mention_entity.get(k)
        if m.kind == "ROLE":
            return self._role(k, m, ev)
        if m.kind == "GEN":
            return self._generic(m, min(m.first, content_tok))
        if m.kind == "PRON":
            return self._pronoun(ev.at, m.gender or ev.gender, m.number)
        if m.kind == "REL":
            return self._relative(m)
        return None

    def _sent(self, token: int) -> int:
        return self.toks[token].sent if 0 <= token < len(self.toks) else 0

    def _compatible(self, e: Entity, gender: str | None) -> bool:
        g = e.gender
        return not (gender in ("Masc", "Fem") and g in ("Masc", "Fem") and g != gender)

    def _last_speaker(self, at: int, same_sentence_or_paragraph: bool = False) -> int | None:
        para = self.toks[at].para if at < len(self.toks) else None
        for tok, ent in reversed(self.speakers):
            if tok > at:
                continue
            if (
                same_sentence_or_paragraph
                and self.toks[tok].para != para
                and self.toks[tok].sent < self._sent(at) - 2
            ):
                return None
            return ent
        return None

    def _current_source(self, at: int) -> int | None:
        """Impersonal speech ("отмечается, что …") continues the source of the sentence before:
        whoever spoke there, else the organization it names; failing both, a speaker of the
        sentence before that."""
        sent = self._sent(at)
        recent = [
            (tok, ent) for tok, ent in self.speakers if tok <= at and self._sent(tok) >= sent - 1
        ]
        if recent:
            return recent[-1][1]
        for tok, ent, nominative in reversed(self.timeline):
            if tok >= at:
                continue
            if self._sent(tok) < sent - 1:
                break
            if not self._subject_position(tok) or (
                not nominative and self.entities[ent].kind == "person"
            ):
                continue  # "арест на акции компании X", "согласно постановлению суда": what it is about
            if self.entities[ent].kind in ("org", "person"):
                return ent
        older = [
            (tok, ent) for tok, ent in self.speakers if tok <= at and self._sent(tok) >= sent - 2
        ]
        return older[-1][1] if older else None

    def _subject_position(self, tok: int) -> bool:
        """A subject ("«X» сообщил") or a source ("в издании X увидели"), not a name hanging on
        a noun or preposition ("арест на акции компании «X»")."""
        j = tok - 1
        while j >= 0 and self.toks[j].text in '«»"“”„':
            j -= 1
        if j >= 0 and self.toks[j].pos == "NOUN" and org_lemma(self.toks[j].low):
            j -= 1  # "в издании X": look before the noun
            if j >= 0 and self.toks[j].low in ("в", "во"):
                return True
        if j >= 0 and self.toks[j].low in ("в", "во"):
            return True
        return j < 0 or self.toks[j].pos not in ("ADP", "NOUN")

    def _recent_persons(self, at: int, window: int) -> list[tuple[int, int, bool]]:
        """Persons before token `at`, newest first; strong when they spoke or stood as a subject
        (in the nominative, outside what somebody else was reported to say)."""
        sent = self._sent(at)
        cands = [(tok, ent, True) for tok, ent in self.speakers if tok < at]
        cands += [
            (tok, ent, nom and not self._in_content(tok))
            for tok, ent, nom in self.timeline
            if tok < at
        ]
        out = []
        for tok, ent, strong in sorted(cands, key=lambda c: (c[0], c[2]), reverse=True):
            if self._sent(tok) < sent - window:
                break
            if self.entities[ent].kind == "person":
                out.append((tok, ent, strong))
        return out

    def _in_content(self, tok: int) -> bool:
        start = self.toks[tok].start
        return any(a <= start < b for a, b in self.contents)

    def _pronoun(self, at: int, gender: str | None, number: str | None) -> int | None:
        """ "он", "по её словам": the latest speaker or subject of that gender nearby; a person
        speaking for an organization ("представитель ведомства") counts as that organization."""
        if number == "Plur":
            return None
        sent = self._sent(at)
        for tok, ent in reversed(self.speakers):
            if tok >= at:
                continue
            if self._sent(tok) < sent - _PRONOUN_WINDOW:
                break
            if (tok, ent) in self.personal and self.entities[ent].kind == "org":
                later = [c for c in self._recent_persons(at, _PRONOUN_WINDOW) if c[0] > tok]
                if not later:
                    return ent
            break
        best_any = None
        for _tok, ent, strong in self._recent_persons(at, _PRONOUN_WINDOW):
            if not self._compatible(self.entities[ent], gender):
                continue
            if strong:
                return ent
            if best_any is None:
                best_any = ent
        return best_any

    def _role(self, k: int, m: Mention, ev: Event) -> int | None:
        """A title: the person the article ties it to, else the latest fitting subject."""
        if m.number == "Plur":
            return None  # "депутаты", "адвокаты Трампа": a group, not one speaker
        at = ev.at
        gender = ev.gender if ev.gender in ("Masc", "Fem") else None
        head, comp = m.role_head, m.role_comp
        bound = [
            e
            for e in self.entities
            if e.kind == "person"
            and any(h == head and (comp is None or c is None or c == comp) for h, c in e.role_keys)
        ]
        if bound:
            before = [e for e in bound if e.first <= at]
            pool = before or bound
            return max(pool, key=lambda e: self._last_mention(e.id, at)).id
        # "муж Биби" or "министр по делам меньшинств" introduce somebody new; only a bare or
        # national title ("глава государства", "президент Казахстана") points back
        if (head in lex.RELATIONAL_ROLES and comp is not None) or m.role_prep:
            cands: list[tuple[int, int, bool]] = []
        else:
            cands = self._recent_persons(at, _ROLE_WINDOW)
        fallback = None
        for _tok, ent, strong in cands:
            e = self.entities[ent]
            if not self._compatible(e, gender):
                continue
            if any(h == head and c != comp and c and comp for h, c in e.role_keys):
                continue  # "президент России" is not "президент Казахстана"
            if m.role_proper and e.role_keys and all(h != head for h, _ in e.role_keys):
                continue  # "генпрокурор Техаса" is not the man introduced as "президент"
            if comp and any(comp[:4] == stem(w, 4) for n in e.names for w in n.split()):
                continue  # "муж Биби" is not Биби
            if strong:
                return ent
            if fallback is None and not m.role_proper:
                fallback = ent  # a generic title may point to a name in any case
        if fallback is not None:
            return fallback
        # an unnamed relative ("муж Биби") is somebody; an unnamed official is usually named
        # later in the text or nowhere: no speaker for the reader either way
        if head in lex.RELATIONAL_ROLES and m.role_comp and m.role and m.role_proper:
            return self._role_entity(k, m)
        return None

    def _role_entity(self, k: int, m: Mention) -> int:
        """A relative never named ("муж Биби") speaks under that title."""
        key = (m.role_head, m.role_comp)
        for e in self.entities:
            if e.kind == "role" and e.role_keys and e.role_keys[0] == key:
                return e.id
        e = self._new("role", m.first)
        e.role_mentions.append(k)
        e.role_keys.append(key)
        return e.id

    def _last_mention(self, ent: int, at: int) -> int:
        best = -1
        for tok, e, _ in self.timeline:
            if e == ent and tok <= at:
                best = tok
        return best

    def _generic(self, m: Mention, at: int) -> int | None:
        """ "ведомство", "в компании", "упомянутое издание": the latest fitting organization,
        else the organization the article mentions most."""
        sent = self._sent(at)
        if any(
            self.toks[j].pos == "X" or _LATIN.match(self.toks[j].text)
            for j in range(m.head + 1, m.last + 1)
        ):
            return self._phrase_entity(m)  # "организация missio": named right there, new
        hint = self._country_hint(m)
        if hint:
            for tok, ent, _ in reversed(self.timeline):
                e = self.entities[ent]
                if (
                    tok < at
                    and e.kind == "org"
                    and any(hint in fold(n) for n in e.names)
                    and self._fits(e, m)
                ):
                    return ent
            if any(
                self.toks[j].pos == "PROPN" and self.toks[j].case == "Gen"
                for j in range(m.head + 1, m.last + 1)
            ):
                return self._phrase_entity(m)  # "ведомство Азербайджана", first time named
        for tok, ent in reversed(self.speakers):
            if tok < at and self._sent(tok) >= sent - 3:
                e = self.entities[ent]
                if e.kind == "org" and e.media == m.media and self._fits(e, m):
                    return ent
        for tok, ent, _ in reversed(self.timeline):
            if tok >= at:
                continue
            e = self.entities[ent]
            if e.kind == "org" and e.media == m.media and self._fits(e, m):
                return ent
        orgs = [
            e for e in self.entities if e.kind == "org" and e.media == m.media and self._fits(e, m)
        ]
        if orgs:
            top = max(orgs, key=lambda e: (len(e.names), -e.first))
            if len(top.names) >= 2:
                return top.id
        return None

    def _fits(self, e: Entity, m: Mention) -> bool:
        """ "в компании" is no "Всемирная организация здравоохранения": an organization named
        with a noun of its own fits a generic noun of the same kind only."""
        family = lex.ORG_FAMILIES.get(m.role_head or "")
        if family is None:
            return True
        own = {lemma for n in e.names for w in n.split()[:3] if (lemma := org_lemma(fold(w)))}
        if family != "company" and not own:
            # "правительство", "ведомство" name a state body: "Газпром" or a party is none
            return any(fold(n) in lex.INSTITUTION_PLACES for n in e.names)
        return not own or family in {lex.ORG_FAMILIES.get(x, "other") for x in own}

    def _phrase_entity(self, m: Mention) -> int:
        k = self.mentions.index(m)
        if k in self.mention_entity:
            return self.mention_entity[k]
        key = org_key(m.name or "")
        for e in self.entities:
            if e.kind == "org" and e.names and org_key(e.names[0]) == key:
                self.mention_entity[k] = e.id
                return e.id
        e = self._new("org", m.first)
        self._attach(k, m, e)
        e.media = m.media  # "портал kp.ru"
        return e.id

    def _country_hint(self, m: Mention) -> str | None:
        """ "азербайджанского военного ведомства", "ведомство Азербайджана": the country named."""
        for j in range(m.first, m.last + 1):
            t = self.toks[j]
            if (
                j < m.head
                and t.pos == "ADJ"
                and t.low[:4] not in _COMMON_ADJ_STARTS
                and len(t.low) > 6
                and t.low.endswith(_PROPER_ADJ_ENDINGS)
            ):
                return t.low[:4]
            if (
                j > m.head
                and t.pos == "PROPN"
                and t.case == "Gen"
                and self.toks[j - 1].pos != "ADP"
            ):
                return t.low[:4]
        return None

    def _locative(self, k: int, m: Mention, at: int) -> int | None:
        """ "в Минтрансе сообщили": the organization; "в Баку заявили": its government, if named."""
        if m.kind in ("ORG",):
            return self.mention_entity.get(k)
        if m.kind == "GEN":
            return self._generic(m, at)
        if m.kind == "LOC":
            return self.mention_entity.get(k)  # a capital may stand for its government: _place
        return None

    def _relative(self, m: Mention) -> int | None:
        """ "…, который заявил": the mention before the comma."""
        j = m.first - 1
        while j >= 0 and self.toks[j].text == ",":
            j -= 1
        for k, other in enumerate(self.mentions):
            if other.last == j and other.kind in ("PER", "ORG"):
                return self.mention_entity.get(k)
        return None


def display_org(name: str) -> str:
    """ "ПАО «Газпром»" -> "Газпром": legal forms are no part of the name a reader knows."""
    words = name.split()
    while (
        len(words) > 1
        and fold(words[0]) in _LEGAL_FORMS
        and (words[0].isupper() or words[1][:1].isupper() or words[1][:1] in '«"')
    ):
        words = words[1:]
    return " ".join(words).strip('«»"')
