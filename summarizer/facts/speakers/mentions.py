"""Who can speak in an article: named people, organizations and places, titles ("глава
государства"), organization nouns ("ведомство"), pronouns.

natasha's NER finds the names; the titles and organization nouns around them are found here,
because they are what ties "– …, – заявил глава государства" to a named person.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Any

from ...text import fold
from . import lexicon as lex
from .quotes import QUOTE_CHARS, strip_quotes
from .tokens import OBLIQUE_CASES, Tok

_LATIN = re.compile(r"[A-Za-z]")
# "британского", "российского": an adjective that names a country, not one that refers back
_PROPER_ADJ = re.compile(r"[сц]к(?:ий|ого|ому|им|ом|ая|ой|ую|ое|ие|их|ими)$")
_CLOSING_QUOTES = frozenset('»”"')
_COMPLEMENT_ADPS = frozenset(["по", "в", "во", "при", "от", "на", "для", "с", "со", "по-"])
_RELATIONAL_ROLES = lex.RELATIONAL_ROLES | lex.words("адвокат защитник помощник советник")
# Church titles followed by the see, then the name: "митрополит Галльский Эммануил".
_CHURCH_TITLES = lex.words("митрополит митрополита архиепископ архиепископа епископ епископа")
_AGE_WORD = re.compile(r"летн(?:ий|его|ему|им|ем|яя|ей|юю)$")  # "56-летний", "шестидесятилетняя"
# A person's office that speaks for them: "пресс-служба Лукашенко", "офис Зеленского".
_PERSONAL_OFFICES = lex.words("пресс-служба пресс-центр канцелярия офис секретариат")
_AIDE_ROLES = _RELATIONAL_ROLES | lex.PROXY_ROLES | lex.words("депутат сотрудник")
_GLUED = re.compile(r"^[A-ZА-ЯЁ]{2,}(?=[А-ЯЁ][а-яё]{2,})")  # "ООНГрушко"
_KEPT_PUNCT = QUOTE_CHARS | {")"}  # closing marks a title keeps: "Общества (GfbV)"
_AMBIGUOUS_ROLES = frozenset({"политик", "секретарь"})
_ROLE_GENDER = {
    "муж": "Masc",
    "супруг": "Masc",
    "сын": "Masc",
    "отец": "Masc",
    "брат": "Masc",
    "жена": "Fem",
    "супруга": "Fem",
    "дочь": "Fem",
    "сестра": "Fem",
}
_LEFT_MODIFIERS = lex.words(
    "бывший бывшего бывшему бывшим бывшем бывшая бывшей бывшую "
    "бывшие бывших экс новый новая новые нынешний действующий "
    "временно исполняющий"
)


def _stem_table(words: frozenset[str]) -> dict[str, str]:
    table = {w: w for w in words}  # a word is itself first: "супруг", not "супруга" less "а"
    for w in sorted(words):
        if w[-1:] in "аяоеьйы" and len(w) > 3:
            table.setdefault(w[:-1], w)
    return table


_ROLE_STEMS = _stem_table(lex.ROLE_NOUNS) | {"посл": "посол"}  # "посла": a fleeting vowel
_ORG_STEMS = _stem_table(lex.ORG_NOUNS)


_STEM_STARTS = frozenset(k[:3] for k in (*_ROLE_STEMS, *_ORG_STEMS))


def noun_lemma(low: str, table: dict[str, str]) -> str | None:
    """The lexicon word that `low` inflects, by stripping a case ending ("министра" -> "министр")."""
    if low[:3] not in _STEM_STARTS:
        return None
    for cut in range(5):
        if cut >= len(low):
            break
        stem, ending = low[: len(low) - cut], low[len(low) - cut :]
        if stem in table and ending in lex.NOUN_ENDINGS:
            return table[stem]
    return None


def role_lemma(low: str) -> str | None:
    found = noun_lemma(low, _ROLE_STEMS)
    if found:
        return found
    if "-" not in low:
        return None
    head = low.split("-", 1)[0]  # "политолог-американист": the first noun names the title
    if len(head) > 3 and noun_lemma(head, _ROLE_STEMS):
        return noun_lemma(head, _ROLE_STEMS)
    for prefix in lex.ROLE_PREFIXES:
        if low.startswith(prefix):
            base = noun_lemma(low[len(prefix) :], _ROLE_STEMS)
            if base:
                return prefix + base
    return None


def org_lemma(low: str) -> str | None:
    return noun_lemma(low, _ORG_STEMS)


def _most_votes(votes: list[str]) -> str:
    """The most frequent value; a tie goes to the one voted first (a first name before its
    surname: "Аманду" Fem, "Шарп-Джефферсон" Masc is a woman). Never a set's order, which
    changes with the interpreter's hash seed and made one article's speakers differ by process."""
    return max(votes, key=votes.count)


@dataclass(frozen=True)
class Mention:
    """A stretch of tokens that may be the subject of a speech verb.

    Names and titles are kept verbatim here (cheap); `Namer` puts the few that end up on a
    speaker into the nominative.
    """

    kind: str  # PER, ORG, LOC, ROLE (a title), GEN (an organization noun), PRON, REL
    first: int  # first token, title or descriptor included
    last: int  # last token
    head: int  # the token whose case and number the mention has
    name: str | None = None  # verbatim name for PER, ORG, LOC, GEN
    name_span: tuple[int, int, int] | None = None  # (first, head, last) tokens of the name
    normal: str | None = None  # natasha's normal form (persons)
    role: str | None = None  # verbatim title: "президента Казахстана"
    role_span: tuple[int, int, int] | None = None  # (first, head, last) tokens of the title
    role_head: str | None = None  # "президент", "глава"
    role_comp: str | None = None  # stem of the title's complement: "казах"
    role_proper: bool = False  # the complement names somebody: "президент Казахстана"
    role_prep: bool = False  # the complement is a prepositional phrase: "министр по делам …"
    role_aide: bool = False  # somebody's aide or relative: "представитель посла", "жена премьера"
    gender: str | None = None
    number: str | None = None
    media: bool = False  # a news outlet
    target: int | None = None  # PROXY: index of the organization mention spoken for
    nominative: bool = False  # the name stands in the nominative in the text


@dataclass(frozen=True)
class _Span:
    type: str
    first: int
    last: int
    normal: str


def _natasha_spans(doc: Any, toks: tuple[Tok, ...]) -> list[_Span]:
    by_start = {t.start: t.i for t in toks}
    by_stop = {t.stop: t.i for t in toks}
    out: list[_Span] = []
    for s in doc.natasha.spans:
        first, last = by_start.get(s.start), by_stop.get(s.stop)
        if first is None or last is None:
            continue
        normal = s.normal or s.text
        kind = s.type
        if (
            kind == "PER"
            and last - first >= 2
            and toks[first].case in OBLIQUE_CASES
            and all(toks[k].case == "Nom" for k in range(first + 1, last + 1))
        ):
            # "адвокат Асии Биби Саиф Уль-Малук": the tagger glued a genitive surname to the
            # next name; the words in the nominative are the name
            first += 1
            normal = " ".join(normal.split()[1:]) or normal
        if toks[last].para != toks[first].para:  # "Африка\nБайден": a heading and a name
            while first < last and toks[first].para != toks[last].para:
                first += 1
            normal = " ".join(normal.split()[-(last - first + 1) :]) or normal
        if (
            kind == "PER"
            and last > first
            and first > 0
            and toks[first - 1].low in _CHURCH_TITLES
            and toks[first].low.endswith(("ский", "цкий", "ской"))
        ):  # "митрополит Галльский Эммануил": the see belongs to the title
            first += 1
            normal = " ".join(normal.split()[1:]) or normal
        if kind == "PER" and last > first and _AGE_WORD.search(toks[first].low):
            first += 1  # "Шестидесятивосьмилетняя Руссефф" at a sentence start: her age
            normal = " ".join(normal.split()[1:]) or normal
        if kind == "PER" and last > first and role_lemma(toks[first].low):
            first += 1  # "Советница Трампа" at a sentence start: a title, then the name
            normal = " ".join(normal.split()[1:]) or normal
        if kind == "PER":  # "Гайко Маас (Heiko Maas)": the name before the brackets
            for k in range(first + 1, last + 1):
                if toks[k].text == "(":
                    last = k - 1
                    normal = normal.split("(")[0].strip()
                    break
        if (
            kind == "PER"
            and last + 1 < len(toks)
            and toks[last + 1].low in lex.NAME_PARTICLES_AFTER
            and toks[last + 1].para == toks[last].para
        ):  # "Полад Бюльбюль оглы": the particle is part of the name
            last += 1
            normal = f"{normal} {toks[last].low}"
        low = fold(normal)
        if kind in ("LOC", "PER") and low in lex.INSTITUTION_PLACES:
            kind = "ORG"
        elif kind == "LOC" and "военн" in low and "округ" in low:
            kind = "ORG"  # "в Западном военном округе сообщили": a command, not a place
        elif kind == "PER" and low in lex.CAPITAL_COUNTRY:
            kind = "LOC"
        elif kind == "PER" and not any(ch.isupper() for ch in s.text):
            continue
        out.append(_Span(kind, first, last, normal))
    return _regroup_names(out, toks)


def _regroup_names(spans: list[_Span], toks: tuple[Tok, ...]) -> list[_Span]:
    """ "адвоката Асии | Биби Саиф Уль-Малук": the tagger split one name after its first word
    and glued the rest to the next; a genitive name takes the word back."""
    out = list(spans)
    for k in range(len(out) - 1):
        a, b = out[k], out[k + 1]
        if (
            a.type == b.type == "PER"
            and b.first == a.last + 1
            and b.last - b.first >= 2
            and toks[b.first + 1].low not in lex.NAME_PARTICLES_INSIDE  # "Баудевейн ван Эйк"
            and toks[a.last].case in OBLIQUE_CASES
            and toks[b.first].sent == toks[a.last].sent
        ):
            words = b.normal.split()
            out[k] = _Span("PER", a.first, b.first, f"{a.normal} {words[0] if words else ''}")
            out[k + 1] = _Span("PER", b.first + 1, b.last, " ".join(words[1:]) or b.normal)
    return out


class _Builder:
    """Walks the tokens once; owns nothing after `build` returns."""

    def __init__(self, doc: Any, toks: tuple[Tok, ...]) -> None:
        self.doc = doc
        self.text = doc.text
        self.toks = toks
        self.vocab = doc.nlp.morph_vocab
        self.spans = _natasha_spans(doc, toks)
        self.span_at: dict[int, _Span] = {}
        self.descriptor: dict[int, int] = {}  # ORG span start -> the noun before it ("газета")
        votes: dict[str, list[str]] = {}
        for sp in self.spans:
            for k in range(sp.first, sp.last + 1):
                self.span_at[k] = sp
            if sp.type == "PER":
                key = fold(toks[sp.last].text)[:4]
                for k in range(sp.first, sp.last + 1):
                    gender = toks[k].gender
                    if gender:  # first names tell the gender better than surnames
                        votes.setdefault(key, []).extend([gender] * (1 if k == sp.last else 3))
        # "Асия Биби" (Fem) tells the gender of a later bare "Биби"
        self.surname_gender = {k: _most_votes(v) for k, v in votes.items() if v}

    # -- complements -------------------------------------------------------------------------

    def complement(self, j: int, limit: int = 10, person: bool = True) -> tuple[int, _Span | None]:
        """Tokens after a title or organization noun that belong to it: "… США в Германии".

        Returns the last token taken (j - 1 when none) and the PER span right after, if any.
        """
        toks, n = self.toks, len(self.toks)
        last = j - 1
        taken = 0
        after_adp = False
        sent = toks[j - 1].sent if j > 0 else 0
        while j < n and taken < limit and toks[j].sent == sent:
            t = toks[j]
            sp = self.span_at.get(j)
            if sp is not None and sp.first == j:
                if sp.type == "PER":
                    return last, sp
                if not after_adp and toks[j].case not in (None, "Gen") and sp.type == "LOC":
                    break
                last = j = sp.last
                j += 1
                taken += 1
                after_adp = False
                continue
            if t.text in QUOTE_CHARS:
                close = self._closing_quote(j)
                if close is None:
                    if t.text in _CLOSING_QUOTES and taken:
                        last = j
                        j += 1
                        continue
                    break
                last = j = close
                j += 1
                taken += 1
                continue
            if t.pos == "ADP" and self._complement_adp(j, person):
                after_adp = True
                j += 1
                continue
            if (
                t.pos == "CCONJ"
                and t.low == "и"
                and taken
                and j + 1 < n
                and toks[j + 1].case not in ("Nom", None)
                and toks[j + 1].pos in ("NOUN", "PROPN", "ADJ")
                and (
                    toks[j + 1].case in ("Gen", toks[last].case)
                    or after_adp
                    or toks[last].case != "Gen"
                )
            ):
                after_adp = toks[last].case != "Gen"  # "по экономической политике и собственности"
                j += 1
                continue
            if t.pos in ("NOUN", "PROPN", "ADJ", "DET", "NUM", "X") and (
                t.case == "Gen" or after_adp or (t.case is None and t.pos in ("PROPN", "X", "NUM"))
            ):
                if t.pos in ("NOUN", "PROPN"):
                    after_adp = False
                last = j
                j += 1
                taken += 1
                continue
            break
        return last, None

    def _complement_adp(self, j: int, person: bool) -> bool:
        """ "министр по делам религии", "посол США в Германии", "кандидат от демократов"."""
        toks = self.toks
        if j + 1 >= len(toks):
            return False
        adp, nxt = toks[j].low, toks[j + 1]
        if adp in ("по", "при"):
            return nxt.pos in ("NOUN", "ADJ", "PROPN", "X")
        if adp == "от" and person:
            return nxt.pos in ("NOUN", "ADJ", "PROPN")
        if adp in ("в", "во"):
            sp = self.span_at.get(j + 1)
            if sp is not None and sp.first == j + 1:
                return sp.type == "LOC" or (
                    sp.type == "ORG" and fold(sp.normal) not in lex.MEDIA_NAMES
                )
            return (org_lemma(nxt.low) is not None and nxt.case == "Loc" and person) or (
                person and nxt.number == "Plur" and role_lemma(nxt.low) is not None
            )
        return False

    def _closing_quote(self, j: int) -> int | None:
        toks = self.toks
        opener = toks[j].text
        closer = {"«": "»", "„": "“", "“": "”"}.get(opener, opener)
        for k in range(j + 1, min(len(toks), j + 8)):
            if toks[k].text == closer:
                return k if k > j + 1 else None
            if toks[k].pos == "PUNCT" and toks[k].text in ",.;:!?" and not self._glued(k):
                return None
        return None

    def _glued(self, k: int) -> bool:
        """A dot inside a name, with no space either side: "«М.Видео-Эльдорадо»"."""
        toks = self.toks
        return (
            toks[k].text == "."
            and 0 < k < len(toks) - 1
            and toks[k - 1].stop == toks[k].start
            and toks[k].stop == toks[k + 1].start
            and toks[k + 1].text[:1].isalpha()
        )

    def left_modifiers(self, i: int) -> int:
        toks = self.toks
        head = toks[i]
        k = i
        while k > 0:
            t = toks[k - 1]
            if t.sent != head.sent or k - 1 in self.span_at or any(c.isdigit() for c in t.text):
                break  # "9 Июль, 2018 Премьер-министр": a date is no part of the title
            agrees = (
                t.pos in ("ADJ", "DET")
                and t.case == head.case
                and t.low
                not in ("его", "ее", "их", "этот", "эта", "это", "тот", "та", "этого", "этой")
            )
            # "предложенным премьер-министром": an agent in the instrumental, not a title
            participle = t.pos == "VERB" and t.verbform == "Part" and t.case == head.case != "Ins"
            if agrees or participle or t.low in _LEFT_MODIFIERS:
                k -= 1
                continue
            break
        # "и. о. министра", "и.о. главы": acting, which is part of the title
        low = [t.low for t in toks[max(0, k - 4) : k]]
        if low[-4:] == ["и", ".", "о", "."]:
            return k - 4
        if low[-1:] == ["и.о."] or low[-2:] == ["и.о", "."]:
            return k - (1 if low[-1:] == ["и.о."] else 2)
        return k

    # -- mentions ----------------------------------------------------------------------------

    def person(
        self,
        sp: _Span,
        first: int,
        role_first: int | None,
        role_head_tok: int | None,
        role_last: int | None,
    ) -> Mention:
        toks = self.toks
        genders = [g for k in range(sp.first, sp.last + 1) if (g := toks[k].gender)]
        gender = _most_votes(genders) if genders else None
        role = role_span = role_head = role_comp = None
        aide = False
        if role_first is not None and role_head_tok is not None and role_last is not None:
            role, role_head, role_comp = self.role_key(role_first, role_head_tok, role_last)
            role_span = (role_first, role_head_tok, role_last)
            # "представителя премьера Великобритании Терезы Мэй": the aide of an office named
            # by a title only, so the name after it may be either's ("адвоката Биби Сайфула
            # Малука" is not: the one served is named already)
            tail = range(role_head_tok + 1, role_last + 1)
            aide = (
                toks[sp.first].case not in ("Nom", None)  # "пресс-секретарь президента Дмитрий
                and role_lemma(toks[role_head_tok].low) in _AIDE_ROLES  # Песков" is his
                and any(
                    toks[k].pos == "NOUN" and toks[k].case == "Gen" and role_lemma(toks[k].low)
                    for k in tail
                )
                and all(toks[k].text != "," for k in tail)  # "сотрудник института, политолог"
                and not any(k in self.span_at and self.span_at[k].type == "PER" for k in tail)
            )
        name, normal = self.verbatim(sp.first, sp.last), sp.normal
        if _GLUED.match(name):  # "Генассамблее ООНГрушко подчеркнул": a lost space
            name = _GLUED.sub("", name, count=1)
            normal = _GLUED.sub("", normal, count=1) if normal else name
        return Mention(
            "PER",
            first,
            sp.last,
            sp.first,
            name=name,
            name_span=(sp.first, sp.first, sp.last),
            normal=normal,
            role=role,
            role_span=role_span,
            role_head=role_head,
            role_comp=role_comp,
            gender=gender,
            number="Sing",
            role_aide=aide,  # "представителя премьера Великобритании Терезы Мэй"
            nominative=toks[sp.first].case in ("Nom", None),
        )

    def verbatim(self, first: int, last: int) -> str:
        return strip_quotes(self.text[self.toks[first].start : self.toks[last].stop])

    def role_key(self, first: int, head: int, last: int) -> tuple[str, str, str | None]:
        """Verbatim title, its normalized head and the stem of its complement."""
        lemma = role_lemma(self.toks[head].low) or self.toks[head].low
        comp = None
        for k in range(head + 1, last + 1):
            t = self.toks[k]
            if t.pos in ("NOUN", "PROPN", "X") and t.text not in QUOTE_CHARS:
                seen, comp = comp, fold(t.text)[:5]
                # "председатель правления «Газпрома»" heads the company: "глава «Газпрома»"
                if comp != "правл" or seen is not None:
                    break
        return self.verbatim(first, last), lex.ROLE_SYNONYMS.get(lemma, lemma), comp

    def role_flags(self, head: int, last: int) -> dict[str, Any]:
        toks = self.toks
        tail = toks[head + 1 : last + 1]
        lemma = role_lemma(toks[head].low)
        return {
            "role_proper": any(t.text[:1].isupper() for t in tail),
            "role_prep": bool(tail) and tail[0].pos == "ADP",
            # the one spoken for is another person: "представитель посла" is not the ambassador
            "role_aide": any(
                (k in self.span_at and self.span_at[k].type == "PER")
                for k in range(head + 1, last + 1)
            )
            or (
                lemma in _AIDE_ROLES
                and any(
                    t.pos == "NOUN" and role_lemma(t.low) not in (None, *lex.PLAIN_ROLES)
                    for t in tail
                )
            ),
        }

    def name_head(self, first: int, last: int) -> int:
        for k in range(first, last + 1):
            if self.toks[k].pos in ("NOUN", "PROPN", "X"):
                return k
        return first

    def is_media(self, first: int, last: int, name: str) -> bool:
        """An outlet: a known name, "газета X", or "X, крупнейшая газета страны"."""
        low = fold(name)
        words = strip_quotes(low).split()
        if (
            low in lex.MEDIA_NAMES
            or any(w in lex.MEDIA_NAMES for w in words)  # "агентство Bloomberg"
            or " ".join(words[1:]) in lex.MEDIA_NAMES
            or "канал" in low
        ):
            return True
        if (
            words
            and noun_lemma(words[0], _ORG_STEMS) == "агентство"
            and (_LATIN.search(name) or any(ch in name for ch in QUOTE_CHARS))
        ):
            return True  # "агентство «Москва»": a news agency; "Федеральное агентство по …" is none
        lo = max(0, first - 2)
        hi = last + 6 if last + 1 < len(self.toks) and self.toks[last + 1].text == "," else last
        for k in range(lo, min(hi, len(self.toks) - 1) + 1):
            if noun_lemma(self.toks[k].low, _ORG_STEMS) in lex.MEDIA_NOUNS:
                return True
        return False

    def build(self) -> tuple[Mention, ...]:
        toks = self.toks
        out: list[Mention] = []
        i = 0
        n = len(toks)
        pending_roles: dict[int, tuple[int, int, int]] = {}  # PER span first -> role tokens
        while i < n:
            t = toks[i]
            sp = self.span_at.get(i)
            if sp is not None and sp.first == i:
                i = self._named(sp, out, pending_roles)
                continue
            noun = t.pos == "NOUN" or (t.pos == "PROPN" and self._titles_a_name(i))
            role = role_lemma(t.low) if noun else None
            if role in _AMBIGUOUS_ROLES and t.anim == "Inan":
                role = None
            if role and not (i > 0 and toks[i - 1].low == "во" and t.low == "главе"):
                i = self._role(i, role, out, pending_roles)
                continue
            org = org_lemma(t.low) if t.pos in ("NOUN", "PROPN") else None
            if org:
                i = self._org_noun(i, org, out)
                continue
            if t.pos == "PRON" and t.low in ("он", "она", "они") and t.case == "Nom":
                g, num = lex.PRONOUNS[t.low]
                out.append(Mention("PRON", i, i, i, gender=g, number=num))
            elif t.low in lex.RELATIVE_PRONOUNS and t.case == "Nom":
                out.append(Mention("REL", i, i, i, gender=t.gender, number=t.number))
            i += 1
        out.sort(key=lambda m: (m.first, -m.last))
        index = {(m.first, m.kind): k for k, m in enumerate(out) if m.kind in ("ORG", "GEN")}
        fixed = []
        for m in out:
            if m.target is not None:
                target = index.get((m.target, "ORG"), index.get((m.target, "GEN")))
                m = replace(m, target=target)
            fixed.append(m)
        return tuple(fixed)

    def _named(
        self, sp: _Span, out: list[Mention], pending: dict[int, tuple[int, int, int]]
    ) -> int:
        toks = self.toks
        if sp.type == "PER":
            role = pending.pop(sp.first, None)
            if role is not None:
                out.append(self.person(sp, role[0], role[0], role[1], role[2]))
            else:
                out.append(self.person(sp, sp.first, None, None, None))
            return sp.last + 1
        last = sp.last
        if sp.type == "ORG":
            # "МИД России": an organization with its country in the genitive
            nxt = self.span_at.get(last + 1)
            if (
                nxt is not None
                and nxt.first == last + 1
                and nxt.type in ("LOC", "ORG")
                and toks[nxt.first].case == "Gen"
                and toks[last].sent == toks[nxt.first].sent
            ):
                last = nxt.last
            name = self.verbatim(sp.first, last)
            out.append(
                Mention(
                    "ORG",
                    self.descriptor.get(sp.first, sp.first),
                    last,
                    self.descriptor.get(sp.first, sp.first),  # "пресс-служба «Газпрома»": the
                    name=name,  # noun's case is the mention's
                    normal=sp.normal,
                    name_span=(sp.first, self.name_head(sp.first, last), last),
                    gender=toks[self.descriptor.get(sp.first, sp.first)].gender,
                    number=toks[self.descriptor.get(sp.first, sp.first)].number,
                    media=self.is_media(sp.first, last, sp.normal),
                    nominative=toks[self.descriptor.get(sp.first, sp.first)].case in ("Nom", None),
                )
            )
            return last + 1
        out.append(
            Mention(
                sp.type,
                sp.first,
                last,
                sp.first,
                name=sp.normal,
                name_span=(sp.first, self.name_head(sp.first, last), last),
                gender=toks[sp.first].gender,
                number=toks[sp.first].number,
                nominative=toks[sp.first].case in ("Nom", None),
            )
        )
        return last + 1

    def _role(
        self, i: int, role: str, out: list[Mention], pending: dict[int, tuple[int, int, int]]
    ) -> int:
        toks = self.toks
        first = self.left_modifiers(i)
        last, per = self.complement(i + 1)
        if per is None:
            last, per = self._gap_to_person(last)
        while last > i and (
            (toks[last].pos == "PUNCT" and toks[last].text not in _KEPT_PUNCT)
            or toks[last].pos == "CCONJ"
        ):
            last -= 1  # "президент, Дональд Трамп": the comma is no part of the title
        if per is not None and self._subject_not_apposition(i, per):
            return per.first  # "на должность главы МИД Тереза Мэй объявила": not her title
        if per is not None and toks[i].number == "Plur":
            if last == i or toks[per.first].case in OBLIQUE_CASES:
                last = per.last  # "юристы Трампа", "представители Меллона": a group, not Трамп
                per = None
            else:
                return per.first  # "член совета начальников OMV X": not X's title
        if per is not None:
            complement = (
                (role in _RELATIONAL_ROLES and last == i and self._person_complement(i, role, per))
                or self._genitive_person(i, per)
                # "супруг Асии" (the tagger may call "Асии" nominative): a family title before
                # a lone name is whose relative the speaker is
                or (role in _RELATIONAL_ROLES and last == i and per.first == per.last)
                # "адвокат христианки Азии Биби": a relation to the person named in the genitive
                # ("Асии": no nominative ends so, whatever the tagger says)
                or (
                    role in _RELATIONAL_ROLES
                    and toks[i].case != "Gen"
                    and (toks[per.first].case == "Gen" or toks[per.first].low.endswith("ии"))
                )
            )
            if complement:  # "адвокат Асии Биби Саиф Уль-Малук", "супруг Асии", "пресс-секретарь
                last = per.last  # Путина": the person named is whom the title relates to
                comp_last, per2 = self.complement(last + 1)
                last = max(last, comp_last)
                if per2 is not None and not self._genitive_person(i, per2):
                    pending[per2.first] = (first, i, last)
                    return per2.first
            else:
                pending[per.first] = (first, i, last)
                return per.first
        if role in lex.SOURCE_ROLES:
            last = self._source_place(i, last)
        # "представитель министерства …": the organization speaks
        if role in lex.PROXY_ROLES and last > i and not self._chairs(role, i, last):
            inner = self._inner_orgs(i + 1, last)
            if inner:
                target_index = inner[0].first  # a token for now; an index after sorting
                out.extend(inner)
                phrase, head, comp = self.role_key(first, i, last)
                out.append(
                    Mention(
                        "ROLE",
                        first,
                        last,
                        i,
                        role=phrase,
                        role_span=(first, i, last),
                        role_head=head,
                        role_comp=comp,
                        gender=toks[i].gender,
                        number=toks[i].number,
                        target=target_index,
                        **self.role_flags(i, last),
                    )
                )
                return last + 1
        phrase, head, comp = self.role_key(first, i, last)
        out.append(
            Mention(
                "ROLE",
                first,
                last,
                i,
                role=phrase,
                role_span=(first, i, last),
                role_head=head,
                role_comp=comp,
                gender=toks[i].gender,
                number=toks[i].number,
                **self.role_flags(i, last),
            )
        )
        return last + 1

    def _gap_to_person(self, last: int) -> tuple[int, _Span | None]:
        """ "глава меньшинства в сенате Чак Шумер": a few plain words, then the name;
        "директор центра, главный терапевт ведомства Оксана Драпкина": a second title first."""
        toks = self.toks
        comma = False
        for k in range(last + 1, min(len(toks), last + 9)):
            sp = self.span_at.get(k)
            if sp is not None and sp.type == "PER" and sp.first == k and k > last + 1:
                if comma and toks[k - 1].text == ",":
                    return last, None  # "По словам представителя МИД, Биби освобождена"
                if toks[k - 1].pos == "ADP":
                    return last, None  # "эксперт, вбросы компромата на Хиллари Клинтон"
                return k - 1, sp
            t = toks[k]
            if t.text == "," and not comma and k == last + 1:
                comma = True
                continue
            if t.sent != toks[last].sent or t.pos not in ("NOUN", "ADJ", "ADP", "PROPN", "CCONJ"):
                break
            if (  # "встречи президента с председателем правления ВТБ Андреем Костиным": the
                t.low in ("с", "со")  # name is the other one's, under a title of its own
                and any(
                    toks[q].case == "Ins" and role_lemma(toks[q].low) is not None
                    for q in range(k + 1, min(len(toks), k + 3))
                )
            ):
                break
            if t.case == "Nom" and t.pos != "PROPN" and not comma:
                break
            if not comma and k - last > 4:
                break
        return last, None

    def _genitive_person(self, i: int, per: _Span) -> bool:
        """ "супруг Асии": a name in the genitive after a title in another case is its
        complement (an animate accusative looks like a genitive: those two agree); every word
        of a longer name must be genitive ("Рудольф Джулиани" is not, whatever "Джулиани" is)."""
        toks = self.toks
        declined = fold(per.normal) != fold(self.verbatim(per.first, per.last))  # "Нэнси Пелоси"
        return (  # stays itself in every case, whatever the tagger says
            declined
            and all(toks[k].case == "Gen" for k in range(per.first, per.last + 1))
            and toks[i].case in ("Nom", "Dat", "Ins", "Loc")
        )

    def _subject_not_apposition(self, i: int, per: _Span) -> bool:
        """ "на должность главы МИД Тереза Мэй объявила": a nominative name followed by its verb
        is the sentence's subject, not the oblique title's holder."""
        toks = self.toks
        if toks[i].case not in OBLIQUE_CASES:
            return False
        if not all(toks[k].case in ("Nom", None) for k in range(per.first, per.last + 1)):
            return False
        j = per.last + 1
        while j < len(toks) and toks[j].pos == "ADV":
            j += 1
        return j < len(toks) and toks[j].pos in ("VERB", "AUX") and toks[j].verbform == "Fin"

    def _person_complement(self, i: int, role: str, per: _Span) -> bool:
        """ "адвоката Асии Биби", "муж Биби": the person named is the relative, not the speaker."""
        toks = self.toks
        role_gender = _ROLE_GENDER.get(role)
        genders = {self.surname_gender.get(fold(toks[per.last].text)[:4])} - {None}
        if role_gender and genders and role_gender not in genders:
            return True
        nxt = self.span_at.get(per.last + 1)
        if nxt is not None and nxt.type == "PER":
            return True
        return toks[per.first].case == "Gen" and toks[i].case == "Gen"

    def _chairs(self, role: str, i: int, last: int) -> bool:
        """ "спикер Госдумы", "спикер парламента": the chairman of a chamber, a person of his
        own, not a spokesman through whom the chamber speaks (Нарышкин's hopes are not the
        Duma's statement)."""
        return role == "спикер" and any(
            self.toks[k].low.startswith(lex.CHAIRED_CHAMBERS)
            for k in range(i + 1, min(last, i + 3) + 1)
        )

    def _inner_orgs(self, a: int, b: int) -> list[Mention]:
        """The first organization inside a title's complement, as its own mention."""
        inner: list[Mention] = []
        k = a
        while k <= b:
            sp = self.span_at.get(k)
            if sp is not None and sp.type == "ORG" and sp.first == k:
                self._named(sp, inner, {})
                return inner
            org = org_lemma(self.toks[k].low) if self.toks[k].pos in ("NOUN", "PROPN") else None
            if org:
                nxt = self._org_noun(k, org, inner, limit_last=b)
                if inner:
                    return inner
                k = nxt  # "организации Missio": the noun describes the name after it
                continue
            k += 1
        return inner

    def _source_place(self, i: int, last: int) -> int:
        """ "источник агентства в экстренных службах": an anonymous source is known by where it
        sits; the phrase runs to a comma, a verb or a quote mark, seven words at most."""
        toks = self.toks
        j = last + 1
        if (
            j >= len(toks)
            or toks[j].low not in ("в", "во", "из", "на")
            or toks[j].sent != toks[i].sent
        ):
            return last
        end = j
        for k in range(j + 1, min(len(toks), j + 8)):
            t = toks[k]
            if t.sent != toks[i].sent or t.pos in ("PUNCT", "VERB", "AUX", "SCONJ", "CCONJ"):
                break
            end = k
        return end if end > j else last

    def _org_noun(self, i: int, org: str, out: list[Mention], limit_last: int | None = None) -> int:
        toks = self.toks
        # "компания GasTerra", "НАК «Нафтогаз Украины»": the noun describes the name after it
        nxt = i + 1
        while nxt < len(toks) and toks[nxt].text in QUOTE_CHARS:
            nxt += 1
        sp = self.span_at.get(nxt)
        if (
            org in _PERSONAL_OFFICES
            and sp is not None
            and sp.first == i + 1
            and sp.type == "PER"
            and toks[sp.first].case in ("Gen", None)
            and (limit_last is None or sp.last <= limit_last)
        ):  # "пресс-служба Лукашенко": a person's office speaks as that office, not as him
            out.append(
                Mention(
                    "ORG",
                    i,
                    sp.last,
                    i,
                    name=self.verbatim(i, sp.last),
                    name_span=(i, i, sp.last),
                    gender=toks[i].gender,
                    number=toks[i].number,
                    nominative=toks[i].case in ("Nom", None),
                )
            )
            return sp.last + 1
        if (
            sp is not None
            and sp.first == nxt
            and sp.type == "ORG"
            and (
                nxt > i + 1
                or toks[nxt].case in (None, toks[i].case)
                or not toks[nxt].text.isalpha()
                or _LATIN.search(toks[nxt].text)
            )
        ):
            self.descriptor[nxt] = i  # "газета Handelsblatt" is one subject
            return i + 1
        first = self.left_modifiers(i)
        last, _ = self.complement(i + 1, person=False)
        if limit_last is not None:
            last = min(last, limit_last)
        # "пресс-служба силового ведомства": a complement that only refers back names nothing
        anaphoric_tail = last > i and all(
            (t.pos in ("ADJ", "DET", "PUNCT") and not _PROPER_ADJ.search(t.low))
            or (t.pos == "NOUN" and org_lemma(t.low) in lex.ANAPHORIC_ORG_NOUNS)
            for t in toks[i + 1 : last + 1]
        )
        named = (
            org in lex.SPECIFIC_ORG_NOUNS
            or (
                org not in lex.ANAPHORIC_ORG_NOUNS
                and last > i
                and toks[i + 1].pos != "ADP"
                and not anaphoric_tail
            )
            or (toks[i].upper_initial and first == i and not self._sentence_initial(i))
        )
        if not named and org not in lex.REFERRING_ORG_NOUNS:
            for k in range(i + 1, last + 1):
                s2 = self.span_at.get(k)
                if toks[k].pos == "ADP":
                    break
                if s2 is not None and s2.type in ("LOC", "ORG"):
                    named = True
                    break
        name = self.verbatim(first, last)
        media = org in lex.MEDIA_NOUNS
        nominative = toks[i].case in ("Nom", None)
        if named:
            out.append(
                Mention(
                    "ORG",
                    first,
                    last,
                    i,
                    name=name,
                    name_span=(first, i, last),
                    gender=toks[i].gender,
                    number=toks[i].number,
                    media=media,
                    nominative=nominative,
                )
            )
        else:
            out.append(
                Mention(
                    "GEN",
                    first,
                    last,
                    i,
                    name=name,
                    name_span=(first, i, last),
                    role_head=org,
                    gender=toks[i].gender,
                    number=toks[i].number,
                    media=media,
                    nominative=nominative,
                )
            )
        return last + 1

    def _titles_a_name(self, i: int) -> bool:
        """ "Пресс-секретарю президента России Дмитрию Пескову …" opening a sentence: the tagger
        may call the capitalized title a proper noun; it is a title when a name in its case
        follows ("Советница Трампа": a name in the genitive is whose aide, no apposition)."""
        toks = self.toks
        if not self._sentence_initial(i) or toks[i].case is None:
            return False
        per = self.complement(i + 1)[1]
        return per is not None and toks[per.first].case == toks[i].case

    def _sentence_initial(self, k: int) -> bool:
        toks = self.toks
        j = k - 1
        while j >= 0 and toks[j].text in QUOTE_CHARS:
            j -= 1
        return j < 0 or toks[j].sent != toks[k].sent


def find_mentions(doc: Any, toks: tuple[Tok, ...]) -> tuple[Mention, ...]:
    return _Builder(doc, toks).build()


def token_owner(mentions: tuple[Mention, ...], n_tokens: int) -> list[int | None]:
    """Token index -> index of the mention that covers it (the outermost one)."""
    owner: list[int | None] = [None] * n_tokens
    for k, m in enumerate(mentions):
        for j in range(m.first, m.last + 1):
            prev = owner[j]
            if prev is None or (mentions[prev].last - mentions[prev].first) < (m.last - m.first):
                owner[j] = k
    return owner
