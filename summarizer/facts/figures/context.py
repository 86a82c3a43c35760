"""What a figure's bullet shows: the verbatim clause of its sentence that says what the number
measures and whose it is.

The clause comes from the sentence's dependency parse (syntax.py): from the number up to its
predicate, with the predicate's subject and complements, without the subordinate and coordinate
clauses that say something else. A clause with no subject of its own ("..., и получил 306
голосов") joins the clause it hangs on; a relative clause ("который набрал...") brings the noun it
describes; a figure that only says when or on what condition ("когда подсчитали 95% голосов",
"если наберет 270") brings its main clause. Openers that say when or how the sentence links on
("На сегодня", "В свою очередь", "благодаря чему") are trimmed off the front.

A clause that still needs something outside it is no bullet: a pronoun subject with no name to
show next to it, "этот штат", a clause without a predicate or a label. Precision first: an
unreadable figure stays in `--json`, never in the reply.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from ...text import fold
from .measured import measure_subject
from .syntax import Parse, Token

MAX_CHARS = 230  # a bullet longer than this is a paragraph, not a figure
PRUNE_TO = 160  # a clause that had to be shortened is shortened to this
_L = r"[^\W\d_]"
# Relations that open another clause: left out of a figure's clause unless they hold the figure.
_CLAUSE_RELS = frozenset(
    ("root", "ccomp", "advcl", "acl:relcl", "parataxis", "csubj", "csubj:pass")
)
_SPLIT_RELS = frozenset(
    ("advcl", "acl:relcl", "parataxis", "ccomp", "csubj", "discourse", "vocative", "reparandum")
)
# A span that ends on what announces a statement says nothing yet: "... выразил надежду".
_NEEDS_COMPLEMENT = re.compile(
    r"(?i)(?<![^\W\d_])(?:надежд\w*|уверенност\w*|мнени\w*|опасени\w*|заявлени\w*|"
    r"(?:за|по|у|на|рас|до|про|об|со)?(?:явил|казал|общил|метил|черкнул|помнил|обещал|требовал|"
    r"ложил|бавил|знал|яснил|азал)[аио]?|считает|считают|полагает|полагают|уверен[аы]?|"
    r"говорится|сообщается|известно|опасается|опасаются|надеется|надеются|"
    r"просьб\w*|требовани\w*|призыв\w*|предложени\w*)$"
)
_OPTIONAL_RELS = frozenset(
    ("obl", "advmod", "nmod", "advcl", "acl", "conj", "parataxis", "appos", "dep", "discourse")
)
_CONJUNCTION_END = re.compile(r"(?i)(?<![^\W\d_])(?:и|а|но|однако|причем|при этом)$")
_GLUED = re.compile(r"(?<=[а-яёa-z0-9»\")])[.!?](?=[А-ЯЁA-Z][а-яё])")
_PLACE_WORDS = frozenset(("там", "здесь", "тут", "туда", "оттуда", "отсюда"))
# "Как только станет ясно, что Байден набрал более 270 голосов": when - and then what?
_SUBORDINATE = "a subordinate clause alone"
_SUBORDINATE_START = re.compile(
    r"(?i)(?:как только|когда|если|если бы|хотя|пока|после того как|до того как|прежде чем|"
    r"в случае если|поскольку|так как|чтобы|для того чтобы)(?![^\W\d_])"
)
_THEN = re.compile(r"(?i),\s*то\s+(?!есть(?![^\W\d_]))")
_RELATIVES = ("котор", "чей", "чья", "чье", "чьи", "чьих")
_RELATIVE_START = re.compile(r"(?i)(?:[^\W\d_]+\s+)?(?:котор|чей|чья|чье|чьи|чьих|где|куда|откуда)")
_CUT_OFF = re.compile(r"\s*(?:…|\.\.\.)\s*$")
_ENDS = frozenset((".", "!", "?", "…", "..."))
_SEGMENT_BREAKS = frozenset((",", ";", ":", "—", "–", "-", "(", ")", "«", "»", '"'))
_SUBJECT_RELS = frozenset(("nsubj", "nsubj:pass", "csubj", "csubj:pass", "expl"))
# Subordinators after which a clause only says when, why or on what condition.
_DEPENDENT_MARKS = frozenset(
    ("когда", "пока", "после", "как", "чтобы", "если", "хотя", "поскольку", "так", "прежде", "ли")
)
_CONDITION_MARKS = frozenset(("если", "ли"))
# an indirect question holds no fact: "неясно, сколько голосов получит", "кто наберет 270"
_INTERROGATIVES = frozenset(
    """кто кого кому сколько какой какая какое какие каких каким чей чья чьи""".split()
)
_QUESTION_START = re.compile(
    r"(?i)(?:кто|кого|кому|сколько|как(?:ой|ая|ое|ие|их|им|ую)|ч(?:ей|ья|ьё|ье|ьи))(?![^\W\d_])"
)
_CONNECTOR_STARTS = re.compile(
    rf"(?i:(?:благодаря|в результате|после|из-за|в связи с|для|при)\s+(?:чему|чего|чем|этому|этого)"
    rf"|из (?:которых|них)|в том числе)(?!{_L})"
)
_OPENERS = re.compile(
    r"(?i:(?:в ближайшее время|в ближайшие годы|на сегодняшний день|на сегодня|на данный момент|"
    r"на тот момент|в настоящее время|в то же время|в свою очередь|кроме того|помимо этого|"
    r"помимо того|при этом|в частности|таким образом|в целом|в итоге|тем не менее|к тому же|"
    r"как и ожидалось|между тем|однако|впрочем|также|тогда же|тогда|теперь|еще|ещё|уже|и|а|но|"
    r"что|чтобы|причем|притом|зато|ведь|вот|поэтому|в общей сложности|"
    r"(?:ранее |также |как )?(?:отмечается|сообщается|сообщалось|известно|говорится|"
    r"указывается|уточняется|подчеркивается|напомним|стало известно),? что)"
    rf"(?!{_L})[\s,:]*)"
)
_CLOSERS = frozenset(".,;:—–-!?…")
# A stock, bond or oil quote a news site puts before the lead: "«Газпром» GAZP ₽297,69 +1,34%
# Купить", "Альфа-банк RU000A0JXRV7 ₽976,49 +0,66% Купить", "BRENT BRENT $123,55 +0,38%".
_WIDGET = re.compile(
    r"[^.!?\n]{0,40}?\b[A-Z][A-Z0-9]{1,11}\s+[$€₽£]?\s?\d[\d\s]*(?:[.,]\d+)?\s*[$€₽£]?\s*"
    r"[+\-−–]\s?\d+(?:[.,]\d+)?\s?%(?:\s+Купить)?\s+"
)
_PAIRS = (("«", "»"), ("(", ")"), ("„", "“"), ("[", "]"))
_THIRD_SINGULAR = frozenset("он его него ему нему им ним нем она ее нее ей ней ею нею".split())
_TIME_NOUNS = (
    "год",
    "месяц",
    "недел",
    "день",
    "дня",
    "дне",
    "раз",
    "момент",
    "врем",
    "сутк",
    "минут",
    "час",
)
_THIS = frozenset("это этого этому этим этом".split())
_THIRD_PLURAL = frozenset("они их них ими ними".split())
_FIRST_SECOND = frozenset(
    """я меня мне мной мы нас нам нами ты тебя тебе вы вас вам вами наш наша наше наши нашего
    нашей нашему нашим нашу наших нашими мой моя мое мои моего моей моих ваш ваша ваше ваши
    вашего вашей ваших""".split()
)
_DEMONSTRATIVE = re.compile(
    r"(?:эт(?:от|а|о|и|ого|ой|им|их|ому|ом|у|ими)|так(?:ой|ая|ое|ие|ого|их|им|ую|ими)|"
    r"данн(?:ый|ая|ое|ые|ого|ых|ой|ым)|указанн[а-я]+|последн(?:ий|яя|ее|ие))"
)

# words that refer back as well: "данных фильмов", "соответствующее решение" (which?)
_REFERRING = re.compile(
    r"данн(?:ый|ая|ое|ые|ого|ых|ой|ым|ому|ыми|ую)|указанн[а-я]+|соответствующ[а-я]+|"
    r"(?:выше)?упомянут[а-я]+|вышеназванн[а-я]+"
)


@dataclass(frozen=True)
class Clause:
    start: int  # document offsets of the verbatim span
    stop: int
    readable: bool  # it says what the number is without what is outside it
    hypothetical: bool  # "если наберет 270 голосов", "допустим, 51%"
    pronouns: tuple[tuple[int, int], ...] = ()  # (offset, token index) of pronouns to name
    why: str = ""  # why it is not readable, for audits


def clause(parse: Parse, spans: list[tuple[int, int]], text: str) -> Clause | None:
    """The clause that holds the figures at `spans` (document offsets); None without tokens.

    The widened clause (with the main clause a dependent one needs) is preferred; when it does
    not read alone (too long, mostly), the figure's own clause is tried."""
    figure = {k for a, b in spans for k in parse.covering(a, b)}
    if not figure:
        return None
    heads = [k for k in sorted(figure) if parse.tokens[k].head not in figure] or [min(figure)]
    own = [_predicate(parse, h) for h in heads]
    widened = [_widen(parse, p) for p in own]
    hypothetical = any(crossed for _, crossed in widened)
    tops = [p for p, _ in widened]
    found = _span(parse, text, spans, figure, heads, tops, hypothetical)
    if found.readable or tops == own or found.why == _SUBORDINATE:
        return found  # "Как только станет ясно, что Байден набрал 270": no fact on its own
    alone = _span(parse, text, spans, figure, heads, own, hypothetical)
    return alone if alone.readable else found


