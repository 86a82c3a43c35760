"""Titles are checked, not trusted: a page's <title> is often the site talking.

Seen on real pages: the sign-up notice ("Регистрация пройдена успешно! Пожалуйста, перейдите по
ссылке…"), a browser warning, "Search form", a time stamp, another story's title, an English
chapter name over Russian text, site names and crumbs around the real title ("Home мир …",
"… | Банки.ру", "…: Политика: Мир: Lenta.ru", "… (ВИДЕО)"). The chrome is cut off; a title that
is junk, in another language or about something else is not used, and the headline comes from
the text instead.
"""

from __future__ import annotations

import re

from .backends.features import stems
from .clean.lines import sentence_kind
from .clean.patterns import SECTION_LINE, is_timestamp
from .nlp import load_nlp

_SITE_WORDS = (
    r"(?:новости|news|лента|lenta|риа|тасс|интерфакс|газета|коммерсант|ведомости|известия|рбк|dw"
    r"|bbc|русская служба|allhockey|новая европа|apptractor|sputnik|regnum|ура\.ру|фонтанка"
    r"|[\w-]+\.(?:ru|com|net|org|ua|kz|by|info|tv)"
    # a section after the title: "… в новом клипе SEREBRO - Культура"
    r"|(?:культура|политика|общество|экономика|в мире|мир|спорт|происшествия|регионы|бизнес"
    r"|финансы|наука|технологии)\s*$)"
)
# A time stamp after the title: "…против освобождения Асии Биби 05:23".
_TIME_TAIL = re.compile(r"(?:\s+(?i:вчера|сегодня),?)?\s+\d{1,2}:\d{2}$")
# A live page's title: "Трамп или Байден? Следим за выборами (Обновляется) Ход голосования и
# итоги. pkrasotkin": what follows the marker is the page's subtitle and its author.
_LIVE_MARKER_MID = re.compile(
    r"\s*[(\[](?:обновляется|обновлено|дополнено|онлайн|live|трансляция)[)\]]\s+\S.*$", re.I
)
# A word of the page's markup left after a Russian title: "…христианку-богохульницу corner".
_LATIN_TAIL = re.compile(r"(?<=[а-яё]{4})\s+[a-z]{3,}$")
_PIPE_TAIL = re.compile(r"\s+\|\s+[^|]*$")
# "Дональд Трамп задумал превратить инаугурацию в шоу рекордов // НТВ.Ru": the site after "//".
_SLASHES_TAIL = re.compile(r"\s+//\s+(?P<tail>[^/]{1,40})$")
# What crumbs leave before the title when a crumb has two words ("Главная Наши люди ‘Быть…"):
# a title opens with a capital or a quote, never with a word in lower case.
_LOWER_START = re.compile(r"^(?:[а-яё-]+\s+){1,2}(?=[‘'«\"„А-ЯЁA-Z])")
_DASH_TAIL = re.compile(r"\s+[-–—]\s+(?P<tail>[^-–—]{1,50})$")
_COLON_CRUMBS = re.compile(
    r"(?::\s*[А-ЯЁA-Z][\w .-]{1,25}){0,4}:\s*(?:[\w-]+\.(?:ru|com|net|org|ua))\s*$", re.I
)
_SLASH_TAIL = re.compile(r"\s+/\s+\d{1,2}\.\d{1,2}\.\d{2,4}\s+/.*$")
_MARKERS = re.compile(
    r"\s*[(\[](?:видео|фото|фото,?\s*видео|видео,?\s*фото|обновлено|дополнено|обновляется"
    r"|инфографика|опрос|live|онлайн|трансляция)[)\]]\s*",
    re.I,
)
_PAGE_TAILS = re.compile(
    r"(?:\s*[.:|–—-]\s*(?:курсовая|дипломная|контрольная)\s+работа\b.*"
    r"|\s*:\s*новости,\s*фото(?:\s+\d{4})?"
    r"|\s*(?:[-–—:]\s*)?читать\s+(?:текст\s+)?(?:online|онлайн|оnline)\b.*"
    r"|,?\s+[-–—]\s+[А-ЯЁ]\.\s?(?:[А-ЯЁ]\.\s?)?[А-ЯЁ][а-яё]+)$",
    re.I,
)
_CRUMB_PREFIX = re.compile(
    r"^(?:\d{1,2}\.\d{1,2}\.\d{2,4}\s+\d{1,2}:\d{2}\s*:\s*"
    r"|\d{1,2}\s+[а-яё]+\s+\d{4}(?:,?\s+\d{1,2}:\d{2})?\s+"  # "05 ноября 2020 21:40 "
    r"|(?-i:(?:Home|Главная))\s+(?:В\s+)?[А-ЯЁA-Z][\w-]*\s+(?=[А-ЯЁA-Z])"  # "Главная В США "
    r"|(?:home|главная)\s+(?:[а-яёa-z]+\s+)?(?=[А-ЯЁA-Z])"
    r"|(?:ъ-новости|новости|lenta\.ru|риа новости|тасс|интерфакс|regnum|униан|рбк)\s*[-–—:|]\s*"
    # a Latin site or section name before a Russian title: "EastAgri Member - Европейская…"
    r"|(?-i:[A-Z][A-Za-z&.]+(?:\s[A-Za-z&.]+){0,3})\s+[-–—|]\s+(?=(?-i:[А-ЯЁ]))"
    r"|[\w-]+\.(?:ua|ru|com|net|kz|by|org|info)\s*:\s+"  # "Подробности.ua: "
    r"|(?-i:[А-ЯЁA-Z]{2,}\s*\((?:ИА|ИД|СМИ)\))\s*:\s+)",  # "УНИАН (ИА): "
    re.I,
)
# Not a headline at all: a site's topic page ("РСМД :: Темы // События // …"), a dictionary entry
# ("ЕВРОПЕЙСКАЯ КОМИССИЯ - это... Что такое ЕВРОПЕЙСКАЯ КОМИССИЯ?"), a byline ("Денис Давыдов,
# Валентин Богданов").
_NOT_A_HEADLINE = re.compile(
    r"\s(?:::|//)\s|\s-\sэто\.\.\.?\s*что такое\b"
    r"|^(?-i:[А-ЯЁ][а-яё]+\s[А-ЯЁ][а-яё]+(?:,\s*[А-ЯЁ][а-яё]+\s[А-ЯЁ][а-яё]+)*)$"
    # a sentence that leans on text before it ("Об этом информирует Би-би-си. Летом…") or points
    # at a place it does not name ("В 2016 году здесь выиграл Трамп")
    r"|^(?:об этом|он|она|они|оно|также|кроме того|при этом)\s|\b(?:здесь|там|тут)\b",
    re.I,
)
# A number the page put before or after the title: a list's "8. Пакистанский адвокат…", a view
# counter "…христианки 176", counters and a stamp "52 0 Время 16:54 12 Января 2019 Польские СМИ…".
_LIST_NUMBER = re.compile(r"^\d{1,2}\.\s+(?=[«\"А-ЯЁA-Z])")
_COUNTER_TAIL = re.compile(r"(?<=\s)(?P<word>[а-яё]{4,})\s+(?P<number>\d{1,7})$")
_COUNTER_PREFIX = re.compile(
    r"^(?:\d{1,7}\s+)+(?:(?i:время|просмотров|просмотры|комментарии|комментариев)\s*:?\s*)?"
    r"(?:\d{1,2}:\d{2}\s+)?(?:\d{1,2}\s+(?i:[а-яё]+)\s+\d{4}\s+)?(?=[«\"А-ЯЁA-Z])"
    r"|^(?i:время)\s*:?\s+\d{1,2}:\d{2}\s+(?:\d{1,2}\s+(?i:[а-яё]+)\s+\d{4}\s+)?"
)
# A live page's marker after the title as a sentence: "…как голосуют выборщики в США. Обновляется".
_LIVE_TAIL = re.compile(r"[.,]?\s+(?:обновляется|обновлено|дополняется|дополнено)\.?$", re.I)
# The site's name after a slash: "…не годится в президенты / Украинский бизнес ресурс".
_SITE_SLASH_TAIL = re.compile(r"(?<=\S{3})\s+/\s+(?P<tail>[А-ЯЁA-Z][^/\d]{1,40})$")
# A site's name, not a headline: words that name an outlet or a service.
_SITE_NAME_WORDS = re.compile(
    r"\b(?:ресурс|портал|сайт|служба внешних связей|агентство|информагентство|издание|журнал"
    r"|телеканал|радио|медиа|media|news|online|онлайн)\b",
    re.I,
)
# The site talking to its reader: "Ваш регион", "Ваши новости", "Твой город".
_SECOND_PERSON = re.compile(r"^(?:ваш|ваша|ваше|ваши|вашего|твой|твоя|твоё|твое|твои)\b", re.I)
# A photo or video credit after the title: "Америка готовится к инаугурации. Фото Reuters".
_CREDIT_TAIL = re.compile(r"[.,]?\s+(?:фото|видео)(?:\s*:)?\s+[\w«»\".-]{2,30}$", re.I)
_ELLIPSIS = re.compile(r"\s*(?:\.\.\.|…)\s*$")
_LATIN = re.compile(r"[A-Za-z]")
_CYRILLIC = re.compile(r"[А-Яа-яЁё]")
_WORD = re.compile(r"[^\W\d_]+")
_FUNCTION_END = re.compile(
    r"\s+(?:и|а|но|или|в|во|на|по|с|со|к|о|об|от|за|из|для|до|при|что|как|не|против|после|через"
    r"|между|без|под|над|перед|у)$",
    re.I,
)
MIN_TITLE_WORDS = 2
OVERLAP_CHARS = 3000  # the title must share a content word with the article's opening


