"""Round 4 of the faithfulness guard: the rule layer is read through its public
`article_cast`, once per article, and a cast the caller made already is used as it is.
Articles here are written for the tests (news-like, not taken from the data)."""

from __future__ import annotations

import pytest

from summarizer.document import Document
from summarizer.facts.speakers import Actor, Cast, article_cast
from summarizer.guard import FaithfulnessGuard
from summarizer.guard.source import SourceIndex

TALKS = (
    "Официальный представитель правительства ФРГ Штеффен Зайберт заявил, что Берлин "
    "поддерживает переговоры. «Мы ждем ответа Москвы», — сказал Зайберт. Министр иностранных "
    "дел Германии Хайко Маас добавил, что санкции останутся в силе."
)


@pytest.fixture(scope="module")
def doc() -> Document:
    return Document(TALKS)


def test_people_come_from_the_cast_with_names_titles_and_statements(doc: Document) -> None:
    people = SourceIndex(doc).people
    cast = article_cast(doc)
    assert [p.names for p in people.people] == [a.forms for a in cast.actors]
    seibert = next(p for p in people.people if any("Зайберт" in n for n in p.names))
    assert any("представитель" in r for r in seibert.roles)
    assert all(doc.text[a:b] in seibert.names for a, b in seibert.spans)
    assert len(seibert.spans) == 2  # "Штеффен Зайберт" and "Зайберт"
    speakers = {people.people[s.speaker].names[0] for s in people.statements}
    assert any("Зайберт" in n for n in speakers) and any("Маас" in n for n in speakers)


def test_people_are_read_once_per_article(doc: Document) -> None:
    source = SourceIndex(doc)
    assert source.people is source.people


def test_a_cast_given_by_the_caller_is_used(doc: Document) -> None:
    # an empty cast: nobody speaks, so the attribution check has no one to compare with
    empty = FaithfulnessGuard(doc, Cast((), ()))
    assert empty.source.people.people == ()
    full = FaithfulnessGuard(doc, article_cast(doc))
    mine = FaithfulnessGuard(doc)
    sentences = ["Зайберт заявил, что Берлин поддерживает переговоры.", "Маас сказал: «Мы ждем»."]
    assert full.check_all(sentences) == mine.check_all(sentences)


def test_an_outlet_is_media() -> None:
    from summarizer.guard.people import _is_media

    assert _is_media(Actor("org", "ТАСС", ("ТАСС",), (), ()))
    assert not _is_media(Actor("org", "Газпром", ("«Газпром»",), (), ()))
    assert not _is_media(Actor("person", "Иван Петров", ("Иван Петров",), (), ()))
