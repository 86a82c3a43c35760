"""Role-name consistency: a title next to a name in the summary must be one the article gives
that person ("Глава МИД ФРГ Штеффен Зайберт" when the article calls him the cabinet's
spokesman is wrong).

A title is read backwards from the name the way Russian builds it: the head noun ("глава",
"пресс-секретарь", "политолог"), its genitive complement ("МИД ФРГ"), adjectives before it
("бывший", "американского"). The article's titles for the person come from the rule layer and
from the same reading around every mention of the surname. Titles agree when they name the same
office (ROLE_CLASSES; "глава государства" is "президент"), both or neither are deputies or
former holders, and the complement's names are the article's.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from functools import partial

from ..nlp import load_nlp
from ..text import fold
from . import knowledge as kb
from .claim import Claim
from .entities import name_supported
from .people import role_lemma
from .source import SourceIndex, WordSet
from .verdict import Reason
from .words import FUNCTION_WORDS, Tok, stem, words

_QUOTES = frozenset('«»"“”„()')
_INNER_ADPS = frozenset({"по", "в", "во", "при", "от", "на", "с", "из"})
_MAX_PHRASE = 20
_AMBIGUOUS = frozenset({"политику", "политики", "политика", "политикой", "политике"})
_PATRONYMIC = ("вич", "вича", "вичу", "вичем", "вне", "вна", "вной", "вну", "ична", "ичны")
_DEPUTY = ("зам", "вице-", "заместител", "первый зам")


@dataclass(frozen=True)
class Title:
    head: str  # the head noun's lemma or occupation stem: "глава", "политолог"
    head_low: str  # as written, folded
    complement: tuple[str, ...]  # folded words after the head
    complement_text: tuple[str, ...]  # the same, verbatim
    modifiers: tuple[str, ...]  # folded adjectives before the head
    text: str  # the whole title, verbatim

    @property
    def former(self) -> bool:
        return self.head_low.startswith("экс") or any(
            m.startswith(p) for m in self.modifiers for p in kb.FORMER
        )

    @property
    def deputy(self) -> bool:
        return self.head_low.startswith(_DEPUTY) or self.head.startswith(_DEPUTY)

    def offices(self) -> frozenset[str]:
        """What office the title names: classes of ROLE_CLASSES, plus head of state or of
        government for "глава государства", "председатель правительства"."""
        head = self.head.removeprefix("экс-")
        first = stem(self.complement[0]) if self.complement else ""
        out = {head}
        if head in ("президент", "лидер") or (
            head in ("глава", "руководитель", "лидер")
            and (first in kb.STATE_WORDS or _country(self.complement_text[:1]))
        ):
            out.add("state")
        if head in ("премьер", "премьер-министр", "канцлер") or (
            head in ("глава", "председатель", "руководитель") and first in kb.GOVERNMENT_WORDS
        ):
            out.add("government")
        for k, group in enumerate(kb.ROLE_CLASSES):
            if any(head.startswith(p) for p in group):
                out.add(f"class{k}")
        return frozenset(out)


def _country(texts: Sequence[str]) -> bool:
    """A capitalized complement that is no organization ("Украины", not "МИД")."""
    return bool(texts) and texts[0][:1].isupper() and not texts[0].isupper()


def head_of(low: str) -> str | None:
    found = role_lemma(low)
    if found:
        return found
    if "-" in low and not low.startswith(("экс-", "вице-")):
        low = low.split("-")[0]  # "политолог-американист"
        found = role_lemma(low)
        if found:
            return found
    for p in _OCCUPATIONS:
        if low.startswith(p) and len(low) - len(p) <= 4:
            return p
    return None


_OCCUPATIONS = sorted(kb.OCCUPATIONS, key=lambda p: (-len(p), p))  # longest first, in a fixed order


def titles_before(
    toks: Sequence[Tok], i: int, last: int | None = None, nominative: bool | None = None
) -> list[Title]:
    """The titles right before the name at tokens `i`..`last`, nearest first: "телеведущего и
    комика Дмитрия Хрусталева" has two. A title is read right to left: its complement (genitive
    nouns, names, adjectives, prepositional phrases like "по международным делам"), its head, the
    heads it hangs on ("пресс-секретарь президента"), its adjectives; "и" after a head opens
    another title. `nominative`: whether the name is written as the article's nominative form
    (None: not known); pymorphy guesses foreign names' cases ("Никол Пашинян": Gen)."""
    name = _name_case(toks[i : (i if last is None else last) + 1], nominative)
    out: list[Title] = []
    stop = i  # where the current title ends
    heads: list[int] = []
    j = i - 1
    while j >= 0 and i - j <= _MAX_PHRASE:
        t = toks[j]
        if t.pos == "PUNCT" and t.text != ",":
            opening = _opening(toks, j)
            if opening is not None:
                j = opening - 1  # «Мясная империя», (Отечество): a name as a whole
                continue
            if t.text in _QUOTES:
                j -= 1
                continue
            break
        h = (
            head_of(t.low)
            if t.pos in ("NOUN", "PROPN", "ADJ", "X") and t.low not in _AMBIGUOUS
            else None
        )
        if h is not None and not _inner(toks, j, name):
            heads.append(j)  # "кандидат в президенты": "президенты" is no head
        elif (not heads and _complement_word(toks, j)) or (
            # "представитель кабинета министров": a genitive chain between two heads
            heads
            and (t.pos in ("ADJ", "DET") or (t.pos in ("NOUN", "PROPN") and _may_be(t, "Gen")))
        ):
            pass
        elif t.text == "," and not heads:
            break
        elif heads and (t.low == "и" or t.text == ","):
            title = _title(toks, heads, j + 1, stop, name, j)
            if title is None:
                return out
            out.append(title)
            stop, heads = j, []
        else:
            break
        j -= 1
    title = _title(toks, heads, j + 1, stop, name, j)
    if title is not None:
        out.append(title)
    return out


