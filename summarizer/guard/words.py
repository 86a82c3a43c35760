"""Words of a sentence, folded and stemmed the same way for the article and for the summary.

The guard compares every generated word with the article. pymorphy is exact but costs about
0.2 ms a new word, too much for a whole article; a crude stem (one inflectional ending off) is
a dictionary lookup. The article is indexed by stems; only the summary's few dozen words are
parsed with pymorphy when a stem alone cannot decide.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from ..facts.numbers import MAGNITUDES, parse_digits
from ..text import common_prefix, fold

WORD = re.compile(r"[A-Za-zА-Яа-яЁё0-9]+(?:[-'’][A-Za-zА-Яа-яЁё0-9]+)*")

# Inflectional endings of nouns, adjectives, participles and verbs, longest first.
_ENDINGS = tuple(
    sorted(
        set(
            """
            иями ями ами иях ях ах ией ием иям ям ам ов ев ей ой ом ем ью ия ие ии ий ию ья ье
            ьи а я о е ы и у ю ь й
            ыми ими ого его ому ему ая яя ое ее ые ие ый ий ой ей ых их ым им ую юю
            ующий ующая ующее ующие ующих ующим ующей ующего ующему ующую
            ющий ющая ющее ющие ющих ющим ющей ющего ющему ющую
            вший вшая вшее вшие вших вшим вшей вшего вшему вшую
            енный енная енное енные енных енным енной енного енному енную
            нный нная нное нные нных нным нной нного нному нную
            ировать ировал ировала ировали ирует ируют
            ывает ывают ивает ивают ывал ивал ает яет ают яют ует уют
            ить ать ять еть уть ыть ти
            ил ила ило или ал ала ало али ял яла яло яли ел ела ело ели
            ит ет ут ют ат ят ишь ешь им ем ите ете
            """.split()
        ),
        key=len,
        reverse=True,
    )
)
_REFLEXIVE = ("ся", "сь")

# Words that carry no claim of their own: prepositions, conjunctions, particles, pronouns,
# auxiliaries and the commonest adverbs of news prose.
FUNCTION_WORDS = frozenset(
    fold(w)
    for w in """
    а без более будет будут бы был была были было быть в во вот все всё всего всех вы где да для
    до его ее её ей ему если есть еще ещё же за и из или им их к как когда кого кто ли либо лишь
    меж между мне мы на над не него нее неё нет ни них но о об около он она они оно от по под
    после при про с со так также тем то того тоже только том ту у уже чем что чтобы эта эти это
    этого этой этом этот этих этим я весь вся всё свой своя свое своё свои своих своим своей
    своего который которая которое которые которого которой котором которых которым которую
    сам сама сами самой самого также ранее сейчас теперь там тут здесь где-то кроме однако
    при этом тот та те тех той этому всем всеми нем ней ним ними нём какой какая какие такой
    такая такие таких такого уже очень может могут мог могла могли можно нужно надо
    """.split()
)


@dataclass(frozen=True)
class Word:
    text: str  # verbatim
    low: str  # folded: lower case, ё as е
    start: int
    stop: int

    @property
    def stem(self) -> str:
        return stem(self.low)

    @property
    def capitalized(self) -> bool:
        return self.text[:1].isupper()

    @property
    def is_number(self) -> bool:
        return self.text[:1].isdigit()

    @property
    def content(self) -> bool:
        """A word that can carry a claim: not a function word, not a bare number."""
        return self.low not in FUNCTION_WORDS and not self.is_number and len(self.low) > 1


def words(text: str) -> tuple[Word, ...]:
    return tuple(Word(m.group(), fold(m.group()), m.start(), m.end()) for m in WORD.finditer(text))


_ENDING_SET = frozenset(_ENDINGS)
_ENDING_LENGTHS = sorted({len(e) for e in _ENDINGS}, reverse=True)


@lru_cache(maxsize=65536)
def stem(low: str) -> str:
    """`low` without its inflectional ending: "санкциями", "санкций" -> "санкц"; "заявила" ->
    "заяв". Short stems stay whole, so that "мир" and "мира" meet but "мир" and "ми" do not."""
    w = low
    if len(w) > 5 and w.endswith(_REFLEXIVE):
        w = w[:-2]
    for n in _ENDING_LENGTHS:
        if len(w) - n >= 3 and w[-n:] in _ENDING_SET:
            return w[:-n]
    return w


def same_root(a: str, b: str) -> bool:
    """Two folded words of one root across parts of speech ("приобрести" / "приобретения",
    "нефти" / "нефтяного"): one stem, or a shared beginning of five letters, or of four when
    that is all but the last letter of the shorter word."""
    if a == b or stem(a) == stem(b):
        return True
    n = common_prefix(a, b)
    return n >= 5 or (n >= 4 and n >= min(len(a), len(b)) - 1)


@lru_cache(maxsize=65536)
def variants(low: str) -> frozenset[str]:
    """The word and what is left of it without any one ending (a stem of 4 letters or more):
    "токаева" and "токаев" share "токаев" though their greedy stems differ."""
    return frozenset(
        {low} | {low[:-n] for n in _ENDING_LENGTHS if len(low) - n >= 4 and low[-n:] in _ENDING_SET}
    )


def sentence_start(text: str, pos: int) -> bool:
    """Does position `pos` of `text` start a sentence or a quotation (capitals there prove
    nothing)?"""
    before = text[:pos].rstrip()
    return not before or before.endswith((".", "!", "?", "«", '"', "“", "„", "—", "–", ":", "("))


class Tok(NamedTuple):
    """A word or punctuation mark with natasha's (article) or pymorphy's (summary) reading."""

    text: str
    low: str
    start: int
    stop: int
    pos: str  # universal dependencies tag: NOUN, PROPN, ADJ, VERB, ADP, PUNCT, …
    case: str | None  # Nom, Gen, Dat, Acc, Ins, Loc: the likeliest
    cases: frozenset[str] = frozenset()  # every case the word may be in (the summary's words)

    @property
    def capitalized(self) -> bool:
        return self.text[:1].isupper()

    def agrees(self, other: Tok) -> bool:
        """Same case, or one of them has none."""
        mine = self.cases or ({self.case} if self.case else set())
        theirs = other.cases or ({other.case} if other.case else set())
        return not mine or not theirs or bool(mine & theirs)


_TOKEN = re.compile(WORD.pattern + r"|[^\w\s]")


def raw_tokens(text: str) -> list[tuple[str, int, int]]:
    return [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)]


NUMBER = re.compile(
    r"(?<![\w.,])\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:[.,]\d+)?(?!\w)"
    r"|(?<![\w.,])\d+(?:[.,]\d+)?(?!\w)"
)


def numbers_in(text: str) -> list[tuple[float, int, int]]:
    """(value, start, stop) of every number written in digits."""
    return [(parse_digits(m.group()), m.start(), m.end()) for m in NUMBER.finditer(text)]


_SCALES = frozenset({1e3, 1e6, 1e9, 1e12})
_AFTER = re.compile(r"[ \u00a0\u202f]*([а-яёa-z]+|[$€£₽¥])\.?", re.IGNORECASE)
_SIGN_BEFORE = re.compile(r"([$€£₽¥])[ \u00a0\u202f]*$")
_CURRENCIES = (
    ("rub", ("руб", "₽")),
    ("usd", ("доллар", "долл", "$")),
    ("eur", ("евро", "€")),
    ("gbp", ("фунт", "£")),
    ("cny", ("юан", "¥")),
)


class Amount(NamedTuple):
    """A number in digits with the magnitude and currency written next to it, where any."""

    value: float
    scale: float | None  # 1e3, 1e6, 1e9, 1e12 ("тыс.", "млн", "млрд", "трлн")
    currency: str | None  # rub, usd, eur, gbp, cny
    start: int
    stop: int  # after the magnitude or currency word


def _currency(word: str) -> str | None:
    low = word.lower()
    return next((c for c, stems in _CURRENCIES if low.startswith(stems)), None)


def amounts(text: str) -> list[Amount]:
    """Every number in digits with its magnitude and currency ("$5 млн", "2,5 млрд рублей")."""
    out = []
    for m in NUMBER.finditer(text):
        stop, scale, currency = m.end(), None, None
        sign = _SIGN_BEFORE.search(text, max(0, m.start() - 3), m.start())
        if sign:
            currency = _currency(sign.group(1))
        after = _AFTER.match(text, stop)
        if after is not None and MAGNITUDES.get(after.group(1).lower()) in _SCALES:
            scale, stop = MAGNITUDES[after.group(1).lower()], after.end()
            after = _AFTER.match(text, stop)
        if currency is None and after is not None and _currency(after.group(1)):
            currency, stop = _currency(after.group(1)), after.end()
        out.append(Amount(parse_digits(m.group()), scale, currency, m.start(), stop))
    return out


_ROMAN = re.compile(r"^[IVXLC]+$")
_MONTHS = ("январ", "феврал", "март", "апрел", "мая", "май", "июн", "июл", "август", "сентябр")
_MONTHS2 = ("октябр", "ноябр", "декабр")
_PARTS = {
    **dict.fromkeys(("начало", "начала", "начале", "началу"), "start"),
    **dict.fromkeys(("конец", "конца", "конце", "концу"), "end"),
    **dict.fromkeys(("середина", "середины", "середине", "середину"), "middle"),
}
_HALF = frozenset(("половина", "половины", "половине", "половину"))


def _anchor(w: Word) -> str | None:
    """A year, a century in Roman numerals or a month: what "в начале" / "в конце" divide."""
    if w.text.isdigit() or _ROMAN.match(w.text):
        return w.text
    return next((m for m in (*_MONTHS, *_MONTHS2) if w.low.startswith(m)), None)


def period_parts(text: str) -> list[tuple[str, str, int, int]]:
    """(anchor, part, start, stop) of every "в начале / в конце / в середине / в первой
    (второй) половине" of a year, century or month ("Ко второй половине XV века": XV, h2)."""
    ws = words(text)
    out = []
    for k, w in enumerate(ws[:-1]):
        part = _PARTS.get(w.low)
        if w.low in _HALF and k > 0:
            before = ws[k - 1].low
            part = (
                "h1" if before.startswith("перв") else "h2" if before.startswith("втор") else None
            )
        anchor = _anchor(ws[k + 1]) if part else None
        if part and anchor:
            start = ws[k - 1].start if part in ("h1", "h2") else w.start
            out.append((anchor, part, start, ws[k + 1].stop))
    return out


_CLAUSE_BREAKS = frozenset(",;:—–()«».!?")
_CLAUSE_WORDS = frozenset({"однако", "но", "а", "тогда", "хотя", "зато"})


# Punctuation among a sentence's tokens that closes a clause
CLAUSE_END = frozenset({",", ".", ";", ":", "!", "?", "—", "–", "(", ")"})


def clause_start(toks: Sequence[Tok], v: int) -> int:
    """Where the clause holding token v begins: after the last clause mark before it."""
    start = v
    while start > 0 and toks[start - 1].text not in CLAUSE_END:
        start -= 1
    return start


def clauses(ws: Sequence[Word], text: str) -> list[int]:
    """A clause number for each word: a new clause after punctuation or "однако", "но", "а"
    ("число таких аварий снижается, однако число погибших растет": two things, two ways)."""
    out: list[int] = []
    n = 0
    for k, w in enumerate(ws):
        if k and (
            any(c in _CLAUSE_BREAKS for c in text[ws[k - 1].stop : w.start])
            or w.low in _CLAUSE_WORDS
        ):
            n += 1
        out.append(n)
    return out
