"""What led up to the news stays out of a summary that has the news itself to give.

Texts written for these tests, in the shape of a news agency's short item: the lead, its details,
then a closing paragraph of context (an earlier month's events).
"""

from __future__ import annotations

from summarizer.backends.features import sentence_features
from summarizer.backends.ranking import analyze, score, select


def _chosen(sentences: list[str]) -> list[str]:
    ranked = score(analyze(sentences, list(range(len(sentences)))))
    return [sentences[i] for i in select(ranked, 2)]


def test_an_earlier_month_told_in_the_past_is_marked() -> None:
    for text in (
        "В апреле президент корпорации направил премьеру письмо о работе с клиентами в стране.",
        "В начале мая страны картеля согласовали увеличение добычи нефти на 400 тыс. баррелей.",
        "Лидеры фракций парламента в начале июня призвали саммит предоставить статус кандидата.",
        "После начала военной операции союз ввел санкции против крупнейших компаний страны.",
    ):
        assert sentence_features(text).earlier, text
    # a plan for a month, or a month's news told by its day, is not
    assert not sentence_features("В декабре ставка будет повышена еще на один пункт.").earlier
    assert not sentence_features("Совет директоров 17 декабря повысил ставку до 8,5%.").earlier


def test_an_earlier_month_makes_way_for_the_news() -> None:
    sentences = [
        "Компания «Альфа» закрыла все офисы в стране и уволила 300 сотрудников.",
        "Сотрудников уволили с выплатой компенсации в размере трех окладов, сообщили в компании.",
        "В апреле компания «Альфа» объявила о приостановке продаж в стране и закрытии складов.",
    ]
    assert _chosen(sentences) == sentences[:2]


def test_a_result_with_its_subject_after_it_leans_on_the_sentence_before() -> None:
    assert sentence_features("В результате ЦБ решил отозвать лицензию у банка.").dangling
    assert sentence_features("В результате, мэр подал в отставку.").dangling
    assert sentence_features("В результате Минфин отказался от размещения.").dangling
    # "в результате чего": said right after it
    assert not sentence_features("В результате обстрела погибли пять человек.").dangling
    assert not sentence_features("В результате ДТП погибли пять человек.").dangling


def test_a_body_sure_of_something_about_him_leans_on_who_he_is() -> None:
    assert sentence_features("Прокуратура считает, что он действовал в составе группы.").dangling
    assert not sentence_features("Прокуратура считает, что Иванов действовал в группе.").dangling


def test_a_lead_that_only_says_somebody_commented_brings_what_they_said() -> None:
    sentences = [
        "Глава министерства Иван Петров прокомментировал вероятность закрытия границы с соседями.",
        "Его слова передает телеканал «Восток».",
        "По мнению Петрова, сейчас оснований для закрытия границы с соседней страной нет.",
        "О закрытии границы, как правило, говорят именно политики и государственные деятели страны.",
        "Торговля с соседями за год выросла на 20%, а пассажиропоток на границе удвоился.",
    ]
    feats = analyze(sentences, [0, 0, 0, 1, 1]).features
    assert feats[2].answers and not any(f.answers for i, f in enumerate(feats) if i != 2)
    assert sentences[2] in _chosen(sentences)
    # a lead that says what he said needs nothing more
    told = [
        sentences[0].replace(" с соседями.", " с соседями, назвав ее маловероятной."),
        *sentences[1:],
    ]
    assert not any(f.answers for f in analyze(told, [0, 0, 0, 1, 1]).features)