_PAIRS = {"»": "«", "”": "“", ")": "("}


def _inner(toks: Sequence[Tok], j: int, name: Tok) -> bool:
    """Is the title word at `j` inside another title's prepositional phrase ("кандидат в
    президенты", "уполномоченный при президенте")? After a preposition that hangs on no title
    ("покушение на премьер-министра Армении Никола Пашиняна", "встреча с президентом") it
    heads the name's title when it agrees with the name."""
    if j == 0 or toks[j - 1].low not in _INNER_ADPS:
        return False
    if j >= 2 and head_of(toks[j - 2].low) is not None:
        return True
    return not toks[j].agrees(name)


def _opening(toks: Sequence[Tok], j: int) -> int | None:
    """The opening mark of the quotation or parenthesis that token `j` closes, if near."""
    want = _PAIRS.get(toks[j].text)
    if want is None:
        return None
    for k in range(j - 1, max(-1, j - 10), -1):
        if toks[k].text == want:
            return k
    return None


def _complement_word(toks: Sequence[Tok], j: int) -> bool:
    t = toks[j]
    if t.pos in ("NOUN", "PROPN"):
        return t.case in ("Gen", None) or t.capitalized or _after_inner_adp(toks, j)
    if t.pos == "CCONJ":
        return t.low == "и"
    if t.pos == "X":
        return t.text[:1].isupper() and t.text[:1].isascii()  # a company: "Глава Tesla"
    return t.pos in ("ADJ", "DET") or (t.pos == "ADP" and t.low in _INNER_ADPS)


