"""Rules found in the seventh round's tuning sample (the independent audit of seed 7005, issue
10): a source or a plaintiff by its role alone, an additive "Помимо …, также", an institution
whose genitive complement was read as its verb, and the title's news left out because the lead
names the same people as the title.

Every text is written for these tests in the shape the pages had; none is copied from the data.
"""

from __future__ import annotations

import pytest

from summarizer.backends.features import sentence_features
from summarizer.backends.ranking import RankingConfig, _anchor, analyze, score, select


@pytest.mark.parametrize(
    "sentence",
    [
        "Как подчеркивал источник, у певицы предварительно диагностировали грипп.",
        "Попутно источник сообщил, что накануне артистка чувствовала себя нормально.",
        "В жалобе, поданной в суд штата, истцы указали, что запрет лишит их заработка.",
        "Собеседник также добавил, что сделка может сорваться.",
        "Помимо законодательной работы, важно также объяснять людям пользу спорта.",
    ],
)
def test_a_source_or_a_party_by_its_role_alone_leans_on_the_sentence_before(
    sentence: str,
) -> None:
    assert sentence_features(sentence).dangling


@pytest.mark.parametrize(
    "sentence",
    [
        "Источник, знакомый с ходом переговоров, сообщил, что сделка закрыта.",
        "Как сообщил источник в правительстве, решение уже принято.",
        "Как сообщил источник агентства, решение уже принято.",
        "Источник портала сообщил, что решение уже принято.",
        "Помимо Москвы, снег выпал в Твери и Калуге.",
        "Министерство торговли США отказалось блокировать сервис из-за судебных тяжб.",
        "Депутат Михаил Петров заявил, что закон примут весной.",
    ],
)
def test_a_named_source_or_institution_reads_alone(sentence: str) -> None:
    assert not sentence_features(sentence).dangling


def test_an_institution_by_what_it_is_still_leans() -> None:
    assert sentence_features("Министерство сообщило о новых правилах въезда.").dangling
    assert sentence_features("Депутат также заявил, что закон примут весной.").dangling


TITLE = "Анна Соколова опровергла свою вину в уходе Игоря Белова из семьи"
ARTICLE = [
    "Весной актер Игорь Белов развелся с женой и начал встречаться с актрисой Анной Соколовой.",
    "Летом новую пару заметили на отдыхе в Сочи вместе с детьми актера от первого брака.",
    "Пользователи сети опубликовали снимки пары и обвинили Соколову в распаде семьи актера.",
    "Звезда сериала долго терпела нападки, лишь изредка отвечая критикам в соцсетях.",
    "В последнем посте она заявила о своей невиновности в уходе Белова из семьи.",
    "Актриса также поблагодарила поклонников за поддержку и пожелала всем добра.",
]


def test_the_title_news_comes_in_when_the_lead_only_names_the_same_people() -> None:
    """The lead holds the title's two names (about half of its words), the denial holds them and
    what the title says of them: the margin over the lead is small, but the denial's own part of
    the title is said by no chosen sentence, so it is brought in."""
    ranked = score(analyze(ARTICLE, [0, 0, 0, 1, 1, 1], TITLE))
    lead, news = ranked.coverage[0], ranked.coverage[4]
    config = RankingConfig()
    assert news - lead < config.anchor_margin  # the old margin alone would not bring it in
    assert _anchor(ranked, [0, 1, 2], 3, config) == (3, 4)
    assert 4 in select(ranked, 3, config)


def test_the_title_news_stays_out_when_the_chosen_ones_say_it() -> None:
    ranked = score(analyze(ARTICLE, [0, 0, 0, 1, 1, 1], TITLE))
    assert _anchor(ranked, [3, 4], 3, RankingConfig()) == ()


def test_the_same_total_rounded_once_is_said_once() -> None:
    """ "превысила 12 трлн руб." and "достигла 12,1 трлн руб.": one total, from two sources."""
    sentences = [
        "Сумма вкладов населения в банках на начало месяца превысила 40 трлн руб., сообщил "
        "аналитик банка Иван Сидоров.",
        "Так, за год этот показатель вырос почти на 20%, что стало рекордом.",
        "Согласно данным регулятора, на 1 октября сумма вкладов населения достигла 40,3 трлн руб.",
    ]
    ranked = score(analyze(sentences, [0, 0, 1], "Аналитик рассказал о росте вкладов населения"))
    assert select(ranked, 3, RankingConfig(max_chars=1000)) == [0, 1]


def test_different_totals_are_not_a_repeat() -> None:
    sentences = [
        "Сумма вкладов населения в банках на начало месяца превысила 40 трлн руб., сообщил "
        "аналитик банка Иван Сидоров.",
        "Так, за год этот показатель вырос почти на 20%, что стало рекордом.",
        "Согласно данным регулятора, на 1 октября сумма кредитов населению достигла 25 трлн руб.",
    ]
    ranked = score(analyze(sentences, [0, 0, 1], "Аналитик рассказал о росте вкладов населения"))
    assert 2 in select(ranked, 3, RankingConfig(max_chars=1000))
