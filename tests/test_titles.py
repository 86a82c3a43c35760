"""Titles are checked, not trusted: site chrome cut off, junk and foreign titles refused.

The junk titles below are the kinds seen on real saved pages (sign-up notices, browser warnings,
search forms, time stamps); the articles are written for these tests.
"""

from __future__ import annotations

import pytest

from summarizer.pipeline import Pipeline
from summarizer.settings import SummarizerSettings
from summarizer.titles import clean_title, title_problem, usable_title
from summarizer.types import Article

TEXT = (
    "Конгресс США утвердил избрание Джо Байдена президентом, свидетельствуют результаты "
    "обсуждения. Байден получил больше 270 необходимых для избрания голосов выборщиков. "
    "Вице-президент Майк Пенс зачитал официальные результаты голосования в Конгрессе. "
) * 2


@pytest.mark.parametrize(
    "raw, clean",
    [
        ("Конгресс утвердил избрание Байдена | Банки.ру", "Конгресс утвердил избрание Байдена"),
        (
            "Конгресс утвердил избрание Байдена: Политика: Мир: Lenta.ru",
            "Конгресс утвердил избрание Байдена",
        ),
        (
            "Конгресс утвердил избрание Байдена - Новости - Allhockey.ru",
            "Конгресс утвердил избрание Байдена",
        ),
        ("Ъ-Новости - Конгресс утвердил избрание Байдена", "Конгресс утвердил избрание Байдена"),
        ("Home мир Конгресс утвердил избрание Байдена", "Конгресс утвердил избрание Байдена"),
        ("Взрывы снова гремят на складах (ВИДЕО)", "Взрывы снова гремят на складах"),
        (
            "Президент США впервые поговорил по телефону с президентом России Путиным-версии...",
            "Президент США впервые поговорил по телефону с президентом России",
        ),
        (
            "Европейская комиссия: состав, полномочия . Курсовая работа (п). Читать текст оnline -",
            "Европейская комиссия: состав, полномочия",
        ),
        (
            "Комиссия обвинила Facebook / 20.12.16 / Москва / © РИА Новый День / Декабрь 2016",
            "Комиссия обвинила Facebook",
        ),
        (
            "19.03.2018 11:33 : Глава МИД призывает Евросоюз принять санкции против",
            "Глава МИД призывает Евросоюз принять санкции",
        ),
        (
            "Главная В США Почти все штаты утвердили результаты выборов",
            "Почти все штаты утвердили результаты выборов",
        ),
        ("Подробности.ua: Третий за сутки: министр ушел", "Третий за сутки: министр ушел"),
    ],
)
def test_site_chrome_is_cut_off(raw: str, clean: str) -> None:
    assert clean_title(raw) == clean


def test_a_dash_inside_the_title_stays() -> None:
    title = 'Захарова ответила на угрозы посла из-за "Северного потока – 2"'
    assert clean_title(title) == title
    assert clean_title("Американские выборы - это хаос") == "Американские выборы - это хаос"


@pytest.mark.parametrize(
    "title, problem",
    [
        ("Регистрация пройдена успешно! Пожалуйста, перейдите по ссылке из письма", "site notice"),
        ("Вы используете устаревшую версию браузера. Для работы используйте новую", "site notice"),
        ("Search form", "site notice"),
        ("время публикации: 24 ноября 2020 г., 19:49 | последнее обновление: 23:27", "site notice"),
        ("Новости", "too short"),
        ("ЕВРОПЕЙСКАЯ КОМИССИЯ - это... Что такое ЕВРОПЕЙСКАЯ КОМИССИЯ?", "no headline"),
        ("РСМД :: Темы // События // Конгресс", "no headline"),
        ("05 ноября 2020 21:40 Денис Давыдов, Валентин Богданов", "no headline"),
        ("European Standards in Human Rights: Chapter III", "another language"),
        (
            "Публичная нападка на руководителя научного совета по коронавирусу",
            "about something else",
        ),
    ],
)
def test_junk_titles_are_refused(title: str, problem: str) -> None:
    assert title_problem(clean_title(title), TEXT) == problem
    assert usable_title(title, TEXT) is None


def test_a_teaser_question_is_no_headline() -> None:
    assert title_problem("Так кто кому должен?", TEXT) == "no headline"
    assert title_problem("Что дальше?", TEXT) == "no headline"
    assert title_problem("Можно ли утвердить Байдена?", TEXT) is None


def test_latin_names_around_a_russian_verb_make_a_russian_title() -> None:
    text = "Компания ICE купила биржу NYSE за восемь миллиардов долларов. " * 5
    assert title_problem("ICE купил NYSE", text) is None
    assert title_problem("European Standards in Human Rights", text) == "another language"


def test_a_good_title_is_kept() -> None:
    assert usable_title("  Конгресс утвердил избрание Байдена  ", TEXT) == (
        "Конгресс утвердил избрание Байдена"
    )
    assert usable_title("Bloomberg: Конгресс утвердил избрание Байдена", TEXT)
    assert usable_title(None, TEXT) is None