# The faults of a clause cut too tight, which its whole sentence can cure: "выплатить залог в
# размере $25 тыс" (no predicate), "она набирает 48,16%" (too few words), "всех, имеющих место
# внешних рисков, Путин пообещал ... 82%" (starts mid-phrase).
SENTENCE_CURES = frozenset(
    (
        "no predicate",
        "too few words",
        "starts mid-phrase",
        "no subject",
        "ends mid-phrase",
        "a share without what of",
    )
)
_RESUMES = re.compile(r"[,—–)]\s*[^\W\d_]")
_INNER_END = re.compile(r"[.!?](?=\s+[«\"]?[А-ЯЁA-Z])")
_RELATIVE_BEFORE = re.compile(
    r"(?i)(?<![^\W\d_])(?:котор[а-яё]*|где|куда|чей|чья|чь[её]|чьи|чьих)(?![^\W\d_])"
)


def _run_together(parse: Parse, inside: list[int]) -> bool:
    """A capitalized common word right after a word, with no stop between: a headline or a
    sentence run into the next ("... пунктах Крымское и Мироновский Командиры двух бригад")."""
    tokens = parse.tokens
    for a, b in pairwise(inside):
        t, prev = tokens[b], tokens[a]
        if (
            t.pos in ("NOUN", "VERB", "AUX", "ADV", "PRON", "DET")
            and t.text[:1].isupper()
            and t.text[1:].islower()
            and prev.text[:1].isalpha()
        ):
            return True
    return False


def _a_name(t: Token) -> bool:
    """A proper name; a Latin one too, which the parser of Russian often tags otherwise
    ("Pearson Plc объявила о продаже ... за £469 млн")."""
    return t.pos == "PROPN" or bool(_LATIN_NAME.match(t.text))


_LATIN_NAME = re.compile(r"[A-Z][a-z]{2,}")


def _segment_before(text: str, start: int, at: int) -> str:
    """The words between the last comma, dash or bracket before `at` and `at`."""
    cut = max(text.rfind(p, start, at) for p in (",", "—", "–", "(", ";", ":"))
    return text[max(start, cut + 1) : at]


_SENTENCE_START = re.compile(r"[«\"„“]?[А-ЯЁA-Z0-9]")
# a sentence that opens on the price of the deal: the deal the story is about
_DEAL_PRICE = re.compile(r"(?:Сумма|Стоимость|Цена)\s+(?:сделки|покупки)(?![^\W\d_])")


def sentence_clause(parse: Parse, spans: list[tuple[int, int]], text: str) -> Clause | None:
    """The figure's whole sentence (the real one, where the source glued several) as its clause,
    when the sentence is short and reads alone by the same checks as a clause: the tight clause
    of a figure the story is about may miss its subject or predicate while the sentence says
    both ("Вильфанд сообщил, что ... температура будет на 2-8°C ниже нормы")."""
    figure = {k for a, b in spans for k in parse.covering(a, b)}
    if not figure:
        return None
    fig_start, fig_stop = min(a for a, _ in spans), max(b for _, b in spans)
    starts = [parse.tokens[0].start, *parse.pieces]
    start = max(p for p in starts if p <= fig_start)
    stop = min((p for p in starts if p > fig_start), default=parse.tokens[-1].stop + 1)
    inside = [k for k, t in enumerate(parse.tokens) if t.start >= start and t.stop <= stop]
    while inside and parse.tokens[inside[-1]].text in _ENDS:
        inside.pop()
    if not inside or any(a < stop and start < b for a, b in parse.headlines):
        return None
    stop = parse.tokens[inside[-1]].stop
    # a sentence end the splitter missed: "... +8...+10°C. По словам синоптика, ..."
    end = _INNER_END.search(text, fig_stop, stop)
    if end is not None:
        stop = end.start() + 1
        inside = [k for k in inside if parse.tokens[k].stop <= end.start()]
    if stop < fig_stop or not inside or not _SENTENCE_START.match(text, start):
        return None
    roots = [k for k in inside if parse.tokens[k].head not in inside] or inside  # a cycle
    predicate = next((k for k in roots if _is_predicate(parse, k)), roots[0])
    hypothetical = any(_widen(parse, _predicate(parse, k))[1] for k in figure)
    why, pronouns = _readable(parse, inside, figure, predicate, stop - start)
    _, _, balanced = _balance(text, start, stop, parse)
    why = why or next(
        (
            reason
            for reason, bad in (
                # "Если Киев согласится, то «Газпром» будет продавать ...": the condition
                # with its main clause is a whole statement
                (
                    _SUBORDINATE,
                    bool(_SUBORDINATE_START.match(text, start))
                    and not _THEN.search(text, start, stop),
                ),
                ("unbalanced quotes", not balanced),
                ("an indirect question", bool(_QUESTION_START.match(text, start))),
                ("a quote's tail", text[start] in "—–-"),
                # "армян Карабаха, которые составляли 80% населения, Азербайджан ...": a side
                # description inside the sentence; one that ends it ("силы, доля ... в которых
                # составляет уже 82%") goes on with the statement
                (
                    "in a relative clause",
                    bool(_RELATIVE_BEFORE.search(_segment_before(text, start, fig_start)))
                    and bool(_RESUMES.search(text, fig_stop, stop)),
                ),
                ("two sentences run together", _run_together(parse, inside)),
                # whose figure: "Биржа открылась ростом: индикатор вырос на 0,73%" names none
                # ... but "Сумма сделки впечатляет — 2,7 млрд долларов" is the story's deal
                (
                    "names no one",
                    not any(_a_name(parse.tokens[k]) for k in inside)
                    and not _DEAL_PRICE.match(text, start),
                ),
            )
            if bad
        ),
        "",
    )
    return Clause(start, stop, not why, hypothetical, pronouns, why)


