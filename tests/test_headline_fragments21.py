"""A headline made from a lead sentence must be a statement of its own: not a gerund phrase whose
only verb is in a relative clause, and not a count cut off before what it counts ("…проголосовали
23" when the sentence says "23 из 34 депутатов").

Sentences here are written for these tests in the shape of the leads the ninth reader audit read.
"""

from __future__ import annotations

import pytest

from summarizer.headline import headline_from_sentence, stands_alone
from summarizer.nlp import load_nlp


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


@pytest.mark.parametrize(
    "fragment",
    [
        "Выступая на митинге в Сомбатхее, трансляцию которого вел региональный телеканал",
        "Выступая перед студентами в университете, в котором он учился",
        "Занимавший эту должность в течение последних двух лет",
    ],
)
def test_a_modifier_phrase_without_its_clause_does_not_stand(fragment: str, nlp) -> None:
    assert not stands_alone(fragment, nlp)


@pytest.mark.parametrize(
    "headline",
    [
        "Выступая на митинге в Сомбатхее, премьер пообещал сохранить право вето",
        "Выступая в парламенте, министр заявил о новых мерах поддержки",
    ],
)
def test_a_modifier_phrase_with_its_clause_stands(headline: str, nlp) -> None:
    assert stands_alone(headline, nlp)


def test_a_count_keeps_what_it_counts(nlp) -> None:
    sentence = (
        "Вчера в ходе тайного голосования за нового председателя городской Думы проголосовали "
        "23 из 34 присутствующих на заседании депутатов."
    )
    made = headline_from_sentence(sentence, nlp)
    assert not made.endswith("23")
    assert "23 из 34" in made
