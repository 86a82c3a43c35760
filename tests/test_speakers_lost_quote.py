"""A pasted page that lost the quote block a colon announced («…, о чём объявил постпред X:»,
then two empty lines where a wiki quote template stood, then the writer's own paragraph): the
seventh fresh audit found that paragraph shown as X's words twice. Cleaning keeps that wider
gap, and the speakers do not read across it."""

from __future__ import annotations

from speakers_shown import shown as _shown

from summarizer import Article, Pipeline, SummarizerSettings
from summarizer.clean import plain_text

INTRO = (
    "Совет Безопасности ООН поддержал назначение бывшего премьер-министра Португалии на пост "
    "генсека ООН, о чём объявил постпред России при ООН Виталий Чуркин:"
)
WRITER = (
    "Резолюция с рекомендацией будет передана в Генеральную Ассамблею ООН, которая примет "
    "окончательное решение по итогам голосования по упрощенной процедуре."
)
AFTER = "Новый генеральный секретарь ООН заступит на свою должность первого января."


def test_a_paragraph_after_a_colon_is_the_statement_it_announces() -> None:
    assert "Виталий Чуркин" in _shown(f"{INTRO}\n\n{WRITER}\n\n{AFTER}")


def test_a_wider_gap_after_the_colon_is_a_lost_quote() -> None:
    assert "Виталий Чуркин" not in _shown(f"{INTRO}\n\n\n{WRITER}\n\n{AFTER}")


def test_cleaning_keeps_the_gap_after_a_colon_and_only_there() -> None:
    text = plain_text(f"{INTRO}\n\n\n\n{WRITER}\n\n\n\n{AFTER}\n")
    assert f"Чуркин:\n\n\n{WRITER}\n\n{AFTER}" in text


def test_the_pasted_page_through_the_pipeline() -> None:
    text = f"{INTRO}\n\n\n\n{WRITER}\n\n\n\n{AFTER} Пан Ги Мун сложит полномочия в декабре."
    summary = Pipeline(SummarizerSettings())(Article(text=text))
    assert all(s.name != "Виталий Чуркин" for s in summary.speakers if s.shown)
