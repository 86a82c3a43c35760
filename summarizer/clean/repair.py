"""Repairs that make a sentence readable again without changing a word of it.

Scraped news loses its links (a source name was a link: "…, сообщает" and then nothing), its
spaces ("голосов.Вице-президент") and its line wraps ("выступали\\nпротив казни"). Each repair only
adds or removes whitespace and punctuation around the words, or drops the words of an
attribution whose source is gone.
"""

from __future__ import annotations

import re

import razdel

from .patterns import ARCHIVE_MARK, FILE_MARK, FOOTNOTE, INTERWIKI

_REPORTING = (
    r"(?:сообщает|сообщают|сообщил[аи]?|передает|передаёт|передают|передал[аи]?|пишет|пишут|напоминает"
    r"|написал[аи]?|информирует|цитирует|отмечает|отмечается|говорится|сообщается|указывается"
    r"|ссылается|ссылаясь|со\s+ссылкой)"
)
# The end of a line whose source was a link: ", сообщает", ", передает телеканал",
# ", пишет в пятницу, 11 января, издание", ", — отмечается в", ', передает "Ес'.
_DANGLING_SOURCE = re.compile(
    r"(?:,\s*(?:[—–-]\s*)?|\s+[—–-]\s+|(?<=[.!?»\"])\s+(?:об\s+этом|как)\s+)"
    r"(?:как\s+|об\s+этом\s+|на\s+(?:сообщение|данные|информацию)\s+(?:которого|которой|которых)\s+)?"
    + _REPORTING
    + r"(?P<rest>(?:\s+[^\s.!?]+){0,6})$",
    re.I,
)
_SOURCE_WORDS = re.compile(
    r"^(?:\s+(?:в|во|на|об\s+этом|этом|со|ссылкой|сообщение|которого|которой|понедельник|вторник"
    r"|среду|четверг|пятницу|субботу|воскресенье|\d{1,2}|(?:январ|феврал|март|апрел|ма|июн|июл"
    r"|август|сентябр|октябр|ноябр|декабр)[а-я]*|издание|изданию|телеканал|агентство|газета|портал"
    r"|сайт|сайте|радио|источник|источники|корреспондент|сми|журнал|телеграм-канал|канал"
    r"|собственный|[\"«„][^\s\"»“]{0,12}),?)*\s*$",
    re.I,
)
# A full stop, "!" or "?" glued to the next sentence: "232.Вице-президент", "обсуждения.Байден",
# "летом.«Я рад…»".
# Not after a capitalized word ("Яндекс.Такси", "Дом.РФ") nor an initial ("Д.Рааб").
# After a number's stop, a word of two letters and more: "…из возможных 538.По оценкам СМИ".
_GLUED_STOP = re.compile(
    r"(?<=[a-zа-яё]{2}[.!?])(?=[А-ЯЁ][а-яё]|«[А-ЯЁ])|(?<=\d[.!?])(?=[А-ЯЁ][а-яё](?:[а-яё]{2}|\s))"
)
_WORD_BEFORE = re.compile(r"(\S*)[.!?]$")
# A sentence opener that only starts a sentence, glued to the end of the one before without its
# full stop: "…уехала из Пакистана в Канаду Таким образом, Биби…", "…а не в США" Ранее США…".
_OPENER_AFTER_WORD = re.compile(
    r"(?<=[а-яё»\"])(?= (?:Таким образом|Напомним|Ранее|Кроме того|При этом|Однако|Также|Между тем"
    r"|Тем временем|Впрочем|Вместе с тем|Помимо этого|Позднее|Тем не менее|Как сообщалось"
    r"|(?:Днем|Днём|Неделей|Месяцем|Годом) ранее|Накануне"
    r"|После (?:этого|того|назначения|отставки|избрания|встречи|переговоров|выборов))\b)"
)
# A source dropped in the middle of a line: ", пишет 30 мая 2018 года на акции…",
# ', передает "Если Евросоюз продолжит…' (a long quote, not a source's name in quotes).
_MIDLINE_SOURCE = re.compile(
    r",\s*(?:пишет|сообщает|передает|передаёт|напоминает|информирует)\s+(?=\d{1,2}\s+[а-я]+\s+\d{4}|[\"«„][^\"»“”]{30,}"
    r"|(?:По|В|На|Как|Об|Это|Он|Она|Они|Ранее|При|Также|Кроме|Однако|Напомним|Сам|Сама|Позже|Затем"
    r"|Тогда|После|Глава|Сейчас|Теперь|Несколько|Многие|Большинство|Сегодня|Вчера|Накануне"
    r"|Позднее|Позже|Хотя|Если|Когда|Пока|Поскольку|Несмотря|Ведь|Именно|Лишь|Только|Даже|Уже)"
    r"\s+[а-яё]"
    # "…протесты в Пакистане, сообщает Сообщается, что тысячи…": a sentence of its own follows
    r"|(?:Сообщается|Отмечается|Уточняется|Известно|Ожидается|Предполагается),\s)"
)
# A speaker named after a quote whose closing marks the page lost, run into the next sentence:
# "…все было весело, говорит Ольга Серябкина Просто захотели…". A capitalized word that only
# opens sentences, right after the name, says where the stop was.
_SPEAKER_THEN_OPENER = re.compile(
    r"(\b(?:говорит|сказал[а]?|заявил[а]?|отметил[а]?|добавил[а]?|продолжает|рассказал[а]?"
    r"|уточняет|подчеркнул[а]?|пояснил[а]?|признался|призналась)\s+[А-ЯЁ][а-яё]+(?:\s+[А-ЯЁ][а-яё]+)?)"
    r"(?=\s+(?:Просто|Но|А|И|Это|Мы|Я|Он|Она|Они|Вот|Если|Когда|Однако|Ведь|Так|Теперь|Сейчас"
    r"|Потом|Затем|Поэтому|Кроме|Также|Конечно|Кстати|Впрочем|Ранее|Напомним)\s)"
)
_GLUED_QUOTE = re.compile(r"(?<=[а-яёА-ЯЁ]»)(?=[А-ЯЁа-яё])")
# A wrap inside a sentence: the line stops on a lower-case word or a comma. A line that stops on a
# name ("…, передала в среду BBC News") lost its next words on the page, and gluing the next line
# to it would make one sentence out of two pieces.
_LINE_END_OPEN = re.compile(r"(?:^|[\s(«\"])[а-яё][а-яё-]*$|[а-яё],$")
_LINE_START_LOWER = re.compile(r"^[а-яё]")
# A source's name opening a line, cut from the line before: "BBC .", "РИА Новости.", "«Фонтанка»,".
_SHORT_SOURCE = re.compile(
    r"^(?:[«\"„][^\s.!?»\"“]+(?:\s+[^\s.!?»\"“]+){0,2}[»\"“]|[A-Z][^\s.!?]*|[А-ЯЁ]{2,}[^\s.!?]*)"
    r"(?:\s+[^\s.!?]+){0,2}\s*[.,]"
)
_TOC = re.compile(
    r"(?:Содержание:?\s*)?(?:Введение\.?\s+)?(?:(?:§\s*\d+|Глава\s+\d+\.?)\s+[^§\n]{3,150}?\.\s+){2,}"
    r"(?:Заключение\.?\s+)?(?:Список\s+(?:использованной\s+)?(?:литературы|источников)\.?\s+)?"
    r"(?:Приложени[ея]\.?\s+)?(?:Введение\s+(?=[А-ЯЁ]))?"
)


