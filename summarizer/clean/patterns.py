"""What site furniture looks like in Russian news text: dates, agencies, labels and notices.

Each pattern is anchored to a whole line, a line's start, or a sentence's start, never to words
in the middle of prose: a cleaning rule that fires inside a sentence would cut article text.
"""

from __future__ import annotations

import re

MONTHS = (
    r"(?:январ[ья]|феврал[ья]|марта?|апрел[ья]|ма[йя]|июн[ья]|июл[ья]|августа?|сентябр[ья]"
    r"|октябр[ья]|ноябр[ья]|декабр[ья]|янв|фев|мар|апр|июн|июл|авг|сен|сент|окт|ноя|дек)\.?"
)
_DATE_WORDS = MONTHS + r"|сегодня|вчера|г\.|года?"
# One date or time: "24 августа 2020 г.", "Декабрь 15, 2020", "04.11.2020", "22:54", "2020-11-04".
DATE_OR_TIME = re.compile(
    r"(?:\d{1,2}\s+" + MONTHS + r"(?:\s+\d{4})?(?:\s*г\.)?"
    r"|(?i:" + MONTHS + r")\s+\d{1,2},?\s+\d{4}"
    r"|\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}-\d{2}-\d{2}(?:T[\d:]+)?|\d{1,2}:\d{2}(?::\d{2})?"
    r"|\b(?:сегодня|вчера)\b)",
    re.I,
)
_LABELS = re.compile(
    r"(?:время|дата)\s+(?:публикации|обновления)|последнее\s+обновление|опубликовано|обновлено"
    r"|изменено|размещено|комментариев\s*:?\s*\d*|просмотров\s*:?\s*\d*|\bв\s+мире\b|\bмир\b"
    r"|\b(?:в|от|на)\b",
    re.I,
)
_WORD = re.compile(r"[^\W\d_]+")
_LIST_ITEM = re.compile(r"^\s*(?:[-–—•*]\s|\d+[.)]\s)|[;:,]\s*$")


def is_timestamp(line: str) -> bool:
    """A line that only says when: dates, times and their labels, with at most two names left
    (a byline, a site): "время публикации: 24 августа 2020 г., 22:54 | последнее обновление: …",
    "16:02, 4 ноября 2020", "ДНД – 27 января 2021". Not a list item ("- 21 января: Covid-19;")
    nor a short sentence ("Выборы прошли 3 ноября")."""
    if not DATE_OR_TIME.search(line) or _LIST_ITEM.match(line):
        return False
    rest = _LABELS.sub(" ", DATE_OR_TIME.sub(" ", line))
    words = _WORD.findall(rest)
    return (
        len(words) <= 2 and sum(map(len, words)) <= 16 and not any(w[:1].islower() for w in words)
    )


