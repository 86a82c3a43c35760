"""Finding quantities in a sentence: a number in digits or words with its qualifier ("более",
"порядка"), magnitude ("млрд"), range ("5-7%", "от 18 до 28 лет") and unit (a currency, "%", a
measure, or the counted noun), and dropping the numbers that are names, codes or page furniture.

Works on the masked copy of the text (masks.py), whose offsets are the original's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ...text import Sentence, fold
from ..numbers import (
    BARE_MAGNITUDES,
    BARE_MAGNITUDES_AFTER_QUALIFIER,
    FRACTIONS,
    MAGNITUDES,
    NUMERALS,
    ONE_FORMS,
    TALLY_ONE_FORMS,
    parse_digits,
    words_value,
)
from .masks import MASK
from .nouns import (
    ANY_NUMBER,
    DISAGREES,
    WORD,
    Morph,
    genitive_phrase,
    is_duration,
    noun_phrase,
    numbers_for,
)
from .units import CURRENCY_SIGNS, unit_at

_L = r"[^\W\d_]"
CLAUSE_BREAK = re.compile(r"(?<!\d),|,(?!\d)|[;:()«»\"“”„!?\[\]]|\s[—–-]\s")
_SP = r"[ \u00a0\u202f]"
_START_WORDS = frozenset({*NUMERALS, *MAGNITUDES, *FRACTIONS} - {"тыс", "млн", "млрд", "трлн"})
# Where a quantity may start: a currency sign before digits, digits, or a word (kept when it is a
# numeral: a dictionary look-up is much faster than a regex alternation of all their forms).
_START = re.compile(rf"[$€₽£¥₸₴](?=\s?\d)|\d+|{_L}+")
_DIGITS = re.compile(
    rf"\d{{1,3}}(?:,\d{{3}}){{2,}}(?![\d,])|"
    rf"(?:\d{{1,3}}(?:{_SP}\d{{3}})+|\d+)(?!\d)(?:[.,]\d+(?!\d))?"
)
_MAGNITUDE = re.compile(
    rf"{_SP}?(?:(тыс|млн|млрд|трлн)(?:\.(?={_SP}?[а-яa-z$€₽]))?|"
    rf"(тысяч[а-я]*|миллион[а-я]*|миллиард[а-я]*|триллион[а-я]*))(?!{_L})"
)
_HALF = re.compile(rf"{_SP}+с{_SP}+половиной(?!{_L})")
_RANGE_DASH = re.compile(rf"{_SP}?[-–—]{_SP}?(?=\d)")
_RANGE_WORD = re.compile(rf"[-–](?={_L})")  # "два-три раза", "двух-трех"
_RANGE_DO = re.compile(rf"{_SP}+до{_SP}+(?=\d|{_L})")
_PARTITIVE = re.compile(rf"{_SP}+из{_SP}+(?:них|которых|числа{_SP}+которых)(?!{_L})")
_AGE = re.compile(rf"-летн{_L}*")
_AGED_TERM = re.compile(r"(?i)\s+(?:тюремн[а-яё]*\s+)?(?:заключени|срок|лишени|колони)")
_GLUED_UNIT = re.compile(rf"(?:тыс|млн|млрд|трлн|км|кг|см|мм|га|кВт|МВт|ГВт)(?!{_L})")
_DENOMINATOR = re.compile(rf"{_SP}+(трет|четверт)(?:и|ей|ям|ями|ях)(?!{_L})")
_CLOSING_QUOTE = re.compile(rf"{_SP}?[»\"“”]")
_ALTERNATIVE = re.compile(rf"{_SP}+(?:или|либо|и){_SP}+\d")
_SIGN = re.compile(r"(?:^|(?<=[\s(]))[-−–](?=\d)")  # "до -2°C": a minus, not a dash
_NI = re.compile(r"(?i:\bни)\s+$")
_LETTERS = re.compile(rf"{_L}+")
_TOKEN = re.compile(rf"{_L}+|\d+|.", re.S)

# Qualifiers kept with the figure, longest first so "не менее" wins over "менее". "до" only as a
# ceiling (_is_target), "от"/"с" only in ranges and changes, "на" only before percentages, "в"
# only before "раз" ("в два-три раза").
_QUALIFIERS = sorted(
    (
        "не менее чем",
        "не более чем",
        "более чем",
        "менее чем",
        "не менее",
        "не более",
        "не меньше",
        "не больше",
        "по меньшей мере",
        "по крайней мере",
        "как минимум",
        "как максимум",
        "чуть более",
        "чуть менее",
        "чуть больше",
        "чуть меньше",
        "немногим более",
        "немногим менее",
        "более",
        "менее",
        "больше",
        "меньше",
        "свыше",
        "около",
        "порядка",
        "почти",
        "примерно",
        "приблизительно",
        "минимум",
        "максимум",
        "примерно в",
        "приблизительно в",
        "до",
        "от",
        "с",
        "со",
        "на",
        "в",
    ),
    key=len,
    reverse=True,
)
_QUALIFIER = re.compile(
    r"(?:^|(?<=[\s(«\"„“—–-]))(?i:("
    + "|".join(q.replace(" ", r"\s+") for q in _QUALIFIERS)
    + r"))\s+$"
)
_LOOKBACK = 40
_NOT_COMPARISONS = frozenset(("до", "от", "с", "со", "на", "в"))
# "довести товарооборот до 30 млрд", "снизилась до 17,5%": "до" names the target, not a ceiling.
_CHANGE_STEMS = (
    "довест",
    "довед",
    "довод",
    "довел",
    "сниз",
    "сниж",
    "повыс",
    "повыш",
    "увелич",
    "сократ",
    "сокращ",
    "вырос",
    "выраст",
    "рост",
    "упал",
    "упаст",
    "упад",
    "паден",
    "замедл",
    "ускор",
    "подня",
    "подним",
    "опуст",
    "расшир",
    "дорож",
    "подешев",
    "подорож",
    "ослаб",
    "укреп",
    "измен",
    "дойд",
    "дошл",
    "дошел",
    "достиг",
)
_AFTER_FROM = re.compile(r"(?:^|\s)со?\s+[\d\s.,]+(?:[^\W\d_]+\.?\s+)?$")
_IMPRINT = re.compile(
    r"(?i:адрес\w* редакции|телефон\w*\s*(?:редакции)?\s*:|e-mail|"
    r"главный редактор|свидетельств\w* о регистрации|все права защищены|©|"
    r"\b18\+|\bдоб\.\s*\d)"
)


@dataclass(frozen=True)
class Quantity:
    start: int
    stop: int
    value: float
    words: bool  # written in words ("шести тысяч")
    magnitude: float  # 1.0 when no magnitude word followed
    integer: bool  # digits with no decimal part
    one: bool = False  # a form of "один": a figure only in a tally
    digits: str = ""  # the number as written in digits, without magnitude or unit


@dataclass(frozen=True)
class Found:
    start: int  # the figure's text, qualifier to unit
    stop: int
    anchor: int  # where the number itself starts
    value: float
    unit: str | None
    kind: str  # money, percent, measure, count, ratio, bare, duration, age
    one: bool = False
    inherit: bool = False  # "пять из них", "восемь атомных": the unit is the previous count's
    core: int = -1  # where the part a bullet shows in bold ends: the number with its currency,
    # "%" or measure, not the counted noun nor what a share is of; -1: at `stop`


def is_furniture(masked: str, sentence: Sentence) -> bool:
    """Counters, time stamps, imprint lines: a "sentence" with fewer than two real words, or one
    that gives the publisher's address, phone or registration."""
    chunk = masked[sentence.start : sentence.stop]
    return len(re.findall(rf"{_L}{{3,}}", chunk)) < 2 or bool(_IMPRINT.search(chunk))


