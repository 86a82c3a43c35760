"""The article's cast (`article_cast`): the entry point checkers such as the faithfulness guard
read. Hand-written sentences only (no text from ../shared/data)."""

from __future__ import annotations

import pytest

from summarizer.document import Document
from summarizer.facts.speakers import Cast, article_cast
from summarizer.nlp import load_nlp

TEXT = (
    "Глава МИД России Сергей Лавров провел переговоры с госсекретарем США Энтони Блинкеном.\n"
    "– Мы готовы к диалогу, но не любой ценой, – заявил глава МИД.\n"
    "Официальный представитель правительства ФРГ Штеффен Зайберт сообщил, что Берлин "
    "внимательно следит за переговорами.\n"
    "В Госдепартаменте заявили, что Вашингтон ждет конкретных шагов."
)


@pytest.fixture(scope="module")
def cast() -> Cast:
    return article_cast(Document(TEXT, nlp=load_nlp()))


def test_names_are_found_in_any_case(cast: Cast) -> None:
    lavrov = cast.find("Лаврова")
    assert lavrov is not None and lavrov.name == "Сергей Лавров"
    assert cast.find("Сергеем Лавровым") is lavrov
    blinken = cast.find("Блинкен")
    assert blinken is not None and blinken.name == "Энтони Блинкен"
    assert cast.find("Сергей Блинкен") is None  # a first name the article does not give him
    assert cast.find("Шольц") is None


def test_roles_are_the_ones_the_article_gives(cast: Cast) -> None:
    seibert = cast.find("Зайберт")
    assert seibert is not None
    assert seibert.has_role("представитель правительства ФРГ")
    assert seibert.has_role("официальным представителем правительства ФРГ")
    assert not seibert.has_role("глава МИД ФРГ")
    lavrov = cast.find("Лавров")
    assert lavrov is not None and lavrov.has_role("глава МИД России")
    assert not lavrov.has_role("госсекретарь США")
    assert [a.name for a in cast.with_role("госсекретарь США")] == ["Энтони Блинкен"]


def test_statements_carry_their_evidence(cast: Cast) -> None:
    lavrov = cast.find("Лавров")
    assert lavrov is not None
    (said,) = lavrov.said()
    assert said.text == "Мы готовы к диалогу, но не любой ценой"
    assert TEXT[said.start : said.stop] == said.text
    a = said.attribution
    assert a.method == "title" and a.cue == "заявил глава МИД" and a.shown
    assert a.candidates == ("Сергей Лавров",)  # Блинкен is a госсекретарь, not a глава МИД
    seibert = cast.find("Зайберт")
    assert seibert is not None
    assert [s.attribution.method for s in seibert.said()] == ["named"]
    blinken = cast.find("Блинкен")
    assert blinken is not None and blinken.statements == ()  # never speaks


def test_speakers_are_the_replys(cast: Cast) -> None:
    names = [s.name for s in cast.speakers if s.shown]
    assert "Сергей Лавров" in names and "Штеффен Зайберт" in names
    assert "Энтони Блинкен" not in names
