"""A politics article that crashed the reply (bsnlp-6ceab913dad7): its text ends on a dangling
attribution ("Как сообщал ONLINE.UA,"), the speakers' clause reader ran past the last token, and
the whole reply was lost; and its lead ("Новым главой Министерства иностранных дел … стал …")
was read as leaning on a sentence before ("which ministry?"), so the summary left out the news.

Every text is written for these tests in the shape the page had; none is copied from the data.
"""

from __future__ import annotations

import logging

import pytest

import summarizer.facts as facts_layer
from summarizer import Article, Pipeline, SummarizerSettings
from summarizer.backends.features import sentence_features
from summarizer.document import Document
from summarizer.facts.speakers import extract_speakers

CUT_ATTRIBUTION = (
    "Новым главой Министерства обороны Нидерландов стал Питер ван Дейк. "
    "Он сменил на посту Марка Вебера, который накануне подал в отставку. "
    "Об этом сообщает NEWS.EXAMPLE со ссылкой на местные СМИ. "
    '"Большая честь служить стране в такое время", — написал ван Дейк в соцсетях. '
    "Отметим, что ван Дейк был министром финансов в течение последних трех лет. "
    "Напомним, что 9 июля Марк Вебер ушел в отставку с поста министра обороны. "
    "Отметим, что это уже второй министр за неделю, который покинул правительство. "
    "Как сообщал NEWS.EXAMPLE,"
)


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(SummarizerSettings(backend="extractive"))


@pytest.mark.parametrize("ending", ["Как сообщал NEWS.EXAMPLE,", "Как отметил министр,"])
def test_a_text_cut_after_an_attribution_does_not_crash_the_speakers(ending: str) -> None:
    text = CUT_ATTRIBUTION.rsplit("Как сообщал", 1)[0] + ending
    speakers = extract_speakers(Document(text))
    assert [s.name for s in speakers] == ["Питер ван Дейк"]


def test_the_reply_to_a_text_cut_after_an_attribution_states_the_news(
    pipeline: Pipeline,
) -> None:
    reply = pipeline(Article(text=CUT_ATTRIBUTION))
    assert reply.text.startswith("Новым главой Министерства обороны Нидерландов стал Питер ван")
    assert [s.name for s in reply.speakers] == ["Питер ван Дейк"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Новым главой Министерства иностранных дел Великобритании стал министр юстиции.",
        "Главой Министерства обороны назначен бывший вице-премьер.",
        "Глава министерства иностранных дел Великобритании подал в отставку.",
        "Новый глава министерства обороны считает учения необходимыми.",
        "Представитель ведомства по чрезвычайным ситуациям сообщил о пожаре.",
    ],
)
def test_a_ministry_by_its_full_name_leans_on_nothing(sentence: str) -> None:
    assert not sentence_features(sentence).dangling


@pytest.mark.parametrize(
    "sentence",
    [
        "Глава министерства подтвердил, что переговоры продолжатся.",
        "Представитель ведомства отказался от комментариев.",
        "Министерства это решение не касается.",
    ],
)
def test_a_ministry_by_the_common_noun_still_leans_on_the_sentence_before(sentence: str) -> None:
    assert sentence_features(sentence).dangling


def test_a_failing_block_costs_the_block_not_the_reply(
    pipeline: Pipeline, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """A rule that trips on an article nobody wrote it for: the summary and the other block go
    out, the traceback goes to the log (the bot would otherwise answer with an error)."""

    def broken(*args: object, **kwargs: object) -> tuple[()]:
        raise IndexError("tuple index out of range")

    monkeypatch.setattr(facts_layer, "extract_figures", broken)
    with caplog.at_level(logging.ERROR, logger="summarizer.facts"):
        reply = pipeline(Article(text=CUT_ATTRIBUTION))
    assert reply.text and reply.figures == ()
    assert [s.name for s in reply.speakers] == ["Питер ван Дейк"]
    assert any("figures failed" in r.getMessage() and r.exc_info for r in caplog.records)