def test_the_pipeline_heads_a_junk_titled_page_with_its_own_heading() -> None:
    pipeline = Pipeline(SummarizerSettings(backend="extractive"))
    text = "Конгресс утвердил избрание Джо Байдена президентом США\n" + TEXT
    summary = pipeline(
        Article(text=text, title="Регистрация пройдена успешно! Пожалуйста, перейдите по ссылке")
    )
    assert summary.headline == "Конгресс утвердил избрание Джо Байдена президентом США"
    assert not summary.text.startswith("Конгресс утвердил избрание Джо Байдена президентом США")


def test_the_pipeline_makes_a_headline_from_the_lead_when_the_title_is_junk() -> None:
    pipeline = Pipeline(SummarizerSettings(backend="extractive"))
    summary = pipeline(Article(text=TEXT, title="Search form"))
    assert summary.headline.startswith("Конгресс США утвердил избрание Джо Байдена")


@pytest.mark.parametrize(
    "raw, clean",
    [
        (
            "Суд освободил из тюрьмы осужденную христианку corner",
            "Суд освободил из тюрьмы осужденную христианку",
        ),
        ("Певица выпустила новый клип - Культура | Караван", "Певица выпустила новый клип"),
        (
            "УНИАН (ИА): Хант сменил Джонсона на посту главы МИД",
            "Хант сменил Джонсона на посту главы МИД",
        ),
        # a source named before a colon is a headline's own form; a Latin word after a short one stays
        (
            "Telegraph: Советник Трампа встретился с евроскептиками",
            "Telegraph: Советник Трампа встретился с евроскептиками",
        ),
        ("Вышел фильм про online", "Вышел фильм про online"),
    ],
)
def test_page_chrome_around_titles_second_round(raw: str, clean: str) -> None:
    assert clean_title(raw) == clean


def test_a_title_cut_from_a_sentence_of_the_text_gives_way() -> None:
    text = (
        "Об этом сообщила пресс-секретарь Белого дома. По ее словам, президент встретится с "
        "премьером 13 июля. В ходе встречи политики обсудят укрепление отношений между странами."
    )
    assert (
        usable_title("В ходе встречи политики обсудят укрепление отношений межд...", text) is None
    )
    # a title the site cut that is no copy of the text stays
    assert usable_title("Президент примет премьера в Вашингтоне...", text) is not None


@pytest.mark.parametrize(
    "title",
    [
        "Об этом информирует агентство. Летом прошлого года работавшая",
        "В 2016 году здесь выиграл Трамп",
        "Функционирует при финансовой поддержке Федерального агентства по печати",
        "Денис Давыдов, Валентин Богданов",
    ],
)
def test_titles_that_are_no_headline(title: str) -> None:
    assert usable_title(title, TEXT + " Трамп. Агентство по печати. Денис Давыдов.") is None


def test_a_two_word_headline_is_no_byline() -> None:
    assert usable_title("Война выборщиков", TEXT) == "Война выборщиков"


def test_a_credit_after_the_title_goes() -> None:
    assert clean_title("Конгресс готовится к инаугурации. Фото Reuters") == (
        "Конгресс готовится к инаугурации"
    )


@pytest.mark.parametrize(
    "raw, clean",
    [
        (
            "Обойдется ли Россия без газа Обойдется ли Россия без газа.",
            "Обойдется ли Россия без газа",
        ),
        ("Полиция задержала лидера протестующих 05:23", "Полиция задержала лидера протестующих"),
    ],
)
def test_titles_printed_twice_or_with_a_time(raw: str, clean: str) -> None:
    assert clean_title(raw) == clean


def test_a_question_glued_to_a_long_title_goes() -> None:
    from summarizer.headline import _title_headline

    long = (
        "Неудобные вопросы про выборы президента США Кто такие выборщики? Могут ли американцы "
        "проголосовать за кого угодно? (Да!)"
    )
    assert _title_headline(long) == "Неудобные вопросы про выборы президента США"
    short = "Что происходит с выборами в США? Главное о борьбе кандидатов и колеблющихся штатах"
    assert _title_headline(short) == short


# A pasted article whose own first line is its headline; the headline's words ("эмбарго") come
# only deep in the text, past the opening a page title must match.
_LATE = (
    "Первые плоды продуктового эмбарго\n\n"
    + "Печальные прогнозы по поводу роста цен на рыбу и овощи, похоже, начинают сбываться. "
    + "О росте цен на креветки более чем на 20% министерство уведомило крупного ритейлера. "
    + "Поставщики объясняют повышение расходами на перевозку и хранение товара. " * 40
    + "\n\nПри неблагоприятном развитии ситуации основной удар от эмбарго придется на "
    "средне- и низкодоходные группы населения."
)


def test_a_pasted_texts_own_headline_needs_a_word_of_the_article_anywhere() -> None:
    assert _LATE.index("от эмбарго") > 3000
    body = _LATE.split("\n\n", 1)[1]
    assert usable_title("Первые плоды продуктового эмбарго", body) is None  # a page's title
    assert usable_title("Первые плоды продуктового эмбарго", body, own=True) == (
        "Первые плоды продуктового эмбарго"
    )
    assert usable_title("Главное за день в столице", body, own=True) is None
    summary = Pipeline(SummarizerSettings(backend="extractive"))(Article(text=_LATE))
    assert summary.headline == "Первые плоды продуктового эмбарго"
