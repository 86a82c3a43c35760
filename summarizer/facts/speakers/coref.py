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
from .clauses import speech_class
from .events import Event
from .hints import agreeing_gender
from .mentions import Mention, org_lemma, role_lemma
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
# a man's patronymic ("Фёдорович") after a first name the article gives one full name: only
# where that name was already spelled out ("Виктор Янукович" … "Виктор Фёдорович признался")
_MALE_PATRONYMIC = re.compile(r"\w{2,}(?:ович|евич|ьич)(?:а|у|ем|е)?$")
_DOUBLED = re.compile(r"([бвгджзклмнпрстфхцчшщ])\1")  # a consonant: "ии" is a case ending
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
UNNAMED = -1  # a candidate the article does not name
_CREDIT_MARKS = frozenset("/|©")
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


# "пресс-служба Кремля" speaks for the Kremlin: one speaker, not two
_PRESS_OFFICES = lex.words(
    "пресс-служба пресс-службы пресс-службе пресс-службу пресс-службой пресс-центр пресс-центра "
    "пресс-центре пресс-центром"
)


def _key(name: str) -> str:
    return " ".join(
        crude_stem(w)
        for w in _WORD.findall(name)
        if fold(w) not in _LEGAL_FORMS and fold(w) not in _PRESS_OFFICES
    )


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
    role_keys: list[tuple[str, str | None]] = field(default_factory=list)  # given by the name
    title_keys: list[tuple[str, str | None]] = field(default_factory=list)  # resolved to it
    # offices the article elects or appoints them to: "переизбрали Петрова председателем Думы"
    offices: list[tuple[str, str | None]] = field(default_factory=list)
    genders: list[str] = field(default_factory=list)  # the tagger's, from the names
    nominative_genders: list[str] = field(default_factory=list)  # from nominative names only
    agreed: list[str] = field(default_factory=list)  # verbs agreeing with the name as subject
    media: bool = False
    first: int = 0  # first token where it is mentioned

    @property
    def gender(self) -> str | None:
        # a verb's agreement ("Александра Филиппенко рассказала") outweighs the tagger
        votes = [g for g in self.agreed or self.genders if g in ("Masc", "Fem")]
        if not votes:
            return None
        if not self.agreed and votes.count("Masc") == votes.count("Fem"):
            # "Анна Петрова" … "В письме Петрова указывает" (read as the genitive of
            # "Петров"): the names standing in the nominative decide
            nominative = [g for g in self.nominative_genders if g in ("Masc", "Fem")]
            if nominative and nominative.count("Masc") != nominative.count("Fem"):
                votes = nominative
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


@dataclass(frozen=True)
class Resolution:
    """Who speaks in one event, how that was decided, and whom else the words could mean.

    `candidates` holds the entity ids a title, pronoun or organization noun could refer to at
    that point (the chosen one first); a name at the verb has one. `intervening` is set when
    another person spoke between the chosen one's last mention and the event.
    """

    entity: int
    method: str  # named, title, pronoun, organization, place, continued, impersonal
    candidates: tuple[int, ...]
    intervening: bool = False

    @property
    def unique(self) -> bool:
        return len(self.candidates) == 1 and not self.intervening


def _surname(name: str) -> tuple[str, str | None]:
    words = name.replace(".", ". ").split()  # "М.Моравецкий": an initial, then the surname
    if len(words) > 1 and fold(words[-1]) in lex.NAME_PARTICLES_AFTER:
        words = words[:-1]  # "Полад Бюльбюль оглы", "Бюльбюль оглы": the surname before it
    while len(words) > 1 and words[0] in lex.NAME_PARTICLES_INSIDE:
        words = words[1:]  # "ван Дейк" is "Питер ван Дейк" by his surname, not a first name
    last = fold(words[-1]) if words else ""
    first = fold(words[0]) if len(words) > 1 else None
    return last, first


def _patronymic(word: str) -> bool:
    return bool(_PATRONYMIC.search(word) or _MALE_PATRONYMIC.search(word))


def _first_key(word: str) -> str:
    """A first name without its case ending or a doubled letter: "Лолла" and "Лола" (one
    woman spelled two ways in one article) meet."""
    return crude_stem(_DOUBLED.sub(r"\1", fold(word)))


def _same_surname(a: str, b: str) -> bool:
    if a == b or crude_stem(a) == crude_stem(b):
        return True
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    return len(short) >= 4 and long_.startswith(short) and len(long_) - len(short) <= 3


_RUSSIA = ("росси", "рф", "российск", "федерац")


def spokesman_body(title: str | None) -> tuple[str, str | None] | None:
    """The body a spokesman's title speaks for, with its country: "пресс-секретарь президента
    РФ" -> ("kremlin", "russia"), "представитель МИД Германии" -> ("mfa", "герма")."""
    if not title:
        return None
    folded = fold(title)
    key = next((k for k in lex.SPOKESMAN_BODIES if k in folded), None)
    if key is None:
        return None
    body = lex.SPOKESMAN_BODIES[key]
    countries = set()
    for i, word in enumerate(_WORD.findall(title)):
        w = fold(word)
        if any(w.startswith(k[:4]) for k in key.split()):
            continue  # the body's own words: "Кремля", "МИД"
        country = next((c for k, c in lex.COUNTRY_WORDS.items() if w.startswith(k)), None)
        if w.startswith(_RUSSIA):
            countries.add("russia")
        elif country is not None:  # "американского", "Соединенных Штатов": one country
            countries.add(country)
        elif i and word[:1].isupper() and word.lower() != word and not word.isupper():
            countries.add(w[:5])  # "Германии", "США" is caught below
        elif i and word.isupper():
            countries.add(w)
    if body == "kremlin":
        countries.add("russia")
    if len(countries) > 1:
        return None
    return body, next(iter(countries), None)


def title_countries(title: str | None) -> set[str]:
    """The countries a title names: "глава российского правительства" -> {"russia"},
    "премьер Италии", "итальянский премьер" -> {"итали"}."""
    found = set()
    for i, word in enumerate(_WORD.findall(title or "")):
        w = fold(word)
        country = next((c for k, c in lex.COUNTRY_WORDS.items() if w.startswith(k)), None)
        if w.startswith(_RUSSIA):
            found.add("russia")
        elif country is not None:
            found.add(country)
        elif i and word[:1].isupper() and word.lower() != word and not word.isupper():
            found.add(w[:5])
    return found