def _span(
    parse: Parse,
    text: str,
    spans: list[tuple[int, int]],
    figure: set[int],
    heads: list[int],
    tops: list[int],
    hypothetical: bool,
    tight: bool = False,
) -> Clause:
    """`tight`: shed the optional phrases at the ends down to a short bullet at once (a clause
    that ran too long, or past a quote it could not close, only for a phrase at its end)."""
    path = set(figure)
    for h, p in zip(heads, tops, strict=True):
        path.update(_path(parse, h, p))
    predicate = min(tops, key=lambda x: len(parse.ancestors(x)))
    kept: set[int] = set()
    for k in {*tops, *heads}:
        kept |= _collect(parse, k, path)
    kept |= _relative_antecedent(parse, predicate)
    pruned = _prune(parse, kept, tops, path, tight)
    was_pruned, kept = pruned != kept, pruned
    words = [k for k in kept | figure if parse.tokens[k].pos != "PUNCT"] or list(figure)
    lo = min(words, key=lambda k: parse.tokens[k].start)
    hi = max(words, key=lambda k: parse.tokens[k].stop)
    fig_start, fig_stop = min(a for a, _ in spans), max(b for _, b in spans)
    start, stop = _unglue(text, parse, parse.tokens[lo].start, parse.tokens[hi].stop, spans)
    # a quote widget glued to the lead ("BRENT BRENT $117,85 +0,45% Решение ...") is no part of
    # the sentence: the bullet starts after it, as at a sentence's start
    widget = _WIDGET.match(text, parse.tokens[0].start)
    if widget and start < widget.end() <= fig_start:
        start = widget.end()
    natural = _natural_start(text, parse, start) or bool(widget and start == widget.end())
    start, stop = _trim(text, start, stop, fig_start, fig_stop)
    natural = natural or _starts_with_antecedent(parse, start)
    antecedent = _antecedent_start(parse, text, start)
    if antecedent < 0:
        natural, antecedent = False, start
    else:
        natural = (natural or antecedent != start) and not (
            antecedent == start and _RELATIVE_START.match(text, start)
        )
    if not was_pruned:
        stop = _segment_end(parse, text, stop)
    start, stop = _unglue(text, parse, antecedent, stop, spans)
    subject = _subject_before(parse, start, predicate)
    if subject is None and not natural:
        subject = _setting_before(parse, text, start)
    if subject is not None:
        start, natural = subject, True
    frame = _frame_before(text, parse, start)
    if frame is not None:
        start, natural = frame, True
    stop = _before_cut_word(text, parse, stop, fig_stop)
    start, stop, balanced = _balance(text, start, stop, parse)
    inside = [k for k, t in enumerate(parse.tokens) if t.start >= start and t.stop <= stop]
    why, pronouns = _readable(parse, inside, figure, predicate, stop - start)
    why = why or next(
        (
            reason
            for reason, bad in (
                (_SUBORDINATE, bool(_SUBORDINATE_START.match(text, start))),
                ("run-in headline", any(a <= start and stop <= b for a, b in parse.headlines)),
                ("unbalanced quotes", not balanced),
                ("starts mid-phrase", not natural),
                ("cuts a list", _cuts_list(parse, start, stop, widget.end() if widget else 0)),
                ("ends mid-phrase", _ends_mid_phrase(parse, start, stop)),
                ("a share without what of", _share_cut(text, spans, stop)),
                ("an indirect question", bool(_QUESTION_START.match(text, start))),
                (
                    "announces a statement it leaves out",
                    bool(_NEEDS_COMPLEMENT.search(text[start:stop])),
                ),
            )
            if bad
        ),
        "",
    )
    if why in ("too long", "unbalanced quotes") and not was_pruned and not tight:
        return _span(parse, text, spans, figure, heads, tops, hypothetical, tight=True)
    return Clause(start, stop, not why, hypothetical, pronouns, why)


# Who says so, at the sentence's start: "По версии следствия, | глава района передал ..." The
# parser hangs it apart (parataxis), yet without it an accusation reads as a fact.
_FRAME = re.compile(
    r"(?:По (?:версии|данным|словам|мнению|информации|сведениям|оценк[еаи]м?|подсчетам|"
    r"утверждению|заявлению|сообщению|расчетам|прогнозу|прогнозам)|Согласно|"
    r"Как (?:сообщ|заяв|отмет|рассказ|пишет|пишут|уточн|переда|следует|счита|полага|"
    r"подчеркн|указ)[а-яё]*)"
    r"(?![^\W\d_])[^,.!?;:«»\"()—–]{0,80},\s*"
)


def _frame_before(text: str, parse: Parse, start: int) -> int | None:
    """The start of the attribution frame that is all of the sentence before the span, if any
    (an opening quote mark may precede it)."""
    sentence = max(p for p in (parse.tokens[0].start, *parse.pieces) if p <= start)
    while sentence < start and text[sentence] in '«"„“ ':
        sentence += 1
    m = _FRAME.match(text, sentence, start)
    if m is None or m.end() != start or sentence >= start:
        return None
    # "Как рассказал его директор, ...": a frame that needs a name from outside would make the
    # bullet unreadable; it is left off, as before
    words = {fold(w) for w in re.findall(r"[^\W\d_]+", m.group())}
    if words & (_THIRD_SINGULAR | _THIRD_PLURAL) or any(
        w.startswith(("эт", "так")) and _DEMONSTRATIVE.fullmatch(w) for w in words
    ):  # "По данным" is no reference back
        return None
    return sentence


# a percent that goes on with what it is a percent of: "взятку в размере 50% | от суммы ..."
_SHARE_OF = re.compile(r"\s*(?:от|из)\s+[^\W\d_]")
_PERCENT = re.compile(r"(?i)%|процент")


def _share_cut(text: str, spans: list[tuple[int, int]], stop: int) -> bool:
    """The span stops on a percent whose "от ..." (what it is a share of) comes after it."""
    last_start, last_stop = max(spans, key=lambda s: s[1])
    return (
        stop <= last_stop + 1
        and bool(_PERCENT.search(text, last_start, last_stop))
        and bool(_SHARE_OF.match(text, last_stop))
        and not _CHANGE_BY.search(text, max(0, last_start - 12), last_start)
    )


_CHANGE_BY = re.compile(r"(?i)(?<![^\W\d_])на\s+(?:[^\W\d_]+\s+)?$")  # "выросли на 5% от ..."


