"""Bullets a reader cannot use however salient their figure: page furniture run into the
clause, a share of something the bullet never names, and a size told of a name in passing.

"Крымский мост Фото: Сергей Мальгавко / ТАСС Протяженность: 19 км" holds a photo credit and
table labels; "..., она продлилась до лета 2021 года. льготная ипотека Михаил Мишустин частные
дома" ends in the site's tags; "С 2009 года Венедиктов владел 100% компании" does not say which
company: each is held back rather than shown.
"""

from __future__ import annotations

import re

from ...document import Document
from ...text import fold

# a photo or video credit: "Фото: Сергей Мальгавко / ТАСС", "(Фото: Reuters)"
_CREDIT = re.compile(
    r"(?:(?<![^\W\d_])(?:Фото|Фотография|Иллюстрация|Видео|Кадр)\s*:)"
    r"|(?:/\s*(?:ТАСС|РИА\s+Новости|Reuters|AP|AFP|EPA|Getty\s+Images|Global\s+Look\s+Press|"
    r"Коммерсантъ|Интерпресс|Sputnik|Bloomberg)(?![^\W\d_]))"
)
# two table labels run into the text: "Протяженность: 19 км Стоимость: 227,9 млрд руб."
_LABELS = re.compile(r"(?<![^\W\d_])[А-ЯЁ][а-яё]{3,}:\s[^:]*?\s[А-ЯЁ][а-яё]{3,}:\s")
# a sentence's end followed by lowercase words with no punctuation to the bullet's end: the
# page's tags ("... до лета 2021 года. льготная ипотека Михаил Мишустин частные дома")
_TAGS_TAIL = re.compile(r"(?<![^\W\d_])([а-яё]{4,}|\d+)[.!?]\s+[а-яё][^.!?,;:—–«»()\"]*$")
# abbreviations that end in a period inside a sentence: "млрд руб. в 2022 году"
_ABBREVIATIONS = frozenset(
    ("долл", "проц", "млрд", "трлн", "прим", "англ", "франц", "итал", "барр", "тонн", "куб")
)
_FUNCTION_WORDS = frozenset(
    "в во на по с со и а но или не ни что как к ко о об от до из за для у при без под над "
    "же ли бы это его ее их он она они был была было были будет".split()
)

# an owner's share with no object: "его доля сократилась до 76,43%"
_STAKE = re.compile(
    r"(?i)(?<![^\W\d_])(?:его|ее|её|их|свою|своя|своей|своих)(?:\s+\[[^\]]*\])?\s+"
    r"дол(?:я|ю|и|ей)(?![^\W\d_])"
)
# a share of a company left unnamed, the clause ending on the company: "владел 100% компании";
# not "приобретет 45% акций трейдера" (which trader the story says)
_STAKE_BARE = re.compile(
    r"(?i)(?:%|(?<![^\W\d_])процент[а-я]*)\s*"
    r"(?:акций|капитала|компании|фирмы|предприятия|бизнеса|долей)\s*(?:[.,;:!?)]|$)"
)
# a name in the bullet: a quoted one ("«Дилетант»") or a Latin one ("Strabag")
_NAMED = re.compile(r"«[^»]+»|\"[^\"]+\"|(?<![^\W\d_])[A-Z][A-Za-z0-9&.-]+")


# a number the source lost (a template or a link the copy dropped): a word that asks for a
# number right before a comma or a stop ("средний размер пенсии составляет , а ..."), or two
# spaces where it stood ("выдавшая более  секретных документов")
_HOLE = re.compile(
    r"(?i)(?<![^\W\d_])(?:составля[а-яё]*|составил[аио]?|составит|составят|достиг(?:ла|ло|ли)?|"
    r"более|менее|свыше|около|порядка|в\s+размере|на\s+сумму|равн[аоы]?)"
    r"(?:\s*[,.;:)]|\s{2,}(?=[^\W\d_]))"
)