def sentence_figures(masked: str, s: Sentence, morph: Morph) -> list[Found]:
    """Every figure of one sentence, in text order."""
    out: list[Found] = []
    pos = s.start
    for m in _START.finditer(masked, s.start, s.stop):
        if m.start() < pos or (m.group(0)[0].isalpha() and fold(m.group(0)) not in _START_WORDS):
            continue
        figures, nxt = _figures_at(masked, m.start(), s, morph)
        out.extend(figures)
        pos = max(nxt, m.end())
    return _resolve(out)


def _resolve(found: list[Found]) -> list[Found]:
    """Sentence-level rules: inherited units, and "один" only in a tally of several counts."""
    out: list[Found] = []
    counts = sum(f.kind == "count" for f in found)
    for i, f in enumerate(found):
        if f.one and counts < 2:
            continue
        if f.inherit:
            source = next(
                (g for g in reversed(found[:i]) if g.kind == "count" and not g.inherit), None
            )
            if source is not None:
                f = replace(f, unit=source.unit, kind="count")
            else:
                f = replace(f, kind="count" if f.unit else "bare")
        out.append(f)
    return out


def _figures_at(masked: str, i: int, s: Sentence, morph: Morph) -> tuple[list[Found], int]:
    """The figure (or two, for "с 14 до 11%") starting at `i`, and where to look next."""
    end = s.stop
    sign_unit = None
    pos = i
    if masked[i] in CURRENCY_SIGNS:
        sign_unit = CURRENCY_SIGNS[masked[i]]
        pos = i + 1 + (masked[i + 1] == " ")
    qual_start, qual = _qualifier(masked, i, s.start)
    q = _quantity(masked, pos, end, qual not in (None, "в"))
    if q is None:
        return [], _skip_word(masked, pos, end)
    if q.words and fold(masked[q.start : q.stop]) in FRACTIONS:
        if qual in _NOT_COMPARISONS:
            return [], q.stop  # "с половиной лица"
        return _share(masked, q, qual_start, qual, end, morph), q.stop
    denominator = _DENOMINATOR.match(masked, q.stop, end) if q.value <= 4 else None
    if denominator:  # "две трети", "три четверти": a share
        share = q.value * (100 / 3 if denominator.group(1) == "трет" else 25.0)
        start = qual_start if qual and qual not in ("от", "с", "со") else i
        found = Found(start, denominator.end(), q.start, share, "%", "percent")
        return [found], denominator.end()
    stop = q.stop
    value = q.value
    dash = (
        _RANGE_DASH.match(masked, stop, end)
        if not q.words
        else _RANGE_WORD.match(masked, stop, end)
    )
    do = _RANGE_DO.match(masked, stop, end) if qual in ("от", "с", "со") else None
    second = _quantity(masked, link.end(), end, False) if (link := dash or do) else None
    if second is not None and qual in ("с", "со") and do:
        rest, nxt = _figures_at(masked, second.start, s, morph)  # "с 14 до 11%": two figures
        if not rest:
            return [], second.stop
        value = q.value * (second.magnitude if q.magnitude == 1.0 else 1.0)
        first = Found(qual_start, q.stop, q.start, value, rest[0].unit, rest[0].kind)
        return [first, *rest], nxt
    if second is not None and dash and second.value <= q.value and second.magnitude == 1.0:
        return [], second.stop  # "со счетом 271-266": a score, not a range
    if second is not None:
        if q.magnitude == 1.0 and second.magnitude != 1.0:
            value *= second.magnitude  # "5–7 млрд рублей"
        stop = second.stop
    elif qual in ("от", "с", "со"):
        qual = None
    tail = _tail(masked, second or q, stop, end, sign_unit, morph)
    if tail is None:
        return [], stop
    number_stop = stop
    unit, kind, stop, inherit = tail
    core = stop if kind in ("money", "percent", "measure", "ratio") else number_stop
    if qual == "в" and kind != "ratio":
        qual = None
    if kind == "percent":
        stop = genitive_phrase(masked, stop, end, morph) or stop  # "40% взрослого населения"
    start = (
        qual_start
        if qual and (qual not in ("на", "в") or kind == {"на": "percent", "в": "ratio"}[qual])
        else i
    )
    if unit == "°" and start == i and _SIGN.match(masked, i - 1):
        start, value = i - 1, -value
    if q.one and _NI.search(masked, max(s.start, i - 4), i):
        return [], stop  # "ни одного"
    if not inherit and not _plausible(masked, q, i, stop, kind, unit, qual, s):
        return [], stop
    if kind == "count" and unit and is_duration(unit, morph):
        kind = "duration"
    found = Found(start, stop, q.start, value, unit, kind, one=q.one, inherit=inherit, core=core)
    return [found], stop