def _name_case(run: Sequence[Tok], nominative: bool | None = None) -> Tok:
    """The name's last word, with the cases all its words may share ("Сергей Цеков": Nom,
    though "Цеков" alone may be a genitive plural). A name written as the article's
    nominative may be one ("Никол Пашинян"); one written otherwise is not ("Никола Пашиняна":
    pymorphy reads "Никола" as a nominative only)."""
    sets = [t.cases for t in run if t.cases]
    common = frozenset.intersection(*sets) if sets else frozenset()
    if sets and not common:
        common = sets[0]
    if sets and nominative:
        common |= {"Nom"}
    elif sets and nominative is False:
        common = (common - {"Nom"}) or (run[-1].cases - {"Nom"}) or common
    return run[-1]._replace(cases=common)


def _may_be(t: Tok, case: str) -> bool:
    return case in t.cases if t.cases else t.case in (case, None)


def _title(
    toks: Sequence[Tok], heads: list[int], begin: int, stop: int, name: Tok, before: int
) -> Title | None:
    """The title of tokens `begin`..`stop` (exclusive) with these heads: the outermost head in the
    name's case ("жена предпринимателя Владимира Маругова": he is the businessman)."""
    if not heads:
        return None
    agreeing = [k for k in heads if toks[k].agrees(name)]
    if not agreeing and _may_be(name, "Gen"):
        return None  # "бывшая супруга Маругова", "адвокат Навального": his wife, his lawyer
    if not agreeing and before >= 0 and toks[before].pos in ("NOUN", "PROPN"):
        return None  # "в пресс-службе президента Дмитрий Песков": a complement, not a title
    head_at = (agreeing or heads)[-1]
    first = head_at
    while first - 1 >= begin and toks[first - 1].pos in ("ADJ", "DET"):
        first -= 1
    head = toks[head_at]
    comp = [t for t in toks[head_at + 1 : stop] if t.pos != "PUNCT"]
    mods = [t for t in toks[first:head_at] if t.pos != "PUNCT"]
    return Title(
        head=head_of(head.low) or head.low,
        head_low=head.low,
        complement=tuple(t.low for t in comp),
        complement_text=tuple(t.text for t in comp),
        modifiers=tuple(t.low for t in mods),
        text=" ".join(t.text for t in toks[first:stop]),
    )


def _after_inner_adp(toks: Sequence[Tok], j: int) -> bool:
    """ "по международным делам", "в Трехсторонней контактной группе": a noun in its
    preposition's case inside a title."""
    for k in (j - 1, j - 2, j - 3):
        if k < 0:
            return False
        if toks[k].pos == "ADP":
            return toks[k].low in _INNER_ADPS
        if toks[k].pos not in ("ADJ", "DET"):
            return False
    return False


def title_after(toks: Sequence[Tok], last: int) -> Title | None:
    """ "Зайберт, официальный представитель кабинета": a title in apposition after a name."""
    k = last + 1
    if k >= len(toks) or toks[k].text not in (",", "(", "—", "–"):
        return None
    k += 1
    start = k
    while k < len(toks) and toks[k].pos in ("ADJ", "DET") and k - start < 3:
        k += 1
    if k >= len(toks) or head_of(toks[k].low) is None:
        return None
    return title_at(toks, k, start)


def title_at(toks: Sequence[Tok], head_at: int, start: int | None = None) -> Title:
    """The title whose head is token `head_at`, read forward: its complement runs to the first
    punctuation mark or verb. `stop_name` tells whether a name follows it."""
    if start is None:
        start = head_at
        while start > 0 and toks[start - 1].pos in ("ADJ", "DET") and head_at - start < 3:
            start -= 1
    k = head_at + 1
    while k < len(toks) and k - head_at < _MAX_PHRASE and _complement_word(toks, k):
        k += 1
    comp = [t for t in toks[head_at + 1 : k] if t.pos != "PUNCT"]
    return Title(
        head=head_of(toks[head_at].low) or toks[head_at].low,
        head_low=toks[head_at].low,
        complement=tuple(t.low for t in comp),
        complement_text=tuple(t.text for t in comp),
        modifiers=tuple(t.low for t in toks[start:head_at]),
        text=" ".join(t.text for t in toks[start:k]),
    )