def clean_title(title: str) -> str:
    """The title without the site's chrome around it; the words of the title itself stay."""
    title = " ".join(title.split())
    if _ELLIPSIS.search(title):  # a title the site cut: its last word may be cut too
        title = _ELLIPSIS.sub("", title).rsplit(" ", 1)[0]
        while _FUNCTION_END.search(title):
            title = _FUNCTION_END.sub("", title)
    previous = None
    while previous != title:
        previous = title
        title = _LIVE_MARKER_MID.sub("", title)
        title = _PIPE_TAIL.sub("", title)
        slashes = _SLASHES_TAIL.search(title)
        if slashes and re.search(_SITE_WORDS, slashes.group("tail"), re.I):
            title = title[: slashes.start()]
        title = _COLON_CRUMBS.sub("", title)
        title = _SLASH_TAIL.sub("", title)
        title = _PAGE_TAILS.sub("", title)
        title = _MARKERS.sub(" ", title).strip()
        title = _CRUMB_PREFIX.sub("", title)
        title = _LOWER_START.sub("", title)
        title = _LATIN_TAIL.sub("", title)
        title = _CREDIT_TAIL.sub("", title)
        title = _TIME_TAIL.sub("", title)
        title = _LIST_NUMBER.sub("", title)
        title = _COUNTER_PREFIX.sub("", title)
        title = _LIVE_TAIL.sub("", title)
        slash = _SITE_SLASH_TAIL.search(title)
        if slash and len(title[: slash.start()].split()) >= 4 and len(slash["tail"].split()) <= 5:
            title = title[: slash.start()]
        title = _doubled(title)
        m = _DASH_TAIL.search(title)
        if (
            m
            and (re.search(_SITE_WORDS, m["tail"], re.I) or _SITE_NAME_WORDS.search(m["tail"]))
            and m.start() > 15
        ):
            title = title[: m.start()]
        title = title.strip(" -–—|:.")
        title = _FUNCTION_END.sub("", title)  # a title the site cut after a preposition
    return title.strip(" ,;:-–—")


