"""Attribution consistency: "X заявил, что …", "по словам X, …", "…, сообщил X" must give the
words to whoever says them in the article.

The claim (what X is said to have said) is aligned to the article's sentences; the rule layer
says who speaks there. X agrees when it is that speaker (by surname, organization, title), or,
where the rule layer names nobody, when X is mentioned in that sentence or in the two before it
in the same paragraph (where a speaker is introduced). A named speaker the article does not
connect with those words is a misattribution, the gravest error in political news. Vague sources
("по данным СМИ", "эксперты") are only wrong when the article gives the words to someone named.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from . import knowledge as kb
from .alignment import align, content_words, supported
from .claim import Claim
from .entities import name_supported
from .people import MEDIA_NAMES, SAY_VERBS, SOURCE_NOUNS, People, Person, Statement
from .roles import article_titles, fold_last, head_of, person_names, title_of_phrase
from .source import SourceIndex, WordSet
from .verdict import Reason
from .words import FUNCTION_WORDS, Tok, same_root, stem, words

_PRONOUNS = frozenset({"он", "она", "они", "его", "ее", "их", "него", "нее", "них"})
_EXTRA_VERBS = frozenset({"выяснить"})  # "выяснили ученые"
_RELATIVE = frozenset({"который", "которая", "которое", "которые", "которого", "которой"})
_GROUPS = kb.GROUP_SOURCES
_INSTITUTIONS = tuple(kb.INSTITUTION_NOUNS)
MAX_SPEAKER_TOKENS = 12  # a longer "speaker" is a misread clause
MAX_OWN_SPEAKER_TOKENS = 8  # the same, read in an article sentence: stricter
MIN_COVERAGE = 0.7  # below this the claim is not aligned well enough to judge who said it
MIN_CLAIM_WORDS = 3
CONTEXT_BEFORE = 2  # sentences before the aligned one where its speaker may be introduced
CONTEXT_AFTER = 1  # a lead states what the next sentence attributes
CONTEXT_BEFORE_SPEECH = 5  # for a sentence of direct speech
_SPEECH_OPENERS = frozenset('—–-«"“')


@dataclass(frozen=True)
class Speaker:
    """Who the summary says is speaking."""

    text: str
    length: int  # tokens
    surnames: tuple[str, ...]  # folded
    first_names: tuple[str | None, ...]
    bodies: tuple[str, ...]  # capitalized non-person words as written: "МИД", "СК", "Кремля"
    heads: tuple[str, ...]  # title heads: "глава", "артист"
    groups: tuple[str, ...]  # vague sources: "эксперт", "сми"
    pronoun: bool
    # the phrase's head when it is a common noun that is no source, title or group
    # ("Нападавшие на синагогу в … Вены"), folded; a body in its complement is no speaker
    nouns: tuple[str, ...] = ()

    @property
    def named(self) -> bool:
        return bool(self.surnames or self.bodies)


@dataclass(frozen=True)
class Attribution:
    speaker: Speaker
    claim: tuple[int, int]  # character span of what is said


def _is_say_verb(claim: Claim, t: Tok) -> bool:
    """A finite speech verb ("заявил", "сообщают", "уверен"); not "проинформировать"."""
    if t.pos not in ("VERB", "AUX", "ADJ") or t.low in FUNCTION_WORDS:
        return False
    a = claim.analysis_of(t.low)
    return a.finite and bool(a.lemmas & (SAY_VERBS | _EXTRA_VERBS | kb.OPINION_WORDS))


def find_attribution(claim: Claim) -> Attribution | None:
    toks = claim.toks
    n = len(toks)
    end = len(claim.text)
    # "По словам X, …" / "По данным X, …" / "…, по словам X."
    for k, t in enumerate(toks):
        if (
            t.low in SOURCE_NOUNS
            and k > 1
            and toks[k - 1].low in _PRONOUNS
            and toks[k - 2].low == "по"
            and k + 1 < n
            and toks[k + 1].text == ","
        ):  # "По его словам, …"
            return Attribution(_speaker(claim, [toks[k - 1]]), (toks[k + 1].stop, end))
        if t.low in SOURCE_NOUNS and k > 0 and toks[k - 1].low in ("по", "согласно"):
            stop = _next_punct(toks, k + 1)
            if stop - (k + 1) < 1:
                continue
            x = list(toks[k + 1 : stop])
            stop = _alias(toks, stop, x)
            if stop < n and toks[stop].text == ",":
                return Attribution(_speaker(claim, x), (toks[stop].stop, end))
            return Attribution(_speaker(claim, x), (0, toks[k - 1].start))
    for k, t in enumerate(toks):
        if not _is_say_verb(claim, t):
            continue
        before = toks[k - 1] if k > 0 else None
        stop = _next_punct(toks, k + 1)
        if (
            before is not None
            and before.text in (",", "—", "–", "-")
            and _has_subject(toks, k + 1, stop)
        ):
            # "…, — заявил X." / "…, сообщают СМИ." (not "Познер, имеющий …, прокомментировал
            # ситуацию": there the subject stands before)
            x = list(toks[k + 1 : stop])
            claim_end = before.start
            while claim_end > 0 and claim.text[claim_end - 1] in " ,—–-":
                claim_end -= 1
            return Attribution(_speaker(claim, x), (0, claim_end))
        # "X заявил, что …" / "В X заявили, что …" / "X: …"
        start = k
        while start > 0 and toks[start - 1].pos != "PUNCT":
            start -= 1
        # "Путин на совещании с руководством Минобороны, федеральных ведомств … заявил": a
        # segment without a subject continues the one before it
        while start > 1 and toks[start - 1].text == "," and not _has_subject(toks, start, k):
            start -= 1
            while start > 0 and toks[start - 1].pos != "PUNCT":
                start -= 1
        x = [u for u in toks[start:k] if u.low not in ("в", "во", "на") and u.pos != "PUNCT"]
        if not x:
            return None
        after = k + 1
        while after < n and (toks[after].pos == "PUNCT" or toks[after].low in ("что", "о", "об")):
            after += 1
        if after >= n:
            return None
        return Attribution(_speaker(claim, x), (toks[after].start, end))
    return None


_ALIAS_WORDS = frozenset({"известного", "известной", "известных", "псевдонимом", "прозвищу"})


def _alias(toks: Sequence[Tok], stop: int, x: list[Tok]) -> int:
    """ "рэпера Алишера Валеева, более известного как Моргенштерн, …": the alias joins the
    speaker; returns where the speaker phrase now ends."""
    if stop + 1 >= len(toks) or toks[stop].text != ",":
        return stop
    nxt = _next_punct(toks, stop + 1)
    if any(t.low in _ALIAS_WORDS for t in toks[stop + 1 : nxt]):
        x.extend(toks[stop + 1 : nxt])
        return nxt
    return stop


def _has_subject(toks: Sequence[Tok], a: int, b: int) -> bool:
    """Is there a noun or pronoun that may be in the nominative, not after a preposition?"""
    return any(
        toks[i].pos in ("NOUN", "PROPN", "PRON")
        and (not toks[i].cases or "Nom" in toks[i].cases)
        and not (i > 0 and toks[i - 1].pos == "ADP")
        for i in range(a, b)
    )


def _next_punct(toks: Sequence[Tok], k: int) -> int:
    while k < len(toks) and not (toks[k].pos == "PUNCT" and toks[k].text not in '«»"()'):
        k += 1
    return k


def _speaker(claim: Claim, x: Sequence[Tok]) -> Speaker:
    toks = claim.toks
    lo = toks.index(x[0]) if x else 0
    hi = toks.index(x[-1]) + 1 if x else 0
    runs = [(a, b) for a, b in person_names(claim) if lo <= a and b < hi]
    in_names = {i for a, b in runs for i in range(a, b + 1)}
    bodies, heads, groups = [], [], []
    head = _head_noun(claim, x, in_names)
    complement = False  # past a preposition after a common-noun head: its place, not it
    recipient = False
    for i in range(lo, hi):
        t = toks[i]
        if head is not None and i > lo and t.pos == "ADP":
            complement = True
        if complement:
            continue
        if t.low in kb.RECIPIENTS:
            recipient = True  # "в интервью телеканалу Sky News": spoken to, not speaking
            continue
        if recipient and (t.capitalized or t.pos == "PUNCT"):
            continue
        recipient = False
        if i in in_names or t.pos == "PUNCT" or t.low in FUNCTION_WORDS:
            continue
        h = head_of(t.low)
        if t.low in kb.GENERIC_CAPITALIZED or _group_word(t.low):
            groups.append(stem(t.low))
        elif h is not None:
            heads.append(h)
        elif (t.capitalized and not claim.opens_at(t.start)) or (
            t.text.isupper() and len(t.text) > 1
        ):
            bodies.append(t.text)
    return Speaker(
        text=" ".join(t.text for t in x),
        length=sum(t.pos != "PUNCT" for t in x),
        surnames=tuple(toks[b].low for _, b in runs),
        first_names=tuple(toks[a].low if a < b else None for a, b in runs),
        bodies=tuple(bodies),
        heads=tuple(heads),
        groups=tuple(groups),
        pronoun=any(t.low in _PRONOUNS for t in x) and not runs and not heads and not bodies,
        nouns=(head,) if head is not None and not (runs or heads or groups or bodies) else (),
    )


def _head_noun(claim: Claim, x: Sequence[Tok], in_names: set[int]) -> str | None:
    """The first word of the speaker phrase when it is a common noun (or a participle used as
    one, "Нападавшие") that may be in the nominative and is no name, title, group or body."""
    if not x:
        return None
    t = x[0]
    k = claim.toks.index(t)
    if k in in_names or t.low in FUNCTION_WORDS or t.low in _PRONOUNS:
        return None
    if t.pos not in ("NOUN", "VERB", "ADJ") or (t.cases and "Nom" not in t.cases):
        return None
    if t.capitalized and not claim.opens_at(t.start):
        return None  # a name or a body
    if t.text.isupper() or head_of(t.low) is not None or _group_word(t.low):
        return None
    if t.low.startswith(_INSTITUTIONS):
        return None  # "Власти в Москве заявили": may stand for the body the article names
    if t.low in kb.GENERIC_CAPITALIZED or (t.pos == "ADJ" and len(x) > 1):
        return None  # "Всемирная организация", "местных СМИ": an adjective before its noun
    nxt = claim.toks[k + 1] if k + 1 < len(claim.toks) else None
    if nxt is not None and nxt.pos not in ("ADP", "PUNCT") and not _is_say_verb(claim, nxt):
        return None  # "Большинство американцев": a quantity or a phrase, not a bare noun
    return t.low


def _group_word(low: str) -> bool:
    """A vague source by its stem or a longer one ("правоохранительных" for "правоохранител")."""
    s = stem(low)
    return s in _GROUPS or (len(s) >= 6 and s.startswith(_GROUP_PREFIXES))


_GROUP_PREFIXES = tuple(g for g in kb.GROUP_SOURCES if len(g) >= 6)


def _as_in_article(speaker: Speaker, source: SourceIndex) -> Speaker:
    """A capitalized word the article knows as no person's name ("Роструда") is a body."""
    persons = source.person_surnames
    pairs = list(zip(speaker.surnames, speaker.first_names, strict=True))
    keep = [(s, f) for s, f in pairs if any(_same_surname(s, p) for p in persons)]
    if len(keep) == len(pairs):
        return speaker
    moved = tuple(s.capitalize() for s, _ in pairs if (s, _) not in keep)
    return replace(
        speaker,
        surnames=tuple(s for s, _ in keep),
        first_names=tuple(f for _, f in keep),
        bodies=speaker.bodies + moved,
    )


