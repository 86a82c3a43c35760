"""A title glued to its subtitle, or a rubric glued before the title, on one line with no stop:
the split falls where a common word in capitals follows a word in lower case; a name there
("…Москвы Алексей…", "…заявили в Кремле") splits nothing. The texts are written for these tests.
"""

from __future__ import annotations

from summarizer.clean import clean_report

BODY = (
    "Правительство утвердило программу строительства школ в регионах страны, сообщили в "
    "пресс-службе кабинета министров. Первые школы откроются уже в следующем году, а всего "
    "программа рассчитана на пять лет. Эксперты считают, что новые школы помогут удержать "
    "молодые семьи в регионах."
)


def test_a_subtitle_glued_after_the_title_is_split_off() -> None:
    text = (
        "Правительство построит в регионах 120 новых школ Министр подчеркнул, что деньги на "
        f"стройку уже выделены.\n\n{BODY}"
    )
    report = clean_report(text)
    assert report.heading == "Правительство построит в регионах 120 новых школ"
    assert report.text.startswith("Министр подчеркнул, что деньги на стройку уже выделены.")


def test_a_rubric_glued_before_the_title_goes() -> None:
    text = f"Стройка на селе Правительство построит в регионах 120 новых школ\n\n{BODY}"
    report = clean_report(text)
    assert report.heading == "Правительство построит в регионах 120 новых школ"
    assert "Стройка на селе" not in report.text


def test_a_name_in_capitals_splits_no_title() -> None:
    title = "Программу строительства школ представил министр просвещения Сергей Кравцов"
    report = clean_report(f"{title}\n\n{BODY}")
    assert report.heading == title


def test_an_oblique_word_in_capitals_opens_no_title() -> None:
    title = "В Москве подвели итоги Международной конференции по строительству школ"
    report = clean_report(f"{title}\n\n{BODY}")
    assert report.heading == title


def test_a_first_line_leaning_on_an_earlier_one_is_no_title() -> None:
    first = "Тем временем строители встретились с министром просвещения"
    report = clean_report(f"{first}\n\n{BODY}\n\n{BODY}")
    assert report.heading is None


def test_an_adjective_before_a_capital_keeps_the_line_whole() -> None:
    line = (
        "В итоге выборы в американский Конгресс закончились так, как и должны были, если "
        "смотреть на картину в целом."
    )
    assert clean_report(f"{line}\n\n{BODY}").heading is None


def test_an_object_after_its_verb_is_no_glued_title() -> None:
    """ "…создали Стратегический совет, позволяющий…": a name of a body in capitals, the verb's
    object, not a new line's start (the headline was once cut to «Украина и Турция создали»)."""
    line = (
        "Россия и Казахстан создали Совместный совет, позволяющий вывести отношения на новый "
        "уровень. До сих пор стороны встречались лишь на форумах."
    )
    report = clean_report(f"{line}\n\n{BODY}")
    assert report.heading is None
    assert report.text.startswith("Россия и Казахстан создали Совместный совет")


def test_a_genitive_after_its_noun_is_no_glued_title() -> None:
    """ "…представил антимонопольной комиссии Европейского союза…": the genitive goes on with the
    noun before it."""
    line = (
        "Концерн представил антимонопольной комиссии Европейского союза дополнительную "
        "документацию о своей системе. Новая документация будет перепроверена экспертами."
    )
    report = clean_report(f"{line}\n\n{BODY}")
    assert report.heading is None
    assert report.text.startswith("Концерн представил антимонопольной комиссии Европейского")


def test_a_three_word_title_with_its_verb_before_a_predicate_in_capitals() -> None:
    text = f"Минфин всех удивил Объявлена новая программа выпуска облигаций для граждан.\n\n{BODY}"
    report = clean_report(text)
    assert report.heading == "Минфин всех удивил"
    assert report.text.startswith("Объявлена новая программа выпуска облигаций для граждан.")


def test_a_name_opening_a_clause_of_its_own_splits_the_title() -> None:
    text = (
        "Министру привиделся заговор оппозиции Иван Петров отказался от поездки в столицу из-за "
        f"угроз.\n\n{BODY}"
    )
    report = clean_report(text)
    assert report.heading == "Министру привиделся заговор оппозиции"
    assert report.text.startswith("Иван Петров отказался от поездки в столицу из-за угроз.")


def test_a_line_leaning_on_the_one_before_is_no_title() -> None:
    text = (
        "В то же время министр подчеркнул важность диалога с соседями.\n\n"
        "Министр финансов подчеркнул важность диалога с соседями по региону, сообщили в "
        f"ведомстве. {BODY}"
    )
    assert clean_report(text).heading is None


def test_a_name_in_the_genitive_or_after_a_stop_splits_no_title() -> None:
    line = "Министр отметил что доходы бюджета Кипра выросли на 11 процентов за год."
    assert clean_report(f"{line}\n\n{BODY}").heading != "Министр отметил что доходы бюджета"
    line = (
        "Президент принимает в Кремле своего коллегу из Франции. Как было объявлено, президент "
        "Франции прибыл в Москву на два дня."
    )
    assert clean_report(f"{line}\n\n{BODY}").heading is None


def test_a_subtitle_opening_with_a_common_noun_after_a_complete_title_is_split() -> None:
    """ "…по летнему времени | Практика переходов…": "Практика" might be a genitive after
    "времени", but natasha reads it in the nominative, with its own verb, after a title that has
    its verb."""
    text = (
        "С 1 мая область будет жить только по новому графику Практика ночных смен на заводах "
        f"уйдёт в прошлое.\n\n{BODY}"
    )
    report = clean_report(text)
    assert report.heading == "С 1 мая область будет жить только по новому графику"
    assert report.text.startswith("Практика ночных смен на заводах уйдёт в прошлое.")


def test_a_rubric_glued_before_a_one_sentence_title_goes() -> None:
    """ "Два в одном Звёзды…": "одном" cannot agree with "Звёзды", so it ends the rubric."""
    text = (
        "Два в одном Ветераны отечественного футбола встретятся на поле столичного стадиона "
        f"«Торпедо».\n\n{BODY}"
    )
    report = clean_report(text)
    assert report.heading == (
        "Ветераны отечественного футбола встретятся на поле столичного стадиона «Торпедо»"
    )
    assert "Два в одном" not in report.text


def test_a_one_word_rubric_glued_before_a_sentence_title_goes() -> None:
    """ "Недоглядел Посла…": the second word of a sentence is in capitals only as a name."""
    text = (
        "Проспали Директора завода уволили за то, что он не предупредил министерство о "
        f"забастовке.\n\n{BODY}"
    )
    report = clean_report(text)
    assert report.heading == (
        "Директора завода уволили за то, что он не предупредил министерство о забастовке"
    )
    assert "Проспали" not in report.text


def test_a_first_sentence_splits_no_title_inside_a_name_or_an_open_clause() -> None:
    # "…в случае, если Игорь | Петров выиграет…": first name and surname are one name, and a
    # condition without its verb ends no title
    for first in (
        "Сергей Иванов согласился возглавить комиссию в случае, если Игорь Петров выиграет "
        "выборы губернатора.",
        "Министерство обороны заявило о том, что Анна Смирнова освобождена из-под стражи.",
    ):
        report = clean_report(f"{first}\n\n{BODY}")
        assert report.heading is None
        assert report.text.startswith(first)