def site_junk(text: str) -> str:
    """Why a bullet's text holds the page's furniture ("" when it does not)."""
    if _HOLE.search(text):
        return "a lost number"
    if _CREDIT.search(text):
        return "a photo credit"
    if _LABELS.search(text):
        return "table labels"
    tail = _TAGS_TAIL.search(text)
    words = [fold(w) for w in text[tail.end(1) + 1 :].split()] if tail else []
    # a list of topics, not a sentence: no word that links words
    if (
        tail
        and tail.group(1) not in _ABBREVIATIONS
        and len(words) >= 3
        and _FUNCTION_WORDS.isdisjoint(words)
    ):
        return "site tags"
    return ""


def stake_of_nothing(doc: Document, text: str, start: int, stop: int) -> bool:
    """The bullet tells an owner's share ("владел 100% компании", "его доля сократилась до
    76,43%") and names no company: neither quoted, Latin nor an organization natasha found in
    the bullet. `text` is the bullet, `start`/`stop` its span in the document."""
    if not (_STAKE.search(text) or _STAKE_BARE.search(text)):
        return False
    if _NAMED.search(text):
        return False
    return not any(e.type == "ORG" and e.start < stop and start < e.stop for e in doc.entities)


# the size of a place or a name told in passing: "Остров Уайт с населением около 140 000
# человек", "социальной сети Facebook (более 400 млн активных пользователей)"
_POPULATION = re.compile(r"(?i)(?<![^\W\d_])населением(?:\s+в)?\s*$")
_ASIDE_OPEN = re.compile(r"(?<=[^\W\d_])\s*\(\s*$")
# what a name's size is counted in; not a result ("«Единая Россия» (238 мандатов)") nor a toll
# ("(12 человек)")
_SIZE_NOUN = re.compile(
    r"(?i)(?<![^\W\d_])(?:пользовател|жител|сотрудник|работник|абонент|подписчик|клиент|"
    r"посетител|читател|зрител)"
)


def size_in_passing(text: str, start: int, stop: int, kind: str) -> bool:
    """The figure at `start`/`stop` only sizes what the sentence names: a population after
    "с населением", or a count of users, residents or staff alone in brackets after a name.
    Background to the story, not its figure; a sum, a share, seats or a toll in brackets (a
    conversion, a result) is not one."""
    before = text[max(0, start - 30) : start]
    if _POPULATION.search(before):
        return True
    return (
        kind == "count"
        and bool(_ASIDE_OPEN.search(before))
        and text[stop : stop + 3].strip()[:1] == ")"
        and bool(_SIZE_NOUN.search(text, start, stop))
    )


# a change whose thing is left to the sentence before: "Среднее изменение по стране составит не
# более 4%", "В Кемеровской области повышение составит 5,9%" (of what? "тарифы ЖКХ" stood in the
# sentence before), a place or a time between the noun and the verb ("рост за год составил");
# not "рост цен составил 5%" (the noun's complement names the thing)
_CHANGE_OF_NOTHING = re.compile(
    r"(?i)(?:^|[,;:—–]\s*)[^,;:—–]*?(?<![^\W\d_])(?:изменение|повышение|понижение|рост|"
    r"снижение|увеличение|сокращение|уменьшение|падение|прирост|подорожание|удешевление|"
    r"индексация)(?:\s+(?:по|в|во|за|с|со)(?:\s+[а-яё\d]+){1,3}?)?\s+"
    r"(?:состав[а-яё]*|достиг[а-яё]*|превы[сш][а-яё]*)(?![^\W\d_])"
)
# the thing's own verb before the noun in the bullet: "цены выросли на 5%, рост составил ..."
_CHANGE_VERB = re.compile(
    r"(?i)(?<![^\W\d_])(?:вырос|вырастут|вырастет|вырост|повыс|подн[яи]|снизи|снижа|сократи|"
    r"уменьши|увеличи|упал|упад|подорожа|подешеве|проиндексир)[а-яё]*"
)


def change_of_nothing(text: str) -> bool:
    """The bullet tells a change ("изменение", "повышение", "рост" ...) as the subject of
    "составит" with nothing after the noun naming what changes, and no verb before it that
    does: what the number measures stands only in another sentence, and the bullet, read
    alone, says a change of nothing."""
    m = _CHANGE_OF_NOTHING.search(text)
    return m is not None and not _CHANGE_VERB.search(text, 0, m.start())