def _same_surname(a: str, b: str) -> bool:
    if a == b or stem(a) == stem(b):
        return True
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    return len(short) >= 4 and long_.startswith(short) and len(long_) - len(short) <= 3


def _is(speaker: Speaker, person: Person) -> bool:
    """Is the summary's speaker this person or body of the article?"""
    name_words = [w for n in person.names for w in n.split()]
    folded = WordSet(w.strip('«»"').lower() for w in name_words)
    for s in speaker.surnames:
        if any(_same_surname(s, w.strip('«»"').lower().replace("ё", "е")) for w in name_words):
            return True
    for b in speaker.bodies:
        if name_supported(_word(b), folded):
            return True
    if speaker.heads and not speaker.surnames:
        for role in person.roles:
            title = title_of_phrase(role)
            if title is not None and any(
                title.head == h or title.offices() & _offices(h) for h in speaker.heads
            ):
                return True
    return bool(speaker.groups and person.media)


def _offices(head: str) -> frozenset[str]:
    from .roles import Title

    return Title(head, head, (), (), (), head).offices()


def _word(low: str):

    return words(low)[0]


def _mentioned(speaker: Speaker, source: SourceIndex, sentences: Sequence[int]) -> bool:
    """Is the speaker named (surname, body, title, group) in these sentences or the few before
    them in the same paragraph?"""
    stems: set[str] = set()
    ordered: dict[str, None] = {}  # in the text's order: initials are read from runs of words
    last = len(source.sentences) - 1
    for i in sentences:
        # direct speech ("— Недавно мой друг …") continues whoever was introduced before it
        direct = source.sentences[i].text.lstrip()[:1] in _SPEECH_OPENERS
        before = CONTEXT_BEFORE_SPEECH if direct else CONTEXT_BEFORE
        for j in range(max(0, i - before), min(last, i + CONTEXT_AFTER) + 1):
            if direct or source.sentences[j].paragraph == source.sentences[i].paragraph or j == i:
                ordered.update(dict.fromkeys(w.low for w in source.sentence_words[j]))
                stems |= source.sentence_stems[j]
    lows = set(ordered)
    local = WordSet(ordered)  # not from a set: its order (and so the initials) would vary by run
    keys = [*speaker.surnames, *speaker.heads, *speaker.groups]
    if any(stem(k) in stems or local.has_word(k) or _prefix_in(k, lows) for k in keys):
        return True
    if any(name_supported(_word(b), local) for b in speaker.bodies):
        return True
    if speaker.heads and not speaker.surnames:  # "артиста": a person with that title nearby
        for person in _titled(speaker, source):
            if any(_prefix_in(fold_last(n), lows) for n in person.names):
                return True
    return False


