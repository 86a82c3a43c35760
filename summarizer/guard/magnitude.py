"""A number with another magnitude or currency: "5 млн рублей" where the article has only
"5 млрд рублей", "$300 тыс." where it has "300 тыс. евро".

The number check asks whether the article has the value; a decoder that keeps the digits and
swaps the word after them ("тыс." / "млн" / "млрд", "рублей" / "долларов") passes it, with a
thousandfold or a currency error. A claim's magnitude (currency) is wrong when the article
writes the value with magnitudes (currencies), never with this one and never without one, and
never gives the whole amount otherwise. A value the article writes bare ("от 10 до 15 млн",
where 10 borrows the magnitude of 15) is not judged: absence is not a conflict.
"""

from __future__ import annotations

from .claim import Claim
from .source import SourceIndex
from .verdict import Reason
from .words import Amount, amounts, period_parts


def _other_scale(a: Amount, theirs: set[tuple[float | None, str | None]]) -> bool:
    scales = {s for s, _ in theirs}
    return a.scale is not None and None not in scales and a.scale not in scales


def _other_currency(a: Amount, theirs: set[tuple[float | None, str | None]]) -> bool:
    currencies = {c for s, c in theirs if s == a.scale}
    return (
        a.currency is not None
        and bool(currencies)
        and None not in currencies
        and (a.currency not in currencies)
    )


def check_magnitudes(claim: Claim, source: SourceIndex) -> list[Reason]:
    out = []
    for a in amounts(claim.text):
        theirs = source.units.get(a.value, set())
        if not theirs:
            continue  # not in the article: the number check's
        # the whole amount in another form ("5 000 000", "пять миллионов") is the same
        scale_wrong = _other_scale(a, theirs) and a.value * (a.scale or 1) not in source.numbers
        if scale_wrong or _other_currency(a, theirs):
            out.append(Reason("number", claim.text[a.start : a.stop].rstrip(".")))
    return out


def check_periods(claim: Claim, source: SourceIndex) -> list[Reason]:
    """ "В начале XV века" where the article has only "во второй половине XV века": the
    numbers agree, the part of the period does not."""
    out = []
    for anchor, part, a, b in period_parts(claim.text):
        theirs = source.periods.get(anchor)
        if theirs and part not in theirs:
            out.append(Reason("number", claim.text[a:b]))
    return out
