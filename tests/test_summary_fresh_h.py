"""Summary rules from the eighth audited sample: an outlet credited in the past tense ("Об этом
сообщило РИА Новости.") is no summary sentence.

Texts written for these tests, in the shape of news agencies' items.
"""

from __future__ import annotations

from summarizer.backends.features import credit, sentence_features
from summarizer.backends.ranking import RankingConfig, _penalty, analyze, score, select


def _chosen(sentences: list[str], n: int = 3) -> list[str]:
    ranked = score(analyze(sentences, list(range(len(sentences))), None))
    return [sentences[i] for i in select(ranked, n)]


def test_an_outlet_credited_in_the_past_tense_is_no_summary_sentence() -> None:
    for text in (
        "Об этом сообщило РИА Новости.",  # neuter: no person is its subject
        "Об этом сообщило информационное агентство Associated Press.",
        "Об этом сообщил телеканал «Восток-24».",  # the outlet named by its kind
        "Об этом написала газета «Вечерний город».",
    ):
        assert credit(text), text
        assert _penalty(sentence_features(text), RankingConfig()) == 0.0, text
    for text in (
        "Об этом сообщил ТАСС вице-премьер Иван Петров.",  # who told the outlet: a speaker
        "Об этом сообщили ТАСС в посольстве страны.",
        "Об этом сообщил сооснователь информагентства Петр Сидоров.",
        "Об этом сообщила пресс-служба губернатора.",
        "Об этом сообщило агентство Reuters со ссылкой на источники.",  # the claim's source
        "Об этом правительство страны сообщило в понедельник.",
    ):
        assert not credit(text), text


def test_the_news_comes_with_its_details_not_its_past_tense_credit() -> None:
    sentences = [
        "Члены делегации во главе с послом Иваном Петровым прибыли 9 апреля в Стамбул.",
        "Об этом сообщило РИА Новости.",
        "Второй раунд переговоров делегаций пройдет в генеральном консульстве в четверг.",
        "Предыдущий раунд переговоров между делегациями проходил в Стамбуле 27 февраля.",
    ]
    assert sentences[1] not in _chosen(sentences)