def dangling_source(line: str, next_line: str | None) -> tuple[str, str] | None:
    """(the repaired line, what was cut) when the line ends in an attribution without its source.

    When the next line starts with the source's name ("пишет\\nBBC . Верховный суд…") the lines are
    joined instead (see `joins_next`), so nothing is cut here.
    """
    stripped = line.rstrip()
    if not stripped or stripped[-1] in '.!?…»")”':
        return None
    if next_line is not None and joins_next(stripped, next_line):
        return None
    start = 0
    while (m := _DANGLING_SOURCE.search(stripped, start)) is not None:
        if _SOURCE_WORDS.match(m.group("rest")):
            head = stripped[: m.start()].rstrip(" ,—–-:")
            if len(head) < 20:
                return None
            return head if head[-1] in '.!?…»")”' else head + ".", stripped[m.start() :].strip()
        start = m.start() + 1
    return None


def joins_next(line: str, next_line: str) -> bool:
    """A line wrapped in the middle of a sentence: it stops on a word or a comma and the next one
    goes on in lower case; or it stops on a reporting verb and the next line is the source."""
    line, next_line = line.rstrip(), next_line.lstrip()
    if not line or not next_line:
        return False
    if _LINE_END_OPEN.search(line) and _LINE_START_LOWER.match(next_line):
        return True
    return bool(re.search(_REPORTING + r"$", line, re.I) and _SHORT_SOURCE.match(next_line))


