"""Figure bullets after the audit of the seventh sample of pasted articles: a term of punishment
given, faced or served ("приговорена к 35-летнему заключению", "грозит до 15 лет лишения
свободы") is a criminal case's key figure, weighted as a sum of money; a bullet with a hole where
the source lost its number ("средний размер пенсии составляет , а ...") is never shown; a
distance that only places something ("приблизительно в 250 км к юго-востоку от столицы") is no
key figure.

Every text is written for these tests (the evaluation articles stay out of the repository).
"""

from __future__ import annotations

from figures_shown import shown_bullets as shown

from summarizer.document import Document
from summarizer.facts.figures import extract_figures
from summarizer.facts.figures.refuse import site_junk

_SENTENCED = (
    "Бывшая сотрудница мэрии Анна Петрова вышла на свободу в среду. "
    "Журналисты встретили ее у ворот колонии. "
    "Первоначально Петрова была приговорена к 12-летнему заключению. "
    "Адвокаты обещают добиваться ее полной реабилитации."
)


def test_a_term_written_as_an_adjective_is_a_term_not_an_age():
    figures = extract_figures(Document(_SENTENCED))
    assert [f.text for f in figures] == ["12-летнему"]
    assert figures[0].unit == "лет"
    assert shown(_SENTENCED) == ["Первоначально Петрова была приговорена к 12-летнему заключению"]


def test_an_age_stays_no_figure():
    text = _SENTENCED.replace("к 12-летнему заключению", "вместе с 12-летним сыном")
    assert extract_figures(Document(text)) == ()


_FACES = (
    "Предпринимателю Олегу Сомову предъявлено обвинение в мошенничестве. "
    "Сомов свою вину не признает, его адвокаты готовят жалобу. "
    "По версии следствия, предприниматель продавал участки, которые ему не принадлежали. "
    "По статье о мошенничестве Сомову грозит до 6 лет лишения свободы."
)
_TITLE = "Предпринимателю Сомову грозит срок за мошенничество"


def test_a_term_faced_weighs_as_a_sum_of_money():
    assert shown(_FACES, title=_TITLE) == [
        "По статье о мошенничестве Сомову грозит до 6 лет лишения свободы"
    ]


def test_a_duration_that_is_no_punishment_stays_below_the_bar():
    text = _FACES.replace("Сомову грозит до 6 лет лишения свободы", "следствие продлится до 6 лет")
    assert shown(text, title=_TITLE) == []


def test_a_lost_number_is_a_hole():
    assert site_junk("средний размер пенсии составляет , а страховой — 7370 рублей")
    assert site_junk("выдавшая более  секретных документов и 300 телеграмм")
    assert not site_junk("средний размер пенсии составляет 7370 рублей, а страховой — 8000")
    assert not site_junk("их стало более 300, а к вечеру — около 500")


_HOLE = (
    "Правительство утвердило доплату к пенсиям жителей Южной Осетии. "
    "По данным Пенсионного фонда России, средний размер пенсии в Южной Осетии составляет , а "
    "средний размер страховой пенсии россиян в Южной Осетии — 7370 рублей. "
    "Доплату начнут выплачивать с 1 января."
)


def test_a_bullet_with_a_lost_number_is_not_shown():
    assert shown(_HOLE) == []
    filled = _HOLE.replace("составляет , а", "составляет 6900 рублей, а")
    assert any("6900 рублей" in b for b in shown(filled))


def test_a_distance_that_places_is_no_figure():
    text = (
        "Осужденный будет жить в закрытом поселке у города Вильямсбург, штат Вирджиния, — "
        "приблизительно в 250 км к юго-востоку от столицы."
    )
    assert extract_figures(Document(text)) == ()
    text = text.replace("приблизительно в 250 км к юго-востоку от", "в 250 км к северо-западу от")
    assert extract_figures(Document(text)) == ()


def test_a_term_of_a_year_told_gets_no_weight():
    text = _FACES.replace("По статье о мошенничестве", "В 2015 году по статье о мошенничестве")
    assert shown(text, title=_TITLE) == []