def _doubled(title: str) -> str:
    """A title the page printed twice in a row ("Обойдется ли Россия без Украины Обойдется ли
    Россия без Украины.") once."""
    words = title.rstrip(" .").split()
    half = len(words) // 2
    if half >= 2 and len(words) % 2 == 0 and words[:half] == words[half:]:
        return " ".join(words[:half])
    return title


# A Russian word in lower case (a verb, a common noun) makes a title Russian whatever the Latin
# names around it: "ICE купил NYSE", "Hewlett-Packard берёт пример с Google".
_RUSSIAN_WORD = re.compile(r"(?<![\w-])[а-яё]{2,}(?![\w-])")
# What a question names nothing with: pronouns, adverbs, particles, predicatives, verbs.
_TEASER_POS = frozenset(
    {"NPRO", "ADVB", "CONJ", "PRCL", "PREP", "PRED", "INTJ", "ADJS", "VERB", "INFN", "COMP"}
)


def _teaser_question(title: str) -> bool:
    """A question that names no one and nothing ("Так кто кому должен?", "Что дальше?"): a
    teaser over the text, no headline. "Можно ли запатентовать лицо?" names its subject."""
    if not title.rstrip().endswith("?") or re.search(r"[\dA-Za-z«\"]", title):
        return False
    found = _WORD.findall(title)
    if any(w[:1].isupper() for w in found[1:]):
        return False  # a name
    vocab = load_nlp().morph_vocab
    return all(
        (parses := vocab.parse(w.lower())) and parses[0].tag.POS in _TEASER_POS for w in found
    )


