"""Numbers that are not figures: dates, years, clock times, phone numbers, document and law
numbers, stock-ticker widgets, links.

They are blanked out of a same-length copy of the text before figures are looked for, so every
offset found in the copy is an offset in the original and a figure never starts inside a date.
"""

from __future__ import annotations

import re

MASK = "\x00"

_MONTHS_GEN = (
    r"(?i:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|"
    r"декабря)"
)
_MONTH_ANY = (
    r"(?i:январ|феврал|март|апрел|ма[йея]|июн|июл|август|сентябр|октябр|ноябр|декабр)"
    r"[а-яё]*"
)
_YEAR_WORD = r"(?:год[а-я]*|гг?\.|г\b)"
_YEAR = r"(?:1[0-9]|20)\d\d"

_PATTERNS = (
    # links and e-mail addresses carry digits of their own
    r"(?:https?://|www\.)\S+",
    r"\b[\w.-]+\.(?:ru|com|org|net|info|ua|by|kz|uk|de|рф)\b(?:/\S*)?",
    r"[\w.+-]+@[\w-]+\.[\w.]+",
    # "«Газпром» GAZP ₽293,75 -2,34% Купить": the quote widget news sites put before the text
    # (a ticker or a bond's ISIN: "Альфа-банк RU000A0JXRV7 ₽976,49 +0,66% Купить")
    r"\b[A-Z][A-Z0-9]{1,11}\s+[$€₽£]?\s?\d[\d\s]*(?:[.,]\d+)?\s*[$€₽£]?\s*[+\-−–]\s?\d+"
    r"(?:[.,]\d+)?\s?%(?:\s+Купить)?",
    # phone numbers
    r"(?:\+\d{1,3}|\b8)[\s\-]?\(?\d{3,5}\)?[\s\-]?\d{1,3}[\s\-]?\d{2}[\s\-]?\d{2}\b",
    r"\b\d{3}-\d{2}-\d{2}\b",
    r"(?:\+?\d{1,3}\s?)?\(\d{3,5}\)\s?\d{2,4}[\s\-]?\d{2}[\s\-]?\d{2}\b",
    r"\b\d{3}-\d{4}\b",
    # wiki-style footnote marks: "[13]"
    r"\[\d{1,3}\]",
    # numeric dates and timestamps
    r"\b\d{4}-\d{1,2}-\d{1,2}(?:[T\s]\d{1,2}:\d{2}(?::\d{2})?)?",
    r"\b\d{1,2}[./]\d{1,2}[./](?:\d{4}|\d{2})\b",
    # clock times and scores
    r"\b\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:мск|МСК|по\s+(?:московскому|местному)\s+времени))?",
    r"\b\d{1,2}[.:]\d{2}\s*(?:мск|МСК|по\s+(?:московскому|местному)\s+времени)",
    # "до 11 часов утра", "в 9 вечера"
    r"\b\d{1,2}(?:\s+час(?:а|ов)?)?\s+(?:утра|вечера|дня|ночи)\b",
    # "15 декабря 2020 года", "1-2 марта", "с 1 по 5 мая", "9 Января 2019"
    rf"\b\d{{1,2}}(?:-?(?:го|е|ое))?(?:\s*(?:[-–—]|по|до|и|или)\s*\d{{1,2}}(?:-?(?:го|е|ое))?)?\s+"
    rf"{_MONTHS_GEN}(?:\s+{_YEAR}(?:\s*{_YEAR_WORD})?)?",
    # "МОСКВА, 19 ноя — РИА Новости": abbreviated months of agency datelines
    r"\b\d{1,2}\s+(?i:янв|фев|мар|апр|июн|июл|авг|сен|сент|окт|ноя|дек)\b\.?",
    # "в мае 2009 года", "марте 2018"
    rf"(?<=[\s(]){_MONTH_ANY}\s+{_YEAR}\b(?:\s*{_YEAR_WORD})?",
    # "2019 году", "1987-1991 годах", "2020 г.", "2019/2020 гг."
    rf"\b{_YEAR}(?:\s*[-–—/]\s*(?:{_YEAR}|\d\d))?\s*{_YEAR_WORD}",
    # "ИА № ФС 77-63062", "№ 44-ФЗ", "No. 5"
    r"(?:№|No\.?|N°|§)\s*(?:[A-Za-zА-Яа-яЁё]{1,4}\s*)?\d[\w\-/.]*(?:\s\d{3}(?!\d))*"
    r"(?:\s*[-–]\s*\d+)*",
    # street addresses: "ул. Круглоуниверситетская, 10", "проспекте Ломоносова, 80"
    r"(?i:\b(?:ул\.|улиц[аеыу]|проспект[аеу]?|просп\.|пр-т|переулк?[аеу]?|пер\.|шоссе|"
    r"набережн[аяойуюе]+|наб\.|площад[иьью]|пл\.|бульвар[аеу]?|б-р))\s+[А-ЯЁ][\w-]*"
    r"(?:\s+[А-ЯЁ][\w-]*)?,?\s*(?:д\.\s*)?\d+[\w/]*",
    # "статьи 282 УК", "ч. 2 ст. 105", "пункта 3", "поправки 25", "рейс 1492"
    r"(?i:\b(?:стат(?:ья|ьи|ью|ьей|ье|ей|ьям|ьях|ьями)|ст\.|част[ьиюей]|ч\.|пункт[ауеом]*|п\.|"
    r"подпункт[ауеом]*|пп\.|глав[аыеу]|гл\.|раздел[ауеом]*|параграф[ауеом]*|поправк[аиуеой]|"
    r"протокол[ауеом]*|приложени[яеюй]|резолюци[яиюей]|указ[ауеом]*|постановлени[яеюй]|"
    r"приказ[ауеом]*|распоряжени[яеюй]|рейс[ауеом]*|"
    r"дом|д\.|корпус[ауеом]*|квартир[аыеу]|кв\.|офис[ауеом]*|кабинет[ауеом]*|версии|версия|"
    r"номер[ауеом]*|маршрут[ауеом]*|трасс[аыеу]|шоссе|улиц[аыеу]|ул\.|сезон[ауеом]*|"
    r"эпизод[ауеом]*|"
    r"серии|серия|выпуск[ауеом]*|канал[ауеом]*|категори[яиюей]|класс[ауеом]*|"
    r"этап[ауеом]*|тур[ауеом]*|матч[ауеом]*|раунд[ауеом]*|калибр[ауеом]*)\s+\d+(?:[.,\-/]\d+)*"
    r"(?:\s*(?:,|и)\s*\d+(?:[.\-/]\d+)*)*(?:-?[А-ЯA-Z]{1,4}\b)?)",
    # "Северный поток 2", "Турецкий поток-2", "Nord Stream 2": a name
    r"(?i:\b(?:поток\w*|stream)\s*[-–—]?\s*\d\b)",
    # model codes: "радар 36Д6М1-1", "комплекс 9К720-2": letters and digits mixed, then a number
    r"\b(?=\w*\d)(?=\w*[^\W\d_])\w+-\d+\b",
    # "в 3 квартале", "со 2 кварталом", "в 1-м полугодии": which quarter, not how many
    r"\b[1-4](?:\s*-?\s*(?:й|м|го|ом|му))?\s+(?i:квартал[а-я]*|полугоди[а-я]*)",
    # "XX век" is in letters, "21 века" is not a quantity either
    r"\b\d{1,2}\s+(?:век[аеу]?|веков)\b",
)