def bare_titles(source: SourceIndex, persons: set[int]) -> list[Title]:
    """Titles the article uses without a name ("По словам главы Tesla и SpaceX, …") whose
    latest person mentioned before them, within two sentences or the only one named so far, is
    one of `persons` (indices into the rule layer's people). Only titles that name their body ("Tesla") count: a bare
    "глава государства" may be anybody's."""
    if not persons:
        return []
    return [
        title for title, owner in source.memo(("bare",), lambda: _bare(source)) if owner in persons
    ]


def _bare(source: SourceIndex) -> list[tuple[Title, int]]:
    """Every bare title of the article with the person mentioned last before it."""
    mentions = sorted(
        (a, pid)
        for pid, p in enumerate(source.people.people)
        if p.kind == "person"
        for a, _ in p.spans
    )
    if not mentions:
        return []
    starts = [a for a, _ in mentions]
    named = [e for e in source.doc.entities if e.type == "PER"]
    out: list[tuple[Title, int]] = []
    toks = source.toks
    for k, t in enumerate(toks):
        if t.pos not in ("NOUN", "PROPN") or t.low in _AMBIGUOUS or head_of(t.low) is None:
            continue
        title = title_at(toks, k)
        if not any(c[:1].isupper() for c in title.complement_text):
            continue
        title_end = toks[min(len(toks) - 1, k + len(title.text.split()))].stop
        if any(t.start <= e.start <= title_end for e in named):
            continue  # a named title: read with its name
        at = bisect_left(starts, t.start) - 1
        if at < 0:
            continue
        owner = mentions[at][1]
        near = source.sentence_of(t.start) - source.sentence_of(mentions[at][0]) <= 2
        if near or all(pid == owner for _, pid in mentions[:at]):
            out.append((title, owner))  # or the only person named so far, however far back
    return out


def title_of_phrase(phrase: str) -> Title | None:
    """A title the rule layer gives as text: its first title word is the head."""
    ws = words(phrase)
    for k, w in enumerate(ws):
        h = head_of(w.low)
        if h is not None:
            return Title(
                head=h,
                head_low=w.low,
                complement=tuple(x.low for x in ws[k + 1 :]),
                complement_text=tuple(x.text for x in ws[k + 1 :]),
                modifiers=tuple(x.low for x in ws[:k]),
                text=phrase,
            )
    return None


def person_names(claim: Claim) -> list[tuple[int, int]]:
    """(first, last) token indices of every run of capitalized words naming a person: runs of
    capitalized words, less the places and titles before the name ("Азербайджана Ильхам
    Алиев" is "Ильхам Алиев")."""
    toks = claim.toks
    out: list[tuple[int, int]] = []

    def capital(t: Tok) -> bool:
        return t.capitalized and t.text[:1].isalpha() and not t.text.isupper()

    k = 0
    while k < len(toks):
        if not capital(toks[k]):
            k += 1
            continue
        last = k
        while last + 1 < len(toks) and capital(toks[last + 1]):
            last += 1
        first = k
        latin = toks[last].text[:1].isascii()
        while first <= last and (
            not _name_word(claim, toks[first]) or toks[first].text[:1].isascii() != latin
        ):
            first += 1
        if first <= last and any(claim.analysis_of(x.low).person for x in toks[first : last + 1]):
            out.append((first, last))
        k = last + 1
    return out


def _name_word(claim: Claim, t: Tok) -> bool:
    """A word that may be part of a person's name: a known name, or a word the dictionary does
    not know; not a title, a place or an ordinary word opening the sentence."""
    a = claim.analysis_of(t.low)
    if a.person or not a.known:
        return head_of(t.low) is None
    return not a.proper and not claim.opens_at(t.start)


