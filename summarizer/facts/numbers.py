"""Reading quantities the way Russian news writes them: digits, magnitude words, numerals in words.

Kept apart from the figure rules so that "18,3 млрд", "22 тысяч" and "двадцать восемь с половиной"
all become one float by the same small tables, and so the tables can be tested on their own.
"""

from __future__ import annotations

import re
from types import MappingProxyType

from ..text import fold

_SPACES = re.compile(r"[ \u00a0\u202f]")

# Every inflected form of the cardinal (and collective) numerals, "ё" folded to "е".
# "семью" is left out on purpose: in news it is nearly always "семья" in the accusative.
_NUMERAL_FORMS = """
1 один одна одно одну одного одной одному одним одном
2 два две двух двум двумя
3 три трех трем тремя
4 четыре четырех четырем четырьмя
5 пять пяти пятью
6 шесть шести шестью
7 семь семи
8 восемь восьми восемью восьмью
9 девять девяти девятью
10 десять десяти десятью
11 одиннадцать одиннадцати одиннадцатью
12 двенадцать двенадцати двенадцатью
13 тринадцать тринадцати тринадцатью
14 четырнадцать четырнадцати четырнадцатью
15 пятнадцать пятнадцати пятнадцатью
16 шестнадцать шестнадцати шестнадцатью
17 семнадцать семнадцати семнадцатью
18 восемнадцать восемнадцати восемнадцатью
19 девятнадцать девятнадцати девятнадцатью
20 двадцать двадцати двадцатью
30 тридцать тридцати тридцатью
40 сорок сорока
50 пятьдесят пятидесяти пятьюдесятью
60 шестьдесят шестидесяти шестьюдесятью
70 семьдесят семидесяти семьюдесятью
80 восемьдесят восьмидесяти восемьюдесятью восьмьюдесятью
90 девяносто девяноста
100 сто ста
200 двести двухсот двумстам двумястами двухстах
300 триста трехсот тремстам тремястами трехстах
400 четыреста четырехсот четыремстам четырьмястами четырехстах
500 пятьсот пятисот пятистам пятьюстами пятистах
600 шестьсот шестисот шестистам шестьюстами шестистах
700 семьсот семисот семистам семьюстами семистах
800 восемьсот восьмисот восьмистам восемьюстами восьмистах
900 девятьсот девятисот девятистам девятьюстами девятистах
2 двое двоих двоим двоими
3 трое троих троим троими
4 четверо четверых четверым четверыми
5 пятеро пятерых пятерым пятерыми
6 шестеро шестерых шестерым шестерыми
7 семеро семерых семерым семерыми
1.5 полтора полторы полутора
500 полтысячи
500000 полмиллиона полумиллиона
500000000 полмиллиарда полумиллиарда
"""

NUMERALS: MappingProxyType[str, float] = MappingProxyType(
    {
        form: float(line.split()[0])
        for line in _NUMERAL_FORMS.strip().splitlines()
        for form in line.split()[1:]
    }
)

# Singular "один" forms: a figure only in a tally ("один танк, одно орудие"), never in "один из".
ONE_FORMS = frozenset(
    ("один", "одна", "одно", "одну", "одного", "одной", "одному", "одним", "одном")
)
# The forms a tally uses ("уничтожены один танк, одно орудие"); "еще одним указом" is no count.
TALLY_ONE_FORMS = frozenset(("один", "одна", "одно", "одну"))

# Magnitude words, full and abbreviated; the value multiplies what precedes them.
_MAGNITUDE_FORMS = """
10 десяток десятка десятков десятку десятком десятке десятки десяткам десятками десятках
100 сотня сотни сотен сотню сотней сотне сотням сотнями сотнях
1e3 тыс тысяча тысячи тысяч тысячу тысячей тысячам тысячами тысячах тысяче
1e6 млн миллион миллиона миллионов миллиону миллионом миллионе миллионы миллионам
1e6 миллионами миллионах
1e9 млрд миллиард миллиарда миллиардов миллиарду миллиардом миллиарде миллиарды миллиардам
1e9 миллиардами миллиардах
1e12 трлн триллион триллиона триллионов триллиону триллионом триллионе триллионы триллионам
1e12 триллионами триллионах
"""

MAGNITUDES: MappingProxyType[str, float] = MappingProxyType(
    {
        form: float(line.split()[0])
        for line in _MAGNITUDE_FORMS.strip().splitlines()
        for form in line.split()[1:]
    }
)

# A magnitude word standing alone is a number only in the singular: "тысяча человек" is 1000,
# "тысячи людей" is "thousands". The genitive singular counts only after a qualifier
# ("около тысячи"), where it cannot be a plural.
BARE_MAGNITUDES = frozenset(("тысяча", "тысячу", "миллион", "миллиард", "триллион"))
BARE_MAGNITUDES_AFTER_QUALIFIER = frozenset(("тысячи", "миллиона", "миллиарда", "триллиона"))

# "более половины", "около трети": shares, read as percentages.
FRACTIONS: MappingProxyType[str, float] = MappingProxyType(
    {
        "половина": 50.0,
        "половины": 50.0,
        "половину": 50.0,
        "треть": 100 / 3,
        "трети": 100 / 3,
        "третью": 100 / 3,
        "четверть": 25.0,
        "четверти": 25.0,
        "четвертью": 25.0,
    }
)


def parse_digits(text: str) -> float:
    """ "1 300" -> 1300.0, "18,3" -> 18.3; raises ValueError on anything else."""
    return float(_SPACES.sub("", text).replace(",", "."))


# "превысила 12 трлн" and "достигла 12,1 трлн": within this share of the larger value
RESTATED_WITHIN = 0.02


def _written(number: str) -> tuple[float, int]:
    whole, _, decimals = _SPACES.sub("", number).replace(".", ",").partition(",")
    return float(f"{whole}.{decimals or 0}"), len(decimals)


def rounded_restatement(a: str, b: str) -> bool:
    """Two written numbers are one value said twice, once rounded: "12" and "12,1", "40" and
    "40,3" (the coarser one is the finer one rounded, within RESTATED_WITHIN); not "304" and
    "306" or "3,01" and "3,25": as precise as each other, they are two values."""
    (x, dx), (y, dy) = sorted((_written(a), _written(b)), key=lambda w: w[1])
    return (
        dx < dy
        and round(y, dx) == x
        and min(x, y) > 0
        and abs(x - y) <= RESTATED_WITHIN * max(x, y)
    )


def words_value(words: list[str]) -> float | None:
    """The value of a run of numeral and magnitude words: "двадцать восемь" -> 28,
    "шести тысяч" -> 6000, "две тысячи пятьсот" -> 2500. None when the run is not a number."""
    total = 0.0
    current = 0.0
    seen = False
    for raw in words:
        word = fold(raw)
        if word in NUMERALS:
            current += NUMERALS[word]
            seen = True
        elif word in MAGNITUDES:
            total += (current or 1.0) * MAGNITUDES[word]
            current = 0.0
            seen = True
        else:
            return None
    return total + current if seen else None
