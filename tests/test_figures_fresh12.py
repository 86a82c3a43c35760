"""Figure bullets after the fresh audit of pasted articles: a sentence that opens on "Так,
например," gives a real case of the story's claim, and its figure is the story's fact; an
example made up ("Например, если ...", "допустим") is still no news.

Every text is written for these tests (the evaluation articles stay out of the repository).
"""

from __future__ import annotations

from figures_shown import shown_lines as shown

from summarizer.document import Document
from summarizer.facts.figures import extract_figures
from summarizer.facts.figures.salience import hypothetical
from summarizer.render import figure_bullets, figure_line

_TEXT = (
    "Оператор «Сигнал» ведет переговоры с китайской компанией «Бета» о поставках ее "
    "смартфонов в Россию, сообщила пресс-служба оператора. "
    "Смартфоны «Беты» известны низкими ценами при высоких характеристиках. "
    "Компания продает свои смартфоны в Китае и Индии. "
    "{example} "
    "Переговоры оператора и компании продолжатся в феврале."
)


def test_a_case_given_with_tak_naprimer_is_the_story_fact():
    example = (
        "Так, например, цена новейшего смартфона «Беты» в Китае составляет 2999 юаней, "
        "что вдвое дешевле смартфонов конкурентов."
    )
    assert any("2999 юаней" in b for b in shown(_TEXT.format(example=example)))


def test_a_made_up_example_stays_out():
    example = (
        "Например, если цена смартфона «Беты» в России составит 2999 юаней, он будет "
        "вдвое дешевле смартфонов конкурентов."
    )
    assert not any("2999" in b for b in shown(_TEXT.format(example=example)))


def test_which_sentences_are_hypothetical():
    assert not hypothetical("Так, например, в Самарской области капуста подорожала на 353%.")
    assert not hypothetical("Так например, в Твери цены выросли на 40%.")
    assert hypothetical("Например, в 2016 году кандидат набрал на 3 млн голосов больше.")
    assert hypothetical("Так, например, если цены вырастут на 10%, спрос упадет.")
    assert hypothetical("Допустим, партия наберет 51%.")
    assert hypothetical("Цены могут вырасти, например, на 10%.")