_MASKS = re.compile("|".join(f"(?:{p})" for p in _PATTERNS))
_DIGIT = re.compile(r"\d+(?:[^\S\n]*[-–—.,:/+()]?[^\S\n]*\d+)*")
_BEFORE = 80  # "набережной Тараса Шевченко, 10", "постановления Правительства № 5"
_AFTER = 60  # "10 сентября 2015 года по московскому времени"


def mask_non_figures(text: str) -> str:
    """`text` with every date, year, time, phone, law or document number blanked by MASK.

    Only the stretches of a line around digits are searched: every pattern holds a digit, and
    the one big alternation is the costliest regex of the rule layer.
    """
    pieces: list[str] = []
    done = 0
    for start, stop in _windows(text):
        pieces.append(text[done:start])
        pieces.append(_MASKS.sub(_blank, text[start:stop]))
        done = stop
    pieces.append(text[done:])
    return "".join(pieces)


def _windows(text: str) -> list[tuple[int, int]]:
    """Merged (start, stop) spans: each digit run with the words that may lead or follow it,
    within its line, cut at spaces so that no word is split."""
    spans: list[tuple[int, int]] = []
    line_start, line_stop = 0, -1
    for m in _DIGIT.finditer(text):
        if m.start() > line_stop:  # runs come in order: find each line's bounds once
            line_start = text.rfind("\n", 0, m.start()) + 1
            line_stop = text.find("\n", m.end())
            line_stop = len(text) if line_stop < 0 else line_stop
        start = max(line_start, m.start() - _BEFORE)
        if start > line_start:
            space = text.find(" ", start, m.start())
            start = space + 1 if space >= 0 else m.start()
        stop = min(line_stop, m.end() + _AFTER)
        if stop < line_stop:
            space = text.rfind(" ", m.end(), stop)
            stop = space if space >= 0 else m.end()
        if spans and start <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(spans[-1][1], stop))
        else:
            spans.append((start, stop))
    return spans


def _blank(m: re.Match[str]) -> str:
    return MASK * len(m.group(0))