def _subject_before(parse: Parse, start: int, predicate: int) -> int | None:
    """Where the span starts when the parser hung the sentence's opening subject on a later
    clause ("Госкорпорация | в ближайшие пять лет надеется получить 1 трлн рублей ..., которые
    легли ..."): a noun phrase in the nominative from the sentence's start right up to the span,
    agreeing with a predicate that has no subject of its own."""
    tokens = parse.tokens
    verb = tokens[predicate]
    first = next((k for k, t in enumerate(tokens) if t.start >= start), None)
    if not first or not _needs_subject(verb):
        return None
    if any(tokens[c].rel in _SUBJECT_RELS for c in parse.children(predicate)):
        return None
    if not all(tokens[k].pos in ("NOUN", "PROPN", "ADJ", "DET") for k in range(first)):
        return None
    nouns = [
        tokens[k]
        for k in range(first)
        if tokens[k].pos in ("NOUN", "PROPN") and tokens[k].feats.get("Case") == "Nom"
    ]
    if not nouns or nouns[0].feats.get("Number") != verb.feats.get("Number"):
        return None
    return tokens[0].start


def _setting_before(parse: Parse, text: str, start: int) -> int | None:
    """The sentence's start when all before the span is a short phrase of when or where that
    the parser hung on a later clause ("В феврале | количество кредитов ... выросло на 30%, а
    в марте ..."); not an opener that only links on ("В свою очередь")."""
    tokens = parse.tokens
    first = next((k for k, t in enumerate(tokens) if t.start >= start), None)
    if first == 1 and fold(tokens[0].text) in _WHEN_WORDS:
        return tokens[0].start  # "Накануне | глава «Газпрома» пообещал ... на 85%"
    if not first or first > 3 or tokens[0].pos != "ADP":
        return None
    if any(tokens[k].pos == "ADP" for k in range(1, first)):
        return None  # "В ответ на требования | жителей Карабаха, которые ...": no one phrase
    if tokens[first - 1].feats.get("Case") != "Loc":
        return None  # when or where ("В феврале", "В Москве"), not "Для победы" (what for)
    if not all(
        tokens[k].pos in ("ADP", "NOUN", "PROPN", "ADJ", "DET", "NUM") for k in range(first)
    ):
        return None
    if _OPENERS.match(text, tokens[0].start):
        return None
    return tokens[0].start


# a word of when that opens a sentence alone, which the parser may hang on a later verb and
# leave outside the clause of the subject after it
_WHEN_WORDS = frozenset(
    "накануне вчера позавчера сегодня недавно утром днем вечером ночью впоследствии".split()
)


def _natural_start(text: str, parse: Parse, start: int) -> bool:
    """A bullet starts where a reader can start: the sentence's start, after punctuation or
    after a conjunction; not inside a phrase ("... признать выборы | в четырёх штатах")."""
    before = text[parse.tokens[0].start : start].rstrip()
    # a quote mark is no boundary: «и другие | "спорные" штаты» starts inside the phrase whose
    # head ("другие") it leaves out; «заявил: "...» still starts after the colon
    before = before.rstrip('«»"“”„ ')
    if not before or before[-1] in ",;:—–-(.!?" or before.endswith(("<...>", "<…>", "[...]")):
        return True  # "<...>": a cut in a quote, after which a sentence starts
    # "припеваючи: вот и теперь | правительство региона расщедрилось": only words that link
    # on stand between the stop and the start
    words = before.split()
    while words and fold(words[-1]) in _LINK_WORDS:
        words.pop()
    if len(words) < len(before.split()) and words and words[-1][-1] in ",;:—–-(":
        return True
    return bool(_CONJUNCTION_END.search(before))


_LINK_WORDS = frozenset("вот и а но теперь сейчас однако также тоже уже еще ещё тогда зато".split())


def _cuts_list(parse: Parse, start: int, stop: int, floor: int = 0) -> bool:
    """The span holds only part of an enumeration: "возле Новолуганского, в районе Золотого,
    дважды | - близ населенного пункта Луганское" (a member after the span hangs on one inside)
    or "| Вермонт — три, Нью-Гэмпшир — четыре" (the first member is before it); the parser
    gives a member as conj or, after a dash, parataxis. Clauses are no list: each says
    something of its own. Tokens before `floor` (a quote widget) are noise."""
    tokens = parse.tokens
    for k, t in enumerate(tokens):
        if t.rel not in ("conj", "parataxis") or t.head < 0 or t.pos == "PUNCT":
            continue
        if _is_predicate(parse, k) or t.pos in ("VERB", "AUX"):
            continue
        if t.rel == "parataxis" and not _after_list_mark(parse, k):
            continue  # "28 процентных пунктов (п. п.)": an aside, no member
        inside = start <= t.start and t.stop <= stop
        head = tokens[t.head]
        if min(t.start, head.start) < floor:
            continue  # hung on a quote widget's token: a parse of noise
        head_inside = start <= head.start and head.stop <= stop
        if inside != head_inside and not _is_predicate(parse, t.head):
            return True
    return False


def _after_list_mark(parse: Parse, k: int) -> bool:
    """The phrase of `k` follows a comma or dash, as the members of a list do."""
    marks = (",", "-", "—", "–")
    first = min(parse.subtree(k))
    return parse.tokens[first].text in marks or (
        first > 0 and parse.tokens[first - 1].text in marks
    )


def _unglue(
    text: str, parse: Parse, start: int, stop: int, spans: list[tuple[int, int]]
) -> tuple[int, int]:
    """Inside the figures' own sentence when the source lost the space after a period
    ("результаты голосования.Трамп одержал победу"), which the sentence splitter cannot see."""
    lo, hi = min(a for a, _ in spans), max(b for _, b in spans)
    for m in _GLUED.finditer(text, parse.tokens[0].start, parse.tokens[-1].stop):
        cut = m.start() + 1
        if start < cut <= lo:
            start = m.end()
        elif hi <= m.start() < stop:
            stop = m.start()
    for piece in parse.pieces:  # a headline run into the text: "...Байдена Одной только..."
        if start < piece <= lo:
            start = piece
        elif hi <= piece < stop:
            stop = len(text[:piece].rstrip())
    return start, stop


def _before_cut_word(text: str, parse: Parse, stop: int, fig_stop: int) -> int:
    """A sentence the source cut off ("…голосов из 270, необход …") loses its last, broken
    phrase: the span ends at the last comma after the figure, or nowhere (-1: unreadable)."""
    end = parse.tokens[-1].stop + 1
    bare = len(text[:stop].rstrip(" .…"))  # the span may already hold the "..." itself
    if not (_CUT_OFF.match(text, stop, end) or _CUT_OFF.match(text, bare, end)):
        return stop
    stop = max(bare, fig_stop)
    comma = text.rfind(",", fig_stop, stop)
    return comma if comma >= 0 else fig_stop


