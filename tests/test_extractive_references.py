"""A summary sentence must not point at something the summary never named, and must not spend
itself on an outlet's credit.

Texts written for these tests, in the shape of news agencies' items: "В госкомпании пояснили…"
with the company named only in a sentence left out, "Об этом сообщает агентство…" after the
lead, a definition between the news and its details.
"""

from __future__ import annotations

from summarizer.backends.features import credit, sentence_features
from summarizer.backends.ranking import (
    Ranked,
    RankingConfig,
    _penalty,
    _units,
    analyze,
    score,
    select,
)


def _chosen(sentences: list[str], title: str | None = None, n: int = 3) -> list[str]:
    ranked = score(analyze(sentences, list(range(len(sentences))), title))
    return [sentences[i] for i in select(ranked, n)]


def test_an_outlet_credited_alone_is_no_summary_sentence() -> None:
    for text in (
        "Об этом сообщает РИА Новости.",
        "Об этом пишет газета «Вечерний город».",
        "Об этом сообщает агентство Associated Press.",
        "Как передает Укринформ, об этом сообщается на сайте Нацполиции.",
    ):
        assert credit(text), text
        assert _penalty(sentence_features(text), RankingConfig()) == 0.0, text
    for text in (
        "Об этом сообщил пресс-секретарь президента Дмитрий Песков.",  # a speaker
        "Об этом сообщили в пресс-службе областного МВД.",  # the body that says it
        "Об этом пишет Reuters со ссылкой на источники в правительстве.",  # the claim's source
        "Об этом сообщает газета со ссылкой на письмо министерства.",
        "Об этом говорится в отчете компании.",  # the document that makes the claim
        "Об этом сообщает офис премьер-министра, передает Reuters.",  # a party, then the outlet
        "Как передает ТАСС, спасатели эвакуировали из поселка 300 человек.",  # news in it
    ):
        assert not credit(text), text


def test_the_news_is_kept_and_its_credit_left_out() -> None:
    sentences = [
        "Полиция завершила расследование и направила в суд дело мужчины, сообщившего о бомбе.",
        "Как передает агентство «Восток», об этом сообщается на сайте полиции.",
        "Мужчине грозит до шести лет лишения свободы по статье о ложном сообщении.",
    ]
    assert _chosen(sentences) == [sentences[0], sentences[2]]


def test_a_speaker_named_a_few_words_after_about_this_attributes() -> None:
    f = sentence_features("Об этом в разговоре с ТАСС заявил пресс-секретарь президента Песков.")
    assert f.attribution
    assert sentence_features("Об этом сообщил вице-премьер Андрей Спыну.").attribution
    # "Так" with a long subject is a statement of its own, not a credit
    assert not sentence_features(
        "Так министр финансов страны Иван Петров заявил, что налоги не вырастут."
    ).attribution


def _ranked(scores: tuple[float, ...], attribution: int) -> Ranked:
    plain = sentence_features("Правительство выделит средства на оплату долга поставщику газа.")
    said = sentence_features("Об этом сообщил вице-премьер страны Иван Петров.")
    assert said.attribution
    feats = tuple(said if i == attribution else plain for i in range(len(scores)))
    vectors = tuple({f"w{i}": 1.0} for i in range(len(scores)))
    return Ranked(scores, vectors, feats)


def test_a_statement_with_its_attribution_is_worth_the_statement() -> None:
    # the statement (1) outranks another sentence (3); "Об этом сообщил X" (2) must not pull it
    # below that one by the average
    ranked = _ranked((2.0, 0.8, 0.4, 0.75), attribution=2)
    units = sorted(_units(ranked, [0], RankingConfig(), 2), reverse=True)
    assert units[0][1] == (1, 2)
    assert units[0][0] >= 0.8
    assert select(ranked, 3) == [0, 1, 2]


def test_a_body_named_only_by_what_it_is_leans_on_a_sentence_before() -> None:
    for text in (
        "В госкомпании пояснили, что участок состоит из нового отрезка длиной 12 км.",
        "В госкорпорации уточнили, что работы завершатся к осени.",
        "В банке добавили, что клиенты получат средства в полном объеме.",
    ):
        assert sentence_features(text).dangling, text
    assert not sentence_features("В госкомпании «Автодор» пояснили, что участок новый.").dangling


