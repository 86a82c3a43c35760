"""Wiki markup in a text pasted from a wiki source (the seventh audit, book_t203, t210, t213,
t220, t229): links, references, italics, empty parentheses and glued footnotes go; every article
word stays.

Every text is written for these tests in the shape the pages had; none is copied from the data.
"""

from __future__ import annotations

import pytest

from summarizer.clean import clean_report
from summarizer.clean.wiki import wiki_markup


def test_a_links_label_stays_and_its_address_goes() -> None:
    line = (
        "Премьер-министр [http://gov.example.org/doc/View/000120 своим распоряжением] от 3 марта "
        "2019 года отменил сбор, [https://rada.example.org/web?pf=571 сообщается] на сайте."
    )
    assert wiki_markup(line)[0] == (
        "Премьер-министр своим распоряжением от 3 марта 2019 года отменил сбор, сообщается на сайте."
    )


def test_a_reference_glued_to_a_word_goes_whole() -> None:
    line = (
        "Против закона выступили писатель Иван Петров[http://news.example.org/2019/a1 Петров "
        "назвал закон ошибкой], певица Анна Сидорова и 300 000 подписантов петиции"
        "[https://petition.example.org/p/%D0%BE Отменить закон]."
    )
    new, gone = wiki_markup(line)
    assert new == (
        "Против закона выступили писатель Иван Петров, певица Анна Сидорова и 300 000 подписантов "
        "петиции."
    )
    assert len(gone) == 2


def test_italics_empty_parentheses_and_a_glued_note_go() -> None:
    line = (
        "Суд выдал ордер на арест главы ''Daewoo'' Пак ЧхольсуТакже Пак Чхоль Су, Пак Чол Су (). "
        "(), но отказался арестовать президента компании '''Daewoo Motors'''."
    )
    assert wiki_markup(line)[0] == (
        "Суд выдал ордер на арест главы Daewoo Пак Чхольсу, но отказался арестовать президента "
        "компании Daewoo Motors."
    )
    line = "Его отец Пак ЧхонхиТакже Пак Чхон Хи (). ()."
    assert wiki_markup(line)[0] == "Его отец Пак Чхонхи."


@pytest.mark.parametrize(
    "line",
    [
        "Сайт http://example.org открыт, а в скобках [1] стоит номер сноски.",
        "Компания ЛУКОЙЛ и банк ВТБ подписали соглашение в Москве.",
        "Глава МВД заявил, что КамАЗ получит заказ. В четверг решение подтвердили.",
        "Функция (см. приложение) описана в документе.",
    ],
)
def test_prose_without_wiki_marks_stays(line: str) -> None:
    assert wiki_markup(line) == (line, [])


def test_the_clean_stage_logs_the_markup() -> None:
    text = (
        "Президент подписал указ о новом составе совета. Документ "
        "[http://publication.example.org/Document/View/0001 опубликован] на портале ''Право''."
    )
    cleaned = clean_report(text)
    assert cleaned.text == (
        "Президент подписал указ о новом составе совета. Документ опубликован на портале Право."
    )
    assert [r.kind for r in cleaned.removed].count("wiki markup") == 2