# News agencies and sites that sign the first line of wire copy.
AGENCY = (
    r"(?:(?:ИА|МИА|РИА|АН)\s+)?(?:/ТАСС/|ТАСС|ИТАР-ТАСС|ПРАЙМ|РИА\s+(?:«Новости»|\"Новости\"|Новости)"
    r"|REGNUM|Регнум|Интерфакс(?:-Украина)?|INTERFAX\.RU|Interfax|КАЗИНФОРМ|Казинформ|«Казинформ»|Sputnik"
    r"|УНН|УНИАН|БЕЛТА|Укринформ|Арменпресс|Trend|АПА|Новости-Азербайджан|Report|EADaily|NEWS\.am"
    r"|АиФ(?:-[А-ЯЁ][а-яё]+)?|Известия|РБК|Reuters|AFP|DW|ДНД|Новый День|НСН|ФАН|Кабар|RT"
    r"|[\w-]+\.(?i:ru|net|com|org|ua|kz|by|am|az|ge|info|news|uz|kg|md))"
)
_CITY = r"[А-ЯЁA-Z][А-ЯЁа-яёA-Za-z]+(?:[\s-][А-ЯЁA-Z][А-ЯЁа-яёA-Za-z]+)?"
# "Заиграевский район, Бурятия": up to three names, each may have its kind after it ("район").
_PLACE = (
    r"[А-ЯЁ][а-яё-]+(?:\s(?:район|область|край|округ|улус))?"
    r"(?:,\s*[А-ЯЁ][а-яё-]+(?:\s(?:район|область|край|округ|улус))?){0,2}"
)
# words in capitals that open a lead and are no city: "ЮНЕСКО —", "ГАЗПРОМ —"
_NOT_CITIES = "ЮНЕСКО|ЮНИСЕФ|МАГАТЭ|ГАЗПРОМ|РОСНЕФТЬ|СЕВЕРНЫЙ"
_WIRE_DATE = r"\d{1,2}\s+" + MONTHS + r"(?:\s+\d{4})?(?:,?\s+\d{1,2}:\d{2})?"
# An agency the list lacks, in its wire shape after a place and a date: in slashes ("/Синьхуа/")
# or a name with two capitals or more ("КазТАГ", "ИНТЕРФАКС-ЦЕНТРАЛЬНАЯ ЕВРОПА"); a sentence's
# first word has one capital only.
_WIRE_AGENCY = (
    r"(?:/[А-ЯЁA-Z][\w.-]*(?:\s[\w.-]+){0,2}/"
    r"|[А-ЯЁA-Z][\w.-]*[А-ЯЁA-Z][\w.-]*(?:\s[А-ЯЁA-Z]{2,}[\w.-]*)?)"
)
# "МОСКВА, 30 июл – ПРАЙМ.", "ВАШИНГТОН, 14 дек - РИА Новости.", "КИЕВ. 8 ноября. УНН.",
# "МОСКВА, 29 июня. /ТАСС/.", "ПЕТРОПАВЛОВСК. КАЗИНФОРМ –", "INTERFAX.RU -", ", 15:20 REGNUM",
# "Вашингтон, 25 января 2021, 08:51 — REGNUM": a wire dateline before the lead's first word.
DATELINE = re.compile(
    r"^(?:"
    r""
    + _CITY
    + r"[,.]\s*"
    + _WIRE_DATE
    + r"\.?\s*(?:[–—-]\s*)?"
    + AGENCY
    # the correspondent's byline after the agency: "ПАРИЖ, 7 фев — РИА Новости, Виктория Иванова."
    + r"(?:,\s*[А-ЯЁ][а-яё]+\s+[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?(?=\s*[.:]))?"
    + r"(?:\s*[.:]|\s[–—-]|(?=\s+[«\"„“(]?[А-ЯЁA-Z0-9]))"
    r"|" + _CITY + r"[,.]\s*" + AGENCY + r"\s*(?:[.:]|\s[–—-])"
    # a place, a date and an agency not in the list before a dash, "--" too: "Прага. 24 марта.
    # ИНТЕРФАКС-ЦЕНТРАЛЬНАЯ ЕВРОПА - ", "ООН, 20 ноября /Синьхуа/ -- ", "Астана. 26 ноября. КазТАГ – "
    r"|" + _CITY + r"[,.]\s*" + _WIRE_DATE + r"[.,]?\s*" + _WIRE_AGENCY + r"\s+(?:--|[–—-])"
    # a district and its region before a date with commas and a listed agency: "Заиграевский
    # район, Бурятия, 23 апреля, 2019, 09:25 — ИА Регнум."
    r"|"
    + _PLACE
    + r",\s*\d{1,2}\s+"
    + MONTHS
    + r",?\s+\d{4},?(?:\s+\d{1,2}:\d{2})?\s*[–—-]\s*"
    + AGENCY
    + r"\s*[.:]"
    r"|" + AGENCY + r"\s+[–—-]"
    r"|[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?\s+:"  # "Киев : После отставки…"
    r"|[,\s]*\d{1,2}:\d{2}\s+(?:ИА\s+)?REGNUM"
    # an agency not in the list, after a city in capitals and a date: "МОСКВА, 8 ноября,
    # ФедералПресс.", "ЛОНДОН, 10 июля, ФедералПресс."
    r"|[А-ЯЁ]{3,}(?:[\s-][А-ЯЁ]{2,})?[,.]\s*" + _WIRE_DATE + r"[,.]\s*(?:[–—-]\s*)?"
    r"[«\"]?[А-ЯЁA-Z][\w.-]{1,25}(?:\s[А-ЯЁA-Z][\w.-]{1,25})?[»\"]?\s*[.:]"
    # a city in capitals and a dash, no date: "ВАШИНГТОН — " (an acronym is shorter or listed)
    r"|(?!(?:" + _NOT_CITIES + r")\b)[А-ЯЁ]{5,}(?:[\s-][А-ЯЁ]{3,})?\s+[–—]"
    # a city in capitals alone before the lead's first word: "ЕКАТЕРИНБУРГ Главой Екатеринбурга…"
    # (one name of 6 and more letters with two vowels: acronyms are shorter or listed)
    r"|(?!(?:" + _NOT_CITIES + r"|РОСКОСМОС|РОСАТОМ|АЭРОФЛОТ)\b)"
    r"(?=[А-ЯЁ-]{6,}\s)(?=[А-ЯЁ-]*[АЕЁИОУЫЭЮЯ][А-ЯЁ-]*[АЕЁИОУЫЭЮЯ])[А-ЯЁ]{3,}(?:-[А-ЯЁ]{3,})?"
    r"(?=\s+[А-ЯЁ][а-яё])"
    r")\s+(?=[«\"„“(]?[А-ЯЁA-Z0-9])"
)
# Counters a page prints before the lead (views, comments), with the section name after them:
# "38 0. Мир МИД Великобритании возглавил…", "0 Деньги будут…" (a "Send to Kindle. 0" button).
COUNTER_PREFIX = re.compile(
    r"^(?:\d{1,6}\s+\d{1,6}\.?|\d{1,3})\s+(?:(?:Мир|В мире|Политика|Общество|Экономика|Новости"
    r"|Регионы|Культура|Спорт|Происшествия|Бизнес|Финансы)\s+)?"
    r"(?=(?!(?i:" + MONTHS + r")\b)[А-ЯЁ][а-яёА-ЯЁ]*\s+[а-яёА-ЯЁ\d])"
)
# A site's button or promo glued to the word before it: "…на сайте Госдепа СШАСлушайте подкасты".
GLUED_PROMO = re.compile(
    r"(?<=[^\W\d_])(?=(?:Слушайте|Читайте|Смотрите|Подписывайтесь|Подпишитесь)\s)"
)
# "10 ноября 2018 13:37. Международное агентство…": a date with its year and time opening a line,
# anywhere in the text (an aggregator's page strings several posts together).
# A page may print its view counter and the weekday before it: "1297 Понедельник, 10 Июня, 2024
# года, 10:00 «Европейская…" (the time after the full date keeps a sentence's date out).
_WEEKDAY = r"(?i:понедельник|вторник|среда|четверг|пятница|суббота|воскресенье)"
DATED_STAMP = re.compile(
    r"^(?:(?:\d{1,6}\s+)?" + _WEEKDAY + r",?\s+)?\d{1,2}\s+(?i:" + MONTHS + r"),?\s+\d{4}"
    r"(?:\s+(?i:года|г\.))?,?\s+\d{1,2}:\d{2}[.,]?\s+(?=[А-ЯЁA-Za-z«\"])"
)
# A time stamp glued before the lead: "09:27, Декабрь 15, 2020 ", "Сегодня, 1:34 Комментариев: 0 ".
STAMP_PREFIX = re.compile(
    r"^(?:(?i:сегодня|вчера),?\s*)?\d{1,2}:\d{2}(?:,?\s*(?:\d{1,2}\s+(?i:" + MONTHS + r")|(?i:"
    r"[а-яё]+)\s+\d{1,2}|\d{1,2}\.\d{1,2}\.\d{4}),?\s*(?:\d{4})?)?\s*(?:(?i:комментариев)\s*:?"
    r"\s*\d+\s*)?(?:(?i:источник)\s*:\s*)?\s+(?=[А-ЯЁ«\"]|\d+-[а-яё])"
    r"|^\d{1,2}\.\d{1,2}\.\d{4}(?:,?\s+\d{1,2}:\d{2})?\s+(?=[А-ЯЁ«\"])"
    # a store's field label and an ISO date: " date 2026-01-23 Палата представителей…"
    r"|^(?i:date|дата)\s*:?\s*\d{4}-\d{2}-\d{2}(?:[T ]\d{1,2}:\d{2}(?::\d{2})?)?\s+"
    r"(?=[А-ЯЁA-Z«\"])"
    r"|" + DATED_STAMP.pattern
)
# A photo caption and its credit before the lead: "… в Теннесси, 22 октября 2020 года Jim Bourg/AP ".
CAPTION_CREDIT = re.compile(
    r"^[^.!?]{10,240}?\s(?:[A-ZА-ЯЁ][\w.-]*\s){0,3}[\w.-]*\s?/\s?(?:AP|AFP|Reuters|EPA|ТАСС|TASS"
    r"|РИА Новости|Getty Images|Scanpix|Global Look Press|Zuma|Sputnik|ИТАР-ТАСС)\s+(?=[А-ЯЁ])"
)
# A "Смотреть" button glued to another story's headline glued to the text:
# "СмотретьБританский министр подал в отставкуДэвид Дэвис, занимавший…".
GLUED_BUTTON = re.compile(
    r"(?:^|(?<=[\s.!?]))(?:Смотреть|Читать|Подробнее|Смотрите)(?=[А-ЯЁ])[^.!?]{5,200}?[а-яё](?=[А-ЯЁ][а-яё])"
)
# A translated column's byline before the lead: "Отто Лухтерхандт (Otto Luchterhandt) 2 августа…".
# The next word opens a sentence (a capital or a date), not the name's verb ("… (Donald Trump)
# заявил").
BYLINE_PREFIX = re.compile(
    r"^[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?\s+[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?\s+"
    r"\([A-Z][a-z]+(?:[\s-][A-Z][a-z]+)+\)\s+(?=[А-ЯЁ«\"]|\d{1,2}\s+[а-я])"
)
# Another story's headline and its "Подробнее" button, before the text goes on: "Посол США
# повторно пригрозил участникам проекта Подробнее «Северный поток — 2» — это…".
MORE_TEASER = re.compile(
    r"(?:^|(?<=[.!?…]\s))[А-ЯЁ«\"][^.!?]{10,200}?[^\s.!?,:]\s+Подробнее\s+(?=[«\"„А-ЯЁ])"
)
# Photo captions and credits opening a line: "Image caption", "Правообладатель иллюстрации AFP".
CAPTION_PREFIX = re.compile(
    r"^(?:(?:Правообладатель иллюстрации\s+[\w\s/.-]{1,40}?\s+)?Image caption|Image copyright"
    r"|Правообладатель иллюстрации\s+\S+)\s*",
)
# A currency ticker pasted in front of the lead: "Доллар/Рубль USD/RUB ₽73,125 -3,08% Купить …".
TICKER_PREFIX = re.compile(
    # the company's name may stand in quotes ("«Сегежа» SGZH"), the symbol may be an ISIN
    r"^(?:(?:\S+/\S+\s+[A-Z]{3}/[A-Z]{3}|(?:«[^»]{1,30}»|[\w'’.&-]+(?:\s[\w'’.&-]+)?)"
    r"\s[A-Z][A-Z0-9]{0,11})\s+[₽$€]?\s?[\d\s,.]+?"
    r"\s+(?:[-+−]?[\d,.]+%|[—–])\s+Купить\s+)+(?=[«\"„]?[А-ЯЁA-Z])"
    r"|^(?:\S+/\S+\s+[A-Z]{3}/[A-Z]{3}\s+[₽$€]?\s?[\d\s,.]+?\s+[-+−]?[\d,.]+%\s+)+(?=[«\"„]?[А-ЯЁA-Z])"
    # a commodity's quote without the button: "BRENT BRENT $117,85 +0,45% Решение…"
    r"|^(?:[A-Z]{2,10}\s+[A-Z]{2,10}\s+[₽$€]\s?\d[\d\s]*(?:[,.]\d+)?\s+[-+−]\d+(?:[,.]\d+)?%\s+)+"
    r"(?=[«\"„]?[А-ЯЁ])"
)
# A quote widget inside a sentence, after the company's name: "Сбербанк SBER ₽130,5 -0,5% Купить
# увеличил прибыль", "Яндекс YNDX $24,5 -1,83% Купить". The name stays, the widget goes.
TICKER_INLINE = re.compile(
    r"\s+[A-Z][A-Z0-9.]{0,6}\s+[₽$€]?\s?\d[\d\s]*(?:[,.]\d+)?\s+(?:[-+−]?\d+(?:[,.]\d+)?%|[—–])"
    r"\s+Купить\b"
)
# A rubric's label before the article's own words: "Прямая речь: “На следующем саммите…”".
RUBRIC_PREFIX = re.compile(r"^(?:Прямая речь|Цитата дня)\s*:\s*(?=[«\"“„]?[А-ЯЁ])")
# A video player's label left before the lead: "Video Пресс-служба VK сообщила…".
MEDIA_MARK = re.compile(
    r"^(?:Video|Видео)\s+(?=[«\"„]?[А-ЯЁ][а-яё])"
    # a markdown image the paste kept, empty to a reader: "![]() 1297 Понедельник…"
    r"|^!\[[^\]\n]{0,200}\](?:\([^)\s]*\))?\s*(?=\S)"
)
# A section name pasted in front of the text with a stray quote: '"Общество Депутаты Госдумы…'.
SECTION_PREFIX = re.compile(
    r"^[\"«](?:Общество|Политика|Экономика|Происшествия|Новости|В мире|Мир|Регионы|Культура"
    r"|Спорт|Наука|Технологии|Бизнес|Финансы|Армия|Инциденты|Город)\s+(?=[А-ЯЁ])"
)

