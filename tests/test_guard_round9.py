"""Round 9 of the faithfulness guard: titles the reader skipped (a nominative pymorphy takes
for a genitive, a head after a preposition that hangs on no title, a long prepositional
complement, a company in Latin letters). Articles here are written for the tests (news-like,
not taken from the data)."""

from __future__ import annotations

import pytest
from guard_kinds import kinds

from summarizer.document import Document
from summarizer.guard import FaithfulnessGuard

YEREVAN = (
    "Премьер-министр Армении Жеральд Мелконян заявил, что правительство не допустит дефолта. "
    "Глава МВД республики Арег Карапетян сообщил, что на границе усилена охрана.\n\n"
    "Глава украинской делегации в Трехсторонней контактной группе Леонид Кравченко "
    "предложил провести встречу в Минске. Мелконян поддержал идею. Карапетян отказался "
    "комментировать предложение."
)


@pytest.fixture(scope="module")
def yerevan() -> FaithfulnessGuard:
    return FaithfulnessGuard(Document(YEREVAN))


def test_a_foreign_surname_in_the_nominative(yerevan: FaithfulnessGuard) -> None:
    # pymorphy reads "Жеральд Мелконян" as a genitive: the title before it was never read
    assert kinds(yerevan, "Глава МВД республики Жеральд Мелконян заявил о дефолте.") == ["role"]
    assert kinds(yerevan, "Премьер-министр республики Жеральд Мелконян поддержал идею.") == []
    assert kinds(yerevan, "Премьер-министр Армении Арег Карапетян поддержал идею.") == ["role"]


def test_a_title_after_a_preposition_of_no_title(yerevan: FaithfulnessGuard) -> None:
    # "на" hangs on "покушение", not on a title: "премьер-министра" heads the name's title
    assert kinds(yerevan, "Готовилось покушение на главу МВД Армении Жеральда Мелконяна.") == [
        "role"
    ]
    assert (
        kinds(yerevan, "Готовилось покушение на премьер-министра Армении Жеральда Мелконяна.") == []
    )


def test_a_long_prepositional_complement(yerevan: FaithfulnessGuard) -> None:
    # "в Трехсторонней контактной группе": two adjectives between the preposition and its noun
    wrong = "Глава делегации в Трехсторонней контактной группе Арег Карапетян предложил встречу."
    assert kinds(yerevan, wrong) == ["role"]
    right = "Глава делегации в Трехсторонней контактной группе Леонид Кравченко предложил встречу."
    assert kinds(yerevan, right) == []


STONE = (
    "Миллиардер Дэвид Стоун раскритиковал новые правила. «Это ошибка», — написал Стоун в "
    "соцсети. Правила вступят в силу в январе. Их поддержала компания Vexor. Критики ждут "
    "пересмотра. Сроки не названы.\n\n"
    "По словам главы Orbitex, компания перенесет производство в Мексику."
)


def test_a_company_in_latin_letters_and_a_bare_title_far_back() -> None:
    guard = FaithfulnessGuard(Document(STONE))
    # "Глава Orbitex" is read; the article's bare "главы Orbitex" is Стоун's: he is the only
    # person it names before it, five sentences back
    assert kinds(guard, "Глава Orbitex Дэвид Стоун раскритиковал новые правила.") == []
    assert kinds(guard, "Глава Vexor Дэвид Стоун раскритиковал новые правила.") == ["role"]
