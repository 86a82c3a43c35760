"""Clauses around a speech verb: who its subject is, where the reported words start and end.

The grammar half of the speaker rules, shared by direct and indirect speech: subjects are found
by scanning left or right of the verb within its clause, checking case and agreement; contents
run from "что" (or a colon, "о …", an infinitive) to the end of the clause.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import Literal

from . import lexicon as lex
from .mentions import Mention, org_lemma
from .quotes import word_count
from .tokens import Tok

BOUNDARY_PUNCT = frozenset(",;:()")
DASH_TOKENS = frozenset("-–—―")
QUOTE_TOKENS = frozenset("«»\"„“”‘’'")
CLAUSE_CONJ = lex.words("что чтобы если когда хотя поскольку так")
FIRST_PERSON = lex.words("я мы ты вы")
THIS = lex.words("этом это том")
_OPENERS = frozenset('«"„“(')
_CLOSERS = frozenset('»"”“!?…)')

MIN_WORDS = 3  # a shorter content says nothing on its own


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
        if (
            prev is not None
            and prev.low in ("в", "во")
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
            and prev.case in ("Gen", "Dat", "Ins", "Loc")
            and m.kind in ("ORG", "PER", "LOC")
        ):
            return (
                None  # "со стороны Rasperia": an indeclinable name after a noun is its complement
            )
        if head.case not in ("Nom", None) and not (
            m.kind == "PER"
            and head.case in ("Acc", "Gen")
            and first.pos == "PROPN"
            and verb is not None
            and self._indeclinable(m)
        ):
            return None
        if verb is not None and not self._agrees(m, verb):
            return None
        return ("mention", k)

    def _indeclinable(self, m: Mention) -> bool:
        """Foreign names the tagger cases at random: "Таяни", "Маас" (ends in a consonant cluster)."""
        word = self.toks[m.last].low
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
        if t.case != "Nom":
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
        while j >= first:
            t = toks[j]
            if t.text == ",":
                k = self._previous_comma(j, first)
                head = toks[k + 1] if k + 1 < j else None
                if head is not None and (
                    head.low in lex.RELATIVE_PRONOUNS or head.verbform in ("Part", "Conv")
                ):
                    j = k - 1
                    continue
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
                return None
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
                return False
            j += 1
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
        attribution (", сообщает ТАСС", ", добавив, что …", ", – сказал он")."""
        toks = self.toks
        j = start
        while j <= last:
            t = toks[j]
            if t.text in (",", ";") or (t.text in DASH_TOKENS and j > start):
                k = j + 1
                while k <= last and (toks[k].text in DASH_TOKENS or toks[k].pos == "ADV"):
                    k += 1
                if k <= last and speech_class(toks[k]) and not self.quoted[k]:
                    return j - 1
                if (
                    k <= last
                    and toks[k].low in ("по", "согласно")
                    and k + 1 <= last
                    and toks[k + 1].low in lex.SOURCE_NOUNS
                ):
                    return j - 1
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

    def char_span(self, a: int, b: int) -> tuple[int, int] | None:
        """Characters of tokens a..b, without the punctuation hanging at either end; a content
        that is one quotation «…» loses its marks."""
        toks = self.toks
        while a <= b and toks[a].pos == "PUNCT" and toks[a].text not in _OPENERS:
            a += 1
        while b >= a and toks[b].pos == "PUNCT" and toks[b].text not in _CLOSERS:
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
                return (j + 1, "indirect") if j + 1 <= last else None
            if t.text == ":":
                return (j + 1, "indirect") if j + 1 <= last else None
            if t.pos in ("VERB", "AUX") and t.verbform == "Fin":
                return None
            if t.text in (".", ";", "!", "?"):
                return None
            if (
                steps <= 4
                and t.low in ("о", "об", "обо")
                and cls in ("say",)
                and toks[v].lemma in lex.ABOUT_VERBS
            ):
                if j + 1 <= last and toks[j + 1].low in THIS:
                    j += 1
                    continue
                return (j, "about")
            if cls == "directive" and t.verbform == "Inf" and steps <= 6:
                return (v + 1, "indirect")
            if cls == "directive" and t.low == "чтобы":
                return (j + 1, "indirect")
            if cls == "position" and steps == 1 and t.low in ("за", "против"):
                return (j, "about")
            j += 1
        if cls == "say" and toks[v].lemma in lex.NP_CONTENT_VERBS:
            k = v + 1
            while k <= last and toks[k].pos in ("ADV", "PART"):
                k += 1
            if k <= last and toks[k].pos in ("ADJ", "NOUN") and toks[k].case == "Acc":
                return (k, "about")
        return None