def _qualifier(masked: str, i: int, floor: int) -> tuple[int, str | None]:
    """Where a qualifier right before the number starts, and which one."""
    m = _QUALIFIER.search(masked, max(floor, i - _LOOKBACK), i)
    if not m or m.end() != i:
        return i, None
    word = " ".join(m.group(1).lower().split())
    if word == "до" and _is_target(masked, m.start(1), floor):
        return i, None
    return m.start(1), word


def _is_target(masked: str, at: int, floor: int) -> bool:
    """ "до" after a verb or noun of change in the same clause, or after "с 14": a target."""
    clauses = CLAUSE_BREAK.split(masked[max(floor, at - 80) : at])
    clause = clauses[-1]
    if not clause.strip() and len(clauses) > 1:
        clause = clauses[-2]  # "снижена на 0,5 п.п., до 7,5%"
    if _AFTER_FROM.search(clause.lower()):
        return True
    return any(w.startswith(_CHANGE_STEMS) for w in clause.lower().split()[-4:])


def _quantity(masked: str, pos: int, end: int, qualified: bool) -> Quantity | None:
    """A number at `pos`: digits with an optional magnitude, or a run of numeral words."""
    m = _DIGITS.match(masked, pos, end)
    if m:
        if not _digits_stand_alone(masked, m.start(), m.end()):
            return None
        raw = m.group(0)
        value = parse_digits(raw.replace(",", "") if raw.count(",") > 1 else raw)
        stop = m.end()
        magnitude = 1.0
        mag = _MAGNITUDE.match(masked, stop, end)
        if mag:
            magnitude = MAGNITUDES.get((mag.group(1) or mag.group(2)).lower(), 1.0)
            if magnitude != 1.0:
                value *= magnitude
                stop = mag.end()
        return Quantity(
            pos, stop, value, False, magnitude, raw.count(",") != 1 and "." not in raw, digits=raw
        )
    first = _LETTERS.match(masked, pos, end)
    if not first:
        return None
    words = [first.group(0)]
    stop = first.end()
    if fold(words[0]) in FRACTIONS:
        return (
            Quantity(pos, stop, FRACTIONS[fold(words[0])], True, 1.0, False) if qualified else None
        )
    while True:
        half = _HALF.match(masked, stop, end)
        w = None if half else WORD.match(masked, stop, end)
        if half:
            words.append("с половиной")
        elif w and (fold(w.group(1)) in NUMERALS or fold(w.group(1)) in MAGNITUDES):
            words.append(w.group(1))
        else:
            break
        matched = half or w
        assert matched is not None
        stop = matched.end()
    parsed = _words_value(words)
    if parsed is None:
        return None
    value = parsed
    if len(words) == 1 and fold(words[0]) in MAGNITUDES:
        bare = fold(words[0])  # "тысяча человек", "около тысячи", but not "тысячи людей"
        if bare not in BARE_MAGNITUDES and not (
            qualified and bare in BARE_MAGNITUDES_AFTER_QUALIFIER
        ):
            return None
    magnitude = max((MAGNITUDES[fold(w)] for w in words if fold(w) in MAGNITUDES), default=1.0)
    one = len(words) == 1 and fold(words[0]) in ONE_FORMS
    if one and fold(words[0]) not in TALLY_ONE_FORMS:
        return None
    return Quantity(pos, stop, value, True, magnitude, True, one)


