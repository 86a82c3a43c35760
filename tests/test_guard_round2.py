"""Round 2 of the faithfulness guard: decoder loops, numbers given to another subject,
directions read within their clause, statements spliced from two speakers, ranks the article
never gives. Articles here are written for the tests (news-like, not taken from the data)."""

from __future__ import annotations

import pytest
from guard_kinds import kind_set as kinds

from summarizer.document import Document
from summarizer.guard import FaithfulnessGuard

ELECTION = (
    "Центризбирком подвел предварительные итоги выборов в парламент. После подсчета 98,5% "
    "голосов лидирует правящая партия «Народный союз» — она набирает 51,3%. Оппозиционный блок "
    "«Вперед» получает 23,8%, остальные партии не преодолели барьер.\n"
    "В столице число нарушений на участках снижается, однако число жалоб наблюдателей растет. "
    "Главы регионов, избранные гражданами, входят в совет.\n"
    "Пресс-секретарь президента Игорь Соколов заявил, что ситуация на участках остается "
    "спокойной. Глава Центризбиркома Анна Белова сообщила, что число жалоб "
    "продолжает увеличиваться. Зампред комитета Госдумы по регламенту Олег Миронов поддержал "
    "итоги."
)


@pytest.fixture(scope="module")
def election() -> FaithfulnessGuard:
    return FaithfulnessGuard(Document(ELECTION))


@pytest.mark.parametrize(
    "sentence",
    [
        "После подсчета 98,5% голосов правящая партия набирает 51,3%.",
        "Оппозиционный блок «Вперед» получает 23,8%.",
        "В столице число жалоб наблюдателей растет.",
        "Число нарушений на участках снижается.",
        "Главы регионов, избранные гражданами, входят в совет.",
        "Депутат Олег Миронов поддержал итоги.",  # a Duma committee's deputy chair is a deputy
        "Анна Белова сообщила, что число жалоб продолжает увеличиваться.",
    ],
)
def test_faithful_sentences_pass(election: FaithfulnessGuard, sentence: str) -> None:
    verdict = election.check(sentence)
    assert verdict.ok, verdict.reasons


def test_a_phrase_repeated_in_a_row_is_a_loop(election: FaithfulnessGuard) -> None:
    verdict = election.check("Главы регионов, избранные гражданами, избранные гражданами, входят.")
    assert [r.kind for r in verdict.reasons] == ["repeated"]


def test_a_single_word_again_after_a_comma_is_russian() -> None:
    g = FaithfulnessGuard(
        Document("Выборы проходят на федеральном уровне, уровне штатов и местном уровне.")
    )
    assert g.check("Выборы проходят на федеральном уровне, уровне штатов и местном уровне.").ok


def test_a_number_given_to_another_subject(election: FaithfulnessGuard) -> None:
    verdict = election.check("После подсчета 98,5% голосов оппозиция набирает 51,3%.")
    assert [r.kind for r in verdict.reasons] == ["number"]
    assert "оппозиция" in verdict.reasons[0].detail


def test_years_and_small_numbers_are_not_read_for_their_subject() -> None:
    g = FaithfulnessGuard(
        Document(
            "В 2018 году экспедиция дошла до полюса. Отчет готовили 3 месяца.\n"
            "Участники экспедиции рассказали о находках, сообщили в 2019 году."
        )
    )
    assert "number" not in kinds(g, "Участники спрятали цилиндр во время экспедиции в 2018 году.")


def test_a_direction_is_read_within_its_clause(election: FaithfulnessGuard) -> None:
    assert "polarity" in kinds(election, "В столице число нарушений на участках растет.")


def test_words_of_another_speaker_spliced_in(election: FaithfulnessGuard) -> None:
    verdicts = election.check_all(
        [
            "Пресс-секретарь президента Игорь Соколов заявил, что ситуация на участках остается "
            "спокойной.",
            "По его словам, число жалоб продолжает увеличиваться.",
        ]
    )
    assert verdicts[0].ok, verdicts[0].reasons
    assert [r.kind for r in verdicts[1].reasons] == ["speaker"]
    assert "Белова" in verdicts[1].reasons[0].detail


def test_a_rank_the_article_never_gives_the_person(election: FaithfulnessGuard) -> None:
    assert "role" in kinds(election, "Сенатор Игорь Соколов заявил, что ситуация спокойная.")