def _surname_matches(a: str, b: str) -> bool:
    if a == b or stem(a) == stem(b):
        return True
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    return len(short) >= 4 and long_.startswith(short) and len(long_) - len(short) <= 3


def _same_first_name(a: str | None, b: str | None) -> bool:
    """Unknown first names agree; known ones must begin alike ("Владимира", "Владимир")."""
    return a is None or b is None or a[:3] == b[:3]


def article_titles(
    source: SourceIndex, surname: str, first_name: str | None
) -> tuple[list[Title], list[Title]]:
    """Cached per article: see `_article_titles`."""
    return source.memo(
        ("titles", surname, first_name), lambda: _article_titles(source, surname, first_name)
    )


def _article_titles(
    source: SourceIndex, surname: str, first_name: str | None
) -> tuple[list[Title], list[Title]]:
    """The titles the article gives the person with this surname (and first name, where both
    texts give one: "Татьяна Маругова" is not "Владимир Маругов"): next to the name or by the
    rule layer; and bare titles nearby, which may support a claimed title but not refute it."""
    out: list[Title] = []
    persons = set()
    for pid, person in enumerate(source.people.people):
        if (
            person.kind == "person"
            and any(_surname_matches(fold_last(n), surname) for n in person.names)
            and all(_same_first_name(first_name, _first_of(n)) for n in person.names)
        ):
            persons.add(pid)
            out.extend(t for t in map(title_of_phrase, person.roles) if t is not None)
    toks = source.toks
    for k, t in enumerate(toks):
        if not t.capitalized or not _surname_matches(t.low, surname):
            continue
        first = k
        for _ in range(2):  # a first name and a patronymic
            prev = toks[first - 1] if first > 0 else None
            if (
                prev is None
                or not prev.capitalized
                or prev.pos != "PROPN"
                or head_of(prev.low) is not None
                or (first < k and not toks[first].low.endswith(_PATRONYMIC))
            ):
                break
            first -= 1
        if not _same_first_name(first_name, toks[first].low if first < k else None):
            continue
        out.extend(titles_before(toks, first, k))
        after = title_after(toks, k)
        if after is not None:
            out.append(after)
    return out, bare_titles(source, persons)


def fold_last(name: str) -> str:
    ws = words(name)
    return ws[-1].low if ws else ""


def _first_of(name: str) -> str | None:
    ws = words(name)
    return ws[0].low if len(ws) > 1 else None


def _agree(claimed: Title, given: Title) -> bool:
    if claimed.deputy != given.deputy:
        return False
    shared = claimed.offices() & given.offices()
    if not shared:
        return False
    if claimed.former != given.former and not claimed.former:
        return False
    if shared & {"state", "government"} and not any(c[:1].isupper() for c in given.complement_text):
        return True  # "президент России" for "глава государства": the country goes without saying
    complement = WordSet([*given.modifiers, given.head_low, *given.complement])
    # a country is the given title's own ("президент России" for "президент Франции"), not
    # one its head stands for by metonymy ("президент" - "Кремль" - "России")
    place = WordSet([*given.modifiers, *given.complement])
    country = [_place_name(text) for text in claimed.complement_text]
    if _has_place(given) and any(
        _place_adjective(m) and not name_supported(words(m)[0], place) for m in claimed.modifiers
    ):
        return False  # "российский министр" for "министр иностранных дел Франции"
    for w, text, own in zip(claimed.complement, claimed.complement_text, country, strict=True):
        if w in FUNCTION_WORDS or not (text[:1].isupper() or head_of(w)):
            continue
        if not name_supported(words(text)[0], place if own else complement):
            return False
    return True


_PLACE_ADJECTIVES = tuple(sorted(p for g in kb.PLACE_ADJECTIVES for p in g if p.endswith("ск")))


def _place_adjective(low: str) -> bool:
    """ "российский", "французского": an adjective of a country or city (the table's)."""
    return low.startswith(_PLACE_ADJECTIVES)


