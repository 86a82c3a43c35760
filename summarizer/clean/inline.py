"""Furniture that a page run into one line with the prose: a photo credit inside a sentence, a
listicle's table fields ("Протяженность: 6 км Стоимость: 300 млрд руб. Статус: построен") and
the site's tags after the last sentence ("… годовых. льготная ипотека Михаил Мишустин").

Each rule needs a mark prose never has (a credit's slash and agency, two "Label: value" fields in
a row, words after the text's last stop that open in lower case), so no article sentence goes.
"""

from __future__ import annotations

import re

_AGENCY = (
    r"(?:ТАСС|ИТАР-ТАСС|РИА\s+(?:«Новости»|\"Новости\"|Новости)|AP|AFP|Reuters|EPA|Getty\s+Images"
    r"|Global\s+Look\s+Press|Sputnik|Интерфакс|РБК|Коммерсантъ|Известия|Shutterstock|Zuma|Scanpix"
    r"|Bloomberg|Legion-Media|East\s+News|Associated\s+Press)"
)
# "(Фото: Сергей Красноухов / ТАСС)", "Фото: Сергей Мальгавко / ТАСС", "(Фото: пресс-служба)":
# in parentheses any short credit, bare only a name over a slash and a known agency.
PHOTO_CREDIT = re.compile(
    r"\s*\(\s*(?:Фото|Фотография|Источник\s+фото|Иллюстрация)\s*:\s*[^()]{1,80}\)"
    r"|\s*(?<![\w-])(?:Фото|Фотография|Источник\s+фото)\s*:\s*[^\s/()][^/().!?:]{0,60}?\s?/\s?"
    + _AGENCY
    + r"(?:\s?/\s?(?:"
    + _AGENCY
    + r"|[A-Z]{2,10}))*(?!\w)"
)
_CAPTION_WORDS = 30
# A table field: a capitalised label, a colon and a short value in lower case or figures
# ("Стоимость: 300 млрд руб.", "Статус: обсуждение проекта"); the value stops before a capital.
_FIELD = r"[А-ЯЁ][а-яё]{2,20}:\s+[а-яё\d][\w,.%-]*(?:\s+[а-яё\d][\w,.%-]*){0,5}"
# Two fields or more, with the entry's heading before them when it has no stop of its own
# ("Крымский мост Протяженность: 19 км Стоимость: …"): the fields open no sentence.
TABLE_FIELDS = re.compile(
    r"(?:^|(?<=[.!?…»)]\s))(?:[А-ЯЁ«][^.!?:;,«»]{0,150}?\s)??"
    + r"(?:"
    + _FIELD
    + r"\s+){1,}"
    + _FIELD
    + r"(?=\s+[«\"„]?[А-ЯЁA-Z]|\s*$)"
)
# Words after the text's last stop, opening in lower case, with no stop, figure or comma among
# them: "…до лета 2021 года. льготная ипотека Михаил Мишустин частные дома".
TRAILING_TAGS = re.compile(
    r"(?:(?<=[а-яёa-z]{4}[.!?])|(?<=[»)\"][.!?]))\s+(?P<tags>[а-яё][а-яё-]*(?:\s+[А-ЯЁа-яё][а-яё-]*){0,11})\s*$"
)


def photo_credits(line: str) -> tuple[str, list[str]]:
    """The line without the photo credits inside it, and the credits. A line that ends with its
    credit and holds no stop before it is the photo's caption ("Избиратели на участке в Бостоне,
    7 июня 2016 года Фото: … / EPA / LETA"): it goes whole."""
    found = [m.group().strip() for m in PHOTO_CREDIT.finditer(line)]
    if not found:
        return line, []
    rest = PHOTO_CREDIT.sub("", line).strip()
    last = list(PHOTO_CREDIT.finditer(line))[-1]
    caption = line[: last.start()]
    if (
        not line[last.end() :].strip()
        and not re.search(r"[.!?…]", caption)
        and len(caption.split()) <= _CAPTION_WORDS
    ):
        return "", [line.strip()]
    return rest, found


def table_fields(line: str) -> tuple[str, list[str]]:
    """The line without its runs of table fields (and their entry's heading), and the runs."""
    found = [m.group().strip() for m in TABLE_FIELDS.finditer(line)]
    if not found:
        return line, []
    return re.sub(r"\s{2,}", " ", TABLE_FIELDS.sub("", line)).strip(), found


def trailing_tags(line: str) -> tuple[str, str | None]:
    """The text's last line without the tag words after its last sentence, and the tags."""
    m = TRAILING_TAGS.search(line)
    if not m:
        return line, None
    return line[: m.start()], m.group("tags")


# A question heading without its mark, run into the sentence it announces: "Как прошел второй
# день форума «Зовет!» Утром второго дня форума …". It opens the line or follows a stop, holds no
# comma or stop outside quotes nor a name, and stops before a capital that opens the next sentence.
_QUESTION_HEADING = re.compile(
    r"(?:^|(?<=[.!?…]\s))(?P<head>(?:Как|Что|Почему|Зачем|Чем|Кто|Где|Куда|Сколько|Какие|Какой|Какая"
    r"|Каким|Каких|Когда)\s(?:[а-яё\d][^\s.,;:!?«»]*\s|«[^«»]{1,60}»\s){3,13})(?=[А-ЯЁ][а-яё]+\s)"
)
_STEM = re.compile(r"[А-ЯЁа-яё]{4,}")
ECHO_WORDS = 2  # the heading's words the next sentence repeats: it announces that sentence
ECHO_SPAN = 15


def _stems(text: str) -> set[str]:
    return {w.lower().replace("ё", "е")[:4] for w in _STEM.findall(text)}


def glued_subheading(line: str) -> tuple[str, list[str]]:
    """The line without the question headings run into the sentence after them, and the headings.
    The sentence must repeat the heading's words ("второй день форума" over "второго дня
    форума"): a clause that opens the sentence itself ("Как отметили в пресс-службе Кремля, …")
    is no heading."""
    found: list[str] = []
    out, at = [], 0
    for m in _QUESTION_HEADING.finditer(line):
        head = m.group("head")
        after = line[m.end() :].split()[:ECHO_SPAN]
        if any("," in w for w in after[:3]):
            continue  # "Как отметили в пресс-службе Кремля, …": the clause opens the sentence
        if len(_stems(head[4:]) & _stems(" ".join(after))) < ECHO_WORDS:
            continue
        found.append(head.strip())
        out.append(line[at : m.start()])
        at = m.end()
    if not found:
        return line, []
    out.append(line[at:])
    return "".join(out), found
