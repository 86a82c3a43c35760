"""A name set off by commas after the title that opens the sentence is the verb's subject
(audit21 book_q512: "Министр внутренних дел Финляндии, Мари Рантанен, отметила, что …")."""

from __future__ import annotations

from summarizer.document import Document
from summarizer.facts.speakers import extract_speakers
from summarizer.nlp import load_nlp
from summarizer.types import Speaker


def speakers(text: str) -> tuple[Speaker, ...]:
    return extract_speakers(Document(text, nlp=load_nlp()))


def shown(text: str) -> list[str]:
    return [sp.name for sp in speakers(text) if sp.shown]


def test_name_between_commas_after_title_speaks_indirectly() -> None:
    text = (
        "Норвегия продлила закрытие пунктов пропуска. Министр юстиции Норвегии, Эмилия Энгер "
        "Мель, отметила, что власти считают ситуацию на границе долгосрочной и не видят "
        "признаков перемен."
    )
    found = [sp for sp in speakers(text) if sp.shown]
    assert [sp.name for sp in found] == ["Эмилия Энгер Мель"]
    assert "власти считают ситуацию на границе долгосрочной" in found[0].quotes[0]


def test_name_between_commas_after_title_speaks_with_colon() -> None:
    text = (
        "Норвегия продлила закрытие пунктов пропуска. Министр юстиции Норвегии, Эмилия Энгер "
        "Мель, заявила: «Мы не видим никаких признаков того, что ситуация скоро изменится»."
    )
    assert shown(text) == ["Эмилия Энгер Мель"]


def test_title_after_a_preposition_gives_no_subject() -> None:
    text = (
        "Норвегия продлила закрытие пунктов пропуска. По словам министра, Эмилия Энгер Мель, "
        "по-видимому, не станет продлевать ограничения после лета."
    )
    assert shown(text) == []


def test_title_inside_the_sentence_gives_no_subject() -> None:
    text = (
        "Норвегия продлила закрытие пунктов пропуска. Вчера встретились посол Швеции, "
        "Эмилия Энгер Мель, заявила, что власти считают ситуацию на границе долгосрочной."
    )
    assert "Эмилия Энгер Мель" not in shown(text)