def _place_name(text: str) -> bool:
    """A country or city ("Франции"), not a body ("Евросовета", "Минобороны": pymorphy knows
    them as organizations)."""
    if not _country((text,)):
        return False
    parses = load_nlp().morph_vocab.parse(fold(text))
    return not (parses and all("Orgn" in p.tag.grammemes for p in parses))


def _has_place(title: Title) -> bool:
    """The title names where the office is: a country after it or a place adjective before."""
    return any(_place_name(t) for t in title.complement_text) or any(
        _place_adjective(m) for m in title.modifiers
    )


def _said_near(title: Title, source: SourceIndex, surname: str) -> bool:
    """Does the article use the claimed title's words next to each other ("глава государства",
    "рэпер") within a sentence of a mention of the person?"""
    near: set[int] = set()
    for w in source.words:
        if w.capitalized and _surname_matches(w.low, surname):
            i = source.sentence_of(w.start)
            near |= {i - 1, i, i + 1}
    head = stem(title.head_low)
    comp = [stem(c) for c in title.complement if c not in FUNCTION_WORDS]
    if not comp:
        return False  # a bare "президент" near the name may be anybody's
    for i in near:
        if not 0 <= i < len(source.sentences):
            continue
        ws = source.sentence_words[i]
        for k, w in enumerate(ws):
            if w.stem != head and not w.low.startswith(title.head):
                continue
            following = [x.stem for x in ws[k + 1 : k + 1 + len(comp)]]
            if following != comp:  # the whole title, word for word
                continue
            after = ws[k + 1 + len(comp)] if k + 1 + len(comp) < len(ws) else None
            if after is None or not after.capitalized or _surname_matches(after.low, surname):
                return True  # bare, or this person's: not "президента США Дональда Трампа"
    return False


def _name(toks: Sequence[Tok], first: int, last: int) -> str:
    return " ".join(t.text for t in toks[first : last + 1])


def _word_near(title: Title, source: SourceIndex, surname: str) -> bool:
    """Is the title's head word, or one of its office, within a sentence of the person?"""
    offices = title.offices()
    for w in source.words:
        if not (w.capitalized and _surname_matches(w.low, surname)):
            continue
        i = source.sentence_of(w.start)
        for j in (i - 1, i, i + 1):
            if 0 <= j < len(source.sentences):
                for x in source.sentence_words[j]:
                    h = head_of(x.low)
                    if h is not None and (h == title.head or _offices_of(h) & offices):
                        return True
    return False


STATUS_GAP = 3  # words between a rank ("сенатор") and the name it is given to


def _status_given(title: Title, given: Sequence[Title], source: SourceIndex, surname: str) -> bool:
    """Does the article give the person this rank: among their titles, or right before their
    name ("сенатор от Калифорнии Камала Харрис")? A senator mentioned in the next clause is
    someone else."""
    if any(g.head == title.head for g in given):
        return True
    implied = kb.STATUS_BODIES.get(title.head, frozenset())
    if any(w.startswith(tuple(implied)) for g in given for w in (*g.modifiers, *g.complement)):
        return True  # "зампред комитета Госдумы" is a deputy
    ws = source.words
    for k, w in enumerate(ws):
        if w.capitalized and _surname_matches(w.low, surname):
            for x in ws[max(0, k - STATUS_GAP - 2) : k]:
                if head_of(x.low) == title.head:
                    return True
    return False


def _offices_of(head: str) -> frozenset[str]:
    return Title(head, head, (), (), (), head).offices()


def _coordinated(toks: Sequence[Tok], first: int, last: int) -> bool:
    """ "Владимир Путин и Реджеп Тайип Эрдоган": one title for several names."""
    before = first >= 2 and toks[first - 1].low == "и" and toks[first - 2].pos == "PROPN"
    after = last + 2 < len(toks) and toks[last + 1].low == "и" and toks[last + 2].pos == "PROPN"
    return before or after


