"""Key figures: every quantity the article states, verbatim, each with the clause that says what
it measures and a salience score; the few a reply shows marked `shown`.

Rules over the text rather than a model, so that a figure is never invented or garbled. The steps:
blank what only looks like a figure (dates, years, times, law and document numbers: masks.py),
read each sentence's quantities (scan.py, with the counted noun from nouns.py), drop what is no
key figure (ages, durations that only say when) and the sentences that are not the story
(teasers, captions, tickers: blocks.py), parse the sentences left (syntax.py) to take each
figure's clause (context.py), score how much the story is about it (salience.py), and show the
best few bullets that read alone, in the story's order.

Figures of one clause make one bullet ("93 проекта с общим объемом инвестиций 18,3 млрд
долларов"), so a pair or a tally is never split over two lines.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace

from ...document import Document
from ...text import Sentence, fold
from ...types import Figure
from ..numbers import rounded_restatement
from .blocks import junk_sentences
from .context import SENTENCE_CURES, Clause, clause, sentence_clause
from .masks import mask_non_figures
from .measured import DEMONSTRATIVE_SUBJECT, measured_before
from .nouns import Morph
from .pronouns import Names
from .refuse import change_of_nothing, site_junk, size_in_passing, stake_of_nothing
from .salience import (
    Story,
    counts_actors,
    counts_few,
    counts_people,
    history,
    looks_back,
    read_story,
    said_of_then,
    score,
    stems,
    vote_result,
)
from .scan import Found, is_furniture, sentence_figures
from .syntax import Parse, parse_sentences

MAX_SHOWN = 5  # bullets in a reply by default (SUMMARIZER_MAX_FIGURES)
THRESHOLD = 2.2  # the least salience a shown bullet's best figure needs
# In a story whose best figure is clearly about it, the figures next in salience are its
# numbers too (the seed's projects, investments and jobs): they need a little less.
LEADER_THRESHOLD = 2.6
FOLLOWER_THRESHOLD = 1.85
FOLLOWER_DISTANCE = 3  # sentences from a shown bullet
FEW_PENALTY = 3.0  # a count of two to ten written in words, no toll nor vote
LONE_THRESHOLD = 1.75  # the one bullet of a block that would be empty: money, crowds, tolls
# ... and a sum owed, fined or taken, which a story that names it is about: "Общая сумма
# штрафов для этих операторов составляет 38 млн рублей", "телеканал должен ему 8 млн рублей"
LONE_DUE_THRESHOLD = 1.45
_DUE = re.compile(
    r"(?i)штраф|(?<![^\W\d_])долг|(?<![^\W\d_])долж(?:ен|на|ны)(?![^\W\d_])|задолж|взятк|"
    r"вексел|ущерб|недоимк|растрат|хищени|похитил|похищен"
)
_DIGITS = re.compile(r"\d+(?:[.,]\d+)?")
_TALLY_GAP = re.compile(
    r"(?:[\s,;]*(?:(?:а|и|тогда как|в то время как)\s+)?[^.!?;:()\d]{0,60}?\s[—–-]\s*)"
    r"|(?:\s*(?:против|к|:)\s*)"
)
_VOTE_GAP = re.compile(r"[\s,;]*(?:(?:а|и)\s+)?")
_ABSTAINED = re.compile(
    r"(?i)(?:\s+[^\W\d_]+){0,2}?\s+(?:воздержал[^\W\d_]*|не\s+голосовал[^\W\d_]*|против)"
    r"(?![^\W\d_])"
)
_VOTE_SHARE = re.compile(
    r"(?i)голос|бюллетен|лидир|опереж|набра|подсчет|подсчит|отрыв|перевес|явк|поддерж|рейтинг"
)
_GENERIC_PLACE = re.compile(
    r"(?i)(?<![^\W\d_])(?:в|во|из|от|по)\s+(?:этом\s+|том\s+|данном\s+)?"
    r"(?:штате|округе|городе|регионе|области|районе|штата|округа|города|региона)(?![^\W\d_])"
)
_SOURCE = re.compile(
    r"(?i)опрос|по данным|исследовани|социолог|рейтинг|по (?:всей )?стране|общенац"
)
# A duration is a key figure only as a term: a sentence, a contract, a ban ("к 8 годам",
# "на 10 лет", "сроком на", "8 лет лишения свободы"); "3 месяца назад", "в течение двух недель",
# "через пять лет" only say when.
_TERM_BEFORE = re.compile(r"(?i:(?<![^\W\d_])(?:к|на|сроком(?:\s+(?:на|до|в))?|срок(?:а|ом)?)\s+$)")
_TERM_AFTER = re.compile(
    r"(?i:(?:\s+(?:своего|его|ее|её))?\s+(?:лишения\s+свободы|заключения|тюремного|колонии|тюрьмы|"
    r"строгого|общего|ареста|условно|принудительных|исправительных))"
)

# A term of punishment given, faced or served ("приговорен к 8 годам колонии", "ему грозит до
# 15 лет лишения свободы", "тюрьмы, где она провела 7 лет"): the key figure of a criminal case,
# weighted as a sum of money is (not shown alone below the bar: a side character's old term,
# "заочно приговорен к девяти годам колонии", reads as well as the defendant's).
_PUNISHED_BEFORE = re.compile(
    r"(?i:(?<![^\W\d_])(?:приговор[а-яё]*|осу[дж][а-яё]*|грозит|грозят|грозило|грозила|"
    r"отсидел[а-яё]*|пров[её]л[а-яё]*\s+в\s+(?:тюрьме|колонии|заключении|СИЗО))"
    r"(?:\s+[^\W\d_]+){0,3}?\s+(?:(?:к|на|до|от)\s+)?$)"
)
_SERVED = re.compile(
    r"(?i:(?:тюрьм|колони|заключени)[а-яё]*,\s+где\s+(?:он|она|они)?\s*(?:пров[её]л|отсидел)"
    r"[а-яё]*\s+$)"
)
_PUNISHED_AFTER = re.compile(
    r"(?i:(?:\s+(?:своего|его|ее|её))?\s+(?:лишения\s+свободы|заключения|тюремного|колонии|тюрьмы|"
    r"строгого|общего|ареста|условно))"
)
_SET_IN_YEAR = re.compile(r"(?i)(?<![^\W\d_])(?:в|во)\s+(?:1[89]|20)\d\d\s*(?:год|г\.)")
PUNISHMENT_BONUS = 1.0  # a term of punishment weighs as money (duration 0.9 + 1.0 = 1.9)

_SOURCES = re.compile(r"(?i)(?:источник|собеседник)")
_AGED = re.compile(r"(?i:(?<![^\W\d_])возраст[а-я]*\s+(?:(?:от|до|старше|младше)\s+)?$)")
# how long something lasts: "иммунитет может сохраняться восемь месяцев", "продлится полгода"
_LASTS = re.compile(
    r"(?i:(?<![^\W\d_])(?:сохран(?:яться|яется|яются|ится|ятся|ялся|ялись)|продл(?:ится|ятся)|"
    r"длит(?:ся|ься)|держ(?:ится|атся|аться))\s+(?:(?:около|более|не\s+менее|почти|до|от)\s+)?$)"
)


@dataclass(frozen=True)
class _Bullet:
    figures: tuple[Found, ...]
    sentence: Sentence
    clause: Clause | None
    text: str  # what the reply shows
    marks: tuple[tuple[int, int], ...]
    why: str  # why it does not read alone; "" when it does
    shows: tuple[Found, ...] = ()  # every figure of its sentence that its text shows

    @property
    def readable(self) -> bool:
        return not self.why


def extract_figures(
    doc: Document,
    title: str | None = None,
    summary: Iterable[str] = (),
    max_shown: int = MAX_SHOWN,
) -> tuple[Figure, ...]:
    """The article's figures: the shown ones first, in the story's order, then the rest by
    salience; each quantity once. `title` (else the document's) and `summary` (the reply's
    sentences) say what the story is about."""
    text = doc.text
    if not text:
        return ()
    masked = mask_non_figures(text)
    morph = Morph(doc)
    body = [s for s in doc.sentences if not is_furniture(masked, s)]
    found = [(f, s) for s in body for f in sentence_figures(masked, s, morph) if _is_key(f, masked)]
    if not found:
        return ()
    junk = junk_sentences(text, doc.sentences)
    story = read_story(doc, [s for s in body if s.index not in junk], title or doc.title, summary)
    kinds = Counter(_kind(f) for f, s in found if s.index not in junk)
    # Parse only the sentences that can hold a shown bullet: a figure scored with its whole
    # sentence as the clause scores at least as high as with any clause of it.
    hopeful = {
        s.index: s
        for f, s in found
        if s.index not in junk
        and _score(
            story, f, _Bullet((f,), s, None, "", (), ""), text, kinds[_kind(f)] - 1, tally=True
        )
        >= (
            LONE_DUE_THRESHOLD
            if f.kind == "money" and _DUE.search(s.text)
            else min(THRESHOLD, FOLLOWER_THRESHOLD, LONE_THRESHOLD)
        )
    }
    parses = parse_sentences(doc, hopeful.values())
    bullets = _bullets(doc, found, parses, _title_place(title or doc.title or ""))
    scores = {
        id(f): _score(story, f, b, text, kinds[_kind(f)] - 1)
        - (9.0 if b.sentence.index in junk else 0.0)
        for b in bullets
        for f in b.figures
    }
    tied = [b for b in bullets if _tied(story, b)]
    back = frozenset(b.sentence.index for b in tied if _told_back(doc, story, b.sentence))
    shown = _choose(tied, scores, max_shown, text) or _lone(tied, scores, max_shown, back)
    if all(history(story, b.sentence) for b in shown):
        shown = []  # a block of history alone says nothing of the news
    shown_ids = {id(f) for b in shown for f in b.figures}
    ordered = [(f, b) for b in sorted(shown, key=lambda b: b.figures[0].start) for f in b.figures]
    rest = sorted(
        ((f, b) for b in bullets for f in b.figures if id(f) not in shown_ids),
        key=lambda fb: (-scores[id(fb[0])], fb[0].start),
    )
    out: list[Figure] = []
    for f, b in _dedupe(ordered + rest):
        context = text[b.clause.start : b.clause.stop] if b.clause else b.sentence.text
        out.append(
            Figure(
                text=text[f.start : f.stop],
                value=f.value,
                unit=f.unit,
                context=context,
                score=scores[id(f)],
                shown=id(f) in shown_ids,
                bullet=b.text,
                marks=b.marks,
            )
        )
    return tuple(out)


def _bullets(
    doc: Document,
    found: list[tuple[Found, Sentence]],
    parses: dict,
    title_place: frozenset[str] = frozenset(),
) -> list[_Bullet]:
    """One bullet per clause: the figures of a sentence whose clauses overlap share one.
    `title_place`: the stems of the state, county or region the title names ("Байден обошел
    Трампа в штате Пенсильвания"), which the reply shows above the bullets."""
    text = doc.text
    names = Names(doc)
    by_sentence: dict[int, list[Found]] = {}
    sentences: dict[int, Sentence] = {}
    for f, s in found:
        by_sentence.setdefault(s.index, []).append(f)
        sentences[s.index] = s
    out: list[_Bullet] = []
    for index, figures in by_sentence.items():
        s = sentences[index]
        parse = parses.get(index)
        if parse is None:
            out.extend(_Bullet((f,), s, None, "", (), "not salient") for f in figures)
            continue
        groups: list[tuple[list[Found], Clause | None]] = []
        for f in figures:
            c = clause(parse, [(f.start, f.stop)], text)
            members, last = groups[-1] if groups else ([], None)
            if last is not None and _tally(text, (members, last), f):
                stop = max(last.stop, _vote_end(text, last, f))
                groups[-1] = ([*members, f], _joined(parse, text, [*members, f], last, stop))
                continue
            if last is not None and c is not None and c.start < last.stop and last.start < c.stop:
                members = [*members, f]  # one clause: "93 проекта ... 18,3 млрд долларов"
                groups[-1] = (members, clause(parse, [(g.start, g.stop) for g in members], text))
                continue
            groups.append(([f], c))
        for members, c in groups:
            out.append(_bullet(doc, tuple(members), s, c, figures, parse, names, title_place))
    return out


def _tied(story: Story, b: _Bullet) -> bool:
    """A bullet outside the lead and the summary is shown only when it speaks of what they
    and the title speak of: "Экспорт из Германии в этом году достиг €7,5 млрд" in a story of
    Serbia refusing sanctions names nothing of it."""
    if b.sentence.index in story.lead_sentences | story.summary_sentences:
        return True
    return bool(stems(b.text or b.sentence.text) & (story.title | story.lead | story.summary))


def _joined(parse: Parse, text: str, members: list[Found], last: Clause, stop: int) -> Clause:
    """The clause of a tally once its next number joins: "Сумма штрафа составила почти
    полмиллиона рублей | – 475 тысяч" was judged to cut the list the joined number completes,
    so the clause of all the numbers is judged again; any other fault stays."""
    joined = replace(last, stop=stop)
    if last.why != "cuts a list":
        return joined
    whole = clause(parse, [(g.start, g.stop) for g in members], text)
    if whole is None or not whole.readable or whole.start > last.start or whole.stop < stop:
        return joined
    return whole


def _tally(text: str, group: tuple[list[Found], Clause | None], f: Found) -> bool:
    """ "Байден получит 306 голосов выборщиков, Трамп — 232", "306 против 232": the second
    number of a pair, whose own clause is only a label, joins the first's bullet."""
    members, c = group
    prev = next((g for g in reversed(members) if g.kind != "bare"), None)
    if c is None or prev is None or f.start < c.start:
        return False
    gap = text[max(c.stop, prev.stop) : f.start]
    if (
        f.kind in ("count", "bare")
        and _VOTE_GAP.fullmatch(gap)
        and _ABSTAINED.match(text, f.stop)
        and vote_result(text[c.start : c.stop])
    ):
        return True  # "278 депутатов при 318 голосах против, | 31 человек воздержался"
    if not (f.unit == prev.unit or f.kind == "bare" or f.inherit):
        return False
    return bool(_TALLY_GAP.fullmatch(gap))


def _vote_end(text: str, c: Clause, f: Found) -> int:
    """Where a vote's last count ends: with the word that says how it voted ("31 человек
    воздержался"), which its own clause leaves out."""
    m = _ABSTAINED.match(text, f.stop)
    return m.end() if m is not None and vote_result(text[c.start : c.stop]) else f.stop


def _bullet(
    doc: Document,
    members: tuple[Found, ...],
    s: Sentence,
    c: Clause | None,
    sentence_figures_: list[Found],
    parse: Parse,
    names: Names,
    title_place: frozenset[str] = frozenset(),
) -> _Bullet:
    """The bullet of one clause: its text with a [name] after each pronoun that needs one,
    and where its numbers stand in that text."""
    text = doc.text
    if c is None:
        return _Bullet(members, s, None, "", (), "no clause")
    if (not c.readable and c.why in SENTENCE_CURES) or _cut_short(text, c, members, s):
        whole = sentence_clause(parse, [(f.start, f.stop) for f in members], text)
        c = whole if whole is not None and whole.readable else c
    head = _GLUED_HEAD.match(text, c.start) if c.start == s.start else None
    if head is not None and head.end() < min(f.start for f in members):
        c = replace(c, start=head.end())  # "Турецкий «десант» В свою очередь, ...": a subhead
    why = c.why or ("hypothetical" if c.hypothetical else "") or _cut_short(text, c, members, s)
    stop = _own_sentence_end(text, c.start, c.stop, min(f.stop for f in members))
    start, stop = _row_bounds(text, c.start, stop, members)
    cut = cut_participle(text, start, stop)
    if all(f.stop <= cut for f in members):
        stop = cut  # "12,84 % акций «Роснефти», являющихся": the participle's words cut
    if start != c.start:
        c = replace(c, start=start)
    insert: list[tuple[int, str]] = []
    for at, k in c.pronouns:
        if at > stop:
            continue
        name = names.name_for(parse.tokens[k].text, parse.tokens[k].start, s)
        if fold(parse.tokens[k].text) in DEMONSTRATIVE_SUBJECT:
            name = measured_before(doc, s)  # "этот показатель [годовая инфляция] составил"
        if name is not None and _after_place_preposition(parse, k):
            name = None  # "на нем работают 32 тыс.": the plant, not the man named before it
        if name is None and _subject_before(parse, k, c.start):
            continue  # "лидирует партия «Грузинская мечта» — она набирает 48,16%": the party
        if name is None:
            why = why or "pronoun with no name"
        elif fold(name.split()[-1])[:5] not in fold(text[c.start : at]):
            insert.append((at, f" [{name}]"))
        # else: "лидирует Байден, у него 202 голоса": the bullet names him already, and a
        # "[Байден]" after "у него" would stand in the wrong case
    pieces: list[str] = []
    pos = c.start
    shift: list[tuple[int, int]] = []  # (document offset, extra characters before it)
    extra = 0
    for at, words in sorted(insert):
        pieces.append(text[pos:at])
        pieces.append(words)
        extra += len(words)
        shift.append((at, extra))
        pos = at
    pieces.append(text[pos:stop])

    def where(offset: int) -> int:
        added = max((e for a, e in shift if a <= offset), default=0)
        return offset - c.start + added

    if not why and _YES_NO.search(text[c.start : min(f.start for f in members)]):
        why = "an indirect question"  # "решат, останется ли Трамп ... еще на четыре года"
    if (
        not why
        and _LABEL_AFTER.match(text, stop)
        and any(f.stop == stop for f in sentence_figures_)
    ):
        why = "cut before its label"  # "24% ... очень важно, 44%" | "— что «скорее важно»"
    shown_text = "".join(pieces)
    why = why or site_junk(shown_text)
    if not why and all(size_in_passing(text, f.start, f.stop, f.kind) for f in members):
        why = "a size in passing"  # "Остров Уайт с населением около 140 000 человек"
    if not why and _AFTER_THIS.search(shown_text):
        why = "after what"  # "через год после этого число ... достигло 800 млн": after what?
    percent = any(f.kind == "percent" for f in members)
    if not why and percent and stake_of_nothing(doc, shown_text, c.start, stop):
        why = "a share of nothing named"  # "Венедиктов владел 100% компании": which?
    if not why and change_of_nothing(shown_text):
        why = "a change of nothing named"  # "повышение составит 5,9%": of what?
    if (
        not why
        and not _says_where(doc, members, text[c.start : stop], c.start, stop)
        and not (title_place and _only_place(doc, s, title_place, members))
    ):
        why = "no place named"
    # a figure may end past the bullet by its abbreviation's stop ("2,1 млрд руб."): still bold
    shows = tuple(
        g for g in sentence_figures_ if g.start >= c.start and g.stop <= stop + 1 and g.start < stop
    )
    marks = tuple(
        (where(g.start), where(min(stop, g.core if g.core >= 0 else g.stop))) for g in shows
    )
    return _Bullet(members, s, c, shown_text, marks, why, shows)


# a subhead the page ran into the next sentence with no stop: "Турецкий «десант» В свою
# очередь, Эрдоган подчеркнул ..." (a word of a sentence's opening, capitalised mid-line)
_GLUED_HEAD = re.compile(
    r"[А-ЯЁ][^.!?,;:—–()\n]{0,50}?[а-яё»\"]\s+(?=(?:В|Во|На|По|Как|Однако|Но|При|Кроме|Между|"
    r"Тем|Также|Это|Он|Она|Они|Ещё|Еще|Для|После|Тогда|Теперь|Сейчас|Сегодня|Вчера|Ранее|"
    r"Затем)\s+[а-яё])"
)

# "не два астронавта, как в ходе тестового полета, а четыре": the number denied, then the one
# stated; a bullet that stops before "а" shows the denied one as the fact
_DENIED = re.compile(r"(?i)(?<![^\W\d_])не\s+(?:[^\W\d_]+\s+)?$")
_STATED_AFTER = re.compile(r"[^.!?;]*?,\s*а\s")


# a pronoun the next clause says more of: "тем, кто работает из дома", "тех, что ..."
_CORRELATIVE_END = re.compile(
    r"(?i)(?<![^\W\d_])(?:те|тем|тех|теми|тот|того|тому|том|та|ту|той|то|таким|таких|такие)$"
)
# a clause whose subject is the relative word before it: "..., что | позволило вывести"
# or whose head is a relative word after a preposition: "прогноз ООН, согласно которому |
# к концу года ..." (the forecast's whose, cut off)
_WHICH_BEFORE = re.compile(
    r"(?i),\s*(?:что|котор(?:ое|ая|ый|ые)|ч(?:ей|ья|ь[её]|ьи|ьего|ьей|ьих|ьим|ьему|ью)"
    r"|(?:согласно|по|в|во|на|с|со|из|у|для|при|после|до|от|за|к)\s+котор[а-яё]+)\s*$"
)
_WHO = re.compile(r"\s*,\s*(?:кто|что|котор|где|куда|когда|чей|чья|чьи)")
# a clause that opens on the conjunction of a clause it cut off: "Если Киев согласится, | то
# «Газпром» будет продавать ... по 375 долларов", "после того, | как WhatsApp был куплен ..."
_CUT_CONJUNCTION = re.compile(r"(?i)(?:то|как|что)\s+(?!есть\b|бишь\b)")
_COMMA_BEFORE = re.compile(r"[,—–]\s*$")
# an event the bullet points back to and leaves out; "после того как ..." names it
_AFTER_THIS = re.compile(
    r"(?i)(?<![^\W\d_])(?:после|из-за|благодаря|вследствие|в\s+результате)\s+"
    r"(?:этого|этому|того|тому)(?![^\W\d_])(?!\s*,?\s*(?:как|что|чтобы|когда)(?![^\W\d_]))"
)
# "либо выплатить штраф до 100 тыс. шекелей, | либо отправиться в тюрьму": one of a pair
_EITHER = re.compile(r"(?i)(?<![^\W\d_])либо(?![^\W\d_])")


def _cut_short(text: str, c: Clause, members: tuple[Found, ...], s: Sentence) -> str:
    """Why a clause stops before words its own need ("" when it does not)."""
    if any(_DENIED.search(text, c.start, f.start) for f in members) and _STATED_AFTER.match(
        text[c.stop : s.stop]
    ):
        return "cut before its contrast"  # "не два астронавта, как ..., | а четыре"
    if _CORRELATIVE_END.search(text, c.start, c.stop) and _WHO.match(text, c.stop):
        return "ends mid-phrase"  # "не предоставляют опций тем | , кто работает из дома"
    if _WHICH_BEFORE.search(text, s.start, c.start):
        return "starts mid-phrase"  # "разблокировал двери, что | позволило вывести 1 200"
    if _CUT_CONJUNCTION.match(text, c.start) and _COMMA_BEFORE.search(text, s.start, c.start):
        return "starts on a cut conjunction"  # "Если Киев согласится, | то «Газпром» ..."
    inside = _EITHER.search(text, c.start, c.stop)
    if inside and (_EITHER.search(text, c.stop, s.stop) or _EITHER.search(text, s.start, c.start)):
        return "cuts an either-or"  # "либо выплатить штраф ..., | либо отправиться в тюрьму"
    return ""


def _after_place_preposition(parse: Parse, k: int) -> bool:
    """A pronoun after a preposition other than "у" ("на нем", "в ней", "с ним") refers to a
    thing as often as to a person: a person's name is never inserted there on gender alone."""
    if k == 0:
        return False
    prev = parse.tokens[k - 1]
    return prev.pos == "ADP" and fold(prev.text) != "у"


def _subject_before(parse: Parse, k: int, start: int) -> bool:
    """The pronoun `k`, a subject, repeats the one subject noun of the same gender and number
    that the bullet names before it in its sentence ("лидирует партия ... — она набирает")."""
    pronoun = parse.tokens[k]
    if pronoun.rel not in ("nsubj", "nsubj:pass"):
        return False
    same = [
        t
        for t in parse.tokens[:k]
        if t.start >= start
        and t.rel in ("nsubj", "nsubj:pass")
        and t.pos in ("NOUN", "PROPN")
        and t.feats.get("Number") == pronoun.feats.get("Number")
        and (
            pronoun.feats.get("Number") == "Plur"
            or t.feats.get("Gender") == pronoun.feats.get("Gender")
        )
    ]
    return len(same) == 1


# a yes/no question put in a clause: "останется ли", "будет ли", "сможет ли" - no fact
_YES_NO = re.compile(r"(?i)[,:]\s*(?:[^\W\d_]+\s+){0,2}[^\W\d_]+\s+ли(?![^\W\d_])")
_LABEL_AFTER = re.compile(r"\s*[—–]\s*[^\W\d_]")
_CUT_JOIN = re.compile(r"(?<=[.!?])\s*…")  # "… Байдена. …Выборщики завершили": a feed's join


# a row of a numbered list the sentence splitter cut at the next row's number: "1. Михаил
# Саакашвили — 52,1 % (922774 голоса) 2. Леван ..." reads "1. ... 2"
_ROW_NUMBER = re.compile(r"(\d{1,2})\.\s+(?=[А-ЯЁA-Z])")
_ROW_BEFORE = re.compile(r"(?<![\d,.])(\d{1,2})\.\s+$")
_NEXT_ROW = re.compile(r"(?<=[^\d\s,.])\s+(\d{1,2})$")


# a participle after a comma, its own words cut off: "..., являющихся"
_LONE_PARTICIPLE = re.compile(r",\s*[а-яё]+(?:ющ|ящ|ащ|ущ|вш)[а-яё]*$")


def cut_participle(text: str, start: int, stop: int) -> int:
    """Where a clause ends without a participle after a comma whose own words it cut off
    ("..., являющихся"): before the comma; `stop` when it does not end so."""
    lone = _LONE_PARTICIPLE.search(text, start, stop)
    return lone.start() if lone is not None and lone.end() == stop else stop


def _row_bounds(text: str, start: int, stop: int, members: tuple[Found, ...]) -> tuple[int, int]:
    """A numbered list's row without its own number and the next row's: the clause runs from
    "N. " (or from just after the previous row's "N. ") to a trailing "N+1" that the text
    follows with ". "; a row split off as its own sentence loses its "N. "; anything else is
    left as it is."""
    own = _ROW_NUMBER.match(text, start)
    before = None if own else _ROW_BEFORE.search(text, max(0, start - 6), start)
    row = own or before
    first = min(f.start for f in members)
    if row is None or (own is not None and own.end() > first):
        return start, stop
    begin = own.end() if own else start
    tail = _NEXT_ROW.search(text, start, stop)
    if (
        tail is None
        or int(tail.group(1)) != int(row.group(1)) + 1
        or text[stop : stop + 1] != "."
        or not text[stop + 1 : stop + 2].isspace()
        or any(f.stop > tail.start() for f in members)
    ):
        return begin, stop
    return begin, tail.start()


def _own_sentence_end(text: str, start: int, stop: int, first_member: int) -> int:
    """Where a clause ends when the source glued a cut-off sentence of another item onto it
    (". …"): at the stop before the join after the bullet's first number; numbers after the
    join belong to the other item ("… 20 голосов … Байдена. …завершили … в двух штатах")."""
    for m in _CUT_JOIN.finditer(text, first_member, stop):
        return m.start() - 1  # without the stop: bullets end without one
    return stop


def _says_where(
    doc: Document, members: tuple[Found, ...], bullet: str, start: int, stop: int
) -> bool:
    """A share of votes is one place's or one poll's: "Трамп лидирует после подсчета 95%
    голосов" reads as the nation's result unless the bullet names the state or the poll; and
    "в штате", "в округе" need the state's or county's name."""
    vote_share = any(f.kind == "percent" for f in members) and _VOTE_SHARE.search(bullet)
    if not vote_share and not _GENERIC_PLACE.search(bullet):
        return True
    return bool(vote_share and _SOURCE.search(bullet)) or any(
        e.type == "LOC" and start <= e.start and e.stop <= stop for e in doc.entities
    )


# "в ключевом штате Пенсильвания", "в округе Мэрикопа": a place below a country's level
_TITLE_PLACE = re.compile(
    r"(?i:штат|округ|област|регион|район|провинци|графств)[а-яё]*\s+([А-ЯЁ][а-яё-]+)"
    # "Партия Иванишвили побеждает на выборах в Грузии": the country whose vote it is
    r"|(?i:выбор|голосовани|референдум)[а-яё]*\s+(?:в|во)\s+([А-ЯЁ][а-яё-]+)"
)


def _title_place(title: str) -> frozenset[str]:
    m = _TITLE_PLACE.search(title)
    return stems(m.group(1) or m.group(2)) if m else frozenset()


def _only_place(
    doc: Document, s: Sentence, place: frozenset[str], members: tuple[Found, ...]
) -> bool:
    """A vote share in a story whose title names one state is that state's when its sentence
    and the one before name no other place: the reply shows the title above the bullets."""
    if not any(f.kind == "percent" for f in members):
        return False
    first = doc.sentences[max(0, s.index - 1)].start
    places = [e for e in doc.entities if e.type == "LOC" and first <= e.start < s.stop]
    return all(stems(e.normal) & place for e in places)


def _kind(f: Found) -> tuple[str, str | None]:
    return (f.kind, f.unit if f.kind == "count" else None)


def _score(story: Story, f: Found, b: _Bullet, text: str, peers: int, tally: bool = False) -> float:
    """`tally`: score as if the bullet held other figures (an upper bound, before parsing)."""
    number = "".join(_DIGITS.findall(text[f.anchor : f.stop])[:1])
    before = text[max(b.sentence.start, f.start - 30) : f.start]
    clause = b.text or b.sentence.text
    tally = tally or any(g is not f for g in b.figures)
    after = text[f.stop : f.stop + 40]
    # "Двое видных экспертов вступили в полемику": the story's actors counted
    actors = 4.0 if counts_actors(text[f.anchor : f.stop], clause) else 0.0
    if (
        not actors
        and f.kind == "count"
        and counts_few(text[f.anchor : f.stop], f.value, f.unit, clause)
    ):
        actors = FEW_PENALTY  # "в двух номинациях", "три космонавта": no key figure
    value = score(
        story,
        f.kind,
        f.unit,
        number,
        b.sentence,
        clause,
        before,
        peers,
        f.value < 3,
        tally,
        f.value,
        after,
        text[b.sentence.start : f.start],
    )
    if (
        f.kind == "duration"
        and punishment(text, f)
        and not _SET_IN_YEAR.search(text, b.sentence.start, f.start)
    ):
        value += PUNISHMENT_BONUS  # not "по которому он в 2020 году получил три года": the past
    return round(value - actors, 3)


def punishment(text: str, f: Found) -> bool:
    """A term of punishment given, faced or served: "к 8 годам колонии", "грозит до 15 лет"."""
    if f.kind != "duration":
        return False
    lead = text[max(0, f.start - 60) : f.start]
    return bool(
        _PUNISHED_BEFORE.search(lead) or _SERVED.search(lead) or _PUNISHED_AFTER.match(text, f.stop)
    )


def _choose(
    bullets: list[_Bullet], scores: dict[int, float], max_shown: int, text: str
) -> list[_Bullet]:
    """The best bullets that read alone and say something the ones before did not."""
    ranked = sorted(
        (b for b in bullets if b.readable and any(f.kind != "bare" for f in b.figures)),
        key=lambda b: (-max(scores[id(f)] for f in b.figures), b.figures[0].start),
    )
    chosen: list[_Bullet] = []
    seen: set[tuple[float, str]] = set()
    # the figures a chosen bullet shows, with its sentence: "намерен выйти из проекта, в котором
    # приобрел долю в 10%" and, later, "приобрела 10% «Восток ойла» ... за €7 млрд" say one
    # share twice
    shown_in: dict[tuple[float, str | None], int] = {}
    best = max((max(scores[id(f)] for f in b.figures) for b in ranked), default=0.0)
    floor = FOLLOWER_THRESHOLD if best >= LEADER_THRESHOLD else THRESHOLD
    for b in ranked:
        value = max(scores[id(f)] for f in b.figures)
        if len(chosen) >= max_shown or value < floor:
            break
        if value < THRESHOLD and not any(
            abs(b.sentence.index - c.sentence.index) <= FOLLOWER_DISTANCE for c in chosen
        ):
            continue  # a follower belongs to the passage of a figure already shown
        # one number once: "семерых граждан" and "семерых физических лиц" are one figure; a
        # bullet that repeats one ("заплатить каждому из 25 тыс. заявителей 500 евро") is shown
        # for a figure of another kind it adds, when that one is salient on its own ("против
        # семерых физических и четырех юридических лиц" only says the count again)
        keys = {(round(f.value, 6), f.kind) for f in b.figures if f.kind != "bare"}
        if keys & seen and not _adds(b, seen, scores, floor):
            continue
        if any(b.text in c.text or _restates(b, c, text) for c in chosen):
            continue
        if any(shown_in.get(k, b.sentence.index) != b.sentence.index for k in _shown_keys(b, text)):
            continue
        # a clause inside a sentence already chosen whole, or the other way round: one bullet
        inner = [c for c in chosen if c.text in b.text and c.sentence.index == b.sentence.index]
        chosen = [c for c in chosen if c not in inner]
        chosen.append(b)
        seen |= keys
        for k in _shown_keys(b, text):
            shown_in.setdefault(k, b.sentence.index)
    return chosen


def _adds(b: _Bullet, seen: set[tuple[float, str]], scores: dict[int, float], floor: float) -> bool:
    """A bullet that repeats a figure already shown adds one of another kind, salient on its
    own: a sum of money beside the count of its payees."""
    repeated = {f.kind for f in b.figures if (round(f.value, 6), f.kind) in seen}
    return any(
        f.kind not in repeated and f.kind != "bare" and scores[id(f)] >= floor for f in b.figures
    )


# "$1700 за 1 тыс. куб. м": the measure a price is per, which every price of a story repeats
_PER = re.compile(r"(?i)(?<![^\W\d_])(?:за|на|в расчете на)\s+$")


def _shown_keys(b: _Bullet, text: str) -> set[tuple[float, str | None]]:
    """The figures a bullet shows, each as (value, unit), leaving out the measure a rate is
    per."""
    return {
        (round(g.value, 6), g.unit)
        for g in b.shows or b.figures
        if g.kind != "bare" and not _PER.search(text, max(0, g.start - 20), g.start)
    }


_STEM = re.compile(r"[^\W\d_]{5,}")


def _rounds_to(text: str, f: Found, g: Found) -> bool:
    """One number as written is the other rounded to fewer decimals: "12" and "12,1"; not
    "304" and "306" (two counts, as precise as each other)."""
    written = [_DIGITS.search(text, h.anchor, h.stop) for h in (f, g)]
    if written[0] is None or written[1] is None:
        return False
    return rounded_restatement(written[0].group(), written[1].group())


def _restates(b: _Bullet, c: _Bullet, text: str) -> bool:
    """`b` says again what `c` said, rounded differently: "сумма наличных превысила 12 трлн
    руб." and "сумма наличных ... достигла 12,1 трлн руб." (the same unit, one value the other
    rounded, at least two words of the same stem). Shares are left apart: "5%" and "5,4%" are
    often two periods."""
    pairs = [
        (f, g)
        for f in b.figures
        for g in c.figures
        if f.kind == g.kind
        and f.kind not in ("bare", "percent", "ratio")
        and f.unit == g.unit
        and f.value != g.value
        and _rounds_to(text, f, g)
    ]
    if not pairs:
        return False
    mine = {fold(w)[:5] for w in _STEM.findall(b.text)}
    theirs = {fold(w)[:5] for w in _STEM.findall(c.text)}
    return len(mine & theirs) >= 2


def _told_back(doc: Document, story: Story, s: Sentence) -> bool:
    """History: background by its date, said of a past moment ("на тот момент"), or in a
    paragraph that opens on a look back ("Напомним, ...")."""
    if history(story, s) or said_of_then(s.text):
        return True
    opening = next(t for t in doc.sentences if t.paragraph == s.paragraph)
    return looks_back(opening.text)


def _lone(
    bullets: list[_Bullet],
    scores: dict[int, float],
    max_shown: int,
    back: frozenset[int] = frozenset(),
) -> list[_Bullet]:
    """A story with no figure above the threshold still shows its best one when that is a sum
    of money or a crowd or toll of a thousand and more ("вывести на улицу более 1 200
    человек"): the kinds that are seldom trivia, and the block is otherwise empty."""
    strong = [
        b
        for b in bullets
        if b.readable
        and any(
            (
                scores[id(f)] >= LONE_THRESHOLD
                and (f.kind == "money" or (f.value >= 1000 and counts_people(f.kind, f.unit)))
            )
            or (
                scores[id(f)] >= LONE_DUE_THRESHOLD
                and f.kind == "money"
                and bool(_DUE.search(b.text))
                and b.sentence.index not in back  # "Долг на тот момент составлял": history
            )
            for f in b.figures
        )
    ]
    best = max(strong, key=lambda b: max(scores[id(f)] for f in b.figures), default=None)
    return [best] if best is not None and max_shown > 0 else []


def _key(f: Found) -> tuple[float, str | None]:
    return (round(f.value, 6), f.unit)


def _dedupe(items: list[tuple[Found, _Bullet]]) -> list[tuple[Found, _Bullet]]:
    """Each quantity once: the same value in the same unit is one figure (the first listed),
    and a bare number that repeats a figure with a unit ("306 голосов" ... "Трамп - 232") adds
    nothing."""
    kept: dict[tuple[float, str | None], tuple[Found, _Bullet]] = {}
    for f, b in items:
        kept.setdefault(_key(f), (f, b))
    with_unit = {value for value, unit in kept if unit}
    return [fb for (value, unit), fb in kept.items() if unit or value not in with_unit]


# a distance that places something: "в пяти километрах от", "в 300 метрах от берега"
_DISTANCES = frozenset(("км", "м"))
_AT = re.compile(
    r"(?i)(?<![^\W\d_])(?:в|во)\s+(?:(?:около|примерно|приблизительно|почти|нескольких|"
    r"каких-то)\s+)?$"
)
_FROM = re.compile(r"\s+(?:от|к\s+(?:(?:северо|юго)-)?(?:северу|югу|западу|востоку))(?![^\W\d_])")

# a short quoted name that opens with the number: «Двенадцать стульев», "30 до 30"
_QUOTE_OPEN = re.compile(r"(?:^|[\s(])[«„“\"]$")
_QUOTED_NAME = re.compile(r"[^«»„“”\".!?;:\n]{0,40}?[»“”\"]")
_NAME_WORDS = 4


def _in_a_name(f: Found, masked: str) -> bool:
    """The number opens a short quoted name: a book's, a show's or a list's title, no
    quantity of the story ("роман «Двенадцать стульев»", "список Forbes "30 до 30"")."""
    if not _QUOTE_OPEN.search(masked, max(0, f.start - 2), f.start):
        return False
    m = _QUOTED_NAME.match(masked, f.start)
    if m is None or len(m.group().split()) > _NAME_WORDS:
        return False
    return masked[f.start].isupper() or f.kind == "bare"


def _is_key(f: Found, masked: str) -> bool:
    """Ages ("44-летний", "100-летнего юбилея") describe a person or a date, not the story;
    durations count only as terms; "со ссылкой на два источника" says how the news was
    learned, not what it is; a number that opens a quoted title names it."""
    if f.kind == "age" or (f.kind == "count" and f.unit and _SOURCES.match(f.unit)):
        return False
    if _in_a_name(f, masked):
        return False
    if (
        f.unit in _DISTANCES
        # "приблизительно в 250 км": the approximator and its "в" open the figure itself
        and _AT.search(masked, max(0, f.start - 12), f.anchor)
        and _FROM.match(masked, f.stop)
    ):
        return False  # "в пяти километрах от впадения в Неву": where, not how much
    if f.kind == "duration":
        lead = masked[max(0, f.start - 30) : f.start]
        if _AGED.search(lead):
            return False  # "пациентов в возрасте от 19 до 81 года": ages
        return bool(
            _TERM_BEFORE.search(lead)
            or _LASTS.search(lead)
            or _TERM_AFTER.match(masked, f.stop)
            or _SERVED.search(lead)
            or bool(_PUNISHED_BEFORE.search(masked, max(0, f.start - 60), f.start))
            or masked[f.start : f.anchor].strip().lower() in ("до", "от")
        )
    return True


__all__ = ["MAX_SHOWN", "extract_figures"]
