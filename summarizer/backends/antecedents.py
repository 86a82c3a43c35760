"""Who a sentence names only by surname, and which sentences introduce that person.

"Зеле подчеркнул…" or "Джонсон и Дэвис были ключевыми министрами" reads in the article, where
"глава OMV Райнер Зеле" and "министр по делам Brexit Дэвид Дэвис" came a few sentences before; in
a three-sentence summary that left those sentences out, nobody knows who they are. The
extractive selection takes such a sentence only together with (after) one that introduces the
person: by first name and surname, or by a role and the surname ("министр Джонсон").

natasha's NER finds the people (the document tags once, for the rule layer too); a person the
article itself first names by surname alone ("Трамп"), or a name every reader knows, needs no
introduction. A name natasha does not tag needs none either: the check only ever holds a sentence
back, never lets one through that the ranking kept out.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..document import Document, Entity
from ..text import Sentence, common_prefix, fold

# Names every reader of Russian political news knows without a first name.
_KNOWN = frozenset(
    "путин трамп байден зеленский лукашенко меркель макрон обама эрдоган токаев назарбаев "
    "шольц".split()
)
# A role right before a surname introduces the person ("министр Джонсон", "глава OMV Зеле").
ROLE = re.compile(
    r"(?:президент|премьер|министр|глав|лидер|посол|сенатор|губернатор|спикер|депутат|председател"
    r"|представител|канцлер|генсек|секретар|директор|мэр|кандидат|советник|руководител|основател"
    r"|король|королев|принц|папа|патриарх|журналист|эксперт|аналитик|политолог|адвокат|судь"
    r"|прокурор|генерал|командующ|бизнесмен|актер|актёр|актрис|певец|певиц|писател|блогер"
    r"|активист|оппозиционер|экономист|профессор|главред|редактор|детектив|полицейск|сотрудник"
    r"|член|вице|экс|госсекретар|конгрессмен|дипломат|пресс-секретар|глава|шеф|владел|ведущ"
    r"|игрок|тренер|капитан|уполномоченн|омбудсмен|атаман|мулла|имам|епископ|митрополит|архиеписк"
    r"|хан|шейх|эмир|наследн|супруг|жена|муж|сын|дочь|брат|сестр|мать|отец|вдов)\w*",
    re.I,
)
_WORD = re.compile(r"[\w-]+")
# The pipeline cuts its input at 50,000 characters (SUMMARIZER_MAX_CHARS) and tags all of it for
# the rule layer anyway. A longer untagged text, given to the backend directly, is not tagged for
# this check: the selection then works as it did without it, and a megabyte costs no model time.
WHOLE_CHARS = 50_000


@dataclass(frozen=True)
class Mention:
    sentence: int
    key: str  # the surname, folded
    full: bool  # first name and surname, or a role and the surname


def same_person(a: str, b: str) -> bool:
    """Surname keys of one person, allowing for a case ending natasha did not normalize
    ("Джонсон" / "Джонсона", "Мэй" / "Мэя")."""
    if a == b:
        return True
    common = common_prefix(a, b)
    return abs(len(a) - len(b)) <= 2 and common >= max(2, max(len(a), len(b)) - 3)


def _introduced(text: str, entity: Entity, sentence: Sentence) -> bool:
    if len(entity.normal.split()) >= 2:
        return True
    before = _WORD.findall(text[sentence.start : entity.start])[-4:]
    return any(ROLE.fullmatch(w) for w in before)


def mentions(doc: Document) -> list[Mention]:
    """Every person natasha tags, in text order, with the sentence it stands in."""
    starts = [s.start for s in doc.sentences]
    if "natasha" not in doc.__dict__ and len(doc.text) > WHOLE_CHARS:
        return []
    out: list[Mention] = []
    k = 0
    for entity in doc.entities:
        if entity.type != "PER":
            continue
        while k + 1 < len(starts) and starts[k + 1] <= entity.start:
            k += 1
        words = entity.normal.split()
        if not words:
            continue
        sentence = doc.sentences[k]
        out.append(Mention(k, fold(words[-1]), _introduced(doc.text, entity, sentence)))
    return out


# A capitalized word that no other capitalized word follows: in "Дэвида Дэвиса" the first name
# "Дэвида" is not an earlier bare mention of "Дэвис".
_CAPITALIZED = re.compile(
    r"\b[А-ЯЁA-Z][а-яёa-z]+(?:-[А-ЯЁA-Z][а-яёa-z]+)?\b(?!\s+[А-ЯЁA-Z][а-яёa-z])"
)


def _named_before(doc: Document, key: str, stop: int) -> bool:
    """The surname stands in a sentence before `stop` where NER did not tag it ("Маас прибыл…"
    opening the text)."""
    return any(
        same_person(fold(w), key)
        for s in doc.sentences[:stop]
        for w in _CAPITALIZED.findall(s.text)
    )


def _people(found: Sequence[Mention]) -> list[list[Mention]]:
    """Mentions grouped by person (surname keys compared with `same_person`), in text order.
    Linear in mentions times people, not quadratic in mentions."""
    people: list[list[Mention]] = []
    for m in found:
        group = next((g for g in people if same_person(g[0].key, m.key)), None)
        if group is None:
            people.append([m])
        else:
            group.append(m)
    return people


def person_needs(doc: Document) -> tuple[tuple[frozenset[int], ...], ...]:
    """For each sentence, the people it names only by surname whom the article introduced before:
    for each, the sentences that introduce them (one of which a summary must hold before it)."""
    needs: list[list[frozenset[int]]] = [[] for _ in doc.sentences]
    for same in _people(mentions(doc)):
        first = same[0]
        if (
            any(same_person(first.key, known) for known in _KNOWN)
            or not any(o.full for o in same if o.sentence == first.sentence)
            or _named_before(doc, first.key, first.sentence)
        ):
            continue  # known to all, or the article itself names the person by surname first
        full = {o.sentence for o in same if o.full}
        for m in same:
            if m.sentence in full:
                continue  # the sentence introduces the person itself
            intro = frozenset(k for k in full if k < m.sentence)
            if intro and intro not in needs[m.sentence]:
                needs[m.sentence].append(intro)
    return tuple(tuple(n) for n in needs)


def unmet(
    needs: Sequence[frozenset[int]], present: Sequence[int] | frozenset[int]
) -> list[frozenset[int]]:
    """The introductions `present` (the summary's sentences) lacks."""
    return [group for group in needs if not group & set(present)]