def _prune(
    parse: Parse, kept: set[int], tops: list[int], path: set[int], tight: bool = False
) -> set[int]:
    """A clause longer than a bullet sheds the optional phrases at its ends that hold no figure
    ("двое членов кабинета ушли в отставку | в связи со спорами об условиях Brexit и ...");
    `tight`: down to a short bullet whatever its length now."""
    tokens = parse.tokens
    kept = set(kept)
    pruned = tight
    while True:
        words = [k for k in kept if tokens[k].pos != "PUNCT"]
        if not words:
            return kept
        first = min(words, key=lambda k: tokens[k].start)
        last = max(words, key=lambda k: tokens[k].stop)
        gaps = pruned and any(
            k not in kept and tokens[k].pos != "PUNCT" for k in range(first, last + 1)
        )
        # a quote opened and not closed would take the span on to its end
        gaps = gaps or (tight and _opens_quote([tokens[k].text for k in sorted(kept)]))
        if (
            tokens[last].stop - tokens[first].start <= (PRUNE_TO if pruned else MAX_CHARS)
            and not gaps
        ):
            return kept
        edges = [
            sub
            for c in kept
            if c not in path
            and c not in tops
            and tokens[c].rel in _OPTIONAL_RELS
            and tokens[c].head in kept
            # a tight cut keeps what completes a noun of the figure's path: "четырем участникам
            # | запрещенной террористической организации" (of what?)
            and not (tight and tokens[c].rel == "nmod" and tokens[c].head in path)
            for sub in [parse.subtree(c) & kept]
            if (first in sub or last in sub)
            and not sub & path
            and not (tight and _completes(parse, sub, path))
        ]
        if not edges:
            return kept
        kept -= max(edges, key=len)
        pruned = True


def _completes(parse: Parse, sub: set[int], path: set[int]) -> bool:
    """The phrase holds words right after a noun of the figure's path, with no preposition:
    that noun's complement, whatever the parser hung them on ("четырем участникам |
    запрещенной группировки")."""
    tokens = parse.tokens
    return any(
        j > 0
        and j - 1 in path
        and tokens[j - 1].pos == "NOUN"
        and tokens[j].pos not in ("ADP", "PUNCT")
        for j in sub
    )


def _opens_quote(words: list[str]) -> bool:
    return any(words.count(a) != words.count(b) for a, b in _PAIRS)


def _starts_with_antecedent(parse: Parse, start: int) -> bool:
    """The span opens with a free-standing noun phrase in the nominative and the relative clause
    or participle that describes it ("христианка Асия Биби, которая была приговорена")."""
    tokens = parse.tokens
    first = next((k for k, t in enumerate(tokens) if t.start >= start), None)
    if first is None or (first > 0 and tokens[first - 1].pos == "ADP"):
        return False
    k = first
    while k < len(tokens) and tokens[k].pos in ("NOUN", "PROPN", "ADJ", "DET", "NUM"):
        k += 1
    if k == first or k + 1 >= len(tokens) or tokens[k].text != ",":
        return False
    nominative = any(tokens[j].feats.get("Case") == "Nom" for j in range(first, k))
    nxt = tokens[k + 1]
    describes = fold(nxt.text).startswith(_RELATIVES) or (
        nxt.feats.get("VerbForm") == "Part" and nxt.feats.get("Variant") != "Short"
    )
    return nominative and describes


def _antecedent_start(parse: Parse, text: str, start: int) -> int:
    """A span that opens with "который" or a participle (the parser may have hung it anywhere)
    starts at the noun phrase it stands for: "христианка Асия Биби, которая была
    приговорена...". -1 when that noun phrase cannot be told."""
    first = next((k for k, t in enumerate(parse.tokens) if t.start >= start), None)
    if first is None:
        return start
    if parse.tokens[first].pos == "ADP" and first + 1 < len(parse.tokens):
        relative = parse.tokens[first + 1]  # "в которых износ превышает 70 процентов"
    else:
        relative = parse.tokens[first]
    participle = (  # "исламист Куйтим Фейзулай, убивший четырех человек, ..."
        relative.feats.get("VerbForm") == "Part" and relative.feats.get("Variant") != "Short"
    )
    if not participle and not fold(relative.text).startswith(_RELATIVES):
        return start
    if not participle and relative.rel not in _SUBJECT_RELS:
        # "..., на которых Байден получит 306 голосов": the clause has a subject of its own
        own = [j for j in range(first, len(parse.tokens)) if parse.tokens[j].rel in _SUBJECT_RELS]
        rest = parse.tokens.index(relative) + 1
        if own and rest < len(parse.tokens) and parse.tokens[own[0]].start > relative.start:
            return parse.tokens[rest].start
    k = first - 1
    if k < 1 or parse.tokens[k].text != ",":
        return -1
    k -= 1
    noun = k
    while k >= 0 and parse.tokens[k].pos in ("NOUN", "PROPN", "ADJ", "DET", "NUM"):
        k -= 1
    if k + 1 > noun or parse.tokens[noun].pos not in ("NOUN", "PROPN"):
        return -1
    if parse.tokens[noun].feats.get("Case", "Nom") != "Nom":
        return -1  # "оправдал христианку Асию Биби, которая...": a bullet in the accusative
    # the noun phrase must stand on its own: not the object of a preposition ("в споре о
    # религии, разгоревшемся..." is about the dispute, not the religion)
    if k >= 0 and parse.tokens[k].pos == "ADP":
        return -1
    while k + 1 < noun and parse.tokens[k + 1].pos not in ("NOUN", "PROPN", "ADJ"):
        k += 1
    return parse.tokens[k + 1].start


def _segment_end(parse: Parse, text: str, stop: int) -> int:
    """A span never stops mid-phrase: it runs on to the next comma, dash or sentence end when
    that is near ("для того, чтобы быть | объявленным победителем")."""
    after = [k for k, t in enumerate(parse.tokens) if t.start >= stop]
    if not after or parse.tokens[after[0]].text in _SEGMENT_BREAKS | _ENDS:
        return stop
    end = stop
    for k in after:
        t = parse.tokens[k]
        if t.text in _SEGMENT_BREAKS | _ENDS or t.start in parse.pieces:
            break
        end = t.stop
    return end if end - stop <= 80 else stop


def _is_verb(t: Token) -> bool:
    """A finite verb, an infinitive or a short participle ("создано"): a clause's predicate."""
    if t.pos not in ("VERB", "AUX"):
        return False
    return t.feats.get("VerbForm") not in ("Part", "Conv") or t.feats.get("Variant") == "Short"


def _is_predicate(parse: Parse, k: int) -> bool:
    t = parse.tokens[k]
    if _is_verb(t) or (t.head < 0 and t.feats.get("Degree") == "Cmp"):
        return True  # a verb, or a comparative heading its sentence ("в четыре раза больше")
    return any(parse.tokens[c].rel in ("cop", *_SUBJECT_RELS) for c in parse.children(k))


def _segment(parse: Parse, k: int) -> tuple[int, int]:
    """The tokens around `k` up to the nearest clause punctuation on either side."""
    lo = k
    while lo > 0 and parse.tokens[lo - 1].text not in _SEGMENT_BREAKS:
        lo -= 1
    hi = k
    while hi + 1 < len(parse.tokens) and parse.tokens[hi + 1].text not in _SEGMENT_BREAKS:
        hi += 1
    return lo, hi


def _predicate(parse: Parse, k: int) -> int:
    """The head of the clause that `k` belongs to. When the tree puts it across a comma or dash
    while a verb stands right by the figure, the parser has mis-attached ("создано более 22
    тысяч" under the previous clause's verb) and the nearest verb wins."""
    p = _tree_predicate(parse, k)
    lo, hi = _segment(parse, k)
    after = _after_relative(parse, hi, p)
    if after is not None:
        return after
    if lo <= p <= hi:
        return p
    local = [j for j in range(lo, hi + 1) if _is_verb(parse.tokens[j])]
    if not local:
        return p
    return _tree_predicate(parse, min(local, key=lambda j: (abs(j - k), j > k)))


