"""Clauses around a speech verb: who its subject is, where the reported words start and end.

The grammar half of the speaker rules, shared by direct and indirect speech: subjects are found
by scanning left or right of the verb within its clause, checking case and agreement; contents
run from "что" (or a colon, "о …", an infinitive) to the end of the clause.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import Literal

from ...text import fold
from . import lexicon as lex
from .hints import apposed_person, demonstrative_antecedent, titled_person
from .mentions import Mention, org_lemma
from .quotes import word_count
from .tokens import OBLIQUE_CASES, Tok

BOUNDARY_PUNCT = frozenset(",;:()")
DASH_TOKENS = frozenset("-–—―")
QUOTE_TOKENS = frozenset("«»\"„“”‘’'")
CLAUSE_CONJ = lex.words("что чтобы если когда хотя поскольку так")
FIRST_PERSON = lex.words("я мы ты вы")
THIS = lex.words("этом это том")
_OPENERS = frozenset('«"„“(')
_RUN_ON_CONNECTIVES = frozenset(
    "однако но а и при этом же тем не менее вместе с тоже также теперь сейчас тогда затем".split()
)
_NARRATIVE_TIME = frozenset("теперь тогда затем".split())
# words between a comma and the speech verb of another statement: "…, однако все еще отмечалось"
_BEFORE_ANOTHER = frozenset("и а но однако все всё".split())
# days counted from the article's own: only the writer dates events so
_WRITER_TIME = frozenset("накануне вчера позавчера".split())
_TRAILING_CONNECTIVES = frozenset("однако но а и поэтому также причем притом".split())
# "настолько/так уверена, что …": the clause tells a result, not what was said
_DEGREE_WORDS = frozenset("настолько столь так такой такая такое такие таким такого".split())
_CLOSERS = frozenset('»"”“!?…)')

MIN_WORDS = 3  # a shorter content says nothing on its own
_HONORIFICS = lex.words("господин госпожа мистер миссис мисс г-н г-жа")
# asides between commas that do not end a subject: "Рогулёв, в свою очередь, полагает"
# prepositions of time: "сразу после …", "еще до …"
_TIME_PREPOSITIONS = frozenset("после до перед через спустя".split())
# nouns that tell when, after which a name is the sentence's own ("в среду Маас заявил")
_TIME_NOUNS = frozenset(
    "понедельник вторник среду четверг пятницу субботу воскресенье день ночь неделю "
    "минуту секунду пору время годовщину".split()
)
_PARENTHETICALS = frozenset(
    {
        "в свою очередь",
        "со своей стороны",
        "в частности",
        "однако",
        "также",
        "кроме того",
        "между тем",
        "впрочем",
        "тем не менее",
        "при этом",
        "например",
        "напротив",
        "вместе с тем",
        "в то же время",
        "судя по всему",
        "по всей видимости",
    }
)


def speech_class(t: Tok) -> str | None:
    """say, directive, position, impersonal or opinion; None for other words."""
    if t.person in ("1", "2"):
        return None  # "скажем", "напомню": the writer's own voice
    if t.pos in ("VERB", "AUX"):
        lemma = t.lemma
        if t.low in lex.IMPERSONAL_PARTICIPLES:
            return "impersonal"
        if lemma in lex.IMPERSONAL_VERBS:
            return "impersonal"
        if t.verbform == "Part":
            return None
        if lemma in lex.SAY_VERBS:
            return "say"
        if lemma in lex.DIRECTIVE_VERBS:
            return "directive"
        if lemma in lex.POSITION_VERBS:
            return "position"
        return None
    if t.low in lex.OPINION_ADJECTIVES:
        return "say"
    if t.low in lex.IMPERSONAL_PARTICIPLES:
        return "impersonal"
    return None


class Clauses:
    """An article's tokens and mentions with the clause rules over them; made per article."""

    def __init__(
        self,
        text: str,
        toks: tuple[Tok, ...],
        mentions: tuple[Mention, ...],
        owner: list[int | None],
    ) -> None:
        self.text = text
        self.toks = toks
        self.mentions = mentions
        self.owner = owner
        self.starts = [t.start for t in toks]
        self.sent_first: dict[int, int] = {}
        self.sent_last: dict[int, int] = {}
        for t in toks:
            self.sent_first.setdefault(t.sent, t.i)
            self.sent_last[t.sent] = t.i
        self.quoted = [False] * len(toks)  # inside direct speech: not the writer's words

    # -- small helpers -----------------------------------------------------------------------

    def tok_at(self, char: int) -> int:
        return bisect_left(self.starts, char)

    def span_text_words(self, a: int, b: int) -> int:
        return word_count(self.text[a:b])

    def mark_quoted(self, a: int, b: int) -> None:
        for k in range(self.tok_at(a), len(self.toks)):
            if self.toks[k].start >= b:
                break
            self.quoted[k] = True

    def mention_of(self, j: int) -> Mention | None:
        k = self.owner[j]
        return self.mentions[k] if k is not None else None

    def candidate(self, j: int, verb: Tok | None, locative_ok: bool) -> tuple[str, int] | None:
        """Is the mention covering token j a possible subject? ("mention"|"locative", index)."""
        k = self.owner[j]
        if k is None:
            return None
        m = self.mentions[k]
        head = self.toks[m.head]
        first = self.toks[m.first]
        prev = self.toks[m.first - 1] if m.first > 0 else None
        # "отметили в «Автодоре»": the preposition stands before the name's quote mark
        p = m.first - 1
        while p > 0 and self.toks[p].text in QUOTE_TOKENS:
            p -= 1
        if (
            p >= 0
            and self.toks[p].low in ("в", "во")
            and head.case in ("Loc", None)
            and m.kind in ("ORG", "GEN", "LOC")
        ):
            return ("locative", k) if locative_ok else None
        if prev is not None and (
            (prev.pos == "ADP" and m.kind != "PRON") or prev.low in lex.RECIPIENT_WORDS
        ):
            return None
        if (
            prev is not None
            and head.case is None
            and prev.pos == "NOUN"
            and (
                prev.case in OBLIQUE_CASES
                # "в защиту Биби": after a preposition's noun, unless it tells the time ("в
                # среду Маас")
                or (
                    prev.case == "Acc"
                    and m.first > 1
                    and self.toks[m.first - 2].pos == "ADP"
                    and prev.low not in _TIME_NOUNS
                )
            )
            and m.kind in ("ORG", "PER", "LOC")
        ):
            return (
                None  # "со стороны Rasperia": an indeclinable name after a noun is its complement
            )
        if m.kind == "PER" and _dative_surname(self.toks[m.last]):
            return None  # "заявил Сопотову: «…»": whom it was said to (the tagger says Nom)
        titled = m.kind == "PER" and m.role_span is not None and m.role_span[0] == m.first
        if titled and m.role_span is not None:  # "советница президента Келлиан Конуэй": the
            head = self.toks[m.role_span[1]]  # title before the name shows the case
            first = self.toks[m.name_span[0]] if m.name_span else first
        if head.case not in ("Nom", None) and not (
            m.kind == "PER"
            and head.case in ("Acc", "Gen")
            and first.pos == "PROPN"
            and verb is not None
            and self._indeclinable(m)
            # "Пресс-служба премьер-министра Эфиопии Абия Ахмеда Али подчеркивает": a name
            # after a noun in an oblique case ends that noun's chain, and a title before the
            # name shows the case itself; neither is the verb's subject
            and not titled
            and not (
                prev is not None and prev.pos in ("NOUN", "PROPN") and prev.case in OBLIQUE_CASES
            )
            # "выступал в защиту Биби и призывал": the name a preposition's noun governs, or
            # one whose gender the verb contradicts, is no subject
            and not (
                prev is not None
                and prev.pos == "NOUN"
                and m.first > 1
                and self.toks[m.first - 2].pos == "ADP"
                and prev.low not in _TIME_NOUNS
            )
            and not (
                verb.gender in ("Masc", "Fem")
                and m.gender in ("Masc", "Fem")
                and verb.gender != m.gender
                and verb.number != "Plur"
            )
        ):
            return None
        if verb is not None and not self._agrees(m, verb):
            return None
        return ("mention", k)

    def _indeclinable(self, m: Mention) -> bool:
        """Foreign names the tagger cases at random: "Таяни", "Маас" (ends in a consonant cluster)."""
        word = self.toks[m.last].low
        if m.normal and m.name and fold(m.normal) == fold(m.name):
            return True  # natasha leaves it as it is: "Келлиан Конуэй" declines in no case
        return word[-1:] in "оиуэею" or not word[-1:].isalpha()

    def _agrees(self, m: Mention, verb: Tok) -> bool:
        vnum = verb.number
        if verb.verbform == "Conv" or (verb.pos == "ADJ" and verb.number is None):
            return True
        if m.kind in ("PER", "PRON", "ROLE") and vnum and m.number and vnum != m.number:
            return vnum == "Plur" and self._coordinated(m)  # "X и Y заявили"
        if (
            m.kind == "PRON"
            and verb.gender in ("Masc", "Fem")
            and m.gender
            and m.gender != verb.gender
        ):
            return False
        if m.kind in ("PER", "ROLE") and verb.gender == "Neut" and vnum != "Plur":
            return False  # "Биби грозило стать …": an impersonal verb, the name is no subject
        if m.kind == "LOC" and vnum == "Plur" and not self._coordinated(m):
            return False  # "группы Тэхрик-и-Лабайик Пакистан призвали": not the country
        # "ведомство сообщили" is no subject of a plural verb
        return not (m.kind == "GEN" and vnum == "Plur" and m.number == "Sing")

    def _coordinated(self, m: Mention) -> bool:
        toks = self.toks
        after = (
            m.last + 1 < len(toks)
            and toks[m.last + 1].low == "и"
            and self.owner[min(m.last + 2, len(toks) - 1)] is not None
        )
        before = (
            m.first > 1 and toks[m.first - 1].low == "и" and self.owner[m.first - 2] is not None
        )
        return after or before

    def is_blocking(self, t: Tok) -> bool:
        """A nominative noun or pronoun that is no mention: an anonymous subject."""
        if t.case != "Nom" or t.low in _HONORIFICS:  # "заявил господин Виола"
            return False
        if t.pos == "NOUN":
            return True
        return t.pos == "PRON" and t.low in FIRST_PERSON

    # -- subjects ----------------------------------------------------------------------------

    def left_subject(self, v: int, verb: Tok | None) -> tuple[str, int] | Literal[False] | None:
        """Scan left from v in its clause. False: an anonymous subject blocks the way."""
        toks = self.toks
        first = self.sent_first[toks[v].sent]
        j = v - 1
        plural = verb is not None and verb.number == "Plur"
        locative: tuple[str, int] | None = None
        that = demonstrative_antecedent(toks, self.owner, self.mentions, v, first)
        if that is not None:  # "спросил у Орешкина, на что тот ответил": Орешкин
            return False if that is False else ("mention", that)
        while j >= first:
            t = toks[j]
            if t.text == ",":
                k = self._previous_comma(j, first)
                head = toks[k + 1] if k + 1 < j else None
                aside = " ".join(toks[q].low for q in range(k + 1, j))
                if (
                    head is not None
                    and (head.low in lex.RELATIVE_PRONOUNS or head.verbform in ("Part", "Conv"))
                ) or (k >= first and toks[k].text == "," and aside in _PARENTHETICALS):
                    j = k - 1
                    continue
                opened = self._relative_opened(k, j, first)
                if opened is not None:  # "X, который, вероятно, будет …, указал"
                    j = opened - 1
                    continue
                if locative is None and k >= first:  # "Руссефф, экономист по образованию, заявила"
                    apposed = apposed_person(toks, self.owner, self.mentions, k, j)
                    if apposed is None:  # "Министр …, Мари Рантанен, отметила"
                        apposed = titled_person(toks, self.owner, self.mentions, k, j, first)
                    if apposed is not None:
                        found = self.candidate(self.mentions[apposed].head, verb, plural)
                        if found is not None and found[0] == "mention":
                            return found
                return locative
            if t.text == ")":  # "Гайко Маас (Heiko Maas) заявил": skip the brackets
                k = j - 1
                while k > first and toks[k].text not in "()":
                    k -= 1
                if toks[k].text == "(" and j - k <= 8:
                    j = k - 1
                    continue
            if t.text in BOUNDARY_PUNCT or t.text in DASH_TOKENS:
                return locative
            if t.pos == "SCONJ" and t.low in CLAUSE_CONJ:
                return locative
            found = self.candidate(j, verb, plural)
            if found is not None and found[0] == "mention":
                return found
            if found is not None and locative is None:
                locative = found  # "в правительстве отрицают": unless a subject stands before it
            m = self.mention_of(j)
            if m is not None:
                j = m.first - 1
                continue
            if self.is_blocking(t):
                return False  # "Некоторые лица в правительстве отрицают": nobody named
            j -= 1
        return locative

    def _relative_opened(self, k: int, j: int, first: int) -> int | None:
        """The comma that opens a relative clause broken by an aside: "X, который, вероятно,
        завтра будет беседовать с Y, указал" - the chunk before the verb goes on that clause,
        so the name before "который" is still the subject."""
        toks = self.toks
        head = toks[k + 1] if k + 1 < j else None
        if head is None or toks[k].text != ",":
            return None
        if head.pos in ("CCONJ", "SCONJ") or toks[j + 1].pos in ("CCONJ", "SCONJ"):
            return None  # "…, а затем заявил": a clause of its own
        for asides in range(3):  # the asides passed so far
            k2 = self._previous_comma(k, first)
            if k2 < first or toks[k2].text != "," or k2 + 1 >= k:
                return None
            chunk = toks[k2 + 1 : k]
            if chunk[0].low in lex.RELATIVE_PRONOUNS:
                return k2 if asides else None
            if not _aside(chunk):
                return None
            k = k2
        return None

    def _previous_comma(self, j: int, first: int) -> int:
        k = j - 1
        while k >= first and self.toks[k].text not in BOUNDARY_PUNCT:
            k -= 1
        return k

    def right_subject(
        self, v: int, verb: Tok | None, limit: int = 16
    ) -> tuple[str, int] | Literal[False] | None:
        toks = self.toks
        last = self.sent_last[toks[v].sent]
        plural = verb is not None and verb.number == "Plur"
        j = v + 1
        steps = 0
        while j <= last and steps < limit:
            t = toks[j]
            steps += 1
            if (t.pos == "SCONJ" and t.low in CLAUSE_CONJ) or t.text in (":", ";"):
                return None
            if t.text in QUOTE_TOKENS and not self.mention_of(j):
                m = self.mention_of(j + 1) if j + 1 <= last else None
                if m is None or m.first != j + 1 or toks[j - 1].low not in ("в", "во"):
                    return None
                j += 1  # "отметили в «Автодоре»": the name's own quote mark
                continue
            if t.pos in ("VERB", "AUX") and t.verbform == "Fin" and j != v:
                return None
            if (
                t.text == ","
                and j + 1 <= last
                and (
                    toks[j + 1].pos == "SCONJ"
                    or toks[j + 1].verbform == "Conv"
                    or toks[j + 1].low in lex.RELATIVE_PRONOUNS
                )
            ):
                return None
            found = self.candidate(j, verb, plural)
            if found is not None:
                return self._right_found(found, last)
            m = self.mention_of(j)
            if m is not None:
                j = m.last + 1
                continue
            if self.is_blocking(t):
                titled = self._titled_person(j, last, verb, plural)
                return titled if titled is not None else False
            j += 1
        return None

    def _titled_person(
        self, j: int, last: int, verb: Tok | None, plural: bool
    ) -> tuple[str, int] | None:
        """ "заявил проповедник партии Хадим Ризви", "сказал корреспондент Die Welt и Frankfurter
        Allgemeine Zeitung Герхард Гнаук": a noun the lexicon does not know as a title, with only
        its complements between it and a name, is that person's title."""
        toks = self.toks
        if toks[j].number == "Plur":
            return None  # "сообщают журналисты Кэрол Кадуолладр и Питер Джукс": both of them
        q = j + 1
        while q <= min(last, j + 10):
            m = self.mention_of(q)
            if m is not None and m.first == q and m.kind == "PER":
                found = self.candidate(q, verb, plural)
                return self._right_found(found, last) if found is not None else None
            if m is not None and m.kind in ("ORG", "GEN", "LOC"):
                q = m.last + 1
                continue
            t = toks[q]
            if t.pos in ("PUNCT", "VERB", "AUX") or t.case == "Nom":
                return None
            if t.pos not in ("NOUN", "ADJ", "ADP", "PROPN", "CCONJ", "DET", "NUM"):
                return None
            q += 1
        return None

    def _right_found(self, found: tuple[str, int], last: int) -> tuple[str, int] | None:
        """The subject found after a verb, checked against what follows it.

        "Об этом сообщает Малук представлял …": a name followed by a finite verb is that verb's
        subject (a sentence break the text lost), not the speaker's; "рассказывает РБК-Украина
        наблюдатель Пол", "сообщили ТАСС в пресс-службе": an outlet straight after the verb and
        before another subject is the one told, not the one telling.
        """
        m = self.mentions[found[1]]
        j = m.last + 1
        if j > last:
            return found
        nxt = self.toks[j]
        if nxt.pos in ("VERB", "AUX") and nxt.verbform == "Fin":
            return None
        if m.kind in ("ORG", "GEN") and nxt.text not in (",", ";", ".", "!", "?"):
            # "рассказал ФБА «Экономика сегодня» в рамках онлайн-эфира … профессор Альтштейн":
            # the outlet told is followed, further on in the clause, by the one telling
            for q in range(j, last + 1):
                if self.toks[q].text in (",", ";", ":") or self.toks[q].pos in ("VERB", "AUX"):
                    break
                k = self.owner[q]
                if (
                    k is not None
                    and self.mentions[k].first == q
                    and self.mentions[k].kind
                    in (
                        "PER",
                        "ROLE",
                    )
                ):
                    later = self.candidate(q, None, False)
                    return later if later is not None else found
        locative = nxt.low in ("в", "во") and j + 1 <= last
        if locative:
            j += 1  # "сообщили ЯСИА в пресс-службе МВД"
        k = self.owner[j]
        if m.kind not in ("ORG", "GEN", "PER") or k is None or self.mentions[k].first != j:
            return found
        after = self.mentions[k]
        if locative:
            told = after.kind in ("ORG", "GEN") and org_lemma(self.toks[j].low) is not None
        elif after.kind in ("PER", "ROLE"):
            told = True  # "рассказывает РБК-Украина депутат Иван Петров"
        else:
            told = (
                m.kind != "PER"
                and (m.media or self.toks[m.head].case is None)
                and after.kind in ("ORG", "GEN")
            )
        if told:
            second = self.candidate(j, None, True)
            if second is not None:
                return second
        return found

    def subject(self, v: int, prefer_right: bool) -> tuple[str, int] | None:
        verb = self.toks[v]
        order = (
            (self.right_subject, self.left_subject)
            if prefer_right
            else (self.left_subject, self.right_subject)
        )
        for find in order:
            found = find(v, verb)
            if found is False:
                return None
            if found:
                return found
        return None

    # -- content -----------------------------------------------------------------------------

    def clause_end(self, start: int, last: int) -> int:
        """Last token of the content that begins at `start`: the sentence, minus a trailing
        attribution (", сообщает ТАСС", ", добавив, что …", ", – сказал он") and, in retold
        speech, minus a closing aside of the writer's ("… покидает пост (позднее он вернулся в
        кабинет уже в другой роли)")."""
        if start > last:
            return last  # nothing after the attribution: "Как сообщал ONLINE.UA," ends the text
        end = self._clause_end(start, last)
        if self.toks[start].text in _OPENERS or self.quoted[start]:
            return end
        b = end
        while b > start and self.toks[b].pos == "PUNCT" and self.toks[b].text != ")":
            b -= 1
        if self.toks[b].text != ")":
            return end
        for k in range(b - 1, start, -1):
            if self.toks[k].text == ")" or self.quoted[k]:
                return end
            if self.toks[k].text == "(":
                return k - 1 if b - k > 2 else end
        return end

    def _speaker_goes_on(self, start: int, comma: int, last: int) -> bool:
        """ "Мэй говорила, что документ будет опубликован, но конкретную дату не называла": after
        ", но" (", и") a past verb agreeing with the speech verb, with no subject of its own, tells what
        the speaker did, not what they said."""
        toks = self.toks
        k = comma + 1
        if k > last or toks[k].low not in ("но", "а", "однако", "и"):
            return False  # "отметил, что проект прорабатывается, и назвал его …" too
        first = self.sent_first[toks[start].sent]
        verb = next(
            (toks[q] for q in range(start - 1, first - 1, -1) if speech_class(toks[q])), None
        )
        if verb is None or verb.verbform != "Fin" or verb.tense != "Past":
            return False

        def agrees(t: Tok) -> bool:
            return (
                t.pos in ("VERB", "AUX")
                and t.verbform == "Fin"
                and t.tense == "Past"
                and t.gender == verb.gender
                and t.number == verb.number
            )

        if any(agrees(toks[q]) for q in range(start, comma)):
            return False  # "что проект был коммерческим, но стал политическим": the content's
        for q in range(k + 1, last + 1):
            t = toks[q]
            if t.pos == "PUNCT" or self.quoted[q]:
                return False
            if t.case == "Nom" and t.pos in ("NOUN", "PRON", "PROPN"):
                return False  # "…, но решение будет принято позже": a new subject
            if t.pos in ("VERB", "AUX") and t.verbform == "Fin":
                return agrees(t)
        return False

    def _narration_goes_on(self, comma: int, last: int) -> bool:
        """ "отмечала, что Берлин рассматривает проект как коммерческий, однако при этом она
        увязывает …": after a comma and a connective, "он/она/они" as a subject is the writer
        telling about somebody again, not the reported words (quote marks aside)."""
        toks = self.toks
        k = comma + 1
        skipped = 0
        while k <= last and toks[k].low in _RUN_ON_CONNECTIVES and skipped < 4:
            k += 1
            skipped += 1
        if not skipped or k > last or self.quoted[k]:
            return False
        if toks[k - 1].low in _NARRATIVE_TIME and toks[comma + 1].low in ("и", "а"):
            return True  # "…, что не будет переизбираться, и теперь на его пост прочат …"
        if skipped == 1 and toks[comma + 1].low == "и":
            return False  # "Я разговаривал с генералами, и они заявляли мне …": one account
        return toks[k].low in ("он", "она", "они") and any(
            toks[q].pos in ("VERB", "AUX") and toks[q].verbform == "Fin"
            for q in range(k + 1, min(last, k + 3) + 1)
        )

    def _writer_dates(self, comma: int, last: int) -> bool:
        """ "предупреждал, что отключит газ …, ультиматум был предъявлен накануне": a clause
        of its own subject and past verb dated from the article's day ("накануне", "ранее") is
        the writer's account of events, glued on without a conjunction."""
        toks = self.toks
        subject = verb = dated = False
        for q in range(comma + 1, last + 1):
            t = toks[q]
            if t.text == "," or self.quoted[q]:
                break
            if t.low in _WRITER_TIME:
                dated = True
            elif t.pos in ("VERB", "AUX") and t.verbform == "Fin":
                if not subject or t.tense != "Past":
                    return False
                verb = True
            elif t.case == "Nom" and t.pos in ("NOUN", "PROPN") and not verb:
                subject = True
        return subject and verb and dated

    def _clause_end(self, start: int, last: int) -> int:
        toks = self.toks
        if toks[start].text in _OPENERS - {"("}:  # "заявив, что "…" Ранее …": the quotation
            for j in range(start + 1, last + 1):
                if toks[j].text in _CLOSERS and toks[j].text not in "!?…)":
                    if j < last and toks[j + 1].text[:1].isupper():
                        return j  # a new sentence runs on without a stop: the quotation ends
                    break
        j = start
        while j <= last:
            t = toks[j]
            if (
                t.low == "и"
                and j > start
                and j + 1 <= last
                and toks[j + 1].verbform == "Fin"
                and speech_class(toks[j + 1])
                and not self.quoted[j + 1]
            ):
                return j - 1  # "заявил о сложении полномочий и отметил, что …": a new statement
            if (
                t.text in DASH_TOKENS
                and j > start
                and j + 1 <= last
                and toks[j + 1].low in ("и", "а", "но", "однако")
            ):
                return j - 1  # "… с Брюсселем - и сейчас ситуация …": the writer goes on
            if t.text in (",", ";") or (t.text in DASH_TOKENS and j > start):
                k = j + 1
                while k <= last and (
                    toks[k].text in DASH_TOKENS
                    or toks[k].pos == "ADV"
                    or toks[k].low in _BEFORE_ANOTHER
                ):  # "…, и напомнили, что", "…, однако накануне все еще отмечалось, что": another
                    k += 1  # statement begins (an impersonal one is nobody's words)
                if k <= last and speech_class(toks[k]) and not self.quoted[k]:
                    return j - 1
                if t.text == "," and self._speaker_goes_on(start, j, last):
                    return j - 1
                if t.text == "," and self._narration_goes_on(j, last):
                    return j - 1
                if t.text == "," and self._writer_dates(j, last):
                    return j - 1
                if k <= last and toks[k].low in ("по", "согласно"):
                    n = k + 2 if k + 1 <= last and toks[k + 1].low in lex.PRONOUNS else k + 1
                    if n <= last and toks[n].low in lex.SOURCE_NOUNS:
                        words = sum(1 for q in range(start, j) if toks[q].pos != "PUNCT")
                        aside_end = next(
                            (q for q in range(n + 1, min(last, n + 3) + 1) if toks[q].text == ","),
                            None,
                        )
                        if n == k + 2 and words < 3 and aside_end is not None:
                            # "сообщил, что Германия, по его мнению, будет зависеть …": the
                            # speaker's own aside in a content just begun
                            j = aside_end + 1
                            continue
                        return j - 1  # "…, по его словам, …": another attribution
                if (
                    k <= last
                    and toks[k].low == "как"
                    and k + 1 <= last
                    and speech_class(toks[k + 1])
                ):
                    return j - 1
                if t.text == ";":
                    return j - 1
            j += 1
        return last

    def content_end(self, start: int, last: int, kind: str) -> int:
        """Last token of a content: a stance ("за/против …") is a noun phrase, ending at the
        first comma ("выступали против казни, но …"); the rest runs to `clause_end`."""
        if kind == "about":  # "сообщил о своей отставке почти сразу после увольнения …": when
            end = self.clause_end(start, last)  # it happened is the writer's, not the news
            for j in range(start + 2, end + 1):
                t = self.toks[j]
                if self.quoted[j] or t.text == ",":
                    break
                after = [x.low for x in self.toks[j : min(end, j + 2) + 1]]
                if t.pos == "ADV" and any(a in _TIME_PREPOSITIONS for a in after[1:]):
                    return j - 1
            # "заявил об отказе от политики …, и отменил сделку": a noun phrase holds no verb of
            # its own outside a "который" clause; the verb is what the speaker did next
            clause_start = start
            for j in range(start + 1, end + 1):
                t = self.toks[j]
                if t.text == ",":
                    clause_start = j
                if self.quoted[j] or not (t.pos in ("VERB", "AUX") and t.verbform == "Fin"):
                    continue
                if any(
                    self.toks[q].low.startswith(("котор", "где", "когда", "чтобы", "что"))
                    for q in range(clause_start, j)
                ):
                    continue
                k = j - 1
                while k > start and (self.toks[k].text == "," or self.toks[k].pos == "CCONJ"):
                    k -= 1
                return k
            return end
        if kind != "stance":
            return self._writer_after_dash(start, self.clause_end(start, last))
        for j in range(start + 1, last + 1):
            t = self.toks[j]
            if t.text in (",", ";", ":") or t.text in DASH_TOKENS:
                return j - 1
        return last

    def _writer_after_dash(self, start: int, end: int) -> int:
        """ "бандиты вымогают у него квартиры — его освободили и отправили в больницу": after a
        dash, an object pronoun and a subjectless plural verb ("его освободили") are the
        writer's report of what was done, no part of the words."""
        toks = self.toks
        for j in range(start + 2, end - 1):
            if toks[j].text not in DASH_TOKENS or self.quoted[j]:
                continue
            pron, verb = toks[j + 1], toks[j + 2]
            if (
                pron.low in _OBJECT_PRONOUNS
                and verb.pos == "VERB"
                and verb.verbform == "Fin"
                and verb.number == "Plur"
            ):
                return j - 1
        return end

    def char_span(self, a: int, b: int) -> tuple[int, int] | None:
        """Characters of tokens a..b, without the punctuation hanging at either end; a content
        that is one quotation «…» loses its marks."""
        toks = self.toks
        while a <= b and toks[a].pos == "PUNCT" and toks[a].text not in _OPENERS:
            a += 1
        while b >= a and (
            (toks[b].pos == "PUNCT" and toks[b].text not in _CLOSERS)
            or (toks[b].low in _TRAILING_CONNECTIVES and not self.quoted[b])
        ):  # "…допущены «значительные ошибки», однако, по его словам, …": no dangling "однако"
            b -= 1
        if a > b:
            return None
        start, stop = toks[a].start, toks[b].stop
        text = self.text[start:stop]
        if text[-1:] == ")" and text.count("(") < text.count(")"):
            stop -= 1
        elif (
            text[-1:] not in ')»"”“!?…'
            and text.count("(") > text.count(")")
            and self.text[stop : stop + 1] == ")"
        ):
            stop += 1
        text = self.text[start:stop]
        if (
            len(text) > 2
            and text[0] in '«"„“'
            and text[-1] in '»"“”'
            and not any(ch in text[1:-1] for ch in '«»"„“”')
        ):
            start, stop = start + 1, stop - 1  # «Трамп произнёс такие слова слишком поздно»
        else:
            if text[:1] in "«„" and text.count("«") + text.count("„") > text.count(
                "»"
            ) + text.count("“"):
                start += 1
            if text[-1:] == "»" and text.count("»") > text.count("«"):
                stop -= 1
            if text.count('"') % 2:
                if text[:1] == '"':
                    start += 1
                elif text[-1:] == '"':
                    stop -= 1
        if self.span_text_words(start, stop) < MIN_WORDS:
            return None
        return (start, stop)

    def _not_a_complement(self, v: int, j: int) -> bool:
        """Is the "что"/"чтобы" at `j` something other than what the verb at `v` reports?
        "была настолько уверена …, что даже ни разу не посетила …" (a result), "надеется
        добиться остановки проекта, чтобы способствовать …" (a purpose, after an infinitive),
        "сообщил о повышении тарифов, что обусловлено …" (a relative: the verb's content was
        the "о …" phrase)."""
        toks = self.toks
        between = toks[v + 1 : j]
        before = toks[max(0, v - 2) : v]  # "была настолько уверена"
        if any(b.low in _DEGREE_WORDS for b in (*before, *between)):
            return True
        if toks[j].low == "чтобы" and any(b.verbform == "Inf" for b in between):
            return True
        return any(
            b.low in ("о", "об", "обо") and k + 1 < len(between) and between[k + 1].low not in THIS
            for k, b in enumerate(between)
        )

    def content_after(self, v: int, cls: str) -> tuple[int, str] | None:
        """Where the reported content starts after a speech verb, and its kind."""
        toks = self.toks
        last = self.sent_last[toks[v].sent]
        j = v + 1
        steps = 0
        while j <= last and steps < 14:
            t = toks[j]
            steps += 1
            if (
                t.low in ("что", "чтобы")
                and t.pos in ("SCONJ", "PRON")
                and (toks[j - 1].text == "," or toks[j - 1].low in THIS or j == v + 1)
            ):
                if self._not_a_complement(v, j):
                    return None
                return (j + 1, "indirect") if j + 1 <= last else None
            if t.text == ":" and cls != "position":  # "выступает перед …: Фото" is no speech
                return (j + 1, "indirect") if j + 1 <= last else None
            if t.pos in ("VERB", "AUX") and t.verbform == "Fin":
                return None
            glued = j < last and toks[j + 1].start == t.stop and toks[j + 1].text[:1].isalpha()
            if t.text in (".", ";", "!", "?") and not (t.text == "." and glued):
                return None  # the dot of "«Газете.Ru»" ends no sentence
            if (
                steps <= 4
                and t.low in ("о", "об", "обо")
                and cls in ("say",)
                and toks[v].lemma in lex.ABOUT_VERBS
            ):
                if j + 1 <= last and toks[j + 1].low in THIS:
                    j += 1
                    continue
                if j + 1 <= last and toks[j + 1].low in ("себе", "себя"):
                    return None  # "заявили о себе": made themselves known, said nothing
                if toks[j - 1].low == "не":
                    return None  # "говорила не об отказе, а о …": no quote reads that right
                return (j, "about")
            if cls == "directive" and t.verbform == "Inf" and steps <= 10:
                # "призывает Болгарию и еще 14 стран ЕС применить": whom the call is to stays;
                # "призвав их соблюдать", "призвал в «твиттере» остановить": it starts at the verb
                between = toks[v + 1 : j]
                bare = all(
                    b.pos in ("PRON", "PART", "ADV") or b.low in lex.PRONOUNS for b in between
                ) or (bool(between) and between[0].pos == "ADP")
                k = j  # "призвав не доводить", "тщательнее проверять": the verb's own words
                while k - 1 > v and toks[k - 1].pos in ("PART", "ADV"):
                    k -= 1
                return (k if bare else v + 1, "indirect")
            if cls == "directive" and t.low == "чтобы":
                return (j + 1, "indirect")
            if cls == "position" and steps == 1 and t.low in ("за", "против"):
                return (j, "stance")
            j += 1
        if cls == "say" and toks[v].lemma in lex.NP_CONTENT_VERBS:
            k = v + 1
            while k <= last and toks[k].pos in ("ADV", "PART"):
                k += 1
            if k <= last and toks[k].pos in ("ADJ", "NOUN") and toks[k].case == "Acc":
                return (k, "about")
        return None


_OBJECT_PRONOUNS = frozenset("его ее её их ему ей им него нее неё них".split())


def _aside(chunk: tuple[Tok, ...]) -> bool:
    """A short parenthetical between commas: "вероятно", "по его словам", "в частности"."""
    words = " ".join(t.low for t in chunk)
    if words in _PARENTHETICALS:
        return True
    return len(chunk) <= 3 and not any(
        t.pos in ("VERB", "AUX", "PROPN") or (t.pos == "NOUN" and t.case == "Nom") for t in chunk
    )


def _dative_surname(t: Tok) -> bool:
    """A Russian surname in "-ову", "-еву", "-ину" is a dative or accusative ("Сопотову",
    "Путину"), never a subject, whatever case the tagger gives it."""
    return len(t.low) > 5 and t.low.endswith(("ову", "еву", "ёву", "ину", "ыну"))