def _titled(speaker: Speaker, source: SourceIndex) -> list[Person]:
    out = []
    for person in source.people.people:
        if person.kind != "person" or not person.names:
            continue
        titles = [t for ts in article_titles(source, fold_last(person.names[0]), None) for t in ts]
        if any(t.head == h or t.offices() & _offices(h) for t in titles for h in speaker.heads):
            out.append(person)
    return out


def _prefix_in(key: str, lows: set[str]) -> bool:
    k = stem(key)
    return len(k) >= 4 and any(w.startswith(k) for w in lows)


def _own_speaker(source: SourceIndex, i: int) -> Speaker | None:
    """The speaker the article's sentence `i` names itself ("В правоохранительных органах
    подтвердили, что …"), when it names one."""
    att = find_attribution(source.claim(i))
    if att is None or att.speaker.pronoun or att.speaker.length > MAX_OWN_SPEAKER_TOKENS:
        return None  # no speaker, a pronoun, or too long a phrase to be read as one
    sp = att.speaker
    if (
        sp.bodies
        and not (sp.surnames or sp.heads or sp.groups)
        and all(_media(b) for b in sp.bodies)
    ):
        return None  # "напоминает РИА «Новости»": an outlet relaying, not a source
    return sp if sp.named or sp.heads or sp.groups else None