_FUNCTION_WORD_END = re.compile(
    r"(?:^|\s)(?:и|а|но|или|в|во|на|по|с|со|к|о|об|от|за|из|для|до|при|что|как|не|который|которая"
    r"|которое|которые|чтобы|если|когда|где|его|ее|её|их|этот|эта|это|эти|[а-яё])$",
    re.I,
)
_SELF_ATTRIBUTION = re.compile(
    r",\s*(?:передает|передаёт|сообщает)\s+(?:собственный\s+)?корреспондент\s+(?:МИА|ИА|агентства)?\s*"
    r"[«\"]?(?:Казинформ|REGNUM|Kazinform|Тренд|Trend|Report)[»\"]?(?=\s*[.!?])"
)


MIN_PROSE_WORDS = 17  # a line of one sentence this long is prose, not a heading


def full_stop(line: str, last: bool) -> str | None:
    """A paragraph of prose whose last sentence lost its full stop gets it back, so that the next
    sentence shown after it does not run on ("…в «дырявой шлюпке» правительства Ранее стало…").
    Not a heading (one short sentence), not the text's last line (a text cut off mid-way keeps its
    cut), not a line that stops on a comma or a function word (cut mid-phrase)."""
    stripped = line.rstrip()
    if last or not stripped or not stripped[-1].isalnum() or _FUNCTION_WORD_END.search(stripped):
        return None
    if len(stripped.split()) < MIN_PROSE_WORDS and len(list(razdel.sentenize(stripped))) < 2:
        return None
    return stripped + "."


def self_attribution(line: str) -> tuple[str, str | None]:
    """A wire's signature at the end of its lead: ", передает собственный корреспондент МИА
    Казинформ" says who wrote the article, not who said what."""
    m = _SELF_ATTRIBUTION.search(line)
    if not m:
        return line, None
    return line[: m.start()] + line[m.end() :], m.group().strip(" ,")


def _word_before(line: str, stop: int) -> str:
    """The word that ends with the full stop just before `stop` ("" when there is none)."""
    m = _WORD_BEFORE.search(line, 0, stop)
    return m.group(1) if m else ""


# Words that open sentences and are never the second half of a name like "Яндекс.Такси": after
# them a capitalized word and a stop is a sentence end ("…в Вермонте.Там все трое…").
_OPENERS = frozenset(
    "там тут здесь он она они оно это эти этот эта так такие такой тогда теперь сейчас затем потом "
    "после при по в во на с со к о об от за из для до как когда если но а и однако также кроме "
    "ранее позже сегодня вчера напомним между тем его ее её их мы я все всего уже еще ещё".split()
)
# A space lost between a word and the next: "…12 декабря 2018 годаЕвропарламент выступил…". Only
# after a word in lower case, so that "МакКейн" or "ДеСантис" stay one name.
_GLUED_WORDS = re.compile(r"(?<![\w-])([а-яё]{3,})(?=[А-ЩЭЮЯЁ][а-яё]{2,})")
# A quote that is a sentence of its own ("«…», — говорится в заявлении") run into the name that
# ends the sentence before: "…стал бывший министр Джереми Хант «Королева одобрила…», - говорится".
_QUOTE_AFTER_NAME = re.compile(
    r"(\b[А-ЯЁ][а-яё]{2,})(?= [«„\"][А-ЯЁ][^«»„“\"]{20,}[»“\"],?\s*[-–—]\s*(?:говорится"
    r"|заявил|сказал|отметил|подчеркнул|написал|сообщил|добавил|пояснил|рассказал|уточнил)\w*)"
)
# A full stop typed twice: "…проголосовавших на данный момент.. Об этом сообщил…" (not "...").
_DOUBLE_STOP = re.compile(r"(?<=[^\W_]|[»\")])\.\.(?!\.)(?=\s|$)")
_GLUED_COLON = re.compile(r"(?<=[а-яё]{2}:)(?=[А-ЯЁ][а-яё]{2})")
# A quote opened with the closing mark: "…заявил Лэ Юйчэн. »[Надеемся, что] новая…», —". The
# sentence splitter does not cut before "»", so the quote ran into the sentence before it.
_REVERSED_OPEN_QUOTE = re.compile(r"(?<=[.!?…] )»(?=[\[(]?[А-ЯЁA-Z][^«»]{10,}»)")