def _words_value(words: list[str]) -> float | None:
    plain = [w for w in words if w != "с половиной"]
    value = words_value(plain)
    if value is None or len(plain) == len(words):
        return value
    scale = max((MAGNITUDES[fold(w)] for w in plain if fold(w) in MAGNITUDES), default=1.0)
    return value + 0.5 * scale  # "двадцать восемь с половиной", "два с половиной миллиона"


def _digits_stand_alone(masked: str, start: int, stop: int) -> bool:
    """Not part of a name, model, ordinal, fraction or code: "Т-72", "G20", "46-му", "24/7"."""
    before = masked[start - 1] if start > 0 else " "
    before2 = masked[start - 2] if start > 1 else " "
    after = masked[stop] if stop < len(masked) else " "
    after2 = masked[stop + 1] if stop + 1 < len(masked) else " "
    if before.isalpha() or before in "/\\#№:" + MASK or before.isdigit():
        return False
    if (before in ".," and before2.isdigit()) or (before in "-‐" and before2.isalpha()):
        return False
    if after in "/\\" + MASK or (after in ".:" and after2.isdigit()):
        return False
    if after.isalpha() and not _GLUED_UNIT.match(masked, stop):
        return False  # "5G", "2х", "в 2005м"; but "5млн", "10км"
    return not (after in "-‐" and after2.isalpha() and not _AGE.match(masked, stop))


