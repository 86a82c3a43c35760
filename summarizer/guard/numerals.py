"""Numbers the digit check does not read: numerals in words, a day with its month, a percent.

The number check asks whether each number written in digits is the article's. A decoder also
writes numbers in words ("три мумии" where the article has one), moves a day to another month
("12 ноября" where the article has "12 октября") and turns a count into a share ("10%" where
the article has "10 человек"): every digit it keeps is the article's, the claim is not. Each
check here judges a conflict only: the article writes the value (day, number) in another way
and never in this one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..facts.numbers import MAGNITUDES, NUMERALS, words_value
from .claim import Claim
from .source import SourceIndex
from .verdict import Reason
from .words import Word, numbers_in, words

# a date's month, in the genitive it takes after a day ("12 ноября"; "мая", not "маяк")
_MONTHS = {
    m: k
    for k, m in enumerate(
        "января февраля марта апреля мая июня июля августа сентября октября ноября декабря".split(),
        1,
    )
}
# what may stand between days that share one month: "5 и 6 ноября", "с 5 по 7 ноября"
_DAY_LINKS = frozenset({"и", "по", "до", "или", "на"})
_PERCENT = re.compile(r"[ \u00a0\u202f]*(?:-?[ \u00a0\u202f]*(?:%|процент)|п\.[ \u00a0]?п\.|пункт)")


def numeral_runs(ws: Sequence[Word]) -> list[list[Word]]:
    """Runs of numeral and magnitude words ("двух тысяч", "полтора миллиарда")."""
    out: list[list[Word]] = []
    run: list[Word] = []
    for w in [*ws, None]:
        if w is not None and (w.low in NUMERALS or w.low in MAGNITUDES):
            run.append(w)
            continue
        if run:
            out.append(run)
            run = []
    return out


def check_number_words(claim: Claim, source: SourceIndex) -> list[Reason]:
    """A number in words ("три", "двух тысяч", "полтора миллиарда") the article does not have,
    in words or in digits. "Один" / "одна" are left alone: "один из" is no count."""
    out = []
    for run in numeral_runs(claim.words):
        numerals = [w.low for w in run if w.low in NUMERALS]
        if not numerals or all(NUMERALS[x] == 1 for x in numerals):
            continue
        if not _number_words_supported([w.low for w in run], numerals, source):
            out.append(Reason("number", claim.text[run[0].start : run[-1].stop]))
    return out


def _number_words_supported(lows: list[str], numerals: list[str], source: SourceIndex) -> bool:
    whole = words_value(lows)
    if whole is not None and whole in source.numbers:
        return True
    scales = [MAGNITUDES[x] for x in lows if x in MAGNITUDES]
    part = words_value(numerals)
    if part is None or part not in source.numbers:
        return False
    if not scales:
        return True
    # "полтора миллиарда" for "1,5 млрд": the value with this magnitude, or with none written
    theirs = {s for s, _ in source.units.get(part, set())}
    return not theirs or None in theirs or scales[0] in theirs


def _month(low: str) -> int | None:
    return _MONTHS.get(low)


def _day(text: str) -> int | None:
    return int(text) if text.isdigit() and 1 <= int(text) <= 31 else None


def article_dates(source: SourceIndex) -> frozenset[tuple[int, int]]:
    """(day, month) of every date the article writes in digits, every day of a range or list
    counted with its month ("5 и 6 ноября", "с 5 по 7 ноября", "5-6 ноября")."""
    out: set[tuple[int, int]] = set()
    ws = source.words
    for j, w in enumerate(ws):
        month = _month(w.low) if j else None
        if month is None:
            continue
        for x in reversed(ws[max(0, j - 5) : j]):
            if x.low in _DAY_LINKS:
                continue
            # "5-6 ноября" is one word; "3-го ноября" a day with its ending
            days = [_day(p) for p in re.split(r"[-–]", x.low) if p != "го"]
            if not days or any(d is None for d in days):
                break
            out.update((d, month) for d in days if d is not None)
    return frozenset(out)


def check_dates(claim: Claim, source: SourceIndex) -> list[Reason]:
    """ "12 ноября" where the article writes 12 only with another month, or writes this month
    only with other days: a date the article never gives."""
    ws = claim.words
    theirs = source.memo(("dates",), lambda: article_dates(source))
    out = []
    for k, w in enumerate(ws[:-1]):
        day, month = _day(w.text), _month(ws[k + 1].low)
        if day is None or month is None or (day, month) in theirs:
            continue
        if any(d == day or m == month for d, m in theirs):
            out.append(Reason("number", claim.text[w.start : ws[k + 1].stop]))
    return out


def _percents(text: str) -> set[float]:
    """Values written as a percent: in digits ("10%", "10 процентов", "10-процентный") and in
    words ("десять процентов")."""
    out = {v for v, _, b in numbers_in(text) if _PERCENT.match(text, b)}
    for run in numeral_runs(words(text)):
        lows = [w.low for w in run]
        value = words_value(lows)
        if value is not None and _PERCENT.match(text, run[-1].stop):
            out.add(value)
    return out


def check_percents(claim: Claim, source: SourceIndex) -> list[Reason]:
    """ "10%" where the article has 10, never as a percent: a count or a sum made a share."""
    mine = [(v, a, b) for v, a, b in claim.numbers if _PERCENT.match(claim.text, b)]
    if not mine:
        return []
    theirs = source.memo(("percents",), lambda: _percents(source.text))
    return [
        Reason("number", f"{claim.text[a:b]}% (the article's {claim.text[a:b]} is no percent)")
        for v, a, b in mine
        if v in source.numbers and v not in theirs
    ]
