"""A lead too long for the line is cut before a prepositional phrase; the cut must not leave a
noun waiting for its complement ("…отклонила резолюцию с требованием": of what?) nor drop the
post an election or appointment was for. An earlier clean cut is taken instead.

Sentences here are written for these tests in the shape of the leads the ninth and tenth reader audits read.
"""

from __future__ import annotations

import pytest

from summarizer.headline import headline_from_sentence
from summarizer.nlp import load_nlp


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


@pytest.mark.parametrize(
    ("sentence", "dangling"),
    [
        (
            "Верхняя палата парламента Молдавии отклонила поправку депутатов правящей партии"
            " с требованием к министерству финансов республики не повышать налоги на топливо"
            " без одобрения всех фракций.",
            "с требованием",
        ),
        (
            "Областное собрание избрало председателя местного отделения партии Сергея Петрова"
            " на пост главы правительства Северо-Западной области России сроком на пять лет.",
            "Петрова",
        ),
        (
            "Комитет по международным делам Государственной думы одобрил обращение к коллегам"
            " с просьбой о поддержке совместной декларации о защите прав соотечественников"
            " за рубежом.",
            "с просьбой",
        ),
        (
            "Нижняя палата парламента Словакии в четверг выразила вотум доверия новому"
            " правительству во главе с премьер-министром Петром Новаком после двухдневных"
            " дебатов.",
            "во главе",
        ),
    ],
)
def test_a_cut_does_not_leave_a_dangling_phrase(sentence: str, dangling: str, nlp) -> None:
    headline = headline_from_sentence(sentence, nlp)
    assert len(headline) <= 100
    assert not headline.endswith(dangling)


def test_an_adjunct_phrase_is_still_cut(nlp) -> None:
    sentence = (
        "Экс-премьера соседней страны вновь взяли под домашний арест за несогласование"
        " массового митинга против введения чрезвычайного положения в столице."
    )
    headline = headline_from_sentence(sentence, nlp)
    assert headline.startswith("Экс-премьера соседней страны вновь взяли под домашний арест")
    assert len(headline) <= 100
