"""Figure bullets after the audit of the ninth sample of pasted articles (round 21): a sum
restated after a dash ("почти полмиллиона рублей – 475 тысяч") joins its bullet as a tally
does, and the clause that now holds both numbers is judged again: it cuts no list, so the fine
is shown.

Every text is written for these tests (the evaluation articles stay out of the repository).
"""

from __future__ import annotations

from figures_shown import shown_lines

_FINE = (
    "Управление ФАС по Тверской области оштрафовало компанию «Волжский хлеб» за "
    "злоупотребление доминирующим положением. Сумма штрафа составила почти полмиллиона "
    "рублей – 475 тысяч.\nКомпания намерена обжаловать решение в суде."
)
_TITLE = "ФАС оштрафовала «Волжский хлеб»"


def test_a_sum_restated_after_a_dash_is_shown_whole():
    assert shown_lines(_FINE, _TITLE) == [
        "Сумма штрафа составила почти полмиллиона рублей – 475 тысяч"
    ]


_DRILLS = (
    "Во втором квартале в Западном военном округе планируется провести более 300 учений "
    "разного масштаба, сообщил командующий округом.\nУчения пройдут на 40 полигонах."
)


def test_a_figure_in_an_infinitive_that_is_the_subject_joins_its_verb():
    # "провести более 300 учений" alone starts mid-phrase; "планируется" says it is planned
    assert shown_lines(_DRILLS, "В ЗВО проведут более 300 учений") == [
        "Во втором квартале в Западном военном округе планируется провести более 300 учений "
        "разного масштаба"
    ]


def test_an_infinitive_after_a_word_of_need_stays_apart():
    # "необходимо" is no verb: the need is a rule of the game, not the story's news
    text = (
        "Коллегия выборщиков подтвердила победу Байдена. Для победы необходимо набрать 270 "
        "голосов.\nБайден получил 306 голосов, Трамп — 232."
    )
    assert not any("270" in line for line in shown_lines(text, "Выборщики подтвердили победу"))