def _after_relative(parse: Parse, hi: int, p: int) -> int | None:
    """ "В шести штатах, где Трамп оспаривал итоги, выборщики отдали голоса": a figure hung on the
    verb of the relative clause that describes it belongs to the verb after that clause."""
    tokens = parse.tokens
    if p <= hi or hi + 2 >= len(tokens) or tokens[hi + 1].text != ",":
        return None
    if not fold(tokens[hi + 2].text).startswith(("где", "куда", "откуда", *_RELATIVES)):
        return None
    close = next((j for j in range(p + 1, len(tokens)) if tokens[j].text in (",", "—", "–")), None)
    if close is None:
        return None
    lo2, hi2 = _segment(parse, close + 1) if close + 1 < len(tokens) else (close, close)
    verbs = [j for j in range(lo2, hi2 + 1) if _is_verb(tokens[j])]
    return _tree_predicate(parse, verbs[0]) if verbs else None


def _tree_predicate(parse: Parse, k: int) -> int:
    cur = k
    for _ in range(len(parse.tokens)):
        t = parse.tokens[cur]
        if t.head < 0 or t.rel in _CLAUSE_RELS:
            return cur
        if t.rel == "conj" and _is_predicate(parse, cur):
            return cur
        cur = t.head
    return cur


def _widen(parse: Parse, p: int) -> tuple[int, bool]:
    """A clause that cannot stand alone joins the one it depends on: no subject of its own
    ("..., и получил 306 голосов"), a participle or gerund, or a subordinate clause that only
    says when or why. Returns the new clause head and whether a condition was crossed."""
    hypothetical = False
    for _ in range(3):
        t = parse.tokens[p]
        if t.head < 0:
            return p, hypothetical
        marks = {
            fold(parse.tokens[c].text) for c in parse.children(p) if parse.tokens[c].rel == "mark"
        }
        if marks & _CONDITION_MARKS:
            hypothetical = True
        first = min(parse.subtree(p), key=lambda k: parse.tokens[k].start)
        if t.rel in ("ccomp", "csubj") and any(
            fold(parse.tokens[c].text) in _INTERROGATIVES and c < p for c in parse.children(p)
        ):
            hypothetical = True  # "зависит, кто из кандидатов наберет 270 голосов": a question
        if t.rel == "acl:relcl":
            return p, hypothetical
        connector = _CONNECTOR_STARTS.match(
            " ".join(x.text for x in parse.tokens[first : first + 3])
        )
        if t.rel == "advcl" and connector:
            return p, hypothetical
        has_subject = any(parse.tokens[c].rel in _SUBJECT_RELS for c in parse.children(p))
        personal = t.pos in ("VERB", "AUX") and (
            "Person" in t.feats or ("Gender" in t.feats and t.feats.get("VerbForm") == "Fin")
        )
        needs_main = (
            t.rel in ("advcl", "ccomp")  # "Опросы показывают, что Байден опережает на 8%"
            or (t.rel in ("conj", "parataxis", "xcomp") and personal and not has_subject)
            or t.feats.get("VerbForm") in ("Conv", "Part")
            # "планируется | провести более 2500 учений": the infinitive is the subject of the
            # verb that says whether it is done (planned, managed); not of a word of need
            # ("для победы необходимо | набрать 270 голосов": a rule of the game, no news)
            or (
                t.rel in ("csubj", "csubj:pass")
                and t.feats.get("VerbForm") == "Inf"
                and parse.tokens[t.head].pos == "VERB"
            )
        )
        if not needs_main:
            return p, hypothetical
        p = _gerund_verb(parse, p) or _predicate(parse, t.head)
    return p, hypothetical


def _gerund_verb(parse: Parse, k: int) -> int | None:
    """The verb a gerund goes with when the parser hung it across a colon on the verb before:
    "чиновники живут припеваючи: правительство расщедрилось на покупку пяти автомобилей,
    выделив на это 9 млн рублей" (the government allotted the money, not the officials)."""
    tokens = parse.tokens
    head = tokens[k].head
    if tokens[k].feats.get("VerbForm") != "Conv" or not 0 <= head < k:
        return None
    colon = max((j for j in range(head + 1, k) if tokens[j].text in (":", ";")), default=-1)
    if colon < 0:
        return None
    verbs = [
        j
        for j in range(colon + 1, k)
        if _is_verb(tokens[j]) and tokens[j].feats.get("VerbForm") == "Fin"
    ]
    return _tree_predicate(parse, verbs[-1]) if len(verbs) == 1 else None


def _path(parse: Parse, k: int, top: int) -> list[int]:
    """`k` and its heads up to `top`; only `k` when `top` is no head of it (reattached)."""
    ancestors = parse.ancestors(k)
    if top not in ancestors:
        return [k]
    return [k, *ancestors[: ancestors.index(top) + 1]]


def _collect(parse: Parse, root: int, path: set[int]) -> set[int]:
    """`root`'s clause: its subtree less the clauses that branch off it and hold no figure."""
    kids: dict[int, list[int]] = {}
    for k, t in enumerate(parse.tokens):
        kids.setdefault(t.head, []).append(k)
    out: set[int] = set()
    todo = [root]
    while todo:
        k = todo.pop()
        if k in out:
            continue
        out.add(k)
        for c in kids.get(k, ()):
            t = parse.tokens[c]
            split = t.rel in _SPLIT_RELS or (t.rel == "conj" and _is_predicate(parse, c))
            split = split and not _source_phrase(parse, c, kids)
            if c in path or not (split or _misattached(parse, k, c)):
                todo.append(c)
    return out


# "По прогнозу «Дом.РФ», ...", "Согласно оценкам аналитиков, ...": whose number it is
_SOURCE_NOUNS = ("прогноз", "данн", "оценк", "подсчет", "подсчёт", "расчет", "расчёт", "сведени")


def _source_phrase(parse: Parse, c: int, kids: dict[int, list[int]]) -> bool:
    """`c` heads the phrase that says whose figure it is ("По прогнозу «Дом.РФ»"), which the
    parser may hang on the verb as a clause of its own (parataxis): it stays in the bullet."""
    t = parse.tokens[c]
    if t.pos != "NOUN" or not fold(t.text).startswith(_SOURCE_NOUNS):
        return False
    below = [parse.tokens[j] for j in kids.get(c, ())]
    if any(a.pos in ("PRON", "DET") for a in below):
        return False  # "По его данным": whose? the pronoun names no one
    # the source named after it: not "По имеющимся данным", which names none
    named = any(a.pos in ("NOUN", "PROPN") and a.start > t.start for a in below)
    return named and any(
        a.rel == "case" and fold(a.text) in ("по", "согласно") and a.start < t.start for a in below
    )


def _misattached(parse: Parse, k: int, c: int) -> bool:
    """`c` hangs on `k` across a comma or dash while a verb of its own stands by it: another
    clause the parser attached to the wrong head."""
    lo, hi = _segment(parse, c)
    return not lo <= k <= hi and any(
        _is_verb(parse.tokens[j]) and parse.tokens[j].feats.get("VerbForm") != "Inf"
        for j in range(lo, hi + 1)
        if j != c
    )