# "Тот ранее заявил", "Последний ответил": not the previous sentence's subject
_SWITCH = frozenset({"тот", "та", "те", "последний", "последняя", "последние"})
MAX_SWITCH_TOKENS = 2  # "Тот ранее"; a longer phrase ("Последний доклад министра") is no pronoun


def _switched_from(source: SourceIndex, i: int) -> Speaker | None:
    """The speaker of the sentence before `i` when sentence `i` gives its words to «тот» / «та»:
    the demonstrative points away from the previous subject to the other person just named
    ("Захарова ответила на слова Жарина. Тот ранее заявил, что …": Жарин said it)."""
    if i == 0:
        return None
    att = find_attribution(source.claim(i))
    if att is None or not att.speaker.text or att.speaker.length > MAX_SWITCH_TOKENS:
        return None
    if att.speaker.text.split()[0].lower() not in _SWITCH:
        return None
    return _own_speaker(source, i - 1)


def _media(text: str) -> bool:
    low = text.lower().strip('«»"')
    return any(low == m or low in m.split() for m in MEDIA_NAMES)


def _keys(sp: Speaker) -> set[str]:
    return {stem(k.lower()) for k in (*sp.surnames, *sp.bodies, *sp.heads, *sp.groups)}


def _same_speaker(claimed: Speaker, own: Speaker, source: SourceIndex) -> bool:
    """Can the summary's speaker be the one the article's sentence names? They share a name, a
    body, a title or a group ("МИД" in "официальный представитель МИД Мария Захарова"), or one
    is a vaguer reference to the other ("политик" for "Александр Лукашенко", "ФАС" for its
    head)."""
    own_words = WordSet(w.low for w in words(own.text))
    if claimed.surnames and own.surnames:  # two named people: the names decide
        return any(_same_surname(a, b) for a in claimed.surnames for b in own.surnames)
    if _keys(claimed) & _keys(own):
        return True
    if not (claimed.surnames or claimed.bodies or claimed.heads):  # "СМИ", "ученые"
        if any(_group_class(g) & _group_class(h) for g in claimed.groups for h in own.groups):
            return True
        outlet = bool(own.bodies) and all(_media(b) for b in own.bodies)
        return not own.surnames and not outlet  # wrong only against a named person or outlet
    if any(own_words.has_word(k) for k in (*claimed.surnames, *claimed.heads, *claimed.groups)):
        return True
    if any(name_supported(_word(b), own_words) for b in claimed.bodies):
        return True
    if claimed.heads and not claimed.surnames:
        if any(h in kb.GENERIC_TITLES for h in claimed.heads):
            return True  # "уверен политик": any named person may be so called
        if any(_offices(h) & _offices(o) for h in claimed.heads for o in own.heads):
            return True  # "исполнитель" / "певец"
    if claimed.bodies and not (claimed.surnames or claimed.heads):
        if own.heads and not own.surnames:
            return True  # "в Минобороны сообщили" / "заявил замминистра": its official
        for surname, first in zip(own.surnames, own.first_names, strict=True):
            titles = [t for ts in article_titles(source, surname, first) for t in ts]
            words_ = WordSet(w for t in titles for w in (*t.complement, t.head_low))
            if any(name_supported(_word(b), words_) for b in claimed.bodies):
                return True  # "ФАС предложила" / "Шаскольский", its head
    for surname, first in zip(claimed.surnames, claimed.first_names, strict=True):
        if own.surnames:
            break  # two named people are two people
        titles = [t for ts in article_titles(source, surname, first) for t in ts]
        if any(t.offices() & _offices(h) for t in titles for h in own.heads):
            return True  # "заявил глава МИД" for Лавров
    return False


