"""The pipeline on good and bad input: a summary or a specific error, never a traceback or a hang."""

from __future__ import annotations

import random

import pytest
import razdel

from summarizer import Article, Pipeline, SummarizerSettings, summarize
from summarizer.errors import (
    EmptyTextError,
    NotRussianError,
    NotTextError,
    SummarizerError,
    TextTooShortError,
)


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(SummarizerSettings(_env_file=None, backend="extractive"))


def test_seed_article_summary(pipeline: Pipeline, seed_text: str) -> None:
    summary = pipeline(seed_text)
    assert summary.backend == "extractive"
    assert summary.headline and "\n" not in summary.headline
    sentences = [s.text for s in razdel.sentenize(summary.text)]
    assert 2 <= len(sentences) <= 4 and all(s in seed_text for s in sentences)
    d = summary.to_dict()
    assert set(d) == {"headline", "summary", "figures", "speakers", "backend"}


def test_title_becomes_headline(pipeline: Pipeline, seed_text: str) -> None:
    summary = pipeline(Article(text=seed_text, title="  Токаев и Путин   провели переговоры "))
    assert summary.headline == "Токаев и Путин провели переговоры"
    assert summary.article is not None and summary.article.title.startswith("  Токаев")


def test_summarize_convenience(seed_text: str) -> None:
    assert summarize(seed_text, SummarizerSettings(_env_file=None, backend="extractive")).text


ENGLISH = (
    "The president met the prime minister on Tuesday to discuss the budget and the "
    "economy, officials said after the talks in the capital. "
) * 5
UKRAINIAN = (
    "Президент України провів зустріч з прем'єр-міністром, під час якої обговорили "
    "бюджет і економіку, повідомили у відомстві після переговорів у столиці. "
) * 4
KAZAKH = (
    "Мемлекет басшысы Үкімет отырысында елдің әлеуметтік-экономикалық дамуына қатысты "
    "мәселелерді талқылап, министрлерге бірқатар тапсырмалар берді. "
) * 4


@pytest.mark.parametrize(
    "text, error",
    [
        ("", EmptyTextError),
        (" \n\t\u00a0 ", EmptyTextError),
        ("Путин провёл совещание с правительством.", TextTooShortError),
        (ENGLISH, NotRussianError),
        (UKRAINIAN, NotRussianError),
        (KAZAKH, NotRussianError),
        (random.Random(1).randbytes(4000).decode("latin-1"), NotTextError),
        (random.Random(2).randbytes(4000).decode("utf-8", "replace"), NotTextError),
        ("\x00" * 5000, NotTextError),
    ],
)
def test_bad_input_gets_a_specific_error(pipeline: Pipeline, text: str, error: type) -> None:
    with pytest.raises(error) as info:
        pipeline(text)
    assert isinstance(info.value, SummarizerError) and info.value.user_message


def test_html_markup_pasted_as_text_is_summarized_without_tags(
    pipeline: Pipeline, seed_text: str
) -> None:
    paragraphs = seed_text.split("\n")
    html = (
        "<html><body><nav><a href='/'>Главная</a></nav><script>var x = '<p>';</script>"
        + "".join(f"<p>{p.replace('«', '&laquo;').replace('»', '&raquo;')}</p>" for p in paragraphs)
        + "</body></html>"
    )
    summary = pipeline(html)
    assert "<" not in summary.text and "&laquo;" not in summary.text and "var x" not in summary.text
    assert summary.text.split(". ")[0] in seed_text


def test_a_megabyte_of_text_is_cut_and_summarized(pipeline: Pipeline, seed_text: str) -> None:
    huge = (seed_text + "\n") * (1_000_000 // len(seed_text) + 1)
    summary = pipeline(huge)
    assert summary.truncated
    assert summary.text


def test_a_megabyte_without_line_breaks(pipeline: Pipeline, seed_text: str) -> None:
    huge = seed_text.replace("\n", " ") * (1_000_000 // len(seed_text) + 1)
    assert pipeline(huge).truncated


def test_a_complete_short_brief_gets_its_summary(pipeline: Pipeline) -> None:
    """A wire brief pasted whole is under the length limit, and still a whole news item."""
    brief = (
        "Правительство Молдавии утвердило новый порядок выдачи разрешений на строительство. "
        "Теперь документы будут рассматривать за 15 рабочих дней вместо 30. "
        "Решение приняли на заседании кабинета министров в Кишинёве."
    )
    summary = pipeline(brief)
    assert "утвердило новый порядок" in summary.text