def title_problem(title: str, text: str, overlap_chars: int = OVERLAP_CHARS) -> str | None:
    """Why a cleaned title cannot head this text, or None when it can. `overlap_chars`: how much
    of the text's opening must share a content word with the title."""
    words = _WORD.findall(title)
    if len(words) < MIN_TITLE_WORDS:
        return "too short"
    if sentence_kind(title) or SECTION_LINE.match(title) or is_timestamp(title):
        return "site notice"
    if _NOT_A_HEADLINE.search(title) or _SECOND_PERSON.match(title):
        return "no headline"
    if _teaser_question(title):
        return "no headline"
    latin, cyrillic = len(_LATIN.findall(title)), len(_CYRILLIC.findall(title))
    if (
        latin > cyrillic
        and not _RUSSIAN_WORD.search(title)
        and len(_CYRILLIC.findall(text[:2000])) > len(_LATIN.findall(text[:2000]))
    ):
        return "another language"
    if not set(stems(title)) & set(stems(text[:overlap_chars])):
        return "about something else"
    return None


def _text_piece(title: str, cleaned: str, text: str) -> bool:
    """A site's title made by cutting a sentence of the text ("В ходе встречи политики обсудят
    предстоящее укрепление отношений межд..."): it ends in an ellipsis and its words stand in the
    text as they are. A headline made from the lead says it whole."""
    if not _ELLIPSIS.search(title):
        return False
    words = " ".join(w.lower() for w in _WORD.findall(cleaned))
    return len(words.split()) >= 4 and words in " ".join(w.lower() for w in _WORD.findall(text))


def _without_counter(title: str, text: str) -> str:
    """The title without a number after its last word that the text never gives: a view counter
    ("…христианку 176"), not "Число жертв достигло 12"."""
    tail = _COUNTER_TAIL.search(title)
    if tail and not re.search(rf"(?<!\d){tail['number']}(?!\d)", text[:OVERLAP_CHARS]):
        return title[: tail.end("word")]
    return title


def usable_title(title: str | None, text: str, own: bool = False) -> str | None:
    """The cleaned title, or None when there is none worth showing over `text`. `own`: the
    headline the text itself opens with (a pasted article's first line): the author's, so it
    need only share a word with the article anywhere ("Первые негативные плоды эмбарго на импорт"
    over a lead about prices whose «эмбарго» comes later), where a page's title, which may be
    the site's or another story's, must share one with the opening."""
    if not title or not title.strip():
        return None
    cleaned = _without_counter(clean_title(title), text)
    overlap = len(text) if own else OVERLAP_CHARS
    if title_problem(cleaned, text, overlap) or _text_piece(title, cleaned, text):
        return None
    return cleaned
