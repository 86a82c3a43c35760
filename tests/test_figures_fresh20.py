"""Figure bullets after the audit of the ninth sample of pasted articles: a change told with
nothing naming what changes ("повышение составит 5,9%": the tariffs stood in the sentence
before) does not read alone and is not shown; a change that names its thing stays.

Every text is written for these tests (the evaluation articles stay out of the repository).
"""

from __future__ import annotations

from figures_shown import shown_lines

from summarizer.facts.figures.refuse import change_of_nothing

_FARES = (
    "Цены на проезд в автобусах Твери повысятся с 1 августа. "
    "Среднее повышение по городу составит не более 12%, передает ТАСС. "
    "В Заволжском и Московском районах увеличение составит 15%, в Центральном районе – 9%. "
    "Перевозчики просили о повышении еще весной."
)


def test_a_change_whose_thing_is_in_the_sentence_before_is_not_shown():
    bullets = shown_lines(_FARES)
    assert not any("составит" in b for b in bullets)


def test_a_change_that_names_its_thing_is_shown():
    text = _FARES.replace(
        "Среднее повышение по городу", "Среднее повышение цен на билеты по городу"
    )
    assert shown_lines(text) == ["Среднее повышение цен на билеты по городу составит не более 12%"]


def test_change_of_nothing_reads_the_noun_and_what_follows_it():
    assert change_of_nothing("Среднее изменение по стране составит не более 4%")
    assert change_of_nothing("В Кемеровской области и Башкирии повышение составит 5,9%")
    assert change_of_nothing("По данным Росстата, рост составил 2,1%")
    assert change_of_nothing("Индексация составит 4,5%")
    # the noun's complement names the thing
    assert not change_of_nothing("Рост цен на бензин составил 5%")
    assert not change_of_nothing("Повышение тарифов ЖКХ составит 4%")
    # a verb before the noun names it
    assert not change_of_nothing("Цены на бензин выросли за год, рост составил 5%")
    # a change told by a verb, no change noun
    assert not change_of_nothing("Тарифы вырастут на 4%")


def test_a_place_or_a_time_after_the_noun_names_no_thing():
    assert change_of_nothing("Рост за год составил 7%")
    assert change_of_nothing("Снижение с начала года составило 3%")
    assert not change_of_nothing("Рост в цене нефти за год составил 7%, сообщили аналитики")
