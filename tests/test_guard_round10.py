"""Round 10 of the faithfulness guard: a party to the event given as its source. Articles here
are written for the tests (news-like, not taken from the data)."""

from __future__ import annotations

import pytest
from guard_kinds import kinds

from summarizer.document import Document
from summarizer.guard import FaithfulnessGuard

HARBOUR = (
    "В порту Роттердама в среду произошла забастовка докеров. Бастующие перекрыли въезд в "
    "порт и потребовали повысить зарплату. Вечером местные СМИ Роттердама сообщили о погрузке "
    "зерна на суда в северной части порта. Полицейские в порт не приезжали. "
    "Источники в полиции подтвердили, что задержанных нет. Профсоюз докеров сообщил о "
    "переговорах с руководством порта."
)


@pytest.fixture(scope="module")
def harbour() -> FaithfulnessGuard:
    return FaithfulnessGuard(Document(HARBOUR))


def test_a_party_to_the_event_is_not_its_source(harbour: FaithfulnessGuard) -> None:
    # the media reported it; the strikers are who the article is about, not who said it. The
    # place in the strikers' phrase ("в порту Роттердама") is where they are, not a body that
    # speaks: read as the speaker, it matched the media's "СМИ Роттердама"
    wrong = "Бастующие в порту Роттердама сообщили о погрузке зерна на суда в северной части порта."
    assert kinds(harbour, wrong) == ["speaker"]


def test_the_source_named_in_other_words_passes(harbour: FaithfulnessGuard) -> None:
    # "Докеры" for "Профсоюз докеров": one root, the same source
    assert kinds(harbour, "Докеры сообщили о переговорах с руководством порта.") == []
    # an institution ("Полиция") may stand for the body or official the article names
    assert kinds(harbour, "Полиция сообщила, что задержанных нет.") == []
    # a statement with no source of its own in the article is not judged
    assert kinds(harbour, "Бастующие сообщили, что потребовали повысить зарплату.") == []


def test_a_quantity_or_another_act_of_speech_is_not_read(harbour: FaithfulnessGuard) -> None:
    # "Большинство бастующих": a quantity of a group, not a bare noun heading the speaker
    assert kinds(harbour, "Большинство бастующих сообщили о погрузке зерна на суда.") == []
    # another act of speech than the article's report: the claim may retell what the party
    # says elsewhere (in a part of the article the guard was not given)
    assert kinds(harbour, "Бастующие признались, что видели погрузку зерна на суда.") == []
