"""Round 6 of the faithfulness guard. Articles here are written for the tests (news-like, not
taken from the data).

The speaker check reads what the rule layer attributes to whom at any confidence: the reply
shows only the sure statements, but "may X have said these words?" is the guard's question.
"""

from __future__ import annotations

import pytest

from summarizer.document import Document
from summarizer.facts.speakers import article_cast
from summarizer.guard import FaithfulnessGuard

SINGER = (
    "Певица Лена Ветрова (настоящее имя — Елена Смирнова) попала в аварию в Сочи. "
    "По словам 27-летней артистки, эта автомобильная авария стала первой в ее жизни. "
    "Об инциденте Ветрова сообщила в своем блоге. «Немного болит голова. Мы спешили из "
    "аэропорта на концерт», — заявила певица. Ее продюсер Игорь Матвеев отменил два концерта."
)


@pytest.fixture(scope="module")
def singer() -> FaithfulnessGuard:
    return FaithfulnessGuard(Document(SINGER))


def test_an_unsure_attribution_whose_cue_may_point_to_the_speaker_supports_it(
    singer: FaithfulnessGuard,
) -> None:
    # the rule layer gives «По словам 27-летней артистки» to Смирнова, unsure, with Ветрова
    # among the people its cue may point to: the summary resolving it to Ветрова is no error
    cast = article_cast(Document(SINGER))
    said = [s for a in cast.actors for s in a.statements if s.text.startswith("эта автомобильная")]
    assert said and not said[0].sure and "Лена Ветрова" in said[0].attribution.candidates
    verdict = singer.check(
        "По словам 27-летней артистки Лены Ветровой, эта автомобильная авария стала первой в ее "
        "жизни."
    )
    assert verdict.ok, verdict.reasons


def test_a_person_the_cue_cannot_point_to_is_still_a_wrong_speaker(
    singer: FaithfulnessGuard,
) -> None:
    verdict = singer.check(
        "По словам продюсера Игоря Матвеева, эта автомобильная авария стала первой в ее жизни."
    )
    assert [r.kind for r in verdict.reasons] == ["speaker"], verdict.reasons


OIL = (
    "Армения может приобрести нефтяное месторождение на территории Казахстана — такую идею "
    "армянского премьера Никола Пашиняна поддержал президент Казахстана Касым-Жомарт Токаев. "
    "Об этом сообщила пресс-служба Пашиняна. В пресс-службе также добавили, что вопрос "
    "обсудят на ближайших переговорах.\n\n"
    "Пресс-секретарь президента Казахстана Руслан Желдибай подтвердил, что возможность "
    "приобретения Арменией нефтяного месторождения в Казахстане будет прорабатываться. "
    "«Конкретики пока нет», — прокомментировал Желдибай."
)


@pytest.fixture(scope="module")
def oil() -> FaithfulnessGuard:
    return FaithfulnessGuard(Document(OIL))


def test_words_the_speaker_says_elsewhere_in_the_article_support_the_claim(
    oil: FaithfulnessGuard,
) -> None:
    # the best-aligned sentence is the press office's, but Желдибай says the same in his words
    verdict = oil.check(
        "Армения может приобрести месторождение нефти на территории Казахстана, сообщил "
        "пресс-секретарь Руслан Желдибай."
    )
    assert verdict.ok, verdict.reasons


def test_a_named_person_who_says_nothing_of_it_is_still_a_wrong_speaker(
    oil: FaithfulnessGuard,
) -> None:
    verdict = oil.check(
        "Армения может приобрести месторождение нефти на территории Казахстана, сообщил "
        "президент Касым-Жомарт Токаев."
    )
    assert [r.kind for r in verdict.reasons] == ["speaker"], verdict.reasons


@pytest.mark.parametrize(
    ("a", "b"),
    [("приобрести", "приобретения"), ("нефти", "нефтяного"), ("месторождение", "месторождения")],
)
def test_one_root_across_parts_of_speech(a: str, b: str) -> None:
    from summarizer.guard.words import same_root

    assert same_root(a, b)


@pytest.mark.parametrize(("a", "b"), [("газа", "газеты"), ("мира", "мирный"), ("нефть", "неф")])
def test_short_beginnings_are_no_root(a: str, b: str) -> None:
    from summarizer.guard.words import same_root

    assert not same_root(a, b)


POLL = (
    "Опрос провели в пятницу социологи фонда «Общественное мнение». Многие жители области "
    "поддерживают строительство новой трассы, показал опрос. Против строительства высказались "
    "жители трех районов.\n\n"
    "Партия «Единство» набрала 48% голосов и сможет сформировать большинство в одиночку."
)


@pytest.fixture(scope="module")
def poll() -> FaithfulnessGuard:
    return FaithfulnessGuard(Document(POLL))


def test_a_majority_the_article_does_not_state_is_caught(poll: FaithfulnessGuard) -> None:
    # "многие" widened to "большинство": a seq2seq model's overgeneralization
    verdict = poll.check("Большинство жителей области поддерживают строительство новой трассы.")
    assert [r.kind for r in verdict.reasons] == ["scope"], verdict.reasons


@pytest.mark.parametrize(
    "said",
    [
        "Большинство жителей области поддерживают строительство новой трассы, показал опрос.",
        "64% жителей области поддерживают строительство новой трассы, показал опрос.",
        "20 из 26 опрошенных жителей области поддерживают строительство новой трассы.",
        "Почти все жители области поддерживают строительство новой трассы, показал опрос.",
    ],
)
def test_a_majority_the_article_states_passes(said: str) -> None:
    guard = FaithfulnessGuard(Document(POLL.replace(POLL.split(". ")[1] + ".", said)))
    verdict = guard.check("Большинство жителей области поддерживают строительство новой трассы.")
    assert verdict.ok, verdict.reasons


def test_a_parliament_majority_is_no_quantity(poll: FaithfulnessGuard) -> None:
    verdict = poll.check("«Единство» набрала 48% голосов и сможет сформировать большинство.")
    assert verdict.ok, verdict.reasons
