"""Round 8 of the faithfulness guard: numbers the digit check does not read (numerals in words,
a day with its month, a percent). Articles here are written for the tests (news-like, not taken
from the data)."""

from __future__ import annotations

import pytest
from guard_kinds import kinds

from summarizer.document import Document
from summarizer.guard import FaithfulnessGuard

MUSEUM = (
    "Археологи нашли в Луксоре три мумии, похороненные в 1615 году. Одна из них осталась в "
    "Египте, две другие перевезут в музей Дрездена. Экспедиция продлится до 12 октября, "
    "выставку откроют 5 и 6 ноября. На раскопках работали 40 человек, а бюджет экспедиции "
    "вырос на 15% и составил 1,5 млрд рублей.\n\n"
    "Первые находки показали 3-го сентября."
)


@pytest.fixture(scope="module")
def museum() -> FaithfulnessGuard:
    return FaithfulnessGuard(Document(MUSEUM))


def test_a_number_in_words_the_article_does_not_have(museum: FaithfulnessGuard) -> None:
    assert kinds(museum, "Археологи нашли в Луксоре четыре мумии.") == ["number"]
    assert kinds(museum, "Археологи нашли в Луксоре три мумии.") == []
    # in words where the article has digits, and "одна из" is no count
    assert kinds(museum, "На раскопках работали сорок человек.") == []
    assert kinds(museum, "Одна из мумий осталась в Египте.") == []


def test_a_number_in_words_with_its_magnitude(museum: FaithfulnessGuard) -> None:
    assert kinds(museum, "Бюджет экспедиции составил полтора миллиарда рублей.") == []
    assert kinds(museum, "Бюджет экспедиции составил полтора миллиона рублей.") == ["number"]


def test_a_day_moved_to_another_month(museum: FaithfulnessGuard) -> None:
    assert kinds(museum, "Экспедиция продлится до 12 ноября.") == ["number"]
    assert kinds(museum, "Экспедиция продлится до 12 октября.") == []
    # every day of "5 и 6 ноября" has its month; "3-го сентября" is the 3rd
    assert kinds(museum, "Выставку откроют 6 ноября.") == []
    assert kinds(museum, "Первые находки показали 3 сентября.") == []
    assert kinds(museum, "Выставку откроют 5 октября.") == ["number"]


def test_a_count_made_a_percent(museum: FaithfulnessGuard) -> None:
    assert kinds(museum, "На раскопках работали 40% сотрудников.") == ["number"]
    assert kinds(museum, "Бюджет экспедиции вырос на 15 процентов.") == []


def test_a_date_the_article_cannot_contradict_is_left_alone() -> None:
    # the article has no date at all: "12 ноября" is the digit check's, not a conflict
    guard = FaithfulnessGuard(Document("Выставку откроют 12 числа. Билеты по 300 рублей."))
    assert kinds(guard, "Выставку откроют 12 ноября.") == []


SUMMIT = (
    "Министр иностранных дел России Сергей Лавров заявил, что Москва готова к переговорам. "
    "Пресс-секретарь президента Дмитрий Песков добавил, что Кремль ждет ответа. "
    "Президент Франции Эмманюэль Макрон предложил провести встречу в Париже."
)


@pytest.fixture(scope="module")
def summit() -> FaithfulnessGuard:
    return FaithfulnessGuard(Document(SUMMIT))


def test_a_title_with_another_country(summit: FaithfulnessGuard) -> None:
    # «президент» is a metonym of «Кремль» / «России»: no support for Macron's country
    assert kinds(summit, "Президент России Эмманюэль Макрон предложил провести встречу.") == [
        "role"
    ]
    assert kinds(summit, "Президент Франции Эмманюэль Макрон предложил провести встречу.") == []


def test_a_place_adjective_before_a_title(summit: FaithfulnessGuard) -> None:
    assert kinds(summit, "Российский президент Эмманюэль Макрон предложил провести встречу.") == [
        "role"
    ]
    assert kinds(summit, "Французский президент Эмманюэль Макрон предложил провести встречу.") == []
    assert kinds(
        summit, "Французский министр иностранных дел Сергей Лавров заявил о готовности Москвы."
    ) == ["role"]
    # the article's title names no place: the country goes without saying
    assert kinds(summit, "Российский пресс-секретарь президента Дмитрий Песков добавил.") == []
