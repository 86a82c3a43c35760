"""One rule for "the same value said twice, once rounded", shared by the summary's repeat check
and the figures block: "12 трлн" after "12,1 трлн" is a repeat, "304 млн" after "306 млн" is not."""

from __future__ import annotations

import pytest

from summarizer.backends.ranking import RankingConfig, analyze, score, select
from summarizer.facts.numbers import rounded_restatement


@pytest.mark.parametrize(
    ("a", "b"),
    [("12", "12,1"), ("40,3", "40"), ("3", "3,04"), ("1,2", "1,21"), ("18", "18.3")],
)
def test_a_value_and_its_rounding_are_one(a: str, b: str) -> None:
    assert rounded_restatement(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("306", "304"),  # as precise as each other: two counts
        ("3,01", "3,25"),
        ("12", "12"),  # the same writing twice is no rounding: other rules see equal values
        ("3", "3,4"),  # rounds, but 13% apart: two values
        ("12", "12,6"),  # does not round to 12
        ("0", "0,4"),
    ],
)
def test_two_values_are_not_one(a: str, b: str) -> None:
    assert not rounded_restatement(a, b)


def test_two_close_totals_both_reach_the_summary() -> None:
    sentences = [
        "Фонд национального благосостояния за месяц вырос до 306 млрд долларов, сообщил "
        "министр финансов Иван Сидоров.",
        "Так, за год этот показатель вырос почти на 20%, что стало рекордом.",
        "Золотовалютные резервы страны за тот же месяц выросли до 304 млрд долларов.",
    ]
    title = "Министр рассказал о росте фонда благосостояния"
    ranked = score(analyze(sentences, [0, 0, 1], title))
    assert 2 in select(ranked, 3, RankingConfig(max_chars=1000))