def glued_sentences(line: str) -> tuple[str, int]:
    """Spaces put back between sentences run together; how many were put back."""
    cuts = [
        m.start()
        for m in _GLUED_STOP.finditer(line)
        if not _brand(_word_before(line, m.start())) or _opener_at(line, m.start())
    ]
    for cut in reversed(cuts):
        line = line[:cut] + " " + line[cut:]
    line, doubled = _DOUBLE_STOP.subn(".", line)
    line, colons = _GLUED_COLON.subn(" ", line)
    line, spaces = _GLUED_WORDS.subn(r"\1 ", line)
    line, quotes = _GLUED_QUOTE.subn(" ", line)
    line, openers = _OPENER_AFTER_WORD.subn(".", line)
    line, speakers = _SPEAKER_THEN_OPENER.subn(r"\1.", line)
    line, quoted = _QUOTE_AFTER_NAME.subn(r"\1.", line)
    line, reversed_marks = _REVERSED_OPEN_QUOTE.subn("«", line)
    return line, (
        len(cuts)
        + doubled
        + colons
        + spaces
        + quotes
        + openers
        + speakers
        + quoted
        + reversed_marks
    )


def _opener_at(line: str, start: int) -> bool:
    m = re.match(r"[А-ЯЁа-яё]+", line[start:])
    return m is not None and m.group().lower() in _OPENERS


def _brand(word: str) -> bool:
    """ "Яндекс" of "Яндекс.Такси": a capitalized Cyrillic word joined to the next by a dot."""
    return word[:1].isupper() and bool(re.match(r"[А-ЯЁ]", word))


# A source kept as a site's name, with the full stop after it lost: "…Дональд Трамп, пишет
# Cosmo.ru Ольга Серябкина…". The stop goes back after the name.
# 'Об этом передает "Вопросы европейской политики должны решаться в Европе", - заявил Маас.': the
# source was a link, and a quote with its own speaker follows. The quote stays, whole.
_SOURCE_THEN_QUOTE = re.compile(
    r"(?:^|(?<=[.!?…]\s))Об этом\s+(?:передает|передаёт|сообщает|пишет|информирует|сообщили|пишут)"
    r"\s+(?=[«\"„][^»\"“]{30,}[»\"“]\s*,?\s*[—–-]\s*[а-яё])"
)
_SOURCE_SITE_THEN_TEXT = re.compile(
    r"(,\s*(?:пишет|сообщает|передает|передаёт|напоминает|информирует)\s+"
    r"[\w-]+\.(?:ru|com|net|org|ua|kz|by|info|am|az|uz|md|kg))(?=\s+[А-ЯЁ][а-яё])"
)


def midline_source(line: str) -> tuple[str, list[str]]:
    """Attributions whose source was a link, inside a line: the sentence ends there instead."""
    line = _SOURCE_SITE_THEN_TEXT.sub(r"\1.", line)
    cuts = [m.group().strip() for m in _MIDLINE_SOURCE.finditer(line)]
    cuts += [m.group().strip() for m in _SOURCE_THEN_QUOTE.finditer(line)]
    line = _SOURCE_THEN_QUOTE.sub("", line)
    return (_MIDLINE_SOURCE.sub(". ", line), cuts) if cuts else (line, [])


def footnotes(line: str) -> tuple[str, list[str]]:
    """Footnote marks and Wikipedia's other-language link marks, out of the line."""
    found = [m.group() for m in FOOTNOTE.finditer(line)]
    found += [m.group().strip() for m in INTERWIKI.finditer(line)]
    found += [m.group().strip() for m in FILE_MARK.finditer(line)]
    found += [m.group().strip() for m in ARCHIVE_MARK.finditer(line)]
    if not found:
        return line, []
    line = FILE_MARK.sub("", INTERWIKI.sub("", FOOTNOTE.sub("", line)))
    return ARCHIVE_MARK.sub("", line), found


def table_of_contents(line: str) -> tuple[str, str | None]:
    m = _TOC.search(line)
    if not m:
        return line, None
    return (line[: m.start()] + line[m.end() :]).strip(), m.group().strip()