def check_roles(claim: Claim, source: SourceIndex) -> list[Reason]:
    """A title the article gives the person otherwise is wrong; where the article gives the
    person no title of its own, nothing can be told and nothing is reported."""
    out: list[Reason] = []
    toks = claim.toks
    for first, last in person_names(claim):
        surname = toks[last].low
        claimed = titles_before(toks, first, last, _nominative(surname))
        if not claimed or not source.has_word(surname) or _coordinated(toks, first, last):
            continue  # no title, an invented name (the name check reports it), several names
        first_name = toks[first].low if first < last else None
        given, bare = article_titles(source, surname, first_name)
        if not given:  # no title next to the name: the title's word must at least be near it
            out += [
                Reason("role", f"{t.text} {_name(toks, first, last)} (article: no such title)")
                for t in claimed
                if t.head not in kb.STATUS_TITLES
                and not any(_agree(t, b) for b in bare)
                and not _word_near(t, source, surname)
            ]
            continue
        for title in claimed:
            if title.head in kb.STATUS_TITLES and _status_given(title, given, source, surname):
                continue  # a rank or standing goes with any office, if the article gives it
            if any(_agree(title, g) for g in given):
                continue  # (a bare title nearby may be someone else's: the named ones decide)
            if any(c[:1].isupper() for c in title.complement_text) and any(
                _agree(title, b) for b in bare
            ):
                continue  # "Глава Tesla Илон Маск" for "миллиардер … По словам главы Tesla"
            if _said_near(title, source, surname):
                continue
            shown = "; ".join(dict.fromkeys(g.text for g in given))
            name = " ".join(t.text for t in toks[first : last + 1])
            out.append(Reason("role", f"{title.text} {name} (article: {shown})"))
    return out


_CONSONANTS = frozenset("бвгджзклмнпрстфхцчшщ")
_FEMININE = ("ова", "ева", "ёва", "ина", "ына", "ая", "яя")


def _nominative(surname: str) -> bool | None:
    """May the surname as written be a nominative? A Cyrillic surname ending in a consonant
    is one ("Пашинян", "Дарманен": pymorphy guesses them genitive plurals); one that adds
    "а"/"у" to a consonant, unless a woman's ("Кудрявцева"), is an oblique case ("Пашиняна").
    None: the word does not tell."""
    if surname[-1:] in _CONSONANTS:
        return True
    if len(surname) > 3 and surname[-1] in "аяую" and surname[-2] in _CONSONANTS:
        return None if surname.endswith(_FEMININE) else False
    return None


def check_full_names(claim: Claim, source: SourceIndex) -> list[Reason]:
    """A first name and surname must go together as in the article: "Эмбер Депп" when the
    article only knows "Джонни Деппа" and "Эмбер Херд" is a made-up person."""
    out: list[Reason] = []
    toks = claim.toks
    for first, last in person_names(claim):
        if first == last or not source.has_word(toks[last].low):
            continue
        surname = toks[last].low
        given = source.memo(("first names", surname), partial(_first_names, source, surname))
        mine = [t.low for t in toks[first:last]]
        if given and not any(_same_first_name(m, g) for m in mine for g in given):
            name = " ".join(t.text for t in toks[first : last + 1])
            out.append(Reason("name", f"{name} (article: {', '.join(sorted(given))})"))
    return out


def _first_names(source: SourceIndex, surname: str) -> set[str]:
    """The first names the article writes before this surname."""
    toks = source.toks
    out = set()
    for k, t in enumerate(toks):
        if k and t.capitalized and _surname_matches(t.low, surname):
            for prev in (toks[k - 1], toks[k - 2] if k > 1 else None):  # "Реджеп Тайип"
                if prev is None or not (prev.capitalized and prev.pos == "PROPN"):
                    break
                if head_of(prev.low) is None:
                    out.add(prev.low)
    return out