# countries an adjective can name ("российского", "американский"), not a capitalized word
_ADJ_COUNTRIES = frozenset(("russia", *lex.COUNTRY_WORDS.values()))


def _same_body(a: tuple[str, str | None] | None, b: tuple[str, str | None]) -> bool:
    """One body: the same office, and no two different countries named."""
    return a is not None and a[0] == b[0] and (a[1] is None or b[1] is None or a[1] == b[1])


def _initials(title: str) -> str:
    """What a title's complement is called for short: "эксперты Высшей школы экономики" and
    "эксперты ВШЭ" both give "ВШЭ"."""
    words = _WORD.findall(title)[1:]
    if len(words) == 1 and words[0].isupper() and len(words[0]) >= 2:
        return words[0]
    if not any(w[:1].isupper() for w in words):
        return ""
    full = [w for w in words if len(w) > 2]  # "Высшей школы экономики": ВШЭ
    return "".join(w[0] for w in full).upper() if len(full) >= 2 else ""


def _misspelt(a: str, b: str) -> bool:
    """Two spellings of one long surname: one or two letters dropped in one place
    ("Крашенников", "Крашенинников") or one letter changed."""
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    if len(short) < 7 or short[:3] != long_[:3] or a == b:
        return False
    gap = len(long_) - len(short)
    if gap == 0:
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    if gap > 2:
        return False
    return any(long_[:i] + long_[i + gap :] == short for i in range(3, len(long_) - gap + 1))


# the head nouns of descriptive names ("Общество научных работников", "Союз журналистов")
_GENERIC_ORG_HEADS = frozenset(
    crude_stem(w)
    for w in (
        *lex.ORG_NOUNS,
        *lex.words("общество союз ассоциация движение объединение лига совет центр институт"),
    )
)


def _typo(a: str, b: str) -> bool:
    """A surname mistyped inside ("Бенер", "Бонер"; "Герстенмайер", "Гернстермайер"): one
    letter changed, added or dropped (two in a surname of ten letters or more), the first letter
    and the last two (a case ending: "Бенера", "Бенеру") the same."""
    if min(len(a), len(b)) < 5 or a == b or a[0] != b[0] or a[-2:] != b[-2:]:
        return False
    inner_a, inner_b = a[1:-2], b[1:-2]
    allowed = 2 if min(len(a), len(b)) >= 10 else 1
    return _edits(inner_a, inner_b, allowed) <= allowed


def _edits(a: str, b: str, cap: int) -> int:
    """Levenshtein distance of `a` and `b`, counted no further than `cap` + 1."""
    if abs(len(a) - len(b)) > cap:
        return cap + 1
    row = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, y in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (x != y))
    return min(row[-1], cap + 1)


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


_BRACKETED = re.compile(r"\(\s*([^()\s]{2,})\s*\)\s*$")


def _abbreviated(name: str, names: list[str]) -> bool:
    """One body under its full name with its abbreviation in brackets and under that
    abbreviation alone: "Всемирная организация здравоохранения (ВОЗ)" and "ВОЗ"."""

    def short(n: str) -> str | None:
        found = _BRACKETED.search(n)
        return fold(found.group(1)) if found else None

    return any(short(other) == fold(name) or short(name) == fold(other) for other in names)