def _said_in(speaker: Speaker, source: SourceIndex, sentences: Sequence[int]) -> bool:
    people = source.people
    spans = [(source.sentences[i].start, source.sentences[i].stop) for i in sentences]
    return any(
        _may_be(speaker, st, people)
        for st in people.statements
        if any(st.start < b and a < st.stop for a, b in spans)
    )


def _may_be(speaker: Speaker, st: Statement, people: People) -> bool:
    """May the article's words `st` be the summary speaker's? The rule layer gives them to one
    person at some confidence; its cue may point to others too ("По словам 24-летней артистки"
    after "Певица Клава Кока (настоящее имя — Клавдия Высокова)"): any of them will do. How sure
    the rule layer is decides what the reply shows, not who may have said the words."""
    return any(_is(speaker, people.people[p]) for p in (st.speaker, *st.others))


MIN_ELSEWHERE_SHARE = 0.6  # of the claim's content words the article has


def _says_elsewhere(
    claim: Claim, span: tuple[int, int], said: frozenset[str], source: SourceIndex
) -> bool:
    """Do the article's words of this speaker, anywhere in it, hold most of what the claim
    gives them ("Песков подтвердил, что возможность приобретения Белоруссией нефтяного
    месторождения будет прорабатываться" for "Белоруссия может приобрести месторождение нефти
    …, сообщил Песков", where the best-aligned sentence is a press office's)? `said`: the
    speaker's words (`_words_of`), read once per claim."""
    if not said:
        return False
    ws = [w.low for w in content_words(claim, span) if supported(w, source) is not None]
    if len(ws) < MIN_CLAIM_WORDS:
        return False
    held = sum(any(same_root(w, x) for x in said) for w in ws)
    return held >= MIN_ELSEWHERE_SHARE * len(ws)


