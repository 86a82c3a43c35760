"""Speech events: a stretch of text someone said and the words that tell who said it.

Direct speech (quote marks, dialogue dashes, "X заявил: «…»") is found on characters; indirect
speech ("X заявил, что …", "по словам X", "как отметил X") on natasha's tokens. Each event keeps
only a pointer to its subject; who that subject is gets decided later, in text order (see
coref.py), because pronouns and titles depend on what came before.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from . import lexicon as lex
from .clauses import DASH_TOKENS, MIN_WORDS, Clauses, speech_class
from .hints import short_quote_start
from .mentions import Mention
from .quotes import Stretch, dash_stretches, quote_stretches, word_count
from .tokens import Tok

_ATTRIBUTION_LEAD = re.compile(r"[ \t\u00a0]*(?:[,!?…]|\.\.\.)?[ \t\u00a0]*(?:[-–—―][ \t\u00a0]*)?")
_PARAGRAPH_BREAK = re.compile(r"[ \t\u00a0]*\n\s*")
_COLON_BEFORE = re.compile(r":[ \t\u00a0]*(?:[-–—―][ \t\u00a0]*)?\n?[ \t\u00a0]*$")
_INTRO_WORDS = lex.words(
    "однако также кроме того при этом тем временем между тем впрочем "
    "в свою очередь так а и но вместе с тем хотя"
)
# Where the words were said: "по словам Лукашенко из инаугурационной речи", "по словам X в
# интервью CNN" (word starts: the tokens' lemmas are often the forms themselves)
_SAID_IN = tuple(
    "реч интервью выступлен обращен письм заявлен стать послани эфир колонк блог пост "
    "публикаци".split()
)
_EDITORIAL = lex.words("ранее напомним напомню")
_WRITER_MODALS = lex.words("стоит следует нужно надо необходимо важно можно хочется хотелось")
_CALL_WORDS = 5  # a call shown from its infinitive needs as many words to say what is called for
_ASIDE_WORDS = 4  # "В то же время, пишет газета, …": so short a lead is no statement
# "не стал комментировать", "отказался сообщить", "будет настаивать": no statement was made
_MODAL_AUX = lex.words("""
стал стала стали станет станут мог могла могли может могут смог смогла смогли сможет захотел
захотела захотели собирается собираются собирался собиралась
""")
_REFUSALS = lex.words("""
отказался отказалась отказались отказывается отказываются отказавшись отказываясь
""")
_FUTURE_AUX = lex.words("будет будут буду будем будешь будете")
_HYPOTHETICAL = lex.words("может могут мог могла могли можно сможет смогут")
# verbs that state something even when negated: "не сомневается, что …", "не отрицает"
_NEGATION_STATES = lex.words("сомневаться отрицать опровергать скрывать исключать")
_CONNECTIVES = lex.words("поэтому потому так также при кроме однако но и это")
FIRST_PERSON_WORDS = lex.words("я мы мне нам меня нас мой моя мое мои наш наша наше наши")
_PHOTO = lex.words("фото фотография фотограф источник")
_NUMBERED_ITEM = re.compile(r"\s*\d{1,2}[.)]\s")
_RETELLING_PRONOUNS = frozenset("он она они".split())
# "О том, что телеканал должен ему 8 млн рублей, заявил X": the fronted frame is the writer's
_FRONTED_FRAME = re.compile(r"(?:[Оо]б?|[Пп]ро)\s+том\s*,?\s+что\s+")
# an opening quote mark right after a word of the sentence: a phrase, not a statement
_EMBEDDED = re.compile(r"[а-яёa-z]\s+[«\"„“]\s*$")
_TEASER_END = re.compile(r"\w\s?(?:…|\.\.\.)\s*$")


# words that stand for an unnamed group as a subject ("некоторые из женщин", "многие")
_GROUP_WORDS = lex.words("некоторые многие все другие одни остальные кто-то часть")
# an institution's hopes are the writer's (or his sources') account of it, no statement:
# "Администрация президента США рассчитывает, что нефть поможет Европе"
_EXPECTATIONS = lex.words("рассчитывать надеяться")
# an adjective's or participle's genitive: the tagger may call "раздуванием" a participle
_GENITIVE_ENDINGS = ("ого", "его", "ой", "ей", "ых", "их")
# "…, — сказал он, цитируя Столыпина", "ответил словами Черчилля: «…»": another's words
_CITING_WORDS = lex.words("цитируя процитировав перефразируя перефразировав")
_SELF_CITING = lex.words("цитировать процитировать")  # "процитировал Столыпина Дерипаска"
# "другими словами", "своими словами": a manner of speaking, no one else's words
_WORDS_IDIOM = lex.words("другими иными своими простыми этими теми такими")


@dataclass(frozen=True)
class Event:
    """One act of speech found in the text, before its subject is resolved."""

    spans: tuple[tuple[int, int], ...]  # what was said: character offsets into the text
    kind: str  # direct, indirect, about (a noun phrase or "о …"), stance ("выступил за …"),
    # previous (the sentence before)
    mode: str  # mention, locative, current, previous, pronoun, object
    subject: int | None  # mention index for mention, locative and object modes
    at: int  # token index of the verb or source word: order and recency
    gender: str | None = None  # required by the verb or pronoun
    number: str | None = None
    relay: bool = False  # a relay verb ("сообщает", "пишет"): outlets are not speakers then
    sent: int = 0
    outlet_verb: bool = False  # "сообщал", "пишет": what newsrooms say of themselves
    # the words start at the verb's complement, not at a clause ("заявил об отказе от …",
    # "призвал Германию прислушаться …"): a fragment no reader can take alone, never shown
    fragment: bool = False


class _Finder(Clauses):
    """Runs the direct and indirect speech rules over one article; discarded afterwards."""

    def __init__(
        self,
        text: str,
        toks: tuple[Tok, ...],
        mentions: tuple[Mention, ...],
        owner: list[int | None],
    ) -> None:
        super().__init__(text, toks, mentions, owner)
        self.used_verbs: set[int] = set()  # verbs already read as an attribution
        self.events: list[Event] = []

    # -- direct speech -----------------------------------------------------------------------

    def attribution_after(
        self, pos: int, dash: bool = False
    ) -> tuple[int, tuple[str, int] | None, str] | None:
        """ "…», – заявил глава государства": (verb, subject, mode) after a quoted stretch."""
        text = self.text
        m = _ATTRIBUTION_LEAD.match(text, pos)
        start = m.end() if m else pos
        # "«…»\n\nзаявил после инаугурации X": a paragraph opening in lower case goes on with
        # the sentence the quote began (audit18 book_288)
        broken = _PARAGRAPH_BREAK.match(text, start)
        if broken is not None and broken.end() < len(text) and text[broken.end()].islower():
            start = broken.end()
        else:
            broken = None
        if start >= len(text) or not text[start].islower():
            return None
        if (
            not dash
            and broken is None
            and not (m and m.group().strip())
            and text[pos - 2 : pos - 1] not in "!?…"
        ):
            return None  # "назвал "охотой на ведьм" и отрицал …": a phrase in quote marks
        j = self.tok_at(start)
        toks = self.toks
        if j >= len(toks):
            return None
        sent_last = self.sent_last.get(toks[j].sent, j)
        for k in range(j, min(j + 4, sent_last + 1)):
            t = toks[k]
            if t.pos == "PUNCT":
                break
            cls = speech_class(t)
            if cls is None:
                continue
            self.used_verbs.add(k)
            if t.lemma in lex.QUOTING_VERBS:
                obj = self._quoted_person(k)
                if obj is not None:
                    return k, ("object", obj), "mention"
                if self._quotes_words_of_another(k):
                    return None  # "приводит слова пульмонолога ТАСС": his words, not ТАСС's
            if cls == "impersonal" or t.lemma == "говориться":
                owner = self._document_owner(k)
                return (k, owner, "mention") if owner else (k, None, "current")
            found = self.right_subject(k, t)
            if not found and k > j:
                found = self.left_subject(k, t)
            return (k, found, "mention") if found else None
        return None

    def _quotes_words_of_another(self, v: int) -> bool:
        """ "приводит слова пульмонолога", "приводит ее слова": the quoting verb names whose
        words they are, somebody other than its subject."""
        toks = self.toks
        last = self.sent_last[toks[v].sent]
        return any(toks[j].low in lex.SPEECH_NOUNS for j in range(v + 1, min(last + 1, v + 4)))

    def _quoted_person(self, v: int) -> int | None:
        """ "цитирует Reuters Нехаммера": the person quoted, not the outlet; "процитировал он
        заявление офиса Мэй", "приводит телеканал текст заявления Даунинг-стрит": the owner of
        the statement, not a person its owner is named after."""
        toks = self.toks
        last = self.sent_last[toks[v].sent]
        for j in range(v + 1, min(last + 1, v + 8)):
            if toks[j].low in lex.DOCUMENT_NOUNS or toks[j].low in lex.SPEECH_NOUNS:
                for q in range(j + 1, min(last + 1, j + 3)):
                    k = self.owner[q]
                    if k is None and toks[q].pos == "NOUN":
                        # "слова пульмонолога ТАСС": the noun's words, not ТАСС's; "слова члена
                        # Еврокомиссии … Маргрете Вестагер": the person the noun names
                        return self._person_after(q + 1, last)
                    if k is not None and self.mentions[k].kind in ("ORG", "GEN", "PER", "ROLE"):
                        if self.mentions[k].kind in ("ORG", "GEN") and q > j + 1:
                            # "слова члена Еврокомиссии по вопросам конкуренции Маргрете
                            # Вестагер": the organization describes the person named after it
                            person = self._person_after(self.mentions[k].last + 1, last)
                            if person is not None:
                                return person
                        return k
                return None
            k = self.owner[j]
            if (
                k is not None
                and self.mentions[k].kind in ("PER", "ROLE")
                and toks[self.mentions[k].head].case in ("Acc", "Gen", None)
                and toks[self.mentions[k].first - 1].pos != "NOUN"  # not "заявление офиса Мэй"
            ):
                return k
            if k is not None and self._after_outlet(v, self.mentions[k]):
                return k
        return None

    def _after_outlet(self, v: int, m: Mention) -> bool:
        """ "цитирует NEWSru.com Шремса", "цитирует РИА Новости Шремса": a person named right
        after the outlet that stands right after the quoting verb is its object, whatever case
        the tagger gives an unknown surname (the outlet is the verb's subject)."""
        if m.kind != "PER" or m.first <= v + 1:
            return False
        before = self.owner[m.first - 1]
        if before is None:
            return False
        outlet = self.mentions[before]
        return outlet.kind == "ORG" and outlet.first == v + 1 and outlet.last == m.first - 1

    def _person_after(self, j: int, last: int) -> int | None:
        """A person named further on in the same noun phrase (no comma, verb or quote mark)."""
        toks = self.toks
        for q in range(j, min(last + 1, j + 8)):
            if toks[q].pos in ("PUNCT", "VERB", "AUX", "CCONJ"):
                return None
            k = self.owner[q]
            if k is not None and self.mentions[k].first == q and self.mentions[k].kind == "PER":
                return k
        return None

    def _named_document_owner(self, v: int) -> tuple[str, int] | None:
        """The owner of a document before a colon, only when named ("В сообщении пресс-службы
        ЦБ РФ говорится:"): "в сообщении ведомства" is resolved by the name nearest, often one
        inside the statement itself (ФСБ in Роскомнадзор's, audit18 book_w116)."""
        owner = self._document_owner(v)
        if owner is None or self.mentions[owner[1]].kind not in ("ORG", "PER"):
            return None
        return owner

    def _document_owner(self, v: int) -> tuple[str, int] | None:
        """ "говорится в сообщении компании", "в газете X … утверждалось": who is behind it."""
        toks = self.toks
        first, last = self.sent_first[toks[v].sent], self.sent_last[toks[v].sent]
        for j in range(v + 1, min(last, v + 6)):
            if toks[j].low in lex.DOCUMENT_NOUNS and toks[j - 1].low in ("в", "во", "на"):
                for k in range(j + 1, min(last + 1, j + 5)):
                    mk = self.owner[k]
                    if mk is not None and self.mentions[mk].kind in ("ORG", "GEN", "PER", "ROLE"):
                        return ("mention", mk)
                return None
        for j in range(first + 1, v):  # "В заявлении Даунинг-стрит говорится: …"
            if toks[j].low in lex.DOCUMENT_NOUNS and toks[j - 1].low in ("в", "во", "на"):
                for k in range(j + 1, min(v, j + 5)):
                    mk = self.owner[k]
                    if mk is not None and self.mentions[mk].kind in ("ORG", "PER"):
                        return ("mention", mk)
                break
        for j in range(v - 1, first - 1, -1):  # "В газете X была опубликована статья, в которой …"
            mk = self.owner[j]
            if mk is not None and self.mentions[mk].kind == "ORG" and self.mentions[mk].media:
                return ("mention", mk)
        return None

    def attribution_before(
        self, stretch: Stretch
    ) -> tuple[int | None, tuple[str, int] | None] | None:
        """ "Песков заявил: «…»", "Путин: «…»": the introduction before a colon."""
        text = self.text
        head = text[max(0, stretch.before - 400) : stretch.before]
        m = _COLON_BEFORE.search(head)
        if not m:
            return None
        colon = stretch.before - (len(head) - m.start())
        j = self.tok_at(colon)
        if j >= len(self.toks) or self.toks[j].text != ":":
            return None
        sent = self.toks[j].sent
        first = self.sent_first[sent]
        k = j
        while k > first:
            k -= 1
            t = self.toks[k]
            if self.quoted[k]:
                # "сказала, что она «просто в восторге» и рада вернуться:" goes on past it
                k = short_quote_start(self.toks, self.quoted, k, first) if stretch.plain else -1
                if k < 0:
                    break
                continue
            cls = speech_class(t)
            if cls is not None and k not in self.used_verbs:
                self.used_verbs.add(k)
                if t.lemma in lex.QUOTING_VERBS:  # "Die Welt приводит слова представителя X:"
                    obj = self._quoted_person(k)
                    if obj is not None:
                        return (k, ("object", obj))
                found = self.subject(k, prefer_right=False)
                if not found and stretch.plain and cls == "impersonal":
                    found = self._named_document_owner(k)  # "В сообщении пресс-службы ЦБ …:"
                return (k, found) if found else None
        if j - 1 >= first and not stretch.plain:  # "Путин: «…»"; a bare "… Байден:" and a
            mk = self.owner[j - 1]  # paragraph without quote marks is a heading and a list
            if (
                mk is not None
                and self.mentions[mk].kind in ("PER", "ORG", "ROLE", "GEN")
                and self.mentions[mk].first - first <= 2  # the name opens the line
                and self.toks[self.mentions[mk].head].case in ("Nom", None)
            ):  # "сравнил Евросоюз с Адольфом Гитлером: «…»" is no one's line
                return (None, ("mention", mk))
        for k in range(first, j):
            if self.toks[k].low in lex.SPEECH_NOUNS:
                for q in range(first, j):
                    found = self.candidate(q, None, False)
                    if found:
                        return (None, found)
                break
        return None

    def direct(self) -> None:
        stretches = quote_stretches(self.text) + dash_stretches(self.text)
        stretches += self._colon_paragraphs()
        stretches.sort(key=lambda s: s.start)
        for st in stretches:  # words in quote marks are not the writer's, attributed or not
            if not st.plain and word_count(self.text[st.start : st.stop]) >= MIN_WORDS:
                self.mark_quoted(st.start, st.stop)
        last_dash_event: Event | None = None
        for st in stretches:
            if word_count(self.text[st.start : st.stop]) < MIN_WORDS:
                continue
            span = self._trim(st.start, st.stop)
            if span is None:
                continue
            at = self.tok_at(st.start)
            sent = self.toks[min(at, len(self.toks) - 1)].sent if self.toks else 0
            if st.continued and last_dash_event is not None:
                self.events.append(Event((span,), "direct", "previous", None, at, sent=sent))
                continue
            if (
                not st.dash
                and not st.plain
                and word_count(self.text[st.start : st.stop]) < 5
                and _EMBEDDED.search(self.text, max(0, st.start - 40), st.start)
            ):
                continue  # "… газопровода «Северный поток-2», допускает Кортунов": a name
            found = self.attribution_after(st.after, st.dash)
            if found is not None and self._cites_another(found[0], found[1]):
                last_dash_event = None
                continue  # the words are the person he quoted, never his own
            if found is not None:
                verb, subj, mode = found
                vt = self.toks[verb]
                if mode == "current":
                    ev = Event((span,), "direct", "current", None, verb, sent=vt.sent)
                else:
                    assert subj is not None
                    kind, idx = subj
                    # "Санкции … могут быть нужны «только тем силам, …», заявил X": the marks
                    # close a phrase inside the writer's sentence, which the words need
                    if (
                        not st.dash
                        and not st.plain
                        and self.text[span[0] : span[0] + 1].islower()
                        and _EMBEDDED.search(self.text, max(0, st.start - 40), st.start) is not None
                    ):  # the whole sentence, with its marks, is what they said
                        span = self._whole_sentence(span)
                    ev = Event(
                        (span,),
                        "direct",
                        "object" if kind == "object" else kind,
                        idx,
                        verb,
                        gender=vt.gender if kind != "object" else None,  # the verb is the
                        number=vt.number if kind != "object" else None,  # outlet's, not theirs
                        relay=vt.lemma in lex.RELAY_VERBS or speech_class(vt) == "impersonal",
                        sent=vt.sent,
                        outlet_verb=vt.lemma in lex.OUTLET_VERBS,
                    )
                self.events.append(ev)
                last_dash_event = ev if st.dash else None
                continue
            intro = self.attribution_before(st)
            if (
                intro is not None
                and intro[0] is not None
                and self._cites_another(intro[0], intro[1])
            ):
                last_dash_event = None
                continue
            if intro is not None:
                intro_verb, subj = intro
                if subj is not None:
                    intro_vt = self.toks[intro_verb] if intro_verb is not None else None
                    kind, idx = subj
                    ev = Event(
                        (span,),
                        "direct",
                        kind,
                        idx,
                        intro_verb if intro_verb is not None else at,
                        gender=intro_vt.gender if intro_vt and kind != "object" else None,
                        number=intro_vt.number if intro_vt and kind != "object" else None,
                        relay=bool(intro_vt and intro_vt.lemma in lex.RELAY_VERBS),
                        sent=sent,
                    )
                    self.events.append(ev)
                    if st.plain:
                        self.mark_quoted(st.start, st.stop)
                    last_dash_event = ev if st.dash else None
                    continue
            last_dash_event = None

    def _cites_another(self, verb: int, subj: tuple[str, int] | None) -> bool:
        """ "«…», — процитировал Столыпина Дерипаска", "…, — сказал он, цитируя Витте",
        "ответил словами Черчилля: «…»": the quoted words belong to someone the speaker cites,
        often a figure of history; shown as the speaker's own they would be a misattribution,
        and who is cited is too uncertain to name, so the quote is held back."""
        toks = self.toks
        vt = toks[verb]
        if vt.lemma in _SELF_CITING:
            if subj is None or subj[0] not in ("mention", "object"):
                return True  # a person, not an outlet, who quotes: someone else's words
            m = self.mentions[subj[1]]
            if subj[0] == "mention" and not m.media:
                return True
            if subj[0] == "object" and self._glued_names(m):
                return True
        sent = vt.sent
        for j in range(self.sent_first[sent], self.sent_last[sent] + 1):
            if self.quoted[j]:
                continue
            low = toks[j].low
            if low in _CITING_WORDS:
                return True
            if low == "словами" and j > 0 and toks[j - 1].low not in _WORDS_IDIOM:
                return True
        return False

    def _glued_names(self, m: Mention) -> bool:
        """ "процитировал Столыпина Дерипаска" read as one name: its last word is the surname
        of another person of the article (Олег Дерипаска), its first word is not his. The
        name's own words count, not a title before it: "цитирует NEWSru.com итальянского
        премьера Сильвио Берлускони" is one person, the premier (Премьер Италии Сильвио
        Берлускони)."""
        toks = self.toks
        a = m.name_span[0] if m.name_span else m.first
        if m.kind != "PER" or m.last == a:
            return False
        first, last = toks[a].lemma, toks[m.last].lemma
        return any(
            o.kind == "PER"
            and (o.last < m.first or o.first > m.last)
            and toks[o.last].lemma == last
            and toks[o.name_span[0] if o.name_span else o.first].lemma != first
            for o in self.mentions
        )

    def _whole_sentence(self, span: tuple[int, int]) -> tuple[int, int]:
        """From the start of the sentence holding `span` to its closing quote mark."""
        j = self.tok_at(span[0])
        if j >= len(self.toks):
            return span
        first = self.toks[self.sent_first[self.toks[j].sent]]
        stop = span[1] + 1 if self.text[span[1] : span[1] + 1] in ("»", '"', "”", "“") else span[1]
        return (min(first.start, span[0]), stop)

    def _trim(self, a: int, b: int) -> tuple[int, int] | None:
        text = self.text
        while a < b and (text[a].isspace() or text[a] in "-–—―"):
            a += 1
        while b > a and (text[b - 1].isspace() or text[b - 1] in ",;:-–—―"):
            b -= 1
        if word_count(text[a:b]) < MIN_WORDS:
            return None
        return (a, b)

    def _colon_paragraphs(self) -> list[Stretch]:
        """A paragraph after one that ends "… сделал следующее заявление:" is that statement,
        unless two or more empty lines stand between them: a pasted page that lost its quote
        block (a wiki quote template) leaves that gap, and what follows is the writer's again."""
        out = []
        text = self.text
        pos = 0
        lines = text.split("\n")
        offsets = []
        for line in lines:
            offsets.append((pos, pos + len(line)))
            pos += len(line) + 1
        nonempty = [(a, b) for a, b in offsets if text[a:b].strip()]
        for (a, b), (c, d) in pairwise(nonempty):
            if (
                text[a:b].rstrip().endswith(":")
                and text.count("\n", b, c) <= 2  # a wider gap: the quote block itself was lost
                and text[c:d].lstrip()[:1] not in '«"„“-–—―'
                and not _NUMBERED_ITEM.match(text, c)  # "1. Прекратить подсчет …": a list
                and not self._retelling(c)
            ):
                out.append(Stretch(c, d, d, c, False, plain=True))
        return out

    def _retelling(self, c: int) -> bool:
        """A paragraph that opens "Он добавил, что …" is the writer retelling the speaker, not
        the statement the colon announced (a pasted text lost the quote itself, audit18
        book_w114)."""
        j = self.tok_at(c)
        toks = self.toks
        return (
            j + 2 < len(toks)
            and toks[j].low in _RETELLING_PRONOUNS
            and toks[j + 1].sent == toks[j].sent
            and speech_class(toks[j + 1]) is not None
            and toks[j + 1].verbform == "Fin"
        )

    # -- indirect speech ---------------------------------------------------------------------

    def indirect(self) -> None:
        toks = self.toks
        for t in toks:
            if t.i in self.used_verbs or self.quoted[t.i]:
                continue
            cls = speech_class(t)
            if cls is None or self._inside_content(t) or self._unsaid(t, cls) or self._caption(t):
                continue
            self._indirect_verb(t, cls)
        self._source_phrases()

    def _caption(self, t: Tok) -> bool:
        """ "X выступает перед сторонниками … Фото: Reuters": a picture's caption."""
        first, last = self.sent_first[t.sent], self.sent_last[t.sent]
        return any(
            self.toks[k].low in _PHOTO and k + 1 <= last and self.toks[k + 1].text in ":/"
            for k in range(first, last + 1)
        )

    def _unsaid(self, t: Tok, cls: str) -> bool:
        """A speech verb that reports no statement: negated ("не стал комментировать", "не
        сообщил"), refused ("отказался уточнить"), in the future ("заявит", "будет настаивать"),
        or a stance the writer describes ("выступая за …")."""
        toks = self.toks
        v = t.i
        first = self.sent_first[t.sent]
        prev = toks[v - 1] if v > first else None
        before = toks[v - 2] if v - 1 > first else None
        if t.tense == "Fut" or (prev is not None and prev.low in _FUTURE_AUX):
            return True
        if cls == "position" and t.verbform == "Conv":
            return True
        if prev is not None and prev.low in _REFUSALS:
            return True
        if t.verbform == "Inf" and prev is not None and prev.low in _HYPOTHETICAL:
            return True  # "Россия может говорить, что …": what somebody might say
        negated = (prev is not None and prev.low == "не") or (
            t.verbform == "Inf"
            and prev is not None
            and prev.low in _MODAL_AUX
            and before is not None
            and before.low == "не"
        )
        return negated and t.lemma not in _NEGATION_STATES

    def _holds_event(self, span: tuple[int, int]) -> bool:
        """Does the stretch contain a speech verb already read as somebody's statement?"""
        a, b = span
        return any(a <= self.toks[e.at].start < b for e in self.events if e.at < len(self.toks))

    def _one_of_sources(self, q: int, last: int) -> int:
        """ "по словам одного из собеседников агентства": the sources speak; token `q` moves
        to them (it stays where it is for anything else)."""
        toks = self.toks
        if q + 2 > last or toks[q].low not in ("одного", "одной") or toks[q + 1].low != "из":
            return q
        k = self.owner[q + 2]
        if k is None or self.mentions[k].role_head not in lex.SOURCE_ROLES:
            return q
        return q + 2

    def _said_in(self, end: int, last: int) -> int:
        """ "по словам Лукашенко из инаугурационной речи, …": the phrase telling where the words
        were said belongs to the source, up to the comma; `end` when there is none."""
        j = end + 1
        if j > last or self.toks[j].low not in ("из", "в", "во"):
            return end
        found = False
        for k in range(j + 1, min(last, j + 5) + 1):
            t = self.toks[k]
            if t.text == ",":
                return k - 1 if found else end
            if t.pos not in ("NOUN", "PROPN", "ADJ", "X") or t.case == "Nom":
                return end
            found = found or t.low.startswith(_SAID_IN)
        return end

    def _relayed_words(self, span: tuple[int, int] | None) -> tuple[int, int] | None:
        """ "Как передает РБК, A, сообщили источники Bloomberg": the only event in the stretch
        is an outlet's relaying aside whose words end where the stretch ends; those words."""
        if span is None:
            return None
        a, b = span
        held = [e for e in self.events if e.at < len(self.toks) and a <= self.toks[e.at].start < b]
        if len(held) != 1 or not held[0].relay:
            return None
        e = held[0]
        if e.subject is None or not self.mentions[e.subject].media:
            return None
        if len(e.spans) != 1 or e.spans[0][1] != b:
            return None
        return e.spans[0]

    def _inside_content(self, t: Tok) -> bool:
        """A verb inside what somebody else is reported to say ("заявили, что он призывал");
        not inside what a newsroom relays ("В издании отмечается, что в МИД ответили, что …")."""
        for e in reversed(self.events):
            if e.sent < t.sent - 1:
                break
            if e.mode == "current" or (e.relay and e.kind != "direct"):
                continue
            if any(a <= t.start < b for a, b in e.spans):
                return True
        return False

    def _indirect_verb(self, t: Tok, cls: str) -> None:
        toks = self.toks
        v = t.i
        first, last = self.sent_first[t.sent], self.sent_last[t.sent]
        prev = toks[v - 1] if v > first else None
        if t.verbform == "Inf" and prev is not None and prev.low in _WRITER_MODALS:
            return  # "Стоит отметить, что …": the writer's own remark
        # "как отметил X, …" / "Однако, как пояснил X, …" / "…, как отметил X"
        if prev is not None and prev.low == "как" and (v - 1 == first or toks[v - 2].text == ","):
            found = self.subject(v, prefer_right=True)
            if not found:
                return
            lead = [toks[q] for q in range(first, v - 1)]
            at_start = (
                all(
                    x.pos in ("PUNCT", "CCONJ", "ADV", "PART") or x.low in _INTRO_WORDS
                    for x in lead
                )
                and len(lead) <= 4
            )
            if at_start:
                comma = self._next_comma(self._mention_end(found[1], v), last)
                if comma is None:
                    return
                span = self.char_span(comma + 1, self.clause_end(comma + 1, last))
            else:
                span = self.char_span(first, v - 3)
                # "Вкладчики, которых, как заявлял X, «очень немного», получат …": an aside in
                # mid-sentence leaves before it a subject with no predicate, no statement
                broken = self._cut_by_aside(first, v - 2, self._mention_end(found[1], v), last)
                self._add_all(span, "indirect", found, t, broken)
                return
            self._add_all(span, "indirect", found, t)
            return
        if cls == "impersonal":
            self._impersonal(t)
            return
        if t.verbform == "Conv":
            self._gerund(t, cls)
            return
        # "Об этом сообщил X": the sentence before
        if any(
            toks[k].low == "этом" and toks[k - 1].low in ("об", "о")
            for k in range(max(first + 1, v - 12), v)
        ):
            found = self.subject(v, prefer_right=False)
            if found:
                self._add_all(self._previous_sentence(v), "previous", found, t)
            return
        content = self.content_after(v, cls)
        # ", заявил, что …" after a participle phrase is no inverted attribution
        inverted = (
            prev is not None
            and (prev.text == "," or prev.text in DASH_TOKENS)
            and not (content is not None and content[1] == "indirect" and prev.text == ",")
        )
        if content is not None and not inverted:
            found = self.subject(v, prefer_right=False)
            if not found:
                return
            start, kind = content
            span = self.char_span(start, self.content_end(start, last, kind))
            if kind == "about" and span and word_count(self.text[span[0] : span[1]]) < 4:
                return  # "проинформировала … о пророке Мухаммеде": too little to quote
            self._add_all(span, kind, found, t, self._fragment(start, kind, t))
            return
        if inverted:
            found = self.right_subject(v, t) or None  # "…, заявил X": the subject follows
            if t.lemma in lex.QUOTING_VERBS:
                # "…, — цитирует NEWSru.com Шремса": the person quoted speaks, never the outlet
                # that retells him; words whose marks broke are surer with a name than with a
                # bare title ("цитирует РБК режиссера"); nobody named, nobody shown
                obj = self._quoted_person(v)
                if obj is None or self.mentions[obj].kind != "PER":
                    return
                found = ("object", obj)
            if not found or self._object_between(v, self.mentions[found[1]].first):
                return  # "Политик, который …, выразил несогласие с предложениями Мэй"
            k = v - 1
            while k > first and (toks[k].text in DASH_TOKENS or toks[k].text == ","):
                k -= 1
            span = self.char_span(self._first_person_lead(first), k)
            relayed = self._relayed_words(span)
            if relayed is not None:  # "Как передает РБК, A, сообщили источники Bloomberg"
                span = relayed  # the outlet's aside relays these very words: theirs, A
            elif span is not None and self._holds_event(span):
                return  # "X заявил о …, сообщает Y": the words are X's, Y only relays them
            comma = self._next_comma(self._mention_end(found[1], v), last)
            fragment = False
            if comma is not None and (
                span is None or word_count(self.text[span[0] : span[1]]) <= _ASIDE_WORDS
            ):
                # "В результате, считает он, страна …": the words after the aside; "Объявление
                # режима ЧП, считает Трамп, обусловлено …": they lack their subject, a fragment
                fragment = any(
                    (
                        toks[q].case == "Nom"
                        and toks[q].pos in ("NOUN", "PROPN", "PRON", "ADJ", "DET", "NUM")
                        and not (q > first and toks[q - 1].pos == "ADP")
                    )
                    # "Обложить повышенной ставкой, считают эксперты, необходимо и бизнес"
                    or (q == first and toks[q].verbform == "Inf")
                    for q in range(first, k + 1)
                )
                span = self.char_span(comma + 1, self.clause_end(comma + 1, last)) or span
            elif comma is not None and not any(
                toks[q].pos in ("VERB", "AUX") and toks[q].verbform == "Fin"
                for q in range(first, k + 1)
            ):
                return  # "Для некоторых сторонников, комментирует BBC, отставка …": a fragment
            elif comma is not None and toks[k].pos in ("ADV", "CCONJ", "PART", "ADP", "SCONJ"):
                # "…, однако сейчас, подчеркнул адвокат, он надеется …": the lead breaks off
                span = self.char_span(comma + 1, self.clause_end(comma + 1, last))
            self._add_all(span, "indirect", found, t, fragment)
            return
        # "Применить эту процедуру предлагали X и Y": the infinitive comes first
        if cls == "directive" and toks[first].verbform == "Inf" and v > first:
            found = self.subject(v, prefer_right=True)
            if found:
                narrated = t.lemma in lex.NARRATED_DIRECTIVES
                self._add_all(self.char_span(first, v - 1), "indirect", found, t, narrated)

    def _object_between(self, v: int, subject: int) -> bool:
        """A direct object between a verb and the name after it: the name is no subject."""
        toks = self.toks
        return any(
            toks[k].pos == "NOUN" and toks[k].case == "Acc" and toks[k - 1].pos != "ADP"
            for k in range(v + 1, subject)
        )

    def _first_person_lead(self, first: int) -> int:
        """ "Я хочу, чтобы … . Поэтому я сделаю все возможное, заявил X": a sentence that opens
        with a connective goes on from the speaker's first-person sentence before it (quote
        marks lost in the source); the start of that sentence, else `first`."""
        toks = self.toks
        if toks[first].low not in _CONNECTIVES or toks[first].sent - 1 not in self.sent_first:
            return first
        a = self.sent_first[toks[first].sent - 1]
        words = range(a, first)
        if (
            toks[a].para == toks[first].para
            and any(toks[q].low in FIRST_PERSON_WORDS for q in words)
            and not any(speech_class(toks[q]) or self.quoted[q] for q in words)
        ):
            return a
        return first

    def _gerund(self, t: Tok, cls: str) -> None:
        """ "…, добавив, что …": the subject is the one of the main verb before it."""
        v = t.i
        last = self.sent_last[t.sent]
        content = self.content_after(v, cls)
        if content is None:
            return
        start, kind = content
        span = self.char_span(start, self.content_end(start, last, kind))
        if span is None:
            return
        fragment = self._fragment(start, kind, t)
        earlier = [e for e in self.events if e.sent == t.sent and e.at < v]
        if earlier:
            self.events.append(
                Event((span,), kind, "previous", None, v, sent=t.sent, fragment=fragment)
            )
            return
        found = self.left_subject_across(v)
        if found:
            self._add_all(span, kind, found, t, fragment)

    def left_subject_across(self, v: int) -> tuple[str, int] | None:
        """The sentence's subject before a gerund phrase: "Байден, выразив уверенность, что …"."""
        first = self.sent_first[self.toks[v].sent]
        main = None  # the finite verb the gerund hangs on: its subject must agree with it
        for j in range(v - 1, first - 1, -1):
            t = self.toks[j]
            found = self.candidate(j, main, False)
            if found is not None:
                return found
            if self.owner[j] is None and (
                self.is_blocking(t) or (t.case == "Nom" and t.low in _GROUP_WORDS)
            ):
                return None  # "некоторые из женщин принялись бранить ее, заявляя": nobody named
            if main is None and t.pos in ("VERB", "AUX") and t.verbform == "Fin":
                main = t
        return None

    def _cut_by_aside(self, first: int, comma: int, end: int, last: int) -> bool:
        """Does an aside "…, как отметил X, …" stand in mid-sentence (words follow it) after
        words with no finite verb ("Цены на нефть, как отметил X, вырастут")? What comes before
        it is then a torn-off subject, not the speaker's statement."""
        if self._ends_sentence(end, last):
            return False
        return not any(
            x.pos in ("VERB", "AUX") and x.verbform == "Fin" for x in self.toks[first:comma]
        )

    def _mention_end(self, mention_index: int, v: int) -> int:
        m = self.mentions[mention_index]
        return max(m.last, v)

    def _next_comma(self, j: int, last: int) -> int | None:
        for k in range(j + 1, last + 1):
            if self.toks[k].text == ",":
                return k
            if self.toks[k].pos in ("VERB",) and self.toks[k].verbform == "Fin":
                return None
        return None

    def _previous_sentence(self, v: int) -> tuple[int, int] | None:
        """The sentence before token v: what "Об этом сообщил X" refers to.

        A stop inside razdel's sentence (".Об этом") counts as a sentence end too.
        """
        toks = self.toks
        sent = toks[v].sent
        first = self.sent_first[sent]
        for k in range(v - 1, first - 1, -1):
            if toks[k].text in (".", "!", "?", "…") and k > first:
                return self._stretch(first, k - 1)
        if sent - 1 not in self.sent_first:
            return None
        a, b = self.sent_first[sent - 1], self.sent_last[sent - 1]
        if toks[first].para - toks[a].para > 1:
            return None
        return self._stretch(a, self.clause_end(a, b))

    def _stretch(self, a: int, b: int) -> tuple[int, int] | None:
        a = self._after_source_clause(a, b)
        if any(self.quoted[k] for k in range(a, b + 1)) and all(
            self.quoted[k] or self.toks[k].pos == "PUNCT" for k in range(a, b + 1)
        ):
            return None
        # "Ранее сообщалось, что …. Об этом заявил X": the newsroom's back-reference, or words
        # already given to somebody ("говорится в сообщении"), are not what X said
        if any(
            self.toks[k].low in _EDITORIAL or speech_class(self.toks[k]) == "impersonal"
            for k in range(a, b + 1)
        ):
            return None
        return self.char_span(a, b)

    def _after_source_clause(self, a: int, b: int) -> int:
        """ "Как передала радиостанция «Маяк», по факту … возбуждено дело. Об этом сообщил X":
        the writer's source clause is nobody's words; X's start after its comma."""
        toks = self.toks
        if a + 1 > b or toks[a].low != "как" or speech_class(toks[a + 1]) != "say":
            return a
        for k in range(a + 2, b):
            if toks[k].text == ",":
                return k + 1
        return a

    def _impersonal(self, t: Tok) -> None:
        v = t.i
        last = self.sent_last[t.sent]
        first = self.sent_first[t.sent]
        if any(self.toks[k].low in _EDITORIAL for k in range(first, v)) or (
            t.lemma == "сообщаться" and t.tense == "Past"
        ):
            return  # "Напомним, ранее сообщалось, что …": the newsroom's own back-reference
        owner = self._document_owner(v)
        content = None
        if v + 1 < last and self.toks[v + 1].text == ":":
            content = v + 2  # "В заявлении Даунинг-стрит говорится: …"
        for j in range(v + 1, min(last + 1, v + 10)):
            if content is None and self.toks[j].low == "что" and self.toks[j - 1].text == ",":
                content = j + 1
                break
        if content is not None:
            span = self.char_span(content, self.clause_end(content, last))
        else:
            prev = self.toks[v - 1] if v > first else None
            if prev is None or (prev.text not in (",",) and prev.text not in DASH_TOKENS):
                return
            span = self.char_span(first, v - 2)
        if span is None or (content is None and self._holds_event(span)):
            return  # "X заявил о …, говорится на странице Y": the words are X's
        if owner:
            self._add(span, "indirect", owner, t, relay=True)
        else:
            self.events.append(Event((span,), "indirect", "current", None, v, sent=t.sent))

    def _source_phrases(self) -> None:
        """ "По словам X, …", "по его словам, …", "…, по мнению X"."""
        toks = self.toks
        n = len(toks)
        for j in range(n - 1):
            t = toks[j]
            if t.low not in ("по", "согласно") or self.quoted[j]:
                continue
            k = j + 1
            pron = None
            if k < n and toks[k].low in lex.PRONOUNS and toks[k].pos in ("DET", "PRON"):
                pron = toks[k]
                k += 1
            if k >= n or toks[k].low not in lex.SOURCE_NOUNS:
                continue
            first, last = self.sent_first[t.sent], self.sent_last[t.sent]
            subject: tuple[str, int] | None = None
            end = k
            if pron is None:
                q = k + 1
                while q <= last and toks[q].pos in ("ADJ", "DET") and self.owner[q] is None:
                    q += 1
                q = self._one_of_sources(q, last)
                mk = self.owner[q] if q <= last else None
                if mk is None or self.mentions[mk].kind in ("PRON", "REL"):
                    continue
                subject = ("mention", mk)
                end = self._said_in(self.mentions[mk].last, last)
            lead = [toks[q] for q in range(first, j)]
            at_start = (
                all(
                    x.pos in ("PUNCT", "ADV", "CCONJ", "PART") or x.low in _INTRO_WORDS
                    for x in lead
                )
                and len(lead) <= 4
            )
            if at_start:
                comma = end + 1 if end + 1 <= last and toks[end + 1].text == "," else None
                if comma is None:
                    continue
                if (
                    pron is None
                    and comma + 1 <= last
                    and (
                        toks[comma + 1].pos == "NOUN"
                        or (  # "По словам X, курирующего …, …", "…, бывшего посла, …"
                            (toks[comma + 1].verbform == "Part" or toks[comma + 1].pos == "ADJ")
                            and toks[comma + 1].low.endswith(_GENITIVE_ENDINGS)
                        )
                    )
                    and toks[comma + 1].case == "Gen"
                ):  # "По словам Ричарда Вайца, руководителя центра …, вполне возможно, что …":
                    comma = self._next_comma(comma + 1, last)  # the apposition is no content
                    if comma is None:
                        continue
                span = self.char_span(comma + 1, self.clause_end(comma + 1, last))
            elif j > first and toks[j - 1].text == "," and self._ends_sentence(end, last):
                span = self.char_span(first, j - 2)
            else:
                continue
            if span is None:
                continue
            if pron is not None and toks[k].low in lex.RELAY_SOURCE_NOUNS:
                continue  # "по его данным": an agency's or outlet's data, seldom a person's words
            if pron is not None:
                g, num = lex.PRONOUNS[pron.low]
                self.events.append(
                    Event(
                        (span,), "indirect", "pronoun", None, j, gender=g, number=num, sent=t.sent
                    )
                )
            else:
                assert subject is not None
                self._add(
                    span,
                    "indirect",
                    subject,
                    toks[j],
                    source=True,
                    relay=toks[k].low in lex.RELAY_SOURCE_NOUNS,
                )

    def _ends_sentence(self, j: int, last: int) -> bool:
        return all(self.toks[q].pos == "PUNCT" for q in range(j + 1, last + 1))

    def _fragment(self, start: int, kind: str, verb: Tok) -> bool:
        """Does a content starting at token `start` begin at the verb's complement rather than
        at a clause ("что …", "чтобы …", after a colon) or a call's own verb ("призвал не
        доводить …")? "об отказе от политики …", "Германию прислушаться к …" read as nobody's
        words once cut from their verb; so does a proposal or demand retold in the infinitive
        ("предложила запретить продление контрактов …")."""
        if kind == "about":
            return True
        if kind != "indirect" or start == 0:
            return False
        prev, first = self.toks[start - 1], self.toks[start]
        if prev.text == ":" or prev.low in ("что", "чтобы"):
            return False
        if not (first.verbform == "Inf" or first.pos in ("PART", "ADV")):
            return True
        if verb.lemma in lex.NARRATED_DIRECTIVES:
            return True
        # a call from its own verb reads alone when it says what is to be done: "остановить
        # подсчёт голосов во всех штатах", not "выделить 1,9 трлн"
        end = self.sent_last[first.sent]
        words = [t for t in self.toks[start : end + 1] if t.pos != "PUNCT"]
        return len(words) < _CALL_WORDS

    def _add_all(
        self,
        span: tuple[int, int] | None,
        kind: str,
        found: tuple[str, int],
        t: Tok,
        fragment: bool = False,
    ) -> None:
        """One event per subject: "заявили X и Y" makes two."""
        self._add(span, kind, found, t, fragment=fragment)
        if span is None:
            return
        mode, idx = found
        m = self.mentions[idx]
        toks = self.toks
        j = m.last + 1
        if j + 1 < len(toks) and toks[j].low == "и" and toks[j].sent == t.sent:
            second = self.candidate(j + 1, None, mode == "locative")
            if second is not None and second[1] != idx and self.mentions[second[1]].kind == m.kind:
                self._add(span, kind, second, t, fragment=fragment)
        j = m.first - 1
        if j > 0 and toks[j].low == "и" and toks[j].sent == t.sent:
            second = self.candidate(j - 1, None, mode == "locative")
            if second is not None and second[1] != idx and self.mentions[second[1]].kind == m.kind:
                self._add(span, kind, second, t, fragment=fragment)

    def _add(
        self,
        span: tuple[int, int] | None,
        kind: str,
        found: tuple[str, int],
        t: Tok,
        source: bool = False,
        relay: bool = False,
        fragment: bool = False,
    ) -> None:
        if span is None:
            return
        mode, idx = found
        self.used_verbs.add(t.i)
        frame = _FRONTED_FRAME.match(self.text, span[0], span[1])
        if kind == "indirect" and frame is not None:
            span = (frame.end(), span[1])
        if (
            kind == "indirect"
            and t.lemma in _EXPECTATIONS
            and self.mentions[idx].kind in ("ORG", "GEN", "LOC")
            and not self.mentions[idx].media
        ):
            return  # "Администрация президента США рассчитывает, что …": retold, not said
        self.events.append(
            Event(
                (span,),
                kind,
                mode,
                idx,
                t.i,
                gender=None if source else t.gender,
                number=None if source else t.number,
                relay=relay or (not source and t.lemma in lex.RELAY_VERBS),
                sent=t.sent,
                outlet_verb=t.lemma in lex.OUTLET_VERBS,
                fragment=fragment,
            )
        )


def find_events(
    text: str, toks: tuple[Tok, ...], mentions: tuple[Mention, ...], owner: list[int | None]
) -> list[Event]:
    """All speech events of an article, in text order."""
    if not toks:
        return []
    finder = _Finder(text, toks, mentions, owner)
    finder.direct()
    finder.indirect()
    teasers = _teaser_paragraphs(text)
    events = [
        e
        for e in finder.events
        if not any(a <= e.spans[0][0] < b or a <= toks[e.at].start < b for a, b in teasers)
    ]
    return sorted(events, key=lambda e: (e.spans[0][0], e.at))


def _teaser_paragraphs(text: str) -> list[tuple[int, int]]:
    """Paragraphs cut off mid-sentence with "…": related-news teasers and ads ("Госкомпания
    заявила о покупке … Речь идет о…"), no part of the story."""
    out = []
    pos = 0
    for line in text.split("\n"):
        if _TEASER_END.search(line):
            out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out