class Resolver:
    """Groups named mentions into entities and resolves subjects, in text order."""

    def __init__(
        self,
        toks: tuple[Tok, ...],
        mentions: tuple[Mention, ...],
        contents: list[tuple[int, int]] | None = None,
        quoted: list[tuple[int, int]] | None = None,
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
        # words in quote marks whoever said them ("«…глыба, которой и был Борис Николаевич
        # Ельцин», — говорит скульптор"): a name in there is nobody's subject either
        self.quoted: list[tuple[int, int]] = quoted or []
        self._group()
        self._find_offices()
        self.doubtful_aides = self._doubtful_aides()

    # -- grouping ----------------------------------------------------------------------------

    def _find_offices(self) -> None:
        """Offices the article gives a person as a predicate, not as a title by the name:
        "переизбрали Ивана Петрова председателем парламента" (the name in an oblique case, the
        office right after it in the instrumental), "правительство во главе с Петровым"."""
        toks = self.toks
        for k, ent in self.mention_entity.items():
            e, m = self.entities[ent], self.mentions[k]
            lead = [t.low for t in toks[max(0, m.first - 4) : m.first]]
            if e.kind == "person" and len(lead) == 4 and lead[1:] == ["во", "главе", "с"]:
                # "правительство во главе с Алиханом Смаиловым": he heads that body
                body = toks[m.first - 4]
                comp = fold(body.text)[:5] if body.pos in ("NOUN", "PROPN") else None
                e.offices.append(("глава", comp))
            j = m.last + 1
            if e.kind != "person" or j >= len(toks) or toks[m.head].case in ("Nom", None):
                continue
            lemma = role_lemma(toks[j].low) if toks[j].case == "Ins" else None
            if lemma is None or lemma in lex.DESCRIPTIVE_ROLES:
                continue
            comp = next(
                (
                    fold(t.text)[:5]
                    for t in toks[j + 1 : j + 4]
                    if t.sent == toks[j].sent and t.pos in ("NOUN", "PROPN")
                ),
                None,
            )
            e.offices.append((lex.ROLE_SYNONYMS.get(lemma, lemma), comp))

    def _new(self, kind: str, first: int) -> Entity:
        e = Entity(len(self.entities), kind, first=first)
        self.entities.append(e)
        return e

    def _group(self) -> None:
        persons: list[tuple[Entity, str, set[str]]] = []  # entity, surname, first initials
        orgs: list[tuple[Entity, str]] = []
        places: dict[str, Entity] = {}
        pending_first_names: list[tuple[int, Mention]] = []
        bare: dict[int, int] = {}  # person entity -> mentions by the bare surname
        places_stems = frozenset(
            stem(m.name, 4) for m in self.mentions if m.kind == "LOC" and m.name
        )
        for k, m in enumerate(self.mentions):
            if m.kind == "PER" and m.name:
                last, first = _surname(m.name)
                if (first is None and len(m.name.split()) == 1) or _patronymic(last):
                    pending_first_names.append((k, m))  # "Тереза", "Виктория Юрьевна"
                # "Мэри Трамп" is not "Дональд Трамп"; a bare "Трамп" joins the one the article
                # already calls by the bare surname, else the one named most, else the latest
                # ("Джо Байден … Байден … Хантер Байден … заявил Байден": Джо)
                matching = [
                    pos
                    for pos in range(len(persons) - 1, -1, -1)
                    if (
                        _same_surname(persons[pos][1], last)
                        and (first is None or not persons[pos][2] or first[:1] in persons[pos][2])
                    )
                    # "Павел Крашенников" for "Павел Крашенинников": the same first name
                    or (
                        first is not None
                        and _misspelt(persons[pos][1], last)
                        and any(_surname(n)[1] == first for n in persons[pos][0].names)
                    )
                ]
                if not matching and first is None and len(m.name.split()) == 1:
                    # "Джон Бенер … Бонер объявил": a bare surname one letter off the only
                    # person named so far with a surname that close is him, mistyped
                    typos = [pos for pos in range(len(persons)) if _typo(persons[pos][1], last)]
                    matching = typos if len(typos) == 1 else []
                found = None
                if matching:
                    pick = matching[0]
                    if first is None and len(matching) > 1:
                        pick = max(
                            matching,
                            key=lambda pos: (
                                bare.get(persons[pos][0].id, 0),
                                len(persons[pos][0].name_mentions),
                                pos,
                            ),
                        )
                    found = persons.pop(pick)
                if found is None:
                    found = (self._new("person", m.first), last, set())
                if first is not None:
                    found[2].add(first[:1])
                elif len(m.name.split()) == 1:
                    bare[found[0].id] = bare.get(found[0].id, 0) + 1
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
                if ent is None:  # "Всемирная организация здравоохранения (ВОЗ)", then "ВОЗ"
                    ent = next(
                        (e for e, _ in reversed(orgs) if _abbreviated(m.name, e.names)), None
                    )
                if ent is None and key in _GENERIC_ORG_HEADS:
                    # "Общество научных работников …", then "в обращении Общества": the head
                    # noun alone for the one body named in full before with that head
                    # ("Газпром" is a name; after two "Совет …" a bare "Совет" is unsure)
                    heads = [e for e, ek in orgs if ek.split()[:1] == [key]]
                    ent = heads[0] if len(heads) == 1 else None
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
        # an aide or relative the article does not name ("адвокат Биби … Он отметил"): somebody
        # a later pronoun may mean
        for k, m in enumerate(self.mentions):
            if (
                m.kind == "ROLE"
                and m.role
                and m.role_comp
                and m.number != "Plur"
                and (m.role_aide or (m.role_head in lex.RELATIONAL_ROLES and m.role_proper))
            ):
                ent = self.entities[self._role_entity(k, m)]
                head = self.toks[m.head]
                if head.gender in ("Masc", "Fem"):
                    ent.genders.append(head.gender)
                self.timeline.append((m.first, ent.id, head.case in ("Nom", None)))
        # a lone first name ("Тереза") joins the person with that first name
        for k, m in pending_first_names:
            own = self.entities[self.mention_entity[k]]
            assert m.name is not None
            word = _first_key(m.name.split()[0])
            if any(
                _first_key(n.split()[0]) != word
                or (len(n.split()) > 1 and not _patronymic(fold(n.split()[-1])))
                for n in own.names
            ):
                continue  # "Антон", "Антона", "Виктория Юрьевна": only the first name
            if own.role_mentions and any(
                _MALE_PATRONYMIC.search(fold(n.split()[-1])) for n in own.names
            ):
                continue  # "посол Александр Лукашевич": a surname, the man introduced by title
            # the title itself, not a name that reads as one's case form ("Мэри", "мэр")
            title = fold(m.name) if role_lemma(fold(m.name)) == fold(m.name) else None
            full = [
                e
                for e in self.entities
                if e is not own
                and e.kind == "person"
                and (
                    # "– сказал Президент": a title the tagger took for a name is the only
                    # named person the article gives that title ("Президент Казахстана …")
                    any(h == title for h, _ in e.role_keys)
                    if title is not None
                    else any(
                        len(n.split()) > 1 and _first_key(n.split()[0]) == word for n in e.names
                    )
                )
            ]
            if len(full) != 1:
                continue  # two Антонs with surnames: which one is meant is not sure
            e = full[0]
            self.mention_entity[k] = e.id
            e.names.append(m.name)
            e.name_mentions.append(k)
            e.nominative.append(m.nominative)
            self.timeline = [
                (tok, e.id if (tok == m.first and ent == own.id) else ent, nom)
                for tok, ent, nom in self.timeline
            ]
        self.timeline.sort()

    def _doubtful_aides(self) -> frozenset[int]:
        """Names after an aide's title in the genitive that may be the aide's or the boss's:
        "слова официального представителя премьера Великобритании Терезы Мэй" (the premier is
        nobody else of the article, so maybe her), unlike "советника президента США … Джона
        Болтона" when the president is somebody else the article names. Their title is dropped."""
        doubtful = set()
        for k, m in enumerate(self.mentions):
            if not (m.kind == "PER" and m.role_aide and m.role_comp and k in self.mention_entity):
                continue
            own = self.mention_entity[k]
            boss_named = any(
                e.id != own and any(fold(h)[:5] == m.role_comp for h, _ in e.role_keys)
                for e in self.entities
                if e.kind == "person"
            )
            if boss_named:
                continue
            doubtful.add(k)
            ent = self.entities[own]
            if k in ent.role_mentions:
                ent.role_mentions.remove(k)
            if m.role_head is not None and (m.role_head, m.role_comp) in ent.role_keys:
                ent.role_keys.remove((m.role_head, m.role_comp))
        return frozenset(doubtful)

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
            if m.nominative:
                ent.nominative_genders.append(m.gender)
        agreed = agreeing_gender(self.toks, m) if ent.kind == "person" else None
        if agreed is not None:  # "Дик отдала службе …": the verb knows her gender
            ent.agreed.append(agreed)
        head = self.toks[m.head]
        self.timeline.append((m.first, ent.id, head.case in ("Nom", None)))

    # -- resolution --------------------------------------------------------------------------

    def resolve(self, ev: Event, content_tok: int) -> Resolution | None:
        """Who speaks in `ev`, with the evidence; None when it cannot be told."""
        found = self._resolve(ev, content_tok)
        if found is None:
            return None
        e = self.entities[found.entity]
        if e.kind == "loc":
            ent = self._place(e, ev)
            if ent is None:
                return None
            return found if ent == found.entity else Resolution(ent, "place", (ent,))
        return found

    def _resolve(self, ev: Event, content_tok: int) -> Resolution | None:
        if ev.mode == "previous":
            # "…, отметив, что …": the gerund's subject is that of the verb before it in its
            # sentence; when nobody was resolved there, no earlier speaker stands in
            said_here = self.toks[ev.at].verbform != "Conv" or any(
                tok < ev.at and self._sent(tok) == self._sent(ev.at) for tok, _ in self.speakers
            )
            ent = self._last_speaker(ev.at, same_sentence_or_paragraph=True) if said_here else None
            return None if ent is None else Resolution(ent, "continued", (ent,))
        if ev.mode == "current":
            ent = self._current_source(min(ev.at, content_tok))
            return None if ent is None else Resolution(ent, "impersonal", (ent,))
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

    def _named(self, k: int) -> Resolution | None:
        ent = self.mention_entity.get(k)
        if ent is None:
            return None
        if k in self.doubtful_aides:
            # "слова официального представителя премьера Великобритании Терезы Мэй": the name
            # in the genitive may be the aide's or the premier's; the words are not surely hers
            return Resolution(ent, "named", (ent, UNNAMED))
        return Resolution(ent, "named", (ent,))

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

    def _mention(self, k: int, m: Mention, ev: Event, content_tok: int) -> Resolution | None:
        spokesman = self._spokesman(m, ev.at, ev.gender)
        if spokesman is not None:  # "— добавил представитель Кремля" after Песков spoke
            return Resolution(spokesman, "title", (spokesman,), self._intervening(spokesman, ev.at))
        if m.target is not None:  # "представитель МИД": the person the article gives that
            holder = self._holder(m, ev.at)  # title, else the organization, else nobody named
            if holder is not None:
                return Resolution(holder, "title", (holder,), self._intervening(holder, ev.at))
            if self._names_a_person(self.mentions[m.target]):
                return None  # "Представители Меллона" (tagged an organization): a person's aides
            found = self._mention(m.target, self.mentions[m.target], ev, content_tok)
            if found is not None and self.entities[found.entity].kind == "org":
                # "…, — уточнил представитель Кремля" right after Песков spoke: the
                # spokesman may be that person, so the organization is not sure
                voices = self._recent_speaking_persons(ev.at, 2)
                if voices:
                    return Resolution(found.entity, "title", (found.entity, *voices))
            if found is None and m.kind == "ROLE" and m.role:
                ent = self._role_entity(k, m)
                return Resolution(ent, "title", (ent,))
            return found
        if m.kind in ("PER", "ORG", "LOC"):
            return self._named(k)
        if m.kind == "ROLE":
            return self._role(k, m, ev)
        if m.kind == "GEN":  # "…, говорится в сообщении компании": what came before the noun
            at = min(m.first, content_tok) if ev.kind == "direct" else m.first
            return self._generic(m, at)
        if m.kind == "PRON":
            return self._pronoun(ev.at, m.gender or ev.gender, m.number)
        if m.kind == "REL":
            return self._relative(m)
        return None

    def _spokesman(self, m: Mention, at: int, gender: str | None) -> int | None:
        """The one named spokesman who spoke before `at` for the body an unnamed spokesman's
        title names: "представитель Кремля" is Песков, "пресс-секретарь президента РФ";
        "Представитель внешнеполитического ведомства добавила" is the MFA's woman who spoke.
        Another country ("представитель МИД Германии") or gender is somebody else."""
        if m.kind != "ROLE" or m.number == "Plur" or m.role_head not in lex.PROXY_ROLES:
            return None
        body = spokesman_body(m.role)
        if body is None:
            return None
        spoke = {ent for tok, ent in self.speakers if tok < at}
        found = [
            e.id
            for e in self.entities
            if e.kind == "person"
            and e.first < at
            and self._compatible(e, gender if gender in ("Masc", "Fem") else None)
            and any(
                self.mentions[r].role_head in lex.PROXY_ROLES | lex.SPOKESMAN_AIDES
                and _same_body(spokesman_body(self.mentions[r].role), body)
                for r in e.role_mentions
            )
        ]
        voiced = [k for k in found if k in spoke]
        # "Пресс-секретарь президента России Дмитрий Песков назвал …" (no speech found there),
        # then "– сказал представитель Кремля": the only one the article gave that title before
        return (
            voiced[0] if len(voiced) == 1 else found[0] if not voiced and len(found) == 1 else None
        )

    def _recent_speaking_persons(self, at: int, window: int) -> tuple[int, ...]:
        """Named persons who spoke before token `at` within `window` sentences."""
        sent = self._sent(at)
        return tuple(
            dict.fromkeys(
                ent
                for tok, ent in reversed(self.speakers)
                if tok < at
                and self._sent(tok) >= sent - window
                and self.entities[ent].kind == "person"
            )
        )

    def _sent(self, token: int) -> int:
        return self.toks[token].sent if 0 <= token < len(self.toks) else 0

    def _office_of(self, e: Entity, m: Mention) -> bool:
        """Does title `m` name an office one person holds, of a body named by a proper name
        ("президент Франции", "глава Чечни"), that person `e` was given as such ("президент
        Франции Макрон", "французский президент Макрон")?"""
        head, comp = m.role_head, m.role_comp
        if head not in lex.SOLE_OFFICES or comp is None or m.role_span is None:
            return False
        _first, at, last = m.role_span
        body = next((t for t in self.toks[at + 1 : last + 1] if t.pos in ("NOUN", "PROPN")), None)
        if (
            body is None
            or body.pos != "PROPN"
            or not body.text[:1].isupper()
            or body.text.isupper()
        ):
            return False  # "глава МИД": of which country?
        for k in (*e.role_mentions, *e.name_mentions):
            other = self.mentions[k]
            if other.role_head != head or other.role_span is None:
                continue
            if other.role_comp == comp:
                return True
            first, at, _last = other.role_span
            if other.role_comp is None and any(
                self.toks[q].pos == "ADJ" and self.toks[q].low[:4] == comp[:4]
                for q in range(first, at)
            ):
                return True
        return False

    def _plural_group(self, e: Entity) -> bool:
        """A group the article names in the plural ("собеседники газеты", "авторы статьи"): no
        "он" or "по его мнению" means it."""
        return (
            e.kind == "role"
            and bool(e.role_mentions)
            and self.mentions[e.role_mentions[0]].number == "Plur"
        )

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

    def _source_position(self, tok: int) -> bool:
        """ "в издании Axios увидели", "в Минтрансе сообщили": a source named in the locative."""
        j = tok - 1
        while j >= 0 and self.toks[j].text in '«»"“”„':
            j -= 1
        if j >= 0 and self.toks[j].pos == "NOUN" and org_lemma(self.toks[j].low):
            j -= 1
        # "сообщают источники газеты X": the outlet's sources speak for it
        return j >= 0 and (
            self.toks[j].low in ("в", "во") or self.toks[j].low.startswith("источник")
        )

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
            if self.entities[ent].kind in ("person", "role"):
                out.append((tok, ent, strong))
        return out

    def _in_content(self, tok: int) -> bool:
        start = self.toks[tok].start
        return any(a <= start < b for a, b in (*self.contents, *self.quoted))

    def _pronoun(self, at: int, gender: str | None, number: str | None) -> Resolution | None:
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
                    return Resolution(ent, "pronoun", (ent,), self._intervening(ent, at))
            break
        recent = [
            c
            for c in self._recent_persons(at, _PRONOUN_WINDOW)
            if self._compatible(self.entities[c[1]], gender)
            and not self._plural_group(self.entities[c[1]])
        ]
        chosen = next((ent for _tok, ent, strong in recent if strong), None)
        guessed = chosen is None
        if chosen is None and recent:
            chosen = recent[0][1]
        if chosen is None:
            return None
        referents = self._referents(recent)
        if not guessed:
            # "…прибыл президент Медведев. Открывая памятник, он отметил": persons named nearby
            # only in passing (no subject, no speaker), before the latest subject, are no rivals
            newest = next(tok for tok, ent, strong in recent if strong)
            strong = {ent for _tok, ent, s in recent if s}
            newer = {ent for tok, ent, _ in recent if tok > newest}
            referents = [ent for ent in referents if ent in strong or ent in newer]
        cands = _distinct([chosen, *referents])
        if guessed and self._untold_subject(recent[0][0], at, gender):
            # "тёщу … Петухову хватил припадок. Но почему соседка …? … послушаем, что она
            # говорит": nobody named stood as a subject, and a title did after the latest name
            cands += (UNNAMED,)
        if chosen not in referents:  # only named inside what somebody else said: a guess
            cands += (UNNAMED,)
        return Resolution(chosen, "pronoun", cands, self._intervening(chosen, at))

    def _only_in_passing(self, at: int) -> set[int]:
        """Persons named before token `at` only in an oblique case or inside somebody's words:
        never a subject or a speaker so far."""
        strong = {ent for tok, ent, s in self._recent_persons(at, len(self.toks)) if s}
        return {
            e.id
            for e in self.entities
            if e.kind == "person" and e.first < at and e.id not in strong
        }

    def _untold_subject(self, after: int, at: int, gender: str | None) -> bool:
        """Is there an ordinary person's title in the nominative ("соседка", "очевидец")
        between token `after` and `at` that no named person carries: somebody the article never
        names whom a pronoun may mean as well? (An official's title most often names back.)"""
        for idx, m in enumerate(self.mentions):
            if not after < m.first < at or m.kind != "ROLE" or m.number == "Plur":
                continue
            if m.role_head not in lex.WITNESS_ROLES:
                continue
            if self.toks[m.head].case != "Nom" or (gender and m.gender not in (None, gender)):
                continue
            ent = self.mention_entity.get(idx)
            if ent is None or not self.entities[ent].names:
                return True
        return False

    def _referents(self, recent: list[tuple[int, int, bool]]) -> list[int]:
        """Persons a pronoun or title could mean: all nearby but those only named inside what
        somebody else was reported to say ("Песков заявил, что Путин …")."""
        return [ent for tok, ent, strong in recent if strong or not self._in_content(tok)]

    def _intervening(self, chosen: int, at: int) -> bool:
        """Did another person speak between the chosen one's last mention and token `at`?"""
        last = max((tok for tok, e, _ in self.timeline if e == chosen and tok < at), default=-1)
        last = max(
            last, max((tok for tok, e in self.speakers if e == chosen and tok < at), default=-1)
        )
        return any(
            last < tok < at and e != chosen and self.entities[e].kind in ("person", "role")
            for tok, e in self.speakers
        )

    def _named_after(self, m: Mention) -> list[int]:
        """Persons named in the nominative after title `m`, later in its sentence."""
        sent = self._sent(m.first)
        out = []
        for tok, ent, nominative in self.timeline:
            if (
                tok > m.last
                and self._sent(tok) == sent
                and nominative
                and self.entities[ent].kind == "person"
            ):
                out.append(ent)
        return out

    def _named_right_after(self, m: Mention) -> int | None:
        """The person named in the nominative right after title `m`, at most one lowercase
        word between ("автор исследования доктор Флориан Краммер"): the title's own name."""
        for tok, ent, nominative in self.timeline:
            if not (m.last < tok <= m.last + 2 and nominative):
                continue
            between = self.toks[m.last + 1 : tok]
            if self.entities[ent].kind == "person" and all(
                t.text.isalpha() and t.text.islower() for t in between
            ):
                return ent
        return None

    def _names_a_person(self, m: Mention) -> bool:
        """Is this organization's name the surname of a person of the article ("Меллона")?"""
        words = _WORD.findall(m.name or "")
        if len(words) != 1:
            return False
        key = crude_stem(words[0])
        return any(
            e.kind == "person" and any(crude_stem(n.split()[-1]) == key for n in e.names if n)
            for e in self.entities
        )

    def _holder(self, m: Mention, at: int) -> int | None:
        """The one person named before `at` with exactly this title ("Официальный представитель
        МИД Мария Захарова" … "представитель российского МИД")."""
        if m.role_head is None or m.role_comp is None:
            return None
        key = (m.role_head, m.role_comp)
        found = [
            e.id
            for e in self.entities
            if e.kind == "person" and e.first <= at and key in (*e.role_keys, *e.title_keys)
        ]
        return found[0] if len(found) == 1 else None

    def _other_country(self, e: Entity, m: Mention) -> bool:
        """Title `m` names a country by an adjective ("российского") and every title the
        article gave `e` by his name names another ("премьер Италии Берлускони")."""
        ours = {c for c in title_countries(m.role) if c in _ADJ_COUNTRIES} if m.role else set()
        if not ours:
            return False
        theirs = [title_countries(self.mentions[k].role) for k in e.role_mentions]
        theirs = [c for c in theirs if c]
        return bool(theirs) and all(not (c & ours) for c in theirs)

    def _role_fits(self, e: Entity, m: Mention, gender: str | None) -> bool:
        """Could the title `m` name person `e`?"""
        head, comp = m.role_head, m.role_comp
        if e.kind == "role":  # an unnamed aide is known by that title only
            return (head, comp) in e.role_keys
        if not self._compatible(e, gender):
            return False
        if any(h == head and c != comp and c and comp for h, c in (*e.role_keys, *e.title_keys)):
            return False  # "президент России" is not "президент Казахстана"
        if self._other_country(e, m):
            return False  # "глава российского правительства" is not "премьер Италии"
        if any(h == head and c != comp and c and comp for h, c in e.offices):
            return False  # one elected "председателем Мажилиса" is not "глава государства"
        if m.role_proper and e.role_keys and all(h != head for h, _ in e.role_keys):
            return False  # "генпрокурор Техаса" is not the man introduced as "президент"
        # "муж Биби" is not Биби
        return not (comp and any(comp[:4] == stem(w, 4) for n in e.names for w in n.split()))

    def _role(self, k: int, m: Mention, ev: Event) -> Resolution | None:
        """A title: the person the article ties it to, else the latest fitting subject."""
        if m.role_head in lex.SOURCE_ROLES:
            return self._source(k, m, ev)
        if m.number == "Plur":
            if (
                m.role
                and m.role_proper
                and m.role_comp
                and not m.role_aide
                and m.role_head not in lex.RELATIONAL_ROLES
                and m.role_head not in lex.PROXY_ROLES
            ):  # "эксперты Высшей школы экономики предложили": the group the article names
                ent = self._group_entity(k, m)
                return Resolution(ent, "title", (ent,))
            if m.role_head in lex.AUTHOR_ROLES and m.role_comp in lex.AUTHORED_WORKS:
                ent = self._role_entity(k, m)  # "авторы законопроекта": the ones who wrote it
                return Resolution(ent, "title", (ent,))
            return None  # "депутаты", "адвокаты Трампа": a group, not one speaker
        at = ev.at
        gender = ev.gender if ev.gender in ("Masc", "Fem") else None
        head, comp = m.role_head, m.role_comp
        bound = [  # the article gave them this title next to their name
            e
            for e in self.entities
            if e.kind == "person"
            and any(h == head and (comp is None or c is None or c == comp) for h, c in e.role_keys)
            # "премьер объявила" is no "Борис Джонсон" ("председатель подтвердил" may be Элла)
            and not (gender == "Fem" and e.gender == "Masc")
            and not self._other_country(e, m)
        ]
        if head in lex.WITNESS_ROLES and not bound and not m.role_comp:
            # "— рассказала соседка телеканалу": a neighbour the article never names, never
            # the latest person named (the victim, the suspect)
            named = self._named_right_after(m)
            ent = named if named is not None else self._role_entity(k, m)
            return Resolution(ent, "title", (ent,))
        # "муж Биби" or "министр по делам меньшинств" introduce somebody new; only a bare or
        # national title ("глава государства", "президент Казахстана") points back
        introduces = (head in lex.RELATIONAL_ROLES and comp is not None) or m.role_prep
        introduces = introduces or m.role_aide  # "представитель посла" is not the ambassador
        near = (
            []
            if introduces
            else [
                ent
                for ent in self._referents(self._recent_persons(at, _PRONOUN_WINDOW))
                if self._role_fits(self.entities[ent], m, gender)
            ]
        )
        # "считает военный эксперт, член-корреспондент … Константин Сивков": a name after the
        # title in its sentence may be whom it names, whoever came before
        near += self._named_after(m)
        before = [e for e in bound if e.first <= at]
        if before:
            chosen = max(before, key=lambda e: self._last_mention(e.id, at)).id
            # "Сенатор Джон Керри …, после ликвидации … бин Ладена. … Керри сделал остановку …
            # — подчеркнул сенатор": a title the article bound to a person is no other's who was
            # only named in passing (never a subject, never a speaker) before that person last
            # stood as a subject ("Лавров встретился с Чавушоглу" leaves the title open)
            recent = self._recent_persons(at, _ROLE_WINDOW)
            newest = max((tok for tok, ent, s in recent if ent == chosen and s), default=-1)
            passing = self._only_in_passing(at) - {ent for tok, ent, _ in recent if tok > newest}
            others = [ent for ent in near if ent not in passing]
            # somebody the article gives another title ("премьер-министр") is not meant by
            # this one ("экс-премьер") when a person carries this very title
            others = [
                ent
                for ent in others
                if head in lex.DESCRIPTIVE_ROLES
                or not (
                    self.entities[ent].role_keys
                    and all(
                        h != head and h not in lex.DESCRIPTIVE_ROLES
                        for h, _ in self.entities[ent].role_keys
                    )
                )
            ]
            if len(before) == 1 and self._office_of(self.entities[chosen], m):
                # "Президент Казахстана Токаев …; Путин …; — заявил президент Казахстана": a
                # country's office the article gave one named person; nobody left untitled holds
                # it too
                others = [ent for ent in others if self.entities[ent].role_keys]
            cands = _distinct([chosen, *(e.id for e in before), *others])
            return Resolution(chosen, "title", cands, self._intervening(chosen, at))
        cands_list = [] if introduces else self._recent_persons(at, _ROLE_WINDOW)
        found = fallback = None
        for _tok, ent, strong in cands_list:
            if not self._role_fits(self.entities[ent], m, gender):
                continue
            if strong:
                found = ent
                break
            if fallback is None and not m.role_proper:
                fallback = ent  # a generic title may point to a name in any case
        picked = found if found is not None else fallback
        if picked is not None:
            cands = _distinct([picked, *near, *(e.id for e in bound)])
            if picked not in near:  # last seen further back, or inside somebody's words
                cands += (UNNAMED,)
            return Resolution(picked, "title", cands, self._intervening(picked, at))
        apposed = self._named_right_after(m)
        if apposed is not None and not bound:
            # "— говорит ведущий автор исследования доктор Флориан Краммер": the name right
            # after the title, in the nominative, is whom it names
            return Resolution(apposed, "title", (apposed,), self._intervening(apposed, at))
        if bound:  # "Председатель избиркома подтвердил …": named further on
            later = sorted(bound, key=lambda e: e.first)
            cands = tuple(e.id for e in later)
            if comp is None:  # a bare "президент" named later may be anybody's
                cands += (UNNAMED,)
            # "– …, – добавил глава МИД" after "глава министерства иностранных дел Украины
            # Павел Климкин" spoke: a title just given to somebody before means him, whoever
            # the article names with it further on
            rivals = [
                ent
                for _tok, ent, _strong in cands_list
                if ent not in cands and any(h == head for h, _ in self.entities[ent].role_keys)
            ]
            cands += tuple(dict.fromkeys(rivals))
            return Resolution(later[0].id, "title", cands)
        # an unnamed relative ("муж Биби") is somebody; an unnamed official with a telling title
        # ("профессор Чикагского университета") may be somebody named elsewhere: kept, unsure
        if (
            m.role
            and m.role_comp
            and (m.role_aide or (head in lex.RELATIONAL_ROLES and m.role_proper))
        ):  # "супруг Асии", "представитель посла": somebody the article does not name
            ent = self._role_entity(k, m)
            return Resolution(ent, "title", (ent,))
        if m.role and m.role_proper and m.role_comp and not self._recent_persons(at, _ROLE_WINDOW):
            ent = self._role_entity(k, m)
            return Resolution(ent, "title", (ent, UNNAMED))
        return None

    def _source(self, k: int, m: Mention, ev: Event) -> Resolution | None:
        """An anonymous source: never a named person. One the article places ("источник ТАСС в
        делегации …", "источники «Известий» в ОПК") speaks as such; a bare "источник" or
        "собеседник агентства" is the source that spoke just before, when no other words came
        in between, else the only source of the article; failing both, nobody sure."""
        placed = m.role_prep or any(
            self.toks[q].low in ("в", "во", "из", "на") for q in range(m.head + 1, m.last + 1)
        )
        if placed:
            ent = self._role_entity(k, m)
            return Resolution(ent, "title", (ent,))
        sources = [
            e.id
            for e in self.entities
            if e.kind == "role" and e.role_keys[0][0] in lex.SOURCE_ROLES
        ]
        before = [(tok, e) for tok, e in self.speakers if tok < ev.at]
        if (
            before
            and before[-1][1] in sources
            and not self._words_between(before[-1][0], ev)
            and not self._told_another_outlet(self.entities[before[-1][1]], ev)
        ):
            return Resolution(before[-1][1], "title", (before[-1][1],))
        if not sources and m.role_comp:  # "источник ТАСС", "источники Bloomberg": the only one
            ent = self._role_entity(k, m)
            return Resolution(ent, "title", (ent,), len(before) > 0)
        return None

    def _told_another_outlet(self, source: Entity, ev: Event) -> bool:
        """ "Источники «Ведомостей» сообщили … Источник подтвердил РБК …": a source telling
        another outlet than the one whose sources spoke before is somebody else."""
        comps = {c for _h, c in source.role_keys if c}
        if not comps:
            return False
        for m in self.mentions:
            if m.first in (ev.at + 1, ev.at + 2) and m.media and m.name:
                told = self.toks[m.head].case == "Dat" or m.first == ev.at + 1
                return told and not any(c in fold(m.name) for c in comps)
        return False

    def _words_between(self, tok: int, ev: Event) -> bool:
        """Were other words reported after the sentence of token `tok`, before the event `ev`?"""
        sent = self._sent(tok)
        lo = max(t.stop for t in self.toks[tok : tok + 200] if t.sent == sent)
        hi = min([self.toks[ev.at].start, *(a for a, _ in ev.spans)])
        if any(lo < a < hi and (a, b) not in ev.spans for a, b in self.contents):
            return True
        # "В правоохранительных органах ТАСС рассказали, что …": a source the finder missed
        return any(
            lo <= t.start < hi and t.i != ev.at and speech_class(t) is not None
            for t in self.toks[tok : ev.at]
        )

    def _group_entity(self, k: int, m: Mention) -> int:
        """A named group; "эксперты ВШЭ" after "эксперты Высшей школы экономики" is the same
        group (the capitals of the long name make the short one)."""
        short = _initials(m.role or "")
        for e in self.entities:
            if e.kind != "role" or not e.role_mentions or e.role_keys[0][0] != m.role_head:
                continue
            other = self.mentions[e.role_mentions[0]]
            if short and short == _initials(other.role or ""):
                return e.id
        return self._role_entity(k, m)

    def _role_entity(self, k: int, m: Mention) -> int:
        """A relative never named ("муж Биби") speaks under that title."""
        assert m.role_head is not None  # set with the title
        named = self._named_relative(m)
        if named is not None:
            return named
        key = (m.role_head, m.role_comp)
        for e in self.entities:
            if e.kind == "role" and e.role_keys and e.role_keys[0] == key:
                return e.id
        e = self._new("role", m.first)
        e.role_mentions.append(k)
        e.role_keys.append(key)
        return e.id

    def _named_relative(self, m: Mention) -> int | None:
        """ "младший брат Пётр": a relative's title ending in a first name is the one person of
        the article with that first name ("Пётр Завьялов"), never a speaker called "брат"."""
        if m.role_head not in lex.RELATIONAL_ROLES or m.last <= m.head:
            return None
        last = self.toks[m.last]
        if not last.text[:1].isupper() or not last.text.isalpha():
            return None
        if last.case != self.toks[m.head].case:
            return None  # "жена Путина": whose relative, not the relative's name
        key = fold(last.text)  # the very form: "Супруг Асии" names whose husband, not him
        gender = self.toks[m.head].gender
        found = {
            e.id
            for e in self.entities
            if e.kind == "person"
            and any(len(n.split()) >= 2 and fold(n.split()[0]) == key for n in e.names)
            and (e.gender is None or gender not in ("Masc", "Fem") or e.gender == gender)
        }
        return found.pop() if len(found) == 1 else None

    def _last_mention(self, ent: int, at: int) -> int:
        best = -1
        for tok, e, _ in self.timeline:
            if e == ent and tok <= at:
                best = tok
        return best

    def _generic(self, m: Mention, at: int) -> Resolution | None:
        """ "ведомство", "в компании", "упомянутое издание": the latest fitting organization,
        else the organization the article mentions most."""
        if m.number == "Plur":
            return None  # "издания и агентства утверждают": nobody in particular
        sent = self._sent(at)
        if any(
            self.toks[j].pos == "X" or _LATIN.match(self.toks[j].text)
            for j in range(m.head + 1, m.last + 1)
        ):
            ent = self._phrase_entity(m)  # "организация missio": named right there, new
            return Resolution(ent, "named", (ent,))
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
                    return Resolution(ent, "organization", (ent,))
            if any(
                self.toks[j].pos == "PROPN" and self.toks[j].case == "Gen"
                for j in range(m.head + 1, m.last + 1)
            ):
                ent = self._phrase_entity(m)  # "ведомство Азербайджана", first time named
                return Resolution(ent, "named", (ent,))

        def fitting(e: Entity) -> bool:
            return e.kind == "org" and e.media == m.media and self._fits(e, m)

        near = [  # what the noun may refer to: organizations standing as subjects nearby
            ent
            for tok, ent, nominative in reversed(self.timeline)
            if tok < at
            and self._sent(tok) >= sent - _PRONOUN_WINDOW
            and (nominative or self._source_position(tok))
            and not self._in_content(tok)
            and fitting(self.entities[ent])
        ]
        subjects = list(near)
        if m.media:  # "издание": any outlet the article names may be meant, however far back,
            near += [e.id for e in self.entities if fitting(e) and e.first < at]
            subjects += [  # named as a source, not in a photo credit ("Фото / УНИАН")
                ent
                for tok, ent, nominative in self.timeline
                if tok < at
                and fitting(self.entities[ent])
                and (nominative or self._source_position(tok))
                and not self._in_content(tok)
                and (tok == 0 or self.toks[tok - 1].text not in _CREDIT_MARKS)
            ]

        subjects += [  # an organization that spoke just before
            ent
            for tok, ent in self.speakers
            if tok < at and self._sent(tok) >= sent - 3 and fitting(self.entities[ent])
        ]

        named_before = {  # outside what anybody is reported to say ("передал акции X")
            ent
            for tok, ent, _ in self.timeline
            if tok < at and fitting(self.entities[ent]) and not self._in_content(tok)
        }

        def resolved(ent: int) -> Resolution:
            cands = _distinct([ent, *near])
            # named far back, or in passing: maybe another one meant, or one the article never
            # names ("говорится в статье"); unless it is the only one named so far
            if ent not in subjects and (m.media or named_before != {ent}):
                cands += (UNNAMED,)
            return Resolution(ent, "organization", cands)

        for tok, ent in reversed(self.speakers):
            if tok < at and self._sent(tok) >= sent - 3 and fitting(self.entities[ent]):
                return resolved(ent)
        for tok, ent, _ in reversed(self.timeline):
            if tok < at and fitting(self.entities[ent]):
                return resolved(ent)
        orgs = [e for e in self.entities if fitting(e)]
        if orgs:
            top = max(orgs, key=lambda e: (len(e.names), -e.first))
            if len(top.names) >= 2:
                return Resolution(
                    top.id, "organization", _distinct([top.id, *(e.id for e in orgs)])
                )
        return None

    def _fits(self, e: Entity, m: Mention) -> bool:
        """ "в компании" is no "Всемирная организация здравоохранения": an organization named
        with a noun of its own fits a generic noun of the same kind only."""
        own = {lemma for n in e.names for w in n.split()[:3] if (lemma := org_lemma(fold(w)))}
        # "хакеры Cerium", "группировку Strontium": a band the article calls so is no company
        own |= {
            "группировка"
            for k in e.name_mentions
            if (j := self.mentions[k].first - 1) >= 0
            and self.toks[j].lemma[:6] in lex.BAND_NOUN_STEMS
        }
        own |= {  # "на бирже NASDAQ": a market, no "компания"
            "биржа"
            for k in e.name_mentions
            if (j := self.mentions[k].first - 1) >= 0
            and self.toks[j].low.startswith(lex.MARKET_NOUN_STEMS)
        }
        if self._introduced_as(e, m.role_head):
            return True  # "рейтинговое агентство S&P" … "как сообщает агентство"
        family = lex.ORG_FAMILIES.get(m.role_head or "")
        if family is None:  # "парламент", "суд": a body called so, not any organization;
            return m.media or m.role_head in own  # "издание": any outlet
        if family != "company" and not own:
            # "правительство", "ведомство" name a state body: "Газпром" or a party is none
            return any(fold(n) in lex.INSTITUTION_PLACES for n in e.names)
        return not own or family in {lex.ORG_FAMILIES.get(x, "other") for x in own}

    def _introduced_as(self, e: Entity, noun: str | None) -> bool:
        """Did the article name this organization right after the very noun that now stands for
        it ("агентство Standard & Poor's")? A name in a foreign script has no noun of its own
        to fit a generic one by, but the noun it came with says what it is."""
        if noun is None:
            return False
        for k in e.name_mentions:
            m = self.mentions[k]
            start = m.name_span[0] if m.name_span is not None else m.first
            if any(org_lemma(self.toks[j].low) == noun for j in range(max(0, m.first - 1), start)):
                return True
        return False

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

    def _locative(self, k: int, m: Mention, at: int) -> Resolution | None:
        """ "в Минтрансе сообщили": the organization; "в Баку заявили": its government, if named."""
        if m.kind == "ORG":
            return self._named(k)
        if m.kind == "GEN":
            return self._generic(m, at)
        if m.kind == "LOC":
            return self._named(k)  # a capital may stand for its government: _place
        return None

    def _relative(self, m: Mention) -> Resolution | None:
        """ "…, который заявил": the mention before the comma."""
        j = m.first - 1
        while j >= 0 and self.toks[j].text == ",":
            j -= 1
        for k, other in enumerate(self.mentions):
            if other.last == j and other.kind in ("PER", "ORG"):
                return self._named(k)
        return None


def _distinct(ids: list[int]) -> tuple[int, ...]:
    return tuple(dict.fromkeys(ids))


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
