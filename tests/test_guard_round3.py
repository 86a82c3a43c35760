"""Round 3 of the faithfulness guard: two numbers of one sentence exchanged between their
subjects. Articles here are written for the tests (news-like, not taken from the data)."""

from __future__ import annotations

import pytest

from summarizer.document import Document
from summarizer.guard import FaithfulnessGuard

SENATE = (
    "Социологи подвели итоги опроса. Такой исход остается вероятным: республиканцы "
    "гарантированно получают 50 мест в сенате, а демократы — 48. Явка составила 64%, а в "
    "столице — 41%. Партия «Союз», которую возглавляет Иван Петров, набрала 37%."
)


@pytest.fixture(scope="module")
def senate() -> FaithfulnessGuard:
    return FaithfulnessGuard(Document(SENATE))


@pytest.mark.parametrize(
    "sentence",
    [
        "Республиканцы получат 50 мест в сенате.",
        "Демократы получат 48 мест в сенате.",
        "Республиканцы получат 50 мест в сенате, а демократы — 48.",
        "Явка составила 64%.",
        "Явка в столице составила 41%.",
        "Партия «Союз» набрала 37%.",
    ],
)
def test_each_subject_with_its_own_number_passes(senate: FaithfulnessGuard, sentence: str) -> None:
    verdict = senate.check(sentence)
    assert verdict.ok, verdict.reasons


@pytest.mark.parametrize(
    "sentence",
    [
        "Демократы должны получить 50 мест в сенате.",
        "По данным социологов, демократы получают 50 мест в сенате, а демократы — 48.",
        "Республиканцы получат 48 мест в сенате.",
    ],
)
def test_a_number_exchanged_with_the_other_subject_is_dropped(
    senate: FaithfulnessGuard, sentence: str
) -> None:
    assert "number" in {r.kind for r in senate.check(sentence).reasons}


def test_a_subject_with_no_number_of_its_own_is_not_read_as_crossed() -> None:
    """The article names the subject away from the number but gives it none: a paraphrase
    may well say the number of it."""
    g = FaithfulnessGuard(
        Document("Правительство одобрило проект, по нему бюджет получит 12 млрд рублей.")
    )
    assert g.check("Бюджет получит 12 млрд рублей, решило правительство.").ok


def test_a_body_is_found_by_the_initials_of_nearby_words_in_text_order() -> None:
    """The words near a statement are read in the article's order: from a set, the initials of
    "Научно производственная компания" came out in another order in most runs."""
    from summarizer.guard.attribution import Speaker, _mentioned
    from summarizer.guard.source import SourceIndex

    source = SourceIndex(
        Document(
            "Научно производственная компания провела испытания нового радара в прошлом месяце. "
            "Радар готов к серийному выпуску."
        )
    )
    body = Speaker("НПК", 1, (), (), ("НПК",), (), (), False)
    assert _mentioned(body, source, [1])
