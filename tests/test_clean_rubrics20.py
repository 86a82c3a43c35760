"""Site rubrics that run together when a page is pasted ("ХроникаСмена власти в СирииОбновлено в
20:37"): menu labels, neither the title of a pasted text nor its article text.

The texts are written for these tests in the shape of the pasted pages the ninth reader audit
read; no article text is copied.
"""

from __future__ import annotations

import pytest

from summarizer.clean import clean_report
from summarizer.clean.lines import is_rubric_run

TITLE = "Правозащитники надеются, что бывший министр займется защитой прав человека"
LEAD = (
    "Москва. 12 марта. Правозащитники считают, что бывший министр Иван Петров должен быть "
    "немедленно освобожден из-под стражи, сообщила глава общественной группы Анна Смирнова."
)
BODY = (
    "По ее словам, после выхода на свободу Петров вряд ли займется политикой, но будет "
    "заниматься защитой прав человека. Суд рассмотрит жалобу защиты на следующей неделе."
)


def test_glued_rubrics_over_the_title_go_and_the_title_line_leads() -> None:
    text = "\n".join(
        [
            "АрхивВыборы в регионахОбновлено в 14:05",
            TITLE,
            LEAD,
            BODY,
            "Сюжеты дня",
            "Реформа пенсионной системыРеформа пенсионной системы312 материалов",
        ]
    )
    cleaned = clean_report(text)
    assert cleaned.heading == TITLE
    assert "Обновлено" not in cleaned.text
    assert "материалов" not in cleaned.text
    assert any(r.kind == "rubrics" for r in cleaned.removed)


@pytest.mark.parametrize(
    "line",
    [
        # one joint is a brand or a slip of the paste: the line stays
        "Холдинг «ПрофМедиа» решил закрыть музыкальный телеканал в России",
        "Читайте весь итоговый документ саммита с комментариями «ЕвроПравды»",
        # a sentence with its stop is the article's text, whatever the paste glued in it
        "Депутаты обсудили проект «ПрофМедиа» и «ЕвроПравды» на заседании комитета.",
    ],
)
def test_one_joint_or_a_sentence_is_no_rubric_run(line: str) -> None:
    assert not is_rubric_run(line)


def test_two_joints_on_a_short_line_are_a_rubric_run() -> None:
    assert is_rubric_run("АрхивВыборы в регионахОбновлено в 14:05")