def _relative_antecedent(parse: Parse, p: int) -> set[int]:
    """ "Байден, который набрал 306 голосов": the noun "который" stands for, with its modifiers
    before it."""
    t = parse.tokens[p]
    if t.rel != "acl:relcl" or t.head < 0:
        return set()
    noun = t.head
    left = {
        k
        for k in parse.subtree(noun)
        if parse.tokens[k].start <= parse.tokens[noun].start
        and parse.tokens[k].rel in ("amod", "det", "flat", "flat:name", "nummod", "compound")
    }
    return {noun, *left}


def _trim(text: str, start: int, stop: int, fig_start: int, fig_stop: int) -> tuple[int, int]:
    """Without openers, connectors and punctuation at the front, and punctuation at the end."""
    while start < fig_start:
        chunk = text[start:fig_start]
        m = _OPENERS.match(chunk) or _CONNECTOR_STARTS.match(chunk)
        if m and m.end() > 0:
            nxt = start + m.end()
            while nxt < fig_start and text[nxt] in " ,:":
                nxt += 1
            start = nxt
            continue
        if text[start] in " ,;:—–-.)":
            start += 1
            continue
        break
    while stop > fig_stop and (text[stop - 1] in _CLOSERS or text[stop - 1].isspace()):
        stop -= 1
    return start, stop


def _balance(text: str, start: int, stop: int, parse: Parse) -> tuple[int, int, bool]:
    """Quotes and brackets closed inside the span: extended to the other mark when it is in the
    sentence and near, else the span is unbalanced."""
    sentence_start, sentence_stop = parse.tokens[0].start, parse.tokens[-1].stop
    for left, right in _PAIRS:
        chunk = text[start:stop]
        opened = chunk.count(left) - chunk.count(right)
        if opened > 0:
            close = text.find(right, stop, sentence_stop)
            if close < 0 or close - stop > 80:
                return start, stop, False
            stop = close + 1
        elif opened < 0:
            open_at = text.rfind(left, sentence_start, start)
            if open_at < 0 or start - open_at > 80:
                return start, stop, False
            start = open_at
    if text[start:stop].count('"') % 2:
        if start > sentence_start and text[start - 1] == '"':
            start -= 1  # 'Газпром" уложил': the opening quote just before
        elif stop < sentence_stop and text[stop] == '"':
            stop += 1
        else:
            return start, stop, False
    return start, stop, True


def _readable(
    parse: Parse, inside: list[int], figure: set[int], predicate: int, length: int
) -> tuple[str, tuple[tuple[int, int], ...]]:
    """Why the span does not say what the number is on its own ("" when it does), and the
    pronouns that need a name shown next to them."""
    if length > MAX_CHARS or not inside:
        return "too long", ()
    tokens = parse.tokens
    content = [
        k
        for k in inside
        if tokens[k].pos in ("NOUN", "PROPN", "VERB", "ADJ", "AUX")
        and len(tokens[k].text) > 1
        and not tokens[k].text[0].isdigit()
    ]
    own = [k for k in content if k not in figure]
    if len(own) < 2 or len(content) < 3:
        return "too few words", ()  # "индикатор вырос на 0,73%": which?
    # the clause's own head must predicate: "В шести штатах, где Трамп оспаривал итоги" has a
    # verb only in its relative clause
    labelled = any(tokens[k].text in ("—", "–", ":") for k in inside)
    if not labelled and not (predicate in inside and _is_predicate(parse, predicate)):
        return "no predicate", ()
    if (
        predicate in inside
        and _needs_subject(tokens[predicate])
        and not _has_subject(parse, inside, predicate)
        and not _figure_as_subject(parse, figure, predicate)
        and not _indefinite_personal(parse, figure, predicate)
    ):
        return "no subject", ()  # "была приговорена к штрафу в $1100": who was?
    core = {predicate, *figure}
    for k in inside:
        if tokens[k].rel in _SUBJECT_RELS and tokens[k].head in (predicate, -1):
            core.add(k)
    core |= {tokens[k].head for k in list(core) if tokens[k].head >= 0}
    pronouns: list[tuple[int, int]] = []
    for k in inside:
        t = tokens[k]
        word = fold(t.text)
        if word in _FIRST_SECOND:
            return "first or second person", ()  # "мы вложили 5 млрд": who are we?
        if word in _PLACE_WORDS:
            return "place word", ()  # "там он набрал 62%": where?
        # "В ее состав входят 27 комиссий": whose? a possessive on an argument of the clause
        owner = t.head >= 0 and (t.head in core or _possessive_on_argument(parse, k, core))
        if (
            word in _THIRD_PLURAL
            and t.pos in ("PRON", "DET")
            and (k in core or owner)
            and not _plural_subject_before(parse, inside, k)
            and not _counted_before(parse, inside, k)
        ):
            return "they", ()
        if word in _THIRD_SINGULAR and t.pos in ("PRON", "DET"):
            if (k in core or owner) and not _thing_before(parse, inside, k):
                pronouns.append((t.stop, k))  # "у него оказалось 306 голосов": whose?
        elif word == "оно" and t.pos == "PRON" and k in core:
            return "it", ()  # "Оно приводит к гибели 40% пациентов": what does?
        elif measure_subject(tokens, k, predicate):
            pronouns.append((tokens[t.head].stop, k))  # "этот показатель составил 4,1%": of what?
        elif (
            t.rel in ("det", "amod")
            and _REFERRING.fullmatch(word)
            and t.head >= 0
            and not fold(tokens[t.head].text).startswith(_TIME_NOUNS)
            and (t.head in core or tokens[t.head].head in core)
        ):
            return "demonstrative", ()  # "сборы данных фильмов составили 11,2 млрд": which?
        elif (
            t.rel == "det"
            and _DEMONSTRATIVE.fullmatch(word)
            and t.head >= 0
            and (t.head in core or not fold(tokens[t.head].text).startswith(_TIME_NOUNS))
        ):
            return "demonstrative", ()  # "этот штат гарантировал Байдену 270 голосов": which?
        elif word in ("это", "этот", "эти") and t.rel in _SUBJECT_RELS:
            return "this as subject", ()
        elif (
            word in _THIS
            and t.pos == "PRON"
            and (k in core or t.head in core)
            and not _clause_before(parse, inside, k)
        ):
            return "this", ()  # "Штрафы за это вырастут до 5 тыс. рублей": for what?
        elif (
            k in core
            and word.startswith(("цифр", "показател"))
            and t.pos == "NOUN"
            and not _named(parse, k, figure)
            and not any(measure_subject(tokens, c, predicate) for c in parse.children(k))
        ):
            return "the figure of what", ()  # "Цифру $19 млрд называл инвестбанкир"
    return "", tuple(pronouns)


def _named(parse: Parse, k: int, figure: set[int]) -> bool:
    """The noun `k` ("показатель", "цифра") has a word of its own saying what it measures:
    "Показатель EBITDA составил 11,5 млрд", "показатели 30 тыс. пациентов"; not "Цифру
    $19 млрд называл инвестбанкир"."""
    return any(
        (
            c not in figure
            and parse.tokens[c].pos in ("NOUN", "PROPN", "X")
            and parse.tokens[c].rel in ("nmod", "appos", "flat", "flat:foreign", "flat:name")
        )
        # "показатели 30 тыс. пациентов": the counted noun, in the genitive, says whose
        or (
            c in figure
            and parse.tokens[c].pos == "NOUN"
            and parse.tokens[c].rel == "nmod"
            and parse.tokens[c].feats.get("Case") == "Gen"
        )
        for c in parse.children(k)
    )


