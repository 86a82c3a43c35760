"""A story printed as one paragraph with a list in it («…также оказались: Свердловская область —
554; Иркутская область — 537; …») is still a story: its figures are read, while a paragraph that
is only a run of teaser headlines stays out. The whole article used to be thrown out, and the
reply had no figures at all."""

from __future__ import annotations

from summarizer.document import Document
from summarizer.facts.figures import extract_figures
from summarizer.facts.figures.blocks import junk_sentences

STORY = (
    "За предыдущие сутки в стране выявлено 23 210 случаев заражения, свидетельствуют данные "
    "оперативного штаба по борьбе с инфекцией. "
    "Больше всего заболевших за сутки выявлено в столице, а также в двух соседних областях. "
    "Среди лидеров по числу новых заражений также оказались: Северная область — 554; "
    "Южная область — 537; Западный край — 529; Восточная область — 519. "
    "За те же сутки от инфекции в стране, по данным оперативного штаба, скончались 937 человек, "
    "это минимум с начала октября."
)
TEASERS = (
    "Страна поставит соседям два фрегата; Рейтинг деловой среды: республика поднялась на 71 "
    "место; Министр уехал в отпуск на две недели; Курс валюты вырос на 3%"
)


def test_a_list_inside_a_one_paragraph_story_costs_only_the_list() -> None:
    doc = Document(STORY)
    junk = junk_sentences(doc.text, doc.sentences)
    prose = [s.index for s in doc.sentences if s.text.startswith(("За ", "Больше"))]
    assert prose and not junk & set(prose)
    figures = {round(f.value) for f in extract_figures(doc)}
    assert {23210, 937} <= figures


def test_a_run_of_teaser_headlines_stays_out() -> None:
    doc = Document(TEASERS)
    assert junk_sentences(doc.text, doc.sentences) == frozenset(s.index for s in doc.sentences)