def _words_of(speaker: Speaker, source: SourceIndex) -> frozenset[str]:
    """Every word the article may give this speaker, folded."""
    people = source.people
    return frozenset(
        w.low
        for st in people.statements
        if _may_be(speaker, st, people)
        for w in source.words_in(st.start, st.stop)
    )


def _as_speaker(person: Person) -> Speaker:
    """The rule layer's speaker as the summary would name it."""
    name = person.names[0] if person.names else ""
    titles = [t for t in map(title_of_phrase, person.roles) if t is not None]
    is_person = person.kind == "person"
    return Speaker(
        text=name,
        length=len(name.split()),
        surnames=(fold_last(name),) if is_person and name else (),
        first_names=(None,) if is_person and name else (),
        bodies=() if is_person else tuple(w for w in name.split() if w[:1].isupper()),
        heads=tuple(t.head for t in titles),
        groups=("сми",) if person.media else (),
        pronoun=False,
    )


def _group_class(group: str) -> frozenset[int]:
    return frozenset(
        k for k, c in enumerate(kb.GROUP_CLASSES) if any(group.startswith(p) for p in c)
    )


def check_attribution(
    claim: Claim, source: SourceIndex, previous: Speaker | None = None
) -> tuple[list[Reason], Speaker | None]:
    """Reasons, and the speaker (for the pronouns of the next sentence)."""
    att = find_attribution(claim)
    if att is None:
        return [], None
    speaker = _as_in_article(att.speaker, source)
    if speaker.length > MAX_SPEAKER_TOKENS or _RELATIVE & {w.lower() for w in speaker.text.split()}:
        return [], None  # a misread clause, or "…, который прокомментировал": not read here
    if speaker.pronoun:
        if previous is None or not previous.surnames:
            return [], None  # only a named speaker is followed into "по его словам"
        speaker = previous
    if speaker.nouns:
        return _party_as_source(claim, att, speaker, source), speaker
    if not (speaker.named or speaker.heads or speaker.groups):
        return [], speaker
    al = align(claim, source, att.claim)
    if al.content < MIN_CLAIM_WORDS or al.coverage < MIN_COVERAGE or not al.sentences:
        return [], speaker
    people = source.people
    said = _words_of(speaker, source)  # every path below reads it: once per claim
    if al.close and _said_in(speaker, source, al.close):
        # the article says it twice, once in this speaker's mouth
        return _words_of_others(claim, att.claim, speaker, said, source), speaker
    spans = [(source.sentences[i].start, source.sentences[i].stop) for i in al.sentences]
    there = [st for st in people.statements if any(st.start < b and a < st.stop for a, b in spans)]
    speakers = {st.speaker for st in there}
    if any(_may_be(speaker, st, people) for st in there) or _says_elsewhere(
        claim, att.claim, said, source
    ):
        return _words_of_others(claim, att.claim, speaker, said, source), speaker
    named_others = [
        people.people[p] for p in speakers if people.people[p].kind in ("person", "org")
    ]
    if any(_same_speaker(speaker, _as_speaker(p), source) for p in named_others):
        return [], speaker  # a vaguer reference to the article's speaker ("политик", "ФАС")
    own = _own_speaker(source, al.sentences[0])
    if own is not None and not _same_speaker(speaker, own, source):
        return [Reason("speaker", f"{speaker.text} (article: {own.text})")], speaker
    prior = _switched_from(source, al.sentences[0])
    if prior is not None and speaker.named and _same_speaker(speaker, prior, source):
        return [Reason("speaker", f"{speaker.text} (article: «тот», not {prior.text})")], speaker
    near = _mentioned(speaker, source, al.sentences)
    if speaker.surnames:  # a named person: the article must connect them with the words
        wrong = bool(named_others) or not near
    elif speaker.bodies or speaker.groups:  # a body or "эксперты": only against a named other
        wrong = bool(named_others) and not near
    else:  # a bare title ("по словам чиновника"): someone so titled must be near
        wrong = not near
    if not wrong:
        return [], speaker
    others = "; ".join(dict.fromkeys(p.names[0] for p in named_others if p.names)) or "nobody"
    return [Reason("speaker", f"{speaker.text} (article: {others})")], speaker


