"""Units written after a quantity: currencies, percent and percentage points, measures.

One table of (pattern, unit, kind) read in order, so a longer phrase ("процентных пункта") wins over
its prefix ("процент"), and a currency sign in front of the number maps through the same codes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from types import MappingProxyType

_END = r"(?![^\W\d_])"  # the unit word ends here: "т" must not match "тонкий"

# (pattern, unit, kind); kind is what the ranking cares about.
_UNIT_TABLE: tuple[tuple[str, str, str], ...] = (
    (r"(?:процентн[а-я]*|процентного)\s+пункт[а-я]*|п\.\s?п\.|пп\." + _END, "п.п.", "percent"),
    (r"базисн[а-я]*\s+пункт[а-я]*|б\.\s?п\.", "б.п.", "percent"),
    (r"%|процент[а-я]*" + _END + r"|проц\.", "%", "percent"),
    (r"(?:белорусск[а-я]*\s+рубл[а-я]*)" + _END + r"|BYN" + _END, "BYN", "money"),
    (r"доллар[а-я]*(?:\s+США)?" + _END + r"|долл\.|дол\.|USD" + _END + r"|\$", "USD", "money"),
    (r"рубл[а-я]*" + _END + r"|руб\.|руб" + _END + r"|RUB" + _END + r"|₽", "RUB", "money"),
    (r"евро" + _END + r"|EUR" + _END + r"|€", "EUR", "money"),
    (r"тенге" + _END + r"|KZT" + _END + r"|₸", "KZT", "money"),
    (r"юан[а-я]*" + _END + r"|CNY" + _END, "CNY", "money"),
    (r"(?:гривн[а-я]*|гривен)" + _END + r"|грн\.?|UAH" + _END + r"|₴", "UAH", "money"),
    (r"фунт[а-я]*\s+стерлинг[а-я]*" + _END + r"|GBP" + _END + r"|£", "GBP", "money"),
    (r"[ий]ен[аы]?" + _END + r"|JPY" + _END + r"|¥", "JPY", "money"),
    (r"швейцарск[а-я]*\s+франк[а-я]*" + _END + r"|CHF" + _END, "CHF", "money"),
    (r"турецк[а-я]*\s+лир[а-я]*" + _END + r"|TRY" + _END, "TRY", "money"),
    (r"манат[а-я]*" + _END, "манатов", "money"),
    (r"драм(?:ов|а)?" + _END, "AMD", "money"),
    (r"лари" + _END, "GEL", "money"),
    (r"злот[а-я]*" + _END, "PLN", "money"),
    (r"рупи[йяи]" + _END, "рупий", "money"),
    (r"биткоин[а-я]*" + _END, "BTC", "money"),
    (r"динар[а-я]*" + _END, "динаров", "money"),
    (r"дирхам[а-я]*" + _END, "AED", "money"),
    (r"крон[аы]?" + _END, "крон", "money"),
    (r"км/ч|километр[а-я]*\s+в\s+час" + _END, "км/ч", "measure"),
    (r"м/с" + _END + r"|метр[а-я]*\s+в\s+секунду" + _END, "м/с", "measure"),
    (r"кв\.\s?км" + _END + r"|квадратн[а-я]*\s+километр[а-я]*" + _END, "кв. км", "measure"),
    (
        r"кв\.\s?(?:м|метр(?:а|ов|ами|ам|ах)?)" + _END + r"|квадратн[а-я]*\s+метр[а-я]*" + _END,
        "кв. м",
        "measure",
    ),
    (
        r"куб\.\s?м"
        + _END
        + r"|кубическ[а-я]*\s+метр[а-я]*"
        + _END
        + r"|кубометр[а-я]*"
        + _END
        + r"|м3|м³",
        "куб. м",
        "measure",
    ),
    (r"км" + _END + r"|километр(?:а|ов|ами|ам|ах)?" + _END, "км", "measure"),
    (r"тонн[а-я]*" + _END + r"|т" + _END + r"(?!\.\s?[а-яё]\.)", "т", "measure"),
    (r"ткм" + _END + r"|тонно-километр[а-я]*" + _END, "ткм", "measure"),
    (r"кг" + _END + r"|килограмм[а-я]*" + _END, "кг", "measure"),
    (r"г" + _END + r"(?!\.)|грамм(?:а|ов|ами|ам|ах)?" + _END, "г", "measure"),
    (r"га" + _END + r"|гектар[а-я]*" + _END, "га", "measure"),
    (r"баррел[а-я]*" + _END + r"|барр\.", "баррелей", "measure"),
    (r"ГВт(?:\s?[·*]?\s?ч)?" + _END + r"|гигаватт[а-я]*" + _END, "ГВт", "measure"),
    (r"МВт(?:\s?[·*]?\s?ч)?" + _END + r"|мегаватт[а-я]*" + _END, "МВт", "measure"),
    (r"кВт(?:\s?[·*]?\s?ч)?" + _END + r"|киловатт[а-я]*" + _END, "кВт", "measure"),
    (r"°C|°С|градус[а-я]*" + _END, "°", "measure"),
    (r"шт\.|штук[а-я]*" + _END, "шт.", "count"),
    (r"см" + _END + r"|сантиметр(?:а|ов|ами|ам|ах)?" + _END, "см", "measure"),
    (r"мм" + _END + r"|миллиметр(?:а|ов|ами|ам|ах)?" + _END, "мм", "measure"),
    (r"метр(?:а|ов|ами|ам|ах)?" + _END + r"|м" + _END + r"(?!\.\s?[А-ЯЁ])", "м", "measure"),
)

_UNITS = tuple(
    (re.compile(r"[ \u00a0\u202f]?(?:" + p + ")"), unit, kind) for p, unit, kind in _UNIT_TABLE
)

CURRENCY_SIGNS = MappingProxyType(
    {"$": "USD", "€": "EUR", "₽": "RUB", "£": "GBP", "¥": "JPY", "₸": "KZT", "₴": "UAH"}
)

# "55 млрд кубометров газа в год", "30 тыс. рублей в месяц": a rate stays with its unit.
_RATE = re.compile(
    r"(?:\s+[а-яё]+[аиы])?\s+в\s+(?:год|сутки|день|месяц|неделю|час|минуту|секунду)" + _END
)


@dataclass(frozen=True)
class Unit:
    unit: str
    kind: str  # "money", "percent", "measure"
    stop: int  # where the unit's text ends


def unit_at(text: str, pos: int, end: int) -> Unit | None:
    """The unit that starts at `pos` (after at most one space), if any."""
    for pattern, unit, kind in _UNITS:
        m = pattern.match(text, pos, end)
        if m:
            stop = m.end()
            if kind in ("measure", "money"):
                rate = _RATE.match(text, stop, end)
                if rate:
                    return Unit(
                        f"{unit} {rate.group(0).split()[-2]} {rate.group(0).split()[-1]}",
                        kind,
                        rate.end(),
                    )
            return Unit(unit, kind, stop)
    return None
