"""The faithfulness guard: generated numbers and names must come from the article."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from summarizer import Pipeline, SummarizerSettings
from summarizer.backends import Draft
from summarizer.document import Document
from summarizer.guard import FaithfulnessGuard


@dataclass
class ScriptedBackend:
    """A stand-in abstractive model that says exactly what the test wants it to say."""

    sentences: tuple[str, ...]
    name: str = "seq2seq"
    abstractive: bool = True

    def summarize(self, doc: Document) -> Draft:
        return Draft(self.sentences, self.name)


@pytest.fixture(scope="module")
def guard(seed_text: str) -> FaithfulnessGuard:
    return FaithfulnessGuard(Document(seed_text))


@pytest.mark.parametrize(
    "sentence",
    [
        "Касым-Жомарт Токаев и Владимир Путин провели переговоры.",
        "Товарооборот может достичь 30 млрд долларов.",
        "Реализовано 93 проекта на 18,3 млрд долларов.",
        "Путин назвал Казахстан стратегическим партнёром.",
        "Переговоры Токаева с Путиным прошли в Москве.",  # inflected forms of names in the source
        "Президент Казахстана встретился с лидером России.",
        "Отношения между Москвой и Астаной развиваются.",
    ],
)
def test_faithful_sentences_pass(guard: FaithfulnessGuard, sentence: str) -> None:
    verdict = guard.check(sentence)
    assert verdict.ok, verdict.unsupported


@pytest.mark.parametrize(
    "sentence, invented",
    [
        ("Товарооборот может достичь 45 млрд долларов.", "45"),
        ("Реализовано 93 проекта на 18,7 млрд долларов.", "18,7"),
        ("Переговоры прошли в 2019 году.", "2019"),
        ("Токаев встретился с Эммануэлем Макроном.", "Макроном"),
        ("Переговоры прошли в Пекине.", "Пекине"),
        ("Сергей Лавров заявил, что сотрудничество развивается.", "Лавров"),
    ],
)
def test_invented_numbers_and_names_are_caught(
    guard: FaithfulnessGuard, sentence: str, invented: str
) -> None:
    verdict = guard.check(sentence)
    assert not verdict.ok
    assert invented in " ".join(verdict.unsupported)


def test_numbers_written_in_words_in_the_source_count() -> None:
    doc = Document(
        "В городе построили две новые школы и трёх больниц не хватает. Работу получили "
        "около двадцати пяти тысяч человек. " * 3
    )
    g = FaithfulnessGuard(doc)
    assert g.check("Построили 2 школы, не хватает 3 больниц.").ok
    assert g.check("Работу получили 25 тысяч человек.").ok
    assert g.check("Работу получили 25000 человек.").ok
    assert not g.check("Построили 7 школ.").ok
    assert not g.check("Работу получили 26 тысяч человек.").ok


def test_pipeline_drops_only_the_invented_sentence(seed_text: str) -> None:
    backend = ScriptedBackend(
        (
            "Токаев и Путин обсудили товарооборот и инвестиции.",
            "Товарооборот может достичь 45 млрд долларов, сообщил Сергей Лавров.",
            "Реализовано 93 совместных проекта на 18,3 млрд долларов.",
        )
    )
    summary = Pipeline(SummarizerSettings(_env_file=None), backend=backend)(seed_text)
    assert summary.backend == "seq2seq"
    assert "45" not in summary.text and "Лавров" not in summary.text
    assert summary.text == (
        "Токаев и Путин обсудили товарооборот и инвестиции. "
        "Реализовано 93 совместных проекта на 18,3 млрд долларов."
    )


def test_pipeline_falls_back_to_extractive_when_nothing_survives(seed_text: str) -> None:
    backend = ScriptedBackend(("Ангела Меркель пообещала Казахстану 700 млрд евро.",))
    summary = Pipeline(SummarizerSettings(_env_file=None), backend=backend)(seed_text)
    assert summary.backend == "extractive"
    assert "Меркель" not in summary.text and "700" not in summary.text
    assert summary.text and all(s.strip() in seed_text for s in summary.text.split(". ") if s)