def _tail(
    masked: str, q: Quantity, stop: int, end: int, sign_unit: str | None, morph: Morph
) -> tuple[str | None, str, int, bool] | None:
    """What follows the number: (unit, kind, stop, inherit), or None when it is not a figure."""
    age = _AGE.match(masked, stop, end)
    if age:
        # "к 35-летнему заключению", "15-летний срок": a term, not anyone's age
        kind = "duration" if _AGED_TERM.match(masked, age.end(), end) else "age"
        return "лет", kind, age.end(), False
    unit = unit_at(masked, stop, end)
    if sign_unit:
        return sign_unit, "money", unit.stop if unit and unit.kind == "money" else stop, False
    if unit:
        return unit.unit, unit.kind, unit.stop, False
    part = _PARTITIVE.match(masked, stop, end)
    if part:
        return None, "bare", part.end(), True
    np = noun_phrase(masked, stop, end, morph, numbers_for(q.value, q.integer, q.magnitude))
    if np is DISAGREES:
        return None  # "на 316 километре", "к 2020 это число": not a count
    if np is not None:
        if np.elliptic:
            return np.unit, "bare", np.stop, True
        return np.unit, "ratio" if np.unit == "раз" else "count", np.stop, False
    if q.words and q.magnitude == 1.0:
        return None  # "семь" alone is not a figure; "два миллиона" is
    return None, "bare", stop, False


def _share(
    masked: str, q: Quantity, qual_start: int, qual: str | None, end: int, morph: Morph
) -> list[Found]:
    """ "более половины избирателей": a share, with what it is a share of."""
    np = noun_phrase(masked, q.stop, end, morph, ANY_NUMBER)
    if qual is None or np is None or np is DISAGREES or np.elliptic:
        return []
    return [Found(qual_start, np.stop, q.start, q.value, "%", "percent", core=q.stop)]


def _plausible(
    masked: str,
    q: Quantity,
    i: int,
    stop: int,
    kind: str,
    unit: str | None,
    qual: str | None,
    s: Sentence,
) -> bool:
    """The last filters, mostly for numbers with nothing after them: years, ids, names."""
    if kind != "bare":
        return not (kind == "count" and unit and unit.isupper() and _after_name(masked, q, i, s))
    if q.words:
        return q.magnitude >= 1000  # "два миллиона", but not "не один десяток"
    digits = q.digits
    if "." in digits or (digits.isdigit() and len(digits) >= 6):
        return False  # "1.1 Раздел", "00.30", postal codes
    if q.integer and q.magnitude == 1.0:
        if 1000 <= q.value <= 2100 and len(digits) == 4:
            return False  # a year: "к 2020 это число", "в 2009 она"
        if q.value < 10 and qual is None:
            return False  # "Северный поток 2", "пункт 3", footnotes
    if masked[stop : stop + 1] == "+":
        return False  # "(16+)": an age rating
    if _CLOSING_QUOTE.match(masked, stop) and (q.value <= 100 or masked[i - 1 : i] in '«"“„'):
        return False  # «Россия 24», "Северный поток - 2", «112»
    if _ALTERNATIVE.match(masked, stop):
        return False  # "через 10 или 14 лет": the unit comes with the next number
    if _in_parentheses(masked, i, s):
        return False  # "(2 473 633)", "(11, Байден)": a detail in passing
    if qual is None and _after_name(masked, q, i, s):
        return False
    # "119 0.": counters and stamps side by side
    side_by_side = re.match(rf"{_SP}+\d", masked[stop : stop + 3]) or re.search(
        rf"\d{_SP}+$", masked[max(s.start, i - 3) : i]
    )
    return not side_by_side


def _in_parentheses(masked: str, i: int, s: Sentence) -> bool:
    lead = masked[s.start : i]
    return lead.rfind("(") > lead.rfind(")")


def _after_name(masked: str, q: Quantity, i: int, s: Sentence) -> bool:
    """ "Nord Stream 2", "Boeing 737", «Россия 24», "ВАЗ 2121": a number in a name."""
    lo = max(s.start, i - 30)
    prev = re.search(rf"({_L}+){_SP}+$", masked[lo:i])
    if not prev:
        return False
    word = prev.group(1)
    if re.fullmatch(r"[A-Za-z]+", word) or (len(word) > 1 and word.isupper()):
        return True
    return word[0].isupper() and q.value <= 100 and lo + prev.start(1) > s.start


def _skip_word(masked: str, pos: int, end: int) -> int:
    m = _TOKEN.match(masked, pos, end)
    return m.end() if m else pos + 1