# Sentences (or whole lines) that are the site talking, never the article. Anchored at the start.
_PROMO = (
    r"(?:читайте|читать|смотрите|слушайте)\s+(?:также|тоже|ещё|еще|нас|материал|подробнее|новости"
    r"|далее|дальше|полностью|продолжение"
    r"|ранее|наш|наши|в\s+нашем|в\s+telegram|в\s+телеграм)\b|читайте\s*:|читайте\s+также"
    r"|по\s+теме\s*:|новости\s+по\s+теме|материалы\s+по\s+теме|похожие\s+(?:новости|материалы)"
    r"|другие\s+новости|самое\s+(?:читаемое|популярное|интересное)|популярное\s*$|главное\s+за\s+день"
    r"|(?:подписывайтесь|подпишитесь|присоединяйтесь|следите\s+за\s+(?:нами|новостями))\b"
    r"|(?:больше|все|самые)\s+(?:важных\s+|свежих\s+|главные\s+|актуальные\s+)?новост\w*\s+(?:в|на|от)\b"
    r"|новости\s+от\s+\S+\s+в\s+(?:telegram|телеграм)|наш\s+(?:канал|telegram)|мы\s+в\s+(?:telegram|соцсетях)"
    r"|(?:если\s+вы\s+заметите|нашли|заметили)\s+ошибку|выделите\s+(?:её|ее)\s+и\s+нажмите"
    r"|реклама\s*$|поделиться\b|версия\s+для\s+печати|добавить\s+комментарий|комментарии\s*$"
    r"|обсуждение\s+закрыто|доступ\s+к\s+чату|сначала\s+(?:новые|старые)|оставьте\s+комментарий"
    r"|ссылки\s*$|будь\s+на\s+связи|отправить(?:\s+ещ[её]\s+раз)?\s*$|повторить\s+попытку"
    r"|send\s+to\s+kindle|слушайте\s+подкасты|подкасты\s+\S+(?:\s+\S+)?\s+в\s+мобильных"
    # an update notice: "Материал дополняется.", "Новость обновлена", "Текст дополнен"
    r"|(?:материал|новость|текст|информация|статья)\s+(?:дополняется|обновляется|будет\s+дополнен\w*"
    r"|дополнен\w*|обновлен\w*)\s*[.!]?\s*$"
    r"|читайте\s+(?:рбк|нас)\s+в\b"
)
_NOTICE = (
    r"материал\s+из\s+википедии|текущая\s+версия\s+страницы|у\s+этого\s+термина\s+существуют"
    r"|эта\s+статья\s+(?:о|про|нуждается)|\[править|перейти\s+к\s+(?:навигации|поиску)"
    r"|(?:наш\s+сайт|наша\s+страница|сайт)\s+использует\s+(?:файлы\s+)?cookie|мы\s+используем\s+(?:файлы\s+)?cookie"
    r"|файлы\s+cookies?\b|нажимая\s+(?:на\s+кнопку|«|\")|согласие\s+на\s+обработку"
    r"|вы\s+используете\s+устаревшую\s+версию|регистрация\s+пройдена|пожалуйста,\s+перейдите\s+по\s+ссылке"
    r"|авторизуйтесь|войдите,\s+чтобы|материалы\s+иносми\s+содержат|точка\s+зрения\s+автора"
    r"|мнение\s+автора\s+может\s+не\s+совпадать|все\s+права\s+(?:защищены|сохранены)|копирование\s+материалов"
    r"|перепечатка\s+материалов|использование\s+(?:любых\s+)?материалов|при\s+(?:цитировании|копировании|перепечатке)"
    r"|учредител[ьи]\s*:|адрес\s+редакции|главный\s+редактор\s*:|свидетельство\s+о\s+регистрации"
    r"|(?:эл|ия|ИА)\s*№\s*ФС|ООО\s+[\"«]|ИНН\s+\d|(?:0|6|12|16|18)\+\s*$|journal\s+information|search\s+form"
    r"|ваш\s+браузер\s+не\s+поддерживает|включите\s+javascript|для\s+просмотра\s+(?:видео|фото)"
    r"|(?:сайт\s+)?(?:функционирует|работает|создан)\s+при\s+(?:финансовой\s+)?поддержке"
    # the rest of a reprint notice: "Ссылка должна быть размещена…", "Гиперссылка – должна быть…"
    r"|(?:гипер)?ссылка\s*(?:[–—-]\s*)?(?:на\s+\S+\s+)?(?:должна|обязательна)"
)
_CREDIT = (
    r"(?:фото(?:графия)?|иллюстрация|источник(?:\s+фото)?|видео|автор(?:\s+фото)?|текст|фотограф|коллаж"
    r"|оператор|монтаж|редактор|инфографика)\s*:"
    r"|image\s+(?:caption|copyright)|правообладатель\s+иллюстрации|getty\s+images\s*$|©"
)
FURNITURE_START = {
    "promo": re.compile(r"^[\s«\"(•*-]*(?:" + _PROMO + r")", re.I),
    "notice": re.compile(r"^[\s«\"(•*-]*(?:" + _NOTICE + r")", re.I),
    "credit": re.compile(r"^[\s«\"(•*-]*(?:" + _CREDIT + r")", re.I),
}