def _possessive_on_argument(parse: Parse, k: int, core: set[int]) -> bool:
    """`k` ("ее", "его", "их") says whose a noun is, and that noun is an argument of the
    clause's predicate: "В ее состав входят", "его сторонники получили"."""
    t = parse.tokens[k]
    if t.rel not in ("det", "nmod", "nmod:poss") or t.pos not in ("DET", "PRON"):
        return False
    noun = parse.tokens[t.head]
    return noun.head in core and noun.rel in ("obl", "obj", "nsubj", "nsubj:pass", "iobj")


def _ends_mid_phrase(parse: Parse, start: int, stop: int) -> bool:
    """The span's last word modifies a word after it: "были доступны в качестве надежной | –
    так называемой гарантированной – мощности"."""
    inside = [
        k
        for k, t in enumerate(parse.tokens)
        if start <= t.start and t.stop <= stop and t.pos != "PUNCT"
    ]
    if not inside:
        return False
    last = parse.tokens[inside[-1]]
    modifier = last.rel in ("amod", "det", "case", "nummod", "nummod:gov", "cc", "fixed", "mark")
    # an adjective in an oblique case with no noun: the parser may have hung it on anything
    orphan = (
        last.pos == "ADJ"
        and last.text.isalpha()
        and last.feats.get("Case") in ("Gen", "Dat", "Loc")
        and last.feats.get("Variant") != "Short"
    )
    return orphan or (modifier and last.head > inside[-1])


def _thing_before(parse: Parse, inside: list[int], k: int) -> bool:
    """The pronoun stands for a thing the span names before it, and for no person: "обновили
    свой список, внеся в него семь граждан" (the list); "Байден ..., у него" is a person."""
    tokens = parse.tokens
    pronoun = tokens[k]
    gender, number = pronoun.feats.get("Gender"), pronoun.feats.get("Number", "Sing")
    if gender is None:
        return False
    if any(fold(tokens[c].text) == "у" for c in parse.children(k)):
        return False  # "у него 264 голоса": whose? a person's
    before = [tokens[j] for j in inside if j < k and tokens[j].pos in ("NOUN", "PROPN")]
    agree = [
        t for t in before if t.feats.get("Gender") == gender and t.feats.get("Number") == number
    ]
    return bool(agree) and all(
        t.feats.get("Animacy") == "Inan"
        and t.pos == "NOUN"
        and t.rel in ("obj", "nsubj", "nsubj:pass")
        for t in agree
    )


def _plural_subject_before(parse: Parse, inside: list[int], k: int) -> bool:
    """The plural pronoun has its one antecedent in the span: the only plural subject before
    it ("что студенты учатся удаленно месяц – и за это время заболеваемость среди них
    снизилась на 40%"); two or none leave "they" unknown."""
    tokens = parse.tokens
    plural = [
        j
        for j in inside
        if j < k
        and tokens[j].rel in ("nsubj", "nsubj:pass")
        and tokens[j].pos in ("NOUN", "PROPN")
        and (
            tokens[j].feats.get("Number") == "Plur"
            or any(tokens[c].rel == "conj" for c in parse.children(j))
        )
    ]
    return len(plural) == 1


def _after_preposition(parse: Parse, k: int) -> bool:
    return k > 0 and parse.tokens[k - 1].pos == "ADP"


def _counted_before(parse: Parse, inside: list[int], k: int) -> bool:
    """ "он провел 129 матчей, забив в них 48 голов": a plural pronoun after a preposition
    whose one antecedent, a plural noun, the span names before it."""
    if not _after_preposition(parse, k):
        return False
    plural = [
        j
        for j in inside
        if j < k and parse.tokens[j].pos == "NOUN" and parse.tokens[j].feats.get("Number") == "Plur"
    ]
    return len(plural) == 1


def _clause_before(parse: Parse, inside: list[int], k: int) -> bool:
    """ "расщедрилось на покупку пяти автомобилей, выделив на это 9 млн рублей": "это" after a
    preposition stands for what the span said before it, a clause with a verb of its own and
    a comma between."""
    if not _after_preposition(parse, k):
        return False
    tokens = parse.tokens
    verbs = [j for j in inside if j < k and _is_verb(tokens[j])]
    return bool(verbs) and any(tokens[j].text == "," for j in inside if verbs[0] < j < k)


def _needs_subject(t: Token) -> bool:
    """A personal verb form whose subject a reader must know: "получил", "получит", "была
    приговорена"; not the impersonal "создано" or the indefinite "задержали"."""
    if not _is_verb(t) or t.feats.get("VerbForm") == "Inf":
        return False
    if t.feats.get("Number") == "Plur":
        # "призывают к казни": they who? (the past "задержали 5 человек" is impersonal)
        return t.feats.get("Person") == "3" and t.feats.get("Tense") in ("Pres", "Fut")
    if t.feats.get("Number") != "Sing":
        return False
    return t.feats.get("Person") == "3" or t.feats.get("Gender") in ("Masc", "Fem")


def _figure_as_subject(parse: Parse, figure: set[int], predicate: int) -> bool:
    """The figure stands before its verb with no preposition: it is the subject the parser
    missed ("по меньшей мере $800 млн выручки пойдут на погашение кредита")."""
    tokens = parse.tokens
    first = min(figure)
    if first >= predicate or tokens[predicate].head in figure:
        return False
    run = []  # the first figure's own tokens
    for j in range(first, predicate):
        if j not in figure:
            break
        run.append(j)
    k = first - 1
    while k >= 0 and tokens[k].rel == "fixed":  # "по меньшей мере", "не менее"
        k -= 1
    for j in ([k] if k >= 0 else []) + run:
        t = tokens[j]
        if t.pos == "ADP" and t.rel == "case" and fold(t.text) not in _APPROXIMATE:
            return False  # "к 2030 году", "на 5%": an oblique, not the subject
    words = [j for j in run if tokens[j].rel != "fixed" and tokens[j].pos != "ADP"]
    return bool(words) and all(
        tokens[j].feats.get("Case") not in ("Dat", "Ins", "Loc") for j in words
    )


_APPROXIMATE = frozenset("около более менее свыше порядка почти примерно".split())


def _indefinite_personal(parse: Parse, figure: set[int], predicate: int) -> bool:
    """A plural verb with no subject whose object is the figure: "на аукцион выставляют 300
    лотов" says what is done, by no one in particular; "призывают к казни" (they who?) has
    no figure for its object."""
    verb = parse.tokens[predicate]
    if verb.feats.get("Number") != "Plur" or verb.feats.get("Person") != "3":
        return False
    return any(parse.tokens[k].head == predicate and parse.tokens[k].rel == "obj" for k in figure)


def _has_subject(parse: Parse, inside: list[int], predicate: int) -> bool:
    """A subject in the span: one the parse gives, or a noun in the nominative before the verb."""
    return any(
        parse.tokens[k].rel in _SUBJECT_RELS
        or (
            k < predicate
            and parse.tokens[k].pos in ("NOUN", "PROPN", "PRON")
            and parse.tokens[k].feats.get("Case") == "Nom"
        )
        for k in inside
    )