MIN_OTHERS_WORDS = 2  # content words only another speaker's sentences hold: a spliced claim


def _words_of_others(
    claim: Claim,
    span: tuple[int, int],
    speaker: Speaker,
    said: frozenset[str],
    source: SourceIndex,
) -> list[Reason]:
    """Words of the claim that the article has only in what someone else says ("Песков
    заявил…; по его словам, ситуация продолжает ухудшаться", where only Захарова says
    "ухудшаться"): the summary spliced two speakers into one."""
    people = source.people
    owner: dict[int, set[int]] = {}
    for st in people.statements:
        for i in range(
            source.sentence_of(st.start), source.sentence_of(max(st.start, st.stop - 1)) + 1
        ):
            owner.setdefault(i, set()).update((st.speaker, *st.others))
    mine = {p for p, person in enumerate(people.people) if _is(speaker, person)}
    others: list[str] = []
    names: set[int] = set()
    for w in content_words(claim, span):
        if w.capitalized or len(w.stem) < 4:
            continue  # names are the name check's; short stems match by chance
        where = supported(w, source)
        if not where or any(same_root(w.low, x) for x in said):
            continue  # not in the article by stem, or the speaker says it too, in another form
        if all(owner.get(i) and not owner[i] & mine for i in where):
            others.append(w.text)
            names |= {p for i in where for p in owner[i]}
    if len(others) < MIN_OTHERS_WORDS:
        return []
    said_by = "; ".join(
        dict.fromkeys(people.people[p].names[0] for p in names if people.people[p].names)
    )
    return [Reason("speaker", f"{', '.join(others)}: words of {said_by or 'another speaker'}")]


def _party_as_source(
    claim: Claim, att: Attribution, speaker: Speaker, source: SourceIndex
) -> list[Reason]:
    """A common noun as the speaker ("Нападавшие … сообщили о нападении") where the article
    sentence that says it names its own source, and that source is not the noun ("австрийские
    СМИ сообщили о нападении"): the summary made a party to the event its reporter."""
    al = align(claim, source, att.claim)
    if al.content < MIN_CLAIM_WORDS or al.coverage < MIN_COVERAGE or not al.sentences:
        return []
    i = al.sentences[0]
    own = _own_speaker(source, i)
    if own is None:
        return []
    own_words = [w.low for w in words(own.text)]
    if any(same_root(n, w) for n in speaker.nouns for w in own_words):
        return []
    # the same act of speech ("сообщили" / "сообщили"): the claim retells this very report, not
    # what the party said elsewhere (a truncated article may lack it: "Россияне признаются, …")
    verbs = [t.low for t in claim.toks if _is_say_verb(claim, t)]
    said = [w.low for w in source.sentence_words[i]]
    if not any(same_root(v, w) for v in verbs for w in said):
        return []
    return [Reason("speaker", f"{speaker.text} (article: {own.text})")]