def test_also_with_a_verb_in_the_future_leans_on_a_sentence_before() -> None:
    assert sentence_features("АСВ также в полном объеме выплатит возмещение вкладчикам.").dangling
    assert sentence_features("Банк также продолжит обслуживание клиентов.").dangling
    assert not sentence_features("АСВ выплатит возмещение вкладчикам банка.").dangling


def test_a_pronoun_after_a_longer_opening_leans_on_a_sentence_before() -> None:
    assert sentence_features("После консультации с адвокатом он изменил показания.").dangling
    assert sentence_features("На следующий день после выборов она покинула страну.").dangling
    # a name before the pronoun says who
    assert not sentence_features(
        "После консультации с адвокатом Иванов изменил показания."
    ).dangling


def test_an_artist_named_only_by_what_she_is_leans_on_a_sentence_before() -> None:
    assert sentence_features("Артистка с супругом посетила реабилитационный центр.").dangling
    assert sentence_features("Певица поздравила детей с праздником.").dangling
    assert not sentence_features("Певица Анна Петрова поздравила детей с Новым годом.").dangling


def test_a_first_person_in_a_quoted_name_is_nobody_speaking() -> None:
    f = sentence_features("Певица и ее супруг поддержали международную акцию «Я тоже доброволец».")
    assert not f.quote
    assert not f.unattributed
    # words of somebody's own, in the sentence's narration, still need a speaker
    assert sentence_features("Мы поддержали акцию и поехали к детям.").unattributed
    sentences = [
        "Певица Анна Петрова и ее супруг поддержали акцию «Я тоже доброволец».",
        "Артистка с супругом посетила реабилитационный центр и поздравила детей.",
        "Акция проходит в стране уже третий год, в ней участвуют тысячи волонтеров.",
    ]
    assert _chosen(sentences, "Певица поддержала акцию")[0] == sentences[0]


def test_a_definition_makes_way_for_the_news() -> None:
    assert sentence_features(
        "Консерватизм — это приверженность традиционным ценностям и порядкам."
    ).background
    assert not sentence_features("Это было решение суда — это не обсуждается.").background
    sentences = [
        "Ученые выяснили, что иммунитет к вирусу сохраняется не менее пяти месяцев у всех.",
        "Титр антител — это предельное разведение сыворотки, при котором антитела обнаружены.",
        "У всех участников исследования наблюдался стойкий иммунный ответ на вирус.",
    ]
    assert _chosen(sentences, "Иммунитет к вирусу сохраняется пять месяцев", n=2) == [
        sentences[0],
        sentences[2],
    ]


def test_news_credited_at_its_end_needs_no_attribution_after_it() -> None:
    sentences = [
        "Адвокат актера Андрей Петров встретился с представителем семьи погибшего, пишет сайт kp.ru.",
        "Об этом рассказал сам юрист.",
        "Темой беседы стал судебный процесс, намеченный на 23 ноября, по иску семьи погибшего.",
    ]
    assert sentence_features(sentences[0]).credited
    assert _chosen(sentences) == [sentences[0], sentences[2]]


def test_a_thing_chosen_or_named_before_leans_on_a_sentence_before() -> None:
    assert sentence_features("Выбранный банк продолжит обслуживание вкладчиков.").dangling
    assert sentence_features("Упомянутая компания отказалась от комментариев.").dangling
    assert not sentence_features("Банк, выбранный агентством, продолжит обслуживание.").dangling


def test_one_person_only_by_a_role_before_the_comma_leans_on_a_sentence_around_it() -> None:
    for text in (
        "По мнению физика, которое он высказал на конференции, черные дыры не теряют информацию.",
        "По словам адвоката защиты, приговор будет обжалован.",
        "По оценке экономиста, инфляция замедлится к концу года.",
    ):
        assert sentence_features(text).dangling, text
    for text in (
        "По словам адвоката Ивана Петрова, приговор будет обжалован.",
        "По словам министра, переговоры продолжатся в среду.",
        "По мнению экспертов, инфляция замедлится к концу года.",
    ):
        assert not sentence_features(text).dangling, text


def test_one_of_those_listed_before_leans_on_a_sentence_before() -> None:
    for text in (
        "По словам сотрудника одной из перечисленных компаний, СМИ им не нужны.",
        "Ни одна из упомянутых стран не ответила на запрос.",
        "Каждый из вышеназванных банков получил предписание регулятора.",
    ):
        assert sentence_features(text).dangling, text
    # money transferred, not a list named before
    assert not sentence_features("Сумма перечисленных средств составила 5 млн рублей.").dangling