# The same phrases anywhere in a piece of text: a teaser's tail that holds one is no article.
FURNITURE_ANYWHERE = re.compile(r"(?<!\w)(?:" + _PROMO + "|" + _NOTICE + ")", re.I)

# A related-news block: a header alone on its line, after which the page lists other stories.
RELATED_HEADER = re.compile(
    r"^(?:читать\s+(?:ещё|еще|также)|читайте\s+(?:также|ещё|еще)|смотрите\s+также|по\s+теме"
    r"|новости\s+по\s+теме|материалы\s+по\s+теме|похожие\s+(?:новости|материалы)|другие\s+новости"
    r"|самое\s+(?:читаемое|популярное)|популярное|ещё\s+по\s+теме|еще\s+по\s+теме"
    r"|рекомендуем|выбор\s+редакции|сейчас\s+читают|главное\s+за\s+день)\s*:?\s*$",
    re.I,
)

# Wikipedia's mark of a link to another language's article: "(англ.)русск.".
INTERWIKI = re.compile(r"\s?\((?:англ|нем|фр|исп|итал|польск|укр)\.\)\s?русск\.")
# A link's file-type mark left after its text: "…ядерного оружия (ICAN) (.pdf)".
FILE_MARK = re.compile(r"\s?\((?:\.?pdf|\.?docx?|\.?xlsx?)\)", re.I)
# Wikinews' links to a source's archived copies: "…на сайте МВД Украины (архивировано: 1, 2, 3)".
ARCHIVE_MARK = re.compile(r"\s?\((?:архивировано|archived)\s*:?\s*\d{1,2}(?:,\s*\d{1,2})*\)", re.I)
# "[12]", "[2][3]", "[источник не указан 123 дня]": footnote marks right after a word or a stop.
FOOTNOTE = re.compile(
    r"(?:(?<=[^\W\d_])|(?<=[.,;:»\")])|(?<=[.,;:»\")]\s))\[(?:\d{1,3}|источник не указан[^\]]{0,30}|нет в источнике"
    r"|уточнить|кем\?|когда\?|где\?)\](?:\[\d{1,3}\])*",
    re.I,
)
# A section name alone on its line: "Новости", "В мире", "Политика".
SECTION_LINE = re.compile(
    r"^(?:новости|главное|политика|экономика|общество|в мире|мир|происшествия|регионы|культура|спорт"
    r"|наука|технологии|бизнес|финансы|армия|home|главная|лента новостей|все новости|видео|фото"
    r"|фотогалерея|инфографика|мнения|интервью|аналитика)\s*$",
    re.I,
)
# Breadcrumbs left inside a line: "…американской стороне | Мир | Вести".
CRUMBS = re.compile(r"\s*(?:\|\s*[А-ЯЁA-Z][\w.-]*(?:\s[\w.-]+)?\s*){2,}(?=\s|$)")
HASHTAGS = re.compile(r"(?:\s*#[\w\d_]+){2,}\s*$")
